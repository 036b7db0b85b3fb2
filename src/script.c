/* SPDX-License-Identifier: MIT */
/*
 * The Lua bridge: the state, the one protected-call path every hook goes
 * through, loading scripts and their arguments. The rest of the bridge:
 * script_hooks.c (registration and want tables), script_events.c (the
 * event consumers that run the hooks), script_path.c (the script path, -l
 * and --script-help), script_lib.c (the ltr module), script_call.c,
 * script_proc.c and script_select.c (its userdata types).
 *
 * Without any script no Lua state exists at all.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <lualib.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/stats.h"
#include "ltr/strbuf.h"
#include "ltr/tracer.h"
#include "script_internal.h"

/* The modules of lua/ltr/ compiled in (build/gen/lua_embed.h, scripts/gen-embed). */
struct embedded_module {
	const char *name;            /* "ltr", "ltr.foo" */
	const unsigned char *data;
	size_t len;
};
#include "lua_embed.h"

/* The name load_script() gets for -L code (the code is its "path"). */
#define LTR_INLINE_NAME "(-L)"

struct ltr_lua_bridge ltr_lua = { .ref_state = LUA_NOREF, .ref_enter = LUA_NOREF,
				  .ref_exit = LUA_NOREF, .ref_calls = LUA_NOREF,
				  .last_index = -1, .hook_timeout = 5, .exit_status = -1 };

double ltr_lua_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int ltr_lua_arch_index(const struct ltr_arch *arch)
{
	int i;

	if (arch == ltr_lua.last_arch)
		return ltr_lua.last_index;
	for (i = 0; ltr_arches[i] && i < LTR_LUA_MAX_ARCHES; i++)
		if (ltr_arches[i] == arch) {
			ltr_lua.last_arch = arch;
			ltr_lua.last_index = i;
			return i;
		}
	return -1;
}

bool ltr_lua_tracing(void)
{
	return ltr_lua.tracing;
}

/* --- the protected-call path --- */

int ltr_lua_traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (!msg) {
		if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
			msg = lua_tostring(L, -1);
		else
			msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
	}
	if (ltr_lua.one_line_error) { /* ltr's own verdict, already placed */
		lua_pushstring(L, msg);
		return 1;
	}
	luaL_traceback(L, L, msg, 1);
	return 1;
}

/*
 * A hook failed: prints the error (unless os.exit() asked to end), marks
 * the scripts failed; the loop then stops tracing as on SIGINT.
 */
