/* SPDX-License-Identifier: MIT */
/*
 * The netlink decoders of src/decode/netlink/ (README.md there says what
 * goes where): the messages (netlink.c), the list walk both messages and
 * attributes use, the attributes and the generic payload printers
 * (nlattr.c), the table-driven fixed headers of message bodies
 * (header.c), and one decoder per protocol family. A family is mostly
 * tables: its headers' fields, its attributes' printers, most of them
 * generic or one-line (LTR_NLA_XVAL, LTR_NLA_NEST, LTR_NLA_STRUCT ...).
 * Private to src/decode/netlink/.
 *
 * Everything reads the tracee's memory piece by piece, as strace does, and
 * never past the length the call gives: a message or attribute whose
 * length field is larger than what is left is shown up to what is left.
 * Netlink is little-endian on every arch ltr traces, and its structures
 * have no longs: they are read as bytes with ltr_get_u32() and friends.
 */
#ifndef LTR_DECODE_NETLINK_H
#define LTR_DECODE_NETLINK_H

#include <stdbool.h>
#include <stdint.h>

#include "ltr/mem.h"
#include "../decoders.h"

#define LTR_NLMSG_HDRLEN 16u
#define LTR_NLA_HDRLEN 4u
#define LTR_NL_ALIGN(len) (((len) + 3u) & ~3u)

/* One struct nlmsghdr. */
struct ltr_nlmsg {
	uint32_t len;
	uint16_t type, flags;
	uint32_t seq, pid;
};

/*
 * An attribute's payload printer: len bytes at addr (the payload, after
 * the struct nlattr). Returns false, printing nothing, when it does not
 * apply (a wrong length): the payload then prints as a hex string.
 * opaque is the table user's (the message's fixed header, usually).
 */
typedef bool ltr_nla_decoder(struct ltr_call *c, uint64_t addr, uint32_t len,
			     const void *opaque);

/*
 * The attributes of one message family or nest: their names (a list of
 * src/decode/xlat/ indexed by nla_type), the text of unknown types
 * ("IFLA_???"), and the payload printers indexed by type (NULL entries
 * and types past size print as hex strings). With size 0, decoders[0]
 * prints every attribute and gets the type as opaque (arrays whose
 * "types" are indices).
 */
struct ltr_nla_table {
	const struct ltr_xlat_table *names;
	const char *unknown;
	ltr_nla_decoder *const *decoders;
	unsigned size;
};
#define LTR_NLA_TABLE(xt, unknown, decoders) \
	{ LTR_XT(xt), unknown, decoders, sizeof(decoders) / sizeof((decoders)[0]) }

/*
 * A protocol family's payload printer: the len bytes after message h's
 * header. Returns false, printing nothing, to let the walk print the
 * payload generically (a hex string; NLMSG_DONE's int).
 */
typedef bool ltr_nl_family_decoder(struct ltr_call *c, const struct ltr_nlmsg *h,
				   uint64_t addr, uint32_t len);

/* --- netlink.c --- */

/*
 * The messages of family (a NETLINK_* protocol, -1: unknown) in len
 * bytes at addr, recursively used for NLMSG_ERROR's quoted message.
 */
void ltr_nl_decode_messages(struct ltr_call *c, int family, uint64_t addr, uint64_t len);
/*
 * Reads size bytes at addr; on failure prints the address (strace's
 * umove_or_printaddr) and returns false.
 */
bool ltr_nl_fetch(struct ltr_call *c, uint64_t addr, void *dst, uint32_t size);
/*
 * The rest of a fixed header of size bytes at addr whose first offset
 * bytes are in buf already: prints "..." when len is shorter than the
 * header, the address when it cannot be read, and returns false then.
 */
bool ltr_nl_fetch_fixed(struct ltr_call *c, uint64_t addr, uint32_t len,
			unsigned char *buf, uint32_t size, uint32_t offset);
/*
 * The attributes after a fixed header of size bytes (from its
 * NLMSG_ALIGN'ed end): ", [attributes]" when there are any.
 */
