/* SPDX-License-Identifier: MIT */
/*
 * -d, --debug: ltr's own debug lines on stderr, "ltr: [debug] ...": what it
 * decided (the want table, the seccomp filter or why none, how the
 * command is launched) and, per stop, what the kernel reported. Off, a
 * debug line costs one test of a global flag (LTR_DEBUG()); its
 * arguments are not evaluated.
 */
#ifndef LTR_DEBUG_H
#define LTR_DEBUG_H

#include <stdbool.h>
#include <sys/types.h>

extern bool ltr_debug_enabled;

#define LTR_DEBUG(...)                                              \
	do {                                                        \
		if (__builtin_expect(ltr_debug_enabled, 0))         \
			ltr_debug_printf(__VA_ARGS__);              \
	} while (0)

/* Prints "ltr: [debug] " and the message on stderr, after the trace so far. */
void ltr_debug_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * Describes a wait status of tid: "[wait(0x00857f) = 1234] stopped,
 * SIGTRAP|0x80 (syscall)", "exited with 0", "killed by SIGKILL" ...
 * Call through LTR_DEBUG_WAIT().
 */
void ltr_debug_wait(pid_t tid, int status);

#define LTR_DEBUG_WAIT(tid, status)                                 \
	do {                                                        \
		if (__builtin_expect(ltr_debug_enabled, 0))         \
			ltr_debug_wait(tid, status);                \
	} while (0)

#endif
