/* SPDX-License-Identifier: MIT */
/*
 * keyctl, add_key, landlock, quotactl, kexec_load, kcmp, syslog,
 * reboot, process_vm_readv and the other calls of src/decode/keyctl.c,
 * landlock.c, quota.c, kexec.c, kcmp.c, syslog.c, reboot.c,
 * process_vm.c, pidfd.c, swapon.c, sysctl.c on fake tracee memory,
 * with unreadable memory and hostile sizes. Expected strings are what
 * strace 6.1 prints for the call.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"

static struct fake_call fc;

/* The line without the padding before " = " (strace's -a column). */
static const char *squeeze(const char *s)
{
	static char buf[8192];
	const char *eq = strstr(s, "  = ");
	size_t n;

	if (!eq)
		return s;
	n = (size_t)(eq - s);
	while (n && s[n - 1] == ' ')
		n--;
	if (n >= sizeof(buf))
		return s;
	memcpy(buf, s, n);
	while (*eq == ' ')
		eq++;
	snprintf(buf + n, sizeof(buf) - n, " %s", eq);
	return buf;
}

static const char *line(const char *arch, const char *name, const uint64_t args[6],
			int64_t ret)
{
	return squeeze(fake_call_line(&fc, arch, name, args, ret));
}

static const char *verbose_line(const char *arch, const char *name, const uint64_t args[6],
				int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.opts.verbose = true;
	return squeeze(fake_call_run(&fc, ret, NULL));
}

static void test_keyctl(void **state)
{
	uint64_t getid[6] = { 0, 0xfffffffd, 1 };
	uint64_t setperm[6] = { 5, 42, 0x3f010000 };
	uint64_t chown[6] = { 4, 42, 0xffffffff, 1000 };
	uint64_t describe[6] = { 6, 0xfffffffc, 0x1000, 64 };
	uint64_t read[6] = { 11, 42, 0x1000, 4 };
	uint64_t dh[6] = { 23, 0x2000, 0x1000, 8, 0x3000 };
	uint64_t unknown[6] = { 0xfacefeed, 1, 2, 3, 4 };
	uint64_t reject[6] = { 19, 42, 10, 129, 0xfffffffe };
	int32_t dhp[3] = { 1, -4, 3 };
	uint64_t kdf[7] = { 0x4000, 0, 0, 0, 0, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, "user;0;0;3f010000;key", 22);
	fake_mem_map(0x2000, dhp, sizeof(dhp));
	fake_mem_map_str(0x4000, "sha256");
	fake_mem_map(0x3000, kdf, sizeof(kdf));
	assert_string_equal(line("x86_64", "keyctl", getid, 123),
		"keyctl(KEYCTL_GET_KEYRING_ID, KEY_SPEC_SESSION_KEYRING, 1) = 123");
	assert_string_equal(line("x86_64", "keyctl", setperm, 0),
		"keyctl(KEYCTL_SETPERM, 42, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|"
		"KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW) = 0");
	assert_string_equal(line("x86_64", "keyctl", chown, 0),
		"keyctl(KEYCTL_CHOWN, 42, -1, 1000) = 0");
	/* the description without its NUL, cut to what the kernel returned */
	assert_string_equal(line("x86_64", "keyctl", describe, 22),
		"keyctl(KEYCTL_DESCRIBE, KEY_SPEC_USER_KEYRING, \"user;0;0;3f010000;key\", 64) = 22");
	/* a result bigger than the buffer: the buffer's length */
	assert_string_equal(line("x86_64", "keyctl", read, 23),
		"keyctl(KEYCTL_READ, 42, \"user\", 4) = 23");
	assert_string_equal(line("x86_64", "keyctl", read, -14),
		"keyctl(KEYCTL_READ, 42, 0x1000, 4) = -1 EFAULT (Bad address)");
	assert_string_equal(line("x86_64", "keyctl", dh, -95),
		"keyctl(KEYCTL_DH_COMPUTE, {private=1, prime=KEY_SPEC_USER_KEYRING, base=3}, 0x1000, 8, "
		"{hashname=\"sha256\", otherinfo=NULL, otherinfolen=0}) = -1 EOPNOTSUPP (Operation not supported)");
	/* the KDF parameters end past the mapping: the address */
	dh[4] = 0x3000 + sizeof(kdf) - 40;
	assert_string_equal(line("x86_64", "keyctl", dh, -95),
		"keyctl(KEYCTL_DH_COMPUTE, {private=1, prime=KEY_SPEC_USER_KEYRING, base=3}, 0x1000, 8, "
		"0x3010) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(line("x86_64", "keyctl", unknown, -22),
		"keyctl(0xfacefeed /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "keyctl", reject, 0),
		"keyctl(KEYCTL_REJECT, 42, 10, EKEYREJECTED, KEY_SPEC_PROCESS_KEYRING) = 0");
}