void ltr_nl_attrs_after(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			const struct ltr_nla_table *t, const void *opaque);
/* "{NAME=AF_INET, data=\"\x..\"}": a body no decoder knows. */
void ltr_nl_print_family_data(struct ltr_call *c, uint8_t family, uint64_t addr,
			      uint32_t len, const char *name);

/* --- nlattr.c --- */

/*
 * The list walk messages and attributes share (strace's): elements of
 * len bytes at addr, each a header of hdr_size bytes (16: a nlmsghdr
 * with a u32 length; 4: a nlattr with a u16 one) and what its length
 * covers, NLA_ALIGN'ed from one to the next. print gets the header's
 * bytes, the element's address and the bytes left from it. "[...]"
 * around more than one, "..." after -s of them when abbreviated, the
 * bytes left in hex when fewer than a header, the address (or "... /+
 * 0xADDR +/" after the first) when a header cannot be read; a length
 * below the header's size ends the walk.
 */
typedef void ltr_nl_elt_walker(struct ltr_call *c, const unsigned char *hdr, uint64_t addr,
			       uint64_t len, const void *ctx);
void ltr_nl_walk(struct ltr_call *c, uint64_t addr, uint64_t len, uint32_t hdr_size,
		 ltr_nl_elt_walker *print, const void *ctx);

/* The attributes in len bytes at addr, printed with table t. */
void ltr_nl_decode_attrs(struct ltr_call *c, uint64_t addr, uint32_t len,
			 const struct ltr_nla_table *t, const void *opaque);

/*
 * Generic payload printers (strace's decode_nla_*): integers of the
 * type's size or more (u8 .. s64, x8 .. x64 in hex; xint: exactly 1, 2,
 * 4 or 8 bytes in hex), strings (str: one NUL expected at the end;
 * cstr: up to its first NUL; strn: a buffer), big-endian be16/be64,
 * in_addr, in6_addr, ifindex (if_nametoindex("lo")), fd, uid, hwaddr
 * (00:11:22:...), the kernel's sk_meminfo array, clock_t ticks, a
 * big-endian ETH_P_* (htons(ETH_P_IP)).
 */
ltr_nla_decoder ltr_nla_u8, ltr_nla_u16, ltr_nla_u32, ltr_nla_u64,
	ltr_nla_s8, ltr_nla_s16, ltr_nla_s32, ltr_nla_s64,
	ltr_nla_x8, ltr_nla_x16, ltr_nla_x32, ltr_nla_x64, ltr_nla_xint,
	ltr_nla_str, ltr_nla_cstr, ltr_nla_strn, ltr_nla_be16, ltr_nla_be64,
	ltr_nla_in_addr, ltr_nla_in6_addr, ltr_nla_ifindex, ltr_nla_fd,
	ltr_nla_uid, ltr_nla_hwaddr, ltr_nla_meminfo, ltr_nla_clock_t,
	ltr_nla_ether_proto;

/*
 * A value of a table: opaque is a struct ltr_nla_xval saying which table,
 * the unknown text, and the size (0: any length up to 8 bytes, read as a
 * little-endian number; else at least size bytes, read as size bytes).
 */
struct ltr_nla_xval {
	const struct ltr_xlat_table *xt;
	const char *unknown;
	uint32_t size;
	bool flags;      /* flags (|-joined) rather than one value */
	bool dec;        /* unknown values print in decimal */
};
bool ltr_nla_print_xval(struct ltr_call *c, uint64_t addr, uint32_t len,
			const struct ltr_nla_xval *x);
/*
 * Payload printers that are a table and nothing else, defined in one
 * line: a value (LTR_NLA_XVAL; _DEC: unknown ones in decimal) or flags
 * (LTR_NLA_FLAGS) of list, read as size bytes (0: the payload's length,
 * up to 8); a nest of attributes printed with table (LTR_NLA_NEST, the
 * opaque passed on).
 */
