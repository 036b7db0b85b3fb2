/* SPDX-License-Identifier: MIT */
/*
 * strace's time formats, as the text printer writes them: the absolute
 * stamp (-t, -tt, -ttt, --absolute-timestamps), the relative one (-r,
 * --relative-timestamps) and a call's duration (-T, --syscall-times),
 * each with its precision (0, 3, 6 or 9 digits after the point). Pure
 * formatting: the caller reads the clocks.
 */
#ifndef LTR_TIMEFMT_H
#define LTR_TIMEFMT_H

#include <time.h>

#include "ltr/options.h"
#include "ltr/strbuf.h"

/*
 * Appends the time stamps that start a line, with their trailing space:
 * "12:34:56.123 " (format time), "1700000000.123456 " (format unix), then
 * -r's "     0.000123 ", or "(+     0.000123) " after an absolute stamp.
 * wall is the line's wall-clock time, since the time since the previous
 * stamped line (read only when tf->relative). Nothing when tf has neither.
 */
void ltr_timefmt_stamps(struct ltr_strbuf *sb, const struct ltr_time_format *tf,
			const struct timespec *wall, const struct timespec *since);

/* Appends -T's " <0.000123>" for a call that took d. */
void ltr_timefmt_duration(struct ltr_strbuf *sb, const struct ltr_time_format *tf,
			  const struct timespec *d);

/*
 * Appends d as seconds, right-aligned in width columns, then "." and
 * digits (0..9) digits of the fraction, truncated; no point for 0 digits.
 */
void ltr_timefmt_seconds(struct ltr_strbuf *sb, const struct timespec *d, unsigned digits,
			 int width);

/* The precision's name ("s", "ms", "us", "ns") for 0, 3, 6, 9 digits; NULL otherwise. */
const char *ltr_timefmt_unit_name(unsigned digits);
/* The digits of a precision name, or -1 when name is none of them. */
int ltr_timefmt_unit_digits(const char *name);

#endif
