/* SPDX-License-Identifier: MIT */
/*
 * MTD requests (type 'M', mtd/mtd-abi.h): erase regions, OOB buffers
 * (struct mtd_oob_buf holds a pointer, so MEMWRITEOOB and MEMREADOOB
 * have the tracee's size), struct mtd_write_req, mtd_info_user,
 * region_info_user (its index at entry, the rest at exit), otp_info,
 * nand_oobinfo, nand_ecclayout_user, mtd_ecc_stats, and the numbers of
 * the others. Type 'M' is also the OSS mixer's: its requests are named
 * in ioctl.c and their argument left in hex here.
 */
#include <linux/ioctl.h>
#include <mtd/mtd-abi.h>

#include "ioctl.h"

/* MEMWRITEOOB, MEMREADOOB: struct mtd_oob_buf is two __u32 and a pointer. */
#define MTD_OOB_REQ(nr, ws) _IOC(_IOC_READ | _IOC_WRITE, 'M', nr, 8 + (ws))


/* struct erase_info_user, erase_info_user64 */
static const struct ltr_ioctl_field erase[] = { LTR_IOCTL_F(start, 0, X32), LTR_IOCTL_F(length, 4, X32) };
static const struct ltr_ioctl_field erase64[] = { LTR_IOCTL_F(start, 0, X64), LTR_IOCTL_F(length, 8, X64) };
/* struct mtd_oob_buf: start, length, then the tracee's pointer */
static const struct ltr_ioctl_field oob_buf[] = { LTR_IOCTL_F(start, 0, X32), LTR_IOCTL_F(length, 4, X32), LTR_IOCTL_F(ptr, 8, PTR) };
/* struct mtd_oob_buf64: start, pad, length, usr_ptr */
static const struct ltr_ioctl_field oob_buf64[] = {
	LTR_IOCTL_F(start, 0, X64), LTR_IOCTL_F(length, 12, X32), LTR_IOCTL_F(usr_ptr, 16, PTR64),
};
/* struct mtd_write_req but its mode byte (at 40) */
static const struct ltr_ioctl_field write_req[] = {
	LTR_IOCTL_F(start, 0, X64), LTR_IOCTL_F(len, 8, X64), LTR_IOCTL_F(ooblen, 16, X64), LTR_IOCTL_F(usr_data, 24, PTR64),
	LTR_IOCTL_F(usr_oob, 32, PTR64),
};
static const struct ltr_ioctl_field otp_info[] = {
	LTR_IOCTL_F(start, 0, X32), LTR_IOCTL_F(length, 4, X32), LTR_IOCTL_F(locked, 8, U32),
};
/* struct mtd_info_user after type and flags */
static const struct ltr_ioctl_field info_sizes[] = {
	LTR_IOCTL_F(size, 8, X32), LTR_IOCTL_F(erasesize, 12, X32), LTR_IOCTL_F(writesize, 16, X32), LTR_IOCTL_F(oobsize, 20, X32),
	LTR_IOCTL_F(padding, 24, X64),
};
static const struct ltr_ioctl_field ecc_stats[] = {
	LTR_IOCTL_F(corrected, 0, X32), LTR_IOCTL_F(failed, 4, X32), LTR_IOCTL_F(badblocks, 8, X32), LTR_IOCTL_F(bbtblocks, 12, X32),
};
/* struct region_info_user: the index at entry, the rest at exit */
static const struct ltr_ioctl_field region_index[] = { LTR_IOCTL_F(regionindex, 12, X32) };
static const struct ltr_ioctl_field region_rest[] = {
	LTR_IOCTL_F(offset, 0, X32), LTR_IOCTL_F(erasesize, 4, X32), LTR_IOCTL_F(numblocks, 8, X32),
};
/* struct nand_oobfree; struct nand_ecclayout_user's eccbytes, oobavail */
static const struct ltr_ioctl_field oobfree[] = { LTR_IOCTL_F(offset, 0, X32), LTR_IOCTL_F(length, 4, X32) };
static const struct ltr_ioctl_field eccbytes[] = { LTR_IOCTL_F(eccbytes, 0, X32) };
static const struct ltr_ioctl_field oobavail[] = { LTR_IOCTL_F(oobavail, 260, X32) };


/* struct mtd_write_req: five __u64, then the mode byte. */
static void print_write_req(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[48];

	if (!ltr_ioctl_struct_begin(c, addr, b, sizeof(b)))
		return;
	LTR_IOCTL_FIELDS(c, b, write_req);
	ltr_sb_puts(c->out, ", mode=");
	ltr_print_xt(c->out, LTR_XT(mtd_mode_options), b[40]);
	ltr_sb_putc(c->out, '}');
}

/* struct mtd_info_user: type (u8), flags, four sizes, padding (u64 at 24). */
static void print_info_user(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[32];

	if (!ltr_ioctl_struct_begin(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "type=");
	ltr_print_xt(c->out, LTR_XT(mtd_type_options), b[0]);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(mtd_flags_options), ltr_get_u32(b + 4));
	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, b, info_sizes);
	ltr_sb_putc(c->out, '}');
}

/* One oobfree pair of struct nand_oobinfo: "[0x1, 0x2]". */
static bool print_pair(struct ltr_call *c, const unsigned char *elem, void *data)
{
	ltr_ioctl_print_local_array(c, elem, 2, 4, ltr_ioctl_elem_x32, data);
	return true;
}

