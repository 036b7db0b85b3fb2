/* SPDX-License-Identifier: MIT */
/*
 * io_uring_setup, io_uring_enter, io_uring_register (src/decode/io_uring.c)
 * on fake tracee memory: arguments read no further than nr_args says
 * (the memory past them unmapped), hostile counts, the probe the kernel
 * fills at exit. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *name, const uint64_t args[6], int64_t ret,
		       void (*kernel)(void))
{
	fake_call_init_row(&fc, "x86_64", fake_row(name), args);
	return fake_call_run(&fc, ret, kernel);
}

static void test_register_files(void **state)
{
	int32_t fds[2] = { 0, -1 };
	uint64_t two[6] = { 9, 2, 0x10000, 2 }, three[6] = { 9, 2, 0x10000, 3 };
	uint64_t none[6] = { 9, 2, 0x10000, 0 }, unk[6] = { 9, 0xbadc0ded, 0x10000, 7 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, fds, sizeof(fds));
	assert_string_equal(run("io_uring_register", two, 0, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES, [0, -1], 2) = 0");
	/* a third descriptor past the mapped ones: cut there */
	assert_string_equal(run("io_uring_register", three, -14, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES, [0, -1, ... /* 0x10008 */], 3) = -1 EFAULT (Bad address)");
	assert_string_equal(run("io_uring_register", none, -22, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES, [], 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("io_uring_register", unk, -22, NULL),
		"io_uring_register(9, 0xbadc0ded /* IORING_REGISTER_??? */, 0x10000, 7) = -1 EINVAL (Invalid argument)");
}

/* FILES2: a struct io_uring_rsrc_register of nr_args bytes */
static void test_register_rsrc(void **state)
{
	unsigned char r[32] = { 0 };
	int32_t fd = 1;
	uint64_t data = 0x20000, small[6] = { 9, 13, 0x10000, 31 };
	uint64_t exact[6] = { 9, 13, 0x10000, 32 }, longer[6] = { 9, 13, 0x10000, 40 };

	(void)state;
	r[0] = 1;                  /* nr */
	memcpy(r + 16, &data, 8);
	fake_mem_reset();
	fake_mem_map(0x10000, r, sizeof(r));
	fake_mem_map(0x20000, &fd, sizeof(fd));
	assert_string_equal(run("io_uring_register", small, -22, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES2, 0x10000, 31) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("io_uring_register", exact, 0, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES2, {nr=1, flags=0, data=[1], tags=NULL}, 32) = 0");
	/* bytes past the struct that cannot be read */
	assert_string_equal(run("io_uring_register", longer, -14, NULL),
		"io_uring_register(9, IORING_REGISTER_FILES2, {nr=1, flags=0, data=[1], tags=NULL, ???}, 40) = -1 EFAULT (Bad address)");
}

static void kernel_probe(void)
{
	unsigned char p[16 + 8] = { 0 };

	p[0] = 46;       /* last_op */
	p[1] = 47;       /* ops_len */
	p[16 + 2] = 1;   /* IO_URING_OP_SUPPORTED */
	fake_mem_map(0x10000, p, sizeof(p));
}

/* PROBE: zeroes at entry print nothing; the kernel's answer at exit */
static void test_register_probe(void **state)
{
	unsigned char p[16 + 8] = { 0 };
	uint64_t one[6] = { 9, 8, 0x10000, 1 }, huge[6] = { 9, 8, 0x10000, 257 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, p, sizeof(p));
	assert_string_equal(run("io_uring_register", one, 0, kernel_probe),
		"io_uring_register(9, IORING_REGISTER_PROBE, {last_op=IORING_OP_URING_CMD, ops_len=47, ops=[{op=IORING_OP_NOP, flags=IO_URING_OP_SUPPORTED}, ...]}, 1) = 0");
	fake_mem_reset();
	fake_mem_map(0x10000, p, sizeof(p));
	assert_string_equal(run("io_uring_register", one, -14, NULL),
		"io_uring_register(9, IORING_REGISTER_PROBE, 0x10000, 1) = -1 EFAULT (Bad address)");
	/* more ops than the kernel takes: not read */
	assert_string_equal(run("io_uring_register", huge, -22, NULL),
		"io_uring_register(9, IORING_REGISTER_PROBE, 0x10000, 257) = -1 EINVAL (Invalid argument)");
}

static void test_setup_enter(void **state)
{
	uint32_t p[30] = { 0 };
	uint64_t setup[6] = { 1, 0x10000 }, enter[6] = { 3, 1, 2, 0xdefaced00000001ull, 0, 8 };

	(void)state;
	p[2] = 1;         /* IORING_SETUP_IOPOLL */
	p[5] = 0x40;      /* features, as the kernel fills them */
	fake_mem_reset();
	fake_mem_map(0x10000, p, sizeof(p));
	assert_string_equal(run("io_uring_setup", setup, -22, NULL),
		"io_uring_setup(1, {flags=IORING_SETUP_IOPOLL, sq_thread_cpu=0, sq_thread_idle=0}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("io_uring_setup", setup, 3, NULL),
		"io_uring_setup(1, {flags=IORING_SETUP_IOPOLL, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=0, cq_entries=0, features=IORING_FEAT_POLL_32BITS, sq_off={head=0, tail=0, ring_mask=0, ring_entries=0, flags=0, dropped=0, array=0}, cq_off={head=0, tail=0, ring_mask=0, ring_entries=0, overflow=0, cqes=0, flags=0}}) = 3");
	/* flags is an unsigned int: the upper half of the register is not read */
	assert_string_equal(run("io_uring_enter", enter, 0, NULL),
		"io_uring_enter(3, 1, 2, IORING_ENTER_GETEVENTS, NULL, 8) = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_register_files),
		cmocka_unit_test(test_register_rsrc),
		cmocka_unit_test(test_register_probe),
		cmocka_unit_test(test_setup_enter),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
