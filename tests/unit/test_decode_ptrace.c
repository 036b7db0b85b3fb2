/* SPDX-License-Identifier: MIT */
/*
 * ptrace (src/decode/ptrace.c) on fake tracee memory: requests and their
 * arguments, regsets of each size (hostile, unreadable, bigger than the
 * registers), struct user offsets, PTRACE_GET_SYSCALL_INFO cut at every
 * length. Expected strings are what strace 6.1 prints for the call.
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

static const char *styled(enum ltr_xlat_style style, const uint64_t args[6], int64_t ret)
{
	const char *s;

	ltr_decode_opts.xlat_style = style;
	s = line("x86_64", "ptrace", args, ret);
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return s;
}

static void test_requests(void **state)
{
	uint64_t bogus[6] = { 0xdeadbeeffffffeedULL, 42 };
	uint64_t traceme[6] = { 0, 1, 2, 3 };
	uint64_t attach[6] = { 16, 42, 1, 2 };
	uint64_t cont[6] = { 7, 42, 0, 9 };
	uint64_t seize[6] = { 0x4206, 42, 0, 0x100001 };
	uint64_t peekuser[6] = { 3, 42, 8 * 16 + 3, 0 };
	uint64_t sigmask[6] = { 0x420b, 42, 8, 0x1000 };
	uint64_t sig = 1ULL << 9; /* SIGUSR1 */

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &sig, sizeof(sig));
	/* the request is a long */
	assert_string_equal(line("x86_64", "ptrace", bogus, -3),
		"ptrace(0xdeadbeeffffffeed /* PTRACE_??? */, 42, NULL, NULL) = -1 ESRCH (No such process)");
	assert_string_equal(line("x86_64", "ptrace", traceme, 0), "ptrace(PTRACE_TRACEME) = 0");
	assert_string_equal(line("x86_64", "ptrace", attach, 0), "ptrace(PTRACE_ATTACH, 42) = 0");
	assert_string_equal(line("x86_64", "ptrace", cont, 0),
		"ptrace(PTRACE_CONT, 42, NULL, SIGKILL) = 0");
	cont[3] = 0;
	assert_string_equal(line("x86_64", "ptrace", cont, 0), "ptrace(PTRACE_CONT, 42, NULL, 0) = 0");
	assert_string_equal(line("x86_64", "ptrace", seize, 0),
		"ptrace(PTRACE_SEIZE, 42, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL) = 0");
	/* 8*RIP + 3, in each -X style */
	assert_string_equal(line("x86_64", "ptrace", peekuser, -3),
		"ptrace(PTRACE_PEEKUSER, 42, 8*RIP+3, NULL) = -1 ESRCH (No such process)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, peekuser, -3),
		"ptrace(0x3 /* PTRACE_PEEKUSER */, 42, 0x83 /* 8*RIP+3 */, NULL) = -1 ESRCH (No such process)");
	assert_string_equal(styled(LTR_XLAT_RAW, peekuser, -3),
		"ptrace(0x3, 42, 0x83, NULL) = -1 ESRCH (No such process)");
	/* past sizeof(struct user): no name */
	peekuser[2] = 912 + 8;
	assert_string_equal(line("x86_64", "ptrace", peekuser, -3),
		"ptrace(PTRACE_PEEKUSER, 42, 0x398, NULL) = -1 ESRCH (No such process)");
	peekuser[2] = 848 + 8;
	assert_string_equal(line("x86_64", "ptrace", peekuser, -3),
		"ptrace(PTRACE_PEEKUSER, 42, offsetof(struct user, u_debugreg)+8, NULL) = -1 ESRCH (No such process)");
	assert_string_equal(line("x86_64", "ptrace", sigmask, 0),
		"ptrace(PTRACE_SETSIGMASK, 42, 8, [USR1]) = 0");
	/* request 33 and 12 are x86's SINGLEBLOCK and GETREGS, aarch64 has its own or none */
	{
		uint64_t r33[6] = { 33, 42, 0x1000, 5 };
		uint64_t r12[6] = { 12, 42, 0, 0x1000 };

		assert_string_equal(line("x86_64", "ptrace", r33, -3),
			"ptrace(PTRACE_SINGLEBLOCK, 42, 0x1000, SIGTRAP) = -1 ESRCH (No such process)");
		assert_string_equal(line("aarch64", "ptrace", r33, -3),
			"ptrace(PTRACE_PEEKMTETAGS, 42, 0x1000, 0x5) = -1 ESRCH (No such process)");
		assert_string_equal(line("aarch64", "ptrace", r12, -3),
			"ptrace(0xc /* PTRACE_??? */, 42, NULL, 0x1000) = -1 ESRCH (No such process)");
	}
}

