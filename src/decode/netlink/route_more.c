/* SPDX-License-Identifier: MIT */
/*
 * The NETLINK_ROUTE bodies of the less common types: neighbour tables
 * (ndtmsg), address labels (ifaddrlblmsg), DCB (dcbmsg), bridge MDB
 * (br_port_msg), link statistics (if_stats_msg), next hops (nhmsg) and
 * multicast cache reports (rtgenmsg). Their nested attributes beyond the
 * first level are hex strings unless decoded here.
 */
#include "netlink.h"

/* --- RTM_{NEW,GET,SET}NEIGHTBL --- */

/* struct ndt_config */
static bool nla_ndt_config(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[32];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{ndtc_key_len=%u, ndtc_entry_size=%u, ndtc_entries=%u, "
			      "ndtc_last_flush=%u, ndtc_last_rand=%u, ndtc_hash_rnd=%u, "
			      "ndtc_hash_mask=0x%08x, ndtc_hash_chain_gc=%u, ndtc_proxy_qlen=%u}",
			      ltr_get_u16(b), ltr_get_u16(b + 2), ltr_get_u32(b + 4),
			      ltr_get_u32(b + 8), ltr_get_u32(b + 12), ltr_get_u32(b + 16),
			      ltr_get_u32(b + 20), ltr_get_u32(b + 24), ltr_get_u32(b + 28));
	return true;
}

/* struct ndt_stats: ten u64, an eleventh in newer kernels */
static bool nla_ndt_stats(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static const char *const fields[] = {
		"ndts_allocs", "ndts_destroys", "ndts_hash_grows", "ndts_res_failed",
		"ndts_lookups", "ndts_hits", "ndts_rcv_probes_mcast",
		"ndts_rcv_probes_ucast", "ndts_periodic_gc_runs", "ndts_forced_gc_runs",
		"ndts_table_fulls",
	};
	unsigned char b[88];
	unsigned n = len >= 88 ? 11 : len == 80 ? 10 : 0, i;

	(void)opaque;
	if (!n)
		return false;
	if (!ltr_nl_fetch(c, addr, b, 8 * n))
		return true;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < n; i++)
		ltr_sb_printf(c->out, "%s%s=%llu", i ? ", " : "", fields[i],
			      (unsigned long long)ltr_get_u64(b + 8 * i));
	ltr_sb_putc(c->out, '}');
	return true;
}

static ltr_nla_decoder *const ndt_parms_decoders[] = {
	[1] = ltr_nla_ifindex,  /* NDTPA_IFINDEX */
	[2] = ltr_nla_u32,      /* NDTPA_REFCNT */
	[3] = ltr_nla_u64,      /* NDTPA_REACHABLE_TIME */
	[4] = ltr_nla_u64,      /* NDTPA_BASE_REACHABLE_TIME */
	[5] = ltr_nla_u64,      /* NDTPA_RETRANS_TIME */
	[6] = ltr_nla_u64,      /* NDTPA_GC_STALETIME */
	[7] = ltr_nla_u64,      /* NDTPA_DELAY_PROBE_TIME */
	[8] = ltr_nla_u32,      /* NDTPA_QUEUE_LEN */
	[9] = ltr_nla_u32,      /* NDTPA_APP_PROBES */
	[10] = ltr_nla_u32,     /* NDTPA_UCAST_PROBES */
	[11] = ltr_nla_u32,     /* NDTPA_MCAST_PROBES */
	[12] = ltr_nla_u64,     /* NDTPA_ANYCAST_DELAY */
	[13] = ltr_nla_u64,     /* NDTPA_PROXY_DELAY */
	[14] = ltr_nla_u32,     /* NDTPA_PROXY_QLEN */
	[15] = ltr_nla_u64,     /* NDTPA_LOCKTIME */
	[16] = ltr_nla_u32,     /* NDTPA_QUEUE_LENBYTES */
	[17] = ltr_nla_u32,     /* NDTPA_MCAST_REPROBES */
	[19] = ltr_nla_u64,     /* NDTPA_INTERVAL_PROBE_TIME_MS */
};
static const struct ltr_nla_table ndt_parms_attrs =
	LTR_NLA_TABLE(rtnl_neightbl_parms_attrs, "NDTPA_???", ndt_parms_decoders);

