/* SPDX-License-Identifier: MIT */
/*
 * Command-line parsing; see include/ltr/options.h and ltr.1.
 *
 * Every option spelling of strace 6.1 is accepted with strace's meaning,
 * its values checked as strace checks them, and a bad one gets strace's
 * message and exit status (1). ltr's own options never reuse a short
 * option or long name of strace's, except -s and -a, whose argument
 * decides: a number is strace's, anything else ltr's (a script, a script
 * argument).
 *
 * Filters and summaries that are script-shaped (-c/-C and their -S, -U,
 * -w, -O; -Z, -z, -e status=; -T; -e trace=; -P; -e inject=/fault=) become
 * stock scripts and their arguments at the end (apply_sugar()).
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ltr/decode.h"
#include "ltr/dump.h"
#include "ltr/msg.h"
#include "ltr/options.h"
#include "ltr/strbuf.h"
#include "ltr/sysset.h"
#include "ltr/tips.h"

enum {
	/* ltr's own long options */
	OPT_STRSIZE = 256,
	OPT_SCRIPT_HELP,
	OPT_NO_SECCOMP,
	OPT_NO_SPIN,
	OPT_STATS,
	OPT_HOOK_TIMEOUT,
	/* strace's long-only options */
	OPT_SECCOMP_BPF,
	OPT_DAEMONIZE,
	OPT_HEX_STR,
	OPT_FOLLOW_FORKS,
	OPT_OUTPUT_SEPARATELY,
	OPT_TIMESTAMPS,
	OPT_PIDNS_TRANSLATION,
	OPT_TIPS,
	OPT_SECONTEXT,
	/* --NAME=SET for each -e NAME=SET */
	OPT_QUAL_TRACE,
	OPT_QUAL_ABBREV,
	OPT_QUAL_VERBOSE,
	OPT_QUAL_RAW,
	OPT_QUAL_SIGNAL,
	OPT_QUAL_STATUS,
	OPT_QUAL_READ,
	OPT_QUAL_WRITE,
	OPT_QUAL_FAULT,
	OPT_QUAL_INJECT,
	OPT_QUAL_KVM,
	OPT_QUAL_QUIET,
	OPT_QUAL_DECODE_FDS,
	OPT_QUAL_DECODE_PIDS,
};

static const char usage_text[] =
	"usage: ltr [OPTIONS] COMMAND [ARG...]\n"
	"       ltr [OPTIONS] -p PID [-p PID...] [COMMAND [ARG...]]\n"
	"\n"
	"Trace the system calls of COMMAND, or of running processes. Every\n"
	"option of strace 6.1 works, with strace's meaning; ltr's own are marked\n"
	"(ltr). Where they clash the argument decides: -s 100 is the string\n"
	"limit, -s NAME a script; -a 40 the alignment column, -a NAME=VALUE a\n"
	"script argument.\n"
	"\n"
	"General:\n"
	"  -e EXPR          a qualifying expression: OPTION=[!]all or\n"
	"                   OPTION=[!]VAL1[,VAL2]... with OPTION one of trace,\n"
	"                   abbrev, verbose, raw, signal, read, write, fault,\n"
	"                   inject, status, quiet, kvm, decode-fds, decode-pids\n"
	"Startup:\n"
	"  -E VAR=VAL, --env=VAR=VAL   put VAR=VAL in the command's environment\n"
	"  -E VAR, --env=VAR           remove VAR from the command's environment\n"
	"  -p PID, --attach=PID        trace process PID (all its threads);\n"
	"                   repeatable, also -p PID,PID,...\n"
	"  -u USERNAME, --user=USERNAME  run the command as USERNAME\n"
	"Tracing:\n"
	"  -b execve, --detach-on=execve  detach on execve\n"
	"  -D, --daemonize[=grandchild]   run ltr as the command's grandchild\n"
	"  -DD, --daemonize=pgroup        ... in its own process group\n"
	"  -DDD, --daemonize=session      ... in its own session\n"
	"  -f, --follow-forks             follow forks, vforks and clones\n"
	"  -ff, --follow-forks --output-separately\n"
	"                   follow forks, one output file per process (FILE.PID)\n"
	"  -I N, --interruptible=N  what SIGHUP, SIGINT, SIGQUIT, SIGPIPE and\n"
	"                   SIGTERM do: 1 anywhere (ltr dies, tracees go on),\n"
	"                   2 waiting (ltr detaches, the command gets the\n"
	"                   signal), 3 never, 4 never_tstp (ignored; also\n"
	"                   SIGTSTP); default: ltr detaches (4 with -D)\n"
	"Filtering:\n"
	"  -e trace=SET, --trace=SET  only the syscalls in SET: names, %CLASS,\n"
	"                   /REGEX, !negation, ?name, @64/@32 (also -e t=)\n"
	"  -e signal=SET, --signal=SET  print only these signals' lines\n"
	"  -e status=SET, --status=SET  print only calls that ended so:\n"
	"                   successful, failed, unfinished, unavailable, detached\n"
	"  -P PATH, --trace-path=PATH   only calls that name PATH, also through\n"
	"                   a descriptor (repeatable; the stock script paths)\n"
	"  -z, --successful-only        print only calls that succeeded\n"
	"  -Z, --failed-only            print only calls that failed\n"
	"Output format:\n"
	"  -a COLUMN, --columns=COLUMN  align results at COLUMN (default 40)\n"
	"  -e abbrev=SET, --abbrev=SET    abbreviate structures of these calls\n"
	"  -e verbose=SET, --verbose=SET  dereference structures of these calls\n"
	"  -e raw=SET, --raw=SET          print these calls' arguments undecoded\n"
	"  -e read=SET, --read=SET    hex dump of what is read from these fds\n"
	"  -e write=SET, --write=SET  hex dump of what is written to these fds\n"
	"  -e quiet=SET, --quiet=SET  leave out messages: attach, exit,\n"
	"                   path-resolution, personality, thread-execve\n"
	"  -e kvm=vcpu, --kvm=vcpu    print the exit reason of KVM vcpus\n"
	"  -e decode-fds=SET, --decode-fds=SET  what to show of descriptors:\n"
	"                   path, socket, dev, pidfd, all\n"
	"  -i, --instruction-pointer  print the instruction pointer at each call\n"
	"  -k, --stack-traces         print the stack after each call\n"
	"  -n, --syscall-number       print syscall numbers\n"
	"  -o FILE, --output=FILE     write the trace to FILE (|CMD or !CMD: pipe\n"
	"                   it to CMD)\n"
	"  -A, --output-append-mode   append to the -o file\n"
	"  --output-separately        one output file per process (FILE.PID)\n"
	"  -q, --quiet=attach,personality   leave out attach/detach notices\n"
	"  -qq, --quiet=attach,personality,exit  ... and exit statuses\n"
	"  -qqq, --quiet=all          ... and every other suppressible message\n"
	"  -r, --relative-timestamps[=PRECISION]  time since the previous line\n"
	"                   (PRECISION: s, ms, us, ns)\n"
	"  -s STRSIZE, --string-limit=STRSIZE  print at most STRSIZE bytes of\n"
	"                   strings (default 32; also --strsize)\n"
	"  -t, -tt, -ttt, --absolute-timestamps=[[format:]FORMAT][,[precision:]P]\n"
	"                   time of day (-tt: with microseconds; -ttt: since the\n"
	"                   epoch); FORMAT none, time or unix; P s, ms, us, ns\n"
	"  -T, --syscall-times[=PRECISION]  time spent in each call\n"
	"                   (PRECISION: s, ms, us, ns)\n"
	"  -v, --no-abbrev            print structures unabbreviated\n"
	"  -x, -xx, --strings-in-hex[=non-ascii|non-ascii-chars|all]\n"
	"                   print non-ASCII (-x) or all (-xx) string bytes in hex\n"
	"  -X FORMAT, --const-print-style=FORMAT  constants and flags: raw,\n"
	"                   abbrev or verbose\n"
	"  -y, --decode-fds[=path]    print paths of descriptors\n"
	"  -yy, --decode-fds=all      ... and socket endpoints, device numbers\n"
	"  -Y, --decode-pids=comm     print command names of pids\n"
	"  --pidns-translation, --decode-pids=pidns  pids of tracees in another\n"
	"                   pid namespace also as they are in ltr's\n"
	"  -j, --json       (ltr) one JSON object per line instead of text\n"
	"Statistics:\n"
	"  -c, --summary-only   count time, calls and errors per syscall\n"
	"                   (the stock script count)\n"
	"  -C, --summary        like -c, and print the trace too\n"
	"  -O OVERHEAD[UNIT], --summary-syscall-overhead=OVERHEAD[UNIT]\n"
	"                   subtract OVERHEAD per call (s, ms, us, ns; us)\n"
	"  -S SORTBY, --summary-sort-by=SORTBY  time, min-time, max-time,\n"
	"                   avg-time, calls, errors, name, nothing (time)\n"
	"  -U COLUMNS, --summary-columns=COLUMNS  time-percent, total-time,\n"
	"                   min-time, max-time, avg-time, calls, errors, name\n"
	"  -w, --summary-wall-clock  wall time, not system time\n"
	"Tampering:\n"
	"  -e inject=SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=NAME]\n"
	"            [:delay_enter=DELAY][:delay_exit=DELAY]\n"
	"            [:poke_enter=@argN=DATA,...][:poke_exit=@argN=DATA,...]\n"
	"            [:when=FIRST[..LAST][+[STEP]]], --inject=...\n"
	"                   change the calls in SET (the stock script inject)\n"
	"  -e fault=SET[:error=ERRNO][:when=WHEN], --fault=...  inject with\n"
	"                   ENOSYS by default\n"
	"Scripts (ltr):\n"
	"  -s SCRIPT        load a Lua trace script: a path, or a name on the\n"
	"                   script path (-s count finds count.lua; -s @count\n"
	"                   only the stock one); repeatable\n"
	"  -a NAME=VALUE    an argument for the loaded scripts; repeatable\n"
	"  -a SCRIPT.NAME=VALUE  the same for script SCRIPT only\n"
	"  --hook-timeout SECONDS  stop a hook that runs longer (default 5; 0:\n"
	"                   never); ltr then detaches as on any hook error\n"
	"  -L CODE, --lua=CODE  a one-line script; ltr's functions are globals\n"
	"                   in it: -L 'on_exit(\"openat\", function(c) print(c.ret) end)'\n"
	"  -l, --list       list the scripts on the script path\n"
	"  --script-help SCRIPT  describe SCRIPT and its arguments\n"
	"Miscellaneous:\n"
	"  -d, --debug      ltr's own debug lines on stderr\n"
	"  --seccomp-bpf    filter syscalls in the kernel (ltr's default for\n"
	"                   launched commands with -f)\n"
	"  --tips[=[[id:]ID][,[format:]FORMAT]]  a tip on exit\n"
	"  --no-seccomp     (ltr) stop at every syscall instead of filtering in\n"
	"                   the kernel\n"
	"  --no-spin        (ltr) always sleep while waiting for a stop\n"
	"  --stats          (ltr) at the end, print what tracing cost\n"
	"  -h, --help       show this help and exit\n"
	"  -V, --version    show the version and exit\n"
	"\n"
	"Script path: $LTR_PATH (colon-separated), ~/.config/ltr/scripts, then\n"
	"the stock scripts; not the current directory (-s ./x.lua names a file).\n"
	"\n"
	"Exit status: the traced command's (128+N if signal N killed it; with\n"
	"-p, 0, or 128+N when signal N made ltr detach); 1 for a bad command\n"
	"line or when tracing could not start, as strace; 2 when a script does\n"
	"not load.\n";

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fatal_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void vmessage(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", ltr_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

/* strace's error_msg_and_help: the message and a hint; exit status 1. */
static int usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s -h' for more information.\n", ltr_progname);
	return LTR_EXIT_USAGE;
}

