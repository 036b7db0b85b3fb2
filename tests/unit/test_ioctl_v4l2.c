/* SPDX-License-Identifier: MIT */
/*
 * The Video4Linux2 requests (src/decode/ioctl/v4l2.c) through ioctl's
 * syscalls.def row on fake tracee memory: structures in the layouts of
 * x86_64 and i386 (whose requests have other numbers), structures cut
 * by unmapped memory, hostile counts, the control id forms, -X raw and
 * -e verbose=.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <linux/ioctl.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* ioctl(3, req, arg) = ret on arch, through the row. */
static const char *v4l2_line(const char *arch, uint32_t req, uint64_t arg, int64_t ret)
{
	uint64_t args[6] = { 3, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

static void put32(unsigned char *p, unsigned off, uint32_t v)
{
	memcpy(p + off, &v, 4);
}

static void put64(unsigned char *p, unsigned off, uint64_t v)
{
	memcpy(p + off, &v, 8);
}

#define RW(nr, size) _IOC(_IOC_READ | _IOC_WRITE, 'V', nr, size)

/* VIDIOC_QUERYCAP at exit; a failed call shows the address. */
static void test_querycap(void **state)
{
	unsigned char cap[104] = { 0 };

	(void)state;
	fake_mem_reset();
	memcpy(cap, "uvcvideo", 9);
	memcpy(cap + 16, "Cam", 4);
	memcpy(cap + 48, "usb-1", 6);
	put32(cap, 80, 0x060100);
	put32(cap, 84, 0x84a00001);   /* VIDEO_CAPTURE|META_CAPTURE|STREAMING|EXT_PIX_FORMAT|DEVICE_CAPS */
	fake_mem_map(0x10000, cap, sizeof(cap));
	assert_string_equal(v4l2_line("x86_64", 0x80685600, 0x10000, 0),
		"ioctl(3, VIDIOC_QUERYCAP, {driver=\"uvcvideo\", card=\"Cam\", bus_info=\"usb-1\", "
		"version=KERNEL_VERSION(6, 1, 0), capabilities=V4L2_CAP_VIDEO_CAPTURE|"
		"V4L2_CAP_EXT_PIX_FORMAT|V4L2_CAP_META_CAPTURE|V4L2_CAP_STREAMING|"
		"V4L2_CAP_DEVICE_CAPS}) = 0");
	assert_string_equal(v4l2_line("x86_64", 0x80685600, 0x10000, -25),
		"ioctl(3, VIDIOC_QUERYCAP, 0x10000)      = -1 ENOTTY (Inappropriate ioctl for device)");
	/* the last byte unmapped: the address */
	assert_string_equal(v4l2_line("x86_64", 0x80685600, 0x10001, 0),
		"ioctl(3, VIDIOC_QUERYCAP, 0x10001)      = 0");
	assert_string_equal(v4l2_line("x86_64", 0x80685600, 0, -14),
		"ioctl(3, VIDIOC_QUERYCAP, NULL)         = -1 EFAULT (Bad address)");
}

/*
 * VIDIOC_S_FMT of an overlay: struct v4l2_window and its clips, in both
 * layouts; a clip array that runs into unmapped memory ends the line at
 * entry, as strace ends it.
 */
static void test_s_fmt_window(void **state)
{
	unsigned char f64[208] = { 0 }, f32[204] = { 0 }, clips64[48] = { 0 }, clips32[40] = { 0 };
	const char *tail = "{type=V4L2_BUF_TYPE_VIDEO_OVERLAY, fmt.win={w={left=-1, top=2, "
			   "width=640, height=480}, field=V4L2_FIELD_NONE, chromakey=0xff00, "
			   "clips=[{c={left=1, top=2, width=3, height=4}}, {c={left=5, top=6, "
			   "width=7, height=8}}], clipcount=2, bitmap=NULL, global_alpha=0x80}}";
	char want[512];

	(void)state;
	fake_mem_reset();
	for (unsigned i = 0; i < 8; i++) {
		put32(clips64, 24 * (i / 4) + 4 * (i % 4), i + 1);
		put32(clips32, 20 * (i / 4) + 4 * (i % 4), i + 1);
	}
	put32(f64, 0, 3);
	put32(f32, 0, 3);
	/* the union: at 8 on x86_64, at 4 on i386 */
	put32(f64, 8, (uint32_t)-1), put32(f64, 12, 2), put32(f64, 16, 640), put32(f64, 20, 480);
	put32(f32, 4, (uint32_t)-1), put32(f32, 8, 2), put32(f32, 12, 640), put32(f32, 16, 480);
	put32(f64, 8 + 16, 1), put32(f64, 8 + 20, 0xff00);
	put32(f32, 4 + 16, 1), put32(f32, 4 + 20, 0xff00);
	put64(f64, 8 + 24, 0x20000), put32(f64, 8 + 32, 2), f64[8 + 48] = 0x80;
	put32(f32, 4 + 24, 0x20000), put32(f32, 4 + 28, 2), f32[4 + 36] = 0x80;
	fake_mem_map(0x10000, f64, sizeof(f64));
	fake_mem_map(0x11000, f32, sizeof(f32));
	fake_mem_map(0x20000, clips64, sizeof(clips64));
	snprintf(want, sizeof(want), "ioctl(3, VIDIOC_S_FMT, %s) = -1 EINVAL (Invalid argument)", tail);
	assert_string_equal(v4l2_line("x86_64", RW(5, 208), 0x10000, -22), want);
	fake_mem_reset();
	fake_mem_map(0x11000, f32, sizeof(f32));
	fake_mem_map(0x20000, clips32, sizeof(clips32));
	assert_string_equal(v4l2_line("i386", RW(5, 204), 0x11000, -22), want);
	/* x86_64's number on i386 is not VIDIOC_S_FMT's: no decoding */
	assert_string_equal(v4l2_line("i386", RW(5, 208), 0x11000, -22),
		"ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0x56, 0x5, 0xd0), 0x11000) = -1 EINVAL (Invalid argument)");
	/* three clips, the third unmapped: no exit part */
	put32(f32, 4 + 28, 3);
	fake_mem_reset();
	fake_mem_map(0x11000, f32, sizeof(f32));
	fake_mem_map(0x20000, clips32, sizeof(clips32));
	assert_non_null(strstr(v4l2_line("i386", RW(5, 204), 0x11000, 0),
		"width=7, height=8}}, ... /* 0x20028 */], clipcount=3, bitmap=NULL, "
		"global_alpha=0x80}}) = 0"));
	/* a count no memory holds: the same, whatever the count */
	put32(f32, 4 + 28, 0xffffffff);
	fake_mem_reset();
	fake_mem_map(0x11000, f32, sizeof(f32));
	fake_mem_map(0x20000, clips32, sizeof(clips32));
	assert_non_null(strstr(v4l2_line("i386", RW(5, 204), 0x11000, 0),
		"... /* 0x20028 */], clipcount=4294967295,"));
}

/*
 * VIDIOC_DQBUF: the index, memory union and timestamp (64-bit fields on
 * both) at exit, per layout; i386's 32-bit time twin is not decoded.
 */
static void test_dqbuf(void **state)
{
	unsigned char b64[88] = { 0 }, b32[76] = { 0 };
	const char *want = "ioctl(3, VIDIOC_DQBUF, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE, index=2, "
			   "memory=V4L2_MEMORY_USERPTR, m.userptr=0x7000, length=4096, bytesused=100, "
			   "flags=V4L2_BUF_FLAG_DONE|V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC|"
			   "V4L2_BUF_FLAG_TSTAMP_SRC_EOF, timestamp={tv_sec=5, tv_usec=6}, ...}) = 0";

	(void)state;
	fake_mem_reset();
	put32(b64, 0, 2), put32(b64, 4, 1), put32(b64, 8, 100), put32(b64, 12, 0x2004);
	put64(b64, 24, 5), put64(b64, 32, 6), put32(b64, 60, 2), put64(b64, 64, 0x7000);
	put32(b64, 72, 4096);
	put32(b32, 0, 2), put32(b32, 4, 1), put32(b32, 8, 100), put32(b32, 12, 0x2004);
	put64(b32, 20, 5), put64(b32, 28, 6), put32(b32, 56, 2), put32(b32, 60, 0x7000);
	put32(b32, 64, 4096);
	fake_mem_map(0x10000, b64, sizeof(b64));
	fake_mem_map(0x11000, b32, sizeof(b32));
	assert_string_equal(v4l2_line("x86_64", RW(17, 88), 0x10000, 0), want);
	assert_string_equal(v4l2_line("i386", RW(17, 76), 0x11000, 0), want);
	assert_string_equal(v4l2_line("i386", RW(17, 68), 0x11000, 0),
		"ioctl(3, VIDIOC_DQBUF_TIME32, 0x11000)  = 0");
	assert_string_equal(v4l2_line("i386", RW(17, 76), 0x11000, -11),
		"ioctl(3, VIDIOC_DQBUF, {type=V4L2_BUF_TYPE_VIDEO_CAPTURE}) = -1 EAGAIN "
		"(Resource temporarily unavailable)");
}

/* The kernel's side of VIDIOC_QUERYCTRL: the next control is the brightness. */
static void driver_finds_brightness(void)
{
	unsigned char q[68] = { 0 };

	put32(q, 0, 0x980900), put32(q, 4, 1);
	memcpy(q + 8, "Brightness", 11);
	fake_mem_reset();
	fake_mem_map(0x20000, q, sizeof(q));
}

/*
 * Control ids: a name, a class and an offset, V4L2_CID_???; the
 * V4L2_CTRL_FLAG_NEXT_* bits of VIDIOC_QUERYCTRL first; the id the
 * driver found after " => "; -X raw.
 */
static void test_controls(void **state)
{
	unsigned char ctl[8] = { 0 }, q[68] = { 0 };

	(void)state;
	fake_mem_reset();
	put32(ctl, 0, 0x980900), put32(ctl, 4, (uint32_t)-5);
	fake_mem_map(0x10000, ctl, sizeof(ctl));
	assert_string_equal(v4l2_line("x86_64", RW(28, 8), 0x10000, 0),
		"ioctl(3, VIDIOC_S_CTRL, {id=V4L2_CID_BRIGHTNESS, value=-5 => -5}) = 0");
	put32(ctl, 0, 0x981234);
	fake_mem_reset();
	fake_mem_map(0x10000, ctl, sizeof(ctl));
	assert_string_equal(v4l2_line("x86_64", RW(27, 8), 0x10000, 0),
		"ioctl(3, VIDIOC_G_CTRL, {id=V4L2_CTRL_CLASS_USER+0x1234, value=-5}) = 0");
	put32(ctl, 0, 0x12);
	fake_mem_reset();
	fake_mem_map(0x10000, ctl, sizeof(ctl));
	assert_string_equal(v4l2_line("x86_64", RW(27, 8), 0x10000, -22),
		"ioctl(3, VIDIOC_G_CTRL, {id=0x12 /* V4L2_CID_??? */}) = -1 EINVAL (Invalid argument)");
	ltr_decode_opts.xlat_style = LTR_XLAT_RAW;
	assert_string_equal(v4l2_line("x86_64", RW(27, 8), 0x10000, -22),
		"ioctl(3, 0xc008561b, {id=0x12})         = -1 EINVAL (Invalid argument)");
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;

	put32(q, 0, 0x80000000), put32(q, 4, 1);
	memcpy(q + 8, "Brightness", 11);
	fake_mem_map(0x20000, q, sizeof(q));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, RW(36, 68), 0x20000 });
	assert_string_equal(fake_call_run(&fc, 0, driver_finds_brightness),
		"ioctl(3, VIDIOC_QUERYCTRL, {id=V4L2_CTRL_FLAG_NEXT_CTRL|0 /* V4L2_CID_??? */ => "
		"V4L2_CID_BRIGHTNESS, type=V4L2_CTRL_TYPE_INTEGER, name=\"Brightness\", ...}) = 0");
	fake_call_free(&fc);
}

