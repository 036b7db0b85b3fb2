/* SPDX-License-Identifier: MIT */
/* The trace's output streams; see include/ltr/output.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ltr/msg.h"
#include "ltr/output.h"

struct ltr_output {
	FILE *stream;
	const char *name;     /* in error messages: the -o argument, FILE.TID */
	char *owned_name;     /* name, when allocated */
	bool to_file;         /* not stderr */
	bool regular_file;
	bool flush_when_idle; /* a pipe or socket: flushed when the tracer sleeps */
	/*
	 * Lines gather in pending with a memcpy (no stdio call per line):
	 * -o FILE and -ff's files that are not terminals. stderr keeps
	 * stdio's buffer, which ltr's own messages share, so that they stay
	 * in order with the trace.
	 */
	bool gather;
	/*
	 * stderr into a pipe or a socket (stdio's buffer): the end
	 * of a line not finished yet is held in pending, out of stdio's
	 * buffer, until its line ends or anything else is written to stderr
	 * (ltr_output_before_message()). So a flush while the tracees are
	 * idle writes whole lines only: the program's own output, written to
	 * the same pipe meanwhile, never lands inside a line, as under
	 * strace, which writes a line out once it ends.
	 */
	bool hold_tail;
	bool failed;          /* a write failed: reported once, output dropped */
	char *pending;
	size_t pending_len, pending_size;
	/* gather: the bytes of pending up to its last newline (whole lines) */
	size_t complete_len;
	struct ltr_output *next; /* the other streams (-ff) */
};

/* The main stream's buffers: it is the hot path of a default trace. */
static char main_pending[1 << 16];
static char main_stdio[1 << 16];
static struct ltr_output main_out = { .pending = main_pending,
				      .pending_size = sizeof(main_pending) };
/* -ff's streams, open until ltr_output_close_stream(). */
static struct ltr_output *streams;
static unsigned nregular; /* regular files among them */
/* -o |CMD: the shell reading the trace. */
static pid_t pipe_pid;
static bool pipe_reaped;

/*
 * The first failure that ends tracing (an errno), 0 while there is none;
 * see ltr_output_error().
 */
static int fatal_error;
static bool epipe_tolerated; /* -I3, -I4: SIGPIPE and EPIPE are ignored */

/*
 * Reports a failed write, flush or close of o once ("ltr: write to
 * FILE: error") and drops o's later output. EINTR is no failure: a
 * signal (SIGINT, the flush timer) cut a write to a pipe or terminal
 * short, and the loop decides what the signal means.
 */
static void write_failed(struct ltr_output *o, int err)
{
	if (err == EINTR) {
		clearerr_unlocked(o->stream);
		return;
	}
	o->gather = false;
	o->hold_tail = false;
	o->pending_len = 0;
	o->complete_len = 0;
	if (o->failed)
		return;
	o->failed = true;
	if (!err)
		err = EIO;
	if (!fatal_error && !(err == EPIPE && epipe_tolerated))
		fatal_error = err;
	ltr_msg("write to %s: %s\n", o->to_file ? o->name : "stderr", strerror(err));
	fflush(stderr);
}

/*
 * Writes data whole to o's descriptor, past short writes and EINTR (the
 * gathered path: o's FILE is unbuffered, nothing waits in stdio).
 * Returns 0 or an errno.
 */
static int write_whole(struct ltr_output *o, const char *data, size_t len)
{
	int fd = fileno(o->stream);

	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return errno;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Sets o's buffering from what its descriptor is. */
static void set_mode(struct ltr_output *o, char *stdio_buf, size_t stdio_size)
{
	struct stat st;
	bool known = fstat(fileno(o->stream), &st) == 0;
	bool tty = isatty(fileno(o->stream));

	o->regular_file = known && S_ISREG(st.st_mode);
	o->flush_when_idle = known && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
	o->gather = o->to_file && !tty;
	o->hold_tail = !o->to_file && o->flush_when_idle && o->pending;
	o->pending_len = 0;
	o->complete_len = 0;
	if (tty)
		/*
		 * unbuffered, as strace's stderr: the first half of a call's
		 * line shows at once ("read(0, " of a blocked process), and
		 * before what the call itself writes to the terminal
		 */
		setvbuf(o->stream, NULL, _IONBF, 0);
	else if (o->gather)
		setvbuf(o->stream, NULL, _IONBF, 0); /* pending is the buffer */
	else
		setvbuf(o->stream, stdio_buf, stdio_buf ? _IOFBF : _IONBF, stdio_size);
}

/*
 * Starts command with /bin/sh -c, reading the write end of a pipe; returns
 * that end as a stream, or NULL with errno set. The write end is
 * close-on-exec: neither the command nor the traced programs hold it open.
 */
static FILE *open_pipe(const char *command)
{
	int fds[2];
	FILE *f;
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC) < 0)
		return NULL;
	pid = fork();
	if (pid < 0) {
		int err = errno;

		close(fds[0]);
		close(fds[1]);
		errno = err;
		return NULL;
	}
	if (pid == 0) {
		if (fds[0] != 0) {
			dup2(fds[0], 0); /* dup2 clears close-on-exec */
			close(fds[0]);
		} else {
			fcntl(0, F_SETFD, 0);
		}
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		dprintf(STDERR_FILENO, "%s: Can't execute '/bin/sh': %s\n", ltr_progname, strerror(errno));
		_exit(1);
	}
	close(fds[0]);
	pipe_pid = pid;
	pipe_reaped = false;
	f = fdopen(fds[1], "w");
	if (!f) {
		int err = errno;

		close(fds[1]);
		errno = err;
	}
	return f;
}

