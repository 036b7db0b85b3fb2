/* SPDX-License-Identifier: MIT */
/*
 * --pidns-translation (src/pidns.c): the NSxxx lines of /proc/PID/status,
 * and the translation itself on a fake /proc (a directory tree whose
 * ns/pid files are regular files: hard links share an inode, as the
 * processes of one namespace share their namespace's). The tracee 200 is
 * at depth 1, in namespace B; 201 is B's process 2; 300 is process 2 of
 * a sibling namespace C at the same depth, which must never be taken for
 * B's. Also the printed comment, " /\* N in strace's PID NS *\/", through
 * syscall rows (kill, tgkill, getpgrp, setpgid), and nothing at all when
 * the tracee shares ltr's namespace or the option is off. And the ids
 * that name a process whose /proc directory is read: kcmp's descriptors
 * under -y (of the process the tracee means), PR_SCHED_CORE's pid by its
 * PIDTYPE_*, and -y's own lookups when /proc is an outer namespace's.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "ltr/fdinfo.h"
#include "ltr/pidns.h"
#include "ltr/syscall.h"
#include "fake_mem.h"

static char root[64];
static struct fake_call fc;

static void put(const char *rel, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void dir(const char *rel)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	assert_int_equal(mkdir(path, 0755), 0);
}

static void same_ns(const char *from, const char *to)
{
	char a[256], b[256];

	snprintf(a, sizeof(a), "%s/%s/ns/pid", root, from);
	snprintf(b, sizeof(b), "%s/%s/ns/pid", root, to);
	assert_int_equal(link(a, b), 0);
}

/* A process directory: status text, and its ns/pid (a new namespace when like is NULL). */
static void proc(const char *pid, const char *status, const char *like)
{
	char rel[64];

	dir(pid);
	snprintf(rel, sizeof(rel), "%s/ns", pid);
	dir(rel);
	snprintf(rel, sizeof(rel), "%s/status", pid);
	put(rel, status);
	if (like) {
		same_ns(like, pid);
	} else {
		snprintf(rel, sizeof(rel), "%s/ns/pid", pid);
		put(rel, pid);
	}
}

/* A descriptor fd of the process at pid whose link says target. */
static void fd_link(const char *pid, int fd, const char *target)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s/fd", root, pid);
	if (access(path, F_OK) != 0)
		assert_int_equal(mkdir(path, 0755), 0);
	snprintf(path, sizeof(path), "%s/%s/fd/%d", root, pid, fd);
	assert_int_equal(symlink(target, path), 0);
}

static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/ltr-test-pidns.XXXXXX");
	assert_non_null(mkdtemp(root));
	/* ltr, in the namespace of this /proc */
	proc("self", "Name:\tltr\nTgid:\t100\nNSpid:\t100\n", NULL);
	proc("100", "Name:\tltr\nTgid:\t100\nNSpid:\t100\n", "self");
	/* a tracee of ltr's namespace */
	proc("150", "Tgid:\t150\nNSpid:\t150\nNStgid:\t150\nNSpgid:\t150\nNSsid:\t150\n", "self");
	/* namespace B: the tracee (init, a group leader), and its process 2 */
	proc("200", "Tgid:\t200\nNSpid:\t200\t1\nNStgid:\t200\t1\nNSpgid:\t200\t1\nNSsid:\t150\t0\n",
	     NULL);
	proc("201", "Tgid:\t201\nNSpid:\t201\t2\nNStgid:\t201\t2\nNSpgid:\t201\t2\nNSsid:\t150\t0\n",
	     "200");
	/* namespace C, a sibling of B: its process 2 is not B's */
	proc("300", "Tgid:\t300\nNSpid:\t300\t2\nNStgid:\t300\t2\nNSpgid:\t300\t2\nNSsid:\t300\t2\n",
	     NULL);
	ltr_pidns_set_proc_root(root);
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	ltr_pidns_set_proc_root(NULL);
	fake_call_free(&fc);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	assert_int_equal(system(cmd), 0);
	return 0;
}

