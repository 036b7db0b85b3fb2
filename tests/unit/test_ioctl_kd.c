/* SPDX-License-Identifier: MIT */
/*
 * The console/keyboard ('K', src/decode/ioctl/kd.c) and ATA disk (HDIO_*,
 * hdio.c) ioctl families through ioctl's syscalls.def row on fake tracee
 * memory: numbers with their comments and -X, the structure printers with
 * unreadable and partly mapped structures, hostile counts and sizes, a
 * failed call's exit, and the layouts of x86_64 and i386.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/kd.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* ioctl(3, req, arg) = ret on arch, through the row. */
static const char *ioctl_line(const char *arch, uint64_t req, uint64_t arg, int64_t ret)
{
	uint64_t args[6] = { 3, req, arg };

	return fake_call_line(&fc, arch, "ioctl", args, ret);
}

/* The same with the options changed: -X style, -v, -s strsize. */
static const char *ioctl_opts(const char *arch, uint64_t req, uint64_t arg, int64_t ret,
			      enum ltr_xlat_style style, bool verbose, unsigned strsize)
{
	const char *line;

	fake_call_init_row(&fc, arch, fake_row("ioctl"), (uint64_t[6]){ 3, req, arg });
	fc.opts.verbose = verbose;
	fc.opts.strsize = strsize;
	ltr_decode_opts.xlat_style = style;
	line = fake_call_run(&fc, ret, NULL);
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return line;
}

static void put16(unsigned char *p, uint16_t v)
{
	memcpy(p, &v, 2);
}

