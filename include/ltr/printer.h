/* SPDX-License-Identifier: MIT */
/*
 * The default strace-style printer: syscall lines, signal and exit lines,
 * and the bookkeeping of lines left open by a call that has not returned
 * ("<unfinished ...>" / "<... NAME resumed>").
 */
#ifndef LTR_PRINTER_H
#define LTR_PRINTER_H

#include <signal.h>
#include <stdbool.h>

#include "ltr/options.h"
#include "ltr/syscall.h"

struct tracee;

/*
 * What the default printer does; Lua's ltr.printer reads and writes it.
 * decode is also what call:format() and call:arg() use.
 */
struct ltr_printer_config {
	bool enabled;                   /* print syscall lines at all */
	bool durations;                 /* -T: " <0.000123>" after each call */
	enum ltr_timestamps timestamps; /* -t, -tt, -ttt, -r */
	bool json;                      /* -j: one JSON object per line */
	struct ltr_decode_opts decode;  /* --strsize, -v, -x, -y */
	uint64_t signals;               /* -e signal=: bit N-1 shows signal N */
};
extern struct ltr_printer_config ltr_printer_config;

/*
 * pid_column: prefix every line with the tid as strace does with -o FILE
 * and -f ("1234  "); otherwise "[pid  1234] " is used whenever more than
 * one thread is traced.
 */
void ltr_printer_init(bool pid_column);
void ltr_printer_set_pid_column(bool pid_column);
/* Quiet (-q): no personality-change lines. */
void ltr_printer_set_quiet(bool on);

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
/* Closes t's open line, if any, before detaching: " <detached ...>". */
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
 * Script output (ltr.print, ltr.printf, ltr.json): written after ending
 * an open syscall line, or held back between
 * ltr_printer_hold_script_output(t), called before t's exit hooks run,
 * and ltr_printer_release_script_output(), called once the printer has
 * finished t's line: the line then comes whole, the hooks' output after it.
 */
void ltr_printer_script_output(const char *data, size_t len);
void ltr_printer_hold_script_output(const struct tracee *t);
void ltr_printer_release_script_output(void);

#endif
