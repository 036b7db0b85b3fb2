/* SPDX-License-Identifier: MIT */
/*
 * The decoders added for issue 4's gaps, through their syscalls.def rows
 * on fake tracee memory: select/pselect6, poll's revents, statfs, capget,
 * getgroups, mknod, openat2, signalfd4, io_uring_setup, epoll_pwait2,
 * fanotify, the file ioctls, flag sets with an unknown-bits comment and
 * utimensat's date comment. Expected lines: strace 6.1 on the same calls
 * (64-bit and -m32 programs).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *arch, const char *name, const uint64_t args[6],
		       int64_t ret)
{
	return fake_call_line(&fc, arch, name, args, ret);
}

static void test_select(void **state)
{
	uint64_t in = (1u << 3) | (1u << 5), out = (1u << 4) | (1u << 6);
	uint64_t in_ready = 1u << 3, none = 0;
	int64_t ts[2] = { 0, 50000000 }, left[2] = { 0, 49995461 };
	uint64_t sigset = 1u << 1;  /* SIGINT */
	uint64_t sm[2] = { 0x5000, 8 };
	uint32_t tv32[2] = { 0, 1000 }, in32 = 1u << 3;
	uint64_t p1[6] = { 7, 0x1000, 0x1100, 0, 0x2000, 0x3000 };
	uint64_t p2[6] = { 0, 0, 0, 0, 0x2000, 0 };
	uint64_t p3[6] = { 1u << 30, 0x9000, 0, 0, 0, 0 };
	uint64_t ns[6] = { 4, 0x4000, 0, 0, 0x4100 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &in, 8);
	fake_mem_map(0x1100, &out, 8);
	fake_mem_map(0x2000, ts, sizeof(ts));
	fake_mem_map(0x3000, sm, sizeof(sm));
	fake_mem_map(0x5000, &sigset, 8);
	fake_mem_map(0x4000, &in32, 4);
	fake_mem_map(0x4100, tv32, sizeof(tv32));
	/* the entry is printed before the kernel changes the sets */
	fake_call_init(&fc, "x86_64", "pselect6", p1);
	fc.desc = *ltr_syscall_desc_find("pselect6");
	ltr_decode_entry(&fc.c);
	fake_mem_reset();
	fake_mem_map(0x1000, &in_ready, 8);
	fake_mem_map(0x1100, &out, 8);
	fake_mem_map(0x2000, left, sizeof(left));
	fake_call_exit(&fc, 3);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"pselect6(7, [3 5], [4 6], NULL, {tv_sec=0, tv_nsec=50000000}, {sigmask=[INT], sigsetsize=8}) = 3 (in [3], out [4 6], left {tv_sec=0, tv_nsec=49995461})");
	assert_string_equal(run("x86_64", "pselect6", p2, 0),
		"pselect6(0, NULL, NULL, NULL, {tv_sec=0, tv_nsec=49995461}, NULL) = 0 (Timeout)");
	/* a hostile nfds over an unreadable set: the address */
	assert_string_equal(run("x86_64", "pselect6", p3, -14),
		"pselect6(1073741824, 0x9000, NULL, NULL, NULL, NULL) = -1 EFAULT (Bad address)");
	fake_mem_map(0x4000, &in32, 4);
	fake_mem_map(0x4100, tv32, sizeof(tv32));
	fake_mem_map(0x1000, &none, 8);
	assert_string_equal(run("i386", "_newselect", ns, 1),
		"_newselect(4, [3], NULL, NULL, {tv_sec=0, tv_usec=1000}) = 1 (in [3], left {tv_sec=0, tv_usec=1000})");
	ns[1] = 0x1000;
	assert_string_equal(run("i386", "_newselect", ns, 0),
		"_newselect(4, [], NULL, NULL, {tv_sec=0, tv_usec=1000}) = 0 (Timeout)");
}

