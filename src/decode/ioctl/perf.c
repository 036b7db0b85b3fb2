/* SPDX-License-Identifier: MIT */
/*
 * perf_event descriptors' requests (type '$', linux/perf_event.h). The
 * requests of pointer size (SET_FILTER, ID, QUERY_BPF,
 * MODIFY_ATTRIBUTES) have their i386 values too; MODIFY_ATTRIBUTES'
 * struct perf_event_attr prints as perf_event_open's (../perf.c).
 */
#include "ioctl.h"

#define IOC(dir, nr, size) (((uint32_t)(dir) << 30) | ((uint32_t)(size) << 16) | ('$' << 8) | (nr))
enum {
	PERF_EVENT_IOC_ENABLE = IOC(0, 0, 0),
	PERF_EVENT_IOC_DISABLE = IOC(0, 1, 0),
	PERF_EVENT_IOC_REFRESH = IOC(0, 2, 0),
	PERF_EVENT_IOC_RESET = IOC(0, 3, 0),
	PERF_EVENT_IOC_PERIOD = IOC(LTR_IOC_WRITE, 4, 8),
	PERF_EVENT_IOC_SET_OUTPUT = IOC(0, 5, 0),
	PERF_EVENT_IOC_PAUSE_OUTPUT = IOC(LTR_IOC_WRITE, 9, 4),
};
/* _IOW('$', 6, char *) and friends: the size is the tracee's pointer */
#define SIZED(dir, nr, ws) IOC(dir, nr, ws)

/* PERF_EVENT_IOC_QUERY_BPF: struct perf_event_query_bpf {ids_len, prog_cnt, ids[]} (u32). */
static bool print_u32_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%u", ltr_get_u32(e));
	return true;
}

static enum ltr_ioctl_ret query_bpf(struct ltr_call *c, uint64_t arg)
{
	uint32_t v;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{ids_len=%u, ", v);
		return LTR_IOCTL_EXIT;
	}
	if (ltr_call_failed(c) || !ltr_fetch_quiet(c, ltr_word_mask(c, arg + 4), &v, sizeof(v))) {
		ltr_sb_puts(c->out, "...}");
		return LTR_IOCTL_DONE;
	}
	ltr_sb_printf(c->out, "prog_cnt=%u, ids=", v);
	ltr_ioctl_print_array(c, ltr_word_mask(c, arg + 8), v, 4, print_u32_elem, NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_perf(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);

	switch (req) {
	case PERF_EVENT_IOC_ENABLE: case PERF_EVENT_IOC_DISABLE: case PERF_EVENT_IOC_RESET:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(perf_ioctl_flags), (uint32_t)arg);
		return LTR_IOCTL_DONE;
	case PERF_EVENT_IOC_REFRESH:
		ltr_sb_printf(c->out, ", %d", (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case PERF_EVENT_IOC_PERIOD:
		ltr_ioctl_print_u64_ref(c, arg);
		return LTR_IOCTL_DONE;
	case PERF_EVENT_IOC_SET_OUTPUT:
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	case PERF_EVENT_IOC_PAUSE_OUTPUT:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	default:
		break;
	}
	if (req == SIZED(LTR_IOC_WRITE, 8, 4)) {   /* SET_BPF: _IOW('$', 8, __u32) */
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, (int)(uint32_t)arg);
		return LTR_IOCTL_DONE;
	}
	if (req == SIZED(LTR_IOC_WRITE, 6, ws)) {  /* SET_FILTER: a string */
		ltr_sb_puts(c->out, ", ");
		ltr_print_str(c, arg, 0);
		return LTR_IOCTL_DONE;
	}
	if (req == SIZED(LTR_IOC_READ, 7, ws)) {   /* ID: a u64 the kernel fills */
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_ioctl_print_u64_ref(c, arg);
		return LTR_IOCTL_DONE;
	}
	if (req == SIZED(LTR_IOC_READ | LTR_IOC_WRITE, 10, ws))   /* QUERY_BPF */
		return query_bpf(c, arg);
	if (req == SIZED(LTR_IOC_WRITE, 11, ws)) {  /* MODIFY_ATTRIBUTES */
		ltr_sb_puts(c->out, ", ");
		ltr_print_perf_event_attr(c, arg);
		return LTR_IOCTL_DONE;
	}
	return LTR_IOCTL_ARG;
}
