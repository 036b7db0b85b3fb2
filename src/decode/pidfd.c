/* SPDX-License-Identifier: MIT */
/*
 * Calls on a process through its pidfd: pidfd_getfd, pidfd_send_signal,
 * process_madvise (pidfd_open and process_mrelease are rows of
 * syscalls.def alone).
 */
#include "ltr/decode.h"
#include "decoders.h"

void ltr_print_fd_of(struct ltr_call *c, pid_t pid, int fd)
{
	pid_t tid = c->tid;

	if (pid <= 0) {
		ltr_sb_put_dec(c->out, fd);
		return;
	}
	/* ltr_print_fd looks the descriptor up in the thread c->tid */
	c->tid = pid;
	ltr_print_fd(c, fd);
	c->tid = tid;
}

/*
 * pidfd_getfd(pidfd, targetfd, flags): targetfd is a descriptor of the
 * process behind pidfd, shown as that process's under -y.
 */
void ltr_decode_pidfd_getfd(struct ltr_call *c)
{
	int pidfd = ltr_call_arg_int(c, 0);

	if (c->exiting)
		return;
	ltr_print_fd(c, pidfd);
	ltr_sb_puts(c->out, ", ");
	ltr_print_fd_of(c, c->opts->decode_fds ? (pid_t)ltr_pidfd_pid(c->tid, pidfd) : 0,
			ltr_call_arg_int(c, 1));
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_hex(c->out, (uint32_t)c->args[2]);
}

/* pidfd_send_signal's info: the siginfo at the address. */
void ltr_print_arg_siginfo(struct ltr_call *c, unsigned idx)
{
	ltr_print_siginfo_addr(c, ltr_arg_word(c, idx));
}

/*
 * process_madvise(pidfd, iovec, vlen, advice, flags): the ranges of the
 * other process as addresses and lengths.
 */
void ltr_decode_process_madvise(struct ltr_call *c)
{
	uint64_t vlen = ltr_arg_word(c, 2);

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_iov(c, ltr_arg_word(c, 1), vlen, -1, false);
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_udec(c->out, vlen);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(madvise_advice), (uint32_t)c->args[3], "MADV_???");
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_hex(c->out, (uint32_t)c->args[4]);
}
