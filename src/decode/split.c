/* SPDX-License-Identifier: MIT */
/*
 * Splitting a printed argument list back into its arguments, for -j's
 * "args" array and Lua's call:arg(i). See include/ltr/decode.h.
 */
#include <ctype.h>
#include <string.h>

#include "ltr/decode.h"

/* s[i] is '"': the index just past the closing quote (or len). */
static size_t skip_string(const char *s, size_t len, size_t i)
{
	for (i++; i < len; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '"')
			return i + 1;
	}
	return len;
}

/* s[i] starts a C comment: the index just past its end (or len). */
static size_t skip_comment(const char *s, size_t len, size_t i)
{
	const char *end = memmem(s + i + 2, len - i - 2, "*/", 2);

	return end ? (size_t)(end - s) + 2 : len;
}

/*
 * s[i] is '<': does it open a -y path ("3</etc/passwd>", "AT_FDCWD</>",
 * "5<socket:[1234]>")? Shifts ("1<<20") and comparisons are not paths.
 */
static int opens_path(const char *s, size_t len, size_t i)
{
	return i > 0 && isalnum((unsigned char)s[i - 1]) && i + 1 < len &&
	       s[i + 1] != '<' && s[i + 1] != '=' && s[i + 1] != ' ';
}

/*
 * s[i] opens a -y path: the index just past its '>'. -yy socket details
 * hold "->" inside brackets ("TCP:[1.2.3.4:5->6.7.8.9:10]").
 */
static size_t skip_path(const char *s, size_t len, size_t i)
{
	unsigned brackets = 0;

	for (i++; i < len; i++) {
		if (s[i] == '[')
			brackets++;
		else if (s[i] == ']' && brackets)
			brackets--;
		else if (s[i] == '>' && !brackets)
			return i + 1;
	}
	return len;
}

/*
 * From i, the index of the first top-level ", " or unmatched closing
 * bracket, or len.
 */
static size_t scan_arg(const char *s, size_t len, size_t i)
{
	unsigned depth = 0;

	while (i < len) {
		char c = s[i];

		if (c == '"') {
			i = skip_string(s, len, i);
			continue;
		}
		if (c == '/' && i + 1 < len && s[i + 1] == '*') {
			i = skip_comment(s, len, i);
			continue;
		}
		if (c == '<' && opens_path(s, len, i)) {
			i = skip_path(s, len, i);
			continue;
		}
		if (c == '(' || c == '[' || c == '{') {
			depth++;
		} else if (c == ')' || c == ']' || c == '}') {
			if (!depth)
				return i;
			depth--;
		} else if (c == ',' && !depth && i + 1 < len && s[i + 1] == ' ') {
			return i;
		}
		i++;
	}
	return len;
}

size_t ltr_decode_split_next(const char *text, size_t len, size_t pos, size_t *arg_len)
{
	size_t end = scan_arg(text, len, pos);

	*arg_len = end - pos;
	if (end + 1 < len && text[end] == ',' && text[end + 1] == ' ')
		return end + 2;
	return len;
}

int ltr_decode_split_args(const char *text, size_t len, size_t start[6], size_t length[6])
{
	size_t pos = 0;
	int n = 0;

	while (pos < len) {
		size_t arg_len, next = ltr_decode_split_next(text, len, pos, &arg_len);

		if (n < 6) {
			start[n] = pos;
			length[n] = arg_len;
		}
		n++;
		pos = next;
	}
	return n;
}

size_t ltr_decode_args_span(const char *line, size_t len, size_t *args_len)
{
	const char *open = memchr(line, '(', len);
	size_t start, i;

	*args_len = 0;
	if (!open)
		return len;
	start = (size_t)(open - line) + 1;
	i = start;
	while (i < len) {
		size_t end = scan_arg(line, len, i);

		if (end < len && line[end] == ',') {
			if (end + 2 >= len) {
				/* an entry line's trailing ", " */
				*args_len = end - start;
				return start;
			}
			i = end + 2;
			continue;
		}
		*args_len = end - start;
		return start;
	}
	return start;
}
