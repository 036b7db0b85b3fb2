/* SPDX-License-Identifier: MIT */
/*
 * The register path of syscall modification for riscv64 tracees
 * (src/arch/regs.h), used on kernels without PTRACE_SET_SYSCALL_INFO
 * (before 6.16) or with LTR_NO_SET_SYSCALL_INFO=1.
 *
 * - a7 is the number the kernel runs after the entry stop; -1 skips the
 *   call. The kernel put -ENOSYS in a0 before the entry stop, so the exit
 *   stop of a skipped call shows -ENOSYS there: the tracer writes the
 *   return value into a0.
 * - The first argument is not a0 at the entry stop (that is -ENOSYS by
 *   then) but orig_a0, which the kernel passes to the call and which
 *   struct user_regs_struct lacks. Kernels with the NT_RISCV_ORIG_A0
 *   regset (0x903, 6.15 and stable backports) read and write it; on
 *   older ones it is read through PTRACE_GET_SYSCALL_INFO and cannot be
 *   changed: changing the first argument fails with -EOPNOTSUPP there,
 *   while the other five (a1..a5) always work.
 *
 *
 * Reading a stop from the registers (kernels before 5.3,
 * src/arch/syscall_info.c): the number is a7, the arguments orig_a0 and
 * a1..a5, the result a0. Kernels before 6.1 (riscv's own entry code)
 * leave the first argument in a0 until the call returns, and have no
 * NT_RISCV_ORIG_A0: a0 is read there. Since the generic entry code
 * (6.1) a0 holds -ENOSYS at the entry stop: orig_a0 is read from
 * NT_RISCV_ORIG_A0 (6.15), else from PTRACE_GET_SYSCALL_INFO, which
 * every such kernel has: that is the one request the register path
 * still makes of it, when LTR_NO_GET_SYSCALL_INFO=1 forces the path on
 * kernels 6.1 to 6.14.
 *
 * The logic works on a snapshot (regs_riscv64.h) and compiles on any
 * host for the unit tests; the ptrace part only on riscv64 hosts.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <linux/audit.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "../regs.h"
#include "regs_riscv64.h"

void ltr_riscv64_regs_stop(const struct ltr_riscv64_regs *regs, struct ltr_regs_stop *r)
{
	unsigned i;

	memset(r, 0, sizeof(*r));
	r->arch = AUDIT_ARCH_RISCV64;
	r->ip = regs->x[LTR_RISCV64_PC];
	r->sp = regs->x[LTR_RISCV64_SP];
	r->nr = (int64_t)regs->x[LTR_RISCV64_A7];
	r->args[0] = regs->orig_a0;
	for (i = 1; i < 6; i++)
		r->args[i] = regs->x[LTR_RISCV64_A0 + i];
	r->rval = (int64_t)regs->x[LTR_RISCV64_A0];
}

unsigned ltr_riscv64_regs_entry(struct ltr_riscv64_regs *regs, const struct ltr_call *c,
				uint64_t orig_args[6])
{
	unsigned changed = 0;
	unsigned i;

	orig_args[0] = regs->orig_a0;
	for (i = 1; i < 6; i++)
		orig_args[i] = regs->x[LTR_RISCV64_A0 + i];
	if (c->mods & LTR_MOD_SKIP) {
		regs->x[LTR_RISCV64_A7] = (uint64_t)(int64_t)-1;
		return LTR_RISCV64_GPR_CHANGED;
	}
	if (c->mods & LTR_MOD_NR) {
		regs->x[LTR_RISCV64_A7] = (uint64_t)(int64_t)c->nr;
		changed |= LTR_RISCV64_GPR_CHANGED;
	}
	if (c->mods & LTR_MOD_ARGS) {
		if (regs->orig_a0 != c->args[0]) {
			regs->orig_a0 = c->args[0];
			changed |= LTR_RISCV64_ORIG_A0_CHANGED;
		}
		for (i = 1; i < 6; i++)
			regs->x[LTR_RISCV64_A0 + i] = c->args[i];
		changed |= LTR_RISCV64_GPR_CHANGED;
	}
	return changed;
}

void ltr_riscv64_regs_return(struct ltr_riscv64_regs *regs, int64_t ret)
{
	regs->x[LTR_RISCV64_A0] = (uint64_t)ret;
}

void ltr_riscv64_regs_restore(struct ltr_riscv64_regs *regs, const uint64_t orig_args[6])
{
	unsigned i;

	for (i = 1; i < 6; i++)
		regs->x[LTR_RISCV64_A0 + i] = orig_args[i];
}

#if defined(__riscv) && __riscv_xlen == 64

#include <elf.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#ifndef NT_RISCV_ORIG_A0
#define NT_RISCV_ORIG_A0 0x903
#endif

static int regset_io(int request, pid_t tid, int type, void *buf, size_t len)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };

	return ptrace(request, tid, (void *)(long)type, &iov) < 0 ? -errno : 0;
}

static int get_gprs(pid_t tid, struct ltr_riscv64_regs *regs)
{
	return regset_io(PTRACE_GETREGSET, tid, NT_PRSTATUS, regs->x, sizeof(regs->x));
}

static int set_gprs(pid_t tid, struct ltr_riscv64_regs *regs)
{
	return regset_io(PTRACE_SETREGSET, tid, NT_PRSTATUS, regs->x, sizeof(regs->x));
}

/* orig_a0 of tid at an entry stop: the regset, else the syscall info. */
static int get_orig_a0(pid_t tid, uint64_t *orig_a0)
{
	struct __ptrace_syscall_info info;

	if (regset_io(PTRACE_GETREGSET, tid, NT_RISCV_ORIG_A0, orig_a0, sizeof(*orig_a0)) == 0)
		return 0;
	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof(info), &info) <= 0)
		return errno ? -errno : -EIO;
	if (info.op != PTRACE_SYSCALL_INFO_ENTRY && info.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return -EINVAL;
	*orig_a0 = info.entry.args[0];
	return 0;
}

