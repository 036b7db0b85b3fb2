/* SPDX-License-Identifier: MIT */
/*
 * prctl, arch_prctl and seccomp (src/decode/prctl.c, seccomp.c) on fake
 * tracee memory: each option's arguments as the kernel reads them, the
 * results' comments, the BPF filter printer with unreadable and hostile
 * programs. Expected strings are what strace 6.1 prints for the call.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"

static struct fake_call fc;

/*
 * The line without the padding before " = " (strace's -a column), so
 * that the expected strings read as one call.
 */
static const char *squeeze(const char *s)
{
	static char buf[4096];
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

/* The same with -X style. */
static const char *styled(enum ltr_xlat_style style, const char *name,
			  const uint64_t args[6], int64_t ret)
{
	const char *s;

	ltr_decode_opts.xlat_style = style;
	s = line("x86_64", name, args, ret);
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return s;
}

/* One call with -v (structures and arrays in full). */
static const char *verbose_line(const char *arch, const char *name, const uint64_t args[6],
				int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.opts.verbose = true;
	return squeeze(fake_call_run(&fc, ret, NULL));
}

static void test_prctl_args(void **state)
{
	/* int-sized arguments: the upper half is ignored */
	uint64_t secure[6] = { 0xbadc0ded0000001cULL, 0xdeadbeef00000011ULL };
	uint64_t ambient[6] = { 47, 2, 13, 0, 0 };
	uint64_t unknown[6] = { 0xfacefeed, 1, 2, 3, 4 };
	uint64_t ptracer[6] = { 0x59616d61, 0xffffffffffffffffULL, 1, 2, 3 };
	uint64_t sud[6] = { 59, 1, 0x1000, 0x20, 0 };
	uint64_t pdeath[6] = { 1, 0xdeadbeef };
	uint64_t sched[6] = { 62, 0xffffffff00000000ULL, 42, 2, 0 };

	(void)state;
	fake_mem_reset();
	assert_string_equal(line("x86_64", "prctl", secure, 0),
		"prctl(PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_KEEP_CAPS|0xdeadbeef00000000) = 0");
	secure[1] = 0x11;
	assert_string_equal(line("x86_64", "prctl", secure, 0),
		"prctl(PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_KEEP_CAPS) = 0");
	assert_string_equal(line("x86_64", "prctl", ambient, -1),
		"prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_RAW, 0, 0) = -1 EPERM (Operation not permitted)");
	assert_string_equal(line("x86_64", "prctl", unknown, -22),
		"prctl(0xfacefeed /* PR_??? */, 0x1, 0x2, 0x3, 0x4) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "prctl", ptracer, 0),
		"prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = 0");
	assert_string_equal(styled(LTR_XLAT_RAW, "prctl", ptracer, 0),
		"prctl(0x59616d61, -1) = 0");
	assert_string_equal(line("x86_64", "prctl", sud, 0),
		"prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, 0x1000, 0x20, NULL) = 0");
	assert_string_equal(line("x86_64", "prctl", pdeath, -22),
		"prctl(PR_SET_PDEATHSIG, 3735928559) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "prctl", sched, -22),
		"prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 42, 0x2 /* PIDTYPE_PGID */, NULL) = -1 EINVAL (Invalid argument)");
}

static void test_prctl_results(void **state)
{
	uint64_t getsec[6] = { 27 };
	uint64_t sve[6] = { 50, 0x60010 };
	uint64_t tagged[6] = { 56 };
	uint64_t spec[6] = { 52, 0 };
	uint64_t dumpable[6] = { 3 };

	(void)state;
	assert_string_equal(line("x86_64", "prctl", getsec, 0x111),
		"prctl(PR_GET_SECUREBITS) = 0x111 (SECBIT_NOROOT|SECBIT_KEEP_CAPS|0x100)");
	assert_string_equal(line("x86_64", "prctl", getsec, 0),
		"prctl(PR_GET_SECUREBITS) = 0");
	/* no known bit: no comment */
	assert_string_equal(line("x86_64", "prctl", getsec, 0x100),
		"prctl(PR_GET_SECUREBITS) = 0x100");
	assert_string_equal(styled(LTR_XLAT_RAW, "prctl", getsec, 0x111),
		"prctl(0x1b) = 0x111");
	assert_string_equal(line("x86_64", "prctl", sve, 0x20010),
		"prctl(PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10) = 0x20010 (PR_SVE_VL_INHERIT|0x10)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "prctl", sve, 0x10),
		"prctl(0x32 /* PR_SVE_SET_VL */, 0x60010 /* PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10 */) = 0x10");
	assert_string_equal(line("x86_64", "prctl", tagged, 0x47fff9),
		"prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0) = 0x47fff9 (PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE|0xffff<<PR_MTE_TAG_SHIFT|0x400000)");
	assert_string_equal(line("x86_64", "prctl", tagged, 0x2),
		"prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0) = 0x2 (!PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC)");
	assert_string_equal(line("x86_64", "prctl", spec, 0),
		"prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS) = 0 (PR_SPEC_NOT_AFFECTED)");
	assert_string_equal(line("x86_64", "prctl", dumpable, 1),
		"prctl(PR_GET_DUMPABLE) = 1 (SUID_DUMP_USER)");
}

static void test_prctl_memory(void **state)
{
	uint64_t setname[6] = { 15, 0x1000 };
	uint64_t getname[6] = { 16, 0x2000 };
	uint64_t getname_bad[6] = { 16, 0x3000 };
	uint64_t tsc[6] = { 25, 0x4000 };
	uint64_t tid[6] = { 40, 0x5000 };
	uint64_t sched[6] = { 62, 0, 42, 0, 0x6000 };
	uint32_t one = 1;
	uint64_t tidaddr = 0x7f0011223344ULL, cookie = 0xdeadbeefULL;

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "123456789abcdef");
	fake_mem_map_str(0x2000, "worker");
	fake_mem_map(0x3000, "0123456789abcdef", 16); /* no NUL within 16 bytes */
	fake_mem_map(0x4000, &one, sizeof(one));
	fake_mem_map(0x5000, &tidaddr, sizeof(tidaddr));
	fake_mem_map(0x6000, &cookie, sizeof(cookie));
	/* a name of 15 bytes: strace's "..." whatever follows */
	assert_string_equal(line("x86_64", "prctl", setname, 0),
		"prctl(PR_SET_NAME, \"123456789abcdef\"...) = 0");
	assert_string_equal(line("x86_64", "prctl", getname, 0),
		"prctl(PR_GET_NAME, \"worker\") = 0");
	assert_string_equal(line("x86_64", "prctl", getname_bad, 0),
		"prctl(PR_GET_NAME, \"0123456789abcdef\"...) = 0");
	/* a failed call shows the address, not the memory */
	assert_string_equal(line("x86_64", "prctl", getname, -14),
		"prctl(PR_GET_NAME, 0x2000) = -1 EFAULT (Bad address)");
	assert_string_equal(line("x86_64", "prctl", tsc, 0),
		"prctl(PR_GET_TSC, [PR_TSC_ENABLE]) = 0");
	/* unreadable */
	tsc[1] = 0x9000;
	assert_string_equal(line("x86_64", "prctl", tsc, 0),
		"prctl(PR_GET_TSC, 0x9000) = 0");
	assert_string_equal(line("x86_64", "prctl", tid, 0),
		"prctl(PR_GET_TID_ADDRESS, [0x7f0011223344]) = 0");
	/* an i386 tracee stores a 4-byte pointer */
	assert_string_equal(line("i386", "prctl", tid, 0),
		"prctl(PR_GET_TID_ADDRESS, [0x11223344]) = 0");
	assert_string_equal(line("x86_64", "prctl", sched, 0),
		"prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 42, 0 /* PIDTYPE_PID */, [0xdeadbeef]) = 0");
}

