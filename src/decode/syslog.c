/* SPDX-License-Identifier: MIT */
/*
 * syslog(2) (klogctl): the action, always with its name in a comment as
 * strace prints it, and the buffer and length only for the actions that
 * use them (the read ones' buffer at exit).
 */
#include "ltr/decode.h"
#include "decoders.h"

enum {
	ACTION_READ = 2, ACTION_READ_ALL = 3, ACTION_READ_CLEAR = 4,
	ACTION_CONSOLE_LEVEL = 8,
};

/* A decimal constant with its name in a comment but under -X raw. */
static void print_dec_verbose(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
			      int val, const char *unknown)
{
	int prev = ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW ? LTR_XLAT_RAW
				  : LTR_XLAT_VERBOSE);

	ltr_print_xval_fmt(out, t, (uint64_t)(int64_t)val, LTR_XF_DEC, unknown);
	ltr_xlat_force(prev);
}

/* syslog(type, bufp, len) */
void ltr_decode_syslog(struct ltr_call *c)
{
	int type = ltr_call_arg_int(c, 0), len = ltr_call_arg_int(c, 2);
	uint64_t buf = c->args[1];

	if (c->exiting) {
		if (type < ACTION_READ || type > ACTION_READ_CLEAR)
			return;
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, buf);
		else
			ltr_print_buf(c, buf, (uint64_t)c->ret);
		ltr_sb_printf(c->out, ", %d", len);
		return;
	}
	print_dec_verbose(c->out, LTR_XT(syslog_actions), type, "SYSLOG_ACTION_???");
	switch (type) {
	case 0: case 1: case 5: case 6: case 7: case 9: case 10:
		/* no buffer, no length */
		return;
	case ACTION_READ: case ACTION_READ_ALL: case ACTION_READ_CLEAR:
		ltr_sb_puts(c->out, ", ");
		return;
	case ACTION_CONSOLE_LEVEL:
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, buf);
		ltr_sb_puts(c->out, ", ");
		print_dec_verbose(c->out, LTR_XT(syslog_console_levels), len, "LOGLEVEL_???");
		return;
	default:
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, buf);
		ltr_sb_printf(c->out, ", %d", len);
		return;
	}
}
