/* SPDX-License-Identifier: MIT */
/*
 * RTM_{NEW,DEL,GET}ROUTE: struct rtmsg and its RTA_* attributes
 * (metrics, multipath next hops, cache information).
 */
#include "netlink.h"

#define RTMSG_SIZE 12u
#define RTNEXTHOP_SIZE 8u

static bool nla_route_addr(struct ltr_call *c, uint64_t addr, uint32_t len,
			   const void *opaque)
{
	const unsigned char *rtm = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, rtm[0], NULL);
	return true;
}

LTR_NLA_XVAL(nla_rt_table, routing_table_ids, NULL, 4)

LTR_NLA_XVAL(nla_encap_type, lwtunnel_encap_types, "LWTUNNEL_ENCAP_???", 2)

static ltr_nla_decoder *const metrics_decoders[] = {
	[1] = ltr_nla_u32, [2] = ltr_nla_u32, [3] = ltr_nla_u32, [4] = ltr_nla_u32,
	[5] = ltr_nla_u32, [6] = ltr_nla_u32, [7] = ltr_nla_u32, [8] = ltr_nla_u32,
	[9] = ltr_nla_u32, [10] = ltr_nla_u32, [11] = ltr_nla_u32, [12] = ltr_nla_u32,
	[13] = ltr_nla_u32, [14] = ltr_nla_u32, [15] = ltr_nla_u32,
	[17] = ltr_nla_u32,
};
static const struct ltr_nla_table metrics_attrs =
	LTR_NLA_TABLE(rtnl_rta_metrics_attrs, "RTAX_???", metrics_decoders);

LTR_NLA_NEST(nla_metrics, metrics_attrs)

/* struct rta_cacheinfo */
static void print_cacheinfo(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_printf(c->out, "{rta_clntref=%u, rta_lastuse=%u, rta_expires=%u, "
		      "rta_error=%u, rta_used=%u, rta_id=", ltr_get_u32(b), ltr_get_u32(b + 4),
		      ltr_get_u32(b + 8), ltr_get_u32(b + 12), ltr_get_u32(b + 16));
	ltr_nl_print_x(c->out, ltr_get_u32(b + 20));
	ltr_sb_printf(c->out, ", rta_ts=%u, rta_tsage=%u}", ltr_get_u32(b + 24),
		      ltr_get_u32(b + 28));
}
LTR_NLA_STRUCT(nla_cacheinfo, 32, print_cacheinfo)

/* struct rta_mfc_stats: three u64 */
LTR_NLA_U64_STRUCT(nla_mfc_stats, "mfcs_packets", "mfcs_bytes", "mfcs_wrong_if")

static bool nla_multipath(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque);

