/* SPDX-License-Identifier: MIT */
/*
 * Socket decoders (net.c) through their syscalls.def rows, on fake
 * tracee memory, x86_64 and i386 layouts. Every expected line was printed
 * by strace 6.1 for the same call made by a small C program (addresses
 * and ports replaced by the fake ones).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

/* Called between entry and exit: the kernel's side of the call. */
typedef void kernel_fn(void);

static void write_u32(uint64_t addr, uint32_t v)
{
	assert_int_equal(ltr_mem_write(&fake_mem, addr, &v, 4), 0);
}

/* Decodes one call of the real row name; returns the whole line. */
static const char *run_k(const char *arch, const char *name, const uint64_t args[6],
			 int64_t ret, kernel_fn *kernel)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	return fake_call_run(&fc, ret, kernel);
}

static const char *run(const char *arch, const char *name, const uint64_t args[6],
		       int64_t ret)
{
	return run_k(arch, name, args, ret, NULL);
}

/* Maps a sockaddr_in for 127.0.0.1:port at addr. */
static void map_sin(uint64_t addr, unsigned port)
{
	unsigned char sa[16] = { 2, 0, (unsigned char)(port >> 8), (unsigned char)port,
				 127, 0, 0, 1 };

	fake_mem_map(addr, sa, sizeof(sa));
}

static void test_socket(void **state)
{
	uint64_t a1[6] = { 2, 1 | 02000000, 0 }, a2[6] = { 17, 2, 0 };
	uint64_t a3[6] = { 1234, 77, 0 }, a4[6] = { 16, 3 | 02000000, 0 };
	uint64_t a5[6] = { 1, 2, 0 }, a6[6] = { 10, 2, 17 }, a7[6] = { 2, 3, 1 };
	uint64_t a8[6] = { 10, 5, 132 }, a9[6] = { 2, 1 | 04000, 0 };

	(void)state;
	fake_mem_reset();
	assert_string_equal(run("x86_64", "socket", a1, 3),
		"socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3");
	assert_string_equal(run("x86_64", "socket", a2, 9),
		"socket(AF_PACKET, SOCK_DGRAM, htons(0 /* ETH_P_??? */)) = 9");
	assert_string_equal(run("x86_64", "socket", a3, -22),
		"socket(0x4d2 /* AF_??? */, 0x4d /* SOCK_??? */, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "socket", a4, 13),
		"socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 13");
	assert_string_equal(run("x86_64", "socket", a5, 9),
		"socket(AF_UNIX, SOCK_DGRAM, 0)          = 9");
	assert_string_equal(run("x86_64", "socket", a6, 12),
		"socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP) = 12");
	assert_string_equal(run("x86_64", "socket", a7, 8),
		"socket(AF_INET, SOCK_RAW, IPPROTO_ICMP) = 8");
	assert_string_equal(run("x86_64", "socket", a8, -94),
		"socket(AF_INET6, SOCK_SEQPACKET, IPPROTO_SCTP) = -1 ESOCKTNOSUPPORT (Socket type not supported)");
	assert_string_equal(run("x86_64", "socket", a9, 6),
		"socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, IPPROTO_IP) = 6");
}

static void test_socketpair_listen_shutdown(void **state)
{
	int32_t fds[2] = { 6, 7 };
	uint64_t sp[6] = { 1, 1, 0, 0x1000 }, sp_bad[6] = { 1, 1, 0, 0x9000 };
	uint64_t l[6] = { 3, 5 }, s1[6] = { 4, 1 }, s2[6] = { 7, 2 }, s3[6] = { 7, 7 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, fds, sizeof(fds));
	assert_string_equal(run("x86_64", "socketpair", sp, 0),
		"socketpair(AF_UNIX, SOCK_STREAM, 0, [6, 7]) = 0");
	assert_string_equal(run("i386", "socketpair", sp, 0),
		"socketpair(AF_UNIX, SOCK_STREAM, 0, [6, 7]) = 0");
	assert_string_equal(run("x86_64", "socketpair", sp_bad, -14),
		"socketpair(AF_UNIX, SOCK_STREAM, 0, 0x9000) = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "listen", l, 0),
		"listen(3, 5)                            = 0");
	assert_string_equal(run("x86_64", "shutdown", s1, 0),
		"shutdown(4, SHUT_WR)                    = 0");
	assert_string_equal(run("x86_64", "shutdown", s2, -107),
		"shutdown(7, SHUT_RDWR)                  = -1 ENOTCONN (Transport endpoint is not connected)");
	assert_string_equal(run("x86_64", "shutdown", s3, -22),
		"shutdown(7, 0x7 /* SHUT_??? */)         = -1 EINVAL (Invalid argument)");
}

