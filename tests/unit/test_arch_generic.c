/* SPDX-License-Identifier: MIT */
/*
 * aarch64 and riscv64 on any host: their syscall tables (the generic
 * numbering plus each arch's own), the register logic of syscall
 * modification (src/arch/<arch>/regs.c) on register sets recorded at
 * syscall stops, and the decoders' layouts for them (asm-generic struct
 * stat, arm's O_* bits, CLONE_BACKWARDS argument order).
 */
#include <linux/audit.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"
#include "decoders.h"
#include "arch/aarch64/regs_aarch64.h"
#include "arch/riscv64/regs_riscv64.h"

static struct fake_call fc;

static void expect_nr(const char *archname, const char *name, long nr)
{
	const struct ltr_arch *arch = ltr_arch_by_name(archname);

	assert_non_null(arch);
	if (ltr_arch_syscall_nr(arch, name) != nr)
		fail_msg("%s: %s is %ld, want %ld", archname, name,
			 ltr_arch_syscall_nr(arch, name), nr);
	if (nr >= 0)
		assert_string_equal(ltr_arch_syscall_name(arch, nr), name);
}

static void test_tables(void **state)
{
	static const char *const both[] = { "aarch64", "riscv64" };

	(void)state;
	ltr_arch_init();
	for (unsigned i = 0; i < 2; i++) {
		const char *a = both[i];

		expect_nr(a, "io_setup", 0);
		expect_nr(a, "getcwd", 17);
		expect_nr(a, "openat", 56);
		expect_nr(a, "close", 57);
		expect_nr(a, "read", 63);
		expect_nr(a, "write", 64);
		expect_nr(a, "newfstatat", 79);
		expect_nr(a, "fstat", 80);
		expect_nr(a, "exit_group", 94);
		expect_nr(a, "rt_sigreturn", 139);
		expect_nr(a, "getpid", 172);
		expect_nr(a, "clone", 220);
		expect_nr(a, "execve", 221);
		expect_nr(a, "mmap", 222);
		expect_nr(a, "wait4", 260);
		expect_nr(a, "prlimit64", 261);
		expect_nr(a, "memfd_secret", 447);
		expect_nr(a, "clone3", 435);
		expect_nr(a, "set_mempolicy_home_node", 450);
		expect_nr(a, "cachestat", 451);
		expect_nr(a, "map_shadow_stack", 453);
		expect_nr(a, "mseal", 462);
		expect_nr(a, "file_setattr", 469);
		/* No legacy calls in the generic table. */
		expect_nr(a, "open", -1);
		expect_nr(a, "stat", -1);
		expect_nr(a, "fork", -1);
		expect_nr(a, "getdents", -1);
		expect_nr(a, "arch_prctl", -1);
		assert_int_equal(ltr_arch_by_name(a)->wordsize, 8);
		assert_non_null(ltr_arch_syscall_desc(ltr_arch_by_name(a), 64));
	}
	expect_nr("aarch64", "renameat", 38);
	expect_nr("riscv64", "renameat", -1);
	expect_nr("riscv64", "riscv_hwprobe", 258);
	expect_nr("riscv64", "riscv_flush_icache", 259);
	expect_nr("aarch64", "riscv_flush_icache", -1);
	assert_null(ltr_arch_syscall_name(ltr_arch_by_name("aarch64"), 259));
	assert_ptr_equal(ltr_arch_by_audit(AUDIT_ARCH_AARCH64), ltr_arch_by_name("aarch64"));
	assert_ptr_equal(ltr_arch_by_audit(AUDIT_ARCH_RISCV64), ltr_arch_by_name("riscv64"));
#if defined(__aarch64__)
	assert_ptr_equal(ltr_arch_native(), ltr_arch_by_name("aarch64"));
#elif defined(__riscv)
	assert_ptr_equal(ltr_arch_native(), ltr_arch_by_name("riscv64"));
#endif
}

