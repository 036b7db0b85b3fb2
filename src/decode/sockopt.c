/* SPDX-License-Identifier: MIT */
/*
 * Socket options: getsockopt and setsockopt, their option names by level
 * and their values as strace 6.1 prints them. A value is decoded only
 * when the call is verbose and the pointer is not NULL; a structure that
 * getsockopt returns shorter than its size shows the fields that fit and
 * the bytes of the one cut (strace's MAYBE_PRINT_FIELD_LEN); setsockopt
 * decodes a structure only when given at least (or exactly, where the
 * kernel wants it) its size. Lengths are ints, printed signed.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* Levels (SOL_*) whose options have a table. */
enum {
	LEVEL_IP = 0, LEVEL_SOCKET = 1, LEVEL_TCP = 6, LEVEL_UDP = 17,
	LEVEL_IPV6 = 41, LEVEL_RAW = 255, LEVEL_PACKET = 263, LEVEL_NETLINK = 270,
};

/* Options decoded (uapi values, by level). */
enum {
	SO_LINGER_ = 13, SO_PEERCRED_ = 17, SO_ERROR_ = 4, SO_ATTACH_FILTER_ = 26,
	SO_ATTACH_REUSEPORT_CBPF_ = 51, SO_TXREHASH_ = 74,
	IP_ADD_MEMBERSHIP_ = 35, IP_DROP_MEMBERSHIP_ = 36,
	MCAST_JOIN_GROUP_ = 42, MCAST_LEAVE_GROUP_ = 45,
	IPV6_ADD_MEMBERSHIP_ = 20, IPV6_DROP_MEMBERSHIP_ = 21,
	IPV6_JOIN_ANYCAST_ = 27, IPV6_LEAVE_ANYCAST_ = 28,
	PACKET_ADD_MEMBERSHIP_ = 1, PACKET_DROP_MEMBERSHIP_ = 2,
	PACKET_RX_RING_ = 5, PACKET_STATISTICS_ = 6, PACKET_TX_RING_ = 13,
	ICMP_FILTER_ = 1, NETLINK_LIST_MEMBERSHIPS_ = 9,
};

/* --- option names --- */

static const struct ltr_xlat_table *level_table(uint32_t level, const char **unknown)
{
	switch (level) {
	case LEVEL_SOCKET: *unknown = "SO_???"; return LTR_XT(sol_socket_options);
	case LEVEL_IP: *unknown = "IP_???"; return LTR_XT(ip_options);
	case LEVEL_IPV6: *unknown = "IPV6_???"; return LTR_XT(ipv6_options);
	case LEVEL_TCP: *unknown = "TCP_???"; return LTR_XT(tcp_options);
	case LEVEL_UDP: *unknown = "UDP_???"; return LTR_XT(sock_udp_options);
	case LEVEL_PACKET: *unknown = "PACKET_???"; return LTR_XT(sock_packet_options);
	case LEVEL_RAW: *unknown = "RAW_???"; return LTR_XT(sock_raw_options);
	case LEVEL_NETLINK: *unknown = "NETLINK_???"; return LTR_XT(sock_netlink_options);
	default: *unknown = NULL; return NULL;
	}
}

/* "fd, level, name": the name's table depends on the level (and the call). */
static void print_fd_level_name(struct ltr_call *c, bool get)
{
	uint32_t level = (uint32_t)c->args[1], name = (uint32_t)c->args[2];
	const char *unknown, *text = NULL;
	const struct ltr_xlat_table *table = level_table(level, &unknown);

	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(socket_levels), level, "SOL_??");
	ltr_sb_puts(c->out, ", ");
	if (!table) {
		ltr_sb_printf(c->out, "%u", name);
		return;
	}
	/* the value 26 is SO_GET_FILTER to getsockopt */
	if (get && level == LEVEL_SOCKET)
		text = ltr_xlat_lookup(LTR_XT(getsock_options), name);
	if (!text)
		text = ltr_xlat_lookup(table, name);
	if (text)
		ltr_print_xlat(c->out, name, LTR_XF_HEX, text);
	else
		ltr_print_xval(c->out, NULL, name, unknown);
}

/* --- values --- */

/* "[42]": the int at addr, or its address. */
static void print_int_at(struct ltr_call *c, uint64_t addr)
{
	int32_t v;

	if (ltr_fetch(c, addr, &v, 4))
		ltr_sb_printf(c->out, "[%d]", v);
}

/*
 * One field of a structure of which len bytes were returned: the field
 * (print it, returns 1), the bytes of it that fit in hex (returns 0, and
 * prints them), or nothing when none fits (returns 0). sep goes first.
 */
