/* SPDX-License-Identifier: MIT */
/*
 * fanotify_init, fanotify_mark: the class and flags, the mark's mask.
 */
#include "ltr/decode.h"
#include "decoders.h"

/* fanotify_init(flags, event_f_flags): "FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY". */
void ltr_decode_fanotify_init(struct ltr_call *c)
{
	uint32_t flags = (uint32_t)c->args[0];

	if (c->exiting)
		return;
	ltr_print_xt(c->out, LTR_XT(fanotify_classes), flags & 0xc);
	flags &= ~0xcu;
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_xt(c->out, LTR_XT(fanotify_init_flags), flags);
	}
	ltr_sb_puts(c->out, ", ");
	ltr_print_open_flags(c, (uint32_t)c->args[1]);
}

/*
 * fanotify_mark(fd, flags, mask, dirfd, path); i386 passes the 64-bit
 * mask in two arguments (low half first), moving dirfd and path along.
 */
void ltr_decode_fanotify_mark(struct ltr_call *c)
{
	bool split = ltr_wordsize(c) == 4;
	uint64_t mask = split ? (c->args[2] & 0xffffffffu) | c->args[3] << 32 : c->args[2];
	unsigned next = split ? 4 : 3;

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(fanotify_mark_flags), (uint32_t)c->args[1]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(fanotify_events), mask);
	ltr_sb_puts(c->out, ", ");
	if (ltr_call_arg_int(c, next) == -1) /* FAN_NOFD */
		ltr_print_xt(c->out, LTR_XT(fanotify_fds), (uint64_t)-1);
	else
		ltr_print_dirfd(c, ltr_call_arg_int(c, next));
	ltr_sb_puts(c->out, ", ");
	ltr_print_path(c, ltr_word_mask(c, c->args[next + 1]));
}
