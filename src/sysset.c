/* SPDX-License-Identifier: MIT */
/*
 * Syscall sets in strace's syntax, compiled into bits; see
 * include/ltr/sysset.h. The one parser of that syntax: the command line's
 * sets (-e abbrev=, verbose=, raw=) and Lua's selectors (script_select.c,
 * behind -e trace=) both come here.
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/strbuf.h"
#include "ltr/syscall.h"
#include "ltr/sysset.h"

#define MAX_ARCHES 8

static unsigned offsets[MAX_ARCHES + 1]; /* bit offset of each arch */
static unsigned narches;

static void init_offsets(void)
{
	unsigned i;

	if (narches)
		return;
	/* classes are read from the decoder rows */
	ltr_arch_init();
	for (i = 0; ltr_arches[i] && i < MAX_ARCHES; i++)
		offsets[i + 1] = offsets[i] + ltr_arches[i]->nsyscalls;
	narches = i;
}

size_t ltr_sysset_size(void)
{
	init_offsets();
	return sizeof(struct ltr_sysset) + (offsets[narches] + 7) / 8;
}

static size_t nbytes(void)
{
	return ltr_sysset_size() - sizeof(struct ltr_sysset);
}

static void set_bit(struct ltr_sysset *s, unsigned a, long nr)
{
	unsigned bit = offsets[a] + (unsigned)nr;

	s->bits[bit / 8] |= (uint8_t)(1u << (bit % 8));
}

void ltr_sysset_init(struct ltr_sysset *s, bool all)
{
	unsigned a;
	long nr;

	memset(s->bits, 0, nbytes());
	s->unknown = all;
	if (!all)
		return;
	for (a = 0; a < narches; a++)
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++)
			set_bit(s, a, nr);
}

struct ltr_sysset *ltr_sysset_new(bool all)
{
	struct ltr_sysset *s = ltr_xmalloc(ltr_sysset_size());

	ltr_sysset_init(s, all);
	return s;
}

void ltr_sysset_union(struct ltr_sysset *dst, const struct ltr_sysset *src)
{
	size_t i, n = nbytes();

	for (i = 0; i < n; i++)
		dst->bits[i] |= src->bits[i];
	dst->unknown |= src->unknown;
}

void ltr_sysset_invert(struct ltr_sysset *s)
{
	unsigned a;
	long nr;

	s->unknown = !s->unknown;
	for (a = 0; a < narches; a++)
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
			unsigned bit = offsets[a] + (unsigned)nr;

			s->bits[bit / 8] ^= (uint8_t)(1u << (bit % 8));
		}
}

int ltr_sysset_arch_index(const struct ltr_arch *arch)
{
	unsigned a;

	init_offsets();
	for (a = 0; a < narches; a++)
		if (ltr_arches[a] == arch)
			return (int)a;
	return -1;
}

bool ltr_sysset_match(const struct ltr_sysset *s, unsigned a, long nr)
{
	unsigned bit;

	if (a >= narches || nr < 0 || (unsigned long)nr >= ltr_arches[a]->nsyscalls)
		return s->unknown;
	bit = offsets[a] + (unsigned)nr;
	return s->bits[bit / 8] & (1u << (bit % 8));
}

/* --- parsing --- */

/* Which arches a token applies to: one bit per index of ltr_arches[]. */
typedef unsigned arch_mask;

/*
 * The class bits of a class token, as strace's table has them: "%name"
 * for every class ("%network" for "%net"), and the bare legacy names. "all" is the class every named syscall is in (~0).
 * Returns 0 for no class.
 */
static uint32_t class_of(const char *tok)
{
	static const char *const legacy[] = {
		"desc", "file", "memory", "process", "signal", "ipc", "network",
	};
	const char *name = NULL;
	unsigned i;

	if (!strcmp(tok, "all"))
		return ~(uint32_t)0;
	if (tok[0] == '%') {
		name = tok + 1;
	} else {
		for (i = 0; i < sizeof(legacy) / sizeof(legacy[0]); i++)
			if (!strcmp(tok, legacy[i]))
				name = tok;
		if (!name)
			return 0;
	}
	if (!strcmp(name, "network"))
		name = "net";
	for (i = 0; i < LTR_NCLASSES; i++)
		if (!strcmp(name, ltr_class_names[i]))
			return 1u << i;
	return 0;
}

/* A class token is valid even when no syscall of these arches is in it. */
static bool add_class(struct ltr_sysset *s, arch_mask arches, uint32_t bits)
{
	unsigned a;
	long nr;

	for (a = 0; a < narches; a++) {
		if (!(arches & (1u << a)))
			continue;
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
			const struct ltr_syscall_desc *d;

			if (!ltr_arches[a]->syscall_names[nr])
				continue;
			d = ltr_arch_syscall_desc(ltr_arches[a], nr);
			if (bits == ~(uint32_t)0 || (d && (d->classes & bits) == bits))
				set_bit(s, a, nr);
		}
	}
	return true;
}

static bool add_name(struct ltr_sysset *s, arch_mask arches, const char *name)
{
	bool any = false;
	unsigned a;

	for (a = 0; a < narches; a++) {
		long nr;

		if (!(arches & (1u << a)))
			continue;
		nr = ltr_arch_syscall_nr(ltr_arches[a], name);
		if (nr >= 0 && (unsigned long)nr < ltr_arches[a]->nsyscalls) {
			set_bit(s, a, nr);
			any = true;
		}
	}
	return any;
}

