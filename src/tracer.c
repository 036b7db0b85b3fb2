/* SPDX-License-Identifier: MIT */
/*
 * The ptrace core; see include/ltr/tracer.h.
 *
 * Every tracee is PTRACE_SEIZEd. A launched command stops itself with
 * SIGSTOP before its execve; ltr seizes it and sends SIGCONT, and hides
 * everything it does until the execve, so the trace starts with the
 * execve line as strace's does. Attached processes (-p) are seized thread
 * by thread from /proc/PID/task and stopped with PTRACE_INTERRUPT.
 *
 * One loop waits for any tracee, handles the stop and resumes it at once:
 * no tracee is ever kept stopped between iterations, except group-stopped
 * ones, which sit in PTRACE_LISTEN exactly as long as the process is
 * stopped for its own reasons (kill -STOP / kill -CONT).
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "ltr/arch.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/seccomp.h"
#include "ltr/stats.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "ltr/unwind.h"

static const struct ltr_options *options;
/* -q, or implied as by strace: trace into a file of a launched command. */
static bool quiet;
static unsigned seize_options;
static pid_t launched_pid;
/*
 * With scripts, every wait also returns the stopped process's rusage, so
 * that a call's system CPU time (strace -c's measure) is the difference of
 * ru_stime between its entry and exit stops.
 */
static bool want_rusage;
/* Entry times are taken only for timestamps, JSON and scripts. */
static bool need_clock;
static struct rusage last_rusage;
/*
 * Kernel-side filtering (launched commands only): a seccomp filter makes
 * only the wanted syscalls stop, as PTRACE_EVENT_SECCOMP stops, and
 * tracees run with PTRACE_CONT in between; PTRACE_SYSCALL is used only to
 * reach the exit stop of a call something needs the exit of.
 */
static bool use_seccomp;
static struct sock_fprog seccomp_prog;
/*
 * Interrupted while tracees carry a seccomp filter: they cannot be
 * detached (their wanted syscalls would fail with ENOSYS), so ltr goes on
 * serving their stops silently until they exit.
 */
static bool draining;
static int launched_status = -1;
static bool launched_done;

/* Set by the handler of SIGINT, SIGTERM, SIGHUP and SIGQUIT. */
static volatile sig_atomic_t interrupted;
/*
 * Set every TICK_MS by SIGALRM when tracing into a regular file (to flush
 * it) or when scripts have ltr.every() timers.
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

	if (!ltr_output_is_regular_file() && ltr_script_tick() < 0)
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

static void install_signal_handlers(void)
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

static void refresh_wake_tid(void)
{
	struct tracee *t = ltr_tracee_first();

	wake_tid = t ? t->tid : 0;
}

/* The thread group id of tid, from /proc; tid itself when unknown. */
static pid_t tgid_of(pid_t tid)
{
	char path[64], line[128];
	pid_t tgid = tid;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", tid);
	f = fopen(path, "re");
	if (!f)
		return tid;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "Tgid:", 5) == 0) {
			tgid = (pid_t)strtol(line + 5, NULL, 10);
			break;
		}
	}
	fclose(f);
	return tgid;
}

