/* SPDX-License-Identifier: MIT */
/*
 * --pidns-translation: an id a tracee of another pid namespace uses,
 * translated into ltr's namespace, as strace 6.1 does it (its semantics,
 * not its code).
 *
 * The kernel lists a process's ids in every namespace it is visible in,
 * outermost first, in /proc/PID/status ("NSpid:\t42\t2" for the thread
 * id, NStgid, NSpgid and NSsid alike), as seen from the namespace of that
 * /proc mount. With ltr's own /proc, the first id of a line is the one of
 * ltr's namespace, and a tracee at depth d (NSpid with d + 1 ids) knows a
 * process by the id at index d of the process's line, provided that the
 * process's namespace at depth d is the tracee's namespace itself (and
 * not a sibling at the same depth): the namespace's inode, from
 * /proc/PID/ns/pid and NS_GET_PARENT, tells.
 *
 * Finding the process means trying candidates: the answers found before
 * (each checked against /proc again), the tracee and its thread group
 * leader, then every process of /proc (and every thread, for thread ids),
 * as strace does. None of this runs unless the option is on (or -Y asks
 * for command names), and a tracee of ltr's own namespace costs one
 * stat() per id.
 *
 * Whatever the options, every look at a tracee's /proc directory (-y's
 * descriptors, its cwd) goes through ltr_pidns_proc_path(): ptrace gives
 * ltr's ids, which are /proc's only when /proc is ltr's own. That costs
 * one read of /proc/self, once.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/nsfs.h>

#include "ltr/pidns.h"

/* The kernel nests pid namespaces at most 32 deep below the first one. */
#define MAX_LEVELS 33
#define CACHE_SLOTS 64

static const char *const type_prefix[LTR_PT_COUNT] = {
	[LTR_PT_TGID] = "NStgid:",
	[LTR_PT_TID] = "NSpid:",
	[LTR_PT_PGID] = "NSpgid:",
	[LTR_PT_SID] = "NSsid:",
};

/* a short path: the paths below it are built in fixed buffers */
#define ROOT_MAX 256
#define DIR_MAX (ROOT_MAX + 48)
#define FILE_MAX (DIR_MAX + 16)
static char proc_root[ROOT_MAX] = "/proc";

/* ltr's own namespace: 0 not looked at yet, 1 usable, -1 not (no /proc, or another namespace's) */
static int self_state;
static ino_t self_ns;
static size_t self_level;

/* Answers found: (namespace, type, id) was the process proc_pid. */
struct pidns_answer {
	ino_t ns;
	int id;
	int proc_pid;
	enum ltr_pid_type type;
};
static struct pidns_answer answers[CACHE_SLOTS];
static unsigned answers_next;

void ltr_pidns_set_proc_root(const char *root)
{
	snprintf(proc_root, sizeof(proc_root), "%s", root ? root : "/proc");
	self_state = 0;
	memset(answers, 0, sizeof(answers));
	answers_next = 0;
}

size_t ltr_pidns_parse_ids(const char *status, const char *prefix, int *ids, size_t max)
{
	size_t plen = strlen(prefix), n = 0;
	const char *line = status;

	while (line && *line) {
		if (strncmp(line, prefix, plen) == 0) {
			const char *p = line + plen;

			for (;;) {
				char *end;
				long v;

				while (*p == ' ' || *p == '\t')
					p++;
				if (*p < '0' || *p > '9')
					break;
				errno = 0;
				v = strtol(p, &end, 10);
				if (errno || v > INT_MAX)
					return 0;
				if (n < max)
					ids[n] = (int)v;
				n++;
				p = end;
			}
			return n;
		}
		line = strchr(line, '\n');
		if (line)
			line++;
	}
	return 0;
}

/* The whole of DIR/status into buf (NUL-terminated); false when unreadable. */
static bool read_status(const char *dir, char *buf, size_t size)
{
	char path[FILE_MAX];
	size_t len = 0;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/status", dir);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	while (len + 1 < size && (n = read(fd, buf + len, size - 1 - len)) > 0)
		len += (size_t)n;
	close(fd);
	buf[len] = '\0';
	return len > 0;
}

