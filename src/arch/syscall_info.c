/* SPDX-License-Identifier: MIT */
/*
 * Reading a syscall stop: what call it is, entering or leaving, with
 * which arguments or result, in which personality (include/ltr/arch.h).
 * Two paths:
 *
 * - PTRACE_GET_SYSCALL_INFO (Linux 5.3): the kernel says it all, op
 *   (ENTRY, EXIT, SECCOMP) included.
 *
 * - The registers (src/arch/<host>/regs.c: ltr_regs_read_stop), on
 *   older kernels or with LTR_NO_GET_SYSCALL_INFO=1 in the environment.
 *   The registers do not say whether a stop is an entry or an exit, so
 *   ltr's own state of the thread does, as strace did before 5.3: a
 *   SIGTRAP|0x80 stop is an exit when the thread is in a call
 *   (TRACEE_IN_SYSCALL: set by the entry, cleared by the exit or, under
 *   ltr's seccomp filter, when the call is resumed without wanting its
 *   exit), an entry otherwise. A PTRACE_EVENT_SECCOMP stop is told by its
 *   wait status. The kernel's order of a filtered call's stops matters
 *   only when the tracer resumes a seccomp stop with PTRACE_SYSCALL (ltr
 *   does when it wants the exit):
 *     Linux 4.8 and later:  seccomp stop -> syscall-exit-stop
 *     before 4.8 (x86):     seccomp stop -> syscall-entry-stop -> exit
 *   (and before 4.8 no entry stop when the tracer skipped the call at
 *   the seccomp stop: the number -1 goes straight to the exit). The
 *   order is found out once, when first needed, by tracing a child
 *   (ltr_seccomp_stops_before_entry), and the extra entry stop of the
 *   old order is swallowed. New threads and children start outside any
 *   call: their first stop after the attach or the fork event is
 *   normally not an exit (PTRACE_INTERRUPT and fork children stop on
 *   their way back to user space, after any exit stop); a thread seized
 *   in the middle of a fork or an execve reports that event first and
 *   then the call's exit, which x86's and aarch64's registers tell.
 *
 * The registers are used for the rest of the run once
 * PTRACE_GET_SYSCALL_INFO failed with EIO (a request the kernel does not
 * know) before it ever worked. Forcing them forces the register path of
 * changes too (modify.c), as such a kernel has no PTRACE_SET_SYSCALL_INFO.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/msg.h"
#include "ltr/seccomp.h"
#include "ltr/tracee.h"
#include "regs.h"

static enum { GSI_UNTRIED, GSI_WORKS, GSI_MISSING } gsi_state;
static bool env_read;
static bool env_forbids;
/* -1 until needed: ltr_seccomp_stops_before_entry()'s answer. */
static int seccomp_first = -1;

bool ltr_arch_stops_from_registers(void)
{
	if (!env_read) {
		const char *v = getenv("LTR_NO_GET_SYSCALL_INFO");

		env_forbids = v && *v && strcmp(v, "0") != 0;
		env_read = true;
	}
	return env_forbids || gsi_state == GSI_MISSING;
}

void ltr_arch_syscall_info_reset(void)
{
	gsi_state = GSI_UNTRIED;
	env_read = false;
	seccomp_first = -1;
}

int ltr_regs_syscall_info(pid_t tid, bool seccomp_stop, bool in_syscall, bool seccomp_first_order,
			  bool *after_seccomp, ltr_regs_reader *read,
			  struct __ptrace_syscall_info *info)
{
	bool entry = seccomp_stop || !in_syscall;
	/* before 4.8: maybe the entry stop of a call already reported */
	bool doubtful = !entry && *after_seccomp && seccomp_first_order;
	struct ltr_regs_stop r;
	unsigned i;
	int rc;

	*after_seccomp = seccomp_stop;
	rc = read(tid, entry ? LTR_REGS_NR | LTR_REGS_ARGS : doubtful ? LTR_REGS_NR : 0, &r);
	if (rc)
		return rc;
	if (!seccomp_stop && r.hint == LTR_REGS_HINT_EXIT) {
		entry = false;
		doubtful = false;
	} else if (!seccomp_stop && r.hint == LTR_REGS_HINT_ENTRY && !entry) {
		if (doubtful)
			return 0;
		entry = true; /* the state was wrong: read what an entry needs */
		rc = read(tid, LTR_REGS_NR | LTR_REGS_ARGS, &r);
		if (rc)
			return rc;
	}
	if (doubtful && r.nr != -1)
		return 0;
	memset(info, 0, sizeof(*info));
	info->arch = r.arch;
	info->instruction_pointer = r.ip;
	info->stack_pointer = r.sp;
	if (entry) {
		/* info->seccomp starts with nr and args, laid out as info->entry */
		info->op = seccomp_stop ? PTRACE_SYSCALL_INFO_SECCOMP : PTRACE_SYSCALL_INFO_ENTRY;
		info->entry.nr = (uint64_t)r.nr;
		for (i = 0; i < 6; i++)
			info->entry.args[i] = r.args[i];
	} else {
		info->op = PTRACE_SYSCALL_INFO_EXIT;
		info->exit.rval = r.rval;
		info->exit.is_error = r.rval < 0 && r.rval >= -4095;
	}
	return 1;
}

