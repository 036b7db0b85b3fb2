/* SPDX-License-Identifier: MIT */
/*
 * The default printer (src/printer.c) on fake tracees: timestamps (-t,
 * -tt, -ttt, -r), -T, " (INJECTED)", unfinished/resumed lines, -j and
 * ltr_printer_format(). The printer writes through ltr/output.h into a
 * temporary file that each test reads back. Expected lines are strace
 * 6.1's for the same calls.
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/events.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/tracee.h"

#define PATH_ADDR 0x10000
static char out_path[] = "/tmp/ltr-test-printer.XXXXXX";
static struct tracee tracees[2];

/* Starts capturing the printer's output. */
static void capture(void)
{
	assert_int_equal(ltr_output_open(out_path, false), 0);
}

/* Stops capturing; returns what was printed (static buffer). */
static const char *captured(void)
{
	static char buf[8192];
	FILE *f;
	size_t n;

	ltr_output_close();
	f = fopen(out_path, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Asserts that s matches the extended regular expression re entirely. */
static void assert_matches(const char *s, const char *re)
{
	regex_t rx;
	char anchored[1024];
	int rc;

	snprintf(anchored, sizeof(anchored), "^%s$", re);
	assert_int_equal(regcomp(&rx, anchored, REG_EXTENDED), 0);
	rc = regexec(&rx, s, 0, NULL, 0);
	regfree(&rx);
	if (rc != 0)
		fail_msg("\"%s\" does not match /%s/", s, re);
}

/*
 * Sets up tracee i inside openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC)
 * entered at wall time 1700000000.123456789 (UTC) and monotonic time mono.
 */
static struct tracee *openat_call(unsigned i, pid_t tid, double mono)
{
	struct tracee *t = &tracees[i];
	struct ltr_call *c = &t->call;

	t->tid = t->pid = tid;
	t->flags = TRACEE_IN_SYSCALL;
	t->arch = fake_arch("x86_64");
	memset(c, 0, sizeof(*c));
	c->arch = t->arch;
	c->desc = ltr_syscall_desc_find("openat");
	c->nr = 257;
	c->args[0] = (uint64_t)(int64_t)-100;
	c->args[1] = PATH_ADDR;
	c->args[2] = O_RDONLY | O_CLOEXEC;
	c->pid = c->tid = tid;
	c->mem = &fake_mem;
	c->opts = &ltr_decode_opts;
	c->ret_kind = c->desc->ret;
	t->entry_wall.tv_sec = 1700000000;
	t->entry_wall.tv_nsec = 123456789;
	t->entry_time.tv_sec = (time_t)mono;
	t->entry_time.tv_nsec = (long)((mono - (double)(time_t)mono) * 1e9 + 0.5);
	return t;
}

static void call_exit(struct tracee *t, int64_t ret)
{
	t->call.ret = ret;
	t->call.exiting = true;
	t->flags &= ~(unsigned)TRACEE_IN_SYSCALL;
}

/* Now on the monotonic clock minus seconds. */
static double mono_ago(double seconds)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - seconds;
}

static void set_absolute(enum ltr_abs_time format, unsigned digits)
{
	ltr_printer_config.time.absolute = format;
	ltr_printer_config.time.abs_digits = digits;
}

static int setup(void **state)
{
	(void)state;
	memset(&ltr_printer_config, 0, sizeof(ltr_printer_config));
	ltr_printer_config.enabled = true;
	/* strace's defaults: "= " at column 40, -r and -T in microseconds */
	ltr_printer_config.columns = 40;
	ltr_printer_config.time.rel_digits = 6;
	ltr_printer_config.time.dur_digits = 6;
	ltr_decode_opts.strsize = 32;
	ltr_printer_config.signals = ~(uint64_t)0; /* every signal line */
	ltr_printer_init(false);
	return 0;
}

static int setup_group(void **state)
{
	int fd = mkstemp(out_path);

	(void)state;
	if (fd < 0)
		return -1;
	close(fd);
	setenv("TZ", "UTC", 1);
	tzset();
	fake_mem_map_str(PATH_ADDR, "/etc/passwd");
	return 0;
}

static int teardown_group(void **state)
{
	(void)state;
	unlink(out_path);
	ltr_sb_free(&tracees[0].text);
	ltr_sb_free(&tracees[1].text);
	ltr_sb_free(&tracees[0].held_output);
	ltr_sb_free(&tracees[1].held_output);
	fake_mem_reset();
	return 0;
}

static void one_call(struct tracee *t, int64_t ret)
{
	ltr_printer_syscall_entry(t);
	call_exit(t, ret);
	ltr_printer_syscall_exit(t);
}

static void test_plain(void **state)
{
	(void)state;
	capture();
	one_call(openat_call(0, 100, 5.0), 3);
	one_call(openat_call(0, 100, 5.0), -ENOENT);
	assert_string_equal(captured(),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)\n");
}

/* -r first: its reference point is the first stamped line ever printed. */
static void test_relative(void **state)
{
	(void)state;
	ltr_printer_config.time.relative = true;
	capture();
	one_call(openat_call(0, 100, 10.0), 3);
	one_call(openat_call(0, 100, 10.000123), 3);
	one_call(openat_call(0, 100, 12.5), 3);
	assert_string_equal(captured(),
		"     0.000000 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"     0.000123 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"     2.499877 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n");
}

static void test_absolute(void **state)
{
	struct tracee *t;

	(void)state;
	set_absolute(LTR_ABS_TIME, 0); /* -t */
	capture();
	one_call(openat_call(0, 100, 1.0), 3);
	set_absolute(LTR_ABS_TIME, 6); /* -tt */
	one_call(openat_call(0, 100, 1.0), 3);
	set_absolute(LTR_ABS_UNIX, 6); /* -ttt */
	one_call(openat_call(0, 100, 1.0), 3);
	/* a short line: the return value is aligned at column 40, stamp included */
	t = openat_call(0, 100, 1.0);
	t->call.desc = ltr_syscall_desc_find("getpid");
	t->call.ret_kind = t->call.desc->ret;
	set_absolute(LTR_ABS_TIME, 0);
	one_call(t, 42);
	assert_string_equal(captured(),
		"22:13:20 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"22:13:20.123456 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"1700000000.123456 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"22:13:20 getpid()                       = 42\n");
}

static void test_durations_injected(void **state)
{
	struct tracee *t;

	(void)state;
	ltr_printer_config.time.durations = true;
	capture();
	one_call(openat_call(0, 100, mono_ago(1.5)), 3);
	t = openat_call(0, 100, mono_ago(0));
	t->call.mods = LTR_MOD_INJECTED;
	one_call(t, -EACCES);
	/* exit_group: " = ?" and no time */
	t = openat_call(0, 100, mono_ago(0));
	t->call.desc = ltr_syscall_desc_find("exit_group");
	t->call.args[0] = 0;
	ltr_printer_syscall_entry(t);
	ltr_printer_exit(t, 0);
	assert_matches(captured(),
		"openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC\\) = 3 <1\\.5[0-9]{5}>\n"
		"openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC\\) = -1 EACCES \\(Permission denied\\) \\(INJECTED\\) <0\\.[0-9]{6}>\n"
		"exit_group\\(0\\) += \\?\n"
		"\\+\\+\\+ exited with 0 \\+\\+\\+\n");
}

static void test_unfinished(void **state)
{
	struct tracee *a, *b;

	(void)state;
	ltr_printer_init(true);
	set_absolute(LTR_ABS_TIME, 6);
	ltr_printer_config.time.durations = true;
	capture();
	a = openat_call(0, 100, mono_ago(0.25));
	b = openat_call(1, 101, mono_ago(0));
	ltr_printer_syscall_entry(a);
	ltr_printer_syscall_entry(b);
	call_exit(a, 3);
	ltr_printer_syscall_exit(a);
	call_exit(b, 4);
	ltr_printer_syscall_exit(b);
	/* resumed lines are stamped when they start, now */
	assert_matches(captured(),
		"100   22:13:20\\.123456 openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC <unfinished \\.\\.\\.>\n"
		"101   22:13:20\\.123456 openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC <unfinished \\.\\.\\.>\n"
		"100   [0-9:]{8}\\.[0-9]{6} <\\.\\.\\. openat resumed>\\) = 3 <0\\.25[0-9]{4}>\n"
		"101   [0-9:]{8}\\.[0-9]{6} <\\.\\.\\. openat resumed>\\) = 4 <0\\.[0-9]{6}>\n");
}

/* A call of syscall name, entered and returning ret with mods. */
static void tampered_call(const char *name, int64_t ret, unsigned mods)
{
	struct tracee *t = openat_call(0, 100, 1.0);

	t->call.desc = ltr_syscall_desc_find(name);
	t->call.ret_kind = t->call.desc->ret;
	ltr_printer_syscall_entry(t);
	t->call.mods = mods;
	call_exit(t, ret);
	ltr_printer_syscall_exit(t);
}

/*
 * What strace notes after the value of a tampered call: (INJECTED),
 * (INJECTED: args) for poked memory, both, (DELAYED); an injected
 * success (retval=) prints as a value even in the error range, unsigned
 * as strace prints successes.
 */
static void test_tampering(void **state)
{
	(void)state;
	capture();
	tampered_call("geteuid", 5, LTR_MOD_INJECTED);
	tampered_call("geteuid", 5, LTR_MOD_POKED);
	tampered_call("geteuid", 5, LTR_MOD_POKED | LTR_MOD_INJECTED);
	tampered_call("geteuid", 5, LTR_MOD_DELAYED);
	tampered_call("geteuid", -EPERM, LTR_MOD_INJECTED | LTR_MOD_POKED | LTR_MOD_DELAYED);
	tampered_call("geteuid", -1, LTR_MOD_INJECTED | LTR_MOD_SUCCESS);
	tampered_call("geteuid", -4096, LTR_MOD_INJECTED);
	assert_string_equal(captured(),
		"geteuid()                               = 5 (INJECTED)\n"
		"geteuid()                               = 5 (INJECTED: args)\n"
		"geteuid()                               = 5 (INJECTED: args, retval)\n"
		"geteuid()                               = 5 (DELAYED)\n"
		"geteuid()                               = -1 EPERM (Operation not permitted) (INJECTED: args, retval) (DELAYED)\n"
		"geteuid()                               = 18446744073709551615 (INJECTED)\n"
		"geteuid()                               = 18446744073709547520 (INJECTED)\n");
}

/* Ends t's call without a result, as the core does (LTR_EV_UNRETURNED). */
static void unreturned(struct tracee *t, enum ltr_call_end how)
{
	t->call.end = (uint8_t)how;
	ltr_printer_unreturned(t);
}

/*
 * Calls that end without a result: " = ? <unavailable>" (strace's line
 * when a result cannot be read), " <detached ...>" only while the line
 * is open; under a filter (-e status=) the line comes whole, unless the
 * filter rejected it.
 */
static void test_unreturned(void **state)
{
	struct tracee *a, *b;

	(void)state;
	capture();
	a = openat_call(0, 100, 1.0);
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_UNAVAILABLE);
	a = openat_call(0, 100, 1.0);
	a->call.desc = ltr_syscall_desc_find("getpid");
	a->call.ret_kind = a->call.desc->ret;
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_UNAVAILABLE);
	a = openat_call(0, 100, 1.0);
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_DETACHED);
	/* another line came since: nothing is said of the detached call */
	a = openat_call(0, 100, 1.0);
	b = openat_call(1, 101, 1.0);
	ltr_printer_syscall_entry(a);
	ltr_printer_syscall_entry(b);
	unreturned(a, LTR_END_DETACHED);
	unreturned(b, LTR_END_UNFINISHED);
	assert_string_equal(captured(),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = ? <unavailable>\n"
		"getpid()                                = ? <unavailable>\n"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <detached ...>\n"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <unfinished ...>\n"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = ?\n");
}

