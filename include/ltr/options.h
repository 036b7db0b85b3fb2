/* SPDX-License-Identifier: MIT */
/* The parsed command line. */
#ifndef LTR_OPTIONS_H
#define LTR_OPTIONS_H

#include <stdbool.h>
#include <sys/types.h>

#include "ltr/syscall.h"

/* Exit statuses of ltr itself (the traced command's status otherwise). */
enum {
	LTR_EXIT_FAILURE = 1, /* a runtime failure: attach refused, exec failed */
	LTR_EXIT_USAGE = 2,   /* bad command line */
};

/* Printer timestamps (-t, -tt, -ttt, -r). */
enum ltr_timestamps {
	LTR_TS_NONE = 0,
	LTR_TS_TIME,      /* -t: 12:34:56 */
	LTR_TS_MICRO,     /* -tt: 12:34:56.123456 */
	LTR_TS_EPOCH,     /* -ttt: 1700000000.123456 */
	LTR_TS_RELATIVE,  /* -r: 0.000123 since the previous line */
};

struct ltr_options {
	bool follow;          /* -f */
	bool quiet;           /* -q */
	const char *outfile;  /* -o FILE, NULL for stderr */
	struct ltr_decode_opts decode;
	pid_t *pids;          /* -p PID... */
	unsigned npids;
	char **argv;          /* the command after --, NULL-terminated */

	/* Scripts: -s and the stock scripts behind -c, -Z, -z, -T, -e. */
	const char **scripts; /* names or paths, in load order */
	unsigned nscripts;
	const char **script_args; /* "NAME=VALUE" from -a (and the sugar flags) */
	unsigned nscript_args;
	bool list_scripts;        /* -l, --list */
	const char *script_help;  /* --script-help SCRIPT */

	char **owned;             /* strings the options allocated */
	unsigned nowned;

	/* Printer options. */
	enum ltr_timestamps timestamps;
	bool json;                /* -j, --json */
	uint64_t signals;         /* -e signal=SET: bit N-1 prints signal N */
	bool stack_traces;        /* -k: the stack after each printed call */
	bool no_seccomp;          /* --no-seccomp: no kernel-side filtering */
	bool no_spin;             /* --no-spin: always block when waiting for a stop */
	bool stats;               /* --stats: print tracing costs at the end */
};

/*
 * Parses argv into opts. Returns 0 to go on, 1 when the command line asked
 * for something already done (--help, --version), or LTR_EXIT_USAGE after
 * printing one line on stderr.
 */
int ltr_options_parse(struct ltr_options *opts, int argc, char **argv);
void ltr_options_free(struct ltr_options *opts);

#endif
