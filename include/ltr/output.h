/* SPDX-License-Identifier: MIT */
/*
 * The trace output stream (-o FILE or stderr). Buffered: flushed per line
 * when it is a terminal; otherwise at exit, detach and interruption, and
 * also every 100 ms for a regular file and whenever the tracer is about to
 * sleep (its tracees idle) for a pipe or socket.
 */
#ifndef LTR_OUTPUT_H
#define LTR_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

/* Opens path ("-" or NULL: stderr). Returns 0 or -errno. */
int ltr_output_open(const char *path);
void ltr_output_write(const char *data, size_t len);
void ltr_output_flush(void);
void ltr_output_close(void);
/* True when output goes to a file given with -o. */
bool ltr_output_is_file(void);
/*
 * True when output goes to a regular file: it is then fully buffered, and
 * the tracer flushes it when idle (a timer) so that `tail -f` follows.
 */
bool ltr_output_is_regular_file(void);
/*
 * True when output goes to a pipe or socket and lines are waiting: the
 * tracer flushes them before it sleeps, so that `ltr -p PID 2>&1 | grep`
 * shows lines as they come while a busy trace stays batched.
 */
bool ltr_output_idle_flush_due(void);

#endif
