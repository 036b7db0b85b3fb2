/* SPDX-License-Identifier: MIT */
/*
 * The one door between the tracer and Lua (src/script*.c). Nothing else
 * includes lua.h. What scripts want is decided once, at load time, into a
 * per-arch, per-syscall table of LTR_WANT_* bits that the trace loop reads
 * on every stop; a syscall nobody asked for costs one table lookup.
 *
 * Every hook runs under a protected call with a traceback handler. When a
 * hook raises, the error is printed, ltr_script_failed() turns true and
 * the tracer detaches from every tracee and exits non-zero.
 */
#ifndef LTR_SCRIPT_H
#define LTR_SCRIPT_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "ltr/options.h"

struct ltr_arch;
struct tracee;

/* Bits of ltr_script_wants(). */
enum {
	LTR_WANT_ENTER = 1u << 0, /* an on_enter hook matches */
	LTR_WANT_EXIT = 1u << 1,  /* an on_exit hook matches */
	LTR_WANT_PRINT = 1u << 2, /* the default printer shows this syscall */
};

/*
 * Creates the Lua state, loads the scripts of opts in order, applies -a
 * arguments. On a script error prints "ltr: FILE:LINE: message" and
 * returns non-zero (before any tracee exists). With no script at all the
 * printer is enabled for every syscall and no Lua state is created.
 * Also serves -l/--list and --script-help (returns 1 after printing).
 */
int ltr_script_init(const struct ltr_options *opts);
void ltr_script_shutdown(void);

/* The LTR_WANT_* bits of syscall nr of arch (hot path: a table lookup). */
unsigned ltr_script_wants(const struct ltr_arch *arch, long nr);
/* True when some hook or printer needs syscall exits at all. */
bool ltr_script_needs_exit(void);

/* Hooks. t->call is filled (entry) or completed (exit) by the tracer. */
void ltr_script_enter(struct tracee *t);
void ltr_script_exit(struct tracee *t);
/* Printer filters (ltr.filter): true when every filter accepts the call. */
bool ltr_script_filter(struct tracee *t);
bool ltr_script_has_filters(void);
void ltr_script_signal(struct tracee *t, const siginfo_t *si);
/* kind: "start", "exec" or "exit"; status is the wait status for "exit". */
void ltr_script_process(struct tracee *t, const char *kind, int status);
/* Runs due ltr.every() timers; returns ms until the next one, or -1. */
int ltr_script_tick(void);
/* ltr.on_end hooks, once. */
void ltr_script_end(void);
/* A tracee goes away: its call object must not be used any more. */
void ltr_script_forget(struct tracee *t);

/* A hook raised an error (already printed). */
bool ltr_script_failed(void);

#endif
