/* SPDX-License-Identifier: MIT */
/*
 * The ptrace core; see include/ltr/tracer.h. This file holds the loop, the
 * signal handlers and timers, and resuming; the rest of the core is in
 * launch.c, attach.c, stops.c, filter.c and wait.c (see tracer_internal.h).
 *
 * Every tracee is PTRACE_SEIZEd. A launched command stops itself with
 * SIGSTOP before its execve; ltr seizes it and sends SIGCONT, and hides
 * everything it does until the execve, so the trace starts with the
 * execve line as strace's does. Attached processes (-p) are seized thread
 * by thread from /proc/PID/task and stopped with PTRACE_INTERRUPT.
 *
 * What the stops mean goes to the consumers as events (stops.c,
 * include/ltr/events.h): this loop knows nothing of printing or Lua.
 *
 * One loop waits for any tracee, handles the stop and resumes it at once:
 * no tracee is ever kept stopped between iterations, except group-stopped
 * ones, which sit in PTRACE_LISTEN exactly as long as the process is
 * stopped for its own reasons (kill -STOP / kill -CONT).
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include "ltr/events.h"
#include "ltr/output.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "tracer_internal.h"

struct tracer_state ltr_tracer = { .launched_status = -1 };

/* Set by the handler of SIGINT, SIGTERM, SIGHUP and SIGQUIT. */
static volatile sig_atomic_t interrupted;
/*
 * Set every TICK_MS by SIGALRM when tracing into a regular file (to flush
 * it) or when a consumer needs LTR_EV_TICK (scripts' ltr.every() timers).
 */
static volatile sig_atomic_t flush_due;
#define TICK_MS 100
/* A tracee the handler interrupts so that a blocked waitpid returns. */
static volatile pid_t wake_tid;

static void on_fatal_signal(int sig)
{
	int saved = errno;

	interrupted = sig;
	if (wake_tid > 0)
		ptrace(PTRACE_INTERRUPT, wake_tid, 0L, 0L);
	errno = saved;
}

int ltr_tracer_interrupted(void)
{
	return interrupted;
}

static void on_alarm(int sig)
{
	(void)sig;
	flush_due = 1;
}

/*
 * Output to a regular file is fully buffered; a timer makes a blocked
 * waitpid return (EINTR) now and then so that the buffer is flushed while
 * tracees are idle. Writes to a regular file are never interrupted, so the
 * signal only ever cuts the wait short.
 */
static void start_flush_timer(void)
{
	struct itimerval it = {
		{ 0, TICK_MS * 1000 }, { 0, TICK_MS * 1000 },
	};
	struct sigaction sa;

	if (!ltr_output_is_regular_file() && !(ltr_tracer.needs & LTR_NEED_TICK))
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
}

static void stop_flush_timer(void)
{
	struct itimerval it;

	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, NULL);
}

