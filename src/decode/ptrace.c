/* SPDX-License-Identifier: MIT */
/*
 * ptrace(2): each request's addr and data as strace prints them: signals
 * for the resuming requests, options, siginfos and signal masks, struct
 * user offsets, regsets (struct iovec of registers: the general registers
 * of x86_64, i386, aarch64 and riscv64, x86's floating point ones), PTRACE_PEEKSIGINFO's arguments and
 * result, seccomp filters and metadata, and PTRACE_GET_SYSCALL_INFO's
 * struct ptrace_syscall_info.
 */
#include <stdio.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

enum {
	PT_TRACEME = 0, PT_PEEKTEXT = 1, PT_PEEKDATA = 2, PT_PEEKUSER = 3,
	PT_POKEUSER = 6, PT_CONT = 7, PT_KILL = 8, PT_SINGLESTEP = 9,
	PT_GETREGS = 12, PT_SETREGS = 13, PT_GETFPREGS = 14, PT_SETFPREGS = 15,
	PT_ATTACH = 16, PT_DETACH = 17, PT_SYSCALL = 24, PT_SYSEMU = 31,
	PT_SYSEMU_SINGLESTEP = 32, PT_SINGLEBLOCK = 33,
	PT_SETOPTIONS = 0x4200, PT_GETEVENTMSG, PT_GETSIGINFO, PT_SETSIGINFO,
	PT_GETREGSET, PT_SETREGSET, PT_SEIZE, PT_INTERRUPT, PT_LISTEN,
	PT_PEEKSIGINFO, PT_GETSIGMASK, PT_SETSIGMASK, PT_SECCOMP_GET_FILTER,
	PT_SECCOMP_GET_METADATA, PT_GET_SYSCALL_INFO,
};

#define NT_PRSTATUS_ 1
#define NT_FPREGSET_ 2
#define AUDIT_X86_64 0xc000003eu
#define AUDIT_I386 0x40000003u
#define AUDIT_AARCH64 0xc00000b7u
#define AUDIT_RISCV64 0xc00000f3u

/* --- register sets --- */

/* One field of a register set: count > 1 is an array of size-byte ints. */
struct reg_field {
	const char *name;
	unsigned char size;
	unsigned char count;
};

/*
 * The layouts of the regsets strace decodes (the kernel's struct
 * user_regs_struct and user_fpregs_struct of the tracee's arch): field
 * names in order, sizes in bytes.
 */
static const struct reg_field x86_64_regs[] = {
	{ "r15", 8, 1 }, { "r14", 8, 1 }, { "r13", 8, 1 }, { "r12", 8, 1 },
	{ "rbp", 8, 1 }, { "rbx", 8, 1 }, { "r11", 8, 1 }, { "r10", 8, 1 },
	{ "r9", 8, 1 }, { "r8", 8, 1 }, { "rax", 8, 1 }, { "rcx", 8, 1 },
	{ "rdx", 8, 1 }, { "rsi", 8, 1 }, { "rdi", 8, 1 }, { "orig_rax", 8, 1 },
	{ "rip", 8, 1 }, { "cs", 8, 1 }, { "eflags", 8, 1 }, { "rsp", 8, 1 },
	{ "ss", 8, 1 }, { "fs_base", 8, 1 }, { "gs_base", 8, 1 }, { "ds", 8, 1 },
	{ "es", 8, 1 }, { "fs", 8, 1 }, { "gs", 8, 1 }, { NULL, 0, 0 },
};
static const struct reg_field x86_64_fpregs[] = {
	{ "cwd", 2, 1 }, { "swd", 2, 1 }, { "ftw", 2, 1 }, { "fop", 2, 1 },
	{ "rip", 8, 1 }, { "rdp", 8, 1 }, { "mxcsr", 4, 1 }, { "mxcr_mask", 4, 1 },
	{ "st_space", 4, 32 }, { "xmm_space", 4, 64 }, { "padding", 4, 24 },
	{ NULL, 0, 0 },
};
static const struct reg_field i386_regs[] = {
	{ "ebx", 4, 1 }, { "ecx", 4, 1 }, { "edx", 4, 1 }, { "esi", 4, 1 },
	{ "edi", 4, 1 }, { "ebp", 4, 1 }, { "eax", 4, 1 }, { "xds", 4, 1 },
	{ "xes", 4, 1 }, { "xfs", 4, 1 }, { "xgs", 4, 1 }, { "orig_eax", 4, 1 },
	{ "eip", 4, 1 }, { "xcs", 4, 1 }, { "eflags", 4, 1 }, { "esp", 4, 1 },
	{ "xss", 4, 1 }, { NULL, 0, 0 },
};
static const struct reg_field i386_fpregs[] = {
	{ "cwd", 4, 1 }, { "swd", 4, 1 }, { "twd", 4, 1 }, { "fip", 4, 1 },
	{ "fcs", 4, 1 }, { "foo", 4, 1 }, { "fos", 4, 1 }, { "st_space", 4, 20 },
	{ NULL, 0, 0 },
};

