/* SPDX-License-Identifier: MIT */
/*
 * Decoders of time.c, file.c (xattr), sched.c, resource.c, process.c
 * (personality), membarrier.c and memory.c (mincore) through their syscalls.def rows
 * on fake tracee memory. Expected lines: strace 6.1 on the same calls.
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

static void test_timers(void **state)
{
	int64_t its[4] = { 1, 0, 2, 500 }, zero[4] = { 0 };
	int32_t its32[4] = { 1, 0, 2, 500 }, itv32[4] = { 0, 0, 3, 0 };
	int64_t tms[4] = { 0 };
	uint64_t tc[6] = { 1, 02000000 | 04000 }, ts[6] = { 9, 0, 0x1000, 0x1100 };
	uint64_t ts2[6] = { 9, 1, 0x1000, 0 }, tg[6] = { 9, 0x1000 };
	uint64_t ts32[6] = { 9, 0, 0x1200, 0 }, si[6] = { 0, 0x1300, 0 };
	uint64_t gi[6] = { 1, 0x9000 }, tm[6] = { 0x1400 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, its, sizeof(its));
	fake_mem_map(0x1100, zero, sizeof(zero));
	fake_mem_map(0x1200, its32, sizeof(its32));
	fake_mem_map(0x1300, itv32, sizeof(itv32));
	fake_mem_map(0x1400, tms, sizeof(tms));
	assert_string_equal(run("x86_64", "timerfd_create", tc, 9),
		"timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 9");
	assert_string_equal(run("x86_64", "timerfd_settime", ts, 0),
		"timerfd_settime(9, 0, {it_interval={tv_sec=1, tv_nsec=0}, it_value={tv_sec=2, tv_nsec=500}}, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0");
	assert_string_equal(run("x86_64", "timerfd_settime", ts2, 0),
		"timerfd_settime(9, TFD_TIMER_ABSTIME, {it_interval={tv_sec=1, tv_nsec=0}, it_value={tv_sec=2, tv_nsec=500}}, NULL) = 0");
	assert_string_equal(run("i386", "timerfd_gettime64", tg, 0),
		"timerfd_gettime64(9, {it_interval={tv_sec=1, tv_nsec=0}, it_value={tv_sec=2, tv_nsec=500}}) = 0");
	assert_string_equal(run("i386", "timerfd_settime", ts32, 0),
		"timerfd_settime(9, 0, {it_interval={tv_sec=1, tv_nsec=0}, it_value={tv_sec=2, tv_nsec=500}}, NULL) = 0");
	assert_string_equal(run("i386", "setitimer", si, 0),
		"setitimer(ITIMER_REAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=3, tv_usec=0}}, NULL) = 0");
	assert_string_equal(run("x86_64", "getitimer", gi, -14),
		"getitimer(ITIMER_VIRTUAL, 0x9000)       = -1 EFAULT (Bad address)");
	assert_string_equal(run("x86_64", "times", tm, 1718196155),
		"times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1718196155");
	/* ticks also in seconds, when not 0 (strace 6.1 after a busy loop) */
	tms[0] = 19;
	tms[3] = 1234;
	fake_mem_map(0x1400, tms, sizeof(tms));
	assert_string_equal(run("x86_64", "times", tm, 1718928134),
		"times({tms_utime=19 /* 0.19 s */, tms_stime=0, tms_cutime=0, tms_cstime=1234 /* 12.34 s */}) = 1718928134");
}

/*
 * POSIX timers (strace 6.1 on a test program and on timeout(1)): the
 * sigevent by notification kind, the timer id written at exit.
 */
