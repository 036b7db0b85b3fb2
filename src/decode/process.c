/* SPDX-License-Identifier: MIT */
/*
 * Processes: execve, clone, clone3, wait4, waitid, i386's thread areas,
 * uname, sysinfo, restart_syscall, personality, printed as
 * strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- execve --- */

/*
 * A NULL-terminated array of string pointers: ["a", "b", ...]. At most
 * ltr_array_max() elements, then "...". An unreadable array prints its
 * address.
 */
static void print_str_array(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	uint64_t i, max = ltr_array_max(c);

	if (!addr || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	for (i = 0;; i++) {
		unsigned char buf[8];
		uint64_t p;

		if (ltr_mem_read(c->mem, addr + (uint64_t)i * ws, buf, ws) != 0) {
			if (i == 0) {
				ltr_print_addr(c->out, addr);
				return;
			}
			ltr_sb_printf(c->out, ", ... /* %#llx */",
				      (unsigned long long)(addr + (uint64_t)i * ws));
			break;
		}
		p = ltr_get_uword(buf, ws);
		if (i == 0)
			ltr_sb_putc(c->out, '[');
		if (!p)
			break;
		if (i == max) {
			ltr_sb_puts(c->out, i ? ", ..." : "..."); /* -s 0: [...] */
			break;
		}
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_print_str(c, p, 0);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * The environment: in full under -v, else "0x7ffd... /" "* 37 vars *" "/";
 * ", unterminated" when the array runs into memory that cannot be read
 * (or past the end of the address space) before its NULL; no comment
 * when not even its first pointer can be read.
 */
static void print_envp(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	uint64_t end = ws == 4 ? 0xffffffffull : UINT64_MAX;
	uint64_t n, at = addr;
	bool unterminated = false;

	if (!ltr_call_abbrev(c) || !addr || !ltr_call_verbose(c)) {
		print_str_array(c, addr);
		return;
	}
	ltr_print_addr(c->out, addr);
	for (n = 0;; n++, at += ws) {
		unsigned char buf[8];

		if (at > end - (ws - 1) || ltr_mem_read(c->mem, at, buf, ws) != 0) {
			if (n == 0)
				return;
			unterminated = true;
			break;
		}
		if (!ltr_get_uword(buf, ws))
			break;
	}
	ltr_sb_printf(c->out, " /* %llu var%s%s */", (unsigned long long)n,
		      n == 1 ? "" : "s", unterminated ? ", unterminated" : "");
}

/* execve(path, argv, envp) */
void ltr_decode_execve(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_path(c, c->args[0]);
	ltr_sb_puts(c->out, ", ");
	print_str_array(c, c->args[1]);
	ltr_sb_puts(c->out, ", ");
	print_envp(c, c->args[2]);
}

/* execveat(dirfd, path, argv, envp, flags) */
void ltr_decode_execveat(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_arg_dirfd(c, 0);
	ltr_sb_puts(c->out, ", ");
	ltr_print_path(c, c->args[1]);
	ltr_sb_puts(c->out, ", ");
	print_str_array(c, c->args[2]);
	ltr_sb_puts(c->out, ", ");
	print_envp(c, c->args[3]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(at_flags), (uint32_t)c->args[4]);
}

static void print_user_desc(struct ltr_call *c, uint64_t addr);

/* --- clone --- */

#define CLONE_PIDFD_F         0x00001000u
#define CLONE_SETTLS_F        0x00080000u
#define CLONE_PARENT_SETTID_F 0x00100000u
#define CLONE_CHILD_CLEARTID_F 0x00200000u
#define CLONE_CHILD_SETTID_F  0x01000000u

/* Flags with the exit signal in the low byte: "CLONE_VM|SIGCHLD". */
static void print_clone_flags(struct ltr_strbuf *out, uint64_t flags)
{
	unsigned sig = flags & 0xff;

	flags &= ~(uint64_t)0xff;
	if (flags)
		ltr_print_xt(out, LTR_XT(clone_flags), flags);
	if (sig) {
		if (flags)
			ltr_sb_putc(out, '|');
		ltr_print_signame(out, (int)sig);
	}
	if (!flags && !sig)
		ltr_sb_putc(out, '0');
}

/*
 * clone(flags, stack, parent_tid, child_tid, tls) on x86_64; i386,
 * aarch64 and riscv64 (CLONE_BACKWARDS kernels) swap the last two:
 * (flags, stack, parent_tid, tls, child_tid). Printed: child_stack,
 * flags, then parent_tid (at exit, as "[tid]"), tls and child_tidptr as
 * their flags ask.
 */
void ltr_decode_clone(struct ltr_call *c)
{
	uint64_t flags = c->args[0];
	bool backwards = c->arch && strcmp(c->arch->name, "x86_64") != 0;
	unsigned child_idx = backwards ? 4 : 3, tls_idx = backwards ? 3 : 4;

	if (!c->exiting) {
		if (ltr_wordsize(c) == 4)
			flags = (uint32_t)flags;
		ltr_sb_puts(c->out, "child_stack=");
		ltr_print_addr(c->out, c->args[1]);
		ltr_sb_puts(c->out, ", flags=");
		print_clone_flags(c->out, flags);
		/* parent_tid is filled by the kernel: the rest waits for the exit */
		if (flags & (CLONE_PARENT_SETTID_F | CLONE_PIDFD_F))
			ltr_sb_puts(c->out, ", ");
		return;
	}
	if (ltr_wordsize(c) == 4)
		flags = (uint32_t)flags;
	/* the tid stored, or with CLONE_PIDFD alone the pidfd (-y: its path) */
	if (flags & (CLONE_PARENT_SETTID_F | CLONE_PIDFD_F)) {
		uint64_t addr = ltr_arg_word(c, 2);
		int32_t v;

		ltr_sb_puts(c->out, "parent_tid=");
		if (!ltr_call_failed(c) && ltr_fetch_quiet(c, addr, &v, sizeof(v))) {
			ltr_sb_putc(c->out, '[');
			if (flags & CLONE_PARENT_SETTID_F)
				ltr_print_pid_type(c, v, LTR_PT_TID);
			else
				ltr_print_fd(c, v);
			ltr_sb_putc(c->out, ']');
		} else
			ltr_print_addr(c->out, addr);
	}
	if (flags & CLONE_SETTLS_F) {
		ltr_sb_puts(c->out, ", tls=");
		ltr_print_addr(c->out, c->args[tls_idx]);
	}
	if (flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F)) {
		ltr_sb_puts(c->out, ", child_tidptr=");
		ltr_print_addr(c->out, c->args[child_idx]);
	}
}

/*
 * struct clone_args (clone3): eleven __u64 fields, 64 bytes in the first
 * version (up to tls), 80 with set_tid, 88 with cgroup.
 */
#define CLONE_ARGS_MIN 64
#define CLONE_ARGS_SIZE 88
#define CLONE_INTO_CGROUP_F 0x200000000ULL
enum { CA_FLAGS, CA_PIDFD, CA_CHILD_TID, CA_PARENT_TID, CA_EXIT_SIGNAL, CA_STACK,
       CA_STACK_SIZE, CA_TLS, CA_SET_TID, CA_SET_TID_SIZE, CA_CGROUP };

static bool print_int_elem(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_put_dec(c->out, (int32_t)ltr_get_u32(elem));
	return true;
}

/*
 * The bytes of a clone_args bigger than ltr knows, from offset from to
 * total (at most a page), as strace shows them: nothing when all are
 * zero, "???" when they cannot be read, else ", /" "* bytes 88..95 *" "/ "
 * and the bytes in hex (cut at -s). sep is printed first when anything
 * is; returns whether anything was.
 */
static bool print_tail_bytes(struct ltr_call *c, const char *sep, uint64_t addr,
			     unsigned from, unsigned total)
{
	unsigned len = total - from, i;
	unsigned shown = len < c->opts->strsize ? len : c->opts->strsize;
	unsigned char buf[4096];

	if (from >= total)
		return false;
	if (ltr_mem_read(c->mem, addr + from, buf, len) < 0) {
		ltr_sb_puts(c->out, sep);
		ltr_sb_puts(c->out, "???");
		return true;
	}
	for (i = 0; i < len && !buf[i]; i++)
		;
	if (i == len)
		return false;
	ltr_sb_puts(c->out, sep);
	ltr_sb_printf(c->out, "/* bytes %u..%u */ ", from, total - 1);
	ltr_print_quoted_hex(c->out, (const char *)buf, shown, shown < len);
	return true;
}

/* An int the kernel stores at exit ("[3]", -y's path for a pidfd). */
static void print_stored_int(struct ltr_call *c, uint64_t addr, bool fd)
{
	int32_t v;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	if (fd)
		ltr_print_fd(c, v);
	else
		ltr_print_pid_type(c, v, LTR_PT_TID);
	ltr_sb_putc(c->out, ']');
}

/*
 * clone3(args, size): the struct at entry, fields as its flags ask;
 * at exit, when the kernel wrote something back (a pidfd, a parent
 * tid) or the struct is bigger than ltr knows, " => {...}" with it.
 * saved[0]: 1 when the exit has something to print.
 */
void ltr_decode_clone3(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 0), size = ltr_arg_word(c, 1);
	unsigned fetch = size < CLONE_ARGS_SIZE ? (unsigned)size : CLONE_ARGS_SIZE;
	unsigned total = size < 4096 ? (unsigned)size : 4096;
	unsigned char raw[CLONE_ARGS_SIZE];
	uint64_t a[11];
	struct ltr_strbuf *out = c->out;
	unsigned i;

	memset(raw, 0, sizeof(raw));
	if (!c->exiting) {
		c->saved[0] = 0;
		if (fetch < CLONE_ARGS_MIN) {
			ltr_print_addr(out, addr);
			goto size;
		}
		if (!ltr_fetch(c, addr, raw, fetch))
			goto size;
		for (i = 0; i < 11; i++)
			a[i] = ltr_get_u64(raw + 8 * i);
		ltr_sb_puts(out, "{flags=");
		ltr_print_flags_dflt(out, LTR_XT(clone_flags), a[CA_FLAGS], NULL, "CLONE_???");
		if (a[CA_FLAGS] & CLONE_PIDFD_F) {
			ltr_sb_puts(out, ", pidfd=");
			ltr_print_addr(out, a[CA_PIDFD]);
		}
		if (a[CA_FLAGS] & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F)) {
			ltr_sb_puts(out, ", child_tid=");
			ltr_print_addr(out, a[CA_CHILD_TID]);
		}
		if (a[CA_FLAGS] & CLONE_PARENT_SETTID_F) {
			ltr_sb_puts(out, ", parent_tid=");
			ltr_print_addr(out, a[CA_PARENT_TID]);
		}
		ltr_sb_puts(out, ", exit_signal=");
		if (a[CA_EXIT_SIGNAL] < 0x7fffffff)
			ltr_print_signame(out, (int)a[CA_EXIT_SIGNAL]);
		else
			ltr_sb_put_udec(out, a[CA_EXIT_SIGNAL]);
		ltr_sb_puts(out, ", stack=");
		ltr_print_addr(out, a[CA_STACK]);
		ltr_sb_printf(out, ", stack_size=%#llx", (unsigned long long)a[CA_STACK_SIZE]);
		if (a[CA_FLAGS] & CLONE_SETTLS_F) {
			ltr_sb_puts(out, ", tls=");
			/* an i386 tracee's tls is its struct user_desc */
			if (ltr_wordsize(c) == 4)
				print_user_desc(c, a[CA_TLS]);
			else
				ltr_print_addr(out, a[CA_TLS]);
		}
		if (a[CA_SET_TID] || a[CA_SET_TID_SIZE]) {
			ltr_sb_puts(out, ", set_tid=");
			/* the kernel takes at most 32 (MAX_PID_NS_LEVEL) */
			if (!a[CA_SET_TID] || !a[CA_SET_TID_SIZE] || a[CA_SET_TID_SIZE] > 32)
				ltr_print_addr(out, a[CA_SET_TID]);
			else
				ltr_print_array(c, a[CA_SET_TID], a[CA_SET_TID_SIZE], 4,
						print_int_elem, NULL);
			ltr_sb_printf(out, ", set_tid_size=%llu",
				      (unsigned long long)a[CA_SET_TID_SIZE]);
		}
		if (fetch > 80 && (a[CA_CGROUP] || (a[CA_FLAGS] & CLONE_INTO_CGROUP_F)))
			ltr_sb_printf(out, ", cgroup=%llu", (unsigned long long)a[CA_CGROUP]);
		if (size > fetch)
			print_tail_bytes(c, ", ", addr, fetch, total);
		ltr_sb_putc(out, '}');
		if ((a[CA_FLAGS] & (CLONE_PIDFD_F | CLONE_PARENT_SETTID_F)) || size > fetch) {
			c->saved[0] = 1;
			return;
		}
		goto size;
	}
	if (!c->saved[0])
		return;
	if (!ltr_call_failed(c)) {
		const char *sep = " => {";

		if (ltr_mem_read(c->mem, addr, raw, fetch) < 0) {
			ltr_sb_puts(out, " => ");
			ltr_print_addr(out, addr);
			goto size;
		}
		for (i = 0; i < 11; i++)
			a[i] = ltr_get_u64(raw + 8 * i);
		if (a[CA_FLAGS] & CLONE_PIDFD_F) {
			ltr_sb_puts(out, sep);
			ltr_sb_puts(out, "pidfd=");
			print_stored_int(c, a[CA_PIDFD], true);
			sep = ", ";
		}
		if (a[CA_FLAGS] & CLONE_PARENT_SETTID_F) {
			ltr_sb_puts(out, sep);
			ltr_sb_puts(out, "parent_tid=");
			print_stored_int(c, a[CA_PARENT_TID], false);
			sep = ", ";
		}
		if (size > fetch && print_tail_bytes(c, sep, addr, fetch, total))
			sep = ", ";
		if (sep[0] == ',')
			ltr_sb_putc(out, '}');
	}
size:
	ltr_sb_printf(out, ", %llu", (unsigned long long)size);
}

