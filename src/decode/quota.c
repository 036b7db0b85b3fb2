/* SPDX-License-Identifier: MIT */
/*
 * quotactl(2) and quotactl_fd(2): the command as QCMD(cmd, type), the id
 * and the structure of each command (the generic struct if_dqblk,
 * if_nextdqblk, if_dqinfo, and XFS's fs_disk_quota, fs_quota_stat,
 * fs_quota_statv), output ones at exit.
 */
#include "ltr/decode.h"
#include "decoders.h"

enum {
	Q_SYNC_ = 0x800001, Q_QUOTAON_, Q_QUOTAOFF_, Q_GETFMT_, Q_GETINFO_,
	Q_SETINFO_, Q_GETQUOTA_, Q_SETQUOTA_, Q_GETNEXTQUOTA_,
	Q_XQUOTAON_ = 0x5801, Q_XQUOTAOFF_, Q_XGETQUOTA_, Q_XSETQLIM_,
	Q_XGETQSTAT_, Q_XQUOTARM_, Q_XQUOTASYNC_, Q_XGETQSTATV_, Q_XGETNEXTQUOTA_,
};

/* A quota id: a uid, gid or project id, -1 as such. */
static void print_qid(struct ltr_strbuf *out, uint32_t id)
{
	if (id == UINT32_MAX)
		ltr_sb_puts(out, "-1");
	else
		ltr_sb_put_udec(out, id);
}

/*
 * QCMD(cmd, type): by default the macro with names (unknown parts as
 * "0xed /" "* ???QUOTA *" "/"), the number alone under -X raw, both
 * under -X verbose.
 */
static void print_qcmd(struct ltr_strbuf *out, uint32_t qcmd)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	int prev;

	if (style != LTR_XLAT_ABBREV)
		ltr_sb_put_udec(out, qcmd);
	if (style == LTR_XLAT_RAW)
		return;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " /* ");
	prev = ltr_xlat_force(LTR_XLAT_ABBREV);
	ltr_sb_puts(out, "QCMD(");
	ltr_print_xval(out, LTR_XT(quota_cmds), qcmd >> 8, "Q_???");
	ltr_sb_puts(out, ", ");
	ltr_print_xval(out, LTR_XT(quota_types), qcmd & 0xff, "???QUOTA");
	ltr_sb_putc(out, ')');
	ltr_xlat_force(prev);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(out, " */");
}

/*
 * Reads size bytes of a structure at addr: at exit only when the call
 * succeeded (the address otherwise), as ltr_fetch() prints.
 */
