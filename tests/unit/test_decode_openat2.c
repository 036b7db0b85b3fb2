/* SPDX-License-Identifier: MIT */
/*
 * file.c's openat2 (struct open_how of the size argument: its bytes past
 * 24 up to a page, "???" when unreadable, 64-bit flags and mode) and
 * xattr values (a trailing NUL left out, the address past
 * XATTR_SIZE_MAX), mq.c's mq_open and mq_getsetattr, on fake tracee
 * memory. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *arch, const char *name, const uint64_t args[6], int64_t ret)
{
	return fake_call_line(&fc, arch, name, args, ret);
}

static void test_open_how(void **state)
{
	uint64_t how[4] = { 0x80000000ull << 32 | 0101, 0777, 0, 0 };
	uint64_t small[6] = { 0xffffff9c, 0x20000, 0x10000, 23 };
	uint64_t v0[6] = { 0xffffff9c, 0x20000, 0x10000, 24 };
	uint64_t v1[6] = { 0xffffff9c, 0x20000, 0x10000, 32 };
	uint64_t past[6] = { 0xffffff9c, 0x20000, 0x10000, 40 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, how, sizeof(how));
	fake_mem_map_str(0x20000, "f");
	assert_string_equal(run("x86_64", "openat2", small, -22),
		"openat2(AT_FDCWD, \"f\", 0x10000, 23)     = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "openat2", v0, -22),
		"openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT|0x8000000000000000, mode=0777, resolve=0}, 24) = -1 EINVAL (Invalid argument)");
	/* zeroes past 24 print nothing; unreadable ones, ??? */
	assert_string_equal(run("x86_64", "openat2", v1, -22),
		"openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT|0x8000000000000000, mode=0777, resolve=0}, 32) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "openat2", past, -14),
		"openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT|0x8000000000000000, mode=0777, resolve=0, ???}, 40) = -1 EFAULT (Bad address)");
	how[3] = 0x8180;
	fake_mem_map(0x10000, how, sizeof(how));
	assert_string_equal(run("x86_64", "openat2", v1, -7),
		"openat2(AT_FDCWD, \"f\", {flags=O_WRONLY|O_CREAT|0x8000000000000000, mode=0777, resolve=0, /* bytes 24..31 */ \"\\x80\\x81\\x00\\x00\\x00\\x00\\x00\\x00\"}, 32) = -1 E2BIG (Argument list too long)");
}

static void test_xattr_values(void **state)
{
	uint64_t set[6] = { 0x20000, 0x30000, 0x10000, 4, 1 };
	uint64_t big[6] = { 0x20000, 0x30000, 0x10000, 65537, 1 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, "ab\0\0", 4);
	fake_mem_map_str(0x20000, "f");
	fake_mem_map_str(0x30000, "user.x");
	assert_string_equal(run("x86_64", "setxattr", set, 0),
		"setxattr(\"f\", \"user.x\", \"ab\\0\", 4, XATTR_CREATE) = 0");
	assert_string_equal(run("x86_64", "setxattr", big, -7),
		"setxattr(\"f\", \"user.x\", 0x10000, 65537, XATTR_CREATE) = -1 E2BIG (Argument list too long)");
}

static void test_mq(void **state)
{
	uint64_t attr[8] = { 0, 10, 8192, 0 };
	uint64_t op[6] = { 0x20000, 0x8765432100000042ull, 0600, 0x10000 };
	uint64_t rd[6] = { 0x20000, 0x8765432100000000ull, 0600, 0x10000 };
	uint64_t gs[6] = { 3, 0, 0x10000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, attr, sizeof(attr));
	fake_mem_map_str(0x20000, "/q");
	/* oflag is an int; mode and attr only with O_CREAT */
	assert_string_equal(run("x86_64", "mq_open", op, 3),
		"mq_open(\"/q\", O_RDWR|O_CREAT, 0600, {mq_flags=0, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}) = 3");
	assert_string_equal(run("x86_64", "mq_open", rd, 3),
		"mq_open(\"/q\", O_RDONLY)                 = 3");
	assert_string_equal(run("x86_64", "mq_getsetattr", gs, 0),
		"mq_getsetattr(3, NULL, {mq_flags=0, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}) = 0");
	assert_string_equal(run("x86_64", "mq_getsetattr", gs, -9),
		"mq_getsetattr(3, NULL, 0x10000)         = -1 EBADF (Bad file descriptor)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_how),
		cmocka_unit_test(test_xattr_values),
		cmocka_unit_test(test_mq),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
