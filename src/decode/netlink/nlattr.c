/* SPDX-License-Identifier: MIT */
/*
 * Netlink attributes (struct nlattr and its payload), as strace 6.1
 * prints them: "[{nla_len=8, nla_type=IFLA_MTU}, 1500]", the list cut
 * after -s elements when abbreviated, an attribute longer than what is
 * left shown up to what is left, a payload no decoder takes as a hex
 * string. The payload printers shared by the families are here too.
 */
#include <arpa/inet.h>
#include <inttypes.h>
#include <net/if.h>
#include <linux/if_arp.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ltr/mem.h"
#include "netlink.h"


/*
 * Reads an element's header at addr into hdr: false, having printed what
 * strace prints, when fewer than its bytes are left (them, as a hex
 * string) or they cannot be read.
 */
static bool fetch_elt_header(struct ltr_call *c, uint64_t addr, uint64_t len, bool in_array,
			     unsigned char *hdr, uint32_t hdr_size)
{
	if (len < hdr_size) {
		ltr_print_buf_hex(c, addr, len);
		return false;
	}
	if (ltr_mem_read(c->mem, addr, hdr, hdr_size) == 0)
		return true;
	if (in_array)
		ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)addr);
	else
		ltr_print_addr(c->out, addr);
	return false;
}

void ltr_nl_walk(struct ltr_call *c, uint64_t addr, uint64_t len, uint32_t hdr_size,
		 ltr_nl_elt_walker *print, const void *ctx)
{
	unsigned char hdr[LTR_NLMSG_HDRLEN];
	bool in_array = false;
	uint64_t elt;

	if (hdr_size > sizeof(hdr))
		return;
	for (elt = 0; fetch_elt_header(c, addr, len, in_array, hdr, hdr_size); elt++) {
		uint32_t elt_len = hdr_size == LTR_NLA_HDRLEN ? ltr_get_u16(hdr) : ltr_get_u32(hdr);
		/* NLMSG_ALIGN (NLA_ALIGN) in 32 bits, wrapping as the kernel's macros do */
		uint32_t step = (elt_len + 3u) & ~3u;
		uint64_t next_addr = 0, next_len = 0;

		if (ltr_call_abbrev(c) && elt == c->opts->strsize) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (elt_len >= hdr_size) {
			next_len = len >= step ? len - step : 0;
			if (next_len && addr + step > addr)
				next_addr = addr + step;
		}
		if (!in_array && next_addr) {
			ltr_sb_putc(c->out, '[');
			in_array = true;
		}
		print(c, hdr, addr, len, ctx);
		if (!next_addr)
			break;
		ltr_sb_puts(c->out, ", ");
		addr = next_addr;
		len = next_len;
	}
	if (in_array)
		ltr_sb_putc(c->out, ']');
}

static void print_nlattr(struct ltr_call *c, uint16_t nla_len, uint16_t nla_type,
			 const struct ltr_nla_table *t)
{
	ltr_sb_printf(c->out, "{nla_len=%u, nla_type=", nla_len);
	if (nla_type & NLA_F_NESTED) {
		ltr_print_xlat(c->out, NLA_F_NESTED, LTR_XF_HEX, "NLA_F_NESTED");
		ltr_sb_putc(c->out, '|');
	}
	if (nla_type & NLA_F_NET_BYTEORDER) {
		ltr_print_xlat(c->out, NLA_F_NET_BYTEORDER, LTR_XF_HEX, "NLA_F_NET_BYTEORDER");
		ltr_sb_putc(c->out, '|');
	}
	ltr_print_xval(c->out, t->names, nla_type & NLA_TYPE_MASK, t->unknown);
	ltr_sb_putc(c->out, '}');
}

/* ltr_nl_decode_attrs' table and opaque, for the walk */
struct attrs_ctx {
	const struct ltr_nla_table *t;
	const void *opaque;
};