/*
 * VIDIOC_S_EXT_CTRLS: the array of controls at entry and exit (read at
 * the exit of a failed call too, with error_idx), a string control, and
 * a count far beyond what is mapped.
 */
static void test_ext_controls(void **state)
{
	unsigned char e64[32] = { 0 }, e32[24] = { 0 }, ctrls[40] = { 0 };

	(void)state;
	fake_mem_reset();
	put32(e64, 0, 0x980000), put32(e64, 4, 2), put32(e64, 8, 1), put64(e64, 24, 0x20000);
	put32(e32, 0, 0x980000), put32(e32, 4, 2), put32(e32, 8, 1), put32(e32, 20, 0x20000);
	put32(ctrls, 0, 0x980900), put64(ctrls, 12, 7);
	put32(ctrls, 20, 0x980901), put32(ctrls, 24, 3), put64(ctrls, 32, 0x30000);
	fake_mem_map(0x10000, e64, sizeof(e64));
	fake_mem_map(0x11000, e32, sizeof(e32));
	fake_mem_map(0x20000, ctrls, sizeof(ctrls));
	fake_mem_map(0x30000, "abc", 3);
	const char *want = "ioctl(3, VIDIOC_S_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=2, "
			   "controls=[{id=V4L2_CID_BRIGHTNESS, size=0, value=7, value64=7}, "
			   "{id=V4L2_CID_CONTRAST, size=3, string=\"abc\"}]} => {controls=["
			   "{id=V4L2_CID_BRIGHTNESS, size=0, value=7, value64=7}, "
			   "{id=V4L2_CID_CONTRAST, size=3, string=\"abc\"}], error_idx=1}) = -1 "
			   "EINVAL (Invalid argument)";
	assert_string_equal(v4l2_line("x86_64", RW(72, 32), 0x10000, -22), want);
	assert_string_equal(v4l2_line("i386", RW(72, 24), 0x11000, -22), want);
	/* 2^32 - 1 controls, two mapped */
	put32(e64, 4, 0xffffffff);
	fake_mem_reset();
	fake_mem_map(0x10000, e64, sizeof(e64));
	fake_mem_map(0x20000, ctrls, sizeof(ctrls));
	fake_mem_map(0x30000, "abc", 3);
	assert_string_equal(v4l2_line("x86_64", RW(72, 32), 0x10000, 0),
		"ioctl(3, VIDIOC_S_EXT_CTRLS, {ctrl_class=V4L2_CTRL_CLASS_USER, count=4294967295, "
		"controls=[{id=V4L2_CID_BRIGHTNESS, size=0, value=7, value64=7}, "
		"{id=V4L2_CID_CONTRAST, size=3, string=\"abc\"}, ... /* 0x20028 */]}) = 0");
}

