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
 * stopped for its own reasons (kill -STOP / kill -CONT), and tracees a
 * hook asked to delay (call:delay()): those are parked in their syscall
 * stop with a due time, and the loop, which waits for the other tracees'
 * stops meanwhile, wakes up when the earliest is due and resumes it.
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
#include <time.h>

#include "ltr/debug.h"
#include "ltr/events.h"
#include "ltr/mem.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/stats.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "tracer_internal.h"

struct tracer_state ltr_tracer = { .launched_status = -1 };

/* Set by the handler of SIGHUP, SIGINT, SIGQUIT, SIGPIPE and SIGTERM. */
static volatile sig_atomic_t interrupted;
static volatile sig_atomic_t interrupts; /* how many such signals came */
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

	/*
	 * Only the first: the loop knows from then on. Interrupting again
	 * could loop forever: each write of a trace or debug line into a
	 * closed pipe raises SIGPIPE anew, and each interruption makes a stop
	 * to print.
	 */
	interrupts++;
	if (interrupted)
		return;
	interrupted = sig;
	if (wake_tid > 0)
		ptrace(PTRACE_INTERRUPT, wake_tid, 0L, 0L);
	errno = saved;
}

int ltr_tracer_interrupted(void)
{
	return interrupted;
}

unsigned ltr_tracer_interrupt_count(void)
{
	return (unsigned)interrupts;
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

/* The trace loop runs (ltr_tracer.needs was read from the consumers). */
static bool loop_running;

/* See include/ltr/tracer.h. */
void ltr_tracer_needs_changed(void)
{
	unsigned before = ltr_tracer.needs;

	if (!loop_running)
		return; /* read when the loop starts */
	ltr_tracer.needs = ltr_events_needs();
	if ((ltr_tracer.needs & LTR_NEED_TICK) && !(before & LTR_NEED_TICK))
		start_flush_timer();
}

static void stop_flush_timer(void)
{
	struct itimerval it;

	memset(&it, 0, sizeof(it));
	setitimer(ITIMER_REAL, &it, NULL);
}

/*
 * The signals -I is about, as strace's: they end tracing (ltr's default,
 * -I2) or are ignored (-I3; -I4 ignores SIGTSTP too); -I1 leaves them
 * alone.
 */
static const int fatal_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM };
#define NFATAL (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
/*
 * Every signal ltr may change the disposition of (here, the flush timer's
 * SIGALRM, the hook watchdog's SIGPROF in script.c), and what it was.
 */
static const int changed_signals[] = { SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP,
				       SIGTTOU, SIGTTIN, SIGCHLD, SIGALRM, SIGPROF };
#define NCHANGED (sizeof(changed_signals) / sizeof(changed_signals[0]))
static struct sigaction original_actions[NCHANGED];
static bool originals_saved;
/* The blocked signals at startup, which the launched command inherits. */
static sigset_t original_mask;

/* What -I means once defaults are applied; see ltr_tracer_intr(). */
enum ltr_tracer_intr ltr_tracer_intr(const struct ltr_options *opts)
{
	switch (opts->interruptible) {
	case 1:
		return LTR_INTR_ANYWHERE;
	case 2:
		return LTR_INTR_WAITING;
	case 3:
		return LTR_INTR_NEVER;
	case 4:
		return LTR_INTR_NEVER_TSTP;
	default:
		/* strace's default for -D; otherwise ltr's own (see tracer_internal.h) */
		return opts->daemonize ? LTR_INTR_NEVER_TSTP : LTR_INTR_DETACH;
	}
}

/*
 * See include/ltr/tracer.h: ltr's default handling, before the command
 * line is even read; apply_interrupt_level() then makes it what -I says.
 * The dispositions found here are the command's (ltr_tracer_child_signals()).
 */