static void notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* An attach/detach notice on stderr, in order with a trace on stderr. */
static void notice(const char *fmt, ...)
{
	va_list ap;

	if (quiet)
		return;
	ltr_output_flush();
	fputs("ltr: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/*
 * Resumes t, delivering sig. Under a seccomp filter the tracee runs freely
 * (PTRACE_CONT) unless the exit of its current call is wanted.
 */
static void resume(struct tracee *t, int sig)
{
	int request = PTRACE_SYSCALL;

	if (use_seccomp && !(t->flags & TRACEE_IN_SYSCALL))
		request = PTRACE_CONT;
	if (ptrace(request, t->tid, 0L, (long)sig) < 0 && errno != ESRCH)
		fprintf(stderr, "ltr: resume %d: %s\n", t->tid, strerror(errno));
}

/* --- launching --- */

/*
 * Finds the program to run as execvp would. Returns 0 and fills path, or
 * -errno.
 */
static int resolve_command(const char *name, char *path, size_t size)
{
	const char *dirs, *p;
	struct stat st;
	int err = ENOENT;

	if (strchr(name, '/')) {
		if (snprintf(path, size, "%s", name) >= (int)size)
			return -ENAMETOOLONG;
		return stat(path, &st) < 0 ? -errno : 0;
	}
	dirs = getenv("PATH");
	if (!dirs)
		dirs = "/usr/local/bin:/usr/bin:/bin";
	for (p = dirs; ; p = strchr(p, ':') + 1) {
		const char *end = strchrnul(p, ':');
		int len = (int)(end - p);

		if (snprintf(path, size, "%.*s%s%s", len, p, len ? "/" : "", name) < (int)size &&
		    stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
			if (access(path, X_OK) == 0)
				return 0;
			err = EACCES;
		}
		if (!*end)
			break;
	}
	return -err;
}

static int launch(char **argv)
{
	char path[PATH_MAX];
	struct tracee *t;
	int rc, status;
	pid_t pid;

	rc = resolve_command(argv[0], path, sizeof(path));
	if (rc < 0) {
		fprintf(stderr, "ltr: cannot run '%s': %s\n", argv[0], strerror(-rc));
		return LTR_EXIT_USAGE;
	}
	ltr_output_flush();
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "ltr: fork: %s\n", strerror(errno));
		return LTR_EXIT_FAILURE;
	}
	if (pid == 0) {
		sigset_t none;

		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGTTOU, SIG_DFL);
		signal(SIGTTIN, SIG_DFL);
		raise(SIGSTOP);
		if (use_seccomp) {
			int err = ltr_seccomp_install(&seccomp_prog);

			if (err < 0) {
				fprintf(stderr, "ltr: cannot install the seccomp filter: %s (try --no-seccomp)\n",
					strerror(-err));
				_exit(LTR_EXIT_FAILURE);
			}
		}
		execv(path, argv);
		fprintf(stderr, "ltr: exec '%s': %s\n", path, strerror(errno));
		_exit(LTR_EXIT_FAILURE);
	}
	while (waitpid(pid, &status, WSTOPPED) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "ltr: wait for %d: %s\n", pid, strerror(errno));
			return LTR_EXIT_FAILURE;
		}
	}
	if (!WIFSTOPPED(status)) {
		fprintf(stderr, "ltr: the command ended before it could be traced\n");
		return LTR_EXIT_FAILURE;
	}
	if (ptrace(PTRACE_SEIZE, pid, 0L, (long)(seize_options | PTRACE_O_EXITKILL |
			(use_seccomp ? PTRACE_O_TRACESECCOMP : 0))) < 0) {
		fprintf(stderr, "ltr: PTRACE_SEIZE %d: %s\n", pid, strerror(errno));
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		return LTR_EXIT_FAILURE;
	}
	t = ltr_tracee_add(pid, pid);
	t->flags |= TRACEE_HIDDEN;
	launched_pid = pid;
	wake_tid = pid;
	kill(pid, SIGCONT);
	return 0;
}

/* --- attaching --- */

/* Seizes every thread of pid not yet traced. Returns how many, or -errno. */
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
		if (ptrace(PTRACE_SEIZE, tid, 0L, (long)seize_options) < 0) {
			if (tid == pid) {
				int err = errno;

				closedir(dir);
				return -err;
			}
			continue; /* the thread exited meanwhile */
		}
		t = ltr_tracee_add(tid, pid);
		t->flags |= TRACEE_ATTACHED;
		ptrace(PTRACE_INTERRUPT, tid, 0L, 0L);
		added++;
	}
	closedir(dir);
	return added;
}

