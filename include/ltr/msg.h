/* SPDX-License-Identifier: MIT */
/*
 * ltr's own one-line messages on stderr, as strace's error_msg: the
 * program's name as it was invoked (argv[0], as strace prints its own:
 * "ltr: ...", "/usr/bin/ltr: ...", or "strace: ..." through a link of
 * that name), ": ", the message.
 */
#ifndef LTR_MSG_H
#define LTR_MSG_H

/* argv[0] once main() has set it; "ltr" before (and in unit tests). */
extern const char *ltr_progname;

/*
 * Prints "PROGNAME: " and the formatted message (which carries its own
 * newline) on stderr. stdio: not for a forked child before its execve.
 */
void ltr_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
