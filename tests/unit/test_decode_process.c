/* SPDX-License-Identifier: MIT */
/*
 * Process decoders: execve, clone, wait4, limits, arch_prctl, uname.
 * Every expected string was printed by strace 6.1 for the same call.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

/* Runs decoder dec at entry and exit; returns the whole line. */
static const char *run(const char *arch, const char *name, ltr_decoder *dec,
		       const uint64_t args[6], int64_t ret)
{
	return fake_call_decoder(&fc, arch, name, dec, args, ret);
}

static void test_execve(void **state)
{
	uint64_t argv[4] = { 0x2000, 0x2010, 0x2020, 0 };
	uint64_t envp[3] = { 0x2030, 0x2040, 0 };
	uint32_t argv32[3] = { 0x2000, 0x2010, 0 };
	uint64_t a[6] = { 0x1000, 0x3000, 0x4000 };
	uint64_t b[6] = { 0x1000, 0x5000, 0x4000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "/usr/bin/sh");
	fake_mem_map_str(0x2000, "sh");
	fake_mem_map_str(0x2010, "-c");
	fake_mem_map_str(0x2020, "import threading,subprocess; subprocess.run");
	fake_mem_map_str(0x2030, "A=1");
	fake_mem_map_str(0x2040, "B=2");
	fake_mem_map(0x3000, argv, sizeof(argv));
	fake_mem_map(0x4000, envp, sizeof(envp));
	fake_mem_map(0x5000, argv32, sizeof(argv32));
	assert_string_equal(run("x86_64", "execve", ltr_decode_execve, a, 0),
		"execve(\"/usr/bin/sh\", [\"sh\", \"-c\", \"import threading,subprocess; sub\"...], 0x4000 /* 2 vars */) = 0");
	assert_string_equal(run("i386", "execve", ltr_decode_execve, b, -2),
		"execve(\"/usr/bin/sh\", [\"sh\", \"-c\"], 0x4000 /* 1 var */) = -1 ENOENT (No such file or directory)");
	fake_call_init(&fc, "x86_64", "execve", a);
	fc.desc.decode = ltr_decode_execve;
	fc.opts.verbose = true;
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc),
		"execve(\"/usr/bin/sh\", [\"sh\", \"-c\", \"import threading,subprocess; sub\"...], [\"A=1\", \"B=2\"]");
}

static void test_clone(void **state)
{
	uint64_t a[6] = { 0x01200011, 0, 0, 0x7f2773c56a10, 0 };
	uint64_t b[6] = { 0x00000f11, 0x5635b7632290 };

	(void)state;
	assert_string_equal(run("x86_64", "clone", ltr_decode_clone, a, 4490),
		"clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f2773c56a10) = 4490");
	b[0] = 0x00000711;
	assert_string_equal(run("x86_64", "clone", ltr_decode_clone, b, 8251),
		"clone(child_stack=0x5635b7632290, flags=CLONE_VM|CLONE_FS|CLONE_FILES|SIGCHLD) = 8251");
}

static void test_clone3(void **state)
{
	uint64_t ca[11] = { 0x100001000ULL, 0x7ffca309949c, 0, 0, 17, 0, 0, 0, 0, 0, 0 };
	int32_t pidfd = 3;
	uint64_t a[6] = { 0x1000, 88 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, ca, sizeof(ca));
	fake_mem_map(0x7ffca309949c, &pidfd, 4);
	assert_string_equal(run("x86_64", "clone3", ltr_decode_clone3, a, 8253),
		"clone3({flags=CLONE_PIDFD|CLONE_CLEAR_SIGHAND, pidfd=0x7ffca309949c, exit_signal=SIGCHLD, stack=NULL, stack_size=0} => {pidfd=[3]}, 88) = 8253");
}

static void test_wait4(void **state)
{
	int32_t st_exit = 0, st_term = SIGTERM, st_stop = 0x137f, st_cont = 0xffff;
	uint64_t a[6] = { (uint64_t)-1, 0x1000, 0, 0 };
	uint64_t b[6] = { (uint64_t)-1, 0x1004, 1 | 0x40000000, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &st_exit, 4);
	fake_mem_map(0x1004, &st_term, 4);
	fake_mem_map(0x1008, &st_stop, 4);
	fake_mem_map(0x100c, &st_cont, 4);
	assert_string_equal(run("x86_64", "wait4", ltr_decode_wait4, a, 2746),
		"wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 2746");
	assert_string_equal(run("x86_64", "wait4", ltr_decode_wait4, b, 8),
		"wait4(-1, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGTERM}], WNOHANG|__WALL, NULL) = 8");
	b[1] = 0x1008; b[2] = 2;
	assert_string_equal(run("x86_64", "wait4", ltr_decode_wait4, b, 8),
		"wait4(-1, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED, NULL) = 8");
	b[1] = 0x100c; b[2] = 8;
	assert_string_equal(run("x86_64", "wait4", ltr_decode_wait4, b, 8),
		"wait4(-1, [{WIFCONTINUED(s)}], WCONTINUED, NULL) = 8");
	b[2] = 1;
	assert_string_equal(run("x86_64", "wait4", ltr_decode_wait4, b, -10),
		"wait4(-1, 0x100c, WNOHANG, NULL)        = -1 ECHILD (No child processes)");
}