/* One attribute: its header, and its payload when it has one. */
static void decode_attr(struct ltr_call *c, const unsigned char *hdr, uint64_t addr,
			uint64_t len, const void *ctx)
{
	const struct attrs_ctx *a = ctx;
	const struct ltr_nla_table *t = a->t;
	uint16_t nla_len = ltr_get_u16(hdr), nla_type = ltr_get_u16(hdr + 2);
	uint32_t shown = nla_len < len ? nla_len : (uint32_t)len;

	if (shown > LTR_NLA_HDRLEN)
		ltr_sb_putc(c->out, '[');
	print_nlattr(c, nla_len, nla_type, t);
	if (shown > LTR_NLA_HDRLEN) {
		unsigned idx = t->size ? nla_type & NLA_TYPE_MASK : 0;
		ltr_nla_decoder *dec = t->decoders && (!t->size || idx < t->size)
			? t->decoders[idx] : NULL;
		const void *arg = t->size ? a->opaque : (const void *)(uintptr_t)nla_type;

		ltr_sb_puts(c->out, ", ");
		if (!dec || !dec(c, addr + LTR_NLA_HDRLEN, shown - LTR_NLA_HDRLEN, arg))
			ltr_print_buf_hex(c, addr + LTR_NLA_HDRLEN, shown - LTR_NLA_HDRLEN);
		ltr_sb_putc(c->out, ']');
	}
}

void ltr_nl_decode_attrs(struct ltr_call *c, uint64_t addr, uint32_t len,
			 const struct ltr_nla_table *t, const void *opaque)
{
	const struct attrs_ctx a = { t, opaque };

	ltr_nl_walk(c, addr, len, LTR_NLA_HDRLEN, decode_attr, &a);
}

/* --- payload printers --- */

/* Reads a size-byte little-endian integer (size <= 8). */
static bool read_uint(struct ltr_call *c, uint64_t addr, uint32_t size, uint64_t *val)
{
	unsigned char buf[8] = { 0 };
	uint32_t i;

	if (!ltr_nl_fetch(c, addr, buf, size))
		return false;
	*val = 0;
	for (i = size; i-- > 0;)
		*val = *val << 8 | buf[i];
	return true;
}

/* How a sized integer payload prints. */
enum int_style {
	INT_UDEC,      /* 15 */
	INT_SDEC,      /* -15 */
	INT_HEX,       /* 0xf */
	INT_HTONS,     /* big-endian: htons(15) */
	INT_HTOBE64,   /* big-endian: htobe64(15) */
	INT_IFINDEX,   /* if_nametoindex("lo") */
	INT_FD,        /* a descriptor, -y aware */
	INT_UID,       /* -1 for (uid_t)-1 */
	INT_IN_ADDR,   /* inet_addr("1.2.3.4") */
};

/*
 * The one sized-integer printer: the first size bytes of a payload of at
 * least size bytes (false, printing nothing, when it is shorter), little
 * endian unless the style says otherwise, the address when unreadable.
 */
static bool print_int(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
		      enum int_style style)
{
	unsigned char b[8];
	uint64_t v = 0, be = 0;
	uint32_t i;

	if (len < size)
		return false;
	if (!ltr_nl_fetch(c, addr, b, size))
		return true;
	for (i = size; i-- > 0;)
		v = v << 8 | b[i];
	for (i = 0; i < size; i++)
		be = be << 8 | b[i];
	switch (style) {
	case INT_UDEC:
		ltr_sb_printf(c->out, "%llu", (unsigned long long)v);
		break;
	case INT_SDEC:  /* sign-extended from size bytes */
		ltr_sb_printf(c->out, "%lld", size == 8 ? (long long)(int64_t)v
				: (long long)(int64_t)(v << (64 - 8 * size)) >> (64 - 8 * size));
		break;
	case INT_HEX:
		ltr_sb_printf(c->out, "%#llx", (unsigned long long)v);
		break;
	case INT_HTONS:
		ltr_sb_printf(c->out, "htons(%llu)", (unsigned long long)be);
		break;
	case INT_HTOBE64:
		ltr_sb_printf(c->out, "htobe64(%llu)", (unsigned long long)be);
		break;
	case INT_IFINDEX:
		ltr_print_ifindex(c->out, (uint32_t)v);
		break;
	case INT_FD:
		ltr_print_fd(c, (int32_t)v);
		break;
	case INT_UID:
		if (v == UINT32_MAX)
			ltr_sb_puts(c->out, "-1");
		else
			ltr_sb_printf(c->out, "%llu", (unsigned long long)v);
		break;
	case INT_IN_ADDR:
		ltr_print_inet_addr(c->out, AF_INET, b, 4, NULL);
		break;
	}
	return true;
}

