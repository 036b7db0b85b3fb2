/* SPDX-License-Identifier: MIT */
/*
 * The /init of the cross-test initramfs (scripts/cross-test): runs as
 * pid 1 under qemu-system on a real aarch64, riscv64 or x86_64 kernel,
 * traces the static fixtures with the static ltr, prints one line per test,
 *   PASS <arch> <name>      or      FAIL <arch> <name>: <why>
 * then "DRIVER-DONE <arch>" and powers the machine off. The host script
 * counts the lines; a missing PASS line is a failure there.
 *
 * Layout of the initramfs: /bin/ltr, /fx/<fixture>, /tests/ (test
 * scripts); /init writes /ltr-cross-target, the file mods.lua redirects
 * an openat to. No lua/: the stock scripts behind -c and -e are the ones
 * built into ltr.
 * Optional files from the host script:
 *   /arch   the arch the tracees are built for, when it is not the
 *           driver's own ("i386": an x86_64 ltr tracing -m32 fixtures);
 *           it names the arch in the PASS/FAIL lines;
 *   /mode   "paths": run only the modification tests, twice: with
 *           PTRACE_SET_SYSCALL_INFO (names NAME_ssi; ltr --stats must say
 *           so) and with LTR_NO_SET_SYSCALL_INFO=1 (NAME_regs: the
 *           registers), for a kernel of 6.16 or later.
 * Every test of the default mode runs twice: as is, and with
 * LTR_NO_GET_SYSCALL_INFO=1 (NAME_nogsi: stops read from the registers,
 * as on kernels before 5.3; ltr --stats must say so).
 * Expected trace lines come from the fixtures themselves
 * (tests/fixtures/fixture.h); check_expect() below is the logic of
 * tests/integration/check_expect.py in C.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__aarch64__)
#define ARCH "aarch64"
#elif defined(__riscv) && __riscv_xlen == 64
#define ARCH "riscv64"
#elif defined(__x86_64__)
#define ARCH "x86_64"
#else
#define ARCH "unknown"
#endif

#define LTR "/bin/ltr"
#define RUN_TIMEOUT 120  /* seconds per ltr run: TCG is slow */

static unsigned passed, failed;
static char arch[32] = ARCH;   /* the tracees' arch: ARCH, or /arch */
static const char *extra_env;  /* one more NAME=VALUE for ltr, or NULL */
/* The _nogsi round: the suffix of test names, and where ltr --stats must
 * say the stops were read ("registers"), or NULL. */
static const char *variant = "";
static const char *want_stops_read;
/* The stderr file of the last ltr run (its --stats). */
static char last_err[64];

/* --- small helpers --- */

static bool has_labelled_line(const char *path, const char *label, const char *value);

static void report(const char *name, const char *why)
{
	char buf[600];

	if ((!why || !*why) && want_stops_read &&
	    !has_labelled_line(last_err, "stops read through", want_stops_read)) {
		snprintf(buf, sizeof(buf), "ltr --stats does not say the stops were read "
			 "through %s", want_stops_read);
		why = buf;
	}
	if (!why || !*why) {
		printf("PASS %s %s%s\n", arch, name, variant);
		passed++;
	} else {
		printf("FAIL %s %s%s: %s\n", arch, name, variant, why);
		failed++;
	}
	fflush(stdout);
}

/* The whole file as a NUL-terminated string (caller frees), or NULL. */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int ch;

	if (!f)
		return NULL;
	while ((ch = fgetc(f)) != EOF) {
		if (len + 2 > cap) {
			cap = cap ? cap * 2 : 4096;
			buf = realloc(buf, cap);
			if (!buf)
				abort();
		}
		buf[len++] = (char)ch;
	}
	fclose(f);
	if (!buf)
		buf = calloc(1, 1);
	else
		buf[len] = '\0';
	return buf;
}

static void put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

/*
 * Runs argv (absolute path) with env, stdout and stderr into the given
 * files, killing it after RUN_TIMEOUT seconds. Returns its wait status,
 * or -1 when it could not start or timed out.
 */
