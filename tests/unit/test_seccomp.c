/* SPDX-License-Identifier: MIT */
/*
 * The seccomp filter builder (src/seccomp.c). The programs are run here
 * by a small classic-BPF interpreter of their own, over every number of
 * every arch, and checked to TRACE exactly the wanted set; then a few are
 * installed in forked children, where a TRACE without a tracer makes the
 * call fail with ENOSYS, which shows the kernel runs them as we do.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <cmocka.h>

#include "ltr/arch.h"
#include "ltr/seccomp.h"
#include "i386.h"

/*
 * Runs prog on (arch, nr) as the kernel would, accepting only the
 * instructions the kernel's constant-action cache also understands (the
 * builder promises no others). Returns the ret value; fails the test on
 * anything else: other instructions, jumps out of the program, running
 * off its end.
 */
static uint32_t run_bpf(const struct sock_fprog *prog, uint32_t audit_arch, uint32_t nr)
{
	uint32_t acc = 0;
	unsigned pc = 0, steps = 0;

	while (pc < prog->len) {
		const struct sock_filter *insn = &prog->filter[pc];
		bool cond = false;

		assert_true(++steps <= prog->len); /* forward jumps only */
		switch (insn->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			if (insn->k == offsetof(struct seccomp_data, nr))
				acc = nr;
			else if (insn->k == offsetof(struct seccomp_data, arch))
				acc = audit_arch;
			else
				fail_msg("load of offset %u", insn->k);
			pc++;
			continue;
		case BPF_RET | BPF_K:
			return insn->k;
		case BPF_JMP | BPF_JA:
			pc += 1 + insn->k;
			continue;
		case BPF_JMP | BPF_JEQ | BPF_K:
			cond = acc == insn->k;
			break;
		case BPF_JMP | BPF_JGE | BPF_K:
			cond = acc >= insn->k;
			break;
		case BPF_JMP | BPF_JGT | BPF_K:
			cond = acc > insn->k;
			break;
		case BPF_JMP | BPF_JSET | BPF_K:
			cond = (acc & insn->k) != 0;
			break;
		case BPF_ALU | BPF_AND | BPF_K:
			acc &= insn->k;
			pc++;
			continue;
		default:
			fail_msg("instruction %#x at %u", insn->code, pc);
		}
		pc += 1 + (cond ? insn->jt : insn->jf);
	}
	fail_msg("ran off the end of the program");
	return 0;
}

static bool is_always(const struct ltr_arch *arch, long nr)
{
	const char *name = ltr_arch_syscall_name(arch, nr);

	for (unsigned i = 0; name && ltr_seccomp_always[i]; i++)
		if (strcmp(name, ltr_seccomp_always[i]) == 0)
			return true;
	return false;
}

/* A wanted set: a predicate and its parameter. */
struct wanted {
	bool (*pred)(const struct ltr_arch *arch, long nr, unsigned param);
	unsigned param;
	unsigned calls;
};

static bool want_cb(const struct ltr_arch *arch, long nr, void *ctx)
{
	struct wanted *w = ctx;

	w->calls++;
	assert_true(nr >= 0 && (unsigned long)nr < arch->nsyscalls);
	return w->pred(arch, nr, w->param);
}

static bool pred_none(const struct ltr_arch *arch, long nr, unsigned param)
{
	(void)arch, (void)nr, (void)param;
	return false;
}

static bool pred_all(const struct ltr_arch *arch, long nr, unsigned param)
{
	(void)arch, (void)nr, (void)param;
	return true;
}

/* Every other number: the most runs a table can have. */
static bool pred_alternate(const struct ltr_arch *arch, long nr, unsigned param)
{
	(void)arch;
	return (nr & 1) == (long)param;
}

/* A pseudo-random set, different per arch. */
static bool pred_random(const struct ltr_arch *arch, long nr, unsigned param)
{
	uint32_t h = (uint32_t)nr * 2654435761u ^ param ^ arch->audit_arch;

	h ^= h >> 15;
	h *= 2246822519u;
	h ^= h >> 13;
	return (h & 7) == 0;
}

/* A few names, like -e trace=%net would want. */
static bool pred_names(const struct ltr_arch *arch, long nr, unsigned param)
{
	static const char *const names[] = { "socket", "connect", "sendto", "recvfrom",
					     "socketcall", "getppid", NULL };
	const char *name = ltr_arch_syscall_name(arch, nr);

	(void)param;
	for (unsigned i = 0; name && names[i]; i++)
		if (strcmp(name, names[i]) == 0)
			return true;
	return false;
}

