/* SPDX-License-Identifier: MIT */
/*
 * Attaching to running processes (-p: seized thread by thread from
 * /proc/PID/task and stopped with PTRACE_INTERRUPT) and detaching, whether
 * on interruption, for proc:detach(), or at a fork event met while
 * detaching.
 */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/events.h"
#include "ltr/msg.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "tracer_internal.h"

/* Seizes every thread of pid not yet traced. Returns how many, or -errno. */
/* Why attaching to pid failed with EPERM, as a hint for the message. */
static const char *eperm_hint(pid_t pid)
{
	char path[64], stat[256];
	const char *state;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "re");
	if (f) {
		size_t n = fread(stat, 1, sizeof(stat) - 1, f);

		fclose(f);
		stat[n] = '\0';
		state = strrchr(stat, ')');
		if (state && state[1] == ' ' && (state[2] == 'Z' || state[2] == 'X'))
			return " (the process has exited: a zombie cannot be traced)";
	}
	/* Yama only where it is, and restricts (else strace's bare message) */
	f = fopen("/proc/sys/kernel/yama/ptrace_scope", "re");
	if (f) {
		int scope = 0;

		if (fscanf(f, "%d", &scope) != 1)
			scope = 0;
		fclose(f);
		if (scope > 0)
			return " (is ptrace restricted? see /proc/sys/kernel/yama/ptrace_scope)";
	}
	return "";
}

static int seize_threads(pid_t pid)
{
	char path[64];
	struct dirent *de;
	int added = 0;
	DIR *dir;

	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	dir = opendir(path);
	if (!dir)
		return errno == ENOENT ? -ESRCH : -errno;
	while ((de = readdir(dir))) {
		pid_t tid = (pid_t)strtol(de->d_name, NULL, 10);
		struct tracee *t;

		if (tid <= 0 || ltr_tracee_find(tid))
			continue;
		if (ptrace(PTRACE_SEIZE, tid, 0L, (long)ltr_tracer.seize_options) < 0) {
			if (tid == pid) {
				int err = errno;

				closedir(dir);
				return -err;
			}
			continue; /* the thread exited meanwhile */
		}
		t = ltr_tracee_add(tid, pid);
		t->flags |= TRACEE_ATTACHED;
		/* a 32-bit process gets strace's notice at its first stop */
		t->arch = ltr_arch_native();
		ptrace(PTRACE_INTERRUPT, tid, 0L, 0L);
		added++;
	}
	closedir(dir);
	return added;
}

/*
 * Seizes every thread of pid (-p), interrupting each, and tells scripts the
 * process started. Returns 0, or -errno after printing one line on stderr.
 */
int ltr_attach_process(pid_t pid)
{
	int total = 0, n, round;

	/* -p TID of a thread other than the leader: its whole process */
	pid = ltr_stops_tgid_of(pid);
	if (ltr_tracee_find(pid))
		return 0; /* named twice (-p N -p N) */
	if (pid == getpid()) {
		ltr_msg("attach to %d: cannot trace itself\n", pid);
		return -EINVAL;
	}
	/* Repeat until no new thread appears: threads may be created meanwhile. */
	for (round = 0; round < 100; round++) {
		n = seize_threads(pid);
		if (n < 0) {
			if (total > 0)
				break;
			/* strace's words, and ltr's hint where one helps */
			ltr_msg("attach: ptrace(PTRACE_SEIZE, %d): %s%s\n", pid, strerror(-n),
				n == -EPERM ? eperm_hint(pid)
				: n == -EIO ? " (no PTRACE_SEIZE: ltr needs Linux 3.4 or later)" : "");
			return n;
		}
		if (n == 0)
			break;
		total += n;
	}
	if (ltr_tracee_find(pid)) {
		struct ltr_event ev = { .kind = LTR_EV_START, .t = ltr_tracee_find(pid),
					.how = LTR_START_ATTACHED, .count = (unsigned)total };

		ltr_events_emit(&ev);
	}
	return 0;
}

/* --- detaching --- */

/* Detaches t, which is in a ptrace-stop described by status; t is freed. */
void ltr_attach_detach_stopped(struct tracee *t, int status)
{
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;
	int deliver = 0;

	if (sig != (SIGTRAP | 0x80) && event == 0)
		deliver = sig; /* a signal-delivery-stop: the signal must not be lost */
	if (event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK ||
	    event == PTRACE_EVENT_CLONE) {
		unsigned long child = 0;

		if (ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &child) == 0 && child &&
		    !ltr_tracee_find((pid_t)child)) {
			struct tracee *n = ltr_stops_adopt((pid_t)child, t);

			n->flags |= TRACEE_DETACHING;
		}
	}
	ptrace(PTRACE_DETACH, t->tid, 0L, (long)deliver);
	/* strace's order: "Process N detached", then the call's end */
	ltr_events_emit_simple(LTR_EV_DETACH, t);
	ltr_stops_unreturned(t, LTR_END_DETACHED);
	ltr_stops_drop(t);
}

