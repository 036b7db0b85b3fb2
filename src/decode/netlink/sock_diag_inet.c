/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_SOCK_DIAG about inet sockets (TCP, UDP, ...): struct
 * inet_diag_req_v2 and the older struct inet_diag_req with their
 * INET_DIAG_REQ_* attributes (the bytecode), struct inet_diag_msg and its
 * INET_DIAG_* attributes.
 */
#include <stdlib.h>

#include "netlink.h"

#define TCPDIAG_GETSOCK 18
#define DCCPDIAG_GETSOCK 19

LTR_NLA_XVAL(nla_ip_proto, inet_protocols, "IPPROTO_???", 0)

/* struct inet_diag_bc_op: the bytecode's first operation and its operand */
static void print_bc_op(struct ltr_call *c, const unsigned char *op)
{
	ltr_sb_puts(c->out, "{code=");
	ltr_print_xval(c->out, LTR_XT(inet_diag_bytecodes), op[0], "INET_DIAG_BC_???");
	ltr_sb_printf(c->out, ", yes=%u, no=%u}", op[1], ltr_get_u16(op + 2));
}

static void print_bc_data(struct ltr_call *c, uint64_t addr, uint32_t len, unsigned code)
{
	unsigned char b[8];

	switch (code) {
	case 7: case 8:  /* INET_DIAG_BC_S_COND, D_COND: struct inet_diag_hostcond */
		if (len < 8) {
			ltr_print_buf_hex(c, addr, len);
		} else if (ltr_nl_fetch(c, addr, b, 8)) {
			ltr_sb_puts(c->out, "{family=");
			ltr_print_xval(c->out, LTR_XT(address_families), b[0], "AF_???");
			ltr_sb_printf(c->out, ", prefix_len=%u, port=%d", b[1],
				      (int32_t)ltr_get_u32(b + 4));
			if (len > 8) {
				ltr_sb_puts(c->out, ", ");
				ltr_nl_decode_inet_addr(c, addr + 8, len - 8, b[0], "addr");
			}
			ltr_sb_putc(c->out, '}');
		}
		return;
	case 9:  /* INET_DIAG_BC_DEV_COND: an ifindex */
		if (len < 4)
			ltr_print_buf_hex(c, addr, len);
		else if (ltr_nl_fetch(c, addr, b, 4))
			ltr_print_ifindex(c->out, ltr_get_u32(b));
		return;
	case 2: case 3: case 4: case 5:  /* S_GE, S_LE, D_GE, D_LE: another op */
		if (len < 4)
			ltr_print_buf_hex(c, addr, len);
		else if (ltr_nl_fetch(c, addr, b, 4))
			print_bc_op(c, b);
		return;
	case 10:  /* INET_DIAG_BC_MARK_COND: struct inet_diag_markcond */
		if (len < 8)
			ltr_print_buf_hex(c, addr, len);
		else if (ltr_nl_fetch(c, addr, b, 8))
			ltr_sb_printf(c->out, "{mark=%u, mask=%u}", ltr_get_u32(b),
				      ltr_get_u32(b + 4));
		return;
	default:
		ltr_print_buf_hex(c, addr, len);
		return;
	}
}

static bool nla_bytecode(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char op[4];

	(void)opaque;
	if (len < sizeof(op))
		return false;
	if (!ltr_nl_fetch(c, addr, op, sizeof(op)))
		return true;
	print_bc_op(c, op);
	if (len > sizeof(op)) {
		ltr_sb_puts(c->out, ", ");
		print_bc_data(c, addr + 4, len - 4, op[0]);
	}
	return true;
}

static ltr_nla_decoder *const inet_req_decoders[] = {
	[1] = nla_bytecode,   /* INET_DIAG_REQ_BYTECODE */
	[3] = nla_ip_proto,   /* INET_DIAG_REQ_PROTOCOL */
};
static const struct ltr_nla_table inet_req_attrs =
	LTR_NLA_TABLE(inet_diag_req_attrs, "INET_DIAG_REQ_???", inet_req_decoders);

