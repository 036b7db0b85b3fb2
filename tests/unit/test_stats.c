/* SPDX-License-Identifier: MIT */
/* The --stats counters and their table (src/stats.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/mem.h"
#include "ltr/stats.h"

static void test_print(void **state)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out;

	(void)state;
	ltr_mem_bytes_read += 7; /* before the start: not counted */
	ltr_stats_start();
	for (int i = 0; i < 4; i++) {
		LTR_STAT_INC(calls);
		LTR_STAT_INC(stop_seccomp);
	}
	LTR_STAT_INC(stop_exit);
	LTR_STAT_ADD(calls_no_exit, 3);
	LTR_STAT_INC(hook_calls);
	ltr_mem_bytes_read += 100;
	out = open_memstream(&text, &size);
	assert_non_null(out);
	ltr_stats_print(out);
	fclose(out);
	assert_non_null(strstr(text, "ltr: tracing cost\n"));
	assert_non_null(strstr(text, "syscalls seen                         4\n"));
	assert_non_null(strstr(text, "resumed without exit                3       0.75\n"));
	assert_non_null(strstr(text, "stops: seccomp                        4       1.00\n"));
	assert_non_null(strstr(text, "stops: total                          5       1.25\n"));
	assert_non_null(strstr(text, "bytes read from tracees             100      25.00\n"));
	assert_non_null(strstr(text, "ltr CPU time"));
	free(text);

	/* A new start forgets the old counts. */
	ltr_stats_start();
	assert_int_equal(ltr_stats.calls, 0);
	assert_int_equal(ltr_stats.stop_seccomp, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_print),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
