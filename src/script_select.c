/* SPDX-License-Identifier: MIT */
/*
 * Syscall selectors: which (arch, number) pairs a hook or the printer
 * wants. A selector is compiled once, at load time, into one bit per
 * syscall number of every arch in ltr_arches[] plus one bit for numbers no
 * table knows; the hook tables are then built from these bits.
 *
 * Accepted forms: nil (everything), a name ("openat"), a class ("%file"),
 * a set in strace's -e trace= syntax ("!%net,/^sock", "all", "none",
 * "?maybe", "%%stat", numbers), a list of those, or a selector object from
 * ltr.select().
 */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "script_internal.h"

#define MAX_ARCHES 8

struct selector {
	bool unknown;      /* numbers outside every table */
	uint8_t bits[];    /* arch after arch, one bit per number */
};

static unsigned offsets[MAX_ARCHES + 1]; /* bit offset of each arch */
static unsigned narches;

static void init_offsets(void)
{
	unsigned i;

	if (narches)
		return;
	for (i = 0; ltr_arches[i] && i < MAX_ARCHES; i++)
		offsets[i + 1] = offsets[i] + ltr_arches[i]->nsyscalls;
	narches = i;
}

unsigned ltr_lua_narches(void)
{
	init_offsets();
	return narches;
}

static size_t selector_size(void)
{
	init_offsets();
	return sizeof(struct selector) + (offsets[narches] + 7) / 8;
}

static void set_bit(struct selector *s, unsigned a, long nr)
{
	unsigned bit = offsets[a] + (unsigned)nr;

	s->bits[bit / 8] |= (uint8_t)(1u << (bit % 8));
}

bool ltr_selector_match(const struct selector *s, unsigned a, long nr)
{
	unsigned bit;

	if (a >= narches || nr < 0 || (unsigned long)nr >= ltr_arches[a]->nsyscalls)
		return s->unknown;
	bit = offsets[a] + (unsigned)nr;
	return s->bits[bit / 8] & (1u << (bit % 8));
}

void ltr_selector_union(struct selector *dst, const struct selector *src)
{
	size_t i, n = selector_size() - sizeof(struct selector);

	for (i = 0; i < n; i++)
		dst->bits[i] |= src->bits[i];
	dst->unknown |= src->unknown;
}

static void fill(struct selector *s, bool all)
{
	size_t n = selector_size() - sizeof(struct selector);
	unsigned a;
	long nr;

	memset(s->bits, 0, n);
	s->unknown = all;
	if (!all)
		return;
	for (a = 0; a < narches; a++)
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++)
			set_bit(s, a, nr);
}

struct selector *ltr_lua_new_selector(lua_State *L, bool all)
{
	struct selector *s = lua_newuserdatauv(L, selector_size(), 0);

	luaL_setmetatable(L, LTR_SELECTOR_META);
	fill(s, all);
	return s;
}

static void invert(struct selector *s)
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

/* The class bit of name ("file", "%stat" for %%stat, "network"), or 0. */
static uint32_t class_bit(const char *name)
{
	unsigned i;

	if (!strcmp(name, "network"))
		name = "net";
	for (i = 0; i < LTR_NCLASSES; i++)
		if (!strcmp(name, ltr_class_names[i]))
			return 1u << i;
	return 0;
}

static bool add_class(struct selector *s, uint32_t bit)
{
	bool any = false;
	unsigned a;
	long nr;

	for (a = 0; a < narches; a++)
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
			const struct ltr_syscall_desc *d = ltr_arch_syscall_desc(ltr_arches[a], nr);

			if (d && (d->classes & bit)) {
				set_bit(s, a, nr);
				any = true;
			}
		}
	return any;
}

static bool add_name(struct selector *s, const char *name)
{
	bool any = false;
	unsigned a;

	for (a = 0; a < narches; a++) {
		long nr = ltr_arch_syscall_nr(ltr_arches[a], name);

		if (nr >= 0 && (unsigned long)nr < ltr_arches[a]->nsyscalls) {
			set_bit(s, a, nr);
			any = true;
		}
	}
	return any;
}