static void test_arch_prctl(void **state)
{
	uint64_t unknown[6] = { 0, 0 };
	uint64_t supp[6] = { 0x1021, 0x1000 };
	uint64_t req[6] = { 0x1023, 18 };
	uint64_t mask = 0x60003;

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &mask, sizeof(mask));
	assert_string_equal(line("x86_64", "arch_prctl", unknown, -22),
		"arch_prctl(0 /* ARCH_??? */, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "arch_prctl", supp, 0),
		"arch_prctl(ARCH_GET_XCOMP_SUPP, [0x60003 /* XFEATURE_MASK_FPSSE|XFEATURE_MASK_XTILE */]) = 0");
	assert_string_equal(line("x86_64", "arch_prctl", req, 0x60003),
		"arch_prctl(ARCH_REQ_XCOMP_PERM, 0x12 /* XFEATURE_XTILE_DATA */) = 0x60003 (XFEATURE_MASK_FPSSE|XFEATURE_MASK_XTILE)");
}

/* A filter of n instructions: load nr, allow read, kill the rest. */
static void test_seccomp_filter(void **state)
{
	uint16_t prog_insns[4][4] = {
		{ 0x20, 0, 0, 0 },           /* BPF_LD|BPF_W|BPF_ABS, 0 */
		{ 0x15, 0, 1, 0 },           /* BPF_JMP|BPF_K|BPF_JEQ, 0, 0, 1 */
		{ 0x06, 0, 0, 0 },           /* BPF_RET|BPF_K, ALLOW */
		{ 0x06, 0, 0, 0 },           /* BPF_RET|BPF_K, ERRNO|5 */
	};
	unsigned char insns[32];
	unsigned char fprog[16] = { 4, 0 };
	unsigned char hostile[16] = { 0xff, 0xff };
	uint64_t filter = 0x2000, edge = 0x3000 - 16;
	uint64_t a[6] = { 1, 0, 0x1000 };
	uint64_t h[6] = { 1, 8, 0x4000 };
	uint64_t bad[6] = { 1, 0, 0x9000 };

	(void)state;
	memset(insns, 0, sizeof(insns));
	for (unsigned i = 0; i < 4; i++) {
		insns[8 * i] = (unsigned char)prog_insns[i][0];
		insns[8 * i + 3] = (unsigned char)prog_insns[i][2];
	}
	insns[8 * 2 + 6] = 0xff; insns[8 * 2 + 7] = 0x7f;  /* k = 0x7fff0000 */
	insns[8 * 3 + 4] = 5; insns[8 * 3 + 6] = 5;         /* k = 0x50005 */
	fake_mem_reset();
	memcpy(fprog + 8, &filter, 8);
	memcpy(hostile + 8, &edge, 8);
	fake_mem_map(0x1000, fprog, sizeof(fprog));
	fake_mem_map(0x2000, insns, sizeof(insns));
	fake_mem_map(0x3000 - 16, insns, 16);
	fake_mem_map(0x4000, hostile, sizeof(hostile));
	assert_string_equal(line("x86_64", "seccomp", a, 0),
		"seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=0x2000}) = 0");
	assert_string_equal(verbose_line("x86_64", "seccomp", a, 0),
		"seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), "
		"BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0, 0, 0x1), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW), "
		"BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x5)]}) = 0");
	/* 65535 instructions of which two are readable: the address where it stops */
	assert_string_equal(verbose_line("x86_64", "seccomp", h, -22),
		"seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, {len=65535, filter=["
		"BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0, 0, 0x1), "
		"... /* 0x3000 */]}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(line("x86_64", "seccomp", bad, -14),
		"seccomp(SECCOMP_SET_MODE_FILTER, 0, 0x9000) = -1 EFAULT (Bad address)");
	/* the same struct sock_fprog of an i386 tracee: 4-byte pointer */
	{
		uint32_t fprog32[2] = { 4, 0x2000 };
		uint64_t b[6] = { 1, 0, 0x5000 };

		fake_mem_map(0x5000, fprog32, sizeof(fprog32));
		assert_string_equal(line("i386", "seccomp", b, 0),
			"seccomp(SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=0x2000}) = 0");
	}
}

