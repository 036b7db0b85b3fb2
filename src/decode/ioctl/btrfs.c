/* SPDX-License-Identifier: MIT */
/*
 * btrfs requests (type 0x94, linux/btrfs.h and linux/btrfs_tree.h): the
 * 0x94 requests fs.c does not take (FICLONE and its kin are generic).
 * Structures are decoded from raw bytes at the kernel's offsets; three
 * have another layout, and so another request number, for an i386
 * tracee: btrfs_ioctl_send_args (a pointer), btrfs_ioctl_received_subvol_args
 * (struct btrfs_ioctl_timespec is 12 bytes there) and
 * btrfs_ioctl_dev_replace_args (its union is not padded to 8); and
 * btrfs_ioctl_vol_args_v2 holds a pointer of the tracee's size.
 *
 * Arrays whose count comes from the tracee (qgroups, clone sources,
 * spaces, the containers of INO_PATHS and LOGICAL_INO) go through
 * ltr_ioctl_print_array (-s elements, stops at unreadable memory); the
 * items of TREE_SEARCH walk a buffer of known size and stop at its end
 * or after -s items; GET_DEV_STATS prints at most the 5 values the
 * structure holds.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <linux/ioctl.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>

#include "ioctl.h"

/* The requests whose size differs on i386 (the header's are the host's, 64-bit). */
#define BTRFS_IOC_SEND_32 _IOC(_IOC_WRITE, BTRFS_IOCTL_MAGIC, 38, 68)
#define BTRFS_IOC_SET_RECEIVED_SUBVOL_32 _IOC(_IOC_READ | _IOC_WRITE, BTRFS_IOCTL_MAGIC, 37, 192)
#define BTRFS_IOC_DEV_REPLACE_32 _IOC(_IOC_READ | _IOC_WRITE, BTRFS_IOCTL_MAGIC, 53, 2596)

enum {
	VOL_ARGS_SIZE = sizeof(struct btrfs_ioctl_vol_args),
	VOL_ARGS_V2_SIZE = sizeof(struct btrfs_ioctl_vol_args_v2),
	VOL_ARGS_V2_NAME = offsetof(struct btrfs_ioctl_vol_args_v2, name),
	BALANCE_SIZE = sizeof(struct btrfs_ioctl_balance_args),
	QGROUP_LIMIT_SIZE = sizeof(struct btrfs_qgroup_limit),
	QGROUP_INHERIT_SIZE = sizeof(struct btrfs_qgroup_inherit),
	SEARCH_KEY_SIZE = sizeof(struct btrfs_ioctl_search_key),
	SEARCH_HDR_SIZE = sizeof(struct btrfs_ioctl_search_header),
	SEARCH_BUF_SIZE = sizeof(struct btrfs_ioctl_search_args) - SEARCH_KEY_SIZE,
	SEARCH_V2_SIZE = sizeof(struct btrfs_ioctl_search_args_v2),
	DEV_INFO_SIZE = sizeof(struct btrfs_ioctl_dev_info_args),
	DEV_INFO_PATH = offsetof(struct btrfs_ioctl_dev_info_args, path),
	FS_INFO_SIZE = sizeof(struct btrfs_ioctl_fs_info_args),
	DEV_STATS_SIZE = sizeof(struct btrfs_ioctl_get_dev_stats),
	DEV_STATS_MAX = BTRFS_DEV_STAT_VALUES_MAX,
	INO_LOOKUP_SIZE = sizeof(struct btrfs_ioctl_ino_lookup_args),
	INO_LOOKUP_NAME = offsetof(struct btrfs_ioctl_ino_lookup_args, name),
	INO_PATH_SIZE = sizeof(struct btrfs_ioctl_ino_path_args),
	LOGICAL_INO_SIZE = sizeof(struct btrfs_ioctl_logical_ino_args),
	CONTAINER_SIZE = sizeof(struct btrfs_data_container),
	SCRUB_SIZE = sizeof(struct btrfs_ioctl_scrub_args),
	SPACE_ARGS_SIZE = sizeof(struct btrfs_ioctl_space_args),
	SPACE_INFO_SIZE = sizeof(struct btrfs_ioctl_space_info),
	QUOTA_RESCAN_SIZE = sizeof(struct btrfs_ioctl_quota_rescan_args),
	/* the largest structure read at once */
	ARGS_MAX = 4096,
	/* struct btrfs_ioctl_dev_replace_args: the union's names, 64-bit and i386 sizes */
	REPLACE_NAME = BTRFS_DEVICE_PATH_NAME_MAX + 1,
	REPLACE_SIZE_64 = 2600,
	REPLACE_SIZE_32 = 2596,
	/* struct btrfs_ioctl_received_subvol_args, 64-bit and i386 */
	RECEIVED_SIZE_64 = 200,
	RECEIVED_SIZE_32 = 192,
	/* struct btrfs_ioctl_send_args, 64-bit and i386 */
	SEND_SIZE_64 = 72,
	SEND_SIZE_32 = 68,
};

_Static_assert(sizeof(struct btrfs_ioctl_dev_replace_args) == REPLACE_SIZE_64 &&
	       sizeof(struct btrfs_ioctl_received_subvol_args) == RECEIVED_SIZE_64 &&
	       sizeof(struct btrfs_ioctl_send_args) == SEND_SIZE_64,
	       "the host's layouts are the 64-bit ones");

