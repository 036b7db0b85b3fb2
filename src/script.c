/* SPDX-License-Identifier: MIT */
/*
 * The Lua bridge: the state, the script path, loading scripts and their
 * arguments, -l and --script-help, hook registration, the per-syscall
 * want tables and the one protected-call path every hook goes through.
 *
 * What the scripts want is decided once all of them are loaded: for each
 * arch and syscall number a byte of LTR_WANT_* bits, and in the Lua
 * registry, per arch and number, the list of enter and exit hooks. The
 * scripts are two event consumers (include/ltr/events.h): "script", which
 * runs the hooks and changes calls, and "filter", which judges finished
 * calls for the printer (ltr.filter) and comes before it. Without any
 * script no Lua state exists at all.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <lualib.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/stats.h"
#include "ltr/strbuf.h"
#include "ltr/tracee.h"
#include "script_internal.h"

#define MAX_ARCHES 8

/* The modules of lua/ltr/ compiled in (build/gen/lua_embed.h, scripts/gen-embed). */
struct embedded_module {
	const char *name;            /* "ltr", "ltr.foo" */
	const unsigned char *data;
	size_t len;
};
#include "lua_embed.h"

struct timer {
	double interval;  /* seconds */
	double next;      /* monotonic seconds of the next run */
	int fn_ref;       /* registry reference of the function */
};

static struct {
	lua_State *L;
	bool tracing;        /* scripts loaded, want tables built */
	bool failed;
	bool ended;
	uint8_t *wants[MAX_ARCHES];        /* LTR_WANT_* of the hooks */
	uint8_t wants_unknown[MAX_ARCHES]; /* numbers beyond the table */
	const struct selector *print_sel;  /* ltr.trace()'s, or NULL: all */
	struct tracee *current; /* whose hook runs (ltr.print's OUTPUT events) */
	const struct ltr_arch *last_arch;
	int last_index;
	int ref_state;       /* registry table of everything below */
	int ref_enter;       /* [arch index + 1][nr or -1] = { fn, ... } */
	int ref_exit;
	int ref_calls;       /* lightuserdata tracee -> call object */
	unsigned nfilters, nsignal, nprocess;
	struct timer *timers;
	unsigned ntimers;
	char **dirs;         /* the script path */
	unsigned ndirs;
	int stock_dir;       /* index of the first stock-script directory */
} st = { .ref_state = LUA_NOREF, .ref_enter = LUA_NOREF, .ref_exit = LUA_NOREF,
	 .ref_calls = LUA_NOREF, .last_index = -1 };

static double now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int ltr_lua_arch_index(const struct ltr_arch *arch)
{
	int i;

	if (arch == st.last_arch)
		return st.last_index;
	for (i = 0; ltr_arches[i] && i < MAX_ARCHES; i++)
		if (ltr_arches[i] == arch) {
			st.last_arch = arch;
			st.last_index = i;
			return i;
		}
	return -1;
}

bool ltr_lua_tracing(void)
{
	return st.tracing;
}

/* --- the protected-call path --- */

/* Message handler: the error with a traceback. */
static int traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (!msg) {
		if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
			msg = lua_tostring(L, -1);
		else
			msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
	}
	luaL_traceback(L, L, msg, 1);
	return 1;
}

/*
 * lua_pcall with the traceback handler already at stack index handler;
 * reports an error and marks the scripts failed.
 */
