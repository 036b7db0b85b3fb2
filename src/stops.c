/* SPDX-License-Identifier: MIT */
/*
 * What each stop means: syscall entry and exit (with the hooks' changes
 * applied), signals, group-stops, new children, execve, and the end of a
 * tracee, told to the consumers as events (include/ltr/events.h). Every
 * handler leaves the tracee resumed, listening or gone.
 */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>
#include <linux/seccomp.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/mem.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/seccomp.h"
#include "ltr/stats.h"
#include "ltr/tracee.h"
#include "ltr/unwind.h"
#include "tracer_internal.h"

/* The thread group id of tid, from /proc; tid itself when unknown. */
pid_t ltr_stops_tgid_of(pid_t tid)
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

/* System CPU time of the last waited-for process, in microseconds. */
static int64_t stime_us(void)
{
	return (int64_t)ltr_tracer.last_rusage.ru_stime.tv_sec * 1000000 + ltr_tracer.last_rusage.ru_stime.tv_usec;
}

/* Writes back what entry hooks changed: number, arguments, or a skip. */
static void apply_entry_mods(struct tracee *t)
{
	const struct ltr_call *c = &t->call;
	struct ltr_call regs_call;
	int rc;

	if (t->call.mux.desc && (c->mods & LTR_MOD_ARGS)) {
		/* a resolved socketcall or ipc: the arguments go where the kernel reads them */
		regs_call = *c;
		if (!ltr_demux_apply_args(&t->call, regs_call.args))
			regs_call.mods &= ~(unsigned)LTR_MOD_ARGS;
		c = &regs_call;
	}
	rc = ltr_arch_apply_entry(t->tid, c);

	if (rc < 0 && rc != -ESRCH)
		ltr_msg("cannot change syscall of %d: %s\n", t->tid, strerror(-rc));
}

