/* SPDX-License-Identifier: MIT */
/*
 * The register path of syscall modification (private to src/arch/).
 * src/arch/modify.c decides between PTRACE_SET_SYSCALL_INFO and these;
 * each host arch implements them in src/arch/<host>/regs.c, compiled only
 * on that host (#if defined(__x86_64__) ...). modify.c holds weak stubs
 * returning -ENOSYS, so a host without a regs.c still links and a new
 * host arch is one new file.
 */
#ifndef LTR_ARCH_REGS_H
#define LTR_ARCH_REGS_H

#include <stdint.h>
#include <sys/types.h>

struct ltr_call;

/*
 * At a syscall-entry stop: applies LTR_MOD_SKIP / LTR_MOD_NR /
 * LTR_MOD_ARGS of c (c->arch is the arch of the stop) and stores the
 * argument registers as they were before into orig_args. Returns 0 or
 * -errno.
 */
int ltr_regs_apply_entry(pid_t tid, const struct ltr_call *c, uint64_t orig_args[6]);
/* At a syscall-exit stop: the tracee sees ret (already truncated and
 * sign-extended for 32-bit tracees). Returns 0 or -errno. */
int ltr_regs_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret);
/* At a syscall-exit stop: puts orig_args (from ltr_regs_apply_entry() or
 * PTRACE_GET_SYSCALL_INFO) back into the argument registers. */
int ltr_regs_restore_args(pid_t tid, const struct ltr_call *c, const uint64_t orig_args[6]);

#endif
