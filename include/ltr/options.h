/* SPDX-License-Identifier: MIT */
/*
 * The parsed command line: every option of strace 6.1 with strace's
 * meaning, and ltr's own (scripts, JSON, performance switches). Where a
 * short option of ltr's clashes with strace's, the argument decides:
 * "-s 100" is the string limit and "-s NAME" a script; "-a 40" the
 * alignment column and "-a NAME=VALUE" a script argument.
 */
#ifndef LTR_OPTIONS_H
#define LTR_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "ltr/syscall.h"

/*
 * Exit statuses of ltr itself (the traced command's status otherwise).
 * A bad command line exits 1, as strace's does; a script that does not
 * load exits 2.
 */
enum {
	LTR_EXIT_FAILURE = 1, /* a runtime failure: attach refused, exec failed */
	LTR_EXIT_USAGE = 1,   /* bad command line (strace's status) */
	LTR_EXIT_SCRIPT = 2,  /* a script that does not load, a bad -a for it */
};

/* Printer timestamps (-t, -tt, -ttt, -r), as ltr.printer.timestamps sets them. */
enum ltr_timestamps {
	LTR_TS_NONE = 0,
	LTR_TS_TIME,      /* -t: 12:34:56 */
	LTR_TS_MICRO,     /* -tt: 12:34:56.123456 */
	LTR_TS_EPOCH,     /* -ttt: 1700000000.123456 */
	LTR_TS_RELATIVE,  /* -r: 0.000123 since the previous line */
};

/*
 * The full time options of strace: an absolute stamp (-t, -tt, -ttt,
 * --absolute-timestamps=[format:]FMT[,[precision:]PREC]), a relative one
 * (-r, --relative-timestamps[=PREC]) and call durations (-T,
 * --syscall-times[=PREC]). Precisions are digits after the point: 0 (s),
 * 3 (ms), 6 (us), 9 (ns).
 */
enum ltr_abs_time { LTR_ABS_NONE = 0, LTR_ABS_TIME, LTR_ABS_UNIX };
struct ltr_time_format {
	enum ltr_abs_time absolute;
	unsigned abs_digits;   /* default 0 (-t), 6 with -tt and -ttt */
	bool relative;         /* -r */
	unsigned rel_digits;   /* default 6 */
	bool durations;        /* -T */
	unsigned dur_digits;   /* default 6 */
};

/* -e quiet=SET (and -q, -qq, -qqq): messages left out. */
enum {
	LTR_QUIET_ATTACH = 1u << 0,          /* "Process N attached/detached" */
	LTR_QUIET_EXIT = 1u << 1,            /* "+++ exited with N +++" ... */
	LTR_QUIET_PATH_RESOLUTION = 1u << 2, /* -P's "Requested path ... resolved into" */
	LTR_QUIET_PERSONALITY = 1u << 3,     /* "[ Process PID=N runs in 32 bit mode. ]" */
	LTR_QUIET_THREAD_EXECVE = 1u << 4,   /* "+++ superseded by execve in pid N +++" */
	LTR_QUIET_ALL = 0x1f,
};

/* -e status=SET: which calls print by how they ended. */
enum {
	LTR_STATUS_SUCCESSFUL = 1u << 0,
	LTR_STATUS_FAILED = 1u << 1,
	LTR_STATUS_UNFINISHED = 1u << 2,  /* the thread ended inside the call */
	LTR_STATUS_UNAVAILABLE = 1u << 3, /* the result could not be read */
	LTR_STATUS_DETACHED = 1u << 4,    /* ltr detached inside the call */
	LTR_STATUS_ALL = 0x1f,
};

/* -e decode-fds=SET (-y: path; -yy: all). */
enum {
	LTR_FD_PATH = 1u << 0,
	LTR_FD_SOCKET = 1u << 1,
	LTR_FD_DEV = 1u << 2,
	LTR_FD_PIDFD = 1u << 3,
	LTR_FD_ALL = 0xf,
};

/* -e decode-pids=SET (-Y: comm; --decode-pids=pidns). */
enum { LTR_PID_COMM = 1u << 0, LTR_PID_PIDNS = 1u << 1 };

/* -X: how named constants print. */
enum ltr_xlat_style { LTR_XLAT_ABBREV = 0, LTR_XLAT_RAW, LTR_XLAT_VERBOSE };

/* -c / -C. */
enum ltr_summary { LTR_SUMMARY_NONE = 0, LTR_SUMMARY_ONLY, LTR_SUMMARY_BOTH };

