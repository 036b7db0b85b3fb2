/* SPDX-License-Identifier: MIT */
/*
 * Linux AIO (src/decode/aio.c) on fake tracee memory: io_submit's iocbs
 * (hostile counts, unreadable pointers), io_getevents' events as many as
 * returned, io_setup's context. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *name, const uint64_t args[6], int64_t ret)
{
	return fake_call_line(&fc, "x86_64", name, args, ret);
}

static void test_submit(void **state)
{
	unsigned char cb[64] = { 0 };
	uint64_t ptrs[2] = { 0x20000, 0x90000 }, buf = 0x30000, n = 3;
	uint64_t one[6] = { 0x7f0000000000, 1, 0x10000 }, two[6] = { 0x7f0000000000, 2, 0x10000 };
	uint64_t neg[6] = { 0x7f0000000000, (uint64_t)-1, 0x10000 };

	(void)state;
	cb[0] = 0x2a;                  /* aio_data */
	cb[16] = 1;                    /* IOCB_CMD_PWRITE */
	cb[20] = 1;                    /* aio_fildes */
	memcpy(cb + 24, &buf, 8);
	memcpy(cb + 32, &n, 8);
	fake_mem_reset();
	fake_mem_map(0x10000, ptrs, sizeof(ptrs));
	fake_mem_map(0x20000, cb, sizeof(cb));
	fake_mem_map(0x30000, "abc", 3);
	assert_string_equal(run("io_submit", one, 1),
		"io_submit(0x7f0000000000, 1, [{aio_data=0x2a, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=1, aio_buf=\"abc\", aio_nbytes=3, aio_offset=0}]) = 1");
	/* the second iocb pointer points nowhere */
	assert_string_equal(run("io_submit", two, 1),
		"io_submit(0x7f0000000000, 2, [{aio_data=0x2a, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=1, aio_buf=\"abc\", aio_nbytes=3, aio_offset=0}, 0x90000]) = 1");
	assert_string_equal(run("io_submit", neg, -22),
		"io_submit(0x7f0000000000, -1, 0x10000)  = -1 EINVAL (Invalid argument)");
}

static void test_getevents(void **state)
{
	uint64_t ev[4] = { 1, 0x20000, 3, 0 }, ctx = 0x7f0000000000;
	uint64_t get[6] = { 0x7f0000000000, 1, 8, 0x10000, 0 }, setup[6] = { 2, 0x20000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, ev, sizeof(ev));
	fake_mem_map(0x20000, &ctx, sizeof(ctx));
	assert_string_equal(run("io_getevents", get, 1),
		"io_getevents(0x7f0000000000, 1, 8, [{data=0x1, obj=0x20000, res=3, res2=0}], NULL) = 1");
	/* more events returned than mapped: cut at the unreadable one */
	assert_string_equal(run("io_getevents", get, 2),
		"io_getevents(0x7f0000000000, 1, 8, [{data=0x1, obj=0x20000, res=3, res2=0}, ... /* 0x10020 */], NULL) = 2");
	assert_string_equal(run("io_getevents", get, -4),
		"io_getevents(0x7f0000000000, 1, 8, 0x10000, NULL) = -1 EINTR (Interrupted system call)");
	assert_string_equal(run("io_setup", setup, 0),
		"io_setup(2, [0x7f0000000000])           = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_submit),
		cmocka_unit_test(test_getevents),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