static uint64_t u64_at(const unsigned char *p, unsigned off)
{
	return ltr_get_u64(p + off);
}

/* ", NAME=N" of a u64 */
static void field_u64(struct ltr_call *c, const char *name, uint64_t v)
{
	ltr_sb_printf(c->out, ", %s=%llu", name, (unsigned long long)v);
}

/* strace's PRINT_FIELD_U64: UINT64_MAX by name, as -X says. */
static void print_u64_max(struct ltr_strbuf *out, uint64_t v)
{
	if (v == UINT64_MAX)
		ltr_print_xlat(out, v, LTR_XF_UDEC, "UINT64_MAX");
	else
		ltr_sb_printf(out, "%llu", (unsigned long long)v);
}

static void field_u64_max(struct ltr_call *c, const char *name, uint64_t v)
{
	ltr_sb_printf(c->out, ", %s=", name);
	print_u64_max(c->out, v);
}

/* "01234567-89ab-cdef-fedc-ba9876543210" */
static void print_uuid(struct ltr_strbuf *out, const unsigned char *u)
{
	for (unsigned i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			ltr_sb_putc(out, '-');
		ltr_sb_printf(out, "%02x", u[i]);
	}
}

/* A tree or object id: its name, or the number in decimal. */
static void print_objectid(struct ltr_strbuf *out, uint64_t id)
{
	ltr_print_xt(out, LTR_XT(btrfs_tree_objectids), id);
}

/* ", field_name=0x..." of flags with the unknown text text */
static void field_flags(struct ltr_call *c, const char *name, const struct ltr_xlat_table *t,
			uint64_t v, const char *unknown)
{
	ltr_sb_printf(c->out, ", %s=", name);
	ltr_print_flags_dflt(c->out, t, v, NULL, unknown);
}

/* struct btrfs_balance_args (136 bytes) */
static void print_balance_args(struct ltr_call *c, const unsigned char *b)
{
	ltr_sb_puts(c->out, "{profiles=");
	ltr_print_flags_dflt(c->out, LTR_XT(btrfs_space_info_flags), u64_at(b, 0), NULL,
			     "BTRFS_BLOCK_GROUP_???");
	field_u64_max(c, "usage", u64_at(b, 8));
	ltr_sb_puts(c->out, ", devid=");
	ltr_print_dev(c->out, u64_at(b, 16));
	field_u64_max(c, "pstart", u64_at(b, 24));
	field_u64_max(c, "pend", u64_at(b, 32));
	field_u64_max(c, "vstart", u64_at(b, 40));
	field_u64_max(c, "vend", u64_at(b, 48));
	field_u64_max(c, "target", u64_at(b, 56));
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_balance_args), u64_at(b, 64));
	ltr_sb_putc(c->out, '}');
}

/* struct btrfs_ioctl_balance_args; out: with the state the kernel reports. */
static void print_balance(struct ltr_call *c, uint64_t arg, bool out)
{
	static const struct { uint64_t bit; const char *name; unsigned off; } parts[] = {
		{ BTRFS_BALANCE_DATA, "data", 16 },
		{ BTRFS_BALANCE_METADATA, "meta", 152 },
		{ BTRFS_BALANCE_SYSTEM, "sys", 288 },
	};
	unsigned char b[BALANCE_SIZE];
	uint64_t flags;

	if (!ltr_ioctl_fetch(c, arg, b, sizeof(b)))
		return;
	flags = u64_at(b, 0);
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_balance_flags), flags);
	if (out) {
		ltr_sb_puts(c->out, ", state=");
		ltr_print_xt(c->out, LTR_XT(btrfs_balance_state), u64_at(b, 8));
	}
	for (unsigned i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		if (!(flags & parts[i].bit))
			continue;
		ltr_sb_printf(c->out, ", %s=", parts[i].name);
		print_balance_args(c, b + parts[i].off);
	}
	ltr_sb_putc(c->out, '}');
}

/* struct btrfs_ioctl_feature_flags (3 u64) */
static void print_features(struct ltr_call *c, const unsigned char *f)
{
	ltr_sb_puts(c->out, "{compat_flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_features_compat), u64_at(f, 0));
	ltr_sb_puts(c->out, ", compat_ro_flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_features_compat_ro), u64_at(f, 8));
	ltr_sb_puts(c->out, ", incompat_flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_features_incompat), u64_at(f, 16));
	ltr_sb_putc(c->out, '}');
}

/* struct btrfs_qgroup_limit (5 u64) */
static void print_qgroup_limit(struct ltr_call *c, const unsigned char *l)
{
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_qgroup_limit_flags), u64_at(l, 0));
	ltr_sb_printf(c->out, ", max_rfer=%llu, max_excl=%llu, rsv_rfer=%llu, rsv_excl=%llu}",
		      (unsigned long long)u64_at(l, 8), (unsigned long long)u64_at(l, 16),
		      (unsigned long long)u64_at(l, 24), (unsigned long long)u64_at(l, 32));
}

static bool print_u64_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%llu", (unsigned long long)ltr_get_u64(e));
	return true;
}

