/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about UNIX sockets: struct unix_diag_req, struct
 * unix_diag_msg and its UNIX_DIAG_* attributes.
 */
#include "netlink.h"

static void print_udiag_states(struct ltr_call *c, const unsigned char *req)
{
	ltr_nl_print_tcp_states(c, "udiag_states", ltr_get_u32(req + 4));
}

static const struct ltr_nl_field unix_req_fields[] = {
	LTR_NLF("sdiag_protocol", 1, 1, LTR_NLF_U),
	LTR_NLF_CALL(NULL, print_udiag_states),
	LTR_NLF("udiag_ino", 8, 4, LTR_NLF_U),
	LTR_NLF_T("udiag_show", 12, 4, LTR_NLF_FLAGS, unix_diag_show, "UDIAG_SHOW_???"),
	LTR_NLF("udiag_cookie", 16, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header unix_req =
	LTR_NL_HEADER("sdiag_family", 24, unix_req_fields, NULL);

void ltr_nl_diag_unix_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &unix_req);
}

/* struct unix_diag_vfs */
static void print_unix_vfs(struct ltr_call *c, const unsigned char *b)
{
	uint32_t dev;

	/* udiag_vfs_ino, then udiag_vfs_dev in the user's encoding (major(3)) */
	dev = ltr_get_u32(b + 4);
	ltr_sb_printf(c->out, "{udiag_vfs_dev=makedev(%#x, %#x), udiag_vfs_ino=%u}",
		      (dev >> 8) & 0xfff, (dev & 0xff) | ((dev >> 12) & 0xfff00),
		      ltr_get_u32(b));
}
LTR_NLA_STRUCT(nla_unix_vfs, 8, print_unix_vfs)

/* UNIX_DIAG_ICONS: u32 inodes */
static bool nla_unix_icons(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nla_print_indexed(c, addr, len, 4, false, NULL, NULL);
}

LTR_NLA_U32_STRUCT(nla_unix_rqlen, "udiag_rqueue", "udiag_wqueue")

static ltr_nla_decoder *const unix_msg_decoders[] = {
	[0] = ltr_nla_str,        /* UNIX_DIAG_NAME */
	[1] = nla_unix_vfs,       /* UNIX_DIAG_VFS */
	[2] = ltr_nla_u32,        /* UNIX_DIAG_PEER */
	[3] = nla_unix_icons,     /* UNIX_DIAG_ICONS */
	[4] = nla_unix_rqlen,     /* UNIX_DIAG_RQLEN */
	[5] = ltr_nla_meminfo,    /* UNIX_DIAG_MEMINFO */
	[6] = ltr_nla_u8,         /* UNIX_DIAG_SHUTDOWN */
	[7] = ltr_nla_uid,        /* UNIX_DIAG_UID */
};
static const struct ltr_nla_table unix_msg_attrs =
	LTR_NLA_TABLE(unix_diag_attrs, "UNIX_DIAG_???", unix_msg_decoders);

static const struct ltr_nl_field unix_msg_fields[] = {
	LTR_NLF_T("udiag_type", 1, 1, LTR_NLF_XVAL, socket_types, "SOCK_???"),
	LTR_NLF_T("udiag_state", 2, 1, LTR_NLF_XVAL, tcp_states, "TCP_???"),
	LTR_NLF("udiag_ino", 4, 4, LTR_NLF_U),
	LTR_NLF("udiag_cookie", 8, 8, LTR_NLF_PAIR),
};
static const struct ltr_nl_header unix_msg =
	LTR_NL_HEADER("udiag_family", 16, unix_msg_fields, &unix_msg_attrs);

void ltr_nl_diag_unix_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &unix_msg);
}
