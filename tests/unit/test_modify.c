/* SPDX-License-Identifier: MIT */
/*
 * Changing syscalls of real tracees (src/arch/modify.c, the host's
 * regs.c, ltr_mem_write): a forked child of this test (64-bit) and the
 * fixture build/fixtures/modify-32 (i386) make the calls of
 * tests/fixtures/modify_cases.h; a minimal PTRACE_SEIZE + PTRACE_SYSCALL
 * loop here skips, fails, shrinks, renumbers, overrides and writes
 * memory, and the tracee's printed results are checked. Each tracee runs
 * twice: with PTRACE_SET_SYSCALL_INFO (required on Linux 6.16+) and with
 * LTR_NO_SET_SYSCALL_INFO=1 (registers).
 *
 * LTR_FIXTURES names the fixture directory (default build/fixtures: tests
 * run from the repository root).
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "ltr/arch.h"
#include "ltr/mem.h"
#include "ltr/syscall.h"
#include "../fixtures/modify_cases.h"
#include "fake_mem.h"
#include "i386.h"

#define MAX_STOPS 20000

/* What the tracer did to each case, for the checks. */
struct trace_result {
	unsigned hits;        /* cases whose entry stop was seen */
	int first_error;      /* first failing modification (-errno), or 0 */
	char output[2048];    /* what the tracee printed */
};

/* The change being made to the call in flight. */
struct pending {
	bool active;
	bool set_ret;
	int64_t ret;
	bool restore;
	struct ltr_call call;
};

static void note_rc(struct trace_result *res, int rc, const char *what)
{
	if (rc < 0 && !res->first_error) {
		res->first_error = rc;
		fprintf(stderr, "test_modify: %s: %s\n", what, strerror(-rc));
	}
}

static long nr_of(const struct ltr_arch *arch, const char *name)
{
	long nr = ltr_arch_syscall_nr(arch, name);

	assert_true(nr >= 0);
	return nr;
}

/* At an entry stop: recognises a case by its magic argument and changes it. */
static void on_entry(pid_t tid, const struct __ptrace_syscall_info *info,
		     struct pending *p, struct trace_result *res)
{
	static const char xyz[] = "XYZ";
	static const char rw[] = "RW";
	const struct ltr_arch *arch = ltr_arch_by_audit(info->arch);
	struct ltr_call *c = &p->call;
	struct ltr_mem mem;
	unsigned i;
	long nr = (long)info->entry.nr;

	memset(p, 0, sizeof(*p));
	if (!arch)
		return;
	c->arch = arch;
	c->nr = nr;
	c->tid = tid;
	for (i = 0; i < 6; i++)
		c->args[i] = arch->wordsize == 4 ? (uint32_t)info->entry.args[i]
						 : info->entry.args[i];
	ltr_mem_init_pid(&mem, tid);

	if (nr == nr_of(arch, "getpid") && c->args[0] == MAGIC_SKIP) {
		c->mods = LTR_MOD_SKIP;
		p->set_ret = true;
		p->ret = 4242;
	} else if (nr == nr_of(arch, "openat") && c->args[3] == MAGIC_EACCES) {
		c->mods = LTR_MOD_SKIP;
		p->set_ret = true;
		p->ret = -EACCES;
	} else if (nr == nr_of(arch, "write") && c->args[3] == MAGIC_COUNT) {
		c->mods = LTR_MOD_ARGS;
		c->args[0] = c->args[4];
		c->args[2] = 5;
		p->restore = true;
	} else if (nr == nr_of(arch, "getpid") && c->args[0] == MAGIC_NR) {
		c->mods = LTR_MOD_NR;
		c->nr = nr_of(arch, "getppid");
	} else if (nr == nr_of(arch, "getpid") && c->args[0] == MAGIC_RET) {
		p->set_ret = true;
		p->ret = 777;
	} else if (nr == nr_of(arch, "write") && c->args[3] == MAGIC_MEM) {
		note_rc(res, ltr_mem_write(&mem, c->args[1] + 1, xyz, 3), "ltr_mem_write");
	} else if (nr == nr_of(arch, "write") && c->args[3] == MAGIC_RO) {
		/*
		 * read-only: refused, nothing written (the program could not
		 * write there itself); written only when forced (POKEDATA)
		 */
		if (ltr_mem_write(&mem, c->args[1], rw, 2) != -EFAULT)
			note_rc(res, -EPERM, "ltr_mem_write ro was not refused");
		note_rc(res, ltr_mem_write_force(&mem, c->args[1], rw, 2), "ltr_mem_write_force ro");
	} else {
		return;
	}
	res->hits++;
	p->active = true;
	note_rc(res, ltr_arch_apply_entry(tid, c), "ltr_arch_apply_entry");
}

