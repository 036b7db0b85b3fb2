/* SPDX-License-Identifier: MIT */
/* inotify's request (type 'I'): INOTIFY_IOC_SETNEXTWD, an int by value. */
#include <linux/ioctl.h>
#include <linux/inotify.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_inotify(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	if (req != INOTIFY_IOC_SETNEXTWD)
		return LTR_IOCTL_ARG;
	ltr_sb_printf(c->out, ", %d", (int)(uint32_t)arg);
	return LTR_IOCTL_DONE;
}
