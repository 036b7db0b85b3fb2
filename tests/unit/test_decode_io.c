/* SPDX-License-Identifier: MIT */
/*
 * Buffer decoders (io.c): iovec arrays, preadv/pwritev offsets and
 * flags, sendfile, splice, tee, copy_file_range, through their
 * syscalls.def rows on fake tracee memory. Expected lines: strace 6.1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *arch, const char *name, const uint64_t args[6],
		       int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.c.saved[0] = 1;  /* stale scratch from an earlier call */
	return fake_call_run(&fc, ret, NULL);
}

static void test_readv_writev(void **state)
{
	uint64_t iov[4] = { 0x3000, 2, 0x3100, 3 }, riov[4] = { 0x3200, 2, 0x3300, 8 };
	uint32_t iov32[4] = { 0x3000, 2, 0x3100, 3 };
	uint64_t w[6] = { 1, 0x1000, 2 }, w32[6] = { 1, 0x1100, 2 }, r[6] = { 5, 0x1200, 2 };
	uint64_t edge[6] = { 3, 0x1ff0 + 0x20 - 0x20, 3 }, none[6] = { 3, 0x1000, 0 };
	uint64_t nul[6] = { 3, 0, 0 }, hostile[6] = { 3, 0x1000, 0x7fffffff };
	uint64_t many[66];
	uint64_t m[6] = { 3, 0x4000, 32 + 8 };
	uint64_t m33[6] = { 3, 0x5000, 32 + 8 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, iov, sizeof(iov));
	fake_mem_map(0x1100, iov32, sizeof(iov32));
	fake_mem_map(0x1200, riov, sizeof(riov));
	fake_mem_map(0x1ff0 - 0x10, iov, sizeof(iov));  /* 2 iovecs ending at 0x2000 */
	fake_mem_map_str(0x3000, "ab");
	fake_mem_map_str(0x3100, "cde");
	fake_mem_map(0x3200, "zz", 2);
	fake_mem_map(0x3300, "zzzzzzzz", 8);
	for (unsigned i = 0; i < 66; i += 2) {
		many[i] = 0x3000;
		many[i + 1] = 1;
	}
	fake_mem_map(0x4000, many, sizeof(many));
	fake_mem_map(0x5000, many, 32 * 16);  /* 32 iovecs: the 33rd is not there */
	assert_string_equal(run("x86_64", "writev", w, 5),
		"writev(1, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}], 2) = 5");
	assert_string_equal(run("i386", "writev", w32, 5),
		"writev(1, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}], 2) = 5");
	assert_string_equal(run("x86_64", "readv", r, 0),
		"readv(5, [{iov_base=\"\", iov_len=2}, {iov_base=\"\", iov_len=8}], 2) = 0");
	assert_string_equal(run("x86_64", "readv", r, 5),
		"readv(5, [{iov_base=\"zz\", iov_len=2}, {iov_base=\"zzz\", iov_len=8}], 2) = 5");
	assert_string_equal(run("x86_64", "readv", r, -9),
		"readv(5, [{iov_base=0x3200, iov_len=2}, {iov_base=0x3300, iov_len=8}], 2) = -1 EBADF (Bad file descriptor)");
	edge[1] = 0x1fe0;
	assert_string_equal(run("x86_64", "writev", edge, -14),
		"writev(3, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}, ... /* 0x2000 */], 3) = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "writev", none, 0),
		"writev(3, [], 0)                        = 0");
	assert_string_equal(run("x86_64", "readv", nul, 0),
		"readv(3, NULL, 0)                       = 0");
	hostile[1] = 0x2000;
	assert_string_equal(run("x86_64", "writev", hostile, -22),
		"writev(3, 0x2000, 2147483647)           = -1 EINVAL (Invalid argument)");
	{
		const char *line = run("x86_64", "writev", m, 40);

		assert_non_null(strstr(line, "{iov_base=\"a\", iov_len=1}, ...], 40) = 40"));
		/* strace reads the element past -s before it prints "...": not there, it says where */
		line = run("x86_64", "writev", m33, 40);
		assert_non_null(strstr(line, "{iov_base=\"a\", iov_len=1}, ... /* 0x5200 */], 40) = 40"));
	}
	/* the count is the kernel's unsigned long: 1<<40 stays (issue 17) */
	hostile[2] = 1ull << 40;
	hostile[1] = 0x1000;
	assert_string_equal(run("x86_64", "writev", hostile, -22),
		"writev(3, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}, ... /* 0x1020 */], 1099511627776) = -1 EINVAL (Invalid argument)");
}