static void print_id_at4(struct ltr_call *c, const unsigned char *hdr)
{
	ltr_nl_print_inet_diag_sockid(c, hdr + 4, hdr[0]);
}

static void print_id_at8(struct ltr_call *c, const unsigned char *hdr)
{
	ltr_nl_print_inet_diag_sockid(c, hdr + 8, hdr[0]);
}

static void print_states_at4(struct ltr_call *c, const unsigned char *hdr)
{
	ltr_nl_print_tcp_states(c, "idiag_states", ltr_get_u32(hdr + 4));
}

static void print_states_at52(struct ltr_call *c, const unsigned char *hdr)
{
	ltr_nl_print_tcp_states(c, "idiag_states", ltr_get_u32(hdr + 52));
}

/* struct inet_diag_req_v2 */
static const struct ltr_nl_field req_v2_fields[] = {
	LTR_NLF_T("sdiag_protocol", 1, 1, LTR_NLF_XVAL, inet_protocols, "IPPROTO_???"),
	LTR_NLF_T("idiag_ext", 2, 1, LTR_NLF_FLAGS, inet_diag_extended_flags,
		  "1<<INET_DIAG_\?\?\?-1"),
	LTR_NLF_CALL(NULL, print_states_at4),
	LTR_NLF_CALL("id", print_id_at8),
};
static const struct ltr_nl_header req_v2 =
	LTR_NL_HEADER("sdiag_family", 56, req_v2_fields, &inet_req_attrs);

/* struct inet_diag_req, of TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK */
static const struct ltr_nl_field req_compat_fields[] = {
	LTR_NLF("idiag_src_len", 1, 1, LTR_NLF_U),
	LTR_NLF("idiag_dst_len", 2, 1, LTR_NLF_U),
	LTR_NLF_T("idiag_ext", 3, 1, LTR_NLF_FLAGS, inet_diag_extended_flags,
		  "1<<INET_DIAG_\?\?\?-1"),
	LTR_NLF_CALL("id", print_id_at4),
	LTR_NLF_CALL(NULL, print_states_at52),
	LTR_NLF("idiag_dbs", 56, 4, LTR_NLF_U),
};
static const struct ltr_nl_header req_compat =
	LTR_NL_HEADER("idiag_family", 60, req_compat_fields, &inet_req_attrs);

void ltr_nl_diag_inet_req(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	bool compat = h->type == TCPDIAG_GETSOCK || h->type == DCCPDIAG_GETSOCK;

	ltr_nl_print_header(c, family, addr, len, compat ? &req_compat : &req_v2);
}

/* struct inet_diag_meminfo */
LTR_NLA_U32_STRUCT(nla_inet_meminfo, "idiag_rmem", "idiag_wmem", "idiag_fmem",
		   "idiag_tmem")

/* INET_DIAG_SHUTDOWN: the bits are not uapi names: number and comment */
static bool nla_shutdown(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b;

	(void)opaque;
	if (len < 1 || len > 8)
		return false;
	if (!ltr_nl_fetch(c, addr, &b, 1))
		return true;
	if (ltr_xlat_style() == LTR_XLAT_RAW) {
		ltr_sb_printf(c->out, "%#x", b);
		return true;
	}
	{
		int prev = ltr_xlat_force(LTR_XLAT_VERBOSE);

		ltr_print_flags_dflt(c->out, LTR_XT(inet_diag_shutdown_flags), b, NULL,
				     "???_SHUTDOWN");
		ltr_xlat_force(prev);
	}
	return true;
}

/* INET_DIAG_SOCKOPT: struct inet_diag_sockopt's bits (the set ones when
 * abbreviated), then any non-zero bytes after it. */