static void put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static void put64(unsigned char *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

/* Arguments that are numbers: their comments, -X raw, the word size. */
static void test_kd_numbers(void **state)
{
	(void)state;
	fake_mem_reset();
	assert_string_equal(ioctl_line("x86_64", 0x4b2f, 440, 0),
		"ioctl(3, KIOCSOUND, 440 /* 2711 Hz */)  = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b2f, 0, 0),
		"ioctl(3, KIOCSOUND, 0 /* off */)        = 0");
	/* i386: the argument is a 32-bit word */
	assert_string_equal(ioctl_line("i386", 0x4b2f, 0xffffffff00000001ull, 0),
		"ioctl(3, KIOCSOUND, 1 /* 1193182 Hz */) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b2f, 440, 0, LTR_XLAT_RAW, false, 32),
		"ioctl(3, 0x4b2f, 440)                   = 0");
	/* KDMKTONE: an int, ticks << 16 | count */
	assert_string_equal(ioctl_line("x86_64", 0x4b30, 0xbadc0ded00010001ull, 0),
		"ioctl(3, KDMKTONE, 1<<16|1 /* 1193182 Hz, 1 ms */) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b30, 0x1b8, 0),
		"ioctl(3, KDMKTONE, 440 /* off */)       = 0");
	/* lights: an unsigned char */
	assert_string_equal(ioctl_line("x86_64", 0x4b32, 0xbadc0dedfeedfafeull, 0),
		"ioctl(3, KDSETLED, LED_NUM|LED_CAP|0xf8) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b65, 0x71, 0),
		"ioctl(3, KDSKBLED, LED_SCR|LED_SCR<<4|LED_NUM<<4|LED_CAP<<4) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b32, 0xf0, 0, LTR_XLAT_VERBOSE, false, 32),
		"ioctl(3, 0x4b32 /* KDSETLED */, 0xf0 /* LED_??? */) = 0");
	/* the keyboard mode is a signed int */
	assert_string_equal(ioctl_line("x86_64", 0x4b45, 0xffffffff, 0),
		"ioctl(3, KDSKBMODE, -1 /* K_??? */)     = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b45, 3, 0),
		"ioctl(3, KDSKBMODE, K_UNICODE)          = 0");
	/* the mode and meta values are unsigned ints */
	assert_string_equal(ioctl_line("x86_64", 0x4b3a, 0xbadc0ded00000001ull, 0),
		"ioctl(3, KDSETMODE, KD_GRAPHICS)        = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b63, 0x100000004ull, 0),
		"ioctl(3, KDSKBMETA, K_ESCPREFIX)        = 0");
	/* ports: relative to the VGA's first */
	assert_string_equal(ioctl_line("x86_64", 0x4b34, 0x3c0, 0),
		"ioctl(3, KDADDIO, 0x3c0 /* GPFIRST + 12 */) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b35, 0x3e0, 0),
		"ioctl(3, KDDELIO, 0x3e0)                = 0");
	/* signals; a long no signal is */
	assert_string_equal(ioctl_line("x86_64", 0x4b4e, 1, 0),
		"ioctl(3, KDSIGACCEPT, SIGHUP)           = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b4e, 0x7fffffff, 0),
		"ioctl(3, KDSIGACCEPT, 2147483647)       = 0");
	/* no argument */
	assert_string_equal(ioctl_line("x86_64", 0x4b36, 0xdead, 0),
		"ioctl(3, KDENABIO)                      = 0");
}

/* Values the kernel stores: at exit, the address when the call failed. */
static void test_kd_stored_values(void **state)
{
	unsigned char v[4] = { 0 };

	(void)state;
	fake_mem_reset();
	put32(v, 0xfffffffe);
	fake_mem_map(0x1000, v, 4);
	assert_string_equal(ioctl_line("x86_64", 0x4b44, 0x1000, 0),
		"ioctl(3, KDGKBMODE, [-2 /* K_??? */])   = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b44, 0x1000, -EBADF),
		"ioctl(3, KDGKBMODE, 0x1000)             = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("x86_64", 0x4b31, 0x1000, 0),
		"ioctl(3, KDGETLED, [LED_NUM|LED_CAP|0xf8]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b33, 0x1003, 0),
		"ioctl(3, KDGKBTYPE, [0xff /* KB_??? */]) = 0");
	/* the int past the mapping's end */
	assert_string_equal(ioctl_line("x86_64", 0x4b3b, 0x1002, 0),
		"ioctl(3, KDGETMODE, 0x1002)             = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b62, 0, 0),
		"ioctl(3, KDGKBMETA, NULL)               = 0");
}

/* struct kbentry: table, index, and the keysym in a comment. */
static void test_kd_kbentry(void **state)
{
	unsigned char e[4] = { 1, 69, 0, 0 }, tail[2] = { 0x68, 3 };

	(void)state;
	fake_mem_reset();
	put16(e + 2, 0x0a);                          /* K(KT_LATIN, '\n') */
	fake_mem_map(0x1000, e, 4);
	/* kb_table and kb_index only: kb_value is past the mapping */
	fake_mem_map(0x3000 - 2, tail, 2);
	assert_string_equal(ioctl_line("x86_64", 0x4b47, 0x1000, 0),
		"ioctl(3, KDSKBENT, {kb_table=K_SHIFTTAB, kb_index=69, "
		"kb_value=0xa /* K(KT_LATIN, '\\n') */}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b47, 0x3000 - 2, 0),
		"ioctl(3, KDSKBENT, {kb_table=1<<KG_ALT|1<<KG_SHIFTR|1<<KG_CTRLL, kb_index=3, "
		"kb_value=???}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b46, 0x3000 - 1, 0),
		"ioctl(3, KDGKBENT, 0x2fff)              = 0");
	/* a get: the value at exit, none when the call failed */
	assert_string_equal(ioctl_line("x86_64", 0x4b46, 0x1000, -EINVAL),
		"ioctl(3, KDGKBENT, {kb_table=K_SHIFTTAB, kb_index=69}) = -1 EINVAL (Invalid argument)");
	put16(e + 2, 0x11d);                         /* K_PAUSE */
	fake_mem_reset();
	fake_mem_map(0x1000, e, 4);
	assert_string_equal(ioctl_line("x86_64", 0x4b46, 0x1000, 0),
		"ioctl(3, KDGKBENT, {kb_table=K_SHIFTTAB, kb_index=69, kb_value=0x11d /* K_PAUSE */}) = 0");
	/* an unknown type, a type without names, -X raw and verbose */
	put16(e + 2, 0xf00d);
	fake_mem_reset();
	fake_mem_map(0x1000, e, 4);
	assert_string_equal(ioctl_line("x86_64", 0x4b46, 0x1000, 0),
		"ioctl(3, KDGKBENT, {kb_table=K_SHIFTTAB, kb_index=69, kb_value=0xf00d /* K(0xf0, 0xd) */}) = 0");
	put16(e + 2, 0x827);                         /* K(KT_META, '\'') */
	fake_mem_reset();
	fake_mem_map(0x1000, e, 4);
	assert_string_equal(ioctl_line("x86_64", 0x4b46, 0x1000, 0),
		"ioctl(3, KDGKBENT, {kb_table=K_SHIFTTAB, kb_index=69, kb_value=0x827 /* K(KT_META, '\\'') */}) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b46, 0x1000, 0, LTR_XLAT_RAW, false, 32),
		"ioctl(3, 0x4b46, {kb_table=0x1, kb_index=69, kb_value=0x827}) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b46, 0x1000, 0, LTR_XLAT_VERBOSE, false, 32),
		"ioctl(3, 0x4b46 /* KDGKBENT */, {kb_table=0x1 /* K_SHIFTTAB */, kb_index=69, "
		"kb_value=0x827 /* K(KT_META, '\\'') */}) = 0");
}

/* struct kbsentry: the function key, its string cut, unterminated, unreadable. */
static void test_kd_kbsentry(void **state)
{
	static unsigned char s[513];

	(void)state;
	fake_mem_reset();
	s[0] = 13;                                   /* KVAL(K_F14) */
	memset(s + 1, 'a', 512);                     /* no NUL in its 512 bytes */
	fake_mem_map(0x1000, s, sizeof(s));
	assert_string_equal(ioctl_line("x86_64", 0x4b49, 0x1000, 0),
		"ioctl(3, KDSKBSENT, {kb_func=KVAL(K_F14), "
		"kb_string=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"...}) = 0");
	/* 31 bytes and the NUL fit -s 32; 32 bytes do not */
	s[32] = 0;
	fake_mem_reset();
	fake_mem_map(0x1000, s, sizeof(s));
	assert_string_equal(ioctl_line("x86_64", 0x4b49, 0x1000, 0),
		"ioctl(3, KDSKBSENT, {kb_func=KVAL(K_F14), "
		"kb_string=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}) = 0");
	s[32] = 'a';
	s[33] = 0;
	fake_mem_reset();
	fake_mem_map(0x1000, s, sizeof(s));
	assert_string_equal(ioctl_line("x86_64", 0x4b49, 0x1000, 0),
		"ioctl(3, KDSKBSENT, {kb_func=KVAL(K_F14), "
		"kb_string=\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"...}) = 0");
	/* -x and -xx: the NUL makes the string hex, and shows, with "..." */
	memcpy(s + 1, "ab", 3);
	fake_mem_reset();
	fake_mem_map(0x1000, s, sizeof(s));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x4b49, 0x1000 });
	fc.opts.xflag = LTR_XFLAG_NON_ASCII;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, KDSKBSENT, {kb_func=KVAL(K_F14), kb_string=\"\\x61\\x62\\x00\"...}) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x4b49, 0x1000 });
	fc.opts.xflag = LTR_XFLAG_NON_ASCII_CHARS;
	assert_string_equal(fake_call_run(&fc, 0, NULL),
		"ioctl(3, KDSKBSENT, {kb_func=KVAL(K_F14), kb_string=\"ab\"}) = 0");
	/* the string runs into unmapped memory before its NUL */
	memset(s + 1, 'a', 512);
	fake_mem_reset();
	fake_mem_map(0x1000, s, 100);
	assert_string_equal(ioctl_line("x86_64", 0x4b48, 0x1000, 0),
		"ioctl(3, KDGKBSENT, {kb_func=KVAL(K_F14), kb_string=???}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b48, 0x1000, -EPERM),
		"ioctl(3, KDGKBSENT, {kb_func=KVAL(K_F14)}) = -1 EPERM (Operation not permitted)");
	assert_string_equal(ioctl_opts("x86_64", 0x4b48, 0x1000, -EPERM, LTR_XLAT_VERBOSE, false, 32),
		"ioctl(3, 0x4b48 /* KDGKBSENT */, {kb_func=0xd /* KVAL(K_F14) */}) = -1 EPERM (Operation not permitted)");
}