/* What the kernel offers for orig_a0 at an entry stop, found out once. */
static enum { ORIG_A0_UNTRIED, ORIG_A0_REGSET, ORIG_A0_SYSCALL_INFO, ORIG_A0_IN_A0 } orig_a0_way;

/*
 * orig_a0 of tid, stopped at an entry or seccomp stop: NT_RISCV_ORIG_A0,
 * else PTRACE_GET_SYSCALL_INFO, else a0 (kernels before 5.3 leave the
 * first argument there).
 */
static int entry_orig_a0(pid_t tid, struct ltr_riscv64_regs *regs)
{
	struct __ptrace_syscall_info info;
	int rc;

	if (orig_a0_way == ORIG_A0_UNTRIED || orig_a0_way == ORIG_A0_REGSET) {
		rc = regset_io(PTRACE_GETREGSET, tid, NT_RISCV_ORIG_A0, &regs->orig_a0,
			       sizeof(regs->orig_a0));
		if (rc == 0) {
			orig_a0_way = ORIG_A0_REGSET;
			return 0;
		}
		if (rc == -ESRCH || orig_a0_way == ORIG_A0_REGSET)
			return rc;
		orig_a0_way = ORIG_A0_SYSCALL_INFO;
	}
	if (orig_a0_way == ORIG_A0_SYSCALL_INFO) {
		memset(&info, 0, sizeof(info));
		if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof(info), &info) > 0) {
			if (info.op != PTRACE_SYSCALL_INFO_ENTRY &&
			    info.op != PTRACE_SYSCALL_INFO_SECCOMP)
				return -EINVAL;
			regs->orig_a0 = info.entry.args[0];
			return 0;
		}
		if (errno != EIO)
			return -errno;
		orig_a0_way = ORIG_A0_IN_A0;
	}
	regs->orig_a0 = regs->x[LTR_RISCV64_A0];
	return 0;
}

int ltr_regs_read_stop(pid_t tid, unsigned want, struct ltr_regs_stop *r)
{
	struct ltr_riscv64_regs regs;
	int rc = get_gprs(tid, &regs);

	if (rc)
		return rc;
	regs.orig_a0 = 0;
	if ((want & LTR_REGS_ARGS) && (rc = entry_orig_a0(tid, &regs)))
		return rc;
	ltr_riscv64_regs_stop(&regs, r);
	return 0;
}

static int check_arch(const struct ltr_call *c)
{
	if (c && c->arch && c->arch->audit_arch != AUDIT_ARCH_RISCV64)
		return -ENOSYS;
	return 0;
}

int ltr_regs_apply_entry(pid_t tid, const struct ltr_call *c, uint64_t orig_args[6])
{
	struct ltr_riscv64_regs regs;
	unsigned changed;
	int rc = check_arch(c);

	if (rc || (rc = get_gprs(tid, &regs)) || (rc = get_orig_a0(tid, &regs.orig_a0)))
		return rc;
	changed = ltr_riscv64_regs_entry(&regs, c, orig_args);
	/* orig_a0 first: if the kernel cannot take it, change nothing */
	if (changed & LTR_RISCV64_ORIG_A0_CHANGED) {
		rc = regset_io(PTRACE_SETREGSET, tid, NT_RISCV_ORIG_A0, &regs.orig_a0,
			       sizeof(regs.orig_a0));
		if (rc == -EINVAL || rc == -EIO)
			return -EOPNOTSUPP;
		if (rc)
			return rc;
	}
	if (changed & LTR_RISCV64_GPR_CHANGED)
		rc = set_gprs(tid, &regs);
	return rc;
}

int ltr_regs_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret)
{
	struct ltr_riscv64_regs regs;
	int rc = check_arch(c);

	if (rc || (rc = get_gprs(tid, &regs)))
		return rc;
	ltr_riscv64_regs_return(&regs, ret);
	return set_gprs(tid, &regs);
}

int ltr_regs_restore_args(pid_t tid, const struct ltr_call *c, const uint64_t orig_args[6])
{
	struct ltr_riscv64_regs regs;
	int rc = check_arch(c);

	if (rc || (rc = get_gprs(tid, &regs)))
		return rc;
	ltr_riscv64_regs_restore(&regs, orig_args);
	return set_gprs(tid, &regs);
}

#endif /* riscv64 */
