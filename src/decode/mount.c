/* SPDX-License-Identifier: MIT */
/*
 * mount and umount2 (their flags are A_FLAGS(mount_flags) and
 * A_FLAGS(umount_flags) rows); the mount API calls go here too.
 */
#include "ltr/decode.h"
#include "decoders.h"

/* mount's data: a string unless NULL (strace prints it quoted). */
void ltr_print_arg_mount_data(struct ltr_call *c, unsigned idx)
{
	ltr_print_str(c, ltr_word_mask(c, c->args[idx]), 0);
}