static int attach(pid_t pid)
{
	int total = 0, n, round;

	if (pid == getpid()) {
		fprintf(stderr, "ltr: attach to %d: cannot trace itself\n", pid);
		return -EINVAL;
	}
	/* Repeat until no new thread appears: threads may be created meanwhile. */
	for (round = 0; round < 100; round++) {
		n = seize_threads(pid);
		if (n < 0) {
			if (total > 0)
				break;
			fprintf(stderr, "ltr: attach to %d: %s%s\n", pid, strerror(-n),
				n == -EPERM ? " (is ptrace restricted? see /proc/sys/kernel/yama/ptrace_scope)" : "");
			return n;
		}
		if (n == 0)
			break;
		total += n;
	}
	if (ltr_tracee_find(pid))
		ltr_script_process(ltr_tracee_find(pid), "start", 0);
	if (total > 1)
		notice("Process %d attached with %d threads", pid, total);
	else
		notice("Process %d attached", pid);
	return 0;
}

/* --- stops --- */

/* System CPU time of the last waited-for process, in microseconds. */
static int64_t stime_us(void)
{
	return (int64_t)last_rusage.ru_stime.tv_sec * 1000000 + last_rusage.ru_stime.tv_usec;
}

/* Writes back what entry hooks changed: number, arguments, or a skip. */
static void apply_entry_mods(struct tracee *t)
{
	int rc = ltr_arch_apply_entry(t->tid, &t->call);

	if (rc < 0 && rc != -ESRCH)
		fprintf(stderr, "ltr: cannot change syscall of %d: %s\n", t->tid, strerror(-rc));
}

/* Makes the tracee see ret (kernel style) as the result of its call. */
static void apply_return(struct tracee *t, int64_t ret)
{
	int rc = ltr_arch_apply_return(t->tid, &t->call, ret);

	if (rc < 0 && rc != -ESRCH)
		fprintf(stderr, "ltr: cannot change the result of %d: %s\n", t->tid, strerror(-rc));
	t->call.ret = ret;
}

/* Puts back the tracee memory that call:set_str() overwrote. */
static void restore_patch(struct tracee *t)
{
	struct ltr_call *c = &t->call;

	if (c->patch_len)
		ltr_mem_write(&t->mem, c->patch_addr, c->patch_saved, c->patch_len);
	c->patch_len = 0;
}

static void syscall_entry(struct tracee *t, const struct __ptrace_syscall_info *info)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(info->arch);
	struct ltr_call *c = &t->call;
	unsigned i;

	if (!arch)
		arch = ltr_arch_native();
	if (t->arch && t->arch != arch && !(t->flags & TRACEE_HIDDEN)) {
		t->arch = arch;
		if (ltr_printer_config.enabled)
			ltr_printer_personality(t);
	}
	t->arch = arch;
	t->flags |= TRACEE_IN_SYSCALL;
	t->flags &= ~TRACEE_CALL_HIDDEN;
	if (t->flags & TRACEE_SILENT) {
		t->flags |= TRACEE_CALL_HIDDEN;
		return;
	}
	/* Stack traces cache the memory map: drop it when the map changes. */
	if (ltr_unwind_active() &&
	    ltr_unwind_changes_maps(arch, (long)info->entry.nr, (const uint64_t *)info->entry.args))
		ltr_unwind_invalidate(t->pid);
	t->wants = ltr_script_wants(arch, (long)info->entry.nr);
	if (t->flags & TRACEE_HIDDEN) {
		const struct ltr_syscall_desc *desc = ltr_arch_syscall_desc(arch, (long)info->entry.nr);

		if (!desc || !(desc->flags & LTR_SF_EXEC)) {
			t->flags |= TRACEE_CALL_HIDDEN;
			return;
		}
		t->flags &= ~TRACEE_HIDDEN;
		ltr_script_process(t, "start", 0);
	}
	if (!t->wants) {
		t->flags |= TRACEE_CALL_HIDDEN;
		return;
	}
	c->prev_desc = c->desc;
	c->arch = arch;
	c->nr = (long)info->entry.nr;
	c->sp = info->stack_pointer;
	for (i = 0; i < 6; i++)
		c->args[i] = arch->wordsize == 4 ? (uint32_t)info->entry.args[i]
						 : info->entry.args[i];
	c->desc = ltr_arch_syscall_desc(arch, c->nr);
	c->pid = t->pid;
	c->tid = t->tid;
	c->mem = &t->mem;
	c->opts = &ltr_printer_config.decode;
	c->exiting = false;
	c->next_arg = 0;
	c->ret = 0;
	c->ret_kind = c->desc ? c->desc->ret : LTR_RET_DEC;
	c->ret_text[0] = '\0';
	c->mods = 0;
	c->patch_len = 0;
	memset(c->saved, 0, sizeof(c->saved));
	if (need_clock) {
		clock_gettime(CLOCK_MONOTONIC, &t->entry_time);
		clock_gettime(CLOCK_REALTIME, &t->entry_wall);
	}
	t->stime_entry_us = stime_us();
	t->stime_us = 0;
	if (t->wants & LTR_WANT_ENTER) {
		ltr_script_enter(t);
		if (c->mods & (LTR_MOD_ARGS | LTR_MOD_NR | LTR_MOD_SKIP))
			apply_entry_mods(t);
	}
	if (t->wants & LTR_WANT_PRINT)
		ltr_printer_syscall_entry(t);
}

