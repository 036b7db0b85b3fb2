/* SPDX-License-Identifier: MIT */
/*
 * What ltr knows about one syscall (struct ltr_syscall_desc, one row of
 * src/decode/syscalls.def) and about one call being decoded (struct
 * ltr_call: a syscall made by one thread, from entry to exit).
 */
#ifndef LTR_SYSCALL_H
#define LTR_SYSCALL_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "ltr/strbuf.h"
#include "ltr/xlat.h"

struct ltr_arch;
struct ltr_call;
struct ltr_mem;

/* strace's syscall classes (-e trace=%CLASS). */
enum {
	LTR_CLASS_FILE = 1u << 0,       /* %file */
	LTR_CLASS_PROCESS = 1u << 1,    /* %process */
	LTR_CLASS_NET = 1u << 2,        /* %net (%network) */
	LTR_CLASS_SIGNAL = 1u << 3,     /* %signal */
	LTR_CLASS_IPC = 1u << 4,        /* %ipc */
	LTR_CLASS_DESC = 1u << 5,       /* %desc */
	LTR_CLASS_MEMORY = 1u << 6,     /* %memory */
	LTR_CLASS_CREDS = 1u << 7,      /* %creds */
	LTR_CLASS_STAT = 1u << 8,       /* %stat */
	LTR_CLASS_LSTAT = 1u << 9,      /* %lstat */
	LTR_CLASS_FSTAT = 1u << 10,     /* %fstat */
	LTR_CLASS_STAT_LIKE = 1u << 11, /* %%stat */
	LTR_CLASS_STATFS = 1u << 12,    /* %statfs */
	LTR_CLASS_FSTATFS = 1u << 13,   /* %fstatfs */
	LTR_CLASS_STATFS_LIKE = 1u << 14, /* %%statfs */
	LTR_CLASS_CLOCK = 1u << 15,     /* %clock */
	LTR_CLASS_PURE = 1u << 16,      /* %pure */
};
#define LTR_NCLASSES 17
/* Class names without '%', indexed by bit number ("file", ..., "%stat"). */
extern const char *const ltr_class_names[LTR_NCLASSES];

/* Behaviour flags of a syscall (struct ltr_syscall_desc.flags). */
enum {
	LTR_SF_NORETURN = 1u << 0,  /* exit, exit_group: prints "= ?" */
	LTR_SF_EXEC = 1u << 1,      /* execve, execveat */
	/*
	 * -e read= / -e write= (src/decode/dump.c): the call reads data from
	 * (READ) or writes data to (WRITE) its descriptor, argument 0. The
	 * data is a buffer at argument 1 (its length argument 2 for writes,
	 * the return value for reads), or with a shape flag an iovec array
	 * at argument 1 (count argument 2), a struct msghdr at argument 1,
	 * or an array of struct mmsghdr at argument 1 (one per message the
	 * return value counts).
	 */
	LTR_SF_DUMP_READ = 1u << 2,
	LTR_SF_DUMP_WRITE = 1u << 3,
	LTR_SF_DUMP_IOV = 1u << 4,
	LTR_SF_DUMP_MSGHDR = 1u << 5,
	LTR_SF_DUMP_MMSGHDR = 1u << 6,
	/*
	 * socketcall, ipc: the call stands for the one its first argument
	 * names (sendto, semget ...), and the core resolves it into that
	 * one at entry (src/decode/demux.c, struct ltr_mux), before any
	 * consumer sees it.
	 */
	LTR_SF_MULTIPLEX = 1u << 7,
};

/* How the return value is printed. */
enum ltr_retkind {
	LTR_RET_DEC = 0,  /* signed decimal; -1 ERRNO (msg) on error */
	LTR_RET_UDEC,     /* unsigned decimal */
	LTR_RET_HEX,      /* 0x... (mmap, brk) */
	LTR_RET_OCT,      /* 0nnn (umask) */
	LTR_RET_FD,       /* descriptor: decimal, with <path> under -y */
	LTR_RET_NONE,     /* never returns normally: "= ?" */
	LTR_RET_PID,      /* a process id: decimal, 42<comm> under -Y */
	LTR_RET_TID,      /* a thread id (gettid, clone), as LTR_RET_PID */
	LTR_RET_PGID,     /* a process group id: decimal (translated, never a comm) */
	LTR_RET_SID,      /* a session id: as LTR_RET_PGID */
	LTR_RET_CUSTOM,   /* decoder fills ltr_call.ret_text (the last kind) */
};

/*
 * Prints argument idx (0-based) of a call into c->out. Printers read
 * c->args[idx] and, for pointers, tracee memory through c->mem. They never
 * fail: unreadable memory prints the address as strace does.
 */
typedef void ltr_arg_printer(struct ltr_call *c, unsigned idx);

struct ltr_xlat_table;