void ltr_tracer_install_signals(void)
{
	struct sigaction sa;
	unsigned i;

	for (i = 0; i < NCHANGED; i++)
		sigaction(changed_signals[i], NULL, &original_actions[i]);
	sigprocmask(SIG_SETMASK, NULL, &original_mask);
	originals_saved = true;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigfillset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: waitpid must return EINTR */
	for (i = 0; i < NFATAL; i++)
		sigaction(fatal_signals[i], &sa, NULL);
	signal(SIGTTOU, SIG_IGN);
	signal(SIGTTIN, SIG_IGN);
	/*
	 * Stops must raise SIGCHLD (an inherited SIG_IGN would suppress it):
	 * waiting while tracees are parked sleeps until one comes.
	 */
	signal(SIGCHLD, SIG_DFL);
}

/* Makes the fatal signals' dispositions what -I asks for (intr). */
static void apply_interrupt_level(enum ltr_tracer_intr intr)
{
	struct sigaction ign;
	unsigned i, j;

	switch (intr) {
	case LTR_INTR_DETACH:
	case LTR_INTR_WAITING:
		return; /* the handlers of ltr_tracer_install_signals() */
	case LTR_INTR_ANYWHERE:
		/* strace -I1: nothing caught; a fatal signal ends ltr at once */
		for (i = 0; i < NFATAL; i++)
			for (j = 0; j < NCHANGED; j++)
				if (originals_saved && changed_signals[j] == fatal_signals[i])
					sigaction(fatal_signals[i], &original_actions[j], NULL);
		return;
	case LTR_INTR_NEVER_TSTP:
		signal(SIGTSTP, SIG_IGN);
		/* fall through */
	case LTR_INTR_NEVER:
		memset(&ign, 0, sizeof(ign));
		ign.sa_handler = SIG_IGN;
		for (i = 0; i < NFATAL; i++)
			sigaction(fatal_signals[i], &ign, NULL);
		interrupted = 0; /* one that came while starting is ignored too */
		ltr_output_tolerate_epipe(true); /* as strace -I3: EPIPE too */
		return;
	}
}

/* See ltr/tracer.h. */
void ltr_tracer_child_signals(void)
{
	struct sigaction sa;
	sigset_t none;
	unsigned i;

	if (!originals_saved) {
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		return;
	}
	/*
	 * What strace's command gets, forked before strace changes its own
	 * signals: the signals ignored then still ignored, the others at
	 * their default (a handler would not survive the execve anyway; only
	 * what ltr changed can differ: one call per signal, each a stop of
	 * the traced child).
	 */
	memset(&sa, 0, sizeof(sa));
	for (i = 0; i < NCHANGED; i++) {
		sa.sa_handler = original_actions[i].sa_handler == SIG_IGN ? SIG_IGN : SIG_DFL;
		sigaction(changed_signals[i], &sa, NULL);
	}
	sigprocmask(SIG_SETMASK, &original_mask, NULL);
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

	if (ltr_tracer.use_seccomp && !(t->flags & (TRACEE_IN_SYSCALL | TRACEE_STEPPING)))
		request = PTRACE_CONT;
	if (ptrace(request, t->tid, 0L, (long)sig) < 0 && errno != ESRCH)
		ltr_msg("resume %d: %s\n", t->tid, strerror(errno));
}

/* --- parked tracees (call:delay()) --- */

static int64_t monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
 * Holds t, which is in a syscall stop, for ns nanoseconds instead of
 * resuming it: the loop resumes it (delivering sig) once they passed.
 */
void ltr_tracer_park(struct tracee *t, uint64_t ns, int sig)
{
	t->park_until = monotonic_ns() + (int64_t)ns;
	t->park_sig = sig;
	if (!(t->flags & TRACEE_PARKED)) {
		t->flags |= TRACEE_PARKED;
		ltr_tracer.nparked++;
	}
	LTR_STAT_INC(delays);
	LTR_STAT_ADD(delays_us, ns / 1000);
}

/* t left its parked stop (resumed, killed, detached): forgets the park. */
void ltr_tracer_unpark(struct tracee *t)
{
	if (!(t->flags & TRACEE_PARKED))
		return;
	t->flags &= ~(unsigned)TRACEE_PARKED;
	ltr_tracer.nparked--;
}

