/* SPDX-License-Identifier: MIT */
/*
 * -yy socket details (sockinfo.c): the sock_diag reply parsers on fake
 * replies, then ltr_print_fd on live loopback sockets of this process.
 * The expected strings are strace 6.1's for the same sockets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "ltr/fdinfo.h"
#include "decoders.h"

/* A reply buffer being built: netlink messages back to back. */
static unsigned char reply[4096];
static size_t reply_len;
static struct ltr_strbuf out;

static void reply_reset(void)
{
	memset(reply, 0, sizeof(reply));
	reply_len = 0;
}

/* Appends a message of type with body; returns the body's offset. */
static size_t reply_add(uint16_t type, const void *body, size_t len)
{
	struct nlmsghdr h = { .nlmsg_len = (uint32_t)NLMSG_LENGTH(len), .nlmsg_type = type };
	size_t at = reply_len;

	assert_true(reply_len + NLMSG_SPACE(len) <= sizeof(reply));
	memcpy(reply + at, &h, sizeof(h));
	if (len)
		memcpy(reply + at + NLMSG_HDRLEN, body, len);
	reply_len += NLMSG_SPACE(len);
	return at + NLMSG_HDRLEN;
}

/* Appends an attribute to the last message (len grows with it). */
static void reply_attr(size_t msg_body, uint16_t type, const void *data, size_t len)
{
	struct nlmsghdr h;
	struct rtattr rta = { .rta_len = (unsigned short)RTA_LENGTH(len), .rta_type = type };
	size_t msg = msg_body - NLMSG_HDRLEN;

	memcpy(&h, reply + msg, sizeof(h));
	assert_true(msg + NLMSG_ALIGN(h.nlmsg_len) + RTA_SPACE(len) <= sizeof(reply));
	memcpy(reply + msg + NLMSG_ALIGN(h.nlmsg_len), &rta, sizeof(rta));
	memcpy(reply + msg + NLMSG_ALIGN(h.nlmsg_len) + RTA_LENGTH(0), data, len);
	h.nlmsg_len = NLMSG_ALIGN(h.nlmsg_len) + (uint32_t)RTA_LENGTH(len);
	memcpy(reply + msg, &h, sizeof(h));
	reply_len = msg + NLMSG_ALIGN(h.nlmsg_len);
}

static struct inet_diag_msg inet_msg(int family, const char *src, uint16_t sport,
				     const char *dst, uint16_t dport, uint32_t inode)
{
	struct inet_diag_msg m;

	memset(&m, 0, sizeof(m));
	m.idiag_family = (uint8_t)family;
	assert_int_equal(inet_pton(family, src, m.id.idiag_src), 1);
	assert_int_equal(inet_pton(family, dst, m.id.idiag_dst), 1);
	m.id.idiag_sport = htons(sport);
	m.id.idiag_dport = htons(dport);
	m.idiag_inode = inode;
	return m;
}

/*
 * Parses the reply for inode and formats what it found as -yy does;
 * returns that text ("" when nothing was found).
 */
static const char *parse(int family, uint32_t inode, const char *proto,
			 unsigned xflag, int want_rc)
{
	struct ltr_sock_info si;
	int rc;

	memset(&si, 0, sizeof(si));
	ltr_sb_reset(&out);
	rc = ltr_sockinfo_parse_reply(reply, reply_len, family, inode, &si);
	assert_int_equal(rc, want_rc);
	if (rc == 1) {
		assert_true(si.details);
		si.proto = proto;
		ltr_sockinfo_format(&out, &si, inode, xflag);
	}
	return ltr_sb_cstr(&out);
}

