/* SPDX-License-Identifier: MIT */
/*
 * Socket addresses (struct sockaddr of each family) and the address-like
 * fields other structures share with them (IPv4/IPv6 addresses, interface
 * indexes, MAC addresses), as strace 6.1 prints them. A sockaddr is read
 * whole (at most sizeof(struct sockaddr_storage) bytes) into a zeroed
 * buffer, then printed by its family's printer when it is at least that
 * family's minimal size, else as raw sa_data. A printer may read the
 * whole of its family's structure: the bytes past the length are zeros.
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* sizeof(struct sockaddr_storage): the most strace reads of a sockaddr. */
#define SOCKADDR_MAX 128
/* sizeof(struct sockaddr_un) */
#define SOCKADDR_UN_SIZE 110

/* --- fields shared with other structures --- */

void ltr_print_ifindex(struct ltr_strbuf *out, uint32_t ifindex)
{
	char ifname[IF_NAMESIZE], lit[4 * IF_NAMESIZE + 4], text[sizeof(lit) + 20];

	if (ifindex && if_indextoname(ifindex, ifname)) {
		snprintf(text, sizeof(text), "if_nametoindex(%s)",
			 ltr_format_text_literal(lit, sizeof(lit), ifname));
		ltr_print_xlat(out, ifindex, LTR_XF_UDEC, text);
	} else {
		ltr_print_xlat(out, ifindex, LTR_XF_UDEC, NULL);
	}
}

/*
 * Bytes in network order under -X raw and verbose, as strace shows them
 * first; returns whether the text form follows (in a comment if verbose).
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

bool ltr_print_inet_addr(struct ltr_strbuf *out, int af, const unsigned char *addr,
			 unsigned len, const char *field)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	char text[INET6_ADDRSTRLEN], lit[4 * INET6_ADDRSTRLEN + 4];
	unsigned size = af == AF_INET ? 4 : af == AF_INET6 ? 16 : 0;

	if (!size || len < size || !inet_ntop(af, addr, text, sizeof(text))) {
		if (field)
			ltr_sb_printf(out, "%s=", field);
		ltr_print_quoted_hex(out, (const char *)addr, len, false);
		return false;
	}
	/* abbreviated, an IPv6 field is named inside inet_pton() only */
	if (field && (af == AF_INET || style != LTR_XLAT_ABBREV))
		ltr_sb_printf(out, "%s=", field);
	/* -X raw: the field's bytes; -X verbose: them, then the call in a comment */
	if (!net_field_begin(out, addr, len))
		return true;
	ltr_format_text_literal(lit, sizeof(lit), text);
	if (af == AF_INET)
		ltr_sb_printf(out, "inet_addr(%s)", lit);
	else if (field && style == LTR_XLAT_ABBREV)
		ltr_sb_printf(out, "inet_pton(AF_INET6, %s, &%s)", lit, field);
	else
		ltr_sb_printf(out, "inet_pton(AF_INET6, %s)", lit);
	ltr_xlat_end(out);
	return true;
}

void ltr_print_mac_addr(struct ltr_strbuf *out, const unsigned char *addr, unsigned size)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	unsigned i;

	/* MAX_ADDR_LEN of the kernel: longer ones show as bytes only */
	if (style != LTR_XLAT_ABBREV || size > 32)
		ltr_print_quoted_hex(out, (const char *)addr, size, false);
	if (style == LTR_XLAT_RAW || size > 32)
		return;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " /* ");
	for (i = 0; i < size; i++)
		ltr_sb_printf(out, "%s%02x", i ? ":" : "", addr[i]);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " */");
}

/* "htons(80)" of the port at p (2 bytes, network order), styled by -X. */
static void print_net_port(struct ltr_strbuf *out, const char *field, const unsigned char *p)
{
	ltr_sb_printf(out, "%s=", field);
	if (!net_field_begin(out, p, 2))
		return;
	ltr_sb_printf(out, "htons(%u)", (unsigned)(p[0] << 8 | p[1]));
	ltr_xlat_end(out);
}