static int run(char *const argv[], char *const env[], const char *out, const char *err)
{
	pid_t pid = fork();
	int status;
	unsigned waited_ms = 0;

	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd_out = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int fd_err = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (fd_out < 0 || fd_err < 0)
			_exit(126);
		dup2(fd_out, 1);
		dup2(fd_err, 2);
		execve(argv[0], argv, env);
		_exit(127);
	}
	for (;;) {
		struct timespec ts = { 0, 20 * 1000 * 1000 };
		pid_t r = waitpid(pid, &status, WNOHANG);

		if (r == pid)
			return status;
		if (r < 0 && errno != EINTR)
			return -1;
		if (waited_ms >= RUN_TIMEOUT * 1000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return -1;
		}
		nanosleep(&ts, NULL);
		waited_ms += 20;
	}
}

/* The environment of ltr runs (extra_env last, when set). */
static void ltr_env(char *env[6])
{
	env[0] = "LTR_PATH=/tests";
	env[1] = "FIXTURE_EXPECT=/tmp/expect";
	env[2] = "PATH=/bin";
	env[3] = "HOME=/";
	env[4] = (char *)extra_env;
	env[5] = NULL;
}

/* Runs ltr with args (NULL-terminated) and the test environment (with
 * --stats first in the _nogsi round). */
static int run_ltr(const char *out, const char *err, ...)
{
	char *argv[32];
	char *env[6];
	unsigned n = 0;
	va_list ap;

	ltr_env(env);
	snprintf(last_err, sizeof(last_err), "%s", err);
	argv[n++] = LTR;
	if (want_stops_read)
		argv[n++] = "--stats";
	va_start(ap, err);
	while (n < 31 && (argv[n] = va_arg(ap, char *)) != NULL)
		n++;
	va_end(ap);
	argv[n] = NULL;
	return run(argv, env, out, err);
}

/* why: "ltr exit status N" unless status is a normal exit 0. */
static bool status_ok(int status, char *why, size_t len)
{
	if (status == -1) {
		snprintf(why, len, "ltr did not finish (timeout or exec failure)");
		return false;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(why, len, "ltr wait status %#x", status);
		return false;
	}
	return true;
}

/* Appends the first lines of a file to why, for diagnosis. */
static void add_excerpt(char *why, size_t len, const char *path)
{
	char *text = slurp(path);
	size_t used = strlen(why);

	if (!text)
		return;
	for (char *p = text; *p; p++)
		if (*p == '\n')
			*p = '|';
	snprintf(why + used, len - used, " [%s: %.300s]", path, text);
	free(text);
}

/* --- expected lines against a trace (check_expect.py in C) --- */

struct line {
	long pid;      /* -1: no prefix */
	char *text;
};

/* ") +=" alignment padding collapsed to ") =", in place. */
static void collapse_padding(char *s)
{
	char *out = s;

	for (char *p = s; *p;) {
		if (p[0] == ')' && p[1] == ' ') {
			char *q = p + 1;

			while (*q == ' ')
				q++;
			if (*q == '=' && (q[1] == ' ' || q[1] == '\0')) {
				*out++ = ')';
				*out++ = ' ';
				p = q;
				continue;
			}
		}
		*out++ = *p++;
	}
	*out = '\0';
}

/* Splits a trace into lines: pid prefixes taken off, unfinished and
 * resumed halves joined. Returns the count; *lines is malloc'd. */