static int field_fits(struct ltr_call *c, const char *sep, const char *name,
		      const unsigned char *buf, unsigned off, unsigned size, unsigned len)
{
	if (len <= off)
		return 0;
	ltr_sb_puts(c->out, sep);
	ltr_sb_printf(c->out, "%s=", name);
	if (len >= off + size)
		return 1;
	ltr_print_quoted_hex(c->out, (const char *)buf + off, len - off, false);
	return 0;
}

/*
 * A structure of u32 (or int) fields returned by getsockopt, len bytes
 * of it (clamped to its size): SO_LINGER, SO_PEERCRED, PACKET_STATISTICS.
 * pid_field: the index of a field that holds a pid (-1: none).
 */
static void print_get_u32_struct(struct ltr_call *c, uint64_t addr, unsigned len,
				 const char *const *names, unsigned nfields,
				 bool is_signed, int pid_field)
{
	unsigned char buf[16];
	unsigned i;

	if (len > nfields * 4)
		len = nfields * 4;
	if (!ltr_fetch(c, addr, buf, len))
		return;
	for (i = 0; i < nfields; i++) {
		uint32_t v = ltr_get_u32(buf + 4 * i);

		if (!field_fits(c, i ? ", " : "{", names[i], buf, 4 * i, 4, len))
			continue;
		if ((int)i == pid_field)
			ltr_print_pid(c, (int32_t)v);
		else if (is_signed)
			ltr_sb_printf(c->out, "%d", (int32_t)v);
		else
			ltr_sb_printf(c->out, "%u", v);
	}
	ltr_sb_putc(c->out, '}');
}

static void print_get_error(struct ltr_call *c, uint64_t addr, unsigned len)
{
	uint32_t err;

	if (len < 4) {
		ltr_print_buf_hex(c, addr, len);
		return;
	}
	if (!ltr_fetch(c, addr, &err, 4))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xlat(c->out, err, LTR_XF_UDEC, ltr_errno_name((int)err));
	ltr_sb_putc(c->out, ']');
}

/* SO_TXREHASH: [SOCK_TXREHASH_DEFAULT]. */
static void print_txrehash(struct ltr_call *c, uint64_t addr, int len)
{
	int32_t v;

	if (len < 4) {
		if (!c->exiting)
			ltr_print_addr(c->out, addr);
		else
			ltr_print_buf_hex(c, addr, (unsigned)len);
		return;
	}
	if (!ltr_fetch(c, addr, &v, 4))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, LTR_XT(sockopt_txrehash_vals), (uint64_t)(int64_t)v);
	ltr_sb_putc(c->out, ']');
}

/*
 * ICMP_FILTER: the set of ICMP types as bit numbers, "~[...]" listing
 * the bits not set when more than half are.
 */
static void print_icmp_filter(struct ltr_call *c, uint64_t addr, int len)
{
	uint32_t data = ~0u;
	bool first = true;
	unsigned i, bits = 0;

	if (len <= 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (len > 4)
		len = 4;
	if (!ltr_fetch(c, addr, &data, (unsigned)len))
		return;
	for (i = 0; i < 32; i++)
		bits += data >> i & 1;
	if (bits > 16) {
		data = ~data;
		ltr_sb_putc(c->out, '~');
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < 32; i++) {
		if (!(data >> i & 1))
			continue;
		if (!first)
			ltr_sb_putc(c->out, ' ');
		first = false;
		ltr_print_xval(c->out, LTR_XT(icmp_filter_flags), i, "ICMP_???");
	}
	ltr_sb_putc(c->out, ']');
}

/* NETLINK_LIST_MEMBERSHIPS: an array of u32 group bitmaps. */
static void print_u32_array(struct ltr_call *c, uint64_t addr, unsigned count)
{
	uint64_t i;
	uint32_t v;

	if (!count) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	if (!ltr_fetch(c, addr, &v, 4))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < count; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= ltr_array_max(c)) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (i && ltr_mem_read(c->mem, addr + 4 * i, &v, 4) < 0) {
			ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)(addr + 4 * i));
			break;
		}
		ltr_sb_printf(c->out, "%u", v);
	}
	ltr_sb_putc(c->out, ']');
}

/* The default: an int when the length is that of an int, else the bytes. */
static void print_default(struct ltr_call *c, uint64_t addr, int len)
{
	if (len == 4)
		print_int_at(c, addr);
	else
		ltr_print_buf(c, addr, (uint64_t)(int64_t)len);
}