/*
 * A call whose entry stop could not be read (its thread killed there):
 * strace's "???(" and, when the thread ends, ") = ?" on the same line or
 * "<... ??? resumed>) = ?" after another thread's line; no arguments,
 * no " <unfinished ...>" inside.
 */
static void test_unread(void **state)
{
	struct tracee *a, *b;

	(void)state;
	ltr_printer_init(true);
	capture();
	a = openat_call(0, 100, 1.0);
	a->call.desc = NULL;
	a->call.nr = -1;
	a->call.unread = true;
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_UNFINISHED);
	a = openat_call(0, 100, 1.0);
	a->call.desc = NULL;
	a->call.nr = -1;
	a->call.unread = true;
	b = openat_call(1, 101, 1.0);
	ltr_printer_syscall_entry(a);
	ltr_printer_syscall_entry(b);
	call_exit(b, 3);
	ltr_printer_syscall_exit(b);
	unreturned(a, LTR_END_UNFINISHED);
	assert_string_equal(captured(),
		"100   ?\?\?()                             = ?\n"
		"100   ?\?\?( <unfinished ...>\n"
		"101   openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3\n"
		"100   <... ?\?\? resumed>)                = ?\n");
}

static void test_unreturned_filtered(void **state)
{
	struct tracee *a;

	(void)state;
	ltr_printer_config.filters = true;
	capture();
	a = openat_call(0, 100, 1.0);
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_UNFINISHED);
	a = openat_call(0, 100, 1.0);
	ltr_printer_syscall_entry(a);
	a->call.rejected = true;
	unreturned(a, LTR_END_UNFINISHED);
	a = openat_call(0, 100, 1.0);
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_DETACHED);
	a = openat_call(0, 100, 1.0);
	a->call.desc = ltr_syscall_desc_find("exit_group");
	a->call.ret_kind = a->call.desc->ret;
	a->call.args[0] = 3;
	ltr_printer_syscall_entry(a);
	unreturned(a, LTR_END_UNFINISHED);
	assert_string_equal(captured(),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = ?\n"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <detached ...>\n"
		"exit_group(3)                           = ?\n");
}

