/* SPDX-License-Identifier: MIT */
/*
 * Netlink decoding (src/decode/netlink/) through sendto's row, on fake
 * tracee memory with a fake "this descriptor is a NETLINK_ROUTE socket":
 * a real message, and hostile lengths (nlmsg_len 0, below the header,
 * beyond the buffer), attributes with bad nla_len, truncated and
 * unreadable buffers. The well-formed lines are what strace 6.1 prints
 * for the same bytes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "decoders.h"

#define BUF 0x10000

static struct fake_call fc;

static int route_socket(pid_t tid, int fd)
{
	(void)tid;
	return fd == 3 ? 0 : -1;  /* 3: NETLINK_ROUTE; others: not netlink */
}

/* sendto(fd, BUF, len, 0, NULL, 0) of the len bytes of msg mapped at BUF. */
static const char *send_msg(int fd, const void *msg, size_t mapped, uint64_t len)
{
	uint64_t args[6] = { (uint64_t)fd, BUF, len, 0, 0, 0 };

	fake_mem_reset();
	if (mapped)
		fake_mem_map(BUF, msg, mapped);
	fake_call_init_row(&fc, "x86_64", fake_row("sendto"), args);
	return fake_call_run(&fc, (int64_t)len, NULL);
}

/* RTM_GETLINK dump request with IFLA_EXT_MASK, as `ip link` sends it. */
static const unsigned char getlink[40] = {
	40, 0, 0, 0, 18, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0,     /* nlmsghdr */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,       /* ifinfomsg */
	8, 0, 29, 0, 1, 0, 0, 0,                              /* IFLA_EXT_MASK */
};

static void test_getlink(void **state)
{
	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	assert_string_equal(send_msg(3, getlink, sizeof(getlink), sizeof(getlink)),
		"sendto(3, [{nlmsg_len=40, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, "
		"ifi_change=0}, [{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]], "
		"40, 0, NULL, 0) = 40");
	/* zero flags are "0" in every style, as strace (not "0 /" "* 0 *" "/") */
	{
		unsigned char m[16] = { 16, 0, 0, 0, 18, 0, 0, 0 };

		ltr_decode_opts.xlat_style = LTR_XLAT_VERBOSE;
		assert_non_null(strstr(send_msg(3, m, sizeof(m), sizeof(m)),
			"nlmsg_type=0x12 /* RTM_GETLINK */, nlmsg_flags=0, nlmsg_seq=0"));
		ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	}
	/* not a netlink socket: a string */
	assert_string_equal(send_msg(4, getlink, sizeof(getlink), 4),
		"sendto(4, \"(\\0\\0\\0\", 4, 0, NULL, 0)     = 4");
	ltr_netlink_set_fd_proto(NULL);
}

static void test_hostile_nlmsg_len(void **state)
{
	unsigned char m[40];

	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	/* nlmsg_len 0: the header alone, no walk past it */
	memcpy(m, getlink, sizeof(m));
	m[0] = 0;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, {nlmsg_len=0, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"40, 0, NULL, 0) = 40");
	/* below the header's size: the same */
	m[0] = 15;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, {nlmsg_len=15, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"40, 0, NULL, 0) = 40");
	/* beyond the buffer: decoded within the 40 bytes given, nothing read past */
	m[0] = 0xff; m[1] = 0xff;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=65535, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, "
		"ifi_change=0}, [{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]], "
		"40, 0, NULL, 0) = 40");
	/* fewer bytes than a header: a hex string */
	assert_string_equal(send_msg(3, getlink, sizeof(getlink), 4),
		"sendto(3, \"\\x28\\x00\\x00\\x00\", 4, 0, NULL, 0) = 4");
	/* a length past the mapped memory: the address */
	assert_string_equal(send_msg(3, getlink, 8, 40),
		"sendto(3, 0x10000, 40, 0, NULL, 0)      = 40");
	/* a second message that cannot be read */
	memcpy(m, getlink, sizeof(m));
	m[0] = 16;
	assert_string_equal(send_msg(3, m, 16, 40),
		"sendto(3, [{nlmsg_len=16, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"... /* 0x10010 */], 40, 0, NULL, 0) = 40");
	ltr_netlink_set_fd_proto(NULL);
}

