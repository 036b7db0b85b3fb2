/* SPDX-License-Identifier: MIT */
/*
 * -Y (--decode-pids=comm): process ids printed as strace prints them,
 * "1234<comm>", in arguments (kill, tgkill, wait4, waitid's P_PID,
 * getpriority's PRIO_PROCESS, clone's parent_tid), results (getpid,
 * clone, wait4) and a siginfo's si_pid; process groups, gone processes
 * and -1 print plain numbers. The pid is this test's own, renamed at the
 * start to a name with '<', '>' and an escape, so the expected comm is
 * known; strace 6.1 prints "ren\74am\76e\33" for it (the same escaping as
 * -y's paths, and \x.. under -xx). Also -a: ltr_decode_retval_at().
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"

#define NAME "ren<am>e\033"
#define QUOTED "ren\\74am\\76e\\33"
/* No process has this id: beyond the kernel's largest pid_max. */
#define GONE 0x3fffffff

static struct fake_call fc;
static char me[16], line[512];

/*
 * The line strace prints for a call "head" returning "ret": "= " at
 * column 40, or after one space when head is longer.
 */
static const char *expect(const char *ret, const char *fmt, ...)
{
	char head[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(head, sizeof(head), fmt, ap);
	va_end(ap);
	snprintf(line, sizeof(line), "%s%*s= %s", head, n < 39 ? 40 - n : 1, "", ret);
	return line;
}

/* "NAME(args) = ret" of row name with -Y on. */
static const char *run_Y(const char *arch, const char *name, const uint64_t args[6],
			 int64_t ret, unsigned xflag)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.opts.pid_comm = true;
	fc.opts.xflag = xflag;
	return fake_call_run(&fc, ret, NULL);
}

static void test_proc_comm(void **state)
{
	char comm[16];

	(void)state;
	ltr_proc_comm(getpid(), comm, sizeof(comm));
	assert_string_equal(comm, NAME);
	ltr_proc_comm(GONE, comm, sizeof(comm));
	assert_string_equal(comm, "");
	ltr_proc_comm(0, comm, sizeof(comm));
	assert_string_equal(comm, "");
	ltr_proc_comm(-5, comm, sizeof(comm));
	assert_string_equal(comm, "");
	/* a short buffer keeps what fits */
	ltr_proc_comm(getpid(), comm, 4);
	assert_string_equal(comm, "ren");
}

static void test_print_comm(void **state)
{
	struct ltr_strbuf sb = { 0 };

	(void)state;
	ltr_print_comm(&sb, NAME, 0);
	assert_string_equal(ltr_sb_cstr(&sb), "<" QUOTED ">");
	ltr_sb_reset(&sb);
	ltr_print_comm(&sb, "sh", 2); /* -xx: every byte in hex */
	assert_string_equal(ltr_sb_cstr(&sb), "<\\x73\\x68>");
	ltr_sb_reset(&sb);
	ltr_print_comm(&sb, "", 0);   /* no name: nothing */
	assert_string_equal(ltr_sb_cstr(&sb), "");
	ltr_sb_free(&sb);
}

static void test_results(void **state)
{
	char ret[64];

	(void)state;
	snprintf(ret, sizeof(ret), "%s<" QUOTED ">", me);
	assert_string_equal(run_Y("x86_64", "getpid", NULL, getpid(), 0), expect(ret, "getpid()"));
	assert_string_equal(run_Y("i386", "gettid", NULL, getpid(), 0), expect(ret, "gettid()"));
	/* a reaped child: no name */
	assert_string_equal(run_Y("x86_64", "getppid", NULL, GONE, 0),
			    "getppid()                               = 1073741823");
	/* -1 ESRCH is an error, not a pid */
	assert_string_equal(run_Y("x86_64", "fork", NULL, -EAGAIN, 0),
			    "fork()                                  = -1 EAGAIN (Resource temporarily unavailable)");
	/* without -Y: the number */
	fake_call_init_row(&fc, "x86_64", fake_row("getpid"), NULL);
	assert_string_equal(fake_call_run(&fc, getpid(), NULL), expect(me, "getpid()"));
}

