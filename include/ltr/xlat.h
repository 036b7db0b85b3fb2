/* SPDX-License-Identifier: MIT */
/*
 * Constant and flag tables: value -> name, as strace prints them.
 * A table is an array of struct ltr_xlat ended by LTR_XLAT_END.
 */
#ifndef LTR_XLAT_H
#define LTR_XLAT_H

#include <stdint.h>

#include "ltr/strbuf.h"

struct ltr_xlat {
	uint64_t val;
	const char *name;
};

#define LTR_XLAT(x) { (uint64_t)(x), #x }
#define LTR_XLAT_PAIR(v, n) { (uint64_t)(v), n }
#define LTR_XLAT_END { 0, NULL }

/* The name of val in table, or NULL. */
const char *ltr_xlat_lookup(const struct ltr_xlat *table, uint64_t val);
/* Reverse lookup; returns 0 and sets *val when name is in table, else -1. */
int ltr_xlat_value(const struct ltr_xlat *table, const char *name, uint64_t *val);

/*
 * Prints val as a constant: its name, or else the number in hex (decimal
 * for the _dec variant) followed by a comment holding unknown when it is
 * non-NULL, as strace prints unknown constants: 0x29 then RLIMIT_??? in a
 * C comment.
 */
void ltr_print_xval(struct ltr_strbuf *out, const struct ltr_xlat *table,
		    uint64_t val, const char *unknown);
void ltr_print_xval_dec(struct ltr_strbuf *out, const struct ltr_xlat *table,
			uint64_t val, const char *unknown);

/*
 * Prints val as flags joined with '|', strace style: known bits by name in
 * table order, the rest as a hex number, "0" (or zero_name if given) when
 * val is 0. Table entries with val 0 are ignored unless val is 0.
 */
void ltr_print_flags(struct ltr_strbuf *out, const struct ltr_xlat *table,
		     uint64_t val, const char *zero_name);
/*
 * ltr_print_flags, and when no bit of a non-zero val is known, the
 * comment unknown after the number as strace prints it for flag sets
 * with a default text: "0x10" then RENAME_?? in a C comment. Known bits
 * with unknown ones left over print no comment ("O_RDONLY|0x40000000").
 */
void ltr_print_flags_dflt(struct ltr_strbuf *out, const struct ltr_xlat *table,
			  uint64_t val, const char *zero_name, const char *unknown);

#endif