/* Returns NULL or an error message (static or pushed on the stack). */
static const char *add_regex(lua_State *L, struct selector *s, const char *re, bool *any)
{
	regex_t rx;
	unsigned a;
	long nr;
	int rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);

	if (rc) {
		char msg[128];

		regerror(rc, &rx, msg, sizeof(msg));
		return lua_pushfstring(L, "invalid regular expression '%s': %s", re, msg);
	}
	for (a = 0; a < narches; a++)
		for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
			const char *name = ltr_arches[a]->syscall_names[nr];

			if (name && !regexec(&rx, name, 0, NULL, 0)) {
				set_bit(s, a, nr);
				*any = true;
			}
		}
	regfree(&rx);
	return NULL;
}

/*
 * One token of a set: returns NULL, or an error message pushed on the
 * stack.
 */
static const char *add_token(lua_State *L, struct selector *s, const char *tok)
{
	bool optional = false, any = false;
	uint32_t bit;

	while (*tok == '?') {
		optional = true;
		tok++;
	}
	if (!*tok)
		return lua_pushliteral(L, "empty syscall name in set");
	if (*tok == '/') {
		const char *err = add_regex(L, s, tok + 1, &any);

		if (err)
			return err;
	} else if (*tok == '%') {
		bit = class_bit(tok + 1);
		if (!bit)
			return lua_pushfstring(L, "invalid system call '%s'", tok);
		add_class(s, bit);
		any = true;
	} else if (tok[strspn(tok, "0123456789")] == '\0') {
		long nr = strtol(tok, NULL, 10);
		unsigned a;

		for (a = 0; a < narches; a++)
			if ((unsigned long)nr < ltr_arches[a]->nsyscalls) {
				set_bit(s, a, nr);
				any = true;
			}
	} else {
		/*
		 * strace still takes class names without the '%', and tries a
		 * bare word as a class first: "signal" and "ipc" are classes,
		 * not the i386 syscalls of those names.
		 */
		if ((bit = class_bit(tok)) != 0) {
			add_class(s, bit);
			any = true;
		} else {
			any = add_name(s, tok);
		}
	}
	if (!any && !optional)
		return lua_pushfstring(L, "invalid system call '%s'", tok);
	return NULL;
}

/* Adds a set in strace syntax to s. Returns NULL or a pushed message. */
static const char *add_set(lua_State *L, struct selector *s, const char *set)
{
	struct selector *part = ltr_lua_new_selector(L, false);
	bool negate = false;
	const char *p, *err = NULL;

	while (*set == '!') {
		negate = !negate;
		set++;
	}
	if (!strcmp(set, "all")) {
		fill(part, true);
	} else if (strcmp(set, "none") != 0) {
		if (!*set) {
			lua_pop(L, 1);
			return lua_pushliteral(L, "empty syscall set");
		}
		for (p = set; *p;) {
			size_t len = strcspn(p, ",");
			char tok[256];

			if (len >= sizeof(tok)) {
				err = lua_pushfstring(L, "syscall name too long: '%s'", p);
				break;
			}
			memcpy(tok, p, len);
			tok[len] = '\0';
			if ((err = add_token(L, part, tok)) != NULL)
				break;
			p += len;
			if (*p == ',')
				p++;
		}
	}
	if (err) {
		lua_remove(L, -2); /* drop the partial selector, keep the message */
		return err;
	}
	if (negate)
		invert(part);
	ltr_selector_union(s, part);
	lua_pop(L, 1); /* the partial selector */
	return NULL;
}

/* A syscall number as a selector item: the same as its decimal string. */
static const char *add_number(lua_State *L, struct selector *s, lua_Integer nr)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", (long long)nr);
	return add_set(L, s, buf);
}

struct selector *ltr_lua_check_selector(lua_State *L, int idx, int arg)
{
	struct selector *s;
	const char *err = NULL;

