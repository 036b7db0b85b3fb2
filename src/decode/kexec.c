/* SPDX-License-Identifier: MIT */
/*
 * kexec_load(2): its segments and its flags, architecture first
 * (kexec_file_load is a row of syscalls.def alone).
 */
#include "ltr/decode.h"
#include "decoders.h"

#define KEXEC_SEGMENT_MAX_ 16 /* more: the kernel refuses, strace shows the address */
#define KEXEC_ARCH_MASK_ 0xffff0000ULL

/* One struct kexec_segment (buf, bufsz, mem, memsz: words of the tracee). */
static bool print_segment(struct ltr_call *c, const unsigned char *seg, unsigned size,
			  void *data)
{
	unsigned ws = size / 4;

	(void)data;
	ltr_sb_puts(c->out, "{buf=");
	ltr_print_addr(c->out, ltr_get_uword(seg, ws));
	ltr_sb_printf(c->out, ", bufsz=%llu, mem=", (unsigned long long)ltr_get_uword(seg + ws, ws));
	ltr_print_addr(c->out, ltr_get_uword(seg + 2 * ws, ws));
	ltr_sb_printf(c->out, ", memsz=%llu}", (unsigned long long)ltr_get_uword(seg + 3 * ws, ws));
	return true;
}

/* The nr segments at addr: "[{buf=..., bufsz=..., mem=..., memsz=...}]". */
static void print_segments(struct ltr_call *c, uint64_t addr, uint64_t nr)
{
	if (nr > KEXEC_SEGMENT_MAX_ || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_array(c, addr, nr, 4 * ltr_wordsize(c), print_segment, NULL);
}

/* kexec_load(entry, nr_segments, segments, flags) */
void ltr_decode_kexec_load(struct ltr_call *c)
{
	uint64_t nr = ltr_arg_word(c, 1), flags = ltr_arg_word(c, 3);

	if (c->exiting)
		return;
	ltr_print_addr(c->out, ltr_arg_word(c, 0));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)nr);
	print_segments(c, ltr_arg_word(c, 2), nr);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(kexec_arch_values), flags & KEXEC_ARCH_MASK_,
		       "KEXEC_ARCH_???");
	flags &= ~KEXEC_ARCH_MASK_;
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags_dflt(c->out, LTR_XT(kexec_load_flags), flags, NULL,
				     "KEXEC_???");
	}
}