static void test_hostile_nla_len(void **state)
{
	unsigned char m[40];

	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	memcpy(m, getlink, sizeof(m));
	/* nla_len 0: the attribute header alone */
	m[32] = 0;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=40, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, "
		"ifi_change=0}, {nla_len=0, nla_type=IFLA_EXT_MASK}], "
		"40, 0, NULL, 0) = 40");
	/* nla_len beyond the message: the payload up to the message's end */
	m[32] = 200;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=40, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, "
		"ifi_change=0}, [{nla_len=200, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]], "
		"40, 0, NULL, 0) = 40");
	/* a payload too short for its decoder: hex */
	m[0] = 38; m[32] = 6;
	assert_string_equal(send_msg(3, m, sizeof(m), 38),
		"sendto(3, [{nlmsg_len=38, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, "
		"ifi_change=0}, [{nla_len=6, nla_type=IFLA_EXT_MASK}, \"\\x01\\x00\"]], "
		"38, 0, NULL, 0) = 38");
	/* a truncated ifinfomsg */
	m[0] = 24;
	assert_string_equal(send_msg(3, m, sizeof(m), 24),
		"sendto(3, [{nlmsg_len=24, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
		"{ifi_family=AF_UNSPEC, ...}], 24, 0, NULL, 0) = 24");
	ltr_netlink_set_fd_proto(NULL);
}

/* A nest (IFLA_LINKINFO) whose inner attribute claims more than the nest. */
static void test_nested_bad_len(void **state)
{
	unsigned char m[48] = {
		48, 0, 0, 0, 16, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,     /* RTM_NEWLINK */
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		16, 0, 18, 0,                                         /* IFLA_LINKINFO */
		200, 0, 1, 0, 'v', 'e', 't', 'h', 0, 0, 0, 0,         /* IFLA_INFO_KIND */
	};

	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=48, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, "
		"ifi_index=0, ifi_flags=0, ifi_change=0}, [{nla_len=16, nla_type=IFLA_LINKINFO}, "
		"[{nla_len=200, nla_type=IFLA_INFO_KIND}, \"veth\"]]], "
		"48, 0, NULL, 0) = 48");
	/* the nest cut by the message's end: no byte past nlmsg_len is read */
	m[0] = 40;
	assert_string_equal(send_msg(3, m, 40, 40),
		"sendto(3, [{nlmsg_len=40, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, "
		"ifi_index=0, ifi_flags=0, ifi_change=0}, [{nla_len=16, nla_type=IFLA_LINKINFO}, "
		"{nla_len=200, nla_type=IFLA_INFO_KIND}]], 40, 0, NULL, 0) = 40");
	ltr_netlink_set_fd_proto(NULL);
}

/* -s 1: one message of a list, then "...". */
static void test_abbrev(void **state)
{
	unsigned char m[32];
	uint64_t args[6] = { 3, BUF, 32, 0, 0, 0 };

	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	memcpy(m, getlink, 16);
	memcpy(m + 16, getlink, 16);
	m[0] = m[16] = 16;
	fake_mem_reset();
	fake_mem_map(BUF, m, sizeof(m));
	fake_call_init_row(&fc, "x86_64", fake_row("sendto"), args);
	fc.opts.strsize = 1;
	assert_string_equal(fake_call_run(&fc, 32, NULL),
		"sendto(3, [{nlmsg_len=16, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, ...], "
		"32, 0, NULL, 0) = 32");
	ltr_netlink_set_fd_proto(NULL);
}

/*
 * NLMSG_ERROR quoting the request, with an NLMSGERR_ATTR_MSG (its padding
 * NUL shows: only the last byte's NUL is left out, as strace).
 */
