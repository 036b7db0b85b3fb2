/* SPDX-License-Identifier: MIT */
/*
 * Signals: names, signal sets, struct sigaction, siginfo_t, and the
 * rt_sig* syscalls, printed as strace 6.1 prints them. Signal numbers are
 * the generic Linux ones (x86, arm64, riscv share them).
 */
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/*
 * Kernel signal numbers, not glibc's (SIGRTMIN is 32 for the kernel):
 * src/decode/xlat/signals.in.
 */
const char *ltr_signal_name(int sig)
{
	if (sig < 1 || sig > 64)
		return NULL;
	return ltr_xlat_lookup(LTR_XT(signals), (uint64_t)sig);
}

int ltr_signal_number(const char *name)
{
	for (int sig = 1; sig <= 64; sig++) {
		const char *n = ltr_signal_name(sig);

		if (n && (!strcasecmp(n, name) || (!strncmp(n, "SIG", 3) && !strcasecmp(n + 3, name))))
			return sig;
	}
	return -1;
}

void ltr_print_signame(struct ltr_strbuf *out, int sig)
{
	ltr_print_xlat(out, (uint64_t)(int64_t)sig, LTR_XF_DEC, ltr_signal_name(sig));
}

void ltr_print_arg_signal(struct ltr_call *c, unsigned idx)
{
	ltr_print_signame(c->out, ltr_call_arg_int(c, idx));
}

/*
 * A signal set of nbytes bytes (bit n-1 is signal n, little-endian like
 * the kernel's sigset on every arch ltr supports). strace prints the
 * complement as "~[...]" once two thirds of the bits are set.
 */
void ltr_print_sigset_bytes(struct ltr_strbuf *out, const unsigned char *bytes,
			    unsigned nbytes)
{
	unsigned nbits = nbytes * 8, set = 0, i;
	bool invert;
	bool first = true;

	for (i = 0; i < nbits; i++)
		set += (bytes[i / 8] >> (i % 8)) & 1;
	invert = set >= nbits * 2 / 3 && nbits;
	if (invert)
		ltr_sb_putc(out, '~');
	ltr_sb_putc(out, '[');
	for (i = 0; i < nbits; i++) {
		bool bit = (bytes[i / 8] >> (i % 8)) & 1;
		const char *name;

		if (bit == invert)
			continue;
		if (!first)
			ltr_sb_putc(out, ' ');
		first = false;
		name = ltr_signal_name((int)i + 1);
		ltr_print_xlat(out, i + 1, LTR_XF_UDEC, name ? name + 3 : NULL);
	}
	ltr_sb_putc(out, ']');
}

/*
 * The sigset at addr of len bytes: printed when 1 <= min_len <= len <= 8
 * and readable, else the address.
 */
void ltr_print_sigset_addr(struct ltr_call *c, uint64_t addr, uint64_t len,
			   unsigned min_len)
{
	unsigned char bytes[8];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (len < min_len || len > sizeof(bytes)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, bytes, (unsigned)len))
		return;
	ltr_print_sigset_bytes(c->out, bytes, (unsigned)len);
}

/* A handler: SIG_DFL, SIG_IGN, SIG_ERR by name, else its address. */
static void print_handler(struct ltr_strbuf *out, uint64_t handler, unsigned ws)
{
	if (handler == 0)
		ltr_print_xlat(out, handler, LTR_XF_HEX, "SIG_DFL");
	else if (handler == 1)
		ltr_print_xlat(out, handler, LTR_XF_HEX, "SIG_IGN");
	else if (handler == (ws == 4 ? 0xffffffffu : UINT64_MAX))
		ltr_print_xlat(out, handler, LTR_XF_HEX, "SIG_ERR");
	else
		ltr_print_addr(out, handler);
}

/*
 * struct kernel_sigaction: handler, flags, restorer, mask on both the
 * 64-bit and the i386 compat layout (words of the tracee's size). The
 * arches without SA_RESTORER (riscv64) never set the flag, so the
 * restorer slot is never printed there.
 */
