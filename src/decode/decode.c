/* SPDX-License-Identifier: MIT */
/*
 * The generic decoder: prints a call from its row's argspecs (or hands it
 * to the row's custom decoder), and its return value, strace style.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/sysset.h"
#include "decoders.h"

struct ltr_decode_opts ltr_decode_opts = { .strsize = 32 };

/* --- -e abbrev=, verbose=, raw=: LTR_CALL_* per syscall --- */

#define MAX_ARCHES 8

/* Per arch of ltr_arches[]: the flags by number, and beyond the table. */
static uint8_t *call_flags[MAX_ARCHES];
static uint8_t call_flags_unknown[MAX_ARCHES];
static bool any_call_flags;

/* Compiles spec (NULL: dflt) into set; -1 with a message on error. */
static int compile_set(struct ltr_sysset *set, const char *spec, bool dflt,
		       char *err, size_t errlen)
{
	ltr_sysset_init(set, spec ? false : dflt);
	return spec ? ltr_sysset_add(set, spec, err, errlen, NULL) : 0;
}

int ltr_decode_set_call_flags(const char *abbrev, const char *verbose, const char *raw,
			      char *err, size_t errlen)
{
	struct ltr_sysset *sets[3] = {
		ltr_sysset_new(true), ltr_sysset_new(true), ltr_sysset_new(false)
	};
	int rc = 0;
	unsigned a, i;

	for (a = 0; a < MAX_ARCHES; a++) {
		free(call_flags[a]);
		call_flags[a] = NULL;
		call_flags_unknown[a] = 0;
	}
	any_call_flags = abbrev || verbose || raw;
	if (compile_set(sets[0], abbrev, true, err, errlen) < 0 ||
	    compile_set(sets[1], verbose, true, err, errlen) < 0 ||
	    compile_set(sets[2], raw, false, err, errlen) < 0) {
		any_call_flags = false;
		rc = -1;
	}
	for (a = 0; any_call_flags && ltr_arches[a] && a < MAX_ARCHES; a++) {
		const struct ltr_arch *arch = ltr_arches[a];
		long nr;

		call_flags[a] = ltr_xcalloc(arch->nsyscalls + 1, 1);
		/* the last slot: numbers beyond the table */
		for (nr = 0; nr <= (long)arch->nsyscalls; nr++) {
			long n = nr == (long)arch->nsyscalls ? -1 : nr;
			uint8_t f = 0;

			if (!ltr_sysset_match(sets[0], a, n))
				f |= LTR_CALL_NOABBREV;
			if (!ltr_sysset_match(sets[1], a, n))
				f |= LTR_CALL_NODEREF;
			if (ltr_sysset_match(sets[2], a, n))
				f |= LTR_CALL_RAW;
			if (n < 0)
				call_flags_unknown[a] = f;
			else
				call_flags[a][nr] = f;
		}
	}
	for (i = 0; i < 3; i++)
		free(sets[i]);
	return rc;
}

unsigned ltr_decode_call_flags(const struct ltr_arch *arch, long nr)
{
	static const struct ltr_arch *last_arch;
	static int last_index;
	int a;

	if (!any_call_flags)
		return 0;
	if (arch == last_arch) {
		a = last_index;
	} else {
		a = ltr_sysset_arch_index(arch);
		if (a < 0 || a >= MAX_ARCHES || !call_flags[a])
			return 0;
		last_arch = arch;
		last_index = a;
	}
	if (nr < 0 || (unsigned long)nr >= arch->nsyscalls)
		return call_flags_unknown[a];
	return call_flags[a][nr];
}

/* The return value column of strace: "= " starts at column 40 (-a). */
#define RETVAL_COLUMN 40

/* strace prints these with "?" and its own text: the caller never sees them. */
static const char *restart_message(int err)
{
	switch (err) {
	case 512: return "To be restarted if SA_RESTART is set";  /* ERESTARTSYS */
	case 513: return "To be restarted";                       /* ERESTARTNOINTR */
	case 514: return "To be restarted if no handler";         /* ERESTARTNOHAND */
	case 516: return "Interrupted by signal";                 /* ERESTART_RESTARTBLOCK */
	default: return NULL;
	}
}