void ltr_tracer_install_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct sigaction sa;
	unsigned i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigfillset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: waitpid must return EINTR */
	for (i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	signal(SIGTTOU, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
}

/* Points the signal handler's wake-up at a tracee still in the table. */
void ltr_tracer_refresh_wake(void)
{
	struct tracee *t = ltr_tracee_first();

	wake_tid = t ? t->tid : 0;
}

/*
 * Resumes t, delivering sig. Under a seccomp filter the tracee runs freely
 * (PTRACE_CONT) unless the exit of its current call is wanted.
 */
void ltr_tracer_resume(struct tracee *t, int sig)
{
	int request = PTRACE_SYSCALL;

	if (ltr_tracer.use_seccomp && !(t->flags & TRACEE_IN_SYSCALL))
		request = PTRACE_CONT;
	if (ptrace(request, t->tid, 0L, (long)sig) < 0 && errno != ESRCH)
		fprintf(stderr, "ltr: resume %d: %s\n", t->tid, strerror(errno));
}

/*
 * With several tracees, every stop already waiting is collected before
 * any is handled: wait4 returns ready tracees in a fixed order, so a busy
 * thread that is always ready again would otherwise starve the others.
 * The first event was taken by the blocking wait; the rest come with
 * WNOHANG (one extra wait per batch, only when several tracees exist).
 */
#define BATCH_MAX 64

static void handle_batch(pid_t first_tid, int first_status)
{
	static struct {
		pid_t tid;
		int status;
		struct rusage ru;
	} batch[BATCH_MAX];
	unsigned n = 1, i;

	batch[0].tid = first_tid;
	batch[0].status = first_status;
	batch[0].ru = ltr_tracer.last_rusage;
	while (n < BATCH_MAX) {
		pid_t tid = wait4(-1, &batch[n].status, __WALL | WNOHANG,
				  (ltr_tracer.needs & LTR_NEED_RUSAGE) ? &batch[n].ru : NULL);

		if (tid <= 0)
			break;
		batch[n++].tid = tid;
	}
	for (i = 0; i < n; i++) {
		/* a tracee gone meanwhile (e.g. replaced by an execve) */
		if (!WIFSTOPPED(batch[i].status) && !ltr_tracee_find(batch[i].tid))
			continue;
		ltr_tracer.last_rusage = batch[i].ru;
		ltr_stops_handle(batch[i].tid, batch[i].status);
	}
}

/* --- the loop --- */

/* ltr's exit status once tracing is over; see ltr_tracer_run(). */
static int exit_status(void)
{
	if (!ltr_tracer.launched_pid) /* attach mode: as strace -p */
		return interrupted ? 128 + interrupted : 0;
	if (!ltr_tracer.launched_done)
		return interrupted ? 128 + interrupted : 0;
	if (WIFEXITED(ltr_tracer.launched_status))
		return WEXITSTATUS(ltr_tracer.launched_status);
	if (WIFSIGNALED(ltr_tracer.launched_status))
		return 128 + WTERMSIG(ltr_tracer.launched_status);
	return 0;
}

int ltr_tracer_run(const struct ltr_options *opts)
{
	unsigned i;
	int rc;

	ltr_tracer.options = opts;
	ltr_tracer.needs = ltr_events_needs();
	ltr_tracer.seize_options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
	if (opts->follow)
		ltr_tracer.seize_options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	ltr_wait_init(!opts->no_spin);

	if (opts->argv) {
		/*
		 * Kernel-side filtering needs -f: a filter is inherited by every
		 * child, and a child ltr did not follow would still need ltr
		 * to serve its filter (as a hidden tracee), which would keep it
		 * from being traced by its own parent (a debugger, strace, a
		 * test calling PTRACE_TRACEME), so without -f ltr stops at
		 * every syscall, as strace does without --seccomp-bpf. A filter
		 * also makes its processes resume with PTRACE_CONT between
		 * stops, which processes attached too (-p PID PROG) do not
		 * have: with -p the command runs unfiltered as well.
		 */
		if (!opts->no_seccomp && opts->follow && !opts->npids)
			ltr_filter_setup();
		rc = ltr_launch_command(opts->argv);
		if (rc)
			return rc;
	}
	if (opts->npids) {
		/* An attached process is traced whole: its new threads too. */
		ltr_tracer.seize_options |= PTRACE_O_TRACECLONE;
		for (i = 0; i < opts->npids; i++)
			ltr_attach_process(opts->pids[i]);
		if (!ltr_tracee_count())
			return LTR_EXIT_FAILURE;
	}
	ltr_tracer_refresh_wake();

	start_flush_timer();
	while (ltr_tracee_count() > 0) {
		int status;
		pid_t tid;

		if (interrupted || ltr_events_failed()) {
			if (!ltr_tracer.use_seccomp) {
				ltr_attach_detach_all();
				break;
			}
			ltr_filter_start_draining();
		}
		ltr_attach_serve_requests();
		if (flush_due) {
			flush_due = 0;
			ltr_output_flush();
			if (ltr_tracer.needs & LTR_NEED_TICK)
				ltr_events_emit_simple(LTR_EV_TICK, NULL);
		}
		tid = ltr_wait_next(&status,
				    (ltr_tracer.needs & LTR_NEED_RUSAGE) ? &ltr_tracer.last_rusage : NULL,
				    &interrupted);
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			if (errno != ECHILD)
				fprintf(stderr, "ltr: wait: %s\n", strerror(errno));
			break;
		}
		if (ltr_tracee_count() > 1)
			handle_batch(tid, status);
		else
			ltr_stops_handle(tid, status);
	}
	stop_flush_timer();
	free(ltr_tracer.seccomp_prog.filter);
	ltr_events_emit_simple(LTR_EV_END, NULL);
	ltr_output_flush();
	if (ltr_events_failed())
		return LTR_EXIT_FAILURE;
	return exit_status();
}
