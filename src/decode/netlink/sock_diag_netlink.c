/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about netlink sockets: struct netlink_diag_req,
 * struct netlink_diag_msg and its NETLINK_DIAG_* attributes.
 */
#include <stdio.h>

#include "netlink.h"

#define NDIAG_PROTO_ALL 255

/* sdiag_protocol: a NETLINK_* protocol, or NDIAG_PROTO_ALL */
static void print_req_protocol(struct ltr_call *c, const unsigned char *req)
{
	if (req[1] == NDIAG_PROTO_ALL)
		ltr_print_xlat(c->out, NDIAG_PROTO_ALL, LTR_XF_HEX, "NDIAG_PROTO_ALL");
	else
		ltr_print_xval(c->out, LTR_XT(netlink_protocols), req[1], "NETLINK_???");
}

static const struct ltr_nl_field netlink_req_fields[] = {
	LTR_NLF_CALL("sdiag_protocol", print_req_protocol),
	LTR_NLF("ndiag_ino", 4, 4, LTR_NLF_U),
	LTR_NLF_T("ndiag_show", 8, 4, LTR_NLF_FLAGS, netlink_diag_show, "NDIAG_SHOW_???"),
	LTR_NLF("ndiag_cookie", 12, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header netlink_req =
	LTR_NL_HEADER("sdiag_family", 20, netlink_req_fields, NULL);

void ltr_nl_diag_netlink_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			     uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &netlink_req);
}

/* NETLINK_DIAG_GROUPS: a bitmap of the tracee's longs */
static void print_group_word(struct ltr_call *c, const unsigned char *elt, uint32_t i,
			     uint64_t elt_addr, const void *ctx)
{
	unsigned ws = ltr_wordsize(c);

	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_printf(c->out, "0x%0*llx", (int)(2 * ws), (unsigned long long)ltr_get_uword(elt, ws));
}

static bool nla_groups(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, ltr_wordsize(c), print_group_word, NULL);
}

/* struct netlink_diag_ring */
LTR_NLA_U32_STRUCT(nla_ring, "ndr_block_size", "ndr_block_nr", "ndr_frame_size",
		   "ndr_frame_nr")

LTR_NLA_FLAGS(nla_flags, netlink_socket_flags, "NDIAG_FLAG_???", 4)

static ltr_nla_decoder *const netlink_msg_decoders[] = {
	[0] = ltr_nla_meminfo,   /* NETLINK_DIAG_MEMINFO */
	[1] = nla_groups,        /* NETLINK_DIAG_GROUPS */
	[2] = nla_ring,          /* NETLINK_DIAG_RX_RING */
	[3] = nla_ring,          /* NETLINK_DIAG_TX_RING */
	[4] = nla_flags,         /* NETLINK_DIAG_FLAGS */
};
static const struct ltr_nla_table netlink_msg_attrs =
	LTR_NLA_TABLE(netlink_diag_attrs, "NETLINK_DIAG_???", netlink_msg_decoders);

static const struct ltr_nl_field netlink_msg_fields[] = {
	LTR_NLF_T("ndiag_type", 1, 1, LTR_NLF_XVAL, socket_types, "SOCK_???"),
	LTR_NLF_T("ndiag_protocol", 2, 1, LTR_NLF_XVAL, netlink_protocols, "NETLINK_???"),
	LTR_NLF_T("ndiag_state", 3, 1, LTR_NLF_XVAL, netlink_states, "NETLINK_???"),
	LTR_NLF("ndiag_portid", 4, 4, LTR_NLF_U),
	LTR_NLF("ndiag_dst_portid", 8, 4, LTR_NLF_U),
	LTR_NLF("ndiag_dst_group", 12, 4, LTR_NLF_U),
	LTR_NLF("ndiag_ino", 16, 4, LTR_NLF_U),
	LTR_NLF("ndiag_cookie", 20, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header netlink_msg =
	LTR_NL_HEADER("ndiag_family", 28, netlink_msg_fields, &netlink_msg_attrs);

void ltr_nl_diag_netlink_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			     uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &netlink_msg);
}
