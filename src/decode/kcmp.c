/* SPDX-License-Identifier: MIT */
/*
 * kcmp(2): the two indexes per type, descriptors of the two processes
 * for KCMP_FILE, KCMP_EPOLL_TFD's struct kcmp_epoll_slot.
 */
#include "ltr/decode.h"
#include "ltr/pidns.h"
#include "decoders.h"

enum { KCMP_FILE_ = 0, KCMP_EPOLL_TFD_ = 7 };

/*
 * The process the tracee calls pid, in ltr's pid namespace, whose
 * descriptors -y shows (as strace, whatever --pidns-translation says);
 * 0 when none is, or -y is off: the descriptors then print bare.
 */
static pid_t own_pid(struct ltr_call *c, int pid)
{
	if (!c->opts->decode_fds)
		return 0;
	return (pid_t)ltr_pidns_translate(c->tid, pid, LTR_PT_TGID);
}

/* kcmp(pid1, pid2, type, idx1, idx2) */
void ltr_decode_kcmp(struct ltr_call *c)
{
	int pid1 = ltr_call_arg_int(c, 0), pid2 = ltr_call_arg_int(c, 1);
	uint32_t type = (uint32_t)c->args[2];
	unsigned char slot[12]; /* efd, tfd, toff: three u32 */

	if (c->exiting)
		return;
	ltr_print_pid(c, pid1);
	ltr_sb_puts(c->out, ", ");
	ltr_print_pid(c, pid2);
	pid1 = own_pid(c, pid1);
	pid2 = own_pid(c, pid2);
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, LTR_XT(kcmp_types), type, "KCMP_???");
	switch (type) {
	case KCMP_FILE_:
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd_of(c, pid1, (int)c->args[3]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd_of(c, pid2, (int)c->args[4]);
		return;
	case KCMP_EPOLL_TFD_:
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd_of(c, pid1, (int)c->args[3]);
		ltr_sb_puts(c->out, ", ");
		if (!ltr_fetch(c, ltr_arg_word(c, 4), slot, sizeof(slot)))
			return;
		ltr_sb_puts(c->out, "{efd=");
		ltr_print_fd_of(c, pid2, (int)ltr_get_u32(slot));
		ltr_sb_puts(c->out, ", tfd=");
		ltr_print_fd_of(c, pid2, (int)ltr_get_u32(slot + 4));
		ltr_sb_printf(c->out, ", toff=%u}", ltr_get_u32(slot + 8));
		return;
	case 1: case 2: case 3: case 4: case 5: case 6:
		/* VM, FILES, FS, SIGHAND, IO, SYSVSEM: no index */
		return;
	default:
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_arg_word(c, 3));
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_arg_word(c, 4));
		return;
	}
}