/* Makes the tracee see ret (kernel style) as the result of its call. */
static void apply_return(struct tracee *t, int64_t ret)
{
	int rc = ltr_arch_apply_return(t->tid, &t->call, ret);

	if (rc < 0 && rc != -ESRCH)
		ltr_msg("cannot change the result of %d: %s\n", t->tid, strerror(-rc));
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

/*
 * The state of t's call that starts at this entry stop (unread: its stop
 * could not be read): nothing done, changed or printed yet; the entry
 * clocks when something needs them.
 */
static void start_call(struct tracee *t, bool unread)
{
	struct ltr_call *c = &t->call;

	c->exiting = false;
	c->next_arg = 0;
	c->ret = 0;
	c->ret_text[0] = '\0';
	c->mods = 0;
	c->rejected = false;
	c->unread = unread;
	c->end = LTR_END_NONE;
	c->delay_ns = 0;
	c->signal = 0;
	c->patch_len = 0;
	memset(c->saved, 0, sizeof(c->saved));
	if (ltr_tracer.needs & LTR_NEED_CLOCK) {
		clock_gettime(CLOCK_MONOTONIC, &t->entry_time);
		clock_gettime(CLOCK_REALTIME, &t->entry_wall);
	}
}

/*
 * Whether a call of desc with args installs a seccomp filter or strict
 * mode: seccomp(SECCOMP_SET_MODE_STRICT or _FILTER, ...) or
 * prctl(PR_SET_SECCOMP, ...).
 */
static bool installs_seccomp(const struct ltr_syscall_desc *desc, const uint64_t *args)
{
	/* rows are per name, shared by every arch: compared by address */
	static const struct ltr_syscall_desc *seccomp_row, *prctl_row;

	if (!seccomp_row) {
		seccomp_row = ltr_syscall_desc_find("seccomp");
		prctl_row = ltr_syscall_desc_find("prctl");
	}
	if (desc == seccomp_row)
		return args[0] == SECCOMP_SET_MODE_STRICT || args[0] == SECCOMP_SET_MODE_FILTER;
	return desc == prctl_row && args[0] == PR_SET_SECCOMP;
}

/*
 * t's process is about to have a seccomp filter of its own: from now on
 * its threads stop at every call (TRACEE_STEPPING), whether it succeeds
 * or not (a failed install only costs stops).
 */
static void step_process(struct tracee *t)
{
	struct tracee *o;

	LTR_DEBUG("process %d installs a seccomp filter: stopping at every call", (int)t->pid);
	for (o = ltr_tracee_first(); o; o = o->list_next)
		if (o->pid == t->pid)
			o->flags |= TRACEE_STEPPING;
}

/*
 * t stopped for SECCOMP_RET_TRACE of a filter the program installed
 * itself (not ltr's: see LTR_SECCOMP_DATA). ltr answers as a tracer that
 * does not serve such stops: the call is skipped and fails with ENOSYS,
 * as under strace (or no tracer at all); its exit stop sets the result.
 */
static void own_trace_stop(struct tracee *t)
{
	struct ltr_call skip = { .arch = t->arch ? t->arch : ltr_arch_native(),
				 .mods = LTR_MOD_SKIP };
	int rc = ltr_arch_apply_entry(t->tid, &skip);

	if (rc < 0 && rc != -ESRCH)
		ltr_msg("cannot skip syscall of %d: %s\n", t->tid, strerror(-rc));
	t->flags |= TRACEE_IN_SYSCALL | TRACEE_ENOSYS_AT_EXIT;
}

/* At the exit stop of a call own_trace_stop() skipped (syscall_exit()): ENOSYS it is. */
static void own_trace_exit(struct tracee *t)
{
	struct ltr_call ret = { .arch = t->arch ? t->arch : ltr_arch_native() };
	int rc = ltr_arch_apply_return(t->tid, &ret, -ENOSYS);

	if (rc < 0 && rc != -ESRCH)
		ltr_msg("cannot change the result of %d: %s\n", t->tid, strerror(-rc));
	t->flags &= ~TRACEE_ENOSYS_AT_EXIT;
}

/*
 * A syscall-entry (or seccomp) stop: fills t->call, runs entry hooks and
 * writes back what they changed, prints the entry. Marks the call hidden
 * when nothing wants it.
 */
static void syscall_entry(struct tracee *t, const struct __ptrace_syscall_info *info)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(info->arch);
	struct ltr_call *c = &t->call;
	const struct ltr_syscall_desc *desc;
	long nr = (long)info->entry.nr, nr_judged = nr;
	bool multiplex;
	unsigned i;

	if (!arch)
		arch = ltr_arch_native();
	if (t->arch && t->arch != arch && !(t->flags & TRACEE_HIDDEN)) {
		t->arch = arch;
		ltr_events_emit_simple(LTR_EV_PERSONALITY, t);
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
	    ltr_unwind_changes_maps(arch, nr, (const uint64_t *)info->entry.args))
		ltr_unwind_invalidate(t->pid);
	desc = nr < LTR_SUBCALL_NR_BASE ? ltr_arch_syscall_desc(arch, nr) : NULL;
	if (ltr_tracer.use_seccomp && desc && !(t->flags & TRACEE_STEPPING) &&
	    installs_seccomp(desc, info->entry.args))
		step_process(t);
	if (t->flags & TRACEE_HIDDEN) {
		if (!desc || !(desc->flags & LTR_SF_EXEC)) {
			t->flags |= TRACEE_CALL_HIDDEN;
			return;
		}
		/* LTR_EV_START comes once the execve has succeeded (exec event) */
		t->flags &= ~TRACEE_HIDDEN;
		t->flags |= TRACEE_FIRST_EXEC;
	}
	/* socketcall and ipc are judged as the call they stand for, once resolved */
	multiplex = desc && (desc->flags & LTR_SF_MULTIPLEX);
	if (nr >= LTR_SUBCALL_NR_BASE)
		nr_judged = -1; /* a number of ltr's own: unknown to the kernel */
	if (!multiplex && !(t->wants = ltr_events_wants(arch, nr_judged))) {
		t->flags |= TRACEE_CALL_HIDDEN;
		return;
	}
	c->prev_desc = c->desc;
	c->arch = arch;
	c->nr = nr;
	c->sel_nr = nr_judged;
	c->mux.desc = NULL;
	c->sp = info->stack_pointer;
	for (i = 0; i < 6; i++)
		c->args[i] = arch->wordsize == 4 ? (uint32_t)info->entry.args[i]
						 : info->entry.args[i];
	c->desc = desc;
	c->pid = t->pid;
	c->tid = t->tid;
	c->mem = &t->mem;
	c->opts = &ltr_decode_opts;
	c->dflags = ltr_decode_call_flags(arch, c->nr);
	c->ret_kind = c->desc ? c->desc->ret : LTR_RET_DEC;
	if (multiplex) {
		ltr_demux_entry(c);
		if (!(t->wants = ltr_events_wants(arch, c->sel_nr))) {
			t->flags |= TRACEE_CALL_HIDDEN;
			return;
		}
	}
	start_call(t, false);
	t->stime_entry_us = stime_us();
	t->stime_us = 0;
	ltr_events_call(LTR_EV_ENTER, t, LTR_CALL_CHANGE);
	if (c->mods & (LTR_MOD_ARGS | LTR_MOD_NR | LTR_MOD_SKIP))
		apply_entry_mods(t);
	if (c->mods & LTR_MOD_NR)
		t->wants = ltr_events_wants_renamed(t->wants, arch, c->sel_nr);
	ltr_events_call(LTR_EV_ENTER, t, LTR_CALL_OBSERVE);
}

