/* SPDX-License-Identifier: MIT */
/* Growable byte buffers; see include/ltr/strbuf.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/strbuf.h"

static void out_of_memory(void)
{
	fputs("ltr: out of memory\n", stderr);
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

void ltr_sb_reserve(struct ltr_strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	size_t cap;

	if (need <= sb->cap)
		return;
	cap = sb->cap ? sb->cap : 128;
	while (cap < need)
		cap *= 2;
	sb->data = ltr_xrealloc(sb->data, cap);
	sb->cap = cap;
}

void ltr_sb_append(struct ltr_strbuf *sb, const void *data, size_t len)
{
	ltr_sb_reserve(sb, len);
	memcpy(sb->data + sb->len, data, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

void ltr_sb_putc(struct ltr_strbuf *sb, char c)
{
	ltr_sb_reserve(sb, 1);
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
