/* SPDX-License-Identifier: MIT */
/*
 * RTM_{NEW,DEL,GET,SET}LINK: struct ifinfomsg and its IFLA_* attributes
 * (the link statistics are shared with route_tc.c's TCA_STATS).
 */
#include <string.h>

#include "netlink.h"

#define IFINFOMSG_SIZE 16u
#define AF_BRIDGE_FAMILY 7

/*
 * IFLA_ADDRESS and the like: strace cuts the address to the length of
 * the ARPHRD type whose number is the message's ifi_family (sic).
 */
static bool nla_ifla_hwaddr(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	const unsigned char *ifi = opaque;
	unsigned char b[32];

	if (len > sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, len))
		ltr_nl_print_hwaddr(c->out, b, len, ifi[0]);
	return true;
}

/* struct rtnl_link_stats{,64}: the fields in order. */
static const char *const link_stats_fields[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors",
	"tx_errors", "rx_dropped", "tx_dropped", "multicast", "collisions",
	"rx_length_errors", "rx_over_errors", "rx_crc_errors",
	"rx_frame_errors", "rx_fifo_errors", "rx_missed_errors",
	"tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed",
	"tx_compressed", "rx_nohandler", "rx_otherhost_dropped",
};

/*
 * fields fields of width bytes; the sizes strace accepts: the whole
 * struct of its kernel (all), or an older one ending at tx_compressed
 * (23 fields) or rx_nohandler (24).
 */
static bool print_link_stats(struct ltr_call *c, uint64_t addr, uint32_t len,
			     unsigned width, unsigned all)
{
	unsigned n;

	if (len >= all * width)
		n = all;
	else if (all == 25 && len == 24 * width)
		n = 24;
	else if (len == 23 * width)
		n = 23;
	else
		return false;
	return ltr_nla_print_uint_struct(c, addr, len, width, link_stats_fields, n);
}

bool ltr_nla_link_stats(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return print_link_stats(c, addr, len, 4, 24);
}

bool ltr_nla_link_stats64(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return print_link_stats(c, addr, len, 8, 25);
}

/* struct rtnl_link_ifmap: three u64, a u16 and two u8. */
static void print_ifmap(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, "{mem_start=");
	ltr_nl_print_x(c->out, ltr_get_u64(b));
	ltr_sb_puts(c->out, ", mem_end=");
	ltr_nl_print_x(c->out, ltr_get_u64(b + 8));
	ltr_sb_puts(c->out, ", base_addr=");
	ltr_nl_print_x(c->out, ltr_get_u64(b + 16));
	ltr_sb_printf(c->out, ", irq=%u, dma=%u, port=%u}", ltr_get_u16(b + 24), b[26], b[27]);
}
LTR_NLA_STRUCT(nla_ifmap, 28, print_ifmap)

LTR_NLA_FLAGS(nla_ext_mask, rtnl_ifla_ext_filter_flags, "RTEXT_FILTER_???", 4)

LTR_NLA_XVAL(nla_event, rtnl_ifla_events, "IFLA_EVENT_???", 4)

/*
 * IFLA_LINKINFO: IFLA_INFO_KIND (and IFLA_INFO_SLAVE_KIND) name the
 * driver whose attributes IFLA_INFO_DATA (IFLA_INFO_SLAVE_DATA, and
 * IFLA_INFO_XSTATS) hold; as strace, the kinds seen earlier in the same
 * nest decide, and data of other kinds stay hex strings.
 */
struct linkinfo_kinds {
	char kind[64], slave_kind[64];
};
/* The nest's opaque: const for the walk, the kinds writable through it. */
struct linkinfo_ctx {
	struct linkinfo_kinds *kinds;
};

/*
 * Keeps the kind (up to its NUL, within len) in dst; an unreadable or
 * too long one is "".
 */
static void update_kind(struct ltr_call *c, uint64_t addr, uint32_t len, char *dst,
			size_t size)
{
	memset(dst, 0, size);
	if (len >= size || ltr_mem_read(c->mem, addr, dst, len) < 0)
		dst[0] = '\0';
}

static bool nla_info_kind(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const struct linkinfo_ctx *ctx = opaque;

	update_kind(c, addr, len, ctx->kinds->kind, sizeof(ctx->kinds->kind));
	return ltr_nla_cstr(c, addr, len, NULL);
}

static bool nla_info_slave_kind(struct ltr_call *c, uint64_t addr, uint32_t len,
				const void *opaque)
{
	const struct linkinfo_ctx *ctx = opaque;

	update_kind(c, addr, len, ctx->kinds->slave_kind, sizeof(ctx->kinds->slave_kind));
	return ltr_nla_cstr(c, addr, len, NULL);
}

/* struct br_boolopt_multi: two u32 of 1<<BR_BOOLOPT_* bits */
static void print_br_boolopt(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, "{optval=");
	ltr_print_flags_dflt(c->out, LTR_XT(rtnl_ifla_br_boolopt_flags), ltr_get_u32(b), NULL,
			     "1<<BR_BOOLOPT_???");
	ltr_sb_puts(c->out, ", optmask=");
	ltr_print_flags_dflt(c->out, LTR_XT(rtnl_ifla_br_boolopt_flags), ltr_get_u32(b + 4),
			     NULL, "1<<BR_BOOLOPT_???");
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_br_boolopt, 8, print_br_boolopt)