static void print_sigaction(struct ltr_call *c, uint64_t addr, uint64_t setsize)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[3 * 8 + 8];
	uint64_t handler, flags, restorer;
	unsigned size = 3 * ws + 8;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, size))
		return;
	handler = ltr_get_uword(buf, ws);
	flags = ltr_get_uword(buf + ws, ws);
	restorer = ltr_get_uword(buf + 2 * ws, ws);
	ltr_sb_puts(c->out, "{sa_handler=");
	print_handler(c->out, handler, ws);
	ltr_sb_puts(c->out, ", sa_mask=");
	ltr_print_sigset_bytes(c->out, buf + 3 * ws,
			       setsize && setsize < 8 ? (unsigned)setsize : 8);
	ltr_sb_puts(c->out, ", sa_flags=");
	ltr_print_flags(c->out, LTR_XT(sa_flags), flags, NULL);
	if (flags & 0x04000000) {
		ltr_sb_puts(c->out, ", sa_restorer=");
		ltr_print_addr(c->out, restorer);
	}
	ltr_sb_putc(c->out, '}');
}

/* --- the old (non-RT) calls of i386 and other 32-bit arches --- */

/* An old sigset: one word of the tracee's size, "[INT USR1]". */
static void print_old_mask(struct ltr_strbuf *out, uint64_t mask, unsigned ws)
{
	unsigned char bytes[8];

	ltr_put_uword(bytes, ws, mask);
	ltr_print_sigset_bytes(out, bytes, ws);
}

/* A return value strace notes in hex with a comment: " (PREFIX[INT])". */
static void old_mask_ret(struct ltr_call *c, const char *prefix)
{
	struct ltr_strbuf sb = LTR_STRBUF_INIT;

	c->ret_kind = LTR_RET_HEX;
	print_old_mask(&sb, (uint64_t)c->ret, ltr_wordsize(c));
	snprintf(c->ret_text, sizeof(c->ret_text), " (%s%s)", prefix, ltr_sb_cstr(&sb));
	ltr_sb_free(&sb);
}

/*
 * Reads size bytes at argument idx of the old calls: false after printing
 * NULL, or the address (an output argument of a failed call, memory that
 * cannot be read).
 */
static bool fetch_arg(struct ltr_call *c, unsigned idx, void *buf, unsigned size)
{
	uint64_t addr = ltr_arg_word(c, idx);

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return false;
	}
	return !ltr_print_out_failed(c, idx) && ltr_fetch(c, addr, buf, size);
}

/* struct old_sigaction at argument idx: handler, mask (one word), flags, restorer. */
static void print_old_sigaction(struct ltr_call *c, unsigned idx)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[4 * 8];
	uint64_t flags;

	if (!fetch_arg(c, idx, buf, 4 * ws))
		return;
	ltr_sb_puts(c->out, "{sa_handler=");
	print_handler(c->out, ltr_get_uword(buf, ws), ws);
	ltr_sb_puts(c->out, ", sa_mask=");
	print_old_mask(c->out, ltr_get_uword(buf + ws, ws), ws);
	ltr_sb_puts(c->out, ", sa_flags=");
	flags = ltr_get_uword(buf + 2 * ws, ws);
	ltr_print_flags(c->out, LTR_XT(sa_flags), flags, NULL);
	if (flags & 0x04000000) {
		ltr_sb_puts(c->out, ", sa_restorer=");
		ltr_print_addr(c->out, ltr_get_uword(buf + 3 * ws, ws));
	}
	ltr_sb_putc(c->out, '}');
}