static void syscall_exit(struct tracee *t, const struct __ptrace_syscall_info *info)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(info->arch);
	struct ltr_call *c = &t->call;

	if (!(t->flags & TRACEE_IN_SYSCALL))
		return; /* the exit of a call entered before we attached */
	t->flags &= ~TRACEE_IN_SYSCALL;
	if (t->flags & TRACEE_CALL_HIDDEN)
		return;
	c->ret = c->arch->wordsize == 4 ? (int32_t)info->exit.rval : info->exit.rval;
	c->exiting = true;
	if (want_rusage)
		t->stime_us = stime_us() - t->stime_entry_us;
	if (c->mods & LTR_MOD_SKIP)
		apply_return(t, c->inject_ret);
	/* The syscall instruction preserves argument registers: put back
	 * what an entry hook changed, as the program relies on them. */
	if (c->mods & LTR_MOD_ARGS)
		ltr_arch_restore_args(t->tid, c);
	if (t->wants & LTR_WANT_EXIT) {
		c->mods &= ~(unsigned)LTR_MOD_RET;
		ltr_script_exit(t);
		if (c->mods & LTR_MOD_RET)
			apply_return(t, c->inject_ret);
	}
	if (c->patch_len)
		restore_patch(t);
	if (t->wants & LTR_WANT_PRINT)
		ltr_printer_syscall_exit(t);
	/* execve into a program of another personality */
	if (arch && arch != t->arch) {
		t->arch = arch;
		if (ltr_printer_config.enabled)
			ltr_printer_personality(t);
	}
}

/* Whether the exit stop of t's current call is needed (seccomp mode). */
static bool needs_exit_stop(const struct tracee *t)
{
	const struct ltr_call *c = &t->call;

	if (t->flags & TRACEE_CALL_HIDDEN)
		return false;
	return (t->wants & (LTR_WANT_EXIT | LTR_WANT_PRINT)) ||
	       (c->mods & (LTR_MOD_SKIP | LTR_MOD_ARGS)) || c->patch_len;
}

static void syscall_stop(struct tracee *t)
{
	struct __ptrace_syscall_info info;

	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (long)sizeof(info), &info) <= 0)
		return;
	/* info.seccomp starts with nr and args, laid out as info.entry */
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY || info.op == PTRACE_SYSCALL_INFO_SECCOMP) {
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY)
			LTR_STAT_INC(stop_entry);
		else
			LTR_STAT_INC(stop_seccomp);
		LTR_STAT_INC(calls);
		syscall_entry(t, &info);
		/* Under a filter, a call nothing needs the exit of is done. */
		if (use_seccomp && (t->flags & TRACEE_IN_SYSCALL) && !needs_exit_stop(t)) {
			t->flags &= ~TRACEE_IN_SYSCALL;
			LTR_STAT_INC(calls_no_exit);
		}
	} else if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
		LTR_STAT_INC(stop_exit);
		syscall_exit(t, &info);
	}
}

