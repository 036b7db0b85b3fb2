/* SPDX-License-Identifier: MIT */
/*
 * The register path of syscall modification on x86_64 hosts
 * (src/arch/regs.h), for x86_64 tracees and i386 tracees alike: a 64-bit
 * tracer sees both through the same struct user_regs_struct
 * (PTRACE_GETREGS / PTRACE_SETREGS).
 *
 * - orig_rax is the syscall number the kernel runs after the entry stop;
 *   -1 skips the call, and the exit stop then shows -ENOSYS in rax (the
 *   entry code put it there before the stop).
 * - Arguments: rdi rsi rdx r10 r8 r9 for x86_64 calls; ebx ecx edx esi
 *   edi ebp (rbx rcx rdx rsi rdi rbp) for i386 calls, which is decided
 *   by the arch of the call, not by the code segment: a 64-bit program
 *   may use int $0x80.
 * - The return value is rax; an i386 tracee reads eax, and the kernel
 *   sign-extends it from 32 bits when it checks for errors, so it is
 *   stored sign-extended.
 * Compiled on x86_64 hosts only; elsewhere this file is empty.
 */
#if defined(__x86_64__)

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <linux/audit.h>
#include <stdbool.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "../regs.h"

/* True when the stopped call of tid uses the i386 syscall ABI. */
static bool call_is_i386(pid_t tid, const struct ltr_call *c,
			 const struct user_regs_struct *regs)
{
	struct __ptrace_syscall_info info;

	if (c && c->arch)
		return c->arch->audit_arch == AUDIT_ARCH_I386;
	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof(info), &info) > 0)
		return info.arch == AUDIT_ARCH_I386;
	return regs->cs == 0x23; /* __USER32_CS: a 32-bit program */
}

static int get_regs(pid_t tid, struct user_regs_struct *regs)
{
	return ptrace(PTRACE_GETREGS, tid, NULL, regs) < 0 ? -errno : 0;
}

static int set_regs(pid_t tid, const struct user_regs_struct *regs)
{
	return ptrace(PTRACE_SETREGS, tid, NULL, regs) < 0 ? -errno : 0;
}

/* The argument registers of a call, in argument order. */
static void arg_regs(struct user_regs_struct *regs, bool i386,
		     unsigned long long *slot[6])
{
	if (i386) {
		slot[0] = &regs->rbx;
		slot[1] = &regs->rcx;
		slot[2] = &regs->rdx;
		slot[3] = &regs->rsi;
		slot[4] = &regs->rdi;
		slot[5] = &regs->rbp;
	} else {
		slot[0] = &regs->rdi;
		slot[1] = &regs->rsi;
		slot[2] = &regs->rdx;
		slot[3] = &regs->r10;
		slot[4] = &regs->r8;
		slot[5] = &regs->r9;
	}
}

int ltr_regs_apply_entry(pid_t tid, const struct ltr_call *c, uint64_t orig_args[6])
{
	struct user_regs_struct regs;
	unsigned long long *slot[6];
	bool i386;
	unsigned i;
	int rc = get_regs(tid, &regs);

	if (rc)
		return rc;
	i386 = call_is_i386(tid, c, &regs);
	arg_regs(&regs, i386, slot);
	for (i = 0; i < 6; i++)
		orig_args[i] = *slot[i];
	if (c->mods & LTR_MOD_SKIP) {
		regs.orig_rax = (unsigned long long)-1;
	} else {
		if (c->mods & LTR_MOD_NR)
			regs.orig_rax = (unsigned long long)(long long)c->nr;
		if (c->mods & LTR_MOD_ARGS)
			for (i = 0; i < 6; i++)
				*slot[i] = i386 ? (uint32_t)c->args[i] : c->args[i];
	}
	return set_regs(tid, &regs);
}

int ltr_regs_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret)
{
	struct user_regs_struct regs;
	int rc = get_regs(tid, &regs);

	if (rc)
		return rc;
	if (call_is_i386(tid, c, &regs))
		ret = (int32_t)ret;
	regs.rax = (unsigned long long)ret;
	return set_regs(tid, &regs);
}

int ltr_regs_restore_args(pid_t tid, const struct ltr_call *c, const uint64_t orig_args[6])
{
	struct user_regs_struct regs;
	unsigned long long *slot[6];
	unsigned i;
	int rc = get_regs(tid, &regs);

	if (rc)
		return rc;
	arg_regs(&regs, call_is_i386(tid, c, &regs), slot);
	for (i = 0; i < 6; i++)
		*slot[i] = orig_args[i];
	return set_regs(tid, &regs);
}

#endif /* __x86_64__ */
