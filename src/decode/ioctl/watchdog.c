/* SPDX-License-Identifier: MIT */
/* Watchdog requests (type 'W', linux/watchdog.h): ints in and out. */
#include <linux/watchdog.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_watchdog(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case WDIOC_GETSTATUS: case WDIOC_GETBOOTSTATUS: case WDIOC_GETTEMP:
	case WDIOC_GETTIMEOUT: case WDIOC_GETPRETIMEOUT: case WDIOC_GETTIMELEFT:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case WDIOC_SETTIMEOUT: case WDIOC_SETPRETIMEOUT:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case WDIOC_KEEPALIVE:
		/* documented as taking an int, which the kernel ignores */
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