LTR_NLA_NEST(nla_ndt_parms, ndt_parms_attrs)

static ltr_nla_decoder *const ndtmsg_decoders[] = {
	[1] = ltr_nla_str,      /* NDTA_NAME */
	[2] = ltr_nla_u32,      /* NDTA_THRESH1 */
	[3] = ltr_nla_u32,      /* NDTA_THRESH2 */
	[4] = ltr_nla_u32,      /* NDTA_THRESH3 */
	[5] = nla_ndt_config,   /* NDTA_CONFIG */
	[6] = nla_ndt_parms,    /* NDTA_PARMS */
	[7] = nla_ndt_stats,    /* NDTA_STATS */
	[8] = ltr_nla_u64,      /* NDTA_GC_INTERVAL */
};
static const struct ltr_nla_table ndtmsg_attrs =
	LTR_NLA_TABLE(rtnl_neightbl_attrs, "NDTA_???", ndtmsg_decoders);

static const struct ltr_nl_header ndtmsg = { "ndtm_family", 4, NULL, 0, &ndtmsg_attrs };

void ltr_nl_route_ndtmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ndtmsg);
}

/* --- RTM_{NEW,DEL,GET}ADDRLABEL --- */

static bool nla_ifal_address(struct ltr_call *c, uint64_t addr, uint32_t len,
			     const void *opaque)
{
	const unsigned char *ifal = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, ifal[0], NULL);
	return true;
}

static ltr_nla_decoder *const ifal_decoders[] = {
	[1] = nla_ifal_address, /* IFAL_ADDRESS */
	[2] = ltr_nla_u32,      /* IFAL_LABEL */
};
static const struct ltr_nla_table ifal_attrs =
	LTR_NLA_TABLE(rtnl_addrlabel_attrs, "IFAL_???", ifal_decoders);

static const struct ltr_nl_field ifal_fields[] = {
	LTR_NLF("ifal_prefixlen", 2, 1, LTR_NLF_U),
	LTR_NLF("ifal_flags", 3, 1, LTR_NLF_U),
	LTR_NLF("ifal_index", 4, 4, LTR_NLF_IFINDEX),
	LTR_NLF("ifal_seq", 8, 4, LTR_NLF_U),
};
static const struct ltr_nl_header ifaddrlblmsg =
	LTR_NL_HEADER("ifal_family", 12, ifal_fields, &ifal_attrs);

void ltr_nl_route_ifaddrlblmsg(struct ltr_call *c, const struct ltr_nlmsg *h,
			       uint8_t family, uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ifaddrlblmsg);
}

/* --- RTM_{GET,SET}DCB --- */

static const struct ltr_nla_table dcb_attrs = {
	LTR_XT(rtnl_dcb_attrs), "DCB_ATTR_???", NULL, 0,
};

static const struct ltr_nl_field dcb_fields[] = {
	LTR_NLF_T("cmd", 1, 1, LTR_NLF_XVAL, dcb_commands, "DCB_CMD_???"),
};
static const struct ltr_nl_header dcbmsg = LTR_NL_HEADER("dcb_family", 4, dcb_fields, &dcb_attrs);

void ltr_nl_route_dcbmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &dcbmsg);
}

/* --- RTM_{NEW,DEL,GET}MDB --- */

static ltr_nla_decoder *const mdb_eattr_decoders[] = {
	[1] = ltr_nla_clock_t,   /* MDBA_MDB_EATTR_TIMER */
};
static const struct ltr_nla_table mdb_eattr_attrs =
	LTR_NLA_TABLE(rtnl_mdba_mdb_eattr_attrs, "MDBA_MDB_EATTR_???", mdb_eattr_decoders);

