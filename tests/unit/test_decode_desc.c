/* SPDX-License-Identifier: MIT */
/*
 * Descriptor and time decoders (fcntl.c, ioctl/, desc.c, poll.c, epoll.c,
 * futex.c, time.c): fcntl, ioctl, pipe2, poll, epoll, futex,
 * timespecs. Every expected string was printed by strace 6.1 for the
 * same call.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

/* Runs decoder dec at entry and exit; returns the whole line. */
static const char *run(const char *name, ltr_decoder *dec, const uint64_t args[6],
		       int64_t ret)
{
	return fake_call_decoder(&fc, "x86_64", name, dec, args, ret);
}

static void test_fcntl(void **state)
{
	uint64_t getfd[6] = { 255, 1 }, setfd[6] = { 255, 2, 1 };
	uint64_t getfl[6] = { 5, 3 }, dupfd[6] = { 2, 0, 10 };
	uint64_t unknown[6] = { 8, 1234, 5 }, seals[6] = { 8, 1033, 1 };
	int16_t fl[16] = { 1, 0 };
	uint64_t setlk[6] = { 8, 6, 0x1000 };

	(void)state;
	fake_mem_reset();
	memset(fl, 0, sizeof(fl));
	fl[0] = 1;
	((int64_t *)fl)[2] = 100;  /* l_len at offset 16 */
	fake_mem_map(0x1000, fl, sizeof(fl));
	assert_string_equal(run("fcntl", ltr_decode_fcntl, getfd, -9),
		"fcntl(255, F_GETFD)                     = -1 EBADF (Bad file descriptor)");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, getfd, 1),
		"fcntl(255, F_GETFD)                     = 0x1 (flags FD_CLOEXEC)");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, getfd, 0),
		"fcntl(255, F_GETFD)                     = 0");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, setfd, 0),
		"fcntl(255, F_SETFD, FD_CLOEXEC)         = 0");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, getfl, 0x800),
		"fcntl(5, F_GETFL)                       = 0x800 (flags O_RDONLY|O_NONBLOCK)");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, dupfd, 11),
		"fcntl(2, F_DUPFD, 10)                   = 11");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, unknown, -22),
		"fcntl(8, 0x4d2 /* F_??? */, 0x5)        = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, seals, -22),
		"fcntl(8, F_ADD_SEALS, F_SEAL_SEAL)      = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("fcntl", ltr_decode_fcntl, setlk, 0),
		"fcntl(8, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=100}) = 0");
}

static void test_ioctl(void **state)
{
	uint64_t tcgets[6] = { 1, 0x5401, 0x7ffc42e33f90 };
	uint64_t fionread[6] = { 3, 0x541B, 0x1000 };
	uint64_t fioclex[6] = { 3, 0x5451 };
	uint64_t ior[6] = { 3, 0x80047801, 0x7ffc42e340f4 };
	uint64_t io[6] = { 3, 0x1234, 5 };
	uint64_t winsz[6] = { 8, 0x5413, 0x2000 };
	uint64_t tcgets_ok[6] = { 8, 0x5401, 0x3000 };
	int32_t zero = 0;
	uint16_t ws[4] = { 24, 80, 0, 0 };
	/* the kernel's whole struct termios: the flags, c_line, c_cc */
	uint32_t tio[9] = { 02400, 05, 0277, 0105073 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &zero, 4);
	fake_mem_map(0x2000, ws, sizeof(ws));
	fake_mem_map(0x3000, tio, sizeof(tio));
	assert_string_equal(run("ioctl", ltr_decode_ioctl, tcgets, -25),
		"ioctl(1, TCGETS, 0x7ffc42e33f90)        = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, fionread, 0),
		"ioctl(3, FIONREAD, [0])                 = 0");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, fioclex, 0),
		"ioctl(3, FIOCLEX)                       = 0");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, ior, -25),
		"ioctl(3, _IOC(_IOC_READ, 0x78, 0x1, 0x4), 0x7ffc42e340f4) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, io, -25),
		"ioctl(3, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x5) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, winsz, 0),
		"ioctl(8, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}) = 0");
	assert_string_equal(run("ioctl", ltr_decode_ioctl, tcgets_ok, 0),
		"ioctl(8, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}) = 0");
}

