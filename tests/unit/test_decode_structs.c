/* SPDX-License-Identifier: MIT */
/*
 * Structure printers and integer arguments of issue 14 on fake tracee
 * memory, through their syscalls.def rows, in both layouts where they
 * differ (x86_64, i386): struct timex, clone_args, sched_attr,
 * futex_waitv, user_desc, the ids getresuid stores and group lists,
 * pollfd arrays and their summary, select's sets, utimes' and utime's
 * times, execve's environment, CPU masks, robust lists, sethostname,
 * memfd_create, wait4 and ioprio; hostile counts, sizes and int
 * arguments with garbage above 32 bits. Expected lines: strace 6.1's
 * (checked against it on real programs: tests/integration/printer.sh's
 * hostile tests and strace's own suite).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static void put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static void put64(unsigned char *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

static const char *run(const char *arch, const char *name, const uint64_t args[6],
		       int64_t ret)
{
	fake_call_init_row(&fc, arch, fake_row(name), args);
	fc.c.saved[0] = 1;  /* stale scratch from an earlier call */
	return fake_call_run(&fc, ret, NULL);
}

/*
 * struct timex: __kernel_timex (8-byte slots) and i386's timex32; the clock state returned
 */
static void test_timex(void **state)
{
	(void)state;
	/* timex 64 */
	uint64_t tx64[26] = {0};
	uint32_t tx32[32] = {0};
	uint64_t a[6] = {0x1000};
	uint64_t a32[6] = {0x2000};
	uint64_t ca[6] = {1, 0x1000};
	tx64[0] = 0x2001 | 0x10000;  /* modes: ADJ_NANO|ADJ_OFFSET + unknown */
	tx64[1] = (uint64_t)-5;
	tx64[5] = 0x2040;
	tx64[9] = 7;
	tx64[10] = (uint64_t)-1;
	tx64[14] = 0xffffffff;
	tx64[20] = 37;
	tx32[0] = 0x8001;
	tx32[1] = (uint32_t)-5;
	tx32[5] = 0x40;
	tx32[9] = (uint32_t)-2;
	tx32[10] = (uint32_t)-1;
	tx32[14] = 3;
	tx32[20] = 37;
	fake_mem_reset();
	fake_mem_map(0x1000, tx64, 208);
	fake_mem_map(0x2000, tx32, 128);
	assert_string_equal(run("x86_64", "adjtimex", a, 5),
		"adjtimex({modes=ADJ_OFFSET|ADJ_NANO|0x10000, offset=-5, freq=0, maxerror=0, esterror=0, status=STA_UNSYNC|STA_NANO, constant=0, precision=0, tolerance=0, time={tv_sec=7, tv_usec=18446744073709551615}, tick=0, ppsfreq=0, jitter=0, shift=-1, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=37}) = 5 (TIME_ERROR)");
	assert_string_equal(run("i386", "adjtimex", a32, 0),
		"adjtimex({modes=ADJ_OFFSET_SINGLESHOT, offset=-5, freq=0, maxerror=0, esterror=0, status=STA_UNSYNC, constant=0, precision=0, tolerance=0, time={tv_sec=-2, tv_usec=4294967295}, tick=0, ppsfreq=0, jitter=0, shift=3, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=37}) = 0 (TIME_OK)");
	assert_string_equal(run("i386", "clock_adjtime64", ca, 0),
		"clock_adjtime64(CLOCK_MONOTONIC, {modes=ADJ_OFFSET|ADJ_NANO|0x10000, offset=-5, freq=0, maxerror=0, esterror=0, status=STA_UNSYNC|STA_NANO, constant=0, precision=0, tolerance=0, time={tv_sec=7, tv_usec=18446744073709551615}, tick=0, ppsfreq=0, jitter=0, shift=-1, stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=37}) = 0 (TIME_OK)");
	assert_string_equal(run("x86_64", "clock_adjtime", ca, -22),
		"clock_adjtime(CLOCK_MONOTONIC, 0x1000)  = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "adjtimex", a32, 1),
		"adjtimex(0x2000)                        = 1 (TIME_INS)"); /* 128 bytes mapped only */
}