static ltr_nla_decoder *const br_querier_decoders[] = {
	[1] = ltr_nla_in_addr,   /* BRIDGE_QUERIER_IP_ADDRESS */
	[2] = ltr_nla_ifindex,   /* BRIDGE_QUERIER_IP_PORT */
	[3] = ltr_nla_clock_t,   /* BRIDGE_QUERIER_IP_OTHER_TIMER */
	[5] = ltr_nla_in6_addr,  /* BRIDGE_QUERIER_IPV6_ADDRESS */
	[6] = ltr_nla_ifindex,   /* BRIDGE_QUERIER_IPV6_PORT */
	[7] = ltr_nla_clock_t,   /* BRIDGE_QUERIER_IPV6_OTHER_TIMER */
};
static const struct ltr_nla_table br_querier_attrs =
	LTR_NLA_TABLE(rtnl_ifla_br_mcast_querier_attrs, "BRIDGE_QUERIER_???",
		      br_querier_decoders);

LTR_NLA_NEST(nla_br_querier_state, br_querier_attrs)

static bool nla_bridge_id(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque);

static ltr_nla_decoder *const br_data_decoders[] = {
	[1] = ltr_nla_clock_t,   /* IFLA_BR_FORWARD_DELAY */
	[2] = ltr_nla_clock_t,   /* IFLA_BR_HELLO_TIME */
	[3] = ltr_nla_clock_t,   /* IFLA_BR_MAX_AGE */
	[4] = ltr_nla_clock_t,   /* IFLA_BR_AGEING_TIME */
	[5] = ltr_nla_u32,       /* IFLA_BR_STP_STATE */
	[6] = ltr_nla_u16,       /* IFLA_BR_PRIORITY */
	[7] = ltr_nla_u8,        /* IFLA_BR_VLAN_FILTERING */
	[8] = ltr_nla_ether_proto, /* IFLA_BR_VLAN_PROTOCOL */
	[9] = ltr_nla_x16,       /* IFLA_BR_GROUP_FWD_MASK */
	[10] = nla_bridge_id,    /* IFLA_BR_ROOT_ID */
	[11] = nla_bridge_id,    /* IFLA_BR_BRIDGE_ID */
	[12] = ltr_nla_u16,      /* IFLA_BR_ROOT_PORT */
	[13] = ltr_nla_u32,      /* IFLA_BR_ROOT_PATH_COST */
	[14] = ltr_nla_u8,       /* IFLA_BR_TOPOLOGY_CHANGE */
	[15] = ltr_nla_u8,       /* IFLA_BR_TOPOLOGY_CHANGE_DETECTED */
	[16] = ltr_nla_clock_t,  /* IFLA_BR_HELLO_TIMER */
	[17] = ltr_nla_clock_t,  /* IFLA_BR_TCN_TIMER */
	[18] = ltr_nla_clock_t,  /* IFLA_BR_TOPOLOGY_CHANGE_TIMER */
	[19] = ltr_nla_clock_t,  /* IFLA_BR_GC_TIMER */
	[20] = ltr_nla_hwaddr,   /* IFLA_BR_GROUP_ADDR */
	[22] = ltr_nla_u8,       /* IFLA_BR_MCAST_ROUTER */
	[23] = ltr_nla_u8,       /* IFLA_BR_MCAST_SNOOPING */
	[24] = ltr_nla_u8,       /* IFLA_BR_MCAST_QUERY_USE_IFADDR */
	[25] = ltr_nla_u8,       /* IFLA_BR_MCAST_QUERIER */
	[26] = ltr_nla_u32,      /* IFLA_BR_MCAST_HASH_ELASTICITY */
	[27] = ltr_nla_u32,      /* IFLA_BR_MCAST_HASH_MAX */
	[28] = ltr_nla_u32,      /* IFLA_BR_MCAST_LAST_MEMBER_CNT */
	[29] = ltr_nla_u32,      /* IFLA_BR_MCAST_STARTUP_QUERY_CNT */
	[30] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_LAST_MEMBER_INTVL */
	[31] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_MEMBERSHIP_INTVL */
	[32] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_QUERIER_INTVL */
	[33] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_QUERY_INTVL */
	[34] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_QUERY_RESPONSE_INTVL */
	[35] = ltr_nla_clock_t,  /* IFLA_BR_MCAST_STARTUP_QUERY_INTVL */
	[36] = ltr_nla_u8,       /* IFLA_BR_NF_CALL_IPTABLES */
	[37] = ltr_nla_u8,       /* IFLA_BR_NF_CALL_IP6TABLES */
	[38] = ltr_nla_u8,       /* IFLA_BR_NF_CALL_ARPTABLES */
	[39] = ltr_nla_u16,      /* IFLA_BR_VLAN_DEFAULT_PVID */
	[41] = ltr_nla_u8,       /* IFLA_BR_VLAN_STATS_ENABLED */
	[42] = ltr_nla_u8,       /* IFLA_BR_MCAST_STATS_ENABLED */
	[43] = ltr_nla_u8,       /* IFLA_BR_MCAST_IGMP_VERSION */
	[44] = ltr_nla_u8,       /* IFLA_BR_MCAST_MLD_VERSION */
	[45] = ltr_nla_u8,       /* IFLA_BR_VLAN_STATS_PER_PORT */
	[46] = nla_br_boolopt,   /* IFLA_BR_MULTI_BOOLOPT */
	[47] = nla_br_querier_state, /* IFLA_BR_MCAST_QUERIER_STATE */
};
static const struct ltr_nla_table br_data_attrs =
	LTR_NLA_TABLE(rtnl_ifla_info_data_bridge_attrs, "IFLA_BR_???", br_data_decoders);

