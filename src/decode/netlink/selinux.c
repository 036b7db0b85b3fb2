/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SELINUX: the two notifications, struct selnl_msg_setenforce
 * and struct selnl_msg_policyload (one int each).
 */
#include "netlink.h"

#define SELNL_MSG_SETENFORCE 0x10
#define SELNL_MSG_POLICYLOAD 0x11

bool ltr_nl_decode_selinux(struct ltr_call *c, const struct ltr_nlmsg *h, uint64_t addr,
			   uint32_t len)
{
	unsigned char b[4];

	if (h->type != SELNL_MSG_SETENFORCE && h->type != SELNL_MSG_POLICYLOAD)
		return false;
	if (len < sizeof(b)) {
		ltr_print_buf_hex(c, addr, len);
		return true;
	}
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	if (h->type == SELNL_MSG_SETENFORCE)
		ltr_sb_printf(c->out, "{val=%d}", (int32_t)ltr_get_u32(b));
	else
		ltr_sb_printf(c->out, "{seqno=%u}", ltr_get_u32(b));
	return true;
}