/* aarch64's struct user_pt_regs, riscv64's struct user_regs_struct */
static const struct reg_field aarch64_regs[] = {
	{ "regs", 8, 31 }, { "sp", 8, 1 }, { "pc", 8, 1 }, { "pstate", 8, 1 },
	{ NULL, 0, 0 },
};
static const struct reg_field riscv64_regs[] = {
	{ "pc", 8, 1 }, { "ra", 8, 1 }, { "sp", 8, 1 }, { "gp", 8, 1 },
	{ "tp", 8, 1 }, { "t0", 8, 1 }, { "t1", 8, 1 }, { "t2", 8, 1 },
	{ "s0", 8, 1 }, { "s1", 8, 1 }, { "a0", 8, 1 }, { "a1", 8, 1 },
	{ "a2", 8, 1 }, { "a3", 8, 1 }, { "a4", 8, 1 }, { "a5", 8, 1 },
	{ "a6", 8, 1 }, { "a7", 8, 1 }, { "s2", 8, 1 }, { "s3", 8, 1 },
	{ "s4", 8, 1 }, { "s5", 8, 1 }, { "s6", 8, 1 }, { "s7", 8, 1 },
	{ "s8", 8, 1 }, { "s9", 8, 1 }, { "s10", 8, 1 }, { "s11", 8, 1 },
	{ "t3", 8, 1 }, { "t4", 8, 1 }, { "t5", 8, 1 }, { "t6", 8, 1 },
	{ NULL, 0, 0 },
};

static unsigned layout_size(const struct reg_field *f)
{
	unsigned n = 0;

	for (; f->name; f++)
		n += f->size * f->count;
	return n;
}

/* The layout of regset nt for the tracee's arch, or NULL (printed as an address). */
static const struct reg_field *regset_layout(const struct ltr_call *c, unsigned nt)
{
	uint32_t arch = c->arch ? c->arch->audit_arch : 0;

	if (nt == NT_PRSTATUS_) {
		switch (arch) {
		case AUDIT_X86_64: return x86_64_regs;
		case AUDIT_I386: return i386_regs;
		case AUDIT_AARCH64: return aarch64_regs;
		case AUDIT_RISCV64: return riscv64_regs;
		default: return NULL;
		}
	}
	/* strace decodes x86's floating point registers only */
	if (nt == NT_FPREGSET_)
		return arch == AUDIT_X86_64 ? x86_64_fpregs : arch == AUDIT_I386 ? i386_fpregs : NULL;
	return NULL;
}

static uint64_t get_uint(const unsigned char *p, unsigned size)
{
	return size == 8 ? ltr_get_u64(p) : size == 4 ? ltr_get_u32(p) : ltr_get_u16(p);
}

/*
 * A register set of size bytes at addr laid out as f: the fields that
 * start within size (arrays cut to the elements within it, and to -s
 * elements when abbreviated), ", ..." when size is more than the
 * layout; the address when size is 0 or not a multiple of the word (or,
 * at exit, when the call failed).
 */
