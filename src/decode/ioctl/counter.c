/* SPDX-License-Identifier: MIT */
/* Counter device requests (type '>', linux/counter.h): struct counter_watch. */
#include <linux/ioctl.h>
#include <linux/counter.h>

#include "ioctl.h"

enum ltr_ioctl_ret ltr_ioctl_counter(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char w[6];

	switch (req) {
	case COUNTER_ADD_WATCH_IOCTL:
		/* struct counter_watch: component {type, scope, parent, id}, event, channel (u8) */
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, w, sizeof(w)))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{component={type=");
		ltr_print_xt(c->out, LTR_XT(counter_component_types), w[0]);
		ltr_sb_puts(c->out, ", scope=");
		ltr_print_xt(c->out, LTR_XT(counter_scopes), w[1]);
		ltr_sb_printf(c->out, ", parent=%u, id=%u}, event=", w[2], w[3]);
		ltr_print_xt(c->out, LTR_XT(counter_events), w[4]);
		ltr_sb_printf(c->out, ", channel=%u}", w[5]);
		return LTR_IOCTL_DONE;
	case COUNTER_ENABLE_EVENTS_IOCTL: case COUNTER_DISABLE_EVENTS_IOCTL:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
