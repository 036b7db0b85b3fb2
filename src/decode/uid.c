/* SPDX-License-Identifier: MIT */
/*
 * User and group ids: getgroups, setgroups (and their 32-bit forms), the
 * uid_t and gid_t arguments of chown, setuid and friends, the ids
 * getresuid and getresgid store.
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* i386's calls without "32" in their names take 16-bit ids. */
static unsigned id_size(const struct ltr_call *c)
{
	return ltr_wordsize(c) == 4 && c->desc && !strstr(c->desc->name, "32") ? 2 : 4;
}

/* An id as strace prints it: unsigned, but -1 (all ones) as "-1". */
static void print_id(struct ltr_strbuf *out, uint32_t id, unsigned size)
{
	if (id == (size == 2 ? 0xffffu : 0xffffffffu))
		ltr_sb_puts(out, "-1");
	else
		ltr_sb_put_udec(out, id);
}

static bool print_id_elem(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	(void)data; /* the element's size is the id's */
	print_id(c->out, (uint32_t)ltr_get_uword(elem, size), size);
	return true;
}

/*
 * A list of group ids: "[0, 1]". setgroups shows the size it was given,
 * getgroups (at exit) as many as it returned; more than the kernel's
 * NGROUPS_MAX (65536), which a failed getgroups' -1 is too, prints the
 * address. The array as ltr_print_array() prints it.
 */
void ltr_print_arg_groups(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	bool out = c->desc && c->desc->args[idx].at_exit;
	uint32_t n = out ? (uint32_t)c->ret : (uint32_t)c->args[0];
	unsigned esize = id_size(c);

	if ((out && ltr_call_failed(c)) || n > 65536) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_print_array(c, addr, n, esize, print_id_elem, &esize);
}

/*
 * An id the kernel stores (getresuid's, getresgid's): "[0]" at exit; the
 * address when the call failed or the memory cannot be read.
 */
void ltr_print_arg_uid_out(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned size = id_size(c);
	unsigned char buf[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, size))
		return;
	ltr_sb_putc(c->out, '[');
	print_id(c->out, (uint32_t)ltr_get_uword(buf, size), size);
	ltr_sb_putc(c->out, ']');
}

/*
 * A uid_t or gid_t argument as the kernel reads it: the low 32 bits (16
 * for i386's calls without "32"), unsigned ("4294901760"), except
 * (uid_t)-1, which strace prints "-1" (chown's "leave unchanged").
 */
void ltr_print_arg_uid(struct ltr_call *c, unsigned idx)
{
	unsigned size = id_size(c);

	print_id(c->out, (uint32_t)c->args[idx] & (size == 2 ? 0xffffu : 0xffffffffu), size);
}
