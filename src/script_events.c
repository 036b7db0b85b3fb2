/* SPDX-License-Identifier: MIT */
/*
 * The scripts as event consumers (include/ltr/events.h): "script" runs the
 * hooks (on_enter, on_exit, on_signal, on_process, ltr.every, on_end) with
 * a call object per tracee, and may change calls; "filter" judges the
 * calls the printer shows (ltr.filter) once they returned, and comes
 * before the printer. What hooks write is an LTR_EV_OUTPUT event.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

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
	lua_rawgeti(L, LUA_REGISTRYINDEX, ltr_lua.ref_calls);
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

/* call.duration: entry to exit stop, once the call has returned. */
static void set_duration(struct call_object *obj, const struct tracee *t)
{
	if (t->call.exiting && t->call.end == LTR_END_RETURNED)
		obj->duration = (double)(t->exit_time.tv_sec - t->entry_time.tv_sec) +
				(double)(t->exit_time.tv_nsec - t->entry_time.tv_nsec) / 1e9;
}

static void dispatch_call(struct tracee *t, int ref_tables)
{
	lua_State *L = ltr_lua.L;
	struct ltr_call *c = &t->call;
	struct call_object *obj;
	int a, top, list;
	lua_Integer i, n, key;

	if (!L || ltr_lua.failed || !ltr_lua.tracing)
		return;
	a = ltr_lua_arch_index(c->arch);
	if (a < 0)
		return;
	key = (c->sel_nr < 0 || (unsigned long)c->sel_nr >= c->arch->nsyscalls) ? -1 : c->sel_nr;
	top = lua_gettop(L);
	lua_rawgeti(L, LUA_REGISTRYINDEX, ref_tables);
	lua_rawgeti(L, -1, a + 1);
	if (lua_rawgeti(L, -1, key) != LUA_TTABLE) {
		lua_settop(L, top);
		return;
	}
	list = lua_gettop(L);
	obj = push_call(L, t);
	set_duration(obj, t);
	obj->valid = true;
	ltr_lua.current = t;
	lua_pushcfunction(L, ltr_lua_traceback); /* one handler for all the hooks */
	n = (lua_Integer)lua_rawlen(L, list);
	for (i = 1; i <= n; i++) {
		lua_rawgeti(L, list, i);
		lua_pushvalue(L, list + 1); /* the call object */
		if (!ltr_lua_pcall_at(L, 1, 0, list + 2))
			break;
	}
	ltr_lua.current = NULL;
	obj->valid = false;
	lua_settop(L, top);
}

/*
 * Whether every printer filter of the list (ltr.filter: "filters" judge
 * finished calls, "filters_enter" calls about to run) accepts t's call.
 */
