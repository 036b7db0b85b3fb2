/* SPDX-License-Identifier: MIT */
/*
 * Constant and flag tables: value -> name, as strace prints them.
 * A table is an array of struct ltr_xlat ended by LTR_XLAT_END.
 *
 * Every helper that prints a named constant follows the style of -X
 * (--const-print-style), read from ltr_decode_opts.xlat_style, the
 * options every call's decoder sees: the name (abbrev, the default), the
 * number only (raw: "0x80000"), or both (verbose: "0x80000 followed by
 * O_RDONLY|O_CLOEXEC in a C comment"). Printers of constants built by hand
 * (a mode, a signal name, clone flags with their exit signal) use
 * ltr_print_xlat() or ltr_xlat_begin()/ltr_xlat_end(), so the style is
 * decided here and nowhere else.
 */
#ifndef LTR_XLAT_H
#define LTR_XLAT_H

#include <stdbool.h>
#include <stdint.h>

#include "ltr/strbuf.h"

/* -X: how named constants print. */
enum ltr_xlat_style {
	LTR_XLAT_ABBREV = 0, /* names: O_RDONLY|O_CLOEXEC */
	LTR_XLAT_RAW,        /* numbers: 0x80000 */
	LTR_XLAT_VERBOSE,    /* both: 0x80000 then the names in a comment */
};

/* How the number of a constant prints (strace's value formats). */
enum ltr_xlat_fmt {
	LTR_XF_HEX = 0, /* 0x80000, and 0 */
	LTR_XF_UDEC,    /* 15 */
	LTR_XF_DEC,     /* -100 (the value as a signed 64-bit number) */
	LTR_XF_OCT,     /* 0100644 (file modes) */
};

struct ltr_xlat {
	uint64_t val;
	const char *name;
};

#define LTR_XLAT(x) { (uint64_t)(x), #x }
#define LTR_XLAT_PAIR(v, n) { (uint64_t)(v), n }
#define LTR_XLAT_END { 0, NULL }

/* The style in force (ltr_decode_opts.xlat_style, or the forced one). */
enum ltr_xlat_style ltr_xlat_style(void);
/*
 * Forces a style whatever -X says, for the texts strace always prints in
 * one style (the "(flags O_RDONLY)" comment after fcntl's F_GETFL
 * result); returns the previous forced style (-1: none), to hand back to
 * ltr_xlat_force() when done.
 */
int ltr_xlat_force(int style);

/* The name of val in table, or NULL. */
const char *ltr_xlat_lookup(const struct ltr_xlat *table, uint64_t val);
/* Reverse lookup; returns 0 and sets *val when name is in table, else -1. */
int ltr_xlat_value(const struct ltr_xlat *table, const char *name, uint64_t *val);

/* Appends val in format fmt, whatever the style. */
void ltr_print_xlat_val(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt);

/*
 * Prints val as a constant: its name, or else the number in hex (decimal
 * for the _dec variant) followed by a comment holding unknown when it is
 * non-NULL, as strace prints unknown constants: 0x29 then RLIMIT_??? in a
 * C comment. Raw style: the number only; verbose: the number, then the
 * name in a comment.
 */
void ltr_print_xval(struct ltr_strbuf *out, const struct ltr_xlat *table,
		    uint64_t val, const char *unknown);
void ltr_print_xval_dec(struct ltr_strbuf *out, const struct ltr_xlat *table,
			uint64_t val, const char *unknown);
/* The same with the number in format fmt. */
void ltr_print_xval_fmt(struct ltr_strbuf *out, const struct ltr_xlat *table,
			uint64_t val, enum ltr_xlat_fmt fmt, const char *unknown);

/*
 * One constant whose name the caller knows (NULL: none): the name, the
 * number, or both, per the style (strace's print_xlat_ex). AT_FDCWD is
 * ltr_print_xlat(out, (uint64_t)-100, LTR_XF_DEC, "AT_FDCWD").
 */
void ltr_print_xlat(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt,
		    const char *name);

/*
 * Prints val as flags joined with '|', strace style: known bits by name in
 * table order, the rest as a hex number, "0" (or zero_name if given) when
 * val is 0. Table entries with val 0 are ignored unless val is 0. Raw
 * style: the number; verbose: the number, then the names in a comment
 * (none for a value with no known bit, or 0 without a name).
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

/*
 * For printers of composite constants (open flags with their access mode,
 * a file mode, clone flags with a signal): call ltr_xlat_begin() with the
 * whole value first. It returns false in raw style, having printed the
 * number: print nothing more. Otherwise it returns true (in verbose
 * style, having printed the number and opened a comment): print the names
 * as in the default style, then call ltr_xlat_end() to close the comment.
 */
bool ltr_xlat_begin(struct ltr_strbuf *out, uint64_t val, enum ltr_xlat_fmt fmt);
void ltr_xlat_end(struct ltr_strbuf *out);

#endif
