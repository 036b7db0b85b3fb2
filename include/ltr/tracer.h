/* SPDX-License-Identifier: MIT */
/*
 * The ptrace core: launching or attaching, the wait loop, following
 * children, delivering signals, detaching.
 */
#ifndef LTR_TRACER_H
#define LTR_TRACER_H

#include <sys/types.h>

#include "ltr/options.h"

/*
 * Checks what must be checked before any output is opened, as strace
 * does: -u's user exists and ltr runs as root. Returns 0, or ltr's exit
 * status after printing strace's message on stderr.
 */
int ltr_tracer_prepare(const struct ltr_options *opts);

/*
 * Traces what opts asks for until every tracee is gone or ltr is told to
 * stop (SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, as -I says: it then
 * detaches from every tracee). Returns ltr's exit status: the launched
 * command's (128+N when killed by signal N; 0 when -b execve detached
 * it), 0 for attach mode, 128+N when signal N interrupted tracing, or
 * LTR_EXIT_FAILURE after printing one line on stderr when tracing could
 * not start. With -D, returns in the tracer only.
 */
int ltr_tracer_run(const struct ltr_options *opts);

/*
 * After ltr_tracer_run(): the signal ltr must end with, as strace ends
 * itself with it, or 0. When ltr_tracer_run() returned 128+N for a
 * command killed by signal N, or for signal N that interrupted tracing,
 * this is N: a shell cannot tell the two endings apart, but the tracer's
 * own parent waiting for it can.
 */
int ltr_tracer_exit_signal(void);

/*
 * Installs ltr's handlers of SIGINT, SIGTERM, SIGHUP and SIGQUIT: called
 * first thing in main(), so that such a signal, however early, makes ltr
 * stop tracing cleanly (ltr_tracer_run() sees it) instead of killing it.
 */
void ltr_tracer_install_signals(void);

/*
 * The signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that told ltr to stop, or
 * 0: a hook that runs when it comes is interrupted (script.c).
 */
int ltr_tracer_interrupted(void);
/*
 * How many of those signals came: the end hooks (ltr.on_end), which run
 * because one came, are interrupted only by one more.
 */
unsigned ltr_tracer_interrupt_count(void);

/*
 * In a child of ltr before its execve (the launched command, a script's
 * os.execute): puts back the blocked signals and the ignored ones as ltr
 * found them when it started (-I3 ignores SIGINT, ltr needs SIGCHLD, and
 * so on), every other signal to its default: what strace's command
 * inherits, forked before strace changes its own.
 */
void ltr_tracer_child_signals(void);

/*
 * Asks the tracer to detach from every thread of process pid once the
 * current hook returns (Lua's proc:detach()). Safe to call from hooks.
 */
void ltr_tracer_request_detach(pid_t pid);
/*
 * A consumer's needs() changed while tracing (a script set its first
 * timer from a hook): the tracer reads them again and starts what they
 * now ask for (the tick of LTR_NEED_TICK).
 */
void ltr_tracer_needs_changed(void);

#endif
