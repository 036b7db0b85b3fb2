/* SPDX-License-Identifier: MIT */
/*
 * The fixed header of a netlink message body (struct ifinfomsg, tcmsg,
 * inet_diag_msg ...), printed from a table of its fields, then the
 * attributes after it: every family's "{ifi_family=AF_INET, ifi_type=...}"
 * and "[{nla_len=...}]" come from here, as strace prints them. A new
 * message is a struct ltr_nl_header (and the odd field printer).
 */
#include "netlink.h"

/* The largest header a table may describe (inet_diag_msg: 72 bytes). */
#define HEADER_MAX 128u

/* Reads a width-byte little-endian field at p. */
static uint64_t get_field(const unsigned char *p, unsigned width)
{
	switch (width) {
	case 1: return p[0];
	case 2: return ltr_get_u16(p);
	case 8: return ltr_get_u64(p);
	default: return ltr_get_u32(p);
	}
}

/* One field; returns false when it printed nothing (a zero pad). */
static bool print_field(struct ltr_call *c, const struct ltr_nl_field *f,
			const unsigned char *hdr, bool first)
{
	const unsigned char *p = hdr + f->offset;
	uint64_t v = get_field(p, f->width);

	if (f->kind == LTR_NLF_X_NZ && !v)
		return false;
	if (!first)
		ltr_sb_puts(c->out, ", ");
	if (f->name)
		ltr_sb_printf(c->out, "%s=", f->name);
	switch (f->kind) {
	case LTR_NLF_U:
		ltr_sb_printf(c->out, "%llu", (unsigned long long)v);
		break;
	case LTR_NLF_X:
		ltr_nl_print_x(c->out, v);
		break;
	case LTR_NLF_X_NZ:
		ltr_sb_printf(c->out, "%#llx", (unsigned long long)v);
		break;
	case LTR_NLF_XVAL:
		ltr_print_xval(c->out, f->xt, v, f->unknown);
		break;
	case LTR_NLF_FLAGS:
		ltr_print_flags_dflt(c->out, f->xt, v, NULL, f->unknown);
		break;
	case LTR_NLF_IFINDEX:
		ltr_print_ifindex(c->out, (uint32_t)v);
		break;
	case LTR_NLF_PAIR:
		ltr_sb_printf(c->out, "[%u, %u]", ltr_get_u32(p), ltr_get_u32(p + 4));
		break;
	case LTR_NLF_FN:
		f->print(c, hdr);
		break;
	}
	return true;
}

void ltr_nl_print_header(struct ltr_call *c, uint8_t family, uint64_t addr, uint32_t len,
			 const struct ltr_nl_header *hdr)
{
	unsigned char buf[HEADER_MAX] = { family };
	bool first = true;
	unsigned i;

	ltr_sb_printf(c->out, "{%s=", hdr->family);
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	if (!hdr->nfields) {  /* the family alone: attributes after it, whatever its length */
		ltr_sb_putc(c->out, '}');
		if (hdr->attrs)
			ltr_nl_attrs_after(c, addr, len, hdr->size, hdr->attrs, NULL);
		return;
	}
	ltr_sb_puts(c->out, ", ");
	if (hdr->size > HEADER_MAX ||
	    !ltr_nl_fetch_fixed(c, addr, len, buf, hdr->size, 1)) {
		ltr_sb_putc(c->out, '}');
		return;
	}
	for (i = 0; i < hdr->nfields; i++)
		if (print_field(c, &hdr->fields[i], buf, first))
			first = false;
	ltr_sb_putc(c->out, '}');
	if (hdr->attrs)
		ltr_nl_attrs_after(c, addr, len, hdr->size, hdr->attrs, buf);
}