/* strace's error_msg_and_die: the message alone; exit status 1. */
static int fatal_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
	return LTR_EXIT_USAGE;
}

/* strace's error_msg: a warning; parsing goes on. */
static void warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(fmt, ap);
	va_end(ap);
}

/* "invalid -a argument: 'x'" or "invalid --columns argument: 'x'". */
static int bad_arg(int c, const struct option *lopt, const char *arg)
{
	if (lopt)
		return usage_error("invalid --%s argument: '%s'", lopt->name, arg);
	return usage_error("invalid -%c argument: '%s'", c, arg);
}

/*
 * The error for a long option getopt_long() refused (arg, "--NAME" or
 * "--NAME=VALUE"), worded as glibc words it for strace, whose getopt
 * prints its own messages (ltr's is silent, opterr = 0, so that every
 * message starts with "ltr:"): an option that needs an argument and got
 * none, one that takes none and got one, a prefix of several options, an
 * unknown one. A prefix of options that differ only in name (--daemon:
 * --daemonize, --daemonised, --daemonized) is not ambiguous.
 */
static bool same_option(const struct option *a, const struct option *b)
{
	return a->has_arg == b->has_arg && a->flag == b->flag && a->val == b->val;
}

static int long_option_error(const struct option *longopts, const char *arg)
{
	const char *name = arg + 2;
	size_t len = strcspn(name, "=");
	const struct option *o, *found = NULL;
	bool ambiguous = false;

	for (o = longopts; o->name && !found; o++)
		if (strlen(o->name) == len && !strncmp(o->name, name, len))
			found = o;
	for (o = longopts; o->name && !found; o++) /* the first prefix match */
		if (!strncmp(o->name, name, len))
			found = o;
	for (o = found; o && o->name; o++)
		if (strlen(found->name) != len && !strncmp(o->name, name, len) &&
		    !same_option(o, found))
			ambiguous = true;
	if (ambiguous) {
		struct ltr_strbuf list = LTR_STRBUF_INIT;
		int rc;

		for (o = longopts; o->name; o++)
			if (!strncmp(o->name, name, len) && (o == found || !same_option(o, found)))
				ltr_sb_printf(&list, " '--%s'", o->name);
		rc = usage_error("option '%s' is ambiguous; possibilities:%s", arg,
				 ltr_sb_cstr(&list));
		ltr_sb_free(&list);
		return rc;
	}
	if (found && name[len] == '=' && found->has_arg == no_argument)
		return usage_error("option '--%s' doesn't allow an argument", found->name);
	if (found && !name[len] && found->has_arg == required_argument)
		return usage_error("option '--%s' requires an argument", found->name);
	return usage_error("unrecognized option '%s'", arg);
}

/* A decimal number in [0, max], as strace's string_to_uint. */
static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end;
	long v;

	if (!*s)
		return false;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || end == s || v < 0 || (unsigned long)v > max)
		return false;
	*out = (unsigned long)v;
	return true;
}

/* Whether arg looks like a number (then -s and -a are strace's). */
static bool is_numeric(const char *arg)
{
	const char *p = arg;

	if (*p == '-' || *p == '+')
		p++;
	if (!*p)
		return false;
	for (; *p; p++)
		if (*p < '0' || *p > '9')
			return false;
	return true;
}

/*
 * Adds the pids of arg to opts, as strace reads -p: separated by commas,
 * spaces, tabs or newlines (-p "`pidof prog`", -p "`pgrep prog`"); an
 * empty entry is an error ("1,,2", ",1"), a final separator is not, an
 * empty arg adds none. Returns 0, or -1 with the bad entry in *bad (to
 * free).
 */
static int add_pids(struct ltr_options *opts, const char *arg, char **bad)
{
	char *copy = ltr_xstrdup(arg), *tok = copy, *end;
	int rc = 0;

	while (*tok) {
		unsigned long pid;
		char sep;

		end = tok + strcspn(tok, "\n\t ,");
		sep = *end;
		*end = '\0';
		if (!parse_uint(tok, INT_MAX, &pid) || pid == 0) {
			*bad = ltr_xstrdup(tok);
			rc = -1;
			break;
		}
		opts->pids = ltr_xrealloc(opts->pids, (opts->npids + 1) * sizeof(pid_t));
		opts->pids[opts->npids++] = (pid_t)pid;
		if (!sep)
			break;
		tok = end + 1;
	}
	free(copy);
	return rc;
}