static void test_inet(void **state)
{
	static const int32_t done;
	struct inet_diag_msg m;

	(void)state;
	reply_reset();
	m = inet_msg(AF_INET, "127.0.0.1", 41234, "127.0.0.1", 80, 100);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m = inet_msg(AF_INET, "127.0.0.1", 8080, "0.0.0.0", 0, 101);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m = inet_msg(AF_INET, "0.0.0.0", 5353, "0.0.0.0", 0, 102);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	/* A peer with an address but port 0, and one with a port only. */
	m = inet_msg(AF_INET, "10.0.0.1", 7, "10.0.0.2", 0, 103);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m = inet_msg(AF_INET, "0.0.0.0", 7, "0.0.0.0", 9, 104);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	reply_add(NLMSG_DONE, &done, sizeof(done));

	assert_string_equal(parse(AF_INET, 100, "TCP", 0, 1), "TCP:[127.0.0.1:41234->127.0.0.1:80]");
	assert_string_equal(parse(AF_INET, 101, "TCP", 0, 1), "TCP:[127.0.0.1:8080]");
	assert_string_equal(parse(AF_INET, 102, "UDP", 0, 1), "UDP:[0.0.0.0:5353]");
	assert_string_equal(parse(AF_INET, 103, "UDP", 0, 1), "UDP:[10.0.0.1:7->10.0.0.2:0]");
	assert_string_equal(parse(AF_INET, 104, "UDP", 0, 1), "UDP:[0.0.0.0:7->0.0.0.0:9]");
	/* Not in the dump: the search ends at NLMSG_DONE, nothing appended. */
	assert_string_equal(parse(AF_INET, 999, "TCP", 0, -1), "");

	reply_reset();
	m = inet_msg(AF_INET6, "::1", 44528, "::1", 45755, 200);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m = inet_msg(AF_INET6, "::", 80, "::", 0, 201);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m = inet_msg(AF_INET6, "::ffff:127.0.0.1", 1, "fe80::1", 2, 202);
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	assert_string_equal(parse(AF_INET6, 200, "TCPv6", 0, 1), "TCPv6:[[::1]:44528->[::1]:45755]");
	assert_string_equal(parse(AF_INET6, 201, "TCPv6", 0, 1), "TCPv6:[[::]:80]");
	assert_string_equal(parse(AF_INET6, 202, "UDPv6", 0, 1),
			    "UDPv6:[[::ffff:127.0.0.1]:1->[fe80::1]:2]");
	/* A dump chunk without it (more to read): 0. */
	assert_string_equal(parse(AF_INET6, 999, "TCPv6", 0, 0), "");
}

static void test_unix(void **state)
{
	struct unix_diag_msg m;
	static const char path[] = "/run/x.sock";
	static const char abstract[] = "\0abstract-x";
	static const char weird[] = "/tmp/a\"b\nc";
	uint32_t peer = 65900;
	size_t body;

	(void)state;
	reply_reset();
	memset(&m, 0, sizeof(m));
	m.udiag_family = AF_UNIX;

	m.udiag_ino = 65899;
	body = reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	reply_attr(body, UNIX_DIAG_PEER, &peer, 4);
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX-STREAM", 0, 1), "UNIX-STREAM:[65899->65900]");

	reply_reset();
	body = reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	reply_attr(body, UNIX_DIAG_NAME, path, sizeof(path) - 1);
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX-STREAM", 0, 1),
			    "UNIX-STREAM:[65899,\"/run/x.sock\"]");

	/* Both, the name first; an abstract name. */
	reply_reset();
	body = reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	reply_attr(body, UNIX_DIAG_NAME, abstract, sizeof(abstract) - 1);
	reply_attr(body, UNIX_DIAG_PEER, &peer, 4);
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX", 0, 1),
			    "UNIX:[65899->65900,@\"abstract-x\"]");

	/* Quoting, and -x / -xx. */
	reply_reset();
	body = reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	reply_attr(body, UNIX_DIAG_NAME, weird, sizeof(weird) - 1);
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX", 0, 1),
			    "UNIX:[65899,\"/tmp/a\\\"b\\nc\"]");
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX", 2, 1),
			    "UNIX:[65899,\"\\x2f\\x74\\x6d\\x70\\x2f\\x61\\x22\\x62\\x0a\\x63\"]");

	/* Neither peer nor name: no details, the caller prints the inode. */
	reply_reset();
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX-STREAM", 0, -1), "");
	/* Another socket's reply. */
	assert_string_equal(parse(AF_UNIX, 1, "UNIX-STREAM", 0, 0), "");
	/* An error reply. */
	reply_reset();
	reply_add(NLMSG_ERROR, &peer, 4);
	assert_string_equal(parse(AF_UNIX, 65899, "UNIX", 0, -1), "");
}

