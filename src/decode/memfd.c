/* SPDX-License-Identifier: MIT */
/*
 * memfd_create: the name (at most the kernel's 249 bytes, NUL-terminated)
 * and the flags, whose huge page size is a field shifted by
 * MFD_HUGE_SHIFT ("MFD_HUGETLB|30<<MFD_HUGE_SHIFT").
 */
#include "ltr/decode.h"
#include "decoders.h"

/* MFD_NAME_MAX_LEN: NAME_MAX less "memfd:" */
#define MEMFD_NAME_MAX (255 - 6)
/* the huge page size field: 6 bits from bit 26 (HUGETLB_FLAG_ENCODE_*) */
#define MEMFD_HUGE_SHIFT 26
#define MEMFD_HUGE_MASK 0x3fu

void ltr_print_arg_memfd_name(struct ltr_call *c, unsigned idx)
{
	ltr_print_strn0(c, ltr_arg_word(c, idx), MEMFD_NAME_MAX + 1);
}

/*
 * The flags, an unsigned int: the bits of memfd_flags.in, the unknown
 * ones in hex, then the huge page field. Under -X verbose all of it
 * goes in the comment after the number.
 */
void ltr_print_arg_memfd_flags(struct ltr_call *c, unsigned idx)
{
	uint32_t flags = (uint32_t)c->args[idx];
	uint32_t huge = flags & (MEMFD_HUGE_MASK << MEMFD_HUGE_SHIFT);
	uint32_t rest = flags & ~huge;

	if (!flags) {
		ltr_sb_putc(c->out, '0');
		return;
	}
	if (!ltr_xlat_begin(c->out, flags, LTR_XF_HEX))
		return;
	if (rest || !huge) {
		uint64_t left = rest;

		if (ltr_print_flag_names(c->out, LTR_XT(memfd_flags), &left, 0) == 0)
			ltr_sb_printf(c->out, "%#llx /* MFD_??? */", (unsigned long long)left);
		else if (left)
			ltr_sb_printf(c->out, "|%#llx", (unsigned long long)left);
	}
	if (huge)
		ltr_sb_printf(c->out, "%s%u<<MFD_HUGE_SHIFT", rest ? "|" : "",
			      huge >> MEMFD_HUGE_SHIFT);
	ltr_xlat_end(c->out);
}
