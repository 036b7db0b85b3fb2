/* SPDX-License-Identifier: MIT */
/*
 * Socket details: what a "socket:[INODE]" descriptor is connected to, as
 * a struct ltr_sock_info (include/ltr/fdinfo.h) that -yy prints in
 * strace 6.1's formats (checked against it) and Lua's call:fd() shows:
 *   TCP:[127.0.0.1:41234->127.0.0.1:80]   TCP:[127.0.0.1:8080] (no peer)
 *   TCPv6:[[::1]:41234->[::1]:80]          UDP:[0.0.0.0:5353]
 *   UNIX-STREAM:[65899->65900]             UNIX-STREAM:[65899,"/run/x"]
 *   UNIX:[65901->65902,@"abstract"]        NETLINK:[ROUTE:1234]
 *   RAW:[65903] (a protocol ltr knows, details not found)
 *   socket:[65904] (a protocol it does not know: the link as it is)
 *
 * The protocol's name comes from the descriptor's "system.sockprotoname"
 * attribute (the kernel's struct proto name: "TCP", "UNIX-STREAM", "UNIX"
 * for datagram and seqpacket UNIX sockets, "UDP-Lite", ...). The details
 * come from NETLINK_SOCK_DIAG: inet_diag dumps for TCP, UDP and the other
 * inet protocols, unix_diag by inode with the peer and the name (which
 * /proc/net/unix lacks), netlink_diag dumps. The diag socket is opened in
 * the tracee's network namespace when it is not ltr's and ltr may enter it
 * (setns needs CAP_SYS_ADMIN); otherwise in ltr's own, where a socket of
 * another namespace is not found and prints as "TCP:[INODE]".
 *
 * Results are cached by inode, as strace does: a direct-mapped table of
 * 1024 entries, filled on a successful lookup, replaced only when another
 * inode of the same slot is looked up. A socket's details are therefore
 * those of its first successful lookup (a UDP socket that connects after
 * it was shown bound keeps showing the bound form, under strace too).
 * A failed lookup is not cached: the next print asks the kernel again
 * (an unbound TCP socket shows "TCP:[INODE]" until it is bound).
 *
 * Nothing here runs unless -yy is given or a script asks (call:fd()).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* setns */
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <sys/xattr.h>

#include "ltr/fdinfo.h"
#include "ltr/pidns.h"
#include "decoders.h"

#ifndef IPPROTO_L2TP
#define IPPROTO_L2TP 115
#endif

/*
 * The protocol names that strace 6.1 resolves (the kernel's names, except
 * "UDPLITE" which the kernel calls "UDP-Lite": such sockets print as
 * "socket:[INODE]" under strace, and so here).
 */
static const struct sock_proto {
	const char *name;
	int family;
	int ipproto;   /* inet_diag's sdiag_protocol */
} protocols[] = {
	{ "UNIX", AF_UNIX, 0 },
	{ "UNIX-STREAM", AF_UNIX, 0 },
	{ "TCP", AF_INET, IPPROTO_TCP },
	{ "UDP", AF_INET, IPPROTO_UDP },
	{ "UDPLITE", AF_INET, IPPROTO_UDPLITE },
	{ "DCCP", AF_INET, IPPROTO_DCCP },
	{ "SCTP", AF_INET, IPPROTO_SCTP },
	{ "L2TP/IP", AF_INET, IPPROTO_L2TP },
	{ "PING", AF_INET, IPPROTO_ICMP },
	{ "RAW", AF_INET, IPPROTO_RAW },
	{ "TCPv6", AF_INET6, IPPROTO_TCP },
	{ "UDPv6", AF_INET6, IPPROTO_UDP },
	{ "UDPLITEv6", AF_INET6, IPPROTO_UDPLITE },
	{ "DCCPv6", AF_INET6, IPPROTO_DCCP },
	{ "SCTPv6", AF_INET6, IPPROTO_SCTP },
	{ "L2TP/IPv6", AF_INET6, IPPROTO_L2TP },
	{ "PINGv6", AF_INET6, IPPROTO_ICMP },
	{ "RAWv6", AF_INET6, IPPROTO_RAW },
	{ "NETLINK", AF_NETLINK, 0 },
};

#define CACHE_SLOTS 1024u

/* Successful lookups; each slot owned (malloc'd) when used. */
static struct cache_entry {
	uint64_t inode;
	struct ltr_sock_info *si;  /* NULL when the slot is empty */
} cache[CACHE_SLOTS];

static const struct ltr_sock_info *cache_get(uint64_t inode)
{
	const struct cache_entry *e = &cache[inode & (CACHE_SLOTS - 1)];

	return e->si && e->inode == inode ? e->si : NULL;
}