LTR_NLA_XVAL(nla_tun_type, tun_device_types, "IFF_???", 1)

static ltr_nla_decoder *const tun_data_decoders[] = {
	[1] = ltr_nla_uid,       /* IFLA_TUN_OWNER */
	[2] = ltr_nla_uid,       /* IFLA_TUN_GROUP */
	[3] = nla_tun_type,      /* IFLA_TUN_TYPE */
	[4] = ltr_nla_u8,        /* IFLA_TUN_PI */
	[5] = ltr_nla_u8,        /* IFLA_TUN_VNET_HDR */
	[6] = ltr_nla_u8,        /* IFLA_TUN_PERSIST */
	[7] = ltr_nla_u8,        /* IFLA_TUN_MULTI_QUEUE */
	[8] = ltr_nla_u32,       /* IFLA_TUN_NUM_QUEUES */
	[9] = ltr_nla_u32,       /* IFLA_TUN_NUM_DISABLED_QUEUES */
};
static const struct ltr_nla_table tun_data_attrs =
	LTR_NLA_TABLE(rtnl_ifla_info_data_tun_attrs, "IFLA_TUN_???", tun_data_decoders);

static bool nla_info_data(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const struct linkinfo_ctx *ctx = opaque;
	const struct ltr_nla_table *t;

	if (!strcmp(ctx->kinds->kind, "bridge"))
		t = &br_data_attrs;
	else if (!strcmp(ctx->kinds->kind, "tun"))
		t = &tun_data_attrs;
	else
		return false;
	ltr_nl_decode_attrs(c, addr, len, t, NULL);
	return true;
}

/* IFLA_INFO_XSTATS of a CAN device: struct can_device_stats, six u32 */
static bool nla_info_xstats(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	const struct linkinfo_ctx *ctx = opaque;
	unsigned char b[24];

	if (strcmp(ctx->kinds->kind, "can") || len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{bus_error=%u, error_warning=%u, error_passive=%u, "
			      "bus_off=%u, arbitration_lost=%u, restarts=%u}", ltr_get_u32(b),
			      ltr_get_u32(b + 4), ltr_get_u32(b + 8), ltr_get_u32(b + 12),
			      ltr_get_u32(b + 16), ltr_get_u32(b + 20));
	return true;
}

static const struct ltr_nla_table brport_attrs;

static bool nla_info_slave_data(struct ltr_call *c, uint64_t addr, uint32_t len,
				const void *opaque)
{
	const struct linkinfo_ctx *ctx = opaque;

	if (strcmp(ctx->kinds->slave_kind, "bridge"))
		return false;
	ltr_nl_decode_attrs(c, addr, len, &brport_attrs, NULL);
	return true;
}

static ltr_nla_decoder *const linkinfo_decoders[] = {
	[1] = nla_info_kind,        /* IFLA_INFO_KIND */
	[2] = nla_info_data,        /* IFLA_INFO_DATA */
	[3] = nla_info_xstats,      /* IFLA_INFO_XSTATS */
	[4] = nla_info_slave_kind,  /* IFLA_INFO_SLAVE_KIND */
	[5] = nla_info_slave_data,  /* IFLA_INFO_SLAVE_DATA */
};
static const struct ltr_nla_table linkinfo_attrs =
	LTR_NLA_TABLE(rtnl_ifla_info_attrs, "IFLA_INFO_???", linkinfo_decoders);

static bool nla_linkinfo(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	struct linkinfo_kinds kinds = { "", "" };
	const struct linkinfo_ctx ctx = { &kinds };

	(void)opaque;
	ltr_nl_decode_attrs(c, addr, len, &linkinfo_attrs, &ctx);
	return true;
}

/* IFLA_PROP_LIST: IFLA_ALT_IFNAME strings, typed by IFLA_* */
static bool nla_prop(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	if (((uintptr_t)opaque & 0x3fff) != 53)  /* IFLA_ALT_IFNAME */
		return false;
	return ltr_nla_str(c, addr, len, NULL);
}
static ltr_nla_decoder *const prop_decoders[] = { nla_prop };
static const struct ltr_nla_table prop_attrs = {
	LTR_XT(rtnl_link_attrs), "IFLA_???", prop_decoders, 0,
};

static bool nla_prop_list(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	ltr_nl_decode_attrs(c, addr, len, &prop_attrs, NULL);
	return true;
}

/* IFLA_AF_SPEC's AF_INET, AF_INET6 and AF_MCTP nests */
static bool nla_inet_conf(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 4, true, LTR_XT(inet_devconf_indices),
				     "IPV4_DEVCONF_???");
}

static bool nla_inet6_conf(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 4, true, LTR_XT(inet6_devconf_indices),
				     "DEVCONF_???");
}

static bool nla_inet6_stats(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 8, false, LTR_XT(snmp_ip_stats),
				     "IPSTATS_MIB_???");
}

static bool nla_icmp6_stats(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 8, false, LTR_XT(snmp_icmp6_stats),
				     "ICMP6_MIB_???");
}

LTR_NLA_FLAGS(nla_inet6_flags, inet6_if_flags, "IF_???", 4)

LTR_NLA_XVAL(nla_inet6_agm, in6_addr_gen_mode, "IN6_ADDR_GEN_MODE_???", 1)