/*
 * A syscall-exit stop: reads the result, applies a skip's or a hook's
 * result, restores changed arguments and patched memory, prints the exit.
 */
static void syscall_exit(struct tracee *t, const struct __ptrace_syscall_info *info)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(info->arch);
	struct ltr_call *c = &t->call;
	bool enosys;

	if (!(t->flags & TRACEE_IN_SYSCALL))
		return; /* the exit of a call entered before we attached */
	t->flags &= ~TRACEE_IN_SYSCALL;
	enosys = t->flags & TRACEE_ENOSYS_AT_EXIT;
	if (enosys)
		own_trace_exit(t);
	if (t->flags & TRACEE_CALL_HIDDEN)
		return;
	if (ltr_tracer.needs & LTR_NEED_CLOCK)
		clock_gettime(CLOCK_MONOTONIC, &t->exit_time);
	c->ret = enosys ? -ENOSYS : c->arch->wordsize == 4 ? (int32_t)info->exit.rval : info->exit.rval;
	c->exiting = true;
	c->end = LTR_END_RETURNED;
	if (ltr_tracer.needs & LTR_NEED_RUSAGE)
		t->stime_us = stime_us() - t->stime_entry_us;
	if (c->mods & LTR_MOD_SKIP)
		apply_return(t, c->inject_ret);
	/* The syscall instruction preserves argument registers: put back
	 * what an entry hook changed, as the program relies on them. */
	if (c->mods & LTR_MOD_ARGS)
		ltr_arch_restore_args(t->tid, c);
	c->mods &= ~(unsigned)LTR_MOD_RET;
	ltr_events_call(LTR_EV_EXIT, t, LTR_CALL_CHANGE);
	if (c->mods & LTR_MOD_RET)
		apply_return(t, c->inject_ret);
	if (c->patch_len)
		restore_patch(t);
	if (c->mux.written)
		ltr_demux_restore(c);
	ltr_events_call(LTR_EV_EXIT, t, LTR_CALL_OBSERVE);
	if (t->flags & TRACEE_FIRST_EXEC) {
		t->flags &= ~TRACEE_FIRST_EXEC;
		if (ltr_call_failed(c)) {
			/* what follows is ltr's error message, not the command */
			t->flags |= TRACEE_HIDDEN;
			ltr_output_flush(); /* the execve line before that message */
		}
	}
	/* execve into a program of another personality */
	if (arch && arch != t->arch) {
		t->arch = arch;
		ltr_events_emit_simple(LTR_EV_PERSONALITY, t);
	}
}