static void on_exit_stop(pid_t tid, struct pending *p, struct trace_result *res)
{
	if (!p->active)
		return;
	if (p->set_ret)
		note_rc(res, ltr_arch_apply_return(tid, &p->call, p->ret), "ltr_arch_apply_return");
	if (p->restore)
		note_rc(res, ltr_arch_restore_args(tid, &p->call), "ltr_arch_restore_args");
	p->active = false;
}

/*
 * Traces pid (stopped by SIGSTOP, not yet traced) to its end, changing the
 * calls of modify_cases(). Bounded: MAX_STOPS stops, then the child is
 * killed.
 */
static void trace_child(pid_t pid, struct trace_result *res)
{
	struct pending p;
	unsigned stops;
	int status;

	memset(&p, 0, sizeof(p));
	assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
	assert_true(WIFSTOPPED(status));
	assert_int_equal(ptrace(PTRACE_SEIZE, pid, NULL,
				(void *)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL |
					 PTRACE_O_TRACEEXEC)), 0);
	for (stops = 0; stops < MAX_STOPS; stops++) {
		int sig = 0;

		if (waitpid(pid, &status, __WALL) != pid)
			break;
		if (WIFEXITED(status) || WIFSIGNALED(status))
			return;
		if (WSTOPSIG(status) == (SIGTRAP | 0x80)) {
			struct __ptrace_syscall_info info;

			if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(info), &info) > 0) {
				if (info.op == PTRACE_SYSCALL_INFO_ENTRY)
					on_entry(pid, &info, &p, res);
				else if (info.op == PTRACE_SYSCALL_INFO_EXIT)
					on_exit_stop(pid, &p, res);
			}
		} else if ((status >> 16) == 0 && WSTOPSIG(status) != SIGSTOP) {
			sig = WSTOPSIG(status); /* signal-delivery-stop */
		}
		if (ptrace(PTRACE_SYSCALL, pid, NULL, (void *)(intptr_t)sig) < 0)
			break;
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, __WALL);
	fail_msg("tracee %d did not finish within %u stops", pid, MAX_STOPS);
}

/*
 * Runs the cases in a forked child, or in the fixture at path when path
 * is not NULL, traced; fills res with what the tracee printed.
 */
static void run_traced(const char *path, struct trace_result *res)
{
	int out[2];
	pid_t pid;
	ssize_t n;
	size_t len = 0;

	memset(res, 0, sizeof(*res));
	assert_int_equal(pipe(out), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(out[0]);
		raise(SIGSTOP);
		if (path) {
			dup2(out[1], 1);
			execl(path, path, (char *)NULL);
			_exit(127);
		}
		modify_cases(out[1]);
		_exit(0);
	}
	close(out[1]);
	trace_child(pid, res);
	while (len < sizeof(res->output) - 1 &&
	       (n = read(out[0], res->output + len, sizeof(res->output) - 1 - len)) > 0)
		len += (size_t)n;
	res->output[len] = '\0';
	close(out[0]);
}

/* True when the running kernel is at least major.minor. */
static bool kernel_at_least(int major, int minor)
{
	struct utsname u;
	int ma = 0, mi = 0;

	if (uname(&u) < 0 || sscanf(u.release, "%d.%d", &ma, &mi) != 2)
		return false;
	return ma > major || (ma == major && mi >= minor);
}

