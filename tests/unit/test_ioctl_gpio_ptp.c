/* SPDX-License-Identifier: MIT */
/*
 * The GPIO (src/decode/ioctl/gpio.c) and PTP clock (ptp.c) ioctl
 * families through ioctl's syscalls.def row on fake tracee memory:
 * what is printed at entry and at exit, failed calls, structures that
 * are partly mapped or gone at exit, hostile counts (lines, attributes,
 * samples) clamped to the arrays' sizes, -s, -v, -X and -e verbose=.
 * Both families have one layout on every arch: x86_64 and i386 must agree.
 * Expected lines are strace 6.1's (TZ=UTC for the date comments).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>
#include <linux/gpio.h>
#include <linux/ptp_clock.h>

#include "fake_mem.h"
#include "decoders.h"

static struct fake_call fc;

/* ioctl(3, req, arg) = ret on arch with -s strsize and the call's dflags. */
static const char *run(const char *arch, uint32_t req, uint64_t arg, int64_t ret,
		       unsigned strsize, unsigned dflags, void (*kernel)(void))
{
	fake_call_init_row(&fc, arch, fake_row("ioctl"), (uint64_t[6]){ 3, req, arg });
	fc.opts.strsize = strsize;
	fc.c.dflags = dflags;
	return fake_call_run(&fc, ret, kernel);
}

/* The same with the defaults: -s 32, abbreviated, dereferenced. */
static const char *line(const char *arch, uint32_t req, uint64_t arg, int64_t ret)
{
	return run(arch, req, arg, ret, 32, 0, NULL);
}

/* The same under -X style. */
static const char *styled(enum ltr_xlat_style style, uint32_t req, uint64_t arg, int64_t ret)
{
	const char *l;

	ltr_decode_opts.xlat_style = style;
	l = line("x86_64", req, arg, ret);
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return l;
}

/* A "kernel" that unmaps everything between entry and exit. */
static void unmap_all(void)
{
	fake_mem_reset();
}

/* How many times needle occurs in s. */
static unsigned count_of(const char *s, const char *needle)
{
	unsigned n = 0;

	while ((s = strstr(s, needle))) {
		n++;
		s += strlen(needle);
	}
	return n;
}

/* --- GPIO --- */

static void test_gpio_chipinfo(void **state)
{
	struct gpiochip_info info = { .lines = 54 };
	static const char *const arches[] = { "x86_64", "i386" };
	unsigned i;

	(void)state;
	fake_mem_reset();
	strcpy(info.name, "gpiochip0");
	strcpy(info.label, "pinctrl");
	fake_mem_map(0x1000, &info, sizeof(info));
	fake_mem_map(0x3000, &info, sizeof(info) - 1);
	memset(info.name, 'A', sizeof(info.name));
	fake_mem_map(0x5000, &info, sizeof(info));
	for (i = 0; i < 2; i++)
		assert_string_equal(line(arches[i], GPIO_GET_CHIPINFO_IOCTL, 0x1000, 0),
			"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, {name=\"gpiochip0\", label=\"pinctrl\", "
			"lines=54}) = 0");
	/* nothing read after a failure, nor from a structure cut short */
	assert_string_equal(line("x86_64", GPIO_GET_CHIPINFO_IOCTL, 0x1000, -25),
		"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, 0x1000) = -1 ENOTTY (Inappropriate ioctl for device)");
	assert_string_equal(line("x86_64", GPIO_GET_CHIPINFO_IOCTL, 0x3000, 0),
		"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, 0x3000) = 0");
	assert_string_equal(line("x86_64", GPIO_GET_CHIPINFO_IOCTL, 0, -14),
		"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, NULL) = -1 EFAULT (Bad address)");
	/* a name without its NUL: 31 bytes and "..." */
	assert_string_equal(line("x86_64", GPIO_GET_CHIPINFO_IOCTL, 0x5000, 0),
		"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, {name=\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"..., "
		"label=\"pinctrl\", lines=54}) = 0");
	/* -e verbose= leaves it out: the address */
	assert_string_equal(run("x86_64", GPIO_GET_CHIPINFO_IOCTL, 0x1000, 0, 32, LTR_CALL_NODEREF,
				NULL),
		"ioctl(3, GPIO_GET_CHIPINFO_IOCTL, 0x1000) = 0");
}

