/* SPDX-License-Identifier: MIT */
/* Command-line parsing; see include/ltr/options.h and ltr.1. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/decode.h"
#include "ltr/options.h"
#include "ltr/strbuf.h"

enum {
	OPT_STRSIZE = 256,
	OPT_SCRIPT_HELP,
	OPT_NO_SECCOMP,
	OPT_NO_SPIN,
	OPT_STATS,
};

static const char usage_text[] =
	"usage: ltr [OPTIONS] -- COMMAND [ARG...]\n"
	"       ltr [OPTIONS] -p PID [-p PID...]\n"
	"\n"
	"Trace the system calls of COMMAND, or of running processes.\n"
	"\n"
	"Tracing:\n"
	"  -p PID[,PID...]  attach to the processes PID (all their threads);\n"
	"                   repeatable\n"
	"  -f               follow forks, vforks and clones\n"
	"Scripts:\n"
	"  -s SCRIPT        load a Lua trace script: a path, or a name on the\n"
	"                   script path (-s count finds count.lua; -s @count\n"
	"                   only the stock one); repeatable\n"
	"  -a NAME=VALUE    an argument for the loaded scripts; repeatable\n"
	"  -l, --list       list the scripts on the script path\n"
	"  --script-help SCRIPT  describe SCRIPT and its arguments\n"
	"  -c               count time, calls and errors per syscall (count.lua)\n"
	"  -Z               print only failed calls (failed.lua)\n"
	"  -z               print only successful calls (succeeded.lua)\n"
	"  -T               print the time spent in each call (timing.lua)\n"
	"  -e trace=SET     print only the syscalls in SET (trace.lua): names,\n"
	"                   %CLASS, !negation, /regex, as strace (also -e t=SET)\n"
	"  -e inject=SET:error=ERRNO|retval=N[:when=FIRST[..LAST][+STEP]]\n"
	"                   make syscalls fail or return N (inject.lua)\n"
	"  -e signal=SET    print only these signals' lines (names, numbers,\n"
	"                   all, none, !); every signal is still delivered\n"
	"Output:\n"
	"  -o FILE          write the trace to FILE instead of stderr\n"
	"  -q               suppress attach and detach notices\n"
	"  --strsize N      show at most N bytes of each string (default 32;\n"
	"                   strace's -s)\n"
	"  -v               print structures and environments unabbreviated\n"
	"  -x, -xx          print non-ASCII (-x) or all (-xx) string bytes in hex\n"
	"  -y, -yy          print the paths of file descriptors (-yy: socket\n"
	"                   endpoints and device numbers too)\n"
	"  -t, -tt, -ttt    prefix lines with the time of day (-tt: with\n"
	"                   microseconds; -ttt: seconds since the epoch)\n"
	"  -r               prefix lines with the time since the previous one\n"
	"  -j, --json       one JSON object per line (NDJSON) instead of text\n"
	"  -k               print the stack of the thread after each syscall\n"
	"Performance:\n"
	"  --no-seccomp     stop at every syscall instead of filtering in the\n"
	"                   kernel (launched commands are filtered by default)\n"
	"  --no-spin        always sleep while waiting for a stop (by default ltr\n"
	"                   polls briefly first when stops come quickly)\n"
	"  --stats          at the end, print what tracing cost (stops, hooks)\n"
	"Other:\n"
	"  -h, --help       show this help and exit\n"
	"  -V, --version    show the version and exit\n"
	"\n"
	"Script path: the current directory, $LTR_PATH (colon-separated),\n"
	"~/.config/ltr/scripts, then the stock scripts.\n"
	"\n"
	"Exit status: the traced command's (128+N if signal N killed it; with\n"
	"-p, 0, or 128+N when signal N made ltr detach);\n"
	"2 for a bad command line; 1 when tracing could not start.\n";

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints one line about a bad command line; returns LTR_EXIT_USAGE. */
static int usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("ltr: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (see 'ltr --help')\n", stderr);
	return LTR_EXIT_USAGE;
}

/* Parses a decimal number in [min, max]. Returns 0 or -1. */
static int parse_number(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (!*s)
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Adds the comma-separated pids of arg to opts. */
static int add_pids(struct ltr_options *opts, const char *arg)
{
	char *copy = ltr_xstrdup(arg), *tok, *next;
	int rc = 0;

	if (!*arg)
		rc = -1;
	/* as strace: an empty entry is an error ("1,,2", ",1"), a final comma is not */
	for (tok = copy; *tok && !rc; tok = next) {
		long pid;

		next = strchr(tok, ',');
		if (next)
			*next++ = '\0';
		else
			next = tok + strlen(tok);
		if (parse_number(tok, 1, INT_MAX, &pid) < 0) {
			rc = -1;
			break;
		}
		opts->pids = ltr_xrealloc(opts->pids, (opts->npids + 1) * sizeof(pid_t));
		opts->pids[opts->npids++] = (pid_t)pid;
	}
	free(copy);
	return rc;
}

static void push(const char ***list, unsigned *n, const char *item)
{
	*list = ltr_xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = item;
}

/* Appends "name=value" (value copied) to the script arguments. */
static void push_arg(struct ltr_options *opts, const char *name, const char *value)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;

	ltr_sb_printf(&sb, "%s=%s", name, value);
	push(&opts->script_args, &opts->nscript_args, sb.data);
	opts->owned = ltr_xrealloc(opts->owned, (opts->nowned + 1) * sizeof(*opts->owned));
	opts->owned[opts->nowned++] = sb.data;
}

