/* SPDX-License-Identifier: MIT */
/*
 * ioctl: the requests ltr names (terminal, FIO*, FICLONE*, inode flags),
 * _IOC() for the others, KVM's handed to kvm.c. The next step splits it
 * into src/decode/ioctl/, one file per request family.
 */
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/* FS_IOC_GETFLAGS / SETFLAGS: _IOR/_IOW('f', 1/2, long), so per wordsize. */
#define FS_IOC_GETFLAGS_64 0x80086601u
#define FS_IOC_SETFLAGS_64 0x40086602u
#define FS_IOC_GETFLAGS_32 0x80046601u
#define FS_IOC_SETFLAGS_32 0x40046602u

/* The names of FS_IOC_GETFLAGS / SETFLAGS, whose codes depend on the wordsize. */
static const char *sized_ioctl_name(uint32_t req)
{
	switch (req) {
	case FS_IOC_GETFLAGS_64: return "FS_IOC_GETFLAGS";
	case FS_IOC_SETFLAGS_64: return "FS_IOC_SETFLAGS";
	/* strace names the 4-byte codes FS_IOC32_* on i386 too */
	case FS_IOC_GETFLAGS_32: return "FS_IOC32_GETFLAGS";
	case FS_IOC_SETFLAGS_32: return "FS_IOC32_SETFLAGS";
	default: return NULL;
	}
}

/* "[FS_SYNC_FL|FS_NOATIME_FL]": the int of inode flags at addr. */
static void print_inode_flags_ref(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_flags(c->out, LTR_XT(inode_flags), v, NULL);
	ltr_sb_putc(c->out, ']');
}

/* struct file_clone_range (FICLONERANGE). */
static void print_clone_range(struct ltr_call *c, uint64_t addr)
{
	int64_t r[4];

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_printf(c->out, "{src_fd=%d, src_offset=%llu, src_length=%llu, dest_offset=%llu}",
		      (int)r[0], (unsigned long long)r[1], (unsigned long long)r[2],
		      (unsigned long long)r[3]);
}

/* struct file_dedupe_range's header (FIDEDUPERANGE), at entry. */
static void print_dedupe_range(struct ltr_call *c, uint64_t addr)
{
	uint64_t r[3];
	uint16_t count;

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	memcpy(&count, &r[2], 2);
	ltr_sb_printf(c->out, "{src_offset=%llu, src_length=%llu, dest_count=%u, info=",
		      (unsigned long long)r[0], (unsigned long long)r[1], count);
	if (count)
		ltr_sb_puts(c->out, "[...]");
	else
		ltr_sb_puts(c->out, "[]");
	ltr_sb_putc(c->out, '}');
}

static void print_ioc(struct ltr_strbuf *out, uint32_t code)
{
	unsigned dir = code >> 30, size = (code >> 16) & 0x3fff;
	static const char *const dirs[4] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	ltr_sb_printf(out, "_IOC(%s, %#x, %#x, %#x)", dirs[dir],
		      (code >> 8) & 0xff, code & 0xff, size);
}

/* "[value]" of an int the ioctl reads or fills. */
static void print_int_ref(struct ltr_call *c, uint64_t addr)
{
	int32_t v;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%d]", v);
}

static void print_winsize(struct ltr_call *c, uint64_t addr)
{
	uint16_t ws[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_fetch(c, addr, ws, sizeof(ws)))
		ltr_sb_printf(c->out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
			      ws[0], ws[1], ws[2], ws[3]);
}

/*
 * The delay fields of c_oflag print as "NL0|CR0|TAB0|BS0|VT0|FF0" before
 * the flags, one name per field value.
 */
static void print_oflag(struct ltr_strbuf *out, uint32_t v)
{
	static const char *const tab[4] = { "TAB0", "TAB1", "TAB2", "TAB3" };
	static const char *const cr[4] = { "CR0", "CR1", "CR2", "CR3" };

	ltr_sb_printf(out, "%s|%s|%s|%s|%s|%s", v & 0400 ? "NL1" : "NL0",
		      cr[(v >> 9) & 3], tab[(v >> 11) & 3],
		      v & 020000 ? "BS1" : "BS0", v & 040000 ? "VT1" : "VT0",
		      v & 0100000 ? "FF1" : "FF0");
	v &= ~0177400u;
	if (v) {
		ltr_sb_putc(out, '|');
		ltr_print_flags(out, LTR_XT(termios_oflags), v, NULL);
	}
}

/*
 * -v's tail of a struct termios: ", c_line=N_TTY, c_cc=[[VINTR]=0x3, ...,
 * [17]=0, [18]=0]}". The kernel's struct (every arch ltr traces): four
 * 32-bit flag words, c_line, then NCCS = 19 control characters.
 */
static void print_termios_cc(struct ltr_call *c, uint64_t addr)
{
	enum { NCCS = 19 };
	unsigned char cc[1 + NCCS];

	if (!ltr_fetch(c, addr + 16, cc, sizeof(cc)))
		return;
	ltr_sb_puts(c->out, ", c_line=");
	ltr_print_xval(c->out, LTR_XT(line_disciplines), cc[0], "N_???");
	ltr_sb_puts(c->out, ", c_cc=[");
	for (unsigned i = 0; i < NCCS; i++) {
		const char *name = ltr_xlat_lookup(LTR_XT(termios_cc), i);

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (name)
			ltr_sb_printf(c->out, "[%s]=", name);
		else
			ltr_sb_printf(c->out, "[%u]=", i);
		ltr_sb_put_hex(c->out, cc[1 + i]);
	}
	ltr_sb_puts(c->out, "]}");
}

