/* SPDX-License-Identifier: MIT */
/*
 * Printing helpers shared by the decoders in src/decode/, and the entry
 * points the core uses to format a call. Output matches strace 6.1.
 */
#ifndef LTR_DECODE_H
#define LTR_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ltr/pidns.h"
#include "ltr/strbuf.h"
#include "ltr/syscall.h"
#include "ltr/xlat.h"

/* --- used by the core --- */

/* Prints the arguments available at entry: "name(arg, arg, " ... */
void ltr_decode_entry(struct ltr_call *c);

/*
 * i386's socketcall and ipc (src/decode/demux.c). At the entry stop, for
 * a row flagged LTR_SF_MULTIPLEX: makes c the call it stands for
 * (c->mux, c->desc, c->args, c->sel_nr, c->dflags), or leaves it as it is.
 */
void ltr_demux_entry(struct ltr_call *c);
/* fn(sub_nr, ctx) for each other number a call nr of arch may be judged by. */
void ltr_demux_subcalls(const struct ltr_arch *arch, long nr, void (*fn)(long sub_nr, void *ctx),
			void *ctx);
/*
 * A hook changed the arguments of a resolved call (LTR_MOD_ARGS): for
 * ipc, fills regs with the registers that carry them and returns true;
 * for socketcall writes them into its array (regs: the registers as they
 * are) and returns false.
 */
bool ltr_demux_apply_args(struct ltr_call *c, uint64_t regs[6]);
/* At the exit stop: puts back socketcall's array if a hook changed it. */
void ltr_demux_restore(struct ltr_call *c);
/* Prints the remaining arguments and ")" at exit (not the return value). */
void ltr_decode_exit(struct ltr_call *c);
/* Prints " = value" with strace's errno text, after padding to column 40
 * (col is the current column of the line). */
void ltr_decode_retval(struct ltr_call *c, unsigned col);
/* The same with "= " at column instead of 40 (strace's -a). */
void ltr_decode_retval_at(struct ltr_call *c, unsigned col, unsigned column);

/*
 * Compiles the syscall sets of -e abbrev=, -e verbose= and -e raw= (NULL:
 * strace's defaults, all, all and none) into a table of LTR_CALL_* flags
 * per syscall, read at each entry with ltr_decode_call_flags(). Returns 0,
 * or -1 with strace's message in err.
 */
int ltr_decode_set_call_flags(const char *abbrev, const char *verbose, const char *raw,
			      char *err, size_t errlen);
/* The LTR_CALL_* flags of syscall nr of arch (0 when no set was given). */
unsigned ltr_decode_call_flags(const struct ltr_arch *arch, long nr);

/* --- helpers for printers --- */

/*
 * Whether the call's structures, arrays and environments are abbreviated
 * (strace's abbrev(tcp)): -e abbrev= holds the call and neither -v nor
 * Lua's ltr.printer.verbose turned abbreviation off.
 */
static inline bool ltr_call_abbrev(const struct ltr_call *c)
{
	return !(c->dflags & LTR_CALL_NOABBREV) && !(c->opts && c->opts->verbose);
}

/*
 * How many elements of an array the call shows before "...": -s's
 * (strsize) when abbreviated, all of them otherwise, as strace.
 */
static inline uint64_t ltr_array_max(const struct ltr_call *c)
{
	return ltr_call_abbrev(c) ? c->opts->strsize : UINT64_MAX;
}

/*
 * Whether the call's pointers to structures are followed at all
 * (strace's verbose(tcp), -e verbose=): when not, they print as
 * addresses; strings are still read.
 */
static inline bool ltr_call_verbose(const struct ltr_call *c)
{
	return !(c->dflags & LTR_CALL_NODEREF);
}

/* Separator before argument idx (", " unless idx is the first printed). */
void ltr_print_sep(struct ltr_call *c, unsigned idx);
/* NULL or 0x... */
void ltr_print_addr(struct ltr_strbuf *out, uint64_t addr);
/*
 * A quoted string from bytes, strace style: escapes \t \n \v \f \r, \" \\,
 * other non-printable bytes as octal (\0, \33, \177) or hex under -x, all
 * bytes hex under -xx. When truncated is set, appends "..." after the
 * closing quote.
 */
void ltr_print_quoted(struct ltr_strbuf *out, const char *bytes, size_t len,
		      const struct ltr_decode_opts *opts, bool truncated);
/*
 * The NUL-terminated string at addr: quoted and cut at opts->strsize
 * (paths: limit 0 = PATH_MAX, never cut). Unreadable memory prints the
 * address; NULL prints NULL.
 */
void ltr_print_str(struct ltr_call *c, uint64_t addr, unsigned limit);
void ltr_print_path(struct ltr_call *c, uint64_t addr);
/* len bytes at addr as a quoted buffer cut at opts->strsize. */
void ltr_print_buf(struct ltr_call *c, uint64_t addr, uint64_t len);
/* A descriptor: number, and <path> under -y. */
void ltr_print_fd(struct ltr_call *c, int fd);
/*
 * A process or thread id as strace prints one: decimal, and under -Y
 * (opts->pid_comm) "<comm>" from /proc/PID/comm when pid > 0 and the
 * process exists (processes and threads only: groups and sessions print
 * as plain numbers); the comm is escaped as -y paths are. Under
 * --pidns-translation (opts->pidns), an id that the thread tid (of
 * ltr's namespace) sees in another pid namespace is followed by
 * " /\* N in strace's PID NS *\/", N its id in ltr's (strace's words).
 * ltr_print_pid() is for a process (LTR_PT_TGID), ltr_print_pid_or_pgrp()
 * for kill's and wait4's pid (-PGID for a group, as strace's
 * printpid_tgid_pgid).
 */
