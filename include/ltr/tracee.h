/* SPDX-License-Identifier: MIT */
/*
 * The tracee table: one struct tracee per traced thread, found by tid.
 * Owned by the tracer; the printer reads it.
 */
#ifndef LTR_TRACEE_H
#define LTR_TRACEE_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include <time.h>

#include "ltr/mem.h"
#include "ltr/strbuf.h"
#include "ltr/syscall.h"

struct ltr_print_stream;

enum {
	TRACEE_IN_SYSCALL = 1u << 0,   /* between syscall entry and exit */
	TRACEE_HIDDEN = 1u << 1,       /* launched, not yet at its execve */
	TRACEE_LISTENING = 1u << 2,    /* group-stopped, resumed with LISTEN */
	TRACEE_ATTACHED = 1u << 3,     /* attached with -p (not launched/followed) */
	TRACEE_DETACHING = 1u << 4,    /* interrupted for detach */
	TRACEE_CALL_HIDDEN = 1u << 5,  /* the current call is not printed */
	TRACEE_STARTED = 1u << 6,      /* has had its first stop */
	TRACEE_DETACH_REQUESTED = 1u << 7, /* a script asked to detach it */
	/*
	 * A child traced only to serve the seccomp filter it inherited
	 * (launched command, no -f): never printed, no hooks.
	 */
	TRACEE_SILENT = 1u << 8,
	/*
	 * The launched command's first execve is in progress: if it fails,
	 * the tracee is hidden again (ltr's own error message and exit are
	 * not the command's), as strace hides them.
	 */
	TRACEE_FIRST_EXEC = 1u << 9,
	/*
	 * The leader replaced by an execve in another of its threads
	 * (LTR_EV_SUPERSEDED): its unfinished call ends without
	 * " <unfinished ...>", as strace ends it.
	 */
	TRACEE_SUPERSEDED = 1u << 10,
	/*
	 * Held in its syscall stop by call:delay() until park_until: the
	 * loop resumes it then (with park_sig), and serves the others
	 * meanwhile.
	 */
	TRACEE_PARKED = 1u << 11,
	/*
	 * Its process installed a seccomp filter of its own (or strict
	 * mode) while ltr's filter was in place: a call that filter refuses
	 * (SECCOMP_RET_ERRNO, _TRAP, _KILL) wins over ltr's RET_TRACE and
	 * would never stop. Such a thread is resumed with PTRACE_SYSCALL, its
	 * every call stopped at entry as without a filter (the seccomp stop
	 * that may follow an entry stop is passed over); its children and
	 * threads inherit it, as they inherit the filter.
	 */
	TRACEE_STEPPING = 1u << 12,
	/*
	 * The current call stopped for a seccomp filter of the program's own
	 * (SECCOMP_RET_TRACE with data not ltr's): it was skipped, and its
	 * exit stop makes the result ENOSYS, what the program gets from a
	 * tracer that does not serve such stops (strace).
	 */
	TRACEE_ENOSYS_AT_EXIT = 1u << 13,
};

struct tracee {
	pid_t tid;
	pid_t pid;                    /* thread group id */
	unsigned flags;               /* TRACEE_* */
	const struct ltr_arch *arch;  /* personality at the last syscall stop */
	struct ltr_call call;         /* the current syscall, reused */
	struct ltr_strbuf text;       /* formatting buffer of the current call */
	struct ltr_mem mem;
	struct timespec entry_time;   /* CLOCK_MONOTONIC at the current call's entry */
	struct timespec exit_time;    /* ... and at its exit stop (LTR_NEED_CLOCK) */
	struct timespec entry_wall;   /* CLOCK_REALTIME at the current call's entry */
	unsigned wants;               /* LTR_WANT_* of the current call */
	/*
	 * The instruction pointer at the current stop (-i): read at every
	 * syscall stop, and at signal, group-stop and exit-event stops when
	 * a consumer needs it (LTR_NEED_IP); ip_known is false otherwise.
	 */
	uint64_t ip;
	bool ip_known;
	long scno;                    /* the last syscall number entered (-n), 0 before any */
	char comm[16];                /* printer-private, -Y: the command name of the pid prefix */
	/*
	 * src/arch/syscall_info.c's, on the register path: the last syscall
	 * stop was a seccomp stop (see ltr_arch_get_syscall_info()).
	 */
	bool regs_after_seccomp;
	int64_t stime_entry_us;       /* process system CPU time at entry (scripts only) */
	int64_t stime_us;             /* system CPU time of the finished call, as strace -c */
	int64_t park_until;           /* CLOCK_MONOTONIC ns when TRACEE_PARKED ends */
	int park_sig;                 /* the signal to resume a parked tracee with */
	unsigned print_state;         /* printer-private: how the current call was printed */
	unsigned print_skip;          /* printer-private: timestamp bytes at the start of text */
	/*
	 * printer-private, -k: the stack of a call strace takes at entry,
	 * as the caller's: exit and exit_group (printed once the thread is
	 * gone), execve and execveat (printed under the line at its exit,
	 * when the process has its new image).
	 */
	struct ltr_strbuf entry_stack;
	/*
	 * printer-private: what this thread's hooks wrote that waits for
	 * the line (-j: the object) of the call they ran in
	 */
	struct ltr_strbuf held_output;
	/* printer-private, -ff: this thread's file (FILE.TID) and its open line */
	struct ltr_print_stream *print_out;
	struct tracee *hash_next;
	struct tracee *list_next;
};

/* Creates and registers a tracee for tid. Never fails (aborts on OOM). */
struct tracee *ltr_tracee_add(pid_t tid, pid_t pid);
struct tracee *ltr_tracee_find(pid_t tid);
/* Unregisters and frees t. */
void ltr_tracee_remove(struct tracee *t);
/* Moves t to a new tid (execve from a non-leader thread). */
void ltr_tracee_rekey(struct tracee *t, pid_t new_tid);
unsigned ltr_tracee_count(void);
/* Marks t TRACEE_SILENT (use this, not the flag: it keeps the count). */
void ltr_tracee_set_silent(struct tracee *t);
/* Tracees that are not silent: the ones the trace shows. */
unsigned ltr_tracee_visible_count(void);
/* The first tracee, for iteration with ->list_next. */
struct tracee *ltr_tracee_first(void);

#endif
