/* SPDX-License-Identifier: MIT */
/*
 * The seccomp-bpf filter of launched commands; see include/ltr/seccomp.h.
 *
 * Layout of the program:
 *
 *	ld  [arch]
 *	jeq #AUDIT_ARCH_A, 0, 1     one pair per arch the host can run
 *	ja  block_A
 *	...
 *	ret #TRACE                  an arch ltr has no table for
 *   block_A:
 *	ld  [nr]
 *	(a binary search tree of "jge #start" nodes over the runs of equal
 *	 verdicts in 0..nsyscalls-1 and nsyscalls..2^32-1, whose leaves are
 *	 "ret #TRACE" or "ret #ALLOW")
 *
 * Only ld [nr]/[arch], jeq/jge #k, ja and ret #k appear: these are what
 * the kernel's constant-action cache (Linux 5.11+) emulates, so it can
 * prove the verdict of every number of the native and compat arches
 * without arguments and skip the filter entirely for allowed calls. A
 * tree keeps a traced call's walk at log2(runs) jumps; a jump farther
 * than a conditional jump's 8-bit offset reaches goes through a ja.
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/seccomp.h>

#include "ltr/arch.h"
#include "ltr/seccomp.h"

const char *const ltr_seccomp_always[] = {
	"execve",
	"execveat",
	/* a filter of the tracee's own: see TRACEE_STEPPING */
	"seccomp",
	"prctl",
	NULL,
};

/* The AUDIT_ARCH_* values processes on this host can have. */
static const uint32_t host_arches[] = {
#if defined(__x86_64__)
	AUDIT_ARCH_X86_64,
	AUDIT_ARCH_I386,
#elif defined(__i386__)
	AUDIT_ARCH_I386,
#elif defined(__aarch64__)
	AUDIT_ARCH_AARCH64,
	AUDIT_ARCH_ARM,
#elif defined(__riscv) && __riscv_xlen == 64
	AUDIT_ARCH_RISCV64,
#endif
	0,
};

/* Whether processes of audit_arch can run here (every arch on unknown hosts). */
static bool host_runs(uint32_t audit_arch)
{
	if (!host_arches[0])
		return true;
	for (unsigned i = 0; host_arches[i]; i++)
		if (host_arches[i] == audit_arch)
			return true;
	return false;
}

/* Runs of equal verdicts of one arch: run i covers [start[i], start[i+1]). */
struct runs {
	uint32_t *start;
	bool *trace;
	unsigned count;
};

/* The program being built. */
struct program {
	struct sock_filter *insns;
	unsigned len, cap;
};

/* The longest forward offset of a conditional jump. */
#define MAX_COND_JUMP 255u

static int emit(struct program *p, uint16_t code, uint8_t jt, uint8_t jf, uint32_t k)
{
	if (p->len == p->cap) {
		unsigned cap = p->cap ? 2 * p->cap : 256;
		struct sock_filter *insns = realloc(p->insns, cap * sizeof(*insns));

		if (!insns)
			return -ENOMEM;
		p->insns = insns;
		p->cap = cap;
	}
	p->insns[p->len++] = (struct sock_filter)BPF_JUMP(code, k, jt, jf);
	return 0;
}

/* The midpoint that splits runs first..last (first < last). */
static unsigned split_runs(unsigned first, unsigned last)
{
	return first + (last - first + 1) / 2;
}

/* The number of instructions tree_emit() emits for runs first..last. */
static unsigned tree_size(unsigned first, unsigned last)
{
	unsigned mid, left;

	if (first == last)
		return 1;
	mid = split_runs(first, last);
	left = tree_size(first, mid - 1);
	return 1 + (left > MAX_COND_JUMP) + left + tree_size(mid, last);
}

/*
 * Emits the search tree over runs first..last in preorder: the node
 * "jge #start[mid]", then the tree of the lower runs (the fall-through),
 * then that of the higher ones (the jump target).
 */
