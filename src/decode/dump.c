/* SPDX-License-Identifier: MIT */
/*
 * -e read=SET / -e write=SET: hex dumps of the data calls move through
 * chosen descriptors, under each call's line, as strace 6.1 prints them
 * (see include/ltr/dump.h). The rows of syscalls.def say which calls
 * read or write data and where it is (LTR_SF_DUMP_*).
 *
 * strace's rules, kept here:
 * - writes are dumped whatever the call returned, as many bytes as the
 *   call was asked to write (a failed write still shows its buffer);
 *   reads only when the call succeeded, as many bytes as it returned;
 * - iovec arrays print " * N bytes in buffer I" before each buffer, and
 *   stop at the first buffer with nothing to show; mmsghdr arrays print
 *   " = N buffers in vector I" before each message's iovecs;
 * - memory is fetched 64 KiB at a time: a buffer whose first fetch fails
 *   prints nothing, a later failure ends the dump with
 *   " | <Cannot fetch N bytes from pid P @0xADDR>".
 * One deliberate difference: strace dumps a *failed* sendmmsg by walking
 * 2^32 - 1 mmsghdrs (its error return read as a count) until memory runs
 * out, printing whatever the stack holds; ltr prints nothing for it.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/dump.h"
#include "ltr/mem.h"
#include "decoders.h"

/* A descriptor set: sorted numbers, and whether the set is their complement. */
struct descriptor_set {
	bool given;
	bool inverted;
	int *fds;
	size_t count;
};

static struct descriptor_set read_fds, write_fds;

/* Bytes per dump line, fetch size, and how much text is held before a flush. */
enum {
	LINE_BYTES = 16,
	FETCH_MAX = 1 << 16,
	FLUSH_AT = 1 << 16,
};

/* Where dump lines go: a buffer flushed by the printer when it grows. */
struct dump_out {
	struct ltr_strbuf *sb;
	size_t start;
	ltr_dump_flush *flush;
	void *ctx;
};

static void maybe_flush(struct dump_out *o)
{
	if (o->flush && o->sb->len - o->start >= FLUSH_AT) {
		o->flush(o->sb, o->ctx);
		o->start = o->sb->len;
	}
}

/* --- descriptor sets --- */

static void copy_bad(char *bad, size_t size, const char *text)
{
	if (size) {
		strncpy(bad, text, size - 1);
		bad[size - 1] = '\0';
	}
}

/* A descriptor number as strace's string_to_uint reads it: decimal, <= INT_MAX. */
static bool parse_fd(const char *word, int *fd)
{
	char *end;
	long long v;

	if (!*word)
		return false;
	v = strtoll(word, &end, 10);
	if (end == word || *end || v < 0 || v > INT_MAX)
		return false;
	*fd = (int)v;
	return true;
}