static void test_netlink(void **state)
{
	struct netlink_diag_msg m;

	(void)state;
	reply_reset();
	memset(&m, 0, sizeof(m));
	m.ndiag_family = AF_NETLINK;
	m.ndiag_protocol = 0;
	m.ndiag_portid = 1234;
	m.ndiag_ino = 10;
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m.ndiag_protocol = 15;
	m.ndiag_portid = 3646925933u;   /* an autobound (negative) port id */
	m.ndiag_ino = 11;
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m.ndiag_protocol = 17;          /* no name */
	m.ndiag_ino = 12;
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	m.ndiag_protocol = 4;
	m.ndiag_portid = 0;
	m.ndiag_ino = 13;
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));

	assert_string_equal(parse(AF_NETLINK, 10, "NETLINK", 0, 1), "NETLINK:[ROUTE:1234]");
	assert_string_equal(parse(AF_NETLINK, 11, "NETLINK", 0, 1),
			    "NETLINK:[KOBJECT_UEVENT:3646925933]");
	assert_string_equal(parse(AF_NETLINK, 12, "NETLINK", 0, 1), "NETLINK:[17]");
	assert_string_equal(parse(AF_NETLINK, 13, "NETLINK", 0, 1), "NETLINK:[SOCK_DIAG:0]");
}

static void test_malformed(void **state)
{
	struct inet_diag_msg m = inet_msg(AF_INET, "127.0.0.1", 1, "0.0.0.0", 0, 5);
	struct nlmsghdr h;

	(void)state;
	/* A body too short for its struct. */
	reply_reset();
	reply_add(SOCK_DIAG_BY_FAMILY, &m, 8);
	assert_string_equal(parse(AF_INET, 5, "TCP", 0, -1), "");
	/* A length beyond the buffer. */
	reply_reset();
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	memcpy(&h, reply, sizeof(h));
	h.nlmsg_len = 9999;
	memcpy(reply, &h, sizeof(h));
	assert_string_equal(parse(AF_INET, 5, "TCP", 0, -1), "");
	/* A family that does not match the message. */
	m.idiag_family = AF_UNIX;
	reply_reset();
	reply_add(SOCK_DIAG_BY_FAMILY, &m, sizeof(m));
	assert_string_equal(parse(AF_INET, 5, "TCP", 0, -1), "");
	/* Half a header: nothing to parse yet. */
	reply_len = 4;
	assert_string_equal(parse(AF_INET, 5, "TCP", 0, 0), "");
}

/* --- live sockets of this process (loopback only) --- */

static struct fake_call fc;

static bool have_sock_diag(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);

	if (fd < 0)
		return false;
	close(fd);
	return true;
}

static unsigned long inode_of(int fd)
{
	struct stat st;

	assert_int_equal(fstat(fd, &st), 0);
	return (unsigned long)st.st_ino;
}

/* ltr_print_fd(fd) under fd_paths (2 = -yy). */
static const char *print_fd(int fd, unsigned fd_paths)
{
	static const uint64_t args[6];

	fake_call_init(&fc, "x86_64", "close", args);
	fc.opts.fd_paths = fd_paths;
	ltr_print_fd(&fc.c, fd);
	return fake_call_take(&fc);
}

