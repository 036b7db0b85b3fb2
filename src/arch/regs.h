/* SPDX-License-Identifier: MIT */
/*
 * The register paths (private to src/arch/ and its unit tests): reading a
 * syscall stop from the registers (src/arch/syscall_info.c chooses
 * between them and PTRACE_GET_SYSCALL_INFO) and changing a syscall
 * through them (src/arch/modify.c chooses between them and
 * PTRACE_SET_SYSCALL_INFO). Each host arch implements them in
 * src/arch/<host>/regs.c, compiled only on that host (#if
 * defined(__x86_64__) ...). syscall_info.c and modify.c hold weak stubs
 * returning -ENOSYS, so a host without a regs.c still links and a new
 * host arch is one new file.
 */
#ifndef LTR_ARCH_REGS_H
#define LTR_ARCH_REGS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

struct ltr_call;
struct __ptrace_syscall_info;

/* A syscall stop as the registers show it. */
struct ltr_regs_stop {
	uint32_t arch;       /* AUDIT_ARCH_* of the stopped thread's personality */
	uint64_t ip;         /* instruction pointer (after the syscall instruction) */
	uint64_t sp;         /* stack pointer */
	int64_t nr;          /* the number the kernel runs (-1: none, or skipped) */
	uint64_t args[6];    /* the arguments (at entry and seccomp stops) */
	int64_t rval;        /* the result register (at exit stops) */
	/*
	 * What the registers alone say of a SIGTRAP|0x80 stop, where an arch
	 * can tell (LTR_REGS_*): x86 enters every call with -ENOSYS in rax,
	 * so any other value means an exit (strace's check before 5.3);
	 * aarch64 puts 0 (entry) or 1 (exit) in x7 for the tracer.
	 */
	int hint;
};
#define LTR_REGS_HINT_NONE  0  /* nothing: ltr's state decides */
#define LTR_REGS_HINT_ENTRY 1  /* a syscall-entry-stop */
#define LTR_REGS_HINT_EXIT  2  /* not a syscall-entry-stop */

/* What a reader of registers must fill besides arch, ip, sp and rval. */
#define LTR_REGS_NR   1u  /* nr */
#define LTR_REGS_ARGS 2u  /* args: the stop is an entry or seccomp stop */

/*
 * Reads the registers of tid, stopped at a syscall stop, into r: arch,
 * ip, sp, rval and what want asks for (LTR_REGS_*; an arch may skip
 * what costs another request when it is not asked for). Returns 0 or
 * -errno.
 */
int ltr_regs_read_stop(pid_t tid, unsigned want, struct ltr_regs_stop *r);

/*
 * The register path of reading stops, on a reader of registers, for
 * syscall_info.c and the unit tests (fake readers). Fills info as
 * PTRACE_GET_SYSCALL_INFO would for the syscall stop of tid, which ltr's
 * own state tells apart (strace's way before Linux 5.3):
 *   - seccomp_stop: a PTRACE_EVENT_SECCOMP stop (op SECCOMP);
 *   - else in_syscall false: a syscall-entry-stop (op ENTRY);
 *   - else the syscall-exit-stop of the call in progress (op EXIT),
 *     except, when seccomp stops come before syscall-entry-stops
 *     (seccomp_first: Linux before 4.8 on x86), the syscall stop right
 *     after a seccomp stop: it is the entry stop of the call the
 *     seccomp stop already reported, unless the number was set to -1
 *     (the call skipped, which has no entry stop then). That stop is
 *     not reported: returns 0.
 * Where the registers tell (struct ltr_regs_stop.hint) they win over the
 * state: an "entry" whose registers say exit is the exit of a call the
 * thread was in when it was seized (op EXIT, which stops.c ignores when
 * the thread is in no call), and on aarch64 an "exit" whose registers
 * say entry is an entry.
 * *after_seccomp is the thread's memory of its last stop being a seccomp
 * stop (false for a new thread). Returns 1 when info holds the stop, 0
 * for a stop to ignore, -errno when the registers cannot be read.
 */
typedef int ltr_regs_reader(pid_t tid, unsigned want, struct ltr_regs_stop *r);
int ltr_regs_syscall_info(pid_t tid, bool seccomp_stop, bool in_syscall, bool seccomp_first,
			  bool *after_seccomp, ltr_regs_reader *read,
			  struct __ptrace_syscall_info *info);

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
