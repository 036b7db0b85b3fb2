/* SPDX-License-Identifier: MIT */
/* ltr's own messages on stderr; see include/ltr/msg.h. */
#include <stdarg.h>
#include <stdio.h>

#include "ltr/msg.h"
#include "ltr/output.h"

const char *ltr_progname = "ltr";

void ltr_msg(const char *fmt, ...)
{
	va_list ap;

	ltr_output_before_message(); /* after a line the trace has begun on stderr */
	fprintf(stderr, "%s: ", ltr_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}