/* Accent tables: counts past the 256 entries, entries past the mapping. */
static void test_kd_diacr(void **state)
{
	static unsigned char t[4 + 256 * 12];
	const char *line;

	(void)state;
	fake_mem_reset();
	put32(t, 2);
	memcpy(t + 4, "('*\t", 4);
	fake_mem_map(0x1000, t, 4 + 3 + 2);          /* the second entry: 2 of its 3 bytes */
	assert_string_equal(ioctl_line("x86_64", 0x4b4b, 0x1000, 0),
		"ioctl(3, KDSKBDIACR, {kb_cnt=2, kbdiacr=[{diacr='(', base='\\'', result='*'}, "
		"... /* 0x1007 */]}) = 0");
	/* a hostile count: 256 entries at most, then "..." (-v shows them all) */
	put32(t, 0xffffffff);
	fake_mem_reset();
	fake_mem_map(0x1000, t, sizeof(t));
	line = ioctl_opts("x86_64", 0x4bfb, 0x1000, 0, LTR_XLAT_ABBREV, true, 32);
	assert_non_null(strstr(line, "ioctl(3, KDSKBDIACRUC, {kb_cnt=4294967295, kbdiacruc=[{diacr=0x9"
				     "2a2728, base=0, result=0}, {diacr=0, base=0, result=0}, "));
	assert_non_null(strstr(line, "{diacr=0, base=0, result=0}, ...]}) = 0"));
	line = ioctl_line("x86_64", 0x4bfb, 0x1000, 0);
	assert_non_null(strstr(line, "{diacr=0, base=0, result=0}, ...]}) = 0"));
	/* -s 32 stops at 32 entries, with no second "..." */
	assert_null(strstr(line, "..., ..."));
	/* a get: the address when it failed */
	assert_string_equal(ioctl_line("x86_64", 0x4b4a, 0x1000, -EFAULT),
		"ioctl(3, KDGKBDIACR, 0x1000)            = -1 EFAULT (Bad address)");
	put32(t, 0);
	fake_mem_reset();
	fake_mem_map(0x1000, t, 4);
	assert_string_equal(ioctl_line("x86_64", 0x4b4a, 0x1000, 0),
		"ioctl(3, KDGKBDIACR, {kb_cnt=0, kbdiacr=[]}) = 0");
}

