/* SPDX-License-Identifier: MIT */
/*
 * The strbuf integer formatters (src/strbuf.c) against printf's "%lld",
 * "%llu" and "%#llx", over edge values and a sweep of powers and their
 * neighbours.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/strbuf.h"

/* Every value of interest: 0, +-2^k and +-10^k and their neighbours. */
static size_t edge_values(uint64_t *out, size_t max)
{
	size_t n = 0;
	uint64_t p;
	int k;

	for (k = 0; k < 64 && n + 6 <= max; k++) {
		p = (uint64_t)1 << k;
		out[n++] = p - 1;
		out[n++] = p;
		out[n++] = p + 1;
		out[n++] = 0 - p;
		out[n++] = 0 - p - 1;
		out[n++] = 0 - p + 1;
	}
	for (p = 1, k = 0; k < 20 && n + 3 <= max; k++, p *= 10) {
		out[n++] = p - 1;
		out[n++] = p;
		out[n++] = p + 1;
	}
	if (n + 4 <= max) {
		out[n++] = 0;
		out[n++] = UINT64_MAX;
		out[n++] = (uint64_t)INT64_MAX;
		out[n++] = (uint64_t)INT64_MIN;
	}
	return n;
}

static void test_formatters_match_printf(void **state)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;
	uint64_t values[600];
	size_t n = edge_values(values, 600), i;
	char want[64];

	(void)state;
	for (i = 0; i < n; i++) {
		uint64_t v = values[i];

		ltr_sb_reset(&sb);
		ltr_sb_put_dec(&sb, (int64_t)v);
		snprintf(want, sizeof(want), "%lld", (long long)(int64_t)v);
		assert_string_equal(ltr_sb_cstr(&sb), want);

		ltr_sb_reset(&sb);
		ltr_sb_put_udec(&sb, v);
		snprintf(want, sizeof(want), "%llu", (unsigned long long)v);
		assert_string_equal(ltr_sb_cstr(&sb), want);

		ltr_sb_reset(&sb);
		ltr_sb_put_hex(&sb, v);
		snprintf(want, sizeof(want), "%#llx", (unsigned long long)v);
		assert_string_equal(ltr_sb_cstr(&sb), want);

		for (unsigned width = 0; width <= 4; width++) {
			ltr_sb_reset(&sb);
			ltr_sb_put_oct(&sb, v, width);
			snprintf(want, sizeof(want), "%#0*llo", (int)width, (unsigned long long)v);
			assert_string_equal(ltr_sb_cstr(&sb), want);
		}
	}
	/* file modes as file.c prints them */
	for (unsigned mode = 0; mode < 01000; mode++) {
		ltr_sb_reset(&sb);
		ltr_sb_put_oct(&sb, mode, 3);
		snprintf(want, sizeof(want), "%#03o", mode);
		assert_string_equal(ltr_sb_cstr(&sb), want);
	}
	ltr_sb_free(&sb);
}

/* Appending keeps what was there and grows an empty buffer. */
static void test_formatters_append(void **state)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;

	(void)state;
	ltr_sb_put_hex(&sb, 0);
	ltr_sb_puts(&sb, ", ");
	ltr_sb_put_dec(&sb, -1);
	ltr_sb_puts(&sb, ", ");
	ltr_sb_put_udec(&sb, 42);
	ltr_sb_puts(&sb, ", ");
	ltr_sb_put_hex(&sb, 0x7ffd1234);
	assert_string_equal(ltr_sb_cstr(&sb), "0, -1, 42, 0x7ffd1234");
	assert_int_equal(sb.len, strlen("0, -1, 42, 0x7ffd1234"));
	ltr_sb_free(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formatters_match_printf),
		cmocka_unit_test(test_formatters_append),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
