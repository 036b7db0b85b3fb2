/* SPDX-License-Identifier: MIT */
/*
 * --tips (src/tips.c): strace's argument syntax (id:, format:, bare
 * tokens, random, none/compact/full, case-insensitive, accumulating over
 * several --tips) and strace's layout a tip prints in: its speech bubble
 * beside its mascot.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/tips.h"

/* Parses arg from the defaults of a first --tips. */
static int parse(const char *arg, int *id, enum ltr_tips_format *format)
{
	*id = LTR_TIP_RANDOM;
	*format = LTR_TIPS_NONE;
	return ltr_tips_parse(arg, id, format);
}

static void test_parse(void **state)
{
	enum ltr_tips_format format;
	int id;

	(void)state;
	/* --tips alone: a random tip, compact */
	assert_int_equal(parse("", &id, &format), 0);
	assert_int_equal(id, LTR_TIP_RANDOM);
	assert_int_equal(format, LTR_TIPS_COMPACT);
	assert_int_equal(parse("id:3", &id, &format), 0);
	assert_int_equal(id, 3);
	assert_int_equal(format, LTR_TIPS_COMPACT);
	assert_int_equal(parse("7,full", &id, &format), 0);
	assert_int_equal(id, 7);
	assert_int_equal(format, LTR_TIPS_FULL);
	assert_int_equal(parse("FORMAT:None,ID:Random", &id, &format), 0);
	assert_int_equal(id, LTR_TIP_RANDOM);
	assert_int_equal(format, LTR_TIPS_NONE);
	assert_int_equal(parse("compact", &id, &format), 0);
	assert_int_equal(format, LTR_TIPS_COMPACT);
	assert_int_equal(parse(",,id:0,", &id, &format), 0);
	assert_int_equal(id, 0);
}

static void test_parse_bad(void **state)
{
	enum ltr_tips_format format;
	int id;

	(void)state;
	assert_int_equal(parse("bogus", &id, &format), -1);
	assert_int_equal(parse("id:full", &id, &format), -1);    /* id: takes no format */
	assert_int_equal(parse("format:3", &id, &format), -1);   /* format: takes no id */
	assert_int_equal(parse("-1", &id, &format), -1);
	assert_int_equal(parse("id:2147483648", &id, &format), -1);
	assert_int_equal(parse("id:1x", &id, &format), -1);
	/* nothing changed by a bad argument */
	id = 5;
	format = LTR_TIPS_FULL;
	assert_int_equal(ltr_tips_parse("id:2,bogus", &id, &format), -1);
	assert_int_equal(id, 5);
	assert_int_equal(format, LTR_TIPS_FULL);
}

/* A later --tips starts from what the earlier ones set. */
static void test_accumulate(void **state)
{
	enum ltr_tips_format format;
	int id;

	(void)state;
	assert_int_equal(parse("id:4", &id, &format), 0);
	assert_int_equal(ltr_tips_parse("full", &id, &format), 0);
	assert_int_equal(id, 4);
	assert_int_equal(format, LTR_TIPS_FULL);
	assert_int_equal(ltr_tips_parse("", &id, &format), 0);
	assert_int_equal(format, LTR_TIPS_FULL);
	/* none then --tips again: compact */
	assert_int_equal(ltr_tips_parse("none", &id, &format), 0);
	assert_int_equal(ltr_tips_parse("id:1", &id, &format), 0);
	assert_int_equal(format, LTR_TIPS_COMPACT);
}

/* Prints tip id in format into a string (the caller frees it). */
static char *printed(int id, enum ltr_tips_format format)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out = open_memstream(&text, &size);

	assert_non_null(out);
	ltr_tips_print(out, id, format);
	fclose(out);
	return text;
}

static void test_print(void **state)
{
	unsigned n = ltr_tips_count();
	char *compact, *full, *again, *wrapped, *line;
	unsigned nlines;

	(void)state;
	assert_true(n >= 5);
	compact = printed(1, LTR_TIPS_COMPACT);
	/* strace's layout: the bubble's top, then its sides at columns 1 and 48 */
	assert_true(strncmp(compact, "  ______________________________________________         ____\n",
			    62) == 0);
	assert_null(strstr(compact, "try: "));
	nlines = 0;
	for (line = compact; *line; line = strchr(line, '\n') + 1) {
		nlines++;
		if (nlines >= 3 && line[1] == '|') {
			assert_true(line[48] == '|' || line[48] == '\\' || line[48] == '/' ||
				    line[49] == '\\' || line[50] == '\\');
			/* the mascot from column 52 */
			assert_true(strchr(line, '\n') - line > 52);
		}
	}
	/* 6 lines of text at least, the top, the bottom, and one mascot line more */
	assert_true(nlines >= 10);
	full = printed(1, LTR_TIPS_FULL);
	assert_non_null(strstr(full, " | try: "));
	assert_non_null(strstr(full, " | see: "));
	assert_true(strlen(full) > strlen(compact));
	/* full: the whole mascot, down to its feet */
	assert_non_null(strstr(full, "\n                                                        -\"     \"-\n"));
	/* ids wrap around the number of tips, as strace's */
	wrapped = printed((int)n + 1, LTR_TIPS_COMPACT);
	assert_string_equal(wrapped, compact);
	again = printed(LTR_TIP_RANDOM, LTR_TIPS_NONE);
	assert_string_equal(again, "");
	free(compact);
	free(full);
	free(wrapped);
	free(again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_parse_bad),
		cmocka_unit_test(test_accumulate),
		cmocka_unit_test(test_print),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