void ltr_print_pid(struct ltr_call *c, int pid);
void ltr_print_pid_type(struct ltr_call *c, int pid, enum ltr_pid_type type);
void ltr_print_pid_or_pgrp(struct ltr_call *c, int pid);
void ltr_print_pid_in(struct ltr_strbuf *out, int pid, enum ltr_pid_type type, pid_t tid,
		      const struct ltr_decode_opts *opts);
/* "<comm>" escaped as -y paths are (xflag: -x, -xx); nothing for "". */
void ltr_print_comm(struct ltr_strbuf *out, const char *comm, unsigned xflag);
/*
 * The command name of pid from /proc/PID/comm, at most 15 bytes as strace
 * keeps it, without the newline; "" when pid is gone. size >= 2.
 */
void ltr_proc_comm(pid_t pid, char *buf, size_t size);
/* Signal and errno names. */
const char *ltr_signal_name(int sig);   /* "SIGINT", "SIGRT_3"; NULL if unknown */
int ltr_signal_number(const char *name); /* "SIGINT" or "INT", any case: 2; -1 if unknown */
const char *ltr_errno_name(int err);    /* "ENOENT", NULL if unknown */
/*
 * Reads a struct of size bytes; on failure prints the address and returns
 * false. A call -e verbose= leaves out is not dereferenced: its
 * structures, arrays and pointers to numbers print as addresses (strings
 * and data buffers are still read).
 */
bool ltr_fetch(struct ltr_call *c, uint64_t addr, void *dst, unsigned size);
/* The same without printing anything: false for NULL too. */
bool ltr_fetch_quiet(const struct ltr_call *c, uint64_t addr, void *dst, size_t size);

/*
 * The body of a "--- SIGNAME {...} ---" line for a signal delivered to a
 * tracee: "SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=42, ...}"
 * exactly as strace prints it (without the dashes).
 */
#include <signal.h>
void ltr_print_siginfo(struct ltr_strbuf *out, const siginfo_t *si);
/* the same for the thread tid (ltr's id), whose pid namespace si_pid is of */
void ltr_print_siginfo_of(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid);

/* Generic printers usable in syscalls.def rows (see src/decode/argtypes.h). */
ltr_arg_printer ltr_print_arg_int, ltr_print_arg_uint, ltr_print_arg_uint_hex, ltr_print_arg_long,
	ltr_print_arg_loff,
	ltr_print_arg_ulong, ltr_print_arg_hex, ltr_print_arg_oct,
	ltr_print_arg_ptr, ltr_print_arg_fd, ltr_print_arg_dirfd,
	ltr_print_arg_path, ltr_print_arg_str, ltr_print_arg_buf_in,
	ltr_print_arg_buf_out, ltr_print_arg_link_target, ltr_print_arg_pid;
/*
 * A_XVAL(NAME) and A_FLAGS(NAME): the argument as a value or as flags of
 * the table its argspec names (ltr_print_xval_fmt(), ltr_print_flags_dflt()
 * with the list's unknown text and number format, the call's arch's list).
 */
ltr_arg_printer ltr_print_arg_xval, ltr_print_arg_flags;


/* --- added by print.c (append-only) --- */
/* Like ltr_print_quoted, every byte as \xNN whatever -x says (getrandom). */
void ltr_print_quoted_hex(struct ltr_strbuf *out, const char *bytes, size_t len,
			  bool truncated);
/*
 * The quoted text of a call strace composes for a value (the "lo" of
 * if_nametoindex("lo"), the "127.0.0.1" of inet_addr("127.0.0.1")): a
 * string like any other to -xx, which prints it all in \xNN. Into buf
 * (at most size bytes, NUL-terminated); returns buf.
 */
const char *ltr_format_text_literal(char *buf, size_t size, const char *text);
/* Like ltr_print_buf, every byte as \xNN. */
void ltr_print_buf_hex(struct ltr_call *c, uint64_t addr, uint64_t len);
/* A directory descriptor: AT_FDCWD (with <cwd> under -y) or ltr_print_fd. */
void ltr_print_dirfd(struct ltr_call *c, int fd);
/* A_BUF_OUT printed in hex (getrandom's buffer, as strace prints it). */
ltr_arg_printer ltr_print_arg_buf_out_hex;

/* --- added by split.c (append-only) --- */
#include <stddef.h>
/*
 * Splits an argument list as the decoders print it (the text between the
 * parentheses) at its top-level ", " separators: those outside "strings"
 * (with \ escapes), [], {}, (), C comments and -y <paths>. Stores
 * the offset and length of the first 6 arguments and returns how many
 * arguments there are (may exceed 6). A trailing ", " (an entry line whose
 * output arguments are still to come) ends the list.
 */
int ltr_decode_split_args(const char *text, size_t len, size_t start[6], size_t length[6]);
/*
 * Iterator form: the argument starting at pos ends at pos + *arg_len;
 * returns where the next one starts, or len when it was the last.
 */
size_t ltr_decode_split_next(const char *text, size_t len, size_t pos, size_t *arg_len);
/*
 * Finds the argument list in a whole formatted line ("name(args) = ret",
 * or an entry line "name(args, "): returns its offset and stores its
 * length in *args_len (0 when the line has no '(').
 */
size_t ltr_decode_args_span(const char *line, size_t len, size_t *args_len);

/* --- added by kvm.c (append-only) --- */
/* -e kvm=vcpu: KVM_RUN's line ends with its exit reason, " (KVM_EXIT_IO)". */
void ltr_kvm_set_vcpu(bool on);

#endif
