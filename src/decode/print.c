/* SPDX-License-Identifier: MIT */
/*
 * Printing helpers shared by all decoders, and the generic argument
 * printers of argtypes.h. Formats are strace 6.1's, checked against it:
 *   - strings escape \t \n \v \f \r \" \\ and print other bytes outside
 *     0x20..0x7e in octal, shortest form unless the next byte is an octal
 *     digit ("\0001" but "\08");
 *   - -x switches a whole string to \xNN when any byte in it is neither
 *     printable nor one of \t\n\v\f\r; -xx always does;
 *     --strings-in-hex=non-ascii-chars prints those bytes alone as \xNN
 *     where they would be octal;
 *   - a NUL-terminated string that runs into unreadable memory before its
 *     NUL (or before the limit) prints as its address, like a buffer that
 *     cannot be read whole.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/fdinfo.h"
#include "ltr/mem.h"
#include "ltr/msg.h"
#include "ltr/pidns.h"
#include "decoders.h"

#define STACK_STR_MAX (PATH_MAX + 2)

/*
 * A scratch buffer for strings longer than STACK_STR_MAX (only with a
 * large --strsize). Grows once to the largest size asked for and is kept:
 * no allocation per call after warm-up. ltr is single-threaded and no
 * printer holding it calls another that needs it.
 */
static char *scratch(size_t size)
{
	static char *buf;
	static size_t cap;

	if (size > cap) {
		buf = ltr_xrealloc(buf, size);
		cap = size;
	}
	return buf;
}

bool ltr_call_failed(const struct ltr_call *c)
{
	if (c->mods & LTR_MOD_SUCCESS)
		return false;
	return c->ret < 0 && c->ret >= -4095;
}

int ltr_call_arg_int(const struct ltr_call *c, unsigned idx)
{
	return (int)(uint32_t)c->args[idx];
}

int64_t ltr_call_arg_long(const struct ltr_call *c, unsigned idx)
{
	if (c->arch && c->arch->wordsize == 4)
		return (int32_t)(uint32_t)c->args[idx];
	return (int64_t)c->args[idx];
}

void ltr_print_sep(struct ltr_call *c, unsigned idx)
{
	struct ltr_strbuf *out = c->out;

	if (idx == 0 || out->len == 0 || out->data[out->len - 1] == '(')
		return;
	ltr_sb_append(out, ", ", 2);
}

void ltr_print_addr(struct ltr_strbuf *out, uint64_t addr)
{
	if (addr)
		ltr_sb_put_hex(out, addr);
	else
		ltr_sb_append(out, "NULL", 4);
}

void ltr_print_time_pair(struct ltr_strbuf *out, const unsigned char *p,
			 unsigned ws, const char *sub)
{
	ltr_sb_puts(out, "{tv_sec=");
	ltr_sb_put_dec(out, ltr_get_sword(p, ws));
	ltr_sb_puts(out, ", ");
	ltr_sb_puts(out, sub);
	ltr_sb_putc(out, '=');
	/* the sub-second field prints unsigned, as strace zero-extends it */
	ltr_sb_put_udec(out, ltr_get_uword(p + ws, ws));
	ltr_sb_putc(out, '}');
}

static bool needs_hex(const unsigned char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char ch = s[i];

		if (ch > 0x7e || (ch < 0x20 && (ch < '\t' || ch > '\r')))
			return true;
	}
	return false;
}

/*
 * Appends the escaped form of len bytes without quotes. angle also
 * escapes '<' and '>' (paths shown inside <...> under -y).
 */
