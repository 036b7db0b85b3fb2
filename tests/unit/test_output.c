/* SPDX-License-Identifier: MIT */
/*
 * The output streams (src/output.c): -o FILE truncated or appended to
 * (-A), -o |CMD through /bin/sh, -ff's extra streams, and a failed write
 * reported once per stream.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "ltr/output.h"

static char dir[] = "/tmp/ltr-test-output.XXXXXX";

/* The contents of path (static buffer). */
static const char *contents(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void test_truncate_append(void **state)
{
	char path[128];

	(void)state;
	snprintf(path, sizeof(path), "%s/main", dir);
	assert_int_equal(ltr_output_open(path, false), 0);
	assert_true(ltr_output_is_file());
	assert_true(ltr_output_is_regular_file());
	ltr_output_write("one\n", 4);
	ltr_output_close();
	assert_int_equal(ltr_output_open(path, true), 0); /* -A */
	ltr_output_write("two\n", 4);
	ltr_output_close();
	assert_string_equal(contents(path), "one\ntwo\n");
	assert_int_equal(ltr_output_open(path, false), 0); /* without -A */
	ltr_output_write("three\n", 6);
	ltr_output_close();
	assert_string_equal(contents(path), "three\n");
	assert_int_equal(ltr_output_open("/nonexistent-dir/x", false), -ENOENT);
}

/* -o |CMD: the command reads everything, and is waited for at close. */
static void test_pipe(void **state)
{
	char cmd[256], path[128];
	struct stat st;
	unsigned i;

	(void)state;
	snprintf(path, sizeof(path), "%s/piped", dir);
	snprintf(cmd, sizeof(cmd), "|sleep 0.2; cat > %s", path);
	assert_int_equal(ltr_output_open(cmd, false), 0);
	assert_true(ltr_output_pipe_pid() > 0);
	for (i = 0; i < 1000; i++)
		ltr_output_write("0123456789\n", 11);
	ltr_output_close(); /* returns once cat is done: the file is whole */
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 11000);
	assert_int_equal(ltr_output_pipe_pid(), 0);
	snprintf(cmd, sizeof(cmd), "!cat > %s", path);
	assert_int_equal(ltr_output_open(cmd, false), 0);
	ltr_output_write("bang\n", 5);
	ltr_output_close();
	assert_string_equal(contents(path), "bang\n");
}

/*
 * A command that exits without reading: writes fail with EPIPE, which is
 * reported once ("ltr: write to |true: Broken pipe"), and later output is dropped.
 */
static void test_pipe_closed(void **state)
{
	char errpath[128], big[4096];
	int saved = dup(STDERR_FILENO);
	FILE *err;
	unsigned i;

	(void)state;
	signal(SIGPIPE, SIG_IGN);
	snprintf(errpath, sizeof(errpath), "%s/stderr", dir);
	err = freopen(errpath, "w", stderr);
	assert_non_null(err);
	assert_int_equal(ltr_output_open("|true", false), 0);
	usleep(200000); /* true has exited */
	memset(big, 'x', sizeof(big));
	for (i = 0; i < 100; i++) {
		ltr_output_write(big, sizeof(big));
		ltr_output_flush();
	}
	ltr_output_close();
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	assert_string_equal(contents(errpath), "ltr: write to |true: Broken pipe\n");
	signal(SIGPIPE, SIG_DFL);
}

/* -ff: streams of their own, each with its file, flushed and closed. */
static void test_streams(void **state)
{
	char a[128], b[128];
	struct ltr_output *sa, *sb;

	(void)state;
	snprintf(a, sizeof(a), "%s/t.100", dir);
	snprintf(b, sizeof(b), "%s/t.200", dir);
	assert_int_equal(ltr_output_open(NULL, false), 0); /* stderr */
	sa = ltr_output_open_stream(a, false);
	sb = ltr_output_open_stream(b, false);
	assert_non_null(sa);
	assert_non_null(sb);
	assert_true(ltr_output_is_regular_file()); /* the timer flushes them */
	ltr_output_put(sa, "a1\n", 3);
	ltr_output_put(sb, "b1\n", 3);
	ltr_output_flush();
	assert_string_equal(contents(a), "a1\n");
	ltr_output_put(sa, "a2\n", 3);
	ltr_output_close_stream(sa);
	assert_string_equal(contents(a), "a1\na2\n");
	ltr_output_put(sb, "b2\n", 3);
	ltr_output_close(); /* closes sb too */
	assert_string_equal(contents(b), "b1\nb2\n");
	/* -A on a stream */
	sa = ltr_output_open_stream(a, true);
	assert_non_null(sa);
	ltr_output_put(sa, "a3\n", 3);
	ltr_output_close_stream(sa);
	assert_string_equal(contents(a), "a1\na2\na3\n");
	errno = 0;
	assert_null(ltr_output_open_stream("/nonexistent-dir/t.1", false));
	assert_int_equal(errno, ENOENT);
}