#define NLA_INT(name, size, style)                                               \
bool ltr_nla_##name(struct ltr_call *c, uint64_t addr, uint32_t len,             \
		    const void *opaque)                                          \
{                                                                                \
	(void)opaque;                                                            \
	return print_int(c, addr, len, size, style);                             \
}
NLA_INT(u8, 1, INT_UDEC)
NLA_INT(u16, 2, INT_UDEC)
NLA_INT(u32, 4, INT_UDEC)
NLA_INT(u64, 8, INT_UDEC)
NLA_INT(s8, 1, INT_SDEC)
NLA_INT(s16, 2, INT_SDEC)
NLA_INT(s32, 4, INT_SDEC)
NLA_INT(s64, 8, INT_SDEC)
NLA_INT(x8, 1, INT_HEX)
NLA_INT(x16, 2, INT_HEX)
NLA_INT(x32, 4, INT_HEX)
NLA_INT(x64, 8, INT_HEX)
NLA_INT(be16, 2, INT_HTONS)
NLA_INT(be64, 8, INT_HTOBE64)
NLA_INT(ifindex, 4, INT_IFINDEX)
NLA_INT(fd, 4, INT_FD)
NLA_INT(uid, 4, INT_UID)
NLA_INT(in_addr, 4, INT_IN_ADDR)

bool ltr_nla_xint(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	if (len != 1 && len != 2 && len != 4 && len != 8)
		return false;
	return print_int(c, addr, len, len, INT_HEX);
}

/* A clock_t count of ticks, with the seconds in a comment (strace's print_clock_t). */
bool ltr_nla_clock_t(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static long tck;
	uint64_t v;
	unsigned width = 0;
	long t;

	(void)opaque;
	if (len > 8)
		return false;
	if (!read_uint(c, addr, len, &v))
		return true;
	ltr_sb_printf(c->out, "%llu", (unsigned long long)v);
	if (!tck) {
		tck = sysconf(_SC_CLK_TCK);
		if (tck <= 0)
			tck = -1;
	}
	if (ltr_xlat_style() == LTR_XLAT_RAW || tck <= 0 || !v)
		return true;
	for (t = tck; t >= 10 && width < 9; t /= 10)
		width++;
	ltr_sb_printf(c->out, " /* %llu.%0*llu s */", (unsigned long long)(v / (uint64_t)tck),
		      (int)width, (unsigned long long)(v % (uint64_t)tck));
	return true;
}

/* Whether -x would show these bytes in hex (a NUL counts: no string end). */
static bool wants_hex(const struct ltr_call *c, const unsigned char *s, uint32_t n)
{
	uint32_t i;

	if (c->opts->xflag == LTR_XFLAG_ALL)
		return true;
	if (c->opts->xflag != LTR_XFLAG_NON_ASCII)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] > 0x7e || (s[i] < 0x20 && (s[i] < '\t' || s[i] > '\r')))
			return true;
	return false;
}

/*
 * strace's decode_nla_str: the string is expected to end with its NUL
 * within len; the NUL is not shown, and "..." follows when the shown
 * part does not end with one (cut by -s, or missing).
 */
