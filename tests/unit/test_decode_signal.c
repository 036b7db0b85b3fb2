/* SPDX-License-Identifier: MIT */
/*
 * Signal decoders: names, sets, sigaction, siginfo. Every expected string
 * was printed by strace 6.1 for the same call or signal.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

/* Runs the row's decoder at entry and exit; returns the whole line. */
static const char *run(const char *arch, const char *name, ltr_decoder *dec,
		       const uint64_t args[6], int64_t ret)
{
	return fake_call_decoder(&fc, arch, name, dec, args, ret);
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(ltr_signal_name(1), "SIGHUP");
	assert_string_equal(ltr_signal_name(17), "SIGCHLD");
	assert_string_equal(ltr_signal_name(31), "SIGSYS");
	assert_string_equal(ltr_signal_name(32), "SIGRTMIN");
	assert_string_equal(ltr_signal_name(33), "SIGRT_1");
	assert_string_equal(ltr_signal_name(64), "SIGRT_32");
	assert_null(ltr_signal_name(0));
	assert_null(ltr_signal_name(65));
}

static const char *set(uint64_t bits)
{
	fake_call_init(&fc, "x86_64", "x", NULL);
	ltr_print_sigset_bytes(fc.c.out, (const unsigned char *)&bits, 8);
	return fake_call_take(&fc);
}

static void test_sigsets(void **state)
{
	(void)state;
	assert_string_equal(set(0), "[]");
	assert_string_equal(set(~0ULL), "~[]");
	assert_string_equal(set(0x10005), "[HUP QUIT CHLD]");
	assert_string_equal(set(~0ULL & ~(3ULL << 31)), "~[RTMIN RT_1]");
	assert_string_equal(set(0x80000001ULL), "[HUP RTMIN]");
	assert_string_equal(set(~0ULL >> 1), "~[RT_32]");
	/* 41 bits: still listed; 42: complemented */
	assert_string_equal(strstr(set((1ULL << 41) - 1), "SYS RTMIN"),
			    "SYS RTMIN RT_1 RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9]");
	assert_string_equal(set((1ULL << 42) - 1),
			    "~[RT_11 RT_12 RT_13 RT_14 RT_15 RT_16 RT_17 RT_18 RT_19 RT_20 RT_21 RT_22 RT_23 RT_24 RT_25 RT_26 RT_27 RT_28 RT_29 RT_30 RT_31 RT_32]");
}

static void test_kill(void **state)
{
	uint64_t a[6] = { 999999, 40 };

	const struct ltr_argspec pid = A_INT, sig = A_SIGNAL;

	(void)state;
	fake_call_init(&fc, "x86_64", "kill", a);
	fc.desc.nargs = 2;
	fc.desc.args[0] = pid;
	fc.desc.args[1] = sig;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, -3);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
			    "kill(999999, SIGRT_8)                   = -1 ESRCH (No such process)");
}

static void test_rt_sigaction(void **state)
{
	uint64_t act[4] = { 0x56133c1f6dc0, 0x04000000, 0x7f2773c95050,
			    ~0ULL & ~(3ULL << 31) };
	uint64_t old[4] = { 0, 0, 0, 0 };
	uint64_t a[6] = { 17, 0x1000, 0, 8 };
	uint64_t b[6] = { 2, 0, 0x2000, 8 };
	uint64_t e[6] = { 12, 0x1, 0x2, 8 };
	uint32_t act32[5] = { 1, 0x14000000, 0xf7d00000, 0, 0 };
	uint64_t d[6] = { 10, 0x3000, 0, 8 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, act, sizeof(act));
	fake_mem_map(0x2000, old, sizeof(old));
	fake_mem_map(0x3000, act32, sizeof(act32));
	assert_string_equal(run("x86_64", "rt_sigaction", ltr_decode_rt_sigaction, a, 0),
		"rt_sigaction(SIGCHLD, {sa_handler=0x56133c1f6dc0, sa_mask=~[RTMIN RT_1], sa_flags=SA_RESTORER, sa_restorer=0x7f2773c95050}, NULL, 8) = 0");
	assert_string_equal(run("x86_64", "rt_sigaction", ltr_decode_rt_sigaction, b, 0),
		"rt_sigaction(SIGINT, NULL, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8) = 0");
	assert_string_equal(run("x86_64", "rt_sigaction", ltr_decode_rt_sigaction, e, -14),
		"rt_sigaction(SIGUSR2, 0x1, 0x2, 8)      = -1 EFAULT (Bad address)");
	assert_string_equal(run("i386", "rt_sigaction", ltr_decode_rt_sigaction, d, 0),
		"rt_sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0xf7d00000}, NULL, 8) = 0");
}

