/* SPDX-License-Identifier: MIT */
/*
 * The "ltr.proc" userdata: a traced process by pid. Its fields are read
 * from /proc when asked for, so a script may keep the object as long as
 * it likes; once the process is gone, comm, exe, cwd, cmdline and argv are
 * as ltr last saw them (read as it exited, for on_process "exit" hooks),
 * and nil for a process ltr never saw exit.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ltr/tracer.h"
#include "ltr/unwind.h"
#include "script_internal.h"

struct proc_object {
	pid_t pid;
};

static struct proc_object *check_proc(lua_State *L, int idx)
{
	return luaL_checkudata(L, idx, LTR_PROC_META);
}

/* Reads /proc/PID/what into buf (NUL-terminated). Returns length or -1. */
static ssize_t read_proc_file(pid_t pid, const char *what, char *buf, size_t size)
{
	char path[64];
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, what);
	f = fopen(path, "re");
	if (!f)
		return -1;
	n = fread(buf, 1, size - 1, f);
	fclose(f);
	buf[n] = '\0';
	return (ssize_t)n;
}

static void push_link(lua_State *L, pid_t pid, const char *what)
{
	char path[64], target[PATH_MAX];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, what);
	n = readlink(path, target, sizeof(target));
	if (n < 0)
		lua_pushnil(L);
	else
		lua_pushlstring(L, target, (size_t)n);
}

static void push_ppid(lua_State *L, pid_t pid)
{
	char buf[4096], *p;
	ssize_t n = read_proc_file(pid, "status", buf, sizeof(buf));

	p = n > 0 ? strstr(buf, "\nPPid:") : NULL;
	if (p)
		lua_pushinteger(L, strtol(p + 6, NULL, 10));
	else
		lua_pushnil(L);
}

/* cmdline: the arguments joined by spaces; argv: a list. */
static void push_cmdline(lua_State *L, pid_t pid, bool as_list)
{
	static char buf[65536];
	ssize_t n = read_proc_file(pid, "cmdline", buf, sizeof(buf));
	lua_Integer i = 0;
	ssize_t k;

	if (n < 0) {
		lua_pushnil(L);
		return;
	}
	if (n > 0 && buf[n - 1] == '\0')
		n--;
	if (!as_list) {
		for (k = 0; k < n; k++)
			if (buf[k] == '\0')
				buf[k] = ' ';
		lua_pushlstring(L, buf, (size_t)n);
		return;
	}
	lua_newtable(L);
	for (k = 0; k <= n && n > 0;) {
		size_t len = strnlen(buf + k, (size_t)(n - k));

		lua_pushlstring(L, buf + k, len);
		lua_rawseti(L, -2, ++i);
		k += (ssize_t)len + 1;
	}
}

/* The fields of a process kept as last seen (see ltr_lua_proc_remember). */
static const char *const remembered[] = { "comm", "exe", "cwd", "cmdline", "argv", "ppid", NULL };

static bool is_remembered(const char *key)
{
	unsigned i;

	for (i = 0; remembered[i]; i++)
		if (!strcmp(remembered[i], key))
			return true;
	return false;
}

/* Pushes field key of pid from /proc, or nil; false for an unknown key. */
static bool push_live(lua_State *L, pid_t pid, const char *key)
{
	char buf[256];

	if (!strcmp(key, "comm")) {
		if (read_proc_file(pid, "comm", buf, sizeof(buf)) < 0) {
			lua_pushnil(L);
		} else {
			buf[strcspn(buf, "\n")] = '\0';
			lua_pushstring(L, buf);
		}
	} else if (!strcmp(key, "exe")) {
		push_link(L, pid, "exe");
	} else if (!strcmp(key, "cwd")) {
		push_link(L, pid, "cwd");
	} else if (!strcmp(key, "cmdline")) {
		push_cmdline(L, pid, false);
	} else if (!strcmp(key, "argv")) {
		push_cmdline(L, pid, true);
	} else if (!strcmp(key, "ppid")) {
		push_ppid(L, pid);
	} else {
		return false;
	}
	return true;
}

/* Pushes the registry table of processes as last seen: [pid] = { fields }. */
static void push_seen(lua_State *L)
{
	if (lua_getfield(L, LUA_REGISTRYINDEX, "ltr.proc_seen") != LUA_TTABLE) {
		lua_pop(L, 1);
		lua_newtable(L);
		lua_pushvalue(L, -1);
		lua_setfield(L, LUA_REGISTRYINDEX, "ltr.proc_seen");
	}
}

void ltr_lua_proc_remember(lua_State *L, pid_t pid)
{
	unsigned i;

	push_seen(L);
	lua_createtable(L, 0, 5);
	for (i = 0; remembered[i]; i++) {
		push_live(L, pid, remembered[i]);
		lua_setfield(L, -2, remembered[i]);
	}
	lua_rawseti(L, -2, pid);
	lua_pop(L, 1); /* the table of processes */
}