/* --- wait --- */

/* A signal in a wait status: its name whatever -X says, as strace's. */
static void print_status_signame(struct ltr_strbuf *out, int sig)
{
	const char *name = ltr_signal_name(sig);

	if (name)
		ltr_sb_puts(out, name);
	else
		ltr_sb_put_dec(out, sig);
}

/* A wait status: "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]". */
static void print_wait_status(struct ltr_strbuf *out, int s)
{
	ltr_sb_putc(out, '[');
	if ((s & 0x7f) == 0) {
		ltr_sb_printf(out, "{WIFEXITED(s) && WEXITSTATUS(s) == %d}",
			      (s >> 8) & 0xff);
	} else if ((s & 0xff) == 0x7f) {
		ltr_sb_puts(out, "{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_status_signame(out, (s >> 8) & 0xff);
		if (s >> 16)
			ltr_sb_printf(out, " && s >> 16 == %d", (unsigned)s >> 16);
		ltr_sb_putc(out, '}');
	} else if (s == 0xffff) {
		ltr_sb_puts(out, "{WIFCONTINUED(s)}");
	} else {
		ltr_sb_puts(out, "{WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_status_signame(out, s & 0x7f);
		if (s & 0x80)
			ltr_sb_puts(out, " && WCOREDUMP(s)");
		ltr_sb_putc(out, '}');
	}
	ltr_sb_putc(out, ']');
}

/* wait4(pid, status, options, rusage) */
void ltr_decode_wait4(struct ltr_call *c)
{
	int32_t status;

	if (!c->exiting) {
		/* > 0 a process (-Y: with its comm), < -1 a process group */
		ltr_print_pid_or_pgrp(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (!c->args[1])
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c) || c->ret == 0 ||
		 !ltr_fetch_quiet(c, c->args[1], &status, sizeof(status)))
		ltr_print_addr(c->out, c->args[1]);
	else
		print_wait_status(c->out, status);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(wait_options), (uint32_t)c->args[2]);
	if (c->desc && c->desc->nargs == 3)
		return; /* waitpid(pid, status, options) */
	ltr_sb_puts(c->out, ", ");
	/* the kernel fills rusage only when it reaped a child */
	if (!ltr_call_failed(c) && c->ret > 0)
		ltr_print_arg_rusage(c, 3);
	else
		ltr_print_addr(c->out, ltr_arg_word(c, 3));
}

/* waitid(idtype, id, infop, options, rusage) */
void ltr_decode_waitid(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(idtypes), (uint32_t)c->args[0], "P_???");
		ltr_sb_puts(c->out, ", ");
		/* P_PID: -Y's comm (not a P_PGID's group); P_PIDFD: -y's path */
		if ((uint32_t)c->args[0] == 1)
			ltr_print_pid(c, ltr_call_arg_int(c, 1));
		else if ((uint32_t)c->args[0] == 2) /* P_PGID */
			ltr_print_pid_type(c, ltr_call_arg_int(c, 1), LTR_PT_PGID);
		else if ((uint32_t)c->args[0] == 3)
			ltr_print_fd(c, ltr_call_arg_int(c, 1));
		else
			ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 1));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[2] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[2]);
	else
		ltr_print_siginfo_addr(c, c->args[2]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(wait_options), (uint32_t)c->args[3]);
	ltr_sb_puts(c->out, ", ");
	ltr_print_arg_rusage(c, 4);
}

