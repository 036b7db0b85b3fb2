/* SPDX-License-Identifier: MIT */
/*
 * Block device requests (type 0x12, linux/fs.h, blkpg.h, blktrace_api.h,
 * blkzoned.h): the numbers they take and return (of the tracee's word
 * size where a long or a size_t), BLKPG's partition, BLKTRACESETUP.
 */
#include <linux/ioctl.h>
#include <linux/fs.h>
#include <linux/blkzoned.h>
#include <linux/blkpg.h>

#include "ioctl.h"

#define BLK_IOR(nr, size) _IOC(_IOC_READ, 0x12, nr, size)
#define BLK_IOW(nr, size) _IOC(_IOC_WRITE, 0x12, nr, size)
#define BLK_IOWR(nr, size) _IOC(_IOC_READ | _IOC_WRITE, 0x12, nr, size)
#ifndef BLKGETDISKSEQ
#define BLKGETDISKSEQ _IOR(0x12, 128, __u64)
#endif

/* "[N]" of a u16 (BLKSECTGET, BLKROTATIONAL). */
static void print_u16_ref(struct ltr_call *c, uint64_t addr)
{
	uint16_t v;

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%u]", v);
}

/* "[N]" of the tracee's signed long. */
static void print_slong_ref(struct ltr_call *c, uint64_t addr)
{
	unsigned char v[8];
	unsigned ws = ltr_wordsize(c);

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, v, ws))
		ltr_sb_printf(c->out, "[%lld]", (long long)ltr_get_sword(v, ws));
}

/* "[START, LEN]": BLKDISCARD's pair of u64. */
static void print_u64_pair(struct ltr_call *c, uint64_t addr)
{
	unsigned char v[16];

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, v, sizeof(v)))
		ltr_sb_printf(c->out, "[%llu, %llu]", (unsigned long long)ltr_get_u64(v),
			      (unsigned long long)ltr_get_u64(v + 8));
}

static void print_cstring_field(struct ltr_call *c, const char *label, const unsigned char *s,
				unsigned size)
{
	ltr_sb_printf(c->out, "%s=", label);
	ltr_ioctl_print_cstring(c, s, size);
}

/*
 * BLKPG: struct blkpg_ioctl_arg {int op, flags, datalen; void *data;}
 * and the struct blkpg_partition it points to {long long start, length;
 * int pno; char devname[64], volname[64];} (152 bytes, 148 on i386).
 */
static void print_blkpg(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char a[24], p[152];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, a, ws == 4 ? 16 : 24))
		return;
	ltr_sb_puts(c->out, "{op=");
	ltr_print_xt(c->out, LTR_XT(blkpg_ops), ltr_get_u32(a));
	ltr_sb_printf(c->out, ", flags=%d, datalen=%d, data=", (int)ltr_get_u32(a + 4),
		      (int)ltr_get_u32(a + 8));
	if (ltr_ioctl_fetch(c, ltr_get_uword(a + (ws == 4 ? 12 : 16), ws), p, ws == 4 ? 148 : 152)) {
		ltr_sb_printf(c->out, "{start=%lld, length=%lld, pno=%d, ",
			      (long long)ltr_get_u64(p), (long long)ltr_get_u64(p + 8),
			      (int)ltr_get_u32(p + 16));
		print_cstring_field(c, "devname", p + 20, 64);
		ltr_sb_puts(c->out, ", ");
		print_cstring_field(c, "volname", p + 84, 64);
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_putc(c->out, '}');
}

/*
 * BLKTRACESETUP: struct blk_user_trace_setup {char name[32]; u16
 * act_mask; u32 buf_size, buf_nr; u64 start_lba, end_lba; u32 pid;}
 * (the u64s 4-aligned on i386). The kernel fills name: printed at exit.
 */
static enum ltr_ioctl_ret trace_setup(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[72];
	unsigned l = ltr_wordsize(c) == 4 ? 44 : 48;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, b, l + 20))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{act_mask=%u, buf_size=%u, buf_nr=%u, start_lba=%llu, "
			      "end_lba=%llu, pid=", ltr_get_u16(b + 32), ltr_get_u32(b + 36),
			      ltr_get_u32(b + 40), (unsigned long long)ltr_get_u64(b + l),
			      (unsigned long long)ltr_get_u64(b + l + 8));
		ltr_print_pid(c, (int)ltr_get_u32(b + l + 16));
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, arg, b, l + 20)) {
		ltr_sb_puts(c->out, ", ");
		print_cstring_field(c, "name", b, 32);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_block(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	bool out = true;

	switch (req) {
	case BLKRASET: case BLKFRASET:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	case BLKROSET:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case BLKDISCARD: case BLKSECDISCARD: case BLKZEROOUT:
		print_u64_pair(c, arg);
		return LTR_IOCTL_DONE;
	case BLKPG:
		print_blkpg(c, arg);
		return LTR_IOCTL_DONE;
	case BLKRRPART: case BLKFLSBUF: case BLKTRACESTART: case BLKTRACESTOP:
	case BLKTRACETEARDOWN:
		return LTR_IOCTL_NOARG;
	case BLKSECTGET: case BLKROTATIONAL: case BLKROGET: case BLKSSZGET: case BLKALIGNOFF:
	case BLKPBSZGET: case BLKIOMIN: case BLKIOOPT: case BLKDISCARDZEROES:
	case BLKGETZONESZ: case BLKGETNRZONES: case BLKRAGET: case BLKFRAGET:
	case BLKGETSIZE: case BLKGETDISKSEQ:
		break;
	default:
		out = false;
		break;
	}
	if (!out) {
		if (req == BLK_IOW(113, ws)) {   /* BLKBSZSET: an int, whatever its size says */
			ltr_ioctl_print_int_ref(c, arg);
			return LTR_IOCTL_DONE;
		}
		if (req == BLK_IOWR(115, ws == 4 ? 64 : 72))
			return trace_setup(c, arg);
		if (req != BLK_IOR(112, ws) && req != BLK_IOR(114, ws))  /* BLKBSZGET, BLKGETSIZE64 */
			return LTR_IOCTL_ARG;
	}
	if (!c->exiting)
		return LTR_IOCTL_EXIT;   /* the kernel fills them */
	switch (req) {
	case BLKSECTGET: case BLKROTATIONAL:
		print_u16_ref(c, arg);
		break;
	case BLKROGET: case BLKSSZGET: case BLKALIGNOFF:
		ltr_ioctl_print_int_ref(c, arg);
		break;
	case BLKPBSZGET: case BLKIOMIN: case BLKIOOPT: case BLKDISCARDZEROES:
	case BLKGETZONESZ: case BLKGETNRZONES:
		ltr_ioctl_print_uint_ref(c, arg);
		break;
	case BLKRAGET: case BLKFRAGET:
		print_slong_ref(c, arg);
		break;
	case BLKGETSIZE:
		ltr_ioctl_print_ulong_ref(c, arg);
		break;
	default:
		if (req == BLK_IOR(112, ws))   /* BLKBSZGET */
			ltr_ioctl_print_int_ref(c, arg);
		else                           /* BLKGETSIZE64, BLKGETDISKSEQ */
			ltr_ioctl_print_u64_ref(c, arg);
		break;
	}
	return LTR_IOCTL_DONE;
}