static void test_nlmsgerr(void **state)
{
	unsigned char m[16 + 4 + 16 + 12] = {
		48, 0, 0, 0, 2, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0,
		0xfe, 0xff, 0xff, 0xff,                           /* -ENOENT */
		40, 0, 0, 0, 18, 0, 1, 3, 1, 0, 0, 0, 0, 0, 0, 0,
		8, 0, 1, 0, 'a', 'b', 0, 0, 4, 0, 2, 0,
	};

	(void)state;
	ltr_netlink_set_fd_proto(route_socket);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=48, nlmsg_type=NLMSG_ERROR, "
		"nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=1, nlmsg_pid=0}, "
		"[{error=-ENOENT, msg={nlmsg_len=40, nlmsg_type=RTM_GETLINK, "
		"nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}}, "
		"[[{nla_len=8, nla_type=NLMSGERR_ATTR_MSG}, \"ab\\0\"], "
		"{nla_len=4, nla_type=NLMSGERR_ATTR_OFFS}]]], 48, 0, NULL, 0) = 48");
	ltr_netlink_set_fd_proto(NULL);
}

/* 3: NETLINK_ROUTE, 4: NETLINK_SOCK_DIAG */
static int route_and_diag_sockets(pid_t tid, int fd)
{
	(void)tid;
	return fd == 3 ? 0 : fd == 4 ? 4 : -1;
}

/* RTM_NEWLINK with IFLA_LINKINFO: IFLA_INFO_KIND "tun", IFLA_INFO_DATA's IFLA_TUN_TYPE */
static const unsigned char tun_link[56] = {
	56, 0, 0, 0, 16, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	24, 0, 18, 0, 8, 0, 1, 0, 't', 'u', 'n', 0,
	12, 0, 2, 0, 5, 0, 3, 0, 2, 0, 0, 0,
};
#define LINK_PREFIX \
	"sendto(3, [{nlmsg_len=%u, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_REQUEST, " \
	"nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, " \
	"ifi_index=0, ifi_flags=0, ifi_change=0}, "

/* IFLA_INFO_DATA decoded by the kind seen before it in the nest */
static void test_linkinfo_kind(void **state)
{
	unsigned char m[116] = { 0 };
	char want[512];

	(void)state;
	ltr_netlink_set_fd_proto(route_and_diag_sockets);
	snprintf(want, sizeof(want), LINK_PREFIX "[{nla_len=24, nla_type=IFLA_LINKINFO}, "
		 "[[{nla_len=8, nla_type=IFLA_INFO_KIND}, \"tun\"], [{nla_len=12, "
		 "nla_type=IFLA_INFO_DATA}, [{nla_len=5, nla_type=IFLA_TUN_TYPE}, IFF_TAP]]]]], "
		 "56, 0, NULL, 0) = 56", 56);
	assert_string_equal(send_msg(3, tun_link, sizeof(tun_link), sizeof(tun_link)), want);
	/* the data's payload unreadable: its address */
	snprintf(want, sizeof(want), LINK_PREFIX "[{nla_len=24, nla_type=IFLA_LINKINFO}, "
		 "[[{nla_len=8, nla_type=IFLA_INFO_KIND}, \"tun\"], [{nla_len=12, "
		 "nla_type=IFLA_INFO_DATA}, [{nla_len=5, nla_type=IFLA_TUN_TYPE}, 0x10034]]]]], "
		 "56, 0, NULL, 0) = 56", 56);
	assert_string_equal(send_msg(3, tun_link, 52, sizeof(tun_link)), want);
	/* a kind as long as strace's buffer (64 bytes) is forgotten: the data in hex */
	memcpy(m, tun_link, 36);
	m[0] = 116;
	m[32] = 84;
	m[36] = 68;
	m[38] = 1;
	memcpy(m + 40, "tun", 3);
	memcpy(m + 104, tun_link + 44, 12);
	snprintf(want, sizeof(want), LINK_PREFIX "[{nla_len=84, nla_type=IFLA_LINKINFO}, "
		 "[[{nla_len=68, nla_type=IFLA_INFO_KIND}, \"tun\"], [{nla_len=12, "
		 "nla_type=IFLA_INFO_DATA}, \"\\x05\\x00\\x03\\x00\\x02\\x00\\x00\\x00\"]]]], "
		 "116, 0, NULL, 0) = 116", 116);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)), want);
	ltr_netlink_set_fd_proto(NULL);
}

