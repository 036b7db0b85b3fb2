/* SPDX-License-Identifier: MIT */
/*
 * Sockets: socket/socketpair arguments, socket addresses (AF_INET,
 * AF_INET6, AF_UNIX incl. abstract names, AF_NETLINK, others as raw
 * sa_data), the socklen_t in/out pairs ("[128 => 16]"), msghdr with its
 * iovecs and control messages, mmsghdr arrays and socket options, as
 * strace 6.1 prints them. Layouts follow c->arch->wordsize (i386 msghdr
 * and cmsghdr have 4-byte pointers and lengths).
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* Largest sockaddr printed (sizeof(struct sockaddr_storage)). */
#define SOCKADDR_MAX 128
/* Control data read at most from one msghdr. */
#define CONTROL_MAX 4096

/* --- socket(), socketpair() --- */

void ltr_print_arg_sock_type(struct ltr_call *c, unsigned idx)
{
	uint32_t v = (uint32_t)c->args[idx];
	uint32_t type = v & 0xf, flags = v & ~0xfu;
	const char *name = ltr_xlat_lookup(LTR_XT(socket_types), type);

	/* An unknown type makes the whole value unknown, as in strace. */
	if (!name) {
		ltr_print_xval(c->out, LTR_XT(socket_types), v, "SOCK_???");
		return;
	}
	ltr_print_xlat(c->out, type, LTR_XF_HEX, name);
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags_dflt(c->out, LTR_XT(socket_flags), flags, NULL, "SOCK_???");
	}
}

/* The protocol argument of socket(): its table depends on the family (arg 0). */
void ltr_print_arg_sock_proto(struct ltr_call *c, unsigned idx)
{
	uint32_t family = (uint32_t)c->args[0];
	uint32_t proto = (uint32_t)c->args[idx];

	switch (family) {
	case 2:  /* AF_INET */
	case 10: /* AF_INET6 */
		ltr_print_xval(c->out, LTR_XT(inet_protocols), proto, "IPPROTO_???");
		break;
	case 16: /* AF_NETLINK */
		ltr_print_xval(c->out, LTR_XT(netlink_protocols), proto, "NETLINK_???");
		break;
	case 17: /* AF_PACKET: a network-order ETH_P_* */
		ltr_sb_puts(c->out, "htons(");
		ltr_print_xval(c->out, LTR_XT(ethernet_protocols),
			       (uint16_t)((proto >> 8 & 0xff) | (proto & 0xff) << 8),
			       "ETH_P_???");
		ltr_sb_putc(c->out, ')');
		break;
	default:
		ltr_sb_printf(c->out, "%u", proto);
		break;
	}
}

/* socketpair's sv: "[3, 4]" at exit. */
void ltr_print_arg_fd_pair(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t fds[2];

	if (ltr_call_failed(c) || !c->exiting) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, fds, sizeof(fds)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_fd(c, fds[0]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_fd(c, fds[1]);
	ltr_sb_putc(c->out, ']');
}

/* --- socket addresses --- */

static void print_family(struct ltr_strbuf *out, unsigned family)
{
	ltr_sb_puts(out, "sa_family=");
	ltr_print_xval(out, LTR_XT(address_families), family, "AF_???");
}

static void print_sa_data(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	ltr_sb_puts(c->out, ", sa_data=");
	ltr_print_quoted(c->out, (const char *)sa + 2, len - 2, c->opts, false);
}

static void print_sockaddr_un(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	const char *path = (const char *)sa + 2;
	unsigned n = len - 2;

	ltr_sb_puts(c->out, ", sun_path=");
	if (path[0] == '\0' && n > 1) {
		ltr_sb_putc(c->out, '@');
		ltr_print_quoted(c->out, path + 1, n - 1, c->opts, false);
		return;
	}
	ltr_print_quoted(c->out, path, strnlen(path, n), c->opts, false);
}

/*
 * A field in network byte order ("sin_port", "sin_addr"): under -X raw
 * and verbose first its bytes in hex, as strace does; then, unless raw,
 * text (in a comment when verbose).
 */
static bool net_field_begin(struct ltr_strbuf *out, const unsigned char *bytes,
			    size_t len)
{
	enum ltr_xlat_style style = ltr_xlat_style();

	if (style == LTR_XLAT_ABBREV)
		return true;
	ltr_print_quoted_hex(out, (const char *)bytes, len, false);
	if (style == LTR_XLAT_RAW)
		return false;
	ltr_sb_puts(out, " /* ");
	return true;
}

/* "htons(80)" of the port at p (2 bytes, network order), styled by -X. */
static void print_net_port(struct ltr_strbuf *out, const unsigned char *p)
{
	if (!net_field_begin(out, p, 2))
		return;
	ltr_sb_printf(out, "htons(%u)", (unsigned)(p[0] << 8 | p[1]));
	ltr_xlat_end(out);
}

static void print_sockaddr_in(struct ltr_call *c, const unsigned char *sa)
{
	char text[INET_ADDRSTRLEN];

	inet_ntop(AF_INET, sa + 4, text, sizeof(text));
	ltr_sb_puts(c->out, ", sin_port=");
	print_net_port(c->out, sa + 2);
	ltr_sb_puts(c->out, ", sin_addr=");
	if (!net_field_begin(c->out, sa + 4, 4))
		return;
	ltr_sb_printf(c->out, "inet_addr(\"%s\")", text);
	ltr_xlat_end(c->out);
}

/* Link-local unicast (fe80::/10) or link-local multicast (ff02::/16). */
static int is_link_local6(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 0x2);
}

