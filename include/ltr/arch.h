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

#include <stdint.h>
#include <sys/types.h>

struct ltr_syscall_desc;

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
/* The name of syscall nr, or NULL when nr is not in the table. */
const char *ltr_arch_syscall_name(const struct ltr_arch *arch, long nr);
/* The decoder row of nr, or NULL. */
const struct ltr_syscall_desc *ltr_arch_syscall_desc(const struct ltr_arch *arch, long nr);
/* The number of the syscall called name, or -1. */
long ltr_arch_syscall_nr(const struct ltr_arch *arch, const char *name);

#endif