#define LTR_NLA_XVAL_PRINTER(fn, list, unknown, size, flags, dec)                 \
static bool fn(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque) \
{                                                                                 \
	static const struct ltr_nla_xval x = {                                    \
		LTR_XT(list), unknown, size, flags, dec,                          \
	};                                                                        \
                                                                                  \
	(void)opaque;                                                             \
	return ltr_nla_print_xval(c, addr, len, &x);                              \
}
#define LTR_NLA_XVAL(fn, list, unknown, size) \
	LTR_NLA_XVAL_PRINTER(fn, list, unknown, size, false, false)
#define LTR_NLA_XVAL_DEC(fn, list, unknown, size) \
	LTR_NLA_XVAL_PRINTER(fn, list, unknown, size, false, true)
#define LTR_NLA_FLAGS(fn, list, unknown, size) \
	LTR_NLA_XVAL_PRINTER(fn, list, unknown, size, true, false)
#define LTR_NLA_NEST(fn, table)                                                   \
static bool fn(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque) \
{                                                                                 \
	ltr_nl_decode_attrs(c, addr, len, &(table), opaque);                      \
	return true;                                                              \
}

/*
 * A structure of size bytes (at most 256) printed by print from its
 * bytes: false when len is shorter, the address when it cannot be read.
 * LTR_NLA_STRUCT defines the payload printer in one line.
 */
typedef void ltr_nl_struct_printer(struct ltr_call *c, const unsigned char *bytes);
bool ltr_nla_print_struct(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			  ltr_nl_struct_printer *print);
#define LTR_NLA_STRUCT(fn, size, print)                                           \
static bool fn(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque) \
{                                                                                 \
	(void)opaque;                                                             \
	return ltr_nla_print_struct(c, addr, len, size, print);                   \
}

/*
 * A payload that is a structure of u32 (u64) fields and nothing else,
 * defined in one line with the fields' names in order:
 * LTR_NLA_U32_STRUCT(nla_rate, "bps", "pps") prints "{bps=1, pps=2}".
 */
#define LTR_NLA_UINT_STRUCT(fn, width, ...)                                       \
static bool fn(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque) \
{                                                                                 \
	static const char *const fields[] = { __VA_ARGS__ };                      \
                                                                                  \
	(void)opaque;                                                             \
	return ltr_nla_print_uint_struct(c, addr, len, width, fields,              \
					 sizeof(fields) / sizeof(fields[0]));     \
}
#define LTR_NLA_U32_STRUCT(fn, ...) LTR_NLA_UINT_STRUCT(fn, 4, __VA_ARGS__)
#define LTR_NLA_U64_STRUCT(fn, ...) LTR_NLA_UINT_STRUCT(fn, 8, __VA_ARGS__)

/*
 * An array of len / width integers (width 4 or 8, signed or not):
 * "[1, 2]", or with xt "[[NAME]=1, [7 /+ unknown +/]=2]" (indices named
 * by xt); false when len holds no element.
 */
bool ltr_nla_print_indexed(struct ltr_call *c, uint64_t addr, uint32_t len, unsigned width,
			   bool is_signed, const struct ltr_xlat_table *xt, const char *unknown);

/*
 * A structure of n unsigned fields of width bytes (4 or 8, at most 32
 * fields) named by fields ("{vf=1, rate=2}"): false when len is shorter
 * than it, the address when it cannot be read.
 */
bool ltr_nla_print_uint_struct(struct ltr_call *c, uint64_t addr, uint32_t len,
			       unsigned width, const char *const *fields, unsigned n);

/*
 * An array of the len / size elements of size bytes (at most 128) at
 * addr, as strace's print_array: "[a, b]", cut after -s elements with
 * "...", "... /+ 0xADDR +/" where an element cannot be read, the address
 * alone when the first cannot. print gets each element's bytes, its index
 * and address, and ctx. False when len holds no element.
 */
typedef void ltr_nl_elt_printer(struct ltr_call *c, const unsigned char *elt, uint32_t idx,
				uint64_t elt_addr, const void *ctx);
