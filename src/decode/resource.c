/* SPDX-License-Identifier: MIT */
/*
 * Resources: struct rusage, resource limits (getrlimit, setrlimit,
 * prlimit64) and the who of getpriority/setpriority.
 */
#include <stdio.h>

#include "ltr/decode.h"
#include "decoders.h"

/* --- rusage --- */

/* struct rusage: abbreviated unless -v. timevals are two words each. */
static void print_rusage(struct ltr_call *c, uint64_t addr)
{
	static const char *const longs[] = {
		"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
		"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
		"ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
	};
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[18 * 8];
	unsigned i;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 18 * ws))
		return;
	ltr_sb_printf(c->out,
		      "{ru_utime={tv_sec=%lld, tv_usec=%llu}, ru_stime={tv_sec=%lld, tv_usec=%llu}",
		      (long long)ltr_get_sword(buf, ws),
		      (unsigned long long)ltr_get_uword(buf + ws, ws),
		      (long long)ltr_get_sword(buf + 2 * ws, ws),
		      (unsigned long long)ltr_get_uword(buf + 3 * ws, ws));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	for (i = 0; i < 14; i++) {
		/* strace prints the longs unsigned */
		ltr_sb_printf(c->out, ", %s=%llu", longs[i],
			      (unsigned long long)ltr_get_uword(buf + (4 + i) * ws, ws));
	}
	ltr_sb_putc(c->out, '}');
}

void ltr_print_arg_rusage(struct ltr_call *c, unsigned idx)
{
	if (c->args[idx] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[idx]);
	else
		print_rusage(c, c->args[idx]);
}

/* --- resource limits --- */

/* One limit: RLIM64_INFINITY, "8192*1024" for multiples of 1024, or decimal. */
static void print_rlim(struct ltr_strbuf *out, uint64_t v, bool is64, unsigned ws)
{
	uint64_t inf = is64 || ws == 8 ? UINT64_MAX : 0xffffffffu;
	char kib[32];

	if (v == inf) {
		ltr_print_xlat(out, v, LTR_XF_UDEC, is64 ? "RLIM64_INFINITY" : "RLIM_INFINITY");
	} else if (v > 1024 && v % 1024 == 0) {
		snprintf(kib, sizeof(kib), "%llu*1024", (unsigned long long)(v / 1024));
		ltr_print_xlat(out, v, LTR_XF_UDEC, kib);
	} else {
		ltr_sb_put_udec(out, v);
	}
}

/*
 * struct rlimit at addr: two 64-bit values for prlimit64, two words for
 * getrlimit/setrlimit (which print RLIM64_INFINITY on 64-bit tracees too,
 * as strace does: the kernel rlimit is the same type there).
 */
static void print_rlimit(struct ltr_call *c, uint64_t addr, bool is64)
{
	unsigned ws = is64 ? 8 : ltr_wordsize(c);
	unsigned char buf[16];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	ltr_sb_puts(c->out, "{rlim_cur=");
	print_rlim(c->out, ltr_get_uword(buf, ws), is64 || ws == 8, ws);
	ltr_sb_puts(c->out, ", rlim_max=");
	print_rlim(c->out, ltr_get_uword(buf + ws, ws), is64 || ws == 8, ws);
	ltr_sb_putc(c->out, '}');
}

/* prlimit64(pid, resource, new, old) */
void ltr_decode_prlimit64(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[1],
			       "RLIMIT_???");
		ltr_sb_puts(c->out, ", ");
		print_rlimit(c, c->args[2], true);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[3] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[3]);
	else
		print_rlimit(c, c->args[3], true);
}

/* getrlimit(resource, rlim) / ugetrlimit */
void ltr_decode_getrlimit(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[0],
			       "RLIMIT_???");
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (c->args[1] && ltr_call_failed(c))
		ltr_print_addr(c->out, c->args[1]);
	else
		print_rlimit(c, c->args[1], false);
}

/* setrlimit(resource, rlim) */
void ltr_decode_setrlimit(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_xval(c->out, LTR_XT(rlimit_resources), (uint32_t)c->args[0], "RLIMIT_???");
	ltr_sb_puts(c->out, ", ");
	print_rlimit(c, c->args[1], false);
}

/* --- priorities --- */

/* who after a PRIO_WHICH: a process id (-Y: with its comm) for PRIO_PROCESS. */
void ltr_print_arg_prio_who(struct ltr_call *c, unsigned idx)
{
	if (idx > 0 && (uint32_t)c->args[idx - 1] == 0)
		ltr_print_pid(c, ltr_call_arg_int(c, idx));
	else if (idx > 0 && (uint32_t)c->args[idx - 1] == 1) /* PRIO_PGRP */
		ltr_print_pid_type(c, ltr_call_arg_int(c, idx), LTR_PT_PGID);
	else
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, idx));
}
