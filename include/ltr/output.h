/* SPDX-License-Identifier: MIT */
/*
 * The trace's output streams. The main stream is -o FILE (created, or
 * appended to with -A), a pipe to a command run by /bin/sh (-o |CMD or
 * -o !CMD), or stderr. With -ff the printer opens one more stream per
 * traced thread, FILE.TID (ltr_output_open_stream()).
 *
 * Buffered: flushed per line to a terminal; otherwise at exit, detach and
 * interruption, and also every 100 ms for regular files and whenever the
 * tracer is about to sleep (its tracees idle) for a pipe or socket.
 *
 * Every write, flush and close is checked. One that fails (a full disk:
 * ENOSPC; the reader of a pipe exited: EPIPE) is reported once per
 * stream, "ltr: FILE: error" as strace words it ("ltr: stderr: error" for
 * stderr), and that stream's later output is dropped. The failure is
 * then fatal (ltr_output_error()): the tracer stops tracing as on SIGINT
 * and ltr exits non-zero. Only EPIPE under -I3/-I4, which ignore SIGPIPE,
 * is not: tracing goes on, as strace's does.
 */
#ifndef LTR_OUTPUT_H
#define LTR_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct ltr_output;

/*
 * Opens the main stream: path NULL or "-" is stderr; "|CMD" or "!CMD"
 * starts CMD with /bin/sh -c, its stdin the read end of a pipe; anything
 * else is a file, truncated or (append) appended to. Returns 0 or -errno.
 */
int ltr_output_open(const char *path, bool append);
/* Writes to the main stream (the printer's hot path without -ff). */
void ltr_output_write(const char *data, size_t len);
/* Flushes every open stream. */
void ltr_output_flush(void);
/*
 * Closes every stream; for -o |CMD, closes the pipe and waits for CMD to
 * exit, as strace does.
 */
void ltr_output_close(void);
/*
 * The errno of the first failed write, flush or close of any stream that
 * ends tracing (see above), 0 while there is none.
 */
int ltr_output_error(void);
/* -I3, -I4: EPIPE is reported but does not end tracing. */
void ltr_output_tolerate_epipe(bool on);
/* True when the main stream is a file or pipe given with -o. */
bool ltr_output_is_file(void);
/*
 * True when a stream goes to a regular file (the main one, or -ff's): it
 * is then fully buffered, and the tracer flushes it when idle (a timer)
 * so that `tail -f` follows.
 */
bool ltr_output_is_regular_file(void);
/*
 * True when the main stream goes to a pipe or socket and lines are
 * waiting: the tracer flushes them before it sleeps, so that `ltr -p PID
 * 2>&1 | grep` shows lines as they come while a busy trace stays batched.
 */
bool ltr_output_idle_flush_due(void);
/*
 * That flush: whole lines only (the end of an unfinished line waits for
 * its line to end), so that what the traced program writes to the same
 * pipe meanwhile never lands inside a line.
 */
void ltr_output_flush_idle(void);
/*
 * Before ltr writes anything else to stderr (a message): when the trace
 * goes to stderr, the end of an unfinished line it holds goes first, so
 * that the message follows it as strace's does ("vfork(ltr: Process N
 * attached").
 */
void ltr_output_before_message(void);
/*
 * The pid of -o |CMD's shell, 0 if none: a child of ltr that the tracer's
 * wait4(-1) may reap, and must not take for a tracee.
 */
pid_t ltr_output_pipe_pid(void);
/* The tracer reaped -o |CMD's shell: ltr_output_close() must not wait. */
void ltr_output_pipe_reaped(void);

/* --- several streams (-ff) --- */

/* The main stream, as a stream. */
struct ltr_output *ltr_output_main(void);
/*
 * Opens another stream on file path (-ff's FILE.TID), fully buffered.
 * Returns NULL with errno set on failure, which is fatal as a failed
 * write is (ltr_output_error()); the caller reports it. ltr_output_flush() and
 * ltr_output_close() include it until ltr_output_close_stream().
 */
struct ltr_output *ltr_output_open_stream(const char *path, bool append);
/* Writes to stream o (any stream, the main one included; NULL: nowhere). */
void ltr_output_put(struct ltr_output *o, const char *data, size_t len);
/* Flushes and closes a stream from ltr_output_open_stream(); frees it. */
void ltr_output_close_stream(struct ltr_output *o);

#endif
