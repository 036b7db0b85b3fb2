/* SPDX-License-Identifier: MIT */
/*
 * Sets of syscalls in strace's syntax (-e trace=, abbrev=, verbose=,
 * raw=, and Lua's ltr.select()): one bit per syscall number of every arch
 * in ltr_arches[], plus one bit for the numbers no table knows. A set is
 * compiled once, when options or scripts are read; matching is a bit test.
 *
 * The syntax, as strace 6.1 reads it: a comma-separated list of tokens,
 * each a syscall name, a number, a class (%file, %net, %%stat ..., and
 * the bare legacy names desc, file, memory, process, signal, ipc,
 * network), "all", or /REGEX (POSIX extended, matched anywhere in the
 * name); a token may start with '?' (no error when it matches nothing)
 * and end with @64, @32 (@x32 on x86_64 hosts) to take it from the 64- or
 * 32-bit tables only. Leading '!'s negate the whole set; "all" and "none"
 * alone are every and no syscall.
 */
#ifndef LTR_SYSSET_H
#define LTR_SYSSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct ltr_arch;

struct ltr_sysset {
	bool unknown;      /* numbers outside every table */
	uint8_t bits[];    /* arch after arch of ltr_arches[], one bit per number */
};

/* Bytes of one set (for callers that allocate it, as Lua userdata). */
size_t ltr_sysset_size(void);
/* Makes the set of size ltr_sysset_size() at s empty, or full when all. */
void ltr_sysset_init(struct ltr_sysset *s, bool all);
/* A new set, empty or full; the caller frees it with free(). */
struct ltr_sysset *ltr_sysset_new(bool all);

/*
 * Adds the syscalls of spec (the syntax above) to s. Returns 0, or -1
 * with strace's message in err ("invalid system call 'foo'"); s may then
 * hold part of spec. help is set when strace would add its "Try -h"
 * line (a bad personality designator).
 */
int ltr_sysset_add(struct ltr_sysset *s, const char *spec, char *err, size_t errlen,
		   bool *help);
/* dst |= src */
void ltr_sysset_union(struct ltr_sysset *dst, const struct ltr_sysset *src);
/* Every syscall not in s, and the other way round. */
void ltr_sysset_invert(struct ltr_sysset *s);

/* The index of arch in ltr_arches[] (as match() takes it), or -1. */
int ltr_sysset_arch_index(const struct ltr_arch *arch);
/* Whether s holds syscall nr of ltr_arches[arch_index] (nr < 0 or beyond
 * the table: the numbers no table knows). */
bool ltr_sysset_match(const struct ltr_sysset *s, unsigned arch_index, long nr);

#endif