static void test_add_key(void **state)
{
	uint64_t a[6] = { 0x1000, 0x1010, 0x1020, 3, 0xfffffff9 };
	uint64_t b[6] = { 0, 0, 0, 0, 0xb669fd2e };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "user");
	fake_mem_map_str(0x1010, "desc");
	fake_mem_map(0x1020, "abc", 3);
	assert_string_equal(line("x86_64", "add_key", a, 42),
		"add_key(\"user\", \"desc\", \"abc\", 3, KEY_SPEC_REQKEY_AUTH_KEY) = 42");
	assert_string_equal(line("x86_64", "add_key", b, -14),
		"add_key(NULL, NULL, NULL, 0, -1234567890) = -1 EFAULT (Bad address)");
}

static void test_landlock(void **state)
{
	uint64_t access = 0x3;
	unsigned char rule[12];
	int32_t fd = -1;
	uint64_t create[6] = { 0x1000, 8, 0 };
	uint64_t big[6] = { 0x1000, 16, 0 };
	uint64_t small[6] = { 0x1000, 7, 0 };
	uint64_t version[6] = { 0, 0, 1 };
	uint64_t add[6] = { 3, 1, 0x2000, 0 };
	uint64_t add_bad[6] = { 3, 1, 0x2000 + 4, 0 };

	(void)state;
	memcpy(rule, &access, 8);
	memcpy(rule + 8, &fd, 4);
	fake_mem_reset();
	fake_mem_map(0x1000, &access, sizeof(access));
	fake_mem_map(0x2000, rule, sizeof(rule));
	assert_string_equal(line("x86_64", "landlock_create_ruleset", create, 3),
		"landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|"
		"LANDLOCK_ACCESS_FS_WRITE_FILE}, 8, 0) = 3");
	assert_string_equal(line("x86_64", "landlock_create_ruleset", big, 3),
		"landlock_create_ruleset({handled_access_fs=LANDLOCK_ACCESS_FS_EXECUTE|"
		"LANDLOCK_ACCESS_FS_WRITE_FILE, ...}, 16, 0) = 3");
	assert_string_equal(line("x86_64", "landlock_create_ruleset", small, -22),
		"landlock_create_ruleset(0x1000, 7, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "landlock_create_ruleset", version, 2),
		"landlock_create_ruleset(NULL, 0, LANDLOCK_CREATE_RULESET_VERSION) = 2");
	assert_string_equal(line("x86_64", "landlock_add_rule", add, 0),
		"landlock_add_rule(3, LANDLOCK_RULE_PATH_BENEATH, {allowed_access=LANDLOCK_ACCESS_FS_EXECUTE|"
		"LANDLOCK_ACCESS_FS_WRITE_FILE, parent_fd=-1}, 0) = 0");
	assert_string_equal(line("x86_64", "landlock_add_rule", add_bad, -14),
		"landlock_add_rule(3, LANDLOCK_RULE_PATH_BENEATH, 0x2004, 0) = -1 EFAULT (Bad address)");
}

