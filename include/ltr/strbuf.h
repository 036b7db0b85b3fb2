/* SPDX-License-Identifier: MIT */
/*
 * A growable byte buffer. Used for every line ltr formats: buffers are
 * reused (ltr_sb_reset keeps the allocation), so the trace loop does not
 * allocate per syscall once the buffers have grown to their working size.
 * Allocation failure aborts with a message: there is nothing sensible a
 * tracer can do without memory for its own output.
 */
#ifndef LTR_STRBUF_H
#define LTR_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

struct ltr_strbuf {
	char *data;   /* always NUL-terminated once anything was appended */
	size_t len;
	size_t cap;
};

#define LTR_STRBUF_INIT { NULL, 0, 0 }

void ltr_sb_free(struct ltr_strbuf *sb);
void ltr_sb_reset(struct ltr_strbuf *sb);
void ltr_sb_reserve(struct ltr_strbuf *sb, size_t extra);
void ltr_sb_putc(struct ltr_strbuf *sb, char c);
void ltr_sb_puts(struct ltr_strbuf *sb, const char *s);
void ltr_sb_append(struct ltr_strbuf *sb, const void *data, size_t len);
void ltr_sb_printf(struct ltr_strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void ltr_sb_vprintf(struct ltr_strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/*
 * Fast integer formatters for the hot path, byte-identical to printf's
 * "%lld", "%llu" and "%#llx" (which prints 0 as "0", without "0x").
 */
void ltr_sb_put_dec(struct ltr_strbuf *sb, int64_t v);
void ltr_sb_put_udec(struct ltr_strbuf *sb, uint64_t v);
void ltr_sb_put_hex(struct ltr_strbuf *sb, uint64_t v);
/* printf's "%#0*llo" with width: octal with a leading 0, zero-padded. */
void ltr_sb_put_oct(struct ltr_strbuf *sb, uint64_t v, unsigned width);
/* Shortens the buffer to len bytes (len <= sb->len). */
void ltr_sb_truncate(struct ltr_strbuf *sb, size_t len);
/* The contents as a C string; "" for a buffer never written to. */
const char *ltr_sb_cstr(const struct ltr_strbuf *sb);

/* Memory helpers that abort on failure (used only outside the hot path). */
void *ltr_xmalloc(size_t n);
void *ltr_xcalloc(size_t n, size_t size);
void *ltr_xrealloc(void *p, size_t n);
char *ltr_xstrdup(const char *s);

#endif
