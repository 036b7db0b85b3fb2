/* SPDX-License-Identifier: MIT */
/*
 * Link-time glue for the static riscv64 cross build only (the Makefile
 * adds it when CROSS=riscv64-linux-gnu-; the host build never sees it).
 *
 * Debian has riscv64 packages from trixie on, so that build links
 * trixie's liblua5.4.a / libelf.a / libdw.a against the host's
 * riscv64 cross glibc (bookworm, 2.36). Two gaps between them:
 * - glibc 2.38 renamed strtol and sscanf for C2x callers
 *   (__isoc23_strtol, __isoc23_sscanf); the old functions behave the
 *   same for the inputs elfutils parses (no "0b" prefixes).
 * - elfutils 0.192's libelf.a calls its own tree helpers (eu_tsearch
 *   ...; lib/eu-search.c, a lock around tsearch) but the Debian archive
 *   does not ship the object that defines them. Here they are, over
 *   plain tsearch: the tree's first member is its root, and ltr calls
 *   libelf from one thread only, so the lock is not needed.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <search.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* elfutils' search_tree: the root, then a lock not touched here. */
struct eu_search_tree {
	void *root;
};

typedef int (*eu_compare)(const void *, const void *);

long __isoc23_strtol(const char *s, char **end, int base);
int __isoc23_sscanf(const char *s, const char *fmt, ...);
void *eu_tsearch(const void *key, struct eu_search_tree *tree, eu_compare cmp);
void *eu_tfind(const void *key, struct eu_search_tree *tree, eu_compare cmp);
void *eu_tdelete(const void *key, struct eu_search_tree *tree, eu_compare cmp);
void eu_tdestroy(struct eu_search_tree *tree, void (*free_node)(void *));
void eu_search_tree_init(struct eu_search_tree *tree);
void eu_search_tree_fini(struct eu_search_tree *tree, void (*free_node)(void *));

long __isoc23_strtol(const char *s, char **end, int base)
{
	return strtol(s, end, base);
}

int __isoc23_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

void *eu_tsearch(const void *key, struct eu_search_tree *tree, eu_compare cmp)
{
	return tsearch(key, &tree->root, cmp);
}

void *eu_tfind(const void *key, struct eu_search_tree *tree, eu_compare cmp)
{
	return tfind(key, &tree->root, cmp);
}

void *eu_tdelete(const void *key, struct eu_search_tree *tree, eu_compare cmp)
{
	return tdelete(key, &tree->root, cmp);
}

void eu_tdestroy(struct eu_search_tree *tree, void (*free_node)(void *))
{
	tdestroy(tree->root, free_node);
	tree->root = NULL;
}

void eu_search_tree_init(struct eu_search_tree *tree)
{
	tree->root = NULL;
}

void eu_search_tree_fini(struct eu_search_tree *tree, void (*free_node)(void *))
{
	eu_tdestroy(tree, free_node);
}
