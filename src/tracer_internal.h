/* SPDX-License-Identifier: MIT */
/*
 * Private declarations shared by the ptrace core: tracer.c (the loop,
 * signals, resuming), launch.c (running a command), attach.c (-p and
 * detaching), stops.c (what each stop means), filter.c (the seccomp
 * policy) and wait.c (waiting for the next stop). The rest of ltr goes through include/ltr/tracer.h.
 */
#ifndef LTR_TRACER_INTERNAL_H
#define LTR_TRACER_INTERNAL_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <linux/filter.h>

#include "ltr/options.h"
#include "ltr/syscall.h"

struct tracee;

/*
 * What ltr does with SIGHUP, SIGINT, SIGQUIT, SIGPIPE and SIGTERM (-I).
 * strace's default is NEVER for -o FILE with a command, NEVER_TSTP with
 * -D, WAITING otherwise; ltr keeps NEVER_TSTP for -D, and otherwise
 * defaults to DETACH, so that any tracing session can be ended without
 * ending what is traced.
 */
enum ltr_tracer_intr {
	LTR_INTR_DETACH,     /* ltr's default: detach from every tracee and exit */
	LTR_INTR_ANYWHERE,   /* -I1: not caught: ltr dies; tracees carry on untraced */
	LTR_INTR_WAITING,    /* -I2: as DETACH, and the launched command gets the signal */
	LTR_INTR_NEVER,      /* -I3: ignored */
	LTR_INTR_NEVER_TSTP, /* -I4: ignored, and SIGTSTP too */
};

/* What the modules of the ptrace core share; one instance, ltr_tracer. */
struct tracer_state {
	const struct ltr_options *options;
	unsigned seize_options;
	pid_t launched_pid;
	/*
	 * What the consumers need of the core (LTR_NEED_*): entry times
	 * (timestamps, JSON, scripts); the stopped process's rusage with
	 * every wait (LTR_NEED_RUSAGE: a call's system CPU time, strace -c's
	 * measure, is the difference of ru_stime between its entry and exit
	 * stops); the 100 ms tick.
	 */
	unsigned needs;
	struct rusage last_rusage;
	/*
	 * Kernel-side filtering (launched commands only): a seccomp filter makes
	 * only the wanted syscalls stop, as PTRACE_EVENT_SECCOMP stops, and
	 * tracees run with PTRACE_CONT in between; PTRACE_SYSCALL is used only to
	 * reach the exit stop of a call something needs the exit of.
	 */
	bool use_seccomp;
	struct sock_fprog seccomp_prog;
	/*
	 * Interrupted while tracees carry a seccomp filter: they cannot be
	 * detached (their wanted syscalls would fail with ENOSYS), so ltr goes on
	 * serving their stops silently until they exit.
	 */
	bool draining;
	unsigned nparked;    /* tracees held by call:delay() (TRACEE_PARKED) */
	int launched_status; /* -1 until the launched command is gone */
	bool launched_done;
	/*
	 * -b execve or a script (proc:detach()) detached the launched
	 * command: it is still ltr's child, which ltr waits for. After a
	 * script's detach its status is still ltr's (launched_status); after
	 * -b execve's ltr exits 0, as strace.
	 */
	bool launched_detached;
	bool launched_keeps_status;
	bool launched_reaped; /* ... and its exit was collected */
	bool launched_signalled; /* -I2 sent it the signal that interrupted ltr */
	enum ltr_tracer_intr intr;
};

extern struct tracer_state ltr_tracer;

/* --- tracer.c: the loop --- */

/*
 * Resumes t, delivering sig. Under a seccomp filter the tracee runs freely
 * (PTRACE_CONT) unless the exit of its current call is wanted.
 */
void ltr_tracer_resume(struct tracee *t, int sig);
/* The detached launched command's exit (status) was collected. */
void ltr_tracer_launched_reaped(int status);
/* Points the signal handler's wake-up at a tracee still in the table. */
void ltr_tracer_refresh_wake(void);
/*
 * Holds t, which is in a syscall stop, for ns nanoseconds instead of
 * resuming it (call:delay()): the loop resumes it, delivering sig, when
 * they passed, and serves the other tracees meanwhile.
 */
