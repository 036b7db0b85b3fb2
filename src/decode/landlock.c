/* SPDX-License-Identifier: MIT */
/*
 * Landlock: landlock_create_ruleset's struct landlock_ruleset_attr (of
 * the size the caller gives), landlock_add_rule's rule per type,
 * landlock_restrict_self (a row of syscalls.def alone).
 */
#include "ltr/decode.h"
#include "decoders.h"

#define RULE_PATH_BENEATH 1
#define CREATE_RULESET_VERSION 1u

/*
 * landlock_create_ruleset(attr, size, flags): attr needs at least its
 * first field (handled_access_fs, a u64); a bigger size shows "..." for
 * the fields ltr does not know. With LANDLOCK_CREATE_RULESET_VERSION
 * the call returns the ABI version, not a descriptor.
 */
void ltr_decode_landlock_create_ruleset(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 0), size = ltr_arg_word(c, 1);
	uint32_t flags = (uint32_t)c->args[2];
	unsigned char attr[8];

	if (c->exiting) {
		if (flags & CREATE_RULESET_VERSION)
			c->ret_kind = LTR_RET_DEC;
		return;
	}
	if (size < sizeof(attr))
		ltr_print_addr(c->out, addr);
	else if (ltr_fetch(c, addr, attr, sizeof(attr))) {
		ltr_sb_puts(c->out, "{handled_access_fs=");
		ltr_print_flags_dflt(c->out, LTR_XT(landlock_access_fs), ltr_get_u64(attr),
				     NULL, "LANDLOCK_ACCESS_FS_???");
		if (size > sizeof(attr))
			ltr_sb_puts(c->out, ", ...");
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)size);
	ltr_print_flags_dflt(c->out, LTR_XT(landlock_create_ruleset_flags), flags, NULL,
			     "LANDLOCK_CREATE_RULESET_???");
}

/*
 * landlock_add_rule's rule_attr, per the rule type of argument 1:
 * LANDLOCK_RULE_PATH_BENEATH's packed struct landlock_path_beneath_attr
 * (u64 allowed_access, s32 parent_fd); other types, the address.
 */
void ltr_print_arg_landlock_rule(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned char attr[12];

	if ((uint32_t)c->args[1] != RULE_PATH_BENEATH) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, attr, sizeof(attr)))
		return;
	ltr_sb_puts(c->out, "{allowed_access=");
	ltr_print_flags_dflt(c->out, LTR_XT(landlock_access_fs), ltr_get_u64(attr), NULL,
			     "LANDLOCK_ACCESS_FS_???");
	ltr_sb_puts(c->out, ", parent_fd=");
	ltr_print_fd(c, (int32_t)ltr_get_u32(attr + 8));
	ltr_sb_putc(c->out, '}');
}
