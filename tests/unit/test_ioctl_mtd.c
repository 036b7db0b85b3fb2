/* SPDX-License-Identifier: MIT */
/*
 * Memory technology device requests (src/decode/ioctl/mtd.c) and the
 * names of requests no uapi header defines (requests/extra.in: OpenZFS's)
 * through ioctl's syscalls.def row on fake tracee memory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

static const char *ioctl_line(const char *arch, uint32_t req, uint64_t arg, int64_t ret)
{
	uint64_t args[6] = { 3, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

/* OTPSELECT's mode, read at entry: named, unknown, unreadable, NULL. */
static void test_otpselect(void **state)
{
	uint32_t user = 2, bad = 7;

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, &user, sizeof(user));
	fake_mem_map(0x11000, &bad, sizeof(bad));
	assert_string_equal(ioctl_line("x86_64", 0x80044d0d, 0x10000, -9),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, [MTD_OTP_USER]) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 0x80044d0d, 0x11000, 0),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, [0x7 /* MTD_OTP_??? */]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x80044d0d, 0x11ffe, 0),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, 0x11ffe) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x80044d0d, 0, -14),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, NULL) = -1 EFAULT (Bad address)");
	/* another 'M' request: the argument in hex */
	assert_string_equal(ioctl_line("x86_64", 0x40084d02, 0x10000, -9),
		"ioctl(3, MIXER_WRITE(2) or MEMERASE, 0x10000) = -1 EBADF (Bad file descriptor)");
}

/* OpenZFS's requests, on every arch. */
static void test_zfs_names(void **state)
{
	(void)state;
	fake_mem_reset();
	assert_string_equal(ioctl_line("x86_64", 0x5a00, 0x1000, -9),
		"ioctl(3, ZFS_IOC_POOL_CREATE, 0x1000)   = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("aarch64", 0x5a41, 0x1000, -9),
		"ioctl(3, ZFS_IOC_SEND_SPACE, 0x1000)    = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 0x8100127d, 0x1000, -9),
		"ioctl(3, BLKZNAME, 0x1000)              = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("riscv64", 0x4b01, 0x1000, -9),
		"ioctl(3, KSTAT_IOC_CHAIN_ID, 0x1000)    = -1 EBADF (Bad file descriptor)");
	/* newer than strace 6.1's list (ZFS_IOC_POOL_SCRUB): unnamed, as there */
	assert_string_equal(ioctl_line("x86_64", 0x5a57, 0x1000, -9),
		"ioctl(3, _IOC(_IOC_NONE, 0x5a, 0x57, 0), 0x1000) = -1 EBADF (Bad file descriptor)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_otpselect),
		cmocka_unit_test(test_zfs_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