static void test_posix_timers(void **state)
{
	unsigned char sev[64] = { 0 }, none[64] = { 0 }, tid[64] = { 0 };
	unsigned char thr[64] = { 0 }, bad[64] = { 0 }, sev32[64] = { 0 };
	int32_t v, id = 0, id3 = 3;
	int64_t its[4] = { 0, 0, 0, 100000000 };
	uint64_t tc[6] = { 0, 0x1000, 0x1800 }, tc_mono[6] = { 1, 0x1000, 0x1800 };
	uint64_t tc_none[6] = { 0, 0x1100, 0x1800 }, tc_tid[6] = { 7, 0x1200, 0x1800 };
	uint64_t tc_thr[6] = { 0, 0x1300, 0x1804 }, tc_bad[6] = { 0, 0x1400, 0x1800 };
	uint64_t tc_null[6] = { 0, 0, 0x1804 }, tc_fault[6] = { 0, 8, 16 };
	uint64_t tc32[6] = { 1, 0x1500, 0x1800 };
	uint64_t st[6] = { 0, 0, 0x2000, 0 }, st_abs[6] = { 99, 1, 0x2000, 0x9000 };
	uint64_t gt[6] = { 0, 0x2000 }, gt_bad[6] = { 99, 0x9000 };
	uint64_t mq[6] = { 3, 0x1000 };
	uint64_t u64;

	(void)state;
	/* SIGEV_SIGNAL, SIGALRM, no value (timeout 5 true) */
	v = 14;
	memcpy(sev + 8, &v, 4);
	/* SIGEV_NONE with signo 10: the number */
	v = 10;
	memcpy(none + 8, &v, 4);
	v = 1;
	memcpy(none + 12, &v, 4);
	/* SIGEV_THREAD_ID, SIGUSR2, thread 19717 */
	v = 12;
	memcpy(tid + 8, &v, 4);
	v = 4;
	memcpy(tid + 12, &v, 4);
	v = 19717;
	memcpy(tid + 16, &v, 4);
	/* SIGEV_THREAD: function and attributes */
	v = 12;
	memcpy(thr + 8, &v, 4);
	v = 2;
	memcpy(thr + 12, &v, 4);
	u64 = 0x4d05;
	memcpy(thr + 16, &u64, 8);
	/* an unknown notification */
	v = 12;
	memcpy(bad + 8, &v, 4);
	v = 9;
	memcpy(bad + 12, &v, 4);
	/* i386: sival_int 7, SIGUSR1, SIGEV_SIGNAL */
	v = 7;
	memcpy(sev32, &v, 4);
	v = 10;
	memcpy(sev32 + 4, &v, 4);
	fake_mem_reset();
	fake_mem_map(0x1000, sev, sizeof(sev));
	fake_mem_map(0x1100, none, sizeof(none));
	fake_mem_map(0x1200, tid, sizeof(tid));
	fake_mem_map(0x1300, thr, sizeof(thr));
	fake_mem_map(0x1400, bad, sizeof(bad));
	fake_mem_map(0x1500, sev32, sizeof(sev32));
	fake_mem_map(0x1800, &id, 4);
	fake_mem_map(0x1804, &id3, 4);
	fake_mem_map(0x2000, its, sizeof(its));
	assert_string_equal(run("x86_64", "timer_create", tc, 0),
		"timer_create(CLOCK_REALTIME, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_none, 0),
		"timer_create(CLOCK_REALTIME, {sigev_signo=10, sigev_notify=SIGEV_NONE}, [0]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_tid, 0),
		"timer_create(CLOCK_BOOTTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=19717}, [0]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_thr, 0),
		"timer_create(CLOCK_REALTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD, sigev_notify_function=0x4d05, sigev_notify_attributes=NULL}, [3]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_bad, -22),
		"timer_create(CLOCK_REALTIME, {sigev_signo=12, sigev_notify=0x9 /* SIGEV_??? */}, 0x1800) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "timer_create", tc_null, 0),
		"timer_create(CLOCK_REALTIME, NULL, [3]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_fault, -14),
		"timer_create(CLOCK_REALTIME, 0x8, 0x10) = -1 EFAULT (Bad address)");
	assert_string_equal(run("i386", "timer_create", tc32, 0),
		"timer_create(CLOCK_MONOTONIC, {sigev_value={sival_int=7, sival_ptr=0x7}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, [0]) = 0");
	assert_string_equal(run("x86_64", "timer_create", tc_mono, 0),
		"timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, [0]) = 0");
	assert_string_equal(run("x86_64", "timer_settime", st, 0),
		"timer_settime(0, 0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=100000000}}, NULL) = 0");
	assert_string_equal(run("x86_64", "timer_settime", st_abs, -22),
		"timer_settime(99, TIMER_ABSTIME, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=100000000}}, 0x9000) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "timer_gettime", gt, 0),
		"timer_gettime(0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=100000000}}) = 0");
	assert_string_equal(run("x86_64", "timer_gettime", gt_bad, -22),
		"timer_gettime(99, 0x9000)               = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "mq_notify", mq, 0),
		"mq_notify(3, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}) = 0");
}

