/* SPDX-License-Identifier: MIT */
/*
 * Syscall selectors: which (arch, number) pairs a hook or the printer
 * wants. A selector is a struct ltr_sysset (src/sysset.c, the one parser
 * of strace's syntax) in a userdata, compiled once, at load time; the hook
 * tables are then built from its bits.
 *
 * Accepted forms: nil (everything), a name ("openat"), a class ("%file"),
 * a set in strace's -e trace= syntax ("!%net,/^sock", "all", "none",
 * "?maybe", "%%stat", numbers, "read@32"), a list of those, or a selector
 * object from ltr.select().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/syscall.h"
#include "ltr/sysset.h"
#include "script_internal.h"

unsigned ltr_lua_narches(void)
{
	unsigned n = 0;

	while (ltr_arches[n] && n < LTR_LUA_MAX_ARCHES)
		n++;
	return n;
}

struct ltr_sysset *ltr_lua_new_selector(lua_State *L, bool all)
{
	struct ltr_sysset *s = lua_newuserdatauv(L, ltr_sysset_size(), 0);

	luaL_setmetatable(L, LTR_SELECTOR_META);
	ltr_sysset_init(s, all);
	return s;
}

/* Adds a set in strace syntax to s. Returns NULL or a pushed message. */
static const char *add_set(lua_State *L, struct ltr_sysset *s, const char *set)
{
	char err[256];

	if (!*set)
		return lua_pushliteral(L, "empty syscall set");
	if (ltr_sysset_add(s, set, err, sizeof(err), NULL) < 0)
		return lua_pushstring(L, err);
	return NULL;
}

/* A syscall number as a selector item: the same as its decimal string. */
static const char *add_number(lua_State *L, struct ltr_sysset *s, lua_Integer nr)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", (long long)nr);
	return add_set(L, s, buf);
}

struct ltr_sysset *ltr_lua_check_selector(lua_State *L, int idx, int arg)
{
	struct ltr_sysset *s;
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
		ltr_sysset_union(s, lua_touserdata(L, idx));
	} else if (lua_type(L, idx) == LUA_TTABLE) {
		lua_Integer i, n = luaL_len(L, idx);

		for (i = 1; i <= n && !err; i++) {
			lua_geti(L, idx, i);
			if (lua_type(L, -1) == LUA_TSTRING) {
				err = add_set(L, s, lua_tostring(L, -1));
			} else if (lua_isinteger(L, -1)) {
				err = add_number(L, s, lua_tointeger(L, -1));
			} else if (luaL_testudata(L, -1, LTR_SELECTOR_META)) {
				ltr_sysset_union(s, lua_touserdata(L, -1));
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
	struct ltr_sysset *s = luaL_checkudata(L, 1, LTR_SELECTOR_META);
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
	lua_pushboolean(L, ltr_sysset_match(s, a, nr));
	return 1;
}

/* sel:names([arch]): the matching syscall names, sorted by number. */
static int select_names(lua_State *L)
{
	struct ltr_sysset *s = luaL_checkudata(L, 1, LTR_SELECTOR_META);
	unsigned a = check_arch_index(L, 2);
	lua_Integer n = 0;
	long nr;

	lua_newtable(L);
	for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
		const char *name = ltr_arches[a]->syscall_names[nr];

		if (name && ltr_sysset_match(s, a, nr)) {
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
	create_meta(L);
	luaL_setfuncs(L, selector_functions, 0);
}
