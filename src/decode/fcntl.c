/* SPDX-License-Identifier: MIT */
/*
 * fcntl and fcntl64: commands, struct flock, struct f_owner_ex, the
 * flags of F_GETFL/F_SETFL and friends, as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/decode.h"
#include "decoders.h"

/*
 * struct flock: short type, short whence, then off_t start/len and pid.
 * 64-bit layout (and flock64 on i386: 32-bit words but 64-bit offsets,
 * packed), or i386's flock with 32-bit offsets.
 */
static void print_flock(struct ltr_call *c, uint64_t addr, bool wide, bool with_pid)
{
	unsigned char buf[32];
	int16_t type, whence;
	long long start, len;
	int32_t pid;
	unsigned size = !wide ? 16 : ltr_wordsize(c) == 8 ? 32 : 24;

	if (!ltr_fetch(c, addr, buf, size))
		return;
	memcpy(&type, buf, 2);
	memcpy(&whence, buf + 2, 2);
	if (wide) {
		/* 64-bit: offsets at 8 (padding after the shorts); i386 flock64: at 4 */
		unsigned off = ltr_wordsize(c) == 8 ? 8 : 4;
		int64_t s, l;

		memcpy(&s, buf + off, 8);
		memcpy(&l, buf + off + 8, 8);
		memcpy(&pid, buf + off + 16, 4);
		start = s;
		len = l;
	} else {
		int32_t s, l;

		memcpy(&s, buf + 4, 4);
		memcpy(&l, buf + 8, 4);
		memcpy(&pid, buf + 12, 4);
		start = s;
		len = l;
	}
	ltr_sb_puts(c->out, "{l_type=");
	ltr_print_xval(c->out, LTR_XT(lock_types), (uint16_t)type, "F_???");
	ltr_sb_puts(c->out, ", l_whence=");
	ltr_print_xval(c->out, LTR_XT(whence), (uint16_t)whence, "SEEK_???");
	ltr_sb_printf(c->out, ", l_start=%lld, l_len=%lld", start, len);
	if (with_pid) {
		ltr_sb_puts(c->out, ", l_pid=");
		ltr_print_pid(c, pid);
	}
	ltr_sb_putc(c->out, '}');
}

/* struct f_owner_ex: {type=F_OWNER_TID, pid=42} (-Y: 42<comm> but for a group). */
static void print_owner(struct ltr_call *c, uint64_t addr)
{
	int32_t own[2];

	if (!ltr_fetch(c, addr, own, sizeof(own)))
		return;
	ltr_sb_puts(c->out, "{type=");
	ltr_print_xval(c->out, LTR_XT(f_owner_types), (uint32_t)own[0], "F_OWNER_???");
	ltr_sb_puts(c->out, ", pid=");
	if (own[0] == 2) /* F_OWNER_PGRP */
		ltr_print_pid_type(c, own[1], LTR_PT_PGID);
	else if (own[0] == 0) /* F_OWNER_TID */
		ltr_print_pid_type(c, own[1], LTR_PT_TID);
	else
		ltr_print_pid(c, own[1]);
	ltr_sb_putc(c->out, '}');
}

/* Returns true when cmd prints its third argument at exit. */
static bool fcntl_arg_at_exit(uint32_t cmd)
{
	return cmd == 5 || cmd == 12 || cmd == 36 || cmd == 16;
}

