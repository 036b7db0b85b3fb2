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
 * The logic works on a snapshot (regs_riscv64.h) and compiles on any
 * host for the unit tests; the ptrace part only on riscv64 hosts.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "regs_riscv64.h"

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
#include <linux/audit.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "../regs.h"

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
