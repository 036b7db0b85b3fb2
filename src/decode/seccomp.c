/* SPDX-License-Identifier: MIT */
/*
 * seccomp(2): its operations, filter flags, the filter program
 * ("{len=2, filter=0x...}", its instructions with -v: bpf_filter.c),
 * SECCOMP_GET_ACTION_AVAIL's action and SECCOMP_GET_NOTIF_SIZES' sizes.
 */
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

enum {
	SET_MODE_STRICT, SET_MODE_FILTER, GET_ACTION_AVAIL, GET_NOTIF_SIZES,
};

/*
 * seccomp(op, flags, args): args per operation, a filter program, the
 * action asked about, or the sizes the kernel stores (at exit); flags
 * are filter flags for SECCOMP_SET_MODE_FILTER, else a number.
 */
void ltr_decode_seccomp(struct ltr_call *c)
{
	uint32_t op = (uint32_t)c->args[0], flags = (uint32_t)c->args[1];
	uint64_t addr = ltr_arg_word(c, 2);
	unsigned char sizes[6];
	uint32_t act;

	if (c->exiting) {
		if (op != GET_NOTIF_SIZES)
			return;
		if (ltr_call_failed(c)) {
			ltr_print_addr(c->out, addr);
			return;
		}
		if (!ltr_fetch(c, addr, sizes, sizeof(sizes)))
			return;
		ltr_sb_printf(c->out, "{seccomp_notif=%u, seccomp_notif_resp=%u, "
			      "seccomp_data=%u}", ltr_get_u16(sizes),
			      ltr_get_u16(sizes + 2), ltr_get_u16(sizes + 4));
		return;
	}
	ltr_print_xval(c->out, LTR_XT(seccomp_ops), op, "SECCOMP_SET_MODE_???");
	ltr_sb_puts(c->out, ", ");
	switch (op) {
	case SET_MODE_FILTER:
		ltr_print_flags_dflt(c->out, LTR_XT(seccomp_filter_flags), flags, NULL,
				     "SECCOMP_FILTER_FLAG_???");
		ltr_sb_puts(c->out, ", ");
		ltr_print_seccomp_fprog(c, addr);
		return;
	case GET_ACTION_AVAIL:
		ltr_sb_put_hex(c->out, flags);
		ltr_sb_puts(c->out, ", ");
		if (!ltr_fetch(c, addr, &act, sizeof(act)))
			return;
		ltr_sb_putc(c->out, '[');
		ltr_print_xval(c->out, LTR_XT(seccomp_ret_action), act, "SECCOMP_RET_???");
		ltr_sb_putc(c->out, ']');
		return;
	case GET_NOTIF_SIZES:
		ltr_sb_put_hex(c->out, flags);
		ltr_sb_puts(c->out, ", ");
		return;
	default:
		ltr_sb_put_hex(c->out, flags);
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, addr);
		return;
	}
}
