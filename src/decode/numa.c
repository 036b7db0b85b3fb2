/* SPDX-License-Identifier: MIT */
/*
 * NUMA memory policies and page migration: mbind, set_mempolicy,
 * get_mempolicy, migrate_pages, move_pages (set_mempolicy_home_node is a
 * plain row). Node masks are arrays of the tracee's unsigned longs.
 */
#include "ltr/decode.h"
#include "decoders.h"

/* the mode flags or-ed into a policy mode (mpol_mode_flags.in) */
#define MPOL_MODE_FLAGS_MASK 0xe000u

static bool print_node_word(struct ltr_call *c, const unsigned char *elem, unsigned size,
			    void *data)
{
	uint64_t v = ltr_get_uword(elem, size);

	(void)data;
	/* zero-padded to the word's hex digits: 0000000000000000, 0x00000000000003 */
	ltr_sb_printf(c->out, "%#0*llx", (int)size * 2, (unsigned long long)v);
	return true;
}

/*
 * A node mask of maxnode bits: the words the kernel reads, which are
 * (maxnode - 1) bits rounded up; the address when that overflows.
 */
static void print_nodemask(struct ltr_call *c, uint64_t addr, uint64_t maxnode)
{
	unsigned bits = 8 * ltr_wordsize(c);
	uint64_t words = (maxnode + bits - 2) / bits;

	if (ltr_wordsize(c) == 4)
		words &= 0xffffffffu;
	if (words < maxnode / bits || (maxnode && !words)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_array(c, addr, words, ltr_wordsize(c), print_node_word, NULL);
}

/*
 * A policy mode with its flags: "MPOL_BIND|MPOL_F_STATIC_NODES"; an
 * unknown mode prints the whole value as flags.
 */
static void print_mode(struct ltr_call *c, uint64_t arg)
{
	uint64_t flags = arg & MPOL_MODE_FLAGS_MASK, mode = arg & ~(uint64_t)MPOL_MODE_FLAGS_MASK;
	const char *name = ltr_xlat_lookup(LTR_XT(mpol_modes), mode);

	if (!flags) {
		ltr_print_xt(c->out, LTR_XT(mpol_modes), mode);
		return;
	}
	if (!name) {
		ltr_print_xt(c->out, LTR_XT(mpol_mode_flags), arg);
		return;
	}
	if (!ltr_xlat_begin(c->out, arg, LTR_XF_HEX))
		return;
	ltr_sb_puts(c->out, name);
	ltr_print_flag_names(c->out, LTR_XT(mpol_mode_flags), &flags, 1);
	ltr_xlat_end(c->out);
}

/* mbind(addr, len, mode, nodemask, maxnode, flags) */
void ltr_decode_mbind(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_addr(c->out, ltr_arg_word(c, 0));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_arg_word(c, 1));
	print_mode(c, ltr_arg_word(c, 2));
	ltr_sb_puts(c->out, ", ");
	print_nodemask(c, ltr_arg_word(c, 3), ltr_arg_word(c, 4));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_arg_word(c, 4));
	ltr_print_xt(c->out, LTR_XT(mbind_flags), (uint32_t)c->args[5]);
}

/* set_mempolicy(mode, nodemask, maxnode): the mode is an int */
void ltr_decode_set_mempolicy(struct ltr_call *c)
{
	if (c->exiting)
		return;
	print_mode(c, (uint32_t)c->args[0]);
	ltr_sb_puts(c->out, ", ");
	print_nodemask(c, ltr_arg_word(c, 1), ltr_arg_word(c, 2));
	ltr_sb_printf(c->out, ", %llu", (unsigned long long)ltr_arg_word(c, 2));
}

/*
 * get_mempolicy(mode, nodemask, maxnode, addr, flags): everything at
 * exit, the mode and the mask as the kernel filled them ("[MPOL_BIND]").
 */
void ltr_decode_get_mempolicy(struct ltr_call *c)
{
	uint64_t mode = ltr_arg_word(c, 0);
	unsigned char buf[4];

	if (!c->exiting)
		return;
	if (!mode)
		ltr_sb_puts(c->out, "NULL");
	else if (ltr_call_failed(c))
		ltr_print_addr(c->out, mode);
	else if (ltr_fetch(c, mode, buf, sizeof(buf))) {
		ltr_sb_putc(c->out, '[');
		ltr_print_xt(c->out, LTR_XT(mpol_modes), ltr_get_u32(buf));
		ltr_sb_putc(c->out, ']');
	}
	ltr_sb_puts(c->out, ", ");
	print_nodemask(c, ltr_arg_word(c, 1), ltr_arg_word(c, 2));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_arg_word(c, 2));
	ltr_print_addr(c->out, ltr_arg_word(c, 3));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(get_mempolicy_flags), ltr_arg_word(c, 4));
}

/* migrate_pages(pid, maxnode, old_nodes, new_nodes) */
void ltr_decode_migrate_pages(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_pid(c, ltr_call_arg_int(c, 0));
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_arg_word(c, 1));
	print_nodemask(c, ltr_arg_word(c, 2), ltr_arg_word(c, 1));
	ltr_sb_puts(c->out, ", ");
	print_nodemask(c, ltr_arg_word(c, 3), ltr_arg_word(c, 1));
}

static bool print_page(struct ltr_call *c, const unsigned char *elem, unsigned size,
		       void *data)
{
	(void)data;
	ltr_print_addr(c->out, ltr_get_uword(elem, size));
	return true;
}

static bool print_node(struct ltr_call *c, const unsigned char *elem, unsigned size,
		       void *data)
{
	(void)size;
	(void)data;
	ltr_sb_put_dec(c->out, (int32_t)ltr_get_u32(elem));
	return true;
}

/* A page's status: its node, or a negated errno ("-EFAULT"). */
static bool print_status(struct ltr_call *c, const unsigned char *elem, unsigned size,
			 void *data)
{
	int32_t st = (int32_t)ltr_get_u32(elem);
	const char *name = st < 0 ? ltr_errno_name(-st) : NULL;

	(void)size;
	(void)data;
	if (!name) {
		ltr_sb_put_dec(c->out, st);
		return true;
	}
	if (ltr_xlat_begin(c->out, (uint64_t)(int64_t)st, LTR_XF_DEC)) {
		ltr_sb_putc(c->out, '-');
		ltr_sb_puts(c->out, name);
		ltr_xlat_end(c->out);
	}
	return true;
}

/*
 * move_pages(pid, count, pages, nodes, status, flags): the pages and the
 * nodes at entry, the status the kernel wrote at exit.
 */
void ltr_decode_move_pages(struct ltr_call *c)
{
	uint64_t count = ltr_arg_word(c, 1);

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)count);
		ltr_print_array(c, ltr_arg_word(c, 2), count, ltr_wordsize(c), print_page, NULL);
		ltr_sb_puts(c->out, ", ");
		ltr_print_array(c, ltr_arg_word(c, 3), count, 4, print_node, NULL);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	ltr_print_array(c, ltr_arg_word(c, 4), count, 4, print_status, NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(move_pages_flags), (uint32_t)c->args[5]);
}