/* Only getppid, and only on the arch whose audit value is param. */
static bool pred_getppid_of(const struct ltr_arch *arch, long nr, unsigned param)
{
	const char *name = ltr_arch_syscall_name(arch, nr);

	return arch->audit_arch == param && name && strcmp(name, "getppid") == 0;
}

static unsigned host_arch_count(void)
{
	unsigned n = 0;

	for (unsigned a = 0; ltr_arches[a]; a++) {
#if defined(__x86_64__)
		if (ltr_arches[a]->audit_arch != AUDIT_ARCH_X86_64 &&
		    ltr_arches[a]->audit_arch != AUDIT_ARCH_I386)
			continue;
#endif
		n++;
	}
	return n;
}

/* Builds the filter of w and checks it over every (arch, nr). */
static void check_wanted(struct wanted *w)
{
	struct sock_fprog prog = { 0 };
	unsigned traced_arches = 0;

	assert_int_equal(ltr_seccomp_build(want_cb, w, &prog), 0);
	assert_non_null(prog.filter);
	assert_true(prog.len > 0 && prog.len <= BPF_MAXINSNS);
	for (unsigned a = 0; ltr_arches[a]; a++) {
		const struct ltr_arch *arch = ltr_arches[a];

#if defined(__x86_64__)
		if (arch->audit_arch != AUDIT_ARCH_X86_64 && arch->audit_arch != AUDIT_ARCH_I386)
			continue;
#endif
		traced_arches++;
		for (unsigned nr = 0; nr < arch->nsyscalls; nr++) {
			bool want = w->pred(arch, nr, w->param) || is_always(arch, nr);
			uint32_t ret = run_bpf(&prog, arch->audit_arch, nr);

			if (ret != (want ? LTR_SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW))
				fail_msg("%s %u (%s): got %#x", arch->name, nr,
					 arch->syscall_names[nr] ? arch->syscall_names[nr] : "?", ret);
		}
		/* Past the table, negative numbers and x32 calls: TRACE. */
		assert_int_equal(run_bpf(&prog, arch->audit_arch, arch->nsyscalls), LTR_SECCOMP_RET_TRACE);
		assert_int_equal(run_bpf(&prog, arch->audit_arch, 100000), LTR_SECCOMP_RET_TRACE);
		assert_int_equal(run_bpf(&prog, arch->audit_arch, UINT32_MAX), LTR_SECCOMP_RET_TRACE);
		assert_int_equal(run_bpf(&prog, arch->audit_arch, 0x40000000u | 39), LTR_SECCOMP_RET_TRACE);
		assert_int_equal(run_bpf(&prog, arch->audit_arch, 0x40000000u), LTR_SECCOMP_RET_TRACE);
	}
	assert_int_equal(traced_arches, host_arch_count());
	/* want() is asked about every number of every host arch, once. */
	{
		unsigned total = 0;

		for (unsigned a = 0; ltr_arches[a]; a++) {
#if defined(__x86_64__)
			if (ltr_arches[a]->audit_arch != AUDIT_ARCH_X86_64 &&
			    ltr_arches[a]->audit_arch != AUDIT_ARCH_I386)
				continue;
#endif
			total += ltr_arches[a]->nsyscalls;
		}
		assert_int_equal(w->calls, total);
	}
	/* An arch without a table stops everything. */
	assert_int_equal(run_bpf(&prog, AUDIT_ARCH_AARCH64 + 12345, 0), LTR_SECCOMP_RET_TRACE);
#if defined(__x86_64__)
	assert_int_equal(run_bpf(&prog, AUDIT_ARCH_AARCH64, 39), LTR_SECCOMP_RET_TRACE);
#endif
	free(prog.filter);
}

static void test_none(void **state)
{
	struct wanted w = { pred_none, 0, 0 };

	(void)state;
	check_wanted(&w);
}

static void test_all(void **state)
{
	struct wanted w = { pred_all, 0, 0 };
	struct sock_fprog prog = { 0 };

	(void)state;
	check_wanted(&w);
	/* Everything wanted is one run per arch: a short program. */
	w.calls = 0;
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_true(prog.len <= 16);
	free(prog.filter);
}

static void test_alternate(void **state)
{
	struct wanted even = { pred_alternate, 0, 0 }, odd = { pred_alternate, 1, 0 };

	(void)state;
	check_wanted(&even);
	check_wanted(&odd);
}

static void test_random(void **state)
{
	(void)state;
	for (unsigned seed = 1; seed <= 20; seed++) {
		struct wanted w = { pred_random, seed * 7919u, 0 };

		check_wanted(&w);
	}
}