/*
 * -n and -i after the stamps, as strace's printleader: the call's number
 * and instruction pointer on its lines (entry, resumed), the last call's
 * number on signal and exit lines, question marks for the pointer of a
 * thread that is gone, 8 digits for i386, "[???]" for syscall(-1).
 */
static void test_number_and_ip(void **state)
{
	struct tracee *a, *b;
	siginfo_t si;

	(void)state;
	ltr_printer_init(true);
	ltr_printer_config.syscall_number = true;
	ltr_printer_config.instruction_pointer = true;
	capture();
	a = openat_call(0, 100, 1.0);
	a->ip = 0x7f0123456789;
	a->ip_known = true;
	a->scno = 257;
	b = openat_call(1, 101, 1.0);
	b->arch = b->call.arch = fake_arch("i386");
	b->call.desc = ltr_syscall_desc_find("getpid");
	b->call.ret_kind = b->call.desc->ret;
	b->call.nr = b->scno = 20;
	b->ip = 0xf7fc75e9;
	b->ip_known = true;
	ltr_printer_syscall_entry(a);
	ltr_printer_syscall_entry(b);
	call_exit(a, 3);
	ltr_printer_syscall_exit(a);
	call_exit(b, 101);
	ltr_printer_syscall_exit(b);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGURG;
	si.si_code = SI_TKILL;
	si.si_pid = 100;
	ltr_printer_signal(a, &si);
	b->call.nr = b->scno = -1;
	b->call.desc = NULL;
	one_call(b, -ENOSYS);
	ltr_printer_exit(a, 0);
	ltr_printer_exit(b, 0);
	assert_string_equal(captured(),
		"100   [ 257] [00007f0123456789] openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <unfinished ...>\n"
		"101   [  20] [f7fc75e9] getpid( <unfinished ...>\n"
		"100   [ 257] [00007f0123456789] <... openat resumed>) = 3\n"
		"101   [  20] [f7fc75e9] <... getpid resumed>) = 101\n"
		"100   [ 257] [00007f0123456789] --- SIGURG {si_signo=SIGURG, si_code=SI_TKILL, si_pid=100, si_uid=0} ---\n"
		"101   [???] [f7fc75e9] syscall_0xffffffffffffffff(0xffffff9c, 0x10000, 0x80000, 0, 0, 0) = -1 ENOSYS (Function not implemented)\n"
		"100   [ 257] [????????????????] +++ exited with 0 +++\n"
		"101   [???] [????????] +++ exited with 0 +++\n");
}