static void hook_failed(lua_State *L)
{
	if (ltr_lua.exit_status < 0) {
		ltr_printer_break_line();
		ltr_output_flush();
		ltr_msg("%s\n", lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
	}
	lua_pop(L, 1); /* the message */
	ltr_lua.failed = true;
	ltr_events_fail();
}

static void hook_begins(void);
static void hook_ends(lua_State *L);

bool ltr_lua_pcall_at(lua_State *L, int nargs, int nresults, int handler)
{
	int rc;

	LTR_STAT_INC(hook_calls);
	hook_begins();
	rc = lua_pcall(L, nargs, nresults, handler);
	hook_ends(L);
	if (rc == LUA_OK)
		return true;
	hook_failed(L);
	return false;
}

bool ltr_lua_pcall(lua_State *L, int nargs, int nresults)
{
	int base = lua_gettop(L) - nargs; /* the function */
	bool ok;

	lua_pushcfunction(L, ltr_lua_traceback);
	lua_insert(L, base); /* handler below the function */
	ok = ltr_lua_pcall_at(L, nargs, nresults, base);
	lua_remove(L, base); /* the handler */
	return ok;
}

/* --- the watchdog: no hook keeps ltr from serving its tracees --- */

/*
 * A hook that runs too long, or runs when SIGINT, SIGTERM, SIGHUP or
 * SIGQUIT came, is stopped by an error raised inside it, after which ltr
 * detaches as on any hook error. Two things look for that moment:
 *   - a Lua count hook, every WATCH_COUNT instructions (cheap, and at
 *     once for a loop);
 *   - a timer signal (SIGPROF, WATCH_TICK_NS), for a hook that runs few
 *     Lua instructions but slow C functions (os.execute, a big
 *     string.rep): its handler asks Lua to call the count hook at the next
 *     instruction (lua_sethook is safe in a signal handler), so the hook
 *     is stopped as soon as the C function returns.
 * Once raised, the error cannot be caught: every instruction raises it
 * again, and pcall, xpcall and coroutine.resume pass it on.
 */
#define WATCH_COUNT 10000
#define WATCH_TICK_NS 100000000L

static volatile sig_atomic_t hook_running;   /* a protected call is running */
static volatile sig_atomic_t abort_asked;    /* the timer saw it overrun or interrupted */
static timer_t watch_timer;
static bool watch_timer_made;

static void watchdog(lua_State *L, lua_Debug *ar);

/* Raises ltr's own one-line error in the running hook, naming where it is. */
static void abort_hook(lua_State *L, lua_Debug *ar, const char *why)
{
	lua_getinfo(L, "Sl", ar);
	ltr_lua.one_line_error = true;
	ltr_lua.aborting = true;
	lua_sethook(L, watchdog, LUA_MASKCOUNT, 1); /* and again at every instruction */
	if (ltr_lua.abort_msg[0] == '\0')
		snprintf(ltr_lua.abort_msg, sizeof(ltr_lua.abort_msg), "%s at %s:%d %s",
			 ltr_lua.tracing ? "hook" : "script", ar->short_src, ar->currentline, why);
	lua_pushstring(L, ltr_lua.abort_msg);
	lua_error(L);
}

/* Whether the running hook has outlived --hook-timeout. */
static bool overrun(double now)
{
	return ltr_lua.hook_timeout > 0 && hook_running &&
	       now - ltr_lua.hook_started > ltr_lua.hook_timeout;
}

/*
 * The signal that interrupts the running hook: the one that told ltr to
 * stop, unless it came before the end hooks (they run because of it).
 */
static int interrupting_signal(void)
{
	return ltr_tracer_interrupt_count() > ltr_lua.interrupts_handled ? ltr_tracer_interrupted() : 0;
}

static void watchdog(lua_State *L, lua_Debug *ar)
{
	int sig = interrupting_signal();

	if (ltr_lua.aborting) {
		abort_hook(L, ar, "");
	} else if (sig) {
		const char *name = ltr_signal_name(sig);
		char why[64];

		snprintf(why, sizeof(why), "interrupted by %s", name ? name : "a signal");
		abort_hook(L, ar, why);
	} else if (abort_asked || overrun(ltr_lua_now())) {
		char why[96];

		snprintf(why, sizeof(why), "ran longer than %g s (--hook-timeout)",
			 ltr_lua.hook_timeout);
		abort_hook(L, ar, why);
	}
}

/* The timer's handler: a hook to stop gets the count hook at once. */
static void on_watch_tick(int sig)
{
	int saved = errno;

	(void)sig;
	if (ltr_lua.L && hook_running && !abort_asked &&
	    (interrupting_signal() || overrun(ltr_lua_now()))) {
		abort_asked = 1;
		lua_sethook(ltr_lua.L, watchdog, LUA_MASKCOUNT, 1);
	}
	errno = saved;
}

/* Starts the timer (once; restarted syscalls: the loop never notices). */
static void start_watch_timer(void)
{
	struct sigevent sev;
	struct itimerspec its = { { 0, WATCH_TICK_NS }, { 0, WATCH_TICK_NS } };
	struct sigaction sa;

	if (watch_timer_made)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_watch_tick;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPROF, &sa, NULL);
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGPROF;
	if (timer_create(CLOCK_MONOTONIC, &sev, &watch_timer) < 0)
		return;
	watch_timer_made = true;
	timer_settime(watch_timer, 0, &its, NULL);
}

static void stop_watch_timer(void)
{
	if (watch_timer_made)
		timer_delete(watch_timer);
	watch_timer_made = false;
	signal(SIGPROF, SIG_DFL);
}

/* Marks the start and end of every protected call for the watchdog. */
static void hook_begins(void)
{
	ltr_lua.hook_started = ltr_lua_now();
	hook_running = 1;
}

static void hook_ends(lua_State *L)
{
	hook_running = 0;
	if (abort_asked && !ltr_lua.aborting) {
		/* it ended on its own before the count hook came */
		abort_asked = 0;
		lua_sethook(L, watchdog, LUA_MASKCOUNT, WATCH_COUNT);
	}
}