/* --- the families --- */

static void print_sa_data(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	ltr_sb_puts(c->out, "sa_data=");
	ltr_print_quoted(c->out, (const char *)sa + 2, len - 2, c->opts, false);
}

/*
 * sun_path: up to its NUL, at most sizeof(sun_path) bytes; an abstract
 * name (first byte NUL) as "@" and all its bytes.
 */
static void print_sockaddr_un(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	const char *path = (const char *)sa + 2;
	unsigned n = (len > SOCKADDR_UN_SIZE ? SOCKADDR_UN_SIZE : len) - 2;

	ltr_sb_puts(c->out, "sun_path=");
	if (path[0] == '\0') {
		ltr_sb_putc(c->out, '@');
		ltr_print_quoted(c->out, path + 1, n - 1, c->opts, false);
		return;
	}
	ltr_print_quoted(c->out, path, strnlen(path, n), c->opts, false);
}

static void print_sockaddr_in(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	(void)len;
	print_net_port(c->out, "sin_port", sa + 2);
	ltr_sb_puts(c->out, ", ");
	ltr_print_inet_addr(c->out, AF_INET, sa + 4, 4, "sin_addr");
}

/* Link-local unicast (fe80::/10) or link-local multicast (ff02::/16). */
static int is_link_local6(const unsigned char *a)
{
	return (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) || (a[0] == 0xff && (a[1] & 0x0f) == 0x2);
}

static void print_sockaddr_in6(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	uint32_t flowinfo;
	enum ltr_xlat_style style = ltr_xlat_style();

	memcpy(&flowinfo, sa + 4, 4);
	print_net_port(c->out, "sin6_port", sa + 2);
	ltr_sb_puts(c->out, ", sin6_flowinfo=");
	if (style != LTR_XLAT_ABBREV)
		ltr_print_quoted_hex(c->out, (const char *)sa + 4, 4, false);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " /* ");
	if (style != LTR_XLAT_RAW)
		ltr_sb_printf(c->out, "htonl(%u)", ntohl(flowinfo));
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " */");
	ltr_sb_puts(c->out, ", ");
	ltr_print_inet_addr(c->out, AF_INET6, sa + 8, 16, "sin6_addr");
	/* sin6_scope_id only when the address holds more than its fixed part */
	if (len <= 24)
		return;
	ltr_sb_puts(c->out, ", sin6_scope_id=");
	if (is_link_local6(sa + 8))
		ltr_print_ifindex(c->out, ltr_get_u32(sa + 24));
	else
		ltr_sb_printf(c->out, "%u", ltr_get_u32(sa + 24));
}

static void print_sockaddr_nl(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned pad = (unsigned)sa[2] | (unsigned)sa[3] << 8;

	(void)len;
	/* as strace: nl_pad only when set, nl_pid a pid, nl_groups "%#08x" */
	if (pad)
		ltr_sb_printf(c->out, "nl_pad=%#x, ", pad);
	ltr_sb_puts(c->out, "nl_pid=");
	ltr_print_pid(c, (int)ltr_get_u32(sa + 4));
	ltr_sb_printf(c->out, ", nl_groups=%#08x", ltr_get_u32(sa + 8));
}

