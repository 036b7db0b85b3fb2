/* SPDX-License-Identifier: MIT */
/*
 * prctl and arch_prctl: options and the arguments each one uses, and the
 * results some options return (strace's " (SECBIT_KEEP_CAPS)" comments).
 *
 * prctl's option is an int; its other arguments are unsigned longs the
 * kernel reads whole or as an int, option by option: strace prints each as
 * the kernel reads it, and the arguments an option does not use not at
 * all (PR_SET_SECUREBITS prints one) or in hex (options strace does not
 * know, and the tail of some known ones).
 */
#include <stdio.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- shared --- */

/* ", 0x..." for each of arguments from..4, as the tracee's words. */
static void print_hex_args(struct ltr_call *c, unsigned from)
{
	unsigned i;

	for (i = from; i < 5; i++) {
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_arg_word(c, i));
	}
}

/*
 * An output pointer at exit: its address when the call failed (strace
 * never reads memory the kernel did not fill), else the size bytes there
 * (false, with NULL or the address printed, when they cannot be read).
 */
static bool fetch_out(struct ltr_call *c, uint64_t addr, void *buf, unsigned size)
{
	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	return ltr_fetch(c, addr, buf, size);
}

/*
 * A string of at most len bytes (the task's name): when no NUL comes
 * within len bytes, the len bytes then "...", as strace's fixed-size
 * strings print (a 15-byte name for PR_SET_NAME shows its "..." even
 * when its NUL comes next). When -s is shorter, it is cut as any string.
 */
