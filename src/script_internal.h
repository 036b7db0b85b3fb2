/* SPDX-License-Identifier: MIT */
/*
 * Private declarations shared by the Lua bridge (src/script*.c). Only these
 * files include lua.h; the rest of ltr goes through include/ltr/script.h.
 */
#ifndef LTR_SCRIPT_INTERNAL_H
#define LTR_SCRIPT_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include <lauxlib.h>
#include <lua.h>

#include "ltr/sysset.h"

struct ltr_arch;
struct tracee;

/* Metatable names. */
#define LTR_CALL_META "ltr.call"
#define LTR_ARGS_META "ltr.call.args"
#define LTR_PROC_META "ltr.proc"
#define LTR_SELECTOR_META "ltr.selector"
#define LTR_PRINTER_META "ltr.printer"

/* --- the bridge's state, shared by script*.c --- */

#define LTR_LUA_MAX_ARCHES 8

/* An ltr.every() timer. */
struct ltr_lua_timer {
	double interval;  /* seconds */
	double next;      /* monotonic seconds of the next run */
	int fn_ref;       /* registry reference of the function */
};

struct ltr_lua_bridge {
	lua_State *L;
	bool tracing;        /* scripts loaded, want tables built */
	bool failed;
	bool ended;
	/*
	 * Interrupting signals (ltr_tracer_interrupt_count()) already acted
	 * on: the one that ended tracing does not stop the end hooks.
	 */
	unsigned interrupts_handled;
	bool entry_stops;    /* ltr.no_seccomp(): LTR_NEED_ENTRY_STOPS */
	uint8_t *wants[LTR_LUA_MAX_ARCHES];        /* LTR_WANT_* of the hooks */
	uint8_t wants_unknown[LTR_LUA_MAX_ARCHES]; /* numbers beyond the table */
	const struct ltr_sysset *print_sel;  /* ltr.trace()'s, or NULL: all */
	struct tracee *current; /* whose hook runs (ltr.print's OUTPUT events) */
	const struct ltr_arch *last_arch;
	int last_index;
	int ref_state;       /* registry table of everything below */
	int ref_enter;       /* [arch index + 1][nr or -1] = { fn, ... } */
	int ref_exit;
	int ref_calls;       /* lightuserdata tracee -> call object */
	unsigned nfilters, nfilters_enter, nsignal, nprocess;
	struct ltr_lua_timer *timers;
	unsigned ntimers;
	/* The watchdog of running hooks (see script.c). */
	double hook_timeout;  /* seconds; 0: none (--hook-timeout) */
	volatile double hook_started; /* when the running protected call began */
	bool aborting;        /* a hook is being stopped: the error passes on */
	char abort_msg[512];  /* its message */
	bool one_line_error;  /* the error is ltr's own: no traceback */
	int exit_status;      /* os.exit()'s status, -1 when not called */
	size_t mem_used;      /* bytes the Lua state holds */
	char loading[256];    /* the script loading, as -l names it ("count") */
};
extern struct ltr_lua_bridge ltr_lua;

/* --- script.c: the state, protected calls, loading --- */

/* Monotonic seconds. */
double ltr_lua_now(void);
/* The message handler of every hook call: the error with a traceback. */
int ltr_lua_traceback(lua_State *L);
/*
 * lua_pcall with the traceback handler already at stack index handler;
 * reports an error and marks the scripts failed.
 */
bool ltr_lua_pcall_at(lua_State *L, int nargs, int nresults, int handler);
/* Appends the value on top to the list state[field] (pops it). */
void ltr_lua_append_state(lua_State *L, const char *field);


/*
 * Calls the function below nargs arguments on the stack under a traceback
 * handler. On error prints "ltr: message" with the traceback on stderr,
 * marks the scripts failed and returns false (nothing is left on the
 * stack); on success leaves nresults values.
 */
bool ltr_lua_pcall(lua_State *L, int nargs, int nresults);
/* Index of arch in ltr_arches[], or -1. */
int ltr_lua_arch_index(const struct ltr_arch *arch);
/* Number of arches in ltr_arches[]. */
unsigned ltr_lua_narches(void);

/* --- script_hooks.c: registration (ltr.on_enter, ...), want tables --- */

/* Registers on_enter, on_exit, on_signal, ... into the module table on top. */
void ltr_lua_open_hooks(lua_State *L);
/*
 * Builds the want bytes and the per-(arch, nr) hook lists from the
 * registered hooks, and hands ltr.trace()'s selection to the printer.
 */
void ltr_lua_build_tables(lua_State *L);
/* Rebuilds the want table after ltr.printer or ltr.trace changed. */
void ltr_lua_printer_changed(lua_State *L);
/* The hooks' LTR_WANT_* for nr of arch (a table lookup). */
unsigned ltr_lua_wants(const struct ltr_arch *arch, long nr);

/* --- script_events.c: the consumers (dispatch of events to hooks) --- */

/*
 * What ltr.print and friends write: an LTR_EV_OUTPUT event (raw_json:
 * ltr.json's lines, which -j keeps as they are; data NULL: the end).
 */
void ltr_lua_output(const char *data, size_t len, bool raw_json);
/* Drops every cached call object reference (before lua_close). */
void ltr_lua_forget_calls(void);

