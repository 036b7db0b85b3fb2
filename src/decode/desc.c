/* SPDX-License-Identifier: MIT */
/*
 * Descriptor calls without a family of their own: pipe, pipe2, dup3's
 * flags and close_range, as strace 6.1 prints them.
 */
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/* pipe(fds) / pipe2(fds, flags): "[3, 4]" at exit (with -y: "[3<pipe:[N]>, ...]"). */
void ltr_decode_pipe(struct ltr_call *c)
{
	int32_t fds[2];

	if (!c->exiting)
		return;
	if (ltr_call_failed(c) || !c->args[0])
		ltr_print_addr(c->out, c->args[0]);
	else if (ltr_fetch(c, c->args[0], fds, sizeof(fds)))
		ltr_print_fd_pair(c, fds);
	if (strcmp(c->desc->name, "pipe2") == 0) {
		ltr_sb_puts(c->out, ", ");
		/* strace prints them from the open flags, as dup3's */
		ltr_print_arg_dup3_flags(c, 1);
	}
}

void ltr_decode_close_range(struct ltr_call *c)
{
	if (c->exiting)
		return;
	/* strace prints both bounds as unsigned ints, never as descriptors */
	ltr_sb_printf(c->out, "%u, %u, ", (unsigned)c->args[0], (unsigned)c->args[1]);
	ltr_print_xt(c->out, LTR_XT(close_range_flags), (uint32_t)c->args[2]);
}

/*
 * dup3's flags: strace prints them from the open flags of the tracee's
 * arch, unknown bits with "O_???" ("O_TRUNC|O_CLOEXEC", "0x1 /" "* O_??? *" "/").
 */
void ltr_print_arg_dup3_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags_dflt(c->out, ltr_xlat_for_arch(LTR_XT(open_flags), c->arch),
			     (uint32_t)c->args[idx], NULL, "O_???");
}