/* --- set_thread_area, get_thread_area (struct user_desc) --- */

/*
 * Prints the struct user_desc at addr: entry_number (-1 as such), base
 * and limit in hex, then the bit fields; lm only for a 64-bit tracee (the
 * kernel ignores it for 32-bit ones). The address when unreadable.
 */
static void print_entry_number(struct ltr_strbuf *out, uint32_t n)
{
	if (n == UINT32_MAX)
		ltr_sb_puts(out, "-1");
	else
		ltr_sb_put_udec(out, n);
}

/* The fields after entry_number, and the closing brace. */
static void print_user_desc_rest(struct ltr_call *c, const uint32_t d[4])
{
	ltr_sb_printf(c->out, ", base_addr=%#08x, limit=%#08x, seg_32bit=%u, "
		      "contents=%u, read_exec_only=%u, limit_in_pages=%u, "
		      "seg_not_present=%u, useable=%u", d[1], d[2], d[3] & 1,
		      (d[3] >> 1) & 3, (d[3] >> 3) & 1, (d[3] >> 4) & 1,
		      (d[3] >> 5) & 1, (d[3] >> 6) & 1);
	if (ltr_wordsize(c) == 8)
		ltr_sb_printf(c->out, ", lm=%u", (d[3] >> 7) & 1);
	ltr_sb_putc(c->out, '}');
}