/* Keycodes and repeat rates: " => " what the kernel stored. */
static void test_kd_changed(void **state)
{
	unsigned char k[8];

	(void)state;
	fake_mem_reset();
	put32(k, 0x1d);
	put32(k + 4, 0x61);
	fake_mem_map(0x1000, k, 8);
	assert_string_equal(ioctl_line("x86_64", 0x4b4c, 0x1000, 0),
		"ioctl(3, KDGETKEYCODE, {scancode=0x1d, keycode=0x61 => 0x61}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b4c, 0x1000, -EINVAL),
		"ioctl(3, KDGETKEYCODE, {scancode=0x1d, keycode=0x61}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(ioctl_line("x86_64", 0x4b4d, 0x1000, 0),
		"ioctl(3, KDSETKEYCODE, {scancode=0x1d, keycode=0x61}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b4d, 0x1004, 0),
		"ioctl(3, KDSETKEYCODE, 0x1004)          = 0");
	put32(k, 250);
	put32(k + 4, (uint32_t)-1);
	fake_mem_reset();
	fake_mem_map(0x1000, k, 8);
	assert_string_equal(ioctl_line("x86_64", 0x4b52, 0x1000, 0),
		"ioctl(3, KDKBDREP, {delay=250, period=-1} => {delay=250, period=-1}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b52, 0x1000, -EINVAL),
		"ioctl(3, KDKBDREP, {delay=250, period=-1}) = -1 EINVAL (Invalid argument)");
}

