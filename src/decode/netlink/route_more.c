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

static bool nla_ndt_parms(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &ndt_parms_attrs, opaque);
	return true;
}

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

void ltr_nl_route_ndtmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_sb_puts(c->out, "{ndtm_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_putc(c->out, '}');
	ltr_nl_attrs_after(c, addr, len, 4, &ndtmsg_attrs, NULL);
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

void ltr_nl_route_ifaddrlblmsg(struct ltr_call *c, const struct ltr_nlmsg *h,
			       uint8_t family, uint64_t addr, uint32_t len)
{
	unsigned char ifal[12] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{ifal_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, ifal, sizeof(ifal), 1)) {
		ltr_sb_printf(c->out, "ifal_prefixlen=%u, ifal_flags=%u, ifal_index=", ifal[2],
			      ifal[3]);
		ltr_nl_print_ifindex(c->out, ltr_get_u32(ifal + 4));
		ltr_sb_printf(c->out, ", ifal_seq=%u", ltr_get_u32(ifal + 8));
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(ifal), &ifal_attrs, ifal);
}

/* --- RTM_{GET,SET}DCB --- */

static const struct ltr_nla_table dcb_attrs = {
	LTR_XT(rtnl_dcb_attrs), "DCB_ATTR_???", NULL, 0,
};

void ltr_nl_route_dcbmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	unsigned char dcb[4] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{dcb_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, dcb, sizeof(dcb), 1)) {
		ltr_sb_puts(c->out, "cmd=");
		ltr_print_xval(c->out, LTR_XT(dcb_commands), dcb[1], "DCB_CMD_???");
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(dcb), &dcb_attrs, NULL);
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
	ltr_nl_print_ifindex(c->out, ltr_get_u32(e));
	ltr_sb_puts(c->out, ", state=");
	ltr_print_xval(c->out, LTR_XT(mdb_states), e[4], "MDB_???");
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(mdb_flags), e[5], NULL, "MDB_FLAGS_???");
	ltr_sb_printf(c->out, ", vid=%u, addr={", ltr_get_u16(e + 6));
	ltr_nl_print_inet_addr(c->out, (int)proto, e + 8, 16, "u");
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

static bool nla_mdb_entry(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &mdb_entry_attrs, opaque);
	return true;
}

static ltr_nla_decoder *const mdba_mdb_decoders[] = {
	[1] = nla_mdb_entry,     /* MDBA_MDB_ENTRY */
};
static const struct ltr_nla_table mdba_mdb_attrs =
	LTR_NLA_TABLE(rtnl_mdba_mdb_attrs, "MDBA_MDB_???", mdba_mdb_decoders);

static bool nla_mdba_mdb(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &mdba_mdb_attrs, opaque);
	return true;
}

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
	ltr_nl_print_ifindex(c->out, ltr_get_u32(b));
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

static bool nla_mdba_router(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &mdba_router_attrs, opaque);
	return true;
}

static ltr_nla_decoder *const mdb_decoders[] = {
	[1] = nla_mdba_mdb,      /* MDBA_MDB */
	[2] = nla_mdba_router,   /* MDBA_ROUTER */
};
static const struct ltr_nla_table mdb_attrs =
	LTR_NLA_TABLE(rtnl_mdb_attrs, "MDBA_???", mdb_decoders);

void ltr_nl_route_br_port_msg(struct ltr_call *c, const struct ltr_nlmsg *h,
			      uint8_t family, uint64_t addr, uint32_t len)
{
	unsigned char bpm[8] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, bpm, sizeof(bpm), 1)) {
		ltr_sb_puts(c->out, "ifindex=");
		ltr_nl_print_ifindex(c->out, ltr_get_u32(bpm + 4));
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(bpm), &mdb_attrs, NULL);
}

/* --- RTM_{NEW,GET}STATS --- */

static ltr_nla_decoder *const ifstats_decoders[] = {
	[1] = ltr_nla_link_stats64,  /* IFLA_STATS_LINK_64 */
};
static const struct ltr_nla_table ifstats_attrs_table =
	LTR_NLA_TABLE(ifstats_attrs, "IFLA_STATS_???", ifstats_decoders);

