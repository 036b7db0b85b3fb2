/* SPDX-License-Identifier: MIT */
/*
 * Reading syscall stops without PTRACE_GET_SYSCALL_INFO (the path of
 * kernels before 5.3, src/arch/syscall_info.c and the host's regs.c):
 *
 * - each arch's registers to a stop, on recorded register sets (every
 *   host);
 * - entry and exit told apart by the thread's state, with both orders of
 *   seccomp stops (before Linux 4.8 a seccomp stop comes before the
 *   syscall-entry-stop), on a fake reader;
 * - on real tracees (the fixtures sysmix and sysmix-32, with and without
 *   a seccomp filter), every stop read from the registers against what
 *   PTRACE_GET_SYSCALL_INFO says of the same stop;
 * - the probe of the order of seccomp stops, on this kernel.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
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
#include "ltr/seccomp.h"
#include "arch/regs.h"
#include "arch/aarch64/regs_aarch64.h"
#include "arch/riscv64/regs_riscv64.h"
#include "arch/x86_64/regs_x86_64.h"
#include "i386.h"

/* --- recorded registers --- */

static void test_x86_64_regs(void **state)
{
	struct ltr_x86_64_regs g;
	struct ltr_regs_stop r;

	(void)state;
	/* openat(AT_FDCWD, 0x7ffd1000, O_RDONLY|O_CLOEXEC, 0) at its entry */
	memset(&g, 0, sizeof(g));
	g.orig_rax = 257;
	g.rax = (uint64_t)-38; /* -ENOSYS until the call returns */
	g.rdi = (uint64_t)-100;
	g.rsi = 0x7ffd1000;
	g.rdx = 02000000;
	g.r10 = 0;
	g.r8 = 8;
	g.r9 = 9;
	g.rip = 0x7f0000001234;
	g.rsp = 0x7ffd0ff0;
	g.cs = 0x33;
	assert_int_equal(ltr_x86_regs_stop(&g, sizeof(g), &r), 0);
	assert_int_equal(r.arch, AUDIT_ARCH_X86_64);
	assert_int_equal(r.nr, 257);
	assert_int_equal(r.args[0], (uint64_t)-100);
	assert_int_equal(r.args[1], 0x7ffd1000);
	assert_int_equal(r.args[2], 02000000);
	assert_int_equal(r.args[4], 8);
	assert_int_equal(r.args[5], 9);
	assert_int_equal(r.ip, 0x7f0000001234);
	assert_int_equal(r.sp, 0x7ffd0ff0);
	assert_int_equal(r.rval, -38);
	assert_int_equal(r.hint, LTR_REGS_HINT_NONE); /* -ENOSYS: maybe an entry */
	g.rax = 3;
	assert_int_equal(ltr_x86_regs_stop(&g, sizeof(g), &r), 0);
	assert_int_equal(r.hint, LTR_REGS_HINT_EXIT); /* never an entry */

	/* the 64-bit layout with a 32-bit code segment: i386 */
	g.cs = LTR_X86_USER32_CS;
	g.orig_rax = 5;
	g.rbx = 0xffffffff00001000ull;
	g.rax = 0xfffffffe; /* -2 in eax */
	assert_int_equal(ltr_x86_regs_stop(&g, sizeof(g), &r), 0);
	assert_int_equal(r.arch, AUDIT_ARCH_I386);
	assert_int_equal(r.nr, 5);
	assert_int_equal(r.args[0], 0x1000);
	assert_int_equal(r.rval, -2);
	assert_int_equal(r.hint, LTR_REGS_HINT_EXIT);

	/* neither size */
	assert_int_equal(ltr_x86_regs_stop(&g, 100, &r), -EINVAL);
}