/* VIDIOC_CREATE_BUFS: the format at entry, index and count after the return value. */
static void test_create_bufs(void **state)
{
	unsigned char c64[256] = { 0 }, c32[248] = { 0 };
	const char *want = "ioctl(3, VIDIOC_CREATE_BUFS, {count=4, memory=V4L2_MEMORY_MMAP, "
			   "format={type=V4L2_BUF_TYPE_VIDEO_CAPTURE, fmt.pix={width=640, height=480, "
			   "pixelformat=v4l2_fourcc('Y', 'U', 'Y', 'V') /* V4L2_PIX_FMT_YUYV */, "
			   "field=V4L2_FIELD_ANY, bytesperline=0, sizeimage=0, "
			   "colorspace=V4L2_COLORSPACE_DEFAULT}}}) = 0 ({index=8, count=4})";

	(void)state;
	fake_mem_reset();
	put32(c64, 0, 8), put32(c64, 4, 4), put32(c64, 8, 1);
	put32(c64, 16, 1), put32(c64, 24, 640), put32(c64, 28, 480), memcpy(c64 + 32, "YUYV", 4);
	put32(c32, 0, 8), put32(c32, 4, 4), put32(c32, 8, 1);
	put32(c32, 12, 1), put32(c32, 16, 640), put32(c32, 20, 480), memcpy(c32 + 24, "YUYV", 4);
	fake_mem_map(0x10000, c64, sizeof(c64));
	fake_mem_map(0x11000, c32, sizeof(c32));
	assert_string_equal(v4l2_line("x86_64", RW(92, 256), 0x10000, 0), want);
	assert_string_equal(v4l2_line("i386", RW(92, 248), 0x11000, 0), want);
}

/* -e verbose= leaving the call out: the argument in hex, nothing read. */
static void test_not_verbose(void **state)
{
	unsigned char f[208] = { 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, f, sizeof(f));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, RW(4, 208), 0x10000 });
	fc.c.dflags |= LTR_CALL_NODEREF;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, VIDIOC_G_FMT, 0x10000)         = 0");
	fake_call_free(&fc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_querycap),
		cmocka_unit_test(test_s_fmt_window),
		cmocka_unit_test(test_dqbuf),
		cmocka_unit_test(test_controls),
		cmocka_unit_test(test_ext_controls),
		cmocka_unit_test(test_create_bufs),
		cmocka_unit_test(test_not_verbose),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