static void print_sockaddr_in6(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	char text[INET6_ADDRSTRLEN], ifname[IF_NAMESIZE];
	uint32_t flowinfo, scope;

	memcpy(&flowinfo, sa + 4, 4);
	inet_ntop(AF_INET6, sa + 8, text, sizeof(text));
	ltr_sb_puts(c->out, ", sin6_port=");
	print_net_port(c->out, sa + 2);
	ltr_sb_puts(c->out, ", sin6_flowinfo=");
	if (net_field_begin(c->out, sa + 4, 4)) {
		ltr_sb_printf(c->out, "htonl(%u)", ntohl(flowinfo));
		ltr_xlat_end(c->out);
	}
	/* the abbreviated form names the field inside inet_pton() only */
	ltr_sb_puts(c->out, ", ");
	if (ltr_xlat_style() != LTR_XLAT_ABBREV)
		ltr_sb_puts(c->out, "sin6_addr=");
	if (net_field_begin(c->out, sa + 8, 16)) {
		ltr_sb_printf(c->out, "inet_pton(AF_INET6, \"%s\"%s)", text,
			      ltr_xlat_style() == LTR_XLAT_ABBREV ? ", &sin6_addr" : "");
		ltr_xlat_end(c->out);
	}
	if (len < 28)
		return;
	scope = ltr_get_u32(sa + 24);
	if (scope && is_link_local6(sa + 8) && if_indextoname(scope, ifname)) {
		char name[IF_NAMESIZE + 20];

		snprintf(name, sizeof(name), "if_nametoindex(\"%s\")", ifname);
		ltr_sb_puts(c->out, ", sin6_scope_id=");
		ltr_print_xlat(c->out, scope, LTR_XF_UDEC, name);
	} else {
		ltr_sb_printf(c->out, ", sin6_scope_id=%u", scope);
	}
}

/* Prints len bytes of a sockaddr already read (2 <= len <= SOCKADDR_MAX). */
static void print_sockaddr_bytes(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned family = (unsigned)(sa[0] | sa[1] << 8);

	ltr_sb_putc(c->out, '{');
	print_family(c->out, family);
	if (len > 2) {
		switch (family) {
		case 1:
			print_sockaddr_un(c, sa, len);
			break;
		case 2:
			if (len >= 16)
				print_sockaddr_in(c, sa);
			else
				print_sa_data(c, sa, len);
			break;
		case 10:
			if (len >= 24)
				print_sockaddr_in6(c, sa, len);
			else
				print_sa_data(c, sa, len);
			break;
		case 16:
			if (len >= 12) {
				/* as strace: nl_pad only when set, nl_pid signed, "%#08x" groups */
				unsigned pad = (unsigned)sa[2] | (unsigned)sa[3] << 8;

				if (pad)
					ltr_sb_printf(c->out, ", nl_pad=%#x", pad);
				ltr_sb_puts(c->out, ", nl_pid=");
				ltr_print_pid(c, (int)ltr_get_u32(sa + 4));
				ltr_sb_printf(c->out, ", nl_groups=%#08x", ltr_get_u32(sa + 8));
			}
			else
				print_sa_data(c, sa, len);
			break;
		default:
			print_sa_data(c, sa, len);
			break;
		}
	}
	ltr_sb_putc(c->out, '}');
}