void ltr_decode_fcntl(struct ltr_call *c)
{
	uint32_t cmd = (uint32_t)c->args[1];
	bool wide = ltr_wordsize(c) == 8 || cmd == 12 || cmd == 13 || cmd == 14 ||
		    (cmd >= 36 && cmd <= 38);
	char flags[80];
	struct ltr_strbuf tmp = LTR_STRBUF_INIT;

	if (!c->exiting) {
		ltr_print_fd(c, (int)(uint32_t)c->args[0]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_xval(c->out, LTR_XT(fcntl_cmds), cmd, "F_???");
		switch (cmd) {
		case 1: case 3: case 9: case 11: case 1025: case 1032: case 1034:
			return;   /* no argument */
		case 0: case 1030: case 1031:
			ltr_sb_printf(c->out, ", %d", ltr_call_arg_int(c, 2));
			return;
		case 1024: /* F_SETLEASE: a lock type, the whole word */
			ltr_sb_puts(c->out, ", ");
			ltr_print_xt(c->out, LTR_XT(lock_types), ltr_arg_word(c, 2));
			return;
		case 1026: /* F_NOTIFY: DN_* events, the whole word */
			ltr_sb_puts(c->out, ", ");
			ltr_print_xt(c->out, LTR_XT(notify_flags), ltr_arg_word(c, 2));
			return;
		case 8: /* F_SETOWN: a process (-Y: its comm), or -pgrp */
			ltr_sb_puts(c->out, ", ");
			ltr_print_pid_or_pgrp(c, ltr_call_arg_int(c, 2));
			return;
		case 2:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xt(c->out, LTR_XT(fd_flags), (uint32_t)c->args[2]);
			return;
		case 4:
			ltr_sb_puts(c->out, ", ");
			ltr_print_open_flags(c, (uint32_t)c->args[2]);
			return;
		case 10:
			ltr_sb_puts(c->out, ", ");
			ltr_print_signame(c->out, ltr_call_arg_int(c, 2));
			return;
		case 1033:
			ltr_sb_puts(c->out, ", ");
			ltr_print_flags(c->out, LTR_XT(seal_flags), (uint32_t)c->args[2], NULL);
			return;
		case 6: case 7: case 13: case 14: case 37: case 38:
			ltr_sb_puts(c->out, ", ");
			print_flock(c, c->args[2], wide, false);
			return;
		case 15: /* F_SETOWN_EX */
			ltr_sb_puts(c->out, ", ");
			print_owner(c, c->args[2]);
			return;
		default:
			if (fcntl_arg_at_exit(cmd)) {
				ltr_sb_puts(c->out, ", ");
				return;
			}
			ltr_sb_printf(c->out, ", %#llx",
				      (unsigned long long)(ltr_wordsize(c) == 4 ?
				      (uint32_t)c->args[2] : c->args[2]));
			return;
		}
	}
	if (fcntl_arg_at_exit(cmd)) {
		if (ltr_call_failed(c)) {
			ltr_print_addr(c->out, c->args[2]);
		} else if (cmd == 16) {
			print_owner(c, c->args[2]);
		} else {
			print_flock(c, c->args[2], wide, true);
		}
		return;
	}
	if (ltr_call_failed(c))
		return;
	/* F_DUPFD, F_DUPFD_CLOEXEC: a new descriptor (with its -y path). */
	if (cmd == 0 || cmd == 1030) {
		c->ret_kind = LTR_RET_FD;
		return;
	}
	/* F_GETLEASE: the lock type, in hex, and its name */
	if (cmd == 1025) {
		const char *name = ltr_xlat_lookup(LTR_XT(lock_types), (uint64_t)c->ret);

		c->ret_kind = LTR_RET_HEX;
		if (name)
			snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
		return;
	}
	/* F_GETOWN: a process (-Y: its comm), or -pgrp */
	if (cmd == 9) {
		c->ret_kind = LTR_RET_PID;
		return;
	}
	/* F_GETFD, F_GETFL, F_GETSIG...: the value with its decoded flags. */
	if (cmd == 1 || cmd == 3 || cmd == 1034 || cmd == 11) {
		if (c->ret == 0 && cmd != 3)
			return;
		if (cmd == 11) {
			const char *name = ltr_signal_name((int)c->ret);

			if (name)
				snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
			return;
		}
		if (cmd == 3) {
			struct ltr_strbuf *saved = c->out;
			/* strace names the open flags here whatever -X says */
			int style = ltr_xlat_force(LTR_XLAT_ABBREV);

			c->out = &tmp;
			ltr_print_open_flags(c, (uint64_t)c->ret);
			c->out = saved;
			ltr_xlat_force(style);
		} else {
			ltr_print_flags(&tmp, cmd == 1 ? LTR_XT(fd_flags) : LTR_XT(seal_flags),
					(uint64_t)c->ret, NULL);
		}
		snprintf(flags, sizeof(flags), "%s", ltr_sb_cstr(&tmp));
		ltr_sb_free(&tmp);
		c->ret_kind = LTR_RET_CUSTOM;
		snprintf(c->ret_text, sizeof(c->ret_text), "%#llx (flags %s)",
			 (unsigned long long)c->ret, flags);
	}
}