static void print_get_value(struct ltr_call *c, uint64_t addr, int ulen, int rlen)
{
	static const char *const linger[] = { "l_onoff", "l_linger" };
	static const char *const ucred[] = { "pid", "uid", "gid" };
	static const char *const stats[] = { "tp_packets", "tp_drops", "tp_freeze_q_cnt" };
	uint32_t level = (uint32_t)c->args[1], name = (uint32_t)c->args[2];

	/* the kernel returns no negative length: one was forged */
	if (ulen <= 0 || rlen <= 0 || !addr || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	switch (level) {
	case LEVEL_SOCKET:
		switch (name) {
		case SO_LINGER_:
			print_get_u32_struct(c, addr, (unsigned)rlen, linger, 2, true, -1);
			return;
		case SO_PEERCRED_:
			print_get_u32_struct(c, addr, (unsigned)rlen, ucred, 3, false, 0);
			return;
		case SO_ATTACH_FILTER_:
			/* the kernel returns sock_fprog.len, an unsigned short */
			if ((unsigned)rlen <= 0xffff)
				ltr_print_sock_filters(c, addr, (unsigned)rlen);
			else
				ltr_print_addr(c->out, addr);
			return;
		case SO_ERROR_:
			print_get_error(c, addr, (unsigned)rlen);
			return;
		case SO_TXREHASH_:
			print_txrehash(c, addr, rlen);
			return;
		}
		if (ltr_xlat_lookup(LTR_XT(sol_socket_int_options), name)) {
			if (rlen >= 4)
				print_int_at(c, addr);
			else
				ltr_print_buf_hex(c, addr, (unsigned)rlen);
			return;
		}
		break;
	case LEVEL_PACKET:
		if (name == PACKET_STATISTICS_) {
			print_get_u32_struct(c, addr, (unsigned)rlen, stats, 3, false, -1);
			return;
		}
		break;
	case LEVEL_RAW:
		if (name == ICMP_FILTER_) {
			print_icmp_filter(c, addr, rlen);
			return;
		}
		break;
	case LEVEL_NETLINK:
		if (name == NETLINK_LIST_MEMBERSHIPS_)
			print_u32_array(c, addr, (unsigned)(ulen < rlen ? ulen : rlen) / 4);
		else
			print_int_at(c, addr);
		return;
	}
	print_default(c, addr, rlen);
}

/* getsockopt(fd, level, optname, optval, optlen): value and length at exit. */
void ltr_decode_getsockopt(struct ltr_call *c)
{
	uint64_t val = ltr_word_mask(c, c->args[3]), lenaddr = ltr_word_mask(c, c->args[4]);
	int32_t rlen;

	if (!c->exiting) {
		int32_t ulen = 0;

		print_fd_level_name(c, true);
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = ltr_call_verbose(c) && ltr_fetch_quiet(c, lenaddr, &ulen, 4);
		c->saved[0] = (uint32_t)ulen;
		return;
	}
	if (!c->saved[1]) {
		ltr_print_addr(c->out, val);
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, lenaddr);
		return;
	}
	if (ltr_call_failed(c) || !ltr_fetch_quiet(c, lenaddr, &rlen, 4)) {
		ltr_print_addr(c->out, val);
		ltr_sb_printf(c->out, ", [%d]", (int32_t)c->saved[0]);
		return;
	}
	print_get_value(c, val, (int32_t)c->saved[0], rlen);
	ltr_sb_puts(c->out, ", ");
	ltr_print_socklen_inout(c, lenaddr, true, (int32_t)c->saved[0]);
}

/* setsockopt values: a structure of size bytes when len allows, else the address. */
static bool fetch_set(struct ltr_call *c, uint64_t addr, int len, void *buf,
		      unsigned size, bool exact)
{
	if (exact ? len != (int)size : len < (int)size) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	return ltr_fetch(c, addr, buf, size);
}

/* struct ip_mreq, struct ipv6_mreq */
static void print_mreq(struct ltr_call *c, uint64_t addr, int len, bool v6)
{
	unsigned char buf[20];

	if (!fetch_set(c, addr, len, buf, v6 ? 20 : 8, false))
		return;
	ltr_sb_putc(c->out, '{');
	if (v6) {
		ltr_print_inet_addr(c->out, 10, buf, 16, "ipv6mr_multiaddr");
		ltr_sb_puts(c->out, ", ipv6mr_interface=");
		ltr_print_ifindex(c->out, ltr_get_u32(buf + 16));
	} else {
		ltr_print_inet_addr(c->out, 2, buf, 4, "imr_multiaddr");
		ltr_sb_puts(c->out, ", ");
		ltr_print_inet_addr(c->out, 2, buf + 4, 4, "imr_interface");
	}
	ltr_sb_putc(c->out, '}');
}

/*
 * struct group_req: gr_interface, then a sockaddr_storage aligned as a
 * pointer (offset 8, size 136; 4 and 132 for i386).
 */
static void print_group_req(struct ltr_call *c, uint64_t addr, int len)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[8 + 128 + 1];

	memset(buf, 0, sizeof(buf));
	if (!fetch_set(c, addr, len, buf, ws + 128, false))
		return;
	ltr_sb_puts(c->out, "{gr_interface=");
	ltr_print_ifindex(c->out, ltr_get_u32(buf));
	ltr_sb_puts(c->out, ", gr_group=");
	ltr_print_sockaddr_buf(c, buf + ws, 128);
	ltr_sb_putc(c->out, '}');
}

