/* SPDX-License-Identifier: MIT */
/*
 * The default strace-style printer, an event consumer (include/ltr/events.h,
 * ltr_printer_consumer() at the end); see include/ltr/printer.h.
 *
 * Lines are written as soon as they are known, like strace: a call's name
 * and input arguments at entry, the rest at exit. When another thread
 * prints in between, the open line is closed with " <unfinished ...>" and
 * the call's exit starts a new line with "<... NAME resumed>".
 *
 * Two modes defer a call's line to its exit instead, and then print it
 * whole: printer filters (ltr.filter, -Z, -z), which can only judge a
 * finished call, and JSON (-j), one object per finished call. Calls that
 * never finish (exit_group, a thread killed inside read) are then dropped
 * under filters, as strace -Z and -z drop them; JSON prints them with a
 * null "ret".
 *
 * Per call, t->text holds the line's timestamp (t->print_skip bytes) and
 * the entry text from entry to exit (t->print_state says so); the exit
 * text is appended after it. ltr_printer_format() reuses that entry text.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/dump.h"
#include "ltr/events.h"
#include "ltr/json.h"
#include "ltr/msg.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/stats.h"
#include "ltr/timefmt.h"
#include "ltr/tracee.h"
#include "ltr/unwind.h"

/* t->print_state */
enum {
	PRINT_ENTRY = 1u << 0,    /* t->text holds this call's entry text */
	PRINT_DEFERRED = 1u << 1, /* ... not yet written: printed whole at exit */
};

struct ltr_printer_config ltr_printer_config = {
	.enabled = true,
	.time = { .rel_digits = 6, .dur_digits = 6 },
	.columns = 40,
	.signals = ~(uint64_t)0,
};

/* Whether -e signal= lets sig's lines through. */
static bool signal_shown(int sig)
{
	return sig < 1 || sig > 64 || (ltr_printer_config.signals >> (sig - 1) & 1);
}

/*
 * Where lines go: one stream for every thread, or with -ff one per
 * thread (FILE.TID). Each knows whose line is open in it and how long
 * that line is; cur is the stream of the event being printed.
 */
struct ltr_print_stream {
	struct ltr_output *out;
	struct tracee *line_owner; /* thread whose line is open, or NULL */
	unsigned column;           /* bytes on the current output line */
};
static struct ltr_print_stream shared_stream;
static struct ltr_print_stream *cur = &shared_stream;
/* -ff: the FILE of FILE.TID, and -A's append mode for each. */
static const char *separate_prefix;
static bool separate_append;
static bool daemonized; /* -D */
static bool daemon_noticed; /* -D's "attached" notice was printed */
static bool pid_column_mode;
static int pid_column_decided;   /* 0: decide at the first line (see setup) */
static unsigned quiet_set;      /* LTR_QUIET_*: -q, -e quiet= */
static bool pid_column_rule_outfile, pid_column_rule_follow, pid_column_rule_attach;
static struct ltr_strbuf scratch;
static struct ltr_strbuf json_line;
static struct ltr_strbuf stamp;
static struct ltr_strbuf comm_text; /* -Y's "<comm>" of a pid prefix */

/* -r: the monotonic time of the previous line. */
static struct timespec relative_last;
static bool relative_started;

void ltr_printer_init(bool pid_column)
{
	shared_stream.out = ltr_output_main();
	pid_column_mode = pid_column;
	pid_column_decided = 1;
}

void ltr_printer_setup(const struct ltr_options *opts)
{
	shared_stream.out = ltr_output_main();
	/* -T's durations are lua/timing.lua's to turn on; their precision is here */
	ltr_printer_config.time = opts->time;
	ltr_printer_config.time.durations = false;
	ltr_printer_config.columns = opts->columns;
	ltr_printer_config.syscall_number = opts->syscall_number;
	ltr_printer_config.instruction_pointer = opts->instruction_pointer;
	ltr_printer_config.json = opts->json;
	ltr_printer_config.signals = opts->signals;
	quiet_set = opts->quiet_set; /* -q's and -e quiet='s (options.c) */
	/*
	 * strace's "PID  " column instead of "[pid PID] ": with -o FILE and
	 * -f, or with -o FILE and several threads traced from the start: -p
	 * of a multi-threaded process, several -p, -p and a command (decided
	 * at the first line, once every -p is attached).
	 */
	pid_column_rule_outfile = opts->outfile != NULL;
	pid_column_rule_follow = opts->follow;
	pid_column_rule_attach = opts->npids > 0;
	pid_column_decided = 0;
	ltr_dump_setup(opts->read_set, opts->write_set); /* -e read=, -e write= */
	ltr_kvm_set_vcpu(opts->kvm_vcpu);                 /* -e kvm=vcpu */
	/* -ff -o FILE: a file per thread and no pid prefixes, as strace */
	separate_prefix = opts->output_separately ? opts->outfile : NULL;
	separate_append = opts->append;
	daemonized = opts->daemonize != LTR_DAEMON_NONE;
}

/*
 * -ff: t's own stream, FILE.TID, opened when t is first seen (strace
 * opens it at attach). A file that cannot be opened is reported as
 * strace reports it, and ends tracing (ltr_output_error()); t's lines go
 * nowhere meanwhile.
 */
static struct ltr_print_stream *stream_of(struct tracee *t)
{
	struct ltr_print_stream *ps = t->print_out;
	char path[PATH_MAX];

	if (ps)
		return ps;
	ps = calloc(1, sizeof(*ps));
	if (!ps)
		abort();
	snprintf(path, sizeof(path), "%s.%d", separate_prefix, t->tid);
	ps->out = ltr_output_open_stream(path, separate_append);
	if (!ps->out) {
		int err = errno;

		ltr_output_flush();
		ltr_msg("Can't fopen '%s': %s\n", path, strerror(err));
	}
	t->print_out = ps;
	return ps;
}

/* Makes t's stream the current one (the shared one without -ff, or for t NULL). */
static void select_stream(struct tracee *t)
{
	cur = separate_prefix && t ? stream_of(t) : &shared_stream;
}

/* -ff: flushes and closes t's file, as strace does when a tracee is gone. */
static void close_stream(struct tracee *t)
{
	struct ltr_print_stream *ps = t->print_out;

	if (!ps)
		return;
	if (ps->out && ps->out != ltr_output_main())
		ltr_output_close_stream(ps->out);
	if (cur == ps)
		cur = &shared_stream;
	free(ps);
	t->print_out = NULL;
}