static bool pcall_with_handler(lua_State *L, int nargs, int nresults, int handler)
{
	LTR_STAT_INC(hook_calls);
	if (lua_pcall(L, nargs, nresults, handler) == LUA_OK)
		return true;
	ltr_output_flush();
	fprintf(stderr, "ltr: %s\n", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
	lua_pop(L, 1); /* the message */
	st.failed = true;
	ltr_events_fail();
	return false;
}

bool ltr_lua_pcall(lua_State *L, int nargs, int nresults)
{
	int base = lua_gettop(L) - nargs; /* the function */
	int rc;

	LTR_STAT_INC(hook_calls);
	lua_pushcfunction(L, traceback);
	lua_insert(L, base); /* handler below the function */
	rc = lua_pcall(L, nargs, nresults, base);
	lua_remove(L, base); /* the handler */
	if (rc == LUA_OK)
		return true;
	ltr_output_flush();
	fprintf(stderr, "ltr: %s\n", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
	lua_pop(L, 1); /* the message */
	st.failed = true;
	ltr_events_fail();
	return false;
}

/* --- the registry state table --- */

void ltr_lua_push_state(lua_State *L, const char *field)
{
	lua_rawgeti(L, LUA_REGISTRYINDEX, st.ref_state);
	lua_getfield(L, -1, field);
	lua_remove(L, -2); /* the state table */
}

#define push_state ltr_lua_push_state

/* Appends the value on top to the list state[field] (pops it). */
static void append_state(lua_State *L, const char *field)
{
	push_state(L, field);
	lua_insert(L, -2);
	lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	lua_pop(L, 1); /* the list */
}

/* --- hook registration (ltr.on_enter, ...) --- */

static void build_tables(lua_State *L);

/*
 * Which syscalls stop is decided when loading ends (a launched command's
 * seccomp filter is built from it and cannot change), so hooks and printer
 * selections that would add syscalls are refused once tracing runs,
 * instead of working only for some tracees.
 */
static void check_loading(lua_State *L, const char *what)
{
	if (st.tracing)
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
	append_state(L, "hooks");
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
	append_state(L, list);
	(*count)++;
	return 0;
}

static int on_signal(lua_State *L)
{
	return add_simple_hook(L, "signal", &st.nsignal);
}

static int on_process(lua_State *L)
{
	return add_simple_hook(L, "process", &st.nprocess);
}

static int on_end(lua_State *L)
{
	unsigned dummy = 0;

	return add_simple_hook(L, "end", &dummy);
}

static int filter(lua_State *L)
{
	check_loading(L, "ltr.filter()");
	add_simple_hook(L, "filters", &st.nfilters);
	ltr_printer_config.enabled = true;
	ltr_printer_config.filters = true;
	ltr_lua_printer_changed(L);
	return 0;
}

/* ltr.every(seconds, fn) */
static int every(lua_State *L)
{
	lua_Number secs = luaL_checknumber(L, 1);
	struct timer *tm;

	luaL_argcheck(L, secs > 0, 1, "positive number of seconds expected");
	luaL_checktype(L, 2, LUA_TFUNCTION);
	st.timers = ltr_xrealloc(st.timers, (st.ntimers + 1) * sizeof(*st.timers));
	tm = &st.timers[st.ntimers++];
	tm->interval = secs;
	tm->next = now_mono() + secs;
	lua_pushvalue(L, 2);
	tm->fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
	return 0;
}

/* ltr.trace([sel]): the printer shows these syscalls too. */
static int trace(lua_State *L)
{
	struct selector *add;

	check_loading(L, "ltr.trace()");
	add = ltr_lua_check_selector(L, 1, 1);
	push_state(L, "print_sel");
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		lua_rawgeti(L, LUA_REGISTRYINDEX, st.ref_state);
		lua_pushvalue(L, -2); /* the new selector */
		lua_setfield(L, -2, "print_sel");
		lua_pop(L, 1); /* the state */
	} else {
		ltr_selector_union(lua_touserdata(L, -1), add);
		lua_pop(L, 1);
	}
	ltr_printer_config.enabled = true;
	ltr_lua_printer_changed(L);
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
	return ltr_selector_match(st.print_sel, (unsigned)a, nr);
}

/* Hands ltr.trace()'s selection to the printer. */
static void set_print_selection(lua_State *L)
{
	push_state(L, "print_sel");
	st.print_sel = lua_isnil(L, -1) ? NULL : lua_touserdata(L, -1);
	lua_pop(L, 1); /* print_sel, anchored in the state table */
	ltr_printer_config.select = st.print_sel ? print_selected : NULL;
}

void ltr_lua_printer_changed(lua_State *L)
{
	if (!st.tracing)
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

/*
 * Builds the want bytes and the per-(arch, nr) hook lists from the
 * registered hooks, in registration order.
 */
static void build_tables(lua_State *L)
{
	unsigned a, n = ltr_lua_narches();
	int top = lua_gettop(L), enter, exit_tables, hooks;
	lua_Integer i, nhooks;
	long nr;

	for (a = 0; a < n; a++) {
		free(st.wants[a]);
		st.wants[a] = ltr_xcalloc(ltr_arches[a]->nsyscalls ? ltr_arches[a]->nsyscalls : 1, 1);
		st.wants_unknown[a] = 0;
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
		const struct selector *sel;
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
				if (!ltr_selector_match(sel, a, nr))
					continue;
				st.wants[a][nr] |= bit;
				lua_pushvalue(L, -1);
				add_to_list(L, tables, a, nr);
			}
			if (ltr_selector_match(sel, a, -1)) {
				st.wants_unknown[a] |= bit;
				lua_pushvalue(L, -1);
				add_to_list(L, tables, a, -1);
			}
		}
		lua_pop(L, 3); /* record, sel, fn */
	}
	lua_pop(L, 1); /* hooks */
	if (st.ref_exit != LUA_NOREF)
		luaL_unref(L, LUA_REGISTRYINDEX, st.ref_exit);
	st.ref_exit = luaL_ref(L, LUA_REGISTRYINDEX);
	if (st.ref_enter != LUA_NOREF)
		luaL_unref(L, LUA_REGISTRYINDEX, st.ref_enter);
	st.ref_enter = luaL_ref(L, LUA_REGISTRYINDEX);
	set_print_selection(L);
	lua_settop(L, top);
}

/* The "script" consumer's wants: the hooks' (a table lookup). */
static unsigned script_wants(const struct ltr_arch *arch, long nr)
{
	int a;

	if (!st.L || !st.tracing)
		return 0;
	a = ltr_lua_arch_index(arch);
	if (a < 0)
		return 0;
	if (nr < 0 || (unsigned long)nr >= arch->nsyscalls)
		return st.wants_unknown[a];
	return st.wants[a][nr];
}

/* --- dispatch --- */

/*
 * The call objects of recently seen tracees, each held by a registry
 * reference: pushing one is a single lua_rawgeti instead of two table
 * lookups (the calls map stays the owner of record). Direct-mapped on the
 * tracee's address; t == NULL marks an empty slot.
 */
#define CALL_CACHE_SLOTS 8

static struct call_cache_slot {
	struct tracee *t;
	struct call_object *obj;
	int ref;
} call_cache[CALL_CACHE_SLOTS];

static struct call_cache_slot *call_cache_slot(const struct tracee *t)
{
	uint64_t h = ((uint64_t)(uintptr_t)t >> 4) * 0x9e3779b97f4a7c15ull;

	return &call_cache[h >> 61]; /* the top 3 bits: 8 slots */
}