/* v1 line handles: a hostile line count is clamped to GPIOHANDLES_MAX. */
static void test_gpio_linehandle(void **state)
{
	struct gpiohandle_request hr = { 0 };
	char offsets[512], values[512];
	const char *l;
	unsigned i;

	(void)state;
	fake_mem_reset();
	for (i = 0; i < GPIOHANDLES_MAX; i++) {
		hr.lineoffsets[i] = i;
		hr.default_values[i] = 1;
	}
	hr.lines = 0xffffffff;
	hr.flags = GPIOHANDLE_REQUEST_OUTPUT | 0x8000;
	strcpy(hr.consumer_label, "ltr");
	hr.fd = 7;
	fake_mem_map(0x1000, &hr, sizeof(hr));
	assert_string_equal(run("i386", GPIO_GET_LINEHANDLE_IOCTL, 0x1000, 0, 4, 0, NULL),
		"ioctl(3, GPIO_GET_LINEHANDLE_IOCTL, {lines=4294967295, lineoffsets=[0, 1, 2, 3, ...], "
		"flags=GPIOHANDLE_REQUEST_OUTPUT|0x8000, default_values=[1, 1, 1, 1, ...], "
		"consumer_label=\"ltr\"} => {fd=7}) = 0");
	/* -v: all 64 of each, no more */
	l = run("x86_64", GPIO_GET_LINEHANDLE_IOCTL, 0x1000, 0, 4, LTR_CALL_NOABBREV, NULL);
	offsets[0] = values[0] = '\0';
	for (i = 0; i < GPIOHANDLES_MAX; i++) {
		snprintf(offsets + strlen(offsets), sizeof(offsets) - strlen(offsets), "%s%u",
			 i ? ", " : "lineoffsets=[", i);
		snprintf(values + strlen(values), sizeof(values) - strlen(values), "%s",
			 i ? ", 1" : "default_values=[1");
	}
	assert_non_null(strstr(l, strcat(offsets, "], flags=")));
	assert_non_null(strstr(l, strcat(values, "], consumer_label=")));
	/* failed: no fd */
	assert_string_equal(run("x86_64", GPIO_GET_LINEHANDLE_IOCTL, 0x1000, -22, 2, 0, NULL),
		"ioctl(3, GPIO_GET_LINEHANDLE_IOCTL, {lines=4294967295, lineoffsets=[0, 1, ...], "
		"flags=GPIOHANDLE_REQUEST_OUTPUT|0x8000, default_values=[1, 1, ...], "
		"consumer_label=\"ltr\"}) = -1 EINVAL (Invalid argument)");
	/* no lines: empty arrays */
	hr.lines = 0;
	hr.flags = 0;
	fake_mem_reset();
	fake_mem_map(0x1000, &hr, sizeof(hr));
	assert_string_equal(line("x86_64", GPIO_GET_LINEHANDLE_IOCTL, 0x1000, 0),
		"ioctl(3, GPIO_GET_LINEHANDLE_IOCTL, {lines=0, lineoffsets=[], flags=0, "
		"default_values=[], consumer_label=\"ltr\"} => {fd=7}) = 0");
	/* gone at exit: the address after " => " */
	assert_string_equal(run("x86_64", GPIO_GET_LINEHANDLE_IOCTL, 0x1000, 0, 32, 0, unmap_all),
		"ioctl(3, GPIO_GET_LINEHANDLE_IOCTL, {lines=0, lineoffsets=[], flags=0, "
		"default_values=[], consumer_label=\"ltr\"} => 0x1000) = 0");
}

/*
 * v2 line requests: attributes by id (an unknown id or a used padding
 * raw), a hostile attribute count clamped to GPIO_V2_LINE_NUM_ATTRS_MAX.
 */
