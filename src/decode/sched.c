/* SPDX-License-Identifier: MIT */
/*
 * Scheduling: sched_getscheduler's pid, struct sched_param, CPU
 * affinity masks.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/* sched_getscheduler's pid; the policy it returns goes in " (SCHED_OTHER)". */
void ltr_print_arg_sched_getscheduler_pid(struct ltr_call *c, unsigned idx)
{
	const char *name = ltr_xlat_lookup(LTR_XT(sched_policies), (uint64_t)c->ret);

	ltr_print_pid(c, ltr_call_arg_int(c, idx));
	if (c->exiting && !ltr_call_failed(c) && name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* struct sched_param: "[0]" (one int). */
void ltr_print_arg_sched_param(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t prio;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_print_out_failed(c, idx) && ltr_fetch(c, addr, &prio, 4))
		ltr_sb_printf(c->out, "[%d]", prio);
}

/*
 * sched_getaffinity / sched_setaffinity(pid, size, mask): the mask as a
 * list of CPU numbers "[0 1]"; getaffinity prints it at exit, with the
 * number of bytes the kernel wrote (the return value).
 */
void ltr_decode_sched_affinity(struct ltr_call *c)
{
	bool get = strcmp(c->desc->name, "sched_getaffinity") == 0;
	uint64_t len = c->args[1], i;
	unsigned char buf[512];
	bool first = true;

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)len);
		if (get)
			return;
	} else if (!get) {
		return;
	} else if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[2]);
		return;
	} else {
		len = (uint64_t)c->ret;
	}
	if (len > sizeof(buf))
		len = sizeof(buf);
	if (!ltr_fetch(c, c->args[2], buf, (unsigned)len))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < len * 8; i++) {
		if (!(buf[i / 8] & (1u << (i % 8))))
			continue;
		if (!first)
			ltr_sb_putc(c->out, ' ');
		first = false;
		ltr_sb_printf(c->out, "%llu", (unsigned long long)i);
	}
	ltr_sb_putc(c->out, ']');
}
