/* SPDX-License-Identifier: MIT */
/*
 * Netlink messages as strace 6.1 prints them: the walk over the struct
 * nlmsghdr of a buffer (sendto, recvfrom, and the iovecs of sendmsg and
 * recvmsg whose msg_name is AF_NETLINK), nlmsg_type named by the
 * socket's protocol, nlmsg_flags by what the type asks (GET, NEW, DEL,
 * acknowledgements), NLMSG_ERROR's struct nlmsgerr with the request it
 * quotes and its extended-ack attributes, NLMSG_DONE's int, and the
 * payloads handed to the protocol's decoder (route.c, sock_diag.c).
 *
 * The protocol comes from the descriptor: sock_diag's answer about the
 * socket (src/decode/sockinfo.c, the "NETLINK:[ROUTE:1234]" of -yy), as
 * strace asks it whatever -yy says. A socket the kernel does not describe
 * (an unbound one) has no protocol: its types print as NLMSG_* only.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "ltr/fdinfo.h"
#include "ltr/mem.h"
#include "netlink.h"

#define NLMSG_ERROR_TYPE 2
#define NLMSG_DONE_TYPE 3
#define NLMSG_MIN_TYPE 16
#define NLM_F_CAPPED_FLAG 0x100

enum {
	PROTO_ROUTE = 0, PROTO_SOCK_DIAG = 4, PROTO_XFRM = 6, PROTO_SELINUX = 7,
	PROTO_AUDIT = 9, PROTO_NETFILTER = 12, PROTO_KOBJECT_UEVENT = 15,
	PROTO_GENERIC = 16, PROTO_CRYPTO = 21,
};

/* --- which protocol a descriptor speaks --- */

/*
 * The real lookup: -1 when fd is not a netlink socket, -2 when it is one
 * whose protocol the kernel does not tell, else the NETLINK_* protocol.
 */
static int proc_fd_proto(pid_t tid, int fd)
{
	struct ltr_fdinfo info;

	if (ltr_fdinfo_lookup(tid, fd, LTR_FDINFO_SOCKET, &info) < 0 ||
	    info.kind != LTR_FDK_SOCKET || !info.have_sock ||
	    info.sock.family != AF_NETLINK)
		return -1;
	return info.sock.details ? info.sock.nl_protocol : -2;
}

static int (*fd_proto)(pid_t tid, int fd) = proc_fd_proto;

void ltr_netlink_set_fd_proto(int (*lookup)(pid_t tid, int fd))
{
	fd_proto = lookup ? lookup : proc_fd_proto;
}

bool ltr_netlink_is_socket(struct ltr_call *c, int fd)
{
	return fd_proto(c->tid, fd) != -1;
}

/* --- helpers of the family decoders --- */

bool ltr_nl_fetch(struct ltr_call *c, uint64_t addr, void *dst, uint32_t size)
{
	if (ltr_mem_read(c->mem, addr, dst, size) == 0)
		return true;
	ltr_print_addr(c->out, addr);
	return false;
}

bool ltr_nl_fetch_fixed(struct ltr_call *c, uint64_t addr, uint32_t len,
			unsigned char *buf, uint32_t size, uint32_t offset)
{
	if (len < size) {
		ltr_sb_puts(c->out, "...");
		return false;
	}
	return ltr_nl_fetch(c, addr + offset, buf + offset, size - offset);
}

void ltr_nl_attrs_after(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			const struct ltr_nla_table *t, const void *opaque)
{
	uint32_t off = LTR_NL_ALIGN(size);

	if (len > off) {
		ltr_sb_puts(c->out, ", ");
		ltr_nl_decode_attrs(c, addr + off, len - off, t, opaque);
	}
}

void ltr_nl_print_family_data(struct ltr_call *c, uint8_t family, uint64_t addr,
			      uint32_t len, const char *name)
{
	ltr_sb_printf(c->out, "{%s=", name);
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	if (len > 1) {
		ltr_sb_puts(c->out, ", data=");
		ltr_print_buf_hex(c, addr + 1, len - 1);
	}
	ltr_sb_putc(c->out, '}');
}

/* --- nlmsg_type and nlmsg_flags --- */

struct proto_types {
	const struct ltr_xlat_table *xt;
	const char *unknown;
};