/*
 * An entry stop that could not be read: the thread was killed (SIGKILL)
 * while ltr held it there. strace shows the call as "???(" and ends it
 * with the thread ("<... ??? resumed>) = ?"): no number, no arguments,
 * whatever the selection (the number that no selection can name). Only
 * observers see it: there is nothing to change.
 */
static void unread_entry(struct tracee *t)
{
	struct ltr_call *c = &t->call;

	if (t->flags & (TRACEE_HIDDEN | TRACEE_SILENT))
		return;
	t->flags |= TRACEE_IN_SYSCALL;
	t->flags &= ~TRACEE_CALL_HIDDEN;
	if (!t->arch)
		t->arch = ltr_arch_native();
	t->wants = ltr_events_wants(t->arch, -1);
	if (!t->wants) {
		t->flags |= TRACEE_CALL_HIDDEN;
		return;
	}
	c->prev_desc = c->desc;
	c->arch = t->arch;
	c->desc = NULL;
	c->nr = -1;
	c->sel_nr = -1;
	c->mux.desc = NULL;
	memset(c->args, 0, sizeof(c->args));
	c->sp = 0;
	c->pid = t->pid;
	c->tid = t->tid;
	c->mem = &t->mem;
	c->opts = &ltr_decode_opts;
	c->dflags = 0;
	c->ret_kind = LTR_RET_DEC;
	start_call(t, true);
	ltr_events_call(LTR_EV_ENTER, t, LTR_CALL_OBSERVE);
}

/* Whether the exit stop of t's current call is needed (seccomp mode). */
static bool needs_exit_stop(const struct tracee *t)
{
	const struct ltr_call *c = &t->call;

	if (t->flags & TRACEE_CALL_HIDDEN)
		return false;
	return ltr_events_mask_exit(t->wants) ||
	       (c->mods & (LTR_MOD_SKIP | LTR_MOD_ARGS)) || c->patch_len || c->signal;
}

/*
 * Ends a syscall stop: resumes t, delivering the signal a hook asked for
 * (call:signal(); a seccomp stop cannot carry one, so at a seccomp entry
 * it waits for the call's exit stop), or parks t for the delay a hook
 * asked for (call:delay()): the loop resumes it when that has passed.
 */
static void end_syscall_stop(struct tracee *t, bool seccomp_stop)
{
	struct ltr_call *c = &t->call;
	int sig = 0;

	if (c->signal && !(seccomp_stop && (t->flags & TRACEE_IN_SYSCALL))) {
		sig = c->signal;
		c->signal = 0;
	}
	if (c->delay_ns && !ltr_tracer.draining) {
		uint64_t ns = c->delay_ns;

		c->delay_ns = 0;
		ltr_tracer_park(t, ns, sig);
		return;
	}
	c->delay_ns = 0;
	ltr_tracer_resume(t, sig);
}

/*
 * -i at a stop that is not a syscall stop: PTRACE_GET_SYSCALL_INFO fills
 * the instruction pointer at every ptrace-stop (op NONE); before Linux
 * 5.3 the registers hold it (ltr_arch_stop_pc()).
 */
static void read_ip(struct tracee *t)
{
	uint64_t pc;

	if (!(ltr_tracer.needs & LTR_NEED_IP))
		return;
	pc = ltr_arch_stop_pc(t->tid);
	if (pc) {
		t->ip = pc;
		t->ip_known = true;
	}
}

/*
 * A syscall stop of any kind (status: its wait status), read with
 * PTRACE_GET_SYSCALL_INFO or, before Linux 5.3, from the registers.
 */
