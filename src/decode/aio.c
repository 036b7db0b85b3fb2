/* SPDX-License-Identifier: MIT */
/*
 * Linux native AIO: io_setup, io_destroy, io_submit (the iocbs),
 * io_cancel, io_getevents and io_pgetevents (the io_events the kernel
 * filled, the timeout and signal mask it read at entry, shown at exit
 * whether the call failed or not). Contexts print as addresses.
 */
#include "ltr/decode.h"
#include "decoders.h"

#define IOCB_SIZE 64
#define IO_EVENT_SIZE 32
#define IOCB_FLAG_RESFD_BIT 0x1u
#define IOCB_FLAG_IOPRIO_BIT 0x2u
#define IOPRIO_CLASS_SHIFT 13

enum { CMD_PREAD, CMD_PWRITE, CMD_FSYNC, CMD_FDSYNC, CMD_PREADX, CMD_POLL, CMD_NOOP,
	CMD_PREADV, CMD_PWRITEV };

/* a signed long of the tracee in register idx */
static int64_t arg_long(const struct ltr_call *c, unsigned idx)
{
	return ltr_wordsize(c) == 4 ? (int32_t)c->args[idx] : (int64_t)c->args[idx];
}

/* io_setup(nr_events, ctx_idp): the context the kernel stored, "[0x7f...]" */
void ltr_decode_io_setup(struct ltr_call *c)
{
	uint64_t addr = ltr_arg_word(c, 1);
	unsigned char buf[8];

	if (!c->exiting) {
		ltr_sb_printf(c->out, "%u, ", (uint32_t)c->args[0]);
		return;
	}
	if (!addr || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (ltr_fetch(c, addr, buf, ltr_wordsize(c))) {
		ltr_sb_putc(c->out, '[');
		ltr_print_addr(c->out, ltr_get_uword(buf, ltr_wordsize(c)));
		ltr_sb_putc(c->out, ']');
	}
}

/* IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4) */
static void print_ioprio(struct ltr_strbuf *out, uint32_t prio)
{
	if (!ltr_xlat_begin(out, prio, LTR_XF_HEX))
		return;
	ltr_sb_puts(out, "IOPRIO_PRIO_VALUE(");
	ltr_print_xt(out, LTR_XT(ioprio_class), prio >> IOPRIO_CLASS_SHIFT);
	ltr_sb_printf(out, ", %d)", (int)(prio & ((1u << IOPRIO_CLASS_SHIFT) - 1)));
	ltr_xlat_end(out);
}

/* aio_data, aio_key, aio_rw_flags, the opcode, the priority, the descriptor */
static unsigned print_iocb_header(struct ltr_call *c, const unsigned char *cb)
{
	uint16_t op = ltr_get_u16(cb + 16);
	int16_t prio = (int16_t)ltr_get_u16(cb + 18);

	ltr_sb_printf(c->out, "aio_data=%#llx", (unsigned long long)ltr_get_u64(cb));
	if (ltr_get_u32(cb + 8))
		ltr_sb_printf(c->out, ", aio_key=%u", ltr_get_u32(cb + 8));
	if (ltr_get_u32(cb + 12)) {
		ltr_sb_puts(c->out, ", aio_rw_flags=");
		ltr_print_flags_dflt(c->out, LTR_XT(rwf_flags), ltr_get_u32(cb + 12), NULL, "RWF_???");
	}
	ltr_sb_puts(c->out, ", aio_lio_opcode=");
	ltr_print_xt(c->out, LTR_XT(aio_cmds), op);
	if (ltr_get_u32(cb + 56) & IOCB_FLAG_IOPRIO_BIT) {
		ltr_sb_puts(c->out, ", aio_reqprio=");
		print_ioprio(c->out, (uint16_t)prio);
	} else if (prio) {
		ltr_sb_printf(c->out, ", aio_reqprio=%d", prio);
	}
	ltr_sb_puts(c->out, ", aio_fildes=");
	ltr_print_fd(c, (int32_t)ltr_get_u32(cb + 20));
	return op;
}

static void print_common_flags(struct ltr_call *c, const unsigned char *cb)
{
	uint32_t flags = ltr_get_u32(cb + 56), resfd = ltr_get_u32(cb + 60);

	if (flags) {
		ltr_sb_puts(c->out, ", aio_flags=");
		ltr_print_xt(c->out, LTR_XT(aio_iocb_flags), flags);
	}
	if (flags & IOCB_FLAG_RESFD_BIT) {
		ltr_sb_puts(c->out, ", aio_resfd=");
		ltr_print_fd(c, (int32_t)resfd);
	} else if (resfd) {
		ltr_sb_printf(c->out, ", aio_resfd=%#x", resfd);
	}
}

/* a whole struct iocb: the buffer or iovecs its opcode says */
static void print_iocb(struct ltr_call *c, const unsigned char *cb)
{
	uint64_t buf = ltr_get_u64(cb + 24), nbytes = ltr_get_u64(cb + 32);
	int64_t offset = (int64_t)ltr_get_u64(cb + 40);
	/* the kernel takes these as the tracee's long and ssize_t */
	bool valid = ltr_word_mask(c, buf) == buf && ltr_word_mask(c, nbytes) == nbytes &&
		(ltr_wordsize(c) == 4 ? (int32_t)nbytes >= 0 : (int64_t)nbytes >= 0);
	unsigned op;

	ltr_sb_putc(c->out, '{');
	op = print_iocb_header(c, cb);
	switch (op) {
	case CMD_PREAD:
	case CMD_PWRITE:
		ltr_sb_puts(c->out, ", aio_buf=");
		if (op == CMD_PWRITE && valid)
			ltr_print_buf(c, buf, nbytes);
		else
			ltr_sb_printf(c->out, "%#llx", (unsigned long long)buf);
		ltr_sb_printf(c->out, ", aio_nbytes=%llu, aio_offset=%lld",
			      (unsigned long long)nbytes, (long long)offset);
		print_common_flags(c, cb);
		break;
	case CMD_PREADV:
	case CMD_PWRITEV:
		if (valid) {
			ltr_sb_puts(c->out, ", aio_buf=");
			ltr_print_iov(c, buf, nbytes, -1, op == CMD_PWRITEV);
		} else {
			ltr_sb_printf(c->out, ", aio_buf=%#llx, aio_nbytes=%llu",
				      (unsigned long long)buf, (unsigned long long)nbytes);
		}
		ltr_sb_printf(c->out, ", aio_offset=%lld", (long long)offset);
		print_common_flags(c, cb);
		break;
	case CMD_POLL:
		ltr_sb_puts(c->out, ", aio_buf=");
		ltr_print_flags_dflt(c->out, LTR_XT(poll_events), buf, NULL, "POLL???");
		print_common_flags(c, cb);
		break;
	}
	ltr_sb_putc(c->out, '}');
}

/* one iocb pointer of io_submit's array, and the iocb it points to */
static bool print_iocbp(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	uint64_t addr = ltr_get_uword(e, size);
	unsigned char cb[IOCB_SIZE];

	(void)data;
	if (ltr_fetch(c, addr, cb, sizeof(cb)))
		print_iocb(c, cb);
	return true;
}

/* io_submit(ctx, nr, iocbpp) */
void ltr_decode_io_submit(struct ltr_call *c)
{
	int64_t nr = arg_long(c, 1);

	if (c->exiting)
		return;
	ltr_print_addr(c->out, ltr_arg_word(c, 0));
	ltr_sb_printf(c->out, ", %lld, ", (long long)nr);
	if (nr < 0)
		ltr_print_addr(c->out, ltr_arg_word(c, 2));
	else
		ltr_print_array(c, ltr_arg_word(c, 2), (uint64_t)nr, ltr_wordsize(c), print_iocbp, NULL);
}

static bool print_io_event(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_printf(c->out, "{data=%#llx, obj=%#llx, res=%lld, res2=%lld}",
		      (unsigned long long)ltr_get_u64(e), (unsigned long long)ltr_get_u64(e + 8),
		      (long long)ltr_get_u64(e + 16), (long long)ltr_get_u64(e + 24));
	return true;
}

/* io_cancel(ctx, iocb, result): the iocb's header, the event at exit */
void ltr_decode_io_cancel(struct ltr_call *c)
{
	uint64_t res = ltr_arg_word(c, 2);
	unsigned char buf[IOCB_SIZE];

	if (!c->exiting) {
		ltr_print_addr(c->out, ltr_arg_word(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (ltr_fetch(c, ltr_arg_word(c, 1), buf, IOCB_SIZE)) {
			ltr_sb_putc(c->out, '{');
			print_iocb_header(c, buf);
			ltr_sb_putc(c->out, '}');
		}
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (res && ltr_call_failed(c))
		ltr_print_addr(c->out, res);
	else if (ltr_fetch(c, res, buf, IO_EVENT_SIZE))
		print_io_event(c, buf, IO_EVENT_SIZE, NULL);
}

/* io_pgetevents' struct __aio_sigset: "{sigmask=[...], sigsetsize=8}" */
static void print_aio_sigset(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[16];
	uint64_t len;

	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	len = ltr_get_uword(buf + ws, ws);
	ltr_sb_puts(c->out, "{sigmask=");
	ltr_print_sigset_addr(c, ltr_get_uword(buf, ws), len, ws);
	ltr_sb_printf(c->out, ", sigsetsize=%llu}", (unsigned long long)len);
}

/*
 * io_getevents(ctx, min_nr, nr, events, timeout) and io_pgetevents(...,
 * sig): the events at exit (as many as it returned), then the timeout
 * (and signal set) the kernel read at entry.
 */
void ltr_decode_io_getevents(struct ltr_call *c)
{
	bool pget = c->desc && c->desc->nargs == 6;
	int64_t n = c->ret;
	bool ts64 = c->desc && c->desc->args[4].print == ltr_print_arg_timespec64;

	if (!c->exiting) {
		ltr_print_addr(c->out, ltr_arg_word(c, 0));
		ltr_sb_printf(c->out, ", %lld, %lld, ", (long long)arg_long(c, 1),
			      (long long)arg_long(c, 2));
		return;
	}
	ltr_print_array(c, ltr_arg_word(c, 3), (uint64_t)n, IO_EVENT_SIZE, print_io_event, NULL);
	ltr_sb_puts(c->out, ", ");
	if (ts64)
		ltr_print_timespec64(c, ltr_arg_word(c, 4));
	else
		ltr_print_timespec(c, ltr_arg_word(c, 4));
	if (pget) {
		ltr_sb_puts(c->out, ", ");
		print_aio_sigset(c, ltr_arg_word(c, 5));
	}
}
