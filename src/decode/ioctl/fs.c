/* SPDX-License-Identifier: MIT */
/*
 * Filesystem requests: type 'f' (FS_IOC_GETFLAGS and SETFLAGS with their
 * 32-bit twins, FS_IOC_FIEMAP), type 'X' (FIFREEZE, FITHAW, FITRIM,
 * FS_IOC_FSGETXATTR and FSSETXATTR) and type 0x94 (FICLONE,
 * FICLONERANGE, FIDEDUPERANGE, FS_IOC_GETFSLABEL and SETFSLABEL; the
 * other 0x94 requests are btrfs', decoded by btrfs.c).
 */
#include "ioctl.h"

/* The sized requests, written out: the long of FS_IOC_GETFLAGS is the tracee's. */
#define FS_IOC_GETFLAGS_64 0x80086601u
#define FS_IOC_SETFLAGS_64 0x40086602u
#define FS_IOC_GETFLAGS_32 0x80046601u
#define FS_IOC_SETFLAGS_32 0x40046602u
#define FS_IOC_FIEMAP 0xc020660bu
#define FIFREEZE 0xc0045877u
#define FITHAW 0xc0045878u
#define FITRIM 0xc0185879u
#define FS_IOC_FSGETXATTR 0x801c581fu
#define FS_IOC_FSSETXATTR 0x401c5820u
#define FICLONE 0x40049409u
#define FICLONERANGE 0x4020940du
#define FIDEDUPERANGE 0xc0189436u
#define FS_IOC_GETFSLABEL 0x81009431u
#define FS_IOC_SETFSLABEL 0x41009432u
enum { FSLABEL_MAX = 256 };

/* "[FS_SYNC_FL|FS_NOATIME_FL]" */
static void print_inode_flags(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, LTR_XT(inode_flags), v);
	ltr_sb_putc(c->out, ']');
}

/* struct fiemap_extent: 7 u64 words, then fe_flags (u32) at 40. */
static bool print_fiemap_extent(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "{fe_logical=%llu, fe_physical=%llu, fe_length=%llu, fe_flags=",
		      (unsigned long long)ltr_get_u64(e), (unsigned long long)ltr_get_u64(e + 8),
		      (unsigned long long)ltr_get_u64(e + 16));
	ltr_print_xt(c->out, LTR_XT(fiemap_extent_flags), ltr_get_u32(e + 40));
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * struct fiemap: fm_start, fm_length (u64), fm_flags, fm_mapped_extents,
 * fm_extent_count, fm_reserved (u32), then the extents (56 bytes each).
 * Entry: the request; exit: " => " the flags and the extents mapped.
 */
static enum ltr_ioctl_ret fiemap(struct ltr_call *c, uint64_t arg)
{
	unsigned char m[32];