/* Buffers in hex: screen maps, fonts, colour maps; unicode screen maps. */
static void test_kd_maps(void **state)
{
	static unsigned char m[512];

	(void)state;
	fake_mem_reset();
	for (unsigned i = 0; i < sizeof(m); i++)
		m[i] = (unsigned char)i;
	put16(m, 0xefff);
	put16(m + 2, 0xf000);
	put16(m + 4, 0xf1ff);
	fake_mem_map(0x1000, m, sizeof(m));
	assert_string_equal(ioctl_line("x86_64", 0x4b70, 0x1000, 0),
		"ioctl(3, GIO_CMAP, \"\\xff\\xef\\x00\\xf0\\xff\\xf1\\x06\\x07\\x08\\x09\\x0a\\x0b"
		"\\x0c\\x0d\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c"
		"\\x1d\\x1e\\x1f\"...) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x4b70, 0x1000, -EINVAL),
		"ioctl(3, GIO_CMAP, 0x1000)              = -1 EINVAL (Invalid argument)");
	/* 8192 bytes of font, 512 of them mapped: the address */
	assert_string_equal(ioctl_opts("x86_64", 0x4b61, 0x1000, 0, LTR_XLAT_ABBREV, false, 8192),
		"ioctl(3, PIO_FONT, 0x1000)              = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b69, 0x1000, 0, LTR_XLAT_ABBREV, false, 3),
		"ioctl(3, GIO_UNISCRNMAP, [0xefff, UNI_DIRECT_BASE+0, UNI_DIRECT_BASE+0x1ff, ...]) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b6a, 0x1000, 0, LTR_XLAT_VERBOSE, false, 2),
		"ioctl(3, 0x4b6a /* PIO_UNISCRNMAP */, [0xefff, 0xf000 /* UNI_DIRECT_BASE+0 */, ...]) = 0");
	assert_string_equal(ioctl_opts("x86_64", 0x4b6a, 0x1000, 0, LTR_XLAT_RAW, false, 2),
		"ioctl(3, 0x4b6a, [0xefff, 0xf000, ...]) = 0");
	/* 256 u16 at 0x1000 + 256: the rest is past the mapping */
	assert_non_null(strstr(ioctl_opts("x86_64", 0x4b6a, 0x1100, 0, LTR_XLAT_ABBREV, true, 32),
			       ", ... /* 0x1200 */]) = 0"));
}

/*
 * struct unimapdesc {u16 entry_ct; struct unipair *entries}: the
 * pointer at 8 on x86_64, at 4 on i386; a get's count at exit.
 */
static unsigned char unimap_desc[16];

static void unimap_kernel(void)
{
	/* the kernel's count: 1 */
	put16(unimap_desc, 1);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, sizeof(unimap_desc));
	fake_mem_map(0x2000, "\x41\x00\x01\x00\x42\x00\x02\x00", 8);
}

static void test_kd_unimap(void **state)
{
	(void)state;
	memset(unimap_desc, 0, sizeof(unimap_desc));
	put16(unimap_desc, 2);
	put64(unimap_desc + 8, 0x2000);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, sizeof(unimap_desc));
	fake_mem_map(0x2000, "\x41\x00\x01\x00\x42\x00\x02\x00", 8);
	assert_string_equal(ioctl_line("x86_64", 0x4b67, 0x1000, 0),
		"ioctl(3, PIO_UNIMAP, {entry_ct=2, entries=[{unicode=0x41, fontpos=0x1}, "
		"{unicode=0x42, fontpos=0x2}]}) = 0");
	/* i386 reads the pointer at 4: here 0 */
	assert_string_equal(ioctl_line("i386", 0x4b67, 0x1000, 0),
		"ioctl(3, PIO_UNIMAP, {entry_ct=2, entries=NULL}) = 0");
	put32(unimap_desc + 4, 0x2000);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, 8);
	fake_mem_map(0x2000, "\x41\x00\x01\x00\x42\x00\x02\x00", 8);
	assert_string_equal(ioctl_line("i386", 0x4b67, 0x1000, 0),
		"ioctl(3, PIO_UNIMAP, {entry_ct=2, entries=[{unicode=0x41, fontpos=0x1}, "
		"{unicode=0x42, fontpos=0x2}]}) = 0");
	/* x86_64's 16 bytes are not all there */
	assert_string_equal(ioctl_line("x86_64", 0x4b67, 0x1000, 0),
		"ioctl(3, PIO_UNIMAP, 0x1000)            = 0");
	/* a get: the room at entry, the kernel's count at exit */
	put32(unimap_desc + 4, 0);
	put64(unimap_desc + 8, 0x2000);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, sizeof(unimap_desc));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x4b66, 0x1000 });
	assert_string_equal(fake_call_run(&fc, 0, unimap_kernel),
		"ioctl(3, GIO_UNIMAP, {entry_ct=2 => 1, entries=[{unicode=0x41, fontpos=0x1}, "
		"{unicode=0x42, fontpos=0x2}]}) = 0");
	/* ENOMEM: the entries are read still; another error shows the pointer */
	put16(unimap_desc, 2);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, sizeof(unimap_desc));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x4b66, 0x1000 });
	assert_string_equal(fake_call_run(&fc, -ENOMEM, unimap_kernel),
		"ioctl(3, GIO_UNIMAP, {entry_ct=2 => 1, entries=[{unicode=0x41, fontpos=0x1}, "
		"{unicode=0x42, fontpos=0x2}]}) = -1 ENOMEM (Cannot allocate memory)");
	put16(unimap_desc, 2);
	fake_mem_reset();
	fake_mem_map(0x1000, unimap_desc, sizeof(unimap_desc));
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x4b66, 0x1000 });
	assert_string_equal(fake_call_run(&fc, -EINVAL, unimap_kernel),
		"ioctl(3, GIO_UNIMAP, {entry_ct=2 => 1, entries=0x2000}) = -1 EINVAL (Invalid argument)");
}