/* A call with mods on arch, as a script leaves it at its entry stop. */
static struct ltr_call make_call(const char *arch, unsigned mods, long nr,
				 const uint64_t args[6])
{
	struct ltr_call c;

	memset(&c, 0, sizeof(c));
	c.arch = ltr_arch_by_name(arch);
	c.mods = mods;
	c.nr = nr;
	if (args)
		memcpy(c.args, args, sizeof(c.args));
	return c;
}

/*
 * aarch64 registers at the entry stop of write(1, 0xaaaad0c01000, 12),
 * as NT_PRSTATUS and NT_ARM_SYSTEM_CALL returned them (x8 = 64, x7 = 0
 * marks an entry stop).
 */
static struct ltr_aarch64_regs aarch64_write_entry(void)
{
	struct ltr_aarch64_regs r;

	memset(&r, 0, sizeof(r));
	r.x[0] = 1;
	r.x[1] = 0xaaaad0c01000;
	r.x[2] = 12;
	r.x[3] = 0x1003;
	r.x[8] = 64;
	r.x[29] = 0xffffd3a1f0e0;
	r.x[30] = 0xaaaad0bf0a3c;
	r.sp = 0xffffd3a1f0e0;
	r.pc = 0xaaaad0c00b64;
	r.pstate = 0x80001000;
	r.syscallno = 64;
	return r;
}

static void test_aarch64_regs(void **state)
{
	struct ltr_aarch64_regs r = aarch64_write_entry(), before = r;
	uint64_t orig[6], args[6] = { 5, 0xaaaad0c01000, 6, 0x1003, 0, 0 };
	struct ltr_call c;

	(void)state;
	/* Skip: only the system-call regset changes, x0 keeps arg 1. */
	c = make_call("aarch64", LTR_MOD_SKIP, 64, NULL);
	assert_int_equal(ltr_aarch64_regs_entry(&r, &c, orig), LTR_AARCH64_NR_CHANGED);
	assert_int_equal(r.syscallno, -1);
	assert_memory_equal(r.x, before.x, sizeof(r.x));
	assert_int_equal(orig[0], 1);
	assert_int_equal(orig[2], 12);
	/* ...so the exit stop must put the return value into x0. */
	ltr_aarch64_regs_return(&r, -13);
	assert_int_equal((int64_t)r.x[0], -13);

	/* Arguments: x0..x5, nothing else. */
	r = before;
	c = make_call("aarch64", LTR_MOD_ARGS, 64, args);
	assert_int_equal(ltr_aarch64_regs_entry(&r, &c, orig), LTR_AARCH64_GPR_CHANGED);
	assert_int_equal(r.x[0], 5);
	assert_int_equal(r.x[2], 6);
	assert_int_equal(r.x[8], 64);
	assert_int_equal(r.syscallno, 64);
	assert_int_equal(r.pc, before.pc);
	/* Exit stop: x0 holds the result, x1..x5 go back. */
	r.x[0] = 6;
	ltr_aarch64_regs_restore(&r, orig);
	assert_int_equal(r.x[0], 6);
	assert_int_equal(r.x[2], 12);
	assert_memory_equal(&r.x[1], &before.x[1], 5 * sizeof(r.x[0]));

	/* Number: getppid (173) through the regset, x8 untouched. */
	r = before;
	c = make_call("aarch64", LTR_MOD_NR, 173, NULL);
	assert_int_equal(ltr_aarch64_regs_entry(&r, &c, orig), LTR_AARCH64_NR_CHANGED);
	assert_int_equal(r.syscallno, 173);
	assert_int_equal(r.x[8], 64);
}

/*
 * riscv64 registers at the entry stop of openat(AT_FDCWD, 0x2aaaaab000,
 * O_RDONLY|O_DIRECTORY, 0): a0 already holds -ENOSYS, the first
 * argument is orig_a0 (a7 = 56).
 */
static struct ltr_riscv64_regs riscv64_openat_entry(void)
{
	struct ltr_riscv64_regs r;

