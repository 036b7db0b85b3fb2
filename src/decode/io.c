/* SPDX-License-Identifier: MIT */
/*
 * Buffers and data movement: iovec arrays (readv/writev/preadv/pwritev,
 * also used for msghdr by net.c), sendfile, splice, tee and
 * copy_file_range offsets and flags, as strace 6.1 prints them. iovecs
 * have the tracee's word size (8-byte fields, 4-byte on i386).
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* What the iovec printer carries from one element to the next. */
struct iov_walk {
	int64_t data;   /* bytes of data left to show; < 0: no limit */
	bool bases;     /* the bases' data, else their addresses */
	int nl_fd;      /* >= 0: the bases hold netlink messages of this socket */
};

static bool print_iov_elem(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	struct iov_walk *w = data;
	unsigned ws = ltr_wordsize(c);
	uint64_t base = ltr_get_uword(elem, ws);
	uint64_t len = ltr_get_uword(elem + ws, ws);
	uint64_t shown = len;

	(void)size;
	if (w->data >= 0 && (uint64_t)w->data < shown)
		shown = (uint64_t)w->data;
	ltr_sb_puts(c->out, "{iov_base=");
	if (w->bases && w->nl_fd >= 0)
		ltr_decode_netlink(c, w->nl_fd, base, shown);
	else if (w->bases)
		ltr_print_buf(c, base, shown);
	else
		ltr_print_addr(c->out, base);
	ltr_sb_printf(c->out, ", iov_len=%llu}", (unsigned long long)len);
	if (w->data >= 0)
		w->data -= (int64_t)shown;
	return true;
}

/*
 * Prints count iovecs at addr: "[{iov_base="ab", iov_len=2}, ...]". Each
 * base shows min(iov_len, what is left of data) bytes; data < 0 means no
 * limit. bases false prints every base as an address (a failed readv).
 * The array as ltr_print_array() prints it (count is the kernel's
 * unsigned long: a count no memory can hold prints the address).
 */
void ltr_print_iov(struct ltr_call *c, uint64_t addr, uint64_t count, int64_t data,
		   bool bases)
{
	ltr_print_iov_netlink(c, addr, count, data, bases, -1);
}

/*
 * ltr_print_iov, each base shown as netlink messages of socket nl_fd
 * when nl_fd >= 0 (the iovecs of a msghdr whose msg_name is AF_NETLINK).
 */
void ltr_print_iov_netlink(struct ltr_call *c, uint64_t addr, uint64_t count, int64_t data,
			   bool bases, int nl_fd)
{
	struct iov_walk w = { data, bases, nl_fd };

	ltr_print_array_any(c, addr, count, 2 * ltr_wordsize(c), print_iov_elem, &w);
}

/* The iovec count of an A_IOV_* argument: argument param, an unsigned long. */
static uint64_t iov_count(const struct ltr_call *c, unsigned idx)
{
	unsigned n = c->desc ? c->desc->args[idx].param : idx + 1;

	return ltr_arg_word(c, n);
}

/* writev's iovecs, printed at entry. */
void ltr_print_arg_iov_in(struct ltr_call *c, unsigned idx)
{
	ltr_print_iov(c, ltr_word_mask(c, c->args[idx]), iov_count(c, idx), -1, true);
}

/* readv's iovecs, printed at exit with ret bytes of data (bases only on failure). */
void ltr_print_arg_iov_out(struct ltr_call *c, unsigned idx)
{
	bool failed = ltr_call_failed(c) || !c->exiting;

	ltr_print_iov(c, ltr_word_mask(c, c->args[idx]), iov_count(c, idx),
		      failed ? 0 : c->ret, !failed);
}

/*
 * preadv, pwritev, preadv2, pwritev2: (fd, iov, iovcnt, pos_l, pos_h[,
 * flags]). The kernel takes the offset in two words, so on i386 it is
 * pos_l | pos_h << 32 and on 64-bit arches pos_l alone; the flags of the
 * *2 calls are the sixth argument.
 */
void ltr_decode_preadv(struct ltr_call *c)
{
	const char *name = c->desc ? c->desc->name : "preadv";
	bool reading = name[1] == 'r';
	int64_t offset;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		c->saved[0] = 0;  /* saved[] is not cleared between calls */
		if (reading)
			return;
		ltr_print_iov(c, ltr_word_mask(c, c->args[1]), ltr_arg_word(c, 2), -1, true);
		ltr_sb_puts(c->out, ", ");
		c->saved[0] = 1;
		return;
	}
	if (!c->saved[0]) {
		bool failed = ltr_call_failed(c);

		ltr_print_iov(c, ltr_word_mask(c, c->args[1]), ltr_arg_word(c, 2),
			      failed ? 0 : c->ret, !failed);
		ltr_sb_puts(c->out, ", ");
	}
	if (ltr_wordsize(c) == 4)
		offset = (int64_t)((c->args[3] & 0xffffffffu) | (c->args[4] & 0xffffffffu) << 32);
	else
		offset = (int64_t)c->args[3];
	/* vlen: the kernel's unsigned long */
	ltr_sb_printf(c->out, "%llu, %lld", (unsigned long long)ltr_arg_word(c, 2),
		      (long long)offset);
	if (strchr(name, '2')) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(rwf_flags), (uint32_t)c->args[5]);
	}
}

/* A loff_t pointer read at entry (splice, copy_file_range): "[0]", NULL. */
void ltr_print_arg_loff_ptr(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int64_t v;

	if (!addr)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_fetch(c, addr, &v, 8))
		ltr_sb_printf(c->out, "[%lld]", (long long)v);
}

/*
 * sendfile(out_fd, in_fd, offset, count): the offset is an off_t (a long
 * of the tracee; sendfile64's is 64-bit) shown unsigned as strace shows
 * it (-1 is [18446744073709551615]), as "[2] => [7]" at exit
 * when the call moved bytes, as "[7]" when it returned 0 or failed.
 */
void ltr_decode_sendfile(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[2]);
	bool is64 = c->desc && strcmp(c->desc->name, "sendfile64") == 0;
	unsigned size = is64 ? 8 : ltr_wordsize(c);
	unsigned char buf[8];

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, ltr_call_arg_int(c, 1));
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = ltr_fetch_quiet(c, addr, buf, size);
		if (c->saved[1])
			c->saved[0] = ltr_get_uword(buf, size);
		return;
	}
	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
	} else if (!c->saved[1]) {
		ltr_print_addr(c->out, addr);
	} else {
		/* unsigned, as strace prints it (printnum_ulong, PRIu64) */
		ltr_sb_printf(c->out, "[%llu]", (unsigned long long)c->saved[0]);
		if (!ltr_call_failed(c) && c->ret != 0 && ltr_mem_read(c->mem, addr, buf, size) == 0)
			ltr_sb_printf(c->out, " => [%llu]",
				      (unsigned long long)ltr_get_uword(buf, size));
	}
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)ltr_word_mask(c, c->args[3]));
}