/* struct btrfs_qgroup_inherit at addr, then its qgroups (verbose) */
static void print_qgroup_inherit(struct ltr_call *c, uint64_t addr)
{
	unsigned char q[QGROUP_INHERIT_SIZE];

	if (!ltr_ioctl_fetch(c, addr, q, sizeof(q)))
		return;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_qgroup_inherit_flags), u64_at(q, 0));
	ltr_sb_printf(c->out, ", num_qgroups=%llu, num_ref_copies=%llu, num_excl_copies=%llu, lim=",
		      (unsigned long long)u64_at(q, 8), (unsigned long long)u64_at(q, 16),
		      (unsigned long long)u64_at(q, 24));
	print_qgroup_limit(c, q + 32);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_puts(c->out, ", qgroups=");
	ltr_ioctl_print_array(c, ltr_word_mask(c, addr + QGROUP_INHERIT_SIZE), u64_at(q, 8), 8,
			      print_u64_elem, NULL);
	ltr_sb_putc(c->out, '}');
}

/* struct btrfs_ioctl_search_key: every field at entry, nr_items at exit. */
static void print_search_key(struct ltr_call *c, const unsigned char *k)
{
	uint64_t min_id = u64_at(k, 8), max_id = u64_at(k, 16);

	if (c->exiting) {
		ltr_sb_printf(c->out, "{nr_items=%u}", ltr_get_u32(k + 64));
		return;
	}
	ltr_sb_puts(c->out, "{tree_id=");
	print_objectid(c->out, u64_at(k, 0));
	/* the defaults of a whole-tree search are left out when abbreviated */
	if (min_id != BTRFS_FIRST_FREE_OBJECTID || !ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", min_objectid=");
		print_objectid(c->out, min_id);
	}
	if (max_id != BTRFS_LAST_FREE_OBJECTID || !ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", max_objectid=");
		print_objectid(c->out, max_id);
	}
	field_u64_max(c, "min_offset", u64_at(k, 24));
	field_u64_max(c, "max_offset", u64_at(k, 32));
	field_u64_max(c, "min_transid", u64_at(k, 40));
	field_u64_max(c, "max_transid", u64_at(k, 48));
	ltr_sb_puts(c->out, ", min_type=");
	ltr_print_xt(c->out, LTR_XT(btrfs_key_types), ltr_get_u32(k + 56));
	ltr_sb_puts(c->out, ", max_type=");
	ltr_print_xt(c->out, LTR_XT(btrfs_key_types), ltr_get_u32(k + 60));
	ltr_sb_printf(c->out, ", nr_items=%u}", ltr_get_u32(k + 64));
}

/*
 * The items TREE_SEARCH returned at exit: nr_items search headers, each
 * followed by its len bytes of data, within buf_size bytes at addr.
 */
static void print_search_buf(struct ltr_call *c, uint64_t addr, uint64_t buf_size,
			     uint32_t nr_items)
{
	uint64_t off = 0;

	if (!c->exiting)
		return;
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...");
		return;
	}
	ltr_sb_puts(c->out, ", buf=[");
	for (uint32_t i = 0; i < nr_items; i++) {
		unsigned char h[SEARCH_HDR_SIZE];
		uint64_t at = ltr_word_mask(c, addr + off);

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (at < addr || off + SEARCH_HDR_SIZE > buf_size || i > c->opts->strsize) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (!ltr_fetch_quiet(c, at, h, sizeof(h))) {
			ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)at);
			break;
		}
		ltr_sb_printf(c->out, "{transid=%llu, objectid=", (unsigned long long)u64_at(h, 0));
		print_objectid(c->out, u64_at(h, 8));
		ltr_sb_printf(c->out, ", offset=%llu, type=", (unsigned long long)u64_at(h, 16));
		ltr_print_xt(c->out, LTR_XT(btrfs_key_types), ltr_get_u32(h + 24));
		ltr_sb_printf(c->out, ", len=%u}", ltr_get_u32(h + 28));
		off += (uint64_t)SEARCH_HDR_SIZE + ltr_get_u32(h + 28);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * The separator of a read-write request: ", " at entry, " => " at the
 * exit of a call that succeeded; false at the exit of one that failed
 * (nothing more is printed).
 */
static bool rw_prefix(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return true;
	}
	if (ltr_call_failed(c))
		return false;
	ltr_sb_puts(c->out, " => ");
	return true;
}

/* rw_prefix, then the structure of size bytes at arg (or its address). */
static bool rw_fetch(struct ltr_call *c, uint64_t arg, void *dst, unsigned size)
{
	return rw_prefix(c) && ltr_ioctl_fetch(c, arg, dst, size);
}

static enum ltr_ioctl_ret tree_search(struct ltr_call *c, uint64_t arg)
{
	unsigned char k[SEARCH_KEY_SIZE];

