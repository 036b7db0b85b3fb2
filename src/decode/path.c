/* SPDX-License-Identifier: MIT */
/*
 * Which arguments name files, and the absolute paths they resolve to
 * (include/ltr/path.h). The syscalls.def row says it for almost every
 * call through its argument types; three calls need more than their row:
 *   - fanotify_mark on 32-bit arches, whose 64-bit mask takes two
 *     argument slots, so its dirfd and path come one slot later;
 *   - i386's old mmap, whose arguments (the descriptor among them) are a
 *     struct in memory, not registers;
 *   - fsconfig, whose value is a path (from the dirfd in aux) or aux a
 *     descriptor only for some commands.
 *
 * Paths are joined and normalised as text, the way the kernel walks the
 * components but without following symlinks: "/etc/../etc/./hosts" is
 * "/etc/hosts" even if /etc were a symlink. The cwd and the dirfds are
 * read from /proc of the calling thread when asked (threads may have
 * their own cwd, with CLONE_FS unshared).
 */
#include <errno.h>
#include <limits.h>
#include <string.h>

#include "ltr/fdinfo.h"
#include "ltr/mem.h"
#include "ltr/path.h"
#include "decoders.h"

#define AT_FDCWD_VALUE (-100)

/* fsconfig's commands whose arguments name files (linux/mount.h). */
enum { FSCONFIG_SET_PATH = 3, FSCONFIG_SET_PATH_EMPTY = 4, FSCONFIG_SET_FD = 5 };

static bool named(const struct ltr_call *c, const char *name)
{
	return !strcmp(c->desc->name, name);
}

/* fsconfig(fd, cmd, key, value, aux): what argument idx is for its cmd. */
static enum ltr_arg_role fsconfig_role(const struct ltr_call *c, unsigned idx, int *dirfd_idx)
{
	uint32_t cmd = (uint32_t)c->args[1];

	if (idx == 0)
		return LTR_ARG_FD;
	if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY) {
		if (idx == 3) {
			*dirfd_idx = 4;
			return LTR_ARG_PATH;
		}
		if (idx == 4)
			return LTR_ARG_DIRFD;
	}
	if (cmd == FSCONFIG_SET_FD && idx == 4)
		return LTR_ARG_FD;
	return LTR_ARG_OTHER;
}

enum ltr_arg_role ltr_path_arg_role(const struct ltr_call *c, unsigned idx, int *dirfd_idx)
{
	const struct ltr_syscall_desc *d = c->desc;
	const struct ltr_argspec *spec;
	unsigned slot = idx;  /* the row's argument for register idx */
	bool shifted = false; /* fanotify_mark's split mask */

	*dirfd_idx = -1;
	if (!d || idx >= 6)
		return LTR_ARG_OTHER;
	if (named(c, "fsconfig"))
		return fsconfig_role(c, idx, dirfd_idx);
	if (named(c, "mmap") && ltr_arch_is(c, "i386"))
		return LTR_ARG_OTHER;
	if (named(c, "fanotify_mark") && ltr_wordsize(c) == 4) {
		if (idx == 2 || idx == 3)
			return LTR_ARG_OTHER; /* the two halves of the mask */
		if (idx > 3) {
			slot = idx - 1;
			shifted = true;
		}
	}
	if (slot >= d->nargs)
		return LTR_ARG_OTHER;
	spec = &d->args[slot];
	if (spec->print == ltr_print_arg_fd)
		return LTR_ARG_FD;
	if (spec->print == ltr_print_arg_dirfd)
		return LTR_ARG_DIRFD;
	if (spec->print == ltr_print_arg_link_target)
		return LTR_ARG_LINK_TARGET;
	if (spec->print != ltr_print_arg_path)
		return LTR_ARG_OTHER;
	if (spec->param)
		*dirfd_idx = spec->param - 1 + (shifted && spec->param - 1 > 2 ? 1 : 0);
	return LTR_ARG_PATH;
}

ssize_t ltr_path_join(const char *base, const char *path, char *out, size_t size)
{
	const char *parts[2];
	size_t len = 1;
	unsigned i;

	if (size < 2)
		return -ENAMETOOLONG;
	parts[0] = path[0] == '/' ? "" : base;
	parts[1] = path;
	out[0] = '/';
	for (i = 0; i < 2; i++) {
		const char *p = parts[i];

		while (*p) {
			const char *end;
			size_t clen;

			while (*p == '/')
				p++;
			if (!*p)
				break;
			end = strchrnul(p, '/');
			clen = (size_t)(end - p);
			if (clen == 2 && p[0] == '.' && p[1] == '.') {
				/* drop the last component and its slash; "/.." is "/" */
				while (len > 1 && out[len - 1] != '/')
					len--;
				if (len > 1)
					len--;
			} else if (!(clen == 1 && p[0] == '.')) {
				size_t sep = len > 1 ? 1 : 0;

				if (len + sep + clen + 1 > size)
					return -ENAMETOOLONG;
				if (sep)
					out[len++] = '/';
				memcpy(out + len, p, clen);
				len += clen;
			}
			p = end;
		}
	}
	out[len] = '\0';
	return (ssize_t)len;
}

/* The directory a relative path argument starts from, into base. */
static int start_dir(const struct ltr_call *c, int dirfd_idx, char *base)
{
	struct ltr_fdinfo fi;
	bool deleted;
	ssize_t n;
	int fd, rc;

	fd = dirfd_idx < 0 ? AT_FDCWD_VALUE : ltr_call_arg_int(c, (unsigned)dirfd_idx);
	if (fd == AT_FDCWD_VALUE) {
		n = ltr_fdinfo_cwd(c->tid, base, &deleted);
		if (n == -ENOENT)
			return -ESRCH;
		return n < 0 ? (int)n : 0;
	}
	rc = ltr_fdinfo_lookup(c->tid, fd, 0, &fi);
	if (rc < 0)
		return rc;
	if (fi.link[0] != '/')
		return -ENOTDIR; /* "socket:[N]", "pipe:[N]": no directory to start from */
	memcpy(base, fi.link, fi.link_len + 1);
	return 0;
}

ssize_t ltr_path_resolve(const struct ltr_call *c, unsigned idx, char *out, char *given)
{
	char text[PATH_MAX], base[PATH_MAX];
	uint64_t addr;
	bool terminated;
	int dirfd_idx, rc;
	ssize_t n;

	if (ltr_path_arg_role(c, idx, &dirfd_idx) != LTR_ARG_PATH)
		return -EINVAL;
	addr = ltr_arg_word(c, idx);
	if (!addr)
		return -EFAULT;
	n = ltr_mem_read_str(c->mem, addr, text, PATH_MAX - 1, &terminated);
	if (n < 0)
		return -EFAULT;
	if (!terminated)
		return (size_t)n == PATH_MAX - 1 ? -ENAMETOOLONG : -EFAULT;
	if (given)
		memcpy(given, text, (size_t)n + 1);
	if (text[0] == '/') {
		base[0] = '\0';
	} else {
		rc = start_dir(c, dirfd_idx, base);
		if (rc < 0)
			return rc;
	}
	return ltr_path_join(base, text, out, PATH_MAX);
}
