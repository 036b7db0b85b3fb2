/* SPDX-License-Identifier: MIT */
/* Constant and flag tables; see include/ltr/xlat.h. */
#include <string.h>

#include "ltr/xlat.h"

const char *ltr_xlat_lookup(const struct ltr_xlat *table, uint64_t val)
{
	for (; table->name; table++)
		if (table->val == val)
			return table->name;
	return NULL;
}

int ltr_xlat_value(const struct ltr_xlat *table, const char *name, uint64_t *val)
{
	for (; table->name; table++) {
		if (strcmp(table->name, name) == 0) {
			*val = table->val;
			return 0;
		}
	}
	return -1;
}

static void print_unknown(struct ltr_strbuf *out, uint64_t val, const char *unknown,
			  int decimal)
{
	if (decimal)
		ltr_sb_printf(out, "%llu", (unsigned long long)val);
	else
		ltr_sb_printf(out, "%#llx", (unsigned long long)val);
	if (unknown)
		ltr_sb_printf(out, " /* %s */", unknown);
}

void ltr_print_xval(struct ltr_strbuf *out, const struct ltr_xlat *table,
		    uint64_t val, const char *unknown)
{
	const char *name = ltr_xlat_lookup(table, val);

	if (name)
		ltr_sb_puts(out, name);
	else
		print_unknown(out, val, unknown, 0);
}

void ltr_print_xval_dec(struct ltr_strbuf *out, const struct ltr_xlat *table,
			uint64_t val, const char *unknown)
{
	const char *name = ltr_xlat_lookup(table, val);

	if (name)
		ltr_sb_puts(out, name);
	else
		print_unknown(out, val, unknown, 1);
}

void ltr_print_flags(struct ltr_strbuf *out, const struct ltr_xlat *table,
		     uint64_t val, const char *zero_name)
{
	ltr_print_flags_dflt(out, table, val, zero_name, NULL);
}

void ltr_print_flags_dflt(struct ltr_strbuf *out, const struct ltr_xlat *table,
			  uint64_t val, const char *zero_name, const char *unknown)
{
	int printed = 0;

	if (val == 0) {
		const char *name = ltr_xlat_lookup(table, 0);

		ltr_sb_puts(out, name ? name : zero_name ? zero_name : "0");
		return;
	}
	for (; table->name; table++) {
		if (table->val == 0 || (val & table->val) != table->val)
			continue;
		if (printed++)
			ltr_sb_putc(out, '|');
		ltr_sb_puts(out, table->name);
		val &= ~table->val;
	}
	if (val) {
		if (printed)
			ltr_sb_putc(out, '|');
		ltr_sb_printf(out, "%#llx", (unsigned long long)val);
		if (!printed && unknown)
			ltr_sb_printf(out, " /* %s */", unknown);
	}
}
