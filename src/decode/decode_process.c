/* SPDX-License-Identifier: MIT */
/*
 * Processes: execve, clone, wait, prctl, resource limits, scheduling,
 * capabilities, printed as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- process --- */

/* --- personality --- */

/* "PER_LINUX|ADDR_NO_RANDOMIZE"; 0xffffffff (the query) in hex. */
static void format_personality(struct ltr_strbuf *out, uint32_t v)
{
	const char *type = ltr_xlat_lookup(LTR_XT(personality_types), v & 0xff);

	if (v == 0xffffffffu || !type) {
		ltr_sb_printf(out, "%#x", v);
		return;
	}
	ltr_print_xval(out, LTR_XT(personality_types), v & 0xff, NULL);
	if (v & ~0xffu) {
		ltr_sb_putc(out, '|');
		ltr_print_flags(out, LTR_XT(personality_flags), v & ~0xffu, NULL);
	}
}

/* personality(persona): the previous persona also goes in " (PER_LINUX)". */
void ltr_print_arg_personality(struct ltr_call *c, unsigned idx)
{
	format_personality(c->out, (uint32_t)c->args[idx]);
	if (c->exiting && !ltr_call_failed(c)) {
		struct ltr_strbuf tmp = LTR_STRBUF_INIT;

		format_personality(&tmp, (uint32_t)c->ret);
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", ltr_sb_cstr(&tmp));
		ltr_sb_free(&tmp);
	}
}

/* --- ptrace --- */

/*
 * ptrace(request, pid, addr, data): data is a signal for the resuming
 * requests (CONT, SYSCALL, SINGLESTEP, DETACH, ...), else an address.
 */
void ltr_decode_ptrace(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[0];
	uint64_t data = ltr_word_mask(c, c->args[3]);

	if (c->exiting)
		return;
	ltr_print_xval(c->out, LTR_XT(ptrace_requests), req, "PTRACE_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_pid(c, ltr_call_arg_int(c, 1));
	ltr_sb_puts(c->out, ", ");
	ltr_print_addr(c->out, ltr_word_mask(c, c->args[2]));
	ltr_sb_puts(c->out, ", ");
	switch (req) {
	case 7: case 9: case 17: case 24: case 31: case 32: case 33:
		if (data)
			ltr_print_signame(c->out, (int)data);
		else
			ltr_sb_puts(c->out, "0");
		break;
	default:
		ltr_print_addr(c->out, data);
		break;
	}
}

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
			ltr_sb_puts(c->out, ", ...");
			break;
		}
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_print_str(c, p, 0);
	}
	ltr_sb_putc(c->out, ']');
}

/* The environment: in full under -v, else "0x7ffd... /" "* 37 vars *" "/". */
static void print_envp(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	uint64_t n;

	if (!ltr_call_abbrev(c) || !addr || !ltr_call_verbose(c)) {
		print_str_array(c, addr);
		return;
	}
	ltr_print_addr(c->out, addr);
	for (n = 0; n < 1u << 20; n++) {
		unsigned char buf[8];

		if (ltr_mem_read(c->mem, addr + n * ws, buf, ws) != 0)
			return;
		if (!ltr_get_uword(buf, ws))
			break;
	}
	ltr_sb_printf(c->out, " /* %llu var%s */", (unsigned long long)n,
		      n == 1 ? "" : "s");
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
	ltr_print_flags(c->out, LTR_XT(execveat_flags), (uint32_t)c->args[4], NULL);
}

