/* SPDX-License-Identifier: MIT */
/*
 * The i386 arch: i386 processes, native or running on an x86_64 kernel.
 * Its syscall table is generated from syscalls.list beside this file.
 * Only tables here: this file compiles on any host. Register access will
 * be added under #ifdef for hosts that can trace i386 processes.
 */
#include <linux/audit.h>

#include "ltr/arch.h"
#include "syscalls_i386.h"

/* Decoder row of each number, filled by ltr_arch_init(). */
static const struct ltr_syscall_desc *descs_i386[LTR_SYSCALLS_i386_COUNT];

const struct ltr_arch ltr_arch_i386 = {
	.name = "i386",
	.audit_arch = AUDIT_ARCH_I386,
	.wordsize = 4,
	.syscall_names = ltr_syscall_names_i386,
	.nsyscalls = LTR_SYSCALLS_i386_COUNT,
	.descs = descs_i386,
};
