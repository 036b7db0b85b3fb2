/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about SMC sockets: struct smc_diag_req, struct
 * smc_diag_msg (an AF_INET sockid) and its SMC_DIAG_* attributes (the
 * connection, link group, DMB and fallback structures stay hex strings).
 */
#include "netlink.h"

#define AF_INET_FAMILY 2

void ltr_nl_diag_smc_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	unsigned char req[52] = { family };

	(void)h;
	ltr_sb_puts(c->out, "{diag_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, req, sizeof(req), 1)) {
		ltr_sb_puts(c->out, "diag_ext=");
		ltr_print_flags_dflt(c->out, LTR_XT(smc_diag_extended_flags), req[3], NULL,
				     "1<<SMC_DIAG_\?\?\?-1");
		ltr_sb_puts(c->out, ", id=");
		ltr_nl_print_inet_diag_sockid(c, req + 4, AF_INET_FAMILY);
	}
	ltr_sb_putc(c->out, '}');
}

static bool nla_shutdown(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static const struct ltr_nla_xval x = {
		LTR_XT(inet_diag_shutdown_flags), "???_SHUTDOWN", 1, true, false,
	};

	(void)opaque;
	return ltr_nla_print_xval(c, addr, len, &x);
}

static ltr_nla_decoder *const smc_msg_decoders[] = {
	[3] = nla_shutdown,      /* SMC_DIAG_SHUTDOWN */
};
static const struct ltr_nla_table smc_msg_attrs =
	LTR_NLA_TABLE(smc_diag_attrs, "SMC_DIAG_???", smc_msg_decoders);

void ltr_nl_diag_smc_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	unsigned char msg[64] = { family };
	bool attrs = false;

	(void)h;
	ltr_sb_puts(c->out, "{diag_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), family, "AF_???");
	ltr_sb_puts(c->out, ", ");
	if (ltr_nl_fetch_fixed(c, addr, len, msg, sizeof(msg), 1)) {
		ltr_sb_puts(c->out, "diag_state=");
		ltr_print_xval(c->out, LTR_XT(smc_states), msg[1], "SMC_???");
		ltr_sb_puts(c->out, ", diag_fallback=");
		ltr_print_xval(c->out, LTR_XT(smc_diag_mode), msg[2], "SMC_DIAG_MODE_???");
		ltr_sb_printf(c->out, ", diag_shutdown=%u, id=", msg[3]);
		ltr_nl_print_inet_diag_sockid(c, msg + 4, AF_INET_FAMILY);
		ltr_sb_printf(c->out, ", diag_uid=%u, diag_inode=%llu", ltr_get_u32(msg + 52),
			      (unsigned long long)ltr_get_u64(msg + 56));
		attrs = true;
	}
	ltr_sb_putc(c->out, '}');
	if (attrs)
		ltr_nl_attrs_after(c, addr, len, sizeof(msg), &smc_msg_attrs, NULL);
}