static struct proto_types proto_types(int family)
{
	struct proto_types t = { LTR_XT(netlink_types), "NLMSG_???" };

	switch (family) {
	case PROTO_ROUTE: t.xt = LTR_XT(nl_route_types); t.unknown = "RTM_???"; break;
	case PROTO_SOCK_DIAG: t.xt = LTR_XT(nl_sock_diag_types); t.unknown = "SOCK_DIAG_???"; break;
	case PROTO_XFRM: t.xt = LTR_XT(nl_xfrm_types); t.unknown = "XFRM_MSG_???"; break;
	case PROTO_SELINUX: t.xt = LTR_XT(nl_selinux_types); t.unknown = "SELNL_MSG_???"; break;
	case PROTO_AUDIT: t.xt = LTR_XT(nl_audit_types); t.unknown = "AUDIT_???"; break;
	case PROTO_CRYPTO: t.xt = LTR_XT(nl_crypto_types); t.unknown = "CRYPTO_MSG_???"; break;
	case PROTO_GENERIC: t.xt = NULL; t.unknown = "GENERIC_FAMILY_???"; break;
	case PROTO_NETFILTER: t.xt = LTR_XT(nl_netfilter_subsys_ids); t.unknown = "NFNL_SUBSYS_???"; break;
	default: break;
	}
	return t;
}

static void print_type(struct ltr_call *c, uint16_t type, int family)
{
	struct proto_types t = { LTR_XT(netlink_types), "NLMSG_???" };

	if (type >= NLMSG_MIN_TYPE)
		t = proto_types(family);
	if (type >= NLMSG_MIN_TYPE && family == PROTO_NETFILTER) {
		ltr_nl_netfilter_print_type(c->out, type);
		return;
	}
	if (type >= NLMSG_MIN_TYPE && family == PROTO_GENERIC) {
		ltr_nl_generic_print_type(c->out, type);
		return;
	}
	ltr_print_xval(c->out, t.xt, type, t.unknown);
}

/* GET, NEW or DEL by the type's low bits (rtnetlink's convention). */
static const struct ltr_xlat_table *route_flags(uint16_t type)
{
	if (type == 49)  /* RTM_DELACTION takes NLM_F_ROOT */
		return LTR_XT(netlink_get_flags);
	switch (type & 3) {
	case 0: return LTR_XT(netlink_new_flags);
	case 1: return LTR_XT(netlink_delete_flags);
	case 2: return LTR_XT(netlink_get_flags);
	default: return NULL;
	}
}

static const struct ltr_xlat_table *xfrm_flags(uint16_t type)
{
	switch (type) {
	case 0x10: case 0x13: case 0x1e: case 0x24: case 0x26:
		return LTR_XT(netlink_new_flags);
	case 0x11: case 0x14:
		return LTR_XT(netlink_delete_flags);
	case 0x12: case 0x15: case 0x1f: case 0x23: case 0x25:
		return LTR_XT(netlink_get_flags);
	default:
		return NULL;
	}
}

static const struct ltr_xlat_table *crypto_flags(uint16_t type)
{
	switch (type) {
	case 0x10: return LTR_XT(netlink_new_flags);            /* NEWALG */
	case 0x11: case 0x14: return LTR_XT(netlink_delete_flags); /* DELALG, DELRNG */
	case 0x13: return LTR_XT(netlink_get_flags);            /* GETALG */
	default: return NULL;
	}
}

static const struct ltr_xlat_table *flags_table(uint16_t type, int family)
{
	if (type < NLMSG_MIN_TYPE)
		return type == NLMSG_ERROR_TYPE ? LTR_XT(netlink_ack_flags) : NULL;
	switch (family) {
	case PROTO_ROUTE: return route_flags(type);
	case PROTO_SOCK_DIAG: return LTR_XT(netlink_get_flags);
	case PROTO_XFRM: return xfrm_flags(type);
	case PROTO_CRYPTO: return crypto_flags(type);
	case PROTO_NETFILTER: return ltr_nl_netfilter_flags(type);
	default: return NULL;
	}
}