void ltr_nl_print_nlstr(struct ltr_call *c, uint64_t addr, uint32_t len)
{
	unsigned char stackbuf[256];
	uint32_t max = c->opts->strsize;
	uint32_t n = len < max ? len : max;
	unsigned char *buf = n <= sizeof(stackbuf) ? stackbuf : ltr_xmalloc(n);
	bool hex;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		goto out;
	}
	if (n && ltr_mem_read(c->mem, addr, buf, n) < 0) {
		ltr_print_addr(c->out, addr);
		goto out;
	}
	hex = wants_hex(c, buf, n);
	if (!hex && n && buf[n - 1] == '\0') {
		ltr_print_quoted(c->out, (const char *)buf, n - 1, c->opts, false);
		goto out;
	}
	if (hex)
		ltr_print_quoted_hex(c->out, (const char *)buf, n, len != 0);
	else
		ltr_print_quoted(c->out, (const char *)buf, n, c->opts, len != 0);
out:
	if (buf != stackbuf)
		free(buf);
}

/*
 * strace's QUOTE_0_TERMINATED strings: shown up to their first NUL; "..."
 * when none comes within the bytes shown (len, or -s of them).
 */
void ltr_nl_print_cstr(struct ltr_call *c, uint64_t addr, uint32_t len)
{
	unsigned char stackbuf[256];
	uint32_t max = c->opts->strsize;
	uint32_t n = len < max + 1 ? len : max + 1;
	unsigned char *buf = n <= sizeof(stackbuf) ? stackbuf : ltr_xmalloc(n);
	uint32_t shown, i;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		goto out;
	}
	if (n && ltr_mem_read(c->mem, addr, buf, n) < 0) {
		ltr_print_addr(c->out, addr);
		goto out;
	}
	shown = n < max ? n : max;
	for (i = 0; i < shown && buf[i]; i++)
		;
	if (i < shown)
		ltr_print_quoted(c->out, (const char *)buf, i, c->opts, false);
	else
		ltr_print_quoted(c->out, (const char *)buf, shown, c->opts,
				 len && !(n > shown && !buf[shown]));
out:
	if (buf != stackbuf)
		free(buf);
}

bool ltr_nla_cstr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	ltr_nl_print_cstr(c, addr, len);
	return true;
}

bool ltr_nla_str(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	ltr_nl_print_nlstr(c, addr, len);
	return true;
}

bool ltr_nla_strn(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	ltr_print_buf(c, addr, len);
	return true;
}

/* strace's decode_inet_addr: len bytes at addr, an address of family af. */
void ltr_nl_decode_inet_addr(struct ltr_call *c, uint64_t addr, uint32_t len, int af,
			     const char *var)
{
	unsigned char b[16];
	uint32_t size = af == AF_INET ? 4 : af == AF_INET6 ? 16 : 0;

	if (!size || len < size) {
		if (var)
			ltr_sb_printf(c->out, "%s=", var);
		ltr_print_buf_hex(c, addr, len);
		return;
	}
	if (ltr_mem_read(c->mem, addr, b, size) < 0) {
		if (var)
			ltr_sb_printf(c->out, "%s=", var);
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_inet_addr(c->out, af, b, size, var);
}

bool ltr_nla_in6_addr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[16];

	(void)opaque;
	if (len < 16)
		return false;
	if (ltr_nl_fetch(c, addr, b, 16))
		ltr_print_inet_addr(c->out, AF_INET6, b, 16, NULL);
	return true;
}

/*
 * How many bytes of a hardware address of device type devtype strace
 * shows (its hwaddr_sizes: the type's address length; 255, all, for the
 * types without one).
 */
