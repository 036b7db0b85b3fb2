/* SPDX-License-Identifier: MIT */
/*
 * strace's time formats (src/timefmt.c): the absolute stamp of -t, -tt,
 * -ttt and --absolute-timestamps at each precision, -r's relative stamp
 * alone and after an absolute one, and -T's durations. Every expected
 * string is what strace 6.1 prints for the same time (TZ=UTC).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "ltr/timefmt.h"

static struct ltr_strbuf sb;

/* 1700000000.987654321: 22:13:20 UTC */
static const struct timespec wall = { 1700000000, 987654321 };

static const char *stamps(enum ltr_abs_time format, unsigned abs_digits, bool relative,
			  unsigned rel_digits, long since_s, long since_ns)
{
	struct ltr_time_format tf = { .absolute = format, .abs_digits = abs_digits,
				      .relative = relative, .rel_digits = rel_digits };
	struct timespec since = { since_s, since_ns };

	ltr_sb_reset(&sb);
	ltr_timefmt_stamps(&sb, &tf, &wall, &since);
	return ltr_sb_cstr(&sb);
}

static const char *duration(unsigned digits, long s, long ns)
{
	struct ltr_time_format tf = { .durations = true, .dur_digits = digits };
	struct timespec d = { s, ns };

	ltr_sb_reset(&sb);
	ltr_timefmt_duration(&sb, &tf, &d);
	return ltr_sb_cstr(&sb);
}

static void test_absolute(void **state)
{
	(void)state;
	assert_string_equal(stamps(LTR_ABS_TIME, 0, false, 6, 0, 0), "22:13:20 ");        /* -t */
	assert_string_equal(stamps(LTR_ABS_TIME, 3, false, 6, 0, 0), "22:13:20.987 ");
	assert_string_equal(stamps(LTR_ABS_TIME, 6, false, 6, 0, 0), "22:13:20.987654 "); /* -tt */
	assert_string_equal(stamps(LTR_ABS_TIME, 9, false, 6, 0, 0), "22:13:20.987654321 ");
	assert_string_equal(stamps(LTR_ABS_UNIX, 0, false, 6, 0, 0), "1700000000 ");
	assert_string_equal(stamps(LTR_ABS_UNIX, 3, false, 6, 0, 0), "1700000000.987 ");
	assert_string_equal(stamps(LTR_ABS_UNIX, 6, false, 6, 0, 0), "1700000000.987654 "); /* -ttt */
	assert_string_equal(stamps(LTR_ABS_UNIX, 9, false, 6, 0, 0), "1700000000.987654321 ");
	/* none: nothing at all */
	assert_string_equal(stamps(LTR_ABS_NONE, 6, false, 6, 0, 0), "");
}

/* Fractions are truncated, never rounded, and zero-padded. */
static void test_truncated(void **state)
{
	struct ltr_time_format tf = { .absolute = LTR_ABS_UNIX, .abs_digits = 3 };
	struct timespec w = { 5, 999999999 }, z = { 0, 0 };

	(void)state;
	ltr_sb_reset(&sb);
	ltr_timefmt_stamps(&sb, &tf, &w, &z);
	assert_string_equal(ltr_sb_cstr(&sb), "5.999 ");
	w.tv_nsec = 1000000;
	ltr_sb_reset(&sb);
	ltr_timefmt_stamps(&sb, &tf, &w, &z);
	assert_string_equal(ltr_sb_cstr(&sb), "5.001 ");
}

static void test_relative(void **state)
{
	(void)state;
	/* -r: seconds right-aligned in 6 columns */
	assert_string_equal(stamps(LTR_ABS_NONE, 0, true, 6, 0, 123456789), "     0.123456 ");
	assert_string_equal(stamps(LTR_ABS_NONE, 0, true, 0, 0, 123456789), "     0 ");
	assert_string_equal(stamps(LTR_ABS_NONE, 0, true, 3, 12, 5000000), "    12.005 ");
	assert_string_equal(stamps(LTR_ABS_NONE, 0, true, 9, 1234567, 1), "1234567.000000001 ");
	/* after an absolute stamp: "(+...)" */
	assert_string_equal(stamps(LTR_ABS_TIME, 0, true, 6, 0, 530000), "22:13:20 (+     0.000530) ");
	assert_string_equal(stamps(LTR_ABS_UNIX, 3, true, 9, 1, 5),
			    "1700000000.987 (+     1.000000005) ");
	assert_string_equal(stamps(LTR_ABS_TIME, 6, true, 0, 3, 0), "22:13:20.987654 (+     3) ");
}

static void test_duration(void **state)
{
	(void)state;
	assert_string_equal(duration(6, 0, 359788123), " <0.359788>");   /* -T */
	assert_string_equal(duration(9, 0, 359788123), " <0.359788123>");
	assert_string_equal(duration(3, 2, 359788123), " <2.359>");
	assert_string_equal(duration(0, 0, 999999999), " <0>");
	assert_string_equal(duration(0, 12, 0), " <12>");
}

static void test_units(void **state)
{
	(void)state;
	assert_int_equal(ltr_timefmt_unit_digits("s"), 0);
	assert_int_equal(ltr_timefmt_unit_digits("ms"), 3);
	assert_int_equal(ltr_timefmt_unit_digits("us"), 6);
	assert_int_equal(ltr_timefmt_unit_digits("ns"), 9);
	assert_int_equal(ltr_timefmt_unit_digits("m"), -1);
	assert_int_equal(ltr_timefmt_unit_digits(""), -1);
	assert_string_equal(ltr_timefmt_unit_name(0), "s");
	assert_string_equal(ltr_timefmt_unit_name(3), "ms");
	assert_string_equal(ltr_timefmt_unit_name(6), "us");
	assert_string_equal(ltr_timefmt_unit_name(9), "ns");
	assert_null(ltr_timefmt_unit_name(4));
	assert_null(ltr_timefmt_unit_name(12));
}

static int setup_group(void **state)
{
	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	return 0;
}

static int teardown_group(void **state)
{
	(void)state;
	ltr_sb_free(&sb);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_absolute),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_duration),
		cmocka_unit_test(test_units),
	};

	return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
