/* SPDX-License-Identifier: MIT */
/* /dev/random's requests (type 'R', linux/random.h). */
#include <linux/random.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_random(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char info[8];

	switch (req) {
	case RNDGETENTCNT:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case RNDADDTOENTCNT:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case RNDADDENTROPY:
		/* struct rand_pool_info: entropy_count, buf_size (int), then buf */
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, info, sizeof(info)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{entropy_count=%d, buf_size=%d, buf=",
			      (int)ltr_get_u32(info), (int)ltr_get_u32(info + 4));
		/* an int length, sign-extended to the tracee's word as strace takes it */
		ltr_print_buf(c, ltr_word_mask(c, arg + 8),
			      ltr_word_mask(c, (uint64_t)(int64_t)(int32_t)ltr_get_u32(info + 4)));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	case RNDZAPENTCNT: case RNDCLEARPOOL: case RNDRESEEDCRNG:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