/* Drops t's cache entry, or every entry (t == NULL). */
static void call_cache_drop(lua_State *L, const struct tracee *t)
{
	unsigned i;

	for (i = 0; i < CALL_CACHE_SLOTS; i++) {
		struct call_cache_slot *slot = &call_cache[i];

		if (!slot->t || (t && slot->t != t))
			continue;
		if (L)
			luaL_unref(L, LUA_REGISTRYINDEX, slot->ref);
		slot->t = NULL;
		slot->obj = NULL;
	}
}

/* Pushes the call object of t, creating it on first use. */
static struct call_object *push_call(lua_State *L, struct tracee *t)
{
	struct call_cache_slot *slot = call_cache_slot(t);
	struct call_object *obj;

	if (slot->t == t) {
		lua_rawgeti(L, LUA_REGISTRYINDEX, slot->ref);
		slot->obj->tracee = t;
		return slot->obj;
	}
	lua_rawgeti(L, LUA_REGISTRYINDEX, st.ref_calls);
	if (lua_rawgetp(L, -1, t) == LUA_TNIL) {
		lua_pop(L, 1);
		obj = ltr_lua_new_call(L, t);
		lua_pushvalue(L, -1);
		lua_rawsetp(L, -3, t); /* calls[t] = object */
	} else {
		obj = lua_touserdata(L, -1);
	}
	lua_remove(L, -2); /* the calls map */
	obj->tracee = t;
	if (slot->t)
		luaL_unref(L, LUA_REGISTRYINDEX, slot->ref);
	lua_pushvalue(L, -1);
	slot->ref = luaL_ref(L, LUA_REGISTRYINDEX); /* pops the copy */
	slot->t = t;
	slot->obj = obj;
	return obj;
}

static void dispatch_call(struct tracee *t, int ref_tables)
{
	lua_State *L = st.L;
	struct ltr_call *c = &t->call;
	struct call_object *obj;
	int a, top, list;
	lua_Integer i, n, key;

	if (!L || st.failed || !st.tracing)
		return;
	a = ltr_lua_arch_index(c->arch);
	if (a < 0)
		return;
	key = (c->nr < 0 || (unsigned long)c->nr >= c->arch->nsyscalls) ? -1 : c->nr;
	top = lua_gettop(L);
	lua_rawgeti(L, LUA_REGISTRYINDEX, ref_tables);
	lua_rawgeti(L, -1, a + 1);
	if (lua_rawgeti(L, -1, key) != LUA_TTABLE) {
		lua_settop(L, top);
		return;
	}
	list = lua_gettop(L);
	obj = push_call(L, t);
	if (c->exiting) {
		struct timespec now;

		clock_gettime(CLOCK_MONOTONIC, &now);
		obj->duration = (double)(now.tv_sec - t->entry_time.tv_sec) +
				(double)(now.tv_nsec - t->entry_time.tv_nsec) / 1e9;
	}
	obj->valid = true;
	st.current = t;
	lua_pushcfunction(L, traceback); /* one handler for all the hooks */
	n = (lua_Integer)lua_rawlen(L, list);
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, list, i);
		lua_pushvalue(L, list + 1); /* the call object */
		if (!pcall_with_handler(L, 1, 0, list + 2))
			break;
	}
	st.current = NULL;
	obj->valid = false;
	lua_settop(L, top);
}

/* Whether every printer filter (ltr.filter) accepts t's finished call. */
static bool filters_accept(struct tracee *t)
{
	lua_State *L = st.L;
	struct call_object *obj;
	bool accept = true;
	lua_Integer i, n;
	int top, list;

	if (!L || !st.nfilters || st.failed)
		return true;
	top = lua_gettop(L);
	push_state(L, "filters");
	list = lua_gettop(L);
	obj = push_call(L, t);
	obj->valid = true;
	n = (lua_Integer)lua_rawlen(L, list);
	for (i = 1; i <= n && accept; i++) {
		lua_rawgeti(L, list, i);
		lua_pushvalue(L, list + 1);
		if (!ltr_lua_pcall(L, 1, 1)) {
			accept = false;
			break;
		}
		accept = lua_toboolean(L, -1);
		lua_pop(L, 1);
	}
	obj->valid = false;
	lua_settop(L, top);
	return accept;
}

/* Calls every function of state[list] with the value on top (popped). */
static void run_list(lua_State *L, const char *list)
{
	lua_Integer i, n;
	int arg = lua_gettop(L);

	push_state(L, list);
	n = (lua_Integer)lua_rawlen(L, -1);
	for (i = 1; i <= n && !st.failed; i++) {
		lua_rawgeti(L, arg + 1, i);
		lua_pushvalue(L, arg);
		if (!ltr_lua_pcall(L, 1, 0))
			break;
	}
	lua_settop(L, arg - 1);
}

static void set_int(lua_State *L, const char *key, lua_Integer v)
{
	lua_pushinteger(L, v);
	lua_setfield(L, -2, key);
}