static void print_user_desc(struct ltr_call *c, uint64_t addr)
{
	uint32_t d[4];

	if (!ltr_fetch(c, addr, d, sizeof(d)))
		return;
	ltr_sb_puts(c->out, "{entry_number=");
	print_entry_number(c->out, d[0]);
	print_user_desc_rest(c, d);
}

/*
 * modify_ldt(func, ptr, bytecount): ptr is a struct user_desc when
 * bytecount is its size. The kernel returns an int in a long register
 * without sign extension on x86_64: a result in [0xfffff000, 0xffffffff]
 * is an error, printed as strace does, the number then the errno.
 */
void ltr_decode_modify_ldt(struct ltr_call *c)
{
	uint64_t ret = ltr_word_mask(c, (uint64_t)c->ret);
	const char *name;

	if (!c->exiting) {
		ltr_sb_printf(c->out, "%d, ", ltr_call_arg_int(c, 0));
		if (ltr_arg_word(c, 2) != 16)
			ltr_print_addr(c->out, ltr_arg_word(c, 1));
		else
			print_user_desc(c, ltr_arg_word(c, 1));
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)ltr_arg_word(c, 2));
		return;
	}
	if (ltr_call_failed(c) || ret < 0xfffff000u || ret > 0xffffffffu)
		return;
	name = ltr_errno_name((int)-(uint32_t)ret);
	if (!name)
		return;
	c->ret_kind = LTR_RET_CUSTOM;
	snprintf(c->ret_text, sizeof(c->ret_text), "%llu %s (%s)", (unsigned long long)ret,
		 name, strerror((int)-(uint32_t)ret));
}

