/* SPDX-License-Identifier: MIT */
/*
 * Changing syscalls in the tracee: the number, the arguments, a skip, the
 * return value (include/ltr/arch.h). Two paths:
 *
 * - PTRACE_SET_SYSCALL_INFO (Linux 6.16, request 0x4212): the tracer
 *   passes a whole struct ptrace_syscall_info (addr = its size, at least
 *   the kernel's 88 bytes, else EINVAL). The kernel (kernel/ptrace.c,
 *   ptrace_set_syscall_info) requires op to be the op of the current stop
 *   (ENTRY, EXIT or SECCOMP; EINVAL otherwise) and the reserved, flags and
 *   seccomp.reserved2 fields to be 0 (EINVAL); it ignores arch,
 *   instruction_pointer, stack_pointer and seccomp.ret_data. At an entry
 *   stop it sets the number (entry.nr must be an int or a sign-extended
 *   int: -1 is 0xffffffffffffffff, else ERANGE) and all six arguments,
 *   except when the number is -1, which skips the call and leaves the
 *   arguments alone. At an exit stop it sets the return value: rval when
 *   is_error is 0, else the error rval (kernel style, -errno). So we read
 *   the stop with PTRACE_GET_SYSCALL_INFO first and send it back changed.
 *
 * - The registers of the host (src/arch/<host>/regs.c), for older kernels
 *   or when LTR_NO_SET_SYSCALL_INFO=1 is in the environment, or when
 *   stops are read from the registers (syscall_info.c: a kernel without
 *   PTRACE_GET_SYSCALL_INFO, or LTR_NO_GET_SYSCALL_INFO=1).
 *
 * Availability is found out once, at the first modification: EIO (an
 * unknown request) or EINVAL from it means the kernel lacks it, and the
 * registers are used for the rest of the run.
 *
 * Either way a skipped call still has an exit stop, where the kernel has
 * left -ENOSYS as its result: the tracer sets the value the tracee should
 * see there (ltr_arch_apply_return).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/syscall.h"
#include "regs.h"

#ifndef PTRACE_SET_SYSCALL_INFO
#define PTRACE_SET_SYSCALL_INFO 0x4212
#endif

/* struct ptrace_syscall_info of <linux/ptrace.h> as of Linux 6.16. */
struct syscall_info {
	uint8_t op;         /* PTRACE_SYSCALL_INFO_* */
	uint8_t reserved;   /* must be 0 for SET */
	uint16_t flags;     /* must be 0 for SET */
	uint32_t arch;
	uint64_t instruction_pointer;
	uint64_t stack_pointer;
	union {
		struct {
			uint64_t nr;
			uint64_t args[6];
		} entry;
		struct {
			int64_t rval;
			uint8_t is_error;
		} exit;
		struct {
			uint64_t nr;
			uint64_t args[6];
			uint32_t ret_data;
			uint32_t reserved2; /* must be 0 for SET */
		} seccomp;
	} u;
};
_Static_assert(sizeof(struct syscall_info) == 88, "struct ptrace_syscall_info is 88 bytes");

/* Returned by the ssi_* helpers when the kernel lacks the request. */
#define SSI_UNAVAILABLE 1

static enum { SSI_UNTRIED, SSI_WORKS, SSI_MISSING } ssi_state;
static bool env_read;
static bool env_forbids;
static enum ltr_modify_path last_path;

/*
 * Original arguments of calls whose arguments were changed, by thread,
 * until ltr_arch_restore_args() at their exit stop. A thread has at most
 * one call in flight; slots of threads that died mid-call are reused.
 */
#define NSAVED 64
static struct saved_args {
	pid_t tid;          /* 0: free */
	uint64_t args[6];
} saved[NSAVED];
static unsigned saved_next;

static void save_args(pid_t tid, const uint64_t args[6])
{
	struct saved_args *slot = NULL;
	unsigned i;

	for (i = 0; i < NSAVED && !slot; i++)
		if (saved[i].tid == tid)
			slot = &saved[i];
	for (i = 0; i < NSAVED && !slot; i++)
		if (saved[i].tid == 0)
			slot = &saved[i];
	if (!slot) {
		slot = &saved[saved_next];
		saved_next = (saved_next + 1) % NSAVED;
	}
	slot->tid = tid;
	memcpy(slot->args, args, sizeof(slot->args));
}

/* Moves the saved arguments of tid into args; false when there are none. */
static bool take_args(pid_t tid, uint64_t args[6])
{
	unsigned i;

	for (i = 0; i < NSAVED; i++)
		if (saved[i].tid == tid) {
			memcpy(args, saved[i].args, sizeof(saved[i].args));
			saved[i].tid = 0;
			return true;
		}
	return false;
}

static bool ssi_wanted(void)
{
	if (!env_read) {
		const char *v = getenv("LTR_NO_SET_SYSCALL_INFO");

		env_forbids = v && *v && strcmp(v, "0") != 0;
		env_read = true;
		if (env_forbids)
			LTR_DEBUG("LTR_NO_SET_SYSCALL_INFO: calls are changed through registers");
	}
	return !env_forbids && ssi_state != SSI_MISSING && !ltr_arch_stops_from_registers();
}

/* Reads the current stop. Returns 0, -errno or SSI_UNAVAILABLE. */
static int ssi_get(pid_t tid, struct syscall_info *info)
{
	memset(info, 0, sizeof(*info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, (void *)sizeof(*info), info) > 0)
		return 0;
	if (errno == EIO && ssi_state != SSI_WORKS) {
		/* Before 5.3 there is no GET either, so no SET. */
		ssi_state = SSI_MISSING;
		return SSI_UNAVAILABLE;
	}
	return errno ? -errno : -EIO;
}

