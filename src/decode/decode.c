/* SPDX-License-Identifier: MIT */
/*
 * The generic decoder: prints a call from its row's argspecs (or hands it
 * to the row's custom decoder), and its return value, strace style.
 */
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "decoders.h"

struct ltr_decode_opts ltr_decode_opts = { .strsize = 32 };

/* The return value column of strace: "= " starts at column 40 (-a). */
#define RETVAL_COLUMN 40

/* strace prints these with "?" and its own text: the caller never sees them. */
static const char *restart_message(int err)
{
	switch (err) {
	case 512: return "To be restarted if SA_RESTART is set";  /* ERESTARTSYS */
	case 513: return "To be restarted";                       /* ERESTARTNOINTR */
	case 514: return "To be restarted if no handler";         /* ERESTARTNOHAND */
	case 516: return "Interrupted by signal";                 /* ERESTART_RESTARTBLOCK */
	default: return NULL;
	}
}

/* Unknown numbers: "syscall_0x1c3(0x1, 0x2, 0x3, 0x4, 0x5, 0x6" (all six). */
static void print_unknown_entry(struct ltr_call *c)
{
	unsigned i;

	ltr_sb_printf(c->out, "syscall_%#lx(", (unsigned long)c->nr);
	for (i = 0; i < 6; i++) {
		if (i)
			ltr_sb_append(c->out, ", ", 2);
		ltr_sb_printf(c->out, "%#llx",
			      (unsigned long long)ltr_word_mask(c, c->args[i]));
	}
	c->next_arg = 6;
}

void ltr_decode_entry(struct ltr_call *c)
{
	const struct ltr_syscall_desc *desc = c->desc;
	unsigned i;

	c->next_arg = 0;
	if (!desc) {
		print_unknown_entry(c);
		return;
	}
	ltr_sb_puts(c->out, desc->name);
	ltr_sb_putc(c->out, '(');
	if (desc->decode) {
		desc->decode(c);
		return;
	}
	for (i = 0; i < desc->nargs && i < 6; i++) {
		if (desc->args[i].print && desc->args[i].at_exit)
			break;
		if (!desc->args[i].print)
			continue;
		ltr_print_sep(c, i);
		desc->args[i].print(c, i);
	}
	/*
	 * The separator before the first output argument belongs to the
	 * entry text, as in strace's "read(3, <unfinished ...>".
	 */
	if (i < desc->nargs && i < 6)
		ltr_print_sep(c, i);
	c->next_arg = i;
}

void ltr_decode_exit(struct ltr_call *c)
{
	const struct ltr_syscall_desc *desc = c->desc;
	unsigned i;

	c->ret_suffix = NULL;
	if (desc && desc->decode) {
		desc->decode(c);
	} else if (desc) {
		for (i = c->next_arg; i < desc->nargs && i < 6; i++) {
			if (!desc->args[i].print)
				continue;
			if (i != c->next_arg)
				ltr_print_sep(c, i);
			desc->args[i].print(c, i);
		}
		c->next_arg = i;
	}
	ltr_sb_putc(c->out, ')');
}

static void print_error(struct ltr_call *c, int err)
{
	const char *name = ltr_errno_name(err);
	const char *restart = restart_message(err);

	if (restart) {
		ltr_sb_printf(c->out, "? %s (%s)", name, restart);
		return;
	}
	if (name)
		ltr_sb_printf(c->out, "-1 %s (%s)", name, strerror(err));
	else
		ltr_sb_printf(c->out, "-1 (errno %d)", err);
}

void ltr_decode_retval(struct ltr_call *c, unsigned col)
{
	ltr_decode_retval_at(c, col, RETVAL_COLUMN);
}

void ltr_decode_retval_at(struct ltr_call *c, unsigned col, unsigned column)
{
	struct ltr_strbuf *out = c->out;
	uint64_t uret = ltr_word_mask(c, (uint64_t)c->ret);

	/*
	 * exit_group and friends never reach ltr_decode_exit: close the
	 * argument list here.
	 */
	if (!c->exiting && out->len && out->data[out->len - 1] != ')') {
		ltr_sb_putc(out, ')');
		col++;
	}
	/* strace: ") ", spaces up to the column, "= " */
	if (col + 1 < column) {
		ltr_sb_reserve(out, column - col);
		memset(out->data + out->len, ' ', column - col);
		out->len += column - col;
		out->data[out->len] = '\0';
		ltr_sb_append(out, "= ", 2);
	} else {
		ltr_sb_append(out, " = ", 3);
	}
	if (c->ret_kind == LTR_RET_NONE || !c->exiting) {
		ltr_sb_putc(out, '?');
		return;
	}
	if (ltr_call_failed(c)) {
		print_error(c, (int)-c->ret);
		return;
	}
	switch (c->ret_kind) {
	case LTR_RET_UDEC:
		ltr_sb_put_udec(out, uret);
		break;
	case LTR_RET_HEX:
		ltr_sb_put_hex(out, uret);
		break;
	case LTR_RET_OCT:
		ltr_sb_printf(out, "%#03llo", (unsigned long long)uret);
		break;
	case LTR_RET_FD:
		ltr_print_fd(c, (int)c->ret);
		break;
	case LTR_RET_PID:
		ltr_print_pid(c, (int)c->ret);
		break;
	case LTR_RET_CUSTOM:
		ltr_sb_puts(out, c->ret_text);
		return;
	default:
		/* a success is unsigned, as strace prints it (huge, or injected) */
		if (c->ret < 0)
			ltr_sb_put_udec(out, uret);
		else
			ltr_sb_put_dec(out, c->ret);
		break;
	}
	if (c->ret_suffix)
		c->ret_suffix(c);
	else if (c->ret_text[0])
		ltr_sb_puts(out, c->ret_text);
}
