/* SPDX-License-Identifier: MIT */
/*
 * --pidns-translation (strace's -e decode-pids=pidns): the ids a tracee
 * in another pid namespace passes and gets back, translated into ltr's
 * own namespace by reading /proc (NSpid, NStgid, NSpgid, NSsid of
 * /proc/PID/status, and the namespaces' inodes).
 */
#ifndef LTR_PIDNS_H
#define LTR_PIDNS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* What an id names: the /proc/PID/status line it is looked up in. */
enum ltr_pid_type {
	LTR_PT_TGID = 0, /* a process (NStgid) */
	LTR_PT_TID,      /* a thread (NSpid) */
	LTR_PT_PGID,     /* a process group (NSpgid) */
	LTR_PT_SID,      /* a session (NSsid) */
	LTR_PT_COUNT
};

/*
 * id, as the thread tid (an id of ltr's namespace, as ptrace gives it)
 * sees it, in ltr's own pid namespace: id itself when tid lives in ltr's
 * namespace (or when /proc cannot tell: not mounted); 0 when id <= 0 or
 * when no process of tid's namespace has it (gone, or never was). Reads
 * /proc, which may be the one of an outer namespace: call it only when
 * asked to.
 * Results are cached and checked against /proc again when used, so a
 * reused id never yields a stale answer.
 */
int ltr_pidns_translate(pid_t tid, int id, enum ltr_pid_type type);
/*
 * The same, and in *proc_pid the name /proc gives that process (its
 * directory: the id itself unless /proc is the one of an outer
 * namespace, as under `unshare -p` without --mount-proc); 0 when unknown.
 */
int ltr_pidns_translate_proc(pid_t tid, int id, enum ltr_pid_type type, int *proc_pid);

/*
 * The name /proc gives the thread tid of ltr's namespace: tid itself,
 * unless /proc is an outer namespace's (ltr under `unshare -p` without
 * --mount-proc); tid also when /proc cannot tell; 0 when /proc has no
 * such thread.
 */
int ltr_pidns_proc_pid(pid_t tid);
/*
 * "/proc/NAME/REST" (REST NULL: "/proc/NAME") of the thread tid of ltr's
 * namespace into buf[size], NAME as ltr_pidns_proc_pid() gives it.
 * Returns 0, -ESRCH when /proc has no such thread, -ENAMETOOLONG.
 */
int ltr_pidns_proc_path(pid_t tid, const char *rest, char *buf, size_t size);

/*
 * The ids of one "NSxxx:" line of a /proc/PID/status text (prefix
 * "NSpid:", ...), outermost namespace first, into ids[max]. Returns how
 * many the line holds (possibly more than max), 0 when it is missing.
 */
size_t ltr_pidns_parse_ids(const char *status, const char *prefix, int *ids, size_t max);

/*
 * Tests: read /proc from root instead of "/proc" (NULL: /proc again),
 * forgetting every cached answer.
 */
void ltr_pidns_set_proc_root(const char *root);

#endif
