/* SPDX-License-Identifier: MIT */
/*
 * What a tracee's descriptor refers to: one lookup in /proc (and, for
 * sockets, NETLINK_SOCK_DIAG) that fills a struct. The -y/-yy printer
 * (src/decode/print.c) formats it as strace does ("3</etc/hosts>",
 * "4<TCP:[127.0.0.1:41234->127.0.0.1:80]>"); Lua's call:fd() and
 * proc:fd() turn the same struct into a table. Implemented in
 * src/decode/fdinfo.c and src/decode/sockinfo.c.
 */
#ifndef LTR_FDINFO_H
#define LTR_FDINFO_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "ltr/strbuf.h"

/* What a descriptor is, from its /proc link and the file's mode. */
enum ltr_fd_kind {
	LTR_FDK_FILE,    /* a regular file (memfd, too) */
	LTR_FDK_DIR,
	LTR_FDK_DEV,     /* a character or block device */
	LTR_FDK_SOCKET,  /* "socket:[INODE]" */
	LTR_FDK_PIPE,    /* "pipe:[INODE]" */
	LTR_FDK_FIFO,    /* a named pipe: a path whose file is a FIFO */
	LTR_FDK_ANON,    /* "anon_inode:[eventpoll]", "anon_inode:inotify", ... */
	LTR_FDK_OTHER,   /* anything else: "net:[4026531840]", "/proc/..." of odd modes */
};

/*
 * A socket's details as sock_diag gives them (the fields -yy prints).
 * proto is strace's name of the protocol ("TCP", "UDPv6", "UNIX-STREAM",
 * "UNIX", "NETLINK", ...), NULL for a protocol strace 6.1 does not
 * resolve (its descriptor prints as the link, "socket:[INODE]").
 * details is false when the kernel had nothing more to say (an unbound
 * TCP socket: "TCP:[INODE]").
 */
struct ltr_sock_info {
	const char *proto;  /* static */
	int family;         /* AF_INET, AF_INET6, AF_UNIX, AF_NETLINK */
	bool details;
	/* AF_INET, AF_INET6 (network byte order addresses, host order ports) */
	uint8_t laddr[16], raddr[16];
	uint16_t lport, rport;
	bool has_peer;      /* -yy's "->": a peer port or address */
	/* AF_UNIX */
	uint32_t peer;      /* the peer's inode, 0 for none */
	bool abstract;      /* the name is abstract (shown with '@') */
	uint8_t name_len;   /* bytes of name, up to its first NUL */
	char name[108];
	/* AF_NETLINK */
	uint8_t nl_protocol;
	uint32_t portid;
};

struct ltr_fdinfo {
	int fd;
	enum ltr_fd_kind kind;
	/*
	 * The /proc/PID/fd/N link: a path, or "socket:[N]", "pipe:[N]",
	 * "anon_inode:...". When the kernel appended " (deleted)" to the path
	 * of a file that is really gone (strace's test: the path no longer
	 * names the same file), the suffix is removed and deleted is set.
	 */
	char link[PATH_MAX];
	size_t link_len;
	bool deleted;
	/* LTR_FDK_DEV (and only when looked up with LTR_FDINFO_STAT) */
	bool block;
	unsigned major, minor;
	/* LTR_FDK_SOCKET, LTR_FDK_PIPE: the N of "socket:[N]" / "pipe:[N]" */
	uint64_t inode;
	/* LTR_FDK_SOCKET, looked up with LTR_FDINFO_SOCKET */
	bool have_sock;
	struct ltr_sock_info sock;
};

/* What ltr_fdinfo_lookup() finds out beyond the link. */
enum {
	LTR_FDINFO_STAT = 1u << 0,   /* kind from the file's mode; device numbers */
	LTR_FDINFO_SOCKET = 1u << 1, /* socket details (sock_diag; cached by inode) */
};

/*
 * Fills info for descriptor fd of thread tid (its /proc/TID/fd/N), doing
 * only what "what" asks beyond reading the link (without LTR_FDINFO_STAT
 * the kind comes from the link alone: a path is LTR_FDK_FILE). Returns 0,
 * or -errno: -EBADF for a descriptor that is not open (or negative),
 * -ESRCH when the thread is gone.
 */
int ltr_fdinfo_lookup(pid_t tid, int fd, unsigned what, struct ltr_fdinfo *info);
/*
 * The current directory of thread tid (its /proc/TID/cwd) into path
 * (PATH_MAX bytes), " (deleted)" handled as for descriptors. Returns its
 * length or -errno.
 */
ssize_t ltr_fdinfo_cwd(pid_t tid, char *path, bool *deleted);
/* "file", "dir", "dev", "socket", "pipe", "fifo", "anon", "other". */
const char *ltr_fdinfo_kind_name(enum ltr_fd_kind kind);

/* --- sockets (src/decode/sockinfo.c) --- */

/*
 * The details of socket inode, open as /proc/TID/fd/N = link. Returns
 * false when the protocol is not one strace resolves (si->proto NULL);
 * true otherwise, with si->details telling whether the kernel knew more
 * than the protocol. Successful lookups are cached by inode, as strace
 * caches them: a socket keeps the details of its first successful lookup.
 */
bool ltr_sockinfo_lookup(pid_t tid, const char *link, uint64_t inode,
			 struct ltr_sock_info *si);
/*
 * Appends -yy's text for si: "TCP:[127.0.0.1:41234->127.0.0.1:80]",
 * "UNIX-STREAM:[65899->65900,\"/run/x\"]", "NETLINK:[ROUTE:1234]", or
 * "TCP:[INODE]" without details. xflag is -x's level for UNIX names.
 */
void ltr_sockinfo_format(struct ltr_strbuf *out, const struct ltr_sock_info *si,
			 uint64_t inode, unsigned xflag);
/* "127.0.0.1" / "::1" of a sock_info address (family AF_INET or AF_INET6). */
bool ltr_sockinfo_addr(const struct ltr_sock_info *si, const uint8_t addr[16],
		       char *text, size_t size);
/* "ROUTE", "KOBJECT_UEVENT", ... of a netlink protocol, or NULL. */
const char *ltr_sockinfo_netlink_name(unsigned protocol);
/*
 * One sock_diag message body (after its nlmsghdr) of family (AF_INET,
 * AF_INET6: inet_diag_msg; AF_UNIX: unix_diag_msg and attributes;
 * AF_NETLINK: netlink_diag_msg): 1 when it is inode's and si was filled
 * (si->details set; proto untouched), 0 when it is another socket's, -1
 * when malformed or without details.
 */
int ltr_sockinfo_parse_msg(const void *data, size_t len, int family,
			   uint64_t inode, struct ltr_sock_info *si);
/* The same over a buffer of netlink messages; -1 also at NLMSG_DONE/ERROR. */
int ltr_sockinfo_parse_reply(const void *buf, size_t len, int family,
			     uint64_t inode, struct ltr_sock_info *si);
/* Empties the inode cache (tests). */
void ltr_sockinfo_cache_clear(void);

#endif