/* The common flags, then the type's: two tables, as strace's printflags_ex. */
static void print_flags(struct ltr_call *c, uint16_t flags, uint16_t type, int family)
{
	const struct ltr_xlat_table *extra = flags_table(type, family);
	uint64_t rest = flags;
	unsigned n;

	if (flags == 0) {
		ltr_sb_putc(c->out, '0'); /* in every -X style, as strace */
		return;
	}
	if (!ltr_xlat_begin(c->out, flags, LTR_XF_HEX))
		return;
	n = ltr_print_flag_names(c->out, LTR_XT(netlink_flags), &rest, 0);
	if (extra)
		n = ltr_print_flag_names(c->out, extra, &rest, n);
	if (n && rest)
		ltr_sb_printf(c->out, "|%#llx", (unsigned long long)rest);
	else if (!n)
		ltr_sb_printf(c->out, "%#llx /* NLM_F_??? */", (unsigned long long)rest);
	ltr_xlat_end(c->out);
}

static void print_header(struct ltr_call *c, const struct ltr_nlmsg *h, int family)
{
	ltr_sb_printf(c->out, "{nlmsg_len=%u, nlmsg_type=", h->len);
	print_type(c, h->type, family);
	ltr_sb_puts(c->out, ", nlmsg_flags=");
	print_flags(c, h->flags, h->type, family);
	ltr_sb_printf(c->out, ", nlmsg_seq=%u, nlmsg_pid=", h->seq);
	ltr_print_pid(c, (int)h->pid);
	ltr_sb_putc(c->out, '}');
}

static void parse_header(const unsigned char *p, struct ltr_nlmsg *h)
{
	h->len = ltr_get_u32(p);
	h->type = ltr_get_u16(p + 4);
	h->flags = ltr_get_u16(p + 6);
	h->seq = ltr_get_u32(p + 8);
	h->pid = ltr_get_u32(p + 12);
}

/* --- NLMSG_ERROR --- */

/* "-ENOENT" (the error field holds a negated errno), or the number. */
static void print_error(struct ltr_strbuf *out, int32_t err)
{
	const char *name = err < 0 && err > -4096 ? ltr_errno_name(-err) : NULL;
	char text[40];

	if (!name) {
		ltr_sb_printf(out, "%d", err);
		return;
	}
	snprintf(text, sizeof(text), "-%s", name);
	ltr_print_xlat(out, (uint64_t)(int64_t)err, LTR_XF_DEC, text);
}

static bool nla_cookie(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	if (!len) {
		ltr_sb_puts(c->out, "[]");
		return true;
	}
	return ltr_nl_print_array(c, addr, len, 1, ltr_nl_print_u8_elt, NULL);
}

static ltr_nla_decoder *const nlmsgerr_decoders[] = {
	[1] = ltr_nla_str,   /* NLMSGERR_ATTR_MSG */
	[2] = ltr_nla_u32,   /* NLMSGERR_ATTR_OFFS */
	[3] = nla_cookie,    /* NLMSGERR_ATTR_COOKIE */
};
static const struct ltr_nla_table nlmsgerr_attrs =
	LTR_NLA_TABLE(nlmsgerr_attrs, "NLMSGERR_ATTR_???", nlmsgerr_decoders);

static void decode_with_payload(struct ltr_call *c, int family, const struct ltr_nlmsg *h,
				uint64_t addr, uint64_t len);

static void decode_nlmsgerr(struct ltr_call *c, int family, uint64_t addr, uint32_t len,
			    bool capped)
{
	unsigned char buf[4 + LTR_NLMSG_HDRLEN];
	struct ltr_nlmsg quoted;
	uint32_t qlen, payload;

	if (len < sizeof(buf)) {
		ltr_print_buf_hex(c, addr, len);
		return;
	}
	if (!ltr_nl_fetch(c, addr, buf, sizeof(buf)))
		return;
	parse_header(buf + 4, &quoted);
	addr += 4;
	len -= 4;
	/* A quoted nlmsg_len below the header's size is taken as the header's. */
	qlen = quoted.len < LTR_NLMSG_HDRLEN ? LTR_NLMSG_HDRLEN : quoted.len;
	payload = capped ? LTR_NLMSG_HDRLEN : qlen;
	if (payload > len)
		payload = len;
	if (len > payload)
		ltr_sb_putc(c->out, '[');
	ltr_sb_puts(c->out, "{error=");
	print_error(c->out, (int32_t)ltr_get_u32(buf));
	ltr_sb_puts(c->out, ", msg=");
	decode_with_payload(c, family, &quoted, addr, payload);
	ltr_sb_putc(c->out, '}');
	if (len > payload) {
		ltr_sb_puts(c->out, ", ");
		ltr_nl_decode_attrs(c, addr + payload, len - payload, &nlmsgerr_attrs, NULL);
		ltr_sb_putc(c->out, ']');
	}
}