/* struct br_mdb_entry (28 bytes), then MDBA_MDB_EATTR_* attributes */
static bool nla_mdb_entry_info(struct ltr_call *c, uint64_t addr, uint32_t len,
			       const void *opaque)
{
	unsigned char e[28];
	unsigned proto;

	(void)opaque;
	if (len < sizeof(e))
		return false;
	if (!ltr_nl_fetch(c, addr, e, sizeof(e)))
		return true;
	/* the address's family is the ethernet protocol, taken as an AF_ (sic) */
	proto = (unsigned)(e[24] << 8 | e[25]);
	ltr_sb_puts(c->out, "{ifindex=");
	ltr_print_ifindex(c->out, ltr_get_u32(e));
	ltr_sb_puts(c->out, ", state=");
	ltr_print_xval(c->out, LTR_XT(mdb_states), e[4], "MDB_???");
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(mdb_flags), e[5], NULL, "MDB_FLAGS_???");
	ltr_sb_printf(c->out, ", vid=%u, addr={", ltr_get_u16(e + 6));
	ltr_print_inet_addr(c->out, (int)proto, e + 8, 16, "u");
	ltr_sb_puts(c->out, ", proto=htons(");
	ltr_print_xval(c->out, LTR_XT(address_families), proto, "AF_???");
	ltr_sb_puts(c->out, ")}}");
	if (len > sizeof(e)) {
		ltr_sb_puts(c->out, ", ");
		ltr_nl_decode_attrs(c, addr + sizeof(e), len - sizeof(e), &mdb_eattr_attrs, NULL);
	}
	return true;
}

static ltr_nla_decoder *const mdb_entry_decoders[] = {
	[1] = nla_mdb_entry_info,  /* MDBA_MDB_ENTRY_INFO */
};
static const struct ltr_nla_table mdb_entry_attrs =
	LTR_NLA_TABLE(rtnl_mdba_mdb_entry_attrs, "MDBA_MDB_ENTRY_???", mdb_entry_decoders);

LTR_NLA_NEST(nla_mdb_entry, mdb_entry_attrs)

static ltr_nla_decoder *const mdba_mdb_decoders[] = {
	[1] = nla_mdb_entry,     /* MDBA_MDB_ENTRY */
};
static const struct ltr_nla_table mdba_mdb_attrs =
	LTR_NLA_TABLE(rtnl_mdba_mdb_attrs, "MDBA_MDB_???", mdba_mdb_decoders);

LTR_NLA_NEST(nla_mdba_mdb, mdba_mdb_attrs)

static bool nla_router_type(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	unsigned char b;

	(void)opaque;
	(void)len;
	if (ltr_nl_fetch(c, addr, &b, 1))
		ltr_print_xval(c->out, LTR_XT(multicast_router_types), b, "MDB_RTR_TYPE_???");
	return true;
}

static ltr_nla_decoder *const router_pattr_decoders[] = {
	[1] = ltr_nla_clock_t,   /* MDBA_ROUTER_PATTR_TIMER */
	[2] = nla_router_type,   /* MDBA_ROUTER_PATTR_TYPE */
	[3] = ltr_nla_clock_t,   /* MDBA_ROUTER_PATTR_INET_TIMER */
	[4] = ltr_nla_clock_t,   /* MDBA_ROUTER_PATTR_INET6_TIMER */
};
static const struct ltr_nla_table router_pattr_attrs =
	LTR_NLA_TABLE(rtnl_mdba_router_pattr_attrs, "MDBA_ROUTER_PATTR_???",
		      router_pattr_decoders);

/* MDBA_ROUTER_PORT: an ifindex, then MDBA_ROUTER_PATTR_* attributes */
static bool nla_router_port(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	unsigned char b[4];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_print_ifindex(c->out, ltr_get_u32(b));
	if (len > sizeof(b)) {
		ltr_sb_puts(c->out, ", ");
		ltr_nl_decode_attrs(c, addr + 4, len - 4, &router_pattr_attrs, NULL);
	}
	return true;
}

