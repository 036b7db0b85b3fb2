/* SPDX-License-Identifier: MIT */
/*
 * The ATA disk requests (HDIO_*, type 0x03, linux/hdreg.h), as strace
 * 6.1 prints them: struct hd_geometry (HDIO_GETGEO, whose unsigned long
 * makes it the tracee's layout), HDIO_DRIVE_CMD's header and the status
 * and sectors the kernel returns in it, and the requests that pass or
 * store an unsigned long. Those last ones the kernel never served to
 * 32-bit programs on a 64-bit kernel: for such a tracee, as strace, only
 * HDIO_GETGEO and HDIO_DRIVE_CMD are decoded.
 */
#include <errno.h>
#include <linux/hdreg.h>

#include "ltr/mem.h"

#include "ioctl.h"

enum {
	SECTOR_SIZE = 512,      /* HDIO_DRIVE_CMD's sectors */
	IDENTITY_SIZE = 512,    /* HDIO_GET_IDENTITY's struct hd_driveid */
	OLD_IDENTITY_SIZE = 142 /* HDIO_OBSOLETE_IDENTITY's first part of it */
};

/* struct hd_geometry {u8 heads, sectors; u16 cylinders; unsigned long start}. */
static enum ltr_ioctl_ret getgeo(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char g[16];

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, g, 2 * ws))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, "{heads=%u, sectors=%u, cylinders=%u, start=%llu}", g[0], g[1],
		      ltr_get_u16(g + 2), (unsigned long long)ltr_get_uword(g + ws, ws));
	return LTR_IOCTL_DONE;
}

/*
 * HDIO_DRIVE_CMD: struct hd_drive_cmd_hdr {u8 command, sector_number,
 * feature, sector_count} at entry; at exit the same four bytes hold
 * status, error, nsector and the count of the sectors that follow, also
 * after EIO (the drive's error is then in them).
 */
static enum ltr_ioctl_ret drive_cmd(struct ltr_call *c, uint64_t arg)
{
	unsigned char h[4];

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, h, 4))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{command=");
		ltr_print_xt(c->out, LTR_XT(hdio_drive_cmds), h[0]);
		ltr_sb_printf(c->out, ", sector_number=%u, feature=%u, sector_count=%u}",
			      h[1], h[2], h[3]);
		return LTR_IOCTL_EXIT;
	}
	if ((ltr_call_failed(c) && c->ret != -EIO) || ltr_mem_read(c->mem, arg, h, 4) < 0)
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, " => {status=%#x, error=%u, nsector=%u", h[0], h[1], h[2]);
	if (h[3]) {
		ltr_sb_puts(c->out, ", buf=");
		ltr_print_buf_hex(c, arg + 4, (uint64_t)h[3] * SECTOR_SIZE);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* The unsigned long the kernel stores at arg, "[V]" as table says (NULL: decimal). */
static enum ltr_ioctl_ret get_ulong(struct ltr_call *c, uint64_t arg,
				    const struct ltr_xlat_table *table)
{
	unsigned char v[8];

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, v, 8))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '[');
	if (table)
		ltr_print_xt(c->out, table, ltr_get_u64(v));
	else
		ltr_sb_put_udec(c->out, ltr_get_u64(v));
	ltr_sb_putc(c->out, ']');
	return LTR_IOCTL_DONE;
}

/* An identity block the kernel fills: size bytes as a string, at exit. */
static enum ltr_ioctl_ret identity(struct ltr_call *c, uint64_t arg, unsigned size)
{
	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, arg);
	else
		ltr_print_buf(c, arg, size);
	return LTR_IOCTL_DONE;
}

/* The requests of 64-bit tracees: unsigned longs passed or stored. */
static enum ltr_ioctl_ret hdio_native(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case HDIO_DRIVE_RESET: case HDIO_SCAN_HWIF:
		ltr_sb_puts(c->out, ", ");
		/* three unsigned ints, in hex */
		ltr_ioctl_print_array(c, arg, 3, 4, ltr_ioctl_elem_x32, NULL);
		return LTR_IOCTL_DONE;
	case HDIO_GET_32BIT: case HDIO_GET_ACOUSTIC: case HDIO_GET_ADDRESS: case HDIO_GET_DMA:
	case HDIO_GET_KEEPSETTINGS: case HDIO_GET_MULTCOUNT: case HDIO_GET_NOWERR:
	case HDIO_GET_UNMASKINTR: case HDIO_GET_WCACHE:
		return get_ulong(c, arg, NULL);
	case HDIO_GET_BUSSTATE:
		return get_ulong(c, arg, LTR_XT(hdio_busstates));
	case HDIO_GET_NICE:
		return get_ulong(c, arg, LTR_XT(hdio_ide_nice));
	case HDIO_GET_IDENTITY:
		return identity(c, arg, IDENTITY_SIZE);
	case HDIO_OBSOLETE_IDENTITY:
		return identity(c, arg, OLD_IDENTITY_SIZE);
	case HDIO_SET_32BIT: case HDIO_SET_ACOUSTIC: case HDIO_SET_ADDRESS: case HDIO_SET_DMA:
	case HDIO_SET_KEEPSETTINGS: case HDIO_SET_MULTCOUNT: case HDIO_SET_NOWERR:
	case HDIO_SET_PIO_MODE: case HDIO_SET_UNMASKINTR: case HDIO_SET_WCACHE:
	case HDIO_UNREGISTER_HWIF:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	case HDIO_SET_BUSSTATE:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(hdio_busstates), arg);
		return LTR_IOCTL_DONE;
	case HDIO_SET_NICE:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(hdio_ide_nice), arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}

enum ltr_ioctl_ret ltr_ioctl_hdio(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case HDIO_GETGEO:
		return getgeo(c, arg);
	case HDIO_DRIVE_CMD:
		return drive_cmd(c, arg);
	default:
		return ltr_wordsize(c) == 8 ? hdio_native(c, req, arg) : LTR_IOCTL_ARG;
	}
}
