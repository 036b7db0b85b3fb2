/* SPDX-License-Identifier: MIT */
/*
 * RTM_{NEW,DEL,GET}ADDR, RTM_GETMULTICAST, RTM_GETANYCAST: struct
 * ifaddrmsg and its IFA_* attributes.
 */
#include "netlink.h"

#define IFADDRMSG_SIZE 8u

/* An address of the message's family (a hex string for the others). */
static bool nla_ifa_address(struct ltr_call *c, uint64_t addr, uint32_t len,
			    const void *opaque)
{
	const unsigned char *ifa = opaque;

	ltr_nl_decode_inet_addr(c, addr, len, ifa[0], NULL);
	return true;
}

/* struct ifa_cacheinfo */
LTR_NLA_U32_STRUCT(nla_ifa_cacheinfo, "ifa_prefered", "ifa_valid", "cstamp", "tstamp")

LTR_NLA_FLAGS(nla_ifa_flags, ifaddr_flags, "IFA_F_???", 4)

static ltr_nla_decoder *const ifaddrmsg_decoders[] = {
	[1] = nla_ifa_address,    /* IFA_ADDRESS */
	[2] = nla_ifa_address,    /* IFA_LOCAL */
	[3] = ltr_nla_str,        /* IFA_LABEL */
	[4] = nla_ifa_address,    /* IFA_BROADCAST */
	[5] = nla_ifa_address,    /* IFA_ANYCAST */
	[6] = nla_ifa_cacheinfo,  /* IFA_CACHEINFO */
	[7] = nla_ifa_address,    /* IFA_MULTICAST */
	[8] = nla_ifa_flags,      /* IFA_FLAGS */
	[9] = ltr_nla_u32,        /* IFA_RT_PRIORITY */
	[10] = ltr_nla_s32,       /* IFA_TARGET_NETNSID */
};
static const struct ltr_nla_table ifaddrmsg_attrs =
	LTR_NLA_TABLE(rtnl_addr_attrs, "IFA_???", ifaddrmsg_decoders);

static const struct ltr_nl_field ifaddrmsg_fields[] = {
	LTR_NLF("ifa_prefixlen", 1, 1, LTR_NLF_U),
	LTR_NLF_T("ifa_flags", 2, 1, LTR_NLF_FLAGS, ifaddr_flags, "IFA_F_???"),
	LTR_NLF_T("ifa_scope", 3, 1, LTR_NLF_XVAL, routing_scopes, NULL),
	LTR_NLF("ifa_index", 4, 4, LTR_NLF_IFINDEX),
};
static const struct ltr_nl_header ifaddrmsg =
	LTR_NL_HEADER("ifa_family", IFADDRMSG_SIZE, ifaddrmsg_fields, &ifaddrmsg_attrs);

void ltr_nl_route_ifaddrmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			    uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &ifaddrmsg);
}
