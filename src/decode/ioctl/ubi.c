/* SPDX-License-Identifier: MIT */
/*
 * UBI requests (types 'o' and 'O', mtd/ubi-user.h): the packed request
 * structures of volume creation, resizing, renaming, attaching, LEB
 * changes and maps, volume properties, and the numbers of the others.
 * UBI_IOCMKVOL and UBI_IOCATT also show, at the exit of a call that
 * succeeded, the number the kernel stored in the structure's first int.
 */
#include <linux/ioctl.h>
#include <mtd/ubi-user.h>

#include "ioctl.h"

enum {
	NAME_SIZE = UBI_MAX_VOLUME_NAME + 1,
	MKVOL_SIZE = 24 + NAME_SIZE,         /* struct ubi_mkvol_req */
	RNVOL_ENT_SIZE = 8 + NAME_SIZE,      /* one of struct ubi_rnvol_req's ents */
	RNVOL_SIZE = 16 + UBI_MAX_RNVOL * RNVOL_ENT_SIZE,
};

/* ", label=N" of the __s32 at p. */
static void print_s32(struct ltr_call *c, const char *label, const unsigned char *p)
{
	ltr_sb_printf(c->out, "%s=%d", label, (int32_t)ltr_get_u32(p));
}

/*
 * A volume name of name_len bytes (clamped to the array) as strace's
 * PRINT_FIELD_CSTRING_SZ: up to its NUL, "..." when none comes first.
 */
static void print_name(struct ltr_call *c, const unsigned char *name, int16_t name_len)
{
	unsigned len = name_len < 0 ? 0 : name_len > NAME_SIZE - 1 ? NAME_SIZE - 1 : name_len;

	ltr_sb_puts(c->out, ", name=");
	ltr_ioctl_print_cstring(c, name, len + 1);
}

/* At exit of a call that succeeded: " => [N]", the int the kernel stored at arg. */
static void print_result_int(struct ltr_call *c, uint64_t arg)
{
	int32_t v;

	if (ltr_call_failed(c))
		return;
	ltr_sb_puts(c->out, " => ");
	if (ltr_fetch(c, arg, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%d]", v);
}

static enum ltr_ioctl_ret mkvol(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[MKVOL_SIZE];

	if (c->exiting) {
		print_result_int(c, arg);
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '{');
	print_s32(c, "vol_id", b);
	ltr_sb_puts(c->out, ", ");
	print_s32(c, "alignment", b + 4);
	ltr_sb_printf(c->out, ", bytes=%lld, vol_type=", (long long)ltr_get_u64(b + 8));
	ltr_print_xt(c->out, LTR_XT(ubi_volume_types), b[16]);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(ubi_volume_flags), b[17]);
	ltr_sb_printf(c->out, ", name_len=%d", (int16_t)ltr_get_u16(b + 18));
	print_name(c, b + 24, (int16_t)ltr_get_u16(b + 18));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

static enum ltr_ioctl_ret attach(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[24];

	if (c->exiting) {
		print_result_int(c, arg);
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '{');
	print_s32(c, "ubi_num", b);
	ltr_sb_puts(c->out, ", ");
	print_s32(c, "mtd_num", b + 4);
	ltr_sb_puts(c->out, ", ");
	print_s32(c, "vid_hdr_offset", b + 8);
	ltr_sb_printf(c->out, ", max_beb_per1024=%d}", (int16_t)ltr_get_u16(b + 12));
	return LTR_IOCTL_EXIT;
}

/* One entry of struct ubi_rnvol_req: vol_id, name_len, name. */
static bool print_rnvol_ent(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_putc(c->out, '{');
	print_s32(c, "vol_id", e);
	ltr_sb_printf(c->out, ", name_len=%d", (int16_t)ltr_get_u16(e + 4));
	print_name(c, e + 8, (int16_t)ltr_get_u16(e + 4));
	ltr_sb_putc(c->out, '}');
	return true;
}

/* struct ubi_rnvol_req: count, then count entries (clamped to 0..32). */
static void rnvol(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[RNVOL_SIZE];
	int32_t count;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
		return;
	count = (int32_t)ltr_get_u32(b);
	ltr_sb_printf(c->out, "{count=%d, ents=", count);
	ltr_ioctl_print_local_array(c, b + 16,
				    count < 0 ? 0 : count > UBI_MAX_RNVOL ? UBI_MAX_RNVOL : count,
				    RNVOL_ENT_SIZE, print_rnvol_ent, NULL);
	ltr_sb_putc(c->out, '}');
}

/*
 * The small structures: struct ubi_rsvol_req, ubi_leb_change_req,
 * ubi_map_req, ubi_set_vol_prop_req (size bytes at arg).
 */
static void small_struct(struct ltr_call *c, uint32_t req, uint64_t arg, unsigned size)
{
	unsigned char b[16];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, b, size))
		return;
	ltr_sb_putc(c->out, '{');
	switch (req) {
	case UBI_IOCRSVOL:
		ltr_sb_printf(c->out, "bytes=%lld, ", (long long)ltr_get_u64(b));
		print_s32(c, "vol_id", b + 8);
		break;
	case UBI_IOCEBCH:
		print_s32(c, "lnum", b);
		ltr_sb_puts(c->out, ", ");
		print_s32(c, "bytes", b + 4);
		ltr_sb_puts(c->out, ", dtype=");
		ltr_print_xt(c->out, LTR_XT(ubi_data_types), b[8]);
		break;
	case UBI_IOCEBMAP:
		print_s32(c, "lnum", b);
		ltr_sb_puts(c->out, ", dtype=");
		ltr_print_xt(c->out, LTR_XT(ubi_data_types), b[4]);
		break;
	default:  /* UBI_IOCSETVOLPROP */
		ltr_sb_puts(c->out, "property=");
		ltr_print_xt(c->out, LTR_XT(ubi_volume_props), b[0]);
		ltr_sb_puts(c->out, ", value=");
		ltr_sb_put_hex(c->out, ltr_get_u64(b + 8));
		break;
	}
	ltr_sb_putc(c->out, '}');
}

enum ltr_ioctl_ret ltr_ioctl_ubi(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	uint64_t v;

	switch (req) {
	case UBI_IOCMKVOL:
		return mkvol(c, arg);
	case UBI_IOCATT:
		return attach(c, arg);
	case UBI_IOCRNVOL:
		rnvol(c, arg);
		return LTR_IOCTL_DONE;
	case UBI_IOCRSVOL:
		small_struct(c, req, arg, 12);
		return LTR_IOCTL_DONE;
	case UBI_IOCEBCH: case UBI_IOCSETVOLPROP:
		small_struct(c, req, arg, 16);
		return LTR_IOCTL_DONE;
	case UBI_IOCEBMAP:
		small_struct(c, req, arg, 8);
		return LTR_IOCTL_DONE;
	case UBI_IOCVOLUP:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
			ltr_sb_printf(c->out, "[%lld]", (long long)v);
		return LTR_IOCTL_DONE;
	case UBI_IOCDET: case UBI_IOCEBER: case UBI_IOCEBISMAP: case UBI_IOCEBUNMAP:
	case UBI_IOCRMVOL: case UBI_IOCRPEB: case UBI_IOCSPEB:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case UBI_IOCVOLCRBLK: case UBI_IOCVOLRMBLK:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
