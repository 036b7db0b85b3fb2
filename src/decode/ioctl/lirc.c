/* SPDX-License-Identifier: MIT */
/*
 * LIRC requests (type 'i', linux/lirc.h): each takes a __u32 by
 * reference, read at entry for the SET requests and at exit for the GET
 * ones: the feature bits, a mode, the transmitter mask in hex, else a
 * number.
 */
#include <linux/ioctl.h>
#include <linux/lirc.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_lirc(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	uint32_t v;

	switch (req) {
	case LIRC_GET_FEATURES: case LIRC_GET_SEND_MODE: case LIRC_GET_REC_MODE:
	case LIRC_GET_REC_RESOLUTION: case LIRC_GET_MIN_TIMEOUT: case LIRC_GET_MAX_TIMEOUT:
	case LIRC_GET_LENGTH: case LIRC_SET_SEND_MODE: case LIRC_SET_REC_MODE:
	case LIRC_SET_SEND_CARRIER: case LIRC_SET_REC_CARRIER: case LIRC_SET_SEND_DUTY_CYCLE:
	case LIRC_SET_TRANSMITTER_MASK: case LIRC_SET_REC_TIMEOUT:
	case LIRC_SET_REC_TIMEOUT_REPORTS: case LIRC_SET_MEASURE_CARRIER_MODE:
	case LIRC_SET_REC_CARRIER_RANGE: case LIRC_SET_WIDEBAND_RECEIVER:
	case LIRC_GET_REC_TIMEOUT:
		break;
	default:
		return LTR_IOCTL_ARG;
	}
	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (LTR_IOC_DIR(req) == LTR_IOC_READ)
			return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '[');
	switch (req) {
	case LIRC_GET_FEATURES:
		ltr_print_xt(c->out, LTR_XT(lirc_features), v);
		break;
	case LIRC_GET_SEND_MODE: case LIRC_GET_REC_MODE:
	case LIRC_SET_SEND_MODE: case LIRC_SET_REC_MODE:
		ltr_print_xt(c->out, LTR_XT(lirc_modes), v);
		break;
	case LIRC_SET_TRANSMITTER_MASK:
		ltr_sb_put_hex(c->out, v);
		break;
	default:
		ltr_sb_put_udec(c->out, v);
		break;
	}
	ltr_sb_putc(c->out, ']');
	return LTR_IOCTL_DONE;
}