/* Stores a copy of si for inode, evicting the slot's previous entry. */
static void cache_put(uint64_t inode, const struct ltr_sock_info *si)
{
	struct cache_entry *e = &cache[inode & (CACHE_SLOTS - 1)];

	if (!e->si)
		e->si = ltr_xmalloc(sizeof(*e->si));
	e->inode = inode;
	*e->si = *si;
}

void ltr_sockinfo_cache_clear(void)
{
	unsigned i;

	for (i = 0; i < CACHE_SLOTS; i++) {
		free(cache[i].si);
		cache[i].si = NULL;
		cache[i].inode = 0;
	}
}

static const struct sock_proto *find_proto(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(protocols) / sizeof(protocols[0]); i++)
		if (!strcmp(protocols[i].name, name))
			return &protocols[i];
	return NULL;
}

/* The name of netlink_protocols.in without its "NETLINK_" prefix. */
const char *ltr_sockinfo_netlink_name(unsigned protocol)
{
	const char *name = ltr_xlat_lookup(LTR_XT(netlink_protocols), protocol);

	return name ? name + strlen("NETLINK_") : NULL;
}

bool ltr_sockinfo_addr(const struct ltr_sock_info *si, const uint8_t addr[16],
		       char *text, size_t size)
{
	return inet_ntop(si->family, addr, text, (socklen_t)size) != NULL;
}

/* "127.0.0.1:80" or "[::1]:80". */
static void put_inet_endpoint(struct ltr_strbuf *out, const struct ltr_sock_info *si,
			      const uint8_t addr[16], unsigned port)
{
	char text[INET6_ADDRSTRLEN];

	if (!ltr_sockinfo_addr(si, addr, text, sizeof(text)))
		text[0] = '\0';
	if (si->family == AF_INET6)
		ltr_sb_printf(out, "[%s]:%u", text, port);
	else
		ltr_sb_printf(out, "%s:%u", text, port);
}

void ltr_sockinfo_format(struct ltr_strbuf *out, const struct ltr_sock_info *si,
			 uint64_t inode, unsigned xflag)
{
	const char *proto = si->proto ? si->proto : "socket";

	if (!si->details) {
		ltr_sb_printf(out, "%s:[%llu]", proto, (unsigned long long)inode);
		return;
	}
	ltr_sb_printf(out, "%s:[", proto);
	switch (si->family) {
	case AF_INET:
	case AF_INET6:
		put_inet_endpoint(out, si, si->laddr, si->lport);
		if (si->has_peer) {
			ltr_sb_puts(out, "->");
			put_inet_endpoint(out, si, si->raddr, si->rport);
		}
		break;
	case AF_UNIX:
		ltr_sb_printf(out, "%llu", (unsigned long long)inode);
		if (si->peer)
			ltr_sb_printf(out, "->%u", si->peer);
		if (si->name_len || si->abstract) {
			struct ltr_decode_opts quote_opts;

			memset(&quote_opts, 0, sizeof(quote_opts));
			quote_opts.xflag = xflag;
			ltr_sb_puts(out, si->abstract ? ",@" : ",");
			ltr_print_quoted(out, si->name, si->name_len, &quote_opts, false);
		}
		break;
	case AF_NETLINK: {
		const char *name = ltr_sockinfo_netlink_name(si->nl_protocol);

		if (name)
			ltr_sb_printf(out, "%s:%u", name, si->portid);
		else
			ltr_sb_printf(out, "%u", (unsigned)si->nl_protocol);
		break;
	}
	default:
		break;
	}
	ltr_sb_putc(out, ']');
}

static int parse_inet(const void *data, size_t len, uint64_t inode,
		      struct ltr_sock_info *si)
{
	static const uint32_t zero[4];
	struct inet_diag_msg msg;
	size_t addr_size;

	if (len < sizeof(msg))
		return -1;
	memcpy(&msg, data, sizeof(msg));
	if (msg.idiag_inode != inode)
		return 0;
	if (msg.idiag_family == AF_INET)
		addr_size = 4;
	else if (msg.idiag_family == AF_INET6)
		addr_size = 16;
	else
		return -1;
	si->family = msg.idiag_family;
	memset(si->laddr, 0, sizeof(si->laddr));
	memset(si->raddr, 0, sizeof(si->raddr));
	memcpy(si->laddr, msg.id.idiag_src, addr_size);
	memcpy(si->raddr, msg.id.idiag_dst, addr_size);
	si->lport = ntohs(msg.id.idiag_sport);
	si->rport = ntohs(msg.id.idiag_dport);
	/* A peer is shown when it has a port or an address. */
	si->has_peer = msg.id.idiag_dport || memcmp(msg.id.idiag_dst, zero, addr_size);
	si->details = true;
	return 1;
}

