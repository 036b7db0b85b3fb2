/* SPDX-License-Identifier: MIT */
/*
 * Paths of call arguments (src/decode/path.c): the normalisation of
 * joined paths, which argument of each path-taking syscall of every arch
 * is a path (and from which dirfd) or a descriptor, and the resolution of
 * path arguments read from fake tracee memory against this process's own
 * cwd and descriptors (the fake call's pid is the test's).
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
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/path.h"

static struct fake_call fc;

static const char *join(const char *base, const char *path)
{
	static char out[PATH_MAX];

	assert_true(ltr_path_join(base, path, out, sizeof(out)) >= 0);
	return out;
}

static void test_join(void **state)
{
	char small[8];

	(void)state;
	assert_string_equal(join("/etc", "hosts"), "/etc/hosts");
	assert_string_equal(join("/", "etc"), "/etc");
	assert_string_equal(join("/etc", "../etc/./hosts"), "/etc/hosts");
	assert_string_equal(join("/etc", "/usr//bin/"), "/usr/bin");
	assert_string_equal(join("/a/b/c", "../../x"), "/a/x");
	assert_string_equal(join("/a", "../../../x"), "/x");   /* never above / */
	assert_string_equal(join("/", ".."), "/");
	assert_string_equal(join("/a/b", ""), "/a/b");         /* "" is the dirfd itself */
	assert_string_equal(join("/a/b", "."), "/a/b");
	assert_string_equal(join("/a/b", "./"), "/a/b");
	assert_string_equal(join("/a/b", ".."), "/a");
	assert_string_equal(join("/a//b/", "c/./d/../e"), "/a/b/c/e");
	assert_string_equal(join("/x", "/"), "/");
	assert_string_equal(join("/x", "//"), "/");
	/* names that only look like dots */
	assert_string_equal(join("/a", "...//.x/..y/x.."), "/a/.../.x/..y/x..");
	/* lexical: ".." after a symlink's name drops the name itself */
	assert_string_equal(join("/", "etc/mtab/../hosts"), "/etc/hosts");
	/* too long for the buffer */
	assert_int_equal(ltr_path_join("/", "abcdefgh", small, sizeof(small)), -ENAMETOOLONG);
	assert_int_equal(ltr_path_join("/", "abcdef", small, sizeof(small)), 7);
	assert_string_equal(small, "/abcdef");
}

/*
 * The roles of a call's six arguments as letters: P path (followed by the
 * dirfd's index, or '-' for the cwd), D dirfd, F descriptor, L link
 * target, '.' anything else.
 */
static const char *roles(const char *arch, const char *name, const uint64_t args[6])
{
	static char out[32];
	size_t n = 0;
	unsigned i;

	fake_call_init_row(&fc, arch, fake_row(name), args);
	for (i = 0; i < 6; i++) {
		int dirfd;

		switch (ltr_path_arg_role(&fc.c, i, &dirfd)) {
		case LTR_ARG_PATH:
			out[n++] = 'P';
			out[n++] = dirfd < 0 ? '-' : (char)('0' + dirfd);
			break;
		case LTR_ARG_DIRFD: out[n++] = 'D'; break;
		case LTR_ARG_FD: out[n++] = 'F'; break;
		case LTR_ARG_LINK_TARGET: out[n++] = 'L'; break;
		default: out[n++] = '.'; break;
		}
	}
	out[n] = '\0';
	return out;
}

/*
 * Every path-taking syscall, on every arch that has it: the roles of its
 * first arguments (the rest are '.').
 */
static const struct {
	const char *name;
	const char *roles;
} path_calls[] = {
	{ "open", "P-" }, { "openat", "DP0" }, { "openat2", "DP0" }, { "creat", "P-" },
	{ "execve", "P-" }, { "execveat", "DP0" },
	{ "access", "P-" }, { "faccessat", "DP0" }, { "faccessat2", "DP0" },
	{ "chdir", "P-" }, { "chroot", "P-" }, { "pivot_root", "P-P-" },
	{ "chmod", "P-" }, { "fchmodat", "DP0" }, { "fchmodat2", "DP0" },
	{ "chown", "P-" }, { "lchown", "P-" }, { "chown32", "P-" }, { "lchown32", "P-" },
	{ "fchownat", "DP0" },
	{ "stat", "P-" }, { "lstat", "P-" }, { "stat64", "P-" }, { "lstat64", "P-" },
	{ "oldstat", "P-" }, { "oldlstat", "P-" },
	{ "newfstatat", "DP0" }, { "fstatat64", "DP0" }, { "statx", "DP0" },
	{ "statfs", "P-" }, { "statfs64", "P-" }, { "truncate", "P-" }, { "truncate64", "P-" },
	{ "link", "P-P-" }, { "linkat", "DP0DP2" }, { "symlink", "LP-" }, { "symlinkat", "LDP1" },
	{ "unlink", "P-" }, { "unlinkat", "DP0" }, { "rmdir", "P-" },
	{ "mkdir", "P-" }, { "mkdirat", "DP0" }, { "mknod", "P-" }, { "mknodat", "DP0" },
	{ "rename", "P-P-" }, { "renameat", "DP0DP2" }, { "renameat2", "DP0DP2" },
	{ "readlink", "P-" }, { "readlinkat", "DP0" },
	{ "utime", "P-" }, { "utimes", "P-" }, { "futimesat", "DP0" },
	{ "utimensat", "DP0" }, { "utimensat_time64", "DP0" },
	{ "mount", "P-P-" }, { "umount", "P-" }, { "umount2", "P-" },
	{ "swapon", "P-" }, { "swapoff", "P-" }, { "acct", "P-" }, { "uselib", "P-" },
	{ "quotactl", ".P-" },
	{ "getxattr", "P-" }, { "lgetxattr", "P-" }, { "setxattr", "P-" }, { "lsetxattr", "P-" },
	{ "listxattr", "P-" }, { "llistxattr", "P-" }, { "removexattr", "P-" },
	{ "lremovexattr", "P-" },
	{ "getxattrat", "DP0" }, { "setxattrat", "DP0" }, { "listxattrat", "DP0" },
	{ "removexattrat", "DP0" },
	{ "name_to_handle_at", "DP0" }, { "inotify_add_watch", "FP-" },
	{ "open_tree", "DP0" }, { "open_tree_attr", "DP0" }, { "fspick", "DP0" },
	{ "move_mount", "DP0DP2" }, { "mount_setattr", "DP0" },
	{ "file_getattr", "DP0" }, { "file_setattr", "DP0" },
};

