/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG: requests (NLM_F_REQUEST set) and replies by the
 * socket family of their first byte, and the fields the families share.
 * The bodies are in sock_diag_inet.c (TCP, UDP, ...), sock_diag_unix.c,
 * sock_diag_netlink.c, sock_diag_packet.c and sock_diag_smc.c; a family
 * without a decoder prints as
 * "{family=AF_PACKET, data=...}".
 */
#include <sys/socket.h>

#include "netlink.h"

#define NLM_F_REQUEST_FLAG 1

/* --- shared fields --- */

static void print_net_port(struct ltr_call *c, const char *name, const unsigned char *p)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	unsigned port = (unsigned)(p[0] << 8 | p[1]);

	ltr_sb_printf(c->out, "%s=", name);
	if (style != LTR_XLAT_ABBREV)
		ltr_print_quoted_hex(c->out, (const char *)p, 2, false);
	if (style == LTR_XLAT_RAW)
		return;
	ltr_sb_printf(c->out, style == LTR_XLAT_VERBOSE ? " /* htons(%u) */" : "htons(%u)", port);
}

/* struct inet_diag_sockid (48 bytes) */
void ltr_nl_print_inet_diag_sockid(struct ltr_call *c, const unsigned char *id, uint8_t family)
{
	ltr_sb_puts(c->out, "{");
	print_net_port(c, "idiag_sport", id);
	ltr_sb_puts(c->out, ", ");
	print_net_port(c, "idiag_dport", id + 2);
	ltr_sb_puts(c->out, ", ");
	ltr_print_inet_addr(c->out, family, id + 4, 16, "idiag_src");
	ltr_sb_puts(c->out, ", ");
	ltr_print_inet_addr(c->out, family, id + 20, 16, "idiag_dst");
	ltr_sb_puts(c->out, ", idiag_if=");
	ltr_print_ifindex(c->out, ltr_get_u32(id + 36));
	ltr_sb_printf(c->out, ", idiag_cookie=[%u, %u]}", ltr_get_u32(id + 40),
		      ltr_get_u32(id + 44));
}

void ltr_nl_print_tcp_states(struct ltr_call *c, const char *name, uint32_t states)
{
	ltr_sb_printf(c->out, "%s=", name);
	ltr_print_flags_dflt(c->out, LTR_XT(tcp_state_flags), states, NULL, "1<<TCP_???");
}

/* --- dispatch --- */

bool ltr_nl_decode_sock_diag(struct ltr_call *c, const struct ltr_nlmsg *h, uint64_t addr,
			     uint32_t len)
{
	ltr_nl_diag_decoder *dec = NULL;
	bool req = h->flags & NLM_F_REQUEST_FLAG;
	uint8_t family;

	if (h->type < 16)  /* NLMSG_DONE */
		return false;
	if (!ltr_nl_fetch(c, addr, &family, 1))
		return true;
	if (len > 1) {
		switch (family) {
		case AF_UNIX: dec = req ? ltr_nl_diag_unix_req : ltr_nl_diag_unix_msg; break;
		case AF_INET:
		case AF_INET6: dec = req ? ltr_nl_diag_inet_req : ltr_nl_diag_inet_msg; break;
		case AF_NETLINK:
			dec = req ? ltr_nl_diag_netlink_req : ltr_nl_diag_netlink_msg;
			break;
		case AF_PACKET:
			dec = req ? ltr_nl_diag_packet_req : ltr_nl_diag_packet_msg;
			break;
		case AF_SMC: dec = req ? ltr_nl_diag_smc_req : ltr_nl_diag_smc_msg; break;
		default: break;
		}
	}
	if (dec)
		dec(c, h, family, addr, len);
	else
		ltr_nl_print_family_data(c, family, addr, len, "family");
	return true;
}