static void test_arguments(void **state)
{
	uint64_t kill_me[6] = { (uint64_t)getpid(), SIGCONT };
	uint64_t kill_group[6] = { (uint64_t)-getpid(), SIGCONT };
	uint64_t kill_all[6] = { (uint64_t)-1, 0 };
	uint64_t tgkill[6] = { (uint64_t)getpid(), (uint64_t)getpid(), SIGCONT };
	uint64_t prio_process[6] = { 0, (uint64_t)getpid() };
	uint64_t prio_group[6] = { 1, (uint64_t)getpid() };

	(void)state;
	assert_string_equal(run_Y("x86_64", "kill", kill_me, 0, 0),
			    expect("0", "kill(%s<" QUOTED ">, SIGCONT)", me));
	/* a process group: no name */
	assert_string_equal(run_Y("x86_64", "kill", kill_group, 0, 0),
			    expect("0", "kill(-%s, SIGCONT)", me));
	assert_string_equal(run_Y("x86_64", "kill", kill_all, 0, 0), "kill(-1, 0)                             = 0");
	assert_string_equal(run_Y("i386", "tgkill", tgkill, 0, 0),
			    expect("0", "tgkill(%s<" QUOTED ">, %s<" QUOTED ">, SIGCONT)", me, me));
	assert_string_equal(run_Y("x86_64", "getpriority", prio_process, 20, 0),
			    expect("20", "getpriority(PRIO_PROCESS, %s<" QUOTED ">)", me));
	assert_string_equal(run_Y("x86_64", "getpriority", prio_group, 20, 0),
			    expect("20", "getpriority(PRIO_PGRP, %s)", me));
}

static void test_wait(void **state)
{
	uint64_t w4[6] = { (uint64_t)getpid(), 0, 1 /* WNOHANG */, 0 };
	uint64_t any[6] = { (uint64_t)-1, 0, 1, 0 };
	uint64_t wid[6] = { 1 /* P_PID */, (uint64_t)getpid(), 0, 4 /* WEXITED */, 0 };
	uint64_t wgid[6] = { 2 /* P_PGID */, (uint64_t)getpid(), 0, 4, 0 };

	(void)state;
	assert_string_equal(run_Y("x86_64", "wait4", w4, 0, 0),
			    expect("0", "wait4(%s<" QUOTED ">, NULL, WNOHANG, NULL)", me));
	/* the child's pid, reaped by the time the line is printed */
	assert_string_equal(run_Y("x86_64", "wait4", any, GONE, 0),
			    "wait4(-1, NULL, WNOHANG, NULL)          = 1073741823");
	assert_string_equal(run_Y("x86_64", "waitid", wid, 0, 0),
			    expect("0", "waitid(P_PID, %s<" QUOTED ">, NULL, WEXITED, NULL)", me));
	assert_string_equal(run_Y("x86_64", "waitid", wgid, 0, 0),
			    expect("0", "waitid(P_PGID, %s, NULL, WEXITED, NULL)", me));
}

/* clone's parent_tid, written by the kernel, and its result. */
static void test_clone(void **state)
{
	int32_t tid = getpid();
	char ret[64];
	/* flags CLONE_PARENT_SETTID|SIGCHLD, stack, parent_tid, child_tid, tls */
	uint64_t args[6] = { 0x00100000 | SIGCHLD, 0, 0x6000, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x6000, &tid, sizeof(tid));
	snprintf(ret, sizeof(ret), "%s<" QUOTED ">", me);
	assert_string_equal(run_Y("x86_64", "clone", args, getpid(), 0),
			    expect(ret, "clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, "
				   "parent_tid=[%s<" QUOTED ">])", me));
	fake_mem_reset();
}

