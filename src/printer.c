/* SPDX-License-Identifier: MIT */
/*
 * The default strace-style printer; see include/ltr/printer.h.
 *
 * Lines are written as soon as they are known, like strace: a call's name
 * and input arguments at entry, the rest at exit. When another thread
 * prints in between, the open line is closed with " <unfinished ...>" and
 * the call's exit starts a new line with "<... NAME resumed>".
 */
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/output.h"
#include "ltr/printer.h"
#include "ltr/tracee.h"

struct ltr_printer_config ltr_printer_config = {
	.enabled = true,
	.decode = { .strsize = 32 },
};

static struct tracee *line_owner; /* thread whose line is open, or NULL */
static unsigned column;          /* bytes on the current output line */
static bool pid_column_mode;
static bool quiet;
static struct ltr_strbuf scratch;

void ltr_printer_init(bool pid_column)
{
	pid_column_mode = pid_column;
}

void ltr_printer_set_quiet(bool on)
{
	quiet = on;
}

void ltr_printer_set_pid_column(bool pid_column)
{
	pid_column_mode = pid_column;
}

static void emit(const char *s, size_t len)
{
	const char *nl = memrchr(s, '\n', len);

	ltr_output_write(s, len);
	column = nl ? (unsigned)(len - (size_t)(nl + 1 - s)) : column + (unsigned)len;
}

static void emit_str(const char *s)
{
	emit(s, strlen(s));
}

/* Ends the open line of another thread with " <unfinished ...>". */
static void close_open_line(void)
{
	if (!line_owner)
		return;
	emit_str(" <unfinished ...>\n");
	line_owner = NULL;
}

static void emit_prefix(const struct tracee *t)
{
	char buf[32];
	int n = 0;

	if (pid_column_mode)
		n = snprintf(buf, sizeof(buf), "%-5d ", t->tid);
	else if (ltr_tracee_count() > 1)
		n = snprintf(buf, sizeof(buf), "[pid %5d] ", t->tid);
	if (n > 0)
		emit(buf, (size_t)n);
}

/* Starts a new line for t, closing any other open line. */
static void begin_line(const struct tracee *t)
{
	close_open_line();
	emit_prefix(t);
}

static const char *call_name(const struct ltr_call *c, char *buf, size_t size)
{
	if (c->desc)
		return c->desc->name;
	snprintf(buf, size, "syscall_%#lx", (unsigned long)c->nr);
	return buf;
}

/* Makes t's line the open one: continues it, or starts "<... resumed>". */
static void resume_line(struct tracee *t)
{
	char name[32];

	if (line_owner == t)
		return;
	begin_line(t);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "<... %s resumed>",
		      call_name(&t->call, name, sizeof(name)));
	emit(scratch.data, scratch.len);
}

void ltr_printer_syscall_entry(struct tracee *t)
{
	struct ltr_call *c = &t->call;

	begin_line(t);
	ltr_sb_reset(&t->text);
	c->out = &t->text;
	ltr_decode_entry(c);
	emit(t->text.data, t->text.len);
	line_owner = t;
	if (c->desc && (c->desc->flags & LTR_SF_NORETURN))
		return;
}

void ltr_printer_syscall_exit(struct tracee *t)
{
	struct ltr_call *c = &t->call;

	resume_line(t);
	ltr_sb_reset(&t->text);
	c->out = &t->text;
	ltr_decode_exit(c);
	ltr_decode_retval(c, column + (unsigned)t->text.len);
	ltr_sb_putc(&t->text, '\n');
	emit(t->text.data, t->text.len);
	line_owner = NULL;
}

/*
 * Closes a call that will never return: "exit_group(0) = ?", or for a
 * thread that ended inside a call, "<... read resumed> <unfinished ...>) = ?"
 * (strace omits the " <unfinished ...>" when the thread was replaced by an
 * execve: superseded).
 */
static void finish_unreturned(struct tracee *t, bool superseded)
{
	struct ltr_call *c = &t->call;
	bool noreturn = c->desc && (c->desc->flags & LTR_SF_NORETURN);

	resume_line(t);
	ltr_sb_reset(&t->text);
	if (superseded) {
		ltr_sb_putc(&t->text, ')');
	} else if (noreturn && line_owner == t && !(t->flags & TRACEE_DETACHING)) {
		c->out = &t->text;
		ltr_decode_exit(c);
	} else {
		ltr_sb_puts(&t->text, " <unfinished ...>)");
	}
	if (column + t->text.len < 39)
		ltr_sb_printf(&t->text, "%*s", (int)(39 - column - t->text.len), "");
	ltr_sb_puts(&t->text, " = ?\n");
	emit(t->text.data, t->text.len);
	line_owner = NULL;
}

void ltr_printer_signal(struct tracee *t, const siginfo_t *si)
{
	begin_line(t);
	ltr_sb_reset(&scratch);
	ltr_sb_puts(&scratch, "--- ");
	ltr_print_siginfo(&scratch, si);
	ltr_sb_puts(&scratch, " ---\n");
	emit(scratch.data, scratch.len);
}

void ltr_printer_group_stop(struct tracee *t, int sig)
{
	const char *name = ltr_signal_name(sig);

	begin_line(t);
	ltr_sb_reset(&scratch);
	if (name)
		ltr_sb_printf(&scratch, "--- stopped by %s ---\n", name);
	else
		ltr_sb_printf(&scratch, "--- stopped by %d ---\n", sig);
	emit(scratch.data, scratch.len);
}

void ltr_printer_exit(struct tracee *t, int status)
{
	if ((t->flags & TRACEE_IN_SYSCALL) && !(t->flags & TRACEE_CALL_HIDDEN))
		finish_unreturned(t, false);
	begin_line(t);
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
}

void ltr_printer_superseded(struct tracee *t, int execer_tid)
{
	if ((t->flags & TRACEE_IN_SYSCALL) && !(t->flags & TRACEE_CALL_HIDDEN))
		finish_unreturned(t, true);
	begin_line(t);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "+++ superseded by execve in pid %d +++\n", execer_tid);
	emit(scratch.data, scratch.len);
}

void ltr_printer_personality(struct tracee *t)
{
	if (quiet)
		return;
	begin_line(t);
	ltr_sb_reset(&scratch);
	ltr_sb_printf(&scratch, "[ Process PID=%d runs in %s mode. ]\n", t->tid,
		      t->arch->wordsize == 4 ? "32 bit" : "64 bit");
	emit(scratch.data, scratch.len);
}

void ltr_printer_detach(struct tracee *t)
{
	if (line_owner == t) {
		emit_str(" <detached ...>\n");
		line_owner = NULL;
	}
}