static void expect_line(const char *output, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void expect_line(const char *output, const char *fmt, ...)
{
	char line[256];
	va_list ap;
	const char *at;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line) - 1, fmt, ap);
	va_end(ap);
	n = strlen(line);
	line[n] = '\n';
	line[n + 1] = '\0';
	at = strstr(output, line);
	if (!at || (at != output && at[-1] != '\n'))
		fail_msg("expected line \"%.*s\" in:\n%s", (int)n, line, output);
}

/* Runs one tracee with or without PTRACE_SET_SYSCALL_INFO and checks it. */
static void check_modifications(const char *path, bool use_ssi)
{
	struct trace_result res;

	if (use_ssi)
		unsetenv("LTR_NO_SET_SYSCALL_INFO");
	else
		setenv("LTR_NO_SET_SYSCALL_INFO", "1", 1);
	ltr_arch_modify_reset();
	run_traced(path, &res);
	unsetenv("LTR_NO_SET_SYSCALL_INFO");

	assert_int_equal(res.first_error, 0);
	assert_int_equal(res.hits, 7);
	expect_line(res.output, "skip 4242");
	expect_line(res.output, "openat -1 %d", EACCES);
	/* ran on the pipe with count 5; fd and count registers restored */
	expect_line(res.output, "write 5 hello 11 -1");
	expect_line(res.output, "nr %d", (int)getpid());
	expect_line(res.output, "ret 777");
	expect_line(res.output, "mem 10 aXYZefghij aXYZefghij");
	expect_line(res.output, "ro 8 RWadonly");
	if (use_ssi && kernel_at_least(6, 16))
		assert_int_equal(ltr_arch_modify_path(), LTR_MODIFY_SYSCALL_INFO);
	else if (use_ssi)
		fprintf(stderr, "test_modify: kernel < 6.16, PTRACE_SET_SYSCALL_INFO path "
			"fell back to registers\n");
	if (!use_ssi)
		assert_int_equal(ltr_arch_modify_path(), LTR_MODIFY_REGS);
}

static const char *fixture_path(const char *name)
{
	static char path[4096];

	snprintf(path, sizeof(path), "%s/%s", test_fixture_dir(), name);
	if (access(path, X_OK) != 0) {
		fprintf(stderr, "test_modify: %s missing (make fixtures)\n", path);
		return NULL;
	}
	return path;
}

static void test_x86_64_set_syscall_info(void **state)
{
	(void)state;
	check_modifications(NULL, true);
}

static void test_x86_64_registers(void **state)
{
	(void)state;
	check_modifications(NULL, false);
}

static void test_i386_set_syscall_info(void **state)
{
	const char *path;

	(void)state;
	skip_unless_i386_runs("test_i386_set_syscall_info");
	path = fixture_path("modify-32");
	if (!path)
		fail_msg("build/fixtures/modify-32 is missing: run make fixtures");
	check_modifications(path, true);
}

static void test_i386_registers(void **state)
{
	const char *path;

	(void)state;
	skip_unless_i386_runs("test_i386_registers");
	path = fixture_path("modify-32");
	if (!path)
		fail_msg("build/fixtures/modify-32 is missing: run make fixtures");
	check_modifications(path, false);
}

/* The fixture's 64-bit build, through an execve, both ways. */
static void test_x86_64_exec_fixture(void **state)
{
	const char *path = fixture_path("modify");

	(void)state;
	if (!path)
		fail_msg("build/fixtures/modify is missing: run make fixtures");
	check_modifications(path, true);
	check_modifications(path, false);
}

/*
 * LTR_NO_GET_SYSCALL_INFO=1 (stops read from the registers) makes changes
 * go through the registers too, even where PTRACE_SET_SYSCALL_INFO works:
 * a kernel without the one has not the other.
 */
static void test_no_get_syscall_info(void **state)
{
	struct trace_result res;

	(void)state;
	unsetenv("LTR_NO_SET_SYSCALL_INFO");
	setenv("LTR_NO_GET_SYSCALL_INFO", "1", 1);
	ltr_arch_syscall_info_reset();
	ltr_arch_modify_reset();
	run_traced(NULL, &res);
	unsetenv("LTR_NO_GET_SYSCALL_INFO");
	assert_int_equal(res.first_error, 0);
	assert_int_equal(res.hits, 7);
	expect_line(res.output, "skip 4242");
	expect_line(res.output, "ret 777");
	assert_int_equal(ltr_arch_modify_path(), LTR_MODIFY_REGS);
	ltr_arch_syscall_info_reset();
}