/* fcntl's owners: F_SETOWN's pid or -pgrp, F_SETOWN_EX's struct, F_GETOWN. */
static void test_fcntl_owner(void **state)
{
	int32_t own_tid[2] = { 0 /* F_OWNER_TID */, getpid() };
	int32_t own_pgrp[2] = { 2 /* F_OWNER_PGRP */, getpid() };
	uint64_t setown[6] = { 3, 8, (uint64_t)getpid() };
	uint64_t setown_pgrp[6] = { 3, 8, (uint64_t)-getpid() };
	uint64_t setown_ex[6] = { 3, 15, 0x7000 };
	uint64_t setown_ex_pgrp[6] = { 3, 15, 0x7100 };
	uint64_t getown[6] = { 3, 9 };
	char ret[64];

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x7000, own_tid, sizeof(own_tid));
	fake_mem_map(0x7100, own_pgrp, sizeof(own_pgrp));
	assert_string_equal(run_Y("x86_64", "fcntl", setown, 0, 0),
			    expect("0", "fcntl(3, F_SETOWN, %s<" QUOTED ">)", me));
	assert_string_equal(run_Y("x86_64", "fcntl", setown_pgrp, 0, 0),
			    expect("0", "fcntl(3, F_SETOWN, -%s)", me));
	assert_string_equal(run_Y("x86_64", "fcntl", setown_ex, 0, 0),
			    expect("0", "fcntl(3, F_SETOWN_EX, {type=F_OWNER_TID, pid=%s<" QUOTED ">})", me));
	assert_string_equal(run_Y("i386", "fcntl64", setown_ex_pgrp, 0, 0),
			    expect("0", "fcntl64(3, F_SETOWN_EX, {type=F_OWNER_PGRP, pid=%s})", me));
	snprintf(ret, sizeof(ret), "%s<" QUOTED ">", me);
	assert_string_equal(run_Y("x86_64", "fcntl", getown, getpid(), 0),
			    expect(ret, "fcntl(3, F_GETOWN)"));
	fake_mem_reset();
}

/* si_pid of a signal line follows the decode options of every call. */
static void test_siginfo(void **state)
{
	struct ltr_strbuf sb = { 0 };
	siginfo_t si;

	(void)state;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGURG;
	si.si_code = SI_TKILL;
	si.si_pid = getpid();
	ltr_decode_opts.pid_comm = true;
	ltr_print_siginfo(&sb, &si);
	ltr_decode_opts.pid_comm = false;
	snprintf(line, sizeof(line),
		 "SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=%s<" QUOTED ">, si_uid=0}", me);
	assert_string_equal(ltr_sb_cstr(&sb), line);
	ltr_sb_reset(&sb);
	ltr_print_siginfo(&sb, &si);
	snprintf(line, sizeof(line), "SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=%s, si_uid=0}", me);
	assert_string_equal(ltr_sb_cstr(&sb), line);
	ltr_sb_free(&sb);
}

/* -a N: ") " then spaces up to column N, then "= "; -a 0 and 1: " = ". */
static void test_columns(void **state)
{
	static const struct {
		unsigned column;
		const char *line;
	} cases[] = {
		{ 0, "getuid() = 0" },
		{ 1, "getuid() = 0" },
		{ 9, "getuid() = 0" },
		{ 10, "getuid()  = 0" },
		{ 11, "getuid()   = 0" },
		{ 12, "getuid()    = 0" },
		{ 40, "getuid()                                = 0" },
	};
	unsigned i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		fake_call_init_row(&fc, "x86_64", fake_row("getuid"), NULL);
		ltr_decode_entry(&fc.c);
		fake_call_exit(&fc, 0);
		ltr_decode_exit(&fc.c);
		ltr_decode_retval_at(&fc.c, (unsigned)fc.out.len, cases[i].column);
		assert_string_equal(fake_call_take(&fc), cases[i].line);
	}
}

static int setup_group(void **state)
{
	(void)state;
	if (prctl(PR_SET_NAME, NAME, 0L, 0L, 0L) != 0)
		return -1;
	snprintf(me, sizeof(me), "%d", (int)getpid());
	return 0;
}

static int teardown_group(void **state)
{
	(void)state;
	fake_call_free(&fc);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_proc_comm),
		cmocka_unit_test(test_print_comm),
		cmocka_unit_test(test_results),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_wait),
		cmocka_unit_test(test_clone),
		cmocka_unit_test(test_fcntl_owner),
		cmocka_unit_test(test_siginfo),
		cmocka_unit_test(test_columns),
	};

	return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