static void push(const char ***list, unsigned *n, const char *item)
{
	*list = ltr_xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = item;
}

/* Keeps s (allocated) until ltr_options_free(). */
static const char *own(struct ltr_options *opts, char *s)
{
	opts->owned = ltr_xrealloc(opts->owned, (opts->nowned + 1) * sizeof(*opts->owned));
	opts->owned[opts->nowned++] = s;
	return s;
}

/* Appends "name=value" (value copied) to the script arguments. */
static void push_arg(struct ltr_options *opts, const char *name, const char *value)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;

	ltr_sb_printf(&sb, "%s=%s", name, value);
	push(&opts->script_args, &opts->nscript_args, own(opts, sb.data));
}

/* --- sets of names: strace's "[!]all|none|NAME[,NAME...]" --- */

struct name_bit {
	const char *name;
	unsigned bit;
};

/*
 * Parses value into a set of bits from names (all: every bit of all_bits).
 * Returns 0, or the error status after "invalid WHAT 'TOKEN'".
 */
static int parse_name_set(const char *what, const char *value, const struct name_bit *names,
			  unsigned all_bits, unsigned *out)
{
	bool negate = *value == '!';
	unsigned set = 0;
	char *copy, *word, *save = NULL;
	int rc = 0;

	if (negate)
		value++;
	if (!*value)
		return fatal_error("invalid %s '%s'", what, value);
	copy = ltr_xstrdup(value);
	for (word = strtok_r(copy, ",", &save); word && !rc; word = strtok_r(NULL, ",", &save)) {
		const struct name_bit *n;

		if (!strcmp(word, "all")) {
			set = all_bits;
			continue;
		}
		if (!strcmp(word, "none"))
			continue;
		for (n = names; n->name && strcmp(n->name, word); n++)
			;
		if (!n->name)
			rc = fatal_error("invalid %s '%s'", what, word);
		else
			set |= n->bit;
	}
	free(copy);
	*out = negate ? all_bits & ~set : set;
	return rc;
}

static const struct name_bit quiet_names[] = {
	{ "attach", LTR_QUIET_ATTACH },
	{ "exit", LTR_QUIET_EXIT },
	{ "exits", LTR_QUIET_EXIT },
	{ "path-resolution", LTR_QUIET_PATH_RESOLUTION },
	{ "personality", LTR_QUIET_PERSONALITY },
	{ "thread-execve", LTR_QUIET_THREAD_EXECVE },
	{ "superseded", LTR_QUIET_THREAD_EXECVE },
	{ NULL, 0 },
};

static const struct name_bit status_names[] = {
	{ "successful", LTR_STATUS_SUCCESSFUL },
	{ "failed", LTR_STATUS_FAILED },
	{ "unfinished", LTR_STATUS_UNFINISHED },
	{ "unavailable", LTR_STATUS_UNAVAILABLE },
	{ "detached", LTR_STATUS_DETACHED },
	{ NULL, 0 },
};

static const struct name_bit decode_fd_names[] = {
	{ "path", LTR_FD_PATH },
	{ "socket", LTR_FD_SOCKET },
	{ "dev", LTR_FD_DEV },
	{ "pidfd", LTR_FD_PIDFD },
	{ NULL, 0 },
};

static const struct name_bit decode_pid_names[] = {
	{ "comm", LTR_PID_COMM },
	{ "pidns", LTR_PID_PIDNS },
	{ NULL, 0 },
};

/*
 * A signal by name (SIGINT, INT, chld, SIGRT_3) or number; 0 if neither;
 * -1 for a number strace takes that names no signal (0, 65 to 255).
 */
static int signal_number(const char *word)
{
	char *end;
	long n = strtol(word, &end, 10);

	if (*word && !*end && *word != '-' && *word != '+')
		return n >= 1 && n <= 64 ? (int)n : n >= 0 && n <= 255 ? -1 : 0;
	n = ltr_signal_number(word);
	return n > 0 ? (int)n : 0;
}

/*
 * -e signal=SET, as strace: signal names (with or without SIG) and
 * numbers, "all", "none", a leading "!" negating the set. Only which
 * "--- SIG... ---" and "--- stopped by ... ---" lines print; every signal
 * is still delivered.
 */
static int parse_signal_set(struct ltr_options *opts, const char *value)
{
	bool negate = *value == '!';
	uint64_t set = 0;
	char *copy, *word, *save = NULL;

	if (negate)
		value++;
	if (!*value)
		return fatal_error("invalid signal '%s'", value);
	copy = ltr_xstrdup(value);
	for (word = strtok_r(copy, ",", &save); word; word = strtok_r(NULL, ",", &save)) {
		int sig;

		if (strcmp(word, "all") == 0) {
			set = ~(uint64_t)0;
		} else if (strcmp(word, "none") == 0) {
			continue;
		} else if ((sig = signal_number(word)) > 0) {
			set |= (uint64_t)1 << (sig - 1);
		} else if (sig < 0) {
			continue; /* accepted, as strace: no signal of ltr's to show */
		} else {
			int rc = fatal_error("invalid signal '%s'", word);

			free(copy);
			return rc;
		}
	}
	free(copy);
	opts->signals = negate ? ~set : set;
	return 0;
}

/*
 * -e read=SET / write=SET: descriptor numbers, all, none, leading '!'s,
 * checked as strace checks them (src/decode/dump.c reads them).
 */
static int check_fd_set(const char *value)
{
	size_t size = strlen(value) + 1;
	char *bad = ltr_xmalloc(size);
	int rc = 0;

	if (ltr_dump_check_set(value, bad, size) < 0)
		rc = fatal_error("invalid descriptor '%s'", bad);
	free(bad);
	return rc;
}

/* Sets accumulated by the command line, turned into scripts at the end. */
struct sugar {
	bool timing;
	bool quiet_given;         /* -e quiet= or --quiet */
	bool decode_fds_given;    /* -e decode-fds= or --decode-fds (not -y) */
	int zflags;               /* -z/-Z given (the last wins) */
	bool status_given;        /* -e status=, -z or -Z */
	struct ltr_strbuf inject; /* semicolon-joined -e inject=/fault= specs */
};

/* The names of the -e qualifiers, with strace's short spellings. */
enum qual {
	Q_TRACE, Q_ABBREV, Q_VERBOSE, Q_RAW, Q_SIGNAL, Q_STATUS, Q_QUIET, Q_READ,
	Q_WRITE, Q_FAULT, Q_INJECT, Q_KVM, Q_DECODE_FDS, Q_DECODE_PIDS, Q_SECONTEXT,
};

static const struct {
	const char *name;
	enum qual qual;
} qual_names[] = {
	{ "trace", Q_TRACE }, { "t", Q_TRACE },
	{ "abbrev", Q_ABBREV }, { "a", Q_ABBREV },
	{ "verbose", Q_VERBOSE }, { "v", Q_VERBOSE },
	{ "raw", Q_RAW }, { "x", Q_RAW },
	{ "signal", Q_SIGNAL }, { "signals", Q_SIGNAL }, { "s", Q_SIGNAL },
	{ "status", Q_STATUS },
	{ "quiet", Q_QUIET }, { "silent", Q_QUIET }, { "silence", Q_QUIET }, { "q", Q_QUIET },
	{ "read", Q_READ }, { "reads", Q_READ }, { "r", Q_READ },
	{ "write", Q_WRITE }, { "writes", Q_WRITE }, { "w", Q_WRITE },
	{ "fault", Q_FAULT },
	{ "inject", Q_INJECT },
	{ "kvm", Q_KVM },
	{ "decode-fd", Q_DECODE_FDS }, { "decode-fds", Q_DECODE_FDS },
	{ "decode-pid", Q_DECODE_PIDS }, { "decode-pids", Q_DECODE_PIDS },
	{ "secontext", Q_SECONTEXT },
};

/*
 * A syscall set of -e trace=, abbrev=, verbose=, raw=: checked here, as
 * strace checks it while reading the command line (sysset.c, the parser
 * the printer and the scripts use later).
 */