/* sig.info: the siginfo fields meaningful for this signal and code. */
static void push_siginfo(lua_State *L, const siginfo_t *si)
{
	lua_newtable(L);
	set_int(L, "signo", si->si_signo);
	set_int(L, "code", si->si_code);
	set_int(L, "errno", si->si_errno);
	if (si->si_code <= 0 || si->si_signo == SIGCHLD) {
		set_int(L, "pid", si->si_pid);
		set_int(L, "uid", si->si_uid);
	}
	if (si->si_code == SI_QUEUE || si->si_code == SI_TIMER || si->si_code == SI_MESGQ)
		set_int(L, "int", si->si_int);
	switch (si->si_signo) {
	case SIGCHLD:
		if (si->si_code > 0) {
			set_int(L, "status", si->si_status);
			set_int(L, "utime", (lua_Integer)si->si_utime);
			set_int(L, "stime", (lua_Integer)si->si_stime);
		}
		break;
	case SIGSEGV: case SIGBUS: case SIGILL: case SIGFPE: case SIGTRAP:
		if (si->si_code > 0)
			set_int(L, "addr", (lua_Integer)(uintptr_t)si->si_addr);
		break;
	case SIGIO:
		if (si->si_code > 0) {
			set_int(L, "band", si->si_band);
			set_int(L, "fd", si->si_fd);
		}
		break;
	case SIGSYS:
		if (si->si_code > 0) {
			set_int(L, "call_addr", (lua_Integer)(uintptr_t)si->si_call_addr);
			set_int(L, "syscall", si->si_syscall);
			set_int(L, "arch", si->si_arch);
		}
		break;
	default:
		break;
	}
}

static void script_signal(struct tracee *t, const siginfo_t *si)
{
	lua_State *L = st.L;
	const char *name;

	if (!L || !st.nsignal || st.failed || !t)
		return;
	lua_createtable(L, 0, 5);
	set_int(L, "pid", t->pid);
	set_int(L, "tid", t->tid);
	set_int(L, "number", si->si_signo);
	name = ltr_signal_name(si->si_signo);
	if (name) {
		lua_pushstring(L, name);
	} else {
		lua_pushfstring(L, "%d", si->si_signo);
	}
	lua_setfield(L, -2, "name");
	push_siginfo(L, si);
	lua_setfield(L, -2, "info");
	st.current = t;
	run_list(L, "signal");
	st.current = NULL;
}

/* kind: "start", "exec" or "exit"; status is the wait status for "exit". */
static void script_process(struct tracee *t, const char *kind, int status)
{
	lua_State *L = st.L;

	if (!L || !st.nprocess || st.failed || !t)
		return;
	lua_createtable(L, 0, 6);
	lua_pushstring(L, kind);
	lua_setfield(L, -2, "kind");
	set_int(L, "pid", t->pid);
	set_int(L, "tid", t->tid);
	if (!strcmp(kind, "exit")) {
		set_int(L, "status", status);
		if (WIFEXITED(status))
			set_int(L, "exit_code", WEXITSTATUS(status));
		else if (WIFSIGNALED(status))
			set_int(L, "signal", WTERMSIG(status));
	}
	ltr_lua_push_proc(L, t->pid);
	lua_setfield(L, -2, "proc");
	st.current = t;
	run_list(L, "process");
	st.current = NULL;
}

/* Runs due ltr.every() timers; returns ms until the next one, or -1. */
static int script_tick(void)
{
	lua_State *L = st.L;
	double now, next = -1;
	unsigned i;

	if (!L || !st.ntimers || st.failed)
		return -1;
	now = now_mono();
	for (i = 0; i < st.ntimers && !st.failed; i++) {
		struct timer *tm = &st.timers[i];

		if (tm->next <= now && st.tracing) {
			tm->next += tm->interval;
			if (tm->next <= now)
				tm->next = now + tm->interval;
			lua_rawgeti(L, LUA_REGISTRYINDEX, tm->fn_ref);
			ltr_lua_pcall(L, 0, 0);
			tm = &st.timers[i]; /* a timer may have added timers */
		}
		if (next < 0 || tm->next < next)
			next = tm->next;
	}
	if (st.failed)
		return -1;
	now = now_mono();
	return next <= now ? 0 : (int)((next - now) * 1000.0) + 1;
}

/* ltr.on_end hooks, once. */
static void script_end(void)
{
	lua_State *L = st.L;

	if (!L || st.ended || st.failed)
		return;
	st.ended = true;
	lua_pushnil(L);
	run_list(L, "end");
}

/* A tracee goes away: its call object must not be used any more. */
static void script_forget(struct tracee *t)
{
	lua_State *L = st.L;

	/* call:set_str()'s save buffer (NULL afterwards: freeing twice is safe) */
	free(t->call.patch_saved);
	t->call.patch_saved = NULL;
	t->call.patch_cap = 0;
	t->call.patch_len = 0;
	if (!L || st.ref_calls == LUA_NOREF)
		return;
	call_cache_drop(L, t);
	lua_rawgeti(L, LUA_REGISTRYINDEX, st.ref_calls);
	if (lua_rawgetp(L, -1, t) == LUA_TUSERDATA) {
		struct call_object *obj = lua_touserdata(L, -1);

		obj->tracee = NULL;
		obj->valid = false;
	}
	lua_pop(L, 1);
	lua_pushnil(L);
	lua_rawsetp(L, -2, t);
	lua_pop(L, 1); /* the calls map */
}

/* What scripts write: an event, so that the printer places it. */
void ltr_lua_output(const char *data, size_t len)
{
	struct ltr_event ev = { .kind = LTR_EV_OUTPUT, .t = st.current, .data = data, .len = len };

	ltr_events_emit(&ev);
}

/* --- the consumers --- */

static unsigned script_needs(void)
{
	if (!st.L || !st.tracing)
		return 0;
	/* entry times for call.duration, rusage for call.stime */
	return LTR_NEED_CLOCK | LTR_NEED_RUSAGE | (st.ntimers ? LTR_NEED_TICK : 0u);
}