static void test_gpio_v2_line_request(void **state)
{
	struct gpio_v2_line_request lr = { 0 };
	const char *l;

	(void)state;
	fake_mem_reset();
	lr.num_lines = 2;
	lr.offsets[0] = 5;
	lr.offsets[1] = 9;
	strcpy(lr.consumer, "c");
	lr.config.flags = GPIO_V2_LINE_FLAG_INPUT | GPIO_V2_LINE_FLAG_EDGE_RISING;
	lr.config.num_attrs = 1000;
	lr.config.attrs[0].attr.id = GPIO_V2_LINE_ATTR_ID_DEBOUNCE;
	lr.config.attrs[0].attr.debounce_period_us = 10;
	lr.config.attrs[0].mask = 3;
	lr.config.attrs[1].attr.id = 7;
	lr.config.attrs[1].attr.values = 0x55;
	lr.config.attrs[1].mask = 1;
	lr.config.attrs[2].attr.id = GPIO_V2_LINE_ATTR_ID_FLAGS;
	lr.config.attrs[2].attr.padding = 2;
	lr.config.attrs[2].attr.flags = 4;
	lr.padding[1] = 0x10;
	lr.fd = 9;
	fake_mem_map(0x1000, &lr, sizeof(lr));
	assert_string_equal(run("x86_64", GPIO_V2_GET_LINE_IOCTL, 0x1000, 0, 3, 0, NULL),
		"ioctl(3, GPIO_V2_GET_LINE_IOCTL, {num_lines=2, offsets=[5, 9], consumer=\"c\", "
		"config={flags=GPIO_V2_LINE_FLAG_INPUT|GPIO_V2_LINE_FLAG_EDGE_RISING, num_attrs=1000, "
		"attrs=[{debounce_period_us=10, mask=0x3}, {attr={id=7, data=0x55}, mask=0x1}, "
		"{attr={id=1, padding=0x2, data=0x4}, mask=0}, ...]}, padding=[0, 0x10, 0, 0, 0]} "
		"=> {fd=9}) = 0");
	/* -v: the ten attributes there are, no more */
	l = run("i386", GPIO_V2_GET_LINE_IOCTL, 0x1000, 0, 3, LTR_CALL_NOABBREV, NULL);
	assert_int_equal(count_of(l, "mask="), 10);
	/* a structure cut short at entry: its address, nothing at exit */
	fake_mem_reset();
	fake_mem_map(0x1000, &lr, sizeof(lr) - 4);
	assert_string_equal(line("x86_64", GPIO_V2_GET_LINE_IOCTL, 0x1000, 0),
		"ioctl(3, GPIO_V2_GET_LINE_IOCTL, 0x1000) = 0");
}

/* v2 line info: the offset at entry, the rest at exit. */
static void test_gpio_v2_line_info(void **state)
{
	struct gpio_v2_line_info li = { 0 };

	(void)state;
	fake_mem_reset();
	li.offset = 4;
	strcpy(li.name, "n");
	li.flags = GPIO_V2_LINE_FLAG_USED | GPIO_V2_LINE_FLAG_OUTPUT | (1ULL << 40);
	li.num_attrs = 2;
	li.attrs[0].id = GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES;
	li.attrs[0].values = 1;
	li.attrs[1].id = GPIO_V2_LINE_ATTR_ID_FLAGS;
	li.attrs[1].flags = GPIO_V2_LINE_FLAG_ACTIVE_LOW;
	fake_mem_map(0x1000, &li, sizeof(li));
	assert_string_equal(line("x86_64", GPIO_V2_GET_LINEINFO_IOCTL, 0x1000, 0),
		"ioctl(3, GPIO_V2_GET_LINEINFO_IOCTL, {offset=4} => {name=\"n\", consumer=\"\", "
		"flags=GPIO_V2_LINE_FLAG_USED|GPIO_V2_LINE_FLAG_OUTPUT|0x10000000000, num_attrs=2, "
		"attrs=[{values=0x1}, {flags=GPIO_V2_LINE_FLAG_ACTIVE_LOW}]}) = 0");
	assert_string_equal(line("x86_64", GPIO_V2_GET_LINEINFO_WATCH_IOCTL, 0x1000, -16),
		"ioctl(3, GPIO_V2_GET_LINEINFO_WATCH_IOCTL, {offset=4}) = -1 EBUSY (Device or resource busy)");
	assert_string_equal(run("x86_64", GPIO_V2_GET_LINEINFO_IOCTL, 0x1000, 0, 32, 0, unmap_all),
		"ioctl(3, GPIO_V2_GET_LINEINFO_IOCTL, {offset=4} => 0x1000) = 0");
}

