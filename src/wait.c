/* SPDX-License-Identifier: MIT */
/*
 * How the loop waits for the next stop: briefly polling, then blocking.
 *
 * A ptrace stop is a round trip between two processes: the tracee stops
 * and wakes the tracer, the tracer resumes the tracee and sleeps again.
 * When the tracer sleeps in wait4 its CPU goes idle, and every stop then
 * pays for waking an idle CPU (an inter-processor interrupt and the way
 * out of the idle state; on a virtual machine, a trip through the
 * hypervisor). That wake-up is most of what a stop costs when a program
 * makes syscalls back to back.
 *
 * So when stops have been coming quickly, the tracer first polls with
 * WNOHANG for a short while (at most SPIN_MAX_NS) and blocks only if no
 * stop came meanwhile. It learns how long tracees take to stop again (a
 * moving average of the time from the start of a wait to its stop,
 * however that wait ended) and polls only while that is short: a program
 * that computes or sleeps between syscalls soon gets plain blocking waits
 * and costs no CPU. It never polls with a single CPU to run on (counting
 * ltr's affinity mask, so under `taskset -c 0` too), nor when there are
 * more tracees than CPUs (they need the CPUs more than ltr does), nor
 * while the machine is busy: more runnable tasks than CPUs (the fourth
 * field of /proc/loadavg, read every BUSY_CHECK_NS), when a CPU ltr spins
 * on is one a tracee or another program waits for; and --no-spin turns it
 * off.
 *
 * Sleeping is also when lines buffered for a pipe are flushed (see
 * ltr_output_idle_flush_due()): the tracees are idle, so nobody waits for
 * the write, and a busy trace still writes in big chunks.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ltr/output.h"
#include "ltr/stats.h"
#include "ltr/tracee.h"
#include "tracer_internal.h"

/* The longest poll before a blocking wait. */
#define SPIN_MAX_NS 50000
/* Stops slower than this (ns, moving average) are waited for by blocking. */
#define SPIN_WORTH_NS 30000
/* Longer waits count as this much in the average, so it recovers quickly. */
#define SAMPLE_CAP_NS (4 * SPIN_MAX_NS)

/* How often the machine's load is looked at. */
#define BUSY_CHECK_NS 20000000
/*
 * While the average says stops are slow, one wait in PROBE_EVERY polls
 * anyway (a probe). A blocking wait's time includes waking the tracer's
 * idle CPU, which on some machines alone takes longer than SPIN_WORTH_NS:
 * the average would then never fall to where polling starts, however
 * quickly the tracees stop again. A stop that comes within a probe is
 * the real interval: the average starts from it.
 */
#define PROBE_EVERY 16

static struct {
	bool enabled;
	unsigned ncpus;
	int64_t average_ns; /* of recent wait times, capped at SAMPLE_CAP_NS */
	int loadavg_fd;     /* /proc/loadavg, or -1 */
	bool busy;          /* more runnable tasks than CPUs, at the last check */
	int64_t busy_checked_ns;
	unsigned since_probe; /* waits since the last probe */
} wait_state = { .loadavg_fd = -1 };

static int64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The CPUs ltr may run on (its affinity mask: taskset counts). */
static unsigned usable_cpus(void)
{
	cpu_set_t set;
	long n;

	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return (unsigned)CPU_COUNT(&set);
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (unsigned)n : 1;
}

void ltr_wait_init(bool spin)
{
	wait_state.ncpus = usable_cpus();
	wait_state.enabled = spin && wait_state.ncpus > 1;
	wait_state.average_ns = SAMPLE_CAP_NS;
	if (wait_state.enabled && wait_state.loadavg_fd < 0)
		wait_state.loadavg_fd = open("/proc/loadavg", O_RDONLY | O_CLOEXEC);
	wait_state.busy_checked_ns = 0;
}

/*
 * Whether more tasks are runnable than there are CPUs (ltr, spinning,
 * counts as one): "0.52 0.58 0.59 3/245 1234" has 3 runnable. Read at
 * most every BUSY_CHECK_NS; an unreadable file means not busy.
 */
