/* SPDX-License-Identifier: MIT */
/* Constant and flag tables, printed in the style of -X; see include/ltr/xlat.h. */
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "ltr/xlat.h"

static int forced = -1;

enum ltr_xlat_style ltr_xlat_style(void)
{
	return forced >= 0 ? (enum ltr_xlat_style)forced : ltr_decode_opts.xlat_style;
}

int ltr_xlat_force(int style)
{
	int prev = forced;

	forced = style;
	return prev;
}

int ltr_xlat_force_verbose(void)
{
	return ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW ? LTR_XLAT_RAW : LTR_XLAT_VERBOSE);
}

const struct ltr_xlat_table *ltr_xlat_for_arch(const struct ltr_xlat_table *t,
					       const struct ltr_arch *arch)
{
	const struct ltr_xlat_variant *v;

	if (!arch)
		return t;
	for (v = t->variants; v && v->table; v++)
		if (v->audit_arch == arch->audit_arch)
			return v->table;
	return t;
}

const char *ltr_xlat_lookup(const struct ltr_xlat_table *table, uint64_t val)
{
	const struct ltr_xlat *x;

	if (table->by_value)
		return val < table->nvalues ? table->by_value[val] : NULL;
	for (x = table->xlat; x->name; x++)
		if (x->val == val)
			return x->name;
	return NULL;
}

int ltr_xlat_value(const struct ltr_xlat_table *table, const char *name, uint64_t *val)
{
	const struct ltr_xlat *x;

	for (x = table->xlat; x->name; x++) {
		if (strcmp(x->name, name) == 0) {
			*val = x->val;
			return 0;
		}
	}
	return -1;
}

void ltr_print_xlat_val(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt)
{
	switch (fmt) {
	case LTR_XF_UDEC:
		ltr_sb_put_udec(out, val);
		break;
	case LTR_XF_DEC:
		ltr_sb_put_dec(out, (int64_t)val);
		break;
	case LTR_XF_OCT:
		ltr_sb_printf(out, "%#03llo", (unsigned long long)val);
		break;
	default:
		ltr_sb_printf(out, "%#llx", (unsigned long long)val);
		break;
	}
}

static void print_comment(struct ltr_strbuf *out, const char *text)
{
	ltr_sb_puts(out, " /* ");
	ltr_sb_puts(out, text);
	ltr_sb_puts(out, " */");
}

void ltr_print_xlat(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt,
		    const char *name)
{
	enum ltr_xlat_style style = ltr_xlat_style();

	if (name && style == LTR_XLAT_ABBREV) {
		ltr_sb_puts(out, name);
		return;
	}
	ltr_print_xlat_val(out, val, fmt);
	if (name && style == LTR_XLAT_VERBOSE)
		print_comment(out, name);
}

void ltr_print_xval_fmt(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			uint64_t val, enum ltr_xlat_fmt fmt, const char *unknown)
{
	const char *name;

	if (ltr_xlat_style() == LTR_XLAT_RAW) {
		ltr_print_xlat_val(out, val, fmt);
		return;
	}
	name = table ? ltr_xlat_lookup(table, val) : NULL;
	if (name) {
		ltr_print_xlat(out, val, fmt, name);
		return;
	}
	/* unknown values print alike in the abbrev and verbose styles */
	ltr_print_xlat_val(out, val, fmt);
	if (unknown)
		print_comment(out, unknown);
}

void ltr_print_xval(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
		    uint64_t val, const char *unknown)
{
	ltr_print_xval_fmt(out, table, val, LTR_XF_HEX, unknown);
}

void ltr_print_xval_dec(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			uint64_t val, const char *unknown)
{
	ltr_print_xval_fmt(out, table, val, LTR_XF_UDEC, unknown);
}

void ltr_print_flags(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
		     uint64_t val, const char *zero_name)
{
	ltr_print_flags_dflt(out, table, val, zero_name, NULL);
}

/* Whether some non-zero entry of table has all its bits in val. */
static bool any_known(const struct ltr_xlat_table *table, uint64_t val)
{
	const struct ltr_xlat *x;

	for (x = table->xlat; x->name; x++)
		if (x->val && (val & x->val) == x->val)
			return true;
	return false;
}

unsigned ltr_print_flag_names(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			      uint64_t *val, unsigned printed)
{
	const struct ltr_xlat *x;

	for (x = table->xlat; x->name; x++) {
		if (x->val == 0 || (*val & x->val) != x->val)
			continue;
		if (printed++)
			ltr_sb_putc(out, '|');
		ltr_sb_puts(out, x->name);
		*val &= ~x->val;
	}
	return printed;
}

void ltr_print_flags_dflt(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			  uint64_t val, const char *zero_name, const char *unknown)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	unsigned printed;

	if (style == LTR_XLAT_RAW) {
		ltr_print_xlat_val(out, val, LTR_XF_HEX);
		return;
	}
	if (val == 0) {
		const char *name = ltr_xlat_lookup(table, 0);

		ltr_print_xlat(out, 0, LTR_XF_HEX, name ? name : zero_name);
		return;
	}
	if (!any_known(table, val)) {
		ltr_print_xlat_val(out, val, LTR_XF_HEX);
		if (unknown)
			print_comment(out, unknown);
		return;
	}
	if (style == LTR_XLAT_VERBOSE) {
		ltr_print_xlat_val(out, val, LTR_XF_HEX);
		ltr_sb_puts(out, " /* ");
	}
	printed = ltr_print_flag_names(out, table, &val, 0);
	if (val)
		ltr_sb_printf(out, "%s%#llx", printed ? "|" : "", (unsigned long long)val);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " */");
}

void ltr_print_xt(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
		  uint64_t val)
{
	if (table->kind == LTR_XK_FLAGS)
		ltr_print_flags_dflt(out, table, val, NULL, table->unknown);
	else
		ltr_print_xval_fmt(out, table, val, (enum ltr_xlat_fmt)table->fmt,
				   table->unknown);
}

bool ltr_xlat_begin(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt)
{
	enum ltr_xlat_style style = ltr_xlat_style();

	if (style == LTR_XLAT_ABBREV)
		return true;
	ltr_print_xlat_val(out, val, fmt);
	if (style == LTR_XLAT_RAW)
		return false;
	ltr_sb_puts(out, " /* ");
	return true;
}

void ltr_xlat_end(struct ltr_strbuf *out)
{
	if (ltr_xlat_style() == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " */");
}