static void test_limits(void **state)
{
	uint64_t stack[2] = { 8192 * 1024, ~0ULL };
	uint64_t odd[2] = { 3072 * 1024, 8388609 };
	uint64_t a[6] = { 0, 3, 0, 0x1000 };
	uint64_t b[6] = { 1234567, 99, 0x2000, 0x1000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, stack, sizeof(stack));
	fake_mem_map(0x2000, odd, sizeof(odd));
	assert_string_equal(run("x86_64", "prlimit64", ltr_decode_prlimit64, a, 0),
		"prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}) = 0");
	assert_string_equal(run("x86_64", "prlimit64", ltr_decode_prlimit64, b, -3),
		"prlimit64(1234567, 0x63 /* RLIMIT_??? */, {rlim_cur=3072*1024, rlim_max=8388609}, 0x1000) = -1 ESRCH (No such process)");
}

static void test_arch_prctl(void **state)
{
	uint64_t fs = 0x7f0bda607740;
	uint64_t a[6] = { 0x1002, 0x7f2773c56740 };
	uint64_t b[6] = { 0x1003, 0x1000 };
	uint64_t c[6] = { 0x3001, 0x7ffe00000000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &fs, 8);
	assert_string_equal(run("x86_64", "arch_prctl", ltr_decode_arch_prctl, a, 0),
		"arch_prctl(ARCH_SET_FS, 0x7f2773c56740) = 0");
	assert_string_equal(run("x86_64", "arch_prctl", ltr_decode_arch_prctl, b, 0),
		"arch_prctl(ARCH_GET_FS, [0x7f0bda607740]) = 0");
	assert_string_equal(run("x86_64", "arch_prctl", ltr_decode_arch_prctl, c, -22),
		"arch_prctl(0x3001 /* ARCH_??? */, 0x7ffe00000000) = -1 EINVAL (Invalid argument)");
}

static void test_prctl(void **state)
{
	uint64_t a[6] = { 15, 0x1000 };
	uint64_t b[6] = { 3 };
	uint64_t c[6] = { 999, 1, 2, 3, 4 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "hello");
	assert_string_equal(run("x86_64", "prctl", ltr_decode_prctl, a, 0),
		"prctl(PR_SET_NAME, \"hello\")             = 0");
	assert_string_equal(run("x86_64", "prctl", ltr_decode_prctl, b, 1),
		"prctl(PR_GET_DUMPABLE)                  = 1 (SUID_DUMP_USER)");
	assert_string_equal(run("x86_64", "prctl", ltr_decode_prctl, c, -22),
		"prctl(0x3e7 /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
}

static void test_uname(void **state)
{
	char u[6][65];
	uint64_t a[6] = { 0x1000 };
	const struct ltr_argspec out = A_UNAME_OUT;

	(void)state;
	memset(u, 0, sizeof(u));
	strcpy(u[0], "Linux");
	strcpy(u[1], "vm");
	fake_mem_reset();
	fake_mem_map(0x1000, u, sizeof(u));
	fake_call_init(&fc, "x86_64", "uname", a);
	fc.desc.nargs = 1;
	fc.desc.args[0] = out;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, 0);
	ltr_decode_exit(&fc.c);
	assert_string_equal(fake_call_take(&fc), "uname({sysname=\"Linux\", nodename=\"vm\", ...})");
}

/* strace 6.1's lines for glibc's i386 TLS setup. */
static uint32_t tls_desc[4] = { 0xffffffff, 0xf7fc05c0, 0x0fffff, 0x51 };

/* The kernel picks GDT entry 12 and writes it back. */
static void tls_kernel(void)
{
	tls_desc[0] = 12;
	fake_mem_reset();
	fake_mem_map(0xffffdaf0, tls_desc, sizeof(tls_desc));
}

static void test_thread_area(void **state)
{
	uint64_t a[6] = { 0xffffdaf0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0xffffdaf0, tls_desc, sizeof(tls_desc));
	fake_call_init(&fc, "i386", "set_thread_area", a);
	fc.desc.decode = ltr_decode_set_thread_area;
	assert_string_equal(fake_call_run(&fc, 0, tls_kernel),
		"set_thread_area({entry_number=-1, base_addr=0xf7fc05c0, limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}) = 0 (entry_number=12)");
	assert_string_equal(run("i386", "get_thread_area", ltr_decode_get_thread_area, a, 0),
		"get_thread_area({entry_number=12, base_addr=0xf7fc05c0, limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}) = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_execve),
		cmocka_unit_test(test_thread_area),
		cmocka_unit_test(test_clone),
		cmocka_unit_test(test_clone3),
		cmocka_unit_test(test_wait4),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_arch_prctl),
		cmocka_unit_test(test_prctl),
		cmocka_unit_test(test_uname),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