static void script_event(const struct ltr_event *ev)
{
	struct tracee *t = ev->t;

	switch (ev->kind) {
	case LTR_EV_ENTER:
		dispatch_call(t, st.ref_enter);
		break;
	case LTR_EV_EXIT:
		dispatch_call(t, st.ref_exit);
		break;
	case LTR_EV_START:
		if (t->tid == t->pid)
			script_process(t, "start", 0);
		break;
	case LTR_EV_EXEC:
		script_process(t, "exec", 0);
		break;
	case LTR_EV_GONE:
		/* the process ends with its leader, or its last thread */
		if (t->tid == t->pid || !ltr_tracee_find(t->pid))
			script_process(t, "exit", ev->status);
		break;
	case LTR_EV_SIGNAL:
		script_signal(t, ev->si);
		break;
	case LTR_EV_RELEASE:
		script_forget(t);
		break;
	case LTR_EV_TICK:
		script_tick();
		break;
	case LTR_EV_END:
		script_end();
		break;
	default:
		break;
	}
}

static const struct ltr_consumer script_consumer = {
	.name = "script",
	.changes_calls = true,
	.wants = script_wants,
	.needs = script_needs,
	.event = script_event,
};

const struct ltr_consumer *ltr_script_consumer(void)
{
	return &script_consumer;
}

/*
 * The "filter" consumer, before the printer: under ltr.filter it sees
 * every call the printer shows return, after the hooks' changes were
 * applied, and marks the ones a filter rejects.
 */
static unsigned filter_wants(const struct ltr_arch *arch, long nr)
{
	if (!st.L || !st.nfilters || !st.tracing)
		return 0;
	return (ltr_printer_consumer()->wants(arch, nr) & LTR_WANT_EXIT) ? LTR_WANT_EXIT : 0;
}

static void filter_event(const struct ltr_event *ev)
{
	if (ev->kind == LTR_EV_EXIT)
		ev->t->call.rejected = !filters_accept(ev->t);
}

static const struct ltr_consumer filter_consumer = {
	.name = "filter",
	.wants = filter_wants,
	.event = filter_event,
};

const struct ltr_consumer *ltr_script_filter_consumer(void)
{
	return &filter_consumer;
}

/* --- the script path --- */

/* Appends dir to the script path once; returns its index (-1: none). */
static int add_dir(const char *dir)
{
	unsigned i;

	if (!dir || !*dir)
		return -1;
	for (i = 0; i < st.ndirs; i++)
		if (!strcmp(st.dirs[i], dir))
			return (int)i;
	st.dirs = ltr_xrealloc(st.dirs, (st.ndirs + 1) * sizeof(*st.dirs));
	st.dirs[st.ndirs++] = ltr_xstrdup(dir);
	return (int)st.ndirs - 1;
}

static bool is_file(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* lua/ next to the binary (or one level up) when run from the build tree. */
static void add_build_tree(void)
{
	static const char *const ups[] = { "", "/..", "/../.." };
	char exe[PATH_MAX], dir[PATH_MAX + 32], marker[PATH_MAX + 64];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char *slash;
	unsigned i;

	if (n <= 0)
		return;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	/* ./ltr, build/ltr and build/san/ltr all find the tree's lua/ */
	for (i = 0; i < sizeof(ups) / sizeof(ups[0]); i++) {
		snprintf(dir, sizeof(dir), "%s%s/lua", exe, ups[i]);
		snprintf(marker, sizeof(marker), "%s/ltr/init.lua", dir);
		if (is_file(marker)) {
			char *real = realpath(dir, NULL); /* -l shows .../lua, not .../build/../lua */

			st.stock_dir = add_dir(real ? real : dir);
			free(real);
			return;
		}
	}
	/*
	 * An installed tree moved elsewhere (make install DESTDIR=...):
	 * PREFIX/bin/ltr next to PREFIX/share/ltr/lua.
	 */
	snprintf(dir, sizeof(dir), "%s/../share/ltr/lua", exe);
	snprintf(marker, sizeof(marker), "%s/count.lua", dir);
	if (is_file(marker)) {
		char *real = realpath(dir, NULL);

		st.stock_dir = add_dir(real ? real : dir);
		free(real);
	}
}

static void build_path(void)
{
	const char *env = getenv("LTR_PATH");
	const char *home = getenv("HOME"), *xdg = getenv("XDG_CONFIG_HOME");
	char buf[PATH_MAX];
	int i;

	if (st.ndirs)
		return;
	add_dir(".");
	if (env) {
		char *copy = ltr_xstrdup(env), *save = NULL, *p;

		for (p = strtok_r(copy, ":", &save); p; p = strtok_r(NULL, ":", &save))
			add_dir(p);
		free(copy);
	}
	if (xdg && *xdg) {
		snprintf(buf, sizeof(buf), "%s/ltr/scripts", xdg);
		add_dir(buf);
	} else if (home && *home) {
		snprintf(buf, sizeof(buf), "%s/.config/ltr/scripts", home);
		add_dir(buf);
	}
	st.stock_dir = -1;
	add_build_tree();
	i = add_dir(LTR_DATADIR "/lua");
	if (st.stock_dir < 0)
		st.stock_dir = i;
}

/*
 * The file of script name: a path when it contains '/', otherwise NAME.lua
 * (or NAME when it ends in .lua) in the first directory of the path that
 * has it; "@NAME" looks only among the stock scripts (the build tree's
 * lua/ or the installed ones), which is what the sugar flags (-c, -T, ...)
 * mean whatever count.lua the current directory holds. The caller frees
 * the result; NULL when not found.
 */
static char *find_script(const char *name)
{
	size_t len;
	bool has_ext;
	char buf[PATH_MAX];
	unsigned i = 0;

	if (strchr(name, '/'))
		return is_file(name) ? ltr_xstrdup(name) : NULL;
	if (name[0] == '@') {
		name++;
		i = st.stock_dir >= 0 ? (unsigned)st.stock_dir : st.ndirs;
	}
	len = strlen(name);
	has_ext = len > 4 && !strcmp(name + len - 4, ".lua");
	for (; i < st.ndirs; i++) {
		snprintf(buf, sizeof(buf), "%s/%s%s", st.dirs[i], name, has_ext ? "" : ".lua");
		if (is_file(buf))
			return ltr_xstrdup(buf);
	}
	return NULL;
}

/*
 * The first comment block of a script file (its description): "--" lines
 * or one "--[[ ]]" block after an optional "#!" line. Appends it to out,
 * one line per line, without the comment markers.
 */
static void read_description(const char *path, struct ltr_strbuf *out)
{
	FILE *f = fopen(path, "r");
	char line[1024];
	bool first = true, in_block = false, started = false;

	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		char *p = line, *end;

		line[strcspn(line, "\n")] = '\0';
		if (first && line[0] == '#' && line[1] == '!') {
			first = false;
			continue;
		}
		first = false;
		if (in_block) {
			end = strstr(p, "]]");
			if (end)
				*end = '\0';
			ltr_sb_puts(out, p);
			ltr_sb_putc(out, '\n');
			if (end)
				break;
			continue;
		}
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, "--", 2) != 0) {
			if (*p || started)
				break;
			continue;
		}
		p += 2;
		if (!started && !strncmp(p, "[[", 2)) {
			in_block = true;
			started = true;
			p += 2;
			end = strstr(p, "]]");
			if (end)
				*end = '\0';
			if (*p) {
				ltr_sb_puts(out, p);
				ltr_sb_putc(out, '\n');
			}
			if (end)
				break;
			continue;
		}
		started = true;
		if (*p == ' ')
			p++;
		ltr_sb_puts(out, p);
		ltr_sb_putc(out, '\n');
	}
	fclose(f);
	/* drop leading blank lines */
	while (out->len && out->data[0] == '\n') {
		memmove(out->data, out->data + 1, out->len);
		out->len--;
	}
}