static void test_parse(void **state)
{
	int ids[4] = { 0 };

	(void)state;
	assert_int_equal(ltr_pidns_parse_ids("Name:\tx\nNSpid:\t42\t7\t1\n", "NSpid:", ids, 4), 3);
	assert_int_equal(ids[0], 42);
	assert_int_equal(ids[2], 1);
	/* NSpid: is not a suffix of NStgid: and the like */
	assert_int_equal(ltr_pidns_parse_ids("NStgid:\t5\t6\nNSpid:\t9\n", "NSpid:", ids, 4), 1);
	assert_int_equal(ids[0], 9);
	assert_int_equal(ltr_pidns_parse_ids("Pid:\t3\n", "NSpid:", ids, 4), 0);
	assert_int_equal(ltr_pidns_parse_ids("", "NSpid:", ids, 4), 0);
	/* more ids than room: counted, only max stored */
	memset(ids, 0, sizeof(ids));
	assert_int_equal(ltr_pidns_parse_ids("NSsid:\t1\t2\t3\t4\t5\t6", "NSsid:", ids, 2), 6);
	assert_int_equal(ids[2], 0);
	/* an id no int holds: the line is refused */
	assert_int_equal(ltr_pidns_parse_ids("NSpid:\t99999999999\n", "NSpid:", ids, 4), 0);
	/* a line without ids */
	assert_int_equal(ltr_pidns_parse_ids("NSpid:\t\nX", "NSpid:", ids, 4), 0);
}

static void test_translate(void **state)
{
	(void)state;
	/* ltr's own namespace: as it is */
	assert_int_equal(ltr_pidns_translate(150, 150, LTR_PT_TGID), 150);
	assert_int_equal(ltr_pidns_translate(150, 77, LTR_PT_TGID), 77);
	/* B's ids */
	assert_int_equal(ltr_pidns_translate(200, 1, LTR_PT_TGID), 200);
	assert_int_equal(ltr_pidns_translate(200, 1, LTR_PT_TID), 200);
	assert_int_equal(ltr_pidns_translate(200, 2, LTR_PT_TGID), 201);
	assert_int_equal(ltr_pidns_translate(200, 1, LTR_PT_PGID), 200);
	/* the session is outside B: B's id 0, none */
	assert_int_equal(ltr_pidns_translate(200, 150, LTR_PT_SID), 0);
	assert_int_equal(ltr_pidns_translate(200, 3, LTR_PT_TGID), 0);
	assert_int_equal(ltr_pidns_translate(200, 0, LTR_PT_TGID), 0);
	assert_int_equal(ltr_pidns_translate(200, -1, LTR_PT_TGID), 0);
	/* C's 2 from C */
	assert_int_equal(ltr_pidns_translate(300, 2, LTR_PT_PGID), 300);
	/* 201 gone: the cached answer is checked, and C's 2 is not taken */
	put("201/status", "");
	assert_int_equal(ltr_pidns_translate(200, 2, LTR_PT_TGID), 0);
	put("201/status", "Tgid:\t201\nNSpid:\t201\t2\nNStgid:\t201\t2\nNSpgid:\t201\t2\nNSsid:\t150\t0\n");
	assert_int_equal(ltr_pidns_translate(200, 2, LTR_PT_TGID), 201);
	/* a tracee /proc does not know: taken as ltr's namespace's */
	assert_int_equal(ltr_pidns_translate(999, 5, LTR_PT_TGID), 5);
}

/*
 * An outer namespace's /proc (as under `unshare -p` without
 * --mount-proc): ltr is 7 in its own namespace, 400 in /proc's; its
 * tracee 9 (/proc's 402) names 5, /proc's 403. (Deeper namespaces need
 * NS_GET_PARENT, which only the kernel's files answer: the strace suite's
 * --pidns-translation tests run that way.) Last: it changes "self".
 */
static void test_outer_proc(void **state)
{
	int proc_pid;

	(void)state;
	put("self/status", "Tgid:\t400\nNSpid:\t400\t7\n");
	proc("400", "Tgid:\t400\nNSpid:\t400\t7\n", "self");
	proc("402", "Tgid:\t402\nNSpid:\t402\t9\nNStgid:\t402\t9\n", "self");
	proc("403", "Tgid:\t403\nNSpid:\t403\t5\nNStgid:\t403\t5\n", "self");
	ltr_pidns_set_proc_root(root);
	assert_int_equal(ltr_pidns_translate_proc(0, 7, LTR_PT_TID, &proc_pid), 7);
	assert_int_equal(proc_pid, 400);
	assert_int_equal(ltr_pidns_translate_proc(9, 5, LTR_PT_TGID, &proc_pid), 5);
	assert_int_equal(proc_pid, 403);
	/* none of ltr's namespace is 6: no name in /proc */
	assert_int_equal(ltr_pidns_translate_proc(9, 6, LTR_PT_TGID, &proc_pid), 6);
	assert_int_equal(proc_pid, 0);
}