static void emit(const char *s, size_t len)
{
	const char *nl = memrchr(s, '\n', len);

	if (nl)
		LTR_STAT_INC(lines);
	ltr_output_put(cur->out, s, len);
	cur->column = nl ? (unsigned)(len - (size_t)(nl + 1 - s)) : cur->column + (unsigned)len;
}

static void emit_str(const char *s)
{
	emit(s, strlen(s));
}

/* b - a, clamped at zero. */
static struct timespec elapsed(const struct timespec *a, const struct timespec *b)
{
	struct timespec d = { b->tv_sec - a->tv_sec, b->tv_nsec - a->tv_nsec };

	if (d.tv_nsec < 0) {
		d.tv_sec--;
		d.tv_nsec += 1000000000L;
	}
	if (d.tv_sec < 0)
		d.tv_sec = d.tv_nsec = 0;
	return d;
}

/* Whether lines start with anything after the pid prefix. */
static bool has_leader(void)
{
	const struct ltr_printer_config *pc = &ltr_printer_config;

	return pc->time.absolute != LTR_ABS_NONE || pc->time.relative || pc->syscall_number ||
	       pc->instruction_pointer;
}

/*
 * Appends what starts a line after the pid prefix, as strace's
 * printleader: the time stamps, -n's "[ 257] " (nr) and -i's
 * "[00007f0123456789] " (t->ip, or question marks when ip_known is false:
 * a thread that is gone). wall and mono are the line's time (a call's
 * entry); NULL means now. -r counts from the previous stamped line of any
 * thread.
 */
static void put_leader(struct ltr_strbuf *sb, const struct tracee *t, const struct timespec *wall,
		       const struct timespec *mono, long nr, bool ip_known)
{
	const struct ltr_printer_config *pc = &ltr_printer_config;
	struct timespec now_wall, now_mono, since = { 0, 0 };

	if (pc->time.absolute != LTR_ABS_NONE && !wall) {
		clock_gettime(CLOCK_REALTIME, &now_wall);
		wall = &now_wall;
	}
	if (pc->time.relative) {
		if (!mono) {
			clock_gettime(CLOCK_MONOTONIC, &now_mono);
			mono = &now_mono;
		}
		if (!relative_started) {
			relative_last = *mono;
			relative_started = true;
		}
		since = elapsed(&relative_last, mono);
		relative_last = *mono;
	}
	ltr_timefmt_stamps(sb, &pc->time, wall, &since);
	if (pc->syscall_number) {
		if (nr == -1) /* syscall(-1): strace's "unavailable" */
			ltr_sb_puts(sb, "[???] ");
		else
			ltr_sb_printf(sb, "[%4lu] ", (unsigned long)nr);
	}
	if (pc->instruction_pointer) {
		bool narrow = t->arch && t->arch->wordsize == 4;

		if (ip_known)
			ltr_sb_printf(sb, narrow ? "[%08llx] " : "[%016llx] ",
				      (unsigned long long)(narrow ? (uint32_t)t->ip : t->ip));
		else
			ltr_sb_puts(sb, narrow ? "[????????] " : "[????????????????] ");
	}
}

/* Ends the open line of another thread with " <unfinished ...>". */
static void close_open_line(void)
{
	if (!cur->line_owner)
		return;
	emit_str(" <unfinished ...>\n");
	cur->line_owner = NULL;
}

void ltr_printer_break_line(void)
{
	struct ltr_print_stream *saved = cur;

	if (ltr_output_is_file() || !shared_stream.line_owner)
		return;
	cur = &shared_stream;
	close_open_line();
	cur = saved;
}

/*
 * Writes tid's decimal digits at the end of buf[0..12) and returns where
 * they start (tids are positive; no printf on the hot path).
 */
static char *tid_digits(char *end, int tid)
{
	unsigned v = tid > 0 ? (unsigned)tid : 0;
	char *p = end;

	do {
		*--p = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	return p;
}

/* -Y: t's command name for the pid prefix, cached (see on_comm_change()). */
static void load_comm(struct tracee *t)
{
	int proc_pid;

	/* /proc's name for it: not t->tid when /proc is an outer namespace's */
	ltr_pidns_translate_proc(0, t->tid, LTR_PT_TID, &proc_pid);
	ltr_proc_comm(proc_pid, t->comm, sizeof(t->comm));
}

/*
 * "%-5d " in pid column mode, "[pid %5d] " once several tracees are
 * visible; under -Y with the cached command name: "1234<sh> " (unpadded,
 * as strace) and "[pid  1234<sh>] ".
 */
static void emit_prefix(struct tracee *t)
{
	char digits[12], buf[32];
	char *end = digits + sizeof(digits);
	char *p;
	size_t len, n = 0;
	bool comm;

	if (separate_prefix)
		return; /* every thread has its own file */
	if (!pid_column_decided) {
		pid_column_decided = 1;
		pid_column_mode = pid_column_rule_outfile &&
				  (pid_column_rule_follow ||
				   (pid_column_rule_attach && ltr_tracee_count() > 1));
	}
	if (!pid_column_mode && ltr_tracee_visible_count() <= 1)
		return;
	if (ltr_decode_opts.pid_comm && !t->comm[0])
		load_comm(t);
	comm = ltr_decode_opts.pid_comm && t->comm[0];
	p = tid_digits(end, t->tid);
	len = (size_t)(end - p);
	if (pid_column_mode) {
		memcpy(buf, p, len);
		n = len;
		while (n < 5 && !comm)
			buf[n++] = ' ';
	} else {
		memcpy(buf, "[pid ", 5);
		n = 5;
		while (len + n < 10)
			buf[n++] = ' ';
		memcpy(buf + n, p, len);
		n += len;
	}
	if (comm) {
		emit(buf, n);
		ltr_sb_reset(&comm_text);
		ltr_print_comm(&comm_text, t->comm, ltr_decode_opts.xflag);
		emit(comm_text.data, comm_text.len);
		n = 0;
	}
	if (!pid_column_mode)
		buf[n++] = ']';
	buf[n++] = ' ';
	emit(buf, n);
}

/* Starts a new line for t, closing any other open line. */
static void begin_line(struct tracee *t)
{
	close_open_line();
	emit_prefix(t);
}

/*
 * Starts a line stamped now (resumed, signal and exit lines), with -n's
 * nr and -i's instruction pointer of the current stop.
 */
static void begin_line_now(struct tracee *t, long nr, bool ip_known)
{
	begin_line(t);
	if (has_leader()) {
		ltr_sb_reset(&stamp);
		put_leader(&stamp, t, NULL, NULL, nr, ip_known);
		emit(stamp.data, stamp.len);
	}
}

static const char *call_name(const struct ltr_call *c, char *buf, size_t size)
{
	if (c->unread)
		return "???";
	if (c->desc)
		return c->desc->name;
	snprintf(buf, size, "syscall_%#lx", (unsigned long)c->nr);
	return buf;
}

/* Makes t's line the open one: continues it, or starts "<... resumed>". */
static void resume_line(struct tracee *t)
{
	char name[32];

	if (cur->line_owner == t)
		return;
	begin_line_now(t, t->call.nr, t->ip_known);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "<... %s resumed>",
		      call_name(&t->call, name, sizeof(name)));
	emit(scratch.data, scratch.len);
}