static unsigned hwaddr_size(uint32_t devtype)
{
	switch (devtype) {
	case ARPHRD_NETROM: case ARPHRD_AX25: return 7;
	case ARPHRD_ETHER: case ARPHRD_IEEE802: case ARPHRD_LOOPBACK: case ARPHRD_FDDI:
	case ARPHRD_HIPPI: case ARPHRD_IEEE80211: case ARPHRD_IEEE80211_PRISM:
	case ARPHRD_IEEE80211_RADIOTAP:
		return 6;
	case ARPHRD_ARCNET: case ARPHRD_LOCALTLK: case ARPHRD_MCTP: case ARPHRD_PHONET:
	case ARPHRD_PHONET_PIPE:
		return 1;
	case ARPHRD_DLCI: return 2;
	case ARPHRD_IEEE1394: case ARPHRD_TUNNEL6: case ARPHRD_IP6GRE: return 16;
	case ARPHRD_EUI64: case ARPHRD_IEEE802154: case ARPHRD_IEEE802154_MONITOR:
	case ARPHRD_6LOWPAN:
		return 8;
	case ARPHRD_INFINIBAND: return 20;
	case ARPHRD_ROSE: return 5;
	case ARPHRD_TUNNEL: case ARPHRD_SIT: case ARPHRD_IPGRE: case ARPHRD_IRDA: return 4;
	case ARPHRD_SLIP: case ARPHRD_X25: case ARPHRD_CAN: case ARPHRD_PPP:
	case ARPHRD_RAWHDLC: case ARPHRD_RAWIP: case ARPHRD_IPDDP: case ARPHRD_PIMREG:
	case ARPHRD_CAIF: case ARPHRD_NETLINK: case ARPHRD_VSOCKMON:
		return 0;
	default:
		return 255;
	}
}

void ltr_nl_print_hwaddr(struct ltr_strbuf *out, const unsigned char *addr, uint32_t len,
			 uint32_t devtype)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	unsigned shown = len, i;

	/* -X raw: the bytes; -X verbose: the bytes, then aa:bb:... in a comment */
	if (style != LTR_XLAT_ABBREV || len > 32)
		ltr_print_quoted_hex(out, (const char *)addr, len, false);
	if (style == LTR_XLAT_RAW || len > 32)
		return;
	if (devtype != UINT32_MAX && hwaddr_size(devtype) < shown)
		shown = hwaddr_size(devtype);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " /* ");
	for (i = 0; i < shown; i++)
		ltr_sb_printf(out, i ? ":%02x" : "%02x", addr[i]);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " */");
}

bool ltr_nla_hwaddr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[32];

	(void)opaque;
	if (len > sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, len))
		ltr_nl_print_hwaddr(c->out, b, len, UINT32_MAX);
	return true;
}

bool ltr_nl_print_array(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			ltr_nl_elt_printer *print, const void *ctx)
{
	uint32_t n = size && size <= 128 ? len / size : 0, i;
	uint64_t max = ltr_array_max(c);
	unsigned char b[128];

	if (!n)
		return false;
	for (i = 0; i < n; i++) {
		uint64_t elt = addr + (uint64_t)size * i;

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= max) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (ltr_mem_read(c->mem, elt, b, size) < 0) {
			if (!i)
				ltr_print_addr(c->out, addr);
			else
				ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)elt);
			break;
		}
		if (!i)
			ltr_sb_putc(c->out, '[');
		print(c, b, i, elt, ctx);
	}
	if (i)
		ltr_sb_putc(c->out, ']');
	return true;
}

void ltr_nl_print_u8_elt(struct ltr_call *c, const unsigned char *elt, uint32_t i,
			 uint64_t elt_addr, const void *ctx)
{
	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_printf(c->out, "%u", elt[0]);
}

/* ltr_nla_print_indexed's element: how it prints */
struct indexed {
	unsigned width;
	bool is_signed;
	const struct ltr_xlat_table *xt;
	const char *unknown;
};