/* Unknown numbers: "syscall_0x1c3(0x1, 0x2, 0x3, 0x4, 0x5, 0x6" (all six). */
static void print_unknown_entry(struct ltr_call *c)
{
	unsigned i;

	ltr_sb_printf(c->out, "syscall_%#lx(", (unsigned long)c->nr);
	for (i = 0; i < 6; i++) {
		if (i)
			ltr_sb_append(c->out, ", ", 2);
		ltr_sb_printf(c->out, "%#llx",
			      (unsigned long long)ltr_word_mask(c, c->args[i]));
	}
	c->next_arg = 6;
}

/*
 * The registers -e raw= shows: the row's count, but 32-bit tracees pass
 * 64-bit values in two registers (pread64's offset), and strace counts
 * four for preadv and pwritev on 64-bit arches.
 */
static unsigned raw_nargs(const struct ltr_call *c)
{
	static const struct { const char *name; uint8_t nargs; } split32[] = {
		{ "fadvise64", 5 }, { "fadvise64_64", 6 }, { "fallocate", 6 },
		{ "fanotify_mark", 6 }, { "ftruncate64", 3 }, { "lookup_dcookie", 4 },
		{ "mmap", 1 }, { "pread64", 5 }, { "pwrite64", 5 }, { "readahead", 4 },
		{ "select", 1 }, { "sync_file_range", 6 }, { "truncate64", 3 },
	};
	const char *name = c->desc->name;
	unsigned i;

	if (ltr_wordsize(c) == 4) {
		for (i = 0; i < sizeof(split32) / sizeof(split32[0]); i++)
			if (!strcmp(name, split32[i].name))
				return split32[i].nargs;
	} else if (!strcmp(name, "preadv") || !strcmp(name, "pwritev")) {
		return 4;
	}
	return c->desc->nargs;
}

/*
 * -e raw=: every argument in hex, as the registers hold it, all printed
 * at entry.
 */
static void print_raw_entry(struct ltr_call *c)
{
	unsigned i, n = raw_nargs(c);

	for (i = 0; i < n && i < 6; i++) {
		if (i)
			ltr_sb_append(c->out, ", ", 2);
		ltr_sb_printf(c->out, "%#llx",
			      (unsigned long long)ltr_word_mask(c, c->args[i]));
	}
	c->next_arg = 6;
}

void ltr_decode_entry(struct ltr_call *c)
{
	const struct ltr_syscall_desc *desc = c->desc;
	unsigned i;

	c->next_arg = 0;
	if (!desc) {
		print_unknown_entry(c);
		return;
	}
	ltr_sb_puts(c->out, desc->name);
	ltr_sb_putc(c->out, '(');
	if (c->dflags & LTR_CALL_RAW) {
		print_raw_entry(c);
		return;
	}
	if (desc->decode) {
		desc->decode(c);
		return;
	}
	for (i = 0; i < desc->nargs && i < 6; i++) {
		if (desc->args[i].print && desc->args[i].at_exit)
			break;
		if (!desc->args[i].print)
			continue;
		ltr_print_sep(c, i);
		desc->args[i].print(c, i);
	}
	/*
	 * The separator before the first output argument belongs to the
	 * entry text, as in strace's "read(3, <unfinished ...>".
	 */
	if (i < desc->nargs && i < 6)
		ltr_print_sep(c, i);
	c->next_arg = i;
}