/* struct nand_oobinfo: useecc, eccbytes, oobfree[8][2], eccpos[32]. */
static void print_nand_oobinfo(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[200];

	if (!ltr_ioctl_struct_begin(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "useecc=");
	ltr_print_xt(c->out, LTR_XT(mtd_nandecc_options), ltr_get_u32(b));
	ltr_sb_printf(c->out, ", eccbytes=%#x, oobfree=", ltr_get_u32(b + 4));
	ltr_ioctl_print_local_array(c, b + 8, 8, 8, print_pair, NULL);
	ltr_sb_puts(c->out, ", eccpos=");
	ltr_ioctl_print_local_array(c, b + 72, 32, 4, ltr_ioctl_elem_x32, NULL);
	ltr_sb_putc(c->out, '}');
}

/* One struct nand_oobfree: "{offset=0x1, length=0x2}". */
static bool print_oobfree(struct ltr_call *c, const unsigned char *elem, void *data)
{
	(void)data;
	ltr_sb_putc(c->out, '{');
	LTR_IOCTL_FIELDS(c, elem, oobfree);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* struct nand_ecclayout_user: eccbytes, eccpos[64], oobavail, oobfree[8]. */
static void print_ecclayout(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[328];

	if (!ltr_ioctl_struct_begin(c, addr, b, sizeof(b)))
		return;
	LTR_IOCTL_FIELDS(c, b, eccbytes);
	ltr_sb_puts(c->out, ", eccpos=");
	ltr_ioctl_print_local_array(c, b + 4, 64, 4, ltr_ioctl_elem_x32, NULL);
	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, b, oobavail);
	ltr_sb_puts(c->out, ", oobfree=");
	ltr_ioctl_print_local_array(c, b + 264, 8, 8, print_oobfree, NULL);
	ltr_sb_putc(c->out, '}');
}

/*
 * MEMGETREGIONINFO: struct region_info_user's regionindex at entry (the
 * brace left open), offset, erasesize and numblocks at the exit of a
 * call that succeeded, then the brace.
 */
static enum ltr_ioctl_ret region_info(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[16];

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
			return LTR_IOCTL_DONE;
		ltr_sb_putc(c->out, '{');
		LTR_IOCTL_FIELDS(c, b, region_index);
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, addr, b, sizeof(b))) {
		ltr_sb_puts(c->out, ", ");
		LTR_IOCTL_FIELDS(c, b, region_rest);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_mtd(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);

	if (req == MTD_OOB_REQ(3, ws) || req == MTD_OOB_REQ(4, ws)) {  /* MEMWRITEOOB, MEMREADOOB */
		LTR_IOCTL_STRUCT(c, arg, 8 + ws, oob_buf);
		return LTR_IOCTL_DONE;
	}
	/* the requests that fill the argument print it at exit */
	switch (req) {
	case OTPGETREGIONINFO: case MEMGETINFO: case MEMGETOOBSEL: case ECCGETLAYOUT:
	case ECCGETSTATS: case OTPGETREGIONCOUNT: case MEMGETREGIONCOUNT:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		break;
	default:
		break;
	}
	switch (req) {
	case MEMERASE: case MEMLOCK: case MEMUNLOCK: case MEMISLOCKED:
		LTR_IOCTL_STRUCT(c, arg, 8, erase);
		return LTR_IOCTL_DONE;
	case MEMERASE64:
		LTR_IOCTL_STRUCT(c, arg, 16, erase64);
		return LTR_IOCTL_DONE;
	case MEMWRITEOOB64: case MEMREADOOB64:
		LTR_IOCTL_STRUCT(c, arg, 24, oob_buf64);
		return LTR_IOCTL_DONE;
	case MEMWRITE:
		print_write_req(c, arg);
		return LTR_IOCTL_DONE;
	case OTPGETREGIONINFO: case OTPLOCK:
		LTR_IOCTL_STRUCT(c, arg, 12, otp_info);
		return LTR_IOCTL_DONE;
	case OTPSELECT:
		ltr_ioctl_print_xt_ref(c, arg, LTR_XT(mtd_otp_options));
		return LTR_IOCTL_DONE;
	case MTDFILEMODE:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(mtd_file_mode_options), arg);
		return LTR_IOCTL_DONE;
	case MEMGETBADBLOCK: case MEMSETBADBLOCK:
		ltr_ioctl_print_u64_ref(c, arg);
		return LTR_IOCTL_DONE;
	case MEMGETINFO:
		print_info_user(c, arg);
		return LTR_IOCTL_DONE;
	case MEMGETOOBSEL:
		print_nand_oobinfo(c, arg);
		return LTR_IOCTL_DONE;
	case ECCGETLAYOUT:
		print_ecclayout(c, arg);
		return LTR_IOCTL_DONE;
	case ECCGETSTATS:
		LTR_IOCTL_STRUCT(c, arg, 16, ecc_stats);
		return LTR_IOCTL_DONE;
	case OTPGETREGIONCOUNT:
		ltr_ioctl_print_uint_ref(c, arg);
		return LTR_IOCTL_DONE;
	case MEMGETREGIONCOUNT:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case MEMGETREGIONINFO:
		return region_info(c, arg);
	default:
		return LTR_IOCTL_ARG;
	}
}
