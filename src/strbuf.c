/* SPDX-License-Identifier: MIT */
/* Growable byte buffers; see include/ltr/strbuf.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/msg.h"
#include "ltr/strbuf.h"

static void out_of_memory(void)
{
	ltr_msg("out of memory\n");
	abort();
}

void *ltr_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *ltr_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		out_of_memory();
	return p;
}

void *ltr_xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *ltr_xstrdup(const char *s)
{
	char *d = strdup(s);

	if (!d)
		out_of_memory();
	return d;
}

void ltr_sb_free(struct ltr_strbuf *sb)
{
	free(sb->data);
	sb->data = NULL;
	sb->len = sb->cap = 0;
}

void ltr_sb_reset(struct ltr_strbuf *sb)
{
	sb->len = 0;
	if (sb->data)
		sb->data[0] = '\0';
}

/* The slow path of reserving: grows the allocation to hold need bytes. */
static void grow(struct ltr_strbuf *sb, size_t need)
{
	size_t cap = sb->cap ? sb->cap : 128;

	while (cap < need)
		cap *= 2;
	sb->data = ltr_xrealloc(sb->data, cap);
	sb->cap = cap;
}

void ltr_sb_reserve(struct ltr_strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;

	if (need > sb->cap)
		grow(sb, need);
}

void ltr_sb_append(struct ltr_strbuf *sb, const void *data, size_t len)
{
	size_t need = sb->len + len + 1;

	if (need > sb->cap)
		grow(sb, need);
	memcpy(sb->data + sb->len, data, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

void ltr_sb_putc(struct ltr_strbuf *sb, char c)
{
	if (sb->len + 2 > sb->cap)
		grow(sb, sb->len + 2);
	sb->data[sb->len++] = c;
	sb->data[sb->len] = '\0';
}

void ltr_sb_puts(struct ltr_strbuf *sb, const char *s)
{
	ltr_sb_append(sb, s, strlen(s));
}

void ltr_sb_vprintf(struct ltr_strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	ltr_sb_reserve(sb, 64);
	va_copy(copy, ap);
	n = vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, copy);
	va_end(copy);
	if (n < 0)
		return;
	if ((size_t)n >= sb->cap - sb->len) {
		ltr_sb_reserve(sb, (size_t)n);
		vsnprintf(sb->data + sb->len, sb->cap - sb->len, fmt, ap);
	}
	sb->len += (size_t)n;
}

void ltr_sb_printf(struct ltr_strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	ltr_sb_vprintf(sb, fmt, ap);
	va_end(ap);
}

/*
 * Writes v in decimal backwards from end; returns the first digit.
 * Two digits per division: the loop runs at most 10 times for 64 bits.
 */
static char *format_udec(char *end, uint64_t v)
{
	static const char pairs[201] =
		"00010203040506070809101112131415161718192021222324"
		"25262728293031323334353637383940414243444546474849"
		"50515253545556575859606162636465666768697071727374"
		"75767778798081828384858687888990919293949596979899";
	char *p = end;

	while (v >= 100) {
		unsigned r = (unsigned)(v % 100);

		v /= 100;
		*--p = pairs[2 * r + 1];
		*--p = pairs[2 * r];
	}
	if (v >= 10) {
		*--p = pairs[2 * v + 1];
		*--p = pairs[2 * v];
	} else {
		*--p = (char)('0' + v);
	}
	return p;
}

void ltr_sb_put_udec(struct ltr_strbuf *sb, uint64_t v)
{
	char buf[24];
	char *end = buf + sizeof(buf);
	char *p = format_udec(end, v);

	ltr_sb_append(sb, p, (size_t)(end - p));
}

void ltr_sb_put_dec(struct ltr_strbuf *sb, int64_t v)
{
	char buf[24];
	char *end = buf + sizeof(buf);
	/* The magnitude in unsigned arithmetic: INT64_MIN has no positive twin. */
	char *p = format_udec(end, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);

	if (v < 0)
		*--p = '-';
	ltr_sb_append(sb, p, (size_t)(end - p));
}

void ltr_sb_put_hex(struct ltr_strbuf *sb, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char buf[24];
	char *end = buf + sizeof(buf);
	char *p = end;

	if (v == 0) {
		ltr_sb_putc(sb, '0');
		return;
	}
	while (v) {
		*--p = digits[v & 15];
		v >>= 4;
	}
	*--p = 'x';
	*--p = '0';
	ltr_sb_append(sb, p, (size_t)(end - p));
}

void ltr_sb_put_oct(struct ltr_strbuf *sb, uint64_t v, unsigned width)
{
	char buf[32];
	char *end = buf + sizeof(buf);
	char *p = end;

	do {
		*--p = (char)('0' + (v & 7));
		v >>= 3;
	} while (v);
	if (*p != '0')
		*--p = '0';
	if (width > sizeof(buf) - 1)
		width = sizeof(buf) - 1;
	while ((unsigned)(end - p) < width)
		*--p = '0';
	ltr_sb_append(sb, p, (size_t)(end - p));
}

void ltr_sb_truncate(struct ltr_strbuf *sb, size_t len)
{
	if (len < sb->len) {
		sb->len = len;
		sb->data[len] = '\0';
	}
}

const char *ltr_sb_cstr(const struct ltr_strbuf *sb)
{
	return sb->data ? sb->data : "";
}