/*
 * -y under an outer namespace's /proc: the tracee 9's descriptors and
 * cwd are /proc's 402's, never /proc's 9's (another process, whose fd 3
 * is something else). It runs after test_outer_proc, on its /proc.
 */
static void test_outer_proc_fds(void **state)
{
	char path[256];
	struct ltr_fdinfo fi;
	bool deleted;
	uint64_t fstat_args[6] = { 3 };

	(void)state;
	proc("9", "Tgid:\t9\nNSpid:\t9\n", NULL);
	fd_link("402", 3, "/dev/null");
	fd_link("9", 3, "/not/this/one");
	snprintf(path, sizeof(path), "%s/402/cwd", root);
	assert_int_equal(symlink("/tmp", path), 0);
	ltr_pidns_set_proc_root(root);
	assert_int_equal(ltr_pidns_proc_pid(9), 402);
	assert_int_equal(ltr_pidns_proc_pid(7), 400);
	/* no thread of ltr's namespace is 8 */
	assert_int_equal(ltr_pidns_proc_pid(8), 0);
	assert_int_equal(ltr_pidns_proc_pid(0), 0);
	assert_int_equal(ltr_pidns_proc_path(8, "fd/3", path, sizeof(path)), -ESRCH);
	assert_int_equal(ltr_pidns_proc_path(9, "fd/3", path, 8), -ENAMETOOLONG);
	assert_int_equal(ltr_pidns_proc_path(9, NULL, path, sizeof(path)), 0);
	assert_non_null(strstr(path, "/402"));
	assert_int_equal(ltr_fdinfo_lookup(9, 3, 0, &fi), 0);
	assert_string_equal(fi.link, "/dev/null");
	assert_int_equal(ltr_fdinfo_lookup(9, 4, 0, &fi), -EBADF);
	assert_int_equal(ltr_fdinfo_lookup(8, 3, 0, &fi), -ESRCH);
	assert_int_equal(ltr_fdinfo_cwd(9, path, &deleted), 4);
	assert_false(deleted);
	assert_int_equal(ltr_fdinfo_cwd(8, path, &deleted), -ESRCH);
	/* through a printer: fstat(3</dev/null>, ...) */
	fake_call_init_row(&fc, "x86_64", fake_row("fstat"), fstat_args);
	fc.c.tid = 9;
	fc.opts.decode_fds = LTR_FD_PATH;
	assert_string_equal(fake_call_run(&fc, -14, NULL),
			    "fstat(3</dev/null>, NULL)               = -1 EFAULT (Bad address)");
}

static const char *line(const char *name, const uint64_t args[6], int64_t ret, pid_t tid, bool on)
{
	fake_call_init_row(&fc, "x86_64", fake_row(name), args);
	fc.c.tid = tid;
	fc.opts.pidns = on;
	return fake_call_run(&fc, ret, NULL);
}