	memset(&r, 0, sizeof(r));
	r.x[LTR_RISCV64_PC] = 0x2aaaaa1234;
	r.x[1] = 0x2aaaaa1000;
	r.x[LTR_RISCV64_SP] = 0x3ffffff9e0;
	r.x[LTR_RISCV64_A0] = (uint64_t)-38;
	r.x[LTR_RISCV64_A0 + 1] = 0x2aaaaab000;
	r.x[LTR_RISCV64_A0 + 2] = 0200000;
	r.x[LTR_RISCV64_A7] = 56;
	r.orig_a0 = (uint64_t)-100;
	return r;
}

static void test_riscv64_regs(void **state)
{
	struct ltr_riscv64_regs r = riscv64_openat_entry(), before = r;
	uint64_t orig[6], args[6] = { (uint64_t)-100, 0x2aaaaac000, 0, 0, 0, 0 };
	struct ltr_call c;

	(void)state;
	/* Skip: a7 = -1; a0 keeps -ENOSYS, which the exit stop replaces. */
	c = make_call("riscv64", LTR_MOD_SKIP, 56, NULL);
	assert_int_equal(ltr_riscv64_regs_entry(&r, &c, orig), LTR_RISCV64_GPR_CHANGED);
	assert_int_equal((int64_t)r.x[LTR_RISCV64_A7], -1);
	assert_int_equal((int64_t)r.x[LTR_RISCV64_A0], -38);
	assert_int_equal((int64_t)orig[0], -100);   /* from orig_a0, not a0 */
	assert_int_equal(orig[1], 0x2aaaaab000);
	ltr_riscv64_regs_return(&r, -13);
	assert_int_equal((int64_t)r.x[LTR_RISCV64_A0], -13);

	/* Arguments 2..6 are a1..a5; an unchanged first one needs no orig_a0. */
	r = before;
	c = make_call("riscv64", LTR_MOD_ARGS, 56, args);
	assert_int_equal(ltr_riscv64_regs_entry(&r, &c, orig), LTR_RISCV64_GPR_CHANGED);
	assert_int_equal(r.x[LTR_RISCV64_A0 + 1], 0x2aaaaac000);
	assert_int_equal(r.x[LTR_RISCV64_A0 + 2], 0);
	assert_int_equal(r.x[LTR_RISCV64_A7], 56);
	/* A changed first argument is orig_a0 (NT_RISCV_ORIG_A0). */
	r = before;
	args[0] = 3;
	c = make_call("riscv64", LTR_MOD_ARGS, 56, args);
	assert_int_equal(ltr_riscv64_regs_entry(&r, &c, orig),
			 LTR_RISCV64_GPR_CHANGED | LTR_RISCV64_ORIG_A0_CHANGED);
	assert_int_equal(r.orig_a0, 3);
	assert_int_equal((int64_t)r.x[LTR_RISCV64_A0], -38);
	/* Exit stop: a0 holds the result, a1..a5 go back. */
	r.x[LTR_RISCV64_A0] = 4;
	ltr_riscv64_regs_restore(&r, orig);
	assert_int_equal(r.x[LTR_RISCV64_A0], 4);
	assert_memory_equal(&r.x[LTR_RISCV64_A0 + 1], &before.x[LTR_RISCV64_A0 + 1],
			    5 * sizeof(r.x[0]));

	/* Number: a7. */
	r = before;
	c = make_call("riscv64", LTR_MOD_NR, 173, NULL);
	assert_int_equal(ltr_riscv64_regs_entry(&r, &c, orig), LTR_RISCV64_GPR_CHANGED);
	assert_int_equal(r.x[LTR_RISCV64_A7], 173);
}

/* A whole call through its syscalls.def row: entry, exit, return value. */
static const char *run(const char *arch, const char *name, const uint64_t args[6],
		       int64_t ret, unsigned verbose)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, NULL);
}

/* asm-generic struct stat (aarch64, riscv64): 128 bytes. */
struct generic_stat {
	uint64_t dev, ino;
	uint32_t mode, nlink, uid, gid;
	uint64_t rdev, pad1;
	int64_t size;
	int32_t blksize, pad2;
	int64_t blocks, atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
	uint32_t unused[2];
};