static void quote_body(struct ltr_strbuf *out, const char *bytes, size_t len,
		       unsigned xflag, bool angle)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *s = (const unsigned char *)bytes;
	bool usehex = xflag == LTR_XFLAG_ALL ||
		(xflag == LTR_XFLAG_NON_ASCII && needs_hex(s, len));
	bool hexchars = xflag == LTR_XFLAG_NON_ASCII_CHARS;
	char *p;
	size_t i;

	/* Worst case 4 output bytes per input byte. */
	ltr_sb_reserve(out, len * 4);
	p = out->data + out->len;
	for (i = 0; i < len; i++) {
		unsigned char ch = s[i];

		if (usehex) {
			*p++ = '\\';
			*p++ = 'x';
			*p++ = hex[ch >> 4];
			*p++ = hex[ch & 15];
			continue;
		}
		switch (ch) {
		case '"': *p++ = '\\'; *p++ = '"'; continue;
		case '\\': *p++ = '\\'; *p++ = '\\'; continue;
		case '\t': *p++ = '\\'; *p++ = 't'; continue;
		case '\n': *p++ = '\\'; *p++ = 'n'; continue;
		case '\v': *p++ = '\\'; *p++ = 'v'; continue;
		case '\f': *p++ = '\\'; *p++ = 'f'; continue;
		case '\r': *p++ = '\\'; *p++ = 'r'; continue;
		default: break;
		}
		if (ch >= 0x20 && ch <= 0x7e && !(angle && (ch == '<' || ch == '>'))) {
			*p++ = (char)ch;
			continue;
		}
		*p++ = '\\';
		if (hexchars) {
			*p++ = 'x';
			*p++ = hex[ch >> 4];
			*p++ = hex[ch & 15];
			continue;
		}
		if (i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7') {
			*p++ = (char)('0' + (ch >> 6));
			*p++ = (char)('0' + ((ch >> 3) & 7));
		} else if (ch >= 64) {
			*p++ = (char)('0' + (ch >> 6));
			*p++ = (char)('0' + ((ch >> 3) & 7));
		} else if (ch >= 8) {
			*p++ = (char)('0' + (ch >> 3));
		}
		*p++ = (char)('0' + (ch & 7));
	}
	out->len = (size_t)(p - out->data);
	out->data[out->len] = '\0';
}

static void quote_style(struct ltr_strbuf *out, const char *bytes, size_t len,
			unsigned xflag, bool truncated)
{
	ltr_sb_putc(out, '"');
	quote_body(out, bytes, len, xflag, false);
	ltr_sb_putc(out, '"');
	if (truncated)
		ltr_sb_append(out, "...", 3);
}

void ltr_print_quoted(struct ltr_strbuf *out, const char *bytes, size_t len,
		      const struct ltr_decode_opts *opts, bool truncated)
{
	quote_style(out, bytes, len, opts ? opts->xflag : 0, truncated);
}

void ltr_print_quoted_hex(struct ltr_strbuf *out, const char *bytes, size_t len,
			  bool truncated)
{
	quote_style(out, bytes, len, LTR_XFLAG_ALL, truncated);
}

const char *ltr_format_text_literal(char *buf, size_t size, const char *text)
{
	size_t n = 0;

	if (ltr_decode_opts.xflag != LTR_XFLAG_ALL) {
		snprintf(buf, size, "\"%s\"", text);
		return buf;
	}
	if (size < 3) {
		if (size)
			buf[0] = '\0';
		return buf;
	}
	buf[n++] = '"';
	for (; *text && n + 6 <= size; text++)
		n += (size_t)snprintf(buf + n, size - n, "\\x%02x", (unsigned char)*text);
	buf[n++] = '"';
	buf[n] = '\0';
	return buf;
}

/*
 * Prints the string at addr shown up to limit bytes: reads limit + 1 bytes
 * at most, so that a string of exactly limit bytes prints without "...".
 */
static void print_cstr(struct ltr_call *c, uint64_t addr, size_t limit)
{
	char stackbuf[STACK_STR_MAX];
	char *buf = limit + 2 <= sizeof(stackbuf) ? stackbuf : scratch(limit + 2);
	bool terminated;
	ssize_t n;

	if (!addr) {
		ltr_sb_append(c->out, "NULL", 4);
		return;
	}
	n = ltr_mem_read_str(c->mem, addr, buf, limit + 1, &terminated);
	if (n < 0 || (!terminated && (size_t)n <= limit)) {
		/* read in part, then unmapped memory: strace says so on stderr */
		if (n > 0)
			ltr_msg("umovestr: short read (%zd < %zu) @%#llx: %s\n", n, limit + 1,
				(unsigned long long)addr, strerror(EFAULT));
		ltr_print_addr(c->out, addr);
		return;
	}
	if (terminated)
		ltr_print_quoted(c->out, buf, (size_t)n, c->opts, false);
	else
		ltr_print_quoted(c->out, buf, limit, c->opts, true);
}

