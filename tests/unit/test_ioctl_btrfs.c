/* SPDX-License-Identifier: MIT */
/*
 * btrfs ioctls (src/decode/ioctl/btrfs.c) on fake tracee memory: what the
 * kernel returns at exit (strace's suite only sees failed calls), the
 * layouts that differ on i386 (send args, received subvol args, the
 * vol_args_v2 pointer), and hostile counts: TREE_SEARCH items past the
 * buffer or unreadable, GET_DEV_STATS' nr_items, SPACE_INFO's
 * total_spaces, containers, qgroups.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/ioctl.h>
#include <linux/btrfs.h>
#include <linux/btrfs_tree.h>

#include "fake_buf.h"
#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

enum { ARG = 0x10000 };

static unsigned char buf[8192];

static void map_buf(size_t len)
{
	fake_mem_reset();
	fake_mem_map(ARG, buf, len);
}

static const char *btrfs_line(const char *arch, uint32_t req, uint64_t arg, bool verbose,
			      int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row("ioctl"), (uint64_t[6]){ 3, req, arg });
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, NULL);
}

/* Whether line holds part (a cmocka failure showing both when not). */
static void assert_has(const char *line, const char *part)
{
	if (!strstr(line, part))
		fail_msg("\"%s\" not in \"%s\"", part, line);
}

static void test_btrfs_out_only(void **state)
{
	(void)state;
	/* read at exit only: NULL, the address of a failed call, the value */
	fake_mem_reset();
	assert_has(btrfs_line("x86_64", BTRFS_IOC_BALANCE_PROGRESS, 0, false, -9),
		   "BTRFS_IOC_BALANCE_PROGRESS, NULL)");
	memset(buf, 0, sizeof(buf));
	fake_put_u64(buf + 0, BTRFS_BALANCE_DATA | 0x100);
	fake_put_u64(buf + 8, BTRFS_BALANCE_STATE_RUNNING);
	fake_put_u64(buf + 16 + 8, UINT64_MAX);   /* data.usage */
	map_buf(1024);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_BALANCE_PROGRESS, ARG, false, -22),
		   "BTRFS_IOC_BALANCE_PROGRESS, 0x10000)");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_BALANCE_PROGRESS, ARG, false, 0),
		   "BTRFS_IOC_BALANCE_PROGRESS, {flags=BTRFS_BALANCE_DATA|0x100, "
		   "state=BTRFS_BALANCE_STATE_RUNNING, data={profiles=0, usage=UINT64_MAX, "
		   "devid=makedev(0, 0), pstart=0, pend=0, vstart=0, vend=0, target=0, flags=0}}) = 0");
	/* a balance argument cut by unmapped memory: its address */
	map_buf(1000);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_BALANCE_PROGRESS, ARG, false, 0),
		   "BTRFS_IOC_BALANCE_PROGRESS, 0x10000) = 0");
	/* supported features, with their comments */
	memset(buf, 0, 72);
	fake_put_u64(buf + 16, BTRFS_FEATURE_INCOMPAT_MIXED_BACKREF);
	map_buf(72);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_GET_SUPPORTED_FEATURES, ARG, false, 0),
		   "[{compat_flags=0, compat_ro_flags=0, incompat_flags=BTRFS_FEATURE_INCOMPAT_MIXED_BACKREF}"
		   " /* supported */, {compat_flags=0, compat_ro_flags=0, incompat_flags=0} /* safe to set */");
}