/* sigaction(sig, act, oldact) */
void ltr_decode_sigaction(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_signame(c->out, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_old_sigaction(c, 1);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	print_old_sigaction(c, 2);
}

/* signal(sig, handler) = the old handler: "0 (SIG_DFL)" */
void ltr_decode_signal(struct ltr_call *c)
{
	const char *name;

	if (!c->exiting) {
		ltr_print_signame(c->out, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_handler(c->out, ltr_arg_word(c, 1), ltr_wordsize(c));
		return;
	}
	if (ltr_call_failed(c))
		return;
	c->ret_kind = LTR_RET_HEX;
	name = c->ret == 0 ? "SIG_DFL" : c->ret == 1 ? "SIG_IGN" : NULL;
	if (name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* sgetmask() = the mask: "0 (mask [])" */
void ltr_decode_sgetmask(struct ltr_call *c)
{
	if (c->exiting && !ltr_call_failed(c))
		old_mask_ret(c, "mask ");
}

/* ssetmask(mask) = the old mask: "0x2 (old mask [INT])" */
void ltr_decode_ssetmask(struct ltr_call *c)
{
	if (!c->exiting) {
		print_old_mask(c->out, ltr_arg_word(c, 0), ltr_wordsize(c));
		return;
	}
	if (!ltr_call_failed(c))
		old_mask_ret(c, "old mask ");
}

/* An old sigset (one word) at argument idx. */
static void print_old_mask_at(struct ltr_call *c, unsigned idx)
{
	unsigned char buf[8];

	if (fetch_arg(c, idx, buf, ltr_wordsize(c)))
		ltr_print_sigset_bytes(c->out, buf, ltr_wordsize(c));
}

/* sigprocmask(how, set, oldset) */
void ltr_decode_sigprocmask(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(sigprocmask_how), (uint32_t)c->args[0], "SIG_???");
		ltr_sb_puts(c->out, ", ");
		print_old_mask_at(c, 1);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	print_old_mask_at(c, 2);
}

/* sigpending(set) */
void ltr_decode_sigpending(struct ltr_call *c)
{
	if (c->exiting)
		print_old_mask_at(c, 0);
}

/* sigsuspend(..., mask): the mask, its last argument, only */
void ltr_decode_sigsuspend(struct ltr_call *c)
{
	unsigned n = c->desc ? c->desc->nargs : 1;

	if (!c->exiting)
		print_old_mask(c->out, ltr_arg_word(c, n ? n - 1 : 0), ltr_wordsize(c));
}

/* rt_sigaction(sig, act, oldact, sigsetsize) */
void ltr_decode_rt_sigaction(struct ltr_call *c)
{
	uint64_t setsize = c->args[3];

	if (!c->exiting) {
		ltr_print_signame(c->out, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (setsize != 8 && c->args[1])
			ltr_print_addr(c->out, c->args[1]);
		else
			print_sigaction(c, c->args[1], setsize);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[2] && (ltr_call_failed(c) || setsize != 8))
		ltr_print_addr(c->out, c->args[2]);
	else
		print_sigaction(c, c->args[2], setsize);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)setsize);
}

/* rt_sigprocmask(how, set, oldset, sigsetsize) */
void ltr_decode_rt_sigprocmask(struct ltr_call *c)
{
	uint64_t setsize = c->args[3];

	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(sigprocmask_how), (uint32_t)c->args[0],
			       "SIG_???");
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[1], setsize, 8);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[2] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[2]);
	else
		ltr_print_sigset_addr(c, c->args[2], setsize, 8);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)setsize);
}

/* rt_sigpending(set, sigsetsize): any size up to 8 bytes is printed. */
void ltr_decode_rt_sigpending(struct ltr_call *c)
{
	if (!c->exiting)
		return;
	if (c->args[0] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[0]);
	else
		ltr_print_sigset_addr(c, c->args[0], c->args[1], 1);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[1]);
}

/* rt_sigsuspend(set, sigsetsize) */
void ltr_decode_rt_sigsuspend(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_sigset_addr(c, c->args[0], c->args[1], 8);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[1]);
}

/*
 * rt_sigreturn: strace shows the signal mask being restored, read from
 * the signal frame at the stack pointer (c->sp, from the syscall-entry
 * stop). Offsets of uc_sigmask from sp at the syscall:
 * x86_64: pretcode popped, ucontext at sp, mask at +296;
 * i386: sig, pinfo, puc, 128-byte siginfo, then ucontext_ia32 (mask +108);
 * aarch64 / riscv64: siginfo (128) then ucontext (mask at +40).
 */
