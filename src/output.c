/* SPDX-License-Identifier: MIT */
/* The trace output stream; see include/ltr/output.h. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ltr/output.h"

static FILE *stream;
static bool to_file;
static bool regular_file;
static char file_buffer[1 << 16];

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

		regular_file = fstat(fileno(stream), &st) == 0 && S_ISREG(st.st_mode);
	}
	if (isatty(fileno(stream)))
		setvbuf(stream, NULL, _IOLBF, 0);
	else
		setvbuf(stream, file_buffer, _IOFBF, sizeof(file_buffer));
	return 0;
}

void ltr_output_write(const char *data, size_t len)
{
	if (!stream)
		stream = stderr;
	fwrite(data, 1, len, stream);
}

void ltr_output_flush(void)
{
	if (stream)
		fflush(stream);
}

void ltr_output_close(void)
{
	if (!stream)
		return;
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