static bool filters_accept(struct tracee *t, const char *filters)
{
	lua_State *L = ltr_lua.L;
	struct call_object *obj;
	bool accept = true;
	lua_Integer i, n;
	int top, list;

	if (!L || ltr_lua.failed)
		return true;
	top = lua_gettop(L);
	push_state(L, filters);
	list = lua_gettop(L);
	obj = push_call(L, t);
	set_duration(obj, t);
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
	for (i = 1; i <= n && !ltr_lua.failed; i++) {
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
	lua_State *L = ltr_lua.L;
	const char *name;

	if (!L || !ltr_lua.nsignal || ltr_lua.failed || !t)
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
	ltr_lua.current = t;
	run_list(L, "signal");
	ltr_lua.current = NULL;
}

/* kind: "start", "exec" or "exit"; status is the wait status for "exit". */
static void script_process(struct tracee *t, const char *kind, int status)
{
	lua_State *L = ltr_lua.L;

	if (!L || !ltr_lua.nprocess || ltr_lua.failed || !t)
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
	ltr_lua.current = t;
	run_list(L, "process");
	ltr_lua.current = NULL;
}

/* Runs due ltr.every() timers; returns ms until the next one, or -1. */
static int script_tick(void)
{
	lua_State *L = ltr_lua.L;
	double now, next = -1;
	unsigned i;

	if (!L || !ltr_lua.ntimers || ltr_lua.failed)
		return -1;
	now = ltr_lua_now();
	for (i = 0; i < ltr_lua.ntimers && !ltr_lua.failed; i++) {
		struct ltr_lua_timer *tm = &ltr_lua.timers[i];

		if (tm->next <= now && ltr_lua.tracing) {
			tm->next += tm->interval;
			if (tm->next <= now)
				tm->next = now + tm->interval;
			lua_rawgeti(L, LUA_REGISTRYINDEX, tm->fn_ref);
			ltr_lua_pcall(L, 0, 0);
			tm = &ltr_lua.timers[i]; /* a timer may have added timers */
		}
		if (next < 0 || tm->next < next)
			next = tm->next;
	}
	if (ltr_lua.failed)
		return -1;
	now = ltr_lua_now();
	return next <= now ? 0 : (int)((next - now) * 1000.0) + 1;
}

/* ltr.on_end hooks, once. */
static void script_end(void)
{
	lua_State *L = ltr_lua.L;
	int top;

	if (!L || ltr_lua.ended || ltr_lua.failed)
		return;
	ltr_lua.ended = true;
	/* a Ctrl-C that ended tracing is what -c's table waits for, not a stop */
	ltr_lua.interrupts_handled = ltr_tracer_interrupt_count();
	top = lua_gettop(L);
	lua_pushnil(L);
	run_list(L, "end");
	/* then every ltr.map() still holding data prints itself, as bpftrace's */
	if (ltr_lua.failed)
		return;
	lua_getglobal(L, "ltr");
	if (lua_type(L, -1) == LUA_TTABLE && lua_getfield(L, -1, "_print_maps") == LUA_TFUNCTION) {
		lua_remove(L, -2); /* the module */
		ltr_lua_pcall(L, 0, 0);
	} else {
		lua_settop(L, top);
	}
}

/* A tracee goes away: its call object must not be used any more. */
static void script_forget(struct tracee *t)
{
	lua_State *L = ltr_lua.L;

	/* call:set_str()'s save buffer (NULL afterwards: freeing twice is safe) */
	free(t->call.patch_saved);
	t->call.patch_saved = NULL;
	t->call.patch_cap = 0;
	t->call.patch_len = 0;
	if (!L || ltr_lua.ref_calls == LUA_NOREF)
		return;
	call_cache_drop(L, t);
	lua_rawgeti(L, LUA_REGISTRYINDEX, ltr_lua.ref_calls);
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

/* Drops every cached call object reference. */
void ltr_lua_forget_calls(void)
{
	call_cache_drop(NULL, NULL);
}

/* What scripts write: an event, so that the printer places it. */
void ltr_lua_output(const char *data, size_t len, bool raw_json)
{
	struct ltr_event ev = { .kind = LTR_EV_OUTPUT, .t = ltr_lua.current, .data = data,
				.len = len, .raw_json = raw_json };

	ltr_events_emit(&ev);
}

/* --- the consumers --- */

static unsigned script_needs(void)
{
	if (!ltr_lua.L || !ltr_lua.tracing)
		return 0;
	/* entry times for call.duration, rusage for call.stime */
	return LTR_NEED_CLOCK | LTR_NEED_RUSAGE | (ltr_lua.ntimers ? LTR_NEED_TICK : 0u) |
	       (ltr_lua.entry_stops ? LTR_NEED_ENTRY_STOPS : 0u);
}

static void script_event(const struct ltr_event *ev)
{
	struct tracee *t = ev->t;

	switch (ev->kind) {
	case LTR_EV_ENTER:
		dispatch_call(t, ltr_lua.ref_enter);
		break;
	case LTR_EV_EXIT:
		dispatch_call(t, ltr_lua.ref_exit);
		break;
	case LTR_EV_START:
		if (t->tid == t->pid)
			script_process(t, "start", 0);
		break;
	case LTR_EV_EXEC:
		script_process(t, "exec", 0);
		break;
	case LTR_EV_EXITING:
		/* the last moment /proc shows the process: keep it for ev.proc */
		if (ltr_lua.L && ltr_lua.nprocess && t->tid == t->pid)
			ltr_lua_proc_remember(ltr_lua.L, t->pid);
		break;
	case LTR_EV_GONE:
		/* the process ends with its leader, or its last thread */
		if (t->tid == t->pid || !ltr_tracee_find(t->pid)) {
			script_process(t, "exit", ev->status);
			if (ltr_lua.L && ltr_lua.nprocess)
				ltr_lua_proc_forget(ltr_lua.L, t->pid);
		}
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
		/* nothing more comes: a line left unfinished is whole (-j) */
		if (ltr_lua.L)
			ltr_lua_output(NULL, 0, false);
		break;
	default:
		break;
	}
}

static const struct ltr_consumer script_consumer = {
	.name = "script",
	.changes_calls = true,
	.wants = ltr_lua_wants,
	.needs = script_needs,
	.event = script_event,
};

const struct ltr_consumer *ltr_script_consumer(void)
{
	return &script_consumer;
}

/*
 * The "filter" consumer, before the printer: under ltr.filter it sees the
 * calls the printer shows enter (filters of phase "enter") or end (phase
 * "exit": when they return, after the hooks' changes were applied, and
 * when they end without a result, LTR_EV_UNRETURNED: their thread ended
 * inside them, their result could not be read, or ltr detached inside
 * them; call.status says which), and marks the ones a filter rejects. A
 * call rejected at entry is not judged again.
 */
static unsigned filter_wants(const struct ltr_arch *arch, long nr)
{
	unsigned printer, want = 0;

	if (!ltr_lua.L || !ltr_lua.tracing || !(ltr_lua.nfilters || ltr_lua.nfilters_enter))
		return 0;
	printer = ltr_printer_consumer()->wants(arch, nr);
	if (ltr_lua.nfilters_enter && (printer & LTR_WANT_ENTER))
		want |= LTR_WANT_ENTER;
	if (ltr_lua.nfilters && (printer & LTR_WANT_EXIT))
		want |= LTR_WANT_EXIT;
	return want;
}

static void filter_event(const struct ltr_event *ev)
{
	struct ltr_call *c;

	if (ev->kind != LTR_EV_ENTER && ev->kind != LTR_EV_EXIT && ev->kind != LTR_EV_UNRETURNED)
		return;
	c = &ev->t->call;
	if (ev->kind == LTR_EV_ENTER)
		c->rejected = !filters_accept(ev->t, "filters_enter");
	else if (!c->rejected)
		c->rejected = !filters_accept(ev->t, "filters");
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
