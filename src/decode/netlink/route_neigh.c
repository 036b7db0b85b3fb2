/* SPDX-License-Identifier: MIT */
/*
 * RTM_{NEW,DEL,GET}NEIGH: struct ndmsg and its NDA_* attributes
 * (RTM_GETNEIGH of AF_BRIDGE carries an ifinfomsg instead).
 */
#include "netlink.h"

#define NDMSG_SIZE 12u
#define AF_BRIDGE_FAMILY 7

static bool nla_neigh_addr(struct ltr_call *c, uint64_t addr, uint32_t len,
			   const void *opaque)
{
	const unsigned char *ndm = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, ndm[0], NULL);
	return true;
}

/* struct nda_cacheinfo */
LTR_NLA_U32_STRUCT(nla_cacheinfo, "ndm_confirmed", "ndm_used", "ndm_updated",
		   "ndm_refcnt")

LTR_NLA_FLAGS(nla_states, neighbor_cache_entry_states, "NUD_???", 2)

LTR_NLA_FLAGS(nla_flags, neighbor_cache_entry_flags, "NTF_???", 1)

LTR_NLA_XVAL(nla_ip_proto, inet_protocols, "IPPROTO_???", 0)

LTR_NLA_FLAGS(nla_notify, fdb_notify_flags, "FDB_NOTIFY_???", 1)

static ltr_nla_decoder *const fdb_ext_decoders[] = {
	[1] = nla_notify,        /* NFEA_ACTIVITY_NOTIFY */
};
static const struct ltr_nla_table fdb_ext_attrs =
	LTR_NLA_TABLE(rtnl_neigh_fdb_ext_attrs, "NFEA_???", fdb_ext_decoders);

LTR_NLA_NEST(nla_fdb_ext, fdb_ext_attrs)

LTR_NLA_FLAGS(nla_ext_flags, neighbor_cache_entry_ext_flags, "NTF_EXT_???", 4)

static ltr_nla_decoder *const ndmsg_decoders[] = {
	[1] = nla_neigh_addr,    /* NDA_DST */
	[2] = ltr_nla_hwaddr,    /* NDA_LLADDR */
	[3] = nla_cacheinfo,     /* NDA_CACHEINFO */
	[4] = ltr_nla_u32,       /* NDA_PROBES */
	[5] = ltr_nla_u16,       /* NDA_VLAN */
	[6] = ltr_nla_be16,      /* NDA_PORT */
	[7] = ltr_nla_u32,       /* NDA_VNI */
	[8] = ltr_nla_ifindex,   /* NDA_IFINDEX */
	[9] = ltr_nla_ifindex,   /* NDA_MASTER */
	[10] = ltr_nla_u32,      /* NDA_LINK_NETNSID */
	[11] = ltr_nla_u32,      /* NDA_SRC_VNI */
	[12] = nla_ip_proto,     /* NDA_PROTOCOL */
	[13] = ltr_nla_u32,      /* NDA_NH_ID */
	[14] = nla_fdb_ext,      /* NDA_FDB_EXT_ATTRS */
	[15] = nla_ext_flags,    /* NDA_FLAGS_EXT */
	[16] = nla_states,       /* NDA_NDM_STATE_MASK */
	[17] = nla_flags,        /* NDA_NDM_FLAGS_MASK */
};
static const struct ltr_nla_table ndmsg_attrs =
	LTR_NLA_TABLE(rtnl_neigh_attrs, "NDA_???", ndmsg_decoders);

static const struct ltr_nl_field ndmsg_fields[] = {
	LTR_NLF("ndm_ifindex", 4, 4, LTR_NLF_IFINDEX),
	LTR_NLF_T("ndm_state", 8, 2, LTR_NLF_FLAGS, neighbor_cache_entry_states, "NUD_???"),
	LTR_NLF_T("ndm_flags", 10, 1, LTR_NLF_FLAGS, neighbor_cache_entry_flags, "NTF_???"),
	LTR_NLF_T("ndm_type", 11, 1, LTR_NLF_XVAL, routing_types, "RTN_???"),
};
static const struct ltr_nl_header ndmsg =
	LTR_NL_HEADER("ndm_family", NDMSG_SIZE, ndmsg_fields, &ndmsg_attrs);

void ltr_nl_route_ndmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ndmsg);
}

void ltr_nl_route_getneigh(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			   uint64_t addr, uint32_t len)
{
	if (family == AF_BRIDGE_FAMILY)
		ltr_nl_route_ifinfomsg(c, h, family, addr, len);
	else
		ltr_nl_route_ndmsg(c, h, family, addr, len);
}