/*
 * pcall, xpcall and coroutine.resume for scripts: as Lua's, but ltr's
 * verdict on a hook (interrupted, too long, os.exit) passes through them,
 * so that a script that catches every error cannot keep running.
 */
static int pass_abort(lua_State *L, int nres)
{
	if (ltr_lua.aborting || ltr_lua.exit_status >= 0) {
		lua_pushstring(L, ltr_lua.abort_msg[0] ? ltr_lua.abort_msg : "os.exit");
		return lua_error(L);
	}
	return nres;
}

static int guarded_call(lua_State *L)
{
	int base = lua_gettop(L);

	lua_pushvalue(L, lua_upvalueindex(1)); /* Lua's own function */
	lua_insert(L, 1);
	lua_call(L, base, LUA_MULTRET);
	if (lua_toboolean(L, 1))
		return lua_gettop(L);
	return pass_abort(L, lua_gettop(L));
}

/* Replaces field name of the table on top by guarded_call over it. */
static void guard(lua_State *L, const char *name)
{
	lua_getfield(L, -1, name);
	lua_pushcclosure(L, guarded_call, 1);
	lua_setfield(L, -2, name);
}

/*
 * The Lua allocator, capped: a script that asks for more than
 * LTR_LUA_MEMORY_MAX gets Lua's "not enough memory" error instead of
 * taking the machine (and ltr's ability to serve its tracees) with it.
 */
#define LTR_LUA_MEMORY_MAX ((size_t)1 << 30)

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	void *p;

	(void)ud;
	if (!ptr)
		osize = 0;
	if (nsize == 0) {
		free(ptr);
		ltr_lua.mem_used -= osize;
		return NULL;
	}
	if (nsize > osize && ltr_lua.mem_used - osize + nsize > LTR_LUA_MEMORY_MAX)
		return NULL;
	p = realloc(ptr, nsize);
	if (p)
		ltr_lua.mem_used = ltr_lua.mem_used - osize + nsize;
	return p;
}

/*
 * os.exit(status) in a script: ends tracing as a hook error does (every
 * tracee detached first, or a filtered launched command served to its
 * end), then ltr exits with status (true: 0, false: 1, as Lua's).
 */
static int script_os_exit(lua_State *L)
{
	if (lua_isboolean(L, 1))
		ltr_lua.exit_status = lua_toboolean(L, 1) ? 0 : 1;
	else
		ltr_lua.exit_status = (int)(luaL_optinteger(L, 1, 0) & 0xff);
	ltr_lua.one_line_error = true;
	lua_pushliteral(L, "os.exit");
	return lua_error(L);
}

/*
 * os.execute for scripts: as Lua's, but ltr stays interruptible while the
 * command runs. Lua's calls system(3), which ignores SIGINT and SIGQUIT
 * in ltr until the command ends: a Ctrl-C would kill the command and be
 * lost for ltr, whose hook (or main chunk) would go on. Here the command
 * starts with the dispositions ltr found when it started, in a process
 * group of its own, and a signal that tells ltr to stop is passed on to
 * that group (the shell and what it started: `sleep 10; echo x` must
 * not leave the sleep behind), and once it ends the watchdog stops the
 * hook. A command that
 * outlives the signal by EXECUTE_GRACE seconds (it ignores it) is left
 * running: ltr stops all the same.
 */
#define EXECUTE_GRACE 1.0

