/* SPDX-License-Identifier: MIT */
/*
 * userfaultfd requests (type 0xaa, linux/userfaultfd.h): the structures
 * of UFFDIO_API, REGISTER, UNREGISTER, WAKE, COPY and ZEROPAGE, each
 * printed at entry with what the kernel reads, and completed at exit
 * with what it wrote (the features UFFDIO_API changed after " => ").
 */
#include <linux/ioctl.h>
#include <linux/userfaultfd.h>

#include "ioctl.h"

/* struct uffdio_range: start, len (u64). */
static void print_range(struct ltr_strbuf *out, const unsigned char *r)
{
	ltr_sb_puts(out, "{start=");
	ltr_sb_put_hex(out, ltr_get_u64(r));
	ltr_sb_puts(out, ", len=");
	ltr_sb_put_hex(out, ltr_get_u64(r + 8));
	ltr_sb_putc(out, '}');
}

/*
 * The exit of a structure printed at entry: what the kernel wrote (by
 * print, from the structure read again), then the closing brace.
 */
static enum ltr_ioctl_ret finish(struct ltr_call *c, uint64_t arg, unsigned size,
				 void (*print)(struct ltr_call *, const unsigned char *))
{
	unsigned char b[48];

	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, arg, b, size))
		print(c, b);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static void api_out(struct ltr_call *c, const unsigned char *b)
{
	/* the features asked for at entry are in saved[1] */
	if (ltr_get_u64(b + 8) != c->saved[1]) {
		ltr_sb_puts(c->out, " => features=");
		ltr_print_xt(c->out, LTR_XT(uffd_features), ltr_get_u64(b + 8));
	}
	ltr_sb_puts(c->out, ", ioctls=");
	ltr_print_flags_dflt(c->out, LTR_XT(uffd_ioctl_bits), ltr_get_u64(b + 16), NULL,
			     "_UFFDIO_???");
}

static void register_out(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, ", ioctls=");
	ltr_print_xt(c->out, LTR_XT(uffd_ioctl_bits), ltr_get_u64(b + 24));
}

static void copy_out(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, ", copy=");
	ltr_sb_put_hex(c->out, ltr_get_u64(b + 32));
}

static void zeropage_out(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, ", zeropage=");
	ltr_sb_put_hex(c->out, ltr_get_u64(b + 24));
}

/*
 * The entry of struct uffdio_register and uffdio_zeropage: a range, then
 * mode (u64, of the modes list), then a u64 the kernel fills (exit).
 */
static enum ltr_ioctl_ret range_mode_entry(struct ltr_call *c, uint64_t arg,
					   const struct ltr_xlat_table *modes)
{
	unsigned char b[32]; /* both structures are 32 bytes, read whole as strace */

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, 32))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{range=");
	print_range(c->out, b);
	ltr_sb_puts(c->out, ", mode=");
	ltr_print_xt(c->out, modes, ltr_get_u64(b + 16));
	return LTR_IOCTL_EXIT;
}

enum ltr_ioctl_ret ltr_ioctl_uffdio(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char b[40];

	switch (req) {
	case UFFDIO_API:
		/* struct uffdio_api: api, features, ioctls (u64) */
		if (c->exiting)
			return finish(c, arg, 24, api_out);
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, b, 24))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{api=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b));
		ltr_sb_puts(c->out, ", features=");
		ltr_print_xt(c->out, LTR_XT(uffd_features), ltr_get_u64(b + 8));
		c->saved[1] = ltr_get_u64(b + 8);
		return LTR_IOCTL_EXIT;
	case UFFDIO_REGISTER:
		/* struct uffdio_register: range, mode, ioctls (u64) */
		if (c->exiting)
			return finish(c, arg, 32, register_out);
		return range_mode_entry(c, arg, LTR_XT(uffd_register_modes));
	case UFFDIO_UNREGISTER: case UFFDIO_WAKE:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, b, 16))
			print_range(c->out, b);
		return LTR_IOCTL_DONE;
	case UFFDIO_COPY:
		/* struct uffdio_copy: dst, src, len, mode, copy (64-bit) */
		if (c->exiting)
			return finish(c, arg, 40, copy_out);
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, b, 40))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{dst=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b));
		ltr_sb_puts(c->out, ", src=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b + 8));
		ltr_sb_puts(c->out, ", len=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b + 16));
		ltr_sb_puts(c->out, ", mode=");
		ltr_print_xt(c->out, LTR_XT(uffd_copy_modes), ltr_get_u64(b + 24));
		return LTR_IOCTL_EXIT;
	case UFFDIO_ZEROPAGE:
		/* struct uffdio_zeropage: range, mode, zeropage (64-bit) */
		if (c->exiting)
			return finish(c, arg, 32, zeropage_out);
		return range_mode_entry(c, arg, LTR_XT(uffd_zeropage_modes));
	default:
		return LTR_IOCTL_ARG;
	}
}