/* --- clone --- */

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
		ltr_print_flags(out, LTR_XT(clone_flags), flags, NULL);
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
		if (flags & CLONE_PARENT_SETTID_F)
			ltr_sb_puts(c->out, ", ");
		return;
	}
	if (ltr_wordsize(c) == 4)
		flags = (uint32_t)flags;
	if (flags & CLONE_PARENT_SETTID_F) {
		int32_t tid;

		ltr_sb_puts(c->out, "parent_tid=");
		if (!ltr_call_failed(c) && ltr_fetch_quiet(c, c->args[2], &tid, sizeof(tid))) {
			ltr_sb_putc(c->out, '[');
			ltr_print_pid(c, tid);
			ltr_sb_putc(c->out, ']');
		} else
			ltr_print_addr(c->out, c->args[2]);
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

/* struct clone_args (clone3), version sizes 64, 80, 88. */
struct clone_args_raw {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack,
		stack_size, tls, set_tid, set_tid_size, cgroup;
};

void ltr_decode_clone3(struct ltr_call *c)
{
	struct clone_args_raw a;
	uint64_t size = c->args[1];
	struct ltr_strbuf *out = c->out;

	if (!c->exiting) {
		memset(&a, 0, sizeof(a));
		if (size < 64 || size > sizeof(a) ||
		    !ltr_fetch_quiet(c, c->args[0], &a, (size_t)size)) {
			ltr_print_addr(out, c->args[0]);
			ltr_sb_printf(out, ", %llu", (unsigned long long)size);
			c->saved[0] = 2;
			return;
		}
		ltr_sb_puts(out, "{flags=");
		print_clone_flags(out, a.flags & ~(uint64_t)0xff);
		if (a.flags & 0x1000) {
			ltr_sb_puts(out, ", pidfd=");
			ltr_print_addr(out, a.pidfd);
		}
		if (a.flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F)) {
			ltr_sb_puts(out, ", child_tid=");
			ltr_print_addr(out, a.child_tid);
		}
		if (a.flags & CLONE_PARENT_SETTID_F) {
			ltr_sb_puts(out, ", parent_tid=");
			ltr_print_addr(out, a.parent_tid);
		}
		ltr_sb_puts(out, ", exit_signal=");
		ltr_print_signame(out, (int)a.exit_signal);
		ltr_sb_puts(out, ", stack=");
		ltr_print_addr(out, a.stack);
		ltr_sb_printf(out, ", stack_size=%#llx", (unsigned long long)a.stack_size);
		if (a.flags & CLONE_SETTLS_F) {
			ltr_sb_puts(out, ", tls=");
			ltr_print_addr(out, a.tls);
		}
		if (size >= 80 && a.set_tid_size) {
			ltr_sb_puts(out, ", set_tid=");
			ltr_print_addr(out, a.set_tid);
			ltr_sb_printf(out, ", set_tid_size=%llu",
				      (unsigned long long)a.set_tid_size);
		}
		if (size >= 88 && (a.flags & 0x200000000ULL))
			ltr_sb_printf(out, ", cgroup=%llu", (unsigned long long)a.cgroup);
		ltr_sb_putc(out, '}');
		c->saved[1] = a.flags;
		c->saved[2] = a.pidfd;
		c->saved[3] = a.parent_tid;
		return;
	}
	if (c->saved[0] == 2)
		return;
	/* What the kernel wrote back: " => {pidfd=[3], parent_tid=[42]}". */
	if (!ltr_call_failed(c) && (c->saved[1] & (0x1000 | CLONE_PARENT_SETTID_F))) {
		int32_t v;
		bool first = true;

		ltr_sb_puts(out, " => {");
		if ((c->saved[1] & 0x1000) &&
		    ltr_mem_read(c->mem, c->saved[2], &v, sizeof(v)) == 0) {
			ltr_sb_printf(out, "pidfd=[%d]", v);
			first = false;
		}
		if ((c->saved[1] & CLONE_PARENT_SETTID_F) &&
		    ltr_mem_read(c->mem, c->saved[3], &v, sizeof(v)) == 0) {
			ltr_sb_printf(out, "%sparent_tid=[", first ? "" : ", ");
			ltr_print_pid(c, v);
			ltr_sb_putc(out, ']');
		}
		ltr_sb_putc(out, '}');
	}
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
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
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
	ltr_print_flags(c->out, LTR_XT(wait_options), (uint32_t)c->args[2], NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_arg_rusage(c, 3);
}

/* waitid(idtype, id, infop, options, rusage) */
void ltr_decode_waitid(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(idtypes), (uint32_t)c->args[0], "P_???");
		ltr_sb_puts(c->out, ", ");
		if ((uint32_t)c->args[0] == 1) /* P_PID: -Y's comm */
			ltr_print_pid(c, ltr_call_arg_int(c, 1));
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
	ltr_print_flags(c->out, LTR_XT(wait_options), (uint32_t)c->args[3], NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_arg_rusage(c, 4);
}

/* --- set_thread_area, get_thread_area (struct user_desc) --- */

/*
 * Prints the struct user_desc at addr: entry_number (-1 as such), base
 * and limit in hex, then the bit fields; lm only for a 64-bit tracee (the
 * kernel ignores it for 32-bit ones). The address when unreadable.
 */
static void print_user_desc(struct ltr_call *c, uint64_t addr)
{
	uint32_t d[4];

	if (!ltr_fetch(c, addr, d, sizeof(d)))
		return;
	if (d[0] == UINT32_MAX)
		ltr_sb_puts(c->out, "{entry_number=-1");
	else
		ltr_sb_printf(c->out, "{entry_number=%u", d[0]);
	ltr_sb_printf(c->out, ", base_addr=%#08x, limit=%#08x, seg_32bit=%u, "
		      "contents=%u, read_exec_only=%u, limit_in_pages=%u, "
		      "seg_not_present=%u, useable=%u", d[1], d[2], d[3] & 1,
		      (d[3] >> 1) & 3, (d[3] >> 3) & 1, (d[3] >> 4) & 1,
		      (d[3] >> 5) & 1, (d[3] >> 6) & 1);
	if (ltr_wordsize(c) == 8)
		ltr_sb_printf(c->out, ", lm=%u", (d[3] >> 7) & 1);
	ltr_sb_putc(c->out, '}');
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

/* get_thread_area(u_info): the descriptor filled in, at exit. */
void ltr_decode_get_thread_area(struct ltr_call *c)
{
	if (!c->exiting)
		return;
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[0]);
	else
		print_user_desc(c, c->args[0]);
}

/* --- uname, sysinfo, affinity --- */

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
 * interrupted before ltr saw it is named after syscall 0 of the arch.
 */
void ltr_decode_restart_syscall(struct ltr_call *c)
{
	const char *name = c->prev_desc ? c->prev_desc->name
					: ltr_arch_syscall_name(c->arch, 0);

	if (c->exiting)
		return;
	ltr_sb_printf(c->out, "<... resuming interrupted %s ...>", name ? name : "system call");
}

/* --- prctl --- */

/* --- arch_prctl --- */

/* arch_prctl(code, addr): GET_FS/GET_GS print "[0x7f...]" at exit. */
void ltr_decode_arch_prctl(struct ltr_call *c)
{
	uint32_t code = (uint32_t)c->args[0];
	uint64_t v;

	if (!c->exiting) {
		ltr_print_xval(c->out, ltr_xlat_for_arch(LTR_XT(arch_prctl_codes), c->arch),
			       code, "ARCH_???");
		if (code == 0x1011)
			return;
		if (code == 0x1003 || code == 0x1004 || code == 0x1021 ||
		    code == 0x1022) {
			ltr_sb_puts(c->out, ", ");
			return;
		}
		ltr_sb_puts(c->out, ", ");
		if (code == 0x1012 || code == 0x1023)
			ltr_sb_printf(c->out, "%llu", (unsigned long long)c->args[1]);
		else
			ltr_print_addr(c->out, c->args[1]);
		return;
	}
	if (code != 0x1003 && code != 0x1004 && code != 0x1021 && code != 0x1022)
		return;
	if (!ltr_call_failed(c) && ltr_fetch_quiet(c, c->args[1], &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%#llx]", (unsigned long long)v);
	else
		ltr_print_addr(c->out, c->args[1]);
}

/* --- prctl --- */

static void print_ulong_args(struct ltr_call *c, unsigned from, unsigned to)
{
	unsigned i;

	for (i = from; i <= to; i++)
		ltr_sb_printf(c->out, ", %#llx", (unsigned long long)
			      (ltr_wordsize(c) == 4 ? (uint32_t)c->args[i] : c->args[i]));
}

/*
 * prctl(option, ...): the common options with their own argument shapes;
 * others print every argument in hex, as strace does for unknown ones.
 */
void ltr_decode_prctl(struct ltr_call *c)
{
	uint32_t opt = (uint32_t)c->args[0];
	int32_t v;

	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(prctl_options), opt, "PR_???");
		switch (opt) {
		case 1:
			ltr_sb_puts(c->out, ", ");
			ltr_print_signame(c->out, ltr_call_arg_int(c, 1));
			return;
		case 2: case 16:
			ltr_sb_puts(c->out, ", ");
			return;
		case 3: case 7: case 21: case 37:
			return;
		case 4:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(dumpable), c->args[1], NULL);
			return;
		case 8: case 36:
			ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[1]);
			return;
		case 15:
			ltr_sb_puts(c->out, ", ");
			ltr_print_str(c, c->args[1], 15);
			return;
		case 23: case 24: {
			uint64_t cap = c->args[1];

			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, LTR_XT(capabilities), cap, "CAP_???");
			return;
		}
		case 38: case 39:
			ltr_sb_printf(c->out, ", %llu, %llu, %llu, %llu",
				      (unsigned long long)c->args[1],
				      (unsigned long long)c->args[2],
				      (unsigned long long)c->args[3],
				      (unsigned long long)c->args[4]);
			return;
		default:
			print_ulong_args(c, 1, 4);
			return;
		}
	}
	switch (opt) {
	case 2:
		if (ltr_call_failed(c) || !ltr_fetch_quiet(c, c->args[1], &v, sizeof(v))) {
			ltr_print_addr(c->out, c->args[1]);
		} else {
			ltr_sb_putc(c->out, '[');
			ltr_print_signame(c->out, v);
			ltr_sb_putc(c->out, ']');
		}
		return;
	case 16:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, c->args[1]);
		else
			ltr_print_str(c, c->args[1], 15);
		return;
	case 3:
		if (!ltr_call_failed(c)) {
			const char *n = ltr_xlat_lookup(LTR_XT(dumpable), (uint64_t)c->ret);

			if (n)
				snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", n);
		}
		return;
	default:
		return;
	}
}