/* v1 line info and values under -X; unknown requests of the type in hex. */
static void test_gpio_styles(void **state)
{
	struct gpioline_info info = { .line_offset = 50, .flags = 0xc };
	struct gpio_v2_line_values vals = { .bits = 0, .mask = 0xff };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &info, sizeof(info));
	fake_mem_map(0x2000, &vals, sizeof(vals));
	assert_string_equal(styled(LTR_XLAT_RAW, GPIO_GET_LINEINFO_IOCTL, 0x1000, 0),
		"ioctl(3, 0xc048b402, {line_offset=50} => {flags=0xc, name=\"\", consumer=\"\"}) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, GPIO_GET_LINEINFO_IOCTL, 0x1000, 0),
		"ioctl(3, 0xc048b402 /* GPIO_GET_LINEINFO_IOCTL */, {line_offset=50} => "
		"{flags=0xc /* GPIOLINE_FLAG_ACTIVE_LOW|GPIOLINE_FLAG_OPEN_DRAIN */, name=\"\", "
		"consumer=\"\"}) = 0");
	assert_string_equal(line("x86_64", GPIO_V2_LINE_GET_VALUES_IOCTL, 0x2000, 0),
		"ioctl(3, GPIO_V2_LINE_GET_VALUES_IOCTL, {mask=0xff} => {bits=0}) = 0");
	assert_string_equal(line("x86_64", GPIO_V2_LINE_SET_VALUES_IOCTL, 0x2000, 0),
		"ioctl(3, GPIO_V2_LINE_SET_VALUES_IOCTL, {bits=0, mask=0xff}) = 0");
	assert_string_equal(line("x86_64", _IOWR(0xb4, 0x7f, int), 0x2000, -25),
		"ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0xb4, 0x7f, 0x4), 0x2000) = -1 ENOTTY "
		"(Inappropriate ioctl for device)");
}

/* The flag lists hold the enum's values (the header check cannot see enums). */
static void test_gpio_enum_values(void **state)
{
#define NAMED(table, name) assert_string_equal(ltr_xlat_lookup(LTR_XT(table), name), #name)
	(void)state;
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_USED);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_ACTIVE_LOW);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_INPUT);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_OUTPUT);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_EDGE_RISING);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_EDGE_FALLING);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_OPEN_DRAIN);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_OPEN_SOURCE);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_BIAS_PULL_UP);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_BIAS_PULL_DOWN);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_BIAS_DISABLED);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_EVENT_CLOCK_REALTIME);
	NAMED(gpio_v2_line_flags, GPIO_V2_LINE_FLAG_EVENT_CLOCK_HTE);
	NAMED(ptp_pin_funcs, PTP_PF_NONE);
	NAMED(ptp_pin_funcs, PTP_PF_EXTTS);
	NAMED(ptp_pin_funcs, PTP_PF_PEROUT);
	NAMED(ptp_pin_funcs, PTP_PF_PHYSYNC);
#undef NAMED
}

/* --- PTP --- */

/*
 * PTP_SYS_OFFSET: a hostile sample count (at most 2 * 25 + 1 times),
 * dates, reserved fields, and what is left when the structure is gone.
 */
