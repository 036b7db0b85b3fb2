/* SPDX-License-Identifier: MIT */
/*
 * SCSI generic requests (type 0x22, scsi/sg.h, linux/bsg.h): SG_IO with
 * its v3 header (struct sg_io_hdr, whose pointers are the tracee's) or
 * its v4 one (struct sg_io_v4), told apart by the first int ('S' or
 * 'Q'); struct sg_scsi_id, sg_req_info, SG_SCSI_RESET's value, and the
 * ints of the others. SG_IO prints its input at entry and, at exit,
 * what the kernel wrote, whether or not the call failed (as strace).
 */
#include <linux/bsg.h>
#include <scsi/sg.h>

#include "ioctl.h"

/* Not in glibc's scsi/sg.h: the kernel's include/scsi/sg.h. */
#ifndef SG_GET_ACCESS_COUNT
#define SG_GET_ACCESS_COUNT 0x2289
#endif
#ifndef SG_SCSI_RESET_NO_ESCALATE
#define SG_SCSI_RESET_NO_ESCALATE 0x100
#endif

enum { V3_IID = 'S', V4_GUARD = 'Q', V4_SIZE = 160 };


/* struct sg_io_v4: after request, after dout_xferp's length, after din_xferp */
static const struct ltr_ioctl_field v4_request_mid[] = {
	LTR_IOCTL_F(request_tag, 24, X64), LTR_IOCTL_F(request_attr, 32, U32), LTR_IOCTL_F(request_priority, 36, U32),
	LTR_IOCTL_F(request_extra, 40, U32), LTR_IOCTL_F(max_response_len, 44, U32), LTR_IOCTL_F(dout_iovec_count, 56, U32),
	LTR_IOCTL_F(dout_xfer_len, 60, U32), LTR_IOCTL_F(din_iovec_count, 64, U32), LTR_IOCTL_F(din_xfer_len, 68, U32),
};
static const struct ltr_ioctl_field v4_status[] = {
	LTR_IOCTL_F(driver_status, 108, X32), LTR_IOCTL_F(transport_status, 112, X32), LTR_IOCTL_F(device_status, 116, X32),
	LTR_IOCTL_F(retry_delay, 120, U32),
};
static const struct ltr_ioctl_field v4_tail[] = {
	LTR_IOCTL_F(duration, 128, U32), LTR_IOCTL_F(response_len, 132, U32), LTR_IOCTL_F(din_resid, 136, D32),
	LTR_IOCTL_F(dout_resid, 140, D32), LTR_IOCTL_F(generated_tag, 144, X64),
};
/* struct sg_scsi_id */
static const struct ltr_ioctl_field scsi_id_fields[] = {
	LTR_IOCTL_F(host_no, 0, D32), LTR_IOCTL_F(channel, 4, D32), LTR_IOCTL_F(scsi_id, 8, X32), LTR_IOCTL_F(lun, 12, D32),
	LTR_IOCTL_F(scsi_type, 16, X32), LTR_IOCTL_F(h_cmd_per_lun, 20, D16), LTR_IOCTL_F(d_queue_depth, 22, D16),
};

/*
 * saved[1] (entry to exit of SG_IO): the interface id in the high half,
 * v3's dxfer_direction in the low one; saved[2], saved[3]: v3's dxferp
 * and sbp, v4's response and din_xferp, as they were at entry.
 */

/* Where struct sg_io_hdr's fields are for a tracee of word size ws. */
struct v3_layout {
	unsigned ws, dxferp, cmdp, sbp, timeout, usr_ptr, status, size;
};

static void v3_layout(const struct ltr_call *c, struct v3_layout *l)
{
	l->ws = ltr_wordsize(c);
	l->dxferp = 16;
	l->cmdp = 16 + l->ws;
	l->sbp = 16 + 2 * l->ws;
	l->timeout = 16 + 3 * l->ws;
	/* timeout, flags and pack_id, then usr_ptr aligned to a word */
	l->usr_ptr = (l->timeout + 12 + l->ws - 1) / l->ws * l->ws;
	l->status = l->usr_ptr + l->ws;
	l->size = (l->status + 20 + l->ws - 1) / l->ws * l->ws;
}