static void test_poll_revents(void **state)
{
	int32_t pfd[2 * 40];
	uint64_t p[6] = { 0x1000, 40, 0 };
	struct ltr_strbuf want = LTR_STRBUF_INIT;
	unsigned i;

	(void)state;
	for (i = 0; i < 40; i++) {
		pfd[2 * i] = (i % 2) ? (int32_t)(100 + i) : (i < 4 ? (int32_t)i : -1);
		pfd[2 * i + 1] = 0x1 | 0x4;  /* events POLLIN|POLLOUT */
		if (pfd[2 * i] >= 100)
			pfd[2 * i + 1] |= 0x20 << 16;  /* revents POLLNVAL */
		else if (pfd[2 * i] >= 0)
			pfd[2 * i + 1] |= 0x5 << 16;
	}
	fake_mem_reset();
	fake_mem_map(0x1000, pfd, sizeof(pfd));
	ltr_sb_puts(&want, "poll([");
	for (i = 0; i < 32; i++) {
		if (i)
			ltr_sb_puts(&want, ", ");
		if (pfd[2 * i] < 0)
			ltr_sb_puts(&want, "{fd=-1}");
		else
			ltr_sb_printf(&want, "{fd=%d, events=POLLIN|POLLOUT}", pfd[2 * i]);
	}
	ltr_sb_puts(&want, ", ...], 40, 0) = 22 ([{fd=0, revents=POLLIN|POLLOUT}, {fd=101, revents=POLLNVAL}, {fd=2, revents=POLLIN|POLLOUT}, {fd=103, revents=POLLNVAL}, {fd=105, revents=POLLNVAL}, {fd=107, revents=POLLNVAL}, {fd=109, revents=POLLNVAL}, {fd=111, revents=POLLNVAL}, {fd=113, revents=POLLNVAL}, {fd=115, revents=POLLNVAL}, {fd=117, revents=POLLNVAL}, {fd=119, revents=POLLNVAL}, {fd=121, revents=POLLNVAL}, {fd=123, revents=POLLNVAL}, {fd=125, revents=POLLNVAL}, {fd=127, revents=POLLNVAL}, {fd=129, revents=POLLNVAL}, {fd=131, revents=POLLNVAL}, {fd=133, revents=POLLNVAL}, {fd=135, revents=POLLNVAL}, {fd=137, revents=POLLNVAL}, {fd=139, revents=POLLNVAL}])");
	assert_string_equal(run("x86_64", "poll", p, 22), ltr_sb_cstr(&want));
	ltr_sb_free(&want);

	/* more than 32 entries with revents: 32, then "..." */
	for (i = 0; i < 40; i++) {
		pfd[2 * i] = (int32_t)i;
		pfd[2 * i + 1] = 0x1 | (0x20 << 16);
	}
	fake_mem_reset();
	fake_mem_map(0x1000, pfd, sizeof(pfd));
	{
		const char *line = run("x86_64", "poll", p, 40);
		const char *tail = strstr(line, " = 40 ([");

		assert_non_null(tail);
		assert_non_null(strstr(tail, "{fd=31, revents=POLLNVAL}, ...])"));
		assert_null(strstr(tail, "fd=32,"));
	}
}