void ltr_nl_route_ifstatsmsg(struct ltr_call *c, const struct ltr_nlmsg *h,
			     uint8_t family, uint64_t addr, uint32_t len)
{
	unsigned char st[12] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, st, sizeof(st), 1)) {
		if (st[1])
			ltr_sb_printf(c->out, "pad1=%#x, ", st[1]);
		if (ltr_get_u16(st + 2))
			ltr_sb_printf(c->out, "pad2=%#x, ", ltr_get_u16(st + 2));
		ltr_sb_puts(c->out, "ifindex=");
		ltr_nl_print_ifindex(c->out, ltr_get_u32(st + 4));
		ltr_sb_puts(c->out, ", filter_mask=");
		ltr_print_flags_dflt(c->out, LTR_XT(ifstats_attr_flags), ltr_get_u32(st + 8), NULL,
				     "1<<IFLA_STATS_???");
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(st), &ifstats_attrs_table, st);
}

/* --- RTM_{NEW,DEL,GET}NEXTHOP --- */

static bool nla_nh_addr(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const unsigned char *nhm = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, nhm[0], NULL);
	return true;
}

/* struct nexthop_grp[] */
static bool nla_nh_grp(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	uint32_t n = len / 8, i;
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
		if (ltr_mem_read(c->mem, addr + 8ull * i, b, sizeof(b)) < 0) {
			if (!i) {
				c->out->len--;
				c->out->data[c->out->len] = '\0';
				ltr_print_addr(c->out, addr);
				return true;
			}
			ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)(addr + 8ull * i));
			break;
		}
		ltr_sb_printf(c->out, "{id=%u, weight=%u", ltr_get_u32(b), b[4]);
		if (b[5])
			ltr_sb_printf(c->out, ", resvd1=%#x", b[5]);
		if (ltr_get_u16(b + 6))
			ltr_sb_printf(c->out, ", resvd2=%#x", ltr_get_u16(b + 6));
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_putc(c->out, ']');
	return true;
}

static bool nla_nh_grp_type(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(rtnl_nexthop_grp_types), "NEXTHOP_GRP_TYPE_???", 2, false, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

static bool nla_nh_encap_type(struct ltr_call *c, uint64_t addr, uint32_t len,
			      const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(lwtunnel_encap_types), "LWTUNNEL_ENCAP_???", 2, false, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

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

static bool nla_res_group(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &res_group_attrs, opaque);
	return true;
}

static bool nla_res_bucket(struct ltr_call *c, uint64_t addr, uint32_t len,
			   const void *opaque)
{
	ltr_nl_decode_attrs(c, addr, len, &res_bucket_attrs, opaque);
	return true;
}

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

void ltr_nl_route_nhmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	unsigned char nhm[8] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{nh_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, nhm, sizeof(nhm), 1)) {
		ltr_sb_puts(c->out, "nh_scope=");
		ltr_print_xval(c->out, LTR_XT(routing_scopes), nhm[1], NULL);
		ltr_sb_puts(c->out, ", nh_protocol=");
		ltr_print_xval(c->out, LTR_XT(routing_protocols), nhm[2], "RTPROT_???");
		if (nhm[3])
			ltr_sb_printf(c->out, ", resvd=%#x", nhm[3]);
		ltr_sb_puts(c->out, ", nh_flags=");
		ltr_print_flags_dflt(c->out, LTR_XT(route_nexthop_flags), ltr_get_u32(nhm + 4),
				     NULL, "RTNH_F_???");
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(nhm), &nhmsg_attrs, nhm);
}

/* --- RTM_NEWCACHEREPORT --- */

static bool nla_ipmra_msg_type(struct ltr_call *c, uint64_t addr, uint32_t len,
			       const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(rtnl_ipmra_msg_types), "IGMPMSG_???", 1, false, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

static bool nla_ip6mra_msg_type(struct ltr_call *c, uint64_t addr, uint32_t len,
				const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(rtnl_ip6mra_msg_types), "MRT6MSG_???", 1, false, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

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