/*
 * Raises the error value on top again (a string), prefixed with the
 * calling script's "FILE:LINE: " (for errors of C functions that call
 * Lua's own, which name no place in the script).
 */
int ltr_lua_error_at_caller(lua_State *L);

/*
 * The value at idx assigned to a field (a __newindex), or an error that
 * names the field: "ltr.printer.columns: integer expected, got string"
 * (luaL_check* would name Lua's 'newindex').
 */
lua_Integer ltr_lua_field_integer(lua_State *L, int idx, const char *field);
bool ltr_lua_field_bool(lua_State *L, int idx, const char *field);
const char *ltr_lua_field_string(lua_State *L, int idx, const char *field);

/* --- script_path.c: the script path, -l, --script-help --- */

/* Builds the script path once (see README: Script path). */
void ltr_lua_path_init(void);
void ltr_lua_path_free(void);
/* The directories of the script path, in search order. */
const char *const *ltr_lua_path_dirs(unsigned *n);
/* Where the built-in stock scripts "live" (-l, messages, their paths). */
#define LTR_LUA_BUILTIN_DIR "(built in)"
/*
 * The file of script NAME (caller frees), or NULL; see script_path.c. A
 * built-in stock script's is LTR_LUA_BUILTIN_DIR "/NAME.lua", which
 * ltr_lua_builtin_text() reads.
 */
char *ltr_lua_find_script(const char *name);
/* "script 'NAME' not found (searched: ...)": where ltr_lua_find_script() looked. */
void ltr_lua_script_not_found(const char *name);
/* The text of the built-in script at path (len bytes), or NULL when path
 * is not a built-in one's. */
const char *ltr_lua_builtin_text(const char *path, size_t *len);
/* -l: every script on the path. */
void ltr_lua_list_scripts(void);
/* --script-help: the description and the declared arguments. */
void ltr_lua_print_help(lua_State *L, const char *name, const char *path);
/* Pushes field of the registry state table (hooks, args_given, ...). */
void ltr_lua_push_state(lua_State *L, const char *field);
/* True once every script is loaded and tracing may start. */
bool ltr_lua_tracing(void);

/* --- script_call.c: the "ltr.call" userdata, one per tracee --- */

struct call_object {
	uint32_t magic;        /* LTR_CALL_MAGIC: __index's cheap type check */
	struct tracee *tracee; /* NULL once the tracee is gone */
	bool valid;            /* inside a hook of this tracee */
	double duration;       /* seconds, entry to exit (set at exit) */
};

#define LTR_CALL_MAGIC 0x6c747263u /* "ltrc" */

void ltr_lua_open_call(lua_State *L);
/* Pushes a new call object for t. */
struct call_object *ltr_lua_new_call(lua_State *L, struct tracee *t);
/* errno number of a name ("EACCES") or -1. */
int ltr_lua_errno_number(const char *name);
/* Reads an errno name or number at idx (raises on anything else). */
int ltr_lua_check_errno(lua_State *L, int idx);
/* Reads a signal name or number at idx; def when absent. */
int ltr_lua_check_signal(lua_State *L, int idx, int def);

/* Pushes the table call:fd() returns for a descriptor looked up. */
struct ltr_fdinfo;
void ltr_lua_push_fdinfo(lua_State *L, const struct ltr_fdinfo *fi);
/* Pushes that table for descriptor fd of thread tid, or nil, msg, errno. */
int ltr_lua_push_fd(lua_State *L, pid_t tid, int fd);

/* --- script_proc.c: the "ltr.proc" userdata --- */

void ltr_lua_open_proc(lua_State *L);
void ltr_lua_push_proc(lua_State *L, pid_t pid);
/*
 * Keeps pid's comm, exe, cwd, cmdline and argv as they are now, for its
 * proc object once the process is gone; forgets them.
 */
void ltr_lua_proc_remember(lua_State *L, pid_t pid);
void ltr_lua_proc_forget(lua_State *L, pid_t pid);

/* --- script_select.c: compiled syscall selectors --- */

/*
 * A selector is a struct ltr_sysset (ltr/sysset.h: strace's syntax, one
 * parser for the command line and Lua) held in a userdata.
 */
void ltr_lua_open_selector(lua_State *L);
/*
 * Compiles the selector at idx (nil = every syscall, a name, "%class", a
 * set in strace's -e trace= syntax, a list of those, or a selector object)
 * and pushes the compiled selector. Raises a bad-argument error naming
 * argument arg on a mistake.
 */
struct ltr_sysset *ltr_lua_check_selector(lua_State *L, int idx, int arg);
/* Pushes a selector matching nothing, or everything when all. */
struct ltr_sysset *ltr_lua_new_selector(lua_State *L, bool all);

/* --- script_lib.c: the ltr module's C functions --- */

/* Pushes the module table with every C function (hooks included). */
void ltr_lua_open_module(lua_State *L);
/* Pushes the value at idx encoded as JSON (raises on cycles). */
void ltr_lua_json_encode(lua_State *L, int idx);

/* --- script_call.c: stack frames (call:backtrace, proc:symbolize) --- */

struct ltr_frame;
/* Pushes {pc=, module=, symbol=, offset=, module_offset=, file=, line=}. */
void ltr_lua_push_frame(lua_State *L, const struct ltr_frame *frame);

#endif