static void print_regset(struct ltr_call *c, uint64_t addr, uint64_t size,
			 const struct reg_field *f)
{
	unsigned char buf[512];
	unsigned total, off = 0, fetch;
	bool first = true;

	if (!f || !size || size % ltr_wordsize(c) || (c->exiting && ltr_call_failed(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	total = layout_size(f);
	fetch = size < total ? (unsigned)size : total;
	if (!ltr_fetch(c, addr, buf, fetch))
		return;
	ltr_sb_putc(c->out, '{');
	for (; f->name && off < fetch; off += f->size * f->count, f++) {
		unsigned i, n = f->count;

		if (!first)
			ltr_sb_puts(c->out, ", ");
		first = false;
		ltr_sb_printf(c->out, "%s=", f->name);
		if (f->count == 1) {
			ltr_sb_put_hex(c->out, get_uint(buf + off, f->size));
			continue;
		}
		if ((fetch - off) / f->size < n)
			n = (fetch - off) / f->size;
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < n; i++) {
			if (i)
				ltr_sb_puts(c->out, ", ");
			if (i == ltr_array_max(c)) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			ltr_sb_put_hex(c->out, get_uint(buf + off + i * f->size, f->size));
		}
		ltr_sb_putc(c->out, ']');
	}
	if (size > total)
		ltr_sb_puts(c->out, ", ...");
	ltr_sb_putc(c->out, '}');
}

/* struct iovec at addr (tracee words): base and length; false when unreadable. */
static bool fetch_iovec(const struct ltr_call *c, uint64_t addr, uint64_t *base, uint64_t *len)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char b[16];

	if (!ltr_call_verbose(c) || !ltr_fetch_quiet(c, addr, b, 2 * ws))
		return false;
	*base = ltr_get_uword(b, ws);
	*len = ltr_get_uword(b + ws, ws);
	return true;
}

/*
 * PTRACE_GETREGSET (at exit) and PTRACE_SETREGSET (at entry, and its
 * changed length at exit): "{iov_base={...}, iov_len=N}", the length
 * "old => new" when the kernel changed it.
 */
static void print_regset_iov(struct ltr_call *c, uint64_t addr, unsigned nt, bool get)
{
	uint64_t base, len;

	if (!c->exiting) {
		if (!fetch_iovec(c, addr, &base, &len)) {
			ltr_print_addr(c->out, addr);
			c->saved[0] = 0;
			return;
		}
		c->saved[0] = 1;
		c->saved[1] = len;
		if (get)
			return;
		ltr_sb_puts(c->out, "{iov_base=");
		print_regset(c, base, len, regset_layout(c, nt));
		ltr_sb_printf(c->out, ", iov_len=%llu", (unsigned long long)len);
		return;
	}
	if (!c->saved[0])
		return;
	if (!get) {
		if (fetch_iovec(c, addr, &base, &len) && len != c->saved[1])
			ltr_sb_printf(c->out, " => %llu", (unsigned long long)len);
		ltr_sb_putc(c->out, '}');
		return;
	}
	if (!fetch_iovec(c, addr, &base, &len)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_puts(c->out, "{iov_base=");
	print_regset(c, base, len, regset_layout(c, nt));
	ltr_sb_printf(c->out, ", iov_len=%llu", (unsigned long long)c->saved[1]);
	if (len != c->saved[1])
		ltr_sb_printf(c->out, " => %llu", (unsigned long long)len);
	ltr_sb_putc(c->out, '}');
}

/* --- other structures --- */

/*
 * A PTRACE_PEEKUSER/POKEUSER offset: the struct user slot it names
 * ("8*RIP", "offsetof(struct user, u_debugreg)+8") after the address
 * under -X verbose, in place of it by default, not at all under raw.
 */
static void print_user_offset(struct ltr_call *c, uint64_t off)
{
	const struct ltr_xlat_table *t = ltr_xlat_for_arch(LTR_XT(user_offsets), c->arch);
	const struct ltr_xlat *x, *best = NULL, *last = NULL;
	enum ltr_xlat_style style = ltr_xlat_style();

	for (x = t->xlat; x->name; x++) {
		last = x;
		if (x->val <= off && (!best || x->val >= best->val))
			best = x;
	}
	/* past sizeof(struct user): no name */
	if (best && best == last && off > best->val)
		best = NULL;
	if (!best || style != LTR_XLAT_ABBREV)
		ltr_print_addr(c->out, off);
	if (!best || style == LTR_XLAT_RAW)
		return;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " /* ");
	ltr_sb_puts(c->out, best->name);
	if (off != best->val)
		ltr_sb_printf(c->out, "+%llu", (unsigned long long)(off - best->val));
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " */");
}

/* PTRACE_PEEKSIGINFO's struct ptrace_peeksiginfo_args (off, flags, nr). */
static void print_peeksiginfo_args(struct ltr_call *c, uint64_t addr)
{
	unsigned char a[16];

	if (!ltr_fetch(c, addr, a, sizeof(a)))
		return;
	ltr_sb_printf(c->out, "{off=%llu, flags=", (unsigned long long)ltr_get_u64(a));
	ltr_print_flags_dflt(c->out, LTR_XT(ptrace_peeksiginfo_flags), ltr_get_u32(a + 8),
			     NULL, "PTRACE_PEEKSIGINFO_???");
	ltr_sb_printf(c->out, ", nr=%u}", ltr_get_u32(a + 12));
}

