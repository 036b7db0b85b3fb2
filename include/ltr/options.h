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

struct ltr_options {
	bool follow;          /* -f */
	bool quiet;           /* -q */
	const char *outfile;  /* -o FILE, NULL for stderr */
	struct ltr_decode_opts decode;
	pid_t *pids;          /* -p PID... */
	unsigned npids;
	char **argv;          /* the command after --, NULL-terminated */
};

/*
 * Parses argv into opts. Returns 0 to go on, 1 when the command line asked
 * for something already done (--help, --version), or LTR_EXIT_USAGE after
 * printing one line on stderr.
 */
int ltr_options_parse(struct ltr_options *opts, int argc, char **argv);
void ltr_options_free(struct ltr_options *opts);

#endif
