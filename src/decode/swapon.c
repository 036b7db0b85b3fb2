/* SPDX-License-Identifier: MIT */
/*
 * swapon(2)'s flags: the flag bits, then the priority in decimal
 * ("SWAP_FLAG_PREFER|42"; a bare "42" without flags). swapoff is a row
 * of syscalls.def alone.
 */
#include "ltr/decode.h"
#include "decoders.h"

#define SWAP_FLAG_PRIO_MASK_ 0x7fffu

void ltr_print_arg_swap_flags(struct ltr_call *c, unsigned idx)
{
	uint32_t flags = (uint32_t)c->args[idx];

	if (flags & ~SWAP_FLAG_PRIO_MASK_) {
		ltr_print_flags_dflt(c->out, LTR_XT(swap_flags), flags & ~SWAP_FLAG_PRIO_MASK_,
				     NULL, "SWAP_FLAG_???");
		ltr_sb_putc(c->out, '|');
	}
	ltr_sb_put_udec(c->out, flags & SWAP_FLAG_PRIO_MASK_);
}