static void print_indexed_elt(struct ltr_call *c, const unsigned char *elt, uint32_t i,
			      uint64_t elt_addr, const void *ctx)
{
	const struct indexed *x = ctx;
	uint64_t v = x->width == 8 ? ltr_get_u64(elt) : ltr_get_u32(elt);

	(void)elt_addr;
	if (x->xt) {
		ltr_sb_putc(c->out, '[');
		ltr_print_xval_fmt(c->out, x->xt, i, x->is_signed ? LTR_XF_DEC : LTR_XF_UDEC,
				   x->unknown);
		ltr_sb_puts(c->out, "]=");
	}
	if (x->is_signed)
		ltr_sb_printf(c->out, "%lld", x->width == 8 ? (long long)(int64_t)v
							 : (long long)(int32_t)v);
	else
		ltr_sb_printf(c->out, "%llu", (unsigned long long)v);
}

bool ltr_nla_print_indexed(struct ltr_call *c, uint64_t addr, uint32_t len, unsigned width,
			   bool is_signed, const struct ltr_xlat_table *xt, const char *unknown)
{
	const struct indexed x = { width, is_signed, xt, unknown };

	return ltr_nl_print_array(c, addr, len, width, print_indexed_elt, &x);
}

/* struct sk_meminfo: u32s named by their index. */
bool ltr_nla_meminfo(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 4, false,
				     LTR_XT(netlink_sk_meminfo_indices), "SK_MEMINFO_???");
}

bool ltr_nla_print_xval(struct ltr_call *c, uint64_t addr, uint32_t len,
			const struct ltr_nla_xval *x)
{
	uint64_t v;

	if (len > 8 || len < x->size)
		return false;
	if (x->size)
		len = x->size;
	if (!read_uint(c, addr, len, &v))
		return true;
	if (x->flags)
		ltr_print_flags_dflt(c->out, x->xt, v, NULL, x->unknown);
	else if (x->dec)
		ltr_print_xval_fmt(c->out, x->xt, v, LTR_XF_UDEC, x->unknown);
	else
		ltr_print_xval(c->out, x->xt, v, x->unknown);
	return true;
}

bool ltr_nla_ether_proto(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[2];

	(void)opaque;
	if (len < 2 || len > 8)
		return false;
	if (!ltr_nl_fetch(c, addr, b, 2))
		return true;
	ltr_sb_puts(c->out, "htons(");
	ltr_print_xval(c->out, LTR_XT(ethernet_protocols), (unsigned)(b[0] << 8 | b[1]),
		       "ETHER_P_???");
	ltr_sb_putc(c->out, ')');
	return true;
}

bool ltr_nla_print_struct(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size,
			  ltr_nl_struct_printer *print)
{
	unsigned char b[256];

	if (size > sizeof(b) || len < size)
		return false;
	if (ltr_nl_fetch(c, addr, b, size))
		print(c, b);
	return true;
}

bool ltr_nla_print_uint_struct(struct ltr_call *c, uint64_t addr, uint32_t len,
			       unsigned width, const char *const *fields, unsigned n)
{
	unsigned char b[32 * 8];
	unsigned i;

	if (n > 32 || (width != 4 && width != 8) || len < width * n)
		return false;
	if (!ltr_nl_fetch(c, addr, b, width * n))
		return true;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < n; i++)
		ltr_sb_printf(c->out, "%s%s=%llu", i ? ", " : "", fields[i],
			      (unsigned long long)(width == 8 ? ltr_get_u64(b + 8 * i)
						   : ltr_get_u32(b + 4 * i)));
	ltr_sb_putc(c->out, '}');
	return true;
}

void ltr_nl_print_x(struct ltr_strbuf *out, uint64_t v)
{
	if (v)
		ltr_sb_printf(out, "%#llx", (unsigned long long)v);
	else
		ltr_sb_putc(out, '0');
}

void ltr_nl_print_hexbytes(struct ltr_call *c, const unsigned char *bytes, uint32_t len)
{
	uint32_t n = len < c->opts->strsize ? len : c->opts->strsize;

	ltr_print_quoted_hex(c->out, (const char *)bytes, n, len > n);
}
