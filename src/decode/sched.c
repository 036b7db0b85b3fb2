/* SPDX-License-Identifier: MIT */
/*
 * Scheduling: sched_getscheduler's pid, struct sched_param, struct
 * sched_attr (sched_setattr, sched_getattr), CPU affinity masks.
 */
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

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
 * The size of the kernel's CPU masks (what sched_getaffinity returns for
 * a buffer big enough): strace never reads more of a mask than that.
 */
static unsigned cpuset_size(void)
{
	static unsigned size;

	if (!size) {
		unsigned long buf[1024];
		long n = syscall(SYS_sched_getaffinity, 0, sizeof(buf), buf);

		size = n > 0 ? (unsigned)n : sizeof(long);
	}
	return size;
}

/*
 * A CPU mask of len bytes (an unsigned int, as the kernel reads it): the
 * CPUs set, "[0 1]", reading at most the kernel's mask size rounded up
 * to the tracee's word; " ..." when len is more than that.
 */
static void print_affinity(struct ltr_call *c, uint64_t addr, uint32_t len)
{
	unsigned ws = ltr_wordsize(c);
	unsigned fetch = len < cpuset_size() ? len : cpuset_size();
	unsigned size = (fetch + ws - 1) / ws * ws;
	unsigned char buf[8192];
	bool first = true;
	unsigned i;

	if (!addr || !ltr_call_verbose(c) || (c->exiting && ltr_call_failed(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!len) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	if (size > sizeof(buf)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	memset(buf, 0, size);
	if (!ltr_fetch(c, addr, buf, fetch))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < size * 8; i++) {
		if (!(buf[i / 8] & (1u << (i % 8))))
			continue;
		if (!first)
			ltr_sb_putc(c->out, ' ');
		first = false;
		ltr_sb_printf(c->out, "%u", i);
	}
	if (size < len)
		ltr_sb_puts(c->out, first ? "..." : " ...");
	ltr_sb_putc(c->out, ']');
}

/*
 * sched_getaffinity / sched_setaffinity(pid, size, mask): the mask as a
 * list of CPU numbers "[0 1]"; getaffinity prints it at exit, with the
 * number of bytes the kernel wrote (the return value).
 */
void ltr_decode_sched_affinity(struct ltr_call *c)
{
	bool get = strcmp(c->desc->name, "sched_getaffinity") == 0;

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[1]);
		if (!get)
			print_affinity(c, ltr_arg_word(c, 2), (uint32_t)c->args[1]);
		return;
	}
	if (get)
		print_affinity(c, ltr_arg_word(c, 2), (uint32_t)c->ret);
}

/* --- struct sched_attr --- */

/*
 * struct sched_attr: __u32 size, __u32 sched_policy, __u64 sched_flags,
 * __s32 sched_nice, __u32 sched_priority, __u64 sched_runtime,
 * sched_deadline, sched_period (48 bytes, the first version), then
 * __u32 sched_util_min, sched_util_max (56).
 */
#define SCHED_ATTR_VER0 48
#define SCHED_ATTR_VER1 56
#define SCHED_FLAG_KEEP_POLICY_F 0x08
#define SCHED_FLAG_KEEP_PARAMS_F 0x10

/*
 * Prints the struct at addr. set: sched_setattr's, at entry, whose own
 * size field says how much to read (0: the first version), the policy
 * and parameters left out when its flags keep them, ", ..." when it is
 * bigger than ltr knows. Otherwise sched_getattr's, at exit, usize the
 * buffer's size, shown as far as the kernel's size field says.
 */
static void print_sched_attr(struct ltr_call *c, uint64_t addr, bool set, uint32_t usize)
{
	unsigned char b[SCHED_ATTR_VER1];
	struct ltr_strbuf *out = c->out;
	uint32_t size;
	uint64_t flags;

	memset(b, 0, sizeof(b));
	if (set) {
		if (!ltr_fetch(c, addr, b, 4))
			return;
		usize = ltr_get_u32(b);
		if (!usize)
			usize = SCHED_ATTR_VER0;
		size = usize < sizeof(b) ? usize : sizeof(b);
		if (size >= SCHED_ATTR_VER0 && !ltr_fetch(c, addr, b, size))
			return;
	} else {
		size = usize < sizeof(b) ? usize : sizeof(b);
		if (!ltr_fetch(c, addr, b, size))
			return;
		/* the bytes the kernel wrote */
		size = ltr_get_u32(b);
	}
	flags = ltr_get_u64(b + 8);
	ltr_sb_printf(out, "{size=%u", ltr_get_u32(b));
	if (size < SCHED_ATTR_VER0)
		goto end;
	if (!set || (int32_t)ltr_get_u32(b + 4) < 0 ||
	    !(flags & (SCHED_FLAG_KEEP_POLICY_F | SCHED_FLAG_KEEP_PARAMS_F))) {
		ltr_sb_puts(out, ", sched_policy=");
		ltr_print_xt(out, LTR_XT(sched_policies), ltr_get_u32(b + 4));
	}
	ltr_sb_puts(out, ", sched_flags=");
	ltr_print_xt(out, LTR_XT(sched_flags), flags);
	if (!set || !(flags & SCHED_FLAG_KEEP_PARAMS_F))
		ltr_sb_printf(out, ", sched_nice=%d, sched_priority=%u, sched_runtime=%llu, "
			      "sched_deadline=%llu, sched_period=%llu",
			      (int32_t)ltr_get_u32(b + 16), ltr_get_u32(b + 20),
			      (unsigned long long)ltr_get_u64(b + 24),
			      (unsigned long long)ltr_get_u64(b + 32),
			      (unsigned long long)ltr_get_u64(b + 40));
	if (size >= SCHED_ATTR_VER1)
		ltr_sb_printf(out, ", sched_util_min=%u, sched_util_max=%u",
			      ltr_get_u32(b + 48), ltr_get_u32(b + 52));
end:
	if ((set ? usize : ltr_get_u32(b)) > size)
		ltr_sb_puts(out, ", ...");
	ltr_sb_putc(out, '}');
}

/*
 * sched_setattr(pid, attr, flags): the struct at entry; at exit, when
 * the kernel refused its size (E2BIG) and wrote the size it takes,
 * " => {size=N}"; then the flags.
 */
void ltr_decode_sched_setattr(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 1);
	uint32_t size;

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_sched_attr(c, addr, true, 0);
		return;
	}
	if (c->ret == -7 /* E2BIG */ && ltr_fetch_quiet(c, addr, &size, sizeof(size)))
		ltr_sb_printf(c->out, " => {size=%u}", size);
	ltr_sb_printf(c->out, ", %u", (unsigned)c->args[2]);
}

/* sched_getattr(pid, attr, size, flags): the struct at exit. */
void ltr_decode_sched_getattr(struct ltr_call *c)
{
	uint32_t size = (uint32_t)c->args[2];
	uint64_t addr = ltr_arg_word(c, 1);

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (!size || !addr || ltr_call_failed(c))
		ltr_print_addr(c->out, addr);
	else
		print_sched_attr(c, addr, false, size);
	ltr_sb_printf(c->out, ", %u, %u", size, (unsigned)c->args[3]);
}
