/* SPDX-License-Identifier: MIT */
/* --tips: ltr's tips, printed at exit; see include/ltr/tips.h. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "ltr/tips.h"

struct tip {
	const char *text; /* words, wrapped to the box at print time */
	const char *try;  /* an example command line */
	const char *see;  /* where it is documented */
};

static const struct tip tips[] = {
	{ "Every strace option works: alias strace=ltr. What ltr adds is Lua: a "
	  "script of a few lines can filter, count, format or change calls.",
	  "ltr -s ./mine.lua -- ./prog", "doc/lua-api.md, ltr(1) SCRIPTS" },
	{ "ltr -c is strace -c's table made by a stock Lua script, count.lua. "
	  "Copy it and change what it counts: ltr -l shows where it lives.",
	  "ltr -c -S calls -- make", "ltr --script-help count" },
	{ "-s 100 is strace's string limit and -s NAME loads a script: the "
	  "argument decides. Scripts are found on the script path ($LTR_PATH, "
	  "~/.config/ltr/scripts, the stock ones).",
	  "ltr -s slow_io -a ms=5 -p PID", "ltr -l" },
	{ "-j prints one JSON object per call, signal and exit, one per line, "
	  "valid whatever bytes the program used: made for jq and for scripts "
	  "that read traces.",
	  "ltr -j -f -- ./prog | jq -r .syscall | sort | uniq -c", "ltr(1) OUTPUT" },
	{ "--stats shows what tracing cost: stops by kind, Lua hook calls, bytes "
	  "read from the tracees, ltr's CPU time per stop.",
	  "ltr --stats -o /dev/null -- ls -R /usr/include",
	  "README.md, Performance" },
	{ "With -f, a launched command runs under a seccomp filter built from "
	  "what is asked for: with -e trace=%net only network calls stop at "
	  "all, as strace -f --seccomp-bpf, without asking.",
	  "ltr -e trace=%net -f -- python3 app.py", "ltr -d shows the filter" },
	{ "latency.lua draws a log2 histogram of the time each syscall takes; "
	  "topfiles.lua the bytes read and written per path.",
	  "ltr -s latency -a sel=%file -- find /usr -name '*.h'",
	  "ltr --script-help latency" },
	{ "redirect.lua rewrites path arguments on the fly: a program can read "
	  "another file than the one it opens, without touching the program.",
	  "ltr -s redirect -a from=/etc/hosts -a to=/tmp/hosts -- getent hosts x",
	  "ltr --script-help redirect" },
	{ "-ff -o FILE writes each thread's trace to FILE.TID, without pid "
	  "prefixes, and closes the file as soon as the thread is gone.",
	  "ltr -ff -o trace -- make", "ltr(1) -ff" },
	{ "stacks.lua counts the code paths that make the selected calls; with "
	  "-a folded=1 its output feeds flame graph tools.",
	  "ltr -s stacks -a folded=1 -e trace=openat -- ./prog",
	  "ltr --script-help stacks" },
};

#define NTIPS (sizeof(tips) / sizeof(tips[0]))
/* The text width inside the box. */
#define WIDTH 60

unsigned ltr_tips_count(void)
{
	return NTIPS;
}

/* A decimal number in [0, INT_MAX]: -1 otherwise. */
static int parse_id(const char *s)
{
	char *end;
	unsigned long v;

	if (*s < '0' || *s > '9')
		return -1;
	v = strtoul(s, &end, 10);
	if (*end || v > 0x7fffffffUL)
		return -1;
	return (int)v;
}

int ltr_tips_parse(const char *arg, int *id, enum ltr_tips_format *format)
{
	int new_id = *id;
	enum ltr_tips_format new_format = *format == LTR_TIPS_NONE ? LTR_TIPS_COMPACT : *format;
	const char *p = arg;

	while (*p) {
		size_t len = strcspn(p, ",");
		char token[64];
		const char *v = token;
		bool may_id = true, may_format = true;
		int n;

		if (len == 0) {
			p++;
			continue;
		}
		if (len >= sizeof(token))
			return -1;
		memcpy(token, p, len);
		token[len] = '\0';
		p += len;
		if (strncasecmp(token, "id:", 3) == 0) {
			v = token + 3;
			may_format = false;
		} else if (strncasecmp(token, "format:", 7) == 0) {
			v = token + 7;
			may_id = false;
		}
		if (may_id && strcasecmp(v, "random") == 0) {
			new_id = LTR_TIP_RANDOM;
		} else if (may_id && (n = parse_id(v)) >= 0) {
			new_id = n;
		} else if (may_format && strcasecmp(v, "none") == 0) {
			new_format = LTR_TIPS_NONE;
		} else if (may_format && strcasecmp(v, "compact") == 0) {
			new_format = LTR_TIPS_COMPACT;
		} else if (may_format && strcasecmp(v, "full") == 0) {
			new_format = LTR_TIPS_FULL;
		} else {
			return -1;
		}
	}
	*id = new_id;
	*format = new_format;
	return 0;
}

/* Prints one box line: "| " text padded to WIDTH " |". */
static void box_line(FILE *out, const char *s, size_t len)
{
	fprintf(out, "| %-*.*s |\n", WIDTH, (int)len, s);
}

/* Prints text word-wrapped at WIDTH in the box. */
static void box_text(FILE *out, const char *text)
{
	const char *p = text;

	while (*p) {
		size_t len = strlen(p), cut = len;

		if (len > WIDTH) {
			cut = WIDTH;
			while (cut > 0 && p[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = WIDTH;
		}
		box_line(out, p, cut);
		p += cut;
		while (*p == ' ')
			p++;
	}
}

/* Prints "+- TITLE ----...-+" (or a plain rule for title NULL). */
static void box_rule(FILE *out, const char *title)
{
	int n = WIDTH + 2;

	fputc('+', out);
	if (title)
		n -= fprintf(out, "- %s ", title);
	while (n-- > 0)
		fputc('-', out);
	fputs("+\n", out);
}

void ltr_tips_print(FILE *out, int id, enum ltr_tips_format format)
{
	const struct tip *tip;
	char title[32];
	size_t index;

	if (format == LTR_TIPS_NONE)
		return;
	if (id == LTR_TIP_RANDOM) {
		struct timespec ts;

		clock_gettime(CLOCK_REALTIME, &ts);
		index = (size_t)(ts.tv_sec ^ ts.tv_nsec ^ getpid()) % NTIPS;
	} else {
		index = (size_t)id % NTIPS;
	}
	tip = &tips[index];
	snprintf(title, sizeof(title), "ltr tip %zu of %zu", index + 1, (size_t)NTIPS);
	box_rule(out, title);
	box_text(out, tip->text);
	if (format == LTR_TIPS_FULL) {
		char line[256];

		box_line(out, "", 0);
		snprintf(line, sizeof(line), "try: %s", tip->try);
		box_text(out, line);
		snprintf(line, sizeof(line), "see: %s", tip->see);
		box_text(out, line);
	}
	box_rule(out, NULL);
}