static ltr_nla_decoder *const mdba_router_decoders[] = {
	[1] = nla_router_port,   /* MDBA_ROUTER_PORT */
};
static const struct ltr_nla_table mdba_router_attrs =
	LTR_NLA_TABLE(rtnl_mdba_router_attrs, "MDBA_ROUTER_???", mdba_router_decoders);

LTR_NLA_NEST(nla_mdba_router, mdba_router_attrs)

static ltr_nla_decoder *const mdb_decoders[] = {
	[1] = nla_mdba_mdb,      /* MDBA_MDB */
	[2] = nla_mdba_router,   /* MDBA_ROUTER */
};
static const struct ltr_nla_table mdb_attrs =
	LTR_NLA_TABLE(rtnl_mdb_attrs, "MDBA_???", mdb_decoders);

static const struct ltr_nl_field bpm_fields[] = {
	LTR_NLF("ifindex", 4, 4, LTR_NLF_IFINDEX),
};
static const struct ltr_nl_header br_port_msg =
	LTR_NL_HEADER("family", 8, bpm_fields, &mdb_attrs);

void ltr_nl_route_br_port_msg(struct ltr_call *c, const struct ltr_nlmsg *h,
			      uint8_t family, uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &br_port_msg);
}

/* --- RTM_{NEW,GET}STATS --- */

/* Bytes after a fixed structure of size bytes: ", \"\x..\"" */
static void print_rest_hex(struct ltr_call *c, uint64_t addr, uint32_t len, uint32_t size)
{
	if (len > size) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_buf_hex(c, addr + size, len - size);
	}
}

/* struct bridge_vlan_xstats: four u64, u16 vid and flags, u32 pad2 */
static bool nla_xstats_br_vlan(struct ltr_call *c, uint64_t addr, uint32_t len,
			       const void *opaque)
{
	unsigned char b[40];
	uint32_t pad2;

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_printf(c->out, "{rx_bytes=%llu, rx_packets=%llu, tx_bytes=%llu, tx_packets=%llu, "
		      "vid=%u, flags=", (unsigned long long)ltr_get_u64(b),
		      (unsigned long long)ltr_get_u64(b + 8), (unsigned long long)ltr_get_u64(b + 16),
		      (unsigned long long)ltr_get_u64(b + 24), ltr_get_u16(b + 32));
	ltr_print_flags_dflt(c->out, LTR_XT(nl_bridge_vlan_flags), ltr_get_u16(b + 34), NULL,
			     "BRIDGE_VLAN_INFO_???");
	pad2 = ltr_get_u32(b + 36);
	if (pad2)
		ltr_sb_printf(c->out, ", pad2=%#x", pad2);
	ltr_sb_putc(c->out, '}');
	print_rest_hex(c, addr, len, sizeof(b));
	return true;
}

/*
 * struct br_mcast_stats: u64 counters, most of them [RX, TX] pairs (the
 * fields of width 1 are plain counters).
 */
static bool nla_xstats_br_mcast(struct ltr_call *c, uint64_t addr, uint32_t len,
				const void *opaque)
{
	static const struct {
		const char *name;
		unsigned width;
	} fields[] = {
		{ "igmp_v1queries", 2 }, { "igmp_v2queries", 2 }, { "igmp_v3queries", 2 },
		{ "igmp_leaves", 2 }, { "igmp_v1reports", 2 }, { "igmp_v2reports", 2 },
		{ "igmp_v3reports", 2 }, { "igmp_parse_errors", 1 },
		{ "mld_v1queries", 2 }, { "mld_v2queries", 2 }, { "mld_leaves", 2 },
		{ "mld_v1reports", 2 }, { "mld_v2reports", 2 }, { "mld_parse_errors", 1 },
		{ "mcast_bytes", 2 }, { "mcast_packets", 2 },
	};
	unsigned char b[30 * 8];
	const unsigned char *p = b;
	unsigned i, j;

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		ltr_sb_printf(c->out, "%s%s=", i ? ", " : "", fields[i].name);
		if (fields[i].width == 1) {
			ltr_sb_printf(c->out, "%llu", (unsigned long long)ltr_get_u64(p));
			p += 8;
			continue;
		}
		ltr_sb_putc(c->out, '[');
		for (j = 0; j < fields[i].width; j++, p += 8) {
			ltr_sb_puts(c->out, j ? ", [" : "[");
			ltr_print_xval_fmt(c->out, LTR_XT(ifstats_xstats_bridge_mcast_indices), j,
					   LTR_XF_UDEC, "BR_MCAST_DIR_???");
			ltr_sb_printf(c->out, "]=%llu", (unsigned long long)ltr_get_u64(p));
		}
		ltr_sb_putc(c->out, ']');
	}
	ltr_sb_putc(c->out, '}');
	print_rest_hex(c, addr, len, sizeof(b));
	return true;
}

