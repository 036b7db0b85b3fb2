/* SPDX-License-Identifier: MIT */
/*
 * futex: the operation with its PRIVATE and CLOCK_REALTIME bits, the
 * arguments each operation uses, FUTEX_WAKE_OP's encoded val3;
 * futex_waitv's array of struct futex_waitv.
 */
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/*
 * The operation as strace names it: the command, "_PRIVATE" with
 * FUTEX_PRIVATE_FLAG (FUTEX_FD's flag by its own name), and
 * "|FUTEX_CLOCK_REALTIME" on the commands that take a clock (WAIT,
 * WAIT_BITSET, WAIT_REQUEUE_PI). Any other combination is unknown:
 * "0x101 /" "* FUTEX_??? *" "/".
 */
static void print_futex_op(struct ltr_strbuf *out, uint32_t op)
{
	uint32_t cmd = op & 127;
	const char *name = ltr_xlat_lookup(LTR_XT(futex_ops), cmd);
	bool realtime_ok = cmd == 0 || cmd == 9 || cmd == 11;

	if (!name || (op & ~(uint32_t)(127 | 128 | 256)) ||
	    ((op & 256) && !realtime_ok)) {
		ltr_print_xval(out, LTR_XT(futex_ops), op, "FUTEX_???");
		return;
	}
	if (!ltr_xlat_begin(out, op, LTR_XF_HEX))
		return;
	ltr_sb_puts(out, name);
	if ((op & 128) && cmd == 2)
		ltr_sb_puts(out, "|FUTEX_PRIVATE_FLAG");
	else if (op & 128)
		ltr_sb_puts(out, "_PRIVATE");
	if (op & 256)
		ltr_sb_puts(out, "|FUTEX_CLOCK_REALTIME");
	ltr_xlat_end(out);
}

/* FUTEX_WAIT_BITSET's and FUTEX_WAKE_BITSET's val3. */
static void print_futex_bitset(struct ltr_strbuf *out, uint32_t v3)
{
	ltr_sb_puts(out, ", ");
	if (v3 == 0xffffffffu)
		ltr_print_xlat(out, v3, LTR_XF_HEX, "FUTEX_BITSET_MATCH_ANY");
	else
		ltr_sb_printf(out, "%#x", v3);
}

/*
 * A field of FUTEX_WAKE_OP's val3 and its shift: "FUTEX_OP_ADD<<28", or
 * "0x5<<28 /" "* FUTEX_OP_??? *" "/" when the table does not know it.
 */
static void print_shifted(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
			  uint32_t v, unsigned shift, const char *unknown)
{
	const char *name = ltr_xlat_lookup(t, v);

	if (name) {
		ltr_sb_printf(out, "%s<<%u", name, shift);
		return;
	}
	ltr_sb_printf(out, "%#x<<%u /* %s */", v, shift, unknown);
}

/* FUTEX_WAKE_OP's val3: "FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678". */
static void print_wake_op(struct ltr_strbuf *out, uint32_t v)
{
	uint32_t op = (v >> 28) & 7;

	if (v >> 31)
		ltr_sb_puts(out, "FUTEX_OP_OPARG_SHIFT<<28|");
	print_shifted(out, LTR_XT(futex_wake_ops), op, 28, "FUTEX_OP_???");
	ltr_sb_printf(out, "|%#x<<12|", (v >> 12) & 0xfff);
	print_shifted(out, LTR_XT(futex_wake_cmps), (v >> 24) & 15, 24,
		      "FUTEX_OP_CMP_???");
	ltr_sb_printf(out, "|%#x", v & 0xfff);
}