/*
 * -a: the column of "= " counts the whole line (prefix, stamps), for
 * whole, resumed and " = ?" lines; 0 puts one space before it.
 */
static void test_columns(void **state)
{
	struct tracee *a, *b;

	(void)state;
	ltr_printer_init(true);
	ltr_printer_config.columns = 60;
	capture();
	one_call(openat_call(0, 100, 1.0), 3);
	a = openat_call(0, 100, 1.0);
	b = openat_call(1, 101, 1.0);
	ltr_printer_syscall_entry(a);
	ltr_printer_syscall_entry(b);
	call_exit(a, 3);
	ltr_printer_syscall_exit(a);
	ltr_printer_config.columns = 0;
	call_exit(b, 4);
	ltr_printer_syscall_exit(b);
	ltr_printer_config.columns = 30;
	a = openat_call(0, 100, 1.0);
	a->call.desc = ltr_syscall_desc_find("exit_group");
	a->call.args[0] = 0;
	ltr_printer_syscall_entry(a);
	ltr_printer_exit(a, 0);
	assert_string_equal(captured(),
		"100   openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC)   = 3\n"
		"100   openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <unfinished ...>\n"
		"101   openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC <unfinished ...>\n"
		"100   <... openat resumed>)                                 = 3\n"
		"101   <... openat resumed>) = 4\n"
		"100   exit_group(0)           = ?\n"
		"100   +++ exited with 0 +++\n");
}

