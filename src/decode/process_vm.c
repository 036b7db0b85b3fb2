/* SPDX-License-Identifier: MIT */
/*
 * process_vm_readv, process_vm_writev: the local iovecs with their data
 * (read's at exit, what it read), the remote ones as addresses.
 */
#include "ltr/decode.h"
#include "decoders.h"

/*
 * process_vm_readv(pid, local_iov, liovcnt, remote_iov, riovcnt, flags)
 * prints all but the pid at exit, the local buffers holding the bytes
 * read (addresses when the call failed); process_vm_writev prints all
 * at entry.
 */
void ltr_decode_process_vm(struct ltr_call *c)
{
	bool readv = c->desc && c->desc->name[11] == 'r';
	uint64_t lcnt = ltr_arg_word(c, 2), rcnt = ltr_arg_word(c, 4);

	if (!c->exiting) {
		ltr_print_pid(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (readv)
			return;
	} else if (!readv) {
		return;
	}
	if (readv)
		ltr_print_iov(c, ltr_arg_word(c, 1), lcnt,
			      ltr_call_failed(c) ? -1 : c->ret, !ltr_call_failed(c));
	else
		ltr_print_iov(c, ltr_arg_word(c, 1), lcnt, -1, true);
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_udec(c->out, lcnt);
	ltr_sb_puts(c->out, ", ");
	ltr_print_iov(c, ltr_arg_word(c, 3), rcnt, -1, false);
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_udec(c->out, rcnt);
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_udec(c->out, ltr_arg_word(c, 5));
}
