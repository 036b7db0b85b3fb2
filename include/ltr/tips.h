/* SPDX-License-Identifier: MIT */
/*
 * --tips[=[[id:]ID][,[format:]FORMAT]]: a tip about ltr on stderr when
 * ltr exits, as strace prints one of its own: in a speech bubble 44
 * columns wide, beside strace's mascot. ID is a number (taken modulo the
 * number of tips) or "random" (the default); FORMAT is none, compact (the
 * default: the bubble and the mascot's head) or full (the tip with an
 * example and where it is documented, and the whole mascot). Tokens without a prefix are tried as an ID, then as a
 * FORMAT; later --tips options change what earlier ones set, as strace's.
 */
#ifndef LTR_TIPS_H
#define LTR_TIPS_H

#include <stdio.h>

enum ltr_tips_format { LTR_TIPS_NONE = 0, LTR_TIPS_COMPACT, LTR_TIPS_FULL };
#define LTR_TIP_RANDOM (-1)

/*
 * Parses arg into *id and *format, which hold the previous values (a
 * first --tips starts from LTR_TIP_RANDOM and LTR_TIPS_NONE). Returns 0,
 * or -1 for a bad argument (nothing changed).
 */
int ltr_tips_parse(const char *arg, int *id, enum ltr_tips_format *format);
/* Prints tip id (LTR_TIP_RANDOM: any) to out in format; nothing for none. */
void ltr_tips_print(FILE *out, int id, enum ltr_tips_format format);
/* How many tips there are. */
unsigned ltr_tips_count(void);

#endif
