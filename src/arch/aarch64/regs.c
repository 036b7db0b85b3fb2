/* SPDX-License-Identifier: MIT */
/*
 * The register path of syscall modification for aarch64 tracees
 * (src/arch/regs.h), used on kernels without PTRACE_SET_SYSCALL_INFO
 * (before 6.16) or with LTR_NO_SET_SYSCALL_INFO=1.
 *
 * - The number the kernel runs after the entry stop is not a general
 *   register: it is the NT_ARM_SYSTEM_CALL regset (0x404, an int), and
 *   -1 there skips the call.
 * - Arguments are x0..x5 (NT_PRSTATUS, struct user_pt_regs). The kernel
 *   saved x0 as orig_x0 before the entry stop and restarts a call with
 *   it, so a changed first argument is not seen by a restarted call.
 * - The kernel puts -ENOSYS in x0 before the entry stop only for a
 *   user's own syscall(-1): at the exit stop of a call the tracer
 *   skipped, x0 still holds the original first argument, so the return
 *   value must always be written there (ltr_arch_apply_return does).
 * - x7 is not writable at syscall stops (the kernel uses it to tell
 *   entry from exit and restores it afterwards); nothing here needs it.
 *
 *
 * Reading a stop from the registers (kernels before 5.3,
 * src/arch/syscall_info.c): x0..x5 are the arguments at entry (the
 * kernel keeps x0 until the call returns), x0 the result at exit, the
 * number NT_ARM_SYSTEM_CALL (read only when wanted: one more request),
 * and x7 says which of the two a syscall stop is (not at seccomp stops,
 * where x7 is the program's).
 *
 * The logic works on a snapshot (regs_aarch64.h) and compiles on any
 * host for the unit tests; the ptrace part only on aarch64 hosts.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <linux/audit.h>
#include <stddef.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "../regs.h"
#include "regs_aarch64.h"

int ltr_aarch64_regs_stop(const void *gprs, size_t len, bool have_syscallno, int32_t syscallno,
			  struct ltr_regs_stop *r)
{
	unsigned i;

	memset(r, 0, sizeof(*r));
	if (len == LTR_AARCH64_ARM_GPR_SIZE) {
		const uint32_t *g = gprs;

		r->arch = AUDIT_ARCH_ARM;
		r->ip = g[15];
		r->sp = g[13];
		r->nr = have_syscallno ? syscallno : (int32_t)g[7];
		for (i = 0; i < 6; i++)
			r->args[i] = g[i];
		r->rval = (int32_t)g[0];
		return 0;
	}
	if (len != offsetof(struct ltr_aarch64_regs, syscallno))
		return -EINVAL;
	const struct ltr_aarch64_regs *g = gprs;

	r->arch = AUDIT_ARCH_AARCH64;
	r->ip = g->pc;
	r->sp = g->sp;
	r->nr = have_syscallno ? syscallno : (int64_t)g->x[8];
	for (i = 0; i < 6; i++)
		r->args[i] = g->x[i];
	r->rval = (int64_t)g->x[0];
	/* at syscall stops the kernel shows the tracer 0 (entry) or 1 (exit) in x7 */
	r->hint = g->x[7] == 0 ? LTR_REGS_HINT_ENTRY
		: g->x[7] == 1 ? LTR_REGS_HINT_EXIT : LTR_REGS_HINT_NONE;
	return 0;
}

unsigned ltr_aarch64_regs_entry(struct ltr_aarch64_regs *regs, const struct ltr_call *c,
				uint64_t orig_args[6])
{
	unsigned changed = 0;
	unsigned i;

	for (i = 0; i < 6; i++)
		orig_args[i] = regs->x[i];
	if (c->mods & LTR_MOD_SKIP) {
		regs->syscallno = -1;
		return LTR_AARCH64_NR_CHANGED;
	}
	if (c->mods & LTR_MOD_NR) {
		regs->syscallno = (int32_t)c->nr;
		changed |= LTR_AARCH64_NR_CHANGED;
	}
	if (c->mods & LTR_MOD_ARGS) {
		for (i = 0; i < 6; i++)
			regs->x[i] = c->args[i];
		changed |= LTR_AARCH64_GPR_CHANGED;
	}
	return changed;
}

void ltr_aarch64_regs_return(struct ltr_aarch64_regs *regs, int64_t ret)
{
	regs->x[0] = (uint64_t)ret;
}

void ltr_aarch64_regs_restore(struct ltr_aarch64_regs *regs, const uint64_t orig_args[6])
{
	unsigned i;

	for (i = 1; i < 6; i++)
		regs->x[i] = orig_args[i];
}