/* --- resource --- */

/* who after a PRIO_WHICH: a process id (-Y: with its comm) for PRIO_PROCESS. */
void ltr_print_arg_prio_who(struct ltr_call *c, unsigned idx)
{
	if (idx > 0 && (uint32_t)c->args[idx - 1] == 0)
		ltr_print_pid(c, ltr_call_arg_int(c, idx));
	else
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, idx));
}

/* struct rusage: abbreviated unless -v. timevals are two words each. */
static void print_rusage(struct ltr_call *c, uint64_t addr)
{
	static const char *const longs[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
		"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
		"ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
	};
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[18 * 8];
	unsigned i;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 18 * ws))
		return;
	ltr_sb_printf(c->out,
		      "{ru_utime={tv_sec=%lld, tv_usec=%lld}, ru_stime={tv_sec=%lld, tv_usec=%lld}",
		      (long long)(int64_t)ltr_get_uword(buf, ws),
		      (long long)(int64_t)ltr_get_uword(buf + ws, ws),
		      (long long)(int64_t)ltr_get_uword(buf + 2 * ws, ws),
		      (long long)(int64_t)ltr_get_uword(buf + 3 * ws, ws));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	for (i = 0; i < 14; i++) {
		uint64_t v = ltr_get_uword(buf + (4 + i) * ws, ws);
		long long sv = ws == 4 ? (long long)(int32_t)v : (long long)(int64_t)v;

		ltr_sb_printf(c->out, ", %s=%lld", longs[i], sv);
	}
	ltr_sb_putc(c->out, '}');
}

