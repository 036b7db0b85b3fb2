/* SPDX-License-Identifier: MIT */
/*
 * Miscellaneous calls: mount, groups, fanotify, io_uring_setup,
 * membarrier, as strace 6.1 prints them.
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- mount --- */

/* mount's data: a string unless NULL (strace prints it quoted). */
void ltr_print_arg_mount_data(struct ltr_call *c, unsigned idx)
{
	ltr_print_str(c, ltr_word_mask(c, c->args[idx]), 0);
}

/* --- uid --- */

/*
 * A list of group ids: "[0, 1]". getgroups (at exit) shows the ret ids
 * it stored, at most its size argument; setgroups the size it was given.
 * i386's getgroups and setgroups use 16-bit ids, the *32 calls 32-bit.
 */
void ltr_print_arg_groups(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	uint32_t size = (uint32_t)c->args[0];
	bool out = c->desc && c->desc->args[idx].at_exit;
	unsigned esize = ltr_wordsize(c) == 4 && c->desc &&
		!strstr(c->desc->name, "32") ? 2 : 4;
	uint64_t n = size, i;

	if (!addr || (out && ltr_call_failed(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (out && (uint64_t)c->ret < n)
		n = (uint64_t)c->ret;
	/* -e verbose=: the address, but an empty array is "[]" still */
	if (n > 65536 || (n && !ltr_call_verbose(c))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		uint32_t id = 0;

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i == ltr_array_max(c)) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (ltr_mem_read(c->mem, addr + i * esize, &id, esize) != 0) {
			ltr_sb_printf(c->out, "... /* %#llx */",
				      (unsigned long long)(addr + i * esize));
			break;
		}
		if (id == (esize == 2 ? 0xffffu : 0xffffffffu))
			ltr_sb_puts(c->out, "-1");
		else
			ltr_sb_printf(c->out, "%u", id);
	}
	ltr_sb_putc(c->out, ']');
}

/* --- fanotify --- */

/* fanotify_init(flags, event_f_flags): "FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY". */
void ltr_decode_fanotify_init(struct ltr_call *c)
{
	uint32_t flags = (uint32_t)c->args[0];

	if (c->exiting)
		return;
	ltr_print_xval(c->out, LTR_XT(fanotify_classes), flags & 0xc, NULL);
	flags &= ~0xcu;
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, LTR_XT(fanotify_init_flags), flags, NULL);
	}
	ltr_sb_puts(c->out, ", ");
	ltr_print_open_flags(c, (uint32_t)c->args[1]);
}

/*
 * fanotify_mark(fd, flags, mask, dirfd, path); i386 passes the 64-bit
 * mask in two arguments (low half first), moving dirfd and path along.
 */
void ltr_decode_fanotify_mark(struct ltr_call *c)
{
	bool split = ltr_wordsize(c) == 4;
	uint64_t mask = split ? (c->args[2] & 0xffffffffu) | c->args[3] << 32 : c->args[2];
	unsigned next = split ? 4 : 3;

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, LTR_XT(fanotify_mark_flags), (uint32_t)c->args[1], NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, LTR_XT(fanotify_events), mask, NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_dirfd(c, ltr_call_arg_int(c, next));
	ltr_sb_puts(c->out, ", ");
	ltr_print_path(c, ltr_word_mask(c, c->args[next + 1]));
}

/* --- io_uring --- */

/*
 * io_uring_setup(entries, params): the struct io_uring_params (120
 * bytes, same on every arch) at exit, once the kernel has filled it; a
 * failed call shows the address.
 */
void ltr_print_arg_uring_params(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	uint32_t p[30];
	const uint32_t *sq = p + 10, *cq = p + 20;

	if (!addr || ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (!ltr_fetch(c, addr, p, sizeof(p)))
		return;
	ltr_sb_puts(c->out, "{flags=");
	ltr_print_flags(c->out, LTR_XT(uring_setup_flags), p[2], NULL);
	ltr_sb_printf(c->out, ", sq_thread_cpu=%u, sq_thread_idle=%u, sq_entries=%u, cq_entries=%u, features=",
		      p[3], p[4], p[0], p[1]);
	ltr_print_flags(c->out, LTR_XT(uring_features), p[5], NULL);
	ltr_sb_printf(c->out, ", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, array=%u}",
		      sq[0], sq[1], sq[2], sq[3], sq[4], sq[5], sq[6]);
	ltr_sb_printf(c->out, ", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, cqes=%u, flags=%u}}",
		      cq[0], cq[1], cq[2], cq[3], cq[4], cq[5], cq[6]);
}

/* --- membarrier --- */

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