static bool fetch_struct(struct ltr_call *c, uint64_t addr, void *buf, unsigned size)
{
	if (c->exiting && ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	return ltr_fetch(c, addr, buf, size);
}

static void print_u64s(struct ltr_strbuf *out, const unsigned char *p, const char *const *names)
{
	unsigned i;

	for (i = 0; names[i]; i++)
		ltr_sb_printf(out, "%s%s=%llu", i ? ", " : "", names[i],
			      (unsigned long long)ltr_get_u64(p + 8 * i));
}

/* struct if_dqblk (packed, 68 bytes) or if_nextdqblk (next: 72, its dqb_id) */
static void print_dqblk(struct ltr_call *c, uint64_t addr, bool next)
{
	static const char *const limits[] = {
		"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace",
		"dqb_ihardlimit", "dqb_isoftlimit", "dqb_curinodes", NULL,
	};
	unsigned char d[72];

	if (!fetch_struct(c, addr, d, next ? 72 : 68))
		return;
	ltr_sb_putc(c->out, '{');
	print_u64s(c->out, d, limits);
	if (ltr_call_abbrev(c)) {
		if (next)
			ltr_sb_printf(c->out, ", dqb_id=%u", ltr_get_u32(d + 68));
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_printf(c->out, ", dqb_btime=%llu, dqb_itime=%llu, dqb_valid=",
		      (unsigned long long)ltr_get_u64(d + 48),
		      (unsigned long long)ltr_get_u64(d + 56));
	ltr_print_flags_dflt(c->out, LTR_XT(if_dqblk_valid), ltr_get_u32(d + 64), NULL, "QIF_???");
	if (next)
		ltr_sb_printf(c->out, ", dqb_id=%u", ltr_get_u32(d + 68));
	ltr_sb_putc(c->out, '}');
}

/* struct if_dqinfo */
static void print_dqinfo(struct ltr_call *c, uint64_t addr)
{
	unsigned char d[24];

	if (!fetch_struct(c, addr, d, sizeof(d)))
		return;
	ltr_sb_printf(c->out, "{dqi_bgrace=%llu, dqi_igrace=%llu, dqi_flags=",
		      (unsigned long long)ltr_get_u64(d), (unsigned long long)ltr_get_u64(d + 8));
	ltr_print_flags_dflt(c->out, LTR_XT(if_dqinfo_flags), ltr_get_u32(d + 16), NULL, "DQF_???");
	ltr_sb_puts(c->out, ", dqi_valid=");
	ltr_print_flags_dflt(c->out, LTR_XT(if_dqinfo_valid), ltr_get_u32(d + 20), NULL, "IIF_???");
	ltr_sb_putc(c->out, '}');
}

/* XFS's struct fs_disk_quota (112 bytes) */
static void print_disk_quota(struct ltr_call *c, uint64_t addr)
{
	static const char *const limits[] = {
		"d_blk_hardlimit", "d_blk_softlimit", "d_ino_hardlimit",
		"d_ino_softlimit", "d_bcount", "d_icount", NULL,
	};
	static const char *const rt[] = {
		"d_rtb_hardlimit", "d_rtb_softlimit", "d_rtbcount", NULL,
	};
	unsigned char d[112];

	if (!fetch_struct(c, addr, d, sizeof(d)))
		return;
	ltr_sb_printf(c->out, "{d_version=%d, d_flags=", (int8_t)d[0]);
	ltr_print_flags_dflt(c->out, LTR_XT(xfs_dqblk_flags), (uint8_t)d[1], NULL,
			     "FS_???_QUOTA");
	ltr_sb_printf(c->out, ", d_fieldmask=%#x, d_id=%u, ", ltr_get_u16(d + 2),
		      ltr_get_u32(d + 4));
	print_u64s(c->out, d + 8, limits);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_printf(c->out, ", d_itimer=%d, d_btimer=%d, d_iwarns=%u, d_bwarns=%u, ",
		      (int32_t)ltr_get_u32(d + 56), (int32_t)ltr_get_u32(d + 60),
		      ltr_get_u16(d + 64), ltr_get_u16(d + 66));
	print_u64s(c->out, d + 72, rt);
	ltr_sb_printf(c->out, ", d_rtbtimer=%d, d_rtbwarns=%u}", (int32_t)ltr_get_u32(d + 96),
		      ltr_get_u16(d + 100));
}

/* struct fs_qfilestat(v): ino and nblks (u64), nextents (u32) */
static void print_qfilestat(struct ltr_strbuf *out, const char *name, const unsigned char *p)
{
	ltr_sb_printf(out, ", %s={qfs_ino=%llu, qfs_nblks=%llu, qfs_nextents=%u}", name,
		      (unsigned long long)ltr_get_u64(p), (unsigned long long)ltr_get_u64(p + 8),
		      ltr_get_u32(p + 16));
}

/*
 * XFS's struct fs_quota_stat: its two struct fs_qfilestat hold u64s,
 * aligned to 8 bytes on 64-bit tracees and 4 on i386 (68 bytes there).
 */
static void print_quota_stat(struct ltr_call *c, uint64_t addr)
{
	bool m32 = ltr_wordsize(c) == 4;
	unsigned fs = m32 ? 20 : 24; /* sizeof(struct fs_qfilestat) */
	unsigned g = 8 + fs, rest = g + fs;
	unsigned char d[80];

	if (!fetch_struct(c, addr, d, m32 ? 68 : 80))
		return;
	ltr_sb_printf(c->out, "{qs_version=%d", (int8_t)d[0]);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_puts(c->out, ", qs_flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(xfs_quota_flags), ltr_get_u16(d + 2), NULL,
			     "FS_QUOTA_???");
	print_qfilestat(c->out, "qs_uquota", d + 8);
	print_qfilestat(c->out, "qs_gquota", d + g);
	ltr_sb_printf(c->out, ", qs_incoredqs=%u, qs_btimelimit=%d, qs_itimelimit=%d, "
		      "qs_rtbtimelimit=%d, qs_bwarnlimit=%u, qs_iwarnlimit=%u}",
		      ltr_get_u32(d + rest), (int32_t)ltr_get_u32(d + rest + 4),
		      (int32_t)ltr_get_u32(d + rest + 8), (int32_t)ltr_get_u32(d + rest + 12),
		      ltr_get_u16(d + rest + 16), ltr_get_u16(d + rest + 18));
}

/* XFS's struct fs_quota_statv (160 bytes, the same on every arch) */
static void print_quota_statv(struct ltr_call *c, uint64_t addr)
{
	unsigned char d[160];

	if (!fetch_struct(c, addr, d, sizeof(d)))
		return;
	ltr_sb_printf(c->out, "{qs_version=%d", (int8_t)d[0]);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_puts(c->out, ", qs_flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(xfs_quota_flags), ltr_get_u16(d + 2), NULL,
			     "FS_QUOTA_???");
	ltr_sb_printf(c->out, ", qs_incoredqs=%u", ltr_get_u32(d + 4));
	print_qfilestat(c->out, "qs_uquota", d + 8);
	print_qfilestat(c->out, "qs_gquota", d + 32);
	print_qfilestat(c->out, "qs_pquota", d + 56);
	ltr_sb_printf(c->out, ", qs_btimelimit=%d, qs_itimelimit=%d, qs_rtbtimelimit=%d, "
		      "qs_bwarnlimit=%u, qs_iwarnlimit=%u}", (int32_t)ltr_get_u32(d + 80),
		      (int32_t)ltr_get_u32(d + 84), (int32_t)ltr_get_u32(d + 88),
		      ltr_get_u16(d + 92), ltr_get_u16(d + 94));
}

/* A u32 at addr printed from a table: "[FS_QUOTA_UDQ_ACCT]". */
static void print_u32_ref(struct ltr_call *c, uint64_t addr, const struct ltr_xlat_table *t,
			  const char *unknown, bool flags)
{
	unsigned char b[4];

	if (!fetch_struct(c, addr, b, sizeof(b)))
		return;
	ltr_sb_putc(c->out, '[');
	if (flags)
		ltr_print_flags_dflt(c->out, t, ltr_get_u32(b), NULL, unknown);
	else
		ltr_print_xval(c->out, t, ltr_get_u32(b), unknown);
	ltr_sb_putc(c->out, ']');
}

/*
 * The arguments after the special file (or descriptor) for command cmd:
 * id and addr, as each command uses them; commands that fill addr print
 * it at exit.
 */
static void decode_cmd_data(struct ltr_call *c, uint32_t cmd, uint32_t id, uint64_t addr)
{
	struct ltr_strbuf *out = c->out;

	if (c->exiting) {
		switch (cmd) {
		case Q_GETQUOTA_: print_dqblk(c, addr, false); return;
		case Q_GETNEXTQUOTA_: print_dqblk(c, addr, true); return;
		case Q_XGETQUOTA_: case Q_XGETNEXTQUOTA_: print_disk_quota(c, addr); return;
		case Q_GETFMT_:
			print_u32_ref(c, addr, LTR_XT(quota_formats), "QFMT_VFS_???", false);
			return;
		case Q_GETINFO_: print_dqinfo(c, addr); return;
		case Q_XGETQSTAT_: print_quota_stat(c, addr); return;
		case Q_XGETQSTATV_: print_quota_statv(c, addr); return;
		default: return;
		}
	}
	switch (cmd) {
	case Q_QUOTAOFF_: case Q_SYNC_: case Q_XQUOTASYNC_:
		return;
	case Q_QUOTAON_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(quota_formats), id, "QFMT_VFS_???");
		ltr_sb_puts(out, ", ");
		ltr_print_path(c, addr);
		return;
	case Q_GETQUOTA_: case Q_GETNEXTQUOTA_: case Q_XGETQUOTA_: case Q_XGETNEXTQUOTA_:
		ltr_sb_puts(out, ", ");
		print_qid(out, id);
		ltr_sb_puts(out, ", ");
		return;
	case Q_SETQUOTA_: case Q_XSETQLIM_:
		ltr_sb_puts(out, ", ");
		print_qid(out, id);
		ltr_sb_puts(out, ", ");
		if (cmd == Q_SETQUOTA_)
			print_dqblk(c, addr, false);
		else
			print_disk_quota(c, addr);
		return;
	case Q_GETFMT_: case Q_GETINFO_: case Q_XGETQSTAT_: case Q_XGETQSTATV_:
		ltr_sb_puts(out, ", ");
		return;
	case Q_SETINFO_:
		ltr_sb_puts(out, ", ");
		print_dqinfo(c, addr);
		return;
	case Q_XQUOTAON_: case Q_XQUOTAOFF_:
		ltr_sb_puts(out, ", ");
		print_u32_ref(c, addr, LTR_XT(xfs_quota_flags), "FS_QUOTA_???", true);
		return;
	case Q_XQUOTARM_:
		ltr_sb_puts(out, ", ");
		print_u32_ref(c, addr, LTR_XT(xfs_dqblk_flags), "FS_???_QUOTA", true);
		return;
	default:
		ltr_sb_puts(out, ", ");
		print_qid(out, id);
		ltr_sb_puts(out, ", ");
		ltr_print_addr(out, addr);
		return;
	}
}

/* quotactl(cmd, special, id, addr): the kernel reads cmd and id as 32 bits */
void ltr_decode_quotactl(struct ltr_call *c)
{
	uint32_t qcmd = (uint32_t)c->args[0];

	if (!c->exiting) {
		print_qcmd(c->out, qcmd);
		ltr_sb_puts(c->out, ", ");
		ltr_print_path(c, ltr_arg_word(c, 1));
	}
	decode_cmd_data(c, qcmd >> 8, (uint32_t)c->args[2], ltr_arg_word(c, 3));
}

/* quotactl_fd(fd, cmd, id, addr) */
void ltr_decode_quotactl_fd(struct ltr_call *c)
{
	uint32_t qcmd = (uint32_t)c->args[1];

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_qcmd(c->out, qcmd);
	}
	decode_cmd_data(c, qcmd >> 8, (uint32_t)c->args[2], ltr_arg_word(c, 3));
}