void ltr_print_sockaddr(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	unsigned char sa[SOCKADDR_MAX];
	unsigned n = len > SOCKADDR_MAX ? SOCKADDR_MAX : (unsigned)len;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (n < 2 || !ltr_fetch_quiet(c, addr, sa, n)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_sockaddr_bytes(c, sa, n);
}

/* A sockaddr input argument; its length is argument param. */
void ltr_print_arg_sockaddr(struct ltr_call *c, unsigned idx)
{
	unsigned lenidx = c->desc ? c->desc->args[idx].param : idx + 1;

	ltr_print_sockaddr(c, ltr_word_mask(c, c->args[idx]), (uint32_t)c->args[lenidx]);
}

/*
 * A socklen_t in/out argument at exit: "[16]" or "[128 => 16]". in_ok
 * says whether the value before the call (in) could be read at entry.
 */
static void print_socklen_inout(struct ltr_call *c, uint64_t addr, bool in_ok, uint32_t in)
{
	uint32_t out;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!in_ok) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (ltr_call_failed(c) || ltr_mem_read(c->mem, addr, &out, 4) < 0 || out == in) {
		ltr_sb_printf(c->out, "[%u]", in);
		return;
	}
	ltr_sb_printf(c->out, "[%u => %u]", in, out);
}

/* Saves the socklen_t at addr into c->saved[slot] (slot + 1 says it was read). */
static void save_socklen(struct ltr_call *c, uint64_t addr, unsigned slot)
{
	uint32_t v = 0;

	c->saved[slot + 1] = ltr_fetch_quiet(c, addr, &v, 4);
	c->saved[slot] = v;
}

/* The returned length of a sockaddr: the smaller of the in and out values. */
static uint32_t out_socklen(struct ltr_call *c, uint64_t addr, uint32_t in)
{
	uint32_t out;

	if (ltr_mem_read(c->mem, addr, &out, 4) < 0)
		return in;
	return out < in ? out : in;
}

/* A sockaddr output argument with its socklen_t in/out pointer at exit. */
static void print_sockaddr_out(struct ltr_call *c, uint64_t addr, uint64_t lenaddr)
{
	if (!addr)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c) || !lenaddr || !c->saved[1])
		ltr_print_addr(c->out, addr);
	else
		ltr_print_sockaddr(c, addr, out_socklen(c, lenaddr, (uint32_t)c->saved[0]));
	ltr_sb_puts(c->out, ", ");
	print_socklen_inout(c, lenaddr, c->saved[1], (uint32_t)c->saved[0]);
}

/* accept, accept4, getsockname, getpeername: (fd, addr, addrlen[, flags]). */
void ltr_decode_sockname(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		save_socklen(c, ltr_word_mask(c, c->args[2]), 0);
		return;
	}
	print_sockaddr_out(c, ltr_word_mask(c, c->args[1]), ltr_word_mask(c, c->args[2]));
	if (c->desc && c->desc->nargs == 4) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, LTR_XT(socket_flags), (uint32_t)c->args[3], NULL);
	}
}

/* recvfrom(fd, buf, len, flags, src_addr, addrlen); recv(fd, buf, len, flags). */
void ltr_decode_recvfrom(struct ltr_call *c)
{
	uint64_t buf = ltr_word_mask(c, c->args[1]);

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (c->desc && c->desc->nargs == 6)
			save_socklen(c, ltr_word_mask(c, c->args[5]), 0);
		return;
	}
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, buf);
	else
		ltr_print_sockbuf(c, ltr_call_arg_int(c, 0), buf, ltr_word_mask(c, (uint64_t)c->ret));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_word_mask(c, c->args[2]));
	ltr_print_flags(c->out, LTR_XT(msg_flags), (uint32_t)c->args[3], NULL);
	if (c->desc && c->desc->nargs == 6) {
		ltr_sb_puts(c->out, ", ");
		print_sockaddr_out(c, ltr_word_mask(c, c->args[4]), ltr_word_mask(c, c->args[5]));
	}
}