static size_t parse_trace(char *text, struct line **lines)
{
	size_t n = 0, cap = 64;
	struct line *v = malloc(cap * sizeof(*v));
	static const char unfinished[] = " <unfinished ...>";
	char *save = NULL;

	for (char *raw = strtok_r(text, "\n", &save); raw; raw = strtok_r(NULL, "\n", &save)) {
		long pid = -1;
		char *p = raw;
		size_t len;

		if (strncmp(p, "[pid ", 5) == 0) {
			pid = strtol(p + 5, &p, 10);
			if (*p == ']')
				p++;
			while (*p == ' ')
				p++;
		} else if (*p >= '0' && *p <= '9') {
			pid = strtol(p, &p, 10);
			while (*p == ' ')
				p++;
		}
		if (strncmp(p, "<... ", 5) == 0) {
			char *end = strstr(p, " resumed>");
			size_t nl = end ? (size_t)(end - p - 5) : 0;
			bool joined = false;

			for (size_t i = n; end && i-- > 0;) {
				size_t tl = strlen(v[i].text);
				size_t ul = sizeof(unfinished) - 1;

				if ((v[i].pid == pid || v[i].pid == -1 || pid == -1) && tl > ul &&
				    strcmp(v[i].text + tl - ul, unfinished) == 0 &&
				    strncmp(v[i].text, p + 5, nl) == 0 && v[i].text[nl] == '(') {
					char *rest = end + 9;
					char *j = malloc(tl + strlen(rest) + 1);

					memcpy(j, v[i].text, tl - ul);
					strcpy(j + tl - ul, rest);
					free(v[i].text);
					collapse_padding(j);
					v[i].text = j;
					if (v[i].pid == -1)
						v[i].pid = pid;
					joined = true;
					break;
				}
			}
			if (joined)
				continue;
		}
		if (n == cap) {
			cap *= 2;
			v = realloc(v, cap * sizeof(*v));
		}
		v[n].pid = pid;
		v[n].text = strdup(p);
		len = strlen(v[n].text);
		if (len < sizeof(unfinished) - 1 ||
		    strcmp(v[n].text + len - (sizeof(unfinished) - 1), unfinished) != 0)
			collapse_padding(v[n].text);
		n++;
	}
	*lines = v;
	return n;
}

/* text matches pat entirely; "<?>" in pat matches any run of text. */
static bool match(const char *pat, const char *text)
{
	const char *star = strstr(pat, "<?>");

	if (!star)
		return strcmp(pat, text) == 0;
	if (strncmp(pat, text, (size_t)(star - pat)) != 0)
		return false;
	text += star - pat;
	for (const char *t = text;; t++) {
		if (match(star + 3, t))
			return true;
		if (!*t)
			return false;
	}
}

/*
 * Every "TID LINE" of expect_path appears in trace_path, in order per
 * TID. Fills why with the first missing line; returns true when none.
 */
static bool check_expect(const char *trace_path, const char *expect_path, char *why, size_t len)
{
	char *trace = slurp(trace_path), *expect = slurp(expect_path);
	struct line *lines = NULL;
	size_t n, missing = 0;
	long tids[16];
	size_t pos[16], ntids = 0;
	char *save = NULL;

	why[0] = '\0';
	if (!trace || !expect || !*expect) {
		snprintf(why, len, "no %s", !trace ? "trace" : "expected lines");
		free(trace);
		free(expect);
		return false;
	}
	n = parse_trace(trace, &lines);
	for (char *e = strtok_r(expect, "\n", &save); e; e = strtok_r(NULL, "\n", &save)) {
		char *text;
		long tid = strtol(e, &text, 10);
		size_t t, i;

		while (*text == ' ')
			text++;
		collapse_padding(text);
		for (t = 0; t < ntids && tids[t] != tid; t++)
			;
		if (t == ntids) {
			if (ntids == 16)
				continue;
			tids[ntids] = tid;
			pos[ntids++] = 0;
		}
		for (i = pos[t]; i < n; i++)
			if ((lines[i].pid == tid || lines[i].pid == -1) && match(text, lines[i].text))
				break;
		if (i < n) {
			pos[t] = i + 1;
		} else if (missing++ == 0) {
			snprintf(why, len, "missing: %s", text);
		}
	}
	for (size_t i = 0; i < n; i++)
		free(lines[i].text);
	free(lines);
	free(trace);
	free(expect);
	return missing == 0;
}

/* A line of the file starts with prefix. */
static bool has_line(const char *path, const char *prefix)
{
	char *text = slurp(path);
	bool found = false;
	size_t plen = strlen(prefix);

	for (char *p = text; p && *p && !found;) {
		char *nl = strchr(p, '\n');

		found = strncmp(p, prefix, plen) == 0;
		p = nl ? nl + 1 : p + strlen(p);
	}
	free(text);
	return found;
}