static void test_printed(void **state)
{
	uint64_t kill2[6] = { 2, SIGTERM }, kill_all[6] = { (uint64_t)-1ll, 0 };
	uint64_t kill_group[6] = { (uint64_t)-2ll, 0 }, tgkill[6] = { 1, 1, 0 };
	uint64_t setpgid[6] = { 2, 1 }, none[6] = { 0 };

	(void)state;
	assert_string_equal(line("kill", kill2, 0, 200, true),
			    "kill(2 /* 201 in strace's PID NS */, SIGTERM) = 0");
	/* -PGID: the group translated, the minus outside */
	assert_string_equal(line("kill", kill_group, 0, 200, true),
			    "kill(-2 /* 201 in strace's PID NS */, 0) = 0");
	assert_string_equal(line("kill", kill_all, 0, 200, true), "kill(-1, 0)                             = 0");
	assert_string_equal(line("tgkill", tgkill, 0, 200, true),
			    "tgkill(1 /* 200 in strace's PID NS */, 1 /* 200 in strace's PID NS */, 0) = 0");
	assert_string_equal(line("getpgrp", none, 1, 200, true),
			    "getpgrp()                               = 1 /* 200 in strace's PID NS */");
	assert_string_equal(line("setpgid", setpgid, 0, 200, true),
			    "setpgid(2 /* 201 in strace's PID NS */, 1 /* 200 in strace's PID NS */) = 0");
	/* an id that is no process of B: nothing more */
	kill2[0] = 9;
	assert_string_equal(line("kill", kill2, -3, 200, true),
			    "kill(9, SIGTERM)                        = -1 ESRCH (No such process)");
	kill2[0] = 2;
	/* off, or a tracee of ltr's namespace: nothing more */
	assert_string_equal(line("kill", kill2, 0, 200, false), "kill(2, SIGTERM)                        = 0");
	assert_string_equal(line("kill", kill2, 0, 150, true), "kill(2, SIGTERM)                        = 0");
}

/* PR_SCHED_CORE's pid is a thread, process, group or session id by its type. */
static void test_sched_core(void **state)
{
	/* PR_SCHED_CORE, PR_SCHED_CORE_CREATE, pid 2, type, NULL */
	uint64_t args[6] = { 62, 1, 2, 2, 0 };

	(void)state;
	assert_string_equal(line("prctl", args, 0, 200, true),
			    "prctl(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 2 /* 201 in strace's PID NS */, 0x2 /* PIDTYPE_PGID */, NULL) = 0");
	args[3] = 3; /* PIDTYPE_SID: B's 2 leads no session */
	assert_string_equal(line("prctl", args, 0, 200, true),
			    "prctl(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 2, 0x3 /* PIDTYPE_SID */, NULL) = 0");
	args[3] = 0; /* PIDTYPE_PID */
	assert_string_equal(line("prctl", args, 0, 200, true),
			    "prctl(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 2 /* 201 in strace's PID NS */, 0 /* PIDTYPE_PID */, NULL) = 0");
	args[3] = 4; /* no such type: the number alone */
	assert_string_equal(line("prctl", args, 0, 200, true),
			    "prctl(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 2, 0x4 /* PIDTYPE_??? */, NULL) = 0");
}

/*
 * kcmp's descriptors under -y are those of the process the tracee means
 * (B's 2 is 201, not the 2 of ltr's namespace), with or without
 * --pidns-translation; one no process of B has prints bare.
 */
static void test_kcmp_fds(void **state)
{
	/* kcmp(2, 1, KCMP_FILE, 5, 6) */
	uint64_t args[6] = { 2, 1, 0, 5, 6 };
	bool on;

	(void)state;
	fd_link("201", 5, "/dev/zero");
	fd_link("200", 6, "/dev/null");
	for (on = false; ; on = true) {
		fake_call_init_row(&fc, "x86_64", fake_row("kcmp"), args);
		fc.c.tid = 200;
		fc.opts.pidns = on;
		fc.opts.decode_fds = LTR_FD_PATH;
		assert_string_equal(fake_call_run(&fc, 0, NULL), on ?
			"kcmp(2 /* 201 in strace's PID NS */, 1 /* 200 in strace's PID NS */, KCMP_FILE, 5</dev/zero>, 6</dev/null>) = 0" :
			"kcmp(2, 1, KCMP_FILE, 5</dev/zero>, 6</dev/null>) = 0");
		if (on)
			break;
	}
	args[0] = 7;
	fake_call_init_row(&fc, "x86_64", fake_row("kcmp"), args);
	fc.c.tid = 200;
	fc.opts.decode_fds = LTR_FD_PATH;
	assert_string_equal(fake_call_run(&fc, 0, NULL), "kcmp(7, 1, KCMP_FILE, 5, 6</dev/null>)  = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_translate),
		cmocka_unit_test(test_printed),
		cmocka_unit_test(test_sched_core),
		cmocka_unit_test(test_kcmp_fds),
		cmocka_unit_test(test_outer_proc),
		cmocka_unit_test(test_outer_proc_fds),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
