/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about SMC sockets: struct smc_diag_req, struct
 * smc_diag_msg (an AF_INET sockid) and its SMC_DIAG_* attributes.
 */
#include <string.h>

#include "netlink.h"

#define AF_INET_FAMILY 2

/* the AF_INET sockid of struct smc_diag_req */
static void print_req_id(struct ltr_call *c, const unsigned char *req)
{
	ltr_nl_print_inet_diag_sockid(c, req + 4, AF_INET_FAMILY);
}

static const struct ltr_nl_field smc_req_fields[] = {
	LTR_NLF_T("diag_ext", 3, 1, LTR_NLF_FLAGS, smc_diag_extended_flags,
		  "1<<SMC_DIAG_\?\?\?-1"),
	LTR_NLF_CALL("id", print_req_id),
};
static const struct ltr_nl_header smc_req = LTR_NL_HEADER("diag_family", 52, smc_req_fields, NULL);

void ltr_nl_diag_smc_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &smc_req);
}

LTR_NLA_FLAGS(nla_shutdown, inet_diag_shutdown_flags, "???_SHUTDOWN", 1)

/* struct smc_diag_cursor at p */
static void print_cursor(struct ltr_call *c, const char *name, const unsigned char *p)
{
	ltr_sb_printf(c->out, "%s={reserved=%u, wrap=%u, count=%u}", name, ltr_get_u16(p),
		      ltr_get_u16(p + 2), ltr_get_u32(p + 4));
}

/* struct smc_diag_conninfo: four u32, four cursors, four u8 flags, three cursors */
static bool nla_conninfo(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static const char *const cursors[] = {
		"rx_prod", "rx_cons", "tx_prod", "tx_cons", "tx_prep", "tx_sent", "tx_fin",
	};
	static const char *const flags[] = {
		"rx_prod_flags", "rx_conn_state_flags", "tx_prod_flags", "tx_conn_state_flags",
	};
	unsigned char b[76];
	const unsigned char *p;
	unsigned i;

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	ltr_sb_printf(c->out, "{token=%u, sndbuf_size=%u, rmbe_size=%u, peer_rmbe_size=%u",
		      ltr_get_u32(b), ltr_get_u32(b + 4), ltr_get_u32(b + 8), ltr_get_u32(b + 12));
	for (i = 0, p = b + 16; i < 4; i++, p += 8) {
		ltr_sb_puts(c->out, ", ");
		print_cursor(c, cursors[i], p);
	}
	for (i = 0; i < 4; i++, p++) {
		ltr_sb_printf(c->out, ", %s=", flags[i]);
		ltr_nl_print_x(c->out, *p);
	}
	for (i = 4; i < 7; i++, p += 8) {
		ltr_sb_puts(c->out, ", ");
		print_cursor(c, cursors[i], p);
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

/* A char array field of n bytes: up to its NUL (PRINT_FIELD_CSTRING). */
static void print_cstring_field(struct ltr_call *c, const char *name, const unsigned char *s,
				unsigned n)
{
	const unsigned char *nul = memchr(s, 0, n);

	ltr_sb_printf(c->out, "%s=", name);
	if (nul)
		ltr_print_quoted(c->out, (const char *)s, (size_t)(nul - s), c->opts, false);
	else
		ltr_print_quoted(c->out, (const char *)s, n ? n - 1 : 0, c->opts, true);
}

/*
 * struct smc_diag_lgrinfo: one struct smc_diag_linkinfo (u8 link_id,
 * ibname[64], u8 ibport, gid[40], peer_gid[40]) and the u8 role.
 */
static void print_lgrinfo(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_printf(c->out, "{lnk=[{link_id=%u, ", b[0]);
	print_cstring_field(c, "ibname", b + 1, 64);
	ltr_sb_printf(c->out, ", ibport=%u, ", b[65]);
	print_cstring_field(c, "gid", b + 66, 40);
	ltr_sb_puts(c->out, ", ");
	print_cstring_field(c, "peer_gid", b + 106, 40);
	ltr_sb_puts(c->out, "}], role=");
	ltr_print_xval(c->out, LTR_XT(smc_link_group_roles), b[146], "SMC_???");
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_lgrinfo, 147, print_lgrinfo)

/* struct smcd_diag_dmbinfo: a u32 and four aligned u64 */
static void print_dmbinfo(struct ltr_call *c, const unsigned char *b)
{
	static const char *const fields[] = { "peer_gid", "my_gid", "token", "peer_token" };
	unsigned i;

	ltr_sb_printf(c->out, "{linkid=%u", ltr_get_u32(b));
	for (i = 0; i < 4; i++) {
		ltr_sb_printf(c->out, ", %s=", fields[i]);
		ltr_nl_print_x(c->out, ltr_get_u64(b + 8 + 8 * i));
	}
	ltr_sb_putc(c->out, '}');
}
LTR_NLA_STRUCT(nla_dmbinfo, 40, print_dmbinfo)

/*
 * struct smc_diag_fallback: two decline codes, number and name but under
 * -X raw (strace: the names come from a kernel-internal header).
 */
static void print_fallback(struct ltr_call *c, const unsigned char *b)
{
	int prev;

	prev = ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW ? LTR_XLAT_RAW : LTR_XLAT_VERBOSE);
	ltr_sb_puts(c->out, "{reason=");
	ltr_print_xval(c->out, LTR_XT(smc_decl_codes), ltr_get_u32(b), "SMC_CLC_DECL_???");
	ltr_sb_puts(c->out, ", peer_diagnosis=");
	ltr_print_xval(c->out, LTR_XT(smc_decl_codes), ltr_get_u32(b + 4), "SMC_CLC_DECL_???");
	ltr_sb_putc(c->out, '}');
	ltr_xlat_force(prev);
}
LTR_NLA_STRUCT(nla_fallback, 8, print_fallback)

static ltr_nla_decoder *const smc_msg_decoders[] = {
	[1] = nla_conninfo,      /* SMC_DIAG_CONNINFO */
	[2] = nla_lgrinfo,       /* SMC_DIAG_LGRINFO */
	[3] = nla_shutdown,      /* SMC_DIAG_SHUTDOWN */
	[4] = nla_dmbinfo,       /* SMC_DIAG_DMBINFO */
	[5] = nla_fallback,      /* SMC_DIAG_FALLBACK */
};
static const struct ltr_nla_table smc_msg_attrs =
	LTR_NLA_TABLE(smc_diag_attrs, "SMC_DIAG_???", smc_msg_decoders);

static const struct ltr_nl_field smc_msg_fields[] = {
	LTR_NLF_T("diag_state", 1, 1, LTR_NLF_XVAL, smc_states, "SMC_???"),
	LTR_NLF_T("diag_fallback", 2, 1, LTR_NLF_XVAL, smc_diag_mode, "SMC_DIAG_MODE_???"),
	LTR_NLF("diag_shutdown", 3, 1, LTR_NLF_U),
	LTR_NLF_CALL("id", print_req_id),  /* the same place as in the request */
	LTR_NLF("diag_uid", 52, 4, LTR_NLF_U),
	LTR_NLF("diag_inode", 56, 8, LTR_NLF_U),
};
static const struct ltr_nl_header smc_msg =
	LTR_NL_HEADER("diag_family", 64, smc_msg_fields, &smc_msg_attrs);

void ltr_nl_diag_smc_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			 uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &smc_msg);
}
