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

/* ", label=0x..." of the __u32 (size 4) or __u64 (size 8) at p. */
static void print_hex_field(struct ltr_call *c, const char *label, const unsigned char *p,
			    unsigned size)
{
	ltr_sb_printf(c->out, "%s=", label);
	ltr_sb_put_hex(c->out, size == 8 ? ltr_get_u64(p) : ltr_get_u32(p));
}

/*
 * Fields of hex numbers, each of size bytes, "{a=0x1, b=0x2}": the
 * erase regions, mtd_ecc_stats. size 0: a struct of __u32 fields.
 */
static void print_hex_struct(struct ltr_call *c, uint64_t addr, const char *const *labels,
			     unsigned n, unsigned size)
{
	unsigned char b[32];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, n * size))
		return;
	ltr_sb_putc(c->out, '{');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		print_hex_field(c, labels[i], b + i * size, size);
	}
	ltr_sb_putc(c->out, '}');
}

static const char *const erase_labels[] = { "start", "length" };
static const char *const ecc_stats_labels[] = { "corrected", "failed", "badblocks", "bbtblocks" };

/* struct mtd_oob_buf: start, length, then the tracee's pointer. */
static void print_oob_buf(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char b[16];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, 8 + ws))
		return;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "start", b, 4);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "length", b + 4, 4);
	ltr_sb_puts(c->out, ", ptr=");
	ltr_print_addr(c->out, ltr_get_uword(b + 8, ws));
	ltr_sb_putc(c->out, '}');
}

/* struct mtd_oob_buf64: start (u64), pad, length (u32), usr_ptr (u64). */
static void print_oob_buf64(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[24];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "start", b, 8);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "length", b + 12, 4);
	ltr_sb_puts(c->out, ", usr_ptr=");
	ltr_print_addr(c->out, ltr_get_u64(b + 16));
	ltr_sb_putc(c->out, '}');
}

/* struct mtd_write_req: five __u64, then the mode byte. */
static void print_write_req(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[48];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "start", b, 8);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "len", b + 8, 8);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "ooblen", b + 16, 8);
	ltr_sb_puts(c->out, ", usr_data=");
	ltr_print_addr(c->out, ltr_get_u64(b + 24));
	ltr_sb_puts(c->out, ", usr_oob=");
	ltr_print_addr(c->out, ltr_get_u64(b + 32));
	ltr_sb_puts(c->out, ", mode=");
	ltr_print_xt(c->out, LTR_XT(mtd_mode_options), b[40]);
	ltr_sb_putc(c->out, '}');
}

/* struct otp_info: start, length (hex), locked (decimal). */
static void print_otp_info(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[12];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "start", b, 4);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "length", b + 4, 4);
	ltr_sb_printf(c->out, ", locked=%u}", ltr_get_u32(b + 8));
}

/* struct mtd_info_user: type (u8), flags, four sizes, padding (u64 at 24). */
static void print_info_user(struct ltr_call *c, uint64_t addr)
{
	static const char *const sizes[] = { "size", "erasesize", "writesize", "oobsize" };
	unsigned char b[32];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{type=");
	ltr_print_xt(c->out, LTR_XT(mtd_type_options), b[0]);
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(mtd_flags_options), ltr_get_u32(b + 4));
	for (unsigned i = 0; i < 4; i++) {
		ltr_sb_puts(c->out, ", ");
		print_hex_field(c, sizes[i], b + 8 + 4 * i, 4);
	}
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "padding", b + 24, 8);
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

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{useecc=");
	ltr_print_xt(c->out, LTR_XT(mtd_nandecc_options), ltr_get_u32(b));
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "eccbytes", b + 4, 4);
	ltr_sb_puts(c->out, ", oobfree=");
	ltr_ioctl_print_local_array(c, b + 8, 8, 8, print_pair, NULL);
	ltr_sb_puts(c->out, ", eccpos=");
	ltr_ioctl_print_local_array(c, b + 72, 32, 4, ltr_ioctl_elem_x32, NULL);
	ltr_sb_putc(c->out, '}');
}

/* One struct nand_oobfree: "{offset=0x1, length=0x2}". */
static bool print_oobfree(struct ltr_call *c, const unsigned char *elem, void *data)
{
	(void)data;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "offset", elem, 4);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "length", elem + 4, 4);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* struct nand_ecclayout_user: eccbytes, eccpos[64], oobavail, oobfree[8]. */
static void print_ecclayout(struct ltr_call *c, uint64_t addr)
{
	unsigned char b[328];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
		return;
	ltr_sb_puts(c->out, "{");
	print_hex_field(c, "eccbytes", b, 4);
	ltr_sb_puts(c->out, ", eccpos=");
	ltr_ioctl_print_local_array(c, b + 4, 64, 4, ltr_ioctl_elem_x32, NULL);
	ltr_sb_puts(c->out, ", ");
	print_hex_field(c, "oobavail", b + 260, 4);
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
	static const char *const labels[] = { "offset", "erasesize", "numblocks" };
	unsigned char b[16];

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, addr, b, sizeof(b)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{");
		print_hex_field(c, "regionindex", b + 12, 4);
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, addr, b, sizeof(b)))
		for (unsigned i = 0; i < 3; i++) {
			ltr_sb_puts(c->out, ", ");
			print_hex_field(c, labels[i], b + 4 * i, 4);
		}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* OTPSELECT: "[MTD_OTP_OFF]", the unsigned int at addr. */
static void print_otp_select(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, LTR_XT(mtd_otp_options), v);
	ltr_sb_putc(c->out, ']');
}

enum ltr_ioctl_ret ltr_ioctl_mtd(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);

	if (req == MTD_OOB_REQ(3, ws) || req == MTD_OOB_REQ(4, ws)) {  /* MEMWRITEOOB, MEMREADOOB */
		print_oob_buf(c, arg);
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
		print_hex_struct(c, arg, erase_labels, 2, 4);
		return LTR_IOCTL_DONE;
	case MEMERASE64:
		print_hex_struct(c, arg, erase_labels, 2, 8);
		return LTR_IOCTL_DONE;
	case MEMWRITEOOB64: case MEMREADOOB64:
		print_oob_buf64(c, arg);
		return LTR_IOCTL_DONE;
	case MEMWRITE:
		print_write_req(c, arg);
		return LTR_IOCTL_DONE;
	case OTPGETREGIONINFO: case OTPLOCK:
		print_otp_info(c, arg);
		return LTR_IOCTL_DONE;
	case OTPSELECT:
		print_otp_select(c, arg);
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
		print_hex_struct(c, arg, ecc_stats_labels, 4, 4);
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