/* struct ifla_cacheinfo */
LTR_NLA_U32_STRUCT(nla_inet6_cacheinfo, "max_reasm_len", "tstamp", "reachable_time",
		   "retrans_time")

static ltr_nla_decoder *const inet_decoders[] = {
	[1] = nla_inet_conf,     /* IFLA_INET_CONF */
};
static ltr_nla_decoder *const inet6_decoders[] = {
	[1] = nla_inet6_flags,      /* IFLA_INET6_FLAGS */
	[2] = nla_inet6_conf,       /* IFLA_INET6_CONF */
	[3] = nla_inet6_stats,      /* IFLA_INET6_STATS */
	[5] = nla_inet6_cacheinfo,  /* IFLA_INET6_CACHEINFO */
	[6] = nla_icmp6_stats,      /* IFLA_INET6_ICMP6STATS */
	[7] = ltr_nla_in6_addr,     /* IFLA_INET6_TOKEN */
	[8] = nla_inet6_agm,        /* IFLA_INET6_ADDR_GEN_MODE */
	[9] = ltr_nla_u32,          /* IFLA_INET6_RA_MTU */
};
static const struct ltr_nla_table inet_attrs =
	LTR_NLA_TABLE(rtnl_ifla_af_spec_inet_attrs, "IFLA_INET_???", inet_decoders);
static const struct ltr_nla_table inet6_attrs =
	LTR_NLA_TABLE(rtnl_ifla_af_spec_inet6_attrs, "IFLA_INET6_???", inet6_decoders);

static ltr_nla_decoder *const mctp_decoders[] = {
	[1] = ltr_nla_u32,       /* IFLA_MCTP_NET */
};
static const struct ltr_nla_table mctp_attrs =
	LTR_NLA_TABLE(rtnl_ifla_af_spec_mctp_attrs, "IFLA_MCTP_???", mctp_decoders);

static bool nla_af(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned af = (uintptr_t)opaque & 0x3fff;

	if (af == 2)
		ltr_nl_decode_attrs(c, addr, len, &inet_attrs, NULL);
	else if (af == 10)
		ltr_nl_decode_attrs(c, addr, len, &inet6_attrs, NULL);
	else if (af == 45)  /* AF_MCTP */
		ltr_nl_decode_attrs(c, addr, len, &mctp_attrs, NULL);
	else
		ltr_print_buf_hex(c, addr, len);
	return true;
}
static ltr_nla_decoder *const af_decoders[] = { nla_af };
static const struct ltr_nla_table af_spec_attrs = {
	LTR_XT(address_families), "AF_???", af_decoders, 0,
};

/* AF_BRIDGE's IFLA_AF_SPEC: IFLA_BRIDGE_* (if_bridge.h) */
LTR_NLA_FLAGS(nla_bridge_flags, rtnl_ifla_bridge_flags, "BRIDGE_FLAGS_???", 2)

LTR_NLA_XVAL(nla_bridge_mode, rtnl_ifla_bridge_modes, "BRIDGE_MODE_???", 2)

LTR_NLA_FLAGS(nla_bridge_vlan_flags, nl_bridge_vlan_flags, "BRIDGE_VLAN_INFO_???", 2)

/* struct bridge_vlan_info (u16 flags, u16 vid), then any bytes after it in hex */
static bool nla_bridge_vlan_info(struct ltr_call *c, uint64_t addr, uint32_t len,
				 const void *opaque)
{
	unsigned char b[4];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(nl_bridge_vlan_flags), ltr_get_u16(b), NULL,
			     "BRIDGE_VLAN_INFO_???");
	ltr_sb_printf(c->out, ", vid=%u}", ltr_get_u16(b + 2));
	if (len > sizeof(b)) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_buf_hex(c, addr + sizeof(b), len - sizeof(b));
	}
	return true;
}

static ltr_nla_decoder *const bridge_tunnel_decoders[] = {
	[1] = ltr_nla_u32,            /* IFLA_BRIDGE_VLAN_TUNNEL_ID */
	[2] = ltr_nla_u16,            /* IFLA_BRIDGE_VLAN_TUNNEL_VID */
	[3] = nla_bridge_vlan_flags,  /* IFLA_BRIDGE_VLAN_TUNNEL_FLAGS */
};
static const struct ltr_nla_table bridge_tunnel_attrs =
	LTR_NLA_TABLE(rtnl_ifla_af_spec_bridge_vlan_tunnel_info_attrs,
		      "IFLA_BRIDGE_VLAN_TUNNEL_???", bridge_tunnel_decoders);

LTR_NLA_NEST(nla_bridge_tunnel, bridge_tunnel_attrs)

static ltr_nla_decoder *const af_spec_bridge_decoders[] = {
	[0] = nla_bridge_flags,      /* IFLA_BRIDGE_FLAGS */
	[1] = nla_bridge_mode,       /* IFLA_BRIDGE_MODE */
	[2] = nla_bridge_vlan_info,  /* IFLA_BRIDGE_VLAN_INFO */
	[3] = nla_bridge_tunnel,     /* IFLA_BRIDGE_VLAN_TUNNEL_INFO */
};
static const struct ltr_nla_table af_spec_bridge_attrs =
	LTR_NLA_TABLE(rtnl_ifla_af_spec_bridge_attrs, "IFLA_BRIDGE_???",
		      af_spec_bridge_decoders);