/* struct bridge_stp_xstats: six u64, then any bytes after it */
static bool nla_xstats_br_stp(struct ltr_call *c, uint64_t addr, uint32_t len,
			      const void *opaque)
{
	static const char *const fields[] = {
		"transition_blk", "transition_fwd", "rx_bpdu", "tx_bpdu", "rx_tcn", "tx_tcn",
	};

	(void)opaque;
	if (!ltr_nla_print_uint_struct(c, addr, len, 8, fields, 6))
		return false;
	print_rest_hex(c, addr, len, 6 * 8);
	return true;
}

static ltr_nla_decoder *const xstats_bridge_decoders[] = {
	[1] = nla_xstats_br_vlan,   /* BRIDGE_XSTATS_VLAN */
	[2] = nla_xstats_br_mcast,  /* BRIDGE_XSTATS_MCAST */
	[4] = nla_xstats_br_stp,    /* BRIDGE_XSTATS_STP */
};
static const struct ltr_nla_table xstats_bridge_attrs =
	LTR_NLA_TABLE(ifstats_xstats_bridge_attrs, "BRIDGE_XSTATS_???", xstats_bridge_decoders);

LTR_NLA_NEST(nla_xstats_bridge, xstats_bridge_attrs)

static ltr_nla_decoder *const xstats_bond_3ad_decoders[] = {
	[0] = ltr_nla_u64,  /* BOND_3AD_STAT_LACPDU_RX */
	[1] = ltr_nla_u64,  /* BOND_3AD_STAT_LACPDU_TX */
	[2] = ltr_nla_u64,  /* BOND_3AD_STAT_LACPDU_UNKNOWN_RX */
	[3] = ltr_nla_u64,  /* BOND_3AD_STAT_LACPDU_ILLEGAL_RX */
	[4] = ltr_nla_u64,  /* BOND_3AD_STAT_MARKER_RX */
	[5] = ltr_nla_u64,  /* BOND_3AD_STAT_MARKER_TX */
	[6] = ltr_nla_u64,  /* BOND_3AD_STAT_MARKER_RESP_RX */
	[7] = ltr_nla_u64,  /* BOND_3AD_STAT_MARKER_RESP_TX */
	[8] = ltr_nla_u64,  /* BOND_3AD_STAT_MARKER_UNKNOWN_RX */
};
/* strace names unknown types of this nest "BOND_XSTATS_???" (sic) */
static const struct ltr_nla_table xstats_bond_3ad_attrs =
	LTR_NLA_TABLE(ifstats_xstats_bond_3ad_attrs, "BOND_XSTATS_???", xstats_bond_3ad_decoders);

LTR_NLA_NEST(nla_xstats_bond_3ad, xstats_bond_3ad_attrs)

static ltr_nla_decoder *const xstats_bond_decoders[] = {
	[1] = nla_xstats_bond_3ad,  /* BOND_XSTATS_3AD */
};
static const struct ltr_nla_table xstats_bond_attrs =
	LTR_NLA_TABLE(ifstats_xstats_bond_attrs, "BOND_XSTATS_???", xstats_bond_decoders);