static void test_rt_sigprocmask(void **state)
{
	uint64_t chld = 1ULL << 16, empty = 0;
	uint64_t a[6] = { 0, 0x1000, 0x2000, 8 };
	uint64_t b[6] = { 0, 0, 0x2000, 8 };
	uint64_t c[6] = { 0, 0x1000, 0, 4 };
	uint64_t d[6] = { 7, 0x2000, 0, 8 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &chld, 8);
	fake_mem_map(0x2000, &empty, 8);
	assert_string_equal(run("x86_64", "rt_sigprocmask", ltr_decode_rt_sigprocmask, a, 0),
		"rt_sigprocmask(SIG_BLOCK, [CHLD], [], 8) = 0");
	assert_string_equal(run("x86_64", "rt_sigprocmask", ltr_decode_rt_sigprocmask, b, 0),
		"rt_sigprocmask(SIG_BLOCK, NULL, [], 8)  = 0");
	assert_string_equal(run("x86_64", "rt_sigprocmask", ltr_decode_rt_sigprocmask, c, -22),
		"rt_sigprocmask(SIG_BLOCK, 0x1000, NULL, 4) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "rt_sigprocmask", ltr_decode_rt_sigprocmask, d, -22),
		"rt_sigprocmask(0x7 /* SIG_??? */, [], NULL, 8) = -1 EINVAL (Invalid argument)");
}

static void test_sigaltstack(void **state)
{
	uint64_t ss[3] = { 0x55b02cd892a0, 0, 65536 };
	uint64_t old[3] = { 0, 2, 0 };
	uint64_t a[6] = { 0x1000, 0x2000 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, ss, sizeof(ss));
	fake_mem_map(0x2000, old, sizeof(old));
	assert_string_equal(run("x86_64", "sigaltstack", ltr_decode_sigaltstack, a, 0),
		"sigaltstack({ss_sp=0x55b02cd892a0, ss_flags=0, ss_size=65536}, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0");
}

static void test_rt_sigreturn(void **state)
{
	uint64_t mask = 1ULL << 1;
	uint64_t none[6] = { 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x7000 + 296, &mask, 8);
	fake_call_init(&fc, "x86_64", "rt_sigreturn", none);
	fc.desc.decode = ltr_decode_rt_sigreturn;
	fc.c.sp = 0x7000;
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "rt_sigreturn({mask=[INT]}");
}

/* i386's non-RT sigreturn: oldmask at sp + 80, extramask at sp + 712. */
static void test_sigreturn_i386(void **state)
{
	uint32_t lo = 1u << 14, hi = 1u << 0;	/* TERM; bit 32: SIGRT_1 */
	uint64_t none[6] = { 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0xffffd000 + 80, &lo, 4);
	fake_mem_map(0xffffd000 + 712, &hi, 4);
	fake_call_init(&fc, "i386", "sigreturn", none);
	fc.desc.decode = ltr_decode_sigreturn;
	fc.c.sp = 0xffffd000;
	ltr_decode_entry(&fc.c);
	assert_string_equal(fake_call_take(&fc), "sigreturn({mask=[TERM RT_1]}");
}

static const char *info(const siginfo_t *si)
{
	fake_call_init(&fc, "x86_64", "x", NULL);
	ltr_print_siginfo(fc.c.out, si);
	return fake_call_take(&fc);
}

