/* SPDX-License-Identifier: MIT */
/*
 * The list of built-in architectures and lookups in their syscall tables.
 * Each src/arch/<arch>/arch.c defines one struct ltr_arch; a new arch is a
 * new directory plus one line in ltr_arches[] below.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"

extern const struct ltr_arch ltr_arch_x86_64;
extern const struct ltr_arch ltr_arch_i386;
extern const struct ltr_arch ltr_arch_aarch64;
extern const struct ltr_arch ltr_arch_riscv64;

const struct ltr_arch *const ltr_arches[] = {
	&ltr_arch_x86_64,
	&ltr_arch_i386,
	&ltr_arch_aarch64,
	&ltr_arch_riscv64,
	NULL,
};

/*
 * Points every number of every arch at its decoder row (NULL for holes and
 * for names without a row). Idempotent: later calls do nothing. Not
 * thread-safe; call it once at startup before tracing.
 */
void ltr_arch_init(void)
{
	static bool done;

	if (done)
		return;
	for (unsigned a = 0; ltr_arches[a]; a++) {
		const struct ltr_arch *arch = ltr_arches[a];

		for (unsigned nr = 0; nr < arch->nsyscalls; nr++) {
			const char *name = arch->syscall_names[nr];

			arch->descs[nr] = name ? ltr_syscall_desc_find(name) : NULL;
		}
	}
	done = true;
}

const struct ltr_arch *ltr_arch_by_audit(uint32_t audit_arch)
{
	for (unsigned a = 0; ltr_arches[a]; a++)
		if (ltr_arches[a]->audit_arch == audit_arch)
			return ltr_arches[a];
	return NULL;
}

const struct ltr_arch *ltr_arch_by_name(const char *name)
{
	if (!name)
		return NULL;
	for (unsigned a = 0; ltr_arches[a]; a++)
		if (strcmp(ltr_arches[a]->name, name) == 0)
			return ltr_arches[a];
	return NULL;
}

/* The arch ltr was compiled for; NULL when it has no built-in table. */
const struct ltr_arch *ltr_arch_native(void)
{
#if defined(__x86_64__) && !defined(__ILP32__)
	return &ltr_arch_x86_64;
#elif defined(__i386__)
	return &ltr_arch_i386;
#elif defined(__aarch64__)
	return &ltr_arch_aarch64;
#elif defined(__riscv) && __riscv_xlen == 64
	return &ltr_arch_riscv64;
#else
	return NULL;
#endif
}

const char *ltr_arch_syscall_name(const struct ltr_arch *arch, long nr)
{
	if (!arch || nr < 0 || (unsigned long)nr >= arch->nsyscalls || nr >= LTR_SUBCALL_NR_BASE)
		return NULL;
	return arch->syscall_names[nr];
}

/* The decoder row of nr; NULL for unknown numbers or before ltr_arch_init(). */
const struct ltr_syscall_desc *ltr_arch_syscall_desc(const struct ltr_arch *arch, long nr)
{
	if (!arch || nr < 0 || (unsigned long)nr >= arch->nsyscalls)
		return NULL;
	return arch->descs[nr];
}

/* Linear search: used when parsing options and scripts, not per stop. */
long ltr_arch_syscall_nr(const struct ltr_arch *arch, const char *name)
{
	if (!arch || !name)
		return -1;
	for (unsigned nr = 0; nr < arch->nsyscalls; nr++)
		if (arch->syscall_names[nr] && strcmp(arch->syscall_names[nr], name) == 0)
			return nr;
	return -1;
}
