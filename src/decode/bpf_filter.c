/* SPDX-License-Identifier: MIT */
/*
 * Classic BPF programs (struct sock_filter arrays, struct sock_fprog) as
 * strace 6.1 prints them: each instruction as the BPF_STMT() or
 * BPF_JUMP() macro that makes it, its code split into class, size, mode,
 * operation and source names, and socket filters' special load offsets
 * (SKF_AD_OFF+SKF_AD_PROTOCOL). Used by SO_ATTACH_FILTER and
 * SO_GET_FILTER (sockopt.c); seccomp filters (seccomp(2), prctl(2)'s
 * PR_SET_SECCOMP, ptrace(2)'s PTRACE_SECCOMP_GET_FILTER) show a
 * return's k as a seccomp action instead.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* BPF_MAXINSNS: the most instructions shown. */
#define BPF_INSNS_MAX 4096

enum {
	CLASS_LD = 0, CLASS_LDX = 1, CLASS_ST = 2, CLASS_STX = 3,
	CLASS_ALU = 4, CLASS_JMP = 5, CLASS_RET = 6, CLASS_MISC = 7,
	MODE_ABS = 0x20,
};

static void print_or(struct ltr_strbuf *out)
{
	ltr_sb_putc(out, '|');
}

/* Bits of a code that no field names: "|0x8" and a BPF_??? comment. */
static void print_rest(struct ltr_strbuf *out, unsigned rest)
{
	if (!rest)
		return;
	print_or(out);
	ltr_print_xval(out, NULL, rest, "BPF_???");
}

/* An instruction's code: BPF_LD|BPF_B|BPF_ABS. */
static void print_code(struct ltr_strbuf *out, unsigned code)
{
	unsigned cls = code & 0x07, rest = code & ~0x07u;

	ltr_print_xval(out, LTR_XT(bpf_class), cls, "BPF_???");
	switch (cls) {
	case CLASS_ST:
	case CLASS_STX:
		print_rest(out, rest);
		break;
	case CLASS_LD:
	case CLASS_LDX:
		print_or(out);
		ltr_print_xval(out, LTR_XT(bpf_size), code & 0x18, "BPF_???");
		print_or(out);
		ltr_print_xval(out, LTR_XT(bpf_mode), code & 0xe0, "BPF_???");
		break;
	case CLASS_MISC:
		print_or(out);
		ltr_print_xval(out, LTR_XT(bpf_miscop), code & 0xf8, "BPF_???");
		print_rest(out, rest & ~0xf8u);
		break;
	case CLASS_ALU:
	case CLASS_JMP:
		print_or(out);
		ltr_print_xval(out, LTR_XT(bpf_src), code & 0x08, "BPF_???");
		print_or(out);
		ltr_print_xval(out, cls == CLASS_ALU ? LTR_XT(bpf_op_alu) : LTR_XT(bpf_op_jmp),
			       code & 0xf0, "BPF_???");
		break;
	case CLASS_RET:
		print_or(out);
		ltr_print_xval(out, LTR_XT(bpf_rval), code & 0x18, "BPF_???");
		print_rest(out, rest & ~0x18u);
		break;
	}
}

/*
 * A socket filter's k of an absolute load at a special offset:
 * SKF_AD_OFF+SKF_AD_PROTOCOL, SKF_NET_OFF+8. Returns false when k is a
 * plain number.
 */
static bool print_sock_filter_k(struct ltr_strbuf *out, unsigned code, uint32_t k)
{
	static const uint32_t bases[] = { 0xfffff000u, 0xfff00000u, 0xffe00000u };
	unsigned i;

	if ((code & 0x07) != CLASS_LD || (code & 0xe0) != MODE_ABS)
		return false;
	for (i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
		if (k < bases[i])
			continue;
		ltr_print_xlat(out, bases[i], LTR_XF_HEX, ltr_xlat_lookup(LTR_XT(skf_off), bases[i]));
		ltr_sb_putc(out, '+');
		if (i == 0)
			ltr_print_xval(out, LTR_XT(skf_ad), k - bases[i], "SKF_AD_???");
		else
			ltr_sb_printf(out, "%u", k - bases[i]);
		return true;
	}
	return false;
}

/* A seccomp filter's return value: SECCOMP_RET_ERRNO|0x5. */
static bool print_seccomp_k(struct ltr_strbuf *out, unsigned code, uint32_t k)
{
	uint32_t action = k & 0xffff0000u; /* SECCOMP_RET_ACTION_FULL */

	if ((code & 0x07) != CLASS_RET)
		return false;
	ltr_print_xval(out, LTR_XT(seccomp_ret_action), action, "SECCOMP_RET_???");
	if (k & 0xffffu) {
		print_or(out);
		ltr_sb_printf(out, "%#x", k & 0xffffu);
	}
	return true;
}

/*
 * One struct sock_filter { u16 code; u8 jt, jf; u32 k; }, of a socket
 * filter or a seccomp one.
 */
static void print_insn(struct ltr_strbuf *out, const unsigned char *insn, bool seccomp)
{
	unsigned code = (unsigned)(insn[0] | insn[1] << 8), jt = insn[2], jf = insn[3];
	uint32_t k = ltr_get_u32(insn + 4);

	if (jt || jf) {
		ltr_sb_puts(out, "BPF_JUMP(");
		print_code(out, code);
		ltr_sb_printf(out, ", %#x, %#x, %#x)", k, jt, jf);
		return;
	}
	ltr_sb_puts(out, "BPF_STMT(");
	print_code(out, code);
	ltr_sb_puts(out, ", ");
	if (seccomp ? !print_seccomp_k(out, code, k) : !print_sock_filter_k(out, code, k))
		ltr_sb_printf(out, "%#x", k);
	ltr_sb_putc(out, ')');
}

static void print_filters(struct ltr_call *c, uint64_t addr, unsigned count, bool seccomp)
{
	unsigned char insn[8];
	uint64_t i, shown = ltr_array_max(c);
	bool opened = false;

	if (ltr_call_abbrev(c) || !addr) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!count) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	for (i = 0; i < count; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (ltr_mem_read(c->mem, addr + 8 * i, insn, 8) < 0) {
			if (!i)
				ltr_print_addr(c->out, addr);
			else
				ltr_sb_printf(c->out, "... /* %#llx */",
					      (unsigned long long)(addr + 8 * i));
			break;
		}
		if (!opened) {
			ltr_sb_putc(c->out, '[');
			opened = true;
		}
		if (i >= shown || i >= BPF_INSNS_MAX) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		print_insn(c->out, insn, seccomp);
	}
	if (opened)
		ltr_sb_putc(c->out, ']');
}

static void print_fprog(struct ltr_call *c, uint64_t addr, bool seccomp)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[16];
	unsigned len;

	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	len = (unsigned)(buf[0] | buf[1] << 8);
	ltr_sb_printf(c->out, "{len=%u, filter=", len);
	print_filters(c, ltr_get_uword(buf + ws, ws), len, seccomp);
	ltr_sb_putc(c->out, '}');
}

void ltr_print_sock_filters(struct ltr_call *c, uint64_t addr, unsigned count)
{
	print_filters(c, addr, count, false);
}

void ltr_print_sock_fprog(struct ltr_call *c, uint64_t addr)
{
	print_fprog(c, addr, false);
}

void ltr_print_seccomp_filters(struct ltr_call *c, uint64_t addr, unsigned count)
{
	print_filters(c, addr, count, true);
}

void ltr_print_seccomp_fprog(struct ltr_call *c, uint64_t addr)
{
	print_fprog(c, addr, true);
}
