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
 * the tracee shares ltr's namespace or the option is off.
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

#include "ltr/pidns.h"
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_translate),
		cmocka_unit_test(test_printed),
		cmocka_unit_test(test_outer_proc),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
