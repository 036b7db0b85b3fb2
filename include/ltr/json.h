/* SPDX-License-Identifier: MIT */
/*
 * JSON text helpers shared by the printer's -j output and Lua's ltr.json().
 */
#ifndef LTR_JSON_H
#define LTR_JSON_H

#include <stddef.h>

#include "ltr/strbuf.h"

/*
 * Appends s[0..len) to out as a quoted JSON string. Always valid JSON,
 * whatever the bytes: '"' and '\\' are escaped, control characters become
 * \n, \t, ... or \u00XX, DEL becomes \u007f, valid UTF-8 sequences are
 * kept, and every byte of an invalid sequence becomes \u00XX (the Latin-1
 * reading of the byte).
 */
void ltr_json_string(struct ltr_strbuf *out, const char *s, size_t len);

#endif