/* Unregisters t; Lua must forget its call object first. */
static void drop_tracee(struct tracee *t)
{
	pid_t pid = t->pid;

	ltr_script_forget(t);
	ltr_tracee_remove(t);
	refresh_wake_tid();
	if (!ltr_tracee_find(pid))
		ltr_unwind_forget(pid);
}

static void tracee_gone(struct tracee *t, int status)
{
	bool shown = !(t->flags & TRACEE_SILENT) && !draining;

	if (shown && ltr_printer_config.enabled)
		ltr_printer_exit(t, status);
	if (t->tid == launched_pid) {
		launched_status = status;
		launched_done = true;
	}
	if (shown && (t->tid == t->pid || !ltr_tracee_find(t->pid)))
		ltr_script_process(t, "exit", status);
	drop_tracee(t);
}

/*
 * Whether a new child or thread is shown: always with -f; without it only
 * the new threads of attached processes (-p traces a process whole).
 * Others are traced silently, only because a launched command's seccomp
 * filter, which they inherit, needs a tracer.
 */
static bool shown_when_adopted(const struct tracee *t, const struct tracee *parent)
{
	const struct tracee *leader;

	if (parent && (parent->flags & TRACEE_SILENT))
		return false; /* the child of a process a script let go */
	if (options->follow)
		return true;
	if (!options->npids || t->pid == t->tid)
		return false;
	leader = ltr_tracee_find(t->pid);
	return leader && !(leader->flags & TRACEE_SILENT);
}

/* A new child or thread reported by a fork, vfork or clone event. */
static struct tracee *adopt(pid_t tid, const struct tracee *parent)
{
	struct tracee *t = ltr_tracee_find(tid);

	if (!t) {
		t = ltr_tracee_add(tid, tgid_of(tid));
		if (!shown_when_adopted(t, parent)) {
			/* followed only to serve its inherited seccomp filter */
			ltr_tracee_set_silent(t);
		} else {
			notice("Process %d attached", tid);
			if (t->tid == t->pid)
				ltr_script_process(t, "start", 0);
		}
	}
	if (parent && !t->arch)
		t->arch = parent->arch;
	return t;
}

/*
 * PTRACE_EVENT_EXEC. After an execve in a non-leader thread the kernel
 * gives the execing thread the leader's tid; the former tid is in the
 * event message. The old leader is gone without an exit report.
 */
static struct tracee *exec_event(struct tracee *t)
{
	unsigned long former = 0;
	struct tracee *execer;
	pid_t leader_tid = t->tid;

	if (ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &former) < 0 || (pid_t)former == t->tid)
		return t;
	execer = ltr_tracee_find((pid_t)former);
	if (!execer)
		return t;
	if (ltr_printer_config.enabled)
		ltr_printer_superseded(t, (int)former);
	drop_tracee(t);
	ltr_tracee_rekey(execer, leader_tid);
	refresh_wake_tid();
	return execer;
}

static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

static void signal_stop(struct tracee *t, int sig)
{
	siginfo_t si;

	if (ptrace(PTRACE_GETSIGINFO, t->tid, 0L, &si) < 0) {
		if (errno == ESRCH)
			return;
		memset(&si, 0, sizeof(si));
		si.si_signo = sig;
	}
	if (!(t->flags & (TRACEE_HIDDEN | TRACEE_SILENT))) {
		ltr_script_signal(t, &si);
		if (ltr_printer_config.enabled)
			ltr_printer_signal(t, &si);
	}
	resume(t, sig);
}

