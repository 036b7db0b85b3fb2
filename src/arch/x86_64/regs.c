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
 *
 * Reading a stop from the registers (the path of kernels before 5.3,
 * src/arch/syscall_info.c) works on a snapshot and compiles on any host
 * for the unit tests (regs_x86_64.h); the ptrace part only on x86_64
 * hosts.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <linux/audit.h>
#include <stdbool.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "../regs.h"
#include "regs_x86_64.h"

int ltr_x86_regs_stop(const void *buf, size_t len, struct ltr_regs_stop *r)
{
	memset(r, 0, sizeof(*r));
	if (len == sizeof(struct ltr_i386_regs)) {
		const struct ltr_i386_regs *g = buf;

		r->arch = AUDIT_ARCH_I386;
		r->ip = g->eip;
		r->sp = g->esp;
		r->nr = (int32_t)g->orig_eax;
		r->args[0] = g->ebx;
		r->args[1] = g->ecx;
		r->args[2] = g->edx;
		r->args[3] = g->esi;
		r->args[4] = g->edi;
		r->args[5] = g->ebp;
		r->rval = (int32_t)g->eax;
		r->hint = r->rval != -ENOSYS ? LTR_REGS_HINT_EXIT : LTR_REGS_HINT_NONE;
		return 0;
	}
	if (len != sizeof(struct ltr_x86_64_regs))
		return -EINVAL;
	const struct ltr_x86_64_regs *g = buf;

	r->ip = g->rip;
	r->sp = g->rsp;
	if (g->cs == LTR_X86_USER32_CS) {
		r->arch = AUDIT_ARCH_I386;
		r->nr = (int32_t)g->orig_rax;
		r->args[0] = (uint32_t)g->rbx;
		r->args[1] = (uint32_t)g->rcx;
		r->args[2] = (uint32_t)g->rdx;
		r->args[3] = (uint32_t)g->rsi;
		r->args[4] = (uint32_t)g->rdi;
		r->args[5] = (uint32_t)g->rbp;
		r->rval = (int32_t)g->rax;
		r->hint = r->rval != -ENOSYS ? LTR_REGS_HINT_EXIT : LTR_REGS_HINT_NONE;
		return 0;
	}
	r->arch = AUDIT_ARCH_X86_64;
	r->nr = (int64_t)g->orig_rax;
	r->args[0] = g->rdi;
	r->args[1] = g->rsi;
	r->args[2] = g->rdx;
	r->args[3] = g->r10;
	r->args[4] = g->r8;
	r->args[5] = g->r9;
	r->rval = (int64_t)g->rax;
	/* the kernel enters every call with -ENOSYS there */
	r->hint = r->rval != -ENOSYS ? LTR_REGS_HINT_EXIT : LTR_REGS_HINT_NONE;
	return 0;
}

#if defined(__x86_64__)

#include <elf.h>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>

_Static_assert(sizeof(struct ltr_x86_64_regs) == sizeof(struct user_regs_struct),
	       "struct ltr_x86_64_regs is struct user_regs_struct");

static int get_regs(pid_t tid, struct user_regs_struct *regs)
{
	return ptrace(PTRACE_GETREGS, tid, NULL, regs) < 0 ? -errno : 0;
}

int ltr_regs_read_stop(pid_t tid, unsigned want, struct ltr_regs_stop *r)
{
	union {
		struct ltr_x86_64_regs r64;
		struct ltr_i386_regs r32;
	} regs;
	struct iovec iov = { &regs, sizeof(regs) };

	(void)want; /* one regset holds everything */
	if (ptrace(PTRACE_GETREGSET, tid, (void *)NT_PRSTATUS, &iov) == 0)
		return ltr_x86_regs_stop(&regs, iov.iov_len, r);
	/*
	 * Where PTRACE_GETREGSET is refused (a seccomp filter of a program
	 * that runs ltr, as strace's legacy_syscall_info test does),
	 * PTRACE_GETREGS: always the 64-bit layout, whose cs tells an i386
	 * tracee.
	 */
	if (errno != EIO || get_regs(tid, (struct user_regs_struct *)&regs.r64) < 0)
		return -errno;
	return ltr_x86_regs_stop(&regs, sizeof(regs.r64), r);
}

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