static void test_names(void **state)
{
	struct wanted w = { pred_names, 0, 0 };
	struct sock_fprog prog = { 0 };

	(void)state;
	check_wanted(&w);
	w.calls = 0;
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_true(prog.len < 100);
	free(prog.filter);
}

/* The always-traced calls stop even when nothing is wanted. */
static void test_always(void **state)
{
	struct wanted w = { pred_none, 0, 0 };
	struct sock_fprog prog = { 0 };
	const struct ltr_arch *native = ltr_arch_native();

	(void)state;
	if (!native)
		skip();
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_int_equal(run_bpf(&prog, native->audit_arch,
				 (uint32_t)ltr_arch_syscall_nr(native, "execve")), LTR_SECCOMP_RET_TRACE);
	assert_int_equal(run_bpf(&prog, native->audit_arch,
				 (uint32_t)ltr_arch_syscall_nr(native, "execveat")), LTR_SECCOMP_RET_TRACE);
	assert_int_equal(run_bpf(&prog, native->audit_arch,
				 (uint32_t)ltr_arch_syscall_nr(native, "read")), SECCOMP_RET_ALLOW);
	free(prog.filter);
}

/*
 * Forks a child that installs prog and runs body; returns the child's exit
 * status (body's return value), or -1 when it did not exit normally.
 */
static int run_filtered(const struct sock_fprog *prog, int (*body)(void))
{
	int status = 0;
	pid_t pid = fork();

	assert_true(pid >= 0);
	if (pid == 0) {
		int rc = ltr_seccomp_install(prog);

		_exit(rc < 0 ? 100 + (-rc & 0x7f) : body());
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* 0: getppid fails with ENOSYS, getpid and write still work. */
static int body_getppid_traced(void)
{
	long pid;

	errno = 0;
	if (syscall(SYS_getppid) != -1 || errno != ENOSYS)
		return 1;
	pid = syscall(SYS_getpid);
	if (pid <= 0)
		return 2;
	if (write(-1, "", 0) != -1 || errno != EBADF)
		return 3;
	/* An x32 call is traced too: ENOSYS whether or not x32 exists. */
	errno = 0;
	if (syscall(0x40000000L | SYS_getpid) != -1 || errno != ENOSYS)
		return 4;
	return 0;
}

/* 0: no call is stopped but the always-traced ones. */
static int body_nothing_traced(void)
{
	if (syscall(SYS_getppid) <= 0)
		return 1;
	if (syscall(SYS_getpid) <= 0)
		return 2;
	return 0;
}

static void test_install(void **state)
{
	struct wanted w = { pred_getppid_of, 0, 0 };
	struct sock_fprog prog = { 0 };
	const struct ltr_arch *native = ltr_arch_native();

	(void)state;
	if (!native)
		skip();
	w.param = native->audit_arch;
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_int_equal(run_filtered(&prog, body_getppid_traced), 0);
	free(prog.filter);

	/* The same for i386's getppid only: the native one is untouched. */
	w.param = AUDIT_ARCH_I386;
	w.calls = 0;
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_int_equal(run_filtered(&prog, body_nothing_traced), 0);
	free(prog.filter);

	/* The longest program the tables allow is accepted by the kernel. */
	w = (struct wanted){ pred_alternate, 0, 0 };
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_int_equal(run_filtered(&prog, body_nothing_traced), 1);
	free(prog.filter);
}

#if defined(__x86_64__)
/* getppid through int $0x80: the i386 entry of a 64-bit process. */
static long int80_getppid(void)
{
	long ret = 64; /* i386 getppid */

	__asm__ volatile("int $0x80" : "+a"(ret) : : "memory", "r8", "r9", "r10", "r11");
	return ret;
}

/* 0: i386's getppid fails with ENOSYS, the native one works. */
static int body_i386_traced(void)
{
	if (int80_getppid() != -ENOSYS)
		return 1;
	if (syscall(SYS_getppid) <= 0)
		return 2;
	return 0;
}

/* The compat arch is filtered by its own numbers. */
static void test_install_i386(void **state)
{
	struct wanted w = { pred_getppid_of, AUDIT_ARCH_I386, 0 };
	struct sock_fprog prog = { 0 };

	(void)state;
	/* Without ia32 emulation int $0x80 kills the caller: probe first. */
	skip_unless_i386_runs("test_install_i386");
	assert_int_equal(ltr_seccomp_build(want_cb, &w, &prog), 0);
	assert_int_equal(run_filtered(&prog, body_i386_traced), 0);
	free(prog.filter);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_none),
		cmocka_unit_test(test_all),
		cmocka_unit_test(test_alternate),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_always),
		cmocka_unit_test(test_install),
#if defined(__x86_64__)
		cmocka_unit_test(test_install_i386),
#endif
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
