/* SPDX-License-Identifier: MIT */
/* Command-line parsing; see include/ltr/options.h and ltr.1. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/options.h"
#include "ltr/strbuf.h"

enum {
	OPT_STRSIZE = 256,
	OPT_HELP,
	OPT_VERSION,
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
	"Output:\n"
	"  -o FILE          write the trace to FILE instead of stderr\n"
	"  -q               suppress attach and detach notices\n"
	"  --strsize N      show at most N bytes of each string (default 32;\n"
	"                   strace's -s)\n"
	"  -v               print structures and environments unabbreviated\n"
	"  -x, -xx          print non-ASCII (-x) or all (-xx) string bytes in hex\n"
	"  -y               print the paths of file descriptors\n"
	"Other:\n"
	"  -h, --help       show this help and exit\n"
	"  -V, --version    show the version and exit\n"
	"\n"
	"Exit status: the traced command's (128+N if signal N killed it);\n"
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
	char *copy = ltr_xstrdup(arg), *save = NULL, *tok;
	int rc = 0;

	if (!*arg)
		rc = -1;
	for (tok = strtok_r(copy, ",", &save); tok && !rc;
	     tok = strtok_r(NULL, ",", &save)) {
		long pid;

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

int ltr_options_parse(struct ltr_options *opts, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strsize", required_argument, NULL, OPT_STRSIZE },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(opts, 0, sizeof(*opts));
	opts->decode.strsize = 32;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+:fqo:p:vxyhV", longopts, NULL)) != -1) {
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
				return usage_error("invalid process id: '%s'", optarg);
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
		case OPT_STRSIZE:
			if (parse_number(optarg, 0, INT_MAX, &n) < 0)
				return usage_error("invalid --strsize value: '%s'", optarg);
			opts->decode.strsize = (unsigned)n;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 1;
		case 'V':
			printf("ltr version %s\n", LTR_VERSION);
			return 1;
		case ':':
			if (optopt)
				return usage_error("option -%c needs an argument", optopt);
			return usage_error("option '%s' needs an argument", argv[optind - 1]);
		default:
			if (optopt)
				return usage_error("unknown option -%c", optopt);
			return usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		opts->argv = argv + optind;
	if (!opts->argv && !opts->npids)
		return usage_error("%s", "nothing to trace: give a command or -p PID");
	if (opts->argv && opts->npids)
		return usage_error("%s", "give either a command or -p PID, not both");
	return 0;
}

void ltr_options_free(struct ltr_options *opts)
{
	free(opts->pids);
	opts->pids = NULL;
	opts->npids = 0;
}