void ltr_print_str(struct ltr_call *c, uint64_t addr, unsigned limit)
{
	print_cstr(c, addr, limit ? limit : c->opts->strsize);
}

int ltr_print_strn0(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	size_t strsize = c->opts->strsize;
	/* one byte past -s, as strace reads, so that a string of -s bytes ends */
	size_t n = len < (uint64_t)strsize + 1 ? (size_t)len : strsize + 1;
	char stackbuf[STACK_STR_MAX];
	char *buf = n + 1 <= sizeof(stackbuf) ? stackbuf : scratch(n + 1);
	bool terminated = false;
	ssize_t got = 0;

	if (!addr) {
		ltr_sb_append(c->out, "NULL", 4);
		return -1;
	}
	if (n)
		got = ltr_mem_read_str(c->mem, addr, buf, n, &terminated);
	if (got < 0 || (!terminated && (size_t)got < n)) {
		ltr_print_addr(c->out, addr);
		return -1;
	}
	if (terminated) {
		ltr_print_quoted(c->out, buf, (size_t)got, c->opts, false);
		return (int)got + 1;
	}
	ltr_print_quoted(c->out, buf, n > strsize ? strsize : n, c->opts, len > 0);
	return 0;
}

void ltr_print_path(struct ltr_call *c, uint64_t addr)
{
	print_cstr(c, addr, PATH_MAX - 1);
}

static void print_buf_style(struct ltr_call *c, uint64_t addr, uint64_t len,
			    unsigned xflag)
{
	char stackbuf[STACK_STR_MAX];
	size_t n = len < c->opts->strsize ? (size_t)len : c->opts->strsize;
	/* strace reads one byte past -s when there is more: all must be there */
	size_t want = len > n ? n + 1 : n;
	char *buf = want <= sizeof(stackbuf) ? stackbuf : scratch(want);

	if (!addr) {
		ltr_sb_append(c->out, "NULL", 4);
		return;
	}
	if (want && ltr_mem_read(c->mem, addr, buf, want) < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	quote_style(c->out, buf, n, xflag, len > n);
}

void ltr_print_buf(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	print_buf_style(c, addr, len, c->opts->xflag);
}

void ltr_print_buf_hex(struct ltr_call *c, uint64_t addr, uint64_t len)
{
	print_buf_style(c, addr, len, LTR_XFLAG_ALL);
}

/* The pid a pidfd refers to, from /proc/TID/fdinfo/FD ("Pid:\tN"), or -1. */
long ltr_pidfd_pid(pid_t tid, int fd)
{
	char path[320], rest[32], line[128];
	long target = -1;
	FILE *f;

	snprintf(rest, sizeof(rest), "fdinfo/%d", fd);
	if (ltr_pidns_proc_path(tid, rest, path, sizeof(path)) < 0)
		return -1;
	f = fopen(path, "re");
	if (!f)
		return -1;
	while (fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "Pid:\t", 5)) {
			target = strtol(line + 5, NULL, 10);
			break;
		}
	}
	fclose(f);
	return target;
}

/* decode-fds=path: "</etc/passwd>", "<path>(deleted)" for unlinked files. */
static void print_path_link(struct ltr_call *c, const char *path, size_t len, bool deleted)
{
	ltr_sb_putc(c->out, '<');
	quote_body(c->out, path, len, c->opts->xflag, true);
	ltr_sb_putc(c->out, '>');
	if (deleted)
		ltr_sb_puts(c->out, "(deleted)");
}

/*
 * What -e decode-fds= shows after a descriptor looked up with
 * ltr_fdinfo_lookup(), in strace's order, each part only when its bit is
 * set: a socket's endpoints ("<TCP:[...]>", or its link where ltr does not
 * resolve the protocol), a device's numbers ("</dev/null<char 1:3>>"), a
 * pidfd's process ("<pid:1234>"), else the path.
 */