static void print_tpacket_req(struct ltr_call *c, uint64_t addr, int len)
{
	uint32_t v[4];

	/* as strace: the address also when unreadable, NULL included */
	if (len != 16 || !ltr_call_verbose(c) || ltr_mem_read(c->mem, addr, v, 16) < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_printf(c->out, "{tp_block_size=%u, tp_block_nr=%u, tp_frame_size=%u, tp_frame_nr=%u}",
		      v[0], v[1], v[2], v[3]);
}

/* struct packet_mreq: mr_ifindex, mr_type, mr_alen, mr_address[8]. */
static void print_packet_mreq(struct ltr_call *c, uint64_t addr, int len)
{
	unsigned char buf[16];
	unsigned alen;

	if (len != 16 || !ltr_call_verbose(c) || ltr_mem_read(c->mem, addr, buf, 16) < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	alen = (unsigned)(buf[6] | buf[7] << 8);
	ltr_sb_puts(c->out, "{mr_ifindex=");
	ltr_print_ifindex(c->out, ltr_get_u32(buf));
	ltr_sb_puts(c->out, ", mr_type=");
	ltr_print_xval(c->out, LTR_XT(packet_mreq_types), (unsigned)(buf[4] | buf[5] << 8),
		       "PACKET_MR_???");
	ltr_sb_printf(c->out, ", mr_alen=%u, mr_address=", alen);
	ltr_print_mac_addr(c->out, buf + 8, alen < 8 ? alen : 8);
	ltr_sb_putc(c->out, '}');
}

static void print_set_value(struct ltr_call *c, uint64_t addr, int len)
{
	uint32_t level = (uint32_t)c->args[1], name = (uint32_t)c->args[2];
	int32_t v[2];

	if (!addr || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	switch (level) {
	case LEVEL_SOCKET:
		switch (name) {
		case SO_LINGER_:
			if (fetch_set(c, addr, len, v, 8, false))
				ltr_sb_printf(c->out, "{l_onoff=%d, l_linger=%d}", v[0], v[1]);
			return;
		case SO_ATTACH_FILTER_:
		case SO_ATTACH_REUSEPORT_CBPF_:
			/* a struct sock_fprog of the tracee's size */
			if (len == (int)(2 * ltr_wordsize(c)))
				ltr_print_sock_fprog(c, addr);
			else
				ltr_print_addr(c->out, addr);
			return;
		case SO_TXREHASH_:
			print_txrehash(c, addr, len);
			return;
		}
		if (ltr_xlat_lookup(LTR_XT(sol_socket_int_options), name)) {
			if (len < 4)
				ltr_print_addr(c->out, addr);
			else
				print_int_at(c, addr);
			return;
		}
		break;
	case LEVEL_IP:
	case LEVEL_IPV6:
		switch (name) {
		case IP_ADD_MEMBERSHIP_:
		case IP_DROP_MEMBERSHIP_:
			if (level == LEVEL_IP) {
				print_mreq(c, addr, len, false);
				return;
			}
			break;
		case IPV6_ADD_MEMBERSHIP_:
		case IPV6_DROP_MEMBERSHIP_:
		case IPV6_JOIN_ANYCAST_:
		case IPV6_LEAVE_ANYCAST_:
			if (level == LEVEL_IPV6) {
				print_mreq(c, addr, len, true);
				return;
			}
			break;
		case MCAST_JOIN_GROUP_:
		case MCAST_LEAVE_GROUP_:
			print_group_req(c, addr, len);
			return;
		}
		break;
	case LEVEL_PACKET:
		switch (name) {
		case PACKET_RX_RING_:
		case PACKET_TX_RING_:
			print_tpacket_req(c, addr, len);
			return;
		case PACKET_ADD_MEMBERSHIP_:
		case PACKET_DROP_MEMBERSHIP_:
			print_packet_mreq(c, addr, len);
			return;
		}
		break;
	case LEVEL_RAW:
		if (name == ICMP_FILTER_) {
			print_icmp_filter(c, addr, len);
			return;
		}
		break;
	case LEVEL_NETLINK:
		if (len < 4)
			ltr_print_addr(c->out, addr);
		else
			print_int_at(c, addr);
		return;
	}
	print_default(c, addr, len);
}

/* setsockopt(fd, level, optname, optval, optlen): all at entry. */
void ltr_decode_setsockopt(struct ltr_call *c)
{
	int len = ltr_call_arg_int(c, 4);

	if (c->exiting)
		return;
	print_fd_level_name(c, false);
	ltr_sb_puts(c->out, ", ");
	print_set_value(c, ltr_word_mask(c, c->args[3]), len);
	ltr_sb_printf(c->out, ", %d", len);
}