static void test_statfs(void **state)
{
	uint64_t sf[15] = { 0xEF53, 4096, 66053021, 61643562, 20674838, 16777216,
			    16359254, 0x7037a9fc1771c116ull, 255, 4096, 0x1020 };
	uint32_t sf32[21] = { 0x50495045, 4096, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
			      0xf, 0, 255, 4096, 0x20 };
	uint64_t a[6] = { 0x1000, 0x2000 }, a32[6] = { 3, 84, 0x3000 };
	uint64_t bad[6] = { 0x1000, 0x2008 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, ".");
	fake_mem_map(0x2000, sf, sizeof(sf));
	fake_mem_map(0x3000, sf32, 84);
	assert_string_equal(run("x86_64", "statfs", a, 0),
		"statfs(\".\", {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=66053021, f_bfree=61643562, f_bavail=20674838, f_files=16777216, f_ffree=16359254, f_fsid={val=[0x1771c116, 0x7037a9fc]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RELATIME}) = 0");
	assert_string_equal(run("i386", "fstatfs64", a32, 0),
		"fstatfs64(3, 84, {f_type=PIPEFS_MAGIC, f_bsize=4096, f_blocks=0, f_bfree=0, f_bavail=0, f_files=0, f_ffree=0, f_fsid={val=[0xf, 0]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID}) = 0");
	/* a read-only mount: ST_VALID first, as strace 6.1 prints it */
	sf[10] = 0x1027;
	fake_mem_map(0x2000, sf, sizeof(sf));
	assert_string_equal(run("x86_64", "statfs", a, 0),
		"statfs(\".\", {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, f_blocks=66053021, f_bfree=61643562, f_bavail=20674838, f_files=16777216, f_ffree=16359254, f_fsid={val=[0x1771c116, 0x7037a9fc]}, f_namelen=255, f_frsize=4096, f_flags=ST_VALID|ST_RDONLY|ST_NOSUID|ST_NODEV|ST_RELATIME}) = 0");
	/* truncated struct (runs into unmapped memory): the address */
	assert_string_equal(run("x86_64", "statfs", bad, 0),
		"statfs(\".\", 0x2008)                     = 0");
	assert_string_equal(run("x86_64", "statfs", a, -2),
		"statfs(\".\", 0x2000)                     = -1 ENOENT (No such file or directory)");
}

static void test_creds(void **state)
{
	uint32_t hdr3[2] = { 0x20080522, 0 }, hdr1[2] = { 0x19980330, 0 };
	uint32_t data[6] = { 0x3, 0x1 | (1u << 21), 0, 0x100, 0, 0 };
	uint32_t gids[2] = { 0, 1 };
	uint16_t gids16[2] = { 0, 0xffff };
	uint64_t cg[6] = { 0x1000, 0x2000 }, cg1[6] = { 0x1100, 0x2000 };
	uint64_t cgn[6] = { 0x1000, 0 };
	uint64_t gg0[6] = { 0, 0x3000 }, gg2[6] = { 2, 0x3000 };
	uint64_t sg[6] = { 2, 0x3100 };
	uint64_t pr[6] = { 23, 0x30 }, pr0[6] = { 23, 40 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, hdr3, sizeof(hdr3));
	fake_mem_map(0x1100, hdr1, sizeof(hdr1));
	fake_mem_map(0x2000, data, sizeof(data));
	fake_mem_map(0x3000, gids, sizeof(gids));
	fake_mem_map(0x3100, gids16, sizeof(gids16));
	assert_string_equal(run("x86_64", "capget", cg, 0),
		"capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE|1<<CAP_CHECKPOINT_RESTORE, permitted=1<<CAP_CHOWN|1<<CAP_SYS_ADMIN, inheritable=0}) = 0");
	assert_string_equal(run("x86_64", "capget", cg1, 0),
		"capget({version=_LINUX_CAPABILITY_VERSION_1, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE, permitted=1<<CAP_CHOWN|1<<CAP_SYS_ADMIN, inheritable=0}) = 0");
	assert_string_equal(run("x86_64", "capget", cgn, 0),
		"capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, NULL) = 0");
	assert_string_equal(run("x86_64", "capset", cg1, -1),
		"capset({version=_LINUX_CAPABILITY_VERSION_1, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_DAC_OVERRIDE, permitted=1<<CAP_CHOWN|1<<CAP_SYS_ADMIN, inheritable=0}) = -1 EPERM (Operation not permitted)");
	assert_string_equal(run("x86_64", "prctl", pr, -22),
		"prctl(PR_CAPBSET_READ, 0x30 /* CAP_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "prctl", pr0, 1),
		"prctl(PR_CAPBSET_READ, CAP_CHECKPOINT_RESTORE) = 1");
	assert_string_equal(run("x86_64", "getgroups", gg0, 0),
		"getgroups(0, [])                        = 0");
	assert_string_equal(run("x86_64", "getgroups", gg2, 2),
		"getgroups(2, [0, 1])                    = 2");
	assert_string_equal(run("i386", "getgroups32", gg2, 2),
		"getgroups32(2, [0, 1])                  = 2");
	assert_string_equal(run("i386", "setgroups", sg, 0),
		"setgroups(2, [0, -1])                   = 0");
	gg2[1] = 0;
	assert_string_equal(run("x86_64", "getgroups", gg2, 0),
		"getgroups(2, NULL)                      = 0");
	gg2[1] = 0x9000;
	assert_string_equal(run("x86_64", "getgroups", gg2, -14),
		"getgroups(2, 0x9000)                    = -1 EFAULT (Bad address)");
}

