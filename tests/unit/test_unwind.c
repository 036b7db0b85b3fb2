/* SPDX-License-Identifier: MIT */
/*
 * The unwinder (src/unwind.c): which calls stale the module map, and a
 * real unwind of a child stopped in a known function.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "ltr/arch.h"
#include "ltr/strbuf.h"
#include "ltr/unwind.h"

static int setup(void **state)
{
	(void)state;
	ltr_arch_init();
	return 0;
}

static void test_changes_maps(void **state)
{
	const struct ltr_arch *x64 = ltr_arch_by_name("x86_64");
	const struct ltr_arch *x32 = ltr_arch_by_name("i386");
	uint64_t exec_args[6] = { 0, 4096, PROT_READ | PROT_EXEC, 0, 0, 0 };
	uint64_t data_args[6] = { 0, 4096, PROT_READ | PROT_WRITE, 0, 0, 0 };

	(void)state;
	assert_non_null(x64);
	assert_true(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "mmap"), exec_args));
	assert_false(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "mmap"), data_args));
	assert_true(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "mprotect"), exec_args));
	assert_false(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "mprotect"), data_args));
	assert_true(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "munmap"), data_args));
	assert_true(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "execve"), data_args));
	assert_false(ltr_unwind_changes_maps(x64, ltr_arch_syscall_nr(x64, "write"), exec_args));
	assert_false(ltr_unwind_changes_maps(x64, 100000, exec_args));
	if (x32) {
		/* i386's old mmap passes its arguments in memory: always. */
		assert_true(ltr_unwind_changes_maps(x32, ltr_arch_syscall_nr(x32, "mmap"), data_args));
		assert_false(ltr_unwind_changes_maps(x32, ltr_arch_syscall_nr(x32, "mmap2"), data_args));
		assert_true(ltr_unwind_changes_maps(x32, ltr_arch_syscall_nr(x32, "mmap2"), exec_args));
	}
}

/* The child stops itself in here; the unwind must find this frame. */
__attribute__((noinline)) void unwind_test_stop_here(void);
__attribute__((noinline)) void unwind_test_stop_here(void)
{
	raise(SIGSTOP);
	__asm__ __volatile__("" ::: "memory");
}

static void test_unwind_child(void **state)
{
	struct ltr_frame frames[64];
	struct ltr_strbuf sb = LTR_STRBUF_INIT;
	int status, n, i;
	bool found = false;
	pid_t child;

	(void)state;
	child = fork();
	assert_true(child >= 0);
	if (child == 0) {
		ptrace(PTRACE_TRACEME, 0, 0L, 0L);
		unwind_test_stop_here();
		_exit(0);
	}
	assert_int_equal(waitpid(child, &status, 0), child);
	assert_true(WIFSTOPPED(status));

	n = ltr_unwind_thread(child, child, frames, 64, true);
	assert_true(n >= 2);
	for (i = 0; i < n; i++) {
		if (frames[i].symbol && !strcmp(frames[i].symbol, "unwind_test_stop_here")) {
			found = true;
			assert_non_null(frames[i].module);
			assert_non_null(strstr(frames[i].module, "test_unwind"));
			assert_non_null(frames[i].file);
			assert_non_null(strstr(frames[i].file, "test_unwind.c"));
			assert_true(frames[i].line > 0);
		}
	}
	assert_true(found);

	/* -k output is off by default, then strace's format. */
	ltr_unwind_print(NULL, &sb, false);
	assert_int_equal(sb.len, 0);

	assert_int_equal(ltr_unwind_symbolize(child, 8, &frames[0], false), -ENOENT);
	assert_null(frames[0].module);
	assert_true(ltr_unwind_active());
	ltr_unwind_invalidate(child);
	n = ltr_unwind_thread(child, child, frames, 64, false);
	assert_true(n >= 2);
	ltr_unwind_forget(child);
	assert_false(ltr_unwind_active());

	kill(child, SIGKILL);
	waitpid(child, &status, 0);
	ltr_sb_free(&sb);
	ltr_unwind_shutdown();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_changes_maps),
		cmocka_unit_test(test_unwind_child),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