static int tree_emit(struct program *p, const struct runs *runs, unsigned first, unsigned last)
{
	unsigned mid, left;
	int rc;

	if (first == last)
		return emit(p, BPF_RET | BPF_K, 0, 0,
			    runs->trace[first] ? LTR_SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW);
	mid = split_runs(first, last);
	left = tree_size(first, mid - 1);
	if (left <= MAX_COND_JUMP) {
		rc = emit(p, BPF_JMP | BPF_JGE | BPF_K, (uint8_t)left, 0, runs->start[mid]);
	} else {
		/* nr >= start: to the ja that leaps over the lower tree. */
		rc = emit(p, BPF_JMP | BPF_JGE | BPF_K, 0, 1, runs->start[mid]);
		if (rc == 0)
			rc = emit(p, BPF_JMP | BPF_JA, 0, 0, left);
	}
	if (rc == 0)
		rc = tree_emit(p, runs, first, mid - 1);
	if (rc == 0)
		rc = tree_emit(p, runs, mid, last);
	return rc;
}

/*
 * Computes the runs of arch: want() for every number of its table, the
 * forced names, and TRACE past the table. Returns 0 or -ENOMEM.
 */
static int arch_runs(const struct ltr_arch *arch, ltr_seccomp_want_fn *want, void *ctx,
		     struct runs *runs)
{
	unsigned n = arch->nsyscalls;
	bool *verdict = calloc(n + 1, sizeof(*verdict));

	runs->start = calloc(n + 1, sizeof(*runs->start));
	runs->trace = calloc(n + 1, sizeof(*runs->trace));
	runs->count = 0;
	if (!verdict || !runs->start || !runs->trace) {
		free(verdict);
		return -ENOMEM;
	}
	for (unsigned nr = 0; nr < n; nr++)
		verdict[nr] = want(arch, (long)nr, ctx);
	for (unsigned i = 0; ltr_seccomp_always[i]; i++) {
		long nr = ltr_arch_syscall_nr(arch, ltr_seccomp_always[i]);

		if (nr >= 0)
			verdict[nr] = true;
	}
	verdict[n] = true; /* n..2^32-1: unknown numbers, x32, negative */
	for (unsigned nr = 0; nr <= n; nr++) {
		if (runs->count && runs->trace[runs->count - 1] == verdict[nr])
			continue;
		runs->start[runs->count] = nr;
		runs->trace[runs->count] = verdict[nr];
		runs->count++;
	}
	free(verdict);
	return 0;
}

static void runs_free(struct runs *runs)
{
	free(runs->start);
	free(runs->trace);
}

int ltr_seccomp_build(ltr_seccomp_want_fn *want, void *ctx, struct sock_fprog *prog)
{
	enum { MAX_ARCHES = 8 };
	const struct ltr_arch *arches[MAX_ARCHES];
	struct runs runs[MAX_ARCHES] = { { 0 } };
	unsigned narches = 0, block;
	struct program p = { 0 };
	int rc = 0;

	for (unsigned a = 0; ltr_arches[a] && narches < MAX_ARCHES; a++)
		if (host_runs(ltr_arches[a]->audit_arch))
			arches[narches++] = ltr_arches[a];
	for (unsigned a = 0; a < narches && rc == 0; a++)
		rc = arch_runs(arches[a], want, ctx, &runs[a]);

	if (rc == 0)
		rc = emit(&p, BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, arch));
	/* The dispatch: a jeq/ja pair per arch, then the unknown-arch ret. */
	block = 1 + 2 * narches + 1;
	for (unsigned a = 0; a < narches && rc == 0; a++) {
		unsigned ja_next = 1 + 2 * a + 2; /* the instruction after this ja */

		rc = emit(&p, BPF_JMP | BPF_JEQ | BPF_K, 0, 1, arches[a]->audit_arch);
		if (rc == 0)
			rc = emit(&p, BPF_JMP | BPF_JA, 0, 0, block - ja_next);
		block += 1 + tree_size(0, runs[a].count - 1);
	}
	if (rc == 0)
		rc = emit(&p, BPF_RET | BPF_K, 0, 0, LTR_SECCOMP_RET_TRACE);
	for (unsigned a = 0; a < narches && rc == 0; a++) {
		rc = emit(&p, BPF_LD | BPF_W | BPF_ABS, 0, 0, offsetof(struct seccomp_data, nr));
		if (rc == 0)
			rc = tree_emit(&p, &runs[a], 0, runs[a].count - 1);
	}
	for (unsigned a = 0; a < narches; a++)
		runs_free(&runs[a]);
	if (rc == 0 && p.len > BPF_MAXINSNS)
		rc = -E2BIG;
	if (rc < 0) {
		free(p.insns);
		return rc;
	}
	prog->filter = p.insns;
	prog->len = (unsigned short)p.len;
	return 0;
}

