/* SPDX-License-Identifier: MIT */
/*
 * The smaller NETLINK_ROUTE bodies: routing rules (struct fib_rule_hdr),
 * netconf (struct netconfmsg), NSID (struct rtgenmsg), each with its
 * attributes.
 */
#include "netlink.h"

#define FIB_RULE_HDR_SIZE 12u

static bool nla_rule_addr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const unsigned char *hdr = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, hdr[0], NULL);
	return true;
}

/* struct fib_rule_uid_range, struct fib_rule_port_range */
static bool nla_range(struct ltr_call *c, uint64_t addr, uint32_t len, unsigned width)
{
	unsigned char b[8];

	if (len < 2 * width)
		return false;
	if (ltr_nl_fetch(c, addr, b, 2 * width))
		ltr_sb_printf(c->out, "{start=%u, end=%u}",
			      width == 4 ? ltr_get_u32(b) : ltr_get_u16(b),
			      width == 4 ? ltr_get_u32(b + 4) : ltr_get_u16(b + 2));
	return true;
}

static bool nla_uid_range(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return nla_range(c, addr, len, 4);
}

static bool nla_port_range(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return nla_range(c, addr, len, 2);
}

LTR_NLA_XVAL(nla_rt_table, routing_table_ids, NULL, 4)

LTR_NLA_XVAL(nla_rt_proto, routing_protocols, "RTPROT_???", 1)

LTR_NLA_XVAL(nla_ip_proto, inet_protocols, "IPPROTO_???", 0)

static ltr_nla_decoder *const rule_decoders[] = {
	[1] = nla_rule_addr,    /* FRA_DST */
	[2] = nla_rule_addr,    /* FRA_SRC */
	[3] = ltr_nla_str,      /* FRA_IIFNAME */
	[4] = ltr_nla_u32,      /* FRA_GOTO */
	[6] = ltr_nla_u32,      /* FRA_PRIORITY */
	[10] = ltr_nla_u32,     /* FRA_FWMARK */
	[11] = ltr_nla_u32,     /* FRA_FLOW */
	[12] = ltr_nla_be64,    /* FRA_TUN_ID */
	[13] = ltr_nla_u32,     /* FRA_SUPPRESS_IFGROUP */
	[14] = ltr_nla_u32,     /* FRA_SUPPRESS_PREFIXLEN */
	[15] = nla_rt_table,    /* FRA_TABLE */
	[16] = ltr_nla_u32,     /* FRA_FWMASK */
	[17] = ltr_nla_str,     /* FRA_OIFNAME */
	[19] = ltr_nla_u8,      /* FRA_L3MDEV */
	[20] = nla_uid_range,   /* FRA_UID_RANGE */
	[21] = nla_rt_proto,    /* FRA_PROTOCOL */
	[22] = nla_ip_proto,    /* FRA_IP_PROTO */
	[23] = nla_port_range,  /* FRA_SPORT_RANGE */
	[24] = nla_port_range,  /* FRA_DPORT_RANGE */
};
static const struct ltr_nla_table rule_attrs =
	LTR_NLA_TABLE(rtnl_rule_attrs, "FRA_???", rule_decoders);

/* RTM_{NEW,DEL,GET}RULE: struct fib_rule_hdr, then FRA_* attributes. */
static const struct ltr_nl_field fib_rule_fields[] = {
	LTR_NLF("dst_len", 1, 1, LTR_NLF_U),
	LTR_NLF("src_len", 2, 1, LTR_NLF_U),
	LTR_NLF_T("tos", 3, 1, LTR_NLF_FLAGS, ip_tos, "IPTOS_TOS_???"),
	LTR_NLF_T("table", 4, 1, LTR_NLF_XVAL, routing_table_ids, "RT_TABLE_???"),
	LTR_NLF_T("action", 7, 1, LTR_NLF_XVAL, fib_rule_actions, "FR_ACT_???"),
	LTR_NLF_T("flags", 8, 4, LTR_NLF_FLAGS, fib_rule_flags, "FIB_RULE_???"),
};
static const struct ltr_nl_header fib_rule_hdr =
	LTR_NL_HEADER("family", FIB_RULE_HDR_SIZE, fib_rule_fields, &rule_attrs);

void ltr_nl_route_fib_rule(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			   uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &fib_rule_hdr);
}

static ltr_nla_decoder *const netconf_decoders[] = {
	[1] = ltr_nla_ifindex,  /* NETCONFA_IFINDEX */
	[2] = ltr_nla_s32,      /* NETCONFA_FORWARDING */
	[3] = ltr_nla_s32,      /* NETCONFA_RP_FILTER */
	[4] = ltr_nla_s32,      /* NETCONFA_MC_FORWARDING */
	[5] = ltr_nla_s32,      /* NETCONFA_PROXY_NEIGH */
	[6] = ltr_nla_s32,      /* NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN */
	[7] = ltr_nla_s32,      /* NETCONFA_INPUT */
	[8] = ltr_nla_s32,      /* NETCONFA_BC_FORWARDING */
};
static const struct ltr_nla_table netconf_attrs =
	LTR_NLA_TABLE(rtnl_netconf_attrs, "NETCONFA_???", netconf_decoders);

/* RTM_{NEW,DEL,GET}NETCONF: struct netconfmsg, then NETCONFA_* attributes. */
static const struct ltr_nl_header netconfmsg = { "ncm_family", 1, NULL, 0, &netconf_attrs };

void ltr_nl_route_netconf(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &netconfmsg);
}

static ltr_nla_decoder *const nsid_decoders[] = {
	[1] = ltr_nla_s32,   /* NETNSA_NSID */
	[2] = ltr_nla_u32,   /* NETNSA_PID */
	[3] = ltr_nla_fd,    /* NETNSA_FD */
	[4] = ltr_nla_s32,   /* NETNSA_TARGET_NSID */
	[5] = ltr_nla_s32,   /* NETNSA_CURRENT_NSID */
};
static const struct ltr_nla_table nsid_attrs =
	LTR_NLA_TABLE(rtnl_nsid_attrs, "NETNSA_???", nsid_decoders);

/* RTM_{NEW,DEL,GET}NSID: a struct rtgenmsg, then NETNSA_* attributes. */
static const struct ltr_nl_header rtgenmsg = { "rtgen_family", 1, NULL, 0, &nsid_attrs };

void ltr_nl_route_nsid(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
		       uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &rtgenmsg);
}