static void test_btrfs_i386_layouts(void **state)
{
	uint32_t send32 = _IOC(_IOC_WRITE, BTRFS_IOCTL_MAGIC, 38, 68);
	uint32_t received32 = _IOC(_IOC_READ | _IOC_WRITE, BTRFS_IOCTL_MAGIC, 37, 192);

	(void)state;
	/* send args: the pointer is 4 bytes on i386, moving parent_root and flags */
	memset(buf, 0, sizeof(buf));
	fake_put_u64(buf + 0, 5);
	fake_put_u64(buf + 8, 2);
	fake_put_u32(buf + 16, ARG + 256);
	fake_put_u32(buf + 20, BTRFS_FS_TREE_OBJECTID);
	fake_put_u64(buf + 28, BTRFS_SEND_FLAG_NO_FILE_DATA);
	fake_put_u64(buf + 256, BTRFS_FIRST_FREE_OBJECTID);
	fake_put_u64(buf + 264, 300);
	map_buf(512);
	assert_has(btrfs_line("i386", send32, ARG, true, -9),
		   "BTRFS_IOC_SEND, {send_fd=5, clone_sources_count=2, "
		   "clone_sources=[BTRFS_FIRST_FREE_OBJECTID, 300], parent_root=BTRFS_FS_TREE_OBJECTID, "
		   "flags=BTRFS_SEND_FLAG_NO_FILE_DATA}");
	assert_has(btrfs_line("i386", send32, ARG, false, -9), "clone_sources=0x10100, parent_root");
	/* the 64-bit request on i386 is not btrfs' send: its argument in hex */
	assert_has(btrfs_line("i386", BTRFS_IOC_SEND, ARG, true, -9), ", 0x10000)");
	/* x86_64: an 8-byte pointer whose array wraps: its address */
	memset(buf, 0, 72);
	fake_put_u64(buf + 8, UINT64_MAX / 4);
	fake_put_u64(buf + 16, ARG + 256);
	fake_put_u64(buf + 24, 300);
	map_buf(512);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SEND, ARG, true, -9),
		   "clone_sources_count=4611686018427387903, clone_sources=0x10100, parent_root=300, flags=0}");

	/* received subvol: rtime after a 12-byte stime on i386, 16 on x86_64 */
	memset(buf, 0, 256);
	fake_put_u64(buf + 24, 77);          /* rtransid */
	fake_put_u64(buf + 32 + 12, 0);      /* i386 rtime.sec */
	fake_put_u32(buf + 32 + 12 + 8, 5);  /* i386 rtime.nsec */
	fake_put_u32(buf + 32 + 16 + 8, 6);  /* x86_64 rtime.nsec */
	map_buf(200);
	assert_has(btrfs_line("i386", received32, ARG, false, 0),
		   " => {rtransid=77, rtime={sec=0, nsec=5}");
	fake_put_u32(buf + 32 + 12 + 8, 0);
	map_buf(200);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SET_RECEIVED_SUBVOL, ARG, false, 0),
		   " => {rtransid=77, rtime={sec=0, nsec=6}");
	/* 192 bytes mapped: enough for i386 only */
	map_buf(192);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SET_RECEIVED_SUBVOL, ARG, false, 0),
		   "BTRFS_IOC_SET_RECEIVED_SUBVOL, 0x10000) = 0");
	assert_has(btrfs_line("i386", received32, ARG, false, 0), "{uuid=00000000-0000-0000-0000-000000000000");

	/* vol_args_v2: a 4-byte qgroup_inherit pointer on i386, 8 on x86_64 */
	memset(buf, 0, sizeof(buf));
	fake_put_u64(buf + 16, BTRFS_SUBVOL_QGROUP_INHERIT);
	fake_put_u64(buf + 24, 72);
	fake_put_u64(buf + 32, 0xdead000000000000ull | (ARG + 4096));
	strcpy((char *)buf + 56, "sub");
	fake_put_u64(buf + 4096 + 8, 1);      /* num_qgroups */
	fake_put_u64(buf + 4096 + 72, 42);    /* qgroups[0] */
	map_buf(4096 + 80);
	assert_has(btrfs_line("i386", BTRFS_IOC_SNAP_CREATE_V2, ARG, true, -9),
		   "size=72, qgroup_inherit={flags=0, num_qgroups=1, num_ref_copies=0, num_excl_copies=0, "
		   "lim={flags=0, max_rfer=0, max_excl=0, rsv_rfer=0, rsv_excl=0}, qgroups=[42]}, name=\"sub\"}");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SNAP_CREATE_V2, ARG, true, -9),
		   "size=72, qgroup_inherit=0xdead000000011000, name=\"sub\"}");
	/* a hostile num_qgroups: what is mapped, then the address where it ends */
	fake_put_u64(buf + 4096 + 8, 1000);
	map_buf(4096 + 88);
	assert_has(btrfs_line("i386", BTRFS_IOC_SNAP_CREATE_V2, ARG, true, -9),
		   "qgroups=[42, 0, ... /* 0x11058 */]}");
	assert_has(btrfs_line("i386", BTRFS_IOC_SNAP_CREATE_V2, ARG, true, 0), " => {transid=0}) = 0");
}

/* A search header at off: transid, objectid, offset, type, len. */
static void put_item(unsigned off, uint64_t objectid, uint32_t type, uint32_t len)
{
	fake_put_u64(buf + off, 1);
	fake_put_u64(buf + off + 8, objectid);
	fake_put_u64(buf + off + 16, 0);
	fake_put_u32(buf + off + 24, type);
	fake_put_u32(buf + off + 28, len);
}

