/* SPDX-License-Identifier: MIT */
/*
 * The aarch64 arch: 64-bit Arm (arm64) processes, generic syscall numbering.
 * Its syscall table is generated from syscalls.list beside this file.
 * Only tables here: this file compiles on any host. Register access for
 * syscall modification is in regs.c, compiled on aarch64 hosts only.
 */
#include <linux/audit.h>

#include "ltr/arch.h"
#include "syscalls_aarch64.h"

#ifndef AUDIT_ARCH_AARCH64
#error "<linux/audit.h> lacks AUDIT_ARCH_AARCH64"
#endif

/* Decoder row of each number, filled by ltr_arch_init(). */
static const struct ltr_syscall_desc *descs_aarch64[LTR_SYSCALLS_aarch64_COUNT];

const struct ltr_arch ltr_arch_aarch64 = {
	.name = "aarch64",
	.audit_arch = AUDIT_ARCH_AARCH64,
	.wordsize = 8,
	.syscall_names = ltr_syscall_names_aarch64,
	.nsyscalls = LTR_SYSCALLS_aarch64_COUNT,
	.descs = descs_aarch64,
};
