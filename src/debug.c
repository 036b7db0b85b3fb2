/* SPDX-License-Identifier: MIT */
/* -d: ltr's own debug lines; see include/ltr/debug.h. */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

#include "ltr/debug.h"
#include "ltr/decode.h"
#include "ltr/msg.h"
#include "ltr/output.h"

bool ltr_debug_enabled;

void ltr_debug_printf(const char *fmt, ...)
{
	va_list ap;

	ltr_output_flush(); /* in order with a trace on stderr */
	ltr_msg("[debug] ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fflush(stderr);
}

/* The name of a ptrace event (status >> 16). */
static const char *event_name(unsigned event)
{
	switch (event) {
	case PTRACE_EVENT_FORK:
		return "fork";
	case PTRACE_EVENT_VFORK:
		return "vfork";
	case PTRACE_EVENT_CLONE:
		return "clone";
	case PTRACE_EVENT_EXEC:
		return "exec";
	case PTRACE_EVENT_VFORK_DONE:
		return "vfork-done";
	case PTRACE_EVENT_EXIT:
		return "exit";
	case PTRACE_EVENT_SECCOMP:
		return "seccomp";
	case PTRACE_EVENT_STOP:
		return "stop";
	default:
		return "?";
	}
}

void ltr_debug_wait(pid_t tid, int status)
{
	const char *name;

	if (WIFEXITED(status)) {
		ltr_debug_printf("[wait(0x%06x) = %d] exited with %d", (unsigned)status, (int)tid,
				 WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		name = ltr_signal_name(WTERMSIG(status));
		ltr_debug_printf("[wait(0x%06x) = %d] killed by %s%s", (unsigned)status, (int)tid,
				 name ? name : "?", WCOREDUMP(status) ? " (core dumped)" : "");
	} else if (WIFSTOPPED(status)) {
		int sig = WSTOPSIG(status);
		unsigned event = (unsigned)status >> 16;

		if (sig == (SIGTRAP | 0x80)) {
			ltr_debug_printf("[wait(0x%06x) = %d] stopped, syscall", (unsigned)status,
					 (int)tid);
			return;
		}
		name = ltr_signal_name(sig);
		if (event)
			ltr_debug_printf("[wait(0x%06x) = %d] stopped, %s, event %s", (unsigned)status,
					 (int)tid, name ? name : "?", event_name(event));
		else
			ltr_debug_printf("[wait(0x%06x) = %d] stopped, signal %s", (unsigned)status,
					 (int)tid, name ? name : "?");
	} else {
		ltr_debug_printf("[wait(0x%06x) = %d] ?", (unsigned)status, (int)tid);
	}
}