/*
 * IFLA_AF_SPEC: attributes typed by address family, each a nest of its
 * own; but an AF_BRIDGE message's are IFLA_BRIDGE_* (if_bridge.h).
 */
static bool nla_af_spec(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const unsigned char *ifinfo = opaque;

	if (ifinfo[0] == AF_BRIDGE_FAMILY)
		ltr_nl_decode_attrs(c, addr, len, &af_spec_bridge_attrs, opaque);
	else
		ltr_nl_decode_attrs(c, addr, len, &af_spec_attrs, NULL);
	return true;
}

/* IFLA_PROTINFO: a bridge port's IFLA_BRPORT_*, or AF_INET6's nest */
/* struct ifla_bridge_id */
static bool nla_bridge_id(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[8];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_printf(c->out, "{prio=[%u, %u], addr=", b[0], b[1]);
	ltr_nl_print_hwaddr(c->out, b + 2, 6, UINT32_MAX);
	ltr_sb_putc(c->out, '}');
	return true;
}

static ltr_nla_decoder *const brport_decoders[] = {
	[1] = ltr_nla_u8,        /* IFLA_BRPORT_STATE */
	[2] = ltr_nla_u16,       /* IFLA_BRPORT_PRIORITY */
	[3] = ltr_nla_u32,       /* IFLA_BRPORT_COST */
	[4] = ltr_nla_u8,        /* IFLA_BRPORT_MODE */
	[5] = ltr_nla_u8,        /* IFLA_BRPORT_GUARD */
	[6] = ltr_nla_u8,        /* IFLA_BRPORT_PROTECT */
	[7] = ltr_nla_u8,        /* IFLA_BRPORT_FAST_LEAVE */
	[8] = ltr_nla_u8,        /* IFLA_BRPORT_LEARNING */
	[9] = ltr_nla_u8,        /* IFLA_BRPORT_UNICAST_FLOOD */
	[10] = ltr_nla_u8,       /* IFLA_BRPORT_PROXYARP */
	[11] = ltr_nla_u8,       /* IFLA_BRPORT_LEARNING_SYNC */
	[12] = ltr_nla_u8,       /* IFLA_BRPORT_PROXYARP_WIFI */
	[13] = nla_bridge_id,    /* IFLA_BRPORT_ROOT_ID */
	[14] = nla_bridge_id,    /* IFLA_BRPORT_BRIDGE_ID */
	[15] = ltr_nla_u16,      /* IFLA_BRPORT_DESIGNATED_PORT */
	[16] = ltr_nla_u16,      /* IFLA_BRPORT_DESIGNATED_COST */
	[17] = ltr_nla_u16,      /* IFLA_BRPORT_ID */
	[18] = ltr_nla_u16,      /* IFLA_BRPORT_NO */
	[19] = ltr_nla_u8,       /* IFLA_BRPORT_TOPOLOGY_CHANGE_ACK */
	[20] = ltr_nla_u8,       /* IFLA_BRPORT_CONFIG_PENDING */
	[21] = ltr_nla_clock_t,  /* IFLA_BRPORT_MESSAGE_AGE_TIMER */
	[22] = ltr_nla_clock_t,  /* IFLA_BRPORT_FORWARD_DELAY_TIMER */
	[23] = ltr_nla_clock_t,  /* IFLA_BRPORT_HOLD_TIMER */
	[25] = ltr_nla_u8,       /* IFLA_BRPORT_MULTICAST_ROUTER */
	[27] = ltr_nla_u8,       /* IFLA_BRPORT_MCAST_FLOOD */
	[28] = ltr_nla_u8,       /* IFLA_BRPORT_MCAST_TO_UCAST */
	[29] = ltr_nla_u8,       /* IFLA_BRPORT_VLAN_TUNNEL */
	[30] = ltr_nla_u8,       /* IFLA_BRPORT_BCAST_FLOOD */
	[31] = ltr_nla_x16,      /* IFLA_BRPORT_GROUP_FWD_MASK */
	[32] = ltr_nla_u8,       /* IFLA_BRPORT_NEIGH_SUPPRESS */
	[33] = ltr_nla_u8,       /* IFLA_BRPORT_ISOLATED */
	[34] = ltr_nla_ifindex,  /* IFLA_BRPORT_BACKUP_PORT */
	[35] = ltr_nla_u8,       /* IFLA_BRPORT_MRP_RING_OPEN */
	[36] = ltr_nla_u8,       /* IFLA_BRPORT_MRP_IN_OPEN */
	[37] = ltr_nla_u32,      /* IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT */
	[38] = ltr_nla_u32,      /* IFLA_BRPORT_MCAST_EHT_HOSTS_CNT */
	[39] = ltr_nla_u8,       /* IFLA_BRPORT_LOCKED */
};
static const struct ltr_nla_table brport_attrs =
	LTR_NLA_TABLE(rtnl_ifla_brport_attrs, "IFLA_BRPORT_???", brport_decoders);

static const struct ltr_nla_table inet6_attrs;

static bool nla_protinfo(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	const unsigned char *ifi = opaque;

	if (ifi[0] == AF_BRIDGE_FAMILY)
		ltr_nl_decode_attrs(c, addr, len, &brport_attrs, NULL);
	else if (ifi[0] == 10)  /* AF_INET6: as in IFLA_AF_SPEC */
		ltr_nl_decode_attrs(c, addr, len, &inet6_attrs, NULL);
	else
		ltr_print_buf_hex(c, addr, len);
	return true;
}