	if (!c->exiting)
		ltr_sb_puts(c->out, ", ");
	else if (ltr_call_failed(c))
		return LTR_IOCTL_DONE;
	else
		ltr_sb_puts(c->out, " => ");
	if (!ltr_ioctl_fetch(c, arg, m, sizeof(m)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_printf(c->out, "{fm_start=%llu, fm_length=%llu, fm_flags=",
			      (unsigned long long)ltr_get_u64(m), (unsigned long long)ltr_get_u64(m + 8));
		ltr_print_xt(c->out, LTR_XT(fiemap_flags), ltr_get_u32(m + 16));
		ltr_sb_printf(c->out, ", fm_extent_count=%u}", ltr_get_u32(m + 24));
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_puts(c->out, "{fm_flags=");
	ltr_print_xt(c->out, LTR_XT(fiemap_flags), ltr_get_u32(m + 16));
	ltr_sb_printf(c->out, ", fm_mapped_extents=%u", ltr_get_u32(m + 20));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", fm_extents=");
	ltr_ioctl_print_array(c, ltr_word_mask(c, arg + 32), ltr_get_u32(m + 20), 56,
			      print_fiemap_extent, NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_fs_f(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case FS_IOC_FIEMAP:
		return fiemap(c, arg);
	case FS_IOC_GETFLAGS_64: case FS_IOC_GETFLAGS_32:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		print_inode_flags(c, arg);
		return LTR_IOCTL_DONE;
	case FS_IOC_SETFLAGS_64: case FS_IOC_SETFLAGS_32:
		print_inode_flags(c, arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}

/* struct fsxattr: fsx_xflags, fsx_extsize, fsx_nextents, fsx_projid, fsx_cowextsize (u32). */
static void print_fsxattr(struct ltr_call *c, uint64_t addr, bool get)
{
	unsigned char x[28];  /* with fsx_pad */

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, x, sizeof(x)))
		return;
	ltr_sb_puts(c->out, "{fsx_xflags=");
	ltr_print_xt(c->out, LTR_XT(fs_xflags), ltr_get_u32(x));
	ltr_sb_printf(c->out, ", fsx_extsize=%u", ltr_get_u32(x + 4));
	if (get)
		ltr_sb_printf(c->out, ", fsx_nextents=%u", ltr_get_u32(x + 8));
	ltr_sb_printf(c->out, ", fsx_projid=%#x, fsx_cowextsize=%u}", ltr_get_u32(x + 12),
		      ltr_get_u32(x + 16));
}

enum ltr_ioctl_ret ltr_ioctl_fs_x(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char r[24];

	switch (req) {
	case FITRIM:
		/* struct fstrim_range: start, len, minlen (u64) */
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, r, sizeof(r)))
			ltr_sb_printf(c->out, "{start=%#llx, len=%llu, minlen=%llu}",
				      (unsigned long long)ltr_get_u64(r),
				      (unsigned long long)ltr_get_u64(r + 8),
				      (unsigned long long)ltr_get_u64(r + 16));
		return LTR_IOCTL_DONE;
	case FS_IOC_FSGETXATTR:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		print_fsxattr(c, arg, true);
		return LTR_IOCTL_DONE;
	case FS_IOC_FSSETXATTR:
		print_fsxattr(c, arg, false);
		return LTR_IOCTL_DONE;
	case FIFREEZE: case FITHAW:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}

/* One struct file_dedupe_range_info (dest_fd s64, dest_offset, bytes_deduped u64, status s32). */
static bool print_dedupe_info(struct ltr_call *c, const unsigned char *e, void *data)
{
	unsigned *left = data;

	if (left) {
		if (!*left) {
			ltr_sb_puts(c->out, "...");
			return false;
		}
		--*left;
	}
	if (!c->exiting) {
		ltr_sb_puts(c->out, "{dest_fd=");
		ltr_print_fd(c, (int)ltr_get_u64(e));
		ltr_sb_printf(c->out, ", dest_offset=%llu}", (unsigned long long)ltr_get_u64(e + 8));
	} else {
		ltr_sb_printf(c->out, "{bytes_deduped=%llu, status=%d}",
			      (unsigned long long)ltr_get_u64(e + 16), (int)ltr_get_u32(e + 24));
	}
	return true;
}

/*
 * struct file_dedupe_range: src_offset, src_length (u64), dest_count
 * (u16), reserved, then dest_count infos of 32 bytes. Entry: the request
 * and the destinations; exit: " => " what each got. Abbreviated: two
 * infos at most.
 */
static enum ltr_ioctl_ret dedupe_range(struct ltr_call *c, uint64_t arg)
{
	unsigned char r[24];
	unsigned count = 2;
	bool printed;
	uint16_t dest_count;

	if (!c->exiting)
		ltr_sb_puts(c->out, ", ");
	else if (ltr_call_failed(c))
		return LTR_IOCTL_DONE;
	else
		ltr_sb_puts(c->out, " => ");
	if (!ltr_ioctl_fetch(c, arg, r, sizeof(r)))
		return LTR_IOCTL_DONE;
	dest_count = ltr_get_u16(r + 16);
	ltr_sb_putc(c->out, '{');
	if (!c->exiting)
		ltr_sb_printf(c->out, "src_offset=%llu, src_length=%llu, dest_count=%u, ",
			      (unsigned long long)ltr_get_u64(r), (unsigned long long)ltr_get_u64(r + 8),
			      dest_count);
	ltr_sb_puts(c->out, "info=");
	printed = ltr_ioctl_print_array(c, ltr_word_mask(c, arg + 24), dest_count, 32,
					print_dedupe_info,
					ltr_call_abbrev(c) && dest_count > count ? &count : NULL);
	ltr_sb_putc(c->out, '}');
	return printed && !c->exiting ? LTR_IOCTL_EXIT : LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_fs_0x94(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char r[32];
	char label[FSLABEL_MAX];

	switch (req) {
	case FICLONE:
		ltr_sb_printf(c->out, ", %d", (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case FICLONERANGE:
		/* struct file_clone_range: src_fd (s64), src_offset, src_length, dest_offset */
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, r, sizeof(r)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{src_fd=");
		ltr_print_fd(c, (int)ltr_get_u64(r));
		ltr_sb_printf(c->out, ", src_offset=%llu, src_length=%llu, dest_offset=%llu}",
			      (unsigned long long)ltr_get_u64(r + 8),
			      (unsigned long long)ltr_get_u64(r + 16),
			      (unsigned long long)ltr_get_u64(r + 24));
		return LTR_IOCTL_DONE;
	case FIDEDUPERANGE:
		return dedupe_range(c, arg);
	case FS_IOC_GETFSLABEL:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case FS_IOC_SETFSLABEL:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, label, sizeof(label)))
			ltr_ioctl_print_cstring(c, label, sizeof(label));
		return LTR_IOCTL_DONE;
	default:
		return ltr_ioctl_btrfs(c, req, arg);
	}
}