/* struct rtvia: a family, then an address of it */
static bool nla_via(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[2];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_puts(c->out, "{rtvia_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), ltr_get_u16(b), "AF_???");
	if (len > 2) {
		ltr_sb_puts(c->out, ", ");
		ltr_nl_decode_inet_addr(c, addr + 2, len - 2, ltr_get_u16(b), "rtvia_addr");
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

static ltr_nla_decoder *const rtmsg_decoders[] = {
	[1] = nla_route_addr,     /* RTA_DST */
	[2] = nla_route_addr,     /* RTA_SRC */
	[3] = ltr_nla_ifindex,    /* RTA_IIF */
	[4] = ltr_nla_ifindex,    /* RTA_OIF */
	[5] = nla_route_addr,     /* RTA_GATEWAY */
	[6] = ltr_nla_u32,        /* RTA_PRIORITY */
	[7] = nla_route_addr,     /* RTA_PREFSRC */
	[8] = nla_metrics,        /* RTA_METRICS */
	[9] = nla_multipath,      /* RTA_MULTIPATH */
	[10] = ltr_nla_u32,       /* RTA_PROTOINFO */
	[11] = ltr_nla_u32,       /* RTA_FLOW */
	[12] = nla_cacheinfo,     /* RTA_CACHEINFO */
	[14] = ltr_nla_u32,       /* RTA_MP_ALGO */
	[15] = nla_rt_table,      /* RTA_TABLE */
	[16] = ltr_nla_u32,       /* RTA_MARK */
	[17] = nla_mfc_stats,     /* RTA_MFC_STATS */
	[18] = nla_via,           /* RTA_VIA */
	[19] = nla_route_addr,    /* RTA_NEWDST */
	[20] = ltr_nla_u8,        /* RTA_PREF */
	[21] = nla_encap_type,    /* RTA_ENCAP_TYPE */
	[23] = ltr_nla_u64,       /* RTA_EXPIRES */
	[25] = ltr_nla_u32,       /* RTA_UID */
	[26] = ltr_nla_u8,        /* RTA_TTL_PROPAGATE */
	[27] = ltr_nla_u8,        /* RTA_IP_PROTO */
	[28] = ltr_nla_u16,       /* RTA_SPORT */
	[29] = ltr_nla_u16,       /* RTA_DPORT */
};
static const struct ltr_nla_table rtmsg_attrs =
	LTR_NLA_TABLE(rtnl_route_attrs, "RTA_???", rtmsg_decoders);

/*
 * RTA_MULTIPATH: struct rtnexthop, each followed by its own RTA_*
 * attributes within rtnh_len.
 */
static bool nla_multipath(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	uint64_t cur = addr, left = len;
	bool in_array = false;
	unsigned char nh[RTNEXTHOP_SIZE];

	if (len < RTNEXTHOP_SIZE)
		return false;
	while (ltr_nl_fetch(c, cur, nh, RTNEXTHOP_SIZE)) {
		uint16_t nh_len = ltr_get_u16(nh);
		uint32_t shown = left < nh_len ? (uint32_t)left : nh_len;
		uint32_t step = LTR_NL_ALIGN(shown);

		if (cur == addr && nh_len < len) {
			ltr_sb_putc(c->out, '[');
			in_array = true;
		}
		if (cur > addr)
			ltr_sb_puts(c->out, ", ");
		if (shown > RTNEXTHOP_SIZE)
			ltr_sb_putc(c->out, '[');
		ltr_sb_printf(c->out, "{rtnh_len=%u, rtnh_flags=", nh_len);
		ltr_print_flags_dflt(c->out, LTR_XT(route_nexthop_flags), nh[2], NULL,
				     "RTNH_F_???");
		ltr_sb_printf(c->out, ", rtnh_hops=%u, rtnh_ifindex=", nh[3]);
		ltr_print_ifindex(c->out, ltr_get_u32(nh + 4));
		ltr_sb_putc(c->out, '}');
		if (shown > RTNEXTHOP_SIZE) {
			ltr_sb_puts(c->out, ", ");
			ltr_nl_decode_attrs(c, cur + RTNEXTHOP_SIZE, shown - RTNEXTHOP_SIZE,
					    &rtmsg_attrs, opaque);
			ltr_sb_putc(c->out, ']');
		}
		if (step >= left)
			break;
		cur += step;
		left -= step;
	}
	if (in_array)
		ltr_sb_putc(c->out, ']');
	return true;
}

static const struct ltr_nl_field rtmsg_fields[] = {
	LTR_NLF("rtm_dst_len", 1, 1, LTR_NLF_U),
	LTR_NLF("rtm_src_len", 2, 1, LTR_NLF_U),
	LTR_NLF_T("rtm_tos", 3, 1, LTR_NLF_FLAGS, ip_tos, "IPTOS_TOS_???"),
	LTR_NLF_T("rtm_table", 4, 1, LTR_NLF_XVAL, routing_table_ids, NULL),
	LTR_NLF_T("rtm_protocol", 5, 1, LTR_NLF_XVAL, routing_protocols, "RTPROT_???"),
	LTR_NLF_T("rtm_scope", 6, 1, LTR_NLF_XVAL, routing_scopes, NULL),
	LTR_NLF_T("rtm_type", 7, 1, LTR_NLF_XVAL, routing_types, "RTN_???"),
	LTR_NLF_T("rtm_flags", 8, 4, LTR_NLF_FLAGS, routing_flags, "RTM_F_???"),
};
static const struct ltr_nl_header rtmsg =
	LTR_NL_HEADER("rtm_family", RTMSG_SIZE, rtmsg_fields, &rtmsg_attrs);

void ltr_nl_route_rtmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &rtmsg);
}