	idx = lua_absindex(L, idx);
	if (lua_isnoneornil(L, idx))
		return ltr_lua_new_selector(L, true);
	s = ltr_lua_new_selector(L, false);
	if (lua_type(L, idx) == LUA_TSTRING) {
		err = add_set(L, s, lua_tostring(L, idx));
	} else if (lua_isinteger(L, idx)) {
		err = add_number(L, s, lua_tointeger(L, idx));
	} else if (luaL_testudata(L, idx, LTR_SELECTOR_META)) {
		ltr_selector_union(s, lua_touserdata(L, idx));
	} else if (lua_type(L, idx) == LUA_TTABLE) {
		lua_Integer i, n = luaL_len(L, idx);

		for (i = 1; i <= n && !err; i++) {
			lua_geti(L, idx, i);
			if (lua_type(L, -1) == LUA_TSTRING) {
				err = add_set(L, s, lua_tostring(L, -1));
			} else if (lua_isinteger(L, -1)) {
				err = add_number(L, s, lua_tointeger(L, -1));
			} else if (luaL_testudata(L, -1, LTR_SELECTOR_META)) {
				ltr_selector_union(s, lua_touserdata(L, -1));
			} else {
				err = lua_pushfstring(L, "selector list item %d: string or number expected, got %s",
						      (int)i, luaL_typename(L, -1));
			}
			if (err)
				lua_remove(L, -2); /* the item, keep the message */
			else
				lua_pop(L, 1);
		}
	} else {
		luaL_typeerror(L, arg, "syscall selector (name, number, %class, list or selector)");
	}
	if (err)
		luaL_argerror(L, arg, err);
	return s;
}

/* ltr.select(set): a selector object. */
static int select_new(lua_State *L)
{
	ltr_lua_check_selector(L, 1, 1);
	return 1;
}

/* Arch argument at idx (a name), default: the native arch. */
static unsigned check_arch_index(lua_State *L, int idx)
{
	const struct ltr_arch *arch = ltr_arch_native();
	int a;

	if (!lua_isnoneornil(L, idx)) {
		const char *name = luaL_checkstring(L, idx);

		arch = ltr_arch_by_name(name);
		if (!arch)
			luaL_argerror(L, idx, lua_pushfstring(L, "unknown arch '%s'", name));
	}
	a = ltr_lua_arch_index(arch);
	if (a < 0)
		luaL_argerror(L, idx, "arch not built in");
	return (unsigned)a;
}

/* sel:match(name_or_nr [, arch]) */
static int select_match(lua_State *L)
{
	struct selector *s = luaL_checkudata(L, 1, LTR_SELECTOR_META);
	unsigned a = check_arch_index(L, 3);
	long nr;

	if (lua_type(L, 2) == LUA_TNUMBER) {
		nr = (long)luaL_checkinteger(L, 2);
	} else {
		nr = ltr_arch_syscall_nr(ltr_arches[a], luaL_checkstring(L, 2));
		if (nr < 0) {
			lua_pushboolean(L, 0);
			return 1;
		}
	}
	lua_pushboolean(L, ltr_selector_match(s, a, nr));
	return 1;
}

/* sel:names([arch]): the matching syscall names, sorted by number. */
static int select_names(lua_State *L)
{
	struct selector *s = luaL_checkudata(L, 1, LTR_SELECTOR_META);
	unsigned a = check_arch_index(L, 2);
	lua_Integer n = 0;
	long nr;

	lua_newtable(L);
	for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
		const char *name = ltr_arches[a]->syscall_names[nr];

		if (name && ltr_selector_match(s, a, nr)) {
			lua_pushstring(L, name);
			lua_rawseti(L, -2, ++n);
		}
	}
	return 1;
}

static int select_tostring(lua_State *L)
{
	luaL_checkudata(L, 1, LTR_SELECTOR_META);
	lua_pushfstring(L, "ltr.selector: %p", lua_touserdata(L, 1));
	return 1;
}

static const luaL_Reg selector_functions[] = {
	{ "select", select_new },
	{ NULL, NULL },
};

static const luaL_Reg selector_methods[] = {
	{ "match", select_match },
	{ "names", select_names },
	{ NULL, NULL },
};

static const luaL_Reg selector_metamethods[] = {
	{ "__tostring", select_tostring },
	{ NULL, NULL },
};

static void create_meta(lua_State *L)
{
	luaL_newmetatable(L, LTR_SELECTOR_META);
	luaL_setfuncs(L, selector_metamethods, 0);
	luaL_newlib(L, selector_methods);
	lua_setfield(L, -2, "__index");
	lua_pop(L, 1); /* the metatable */
}

/* Adds ltr.select to the module table on top of the stack. */
void ltr_lua_open_selector(lua_State *L)
{
	init_offsets();
	create_meta(L);
	luaL_setfuncs(L, selector_functions, 0);
}