/* -v: c_line and all of c_cc, as strace -v prints a terminal's settings. */
static void test_ioctl_termios_verbose(void **state)
{
	uint64_t tcgets[6] = { 0, 0x5401, 0x3000 };
	unsigned char tio[36] = { 0 };
	static const unsigned char cc[19] = {
		0x3, 0x1c, 0x7f, 0x15, 0x4, 0, 0x1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0xf,
		0x17, 0x16, 0, 0, 0,
	};
	uint32_t flags[4] = { 02400, 05, 0277, 0105073 };

	(void)state;
	fake_mem_reset();
	memcpy(tio, flags, sizeof(flags));
	memcpy(tio + 17, cc, sizeof(cc));
	fake_mem_map(0x3000, tio, sizeof(tio));
	fake_call_init(&fc, "x86_64", "ioctl", tcgets);
	fc.desc.decode = ltr_decode_ioctl;
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(0, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		"c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, "
		"c_line=N_TTY, c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, [VEOF]=0x4, "
		"[VTIME]=0, [VMIN]=0x1, [VSWTC]=0, [VSTART]=0x11, [VSTOP]=0x13, [VSUSP]=0x1a, [VEOL]=0, "
		"[VREPRINT]=0x12, [VDISCARD]=0xf, [VWERASE]=0x17, [VLNEXT]=0x16, [VEOL2]=0, [17]=0, "
		"[18]=0]}) = 0");
}

static void test_pipe_poll(void **state)
{
	int32_t fds[2] = { 3, 4 };
	int32_t pfd[4] = { 3, 1, 4, 5 | (4 << 16) };
	uint64_t p2[6] = { 0x1000, 0 };
	uint64_t p[6] = { 0x2000, 2, 0 };
	uint64_t p1[6] = { 0x2000, 1, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, fds, sizeof(fds));
	fake_mem_map(0x2000, pfd, sizeof(pfd));
	assert_string_equal(run("pipe2", ltr_decode_pipe, p2, 0),
		"pipe2([3, 4], 0)                        = 0");
	assert_string_equal(run("poll", ltr_decode_poll, p, 1),
		"poll([{fd=3, events=POLLIN}, {fd=4, events=POLLIN|POLLOUT}], 2, 0) = 1 ([{fd=4, revents=POLLOUT}])");
	assert_string_equal(run("poll", ltr_decode_poll, p1, 0),
		"poll([{fd=3, events=POLLIN}], 1, 0)     = 0 (Timeout)");
}

static void test_futex(void **state)
{
	int64_t ts[2] = { 0, 1000 };
	uint64_t wake[6] = { 0x7f1d89506a4c, 129, 2147483647 };
	uint64_t wait[6] = { 0x7fff779e803c, 9 | 128 | 256, 0, 0x1000, 0, 0xffffffff };
	uint64_t wakeop[6] = { 0x7ffc42e3405c, 5, 1, 1, 0x7ffc42e340f4, 0x12345678 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, ts, sizeof(ts));
	assert_string_equal(run("futex", ltr_decode_futex, wake, 0),
		"futex(0x7f1d89506a4c, FUTEX_WAKE_PRIVATE, 2147483647) = 0");
	assert_string_equal(run("futex", ltr_decode_futex, wait, -110),
		"futex(0x7fff779e803c, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY) = -1 ETIMEDOUT (Connection timed out)");
	assert_string_equal(run("futex", ltr_decode_futex, wakeop, 0),
		"futex(0x7ffc42e3405c, FUTEX_WAKE_OP, 1, 1, 0x7ffc42e340f4, FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678) = 0");
}

static void test_epoll(void **state)
{
	unsigned char ev[12];
	uint32_t events = 0x80000001u;
	uint64_t data = 0x1234;
	uint64_t ctl[6] = { 5, 1, 4, 0x1000 };

	(void)state;
	memcpy(ev, &events, 4);
	memcpy(ev + 4, &data, 8);
	fake_mem_reset();
	fake_mem_map(0x1000, ev, sizeof(ev));
	assert_string_equal(run("epoll_ctl", ltr_decode_epoll_ctl, ctl, 0),
		"epoll_ctl(5, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, data={u32=4660, u64=4660}}) = 0");
}

/* One whole call through name's syscalls.def row, decode_fds as -e decode-fds= (1: -y). */
static const char *run_row(const char *name, const uint64_t args[6], int64_t ret,
			   unsigned decode_fds)
{
	fake_call_init_row(&fc, "x86_64", fake_row(name), args);
	fc.opts.decode_fds = decode_fds;
	return fake_call_run(&fc, ret, NULL);
}

/* pselect6's kernel side: only the write set's descriptor is ready. */
static void kernel_clear_rset(void)
{
	uint64_t none[16] = { 0 };

	assert_int_equal(ltr_mem_write(&fake_mem, 0x1000, none, sizeof(none)), 0);
}