/* sockaddr_ll: protocol, ifindex, hatype, pkttype, halen, then addr[halen]. */
static void print_sockaddr_ll(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned proto = (unsigned)(sa[2] << 8 | sa[3]);
	unsigned halen = sa[11], i;

	ltr_sb_puts(c->out, "sll_protocol=");
	if (net_field_begin(c->out, sa + 2, 2)) {
		int prev = ltr_xlat_force(LTR_XLAT_ABBREV);

		ltr_sb_puts(c->out, "htons(");
		ltr_print_xval(c->out, LTR_XT(ethernet_protocols), proto, "ETH_P_???");
		ltr_sb_putc(c->out, ')');
		ltr_xlat_force(prev);
		ltr_xlat_end(c->out);
	}
	ltr_sb_puts(c->out, ", sll_ifindex=");
	ltr_print_ifindex(c->out, ltr_get_u32(sa + 4));
	ltr_sb_puts(c->out, ", sll_hatype=");
	ltr_print_xval(c->out, LTR_XT(arp_hardware_types), (unsigned)(sa[8] | sa[9] << 8),
		       "ARPHRD_???");
	ltr_sb_puts(c->out, ", sll_pkttype=");
	ltr_print_xval(c->out, LTR_XT(af_packet_types), sa[10], "PACKET_???");
	ltr_sb_printf(c->out, ", sll_halen=%u", halen);
	if (!halen)
		return;
	/* sll_addr has 8 bytes, but the address may run on in the buffer */
	ltr_sb_puts(c->out, ", sll_addr=[");
	for (i = 0; i < halen; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (12 + i >= len) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_printf(c->out, "%#04x", sa[12 + i]);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * How an AX.25 callsign (6 shifted characters and an SSID byte) can be
 * shown: LTR_XLAT_ABBREV when it reads as a callsign (then the -X style
 * decides), LTR_XLAT_VERBOSE when it reads but is not a sane one (bytes,
 * then the text in a comment), LTR_XLAT_RAW when its characters cannot be
 * printed (bytes only), as strace 6.1 decides.
 */
static enum ltr_xlat_style ax25_call_style(const unsigned char *call, bool *sane)
{
	enum ltr_xlat_style ret = LTR_XLAT_ABBREV;
	bool space_seen = false, char_seen = false;
	unsigned i;

	*sane = true;
	for (i = 0; i < 6; i++) {
		unsigned char ch = call[i];

		if (ch & 1)
			ret = LTR_XLAT_VERBOSE;
		ch >>= 1;
		if (ch == ' ')
			space_seen = true;
		else
			char_seen = true;
		if ((ch < '0' || ch > '9') && (ch < 'A' || ch > 'Z') && ch != ' ')
			ret = LTR_XLAT_VERBOSE;
		if (ch != ' ' && space_seen)
			ret = LTR_XLAT_VERBOSE;
		if (ch < ' ' || ch > 0x7e || ch == '*' || ch == '/') {
			*sane = false;
			return LTR_XLAT_RAW;
		}
	}
	if (call[6] & ~0x1e)
		ret = LTR_XLAT_VERBOSE;
	if (!char_seen && call[6])
		ret = LTR_XLAT_VERBOSE;
	*sane = ret == LTR_XLAT_ABBREV;
	return ret;
}

/* "CALL-SSID", or "*" for an empty callsign with SSID 0. */
static void ax25_call_text(const unsigned char *call, char *buf)
{
	char *p = buf;
	unsigned end, i, ssid = (call[6] >> 1) & 0xf;

	for (end = 6; end; end--)
		if ((call[end - 1] >> 1) != ' ')
			break;
	for (i = 0; i < end; i++)
		*p++ = (char)(call[i] >> 1);
	*p++ = '-';
	if (ssid > 9) {
		*p++ = '1';
		ssid -= 10;
	}
	*p++ = (char)('0' + ssid);
	*p = '\0';
	if (buf[0] == '-' && buf[1] == '0')
		strcpy(buf, "*");
}

static void print_ax25_call(struct ltr_strbuf *out, const unsigned char *call)
{
	bool sane;
	enum ltr_xlat_style style = ax25_call_style(call, &sane);
	char text[16];

	if (sane)
		style = ltr_xlat_style();
	if (style != LTR_XLAT_ABBREV) {
		ltr_sb_puts(out, "{ax25_call=");
		ltr_print_quoted_hex(out, (const char *)call, 7, false);
		ltr_sb_putc(out, '}');
	}
	if (style == LTR_XLAT_RAW)
		return;
	ax25_call_text(call, text);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_printf(out, " /* %s */", text);
	else
		ltr_sb_puts(out, text);
}

/*
 * sockaddr_ax25 (16 bytes), or full_sockaddr_ax25 with up to 8
 * digipeaters when sax25_ndigis is set or the address is longer.
 */
static void print_sockaddr_ax25(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	int32_t ndigis = (int32_t)ltr_get_u32(sa + 12);
	bool full = ndigis || len > 16;
	unsigned has = (len - 16) / 7, want, n, i;

	if (full)
		ltr_sb_puts(c->out, "fsa_ax25={");
	ltr_sb_puts(c->out, "sax25_call=");
	print_ax25_call(c->out, sa + 2);
	ltr_sb_printf(c->out, ", sax25_ndigis=%d", ndigis);
	if (!full)
		return;
	ltr_sb_putc(c->out, '}');
	if (has > 8)
		has = 8;
	want = ndigis < 0 ? 0 : ndigis > 8 ? 8 : (unsigned)ndigis;
	n = has < want ? has : want;
	if (want) {
		ltr_sb_puts(c->out, ", fsa_digipeater=[");
		for (i = 0; i < n; i++) {
			if (i)
				ltr_sb_puts(c->out, ", ");
			print_ax25_call(c->out, sa + 16 + 7 * i);
		}
		if (want > has)
			ltr_sb_puts(c->out, n ? ", ..." : "...");
		ltr_sb_putc(c->out, ']');
	}
	if (len > has * 7 + 16)
		ltr_sb_puts(c->out, ", ...");
}

/* sockaddr_ipx: port, network, node[6], type, and zero when set. */
static void print_sockaddr_ipx(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned i;

	(void)len;
	print_net_port(c->out, "sipx_port", sa + 2);
	ltr_sb_printf(c->out, ", sipx_network=htonl(%#x), sipx_node=[",
		      (unsigned)sa[4] << 24 | (unsigned)sa[5] << 16 | (unsigned)sa[6] << 8 | sa[7]);
	for (i = 0; i < 6; i++)
		ltr_sb_printf(c->out, "%s%#04x", i ? ", " : "", sa[8 + i]);
	ltr_sb_printf(c->out, "], sipx_type=%#04x", sa[14]);
	if (sa[15])
		ltr_sb_printf(c->out, ", sipx_zero=%#x", sa[15]);
}

/* sockaddr_x25: x25_addr, a string of at most 15 characters. */
static void print_sockaddr_x25(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	const char *addr = (const char *)sa + 2;
	size_t n = strnlen(addr, 15);

	(void)len;
	ltr_sb_puts(c->out, "sx25_addr={x25_addr=");
	ltr_print_quoted(c->out, addr, n, c->opts, n == 15 && addr[15] != '\0');
	ltr_sb_putc(c->out, '}');
}

/*
 * A Bluetooth PSM or CID (little-endian): its name, or base+offset in
 * the dynamic ranges ("L2CAP_PSM_DYN_START+8248"), or the number and
 * the unknown comment.
 */
static void print_l2_value(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			   unsigned v, const unsigned *bases, unsigned nbases,
			   const unsigned *ends, const char *unknown)
{
	const char *name = ltr_xlat_lookup(table, v);
	enum ltr_xlat_style style = ltr_xlat_style();
	int base = -1;
	unsigned i;

	for (i = 0; !name && i < nbases; i++)
		if (v >= bases[i] && v <= ends[i])
			base = (int)i;
	ltr_sb_puts(out, "htobs(");
	if (style != LTR_XLAT_ABBREV || (!name && base < 0))
		ltr_sb_printf(out, "%#x", v);
	if (style != LTR_XLAT_RAW) {
		bool comment = style == LTR_XLAT_VERBOSE || (!name && base < 0);

		if (comment)
			ltr_sb_puts(out, " /* ");
		if (name) {
			ltr_sb_puts(out, name);
		} else if (base >= 0) {
			ltr_print_xlat(out, bases[base], LTR_XF_HEX,
				       ltr_xlat_lookup(table, bases[base]));
			ltr_sb_printf(out, "+%u", v - bases[base]);
		} else {
			ltr_sb_puts(out, unknown);
		}
		if (comment)
			ltr_sb_puts(out, " */");
	}
	ltr_sb_putc(out, ')');
}

/* The Bluetooth addresses, told apart by their length only, as strace does. */
static void print_sockaddr_bt(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	static const unsigned psm_bases[] = { 0x80, 0x1001 }, psm_ends[] = { 0xff, 0xffff };
	static const unsigned cid_bases[] = { 0x40 }, cid_ends[] = { 0xffff };

	switch (len) {
	case 4: /* sockaddr_hci, without or with hci_channel */
	case 6:
		ltr_sb_printf(c->out, "hci_dev=htobs(%u)", (unsigned)(sa[2] | sa[3] << 8));
		if (len == 6) {
			ltr_sb_puts(c->out, ", hci_channel=");
			ltr_print_xval(c->out, LTR_XT(hci_channels), (unsigned)(sa[4] | sa[5] << 8),
				       "HCI_CHANNEL_???");
		}
		break;
	case 8: /* sockaddr_sco */
		ltr_sb_puts(c->out, "sco_bdaddr=");
		ltr_print_mac_addr(c->out, sa + 2, 6);
		break;
	case 10: /* sockaddr_rc */
		ltr_sb_puts(c->out, "rc_bdaddr=");
		ltr_print_mac_addr(c->out, sa + 2, 6);
		ltr_sb_printf(c->out, ", rc_channel=%u", sa[8]);
		break;
	case 12: /* sockaddr_l2, without or with l2_bdaddr_type */
	case 14:
		ltr_sb_puts(c->out, "l2_psm=");
		print_l2_value(c->out, LTR_XT(bluetooth_l2_psm), (unsigned)(sa[2] | sa[3] << 8),
			       psm_bases, 2, psm_ends, "L2CAP_PSM_???");
		ltr_sb_puts(c->out, ", l2_bdaddr=");
		ltr_print_mac_addr(c->out, sa + 4, 6);
		ltr_sb_puts(c->out, ", l2_cid=");
		print_l2_value(c->out, LTR_XT(bluetooth_l2_cid), (unsigned)(sa[10] | sa[11] << 8),
			       cid_bases, 1, cid_ends, "L2CAP_CID_???");
		if (len == 14) {
			ltr_sb_puts(c->out, ", l2_bdaddr_type=");
			ltr_print_xval(c->out, LTR_XT(bdaddr_types), sa[12], "BDADDR_???");
		}
		break;
	default:
		print_sa_data(c, sa, len);
		break;
	}
}

/* --- the families strace 6.1 decodes past Bluetooth --- */

/* A value with its name in a comment, but under -X raw (strace's *_VERBOSE). */
static void print_xval_verbose(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
			       uint64_t val, const char *unknown)
{
	int prev = ltr_xlat_force_verbose();

	ltr_print_xval(out, t, val, unknown);
	ltr_xlat_force(prev);
}

/*
 * A char array of size bytes (size > 0) meant to end with a NUL: up to
 * its first NUL, at most size - 1 bytes, then "..." when none of the
 * size bytes is a NUL, as strace prints such fields.
 */
static void print_asciz_field(struct ltr_call *c, const char *field, const unsigned char *p,
			      unsigned size)
{
	size_t n = strnlen((const char *)p, size);

	ltr_sb_printf(c->out, "%s=", field);
	ltr_print_quoted(c->out, (const char *)p, n < size ? n : size - 1, c->opts, n == size);
}

/*
 * sockaddr_rxrpc: service, transport type and length, then the
 * transport address within the length it claims and the bytes there
 * are: sockaddr_in or sockaddr_in6 when long enough, else its bytes.
 */
static void print_sockaddr_rxrpc(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	const unsigned char *tr = sa + 8; /* the transport union */
	unsigned tlen = ltr_get_u16(sa + 6), family = ltr_get_u16(tr);
	unsigned n = tlen < len - 8 ? tlen : len - 8;
	const char *field = family == AF_INET ? "sin" : family == AF_INET6 ? "sin6" : NULL;

	ltr_sb_puts(c->out, "srx_service=");
	print_xval_verbose(c->out, LTR_XT(rxrpc_services), ltr_get_u16(sa + 2), "???_SERVICE");
	ltr_sb_puts(c->out, ", transport_type=");
	ltr_print_xval(c->out, LTR_XT(socket_types), ltr_get_u16(sa + 4), "SOCK_???");
	ltr_sb_printf(c->out, ", transport_len=%u, transport={", tlen);
	if (field)
		ltr_sb_printf(c->out, "%s={%s_family=", field, field);
	else
		ltr_sb_puts(c->out, "family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	if (family == AF_INET && tlen >= 16) {
		ltr_sb_puts(c->out, ", ");
		print_sockaddr_in(c, tr, n);
	} else if (family == AF_INET6 && tlen >= 24) {
		ltr_sb_puts(c->out, ", ");
		print_sockaddr_in6(c, tr, n);
	} else if (n > 2) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_quoted(c->out, (const char *)tr + 2, n - 2, c->opts, false);
	}
	ltr_sb_puts(c->out, field ? "}}" : "}");
}

/* sockaddr_ieee802154: its addr, a short address or an 8-byte one by type. */
static void print_sockaddr_ieee802154(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	uint32_t type = ltr_get_u32(sa + 4);

	(void)len;
	ltr_sb_puts(c->out, "addr={addr_type=");
	print_xval_verbose(c->out, LTR_XT(ieee802154_addr_types), type, "IEEE802154_ADDR_???");
	ltr_sb_puts(c->out, ", pan_id=");
	print_xval_verbose(c->out, LTR_XT(ieee802154_pan_ids), ltr_get_u16(sa + 8), NULL);
	switch (type) {
	case 0: /* IEEE802154_ADDR_NONE */
		break;
	case 2: /* IEEE802154_ADDR_SHORT */
		ltr_sb_puts(c->out, ", short_addr=");
		print_xval_verbose(c->out, LTR_XT(ieee802154_short_addrs), ltr_get_u16(sa + 10),
				   NULL);
		break;
	default: /* IEEE802154_ADDR_LONG, and what strace takes for it */
		ltr_sb_puts(c->out, ", hwaddr=");
		ltr_print_mac_addr(c->out, sa + 10, 8);
		break;
	}
	ltr_sb_putc(c->out, '}');
}

static void print_alg_flags(struct ltr_call *c, const char *field, uint32_t flags)
{
	int prev = ltr_xlat_force_verbose();

	ltr_sb_printf(c->out, ", %s=", field);
	ltr_print_flags_dflt(c->out, LTR_XT(alg_sockaddr_flags), flags, NULL, "CRYPTO_ALG_???");
	ltr_xlat_force(prev);
}

/* sockaddr_alg: type, flags, and a name running to the end of the address. */
static void print_sockaddr_alg(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	print_asciz_field(c, "salg_type", sa + 2, 14);
	print_alg_flags(c, "salg_feat", ltr_get_u32(sa + 16));
	print_alg_flags(c, "salg_mask", ltr_get_u32(sa + 20));
	ltr_sb_puts(c->out, ", ");
	print_asciz_field(c, "salg_name", sa + 24, len - 24);
}

/*
 * sockaddr_nfc, or sockaddr_nfc_llcp when the address holds it whole
 * (its size_t service_name_len makes it 96 bytes, 88 for 32-bit
 * tracees); a length between the two shows as "...".
 */
static void print_sockaddr_nfc(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned llcp_len = ltr_wordsize(c) == 8 ? 96 : 88;
	uint64_t name_len;

	ltr_sb_puts(c->out, "dev_idx=");
	ltr_print_ifindex(c->out, ltr_get_u32(sa + 4));
	ltr_sb_printf(c->out, ", target_idx=%#x, nfc_protocol=", ltr_get_u32(sa + 8));
	ltr_print_xval(c->out, LTR_XT(nfc_protocols), ltr_get_u32(sa + 12), "NFC_PROTO_???");
	if (len < llcp_len) {
		if (len > 16)
			ltr_sb_puts(c->out, ", ...");
		return;
	}
	name_len = ltr_wordsize(c) == 8 ? ltr_get_u64(sa + 88) : ltr_get_u32(sa + 84);
	ltr_sb_puts(c->out, ", dsap=");
	print_xval_verbose(c->out, LTR_XT(nfc_llcp_saps), sa[16], NULL);
	ltr_sb_puts(c->out, ", ssap=");
	print_xval_verbose(c->out, LTR_XT(nfc_llcp_saps), sa[17], NULL);
	/* service_name has 63 bytes (NFC_LLCP_MAX_SERVICE_NAME) */
	ltr_sb_puts(c->out, ", service_name=");
	ltr_print_quoted(c->out, (const char *)sa + 18, name_len < 63 ? (size_t)name_len : 63,
			 c->opts, false);
	ltr_sb_printf(c->out, ", service_name_len=%llu", (unsigned long long)name_len);
}

/* sockaddr_vm; the reserved and zero fields only when set. */
static void print_sockaddr_vsock(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned reserved = ltr_get_u16(sa + 2);

	(void)len;
	if (reserved)
		ltr_sb_printf(c->out, "svm_reserved1=%#x, ", reserved);
	ltr_sb_puts(c->out, "svm_cid=");
	ltr_print_xval(c->out, LTR_XT(vsock_cids), ltr_get_u32(sa + 8), NULL);
	ltr_sb_puts(c->out, ", svm_port=");
	ltr_print_xval(c->out, LTR_XT(vsock_ports), ltr_get_u32(sa + 4), NULL);
	ltr_sb_puts(c->out, ", svm_flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(vsock_flags), sa[12], NULL, "VMADDR_FLAG_???");
	if (sa[13] || sa[14] || sa[15]) {
		ltr_sb_puts(c->out, ", svm_zero=");
		ltr_print_quoted_hex(c->out, (const char *)sa + 13, 3, false);
	}
}

static void print_sockaddr_qrtr(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	(void)len;
	ltr_sb_puts(c->out, "sq_node=");
	ltr_print_xval(c->out, LTR_XT(qrtr_nodes), ltr_get_u32(sa + 4), NULL);
	ltr_sb_puts(c->out, ", sq_port=");
	ltr_print_xval(c->out, LTR_XT(qrtr_ports), ltr_get_u32(sa + 8), NULL);
}

/* sockaddr_xdp: the shared umem descriptor is one only with XDP_SHARED_UMEM. */
static void print_sockaddr_xdp(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned flags = ltr_get_u16(sa + 2);
	uint32_t fd = ltr_get_u32(sa + 12);

	(void)len;
	ltr_sb_puts(c->out, "sxdp_flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(xdp_sockaddr_flags), flags, NULL, "XDP_???");
	ltr_sb_puts(c->out, ", sxdp_ifindex=");
	ltr_print_ifindex(c->out, ltr_get_u32(sa + 4));
	ltr_sb_printf(c->out, ", sxdp_queue_id=%u", ltr_get_u32(sa + 8));
	if (flags & 1) { /* XDP_SHARED_UMEM */
		ltr_sb_puts(c->out, ", sxdp_shared_umem_fd=");
		ltr_print_fd(c, (int)fd);
	} else if (fd) {
		ltr_sb_printf(c->out, ", sxdp_shared_umem_fd=%#x", fd);
	}
}

/* sockaddr_mctp; the padding fields only when set. */
static void print_sockaddr_mctp(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned pad0 = ltr_get_u16(sa + 2);

	(void)len;
	if (pad0)
		ltr_sb_printf(c->out, "__smctp_pad0=%#x, ", pad0);
	ltr_sb_puts(c->out, "smctp_network=");
	ltr_print_xval(c->out, LTR_XT(mctp_nets), ltr_get_u32(sa + 4), NULL);
	ltr_sb_puts(c->out, ", smctp_addr={s_addr=");
	ltr_print_xval(c->out, LTR_XT(mctp_addrs), sa[8], NULL);
	ltr_sb_printf(c->out, "}, smctp_type=%#x, smctp_tag=%#x", sa[9], sa[10]);
	if (sa[11])
		ltr_sb_printf(c->out, ", __smctp_pad1=%#x", sa[11]);
}

typedef void sockaddr_printer(struct ltr_call *c, const unsigned char *sa, unsigned len);

/* The families decoded and the least length each needs. */
static const struct {
	sockaddr_printer *print;
	unsigned min_len;
} family_printers[] = {
	[1] = { print_sockaddr_un, 3 },    /* AF_UNIX */
	[2] = { print_sockaddr_in, 16 },   /* AF_INET */
	[3] = { print_sockaddr_ax25, 16 }, /* AF_AX25 */
	[4] = { print_sockaddr_ipx, 16 },  /* AF_IPX */
	[9] = { print_sockaddr_x25, 18 },  /* AF_X25 */
	[10] = { print_sockaddr_in6, 24 }, /* AF_INET6: up to sin6_scope_id */
	[16] = { print_sockaddr_nl, 12 },  /* AF_NETLINK */
	[17] = { print_sockaddr_ll, 20 },  /* AF_PACKET */
	[31] = { print_sockaddr_bt, 3 },   /* AF_BLUETOOTH */
	[33] = { print_sockaddr_rxrpc, 36 },      /* AF_RXRPC */
	[36] = { print_sockaddr_ieee802154, 20 }, /* AF_IEEE802154 */
	[38] = { print_sockaddr_alg, 25 },        /* AF_ALG: with a name byte at least */
	[39] = { print_sockaddr_nfc, 16 },        /* AF_NFC */
	[40] = { print_sockaddr_vsock, 16 },      /* AF_VSOCK */
	[42] = { print_sockaddr_qrtr, 12 },       /* AF_QIPCRTR */
	[44] = { print_sockaddr_xdp, 16 },        /* AF_XDP */
	[45] = { print_sockaddr_mctp, 12 },       /* AF_MCTP */
};

void ltr_print_sockaddr_buf(struct ltr_call *c, const unsigned char *sa, unsigned len)
{
	unsigned family = (unsigned)(sa[0] | sa[1] << 8);

	ltr_sb_puts(c->out, "{sa_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	if (len > 2) {
		ltr_sb_puts(c->out, ", ");
		if (family < sizeof(family_printers) / sizeof(family_printers[0]) &&
		    family_printers[family].print && len >= family_printers[family].min_len)
			family_printers[family].print(c, sa, len);
		else
			print_sa_data(c, sa, len);
	}
	ltr_sb_putc(c->out, '}');
}

int ltr_print_sockaddr(struct ltr_call *c, uint64_t addr, int64_t len)
{
	/* one byte more than the largest, zeroed: a sun_path may use it */
	unsigned char sa[SOCKADDR_MAX + 1];
	unsigned n;

	if (len < 2) {
		ltr_print_addr(c->out, addr);
		return -1;
	}
	n = len > SOCKADDR_MAX ? SOCKADDR_MAX : (unsigned)len;
	memset(sa, 0, sizeof(sa));
	if (!ltr_fetch(c, addr, sa, n))
		return -1;
	ltr_print_sockaddr_buf(c, sa, n);
	return sa[0] | sa[1] << 8;
}

/* A sockaddr input argument; its length (an int) is argument param. */
void ltr_print_arg_sockaddr(struct ltr_call *c, unsigned idx)
{
	unsigned lenidx = c->desc ? c->desc->args[idx].param : idx + 1;

	ltr_print_sockaddr(c, ltr_word_mask(c, c->args[idx]), ltr_call_arg_int(c, lenidx));
}