void ltr_print_str_max(struct ltr_call *c, uint64_t addr, unsigned len)
{
	char buf[256];
	bool terminated = false;
	ssize_t n;

	if (len >= sizeof(buf) || len > c->opts->strsize) {
		ltr_print_str(c, addr, 0);
		return;
	}
	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	n = ltr_mem_read_str(c->mem, addr, buf, len, &terminated);
	if (n < 0 || (!terminated && (size_t)n < len)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_quoted(c->out, buf, (size_t)n, c->opts, !terminated);
}

/*
 * strace's comment after a result made of flags (the securebits in force,
 * PR_GET_FP_MODE's bits): the known names joined with '|' and what is
 * left in hex; nothing when no bit is known, nor under -X raw; the list's
 * entry of value 0 names a result of 0.
 */
static void print_ret_flags(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
			    uint64_t val)
{
	const struct ltr_xlat *x;
	size_t start = out->len;
	bool found = false;

	if (ltr_xlat_style() == LTR_XLAT_RAW)
		return;
	ltr_sb_puts(out, " (");
	if (!val && t->xlat[0].name && t->xlat[0].val == 0) {
		ltr_sb_puts(out, t->xlat[0].name);
		found = true;
	}
	for (x = t->xlat; val && x->name; x++) {
		if (!x->val || (val & x->val) != x->val)
			continue;
		if (found)
			ltr_sb_putc(out, '|');
		ltr_sb_puts(out, x->name);
		val &= ~x->val;
		found = true;
	}
	if (!found) {
		out->len = start;
		out->data[start] = '\0';
		return;
	}
	if (val) {
		ltr_sb_putc(out, '|');
		ltr_sb_put_hex(out, val);
	}
	ltr_sb_putc(out, ')');
}

/* " (NAME)" after a result that is one value of t, whatever -X says. */
static void set_ret_name(struct ltr_call *c, const struct ltr_xlat_table *t)
{
	const char *name = ltr_xlat_lookup(t, (uint64_t)c->ret);

	if (name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* --- arch_prctl --- */

enum {
	ARCH_GET_FS_ = 0x1003, ARCH_GET_GS_ = 0x1004, ARCH_GET_CPUID_ = 0x1011,
	ARCH_GET_XCOMP_SUPP_ = 0x1021, ARCH_GET_XCOMP_PERM_ = 0x1022,
	ARCH_REQ_XCOMP_PERM_ = 0x1023, ARCH_GET_XCOMP_GUEST_PERM_ = 0x1024,
	ARCH_REQ_XCOMP_GUEST_PERM_ = 0x1025,
};

/*
 * The x86 xfeature mask at addr (ARCH_GET_XCOMP_*): strace prints it
 * with the names in a comment (under -X abbrev too), the kernel's
 * XFEATURE_MASK_* names not being public.
 */
static void print_xfeatures(struct ltr_call *c, uint64_t addr)
{
	const struct ltr_xlat_table *t = LTR_XT(x86_xfeatures);
	uint64_t v;
	int prev;

	if (!fetch_out(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	prev = ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW ? LTR_XLAT_RAW
			      : LTR_XLAT_VERBOSE);
	ltr_print_flags_dflt(c->out, t, v, NULL, "XFEATURE_MASK_???");
	ltr_xlat_force(prev);
	ltr_sb_putc(c->out, ']');
}

/* ARCH_REQ_XCOMP_PERM's result: the features now permitted. */
static void arch_prctl_ret_suffix(struct ltr_call *c)
{
	print_ret_flags(c->out, LTR_XT(x86_xfeatures), (uint64_t)c->ret);
}

/*
 * arch_prctl(code, addr): ARCH_GET_FS/GS print the word stored at addr
 * at exit; codes that take a number or that strace does not know print
 * addr in hex (0, not NULL).
 */
void ltr_decode_arch_prctl(struct ltr_call *c)
{
	uint32_t code = (uint32_t)c->args[0];
	uint64_t addr = ltr_arg_word(c, 1);
	unsigned char w[8];
	int prev;

	if (!c->exiting) {
		ltr_print_xval(c->out, ltr_xlat_for_arch(LTR_XT(arch_prctl_codes), c->arch),
			       code, "ARCH_???");
		switch (code) {
		case ARCH_GET_CPUID_:
			return;
		case ARCH_GET_FS_: case ARCH_GET_GS_:
		case ARCH_GET_XCOMP_SUPP_: case ARCH_GET_XCOMP_PERM_:
		case ARCH_GET_XCOMP_GUEST_PERM_:
			ltr_sb_puts(c->out, ", ");
			return;
		case ARCH_REQ_XCOMP_PERM_: case ARCH_REQ_XCOMP_GUEST_PERM_:
			ltr_sb_puts(c->out, ", ");
			prev = ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW
					      ? LTR_XLAT_RAW : LTR_XLAT_VERBOSE);
			ltr_print_xval(c->out, LTR_XT(x86_xfeature_bits), addr,
				       "XFEATURE_???");
			ltr_xlat_force(prev);
			return;
		default:
			ltr_sb_puts(c->out, ", ");
			ltr_sb_put_hex(c->out, addr);
			return;
		}
	}
	switch (code) {
	case ARCH_GET_FS_: case ARCH_GET_GS_:
		if (!fetch_out(c, addr, w, ltr_wordsize(c)))
			return;
		ltr_sb_putc(c->out, '[');
		ltr_print_addr(c->out, ltr_wordsize(c) == 4 ? ltr_get_u32(w)
			       : ltr_get_u64(w));
		ltr_sb_putc(c->out, ']');
		return;
	case ARCH_GET_XCOMP_SUPP_: case ARCH_GET_XCOMP_PERM_:
	case ARCH_GET_XCOMP_GUEST_PERM_:
		print_xfeatures(c, addr);
		return;
	case ARCH_REQ_XCOMP_PERM_: case ARCH_REQ_XCOMP_GUEST_PERM_:
		if (c->ret > 0) {
			c->ret_kind = LTR_RET_HEX;
			c->ret_suffix = arch_prctl_ret_suffix;
		}
		return;
	default:
		return;
	}
}

/* --- prctl --- */

enum {
	PR_SET_PDEATHSIG_ = 1, PR_GET_PDEATHSIG_, PR_GET_DUMPABLE_,
	PR_SET_DUMPABLE_, PR_GET_UNALIGN_, PR_SET_UNALIGN_, PR_GET_KEEPCAPS_,
	PR_SET_KEEPCAPS_, PR_GET_FPEMU_, PR_SET_FPEMU_, PR_GET_FPEXC_,
	PR_SET_FPEXC_, PR_GET_TIMING_, PR_SET_TIMING_, PR_SET_NAME_,
	PR_GET_NAME_, PR_GET_ENDIAN_ = 19, PR_SET_ENDIAN_, PR_GET_SECCOMP_,
	PR_SET_SECCOMP_, PR_CAPBSET_READ_, PR_CAPBSET_DROP_, PR_GET_TSC_,
	PR_SET_TSC_, PR_GET_SECUREBITS_, PR_SET_SECUREBITS_,
	PR_SET_TIMERSLACK_, PR_GET_TIMERSLACK_, PR_TASK_PERF_EVENTS_DISABLE_,
	PR_TASK_PERF_EVENTS_ENABLE_, PR_MCE_KILL_, PR_MCE_KILL_GET_,
	PR_SET_MM_, PR_SET_CHILD_SUBREAPER_, PR_GET_CHILD_SUBREAPER_,
	PR_SET_NO_NEW_PRIVS_, PR_GET_NO_NEW_PRIVS_, PR_GET_TID_ADDRESS_,
	PR_SET_THP_DISABLE_, PR_GET_THP_DISABLE_, PR_MPX_ENABLE_MANAGEMENT_,
	PR_MPX_DISABLE_MANAGEMENT_, PR_SET_FP_MODE_, PR_GET_FP_MODE_,
	PR_CAP_AMBIENT_, PR_SVE_SET_VL_ = 50, PR_SVE_GET_VL_,
	PR_GET_SPECULATION_CTRL_, PR_SET_SPECULATION_CTRL_,
	PR_PAC_RESET_KEYS_, PR_SET_TAGGED_ADDR_CTRL_, PR_GET_TAGGED_ADDR_CTRL_,
	PR_SET_IO_FLUSHER_, PR_GET_IO_FLUSHER_, PR_SET_SYSCALL_USER_DISPATCH_,
	PR_PAC_SET_ENABLED_KEYS_, PR_PAC_GET_ENABLED_KEYS_, PR_SCHED_CORE_,
	PR_SME_SET_VL_, PR_SME_GET_VL_,
	PR_SET_VMA_ = 0x53564d41, PR_SET_PTRACER_ = 0x59616d61,
};

#define VL_LEN_MASK 0xffffULL      /* PR_SVE_VL_LEN_MASK, PR_SME_VL_LEN_MASK */
#define MTE_TCF_MASK 0x6ULL        /* PR_MTE_TCF_MASK */
#define MTE_TAG_SHIFT 3            /* PR_MTE_TAG_SHIFT */
#define MTE_TAG_MASK (0xffffULL << MTE_TAG_SHIFT)

/*
 * A vector length with its flags (PR_SVE_SET_VL, PR_SME_SET_VL):
 * "PR_SVE_VL_INHERIT|0x10" (the flags' unknown bits in hex, the length
 * in hex). In a result's comment (ret), nothing when there are no flags.
 * Under -X verbose an argument with flags prints its number first.
 */
static void print_vl(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
		     uint64_t val, bool ret)
{
	uint64_t flags = val & ~VL_LEN_MASK;
	enum ltr_xlat_style style = ltr_xlat_style();
	bool verbose = !ret && flags && style == LTR_XLAT_VERBOSE;
	unsigned n;

	if (style == LTR_XLAT_RAW) {
		if (!ret)
			ltr_sb_put_hex(out, val);
		return;
	}
	if (ret && !flags)
		return;
	if (ret)
		ltr_sb_puts(out, " (");
	if (verbose) {
		ltr_sb_put_hex(out, val);
		ltr_sb_puts(out, " /* ");
	}
	if (flags) {
		n = ltr_print_flag_names(out, t, &flags, 0);
		if (flags) {
			if (n)
				ltr_sb_putc(out, '|');
			ltr_sb_put_hex(out, flags);
		}
		ltr_sb_putc(out, '|');
	}
	ltr_sb_put_hex(out, val & VL_LEN_MASK);
	if (verbose)
		ltr_sb_puts(out, " */");
	if (ret)
		ltr_sb_putc(out, ')');
}

/*
 * The tagged address control word (PR_SET_TAGGED_ADDR_CTRL's argument,
 * PR_GET_TAGGED_ADDR_CTRL's result): the enable bit ("!" before its name
 * when clear), the MTE tag check fault mode, the tag mask shifted
 * ("0xffff<<PR_MTE_TAG_SHIFT") and the other bits in hex. The argument
 * prints its number first under -X raw and verbose (alone under raw);
 * the result's comment is not printed under raw.
 */
static void print_tagged_addr(struct ltr_strbuf *out, uint64_t val, bool ret)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	uint64_t tag = val & MTE_TAG_MASK;
	uint64_t rest = val & ~(1ULL | MTE_TCF_MASK | MTE_TAG_MASK);
	const char *tcf = ltr_xlat_lookup(LTR_XT(pr_tagged_addr_mte_tcf),
					  val & MTE_TCF_MASK);

	if (!ret && style != LTR_XLAT_ABBREV)
		ltr_sb_put_hex(out, val);
	if (style == LTR_XLAT_RAW)
		return;
	ltr_sb_puts(out, ret ? " (" : style == LTR_XLAT_VERBOSE ? " /* " : "");
	if (!(val & 1))
		ltr_sb_putc(out, '!');
	ltr_sb_puts(out, ltr_xlat_lookup(LTR_XT(pr_tagged_addr_enable), 1));
	ltr_sb_putc(out, '|');
	if (tcf)
		ltr_sb_puts(out, tcf);
	else
		ltr_sb_put_hex(out, val & MTE_TCF_MASK);
	if (tag) {
		ltr_sb_putc(out, '|');
		ltr_sb_put_hex(out, tag >> MTE_TAG_SHIFT);
		ltr_sb_puts(out, "<<PR_MTE_TAG_SHIFT");
	}
	if (rest) {
		ltr_sb_putc(out, '|');
		ltr_sb_put_hex(out, rest);
	}
	ltr_sb_puts(out, ret ? ")" : style == LTR_XLAT_VERBOSE ? " */" : "");
}

/* The comment after a prctl result, for the options that have one. */
static void prctl_ret_suffix(struct ltr_call *c)
{
	uint64_t ret = (uint64_t)c->ret;

	switch ((uint32_t)c->args[0]) {
	case PR_GET_SECUREBITS_:
		print_ret_flags(c->out, LTR_XT(secbits), ret);
		return;
	case PR_GET_FP_MODE_:
		print_ret_flags(c->out, LTR_XT(pr_fp_mode), ret);
		return;
	case PR_PAC_GET_ENABLED_KEYS_:
		print_ret_flags(c->out, LTR_XT(pr_pac_enabled_keys), ret);
		return;
	case PR_GET_SPECULATION_CTRL_:
		print_ret_flags(c->out, LTR_XT(pr_spec_get_flags), ret);
		return;
	case PR_SVE_SET_VL_: case PR_SVE_GET_VL_:
		print_vl(c->out, LTR_XT(pr_sve_vl_flags), ret, true);
		return;
	case PR_SME_SET_VL_: case PR_SME_GET_VL_:
		print_vl(c->out, LTR_XT(pr_sme_vl_flags), ret, true);
		return;
	case PR_GET_TAGGED_ADDR_CTRL_:
		print_tagged_addr(c->out, ret, true);
		return;
	default:
		return;
	}
}

/* The tracee's int at addr, at exit: "[%u]" (PR_GET_CHILD_SUBREAPER ...). */
static void print_int_out(struct ltr_call *c, uint64_t addr, const struct ltr_xlat_table *t,
			  const char *unknown, bool flags)
{
	uint32_t v;

	if (!fetch_out(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	if (!t)
		ltr_sb_put_udec(c->out, v);
	else if (flags)
		ltr_print_flags_dflt(c->out, t, v, NULL, unknown);
	else
		ltr_print_xval(c->out, t, v, unknown);
	ltr_sb_putc(c->out, ']');
}

/* PR_SCHED_CORE's pid type, always with its name in a comment but under -X raw. */
static void print_sched_core_pidtype(struct ltr_call *c, uint32_t type)
{
	int prev = ltr_xlat_force(ltr_xlat_style() == LTR_XLAT_RAW ? LTR_XLAT_RAW
				  : LTR_XLAT_VERBOSE);

	ltr_print_xval(c->out, LTR_XT(pr_sched_core_pidtypes), type, "PIDTYPE_???");
	ltr_xlat_force(prev);
}

/* What PR_SCHED_CORE's pid is, by its type: PIDTYPE_PID, _TGID, _PGID, _SID. */
static const enum ltr_pid_type sched_core_pid_types[] = {
	LTR_PT_TID, LTR_PT_TGID, LTR_PT_PGID, LTR_PT_SID,
};

/* The arguments of prctl(opt, ...) at entry, after the option. */
static void prctl_entry(struct ltr_call *c, uint32_t opt)
{
	struct ltr_strbuf *out = c->out;
	uint64_t a2 = ltr_arg_word(c, 1), a3 = ltr_arg_word(c, 2);

	switch (opt) {
	case PR_GET_KEEPCAPS_: case PR_GET_SECCOMP_: case PR_GET_TIMERSLACK_:
	case PR_GET_TIMING_: case PR_TASK_PERF_EVENTS_DISABLE_:
	case PR_TASK_PERF_EVENTS_ENABLE_: case PR_GET_DUMPABLE_:
	case PR_GET_SECUREBITS_: case PR_GET_FP_MODE_: case PR_SVE_GET_VL_:
	case PR_SME_GET_VL_:
		return;
	/* an output pointer, printed at exit */
	case PR_GET_CHILD_SUBREAPER_: case PR_GET_ENDIAN_: case PR_GET_FPEMU_:
	case PR_GET_FPEXC_: case PR_GET_NAME_: case PR_GET_PDEATHSIG_:
	case PR_GET_TID_ADDRESS_: case PR_GET_TSC_: case PR_GET_UNALIGN_:
		ltr_sb_puts(out, ", ");
		return;
	case PR_SVE_SET_VL_:
		ltr_sb_puts(out, ", ");
		print_vl(out, LTR_XT(pr_sve_vl_flags), a2, false);
		return;
	case PR_SME_SET_VL_:
		ltr_sb_puts(out, ", ");
		print_vl(out, LTR_XT(pr_sme_vl_flags), a2, false);
		return;
	case PR_GET_SPECULATION_CTRL_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_spec_cmds), a2, "PR_SPEC_???");
		return;
	case PR_SET_TAGGED_ADDR_CTRL_:
		ltr_sb_puts(out, ", ");
		print_tagged_addr(out, a2, false);
		print_hex_args(c, 2);
		return;
	case PR_SET_CHILD_SUBREAPER_: case PR_SET_ENDIAN_: case PR_SET_FPEMU_:
	case PR_SET_FPEXC_: case PR_SET_KEEPCAPS_: case PR_SET_TIMING_:
		ltr_sb_puts(out, ", ");
		ltr_sb_put_udec(out, a2);
		return;
	case PR_SET_DUMPABLE_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(dumpable), a2, "SUID_DUMP_???");
		return;
	case PR_CAPBSET_DROP_: case PR_CAPBSET_READ_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(capabilities), a2, "CAP_???");
		return;
	case PR_CAP_AMBIENT_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_cap_ambient), a2, "PR_CAP_AMBIENT_???");
		if (a2 >= 1 && a2 <= 3) { /* IS_SET, RAISE, LOWER take a capability */
			ltr_sb_puts(out, ", ");
			ltr_print_xval(out, LTR_XT(capabilities), a3, "CAP_???");
			print_hex_args(c, 3);
		} else {
			print_hex_args(c, 2);
		}
		return;
	case PR_MCE_KILL_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_mce_kill), a2, "PR_MCE_KILL_???");
		ltr_sb_puts(out, ", ");
		if (a2 == 1) /* PR_MCE_KILL_SET */
			ltr_print_xval(out, LTR_XT(pr_mce_kill_policy), a3,
				       "PR_MCE_KILL_???");
		else
			ltr_sb_put_hex(out, a3);
		print_hex_args(c, 3);
		return;
	case PR_SET_NAME_:
		ltr_sb_puts(out, ", ");
		ltr_print_str_max(c, a2, 15);
		return;
	case PR_SET_VMA_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_set_vma), a2, "PR_SET_VMA_???");
		if (a2 != 0) {
			print_hex_args(c, 2);
			return;
		}
		/* PR_SET_VMA_ANON_NAME: start, length, name */
		ltr_sb_puts(out, ", ");
		ltr_print_addr(out, a3);
		ltr_sb_puts(out, ", ");
		ltr_sb_put_udec(out, ltr_arg_word(c, 3));
		ltr_sb_puts(out, ", ");
		ltr_print_str(c, ltr_arg_word(c, 4), 0);
		return;
	case PR_SET_MM_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_set_mm), (uint32_t)a2, "PR_SET_MM_???");
		print_hex_args(c, 2);
		return;
	case PR_SET_PDEATHSIG_:
		ltr_sb_puts(out, ", ");
		if (a2 > 128)
			ltr_sb_put_udec(out, a2);
		else
			ltr_print_signame(out, (int)a2);
		return;
	case PR_SET_PTRACER_:
		ltr_sb_puts(out, ", ");
		if ((int32_t)a2 == -1)
			ltr_print_xlat(out, (uint64_t)-1, LTR_XF_DEC, "PR_SET_PTRACER_ANY");
		else
			ltr_print_pid(c, (int32_t)a2);
		return;
	case PR_SET_SECCOMP_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(seccomp_mode), a2, "SECCOMP_MODE_???");
		if (a2 == 1) /* SECCOMP_MODE_STRICT */
			return;
		if (a2 == 2) { /* SECCOMP_MODE_FILTER */
			ltr_sb_puts(out, ", ");
			ltr_print_seccomp_fprog(c, a3);
			return;
		}
		print_hex_args(c, 2);
		return;
	case PR_SET_SECUREBITS_:
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(secbits), a2, NULL, "SECBIT_???");
		return;
	case PR_SET_TIMERSLACK_:
		ltr_sb_puts(out, ", ");
		ltr_sb_put_dec(out, ltr_call_arg_long(c, 1));
		return;
	case PR_SET_TSC_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_tsc), (uint32_t)a2, "PR_TSC_???");
		return;
	case PR_SET_UNALIGN_:
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(pr_unalign_flags), (uint32_t)a2, NULL,
				     "PR_UNALIGN_???");
		return;
	case PR_SET_NO_NEW_PRIVS_: case PR_SET_THP_DISABLE_: case PR_SET_IO_FLUSHER_:
		ltr_sb_puts(out, ", ");
		ltr_sb_put_udec(out, a2);
		print_hex_args(c, 2);
		return;
	case PR_SET_FP_MODE_:
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(pr_fp_mode), (uint32_t)a2, NULL,
				     "PR_FP_MODE_???");
		return;
	case PR_SET_SPECULATION_CTRL_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_spec_cmds), a2, "PR_SPEC_???");
		ltr_sb_puts(out, ", ");
		if (a2 <= 2) /* STORE_BYPASS, INDIRECT_BRANCH, L1D_FLUSH */
			ltr_print_xval(out, LTR_XT(pr_spec_set_flags), a3, "PR_SPEC_???");
		else
			ltr_sb_put_hex(out, a3);
		return;
	case PR_PAC_RESET_KEYS_:
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(pr_pac_keys), a2, NULL, "PR_PAC_???");
		print_hex_args(c, 2);
		return;
	case PR_PAC_SET_ENABLED_KEYS_:
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(pr_pac_enabled_keys), a2, NULL,
				     "PR_PAC_???");
		ltr_sb_puts(out, ", ");
		ltr_print_flags_dflt(out, LTR_XT(pr_pac_enabled_keys), a3, NULL,
				     "PR_PAC_???");
		print_hex_args(c, 3);
		return;
	case PR_SET_SYSCALL_USER_DISPATCH_:
		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_sud_cmds), a2, "PR_SYS_DISPATCH_???");
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, a3);
		ltr_sb_puts(out, ", ");
		ltr_sb_put_hex(out, ltr_arg_word(c, 3));
		ltr_sb_puts(out, ", ");
		ltr_print_addr(out, ltr_arg_word(c, 4));
		return;
	case PR_SCHED_CORE_: {
		uint32_t type = (uint32_t)c->args[3];

		ltr_sb_puts(out, ", ");
		ltr_print_xval(out, LTR_XT(pr_sched_core_cmds), (uint32_t)a2,
			       "PR_SCHED_CORE_???");
		ltr_sb_puts(out, ", ");
		/* a thread, process, group or session id per the type (PIDTYPE_*) */
		if (type < sizeof(sched_core_pid_types) / sizeof(sched_core_pid_types[0]))
			ltr_print_pid_type(c, (int32_t)a3, sched_core_pid_types[type]);
		else
			ltr_sb_put_dec(out, (int32_t)a3);
		ltr_sb_puts(out, ", ");
		print_sched_core_pidtype(c, type);
		ltr_sb_puts(out, ", ");
		if ((uint32_t)a2 != 0) /* but PR_SCHED_CORE_GET's cookie, at exit */
			ltr_print_addr(out, ltr_arg_word(c, 4));
		return;
	}
	default:
		print_hex_args(c, 1);
		return;
	}
}

