/* SPDX-License-Identifier: MIT */
/*
 * membarrier: the command, its flags and MEMBARRIER_CMD_QUERY's result.
 */
#include "ltr/decode.h"
#include "decoders.h"

/* " (MEMBARRIER_CMD_GLOBAL|...)" after QUERY's value: too long for ret_text. */
static void membarrier_query_suffix(struct ltr_call *c)
{
	ltr_sb_puts(c->out, " (");
	ltr_print_flags(c->out, LTR_XT(membarrier_cmds), (uint64_t)c->ret, NULL);
	ltr_sb_putc(c->out, ')');
}

/*
 * membarrier(cmd, flags[, cpu_id with MEMBARRIER_CMD_FLAG_CPU]): the
 * command by name; MEMBARRIER_CMD_QUERY returns the supported commands,
 * shown in hex with their names: "= 0x3ff (MEMBARRIER_CMD_GLOBAL|...)".
 */
void ltr_decode_membarrier(struct ltr_call *c)
{
	uint32_t cmd = (uint32_t)c->args[0], flags = (uint32_t)c->args[1];

	if (!c->exiting) {
		if (cmd == 0)
			ltr_print_xval(c->out, LTR_XT(membarrier_cmd_query), cmd, NULL);
		else
			ltr_print_xval(c->out, LTR_XT(membarrier_cmds), cmd, "MEMBARRIER_CMD_???");
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, LTR_XT(membarrier_flags), flags, NULL);
		if (flags & 1)
			ltr_sb_printf(c->out, ", %d", (int)c->args[2]);
		return;
	}
	if (cmd == 0 && !ltr_call_failed(c) && c->ret > 0) {
		c->ret_kind = LTR_RET_HEX;
		c->ret_suffix = membarrier_query_suffix;
	}
}