/*
 * What was done to a call, after its return value as strace notes it:
 * " (INJECTED)" for a replaced result, " (INJECTED: args)" for memory
 * written at its arguments (both: " (INJECTED: args, retval)"), then
 * " (DELAYED)".
 */
static void put_tampering(unsigned mods, struct ltr_strbuf *sb)
{
	if ((mods & LTR_MOD_INJECTED) && (mods & LTR_MOD_POKED))
		ltr_sb_puts(sb, " (INJECTED: args, retval)");
	else if (mods & LTR_MOD_POKED)
		ltr_sb_puts(sb, " (INJECTED: args)");
	else if (mods & LTR_MOD_INJECTED)
		ltr_sb_puts(sb, " (INJECTED)");
	if (mods & LTR_MOD_DELAYED)
		ltr_sb_puts(sb, " (DELAYED)");
}

/* The tampering notes and -T's " <0.000123>" after a return value. */
static void put_suffix(struct tracee *t, struct ltr_strbuf *sb, const struct timespec *now)
{
	put_tampering(t->call.mods, sb);
	if (ltr_printer_config.time.durations) {
		struct timespec d = elapsed(&t->entry_time, now);

		ltr_timefmt_duration(sb, &ltr_printer_config.time, &d);
	}
}

/* --- JSON --- */

static void json_head(const char *event, const struct tracee *t, const struct timespec *wall)
{
	struct timespec now;

	if (!wall) {
		clock_gettime(CLOCK_REALTIME, &now);
		wall = &now;
	}
	ltr_sb_reset(&json_line);
	ltr_sb_putc(&json_line, '{');
	if (event)
		ltr_sb_printf(&json_line, "\"event\":\"%s\",", event);
	if (t) /* NULL: what no thread's hooks wrote */
		ltr_sb_printf(&json_line, "\"pid\":%d,\"tid\":%d,", t->pid, t->tid);
	ltr_sb_printf(&json_line, "\"time\":%lld.%06ld", (long long)wall->tv_sec,
		      wall->tv_nsec / 1000);
}

static void json_end(void)
{
	ltr_sb_puts(&json_line, "}\n");
	emit(json_line.data, json_line.len);
}

/* Whether s[0..len) is a plain decimal integer that JSON takes as a number. */
static bool json_integer(const char *s, size_t len)
{
	size_t i = (len && s[0] == '-') ? 1 : 0;
	bool number = i < len && len - i <= 19 && (s[i] != '0' || len - i == 1);

	for (; number && i < len; i++)
		number = s[i] >= '0' && s[i] <= '9';
	return number;
}

/*
 * A JSON number when s is a plain decimal integer, or one followed by
 * strace's comment ("250 / * 2.50 s * /", si_utime's; "231 / * exit_group
 * * /"): the number alone; else a JSON string of the whole text.
 */
static void json_value(struct ltr_strbuf *out, const char *s, size_t len)
{
	const char *comment = memmem(s, len, " /* ", 4);

	if (json_integer(s, len)) {
		ltr_sb_append(out, s, len);
	} else if (comment && len >= 3 && !memcmp(s + len - 3, " */", 3) &&
		   json_integer(s, (size_t)(comment - s))) {
		ltr_sb_append(out, s, (size_t)(comment - s));
	} else {
		ltr_json_string(out, s, len);
	}
}

/*
 * t's call as one JSON object: t->text holds "name(args" (the exit part
 * appended when it returned). now is the exit time, NULL when the call
 * did not return.
 */
static void json_call(struct tracee *t, const struct timespec *now)
{
	struct ltr_call *c = &t->call;
	const char *line = t->text.data + t->print_skip;
	size_t len = t->text.len - t->print_skip;
	size_t args_len, pos, arg_len, end;
	char name[32];
	const char *sname, *sep = "";

	json_head(NULL, t, &t->entry_wall);
	ltr_sb_puts(&json_line, ",\"syscall\":");
	sname = call_name(c, name, sizeof(name));
	ltr_json_string(&json_line, sname, strlen(sname));
	ltr_sb_puts(&json_line, ",\"args\":[");
	pos = ltr_decode_args_span(line, len, &args_len);
	end = pos + args_len;
	while (pos < end) {
		size_t next = ltr_decode_split_next(line, end, pos, &arg_len);

		ltr_sb_puts(&json_line, sep);
		ltr_json_string(&json_line, line + pos, arg_len);
		sep = ",";
		pos = next;
	}
	ltr_sb_putc(&json_line, ']');
	if (!now) {
		ltr_sb_puts(&json_line, ",\"ret\":null");
	} else if (ltr_call_failed(c)) {
		int err = (int)-c->ret;
		const char *ename = ltr_errno_name(err);

		ltr_sb_puts(&json_line, ",\"ret\":-1,\"errno\":");
		if (ename)
			ltr_sb_printf(&json_line, "\"%s\"", ename);
		else
			ltr_sb_printf(&json_line, "\"%d\"", err);
	} else if (c->ret_kind == LTR_RET_HEX || c->ret_kind == LTR_RET_UDEC) {
		uint64_t u = (uint64_t)c->ret;

		if (c->arch && c->arch->wordsize == 4)
			u = (uint32_t)u;
		ltr_sb_printf(&json_line, ",\"ret\":%llu", (unsigned long long)u);
	} else {
		ltr_sb_printf(&json_line, ",\"ret\":%lld", (long long)c->ret);
	}
	if (c->mods & (LTR_MOD_INJECTED | LTR_MOD_POKED))
		ltr_sb_puts(&json_line, ",\"injected\":true");
	if (c->mods & LTR_MOD_DELAYED)
		ltr_sb_puts(&json_line, ",\"delayed\":true");
	if (now) {
		struct timespec d = elapsed(&t->entry_time, now);

		ltr_sb_printf(&json_line, ",\"duration\":%lld.%06ld", (long long)d.tv_sec,
			      d.tv_nsec / 1000);
	}
	json_end();
}

