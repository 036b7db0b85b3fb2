/* SPDX-License-Identifier: MIT */
/*
 * Traffic control: RTM_{NEW,DEL,GET}{QDISC,TCLASS,TFILTER,CHAIN},
 * struct tcmsg and its TCA_* attributes with the statistics nests;
 * RTM_{NEW,DEL,GET}ACTION, struct tcamsg and its TCA_ACT_* attributes.
 * TCA_OPTIONS and TCA_XSTATS depend on the qdisc: hex strings, as strace.
 */
#include "netlink.h"

#define TCMSG_SIZE 20u

/* struct tc_stats up to backlog: a u64 then seven u32. */
static bool nla_tc_stats(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[36];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{bytes=%llu, packets=%u, drops=%u, overlimits=%u, "
			      "bps=%u, pps=%u, qlen=%u, backlog=%u}",
			      (unsigned long long)ltr_get_u64(b), ltr_get_u32(b + 8),
			      ltr_get_u32(b + 12), ltr_get_u32(b + 16), ltr_get_u32(b + 20),
			      ltr_get_u32(b + 24), ltr_get_u32(b + 28), ltr_get_u32(b + 32));
	return true;
}

/* struct tc_estimator */
static bool nla_estimator(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[2];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{interval=%d, ewma_log=%u}", (signed char)b[0], b[1]);
	return true;
}

/* struct gnet_stats_basic up to packets */
static bool nla_basic(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[12];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{bytes=%llu, packets=%u}",
			      (unsigned long long)ltr_get_u64(b), ltr_get_u32(b + 8));
	return true;
}

LTR_NLA_U32_STRUCT(nla_rate_est, "bps", "pps")

LTR_NLA_U32_STRUCT(nla_queue, "qlen", "backlog", "drops", "requeues", "overlimits")

LTR_NLA_U64_STRUCT(nla_rate_est64, "bps", "pps")

static ltr_nla_decoder *const stats2_decoders[] = {
	[1] = nla_basic,        /* TCA_STATS_BASIC */
	[2] = nla_rate_est,     /* TCA_STATS_RATE_EST */
	[3] = nla_queue,        /* TCA_STATS_QUEUE */
	[5] = nla_rate_est64,   /* TCA_STATS_RATE_EST64 */
	[7] = nla_basic,        /* TCA_STATS_BASIC_HW */
	[8] = ltr_nla_u64,      /* TCA_STATS_PKT64 */
};
static const struct ltr_nla_table stats2_attrs =
	LTR_NLA_TABLE(rtnl_tca_stats_attrs, "TCA_STATS_???", stats2_decoders);

LTR_NLA_NEST(nla_stats2, stats2_attrs)

/* struct tc_sizespec */
static bool nla_sizespec(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[24];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{cell_log=%u, size_log=%u, cell_align=%d, overhead=%d, "
			      "linklayer=%u, mpu=%u, mtu=%u, tsize=%u}", b[0], b[1],
			      (int16_t)ltr_get_u16(b + 2), (int32_t)ltr_get_u32(b + 4),
			      ltr_get_u32(b + 8), ltr_get_u32(b + 12), ltr_get_u32(b + 16),
			      ltr_get_u32(b + 20));
	return true;
}

/* TCA_STAB_DATA: u16s */
static void print_u16_elt(struct ltr_call *c, const unsigned char *elt, uint32_t i,
			  uint64_t elt_addr, const void *ctx)
{
	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_printf(c->out, "%u", ltr_get_u16(elt));
}

static bool nla_stab_data(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, 2, print_u16_elt, NULL);
}

static ltr_nla_decoder *const stab_decoders[] = {
	[1] = nla_sizespec,    /* TCA_STAB_BASE */
	[2] = nla_stab_data,   /* TCA_STAB_DATA */
};
static const struct ltr_nla_table stab_attrs =
	LTR_NLA_TABLE(rtnl_tca_stab_attrs, "TCA_STAB_???", stab_decoders);

LTR_NLA_NEST(nla_stab, stab_attrs)

static ltr_nla_decoder *const tcmsg_decoders[] = {
	[1] = ltr_nla_str,     /* TCA_KIND */
	[3] = nla_tc_stats,    /* TCA_STATS */
	[5] = nla_estimator,   /* TCA_RATE */
	[6] = ltr_nla_u32,     /* TCA_FCNT */
	[7] = nla_stats2,      /* TCA_STATS2 */
	[8] = nla_stab,        /* TCA_STAB */
	[11] = ltr_nla_u32,    /* TCA_CHAIN */
	[12] = ltr_nla_u8,     /* TCA_HW_OFFLOAD */
	[13] = ltr_nla_u32,    /* TCA_INGRESS_BLOCK */
	[14] = ltr_nla_u32,    /* TCA_EGRESS_BLOCK */
	[15] = ltr_nla_u32,    /* TCA_DUMP_FLAGS */
};
static const struct ltr_nla_table tcmsg_attrs =
	LTR_NLA_TABLE(rtnl_tc_attrs, "TCA_???", tcmsg_decoders);

static const struct ltr_nl_field tcmsg_fields[] = {
	LTR_NLF("tcm_ifindex", 4, 4, LTR_NLF_IFINDEX),
	LTR_NLF("tcm_handle", 8, 4, LTR_NLF_U),
	LTR_NLF("tcm_parent", 12, 4, LTR_NLF_U),
	LTR_NLF("tcm_info", 16, 4, LTR_NLF_U),
};
static const struct ltr_nl_header tcmsg =
	LTR_NL_HEADER("tcm_family", TCMSG_SIZE, tcmsg_fields, &tcmsg_attrs);

void ltr_nl_route_tcmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &tcmsg);
}

LTR_NLA_FLAGS(nla_act_flags, rtnl_tca_act_flags, "TCA_ACT_FLAGS_???", 4)

LTR_NLA_FLAGS(nla_act_hw_stats, rtnl_tca_act_hw_stats, "TCA_ACT_HW_STATS_???", 4)

static ltr_nla_decoder *const tcamsg_decoders[] = {
	[1] = ltr_nla_str,        /* TCA_ACT_KIND */
	[3] = ltr_nla_u32,        /* TCA_ACT_INDEX */
	[4] = nla_stats2,         /* TCA_ACT_STATS */
	[7] = nla_act_flags,      /* TCA_ACT_FLAGS */
	[8] = nla_act_hw_stats,   /* TCA_ACT_HW_STATS */
	[9] = nla_act_hw_stats,   /* TCA_ACT_USED_HW_STATS */
	[10] = ltr_nla_u32,       /* TCA_ACT_IN_HW_COUNT */
};
static const struct ltr_nla_table tcamsg_attrs =
	LTR_NLA_TABLE(rtnl_tc_action_attrs, "TCA_ACT_???", tcamsg_decoders);

static const struct ltr_nl_header tcamsg = { "tca_family", 4, NULL, 0, &tcamsg_attrs };

void ltr_nl_route_tcamsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &tcamsg);
}