/* A line of the file contains label and ends with " value". */
static bool has_labelled_line(const char *path, const char *label, const char *value)
{
	char *text = slurp(path);
	bool found = false;
	size_t vlen = strlen(value);

	for (char *p = text; p && *p && !found;) {
		char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (nl)
			*nl = '\0';
		found = strstr(p, label) && len > vlen && p[len - vlen - 1] == ' ' &&
			strcmp(p + len - vlen, value) == 0;
		p += len + (nl ? 1 : 0);
	}
	free(text);
	return found;
}

/* The file contains needle. */
static bool strstr_file(const char *path, const char *needle)
{
	char *text = slurp(path);
	bool found = text && strstr(text, needle);

	free(text);
	return found;
}

/*
 * In a -c table, the "calls" column of the row named syscall, or -1. With
 * several tables (an i386 program: its execve in the x86_64 table, then
 * "System call usage summary for 32 bit mode:"), the last table's row.
 */
static long count_calls(const char *path, const char *syscall)
{
	char *text = slurp(path);
	long calls = -1;
	char *save = NULL;

	for (char *l = text ? strtok_r(text, "\n", &save) : NULL; l;
	     l = strtok_r(NULL, "\n", &save)) {
		char *tok[8], *s2 = NULL;
		unsigned nt = 0;

		for (char *t = strtok_r(l, " ", &s2); t && nt < 8; t = strtok_r(NULL, " ", &s2))
			tok[nt++] = t;
		/* % time, seconds, usecs/call, calls, [errors], syscall */
		if (nt >= 5 && strcmp(tok[nt - 1], syscall) == 0)
			calls = strtol(tok[3], NULL, 10);
	}
	free(text);
	return calls;
}

/* --- the tests --- */

/* Default output of a fixture against the lines it expects. */
static void test_default(void)
{
	char why[512] = "";
	int st;

	unlink("/tmp/expect");
	st = run_ltr("/tmp/default.out", "/tmp/default.err", "-o", "/tmp/default.trace",
		     "/fx/basic", NULL);
	if (status_ok(st, why, sizeof(why)) &&
	    !check_expect("/tmp/default.trace", "/tmp/expect", why, sizeof(why)))
		add_excerpt(why, sizeof(why), "/tmp/default.trace");
	else if (why[0])
		add_excerpt(why, sizeof(why), "/tmp/default.err");
	report("default", why);
}

/* -c: the summary table counts the fixture's calls. */
static void test_count(void)
{
	char why[512] = "";
	long writes, getpids;
	int st;

	unlink("/tmp/expect");
	st = run_ltr("/tmp/count.out", "/tmp/count.err", "-c", "-o", "/tmp/count.trace",
		     "/fx/basic", NULL);
	if (status_ok(st, why, sizeof(why))) {
		writes = count_calls("/tmp/count.trace", "write");
		getpids = count_calls("/tmp/count.trace", "getpid");
		/* 4 writes to stdout and one of the expected lines; getpid:
		 * one in main plus fx_getpid's */
		if (writes != 5 || getpids < 1 || count_calls("/tmp/count.trace", "total") < 8) {
			snprintf(why, sizeof(why), "write calls %ld (want 5), getpid %ld", writes,
				 getpids);
			add_excerpt(why, sizeof(why), "/tmp/count.trace");
		}
	}
	report("count", why);
}

/* -f: the child of a fork is traced, its lines carry its pid. */
static void test_follow(void)
{
	char why[512] = "";
	int st;

	unlink("/tmp/expect");
	st = run_ltr("/tmp/follow.out", "/tmp/follow.err", "-f", "-o", "/tmp/follow.trace",
		     "/fx/forker", NULL);
	if (status_ok(st, why, sizeof(why)) &&
	    !check_expect("/tmp/follow.trace", "/tmp/expect", why, sizeof(why)))
		add_excerpt(why, sizeof(why), "/tmp/follow.trace");
	report("follow", why);
}