static void handle_status(pid_t tid, int status)
{
	struct tracee *t = ltr_tracee_find(tid);
	unsigned event;
	int sig;

	if (!t) {
		if (!WIFSTOPPED(status))
			return;
		/* A new child that stopped before its parent's event. */
		t = adopt(tid, NULL);
	}
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		tracee_gone(t, status);
		return;
	}
	if (!WIFSTOPPED(status))
		return;
	sig = WSTOPSIG(status);
	event = (unsigned)status >> 16;
	if (sig == (SIGTRAP | 0x80) || event == PTRACE_EVENT_SECCOMP) {
		if (!draining)
			syscall_stop(t);
		else
			t->flags &= ~TRACEE_IN_SYSCALL;
		resume(t, 0);
		return;
	}
	if (event)
		LTR_STAT_INC(stop_event);
	switch (event) {
	case 0:
		LTR_STAT_INC(stop_signal);
		if (draining)
			resume(t, sig);
		else
			signal_stop(t, sig);
		return;
	case PTRACE_EVENT_STOP:
		t->flags |= TRACEE_STARTED;
		if (is_stop_signal(sig) && !(t->flags & TRACEE_HIDDEN)) {
			/* group-stop: stay stopped until SIGCONT, as untraced */
			LTR_STAT_INC(stop_group);
			if (!(t->flags & (TRACEE_LISTENING | TRACEE_SILENT)) &&
			    ltr_printer_config.enabled && !draining)
				ltr_printer_group_stop(t, sig);
			t->flags |= TRACEE_LISTENING;
			ptrace(PTRACE_LISTEN, t->tid, 0L, 0L);
			return;
		}
		t->flags &= ~TRACEE_LISTENING;
		resume(t, 0);
		return;
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE: {
		unsigned long child = 0;

		if (ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &child) == 0 && child)
			adopt((pid_t)child, t);
		resume(t, 0);
		return;
	}
	case PTRACE_EVENT_EXEC:
		t = exec_event(t);
		ltr_unwind_forget(t->pid); /* a new image, maybe of another arch */
		if (!(t->flags & TRACEE_HIDDEN))
			ltr_script_process(t, "exec", 0);
		resume(t, 0);
		return;
	default:
		resume(t, 0);
		return;
	}
}

/* --- detaching --- */

/* Detaches t, which is in a ptrace-stop described by status. */
static void detach_stopped(struct tracee *t, int status)
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
			struct tracee *n = adopt((pid_t)child, t);

			n->flags |= TRACEE_DETACHING;
		}
	}
	ptrace(PTRACE_DETACH, t->tid, 0L, (long)deliver);
	ltr_printer_detach(t);
	if (t->flags & TRACEE_ATTACHED || !(t->flags & TRACEE_HIDDEN))
		notice("Process %d detached", t->tid);
	drop_tracee(t);
}

/*
 * Detaches from every tracee: each is interrupted, waited for and
 * detached at the stop it reports, keeping any signal it was about to
 * receive. Group-stopped tracees stay stopped, as they would untraced.
 */
static void detach_all(void)
{
	struct tracee *t;
	unsigned rounds = 0;

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
			tracee_gone(t, status);
			continue;
		}
		if (WIFSTOPPED(status))
			detach_stopped(t, status);
	}
}

/* Threads whose process a script asked to detach from (proc:detach()). */
static bool detach_requested;

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
 * kernel meanwhile.
 */
static void detach_requested_tracees(void)
{
	struct tracee *t, *next;

	detach_requested = false;
	if (use_seccomp) {
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
			drop_tracee(t);
		else if (WIFEXITED(status) || WIFSIGNALED(status))
			tracee_gone(t, status);
		else
			detach_stopped(t, status);
	}
}

/* --- kernel-side filtering --- */

/* Which syscalls stop under the filter: what hooks, printer or -k need. */
static bool seccomp_want(const struct ltr_arch *arch, long nr, void *ctx)
{
	(void)ctx;
	if (ltr_script_wants(arch, nr))
		return true;
	if (options->stack_traces) {
		const char *name = ltr_arch_syscall_name(arch, nr);
		unsigned i;

		for (i = 0; name && ltr_unwind_map_syscalls[i]; i++)
			if (strcmp(name, ltr_unwind_map_syscalls[i]) == 0)
				return true;
	}
	return false;
}

/*
 * Decides whether a launched command runs under a seccomp filter, and
 * builds it. Only worth it when some syscalls of the native arch need no
 * stop; any failure just means tracing without one.
 */
