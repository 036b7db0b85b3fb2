/* SPDX-License-Identifier: MIT */
/*
 * The x86_64 arch: 64-bit x86 processes.
 * Its syscall table is generated from syscalls.list beside this file.
 * Only tables here: this file compiles on any host. Register access will
 * be added under #ifdef for hosts that can trace x86_64 processes.
 */
#include <linux/audit.h>

#include "ltr/arch.h"
#include "syscalls_x86_64.h"

/* Decoder row of each number, filled by ltr_arch_init(). */
static const struct ltr_syscall_desc *descs_x86_64[LTR_SYSCALLS_x86_64_COUNT];

const struct ltr_arch ltr_arch_x86_64 = {
	.name = "x86_64",
	.audit_arch = AUDIT_ARCH_X86_64,
	.wordsize = 8,
	.syscall_names = ltr_syscall_names_x86_64,
	.nsyscalls = LTR_SYSCALLS_x86_64_COUNT,
	.descs = descs_x86_64,
};