/* sendto's buffer (its length is argument param). */
void ltr_print_arg_sockbuf_in(struct ltr_call *c, unsigned idx)
{
	unsigned n = c->desc ? c->desc->args[idx].param : idx + 1;

	ltr_print_sockbuf(c, ltr_call_arg_int(c, 0), ltr_word_mask(c, c->args[idx]),
			  ltr_word_mask(c, c->args[n]));
}

/* --- msghdr and control messages --- */

struct msghdr_fields {
	uint64_t name, iov, iovlen, control, controllen;
	uint32_t namelen, flags;
};

static unsigned msghdr_size(unsigned ws)
{
	return ws == 4 ? 28 : 56;
}

static bool read_msghdr(const struct ltr_call *c, uint64_t addr, struct msghdr_fields *m)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[56];

	if (!ltr_fetch_quiet(c, addr, buf, msghdr_size(ws)))
		return false;
	m->name = ltr_get_uword(buf, ws);
	m->namelen = ltr_get_u32(buf + ws);
	m->iov = ltr_get_uword(buf + 2 * ws, ws);
	m->iovlen = ltr_get_uword(buf + 3 * ws, ws);
	m->control = ltr_get_uword(buf + 4 * ws, ws);
	m->controllen = ltr_get_uword(buf + 5 * ws, ws);
	m->flags = ltr_get_u32(buf + 6 * ws);
	return true;
}

static void print_cmsg_data(struct ltr_call *c, int level, int type,
			    const unsigned char *data, size_t len)
{
	size_t i;

	if (level != 1)
		return;
	if (type == 1) {  /* SCM_RIGHTS */
		ltr_sb_puts(c->out, ", cmsg_data=[");
		for (i = 0; i + 4 <= len; i += 4) {
			if (i)
				ltr_sb_puts(c->out, ", ");
			ltr_print_fd(c, (int32_t)ltr_get_u32(data + i));
		}
		ltr_sb_putc(c->out, ']');
	} else if (type == 2 && len >= 12) {  /* SCM_CREDENTIALS */
		ltr_sb_printf(c->out, ", cmsg_data={pid=%d, uid=%u, gid=%u}",
			      (int32_t)ltr_get_u32(data), ltr_get_u32(data + 4), ltr_get_u32(data + 8));
	}
}

static void print_cmsg_type(struct ltr_call *c, int level, int type)
{
	const struct ltr_xlat_table *table = NULL;
	const char *unknown = NULL;

	switch (level) {
	case 1: table = LTR_XT(scm_types); unknown = "SCM_???"; break;
	case 0: table = LTR_XT(ip_options); unknown = "IP_???"; break;
	case 41: table = LTR_XT(ipv6_options); unknown = "IPV6_???"; break;
	default: break;
	}
	if (table)
		ltr_print_xval(c->out, table, (uint32_t)type, unknown);
	else
		ltr_sb_printf(c->out, "%#x", (unsigned)type);
}

