/* SPDX-License-Identifier: MIT */
/*
 * Which arguments of a call name files, and the absolute path the kernel
 * resolves for a path argument (Lua's call:path() and call:fd()). What
 * an argument is comes from the call's syscalls.def row: A_PATH (from the
 * cwd), A_PATH_AT(n) (from the directory of descriptor argument n),
 * A_FD, A_DIRFD, A_LINK_TARGET; see src/decode/path.c for the few calls
 * whose rows cannot say it alone.
 */
#ifndef LTR_PATH_H
#define LTR_PATH_H

#include <stddef.h>
#include <sys/types.h>

#include "ltr/syscall.h"

/* What argument idx (0-based, as in c->args) of a call is. */
enum ltr_arg_role {
	LTR_ARG_OTHER = 0,   /* nothing that names a file */
	LTR_ARG_PATH,        /* a path the kernel resolves */
	LTR_ARG_FD,          /* a descriptor */
	LTR_ARG_DIRFD,       /* a directory descriptor (AT_FDCWD allowed) */
	LTR_ARG_LINK_TARGET, /* symlink's target: stored as is, not resolved */
};

/*
 * The role of argument idx of c; for LTR_ARG_PATH, *dirfd_idx is the
 * index of the descriptor it is resolved from, or -1 for the cwd.
 */
enum ltr_arg_role ltr_path_arg_role(const struct ltr_call *c, unsigned idx, int *dirfd_idx);

/*
 * Joins base (absolute) and path as the kernel walks them, without
 * following symlinks: an absolute path ignores base, "." and empty
 * components go, ".." removes the previous component (never above "/"),
 * a trailing '/' goes (but "/" stays). The empty path is base itself.
 * Writes at most size bytes with the NUL; returns the length, or
 * -ENAMETOOLONG.
 */
ssize_t ltr_path_join(const char *base, const char *path, char *out, size_t size);

/*
 * The absolute path of path argument idx of c (out: PATH_MAX bytes), from
 * the thread's cwd or the directory of the argument's dirfd as they are
 * now (/proc/TID/cwd, /proc/TID/fd/N). given (PATH_MAX bytes, or NULL)
 * receives the argument as the program wrote it. Returns the length, or
 * -errno: -EINVAL when argument idx is not a path, -EFAULT for NULL or
 * unreadable memory, -ENAMETOOLONG, -EBADF for a dirfd that is not open,
 * -ENOTDIR for a dirfd with no path (a socket, a pipe), -ESRCH when the
 * thread is gone.
 */
ssize_t ltr_path_resolve(const struct ltr_call *c, unsigned idx, char *out, char *given);

#endif
