/* SPDX-License-Identifier: MIT */
/*
 * epoll_ctl, epoll_wait, epoll_pwait, epoll_pwait2: struct epoll_event
 * (packed on x86), as strace 6.1 prints it.
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/*
 * struct epoll_event is packed on x86_64 and i386 (12 bytes), 16 bytes
 * elsewhere.
 */
static unsigned epoll_event_size(const struct ltr_call *c)
{
	if (ltr_arch_is(c, "x86_64") || ltr_arch_is(c, "i386"))
		return 12;
	return 16;
}

static void print_epoll_event(struct ltr_call *c, const unsigned char *p)
{
	uint32_t ev;
	uint64_t data;

	memcpy(&ev, p, 4);
	memcpy(&data, p + (epoll_event_size(c) == 12 ? 4 : 8), 8);
	ltr_sb_puts(c->out, "{events=");
	ltr_print_flags(c->out, LTR_XT(epoll_events), ev, NULL);
	ltr_sb_printf(c->out, ", data={u32=%u, u64=%llu}}", (uint32_t)data,
		      (unsigned long long)data);
}

/* epoll_ctl(epfd, op, fd, event) */
void ltr_decode_epoll_ctl(struct ltr_call *c)
{
	unsigned char buf[16];

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(epoll_ctl_ops), (uint32_t)c->args[1], "EPOLL_CTL_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_fd(c, ltr_call_arg_int(c, 2));
	ltr_sb_puts(c->out, ", ");
	/* EPOLL_CTL_DEL ignores the event: strace shows only its address */
	if (!c->args[3] || (uint32_t)c->args[1] == 2 /* EPOLL_CTL_DEL */)
		ltr_print_addr(c->out, c->args[3]);
	else if (ltr_fetch(c, c->args[3], buf, epoll_event_size(c)))
		print_epoll_event(c, buf);
}

/* epoll_wait(epfd, events, maxevents, timeout) / epoll_pwait(..., sigmask, size) */
void ltr_decode_epoll_wait(struct ltr_call *c)
{
	unsigned size = epoll_event_size(c);
	int64_t i;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	/* no event: "[]" without reading anything, as strace */
	if (ltr_call_failed(c) || (!ltr_call_verbose(c) && c->ret)) {
		ltr_print_addr(c->out, c->args[1]);
	} else {
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < c->ret && (uint64_t)i < ltr_array_max(c); i++) {
			unsigned char buf[16];

			if (i)
				ltr_sb_puts(c->out, ", ");
			if (ltr_mem_read(c->mem, c->args[1] + (uint64_t)i * size,
					 buf, size) != 0) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			print_epoll_event(c, buf);
		}
		if ((uint64_t)c->ret > ltr_array_max(c))
			ltr_sb_puts(c->out, ", ...");
		ltr_sb_putc(c->out, ']');
	}
	if (strcmp(c->desc->name, "epoll_pwait2") == 0) {
		/* the timeout is a struct __kernel_timespec on every arch */
		ltr_sb_printf(c->out, ", %d, ", ltr_call_arg_int(c, 2));
		ltr_print_timespec64(c, c->args[3]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[4], c->args[5], 8);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[5]);
		return;
	}
	ltr_sb_printf(c->out, ", %d, %d", ltr_call_arg_int(c, 2), ltr_call_arg_int(c, 3));
	if (strcmp(c->desc->name, "epoll_pwait") == 0) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[4], c->args[5], 8);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[5]);
	}
}