/* The n siginfos PTRACE_PEEKSIGINFO stored at addr (128 bytes each). */
static void print_siginfo_array(struct ltr_call *c, uint64_t addr, uint64_t n)
{
	uint64_t i;

	if (!addr || ltr_call_failed(c) || !ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		if (i) {
			ltr_sb_puts(c->out, ", ");
			if (i == ltr_array_max(c)) {
				ltr_sb_puts(c->out, "...");
				break;
			}
		}
		ltr_print_siginfo_addr(c, addr + i * 128);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * PTRACE_SECCOMP_GET_METADATA's struct seccomp_metadata (filter_off,
 * then at exit flags) of size bytes.
 */
static void print_seccomp_metadata(struct ltr_call *c, uint64_t addr, uint64_t size)
{
	unsigned char b[8];

	if (!c->exiting) {
		c->saved[0] = 0;
		if (size < 8) {
			ltr_print_addr(c->out, addr);
			return;
		}
		if (!ltr_fetch(c, addr, b, 8))
			return;
		ltr_sb_printf(c->out, "{filter_off=%llu", (unsigned long long)ltr_get_u64(b));
		c->saved[0] = 1;
		return;
	}
	if (!c->saved[0])
		return;
	if (!ltr_call_failed(c) && size > 8) {
		ltr_sb_puts(c->out, ", ");
		if (size < 16 || !ltr_fetch_quiet(c, addr + 8, b, 8)) {
			ltr_sb_puts(c->out, "???");
		} else {
			ltr_sb_puts(c->out, "flags=");
			ltr_print_flags_dflt(c->out, LTR_XT(seccomp_filter_flags),
					     ltr_get_u64(b), NULL, "SECCOMP_FILTER_FLAG_???");
			if (size > 16)
				ltr_sb_puts(c->out, ", ...");
		}
	}
	ltr_sb_putc(c->out, '}');
}

/* A syscall number of arch (an AUDIT_ARCH_*): "__NR_chdir", or the number. */
static void print_syscall_nr(struct ltr_strbuf *out, uint64_t nr, uint32_t audit)
{
	const struct ltr_arch *arch = ltr_arch_by_audit(audit);
	const char *name = arch && nr < (1u << 20) ? ltr_arch_syscall_name(arch, (long)nr)
		: NULL;
	char buf[64];

	if (!name) {
		ltr_sb_put_udec(out, nr);
		return;
	}
	snprintf(buf, sizeof(buf), "__NR_%s", name);
	ltr_print_xlat(out, nr, LTR_XF_UDEC, buf);
}

static void print_u64_array(struct ltr_call *c, const unsigned char *p, unsigned n)
{
	unsigned i;

	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i == ltr_array_max(c)) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_put_hex(c->out, ltr_get_u64(p + 8 * i));
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * struct ptrace_syscall_info (op u8, arch u32 at 4, instruction and
 * stack pointers, then entry {nr, args[6]}, exit {rval, is_error} or
 * seccomp {nr, args[6], ret_data}): the fields within the bytes both the
 * caller (user_len) and the kernel (the result) gave.
 */
static void print_syscall_info(struct ltr_call *c, uint64_t addr, uint64_t user_len)
{
	unsigned char b[88];
	uint64_t kernel_len = (uint64_t)c->ret, n = user_len < kernel_len ? user_len : kernel_len;
	unsigned size = n < 84 ? (unsigned)n : 84; /* up to seccomp.ret_data */
	uint32_t arch;

	if (!size || !addr || !ltr_call_verbose(c) || !ltr_fetch_quiet(c, addr, b, size)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_puts(c->out, "{op=");
	ltr_print_xval(c->out, LTR_XT(ptrace_syscall_info_ops), b[0], "PTRACE_SYSCALL_INFO_???");
	if (size < 8)
		goto end;
	arch = ltr_get_u32(b + 4);
	ltr_sb_puts(c->out, ", arch=");
	ltr_print_xval(c->out, LTR_XT(audit_arches), arch, "AUDIT_ARCH_???");
	if (size < 16)
		goto end;
	ltr_sb_puts(c->out, ", instruction_pointer=");
	ltr_print_addr(c->out, ltr_get_u64(b + 8));
	if (size < 24)
		goto end;
	ltr_sb_puts(c->out, ", stack_pointer=");
	ltr_print_addr(c->out, ltr_get_u64(b + 16));
	if (size < 32)
		goto end;
	switch (b[0]) {
	case 1: case 3: /* ENTRY, SECCOMP */
		ltr_sb_puts(c->out, b[0] == 1 ? ", entry={nr=" : ", seccomp={nr=");
		print_syscall_nr(c->out, ltr_get_u64(b + 24), arch);
		if ((size - 32) / 8) {
			ltr_sb_puts(c->out, ", args=");
			print_u64_array(c, b + 32, (size - 32) / 8 < 6 ? (size - 32) / 8 : 6);
		}
		if (b[0] == 3 && size >= 84)
			ltr_sb_printf(c->out, ", ret_data=%u", ltr_get_u32(b + 80));
		ltr_sb_putc(c->out, '}');
		break;
	case 2: { /* EXIT */
		int64_t rval = (int64_t)ltr_get_u64(b + 24);
		const char *e = size >= 33 && b[32] && rval < 0 && rval > -4096 ?
			ltr_errno_name((int)-rval) : NULL;

		ltr_sb_puts(c->out, ", exit={rval=");
		if (e) {
			char buf[48];

			snprintf(buf, sizeof(buf), "-%s", e);
			ltr_print_xlat(c->out, (uint64_t)rval, LTR_XF_DEC, buf);
		} else {
			ltr_sb_put_dec(c->out, rval);
		}
		if (size >= 33)
			ltr_sb_printf(c->out, ", is_error=%u", b[32]);
		ltr_sb_putc(c->out, '}');
		break;
	}
	default:
		break;
	}
end:
	ltr_sb_putc(c->out, '}');
}

/* --- ptrace --- */

/* What data holds at exit for request req: the value the kernel stored. */
static void ptrace_exit(struct ltr_call *c, uint64_t req)
{
	uint64_t addr = ltr_arg_word(c, 2), data = ltr_arg_word(c, 3);
	unsigned char w[8];

	switch (req) {
	case PT_PEEKTEXT: case PT_PEEKDATA: case PT_PEEKUSER:
	case PT_GETEVENTMSG:
		if (!ltr_call_verbose(c))
			return;
		if (ltr_call_failed(c)) {
			ltr_print_addr(c->out, data);
			return;
		}
		if (!ltr_fetch(c, data, w, ltr_wordsize(c)))
			return;
		ltr_sb_putc(c->out, '[');
		if (req == PT_GETEVENTMSG)
			ltr_sb_put_udec(c->out, ltr_get_uword(w, ltr_wordsize(c)));
		else
			ltr_print_addr(c->out, ltr_get_uword(w, ltr_wordsize(c)));
		ltr_sb_putc(c->out, ']');
		return;
	case PT_GETREGSET: case PT_SETREGSET:
		print_regset_iov(c, data, (uint32_t)addr, req == PT_GETREGSET);
		return;
	case PT_GETSIGINFO:
		if (!ltr_call_verbose(c))
			return;
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, data);
		else
			ltr_print_siginfo_addr(c, data);
		return;
	case PT_GETSIGMASK:
		if (!ltr_call_verbose(c))
			return;
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, data);
		else
			ltr_print_sigset_addr(c, data, addr, 1);
		return;
	case PT_PEEKSIGINFO:
		if (ltr_call_verbose(c))
			print_siginfo_array(c, data, (uint64_t)c->ret);
		return;
	case PT_SECCOMP_GET_FILTER:
		if (ltr_call_verbose(c))
			ltr_print_seccomp_filters(c, data, (uint16_t)c->ret);
		return;
	case PT_SECCOMP_GET_METADATA:
		print_seccomp_metadata(c, data, addr);
		return;
	case PT_GET_SYSCALL_INFO:
		if (ltr_call_verbose(c))
			print_syscall_info(c, data, addr);
		return;
	case PT_GETREGS: case PT_GETFPREGS: {
		const struct reg_field *f;

		if (!c->arch || (c->arch->audit_arch != AUDIT_X86_64 &&
				 c->arch->audit_arch != AUDIT_I386))
			return;
		f = regset_layout(c, req == PT_GETREGS ? NT_PRSTATUS_ : NT_FPREGSET_);

		print_regset(c, data, f ? layout_size(f) : 0, f);
		return;
	}
	default:
		return;
	}
}