void ltr_print_fd(struct ltr_call *c, int fd)
{
	unsigned bits = c->opts->decode_fds;
	struct ltr_fdinfo fi;
	unsigned what = 0;

	ltr_sb_put_dec(c->out, fd);
	if (!bits || fd < 0)
		return;
	if (bits & LTR_FD_SOCKET)
		what |= LTR_FDINFO_SOCKET;
	if (bits & LTR_FD_DEV)
		what |= LTR_FDINFO_STAT;
	if (ltr_fdinfo_lookup(c->tid, fd, what, &fi) != 0)
		return;
	if ((bits & LTR_FD_SOCKET) && fi.kind == LTR_FDK_SOCKET) {
		ltr_sb_putc(c->out, '<');
		if (fi.have_sock)
			ltr_sockinfo_format(c->out, &fi.sock, fi.inode, c->opts->xflag);
		else
			ltr_sb_append(c->out, fi.link, fi.link_len);
		ltr_sb_putc(c->out, '>');
		return;
	}
	if ((bits & LTR_FD_DEV) && fi.kind == LTR_FDK_DEV && !fi.deleted) {
		ltr_sb_putc(c->out, '<');
		quote_body(c->out, fi.link, fi.link_len, c->opts->xflag, true);
		ltr_sb_printf(c->out, "<%s %u:%u>>", fi.block ? "block" : "char", fi.major,
			      fi.minor);
		return;
	}
	if ((bits & LTR_FD_PIDFD) && fi.kind == LTR_FDK_ANON &&
	    !strcmp(fi.link, "anon_inode:[pidfd]")) {
		long pid = ltr_pidfd_pid(c->tid, fd);

		if (pid > 0)
			ltr_sb_printf(c->out, "<pid:%ld>", pid);
		else
			ltr_sb_printf(c->out, "<%s>", fi.link);
		return;
	}
	if (bits & LTR_FD_PATH)
		print_path_link(c, fi.link, fi.link_len, fi.deleted);
}

void ltr_print_dirfd(struct ltr_call *c, int fd)
{
	char path[PATH_MAX];
	bool deleted;
	ssize_t n;

	if (fd != -100) {
		ltr_print_fd(c, fd);
		return;
	}
	ltr_print_xlat(c->out, (uint64_t)-100, LTR_XF_DEC, "AT_FDCWD");
	if (!(c->opts->decode_fds & LTR_FD_PATH))
		return;
	n = ltr_fdinfo_cwd(c->tid, path, &deleted);
	if (n > 0)
		print_path_link(c, path, (size_t)n, deleted);
}

bool ltr_fetch_quiet(const struct ltr_call *c, uint64_t addr, void *dst, size_t size)
{
	/* -e verbose= leaves this call's structures at their addresses */
	return addr && ltr_call_verbose(c) && ltr_mem_read(c->mem, addr, dst, size) == 0;
}

bool ltr_fetch(struct ltr_call *c, uint64_t addr, void *dst, unsigned size)
{
	if (ltr_fetch_quiet(c, addr, dst, size))
		return true;
	ltr_print_addr(c->out, addr);
	return false;
}

/* --- generic argument printers (argtypes.h) --- */

void ltr_print_arg_int(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_dec(c->out, ltr_call_arg_int(c, idx));
}

/* --- A_XVAL(NAME), A_FLAGS(NAME): arguments printed from a table --- */

/*
 * The table the row names for argument idx (its arch's list), and the
 * argument as the kernel reads it: an int (param 0) or the tracee's
 * unsigned long (param 1, the _LONG forms). NULL when the row names none
 * (a decoder calling the printer for another row's argument).
 */
static const struct ltr_xlat_table *arg_table(const struct ltr_call *c, unsigned idx,
					      uint64_t *val)
{
	const struct ltr_argspec *spec = c->desc ? &c->desc->args[idx] : NULL;
	const struct ltr_xlat_table *t =
		spec && spec->xlat ? ltr_xlat_for_arch(spec->xlat, c->arch) : NULL;

	*val = spec && spec->param ? ltr_arg_word(c, idx) : (uint32_t)c->args[idx];
	/* a signed int's list (format=dec): compared and printed sign-extended */
	if (t && !spec->param && t->fmt == LTR_XF_DEC)
		*val = (uint64_t)(int64_t)(int32_t)*val;
	return t;
}