/* GETREGSET's iovec at 0x1000 pointing at size bytes of registers at 0x2000. */
static const char *getregset(const char *arch, unsigned nt, uint64_t len, uint64_t newlen,
			     int64_t ret)
{
	uint64_t iov[2] = { 0x2000, newlen };
	uint32_t iov32[2] = { 0x2000, (uint32_t)newlen };
	uint64_t a[6] = { 0x4204, 42, nt, 0x1000 };
	bool m32 = !strcmp(arch, "i386");

	/* the entry reads the length the caller gave, the exit what the kernel left */
	fake_call_init_row(&fc, arch, fake_row("ptrace"), a);
	iov[1] = len;
	iov32[1] = (uint32_t)len;
	fake_mem_reset();
	{
		unsigned char regs[1024];

		for (unsigned i = 0; i < sizeof(regs); i++)
			regs[i] = (unsigned char)i;
		fake_mem_map(0x2000, regs, sizeof(regs));
	}
	if (m32)
		fake_mem_map(0x1000, iov32, sizeof(iov32));
	else
		fake_mem_map(0x1000, iov, sizeof(iov));
	ltr_decode_entry(&fc.c);
	fake_mem_reset();
	{
		unsigned char regs[1024];

		for (unsigned i = 0; i < sizeof(regs); i++)
			regs[i] = (unsigned char)i;
		fake_mem_map(0x2000, regs, sizeof(regs));
	}
	iov[1] = newlen;
	iov32[1] = (uint32_t)newlen;
	if (m32)
		fake_mem_map(0x1000, iov32, sizeof(iov32));
	else
		fake_mem_map(0x1000, iov, sizeof(iov));
	fake_call_exit(&fc, ret);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, 0);
	return squeeze(fake_call_take(&fc));
}