static void print_termios(struct ltr_call *c, uint64_t addr)
{
	static const char *const csize[4] = { "CS5", "CS6", "CS7", "CS8" };
	uint32_t t[4];
	uint32_t cf, rest;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, t, sizeof(t)))
		return;
	ltr_sb_puts(c->out, "{c_iflag=");
	ltr_print_flags(c->out, LTR_XT(termios_iflags), t[0], NULL);
	ltr_sb_puts(c->out, ", c_oflag=");
	print_oflag(c->out, t[1]);
	cf = t[2];
	ltr_sb_puts(c->out, ", c_cflag=");
	ltr_print_xval(c->out, LTR_XT(termios_bauds), cf & 010017, NULL);
	ltr_sb_printf(c->out, "|%s", csize[(cf >> 4) & 3]);
	rest = cf & ~(010017u | 060u);
	if (rest) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, LTR_XT(termios_cflags), rest, NULL);
	}
	ltr_sb_puts(c->out, ", c_lflag=");
	ltr_print_flags(c->out, LTR_XT(termios_lflags), t[3], NULL);
	if (!ltr_call_abbrev(c))
		print_termios_cc(c, addr);
	else
		ltr_sb_puts(c->out, ", ...}");
}

/* The request: its name or _IOC(...), styled as a whole by -X. */
static void print_request(struct ltr_strbuf *out, uint32_t req, const char *name)
{
	if (!ltr_xlat_begin(out, req, LTR_XF_HEX))
		return;
	if (name)
		ltr_sb_puts(out, name);
	else
		print_ioc(out, req);
	ltr_xlat_end(out);
}

/*
 * ioctl(fd, request, arg). Known requests print their argument (at exit
 * for ones the kernel fills; the address when the call failed); unknown
 * ones print _IOC(dir, type, nr, size) and the argument in hex.
 */
void ltr_decode_ioctl(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[1];
	uint64_t arg = c->args[2];
	const char *name = ltr_xlat_lookup(LTR_XT(ioctl_names), req);

	if (ltr_decode_kvm_ioctl(c))  /* KVM's requests (kvm.c) */
		return;
	if (!name)
		name = sized_ioctl_name(req);
	if (req == FS_IOC_GETFLAGS_32 || req == FS_IOC_GETFLAGS_64 ||
	    req == 0x5460) {
		/* filled by the kernel: printed at exit */
		if (!c->exiting) {
			ltr_print_fd(c, (int)(uint32_t)c->args[0]);
			ltr_sb_puts(c->out, ", ");
			print_request(c->out, req, name);
			ltr_sb_puts(c->out, ", ");
		} else if (ltr_call_failed(c) || !arg) {
			ltr_print_addr(c->out, arg);
		} else if (req == 0x5460) {
			uint64_t size;

			if (ltr_fetch(c, arg, &size, sizeof(size)))
				ltr_sb_printf(c->out, "[%llu]", (unsigned long long)size);
		} else {
			print_inode_flags_ref(c, arg);
		}
		return;
	}
	if (!c->exiting) {
		ltr_print_fd(c, (int)(uint32_t)c->args[0]);
		ltr_sb_puts(c->out, ", ");
		print_request(c->out, req, name);
		switch (req) {
		case 0x5450: case 0x5451: case 0x540C: case 0x540D: case 0x5422:
			return;   /* no argument */
		case 0x5402: case 0x5403: case 0x5404:
			ltr_sb_puts(c->out, ", ");
			print_termios(c, arg);
			return;
		case 0x5414:
			ltr_sb_puts(c->out, ", ");
			print_winsize(c, arg);
			return;
		case 0x5410: case 0x5421: case 0x5452: case 0x40045431:
			ltr_sb_puts(c->out, ", ");
			print_int_ref(c, arg);
			return;
		case 0x5401: case 0x5413: case 0x540F: case 0x541B: case 0x5411:
		case 0x5429: case 0x80045430:
			ltr_sb_puts(c->out, ", ");
			return;   /* filled by the kernel: printed at exit */
		case 0x540B:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(tcflsh_queues), (uint32_t)arg, "TC???");
			return;
		case 0x5409: case 0x540A: case 0x540E: case 0x5441:
			ltr_sb_printf(c->out, ", %#llx", (unsigned long long)arg);
			return;
		case 0x40049409:
			ltr_sb_puts(c->out, ", ");
			ltr_print_fd(c, (int)(uint32_t)arg);
			return;
		case 0x4020940d:
			ltr_sb_puts(c->out, ", ");
			print_clone_range(c, arg);
			return;
		case 0xc0189436:
			ltr_sb_puts(c->out, ", ");
			print_dedupe_range(c, arg);
			return;
		case FS_IOC_SETFLAGS_32: case FS_IOC_SETFLAGS_64:
			ltr_sb_puts(c->out, ", ");
			print_inode_flags_ref(c, arg);
			return;
		default:
			/* unknown requests: the argument as a number, as strace */
			ltr_sb_printf(c->out, ", %#llx", (unsigned long long)arg);
			return;
		}
	}
	switch (req) {
	case 0x5401: case 0x5413: case 0x540F: case 0x541B: case 0x5411:
	case 0x5429: case 0x80045430:
		if (ltr_call_failed(c) && arg) {
			ltr_print_addr(c->out, arg);
			return;
		}
		if (req == 0x5401)
			print_termios(c, arg);
		else if (req == 0x5413)
			print_winsize(c, arg);
		else
			print_int_ref(c, arg);
		return;
	default:
		return;
	}
}