static void test_siginfo(void **state)
{
	siginfo_t si;

	(void)state;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGCHLD; si.si_code = CLD_EXITED; si.si_pid = 4490;
	assert_string_equal(info(&si), "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4490, si_uid=0, si_status=0, si_utime=0, si_stime=0}");
	si.si_code = CLD_KILLED; si.si_status = SIGTERM; si.si_stime = 1;
	assert_string_equal(info(&si), "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_KILLED, si_pid=4490, si_uid=0, si_status=SIGTERM, si_utime=0, si_stime=1 /* 0.01 s */}");
	si.si_code = CLD_EXITED; si.si_status = 9; si.si_utime = 12345; si.si_stime = 7;
	assert_string_equal(info(&si), "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4490, si_uid=0, si_status=9, si_utime=12345 /* 123.45 s */, si_stime=7 /* 0.07 s */}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGSEGV; si.si_code = SEGV_MAPERR; si.si_addr = (void *)8;
	assert_string_equal(info(&si), "SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x8}");
	si.si_signo = SIGTRAP; si.si_code = SI_KERNEL; si.si_addr = NULL;
	assert_string_equal(info(&si), "SIGTRAP {si_signo=SIGTRAP, si_code=SI_KERNEL, si_addr=NULL}");
	si.si_signo = SIGFPE; si.si_code = 9; si.si_addr = (void *)0x1000;
	assert_string_equal(info(&si), "SIGFPE {si_signo=SIGFPE, si_code=0x9, si_addr=0x1000}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGALRM; si.si_code = SI_KERNEL;
	assert_string_equal(info(&si), "SIGALRM {si_signo=SIGALRM, si_code=SI_KERNEL}");
	si.si_signo = SIGUSR1; si.si_code = SI_TKILL; si.si_pid = 4726;
	assert_string_equal(info(&si), "SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=4726, si_uid=0}");
	si.si_code = SI_QUEUE; si.si_value.sival_int = 42;
	assert_string_equal(info(&si), "SIGUSR1 {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=4726, si_uid=0, si_int=42, si_ptr=0x2a}");
	si.si_code = SI_USER; si.si_errno = EPERM;
	assert_string_equal(info(&si), "SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_errno=EPERM, si_pid=4726, si_uid=0}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGIO; si.si_code = POLL_IN; si.si_band = 65; si.si_fd = 7;
	assert_string_equal(info(&si), "SIGIO {si_signo=SIGIO, si_code=POLL_IN, si_band=65, si_fd=7}");
	si.si_code = 7;
	assert_string_equal(info(&si), "SIGIO {si_signo=SIGIO, si_code=0x7}");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGVTALRM; si.si_code = SI_TIMER; si.si_value.sival_int = 7;
	assert_string_equal(info(&si), "SIGVTALRM {si_signo=SIGVTALRM, si_code=SI_TIMER, si_timerid=0, si_overrun=0, si_int=7, si_ptr=0x7}");
	si.si_signo = 36; si.si_code = SI_QUEUE; si.si_value.sival_ptr = (void *)0x1234;
	si.si_pid = 5007;
	assert_string_equal(info(&si), "SIGRT_4 {si_signo=SIGRT_4, si_code=SI_QUEUE, si_pid=5007, si_uid=0, si_int=4660, si_ptr=0x1234}");
}

/* waitid's siginfo of an i386 tracee: the compat layout. */
static void test_siginfo_i386(void **state)
{
	int32_t raw[32] = { SIGCHLD, 0, CLD_EXITED, 5012, 0, 5, 0, 0 };
	uint64_t a[6] = { 1, 5012, 0x4000, 4, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x4000, raw, sizeof(raw));
	assert_string_equal(run("i386", "waitid", ltr_decode_waitid, a, 0),
		"waitid(P_PID, 5012, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=5012, si_uid=0, si_status=5, si_utime=0, si_stime=0}, WEXITED, NULL) = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_sigsets),
		cmocka_unit_test(test_kill),
		cmocka_unit_test(test_rt_sigaction),
		cmocka_unit_test(test_rt_sigprocmask),
		cmocka_unit_test(test_sigaltstack),
		cmocka_unit_test(test_rt_sigreturn),
		cmocka_unit_test(test_sigreturn_i386),
		cmocka_unit_test(test_siginfo),
		cmocka_unit_test(test_siginfo_i386),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