static int parse_unix(const void *data, size_t len, uint64_t inode,
		      struct ltr_sock_info *si)
{
	struct unix_diag_msg msg;
	const unsigned char *attrs = (const unsigned char *)data + NLMSG_ALIGN(sizeof(msg));
	size_t left, path_len = 0;
	const char *path = NULL;
	uint32_t peer = 0;

	if (len < sizeof(msg))
		return -1;
	memcpy(&msg, data, sizeof(msg));
	if (msg.udiag_ino != inode)
		return 0;
	if (msg.udiag_family != AF_UNIX)
		return -1;
	left = len > NLMSG_ALIGN(sizeof(msg)) ? len - NLMSG_ALIGN(sizeof(msg)) : 0;
	while (left >= sizeof(struct rtattr)) {
		struct rtattr rta;
		size_t payload;

		memcpy(&rta, attrs, sizeof(rta));
		if (rta.rta_len < sizeof(rta) || rta.rta_len > left)
			break;
		payload = rta.rta_len - RTA_LENGTH(0);
		if (rta.rta_type == UNIX_DIAG_NAME && !path) {
			path = (const char *)attrs + RTA_LENGTH(0);
			path_len = payload;
		} else if (rta.rta_type == UNIX_DIAG_PEER && payload >= 4) {
			memcpy(&peer, attrs + RTA_LENGTH(0), 4);
		}
		if (RTA_ALIGN(rta.rta_len) >= left)
			break;
		left -= RTA_ALIGN(rta.rta_len);
		attrs += RTA_ALIGN(rta.rta_len);
	}
	if (path_len > sizeof(si->name))
		path_len = sizeof(si->name);
	/* Nothing more than the inode: not a result (not cached). */
	if (!peer && !path_len)
		return -1;
	si->family = AF_UNIX;
	si->peer = peer;
	si->abstract = false;
	si->name_len = 0;
	if (path_len) {
		/* Up to the first NUL; abstract names start with one ("@"). */
		bool abstract = path[0] == '\0';
		const char *name = path + abstract;
		size_t name_len = strnlen(name, path_len - abstract);

		si->abstract = abstract;
		memcpy(si->name, name, name_len);
		si->name_len = (uint8_t)name_len;
	}
	si->details = true;
	return 1;
}

static int parse_netlink(const void *data, size_t len, uint64_t inode,
			 struct ltr_sock_info *si)
{
	struct netlink_diag_msg msg;

	if (len < sizeof(msg))
		return -1;
	memcpy(&msg, data, sizeof(msg));
	if (msg.ndiag_ino != inode)
		return 0;
	if (msg.ndiag_family != AF_NETLINK)
		return -1;
	si->family = AF_NETLINK;
	si->nl_protocol = msg.ndiag_protocol;
	si->portid = msg.ndiag_portid;
	si->details = true;
	return 1;
}

int ltr_sockinfo_parse_msg(const void *data, size_t len, int family,
			   uint64_t inode, struct ltr_sock_info *si)
{
	switch (family) {
	case AF_INET:
	case AF_INET6:
		return parse_inet(data, len, inode, si);
	case AF_UNIX:
		return parse_unix(data, len, inode, si);
	case AF_NETLINK:
		return parse_netlink(data, len, inode, si);
	default:
		return -1;
	}
}

int ltr_sockinfo_parse_reply(const void *buf, size_t len, int family,
			     uint64_t inode, struct ltr_sock_info *si)
{
	const unsigned char *p = buf;

	while (len >= sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		int rc;

		memcpy(&h, p, sizeof(h));
		if (h.nlmsg_len < sizeof(h) || h.nlmsg_len > len)
			return -1;
		/* NLMSG_DONE and NLMSG_ERROR end the search too. */
		if (h.nlmsg_type != SOCK_DIAG_BY_FAMILY)
			return -1;
		rc = ltr_sockinfo_parse_msg(p + NLMSG_HDRLEN, h.nlmsg_len - NLMSG_HDRLEN,
					    family, inode, si);
		if (rc)
			return rc;
		if (NLMSG_ALIGN(h.nlmsg_len) >= len)
			break;
		len -= NLMSG_ALIGN(h.nlmsg_len);
		p += NLMSG_ALIGN(h.nlmsg_len);
	}
	return 0;
}

/*
 * A NETLINK_SOCK_DIAG socket in pid's network namespace when that is not
 * ltr's and setns allows it, else in ltr's. Returns the descriptor or -1;
 * the caller closes it.
 */