void ltr_decode_rt_sigreturn(struct ltr_call *c)
{
	uint64_t off;
	unsigned char mask[8];

	if (c->exiting || !c->sp || !c->arch)
		return;
	if (strcmp(c->arch->name, "x86_64") == 0)
		off = 296;
	else if (strcmp(c->arch->name, "i386") == 0)
		off = 12 + 128 + 108;
	else
		off = 128 + 40;
	if (!ltr_call_verbose(c)) {
		/* -e verbose=: the address of the mask, as strace prints it */
		ltr_sb_puts(c->out, "{mask=");
		ltr_print_addr(c->out, ltr_word_mask(c, c->sp + off));
		ltr_sb_putc(c->out, '}');
		return;
	}
	if (ltr_mem_read(c->mem, c->sp + off, mask, sizeof(mask)) != 0)
		return;
	ltr_sb_puts(c->out, "{mask=");
	ltr_print_sigset_bytes(c->out, mask, sizeof(mask));
	ltr_sb_putc(c->out, '}');
}

/*
 * sigreturn (i386's non-RT frame, for handlers without SA_SIGINFO): the
 * vDSO trampoline has popped pretcode and sig, so the struct sigframe_ia32
 * starts 8 bytes below the stack pointer. The mask being restored is
 * sc.oldmask (low 32 bits, at frame + 8 + 80) and extramask[0] (high 32
 * bits, after the 624-byte _fpstate_32: frame + 720). Other arches have no
 * sigreturn of this shape: nothing is printed for them.
 */
void ltr_decode_sigreturn(struct ltr_call *c)
{
	unsigned char mask[8];

	if (c->exiting || !c->sp || !c->arch || strcmp(c->arch->name, "i386") != 0)
		return;
	if (!ltr_call_verbose(c)) {
		ltr_print_addr(c->out, ltr_word_mask(c, c->sp));
		return;
	}
	if (ltr_mem_read(c->mem, c->sp + 80, mask, 4) != 0 ||
	    ltr_mem_read(c->mem, c->sp + 712, mask + 4, 4) != 0)
		return;
	ltr_sb_puts(c->out, "{mask=");
	ltr_print_sigset_bytes(c->out, mask, sizeof(mask));
	ltr_sb_putc(c->out, '}');
}

/* stack_t: ss_sp, ss_flags (int, padded on 64-bit), ss_size. */
static void print_stack_t(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[24];
	uint32_t flags;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 3 * ws))
		return;
	memcpy(&flags, buf + ws, 4);
	ltr_sb_puts(c->out, "{ss_sp=");
	ltr_print_addr(c->out, ltr_get_uword(buf, ws));
	ltr_sb_puts(c->out, ", ss_flags=");
	ltr_print_flags(c->out, LTR_XT(sigaltstack_flags), flags, NULL);
	ltr_sb_printf(c->out, ", ss_size=%llu}",
		      (unsigned long long)ltr_get_uword(buf + 2 * ws, ws));
}

/* sigaltstack(ss, old_ss) */
void ltr_decode_sigaltstack(struct ltr_call *c)
{
	if (!c->exiting) {
		print_stack_t(c, c->args[0]);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[1] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[1]);
	else
		print_stack_t(c, c->args[1]);
}

/* --- siginfo --- */

/* The code table of the kernel-generated (si_code > 0) codes of sig. */
static const struct ltr_xlat_table *signal_codes(int sig)
{
	switch (sig) {
	case SIGILL: return LTR_XT(sigill_codes);
	case SIGFPE: return LTR_XT(sigfpe_codes);
	case SIGSEGV: return LTR_XT(sigsegv_codes);
	case SIGBUS: return LTR_XT(sigbus_codes);
	case SIGTRAP: return LTR_XT(sigtrap_codes);
	case SIGCHLD: return LTR_XT(sigchld_codes);
	case SIGPOLL: return LTR_XT(sigpoll_codes);
	case SIGSYS: return LTR_XT(sigsys_codes);
	default: return NULL;
	}
}

static void print_si_code(struct ltr_strbuf *out, int sig, int code)
{
	const char *name = NULL;
	const struct ltr_xlat_table *table = signal_codes(sig);

	if (code > 0 && code != 0x80 && table)
		name = ltr_xlat_lookup(table, (uint64_t)code);
	if (!name)
		name = ltr_xlat_lookup(LTR_XT(siginfo_codes), (uint64_t)(int64_t)code);
	ltr_print_xlat(out, (uint32_t)code, LTR_XF_HEX, name);
}