/*
 * set_thread_area(u_info): the descriptor at entry; at a successful exit
 * the entry number the kernel chose (or kept) as " (entry_number=N)".
 */
void ltr_decode_set_thread_area(struct ltr_call *c)
{
	uint32_t entry;

	if (!c->exiting) {
		print_user_desc(c, c->args[0]);
		return;
	}
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, c->args[0], &entry, sizeof(entry)))
		snprintf(c->ret_text, sizeof(c->ret_text), " (entry_number=%u)", entry);
}

/*
 * get_thread_area(u_info): the entry_number asked for, read at entry
 * ("{entry_number=12"); at exit the rest of the descriptor the kernel
 * filled in (" => N" first if it changed the number), or ", ...}" when
 * the call failed. saved[0] says whether the entry read the number,
 * saved[1] holds it.
 */
void ltr_decode_get_thread_area(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 0);
	uint32_t d[4];

	if (!c->exiting) {
		c->saved[0] = ltr_fetch(c, addr, d, 4);
		if (!c->saved[0])
			return;
		c->saved[1] = d[0];
		ltr_sb_puts(c->out, "{entry_number=");
		print_entry_number(c->out, d[0]);
		return;
	}
	if (!addr || !ltr_call_verbose(c))
		return;
	if (ltr_call_failed(c) || !ltr_fetch_quiet(c, addr, d, sizeof(d))) {
		if (c->saved[0])
			ltr_sb_puts(c->out, ", ...}");
		return;
	}
	if (!c->saved[0]) {
		ltr_sb_puts(c->out, " => {entry_number=");
		print_entry_number(c->out, d[0]);
	} else if (d[0] != (uint32_t)c->saved[1]) {
		ltr_sb_puts(c->out, " => ");
		print_entry_number(c->out, d[0]);
	}
	print_user_desc_rest(c, d);
}