void ltr_decode_exit(struct ltr_call *c)
{
	const struct ltr_syscall_desc *desc = c->desc;
	unsigned i;

	c->ret_suffix = NULL;
	if (c->dflags & LTR_CALL_RAW) {
		/* everything was printed at entry */
	} else if (desc && desc->decode) {
		desc->decode(c);
	} else if (desc) {
		for (i = c->next_arg; i < desc->nargs && i < 6; i++) {
			if (!desc->args[i].print)
				continue;
			if (i != c->next_arg)
				ltr_print_sep(c, i);
			desc->args[i].print(c, i);
		}
		c->next_arg = i;
	}
	ltr_sb_putc(c->out, ')');
}

static void print_error(struct ltr_call *c, int err)
{
	const char *name = ltr_errno_name(err);
	/* -e raw= prints even the restart codes as plain errors */
	const char *restart = c->dflags & LTR_CALL_RAW ? NULL : restart_message(err);

	if (restart) {
		ltr_sb_printf(c->out, "? %s (%s)", name, restart);
		return;
	}
	if (name)
		ltr_sb_printf(c->out, "-1 %s (%s)", name, strerror(err));
	else
		ltr_sb_printf(c->out, "-1 (errno %d)", err);
}

void ltr_decode_retval(struct ltr_call *c, unsigned col)
{
	ltr_decode_retval_at(c, col, RETVAL_COLUMN);
}

void ltr_decode_retval_at(struct ltr_call *c, unsigned col, unsigned column)
{
	struct ltr_strbuf *out = c->out;
	uint64_t uret = ltr_word_mask(c, (uint64_t)c->ret);

	/*
	 * exit_group and friends never reach ltr_decode_exit: close the
	 * argument list here.
	 */
	if (!c->exiting && out->len && out->data[out->len - 1] != ')') {
		ltr_sb_putc(out, ')');
		col++;
	}
	/* strace: ") ", spaces up to the column, "= " */
	if (col + 1 < column) {
		ltr_sb_reserve(out, column - col);
		memset(out->data + out->len, ' ', column - col);
		out->len += column - col;
		out->data[out->len] = '\0';
		ltr_sb_append(out, "= ", 2);
	} else {
		ltr_sb_append(out, " = ", 3);
	}
	/* a call that never returns did when its result was injected (exit_group skipped) */
	if ((c->ret_kind == LTR_RET_NONE && !(c->mods & (LTR_MOD_SKIP | LTR_MOD_RET))) ||
	    !c->exiting) {
		ltr_sb_putc(out, '?');
		return;
	}
	if (ltr_call_failed(c)) {
		print_error(c, (int)-c->ret);
		return;
	}
	if (c->dflags & LTR_CALL_RAW) {
		ltr_sb_printf(out, "%#llx", (unsigned long long)uret);
		return;
	}
	switch (c->ret_kind) {
	case LTR_RET_UDEC:
		ltr_sb_put_udec(out, uret);
		break;
	case LTR_RET_HEX:
		ltr_sb_put_hex(out, uret);
		break;
	case LTR_RET_OCT:
		ltr_sb_printf(out, "%#03llo", (unsigned long long)uret);
		break;
	case LTR_RET_FD:
		ltr_print_fd(c, (int)c->ret);
		break;
	case LTR_RET_PID:
		ltr_print_pid(c, (int)c->ret);
		break;
	case LTR_RET_TID:
		ltr_print_pid_type(c, (int)c->ret, LTR_PT_TID);
		break;
	case LTR_RET_PGID:
		ltr_print_pid_type(c, (int)c->ret, LTR_PT_PGID);
		break;
	case LTR_RET_SID:
		ltr_print_pid_type(c, (int)c->ret, LTR_PT_SID);
		break;
	case LTR_RET_CUSTOM:
		ltr_sb_puts(out, c->ret_text);
		return;
	default:
		/* a success is unsigned, as strace prints it (huge, or injected) */
		if (c->ret < 0)
			ltr_sb_put_udec(out, uret);
		else
			ltr_sb_put_dec(out, c->ret);
		break;
	}
	if (c->ret_suffix)
		c->ret_suffix(c);
	else if (c->ret_text[0])
		ltr_sb_puts(out, c->ret_text);
}