/*
 * The inode of the pid namespace `up` levels above the one of the
 * process at DIR (0: its own); false when it cannot be known.
 */
static bool ns_inode(const char *dir, unsigned up, ino_t *ino)
{
	char path[FILE_MAX];
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "%s/ns/pid", dir);
	if (up == 0) {
		if (stat(path, &st) < 0)
			return false;
		*ino = st.st_ino;
		return true;
	}
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	while (up--) {
		/* EPERM: the parent is outside ltr's view (never ours then) */
		int parent = ioctl(fd, NS_GET_PARENT);

		close(fd);
		if (parent < 0)
			return false;
		fd = parent;
	}
	if (fstat(fd, &st) < 0) {
		close(fd);
		return false;
	}
	close(fd);
	*ino = st.st_ino;
	return true;
}

/*
 * Whether /proc can be read; self_level is the depth of ltr's namespace
 * below the one /proc belongs to (0: /proc is ltr's own, as usual; not
 * under `unshare -p` without --mount-proc, as strace's suite runs).
 */
static bool self_usable(void)
{
	char dir[DIR_MAX], status[4096];
	int ids[MAX_LEVELS];
	size_t n;

	if (self_state)
		return self_state > 0;
	self_state = -1;
	snprintf(dir, sizeof(dir), "%s/self", proc_root);
	if (!ns_inode(dir, 0, &self_ns) || !read_status(dir, status, sizeof(status)))
		return false;
	n = ltr_pidns_parse_ids(status, "NSpid:", ids, MAX_LEVELS);
	if (n == 0 || n > MAX_LEVELS)
		return false;
	self_level = n - 1;
	self_state = 1;
	return true;
}

/*
 * Whether the process /proc names proc_pid has id of type in the
 * namespace ns at depth (in /proc's levels): its id in ltr's namespace,
 * or 0.
 */
static int match_process(int proc_pid, ino_t ns, size_t depth, int id, enum ltr_pid_type type)
{
	char dir[DIR_MAX], status[4096];
	int pids[MAX_LEVELS], ids[MAX_LEVELS];
	size_t npids, nids;
	ino_t ino;

	snprintf(dir, sizeof(dir), "%s/%d", proc_root, proc_pid);
	if (!read_status(dir, status, sizeof(status)))
		return 0;
	npids = ltr_pidns_parse_ids(status, "NSpid:", pids, MAX_LEVELS);
	nids = ltr_pidns_parse_ids(status, type_prefix[type], ids, MAX_LEVELS);
	if (npids == 0 || npids > MAX_LEVELS || nids != npids || npids <= depth ||
	    depth < self_level)
		return 0;
	if (ids[depth] != id || ids[self_level] <= 0)
		return 0;
	if (!ns_inode(dir, (unsigned)(npids - 1 - depth), &ino) || ino != ns)
		return 0;
	return ids[self_level];
}

static void remember(ino_t ns, int id, enum ltr_pid_type type, int proc_pid)
{
	struct pidns_answer *a = &answers[answers_next++ % CACHE_SLOTS];

	a->ns = ns;
	a->id = id;
	a->type = type;
	a->proc_pid = proc_pid;
}

/* Every process of /proc, and with threads every thread of each. */
static int scan_proc(ino_t ns, size_t depth, int id, enum ltr_pid_type type, int *proc_pid)
{
	DIR *d = opendir(proc_root);
	struct dirent *e;
	int found = 0;

	if (!d)
		return 0;
	while (!found && (e = readdir(d))) {
		char *end;
		long p = strtol(e->d_name, &end, 10);

		if (*end || p <= 0 || p > INT_MAX)
			continue;
		if ((found = match_process((int)p, ns, depth, id, type))) {
			*proc_pid = (int)p;
			break;
		}
		if (type == LTR_PT_TID) {
			char task[DIR_MAX];
			DIR *t;
			struct dirent *te;

			snprintf(task, sizeof(task), "%s/%ld/task", proc_root, p);
			t = opendir(task);
			while (t && !found && (te = readdir(t))) {
				long tid = strtol(te->d_name, &end, 10);

				if (*end || tid <= 0 || tid > INT_MAX || tid == p)
					continue;
				if ((found = match_process((int)tid, ns, depth, id, type)))
					*proc_pid = (int)tid;
			}
			if (t)
				closedir(t);
		}
	}
	closedir(d);
	return found;
}