static void test_quotactl(void **state)
{
	unsigned char dq[72];
	uint32_t fmt = 2;
	uint64_t get[6] = { 0x80000700, 0, 1000, 0x1000 };
	uint64_t getfmt[6] = { 0x80000401, 0, 0, 0x2000 };
	uint64_t bogus[6] = { 0xbadc0ded, 0, 0xffffffff, 0x3000 };

	(void)state;
	memset(dq, 0, sizeof(dq));
	dq[0] = 10;
	dq[64] = 0x3f;
	fake_mem_reset();
	fake_mem_map_str(0x100, "/dev/sda1");
	fake_mem_map(0x1000, dq, 68);
	fake_mem_map(0x2000, &fmt, sizeof(fmt));
	get[1] = 0x100;
	getfmt[1] = 0x100;
	assert_string_equal(line("x86_64", "quotactl", get, 0),
		"quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/sda1\", 1000, {dqb_bhardlimit=10, "
		"dqb_bsoftlimit=0, dqb_curspace=0, dqb_ihardlimit=0, dqb_isoftlimit=0, dqb_curinodes=0, ...}) = 0");
	assert_string_equal(verbose_line("x86_64", "quotactl", get, 0),
		"quotactl(QCMD(Q_GETQUOTA, USRQUOTA), \"/dev/sda1\", 1000, {dqb_bhardlimit=10, "
		"dqb_bsoftlimit=0, dqb_curspace=0, dqb_ihardlimit=0, dqb_isoftlimit=0, dqb_curinodes=0, "
		"dqb_btime=0, dqb_itime=0, dqb_valid=QIF_BLIMITS|QIF_SPACE|QIF_ILIMITS|QIF_INODES|"
		"QIF_BTIME|QIF_ITIME}) = 0");
	/* Q_GETNEXTQUOTA's struct is 4 bytes longer: unreadable here */
	get[0] = 0x80000900;
	assert_string_equal(line("x86_64", "quotactl", get, 0),
		"quotactl(QCMD(Q_GETNEXTQUOTA, USRQUOTA), \"/dev/sda1\", 1000, 0x1000) = 0");
	assert_string_equal(line("x86_64", "quotactl", getfmt, 0),
		"quotactl(QCMD(Q_GETFMT, GRPQUOTA), \"/dev/sda1\", [QFMT_VFS_V0]) = 0");
	assert_string_equal(line("x86_64", "quotactl", bogus, -22),
		"quotactl(QCMD(0xbadc0d /* Q_??? */, 0xed /* ???QUOTA */), NULL, -1, 0x3000) = -1 EINVAL (Invalid argument)");
	ltr_decode_opts.xlat_style = LTR_XLAT_RAW;
	assert_string_equal(line("x86_64", "quotactl", bogus, -22),
		"quotactl(3134983661, NULL, -1, 0x3000) = -1 EINVAL (Invalid argument)");
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
}

static void test_kexec_kcmp(void **state)
{
	uint64_t seg[8] = { 0x1000, 10, 0x2000, 20, 0, 1, 0, 2 };
	uint64_t load[6] = { 0x10000, 2, 0x5000, 0x3e0001 };
	uint64_t hostile[6] = { 0, 17, 0x5000, 0 };
	uint64_t edge[6] = { 0, 3, 0x5000, 0xbadc0ded00000004ULL };
	uint64_t kcmp[6] = { 1, 2, 0xda7adead, 3, 4 };
	uint64_t vm[6] = { 1, 2, 1, 3, 4 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x5000, seg, sizeof(seg));
	assert_string_equal(line("x86_64", "kexec_load", load, -38),
		"kexec_load(0x10000, 2, [{buf=0x1000, bufsz=10, mem=0x2000, memsz=20}, "
		"{buf=NULL, bufsz=1, mem=NULL, memsz=2}], KEXEC_ARCH_X86_64|KEXEC_ON_CRASH) = -1 ENOSYS (Function not implemented)");
	/* more than KEXEC_SEGMENT_MAX: the address */
	assert_string_equal(line("x86_64", "kexec_load", hostile, -22),
		"kexec_load(NULL, 17, 0x5000, KEXEC_ARCH_DEFAULT) = -1 EINVAL (Invalid argument)");
	/* the third segment cannot be read; the mask of the arch is 32 bits */
	assert_string_equal(line("x86_64", "kexec_load", edge, -22),
		"kexec_load(NULL, 3, [{buf=0x1000, bufsz=10, mem=0x2000, memsz=20}, "
		"{buf=NULL, bufsz=1, mem=NULL, memsz=2}, ... /* 0x5040 */], KEXEC_ARCH_DEFAULT|"
		"0xbadc0ded00000004 /* KEXEC_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "kcmp", kcmp, -3),
		"kcmp(1, 2, 0xda7adead /* KCMP_??? */, 0x3, 0x4) = -1 ESRCH (No such process)");
	assert_string_equal(line("x86_64", "kcmp", vm, 0), "kcmp(1, 2, KCMP_VM) = 0");
}