static bool machine_busy(int64_t now)
{
	char buf[128], *slash;
	ssize_t n;
	int field;

	if (wait_state.loadavg_fd < 0 || now - wait_state.busy_checked_ns < BUSY_CHECK_NS)
		return wait_state.busy;
	wait_state.busy_checked_ns = now;
	n = pread(wait_state.loadavg_fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		return wait_state.busy = false;
	buf[n] = '\0';
	slash = strchr(buf, '/');
	if (!slash)
		return wait_state.busy = false;
	while (slash > buf && slash[-1] != ' ')
		slash--;
	field = atoi(slash);
	wait_state.busy = field > (int)wait_state.ncpus;
	if (wait_state.busy)
		LTR_STAT_INC(wait_busy);
	return wait_state.busy;
}

/* Folds one wait's duration into the moving average (weight 1/4). */
static void learn(int64_t waited_ns)
{
	if (waited_ns > SAMPLE_CAP_NS)
		waited_ns = SAMPLE_CAP_NS;
	wait_state.average_ns += (waited_ns - wait_state.average_ns) / 4;
}

/*
 * Whether to poll before sleeping now (start: now, in ns): while stops
 * come quickly, or as a probe (*probe set) once in PROBE_EVERY waits.
 */
static bool worth_polling(int64_t start, bool *probe)
{
	*probe = false;
	if (!wait_state.enabled || ltr_tracee_count() > wait_state.ncpus)
		return false;
	if (wait_state.average_ns >= SPIN_WORTH_NS) {
		if (++wait_state.since_probe < PROBE_EVERY)
			return false;
		wait_state.since_probe = 0;
		*probe = true;
	}
	return !machine_busy(start);
}

/* Notes how long a wait that began at start took; returns tid. */
static pid_t waited(pid_t tid, int64_t start)
{
	if (wait_state.enabled && tid > 0)
		learn(now_ns() - start);
	return tid;
}

/*
 * Polls until a stop comes (its tid), the time is up (0), or *interrupted
 * is set (-1, errno EINTR); wait4's own errors are returned as they are.
 */
static pid_t poll_for_stop(int *status, struct rusage *ru, volatile sig_atomic_t *interrupted,
			   int64_t start)
{
	int64_t limit = 2 * wait_state.average_ns + 2000;
	pid_t tid;

	if (limit > SPIN_MAX_NS)
		limit = SPIN_MAX_NS;
	LTR_STAT_INC(wait_polled);
	do {
		tid = wait4(-1, status, __WALL | WNOHANG, ru);
		if (tid != 0) {
			if (tid > 0)
				LTR_STAT_INC(wait_poll_hits);
			return waited(tid, start);
		}
	} while (!*interrupted && now_ns() - start < limit);
	if (*interrupted) {
		errno = EINTR;
		return -1;
	}
	return 0;
}

pid_t ltr_wait_next(int *status, struct rusage *ru, volatile sig_atomic_t *interrupted)
{
	int64_t start = wait_state.enabled ? now_ns() : 0;
	bool probe;
	pid_t tid;

	if (worth_polling(start, &probe)) {
		tid = poll_for_stop(status, ru, interrupted, start);
		if (tid > 0 && probe) {
			LTR_STAT_INC(wait_probe_hits);
			wait_state.average_ns = now_ns() - start;
		}
		if (tid != 0)
			return tid;
	}
	if (ltr_output_idle_flush_due()) {
		/* about to sleep: lines waiting for a pipe go out first */
		tid = wait4(-1, status, __WALL | WNOHANG, ru);
		if (tid != 0)
			return waited(tid, start);
		ltr_output_flush_idle();
	}
	return waited(wait4(-1, status, __WALL, ru), start);
}

/*
 * While tracees are parked (call:delay()) a blocking wait4 would sleep
 * past their due time, and nothing may stop to wake it (every tracee can
 * be parked). So wait for SIGCHLD, which every stop sends the tracer,
 * with a timeout: it is blocked from the WNOHANG check until
 * sigtimedwait, so a stop in between stays pending instead of being
 * lost. The fatal signals are blocked and taken the same way, so that
 * one arriving just before the sleep does not wait for the due time.
 */
/* Whether ltr has a handler of its own for sig. */
static bool caught(int sig)
{
	struct sigaction sa;

	return sigaction(sig, NULL, &sa) == 0 && sa.sa_handler != SIG_IGN && sa.sa_handler != SIG_DFL;
}

pid_t ltr_wait_until(int *status, struct rusage *ru, volatile sig_atomic_t *interrupted,
		     int64_t due_ns)
{
	static const int taken[] = { SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	struct timespec left;
	sigset_t set, old;
	int64_t now;
	unsigned i;
	pid_t tid;
	int sig;

	/*
	 * Only the fatal signals ltr catches are taken here: one it ignores
	 * or lets kill it (-I) or keeps blocked is left alone.
	 */
	sigprocmask(SIG_SETMASK, NULL, &old);
	sigemptyset(&set);
	for (i = 0; i < sizeof(taken) / sizeof(taken[0]); i++)
		if (taken[i] == SIGCHLD || (caught(taken[i]) && !sigismember(&old, taken[i])))
			sigaddset(&set, taken[i]);
	sigprocmask(SIG_BLOCK, &set, NULL);
	tid = wait4(-1, status, __WALL | WNOHANG, ru);
	if (tid != 0)
		goto out;
	if (*interrupted) {
		errno = EINTR;
		tid = -1;
		goto out;
	}
	now = now_ns();
	if (now >= due_ns)
		goto out; /* tid 0: due */
	if (ltr_output_idle_flush_due())
		ltr_output_flush_idle(); /* about to sleep: as ltr_wait_next() */
	left.tv_sec = (time_t)((due_ns - now) / 1000000000);
	left.tv_nsec = (long)((due_ns - now) % 1000000000);
	sig = sigtimedwait(&set, NULL, &left);
	if (sig > 0 && sig != SIGCHLD) {
		*interrupted = sig;
		errno = EINTR;
		tid = -1;
		goto out;
	}
	if (sig < 0 && errno == EINTR) {
		tid = -1; /* another signal (the flush timer): the loop looks */
		goto out;
	}
	/* a stop, or the timeout (then tid 0) */
	tid = wait4(-1, status, __WALL | WNOHANG, ru);
out:
	sigprocmask(SIG_SETMASK, &old, NULL);
	return tid;
}