/*
 * Detaches t, parked in a syscall stop (call:delay()): it is stopped
 * already, and reports nothing more to wait for. It goes with the signal
 * it was to be resumed with. t is freed.
 */
static void detach_parked(struct tracee *t)
{
	ptrace(PTRACE_DETACH, t->tid, 0L, (long)t->park_sig);
	ltr_tracer_unpark(t);
	ltr_events_emit_simple(LTR_EV_DETACH, t);
	ltr_stops_unreturned(t, LTR_END_DETACHED);
	ltr_stops_drop(t);
}

/*
 * Detaches from every tracee: each is interrupted, waited for and
 * detached at the stop it reports, keeping any signal it was about to
 * receive (parked ones at once). Group-stopped tracees stay stopped, as
 * they would untraced.
 */
void ltr_attach_detach_all(void)
{
	struct tracee *t, *next;
	unsigned rounds = 0;

	LTR_DEBUG("detaching from %u tracees", ltr_tracee_count());
	for (t = ltr_tracee_first(); t; t = next) {
		next = t->list_next;
		if (t->flags & TRACEE_PARKED)
			detach_parked(t);
	}
	for (t = ltr_tracee_first(); t; t = t->list_next) {
		t->flags |= TRACEE_DETACHING;
		ptrace(PTRACE_INTERRUPT, t->tid, 0L, 0L);
	}
	while (ltr_tracee_count() > 0 && rounds++ < 1000000) {
		int status;
		pid_t tid = waitpid(-1, &status, __WALL);

		if (tid < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		t = ltr_tracee_find(tid);
		if (!t) {
			if (WIFSTOPPED(status))
				ptrace(PTRACE_DETACH, tid, 0L, 0L);
			continue;
		}
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			/*
			 * Gone while being let go (killed by -I2's signal, or
			 * ending anyway): strace reports it detached, not its end.
			 */
			ltr_events_emit_simple(LTR_EV_DETACH, t);
			ltr_stops_drop(t);
			continue;
		}
		if (WIFSTOPPED(status))
			ltr_attach_detach_stopped(t, status);
	}
}

/* Threads whose process a script asked to detach from (proc:detach()). */
static bool detach_requested;

/* See include/ltr/tracer.h. */
void ltr_tracer_request_detach(pid_t pid)
{
	struct tracee *t;

	for (t = ltr_tracee_first(); t; t = t->list_next) {
		if (t->pid == pid) {
			t->flags |= TRACEE_DETACH_REQUESTED;
			detach_requested = true;
		}
	}
}

/*
 * Detaches the threads marked TRACEE_DETACH_REQUESTED: each is interrupted
 * and detached at the stop it reports. Other tracees' stops wait in the
 * kernel meanwhile. Does nothing when no request came since the last call.
 */
void ltr_attach_serve_requests(void)
{
	struct tracee *t, *next;

	if (!detach_requested)
		return;
	detach_requested = false;
	if (ltr_tracer.use_seccomp) {
		/*
		 * Under the seccomp filter a detached process would get ENOSYS
		 * from its filtered syscalls: let it go silently instead.
		 */
		for (t = ltr_tracee_first(); t; t = t->list_next) {
			if (t->flags & TRACEE_DETACH_REQUESTED) {
				t->flags &= ~(unsigned)TRACEE_DETACH_REQUESTED;
				ltr_tracee_set_silent(t);
			}
		}
		return;
	}
	for (t = ltr_tracee_first(); t; t = t->list_next) {
		if ((t->flags & TRACEE_DETACH_REQUESTED) && t->tid == ltr_tracer.launched_pid) {
			/* it runs on untraced: ltr still waits for it and ends with its status */
			ltr_tracer.launched_detached = true;
			ltr_tracer.launched_keeps_status = true;
		}
	}
	for (t = ltr_tracee_first(); t; t = next) {
		next = t->list_next;
		if ((t->flags & TRACEE_DETACH_REQUESTED) && (t->flags & TRACEE_PARKED))
			detach_parked(t);
	}
	for (t = ltr_tracee_first(); t; t = t->list_next)
		if (t->flags & TRACEE_DETACH_REQUESTED)
			ptrace(PTRACE_INTERRUPT, t->tid, 0L, 0L);
	for (t = ltr_tracee_first(); t; t = next) {
		int status;
		pid_t tid;

		next = t->list_next;
		if (!(t->flags & TRACEE_DETACH_REQUESTED))
			continue;
		do
			tid = waitpid(t->tid, &status, __WALL);
		while (tid < 0 && errno == EINTR);
		if (tid < 0)
			ltr_stops_drop(t);
		else if (WIFEXITED(status) || WIFSIGNALED(status))
			ltr_stops_gone(t, status);
		else
			ltr_attach_detach_stopped(t, status);
	}
}