/* IFLA_PROTO_DOWN_REASON */
static ltr_nla_decoder *const proto_down_decoders[] = {
	[1] = ltr_nla_x32,       /* IFLA_PROTO_DOWN_REASON_MASK */
	[2] = ltr_nla_x32,       /* IFLA_PROTO_DOWN_REASON_VALUE */
};
static const struct ltr_nla_table proto_down_attrs =
	LTR_NLA_TABLE(rtnl_ifla_proto_down_reason_attrs, "IFLA_PROTO_DOWN_REASON_???",
		      proto_down_decoders);

LTR_NLA_NEST(nla_proto_down_reason, proto_down_attrs)

/* IFLA_VF_PORTS, IFLA_PORT_SELF: IFLA_PORT_* nests */
static void print_port_vsi(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_printf(c->out, "{vsi_mgr_id=%u, vsi_type_id=", b[0]);
	ltr_print_quoted_hex(c->out, (const char *)b + 1, 3, false);
	ltr_sb_printf(c->out, ", vsi_type_version=%u", b[4]);
	if (b[5] || b[6] || b[7]) {
		ltr_sb_puts(c->out, ", pad=");
		ltr_print_quoted_hex(c->out, (const char *)b + 5, 3, false);
	}
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_port_vsi, 8, print_port_vsi)

static ltr_nla_decoder *const port_decoders[] = {
	[1] = ltr_nla_u32,       /* IFLA_PORT_VF */
	[2] = ltr_nla_str,       /* IFLA_PORT_PROFILE */
	[3] = nla_port_vsi,      /* IFLA_PORT_VSI_TYPE */
	[6] = ltr_nla_u8,        /* IFLA_PORT_REQUEST */
	[7] = ltr_nla_u16,       /* IFLA_PORT_RESPONSE */
};
static const struct ltr_nla_table port_attrs =
	LTR_NLA_TABLE(rtnl_ifla_port_attrs, "IFLA_VF_PORT_???", port_decoders);

LTR_NLA_NEST(nla_port, port_attrs)

static ltr_nla_decoder *const vf_ports_decoders[] = {
	[1] = nla_port,          /* IFLA_VF_PORT */
};
static const struct ltr_nla_table vf_ports_attrs =
	LTR_NLA_TABLE(rtnl_ifla_vf_port_attrs, "IFLA_VF_PORT_???", vf_ports_decoders);

LTR_NLA_NEST(nla_vf_ports, vf_ports_attrs)

/* IFLA_XDP */
LTR_NLA_XVAL(nla_xdp_attached, rtnl_ifla_xdp_attached_mode, "XDP_ATTACHED_???", 1)

static bool nla_xdp_flags(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[4];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_print_flags_dflt(c->out, LTR_XT(xdp_flags), ltr_get_u32(b), NULL,
				     "XDP_FLAGS_???");
	return true;
}

static ltr_nla_decoder *const xdp_decoders[] = {
	[1] = ltr_nla_fd,        /* IFLA_XDP_FD */
	[2] = nla_xdp_attached,  /* IFLA_XDP_ATTACHED */
	[3] = nla_xdp_flags,     /* IFLA_XDP_FLAGS */
	[4] = ltr_nla_u32,       /* IFLA_XDP_PROG_ID */
	[5] = ltr_nla_u32,       /* IFLA_XDP_DRV_PROG_ID */
	[6] = ltr_nla_u32,       /* IFLA_XDP_SKB_PROG_ID */
	[7] = ltr_nla_u32,       /* IFLA_XDP_HW_PROG_ID */
	[8] = ltr_nla_fd,        /* IFLA_XDP_EXPECTED_FD */
};
static const struct ltr_nla_table xdp_attrs =
	LTR_NLA_TABLE(rtnl_ifla_xdp_attrs, "IFLA_XDP_???", xdp_decoders);

LTR_NLA_NEST(nla_xdp, xdp_attrs)

/* IFLA_VFINFO_LIST: IFLA_VF_INFO nests of a device's virtual functions */
LTR_NLA_U32_STRUCT(nla_vf_vlan, "vf", "vlan", "qos")
LTR_NLA_U32_STRUCT(nla_vf_tx_rate, "vf", "rate")
LTR_NLA_U32_STRUCT(nla_vf_setting, "vf", "setting")
LTR_NLA_U32_STRUCT(nla_vf_rate, "vf", "min_tx_rate", "max_tx_rate")

/* struct ifla_vf_mac, struct ifla_vf_broadcast: 32 address bytes (after a u32 vf) */
static bool print_vf_mac(struct ltr_call *c, uint64_t addr, uint32_t len, bool has_vf)
{
	unsigned char b[36];
	uint32_t size = has_vf ? 36 : 32;

	if (len < size)
		return false;
	if (!ltr_nl_fetch(c, addr, b, size))
		return true;
	if (has_vf)
		ltr_sb_printf(c->out, "{vf=%u, mac=", ltr_get_u32(b));
	else
		ltr_sb_puts(c->out, "{broadcast=");
	ltr_nl_print_hwaddr(c->out, b + size - 32, 32, UINT32_MAX);
	ltr_sb_putc(c->out, '}');
	return true;
}

static bool nla_vf_mac(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return print_vf_mac(c, addr, len, true);
}

static bool nla_vf_broadcast(struct ltr_call *c, uint64_t addr, uint32_t len,
			     const void *opaque)
{
	(void)opaque;
	return print_vf_mac(c, addr, len, false);
}