/*
 * -Y: the pid column with the cached command name, unpadded and escaped
 * as strace prints it; -r and -T at other precisions.
 */
static void test_comm_prefix(void **state)
{
	struct tracee *a;

	(void)state;
	ltr_printer_init(true);
	ltr_decode_opts.pid_comm = true;
	ltr_printer_config.time.relative = true;
	ltr_printer_config.time.rel_digits = 9;
	ltr_printer_config.time.durations = true;
	ltr_printer_config.time.dur_digits = 0;
	capture();
	a = openat_call(0, 100, mono_ago(0));
	strcpy(a->comm, "a<b>\033");
	one_call(a, 3);
	ltr_decode_opts.pid_comm = false;
	one_call(openat_call(0, 100, mono_ago(0)), 3);
	/* -r counts from the previous test's last line: any seconds */
	assert_matches(captured(),
		"100<a\\\\74b\\\\76\\\\33> +[0-9]+\\.[0-9]{9} openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC\\) = 3 <0>\n"
		"100   +[0-9]+\\.[0-9]{9} openat\\(AT_FDCWD, \"/etc/passwd\", O_RDONLY\\|O_CLOEXEC\\) = 3 <0>\n");
	a->comm[0] = '\0';
}

static void test_json(void **state)
{
	struct tracee *t;
	const char *out;
	siginfo_t si;

	(void)state;
	ltr_printer_config.json = true;
	set_absolute(LTR_ABS_TIME, 6); /* ignored by -j */
	capture();
	one_call(openat_call(0, 100, mono_ago(0)), 3);
	t = openat_call(0, 100, mono_ago(0));
	t->call.mods = LTR_MOD_INJECTED;
	one_call(t, -EACCES);
	/* a path with quotes, commas and a non-ASCII byte (printed octal) */
	fake_mem_map_str(PATH_ADDR + 0x100, "a\"b, c\\\xff");
	t = openat_call(0, 100, mono_ago(0));
	t->call.args[1] = PATH_ADDR + 0x100;
	ltr_printer_syscall_entry(t);
	/* killed inside the call */
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_USER;
	si.si_pid = 7;
	si.si_uid = 0;
	ltr_printer_signal(t, &si);
	ltr_printer_exit(t, SIGTERM);
	ltr_printer_group_stop(t, SIGSTOP);
	out = captured();
	/* the path as strace prints it, "a\"b, c\\\377", JSON-escaped */
	assert_non_null(strstr(out, ",\"\\\"a\\\\\\\"b, c\\\\\\\\\\\\377\\\"\",\"O_RDONLY"));
	assert_matches(out,
		"\\{\"pid\":100,\"tid\":100,\"time\":1700000000\\.123456,\"syscall\":\"openat\","
		"\"args\":\\[\"AT_FDCWD\",\"\\\\\"/etc/passwd\\\\\"\",\"O_RDONLY\\|O_CLOEXEC\"\\],"
		"\"ret\":3,\"duration\":0\\.[0-9]{6}\\}\n"
		"\\{\"pid\":100,\"tid\":100,\"time\":1700000000\\.123456,\"syscall\":\"openat\","
		"\"args\":\\[\"AT_FDCWD\",\"\\\\\"/etc/passwd\\\\\"\",\"O_RDONLY\\|O_CLOEXEC\"\\],"
		"\"ret\":-1,\"errno\":\"EACCES\",\"injected\":true,\"duration\":0\\.[0-9]{6}\\}\n"
		"\\{\"event\":\"signal\",\"pid\":100,\"tid\":100,\"time\":[0-9]+\\.[0-9]{6},"
		"\"signal\":\"SIGUSR1\",\"info\":\\{\"si_signo\":\"SIGUSR1\",\"si_code\":\"SI_USER\","
		"\"si_pid\":7,\"si_uid\":0\\}\\}\n"
		"\\{\"pid\":100,\"tid\":100,\"time\":1700000000\\.123456,\"syscall\":\"openat\","
		"\"args\":\\[\"AT_FDCWD\",\"[^]]*\",\"O_RDONLY\\|O_CLOEXEC\"\\],"
		"\"ret\":null\\}\n"
		"\\{\"event\":\"killed\",\"pid\":100,\"tid\":100,\"time\":[0-9]+\\.[0-9]{6},"
		"\"signal\":\"SIGTERM\",\"core_dumped\":false\\}\n"
		"\\{\"event\":\"stopped\",\"pid\":100,\"tid\":100,\"time\":[0-9]+\\.[0-9]{6},"
		"\"signal\":\"SIGSTOP\"\\}\n");
}