/* roles with '.' for the arguments it does not list, up to 6. */
static void pad_roles(const char *roles, char *out, size_t size)
{
	unsigned nargs = 0;
	size_t len = 0;

	for (; *roles; roles++) {
		out[len++] = *roles;
		if (*roles == 'P')
			out[len++] = *++roles;
		nargs++;
	}
	while (nargs++ < 6 && len + 1 < size)
		out[len++] = '.';
	out[len] = '\0';
}

static void test_path_roles(void **state)
{
	static const char *const arches[] = { "x86_64", "i386", "aarch64", "riscv64" };
	unsigned i, a, on = 0;

	(void)state;
	for (i = 0; i < sizeof(path_calls) / sizeof(path_calls[0]); i++) {
		char want[32];

		pad_roles(path_calls[i].roles, want, sizeof(want));
		for (a = 0; a < 4; a++) {
			const struct ltr_arch *arch = ltr_arch_by_name(arches[a]);

			if (!arch || ltr_arch_syscall_nr(arch, path_calls[i].name) < 0)
				continue;
			on++;
			if (strcmp(roles(arches[a], path_calls[i].name, NULL), want) != 0)
				fail_msg("%s on %s: roles %s, want %s", path_calls[i].name, arches[a],
					 roles(arches[a], path_calls[i].name, NULL), want);
		}
	}
	assert_true(on > 150);
}

/* Where the row alone does not say it. */
static void test_special_roles(void **state)
{
	uint64_t args[6] = { 0 };

	(void)state;
	/* fanotify_mark's 64-bit mask takes two slots on i386 */
	assert_string_equal(roles("x86_64", "fanotify_mark", NULL), "F..DP3.");
	assert_string_equal(roles("i386", "fanotify_mark", NULL), "F...DP4");
	/* i386's old mmap takes its arguments in memory */
	assert_string_equal(roles("x86_64", "mmap", NULL), "....F.");
	assert_string_equal(roles("i386", "mmap", NULL), "......");
	assert_string_equal(roles("i386", "mmap2", NULL), "....F.");
	/* fsconfig by command */
	args[1] = 3; /* FSCONFIG_SET_PATH */
	assert_string_equal(roles("x86_64", "fsconfig", args), "F..P4D.");
	args[1] = 5; /* FSCONFIG_SET_FD */
	assert_string_equal(roles("x86_64", "fsconfig", args), "F...F.");
	args[1] = 1; /* FSCONFIG_SET_STRING */
	assert_string_equal(roles("x86_64", "fsconfig", args), "F.....");
	/* descriptors */
	assert_string_equal(roles("x86_64", "read", NULL), "F.....");
	assert_string_equal(roles("x86_64", "dup2", NULL), "FF....");
	assert_string_equal(roles("x86_64", "splice", NULL), "F.F...");
	assert_string_equal(roles("x86_64", "getpid", NULL), "......");
}

/* Every A_PATH_AT(n) names an A_DIRFD argument, and every dirfd has a path. */
static void test_table_dirfds(void **state)
{
	unsigned i, k;

	(void)state;
	for (i = 0; i < ltr_syscall_ndescs; i++) {
		const struct ltr_syscall_desc *d = &ltr_syscall_descs[i];
		bool used[6] = { false };

		for (k = 0; k < d->nargs && k < 6; k++) {
			const struct ltr_argspec *s = &d->args[k];

			if (s->print == ltr_print_arg_path && s->param) {
				unsigned dirfd = s->param - 1u;

				if (dirfd >= k || d->args[dirfd].print != ltr_print_arg_dirfd)
					fail_msg("%s: path argument %u's dirfd %u is not an A_DIRFD before it",
						 d->name, k, dirfd);
				used[dirfd] = true;
			}
		}
		for (k = 0; k < d->nargs && k < 6; k++)
			if (d->args[k].print == ltr_print_arg_dirfd && !used[k])
				fail_msg("%s: dirfd argument %u has no path argument", d->name, k);
	}
}