static void setup_seccomp(void)
{
	const struct ltr_arch *arch = ltr_arch_native();
	bool all = true;
	long nr;

	for (nr = 0; nr < (long)arch->nsyscalls && all; nr++)
		if (arch->syscall_names[nr] && !seccomp_want(arch, nr, NULL))
			all = false;
	if (all || ltr_seccomp_build(seccomp_want, NULL, &seccomp_prog) < 0)
		return;
	use_seccomp = true;
	/* Children inherit the filter: serve their stops, silently without -f. */
	seize_options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
}

/*
 * Interrupted (or a hook failed) while tracees carry the filter: they
 * cannot be detached, so ltr stops printing and calling hooks and serves
 * their stops until they exit.
 */
static void start_draining(void)
{
	if (draining)
		return;
	draining = true;
	ltr_output_flush();
	fputs("ltr: the traced processes run under ltr's seccomp filter and cannot be "
	      "detached; serving them silently until they exit (--no-seccomp avoids this)\n",
	      stderr);
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
	batch[0].ru = last_rusage;
	while (n < BATCH_MAX) {
		pid_t tid = wait4(-1, &batch[n].status, __WALL | WNOHANG,
				  want_rusage ? &batch[n].ru : NULL);

		if (tid <= 0)
			break;
		batch[n++].tid = tid;
	}
	for (i = 0; i < n; i++) {
		/* a tracee gone meanwhile (e.g. replaced by an execve) */
		if (!WIFSTOPPED(batch[i].status) && !ltr_tracee_find(batch[i].tid))
			continue;
		last_rusage = batch[i].ru;
		handle_status(batch[i].tid, batch[i].status);
	}
}

/* --- the loop --- */

static int exit_status(void)
{
	if (!launched_pid)
		return 0;
	if (!launched_done)
		return interrupted ? 128 + interrupted : 0;
	if (WIFEXITED(launched_status))
		return WEXITSTATUS(launched_status);
	if (WIFSIGNALED(launched_status))
		return 128 + WTERMSIG(launched_status);
	return 0;
}

int ltr_tracer_run(const struct ltr_options *opts)
{
	unsigned i;
	int rc;

	options = opts;
	want_rusage = opts->nscripts > 0;
	need_clock = opts->nscripts > 0 || opts->timestamps != LTR_TS_NONE || opts->json;
	quiet = opts->quiet || (opts->outfile && opts->argv);
	ltr_printer_set_quiet(quiet);
	seize_options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;
	if (opts->follow)
		seize_options |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;
	install_signal_handlers();

	if (opts->argv) {
		ltr_printer_init(opts->outfile && opts->follow);
		if (!opts->no_seccomp)
			setup_seccomp();
		rc = launch(opts->argv);
		if (rc)
			return rc;
	} else {
		/* An attached process is traced whole: its new threads too. */
		seize_options |= PTRACE_O_TRACECLONE;
		for (i = 0; i < opts->npids; i++)
			attach(opts->pids[i]);
		if (!ltr_tracee_count())
			return LTR_EXIT_FAILURE;
		refresh_wake_tid();
		ltr_printer_init(opts->outfile && (opts->follow || ltr_tracee_count() > 1));
	}

	start_flush_timer();
	while (ltr_tracee_count() > 0) {
		int status;
		pid_t tid;

		if (interrupted || ltr_script_failed()) {
			if (!use_seccomp) {
				detach_all();
				break;
			}
			start_draining();
		}
		if (detach_requested)
			detach_requested_tracees();
		if (flush_due) {
			flush_due = 0;
			ltr_output_flush();
			ltr_script_tick();
		}
		tid = wait4(-1, &status, __WALL, want_rusage ? &last_rusage : NULL);
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
			handle_status(tid, status);
	}
	stop_flush_timer();
	free(seccomp_prog.filter);
	ltr_script_end();
	ltr_output_flush();
	if (ltr_script_failed())
		return LTR_EXIT_FAILURE;
	return exit_status();
}