static void test_seccomp_ops(void **state)
{
	uint32_t act = 0x7ffc0000;
	uint16_t sizes[3] = { 80, 24, 64 };
	uint64_t avail[6] = { 2, 0, 0x1000 };
	uint64_t notif[6] = { 3, 0, 0x2000 };
	uint64_t odd[6] = { 0xdeadbeef, 0xcafe, 0x1000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &act, sizeof(act));
	fake_mem_map(0x2000, sizes, sizeof(sizes));
	assert_string_equal(line("x86_64", "seccomp", avail, 0),
		"seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG]) = 0");
	assert_string_equal(line("x86_64", "seccomp", notif, 0),
		"seccomp(SECCOMP_GET_NOTIF_SIZES, 0, {seccomp_notif=80, seccomp_notif_resp=24, seccomp_data=64}) = 0");
	assert_string_equal(line("x86_64", "seccomp", notif, -14),
		"seccomp(SECCOMP_GET_NOTIF_SIZES, 0, 0x2000) = -1 EFAULT (Bad address)");
	assert_string_equal(line("x86_64", "seccomp", odd, -22),
		"seccomp(0xdeadbeef /* SECCOMP_SET_MODE_??? */, 0xcafe, 0x1000) = -1 EINVAL (Invalid argument)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prctl_args),
		cmocka_unit_test(test_prctl_results),
		cmocka_unit_test(test_prctl_memory),
		cmocka_unit_test(test_arch_prctl),
		cmocka_unit_test(test_seccomp_filter),
		cmocka_unit_test(test_seccomp_ops),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