/* struct consolefontdesc and console_font_op in both layouts; hostile sizes. */
static void test_kd_fonts(void **state)
{
	unsigned char d64[16] = { 0 }, d32[8] = { 0 }, op64[32] = { 0 }, op32[24] = { 0 };

	(void)state;
	fake_mem_reset();
	put16(d64, 0xffff);                          /* charcount: 512 chars at most */
	put16(d64 + 2, 16);
	put64(d64 + 8, 0x3000);
	put16(d32, 1);
	put16(d32 + 2, 8);
	put32(d32 + 4, 0x3000);
	fake_mem_map(0x1000, d64, sizeof(d64));
	fake_mem_map(0x2000, d32, sizeof(d32));
	fake_mem_map(0x3000, "\x01\x02\x03\x04\x05\x06\x07\x08", 8);
	assert_string_equal(ioctl_line("x86_64", 0x4b6c, 0x1000, 0),
		"ioctl(3, PIO_FONTX, {charcount=65535, charheight=16, chardata=0x3000}) = 0");
	assert_string_equal(ioctl_opts("i386", 0x4b6c, 0x2000, 0, LTR_XLAT_ABBREV, false, 4),
		"ioctl(3, PIO_FONTX, {charcount=1, charheight=8, chardata=\"\\x01\\x02\\x03\\x04\"...}) = 0");
	assert_string_equal(ioctl_line("i386", 0x4b6b, 0x2000, 0),
		"ioctl(3, GIO_FONTX, {charcount=1, charheight=8, chardata=0x3000} => "
		"{charcount=1, charheight=8, chardata=0x3000}) = 0");
	assert_string_equal(ioctl_line("i386", 0x4b6b, 0x2000, -EINVAL),
		"ioctl(3, GIO_FONTX, {charcount=1, charheight=8, chardata=0x3000}) = -1 EINVAL (Invalid argument)");
	/* KDFONTOP: data at 24 on x86_64, at 20 on i386 */
	put32(op64, KD_FONT_OP_SET);
	put32(op64 + 4, 0x80000001);
	put32(op64 + 8, 0xffffffff);                 /* width: 32 bits a row at most */
	put32(op64 + 16, 0);
	put64(op64 + 24, 0x3000);
	memcpy(op32, op64, 20);
	put32(op32 + 8, 1);
	put32(op32 + 16, 1);
	put32(op32 + 20, 0x3000);
	fake_mem_map(0x4000, op64, sizeof(op64));
	fake_mem_map(0x5000, op32, sizeof(op32));
	assert_string_equal(ioctl_line("x86_64", 0x4b72, 0x4000, 0),
		"ioctl(3, KDFONTOP, {op=KD_FONT_OP_SET, flags=KD_FONT_FLAG_DONT_RECALC|KD_FONT_FLAG_OLD, "
		"width=4294967295, height=0, charcount=0, data=\"\"}) = 0");
	/* 1 * 32 bytes wanted, 4 mapped */
	assert_string_equal(ioctl_line("i386", 0x4b72, 0x5000, 0),
		"ioctl(3, KDFONTOP, {op=KD_FONT_OP_SET, flags=KD_FONT_FLAG_DONT_RECALC|KD_FONT_FLAG_OLD, "
		"width=1, height=0, charcount=1, data=0x3000}) = 0");
	/* a get: the pointer at entry, the font at exit */
	put32(op32, KD_FONT_OP_GET);
	put32(op32 + 4, 0);
	fake_mem_reset();
	fake_mem_map(0x5000, op32, sizeof(op32));
	fake_mem_map(0x3000, "\x01\x02\x03\x04", 4);
	assert_string_equal(ioctl_line("i386", 0x4b72, 0x5000, 0),
		"ioctl(3, KDFONTOP, {op=KD_FONT_OP_GET, flags=0, width=1, height=0, charcount=1, "
		"data=0x3000} => {width=1, height=0, charcount=1, data=0x3000}) = 0");
	/* the default font's name: 31 bytes shown at most */
	put32(op64, KD_FONT_OP_SET_DEFAULT);
	fake_mem_reset();
	fake_mem_map(0x4000, op64, sizeof(op64));
	fake_mem_map(0x3000, "0123456789abcdef0123456789abcdefXYZ", 36);
	assert_string_equal(ioctl_opts("x86_64", 0x4b72, 0x4000, 0, LTR_XLAT_ABBREV, false, 64),
		"ioctl(3, KDFONTOP, {op=KD_FONT_OP_SET_DEFAULT, width=4294967295, height=0, "
		"data=\"0123456789abcdef0123456789abcde\"...} => {width=4294967295, height=0}) = 0");
	put32(op64, 0xbeef);
	fake_mem_reset();
	fake_mem_map(0x4000, op64, sizeof(op64));
	assert_string_equal(ioctl_line("x86_64", 0x4b72, 0x4000, -EINVAL),
		"ioctl(3, KDFONTOP, {op=0xbeef /* KD_FONT_OP_??? */, flags=KD_FONT_FLAG_DONT_RECALC|"
		"KD_FONT_FLAG_OLD, width=4294967295, height=0, charcount=0, data=0x3000}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(ioctl_line("x86_64", 0x4b72, 0x4001, 0),
		"ioctl(3, KDFONTOP, 0x4001)              = 0");
}

