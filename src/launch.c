/* SPDX-License-Identifier: MIT */
/*
 * Launching a command under the tracer. The child stops itself with
 * SIGSTOP before its execve; ltr seizes it and sends SIGCONT. The tracee
 * is marked hidden: stops.c shows nothing of it until its execve.
 *
 * -D (--daemonize) turns this around, as strace does: the process the
 * shell started becomes the command, and the tracer is its grandchild
 * (in its own process group with -DD, its own session with -DDD), so the
 * shell waits for the command itself and gets its exit status. The
 * original process forks; the child forks the tracer and exits; the
 * tracer seizes the original process, interrupts it, and tells it over
 * a pipe to go on to its execve.
 *
 * What the command gets from the command line, in the child just before
 * its execve: -E's environment, -u's user (its groups, then gid, then
 * uid; a set-user-ID or set-group-ID program's owner as effective id, as
 * the kernel would without a tracer), the signal dispositions ltr found
 * when it started, and the seccomp filter. Once it runs, ltr's own stdin
 * and stdout are let go (release_standard_fds()).
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ltr/debug.h"
#include "ltr/msg.h"
#include "ltr/options.h"
#include "ltr/output.h"
#include "ltr/seccomp.h"
#include "ltr/tracee.h"
#include "ltr/tracer.h"
#include "tracer_internal.h"

extern char **environ;

/* -u USERNAME, resolved by ltr_tracer_prepare() before anything starts. */
static struct {
	const char *name;
	uid_t uid;
	gid_t gid;
} run_user;

/* Everything the child needs, prepared before the fork. */
struct launch_plan {
	char path[PATH_MAX];
	char **argv;
	char **envp;
	uid_t euid; /* -u: the effective ids to run with */
	gid_t egid;
};

int ltr_tracer_prepare(const struct ltr_options *opts)
{
	struct passwd *pw;

	if (!opts->user || !opts->argv)
		return 0;
	/* strace's checks and messages, in strace's order */
	if (getuid() != 0 || geteuid() != 0) {
		ltr_msg("You must be root to use the -u/--username option\n");
		return LTR_EXIT_FAILURE;
	}
	errno = 0;
	pw = getpwnam(opts->user);
	if (!pw) {
		ltr_msg("Cannot find user '%s'\n", opts->user);
		return LTR_EXIT_FAILURE;
	}
	run_user.name = opts->user;
	run_user.uid = pw->pw_uid;
	run_user.gid = pw->pw_gid;
	return 0;
}

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

/* The index of the entry of environ-style env naming var (len bytes), or -1. */
static long env_find(char **env, size_t n, const char *var, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strncmp(env[i], var, len) == 0 && (env[i][len] == '=' || env[i][len] == '\0'))
			return (long)i;
	return -1;
}

/*
 * The command's environment: ltr's, changed by each -E in order, as
 * strace changes it: VAR=VAL replaces VAR's first entry in place or is
 * appended; VAR removes every entry of VAR. ltr's own environment is
 * untouched. Returns environ itself without -E; aborts on OOM.
 */
static char **build_env(const struct ltr_options *opts)
{
	size_t n = 0, i, j;
	char **env;

	if (!opts->nenv)
		return environ;
	while (environ && environ[n])
		n++;
	env = calloc(n + opts->nenv + 1, sizeof(*env));
	if (!env)
		abort();
	if (n)
		memcpy(env, environ, n * sizeof(*env));
	for (i = 0; i < opts->nenv; i++) {
		const char *change = opts->env[i];
		const char *eq = strchr(change, '=');

		if (eq) {
			long at = env_find(env, n, change, (size_t)(eq - change));

			if (at < 0)
				at = (long)n++;
			env[at] = (char *)(uintptr_t)change;
			LTR_DEBUG("-E: %s", change);
			continue;
		}
		for (j = 0; j < n;) {
			if (env_find(env + j, 1, change, strlen(change)) == 0) {
				memmove(env + j, env + j + 1, (n - j - 1) * sizeof(*env));
				n--;
			} else {
				j++;
			}
		}
		LTR_DEBUG("-E: unset %s", change);
	}
	env[n] = NULL;
	return env;
}

