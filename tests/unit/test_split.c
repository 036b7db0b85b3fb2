/* SPDX-License-Identifier: MIT */
/*
 * Splitting printed argument lists (src/decode/split.c) and JSON string
 * escaping (src/json.c). The argument lists are real strace 6.1 output.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/decode.h"
#include "ltr/json.h"

/*
 * Splits text and checks the count and each argument; expected is a
 * NULL-terminated list of the first (up to 6) arguments.
 */
static void check_split(const char *text, int count, ...)
{
	size_t start[6], length[6];
	int n = ltr_decode_split_args(text, strlen(text), start, length);
	const char *want;
	va_list ap;
	int i = 0;

	assert_int_equal(n, count);
	va_start(ap, count);
	while ((want = va_arg(ap, const char *)) != NULL) {
		assert_true(i < 6 && i < n);
		assert_int_equal(length[i], strlen(want));
		assert_memory_equal(text + start[i], want, length[i]);
		i++;
	}
	va_end(ap);
	assert_int_equal(i, n < 6 ? n : 6);
}

static void test_simple(void **state)
{
	(void)state;
	check_split("", 0, NULL);
	check_split("0", 1, "0", NULL);
	check_split("AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC", 3,
		    "AT_FDCWD", "\"/etc/ld.so.cache\"", "O_RDONLY|O_CLOEXEC", NULL);
	check_split("NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0", 6,
		    "NULL", "8192", "PROT_READ|PROT_WRITE", "MAP_PRIVATE|MAP_ANONYMOUS",
		    "-1", "0", NULL);
}

static void test_strings(void **state)
{
	(void)state;
	/* commas, escaped quotes and backslashes inside strings */
	check_split("3, \"a, b\\\", c\", 832", 3, "3", "\"a, b\\\", c\"", "832", NULL);
	check_split("1, \"\\\\\", 1", 3, "1", "\"\\\\\"", "1", NULL);
	check_split("1, \"x\\n\\\"), [{\"..., 4096", 3, "1", "\"x\\n\\\"), [{\"...", "4096",
		    NULL);
	check_split("\"/bin/true\", [\"/bin/true\", \"a, b\"], 0x7ffe47feb350 /* 37 vars */", 3,
		    "\"/bin/true\"", "[\"/bin/true\", \"a, b\"]", "0x7ffe47feb350 /* 37 vars */",
		    NULL);
	/* an unterminated string runs to the end */
	check_split("1, \"abc, def", 2, "1", "\"abc, def", NULL);
}

static void test_structs(void **state)
{
	(void)state;
	check_split("3, \"\", {st_mode=S_IFREG|0644, st_size=44303, ...}, AT_EMPTY_PATH", 4,
		    "3", "\"\"", "{st_mode=S_IFREG|0644, st_size=44303, ...}", "AT_EMPTY_PATH",
		    NULL);
	check_split("12714, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL", 4, "12714",
		    "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]", "0", "NULL", NULL);
	check_split("child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, "
		    "child_tidptr=0x7f30f830aa10", 3, "child_stack=NULL",
		    "flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD",
		    "child_tidptr=0x7f30f830aa10", NULL);
	check_split("SIGINT, {sa_handler=0x55d1, sa_mask=[INT QUIT], sa_flags=SA_RESTORER, "
		    "sa_restorer=0x7f12}, NULL, 8", 4, "SIGINT",
		    "{sa_handler=0x55d1, sa_mask=[INT QUIT], sa_flags=SA_RESTORER, sa_restorer=0x7f12}",
		    "NULL", "8", NULL);
	check_split("0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}", 4,
		    "0", "RLIMIT_STACK", "NULL", "{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}",
		    NULL);
	check_split("1, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, ...}", 3,
		    "1", "TCGETS", "{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, ...}",
		    NULL);
	check_split("makedev(0x1, 0x3), 2", 2, "makedev(0x1, 0x3)", "2", NULL);
}

