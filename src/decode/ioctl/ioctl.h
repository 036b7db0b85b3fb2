/* SPDX-License-Identifier: MIT */
/*
 * What the ioctl request families of src/decode/ioctl/ share: the
 * contract of a family decoder, the request lists, and the helpers every
 * family prints with. Private to src/decode/ioctl/ (and the generated
 * request lists, build/gen/ioctl/requests.c).
 */
#ifndef LTR_DECODE_IOCTL_H
#define LTR_DECODE_IOCTL_H

#include <stddef.h>
#include <stdint.h>

/* One request value and its names, "SNDCTL_TMR_START or TCSETS". */
struct ltr_ioctl_request {
	uint32_t code;
	const char *names;
};

/* The requests of one arch, sorted by code (generated from requests/ARCH.in). */
struct ltr_ioctl_request_list {
	uint32_t audit_arch;
	const struct ltr_ioctl_request *requests;
	size_t count;
};

/* Every arch's list, ended by { 0, NULL, 0 }. */
extern const struct ltr_ioctl_request_list ltr_ioctl_request_lists[];

#ifndef LTR_IOCTL_REQUESTS_ONLY
#include "../decoders.h"

/* The fields of a request (the kernel's _IOC_* macros, every arch ltr traces). */
#define LTR_IOC_NR(req) ((req) & 0xffu)
#define LTR_IOC_TYPE(req) (((req) >> 8) & 0xffu)
#define LTR_IOC_SIZE(req) (((req) >> 16) & 0x3fffu)
#define LTR_IOC_DIR(req) ((req) >> 30)
enum { LTR_IOC_NONE = 0, LTR_IOC_WRITE = 1, LTR_IOC_READ = 2 };

/*
 * What a family decoder did, returned to ltr_decode_ioctl (ioctl.c).
 * The decoder is called at entry after "FD, REQUEST" is printed, and
 * again at exit when it returned LTR_IOCTL_EXIT at entry. It prints its
 * argument with the ", " before it.
 */
enum ltr_ioctl_ret {
	/* Not decoded: the core prints ", ARG" in hex; the call is done. */
	LTR_IOCTL_ARG = 0,
	/* The decoder printed what follows the request; the call is done. */
	LTR_IOCTL_DONE,
	/* Entry only: call the decoder again at exit (it may have printed a part). */
	LTR_IOCTL_EXIT,
	/* Entry only: the request takes no argument; print nothing more. */
	LTR_IOCTL_NOARG = LTR_IOCTL_DONE,
};

/* A family: req is the request, arg the third argument (a tracee word). */
typedef enum ltr_ioctl_ret ltr_ioctl_family(struct ltr_call *c, uint32_t req, uint64_t arg);

/* The families, one file each (README.md in this directory). */
ltr_ioctl_family ltr_ioctl_term, ltr_ioctl_fs_f, ltr_ioctl_fs_x, ltr_ioctl_fs_0x94,
	ltr_ioctl_block, ltr_ioctl_loop, ltr_ioctl_sock, ltr_ioctl_rtc, ltr_ioctl_random,
	ltr_ioctl_evdev, ltr_ioctl_watchdog, ltr_ioctl_nsfs, ltr_ioctl_seccomp,
	ltr_ioctl_uffdio, ltr_ioctl_perf, ltr_ioctl_kvm, ltr_ioctl_inotify,
	ltr_ioctl_counter, ltr_ioctl_gpio, ltr_ioctl_ptp, ltr_ioctl_v4l2, ltr_ioctl_mtd,
	ltr_ioctl_dm, ltr_ioctl_btrfs;
/* console and keyboard ('K', kd.c) */
ltr_ioctl_family ltr_ioctl_kd;
/* ATA disks (0x03, hdio.c) */
ltr_ioctl_family ltr_ioctl_hdio;
/* UBI, LIRC, NBD, TEE, SCSI generic (ubi.c, lirc.c, nbd.c, tee.c, scsi.c) */
ltr_ioctl_family ltr_ioctl_ubi, ltr_ioctl_lirc, ltr_ioctl_nbd, ltr_ioctl_tee,
	ltr_ioctl_scsi;

/*
 * evdev's requests whose number holds a length or an event type
 * ("EVIOCGBIT(EV_KEY, 8)"), printed when req is one (evdev.c); verbose:
 * inside -X verbose's comment.
 */
bool ltr_ioctl_evdev_number(struct ltr_call *c, uint32_t req, bool verbose);

/*
 * The names of req in the call's arch's list ("A or B"), or NULL.
 */
const char *ltr_ioctl_lookup(const struct ltr_call *c, uint32_t req);

/*
 * ltr_fetch(), and at the exit of a failed call the address alone
 * (strace's umove_or_printaddr): what every family reads with.
 */
bool ltr_ioctl_fetch(struct ltr_call *c, uint64_t addr, void *dst, unsigned size);
/* ", " then ltr_ioctl_fetch(): the argument of a family that reads a structure. */
bool ltr_ioctl_fetch_arg(struct ltr_call *c, uint64_t addr, void *dst, unsigned size);