static void print_vf_link_state(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_printf(c->out, "{vf=%u, link_state=", ltr_get_u32(b));
	ltr_print_xval(c->out, LTR_XT(rtnl_ifla_vf_link_states), ltr_get_u32(b + 4),
		       "IFLA_VF_LINK_STATE_???");
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_vf_link_state, 8, print_vf_link_state)

/*
 * struct ifla_vf_guid: a u32 vf and a u64 guid, 12 bytes packed or 16
 * aligned (the kernel's struct is not naturally aligned; strace takes both).
 */
static bool nla_vf_guid(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[16];

	(void)opaque;
	if (len != 12 && len != 16)
		return false;
	if (!ltr_nl_fetch(c, addr, b, len))
		return true;
	ltr_sb_printf(c->out, "{vf=%u, guid=", ltr_get_u32(b));
	ltr_nl_print_x(c->out, ltr_get_u64(b + len - 8));
	ltr_sb_putc(c->out, '}');
	return true;
}

static ltr_nla_decoder *const vf_stats_decoders[] = {
	[0] = ltr_nla_u64,       /* IFLA_VF_STATS_RX_PACKETS */
	[1] = ltr_nla_u64,       /* IFLA_VF_STATS_TX_PACKETS */
	[2] = ltr_nla_u64,       /* IFLA_VF_STATS_RX_BYTES */
	[3] = ltr_nla_u64,       /* IFLA_VF_STATS_TX_BYTES */
	[4] = ltr_nla_u64,       /* IFLA_VF_STATS_BROADCAST */
	[5] = ltr_nla_u64,       /* IFLA_VF_STATS_MULTICAST */
	[7] = ltr_nla_u64,       /* IFLA_VF_STATS_RX_DROPPED */
	[8] = ltr_nla_u64,       /* IFLA_VF_STATS_TX_DROPPED */
};
static const struct ltr_nla_table vf_stats_attrs =
	LTR_NLA_TABLE(rtnl_ifla_vf_stats_attrs, "IFLA_VF_STATS_???", vf_stats_decoders);

LTR_NLA_NEST(nla_vf_stats, vf_stats_attrs)

/* struct ifla_vf_vlan_info: three u32, a big-endian u16 protocol */
static void print_vf_vlan_info(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_printf(c->out, "{vf=%u, vlan=%u, qos=%u, vlan_proto=htons(", ltr_get_u32(b),
		      ltr_get_u32(b + 4), ltr_get_u32(b + 8));
	ltr_print_xval(c->out, LTR_XT(ethernet_protocols), (unsigned)(b[12] << 8 | b[13]),
		       "ETH_P_???");
	ltr_sb_puts(c->out, ")}");
}
LTR_NLA_STRUCT(nla_vf_vlan_info, 16, print_vf_vlan_info)

static ltr_nla_decoder *const vf_vlan_list_decoders[] = {
	[1] = nla_vf_vlan_info,  /* IFLA_VF_VLAN_INFO */
};
static const struct ltr_nla_table vf_vlan_list_attrs =
	LTR_NLA_TABLE(rtnl_ifla_vf_vlan_list_attrs, "IFLA_VF_VLAN_INFO_???",
		      vf_vlan_list_decoders);

LTR_NLA_NEST(nla_vf_vlan_list, vf_vlan_list_attrs)

static ltr_nla_decoder *const vf_info_decoders[] = {
	[1] = nla_vf_mac,        /* IFLA_VF_MAC */
	[2] = nla_vf_vlan,       /* IFLA_VF_VLAN */
	[3] = nla_vf_tx_rate,    /* IFLA_VF_TX_RATE */
	[4] = nla_vf_setting,    /* IFLA_VF_SPOOFCHK */
	[5] = nla_vf_link_state, /* IFLA_VF_LINK_STATE */
	[6] = nla_vf_rate,       /* IFLA_VF_RATE */
	[7] = nla_vf_setting,    /* IFLA_VF_RSS_QUERY_EN */
	[8] = nla_vf_stats,      /* IFLA_VF_STATS */
	[9] = nla_vf_setting,    /* IFLA_VF_TRUST */
	[10] = nla_vf_guid,      /* IFLA_VF_IB_NODE_GUID */
	[11] = nla_vf_guid,      /* IFLA_VF_IB_PORT_GUID */
	[12] = nla_vf_vlan_list, /* IFLA_VF_VLAN_LIST */
	[13] = nla_vf_broadcast, /* IFLA_VF_BROADCAST */
};
static const struct ltr_nla_table vf_info_attrs =
	LTR_NLA_TABLE(rtnl_ifla_vf_info_attrs, "IFLA_VF_???", vf_info_decoders);

LTR_NLA_NEST(nla_vf_info, vf_info_attrs)

static ltr_nla_decoder *const vfinfo_list_decoders[] = {
	[1] = nla_vf_info,       /* IFLA_VF_INFO */
};
static const struct ltr_nla_table vfinfo_list_attrs =
	LTR_NLA_TABLE(rtnl_ifla_vfinfo_list_attrs, "IFLA_VF_INFO_???", vfinfo_list_decoders);

LTR_NLA_NEST(nla_vfinfo_list, vfinfo_list_attrs)