void ltr_print_arg_rusage(struct ltr_call *c, unsigned idx)
{
	if (c->args[idx] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[idx]);
	else
		print_rusage(c, c->args[idx]);
}

/* One limit: RLIM64_INFINITY, "8192*1024" for multiples of 1024, or decimal. */
static void print_rlim(struct ltr_strbuf *out, uint64_t v, bool is64, unsigned ws)
{
	uint64_t inf = is64 || ws == 8 ? UINT64_MAX : 0xffffffffu;
	char kib[32];

	if (v == inf) {
		ltr_print_xlat(out, v, LTR_XF_UDEC, is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
	} else if (v > 1024 && v % 1024 == 0) {
		snprintf(kib, sizeof(kib), "%llu*1024", (unsigned long long)(v / 1024));
		ltr_print_xlat(out, v, LTR_XF_UDEC, kib);
	} else {
		ltr_sb_put_udec(out, v);
	}
}

/*
 * struct rlimit at addr: two 64-bit values for prlimit64, two words for
 * getrlimit/setrlimit (which print RLIM64_INFINITY on 64-bit tracees too,
 * as strace does: the kernel rlimit is the same type there).
 */
static void print_rlimit(struct ltr_call *c, uint64_t addr, bool is64)
{
	unsigned ws = is64 ? 8 : ltr_wordsize(c);
	unsigned char buf[16];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	ltr_sb_puts(c->out, "{rlim_cur=");
	print_rlim(c->out, ltr_get_uword(buf, ws), is64 || ws == 8, ws);
	ltr_sb_puts(c->out, ", rlim_max=");
	print_rlim(c->out, ltr_get_uword(buf + ws, ws), is64 || ws == 8, ws);
	ltr_sb_putc(c->out, '}');
}

/* prlimit64(pid, resource, new, old) */
void ltr_decode_prlimit64(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[1],
			       "RLIMIT_???");
		ltr_sb_puts(c->out, ", ");
		print_rlimit(c, c->args[2], true);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[3] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[3]);
	else
		print_rlimit(c, c->args[3], true);
}