static void test_btrfs_tree_search(void **state)
{
	enum { KEY = sizeof(struct btrfs_ioctl_search_key) };

	(void)state;
	memset(buf, 0, sizeof(buf));
	fake_put_u64(buf + 0, BTRFS_FS_TREE_OBJECTID);
	fake_put_u64(buf + 8, BTRFS_FIRST_FREE_OBJECTID);
	fake_put_u64(buf + 16, BTRFS_LAST_FREE_OBJECTID);
	fake_put_u64(buf + 32, UINT64_MAX);
	fake_put_u32(buf + 60, UINT32_MAX);
	fake_put_u32(buf + 64, 0xffffffff);      /* nr_items */
	put_item(KEY, 256, BTRFS_INODE_ITEM_KEY, 8);
	put_item(KEY + 40, 257, 0xee, 0xfffffff0);  /* the next header is past the buffer */
	map_buf(4096);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH, ARG, false, -9),
		   "{key={tree_id=BTRFS_FS_TREE_OBJECTID, min_offset=0, max_offset=UINT64_MAX, "
		   "min_transid=0, max_transid=0, min_type=0, max_type=UINT32_MAX, nr_items=4294967295}})");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH, ARG, true, 0),
		   " => {key={nr_items=4294967295}, buf=[{transid=1, objectid=BTRFS_FIRST_FREE_OBJECTID, offset=0, "
		   "type=BTRFS_INODE_ITEM_KEY, len=8}, {transid=1, objectid=257, offset=0, type=238, "
		   "len=4294967280}, ...]}) = 0");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH, ARG, false, 0),
		   " => {key={nr_items=4294967295}, ...}) = 0");
	/* an item header that cannot be read */
	fake_put_u32(buf + KEY + 40 + 28, 20);
	map_buf(KEY + 100);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH, ARG, true, 0),
		   "len=20}, ... /* 0x100c4 */]})");
	/* -s bounds the walk */
	memset(buf + KEY, 0, 4096 - KEY);
	fake_put_u32(buf + 64, 100);
	map_buf(4096);
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"),
			   (uint64_t[6]){ 3, BTRFS_IOC_TREE_SEARCH, ARG });
	fc.opts.verbose = true;
	fc.opts.strsize = 1;
	assert_has(fake_call_run(&fc, 0, NULL), "len=0}, {transid=0, objectid=0, offset=0, "
		   "type=0, len=0}, ...]})");
	/* v2: EOVERFLOW reports the size needed */
	memset(buf, 0, 256);
	fake_put_u64(buf + KEY, 4096);
	map_buf(KEY + 8);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH_V2, ARG, false, -75),
		   ", buf_size=4096} => {buf_size=4096}) = -1 EOVERFLOW");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_TREE_SEARCH_V2, ARG, false, -9),
		   ", buf_size=4096}) = -1 EBADF");
}