static void test_flags(void **state)
{
	uint64_t in1[6] = { 04000 | 02000000 }, aw[6] = { 13, 0x1000, 0x1000302 };
	uint64_t mf[6] = { 0x1100, 3 }, mf0[6] = { 0x1200, 0 };
	uint64_t um[6] = { 0x1000, 10 }, mt[6] = { 0x1300, 0x1000, 0x1400, 7, 0x1500 };
	uint64_t fa[6] = { 3, 3, 0, 4096 }, fa32[6] = { 3, 3, 0, 1, 100, 0 };
	uint64_t fd[6] = { 3, 10, 20, 4 }, fd32[6] = { 3, 10, 0, 20, 4 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "/tmp/nt");
	fake_mem_map_str(0x1100, "shm");
	fake_mem_map_str(0x1200, "x");
	fake_mem_map_str(0x1300, "none");
	fake_mem_map_str(0x1400, "tmpfs");
	fake_mem_map_str(0x1500, "size=1m");
	assert_string_equal(run("x86_64", "inotify_init1", in1, 13),
		"inotify_init1(IN_NONBLOCK|IN_CLOEXEC)   = 13");
	assert_string_equal(run("x86_64", "inotify_add_watch", aw, 1),
		"inotify_add_watch(13, \"/tmp/nt\", IN_MODIFY|IN_CREATE|IN_DELETE|IN_ONLYDIR) = 1");
	assert_string_equal(run("x86_64", "memfd_create", mf, 14),
		"memfd_create(\"shm\", MFD_CLOEXEC|MFD_ALLOW_SEALING) = 14");
	assert_string_equal(run("x86_64", "memfd_create", mf0, 15),
		"memfd_create(\"x\", 0)                    = 15");
	assert_string_equal(run("x86_64", "umount2", um, 0),
		"umount2(\"/tmp/nt\", MNT_DETACH|UMOUNT_NOFOLLOW) = 0");
	assert_string_equal(run("x86_64", "mount", mt, 0),
		"mount(\"none\", \"/tmp/nt\", \"tmpfs\", MS_RDONLY|MS_NOSUID|MS_NODEV, \"size=1m\") = 0");
	assert_string_equal(run("x86_64", "fallocate", fa, 0),
		"fallocate(3, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 0, 4096) = 0");
	assert_string_equal(run("i386", "fallocate", fa32, 0),
		"fallocate(3, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 4294967296, 100) = 0");
	assert_string_equal(run("x86_64", "fadvise64", fd, 0),
		"fadvise64(3, 10, 20, POSIX_FADV_DONTNEED) = 0");
	assert_string_equal(run("i386", "fadvise64", fd32, 0),
		"fadvise64(3, 10, 20, POSIX_FADV_DONTNEED) = 0");
}

static void test_xattr(void **state)
{
	uint64_t sx[6] = { 0x1000, 0x1100, 0x1200, 3, 1 };
	uint64_t gx[6] = { 0x1000, 0x1100, 0x1200, 64 }, gxf[6] = { 0x1000, 0x1100, 0x7fff55226990, 64 };
	uint64_t lx[6] = { 0x1000, 0x1300, 64 }, flx[6] = { 3, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "/tmp/nt/f");
	fake_mem_map_str(0x1100, "user.x");
	fake_mem_map(0x1200, "val", 3);
	fake_mem_map(0x1300, "user.x", 7);
	assert_string_equal(run("x86_64", "setxattr", sx, 0),
		"setxattr(\"/tmp/nt/f\", \"user.x\", \"val\", 3, XATTR_CREATE) = 0");
	assert_string_equal(run("i386", "getxattr", gx, 3),
		"getxattr(\"/tmp/nt/f\", \"user.x\", \"val\", 64) = 3");
	assert_string_equal(run("x86_64", "getxattr", gxf, -61),
		"getxattr(\"/tmp/nt/f\", \"user.x\", 0x7fff55226990, 64) = -1 ENODATA (No data available)");
	assert_string_equal(run("x86_64", "listxattr", lx, 7),
		"listxattr(\"/tmp/nt/f\", \"user.x\\0\", 64)  = 7");
	assert_string_equal(run("x86_64", "flistxattr", flx, 7),
		"flistxattr(3, NULL, 0)                  = 7");
}

