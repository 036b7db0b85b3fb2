/* SPDX-License-Identifier: MIT */
/*
 * What tracing cost, for --stats: stops by kind, Lua hook calls, bytes
 * read from tracees, ltr's own CPU time. One plain global struct; the
 * tracer bumps the counters with LTR_STAT_INC() on its hot path (a plain
 * increment: ltr is single-threaded) and prints them at the end.
 */
#ifndef LTR_STATS_H
#define LTR_STATS_H

#include <stdint.h>
#include <stdio.h>

struct ltr_stats {
	/* ptrace stops, by kind */
	uint64_t stop_entry;     /* syscall-entry stops (PTRACE_SYSCALL) */
	uint64_t stop_exit;      /* syscall-exit stops */
	uint64_t stop_seccomp;   /* PTRACE_EVENT_SECCOMP stops */
	uint64_t stop_signal;    /* signal-delivery stops */
	uint64_t stop_group;     /* group stops (PTRACE_LISTEN) */
	uint64_t stop_event;     /* fork/vfork/clone/exec/exit events */
	/* syscalls */
	uint64_t calls;          /* syscalls seen (entry or seccomp stop) */
	uint64_t calls_no_exit;  /* of those, resumed without an exit stop */
	/* work done per stop */
	uint64_t hook_calls;     /* Lua hook functions run */
	uint64_t lines;          /* trace lines printed */
	uint64_t tracees;        /* threads and processes traced */
	uint64_t delays;         /* stops held by call:delay() */
	uint64_t delays_us;      /* ... their requested length, in microseconds */
	/* waits (see src/wait.c) */
	uint64_t wait_polled;    /* waits that polled before blocking */
	uint64_t wait_poll_hits; /* of those, ended by a stop while polling */
	uint64_t wait_probe_hits; /* of those, probes that found stops quick again */
	uint64_t wait_busy;      /* load checks that found the machine busy */
};

extern struct ltr_stats ltr_stats;

/* ltr_stats.field++ (field: a member of struct ltr_stats). */
#define LTR_STAT_INC(field) ((void)(ltr_stats.field++))
/* ltr_stats.field += n */
#define LTR_STAT_ADD(field, n) ((void)(ltr_stats.field += (uint64_t)(n)))

/* Zeroes the counters and notes the start time (wall and CPU). */
void ltr_stats_start(void);

/*
 * Prints the counters as a small table to out (stderr at the end of a
 * --stats run), with ltr_mem_bytes_read, ltr's CPU time since
 * ltr_stats_start() (getrusage(RUSAGE_SELF)) and the wall time.
 */
void ltr_stats_print(FILE *out);

#endif
