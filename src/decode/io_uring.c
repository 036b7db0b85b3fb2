/* SPDX-License-Identifier: MIT */
/*
 * io_uring_setup's struct io_uring_params.
 */
#include "ltr/decode.h"
#include "decoders.h"

/*
 * io_uring_setup(entries, params): the struct io_uring_params (120
 * bytes, same on every arch) at exit, once the kernel has filled it; a
 * failed call shows the address.
 */
void ltr_print_arg_uring_params(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	uint32_t p[30];
	const uint32_t *sq = p + 10, *cq = p + 20;

	if (!addr || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, p, sizeof(p)))
		return;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_flags(c->out, LTR_XT(uring_setup_flags), p[2], NULL);
	ltr_sb_printf(c->out, ", sq_thread_cpu=%u, sq_thread_idle=%u, sq_entries=%u, cq_entries=%u, features=",
		      p[3], p[4], p[0], p[1]);
	ltr_print_flags(c->out, LTR_XT(uring_features), p[5], NULL);
	ltr_sb_printf(c->out, ", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, array=%u}",
		      sq[0], sq[1], sq[2], sq[3], sq[4], sq[5], sq[6]);
	ltr_sb_printf(c->out, ", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, cqes=%u, flags=%u}}",
		      cq[0], cq[1], cq[2], cq[3], cq[4], cq[5], cq[6]);
}