/*
 * struct clone_args: fields as the flags ask, set_tid, bytes past 88, what the kernel wrote back
 */
static void test_clone3(void **state)
{
	(void)state;
	uint64_t ca[11] = { 0x1000 | 0x100000 | 0x80000 | 0x400000, 0x5000, 0, 0x5100, 17, 0x7000, 0x100, 0x6000, 0x8000, 2, 0 };
	uint32_t ud[4] = { 12, 0x1000, 0xfffff, 0x51 };
	int32_t tids[2] = { 42, 43 };
	int32_t three = 3, pid = 77;
	unsigned char tail[16] = { 0 };
	uint64_t c1[6] = { 0x1000, 88 }, c2[6] = { 0x1000, 104 }, c3[6] = { 0x1000, 120 }, c4[6] = {0x1000, 63};
	uint64_t c32[6] = { 0x1000, 64 };
	fake_mem_reset();
	fake_mem_map(0x1000, ca, 88);
	tail[3] = 0xab;
	fake_mem_map(0x1000 + 88, tail, 16);
	fake_mem_map(0x8000, tids, 8);
	fake_mem_map(0x5000, &three, 4);
	fake_mem_map(0x5100, &pid, 4);
	fake_mem_map(0x6000, ud, 16);
	assert_string_equal(run("x86_64", "clone3", c1, 77),
		"clone3({flags=CLONE_PIDFD|CLONE_SETTLS|CLONE_PARENT_SETTID|0x400000, pidfd=0x5000, parent_tid=0x5100, exit_signal=SIGCHLD, stack=0x7000, stack_size=0x100, tls=0x6000, set_tid=[42, 43], set_tid_size=2} => {pidfd=[3], parent_tid=[77]}, 88) = 77");
	assert_string_equal(run("x86_64", "clone3", c2, -7),
		"clone3({flags=CLONE_PIDFD|CLONE_SETTLS|CLONE_PARENT_SETTID|0x400000, pidfd=0x5000, parent_tid=0x5100, exit_signal=SIGCHLD, stack=0x7000, stack_size=0x100, tls=0x6000, set_tid=[42, 43], set_tid_size=2, /* bytes 88..103 */ \"\\x00\\x00\\x00\\xab\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 104) = -1 E2BIG (Argument list too long)");
	assert_string_equal(run("x86_64", "clone3", c3, -7),
		"clone3({flags=CLONE_PIDFD|CLONE_SETTLS|CLONE_PARENT_SETTID|0x400000, pidfd=0x5000, parent_tid=0x5100, exit_signal=SIGCHLD, stack=0x7000, stack_size=0x100, tls=0x6000, set_tid=[42, 43], set_tid_size=2, ???}, 120) = -1 E2BIG (Argument list too long)");
	assert_string_equal(run("x86_64", "clone3", c4, -22),
		"clone3(0x1000, 63)                      = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "clone3", c32, 77),
		"clone3({flags=CLONE_PIDFD|CLONE_SETTLS|CLONE_PARENT_SETTID|0x400000, pidfd=0x5000, parent_tid=0x5100, exit_signal=SIGCHLD, stack=0x7000, stack_size=0x100, tls={entry_number=12, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}} => {pidfd=[3], parent_tid=[77]}, 64) = 77");
}

/*
 * struct sched_attr both ways, futex_waitv, stored ids, group lists, uid arguments (16-bit on i386)
 */
