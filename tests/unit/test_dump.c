/* SPDX-License-Identifier: MIT */
/*
 * -e read= / -e write= dumps (src/decode/dump.c) on fake tracee memory:
 * the descriptor sets as strace reads them, the hex dump's layout (odd
 * sizes, full and partial lines, offsets past 1 MiB), unreadable and
 * partly readable buffers, reads that never look past what the call
 * returned, iovec, msghdr and mmsghdr shapes of both word sizes, and the
 * flushing of long dumps. Expected text: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/dump.h"

static struct fake_call fc;
static struct ltr_strbuf dump;

/* The dump of call name(args) = ret, through its syscalls.def row. */
static const char *dump_of(const char *arch, const char *name, const uint64_t args[6],
			   int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fake_call_exit(&fc, ret);
	ltr_sb_reset(&dump);
	ltr_dump_call(&fc.c, &dump, NULL, NULL);
	return ltr_sb_cstr(&dump);
}

static int teardown(void **state)
{
	(void)state;
	fake_mem_reset();
	return 0;
}

static void test_sets(void **state)
{
	char bad[32];

	(void)state;
	assert_int_equal(ltr_dump_check_set("0,5", bad, sizeof(bad)), 0);
	assert_int_equal(ltr_dump_check_set("all", bad, sizeof(bad)), 0);
	assert_int_equal(ltr_dump_check_set("!none", bad, sizeof(bad)), 0);
	assert_int_equal(ltr_dump_check_set("!!3", bad, sizeof(bad)), 0);
	assert_int_equal(ltr_dump_check_set("1,,2", bad, sizeof(bad)), 0);
	assert_int_equal(ltr_dump_check_set("2147483647", bad, sizeof(bad)), 0);
	/* strace names the bad word, or the whole set when there is no word */
	assert_int_equal(ltr_dump_check_set("0,all", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "all");
	assert_int_equal(ltr_dump_check_set("none,1", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "none");
	assert_int_equal(ltr_dump_check_set("2147483648", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "2147483648");
	assert_int_equal(ltr_dump_check_set("3,x", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "x");
	assert_int_equal(ltr_dump_check_set("-1", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "-1");
	assert_int_equal(ltr_dump_check_set("", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "");
	assert_int_equal(ltr_dump_check_set("!", bad, sizeof(bad)), -1);
	assert_string_equal(bad, "!");
	assert_int_equal(ltr_dump_check_set(",", bad, sizeof(bad)), -1);
	assert_string_equal(bad, ",");
}

/* Whether a write of "x" to fd dumps under -e write=spec. */
static bool writes_dumped(const char *spec, int fd)
{
	uint64_t a[6] = { (uint64_t)fd, 0x1000, 1 };

	ltr_dump_setup(NULL, spec);
	return dump_of("x86_64", "write", a, 1)[0] != '\0';
}

static void test_membership(void **state)
{
	uint64_t a[6] = { 5, 0x1000, 1 };

	(void)state;
	fake_mem_map(0x1000, "x", 1);
	assert_true(writes_dumped("0,5", 5));
	assert_true(writes_dumped("0,5", 0));
	assert_false(writes_dumped("0,5", 1));
	assert_false(writes_dumped("!1", 1));
	assert_true(writes_dumped("!1", 2));
	assert_false(writes_dumped("!!1", 2));
	assert_true(writes_dumped("!!1", 1));
	assert_true(writes_dumped("all", 12345));
	assert_false(writes_dumped("none", 0));
	assert_true(writes_dumped("!none", 0));
	assert_false(writes_dumped("!all", 0));
	/* strace reads the descriptor as an int: high bits do not count */
	a[0] = 0xfacefeed00000001ull;
	ltr_dump_setup(NULL, "1");
	assert_string_not_equal(dump_of("x86_64", "write", a, 1), "");
	/* negative descriptors never dump */
	a[0] = (uint64_t)-1;
	ltr_dump_setup(NULL, "all");
	assert_string_equal(dump_of("x86_64", "write", a, -9), "");
	/* the read set is another set: a write to 5 in it does not dump */
	ltr_dump_setup("5", "none");
	a[0] = 5;
	assert_string_equal(dump_of("x86_64", "write", a, 1), "");
	/* calls that move no data through their descriptor never dump */
	ltr_dump_setup("all", "all");
	assert_string_equal(dump_of("x86_64", "close", a, 0), "");
	assert_string_equal(dump_of("x86_64", "lseek", a, 0), "");
}

static void test_layout(void **state)
{
	static const char bytes[] = "hello\n\0\x1f \x7e\x7f\x80\xff" "0123456789abcdefg";
	uint64_t w[6] = { 1, 0x2000, 6 };

	(void)state;
	fake_mem_map(0x2000, bytes, sizeof(bytes) - 1);
	ltr_dump_setup(NULL, "1");
	assert_string_equal(dump_of("x86_64", "write", w, 6),
		" | 00000  68 65 6c 6c 6f 0a                                 hello.           |\n");
	w[2] = 0;
	assert_string_equal(dump_of("x86_64", "write", w, 0), "");
	w[2] = 1;
	assert_string_equal(dump_of("x86_64", "write", w, 1),
		" | 00000  68                                                h                |\n");
	/* 16 bytes: one full line; control, DEL and high bytes print as '.' */
	w[2] = 16;
	assert_string_equal(dump_of("x86_64", "write", w, 16),
		" | 00000  68 65 6c 6c 6f 0a 00 1f  20 7e 7f 80 ff 30 31 32  hello... ~...012 |\n");
	w[2] = sizeof(bytes) - 1;
	assert_string_equal(dump_of("x86_64", "write", w, 30),
		" | 00000  68 65 6c 6c 6f 0a 00 1f  20 7e 7f 80 ff 30 31 32  hello... ~...012 |\n"
		" | 00010  33 34 35 36 37 38 39 61  62 63 64 65 66 67        3456789abcdefg   |\n");
	/* a write is dumped as asked, whatever it returned */
	w[2] = 8;
	assert_string_equal(dump_of("x86_64", "write", w, -9),
		" | 00000  68 65 6c 6c 6f 0a 00 1f                           hello...         |\n");
	/* i386: the same */
	assert_string_equal(dump_of("i386", "write", w, 3),
		" | 00000  68 65 6c 6c 6f 0a 00 1f                           hello...         |\n");
}

/* The last line of text (without its newline). */
static const char *last_line(const char *text)
{
	static char line[256];
	size_t len = strlen(text);
	const char *start;

	if (len && text[len - 1] == '\n')
		len--;
	for (start = text + len; start > text && start[-1] != '\n'; start--)
		;
	snprintf(line, sizeof(line), "%.*s", (int)(text + len - start), start);
	return line;
}

static unsigned count_lines(const char *text)
{
	unsigned n = 0;

	for (; *text; text++)
		n += *text == '\n';
	return n;
}

/* Offsets: 5 digits up to 1 MiB of data, then as many as the last offset needs. */
static void test_wide_offsets(void **state)
{
	size_t len = ((size_t)1 << 20) + 1;
	unsigned char *big = calloc(1, len);
	uint64_t w[6] = { 1, 0x100000, len - 1 };
	const char *text;

	(void)state;
	big[len - 1] = 'Z';
	fake_mem_map(0x100000, big, len);
	ltr_dump_setup(NULL, "1");
	text = dump_of("x86_64", "write", w, 0);
	assert_int_equal(count_lines(text), 65536);
	assert_string_equal(last_line(text),
		" | ffff0  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................ |");
	w[2] = len;
	text = dump_of("x86_64", "write", w, 0);
	assert_int_equal(count_lines(text), 65537);
	assert_string_equal(last_line(text),
		" | 100000  5a                                                Z                |");
	free(big);
}

/*
 * Memory that cannot be read: nothing when the first 64 KiB fetch fails
 * (even in part), "<Cannot fetch ...>" when a later one does.
 */
static void test_unreadable(void **state)
{
	static unsigned char block[65536 + 16];
	uint64_t w[6] = { 1, 0x40000, 4 };
	int tid = getpid();
	char want[128];
	const char *text;

	(void)state;
	memset(block, 'a', sizeof(block));
	fake_mem_map(0x40000, block, sizeof(block));
	ltr_dump_setup(NULL, "1");
	w[1] = 0x8;
	assert_string_equal(dump_of("x86_64", "write", w, -14), "");
	w[1] = 0x40000 + sizeof(block) - 2;   /* 2 of 4 bytes readable */
	assert_string_equal(dump_of("x86_64", "write", w, 4), "");
	w[1] = 0x40000;
	w[2] = 65536 + 17;                    /* the second fetch: 17 bytes, 16 readable */
	text = dump_of("x86_64", "write", w, 65536 + 17);
	assert_int_equal(count_lines(text), 4096 + 1);
	snprintf(want, sizeof(want), " | <Cannot fetch 17 bytes from pid %d @0x50000>", tid);
	assert_string_equal(last_line(text), want);
	w[1] = 0x40000 + 16;
	w[2] = 65536 + 1;                     /* then 1 byte, unreadable */
	text = dump_of("x86_64", "write", w, 0);
	snprintf(want, sizeof(want), " | <Cannot fetch 1 byte from pid %d @0x50010>", tid);
	assert_string_equal(last_line(text), want);
	/* a range that wraps around the address space: nothing */
	w[1] = 0xfffffffffffffff0ull;
	w[2] = 0x20;
	assert_string_equal(dump_of("x86_64", "write", w, 0), "");
	w[2] = (uint64_t)-8;
	assert_string_equal(dump_of("x86_64", "write", w, 0), "");
}

/* Reads dump what the call returned, never the size it asked for. */
static void test_reads(void **state)
{
	uint64_t r[6] = { 0, 0x3000, (uint64_t)1 << 40 };

	(void)state;
	fake_mem_map(0x3000, "abc", 3);  /* nothing mapped after the 3 bytes */
	ltr_dump_setup("0", NULL);
	assert_string_equal(dump_of("x86_64", "read", r, 3),
		" | 00000  61 62 63                                          abc              |\n");
	assert_string_equal(dump_of("x86_64", "read", r, 0), "");
	assert_string_equal(dump_of("x86_64", "read", r, -11), "");  /* EAGAIN */
	assert_string_equal(dump_of("x86_64", "pread64", r, 2),
		" | 00000  61 62                                             ab               |\n");
	assert_string_equal(dump_of("x86_64", "recvfrom", r, 1),
		" | 00000  61                                                a                |\n");
	assert_string_equal(dump_of("x86_64", "mq_timedreceive", r, 3),
		" | 00000  61 62 63                                          abc              |\n");
	/* i386: the return value is a 32-bit word */
	assert_string_equal(dump_of("i386", "read", r, 2),
		" | 00000  61 62                                             ab               |\n");
	/* a read fd in the write set only: nothing */
	ltr_dump_setup("none", "0");
	assert_string_equal(dump_of("x86_64", "read", r, 3), "");
}

static void test_iov(void **state)
{
	uint64_t iov[6] = { 0x5000, 2, 0x5100, 0, 0x5200, 3 };
	uint32_t iov32[6] = { 0x5000, 2, 0x5100, 0, 0x5200, 3 };
	uint64_t riov[4] = { 0x5000, 1, 0x5200, 10 };
	uint64_t w[6] = { 1, 0x4000, 3 }, w32[6] = { 1, 0x4100, 3 }, r[6] = { 0, 0x4200, 2 };
	uint64_t v[6] = { 1, 0x4000 + 32, 1, 0, 0 };

	(void)state;
	fake_mem_map(0x4000, iov, sizeof(iov));
	fake_mem_map(0x4100, iov32, sizeof(iov32));
	fake_mem_map(0x4200, riov, sizeof(riov));
	fake_mem_map(0x5000, "ab", 2);
	fake_mem_map(0x5200, "cde", 3);
	ltr_dump_setup("0", "1");
	/* a zero-length buffer ends the dump */
	assert_string_equal(dump_of("x86_64", "writev", w, 5),
		" * 2 bytes in buffer 0\n"
		" | 00000  61 62                                             ab               |\n");
	assert_string_equal(dump_of("i386", "writev", w32, 5),
		" * 2 bytes in buffer 0\n"
		" | 00000  61 62                                             ab               |\n");
	assert_string_equal(dump_of("x86_64", "pwritev2", v, 3),
		" * 3 bytes in buffer 0\n"
		" | 00000  63 64 65                                          cde              |\n");
	assert_string_equal(dump_of("x86_64", "vmsplice", v, 3),
		" * 3 bytes in buffer 0\n"
		" | 00000  63 64 65                                          cde              |\n");
	/* reads: the buffers hold ret bytes in all */
	assert_string_equal(dump_of("x86_64", "readv", r, 3),
		" * 1 bytes in buffer 0\n"
		" | 00000  61                                                a                |\n"
		" * 2 bytes in buffer 1\n"
		" | 00000  63 64                                             cd               |\n");
	assert_string_equal(dump_of("x86_64", "preadv", r, 1),
		" * 1 bytes in buffer 0\n"
		" | 00000  61                                                a                |\n");
	assert_string_equal(dump_of("x86_64", "readv", r, -14), "");
	/* an unreadable buffer still has its header line */
	riov[0] = 0x9000;
	fake_mem_map(0x4300, riov, sizeof(riov));
	r[1] = 0x4300;
	assert_string_equal(dump_of("x86_64", "preadv2", r, 2),
		" * 1 bytes in buffer 0\n"
		" * 1 bytes in buffer 1\n"
		" | 00000  63                                                c                |\n");
	/* the array must be readable whole; odd counts print nothing */
	w[2] = 4;
	assert_string_equal(dump_of("x86_64", "writev", w, -14), "");
	w[2] = 0;
	assert_string_equal(dump_of("x86_64", "writev", w, 0), "");
	w[2] = (uint32_t)-1;
	assert_string_equal(dump_of("x86_64", "writev", w, -22), "");
	w[2] = 0x10000000;  /* 2^28 iovecs: 2^32 bytes, refused as strace refuses it */
	assert_string_equal(dump_of("x86_64", "writev", w, -22), "");
}

/* struct msghdr: name, namelen, iov, iovlen, control, controllen, flags. */
static void put_msghdr(unsigned char *p, unsigned ws, uint64_t iov, uint64_t iovlen)
{
	memset(p, 0, ws == 4 ? 28 : 56);
	memcpy(p + 2 * ws, &iov, ws);
	memcpy(p + 3 * ws, &iovlen, ws);
}

static void test_msghdr(void **state)
{
	uint64_t iov[4] = { 0x6000, 3, 0x6100, 4 };
	uint32_t iov32[4] = { 0x6000, 3, 0x6100, 4 };
	unsigned char m64[56], m32[28];
	uint64_t s[6] = { 1, 0x7000, 0 }, s32[6] = { 1, 0x7100, 0 }, r[6] = { 0, 0x7000, 0 };
	const char *both =
		" * 3 bytes in buffer 0\n"
		" | 00000  6f 6e 65                                          one              |\n"
		" * 4 bytes in buffer 1\n"
		" | 00000  74 77 6f 21                                       two!             |\n";

	(void)state;
	fake_mem_map(0x6000, "one", 3);
	fake_mem_map(0x6100, "two!", 4);
	fake_mem_map(0x6200, iov, sizeof(iov));
	fake_mem_map(0x6300, iov32, sizeof(iov32));
	put_msghdr(m64, 8, 0x6200, 2);
	put_msghdr(m32, 4, 0x6300, 2);
	fake_mem_map(0x7000, m64, sizeof(m64));
	fake_mem_map(0x7100, m32, sizeof(m32));
	ltr_dump_setup("0", "1");
	assert_string_equal(dump_of("x86_64", "sendmsg", s, 7), both);
	assert_string_equal(dump_of("x86_64", "sendmsg", s, -32), both);  /* EPIPE: still */
	assert_string_equal(dump_of("i386", "sendmsg", s32, 7), both);
	assert_string_equal(dump_of("x86_64", "recvmsg", r, 5),
		" * 3 bytes in buffer 0\n"
		" | 00000  6f 6e 65                                          one              |\n"
		" * 2 bytes in buffer 1\n"
		" | 00000  74 77                                             tw               |\n");
	assert_string_equal(dump_of("x86_64", "recvmsg", r, -11), "");
	s[1] = 0x9000;
	assert_string_equal(dump_of("x86_64", "sendmsg", s, -14), "");
}

static void test_mmsghdr(void **state)
{
	uint64_t a[2] = { 0x6000, 3 }, b[4] = { 0x6100, 2, 0x6000, 3 };
	uint32_t a32[2] = { 0x6000, 3 }, b32[4] = { 0x6100, 2, 0x6000, 3 };
	unsigned char v64[2 * 64], v32[2 * 32];
	uint32_t len0 = 3, len1 = 4;
	uint64_t s[6] = { 1, 0x8000, 2 }, s32[6] = { 1, 0x8200, 2 }, r[6] = { 0, 0x8000, 2 };
	const char *both =
		" = 1 buffers in vector 0\n"
		" * 3 bytes in buffer 0\n"
		" | 00000  6f 6e 65                                          one              |\n"
		" = 2 buffers in vector 1\n"
		" * 2 bytes in buffer 0\n"
		" | 00000  74 77                                             tw               |\n"
		" * 2 bytes in buffer 1\n"
		" | 00000  6f 6e                                             on               |\n";

	(void)state;
	fake_mem_map(0x6000, "one", 3);
	fake_mem_map(0x6100, "tw", 2);
	fake_mem_map(0x6200, a, sizeof(a));
	fake_mem_map(0x6300, b, sizeof(b));
	fake_mem_map(0x6400, a32, sizeof(a32));
	fake_mem_map(0x6500, b32, sizeof(b32));
	memset(v64, 0, sizeof(v64));
	put_msghdr(v64, 8, 0x6200, 1);
	memcpy(v64 + 56, &len0, 4);
	put_msghdr(v64 + 64, 8, 0x6300, 2);
	memcpy(v64 + 64 + 56, &len1, 4);
	memset(v32, 0, sizeof(v32));
	put_msghdr(v32, 4, 0x6400, 1);
	memcpy(v32 + 28, &len0, 4);
	put_msghdr(v32 + 32, 4, 0x6500, 2);
	memcpy(v32 + 32 + 28, &len1, 4);
	fake_mem_map(0x8000, v64, sizeof(v64));
	fake_mem_map(0x8200, v32, sizeof(v32));
	ltr_dump_setup("0", "1");
	/* one vector per message the call counts, each cut at its msg_len */
	assert_string_equal(dump_of("x86_64", "sendmmsg", s, 2), both);
	assert_string_equal(dump_of("i386", "sendmmsg", s32, 2), both);
	assert_string_equal(dump_of("x86_64", "recvmmsg", r, 2), both);
	assert_string_equal(dump_of("x86_64", "recvmmsg_time64", r, 1),
		" = 1 buffers in vector 0\n"
		" * 3 bytes in buffer 0\n"
		" | 00000  6f 6e 65                                          one              |\n");
	/* a failed sendmmsg: nothing (strace walks garbage here, see dump.c) */
	assert_string_equal(dump_of("x86_64", "sendmmsg", s, -88), "");
	assert_string_equal(dump_of("x86_64", "recvmmsg", r, -11), "");
	/* a count past the readable array stops at its end */
	assert_string_equal(dump_of("x86_64", "recvmmsg", r, 3), both);
}

static unsigned flushes;
static struct ltr_strbuf flushed;

static void flush_to(struct ltr_strbuf *out, void *ctx)
{
	size_t *mark = ctx;

	flushes++;
	ltr_sb_append(&flushed, out->data + *mark, out->len - *mark);
	ltr_sb_truncate(out, *mark);
}

/* A long dump is handed out in pieces, the line before it first. */
static void test_flush(void **state)
{
	static unsigned char block[40000];
	uint64_t w[6] = { 1, 0x10000, sizeof(block) };
	size_t mark = 0;
	char *whole;

	(void)state;
	for (size_t i = 0; i < sizeof(block); i++)
		block[i] = (unsigned char)(i * 13);
	fake_mem_map(0x10000, block, sizeof(block));
	ltr_dump_setup(NULL, "1");
	whole = strdup(dump_of("x86_64", "write", w, 1));
	fake_call_init_row(&fc, "x86_64", fake_row("write"), w);
	fake_call_exit(&fc, 1);
	ltr_sb_reset(&dump);
	ltr_sb_puts(&dump, "write(1, ...) = 1\n");
	ltr_dump_call(&fc.c, &dump, flush_to, &mark);
	ltr_sb_append(&flushed, dump.data + mark, dump.len - mark);
	assert_true(flushes >= 2);
	assert_int_equal(strncmp(ltr_sb_cstr(&flushed), "write(1, ...) = 1\n", 18), 0);
	assert_string_equal(ltr_sb_cstr(&flushed) + 18, whole);
	free(whole);
	ltr_sb_free(&flushed);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sets),
		cmocka_unit_test_teardown(test_membership, teardown),
		cmocka_unit_test_teardown(test_layout, teardown),
		cmocka_unit_test_teardown(test_wide_offsets, teardown),
		cmocka_unit_test_teardown(test_unreadable, teardown),
		cmocka_unit_test_teardown(test_reads, teardown),
		cmocka_unit_test_teardown(test_iov, teardown),
		cmocka_unit_test_teardown(test_msghdr, teardown),
		cmocka_unit_test_teardown(test_mmsghdr, teardown),
		cmocka_unit_test_teardown(test_flush, teardown),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	ltr_sb_free(&dump);
	return rc;
}