static int script_os_execute(lua_State *L)
{
	const char *cmd = luaL_optstring(L, 1, NULL);
	int status, passed = 0;    /* the signal passed on */
	double passed_at = 0;
	pid_t pid;

	if (!cmd) {
		lua_pushboolean(L, 1); /* a shell is available */
		return 1;
	}
	pid = fork(); /* the child execs or _exits: ltr's buffers are not written twice */
	if (pid == 0) {
		setpgid(0, 0);
		ltr_tracer_child_signals();
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	if (pid < 0)
		return luaL_fileresult(L, 0, NULL);
	setpgid(pid, pid); /* as the child does: whichever runs first */
	for (;;) {
		pid_t done = waitpid(pid, &status, passed ? WNOHANG : 0);

		if (done == pid)
			break;
		if (done < 0 && errno != EINTR)
			return luaL_fileresult(L, 0, NULL);
		if (passed && ltr_lua_now() - passed_at > EXECUTE_GRACE) {
			/* it ignores the signal: ltr stops anyway, it runs on */
			abort_asked = 1;
			lua_sethook(L, watchdog, LUA_MASKCOUNT, 1);
			lua_pushnil(L);
			lua_pushfstring(L, "os.execute: interrupted by signal %d", passed);
			return 2;
		}
		if (passed) {
			struct timespec pause = { 0, 10 * 1000 * 1000 };

			nanosleep(&pause, NULL);
		} else if (interrupting_signal()) {
			passed = interrupting_signal();
			passed_at = ltr_lua_now();
			kill(-pid, passed);
		}
	}
	if (passed) { /* stopped at the caller's next instruction, not 100 ms later */
		abort_asked = 1;
		lua_sethook(L, watchdog, LUA_MASKCOUNT, 1);
	}
	errno = 0; /* luaL_execresult() takes a leftover errno for a failure */
	return luaL_execresult(L, status);
}

int ltr_script_exit_status(void)
{
	return ltr_lua.exit_status;
}

/* --- the registry state table --- */

void ltr_lua_push_state(lua_State *L, const char *field)
{
	lua_rawgeti(L, LUA_REGISTRYINDEX, ltr_lua.ref_state);
	lua_getfield(L, -1, field);
	lua_remove(L, -2); /* the state table */
}

#define push_state ltr_lua_push_state

void ltr_lua_append_state(lua_State *L, const char *field)
{
	push_state(L, field);
	lua_insert(L, -2);
	lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	lua_pop(L, 1); /* the list */
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

/*
 * The last of package.searchers: require("NAME") of a built-in stock
 * script that no directory of package.path holds.
 */
static int search_builtin(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	size_t len;
	const char *text;

	lua_pushfstring(L, LTR_LUA_BUILTIN_DIR "/%s.lua", name);
	text = ltr_lua_builtin_text(lua_tostring(L, -1), &len);
	if (!text) {
		lua_pushfstring(L, "no built-in script '%s'", name);
		return 1;
	}
	lua_pushfstring(L, "@%s", lua_tostring(L, -1));
	if (luaL_loadbuffer(L, text, len, lua_tostring(L, -1)) != LUA_OK)
		return lua_error(L);
	lua_pushvalue(L, -3); /* the path, the loader's second argument */
	return 2;
}

/*
 * The file of module NAME beside the Lua file running at level 1 or above
 * (the innermost one with a file): DIR/NAME.lua or DIR/NAME/init.lua,
 * dots in NAME being directory separators. Returns true and fills file;
 * else appends what was tried to tried.
 */
static bool find_beside(lua_State *L, const char *name, char *file, size_t size,
			struct ltr_strbuf *tried)
{
	static const char *const suffixes[] = { ".lua", "/init.lua" };
	lua_Debug ar;
	int level;

	for (level = 1; lua_getstack(L, level, &ar); level++) {
		const char *slash;
		char dir[PATH_MAX];
		unsigned f;

		lua_getinfo(L, "S", &ar);
		if (ar.source[0] != '@')
			continue;
		if (!strncmp(ar.source + 1, LTR_LUA_BUILTIN_DIR "/", sizeof(LTR_LUA_BUILTIN_DIR)))
			return false; /* a built-in script: no directory of its own */
		slash = strrchr(ar.source + 1, '/');
		if (slash)
			snprintf(dir, sizeof(dir), "%.*s", (int)(slash - ar.source - 1), ar.source + 1);
		else
			snprintf(dir, sizeof(dir), ".");
		for (f = 0; f < 2; f++) {
			char *p;
			FILE *fp;

			snprintf(file, size, "%s/%s%s", dir, name, suffixes[f]);
			for (p = file + strlen(dir) + 1; *p && strcmp(p, ".lua") && strcmp(p, "/init.lua"); p++)
				if (*p == '.')
					*p = '/';
			fp = fopen(file, "re");
			if (fp) {
				fclose(fp);
				return true;
			}
			ltr_sb_printf(tried, "\n\tno file '%s'", file);
		}
		return false; /* the innermost Lua file only */
	}
	return false;
}

/* See script_internal.h. */
int ltr_lua_error_at_caller(lua_State *L)
{
	luaL_where(L, 1); /* the script's "FILE:LINE: " */
	lua_insert(L, -2);
	lua_concat(L, 2);
	return lua_error(L);
}

lua_Integer ltr_lua_field_integer(lua_State *L, int idx, const char *field)
{
	int ok;
	lua_Integer n = lua_tointegerx(L, idx, &ok);

	if (!ok)
		luaL_error(L, "%s: integer expected, got %s", field,
			   lua_type(L, idx) == LUA_TNUMBER ? "a fraction" : luaL_typename(L, idx));
	return n;
}

bool ltr_lua_field_bool(lua_State *L, int idx, const char *field)
{
	if (lua_type(L, idx) != LUA_TBOOLEAN)
		luaL_error(L, "%s: true or false expected, got %s", field, luaL_typename(L, idx));
	return lua_toboolean(L, idx);
}

const char *ltr_lua_field_string(lua_State *L, int idx, const char *field)
{
	if (lua_type(L, idx) != LUA_TSTRING)
		luaL_error(L, "%s: string expected, got %s", field, luaL_typename(L, idx));
	return lua_tostring(L, idx);
}

/*
 * require for scripts: require "NAME" looks first beside the file that
 * calls it (the script, or a module requiring another), so that a script
 * kept with its modules in one directory finds them wherever ltr runs
 * from; such a module is kept in package.loaded under its file's path, so
 * two scripts' helper.lua beside each are two modules. Anything else is
 * Lua's own require (package.path: the script path and Lua's directories).
 */
static int script_require(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	struct ltr_strbuf tried = LTR_STRBUF_INIT;
	char file[PATH_MAX + 512];

	if (!find_beside(L, name, file, sizeof(file), &tried)) {
		ltr_sb_free(&tried);
		lua_pushvalue(L, lua_upvalueindex(1)); /* Lua's require */
		lua_insert(L, 1);
		if (lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0) != LUA_OK) {
			/* "module 'x' not found: ..." says nothing of where: the script's line */
			if (lua_type(L, -1) == LUA_TSTRING && !strncmp(lua_tostring(L, -1), "module '", 8))
				return ltr_lua_error_at_caller(L);
			return lua_error(L);
		}
		return lua_gettop(L);
	}
	ltr_sb_free(&tried);
	luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
	lua_pushfstring(L, "@%s", file);
	if (lua_rawget(L, -2) != LUA_TNIL) {
		lua_pushstring(L, file);
		return 2;
	}
	lua_pop(L, 1);
	if (luaL_loadfile(L, file) != LUA_OK)
		return luaL_error(L, "error loading module '%s' from file '%s':\n\t%s", name, file,
				  lua_tostring(L, -1));
	lua_pushstring(L, name);
	lua_pushstring(L, file);
	lua_call(L, 2, 1);
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		lua_pushboolean(L, 1);
	}
	lua_pushfstring(L, "@%s", file);
	lua_pushvalue(L, -2);
	lua_rawset(L, -4); /* package.loaded["@FILE"] = the module */
	lua_pushstring(L, file);
	return 2;
}

