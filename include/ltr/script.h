/* SPDX-License-Identifier: MIT */
/*
 * The one door between the tracer and Lua (src/script*.c). Nothing else
 * includes lua.h. What scripts want is decided once, at load time, into a
 * per-arch, per-syscall table of LTR_WANT_* bits, which the events module
 * folds into the table the trace loop reads on every stop; a syscall
 * nobody asked for costs one table lookup.
 *
 * Every hook runs under a protected call with a traceback handler. When a
 * hook raises, the error is printed, ltr_events_failed() turns true and
 * the tracer detaches from every tracee and exits non-zero.
 */
#ifndef LTR_SCRIPT_H
#define LTR_SCRIPT_H

#include "ltr/options.h"

struct ltr_consumer;

/*
 * Creates the Lua state, loads the scripts of opts in order, applies -a
 * arguments. On a script error prints "ltr: FILE:LINE: message" and
 * returns non-zero (before any tracee exists). With no script at all the
 * printer is enabled for every syscall and no Lua state is created.
 * Also serves -l/--list and --script-help (returns -1 after printing).
 * Returns 0 to go on, or ltr's exit status (LTR_EXIT_SCRIPT).
 */
int ltr_script_init(const struct ltr_options *opts);
void ltr_script_shutdown(void);

/*
 * The scripts as event consumers (include/ltr/events.h): "script" runs
 * the hooks and changes calls; "filter" judges finished calls for the
 * printer (ltr.filter) and must come before the printer. Both want
 * nothing without a script. A hook that raises makes ltr_events_failed()
 * true.
 */
const struct ltr_consumer *ltr_script_consumer(void);
const struct ltr_consumer *ltr_script_filter_consumer(void);

/*
 * The status a script gave os.exit() (which ended tracing as an error
 * does), or -1 when none called it.
 */
int ltr_script_exit_status(void);

#endif