static int check_syscall_set(const char *value)
{
	struct ltr_sysset *set = ltr_sysset_new(false);
	char err[256];
	bool help;
	int rc = ltr_sysset_add(set, value, err, sizeof(err), &help);

	free(set);
	if (rc == 0)
		return 0;
	return help ? usage_error("%s", err) : fatal_error("%s", err);
}

/* Applies one qualifier: -e NAME=VALUE or --NAME=VALUE. */
static int qualify(struct ltr_options *opts, struct sugar *sg, enum qual q, const char *value)
{
	unsigned bits;
	int rc;

	switch (q) {
	case Q_TRACE:
		if ((rc = check_syscall_set(value)) != 0)
			return rc;
		opts->trace_set = value; /* as strace: a later set replaces it */
		return 0;
	case Q_ABBREV:
		if ((rc = check_syscall_set(value)) != 0)
			return rc;
		opts->abbrev_set = value;
		return 0;
	case Q_VERBOSE:
		if ((rc = check_syscall_set(value)) != 0)
			return rc;
		opts->verbose_set = value;
		return 0;
	case Q_RAW:
		if ((rc = check_syscall_set(value)) != 0)
			return rc;
		opts->raw_set = value;
		return 0;
	case Q_SIGNAL:
		return parse_signal_set(opts, value);
	case Q_STATUS:
		rc = parse_name_set("status", value, status_names, LTR_STATUS_ALL, &bits);
		if (!rc) {
			opts->status_set = bits;
			sg->status_given = true;
		}
		return rc;
	case Q_QUIET:
		rc = parse_name_set("quiet", value, quiet_names, LTR_QUIET_ALL, &bits);
		if (!rc) {
			opts->quiet_set = bits;
			sg->quiet_given = true;
		}
		return rc;
	case Q_READ:
		rc = check_fd_set(value);
		if (!rc)
			opts->read_set = value;
		return rc;
	case Q_WRITE:
		rc = check_fd_set(value);
		if (!rc)
			opts->write_set = value;
		return rc;
	case Q_FAULT:
	case Q_INJECT: {
		/* the set before the first ':', checked here as strace does (inject.lua checks the rest) */
		char *set = strndup(value, strcspn(value, ":"));

		if (!set)
			return fatal_error("out of memory");
		rc = check_syscall_set(set);
		free(set);
		if (rc)
			return rc;
		/* fault= is inject= with ENOSYS as the default error */
		if (sg->inject.len)
			ltr_sb_putc(&sg->inject, ';');
		if (q == Q_FAULT)
			ltr_sb_puts(&sg->inject, "fault:");
		ltr_sb_puts(&sg->inject, value);
		return 0;
	}
	case Q_KVM:
		if (strcmp(value, "vcpu"))
			return fatal_error("invalid -e kvm= argument: '%s'", value);
		opts->kvm_vcpu = true;
		return 0;
	case Q_DECODE_FDS:
		sg->decode_fds_given = true;
		rc = parse_name_set("decode-fds", value, decode_fd_names, LTR_FD_ALL, &bits);
		if (!rc)
			opts->decode_fds = bits;
		return rc;
	case Q_DECODE_PIDS:
		rc = parse_name_set("decode-pids", value, decode_pid_names,
				    LTR_PID_COMM | LTR_PID_PIDNS, &bits);
		if (!rc)
			opts->decode_pids = bits;
		return rc;
	case Q_SECONTEXT:
		/*
		 * as Debian's strace 6.1, built without SELinux: strace's words,
		 * which scripts that probe for the option match
		 */
		return fatal_error("SELinux context printing (--secontext option) is not "
				   "supported by this build of strace");
	}
	return 0;
}

/*
 * -P's paths that resolve to another (a symlink, "///"), announced as
 * strace announces them: strace resolves them after the other checks of
 * its command line but before -q's conflict with -e quiet (when only -e
 * quiet=path-resolution silences them). ltr resolves them in paths.lua,
 * which a command line refused there never reaches: said here then.
 */
static void announce_trace_paths(const struct ltr_options *opts, bool quiet_given)
{
	struct ltr_decode_opts plain = { .strsize = 32 };
	unsigned i;

	if (quiet_given && (opts->quiet_set & LTR_QUIET_PATH_RESOLUTION))
		return;
	for (i = 0; i < opts->ntrace_paths; i++) {
		const char *path = opts->trace_paths[i];
		char *real = realpath(path, NULL);
		struct ltr_strbuf a = LTR_STRBUF_INIT, b = LTR_STRBUF_INIT;

		if (!real)
			continue;
		if (strcmp(real, path) != 0) {
			ltr_print_quoted(&a, path, strlen(path), &plain, false);
			ltr_print_quoted(&b, real, strlen(real), &plain, false);
			ltr_msg("Requested path %s resolved into %s\n", ltr_sb_cstr(&a), ltr_sb_cstr(&b));
		}
		ltr_sb_free(&a);
		ltr_sb_free(&b);
		free(real);
	}
}

/* -e EXPR: NAME=VALUE for a known NAME, else a trace set (strace's shorthand). */
static int parse_qualifier(struct ltr_options *opts, struct sugar *sg, const char *expr)
{
	size_t i;

	for (i = 0; i < sizeof(qual_names) / sizeof(qual_names[0]); i++) {
		size_t len = strlen(qual_names[i].name);

		if (!strncmp(expr, qual_names[i].name, len) && expr[len] == '=')
			return qualify(opts, sg, qual_names[i].qual, expr + len + 1);
	}
	return qualify(opts, sg, Q_TRACE, expr);
}

/* --- values of other options --- */

/* s, ms, us, ns: digits after the point; -1 if none of them. */
static int time_digits(const char *unit)
{
	static const char *const units[] = { "s", "ms", "us", "ns" };
	unsigned i;

	for (i = 0; i < 4; i++)
		if (!strcasecmp(unit, units[i])) /* in any case, as strace */
			return (int)i * 3;
	return -1;
}

/*
 * --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION]: FORMAT
 * none, time or unix; PRECISION s, ms, us or ns. Returns false on error.
 */