struct ltr_argspec {
	ltr_arg_printer *print;  /* NULL: the argument is not printed */
	uint8_t at_exit;         /* printed at syscall exit (output arguments) */
	uint8_t param;           /* printer-specific, e.g. index of a length arg */
	/* the table of A_FLAGS(NAME) and A_XVAL(NAME) (src/decode/argtypes.h) */
	const struct ltr_xlat_table *xlat;
};

/*
 * A custom decoder, for calls whose shape depends on their arguments
 * (fcntl, ioctl, ...). Called at entry (c->exiting false) and exit. It
 * prints what it can at each and keeps state in c->saved / c->next_arg.
 * Rows without one are printed from argspecs by the generic decoder.
 */
typedef void ltr_decoder(struct ltr_call *c);

struct ltr_syscall_desc {
	const char *name;
	uint8_t nargs;
	uint8_t ret;        /* enum ltr_retkind */
	uint16_t flags;     /* LTR_SF_* */
	uint32_t classes;   /* LTR_CLASS_* */
	ltr_decoder *decode;
	struct ltr_argspec args[6];
};

/* All rows of syscalls.def, sorted by name. */
extern const struct ltr_syscall_desc ltr_syscall_descs[];
extern const unsigned ltr_syscall_ndescs;
/* The row named name, or NULL. */
const struct ltr_syscall_desc *ltr_syscall_desc_find(const char *name);

/* --strings-in-hex (struct ltr_decode_opts.xflag). */
enum {
	LTR_XFLAG_NONE = 0,
	LTR_XFLAG_NON_ASCII = 1,       /* -x: a string with such a byte all in \xNN */
	LTR_XFLAG_ALL = 2,             /* -xx: every string all in \xNN */
	LTR_XFLAG_NON_ASCII_CHARS = 3, /* =non-ascii-chars: those bytes alone in \xNN */
};

/* -e decode-fds=SET (struct ltr_decode_opts.decode_fds; -y: path; -yy: all). */
enum {
	LTR_FD_PATH = 1u << 0,   /* 3</etc/passwd> */
	LTR_FD_SOCKET = 1u << 1, /* 3<TCP:[127.0.0.1:80->127.0.0.1:41234]>, 3<socket:[N]> */
	LTR_FD_DEV = 1u << 2,    /* 0</dev/null<char 1:3>> */
	LTR_FD_PIDFD = 1u << 3,  /* 3<pid:1234> */
	LTR_FD_ALL = 0xf,
};

/* Options that change how arguments print (from the command line). */
struct ltr_decode_opts {
	unsigned strsize;    /* --strsize: max bytes of string data shown */
	bool verbose;        /* -v: unabbreviated structs, envp in full */
	unsigned xflag;      /* LTR_XFLAG_*: -x, -xx, --strings-in-hex= */
	unsigned decode_fds; /* LTR_FD_*: what descriptors show (-y, -yy, -e decode-fds=) */
	enum ltr_xlat_style xlat_style; /* -X: named constants as names, numbers or both */
	bool pid_comm;       /* -Y: process ids as "1234<comm>" */
	bool pidns;          /* --pidns-translation: ids of another pid namespace
			      * followed by ltr's id for them in a comment */
};

/*
 * How calls are decoded (every call's opts points here): from the command
 * line, changed by Lua's ltr.printer (strsize, verbose, fd_paths).
 */
extern struct ltr_decode_opts ltr_decode_opts;

/*
 * How a call ended (struct ltr_call.end): strace's -e status= words.
 * Set by the core: RETURNED at the exit stop; the others, before the
 * LTR_EV_UNRETURNED event, for calls that never gave a result.
 */
enum ltr_call_end {
	LTR_END_NONE = 0,     /* not ended: at entry, or still running */
	LTR_END_RETURNED,     /* returned: successful or failed, by ret */
	LTR_END_UNFINISHED,   /* its thread ended inside it ("= ?") */
	LTR_END_UNAVAILABLE,  /* returned, but its result could not be read */
	LTR_END_DETACHED,     /* ltr detached from the thread inside it */
};

/* One syscall made by one thread, from entry to exit. */
/*
 * A multiplexed call (LTR_SF_MULTIPLEX: i386's socketcall and ipc)
 * resolved into the call it stands for (src/decode/demux.c).
 */
struct ltr_mux {
	const struct ltr_syscall_desc *desc; /* socketcall's or ipc's row; NULL: none */
	uint64_t args[6];   /* its own arguments, as the registers hold them */
	uint64_t words[6];  /* socketcall: its array, as the tracee wrote it */
	unsigned nwords;    /* socketcall: the array's length in words */
	bool written;       /* socketcall: a hook changed the array (put back at exit) */
};