/* --- uname, sethostname, sysinfo, restart_syscall --- */

/*
 * sethostname(name, len): the name as a buffer of len bytes (an unsigned
 * int), or its address when len is more than the kernel takes
 * (__NEW_UTS_LEN, 64): strace reads nothing the kernel refuses.
 */
void ltr_print_arg_hostname(struct ltr_call *c, unsigned idx)
{
	uint32_t len = (uint32_t)c->args[idx + 1];

	if (len > 64)
		ltr_print_addr(c->out, ltr_arg_word(c, idx));
	else
		ltr_print_buf(c, ltr_arg_word(c, idx), len);
}

void ltr_print_arg_uname(struct ltr_call *c, unsigned idx)
{
	static const char *const fields[] = {
		"sysname", "nodename", "release", "version", "machine", "domainname"
	};
	char u[6][65];
	unsigned i, n = !ltr_call_abbrev(c) ? 6 : 2;

	if (!c->args[idx] || ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[idx]);
		return;
	}
	if (!ltr_fetch(c, c->args[idx], u, sizeof(u)))
		return;
	ltr_sb_putc(c->out, '{');
	for (i = 0; i < n; i++) {
		u[i][64] = '\0';
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_printf(c->out, "%s=", fields[i]);
		ltr_print_quoted(c->out, u[i], strlen(u[i]), c->opts, false);
	}
	ltr_sb_puts(c->out, !ltr_call_abbrev(c) ? "}" : ", ...}");
}