/* --- resolution against this process --- */

#define STR_AT 0x10000

/* Resolves argument idx of name with args; the string s at STR_AT. */
static ssize_t resolve(const char *name, uint64_t a0, const char *s, unsigned idx, char *out,
		       char *given)
{
	uint64_t args[6] = { a0, STR_AT, 0, 0, 0, 0 };

	fake_mem_reset();
	if (s)
		fake_mem_map_str(STR_AT, s);
	if (!strcmp(name, "open") || !strcmp(name, "chdir"))
		args[0] = STR_AT;
	fake_call_init_row(&fc, "x86_64", fake_row(name), args);
	return ltr_path_resolve(&fc.c, idx, out, given);
}

static void test_resolve(void **state)
{
	char cwd[PATH_MAX], out[PATH_MAX], given[PATH_MAX], want[PATH_MAX + 16];
	char *longpath;
	int dirfd, pipefd[2];
	ssize_t n;

	(void)state;
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	/* relative to the cwd (AT_FDCWD, and calls without a dirfd) */
	n = resolve("openat", (uint32_t)-100, "a/./b/../c", 1, out, given);
	snprintf(want, sizeof(want), "%s/a/c", strcmp(cwd, "/") ? cwd : "");
	assert_int_equal(n, (ssize_t)strlen(want));
	assert_string_equal(out, want);
	assert_string_equal(given, "a/./b/../c");
	assert_true(resolve("open", 0, "x", 0, out, NULL) > 0);
	snprintf(want, sizeof(want), "%s/x", strcmp(cwd, "/") ? cwd : "");
	assert_string_equal(out, want);
	/* absolute: the dirfd does not matter, even a closed one */
	assert_true(resolve("openat", 12345, "/etc/../etc//hosts", 1, out, given) > 0);
	assert_string_equal(out, "/etc/hosts");
	/* relative to a dirfd */
	dirfd = open("/usr/bin", O_RDONLY | O_DIRECTORY);
	assert_true(dirfd >= 0);
	assert_true(resolve("openat", (uint64_t)dirfd, "../lib/./x", 1, out, NULL) > 0);
	assert_string_equal(out, "/usr/lib/x");
	/* "" (AT_EMPTY_PATH) is the dirfd itself */
	assert_true(resolve("newfstatat", (uint64_t)dirfd, "", 1, out, given) > 0);
	assert_string_equal(out, "/usr/bin");
	assert_string_equal(given, "");
	/* a dirfd that is not open, one that is a pipe */
	close(dirfd);
	assert_int_equal(resolve("openat", (uint64_t)dirfd, "x", 1, out, NULL), -EBADF);
	assert_int_equal(pipe(pipefd), 0);
	assert_int_equal(resolve("openat", (uint64_t)pipefd[0], "x", 1, out, NULL), -ENOTDIR);
	close(pipefd[0]);
	close(pipefd[1]);
	/* not a path, NULL, unreadable */
	assert_int_equal(resolve("openat", (uint32_t)-100, "x", 0, out, NULL), -EINVAL);
	assert_int_equal(resolve("openat", (uint32_t)-100, "x", 2, out, NULL), -EINVAL);
	assert_int_equal(resolve("read", 0, "x", 1, out, NULL), -EINVAL);
	assert_int_equal(resolve("openat", (uint32_t)-100, NULL, 1, out, NULL), -EFAULT);
	fake_call_init_row(&fc, "x86_64", fake_row("openat"), NULL);
	fc.c.args[0] = (uint32_t)-100;
	assert_int_equal(ltr_path_resolve(&fc.c, 1, out, NULL), -EFAULT); /* NULL */
	/* longer than PATH_MAX - 1: the kernel's ENAMETOOLONG */
	longpath = malloc(PATH_MAX + 1);
	assert_non_null(longpath);
	memset(longpath, 'a', PATH_MAX);
	longpath[PATH_MAX] = '\0';
	assert_int_equal(resolve("openat", (uint32_t)-100, longpath, 1, out, NULL), -ENAMETOOLONG);
	free(longpath);
	/* i386: the pointer is 32 bits */
	fake_mem_reset();
	fake_mem_map_str(STR_AT, "/tmp/../etc");
	fake_call_init_row(&fc, "i386", fake_row("chdir"), NULL);
	fc.c.args[0] = STR_AT | 0xdead00000000ull;
	assert_true(ltr_path_resolve(&fc.c, 0, out, NULL) > 0);
	assert_string_equal(out, "/etc");
}

static int teardown(void **state)
{
	(void)state;
	fake_call_free(&fc);
	fake_mem_reset();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_join),
		cmocka_unit_test(test_path_roles),
		cmocka_unit_test(test_special_roles),
		cmocka_unit_test(test_table_dirfds),
		cmocka_unit_test(test_resolve),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, teardown);
}
