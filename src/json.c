/* SPDX-License-Identifier: MIT */
/* JSON string escaping; see include/ltr/json.h. */
#include <stdint.h>

#include "ltr/json.h"

/*
 * Length of the well-formed UTF-8 sequence at s (1 to 4), or 0 when the
 * bytes there are not one (overlong forms, surrogates and values above
 * U+10FFFF are rejected, as RFC 3629 says).
 */
static size_t utf8_length(const unsigned char *s, size_t len)
{
	unsigned char c = s[0];
	size_t n, i;
	uint32_t cp;

	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

void ltr_json_string(struct ltr_strbuf *out, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;

	ltr_sb_reserve(out, len + 2);
	ltr_sb_putc(out, '"');
	while (i < len) {
		unsigned char c = p[i];
		size_t n;

		/* Plain printable ASCII goes out in runs. */
		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
			run++;
			i++;
			continue;
		}
		if (run) {
			ltr_sb_append(out, p + i - run, run);
			run = 0;
		}
		switch (c) {
		case '"': ltr_sb_puts(out, "\\\""); break;
		case '\\': ltr_sb_puts(out, "\\\\"); break;
		case '\n': ltr_sb_puts(out, "\\n"); break;
		case '\t': ltr_sb_puts(out, "\\t"); break;
		case '\r': ltr_sb_puts(out, "\\r"); break;
		case '\b': ltr_sb_puts(out, "\\b"); break;
		case '\f': ltr_sb_puts(out, "\\f"); break;
		default:
			n = c >= 0x80 ? utf8_length(p + i, len - i) : 0;
			if (n) {
				ltr_sb_append(out, p + i, n);
				i += n;
				continue;
			}
			ltr_sb_printf(out, "\\u%04x", c);
			break;
		}
		i++;
	}
	if (run)
		ltr_sb_append(out, p + i - run, run);
	ltr_sb_putc(out, '"');
}