int ltr_output_open(const char *path, bool append)
{
	struct ltr_output *o = &main_out;

	o->failed = false;
	fatal_error = 0;
	o->name = path;
	if (!path) { /* "-o -" is a file named "-", as strace's */
		o->stream = stderr;
		o->to_file = false;
	} else {
		if (path[0] == '|' || path[0] == '!')
			o->stream = open_pipe(path + 1);
		else
			o->stream = fopen(path, append ? "ae" : "we");
		if (!o->stream)
			return -errno;
		o->to_file = true;
	}
	set_mode(o, main_stdio, sizeof(main_stdio));
	return 0;
}

/* stdio for o's stream; errors are o's failure. */
static void put_stdio(struct ltr_output *o, const char *data, size_t len)
{
	errno = 0;
	if (len && fwrite_unlocked(data, 1, len, o->stream) < len)
		write_failed(o, errno);
}

/* hold_tail: the held end of a line goes into stdio's buffer. */
static void release_tail(struct ltr_output *o)
{
	size_t n = o->pending_len;

	o->pending_len = 0;
	if (n && o->stream && !o->failed)
		put_stdio(o, o->pending, n);
}

/* Hands the lines gathered in o's pending buffer to its descriptor. */
static void drain(struct ltr_output *o)
{
	int err;

	if (o->hold_tail) {
		release_tail(o);
		return;
	}
	if (o->pending_len && o->stream && (err = write_whole(o, o->pending, o->pending_len)))
		write_failed(o, err);
	o->pending_len = 0;
	o->complete_len = 0;
}

/* Writes o's whole lines only, keeping the end of an unfinished one. */
static void drain_lines(struct ltr_output *o)
{
	size_t n = o->complete_len;
	int err;

	if (!o->gather || !n || !o->stream)
		return;
	if ((err = write_whole(o, o->pending, n))) {
		write_failed(o, err);
		return;
	}
	memmove(o->pending, o->pending + n, o->pending_len - n);
	o->pending_len -= n;
	o->complete_len = 0;
}

/* hold_tail: data into stdio up to its last newline, the rest held. */
static void put_holding(struct ltr_output *o, const char *data, size_t len)
{
	const char *nl = memrchr(data, '\n', len);
	size_t whole;

	if (!nl) {
		if (len <= o->pending_size - o->pending_len) {
			memcpy(o->pending + o->pending_len, data, len);
			o->pending_len += len;
			return;
		}
		release_tail(o); /* a very long line: it goes out in parts */
		put_stdio(o, data, len);
		return;
	}
	whole = (size_t)(nl - data) + 1;
	release_tail(o);
	put_stdio(o, data, whole);
	if (len > whole && !o->failed) {
		if (len - whole <= o->pending_size) {
			memcpy(o->pending, data + whole, len - whole);
			o->pending_len = len - whole;
		} else {
			put_stdio(o, data + whole, len - whole);
		}
	}
}

/* The hot path: a memcpy into pending, or stdio for stderr and terminals. */
void ltr_output_put(struct ltr_output *o, const char *data, size_t len)
{
	int err;

	if (!o || o->failed)
		return;
	if (o->gather) {
		const char *nl;

		if (len <= o->pending_size - o->pending_len) {
			memcpy(o->pending + o->pending_len, data, len);
			o->pending_len += len;
			if (o->flush_when_idle && (nl = memrchr(data, '\n', len)))
				o->complete_len = o->pending_len - len + (size_t)(nl - data) + 1;
			return;
		}
		drain(o);
		if (!o->gather)
			return; /* it failed */
		if (len <= o->pending_size) {
			memcpy(o->pending, data, len);
			o->pending_len = len;
			if (o->flush_when_idle && (nl = memrchr(data, '\n', len)))
				o->complete_len = (size_t)(nl - data) + 1;
		} else if ((err = write_whole(o, data, len))) {
			write_failed(o, err);
		}
		return;
	}
	if (!o->stream) /* before ltr_output_open(): messages while starting */
		o->stream = stderr;
	if (o->hold_tail) {
		put_holding(o, data, len);
		return;
	}
	put_stdio(o, data, len);
}