static void syscall_stop(struct tracee *t, int status)
{
	struct __ptrace_syscall_info info;
	int rc;

	if ((t->flags & (TRACEE_IN_SYSCALL | TRACEE_CALL_HIDDEN | TRACEE_ENOSYS_AT_EXIT)) ==
		    (TRACEE_IN_SYSCALL | TRACEE_CALL_HIDDEN) &&
	    WSTOPSIG(status) == (SIGTRAP | 0x80)) {
		/*
		 * The exit of a call nothing wanted: nothing to read (strace
		 * skips it too). A SIGTRAP|0x80 stop inside a call is its
		 * exit stop; t->ip stays the entry's, the same address.
		 */
		LTR_STAT_INC(stop_exit);
		t->flags &= ~TRACEE_IN_SYSCALL;
		return;
	}
	rc = ltr_arch_get_syscall_info(t, status, &info);
	if (rc <= 0) {
		/*
		 * Inside a call, this was its exit stop (the thread was
		 * killed meanwhile, say): strace's "= ? <unavailable>".
		 */
		if (t->flags & TRACEE_IN_SYSCALL) {
			ltr_stops_unreturned(t, LTR_END_UNAVAILABLE);
			t->flags &= ~(TRACEE_IN_SYSCALL | TRACEE_ENOSYS_AT_EXIT);
		} else if (rc < 0) {
			unread_entry(t);
		}
		return;
	}
	t->ip = info.instruction_pointer;
	t->ip_known = true;
	/* info.seccomp starts with nr and args, laid out as info.entry */
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY || info.op == PTRACE_SYSCALL_INFO_SECCOMP) {
		if (info.op == PTRACE_SYSCALL_INFO_ENTRY)
			LTR_STAT_INC(stop_entry);
		else
			LTR_STAT_INC(stop_seccomp);
		LTR_STAT_INC(calls);
		t->scno = (long)info.entry.nr;
		syscall_entry(t, &info);
		if (info.op == PTRACE_SYSCALL_INFO_SECCOMP && info.seccomp.ret_data != LTR_SECCOMP_DATA)
			own_trace_stop(t);
		/* Under a filter, a call nothing needs the exit of is done. */
		if (ltr_tracer.use_seccomp && (t->flags & TRACEE_IN_SYSCALL) &&
		    !(t->flags & (TRACEE_STEPPING | TRACEE_ENOSYS_AT_EXIT)) && !needs_exit_stop(t)) {
			t->flags &= ~TRACEE_IN_SYSCALL;
			LTR_STAT_INC(calls_no_exit);
		}
	} else if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
		LTR_STAT_INC(stop_exit);
		syscall_exit(t, &info);
	}
}

/*
 * Ends t's call without a result, if the consumers saw it begin and not
 * end: how is LTR_END_UNFINISHED, _UNAVAILABLE or _DETACHED. Once per
 * call: later ends (the exit event, then the thread's death) find it
 * ended.
 */
void ltr_stops_unreturned(struct tracee *t, enum ltr_call_end how)
{
	if (!(t->flags & TRACEE_IN_SYSCALL) || (t->flags & (TRACEE_CALL_HIDDEN | TRACEE_SILENT)) ||
	    t->call.end != LTR_END_NONE || ltr_tracer.draining)
		return;
	t->call.end = (uint8_t)how;
	ltr_events_call(LTR_EV_UNRETURNED, t, LTR_CALL_OBSERVE);
}

/* Unregisters t; every consumer forgets it first. t is freed. */
void ltr_stops_drop(struct tracee *t)
{
	pid_t pid = t->pid;

	ltr_events_emit_simple(LTR_EV_RELEASE, t);
	ltr_tracer_unpark(t);
	ltr_tracee_remove(t);
	ltr_tracer_refresh_wake();
	if (!ltr_tracee_find(pid))
		ltr_unwind_forget(pid);
}