struct ltr_call {
	const struct ltr_arch *arch;
	const struct ltr_syscall_desc *desc; /* NULL for unknown numbers */
	long nr;           /* the number the kernel got (-n prints it) */
	/*
	 * The number selections judge the call by (-e trace=, hooks): nr,
	 * or for a resolved multiplexed call (mux.desc set; then desc and
	 * args are the resolved call's) that call's own number on this
	 * arch, or nr where the arch has none for it (i386's accept).
	 */
	long sel_nr;
	struct ltr_mux mux;
	uint64_t args[6];  /* zero-extended to 64 bits; 32-bit tracees: low 32 */
	int64_t ret;       /* the kernel's return value, sign-extended */
	bool exiting;      /* false while decoding entry, true at exit */
	pid_t pid;         /* thread group id */
	pid_t tid;
	const struct ltr_mem *mem;
	const struct ltr_decode_opts *opts;
	unsigned dflags;          /* LTR_CALL_*: -e abbrev=, verbose=, raw= for this call */
	struct ltr_strbuf *out;   /* where printers append */
	unsigned next_arg;        /* generic decoder: first argument not printed */
	uint8_t ret_kind;         /* enum ltr_retkind; decoders may change it */
	char ret_text[96];        /* LTR_RET_CUSTOM text, or a " (comment)" suffix */
	uint64_t saved[4];        /* decoder scratch kept from entry to exit */
	/* The thread's previous call (restart_syscall names it), or NULL. */
	const struct ltr_syscall_desc *prev_desc;
	uint64_t sp;              /* stack pointer at the entry stop (0: unknown);
				   * rt_sigreturn reads its signal frame there */

	/* Modifications asked for by scripts, applied by the tracer. */
	unsigned mods;            /* LTR_MOD_* */
	/* A printer filter (ltr.filter, -Z, -z) rejected the finished call. */
	bool rejected;
	/*
	 * Its entry stop could not be read (the thread was killed there):
	 * no number, no arguments; strace's "???(".
	 */
	bool unread;
	uint8_t end;              /* enum ltr_call_end */
	int64_t inject_ret;       /* kernel-style value (-errno for errors) the
				   * tracee sees for LTR_MOD_SKIP / LTR_MOD_RET */
	/*
	 * Asked by hooks for the end of the current stop, done by the core:
	 * hold the thread in it this long (call:delay(); the core parks the
	 * tracee and clears it), and deliver this signal as the stop ends
	 * (call:signal(); at a seccomp stop, which cannot carry one, at the
	 * call's exit stop instead).
	 */
	uint64_t delay_ns;
	int signal;
	/*
	 * Tracee memory overwritten for call:set_str(), restored at exit:
	 * [patch_addr, patch_addr + patch_len) held patch_saved before.
	 */
	uint64_t patch_addr;
	size_t patch_len;
	size_t patch_cap;
	uint8_t *patch_saved;     /* owned by the call, reused */

	/*
	 * A return suffix too long for ret_text (poll's revents array):
	 * when set, ltr_decode_retval calls it after the value of a call
	 * that did not fail, in place of appending ret_text; it appends to
	 * c->out and may read tracee memory (the thread is at its exit
	 * stop). Set by decoders at exit; ltr_decode_exit clears it first.
	 */
	void (*ret_suffix)(struct ltr_call *c);
};

/*
 * struct ltr_call.dflags: how this call is decoded, from the syscall sets
 * of -e abbrev=, -e verbose= and -e raw= (0, the default, is strace's
 * default: abbreviated, dereferenced, decoded). Set at entry from a table
 * built once per syscall number (ltr_decode_call_flags()).
 */
enum {
	LTR_CALL_NOABBREV = 1u << 0, /* not in -e abbrev=: structures in full */
	LTR_CALL_NODEREF = 1u << 1,  /* not in -e verbose=: structures as addresses */
	LTR_CALL_RAW = 1u << 2,      /* in -e raw=: arguments and result in hex */
};

/* struct ltr_call.mods */
enum {
	LTR_MOD_ARGS = 1u << 0,     /* args[] changed at entry */
	LTR_MOD_NR = 1u << 1,       /* nr changed at entry (another syscall runs) */
	LTR_MOD_SKIP = 1u << 2,     /* the syscall does not run; tracee sees inject_ret */
	LTR_MOD_RET = 1u << 3,      /* at exit, the tracee sees inject_ret */
	LTR_MOD_INJECTED = 1u << 4, /* print " (INJECTED)" after the return value */
	LTR_MOD_POKED = 1u << 5,    /* tracee memory written at an argument's address:
				     * " (INJECTED: args)" (call:poke()) */
	LTR_MOD_DELAYED = 1u << 6,  /* held in a stop by call:delay(): " (DELAYED)" */
	LTR_MOD_SUCCESS = 1u << 7,  /* the result is a success whatever its value
				     * (call:skip(ret, true): strace's retval=) */
};

/* True when the call failed: ret in [-4095, -1] (unless LTR_MOD_SUCCESS). */
bool ltr_call_failed(const struct ltr_call *c);
/* The argument as the tracee's C type sees it. */
int ltr_call_arg_int(const struct ltr_call *c, unsigned idx);
int64_t ltr_call_arg_long(const struct ltr_call *c, unsigned idx); /* sign-extends per wordsize */

#endif
