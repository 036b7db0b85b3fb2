/* SPDX-License-Identifier: MIT */
/*
 * forker: a raw clone() (fork-like, CLONE_CHILD_SETTID so that the
 * child_tidptr argument shows where each arch keeps it), the child
 * writes and exits 3, the parent waits for it and exits 0. Traced with
 * -f, the child's lines carry its pid. Expected lines: see
 * tests/fixtures/fixture.h (each process flushes its own).
 */
#include "../fixtures/fixture.h"
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>

int main(void)
{
	static const char msg[] = "child\n";
	static int child_tid;
	long pid = fx_getpid(), child, r;
	int status = -1;

	/* No fx_expect before this: the child would inherit the lines. */
#if defined(__x86_64__)
	child = syscall(SYS_clone, CLONE_CHILD_SETTID | SIGCHLD, 0, NULL, &child_tid, 0);
#else
	/* CLONE_BACKWARDS (i386, aarch64, riscv64): tls before child_tid */
	child = syscall(SYS_clone, CLONE_CHILD_SETTID | SIGCHLD, 0, NULL, 0, &child_tid);
#endif
	if (child == 0) {
		long me = fx_getpid();

		r = syscall(SYS_write, 1, msg, sizeof(msg) - 1);
		fx_expect(me, "write(1, %s, %zu) = %s", fx_quote(msg, sizeof(msg) - 1, FX_BUF),
			  sizeof(msg) - 1, fx_ret(r));
		fx_exit(3);
	}
	if (child < 0) {
		perror("clone");
		return 1;
	}
	fx_expect(pid, "clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD, "
		  "child_tidptr=%p) = %ld", (void *)&child_tid, child);
	r = syscall(SYS_wait4, child, &status, 0, NULL);
	fx_expect(pid, "wait4(%ld, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = %s",
		  child, fx_ret(r));
	fx_exit(0);
}