static void test_i386_regs(void **state)
{
	struct ltr_i386_regs g;
	struct ltr_regs_stop r;

	(void)state;
	/* the exit of a skipped write(1, 0x804a000, 5): orig_eax -1, eax -EACCES */
	memset(&g, 0, sizeof(g));
	g.orig_eax = 0xffffffff;
	g.eax = (uint32_t)-13;
	g.ebx = 1;
	g.ecx = 0x804a000;
	g.edx = 5;
	g.esi = 4;
	g.edi = 0xfffffff0;
	g.ebp = 6;
	g.eip = 0xf7f01234;
	g.esp = 0xffd00000;
	assert_int_equal(sizeof(g), 68);
	assert_int_equal(ltr_x86_regs_stop(&g, sizeof(g), &r), 0);
	assert_int_equal(r.arch, AUDIT_ARCH_I386);
	assert_int_equal(r.nr, -1);
	assert_int_equal(r.rval, -13);
	assert_int_equal(r.hint, LTR_REGS_HINT_EXIT);
	assert_int_equal(r.args[0], 1);
	assert_int_equal(r.args[1], 0x804a000);
	assert_int_equal(r.args[4], 0xfffffff0); /* zero-extended */
	assert_int_equal(r.args[5], 6);
	assert_int_equal(r.ip, 0xf7f01234);
	assert_int_equal(r.sp, 0xffd00000);
}

static void test_aarch64_regs_stop(void **state)
{
	struct ltr_aarch64_regs g;
	uint32_t arm[18];
	struct ltr_regs_stop r;
	const size_t gpr = offsetof(struct ltr_aarch64_regs, syscallno);

	(void)state;
	memset(&g, 0, sizeof(g));
	g.x[0] = 3;
	g.x[1] = 0xffff0000;
	g.x[2] = 64;
	g.x[8] = 63; /* read */
	g.sp = 0xfffff000;
	g.pc = 0xaaaa0004;
	assert_int_equal(ltr_aarch64_regs_stop(&g, gpr, true, 63, &r), 0);
	assert_int_equal(r.arch, AUDIT_ARCH_AARCH64);
	assert_int_equal(r.nr, 63);
	assert_int_equal(r.args[0], 3);
	assert_int_equal(r.args[1], 0xffff0000);
	assert_int_equal(r.args[2], 64);
	assert_int_equal(r.ip, 0xaaaa0004);
	assert_int_equal(r.sp, 0xfffff000);
	assert_int_equal(r.rval, 3);
	assert_int_equal(r.hint, LTR_REGS_HINT_ENTRY); /* x7 0 */
	g.x[7] = 1;
	assert_int_equal(ltr_aarch64_regs_stop(&g, gpr, true, 63, &r), 0);
	assert_int_equal(r.hint, LTR_REGS_HINT_EXIT);
	g.x[7] = 0x1234; /* a seccomp stop: the program's x7 */
	assert_int_equal(ltr_aarch64_regs_stop(&g, gpr, true, 63, &r), 0);
	assert_int_equal(r.hint, LTR_REGS_HINT_NONE);
	/* a skipped call: NT_ARM_SYSTEM_CALL says -1, x8 still the number */
	assert_int_equal(ltr_aarch64_regs_stop(&g, gpr, true, -1, &r), 0);
	assert_int_equal(r.nr, -1);
	/* without NT_ARM_SYSTEM_CALL (before 3.19): x8 */
	assert_int_equal(ltr_aarch64_regs_stop(&g, gpr, false, 0, &r), 0);
	assert_int_equal(r.nr, 63);

	/* an arm (compat) thread: r7 the number, r13 sp, r15 pc */
	memset(arm, 0, sizeof(arm));
	arm[0] = (uint32_t)-2;
	arm[1] = 7;
	arm[7] = 4;
	arm[13] = 0xbeef0000;
	arm[15] = 0x10000;
	assert_int_equal(ltr_aarch64_regs_stop(arm, sizeof(arm), false, 0, &r), 0);
	assert_int_equal(r.arch, AUDIT_ARCH_ARM);
	assert_int_equal(r.nr, 4);
	assert_int_equal(r.args[1], 7);
	assert_int_equal(r.rval, -2);
	assert_int_equal(r.sp, 0xbeef0000);
	assert_int_equal(r.ip, 0x10000);
	assert_int_equal(ltr_aarch64_regs_stop(arm, 10, false, 0, &r), -EINVAL);
}

