/* SPDX-License-Identifier: MIT */
/*
 * The riscv64 arch: 64-bit RISC-V (RV64) processes, generic syscall numbering.
 * Its syscall table is generated from syscalls.list beside this file.
 * Only tables here: this file compiles on any host. Register access for
 * syscall modification is in regs.c, compiled on riscv64 hosts only.
 */
#include <linux/audit.h>

#include "ltr/arch.h"
#include "syscalls_riscv64.h"

#ifndef AUDIT_ARCH_RISCV64
#error "<linux/audit.h> lacks AUDIT_ARCH_RISCV64"
#endif

/* Decoder row of each number, filled by ltr_arch_init(). */
static const struct ltr_syscall_desc *descs_riscv64[LTR_SYSCALLS_riscv64_COUNT];

const struct ltr_arch ltr_arch_riscv64 = {
	.name = "riscv64",
	.audit_arch = AUDIT_ARCH_RISCV64,
	.wordsize = 8,
	.syscall_names = ltr_syscall_names_riscv64,
	.nsyscalls = LTR_SYSCALLS_riscv64_COUNT,
	.descs = descs_riscv64,
};