/* The summary: the first non-empty line of the description. */
static void summary_of(const char *path, char *dst, size_t size)
{
	struct ltr_strbuf desc = LTR_STRBUF_INIT;
	const char *text;
	size_t n;

	read_description(path, &desc);
	text = ltr_sb_cstr(&desc);
	n = strcspn(text, "\n");
	if (n >= size)
		n = size - 1;
	memcpy(dst, text, n);
	dst[n] = '\0';
	ltr_sb_free(&desc);
}

static int filter_lua(const struct dirent *d)
{
	size_t len = strlen(d->d_name);

	return len > 4 && !strcmp(d->d_name + len - 4, ".lua");
}

/* -l: every script on the path, the first of each name. */
static void list_scripts(void)
{
	struct ltr_strbuf seen = LTR_STRBUF_INIT;
	char **rows = NULL; /* name, summary, path triples */
	size_t nrows = 0, r;
	int name_w = 4, summary_w = 7;
	unsigned i;

	ltr_sb_putc(&seen, '/');
	for (i = 0; i < st.ndirs; i++) {
		struct dirent **names = NULL;
		int n = scandir(st.dirs[i], &names, filter_lua, alphasort), j;

		for (j = 0; j < n; j++) {
			char path[PATH_MAX], summary[256], key[300];
			char *name = names[j]->d_name;

			snprintf(path, sizeof(path), "%s/%s", st.dirs[i], name);
			name[strlen(name) - 4] = '\0';
			snprintf(key, sizeof(key), "/%s/", name);
			if (is_file(path) && !strstr(ltr_sb_cstr(&seen), key)) {
				ltr_sb_puts(&seen, key + 1);
				summary_of(path, summary, sizeof(summary));
				rows = ltr_xrealloc(rows, (nrows + 3) * sizeof(*rows));
				rows[nrows++] = ltr_xstrdup(name);
				rows[nrows++] = ltr_xstrdup(summary);
				rows[nrows++] = ltr_xstrdup(path);
				if ((int)strlen(name) > name_w)
					name_w = (int)strlen(name);
				if ((int)strlen(summary) > summary_w)
					summary_w = (int)strlen(summary);
			}
			free(names[j]);
		}
		free(names);
	}
	/* One line per script: name, summary, where it lives, in columns. */
	for (r = 0; r < nrows; r += 3) {
		printf("%-*s  %-*s  %s\n", name_w, rows[r], summary_w, rows[r + 1], rows[r + 2]);
		free(rows[r]);
		free(rows[r + 1]);
		free(rows[r + 2]);
	}
	free(rows);
	ltr_sb_free(&seen);
	fflush(stdout);
}

/* --- loading --- */

static int load_embedded(lua_State *L)
{
	const struct embedded_module *m = lua_touserdata(L, lua_upvalueindex(1));
	char chunk[128];

	snprintf(chunk, sizeof(chunk), "=[ltr] %s", m->name);
	if (luaL_loadbuffer(L, (const char *)m->data, m->len, chunk) != LUA_OK)
		return lua_error(L);
	lua_pushvalue(L, 1); /* the module name */
	if (lua_pcall(L, 1, 1, 0) != LUA_OK)
		return lua_error(L); /* re-raise to require's caller */
	return 1;
}

