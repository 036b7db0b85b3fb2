/* SPDX-License-Identifier: MIT */
/*
 * ioctl (src/decode/ioctl/) through its syscalls.def row on fake tracee
 * memory: the request's names from the arch's generated list, the forms
 * strace composes, _IOC() and -X; the one entry point's entry and exit;
 * the structure printers of the families with unreadable memory, partly
 * mapped structures and hostile counts and sizes, in the layouts of
 * x86_64 and i386.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* ioctl(fd, req, arg) = ret on arch, through the row. */
static const char *ioctl_line(const char *arch, uint64_t fd, uint64_t req, uint64_t arg,
			      int64_t ret)
{
	uint64_t args[6] = { fd, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

/* The same under -X style. */
static const char *styled(enum ltr_xlat_style style, const char *arch, uint64_t req,
			  uint64_t arg, int64_t ret)
{
	const char *line;

	ltr_decode_opts.xlat_style = style;
	line = ioctl_line(arch, 3, req, arg, ret);
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return line;
}

static void test_request_names(void **state)
{
	(void)state;
	fake_mem_reset();
	/* one name, several names of one value, the arch's own sizes */
	assert_string_equal(ioctl_line("x86_64", 3, 0x5402, 0, -14),
		"ioctl(3, SNDCTL_TMR_START or TCSETS, NULL) = -1 EFAULT (Bad address)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80081270, 0, -9),
		"ioctl(3, BLKBSZGET, NULL)               = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 3, 0x80041270, 0, -9),
		"ioctl(3, BLKBSZGET, NULL)               = -1 EBADF (Bad file descriptor)");
	/* x86_64's BLKBSZGET is no request of i386 */
	assert_string_equal(ioctl_line("i386", 3, 0x80081270, 0, -9),
		"ioctl(3, _IOC(_IOC_READ, 0x12, 0x70, 0x8), 0) = -1 EBADF (Bad file descriptor)");
	/* the "32" twin alone, as strace names it */
	assert_string_equal(ioctl_line("i386", 3, 0x80046601, 0, -9),
		"ioctl(3, FS_IOC32_GETFLAGS, NULL)       = -1 EBADF (Bad file descriptor)");
	/* unknown: _IOC() and the argument in hex */
	assert_string_equal(ioctl_line("x86_64", 3, 0xc0dede01, 0xdeadbeef, -25),
		"ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0xde, 0x1, 0xde), 0xdeadbeef) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x0000de00, 0, -25),
		"ioctl(3, _IOC(_IOC_NONE, 0xde, 0, 0), 0) = -1 ENOTTY (Inappropriate ioctl for device)");
	/* i386: the argument is a 32-bit word */
	assert_string_equal(ioctl_line("i386", 3, 0x4000de00, 0xffffffffffffffffull, -25),
		"ioctl(3, _IOC(_IOC_WRITE, 0xde, 0, 0), 0xffffffff) = -1 ENOTTY (Inappropriate ioctl for device)");
	/* composed forms, alone and before names */
	assert_string_equal(ioctl_line("x86_64", 3, 0x80084520, 0, -9),
		"ioctl(3, EVIOCGBIT(0, 8), NULL)         = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80084521, 0, -9),
		"ioctl(3, EVIOCGBIT(EV_KEY, 8), NULL)    = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80ff4506, 0, -9),
		"ioctl(3, EVIOCGNAME(255), NULL)         = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80044d0d, 0x10, -9),
		"ioctl(3, MIXER_READ(13) or OTPSELECT, 0x10) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80084812, 0x10, -9),
		"ioctl(3, HIDIOCGPHYS(8), 0x10)          = -1 EBADF (Bad file descriptor)");
}

static void test_request_styles(void **state)
{
	(void)state;
	fake_mem_reset();
	assert_string_equal(styled(LTR_XLAT_RAW, "x86_64", 0x5401, 0, -14),
		"ioctl(3, 0x5401, NULL)                  = -1 EFAULT (Bad address)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "x86_64", 0x5401, 0, -14),
		"ioctl(3, 0x5401 /* TCGETS */, NULL)     = -1 EFAULT (Bad address)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "x86_64", 0xc0dede01, 1, -25),
		"ioctl(3, 0xc0dede01 /* _IOC(_IOC_READ|_IOC_WRITE, 0xde, 0x1, 0xde) */, 0x1) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(styled(LTR_XLAT_RAW, "x86_64", 0xc0dede01, 1, -25),
		"ioctl(3, 0xc0dede01, 0x1)               = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "x86_64", 0x80084521, 0, -9),
		"ioctl(3, 0x80084521 /* EVIOCGBIT(EV_KEY, 8) */, NULL) = -1 EBADF (Bad file descriptor)");
}

/* termios: whole, abbreviated, unreadable, partly mapped, failed. */
static void test_termios(void **state)
{
	uint32_t tio[9] = { 0, 05, 0277 | 002003600000u, 0 };
	uint32_t half[2] = { 1, 2 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, tio, sizeof(tio));
	/* a struct at the end of a mapping: 8 bytes of its 36 */
	fake_mem_map(0x3000 - sizeof(half), half, sizeof(half));
	assert_string_equal(ioctl_line("x86_64", 0, 0x5401, 0x1000, 0),
		"ioctl(0, TCGETS, {c_iflag=, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		"c_cflag=B38400|B4000000<<IBSHIFT|CS8|CREAD, c_lflag=, ...}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0, 0x5402, 0x3000 - sizeof(half), -14),
		"ioctl(0, SNDCTL_TMR_START or TCSETS, 0x2ff8) = -1 EFAULT (Bad address)");
	assert_string_equal(ioctl_line("x86_64", 0, 0x5402, 0x9000, -14),
		"ioctl(0, SNDCTL_TMR_START or TCSETS, 0x9000) = -1 EFAULT (Bad address)");
	/* filled by the kernel: the address when the call failed */
	assert_string_equal(ioctl_line("x86_64", 0, 0x5401, 0x1000, -25),
		"ioctl(0, TCGETS, 0x1000)                = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(ioctl_line("x86_64", 0, 0x5413, 0, -14),
		"ioctl(0, TIOCGWINSZ, NULL)              = -1 EFAULT (Bad address)");
	/* the modem lines, with unknown bits */
	tio[0] = 0x6 | 0x10000;
	fake_mem_reset();
	fake_mem_map(0x1000, tio, 4);
	assert_string_equal(ioctl_line("x86_64", 0, 0x5418, 0x1000, 0),
		"ioctl(0, TIOCMSET, [TIOCM_DTR|TIOCM_RTS|0x10000]) = 0");
}

