/* SPDX-License-Identifier: MIT */
/*
 * The register logic of syscall modification for riscv64 tracees, on a
 * snapshot of the registers (private to src/arch/riscv64/ and its unit
 * tests). Host-independent, so tests on any host feed it recorded
 * register sets; regs.c moves the snapshot in and out of a stopped
 * tracee on riscv64 hosts.
 */
#ifndef LTR_ARCH_REGS_RISCV64_H
#define LTR_ARCH_REGS_RISCV64_H

#include <stdint.h>

struct ltr_call;
struct ltr_regs_stop;

/* Indices into x[]: the order of struct user_regs_struct (NT_PRSTATUS). */
enum {
	LTR_RISCV64_PC = 0,
	LTR_RISCV64_SP = 2,
	LTR_RISCV64_A0 = 10,  /* a0..a7 are x[10..17] */
	LTR_RISCV64_A7 = 17,
};

struct ltr_riscv64_regs {
	uint64_t x[32];     /* NT_PRSTATUS: pc, ra, sp, gp, tp, t0-t2, s0, s1, a0-a7, ... */
	uint64_t orig_a0;   /* the first argument the kernel passes */
};

/* What a change touched, so only that is written back. */
#define LTR_RISCV64_GPR_CHANGED     1u  /* NT_PRSTATUS */
#define LTR_RISCV64_ORIG_A0_CHANGED 2u  /* NT_RISCV_ORIG_A0 */

/*
 * At a syscall-entry stop: stores orig_a0, a1..a5 into orig_args and
 * applies LTR_MOD_SKIP (a7 = -1), LTR_MOD_NR (a7) and LTR_MOD_ARGS
 * (orig_a0, a1..a5) of c. Returns the LTR_RISCV64_*_CHANGED bits.
 */
unsigned ltr_riscv64_regs_entry(struct ltr_riscv64_regs *regs, const struct ltr_call *c,
				uint64_t orig_args[6]);
/* At a syscall-exit stop: the tracee sees ret in a0. */
void ltr_riscv64_regs_return(struct ltr_riscv64_regs *regs, int64_t ret);
/* At a syscall-exit stop: a1..a5 back to orig_args[1..5]; a0 holds the
 * result, which the syscall ABI does not preserve. */
void ltr_riscv64_regs_restore(struct ltr_riscv64_regs *regs, const uint64_t orig_args[6]);

/*
 * The syscall stop in regs (orig_a0 filled by the reader): the arguments
 * orig_a0, a1..a5, the number a7, the result a0.
 */
void ltr_riscv64_regs_stop(const struct ltr_riscv64_regs *regs, struct ltr_regs_stop *r);

#endif