/* Sets package.path to the script path and registers embedded modules. */
static void setup_package(lua_State *L)
{
	struct ltr_strbuf path = LTR_STRBUF_INIT;
	const struct embedded_module *m;
	unsigned i;

	lua_getglobal(L, "package");
	for (i = 0; i < st.ndirs; i++)
		ltr_sb_printf(&path, "%s/?.lua;%s/?/init.lua;", st.dirs[i], st.dirs[i]);
	lua_getfield(L, -1, "path");
	ltr_sb_puts(&path, lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
	lua_pop(L, 1);
	lua_pushstring(L, ltr_sb_cstr(&path));
	lua_setfield(L, -2, "path");
	ltr_sb_free(&path);
	lua_getfield(L, -1, "preload");
	for (m = embedded_modules; m->name; m++) {
		if (!strcmp(m->name, "ltr"))
			continue;
		lua_pushlightuserdata(L, (void *)(uintptr_t)m);
		lua_pushcclosure(L, load_embedded, 1);
		lua_setfield(L, -2, m->name);
	}
	lua_pop(L, 2); /* preload, package */
}

/* The module: C functions, then lua/ltr/init.lua run over them. */
static bool open_ltr(lua_State *L)
{
	const struct embedded_module *m;

	ltr_lua_open_module(L);
	lua_pushvalue(L, -1);
	lua_setglobal(L, "ltr");
	luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
	lua_pushvalue(L, -2);
	lua_setfield(L, -2, "ltr");
	lua_pop(L, 1); /* package.loaded */
	for (m = embedded_modules; m->name; m++) {
		if (strcmp(m->name, "ltr"))
			continue;
		if (luaL_loadbuffer(L, (const char *)m->data, m->len, "=[ltr] ltr") != LUA_OK) {
			fprintf(stderr, "ltr: %s\n", lua_tostring(L, -1));
			return false;
		}
		lua_pushvalue(L, -2); /* the module table */
		if (!ltr_lua_pcall(L, 1, 0))
			return false;
	}
	lua_pop(L, 1); /* the module table */
	return true;
}

/* The tables of the state table (see push_state()). */
static const char *const state_tables[] = {
	"hooks", "filters", "signal", "process", "end",
	"args_given", "args_declared", "args_order",
};

static bool create_state(void)
{
	unsigned i;
	lua_State *L = luaL_newstate();

	if (!L) {
		fprintf(stderr, "ltr: cannot create the Lua state: out of memory\n");
		return false;
	}
	st.L = L;
	luaL_openlibs(L);
	lua_newtable(L); /* the state table: one list or map per kind */
	for (i = 0; i < sizeof(state_tables) / sizeof(state_tables[0]); i++) {
		lua_newtable(L);
		lua_setfield(L, -2, state_tables[i]);
	}
	st.ref_state = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_newtable(L);
	st.ref_calls = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_pushinteger(L, st.ref_state);
	lua_setfield(L, LUA_REGISTRYINDEX, "ltr.state_ref");
	ltr_lua_open_call(L);
	ltr_lua_open_proc(L);
	setup_package(L);
	return open_ltr(L);
}

/* Records the -a NAME=VALUE pairs in state.args_given. */
static bool record_args(lua_State *L, const struct ltr_options *opts)
{
	unsigned i;

	push_state(L, "args_given");
	for (i = 0; i < opts->nscript_args; i++) {
		const char *arg = opts->script_args[i], *eq = strchr(arg, '=');

		if (!eq || eq == arg) {
			fprintf(stderr, "ltr: -a %s: NAME=VALUE expected\n", arg);
			lua_pop(L, 1);
			return false;
		}
		lua_pushlstring(L, arg, (size_t)(eq - arg));
		lua_pushstring(L, eq + 1);
		lua_rawset(L, -3);
	}
	lua_pop(L, 1);
	return true;
}

/* Every -a name must be declared by some script's ltr.arg(). */
static bool check_args(lua_State *L)
{
	bool ok = true;

	push_state(L, "args_given");
	push_state(L, "args_declared");
	lua_pushnil(L);
	while (lua_next(L, -3)) {
		lua_pop(L, 1); /* the value */
		lua_pushvalue(L, -1);
		if (lua_rawget(L, -3) == LUA_TNIL) {
			struct ltr_strbuf names = LTR_STRBUF_INIT;
			lua_Integer i, n;

			push_state(L, "args_order");
			n = (lua_Integer)lua_rawlen(L, -1);
			for (i = 1; i <= n; i++) {
				lua_rawgeti(L, -1, i);
				ltr_sb_printf(&names, "%s%s", i > 1 ? ", " : "", lua_tostring(L, -1));
				lua_pop(L, 1);
			}
			lua_pop(L, 1);
			if (n)
				fprintf(stderr, "ltr: unknown script argument '%s' (declared: %s)\n",
					lua_tostring(L, -2), ltr_sb_cstr(&names));
			else
				fprintf(stderr, "ltr: unknown script argument '%s' (the scripts declare no arguments)\n",
					lua_tostring(L, -2));
			ltr_sb_free(&names);
			ok = false;
			lua_pop(L, 2);
			break;
		}
		lua_pop(L, 1);
	}
	lua_pop(L, 2); /* args_given, args_declared */
	return ok;
}

/*
 * Loads and runs one script's main chunk in its own environment (globals
 * it sets stay its own; reads fall through to _G).
 */
static bool load_script(lua_State *L, const char *name, const char *path, bool for_help)
{
	if (luaL_loadfile(L, path) != LUA_OK) {
		fprintf(stderr, "ltr: %s\n", lua_tostring(L, -1));
		lua_pop(L, 1);
		return false;
	}
	lua_newtable(L);               /* the script's _ENV */
	lua_createtable(L, 0, 1);
	lua_pushglobaltable(L);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
	if (!lua_setupvalue(L, -2, 1))
		lua_pop(L, 1);
	lua_pushstring(L, name);
	lua_pushstring(L, path);
	/*
	 * No traceback here: a load-time error is one line, "ltr:
	 * FILE:LINE: message" (or the script's own message, e.g. a bad
	 * argument), before any tracee exists.
	 */
	if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
		/*
		 * --script-help still describes a script that refuses to run
		 * without its arguments (redirect without -a from=): the
		 * arguments it declared before raising are known.
		 */
		if (!for_help) {
			if (lua_type(L, -1) == LUA_TSTRING)
				fprintf(stderr, "ltr: %s\n", lua_tostring(L, -1));
			else
				fprintf(stderr, "ltr: %s: error object is a %s value\n", path,
					luaL_typename(L, -1));
		}
		lua_pop(L, 1); /* the message */
		return for_help;
	}
	return true;
}