/* A number: strace takes it where the arch's table has a syscall of that number (not a gap). */
static bool add_number(struct ltr_sysset *s, arch_mask arches, const char *tok)
{
	bool any = false;
	unsigned long nr;
	unsigned a;
	char *end;

	nr = strtoul(tok, &end, 10);
	/* ltr's own numbers (LTR_SUBCALL_NR_BASE) are no syscall's of the kernel */
	if (*end || nr >= LTR_SUBCALL_NR_BASE)
		return false;
	for (a = 0; a < narches; a++)
		if ((arches & (1u << a)) && nr < ltr_arches[a]->nsyscalls &&
		    ltr_arches[a]->syscall_names[nr]) {
			set_bit(s, a, (long)nr);
			any = true;
		}
	return any;
}

/* Returns 1 when something matched, 0 when nothing did, -1 on a bad regex. */
static int add_regex(struct ltr_sysset *s, arch_mask arches, const char *re,
		     char *err, size_t errlen)
{
	bool any = false;
	regex_t rx;
	unsigned a;
	long nr;
	int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);

	if (rc) {
		char msg[128];

		regerror(rc, &rx, msg, sizeof(msg));
		snprintf(err, errlen, "regcomp: %s: %s", re, msg);
		return -1;
	}
	for (a = 0; a < narches; a++) {
		if (!(arches & (1u << a)))
			continue;
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
			const char *name = ltr_arches[a]->syscall_names[nr];

			if (name && !regexec(&rx, name, 0, NULL, 0)) {
				set_bit(s, a, nr);
				any = true;
			}
		}
	}
	regfree(&rx);
	return any;
}

/*
 * The arches a "@64"-style designator names, or all of them without one.
 * Returns -1 for a designator strace does not know on this host.
 */
static int designator_arches(const char *tok, arch_mask *arches, size_t *len)
{
	const char *at = strrchr(tok, '@');
	unsigned a, want;

	*len = strlen(tok);
	*arches = (1u << narches) - 1;
	if (!at)
		return 0;
	*len = (size_t)(at - tok);
	if (!strcmp(at + 1, "64")) {
		want = 8;
	} else if (!strcmp(at + 1, "32")) {
		want = 4;
	} else if (!strcmp(at + 1, "x32") && !strcmp(ltr_arch_native()->name, "x86_64")) {
		/* x32 is no personality of ltr's: its tables are empty */
		*arches = 0;
		return 0;
	} else {
		return -1;
	}
	*arches = 0;
	for (a = 0; a < narches; a++)
		if (ltr_arches[a]->wordsize == want)
			*arches |= 1u << a;
	return 0;
}

/* One token of a set. Returns 0 or -1 with a message. */
static int add_token(struct ltr_sysset *s, const char *token, char *err, size_t errlen,
		     bool *help)
{
	const char *tok = token;
	bool optional = false;
	arch_mask arches;
	uint32_t bits;
	char name[256];
	size_t len;
	int found;

	while (*tok == '?') {
		optional = true;
		tok++;
	}
	if (designator_arches(tok, &arches, &len) < 0) {
		snprintf(err, errlen, "incorrect personality designator '%s' in qualification '%s'",
			 strrchr(tok, '@') + 1, tok);
		*help = true;
		return -1;
	}
	if (len >= sizeof(name)) {
		snprintf(err, errlen, "invalid system call '%s'", token);
		return -1;
	}
	memcpy(name, tok, len);
	name[len] = '\0';
	if (!arches && strrchr(tok, '@')) {
		found = 1;  /* @x32: nothing to add */
	} else if (name[0] >= '0' && name[0] <= '9') {
		found = add_number(s, arches, name);
	} else if (name[0] == '/') {
		found = add_regex(s, arches, name + 1, err, errlen);
		if (found < 0)
			return -1;
	} else if ((bits = class_of(name)) != 0) {
		found = add_class(s, arches, bits);
	} else {
		found = add_name(s, arches, name);
	}
	if (!found && !optional) {
		snprintf(err, errlen, "invalid system call '%s'", token);
		return -1;
	}
	return 0;
}

int ltr_sysset_add(struct ltr_sysset *s, const char *spec, char *err, size_t errlen,
		   bool *help)
{
	struct ltr_sysset *part;
	const char *p = spec;
	bool negate = false, any_token = false;
	bool dummy;
	int rc = 0;

	init_offsets();
	if (!help)
		help = &dummy;
	*help = false;
	while (*p == '!') {
		negate = !negate;
		p++;
	}
	part = ltr_sysset_new(!strcmp(p, "all"));
	if (strcmp(p, "all") != 0 && strcmp(p, "none") != 0) {
		while (*p) {
			size_t tlen = strcspn(p, ",");
			char tok[512];

			if (tlen) {
				if (tlen >= sizeof(tok)) {
					snprintf(err, errlen, "invalid system call '%.*s'",
						 (int)(errlen > 64 ? 64 : errlen), p);
					rc = -1;
					break;
				}
				memcpy(tok, p, tlen);
				tok[tlen] = '\0';
				any_token = true;
				if ((rc = add_token(part, tok, err, errlen, help)) < 0)
					break;
			}
			p += tlen;
			if (*p == ',')
				p++;
		}
		if (!rc && !any_token) {
			snprintf(err, errlen, "invalid system call '%s'", spec);
			rc = -1;
		}
	}
	if (!rc) {
		if (negate)
			ltr_sysset_invert(part);
		ltr_sysset_union(s, part);
	}
	free(part);
	return rc;
}
