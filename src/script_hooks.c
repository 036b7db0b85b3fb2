/* SPDX-License-Identifier: MIT */
/*
 * Hook registration (ltr.on_enter, ltr.on_exit, ltr.on_signal,
 * ltr.on_process, ltr.on_end, ltr.every, ltr.trace, ltr.filter) and the
 * want tables built from it once every script is loaded: for each arch and
 * syscall number a byte of LTR_WANT_* bits, and in the Lua registry, per
 * arch and number, the lists of enter and exit hooks. The events module
 * folds the bits into the table the trace loop reads (script_events.c).
 */
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/stats.h"
#include "ltr/strbuf.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "script_internal.h"

#define push_state ltr_lua_push_state

/* --- hook registration (ltr.on_enter, ...) --- */


/*
 * Which syscalls stop is decided when loading ends (a launched command's
 * seccomp filter is built from it and cannot change), so hooks and printer
 * selections that would add syscalls are refused once tracing runs,
 * instead of working only for some tracees.
 */
static void check_loading(lua_State *L, const char *what)
{
	if (ltr_lua.tracing)
		luaL_error(L, "%s can only be called while the scripts load, not from a hook "
			   "(the syscalls that stop are fixed when tracing starts)", what);
}

static int add_call_hook(lua_State *L, const char *kind)
{
	int fn = lua_gettop(L) >= 2 ? 2 : 1;

	check_loading(L, !strcmp(kind, "enter") ? "ltr.on_enter()" : "ltr.on_exit()");
	luaL_checktype(L, fn, LUA_TFUNCTION);
	lua_createtable(L, 0, 3);
	lua_pushstring(L, kind);
	lua_setfield(L, -2, "kind");
	if (fn == 2)
		ltr_lua_check_selector(L, 1, 1);
	else
		ltr_lua_new_selector(L, true);
	lua_setfield(L, -2, "sel");
	lua_pushvalue(L, fn);
	lua_setfield(L, -2, "fn");
	ltr_lua_append_state(L, "hooks");
	return 0;
}

static int hook_on_enter(lua_State *L)
{
	return add_call_hook(L, "enter");
}

static int hook_on_exit(lua_State *L)
{
	return add_call_hook(L, "exit");
}

static int add_simple_hook(lua_State *L, const char *list, unsigned *count)
{
	luaL_checktype(L, 1, LUA_TFUNCTION);
	lua_pushvalue(L, 1);
	ltr_lua_append_state(L, list);
	(*count)++;
	return 0;
}

static int on_signal(lua_State *L)
{
	return add_simple_hook(L, "signal", &ltr_lua.nsignal);
}

static int on_process(lua_State *L)
{
	return add_simple_hook(L, "process", &ltr_lua.nprocess);
}

static int on_end(lua_State *L)
{
	unsigned dummy = 0;

	return add_simple_hook(L, "end", &dummy);
}

/*
 * ltr.filter(fn [, phase]): the printer prints a call only when every
 * filter of its phase accepts it. "exit" (the default) judges finished
 * calls, so lines are then printed whole at exit; "enter" judges a call
 * before it runs, and lines print as without a filter (entry at entry,
 * unfinished/resumed, "= ?" for calls that never return).
 */
static int filter(lua_State *L)
{
	static const char *const phases[] = { "exit", "enter", NULL };
	int phase;

	check_loading(L, "ltr.filter()");
	luaL_checktype(L, 1, LUA_TFUNCTION);
	phase = luaL_checkoption(L, 2, "exit", phases);
	lua_settop(L, 1);
	if (phase == 1) {
		add_simple_hook(L, "filters_enter", &ltr_lua.nfilters_enter);
	} else {
		add_simple_hook(L, "filters", &ltr_lua.nfilters);
		ltr_printer_config.filters = true;
	}
	ltr_printer_config.enabled = true;
	ltr_lua_printer_changed(L);
	return 0;
}

/* ltr.every(seconds, fn) */
static int every(lua_State *L)
{
	lua_Number secs = luaL_checknumber(L, 1);
	struct ltr_lua_timer *tm;

	luaL_argcheck(L, secs > 0, 1, "positive number of seconds expected");
	luaL_checktype(L, 2, LUA_TFUNCTION);
	ltr_lua.timers = ltr_xrealloc(ltr_lua.timers, (ltr_lua.ntimers + 1) * sizeof(*ltr_lua.timers));
	tm = &ltr_lua.timers[ltr_lua.ntimers++];
	tm->interval = secs;
	tm->next = ltr_lua_now() + secs;
	lua_pushvalue(L, 2);
	tm->fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
	if (ltr_lua.ntimers == 1)
		ltr_tracer_needs_changed(); /* the first timer, maybe set by a hook */
	return 0;
}

/* ltr.trace([sel]): the printer shows these syscalls too. */
static int trace(lua_State *L)
{
	struct ltr_sysset *add;

	check_loading(L, "ltr.trace()");
	add = ltr_lua_check_selector(L, 1, 1);
	push_state(L, "print_sel");
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		lua_rawgeti(L, LUA_REGISTRYINDEX, ltr_lua.ref_state);
		lua_pushvalue(L, -2); /* the new selector */
		lua_setfield(L, -2, "print_sel");
		lua_pop(L, 1); /* the state */
	} else {
		ltr_sysset_union(lua_touserdata(L, -1), add);
		lua_pop(L, 1);
	}
	ltr_printer_config.enabled = true;
	ltr_lua_printer_changed(L);
	return 0;
}

/*
 * ltr.no_seccomp(): launched commands run without ltr's seccomp filter,
 * as with --no-seccomp: every call's entry is then a syscall-entry stop,
 * which can carry a signal (call:signal()), as under strace.
 */