LTR_NLA_NEST(nla_xstats_bond, xstats_bond_attrs)

static ltr_nla_decoder *const xstats_decoders[] = {
	[1] = nla_xstats_bridge,  /* LINK_XSTATS_TYPE_BRIDGE */
	[2] = nla_xstats_bond,    /* LINK_XSTATS_TYPE_BOND */
};
static const struct ltr_nla_table xstats_attrs =
	LTR_NLA_TABLE(ifstats_xstats_type_attrs, "LINK_XSTATS_TYPE_???", xstats_decoders);

/* IFLA_STATS_LINK_XSTATS{,_SLAVE}: nests by the link's type */
LTR_NLA_NEST(nla_link_xstats, xstats_attrs)

static ltr_nla_decoder *const offload_xstats_decoders[] = {
	[1] = ltr_nla_link_stats64,  /* IFLA_OFFLOAD_XSTATS_CPU_HIT */
};
static const struct ltr_nla_table offload_xstats_attrs =
	LTR_NLA_TABLE(ifstats_offload_attrs, "IFLA_OFFLOAD_XSTATS_???", offload_xstats_decoders);

LTR_NLA_NEST(nla_offload_xstats, offload_xstats_attrs)

/* struct mpls_link_stats: nine u64, then any bytes after it */
static bool nla_mpls_stats_link(struct ltr_call *c, uint64_t addr, uint32_t len,
				const void *opaque)
{
	static const char *const fields[] = {
		"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
		"tx_errors", "rx_dropped", "tx_dropped", "rx_noroute",
	};

	(void)opaque;
	if (!ltr_nla_print_uint_struct(c, addr, len, 8, fields, 9))
		return false;
	print_rest_hex(c, addr, len, 9 * 8);
	return true;
}

static ltr_nla_decoder *const stats_mpls_decoders[] = {
	[1] = nla_mpls_stats_link,  /* MPLS_STATS_LINK */
};
static const struct ltr_nla_table stats_mpls_attrs =
	LTR_NLA_TABLE(ifstats_af_spec_mpls_attrs, "MPLS_STATS_???", stats_mpls_decoders);

/* IFLA_STATS_AF_SPEC: nests typed by address family (AF_MPLS's only known) */
static bool nla_stats_af(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	if (((uintptr_t)opaque & 0x3fff) != 28)  /* AF_MPLS */
		return false;
	ltr_nl_decode_attrs(c, addr, len, &stats_mpls_attrs, NULL);
	return true;
}
static ltr_nla_decoder *const stats_af_decoders[] = { nla_stats_af };
static const struct ltr_nla_table stats_af_spec_attrs = {
	LTR_XT(address_families), "AF_???", stats_af_decoders, 0,
};

static bool nla_stats_af_spec(struct ltr_call *c, uint64_t addr, uint32_t len,
			      const void *opaque)
{
	(void)opaque;
	ltr_nl_decode_attrs(c, addr, len, &stats_af_spec_attrs, NULL);
	return true;
}

static ltr_nla_decoder *const ifstats_decoders[] = {
	[1] = ltr_nla_link_stats64,  /* IFLA_STATS_LINK_64 */
	[2] = nla_link_xstats,       /* IFLA_STATS_LINK_XSTATS */
	[3] = nla_link_xstats,       /* IFLA_STATS_LINK_XSTATS_SLAVE */
	[4] = nla_offload_xstats,    /* IFLA_STATS_LINK_OFFLOAD_XSTATS */
	[5] = nla_stats_af_spec,     /* IFLA_STATS_AF_SPEC */
};
static const struct ltr_nla_table ifstats_attrs_table =
	LTR_NLA_TABLE(ifstats_attrs, "IFLA_STATS_???", ifstats_decoders);