static bool nla_sockopt(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	static const char *const bits[] = {
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent",
		"mc_all", "nodefrag", "bind_address_no_port", "recverr_rfc4884",
		"defer_connect",
	};
	unsigned char b[2], *rest;
	bool abbrev = ltr_call_abbrev(c), first = true;
	uint32_t v, i, n, total;

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (!ltr_nl_fetch(c, addr, b, sizeof(b)))
		return true;
	v = (uint32_t)(b[0] | b[1] << 8);
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < 11; i++) {
		if (abbrev && !(v >> i & 1))
			continue;
		ltr_sb_printf(c->out, "%s%s=%u", first ? "" : ", ", bits[i], v >> i & 1);
		first = false;
	}
	if (!abbrev || v >> 11) {
		ltr_sb_printf(c->out, "%sunused=", first ? "" : ", ");
		ltr_nl_print_x(c->out, v >> 11);
		ltr_sb_puts(c->out, " /* bits 3..8 */");
	}
	ltr_sb_putc(c->out, '}');
	/* the bytes after the struct (up to a page), when any is not zero */
	total = len < 4096 ? len : 4096;
	n = total - 2;
	if (!n)
		return true;
	rest = ltr_xmalloc(n);
	if (ltr_mem_read(c->mem, addr + 2, rest, n) < 0) {
		ltr_sb_puts(c->out, ", ???");
	} else {
		for (i = 0; i < n && !rest[i]; i++)
			;
		if (i < n) {
			ltr_sb_printf(c->out, ", /* bytes 2..%u */ ", total - 1);
			ltr_nl_print_hexbytes(c, rest, n);
		}
	}
	free(rest);
	return true;
}

/* struct tcpvegas_info, struct tcp_dctcp_info, struct tcp_bbr_info */
LTR_NLA_U32_STRUCT(nla_vegas, "tcpv_enabled", "tcpv_rttcnt", "tcpv_rtt", "tcpv_minrtt")

static bool nla_dctcp(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	unsigned char b[16];

	(void)opaque;
	if (len < sizeof(b))
		return false;
	if (ltr_nl_fetch(c, addr, b, sizeof(b)))
		ltr_sb_printf(c->out, "{dctcp_enabled=%u, dctcp_ce_state=%u, dctcp_alpha=%u, "
			      "dctcp_ab_ecn=%u, dctcp_ab_tot=%u}", ltr_get_u16(b), ltr_get_u16(b + 2),
			      ltr_get_u32(b + 4), ltr_get_u32(b + 8), ltr_get_u32(b + 12));
	return true;
}

static void print_bbr(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, "{bbr_bw_lo=");
	ltr_nl_print_x(c->out, ltr_get_u32(b));
	ltr_sb_puts(c->out, ", bbr_bw_hi=");
	ltr_nl_print_x(c->out, ltr_get_u32(b + 4));
	ltr_sb_printf(c->out, ", bbr_min_rtt=%u, bbr_pacing_gain=%u, bbr_cwnd_gain=%u}",
		      ltr_get_u32(b + 8), ltr_get_u32(b + 12), ltr_get_u32(b + 16));
}
LTR_NLA_STRUCT(nla_bbr, 20, print_bbr)

/* struct tcp_diag_md5sig[] (100 bytes each) */
static void print_md5sig(struct ltr_call *c, const unsigned char *b, uint32_t i,
			 uint64_t elt_addr, const void *ctx)
{
	unsigned keylen = ltr_get_u16(b + 2);

	(void)i;
	(void)elt_addr;
	(void)ctx;
	ltr_sb_puts(c->out, "{tcpm_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), b[0], "AF_???");
	ltr_sb_printf(c->out, ", tcpm_prefixlen=%u, tcpm_keylen=%u, ", b[1], keylen);
	ltr_print_inet_addr(c->out, b[0], b + 4, 16, "tcpm_addr");
	ltr_sb_puts(c->out, ", tcpm_key=");
	ltr_print_quoted_hex(c->out, (const char *)b + 20, keylen < 80 ? keylen : 80, false);
	ltr_sb_putc(c->out, '}');
}

static bool nla_md5sig(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, 100, print_md5sig, NULL);
}

/* INET_DIAG_LOCALS, INET_DIAG_PEERS: struct sockaddr_storage[] */
static void print_sockaddr_elt(struct ltr_call *c, const unsigned char *elt, uint32_t i,
			       uint64_t elt_addr, const void *ctx)
{
	(void)elt;
	(void)i;
	(void)ctx;
	ltr_print_sockaddr(c, elt_addr, 128);
}