/* The control messages of a msghdr: "[{cmsg_len=20, ...}]" or the address. */
static void print_control(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	static unsigned char buf[CONTROL_MAX];
	unsigned ws = ltr_wordsize(c);
	unsigned hdr = ws + 8;
	size_t n = len > CONTROL_MAX ? CONTROL_MAX : (size_t)len;
	size_t off = 0;
	unsigned shown = 0;

	ssize_t got = len < hdr ? -1 : c->mem->read(c->mem->ctx, addr, buf, n);

	/* A control buffer running into unmapped memory shows what is readable. */
	if (got < (ssize_t)hdr) {
		ltr_print_addr(c->out, addr);
		return;
	}
	n = (size_t)got;
	ltr_sb_putc(c->out, '[');
	while (off + hdr <= n) {
		uint64_t cmsg_len = ltr_get_uword(buf + off, ws);
		int level = (int32_t)ltr_get_u32(buf + off + ws);
		int type = (int32_t)ltr_get_u32(buf + off + ws + 4);
		size_t avail = n - off;

		if (shown)
			ltr_sb_puts(c->out, ", ");
		if (shown++ >= c->opts->strsize) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_printf(c->out, "{cmsg_len=%llu, cmsg_level=", (unsigned long long)cmsg_len);
		ltr_print_xval(c->out, LTR_XT(socket_levels), (uint32_t)level, "SOL_???");
		ltr_sb_puts(c->out, ", cmsg_type=");
		print_cmsg_type(c, level, type);
		if (cmsg_len >= hdr)
			print_cmsg_data(c, level, type, buf + off + hdr,
					(cmsg_len < avail ? (size_t)cmsg_len : avail) - hdr);
		ltr_sb_putc(c->out, '}');
		if (cmsg_len < hdr)
			break;
		/* CMSG_ALIGN: to the size of a long. */
		cmsg_len = (cmsg_len + ws - 1) & ~(uint64_t)(ws - 1);
		if (cmsg_len >= avail)
			break;
		off += (size_t)cmsg_len;
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * A msghdr already read: data is the byte budget of its iovecs (recvmsg:
 * the return value; -1 for sendmsg). namelen_in is the msg_namelen before
 * a recvmsg (printed as "128 => 16" when it changed); pass m->namelen
 * otherwise.
 */
static void print_msghdr_fields(struct ltr_call *c, const struct msghdr_fields *m,
				int64_t data, uint32_t namelen_in)
{
	uint32_t namelen = m->namelen < namelen_in ? m->namelen : namelen_in;
	unsigned char family[2];
	/* An AF_NETLINK msg_name: the data are netlink messages (strace). */
	bool nl = m->name && namelen >= 2 && ltr_fetch_quiet(c, m->name, family, 2) &&
		ltr_get_u16(family) == AF_NETLINK;

	ltr_sb_puts(c->out, "{msg_name=");
	ltr_print_sockaddr(c, m->name, namelen);
	if (namelen_in != m->namelen)
		ltr_sb_printf(c->out, ", msg_namelen=%u => %u", namelen_in, m->namelen);
	else
		ltr_sb_printf(c->out, ", msg_namelen=%u", m->namelen);
	ltr_sb_puts(c->out, ", msg_iov=");
	ltr_print_iov_netlink(c, m->iov, m->iovlen, data, true,
			      nl ? ltr_call_arg_int(c, 0) : -1);
	ltr_sb_printf(c->out, ", msg_iovlen=%llu", (unsigned long long)m->iovlen);
	if (m->controllen) {
		ltr_sb_puts(c->out, ", msg_control=");
		print_control(c, m->control, m->controllen);
	}
	ltr_sb_printf(c->out, ", msg_controllen=%llu, msg_flags=",
		      (unsigned long long)m->controllen);
	ltr_print_flags(c->out, LTR_XT(msg_flags), m->flags, NULL);
	ltr_sb_putc(c->out, '}');
}

/* sendmsg's msghdr (printed at entry). */
void ltr_print_arg_msghdr(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	struct msghdr_fields m;

	if (!read_msghdr(c, addr, &m)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_msghdr_fields(c, &m, -1, m.namelen);
}

/* recvmsg(fd, msg, flags): the msghdr is printed at exit. */
void ltr_decode_recvmsg(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	struct msghdr_fields m;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = read_msghdr(c, addr, &m);
		c->saved[0] = c->saved[1] ? m.namelen : 0;
		return;
	}
	if (!c->saved[1] || !read_msghdr(c, addr, &m))
		ltr_print_addr(c->out, addr);
	else if (ltr_call_failed(c))
		ltr_sb_printf(c->out, "{msg_namelen=%u}", (uint32_t)c->saved[0]);
	else
		print_msghdr_fields(c, &m, c->ret, (uint32_t)c->saved[0]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, LTR_XT(msg_flags), (uint32_t)c->args[2], NULL);
}

/*
 * sendmmsg(fd, msgvec, vlen, flags) and recvmmsg(fd, msgvec, vlen, flags,
 * timeout): the arrays are printed at exit, ret entries of them (msg_len
 * filled), each msghdr's iovecs limited by its msg_len for recvmmsg.
 */
void ltr_decode_mmsg(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c);
	unsigned esize = msghdr_size(ws) + 4 + (ws == 8 ? 4 : 0);
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	bool recv = c->desc && c->desc->name[0] == 'r';
	int64_t i;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (ltr_call_failed(c) || c->ret <= 0 || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
	} else {
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < c->ret; i++) {
			struct msghdr_fields m;
			uint32_t msg_len;

			if (i)
				ltr_sb_puts(c->out, ", ");
			if (i >= (int64_t)c->opts->strsize) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			if (!read_msghdr(c, addr + (uint64_t)i * esize, &m) ||
			    ltr_mem_read(c->mem, addr + (uint64_t)i * esize + msghdr_size(ws),
					 &msg_len, 4) < 0) {
				ltr_sb_printf(c->out, "... /* %#llx */",
					      (unsigned long long)(addr + (uint64_t)i * esize));
				break;
			}
			ltr_sb_puts(c->out, "{msg_hdr=");
			print_msghdr_fields(c, &m, recv ? (int64_t)msg_len : -1, m.namelen);
			ltr_sb_printf(c->out, ", msg_len=%u}", msg_len);
		}
		ltr_sb_putc(c->out, ']');
	}
	ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[2]);
	ltr_print_flags(c->out, LTR_XT(msg_flags), (uint32_t)c->args[3], NULL);
	if (recv) {
		ltr_sb_puts(c->out, ", ");
		if (c->desc && strstr(c->desc->name, "time64"))
			ltr_print_timespec64(c, ltr_word_mask(c, c->args[4]));
		else
			ltr_print_timespec(c, ltr_word_mask(c, c->args[4]));
	}
}