/* tid: the thread that gets or passes the siginfo, whose pid namespace si_pid is of */
static void print_source(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid)
{
	/* -Y: the sender's comm (the decode options of every call) */
	ltr_sb_puts(out, ", si_pid=");
	ltr_print_pid_in(out, (int)si->si_pid, LTR_PT_TGID, tid, &ltr_decode_opts);
	/* a uid of -1 (no uid) prints as -1, as strace prints ids */
	if (si->si_uid == (uid_t)-1)
		ltr_sb_puts(out, ", si_uid=-1");
	else
		ltr_sb_printf(out, ", si_uid=%u", (unsigned)si->si_uid);
}

static void print_sigval(struct ltr_strbuf *out, const siginfo_t *si)
{
	ltr_sb_printf(out, ", si_int=%d, si_ptr=", si->si_value.sival_int);
	ltr_print_addr(out, (uint64_t)(uintptr_t)si->si_value.sival_ptr);
}

/*
 * Clock ticks as strace shows them: "0", "250 /" "* 2.50 s *" "/" (no
 * comment under -X raw).
 */
static void print_ticks(struct ltr_strbuf *out, const char *name, long long t)
{
	ltr_sb_printf(out, ", %s=%lld", name, t);
	if (t && ltr_xlat_style() != LTR_XLAT_RAW)
		ltr_sb_printf(out, " /* %lld.%02lld s */", t / 100, t % 100);
}

static void print_sigsys(struct ltr_strbuf *out, const siginfo_t *si)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(si->si_arch);
	const struct ltr_arch *native = ltr_arch_native();
	const char *name = arch ? ltr_arch_syscall_name(arch, si->si_syscall) : NULL;

	ltr_sb_puts(out, ", si_call_addr=");
	ltr_print_addr(out, (uint64_t)(uintptr_t)si->si_call_addr);
	if (name && arch == native) {
		char buf[64];

		/* as a named constant: "0 /" "* __NR_read *" "/" under -X verbose */
		snprintf(buf, sizeof(buf), "__NR_%s", name);
		ltr_sb_puts(out, ", si_syscall=");
		ltr_print_xlat(out, (uint32_t)si->si_syscall, LTR_XF_UDEC, buf);
	}
	else if (name)
		ltr_sb_printf(out, ", si_syscall=%u /* %s */", (unsigned)si->si_syscall, name);
	else
		ltr_sb_printf(out, ", si_syscall=%u", (unsigned)si->si_syscall);
	ltr_sb_puts(out, ", si_arch=");
	ltr_print_xval(out, LTR_XT(audit_arches), si->si_arch, "AUDIT_ARCH_???");
}

/*
 * The call whose tracee memory held the siginfo being printed (set by
 * ltr_print_siginfo_addr() around the printing), for si_fd's path under
 * -y; NULL for the siginfos of signal stops, whose fd prints as a number.
 */
static struct ltr_call *siginfo_call;

static void print_band_fd(struct ltr_strbuf *out, const siginfo_t *si)
{
	ltr_sb_printf(out, ", si_band=%ld, si_fd=", (long)si->si_band);
	if (siginfo_call && siginfo_call->out == out)
		ltr_print_fd(siginfo_call, si->si_fd);
	else
		ltr_sb_put_dec(out, si->si_fd);
}