/*
 * "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42}" becomes
 * "signal":"SIGCHLD","info":{"si_signo":"SIGCHLD","si_code":"CLD_EXITED","si_pid":42}.
 */
static void json_siginfo(const char *text, size_t len)
{
	const char *brace = memchr(text, '{', len);
	size_t name_len = brace ? (size_t)(brace - text) : len;
	size_t pos, end, item_len;
	const char *sep = "";

	while (name_len && text[name_len - 1] == ' ')
		name_len--;
	ltr_sb_puts(&json_line, ",\"signal\":");
	ltr_json_string(&json_line, text, name_len);
	if (!brace || text[len - 1] != '}')
		return;
	ltr_sb_puts(&json_line, ",\"info\":{");
	pos = (size_t)(brace - text) + 1;
	end = len - 1;
	while (pos < end) {
		size_t next = ltr_decode_split_next(text, end, pos, &item_len);
		const char *item = text + pos;
		const char *eq = memchr(item, '=', item_len);

		if (eq) {
			ltr_sb_puts(&json_line, sep);
			ltr_json_string(&json_line, item, (size_t)(eq - item));
			ltr_sb_putc(&json_line, ':');
			json_value(&json_line, eq + 1, item_len - (size_t)(eq + 1 - item));
			sep = ",";
		}
		pos = next;
	}
	ltr_sb_putc(&json_line, '}');
}

/* --- syscalls --- */

/*
 * A long -e read=/write= dump is written out as it is made
 * (ltr_dump_flush): *ctx is where the unwritten text of t->text starts.
 */
static void flush_dump(struct ltr_strbuf *out, void *ctx)
{
	size_t *mark = ctx;

	emit(out->data + *mark, out->len - *mark);
	ltr_sb_truncate(out, *mark);
}

/*
 * Appends what strace prints under a returned call's line (its newline
 * already in t->text), -e read=/write= dumps, then -k's stack, and
 * writes the text from mark on.
 */
static void emit_line_and_tail(struct tracee *t, size_t mark)
{
	if (ltr_dump_enabled())
		ltr_dump_call(&t->call, &t->text, flush_dump, &mark);
	if (t->entry_stack.len) {
		/* -k of execve: the caller's stack, taken at entry */
		ltr_sb_append(&t->text, t->entry_stack.data, t->entry_stack.len);
		ltr_sb_reset(&t->entry_stack);
	} else {
		ltr_unwind_print(t, &t->text, false); /* -k */
	}
	emit(t->text.data + mark, t->text.len - mark);
}

void ltr_printer_syscall_entry(struct tracee *t)
{
	struct ltr_call *c = &t->call;
	bool deferred = ltr_printer_config.json || ltr_printer_config.filters;

	if (c->rejected) {
		/* a filter of phase "enter" (-P) refused it: nothing of it shows */
		t->print_state = 0;
		return;
	}
	ltr_sb_reset(&t->text);
	if (!ltr_printer_config.json && has_leader())
		put_leader(&t->text, t, &t->entry_wall, &t->entry_time, c->nr, t->ip_known);
	t->print_skip = (unsigned)t->text.len;
	c->out = &t->text;
	if (c->unread) {
		ltr_sb_puts(&t->text, "?\?\?("); /* strace's: no number, no arguments */
	} else {
		ltr_decode_entry(c);
	}
	t->print_state = PRINT_ENTRY | (deferred ? PRINT_DEFERRED : 0u);
	if (deferred)
		return;
	begin_line(t);
	emit(t->text.data, t->text.len);
	cur->line_owner = t;
	if (c->desc && ltr_unwind_print_enabled() &&
	    ((c->desc->flags & LTR_SF_NORETURN) ||
	     ((c->desc->flags & LTR_SF_EXEC) && !(t->flags & TRACEE_FIRST_EXEC)))) {
		/*
		 * -k: the thread is gone by the time the line ends, or runs
		 * another program: strace shows the caller's stack (not for
		 * the launched command's first execve, whose caller is ltr).
		 */
		ltr_sb_reset(&t->entry_stack);
		ltr_unwind_print(t, &t->entry_stack, true);
	}
}

void ltr_printer_syscall_exit(struct tracee *t)
{
	struct ltr_call *c = &t->call;
	struct timespec now = { 0, 0 };
	size_t mark;

	if (!(t->print_state & PRINT_ENTRY))
		return;
	if (!(c->desc && (c->desc->flags & LTR_SF_EXEC)))
		ltr_sb_reset(&t->entry_stack); /* it returned: -k prints its stack now */
	if (ltr_printer_config.time.durations || ltr_printer_config.json)
		clock_gettime(CLOCK_MONOTONIC, &now);
	if (t->print_state & PRINT_DEFERRED) {
		/* A filter (a consumer before the printer) judged the call. */
		if (c->rejected) {
			t->print_state = 0;
			ltr_sb_reset(&t->entry_stack);
			return;
		}
		t->print_state = 0;
		c->out = &t->text;
		ltr_decode_exit(c);
		if (ltr_printer_config.json) {
			json_call(t, &now);
			return;
		}
		begin_line(t);
		ltr_decode_retval_at(c, cur->column + (unsigned)t->text.len, ltr_printer_config.columns);
		put_suffix(t, &t->text, &now);
		ltr_sb_putc(&t->text, '\n');
		emit_line_and_tail(t, 0);
		return;
	}
	t->print_state = 0;
	resume_line(t);
	mark = t->text.len;
	c->out = &t->text;
	ltr_decode_exit(c);
	ltr_decode_retval_at(c, cur->column + (unsigned)(t->text.len - mark), ltr_printer_config.columns);
	put_suffix(t, &t->text, &now);
	ltr_sb_putc(&t->text, '\n');
	emit_line_and_tail(t, mark);
	cur->line_owner = NULL;
}