/* FS_IOC_FIEMAP: the extents at exit; hostile counts. */
static void test_fiemap(void **state)
{
	unsigned char m[32 + 56] = { 0 };
	uint32_t v;

	(void)state;
	fake_mem_reset();
	v = 1;
	memcpy(m + 16, &v, 4);        /* fm_flags: FIEMAP_FLAG_SYNC */
	v = 0xffffffff;
	memcpy(m + 20, &v, 4);        /* fm_mapped_extents: far more than mapped */
	v = 0x801;
	memcpy(m + 32 + 40, &v, 4);   /* the one extent's flags */
	fake_mem_map(0x1000, m, sizeof(m));
	fc.opts.verbose = false;
	assert_string_equal(ioctl_line("x86_64", 3, 0xc020660b, 0x1000, 0),
		"ioctl(3, FS_IOC_FIEMAP, {fm_start=0, fm_length=0, fm_flags=FIEMAP_FLAG_SYNC, "
		"fm_extent_count=0} => {fm_flags=FIEMAP_FLAG_SYNC, fm_mapped_extents=4294967295, ...}) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0xc020660b, 0x1000 });
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, FS_IOC_FIEMAP, {fm_start=0, fm_length=0, fm_flags=FIEMAP_FLAG_SYNC, "
		"fm_extent_count=0} => {fm_flags=FIEMAP_FLAG_SYNC, fm_mapped_extents=4294967295, "
		"fm_extents=[{fe_logical=0, fe_physical=0, fe_length=0, "
		"fe_flags=FIEMAP_EXTENT_LAST|FIEMAP_EXTENT_UNWRITTEN}, ... /* 0x1058 */]}) = 0");
	/* an array that wraps the address space shows its address */
	fake_call_init_row(&fc, "i386", fake_row("ioctl"), (uint64_t[6]){ 3, 0xc020660b, 0x1000 });
	fc.opts.verbose = true;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, FS_IOC_FIEMAP, {fm_start=0, fm_length=0, fm_flags=FIEMAP_FLAG_SYNC, "
		"fm_extent_count=0} => {fm_flags=FIEMAP_FLAG_SYNC, fm_mapped_extents=4294967295, "
		"fm_extents=0x1020}) = 0");
	/* failed: nothing at exit */
	assert_string_equal(ioctl_line("x86_64", 3, 0xc020660b, 0x1000, -95),
		"ioctl(3, FS_IOC_FIEMAP, {fm_start=0, fm_length=0, fm_flags=FIEMAP_FLAG_SYNC, "
		"fm_extent_count=0}) = -1 EOPNOTSUPP (Operation not supported)");
}

/* struct loop_info: its layout differs between x86_64 and i386. */
static void test_loop_info(void **state)
{
	unsigned char l64[168] = { 0 }, l32[140] = { 0 };
	uint32_t v;

	(void)state;
	fake_mem_reset();
	v = 7;
	memcpy(l64, &v, 4);
	memcpy(l32, &v, 4);
	v = 0x200;
	memcpy(l64 + 32, &v, 4);     /* lo_offset */
	memcpy(l32 + 16, &v, 4);
	v = 4;
	memcpy(l64 + 44, &v, 4);     /* lo_flags: LO_FLAGS_AUTOCLEAR */
	memcpy(l32 + 28, &v, 4);
	memcpy(l64 + 48, "/tmp/img", 9);
	memcpy(l32 + 32, "/tmp/img", 9);
	fake_mem_map(0x1000, l64, sizeof(l64));
	fake_mem_map(0x2000, l32, sizeof(l32));
	assert_string_equal(ioctl_line("x86_64", 4, 0x4c03, 0x1000, 0),
		"ioctl(4, LOOP_GET_STATUS, {lo_number=7, lo_offset=0x200, lo_flags=LO_FLAGS_AUTOCLEAR, "
		"lo_name=\"/tmp/img\", ...}) = 0");
	assert_string_equal(ioctl_line("i386", 4, 0x4c03, 0x2000, 0),
		"ioctl(4, LOOP_GET_STATUS, {lo_number=7, lo_offset=0x200, lo_flags=LO_FLAGS_AUTOCLEAR, "
		"lo_name=\"/tmp/img\", ...}) = 0");
	/* i386's 140 bytes are too few for x86_64's struct */
	assert_string_equal(ioctl_line("x86_64", 4, 0x4c02, 0x2000, -9),
		"ioctl(4, LOOP_SET_STATUS, 0x2000)       = -1 EBADF (Bad file descriptor)");
	/* a name without its NUL: 63 bytes and "..." */
	memset(l64 + 48, 'A', 64);
	fake_mem_reset();
	fake_mem_map(0x1000, l64, sizeof(l64));
	fc.opts.strsize = 1024;
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 4, 0x4c02, 0x1000 });
	fc.opts.strsize = 1024;
	assert_non_null(strstr(fake_call_run(&fc, -9, NULL),
		"lo_name=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"..., ...}"));
}

