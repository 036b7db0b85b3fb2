/* SPDX-License-Identifier: MIT */
/*
 * NETLINK_NETFILTER (nfnetlink): nlmsg_type is a subsystem << 8 | its
 * message, each subsystem with its own list of messages and its own GET,
 * NEW and DEL messages for nlmsg_flags; the body is a struct nfgenmsg
 * then attributes whose types strace does not name.
 */
#include <linux/netlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_acct.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nfnetlink_cthelper.h>
#include <linux/netfilter/nfnetlink_cttimeout.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nf_tables_compat.h>

#include "netlink.h"

/* The messages of a subsystem and the text of unknown ones. */
static const struct ltr_xlat_table *subsys_types(unsigned subsys, const char **unknown)
{
	switch (subsys) {
	case 1: *unknown = "IPCTNL_MSG_CT_???"; return LTR_XT(nf_ctnetlink_msg_types);
	case 2: *unknown = "IPCTNL_MSG_EXP_???"; return LTR_XT(nf_ctnetlink_exp_msg_types);
	case 3: *unknown = "NFQNL_MSG_???"; return LTR_XT(nf_queue_msg_types);
	case 4: *unknown = "NFULNL_MSG_???"; return LTR_XT(nf_ulog_msg_types);
	case 5: *unknown = "OSF_MSG_???"; return LTR_XT(nf_osf_msg_types);
	case 6: *unknown = "IPSET_CMD_???"; return LTR_XT(nf_ipset_msg_types);
	case 7: *unknown = "NFNL_MSG_ACCT_???"; return LTR_XT(nf_acct_msg_types);
	case 8: *unknown = "IPCTNL_MSG_TIMEOUT_???"; return LTR_XT(nf_cttimeout_msg_types);
	case 9: *unknown = "NFNL_MSG_CTHELPER_???"; return LTR_XT(nf_cthelper_msg_types);
	case 10: *unknown = "NFT_MSG_???"; return LTR_XT(nf_nftables_msg_types);
	case 11: *unknown = "NFNL_MSG_COMPAT_???"; return LTR_XT(nf_nft_compat_msg_types);
	case 12: *unknown = "NFT_MSG_HOOK_???"; return LTR_XT(nf_hook_msg_types);
	default: *unknown = NULL; return NULL;
	}
}

void ltr_nl_netfilter_print_type(struct ltr_strbuf *out, uint16_t type)
{
	const char *ctl = ltr_xlat_lookup(LTR_XT(nl_netfilter_msg_types), type);
	const struct ltr_xlat_table *msgs;
	const char *unknown;

	if (ctl) {
		ltr_print_xlat(out, type, LTR_XF_HEX, ctl);
		return;
	}
	ltr_print_xval(out, LTR_XT(nl_netfilter_subsys_ids), type >> 8, "NFNL_SUBSYS_???");
	ltr_sb_puts(out, "<<8|");
	msgs = subsys_types(type >> 8, &unknown);
	if (msgs)
		ltr_print_xval(out, msgs, type & 0xff, unknown);
	else
		ltr_sb_printf(out, "%#x", type & 0xff);
}

