/* SPDX-License-Identifier: MIT */
/*
 * NUMA calls (src/decode/numa.c) on fake tracee memory: node masks read
 * as the words maxnode covers and no more, hostile maxnode values, modes
 * with their flags, move_pages' status at exit. Expected lines: strace
 * 6.1's.
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

static void test_mbind(void **state)
{
	uint64_t mask[2] = { 3, 0 };
	uint32_t mask32[1] = { 5 };
	uint64_t one[6] = { 0x7f0000000000, 4096, 0x8002, 0x10000, 65, 0xdefaced00000002ull };
	uint64_t three[6] = { 0x7f0000000000, 4096, 2, 0x10000, 130, 0 };
	uint64_t huge[6] = { 0x7f0000000000, 4096, 2, 0x10000, UINT64_MAX, 0 };
	uint64_t odd[6] = { 0x7f0000000000, 4096, 0xffff0000ull, 0, 0, 0 };
	uint64_t i386[6] = { 0x70000000, 4096, 1, 0x20000, 33, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, mask, sizeof(mask));
	fake_mem_map(0x20000, mask32, sizeof(mask32));
	/* 65 bits: the kernel reads one word; the flags are an unsigned int */
	assert_string_equal(run("x86_64", "mbind", one, 0),
		"mbind(0x7f0000000000, 4096, MPOL_BIND|MPOL_F_STATIC_NODES, [0x00000000000003], 65, MPOL_MF_MOVE) = 0");
	/* 130 bits: a third word, past the mapped two */
	assert_string_equal(run("x86_64", "mbind", three, -14),
		"mbind(0x7f0000000000, 4096, MPOL_BIND, [0x00000000000003, 0000000000000000, ... /* 0x10010 */], 130, 0) = -1 EFAULT (Bad address)");
	/* a maxnode whose word count overflows: the address */
	assert_string_equal(run("x86_64", "mbind", huge, -22),
		"mbind(0x7f0000000000, 4096, MPOL_BIND, 0x10000, 18446744073709551615, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "mbind", odd, -22),
		"mbind(0x7f0000000000, 4096, 0xffff0000 /* MPOL_??? */, NULL, 0, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "mbind", i386, 0),
		"mbind(0x70000000, 4096, MPOL_PREFERRED, [0x000005], 33, 0) = 0");
}

static void test_mempolicy(void **state)
{
	int32_t mode = 2;
	uint64_t mask = 1;
	uint64_t get[6] = { 0x10000, 0x20000, 64, 0, 3 }, set[6] = { 0xdefaced00000001ull, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, &mode, sizeof(mode));
	fake_mem_map(0x20000, &mask, sizeof(mask));
	assert_string_equal(run("x86_64", "get_mempolicy", get, 0),
		"get_mempolicy([MPOL_BIND], [0x00000000000001], 64, NULL, MPOL_F_NODE|MPOL_F_ADDR) = 0");
	assert_string_equal(run("x86_64", "get_mempolicy", get, -22),
		"get_mempolicy(0x10000, 0x20000, 64, NULL, MPOL_F_NODE|MPOL_F_ADDR) = -1 EINVAL (Invalid argument)");
	/* set_mempolicy's mode is an int */
	assert_string_equal(run("x86_64", "set_mempolicy", set, 0),
		"set_mempolicy(MPOL_PREFERRED, NULL, 0)  = 0");
}

static void test_move_pages(void **state)
{
	uint64_t pages[2] = { 0x7f0000000000, 0x7f0000001000 };
	int32_t nodes[2] = { 0, 1 }, status[2] = { 0, -14 };
	uint64_t args[6] = { 42, 2, 0x10000, 0x20000, 0x30000, 2 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, pages, sizeof(pages));
	fake_mem_map(0x20000, nodes, sizeof(nodes));
	fake_mem_map(0x30000, status, sizeof(status));
	assert_string_equal(run("x86_64", "move_pages", args, 0),
		"move_pages(42, 2, [0x7f0000000000, 0x7f0000001000], [0, 1], [0, -EFAULT], MPOL_MF_MOVE) = 0");
	assert_string_equal(run("x86_64", "move_pages", args, -1),
		"move_pages(42, 2, [0x7f0000000000, 0x7f0000001000], [0, 1], 0x30000, MPOL_MF_MOVE) = -1 EPERM (Operation not permitted)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mbind),
		cmocka_unit_test(test_mempolicy),
		cmocka_unit_test(test_move_pages),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