/* Reports t's end (status as from wait) and unregisters it; t is freed. */
void ltr_stops_gone(struct tracee *t, int status)
{
	bool shown = !(t->flags & TRACEE_SILENT) && !ltr_tracer.draining;

	if (ltr_tracer.draining && ltr_tracer.launched_signalled &&
	    t->pid == ltr_tracer.launched_pid) {
		/* -I2 killed it while ltr was letting go: strace says detached */
		ltr_events_emit_simple(LTR_EV_DETACH, t);
		ltr_stops_drop(t);
		return;
	}
	if (t->tid == ltr_tracer.launched_pid) {
		ltr_tracer.launched_status = status;
		ltr_tracer.launched_done = true;
	}
	if (shown) {
		struct ltr_event ev = { .kind = LTR_EV_GONE, .t = t, .status = status };

		ltr_stops_unreturned(t, LTR_END_UNFINISHED);
		ltr_events_emit(&ev);
	}
	ltr_stops_drop(t);
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
	if (ltr_tracer.options->follow)
		return true;
	if (!ltr_tracer.options->npids || t->pid == t->tid)
		return false;
	leader = ltr_tracee_find(t->pid);
	return leader && !(leader->flags & TRACEE_SILENT);
}

/* A new child or thread reported by a fork, vfork or clone event. */
struct tracee *ltr_stops_adopt(pid_t tid, const struct tracee *parent)
{
	struct tracee *t = ltr_tracee_find(tid);

	if (!t) {
		t = ltr_tracee_add(tid, ltr_stops_tgid_of(tid));
		LTR_DEBUG("new tracee %d of process %d%s", (int)tid, (int)t->pid,
			  ltr_tracer.draining ? ", silent (draining)" :
			  shown_when_adopted(t, parent) ? "" : ", silent (not followed)");
		if (ltr_tracer.draining || !shown_when_adopted(t, parent)) {
			/*
			 * followed only to serve its inherited seccomp filter
			 * (while draining every process is: no notice, no hook)
			 */
			ltr_tracee_set_silent(t);
		} else {
			struct ltr_event ev = { .kind = LTR_EV_START, .t = t,
						.how = LTR_START_FOLLOWED };

			if (parent && !t->arch)
				t->arch = parent->arch;
			ltr_events_emit(&ev);
		}
	}
	if (parent && !t->arch)
		t->arch = parent->arch;
	if (parent && (parent->flags & TRACEE_STEPPING))
		t->flags |= TRACEE_STEPPING; /* the filter is inherited */
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
	/* this stop is the execer's now: -i shows its new image */
	execer->ip = t->ip;
	execer->ip_known = t->ip_known;
	struct ltr_event ev = { .kind = LTR_EV_SUPERSEDED, .t = t, .other = (pid_t)former };

	t->flags |= TRACEE_SUPERSEDED;
	if (!(t->flags & TRACEE_HIDDEN))
		ltr_stops_unreturned(t, LTR_END_UNFINISHED);
	ltr_events_emit(&ev);
	ltr_stops_drop(t);
	ltr_tracee_rekey(execer, leader_tid);
	ltr_tracer_refresh_wake();
	return execer;
}

/*
 * After an execve whose stops a seccomp filter spared (its exit stop,
 * where syscall_exit() tells a change of personality, does not come):
 * strace's "[ Process PID=N runs in 32 bit mode. ]" at once, as strace
 * without --seccomp-bpf prints it, not at the process's (or its child's)
 * next stop.
 */
static void exec_personality(struct tracee *t)
{
	const struct ltr_arch *arch;

	if (!t->arch || (t->flags & (TRACEE_HIDDEN | TRACEE_SILENT)))
		return;
	arch = ltr_arch_stop_arch(t->tid);
	if (arch && arch != t->arch) {
		t->arch = arch;
		ltr_events_emit_simple(LTR_EV_PERSONALITY, t);
	}
}

/* Whether sig stops a process (and so makes a group-stop). */
static bool is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU;
}

