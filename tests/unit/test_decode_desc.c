/* SPDX-License-Identifier: MIT */
/*
 * Descriptor and time decoders: fcntl, ioctl, pipe2, poll, epoll, futex,
 * timespecs. Every expected string was printed by strace 6.1 for the
 * same call.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
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
	uint32_t tio[4] = { 02400, 05, 0277, 0105073 };

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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fcntl),
		cmocka_unit_test(test_ioctl),
		cmocka_unit_test(test_pipe_poll),
		cmocka_unit_test(test_futex),
		cmocka_unit_test(test_epoll),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