/*
 * struct sysinfo: long uptime, unsigned long loads[3], 8 unsigned longs
 * of memory, unsigned short procs (+pad), 2 unsigned longs high memory,
 * unsigned int mem_unit.
 */
void ltr_print_arg_sysinfo(struct ltr_call *c, unsigned idx)
{
	static const char *const mem[] = {
		"totalram", "freeram", "sharedram", "bufferram", "totalswap", "freeswap"
	};
	unsigned ws = ltr_wordsize(c);
	unsigned char b[128];
	unsigned off, i;
	uint16_t procs;
	uint32_t unit;

	if (!c->args[idx] || ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[idx]);
		return;
	}
	if (!ltr_fetch(c, c->args[idx], b, ws == 8 ? 112 : 64))
		return;
	ltr_sb_printf(c->out, "{uptime=%lld, loads=[%llu, %llu, %llu]",
		      ws == 8 ? (long long)(int64_t)ltr_get_uword(b, 8) :
		      (long long)(int32_t)ltr_get_uword(b, 4),
		      (unsigned long long)ltr_get_uword(b + ws, ws),
		      (unsigned long long)ltr_get_uword(b + 2 * ws, ws),
		      (unsigned long long)ltr_get_uword(b + 3 * ws, ws));
	off = 4 * ws;
	for (i = 0; i < 6; i++, off += ws)
		ltr_sb_printf(c->out, ", %s=%llu", mem[i],
			      (unsigned long long)ltr_get_uword(b + off, ws));
	memcpy(&procs, b + off, 2);
	off += ws;  /* procs and its padding */
	ltr_sb_printf(c->out, ", procs=%u, totalhigh=%llu, freehigh=%llu", procs,
		      (unsigned long long)ltr_get_uword(b + off, ws),
		      (unsigned long long)ltr_get_uword(b + off + ws, ws));
	memcpy(&unit, b + off + 2 * ws, 4);
	ltr_sb_printf(c->out, ", mem_unit=%u}", unit);
}

/*
 * restart_syscall(<... resuming interrupted clock_nanosleep ...>): the
 * kernel restarting a call a signal interrupted. Like strace, a call
 * interrupted before ltr saw it is named after syscall 0 of ltr's own
 * arch, also in a 32-bit process ("read" on x86_64, "io_setup" on aarch64).
 */
void ltr_decode_restart_syscall(struct ltr_call *c)
{
	const char *name = c->prev_desc ? c->prev_desc->name
					: ltr_arch_syscall_name(ltr_arch_native(), 0);

	if (c->exiting)
		return;
	ltr_sb_printf(c->out, "<... resuming interrupted %s ...>", name ? name : "system call");
}

/* --- personality --- */

/*
 * "PER_LINUX|ADDR_NO_RANDOMIZE": the execution domain (an unknown one as
 * "0x1f /" "* PER_??? *" "/"), then the flags, each part as -X says.
 */
static void format_personality(struct ltr_strbuf *out, uint32_t v)
{
	ltr_print_xval(out, LTR_XT(personality_types), v & 0xff, "PER_???");
	if (v & ~0xffu) {
		ltr_sb_putc(out, '|');
		ltr_print_flags(out, LTR_XT(personality_flags), v & ~0xffu, NULL);
	}
}

/* The previous persona, the call's result: " (PER_LINUX)". */
static void personality_ret_suffix(struct ltr_call *c)
{
	ltr_sb_puts(c->out, " (");
	format_personality(c->out, (uint32_t)c->ret);
	ltr_sb_putc(c->out, ')');
}

/* personality(persona): 0xffffffff (the query) in hex. */
void ltr_print_arg_personality(struct ltr_call *c, unsigned idx)
{
	uint32_t v = (uint32_t)c->args[idx];

	if (v == 0xffffffffu)
		ltr_sb_puts(c->out, "0xffffffff");
	else
		format_personality(c->out, v);
	if (c->exiting && !ltr_call_failed(c))
		c->ret_suffix = personality_ret_suffix;
}