static void test_ids_sched_futex_waitv(void **state)
{
	(void)state;
	unsigned char sa[64] = { 0 }, sb[64], sc[64];

	fake_mem_reset();
	/* size 56, SCHED_DEADLINE, flags KEEP_POLICY|KEEP_PARAMS */
	put32(sa, 56);
	put32(sa + 4, 6);
	put64(sa + 8, 0x18);
	put32(sa + 16, (uint32_t)-3);
	put64(sa + 24, 1000);
	put32(sa + 48, 7);
	put32(sa + 52, 9);
	fake_mem_map(0x1000, sa, 56);
	/* size 0 (the first version's 48 bytes), RESET_ON_FORK */
	memcpy(sb, sa, sizeof(sb));
	put32(sb, 0);
	put64(sb + 8, 0x1);
	fake_mem_map(0x2000, sb, 48);
	/* size 100, more than ltr knows: ", ..." */
	memcpy(sc, sa, sizeof(sc));
	put32(sc, 100);
	put64(sc + 8, 0x8);
	fake_mem_map(0x3000, sc, 64);
	uint64_t s1[6] = { 0, 0x1000, 0 }, s2[6] = { 0, 0x2000, 0 }, s3[6] = { 0, 0x3000, 0 };
	assert_string_equal(run("x86_64", "sched_setattr", s1, 0),
		"sched_setattr(0, {size=56, sched_flags=SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS, sched_util_min=7, sched_util_max=9}, 0) = 0");
	assert_string_equal(run("x86_64", "sched_setattr", s2, 0),
		"sched_setattr(0, {size=0, sched_policy=SCHED_DEADLINE, sched_flags=SCHED_FLAG_RESET_ON_FORK, sched_nice=-3, sched_priority=0, sched_runtime=1000, sched_deadline=0, sched_period=0}, 0) = 0");
	assert_string_equal(run("x86_64", "sched_setattr", s3, -7),
		"sched_setattr(0, {size=100, sched_flags=SCHED_FLAG_KEEP_POLICY, sched_nice=-3, sched_priority=0, sched_runtime=1000, sched_deadline=0, sched_period=0, sched_util_min=7, sched_util_max=9, ...} => {size=100}, 0) = -1 E2BIG (Argument list too long)");
	uint64_t g1[6] = { 0, 0x1000, 56, 0 }, g2[6] = { 0, 0x2000, 48, 0 }, g3[6] = {0, 0x1000, 0x100000038ull, 0};
	assert_string_equal(run("x86_64", "sched_getattr", g1, 0),
		"sched_getattr(0, {size=56, sched_policy=SCHED_DEADLINE, sched_flags=SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS, sched_nice=-3, sched_priority=0, sched_runtime=1000, sched_deadline=0, sched_period=0, sched_util_min=7, sched_util_max=9}, 56, 0) = 0");
	assert_string_equal(run("x86_64", "sched_getattr", g2, 0),
		"sched_getattr(0, {size=0}, 48, 0)       = 0");
	assert_string_equal(run("x86_64", "sched_getattr", g3, -22),
		"sched_getattr(0, 0x1000, 56, 0)         = -1 EINVAL (Invalid argument)");
	/* futex_waitv */
	uint64_t w[6] = { 0xfffffffffffffffe, 0x4000, 0x82 | 0xff00000000ull };
	fake_mem_map(0x5000, w, 24);
	uint64_t fw[6] = { 0x5000, 2, 0, 0, 1 }, fw2[6] = { 0x5000, 1, 0, 0x6000, 0x1234 };
	assert_string_equal(run("x86_64", "futex_waitv", fw, -22),
		"futex_waitv([{val=0xfffffffffffffffe, uaddr=0x4000, flags=FUTEX_32|FUTEX_PRIVATE_FLAG, __reserved=0xff}, ... /* 0x5018 */], 2, 0, NULL, CLOCK_MONOTONIC) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "futex_waitv", fw2, -22),
		"futex_waitv([{val=0xfffffffffffffffe, uaddr=0x4000, flags=FUTEX_32|FUTEX_PRIVATE_FLAG, __reserved=0xff}], 1, 0, 0x6000, 0x1234 /* CLOCK_??? */) = -1 EINVAL (Invalid argument)");
	/* getresuid / groups */
	uint32_t ids[3] = { 0, 0xffffffff, 5 };
	uint16_t ids16[3] = { 0, 0xffff, 5 };
	fake_mem_map(0x7000, ids, 12);
	fake_mem_map(0x7100, ids16, 6);
	uint64_t r[6] = { 0x7000, 0x7004, 0x7008 }, r16[6] = { 0x7100, 0x7102, 0x7104 }, rb[6] = {0x7000, 0, 0x9000};
	assert_string_equal(run("x86_64", "getresuid", r, 0),
		"getresuid([0], [-1], [5])               = 0");
	assert_string_equal(run("i386", "getresuid", r16, 0),
		"getresuid([0], [-1], [5])               = 0");
	assert_string_equal(run("i386", "getresuid32", r, 0),
		"getresuid32([0], [-1], [5])             = 0");
	assert_string_equal(run("x86_64", "getresgid", rb, -14),
		"getresgid(0x7000, NULL, 0x9000)         = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "getresgid", rb, 0),
		"getresgid([0], NULL, 0x9000)            = 0");
	uint64_t sg[6] = { 4, 0x7000 }, gg[6] = { 10, 0x7000 }, sgh[6] = { 65537, 0x7000 };
	assert_string_equal(run("x86_64", "setgroups", sg, -14),
		"setgroups(4, [0, -1, 5, ... /* 0x700c */]) = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "getgroups", gg, 3),
		"getgroups(10, [0, -1, 5])               = 3");
	assert_string_equal(run("x86_64", "getgroups", gg, -22),
		"getgroups(10, 0x7000)                   = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "setgroups", sgh, -22),
		"setgroups(65537, 0x7000)                = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "setgroups", sg, -14),
		"setgroups(4, [0, 0, -1, -1])            = -1 EFAULT (Bad address)");
	uint64_t ch[6] = { 0x7000, 0xdead0000ffff0000ull, 0xffffffff }, ch16[6] = {0x7000, 0xffff0005, 0xffff};
	assert_string_equal(run("x86_64", "fchown", ch, -9),
		"fchown(28672, 4294901760, -1)           = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("i386", "fchown", ch16, -9),
		"fchown(28672, 5, -1)                    = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("i386", "fchown32", ch16, -9),
		"fchown32(28672, 4294901765, 65535)      = -1 EBADF (Bad file descriptor)");
}