/* Writes info back. Returns 0, -errno or SSI_UNAVAILABLE. */
static int ssi_set(pid_t tid, struct syscall_info *info)
{
	int err;

	info->reserved = 0;
	info->flags = 0;
	if (info->op == PTRACE_SYSCALL_INFO_SECCOMP)
		info->u.seccomp.reserved2 = 0;
	if (ptrace(PTRACE_SET_SYSCALL_INFO, tid, (void *)sizeof(*info), info) == 0) {
		if (ssi_state != SSI_WORKS)
			LTR_DEBUG("calls are changed with PTRACE_SET_SYSCALL_INFO");
		ssi_state = SSI_WORKS;
		return 0;
	}
	err = errno;
	if (ssi_state != SSI_WORKS && (err == EIO || err == EINVAL)) {
		LTR_DEBUG("no PTRACE_SET_SYSCALL_INFO: calls are changed through registers");
		ssi_state = SSI_MISSING;
		return SSI_UNAVAILABLE;
	}
	return -err;
}

static int ssi_apply_entry(pid_t tid, const struct ltr_call *c, uint64_t orig_args[6])
{
	struct syscall_info info;
	unsigned i;
	int rc = ssi_get(tid, &info);

	if (rc)
		return rc;
	if (info.op != PTRACE_SYSCALL_INFO_ENTRY && info.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return -EINVAL; /* not at an entry stop: the caller's mistake */
	/* entry and seccomp share the layout of nr and args */
	memcpy(orig_args, info.u.entry.args, sizeof(info.u.entry.args));
	if (c->mods & LTR_MOD_SKIP) {
		info.u.entry.nr = (uint64_t)(int64_t)-1;
	} else {
		if (c->mods & LTR_MOD_NR)
			info.u.entry.nr = (uint64_t)(int64_t)c->nr;
		if (c->mods & LTR_MOD_ARGS)
			for (i = 0; i < 6; i++)
				info.u.entry.args[i] = c->arch && c->arch->wordsize == 4
					? (uint32_t)c->args[i] : c->args[i];
	}
	return ssi_set(tid, &info);
}

static int ssi_apply_return(pid_t tid, int64_t ret)
{
	struct syscall_info info;
	int rc = ssi_get(tid, &info);

	if (rc)
		return rc;
	if (info.op != PTRACE_SYSCALL_INFO_EXIT)
		return -EINVAL;
	memset(&info.u, 0, sizeof(info.u));
	info.u.exit.rval = ret;
	info.u.exit.is_error = ret < 0 && ret >= -4095;
	return ssi_set(tid, &info);
}

int ltr_arch_apply_entry(pid_t tid, const struct ltr_call *c)
{
	const unsigned mods = c->mods & (LTR_MOD_SKIP | LTR_MOD_NR | LTR_MOD_ARGS);
	uint64_t orig_args[6];
	int rc = SSI_UNAVAILABLE;

	if (!mods)
		return 0;
	if (ssi_wanted()) {
		rc = ssi_apply_entry(tid, c, orig_args);
		if (rc == 0)
			last_path = LTR_MODIFY_SYSCALL_INFO;
	}
	if (rc == SSI_UNAVAILABLE) {
		rc = ltr_regs_apply_entry(tid, c, orig_args);
		if (rc == 0)
			last_path = LTR_MODIFY_REGS;
	}
	if (rc == 0 && (mods & LTR_MOD_ARGS) && !(mods & LTR_MOD_SKIP))
		save_args(tid, orig_args);
	return rc;
}

int ltr_arch_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret)
{
	int rc = SSI_UNAVAILABLE;

	if (c && c->arch && c->arch->wordsize == 4)
		ret = (int32_t)ret;
	if (ssi_wanted()) {
		rc = ssi_apply_return(tid, ret);
		if (rc == 0)
			last_path = LTR_MODIFY_SYSCALL_INFO;
	}
	if (rc == SSI_UNAVAILABLE) {
		rc = ltr_regs_apply_return(tid, c, ret);
		if (rc == 0)
			last_path = LTR_MODIFY_REGS;
	}
	return rc;
}

int ltr_arch_restore_args(pid_t tid, const struct ltr_call *c)
{
	uint64_t orig_args[6];

	if (!take_args(tid, orig_args))
		return 0;
	return ltr_regs_restore_args(tid, c, orig_args);
}

enum ltr_modify_path ltr_arch_modify_path(void)
{
	return last_path;
}

void ltr_arch_modify_reset(void)
{
	ssi_state = SSI_UNTRIED;
	env_read = false;
	last_path = LTR_MODIFY_UNKNOWN;
	memset(saved, 0, sizeof(saved));
}

/*
 * Stubs for hosts without a src/arch/<host>/regs.c: a regs.c compiled for
 * the host replaces them (strong symbols win at link time).
 */
__attribute__((weak)) int ltr_regs_apply_entry(pid_t tid, const struct ltr_call *c,
					       uint64_t orig_args[6])
{
	(void)tid;
	(void)c;
	(void)orig_args;
	return -ENOSYS;
}

__attribute__((weak)) int ltr_regs_apply_return(pid_t tid, const struct ltr_call *c, int64_t ret)
{
	(void)tid;
	(void)c;
	(void)ret;
	return -ENOSYS;
}

__attribute__((weak)) int ltr_regs_restore_args(pid_t tid, const struct ltr_call *c,
						const uint64_t orig_args[6])
{
	(void)tid;
	(void)c;
	(void)orig_args;
	return -ENOSYS;
}