	if (!rw_fetch(c, arg, k, sizeof(k)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{key=");
	print_search_key(c, k);
	print_search_buf(c, ltr_word_mask(c, arg + SEARCH_KEY_SIZE), SEARCH_BUF_SIZE,
			 ltr_get_u32(k + 64));
	ltr_sb_putc(c->out, '}');
	return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
}

static enum ltr_ioctl_ret tree_search_v2(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[SEARCH_V2_SIZE];

	if (c->exiting && ltr_call_failed(c)) {
		/* EOVERFLOW: the kernel says in buf_size how much it needs */
		if (c->ret == -EOVERFLOW) {
			ltr_sb_puts(c->out, " => ");
			if (!ltr_fetch(c, arg, a, sizeof(a)))
				return LTR_IOCTL_DONE;
			ltr_sb_printf(c->out, "{buf_size=%llu}",
				      (unsigned long long)u64_at(a, SEARCH_KEY_SIZE));
		}
		return LTR_IOCTL_DONE;
	}
	rw_prefix(c);
	if (!ltr_ioctl_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	ltr_sb_puts(c->out, "{key=");
	print_search_key(c, a);
	field_u64(c, "buf_size", u64_at(a, SEARCH_KEY_SIZE));
	print_search_buf(c, ltr_word_mask(c, arg + SEARCH_V2_SIZE), u64_at(a, SEARCH_KEY_SIZE),
			 ltr_get_u32(a + 64));
	ltr_sb_putc(c->out, '}');
	return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
}

/* struct btrfs_data_container's header: "{bytes_left=..., elem_missed=N" */
static bool print_container_head(struct ltr_call *c, uint64_t addr, uint32_t *elem_cnt)
{
	unsigned char d[CONTAINER_SIZE];

	if (!ltr_ioctl_fetch(c, addr, d, sizeof(d)))
		return false;
	*elem_cnt = ltr_get_u32(d + 8);
	ltr_sb_printf(c->out, "{bytes_left=%u, bytes_missing=%u, elem_cnt=%u, elem_missed=%u",
		      ltr_get_u32(d), ltr_get_u32(d + 4), *elem_cnt, ltr_get_u32(d + 12));
	return true;
}

static bool print_inode_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "{inum=%llu, offset=%llu, root=%llu}",
		      (unsigned long long)u64_at(e, 0), (unsigned long long)u64_at(e, 8),
		      (unsigned long long)u64_at(e, 16));
	return true;
}

/* INO_PATHS' offsets are relative to the container's val[]. */
static bool print_path_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	const uint64_t *val_addr = data;

	ltr_print_path(c, ltr_word_mask(c, *val_addr + ltr_get_u64(e)));
	return true;
}

/* The container at addr at exit: LOGICAL_INO's inodes (paths false) or INO_PATHS' fspath. */
static void print_container(struct ltr_call *c, uint64_t addr, bool paths)
{
	uint64_t val_addr = ltr_word_mask(c, addr + CONTAINER_SIZE);
	uint32_t elem_cnt;

	if (!print_container_head(c, addr, &elem_cnt))
		return;
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	ltr_sb_puts(c->out, ", val=");
	if (paths)
		ltr_ioctl_print_array(c, val_addr, elem_cnt, 8, print_path_elem, &val_addr);
	else
		ltr_ioctl_print_array(c, val_addr, elem_cnt / 3, 24, print_inode_elem, NULL);
	ltr_sb_putc(c->out, '}');
}

static enum ltr_ioctl_ret ino_paths(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[INO_PATH_SIZE];

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_printf(c->out, "{inum=%llu, size=%llu, fspath=",
			      (unsigned long long)u64_at(a, 0), (unsigned long long)u64_at(a, 8));
		ltr_print_addr(c->out, u64_at(a, 48));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_puts(c->out, "{fspath=");
	print_container(c, ltr_word_mask(c, u64_at(a, 48)), true);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static enum ltr_ioctl_ret logical_ino(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[LOGICAL_INO_SIZE];

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_printf(c->out, "{logical=%llu, size=%llu",
			      (unsigned long long)u64_at(a, 0), (unsigned long long)u64_at(a, 8));
		if (u64_at(a, 16) || u64_at(a, 24) || u64_at(a, 32))
			ltr_sb_printf(c->out, ", reserved=[%#llx, %#llx, %#llx]",
				      (unsigned long long)u64_at(a, 16),
				      (unsigned long long)u64_at(a, 24),
				      (unsigned long long)u64_at(a, 32));
		field_flags(c, "flags", LTR_XT(btrfs_logical_ino_args_flags), u64_at(a, 40),
			    "BTRFS_LOGICAL_INO_ARGS_???");
		ltr_sb_puts(c->out, ", inodes=");
		ltr_print_addr(c->out, u64_at(a, 48));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_puts(c->out, "{inodes=");
	print_container(c, ltr_word_mask(c, u64_at(a, 48)), false);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* struct btrfs_ioctl_timespec: {sec=N, nsec=N} and its date. */
static void print_btrfs_timespec(struct ltr_call *c, const unsigned char *t)
{
	uint64_t sec = u64_at(t, 0);
	uint32_t nsec = ltr_get_u32(t + 8);

	ltr_sb_printf(c->out, "{sec=%llu, nsec=%u}", (unsigned long long)sec, nsec);
	ltr_print_date_comment(c->out, (long long)sec, nsec, 999999999, 9);
}

static enum ltr_ioctl_ret set_received_subvol(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[RECEIVED_SIZE_64];
	unsigned ts = ltr_wordsize(c) == 4 ? 12 : 16;

	if (!rw_fetch(c, arg, a, ts == 12 ? RECEIVED_SIZE_32 : RECEIVED_SIZE_64))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_puts(c->out, "{uuid=");
		print_uuid(c->out, a);
		field_u64(c, "stransid", u64_at(a, 16));
		ltr_sb_puts(c->out, ", stime=");
		print_btrfs_timespec(c, a + 32);
		field_u64(c, "flags", u64_at(a, 32 + 2 * ts));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_printf(c->out, "{rtransid=%llu, rtime=", (unsigned long long)u64_at(a, 24));
	print_btrfs_timespec(c, a + 32 + ts);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static enum ltr_ioctl_ret scrub(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	static const char *const progress[] = {
		"data_extents_scrubbed", "tree_extents_scrubbed", "data_bytes_scrubbed",
		"tree_bytes_scrubbed", "read_errors", "csum_errors", "verify_errors",
		"no_csum", "csum_discards", "super_errors", "malloc_errors",
		"uncorrectable_errors", "corrected_errors", "last_physical",
		"unverified_errors",
	};
	unsigned char a[SCRUB_SIZE];

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_puts(c->out, "{devid=");
		ltr_print_dev(c->out, u64_at(a, 0));
		if (req == BTRFS_IOC_SCRUB) {
			field_u64(c, "start", u64_at(a, 8));
			field_u64_max(c, "end", u64_at(a, 16));
			field_flags(c, "flags", LTR_XT(btrfs_scrub_flags), u64_at(a, 24),
				    "BTRFS_SCRUB_???");
		}
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_puts(c->out, "{progress=");
	for (unsigned i = 0; i < sizeof(progress) / sizeof(progress[0]); i++)
		ltr_sb_printf(c->out, "%s%s=%llu", i ? ", " : "{", progress[i],
			      (unsigned long long)u64_at(a, 32 + 8 * i));
	ltr_sb_puts(c->out, "}}");
	return LTR_IOCTL_DONE;
}

static enum ltr_ioctl_ret dev_info(struct ltr_call *c, uint64_t arg)
{
	static const unsigned char zero[16];
	unsigned char a[DEV_INFO_SIZE];
	bool has_uuid;

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	has_uuid = memcmp(a + 8, zero, 16) != 0;
	ltr_sb_putc(c->out, '{');
	if (!c->exiting) {
		ltr_sb_puts(c->out, "devid=");
		ltr_print_dev(c->out, u64_at(a, 0));
		if (has_uuid) {
			ltr_sb_puts(c->out, ", uuid=");
			print_uuid(c->out, a + 8);
		}
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	if (has_uuid) {
		ltr_sb_puts(c->out, "uuid=");
		print_uuid(c->out, a + 8);
		ltr_sb_puts(c->out, ", ");
	}
	ltr_sb_printf(c->out, "bytes_used=%llu, total_bytes=%llu, path=",
		      (unsigned long long)u64_at(a, 24), (unsigned long long)u64_at(a, 32));
	ltr_ioctl_print_cstring(c, a + DEV_INFO_PATH, DEV_INFO_SIZE - DEV_INFO_PATH);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* struct btrfs_ioctl_dev_replace_args' start or status, after cmd */
static void print_replace_start(struct ltr_call *c, const unsigned char *p)
{
	ltr_sb_puts(c->out, "{srcdevid=");
	ltr_print_dev(c->out, u64_at(p, 0));
	ltr_sb_puts(c->out, ", cont_reading_from_srcdev_mode=");
	ltr_print_xt(c->out, LTR_XT(btrfs_cont_reading_from_srcdev_mode), u64_at(p, 8));
	ltr_sb_puts(c->out, ", srcdev_name=");
	ltr_ioctl_print_cstring(c, p + 16, REPLACE_NAME);
	ltr_sb_puts(c->out, ", tgtdev_name=");
	ltr_ioctl_print_cstring(c, p + 16 + REPLACE_NAME, REPLACE_NAME);
	ltr_sb_putc(c->out, '}');
}

static void print_replace_status(struct ltr_call *c, const unsigned char *p)
{
	uint64_t progress = u64_at(p, 8);

	ltr_sb_puts(c->out, "{replace_state=");
	ltr_print_xt(c->out, LTR_XT(btrfs_dev_replace_state), u64_at(p, 0));
	ltr_sb_printf(c->out, ", progress_1000=%llu", (unsigned long long)progress);
	if (progress <= 1000)
		ltr_sb_printf(c->out, " /* %u.%u%% */", (unsigned)progress / 10,
			      (unsigned)progress % 10);
	ltr_sb_printf(c->out, ", time_started=%llu", (unsigned long long)u64_at(p, 16));
	ltr_print_date_comment(c->out, (long long)u64_at(p, 16), 0, 0, 0);
	ltr_sb_printf(c->out, ", time_stopped=%llu", (unsigned long long)u64_at(p, 24));
	ltr_print_date_comment(c->out, (long long)u64_at(p, 24), 0, 0, 0);
	ltr_sb_printf(c->out, ", num_write_errors=%llu, num_uncorrectable_read_errors=%llu}",
		      (unsigned long long)u64_at(p, 32), (unsigned long long)u64_at(p, 40));
}

static enum ltr_ioctl_ret dev_replace(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[REPLACE_SIZE_64];
	uint64_t cmd;

	if (!rw_fetch(c, arg, a, ltr_wordsize(c) == 4 ? REPLACE_SIZE_32 : REPLACE_SIZE_64))
		return LTR_IOCTL_DONE;
	cmd = u64_at(a, 0);
	if (!c->exiting) {
		ltr_sb_puts(c->out, "{cmd=");
		ltr_print_xt(c->out, LTR_XT(btrfs_dev_replace_cmds), cmd);
		if (cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_START) {
			ltr_sb_puts(c->out, ", start=");
			print_replace_start(c, a + 16);
		}
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_puts(c->out, "{result=");
	ltr_print_xt(c->out, LTR_XT(btrfs_dev_replace_results), u64_at(a, 8));
	if (cmd == BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS) {
		ltr_sb_puts(c->out, ", status=");
		print_replace_status(c, a + 16);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static void print_fs_info(struct ltr_call *c, const unsigned char *a)
{
	uint64_t flags = u64_at(a, 48);

	ltr_sb_printf(c->out, "{max_id=%llu, num_devices=%llu, fsid=",
		      (unsigned long long)u64_at(a, 0), (unsigned long long)u64_at(a, 8));
	print_uuid(c->out, a + 16);
	ltr_sb_printf(c->out, ", nodesize=%u, sectorsize=%u, clone_alignment=%u",
		      ltr_get_u32(a + 32), ltr_get_u32(a + 36), ltr_get_u32(a + 40));
	if (flags & BTRFS_FS_INFO_FLAG_CSUM_INFO) {
		ltr_sb_puts(c->out, ", csum_type=");
		ltr_print_xt(c->out, LTR_XT(btrfs_csum_types), ltr_get_u16(a + 44));
		ltr_sb_printf(c->out, ", csum_size=%u", ltr_get_u16(a + 46));
	}
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_fs_info_flags), flags);
	if (flags & BTRFS_FS_INFO_FLAG_GENERATION)
		field_u64(c, "generation", u64_at(a, 56));
	if (flags & BTRFS_FS_INFO_FLAG_METADATA_UUID) {
		ltr_sb_puts(c->out, ", metadata_uuid=");
		print_uuid(c->out, a + 64);
	}
	ltr_sb_putc(c->out, '}');
}

static enum ltr_ioctl_ret get_dev_stats(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[DEV_STATS_SIZE];
	uint64_t nr_items;

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	nr_items = u64_at(a, 8);
	ltr_sb_putc(c->out, '{');
	if (!c->exiting) {
		ltr_sb_puts(c->out, "devid=");
		ltr_print_dev(c->out, u64_at(a, 0));
		ltr_sb_puts(c->out, ", ");
	}
	ltr_sb_printf(c->out, "nr_items=%llu", (unsigned long long)nr_items);
	field_flags(c, "flags", LTR_XT(btrfs_dev_stats_flags), u64_at(a, 16), "BTRFS_DEV_STATS_???");
	if (!c->exiting) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	/* the structure holds 5 values, whatever nr_items says */
	ltr_sb_puts(c->out, ", [");
	for (uint64_t i = 0; i < nr_items; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= DEV_STATS_MAX) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_putc(c->out, '[');
		ltr_print_xt(c->out, LTR_XT(btrfs_dev_stats_values), i);
		ltr_sb_printf(c->out, "]=%llu", (unsigned long long)u64_at(a, 24 + 8 * i));
	}
	ltr_sb_puts(c->out, "]}");
	return LTR_IOCTL_DONE;
}

static enum ltr_ioctl_ret ino_lookup(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[INO_LOOKUP_SIZE];

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		/* treeid 0: the kernel fills in the subvolume's, printed at exit */
		c->saved[1] = u64_at(a, 0) == 0;
		ltr_sb_puts(c->out, "{treeid=");
		print_objectid(c->out, u64_at(a, 0));
		ltr_sb_puts(c->out, ", objectid=");
		print_objectid(c->out, u64_at(a, 8));
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_EXIT;
	}
	ltr_sb_putc(c->out, '{');
	if (c->saved[1]) {
		ltr_sb_puts(c->out, "treeid=");
		print_objectid(c->out, u64_at(a, 0));
		ltr_sb_puts(c->out, ", ");
	}
	ltr_sb_puts(c->out, "name=");
	ltr_ioctl_print_cstring(c, a + INO_LOOKUP_NAME, INO_LOOKUP_SIZE - INO_LOOKUP_NAME);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

static bool print_objectid_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	print_objectid(c->out, ltr_get_u64(e));
	return true;
}

/* struct btrfs_ioctl_send_args: clone_sources is a pointer of the tracee's size. */
static void send_args(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[SEND_SIZE_64];
	unsigned ws = ltr_wordsize(c);
	uint64_t sources;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, a, ws == 4 ? SEND_SIZE_32 : SEND_SIZE_64))
		return;
	sources = ltr_get_uword(a + 16, ws);
	ltr_sb_puts(c->out, "{send_fd=");
	ltr_print_fd(c, (int)u64_at(a, 0));
	ltr_sb_printf(c->out, ", clone_sources_count=%llu, clone_sources=",
		      (unsigned long long)u64_at(a, 8));
	if (ltr_call_abbrev(c))
		ltr_print_addr(c->out, sources);
	else
		ltr_ioctl_print_array(c, sources, u64_at(a, 8), 8, print_objectid_elem, NULL);
	ltr_sb_puts(c->out, ", parent_root=");
	print_objectid(c->out, u64_at(a, 16 + ws));
	field_flags(c, "flags", LTR_XT(btrfs_send_flags), u64_at(a, 24 + ws), "BTRFS_SEND_FLAGS_???");
	ltr_sb_putc(c->out, '}');
}

static bool print_space_info(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_flags_dflt(c->out, LTR_XT(btrfs_space_info_flags), u64_at(e, 0), NULL,
			     "BTRFS_SPACE_INFO_???");
	ltr_sb_printf(c->out, ", total_bytes=%llu, used_bytes=%llu}",
		      (unsigned long long)u64_at(e, 8), (unsigned long long)u64_at(e, 16));
	return true;
}

static enum ltr_ioctl_ret space_info(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[SPACE_ARGS_SIZE];
	uint64_t total;

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (!c->exiting) {
		ltr_sb_printf(c->out, "{space_slots=%llu}", (unsigned long long)u64_at(a, 0));
		return LTR_IOCTL_EXIT;
	}
	total = u64_at(a, 8);
	ltr_sb_printf(c->out, "{total_spaces=%llu", (unsigned long long)total);
	/* a query of the count only (space_slots 0) has no spaces to show */
	if (u64_at(a, 0) == 0 && total) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", spaces=");
	ltr_ioctl_print_array(c, ltr_word_mask(c, arg + SPACE_ARGS_SIZE), total, SPACE_INFO_SIZE,
			      print_space_info, NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* struct btrfs_ioctl_vol_args: {fd=N, name="..."} */
static void vol_args(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[VOL_ARGS_SIZE];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, a, sizeof(a)))
		return;
	ltr_sb_puts(c->out, "{fd=");
	ltr_print_fd(c, (int)u64_at(a, 0));
	ltr_sb_puts(c->out, ", name=");
	ltr_ioctl_print_cstring(c, a + 8, VOL_ARGS_SIZE - 8);
	ltr_sb_putc(c->out, '}');
}

/* SNAP_CREATE_V2, SUBVOL_CREATE_V2: written W, but the kernel returns transid. */
static enum ltr_ioctl_ret vol_args_v2(struct ltr_call *c, uint64_t arg)
{
	unsigned char a[VOL_ARGS_V2_SIZE];
	uint64_t flags;

	if (!rw_fetch(c, arg, a, sizeof(a)))
		return LTR_IOCTL_DONE;
	if (c->exiting) {
		ltr_sb_printf(c->out, "{transid=%llu}", (unsigned long long)u64_at(a, 8));
		return LTR_IOCTL_DONE;
	}
	flags = u64_at(a, 16);
	ltr_sb_puts(c->out, "{fd=");
	ltr_print_fd(c, (int)u64_at(a, 0));
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(btrfs_snap_flags_v2), flags);
	if (flags & BTRFS_SUBVOL_QGROUP_INHERIT) {
		field_u64(c, "size", u64_at(a, 24));
		ltr_sb_puts(c->out, ", qgroup_inherit=");
		print_qgroup_inherit(c, ltr_get_uword(a + 32, ltr_wordsize(c)));
	}
	ltr_sb_puts(c->out, ", name=");
	ltr_ioctl_print_cstring(c, a + VOL_ARGS_V2_NAME, VOL_ARGS_V2_SIZE - VOL_ARGS_V2_NAME);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_EXIT;
}

/* GET_FEATURES (1), SET_FEATURES (2: set, clear), GET_SUPPORTED_FEATURES (3) */
static void features(struct ltr_call *c, uint64_t arg, unsigned n)
{
	static const char *const notes[] = { "supported", "safe to set", "safe to clear" };
	unsigned char f[3 * 24];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, f, 24 * n))
		return;
	if (n == 1) {
		print_features(c, f);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		print_features(c, f + 24 * i);
		if (n == 3)
			ltr_sb_printf(c->out, " /* %s */", notes[i]);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * The W requests that read a plain structure at entry, and the R ones
 * printed at exit (the caller has waited for it).
 */
static bool simple_struct(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char a[FS_INFO_SIZE];

	switch (req) {
	case BTRFS_IOC_DEFRAG_RANGE:
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, a, sizeof(struct btrfs_ioctl_defrag_range_args)))
			return true;
		ltr_sb_printf(c->out, "{start=%llu", (unsigned long long)u64_at(a, 0));
		field_u64_max(c, "len", u64_at(a, 8));
		ltr_sb_puts(c->out, ", flags=");
		ltr_print_xt(c->out, LTR_XT(btrfs_defrag_flags), u64_at(a, 16));
		ltr_sb_printf(c->out, ", extent_thresh=%u, compress_type=", ltr_get_u32(a + 24));
		ltr_print_xt(c->out, LTR_XT(btrfs_compress_types), ltr_get_u32(a + 28));
		ltr_sb_putc(c->out, '}');
		return true;
	case BTRFS_IOC_FS_INFO:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, a, FS_INFO_SIZE))
			print_fs_info(c, a);
		return true;
	case BTRFS_IOC_QGROUP_ASSIGN:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, a, 24))
			ltr_sb_printf(c->out, "{assign=%llu, src=%llu, dst=%llu}",
				      (unsigned long long)u64_at(a, 0),
				      (unsigned long long)u64_at(a, 8),
				      (unsigned long long)u64_at(a, 16));
		return true;
	case BTRFS_IOC_QGROUP_CREATE:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, a, 16))
			ltr_sb_printf(c->out, "{create=%llu, qgroupid=%llu}",
				      (unsigned long long)u64_at(a, 0),
				      (unsigned long long)u64_at(a, 8));
		return true;
	case BTRFS_IOC_QGROUP_LIMIT:
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, a, 8 + QGROUP_LIMIT_SIZE))
			return true;
		ltr_sb_printf(c->out, "{qgroupid=%llu, lim=", (unsigned long long)u64_at(a, 0));
		print_qgroup_limit(c, a + 8);
		ltr_sb_putc(c->out, '}');
		return true;
	case BTRFS_IOC_QUOTA_CTL:
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, a, 16))
			return true;
		ltr_sb_puts(c->out, "{cmd=");
		ltr_print_xt(c->out, LTR_XT(btrfs_qgroup_ctl_cmds), u64_at(a, 0));
		ltr_sb_putc(c->out, '}');
		return true;
	case BTRFS_IOC_QUOTA_RESCAN:
	case BTRFS_IOC_QUOTA_RESCAN_STATUS:
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, a, QUOTA_RESCAN_SIZE))
			return true;
		ltr_sb_printf(c->out, "{flags=%llu", (unsigned long long)u64_at(a, 0));
		if (req == BTRFS_IOC_QUOTA_RESCAN_STATUS) {
			ltr_sb_puts(c->out, ", progress=");
			print_objectid(c->out, u64_at(a, 8));
		}
		ltr_sb_putc(c->out, '}');
		return true;
	default:
		return false;
	}
}