/* What prctl(opt, ...) prints at exit: output arguments, result comments. */
static void prctl_exit(struct ltr_call *c, uint32_t opt)
{
	uint64_t a2 = ltr_arg_word(c, 1);
	unsigned char w[8];
	uint32_t v;

	switch (opt) {
	case PR_GET_CHILD_SUBREAPER_: case PR_GET_ENDIAN_: case PR_GET_FPEMU_:
	case PR_GET_FPEXC_:
		print_int_out(c, a2, NULL, NULL, false);
		return;
	case PR_GET_TSC_:
		print_int_out(c, a2, LTR_XT(pr_tsc), "PR_TSC_???", false);
		return;
	case PR_GET_UNALIGN_:
		print_int_out(c, a2, LTR_XT(pr_unalign_flags), "PR_UNALIGN_???", true);
		return;
	case PR_GET_PDEATHSIG_:
		if (!fetch_out(c, a2, &v, sizeof(v)))
			return;
		ltr_sb_putc(c->out, '[');
		ltr_print_signame(c->out, (int)v);
		ltr_sb_putc(c->out, ']');
		return;
	case PR_GET_NAME_:
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, a2);
		else
			ltr_print_str_max(c, a2, 16);
		return;
	case PR_GET_TID_ADDRESS_:
		if (!fetch_out(c, a2, w, ltr_wordsize(c)))
			return;
		ltr_sb_putc(c->out, '[');
		ltr_print_addr(c->out, ltr_wordsize(c) == 4 ? ltr_get_u32(w) : ltr_get_u64(w));
		ltr_sb_putc(c->out, ']');
		return;
	case PR_SCHED_CORE_:
		if ((uint32_t)a2 != 0)
			return;
		if (!fetch_out(c, ltr_arg_word(c, 4), w, 8))
			return;
		ltr_sb_putc(c->out, '[');
		ltr_sb_put_hex(c->out, ltr_get_u64(w));
		ltr_sb_putc(c->out, ']');
		return;
	default:
		break;
	}
	if (ltr_call_failed(c))
		return;
	switch (opt) {
	case PR_GET_DUMPABLE_:
		set_ret_name(c, LTR_XT(dumpable));
		return;
	case PR_MCE_KILL_GET_:
		set_ret_name(c, LTR_XT(pr_mce_kill_policy));
		return;
	case PR_GET_SECUREBITS_: case PR_GET_FP_MODE_:
	case PR_SVE_SET_VL_: case PR_SVE_GET_VL_:
	case PR_SME_SET_VL_: case PR_SME_GET_VL_:
		/* a result of 0 prints as a number without a comment */
		if (c->ret == 0)
			return;
		break;
	case PR_GET_SPECULATION_CTRL_:
		/* only the three misfeatures' results are flags */
		if (a2 > 2)
			return;
		break;
	case PR_GET_TAGGED_ADDR_CTRL_: case PR_PAC_GET_ENABLED_KEYS_:
		break;
	default:
		return;
	}
	c->ret_kind = LTR_RET_HEX;
	c->ret_suffix = prctl_ret_suffix;
}

/*
 * prctl(option, ...): each option's arguments as strace prints them
 * (prctl_entry), the output ones and the result's form at exit
 * (prctl_exit); options strace does not know print their four
 * arguments in hex.
 */
void ltr_decode_prctl(struct ltr_call *c)
{
	uint32_t opt = (uint32_t)c->args[0];

	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(prctl_options), opt, "PR_???");
		prctl_entry(c, opt);
		return;
	}
	prctl_exit(c, opt);
}