/*
 * A data buffer of an SG_IO header: size bytes at addr in hex, or the
 * data of count iovecs, the whole at most size bytes.
 */
static void print_sg_buffer(struct ltr_call *c, uint64_t addr, uint32_t size, uint32_t count)
{
	if (count)
		ltr_print_iov(c, addr, count, size, true);
	else
		ltr_print_buf_hex(c, addr, size);
}

/* "NAME=0x1|0x2" of a flags field. */
static void print_flags_field(struct ltr_call *c, const char *label,
			      const struct ltr_xlat_table *t, uint32_t v)
{
	ltr_sb_printf(c->out, ", %s=", label);
	ltr_print_xt(c->out, t, v);
}

/* SG_IO v3 at entry: the header but interface_id, read from arg + 4. */
static enum ltr_ioctl_ret v3_request(struct ltr_call *c, uint64_t arg)
{
	struct v3_layout l;
	unsigned char b[88];
	uint32_t dir, dxfer_len;
	uint16_t count;

	v3_layout(c, &l);
	ltr_sb_puts(c->out, "{interface_id='S', ");
	if (!ltr_fetch(c, arg + 4, b + 4, l.size - 4)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	dir = ltr_get_u32(b + 4);
	count = ltr_get_u16(b + 10);
	dxfer_len = ltr_get_u32(b + 12);
	ltr_sb_puts(c->out, "dxfer_direction=");
	ltr_print_xt(c->out, LTR_XT(sg_io_dxfer_direction), dir);
	ltr_sb_printf(c->out, ", cmd_len=%u, cmdp=", b[8]);
	print_sg_buffer(c, ltr_get_uword(b + l.cmdp, l.ws), b[8], 0);
	ltr_sb_printf(c->out, ", mx_sb_len=%u, iovec_count=%u, dxfer_len=%u, timeout=%u", b[9],
		      count, dxfer_len, ltr_get_u32(b + l.timeout));
	print_flags_field(c, "flags", LTR_XT(sg_io_flags), ltr_get_u32(b + l.timeout + 4));
	if (dir == (uint32_t)SG_DXFER_TO_DEV || dir == (uint32_t)SG_DXFER_TO_FROM_DEV) {
		ltr_sb_puts(c->out, ", dxferp=");
		print_sg_buffer(c, ltr_get_uword(b + l.dxferp, l.ws), dxfer_len, count);
	}
	c->saved[1] = (uint64_t)V3_IID << 32 | dir;
	c->saved[2] = ltr_get_uword(b + l.dxferp, l.ws);
	c->saved[3] = ltr_get_uword(b + l.sbp, l.ws);
	return LTR_IOCTL_EXIT;
}

/* SG_IO v3 at exit: the header the kernel wrote back. */
static void v3_response(struct ltr_call *c, uint64_t arg)
{
	struct v3_layout l;
	unsigned char b[88];
	uint32_t dir, din_len, iid;
	int32_t resid;
	const unsigned char *s;

	v3_layout(c, &l);
	if (!ltr_fetch_quiet(c, arg, b, l.size)) {
		/* what entry read */
		if ((uint32_t)c->saved[1] == (uint32_t)SG_DXFER_FROM_DEV) {
			ltr_sb_puts(c->out, ", dxferp=");
			ltr_print_addr(c->out, c->saved[2]);
		}
		ltr_sb_puts(c->out, ", sbp=");
		ltr_print_addr(c->out, c->saved[3]);
		return;
	}
	iid = ltr_get_u32(b);
	if (iid != V3_IID) {
		ltr_sb_printf(c->out, " => interface_id=%u", iid);
		return;
	}
	dir = ltr_get_u32(b + 4);
	s = b + l.status;
	resid = (int32_t)ltr_get_u32(s + 8);
	if (dir == (uint32_t)SG_DXFER_FROM_DEV || dir == (uint32_t)SG_DXFER_TO_FROM_DEV) {
		din_len = ltr_get_u32(b + 12);
		if (resid > 0 && (uint32_t)resid <= din_len)
			din_len -= (uint32_t)resid;
		if (dir == (uint32_t)SG_DXFER_FROM_DEV || din_len) {
			ltr_sb_puts(c->out, dir == (uint32_t)SG_DXFER_FROM_DEV ? ", dxferp=" : " => dxferp=");
			print_sg_buffer(c, ltr_get_uword(b + l.dxferp, l.ws), din_len,
					ltr_get_u16(b + 10));
		}
	}
	ltr_sb_printf(c->out, ", status=%#x, masked_status=%#x, msg_status=%#x, sb_len_wr=%u, sbp=",
		      s[0], s[1], s[2], s[3]);
	print_sg_buffer(c, ltr_get_uword(b + l.sbp, l.ws), s[3], 0);
	ltr_sb_printf(c->out, ", host_status=%#x, driver_status=%#x, resid=%d, duration=%u",
		      ltr_get_u16(s + 4), ltr_get_u16(s + 6), resid, ltr_get_u32(s + 12));
	print_flags_field(c, "info", LTR_XT(sg_io_info), ltr_get_u32(s + 16));
}

/* SG_IO v4 at entry: struct sg_io_v4 but guard, read from arg + 4. */
static enum ltr_ioctl_ret v4_request(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[V4_SIZE];

	ltr_sb_puts(c->out, "{guard='Q', ");
	if (!ltr_fetch(c, arg + 4, b + 4, sizeof(b) - 4)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, "protocol=");
	ltr_print_xt(c->out, LTR_XT(bsg_protocol), ltr_get_u32(b + 4));
	ltr_sb_puts(c->out, ", subprotocol=");
	ltr_print_xt(c->out, LTR_XT(bsg_subprotocol), ltr_get_u32(b + 8));
	ltr_sb_printf(c->out, ", request_len=%u, request=", ltr_get_u32(b + 12));
	print_sg_buffer(c, ltr_get_u64(b + 16), ltr_get_u32(b + 12), 0);
	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, b, v4_request_mid);
	ltr_sb_puts(c->out, ", dout_xferp=");
	print_sg_buffer(c, ltr_get_u64(b + 72), ltr_get_u32(b + 60), ltr_get_u32(b + 56));
	ltr_sb_printf(c->out, ", timeout=%u", ltr_get_u32(b + 88));
	print_flags_field(c, "flags", LTR_XT(bsg_flags), ltr_get_u32(b + 92));
	ltr_sb_printf(c->out, ", usr_ptr=%#llx", (unsigned long long)ltr_get_u64(b + 96));
	c->saved[1] = (uint64_t)V4_GUARD << 32;
	c->saved[2] = ltr_get_u64(b + 48);
	c->saved[3] = ltr_get_u64(b + 80);
	return LTR_IOCTL_EXIT;
}