/* --- the walk --- */

static ltr_nl_family_decoder *family_decoder(int family)
{
	switch (family) {
	case PROTO_ROUTE: return ltr_nl_decode_route;
	case PROTO_SOCK_DIAG: return ltr_nl_decode_sock_diag;
	case PROTO_NETFILTER: return ltr_nl_decode_netfilter;
	case PROTO_SELINUX: return ltr_nl_decode_selinux;
	default: return NULL;
	}
}

static void decode_payload(struct ltr_call *c, int family, const struct ltr_nlmsg *h,
			   uint64_t addr, uint32_t len)
{
	ltr_nl_family_decoder *dec = family_decoder(family);

	if (h->type == NLMSG_ERROR_TYPE) {
		decode_nlmsgerr(c, family, addr, len, h->flags & NLM_F_CAPPED_FLAG);
		return;
	}
	/* NLMSG_DONE too: a few families put more than an int there. */
	if ((h->type >= NLMSG_MIN_TYPE || h->type == NLMSG_DONE_TYPE) && dec &&
	    dec(c, h, addr, len))
		return;
	if (h->type == NLMSG_DONE_TYPE && len == 4) {
		unsigned char num[4];

		if (ltr_nl_fetch(c, addr, num, 4))
			ltr_sb_printf(c->out, "%d", (int32_t)ltr_get_u32(num));
		return;
	}
	ltr_print_buf_hex(c, addr, len);
}

/* One message: its header, and its payload within min(nlmsg_len, len). */
static void decode_with_payload(struct ltr_call *c, int family, const struct ltr_nlmsg *h,
				uint64_t addr, uint64_t len)
{
	uint32_t mlen = (uint64_t)h->len < len ? h->len : (uint32_t)len;

	if (mlen > LTR_NLMSG_HDRLEN)
		ltr_sb_putc(c->out, '[');
	print_header(c, h, family);
	if (mlen > LTR_NLMSG_HDRLEN) {
		ltr_sb_puts(c->out, ", ");
		decode_payload(c, family, h, addr + LTR_NLMSG_HDRLEN, mlen - LTR_NLMSG_HDRLEN);
		ltr_sb_putc(c->out, ']');
	}
}

/* ltr_nl_decode_messages' protocol, for the walk */
struct messages_ctx {
	int family;
};

static void decode_message(struct ltr_call *c, const unsigned char *hdr, uint64_t addr,
			   uint64_t len, const void *ctx)
{
	const struct messages_ctx *m = ctx;
	struct ltr_nlmsg h;

	parse_header(hdr, &h);
	decode_with_payload(c, m->family, &h, addr, len);
}

void ltr_nl_decode_messages(struct ltr_call *c, int family, uint64_t addr, uint64_t len)
{
	const struct messages_ctx m = { family };

	ltr_nl_walk(c, addr, len, LTR_NLMSG_HDRLEN, decode_message, &m);
}

void ltr_decode_netlink(struct ltr_call *c, int fd, uint64_t addr, uint64_t len)
{
	int family = fd_proto(c->tid, fd);

	if (family == PROTO_KOBJECT_UEVENT) {
		ltr_nl_decode_uevent(c, addr, len);
		return;
	}
	ltr_nl_decode_messages(c, family < 0 ? -1 : family, addr, len);
}

/*
 * sendto and recvfrom's buffer (strace's decode_sockbuf): netlink
 * messages on a netlink socket when the call is verbose, else a string.
 */
void ltr_print_sockbuf(struct ltr_call *c, int fd, uint64_t addr, uint64_t len)
{
	if (addr && ltr_call_verbose(c) && ltr_netlink_is_socket(c, fd))
		ltr_decode_netlink(c, fd, addr, len);
	else
		ltr_print_buf(c, addr, len);
}