static void test_misc(void **state)
{
	uint64_t syslog_read[6] = { 3, 0x1000, 64 };
	uint64_t syslog_lvl[6] = { 8, 0, 8 };
	uint64_t reboot[6] = { 0xfee1dead, 0x28121969, 0xa1b2c3d4, 0x2000 };
	uint64_t swapon[6] = { 0x3000, 0x3802a };
	uint64_t unshare[6] = { 0xbadc0ded0000000fULL };
	uint64_t setns[6] = { 3, 0x40000000 };
	uint64_t sysctl[6] = { 0x4000 };
	uint64_t sysargs[10] = { 0, 3, 0, 0, 0, 7, 0, 0, 0, 0 };
	uint64_t pidfd_getfd[6] = { 3, 4, 0xdefaced00000000ULL };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, "<6>hello", 8);
	fake_mem_map_str(0x2000, "firmware");
	fake_mem_map_str(0x3000, "swapfile");
	fake_mem_map(0x4000, sysargs, sizeof(sysargs));
	assert_string_equal(line("x86_64", "syslog", syslog_read, 8),
		"syslog(3 /* SYSLOG_ACTION_READ_ALL */, \"<6>hello\", 64) = 8");
	assert_string_equal(line("x86_64", "syslog", syslog_lvl, 0),
		"syslog(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 8 /* LOGLEVEL_DEBUG+1 */) = 0");
	assert_string_equal(line("x86_64", "reboot", reboot, -1),
		"reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, \"firmware\") = -1 EPERM (Operation not permitted)");
	assert_string_equal(line("x86_64", "swapon", swapon, -1),
		"swapon(\"swapfile\", SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|SWAP_FLAG_DISCARD_ONCE|42) = -1 EPERM (Operation not permitted)");
	assert_string_equal(line("x86_64", "unshare", unshare, -22),
		"unshare(0xbadc0ded0000000f /* CLONE_??? */) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "setns", setns, 0), "setns(3, CLONE_NEWNET) = 0");
	assert_string_equal(line("x86_64", "_sysctl", sysctl, -38),
		"_sysctl({name=NULL, nlen=3, oldval=NULL, oldlenp=NULL, newval=NULL, newlen=7}) = -1 ENOSYS (Function not implemented)");
	sysctl[0] = 0x4000 + sizeof(sysargs) - 8;
	assert_string_equal(line("x86_64", "_sysctl", sysctl, -38),
		"_sysctl(0x4048) = -1 ENOSYS (Function not implemented)");
	/* flags: an unsigned int, the upper half ignored */
	assert_string_equal(line("x86_64", "pidfd_getfd", pidfd_getfd, -9),
		"pidfd_getfd(3, 4, 0) = -1 EBADF (Bad file descriptor)");
}

static void test_process_vm(void **state)
{
	uint64_t local[4] = { 0x2000, 3, 0x2010, 8 };
	uint64_t remote[2] = { 0x7f0000000000ULL, 11 };
	uint64_t a[6] = { 42, 0x1000, 2, 0x1100, 1, 0 };
	uint64_t bad[6] = { 42, 0x1000, 3, 0x1100, 1, 0xdeadbeefULL };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, local, sizeof(local));
	fake_mem_map(0x1100, remote, sizeof(remote));
	fake_mem_map(0x2000, "abc", 3);
	fake_mem_map(0x2010, "defghijk", 8);
	/* the local buffers show what was read, at most the result */
	assert_string_equal(line("x86_64", "process_vm_readv", a, 5),
		"process_vm_readv(42, [{iov_base=\"abc\", iov_len=3}, {iov_base=\"de\", iov_len=8}], 2, "
		"[{iov_base=0x7f0000000000, iov_len=11}], 1, 0) = 5");
	assert_string_equal(line("x86_64", "process_vm_readv", bad, -14),
		"process_vm_readv(42, [{iov_base=0x2000, iov_len=3}, {iov_base=0x2010, iov_len=8}, "
		"... /* 0x1020 */], 3, [{iov_base=0x7f0000000000, iov_len=11}], 1, 3735928559) = -1 EFAULT (Bad address)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keyctl),
		cmocka_unit_test(test_add_key),
		cmocka_unit_test(test_landlock),
		cmocka_unit_test(test_quotactl),
		cmocka_unit_test(test_kexec_kcmp),
		cmocka_unit_test(test_misc),
		cmocka_unit_test(test_process_vm),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