static void test_files(void **state)
{
	uint64_t how[3] = { 02000000, 0, 4 }, how2[3] = { 0101, 0644, 0x40 };
	uint64_t mk1[6] = { (uint32_t)-100, 0x1000, 010600, 0 };
	uint64_t mk2[6] = { (uint32_t)-100, 0x1000, 020600, 0x103 };
	uint64_t mk3[6] = { (uint32_t)-100, 0x1000, 060644, 0x801 };
	uint64_t mk4[6] = { 0x1000, 020600, 0x103 };
	uint64_t o1[6] = { (uint32_t)-100, 0x1100, 0x2000, 24 };
	uint64_t o2[6] = { (uint32_t)-100, 0x1100, 0x2100, 24 };
	uint64_t o3[6] = { (uint32_t)-100, 0x1100, 0x2000, 8 };
	uint64_t r1[6] = { (uint32_t)-100, 0x1200, (uint32_t)-100, 0x1300, 1 };
	uint64_t r2[6] = { (uint32_t)-100, 0x1200, (uint32_t)-100, 0x1300, 0x10 };
	int64_t t0[4] = { 1795710927, 0, 1795710927, 5 };
	uint64_t ut[6] = { 5, 0, 0x3000, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "nodc");
	fake_mem_map_str(0x1100, "/etc/passwd");
	fake_mem_map_str(0x1200, "x1");
	fake_mem_map_str(0x1300, "x2");
	fake_mem_map(0x2000, how, sizeof(how));
	fake_mem_map(0x2100, how2, sizeof(how2));
	fake_mem_map(0x3000, t0, sizeof(t0));
	assert_string_equal(run("x86_64", "mknodat", mk1, 0),
		"mknodat(AT_FDCWD, \"nodc\", S_IFIFO|0600) = 0");
	assert_string_equal(run("x86_64", "mknodat", mk2, 0),
		"mknodat(AT_FDCWD, \"nodc\", S_IFCHR|0600, makedev(0x1, 0x3)) = 0");
	assert_string_equal(run("i386", "mknodat", mk3, -17),
		"mknodat(AT_FDCWD, \"nodc\", S_IFBLK|0644, makedev(0x8, 0x1)) = -1 EEXIST (File exists)");
	assert_string_equal(run("i386", "mknod", mk4, 0),
		"mknod(\"nodc\", S_IFCHR|0600, makedev(0x1, 0x3)) = 0");
	assert_string_equal(run("x86_64", "openat2", o1, 7),
		"openat2(AT_FDCWD, \"/etc/passwd\", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS}, 24) = 7");
	assert_string_equal(run("x86_64", "openat2", o2, -22),
		"openat2(AT_FDCWD, \"/etc/passwd\", {flags=O_WRONLY|O_CREAT, mode=0644, resolve=0x40 /* RESOLVE_??? */}, 24) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "openat2", o3, -22),
		"openat2(AT_FDCWD, \"/etc/passwd\", 0x2000, 8) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "renameat2", r1, -2),
		"renameat2(AT_FDCWD, \"x1\", AT_FDCWD, \"x2\", RENAME_NOREPLACE) = -1 ENOENT (No such file or directory)");
	assert_string_equal(run("x86_64", "renameat2", r2, -22),
		"renameat2(AT_FDCWD, \"x1\", AT_FDCWD, \"x2\", 0x10 /* RENAME_?? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "utimensat", ut, 0),
		"utimensat(5, NULL, [{tv_sec=1795710927, tv_nsec=0} /* 2026-11-26T16:35:27+0000 */, {tv_sec=1795710927, tv_nsec=5} /* 2026-11-26T16:35:27.000000005+0000 */], 0) = 0");
}