/*
 * Whether the call's decoder prints anything at exit (output arguments):
 * strace then marks a call that never returns with " <unfinished ...>"
 * inside its "<... NAME resumed>" line, and omits it for calls printed
 * whole at entry (futex, pause). Decodes the exit into a scratch buffer
 * from a copy of the call: only a lone ")" and a plain result mean
 * nothing is left.
 */
static bool decodes_at_exit(const struct tracee *t)
{
	struct ltr_call copy = t->call;
	bool more;

	ltr_sb_reset(&scratch);
	copy.out = &scratch;
	copy.exiting = true;
	copy.ret = 0;
	ltr_decode_exit(&copy);
	/* a result decoded at exit (" (Timeout)", poll's revents) counts too */
	more = scratch.len > 1 || copy.ret_text[0] || copy.ret_suffix ||
	       copy.ret_kind != t->call.ret_kind;
	ltr_sb_reset(&scratch);
	return more;
}

/*
 * Closes a call that ended without a result (t->call.end; LTR_END_NONE
 * counts as unfinished): "exit_group(0) = ?", or for a thread that ended
 * inside a call, "<... read resumed> <unfinished ...>) = ?" (strace omits
 * the " <unfinished ...>" when the thread was replaced by an execve:
 * superseded); "read(3, ) = ? <unavailable>" when its result could not be
 * read; " <detached ...>" after the open line of a call ltr detached
 * inside (nothing when another line came since, as strace). Deferred
 * calls are printed whole unless a filter rejected them (-e status=
 * judges them by call.status); JSON prints them with a null "ret", but
 * not detached ones.
 */
static void finish_unreturned(struct tracee *t)
{
	struct ltr_call *c = &t->call;
	bool noreturn = c->desc && (c->desc->flags & LTR_SF_NORETURN);
	bool superseded = (t->flags & TRACEE_SUPERSEDED) != 0;
	unsigned state = t->print_state;
	size_t mark;

	t->print_state = 0;
	if (state & PRINT_DEFERRED) {
		if (ltr_printer_config.filters && c->rejected)
			return;
		if (ltr_printer_config.json) {
			if (c->end != LTR_END_DETACHED)
				json_call(t, NULL);
			return;
		}
		begin_line(t);
		mark = 0; /* the whole line: stamp, entry text, and its end */
	} else if (c->end == LTR_END_DETACHED) {
		if (cur->line_owner == t) {
			emit_str(" <detached ...>\n");
			cur->line_owner = NULL;
		}
		return;
	} else {
		resume_line(t);
		mark = t->text.len;
	}
	if (c->end == LTR_END_DETACHED) {
		ltr_sb_puts(&t->text, " <detached ...>\n");
		emit(t->text.data + mark, t->text.len - mark);
		cur->line_owner = NULL;
		return;
	}
	if (c->end == LTR_END_UNAVAILABLE || (noreturn && !(t->flags & TRACEE_DETACHING)) ||
	    superseded || c->unread) {
		/*
		 * No exit decoding: the call did not return (or its result is
		 * unknown), its output arguments hold nothing (and custom
		 * decoders would print their entry part again).
		 */
		ltr_sb_putc(&t->text, ')');
	} else if (decodes_at_exit(t)) {
		ltr_sb_puts(&t->text, " <unfinished ...>)");
	} else {
		ltr_sb_putc(&t->text, ')');
	}
	/* strace's ") ", then spaces up to the column, then "= ?" */
	ltr_sb_putc(&t->text, ' ');
	if (cur->column + (t->text.len - mark) < ltr_printer_config.columns)
		ltr_sb_printf(&t->text, "%*s",
			      (int)(ltr_printer_config.columns - cur->column - (t->text.len - mark)), "");
	ltr_sb_puts(&t->text, c->end == LTR_END_UNAVAILABLE ? "= ? <unavailable>\n" : "= ?\n");
	emit(t->text.data + mark, t->text.len - mark);
	cur->line_owner = NULL;
}

void ltr_printer_unreturned(struct tracee *t)
{
	if (t->print_state & PRINT_ENTRY)
		finish_unreturned(t);
}

/*
 * -k: prints the stack of t's call that never returned, captured at its
 * entry, after t's last line ("+++ exited with 0 +++"), where strace
 * prints it.
 */
static void flush_entry_stack(struct tracee *t)
{
	if (!t->entry_stack.len)
		return;
	close_open_line();
	emit(t->entry_stack.data, t->entry_stack.len);
	ltr_sb_reset(&t->entry_stack);
}

/* True when t is inside a call whose entry the printer handled. */
static bool call_open(const struct tracee *t)
{
	return (t->flags & TRACEE_IN_SYSCALL) && !(t->flags & TRACEE_CALL_HIDDEN) &&
	       (t->print_state & PRINT_ENTRY);
}

/* --- other events --- */

/* -k: the stack of t where it stopped, under a signal line, as strace. */
static void emit_stop_stack(struct tracee *t)
{
	if (!ltr_unwind_print_enabled())
		return;
	ltr_sb_reset(&scratch);
	ltr_unwind_print(t, &scratch, false);
	emit(scratch.data, scratch.len);
}

void ltr_printer_signal(struct tracee *t, const siginfo_t *si)
{
	if (!signal_shown(si->si_signo))
		return;
	ltr_sb_reset(&scratch);
	ltr_print_siginfo_of(&scratch, si, t->tid);
	if (ltr_printer_config.json) {
		json_head("signal", t, NULL);
		json_siginfo(scratch.data, scratch.len);
		json_end();
		return;
	}
	begin_line_now(t, t->scno, t->ip_known);
	emit_str("--- ");
	ltr_sb_puts(&scratch, " ---\n");
	emit(scratch.data, scratch.len);
	emit_stop_stack(t);
}

void ltr_printer_group_stop(struct tracee *t, int sig)
{
	const char *name = ltr_signal_name(sig);

	if (!signal_shown(sig))
		return;
	if (ltr_printer_config.json) {
		json_head("stopped", t, NULL);
		if (name)
			ltr_sb_printf(&json_line, ",\"signal\":\"%s\"", name);
		else
			ltr_sb_printf(&json_line, ",\"signal\":%d", sig);
		json_end();
		return;
	}
	begin_line_now(t, t->scno, t->ip_known);
	ltr_sb_reset(&scratch);
	if (name)
		ltr_sb_printf(&scratch, "--- stopped by %s ---\n", name);
	else
		ltr_sb_printf(&scratch, "--- stopped by %d ---\n", sig);
	emit(scratch.data, scratch.len);
	emit_stop_stack(t);
}