/* path with the entries of the current directory ("./...") left out. */
static void drop_cwd_entries(lua_State *L, const char *field, struct ltr_strbuf *path)
{
	const char *p, *end, *deflt;

	lua_getfield(L, -1, field);
	deflt = lua_tostring(L, -1) ? lua_tostring(L, -1) : "";
	for (p = deflt; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ';');
		if (!end)
			end = p + strlen(p);
		if (end > p && strncmp(p, "./", 2))
			ltr_sb_printf(path, "%s%.*s", path->len ? ";" : "", (int)(end - p), p);
	}
	lua_pop(L, 1);
}

/* Sets package.path to the script path and registers embedded modules. */
static void setup_package(lua_State *L)
{
	struct ltr_strbuf path = LTR_STRBUF_INIT, cpath = LTR_STRBUF_INIT;
	const struct embedded_module *m;
	unsigned i, ndirs;
	const char *const *dirs = ltr_lua_path_dirs(&ndirs);

	lua_getglobal(L, "package");
	for (i = 0; i < ndirs; i++)
		ltr_sb_printf(&path, "%s%s/?.lua;%s/?/init.lua", i ? ";" : "", dirs[i], dirs[i]);
	/* Lua's own directories, but never the current one ("./?.lua", "./?.so") */
	drop_cwd_entries(L, "path", &path);
	lua_pushstring(L, ltr_sb_cstr(&path));
	lua_setfield(L, -2, "path");
	drop_cwd_entries(L, "cpath", &cpath);
	lua_pushstring(L, ltr_sb_cstr(&cpath));
	lua_setfield(L, -2, "cpath");
	ltr_sb_free(&path);
	ltr_sb_free(&cpath);
	/* The built-in stock scripts come last (search_builtin()). */
	lua_getfield(L, -1, "searchers");
	lua_pushcfunction(L, search_builtin);
	lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
	lua_pop(L, 1); /* searchers */
	lua_getfield(L, -1, "preload");
	for (m = embedded_modules; m->name; m++) {
		if (!strcmp(m->name, "ltr"))
			continue;
		lua_pushlightuserdata(L, (void *)(uintptr_t)m);
		lua_pushcclosure(L, load_embedded, 1);
		lua_setfield(L, -2, m->name);
	}
	lua_pop(L, 2); /* preload, package */
	/* A script's own directory comes first (script_require()). */
	lua_getglobal(L, "require");
	lua_pushcclosure(L, script_require, 1);
	lua_setglobal(L, "require");
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
			ltr_msg("%s\n", lua_tostring(L, -1));
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
	"hooks", "filters", "filters_enter", "signal", "process", "end",
	"args_given", "args_declared", "args_order",
};

