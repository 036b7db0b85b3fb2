/* SPDX-License-Identifier: MIT */
/*
 * Launching a command under the tracer. The child stops itself with
 * SIGSTOP before its execve; ltr seizes it and sends SIGCONT. The tracee
 * is marked hidden: stops.c shows nothing of it until its execve.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ltr/options.h"
#include "ltr/output.h"
#include "ltr/seccomp.h"
#include "ltr/tracee.h"
#include "tracer_internal.h"

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

/*
 * Seizes the launched command with ltr's options, and PTRACE_O_EXITKILL
 * (the command dies with ltr) where the kernel has it (Linux 3.8: older
 * ones refuse unknown options with EINVAL). Returns ptrace's result.
 */
static long seize_launched(pid_t pid)
{
	long options = (long)(ltr_tracer.seize_options |
			      (ltr_tracer.use_seccomp ? PTRACE_O_TRACESECCOMP : 0));
	long rc = ptrace(PTRACE_SEIZE, pid, 0L, options | PTRACE_O_EXITKILL);

	if (rc < 0 && errno == EINVAL)
		rc = ptrace(PTRACE_SEIZE, pid, 0L, options);
	return rc;
}

/*
 * Forks argv, which stops itself with SIGSTOP, installs the seccomp filter
 * (when ltr_tracer.use_seccomp) and execs once seized and continued. Returns
 * 0, or ltr's exit status after printing one line on stderr.
 */
int ltr_launch_command(char **argv)
{
	char path[PATH_MAX];
	struct tracee *t;
	int rc, status;
	pid_t pid;

	rc = resolve_command(argv[0], path, sizeof(path));
	if (rc < 0) {
		fprintf(stderr, "ltr: Can't stat '%s': %s\n", argv[0], strerror(-rc));
		return LTR_EXIT_FAILURE;
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
		if (ltr_tracer.use_seccomp) {
			int err = ltr_seccomp_install(&ltr_tracer.seccomp_prog);

			if (err < 0) {
				dprintf(STDERR_FILENO,
					"ltr: cannot install the seccomp filter: %s (try --no-seccomp)\n",
					strerror(-err));
				_exit(LTR_EXIT_FAILURE);
			}
		}
		execv(path, argv);
		/* not stdio: ltr's stderr may be fully buffered (the trace) */
		dprintf(STDERR_FILENO, "ltr: exec '%s': %s\n", path, strerror(errno));
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
	if (seize_launched(pid) < 0) {
		fprintf(stderr, "ltr: PTRACE_SEIZE %d: %s%s\n", pid, strerror(errno),
			errno == EIO ? " (ltr needs Linux 3.4 or later)" : "");
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		return LTR_EXIT_FAILURE;
	}
	t = ltr_tracee_add(pid, pid);
	t->flags |= TRACEE_HIDDEN;
	ltr_tracer.launched_pid = pid;
	ltr_tracer_refresh_wake(); /* pid, the only tracee */
	kill(pid, SIGCONT);
	return 0;
}