/* Whether seccomp stops come before syscall-entry-stops here (once). */
bool ltr_arch_seccomp_stops_first(void)
{
	if (!ltr_arch_stops_from_registers())
		return false; /* PTRACE_GET_SYSCALL_INFO: Linux 5.3 or later */
	if (seccomp_first < 0) {
		seccomp_first = ltr_seccomp_stops_before_entry();
		if (seccomp_first < 0)
			seccomp_first = 0; /* cannot tell: assume today's kernels */
	}
	return seccomp_first == 1;
}

int ltr_arch_get_syscall_info(struct tracee *t, int status, struct __ptrace_syscall_info *info)
{
	bool seccomp_stop = (unsigned)status >> 16 == PTRACE_EVENT_SECCOMP;
	bool in_syscall = t->flags & TRACEE_IN_SYSCALL;
	int rc;

	if (!ltr_arch_stops_from_registers()) {
		if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(*info), info) > 0) {
			/*
			 * strace -d's line, word for word: strace's own
			 * tests look for it before they test what needs it
			 */
			if (gsi_state == GSI_UNTRIED && ltr_debug_enabled)
				ltr_msg("PTRACE_GET_SYSCALL_INFO works\n");
			gsi_state = GSI_WORKS;
			return 1;
		}
		if (errno != EIO || gsi_state == GSI_WORKS)
			return -errno;
		gsi_state = GSI_MISSING; /* before Linux 5.3 */
		if (ltr_debug_enabled) /* strace -d's words too */
			ltr_msg("PTRACE_GET_SYSCALL_INFO does not work\n");
		LTR_DEBUG("stops are read from the registers");
	} else if (gsi_state == GSI_UNTRIED) {
		gsi_state = GSI_MISSING;
		LTR_DEBUG("LTR_NO_GET_SYSCALL_INFO: stops are read from the registers");
	}
	rc = ltr_regs_syscall_info(t->tid, seccomp_stop, in_syscall,
				   !seccomp_stop && in_syscall && t->regs_after_seccomp &&
					   ltr_arch_seccomp_stops_first(),
				   &t->regs_after_seccomp, ltr_regs_read_stop, info);
	if (rc > 0 && info->op == PTRACE_SYSCALL_INFO_SECCOMP) {
		/* the filter's SECCOMP_RET_DATA, as PTRACE_GET_SYSCALL_INFO gives it */
		unsigned long data = 0;

		ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &data);
		info->seccomp.ret_data = (uint32_t)data;
	}
	return rc;
}

/*
 * Where stopped tid is, at any stop: its instruction pointer and the
 * AUDIT_ARCH_* of its personality. Returns false when neither way reads.
 */
static bool stop_where(pid_t tid, uint64_t *pc, uint32_t *audit_arch)
{
	struct __ptrace_syscall_info info;
	struct ltr_regs_stop r;

	if (!ltr_arch_stops_from_registers()) {
		memset(&info, 0, sizeof(info));
		if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof(info), &info) > 0) {
			*pc = info.instruction_pointer;
			*audit_arch = info.arch;
			return true;
		}
	}
	if (ltr_regs_read_stop(tid, 0, &r) != 0)
		return false;
	*pc = r.ip;
	*audit_arch = r.arch;
	return true;
}

uint64_t ltr_arch_stop_pc(pid_t tid)
{
	uint64_t pc;
	uint32_t audit_arch;

	return stop_where(tid, &pc, &audit_arch) ? pc : 0;
}

const struct ltr_arch *ltr_arch_stop_arch(pid_t tid)
{
	uint64_t pc;
	uint32_t audit_arch;

	return stop_where(tid, &pc, &audit_arch) ? ltr_arch_by_audit(audit_arch) : NULL;
}

/*
 * Stub for hosts without a src/arch/<host>/regs.c: a regs.c compiled for
 * the host replaces it (strong symbols win at link time).
 */
__attribute__((weak)) int ltr_regs_read_stop(pid_t tid, unsigned want, struct ltr_regs_stop *r)
{
	(void)tid;
	(void)want;
	(void)r;
	return -ENOSYS;
}
