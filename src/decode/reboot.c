/* SPDX-License-Identifier: MIT */
/*
 * reboot(2): the two magic numbers, the command, and LINUX_REBOOT_CMD_
 * RESTART2's command line (the kernel copies at most 255 bytes of it).
 */
#include "ltr/decode.h"
#include "decoders.h"

#define CMD_RESTART2 0xa1b2c3d4u

/* reboot(magic1, magic2, cmd, arg) */
void ltr_decode_reboot(struct ltr_call *c)
{
	uint32_t cmd = (uint32_t)c->args[2];

	if (c->exiting)
		return;
	ltr_print_xval(c->out, LTR_XT(reboot_magic1), (uint32_t)c->args[0],
		       "LINUX_REBOOT_MAGIC_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(reboot_magic2), (uint32_t)c->args[1],
		       "LINUX_REBOOT_MAGIC_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(reboot_cmds), cmd, "LINUX_REBOOT_CMD_???");
	if (cmd != CMD_RESTART2)
		return;
	ltr_sb_puts(c->out, ", ");
	ltr_print_str_max(c, ltr_arg_word(c, 3), 255);
}
