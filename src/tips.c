/* SPDX-License-Identifier: MIT */
/*
 * --tips: ltr's tips, printed at exit in strace's speech bubble beside
 * strace's mascot, as strace 6.1 lays them out (scripts and strace's
 * suite read that layout); see include/ltr/tips.h.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "ltr/tips.h"

struct tip {
	const char *text; /* words, wrapped to the bubble at print time */
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
/* The text width inside strace's speech bubble. */
#define WIDTH 44

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

/*
 * strace's mascot, as strace 6.1 prints it beside its tips (its lines
 * start at column 52, right of the speech bubble).
 */
static const char *const mascot[] = {
	"     ____",
	"    /    \\",
	"   |-. .-.|",
	"   (_@)(_@)",
	"   .---_  \\",
	"  /..   \\_/",
	"  |__.-^ /",
	"      }  |",
	"     |   [",
	"     [  ]",
	"    ]   |",
	"    |   [",
	"    [  ]",
	"   /   |        __",
	"  \\|   |/     _/ /_",
	" \\ |   |//___/__/__/_",
	"\\\\  \\ /  //    -____/_",
	"//   \"   \\\\      \\___.-",
	" //     \\\\  __.----._/_",
	"/ '/|||\\` .-         __>",
	"[        /         __.-",
	"[        [           }",
	"\\        \\          /",
	" \"-._____ \\.____.--\"",
	"    |  | |  |",
	"    |  | |  |",
	"    |  | |  |",
	"    |  | |  |",
	"    {  } {  }",
	"    |  | |  |",
	"    |  | |  |",
	"    |  | |  |",
	"    /  { |  |",
	" .-\"   / [   -._",
	"/___/ /   \\ \\___\"-.",
	"    -\"     \"-",
};

#define NMASCOT (sizeof(mascot) / sizeof(mascot[0]))
/* The bubble's columns, left of the mascot. */
#define BUBBLE 52

#define MAX_LINES 32

/*
 * Appends text to lines[n..max), wrapped at WIDTH columns (at a space,
 * or anywhere in a longer word); returns the new count.
 */
static size_t wrap(const char *text, char lines[][WIDTH + 1], size_t n, size_t max)
{
	const char *p = text;

	while (*p && n < max) {
		size_t len = strlen(p), cut = len;

		if (len > WIDTH) {
			cut = WIDTH;
			while (cut > 0 && p[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = WIDTH;
		}
		memcpy(lines[n], p, cut);
		lines[n++][cut] = '\0';
		p += cut;
		while (*p == ' ')
			p++;
	}
	return n;
}

/* One line: the bubble's part, padded to BUBBLE columns, then mascot line i (if any). */
static void bubble_line(FILE *out, const char *left, size_t i)
{
	const char *right = i < NMASCOT ? mascot[i] : "";

	if (*right)
		fprintf(out, "%-*s%s\n", BUBBLE, left, right);
	else
		fprintf(out, "%s\n", left);
}

void ltr_tips_print(FILE *out, int id, enum ltr_tips_format format)
{
	/* the speech bubble's tail, beside its first lines, as strace draws it */
	static const char *const tail[] = { " |   ", " \\   ", "  \\  ", "  _\\ ", " /   " };
	static const char rule[] = "______________________________________________";
	char lines[MAX_LINES][WIDTH + 1], buf[BUBBLE + 8], text[256];
	size_t n, rows, i, line = 0;
	const struct tip *tip;
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
	n = wrap(tip->text, lines, 0, MAX_LINES);
	if (format == LTR_TIPS_FULL && n + 1 < MAX_LINES) {
		lines[n++][0] = '\0';
		snprintf(text, sizeof(text), "try: %s", tip->try);
		n = wrap(text, lines, n, MAX_LINES);
		snprintf(text, sizeof(text), "see: %s", tip->see);
		n = wrap(text, lines, n, MAX_LINES);
	}
	rows = n < 6 ? 6 : n;
	snprintf(buf, sizeof(buf), "  %s", rule);
	bubble_line(out, buf, line++);
	snprintf(buf, sizeof(buf), " /%*s\\", WIDTH + 2, "");
	bubble_line(out, buf, line++);
	for (i = 0; i < rows; i++) {
		snprintf(buf, sizeof(buf), " | %-*.*s%s", WIDTH, WIDTH, i < n ? lines[i] : "",
			 i < 5 ? tail[i] : tail[0]);
		bubble_line(out, buf, line++);
	}
	snprintf(buf, sizeof(buf), " \\%s/", rule);
	bubble_line(out, buf, line++);
	/* compact: one line of the mascot more, as strace; full: all of it */
	for (i = 0; format == LTR_TIPS_FULL ? line < NMASCOT : i < 1; i++)
		bubble_line(out, "", line++);
}