/* futex(uaddr, op, val, timeout|val2, uaddr2, val3) */
void ltr_decode_futex(struct ltr_call *c)
{
	uint32_t op = (uint32_t)c->args[1];
	uint32_t cmd = op & 127;
	bool t64 = ltr_wordsize(c) == 8 || strstr(c->desc->name, "time64");
	struct ltr_strbuf *out = c->out;

	if (c->exiting)
		return;
	ltr_print_addr(out, c->args[0]);
	ltr_sb_puts(out, ", ");
	print_futex_op(out, op);
	/* the lock calls take no val */
	if (cmd != 6 && cmd != 7 && cmd != 8 && cmd != 13)
		ltr_sb_printf(out, ", %u", (unsigned)c->args[2]);
	switch (cmd) {
	case 0: case 9: case 11:  /* WAIT, WAIT_BITSET, WAIT_REQUEUE_PI */
	case 6: case 13:          /* LOCK_PI, LOCK_PI2: timeout */
		ltr_sb_puts(out, ", ");
		if (t64)
			ltr_print_timespec64(c, c->args[3]);
		else
			ltr_print_timespec32(c, c->args[3]);
		if (cmd == 9) {
			print_futex_bitset(out, (uint32_t)c->args[5]);
		} else if (cmd == 11) {
			ltr_sb_puts(out, ", ");
			ltr_print_addr(out, c->args[4]);
		}
		return;
	case 10:  /* WAKE_BITSET */
		print_futex_bitset(out, (uint32_t)c->args[5]);
		return;
	case 3: case 4: case 12:  /* REQUEUE, CMP_REQUEUE */
		ltr_sb_printf(out, ", %u, ", (unsigned)c->args[3]);
		ltr_print_addr(out, c->args[4]);
		if (cmd != 3)
			ltr_sb_printf(out, ", %u", (unsigned)c->args[5]);
		return;
	case 5:  /* WAKE_OP */
		ltr_sb_printf(out, ", %u, ", (unsigned)c->args[3]);
		ltr_print_addr(out, c->args[4]);
		ltr_sb_puts(out, ", ");
		print_wake_op(out, (uint32_t)c->args[5]);
		return;
	case 1: case 2: case 7: case 8:  /* WAKE, FD, UNLOCK_PI, TRYLOCK_PI */
		return;
	default:  /* unknown: every argument, raw */
		ltr_sb_puts(out, ", ");
		ltr_print_addr(out, ltr_arg_word(c, 3));
		ltr_sb_puts(out, ", ");
		ltr_print_addr(out, ltr_arg_word(c, 4));
		ltr_sb_printf(out, ", %#x", (unsigned)c->args[5]);
		return;
	}
}

/* --- futex_waitv --- */

/* the kernel takes at most FUTEX_WAITV_MAX waiters */
#define FUTEX_WAITV_MAX 128

/*
 * One struct futex_waitv (24 bytes: __u64 val, __u64 uaddr, __u32 flags,
 * __u32 __reserved): "{val=0x1, uaddr=0x..., flags=FUTEX_32}", the
 * reserved field only when set; past FUTEX_WAITV_MAX, "..." ends it.
 */
static bool print_waiter(struct ltr_call *c, const unsigned char *elem, unsigned size, void *data)
{
	unsigned *count = data;
	uint32_t reserved = ltr_get_u32(elem + 20);

	(void)size;
	if ((*count)++ >= FUTEX_WAITV_MAX) {
		ltr_sb_puts(c->out, "...");
		return false;
	}
	ltr_sb_printf(c->out, "{val=%#llx, uaddr=", (unsigned long long)ltr_get_u64(elem));
	ltr_print_addr(c->out, ltr_get_u64(elem + 8));
	ltr_sb_puts(c->out, ", flags=");
	ltr_print_xt(c->out, LTR_XT(futex_waiter_flags), ltr_get_u32(elem + 16));
	if (reserved)
		ltr_sb_printf(c->out, ", __reserved=%#x", reserved);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* futex_waitv(waiters, nr_futexes, flags, timeout, clockid) */
void ltr_decode_futex_waitv(struct ltr_call *c)
{
	unsigned count = 0;

	if (c->exiting)
		return;
	ltr_print_array(c, ltr_arg_word(c, 0), (uint32_t)c->args[1], 24, print_waiter, &count);
	ltr_sb_printf(c->out, ", %u, %#x, ", (unsigned)c->args[1], (unsigned)c->args[2]);
	/* the timeout is a struct __kernel_timespec on every arch */
	ltr_print_timespec64(c, ltr_arg_word(c, 3));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(clock_ids), (uint32_t)c->args[4], "CLOCK_???");
}