/* The number forms of the block family, per word size; hostile BLKPG. */
static void test_block(void **state)
{
	uint64_t size = 10485760;
	uint32_t pg32[4] = { 1, 0, 0, 0x5000 };   /* data: unreadable */

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &size, sizeof(size));
	fake_mem_map(0x2000, pg32, sizeof(pg32));
	assert_string_equal(ioctl_line("x86_64", 3, 0x80081272, 0x1000, 0),
		"ioctl(3, BLKGETSIZE64, [10485760])      = 0");
	assert_string_equal(ioctl_line("i386", 3, 0x80041272, 0x1000, 0),
		"ioctl(3, BLKGETSIZE64, [10485760])      = 0");
	assert_string_equal(ioctl_line("x86_64", 3, 0x80081272, 0x1000, -25),
		"ioctl(3, BLKGETSIZE64, 0x1000)          = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(ioctl_line("i386", 3, 0x1260, 0x1000, 0),
		"ioctl(3, BLKGETSIZE, [10485760])        = 0");
	assert_string_equal(ioctl_line("i386", 3, 0x1269, 0x2000, -22),
		"ioctl(3, BLKPG, {op=BLKPG_ADD_PARTITION, flags=0, datalen=0, data=0x5000}) = -1 EINVAL (Invalid argument)");
}