/* Sets accumulated by -e, turned into scripts once all options are read. */
struct sugar {
	bool count, failed, succeeded, timing;
	struct ltr_strbuf trace;  /* the last -e trace= set */
	struct ltr_strbuf inject; /* semicolon-joined -e inject= specs */
};

/* A signal by name (SIGINT, INT, chld, SIGRT_3) or number; 0 if neither. */
static int signal_number(const char *word)
{
	char *end;
	long n = strtol(word, &end, 10);

	if (*word && !*end)
		return n >= 1 && n <= 64 ? (int)n : 0;
	n = ltr_signal_number(word);
	return n > 0 ? (int)n : 0;
}

/*
 * -e signal=SET, as strace: signal names (with or without SIG) and
 * numbers, "all", "none", a leading "!" negating the set. Only which
 * "--- SIG... ---" and "--- stopped by ... ---" lines print; every signal
 * is still delivered.
 */
static int parse_signal_set(struct ltr_options *opts, const char *expr, const char *value)
{
	bool negate = *value == '!';
	uint64_t set = 0;
	char *copy, *word, *save = NULL;

	if (negate)
		value++;
	copy = ltr_xstrdup(value);
	for (word = strtok_r(copy, ",", &save); word; word = strtok_r(NULL, ",", &save)) {
		int sig;

		if (strcmp(word, "all") == 0) {
			set = ~(uint64_t)0;
		} else if (strcmp(word, "none") == 0) {
			continue;
		} else if ((sig = signal_number(word)) != 0) {
			set |= (uint64_t)1 << (sig - 1);
		} else {
			int rc = usage_error("invalid signal '%s' in -e '%s'", word, expr);

			free(copy);
			return rc;
		}
	}
	free(copy);
	opts->signals = negate ? ~set : set;
	return 0;
}

/* -e EXPR: trace=SET, inject=SPEC, or a bare SET (strace's shorthand). */
static int parse_qualifier(struct ltr_options *opts, struct sugar *sg, const char *expr)
{
	const char *eq = strchr(expr, '=');
	struct ltr_strbuf *into = &sg->trace;
	const char *value = expr;
	char sep = ',';

	if (eq) {
		size_t len = (size_t)(eq - expr);

		value = eq + 1;
		if ((len == 5 && strncmp(expr, "trace", 5) == 0) ||
		    (len == 1 && expr[0] == 't')) { /* strace's short spelling */
			into = &sg->trace;
		} else if (len == 6 && strncmp(expr, "inject", 6) == 0) {
			into = &sg->inject;
			sep = ';';
		} else if ((len == 6 && strncmp(expr, "signal", 6) == 0) ||
			   (len == 7 && strncmp(expr, "signals", 7) == 0) ||
			   (len == 1 && expr[0] == 's')) {
			if (!*value)
				return usage_error("empty set in -e '%s'", expr);
			return parse_signal_set(opts, expr, value);
		} else {
			return usage_error("unsupported qualifier in -e '%s' (supported: trace=, inject=, signal=)", expr);
		}
	}
	if (!*value)
		return usage_error("empty set in -e '%s'", expr);
	/* as strace: a later -e trace= replaces the set; inject= specs add up */
	if (into == &sg->trace)
		ltr_sb_reset(into);
	if (into->len)
		ltr_sb_putc(into, sep);
	ltr_sb_puts(into, value);
	return 0;
}

/*
 * Turns the sugar flags into stock scripts and their arguments. "@NAME":
 * the stock script itself, whatever NAME.lua the script path holds.
 */
static void apply_sugar(struct ltr_options *opts, struct sugar *sg)
{
	if (sg->count) {
		push(&opts->scripts, &opts->nscripts, "@count");
		if (sg->trace.len)
			push_arg(opts, "sel", sg->trace.data);
	} else if (sg->trace.len) {
		push(&opts->scripts, &opts->nscripts, "@trace");
		push_arg(opts, "trace", sg->trace.data);
	}
	if (sg->failed)
		push(&opts->scripts, &opts->nscripts, "@failed");
	if (sg->succeeded)
		push(&opts->scripts, &opts->nscripts, "@succeeded");
	if (sg->timing)
		push(&opts->scripts, &opts->nscripts, "@timing");
	if (sg->inject.len) {
		push(&opts->scripts, &opts->nscripts, "@inject");
		push_arg(opts, "inject", sg->inject.data);
	}
}