/* The requests printed only at exit, when the kernel has filled their argument. */
static bool out_only(uint32_t req)
{
	switch (req) {
	case BTRFS_IOC_START_SYNC: case BTRFS_IOC_SUBVOL_GETFLAGS: case BTRFS_IOC_BALANCE_PROGRESS:
	case BTRFS_IOC_GET_FEATURES: case BTRFS_IOC_GET_SUPPORTED_FEATURES: case BTRFS_IOC_FS_INFO:
	case BTRFS_IOC_QGROUP_LIMIT: case BTRFS_IOC_QUOTA_RESCAN_STATUS:
		return true;
	default:
		return false;
	}
}

enum ltr_ioctl_ret ltr_ioctl_btrfs(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	bool i386 = ltr_wordsize(c) == 4;
	uint64_t v;

	if (out_only(req) && !c->exiting)
		return LTR_IOCTL_EXIT;
	if (req == (i386 ? BTRFS_IOC_SEND_32 : BTRFS_IOC_SEND)) {
		send_args(c, arg);
		return LTR_IOCTL_DONE;
	}
	if (req == (i386 ? BTRFS_IOC_SET_RECEIVED_SUBVOL_32 : BTRFS_IOC_SET_RECEIVED_SUBVOL))
		return set_received_subvol(c, arg);
	if (req == (i386 ? BTRFS_IOC_DEV_REPLACE_32 : BTRFS_IOC_DEV_REPLACE))
		return dev_replace(c, arg);
	if (simple_struct(c, req, arg))
		return LTR_IOCTL_DONE;
	switch (req) {
	/* no argument; DEFRAG and BALANCE are numbered with vol_args but take none */
	case BTRFS_IOC_TRANS_START: case BTRFS_IOC_TRANS_END: case BTRFS_IOC_SYNC:
	case BTRFS_IOC_SCRUB_CANCEL: case BTRFS_IOC_QUOTA_RESCAN_WAIT:
	case BTRFS_IOC_DEFRAG: case BTRFS_IOC_BALANCE:
		return LTR_IOCTL_NOARG;
	case BTRFS_IOC_BALANCE_CTL:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(btrfs_balance_ctl_cmds), arg);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_START_SYNC: case BTRFS_IOC_DEFAULT_SUBVOL: case BTRFS_IOC_WAIT_SYNC:
		ltr_ioctl_print_u64_ref(c, arg);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_SUBVOL_GETFLAGS: case BTRFS_IOC_SUBVOL_SETFLAGS:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
			ltr_print_xt(c->out, LTR_XT(btrfs_snap_flags_v2), v);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_BALANCE_V2:
		if (!rw_prefix(c))
			return LTR_IOCTL_DONE;
		print_balance(c, arg, c->exiting);
		return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
	case BTRFS_IOC_BALANCE_PROGRESS:
		ltr_sb_puts(c->out, ", ");
		print_balance(c, arg, true);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_DEV_INFO:
		return dev_info(c, arg);
	case BTRFS_IOC_GET_FEATURES:
		features(c, arg, 1);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_SET_FEATURES:
		features(c, arg, 2);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_GET_SUPPORTED_FEATURES:
		features(c, arg, 3);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_GET_DEV_STATS:
		return get_dev_stats(c, arg);
	case BTRFS_IOC_INO_LOOKUP:
		return ino_lookup(c, arg);
	case BTRFS_IOC_INO_PATHS:
		return ino_paths(c, arg);
	case BTRFS_IOC_LOGICAL_INO:
		return logical_ino(c, arg);
	case BTRFS_IOC_SCRUB: case BTRFS_IOC_SCRUB_PROGRESS:
		return scrub(c, req, arg);
	case BTRFS_IOC_TREE_SEARCH:
		return tree_search(c, arg);
	case BTRFS_IOC_TREE_SEARCH_V2:
		return tree_search_v2(c, arg);
	case BTRFS_IOC_SPACE_INFO:
		return space_info(c, arg);
	case BTRFS_IOC_SNAP_CREATE: case BTRFS_IOC_RESIZE: case BTRFS_IOC_SCAN_DEV:
	case BTRFS_IOC_FORGET_DEV: case BTRFS_IOC_ADD_DEV: case BTRFS_IOC_RM_DEV:
	case BTRFS_IOC_SUBVOL_CREATE: case BTRFS_IOC_SNAP_DESTROY: case BTRFS_IOC_DEVICES_READY:
		vol_args(c, arg);
		return LTR_IOCTL_DONE;
	case BTRFS_IOC_SNAP_CREATE_V2: case BTRFS_IOC_SUBVOL_CREATE_V2:
		return vol_args_v2(c, arg);
	default:
		return LTR_IOCTL_ARG;
	}
}
