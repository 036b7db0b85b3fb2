/* SPDX-License-Identifier: MIT */
/*
 * Kernel-side syscall filtering for launched commands (seccomp-bpf).
 *
 * ltr knows which syscalls anyone looks at. ltr_seccomp_build() turns that
 * into a classic-BPF seccomp program returning SECCOMP_RET_TRACE for those
 * and SECCOMP_RET_ALLOW for the rest; the forked child installs it with
 * ltr_seccomp_install() after it has been seized and before its execve.
 * The tracer must then have PTRACE_O_TRACESECCOMP set and resume with
 * PTRACE_CONT: the wanted calls stop as PTRACE_EVENT_SECCOMP, the others
 * run without any stop.
 *
 * A filter cannot be removed: a process that carries one and has no
 * tracer any more gets ENOSYS from every wanted syscall. So it is only for
 * launched commands whose whole process tree ltr keeps traced, never for
 * attached ones (-p).
 */
#ifndef LTR_SECCOMP_H
#define LTR_SECCOMP_H

#include <stdbool.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

struct ltr_arch;

/*
 * What ltr's filter returns for a call that stops: SECCOMP_RET_TRACE with
 * data of ltr's own ("lt"), which PTRACE_GETEVENTMSG gives at the stop.
 * A seccomp stop with other data comes from a filter the traced program
 * installed itself asking for a tracer; ltr answers it as a tracer that
 * did not ask for such stops (strace): the call fails with ENOSYS.
 */
#define LTR_SECCOMP_DATA 0x6c74u
#define LTR_SECCOMP_RET_TRACE (SECCOMP_RET_TRACE | LTR_SECCOMP_DATA)

/*
 * Says whether syscall nr of arch needs a stop. Called once for every
 * number of every arch the host can run (0 <= nr < arch->nsyscalls,
 * holes in the table included).
 */
typedef bool ltr_seccomp_want_fn(const struct ltr_arch *arch, long nr, void *ctx);

/*
 * Builds the filter into *prog: for every arch of ltr_arches[] that can
 * occur on this host (x86_64: x86_64 and i386), TRACE where want() says
 * so, and ALLOW elsewhere. Always TRACE: execve and execveat (see
 * ltr_seccomp_always[]), numbers outside an arch's table (so x32 calls on
 * x86_64 and negative numbers), and every arch without a table. The
 * program uses only instructions the kernel's constant-action cache
 * (Linux 5.11+) understands, so allowed calls do not even run it. The
 * caller frees prog->filter. Returns 0, -ENOMEM, or -E2BIG when the
 * program would exceed BPF_MAXINSNS.
 */
int ltr_seccomp_build(ltr_seccomp_want_fn *want, void *ctx, struct sock_fprog *prog);

/* The syscalls every filter traces, whatever want() says; NULL-ended. */
extern const char *const ltr_seccomp_always[];

/*
 * Installs prog on the calling thread: seccomp(SECCOMP_SET_MODE_FILTER),
 * and when the kernel refuses for lack of CAP_SYS_ADMIN, sets
 * PR_SET_NO_NEW_PRIVS and tries again (as strace: set-user-ID programs
 * then run without their privileges). Meant for the forked child before
 * exec: raw syscalls only, no allocation, async-signal-safe. Returns 0 or
 * -errno.
 */
int ltr_seccomp_install(const struct sock_fprog *prog);

/*
 * Whether this kernel takes seccomp filters (Linux 3.5 and
 * CONFIG_SECCOMP_FILTER: SECCOMP_RET_TRACE, PTRACE_O_TRACESECCOMP).
 * Asks without installing anything.
 */
bool ltr_seccomp_available(void);

/*
 * The order of a traced call's stops, found out once by tracing a
 * forked child under a one-call filter (as strace does): 1 when the
 * PTRACE_EVENT_SECCOMP stop comes before the syscall-entry-stop (x86
 * before Linux 4.8), 0 when after it (4.8 and later, and arches whose
 * seccomp always ran after ptrace), -errno when it cannot be told. The
 * child is gone when this returns.
 */
int ltr_seccomp_stops_before_entry(void);

#endif
