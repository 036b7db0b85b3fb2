/* SPDX-License-Identifier: MIT */
/*
 * The register logic of syscall modification for aarch64 tracees, on a
 * snapshot of the registers (private to src/arch/aarch64/ and its unit
 * tests). Host-independent, so tests on any host feed it recorded
 * register sets; regs.c moves the snapshot in and out of a stopped
 * tracee on aarch64 hosts.
 */
#ifndef LTR_ARCH_REGS_AARCH64_H
#define LTR_ARCH_REGS_AARCH64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ltr_call;
struct ltr_regs_stop;

/* NT_PRSTATUS (struct user_pt_regs) plus the NT_ARM_SYSTEM_CALL regset. */
struct ltr_aarch64_regs {
	uint64_t x[31];
	uint64_t sp;
	uint64_t pc;
	uint64_t pstate;
	int32_t syscallno;  /* NT_ARM_SYSTEM_CALL: the number the kernel runs */
};

/* What a change touched, so only those regsets are written back. */
#define LTR_AARCH64_GPR_CHANGED 1u  /* NT_PRSTATUS */
#define LTR_AARCH64_NR_CHANGED  2u  /* NT_ARM_SYSTEM_CALL */

/*
 * At a syscall-entry stop: stores x0..x5 into orig_args and applies
 * LTR_MOD_SKIP (syscallno -1), LTR_MOD_NR and LTR_MOD_ARGS of c.
 * Returns the LTR_AARCH64_*_CHANGED bits.
 */
unsigned ltr_aarch64_regs_entry(struct ltr_aarch64_regs *regs, const struct ltr_call *c,
				uint64_t orig_args[6]);
/* At a syscall-exit stop: the tracee sees ret in x0. */
void ltr_aarch64_regs_return(struct ltr_aarch64_regs *regs, int64_t ret);
/* At a syscall-exit stop: x1..x5 back to orig_args[1..5]; x0 holds the
 * result, which the syscall ABI does not preserve. */
void ltr_aarch64_regs_restore(struct ltr_aarch64_regs *regs, const uint64_t orig_args[6]);

/* NT_PRSTATUS of a 32-bit (arm) thread: r0..r15, cpsr, orig_r0. */
#define LTR_AARCH64_ARM_GPR_SIZE (18 * 4)

/*
 * The syscall stop in gprs, len bytes of NT_PRSTATUS as the kernel
 * returned them (the size tells an aarch64 thread from an arm one),
 * with the number of NT_ARM_SYSTEM_CALL when have_syscallno (Linux 3.19
 * and later; else x8, or r7 for arm, which hold the number the program
 * asked for). Returns 0, or -EINVAL for a size of neither layout.
 */
int ltr_aarch64_regs_stop(const void *gprs, size_t len, bool have_syscallno, int32_t syscallno,
			  struct ltr_regs_stop *r);

#endif