static void test_stat(void **state)
{
	static const char *const both[] = { "aarch64", "riscv64" };
	struct generic_stat st = {
		.dev = 0xfe00, .ino = 733, .mode = 0100755, .nlink = 1, .size = 3,
		.blksize = 4096, .blocks = 8,
		.atime = 1795707681, .atime_nsec = 392206911,
		.mtime = 1795707518, .mtime_nsec = 612199845,
		.ctime = 1795707518, .ctime_nsec = 612199845,
	};
	uint64_t a[6] = { (uint64_t)-100, 0x2000, 0x10000, 0 };

	(void)state;
	assert_int_equal(sizeof(st), 128);
	for (unsigned i = 0; i < 2; i++) {
		fake_mem_reset();
		fake_mem_map_str(0x2000, "/bin/x");
		fake_mem_map(0x10000, &st, sizeof(st));
		assert_string_equal(run(both[i], "newfstatat", a, 0, 0),
			"newfstatat(AT_FDCWD, \"/bin/x\", {st_mode=S_IFREG|0755, st_size=3, ...}, 0) = 0");
		assert_string_equal(run(both[i], "newfstatat", a, 0, 1),
			"newfstatat(AT_FDCWD, \"/bin/x\", {st_dev=makedev(0xfe, 0), st_ino=733, st_mode=S_IFREG|0755, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=3, st_atime=1795707681 /* 2026-11-26T15:41:21.392206911+0000 */, st_atime_nsec=392206911, st_mtime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_mtime_nsec=612199845, st_ctime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_ctime_nsec=612199845}, 0) = 0");
	}
}

static void test_open_flags(void **state)
{
	uint64_t a[6] = { (uint64_t)-100, 0x2000, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x2000, "/");
	/* arm's fcntl.h: O_DIRECTORY 040000, O_NOFOLLOW 0100000,
	 * O_DIRECT 0200000, O_LARGEFILE 0400000. */
	a[2] = 040000 | 02000000;
	assert_string_equal(run("aarch64", "openat", a, 3, 0),
		"openat(AT_FDCWD, \"/\", O_RDONLY|O_CLOEXEC|O_DIRECTORY) = 3");
	a[2] = 0100000 | 0200000;
	assert_string_equal(run("aarch64", "openat", a, 3, 0),
		"openat(AT_FDCWD, \"/\", O_RDONLY|O_DIRECT|O_NOFOLLOW) = 3");
	/* riscv64 has the x86 values. strace's order: O_CLOEXEC first. */
	a[2] = 0200000 | 02000000;
	assert_string_equal(run("riscv64", "openat", a, 3, 0),
		"openat(AT_FDCWD, \"/\", O_RDONLY|O_CLOEXEC|O_DIRECTORY) = 3");
}

static void test_clone(void **state)
{
	/* glibc's fork(): clone(flags, 0, NULL, tls 0, &tid) on both */
	uint64_t a[6] = { 0x01200011, 0, 0, 0, 0xffff8d6f10f0, 0 };

	(void)state;
	fake_mem_reset();
	assert_string_equal(run("aarch64", "clone", a, 120, 0),
		"clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0xffff8d6f10f0) = 120");
	assert_string_equal(run("riscv64", "clone", a, 121, 0),
		"clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0xffff8d6f10f0) = 121");
	/* x86_64 keeps child_tid before tls */
	a[3] = 0x7f0000001000;
	a[4] = 0;
	assert_string_equal(run("x86_64", "clone", a, 122, 0),
		"clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f0000001000) = 122");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tables),
		cmocka_unit_test(test_aarch64_regs),
		cmocka_unit_test(test_riscv64_regs),
		cmocka_unit_test(test_stat),
		cmocka_unit_test(test_open_flags),
		cmocka_unit_test(test_clone),
	};

	setenv("TZ", "UTC", 1);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
