/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about netlink sockets: struct netlink_diag_req,
 * struct netlink_diag_msg and its NETLINK_DIAG_* attributes.
 */
#include <stdio.h>

#include "netlink.h"

#define NDIAG_PROTO_ALL 255

void ltr_nl_diag_netlink_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			     uint64_t addr, uint32_t len)
{
	unsigned char req[20] = { family };

	(void)h;
	ltr_sb_puts(c->out, "{sdiag_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, req, sizeof(req), 1)) {
		ltr_sb_puts(c->out, "sdiag_protocol=");
		if (req[1] == NDIAG_PROTO_ALL)
			ltr_print_xlat(c->out, NDIAG_PROTO_ALL, LTR_XF_HEX, "NDIAG_PROTO_ALL");
		else
			ltr_print_xval(c->out, LTR_XT(netlink_protocols), req[1], "NETLINK_???");
		ltr_sb_printf(c->out, ", ndiag_ino=%u, ndiag_show=", ltr_get_u32(req + 4));
		ltr_print_flags_dflt(c->out, LTR_XT(netlink_diag_show), ltr_get_u32(req + 8), NULL,
				     "NDIAG_SHOW_???");
		ltr_sb_printf(c->out, ", ndiag_cookie=[%u, %u]", ltr_get_u32(req + 12),
			      ltr_get_u32(req + 16));
	}
	ltr_sb_putc(c->out, '}');
}

/* NETLINK_DIAG_GROUPS: a bitmap of the tracee's longs */
static bool nla_groups(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned ws = ltr_wordsize(c);
	uint32_t n = len / ws, i;
	uint64_t max = ltr_array_max(c);
	unsigned char b[8];

	(void)opaque;
	if (!n)
		return false;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= max) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (ltr_mem_read(c->mem, addr + (uint64_t)ws * i, b, ws) < 0) {
			if (!i) {
				c->out->len--;
				c->out->data[c->out->len] = '\0';
				ltr_print_addr(c->out, addr);
				return true;
			}
			ltr_sb_printf(c->out, "... /* %#llx */",
				      (unsigned long long)(addr + (uint64_t)ws * i));
			break;
		}
		ltr_sb_printf(c->out, "0x%0*llx", (int)(2 * ws),
			      (unsigned long long)ltr_get_uword(b, ws));
	}
	ltr_sb_putc(c->out, ']');
	return true;
}

/* struct netlink_diag_ring */
static bool nla_ring(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[16];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{ndr_block_size=%u, ndr_block_nr=%u, ndr_frame_size=%u, "
			      "ndr_frame_nr=%u}", ltr_get_u32(b), ltr_get_u32(b + 4),
			      ltr_get_u32(b + 8), ltr_get_u32(b + 12));
	return true;
}

static bool nla_flags(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(netlink_socket_flags), "NDIAG_FLAG_???", 4, true, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

static ltr_nla_decoder *const netlink_msg_decoders[] = {
	[0] = ltr_nla_meminfo,   /* NETLINK_DIAG_MEMINFO */
	[1] = nla_groups,        /* NETLINK_DIAG_GROUPS */
	[2] = nla_ring,          /* NETLINK_DIAG_RX_RING */
	[3] = nla_ring,          /* NETLINK_DIAG_TX_RING */
	[4] = nla_flags,         /* NETLINK_DIAG_FLAGS */
};
static const struct ltr_nla_table netlink_msg_attrs =
	LTR_NLA_TABLE(netlink_diag_attrs, "NETLINK_DIAG_???", netlink_msg_decoders);

void ltr_nl_diag_netlink_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			     uint64_t addr, uint32_t len)
{
	unsigned char msg[28] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{ndiag_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, msg, sizeof(msg), 1)) {
		ltr_sb_puts(c->out, "ndiag_type=");
		ltr_print_xval(c->out, LTR_XT(socket_types), msg[1], "SOCK_???");
		ltr_sb_puts(c->out, ", ndiag_protocol=");
		ltr_print_xval(c->out, LTR_XT(netlink_protocols), msg[2], "NETLINK_???");
		ltr_sb_puts(c->out, ", ndiag_state=");
		ltr_print_xval(c->out, LTR_XT(netlink_states), msg[3], "NETLINK_???");
		ltr_sb_printf(c->out, ", ndiag_portid=%u, ndiag_dst_portid=%u, ndiag_dst_group=%u, "
			      "ndiag_ino=%u, ndiag_cookie=[%u, %u]", ltr_get_u32(msg + 4),
			      ltr_get_u32(msg + 8), ltr_get_u32(msg + 12), ltr_get_u32(msg + 16),
			      ltr_get_u32(msg + 20), ltr_get_u32(msg + 24));
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(msg), &netlink_msg_attrs, NULL);
}