/* --- socket options --- */

static const struct ltr_xlat_table *option_table(uint32_t level, const char **unknown)
{
	switch (level) {
	case 1: *unknown = "SO_???"; return LTR_XT(sol_socket_options);
	case 6: *unknown = "TCP_???"; return LTR_XT(tcp_options);
	case 0: *unknown = "IP_???"; return LTR_XT(ip_options);
	case 41: *unknown = "IPV6_???"; return LTR_XT(ipv6_options);
	case 270: *unknown = "NETLINK_???"; return LTR_XT(sol_netlink_options);
	default: *unknown = NULL; return NULL;
	}
}

/* The option name: its table depends on the level (argument 1). */
void ltr_print_arg_sock_optname(struct ltr_call *c, unsigned idx)
{
	const char *unknown;
	const struct ltr_xlat_table *table = option_table((uint32_t)c->args[1], &unknown);

	if (table)
		ltr_print_xval(c->out, table, (uint32_t)c->args[idx], unknown);
	else
		ltr_sb_printf(c->out, "%u", (unsigned)c->args[idx]);
}

/* SOL_SOCKET options whose value is a plain int. */
static bool is_int_option(uint32_t level, uint32_t name)
{
	if (level == 1) {
		switch (name) {
		case 13: case 17: case 20: case 21: case 22: case 23: case 24:
		case 25: case 26: case 28: case 31: case 50: case 51: case 52:
		case 55: case 59: case 61: case 63: case 64: case 65: case 66:
		case 67:
			return false;
		default:
			return ltr_xlat_lookup(LTR_XT(sol_socket_options), name) != NULL;
		}
	}
	if (level == 6)
		return name != 11 && name != 13 && name != 14 && name != 26 &&
		       name != 28 && name != 31 && name != 33 &&
		       ltr_xlat_lookup(LTR_XT(tcp_options), name) != NULL;
	return false;
}