static void test_preadv(void **state)
{
	uint64_t iov[4] = { 0x3000, 4, 0x3100, 20 };
	uint32_t iov32[2] = { 0x3000, 4 };
	uint64_t p[6] = { 3, 0x1000, 2, 0 }, pw[6] = { 3, 0x1000, 1, 100 };
	uint64_t p2[6] = { 3, 0x1000, 2, 1, 0, 8 }, pw2[6] = { 3, 0x1000, 1, ~0ull, ~0ull, 0x12 };
	uint64_t pw32[6] = { 3, 0x1100, 1, 0, 1 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, iov, sizeof(iov));
	fake_mem_map(0x1100, iov32, sizeof(iov32));
	fake_mem_map(0x3000, "hell", 4);
	fake_mem_map(0x3100, "o world\0\0\0\0\0\0\0\0\0\0\0\0\0", 20);
	assert_string_equal(run("x86_64", "preadv", p, 11),
		"preadv(3, [{iov_base=\"hell\", iov_len=4}, {iov_base=\"o world\", iov_len=20}], 2, 0) = 11");
	assert_string_equal(run("x86_64", "pwritev", pw, 4),
		"pwritev(3, [{iov_base=\"hell\", iov_len=4}], 1, 100) = 4");
	assert_string_equal(run("x86_64", "preadv2", p2, 11),
		"preadv2(3, [{iov_base=\"hell\", iov_len=4}, {iov_base=\"o world\", iov_len=20}], 2, 1, RWF_NOWAIT) = 11");
	assert_string_equal(run("x86_64", "pwritev2", pw2, 4),
		"pwritev2(3, [{iov_base=\"hell\", iov_len=4}], 1, -1, RWF_DSYNC|RWF_APPEND) = 4");
	/* i386: the offset is pos_l | pos_h << 32. */
	assert_string_equal(run("i386", "pwritev", pw32, 4),
		"pwritev(3, [{iov_base=\"hell\", iov_len=4}], 1, 4294967296) = 4");
}

static void kernel_off7(void)
{
	int64_t seven = 7;

	assert_int_equal(ltr_mem_write(&fake_mem, 0x1000, &seven, 8), 0);
}

static void test_sendfile_splice(void **state)
{
	int64_t two = 2, zero = 0;
	int32_t two32 = 2;
	uint64_t sf[6] = { 5, 3, 0x1000, 5 }, sfn[6] = { 5, 3, 0, 3 };
	uint64_t sf32[6] = { 5, 3, 0x1100, 5 };
	uint64_t sp[6] = { 4, 0, 7, 0, 4, 3 }, sp2[6] = { 3, 0x1200, 7, 0, 2, 0 };
	uint64_t tee[6] = { 6, 5, 3, 2 }, cfr[6] = { 3, 0x1200, 8, 0, 5, 0 };
	const struct ltr_syscall_desc *row = ltr_syscall_desc_find("sendfile");

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &two, 8);
	fake_mem_map(0x1100, &two32, 4);
	fake_mem_map(0x1200, &zero, 8);
	fake_call_init(&fc, "x86_64", "sendfile", sf);
	fc.desc = *row;
	assert_string_equal(fake_call_run(&fc, 5, kernel_off7),
		"sendfile(5, 3, [2] => [7], 5)           = 5");
	assert_string_equal(run("x86_64", "sendfile", sfn, 0),
		"sendfile(5, 3, NULL, 3)                 = 0");
	/* at end of file (offset now 7): no bytes moved, no " => [...]" (strace 6.1) */
	assert_string_equal(run("x86_64", "sendfile", sf, 0),
		"sendfile(5, 3, [7], 5)                  = 0");
	assert_string_equal(run("i386", "sendfile", sf32, -9),
		"sendfile(5, 3, [2], 5)                  = -1 EBADF (Bad file descriptor)");
	/* offsets are unsigned, as strace prints them (poke-sendfile) */
	two = -1;
	two32 = -1;
	fake_mem_map(0x1000, &two, 8);
	fake_mem_map(0x1100, &two32, 4);
	assert_string_equal(run("x86_64", "sendfile", sf, 0),
		"sendfile(5, 3, [18446744073709551615], 5) = 0");
	assert_string_equal(run("i386", "sendfile", sf32, 0),
		"sendfile(5, 3, [4294967295], 5)         = 0");
	assert_string_equal(run("x86_64", "splice", sp, 4),
		"splice(4, NULL, 7, NULL, 4, SPLICE_F_MOVE|SPLICE_F_NONBLOCK) = 4");
	assert_string_equal(run("x86_64", "splice", sp2, 2),
		"splice(3, [0], 7, NULL, 2, 0)           = 2");
	assert_string_equal(run("x86_64", "tee", tee, 3),
		"tee(6, 5, 3, SPLICE_F_NONBLOCK)         = 3");
	assert_string_equal(run("i386", "copy_file_range", cfr, 5),
		"copy_file_range(3, [0], 8, NULL, 5, 0)  = 5");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_readv_writev),
		cmocka_unit_test(test_preadv),
		cmocka_unit_test(test_sendfile_splice),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