static void test_riscv64_regs_stop(void **state)
{
	struct ltr_riscv64_regs g;
	struct ltr_regs_stop r;

	(void)state;
	memset(&g, 0, sizeof(g));
	g.x[LTR_RISCV64_PC] = 0x10004;
	g.x[LTR_RISCV64_SP] = 0x3ffff000;
	g.x[LTR_RISCV64_A0] = (uint64_t)-38; /* -ENOSYS at entry since 6.1 */
	g.x[LTR_RISCV64_A0 + 1] = 0x2aaaaab000;
	g.x[LTR_RISCV64_A0 + 5] = 5;
	g.x[LTR_RISCV64_A7] = 56;
	g.orig_a0 = (uint64_t)-100;
	ltr_riscv64_regs_stop(&g, &r);
	assert_int_equal(r.arch, AUDIT_ARCH_RISCV64);
	assert_int_equal(r.nr, 56);
	assert_int_equal(r.args[0], (uint64_t)-100);
	assert_int_equal(r.args[1], 0x2aaaaab000);
	assert_int_equal(r.args[5], 5);
	assert_int_equal(r.rval, -38);
	assert_int_equal(r.ip, 0x10004);
	assert_int_equal(r.sp, 0x3ffff000);
}

/* --- entry and exit from the thread's state, on a fake reader --- */

/* What the fake reader returns next, and what it was asked. */
static struct ltr_regs_stop fake_stop;
static unsigned fake_want;
static int next_hint;  /* the hint of the next read_op() */

static int fake_read(pid_t tid, unsigned want, struct ltr_regs_stop *r)
{
	(void)tid;
	fake_want = want;
	*r = fake_stop;
	return 0;
}

/* One stop: the op it reads as, or -1 when it is ignored. */
static int read_op(bool seccomp_stop, bool in_syscall, bool seccomp_first, bool *after,
		   int64_t nr, int64_t rval)
{
	struct __ptrace_syscall_info info;
	int rc;

	fake_stop.arch = AUDIT_ARCH_X86_64;
	fake_stop.nr = nr;
	fake_stop.rval = rval;
	fake_stop.args[0] = 11;
	fake_stop.hint = next_hint;
	next_hint = LTR_REGS_HINT_NONE;
	rc = ltr_regs_syscall_info(1, seccomp_stop, in_syscall, seccomp_first, after, fake_read,
				   &info);
	assert_true(rc == 0 || rc == 1);
	if (rc == 0)
		return -1;
	assert_int_equal(info.arch, AUDIT_ARCH_X86_64);
	if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
		assert_int_equal(info.exit.rval, rval);
		assert_int_equal(info.exit.is_error, rval < 0 && rval >= -4095);
	} else {
		assert_int_equal(info.entry.nr, (uint64_t)nr);
		assert_int_equal(info.entry.args[0], 11);
	}
	return info.op;
}

static void test_state_plain(void **state)
{
	bool after = false;

	(void)state;
	/* PTRACE_SYSCALL everywhere: entry, exit, entry, exit */
	assert_int_equal(read_op(false, false, false, &after, 39, -38), PTRACE_SYSCALL_INFO_ENTRY);
	assert_int_equal(fake_want, LTR_REGS_NR | LTR_REGS_ARGS);
	assert_int_equal(read_op(false, true, false, &after, 39, 1234), PTRACE_SYSCALL_INFO_EXIT);
	assert_int_equal(fake_want, 0);
	assert_int_equal(read_op(false, false, false, &after, 2, -38), PTRACE_SYSCALL_INFO_ENTRY);
	/* a result of -ENOSYS is an exit all the same */
	assert_int_equal(read_op(false, true, false, &after, 2, -38), PTRACE_SYSCALL_INFO_EXIT);
	assert_false(after);
}