static bool parse_abs_time(struct ltr_time_format *tf, const char *arg)
{
	char *copy = ltr_xstrdup(arg), *tok, *save = NULL;
	bool ok = true, format_set = false;

	for (tok = strtok_r(copy, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
		bool may_format = true, may_scale = true;
		int digits;

		if (!strncasecmp(tok, "format:", 7)) {
			tok += 7;
			may_scale = false;
		} else if (!strncasecmp(tok, "precision:", 10)) {
			tok += 10;
			may_format = false;
		}
		if (may_format && !strcasecmp(tok, "none")) {
			tf->absolute = LTR_ABS_NONE;
			format_set = true;
		} else if (may_format && !strcasecmp(tok, "time")) {
			tf->absolute = LTR_ABS_TIME;
			format_set = true;
		} else if (may_format && !strcasecmp(tok, "unix")) {
			tf->absolute = LTR_ABS_UNIX;
			format_set = true;
		} else if (may_scale && (digits = time_digits(tok)) >= 0) {
			tf->abs_digits = (unsigned)digits;
		} else {
			ok = false;
		}
	}
	free(copy);
	if (ok && !format_set && tf->absolute == LTR_ABS_NONE)
		tf->absolute = LTR_ABS_TIME;
	return ok;
}

/*
 * -O OVERHEAD[UNIT]: a non-negative number of units (us by default), as
 * strace reads it: an integer, or when the text has more of a floating
 * number ("1.5", "4.5e2", "4.5e-1") a double; then s, ms, us, ns in
 * any case (after an integer, starting with a lowercase letter) or
 * nothing. *ns gets the time in nanoseconds, whole seconds and the rest
 * computed apart as strace computes them. Returns false when strace
 * would refuse it.
 */
static bool parse_overhead(const char *arg, unsigned long long *ns)
{
	static const char *const units[] = { "s", "ms", "us", "ns" };
	static const unsigned long long scales[] = { 1000000000ULL, 1000000ULL, 1000ULL, 1ULL };
	size_t float_len = strspn(arg, "eE.-+0123456789");
	size_t int_len = strspn(arg, "+0123456789");
	unsigned long long scale = 1000, per_sec, secs;
	bool is_float = float_len > int_len;
	double fval = 0;
	long long ival = 0;
	char *end;
	unsigned i;

	errno = 0;
	if (is_float) {
		fval = strtod(arg, &end);
		if (end == arg || errno || fval < 0)
			return false;
	} else {
		ival = strtoll(arg, &end, 10);
		if (end == arg || ival < 0 || (ival == LLONG_MAX && errno == ERANGE))
			return false;
		/* strace takes a unit here only from a lowercase first letter */
		if (*end && !strchr("smun", *end))
			return false;
	}
	if (*end) {
		for (i = 0; i < 4 && strcasecmp(end, units[i]); i++)
			;
		if (i == 4)
			return false;
		scale = scales[i];
	}
	per_sec = 1000000000ULL / scale;
	if (is_float) {
		secs = (unsigned long long)(fval / (double)per_sec);
		*ns = secs * 1000000000ULL +
		      (unsigned long long)((fval - (double)(secs * per_sec)) * (double)scale) %
			      1000000000ULL;
	} else {
		*ns = (unsigned long long)ival / per_sec * 1000000000ULL +
		      (unsigned long long)ival % per_sec * scale;
	}
	return true;
}

/* -S keys and -U columns, with strace's aliases, as count.lua names them. */
static const struct {
	const char *alias, *name;
} summary_columns[] = {
	{ "time", "time-percent" }, { "time_percent", "time-percent" },
	{ "time-percent", "time-percent" },
	{ "time_total", "total-time" }, { "time-total", "total-time" },
	{ "total_time", "total-time" }, { "total-time", "total-time" },
	{ "min_time", "min-time" }, { "min-time", "min-time" }, { "shortest", "min-time" },
	{ "time_min", "min-time" }, { "time-min", "min-time" },
	{ "longest", "max-time" }, { "max_time", "max-time" }, { "max-time", "max-time" },
	{ "time_max", "max-time" }, { "time-max", "max-time" },
	{ "avg_time", "avg-time" }, { "avg-time", "avg-time" }, { "time_avg", "avg-time" },
	{ "time-avg", "avg-time" },
	{ "calls", "calls" }, { "count", "calls" },
	{ "error", "errors" }, { "errors", "errors" },
	{ "name", "name" }, { "syscall", "name" }, { "syscall_name", "name" },
	{ "syscall-name", "name" },
	{ "none", "none" }, { "nothing", "none" },
};

static const char *summary_column(const char *alias, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(summary_columns) / sizeof(summary_columns[0]); i++)
		if (strlen(summary_columns[i].alias) == len &&
		    !strncmp(summary_columns[i].alias, alias, len))
			return summary_columns[i].name;
	return NULL;
}

/* -U COLUMNS: the canonical comma-separated list, or an error. */
static int parse_summary_columns(struct ltr_options *opts, const char *arg)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;
	const char *seen[16];
	unsigned nseen = 0, i;
	const char *p = arg;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		const char *name = summary_column(p, len);

		if (!name || !strcmp(name, "none")) {
			ltr_sb_free(&sb);
			return usage_error("unknown column name: '%.*s'", (int)len, p);
		}
		for (i = 0; i < nseen && strcmp(seen[i], name); i++)
			;
		if (i < nseen) {
			ltr_sb_free(&sb);
			return usage_error("call summary column has been provided more than once: "
					   "'%.*s' (-U option residual: '%s')", (int)len, p, p);
		}
		if (nseen < sizeof(seen) / sizeof(seen[0]))
			seen[nseen++] = name;
		ltr_sb_printf(&sb, "%s%s", sb.len ? "," : "", name);
		if (!comma)
			break;
		p = comma + 1;
	}
	opts->summary_columns = own(opts, sb.data);
	return 0;
}

/*
 * Turns the script-shaped options into stock scripts and their arguments.
 * "@NAME": the stock script itself, whatever NAME.lua the script path
 * holds; "-a NAME.ARG=VALUE": for that script only, so that a user's
 * script declaring an argument of the same name is not given it.
 */
static void apply_sugar(struct ltr_options *opts, struct sugar *sg)
{
	if (opts->summary != LTR_SUMMARY_NONE) {
		push(&opts->scripts, &opts->nscripts, "@count");
		if (opts->trace_set)
			push_arg(opts, "count.sel", opts->trace_set);
		if (opts->sort_by)
			push_arg(opts, "count.sort", opts->sort_by);
		if (opts->summary_columns)
			push_arg(opts, "count.columns", opts->summary_columns);
		if (opts->wall_clock)
			push_arg(opts, "count.wall", "1");
		if (opts->overhead) {
			/* in nanoseconds: count.lua reads no floating syntax */
			unsigned long long ns = 0;
			char text[32];

			parse_overhead(opts->overhead, &ns);
			snprintf(text, sizeof(text), "%lluns", ns);
			push_arg(opts, "count.overhead", text);
		}
		if (opts->summary == LTR_SUMMARY_BOTH)
			push_arg(opts, "count.print", "1");
	}
	if (opts->trace_set && opts->summary != LTR_SUMMARY_ONLY) {
		push(&opts->scripts, &opts->nscripts, "@trace");
		push_arg(opts, "trace.trace", opts->trace_set);
	}
	if (opts->ntrace_paths) {
		/* -P PATH...: paths.lua, the paths joined by ':' (a ':' or '\\' of a path after a '\\') */
		struct ltr_strbuf sb = LTR_STRBUF_INIT;
		unsigned i;

		for (i = 0; i < opts->ntrace_paths; i++) {
			const char *p;

			if (i)
				ltr_sb_putc(&sb, ':');
			for (p = opts->trace_paths[i]; *p; p++) {
				if (*p == ':' || *p == '\\')
					ltr_sb_putc(&sb, '\\');
				ltr_sb_putc(&sb, *p);
			}
		}
		push(&opts->scripts, &opts->nscripts, "@paths");
		push_arg(opts, "paths.path", ltr_sb_cstr(&sb)); /* "" too: strace matches empty paths */
		if (opts->trace_set && opts->summary != LTR_SUMMARY_ONLY)
			push_arg(opts, "paths.trace", opts->trace_set);
		/* -e quiet=path-resolution only: strace resolves -P's paths before -q counts */
		if (sg->quiet_given && (opts->quiet_set & LTR_QUIET_PATH_RESOLUTION))
			push_arg(opts, "paths.quiet", "1");
		ltr_sb_free(&sb);
	}
	if (sg->status_given && opts->status_set != LTR_STATUS_ALL) {
		if (opts->status_set == LTR_STATUS_FAILED) {
			push(&opts->scripts, &opts->nscripts, "@failed");
		} else if (opts->status_set == LTR_STATUS_SUCCESSFUL) {
			push(&opts->scripts, &opts->nscripts, "@succeeded");
		} else {
			struct ltr_strbuf sb = LTR_STRBUF_INIT;
			unsigned i;

			for (i = 0; status_names[i].name; i++)
				if (opts->status_set & status_names[i].bit)
					ltr_sb_printf(&sb, "%s%s", sb.len ? "," : "",
						      status_names[i].name);
			push(&opts->scripts, &opts->nscripts, "@status");
			push_arg(opts, "status.status", sb.len ? sb.data : "none");
			ltr_sb_free(&sb);
		}
	}
	if (sg->timing)
		push(&opts->scripts, &opts->nscripts, "@timing");
	if (sg->inject.len) {
		push(&opts->scripts, &opts->nscripts, "@inject");
		push_arg(opts, "inject.inject", sg->inject.data);
		/* strace tampers only with the calls it traces */
		if (opts->trace_set)
			push_arg(opts, "inject.trace", opts->trace_set);
	}
}

/* The decode options the decoders read, from the strace-level ones. */
static void derive_decode(struct ltr_options *opts)
{
	opts->decode.decode_fds = opts->decode_fds;
	if (opts->abbrev_set && !strcmp(opts->abbrev_set, "none"))
		opts->decode.verbose = true;
	opts->decode.pid_comm = (opts->decode_pids & LTR_PID_COMM) != 0;
	opts->decode.pidns = (opts->decode_pids & LTR_PID_PIDNS) != 0;
	opts->decode.xlat_style = opts->xlat_style;
	opts->quiet = opts->quiet_set != 0;
}