/*
 * ptrace(request, pid, addr, data): the request as the tracee's long;
 * the arguments each request uses, the output ones at exit.
 */
void ltr_decode_ptrace(struct ltr_call *c)
{
	uint64_t req = ltr_arg_word(c, 0);
	uint64_t addr = ltr_arg_word(c, 2), data = ltr_arg_word(c, 3);
	bool x86 = c->arch && (c->arch->audit_arch == AUDIT_X86_64 ||
			       c->arch->audit_arch == AUDIT_I386);
	struct ltr_strbuf *out = c->out;

	if (c->exiting) {
		ptrace_exit(c, req);
		return;
	}
	ltr_print_xval(out, ltr_xlat_for_arch(LTR_XT(ptrace_requests), c->arch), req,
		       "PTRACE_???");
	if (req == PT_TRACEME)
		return;
	ltr_sb_puts(out, ", ");
	ltr_print_pid(c, ltr_call_arg_int(c, 1));
	switch (req) {
	case PT_ATTACH: case PT_INTERRUPT: case PT_KILL: case PT_LISTEN:
		return;
	default:
		break;
	}
	ltr_sb_puts(out, ", ");
	/* addr */
	switch (req) {
	case PT_PEEKUSER: case PT_POKEUSER:
		print_user_offset(c, addr);
		break;
	case PT_GETREGSET: case PT_SETREGSET:
		ltr_print_xval(out, LTR_XT(nt_types), (uint32_t)addr, "NT_???");
		break;
	case PT_GETSIGMASK: case PT_SETSIGMASK: case PT_SECCOMP_GET_FILTER:
	case PT_SECCOMP_GET_METADATA: case PT_GET_SYSCALL_INFO:
		ltr_sb_put_udec(out, addr);
		break;
	case PT_PEEKSIGINFO:
		print_peeksiginfo_args(c, addr);
		break;
	case PT_SETREGS: case PT_SETFPREGS: case PT_GETREGS: case PT_GETFPREGS:
		if (x86) {
			/* the registers at data; addr is not used */
			const struct reg_field *f = regset_layout(c, req == PT_SETREGS ||
				req == PT_GETREGS ? NT_PRSTATUS_ : NT_FPREGSET_);

			if (req == PT_SETREGS || req == PT_SETFPREGS)
				print_regset(c, data, f ? layout_size(f) : 0, f);
			return;
		}
		ltr_print_addr(out, addr);
		break;
	default:
		ltr_print_addr(out, addr);
		break;
	}
	ltr_sb_puts(out, ", ");
	/* data */
	/* x86's PTRACE_SINGLEBLOCK is aarch64's PTRACE_PEEKMTETAGS */
	if (req == PT_SINGLEBLOCK && !x86)
		req = UINT64_MAX;
	switch (req) {
	case PT_CONT: case PT_DETACH: case PT_SYSCALL: case PT_SINGLESTEP:
	case PT_SINGLEBLOCK: case PT_SYSEMU: case PT_SYSEMU_SINGLESTEP:
		if ((int)data)
			ltr_print_signame(out, (int)data);
		else
			ltr_sb_puts(out, "0");
		return;
	case PT_SEIZE: case PT_SETOPTIONS:
		ltr_print_flags_dflt(out, LTR_XT(ptrace_options), data, NULL, "PTRACE_O_???");
		return;
	case PT_SETSIGINFO:
		ltr_print_siginfo_addr(c, data);
		return;
	case PT_SETSIGMASK:
		ltr_print_sigset_addr(c, data, addr, 1);
		return;
	case PT_GETREGSET: case PT_SETREGSET:
		print_regset_iov(c, data, (uint32_t)addr, req == PT_GETREGSET);
		return;
	case PT_SECCOMP_GET_METADATA:
		print_seccomp_metadata(c, data, addr);
		return;
	case PT_PEEKTEXT: case PT_PEEKDATA: case PT_PEEKUSER: case PT_GETEVENTMSG:
	case PT_GETSIGINFO: case PT_GETSIGMASK: case PT_PEEKSIGINFO:
	case PT_SECCOMP_GET_FILTER: case PT_GET_SYSCALL_INFO:
		/* filled by the kernel: at exit, unless -e verbose= leaves it out */
		if (ltr_call_verbose(c))
			return;
		ltr_print_addr(out, data);
		return;
	default:
		ltr_print_addr(out, data);
		return;
	}
}