static bool create_state(void)
{
	unsigned i;
	lua_State *L = lua_newstate(capped_alloc, NULL);

	if (!L) {
		ltr_msg("cannot create the Lua state: out of memory\n");
		return false;
	}
	ltr_lua.L = L;
	luaL_openlibs(L);
	lua_sethook(L, watchdog, LUA_MASKCOUNT, WATCH_COUNT);
	start_watch_timer();
	lua_getglobal(L, "os");
	lua_pushcfunction(L, script_os_exit);
	lua_setfield(L, -2, "exit");
	lua_pushcfunction(L, script_os_execute);
	lua_setfield(L, -2, "execute");
	lua_pop(L, 1); /* os */
	lua_pushglobaltable(L);
	guard(L, "pcall");
	guard(L, "xpcall");
	lua_getfield(L, -1, "coroutine");
	guard(L, "resume");
	lua_pop(L, 2); /* coroutine, _G */
	lua_newtable(L); /* the state table: one list or map per kind */
	for (i = 0; i < sizeof(state_tables) / sizeof(state_tables[0]); i++) {
		lua_newtable(L);
		lua_setfield(L, -2, state_tables[i]);
	}
	ltr_lua.ref_state = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_newtable(L);
	ltr_lua.ref_calls = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_pushinteger(L, ltr_lua.ref_state);
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
			ltr_msg("-a %s: NAME=VALUE expected\n", arg);
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

/*
 * Whether arg is SCRIPT.NAME and no key of the declarations (at index
 * decl) starts with "SCRIPT.": no script of that name declared anything.
 */
static bool scope_unknown(lua_State *L, const char *arg, int decl)
{
	const char *dot = strchr(arg, '.');
	bool found = false;

	if (!dot)
		return false;
	decl = lua_absindex(L, decl);
	lua_pushnil(L);
	while (!found && lua_next(L, decl)) {
		const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;

		found = key && !strncmp(key, arg, (size_t)(dot - arg) + 1);
		lua_pop(L, 1);
	}
	if (found)
		lua_pop(L, 1); /* the key lua_next left */
	return !found;
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
			if (scope_unknown(L, lua_tostring(L, -2), -3))
				ltr_msg("unknown script argument '%s': no script loaded as '%.*s' declares arguments\n",
					lua_tostring(L, -2),
					(int)(strchr(lua_tostring(L, -2), '.') - lua_tostring(L, -2)),
					lua_tostring(L, -2));
			else if (n)
				ltr_msg("unknown script argument '%s' (declared: %s)\n",
					lua_tostring(L, -2), ltr_sb_cstr(&names));
			else
				ltr_msg("unknown script argument '%s' (the scripts declare no arguments)\n",
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
	const char *base = strrchr(path, '/');
	size_t len, builtin_len;
	bool inline_code = !strcmp(name, LTR_INLINE_NAME);
	const char *builtin = inline_code ? NULL : ltr_lua_builtin_text(path, &builtin_len);
	int rc;

	/* -a SCRIPT.NAME=VALUE names scripts as -l does: count for .../count.lua */
	base = inline_code ? "L" : base ? base + 1 : path;
	len = strlen(base);
	if (len > 4 && !strcmp(base + len - 4, ".lua"))
		len -= 4;
	snprintf(ltr_lua.loading, sizeof(ltr_lua.loading), "%.*s", (int)len, base);
	if (inline_code) {
		rc = luaL_loadbuffer(L, path, strlen(path), "=(-L)");
	} else if (builtin) {
		/* messages name it as a file: "(built in)/count.lua:12: ..." */
		lua_pushfstring(L, "@%s", path);
		rc = luaL_loadbuffer(L, builtin, builtin_len, lua_tostring(L, -1));
		lua_remove(L, -2); /* the chunk name */
	} else {
		rc = luaL_loadfile(L, path);
	}
	if (rc != LUA_OK) {
		ltr_msg("%s\n", lua_tostring(L, -1));
		lua_pop(L, 1);
		return false;
	}
	lua_newtable(L);               /* the script's _ENV */
	if (inline_code) {
		/*
		 * -L: ltr's functions are globals too (on_exit, map, printf...),
		 * but none hides one of Lua's own (select stays Lua's; ltr's is
		 * ltr.select), except print: a one-liner prints to the trace
		 * output. Internal fields (_print_maps) stay out.
		 */
		lua_getglobal(L, "ltr");
		lua_pushnil(L);
		while (lua_next(L, -2)) {
			const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
			bool lua_own;

			lua_pushglobaltable(L);
			lua_pushvalue(L, -3);
			lua_own = lua_rawget(L, -2) != LUA_TNIL;
			lua_pop(L, 2);    /* _G[key], _G */
			if (!key || key[0] == '_' || (lua_own && strcmp(key, "print") != 0)) {
				lua_pop(L, 1); /* the value: not a global */
				continue;
			}
			lua_pushvalue(L, -2);
			lua_insert(L, -2);
			lua_rawset(L, -5);    /* env[key] = ltr[key] */
		}
		lua_pop(L, 1);            /* the module */
	}
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
	hook_begins(); /* the watchdog times the main chunk too */
	rc = lua_pcall(L, 2, 0, 0);
	hook_ends(L);
	if (rc != LUA_OK) {
		/*
		 * --script-help still describes a script that refuses to run
		 * without its arguments (redirect without -a from=): the
		 * arguments it declared before raising are known.
		 */
		if (ltr_lua.exit_status >= 0) {
			lua_pop(L, 1); /* os.exit() while loading: no message */
			return false;
		}
		if (!for_help || ltr_tracer_interrupted()) {
			if (lua_type(L, -1) == LUA_TSTRING)
				ltr_msg("%s\n", lua_tostring(L, -1));
			else
				ltr_msg("%s: error object is a %s value\n", path,
					luaL_typename(L, -1));
		}
		lua_pop(L, 1); /* the message */
		return for_help;
	}
	return true;
}

/* Whether a script of opts is -L CODE (the same string, not a copy). */
static bool is_inline(const struct ltr_options *opts, const char *script)
{
	unsigned i;

	for (i = 0; i < opts->ninline; i++)
		if (opts->inline_code[i] == script)
			return true;
	return false;
}

/*
 * SIGINT, SIGTERM, SIGHUP or SIGQUIT came while the scripts loaded: ltr
 * returns 128+N at once (main() then ends itself with N), as when it
 * detaches on that signal, before any
 * command is started or process attached (-I takes effect only when
 * tracing starts). A main chunk the signal stopped has said so already
 * ("script at FILE:LINE interrupted by SIGINT"); one that finished first
 * gets this line.
 */
static int interrupted_loading(bool loaded)
{
	int sig = ltr_tracer_interrupted();

	if (loaded) {
		const char *name = ltr_signal_name(sig);

		ltr_msg("interrupted by %s while the scripts loaded\n", name ? name : "a signal");
	}
	return 128 + sig;
}

int ltr_script_init(const struct ltr_options *opts)
{
	lua_State *L;
	unsigned i;

	ltr_lua_path_init();
	if (opts->list_scripts) {
		ltr_lua_list_scripts();
		return -1;
	}
	if (!opts->nscripts && !opts->script_help) {
		if (opts->nscript_args) {
			ltr_msg("-a %s: no script is loaded (-s SCRIPT)\n",
				opts->script_args[0]);
			return LTR_EXIT_SCRIPT;
		}
		return 0; /* no Lua at all: the printer shows everything */
	}
	if (!create_state())
		return LTR_EXIT_SCRIPT;
	L = ltr_lua.L;
	if (opts->script_help) {
		char *path = ltr_lua_find_script(opts->script_help);
		bool ok;

		if (!path) {
			ltr_lua_script_not_found(opts->script_help);
			return LTR_EXIT_SCRIPT;
		}
		ok = load_script(L, opts->script_help, path, true);
		if (ok && !ltr_tracer_interrupted())
			ltr_lua_print_help(L, opts->script_help, path);
		free(path);
		if (ltr_tracer_interrupted())
			return 128 + ltr_tracer_interrupted();
		return ok ? -1 : LTR_EXIT_SCRIPT;
	}
	ltr_lua.hook_timeout = opts->hook_timeout;
	if (!record_args(L, opts))
		return LTR_EXIT_SCRIPT;
	ltr_printer_config.enabled = false;
	for (i = 0; i < opts->nscripts; i++) {
		char *path;
		bool ok;

		if (is_inline(opts, opts->scripts[i])) { /* -L CODE */
			ok = load_script(L, LTR_INLINE_NAME, opts->scripts[i], false);
			if (ltr_lua.exit_status >= 0)
				return ltr_lua.exit_status ? ltr_lua.exit_status : -1;
			if (ltr_tracer_interrupted())
				return interrupted_loading(ok);
			if (!ok)
				return LTR_EXIT_SCRIPT;
			continue;
		}
		path = ltr_lua_find_script(opts->scripts[i]);

		if (!path) {
			ltr_lua_script_not_found(opts->scripts[i]);
			return LTR_EXIT_SCRIPT;
		}
		ok = load_script(L, opts->scripts[i], path, false);
		free(path);
		if (ltr_lua.exit_status >= 0) /* os.exit() at load time */
			return ltr_lua.exit_status ? ltr_lua.exit_status : -1;
		if (ltr_tracer_interrupted())
			return interrupted_loading(ok);
		/*
		 * A stock script the command line chose ("@trace" behind -e
		 * trace=) refused its argument: a bad command line, exit
		 * status 1 as strace's.
		 */
		if (!ok)
			return opts->scripts[i][0] == '@' ? LTR_EXIT_USAGE : LTR_EXIT_SCRIPT;
	}
	if (!check_args(L))
		return LTR_EXIT_SCRIPT;
	ltr_lua_build_tables(L);
	ltr_lua.tracing = true;
	ltr_lua.failed = false;
	for (i = 0; i < ltr_lua.ntimers; i++)
		ltr_lua.timers[i].next = ltr_lua_now() + ltr_lua.timers[i].interval;
	return 0;
}

void ltr_script_shutdown(void)
{
	unsigned i;

	ltr_lua_forget_calls(); /* the references die with the state */
	stop_watch_timer();
	if (ltr_lua.L)
		lua_close(ltr_lua.L);
	ltr_lua.L = NULL;
	ltr_lua.tracing = false;
	for (i = 0; i < LTR_LUA_MAX_ARCHES; i++) {
		free(ltr_lua.wants[i]);
		ltr_lua.wants[i] = NULL;
	}
	free(ltr_lua.timers);
	ltr_lua.timers = NULL;
	ltr_lua.ntimers = 0;
	ltr_lua_path_free();
}
