/* SPDX-License-Identifier: MIT */
/*
 * What a tracee's descriptor refers to (include/ltr/fdinfo.h): the one
 * lookup behind -y/-yy (print.c formats it) and Lua's call:fd().
 *
 * The link is /proc/TID/fd/N of the calling thread (a thread may have
 * unshared its descriptor table; /proc/TGID/fd would show the leader's),
 * TID as /proc names the thread (src/pidns.c: not ptrace's id when /proc
 * is an outer pid namespace's).
 * The kernel appends " (deleted)" to the path of an unlinked file; like
 * strace, ltr takes the suffix for a mark only when the whole text does
 * not name the descriptor's file (a file really called "x (deleted)"
 * keeps its name).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "ltr/fdinfo.h"
#include "ltr/pidns.h"

/* "/proc/NAME/fd/N" with a /proc root of up to 256 bytes */
#define LINKPATH_MAX 320

static const char deleted_suffix[] = " (deleted)";

/*
 * Reads the link at linkpath into buf (PATH_MAX bytes, NUL-terminated),
 * removing a " (deleted)" that marks a deleted file. Returns the length or
 * -errno (-ENAMETOOLONG when it does not fit).
 */
static ssize_t read_link(const char *linkpath, char *buf, bool *deleted)
{
	size_t slen = sizeof(deleted_suffix) - 1;
	struct stat st_link, st_path;
	ssize_t n = readlink(linkpath, buf, PATH_MAX);

	*deleted = false;
	if (n < 0)
		return -errno;
	if (n >= PATH_MAX)
		return -ENAMETOOLONG;
	buf[n] = '\0';
	if ((size_t)n <= slen || memcmp(buf + n - (ssize_t)slen, deleted_suffix, slen) != 0)
		return n;
	if (stat(linkpath, &st_link) != 0)
		return n;
	if (lstat(buf, &st_path) == 0 && st_link.st_ino == st_path.st_ino &&
	    st_link.st_dev == st_path.st_dev)
		return n; /* the name is what it says */
	n -= (ssize_t)slen;
	buf[n] = '\0';
	*deleted = true;
	return n;
}

/* The N of "prefix[N]" (link of len bytes), or false. */
static bool bracket_number(const char *link, size_t len, const char *prefix, uint64_t *out)
{
	size_t plen = strlen(prefix), i;
	uint64_t v = 0;

	if (len <= plen + 1 || memcmp(link, prefix, plen) != 0 || link[len - 1] != ']')
		return false;
	for (i = plen; i < len - 1; i++) {
		if (link[i] < '0' || link[i] > '9')
			return false;
		v = v * 10 + (uint64_t)(link[i] - '0');
	}
	*out = v;
	return true;
}

/* The kind a path's file has, from its mode. */
static enum ltr_fd_kind kind_of_mode(mode_t mode)
{
	if (S_ISREG(mode))
		return LTR_FDK_FILE;
	if (S_ISDIR(mode))
		return LTR_FDK_DIR;
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return LTR_FDK_DEV;
	if (S_ISFIFO(mode))
		return LTR_FDK_FIFO;
	return LTR_FDK_OTHER;
}

int ltr_fdinfo_lookup(pid_t tid, int fd, unsigned what, struct ltr_fdinfo *info)
{
	char linkpath[LINKPATH_MAX], rest[24];
	ssize_t n;
	int rc;

	info->fd = fd;
	info->kind = LTR_FDK_OTHER;
	info->link[0] = '\0';
	info->link_len = 0;
	info->deleted = false;
	info->block = false;
	info->major = info->minor = 0;
	info->inode = 0;
	info->have_sock = false;
	if (fd < 0)
		return -EBADF;
	snprintf(rest, sizeof(rest), "fd/%d", fd);
	rc = ltr_pidns_proc_path(tid, rest, linkpath, sizeof(linkpath));
	if (rc < 0)
		return rc;
	n = read_link(linkpath, info->link, &info->deleted);
	if (n < 0) {
		if (n == -ENOENT) {
			/* no such descriptor, or no such thread */
			if (ltr_pidns_proc_path(tid, NULL, linkpath, sizeof(linkpath)) < 0)
				return -ESRCH;
			return access(linkpath, F_OK) == 0 ? -EBADF : -ESRCH;
		}
		return (int)n;
	}
	info->link_len = (size_t)n;
	if (bracket_number(info->link, info->link_len, "socket:[", &info->inode)) {
		info->kind = LTR_FDK_SOCKET;
		if (what & LTR_FDINFO_SOCKET)
			info->have_sock = ltr_sockinfo_lookup(tid, linkpath, info->inode, &info->sock);
		return 0;
	}
	if (bracket_number(info->link, info->link_len, "pipe:[", &info->inode)) {
		info->kind = LTR_FDK_PIPE;
		return 0;
	}
	if (!strncmp(info->link, "anon_inode:", 11)) {
		info->kind = LTR_FDK_ANON;
		return 0;
	}
	if (info->link[0] != '/')
		return 0; /* "net:[4026531840]", "mnt:[...]": other */
	info->kind = LTR_FDK_FILE;
	if (what & LTR_FDINFO_STAT) {
		struct stat st;

		if (stat(linkpath, &st) == 0) {
			info->kind = kind_of_mode(st.st_mode);
			if (info->kind == LTR_FDK_DEV) {
				info->block = S_ISBLK(st.st_mode);
				info->major = major(st.st_rdev);
				info->minor = minor(st.st_rdev);
			}
		}
	}
	return 0;
}

ssize_t ltr_fdinfo_cwd(pid_t tid, char *path, bool *deleted)
{
	char linkpath[LINKPATH_MAX];
	int rc = ltr_pidns_proc_path(tid, "cwd", linkpath, sizeof(linkpath));

	*deleted = false;
	if (rc < 0)
		return rc;
	return read_link(linkpath, path, deleted);
}

const char *ltr_fdinfo_kind_name(enum ltr_fd_kind kind)
{
	switch (kind) {
	case LTR_FDK_FILE: return "file";
	case LTR_FDK_DIR: return "dir";
	case LTR_FDK_DEV: return "dev";
	case LTR_FDK_SOCKET: return "socket";
	case LTR_FDK_PIPE: return "pipe";
	case LTR_FDK_FIFO: return "fifo";
	case LTR_FDK_ANON: return "anon";
	case LTR_FDK_OTHER: break;
	}
	return "other";
}