/* IFLA_VF_IB_NODE_GUID: 12 or 16 bytes, else hex; a payload cut by the message */
static void test_vf_guid(void **state)
{
	unsigned char m[60] = {
		60, 0, 0, 0, 16, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		28, 0, 22, 0, 24, 0, 1, 0,                       /* IFLA_VFINFO_LIST, IFLA_VF_INFO */
		20, 0, 10, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0x88, 0x77, 0x66, 0x55,
		0x44, 0x33, 0x22, 0x11,
	};
	char want[512];

	(void)state;
	ltr_netlink_set_fd_proto(route_and_diag_sockets);
	snprintf(want, sizeof(want), LINK_PREFIX "[{nla_len=28, nla_type=IFLA_VFINFO_LIST}, "
		 "[{nla_len=24, nla_type=IFLA_VF_INFO}, [{nla_len=20, "
		 "nla_type=IFLA_VF_IB_NODE_GUID}, {vf=7, guid=0x1122334455667788}]]]], "
		 "60, 0, NULL, 0) = 60", 60);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)), want);
	/* 13 bytes: no struct of that size */
	m[40] = 17;
	snprintf(want, sizeof(want), LINK_PREFIX "[{nla_len=28, nla_type=IFLA_VFINFO_LIST}, "
		 "[{nla_len=24, nla_type=IFLA_VF_INFO}, [{nla_len=17, "
		 "nla_type=IFLA_VF_IB_NODE_GUID}, \"\\x07\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
		 "\\x88\\x77\\x66\\x55\\x44\"]]]], 60, 0, NULL, 0) = 60", 60);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)), want);
	ltr_netlink_set_fd_proto(NULL);
}

/* SMC_DIAG_FALLBACK's codes: number and name even in the default style */
static void test_smc_fallback(void **state)
{
	unsigned char m[92] = {
		92, 0, 0, 0, 20, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0,
		43, 1, 1, 0, [80] = 12, 0, 5, 0, 0, 0, 2, 3, 7, 0, 0, 0,
	};

	(void)state;
	ltr_netlink_set_fd_proto(route_and_diag_sockets);
	assert_string_equal(send_msg(4, m, sizeof(m), sizeof(m)),
		"sendto(4, [{nlmsg_len=92, nlmsg_type=SOCK_DIAG_BY_FAMILY, "
		"nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=0}, {diag_family=AF_SMC, "
		"diag_state=SMC_ACTIVE, diag_fallback=SMC_DIAG_MODE_FALLBACK_TCP, diag_shutdown=0, "
		"id={idiag_sport=htons(0), idiag_dport=htons(0), idiag_src=inet_addr(\"0.0.0.0\"), "
		"idiag_dst=inet_addr(\"0.0.0.0\"), idiag_if=0, idiag_cookie=[0, 0]}, diag_uid=0, "
		"diag_inode=0}, [{nla_len=12, nla_type=SMC_DIAG_FALLBACK}, "
		"{reason=0x3020000 /* SMC_CLC_DECL_IPSEC */, "
		"peer_diagnosis=0x7 /* SMC_CLC_DECL_??? */}]], 92, 0, NULL, 0) = 92");
	/* 11 bytes: too short for the struct, hex */
	m[0] = 91;
	m[80] = 11;
	assert_string_equal(send_msg(4, m, sizeof(m), 91),
		"sendto(4, [{nlmsg_len=91, nlmsg_type=SOCK_DIAG_BY_FAMILY, "
		"nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=0}, {diag_family=AF_SMC, "
		"diag_state=SMC_ACTIVE, diag_fallback=SMC_DIAG_MODE_FALLBACK_TCP, diag_shutdown=0, "
		"id={idiag_sport=htons(0), idiag_dport=htons(0), idiag_src=inet_addr(\"0.0.0.0\"), "
		"idiag_dst=inet_addr(\"0.0.0.0\"), idiag_if=0, idiag_cookie=[0, 0]}, diag_uid=0, "
		"diag_inode=0}, [{nla_len=11, nla_type=SMC_DIAG_FALLBACK}, "
		"\"\\x00\\x00\\x02\\x03\\x07\\x00\\x00\"]], 91, 0, NULL, 0) = 91");
	ltr_netlink_set_fd_proto(NULL);
}