/* A signal-delivery-stop: tell hooks and printer, deliver the signal. */
static void signal_stop(struct tracee *t, int sig)
{
	siginfo_t si;

	if (ptrace(PTRACE_GETSIGINFO, t->tid, 0L, &si) < 0) {
		if (errno == ESRCH)
			return;
		memset(&si, 0, sizeof(si));
		si.si_signo = sig;
	}
	read_ip(t);
	if (!(t->flags & (TRACEE_HIDDEN | TRACEE_SILENT))) {
		struct ltr_event ev = { .kind = LTR_EV_SIGNAL, .t = t, .si = &si };

		ltr_events_emit(&ev);
	}
	ltr_tracer_resume(t, sig);
}

/*
 * An unknown process ended: a child ltr inherited (as in "sleep 1 & exec
 * ltr true") or one a tracee made ltr's with CLONE_PARENT. strace says
 * so, unless -e quiet=exit.
 */
static void unknown_exit(pid_t tid)
{
	if (ltr_tracer.draining || (ltr_tracer.options->quiet_set & LTR_QUIET_EXIT))
		return;
	ltr_output_flush();
	ltr_msg("Exit of unknown pid %d ignored\n", (int)tid);
}

/*
 * Whether an unknown stopped thread is one ltr follows: a new child or
 * thread whose fork or clone event has not come yet (with -f), or a new
 * thread of an attached process. Else it came to ltr by itself, a child
 * made with CLONE_PTRACE without -f.
 */
static bool expected_unknown(pid_t tid)
{
	return ltr_tracer.options->follow || ltr_tracee_find(ltr_stops_tgid_of(tid));
}

/*
 * Lets such a thread go at once, as strace does (unless -e
 * quiet=attach, it says so).
 */
static void release_unknown(pid_t tid)
{
	ptrace(PTRACE_DETACH, tid, 0L, 0L);
	if (ltr_tracer.options->quiet_set & LTR_QUIET_ATTACH)
		return;
	ltr_output_flush();
	ltr_msg("Detached unknown pid %d\n", (int)tid);
}

/*
 * Handles one wait status of tid: registers an unknown new child, reports
 * an end, or handles the stop and resumes the tracee (group-stopped ones
 * are left in PTRACE_LISTEN).
 */