/*
 * The process that has id of type in namespace ns (depth in /proc's
 * levels): its id in ltr's namespace, and in *proc_pid the name /proc
 * gives it; 0 when there is none. hint: a process to try first (0: none).
 */
static int find(ino_t ns, size_t depth, int id, enum ltr_pid_type type, int hint, int *proc_pid)
{
	int found = 0;
	unsigned i;

	*proc_pid = 0;
	for (i = 0; i < CACHE_SLOTS; i++) {
		struct pidns_answer *a = &answers[i];

		if (a->proc_pid <= 0 || a->ns != ns || a->id != id || a->type != type)
			continue;
		if ((found = match_process(a->proc_pid, ns, depth, id, type))) {
			*proc_pid = a->proc_pid;
			return found;
		}
		a->proc_pid = 0; /* gone, or another process now */
	}
	if (hint > 0 && (found = match_process(hint, ns, depth, id, type)))
		*proc_pid = hint;
	else
		found = scan_proc(ns, depth, id, type, proc_pid);
	if (found)
		remember(ns, id, type, *proc_pid);
	return found;
}

/* The name /proc gives the thread tid of ltr's namespace; 0 if none. */
static int proc_pid_of(pid_t tid)
{
	int proc_pid;

	if (self_level == 0)
		return (int)tid;
	return find(self_ns, self_level, (int)tid, LTR_PT_TID, 0, &proc_pid) ? proc_pid : 0;
}

int ltr_pidns_translate_proc(pid_t tid, int id, enum ltr_pid_type type, int *proc_pid)
{
	char dir[DIR_MAX], status[4096];
	int pids[MAX_LEVELS], tgid[1];
	int found, tproc, where = 0;
	size_t npids;
	ino_t ns;

	if (proc_pid)
		*proc_pid = 0;
	if (id <= 0 || (unsigned)type >= LTR_PT_COUNT)
		return 0;
	/* nothing to translate with, or from: the id is taken as ltr's */
	if (!self_usable()) {
		if (proc_pid)
			*proc_pid = id;
		return id;
	}
	tproc = tid > 0 ? proc_pid_of(tid) : 0;
	snprintf(dir, sizeof(dir), "%s/%d", proc_root, tproc);
	if (tproc <= 0 || !ns_inode(dir, 0, &ns) || ns == self_ns) {
		/* a tracee of ltr's namespace (or one that cannot tell) */
		if (proc_pid)
			*proc_pid = self_level == 0 ? id :
				find(self_ns, self_level, id, type, 0, &where) ? where : 0;
		return id;
	}
	if (!read_status(dir, status, sizeof(status)))
		return 0;
	npids = ltr_pidns_parse_ids(status, "NSpid:", pids, MAX_LEVELS);
	if (npids <= self_level + 1 || npids > MAX_LEVELS)
		return 0;
	/* most ids a process names are its own, or its thread group's */
	if (ltr_pidns_parse_ids(status, "Tgid:", tgid, 1) != 1)
		tgid[0] = 0;
	found = find(ns, npids - 1, id, type, type == LTR_PT_TID ? tproc : tgid[0], &where);
	if (proc_pid)
		*proc_pid = where;
	return found;
}

int ltr_pidns_proc_pid(pid_t tid)
{
	if (tid <= 0)
		return 0;
	if (!self_usable() || self_level == 0)
		return (int)tid;
	return proc_pid_of(tid);
}

int ltr_pidns_proc_path(pid_t tid, const char *rest, char *buf, size_t size)
{
	int proc_pid = ltr_pidns_proc_pid(tid), n;

	if (proc_pid <= 0)
		return -ESRCH;
	n = snprintf(buf, size, "%s/%d%s%s", proc_root, proc_pid, rest ? "/" : "",
		     rest ? rest : "");
	if (n < 0 || (size_t)n >= size)
		return -ENAMETOOLONG;
	return 0;
}

int ltr_pidns_translate(pid_t tid, int id, enum ltr_pid_type type)
{
	return ltr_pidns_translate_proc(tid, id, type, NULL);
}