static void test_comments_paths(void **state)
{
	(void)state;
	check_split("0x1 /* a, \"b */, 2", 2, "0x1 /* a, \"b */", "2", NULL);
	/* -y paths with commas and -yy socket details with "->" */
	check_split("3</tmp/a, b>, \"x\", 1", 3, "3</tmp/a, b>", "\"x\"", "1", NULL);
	check_split("5<TCP:[127.0.0.1:22->127.0.0.1:5000]>, \"a\", 1, MSG_NOSIGNAL, NULL, 0", 6,
		    "5<TCP:[127.0.0.1:22->127.0.0.1:5000]>", "\"a\"", "1", "MSG_NOSIGNAL", "NULL",
		    "0", NULL);
	check_split("AT_FDCWD</root>, \"x\", O_RDONLY", 3, "AT_FDCWD</root>", "\"x\"", "O_RDONLY",
		    NULL);
	/* shifts are not paths */
	check_split("[1<<20, 2], 3", 2, "[1<<20, 2]", "3", NULL);
}

static void test_counts(void **state)
{
	(void)state;
	/* an entry line's trailing separator */
	check_split("3, ", 1, "3", NULL);
	check_split("1, 2, 3, 4, 5, 6, 7, 8", 8, "1", "2", "3", "4", "5", "6", NULL);
	check_split("3, \"\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\"..., 832", 3,
		    "3", "\"\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\"...",
		    "832", NULL);
	check_split("{...}, ...", 2, "{...}", "...", NULL);
}

static void check_span(const char *line, const char *want)
{
	size_t len;
	size_t at = ltr_decode_args_span(line, strlen(line), &len);

	assert_int_equal(len, strlen(want));
	assert_memory_equal(line + at, want, len);
}

static void test_span(void **state)
{
	(void)state;
	check_span("openat(AT_FDCWD, \"x)\", O_RDONLY) = 3", "AT_FDCWD, \"x)\", O_RDONLY");
	check_span("read(3, ", "3");
	check_span("read(3, \"a, b\", 4)", "3, \"a, b\", 4");
	check_span("getpid()", "");
	check_span("exit_group(0", "0");
	check_span("exit_group(0)", "0");
	check_span("wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 42",
		   "-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL");
	check_span("nothing", "");
}

static const char *json(const char *s, size_t len)
{
	static struct ltr_strbuf out;

	ltr_sb_reset(&out);
	ltr_json_string(&out, s, len);
	return ltr_sb_cstr(&out);
}

static void test_json(void **state)
{
	(void)state;
	assert_string_equal(json("", 0), "\"\"");
	assert_string_equal(json("abc", 3), "\"abc\"");
	assert_string_equal(json("\"a\\b\"", 5), "\"\\\"a\\\\b\\\"\"");
	assert_string_equal(json("\n\t\r\b\f", 5), "\"\\n\\t\\r\\b\\f\"");
	assert_string_equal(json("\0\1\37\177", 4), "\"\\u0000\\u0001\\u001f\\u007f\"");
	/* valid UTF-8 is kept: é, €, U+1F600 */
	assert_string_equal(json("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 9),
			    "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\"");
	/* invalid: lone continuation, truncated, overlong, surrogate, > U+10FFFF */
	assert_string_equal(json("\x80", 1), "\"\\u0080\"");
	assert_string_equal(json("a\xc3", 2), "\"a\\u00c3\"");
	assert_string_equal(json("\xc0\xaf", 2), "\"\\u00c0\\u00af\"");
	assert_string_equal(json("\xe0\x80\xaf", 3), "\"\\u00e0\\u0080\\u00af\"");
	assert_string_equal(json("\xed\xa0\x80", 3), "\"\\u00ed\\u00a0\\u0080\"");
	assert_string_equal(json("\xf4\x90\x80\x80", 4), "\"\\u00f4\\u0090\\u0080\\u0080\"");
	assert_string_equal(json("\xff!", 2), "\"\\u00ff!\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_simple),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_structs),
		cmocka_unit_test(test_comments_paths),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_span),
		cmocka_unit_test(test_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