static const struct ltr_nl_field ifstats_fields[] = {
	LTR_NLF("pad1", 1, 1, LTR_NLF_X_NZ),
	LTR_NLF("pad2", 2, 2, LTR_NLF_X_NZ),
	LTR_NLF("ifindex", 4, 4, LTR_NLF_IFINDEX),
	LTR_NLF_T("filter_mask", 8, 4, LTR_NLF_FLAGS, ifstats_attr_flags, "1<<IFLA_STATS_???"),
};
static const struct ltr_nl_header ifstatsmsg =
	LTR_NL_HEADER("family", 12, ifstats_fields, &ifstats_attrs_table);

void ltr_nl_route_ifstatsmsg(struct ltr_call *c, const struct ltr_nlmsg *h,
			     uint8_t family, uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ifstatsmsg);
}

/* --- RTM_{NEW,DEL,GET}NEXTHOP --- */

static bool nla_nh_addr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const unsigned char *nhm = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, nhm[0], NULL);
	return true;
}

/* struct nexthop_grp[] */
static void print_nh_grp(struct ltr_call *c, const unsigned char *b, uint32_t i,
			 uint64_t elt_addr, const void *ctx)
{
	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_printf(c->out, "{id=%u, weight=%u", ltr_get_u32(b), b[4]);
	if (b[5])
		ltr_sb_printf(c->out, ", resvd1=%#x", b[5]);
	if (ltr_get_u16(b + 6))
		ltr_sb_printf(c->out, ", resvd2=%#x", ltr_get_u16(b + 6));
	ltr_sb_putc(c->out, '}');
}

static bool nla_nh_grp(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, 8, print_nh_grp, NULL);
}

LTR_NLA_XVAL(nla_nh_grp_type, rtnl_nexthop_grp_types, "NEXTHOP_GRP_TYPE_???", 2)

LTR_NLA_XVAL(nla_nh_encap_type, lwtunnel_encap_types, "LWTUNNEL_ENCAP_???", 2)

static ltr_nla_decoder *const res_group_decoders[] = {
	[1] = ltr_nla_u16,       /* NHA_RES_GROUP_BUCKETS */
	[2] = ltr_nla_clock_t,   /* NHA_RES_GROUP_IDLE_TIMER */
	[3] = ltr_nla_clock_t,   /* NHA_RES_GROUP_UNBALANCED_TIMER */
	[4] = ltr_nla_clock_t,   /* NHA_RES_GROUP_UNBALANCED_TIME */
};
static const struct ltr_nla_table res_group_attrs =
	LTR_NLA_TABLE(rtnl_nha_res_group_attrs, "NHA_RES_GROUP_???", res_group_decoders);

static ltr_nla_decoder *const res_bucket_decoders[] = {
	[1] = ltr_nla_u16,       /* NHA_RES_BUCKET_INDEX */
	[2] = ltr_nla_clock_t,   /* NHA_RES_BUCKET_IDLE_TIME */
	[3] = ltr_nla_u32,       /* NHA_RES_BUCKET_NH_ID */
};
static const struct ltr_nla_table res_bucket_attrs =
	LTR_NLA_TABLE(rtnl_nha_res_bucket_attrs, "NHA_RES_BUCKET_???", res_bucket_decoders);

LTR_NLA_NEST(nla_res_group, res_group_attrs)

LTR_NLA_NEST(nla_res_bucket, res_bucket_attrs)

static ltr_nla_decoder *const nhmsg_decoders[] = {
	[1] = ltr_nla_u32,       /* NHA_ID */
	[2] = nla_nh_grp,        /* NHA_GROUP */
	[3] = nla_nh_grp_type,   /* NHA_GROUP_TYPE */
	[4] = ltr_nla_u32,       /* NHA_BLACKHOLE */
	[5] = ltr_nla_ifindex,   /* NHA_OIF */
	[6] = nla_nh_addr,       /* NHA_GATEWAY */
	[7] = nla_nh_encap_type, /* NHA_ENCAP_TYPE */
	[9] = ltr_nla_u32,       /* NHA_GROUPS */
	[10] = ltr_nla_ifindex,  /* NHA_MASTER */
	[11] = ltr_nla_u32,      /* NHA_FDB */
	[12] = nla_res_group,    /* NHA_RES_GROUP */
	[13] = nla_res_bucket,   /* NHA_RES_BUCKET */
};
static const struct ltr_nla_table nhmsg_attrs =
	LTR_NLA_TABLE(rtnl_nexthop_attrs, "NHA_???", nhmsg_decoders);