/* The table-driven header: pads shown only when non-zero; a short header "..." */
static void test_header_table(void **state)
{
	unsigned char m[28] = {
		28, 0, 0, 0, 94, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,   /* RTM_GETSTATS */
		0, 1, 2, 0, 1, 0, 0, 0, 2, 0, 0, 0,                  /* if_stats_msg */
	};

	(void)state;
	ltr_netlink_set_fd_proto(route_and_diag_sockets);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=28, nlmsg_type=RTM_GETSTATS, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=1, nlmsg_pid=0}, {family=AF_UNSPEC, pad1=0x1, pad2=0x2, "
		"ifindex=if_nametoindex(\"lo\"), filter_mask=1<<IFLA_STATS_LINK_64}], "
		"28, 0, NULL, 0) = 28");
	m[17] = m[18] = 0;
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)),
		"sendto(3, [{nlmsg_len=28, nlmsg_type=RTM_GETSTATS, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=1, nlmsg_pid=0}, {family=AF_UNSPEC, ifindex=if_nametoindex(\"lo\"), "
		"filter_mask=1<<IFLA_STATS_LINK_64}], 28, 0, NULL, 0) = 28");
	m[0] = 24;
	assert_string_equal(send_msg(3, m, sizeof(m), 24),
		"sendto(3, [{nlmsg_len=24, nlmsg_type=RTM_GETSTATS, nlmsg_flags=NLM_F_REQUEST, "
		"nlmsg_seq=1, nlmsg_pid=0}, {family=AF_UNSPEC, ...}], 24, 0, NULL, 0) = 24");
	ltr_netlink_set_fd_proto(NULL);
}

/* The array printer: an element that cannot be read ends the list */
static void test_array_unreadable(void **state)
{
	static const unsigned char m[44] = {
		44, 0, 0, 0, 2, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0,     /* NLMSG_ERROR */
		0, 0, 0, 0,
		16, 0, 0, 0, 18, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,
		7, 0, 3, 0, 1, 2, 3, 0,                               /* NLMSGERR_ATTR_COOKIE */
	};
	static const char head[] =
		"sendto(3, [{nlmsg_len=44, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, "
		"nlmsg_seq=1, nlmsg_pid=0}, [{error=0, msg={nlmsg_len=16, "
		"nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}}, "
		"[{nla_len=7, nla_type=NLMSGERR_ATTR_COOKIE}, ";
	char want[512];

	(void)state;
	ltr_netlink_set_fd_proto(route_and_diag_sockets);
	snprintf(want, sizeof(want), "%s[1, 2, 3]]]], 44, 0, NULL, 0) = 44", head);
	assert_string_equal(send_msg(3, m, sizeof(m), sizeof(m)), want);
	snprintf(want, sizeof(want), "%s[1, ... /* 0x10029 */]]]], 44, 0, NULL, 0) = 44", head);
	assert_string_equal(send_msg(3, m, 41, sizeof(m)), want);
	snprintf(want, sizeof(want), "%s0x10028]]], 44, 0, NULL, 0) = 44", head);
	assert_string_equal(send_msg(3, m, 40, sizeof(m)), want);
	ltr_netlink_set_fd_proto(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_getlink),
		cmocka_unit_test(test_hostile_nlmsg_len),
		cmocka_unit_test(test_hostile_nla_len),
		cmocka_unit_test(test_nlmsgerr),
		cmocka_unit_test(test_nested_bad_len),
		cmocka_unit_test(test_abbrev),
		cmocka_unit_test(test_linkinfo_kind),
		cmocka_unit_test(test_vf_guid),
		cmocka_unit_test(test_smc_fallback),
		cmocka_unit_test(test_header_table),
		cmocka_unit_test(test_array_unreadable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