/*
 * Resumes the parked tracees whose time has come (all of them once ltr
 * stops caring: draining). Returns the earliest due time of those still
 * parked, or 0 when none is.
 */
static int64_t resume_due(void)
{
	struct tracee *t;
	int64_t now, next = 0;

	if (!ltr_tracer.nparked)
		return 0;
	now = monotonic_ns();
	for (t = ltr_tracee_first(); t; t = t->list_next) {
		if (!(t->flags & TRACEE_PARKED))
			continue;
		if (t->park_until <= now || ltr_tracer.draining) {
			ltr_tracer_unpark(t);
			ltr_tracer_resume(t, t->park_sig);
		} else if (!next || t->park_until < next) {
			next = t->park_until;
		}
	}
	return next;
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
		LTR_DEBUG_WAIT(tid, batch[n].status);
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

/* See include/ltr/tracer.h. */
int ltr_tracer_exit_signal(void)
{
	if (ltr_events_failed())
		return 0;
	if (!ltr_tracer.launched_pid || !ltr_tracer.launched_done)
		return interrupted;
	if (WIFSIGNALED(ltr_tracer.launched_status))
		return WTERMSIG(ltr_tracer.launched_status);
	return 0;
}

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

/*
 * Whether a launched command runs under a seccomp filter: not when
 * something must be able to let it go untraced, which a filter forbids.
 */
static bool filter_allowed(const struct ltr_options *opts)
{
	if (opts->no_seccomp) {
		LTR_DEBUG("no seccomp filter: --no-seccomp");
		return false;
	}
	/*
	 * Kernel-side filtering needs -f: a filter is inherited by every
	 * child, and a child ltr did not follow would still need ltr to
	 * serve its filter (as a hidden tracee), which would keep it from
	 * being traced by its own parent (a debugger, strace, a test calling
	 * PTRACE_TRACEME), so without -f ltr stops at every syscall, as
	 * strace does without --seccomp-bpf.
	 */
	if (!opts->follow) {
		LTR_DEBUG("no seccomp filter: no -f");
		return false;
	}
	/*
	 * A filter makes its processes resume with PTRACE_CONT between
	 * stops, which processes attached too (-p PID PROG) do not have:
	 * with -p the command runs unfiltered as well.
	 */
	if (opts->npids) {
		LTR_DEBUG("no seccomp filter: -p processes are traced too");
		return false;
	}
	if (opts->detach_on_execve) {
		LTR_DEBUG("no seccomp filter: -b execve detaches processes");
		return false;
	}
	if (ltr_tracer.intr == LTR_INTR_ANYWHERE) {
		LTR_DEBUG("no seccomp filter: -I1 lets tracees outlive ltr");
		return false;
	}
	/* a script sends signals at entries (call:signal(), inject signal=) */
	if (ltr_tracer.needs & LTR_NEED_ENTRY_STOPS) {
		LTR_DEBUG("no seccomp filter: a script needs syscall-entry stops");
		return false;
	}
	return true;
}

/*
 * -I2, as strace: the launched command, if still traced, gets the signal
 * that interrupted ltr (after a SIGCONT, should it be stopped).
 */
static void signal_launched(int sig)
{
	pid_t pid = ltr_tracer.launched_pid;

	if (!pid || ltr_tracer.launched_done || !ltr_tracee_find(pid))
		return;
	LTR_DEBUG("-I2: sending %d to the launched command %d", sig, pid);
	ltr_tracer.launched_signalled = true;
	kill(pid, SIGCONT);
	kill(pid, sig);
}

/* True when every tracee left is a thread of the launched command. */
static bool only_launched_left(void)
{
	struct tracee *t;

	for (t = ltr_tracee_first(); t; t = t->list_next)
		if (t->pid != ltr_tracer.launched_pid)
			return false;
	return true;
}

/*
 * -b execve or a script detached the launched command, which is still
 * ltr's child: ltr waits for it, as strace does (whose status counts
 * only after a script's detach: ltr_tracer_launched_reaped()).
 */
static void wait_detached_launched(void)
{
	pid_t pid;
	int status;

	if (!ltr_tracer.launched_detached || ltr_tracer.launched_reaped ||
	    ltr_tracer.options->daemonize)
		return;
	do
		pid = waitpid(ltr_tracer.launched_pid, &status, 0);
	while (pid < 0 && errno == EINTR && !interrupted);
	if (pid == ltr_tracer.launched_pid)
		ltr_tracer_launched_reaped(status);
}

/* See tracer_internal.h. */
void ltr_tracer_launched_reaped(int status)
{
	ltr_tracer.launched_reaped = true;
	if (ltr_tracer.launched_keeps_status) {
		ltr_tracer.launched_status = status;
		ltr_tracer.launched_done = true;
	}
}

int ltr_tracer_run(const struct ltr_options *opts)
{
	bool interrupt_seen = false;
	unsigned i;
	int rc;

	ltr_tracer.options = opts;
	ltr_tracer.intr = ltr_tracer_intr(opts);
	ltr_tracer.needs = ltr_events_needs();
	ltr_tracer.seize_options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
	if (opts->follow)
		ltr_tracer.seize_options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	apply_interrupt_level(ltr_tracer.intr);
	ltr_wait_init(!opts->no_spin);
	LTR_DEBUG("-I: %s", ltr_tracer.intr == LTR_INTR_DETACH ? "detach (ltr's default)" :
		  ltr_tracer.intr == LTR_INTR_ANYWHERE ? "1 anywhere" :
		  ltr_tracer.intr == LTR_INTR_WAITING ? "2 waiting" :
		  ltr_tracer.intr == LTR_INTR_NEVER ? "3 never" : "4 never_tstp");

	if (opts->argv) {
		if (filter_allowed(opts))
			ltr_filter_setup();
		rc = ltr_launch_command(opts);
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
	loop_running = true;
	while (ltr_tracee_count() > 0) {
		struct rusage *ru;
		int64_t due;
		int status;
		pid_t tid;

		if (interrupted && !interrupt_seen) {
			interrupt_seen = true;
			LTR_DEBUG("interrupted by signal %d", (int)interrupted);
			if (ltr_tracer.intr == LTR_INTR_WAITING)
				signal_launched(interrupted);
		}
		/* a failed write of the trace ends it too (ltr/output.h) */
		if (interrupted || ltr_events_failed() || ltr_output_error()) {
			if (!ltr_tracer.use_seccomp) {
				ltr_attach_detach_all();
				break;
			}
			if (ltr_tracer.intr == LTR_INTR_WAITING && interrupted && only_launched_left())
				ltr_tracer.draining = true; /* dying: nothing to say */
			else
				ltr_filter_start_draining();
		}
		ltr_attach_serve_requests();
		if (flush_due) {
			flush_due = 0;
			ltr_output_flush();
			if (ltr_tracer.needs & LTR_NEED_TICK) {
				ltr_mem_invalidate(); /* timers may read memory */
				ltr_events_emit_simple(LTR_EV_TICK, NULL);
			}
		}
		due = resume_due();
		ru = (ltr_tracer.needs & LTR_NEED_RUSAGE) ? &ltr_tracer.last_rusage : NULL;
		if (due)
			tid = ltr_wait_until(&status, ru, &interrupted, due);
		else
			tid = ltr_wait_next(&status, ru, &interrupted);
		if (tid == 0)
			continue; /* a parked tracee is due */
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			if (errno != ECHILD)
				ltr_msg("wait: %s\n", strerror(errno));
			break;
		}
		LTR_DEBUG_WAIT(tid, status);
		if (ltr_tracee_count() > 1)
			handle_batch(tid, status);
		else
			ltr_stops_handle(tid, status);
	}
	loop_running = false;
	stop_flush_timer();
	wait_detached_launched();
	free(ltr_tracer.seccomp_prog.filter);
	ltr_events_emit_simple(LTR_EV_END, NULL);
	ltr_output_flush();
	if (ltr_events_failed())
		return LTR_EXIT_FAILURE;
	return exit_status();
}