static const struct ltr_nl_field nhmsg_fields[] = {
	LTR_NLF_T("nh_scope", 1, 1, LTR_NLF_XVAL, routing_scopes, NULL),
	LTR_NLF_T("nh_protocol", 2, 1, LTR_NLF_XVAL, routing_protocols, "RTPROT_???"),
	LTR_NLF("resvd", 3, 1, LTR_NLF_X_NZ),
	LTR_NLF_T("nh_flags", 4, 4, LTR_NLF_FLAGS, route_nexthop_flags, "RTNH_F_???"),
};
static const struct ltr_nl_header nhmsg = LTR_NL_HEADER("nh_family", 8, nhmsg_fields, &nhmsg_attrs);

void ltr_nl_route_nhmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &nhmsg);
}

/* --- RTM_NEWCACHEREPORT --- */

LTR_NLA_XVAL(nla_ipmra_msg_type, rtnl_ipmra_msg_types, "IGMPMSG_???", 1)

LTR_NLA_XVAL(nla_ip6mra_msg_type, rtnl_ip6mra_msg_types, "MRT6MSG_???", 1)

static ltr_nla_decoder *const ipmra_decoders[] = {
	[1] = nla_ipmra_msg_type,  /* IPMRA_CREPORT_MSGTYPE */
	[2] = ltr_nla_u32,         /* IPMRA_CREPORT_VIF_ID */
	[3] = ltr_nla_in_addr,     /* IPMRA_CREPORT_SRC_ADDR */
	[4] = ltr_nla_in_addr,     /* IPMRA_CREPORT_DST_ADDR */
	[6] = ltr_nla_u32,         /* IPMRA_CREPORT_TABLE */
};
static const struct ltr_nla_table ipmra_attrs =
	LTR_NLA_TABLE(rtnl_ipmra_creport_attr, "IPMRA_CREPORT_???", ipmra_decoders);

static ltr_nla_decoder *const ip6mra_decoders[] = {
	[1] = nla_ip6mra_msg_type, /* IP6MRA_CREPORT_MSGTYPE */
	[2] = ltr_nla_u32,         /* IP6MRA_CREPORT_MIF_ID */
	[3] = ltr_nla_in6_addr,    /* IP6MRA_CREPORT_SRC_ADDR */
	[4] = ltr_nla_in6_addr,    /* IP6MRA_CREPORT_DST_ADDR */
};
static const struct ltr_nla_table ip6mra_attrs =
	LTR_NLA_TABLE(rtnl_ip6mra_creport_attr, "IP6MRA_CREPORT_???", ip6mra_decoders);

void ltr_nl_route_cachereport(struct ltr_call *c, const struct ltr_nlmsg *h,
			      uint8_t family, uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_sb_puts(c->out, "{rtgen_family=");
	/* RTNL_FAMILY_IPMR and IP6MR first, then the address families */
	if (ltr_xlat_lookup(LTR_XT(rtnl_family), family))
		ltr_print_xval(c->out, LTR_XT(rtnl_family), family, NULL);
	else
		ltr_print_xval(c->out, LTR_XT(address_families), family, "RTNL_FAMILY_???");
	ltr_sb_putc(c->out, '}');
	if (len <= 4)
		return;
	ltr_sb_puts(c->out, ", ");
	if (family == 128)       /* RTNL_FAMILY_IPMR */
		ltr_nl_decode_attrs(c, addr + 4, len - 4, &ipmra_attrs, NULL);
	else if (family == 129)  /* RTNL_FAMILY_IP6MR */
		ltr_nl_decode_attrs(c, addr + 4, len - 4, &ip6mra_attrs, NULL);
	else
		ltr_print_buf_hex(c, addr + 4, len - 4);
}