static void test_ptp_sys_offset(void **state)
{
	struct ptp_sys_offset so = { .n_samples = 0xffffffff };
	const char *l;

	(void)state;
	fake_mem_reset();
	so.ts[1].sec = 1;
	so.ts[1].nsec = 5;
	so.ts[1].reserved = 7;
	so.ts[2].nsec = 1000000000;
	so.rsv[2] = 0xbad;
	fake_mem_map(0x1000, &so, sizeof(so));
	assert_string_equal(run("x86_64", PTP_SYS_OFFSET, 0x1000, 0, 3, 0, NULL),
		"ioctl(3, PTP_SYS_OFFSET, {n_samples=4294967295, rsv=[0, 0, 0xbad], "
		"ts=[{sec=0, nsec=0}, {sec=1, nsec=5, reserved=0x7} "
		"/* 1970-01-01T00:00:01.000000005+0000 */, {sec=0, nsec=1000000000}, ...]}) = 0");
	l = run("i386", PTP_SYS_OFFSET2, 0x1000, 0, 3, LTR_CALL_NOABBREV, NULL);
	assert_int_equal(count_of(l, "{sec="), 2 * PTP_MAX_SAMPLES + 1);
	/* -X raw: no dates */
	assert_null(strstr(styled(LTR_XLAT_RAW, PTP_SYS_OFFSET, 0x1000, 0), "1970"));
	assert_string_equal(run("x86_64", PTP_SYS_OFFSET, 0x1000, -19, 3, 0, NULL),
		"ioctl(3, PTP_SYS_OFFSET, {n_samples=4294967295, rsv=[0, 0, 0xbad]}) = -1 ENODEV "
		"(No such device)");
	assert_string_equal(run("x86_64", PTP_SYS_OFFSET, 0x1000, 0, 3, 0, unmap_all),
		"ioctl(3, PTP_SYS_OFFSET, {n_samples=4294967295, rsv=[0, 0, 0xbad], ???}) = 0");
	fake_mem_map(0x3000, &so, sizeof(so) - 1);
	assert_string_equal(line("x86_64", PTP_SYS_OFFSET, 0x3000, 0),
		"ioctl(3, PTP_SYS_OFFSET, 0x3000)        = 0");
}

/* PTP_SYS_OFFSET_EXTENDED: three dates per sample, at most 25 samples. */
static void test_ptp_sys_offset_extended(void **state)
{
	static struct ptp_sys_offset_extended so;
	const char *l;

	(void)state;
	fake_mem_reset();
	so.n_samples = 1;
	so.ts[0][2].sec = 60;
	fake_mem_map(0x1000, &so, sizeof(so));
	assert_string_equal(line("x86_64", PTP_SYS_OFFSET_EXTENDED, 0x1000, 0),
		"ioctl(3, PTP_SYS_OFFSET_EXTENDED, {n_samples=1, ts=[[{sec=0, nsec=0}, {sec=0, nsec=0}, "
		"{sec=60, nsec=0} /* 1970-01-01T00:01:00+0000 */]]}) = 0");
	so.n_samples = 26;
	fake_mem_reset();
	fake_mem_map(0x1000, &so, sizeof(so));
	l = run("x86_64", PTP_SYS_OFFSET_EXTENDED2, 0x1000, 0, 32, LTR_CALL_NOABBREV, NULL);
	assert_int_equal(count_of(l, "[{sec="), PTP_MAX_SAMPLES);
}

/* PTP_PIN_GETFUNC: the index at entry, the rest at exit; SETFUNC2 at entry. */
static void test_ptp_pin(void **state)
{
	struct ptp_pin_desc pin = { .index = 1, .func = PTP_PF_PEROUT, .chan = 2 };

	(void)state;
	fake_mem_reset();
	strcpy(pin.name, "pin0");
	pin.rsv[4] = 0x5;
	fake_mem_map(0x1000, &pin, sizeof(pin));
	assert_string_equal(line("x86_64", PTP_PIN_GETFUNC, 0x1000, 0),
		"ioctl(3, PTP_PIN_GETFUNC, {index=1, name=\"pin0\", func=PTP_PF_PEROUT, chan=2}) = 0");
	assert_string_equal(line("x86_64", PTP_PIN_GETFUNC2, 0x1000, 0),
		"ioctl(3, PTP_PIN_GETFUNC2, {index=1, rsv=[0, 0, 0, 0, 0x5], name=\"pin0\", "
		"func=PTP_PF_PEROUT, chan=2}) = 0");
	assert_string_equal(line("x86_64", PTP_PIN_GETFUNC, 0x1000, -1),
		"ioctl(3, PTP_PIN_GETFUNC, {index=1})    = -1 EPERM (Operation not permitted)");
	assert_string_equal(run("x86_64", PTP_PIN_GETFUNC, 0x1000, 0, 32, 0, unmap_all),
		"ioctl(3, PTP_PIN_GETFUNC, {index=1, ???}) = 0");
	pin.func = 9;
	fake_mem_map(0x1000, &pin, sizeof(pin));
	assert_string_equal(line("i386", PTP_PIN_SETFUNC2, 0x1000, 0),
		"ioctl(3, PTP_PIN_SETFUNC2, {index=1, func=0x9 /* PTP_PF_??? */, chan=2, "
		"rsv=[0, 0, 0, 0, 0x5]}) = 0");
	assert_string_equal(line("i386", PTP_PIN_SETFUNC, 0x1000, 0),
		"ioctl(3, PTP_PIN_SETFUNC, {index=1, func=0x9 /* PTP_PF_??? */, chan=2}) = 0");
}

