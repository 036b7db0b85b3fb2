/* SPDX-License-Identifier: MIT */
/*
 * File and memory decoders on fake memory, x86_64 and i386 layouts. The
 * struct contents are raw bytes a test program got from the kernel, and
 * each expected string is what strace 6.1 printed for that same call
 * (TZ=UTC).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

struct struct_case {
	const char *arch, *name;
	unsigned argidx, len;
	int verbose;
	const char *data;
	const char *expect;
};

static const struct struct_case struct_cases[] = {
	{ "x86_64", "newfstatat", 2, 144, 0,
	  "\x00\xfe\x00\x00\x00\x00\x00\x00\xdd\x02\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xed\x81\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x00\x00\x00\x00\x3f\x9a\x60\x17\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_mode=S_IFREG|0755, st_size=3, ...}" },
	{ "x86_64", "newfstatat", 2, 144, 1,
	  "\x00\xfe\x00\x00\x00\x00\x00\x00\xdd\x02\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xed\x81\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x00\x00\x00\x00\x3f\x9a\x60\x17\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_dev=makedev(0xfe, 0), st_ino=733, st_mode=S_IFREG|0755, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=3, st_atime=1795707681 /* 2026-11-26T15:41:21.392206911+0000 */, st_atime_nsec=392206911, st_mtime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_mtime_nsec=612199845, st_ctime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_ctime_nsec=612199845}" },
	{ "x86_64", "newfstatat", 2, 144, 0,
	  "\x06\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xb6\x21\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x27\x6a\x03\x6b\x00\x00\x00\x00\x26\x49\x36\x10\x00\x00\x00\x00\x27\x6a\x03\x6b\x00\x00\x00\x00\x26\x49\x36\x10\x00\x00\x00\x00\xc5\x54\x08\x6b\x00\x00\x00\x00\x81\x33\x1d\x27\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}" },
	{ "x86_64", "newfstatat", 2, 144, 1,
	  "\x06\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xb6\x21\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x27\x6a\x03\x6b\x00\x00\x00\x00\x26\x49\x36\x10\x00\x00\x00\x00\x27\x6a\x03\x6b\x00\x00\x00\x00\x26\x49\x36\x10\x00\x00\x00\x00\xc5\x54\x08\x6b\x00\x00\x00\x00\x81\x33\x1d\x27\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_dev=makedev(0, 0x6), st_ino=3, st_mode=S_IFCHR|0666, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=0, st_rdev=makedev(0x1, 0x3), st_atime=1795385895 /* 2026-11-22T22:18:15.271993126+0000 */, st_atime_nsec=271993126, st_mtime=1795385895 /* 2026-11-22T22:18:15.271993126+0000 */, st_mtime_nsec=271993126, st_ctime=1795708101 /* 2026-11-26T15:48:21.656225153+0000 */, st_ctime_nsec=656225153}" },
	{ "x86_64", "statx", 4, 256, 0,
	  "\xff\x1f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xed\x81\x00\x00\xdd\x02\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x74\x38\x30\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x00\x00\x00\x00\x3f\x9a\x60\x17\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xfe\x00\x00\x00\x00\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{stx_mask=STATX_ALL|STATX_MNT_ID, stx_attributes=0, stx_mode=S_IFREG|0755, stx_size=3, ...}" },
	{ "x86_64", "statx", 4, 256, 1,
	  "\xff\x1f\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xed\x81\x00\x00\xdd\x02\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x74\x38\x30\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x00\x00\x00\x00\x3f\x9a\x60\x17\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x7e\x52\x08\x6b\x00\x00\x00\x00\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xfe\x00\x00\x00\x00\x00\x00\x00\x1b\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{stx_mask=STATX_ALL|STATX_MNT_ID, stx_blksize=4096, stx_attributes=0, stx_nlink=1, stx_uid=0, stx_gid=0, stx_mode=S_IFREG|0755, stx_ino=733, stx_size=3, stx_blocks=8, stx_attributes_mask=STATX_ATTR_COMPRESSED|STATX_ATTR_IMMUTABLE|STATX_ATTR_APPEND|STATX_ATTR_NODUMP|STATX_ATTR_ENCRYPTED|STATX_ATTR_AUTOMOUNT|STATX_ATTR_MOUNT_ROOT|STATX_ATTR_VERITY|STATX_ATTR_DAX, stx_atime={tv_sec=1795707681, tv_nsec=392206911} /* 2026-11-26T15:41:21.392206911+0000 */, stx_btime={tv_sec=0, tv_nsec=0}, stx_ctime={tv_sec=1795707518, tv_nsec=612199845} /* 2026-11-26T15:38:38.612199845+0000 */, stx_mtime={tv_sec=1795707518, tv_nsec=612199845} /* 2026-11-26T15:38:38.612199845+0000 */, stx_rdev_major=0, stx_rdev_minor=0, stx_dev_major=254, stx_dev_minor=0, stx_mnt_id=0x1b}" },
	{ "x86_64", "getdents64", 1, 120, 0,
	  "\x0a\x22\xa7\x00\x00\x00\x00\x00\xd7\x4d\x8e\x16\xb6\x3c\xce\x01\x18\x00\x08\x62\x62\x00\x00\x00\x09\x22\xa7\x00\x00\x00\x00\x00\x17\x9a\x0a\x70\x48\xe2\xfc\x1e\x18\x00\x08\x62\x00\x00\x00\x00\x31\x21\xa7\x00\x00\x00\x00\x00\x1e\xba\x40\x30\xd7\x64\x3a\x58\x18\x00\x04\x2e\x00\x00\x00\x00\x54\x21\xa7\x00\x00\x00\x00\x00\x87\x81\xb4\xac\xbd\x3e\xfd\x6a\x18\x00\x04\x2e\x2e\x00\x00\x00\x09\x22\xa7\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\x18\x00\x08\x61\x00\x00\x00\x00",
	  "0x10000 /* 5 entries */" },
	{ "x86_64", "getdents64", 1, 120, 1,
	  "\x0a\x22\xa7\x00\x00\x00\x00\x00\xd7\x4d\x8e\x16\xb6\x3c\xce\x01\x18\x00\x08\x62\x62\x00\x00\x00\x09\x22\xa7\x00\x00\x00\x00\x00\x17\x9a\x0a\x70\x48\xe2\xfc\x1e\x18\x00\x08\x62\x00\x00\x00\x00\x31\x21\xa7\x00\x00\x00\x00\x00\x1e\xba\x40\x30\xd7\x64\x3a\x58\x18\x00\x04\x2e\x00\x00\x00\x00\x54\x21\xa7\x00\x00\x00\x00\x00\x87\x81\xb4\xac\xbd\x3e\xfd\x6a\x18\x00\x04\x2e\x2e\x00\x00\x00\x09\x22\xa7\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\x18\x00\x08\x61\x00\x00\x00\x00",
	  "[{d_ino=10953226, d_off=130108192000462295, d_reclen=24, d_type=DT_REG, d_name=\"bb\"}, {d_ino=10953225, d_off=2232908316014189079, d_reclen=24, d_type=DT_REG, d_name=\"b\"}, {d_ino=10953009, d_off=6357504699377170974, d_reclen=24, d_type=DT_DIR, d_name=\".\"}, {d_ino=10953044, d_off=7709387121495409031, d_reclen=24, d_type=DT_DIR, d_name=\"..\"}, {d_ino=10953225, d_off=9223372036854775807, d_reclen=24, d_type=DT_REG, d_name=\"a\"}]" },
	{ "x86_64", "getdents", 1, 120, 1,
	  "\x0a\x22\xa7\x00\x00\x00\x00\x00\xd7\x4d\x8e\x16\xb6\x3c\xce\x01\x18\x00\x62\x62\x00\x00\x00\x08\x09\x22\xa7\x00\x00\x00\x00\x00\x17\x9a\x0a\x70\x48\xe2\xfc\x1e\x18\x00\x62\x00\x00\x00\x00\x08\x31\x21\xa7\x00\x00\x00\x00\x00\x1e\xba\x40\x30\xd7\x64\x3a\x58\x18\x00\x2e\x00\x00\x00\x00\x04\x54\x21\xa7\x00\x00\x00\x00\x00\x87\x81\xb4\xac\xbd\x3e\xfd\x6a\x18\x00\x2e\x2e\x00\x00\x00\x04\x09\x22\xa7\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\x18\x00\x61\x00\x00\x00\x00\x08",
	  "[{d_ino=10953226, d_off=130108192000462295, d_reclen=24, d_name=\"bb\", d_type=DT_REG}, {d_ino=10953225, d_off=2232908316014189079, d_reclen=24, d_name=\"b\", d_type=DT_REG}, {d_ino=10953009, d_off=6357504699377170974, d_reclen=24, d_name=\".\", d_type=DT_DIR}, {d_ino=10953044, d_off=7709387121495409031, d_reclen=24, d_name=\"..\", d_type=DT_DIR}, {d_ino=10953225, d_off=9223372036854775807, d_reclen=24, d_name=\"a\", d_type=DT_REG}]" },
	{ "i386", "fstatat64", 2, 96, 0,
	  "\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\xb6\x21\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x27\x6a\x03\x6b\x26\x49\x36\x10\x27\x6a\x03\x6b\x26\x49\x36\x10\xc5\x54\x08\x6b\x81\x33\x1d\x27\x03\x00\x00\x00\x00\x00\x00\x00",
	  "{st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}" },
	{ "i386", "fstatat64", 2, 96, 1,
	  "\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\xb6\x21\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x27\x6a\x03\x6b\x26\x49\x36\x10\x27\x6a\x03\x6b\x26\x49\x36\x10\xc5\x54\x08\x6b\x81\x33\x1d\x27\x03\x00\x00\x00\x00\x00\x00\x00",
	  "{st_dev=makedev(0, 0x6), st_ino=3, st_mode=S_IFCHR|0666, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=0, st_rdev=makedev(0x1, 0x3), st_atime=1795385895 /* 2026-11-22T22:18:15.271993126+0000 */, st_atime_nsec=271993126, st_mtime=1795385895 /* 2026-11-22T22:18:15.271993126+0000 */, st_mtime_nsec=271993126, st_ctime=1795708101 /* 2026-11-26T15:48:21.656225153+0000 */, st_ctime_nsec=656225153}" },
	{ "i386", "stat64", 1, 96, 0,
	  "\x00\xfe\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xdd\x02\x00\x00\xed\x81\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x3f\x9a\x60\x17\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\xdd\x02\x00\x00\x00\x00\x00\x00",
	  "{st_mode=S_IFREG|0755, st_size=3, ...}" },
	{ "i386", "stat64", 1, 96, 1,
	  "\x00\xfe\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xdd\x02\x00\x00\xed\x81\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x21\x53\x08\x6b\x3f\x9a\x60\x17\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\xdd\x02\x00\x00\x00\x00\x00\x00",
	  "{st_dev=makedev(0xfe, 0), st_ino=733, st_mode=S_IFREG|0755, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=3, st_atime=1795707681 /* 2026-11-26T15:41:21.392206911+0000 */, st_atime_nsec=392206911, st_mtime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_mtime_nsec=612199845, st_ctime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_ctime_nsec=612199845}" },
	{ "i386", "stat", 1, 64, 0,
	  "\x00\xfe\x00\x00\xdd\x02\x00\x00\xed\x81\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x10\x00\x00\x08\x00\x00\x00\x21\x53\x08\x6b\x3f\x9a\x60\x17\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_mode=S_IFREG|0755, st_size=3, ...}" },
	{ "i386", "stat", 1, 64, 1,
	  "\x00\xfe\x00\x00\xdd\x02\x00\x00\xed\x81\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x10\x00\x00\x08\x00\x00\x00\x21\x53\x08\x6b\x3f\x9a\x60\x17\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x7e\x52\x08\x6b\xa5\x6d\x7d\x24\x00\x00\x00\x00\x00\x00\x00\x00",
	  "{st_dev=makedev(0xfe, 0), st_ino=733, st_mode=S_IFREG|0755, st_nlink=1, st_uid=0, st_gid=0, st_blksize=4096, st_blocks=8, st_size=3, st_atime=1795707681 /* 2026-11-26T15:41:21.392206911+0000 */, st_atime_nsec=392206911, st_mtime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_mtime_nsec=612199845, st_ctime=1795707518 /* 2026-11-26T15:38:38.612199845+0000 */, st_ctime_nsec=612199845}" },
	{ "i386", "getdents", 1, 80, 0,
	  "\x0a\x22\xa7\x00\xb6\x3c\xce\x01\x10\x00\x62\x62\x00\x00\x00\x08\x09\x22\xa7\x00\x48\xe2\xfc\x1e\x10\x00\x62\x00\x08\x00\x00\x08\x31\x21\xa7\x00\xd7\x64\x3a\x58\x10\x00\x2e\x00\xa5\x6d\x7d\x04\x54\x21\xa7\x00\xbd\x3e\xfd\x6a\x10\x00\x2e\x2e\x00\x00\x00\x04\x09\x22\xa7\x00\xff\xff\xff\x7f\x10\x00\x61\x00\xa5\x6d\x7d\x08",
	  "0x10000 /* 5 entries */" },
	{ "i386", "getdents", 1, 80, 1,
	  "\x0a\x22\xa7\x00\xb6\x3c\xce\x01\x10\x00\x62\x62\x00\x00\x00\x08\x09\x22\xa7\x00\x48\xe2\xfc\x1e\x10\x00\x62\x00\x08\x00\x00\x08\x31\x21\xa7\x00\xd7\x64\x3a\x58\x10\x00\x2e\x00\xa5\x6d\x7d\x04\x54\x21\xa7\x00\xbd\x3e\xfd\x6a\x10\x00\x2e\x2e\x00\x00\x00\x04\x09\x22\xa7\x00\xff\xff\xff\x7f\x10\x00\x61\x00\xa5\x6d\x7d\x08",
	  "[{d_ino=10953226, d_off=30293174, d_reclen=16, d_name=\"bb\", d_type=DT_REG}, {d_ino=10953225, d_off=519889480, d_reclen=16, d_name=\"b\", d_type=DT_REG}, {d_ino=10953009, d_off=1480221911, d_reclen=16, d_name=\".\", d_type=DT_DIR}, {d_ino=10953044, d_off=1794981565, d_reclen=16, d_name=\"..\", d_type=DT_DIR}, {d_ino=10953225, d_off=2147483647, d_reclen=16, d_name=\"a\", d_type=DT_REG}]" },
};

