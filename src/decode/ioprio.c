/* SPDX-License-Identifier: MIT */
/*
 * I/O priorities: ioprio_get and ioprio_set, whose priority strace shows
 * as the kernel's macro composing it, "IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE,
 * 4)" (the class in the bits from 13 up, the data in the 13 below).
 */
#include "ltr/decode.h"
#include "decoders.h"

/*
 * A priority, an int: its number under -X raw, the macro otherwise (in
 * a comment after the number under -X verbose, the class then printed
 * in that style too).
 */
static void print_ioprio(struct ltr_strbuf *out, uint32_t prio)
{
	if (!ltr_xlat_begin(out, (uint64_t)(int64_t)(int32_t)prio, LTR_XF_DEC))
		return;
	ltr_sb_puts(out, "IOPRIO_PRIO_VALUE(");
	ltr_print_xt(out, LTR_XT(ioprio_class), prio >> 13);
	ltr_sb_printf(out, ", %u)", prio & 0x1fff);
	ltr_xlat_end(out);
}

/* ioprio_get's value after "= N": " (IOPRIO_PRIO_VALUE(...))" */
static void print_ioprio_ret(struct ltr_call *c)
{
	if (ltr_xlat_style() == LTR_XLAT_RAW)
		return;
	ltr_sb_puts(c->out, " (");
	/* the comment holds the macro alone, whatever the style */
	ltr_sb_puts(c->out, "IOPRIO_PRIO_VALUE(");
	ltr_print_xt(c->out, LTR_XT(ioprio_class), (uint32_t)c->ret >> 13);
	ltr_sb_printf(c->out, ", %u))", (unsigned)((uint32_t)c->ret & 0x1fff));
}

/* ioprio_get(which, who), ioprio_set(which, who, ioprio) */
void ltr_decode_ioprio(struct ltr_call *c)
{
	if (c->exiting) {
		if (c->desc->nargs == 2 && !ltr_call_failed(c) && !(c->dflags & LTR_CALL_RAW))
			c->ret_suffix = print_ioprio_ret;
		return;
	}
	ltr_print_xt(c->out, LTR_XT(ioprio_who), (uint32_t)c->args[0]);
	ltr_sb_puts(c->out, ", ");
	/* who: a pid (-Y shows its command), a process group or a uid */
	if ((uint32_t)c->args[0] == 1)
		ltr_print_pid(c, ltr_call_arg_int(c, 1));
	else if ((uint32_t)c->args[0] == 2)
		ltr_print_pid_type(c, ltr_call_arg_int(c, 1), LTR_PT_PGID);
	else
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 1));
	if (c->desc->nargs == 3) {
		ltr_sb_puts(c->out, ", ");
		print_ioprio(c->out, (uint32_t)c->args[2]);
	}
}