/* -e trace=%file: only file calls. */
static void test_trace_file(void)
{
	char why[512] = "";
	int st;

	unlink("/tmp/expect");
	st = run_ltr("/tmp/tf.out", "/tmp/tf.err", "-e", "trace=%file", "-o", "/tmp/tf.trace",
		     "/fx/basic", NULL);
	if (status_ok(st, why, sizeof(why))) {
		if (!has_line("/tmp/tf.trace", "openat(AT_FDCWD, \"/nonexistent/ltr-fixture-basic\", O_RDONLY) = -1 ENOENT"))
			snprintf(why, sizeof(why), "no openat line");
		else if (!has_line("/tmp/tf.trace", "execve(\"/fx/basic\""))
			snprintf(why, sizeof(why), "no execve line");
		else if (has_line("/tmp/tf.trace", "write(") || has_line("/tmp/tf.trace", "getpid("))
			snprintf(why, sizeof(why), "non-file calls printed");
		if (why[0])
			add_excerpt(why, sizeof(why), "/tmp/tf.trace");
	}
	report("trace_file", why);
}

/*
 * -f under the seccomp filter (-e trace= selects some calls): the child
 * of the clone is followed, its calls and its parent's stop as seccomp
 * stops (ltr --stats counts them).
 */
static void test_follow_seccomp(void)
{
	char why[512] = "";
	int st;

	unlink("/tmp/expect");
	st = run_ltr("/tmp/fs.out", "/tmp/fs.err", "-f", "--stats", "-e",
		     "trace=clone,write,wait4,exit_group", "-o", "/tmp/fs.trace", "/fx/forker",
		     NULL);
	if (status_ok(st, why, sizeof(why))) {
		if (!check_expect("/tmp/fs.trace", "/tmp/expect", why, sizeof(why)))
			add_excerpt(why, sizeof(why), "/tmp/fs.trace");
		else if (has_labelled_line("/tmp/fs.err", "stops: seccomp", "0") ||
			 !strstr_file("/tmp/fs.err", "stops: seccomp"))
			snprintf(why, sizeof(why), "no seccomp stops: not filtered");
		else if (has_line("/tmp/fs.trace", "getpid(") ||
			 strstr_file("/tmp/fs.trace", " getpid("))
			snprintf(why, sizeof(why), "a call outside the set printed");
	} else {
		add_excerpt(why, sizeof(why), "/tmp/fs.err");
	}
	report("follow_seccomp", why);
}

/* Starts argv in the background (stdout and stderr into out, err). */
static pid_t spawn(char *const argv[], char *const env[], const char *out, const char *err)
{
	pid_t pid = fork();

	if (pid == 0) {
		int fd_out = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int fd_err = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (fd_out < 0 || fd_err < 0)
			_exit(126);
		dup2(fd_out, 1);
		dup2(fd_err, 2);
		execve(argv[0], argv, env);
		_exit(127);
	}
	return pid;
}

/* Waits up to seconds for pid; its wait status, or -1 (then killed). */
static int wait_bounded(pid_t pid, unsigned seconds)
{
	struct timespec ts = { 0, 20 * 1000 * 1000 };
	unsigned waited_ms = 0;
	int status;

	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG);

		if (r == pid)
			return status;
		if ((r < 0 && errno != EINTR) || waited_ms >= seconds * 1000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return -1;
		}
		nanosleep(&ts, NULL);
		waited_ms += 20;
	}
}

/* Counts the "tick N" lines of the sleeper's output so far. */
static unsigned count_ticks(const char *path)
{
	char *text = slurp(path);
	unsigned n = 0;

	for (char *p = text; p && (p = strstr(p, "tick ")); p += 5)
		n++;
	free(text);
	return n;
}

/* Polls (up to seconds) until the file has needle. */
static bool wait_for_text(const char *path, const char *needle, unsigned seconds)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };

	for (unsigned i = 0; i < seconds * 20; i++) {
		if (strstr_file(path, needle))
			return true;
		nanosleep(&ts, NULL);
	}
	return strstr_file(path, needle);
}

/* Polls (up to seconds) until the sleeper printed more than ticks ticks. */
static bool wait_ticks(unsigned ticks, unsigned seconds)
{
	struct timespec ts = { 0, 50 * 1000 * 1000 };

	for (unsigned i = 0; i < seconds * 20; i++) {
		if (count_ticks("/tmp/sleeper.out") > ticks)
			return true;
		nanosleep(&ts, NULL);
	}
	return false;
}

/*
 * -p: attach to a running sleeper, see its calls, detach on SIGINT (and
 * end by SIGINT, as strace -p); the sleeper runs on untraced (it is killed
 * once it ticked twice more).
 */