/* evdev's bitsets: as many bytes as returned, a hostile return value. */
static void test_evdev_bits(void **state)
{
	unsigned char bits[0x60] = { 0 };

	(void)state;
	fake_mem_reset();
	bits[0] = 0x06;          /* KEY_ESC, KEY_1 */
	bits[3] = 0x80;          /* bit 31: KEY_S */
	bits[4] = 0x01;          /* KEY_D */
	bits[5] = 0x01;          /* KEY_G: the fifth, left out */
	fake_mem_map(0x1000, bits, sizeof(bits));
	assert_string_equal(ioctl_line("x86_64", 3, 0x80604521, 0x1000, 8),
		"ioctl(3, EVIOCGBIT(EV_KEY, 96), [KEY_ESC KEY_1 KEY_S KEY_D ...]) = 8");
	/* a return value beyond the largest code reads KEY_MAX bits only */
	assert_string_equal(ioctl_line("x86_64", 3, 0x80604521, 0x1000, 0x7fffffff),
		"ioctl(3, EVIOCGBIT(EV_KEY, 96), [KEY_ESC KEY_1 KEY_S KEY_D ...]) = 2147483647");
	/* the words under -X raw */
	assert_string_equal(styled(LTR_XLAT_RAW, "x86_64", 0x80084520, 0x1000, 4),
		"ioctl(3, 0x80084520, [0x10180000006])   = 4");
	/* EVIOCGMTSLOTS with a size too small for its code */
	assert_string_equal(ioctl_line("x86_64", 3, 0x8000450a, 0x1000, 0),
		"ioctl(3, EVIOCGMTSLOTS(0), 0x1000)      = 0");
}

/* seccomp_notif: the syscall name of the tracee's arch, another arch's number. */
static void test_seccomp_notif(void **state)
{
	unsigned char n[80] = { 0 };
	uint32_t v;

	(void)state;
	fake_mem_reset();
	v = 224;
	memcpy(n + 16, &v, 4);
	v = 0x40000003;     /* AUDIT_ARCH_I386 */
	memcpy(n + 20, &v, 4);
	fake_mem_map(0x1000, n, sizeof(n));
	assert_string_equal(ioctl_line("x86_64", 3, 0xc0502100, 0x1000, -9),
		"ioctl(3, SECCOMP_IOCTL_NOTIF_RECV, {id=0, pid=0, flags=0, data={nr=224 /* gettid */, "
		"arch=AUDIT_ARCH_I386, instruction_pointer=NULL, args=[0, 0, 0, 0, 0, 0]}} => 0x1000) "
		"= -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 3, 0xc0502100, 0x1000, -9),
		"ioctl(3, SECCOMP_IOCTL_NOTIF_RECV, {id=0, pid=0, flags=0, data={nr=__NR_gettid, "
		"arch=AUDIT_ARCH_I386, instruction_pointer=NULL, args=[0, 0, 0, 0, 0, 0]}} => 0x1000) "
		"= -1 EBADF (Bad file descriptor)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_request_names),
		cmocka_unit_test(test_request_styles),
		cmocka_unit_test(test_termios),
		cmocka_unit_test(test_fiemap),
		cmocka_unit_test(test_loop_info),
		cmocka_unit_test(test_block),
		cmocka_unit_test(test_evdev_bits),
		cmocka_unit_test(test_seccomp_notif),
	};

	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
