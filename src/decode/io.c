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

/*
 * Prints count iovecs at addr: "[{iov_base="ab", iov_len=2}, ...]". Each
 * base shows min(iov_len, what is left of data) bytes; data < 0 means no
 * limit. bases false prints every base as an address (a failed readv).
 * At most strsize elements are shown, then "...". An element that cannot
 * be read ends the list with "... /" "* address *" "/"; when the first
 * cannot, the whole array prints as its address.
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
	unsigned ws = ltr_wordsize(c);
	unsigned char elem[16];
	uint64_t i, size = (uint64_t)2 * ws;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (count == 0) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	if (count > UINT64_MAX / size || addr + count * size < addr ||
	    (ws == 4 && addr + count * size > 0x100000000ull) ||
	    !ltr_fetch_quiet(c, addr, elem, (size_t)size)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < count; i++) {
		uint64_t base, len, shown;

		if (i) {
			ltr_sb_puts(c->out, ", ");
			if (i >= c->opts->strsize) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			if (ltr_mem_read(c->mem, addr + i * size, elem, (size_t)size) < 0) {
				ltr_sb_printf(c->out, "... /* %#llx */",
					      (unsigned long long)(addr + i * size));
				break;
			}
		}
		base = ltr_get_uword(elem, ws);
		len = ltr_get_uword(elem + ws, ws);
		shown = len;
		if (data >= 0 && (uint64_t)data < shown)
			shown = (uint64_t)data;
		ltr_sb_puts(c->out, "{iov_base=");
		if (bases && nl_fd >= 0)
			ltr_decode_netlink(c, nl_fd, base, shown);
		else if (bases)
			ltr_print_buf(c, base, shown);
		else
			ltr_print_addr(c->out, base);
		ltr_sb_printf(c->out, ", iov_len=%llu}", (unsigned long long)len);
		if (data >= 0)
			data -= (int64_t)shown;
	}
	ltr_sb_putc(c->out, ']');
}

/* The iovec count of an A_IOV_* argument: argument param, an int. */
static uint64_t iov_count(const struct ltr_call *c, unsigned idx)
{
	unsigned n = c->desc ? c->desc->args[idx].param : idx + 1;

	return (uint32_t)c->args[n];
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
		ltr_print_iov(c, ltr_word_mask(c, c->args[1]), (uint32_t)c->args[2], -1, true);
		ltr_sb_puts(c->out, ", ");
		c->saved[0] = 1;
		return;
	}
	if (!c->saved[0]) {
		bool failed = ltr_call_failed(c);

		ltr_print_iov(c, ltr_word_mask(c, c->args[1]), (uint32_t)c->args[2],
			      failed ? 0 : c->ret, !failed);
		ltr_sb_puts(c->out, ", ");
	}
	if (ltr_wordsize(c) == 4)
		offset = (int64_t)((c->args[3] & 0xffffffffu) | (c->args[4] & 0xffffffffu) << 32);
	else
		offset = (int64_t)c->args[3];
	ltr_sb_printf(c->out, "%u, %lld", (unsigned)c->args[2], (long long)offset);
	if (strchr(name, '2')) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, LTR_XT(rwf_flags), (uint32_t)c->args[5], NULL);
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
 * of the tracee; sendfile64's is 64-bit) shown as "[2] => [7]" at exit
 * when the call moved bytes, as "[7]" when it returned 0 or failed.
 */
void ltr_decode_sendfile(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[2]);
	unsigned size = (c->desc && strcmp(c->desc->name, "sendfile64") == 0) ? 8 : ltr_wordsize(c);
	unsigned char buf[8];
	int64_t v;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, ltr_call_arg_int(c, 1));
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = ltr_fetch_quiet(c, addr, buf, size);
		if (c->saved[1])
			c->saved[0] = size == 4 ? (uint64_t)(int64_t)(int32_t)ltr_get_uword(buf, 4)
						: ltr_get_uword(buf, 8);
		return;
	}
	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
	} else if (!c->saved[1]) {
		ltr_print_addr(c->out, addr);
	} else {
		ltr_sb_printf(c->out, "[%lld]", (long long)c->saved[0]);
		if (!ltr_call_failed(c) && c->ret != 0 && ltr_mem_read(c->mem, addr, buf, size) == 0) {
			v = size == 4 ? (int32_t)ltr_get_uword(buf, 4) : (int64_t)ltr_get_uword(buf, 8);
			ltr_sb_printf(c->out, " => [%lld]", (long long)v);
		}
	}
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)ltr_word_mask(c, c->args[3]));
}