void ltr_printer_exit(struct tracee *t, int status)
{
	if (call_open(t))
		finish_unreturned(t);
	if (ltr_printer_config.json) {
		if (WIFEXITED(status)) {
			json_head("exit", t, NULL);
			ltr_sb_printf(&json_line, ",\"status\":%d", WEXITSTATUS(status));
		} else {
			const char *name = ltr_signal_name(WTERMSIG(status));

			json_head("killed", t, NULL);
			if (name)
				ltr_sb_printf(&json_line, ",\"signal\":\"%s\"", name);
			else
				ltr_sb_printf(&json_line, ",\"signal\":%d", WTERMSIG(status));
			ltr_sb_printf(&json_line, ",\"core_dumped\":%s",
				      WCOREDUMP(status) ? "true" : "false");
		}
		json_end();
		return;
	}
	/* -e signal= leaves out "+++ killed by SIGX +++" too, as strace */
	if ((quiet_set & LTR_QUIET_EXIT) || (WIFSIGNALED(status) && !signal_shown(WTERMSIG(status)))) {
		flush_entry_stack(t);
		return;
	}
	begin_line_now(t, t->scno, false); /* gone: no instruction pointer */
	ltr_sb_reset(&scratch);
	if (WIFEXITED(status)) {
		ltr_sb_printf(&scratch, "+++ exited with %d +++\n", WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		const char *name = ltr_signal_name(WTERMSIG(status));

		if (name)
			ltr_sb_printf(&scratch, "+++ killed by %s", name);
		else
			ltr_sb_printf(&scratch, "+++ killed by %d", WTERMSIG(status));
		ltr_sb_puts(&scratch, WCOREDUMP(status) ? " (core dumped) +++\n" : " +++\n");
	}
	emit(scratch.data, scratch.len);
	flush_entry_stack(t);
}

void ltr_printer_exiting(struct tracee *t)
{
	if (call_open(t))
		finish_unreturned(t);
}

void ltr_printer_superseded(struct tracee *t, int execer_tid)
{
	const struct tracee *execer;

	if (call_open(t))
		finish_unreturned(t);
	if (ltr_printer_config.json) {
		json_head("superseded", t, NULL);
		ltr_sb_printf(&json_line, ",\"by\":%d", execer_tid);
		json_end();
		return;
	}
	execer = ltr_tracee_find(execer_tid);
	if (execer && cur->line_owner == execer) {
		/*
		 * The execve's line is still open: strace ends it with the
		 * tid it is about to take (quiet or not), and its result then
		 * shows as "<... execve resumed>" under the leader's tid.
		 */
		ltr_sb_reset(&scratch);
		ltr_sb_printf(&scratch, " <pid changed to %d ...>\n", t->tid);
		emit(scratch.data, scratch.len);
		cur->line_owner = NULL;
	}
	if (quiet_set & LTR_QUIET_THREAD_EXECVE) {
		flush_entry_stack(t);
		return;
	}
	/* strace's leader is the execer's: its number, its new image's ip */
	begin_line_now(t, execer ? execer->scno : t->scno, execer && execer->ip_known);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "+++ superseded by execve in pid %d +++\n", execer_tid);
	emit(scratch.data, scratch.len);
	flush_entry_stack(t);
}

void ltr_printer_personality(struct tracee *t)
{
	if (quiet_set & LTR_QUIET_PERSONALITY)
		return;
	if (ltr_printer_config.json) {
		json_head("personality", t, NULL);
		ltr_sb_printf(&json_line, ",\"bits\":%d", t->arch->wordsize * 8);
		json_end();
		return;
	}
	begin_line_now(t, t->scno, t->ip_known);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "[ Process PID=%d runs in %s mode. ]\n", t->tid,
		      t->arch->wordsize == 4 ? "32 bit" : "64 bit");
	emit(scratch.data, scratch.len);
}

void ltr_printer_detach(struct tracee *t)
{
	/* a call in progress ends at the LTR_EV_UNRETURNED that follows */
	if (call_open(t)) {
		flush_entry_stack(t);
		return;
	}
	if (cur->line_owner == t) {
		emit_str(" <detached ...>\n");
		cur->line_owner = NULL;
	}
	flush_entry_stack(t);
	t->print_state = 0;
}

/* --- for Lua: call:format() --- */

void ltr_printer_format(struct tracee *t, struct ltr_strbuf *out)
{
	struct ltr_call copy = t->call;
	size_t start = out->len;

	copy.out = out;
	if (t->call.exiting && (t->print_state & PRINT_ENTRY)) {
		/* The entry as printed: arguments may have changed in memory since. */
		ltr_sb_append(out, t->text.data + t->print_skip, t->text.len - t->print_skip);
	} else {
		copy.exiting = false;
		copy.next_arg = 0;
		copy.ret_kind = copy.desc ? copy.desc->ret : LTR_RET_DEC;
		copy.ret_text[0] = '\0';
		ltr_decode_entry(&copy);
	}
	if (!t->call.exiting)
		return;
	copy.exiting = true;
	ltr_decode_exit(&copy);
	ltr_decode_retval_at(&copy, (unsigned)(out->len - start), ltr_printer_config.columns);
	put_tampering(copy.mods, out);
}

/*
 * Script output (ltr.print and friends, LTR_EV_OUTPUT). What a hook of a
 * call the printer shows writes waits in the thread's held_output until
 * the printer has written that call's line, so that the line comes whole
 * and the hooks' output right after it, instead of splitting the line
 * into unfinished/resumed halves: the exit hooks' output always, and
 * with -j the entry hooks' too (the object is written at exit). Held
 * output is written when the call's line is, or when the call ends
 * without one (unfinished, detached, its thread gone). Anything else is
 * written at once, after ending another thread's open line with
 * " <unfinished ...>", as strace ends one when another thread's line
 * comes in between.
 *
 * With -j every line of text becomes an event,
 * {"event":"output","pid":P,"tid":T,"time":S,"text":"LINE"} (no pid and
 * tid for what is written outside a thread's hooks: on_end, timers,
 * maps), so that every line stays JSON; ltr.json's lines (raw_json) are
 * written as they are. A line written in pieces (ltr.printf) becomes one
 * event when its newline comes, or whole as it is when another writer
 * comes in between, its thread is gone or the scripts are done.
 */
static unsigned printer_wants(const struct ltr_arch *arch, long nr);