/* --script-help: the description and the declared arguments. */
static void print_help(lua_State *L, const char *name, const char *path)
{
	struct ltr_strbuf desc = LTR_STRBUF_INIT;
	lua_Integer i, n;
	int top = lua_gettop(L);

	read_description(path, &desc);
	printf("%s (%s)\n\n%s", name, path, ltr_sb_cstr(&desc));
	ltr_sb_free(&desc);
	push_state(L, "args_order");
	push_state(L, "args_declared");
	n = (lua_Integer)lua_rawlen(L, top + 1);
	printf("\nArguments:%s\n", n ? "" : " none");
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, top + 1, i);
		lua_rawget(L, top + 2);          /* the declaration */
		lua_getfield(L, top + 3, "name");    /* top + 4 */
		lua_getfield(L, top + 3, "help");    /* top + 5 */
		lua_getfield(L, top + 3, "default"); /* top + 6 */
		printf("  -a %s=%s\n", lua_tostring(L, top + 4),
		       lua_isnil(L, top + 6) ? "" : luaL_tolstring(L, top + 6, NULL));
		if (lua_type(L, top + 5) == LUA_TSTRING)
			printf("      %s\n", lua_tostring(L, top + 5));
		lua_settop(L, top + 2);
	}
	lua_settop(L, top);
	fflush(stdout);
}

int ltr_script_init(const struct ltr_options *opts)
{
	lua_State *L;
	unsigned i;

	build_path();
	if (opts->list_scripts) {
		list_scripts();
		return 1;
	}
	if (!opts->nscripts && !opts->script_help) {
		if (opts->nscript_args) {
			fprintf(stderr, "ltr: -a %s: no script is loaded (-s SCRIPT)\n",
				opts->script_args[0]);
			return LTR_EXIT_USAGE;
		}
		return 0; /* no Lua at all: the printer shows everything */
	}
	if (!create_state())
		return LTR_EXIT_USAGE;
	L = st.L;
	if (opts->script_help) {
		char *path = find_script(opts->script_help);
		bool ok;

		if (!path) {
			fprintf(stderr, "ltr: script '%s' not found on the script path\n", opts->script_help);
			return LTR_EXIT_USAGE;
		}
		ok = load_script(L, opts->script_help, path, true);
		if (ok)
			print_help(L, opts->script_help, path);
		free(path);
		return ok ? 1 : LTR_EXIT_USAGE;
	}
	if (!record_args(L, opts))
		return LTR_EXIT_USAGE;
	ltr_printer_config.enabled = false;
	for (i = 0; i < opts->nscripts; i++) {
		char *path = find_script(opts->scripts[i]);
		bool ok;

		if (!path) {
			fprintf(stderr, "ltr: script '%s' not found (searched: ", opts->scripts[i]);
			for (unsigned d = 0; d < st.ndirs; d++)
				fprintf(stderr, "%s%s", d ? ":" : "", st.dirs[d]);
			fprintf(stderr, ")\n");
			return LTR_EXIT_USAGE;
		}
		ok = load_script(L, opts->scripts[i], path, false);
		free(path);
		if (!ok)
			return LTR_EXIT_USAGE;
	}
	if (!check_args(L))
		return LTR_EXIT_USAGE;
	build_tables(L);
	st.tracing = true;
	st.failed = false;
	for (i = 0; i < st.ntimers; i++)
		st.timers[i].next = now_mono() + st.timers[i].interval;
	return 0;
}

void ltr_script_shutdown(void)
{
	unsigned i;

	call_cache_drop(NULL, NULL); /* the references die with the state */
	if (st.L)
		lua_close(st.L);
	st.L = NULL;
	st.tracing = false;
	for (i = 0; i < MAX_ARCHES; i++) {
		free(st.wants[i]);
		st.wants[i] = NULL;
	}
	free(st.timers);
	st.timers = NULL;
	st.ntimers = 0;
	for (i = 0; i < st.ndirs; i++)
		free(st.dirs[i]);
	free(st.dirs);
	st.dirs = NULL;
	st.ndirs = 0;
}
