/* SPDX-License-Identifier: MIT */
/*
 * prctl and arch_prctl: options and the arguments each one uses.
 */
#include <stdio.h>

#include "ltr/decode.h"
#include "decoders.h"

/* --- arch_prctl --- */

/* arch_prctl(code, addr): GET_FS/GET_GS print "[0x7f...]" at exit. */
void ltr_decode_arch_prctl(struct ltr_call *c)
{
	uint32_t code = (uint32_t)c->args[0];
	uint64_t v;

	if (!c->exiting) {
		ltr_print_xval(c->out, ltr_xlat_for_arch(LTR_XT(arch_prctl_codes), c->arch),
			       code, "ARCH_???");
		if (code == 0x1011)
			return;
		if (code == 0x1003 || code == 0x1004 || code == 0x1021 ||
		    code == 0x1022) {
			ltr_sb_puts(c->out, ", ");
			return;
		}
		ltr_sb_puts(c->out, ", ");
		if (code == 0x1012 || code == 0x1023)
			ltr_sb_printf(c->out, "%llu", (unsigned long long)c->args[1]);
		else
			ltr_print_addr(c->out, c->args[1]);
		return;
	}
	if (code != 0x1003 && code != 0x1004 && code != 0x1021 && code != 0x1022)
		return;
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, c->args[1], &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%#llx]", (unsigned long long)v);
	else
		ltr_print_addr(c->out, c->args[1]);
}

/* --- prctl --- */

static void print_ulong_args(struct ltr_call *c, unsigned from, unsigned to)
{
	unsigned i;

	for (i = from; i <= to; i++)
		ltr_sb_printf(c->out, ", %#llx", (unsigned long long)
			      (ltr_wordsize(c) == 4 ? (uint32_t)c->args[i] : c->args[i]));
}

/*
 * prctl(option, ...): the common options with their own argument shapes;
 * others print every argument in hex, as strace does for unknown ones.
 */
void ltr_decode_prctl(struct ltr_call *c)
{
	uint32_t opt = (uint32_t)c->args[0];
	int32_t v;

	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(prctl_options), opt, "PR_???");
		switch (opt) {
		case 1:
			ltr_sb_puts(c->out, ", ");
			ltr_print_signame(c->out, ltr_call_arg_int(c, 1));
			return;
		case 2: case 16:
			ltr_sb_puts(c->out, ", ");
			return;
		case 3: case 7: case 21: case 37:
			return;
		case 4:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(dumpable), c->args[1], NULL);
			return;
		case 8: case 36:
			ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[1]);
			return;
		case 15:
			ltr_sb_puts(c->out, ", ");
			ltr_print_str(c, c->args[1], 15);
			return;
		case 23: case 24: {
			uint64_t cap = c->args[1];

			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(capabilities), cap, "CAP_???");
			return;
		}
		case 38: case 39:
			ltr_sb_printf(c->out, ", %llu, %llu, %llu, %llu",
				      (unsigned long long)c->args[1],
				      (unsigned long long)c->args[2],
				      (unsigned long long)c->args[3],
				      (unsigned long long)c->args[4]);
			return;
		default:
			print_ulong_args(c, 1, 4);
			return;
		}
	}
	switch (opt) {
	case 2:
		if (ltr_call_failed(c) || !ltr_fetch_quiet(c, c->args[1], &v, sizeof(v))) {
			ltr_print_addr(c->out, c->args[1]);
		} else {
			ltr_sb_putc(c->out, '[');
			ltr_print_signame(c->out, v);
			ltr_sb_putc(c->out, ']');
		}
		return;
	case 16:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, c->args[1]);
		else
			ltr_print_str(c, c->args[1], 15);
		return;
	case 3:
		if (!ltr_call_failed(c)) {
			const char *n = ltr_xlat_lookup(LTR_XT(dumpable), (uint64_t)c->ret);

			if (n)
				snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", n);
		}
		return;
	default:
		return;
	}
}