static int no_seccomp(lua_State *L)
{
	check_loading(L, "ltr.no_seccomp()");
	ltr_lua.entry_stops = true;
	return 0;
}

static const luaL_Reg hook_functions[] = {
	{ "on_enter", hook_on_enter },
	{ "on_exit", hook_on_exit },
	{ "on_signal", on_signal },
	{ "on_process", on_process },
	{ "on_end", on_end },
	{ "every", every },
	{ "trace", trace },
	{ "filter", filter },
	{ "no_seccomp", no_seccomp },
	{ NULL, NULL },
};

void ltr_lua_open_hooks(lua_State *L)
{
	luaL_setfuncs(L, hook_functions, 0);
}

/* --- the want tables --- */

/* The printer's selection (ltr_printer_config.select): ltr.trace()'s. */
static bool print_selected(const struct ltr_arch *arch, long nr)
{
	int a = ltr_lua_arch_index(arch);

	if (a < 0)
		return false;
	if (nr >= 0 && (unsigned long)nr >= arch->nsyscalls)
		nr = -1;
	return ltr_sysset_match(ltr_lua.print_sel, (unsigned)a, nr);
}

/* Hands ltr.trace()'s selection to the printer. */
static void set_print_selection(lua_State *L)
{
	push_state(L, "print_sel");
	ltr_lua.print_sel = lua_isnil(L, -1) ? NULL : lua_touserdata(L, -1);
	lua_pop(L, 1); /* print_sel, anchored in the state table */
	ltr_printer_config.select = ltr_lua.print_sel ? print_selected : NULL;
}

void ltr_lua_printer_changed(lua_State *L)
{
	if (!ltr_lua.tracing)
		return;
	set_print_selection(L);
	ltr_events_build();
}

/* Appends the function on top to tables[a + 1][key] (pops it). */
static void add_to_list(lua_State *L, int tables, unsigned a, lua_Integer key)
{
	lua_rawgeti(L, tables, a + 1);
	if (lua_rawgeti(L, -1, key) == LUA_TNIL) {
		lua_pop(L, 1);
		lua_newtable(L);
		lua_pushvalue(L, -1);
		lua_rawseti(L, -3, key); /* arch table[key] = new list */
	}
	lua_rotate(L, -3, -1); /* arch table, list, fn */
	lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	lua_pop(L, 2); /* the list and the arch table */
}

/* The hook lists are in registration order. */
void ltr_lua_build_tables(lua_State *L)
{
	unsigned a, n = ltr_lua_narches();
	int top = lua_gettop(L), enter, exit_tables, hooks;
	lua_Integer i, nhooks;
	long nr;

	for (a = 0; a < n; a++) {
		free(ltr_lua.wants[a]);
		ltr_lua.wants[a] = ltr_xcalloc(ltr_arches[a]->nsyscalls ? ltr_arches[a]->nsyscalls : 1, 1);
		ltr_lua.wants_unknown[a] = 0;
	}
	lua_createtable(L, (int)n, 0);
	enter = lua_gettop(L);
	lua_createtable(L, (int)n, 0);
	exit_tables = lua_gettop(L);
	for (a = 0; a < n; a++) {
		lua_newtable(L);
		lua_rawseti(L, enter, a + 1);
		lua_newtable(L);
		lua_rawseti(L, exit_tables, a + 1);
	}
	push_state(L, "hooks");
	hooks = lua_gettop(L);
	nhooks = (lua_Integer)lua_rawlen(L, hooks);
	for (i = 1; i <= nhooks; i++) {
		const struct ltr_sysset *sel;
		bool is_enter;
		uint8_t bit;
		int tables;

		lua_rawgeti(L, hooks, i);
		lua_getfield(L, -1, "kind");
		is_enter = !strcmp(lua_tostring(L, -1), "enter");
		lua_pop(L, 1);
		lua_getfield(L, -1, "sel");
		sel = lua_touserdata(L, -1);
		lua_getfield(L, -2, "fn"); /* hook record, sel, fn */
		bit = is_enter ? LTR_WANT_ENTER : LTR_WANT_EXIT;
		tables = is_enter ? enter : exit_tables;
		for (a = 0; a < n; a++) {
			for (nr = 0; nr < (long)ltr_arches[a]->nsyscalls; nr++) {
				if (!ltr_sysset_match(sel, a, nr))
					continue;
				ltr_lua.wants[a][nr] |= bit;
				lua_pushvalue(L, -1);
				add_to_list(L, tables, a, nr);
			}
			if (ltr_sysset_match(sel, a, -1)) {
				ltr_lua.wants_unknown[a] |= bit;
				lua_pushvalue(L, -1);
				add_to_list(L, tables, a, -1);
			}
		}
		lua_pop(L, 3); /* record, sel, fn */
	}
	lua_pop(L, 1); /* hooks */
	if (ltr_lua.ref_exit != LUA_NOREF)
		luaL_unref(L, LUA_REGISTRYINDEX, ltr_lua.ref_exit);
	ltr_lua.ref_exit = luaL_ref(L, LUA_REGISTRYINDEX);
	if (ltr_lua.ref_enter != LUA_NOREF)
		luaL_unref(L, LUA_REGISTRYINDEX, ltr_lua.ref_enter);
	ltr_lua.ref_enter = luaL_ref(L, LUA_REGISTRYINDEX);
	set_print_selection(L);
	lua_settop(L, top);
}

unsigned ltr_lua_wants(const struct ltr_arch *arch, long nr)
{
	int a;

	if (!ltr_lua.L || !ltr_lua.tracing)
		return 0;
	a = ltr_lua_arch_index(arch);
	if (a < 0)
		return 0;
	if (nr < 0 || (unsigned long)nr >= arch->nsyscalls)
		return ltr_lua.wants_unknown[a];
	return ltr_lua.wants[a][nr];
}
