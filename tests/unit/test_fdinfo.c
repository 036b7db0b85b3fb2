/* SPDX-License-Identifier: MIT */
/*
 * The descriptor lookup behind -y/-yy and call:fd() (src/decode/fdinfo.c)
 * on descriptors of this very process: the kind of each, the link, the
 * " (deleted)" mark as strace decides it, device numbers, closed
 * descriptors and gone threads; and -y's text for a deleted file.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/fdinfo.h"

static struct fake_call fc;
static char dir[PATH_MAX];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "%s/ltr-fdinfo.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(dir) ? 0 : -1;
}

/* The tests remove what they create: the directory is empty again. */
static int teardown(void **state)
{
	(void)state;
	fake_call_free(&fc);
	return rmdir(dir);
}

static struct ltr_fdinfo fi;

static int lookup(int fd, unsigned what)
{
	return ltr_fdinfo_lookup(getpid(), fd, what, &fi);
}

static void test_kinds(void **state)
{
	char real[PATH_MAX];
	int fd, pipefd[2], sv[2];

	(void)state;
	assert_non_null(realpath(dir, real));
	fd = open(real, O_RDONLY | O_DIRECTORY);
	assert_int_equal(lookup(fd, LTR_FDINFO_STAT), 0);
	assert_int_equal(fi.kind, LTR_FDK_DIR);
	assert_string_equal(fi.link, real);
	assert_int_equal(fi.link_len, strlen(real));
	/* without a stat a path is a file */
	assert_int_equal(lookup(fd, 0), 0);
	assert_int_equal(fi.kind, LTR_FDK_FILE);
	close(fd);

	fd = open("/dev/null", O_RDONLY);
	assert_int_equal(lookup(fd, LTR_FDINFO_STAT), 0);
	assert_int_equal(fi.kind, LTR_FDK_DEV);
	assert_false(fi.block);
	assert_int_equal(fi.major, 1);
	assert_int_equal(fi.minor, 3);
	assert_string_equal(ltr_fdinfo_kind_name(fi.kind), "dev");
	close(fd);

	assert_int_equal(pipe(pipefd), 0);
	assert_int_equal(lookup(pipefd[0], LTR_FDINFO_STAT), 0);
	assert_int_equal(fi.kind, LTR_FDK_PIPE);
	assert_true(fi.inode > 0);
	assert_true(!strncmp(fi.link, "pipe:[", 6));
	close(pipefd[0]);
	close(pipefd[1]);

	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	assert_int_equal(lookup(sv[0], LTR_FDINFO_STAT), 0);
	assert_int_equal(fi.kind, LTR_FDK_SOCKET);
	assert_false(fi.have_sock); /* not asked for */
	close(sv[0]);
	close(sv[1]);

	fd = eventfd(0, 0);
	assert_int_equal(lookup(fd, LTR_FDINFO_STAT), 0);
	assert_int_equal(fi.kind, LTR_FDK_ANON);
	assert_string_equal(fi.link, "anon_inode:[eventfd]");
	close(fd);

	/* closed, negative, and a thread that does not exist */
	assert_int_equal(lookup(fd, 0), -EBADF);
	assert_int_equal(lookup(-1, 0), -EBADF);
	assert_int_equal(ltr_fdinfo_lookup(INT32_MAX, 0, 0, &fi), -ESRCH);
}

/* strace's test: " (deleted)" marks a deleted file, not a file so named. */
static void test_deleted(void **state)
{
	char path[PATH_MAX + 32], named[PATH_MAX + 32], real[PATH_MAX], want[PATH_MAX + 64];
	const char *line;
	int fd, fd2;

	(void)state;
	assert_non_null(realpath(dir, real));
	snprintf(path, sizeof(path), "%s/gone", real);
	fd = open(path, O_RDWR | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(lookup(fd, LTR_FDINFO_STAT), 0);
	assert_true(fi.deleted);
	assert_string_equal(fi.link, path);
	assert_int_equal(fi.kind, LTR_FDK_FILE);
	/* -y: "<path>(deleted)" */
	fake_call_init(&fc, "x86_64", "close", NULL);
	fc.opts.fd_paths = 1;
	ltr_print_fd(&fc.c, fd);
	line = fake_call_take(&fc);
	snprintf(want, sizeof(want), "%d<%s>(deleted)", fd, path);
	assert_string_equal(line, want);
	close(fd);

	snprintf(named, sizeof(named), "%s/x (deleted)", real);
	fd2 = open(named, O_RDWR | O_CREAT, 0600);
	assert_true(fd2 >= 0);
	assert_int_equal(lookup(fd2, LTR_FDINFO_STAT), 0);
	assert_false(fi.deleted);
	assert_string_equal(fi.link, named);
	close(fd2);
	unlink(named);
}

static void test_cwd(void **state)
{
	char cwd[PATH_MAX], got[PATH_MAX];
	bool deleted;

	(void)state;
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(ltr_fdinfo_cwd(getpid(), got, &deleted), (ssize_t)strlen(cwd));
	assert_string_equal(got, cwd);
	assert_false(deleted);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_deleted),
		cmocka_unit_test(test_cwd),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