static bool nla_sockaddrs(struct ltr_call *c, uint64_t addr, uint32_t len, const void *opaque)
{
	(void)opaque;
	return ltr_nl_print_array(c, addr, len, 128, print_sockaddr_elt, NULL);
}

/* INET_DIAG_ULP_INFO: the ULP's name, then TLS's or MPTCP's nest */
LTR_NLA_XVAL(nla_tls_version, tls_info_versions, "TLS_???_VERSION", 2)
LTR_NLA_XVAL(nla_tls_cipher, tls_info_ciphers, "TLS_CIPHER_???", 2)
LTR_NLA_XVAL(nla_tls_config, tls_info_configs, "TLS_CONF_???", 2)
LTR_NLA_FLAGS(nla_mptcp_flags, mptcp_subflow_flags, "MPTCP_SUBFLOW_FLAG_???", 4)

static ltr_nla_decoder *const tls_decoders[] = {
	[1] = nla_tls_version,   /* TLS_INFO_VERSION */
	[2] = nla_tls_cipher,    /* TLS_INFO_CIPHER */
	[3] = nla_tls_config,    /* TLS_INFO_TXCONF */
	[4] = nla_tls_config,    /* TLS_INFO_RXCONF */
};
static const struct ltr_nla_table tls_attrs =
	LTR_NLA_TABLE(inet_diag_ulp_info_tls_attrs, "TLS_INFO_???", tls_decoders);

static ltr_nla_decoder *const mptcp_decoders[] = {
	[1] = ltr_nla_x32,       /* MPTCP_SUBFLOW_ATTR_TOKEN_REM */
	[2] = ltr_nla_x32,       /* MPTCP_SUBFLOW_ATTR_TOKEN_LOC */
	[3] = ltr_nla_u32,       /* MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ */
	[4] = ltr_nla_u64,       /* MPTCP_SUBFLOW_ATTR_MAP_SEQ */
	[5] = ltr_nla_u32,       /* MPTCP_SUBFLOW_ATTR_MAP_SFSEQ */
	[6] = ltr_nla_u32,       /* MPTCP_SUBFLOW_ATTR_SSN_OFFSET */
	[7] = ltr_nla_u16,       /* MPTCP_SUBFLOW_ATTR_MAP_DATALEN */
	[8] = nla_mptcp_flags,   /* MPTCP_SUBFLOW_ATTR_FLAGS */
	[9] = ltr_nla_u8,        /* MPTCP_SUBFLOW_ATTR_ID_REM */
	[10] = ltr_nla_u8,       /* MPTCP_SUBFLOW_ATTR_ID_LOC */
};
static const struct ltr_nla_table mptcp_attrs =
	LTR_NLA_TABLE(inet_diag_ulp_info_mptcp_attrs, "MPTCP_SUBFLOW_ATTR_???", mptcp_decoders);

LTR_NLA_NEST(nla_tls, tls_attrs)

LTR_NLA_NEST(nla_mptcp, mptcp_attrs)

static ltr_nla_decoder *const ulp_decoders[] = {
	[1] = ltr_nla_str,       /* INET_ULP_INFO_NAME */
	[2] = nla_tls,           /* INET_ULP_INFO_TLS */
	[3] = nla_mptcp,         /* INET_ULP_INFO_MPTCP */
};
static const struct ltr_nla_table ulp_attrs =
	LTR_NLA_TABLE(inet_diag_ulp_info_attrs, "INET_ULP_INFO_???", ulp_decoders);

LTR_NLA_NEST(nla_ulp_info, ulp_attrs)

/* INET_DIAG_SK_BPF_STORAGES: SK_DIAG_BPF_STORAGE nests of a map id and value */
static ltr_nla_decoder *const bpf_storage_decoders[] = {
	[2] = ltr_nla_u32,       /* SK_DIAG_BPF_STORAGE_MAP_ID */
	[3] = ltr_nla_xint,      /* SK_DIAG_BPF_STORAGE_MAP_VALUE */
};
static const struct ltr_nla_table bpf_storage_attrs =
	LTR_NLA_TABLE(inet_diag_bpf_storage_attrs, "SK_DIAG_BPF_STORAGE_???",
		      bpf_storage_decoders);

