/* SPDX-License-Identifier: MIT */
/*
 * The printer with -ff -o FILE (src/printer.c): each thread's lines in
 * FILE.TID, whole (no pid prefix, no unfinished/resumed pairs between
 * threads), the file closed when the thread is released, and an execve
 * in a thread taking over the leader's file as strace does. Driven
 * through the printer's consumer with fake tracees; expected lines are
 * strace 6.1's.
 */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/events.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/tracee.h"

#define PATH_ADDR 0x10000
static char dir[] = "/tmp/ltr-test-printer-ff.XXXXXX";
static char prefix[64];

/* The contents of FILE.tid (static buffer); "" if there is no such file. */
static const char *file_of(pid_t tid)
{
	static char buf[4096];
	char path[128];
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "%s.%d", prefix, (int)tid);
	f = fopen(path, "r");
	if (!f)
		return "";
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void deliver(enum ltr_event_kind kind, struct tracee *t)
{
	struct ltr_event ev = { .kind = kind, .t = t };

	ltr_printer_consumer()->event(&ev);
}

/* A traced thread tid (process pid), started as a followed child. */
static struct tracee *thread(pid_t tid, pid_t pid)
{
	struct tracee *t = ltr_tracee_add(tid, pid);
	struct ltr_event ev = { .kind = LTR_EV_START, .t = t, .how = LTR_START_FOLLOWED };

	t->arch = fake_arch("x86_64");
	ltr_printer_consumer()->event(&ev);
	return t;
}

/* t enters openat(AT_FDCWD, "/etc/passwd", O_RDONLY). */
static void enter_openat(struct tracee *t)
{
	struct ltr_call *c = &t->call;

	memset(c, 0, sizeof(*c));
	t->flags |= TRACEE_IN_SYSCALL;
	c->arch = t->arch;
	c->desc = ltr_syscall_desc_find("openat");
	c->nr = 257;
	c->args[0] = (uint64_t)(int64_t)-100;
	c->args[1] = PATH_ADDR;
	c->pid = t->pid;
	c->tid = t->tid;
	c->mem = &fake_mem;
	c->opts = &ltr_decode_opts;
	c->ret_kind = c->desc->ret;
	deliver(LTR_EV_ENTER, t);
}

static void leave(struct tracee *t, int64_t ret)
{
	t->call.ret = ret;
	t->call.exiting = true;
	t->flags &= ~(unsigned)TRACEE_IN_SYSCALL;
	deliver(LTR_EV_EXIT, t);
}

/* t exits with status 0, and is released (its file closed). */
static void gone(struct tracee *t)
{
	struct ltr_event ev = { .kind = LTR_EV_GONE, .t = t, .status = 0 };

	ltr_printer_consumer()->event(&ev);
	deliver(LTR_EV_RELEASE, t);
	ltr_tracee_remove(t);
}

static const char openat_line[] =
	"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY) = 3\n";

/* Two threads' calls interleave: each file has its lines whole. */
static void test_interleaved(void **state)
{
	struct tracee *a, *b;
	char want[256];

	(void)state;
	a = thread(100, 100);
	b = thread(101, 100);
	enter_openat(a);
	enter_openat(b);
	leave(b, 3);
	leave(a, 3);
	ltr_output_flush();
	assert_string_equal(file_of(100), openat_line);
	gone(b);
	gone(a);
	snprintf(want, sizeof(want), "%s+++ exited with 0 +++\n", openat_line);
	assert_string_equal(file_of(100), want);
	assert_string_equal(file_of(101), want);
}

/*
 * Thread 201 of process 200 calls execve (openat stands in): its file
 * ends with " <pid changed to 200 ...>"; the leader's gets the superseded
 * line, then the call's return as "<... openat resumed>".
 */
static void test_superseded(void **state)
{
	struct tracee *leader, *execer;
	struct ltr_event ev = { .kind = LTR_EV_SUPERSEDED, .other = 201 };

	(void)state;
	leader = thread(200, 200);
	execer = thread(201, 200);
	enter_openat(execer);
	ev.t = leader;
	ltr_printer_consumer()->event(&ev);
	deliver(LTR_EV_RELEASE, leader); /* the core drops the leader ... */
	ltr_tracee_remove(leader);
	ltr_tracee_rekey(execer, 200); /* ... and renames the thread */
	assert_string_equal(file_of(201),
			    "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY <pid changed to 200 ...>\n");
	leave(execer, 0);
	gone(execer);
	assert_string_equal(file_of(200),
			    "+++ superseded by execve in pid 201 +++\n"
			    "<... openat resumed>)                   = 0\n"
			    "+++ exited with 0 +++\n");
}

/* Detached inside a call: " <detached ...>" in its own file. */
static void test_detached(void **state)
{
	struct tracee *t;

	(void)state;
	t = thread(300, 300);
	enter_openat(t);
	deliver(LTR_EV_DETACH, t);
	deliver(LTR_EV_RELEASE, t);
	ltr_tracee_remove(t);
	assert_string_equal(file_of(300),
			    "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY <detached ...>\n");
}

static int setup_group(void **state)
{
	struct ltr_options opts;

	(void)state;
	if (!mkdtemp(dir))
		return -1;
	snprintf(prefix, sizeof(prefix), "%s/t", dir);
	memset(&opts, 0, sizeof(opts));
	opts.outfile = prefix;
	opts.follow = true;
	opts.output_separately = true;
	opts.quiet_set = LTR_QUIET_ATTACH; /* no notices on stderr */
	opts.signals = ~(uint64_t)0;
	ltr_printer_setup(&opts);
	ltr_decode_opts.strsize = 32;
	fake_mem_map_str(PATH_ADDR, "/etc/passwd");
	return ltr_output_open(NULL, false); /* stderr: what no thread wrote */
}

static int teardown_group(void **state)
{
	char cmd[128];

	(void)state;
	ltr_output_close();
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_interleaved),
		cmocka_unit_test(test_superseded),
		cmocka_unit_test(test_detached),
	};

	return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