static void test_attach(void)
{
	char why[512] = "";
	char pidbuf[16];
	char *sleeper_argv[] = { "/fx/sleeper", "100", NULL };
	char *ltr_argv[] = { LTR, "--stats", "-p", pidbuf, "-o", "/tmp/attach.trace", NULL };
	char *env[6];
	pid_t sleeper, tracer;
	int st;

	ltr_env(env);
	unlink("/tmp/attach.trace");
	sleeper = spawn(sleeper_argv, env, "/tmp/sleeper.out", "/tmp/sleeper.err");
	wait_ticks(0, 30);
	snprintf(pidbuf, sizeof(pidbuf), "%d", (int)sleeper);
	snprintf(last_err, sizeof(last_err), "/tmp/attach.err");
	if (!want_stops_read)
		ltr_argv[1] = "-q"; /* no --stats needed */
	tracer = spawn(ltr_argv, env, "/tmp/attach.out", "/tmp/attach.err");
	/*
	 * A whole nanosleep line and a tick under the tracer reach the trace
	 * (flushed every 100 ms; the first call may be the restart_syscall
	 * of the sleep the attach interrupted).
	 */
	if (!wait_for_text("/tmp/attach.trace", "nanosleep(", RUN_TIMEOUT) ||
	    !wait_for_text("/tmp/attach.trace", "write(1, \"tick ", RUN_TIMEOUT))
		snprintf(why, sizeof(why), "no nanosleep and tick under ltr -p");
	kill(tracer, SIGINT);
	st = wait_bounded(tracer, RUN_TIMEOUT);
	if (!why[0] && (st == -1 || !WIFSIGNALED(st) || WTERMSIG(st) != SIGINT))
		snprintf(why, sizeof(why), "ltr -p: wait status %#x, want killed by SIGINT", st);
	else if (!why[0] && !strstr_file("/tmp/attach.trace", "nanosleep("))
		snprintf(why, sizeof(why), "no nanosleep line");
	if (why[0]) {
		add_excerpt(why, sizeof(why), "/tmp/attach.err");
		add_excerpt(why, sizeof(why), "/tmp/attach.trace");
	} else if (!wait_ticks(count_ticks("/tmp/sleeper.out") + 1, 30)) {
		snprintf(why, sizeof(why), "the sleeper stopped running after the detach");
		add_excerpt(why, sizeof(why), "/tmp/sleeper.out");
	}
	kill(sleeper, SIGKILL);
	wait_bounded(sleeper, RUN_TIMEOUT);
	report("attach", why);
}

/*
 * riscv64 kernels before 6.15 (and stable kernels without the backport)
 * have no way to change orig_a0, the first argument, without
 * PTRACE_SET_SYSCALL_INFO: ltr must then refuse the change with a clear
 * message and let the call run unchanged (write(-1, ...): EBADF).
 */
static bool arg1_refused_cleanly(void)
{
	return strcmp(arch, "riscv64") == 0 && has_line("/tmp/mods.out", "arg1 -9 ") &&
	       has_line("/tmp/mods.err", LTR ": cannot change syscall of ") &&
	       strstr_file("/tmp/mods.err", "Operation not supported");
}

/*
 * The modifications of tests/cross/mods.lua on the fixture mods.c: one
 * run, one line of the fixture's output per test (see mods.c). variant
 * suffixes the test names; env, when not NULL, is one more NAME=VALUE
 * for ltr; path, when not NULL, is how ltr --stats must say it changed
 * the calls ("PTRACE_SET_SYSCALL_INFO" or "registers").
 */
