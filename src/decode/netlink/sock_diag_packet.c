/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about packet sockets: struct packet_diag_req,
 * struct packet_diag_msg and its PACKET_DIAG_* attributes.
 */
#include "netlink.h"

static const struct ltr_nl_field packet_req_fields[] = {
	LTR_NLF("sdiag_protocol", 1, 1, LTR_NLF_X),
	LTR_NLF("pdiag_ino", 4, 4, LTR_NLF_U),
	LTR_NLF_T("pdiag_show", 8, 4, LTR_NLF_FLAGS, packet_diag_show, "PACKET_SHOW_???"),
	LTR_NLF("pdiag_cookie", 12, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header packet_req =
	LTR_NL_HEADER("sdiag_family", 20, packet_req_fields, NULL);

void ltr_nl_diag_packet_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			    uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &packet_req);
}

/* struct packet_diag_info */
static void print_info(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, "{pdi_index=");
	ltr_print_ifindex(c->out, ltr_get_u32(b));
	ltr_sb_puts(c->out, ", pdi_version=");
	ltr_print_xval(c->out, LTR_XT(af_packet_versions), ltr_get_u32(b + 4), "TPACKET_???");
	ltr_sb_printf(c->out, ", pdi_reserve=%u, pdi_copy_thresh=%u, pdi_tstamp=%u, pdi_flags=",
		      ltr_get_u32(b + 8), ltr_get_u32(b + 12), ltr_get_u32(b + 16));
	ltr_print_flags_dflt(c->out, LTR_XT(packet_diag_info_flags), ltr_get_u32(b + 20), NULL,
			     "PDI_???");
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_info, 24, print_info)

/* struct packet_diag_mclist[] (44 bytes each) */
static void print_mclist(struct ltr_call *c, const unsigned char *b, uint32_t i,
			 uint64_t elt_addr, const void *ctx)
{
	unsigned alen = ltr_get_u16(b + 10);

	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_puts(c->out, "{pdmc_index=");
	ltr_print_ifindex(c->out, ltr_get_u32(b));
	ltr_sb_printf(c->out, ", pdmc_count=%u, pdmc_type=%u, pdmc_alen=%u, pdmc_addr=",
		      ltr_get_u32(b + 4), ltr_get_u16(b + 8), alen);
	ltr_nl_print_hexbytes(c, b + 12, alen < 32 ? alen : 32);
	ltr_sb_putc(c->out, '}');
}

static bool nla_mclist(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, 44, print_mclist, NULL);
}

/* struct packet_diag_ring: seven u32 */
LTR_NLA_U32_STRUCT(nla_ring, "pdr_block_size", "pdr_block_nr", "pdr_frame_size",
		   "pdr_frame_nr", "pdr_retire_tmo", "pdr_sizeof_priv", "pdr_features")

/*
 * PACKET_DIAG_FILTER: the socket's classic BPF program, as many struct
 * sock_filter as fit (strace: at least one, at most a u16 count).
 */
static bool nla_filter(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	uint32_t count = len / 8;

	(void)opaque;
	if (!count || count > UINT16_MAX)
		return false;
	ltr_print_sock_filters(c, addr, count);
	return true;
}

static ltr_nla_decoder *const packet_msg_decoders[] = {
	[0] = nla_info,          /* PACKET_DIAG_INFO */
	[1] = nla_mclist,        /* PACKET_DIAG_MCLIST */
	[2] = nla_ring,          /* PACKET_DIAG_RX_RING */
	[3] = nla_ring,          /* PACKET_DIAG_TX_RING */
	[4] = ltr_nla_u32,       /* PACKET_DIAG_FANOUT */
	[5] = ltr_nla_uid,       /* PACKET_DIAG_UID */
	[6] = ltr_nla_meminfo,   /* PACKET_DIAG_MEMINFO */
	[7] = nla_filter,        /* PACKET_DIAG_FILTER */
};
static const struct ltr_nla_table packet_msg_attrs =
	LTR_NLA_TABLE(packet_diag_attrs, "PACKET_DIAG_???", packet_msg_decoders);

static const struct ltr_nl_field packet_msg_fields[] = {
	LTR_NLF_T("pdiag_type", 1, 1, LTR_NLF_XVAL, socket_types, "SOCK_???"),
	LTR_NLF_T("pdiag_num", 2, 2, LTR_NLF_XVAL, ethernet_protocols, "ETH_P_???"),
	LTR_NLF("pdiag_ino", 4, 4, LTR_NLF_U),
	LTR_NLF("pdiag_cookie", 8, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header packet_msg =
	LTR_NL_HEADER("pdiag_family", 16, packet_msg_fields, &packet_msg_attrs);

void ltr_nl_diag_packet_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			    uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &packet_msg);
}
