/* SPDX-License-Identifier: MIT */
/*
 * mods: the syscalls tests/cross/mods.lua changes, each marked by a
 * magic value in an argument the kernel ignores; prints one line per
 * case on stdout, which tests/cross/driver.c checks:
 *   setstr redirected    openat of a missing path, rewritten by set_str
 *                        to /ltr-cross-target, whose content is read back
 *   skip 4242            getpid skipped with a return value
 *   fail -1 13           openat of "/" failed with EACCES at entry
 *   ret 777              getppid's return value replaced at exit
 *   args 6 hello         write's count (arg 3) 11 shrunk to 6
 *   arg1 3 one           write's fd (arg 1) -1 replaced by the pipe
 * Untraced it prints the unmodified results.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

enum {
	MAGIC_SKIP = 0x1001,
	MAGIC_FAIL = 0x1002,
	MAGIC_ARGS = 0x1003,
	MAGIC_ARG1 = 0x1004,
	MAGIC_RET = 0x1005,
};

/* The raw result of a syscall: -errno on failure. */
static long raw(long r)
{
	return r == -1 ? -errno : r;
}

static const char *drain(int fd, char *buf, size_t size)
{
	ssize_t n = read(fd, buf, size - 1);

	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

int main(void)
{
	char buf[64];
	long r;
	int p[2];
	int fd;

	if (pipe(p) < 0)
		return 1;

	fd = (int)syscall(SYS_openat, AT_FDCWD, "/nonexistent-ltr-cross", O_RDONLY);
	if (fd >= 0) {
		printf("setstr %s\n", drain(fd, buf, sizeof(buf)));
		close(fd);
	} else {
		printf("setstr errno %d\n", errno);
	}

	r = raw(syscall(SYS_getpid, MAGIC_SKIP));
	printf("skip %ld\n", r);

	errno = 0;
	r = syscall(SYS_openat, AT_FDCWD, "/", O_RDONLY | O_DIRECTORY, 0, MAGIC_FAIL);
	printf("fail %ld %d\n", r, r < 0 ? errno : 0);

	r = raw(syscall(SYS_getppid, MAGIC_RET));
	printf("ret %ld\n", r);

	r = raw(syscall(SYS_write, p[1], "hello world", 11, MAGIC_ARGS));
	printf("args %ld %s\n", r, drain(p[0], buf, sizeof(buf)));

	r = raw(syscall(SYS_write, -1, "one", 3, MAGIC_ARG1, p[1]));
	printf("arg1 %ld %s\n", r, r > 0 ? drain(p[0], buf, sizeof(buf)) : "");
	fflush(stdout);
	return 0;
}
