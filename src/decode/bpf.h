/* SPDX-License-Identifier: MIT */
/*
 * What bpf.c and bpf_info.c share (private to them): the attr of one
 * bpf(2) call as read, and the printers both use.
 */
#ifndef LTR_DECODE_BPF_H
#define LTR_DECODE_BPF_H

#include <stdbool.h>
#include <stdint.h>

#include "ltr/syscall.h"

#define BPF_PAGE 4096u

/* One decoding of a command's attr: the bytes read and where they came from. */
struct bpf_attr {
	struct ltr_call *c;
	uint64_t addr;
	unsigned size;                 /* the call's size argument */
	const unsigned char *data;     /* size bytes as read */
	unsigned char a[256];          /* the command's struct, zero-padded */
	unsigned len;                  /* bytes of it the size covers */
	unsigned attr_size;            /* the size strace knows for it */
};

/* a char array of n bytes: up to its NUL, else n - 1 of them and "..." */
void ltr_bpf_print_cstring(struct ltr_call *c, const unsigned char *s, unsigned n);
/* an interface index: if_nametoindex("lo") when it names one */
void ltr_bpf_print_ifindex(struct ltr_call *c, uint32_t idx);
/* the non-zero bytes of data[attr_size, size): ", ..." or -v's extra_data= */
void ltr_bpf_print_extra(struct ltr_call *c, const unsigned char *data, unsigned size,
			 unsigned attr_size);
/* a program of count instructions: its address abbreviated, else the insns */
void ltr_bpf_print_prog(struct ltr_call *c, uint64_t addr, uint32_t count);
/* an element of an array of u32 (ltr_print_array) */
bool ltr_bpf_print_u32_elem(struct ltr_call *c, const unsigned char *e, unsigned size,
			    void *data);

/*
 * BPF_OBJ_GET_INFO_BY_FD's info (bpf_info.c): at entry, what the entry
 * sees (kept per thread); at exit, " => N" when the kernel changed
 * info_len, then ", info=" and the structure or its address.
 */
void ltr_bpf_info_entry(struct ltr_call *c, uint32_t bpf_fd, uint32_t len, uint64_t info);
void ltr_bpf_info_exit(struct ltr_call *c, uint32_t len, uint64_t info);

#endif