/* ltr_mem_write on fake memory: inside, across regions, unmapped, none. */
static void test_mem_write_fake(void **state)
{
	struct ltr_mem none = { .read = NULL, .ctx = NULL };
	char back[16];

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, "abcdef", 6);
	fake_mem_map(0x1006, "ghijkl", 6);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x1004, "WXYZ", 4), 0);
	assert_int_equal(ltr_mem_read(&fake_mem, 0x1000, back, 12), 0);
	assert_memory_equal(back, "abcdWXYZijkl", 12);
	/* runs off the end: all or nothing, so nothing is written */
	assert_int_equal(ltr_mem_write(&fake_mem, 0x100a, "123456", 6), -EFAULT);
	assert_int_equal(ltr_mem_read(&fake_mem, 0x100a, back, 2), 0);
	assert_memory_equal(back, "kl", 2);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x9000, "x", 1), -EFAULT);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x9000, "", 0), 0);
	assert_int_equal(ltr_mem_write(&none, 0x1000, "x", 1), -EROFS);
	/* read-only memory: refused unless forced; a range half read-only too */
	fake_mem_map_ro(0x2000, "rodata", 6);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x2000, "RO", 2), -EFAULT);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x1006, "abcdef", 6), 0); /* two regions */
	fake_mem_map(0x3000, "rw", 2);
	fake_mem_map_ro(0x3002, "ro", 2);
	assert_int_equal(ltr_mem_write(&fake_mem, 0x3000, "WXYZ", 4), -EFAULT);
	assert_int_equal(ltr_mem_read(&fake_mem, 0x3000, back, 4), 0);
	assert_memory_equal(back, "rwro", 4);
	assert_int_equal(ltr_mem_write_force(&fake_mem, 0x2000, "RO", 2), 0);
	assert_int_equal(ltr_mem_read(&fake_mem, 0x2000, back, 6), 0);
	assert_memory_equal(back, "ROdata", 6);
	assert_int_equal(ltr_mem_write_force(&fake_mem, 0x9000, "x", 1), -EFAULT);
	fake_mem_reset();
}

/* ltr_mem_write on a live child without tracing it: process_vm_writev. */
static void test_mem_write_live(void **state)
{
	static char target[32] = "0123456789";
	int sync[2], back[2];
	char got[32];
	struct ltr_mem mem;
	pid_t pid;
	char go;

	(void)state;
	assert_int_equal(pipe(sync), 0);
	assert_int_equal(pipe(back), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* waits for the parent's write, then sends target back */
		if (read(sync[0], &go, 1) != 1)
			_exit(1);
		if (write(back[1], target, sizeof(target)) != (ssize_t)sizeof(target))
			_exit(1);
		_exit(0);
	}
	ltr_mem_init_pid(&mem, pid);
	assert_int_equal(ltr_mem_write(&mem, (uintptr_t)target + 3, "abc", 3), 0);
	assert_int_equal(write(sync[1], "g", 1), 1);
	assert_int_equal(read(back[0], got, sizeof(got)), (ssize_t)sizeof(got));
	assert_string_equal(got, "012abc6789");
	assert_string_equal(target, "0123456789"); /* ours is untouched */
	waitpid(pid, NULL, 0);
	close(sync[0]);
	close(sync[1]);
	close(back[0]);
	close(back[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_x86_64_set_syscall_info),
		cmocka_unit_test(test_x86_64_registers),
		cmocka_unit_test(test_i386_set_syscall_info),
		cmocka_unit_test(test_i386_registers),
		cmocka_unit_test(test_x86_64_exec_fixture),
		cmocka_unit_test(test_no_get_syscall_info),
		cmocka_unit_test(test_mem_write_fake),
		cmocka_unit_test(test_mem_write_live),
	};

#if !defined(__x86_64__)
	/* Only the x86_64 host has a register path so far. */
	return 0;
#endif
	alarm(120); /* a hung tracee must not hang make unit */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