LTR_NLA_NEST(nla_bpf_storage, bpf_storage_attrs)

static ltr_nla_decoder *const bpf_storages_decoders[] = {
	[1] = nla_bpf_storage,   /* SK_DIAG_BPF_STORAGE */
};
static const struct ltr_nla_table bpf_storages_attrs =
	LTR_NLA_TABLE(inet_diag_bpf_storages_attrs, "SK_DIAG_BPF_STORAGE_???",
		      bpf_storages_decoders);

LTR_NLA_NEST(nla_bpf_storages, bpf_storages_attrs)

static ltr_nla_decoder *const inet_msg_decoders[] = {
	[1] = nla_inet_meminfo,   /* INET_DIAG_MEMINFO */
	[3] = nla_vegas,          /* INET_DIAG_VEGASINFO */
	[4] = ltr_nla_str,        /* INET_DIAG_CONG */
	[5] = ltr_nla_u8,         /* INET_DIAG_TOS */
	[6] = ltr_nla_u8,         /* INET_DIAG_TCLASS */
	[7] = ltr_nla_meminfo,    /* INET_DIAG_SKMEMINFO */
	[8] = nla_shutdown,       /* INET_DIAG_SHUTDOWN */
	[9] = nla_dctcp,          /* INET_DIAG_DCTCPINFO */
	[10] = nla_ip_proto,      /* INET_DIAG_PROTOCOL */
	[11] = ltr_nla_u8,        /* INET_DIAG_SKV6ONLY */
	[12] = nla_sockaddrs,     /* INET_DIAG_LOCALS */
	[13] = nla_sockaddrs,     /* INET_DIAG_PEERS */
	[15] = ltr_nla_u32,       /* INET_DIAG_MARK */
	[16] = nla_bbr,           /* INET_DIAG_BBRINFO */
	[17] = ltr_nla_u32,       /* INET_DIAG_CLASS_ID */
	[18] = nla_md5sig,        /* INET_DIAG_MD5SIG */
	[19] = nla_ulp_info,      /* INET_DIAG_ULP_INFO */
	[20] = nla_bpf_storages,  /* INET_DIAG_SK_BPF_STORAGES */
	[21] = ltr_nla_u64,       /* INET_DIAG_CGROUP_ID */
	[22] = nla_sockopt,       /* INET_DIAG_SOCKOPT */
};
static const struct ltr_nla_table inet_msg_attrs =
	LTR_NLA_TABLE(inet_diag_attrs, "INET_DIAG_???", inet_msg_decoders);

static const struct ltr_nl_field inet_msg_fields[] = {
	LTR_NLF_T("idiag_state", 1, 1, LTR_NLF_XVAL, tcp_states, "TCP_???"),
	LTR_NLF("idiag_timer", 2, 1, LTR_NLF_U),
	LTR_NLF("idiag_retrans", 3, 1, LTR_NLF_U),
	LTR_NLF_CALL("id", print_id_at4),
	LTR_NLF("idiag_expires", 52, 4, LTR_NLF_U),
	LTR_NLF("idiag_rqueue", 56, 4, LTR_NLF_U),
	LTR_NLF("idiag_wqueue", 60, 4, LTR_NLF_U),
	LTR_NLF("idiag_uid", 64, 4, LTR_NLF_U),
	LTR_NLF("idiag_inode", 68, 4, LTR_NLF_U),
};
static const struct ltr_nl_header inet_msg =
	LTR_NL_HEADER("idiag_family", 72, inet_msg_fields, &inet_msg_attrs);

void ltr_nl_diag_inet_msg(struct ltr_call *c, const struct ltr_nlmsg *h, uint8_t family,
			  uint64_t addr, uint32_t len)
{
	(void)h;
	ltr_nl_print_header(c, family, addr, len, &inet_msg);
}