static void test_btrfs_counts(void **state)
{
	(void)state;
	/* GET_DEV_STATS: no more than the 5 values of the structure */
	memset(buf, 0, sizeof(buf));
	fake_put_u64(buf + 0, 1);
	fake_put_u64(buf + 8, UINT64_MAX);
	fake_put_u64(buf + 24, 11);
	fake_put_u64(buf + 24 + 32, 15);
	map_buf(1032);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_GET_DEV_STATS, ARG, false, 0),
		   "{devid=makedev(0, 0x1), nr_items=18446744073709551615, flags=0} => "
		   "{nr_items=18446744073709551615, flags=0, [[BTRFS_DEV_STAT_WRITE_ERRS]=11, "
		   "[BTRFS_DEV_STAT_READ_ERRS]=0, [BTRFS_DEV_STAT_FLUSH_ERRS]=0, "
		   "[BTRFS_DEV_STAT_CORRUPTION_ERRS]=0, [BTRFS_DEV_STAT_GENERATION_ERRS]=15, ...]}) = 0");
	/* SPACE_INFO: a count far past what is mapped */
	memset(buf, 0, 256);
	fake_put_u64(buf + 0, 1);
	fake_put_u64(buf + 8, 1000000);
	fake_put_u64(buf + 16, BTRFS_BLOCK_GROUP_DATA);
	fake_put_u64(buf + 40, 1ull << 63);
	map_buf(16 + 24 + 24);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SPACE_INFO, ARG, true, 0),
		   "{space_slots=1} => {total_spaces=1000000, spaces=[{flags=BTRFS_BLOCK_GROUP_DATA, "
		   "total_bytes=0, used_bytes=0}, {flags=0x8000000000000000 /* BTRFS_SPACE_INFO_??? */, "
		   "total_bytes=0, used_bytes=0}, ... /* 0x10040 */]}) = 0");
	/* a count query: space_slots 0 */
	fake_put_u64(buf + 0, 0);
	map_buf(16);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_SPACE_INFO, ARG, true, 0),
		   "{space_slots=0} => {total_spaces=1000000}) = 0");
	/* INO_PATHS: the container's offsets are relative to its val[] */
	memset(buf, 0, 512);
	fake_put_u64(buf + 0, 256);
	fake_put_u64(buf + 8, 4096);
	fake_put_u64(buf + 48, ARG + 256);
	fake_put_u32(buf + 256 + 8, 2);               /* elem_cnt */
	fake_put_u64(buf + 256 + 16, 16);             /* val[0]: offset of the first path */
	fake_put_u64(buf + 256 + 24, 0xffff0000);     /* val[1]: unmapped */
	strcpy((char *)buf + 256 + 16 + 16, "/a/b");
	map_buf(512);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_INO_PATHS, ARG, true, 0),
		   "{inum=256, size=4096, fspath=0x10100} => {fspath={bytes_left=0, bytes_missing=0, "
		   "elem_cnt=2, elem_missed=0, val=[\"/a/b\", 0x100000110]}}) = 0");
	/* LOGICAL_INO: elem_cnt counts u64s, three a record */
	memset(buf, 0, 512);
	fake_put_u64(buf + 16, 0xabc);
	fake_put_u64(buf + 48, ARG + 256);
	fake_put_u32(buf + 256 + 8, 4);
	fake_put_u64(buf + 256 + 16, 300);
	map_buf(512);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_LOGICAL_INO, ARG, true, 0),
		   "reserved=[0xabc, 0, 0], flags=0, inodes=0x10100} => {inodes={bytes_left=0, "
		   "bytes_missing=0, elem_cnt=4, elem_missed=0, val=[{inum=300, offset=0, root=0}]}}) = 0");
}

static void test_btrfs_replace(void **state)
{
	(void)state;
	memset(buf, 0, 4096);
	fake_put_u64(buf + 0, BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS);
	fake_put_u64(buf + 16, BTRFS_IOCTL_DEV_REPLACE_STATE_STARTED);
	fake_put_u64(buf + 24, 123);
	map_buf(2600);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_DEV_REPLACE, ARG, false, 0),
		   "{cmd=BTRFS_IOCTL_DEV_REPLACE_CMD_STATUS} => {result=BTRFS_IOCTL_DEV_REPLACE_RESULT_NO_ERROR, "
		   "status={replace_state=BTRFS_IOCTL_DEV_REPLACE_STATE_STARTED, progress_1000=123 /* 12.3% */, "
		   "time_started=0, time_stopped=0, num_write_errors=0, num_uncorrectable_read_errors=0}}) = 0");
	/* start: names without their NUL end in "..." */
	fake_put_u64(buf + 0, BTRFS_IOCTL_DEV_REPLACE_CMD_START);
	fake_put_u64(buf + 24, 5);
	memset(buf + 32, 'x', 2 * (BTRFS_DEVICE_PATH_NAME_MAX + 1));
	map_buf(2600);
	assert_has(btrfs_line("x86_64", BTRFS_IOC_DEV_REPLACE, ARG, false, -9),
		   "cont_reading_from_srcdev_mode=0x5 /* BTRFS_IOCTL_DEV_REPLACE_CONT_READING_FROM_SRCDEV_MODE_??? */");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_DEV_REPLACE, ARG, false, -9), "xx\"...}}) = -1 EBADF");
	/* i386's structure is 4 bytes shorter, and so its request */
	map_buf(2596);
	assert_has(btrfs_line("i386", _IOC(_IOC_READ | _IOC_WRITE, BTRFS_IOCTL_MAGIC, 53, 2596), ARG,
				false, -9), "BTRFS_IOC_DEV_REPLACE, {cmd=BTRFS_IOCTL_DEV_REPLACE_CMD_START");
	assert_has(btrfs_line("x86_64", BTRFS_IOC_DEV_REPLACE, ARG, false, -9),
		   "BTRFS_IOC_DEV_REPLACE, 0x10000)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_btrfs_out_only),
		cmocka_unit_test(test_btrfs_i386_layouts),
		cmocka_unit_test(test_btrfs_tree_search),
		cmocka_unit_test(test_btrfs_counts),
		cmocka_unit_test(test_btrfs_replace),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