static int compare_ints(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/*
 * Parses spec into set (when set is not NULL). Returns 0, or -1 with
 * strace's culprit in bad.
 */
static int parse_set(const char *spec, struct descriptor_set *set, char *bad, size_t size)
{
	const char *s = spec;
	bool inverted = false;
	char *copy, *word, *save = NULL;
	size_t words = 0;

	while (*s == '!') {
		inverted = !inverted;
		s++;
	}
	if (set) {
		free(set->fds);
		memset(set, 0, sizeof(*set));
		set->given = true;
	}
	if (strcmp(s, "none") == 0 || strcmp(s, "all") == 0) {
		/* "all" is "!none" */
		if (set)
			set->inverted = inverted != (strcmp(s, "all") == 0);
		return 0;
	}
	copy = ltr_xstrdup(s);
	for (word = strtok_r(copy, ",", &save); word; word = strtok_r(NULL, ",", &save)) {
		int fd;

		if (!parse_fd(word, &fd)) {
			copy_bad(bad, size, word);
			free(copy);
			return -1;
		}
		if (set) {
			set->fds = ltr_xrealloc(set->fds, (set->count + 1) * sizeof(int));
			set->fds[set->count++] = fd;
		}
		words++;
	}
	free(copy);
	if (!words) {
		copy_bad(bad, size, spec);
		return -1;
	}
	if (set) {
		set->inverted = inverted;
		qsort(set->fds, set->count, sizeof(int), compare_ints);
	}
	return 0;
}

int ltr_dump_check_set(const char *spec, char *bad, size_t size)
{
	return parse_set(spec, NULL, bad, size);
}

/* Sets set from spec, or empties it (NULL). */
static void set_from(struct descriptor_set *set, const char *spec)
{
	char bad[1];

	if (spec) {
		parse_set(spec, set, bad, sizeof(bad));
		return;
	}
	free(set->fds);
	memset(set, 0, sizeof(*set));
}

void ltr_dump_setup(const char *read_spec, const char *write_spec)
{
	set_from(&read_fds, read_spec);
	set_from(&write_fds, write_spec);
}

bool ltr_dump_enabled(void)
{
	return read_fds.given || write_fds.given;
}

static bool in_set(const struct descriptor_set *set, int fd)
{
	if (!set->given)
		return false;
	if (set->count == 0) /* none, or !none: bsearch() takes no NULL array */
		return set->inverted;
	return (bsearch(&fd, set->fds, set->count, sizeof(int), compare_ints) != NULL) !=
	       set->inverted;
}

/* --- the dump --- */

/* Hex digits of offsets: 5, or as many as the largest offset needs. */
static int offset_width(uint64_t len)
{
	int bits = 0;

	if (len <= (uint64_t)1 << 20)
		return 5;
	for (uint64_t v = len - 1; v > 1; v >>= 1)
		bits++;
	return 1 + bits / 4;
}

/*
 * One line: " | OFFSET  xx xx xx xx xx xx xx xx  xx ... xx  ASCII |",
 * n (1..16) bytes of bytes, the missing ones as blanks.
 */
static void put_line(struct ltr_strbuf *out, uint64_t offset, int width,
		     const unsigned char *bytes, unsigned n)
{
	static const char hex[] = "0123456789abcdef";
	char text[LINE_BYTES * 3 + 2 + LINE_BYTES];
	char *p = text;
	unsigned i;

	for (i = 0; i < LINE_BYTES; i++) {
		if (i < n) {
			*p++ = hex[bytes[i] >> 4];
			*p++ = hex[bytes[i] & 15];
		} else {
			*p++ = ' ';
			*p++ = ' ';
		}
		*p++ = ' ';
		if (i % 8 == 7)
			*p++ = ' ';
	}
	for (i = 0; i < LINE_BYTES; i++)
		*p++ = i >= n ? ' ' : (bytes[i] >= 0x20 && bytes[i] < 0x7f) ? (char)bytes[i] : '.';
	ltr_sb_printf(out, " | %0*llx  ", width, (unsigned long long)offset);
	ltr_sb_append(out, text, sizeof(text));
	ltr_sb_puts(out, " |\n");
}

/* strace's dumpstr: len bytes at addr. */
static void dump_bytes(const struct ltr_call *c, uint64_t addr, uint64_t len,
		       struct dump_out *o)
{
	static unsigned char *chunk;
	uint64_t i = 0, fetched = 0;
	int width;

	/* a length or range that wraps around: strace skips it */
	if (len > len + LINE_BYTES || addr + len < addr)
		return;
	if (!chunk)
		chunk = ltr_xmalloc(FETCH_MAX);
	width = offset_width(len);
	while (i < len) {
		unsigned n = len - i < LINE_BYTES ? (unsigned)(len - i) : LINE_BYTES;

		if (i % FETCH_MAX == 0) {
			fetched = len - i < FETCH_MAX ? len - i : FETCH_MAX;
			if (ltr_mem_read(c->mem, addr + i, chunk, (size_t)fetched) < 0) {
				if (i)
					ltr_sb_printf(o->sb,
						      " | <Cannot fetch %llu byte%s from pid %d @%#llx>\n",
						      (unsigned long long)fetched,
						      fetched == 1 ? "" : "s", (int)c->tid,
						      (unsigned long long)(addr + i));
				return;
			}
		}
		put_line(o->sb, i, width, chunk + i % FETCH_MAX, n);
		i += n;
		maybe_flush(o);
	}
}

/*
 * strace's dumpiov_upto: count iovecs at addr, at most data bytes in all
 * (UINT64_MAX: no limit). The whole array must be readable, as strace
 * reads it at once; a count whose array size overflows 32 bits is
 * refused as strace refuses it (it says so on stderr, ltr does not).
 */
static void dump_iov(const struct ltr_call *c, uint64_t addr, int count, uint64_t data,
		     struct dump_out *o)
{
	unsigned ws = ltr_wordsize(c), size = 2 * ws;
	unsigned char window[4096];
	uint64_t total = (uint64_t)(unsigned)count * size, at, win_start = 0, win_len = 0;
	int i;

	if (total > UINT_MAX || count <= 0)
		return;
	/* every byte of the array readable, or nothing printed */
	for (at = 0; at < total; at += sizeof(window)) {
		uint64_t n = total - at < sizeof(window) ? total - at : sizeof(window);

		if (ltr_mem_read(c->mem, addr + at, window, (size_t)n) < 0)
			return;
	}
	for (i = 0; i < count; i++) {
		uint64_t off = (uint64_t)i * size, base, len;

		if (off < win_start || off + size > win_start + win_len) {
			win_start = off;
			win_len = total - off < sizeof(window) ? total - off : sizeof(window);
			if (ltr_mem_read(c->mem, addr + off, window, (size_t)win_len) < 0)
				return;
		}
		base = ltr_get_uword(window + (off - win_start), ws);
		len = ltr_get_uword(window + (off - win_start) + ws, ws);
		if (len > data)
			len = data;
		if (!len)
			break;
		data -= len;
		ltr_sb_printf(o->sb, " * %llu bytes in buffer %d\n", (unsigned long long)len, i);
		dump_bytes(c, base, len, o);
	}
}

/* struct msghdr's size, and where its msg_iov and msg_iovlen are, per word size. */
static unsigned msghdr_size(unsigned ws)
{
	return ws == 4 ? 28 : 56;
}

static void msg_iov_fields(const unsigned char *msghdr, unsigned ws, uint64_t *iov,
			   uint64_t *iovlen)
{
	*iov = ltr_get_uword(msghdr + 2 * ws, ws);
	*iovlen = ltr_get_uword(msghdr + 3 * ws, ws);
}

/* strace's dumpiov_in_msghdr: the iovecs of the msghdr at addr. */
static void dump_msghdr(const struct ltr_call *c, uint64_t addr, uint64_t data,
			struct dump_out *o)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[56];
	uint64_t iov, iovlen;

	if (ltr_mem_read(c->mem, addr, buf, msghdr_size(ws)) < 0)
		return;
	msg_iov_fields(buf, ws, &iov, &iovlen);
	dump_iov(c, iov, (int)iovlen, data, o);
}

