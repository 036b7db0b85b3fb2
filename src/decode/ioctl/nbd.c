/* SPDX-License-Identifier: MIT */
/*
 * Network block device requests (type 0xab, linux/nbd.h): the socket's
 * descriptor, the sizes and timeout as unsigned numbers, the
 * transmission flags; the others take no argument.
 */
#include <linux/ioctl.h>
#include <linux/nbd.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_nbd(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case NBD_DISCONNECT: case NBD_CLEAR_SOCK: case NBD_DO_IT: case NBD_CLEAR_QUE:
	case NBD_PRINT_DEBUG:
		return LTR_IOCTL_NOARG;
	case NBD_SET_SOCK:
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case NBD_SET_BLKSIZE: case NBD_SET_SIZE: case NBD_SET_SIZE_BLOCKS: case NBD_SET_TIMEOUT:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	case NBD_SET_FLAGS:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(nbd_ioctl_flags), arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