static void test_sched_prio_personality(void **state)
{
	int32_t zero = 0;
	uint64_t gp[6] = { 0, 0x1000 }, gs[6] = { 0 }, ss[6] = { 0, 0, 0x1000 };
	uint64_t mx[6] = { 1 }, gpr[6] = { 0, 0 }, spr[6] = { 1, 0, 0 };
	uint64_t pq[6] = { 0xffffffff }, pl[6] = { 0 }, pn[6] = { 0x40000 };
	uint64_t pt[6] = { 2, 1, 0, 0x7fff55226798 }, pc[6] = { 7, 99999, 0, 2 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &zero, 4);
	assert_string_equal(run("x86_64", "sched_getparam", gp, 0),
		"sched_getparam(0, [0])                  = 0");
	assert_string_equal(run("x86_64", "sched_getscheduler", gs, 0),
		"sched_getscheduler(0)                   = 0 (SCHED_OTHER)");
	assert_string_equal(run("x86_64", "sched_setscheduler", ss, 0),
		"sched_setscheduler(0, SCHED_OTHER, [0]) = 0");
	assert_string_equal(run("x86_64", "sched_get_priority_max", mx, 99),
		"sched_get_priority_max(SCHED_FIFO)      = 99");
	assert_string_equal(run("x86_64", "getpriority", gpr, 20),
		"getpriority(PRIO_PROCESS, 0)            = 20");
	assert_string_equal(run("x86_64", "setpriority", spr, 0),
		"setpriority(PRIO_PGRP, 0, 0)            = 0");
	assert_string_equal(run("x86_64", "personality", pq, 0),
		"personality(0xffffffff)                 = 0 (PER_LINUX)");
	assert_string_equal(run("x86_64", "personality", pl, 0),
		"personality(PER_LINUX)                  = 0 (PER_LINUX)");
	assert_string_equal(run("x86_64", "personality", pn, 0),
		"personality(PER_LINUX|ADDR_NO_RANDOMIZE) = 0 (PER_LINUX)");
	assert_string_equal(run("x86_64", "ptrace", pt, -3),
		"ptrace(PTRACE_PEEKDATA, 1, NULL, 0x7fff55226798) = -1 ESRCH (No such process)");
	assert_string_equal(run("x86_64", "ptrace", pc, -3),
		"ptrace(PTRACE_CONT, 99999, NULL, SIGINT) = -1 ESRCH (No such process)");
}

static void test_utimensat(void **state)
{
	int64_t now_omit[4] = { 0, (1 << 30) - 1, 5, (1 << 30) - 2 };
	int64_t times[4] = { 1, 2, 3, 4 };
	int32_t times32[4] = { 1, 2, 3, 4 };
	uint64_t u1[6] = { (uint32_t)-100, 0x1000, 0x2000, 0 };
	uint64_t u2[6] = { (uint32_t)-100, 0x1000, 0x2100, 0x100 };
	uint64_t u3[6] = { (uint32_t)-100, 0x1000, 0x2200, 0x100 };
	uint64_t u4[6] = { 3, 0, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "/tmp/nt/f");
	fake_mem_map(0x2000, now_omit, sizeof(now_omit));
	fake_mem_map(0x2100, times, sizeof(times));
	fake_mem_map(0x2200, times32, sizeof(times32));
	assert_string_equal(run("x86_64", "utimensat", u1, 0),
		"utimensat(AT_FDCWD, \"/tmp/nt/f\", [UTIME_NOW, UTIME_OMIT], 0) = 0");
	assert_string_equal(run("x86_64", "utimensat", u2, 0),
		"utimensat(AT_FDCWD, \"/tmp/nt/f\", [{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, {tv_sec=3, tv_nsec=4} /* 1970-01-01T00:00:03.000000004+0000 */], AT_SYMLINK_NOFOLLOW) = 0");
	assert_string_equal(run("i386", "utimensat", u3, 0),
		"utimensat(AT_FDCWD, \"/tmp/nt/f\", [{tv_sec=1, tv_nsec=2} /* 1970-01-01T00:00:01.000000002+0000 */, {tv_sec=3, tv_nsec=4} /* 1970-01-01T00:00:03.000000004+0000 */], AT_SYMLINK_NOFOLLOW) = 0");
	assert_string_equal(run("x86_64", "utimensat", u4, 0),
		"utimensat(3, NULL, NULL, 0)             = 0");
}