/* -D, --daemonize. */
enum ltr_daemonize {
	LTR_DAEMON_NONE = 0,
	LTR_DAEMON_GRANDCHILD, /* -D */
	LTR_DAEMON_PGROUP,     /* -DD */
	LTR_DAEMON_SESSION,    /* -DDD */
};

struct ltr_options {
	/* What to trace. */
	char **argv;          /* the command, NULL-terminated (or NULL) */
	pid_t *pids;          /* -p PID... */
	unsigned npids;
	bool follow;          /* -f, --follow-forks */
	bool output_separately; /* -ff, --output-separately: FILE.PID per process */
	bool detach_on_execve; /* -b execve, --detach-on=execve */
	const char **env;     /* -E VAR=VAL (set) / -E VAR (unset), in order */
	unsigned nenv;
	const char *user;     /* -u USERNAME */
	enum ltr_daemonize daemonize;
	int interruptible;    /* -I 1..4; 0: strace's default */

	/* Output. */
	const char *outfile;  /* -o FILE ("|CMD" or "!CMD": a pipe), NULL for stderr */
	bool append;          /* -A, --output-append-mode */
	bool quiet;           /* any of -q's messages is left out (quiet_set) */
	unsigned quiet_set;   /* LTR_QUIET_* */
	struct ltr_decode_opts decode; /* -s N, -v, -x, -y */
	unsigned decode_fds;  /* LTR_FD_* (-y, -yy, -e decode-fds=) */
	unsigned decode_pids; /* LTR_PID_* (-Y, --decode-pids=) */
	enum ltr_xlat_style xlat_style; /* -X */
	unsigned columns;     /* -a N: the column of " = " (default 40) */
	bool instruction_pointer; /* -i */
	bool syscall_number;  /* -n */
	enum ltr_timestamps timestamps; /* -t/-tt/-ttt/-r in the printer's terms */
	struct ltr_time_format time;    /* every time option */
	bool json;            /* -j, --json */
	bool stack_traces;    /* -k */
	uint64_t signals;     /* -e signal=SET: bit N-1 prints signal N */
	unsigned status_set;  /* -e status=SET, -z, -Z: LTR_STATUS_* */
	/* Per-syscall sets, strace's -e syntax, NULL when not given. */
	const char *trace_set;   /* -e trace= */
	const char *abbrev_set;  /* -e abbrev= (-v: "none") */
	const char *verbose_set; /* -e verbose= */
	const char *raw_set;     /* -e raw= */
	const char *read_set;    /* -e read=: descriptors whose reads are dumped */
	const char *write_set;   /* -e write= */
	const char **trace_paths; /* -P PATH... */
	unsigned ntrace_paths;
	bool kvm_vcpu;        /* -e kvm=vcpu */

	/* Statistics. */
	enum ltr_summary summary; /* -c, -C */
	const char *sort_by;  /* -S */
	const char *summary_columns; /* -U */
	bool wall_clock;      /* -w */
	const char *overhead; /* -O OVERHEAD[UNIT] */

	/* Scripts: -s and the stock scripts behind the sugar flags. */
	const char **scripts; /* names or paths, in load order */
	unsigned nscripts;
	const char **inline_code; /* -L CODE: these entries of scripts are code */
	unsigned ninline;
	const char **script_args; /* "NAME=VALUE" from -a (and the sugar flags) */
	unsigned nscript_args;
	bool list_scripts;        /* -l, --list */
	const char *script_help;  /* --script-help SCRIPT */

	char **owned;             /* strings the options allocated */
	unsigned nowned;

	/* Miscellaneous. */
	bool debug;           /* -d: ltr's own debug lines on stderr */
	const char *tips;     /* --tips[=...]: "" for the default */
	int tips_id;          /* --tips's id: LTR_TIP_RANDOM (-1) or a number */
	int tips_format;      /* --tips's format: enum ltr_tips_format, 0 none */
	bool seccomp_bpf;     /* --seccomp-bpf (ltr filters anyway) */
	bool no_seccomp;      /* --no-seccomp: no kernel-side filtering */
	bool no_spin;         /* --no-spin: always block when waiting for a stop */
	bool stats;           /* --stats: print tracing costs at the end */
	double hook_timeout;  /* --hook-timeout SECONDS (default 5; 0: none) */
};

/*
 * Parses argv into opts. Returns 0 to go on, -1 when the command line
 * asked for something already done (--help, --version: exit 0), or the
 * exit status after printing strace's message on stderr.
 */
int ltr_options_parse(struct ltr_options *opts, int argc, char **argv);
void ltr_options_free(struct ltr_options *opts);

#endif