/* Checks across options, as strace does once every option is read. */
static int check_combinations(struct ltr_options *opts, unsigned tflags, bool abs_long,
			      unsigned xflags, int hex_long, unsigned yflags, bool decode_fds_long,
			      unsigned fflags, bool follow_long, bool separately_long,
			      unsigned dflags, int daemon_long, bool columns_set, bool sort_set,
			      int zflags, bool Fflag)
{
	/* strace's order: both spellings, no command, then too many */
	if (daemon_long && dflags)
		return fatal_error("-D and --daemonize cannot be provided simultaneously");
	if (!opts->argv && (daemon_long || dflags))
		return usage_error("PROG [ARGS] must be specified with -D/--daemonize");
	if (dflags > 3)
		return usage_error("Too many -D's (%u), maximum supported -D count is 3", dflags);
	opts->daemonize = (enum ltr_daemonize)(daemon_long ? daemon_long : (int)dflags);
	if (tflags) {
		if (abs_long)
			return fatal_error("-t and --absolute-timestamps cannot be provided "
					   "simultaneously");
		opts->time.absolute = tflags >= 3 ? LTR_ABS_UNIX : LTR_ABS_TIME;
		opts->time.abs_digits = tflags >= 2 ? 6 : 0;
	}
	if (hex_long >= 0) {
		if (xflags)
			return fatal_error("-x and --strings-in-hex cannot be provided simultaneously");
		opts->decode.xflag = (unsigned)hex_long;
	} else {
		opts->decode.xflag = xflags > 2 ? 2 : xflags;
	}
	if (yflags) {
		if (decode_fds_long)
			return fatal_error("-y and --decode-fds cannot be provided simultaneously");
		opts->decode_fds = yflags == 1 ? LTR_FD_PATH : LTR_FD_ALL;
	}
	/*
	 * strace's --seccomp-bpf warnings: ltr filters a launched command
	 * only where strace --seccomp-bpf would (-f, no -b, no -p), with or
	 * without --seccomp-bpf.
	 */
	if (opts->seccomp_bpf && opts->detach_on_execve)
		warning("--seccomp-bpf is not enabled because it is not compatible with -b");
	if (fflags) {
		if (follow_long)
			return fatal_error("-f and --follow-forks cannot be provided simultaneously");
		if (fflags >= 2 && separately_long)
			return fatal_error("-ff and --output-separately cannot be provided "
					   "simultaneously");
		opts->follow = true;
		opts->output_separately = fflags >= 2;
	}
	if (opts->seccomp_bpf && !opts->detach_on_execve && opts->npids &&
	    (!opts->argv || opts->debug))
		warning("--seccomp-bpf is not enabled for processes attached with -p");
	if (opts->seccomp_bpf && !opts->detach_on_execve && !opts->follow)
		warning("--seccomp-bpf cannot be used without -f/--follow-forks, disabling");
	if (Fflag) {
		/* once, however many, once -f and --follow-forks are known */
		if (opts->follow)
			warning("deprecated option -F ignored");
		else
			warning("option -F is deprecated, please use -f/--follow-forks instead");
		opts->follow = true;
	}
	if (opts->output_separately && opts->summary != LTR_SUMMARY_NONE)
		return usage_error("(-c/--summary-only or -C/--summary) and -ff/--output-separately "
				   "are mutually exclusive");
	if (opts->wall_clock && opts->summary == LTR_SUMMARY_NONE)
		return usage_error("-w/--summary-wall-clock must be given with (-c/--summary-only "
				   "or -C/--summary)");
	if (columns_set && opts->summary == LTR_SUMMARY_NONE)
		return usage_error("-U/--summary-columns must be given with (-c/--summary-only "
				   "or -C/--summary)");
	if (sort_set && opts->summary == LTR_SUMMARY_NONE)
		warning("-S/--summary-sort-by has no effect without (-c/--summary-only or "
			"-C/--summary)");
	if (opts->summary == LTR_SUMMARY_ONLY) {
		if (opts->instruction_pointer)
			warning("-i/--instruction-pointer has no effect with -c/--summary-only");
		if (opts->stack_traces)
			warning("-k/--stack-traces has no effect with -c/--summary-only");
		if (opts->syscall_number)
			warning("-n/--syscall-number has no effect with -c/--summary-only");
		if (opts->time.relative)
			warning("-r/--relative-timestamps has no effect with -c/--summary-only");
		if (opts->time.absolute != LTR_ABS_NONE)
			warning("-t/--absolute-timestamps has no effect with -c/--summary-only");
		if (opts->time.durations)
			warning("-T/--syscall-times has no effect with -c/--summary-only");
		if (opts->decode_fds)
			warning("-y/--decode-fds has no effect with -c/--summary-only");
	}
	if (!opts->outfile) {
		if (opts->output_separately && !opts->follow)
			warning("--output-separately has no effect without -o/--output");
		if (opts->append)
			warning("-A/--output-append-mode has no effect without -o/--output");
		opts->output_separately = false; /* -ff without -o is -f */
	} else if (opts->output_separately &&
		   (opts->outfile[0] == '|' || opts->outfile[0] == '!')) {
		return usage_error("piping the output and -ff/--output-separately are mutually "
				   "exclusive");
	}
	if (zflags > 1)
		warning("Only the last of -z/--successful-only/-Z/--failed-only options will "
			"take effect. See status qualifier for more complex filters.");
	return 0;
}