static void test_modify(const char *variant, const char *script, const char *env,
			const char *path)
{
	static const struct {
		const char *name, *want;
	} cases[] = {
		{ "set_str", "setstr redirected" },
		{ "skip", "skip 4242" },
		{ "fail", "fail -1 13" },
		{ "ret", "ret 777" },
		{ "args", "args 6 hello " },
		{ "arg1", "arg1 3 one" },
	};
	char why[512] = "", name[64];
	const char *saved_env = extra_env;
	int st;

	unlink("/tmp/expect");
	if (env)
		extra_env = env;
	st = run_ltr("/tmp/mods.out", "/tmp/mods.err", "-o", "/tmp/mods.trace", "--stats", "-s",
		     script, "/fx/mods", NULL);
	extra_env = saved_env;
	if (!status_ok(st, why, sizeof(why))) {
		add_excerpt(why, sizeof(why), "/tmp/mods.err");
	} else if (path) {
		if (!has_labelled_line("/tmp/mods.err", "calls changed through", path)) {
			snprintf(why, sizeof(why), "ltr --stats does not say the calls were "
				 "changed through %s", path);
			add_excerpt(why, sizeof(why), "/tmp/mods.err");
		}
	}
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char line_why[512];

		snprintf(name, sizeof(name), "%s%s", cases[i].name, variant);
		snprintf(line_why, sizeof(line_why), "%s", why);
		if (!line_why[0] && strcmp(cases[i].name, "arg1") == 0 &&
		    arg1_refused_cleanly()) {
			printf("NOTE %s arg1: this kernel cannot change the first argument "
			       "(no NT_RISCV_ORIG_A0 regset, before Linux 6.15): ltr refused "
			       "the change and the call ran unchanged\n", arch);
		} else if (!line_why[0] && !has_line("/tmp/mods.out", cases[i].want)) {
			snprintf(line_why, sizeof(line_why), "no line \"%s\"", cases[i].want);
			add_excerpt(line_why, sizeof(line_why), "/tmp/mods.out");
			add_excerpt(line_why, sizeof(line_why), "/tmp/mods.err");
		}
		report(name, line_why);
	}
}

/* --- pid 1 duties --- */

static void setup(void)
{
	mkdir("/dev", 0755);
	mkdir("/proc", 0555);
	mkdir("/tmp", 01777);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mount("proc", "/proc", "proc", 0, NULL);
	mount("tmpfs", "/tmp", "tmpfs", 0, NULL);
	/* Without /dev/console in the cpio the kernel gave us no stdio. */
	if (fcntl(1, F_GETFD) < 0) {
		int fd = open("/dev/console", O_RDWR);

		if (fd >= 0) {
			dup2(fd, 0);
			dup2(fd, 1);
			dup2(fd, 2);
			if (fd > 2)
				close(fd);
		}
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	put_file("/ltr-cross-target", "redirected");
}

int main(int argc, char **argv)
{
	bool is_init = getpid() == 1, paths = false;
	char *text;

	(void)argc;
	(void)argv;
	if (is_init)
		setup();
	if ((text = slurp("/arch")) != NULL) {
		snprintf(arch, sizeof(arch), "%.*s", (int)strcspn(text, "\n"), text);
		free(text);
	}
	if ((text = slurp("/mode")) != NULL) {
		paths = strncmp(text, "paths", 5) == 0;
		free(text);
	}
	printf("DRIVER-START %s\n", arch);
	if (paths) {
		test_modify("_ssi", "/tests/mods.lua", NULL, "PTRACE_SET_SYSCALL_INFO");
		test_modify("_regs", "/tests/mods.lua", "LTR_NO_SET_SYSCALL_INFO=1", "registers");
	} else {
		static const struct {
			const char *variant, *env, *stops_read;
		} rounds[] = {
			{ "", NULL, NULL },
			{ "_nogsi", "LTR_NO_GET_SYSCALL_INFO=1", "registers" },
		};

		for (size_t r = 0; r < sizeof(rounds) / sizeof(rounds[0]); r++) {
			variant = rounds[r].variant;
			extra_env = rounds[r].env;
			want_stops_read = rounds[r].stops_read;
			test_default();
			test_count();
			test_follow();
			test_follow_seccomp();
			test_trace_file();
			test_attach();
			test_modify("", "/tests/mods.lua", NULL, NULL);
		}
		variant = "";
		extra_env = NULL;
		want_stops_read = NULL;
	}
	printf("DRIVER-DONE %s %u passed, %u failed\n", arch, passed, failed);
	fflush(stdout);
	if (is_init) {
		sync();
		reboot(RB_POWER_OFF);
	}
	return failed ? 1 : 0;
}