void ltr_stops_handle(pid_t tid, int status)
{
	struct tracee *t = ltr_tracee_find(tid);
	unsigned event;
	int sig;

	if (!t) {
		if (!WIFSTOPPED(status)) {
			/* ltr's children that are not tracees (any more) */
			if (tid == ltr_output_pipe_pid())
				ltr_output_pipe_reaped();
			else if (tid == ltr_tracer.launched_pid && ltr_tracer.launched_detached)
				ltr_tracer_launched_reaped(status);
			else
				unknown_exit(tid);
			return;
		}
		if (!expected_unknown(tid)) {
			release_unknown(tid);
			return;
		}
		/* A new child that stopped before its parent's event. */
		t = ltr_stops_adopt(tid, NULL);
	}
	/* the tracees ran since the last stop: what was read of them is stale */
	ltr_mem_invalidate();
	/* news of a parked tracee: it left its stop (killed, most likely) */
	ltr_tracer_unpark(t);
	t->ip_known = false; /* until read at this stop */
	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		ltr_stops_gone(t, status);
		return;
	}
	if (!WIFSTOPPED(status))
		return;
	sig = WSTOPSIG(status);
	event = (unsigned)status >> 16;
	if (sig == (SIGTRAP | 0x80) || event == PTRACE_EVENT_SECCOMP) {
		if (event == PTRACE_EVENT_SECCOMP &&
		    (t->flags & (TRACEE_STEPPING | TRACEE_IN_SYSCALL)) ==
			    (TRACEE_STEPPING | TRACEE_IN_SYSCALL) &&
		    !ltr_arch_seccomp_stops_first()) {
			/*
			 * a seccomp stop after the call's entry stop: ltr's
			 * filter (nothing to do), or the program's own
			 */
			unsigned long data = LTR_SECCOMP_DATA;

			LTR_STAT_INC(stop_seccomp);
			ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &data);
			if (data != LTR_SECCOMP_DATA)
				own_trace_stop(t);
			ltr_tracer_resume(t, 0);
			return;
		}
		if (!ltr_tracer.draining)
			syscall_stop(t, status);
		else
			t->flags &= ~TRACEE_IN_SYSCALL;
		end_syscall_stop(t, event == PTRACE_EVENT_SECCOMP);
		return;
	}
	if (event)
		LTR_STAT_INC(stop_event);
	switch (event) {
	case 0:
		LTR_STAT_INC(stop_signal);
		if (ltr_tracer.draining)
			ltr_tracer_resume(t, sig);
		else
			signal_stop(t, sig);
		return;
	case PTRACE_EVENT_STOP:
		t->flags |= TRACEE_STARTED;
		if (is_stop_signal(sig) && !(t->flags & TRACEE_HIDDEN)) {
			/* group-stop: stay stopped until SIGCONT, as untraced */
			LTR_STAT_INC(stop_group);
			if (!(t->flags & (TRACEE_LISTENING | TRACEE_SILENT)) &&
			    !ltr_tracer.draining) {
				read_ip(t);
				struct ltr_event ev = { .kind = LTR_EV_GROUP_STOP, .t = t,
							.sig = sig };

				ltr_events_emit(&ev);
			}
			t->flags |= TRACEE_LISTENING;
			ptrace(PTRACE_LISTEN, t->tid, 0L, 0L);
			return;
		}
		t->flags &= ~TRACEE_LISTENING;
		ltr_tracer_resume(t, 0);
		return;
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE: {
		unsigned long child = 0;

		if (ptrace(PTRACE_GETEVENTMSG, t->tid, 0L, &child) == 0 && child)
			ltr_stops_adopt((pid_t)child, t);
		ltr_tracer_resume(t, 0);
		return;
	}
	case PTRACE_EVENT_EXIT:
		/*
		 * The thread is on its way out (exit, exit_group, a fatal
		 * signal, or killed by another thread's exit_group or execve):
		 * its call ends with " = ?" here, as strace ends it, before
		 * the other threads' lines that the kernel reports later.
		 */
		if (!(t->flags & (TRACEE_HIDDEN | TRACEE_SILENT)) && !ltr_tracer.draining) {
			read_ip(t);
			ltr_stops_unreturned(t, LTR_END_UNFINISHED);
			ltr_events_emit_simple(LTR_EV_EXITING, t);
		}
		ltr_tracer_resume(t, 0);
		return;
	case PTRACE_EVENT_EXEC: {
		bool first = t->flags & TRACEE_FIRST_EXEC;

		t->flags &= ~TRACEE_FIRST_EXEC;
		read_ip(t);
		t = exec_event(t);
		if (ltr_tracer.options->detach_on_execve && !first &&
		    !(t->flags & (TRACEE_HIDDEN | TRACEE_SILENT))) {
			/*
			 * -b execve: let the process go at its new image, as
			 * strace; the launched command's own first execve is
			 * the one traced.
			 */
			if (t->tid == ltr_tracer.launched_pid)
				ltr_tracer.launched_detached = true;
			LTR_DEBUG("-b execve: detaching %d", t->tid);
			ltr_attach_detach_stopped(t, status);
			return;
		}
		ltr_unwind_forget(t->pid); /* a new image, maybe of another arch */
		if (!(t->flags & TRACEE_IN_SYSCALL))
			exec_personality(t);
		if (first) {
			/*
			 * The launched command is the command from now on: /proc
			 * shows its comm and exe, no longer ltr's
			 */
			struct ltr_event ev = { .kind = LTR_EV_START, .t = t,
						.how = LTR_START_LAUNCHED };

			ltr_events_emit(&ev);
		}
		if (!(t->flags & TRACEE_HIDDEN))
			ltr_events_emit_simple(LTR_EV_EXEC, t);
		ltr_tracer_resume(t, 0);
		return;
	}
	default:
		ltr_tracer_resume(t, 0);
		return;
	}
}