/*
 * The child's last steps before its execve (see the header comment).
 * Never returns: on failure it prints one line and exits with status 1,
 * which the trace shows as the command's exit, as strace's does.
 */
static void __attribute__((noreturn)) exec_command(const struct launch_plan *plan)
{
	ltr_tracer_child_signals();
	/* not stdio below: ltr's stderr may be fully buffered (the trace) */
	/*
	 * The filter goes in while the child still has ltr's privileges: as
	 * root (CAP_SYS_ADMIN) it needs no PR_SET_NO_NEW_PRIVS, which would
	 * keep every set-user-ID program the command runs from its owner's
	 * rights (-u USER: sudo, su, ping inside the traced command).
	 */
	if (ltr_tracer.use_seccomp) {
		int err = ltr_seccomp_install(&ltr_tracer.seccomp_prog);

		if (err < 0) {
			dprintf(STDERR_FILENO,
				"%s: cannot install the seccomp filter: %s (try --no-seccomp)\n", ltr_progname,
				strerror(-err));
			_exit(LTR_EXIT_FAILURE);
		}
	}
	if (run_user.name) {
		/* groups first, while still allowed to set them */
		if (initgroups(run_user.name, run_user.gid) < 0) {
			dprintf(STDERR_FILENO, "%s: initgroups: %s\n", ltr_progname, strerror(errno));
			_exit(LTR_EXIT_FAILURE);
		}
		if (setregid(run_user.gid, plan->egid) < 0) {
			dprintf(STDERR_FILENO, "%s: setregid: %s\n", ltr_progname, strerror(errno));
			_exit(LTR_EXIT_FAILURE);
		}
		if (setreuid(run_user.uid, plan->euid) < 0) {
			dprintf(STDERR_FILENO, "%s: setreuid: %s\n", ltr_progname, strerror(errno));
			_exit(LTR_EXIT_FAILURE);
		}
	} else if (geteuid() != 0 && setreuid(getuid(), getuid()) < 0) {
		/* a set-user-ID ltr runs the command as its real user */
		dprintf(STDERR_FILENO, "%s: setreuid: %s\n", ltr_progname, strerror(errno));
		_exit(LTR_EXIT_FAILURE);
	}
	execve(plan->path, plan->argv, plan->envp);
	/* strace's words: "exec: Permission denied" */
	dprintf(STDERR_FILENO, "%s: exec: %s\n", ltr_progname, strerror(errno));
	_exit(LTR_EXIT_FAILURE);
}

/* The options launched commands are seized with. */
static unsigned long seize_options(void)
{
	unsigned long o = ltr_tracer.seize_options;

	/*
	 * A launched command dies with ltr (it may carry ltr's seccomp
	 * filter), except with -I1, where as with strace it carries on.
	 */
	if (ltr_tracer.intr != LTR_INTR_ANYWHERE)
		o |= PTRACE_O_EXITKILL;
	if (ltr_tracer.use_seccomp)
		o |= PTRACE_O_TRACESECCOMP;
	/*
	 * strace -d's line, word for word and without "[debug] ": scripts
	 * written for strace -d (strace's own tests) look for it
	 */
	if (ltr_debug_enabled)
		ltr_msg("ptrace_setoptions = %#lx\n", o);
	return o;
}

/*
 * PTRACE_SEIZE of a launched command with seize_options(), without
 * PTRACE_O_EXITKILL where the kernel does not know it (Linux 3.8: older
 * ones refuse unknown options with EINVAL; the command then outlives an
 * ltr killed with SIGKILL). Returns ptrace's result.
 */
static long seize_launched(pid_t pid)
{
	unsigned long options = seize_options();
	long rc = ptrace(PTRACE_SEIZE, pid, 0L, options);

	if (rc < 0 && errno == EINVAL && (options & PTRACE_O_EXITKILL))
		rc = ptrace(PTRACE_SEIZE, pid, 0L, options & ~(unsigned long)PTRACE_O_EXITKILL);
	return rc;
}