static ltr_nla_decoder *const ifinfomsg_decoders[] = {
	[1] = nla_ifla_hwaddr,      /* IFLA_ADDRESS */
	[2] = nla_ifla_hwaddr,      /* IFLA_BROADCAST */
	[3] = ltr_nla_str,          /* IFLA_IFNAME */
	[4] = ltr_nla_u32,          /* IFLA_MTU */
	[5] = ltr_nla_u32,          /* IFLA_LINK */
	[6] = ltr_nla_str,          /* IFLA_QDISC */
	[7] = ltr_nla_link_stats,   /* IFLA_STATS */
	[10] = ltr_nla_u32,         /* IFLA_MASTER */
	[12] = nla_protinfo,        /* IFLA_PROTINFO */
	[13] = ltr_nla_u32,         /* IFLA_TXQLEN */
	[14] = nla_ifmap,           /* IFLA_MAP */
	[15] = ltr_nla_u32,         /* IFLA_WEIGHT */
	[16] = ltr_nla_u8,          /* IFLA_OPERSTATE */
	[17] = ltr_nla_u8,          /* IFLA_LINKMODE */
	[18] = nla_linkinfo,        /* IFLA_LINKINFO */
	[19] = ltr_nla_u32,         /* IFLA_NET_NS_PID */
	[20] = ltr_nla_str,         /* IFLA_IFALIAS */
	[21] = ltr_nla_u32,         /* IFLA_NUM_VF */
	[22] = nla_vfinfo_list,     /* IFLA_VFINFO_LIST */
	[23] = ltr_nla_link_stats64, /* IFLA_STATS64 */
	[24] = nla_vf_ports,        /* IFLA_VF_PORTS */
	[25] = nla_port,            /* IFLA_PORT_SELF */
	[26] = nla_af_spec,         /* IFLA_AF_SPEC */
	[27] = ltr_nla_u32,         /* IFLA_GROUP */
	[28] = ltr_nla_fd,          /* IFLA_NET_NS_FD */
	[29] = nla_ext_mask,        /* IFLA_EXT_MASK */
	[30] = ltr_nla_u32,         /* IFLA_PROMISCUITY */
	[31] = ltr_nla_u32,         /* IFLA_NUM_TX_QUEUES */
	[32] = ltr_nla_u32,         /* IFLA_NUM_RX_QUEUES */
	[33] = ltr_nla_u8,          /* IFLA_CARRIER */
	[35] = ltr_nla_u32,         /* IFLA_CARRIER_CHANGES */
	[37] = ltr_nla_s32,         /* IFLA_LINK_NETNSID */
	[38] = ltr_nla_str,         /* IFLA_PHYS_PORT_NAME */
	[39] = ltr_nla_u8,          /* IFLA_PROTO_DOWN */
	[40] = ltr_nla_u32,         /* IFLA_GSO_MAX_SEGS */
	[41] = ltr_nla_u32,         /* IFLA_GSO_MAX_SIZE */
	[43] = nla_xdp,             /* IFLA_XDP */
	[44] = nla_event,           /* IFLA_EVENT */
	[45] = ltr_nla_s32,         /* IFLA_NEW_NETNSID */
	[46] = ltr_nla_s32,         /* IFLA_IF_NETNSID */
	[47] = ltr_nla_u32,         /* IFLA_CARRIER_UP_COUNT */
	[48] = ltr_nla_u32,         /* IFLA_CARRIER_DOWN_COUNT */
	[49] = ltr_nla_ifindex,     /* IFLA_NEW_IFINDEX */
	[50] = ltr_nla_u32,         /* IFLA_MIN_MTU */
	[51] = ltr_nla_u32,         /* IFLA_MAX_MTU */
	[52] = nla_prop_list,       /* IFLA_PROP_LIST */
	[53] = ltr_nla_str,         /* IFLA_ALT_IFNAME */
	[54] = nla_ifla_hwaddr,     /* IFLA_PERM_ADDRESS */
	[55] = nla_proto_down_reason, /* IFLA_PROTO_DOWN_REASON */
	[56] = ltr_nla_str,         /* IFLA_PARENT_DEV_NAME */
	[57] = ltr_nla_str,         /* IFLA_PARENT_DEV_BUS_NAME */
	[58] = ltr_nla_u32,         /* IFLA_GRO_MAX_SIZE */
	[59] = ltr_nla_u32,         /* IFLA_TSO_MAX_SIZE */
	[60] = ltr_nla_u32,         /* IFLA_TSO_MAX_SEGS */
	[61] = ltr_nla_u32,         /* IFLA_ALLMULTI */
};
static const struct ltr_nla_table ifinfomsg_attrs =
	LTR_NLA_TABLE(rtnl_link_attrs, "IFLA_???", ifinfomsg_decoders);

static const struct ltr_nl_field ifinfomsg_fields[] = {
	LTR_NLF_T("ifi_type", 2, 2, LTR_NLF_XVAL, arp_hardware_types, "ARPHRD_???"),
	LTR_NLF("ifi_index", 4, 4, LTR_NLF_IFINDEX),
	LTR_NLF_T("ifi_flags", 8, 4, LTR_NLF_FLAGS, iff_flags, "IFF_???"),
	LTR_NLF("ifi_change", 12, 4, LTR_NLF_X),
};
static const struct ltr_nl_header ifinfomsg =
	LTR_NL_HEADER("ifi_family", IFINFOMSG_SIZE, ifinfomsg_fields, &ifinfomsg_attrs);

void ltr_nl_route_ifinfomsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			    uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ifinfomsg);
}