void ltr_lua_proc_forget(lua_State *L, pid_t pid)
{
	push_seen(L);
	lua_pushnil(L);
	lua_rawseti(L, -2, pid);
	lua_pop(L, 1);
}

static int proc_index(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);
	const char *key = luaL_checkstring(L, 2);

	if (lua_getfield(L, lua_upvalueindex(1), key) != LUA_TNIL)
		return 1; /* a method */
	lua_pop(L, 1);
	if (!strcmp(key, "pid")) {
		lua_pushinteger(L, p->pid);
	} else if (is_remembered(key)) {
		/*
		 * A process ltr saw exit: as it was then (/proc shows a zombie
		 * with an empty command line, then nothing); else live.
		 */
		push_seen(L);
		if (lua_rawgeti(L, -1, p->pid) == LUA_TTABLE)
			lua_getfield(L, -1, key);
		else
			push_live(L, p->pid, key);
	} else {
		return luaL_error(L, "proc has no field '%s'", key);
	}
	return 1;
}

/* proc:kill([sig]): sends sig (name or number, default SIGTERM). */
static int proc_kill(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);
	int sig = ltr_lua_check_signal(L, 2, SIGTERM);

	if (kill(p->pid, sig) < 0) {
		int err = errno;

		lua_pushnil(L);
		lua_pushfstring(L, "cannot signal process %d: %s", (int)p->pid, strerror(err));
		lua_pushstring(L, err == ESRCH ? "ESRCH" : err == EPERM ? "EPERM" : "EINVAL");
		return 3;
	}
	lua_pushboolean(L, 1);
	return 1;
}

/* proc:detach(): stop tracing this process; it runs on untraced. */
static int proc_detach(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);

	ltr_tracer_request_detach(p->pid);
	lua_pushboolean(L, 1);
	return 1;
}

/*
 * proc:symbolize(addr): the frame table of one code address ({pc=,
 * module=, symbol=, offset=, file=, line=}), or nil, message, "ENOENT"
 * when no mapped file holds it.
 */
static int proc_symbolize(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);
	lua_Integer addr = luaL_checkinteger(L, 2);
	struct ltr_frame frame;
	char hex[24];

	if (ltr_unwind_symbolize(p->pid, (uint64_t)addr, &frame, true) < 0) {
		snprintf(hex, sizeof(hex), "%#llx", (unsigned long long)addr);
		lua_pushnil(L);
		lua_pushfstring(L, "no mapped file of process %d holds %s", (int)p->pid, hex);
		lua_pushstring(L, "ENOENT");
		return 3;
	}
	ltr_lua_push_frame(L, &frame);
	return 1;
}

static int proc_tostring(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);

	lua_pushfstring(L, "ltr.proc: %d", (int)p->pid);
	return 1;
}

static int proc_eq(lua_State *L)
{
	lua_pushboolean(L, check_proc(L, 1)->pid == check_proc(L, 2)->pid);
	return 1;
}

/* proc:fd(n): what descriptor n of the process is, as call:fd() tells it. */
static int proc_fd(lua_State *L)
{
	struct proc_object *p = check_proc(L, 1);
	lua_Integer fd = luaL_checkinteger(L, 2);

	luaL_argcheck(L, fd >= 0 && fd <= INT_MAX, 2, "descriptor number expected");
	return ltr_lua_push_fd(L, p->pid, (int)fd);
}

static const luaL_Reg proc_functions[] = {
	{ NULL, NULL },
};

static const luaL_Reg proc_methods[] = {
	{ "kill", proc_kill },
	{ "detach", proc_detach },
	{ "symbolize", proc_symbolize },
	{ "fd", proc_fd },
	{ NULL, NULL },
};

static const luaL_Reg proc_metamethods[] = {
	{ "__tostring", proc_tostring },
	{ "__eq", proc_eq },
	{ NULL, NULL },
};

static void create_meta(lua_State *L)
{
	luaL_newmetatable(L, LTR_PROC_META);
	luaL_setfuncs(L, proc_metamethods, 0);
	luaL_newlib(L, proc_methods);
	lua_pushcclosure(L, proc_index, 1); /* methods as upvalue 1 */
	lua_setfield(L, -2, "__index");
	lua_pop(L, 1); /* the metatable */
}

void ltr_lua_open_proc(lua_State *L)
{
	create_meta(L);
	(void)proc_functions;
}

void ltr_lua_push_proc(lua_State *L, pid_t pid)
{
	struct proc_object *p = lua_newuserdatauv(L, sizeof(*p), 0);

	p->pid = pid;
	luaL_setmetatable(L, LTR_PROC_META);
}