void ltr_print_arg_xval(struct ltr_call *c, unsigned idx)
{
	uint64_t val;
	const struct ltr_xlat_table *t = arg_table(c, idx, &val);

	if (!t) {
		ltr_print_xlat_val(c->out, val, LTR_XF_HEX);
		return;
	}
	ltr_print_xval_fmt(c->out, t, val, (enum ltr_xlat_fmt)t->fmt, t->unknown);
}

void ltr_print_arg_flags(struct ltr_call *c, unsigned idx)
{
	uint64_t val;
	const struct ltr_xlat_table *t = arg_table(c, idx, &val);

	if (!t) {
		ltr_print_xlat_val(c->out, val, LTR_XF_HEX);
		return;
	}
	ltr_print_flags_dflt(c->out, t, val, NULL, t->unknown);
}

/* --- -Y: process ids with their command names --- */

void ltr_proc_comm(pid_t pid, char *buf, size_t size)
{
	char path[32];
	ssize_t n;
	int fd;

	buf[0] = '\0';
	if (pid <= 0 || size < 2)
		return;
	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	/* strace keeps 15 bytes (the kernel's TASK_COMM_LEN less the NUL) */
	n = read(fd, buf, size - 1 < 15 ? size - 1 : 15);
	close(fd);
	if (n <= 0)
		return;
	buf[n] = '\0';
	while (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
}

void ltr_print_comm(struct ltr_strbuf *out, const char *comm, unsigned xflag)
{
	size_t len = strlen(comm);

	if (!len)
		return;
	ltr_sb_putc(out, '<');
	quote_body(out, comm, len, xflag, true);
	ltr_sb_putc(out, '>');
}

void ltr_print_pid_in(struct ltr_strbuf *out, int pid, enum ltr_pid_type type, pid_t tid,
		      const struct ltr_decode_opts *opts)
{
	bool comm = opts && opts->pid_comm && (type == LTR_PT_TGID || type == LTR_PT_TID);
	int ours, proc_pid = 0;

	ltr_sb_put_dec(out, pid);
	if (pid <= 0 || !opts || !(comm || opts->pidns))
		return;
	/* the name and the comment are of the process ltr sees under that id */
	ours = ltr_pidns_translate_proc(tid, pid, type, comm ? &proc_pid : NULL);
	if (ours <= 0)
		return;
	if (comm) {
		char name[16];

		ltr_proc_comm(proc_pid, name, sizeof(name));
		ltr_print_comm(out, name, opts->xflag);
	}
	if (opts->pidns && ours != pid)
		ltr_sb_printf(out, " /* %d in strace's PID NS */", ours);
}

void ltr_print_pid(struct ltr_call *c, int pid)
{
	ltr_print_pid_in(c->out, pid, LTR_PT_TGID, c->tid, c->opts);
}

void ltr_print_pid_type(struct ltr_call *c, int pid, enum ltr_pid_type type)
{
	ltr_print_pid_in(c->out, pid, type, c->tid, c->opts);
}

void ltr_print_pid_or_pgrp(struct ltr_call *c, int pid)
{
	if (pid < -1) {
		/* -PGID: the group translated, the minus kept outside */
		ltr_sb_putc(c->out, '-');
		ltr_print_pid_type(c, -pid, LTR_PT_PGID);
	} else {
		ltr_print_pid(c, pid);
	}
}

void ltr_print_arg_pid(struct ltr_call *c, unsigned idx)
{
	int pid = ltr_call_arg_int(c, idx);
	uint8_t param = c->desc ? c->desc->args[idx].param : 0;

	if (param == LTR_PID_ARG_OR_PGRP)
		ltr_print_pid_or_pgrp(c, pid);
	else
		ltr_print_pid_type(c, pid, (enum ltr_pid_type)param);
}

void ltr_print_arg_uint(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_udec(c->out, (uint32_t)c->args[idx]);
}

void ltr_print_arg_uint_hex(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_hex(c->out, (uint32_t)c->args[idx]);
}

void ltr_print_arg_long(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_dec(c->out, ltr_call_arg_long(c, idx));
}

/*
 * A loff_t: on a 32-bit tracee, slots idx and idx + 1 (low word first);
 * unsigned with param 1 (truncate64's length, as strace prints it).
 */
void ltr_print_arg_loff(struct ltr_call *c, unsigned idx)
{
	int64_t v = ltr_wordsize(c) == 4 ? ltr_arg_pair64(c, idx) : (int64_t)c->args[idx];

	if (c->desc && c->desc->args[idx].param)
		ltr_sb_put_udec(c->out, (uint64_t)v);
	else
		ltr_sb_put_dec(c->out, v);
}

void ltr_print_arg_ulong(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_udec(c->out, ltr_word_mask(c, c->args[idx]));
}

void ltr_print_arg_hex(struct ltr_call *c, unsigned idx)
{
	ltr_sb_put_hex(c->out, ltr_word_mask(c, c->args[idx]));
}

void ltr_print_arg_oct(struct ltr_call *c, unsigned idx)
{
	ltr_sb_printf(c->out, "%#03llo", (unsigned long long)ltr_word_mask(c, c->args[idx]));
}

void ltr_print_arg_ptr(struct ltr_call *c, unsigned idx)
{
	ltr_print_addr(c->out, ltr_word_mask(c, c->args[idx]));
}

void ltr_print_arg_fd(struct ltr_call *c, unsigned idx)
{
	ltr_print_fd(c, ltr_call_arg_int(c, idx));
}

void ltr_print_arg_dirfd(struct ltr_call *c, unsigned idx)
{
	ltr_print_dirfd(c, ltr_call_arg_int(c, idx));
}

void ltr_print_arg_path(struct ltr_call *c, unsigned idx)
{
	ltr_print_path(c, ltr_word_mask(c, c->args[idx]));
}

/* symlink's target prints as a path; only its meaning differs (path.c). */
void ltr_print_arg_link_target(struct ltr_call *c, unsigned idx)
{
	ltr_print_path(c, ltr_word_mask(c, c->args[idx]));
}

void ltr_print_arg_str(struct ltr_call *c, unsigned idx)
{
	ltr_print_str(c, ltr_word_mask(c, c->args[idx]), 0);
}

/* The length argument of a buffer: a size_t of the tracee. */
static uint64_t len_arg(const struct ltr_call *c, unsigned idx)
{
	return ltr_word_mask(c, c->args[c->desc ? c->desc->args[idx].param : 0]);
}

void ltr_print_arg_buf_in(struct ltr_call *c, unsigned idx)
{
	ltr_print_buf(c, ltr_word_mask(c, c->args[idx]), len_arg(c, idx));
}

void ltr_print_arg_buf_out(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);

	if (!c->exiting || ltr_call_failed(c))
		ltr_print_addr(c->out, addr);
	else
		ltr_print_buf(c, addr, ltr_word_mask(c, (uint64_t)c->ret));
}