/* HDIO_GETGEO: the unsigned long start at 8 on x86_64, at 4 on i386. */
static void test_hdio_getgeo(void **state)
{
	unsigned char g64[16] = { 16, 63 }, g32[8] = { 255, 1 };

	(void)state;
	fake_mem_reset();
	put16(g64 + 2, 1024);
	put64(g64 + 8, 0xdeadbeefcafeull);
	put16(g32 + 2, 2);
	put32(g32 + 4, 0xffffffff);
	fake_mem_map(0x1000, g64, sizeof(g64));
	fake_mem_map(0x2000, g32, sizeof(g32));
	assert_string_equal(ioctl_line("x86_64", 0x301, 0x1000, 0),
		"ioctl(3, HDIO_GETGEO, {heads=16, sectors=63, cylinders=1024, start=244837814094590}) = 0");
	assert_string_equal(ioctl_line("i386", 0x301, 0x2000, 0),
		"ioctl(3, HDIO_GETGEO, {heads=255, sectors=1, cylinders=2, start=4294967295}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x301, 0x2000, 0),
		"ioctl(3, HDIO_GETGEO, 0x2000)           = 0");
	assert_string_equal(ioctl_line("x86_64", 0x301, 0x1000, -EBADF),
		"ioctl(3, HDIO_GETGEO, 0x1000)           = -1 EBADF (Bad file descriptor)");
}

/* HDIO_DRIVE_CMD: the header, what the drive returns, also after EIO. */
static unsigned char drive_hdr[4 + 512];

static void drive_kernel(void)
{
	memcpy(drive_hdr, "\x50\x04\x00\x01", 4);   /* status, error, nsector, 1 sector */
	memset(drive_hdr + 4, 0xaa, 512);
	fake_mem_reset();
	fake_mem_map(0x1000, drive_hdr, sizeof(drive_hdr));
}

static void test_hdio_drive_cmd(void **state)
{
	(void)state;
	memcpy(drive_hdr, "\xec\x00\x00\x01", 4);   /* ATA_CMD_ID_ATA */
	fake_mem_reset();
	fake_mem_map(0x1000, drive_hdr, 4);
	fake_call_init_row(&fc, "x86_64", fake_row("ioctl"), (uint64_t[6]){ 3, 0x31f, 0x1000 });
	fc.opts.strsize = 4;
	assert_string_equal(fake_call_run(&fc, -EIO, drive_kernel),
		"ioctl(3, HDIO_DRIVE_CMD, {command=ATA_CMD_ID_ATA, sector_number=0, feature=0, "
		"sector_count=1} => {status=0x50, error=4, nsector=0, buf=\"\\xaa\\xaa\\xaa\\xaa\"...}) "
		"= -1 EIO (Input/output error)");
	memcpy(drive_hdr, "\x01\x00\x00\xff", 4);   /* 255 sectors, none mapped */
	fake_mem_reset();
	fake_mem_map(0x1000, drive_hdr, 4);
	assert_string_equal(ioctl_line("x86_64", 0x31f, 0x1000, -EBADF),
		"ioctl(3, HDIO_DRIVE_CMD, {command=0x1 /* ATA_CMD_??? */, sector_number=0, feature=0, "
		"sector_count=255}) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(ioctl_line("i386", 0x31f, 0x1000, 0),
		"ioctl(3, HDIO_DRIVE_CMD, {command=0x1 /* ATA_CMD_??? */, sector_number=0, feature=0, "
		"sector_count=255} => {status=0x1, error=0, nsector=0, buf=0x1004}) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x31f, 0x2000 - 3, 0),
		"ioctl(3, HDIO_DRIVE_CMD, 0x1ffd)        = 0");
}