/* Lines printed by strace 6.1 for the same calls. */
static void test_membarrier_getcpu_mincore(void **state)
{
	uint64_t q[6] = { 0, 0, 0 }, reg[6] = { 16, 0, 0 }, cpu[6] = { 8, 1, 3 };
	uint64_t bad[6] = { 1 << 20, 0, 0 }, per[6] = { 0xffffffff };
	uint64_t gc[6] = { 0x5000, 0, 0 }, gcf[6] = { 8, 0, 0 };
	uint64_t mc[6] = { 0x7f0000000000, 163840, 0x6000 };
	uint64_t mc3[6] = { 0x7f0000000000, 12289, 0x6000 };
	uint64_t mcf[6] = { 0x7f0000000001, 4096, 0x6000 };
	uint64_t ps[6] = { 4, 9, 0, 0 }, ps0[6] = { 4, 0, 0, 0 };
	uint32_t one = 1;
	unsigned char vec[40] = { 1, 0, 0, 1 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x5000, &one, sizeof(one));
	fake_mem_map(0x6000, vec, sizeof(vec));
	assert_string_equal(run("x86_64", "membarrier", q, 0x3ff),
		"membarrier(MEMBARRIER_CMD_QUERY, 0)     = 0x3ff (MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_GLOBAL_EXPEDITED|MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED|MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED|MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE|MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE|MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ|MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ|0x200)");
	assert_string_equal(run("x86_64", "membarrier", reg, 0),
		"membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0) = 0");
	assert_string_equal(run("x86_64", "membarrier", cpu, -22),
		"membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED, MEMBARRIER_CMD_FLAG_CPU, 3) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "membarrier", bad, -22),
		"membarrier(0x100000 /* MEMBARRIER_CMD_??? */, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "getcpu", gc, 0),
		"getcpu([1], NULL, NULL)                 = 0");
	assert_string_equal(run("x86_64", "getcpu", gcf, -14),
		"getcpu(0x8, NULL, NULL)                 = -1 EFAULT (Bad address)");
	assert_string_equal(run("i386", "personality", per, 0x40000),
		"personality(0xffffffff)                 = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)");
	assert_string_equal(run("x86_64", "mincore", mc, 0),
		"mincore(0x7f0000000000, 163840, [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...]) = 0");
	assert_string_equal(run("x86_64", "mincore", mc3, 0),
		"mincore(0x7f0000000000, 12289, [1, 0, 0, 1]) = 0");
	assert_string_equal(run("x86_64", "mincore", mcf, -22),
		"mincore(0x7f0000000001, 4096, 0x6000)   = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "pidfd_send_signal", ps, 0),
		"pidfd_send_signal(4, SIGKILL, NULL, 0)  = 0");
	assert_string_equal(run("x86_64", "pidfd_send_signal", ps0, 0),
		"pidfd_send_signal(4, 0, NULL, 0)        = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timers),
		cmocka_unit_test(test_posix_timers),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_xattr),
		cmocka_unit_test(test_sched_prio_personality),
		cmocka_unit_test(test_utimensat),
		cmocka_unit_test(test_membarrier_getcpu_mincore),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