static struct ltr_strbuf unfinished;     /* -j: a line of text without its newline yet */
static struct tracee *unfinished_owner;  /* whose hooks wrote it; NULL: no thread's */

/* Whether what t's hooks write now waits for the line of t's call. */
static bool holds_output(const struct tracee *t)
{
	if (!t)
		return false;
	if (t->call.exiting)
		return (t->print_state & PRINT_ENTRY) != 0;
	/*
	 * -j, an entry hook (or an event inside the call, an exec): the
	 * printer has not seen the entry yet, but will if it wants it
	 */
	return ltr_printer_config.json && (t->flags & TRACEE_IN_SYSCALL) &&
	       !(t->flags & TRACEE_CALL_HIDDEN) && t->call.arch &&
	       (printer_wants(t->call.arch, t->call.sel_nr) & LTR_WANT_ENTER);
}

/* Writes finished output of t's hooks (t NULL: no thread's) to t's stream. */
static void write_output(struct tracee *t, const char *data, size_t len)
{
	struct ltr_print_stream *saved = cur;

	if (separate_prefix)
		select_stream(t);
	close_open_line();
	ltr_output_put(cur->out, data, len);
	cur = saved;
}

/* Finished output of t's hooks: held for t's call, or written now. */
static void put_output(struct tracee *t, const char *data, size_t len)
{
	if (holds_output(t))
		ltr_sb_append(&t->held_output, data, len);
	else
		write_output(t, data, len);
}

/* -j: one line of text (without its newline) written by t's hooks, as an event. */
static void output_event(struct tracee *t, const char *text, size_t len)
{
	json_head("output", t, NULL);
	ltr_sb_puts(&json_line, ",\"text\":");
	ltr_json_string(&json_line, text, len);
	ltr_sb_puts(&json_line, "}\n");
	put_output(t, json_line.data, json_line.len);
}

/* -j: the unfinished line, as it is, as an event. */
static void finish_unfinished(void)
{
	struct tracee *owner = unfinished_owner;

	if (!unfinished.len)
		return;
	unfinished_owner = NULL;
	output_event(owner, unfinished.data, unfinished.len);
	ltr_sb_reset(&unfinished);
}

/* -j: text written by t's hooks, cut into lines that become events. */
static void json_text(struct tracee *t, const char *data, size_t len)
{
	const char *nl;

	if (unfinished.len && unfinished_owner != t)
		finish_unfinished();
	while (len && (nl = memchr(data, '\n', len))) {
		size_t n = (size_t)(nl - data);

		if (unfinished.len) {
			ltr_sb_append(&unfinished, data, n);
			finish_unfinished();
		} else {
			output_event(t, data, n);
		}
		data += n + 1;
		len -= n + 1;
	}
	if (len) {
		ltr_sb_append(&unfinished, data, len);
		unfinished_owner = t;
	}
}

static void script_output(const struct ltr_event *ev)
{
	struct tracee *t = ev->t;

	if (!ltr_printer_config.json) {
		if (ev->data)
			put_output(t, ev->data, ev->len);
		return;
	}
	if (!ev->data || (ev->raw_json && unfinished_owner == t))
		finish_unfinished(); /* the end; or a line of t's before t's JSON */
	if (!ev->data)
		return;
	if (ev->raw_json)
		put_output(t, ev->data, ev->len);
	else
		json_text(t, ev->data, ev->len);
}

/*
 * Writes what t's hooks wrote, once t's call is done (its line written,
 * or none coming); gone: t is about to be freed, and its unfinished line
 * (-j) is written too.
 */
static void release_held(struct tracee *t, bool gone)
{
	if (gone && unfinished.len && unfinished_owner == t)
		finish_unfinished();
	if (!t->held_output.len)
		return;
	write_output(t, t->held_output.data, t->held_output.len);
	ltr_sb_reset(&t->held_output);
}

/* --- notices: "ltr: Process N attached", on stderr --- */

/*
 * An attach/detach notice: "ltr: Process N attached" on stderr, as
 * strace's; with -j a JSON event on the trace output instead,
 * {"event":"attached","pid":N,"tid":N,"time":T[,"threads":K]} or
 * "detached", so that every line of -j output is JSON.
 */
static void notice(const struct tracee *t, const char *event, unsigned threads)
{
	if (quiet_set & LTR_QUIET_ATTACH)
		return;
	if (ltr_printer_config.json) {
		json_head(event, t, NULL);
		if (threads > 1)
			ltr_sb_printf(&json_line, ",\"threads\":%u", threads);
		json_end();
		return;
	}
	ltr_output_flush(); /* in order with a trace on stderr */
	if (threads > 1)
		ltr_msg("Process %d %s with %u threads\n", t->pid, event, threads);
	else
		ltr_msg("Process %d %s\n", t->tid, event);
}

/*
 * LTR_EV_NOTICE: "ltr: TEXT" on stderr, or with -j
 * {"event":"notice","time":T,"text":"TEXT"} on the trace output.
 */
static void general_notice(const char *text, size_t len)
{
	if (ltr_printer_config.json) {
		json_head("notice", NULL, NULL);
		ltr_sb_puts(&json_line, ",\"text\":");
		ltr_json_string(&json_line, text, len);
		ltr_sb_puts(&json_line, "}\n");
		write_output(NULL, json_line.data, json_line.len);
		return;
	}
	ltr_output_flush(); /* in order with a trace on stderr */
	ltr_msg("%.*s\n", (int)len, text);
}

/* --- the consumer --- */

/*
 * -ff, an execve in thread other of leader t's process: the thread takes
 * over the leader's tid, and with it the leader's file, as strace swaps
 * them. A line of the thread left open in its own file ends with
 * " <pid changed to TID ...>"; "+++ superseded by execve in pid OTHER +++"
 * goes to the leader's file, where the execve's return then shows as
 * "<... execve resumed>". The thread's own file is closed with the
 * leader's tracee (LTR_EV_RELEASE).
 */
static void swap_streams(struct tracee *t, pid_t other, bool on)
{
	struct tracee *execer = ltr_tracee_find(other);
	struct ltr_print_stream *mine;

	if (!execer) {
		if (on)
			ltr_printer_superseded(t, (int)other);
		return;
	}
	mine = stream_of(execer);
	if (mine->line_owner == execer) {
		cur = mine;
		ltr_sb_reset(&scratch);
		ltr_sb_printf(&scratch, " <pid changed to %d ...>\n", t->tid);
		emit(scratch.data, scratch.len);
		mine->line_owner = NULL;
	}
	cur = stream_of(t);
	if (on)
		ltr_printer_superseded(t, (int)other);
	execer->print_out = t->print_out;
	t->print_out = mine;
	cur = &shared_stream;
}

