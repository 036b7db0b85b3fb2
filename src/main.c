/* SPDX-License-Identifier: MIT */
/* ltr: entry point. Parses the command line and hands over to the tracer. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "ltr/arch.h"
#include "ltr/debug.h"
#include "ltr/decode.h"
#include "ltr/events.h"
#include "ltr/msg.h"
#include "ltr/options.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/stats.h"
#include "ltr/tips.h"
#include "ltr/tracer.h"
#include "ltr/unwind.h"

/*
 * Ends ltr with signal sig, as strace ends itself when its command was
 * killed by a signal or a signal interrupted tracing: default action,
 * no core file of ltr's in place of the command's. Returns only when
 * the signal does not kill (then ltr exits with 128+sig).
 */
static void die_of_signal(int sig)
{
	struct rlimit no_core = { 0, 0 };
	sigset_t set;

	setrlimit(RLIMIT_CORE, &no_core);
	fflush(NULL);
	signal(sig, SIG_DFL);
	raise(sig);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/*
 * The exit status once the output is closed: a write, flush or close of
 * the trace that failed (ltr/output.h), or of what ltr adds on stderr
 * after it (--stats, --tips: stderr_used), makes it non-zero whatever the
 * command did: 128+SIGPIPE when the reader went away (EPIPE), as when
 * SIGPIPE ends tracing, else 1.
 */
static int output_status(int rc, bool stderr_used)
{
	int err = ltr_output_error();

	if (!err && stderr_used && (fflush(stderr) == EOF || ferror(stderr)))
		err = errno ? errno : EIO;
	if (!err)
		return rc;
	return err == EPIPE ? 128 + SIGPIPE : LTR_EXIT_FAILURE;
}

int main(int argc, char **argv)
{
	struct ltr_options opts;
	int rc, sig = 0;

	ltr_tracer_install_signals();
	if (argc > 0 && argv[0] && argv[0][0]) {
		ltr_progname = argv[0]; /* messages start with it, as strace's */
	} else {
		/* run without argv[0] (execve with an empty argv): its own path */
		static char self[4096];
		ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

		if (n > 0) {
			self[n] = '\0';
			ltr_progname = self;
		}
	}
	rc = ltr_options_parse(&opts, argc, argv);
	if (rc) {
		ltr_options_free(&opts);
		return rc < 0 ? 0 : rc;
	}
	ltr_debug_enabled = opts.debug;
	rc = ltr_tracer_prepare(&opts); /* -u's checks come before any output */
	if (rc) {
		ltr_options_free(&opts);
		return rc;
	}
	ltr_arch_init();
	ltr_decode_opts = opts.decode;
	{
		char err[256];

		/* checked by the options already: this cannot fail */
		if (ltr_decode_set_call_flags(opts.abbrev_set, opts.verbose_set,
					      opts.raw_set, err, sizeof(err)) < 0) {
			ltr_msg("%s\n", err);
			ltr_options_free(&opts);
			return LTR_EXIT_USAGE;
		}
	}
	ltr_printer_setup(&opts);
	ltr_unwind_set_print(opts.stack_traces && !opts.json);
	if (opts.output_separately && strlen(opts.outfile) >= PATH_MAX - 12) {
		ltr_msg("%s: %s\n", opts.outfile, strerror(ENAMETOOLONG));
		ltr_options_free(&opts);
		return LTR_EXIT_FAILURE;
	}
	/* -ff: the printer opens FILE.TID per thread; stderr is the rest */
	rc = ltr_output_open(opts.output_separately ? NULL : opts.outfile, opts.append);
	if (rc < 0) {
		ltr_msg("Can't fopen '%s': %s\n", opts.outfile, strerror(-rc));
		ltr_options_free(&opts);
		return LTR_EXIT_FAILURE;
	}
	/*
	 * The consumers of the trace's events, in order (include/ltr/events.h):
	 * printer filters judge a call before the printer prints it; the
	 * scripts' hooks (which change calls, and so see calls first anyway)
	 * come after the printer for other events, so that what a hook writes
	 * follows the line of its event.
	 */
	ltr_events_add(ltr_script_filter_consumer());
	ltr_events_add(ltr_printer_consumer());
	ltr_events_add(ltr_script_consumer());
	rc = ltr_script_init(&opts); /* what scripts write while loading is an event too */
	if (rc) {
		ltr_output_close();
		ltr_options_free(&opts);
		if (rc > 128 && rc - 128 == ltr_tracer_interrupted())
			die_of_signal(rc - 128); /* a signal while the scripts loaded */
		return rc < 0 ? 0 : rc;
	}
	ltr_events_build(); /* what the loaded scripts want */
	ltr_stats_start();
	rc = ltr_tracer_run(&opts);
	if (ltr_script_exit_status() >= 0)
		rc = ltr_script_exit_status();
	else if (rc > 128)
		sig = ltr_tracer_exit_signal();
	if (opts.stats && ltr_stats.tracees) { /* only when tracing ran */
		ltr_output_flush();
		ltr_stats_print(stderr);
	}
	/* as strace's: a tip on stderr, after everything else, when tracing ran */
	if (ltr_stats.tracees)
		ltr_tips_print(stderr, opts.tips_id, (enum ltr_tips_format)opts.tips_format);
	ltr_script_shutdown();
	ltr_unwind_shutdown();
	ltr_output_close();
	errno = 0;
	rc = output_status(rc, ltr_stats.tracees && (opts.stats || opts.tips_format));
	ltr_options_free(&opts);
	/* EPIPE on the trace (and the SIGPIPE with it) is an exit status, 141 */
	if (sig && rc == 128 + sig && !(sig == SIGPIPE && ltr_output_error() == EPIPE))
		die_of_signal(sig);
	return rc;
}