/* Without PTRACE_SEIZE (EIO: an unknown request) nothing can be traced. */
static const char *seize_hint(int err)
{
	return err == EIO ? " (ltr needs Linux 3.4 or later)" : "";
}

/* Registers the launched process pid, hidden until its execve. */
static void adopt_launched(pid_t pid)
{
	struct tracee *t = ltr_tracee_add(pid, pid);

	t->flags |= TRACEE_HIDDEN;
	ltr_tracer.launched_pid = pid;
	ltr_tracer_refresh_wake(); /* pid, the only tracee */
}

/* Runs the command in a child, stopped until seized (the usual way). */
static int launch_child(const struct launch_plan *plan)
{
	int status;
	pid_t pid;

	ltr_output_flush();
	pid = fork();
	if (pid < 0) {
		ltr_msg("fork: %s\n", strerror(errno));
		return LTR_EXIT_FAILURE;
	}
	if (pid == 0) {
		raise(SIGSTOP);
		exec_command(plan);
	}
	while (waitpid(pid, &status, WSTOPPED) < 0) {
		if (errno != EINTR) {
			ltr_msg("wait for %d: %s\n", pid, strerror(errno));
			return LTR_EXIT_FAILURE;
		}
	}
	if (!WIFSTOPPED(status)) {
		ltr_msg("the command ended before it could be traced\n");
		return LTR_EXIT_FAILURE;
	}
	if (seize_launched(pid) < 0) {
		ltr_msg("PTRACE_SEIZE %d: %s%s\n", pid, strerror(errno),
			seize_hint(errno));
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		return LTR_EXIT_FAILURE;
	}
	adopt_launched(pid);
	LTR_DEBUG("launched %s as pid %d", plan->path, pid);
	kill(pid, SIGCONT);
	return 0;
}

/*
 * In the tracer (the grandchild, -D): leaves the caller's process group
 * or session as asked, seizes the command's process and interrupts it.
 * Returns 0, or -1 after printing one line.
 */
static int seize_parent(pid_t command, enum ltr_daemonize how)
{
	if (how == LTR_DAEMON_PGROUP && setpgid(0, 0) < 0) {
		ltr_msg("Cannot create a new process group: %s\n", strerror(errno));
		return -1;
	}
	if (how == LTR_DAEMON_SESSION && setsid() < 0) {
		ltr_msg("Cannot create a new session: %s\n", strerror(errno));
		return -1;
	}
	if (seize_launched(command) < 0) {
		ltr_msg("attach: ptrace(PTRACE_SEIZE, %d): %s%s\n", command,
			strerror(errno), seize_hint(errno));
		return -1;
	}
	/* a first stop, from which it is resumed the tracer's way */
	ptrace(PTRACE_INTERRUPT, command, 0L, 0L);
	adopt_launched(command);
	return 0;
}

/*
 * -D: see the header comment. Returns 0 in the tracer, which goes on
 * tracing; the original process becomes the command and never returns.
 */
static int launch_daemonized(const struct launch_plan *plan, enum ltr_daemonize how)
{
	pid_t command = getpid(), child;
	int go[2], status;
	ssize_t n;
	char byte = 0;

	/* Yama's ptrace_scope 1 lets only ancestors trace: allow the tracer */
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0L, 0L, 0L);
	if (pipe2(go, O_CLOEXEC) < 0) {
		ltr_msg("pipe: %s\n", strerror(errno));
		return LTR_EXIT_FAILURE;
	}
	ltr_output_flush();
	child = fork();
	if (child < 0) {
		ltr_msg("fork: %s\n", strerror(errno));
		return LTR_EXIT_FAILURE;
	}
	if (child == 0) {
		pid_t tracer = fork();

		if (tracer != 0)
			_exit(tracer < 0 ? LTR_EXIT_FAILURE : 0); /* the tracer is orphaned */
		close(go[0]);
		if (seize_parent(command, how) < 0)
			_exit(LTR_EXIT_FAILURE); /* closing go tells the command */
		LTR_DEBUG("daemonized: tracer %d, command %d", getpid(), command);
		if (write(go[1], &byte, 1) != 1)
			_exit(LTR_EXIT_FAILURE);
		close(go[1]);
		return 0;
	}
	close(go[1]);
	while (waitpid(child, &status, 0) < 0 && errno == EINTR)
		;
	do
		n = read(go[0], &byte, 1);
	while (n < 0 && errno == EINTR);
	if (n != 1)
		_exit(LTR_EXIT_FAILURE); /* the tracer said why */
	close(go[0]);
	exec_command(plan);
}