bool ltr_nl_print_array(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			ltr_nl_elt_printer *print, const void *ctx);
/* An element printer: a u8 in decimal. */
ltr_nl_elt_printer ltr_nl_print_u8_elt;

/* Field printers shared by the families. */
/*
 * ifindex and AF_INET/AF_INET6 addresses print with ltr_print_ifindex()
 * and ltr_print_inet_addr() (sockaddr.c), as sockaddrs and socket options
 * do. An address of family af in len bytes at addr (strace's
 * decode_inet_addr):
 */
void ltr_nl_decode_inet_addr(struct ltr_call *c, uint64_t addr, uint32_t len, int af,
			     const char *var);
/* A string payload (decode_nla_str's rules) of len bytes at addr. */
void ltr_nl_print_nlstr(struct ltr_call *c, uint64_t addr, uint32_t len);
/* A NUL-terminated string within len bytes (ltr_nla_cstr's rules). */
void ltr_nl_print_cstr(struct ltr_call *c, uint64_t addr, uint32_t len);
/*
 * A hardware address "00:11:22:33:44:55" (-X aware), its bytes cut to
 * the address length of ARPHRD type devtype (UINT32_MAX: none).
 */
void ltr_nl_print_hwaddr(struct ltr_strbuf *out, const unsigned char *addr, uint32_t len,
			 uint32_t devtype);
/* "0" or "0x10": PRINT_FIELD_X. */
void ltr_nl_print_x(struct ltr_strbuf *out, uint64_t v);
/* Prints len bytes of bytes as a quoted hex string (strsize-limited). */
void ltr_nl_print_hexbytes(struct ltr_call *c, const unsigned char *bytes, uint32_t len);

/* --- header.c --- */

/*
 * A fixed header's field: its name (NULL: the printer prints it), where
 * it is, its width (1, 2, 4 or 8 bytes) and how it prints.
 */
enum ltr_nl_field_kind {
	LTR_NLF_U,        /* unsigned decimal */
	LTR_NLF_X,        /* hex, 0 as "0" (strace's PRINT_FIELD_X) */
	LTR_NLF_X_NZ,     /* hex, left out when 0 (padding) */
	LTR_NLF_XVAL,     /* a value of xt, unknown in a comment */
	LTR_NLF_FLAGS,    /* flags of xt */
	LTR_NLF_IFINDEX,  /* if_nametoindex("lo") */
	LTR_NLF_PAIR,     /* two u32: "[1, 2]" (socket cookies) */
	LTR_NLF_FN,       /* print(c, header): anything else */
};
struct ltr_nl_field {
	const char *name;
	uint8_t offset, width;
	enum ltr_nl_field_kind kind;
	const struct ltr_xlat_table *xt;
	const char *unknown;
	void (*print)(struct ltr_call *c, const unsigned char *hdr);
};
#define LTR_NLF(name, offset, width, kind) \
	{ name, offset, width, kind, NULL, NULL, NULL }
#define LTR_NLF_T(name, offset, width, kind, xt, unknown) \
	{ name, offset, width, kind, LTR_XT(xt), unknown, NULL }
#define LTR_NLF_CALL(name, print) \
	{ name, 0, 0, LTR_NLF_FN, NULL, NULL, print }

/*
 * A message body's fixed header: the name of its first field (the
 * address family, a byte the walk has read already), its size, the
 * other fields in order, and the table of the attributes after it
 * (NULL: none; they get the header's bytes as opaque). Without fields,
 * the family alone prints and the attributes follow size bytes.
 */
struct ltr_nl_header {
	const char *family;
	uint32_t size;
	const struct ltr_nl_field *fields;
	unsigned nfields;
	const struct ltr_nla_table *attrs;
};
#define LTR_NL_HEADER(family, size, fields, attrs) \
	{ family, size, fields, sizeof(fields) / sizeof((fields)[0]), attrs }

/*
 * "{ifi_family=AF_INET, ifi_type=..., ...}, [attributes]": the header hdr
 * of len bytes at addr ("..." when shorter than it, the address when it
 * cannot be read), then its attributes.
 */