/* Hands ev to the printer as the core would. */
static void deliver(enum ltr_event_kind kind, struct tracee *t, const char *data, bool raw_json)
{
	struct ltr_event ev = { .kind = kind, .t = t, .data = data,
				.len = data ? strlen(data) : 0, .raw_json = raw_json };

	ltr_printer_consumer()->event(&ev);
}

/*
 * -j: what scripts write stays JSON. Text becomes output events, a line
 * written in pieces one event; ltr.json's lines are kept; what a call's
 * entry and exit hooks write comes after the call's object, also when
 * the call never returns; what no thread wrote has no pid; the last
 * unfinished line is written at the end. siginfo values lose strace's
 * comments.
 */
static void test_json_output(void **state)
{
	struct tracee *t, *u;
	siginfo_t si;

	(void)state;
	ltr_printer_config.json = true;
	capture();
	t = openat_call(0, 100, mono_ago(0));
	deliver(LTR_EV_OUTPUT, t, "enter\n", false); /* an entry hook, before the printer */
	deliver(LTR_EV_ENTER, t, NULL, false);
	u = openat_call(1, 101, mono_ago(0));
	deliver(LTR_EV_OUTPUT, u, "bye", false);      /* another thread's entry hook */
	deliver(LTR_EV_ENTER, u, NULL, false);
	deliver(LTR_EV_OUTPUT, NULL, "loose\n", false);
	call_exit(t, 3);
	deliver(LTR_EV_OUTPUT, t, "{\"a\":1}\n", true); /* exit hooks */
	deliver(LTR_EV_OUTPUT, t, "x", false);
	deliver(LTR_EV_OUTPUT, t, "y\nz", false);
	deliver(LTR_EV_EXIT, t, NULL, false);
	u->call.end = LTR_END_UNFINISHED;             /* u's thread dies inside it */
	deliver(LTR_EV_UNRETURNED, u, NULL, false);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGCHLD;
	si.si_code = CLD_EXITED;
	si.si_pid = 7;
	si.si_utime = 250;
	ltr_printer_signal(t, &si);
	deliver(LTR_EV_OUTPUT, NULL, "ta", false);
	deliver(LTR_EV_OUTPUT, NULL, "il", false);
	deliver(LTR_EV_OUTPUT, NULL, NULL, false);    /* the scripts are done */
	assert_matches(captured(),
		"\\{\"event\":\"output\",\"time\":[0-9.]+,\"text\":\"loose\"\\}\n"
		"\\{\"pid\":100,\"tid\":100,[^\n]*\"ret\":3,[^\n]*\\}\n"
		"\\{\"event\":\"output\",\"pid\":100,\"tid\":100,\"time\":[0-9.]+,\"text\":\"enter\"\\}\n"
		"\\{\"a\":1\\}\n"
		"\\{\"event\":\"output\",\"pid\":100,\"tid\":100,\"time\":[0-9.]+,\"text\":\"xy\"\\}\n"
		"\\{\"pid\":101,\"tid\":101,[^\n]*\"ret\":null\\}\n"
		"\\{\"event\":\"output\",\"pid\":101,\"tid\":101,\"time\":[0-9.]+,\"text\":\"bye\"\\}\n"
		"\\{\"event\":\"signal\",[^\n]*\"si_utime\":250,\"si_stime\":0\\}\\}\n"
		/* t's "z" waited for its newline; another writer made it whole */
		"\\{\"event\":\"output\",\"pid\":100,\"tid\":100,\"time\":[0-9.]+,\"text\":\"z\"\\}\n"
		"\\{\"event\":\"output\",\"time\":[0-9.]+,\"text\":\"tail\"\\}\n");
}