void ltr_print_arg_buf_out_hex(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);

	if (!c->exiting || ltr_call_failed(c))
		ltr_print_addr(c->out, addr);
	else
		ltr_print_buf_hex(c, addr, ltr_word_mask(c, (uint64_t)c->ret));
}

bool ltr_print_out_failed(struct ltr_call *c, unsigned idx)
{
	if (c->exiting && ltr_call_failed(c) && c->desc && c->desc->args[idx].at_exit) {
		ltr_print_addr(c->out, ltr_word_mask(c, c->args[idx]));
		return true;
	}
	return false;
}

/*
 * An int the kernel stores, at exit: "[0]", NULL, or the address when the
 * call failed (timer_create's timer id, getcpu's cpu and node).
 */
void ltr_print_arg_int_out(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned char buf[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4))
		return;
	ltr_sb_printf(c->out, "[%d]", (int)(int32_t)ltr_get_u32(buf));
}

/*
 * The bytes [start, total) of a structure at addr beyond the fields a
 * printer knows (a newer kernel's or a hostile size): nothing when they
 * are all zero, prefix then "???" when they cannot be read, else prefix
 * then their offsets in a comment and the bytes in hex, cut at -s
 * (strace's print_nonzero_bytes). total is capped at a page, as strace
 * reads no more. Returns whether it printed.
 */
