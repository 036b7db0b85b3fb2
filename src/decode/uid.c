/* SPDX-License-Identifier: MIT */
/*
 * User and group ids: getgroups, setgroups (and their 32-bit forms), the
 * uid_t and gid_t arguments of chown, setuid and friends.
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/*
 * A list of group ids: "[0, 1]". getgroups (at exit) shows the ret ids
 * it stored, at most its size argument; setgroups the size it was given.
 * i386's getgroups and setgroups use 16-bit ids, the *32 calls 32-bit.
 */
void ltr_print_arg_groups(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	uint32_t size = (uint32_t)c->args[0];
	bool out = c->desc && c->desc->args[idx].at_exit;
	unsigned esize = ltr_wordsize(c) == 4 && c->desc &&
		!strstr(c->desc->name, "32") ? 2 : 4;
	uint64_t n = size, i;

	if (!addr || (out && ltr_call_failed(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (out && (uint64_t)c->ret < n)
		n = (uint64_t)c->ret;
	/* -e verbose=: the address, but an empty array is "[]" still */
	if (n > 65536 || (n && !ltr_call_verbose(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		uint32_t id = 0;

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i == ltr_array_max(c)) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (ltr_mem_read(c->mem, addr + i * esize, &id, esize) != 0) {
			ltr_sb_printf(c->out, "... /* %#llx */",
				      (unsigned long long)(addr + i * esize));
			break;
		}
		if (id == (esize == 2 ? 0xffffu : 0xffffffffu))
			ltr_sb_puts(c->out, "-1");
		else
			ltr_sb_printf(c->out, "%u", id);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * A uid_t or gid_t argument as the kernel reads it: the low 32 bits,
 * unsigned ("4294901760"), except (uid_t)-1, which strace prints "-1"
 * (chown's "leave unchanged").
 */
void ltr_print_arg_uid(struct ltr_call *c, unsigned idx)
{
	uint32_t id = (uint32_t)c->args[idx];

	if (id == 0xffffffffu)
		ltr_sb_puts(c->out, "-1");
	else
		ltr_sb_put_udec(c->out, id);
}
