/* SPDX-License-Identifier: MIT */
/*
 * _sysctl(2): the struct __sysctl_args it takes, its pointers as
 * addresses (the kernel has not implemented the call since 5.5).
 */
#include "ltr/decode.h"
#include "decoders.h"

/*
 * struct __sysctl_args in the tracee's words: name, nlen (an int in a
 * word's room), oldval, oldlenp, newval, newlen, __unused[4].
 */
void ltr_print_arg_sysctl_args(struct ltr_call *c, unsigned idx)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char a[10 * 8];

	if (!ltr_fetch(c, ltr_arg_word(c, idx), a, 10 * ws))
		return;
	ltr_sb_puts(c->out, "{name=");
	ltr_print_addr(c->out, ltr_get_uword(a, ws));
	ltr_sb_printf(c->out, ", nlen=%d, oldval=", (int32_t)ltr_get_u32(a + ws));
	ltr_print_addr(c->out, ltr_get_uword(a + 2 * ws, ws));
	ltr_sb_puts(c->out, ", oldlenp=");
	ltr_print_addr(c->out, ltr_get_uword(a + 3 * ws, ws));
	ltr_sb_puts(c->out, ", newval=");
	ltr_print_addr(c->out, ltr_get_uword(a + 4 * ws, ws));
	ltr_sb_printf(c->out, ", newlen=%llu}", (unsigned long long)ltr_get_uword(a + 5 * ws, ws));
}