/* Runs fn with stderr into a file; returns what it wrote (static buffer). */
static const char *stderr_of(void (*fn)(void))
{
	char errpath[128];
	int saved = dup(STDERR_FILENO);

	snprintf(errpath, sizeof(errpath), "%s/stderr", dir);
	assert_non_null(freopen(errpath, "w", stderr));
	fn();
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	return contents(errpath);
}

static void write_full(void)
{
	static char big[100000];
	unsigned i;

	assert_int_equal(ltr_output_open("/dev/full", false), 0);
	assert_int_equal(ltr_output_error(), 0);
	memset(big, 'x', sizeof(big));
	for (i = 0; i < 3; i++)
		ltr_output_write(big, sizeof(big)); /* more than is gathered */
	assert_int_equal(ltr_output_error(), ENOSPC);
	ltr_output_write("more\n", 5);
	ltr_output_close();
}

static void write_pipe_closed(void)
{
	static char big[100000];

	assert_int_equal(ltr_output_open("|true", false), 0);
	usleep(200000); /* true has exited */
	ltr_output_write(big, sizeof(big));
	ltr_output_close();
}

static void write_stream_unopenable(void)
{
	assert_int_equal(ltr_output_open(NULL, false), 0);
	assert_null(ltr_output_open_stream("/nonexistent-dir/t.1", false));
	ltr_output_close();
}

/*
 * A failed write is reported once and ends tracing (ltr_output_error());
 * EPIPE too, unless -I3/-I4 ignore it; a -ff stream that cannot be
 * opened too (its caller reports it).
 */
static void test_errors(void **state)
{
	(void)state;
	assert_string_equal(stderr_of(write_full), "ltr: write to /dev/full: No space left on device\n");
	assert_int_equal(ltr_output_error(), ENOSPC);
	signal(SIGPIPE, SIG_IGN);
	assert_string_equal(stderr_of(write_pipe_closed), "ltr: write to |true: Broken pipe\n");
	assert_int_equal(ltr_output_error(), EPIPE);
	ltr_output_tolerate_epipe(true);
	assert_string_equal(stderr_of(write_pipe_closed), "ltr: write to |true: Broken pipe\n");
	assert_int_equal(ltr_output_error(), 0);
	ltr_output_tolerate_epipe(false);
	signal(SIGPIPE, SIG_DFL);
	assert_string_equal(stderr_of(write_stream_unopenable), "");
	assert_int_equal(ltr_output_error(), ENOENT);
}

/* What the read end of a non-blocking pipe holds now (static buffer). */
static const char *drain_pipe(int fd)
{
	static char buf[4096];
	ssize_t n = read(fd, buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

/*
 * Into a pipe the flush while tracees are idle writes whole lines only:
 * -o FILE (the gathered path) and stderr (stdio's buffer, the end of an
 * unfinished line held until it ends or a message follows it).
 */
static void test_idle_whole_lines(void **state)
{
	char path[64];
	int fds[2], saved;

	(void)state;
	assert_int_equal(pipe2(fds, O_NONBLOCK), 0);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fds[1]);
	assert_int_equal(ltr_output_open(path, false), 0);
	ltr_output_write("a() = 0\nb(", 10);
	assert_true(ltr_output_idle_flush_due());
	ltr_output_flush_idle();
	assert_string_equal(drain_pipe(fds[0]), "a() = 0\n");
	assert_false(ltr_output_idle_flush_due()); /* only "b(" waits */
	ltr_output_write(") = 1\n", 6);
	ltr_output_flush_idle();
	assert_string_equal(drain_pipe(fds[0]), "b() = 1\n");
	ltr_output_write("c(", 2);
	ltr_output_close(); /* everything at the end */
	assert_string_equal(drain_pipe(fds[0]), "c(");

	saved = dup(STDERR_FILENO);
	dup2(fds[1], STDERR_FILENO);
	assert_int_equal(ltr_output_open(NULL, false), 0);
	ltr_output_write("x() = 0\ny(", 10);
	ltr_output_flush_idle();
	assert_string_equal(drain_pipe(fds[0]), "x() = 0\n");
	ltr_output_before_message(); /* a message comes after "y(", as strace's */
	fputs("note\n", stderr);
	ltr_output_flush_idle();
	assert_string_equal(drain_pipe(fds[0]), "y(note\n");
	ltr_output_close();
	dup2(saved, STDERR_FILENO);
	close(saved);
	close(fds[0]);
	close(fds[1]);
}

static int setup(void **state)
{
	(void)state;
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[256];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_truncate_append),
		cmocka_unit_test(test_pipe),
		cmocka_unit_test(test_pipe_closed),
		cmocka_unit_test(test_streams),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_idle_whole_lines),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