static int open_diag_socket(pid_t pid)
{
	struct timeval timeout = { 1, 0 };
	struct stat ours, theirs;
	char path[320];
	int fd = -1;

	/* /proc's name for pid: not pid when /proc is an outer pid namespace's */
	if (ltr_pidns_proc_path(pid, "ns/net", path, sizeof(path)) == 0 &&
	    stat("/proc/self/ns/net", &ours) == 0 && stat(path, &theirs) == 0 &&
	    (ours.st_ino != theirs.st_ino || ours.st_dev != theirs.st_dev)) {
		int our_ns = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
		int their_ns = open(path, O_RDONLY | O_CLOEXEC);

		if (our_ns >= 0 && their_ns >= 0 && setns(their_ns, CLONE_NEWNET) == 0) {
			fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
			if (setns(our_ns, CLONE_NEWNET) != 0 && fd >= 0) {
				/* Stuck in the tracee's namespace: nothing to undo it with. */
				close(fd);
				fd = -1;
			}
		}
		if (our_ns >= 0)
			close(our_ns);
		if (their_ns >= 0)
			close(their_ns);
	}
	if (fd < 0)
		fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	/* The kernel answers at once; this only bounds a misbehaving one. */
	if (fd >= 0)
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
	return fd;
}

static bool send_request(int fd, const void *req, size_t len)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	ssize_t n;

	do
		n = sendto(fd, req, len, 0, (const struct sockaddr *)&kernel, sizeof(kernel));
	while (n < 0 && errno == EINTR);
	return n == (ssize_t)len;
}

static bool send_query(int fd, const struct sock_proto *sp, uint64_t inode)
{
	if (sp->family == AF_UNIX) {
		/* One socket by inode, with its name and its peer. */
		struct {
			struct nlmsghdr h;
			struct unix_diag_req r;
		} req;

		memset(&req, 0, sizeof(req));
		req.h.nlmsg_len = sizeof(req);
		req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
		req.h.nlmsg_flags = NLM_F_REQUEST;
		req.r.sdiag_family = AF_UNIX;
		req.r.udiag_states = ~0u;
		req.r.udiag_ino = (uint32_t)inode;
		req.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
		req.r.udiag_cookie[0] = req.r.udiag_cookie[1] = ~0u;
		return send_request(fd, &req, sizeof(req));
	}
	if (sp->family == AF_NETLINK) {
		struct {
			struct nlmsghdr h;
			struct netlink_diag_req r;
		} req;

		memset(&req, 0, sizeof(req));
		req.h.nlmsg_len = sizeof(req);
		req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
		req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
		req.r.sdiag_family = AF_NETLINK;
		req.r.sdiag_protocol = NDIAG_PROTO_ALL;
		return send_request(fd, &req, sizeof(req));
	}
	{
		/* inet_diag answers requests by inode only with the full 4-tuple: dump. */
		struct {
			struct nlmsghdr h;
			struct inet_diag_req_v2 r;
		} req;

		memset(&req, 0, sizeof(req));
		req.h.nlmsg_len = sizeof(req);
		req.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
		req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
		req.r.sdiag_family = (uint8_t)sp->family;
		req.r.sdiag_protocol = (uint8_t)sp->ipproto;
		req.r.idiag_states = ~0u;
		return send_request(fd, &req, sizeof(req));
	}
}

/*
 * Asks the kernel for inode's details; true when si was filled. Reads the
 * reply until the socket is found, the dump ends or a reply is malformed
 * (bounded by the dump's size and the receive timeout).
 */
static bool query_kernel(pid_t pid, const struct sock_proto *sp, uint64_t inode,
			 struct ltr_sock_info *si)
{
	static long buf[32768 / sizeof(long)];
	int fd = open_diag_socket(pid);
	int flags = 0, rc = 0;

	if (fd < 0)
		return false;
	if (send_query(fd, sp, inode)) {
		while (rc == 0) {
			ssize_t n = recv(fd, buf, sizeof(buf), flags);

			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			rc = ltr_sockinfo_parse_reply(buf, (size_t)n, sp->family, inode, si);
			/* The rest of a dump is queued already. */
			flags = MSG_DONTWAIT;
		}
	}
	close(fd);
	return rc > 0;
}

bool ltr_sockinfo_lookup(pid_t tid, const char *link, uint64_t inode,
			 struct ltr_sock_info *si)
{
	const struct sock_proto *sp;
	const struct ltr_sock_info *cached = cache_get(inode);
	char name[32];
	ssize_t n;

	if (cached) {
		*si = *cached;
		return true;
	}
	memset(si, 0, sizeof(*si));
	n = getxattr(link, "system.sockprotoname", name, sizeof(name) - 1);
	if (n <= 0)
		return false;
	name[n] = '\0';   /* the kernel's value may or may not end with a NUL */
	sp = find_proto(name);
	if (!sp)
		return false;
	si->proto = sp->name;
	si->family = sp->family;
	if (query_kernel(tid, sp, inode, si))
		cache_put(inode, si);
	else
		si->details = false;
	return true;
}
