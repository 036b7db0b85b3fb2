/* SPDX-License-Identifier: MIT */
/*
 * capget, capset: the header and the three capability sets.
 */
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/*
 * One 32-bit half of a capability set, strace style: "1<<CAP_CHOWN|...",
 * bits from base on; "0x... /" "* CAP_??? *" "/" when none is known.
 */
static void print_cap_half(struct ltr_strbuf *out, uint32_t bits, unsigned base)
{
	const unsigned ncaps = LTR_XT(capabilities)->nvalues;
	uint32_t rest = bits;
	bool first = true;
	unsigned i;

	for (i = 0; i < 32 && base + i < ncaps; i++)
		if (bits >> i & 1)
			break;
	if (!bits || i == 32 || base + i >= ncaps) {
		ltr_print_xval(out, NULL, bits, bits ? "CAP_???" : NULL);
		return;
	}
	if (!ltr_xlat_begin(out, bits, LTR_XF_HEX))
		return;
	for (i = 0; i < 32 && base + i < ncaps; i++) {
		if (!(bits >> i & 1))
			continue;
		ltr_sb_printf(out, "%s1<<%s", first ? "" : "|", ltr_xlat_lookup(LTR_XT(capabilities), base + i));
		first = false;
		rest &= ~(1u << i);
	}
	if (rest)
		ltr_sb_printf(out, "|%#x", rest);
	ltr_xlat_end(out);
}

/* A capability set as strace prints it: its low half, then "|" and the high one. */
static void print_cap_set(struct ltr_strbuf *out, uint64_t set)
{
	uint32_t lo = (uint32_t)set, hi = (uint32_t)(set >> 32);

	if (lo || !hi)
		print_cap_half(out, lo, 0);
	if (hi) {
		if (lo)
			ltr_sb_putc(out, '|');
		print_cap_half(out, hi, 32);
	}
}

/* The header {version, pid}; returns its version (0 when unreadable). */
static uint32_t print_cap_header(struct ltr_call *c)
{
	int32_t hdr[2];

	if (!ltr_fetch(c, c->args[0], hdr, sizeof(hdr)))
		return 0;
	ltr_sb_puts(c->out, "{version=");
	ltr_print_xval(c->out, LTR_XT(cap_versions), (uint32_t)hdr[0],
		       "_LINUX_CAPABILITY_VERSION_???");
	ltr_sb_puts(c->out, ", pid=");
	ltr_print_pid(c, hdr[1]);
	ltr_sb_putc(c->out, '}');
	return (uint32_t)hdr[0];
}

/* The data: one 32-bit triple for version 1, two for versions 2 and 3. */
static void print_cap_data(struct ltr_call *c, uint32_t version)
{
	uint32_t d[6] = { 0 };
	unsigned n = version == 0x19980330 ? 1 : 2;

	if (!ltr_fetch(c, c->args[1], d, 12 * n))
		return;
	ltr_sb_puts(c->out, "{effective=");
	print_cap_set(c->out, d[0] | (uint64_t)d[3] << 32);
	ltr_sb_puts(c->out, ", permitted=");
	print_cap_set(c->out, d[1] | (uint64_t)d[4] << 32);
	ltr_sb_puts(c->out, ", inheritable=");
	print_cap_set(c->out, d[2] | (uint64_t)d[5] << 32);
	ltr_sb_putc(c->out, '}');
}

/*
 * capget(hdrp, datap) / capset(hdrp, datap): the header at entry, the
 * data at exit for capget (its address when the call failed) and at
 * entry for capset. The version in saved[0] picks the data's size.
 */
void ltr_decode_capget(struct ltr_call *c)
{
	bool get = strcmp(c->desc->name, "capget") == 0;

	if (!c->exiting) {
		c->saved[0] = print_cap_header(c);
		ltr_sb_puts(c->out, ", ");
		if (!get) {
			if (!c->args[1] || !c->saved[0])
				ltr_print_addr(c->out, c->args[1]);
			else
				print_cap_data(c, (uint32_t)c->saved[0]);
		}
		return;
	}
	if (get) {
		if (!c->args[1] || !c->saved[0] || ltr_call_failed(c))
			ltr_print_addr(c->out, c->args[1]);
		else
			print_cap_data(c, (uint32_t)c->saved[0]);
	}
}
