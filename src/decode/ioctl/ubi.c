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


/* struct ubi_mkvol_req up to vol_type */
static const struct ltr_ioctl_field mkvol_head[] = {
	LTR_IOCTL_F(vol_id, 0, D32), LTR_IOCTL_F(alignment, 4, D32), LTR_IOCTL_F(bytes, 8, D64),
};
static const struct ltr_ioctl_field name_len[] = { LTR_IOCTL_F(name_len, 0, D16) };
static const struct ltr_ioctl_field attach_req[] = {
	LTR_IOCTL_F(ubi_num, 0, D32), LTR_IOCTL_F(mtd_num, 4, D32), LTR_IOCTL_F(vid_hdr_offset, 8, D32), LTR_IOCTL_F(max_beb_per1024, 12, D16),
};
static const struct ltr_ioctl_field rsvol_req[] = { LTR_IOCTL_F(bytes, 0, D64), LTR_IOCTL_F(vol_id, 8, D32) };
/* struct ubi_leb_change_req and ubi_map_req before their dtype */
static const struct ltr_ioctl_field leb_change[] = { LTR_IOCTL_F(lnum, 0, D32), LTR_IOCTL_F(bytes, 4, D32) };
static const struct ltr_ioctl_field map_req[] = { LTR_IOCTL_F(lnum, 0, D32) };
static const struct ltr_ioctl_field rnvol_vol_id[] = { LTR_IOCTL_F(vol_id, 0, D32) };

/*
 * ", name_len=N, name=..." of a volume name of name_len bytes (clamped
 * to the array) as strace's PRINT_FIELD_CSTRING_SZ: up to its NUL,
 * "..." when none comes first; len points to the __s16 name_len.
 */
static void print_name(struct ltr_call *c, const unsigned char *len, const unsigned char *name)
{
	int16_t n = (int16_t)ltr_get_u16(len);
	unsigned size = n < 0 ? 0 : n > NAME_SIZE - 1 ? NAME_SIZE - 1 : n;

	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, len, name_len);
	ltr_sb_puts(c->out, ", name=");
	ltr_ioctl_print_cstring(c, name, size + 1);
}

/* struct ubi_mkvol_req (b), its fields. */
static void print_mkvol(struct ltr_call *c, const unsigned char *b)
{
	LTR_IOCTL_FIELDS(c, b, mkvol_head);
	ltr_sb_puts(c->out, ", vol_type=");
	ltr_print_xt(c->out, LTR_XT(ubi_volume_types), b[16]);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(ubi_volume_flags), b[17]);
	print_name(c, b + 18, b + 24);
}

static void print_attach(struct ltr_call *c, const unsigned char *b)
{
	LTR_IOCTL_FIELDS(c, b, attach_req);
}

/*
 * UBI_IOCMKVOL, UBI_IOCATT: the request at entry, and at the exit of a
 * call that succeeded " => [N]", the number the kernel stored in the
 * structure's first int (the new volume's id, the new device's number).
 */
static enum ltr_ioctl_ret with_result(struct ltr_call *c, uint64_t arg, unsigned size,
				      void (*print)(struct ltr_call *, const unsigned char *))
{
	unsigned char b[MKVOL_SIZE];
	int32_t v;

	if (c->exiting) {
		if (ltr_call_failed(c))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, " => ");
		if (ltr_fetch(c, arg, &v, sizeof(v)))
			ltr_sb_printf(c->out, "[%d]", v);
		return LTR_IOCTL_DONE;
	}
	if (!ltr_ioctl_struct_begin(c, arg, b, size))
		return LTR_IOCTL_DONE;
	print(c, b);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

/* One entry of struct ubi_rnvol_req: vol_id, name_len, name. */
static bool print_rnvol_ent(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_putc(c->out, '{');
	LTR_IOCTL_FIELDS(c, e, rnvol_vol_id);
	print_name(c, e + 4, e + 8);
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
 * The structures with one constant after their numbers: struct
 * ubi_leb_change_req, ubi_map_req (the obsolete dtype), and
 * ubi_set_vol_prop_req (the property, then the value).
 */
static void with_constant(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char b[16];

	if (!ltr_ioctl_struct_begin(c, arg, b, req == UBI_IOCEBMAP ? 8 : 16))
		return;
	switch (req) {
	case UBI_IOCEBCH:
		LTR_IOCTL_FIELDS(c, b, leb_change);
		ltr_sb_puts(c->out, ", dtype=");
		ltr_print_xt(c->out, LTR_XT(ubi_data_types), b[8]);
		break;
	case UBI_IOCEBMAP:
		LTR_IOCTL_FIELDS(c, b, map_req);
		ltr_sb_puts(c->out, ", dtype=");
		ltr_print_xt(c->out, LTR_XT(ubi_data_types), b[4]);
		break;
	default:  /* UBI_IOCSETVOLPROP */
		ltr_sb_puts(c->out, "property=");
		ltr_print_xt(c->out, LTR_XT(ubi_volume_props), b[0]);
		ltr_sb_printf(c->out, ", value=%#llx", (unsigned long long)ltr_get_u64(b + 8));
		break;
	}
	ltr_sb_putc(c->out, '}');
}

enum ltr_ioctl_ret ltr_ioctl_ubi(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	uint64_t v;

	switch (req) {
	case UBI_IOCMKVOL:
		return with_result(c, arg, MKVOL_SIZE, print_mkvol);
	case UBI_IOCATT:
		return with_result(c, arg, 24, print_attach);
	case UBI_IOCRNVOL:
		rnvol(c, arg);
		return LTR_IOCTL_DONE;
	case UBI_IOCRSVOL:
		LTR_IOCTL_STRUCT(c, arg, 12, rsvol_req);
		return LTR_IOCTL_DONE;
	case UBI_IOCEBCH: case UBI_IOCEBMAP: case UBI_IOCSETVOLPROP:
		with_constant(c, req, arg);
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