bool ltr_print_nonzero_bytes(struct ltr_call *c, const char *prefix, uint64_t addr,
			     unsigned start, uint64_t total)
{
	char *buf;
	unsigned len, shown, i;

	if (total > LTR_NONZERO_MAX)
		total = LTR_NONZERO_MAX;
	if (start >= total)
		return false;
	len = (unsigned)total - start;
	buf = scratch(len);
	if (!ltr_fetch_quiet(c, addr + start, buf, len)) {
		ltr_sb_puts(c->out, prefix);
		ltr_sb_puts(c->out, "???");
		return true;
	}
	for (i = 0; i < len && !buf[i]; i++)
		;
	if (i == len)
		return false;
	shown = len < c->opts->strsize ? len : c->opts->strsize;
	ltr_sb_puts(c->out, prefix);
	ltr_sb_printf(c->out, "/* bytes %u..%u */ ", start, (unsigned)total - 1);
	ltr_print_quoted_hex(c->out, buf, shown, shown < len);
	return true;
}

/* See decoders.h. */
void ltr_print_fd_pair(struct ltr_call *c, const int32_t fds[2])
{
	uint64_t max = ltr_array_max(c);

	ltr_sb_putc(c->out, '[');
	if (max == 0) {
		ltr_sb_puts(c->out, "...]"); /* -s 0, as strace's arrays */
		return;
	}
	ltr_print_fd(c, fds[0]);
	ltr_sb_puts(c->out, max == 1 ? ", ...]" : ", ");
	if (max == 1)
		return;
	ltr_print_fd(c, fds[1]);
	ltr_sb_putc(c->out, ']');
}

/*
 * ltr_print_array() and ltr_print_array_any() (see decoders.h): any
 * reads the elements of a failed call at exit too.
 */
static bool print_array(struct ltr_call *c, uint64_t addr, uint64_t nmemb, unsigned elem_size,
			ltr_elem_printer *print, void *data, bool any)
{
	unsigned char elem[LTR_ARRAY_ELEM_MAX];
	uint64_t i, max = ltr_array_max(c), end;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return false;
	}
	if (!nmemb) {
		ltr_sb_puts(c->out, "[]");
		return false;
	}
	end = addr + nmemb * elem_size;
	if (elem_size > sizeof(elem) || nmemb > UINT64_MAX / elem_size || end <= addr) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	for (i = 0; i < nmemb; i++) {
		uint64_t cur = addr + i * elem_size;

		if (i)
			ltr_sb_puts(c->out, ", ");
		/* at exit, a failed call's arrays are not read (strace's tfetch_mem) */
		if ((!any && c->exiting && ltr_call_failed(c)) ||
		    !ltr_fetch_quiet(c, cur, elem, elem_size)) {
			if (!i) {
				ltr_print_addr(c->out, cur);
				return false;
			}
			ltr_sb_printf(c->out, "... /* %#llx */]", (unsigned long long)cur);
			return false;
		}
		if (!i)
			ltr_sb_putc(c->out, '[');
		if (i >= max) {
			ltr_sb_puts(c->out, "...]");
			return false;
		}
		if (!print(c, elem, elem_size, data)) {
			ltr_sb_putc(c->out, ']');
			return false;
		}
	}
	ltr_sb_putc(c->out, ']');
	return true;
}

bool ltr_print_array(struct ltr_call *c, uint64_t addr, uint64_t nmemb,
		     unsigned elem_size, ltr_elem_printer *print, void *data)
{
	return print_array(c, addr, nmemb, elem_size, print, data, false);
}

bool ltr_print_array_any(struct ltr_call *c, uint64_t addr, uint64_t nmemb,
			 unsigned elem_size, ltr_elem_printer *print, void *data)
{
	return print_array(c, addr, nmemb, elem_size, print, data, true);
}

/*
 * A word the kernel stores (the tracee's long or pointer), at exit:
 * "[0x7f...]" for an address (param 0), "[24]" for an unsigned long
 * (param 1); NULL, or the address when the call failed
 * (get_robust_list's head and length).
 */
void ltr_print_arg_word_out(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[8];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, ws))
		return;
	ltr_sb_putc(c->out, '[');
	if (c->desc && c->desc->args[idx].param)
		ltr_sb_put_udec(c->out, ltr_get_uword(buf, ws));
	else
		ltr_print_addr(c->out, ltr_get_uword(buf, ws));
	ltr_sb_putc(c->out, ']');
}