int ltr_options_parse(struct ltr_options *opts, int argc, char **argv)
{
	static const struct option longopts[] = {
		/* strace's */
		{ "columns", required_argument, NULL, 'a' },
		{ "output-append-mode", no_argument, NULL, 'A' },
		{ "detach-on", required_argument, NULL, 'b' },
		{ "summary-only", no_argument, NULL, 'c' },
		{ "summary", no_argument, NULL, 'C' },
		{ "debug", no_argument, NULL, 'd' },
		{ "daemonize", optional_argument, NULL, OPT_DAEMONIZE },
		{ "daemonised", optional_argument, NULL, OPT_DAEMONIZE },
		{ "daemonized", optional_argument, NULL, OPT_DAEMONIZE },
		{ "env", required_argument, NULL, 'E' },
		{ "follow-forks", no_argument, NULL, OPT_FOLLOW_FORKS },
		{ "output-separately", no_argument, NULL, OPT_OUTPUT_SEPARATELY },
		{ "help", no_argument, NULL, 'h' },
		{ "instruction-pointer", no_argument, NULL, 'i' },
		{ "interruptible", required_argument, NULL, 'I' },
		{ "stack-traces", no_argument, NULL, 'k' },
		{ "syscall-number", no_argument, NULL, 'n' },
		{ "output", required_argument, NULL, 'o' },
		{ "summary-syscall-overhead", required_argument, NULL, 'O' },
		{ "attach", required_argument, NULL, 'p' },
		{ "trace-path", required_argument, NULL, 'P' },
		{ "relative-timestamps", optional_argument, NULL, 'r' },
		{ "string-limit", required_argument, NULL, 's' },
		{ "summary-sort-by", required_argument, NULL, 'S' },
		{ "absolute-timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
		{ "timestamps", optional_argument, NULL, OPT_TIMESTAMPS },
		{ "syscall-times", optional_argument, NULL, 'T' },
		{ "user", required_argument, NULL, 'u' },
		{ "summary-columns", required_argument, NULL, 'U' },
		{ "no-abbrev", no_argument, NULL, 'v' },
		{ "version", no_argument, NULL, 'V' },
		{ "summary-wall-clock", no_argument, NULL, 'w' },
		{ "strings-in-hex", optional_argument, NULL, OPT_HEX_STR },
		{ "const-print-style", required_argument, NULL, 'X' },
		{ "pidns-translation", no_argument, NULL, OPT_PIDNS_TRANSLATION },
		{ "successful-only", no_argument, NULL, 'z' },
		{ "failed-only", no_argument, NULL, 'Z' },
		{ "failing-only", no_argument, NULL, 'Z' },
		{ "seccomp-bpf", no_argument, NULL, OPT_SECCOMP_BPF },
		{ "tips", optional_argument, NULL, OPT_TIPS },
		{ "trace", required_argument, NULL, OPT_QUAL_TRACE },
		{ "abbrev", required_argument, NULL, OPT_QUAL_ABBREV },
		{ "verbose", required_argument, NULL, OPT_QUAL_VERBOSE },
		{ "raw", required_argument, NULL, OPT_QUAL_RAW },
		{ "signals", required_argument, NULL, OPT_QUAL_SIGNAL },
		{ "status", required_argument, NULL, OPT_QUAL_STATUS },
		{ "read", required_argument, NULL, OPT_QUAL_READ },
		{ "write", required_argument, NULL, OPT_QUAL_WRITE },
		{ "fault", required_argument, NULL, OPT_QUAL_FAULT },
		{ "inject", required_argument, NULL, OPT_QUAL_INJECT },
		{ "kvm", required_argument, NULL, OPT_QUAL_KVM },
		{ "quiet", optional_argument, NULL, OPT_QUAL_QUIET },
		{ "silent", optional_argument, NULL, OPT_QUAL_QUIET },
		{ "silence", optional_argument, NULL, OPT_QUAL_QUIET },
		{ "decode-fds", optional_argument, NULL, OPT_QUAL_DECODE_FDS },
		{ "decode-pids", required_argument, NULL, OPT_QUAL_DECODE_PIDS },
		{ "secontext", optional_argument, NULL, OPT_SECONTEXT },
		/* ltr's */
		{ "strsize", required_argument, NULL, OPT_STRSIZE },
		{ "list", no_argument, NULL, 'l' },
		{ "script-help", required_argument, NULL, OPT_SCRIPT_HELP },
		{ "json", no_argument, NULL, 'j' },
		{ "lua", required_argument, NULL, 'L' },
		{ "no-seccomp", no_argument, NULL, OPT_NO_SECCOMP },
		{ "no-spin", no_argument, NULL, OPT_NO_SPIN },
		{ "stats", no_argument, NULL, OPT_STATS },
		{ "hook-timeout", required_argument, NULL, OPT_HOOK_TIMEOUT },
		{ NULL, 0, NULL, 0 },
	};
	static const struct {
		int opt;
		enum qual qual;
	} long_quals[] = {
		{ OPT_QUAL_TRACE, Q_TRACE }, { OPT_QUAL_ABBREV, Q_ABBREV },
		{ OPT_QUAL_VERBOSE, Q_VERBOSE }, { OPT_QUAL_RAW, Q_RAW },
		{ OPT_QUAL_SIGNAL, Q_SIGNAL }, { OPT_QUAL_STATUS, Q_STATUS },
		{ OPT_QUAL_READ, Q_READ }, { OPT_QUAL_WRITE, Q_WRITE },
		{ OPT_QUAL_FAULT, Q_FAULT }, { OPT_QUAL_INJECT, Q_INJECT },
		{ OPT_QUAL_KVM, Q_KVM }, { OPT_QUAL_QUIET, Q_QUIET },
		{ OPT_QUAL_DECODE_FDS, Q_DECODE_FDS }, { OPT_QUAL_DECODE_PIDS, Q_DECODE_PIDS },
	};
	struct sugar sg = { .inject = LTR_STRBUF_INIT };
	unsigned tflags = 0, xflags = 0, yflags = 0, fflags = 0, dflags = 0, qflags = 0;
	bool Fflag = false;
	int hex_long = -1, daemon_long = 0, c, rc = 0, lidx;
	bool abs_long = false, decode_fds_long = false, follow_long = false;
	bool separately_long = false, columns_set = false, sort_set = false;

	memset(opts, 0, sizeof(*opts));
	opts->signals = ~(uint64_t)0; /* every signal line, as strace */
	opts->decode.strsize = 32;
	opts->columns = 40;
	opts->status_set = LTR_STATUS_ALL;
	opts->time.rel_digits = 6;
	opts->time.dur_digits = 6;
	opts->hook_timeout = 5;
	opts->tips_id = LTR_TIP_RANDOM;
	opterr = 0;
	optind = 1;
	for (;;) {
		const struct option *lopt;
		unsigned long n;
		size_t i;

		/* the word getopt_long() reads, when a long option ("--NAME") */
		const char *long_arg = optind < argc && !strncmp(argv[optind], "--", 2) &&
				       argv[optind][2] ? argv[optind] : NULL;

		lidx = -1;
		c = getopt_long(argc, argv, "+:a:Ab:cCdDe:E:fFhiI:jkL:lno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ",
				longopts, &lidx);
		if (c == -1)
			break;
		lopt = lidx >= 0 ? &longopts[lidx] : NULL;
		switch (c) {
		case 'a':
			if (is_numeric(optarg)) {
				if (!parse_uint(optarg, INT_MAX, &n))
					{ rc = bad_arg(c, lopt, optarg); goto out; }
				opts->columns = (unsigned)n;
			} else if (!lopt && strchr(optarg, '=') && optarg[0] != '=') {
				push(&opts->script_args, &opts->nscript_args, optarg);
			} else {
				rc = bad_arg(c, lopt, optarg);
				goto out;
			}
			break;
		case 'A':
			opts->append = true;
			break;
		case 'b':
			if (strcmp(optarg, "execve"))
				{ rc = fatal_error("Syscall '%s' for -b isn't supported", optarg); goto out; }
			opts->detach_on_execve = true;
			break;
		case 'c':
			if (opts->summary == LTR_SUMMARY_BOTH)
				{ rc = usage_error("-c/--summary-only and -C/--summary are mutually exclusive"); goto out; }
			opts->summary = LTR_SUMMARY_ONLY;
			break;
		case 'C':
			if (opts->summary == LTR_SUMMARY_ONLY)
				{ rc = usage_error("-c/--summary-only and -C/--summary are mutually exclusive"); goto out; }
			opts->summary = LTR_SUMMARY_BOTH;
			break;
		case 'd':
			opts->debug = true;
			break;
		case 'D':
			dflags++;
			break;
		case OPT_DAEMONIZE:
			if (!optarg || !strcasecmp(optarg, "grandchild"))
				daemon_long = LTR_DAEMON_GRANDCHILD;
			else if (!strcasecmp(optarg, "pgroup") || !strcasecmp(optarg, "pgrp"))
				daemon_long = LTR_DAEMON_PGROUP;
			else if (!strcasecmp(optarg, "session"))
				daemon_long = LTR_DAEMON_SESSION;
			else
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			break;
		case 'e':
			rc = parse_qualifier(opts, &sg, optarg);
			if (rc)
				goto out;
			break;
		case 'E':
			push(&opts->env, &opts->nenv, optarg);
			break;
		case 'f':
			fflags++;
			break;
		case 'F':
			Fflag = true; /* strace's deprecated -f: see check_combinations() */
			break;
		case OPT_FOLLOW_FORKS:
			follow_long = true;
			opts->follow = true;
			break;
		case OPT_OUTPUT_SEPARATELY:
			separately_long = true;
			opts->output_separately = true;
			break;
		case 'h':
			fputs(usage_text, stdout);
			rc = -1;
			goto out;
		case 'i':
			opts->instruction_pointer = true;
			break;
		case 'I':
			if (parse_uint(optarg, 4, &n) && n >= 1)
				opts->interruptible = (int)n;
			else if (!strcasecmp(optarg, "anywhere") || !strcasecmp(optarg, "always"))
				opts->interruptible = 1;
			else if (!strcasecmp(optarg, "waiting"))
				opts->interruptible = 2;
			else if (!strcasecmp(optarg, "never"))
				opts->interruptible = 3;
			else if (!strcasecmp(optarg, "never_tstp"))
				opts->interruptible = 4;
			else
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			break;
		case 'j':
			opts->json = true;
			break;
		case 'k':
			opts->stack_traces = true;
			break;
		case 'l':
			opts->list_scripts = true;
			break;
		case 'L':
			push(&opts->inline_code, &opts->ninline, optarg);
			push(&opts->scripts, &opts->nscripts, optarg);
			break;
		case 'n':
			opts->syscall_number = true;
			break;
		case 'o':
			opts->outfile = optarg;
			break;
		case 'O':
			if (!parse_overhead(optarg, &(unsigned long long){ 0 }))
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			opts->overhead = optarg;
			break;
		case 'p': {
			char *bad = NULL;

			if (add_pids(opts, optarg, &bad) < 0) {
				rc = fatal_error("Invalid process id: '%s'", bad);
				free(bad);
				goto out;
			}
			break;
		}
		case 'P':
			push(&opts->trace_paths, &opts->ntrace_paths, optarg);
			break;
		case 'q':
			qflags++;
			break;
		case 'r':
			opts->time.relative = true;
			if (optarg) {
				int d = time_digits(optarg);

				if (d < 0)
					{ rc = bad_arg(c, lopt, optarg); goto out; }
				opts->time.rel_digits = (unsigned)d;
			}
			break;
		case 's':
			if (lopt || is_numeric(optarg)) {
				if (!parse_uint(optarg, UINT_MAX / 4, &n))
					{ rc = bad_arg(c, lopt, optarg); goto out; }
				opts->decode.strsize = (unsigned)n;
			} else {
				push(&opts->scripts, &opts->nscripts, optarg);
			}
			break;
		case 'S':
			if (!summary_column(optarg, strlen(optarg)))
				{ rc = usage_error("invalid sortby: '%s'", optarg); goto out; }
			opts->sort_by = summary_column(optarg, strlen(optarg));
			sort_set = true;
			break;
		case 't':
			tflags++;
			break;
		case OPT_TIMESTAMPS:
			abs_long = true;
			if (!parse_abs_time(&opts->time, optarg ? optarg : "time"))
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			break;
		case 'T':
			opts->time.durations = true;
			sg.timing = true;
			if (optarg) {
				int d = time_digits(optarg);

				if (d < 0)
					{ rc = bad_arg(c, lopt, optarg); goto out; }
				opts->time.dur_digits = (unsigned)d;
			}
			break;
		case 'u':
			opts->user = optarg;
			break;
		case 'U':
			columns_set = true;
			rc = parse_summary_columns(opts, optarg);
			if (rc)
				goto out;
			break;
		case 'v':
			opts->abbrev_set = "none";
			break;
		case 'V':
			printf("ltr version %s\n", LTR_VERSION);
			rc = -1;
			goto out;
		case 'w':
			opts->wall_clock = true;
			break;
		case 'x':
			xflags++;
			break;
		case OPT_HEX_STR:
			if (!optarg || !strcasecmp(optarg, "all"))
				hex_long = 2;
			else if (!strcasecmp(optarg, "none"))
				hex_long = 0;
			else if (!strcasecmp(optarg, "non-ascii"))
				hex_long = 1;
			else if (!strcasecmp(optarg, "non-ascii-chars"))
				hex_long = 3;
			else
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			break;
		case 'X':
			if (!strcmp(optarg, "raw"))
				opts->xlat_style = LTR_XLAT_RAW;
			else if (!strcmp(optarg, "abbrev"))
				opts->xlat_style = LTR_XLAT_ABBREV;
			else if (!strcmp(optarg, "verbose"))
				opts->xlat_style = LTR_XLAT_VERBOSE;
			else
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			break;
		case 'y':
			yflags++;
			break;
		case 'Y':
			opts->decode_pids |= LTR_PID_COMM;
			break;
		case OPT_PIDNS_TRANSLATION:
			opts->decode_pids |= LTR_PID_PIDNS;
			break;
		case 'z':
		case 'Z':
			opts->status_set = c == 'z' ? LTR_STATUS_SUCCESSFUL : LTR_STATUS_FAILED;
			sg.status_given = true;
			sg.zflags++;
			break;
		case OPT_SECCOMP_BPF:
			opts->seccomp_bpf = true; /* ltr filters in the kernel by default */
			break;
		case OPT_TIPS: {
			enum ltr_tips_format format = (enum ltr_tips_format)opts->tips_format;

			opts->tips = optarg ? optarg : "";
			if (ltr_tips_parse(opts->tips, &opts->tips_id, &format) < 0)
				{ rc = bad_arg(c, lopt, opts->tips); goto out; }
			opts->tips_format = (int)format;
			break;
		}
		case OPT_SECONTEXT:
			rc = qualify(opts, &sg, Q_SECONTEXT, optarg ? optarg : "");
			goto out;
		case OPT_QUAL_QUIET:
			rc = qualify(opts, &sg, Q_QUIET, optarg ? optarg : "attach,personality");
			if (rc)
				goto out;
			break;
		case OPT_QUAL_DECODE_FDS:
			decode_fds_long = true;
			rc = qualify(opts, &sg, Q_DECODE_FDS, optarg ? optarg : "path");
			if (rc)
				goto out;
			break;
		case OPT_STRSIZE:
			if (!parse_uint(optarg, UINT_MAX / 4, &n))
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			opts->decode.strsize = (unsigned)n;
			break;
		case OPT_SCRIPT_HELP:
			opts->script_help = optarg;
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
		case OPT_HOOK_TIMEOUT: {
			char *end;
			double secs = strtod(optarg, &end);

			if (end == optarg || *end || !(secs >= 0) || secs > 1e9)
				{ rc = bad_arg(c, lopt, optarg); goto out; }
			opts->hook_timeout = secs;
			break;
		}
		case ':':
			/* getopt_long() sets neither lidx nor a usable optopt then */
			if (long_arg)
				rc = long_option_error(longopts, long_arg);
			else if (optopt)
				rc = usage_error("option requires an argument -- '%c'", optopt);
			else
				rc = usage_error("option '%s' requires an argument", argv[optind - 1]);
			goto out;
		default:
			for (i = 0; i < sizeof(long_quals) / sizeof(long_quals[0]); i++)
				if (long_quals[i].opt == c)
					break;
			if (i < sizeof(long_quals) / sizeof(long_quals[0])) {
				rc = qualify(opts, &sg, long_quals[i].qual, optarg);
				if (rc)
					goto out;
				break;
			}
			if (c == '?' && long_arg)
				rc = long_option_error(longopts, long_arg);
			else if (optopt && optopt < 256)
				rc = usage_error("invalid option -- '%c'", optopt);
			else
				rc = usage_error("unrecognized option '%s'", argv[optind - 1]);
			goto out;
		}
	}
	if (optind < argc)
		opts->argv = argv + optind;
	/* as strace: -o FILE with a command implies -q */
	if (opts->outfile && opts->argv && !qflags && !sg.quiet_given)
		qflags = 1;
	if (qflags) {
		if (sg.quiet_given) {
			announce_trace_paths(opts, true);
			rc = fatal_error("-q and -e quiet/--quiet cannot be provided simultaneously");
			goto out;
		}
		opts->quiet_set = qflags == 1 ? LTR_QUIET_ATTACH | LTR_QUIET_PERSONALITY :
				  qflags == 2 ? LTR_QUIET_ATTACH | LTR_QUIET_PERSONALITY | LTR_QUIET_EXIT :
				  LTR_QUIET_ALL;
	}
	if (opts->list_scripts || opts->script_help)
		goto out;
	if (!opts->argv && !opts->npids) {
		rc = usage_error("must have PROG [ARGS] or -p PID");
		goto out;
	}
	rc = check_combinations(opts, tflags, abs_long, xflags, hex_long, yflags,
				decode_fds_long || sg.decode_fds_given,
				fflags, follow_long, separately_long, dflags, daemon_long,
				columns_set, sort_set, sg.zflags, Fflag);
	if (rc)
		goto out;
	derive_decode(opts);
	apply_sugar(opts, &sg);
out:
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
	free(opts->env);
	free(opts->trace_paths);
	free(opts->inline_code);
	opts->inline_code = NULL;
	opts->ninline = 0;
	opts->owned = NULL;
	opts->scripts = opts->script_args = NULL;
	opts->env = opts->trace_paths = NULL;
	opts->nowned = opts->nscripts = opts->nscript_args = opts->nenv = opts->ntrace_paths = 0;
	free(opts->pids);
	opts->pids = NULL;
	opts->npids = 0;
}