static void test_structs(void **state)
{
	unsigned i;

	(void)state;
	for (i = 0; i < sizeof(struct_cases) / sizeof(struct_cases[0]); i++) {
		const struct struct_case *t = &struct_cases[i];
		uint64_t args[6] = { 0 };

		args[t->argidx] = 0x10000;
		fake_mem_reset();
		fake_mem_map(0x10000, t->data, t->len);
		fake_call_init(&fc, t->arch, t->name, args);
		fc.opts.verbose = t->verbose;
		fake_call_exit(&fc, strncmp(t->name, "getdents", 8) == 0 ? (int64_t)t->len : 0);
		if (strcmp(t->name, "statx") == 0)
			ltr_print_arg_statx(&fc.c, t->argidx);
		else if (strcmp(t->name, "getdents64") == 0)
			ltr_print_arg_dirents64(&fc.c, t->argidx);
		else if (strcmp(t->name, "getdents") == 0)
			ltr_print_arg_dirents(&fc.c, t->argidx);
		else
			ltr_print_arg_stat(&fc.c, t->argidx);
		print_message("case %u: %s %s\n", i, t->arch, t->name);
		assert_string_equal(fake_call_take(&fc), t->expect);
	}
}

/* A whole call through the generic decoder: entry, exit, return value. */
static const char *run(const char *arch, const struct ltr_syscall_desc *desc,
		       const uint64_t args[6], int64_t ret, unsigned verbose)
{
	fake_call_init_row(&fc, arch, desc, args);
	fc.opts.verbose = verbose;
	return fake_call_run(&fc, ret, NULL);
}