#if defined(__aarch64__)

#include <elf.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#ifndef NT_ARM_SYSTEM_CALL
#define NT_ARM_SYSTEM_CALL 0x404
#endif

/* The general registers: the first 34 words of the snapshot. */
#define GPR_SIZE (offsetof(struct ltr_aarch64_regs, pstate) + sizeof(uint64_t))

static int regset_io(int request, pid_t tid, int type, void *buf, size_t len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };

	return ptrace(request, tid, (void *)(long)type, &iov) < 0 ? -errno : 0;
}

/* Reads both regsets of tid into regs. */
static int get_regs(pid_t tid, struct ltr_aarch64_regs *regs)
{
	int rc = regset_io(PTRACE_GETREGSET, tid, NT_PRSTATUS, regs, GPR_SIZE);

	if (rc)
		return rc;
	return regset_io(PTRACE_GETREGSET, tid, NT_ARM_SYSTEM_CALL, &regs->syscallno,
			 sizeof(regs->syscallno));
}

/* Whether NT_ARM_SYSTEM_CALL can be read (Linux 3.19 and later). */
static enum { NR_REGSET_UNTRIED, NR_REGSET_WORKS, NR_REGSET_MISSING } nr_regset;

int ltr_regs_read_stop(pid_t tid, unsigned want, struct ltr_regs_stop *r)
{
	struct ltr_aarch64_regs regs;
	struct iovec iov = { .iov_base = &regs, .iov_len = GPR_SIZE };
	bool have_nr = false;

	if (ptrace(PTRACE_GETREGSET, tid, (void *)(long)NT_PRSTATUS, &iov) < 0)
		return -errno;
	if ((want & LTR_REGS_NR) && nr_regset != NR_REGSET_MISSING) {
		int rc = regset_io(PTRACE_GETREGSET, tid, NT_ARM_SYSTEM_CALL, &regs.syscallno,
				   sizeof(regs.syscallno));

		if (rc == 0) {
			nr_regset = NR_REGSET_WORKS;
			have_nr = true;
		} else if (rc == -ESRCH || nr_regset == NR_REGSET_WORKS) {
			return rc;
		} else {
			nr_regset = NR_REGSET_MISSING;
		}
	}
	return ltr_aarch64_regs_stop(&regs, iov.iov_len, have_nr, regs.syscallno, r);
}

/* aarch64 tracers see only aarch64 calls here (no arm32 table). */
static int check_arch(const struct ltr_call *c)
{
	if (c && c->arch && c->arch->audit_arch != AUDIT_ARCH_AARCH64)
		return -ENOSYS;
	return 0;
}

int ltr_regs_apply_entry(pid_t tid, const struct ltr_call *c, uint64_t orig_args[6])
{
	struct ltr_aarch64_regs regs;
	unsigned changed;
	int rc = check_arch(c);

	if (rc || (rc = get_regs(tid, &regs)))
		return rc;
	changed = ltr_aarch64_regs_entry(&regs, c, orig_args);
	if (changed & LTR_AARCH64_GPR_CHANGED) {
		rc = regset_io(PTRACE_SETREGSET, tid, NT_PRSTATUS, &regs, GPR_SIZE);
		if (rc)
			return rc;
	}
	if (changed & LTR_AARCH64_NR_CHANGED)
		rc = regset_io(PTRACE_SETREGSET, tid, NT_ARM_SYSTEM_CALL, &regs.syscallno,
			       sizeof(regs.syscallno));
	return rc;
}

int ltr_regs_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret)
{
	struct ltr_aarch64_regs regs;
	int rc = check_arch(c);

	if (rc || (rc = regset_io(PTRACE_GETREGSET, tid, NT_PRSTATUS, &regs, GPR_SIZE)))
		return rc;
	ltr_aarch64_regs_return(&regs, ret);
	return regset_io(PTRACE_SETREGSET, tid, NT_PRSTATUS, &regs, GPR_SIZE);
}

int ltr_regs_restore_args(pid_t tid, const struct ltr_call *c, const uint64_t orig_args[6])
{
	struct ltr_aarch64_regs regs;
	int rc = check_arch(c);

	if (rc || (rc = regset_io(PTRACE_GETREGSET, tid, NT_PRSTATUS, &regs, GPR_SIZE)))
		return rc;
	ltr_aarch64_regs_restore(&regs, orig_args);
	return regset_io(PTRACE_SETREGSET, tid, NT_PRSTATUS, &regs, GPR_SIZE);
}

#endif /* __aarch64__ */
