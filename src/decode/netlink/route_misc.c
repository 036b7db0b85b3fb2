/* SPDX-License-Identifier: MIT */
/*
 * The NETLINK_ROUTE bodies not decoded field by field yet (neighbours,
 * rules, NSID, netconf): "{family=AF_INET, data=...}" as strace prints a
 * body it has no decoder for. Each gets its structure here when done.
 */
#include "netlink.h"

static void family_data(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_family_data(c, family, addr, len, "family");
}

void ltr_nl_route_ndmsg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			uint64_t addr, uint32_t len)
{
	family_data(c, h, family, addr, len);
}

void ltr_nl_route_getneigh(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			   uint64_t addr, uint32_t len)
{
	family_data(c, h, family, addr, len);
}

void ltr_nl_route_fib_rule(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			   uint64_t addr, uint32_t len)
{
	family_data(c, h, family, addr, len);
}

void ltr_nl_route_nsid(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
		       uint64_t addr, uint32_t len)
{
	family_data(c, h, family, addr, len);
}

void ltr_nl_route_netconf(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	family_data(c, h, family, addr, len);
}
