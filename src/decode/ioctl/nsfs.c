/* SPDX-License-Identifier: MIT */
/*
 * Namespace descriptors' requests (type 0xb7, linux/nsfs.h): the user
 * namespace and parent they return as descriptors, the namespace type
 * after the return value ("= 8 (CLONE_NEWUSER)"), the owner's uid.
 */
#include <stdio.h>
#include <linux/nsfs.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_nsfs(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	const char *type;
	uint32_t uid;

	switch (req) {
	case NS_GET_USERNS: case NS_GET_PARENT:
		c->ret_kind = LTR_RET_FD;
		return LTR_IOCTL_NOARG;
	case NS_GET_NSTYPE:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		type = ltr_call_failed(c) ? NULL : ltr_xlat_lookup(LTR_XT(clone_flags), (uint64_t)c->ret);
		if (type)
			snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", type);
		return LTR_IOCTL_DONE;
	case NS_GET_OWNER_UID:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, &uid, sizeof(uid))) {
			if (uid == (uint32_t)-1)
				ltr_sb_puts(c->out, "[-1]");
			else
				ltr_sb_printf(c->out, "[%u]", uid);
		}
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