/*
 * pollfds, select sets, utimes/utime, execve's envp, user_desc, CPU masks,
 * robust list, sethostname, memfd_create, wait4, ioprio
 */
static void test_arrays_times_misc(void **state)
{
	(void)state;
	fake_mem_reset();
	/* pollfds: 2 entries at 0x1ff0 ending at 0x2000 */
	int32_t pfd[4] = { 3, 0x0001 | (0x0004 << 16), -1, 0 };
	fake_mem_map(0x1ff0, pfd, 16);
	uint64_t p1[6] = { 0x1ff0, 1ull << 62, 0 }, p2[6] = { 0x1ff0, 3 | 1ull << 62, 5 }, p3[6] = { 0x1ff0, 2, 0 };
	assert_string_equal(run("x86_64", "poll", p1, 0),
		"poll([], 0, 0)                          = 0 (Timeout)");
	assert_string_equal(run("x86_64", "poll", p2, -14),
		"poll([{fd=3, events=POLLIN}, {fd=-1}, ... /* 0x2000 */], 3, 5) = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "poll", p3, 1),
		"poll([{fd=3, events=POLLIN}, {fd=-1}], 2, 0) = 1 ([{fd=3, revents=POLLOUT}])");
	uint64_t pp[6] = { 0x1ff0, 3, 0x3000, 0, 8 };
	assert_string_equal(run("x86_64", "ppoll", pp, 1),
		"ppoll([{fd=3, events=POLLIN}, {fd=-1}, ... /* 0x2000 */], 3, 0x3000, NULL, 8) = 1 ([{fd=3, revents=POLLOUT}, 0x2000], left 0x3000)");
	/* select sets */
	uint64_t set = 0x18;
	fake_mem_map(0x4ff8, &set, 8);
	uint64_t s1[6] = { 65, 0x4ff8, 0, 0, 0 }, s2[6] = { 64, 0x4ff8, 0x4ff8, 0, 0 }, s3[6] = { 0xffffffff00000005ull, 0x4ff8, 0, 0, 0};
	assert_string_equal(run("x86_64", "select", s1, -14),
		"select(65, 0x4ff8, NULL, NULL, NULL)    = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "select", s2, 2),
		"select(64, [3 4], [3 4], NULL, NULL)    = 2 (in [3 4])");
	assert_string_equal(run("x86_64", "select", s3, 1),
		"select(5, [3 4], NULL, NULL, NULL)      = 1 (in [3])");
	uint64_t s4[6] = { 64, 0x4ff8, 0x4ff8, 0x4ff8, 0 };
	assert_string_equal(run("x86_64", "select", s4, 1),
		"select(64, [3 4], [3 4], [3 4], NULL)   = 1 (in [3])");
	/* utimes, utime */
	int64_t tv[4] = { 1492358607, 345678, 0, 0 };
	int32_t tv32[4] = { 1492358607, 1000000, 1, 0 };
	fake_mem_map(0x6000, tv, 32);
	fake_mem_map(0x6100, tv32, 16);
	fake_mem_map_str(0x6200, "f");
	uint64_t u1[6] = { 0x6200, 0x6000 }, u2[6] = { 0x6200, 0x6100 }, u3[6] = {0x6200, 0x6010};
	assert_string_equal(run("x86_64", "utimes", u1, 0),
		"utimes(\"f\", [{tv_sec=1492358607, tv_usec=345678} /* 2017-04-16T16:03:27.345678+0000 */, {tv_sec=0, tv_usec=0}]) = 0");
	assert_string_equal(run("i386", "utimes", u2, 0),
		"utimes(\"f\", [{tv_sec=1492358607, tv_usec=1000000}, {tv_sec=1, tv_usec=0} /* 1970-01-01T00:00:01+0000 */]) = 0");
	assert_string_equal(run("x86_64", "utime", u1, 0),
		"utime(\"f\", {actime=1492358607 /* 2017-04-16T16:03:27+0000 */, modtime=345678 /* 1970-01-05T00:01:18+0000 */}) = 0");
	assert_string_equal(run("i386", "utime", u2, 0),
		"utime(\"f\", {actime=1492358607 /* 2017-04-16T16:03:27+0000 */, modtime=1000000 /* 1970-01-12T13:46:40+0000 */}) = 0");
	assert_string_equal(run("x86_64", "utimes", u3, 0),
		"utimes(\"f\", 0x6010)                     = 0");
	/* envp unterminated, argv */
	uint64_t env[2] = { 0x6200, 0x6200 };
	fake_mem_map(0x8ff0, env, 16);
	uint64_t e1[6] = { 0x6200, 0x8ff0, 0x8ff0 }, e2[6] = { 0x6200, 0, 0x9000 }, e3[6] = {0x6200, 0, 0x8ff8};
	assert_string_equal(run("x86_64", "execve", e1, -2),
		"execve(\"f\", [\"f\", \"f\", ... /* 0x9000 */], 0x8ff0 /* 2 vars, unterminated */) = -1 ENOENT (No such file or directory)");
	assert_string_equal(run("x86_64", "execve", e2, -2),
		"execve(\"f\", NULL, 0x9000)               = -1 ENOENT (No such file or directory)");
	assert_string_equal(run("x86_64", "execve", e3, -2),
		"execve(\"f\", NULL, 0x8ff8 /* 1 var, unterminated */) = -1 ENOENT (No such file or directory)");
	/* get_thread_area */
	uint32_t ud[4] = { 6, 0x1000, 0xfffff, 0x51 };
	fake_mem_map(0xa000, ud, 16);
	fake_mem_map(0xa100, ud, 4);
	uint64_t ta[6] = { 0xa000 }, tb[6] = { 0xa100 }, tc[6] = { 0xa200 };
	assert_string_equal(run("i386", "get_thread_area", ta, 0),
		"get_thread_area({entry_number=6, base_addr=0x001000, limit=0x0fffff, seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=1, seg_not_present=0, useable=1}) = 0");
	assert_string_equal(run("i386", "get_thread_area", ta, -22),
		"get_thread_area({entry_number=6, ...})  = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("i386", "get_thread_area", tb, 0),
		"get_thread_area({entry_number=6, ...})  = 0");
	assert_string_equal(run("i386", "get_thread_area", tc, -14),
		"get_thread_area(0xa200)                 = -1 EFAULT (Bad address)");
	/* affinity, robust list, hostname, memfd */
	uint64_t mask = 0x5;
	fake_mem_map(0xb000, &mask, 8);
	uint64_t af[6] = { 0, 0xdead000000000008ull, 0xb000 }, af2[6] = { 0, 0x100000000ull, 0xb000 };
	assert_string_equal(run("x86_64", "sched_setaffinity", af, 0),
		"sched_setaffinity(0, 8, [0 2])          = 0");
	assert_string_equal(run("x86_64", "sched_setaffinity", af2, -22),
		"sched_setaffinity(0, 0, [])             = -1 EINVAL (Invalid argument)");
	uint64_t head = 0x7f00, len = 24;
	fake_mem_map(0xc000, &head, 8);
	fake_mem_map(0xc008, &len, 8);
	uint64_t rl[6] = { 0, 0xc000, 0xc008 };
	assert_string_equal(run("x86_64", "get_robust_list", rl, 0),
		"get_robust_list(0, [0x7f00], [24])      = 0");
	assert_string_equal(run("x86_64", "get_robust_list", rl, -1),
		"get_robust_list(0, 0xc000, 0xc008)      = -1 EPERM (Operation not permitted)");
	fake_mem_map(0xd000, "hostname", 8);
	uint64_t hn[6] = { 0xd000, 8 }, hn2[6] = { 0xd000, 0xffffffff00000041ull };
	assert_string_equal(run("x86_64", "sethostname", hn, -1),
		"sethostname(\"hostname\", 8)              = -1 EPERM (Operation not permitted)");
	assert_string_equal(run("x86_64", "sethostname", hn2, -22),
		"sethostname(0xd000, 65)                 = -1 EINVAL (Invalid argument)");
	fake_mem_map(0xd1f8, "abcdefgh", 8);
	uint64_t mf[6] = { 0xd000, 0 }, mf2[6] = { 0xd1f8, 0x1fu << 26 | 0x10 }, mf3[6] = {0xd000, 0x8};
	assert_string_equal(run("x86_64", "memfd_create", mf, -22),
		"memfd_create(0xd000, 0)                 = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "memfd_create", mf2, -22),
		"memfd_create(0xd1f8, 0x10 /* MFD_??? */|31<<MFD_HUGE_SHIFT) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "memfd_create", mf3, -22),
		"memfd_create(0xd000, 0x8 /* MFD_??? */) = -1 EINVAL (Invalid argument)");
	/* wait4 rusage only when a child was reaped */
	uint64_t w4[6] = { 0xffffffff, 0xe000, 1, 0xe100 };
	assert_string_equal(run("x86_64", "wait4", w4, 0),
		"wait4(-1, 0xe000, WNOHANG, 0xe100)      = 0");
	/* ioprio */
	uint64_t io[6] = { 1, 0, (2 << 13) | 4 }, io2[6] = { 7, 5, 0x7fffffff };
	assert_string_equal(run("x86_64", "ioprio_set", io, 0),
		"ioprio_set(IOPRIO_WHO_PROCESS, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) = 0");
	assert_string_equal(run("x86_64", "ioprio_set", io2, -22),
		"ioprio_set(0x7 /* IOPRIO_WHO_??? */, 5, IOPRIO_PRIO_VALUE(0x3ffff /* IOPRIO_CLASS_??? */, 8191)) = -1 EINVAL (Invalid argument)");
	uint64_t ig[6] = { 3, 1000 };
	assert_string_equal(run("x86_64", "ioprio_get", ig, (3 << 13) | 7),
		"ioprio_get(IOPRIO_WHO_USER, 1000)       = 24583 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 7))");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timex),
		cmocka_unit_test(test_clone3),
		cmocka_unit_test(test_ids_sched_futex_waitv),
		cmocka_unit_test(test_arrays_times_misc),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