static void test_format(void **state)
{
	static struct ltr_strbuf line;
	struct tracee *t;

	(void)state;
	capture();
	t = openat_call(0, 100, 1.0);
	/* before the printer saw the call (an on_enter hook) */
	ltr_sb_reset(&line);
	ltr_printer_format(t, &line);
	assert_string_equal(ltr_sb_cstr(&line), "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC");
	ltr_printer_syscall_entry(t);
	call_exit(t, 3);
	t->call.mods = LTR_MOD_INJECTED;
	/* an on_exit hook: the whole line, twice, without disturbing the printer */
	ltr_sb_reset(&line);
	ltr_printer_format(t, &line);
	ltr_printer_format(t, &line);
	assert_string_equal(ltr_sb_cstr(&line),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3 (INJECTED)"
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3 (INJECTED)");
	ltr_printer_syscall_exit(t);
	/* after the exit: decoded afresh */
	ltr_sb_reset(&line);
	ltr_printer_format(t, &line);
	assert_string_equal(ltr_sb_cstr(&line),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3 (INJECTED)");
	assert_string_equal(captured(),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3 (INJECTED)\n");
	/* short lines are padded as strace pads them, from the line's start */
	t = openat_call(0, 100, 1.0);
	t->call.desc = ltr_syscall_desc_find("getpid");
	t->call.ret_kind = t->call.desc->ret;
	call_exit(t, 42);
	ltr_sb_reset(&line);
	ltr_printer_format(t, &line);
	assert_string_equal(ltr_sb_cstr(&line), "getpid()                                = 42");
	ltr_sb_free(&line);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_plain, setup),
		cmocka_unit_test_setup(test_relative, setup),
		cmocka_unit_test_setup(test_absolute, setup),
		cmocka_unit_test_setup(test_durations_injected, setup),
		cmocka_unit_test_setup(test_unfinished, setup),
		cmocka_unit_test_setup(test_tampering, setup),
		cmocka_unit_test_setup(test_unreturned, setup),
		cmocka_unit_test_setup(test_unread, setup),
		cmocka_unit_test_setup(test_unreturned_filtered, setup),
		cmocka_unit_test_setup(test_number_and_ip, setup),
		cmocka_unit_test_setup(test_columns, setup),
		cmocka_unit_test_setup(test_comm_prefix, setup),
		cmocka_unit_test_setup(test_json, setup),
		cmocka_unit_test_setup(test_json_output, setup),
		cmocka_unit_test_setup(test_format, setup),
	};

	return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