/* PTP_PEROUT_REQUEST{,2}: the unions chosen by the flags. */
static void test_ptp_perout(void **state)
{
	struct ptp_perout_request p = { 0 };

	(void)state;
	fake_mem_reset();
	p.phase.sec = 1;
	p.period.sec = 2;
	p.flags = PTP_PEROUT_PHASE | PTP_PEROUT_DUTY_CYCLE;
	p.on.nsec = 500;
	fake_mem_map(0x1000, &p, sizeof(p));
	assert_string_equal(line("x86_64", PTP_PEROUT_REQUEST2, 0x1000, 0),
		"ioctl(3, PTP_PEROUT_REQUEST2, {phase={sec=1, nsec=0}, period={sec=2, nsec=0}, "
		"index=0, flags=PTP_PEROUT_DUTY_CYCLE|PTP_PEROUT_PHASE, on={sec=0, nsec=500}}) = 0");
	p.flags = 0x10;
	fake_mem_reset();
	fake_mem_map(0x1000, &p, sizeof(p));
	assert_string_equal(line("x86_64", PTP_PEROUT_REQUEST2, 0x1000, 0),
		"ioctl(3, PTP_PEROUT_REQUEST2, {start={sec=1, nsec=0} /* 1970-01-01T00:00:01+0000 */, "
		"period={sec=2, nsec=0}, index=0, flags=0x10 /* PTP_PEROUT_??? */, "
		"rsv=[0, 0, 0x1f4, 0]}) = 0");
	assert_string_equal(line("x86_64", PTP_PEROUT_REQUEST, 0x1000, 0),
		"ioctl(3, PTP_PEROUT_REQUEST, {start={sec=1, nsec=0} /* 1970-01-01T00:00:01+0000 */, "
		"period={sec=2, nsec=0}, index=0, flags=0x10 /* PTP_PEROUT_??? */}) = 0");
}

/* Capabilities at exit; -e verbose= and PTP_ENABLE_PPS show the argument. */
static void test_ptp_caps(void **state)
{
	struct ptp_clock_caps caps = { .max_adj = -1, .n_pins = 4 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, &caps, sizeof(caps));
	assert_string_equal(line("i386", PTP_CLOCK_GETCAPS, 0x1000, 0),
		"ioctl(3, PTP_CLOCK_GETCAPS, {max_adj=-1, n_alarm=0, n_ext_ts=0, n_per_out=0, pps=0, "
		"n_pins=4, cross_timestamping=0, adjust_phase=0}) = 0");
	assert_string_equal(line("x86_64", PTP_CLOCK_GETCAPS2, 0x1000, -19),
		"ioctl(3, PTP_CLOCK_GETCAPS2, 0x1000)    = -1 ENODEV (No such device)");
	assert_string_equal(run("x86_64", PTP_CLOCK_GETCAPS, 0x1000, 0, 32, LTR_CALL_NODEREF, NULL),
		"ioctl(3, PTP_CLOCK_GETCAPS, 0x1000)     = 0");
	assert_string_equal(line("x86_64", PTP_ENABLE_PPS, 1, 0),
		"ioctl(3, PTP_ENABLE_PPS, 0x1)           = 0");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gpio_chipinfo),
		cmocka_unit_test(test_gpio_linehandle),
		cmocka_unit_test(test_gpio_v2_line_request),
		cmocka_unit_test(test_gpio_v2_line_info),
		cmocka_unit_test(test_gpio_styles),
		cmocka_unit_test(test_gpio_enum_values),
		cmocka_unit_test(test_ptp_sys_offset),
		cmocka_unit_test(test_ptp_sys_offset_extended),
		cmocka_unit_test(test_ptp_pin),
		cmocka_unit_test(test_ptp_perout),
		cmocka_unit_test(test_ptp_caps),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	ltr_arch_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
