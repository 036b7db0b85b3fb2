/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_ROUTE: the message body by type, as strace 6.1 dispatches it.
 * Every body starts with a one-byte family, read first; the bodies are
 * printed by route_link.c (ifinfomsg), route_addr.c (ifaddrmsg),
 * route_route.c (rtmsg), route_tc.c (tcmsg, tcamsg), route_neigh.c
 * (ndmsg), route_misc.c (fib_rule_hdr, netconfmsg, NSID's rtgenmsg) and
 * route_more.c (the less common ones). A type without a
 * decoder prints as "{family=AF_INET, data=...}".
 */
#include "netlink.h"

#define RTM_BASE 16

static ltr_nl_route_decoder *route_decoder(uint16_t type)
{
	switch (type) {
	case 16: case 17: case 18: case 19:   /* RTM_{NEW,DEL,GET,SET}LINK */
		return ltr_nl_route_ifinfomsg;
	case 20: case 21: case 22:            /* RTM_{NEW,DEL,GET}ADDR */
	case 58:                              /* RTM_GETMULTICAST */
	case 62:                              /* RTM_GETANYCAST */
		return ltr_nl_route_ifaddrmsg;
	case 24: case 25: case 26:            /* RTM_{NEW,DEL,GET}ROUTE */
		return ltr_nl_route_rtmsg;
	case 28: case 29:                     /* RTM_{NEW,DEL}NEIGH */
		return ltr_nl_route_ndmsg;
	case 30:                              /* RTM_GETNEIGH */
		return ltr_nl_route_getneigh;
	case 32: case 33: case 34:            /* RTM_{NEW,DEL,GET}RULE */
		return ltr_nl_route_fib_rule;
	case 36: case 37: case 38:            /* qdiscs */
	case 40: case 41: case 42:            /* classes */
	case 44: case 45: case 46:            /* filters */
	case 100: case 101: case 102:         /* chains */
		return ltr_nl_route_tcmsg;
	case 48: case 49: case 50:            /* RTM_{NEW,DEL,GET}ACTION */
		return ltr_nl_route_tcamsg;
	case 64: case 66: case 67:            /* RTM_{NEW,GET,SET}NEIGHTBL */
		return ltr_nl_route_ndtmsg;
	case 72: case 73: case 74:            /* RTM_{NEW,DEL,GET}ADDRLABEL */
		return ltr_nl_route_ifaddrlblmsg;
	case 78: case 79:                     /* RTM_{GET,SET}DCB */
		return ltr_nl_route_dcbmsg;
	case 84: case 85: case 86:            /* RTM_{NEW,DEL,GET}MDB */
		return ltr_nl_route_br_port_msg;
	case 92: case 94:                     /* RTM_{NEW,GET}STATS */
		return ltr_nl_route_ifstatsmsg;
	case 96:                              /* RTM_NEWCACHEREPORT */
		return ltr_nl_route_cachereport;
	case 104: case 105: case 106:         /* RTM_{NEW,DEL,GET}NEXTHOP */
		return ltr_nl_route_nhmsg;
	case 80: case 81: case 82:            /* RTM_{NEW,DEL,GET}NETCONF */
		return ltr_nl_route_netconf;
	case 88: case 89: case 90:            /* RTM_{NEW,DEL,GET}NSID */
		return ltr_nl_route_nsid;
	default:
		return NULL;
	}
}

bool ltr_nl_decode_route(struct ltr_call *c, const struct ltr_nlmsg *h, uint64_t addr,
			 uint32_t len)
{
	ltr_nl_route_decoder *dec;
	uint8_t family;

	if (h->type < RTM_BASE)  /* NLMSG_DONE: the walk prints its int */
		return false;
	if (!ltr_nl_fetch(c, addr, &family, 1))
		return true;
	dec = route_decoder(h->type);
	if (dec)
		dec(c, h, family, addr, len);
	else
		ltr_nl_print_family_data(c, family, addr, len, "family");
	return true;
}