/*
 * Once the command runs, ltr lets go of its own stdin and stdout, as
 * strace does: a command that closes them (sh -c 'exec <&- >&-; ...')
 * must close the pipe they are, which ltr would otherwise hold open
 * (the writer would not get its SIGPIPE, the reader its EOF). Each
 * becomes a placeholder, never a closed descriptor that a later open
 * would take: the read end of an empty pipe whose write end is closed
 * (reads give EOF, writes fail). Kept when a script of the user's is
 * loaded (-s FILE, -L CODE): Lua's own print writes to ltr's stdout.
 * Only a descriptor ltr inherited is let go: one that came closed was
 * taken since by ltr's own opens (-o FILE on descriptor 0), which are
 * all close-on-exec, while nothing inherited can be (it survived ltr's
 * execve).
 */
static void release_standard_fds(const struct ltr_options *opts)
{
	unsigned i;
	int fd, p[2];

	for (i = 0; i < opts->nscripts; i++)
		if (opts->scripts[i][0] != '@')
			return;
	fflush(stdout);
	for (fd = 0; fd <= 1; fd++) {
		int flags = fcntl(fd, F_GETFD);

		if (flags < 0 || (flags & FD_CLOEXEC))
			continue; /* closed, or ltr's own */
		if (pipe2(p, O_CLOEXEC) < 0)
			return;
		close(p[1]);
		if (p[0] != fd) {
			dup2(p[0], fd); /* fd itself without O_CLOEXEC: as it was */
			close(p[0]);
		} else {
			fcntl(fd, F_SETFD, 0);
		}
	}
}

int ltr_launch_command(const struct ltr_options *opts)
{
	struct launch_plan plan;
	struct stat st;
	int rc;

	if (strlen(opts->argv[0]) >= sizeof(plan.path)) {
		/* no path can be that long: strace's words */
		ltr_msg("exec: %s\n", strerror(ENAMETOOLONG));
		return LTR_EXIT_FAILURE;
	}
	rc = resolve_command(opts->argv[0], plan.path, sizeof(plan.path));
	if (rc < 0) {
		ltr_msg("Can't stat '%s': %s\n", opts->argv[0], strerror(-rc));
		return LTR_EXIT_FAILURE;
	}
	plan.argv = opts->argv;
	plan.envp = build_env(opts);
	plan.euid = run_user.uid;
	plan.egid = run_user.gid;
	if (run_user.name && stat(plan.path, &st) == 0) {
		/* the kernel ignores these bits for a traced program: apply them */
		if (st.st_mode & S_ISUID)
			plan.euid = st.st_uid;
		if (st.st_mode & S_ISGID)
			plan.egid = st.st_gid;
	}
	if (run_user.name)
		LTR_DEBUG("-u %s: uid %u gid %u, effective %u/%u", run_user.name,
			  (unsigned)run_user.uid, (unsigned)run_user.gid, (unsigned)plan.euid,
			  (unsigned)plan.egid);
	rc = opts->daemonize ? launch_daemonized(&plan, opts->daemonize) : launch_child(&plan);
	if (plan.envp != environ)
		free(plan.envp);
	if (rc == 0)
		release_standard_fds(opts);
	return rc;
}
