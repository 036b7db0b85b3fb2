/* SPDX-License-Identifier: MIT */
/*
 * The value check of the constant lists (src/decode/xlat/,
 * src/arch/ARCH/xlat/): scripts/gen-xlat makes one translation unit per
 * list, which includes only the headers the list names (glibc's and the
 * kernel's headers conflict with each other) and calls these for each
 * entry. main.c runs them all. Nothing here may include a system header
 * beyond <stdint.h>: the lists' own headers come first.
 */
#ifndef LTR_XLAT_CHECK_H
#define LTR_XLAT_CHECK_H

#include <stdint.h>

struct xlat_check {
	const char *list;       /* the list being checked */
	unsigned checked;       /* names the headers define, value compared */
	unsigned undefined;     /* names the headers do not define (or not as a macro) */
	unsigned mismatched;    /* values that differ from the headers' */
};

/* name is defined as header_value by the headers; the list says list_value. */
void xlat_check_value(struct xlat_check *r, const char *name, uint64_t header_value,
		      uint64_t list_value);
/* name is not a macro of the list's headers: nothing to compare. */
void xlat_check_undefined(struct xlat_check *r, const char *name);

#define XLAT_CHECK(fn) void xlat_check_##fn(struct xlat_check *r);
#include "checks.h"
#undef XLAT_CHECK

#endif