static void test_regsets(void **state)
{
	(void)state;
	assert_string_equal(getregset("x86_64", 1, 16, 16, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base={r15=0x706050403020100, "
		"r14=0xf0e0d0c0b0a0908}, iov_len=16}) = 0");
	/* not a multiple of the word: the address */
	assert_string_equal(getregset("x86_64", 1, 12, 12, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base=0x2000, iov_len=12}) = 0");
	assert_string_equal(getregset("x86_64", 1, 0, 0, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base=0x2000, iov_len=0}) = 0");
	/* the kernel shortened it */
	assert_string_equal(getregset("x86_64", 2, 24, 8, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_FPREGSET, {iov_base={cwd=0x100, swd=0x302, ftw=0x504, "
		"fop=0x706}, iov_len=24 => 8}) = 0");
	/* a failed call: the address */
	assert_string_equal(getregset("x86_64", 1, 16, 16, -3),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base=0x2000, iov_len=16}) = -1 ESRCH (No such process)");
	/* an i386 tracee's registers */
	assert_string_equal(getregset("i386", 1, 8, 8, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base={ebx=0x3020100, ecx=0x7060504}, iov_len=8}) = 0");
	/* aarch64's regs array, riscv64's named registers */
	assert_string_equal(getregset("aarch64", 1, 16, 16, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base={regs=[0x706050403020100, "
		"0xf0e0d0c0b0a0908]}, iov_len=16}) = 0");
	{
		const char *s = getregset("aarch64", 1, 272, 272, 0);

		assert_non_null(strstr(s, ", 0xf7f6f5f4f3f2f1f0], sp=0xfffefdfcfbfaf9f8, pc=0x706050403020100, "
				       "pstate=0xf0e0d0c0b0a0908}, iov_len=272}) = 0"));
	}
	assert_string_equal(getregset("riscv64", 1, 24, 24, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_PRSTATUS, {iov_base={pc=0x706050403020100, "
		"ra=0xf0e0d0c0b0a0908, sp=0x1716151413121110}, iov_len=24}) = 0");
	/* unknown regsets: the address */
	assert_string_equal(getregset("x86_64", 0x202, 16, 16, 0),
		"ptrace(PTRACE_GETREGSET, 42, NT_X86_XSTATE, {iov_base=0x2000, iov_len=16}) = 0");
	/* hostile: more than the registers */
	{
		const char *s = getregset("x86_64", 1, 1ULL << 40, 1ULL << 40, 0);

		assert_non_null(strstr(s, ", gs=0xd7d6d5d4d3d2d1d0, ...}, iov_len=1099511627776}) = 0"));
	}
	/* the fp registers' arrays stop at -s (32) elements */
	{
		const char *s = getregset("x86_64", 2, 512, 512, 0);

		assert_non_null(strstr(s, "xmm_space=[0xa3a2a1a0, "));
		assert_non_null(strstr(s, ", 0x1f1e1d1c, ...], padding=["));
	}
}

static void test_syscall_info(void **state)
{
	unsigned char info[88];
	uint64_t a[6] = { 0x420e, 42, 88, 0x1000 };
	uint64_t v;
	uint32_t arch = 0xc000003e;

	(void)state;
	memset(info, 0, sizeof(info));
	info[0] = 1; /* PTRACE_SYSCALL_INFO_ENTRY */
	memcpy(info + 4, &arch, 4);
	v = 0x7f0000001000ULL;
	memcpy(info + 8, &v, 8);
	v = 0x7ffc00000000ULL;
	memcpy(info + 16, &v, 8);
	v = 80; /* chdir */
	memcpy(info + 24, &v, 8);
	v = 0x1234;
	memcpy(info + 32, &v, 8);
	fake_mem_reset();
	fake_mem_map(0x1000, info, sizeof(info));
	assert_string_equal(line("x86_64", "ptrace", a, 80),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 88, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64, "
		"instruction_pointer=0x7f0000001000, stack_pointer=0x7ffc00000000, entry={nr=__NR_chdir, "
		"args=[0x1234, 0, 0, 0, 0, 0]}}) = 80");
	/* the caller's length cuts it */
	a[2] = 9;
	assert_string_equal(line("x86_64", "ptrace", a, 80),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 9, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64}) = 80");
	/*
	 * a failed call: strace reads what it can all the same (the caller's
	 * length); unreadable memory, or a length of 0: the address
	 */
	assert_string_equal(line("x86_64", "ptrace", a, -14),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 9, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64}) = -1 EFAULT (Bad address)");
	a[3] = 0x9000;
	assert_string_equal(line("x86_64", "ptrace", a, -14),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 9, 0x9000) = -1 EFAULT (Bad address)");
	a[3] = 0x1000;
	a[2] = 0;
	assert_string_equal(line("x86_64", "ptrace", a, 80),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 0, 0x1000) = 80");
	/* an exit with an error */
	info[0] = 2;
	v = (uint64_t)-2;
	memcpy(info + 24, &v, 8);
	info[32] = 1;
	fake_mem_reset();
	fake_mem_map(0x1000, info, sizeof(info));
	a[2] = 88;
	assert_string_equal(line("x86_64", "ptrace", a, 33),
		"ptrace(PTRACE_GET_SYSCALL_INFO, 42, 88, {op=PTRACE_SYSCALL_INFO_EXIT, arch=AUDIT_ARCH_X86_64, "
		"instruction_pointer=0x7f0000001000, stack_pointer=0x7ffc00000000, exit={rval=-ENOENT, is_error=1}}) = 33");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_requests),
		cmocka_unit_test(test_regsets),
		cmocka_unit_test(test_syscall_info),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