/* One attempt: seccomp(2), or prctl before Linux 3.17 (no seccomp(2)). */
static long install_once(const struct sock_fprog *prog)
{
	long rc = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog);

	if (rc < 0 && errno == ENOSYS)
		rc = prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, prog, 0L, 0L);
	return rc;
}

int ltr_seccomp_install(const struct sock_fprog *prog)
{
	long rc = install_once(prog);

	if (rc < 0 && errno == EACCES) {
		/* Without CAP_SYS_ADMIN the kernel wants no_new_privs first. */
		if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) < 0)
			return -errno;
		rc = install_once(prog);
	}
	return rc < 0 ? -errno : 0;
}

bool ltr_seccomp_available(void)
{
	/*
	 * The kernel reads the program before any other check: EFAULT for
	 * a NULL one means it would take a filter; EINVAL, that it knows no
	 * filter mode (before 3.5, or CONFIG_SECCOMP_FILTER off).
	 */
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, NULL, 0L, 0L) < 0 && errno == EFAULT;
}

/*
 * The probe's child: traced by its parent, under a filter that traces
 * gettid only, it stops itself and calls gettid. Never returns.
 */
static void order_probe_child(void)
{
	static struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_gettid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	const struct sock_fprog prog = { sizeof(insns) / sizeof(insns[0]), insns };

	if (ptrace(PTRACE_TRACEME, 0L, 0L, 0L) < 0 || ltr_seccomp_install(&prog) < 0)
		_exit(1);
	kill(getpid(), SIGSTOP);
	syscall(SYS_gettid);
	_exit(0);
}

/* waitpid(pid, status, __WALL), again after a signal (ltr's timer). */
static pid_t wait_child(pid_t pid, int *status)
{
	pid_t r;

	do
		r = waitpid(pid, status, __WALL);
	while (r < 0 && errno == EINTR);
	return r;
}

int ltr_seccomp_stops_before_entry(void)
{
	unsigned syscall_stops = 0;
	int status, result = -EPROTO;
	pid_t pid = fork();

	if (pid < 0)
		return -errno;
	if (pid == 0)
		order_probe_child();
	/*
	 * Stops come in entry/exit pairs until the seccomp stop of gettid:
	 * an odd count of syscall stops before it means gettid's entry
	 * stop came first (whatever calls the C library made in between).
	 */
	while (result == -EPROTO && wait_child(pid, &status) == pid && WIFSTOPPED(status)) {
		int sig = WSTOPSIG(status);

		if (sig == SIGSTOP && syscall_stops == 0) {
			if (ptrace(PTRACE_SETOPTIONS, pid, 0L,
				   (long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACESECCOMP)) < 0)
				break;
			sig = 0;
		} else if (sig == (SIGTRAP | 0x80)) {
			syscall_stops++;
			sig = 0;
		} else if (sig == SIGTRAP && (unsigned)status >> 16 == PTRACE_EVENT_SECCOMP) {
			result = syscall_stops % 2 == 0;
			break;
		}
		if (ptrace(PTRACE_SYSCALL, pid, 0L, (long)sig) < 0)
			break;
	}
	kill(pid, SIGKILL);
	while (wait_child(pid, &status) == pid && !WIFEXITED(status) && !WIFSIGNALED(status))
		;
	return result;
}