void ltr_tracer_park(struct tracee *t, uint64_t ns, int sig);
/* t is no longer held in its stop (resumed, dying, detached). */
void ltr_tracer_unpark(struct tracee *t);
/* -I's level for opts, defaults applied. */
enum ltr_tracer_intr ltr_tracer_intr(const struct ltr_options *opts);
/* --- wait.c: waiting for the next stop --- */

/*
 * Sets up the waits: polling briefly before blocking when spin is true
 * and there is more than one CPU (see wait.c).
 */
void ltr_wait_init(bool spin);
/*
 * wait4(-1, status, __WALL, ru), polling first when stops have been
 * coming quickly. Returns -1 with errno EINTR as soon as *interrupted is
 * set while polling.
 */
pid_t ltr_wait_next(int *status, struct rusage *ru, volatile sig_atomic_t *interrupted);
/*
 * The same while tracees are parked: waits for a stop no later than
 * due_ns (CLOCK_MONOTONIC), and returns 0 when that time came first. A
 * SIGINT, SIGTERM, SIGHUP or SIGQUIT that arrives meanwhile is taken
 * here: *interrupted is set to it and -1 returned with errno EINTR.
 */
pid_t ltr_wait_until(int *status, struct rusage *ru, volatile sig_atomic_t *interrupted,
		     int64_t due_ns);

/* --- launch.c --- */

/*
 * Runs opts->argv stopped, seizes it and lets it go on towards its execve
 * (under the seccomp filter when ltr_tracer.use_seccomp), with -E's
 * environment and -u's user; with -D, as the tracer's grandparent.
 * Returns 0 (in the tracer), or an exit status for ltr after printing one
 * line on stderr.
 */
int ltr_launch_command(const struct ltr_options *opts);

/* --- attach.c: -p, and detaching --- */

/*
 * Seizes every thread of pid and interrupts it. Returns 0, or -errno after
 * printing one line on stderr.
 */
int ltr_attach_process(pid_t pid);
/* Detaches t, which is in a ptrace-stop described by status; t is freed. */
void ltr_attach_detach_stopped(struct tracee *t, int status);
/* Detaches from every tracee (interrupted, no seccomp filter). */
void ltr_attach_detach_all(void);
/* Detaches what scripts asked to let go of since the last call, if any. */
void ltr_attach_serve_requests(void);

/* --- stops.c --- */

/* Handles one wait status of tid and resumes it (or lets it go). */
void ltr_stops_handle(pid_t tid, int status);
/*
 * Registers a new child or thread reported by a fork, vfork or clone event
 * (parent NULL when the child stopped first); returns it, or the tracee
 * already registered under tid.
 */
struct tracee *ltr_stops_adopt(pid_t tid, const struct tracee *parent);
/* Reports t's end (status as from wait) and unregisters it; t is freed. */
void ltr_stops_gone(struct tracee *t, int status);
/* Unregisters t without a report; t is freed. */
void ltr_stops_drop(struct tracee *t);
/*
 * Ends t's call without a result (LTR_EV_UNRETURNED), how being
 * LTR_END_UNFINISHED, _UNAVAILABLE or _DETACHED; nothing when t is not
 * inside a call the consumers saw begin, or the call already ended.
 */
void ltr_stops_unreturned(struct tracee *t, enum ltr_call_end how);
/* The thread group id of tid, from /proc; tid itself when unknown. */
pid_t ltr_stops_tgid_of(pid_t tid);

/* --- filter.c: the seccomp policy --- */

/*
 * Decides whether a launched command runs under a seccomp filter and builds
 * it (ltr_tracer.use_seccomp, .seccomp_prog).
 */
void ltr_filter_setup(void);
/* Stops printing and hooks and serves filtered tracees until they exit. */
void ltr_filter_start_draining(void);

#endif