/* The fields inside the braces, after si_signo and si_code. */
static void print_si_fields(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid)
{
	int sig = si->si_signo, code = si->si_code;

	if (si->si_errno) {
		ltr_sb_puts(out, ", si_errno=");
		ltr_print_xlat(out, (uint32_t)si->si_errno, LTR_XF_UDEC,
			       ltr_errno_name(si->si_errno));
	}
	if (code <= 0) {
		switch (code) {
		case SI_USER:
		case SI_TKILL:
			print_source(out, si, tid);
			break;
		case SI_TIMER:
			ltr_sb_printf(out, ", si_timerid=%#x, si_overrun=%d",
				      (unsigned)si->si_timerid, si->si_overrun);
			print_sigval(out, si);
			break;
		case SI_SIGIO:
			print_band_fd(out, si);
			break;
		default:
			print_source(out, si, tid);
			if (si->si_value.sival_ptr)
				print_sigval(out, si);
			break;
		}
		return;
	}
	switch (sig) {
	case SIGCHLD:
		print_source(out, si, tid);
		if (code == CLD_EXITED) {
			ltr_sb_printf(out, ", si_status=%d", si->si_status);
		} else {
			ltr_sb_puts(out, ", si_status=");
			ltr_print_signame(out, si->si_status);
		}
		print_ticks(out, "si_utime", (long long)si->si_utime);
		print_ticks(out, "si_stime", (long long)si->si_stime);
		break;
	case SIGILL: case SIGFPE: case SIGSEGV: case SIGBUS: case SIGTRAP:
		ltr_sb_puts(out, ", si_addr=");
		ltr_print_addr(out, (uint64_t)(uintptr_t)si->si_addr);
		if (sig == SIGSEGV && code == 3) {
			ltr_sb_puts(out, ", si_lower=");
			ltr_print_addr(out, (uint64_t)(uintptr_t)si->si_lower);
			ltr_sb_puts(out, ", si_upper=");
			ltr_print_addr(out, (uint64_t)(uintptr_t)si->si_upper);
		} else if (sig == SIGSEGV && code == 4) {
			ltr_sb_printf(out, ", si_pkey=%u", (unsigned)si->si_pkey);
		} else if (sig == SIGBUS && (code == 4 || code == 5)) {
			ltr_sb_printf(out, ", si_addr_lsb=%#x",
				      (unsigned)(uint16_t)si->si_addr_lsb);
		}
		break;
	case SIGPOLL:
		if (code >= 1 && code <= 6)
			print_band_fd(out, si);
		break;
	case SIGSYS:
		print_sigsys(out, si);
		break;
	default:
		if (si->si_pid || si->si_uid)
			print_source(out, si, tid);
		if (si->si_value.sival_ptr)
			print_sigval(out, si);
		break;
	}
}

/* "{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}"; all zero prints "{}". */
void ltr_print_siginfo_struct(struct ltr_strbuf *out, const siginfo_t *si)
{
	ltr_print_siginfo_struct_of(out, si, 0);
}

void ltr_print_siginfo_struct_of(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid)
{
	if (si->si_signo == 0 && si->si_code == 0 && si->si_errno == 0 &&
	    si->si_pid == 0) {
		ltr_sb_puts(out, "{}");
		return;
	}
	ltr_sb_puts(out, "{si_signo=");
	ltr_print_signame(out, si->si_signo);
	ltr_sb_puts(out, ", si_code=");
	print_si_code(out, si->si_signo, si->si_code);
	print_si_fields(out, si, tid);
	ltr_sb_putc(out, '}');
}

void ltr_print_siginfo(struct ltr_strbuf *out, const siginfo_t *si)
{
	ltr_print_siginfo_of(out, si, 0);
}

void ltr_print_siginfo_of(struct ltr_strbuf *out, const siginfo_t *si, pid_t tid)
{
	const char *name = ltr_signal_name(si->si_signo);

	/* the line's head names the signal whatever -X says, as strace's */
	if (name)
		ltr_sb_puts(out, name);
	else
		ltr_sb_put_dec(out, si->si_signo);
	ltr_sb_putc(out, ' ');
	ltr_print_siginfo_struct_of(out, si, tid);
}

static int32_t le32(const unsigned char *p)
{
	int32_t v;

	memcpy(&v, p, 4);
	return v;
}

/*
 * Reads a siginfo of the tracee's layout at addr into a native one: the
 * i386 compat layout has its union at offset 12 and 4-byte words.
 * Returns false when unreadable.
 */
