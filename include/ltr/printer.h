/* SPDX-License-Identifier: MIT */
/*
 * The default strace-style printer: syscall lines, signal and exit lines,
 * the bookkeeping of lines left open by a call that has not returned
 * ("<unfinished ...>" / "<... NAME resumed>"), -j's JSON objects, the
 * attach/detach notices and what scripts write. An event consumer
 * (ltr_printer_consumer()): the core never calls it directly.
 */
#ifndef LTR_PRINTER_H
#define LTR_PRINTER_H

#include <signal.h>
#include <stdbool.h>

#include "ltr/options.h"
#include "ltr/syscall.h"

struct ltr_arch;
struct ltr_consumer;
struct tracee;

/*
 * What the default printer does; Lua's ltr.printer reads and writes it.
 * How arguments are decoded is ltr_decode_opts (ltr/syscall.h).
 */
struct ltr_printer_config {
	bool enabled;                   /* print syscall lines at all */
	/*
	 * -t/-tt/-ttt/--absolute-timestamps, -r and -T (time.durations:
	 * " <0.000123>" after each call), each with its precision.
	 * ltr_printer_setup() takes all but time.durations from the
	 * options; -T turns durations on through lua/timing.lua.
	 */
	struct ltr_time_format time;
	unsigned columns;               /* -a: the column of " = " (40) */
	bool syscall_number;            /* -n: "[ 257] " before each line */
	bool instruction_pointer;       /* -i: "[00007f0123456789] " */
	bool json;                      /* -j: one JSON object per line */
	uint64_t signals;               /* -e signal=: bit N-1 shows signal N */
	/*
	 * Which syscalls are printed (ltr.trace(), -e trace=); NULL: all.
	 * Read when the want table is built, never while printing.
	 */
	bool (*select)(const struct ltr_arch *arch, long nr);
	/*
	 * A printer filter (ltr.filter, -Z, -z, -e status=) judges ended
	 * calls: lines are then printed whole when the call returns or ends
	 * without a result (LTR_EV_UNRETURNED), unless a consumer before
	 * the printer set the call's "rejected".
	 */
	bool filters;
};
extern struct ltr_printer_config ltr_printer_config;

/* The consumer to add to ltr_events_add(). */
const struct ltr_consumer *ltr_printer_consumer(void);
/*
 * Takes the time options, -a, -n, -i, -j, -e signal=, -q, -o, -f, -ff and
 * -A from opts. With -ff -o FILE every thread's lines go to its own file,
 * FILE.TID (created, or appended to with -A), without pid prefixes, as
 * strace writes them; the file is closed when the thread is gone.
 */
void ltr_printer_setup(const struct ltr_options *opts);

/*
 * For tests: pid_column prefixes every line with the tid as strace does
 * with -o FILE and -f ("1234  "); otherwise "[pid  1234] " is used
 * whenever more than one thread is traced. ltr_printer_setup() decides it
 * from the options instead.
 */
void ltr_printer_init(bool pid_column);

/*
 * What the consumer does with each event (public for the unit tests,
 * which drive the printer with fake tracees).
 */
void ltr_printer_syscall_entry(struct tracee *t);
void ltr_printer_syscall_exit(struct tracee *t);
void ltr_printer_signal(struct tracee *t, const siginfo_t *si);
void ltr_printer_group_stop(struct tracee *t, int sig);
/* The thread ended with wait status; closes its call with " = ?" first. */
void ltr_printer_exit(struct tracee *t, int status);
/*
 * The thread is about to exit (PTRACE_EVENT_EXIT): closes the call it is
 * in with " = ?" now, as strace does at that stop.
 */
void ltr_printer_exiting(struct tracee *t);
/* The thread group leader t was replaced by an execve in thread execer_tid. */
void ltr_printer_superseded(struct tracee *t, int execer_tid);
/* "[ Process PID=N runs in 32 bit mode. ]" */
void ltr_printer_personality(struct tracee *t);
/*
 * t's call ended without a result (LTR_EV_UNRETURNED; t->call.end says
 * how): " = ?", " = ? <unavailable>" or " <detached ...>", or the whole
 * line when it was deferred and no filter rejected it.
 */
void ltr_printer_unreturned(struct tracee *t);
/*
 * Before detaching: closes t's open line, if any, with " <detached ...>"
 * (a call in progress is left to ltr_printer_unreturned(), which comes
 * next).
 */
void ltr_printer_detach(struct tracee *t);

/*
 * For Lua's call:format(): appends t's current call as strace prints it,
 * without pid prefix, timestamp, -T time or newline: at entry the entry
 * part ("openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC"), at exit
 * the whole line ("... = 3", with " (INJECTED)" when injected). Decodes
 * into out from a copy of the call: the printer's state is untouched.
 * Valid until the printer has seen the call's exit, and after for an
 * exited call (then decoded afresh from tracee memory).
 */
void ltr_printer_format(struct tracee *t, struct ltr_strbuf *out);

/*
 * Before a message of ltr's own on stderr in the middle of the trace (a
 * hook's error): when the trace goes to stderr too and a call's line is
 * open there, ends it with " <unfinished ...>" (the call's exit then
 * starts a new line, "<... NAME resumed>"), so that the message has a
 * line of its own.
 */
void ltr_printer_break_line(void);

#endif
