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

static bool print_event_elem(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	(void)size;
	(void)data;
	print_epoll_event(c, elem);
	return true;
}

/*
 * epoll_wait(epfd, events, maxevents, timeout) / epoll_pwait(..., sigmask,
 * size) / epoll_pwait2(..., timespec, sigmask, size): the events the call
 * returned (an array of ret elements, ltr_print_array()); the timespec
 * and the sigmask are read at exit, so a failed call shows their
 * addresses, as strace.
 */
void ltr_decode_epoll_wait(struct ltr_call *c)
{
	bool failed = ltr_call_failed(c);

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (failed)
		ltr_print_addr(c->out, ltr_arg_word(c, 1));
	else
		ltr_print_array(c, ltr_arg_word(c, 1), (uint64_t)c->ret, epoll_event_size(c),
				print_event_elem, NULL);
	ltr_sb_printf(c->out, ", %d, ", ltr_call_arg_int(c, 2));
	if (strcmp(c->desc->name, "epoll_pwait2") == 0) {
		/* the timeout is a struct __kernel_timespec on every arch */
		if (failed)
			ltr_print_addr(c->out, ltr_arg_word(c, 3));
		else
			ltr_print_timespec64(c, ltr_arg_word(c, 3));
	} else {
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 3));
	}
	if (strcmp(c->desc->name, "epoll_wait") == 0)
		return;
	ltr_sb_puts(c->out, ", ");
	if (failed)
		ltr_print_addr(c->out, ltr_arg_word(c, 4));
	else
		ltr_print_sigset_addr(c, ltr_arg_word(c, 4), ltr_arg_word(c, 5), 8);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)ltr_arg_word(c, 5));
}