static void test_sockaddr(void **state)
{
	unsigned char un[110] = { 1, 0 }, abst[7] = { 1, 0, 0, 'a', 'b', 's', 't' };
	unsigned char in6[28] = { 10, 0, 0, 53 }, nl[12] = { 16, 0 };
	unsigned char pk[16] = { 17, 0 }, v4short[4] = { 2, 0, 0xe9, 'E' };
	uint64_t b1[6] = { 3, 0x1000, 16 }, b2[6] = { 9, 0x2000, 110 };
	uint64_t b3[6] = { 9, 0x2000, 15 }, b4[6] = { 11, 0x3000, 7 };
	uint64_t b5[6] = { 12, 0x4000, 28 }, b6[6] = { 13, 0x5000, 12 };
	uint64_t b7[6] = { 7, 0x6000, 16 }, b8[6] = { 7, 0x7000, 4 };
	uint64_t b9[6] = { 4, 1, 16 }, b10[6] = { 7, 0x7000, 0 }, b11[6] = { 7, 0x2000, 2 };
	uint64_t b12[6] = { 7, 0x8000, 28 };
	unsigned char ll[28] = { 10, 0, 0, 0, 0, 0, 0, 5, 0xfe, 0x80 };
	uint32_t one = 1;

	(void)state;
	fake_mem_reset();
	map_sin(0x1000, 80);
	memcpy(un + 2, "/tmp/nt/sock", 12);
	fake_mem_map(0x2000, un, sizeof(un));
	fake_mem_map(0x3000, abst, sizeof(abst));
	in6[23] = 1;  /* ::1 */
	fake_mem_map(0x4000, in6, sizeof(in6));
	fake_mem_map(0x5000, nl, sizeof(nl));
	fake_mem_map(0x6000, pk, sizeof(pk));
	fake_mem_map(0x7000, v4short, sizeof(v4short));
	ll[23] = 1;
	memcpy(ll + 24, &one, 4);
	fake_mem_map(0x8000, ll, sizeof(ll));
	assert_string_equal(run("x86_64", "bind", b1, 0),
		"bind(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
	assert_string_equal(run("i386", "connect", b1, 0),
		"connect(3, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
	assert_string_equal(run("x86_64", "bind", b2, 0),
		"bind(9, {sa_family=AF_UNIX, sun_path=\"/tmp/nt/sock\"}, 110) = 0");
	assert_string_equal(run("x86_64", "connect", b3, 0),
		"connect(9, {sa_family=AF_UNIX, sun_path=\"/tmp/nt/sock\"}, 15) = 0");
	assert_string_equal(run("x86_64", "bind", b4, 0),
		"bind(11, {sa_family=AF_UNIX, sun_path=@\"abst\"}, 7) = 0");
	assert_string_equal(run("x86_64", "connect", b5, 0),
		"connect(12, {sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0");
	assert_string_equal(run("x86_64", "bind", b6, 0),
		"bind(13, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0");
	assert_string_equal(run("x86_64", "connect", b7, -22),
		"connect(7, {sa_family=AF_PACKET, sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "connect", b8, -22),
		"connect(7, {sa_family=AF_INET, sa_data=\"\\351E\"}, 4) = -1 EINVAL (Invalid argument)");
	/* Unreadable, zero-length and family-only addresses. */
	assert_string_equal(run("x86_64", "connect", b9, -14),
		"connect(4, 0x1, 16)                     = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "connect", b10, -22),
		"connect(7, 0x7000, 0)                   = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "connect", b11, -22),
		"connect(7, {sa_family=AF_UNIX}, 2)      = -1 EINVAL (Invalid argument)");
	/* Link-local with scope 1: the interface by name (lo is index 1). */
	assert_string_equal(run("x86_64", "connect", b12, -101),
		"connect(7, {sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, \"fe80::1\", &sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}, 28) = -1 ENETUNREACH (Network is unreachable)");
}

/* The families strace decodes past AF_INET6: packet, IPX, X.25, Bluetooth, AX.25. */
static void test_sockaddr_families(void **state)
{
	unsigned char ll[20] = { 17, 0, 0, 3, 1, 0, 0, 0, 1, 0, 0, 9, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h' };
	unsigned char ipx[16] = { 4, 0, 0x30, 0x39, 0xfa, 0xce, 0xfe, 0xed, 'A', 'B', 'C', 'D', 'E', 'F', 0xff, 0 };
	unsigned char x25[18] = { 9, 0, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };
	unsigned char l2[14] = { 31, 0, 0x01, 0, 'a', 'b', 'c', 'd', 'e', 'f', 0x01, 0, 2 };
	/* "VALID" SSID 13, no digipeaters */
	unsigned char ax[16] = { 3, 0, 'V' << 1, 'A' << 1, 'L' << 1, 'I' << 1, 'D' << 1, ' ' << 1, 13 << 1 };
	uint64_t c1[6] = { 3, 0x1000, 20 }, c2[6] = { 3, 0x2000, 16 }, c3[6] = { 3, 0x3000, 18 };
	uint64_t c4[6] = { 3, 0x4000, 14 }, c5[6] = { 3, 0x4000, 8 }, c6[6] = { 3, 0x5000, 16 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, ll, sizeof(ll));
	fake_mem_map(0x2000, ipx, sizeof(ipx));
	fake_mem_map(0x3000, x25, sizeof(x25));
	fake_mem_map(0x4000, l2, sizeof(l2));
	fake_mem_map(0x5000, ax, sizeof(ax));
	assert_string_equal(run("x86_64", "connect", c1, -9),
		"connect(3, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL), sll_ifindex=if_nametoindex(\"lo\"), sll_hatype=ARPHRD_ETHER, sll_pkttype=PACKET_HOST, sll_halen=9, sll_addr=[0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, ...]}, 20) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "connect", c2, -9),
		"connect(3, {sa_family=AF_IPX, sipx_port=htons(12345), sipx_network=htonl(0xfacefeed), sipx_node=[0x41, 0x42, 0x43, 0x44, 0x45, 0x46], sipx_type=0xff}, 16) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "connect", c3, -9),
		"connect(3, {sa_family=AF_X25, sx25_addr={x25_addr=\"0123456789abcde\"...}}, 18) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "connect", c4, -9),
		"connect(3, {sa_family=AF_BLUETOOTH, l2_psm=htobs(L2CAP_PSM_SDP), l2_bdaddr=61:62:63:64:65:66, l2_cid=htobs(L2CAP_CID_SIGNALING), l2_bdaddr_type=BDADDR_LE_RANDOM}, 14) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "connect", c5, -9),
		"connect(3, {sa_family=AF_BLUETOOTH, sco_bdaddr=01:00:61:62:63:64}, 8) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "connect", c6, -9),
		"connect(3, {sa_family=AF_AX25, sax25_call=VALID-13, sax25_ndigis=0}, 16) = -1 EBADF (Bad file descriptor)");
}

static void kernel_len16(void)
{
	write_u32(0x2000, 16);
}

static void test_sockname(void **state)
{
	uint32_t len128 = 128;
	uint64_t acc[6] = { 3, 0x1000, 0x2000, 02000000 | 04000 };
	uint64_t gsn[6] = { 3, 0x1000, 0x2000 }, bad[6] = { 99, 0x7fff0cfad750, 0x2000 };
	uint64_t nul[6] = { 6, 0, 0 }, acc0[6] = { 6, 0x1000, 0x2000, 0 };

	(void)state;
	fake_mem_reset();
	map_sin(0x1000, 40772);
	fake_mem_map(0x2000, &len128, 4);
	assert_string_equal(run_k("x86_64", "accept4", acc, 5, kernel_len16),
		"accept4(3, {sa_family=AF_INET, sin_port=htons(40772), sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16], SOCK_CLOEXEC|SOCK_NONBLOCK) = 5");
	/* Entry text ends with ", " (strace's "<unfinished ...>" point). */
	fake_call_init(&fc, "x86_64", "accept4", acc);
	fc.desc = *ltr_syscall_desc_find("accept4");
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "accept4(3, ");
	assert_string_equal(run("i386", "getsockname", gsn, 0),
		"getsockname(3, {sa_family=AF_INET, sin_port=htons(40772), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0");
	assert_string_equal(run("x86_64", "getsockname", bad, -9),
		"getsockname(99, 0x7fff0cfad750, [16])   = -1 EBADF (Bad file descriptor)");
	write_u32(0x2000, 16);
	assert_string_equal(run("x86_64", "accept", gsn, -22),
		"accept(3, 0x1000, [16])                 = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "accept4", acc0, -11),
		"accept4(6, 0x1000, [16], 0)             = -1 EAGAIN (Resource temporarily unavailable)");
	assert_string_equal(run("x86_64", "accept", nul, -11),
		"accept(6, NULL, NULL)                   = -1 EAGAIN (Resource temporarily unavailable)");
	/* A length of 2: only the family ("[2 => 16]"). */
	write_u32(0x2000, 2);
	assert_string_equal(run_k("x86_64", "getsockname", gsn, 0, kernel_len16),
		"getsockname(3, {sa_family=AF_INET}, [2 => 16]) = 0");
	/* addrlen unreadable. */
	gsn[2] = 0x9000;
	assert_string_equal(run("x86_64", "getpeername", gsn, -14),
		"getpeername(3, 0x1000, 0x9000)          = -1 EFAULT (Bad address)");
}

static void test_sendto_recvfrom(void **state)
{
	uint32_t len16 = 16;
	uint64_t st[6] = { 4, 0x3000, 5, 0x4000, 0, 0 };
	uint64_t st2[6] = { 5, 0x3100, 4, 0, 0x1000, 16 };
	uint64_t rf[6] = { 5, 0x3000, 64, 0, 0, 0 };
	uint64_t rf2[6] = { 5, 0x3100, 10, 0, 0x1000, 0x2000 };
	uint64_t rf3[6] = { 4, 0x7ffebac748c0, 5, 2, 0, 0 };
	uint64_t st3[6] = { 3, 0x3200, 43, 0x40, 0, 0 };

	(void)state;
	fake_mem_reset();
	map_sin(0x1000, 59717);
	fake_mem_map(0x2000, &len16, 4);
	fake_mem_map_str(0x3000, "hello");
	fake_mem_map_str(0x3100, "ping");
	fake_mem_map_str(0x3200, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
	assert_string_equal(run("x86_64", "sendto", st, 5),
		"sendto(4, \"hello\", 5, MSG_NOSIGNAL, NULL, 0) = 5");
	assert_string_equal(run("i386", "sendto", st2, 4),
		"sendto(5, \"ping\", 4, 0, {sa_family=AF_INET, sin_port=htons(59717), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 4");
	assert_string_equal(run("x86_64", "sendto", st3, 43),
		"sendto(3, \"abcdefghijklmnopqrstuvwxyz012345\"..., 43, MSG_DONTWAIT, NULL, 0) = 43");
	assert_string_equal(run("x86_64", "recvfrom", rf, 5),
		"recvfrom(5, \"hello\", 64, 0, NULL, NULL) = 5");
	assert_string_equal(run("x86_64", "recvfrom", rf2, 4),
		"recvfrom(5, \"ping\", 10, 0, {sa_family=AF_INET, sin_port=htons(59717), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 4");
	assert_string_equal(run("x86_64", "recvfrom", rf3, -11),
		"recvfrom(4, 0x7ffebac748c0, 5, MSG_PEEK, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable)");
	/* A hostile length: the buffer is cut at --strsize, never read whole. */
	rf[2] = 1ull << 60;
	assert_string_equal(run("x86_64", "recvfrom", rf, 5),
		"recvfrom(5, \"hello\", 1152921504606846976, 0, NULL, NULL) = 5");
}

/* An x86_64 msghdr: name, namelen, iov, iovlen, control, controllen, flags. */
static void map_msghdr64(uint64_t addr, uint64_t name, uint32_t namelen, uint64_t iov,
			 uint64_t iovlen, uint64_t control, uint64_t controllen,
			 uint32_t flags)
{
	uint64_t m[7] = { name, namelen, iov, iovlen, control, controllen, flags };

	fake_mem_map(addr, m, sizeof(m));
}

static void map_msghdr32(uint64_t addr, uint32_t name, uint32_t namelen, uint32_t iov,
			 uint32_t iovlen, uint32_t control, uint32_t controllen,
			 uint32_t flags)
{
	uint32_t m[7] = { name, namelen, iov, iovlen, control, controllen, flags };

	fake_mem_map(addr, m, sizeof(m));
}

static void test_msghdr(void **state)
{
	uint64_t iov64[4] = { 0x3000, 2, 0x3100, 3 };
	uint32_t iov32[4] = { 0x3000, 2, 0x3100, 3 };
	uint64_t riov64[4] = { 0x3200, 3, 0x3300, 10 };
	uint64_t sm[6] = { 4, 0x1000, 0 }, sm32[6] = { 4, 0x1100, 0 };
	uint64_t rm[6] = { 5, 0x1200, 0 }, bad[6] = { 5, 1, 0 };
	/* SCM_RIGHTS with fd 3: x86_64 cmsghdr len 20 (8+4+4+4), space 24. */
	unsigned char cm64[24] = { 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3 };
	unsigned char cm32[16] = { 16, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3 };
	uint64_t cs[6] = { 6, 0x1300, 0 }, cs32[6] = { 6, 0x1400, 0 };
	/* 28 bytes of cmsg in a control buffer of 32, all readable */
	uint32_t cred[8] = { 28, 0, 1, 2, 13041, 0, 0 };
	uint64_t iov1[2] = { 0x3400, 50 };
	uint64_t cr[6] = { 4, 0x1500, 0 }, rmf[6] = { 4, 0x1600, 0x40 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x3000, "ab");
	fake_mem_map_str(0x3100, "cde");
	fake_mem_map(0x3200, "abc", 3);
	fake_mem_map(0x3300, "de\0\0\0\0\0\0\0\0", 10);
	fake_mem_map(0x3400, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", 43);
	fake_mem_map(0x2000, iov64, sizeof(iov64));
	fake_mem_map(0x2100, iov32, sizeof(iov32));
	fake_mem_map(0x2200, riov64, sizeof(riov64));
	fake_mem_map(0x2300, cm64, sizeof(cm64));
	fake_mem_map(0x2400, cm32, sizeof(cm32));
	fake_mem_map(0x2500, cred, sizeof(cred));
	fake_mem_map(0x2600, iov1, sizeof(iov1));
	map_msghdr64(0x1000, 0, 0, 0x2000, 2, 0, 0, 0);
	map_msghdr32(0x1100, 0, 0, 0x2100, 2, 0, 0, 0);
	map_msghdr64(0x1200, 0, 0, 0x2200, 2, 0, 0, 0);
	map_msghdr64(0x1300, 0, 0, 0x3100 - 0x3100 + 0x2600, 1, 0x2300, 24, 0);
	map_msghdr32(0x1400, 0, 0, 0x2100, 1, 0x2400, 16, 0);
	map_msghdr64(0x1500, 0, 0, 0x2600, 1, 0x2500, 32, 0);
	map_msghdr64(0x1600, 0, 128, 0x2600, 1, 0, 0, 0);
	assert_string_equal(run("x86_64", "sendmsg", sm, 5),
		"sendmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5");
	assert_string_equal(run("i386", "sendmsg", sm32, 5),
		"sendmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5");
	assert_string_equal(run("x86_64", "recvmsg", rm, 5),
		"recvmsg(5, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abc\", iov_len=3}, {iov_base=\"de\", iov_len=10}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0) = 5");
	assert_string_equal(run("x86_64", "sendmsg", bad, -14),
		"sendmsg(5, 0x1, 0)                      = -1 EFAULT (Bad address)");
	/* SCM_RIGHTS, both layouts (the fd is 3 in both). */
	iov1[1] = 1;
	assert_int_equal(ltr_mem_write(&fake_mem, 0x2600, iov1, sizeof(iov1)), 0);
	assert_string_equal(run("x86_64", "sendmsg", cs, 1),
		"sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"a\", iov_len=1}], msg_iovlen=1, msg_control=[{cmsg_len=20, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}], msg_controllen=24, msg_flags=0}, 0) = 1");
	assert_string_equal(run("i386", "sendmsg", cs32, 1),
		"sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"ab\", iov_len=2}], msg_iovlen=1, msg_control=[{cmsg_len=16, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3]}], msg_controllen=16, msg_flags=0}, 0) = 1");
	/* SCM_CREDENTIALS, received: iov data limited by the return value. */
	iov1[1] = 50;
	assert_int_equal(ltr_mem_write(&fake_mem, 0x2600, iov1, sizeof(iov1)), 0);
	assert_string_equal(run("x86_64", "recvmsg", cr, 43),
		"recvmsg(4, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"abcdefghijklmnopqrstuvwxyz012345\"..., iov_len=50}], msg_iovlen=1, msg_control=[{cmsg_len=28, cmsg_level=SOL_SOCKET, cmsg_type=SCM_CREDENTIALS, cmsg_data={pid=13041, uid=0, gid=0}}], msg_controllen=32, msg_flags=0}, 0) = 43");
	/* A failed recvmsg shows only msg_namelen. */
	assert_string_equal(run("x86_64", "recvmsg", rmf, -11),
		"recvmsg(4, {msg_namelen=128}, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)");
}

static void kernel_namelen_4108(void)
{
	write_u32(0x4108, 16);
}

static void kernel_namelen16(void)
{
	write_u32(0x1008, 16);
}

static void test_recvmsg_name(void **state)
{
	uint64_t iov[2] = { 0x3000, 1 };
	uint64_t rm[6] = { 5, 0x1000, 0 };

	(void)state;
	fake_mem_reset();
	map_sin(0x4000, 58030);
	fake_mem_map(0x3000, "x", 1);
	fake_mem_map(0x2000, iov, sizeof(iov));
	map_msghdr64(0x1000, 0x4000, 128, 0x2000, 1, 0, 0, 0);
	assert_string_equal(run_k("x86_64", "recvmsg", rm, 1, kernel_namelen16),
		"recvmsg(5, {msg_name={sa_family=AF_INET, sin_port=htons(58030), sin_addr=inet_addr(\"127.0.0.1\")}, msg_namelen=128 => 16, msg_iov=[{iov_base=\"x\", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1");
}

static void test_mmsg(void **state)
{
	/* Two x86_64 mmsghdrs (56-byte msghdr + msg_len + pad). */
	uint64_t mm[16];
	uint64_t iovs[4] = { 0x3000, 3, 0x3100, 3 };
	uint64_t sm[6] = { 3, 0x1000, 2, 0 }, rm[6] = { 4, 0x1000, 2, 0, 0 };

	(void)state;
	fake_mem_reset();
	memset(mm, 0, sizeof(mm));
	mm[2] = 0x2000; mm[3] = 1; mm[7] = 3;
	mm[8 + 2] = 0x2010; mm[8 + 3] = 1; mm[8 + 7] = 3;
	fake_mem_map(0x1000, mm, sizeof(mm));
	fake_mem_map(0x2000, iovs, sizeof(iovs));
	fake_mem_map(0x3000, "one", 3);
	fake_mem_map(0x3100, "two", 3);
	assert_string_equal(run("x86_64", "sendmmsg", sm, 2),
		"sendmmsg(3, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two\", iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}], 2, 0) = 2");
	assert_string_equal(run("x86_64", "recvmmsg", rm, 2),
		"recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"one\", iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"two\", iov_len=3}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=3}], 2, 0, NULL) = 2");
}

/* Decodes one call as run_k, with -v (structures and programs unabbreviated). */
static const char *run_v(const char *arch, const char *name, const uint64_t args[6],
			 int64_t ret, kernel_fn *kernel)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.opts.verbose = true;
	return fake_call_run(&fc, ret, kernel);
}

/*
 * Lengths the kernel takes as ints: -1 is not 4294967295 bytes to read
 * (strace prints the address and -1), and sun_path stops at its 108 bytes.
 */
static void test_hostile_lengths(void **state)
{
	unsigned char un[112] = { 1, 0 }, storage[128] = { 2, 0, 0, 80, 127, 0, 0, 1 };
	char expect[300];
	uint64_t b1[6] = { 3, 0x7000, 0xffffffff }, b2[6] = { 3, 0x2000, 112 };
	uint64_t b3[6] = { 3, 0x1000, 1 }, st[6] = { 3, 0x3000, 1, 0, 0x1000, 0xffffffff };
	uint64_t sm[6] = { 4, 0x4000, 0 }, rm[6] = { 5, 0x4100, 0 };

	(void)state;
	fake_mem_reset();
	map_sin(0x1000, 80);
	memset(un + 2, '0', sizeof(un) - 2);
	fake_mem_map(0x2000, un, sizeof(un));
	fake_mem_map(0x3000, "x", 1);
	/* readable as far as any length could take a decoder */
	fake_mem_map(0x7000, storage, sizeof(storage));
	map_msghdr64(0x4000, 0x7000, 0xffffffff, 0, 0, 0, 0, 0);
	map_msghdr64(0x4100, 0x7000, 0xffffffff, 0, 0, 0, 0, 0);
	assert_string_equal(run("x86_64", "bind", b1, -22),
		"bind(3, 0x7000, -1)                     = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "bind", b1, -22),
		"bind(3, 0x7000, -1)                     = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "connect", b3, -22),
		"connect(3, 0x1000, 1)                   = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "sendto", st, -22),
		"sendto(3, \"x\", 1, 0, 0x1000, -1)        = -1 EINVAL (Invalid argument)");
	snprintf(expect, sizeof(expect), "bind(3, {sa_family=AF_UNIX, sun_path=\"%.108s\"}, 112) = -1 EINVAL (Invalid argument)",
		 "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
	assert_string_equal(run("x86_64", "bind", b2, -22), expect);
	assert_string_equal(run("x86_64", "sendmsg", sm, -22),
		"sendmsg(4, {msg_name=0x7000, msg_namelen=-1, msg_iov=NULL, msg_iovlen=0, msg_controllen=0, msg_flags=0}, 0) = -1 EINVAL (Invalid argument)");
	/* the kernel's 16 after the user's -1: the name is shown for -1 bytes */
	assert_string_equal(run_k("x86_64", "recvmsg", rm, 0, kernel_namelen_4108),
		"recvmsg(5, {msg_name=0x7000, msg_namelen=-1 => 16, msg_iov=NULL, msg_iovlen=0, msg_controllen=0, msg_flags=0}, 0) = 0");
}

static void kernel_optlen7(void)
{
	write_u32(0x2000, 7);
}

/* Options read in part, unreadable values and lengths, structures by level. */
static void test_sockopt_structs(void **state)
{
	int32_t cred[3] = { 14847, 0, 0 }, len16 = 16;
	unsigned char mreq[8] = { 224, 0, 0, 3, 127, 0, 0, 1 };
	unsigned char greq[136] = { 1 }, greq32[132] = { 1 };
	/* ld [SKF_AD_OFF+SKF_AD_PROTOCOL]; ret #-1 */
	unsigned char prog[16] = { 0x30, 0, 0, 0, 0x00, 0xf0, 0xff, 0xff,
				   0x06, 0, 0, 0, 0xff, 0xff, 0xff, 0xff };
	uint64_t fprog[2] = { 2, 0x6000 };
	uint32_t fprog32[2] = { 2, 0x6000 };
	uint64_t g1[6] = { 3, 1, 17, 0x1000, 0x2000 }, g2[6] = { 4, 1, 8, 0x9000, 0x2000 };
	uint64_t g3[6] = { 4, 1, 8, 0x1000, 0x9000 };
	uint64_t s1[6] = { 0, 0, 35, 0x3000, 8 }, s2[6] = { 0, 0, 35, 0x3000, 7 };
	uint64_t s3[6] = { 0, 0, 42, 0x4000, 136 }, s4[6] = { 0, 0, 42, 0x4100, 132 };
	uint64_t s5[6] = { 3, 1, 26, 0x5000, 16 }, s6[6] = { 3, 1, 26, 0x5100, 8 };
	uint64_t s7[6] = { -1ull, 263, 0xffffffff, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, cred, sizeof(cred));
	fake_mem_map(0x2000, &len16, 4);
	fake_mem_map(0x3000, mreq, sizeof(mreq));
	greq[8] = 2; greq[12] = 224; greq[15] = 3;
	fake_mem_map(0x4000, greq, sizeof(greq));
	greq32[4] = 2; greq32[8] = 224; greq32[11] = 3;
	fake_mem_map(0x4100, greq32, sizeof(greq32));
	fake_mem_map(0x5000, fprog, sizeof(fprog));
	fake_mem_map(0x5100, fprog32, sizeof(fprog32));
	fake_mem_map(0x6000, prog, sizeof(prog));
	assert_string_equal(run_k("x86_64", "getsockopt", g1, 0, kernel_optlen7),
		"getsockopt(3, SOL_SOCKET, SO_PEERCRED, {pid=14847, uid=\"\\x00\\x00\\x00\"}, [16 => 7]) = 0");
	write_u32(0x2000, 4);
	assert_string_equal(run("x86_64", "getsockopt", g2, 0),
		"getsockopt(4, SOL_SOCKET, SO_RCVBUF, 0x9000, [4]) = 0");
	assert_string_equal(run("x86_64", "getsockopt", g3, -14),
		"getsockopt(4, SOL_SOCKET, SO_RCVBUF, 0x1000, 0x9000) = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "setsockopt", s1, 0),
		"setsockopt(0, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr(\"224.0.0.3\"), imr_interface=inet_addr(\"127.0.0.1\")}, 8) = 0");
	assert_string_equal(run("x86_64", "setsockopt", s2, -22),
		"setsockopt(0, SOL_IP, IP_ADD_MEMBERSHIP, 0x3000, 7) = -1 EINVAL (Invalid argument)");
	/* struct group_req: the sockaddr_storage is aligned as a pointer */
	assert_string_equal(run("x86_64", "setsockopt", s3, 0),
		"setsockopt(0, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex(\"lo\"), gr_group={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"224.0.0.3\")}}, 136) = 0");
	assert_string_equal(run("i386", "setsockopt", s4, 0),
		"setsockopt(0, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex(\"lo\"), gr_group={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"224.0.0.3\")}}, 132) = 0");
	/* a classic BPF program: its instructions under -v only */
	assert_string_equal(run("x86_64", "setsockopt", s5, 0),
		"setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=0x6000}, 16) = 0");
	assert_string_equal(run_v("x86_64", "setsockopt", s5, 0, NULL),
		"setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), BPF_STMT(BPF_RET|BPF_K, 0xffffffff)]}, 16) = 0");
	assert_string_equal(run_v("i386", "setsockopt", s6, 0, NULL),
		"setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), BPF_STMT(BPF_RET|BPF_K, 0xffffffff)]}, 8) = 0");
	assert_string_equal(run_v("x86_64", "setsockopt", s6, -22, NULL),
		"setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER, 0x5100, 8) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "setsockopt", s7, -9),
		"setsockopt(-1, SOL_PACKET, 0xffffffff /* PACKET_??? */, NULL, 0) = -1 EBADF (Bad file descriptor)");
	/* getsockopt names 26 SO_GET_FILTER */
	g1[2] = 26; g1[3] = 0;
	assert_string_equal(run("x86_64", "getsockopt", g1, -14),
		"getsockopt(3, SOL_SOCKET, SO_GET_FILTER, NULL, [4]) = -1 EFAULT (Bad address)");
}

/* Control messages cut short, overlong or unreadable. */
static void test_cmsg_bounds(void **state)
{
	/* SCM_RIGHTS [3, 4] claiming 100 bytes in a buffer of 24 */
	unsigned char long_len[24] = { 100, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 4 };
	/* a cmsg_len of 0 and 8 more bytes */
	unsigned char zero_len[24] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1 };
	uint64_t m1[6] = { 6, 0x1000, 0 }, m2[6] = { 6, 0x1100, 0 }, m3[6] = { 6, 0x1200, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x2000, long_len, sizeof(long_len));
	fake_mem_map(0x2100, zero_len, sizeof(zero_len));
	map_msghdr64(0x1000, 0, 0, 0, 0, 0x2000, 24, 0);
	map_msghdr64(0x1100, 0, 0, 0, 0, 0x2100, 24, 0);
	/* 64 bytes claimed, 24 readable: the whole buffer is read, or its address */
	map_msghdr64(0x1200, 0, 0, 0, 0, 0x2000, 64, 0);
	assert_string_equal(run("x86_64", "sendmsg", m1, -9),
		"sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=100, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[3, 4]}], msg_controllen=24, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "sendmsg", m2, -9),
		"sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=[{cmsg_len=0, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS}, ... /* 0x2110 */], msg_controllen=24, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("x86_64", "sendmsg", m3, -9),
		"sendmsg(6, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=0x2000, msg_controllen=64, msg_flags=0}, 0) = -1 EBADF (Bad file descriptor)");
}

static void kernel_timeout_left(void)
{
	uint64_t left[2] = { 0, 100 };

	assert_int_equal(ltr_mem_write(&fake_mem, 0x5000, left, sizeof(left)), 0);
}

/* recvmmsg: the timeout as given, then the time left or "Timeout". */
static void test_recvmmsg_timeout(void **state)
{
	uint64_t mm[8], ts[2] = { 0, 12345678 };
	uint64_t rm[6] = { 4, 0x1000, 1, 0, 0x5000 };

	(void)state;
	fake_mem_reset();
	memset(mm, 0, sizeof(mm));
	mm[7] = 0;
	fake_mem_map(0x1000, mm, sizeof(mm));
	fake_mem_map(0x5000, ts, sizeof(ts));
	assert_string_equal(run_k("x86_64", "recvmmsg", rm, 1, kernel_timeout_left),
		"recvmmsg(4, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_controllen=0, msg_flags=0}, msg_len=0}], 1, 0, {tv_sec=0, tv_nsec=12345678}) = 1 (left {tv_sec=0, tv_nsec=100})");
	assert_string_equal(run("x86_64", "recvmmsg", rm, 0),
		"recvmmsg(4, [], 1, 0, {tv_sec=0, tv_nsec=100}) = 0 (Timeout)");
	assert_string_equal(run("x86_64", "recvmmsg", rm, -22),
		"recvmmsg(4, 0x1000, 1, 0, {tv_sec=0, tv_nsec=100}) = -1 EINVAL (Invalid argument)");
}

static void kernel_optlen4(void)
{
	write_u32(0x2000, 4);
}

static void kernel_optlen12(void)
{
	write_u32(0x2000, 12);
}

static void test_sockopt(void **state)
{
	int32_t one = 1, big = 131072, linger[2] = { 1, 5 }, cred[3] = { 14847, 0, 0 };
	uint32_t len4 = 4;
	uint64_t s1[6] = { 3, 1, 2, 0x1000, 4 }, s2[6] = { 4, 6, 1, 0x1000, 4 };
	uint64_t s3[6] = { 12, 41, 26, 0x1000, 4 }, s4[6] = { 5, 1, 12345, 0x1000, 4 };
	uint64_t s5[6] = { 5, 1, 15, 0x7ffebac74950, 2 }, s6[6] = { 3, 999, 1, 0x3000, 8 };
	uint64_t s7[6] = { 3, 1, 25, 0x3100, 3 }, s8[6] = { 5, 1, 13, 0x1200, 8 };
	uint64_t s9[6] = { 5, 0, 1, 0x1000, 4 }, s10[6] = { 3, 999, 1, 0x1000, 4 };
	uint64_t g1[6] = { 4, 1, 8, 0x1100, 0x2000 }, g2[6] = { 3, 1, 17, 0x1300, 0x2000 };
	uint64_t g3[6] = { 4, 1, 4, 0x1000, 0x2000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &one, 4);
	fake_mem_map(0x1100, &big, 4);
	fake_mem_map(0x1200, linger, 8);
	fake_mem_map(0x1300, cred, sizeof(cred));
	fake_mem_map(0x2000, &len4, 4);
	fake_mem_map(0x3000, "abcdefgh", 8);
	fake_mem_map(0x3100, "lo", 3);
	assert_string_equal(run("x86_64", "setsockopt", s1, 0),
		"setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
	assert_string_equal(run("x86_64", "setsockopt", s2, 0),
		"setsockopt(4, SOL_TCP, TCP_NODELAY, [1], 4) = 0");
	assert_string_equal(run("i386", "setsockopt", s3, 0),
		"setsockopt(12, SOL_IPV6, IPV6_V6ONLY, [1], 4) = 0");
	assert_string_equal(run("x86_64", "setsockopt", s4, -92),
		"setsockopt(5, SOL_SOCKET, 0x3039 /* SO_??? */, [1], 4) = -1 ENOPROTOOPT (Protocol not available)");
	assert_string_equal(run("x86_64", "setsockopt", s5, -22),
		"setsockopt(5, SOL_SOCKET, SO_REUSEPORT, 0x7ffebac74950, 2) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "setsockopt", s6, -95),
		"setsockopt(3, 0x3e7 /* SOL_?? */, 1, \"abcdefgh\", 8) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(run("x86_64", "setsockopt", s10, -95),
		"setsockopt(3, 0x3e7 /* SOL_?? */, 1, [1], 4) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(run("x86_64", "setsockopt", s7, 0),
		"setsockopt(3, SOL_SOCKET, SO_BINDTODEVICE, \"lo\\0\", 3) = 0");
	assert_string_equal(run("x86_64", "setsockopt", s8, 0),
		"setsockopt(5, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0");
	assert_string_equal(run("x86_64", "setsockopt", s9, 0),
		"setsockopt(5, SOL_IP, IP_TOS, [1], 4)   = 0");
	assert_string_equal(run("x86_64", "getsockopt", g1, 0),
		"getsockopt(4, SOL_SOCKET, SO_RCVBUF, [131072], [4]) = 0");
	assert_string_equal(run("i386", "getsockopt", g3, 0),
		"getsockopt(4, SOL_SOCKET, SO_ERROR, [EPERM], [4]) = 0");
	write_u32(0x2000, 16);
	assert_string_equal(run_k("x86_64", "getsockopt", g2, 0, kernel_optlen12),
		"getsockopt(3, SOL_SOCKET, SO_PEERCRED, {pid=14847, uid=0, gid=0}, [16 => 12]) = 0");
	write_u32(0x2000, 8);
	assert_string_equal(run_k("x86_64", "getsockopt", g1, 0, kernel_optlen4),
		"getsockopt(4, SOL_SOCKET, SO_RCVBUF, [131072], [8 => 4]) = 0");
	assert_string_equal(run("x86_64", "getsockopt", g1, -9),
		"getsockopt(4, SOL_SOCKET, SO_RCVBUF, 0x1100, [4]) = -1 EBADF (Bad file descriptor)");
}

static void test_socketcall(void **state)
{
	uint32_t sock_args[3] = { 2, 1, 6 }, send_args[4] = { 3, 0x3000, 5, 0x40 };
	uint32_t recv_args[4] = { 4, 0x3000, 5, 2 };
	uint64_t sc1[6] = { 1, 0x1000 }, sc2[6] = { 9, 0x1100 }, sc3[6] = { 10, 0x1200 };
	uint64_t bad[6] = { 99, 0x1000 }, unreadable[6] = { 1, 0x9000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, sock_args, sizeof(sock_args));
	fake_mem_map(0x1100, send_args, sizeof(send_args));
	fake_mem_map(0x1200, recv_args, sizeof(recv_args));
	fake_mem_map(0x3000, "hello", 5);
	assert_string_equal(run("i386", "socketcall", sc1, 4),
		"socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 4");
	assert_string_equal(run("i386", "socketcall", sc2, 5),
		"send(3, \"hello\", 5, MSG_DONTWAIT)       = 5");
	assert_string_equal(run("i386", "socketcall", sc3, -11),
		"recv(4, 0x3000, 5, MSG_PEEK)            = -1 EAGAIN (Resource temporarily unavailable)");
	assert_string_equal(run("i386", "socketcall", bad, -22),
		"socketcall(99, 0x1000)                  = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "socketcall", unreadable, -14),
		"socketcall(1, 0x9000)                   = -1 EFAULT (Bad address)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_socket),
		cmocka_unit_test(test_socketpair_listen_shutdown),
		cmocka_unit_test(test_sockaddr),
		cmocka_unit_test(test_sockname),
		cmocka_unit_test(test_sendto_recvfrom),
		cmocka_unit_test(test_msghdr),
		cmocka_unit_test(test_recvmsg_name),
		cmocka_unit_test(test_mmsg),
		cmocka_unit_test(test_sockopt),
		cmocka_unit_test(test_socketcall),
		cmocka_unit_test(test_hostile_lengths),
		cmocka_unit_test(test_sockaddr_families),
		cmocka_unit_test(test_sockopt_structs),
		cmocka_unit_test(test_cmsg_bounds),
		cmocka_unit_test(test_recvmmsg_timeout),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