static const struct ltr_syscall_desc d_openat = {
	"openat", 4, LTR_RET_FD, 0, 0, ltr_decode_openat, { { 0 } }
};
static const struct ltr_syscall_desc d_open = {
	"open", 3, LTR_RET_FD, 0, 0, ltr_decode_open, { { 0 } }
};

static void test_open(void **state)
{
	uint64_t a[6] = { (uint64_t)-100, 0x2000, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x2000, "/tmp/p/x1");
	a[2] = 01 | 0100 | 01000 | 02000000;
	a[3] = 0640;
	assert_string_equal(run("x86_64", &d_openat, a, 3, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0640) = 3");
	a[2] = 02 | 020200000;
	a[3] = 0600;
	assert_string_equal(run("x86_64", &d_openat, a, 3, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_RDWR|O_TMPFILE, 0600) = 3");
	a[2] = 0 | 02000 | 04000 | 04010000 | 0400000 | 01000000 | 010000000 | 0200000 | 0x40000000;
	assert_string_equal(run("x86_64", &d_openat, a, -20, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_RDONLY|O_APPEND|O_NONBLOCK|O_SYNC|O_NOFOLLOW|O_NOATIME|O_PATH|O_DIRECTORY|0x40000000) = -1 ENOTDIR (Not a directory)");
	a[2] = 3;
	assert_string_equal(run("x86_64", &d_openat, a, 4, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_ACCMODE) = 4");
	a[2] = 020000;
	assert_string_equal(run("x86_64", &d_openat, a, 3, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_RDONLY|FASYNC) = 3");
	/* i386: glibc adds O_LARGEFILE. */
	a[0] = 0xffffff9c;
	a[2] = 0200 | 0400 | 010000 | 040000 | 0100000 | 02000000;
	assert_string_equal(run("i386", &d_openat, a, 4, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_RDONLY|O_EXCL|O_NOCTTY|O_DSYNC|O_DIRECT|O_LARGEFILE|O_CLOEXEC) = 4");
	a[2] = 01 | 0100 | 0200 | 020200000;
	a[3] = 0;
	assert_string_equal(run("i386", &d_openat, a, -22, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_WRONLY|O_CREAT|O_EXCL|O_TMPFILE, 000) = -1 EINVAL (Invalid argument)");
	/* The mode is a 16-bit umode_t. */
	a[2] = 01 | 0100;
	a[3] = 0x10000;
	assert_string_equal(run("i386", &d_openat, a, 5, 0),
		"openat(AT_FDCWD, \"/tmp/p/x1\", O_WRONLY|O_CREAT, 000) = 5");
	{
		uint64_t o[6] = { 0x2000, 0, 0 };

		assert_string_equal(run("x86_64", &d_open, o, -2, 0),
			"open(\"/tmp/p/x1\", O_RDONLY)             = -1 ENOENT (No such file or directory)");
	}
}

static void test_file_flags(void **state)
{
	static const struct ltr_syscall_desc d_access = {
		"access", 2, LTR_RET_DEC, 0, 0, NULL, { A_PATH, A_FLAGS(access_modes) }
	};
	static const struct ltr_syscall_desc d_faccessat2 = {
		"faccessat2", 4, LTR_RET_DEC, 0, 0, NULL,
		{ A_DIRFD, A_PATH, A_FLAGS(access_modes), A_FLAGS(faccessat_flags) }
	};
	static const struct ltr_syscall_desc d_unlinkat = {
		"unlinkat", 3, LTR_RET_DEC, 0, 0, NULL, { A_DIRFD, A_PATH, A_FLAGS(at_flags) }
	};
	static const struct ltr_syscall_desc d_renameat2 = {
		"renameat2", 5, LTR_RET_DEC, 0, 0, NULL,
		{ A_DIRFD, A_PATH, A_DIRFD, A_PATH, A_FLAGS(rename_flags) }
	};
	static const struct ltr_syscall_desc d_lseek = {
		"lseek", 3, LTR_RET_DEC, 0, 0, NULL, { A_FD, A_LONG, A_XVAL(whence) }
	};
	static const struct ltr_syscall_desc d_mkdirat = {
		"mkdirat", 3, LTR_RET_DEC, 0, 0, NULL, { A_DIRFD, A_PATH, A_UMODE }
	};
	static const struct ltr_syscall_desc d_readlink = {
		"readlink", 3, LTR_RET_DEC, 0, 0, NULL, { A_PATH, A_BUF_OUT(2), A_ULONG }
	};
	static const struct ltr_syscall_desc d_getcwd = {
		"getcwd", 2, LTR_RET_DEC, 0, 0, NULL, { A_GETCWD_BUF, A_ULONG }
	};
	static const struct ltr_syscall_desc d_statx = {
		"statx", 5, LTR_RET_DEC, 0, 0, NULL,
		{ A_DIRFD, A_PATH, A_STATX_FLAGS, A_FLAGS(statx_masks), A_STATX_OUT }
	};
	static const struct ltr_syscall_desc d_newfstatat = {
		"newfstatat", 4, LTR_RET_DEC, 0, 0, NULL,
		{ A_DIRFD, A_PATH, A_STAT_OUT, A_FLAGS(at_flags) }
	};
	uint64_t a[6] = { 0x2000, 4 | 2 | 1 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x2000, "/tmp");
	fake_mem_map_str(0x3000, "a");
	fake_mem_map_str(0x4000, "b");
	fake_mem_map_str(0x5000, "/tmp/p/dd");
	fake_mem_map_str(0x6000, "");
	assert_string_equal(run("x86_64", &d_access, a, 0, 0),
		"access(\"/tmp\", R_OK|W_OK|X_OK)          = 0");
	a[1] = 0;
	assert_string_equal(run("x86_64", &d_access, a, -2, 0),
		"access(\"/tmp\", F_OK)                    = -1 ENOENT (No such file or directory)");
	a[1] = 8;
	assert_string_equal(run("x86_64", &d_access, a, -22, 0),
		"access(\"/tmp\", 0x8 /* ?_OK */)          = -1 EINVAL (Invalid argument)");
	a[1] = 4 | 8;
	assert_string_equal(run("x86_64", &d_access, a, -22, 0),
		"access(\"/tmp\", R_OK|0x8)                = -1 EINVAL (Invalid argument)");
	{
		uint64_t b[6] = { 5, 0x2000, 2, 0x200 | 0x100 };

		assert_string_equal(run("x86_64", &d_faccessat2, b, 0, 0),
			"faccessat2(5, \"/tmp\", W_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS) = 0");
	}
	{
		uint64_t b[6] = { (uint64_t)-100, 0x2000, 0x200 };

		assert_string_equal(run("x86_64", &d_unlinkat, b, -2, 0),
			"unlinkat(AT_FDCWD, \"/tmp\", AT_REMOVEDIR) = -1 ENOENT (No such file or directory)");
	}
	{
		uint64_t b[6] = { (uint64_t)-100, 0x3000, 4, 0x4000, 1 };

		assert_string_equal(run("x86_64", &d_renameat2, b, -20, 0),
			"renameat2(AT_FDCWD, \"a\", 4, \"b\", RENAME_NOREPLACE) = -1 ENOTDIR (Not a directory)");
	}
	{
		uint64_t b[6] = { 3, 2, 2 };

		assert_string_equal(run("x86_64", &d_lseek, b, 8, 0),
			"lseek(3, 2, SEEK_END)                   = 8");
		b[1] = (uint64_t)-60;
		b[2] = 1;
		assert_string_equal(run("x86_64", &d_lseek, b, 54, 0),
			"lseek(3, -60, SEEK_CUR)                 = 54");
		b[1] = 0;
		b[2] = 7;
		assert_string_equal(run("x86_64", &d_lseek, b, -22, 0),
			"lseek(3, 0, 0x7 /* SEEK_??? */)         = -1 EINVAL (Invalid argument)");
	}
	{
		uint64_t b[6] = { 3, 0x3000, 01777 };

		assert_string_equal(run("x86_64", &d_mkdirat, b, -20, 0),
			"mkdirat(3, \"a\", 01777)                  = -1 ENOTDIR (Not a directory)");
	}
	{
		uint64_t b[6] = { 0x2000, 0x5000, 4 };

		assert_string_equal(run("x86_64", &d_readlink, b, 4, 0),
			"readlink(\"/tmp\", \"/tmp\", 4)             = 4");
		assert_string_equal(run("x86_64", &d_readlink, b, -2, 0),
			"readlink(\"/tmp\", 0x5000, 4)             = -1 ENOENT (No such file or directory)");
	}
	{
		uint64_t b[6] = { 0x5000, 512 };

		assert_string_equal(run("x86_64", &d_getcwd, b, 10, 0),
			"getcwd(\"/tmp/p/dd\", 512)                = 10");
	}
	{
		uint64_t b[6] = { (uint64_t)-100, 0x2000, 0x800 | 0x100, 0x1 | 0x200, 0x8 };

		assert_string_equal(run("x86_64", &d_statx, b, -14, 0),
			"statx(AT_FDCWD, \"/tmp\", AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT, STATX_TYPE|STATX_SIZE, 0x8) = -1 EFAULT (Bad address)");
		b[0] = 3;
		b[1] = 0x6000;
		b[2] = 0x4000 | 0x1000;
		b[3] = 0x1fff;
		assert_string_equal(run("x86_64", &d_statx, b, -9, 0),
			"statx(3, \"\", AT_STATX_DONT_SYNC|AT_EMPTY_PATH, STATX_ALL|STATX_MNT_ID, 0x8) = -1 EBADF (Bad file descriptor)");
	}
	{
		uint64_t b[6] = { (uint64_t)-100, 0x2000, 0x8, 0 };

		assert_string_equal(run("x86_64", &d_newfstatat, b, -14, 0),
			"newfstatat(AT_FDCWD, \"/tmp\", 0x8, 0)    = -1 EFAULT (Bad address)");
		b[2] = 0x7ffdcdbb9da0ULL;
		b[3] = 0x100 | 0x800;
		assert_string_equal(run("x86_64", &d_newfstatat, b, -2, 0),
			"newfstatat(AT_FDCWD, \"/tmp\", 0x7ffdcdbb9da0, AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT) = -1 ENOENT (No such file or directory)");
	}
}

static void test_mmap(void **state)
{
	static const struct ltr_syscall_desc d_mmap = {
		"mmap", 6, LTR_RET_HEX, 0, 0, ltr_decode_mmap, { { 0 } }
	};
	static const struct ltr_syscall_desc d_mmap2 = {
		"mmap2", 6, LTR_RET_HEX, 0, 0, ltr_decode_mmap2, { { 0 } }
	};
	static const struct ltr_syscall_desc d_mprotect = {
		"mprotect", 3, LTR_RET_DEC, 0, 0, NULL, { A_PTR, A_ULONG, A_FLAGS(mmap_prot) }
	};
	static const struct ltr_syscall_desc d_madvise = {
		"madvise", 3, LTR_RET_DEC, 0, 0, NULL, { A_PTR, A_ULONG, A_XVAL(madvise_advice) }
	};
	static const struct ltr_syscall_desc d_mremap = {
		"mremap", 5, LTR_RET_HEX, 0, 0, ltr_decode_mremap, { { 0 } }
	};
	static const struct ltr_syscall_desc d_msync = {
		"msync", 3, LTR_RET_DEC, 0, 0, NULL, { A_PTR, A_ULONG, A_FLAGS(msync_flags) }
	};
	static const struct ltr_syscall_desc d_mlockall = {
		"mlockall", 1, LTR_RET_DEC, 0, 0, NULL, { A_FLAGS(mlockall_flags) }
	};
	static const struct ltr_syscall_desc d_mlock2 = {
		"mlock2", 3, LTR_RET_DEC, 0, 0, NULL, { A_PTR, A_ULONG, A_FLAGS(mlock2_flags) }
	};
	static const struct ltr_syscall_desc d_pkey_alloc = {
		"pkey_alloc", 2, LTR_RET_DEC, 0, 0, NULL, { A_HEX, A_FLAGS(pkey_access) }
	};
	uint64_t a[6] = { 0x7fe5d9955000ULL, 339968, 1, 0x2 | 0x10 | 0x800, 3, 0x17c000 };

	(void)state;
	assert_string_equal(run("x86_64", &d_mmap, a, 0x7fe5d9955000LL, 0),
		"mmap(0x7fe5d9955000, 339968, PROT_READ, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x17c000) = 0x7fe5d9955000");
	{
		uint64_t b[6] = { 0, 8192, 3, 0x2 | 0x20 | 0x4000 | 0x100 | 0x20000, (uint32_t)-1, 0 };

		assert_string_equal(run("x86_64", &d_mmap, b, 0x7fe5d99c4000LL, 0),
			"mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE|MAP_GROWSDOWN|MAP_STACK, -1, 0) = 0x7fe5d99c4000");
		b[2] = 0;
		b[3] = 0x1 | 0x20 | 0x8000 | 0x2000 | 0x40000;
		assert_string_equal(run("x86_64", &d_mmap, b, -12, 0),
			"mmap(NULL, 8192, PROT_NONE, MAP_SHARED|MAP_ANONYMOUS|MAP_POPULATE|MAP_LOCKED|MAP_HUGETLB, -1, 0) = -1 ENOMEM (Cannot allocate memory)");
	}
	{
		uint64_t b[6] = { 0x10000, 4096, 1 | 4 | 8 | 0x100,
				  0x3 | 0x100000 | 0x80000 | 0x40 | 0x10000 | 0x4000000, 5, 0x1000 };

		assert_string_equal(run("x86_64", &d_mmap, b, -95, 0),
			"mmap(0x10000, 4096, PROT_READ|PROT_EXEC|PROT_SEM|0x100, MAP_SHARED_VALIDATE|MAP_32BIT|MAP_NONBLOCK|MAP_SYNC|MAP_FIXED_NOREPLACE|1<<MAP_HUGE_SHIFT, 5, 0x1000) = -1 EOPNOTSUPP (Operation not supported)");
		b[2] = 0;
		b[3] = 0xf;
		b[5] = 0;
		assert_string_equal(run("x86_64", &d_mmap, b, -22, 0),
			"mmap(0x10000, 4096, PROT_NONE, 0xf /* MAP_??? */, 5, 0) = -1 EINVAL (Invalid argument)");
		b[0] = 0;
		b[2] = 0x80000000ULL;
		b[3] = 0x80000002ULL;
		b[4] = 0xffffffffULL;
		b[5] = 0x1000000000ULL;
		assert_string_equal(run("x86_64", &d_mmap, b, -9, 0),
			"mmap(NULL, 4096, 0x80000000 /* PROT_??? */, MAP_PRIVATE|32<<MAP_HUGE_SHIFT, -1, 0x1000000000) = -1 EBADF (Bad file descriptor)");
		b[2] = 1 | 0x02000000;
		b[3] = 0x2 | 0x1000 | 0x200 | 0x40000 | (21u << 26);
		b[5] = 0;
		assert_string_equal(run("x86_64", &d_mmap, b, -9, 0),
			"mmap(NULL, 4096, PROT_READ|PROT_GROWSUP, MAP_PRIVATE|MAP_EXECUTABLE|MAP_HUGETLB|0x200|21<<MAP_HUGE_SHIFT, -1, 0) = -1 EBADF (Bad file descriptor)");
	}
	{
		uint64_t b[6] = { 0xf7d05000ULL, 1544192, 1 | 4, 0x2 | 0x10 | 0x800, 3, 0x22 };

		assert_string_equal(run("i386", &d_mmap2, b, 0xf7d05000LL, 0),
			"mmap2(0xf7d05000, 1544192, PROT_READ|PROT_EXEC, MAP_PRIVATE|MAP_FIXED|MAP_DENYWRITE, 3, 0x22000) = 0xf7d05000");
		b[0] = 0;
		assert_string_equal(run("i386", &d_mmap, b, -14, 0),
			"mmap(NULL)                              = -1 EFAULT (Bad address)");
	}
	{
		uint64_t b[6] = { 0x7fe5d99c4000ULL, 4096, 1 | 0x01000000 };

		assert_string_equal(run("x86_64", &d_mprotect, b, 0, 0),
			"mprotect(0x7fe5d99c4000, 4096, PROT_READ|PROT_GROWSDOWN) = 0");
		b[2] = 4;
		assert_string_equal(run("x86_64", &d_madvise, b, 0, 0),
			"madvise(0x7fe5d99c4000, 4096, MADV_DONTNEED) = 0");
		b[2] = 14;
		assert_string_equal(run("x86_64", &d_madvise, b, 0, 0),
			"madvise(0x7fe5d99c4000, 4096, MADV_HUGEPAGE) = 0");
		b[2] = 1000;
		assert_string_equal(run("x86_64", &d_madvise, b, -22, 0),
			"madvise(0x7fe5d99c4000, 4096, 0x3e8 /* MADV_??? */) = -1 EINVAL (Invalid argument)");
	}
	{
		uint64_t b[6] = { 0xffffffffffffffffULL, 4096, 4096, 1 | 2, 0x20000 };

		assert_string_equal(run("x86_64", &d_mremap, b, -22, 0),
			"mremap(0xffffffffffffffff, 4096, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, 0x20000) = -1 EINVAL (Invalid argument)");
		b[3] = 0;
		assert_string_equal(run("x86_64", &d_mremap, b, -22, 0),
			"mremap(0xffffffffffffffff, 4096, 4096, 0) = -1 EINVAL (Invalid argument)");
		b[2] = 4 | 2;
		assert_string_equal(run("x86_64", &d_msync, b, -22, 0),
			"msync(0xffffffffffffffff, 4096, MS_SYNC|MS_INVALIDATE) = -1 EINVAL (Invalid argument)");
	}
	{
		uint64_t b[6] = { 3 };

		assert_string_equal(run("x86_64", &d_mlockall, b, 0, 0),
			"mlockall(MCL_CURRENT|MCL_FUTURE)        = 0");
	}
	{
		/* as strace prints node's and python's calls */
		uint64_t b[6] = { 0x7f9cc2496000ULL, 4096, 1 }, p[6] = { 0, 1 };

		assert_string_equal(run("x86_64", &d_mlock2, b, 0, 0),
			"mlock2(0x7f9cc2496000, 4096, MLOCK_ONFAULT) = 0");
		b[2] = 0;
		assert_string_equal(run("x86_64", &d_mlock2, b, 0, 0),
			"mlock2(0x7f9cc2496000, 4096, 0)         = 0");
		assert_string_equal(run("x86_64", &d_pkey_alloc, p, 1, 0),
			"pkey_alloc(0, PKEY_DISABLE_ACCESS)      = 1");
		p[1] = 3;
		assert_string_equal(run("x86_64", &d_pkey_alloc, p, 1, 0),
			"pkey_alloc(0, PKEY_DISABLE_ACCESS|PKEY_DISABLE_WRITE) = 1");
		p[1] = 0;
		assert_string_equal(run("x86_64", &d_pkey_alloc, p, 1, 0),
			"pkey_alloc(0, 0)                        = 1");
	}
}

static int setup(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	fake_mem_reset();
	fake_call_free(&fc);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structs),
		cmocka_unit_test(test_open),
		cmocka_unit_test(test_file_flags),
		cmocka_unit_test(test_mmap),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