/*
 * -y in select's sets and poll's array: the descriptors at entry carry
 * their paths, the ready ones after the return value do not. strace 6.1:
 * pselect6(5, [3<pipe:[516213]>], [4<pipe:[516213]>], NULL,
 *   {tv_sec=0, tv_nsec=0}, NULL) = 2 (in [3], out [4], left {...}).
 */
static void test_fd_paths_in_sets(void **state)
{
	int p[2];
	char proc[64], link[64], expect[512];
	ssize_t n;
	uint64_t rset[16] = { 0 }, wset[16] = { 0 };
	int64_t ts[2] = { 0, 0 };
	int32_t pfd[4];
	uint64_t sel[6] = { 0, 0x1000, 0x2000, 0, 0x3000, 0 };
	uint64_t pl[6] = { 0x4000, 2, 0 };

	(void)state;
	assert_int_equal(pipe(p), 0);
	assert_true(p[1] < 1024);
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", p[0]);
	n = readlink(proc, link, sizeof(link) - 1);
	assert_true(n > 0);
	link[n] = '\0';
	rset[p[0] / 64] |= 1ull << (p[0] % 64);
	wset[p[1] / 64] |= 1ull << (p[1] % 64);
	pfd[0] = p[0];
	pfd[1] = 1;       /* POLLIN */
	pfd[2] = p[1];
	pfd[3] = 4 | (4 << 16);  /* POLLOUT, revents POLLOUT */
	fake_mem_reset();
	fake_mem_map(0x1000, rset, sizeof(rset));
	fake_mem_map(0x2000, wset, sizeof(wset));
	fake_mem_map(0x3000, ts, sizeof(ts));
	fake_mem_map(0x4000, pfd, sizeof(pfd));
	sel[0] = (uint64_t)p[1] + 1;
	snprintf(expect, sizeof(expect),
		 "pselect6(%d, [%d<%s>], [%d<%s>], NULL, {tv_sec=0, tv_nsec=0}, NULL) = 1 (out [%d], left {tv_sec=0, tv_nsec=0})",
		 p[1] + 1, p[0], link, p[1], link, p[1]);
	fake_call_init_row(&fc, "x86_64", fake_row("pselect6"), sel);
	fc.opts.decode_fds = LTR_FD_PATH;
	assert_string_equal(fake_call_run(&fc, 1, kernel_clear_rset), expect);
	snprintf(expect, sizeof(expect),
		 "poll([{fd=%d<%s>, events=POLLIN}, {fd=%d<%s>, events=POLLOUT}], 2, 0) = 1 ([{fd=%d, revents=POLLOUT}])",
		 p[0], link, p[1], link, p[1]);
	assert_string_equal(run_row("poll", pl, 1, 1), expect);
	close(p[0]);
	close(p[1]);
}

/*
 * fcntl F_DUPFD and F_DUPFD_CLOEXEC return a descriptor: -y shows its
 * path, as strace 6.1 does (du -s under -y):
 * fcntl(3</w/sub>, F_DUPFD_CLOEXEC, 3) = 4</w/sub>.
 */
static void test_fcntl_dupfd_path(void **state)
{
	int fd = open("/dev/null", O_RDONLY), nfd;
	uint64_t dup_cloexec[6] = { 0, 1030, 3 }, dupfd[6] = { 0, 0, 0 };
	char call[64], expect[160];

	(void)state;
	assert_true(fd >= 0);
	nfd = dup(fd);
	assert_true(nfd >= 0);
	dup_cloexec[0] = dupfd[0] = (uint64_t)fd;
	snprintf(expect, sizeof(expect), "fcntl(%d</dev/null>, F_DUPFD_CLOEXEC, 3) = %d</dev/null>",
		 fd, nfd);
	assert_string_equal(run_row("fcntl", dup_cloexec, nfd, 1), expect);
	snprintf(call, sizeof(call), "fcntl(%d</dev/null>, F_DUPFD, 0)", fd);
	snprintf(expect, sizeof(expect), "%-39s = %d</dev/null>", call, nfd);
	assert_string_equal(run_row("fcntl", dupfd, nfd, 1), expect);
	snprintf(expect, sizeof(expect), "%-39s = -1 EMFILE (Too many open files)", call);
	assert_string_equal(run_row("fcntl", dupfd, -24, 1), expect);
	close(nfd);
	close(fd);
}

