/* SPDX-License-Identifier: MIT */
/*
 * The ptrace floor: the least a ptrace-based tracer must do. It launches
 * COMMAND as ltr does (the child stops itself, is PTRACE_SEIZEd with the
 * options ltr uses, and continued), then only waits and resumes with
 * PTRACE_SYSCALL: two stops per syscall, no decoding, no output. It
 * follows forks, vforks and clones. Any tracer's time over this is what
 * its own work costs.
 *
 * Two variants isolate what the way of waiting and a seccomp filter cost:
 * --poll waits with WNOHANG in a loop instead of blocking (a CPU busy
 * polling is never idle, so no stop pays for waking it; see ltr's
 * src/wait.c), and --filter-only does not trace at all: COMMAND runs under
 * a seccomp filter that allows everything, which is the least any
 * seccomp-based filtering costs (every syscall takes the kernel's slower
 * entry path).
 *
 *	floor [--poll | --filter-only] COMMAND [ARG...]
 *	                           exits with COMMAND's status
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

/* Execs argv under a seccomp filter that allows every syscall. */
static int filter_only(char **argv)
{
	struct sock_filter allow = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	struct sock_fprog prog = { 1, &allow };

	if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) < 0 ||
	    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) < 0) {
		perror("floor: seccomp");
		return 1;
	}
	execvp(argv[0], argv);
	fprintf(stderr, "floor: exec %s: %s\n", argv[0], strerror(errno));
	return 127;
}

int main(int argc, char **argv)
{
	const long options = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEFORK |
			     PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE | PTRACE_O_EXITKILL;
	int status, exit_status = 1, wait_flags = __WALL;
	pid_t child, tid;

	if (argc > 1 && strcmp(argv[1], "--poll") == 0) {
		wait_flags |= WNOHANG;
		argv++, argc--;
	} else if (argc > 2 && strcmp(argv[1], "--filter-only") == 0) {
		return filter_only(argv + 2);
	}
	if (argc < 2) {
		fprintf(stderr, "usage: floor [--poll | --filter-only] COMMAND [ARG...]\n");
		return 2;
	}
	child = fork();
	if (child < 0) {
		perror("floor: fork");
		return 1;
	}
	if (child == 0) {
		raise(SIGSTOP);
		execvp(argv[1], argv + 1);
		fprintf(stderr, "floor: exec %s: %s\n", argv[1], strerror(errno));
		_exit(127);
	}
	if (waitpid(child, &status, WSTOPPED) != child || !WIFSTOPPED(status) ||
	    ptrace(PTRACE_SEIZE, child, 0L, options) < 0) {
		perror("floor: seize");
		kill(child, SIGKILL);
		return 1;
	}
	kill(child, SIGCONT);

	/* Until no tracee is left (ECHILD). */
	while ((tid = wait4(-1, &status, wait_flags, NULL)) >= 0 || errno == EINTR) {
		int sig, event;

		if (tid <= 0)
			continue;
		if (!WIFSTOPPED(status)) {
			if (tid == child)
				exit_status = WIFEXITED(status) ? WEXITSTATUS(status)
								: 128 + WTERMSIG(status);
			continue;
		}
		sig = WSTOPSIG(status);
		event = status >> 16;
		if (sig == (SIGTRAP | 0x80)) {
			sig = 0; /* syscall entry or exit */
		} else if (event == PTRACE_EVENT_STOP) {
			if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
				/* group stop: stay stopped until SIGCONT */
				ptrace(PTRACE_LISTEN, tid, 0L, 0L);
				continue;
			}
			sig = 0; /* a new tracee's first stop */
		} else if (event) {
			sig = 0; /* fork, vfork, clone, exec */
		}
		ptrace(PTRACE_SYSCALL, tid, 0L, (long)sig);
	}
	return exit_status;
}
