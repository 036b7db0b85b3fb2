/* SPDX-License-Identifier: MIT */
/*
 * Memory technology devices (type 'M', mtd/mtd-abi.h). Only OTPSELECT is
 * decoded yet: "[MTD_OTP_USER]", the mode it selects, read at entry as
 * strace reads it. Its number is also soundcard.h's MIXER_READ(13),
 * whose argument strace decodes the same way. The other 'M' requests
 * show their argument in hex.
 */
#include <linux/ioctl.h>
#include <mtd/mtd-abi.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_mtd(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char mode[4];

	if (req != OTPSELECT)
		return LTR_IOCTL_ARG;
	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, arg, mode, sizeof(mode))) {
		ltr_sb_putc(c->out, '[');
		ltr_print_xt(c->out, LTR_XT(mtd_otp_options), ltr_get_u32(mode));
		ltr_sb_putc(c->out, ']');
	}
	return LTR_IOCTL_DONE;
}