/* SG_IO v4 at exit: struct sg_io_v4 as the kernel wrote it back. */
static void v4_response(struct ltr_call *c, uint64_t arg)
{
	unsigned char b[V4_SIZE];
	uint32_t din_len, guard;
	int32_t din_resid;

	if (!ltr_fetch_quiet(c, arg, b, sizeof(b))) {
		/* what entry read */
		ltr_sb_printf(c->out, ", response=%#llx, din_xferp=%#llx",
			      (unsigned long long)c->saved[2], (unsigned long long)c->saved[3]);
		return;
	}
	guard = ltr_get_u32(b);
	if (guard != V4_GUARD) {
		ltr_sb_printf(c->out, " => guard=%u", guard);
		return;
	}
	ltr_sb_printf(c->out, ", response_len=%u, response=", ltr_get_u32(b + 132));
	print_sg_buffer(c, ltr_get_u64(b + 48), ltr_get_u32(b + 132), 0);
	din_len = ltr_get_u32(b + 68);
	din_resid = (int32_t)ltr_get_u32(b + 136);
	if (din_resid > 0 && (uint32_t)din_resid <= din_len)
		din_len -= (uint32_t)din_resid;
	ltr_sb_puts(c->out, ", din_xferp=");
	print_sg_buffer(c, ltr_get_u64(b + 80), din_len, ltr_get_u32(b + 64));
	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, b, v4_status);
	print_flags_field(c, "info", LTR_XT(sg_io_info), ltr_get_u32(b + 124));
	ltr_sb_puts(c->out, ", ");
	LTR_IOCTL_FIELDS(c, b, v4_tail);
}