static bool fetch_siginfo(const struct ltr_call *c, uint64_t addr, siginfo_t *si)
{
	unsigned char raw[128];
	const unsigned char *u = raw + 12;
	int code;

	if (!ltr_fetch_quiet(c, addr, raw, sizeof(raw)))
		return false;
	if (ltr_wordsize(c) == 8) {
		memcpy(si, raw, sizeof(*si) < sizeof(raw) ? sizeof(*si) : sizeof(raw));
		return true;
	}
	memset(si, 0, sizeof(*si));
	si->si_signo = le32(raw);
	si->si_errno = le32(raw + 4);
	si->si_code = code = le32(raw + 8);
	if (code == SI_TIMER) {
		si->si_timerid = le32(u);
		si->si_overrun = le32(u + 4);
		si->si_value.sival_ptr = (void *)(uintptr_t)(uint32_t)le32(u + 8);
		return true;
	}
	if (code == SI_SIGIO || (code > 0 && si->si_signo == SIGPOLL)) {
		si->si_band = le32(u);
		si->si_fd = le32(u + 4);
		return true;
	}
	if (code > 0 && (si->si_signo == SIGILL || si->si_signo == SIGFPE ||
			 si->si_signo == SIGSEGV || si->si_signo == SIGBUS ||
			 si->si_signo == SIGTRAP)) {
		si->si_addr = (void *)(uintptr_t)(uint32_t)le32(u);
		return true;
	}
	if (code > 0 && si->si_signo == SIGSYS) {
		si->si_call_addr = (void *)(uintptr_t)(uint32_t)le32(u);
		si->si_syscall = le32(u + 4);
		si->si_arch = (unsigned)le32(u + 8);
		return true;
	}
	si->si_pid = le32(u);
	si->si_uid = (uid_t)le32(u + 4);
	if (code > 0 && si->si_signo == SIGCHLD) {
		si->si_status = le32(u + 8);
		si->si_utime = le32(u + 12);
		si->si_stime = le32(u + 16);
	} else {
		si->si_value.sival_ptr = (void *)(uintptr_t)(uint32_t)le32(u + 8);
	}
	return true;
}

/* A siginfo_t in tracee memory: the struct, or the address. */
void ltr_print_siginfo_addr(struct ltr_call *c, uint64_t addr)
{
	siginfo_t si;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!fetch_siginfo(c, addr, &si)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	siginfo_call = c;
	ltr_print_siginfo_struct_of(c->out, &si, c->tid);
	siginfo_call = NULL;
}

/* rt_sigtimedwait(set, info, timeout, sigsetsize) = sig (SIGNAME) */
void ltr_decode_rt_sigtimedwait(struct ltr_call *c)
{
	const char *name;

	if (!c->exiting) {
		ltr_print_sigset_addr(c, c->args[0], c->args[3], 8);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[1] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[1]);
	else
		ltr_print_siginfo_addr(c, c->args[1]);
	ltr_sb_puts(c->out, ", ");
	if (strstr(c->desc->name, "time64") || ltr_wordsize(c) == 8)
		ltr_print_timespec64(c, c->args[2]);
	else
		ltr_print_timespec32(c, c->args[2]);
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[3]);
	name = ltr_call_failed(c) ? NULL : ltr_signal_name((int)c->ret);
	if (name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* rt_sigqueueinfo(tgid, sig, info) / rt_tgsigqueueinfo(tgid, tid, sig, info) */
void ltr_decode_rt_sigqueueinfo(struct ltr_call *c)
{
	unsigned sigidx = strcmp(c->desc->name, "rt_tgsigqueueinfo") == 0 ? 2 : 1;
	unsigned i;

	if (c->exiting)
		return;
	for (i = 0; i < sigidx; i++) {
		ltr_print_pid(c, ltr_call_arg_int(c, i));
		ltr_sb_puts(c->out, ", ");
	}
	ltr_print_signame(c->out, ltr_call_arg_int(c, sigidx));
	ltr_sb_puts(c->out, ", ");
	ltr_print_siginfo_addr(c, c->args[sigidx + 1]);
}

/* --- signalfd, signalfd4 --- */

/* signalfd's mask: a sigset whose size is the next argument. */
void ltr_print_arg_sigset_sized(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);

	ltr_print_sigset_addr(c, addr, idx + 1 < 6 ? c->args[idx + 1] : 0, 1);
}

/* signalfd4's flags: "SFD_CLOEXEC|SFD_NONBLOCK". */