static void test_live_socketpair(void **state)
{
	char want[128];
	int sv[2];

	(void)state;
	if (!have_sock_diag())
		skip();
	ltr_sockinfo_cache_clear();
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	snprintf(want, sizeof(want), "%d<UNIX-STREAM:[%lu->%lu]>", sv[0], inode_of(sv[0]),
		 inode_of(sv[1]));
	assert_string_equal(print_fd(sv[0], 2), want);
	/* Again, from the cache. */
	assert_string_equal(print_fd(sv[0], 2), want);
	/* -y alone: the link. */
	snprintf(want, sizeof(want), "%d<socket:[%lu]>", sv[0], inode_of(sv[0]));
	assert_string_equal(print_fd(sv[0], 1), want);
	close(sv[0]);
	close(sv[1]);

	assert_int_equal(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
	snprintf(want, sizeof(want), "%d<UNIX:[%lu->%lu]>", sv[1], inode_of(sv[1]),
		 inode_of(sv[0]));
	assert_string_equal(print_fd(sv[1], 2), want);
	close(sv[0]);
	close(sv[1]);
}

static void test_live_inet(void **state)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t len = sizeof(sa);
	char want[128];
	int lfd, ufd, dfd;

	(void)state;
	if (!have_sock_diag())
		skip();
	ltr_sockinfo_cache_clear();
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	lfd = socket(AF_INET, SOCK_STREAM, 0);
	assert_true(lfd >= 0);
	/* Unbound: the kernel does not list it. */
	snprintf(want, sizeof(want), "%d<TCP:[%lu]>", lfd, inode_of(lfd));
	assert_string_equal(print_fd(lfd, 2), want);
	assert_int_equal(bind(lfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(listen(lfd, 1), 0);
	assert_int_equal(getsockname(lfd, (struct sockaddr *)&sa, &len), 0);
	snprintf(want, sizeof(want), "%d<TCP:[127.0.0.1:%u]>", lfd, ntohs(sa.sin_port));
	assert_string_equal(print_fd(lfd, 2), want);

	/* UDP: cached at its first successful lookup, as strace does. */
	ufd = socket(AF_INET, SOCK_DGRAM, 0);
	dfd = socket(AF_INET, SOCK_DGRAM, 0);
	assert_true(ufd >= 0 && dfd >= 0);
	sa.sin_port = 0;
	assert_int_equal(bind(ufd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	len = sizeof(sa);
	assert_int_equal(getsockname(ufd, (struct sockaddr *)&sa, &len), 0);
	snprintf(want, sizeof(want), "%d<UDP:[127.0.0.1:%u]>", ufd, ntohs(sa.sin_port));
	assert_string_equal(print_fd(ufd, 2), want);
	/* dfd's peer is ufd. */
	assert_int_equal(connect(dfd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_int_equal(connect(ufd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	assert_string_equal(print_fd(ufd, 2), want);
	ltr_sockinfo_cache_clear();
	snprintf(want, sizeof(want), "%d<UDP:[127.0.0.1:%u->127.0.0.1:%u]>", ufd,
		 ntohs(sa.sin_port), ntohs(sa.sin_port));
	assert_string_equal(print_fd(ufd, 2), want);
	close(lfd);
	close(ufd);
	close(dfd);
}

static void test_live_unknown(void **state)
{
	char want[128];
	int fd;

	(void)state;
	if (!have_sock_diag())
		skip();
	/* UDP-Lite: the kernel's name is not one strace resolves. */
	fd = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDPLITE);
	if (fd < 0)
		skip();
	snprintf(want, sizeof(want), "%d<socket:[%lu]>", fd, inode_of(fd));
	assert_string_equal(print_fd(fd, 2), want);
	close(fd);
}

static int teardown(void **state)
{
	(void)state;
	ltr_sb_free(&out);
	fake_call_free(&fc);
	ltr_sockinfo_cache_clear();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_inet),
		cmocka_unit_test(test_unix),
		cmocka_unit_test(test_netlink),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_live_socketpair),
		cmocka_unit_test(test_live_inet),
		cmocka_unit_test(test_live_unknown),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