static void test_state_seccomp_after_entry(void **state)
{
	bool after = false;

	(void)state;
	/* Linux 4.8+: seccomp stop, PTRACE_SYSCALL, exit stop */
	assert_int_equal(read_op(true, false, false, &after, 0, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	assert_true(after);
	assert_int_equal(read_op(false, true, false, &after, 0, 5), PTRACE_SYSCALL_INFO_EXIT);
	assert_false(after);
	/* seccomp stop, PTRACE_CONT (no exit wanted), next seccomp stop */
	assert_int_equal(read_op(true, false, false, &after, 1, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	assert_int_equal(read_op(true, false, false, &after, 1, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	/* a skipped call's exit (number -1) */
	assert_int_equal(read_op(false, true, false, &after, -1, -38), PTRACE_SYSCALL_INFO_EXIT);
}

static void test_state_seccomp_before_entry(void **state)
{
	bool after = false;

	(void)state;
	/* before Linux 4.8: seccomp stop, entry stop (swallowed), exit stop */
	assert_int_equal(read_op(true, false, true, &after, 1, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	assert_int_equal(read_op(false, true, true, &after, 1, -38), -1);
	assert_int_equal(fake_want, LTR_REGS_NR);
	assert_false(after);
	assert_int_equal(read_op(false, true, true, &after, 1, 3), PTRACE_SYSCALL_INFO_EXIT);
	/* the number changed at the seccomp stop: still the entry stop */
	assert_int_equal(read_op(true, false, true, &after, 1, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	assert_int_equal(read_op(false, true, true, &after, 110, -38), -1);
	assert_int_equal(read_op(false, true, true, &after, 110, 42), PTRACE_SYSCALL_INFO_EXIT);
	/* skipped at the seccomp stop: no entry stop, the exit comes at once */
	assert_int_equal(read_op(true, false, true, &after, 39, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	assert_int_equal(read_op(false, true, true, &after, -1, -13), PTRACE_SYSCALL_INFO_EXIT);
	/* without a filter the old order changes nothing */
	assert_int_equal(read_op(false, false, true, &after, 39, -38), PTRACE_SYSCALL_INFO_ENTRY);
	assert_int_equal(read_op(false, true, true, &after, 39, 7), PTRACE_SYSCALL_INFO_EXIT);
}

/* Where the registers tell entry from exit, they win over the state. */
static void test_state_hints(void **state)
{
	bool after = false;

	(void)state;
	/* seized in the middle of a clone: its exit comes first (x86: rax) */
	next_hint = LTR_REGS_HINT_EXIT;
	assert_int_equal(read_op(false, false, false, &after, 56, 4321), PTRACE_SYSCALL_INFO_EXIT);
	/* aarch64's x7 says entry where the state says exit */
	next_hint = LTR_REGS_HINT_ENTRY;
	assert_int_equal(read_op(false, true, false, &after, 172, 0), PTRACE_SYSCALL_INFO_ENTRY);
	assert_int_equal(fake_want, LTR_REGS_NR | LTR_REGS_ARGS);
	/* hints mean nothing at seccomp stops */
	next_hint = LTR_REGS_HINT_EXIT;
	assert_int_equal(read_op(true, false, true, &after, 1, 7), PTRACE_SYSCALL_INFO_SECCOMP);
	/* before 4.8: after a seccomp stop, an exit for sure despite the number */
	next_hint = LTR_REGS_HINT_EXIT;
	assert_int_equal(read_op(false, true, true, &after, 1, 7), PTRACE_SYSCALL_INFO_EXIT);
	/* ... and an entry for sure */
	assert_int_equal(read_op(true, false, true, &after, 1, -38), PTRACE_SYSCALL_INFO_SECCOMP);
	next_hint = LTR_REGS_HINT_ENTRY;
	assert_int_equal(read_op(false, true, true, &after, -1, -38), -1);
}

/* --- real tracees: the registers against PTRACE_GET_SYSCALL_INFO --- */

#define MAX_STOPS 20000

/* Counts of what a run compared. */
struct live_result {
	unsigned entries, exits, seccomps;
};

/* The registers' reading of a stop against the kernel's. */
static void compare_stop(pid_t pid, int status, bool *in_syscall, bool *after,
			 struct live_result *res)
{
	struct __ptrace_syscall_info truth, regs;
	bool seccomp_stop = (unsigned)status >> 16 == PTRACE_EVENT_SECCOMP;
	int rc;

	memset(&truth, 0, sizeof(truth));
	assert_true(ptrace(PTRACE_GET_SYSCALL_INFO, pid, (void *)sizeof(truth), &truth) > 0);
	rc = ltr_regs_syscall_info(pid, seccomp_stop, *in_syscall, false, after,
				   ltr_regs_read_stop, &regs);
	assert_int_equal(rc, 1);
	if (regs.op != truth.op)
		fail_msg("stop %#x: op %u from the registers, %u from the kernel", status,
			 regs.op, truth.op);
	assert_int_equal(regs.instruction_pointer, truth.instruction_pointer);
	assert_int_equal(regs.stack_pointer, truth.stack_pointer);
	if (truth.op == PTRACE_SYSCALL_INFO_EXIT) {
		/* the personality of an execve's exit is the new program's */
		bool wide = regs.arch == AUDIT_ARCH_X86_64;

		assert_int_equal(wide ? regs.exit.rval : (int32_t)regs.exit.rval,
				 wide ? truth.exit.rval : (int32_t)truth.exit.rval);
		res->exits++;
		return;
	}
	assert_int_equal(regs.arch, truth.arch);
	assert_int_equal(regs.entry.nr, truth.entry.nr);
	for (unsigned i = 0; i < 6; i++)
		if (regs.entry.args[i] != truth.entry.args[i])
			fail_msg("nr %llu: argument %u is %#llx from the registers, %#llx "
				 "from the kernel", (unsigned long long)truth.entry.nr, i,
				 (unsigned long long)regs.entry.args[i],
				 (unsigned long long)truth.entry.args[i]);
	if (truth.op == PTRACE_SYSCALL_INFO_SECCOMP)
		res->seccomps++;
	else
		res->entries++;
}

/* One traced thread of run_live(): what ltr would know of it. */
struct live_thread {
	pid_t tid;
	bool in_syscall, after;
	unsigned nseccomp;
};

static struct live_thread *live_find(struct live_thread *threads, unsigned *n, pid_t tid)
{
	for (unsigned i = 0; i < *n; i++)
		if (threads[i].tid == tid)
			return &threads[i];
	assert_true(*n < 16);
	memset(&threads[*n], 0, sizeof(threads[*n]));
	threads[*n].tid = tid;
	return &threads[(*n)++];
}

/*
 * Runs path (argv[0] only) and its children traced as ltr traces:
 * PTRACE_SYSCALL, or with a filter that traces every call, PTRACE_CONT
 * between calls and PTRACE_SYSCALL after every other seccomp stop (its
 * exit wanted).
 */
static void run_live(const char *path, bool filtered, struct live_result *res)
{
	struct live_thread threads[16];
	unsigned stops, nthreads = 0;
	int status, devnull;
	pid_t pid, tid;

	memset(res, 0, sizeof(*res));
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		static struct sock_filter all[] = {
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
		};
		const struct sock_fprog prog = { 1, all };

		devnull = open("/dev/null", O_WRONLY);
		dup2(devnull, 1);
		dup2(devnull, 2);
		signal(SIGCHLD, SIG_DFL); /* sysmix waits for its child */
		raise(SIGSTOP);
		if (filtered && ltr_seccomp_install(&prog) < 0)
			_exit(126);
		execl(path, path, (char *)NULL);
		_exit(127);
	}
	assert_int_equal(waitpid(pid, &status, WUNTRACED), pid);
	assert_int_equal(ptrace(PTRACE_SEIZE, pid, NULL,
				(void *)(uintptr_t)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL |
						    PTRACE_O_TRACEEXEC | PTRACE_O_TRACEFORK |
						    PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE |
						    (filtered ? PTRACE_O_TRACESECCOMP : 0))), 0);
	kill(pid, SIGCONT);
	for (stops = 0; stops < MAX_STOPS; stops++) {
		int sig = 0, request;
		struct live_thread *t;
		unsigned event;

		tid = waitpid(-1, &status, __WALL);
		if (tid <= 0)
			break;
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (tid != pid)
				continue;
			assert_true(WIFEXITED(status));
			assert_int_equal(WEXITSTATUS(status), 0);
			return;
		}
		t = live_find(threads, &nthreads, tid);
		event = (unsigned)status >> 16;
		if (WSTOPSIG(status) == (SIGTRAP | 0x80) || event == PTRACE_EVENT_SECCOMP) {
			compare_stop(tid, status, &t->in_syscall, &t->after, res);
			if (t->in_syscall)
				t->in_syscall = false; /* that was the exit */
			else if (!filtered || t->nseccomp++ % 2 == 0)
				t->in_syscall = true;
		} else if (event == 0 && WSTOPSIG(status) != SIGSTOP &&
			   WSTOPSIG(status) != SIGCONT) {
			sig = WSTOPSIG(status); /* signal-delivery-stop */
		}
		request = filtered && !t->in_syscall ? PTRACE_CONT : PTRACE_SYSCALL;
		ptrace(request, tid, NULL, (void *)(intptr_t)sig);
	}
	kill(pid, SIGKILL);
	waitpid(pid, &status, __WALL);
	fail_msg("tracee %d did not finish within %u stops", pid, MAX_STOPS);
}

static const char *fixture_path(const char *name)
{
	static char path[4096];

	snprintf(path, sizeof(path), "%s/%s", test_fixture_dir(), name);
	if (access(path, X_OK) != 0)
		fail_msg("%s is missing: run make fixtures", path);
	return path;
}

static void check_live(const char *name, bool filtered)
{
	struct live_result res;

	run_live(fixture_path(name), filtered, &res);
	/* sysmix makes well over a hundred calls */
	if (filtered) {
		assert_true(res.seccomps > 100);
		assert_true(res.exits > 50 && res.exits < res.seccomps);
		assert_int_equal(res.entries, 0);
	} else {
		assert_true(res.entries > 100);
		assert_true(res.exits + 2 >= res.entries); /* exit_group has none */
	}
}

static void test_live_x86_64(void **state)
{
	(void)state;
#if defined(__x86_64__)
	check_live("sysmix", false);
	check_live("sysmix", true);
#else
	skip();
#endif
}

static void test_live_i386(void **state)
{
	(void)state;
#if defined(__x86_64__)
	skip_unless_i386_runs("test_live_i386");
	check_live("sysmix-32", false);
	check_live("sysmix-32", true);
#else
	skip();
#endif
}

/* --- the probe of the order of seccomp stops --- */

static void test_seccomp_order_probe(void **state)
{
	(void)state;
	/* every kernel with PTRACE_GET_SYSCALL_INFO (5.3) has the 4.8 order */
	assert_int_equal(ltr_seccomp_stops_before_entry(), 0);
	assert_true(ltr_seccomp_available());
}

/* LTR_NO_GET_SYSCALL_INFO=1 switches stops (and changes) to the registers. */
static void test_forced(void **state)
{
	(void)state;
	unsetenv("LTR_NO_GET_SYSCALL_INFO");
	ltr_arch_syscall_info_reset();
	assert_false(ltr_arch_stops_from_registers());
	setenv("LTR_NO_GET_SYSCALL_INFO", "1", 1);
	ltr_arch_syscall_info_reset();
	assert_true(ltr_arch_stops_from_registers());
	setenv("LTR_NO_GET_SYSCALL_INFO", "0", 1);
	ltr_arch_syscall_info_reset();
	assert_false(ltr_arch_stops_from_registers());
	unsetenv("LTR_NO_GET_SYSCALL_INFO");
	ltr_arch_syscall_info_reset();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_x86_64_regs),
		cmocka_unit_test(test_i386_regs),
		cmocka_unit_test(test_aarch64_regs_stop),
		cmocka_unit_test(test_riscv64_regs_stop),
		cmocka_unit_test(test_state_plain),
		cmocka_unit_test(test_state_seccomp_after_entry),
		cmocka_unit_test(test_state_seccomp_before_entry),
		cmocka_unit_test(test_state_hints),
		cmocka_unit_test(test_live_x86_64),
		cmocka_unit_test(test_live_i386),
		cmocka_unit_test(test_seccomp_order_probe),
		cmocka_unit_test(test_forced),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