/* SG_IO: the header its first int names, "[N]" for another one. */
static enum ltr_ioctl_ret sg_io(struct ltr_call *c, uint64_t arg)
{
	uint32_t iid;

	if (c->exiting) {
		if (c->saved[1] >> 32 == V3_IID)
			v3_response(c, arg);
		else
			v4_response(c, arg);
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", ");
	if (!ltr_fetch(c, arg, &iid, sizeof(iid)))
		return LTR_IOCTL_DONE;
	if (iid == V3_IID)
		return v3_request(c, arg);
	if (iid == V4_GUARD)
		return v4_request(c, arg);
	ltr_sb_printf(c->out, "[%u]", iid);
	return LTR_IOCTL_DONE;
}

/*
 * SG_GET_REQUEST_TABLE at exit: the first struct sg_req_info (four
 * chars, pack_id, the tracee's usr_ptr, duration), as strace shows it.
 * Its chars print signed, as on x86 (strace on aarch64 and riscv64,
 * whose char is unsigned, prints them unsigned).
 */
static void req_info(struct ltr_call *c, uint64_t arg)
{
	unsigned short ws = (unsigned short)ltr_wordsize(c);
	const struct ltr_ioctl_field fields[] = {
		LTR_IOCTL_F(req_state, 0, D8), LTR_IOCTL_F(orphan, 1, D8), LTR_IOCTL_F(sg_io_owned, 2, D8), LTR_IOCTL_F(problem, 3, D8),
		LTR_IOCTL_F(pack_id, 4, D32), LTR_IOCTL_F(usr_ptr, 8, PTR), LTR_IOCTL_F(duration, 8 + ws, U32),
	};

	LTR_IOCTL_STRUCT(c, arg, 16 + ws, fields);
}

/* SG_SCSI_RESET: "[SG_SCSI_RESET_NO_ESCALATE|SG_SCSI_RESET_DEVICE]". */
static void scsi_reset(struct ltr_call *c, uint64_t arg)
{
	uint32_t v;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	if (v & SG_SCSI_RESET_NO_ESCALATE) {
		ltr_print_xval(c->out, LTR_XT(sg_scsi_reset), SG_SCSI_RESET_NO_ESCALATE, NULL);
		ltr_sb_putc(c->out, '|');
	}
	ltr_print_xt(c->out, LTR_XT(sg_scsi_reset), v & ~(uint32_t)SG_SCSI_RESET_NO_ESCALATE);
	ltr_sb_putc(c->out, ']');
}

enum ltr_ioctl_ret ltr_ioctl_scsi(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case SG_IO:
		return sg_io(c, arg);
	case SG_GET_SCSI_ID: case SG_GET_REQUEST_TABLE:
	case SG_EMULATED_HOST: case SG_GET_ACCESS_COUNT: case SG_GET_COMMAND_Q:
	case SG_GET_KEEP_ORPHAN: case SG_GET_LOW_DMA: case SG_GET_NUM_WAITING:
	case SG_GET_PACK_ID: case SG_GET_RESERVED_SIZE: case SG_GET_SG_TABLESIZE:
	case SG_GET_TRANSFORM: case SG_GET_VERSION_NUM:
		/* filled by the kernel */
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		if (req == SG_GET_SCSI_ID)
			LTR_IOCTL_STRUCT(c, arg, 32, scsi_id_fields);
		else if (req == SG_GET_REQUEST_TABLE)
			req_info(c, arg);
		else
			ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case SG_SCSI_RESET:
		scsi_reset(c, arg);
		return LTR_IOCTL_DONE;
	case SG_NEXT_CMD_LEN: case SG_SET_COMMAND_Q: case SG_SET_DEBUG: case SG_SET_FORCE_LOW_DMA:
	case SG_SET_FORCE_PACK_ID: case SG_SET_KEEP_ORPHAN: case SG_SET_RESERVED_SIZE:
	case SG_SET_TIMEOUT:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case SG_SET_TRANSFORM:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, (uint32_t)arg);
		return LTR_IOCTL_DONE;
	case SG_GET_TIMEOUT:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