/* Prints one element of an array fetched into elem; false stops the array. */
typedef bool ltr_ioctl_elem_printer(struct ltr_call *c, const unsigned char *elem, void *data);
/*
 * strace's print_array: "[E, E, ...]" of count elements of size bytes
 * (at most 256) at addr, each printed by print; "NULL", "[]", the address
 * when the first element cannot be read or the array wraps the address
 * space, "... /\* ADDR *\/" when a later one cannot; under abbreviation
 * at most ltr_array_max() elements then "...". False when nothing was
 * printed but NULL, [] or the address.
 */
bool ltr_ioctl_print_array(struct ltr_call *c, uint64_t addr, uint64_t count, unsigned size,
			   ltr_ioctl_elem_printer *print, void *data);

/*
 * strace's print_local_array: count elements of size bytes of an array
 * already read into buf, each printed by print: "[]" when count is 0,
 * "..." after ltr_array_max() elements when abbreviated.
 */
void ltr_ioctl_print_local_array(struct ltr_call *c, const void *buf, uint64_t count,
				 unsigned size, ltr_ioctl_elem_printer *print, void *data);
/* Array elements: a u8 and a u32 in decimal, a u32 in hex ("0" for 0). */
ltr_ioctl_elem_printer ltr_ioctl_elem_u8, ltr_ioctl_elem_u32, ltr_ioctl_elem_x32;

/*
 * A char array of size bytes (size > 0) as strace's print_quoted_cstring:
 * quoted up to its NUL; without one, size - 1 bytes then "...".
 */
void ltr_ioctl_print_cstring(struct ltr_call *c, const void *s, unsigned size);

/* ", " then "[N]" of the int at addr (NULL, or the address when unreadable). */
void ltr_ioctl_print_int_ref(struct ltr_call *c, uint64_t addr);
/* ", " then "[N]" of the unsigned int at addr. */
void ltr_ioctl_print_uint_ref(struct ltr_call *c, uint64_t addr);
/* ", " then "[N]" of the 64-bit unsigned at addr. */
void ltr_ioctl_print_u64_ref(struct ltr_call *c, uint64_t addr);
/* ", " then "[N]" of the tracee's unsigned long at addr (its wordsize). */
void ltr_ioctl_print_ulong_ref(struct ltr_call *c, uint64_t addr);
/*
 * The exit of a request whose argument the kernel fills: ", " and the
 * address when the call failed (true: nothing more to print), else ", "
 * only (false: print the value).
 */
bool ltr_ioctl_out_failed(struct ltr_call *c, uint64_t arg);

/* How a field of a structure prints (ltr_ioctl_print_fields). */
enum ltr_ioctl_fmt {
	LTR_IOCTL_X8, LTR_IOCTL_U8, LTR_IOCTL_D8,       /* __u8 in hex, unsigned, signed */
	LTR_IOCTL_X16, LTR_IOCTL_D16,
	LTR_IOCTL_X32, LTR_IOCTL_U32, LTR_IOCTL_D32,
	LTR_IOCTL_X64, LTR_IOCTL_U64, LTR_IOCTL_D64,
	LTR_IOCTL_PTR,      /* the tracee's pointer (its word size): NULL or 0x... */
	LTR_IOCTL_PTR64,    /* a __u64 holding a pointer */
};
/* One field: its name, where it is, how it prints. */
struct ltr_ioctl_field {
	const char *name;
	unsigned short offset;
	unsigned char fmt;
};
/*
 * "a=0x1, b=-2" of n fields of the structure at b (in ltr's memory): no
 * braces, no separator before the first; hex as "%#x" (0 is "0").
 */
void ltr_ioctl_print_fields(struct ltr_call *c, const unsigned char *b,
			    const struct ltr_ioctl_field *fields, size_t n);
/*
 * ", " then, when the size bytes at addr could be read into b, "{" and
 * true; else what ltr_ioctl_fetch() prints instead, and false.
 */
bool ltr_ioctl_struct_begin(struct ltr_call *c, uint64_t addr, void *b, unsigned size);
/*
 * ", " then the structure of size bytes (at most 64) at addr as
 * "{fields}", or what ltr_ioctl_fetch() prints instead.
 */
void ltr_ioctl_print_struct(struct ltr_call *c, uint64_t addr, unsigned size,
			    const struct ltr_ioctl_field *fields, size_t n);
/* A field table's entry, LTR_IOCTL_F(start, 0, X32); the printers of a static table. */
#define LTR_IOCTL_F(name, off, fmt) { #name, off, LTR_IOCTL_##fmt }
#define LTR_IOCTL_FIELDS(c, b, fields) \
	ltr_ioctl_print_fields(c, b, fields, sizeof(fields) / sizeof((fields)[0]))
#define LTR_IOCTL_STRUCT(c, arg, size, fields) \
	ltr_ioctl_print_struct(c, arg, size, fields, sizeof(fields) / sizeof((fields)[0]))
/* ", " then "[NAME]" of the __u32 at addr as table says (OTPSELECT's [MTD_OTP_OFF]). */
void ltr_ioctl_print_xt_ref(struct ltr_call *c, uint64_t addr, const struct ltr_xlat_table *table);
#endif
#endif
