/* SPDX-License-Identifier: MIT */
/*
 * POSIX message queues: mq_open (its mode and struct mq_attr only with
 * O_CREAT), mq_getsetattr (the new attr at entry, the old one the kernel
 * filled at exit), mq_timedreceive's priority, mq_unlink's name.
 * mq_timedsend and mq_notify (a struct sigevent, time.c) are plain rows.
 */
#include "ltr/decode.h"
#include "decoders.h"

#define MQ_O_CREAT 0100u

/*
 * struct mq_attr: four longs of the tracee (and four reserved), "{mq_flags=..., mq_maxmsg=10,
 * mq_msgsize=8192, mq_curmsgs=0}"; mq_open shows mq_flags in hex,
 * mq_getsetattr by name.
 */
static void print_mq_attr(struct ltr_call *c, uint64_t addr, bool named_flags)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char a[64];

	/* the whole struct, its four reserved longs too, as strace reads it */
	if (!ltr_fetch(c, addr, a, 8 * ws))
		return;
	ltr_sb_puts(c->out, "{mq_flags=");
	if (named_flags)
		ltr_print_xt(c->out, LTR_XT(mq_attr_flags), ltr_get_uword(a, ws));
	else
		ltr_sb_printf(c->out, "%#llx", (unsigned long long)ltr_get_uword(a, ws));
	ltr_sb_printf(c->out, ", mq_maxmsg=%lld, mq_msgsize=%lld, mq_curmsgs=%lld}",
		      (long long)ltr_get_sword(a + ws, ws), (long long)ltr_get_sword(a + 2 * ws, ws),
		      (long long)ltr_get_sword(a + 3 * ws, ws));
}

/* mq_open(name, oflag[, mode, attr]): oflag is an int */
void ltr_decode_mq_open(struct ltr_call *c)
{
	uint32_t flags = (uint32_t)c->args[1];

	if (c->exiting)
		return;
	ltr_print_path(c, ltr_arg_word(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_open_flags(c, flags);
	if (!(flags & MQ_O_CREAT))
		return;
	ltr_sb_puts(c->out, ", ");
	ltr_print_umode(c->out, c->args[2]);
	ltr_sb_puts(c->out, ", ");
	print_mq_attr(c, ltr_arg_word(c, 3), false);
}

/* mq_getsetattr(mqdes, newattr, oldattr) */
void ltr_decode_mq_getsetattr(struct ltr_call *c)
{
	uint64_t old = ltr_arg_word(c, 2);

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_mq_attr(c, ltr_arg_word(c, 1), true);
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (old && ltr_call_failed(c))
		ltr_print_addr(c->out, old);
	else
		print_mq_attr(c, old, true);
}

/* mq_timedreceive's msg_prio: "[N]", unsigned, at exit */
void ltr_print_arg_mq_prio(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned char buf[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4))
		return;
	ltr_sb_printf(c->out, "[%u]", ltr_get_u32(buf));
}

/*
 * A queue's name, read as strace reads a path (up to PATH_MAX, the
 * address when unterminated), but not a file: -P and call:path() leave it.
 */
void ltr_print_arg_mq_name(struct ltr_call *c, unsigned idx)
{
	ltr_print_path(c, ltr_arg_word(c, idx));
}