/* prctl: PR_SET_NAME changes the comm that -Y shows in pid prefixes. */
static bool is_prctl(const struct ltr_syscall_desc *desc)
{
	return desc && !strcmp(desc->name, "prctl");
}

static unsigned printer_wants(const struct ltr_arch *arch, long nr)
{
	if (!ltr_printer_config.enabled)
		return 0;
	if (ltr_printer_config.select && !ltr_printer_config.select(arch, nr)) {
		const struct ltr_syscall_desc *desc = nr < 0 ? NULL : ltr_arch_syscall_desc(arch, nr);

		/*
		 * A number no table names (syscall_0x1c3) is printed whatever
		 * the selection, as strace prints it whatever -e trace= says:
		 * no set can name it.
		 */
		if (!desc)
			return LTR_WANT_ENTER | LTR_WANT_EXIT;
		/* -Y follows PR_SET_NAME even when prctl is not printed */
		if (ltr_decode_opts.pid_comm && is_prctl(desc))
			return LTR_WANT_EXIT;
		return 0;
	}
	return LTR_WANT_ENTER | LTR_WANT_EXIT;
}

/*
 * -Y: the cached command name of t's pid prefix follows the thread's, as
 * strace's does: loaded when t is first seen, again after an execve and
 * after a successful prctl(PR_SET_NAME), before that call's exit prints.
 */
static void on_comm_change(struct tracee *t, enum ltr_event_kind kind)
{
	const struct ltr_call *c = &t->call;

	if (!ltr_decode_opts.pid_comm)
		return;
	if (kind == LTR_EV_EXIT &&
	    (!is_prctl(c->desc) || (uint32_t)c->args[0] != 15 /* PR_SET_NAME */ ||
	     ltr_call_failed(c)))
		return;
	load_comm(t);
}

static unsigned printer_needs(void)
{
	const struct ltr_time_format *tf = &ltr_printer_config.time;
	bool clock = tf->absolute != LTR_ABS_NONE || tf->relative || ltr_printer_config.json ||
		     tf->durations;

	/* -ff's files are flushed every tick, as a -o file is */
	return (clock ? LTR_NEED_CLOCK : 0) | (separate_prefix ? LTR_NEED_TICK : 0) |
	       (ltr_printer_config.instruction_pointer ? LTR_NEED_IP : 0);
}

static void on_start(const struct ltr_event *ev)
{
	struct tracee *o;

	if (separate_prefix && ev->how == LTR_START_ATTACHED) {
		/* strace opens a file for every thread it attaches */
		for (o = ltr_tracee_first(); o; o = o->list_next)
			if (o->pid == ev->t->pid)
				stream_of(o);
	}
	switch (ev->how) {
	case LTR_START_ATTACHED:
		notice(ev->t, "attached", ev->count);
		break;
	case LTR_START_FOLLOWED:
		notice(ev->t, "attached", 1);
		break;
	case LTR_START_LAUNCHED:
		/* -D attaches to the command, and strace says so (see on_enter()) */
		if (daemonized && !daemon_noticed)
			notice(ev->t, "attached", 1);
		daemon_noticed = true;
		break;
	}
}

static void printer_event(const struct ltr_event *ev)
{
	struct tracee *t = ev->t;
	bool on = ltr_printer_config.enabled;

	if (separate_prefix)
		select_stream(t);
	switch (ev->kind) {
	case LTR_EV_START:
		on_comm_change(t, ev->kind);
		on_start(ev);
		break;
	case LTR_EV_ENTER:
		/*
		 * -D: strace's notice comes before the command's execve line,
		 * and the launched command starts (LTR_EV_START) only once
		 * that execve succeeded
		 */
		if (daemonized && !daemon_noticed && (t->flags & TRACEE_FIRST_EXEC)) {
			notice(t, "attached", 1);
			daemon_noticed = true;
		}
		ltr_printer_syscall_entry(t);
		break;
	case LTR_EV_EXIT:
		on_comm_change(t, ev->kind);
		ltr_printer_syscall_exit(t);
		release_held(t, false);
		break;
	case LTR_EV_UNRETURNED:
		ltr_printer_unreturned(t);
		release_held(t, false);
		break;
	case LTR_EV_SIGNAL:
		if (on)
			ltr_printer_signal(t, ev->si);
		break;
	case LTR_EV_GROUP_STOP:
		if (on)
			ltr_printer_group_stop(t, ev->sig);
		break;
	case LTR_EV_EXITING:
		if (on)
			ltr_printer_exiting(t);
		break;
	case LTR_EV_GONE:
		if (on)
			ltr_printer_exit(t, ev->status);
		release_held(t, false);
		break;
	case LTR_EV_SUPERSEDED:
		if (separate_prefix)
			swap_streams(t, ev->other, on);
		else if (on)
			ltr_printer_superseded(t, (int)ev->other);
		break;
	case LTR_EV_PERSONALITY:
		/* a notice, as strace prints it with -c too (its trace off) */
		if (on || !ltr_printer_config.json)
			ltr_printer_personality(t);
		break;
	case LTR_EV_DETACH:
		/* strace's order: the notice, then the line's " <detached ...>" */
		if ((t->flags & TRACEE_ATTACHED) || !(t->flags & TRACEE_HIDDEN))
			notice(t, "detached", 1);
		ltr_printer_detach(t);
		release_held(t, false);
		break;
	case LTR_EV_RELEASE:
		release_held(t, true);
		if (cur->line_owner == t)
			cur->line_owner = NULL;
		if (separate_prefix)
			close_stream(t);
		break;
	case LTR_EV_OUTPUT:
		script_output(ev);
		break;
	case LTR_EV_EXEC:
		on_comm_change(t, ev->kind);
		break;
	case LTR_EV_NOTICE:
		general_notice(ev->data, ev->len);
		break;
	case LTR_EV_TICK:
	case LTR_EV_END:
		break;
	}
}

static const struct ltr_consumer printer_consumer = {
	.name = "text",
	.wants = printer_wants,
	.needs = printer_needs,
	.event = printer_event,
};

const struct ltr_consumer *ltr_printer_consumer(void)
{
	return &printer_consumer;
}
