/* SPDX-License-Identifier: MIT */
/* ltr: entry point. Parses the command line and hands over to the tracer. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/options.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/script.h"
#include "ltr/stats.h"
#include "ltr/tracer.h"
#include "ltr/unwind.h"

int main(int argc, char **argv)
{
	struct ltr_options opts;
	int rc;

	rc = ltr_options_parse(&opts, argc, argv);
	if (rc) {
		ltr_options_free(&opts);
		return rc == 1 ? 0 : rc;
	}
	ltr_arch_init();
	ltr_printer_config.decode = opts.decode;
	ltr_printer_config.timestamps = opts.timestamps;
	ltr_printer_config.json = opts.json;
	ltr_printer_config.signals = opts.signals;
	ltr_unwind_set_print(opts.stack_traces && !opts.json);
	rc = ltr_output_open(opts.outfile);
	if (rc < 0) {
		fprintf(stderr, "ltr: cannot open '%s': %s\n", opts.outfile, strerror(-rc));
		ltr_options_free(&opts);
		return LTR_EXIT_FAILURE;
	}
	rc = ltr_script_init(&opts);
	if (rc) {
		ltr_output_close();
		ltr_options_free(&opts);
		return rc == 1 ? 0 : rc;
	}
	ltr_stats_start();
	rc = ltr_tracer_run(&opts);
	if (opts.stats) {
		ltr_output_flush();
		ltr_stats_print(stderr);
	}
	ltr_script_shutdown();
	ltr_unwind_shutdown();
	ltr_output_close();
	ltr_options_free(&opts);
	return rc;
}