const struct ltr_xlat_table *ltr_nl_netfilter_flags(uint16_t type)
{
	const struct ltr_xlat_table *get = LTR_XT(netlink_get_flags),
		*new = LTR_XT(netlink_new_flags), *del = LTR_XT(netlink_delete_flags);
	unsigned msg = type & 0xff;

	switch (type >> 8) {
	case NFNL_SUBSYS_CTNETLINK:
		switch (msg) {
		case IPCTNL_MSG_CT_NEW: return new;
		case IPCTNL_MSG_CT_GET: case IPCTNL_MSG_CT_GET_CTRZERO:
		case IPCTNL_MSG_CT_GET_STATS_CPU: case IPCTNL_MSG_CT_GET_STATS:
		case IPCTNL_MSG_CT_GET_DYING: case IPCTNL_MSG_CT_GET_UNCONFIRMED:
			return get;
		case IPCTNL_MSG_CT_DELETE: return del;
		}
		break;
	case NFNL_SUBSYS_CTNETLINK_EXP:
		switch (msg) {
		case IPCTNL_MSG_EXP_NEW: return new;
		case IPCTNL_MSG_EXP_GET: case IPCTNL_MSG_EXP_GET_STATS_CPU: return get;
		case IPCTNL_MSG_EXP_DELETE: return del;
		}
		break;
	case NFNL_SUBSYS_ACCT:
		switch (msg) {
		case NFNL_MSG_ACCT_NEW: return new;
		case NFNL_MSG_ACCT_GET: case NFNL_MSG_ACCT_GET_CTRZERO: return get;
		case NFNL_MSG_ACCT_DEL: return del;
		}
		break;
	case NFNL_SUBSYS_CTNETLINK_TIMEOUT:
		switch (msg) {
		case IPCTNL_MSG_TIMEOUT_NEW: return new;
		case IPCTNL_MSG_TIMEOUT_GET: return get;
		case IPCTNL_MSG_TIMEOUT_DELETE: return del;
		}
		break;
	case NFNL_SUBSYS_CTHELPER:
		switch (msg) {
		case NFNL_MSG_CTHELPER_NEW: return new;
		case NFNL_MSG_CTHELPER_GET: return get;
		case NFNL_MSG_CTHELPER_DEL: return del;
		}
		break;
	case NFNL_SUBSYS_NFTABLES:
		switch (msg) {
		case NFT_MSG_NEWTABLE: case NFT_MSG_NEWCHAIN: case NFT_MSG_NEWRULE:
		case NFT_MSG_NEWSET: case NFT_MSG_NEWSETELEM: case NFT_MSG_NEWGEN:
		case NFT_MSG_NEWOBJ: case NFT_MSG_NEWFLOWTABLE:
			return new;
		case NFT_MSG_GETTABLE: case NFT_MSG_GETCHAIN: case NFT_MSG_GETRULE:
		case NFT_MSG_GETSET: case NFT_MSG_GETSETELEM: case NFT_MSG_GETGEN:
		case NFT_MSG_GETOBJ: case NFT_MSG_GETOBJ_RESET: case NFT_MSG_GETFLOWTABLE:
			return get;
		case NFT_MSG_DELTABLE: case NFT_MSG_DELCHAIN: case NFT_MSG_DELRULE:
		case NFT_MSG_DELSET: case NFT_MSG_DELSETELEM: case NFT_MSG_DELOBJ:
		case NFT_MSG_DELFLOWTABLE:
			return del;
		}
		break;
	case NFNL_SUBSYS_NFT_COMPAT:
		if (msg == NFNL_MSG_COMPAT_GET)
			return get;
		break;
	case 12:  /* NFNL_SUBSYS_HOOK: NFNL_MSG_HOOK_GET */
		if (msg == 0)
			return get;
		break;
	}
	return NULL;
}

static const struct ltr_nla_table nfnl_attrs = { NULL, NULL, NULL, 0 };

bool ltr_nl_decode_netfilter(struct ltr_call *c, const struct ltr_nlmsg *h, uint64_t addr,
			     uint32_t len)
{
	unsigned char nfg[4];
	unsigned subsys = h->type >> 8, res_id;

	if (h->type == 3)  /* NLMSG_DONE */
		return false;
	if (len < sizeof(nfg)) {
		ltr_print_buf_hex(c, addr, len);
		return true;
	}
	if (!ltr_nl_fetch(c, addr, nfg, sizeof(nfg)))
		return true;
	res_id = (unsigned)(nfg[2] << 8 | nfg[3]);
	ltr_sb_puts(c->out, "{nfgen_family=");
	ltr_print_xval(c->out, LTR_XT(address_families), nfg[0], "AF_???");
	ltr_sb_puts(c->out, ", version=");
	ltr_print_xval(c->out, LTR_XT(netfilter_versions), nfg[1], "NFNETLINK_???");
	ltr_sb_puts(c->out, ", res_id=");
	/* nftables puts its subsystem there in either byte order */
	if (subsys == NFNL_SUBSYS_NFTABLES && res_id == NFNL_SUBSYS_NFTABLES)
		ltr_print_xlat(c->out, ltr_get_u16(nfg + 2), LTR_XF_HEX,
			       "htons(NFNL_SUBSYS_NFTABLES)");
	else if (subsys == NFNL_SUBSYS_NFTABLES && ltr_get_u16(nfg + 2) == NFNL_SUBSYS_NFTABLES)
		ltr_print_xlat(c->out, NFNL_SUBSYS_NFTABLES, LTR_XF_HEX, "NFNL_SUBSYS_NFTABLES");
	else
		ltr_sb_printf(c->out, "htons(%u)", res_id);
	ltr_sb_putc(c->out, '}');
	if (len > sizeof(nfg)) {
		ltr_sb_puts(c->out, ", ");
		if ((h->type >= NFNL_MSG_BATCH_BEGIN && h->type <= NFNL_MSG_BATCH_END) ||
		    h->type < 16)
			ltr_print_buf_hex(c, addr + 4, len - 4);
		else
			ltr_nl_decode_attrs(c, addr + 4, len - 4, &nfnl_attrs, NULL);
	}
	return true;
}