/* flock's operation (strace 6.1, from Python's fcntl.flock). */
static void test_flock(void **state)
{
	uint64_t ex[6] = { 3, 2 }, shnb[6] = { 3, 5 }, un[6] = { 3, 8 };
	uint64_t zero[6] = { 3, 0 }, rw[6] = { 3, 192 }, odd[6] = { 3, 0x1000 };
	uint64_t mixed[6] = { 3, 0x1005 }, mand[6] = { 3, 33 }, bit[6] = { 3, 16 };

	(void)state;
	assert_string_equal(run_row("flock", ex, 0, 0),
		"flock(3, LOCK_EX)                       = 0");
	assert_string_equal(run_row("flock", shnb, 0, 0),
		"flock(3, LOCK_SH|LOCK_NB)               = 0");
	assert_string_equal(run_row("flock", un, 0, 0),
		"flock(3, LOCK_UN)                       = 0");
	assert_string_equal(run_row("flock", zero, -22, 0),
		"flock(3, 0)                             = -1 EINVAL (Invalid argument)");
	assert_string_equal(run_row("flock", rw, -22, 0),
		"flock(3, LOCK_RW)                       = -1 EINVAL (Invalid argument)");
	assert_string_equal(run_row("flock", odd, -22, 0),
		"flock(3, 0x1000 /* LOCK_??? */)         = -1 EINVAL (Invalid argument)");
	assert_string_equal(run_row("flock", mixed, -22, 0),
		"flock(3, LOCK_SH|LOCK_NB|0x1000)        = -1 EINVAL (Invalid argument)");
	assert_string_equal(run_row("flock", mand, 0, 0),
		"flock(3, LOCK_SH|LOCK_MAND)             = 0");
	assert_string_equal(run_row("flock", bit, -22, 0),
		"flock(3, 0x10 /* LOCK_??? */)           = -1 EINVAL (Invalid argument)");
}

/*
 * nanosleep's and clock_nanosleep's remaining time: shown when a signal
 * interrupted the sleep (ERESTART_RESTARTBLOCK), and for clock_nanosleep
 * only without TIMER_ABSTIME; otherwise the address (strace 6.1).
 */
static void test_sleep_rem(void **state)
{
	int64_t req[2] = { 1, 0 }, rem[2] = { 0, 995168593 };
	int32_t rem32[2] = { 0, 995168593 };
	uint64_t ns[6] = { 0x1000, 0x2000 }, ns_null[6] = { 0x1000, 0 };
	uint64_t cns[6] = { 1, 0, 0x1000, 0x2000 }, cabs[6] = { 0, 1, 0x1000, 0x2000 };
	uint64_t c64[6] = { 1, 0, 0x1000, 0x2000 }, ns32[6] = { 0x1100, 0x2100 };
	int32_t req32[2] = { 1, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, req, sizeof(req));
	fake_mem_map(0x1100, req32, sizeof(req32));
	fake_mem_map(0x2000, rem, sizeof(rem));
	fake_mem_map(0x2100, rem32, sizeof(rem32));
	assert_string_equal(run_row("nanosleep", ns, -516, 0),
		"nanosleep({tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=995168593}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	assert_string_equal(run_row("nanosleep", ns, 0, 0),
		"nanosleep({tv_sec=1, tv_nsec=0}, 0x2000) = 0");
	assert_string_equal(run_row("nanosleep", ns_null, 0, 0),
		"nanosleep({tv_sec=1, tv_nsec=0}, NULL)  = 0");
	assert_string_equal(run_row("nanosleep", ns, -22, 0),
		"nanosleep({tv_sec=1, tv_nsec=0}, 0x2000) = -1 EINVAL (Invalid argument)");
	assert_string_equal(run_row("clock_nanosleep", cns, -516, 0),
		"clock_nanosleep(CLOCK_MONOTONIC, 0, {tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=995168593}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	assert_string_equal(run_row("clock_nanosleep", cabs, -516, 0),
		"clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=1, tv_nsec=0}, 0x2000) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	assert_string_equal(run_row("clock_nanosleep", cabs, 0, 0),
		"clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=1, tv_nsec=0}, 0x2000) = 0");
	assert_string_equal(run_row("clock_nanosleep_time64", c64, -516, 0),
		"clock_nanosleep_time64(CLOCK_MONOTONIC, 0, {tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=995168593}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	fake_call_init_row(&fc, "i386", fake_row("nanosleep"), ns32);
	assert_string_equal(fake_call_run(&fc, -516, NULL),
		"nanosleep({tv_sec=1, tv_nsec=0}, {tv_sec=0, tv_nsec=995168593}) = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fcntl),
		cmocka_unit_test(test_ioctl),
		cmocka_unit_test(test_ioctl_termios_verbose),
		cmocka_unit_test(test_pipe_poll),
		cmocka_unit_test(test_futex),
		cmocka_unit_test(test_epoll),
		cmocka_unit_test(test_fd_paths_in_sets),
		cmocka_unit_test(test_flock),
		cmocka_unit_test(test_fcntl_dupfd_path),
		cmocka_unit_test(test_sleep_rem),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