void ltr_output_before_message(void)
{
	if (main_out.hold_tail && main_out.stream == stderr)
		release_tail(&main_out);
}

void ltr_output_write(const char *data, size_t len)
{
	ltr_output_put(&main_out, data, len);
}

/* Flushes o. */
static void flush_one(struct ltr_output *o)
{
	drain(o);
	errno = 0;
	if (o->stream && !o->failed && fflush(o->stream) == EOF)
		write_failed(o, errno);
}

void ltr_output_flush(void)
{
	struct ltr_output *o;

	flush_one(&main_out);
	for (o = streams; o; o = o->next)
		flush_one(o);
}

void ltr_output_close(void)
{
	struct ltr_output *o = &main_out;

	while (streams)
		ltr_output_close_stream(streams);
	if (!o->stream)
		return;
	flush_one(o);
	errno = 0;
	if (o->to_file && fclose(o->stream) == EOF && !o->failed)
		write_failed(o, errno);
	o->stream = NULL;
	if (pipe_pid > 0 && !pipe_reaped) {
		/* the trace is complete once the command has read it all */
		while (waitpid(pipe_pid, NULL, 0) < 0 && errno == EINTR)
			;
	}
	pipe_pid = 0;
}

int ltr_output_error(void)
{
	return fatal_error;
}

void ltr_output_tolerate_epipe(bool on)
{
	epipe_tolerated = on;
}

bool ltr_output_is_file(void)
{
	return main_out.to_file;
}

bool ltr_output_is_regular_file(void)
{
	return main_out.regular_file || nregular > 0;
}

bool ltr_output_idle_flush_due(void)
{
	if (!main_out.flush_when_idle || !main_out.stream || main_out.failed)
		return false;
	return main_out.gather ? main_out.complete_len > 0 : __fpending(main_out.stream) > 0;
}

void ltr_output_flush_idle(void)
{
	struct ltr_output *o = &main_out;

	if (!o->stream || o->failed)
		return;
	if (o->gather) {
		drain_lines(o);
		return;
	}
	errno = 0;
	if (fflush(o->stream) == EOF) /* hold_tail: whole lines only */
		write_failed(o, errno);
}

pid_t ltr_output_pipe_pid(void)
{
	return pipe_reaped ? 0 : pipe_pid;
}

void ltr_output_pipe_reaped(void)
{
	pipe_reaped = true;
}

/* --- several streams --- */

struct ltr_output *ltr_output_main(void)
{
	return &main_out;
}

/* -ff's buffer per file: many may be open at once (one per thread). */
#define STREAM_PENDING (8u << 10)

struct ltr_output *ltr_output_open_stream(const char *path, bool append)
{
	struct ltr_output *o = calloc(1, sizeof(*o));
	int err;

	if (!o)
		return NULL;
	o->owned_name = strdup(path);
	o->pending = malloc(STREAM_PENDING);
	o->pending_size = STREAM_PENDING;
	o->stream = o->owned_name && o->pending ? fopen(path, append ? "ae" : "we") : NULL;
	if (!o->stream) {
		err = o->owned_name && o->pending ? errno : ENOMEM;
		if (!fatal_error)
			fatal_error = err; /* the trace cannot be written whole */
		free(o->pending);
		free(o->owned_name);
		free(o);
		errno = err;
		return NULL;
	}
	o->name = o->owned_name;
	o->to_file = true;
	set_mode(o, NULL, 0);
	if (o->regular_file)
		nregular++;
	o->next = streams;
	streams = o;
	return o;
}

void ltr_output_close_stream(struct ltr_output *o)
{
	struct ltr_output **p;

	if (!o || o == &main_out)
		return;
	for (p = &streams; *p; p = &(*p)->next) {
		if (*p == o) {
			*p = o->next;
			break;
		}
	}
	flush_one(o);
	errno = 0;
	if (fclose(o->stream) == EOF && !o->failed)
		write_failed(o, errno);
	if (o->regular_file)
		nregular--;
	free(o->pending);
	free(o->owned_name);
	free(o);
}