/* getrlimit(resource, rlim) / ugetrlimit */
void ltr_decode_getrlimit(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[0],
			       "RLIMIT_???");
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[1] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[1]);
	else
		print_rlimit(c, c->args[1], false);
}

/* setrlimit(resource, rlim) */
void ltr_decode_setrlimit(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[0], "RLIMIT_???");
	ltr_sb_puts(c->out, ", ");
	print_rlimit(c, c->args[1], false);
}

/* --- sched --- */

/* sched_getscheduler's pid; the policy it returns goes in " (SCHED_OTHER)". */
void ltr_print_arg_sched_getscheduler_pid(struct ltr_call *c, unsigned idx)
{
	const char *name = ltr_xlat_lookup(LTR_XT(sched_policies), (uint64_t)c->ret);

	ltr_print_pid(c, ltr_call_arg_int(c, idx));
	if (c->exiting && !ltr_call_failed(c) && name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* struct sched_param: "[0]" (one int). */
void ltr_print_arg_sched_param(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t prio;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_print_out_failed(c, idx) && ltr_fetch(c, addr, &prio, 4))
		ltr_sb_printf(c->out, "[%d]", prio);
}

/*
 * sched_getaffinity / sched_setaffinity(pid, size, mask): the mask as a
 * list of CPU numbers "[0 1]"; getaffinity prints it at exit, with the
 * number of bytes the kernel wrote (the return value).
 */
void ltr_decode_sched_affinity(struct ltr_call *c)
{
	bool get = strcmp(c->desc->name, "sched_getaffinity") == 0;
	uint64_t len = c->args[1], i;
	unsigned char buf[512];
	bool first = true;

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)len);
		if (get)
			return;
	} else if (!get) {
		return;
	} else if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[2]);
		return;
	} else {
		len = (uint64_t)c->ret;
	}
	if (len > sizeof(buf))
		len = sizeof(buf);
	if (!ltr_fetch(c, c->args[2], buf, (unsigned)len))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < len * 8; i++) {
		if (!(buf[i / 8] & (1u << (i % 8))))
			continue;
		if (!first)
			ltr_sb_putc(c->out, ' ');
		first = false;
		ltr_sb_printf(c->out, "%llu", (unsigned long long)i);
	}
	ltr_sb_putc(c->out, ']');
}

/* --- capability --- */