/*
 * strace's dumpiov_in_mmsghdr: messages struct mmsghdr at addr (a
 * msghdr, then the unsigned msg_len, padded to the word size), each
 * " = N buffers in vector I" then its iovecs limited by its msg_len.
 */
static void dump_mmsghdr(const struct ltr_call *c, uint64_t addr, unsigned messages,
			 struct dump_out *o)
{
	unsigned ws = ltr_wordsize(c);
	unsigned hsize = msghdr_size(ws), esize = hsize + (ws == 8 ? 8 : 4);
	unsigned i;

	for (i = 0; i < messages; i++, addr += esize) {
		unsigned char buf[64];
		uint64_t iov, iovlen;

		if (ltr_mem_read(c->mem, addr, buf, esize) < 0)
			break;
		msg_iov_fields(buf, ws, &iov, &iovlen);
		ltr_sb_printf(o->sb, " = %llu buffers in vector %u\n", (unsigned long long)iovlen, i);
		dump_iov(c, iov, (int)iovlen, ltr_get_u32(buf + hsize), o);
	}
}

/* The data of c, a call that read (read) or wrote, in the shape its row gives. */
static void dump_data(const struct ltr_call *c, bool read, struct dump_out *o)
{
	unsigned flags = c->desc->flags;
	uint64_t buf = ltr_arg_word(c, 1);
	uint64_t moved = read ? ltr_word_mask(c, (uint64_t)c->ret) : UINT64_MAX;

	if (flags & LTR_SF_DUMP_IOV)
		dump_iov(c, buf, (int)(uint32_t)c->args[2], moved, o);
	else if (flags & LTR_SF_DUMP_MSGHDR)
		dump_msghdr(c, buf, moved, o);
	else if (flags & LTR_SF_DUMP_MMSGHDR)
		dump_mmsghdr(c, buf, (unsigned)c->ret, o);
	else
		dump_bytes(c, buf, read ? moved : ltr_arg_word(c, 2), o);
}

void ltr_dump_call(const struct ltr_call *c, struct ltr_strbuf *out, ltr_dump_flush *flush,
		   void *ctx)
{
	struct dump_out o = { out, out->len, flush, ctx };
	unsigned flags;
	int fd;

	if (!c->desc || !c->exiting || !ltr_dump_enabled())
		return;
	flags = c->desc->flags;
	fd = (int)(uint32_t)c->args[0];
	if (fd < 0)
		return;
	if ((flags & LTR_SF_DUMP_WRITE) && in_set(&write_fds, fd) &&
	    !(ltr_call_failed(c) && (flags & LTR_SF_DUMP_MMSGHDR)))
		dump_data(c, false, &o);
	if ((flags & LTR_SF_DUMP_READ) && in_set(&read_fds, fd) && !ltr_call_failed(c))
		dump_data(c, true, &o);
}
