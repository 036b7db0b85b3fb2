/* SPDX-License-Identifier: MIT */
/* strace's time formats; see include/ltr/timefmt.h. */
#include <stdio.h>
#include <string.h>

#include "ltr/timefmt.h"

static const char *const unit_names[] = { "s", "ms", "us", "ns" };

const char *ltr_timefmt_unit_name(unsigned digits)
{
	return digits % 3 == 0 && digits <= 9 ? unit_names[digits / 3] : NULL;
}

int ltr_timefmt_unit_digits(const char *name)
{
	unsigned i;

	for (i = 0; i < 4; i++)
		if (!strcmp(name, unit_names[i]))
			return (int)i * 3;
	return -1;
}

/* The first digits digits of the nanoseconds ns, as an integer. */
static long fraction(long ns, unsigned digits)
{
	unsigned i;

	for (i = digits; i < 9; i++)
		ns /= 10;
	return ns;
}

void ltr_timefmt_seconds(struct ltr_strbuf *sb, const struct timespec *d, unsigned digits,
			 int width)
{
	if (digits > 9)
		digits = 9;
	ltr_sb_printf(sb, "%*lld", width, (long long)d->tv_sec);
	if (digits)
		ltr_sb_printf(sb, ".%0*ld", (int)digits, fraction(d->tv_nsec, digits));
}

/*
 * "HH:MM:SS" of the local time t: localtime_r and strftime once per
 * second, as lines come many times a second.
 */
static const char *local_hms(time_t t)
{
	static time_t cached = (time_t)-1;
	static char hms[32];
	struct tm tm;

	if (t != cached) {
		if (localtime_r(&t, &tm))
			strftime(hms, sizeof(hms), "%H:%M:%S", &tm);
		else /* strace prints the seconds when the time has no date */
			snprintf(hms, sizeof(hms), "%lld", (long long)t);
		cached = t;
	}
	return hms;
}

void ltr_timefmt_stamps(struct ltr_strbuf *sb, const struct ltr_time_format *tf,
			const struct timespec *wall, const struct timespec *since)
{
	bool absolute = tf->absolute != LTR_ABS_NONE;

	if (absolute) {
		unsigned digits = tf->abs_digits > 9 ? 9 : tf->abs_digits;

		if (tf->absolute == LTR_ABS_UNIX) {
			ltr_timefmt_seconds(sb, wall, digits, 0);
		} else {
			ltr_sb_puts(sb, local_hms(wall->tv_sec));
			if (digits)
				ltr_sb_printf(sb, ".%0*ld", (int)digits, fraction(wall->tv_nsec, digits));
		}
		ltr_sb_putc(sb, ' ');
	}
	if (tf->relative) {
		if (absolute)
			ltr_sb_puts(sb, "(+");
		ltr_timefmt_seconds(sb, since, tf->rel_digits, 6);
		ltr_sb_puts(sb, absolute ? ") " : " ");
	}
}

void ltr_timefmt_duration(struct ltr_strbuf *sb, const struct ltr_time_format *tf,
			  const struct timespec *d)
{
	ltr_sb_puts(sb, " <");
	ltr_timefmt_seconds(sb, d, tf->dur_digits, 0);
	ltr_sb_putc(sb, '>');
}