/*
 * One 32-bit half of a capability set, strace style: "1<<CAP_CHOWN|...",
 * bits from base on; "0x... /" "* CAP_??? *" "/" when none is known.
 */
static void print_cap_half(struct ltr_strbuf *out, uint32_t bits, unsigned base)
{
	const unsigned ncaps = LTR_XT(capabilities)->nvalues;
	uint32_t rest = bits;
	bool first = true;
	unsigned i;

	for (i = 0; i < 32 && base + i < ncaps; i++)
		if (bits >> i & 1)
			break;
	if (!bits || i == 32 || base + i >= ncaps) {
		ltr_print_xval(out, NULL, bits, bits ? "CAP_???" : NULL);
		return;
	}
	if (!ltr_xlat_begin(out, bits, LTR_XF_HEX))
		return;
	for (i = 0; i < 32 && base + i < ncaps; i++) {
		if (!(bits >> i & 1))
			continue;
		ltr_sb_printf(out, "%s1<<%s", first ? "" : "|", ltr_xlat_lookup(LTR_XT(capabilities), base + i));
		first = false;
		rest &= ~(1u << i);
	}
	if (rest)
		ltr_sb_printf(out, "|%#x", rest);
	ltr_xlat_end(out);
}

/* A capability set as strace prints it: its low half, then "|" and the high one. */
static void print_cap_set(struct ltr_strbuf *out, uint64_t set)
{
	uint32_t lo = (uint32_t)set, hi = (uint32_t)(set >> 32);

	if (lo || !hi)
		print_cap_half(out, lo, 0);
	if (hi) {
		if (lo)
			ltr_sb_putc(out, '|');
		print_cap_half(out, hi, 32);
	}
}

/* The header {version, pid}; returns its version (0 when unreadable). */
static uint32_t print_cap_header(struct ltr_call *c)
{
	int32_t hdr[2];

	if (!ltr_fetch(c, c->args[0], hdr, sizeof(hdr)))
		return 0;
	ltr_sb_puts(c->out, "{version=");
	ltr_print_xval(c->out, LTR_XT(cap_versions), (uint32_t)hdr[0],
		       "_LINUX_CAPABILITY_VERSION_???");
	ltr_sb_puts(c->out, ", pid=");
	ltr_print_pid(c, hdr[1]);
	ltr_sb_putc(c->out, '}');
	return (uint32_t)hdr[0];
}

/* The data: one 32-bit triple for version 1, two for versions 2 and 3. */
static void print_cap_data(struct ltr_call *c, uint32_t version)
{
	uint32_t d[6] = { 0 };
	unsigned n = version == 0x19980330 ? 1 : 2;

	if (!ltr_fetch(c, c->args[1], d, 12 * n))
		return;
	ltr_sb_puts(c->out, "{effective=");
	print_cap_set(c->out, d[0] | (uint64_t)d[3] << 32);
	ltr_sb_puts(c->out, ", permitted=");
	print_cap_set(c->out, d[1] | (uint64_t)d[4] << 32);
	ltr_sb_puts(c->out, ", inheritable=");
	print_cap_set(c->out, d[2] | (uint64_t)d[5] << 32);
	ltr_sb_putc(c->out, '}');
}

/*
 * capget(hdrp, datap) / capset(hdrp, datap): the header at entry, the
 * data at exit for capget (its address when the call failed) and at
 * entry for capset. The version in saved[0] picks the data's size.
 */
void ltr_decode_capget(struct ltr_call *c)
{
	bool get = strcmp(c->desc->name, "capget") == 0;

	if (!c->exiting) {
		c->saved[0] = print_cap_header(c);
		ltr_sb_puts(c->out, ", ");
		if (!get) {
			if (!c->args[1] || !c->saved[0])
				ltr_print_addr(c->out, c->args[1]);
			else
				print_cap_data(c, (uint32_t)c->saved[0]);
		}
		return;
	}
	if (get) {
		if (!c->args[1] || !c->saved[0] || ltr_call_failed(c))
			ltr_print_addr(c->out, c->args[1]);
		else
			print_cap_data(c, (uint32_t)c->saved[0]);
	}
}