int ltr_options_parse(struct ltr_options *opts, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strsize", required_argument, NULL, OPT_STRSIZE },
		{ "list", no_argument, NULL, 'l' },
		{ "script-help", required_argument, NULL, OPT_SCRIPT_HELP },
		{ "json", no_argument, NULL, 'j' },
		{ "no-seccomp", no_argument, NULL, OPT_NO_SECCOMP },
		{ "no-spin", no_argument, NULL, OPT_NO_SPIN },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct sugar sg = { false, false, false, false, LTR_STRBUF_INIT, LTR_STRBUF_INIT };
	unsigned tflags = 0;
	int c, rc = 0;

	memset(opts, 0, sizeof(*opts));
	opts->signals = ~(uint64_t)0; /* every signal line, as strace */
	opts->decode.strsize = 32;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+:fqo:p:vxyhVs:a:lcZzTe:trjk", longopts, NULL)) != -1) {
		long n;

		switch (c) {
		case 'f':
			opts->follow = true;
			break;
		case 'q':
			opts->quiet = true;
			break;
		case 'o':
			opts->outfile = optarg;
			break;
		case 'p':
			if (add_pids(opts, optarg) < 0)
				{ rc = usage_error("invalid process id: '%s'", optarg); goto out; }
			break;
		case 'v':
			opts->decode.verbose = true;
			break;
		case 'x':
			if (opts->decode.xflag < 2)
				opts->decode.xflag++;
			break;
		case 'y':
			if (opts->decode.fd_paths < 2)
				opts->decode.fd_paths++;
			break;
		case 's':
			push(&opts->scripts, &opts->nscripts, optarg);
			break;
		case 'a':
			if (!strchr(optarg, '=') || optarg[0] == '=')
				{ rc = usage_error("-a wants NAME=VALUE, not '%s'", optarg); goto out; }
			push(&opts->script_args, &opts->nscript_args, optarg);
			break;
		case 'l':
			opts->list_scripts = true;
			break;
		case OPT_NO_SECCOMP:
			opts->no_seccomp = true;
			break;
		case OPT_NO_SPIN:
			opts->no_spin = true;
			break;
		case OPT_STATS:
			opts->stats = true;
			break;
		case OPT_SCRIPT_HELP:
			opts->script_help = optarg;
			break;
		case 'c':
			sg.count = true;
			break;
		case 'Z':
			sg.failed = true;
			break;
		case 'z':
			sg.succeeded = true;
			break;
		case 'T':
			sg.timing = true;
			break;
		case 'e':
			rc = parse_qualifier(opts, &sg, optarg);
			if (rc)
				goto out;
			break;
		case 't':
			tflags++;
			break;
		case 'r':
			opts->timestamps = LTR_TS_RELATIVE;
			break;
		case 'j':
			opts->json = true;
			break;
		case 'k':
			opts->stack_traces = true;
			break;
		case OPT_STRSIZE:
			if (parse_number(optarg, 0, INT_MAX, &n) < 0)
				{ rc = usage_error("invalid --strsize value: '%s'", optarg); goto out; }
			opts->decode.strsize = (unsigned)n;
			break;
		case 'h':
			fputs(usage_text, stdout);
			rc = 1;
			goto out;
		case 'V':
			printf("ltr version %s\n", LTR_VERSION);
			rc = 1;
			goto out;
		case ':':
			if (optopt)
				{ rc = usage_error("option -%c needs an argument", optopt); goto out; }
			{ rc = usage_error("option '%s' needs an argument", argv[optind - 1]); goto out; }
		default:
			if (optopt)
				{ rc = usage_error("unknown option -%c", optopt); goto out; }
			{ rc = usage_error("unknown option '%s'", argv[optind - 1]); goto out; }
		}
	}
	if (tflags)
		opts->timestamps = tflags == 1 ? LTR_TS_TIME : tflags == 2 ? LTR_TS_MICRO : LTR_TS_EPOCH;
	if (optind < argc)
		opts->argv = argv + optind;
	apply_sugar(opts, &sg);
	if (opts->list_scripts || opts->script_help)
		goto out;
	if (!opts->argv && !opts->npids)
		rc = usage_error("%s", "nothing to trace: give a command or -p PID");
	else if (opts->argv && opts->npids)
		rc = usage_error("%s", "give either a command or -p PID, not both");
out:
	ltr_sb_free(&sg.trace);
	ltr_sb_free(&sg.inject);
	return rc;
}

void ltr_options_free(struct ltr_options *opts)
{
	unsigned i;

	for (i = 0; i < opts->nowned; i++)
		free(opts->owned[i]);
	free(opts->owned);
	free(opts->scripts);
	free(opts->script_args);
	opts->owned = NULL;
	opts->scripts = opts->script_args = NULL;
	opts->nowned = opts->nscripts = opts->nscript_args = 0;
	free(opts->pids);
	opts->pids = NULL;
	opts->npids = 0;
}