void ltr_nl_print_header(struct ltr_call *c, uint8_t family, uint64_t addr, uint32_t len,
			 const struct ltr_nl_header *hdr);

/* --- families --- */

/* route.c: NETLINK_ROUTE; the message bodies are in route_*.c */
ltr_nl_family_decoder ltr_nl_decode_route;
/* sock_diag.c: NETLINK_SOCK_DIAG */
ltr_nl_family_decoder ltr_nl_decode_sock_diag;
/* netfilter.c: NETLINK_NETFILTER, its types and flags by subsystem */
ltr_nl_family_decoder ltr_nl_decode_netfilter;
void ltr_nl_netfilter_print_type(struct ltr_strbuf *out, uint16_t type);
const struct ltr_xlat_table *ltr_nl_netfilter_flags(uint16_t type);
/* generic.c: NETLINK_GENERIC's types, the kernel's family names */
void ltr_nl_generic_print_type(struct ltr_strbuf *out, uint16_t type);
/* kobject_uevent.c: NETLINK_KOBJECT_UEVENT (not nlmsghdr-framed) */
void ltr_nl_decode_uevent(struct ltr_call *c, uint64_t addr, uint64_t len);
/* selinux.c: NETLINK_SELINUX */
ltr_nl_family_decoder ltr_nl_decode_selinux;

/*
 * NETLINK_ROUTE message bodies by file (the first byte, the family, is
 * read already): route_link.c, route_addr.c, route_route.c, route_tc.c
 * (qdiscs, classes, filters, chains, actions), route_neigh.c,
 * route_misc.c (rules, netconf, nsid), route_more.c (the rest).
 */
typedef void ltr_nl_route_decoder(struct ltr_call *c, const struct ltr_nlmsg *h,
				  uint8_t family, uint64_t addr, uint32_t len);
ltr_nl_route_decoder ltr_nl_route_ifinfomsg, ltr_nl_route_ifaddrmsg, ltr_nl_route_getneigh,
	ltr_nl_route_rtmsg, ltr_nl_route_tcmsg, ltr_nl_route_tcamsg, ltr_nl_route_ndmsg,
	ltr_nl_route_fib_rule, ltr_nl_route_nsid, ltr_nl_route_netconf,
	ltr_nl_route_ndtmsg, ltr_nl_route_ifaddrlblmsg, ltr_nl_route_dcbmsg,
	ltr_nl_route_br_port_msg, ltr_nl_route_ifstatsmsg, ltr_nl_route_nhmsg,
	ltr_nl_route_cachereport;
/* Shared by route_link.c and route_tc.c: struct rtnl_link_stats{,64}. */
ltr_nla_decoder ltr_nla_link_stats, ltr_nla_link_stats64;

/*
 * NETLINK_SOCK_DIAG bodies, by socket family (the first byte): requests
 * and replies (sock_diag_inet.c, sock_diag_unix.c, sock_diag_netlink.c,
 * sock_diag_packet.c, sock_diag_smc.c).
 */
/* struct inet_diag_sockid of family's addresses (sock_diag.c) */
void ltr_nl_print_inet_diag_sockid(struct ltr_call *c, const unsigned char *id, uint8_t family);
/* "NAME=1<<TCP_LISTEN|...": TCP states as a bit mask (sock_diag.c) */
void ltr_nl_print_tcp_states(struct ltr_call *c, const char *name, uint32_t states);
typedef void ltr_nl_diag_decoder(struct ltr_call *c, const struct ltr_nlmsg *h,
				 uint8_t family, uint64_t addr, uint32_t len);
ltr_nl_diag_decoder ltr_nl_diag_inet_req, ltr_nl_diag_inet_msg,
	ltr_nl_diag_unix_req, ltr_nl_diag_unix_msg,
	ltr_nl_diag_netlink_req, ltr_nl_diag_netlink_msg,
	ltr_nl_diag_packet_req, ltr_nl_diag_packet_msg,
	ltr_nl_diag_smc_req, ltr_nl_diag_smc_msg;

#endif
