/* SPDX-License-Identifier: MIT */
/*
 * bpf(2) (src/decode/bpf.c) on fake tracee memory: each command's attr
 * read no further than the size argument (the memory past it is
 * unmapped), the size versions, hostile sizes, extra bytes, the
 * commands that print again at exit. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *arch, const uint64_t args[6], int64_t ret, bool verbose,
		       void (*kernel)(void))
{
	fake_call_init_row(&fc, arch, fake_row("bpf"), args);
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, kernel);
}

/* BPF_MAP_CREATE's 72 bytes, mapped with nothing after them */
static void test_map_create(void **state)
{
	unsigned char a[72] = { 0 };
	uint64_t full[6] = { 0, 0x10000, 72 }, v1[6] = { 0, 0x10000, 16 };
	uint64_t big[6] = { 0, 0x40000, 4097 }, over[6] = { 0, 0x10000, 73 };
	static unsigned char page2[8192];
	uint64_t null[6] = { 0, 0, 72 }, bad[6] = { 0, 0x20000, 72 };

	(void)state;
	a[0] = 2;          /* BPF_MAP_TYPE_ARRAY */
	a[4] = 4;
	a[8] = 8;
	a[12] = 1;
	a[16] = 0x4;       /* BPF_F_NUMA_NODE */
	memset(a + 24, 0xff, 4);  /* numa_node -1 */
	memcpy(a + 28, "map", 4);
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	fake_mem_map(0x40000, page2, sizeof(page2));
	assert_string_equal(run("x86_64", full, 3, false, NULL),
		"bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=1, map_flags=BPF_F_NUMA_NODE, inner_map_fd=0, numa_node=4294967295 /* NUMA_NO_NODE */, map_name=\"map\", map_ifindex=0, btf_fd=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0}, 72) = 3");
	/* the first version: no map_flags and after */
	assert_string_equal(run("x86_64", v1, 3, false, NULL),
		"bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=1}, 16) = 3");
	/* past a page, readable or not: not read at all */
	assert_string_equal(run("x86_64", big, -7, false, NULL),
		"bpf(BPF_MAP_CREATE, 0x40000, 4097)      = -1 E2BIG (Argument list too long)");
	/* one byte more than mapped: the address, nothing read past size */
	assert_string_equal(run("x86_64", over, -14, false, NULL),
		"bpf(BPF_MAP_CREATE, 0x10000, 73)        = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", null, -14, false, NULL),
		"bpf(BPF_MAP_CREATE, NULL, 72)           = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", bad, -14, false, NULL),
		"bpf(BPF_MAP_CREATE, 0x20000, 72)        = -1 EFAULT (Bad address)");
}

/* bytes past the known struct: "..." abbreviated, extra_data= with -v */
static void test_extra_data(void **state)
{
	unsigned char a[20] = { 0 };
	uint64_t args[6] = { 22, 0x10000, 20 }, unknown[6] = { 99, 0x10000, 20 };

	(void)state;
	a[0] = 5;
	a[17] = 0xab;
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run("x86_64", args, 0, false, NULL),
		"bpf(BPF_MAP_FREEZE, {map_fd=5, ...}, 20) = 0");
	assert_string_equal(run("x86_64", args, 0, true, NULL),
		"bpf(BPF_MAP_FREEZE, {map_fd=5, extra_data=\"\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xab\\x00\\x00\" /* bytes 4..19 */}, 20) = 0");
	assert_string_equal(run("x86_64", unknown, -22, false, NULL),
		"bpf(0x63 /* BPF_??? */, 0x10000, 20)    = -1 EINVAL (Invalid argument)");
}

/* BPF_PROG_LOAD: the instructions only with -v, the kernel version */
static void test_prog_load(void **state)
{
	unsigned char a[48] = { 0 };
	unsigned char insns[16] = { 0xb7, 0, 0, 0, 0, 0, 0, 0, 0x95 };
	uint64_t args[6] = { 5, 0x10000, 48 };
	uint64_t ins = 0x20000, lic = 0x30000;

	(void)state;
	a[0] = 1;
	a[4] = 2;
	memcpy(a + 8, &ins, 8);
	memcpy(a + 16, &lic, 8);
	a[40] = 0; a[41] = 0x0a; a[42] = 0x04;  /* KERNEL_VERSION(4, 10, 0) */
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	fake_mem_map(0x20000, insns, sizeof(insns));
	fake_mem_map_str(0x30000, "GPL");
	assert_string_equal(run("x86_64", args, -1, false, NULL),
		"bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=0x20000, license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, kern_version=KERNEL_VERSION(4, 10, 0), prog_flags=0}, 48) = -1 EPERM (Operation not permitted)");
	assert_string_equal(run("x86_64", args, -1, true, NULL),
		"bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=[{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}, {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}], license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, kern_version=KERNEL_VERSION(4, 10, 0), prog_flags=0}, 48) = -1 EPERM (Operation not permitted)");
}

static void kernel_next_id(void)
{
	unsigned char a[12] = { 1, 0, 0, 0, 7, 0, 0, 0 };

	fake_mem_map(0x10000, a, sizeof(a));
}

/* *_GET_NEXT_ID: the id the kernel wrote, after " => " */
static void test_get_next_id(void **state)
{
	unsigned char a[12] = { 1 };
	uint64_t args[6] = { 11, 0x10000, 12 }, v0[6] = { 11, 0x10000, 8 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run("x86_64", args, 0, false, kernel_next_id),
		"bpf(BPF_PROG_GET_NEXT_ID, {start_id=1, next_id=0 => 7, open_flags=0}, 12) = 0");
	fake_mem_reset();
	fake_mem_map(0x10000, a, sizeof(a));
	assert_string_equal(run("x86_64", v0, -2, false, NULL),
		"bpf(BPF_PROG_GET_NEXT_ID, {start_id=1, next_id=0}, 8) = -1 ENOENT (No such file or directory)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_map_create),
		cmocka_unit_test(test_extra_data),
		cmocka_unit_test(test_prog_load),
		cmocka_unit_test(test_get_next_id),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