static void test_fds(void **state)
{
	uint64_t sigset = 1u << 1;
	int64_t ts[2] = { 0, 0 };
	uint32_t up[30] = { 4, 8, 0, 0, 0, 0x3fff };
	uint64_t sfd[6] = { (uint64_t)-1, 0x1000, 8, 02000000 | 04000 };
	uint64_t sfd0[6] = { (uint64_t)-1, 0x1000, 8, 0 };
	uint64_t us[6] = { 4, 0x3000 };
	uint64_t ep[6] = { 9, 0x4000, 1, 0x2000, 0x1000, 8 };
	uint64_t ep2[6] = { 9, 0x4000, 1, 0, 0, 8 };
	uint64_t fi[6] = { 0x1, 0 };
	uint64_t fm[6] = { 11, 0x1, 0x28, (uint32_t)-100, 0x5000 };
	uint64_t fm32[6] = { 3, 0x11, 0x40000002, 0x0, 3, 0 };
	uint64_t so[6] = { 2, 1 | 0x40, 0 }, so2[6] = { 2, 0xc0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &sigset, 8);
	fake_mem_map(0x2000, ts, sizeof(ts));
	fake_mem_map_str(0x5000, "/tmp");
	up[10] = 0; up[11] = 4; up[12] = 16; up[13] = 24; up[14] = 36; up[15] = 32; up[16] = 192;
	up[20] = 8; up[21] = 12; up[22] = 20; up[23] = 28; up[24] = 44; up[25] = 64; up[26] = 40;
	fake_mem_map(0x3000, up, sizeof(up));
	assert_string_equal(run("x86_64", "signalfd4", sfd, 8),
		"signalfd4(-1, [INT], 8, SFD_CLOEXEC|SFD_NONBLOCK) = 8");
	assert_string_equal(run("i386", "signalfd4", sfd0, 8),
		"signalfd4(-1, [INT], 8, 0)              = 8");
	assert_string_equal(run("x86_64", "io_uring_setup", us, 9),
		"io_uring_setup(4, {flags=0, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=4, cq_entries=8, features=IORING_FEAT_SINGLE_MMAP|IORING_FEAT_NODROP|IORING_FEAT_SUBMIT_STABLE|IORING_FEAT_RW_CUR_POS|IORING_FEAT_CUR_PERSONALITY|IORING_FEAT_FAST_POLL|IORING_FEAT_POLL_32BITS|IORING_FEAT_SQPOLL_NONFIXED|IORING_FEAT_EXT_ARG|IORING_FEAT_NATIVE_WORKERS|IORING_FEAT_RSRC_TAGS|IORING_FEAT_CQE_SKIP|IORING_FEAT_LINKED_FILE|0x2000, sq_off={head=0, tail=4, ring_mask=16, ring_entries=24, flags=36, dropped=32, array=192}, cq_off={head=8, tail=12, ring_mask=20, ring_entries=28, overflow=44, cqes=64, flags=40}}) = 9");
	assert_string_equal(run("x86_64", "epoll_pwait2", ep, 0),
		"epoll_pwait2(9, [], 1, {tv_sec=0, tv_nsec=0}, [INT], 8) = 0");
	assert_string_equal(run("x86_64", "epoll_pwait2", ep2, -4),
		"epoll_pwait2(9, 0x4000, 1, NULL, NULL, 8) = -1 EINTR (Interrupted system call)");
	assert_string_equal(run("x86_64", "fanotify_init", fi, 11),
		"fanotify_init(FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY) = 11");
	assert_string_equal(run("x86_64", "fanotify_mark", fm, 0),
		"fanotify_mark(11, FAN_MARK_ADD, FAN_CLOSE_WRITE|FAN_OPEN, AT_FDCWD, \"/tmp\") = 0");
	fm32[2] = 0x48000002;
	assert_string_equal(run("i386", "fanotify_mark", fm32, -22),
		"fanotify_mark(3, FAN_MARK_ADD|FAN_MARK_MOUNT, FAN_MODIFY|FAN_ONDIR|FAN_EVENT_ON_CHILD, 3, NULL) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "socket", so, -22),
		"socket(AF_INET, SOCK_STREAM|0x40 /* SOCK_??? */, IPPROTO_IP) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "socket", so2, -22),
		"socket(AF_INET, 0xc0 /* SOCK_??? */, IPPROTO_IP) = -1 EINVAL (Invalid argument)");
}