/* An option value of len bytes at addr, as setsockopt/getsockopt show it. */
static void print_sockopt_value(struct ltr_call *c, uint32_t level, uint32_t name,
				uint64_t addr, uint32_t len)
{
	int32_t v[4];

	if (level == 1 && name == 13 && len >= 8) {  /* SO_LINGER */
		if (ltr_fetch(c, addr, v, 8))
			ltr_sb_printf(c->out, "{l_onoff=%d, l_linger=%d}", v[0], v[1]);
		return;
	}
	if (level == 1 && name == 17 && len >= 12) {  /* SO_PEERCRED */
		if (ltr_fetch(c, addr, v, 12)) {
			ltr_sb_puts(c->out, "{pid=");
			ltr_print_pid(c, v[0]);
			ltr_sb_printf(c->out, ", uid=%u, gid=%u}", (uint32_t)v[1], (uint32_t)v[2]);
		}
		return;
	}
	if (is_int_option(level, name) ? len >= 4 : len == 4) {
		if (ltr_fetch(c, addr, v, 4))
			ltr_sb_printf(c->out, "[%d]", v[0]);
		return;
	}
	if (is_int_option(level, name)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_buf(c, addr, len);
}

/* setsockopt's optval (its length is argument 4). */
void ltr_print_arg_sockopt_val(struct ltr_call *c, unsigned idx)
{
	if (!ltr_call_verbose(c)) {
		ltr_print_addr(c->out, ltr_word_mask(c, c->args[idx]));
		return;
	}
	print_sockopt_value(c, (uint32_t)c->args[1], (uint32_t)c->args[2],
			    ltr_word_mask(c, c->args[idx]), (uint32_t)c->args[4]);
}

/* getsockopt(fd, level, optname, optval, optlen): value and length at exit. */
void ltr_decode_getsockopt(struct ltr_call *c)
{
	uint64_t val = ltr_word_mask(c, c->args[3]), lenaddr = ltr_word_mask(c, c->args[4]);
	uint32_t out;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(socket_levels), (uint32_t)c->args[1]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_arg_sock_optname(c, 2);
		ltr_sb_puts(c->out, ", ");
		save_socklen(c, lenaddr, 0);
		return;
	}
	if (!val)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c) || !ltr_fetch_quiet(c, lenaddr, &out, 4))
		ltr_print_addr(c->out, val);
	else
		print_sockopt_value(c, (uint32_t)c->args[1], (uint32_t)c->args[2], val, out);
	ltr_sb_puts(c->out, ", ");
	print_socklen_inout(c, lenaddr, c->saved[1], (uint32_t)c->saved[0]);
}

/* --- socketcall (i386) --- */

static const struct {
	const char *name;
	unsigned nargs;
} socketcall_subcalls[] = {
	[1] = { "socket", 3 }, [2] = { "bind", 3 }, [3] = { "connect", 3 },
	[4] = { "listen", 2 }, [5] = { "accept", 3 }, [6] = { "getsockname", 3 },
	[7] = { "getpeername", 3 }, [8] = { "socketpair", 4 }, [9] = { "send", 4 },
	[10] = { "recv", 4 }, [11] = { "sendto", 6 }, [12] = { "recvfrom", 6 },
	[13] = { "shutdown", 2 }, [14] = { "setsockopt", 5 }, [15] = { "getsockopt", 5 },
	[16] = { "sendmsg", 3 }, [17] = { "recvmsg", 3 }, [18] = { "accept4", 4 },
	[19] = { "recvmmsg", 5 }, [20] = { "sendmmsg", 4 },
};

/*
 * socketcall(call, args): printed as the socket call it stands for, as
 * strace does ("socket(AF_INET, ...)"). At entry the call's arguments are
 * read from the args array (words of the tracee), the line is restarted
 * with the subcall's name, and c->desc and c->args become the subcall's,
 * so its decoder also runs at exit. An unknown call number or an
 * unreadable array prints socketcall(N, address).
 */
void ltr_decode_socketcall(struct ltr_call *c)
{
	static const char prefix[] = "socketcall(";
	const size_t plen = sizeof(prefix) - 1;
	unsigned ws = ltr_wordsize(c), call = (uint32_t)c->args[0], i;
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	const struct ltr_syscall_desc *sub = NULL;
	unsigned char words[6 * 8];

	if (c->exiting)
		return;
	if (call < sizeof(socketcall_subcalls) / sizeof(socketcall_subcalls[0]) &&
	    socketcall_subcalls[call].name)
		sub = ltr_syscall_desc_find(socketcall_subcalls[call].name);
	if (!sub || c->out->len < plen ||
	    memcmp(c->out->data + c->out->len - plen, prefix, plen) != 0 ||
	    ltr_mem_read(c->mem, addr, words, socketcall_subcalls[call].nargs * ws) < 0) {
		ltr_sb_printf(c->out, "%u, ", call);
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_truncate(c->out, c->out->len - plen);
	for (i = 0; i < 6; i++)
		c->args[i] = i < socketcall_subcalls[call].nargs ? ltr_get_uword(words + i * ws, ws) : 0;
	c->desc = sub;
	c->ret_kind = sub->ret;
	/* -e abbrev=, verbose=, raw= hold the call as the one it stands for */
	c->dflags = ltr_decode_call_flags(c->arch, ltr_arch_syscall_nr(c->arch, sub->name));
	ltr_decode_entry(c);
}
