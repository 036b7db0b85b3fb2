/* SPDX-License-Identifier: MIT */
/* The trace output stream; see include/ltr/output.h. */
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ltr/output.h"

static FILE *stream;
static bool to_file;
static bool regular_file;
/* A pipe or socket: flushed whenever the tracer is about to sleep. */
static bool flush_when_idle;
static bool line_buffered;
static char file_buffer[1 << 16];
/* Lines not yet handed to stdio (a -o file that is not a terminal). */
static char pending[1 << 16];
static size_t pending_len;

int ltr_output_open(const char *path)
{
	if (!path || strcmp(path, "-") == 0) {
		stream = stderr;
		to_file = false;
	} else {
		stream = fopen(path, "we");
		if (!stream)
			return -errno;
		to_file = true;
	}
	{
		struct stat st;

		bool known = fstat(fileno(stream), &st) == 0;

		regular_file = known && S_ISREG(st.st_mode);
		flush_when_idle = known && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
	}
	line_buffered = isatty(fileno(stream));
	pending_len = 0;
	if (line_buffered)
		setvbuf(stream, NULL, _IOLBF, 0);
	else
		setvbuf(stream, file_buffer, _IOFBF, sizeof(file_buffer));
	return 0;
}

/* Hands the lines gathered in pending to the stream. */
static void drain(void)
{
	if (pending_len && stream)
		fwrite_unlocked(pending, 1, pending_len, stream);
	pending_len = 0;
}

/*
 * The hot path: a -o file gathers lines in pending with a memcpy (no
 * stdio call per line); stderr keeps stdio's buffer, which ltr's own
 * messages share, so that they stay in order with the trace.
 */
void ltr_output_write(const char *data, size_t len)
{
	if (!stream)
		stream = stderr;
	if (to_file && !line_buffered) {
		if (len <= sizeof(pending) - pending_len) {
			memcpy(pending + pending_len, data, len);
			pending_len += len;
			return;
		}
		drain();
		if (len <= sizeof(pending)) {
			memcpy(pending, data, len);
			pending_len = len;
			return;
		}
	}
	fwrite_unlocked(data, 1, len, stream);
}

void ltr_output_flush(void)
{
	drain();
	if (stream)
		fflush(stream);
}

void ltr_output_close(void)
{
	if (!stream)
		return;
	drain();
	fflush(stream);
	if (to_file)
		fclose(stream);
	stream = NULL;
}

bool ltr_output_is_file(void)
{
	return to_file;
}

bool ltr_output_is_regular_file(void)
{
	return regular_file;
}

bool ltr_output_idle_flush_due(void)
{
	return flush_when_idle && stream && (pending_len || __fpending(stream));
}