static void test_ioctl_files(void **state)
{
	uint32_t fl = 8 | 0x40 | 0x80 | 0x400 | 0x2000 | 0x10000 | 0x20000 | 0x40000 |
		0x400000 | 0x40000000 | 0x80000000u | 0x5000000;
	int64_t fcr[4] = { 0 };
	uint64_t clone[6] = { 4, 0x40049409, 3 };
	uint64_t setfl[6] = { 3, 0x40086602, 0x1000 };
	uint64_t getfl[6] = { 3, 0x80086601, 0x7ffdd23944a0 };
	uint64_t getfl32[6] = { 3, 0x80046601, 0x1000 };
	uint64_t range[6] = { 3, 0x4020940d, 0x2000 };
	uint64_t dedupe[6] = { 3, 0xc0189436, 0x2000 };
	uint64_t qsize[6] = { 3, 0x5460, 0x7ffdd23944a0 };
	uint64_t flsh[6] = { 3, 0x540B, 0 };
	uint64_t unk[6] = { 3, 0x7802, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &fl, sizeof(fl));
	fake_mem_map(0x2000, fcr, sizeof(fcr));
	assert_string_equal(run("x86_64", "ioctl", clone, -95),
		"ioctl(4, BTRFS_IOC_CLONE or FICLONE, 3) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(run("x86_64", "ioctl", setfl, -25),
		"ioctl(3, FS_IOC_SETFLAGS, [FS_SYNC_FL|FS_NODUMP_FL|FS_NOATIME_FL|FS_NOCOMP_FL|FS_IMAGIC_FL|FS_DIRSYNC_FL|FS_TOPDIR_FL|FS_HUGE_FILE_FL|FS_EOFBLOCKS_FL|FS_CASEFOLD_FL|FS_RESERVED_FL|0x5000000]) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("x86_64", "ioctl", getfl, -25),
		"ioctl(3, FS_IOC_GETFLAGS, 0x7ffdd23944a0) = -1 ENOTTY (Inappropriate ioctl for device)");
	fl = 0x80000;
	fake_mem_reset();
	fake_mem_map(0x1000, &fl, sizeof(fl));
	fake_mem_map(0x2000, fcr, sizeof(fcr));
	assert_string_equal(run("i386", "ioctl", getfl32, 0),
		"ioctl(3, FS_IOC32_GETFLAGS, [FS_EXTENT_FL]) = 0");
	assert_string_equal(run("x86_64", "ioctl", range, -18),
		"ioctl(3, BTRFS_IOC_CLONE_RANGE or FICLONERANGE, {src_fd=0, src_offset=0, src_length=0, dest_offset=0}) = -1 EXDEV (Invalid cross-device link)");
	assert_string_equal(run("x86_64", "ioctl", dedupe, -22),
		"ioctl(3, BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE, {src_offset=0, src_length=0, dest_count=0, info=[]}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "ioctl", qsize, -25),
		"ioctl(3, FIOQSIZE, 0x7ffdd23944a0)      = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("x86_64", "ioctl", flsh, -25),
		"ioctl(3, TCFLSH, TCIFLUSH)              = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("x86_64", "ioctl", unk, -25),
		"ioctl(3, _IOC(_IOC_NONE, 0x78, 0x2, 0), 0) = -1 ENOTTY (Inappropriate ioctl for device)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_select),
		cmocka_unit_test(test_poll_revents),
		cmocka_unit_test(test_statfs),
		cmocka_unit_test(test_creds),
		cmocka_unit_test(test_files),
		cmocka_unit_test(test_fds),
		cmocka_unit_test(test_ioctl_files),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