/* The unsigned longs: 64-bit tracees only, as the kernel serves them. */
static void test_hdio_ulongs(void **state)
{
	unsigned char v[8];
	static unsigned char id[512];

	(void)state;
	fake_mem_reset();
	put64(v, 0xffffffffffffffe1ull);
	fake_mem_map(0x1000, v, 8);
	assert_string_equal(ioctl_line("x86_64", 0x309, 0x1000, 0),
		"ioctl(3, HDIO_GET_32BIT, [18446744073709551585]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x30c, 0x1000, 0),
		"ioctl(3, HDIO_GET_NICE, [1 << IDE_NICE_DSC_OVERLAP|0xffffffffffffffe0]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x31a, 0x1000, 0),
		"ioctl(3, HDIO_GET_BUSSTATE, [0xffffffffffffffe1 /* BUSSTATE_??? */]) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x309, 0x1004, 0),
		"ioctl(3, HDIO_GET_32BIT, 0x1004)        = 0");
	assert_string_equal(ioctl_line("x86_64", 0x329, 0xa, 0),
		"ioctl(3, HDIO_SET_NICE, 1 << IDE_NICE_ATAPI_OVERLAP|1 << IDE_NICE_1) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x32d, 2, 0),
		"ioctl(3, HDIO_SET_BUSSTATE, BUSSTATE_TRISTATE) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x324, 0xffffffffffffffffull, 0),
		"ioctl(3, HDIO_SET_32BIT, 18446744073709551615) = 0");
	assert_string_equal(ioctl_line("x86_64", 0x31c, 0x1000, 0),
		"ioctl(3, HDIO_DRIVE_RESET, [0xffffffe1, 0xffffffff, ... /* 0x1008 */]) = 0");
	/* i386: not decoded, the argument in hex */
	assert_string_equal(ioctl_line("i386", 0x309, 0x1000, 0),
		"ioctl(3, HDIO_GET_32BIT, 0x1000)        = 0");
	assert_string_equal(ioctl_line("i386", 0x324, 1, 0),
		"ioctl(3, HDIO_SET_32BIT, 0x1)           = 0");
	/* identities: strings at exit, the address when the call failed */
	memset(id, 'x', sizeof(id));
	fake_mem_map(0x2000, id, sizeof(id));
	assert_string_equal(ioctl_opts("x86_64", 0x30d, 0x2000, 0, LTR_XLAT_ABBREV, false, 4),
		"ioctl(3, HDIO_GET_IDENTITY, \"xxxx\"...)  = 0");
	assert_string_equal(ioctl_line("x86_64", 0x307, 0x2000, -EINVAL),
		"ioctl(3, HDIO_OBSOLETE_IDENTITY, 0x2000) = -1 EINVAL (Invalid argument)");
	/* a request no decoder knows */
	assert_string_equal(ioctl_line("x86_64", 0x305, 0x1000, 0),
		"ioctl(3, HDIO_GET_QDMA, 0x1000)         = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kd_numbers),
		cmocka_unit_test(test_kd_stored_values),
		cmocka_unit_test(test_kd_kbentry),
		cmocka_unit_test(test_kd_kbsentry),
		cmocka_unit_test(test_kd_diacr),
		cmocka_unit_test(test_kd_changed),
		cmocka_unit_test(test_kd_maps),
		cmocka_unit_test(test_kd_unimap),
		cmocka_unit_test(test_kd_fonts),
		cmocka_unit_test(test_hdio_getgeo),
		cmocka_unit_test(test_hdio_drive_cmd),
		cmocka_unit_test(test_hdio_ulongs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
