/* SPDX-License-Identifier: MIT */
/*
 * Architectures and personalities. Each directory src/arch/<arch>/ defines
 * one struct ltr_arch: its syscall table (generated from syscalls.list) and
 * its register access. The core picks the arch of every stop from the
 * "arch" field of PTRACE_GET_SYSCALL_INFO (an AUDIT_ARCH_* value), so a
 * 32-bit tracee on a 64-bit host is just another arch.
 */
#ifndef LTR_ARCH_H
#define LTR_ARCH_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

struct ltr_syscall_desc;

/*
 * Numbers from here up in a syscall table are ltr's own, never the
 * kernel's: the calls an ABI has only through a multiplexer (i386's
 * accept, send, recv through socketcall, semop, semtimedop through ipc),
 * so that -e trace=, hooks and -c can name them as strace does
 * (src/decode/demux.c). A stop with such a number is an unknown call.
 */
#define LTR_SUBCALL_NR_BASE 1000

struct ltr_arch {
	const char *name;          /* "x86_64", "i386", "aarch64", "riscv64" */
	uint32_t audit_arch;       /* AUDIT_ARCH_* */
	unsigned wordsize;         /* 8 or 4: long and pointer size */
	const char *const *syscall_names; /* indexed by number; NULL = hole */
	unsigned nsyscalls;
	/* Filled by ltr_arch_init(): the decoder row of each number. */
	const struct ltr_syscall_desc **descs;
};

/* Every arch ltr knows, NULL-terminated (decoders for all are built in). */
extern const struct ltr_arch *const ltr_arches[];

/* Resolves syscall names to decoder rows. Call once before tracing. */
void ltr_arch_init(void);
/* The arch with this AUDIT_ARCH_* value, or NULL. */
const struct ltr_arch *ltr_arch_by_audit(uint32_t audit_arch);
const struct ltr_arch *ltr_arch_by_name(const char *name);
/* The arch of 64-bit processes on the machine ltr was built for. */
const struct ltr_arch *ltr_arch_native(void);
/* The name of syscall nr, or NULL when nr is not in the table (or ltr's own). */
const char *ltr_arch_syscall_name(const struct ltr_arch *arch, long nr);
/* The decoder row of nr, or NULL. */
const struct ltr_syscall_desc *ltr_arch_syscall_desc(const struct ltr_arch *arch, long nr);
/* The number of the syscall called name, or -1. */
long ltr_arch_syscall_nr(const struct ltr_arch *arch, const char *name);

/*
 * Changing syscalls in the tracee (src/arch/modify.c). Uses
 * PTRACE_SET_SYSCALL_INFO where the kernel has it (6.16+) and the
 * registers of the host arch otherwise (src/arch/<host>/regs.c); the
 * environment variable LTR_NO_SET_SYSCALL_INFO=1 forces the registers.
 */
struct ltr_call;

/*
 * At a syscall-entry (or seccomp) stop of tid: run c->nr (LTR_MOD_NR)
 * with c->args (LTR_MOD_ARGS), or skip the call (LTR_MOD_SKIP: the number
 * becomes -1; the tracee must then be resumed with PTRACE_SYSCALL and the
 * result set at its exit stop with ltr_arch_apply_return(), as the kernel
 * leaves -ENOSYS there). Other bits of c->mods are ignored. c->arch must
 * be the arch of the stop. Returns 0 or -errno (-ESRCH: tid is gone or
 * not stopped).
 */
int ltr_arch_apply_entry(pid_t tid, const struct ltr_call *c);
/*
 * At a syscall-exit stop of tid: make the tracee see ret (kernel style:
 * -errno for failures; truncated to 32 bits for 32-bit tracees).
 * Returns 0 or -errno.
 */
int ltr_arch_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret);
/*
 * At the syscall-exit stop of a call whose arguments
 * ltr_arch_apply_entry() changed (LTR_MOD_ARGS): puts the argument
 * registers back as the tracee had them. The syscall instruction
 * preserves them and compiled code relies on it (x86_64: rdi rsi rdx r10
 * r8 r9), but the kernel leaves the changed values there. A call the
 * kernel then restarts (-ERESTART*) enters again with the original
 * arguments, so entry hooks see and change it as the first time.
 * Always uses the registers. Returns 0 (also when nothing was changed)
 * or -errno.
 */
int ltr_arch_restore_args(pid_t tid, const struct ltr_call *c);

/*
 * Reading syscall stops (src/arch/syscall_info.c). PTRACE_GET_SYSCALL_INFO
 * (Linux 5.3) where the kernel has it, the registers of the host arch
 * otherwise (src/arch/<host>/regs.c), telling entry from exit by ltr's
 * own state of the thread as strace did before 5.3. The environment
 * variable LTR_NO_GET_SYSCALL_INFO=1 forces the registers (and then the
 * registers for changes too, as a kernel without the one has not the
 * other).
 */
struct tracee;
struct __ptrace_syscall_info;

/*
 * At a syscall stop of t (status: its wait status, a SIGTRAP|0x80 stop
 * or a PTRACE_EVENT_SECCOMP one): fills info as PTRACE_GET_SYSCALL_INFO
 * does (op, arch, instruction and stack pointers, the number and
 * arguments or the result). The register path reads TRACEE_IN_SYSCALL of
 * t->flags (set from the entry until the exit stop, as stops.c keeps it)
 * and keeps its own memory in t. Returns 1 when info holds the stop, 0
 * for a stop that reports nothing new (on kernels before 4.8, the
 * syscall-entry-stop after a call's seccomp stop: resume it, the exit
 * stop comes next), -errno when the stop cannot be read (-ESRCH: gone).
 */
int ltr_arch_get_syscall_info(struct tracee *t, int status, struct __ptrace_syscall_info *info);
/* The instruction pointer of stopped tid, or 0 when it cannot be read. */
uint64_t ltr_arch_stop_pc(pid_t tid);
/* The arch (personality) stopped tid runs in, at any stop; NULL when unknown. */
const struct ltr_arch *ltr_arch_stop_arch(pid_t tid);
/* Whether stops are read from the registers (forced, or the kernel lacks
 * PTRACE_GET_SYSCALL_INFO: known from the first stop on). */
bool ltr_arch_stops_from_registers(void);
/*
 * Whether this kernel stops at a call's seccomp stop before its
 * syscall-entry-stop (before Linux 4.8); found out once.
 */
bool ltr_arch_seccomp_stops_first(void);
/* Forgets what was found out and re-reads LTR_NO_GET_SYSCALL_INFO (tests). */
void ltr_arch_syscall_info_reset(void);

/* How modifications are applied (ltr_arch_modify_path()). */
enum ltr_modify_path {
	LTR_MODIFY_UNKNOWN = 0,    /* nothing applied yet */
	LTR_MODIFY_SYSCALL_INFO,   /* PTRACE_SET_SYSCALL_INFO */
	LTR_MODIFY_REGS,           /* registers */
};
/* The path the last modification took (for tests and --stats). */
enum ltr_modify_path ltr_arch_modify_path(void);
/* Forgets whether PTRACE_SET_SYSCALL_INFO works and re-reads
 * LTR_NO_SET_SYSCALL_INFO at the next modification (tests). */
void ltr_arch_modify_reset(void);

#endif
