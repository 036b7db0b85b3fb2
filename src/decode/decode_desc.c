/* SPDX-License-Identifier: MIT */
/*
 * Descriptors and time: fcntl, ioctl, pipe, poll, epoll, futex, clocks
 * and timespecs, printed as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- time --- */

/*
 * A time pair in tracee memory, two signed fields of ws bytes:
 * "{tv_sec=0, SUB=1000}" (SUB "tv_nsec" or "tv_usec"), "NULL", or the
 * address when it cannot be read.
 */
static void print_time_pair_at(struct ltr_call *c, uint64_t addr, unsigned ws,
			       const char *sub)
{
	unsigned char buf[16];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	ltr_print_time_pair(c->out, buf, ws, sub);
}

void ltr_print_timespec64(struct ltr_call *c, uint64_t addr)
{
	print_time_pair_at(c, addr, 8, "tv_nsec");
}

void ltr_print_timespec32(struct ltr_call *c, uint64_t addr)
{
	print_time_pair_at(c, addr, 4, "tv_nsec");
}

void ltr_print_timespec(struct ltr_call *c, uint64_t addr)
{
	print_time_pair_at(c, addr, ltr_wordsize(c), "tv_nsec");
}

/*
 * A timespec argument of ws-byte fields; an output argument of a failed
 * call prints its address.
 */
static void print_timespec_arg(struct ltr_call *c, unsigned idx, unsigned ws)
{
	if (c->args[idx] && c->exiting && ltr_call_failed(c) &&
	    c->desc && c->desc->args[idx].at_exit) {
		ltr_print_addr(c->out, c->args[idx]);
		return;
	}
	print_time_pair_at(c, c->args[idx], ws, "tv_nsec");
}

/* A timespec argument: word-sized fields (the *_time64 syscalls use A_TIMESPEC64). */
void ltr_print_arg_timespec(struct ltr_call *c, unsigned idx)
{
	print_timespec_arg(c, idx, ltr_wordsize(c));
}

void ltr_print_arg_timespec64(struct ltr_call *c, unsigned idx)
{
	print_timespec_arg(c, idx, 8);
}

/*
 * The remaining time of nanosleep and clock_nanosleep (an output
 * argument): the kernel writes it only when a signal interrupts the sleep
 * (the tracer sees ERESTARTSYS .. ERESTART_RESTARTBLOCK), and
 * clock_nanosleep only without TIMER_ABSTIME; otherwise its address.
 * param is 1 + the index of clock_nanosleep's flags argument, 0 for
 * nanosleep.
 */
static void print_timespec_rem(struct ltr_call *c, unsigned idx, unsigned ws)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned flags_arg = c->desc ? c->desc->args[idx].param : 0;
	bool restart = c->ret == -512 || c->ret == -513 || c->ret == -514 ||
		       c->ret == -516;

	if (!restart || (flags_arg && (uint32_t)c->args[flags_arg - 1])) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_time_pair_at(c, addr, ws, "tv_nsec");
}

void ltr_print_arg_timespec_rem(struct ltr_call *c, unsigned idx)
{
	print_timespec_rem(c, idx, ltr_wordsize(c));
}

void ltr_print_arg_timespec64_rem(struct ltr_call *c, unsigned idx)
{
	print_timespec_rem(c, idx, 8);
}

/* struct timeval (gettimeofday): "{tv_sec=..., tv_usec=...}". */
void ltr_print_arg_timeval(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = c->args[idx];

	if (addr && ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_time_pair_at(c, addr, ltr_wordsize(c), "tv_usec");
}

/* time(tloc): "[1795708736 /" "* 2026-11-26T15:58:56+0000 *" "/]". */
static void format_utc(char *dst, size_t size, long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!gmtime_r(&tt, &tm) || !strftime(dst, size, "%Y-%m-%dT%H:%M:%S+0000", &tm))
		snprintf(dst, size, "%lld", t);
}

void ltr_print_arg_time_out(struct ltr_call *c, unsigned idx)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[8];
	char when[64];
	long long t;

	if (!c->args[idx]) {
		ltr_sb_puts(c->out, "NULL");
	} else if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[idx]);
	} else if (ltr_fetch(c, c->args[idx], buf, ws)) {
		t = (long long)ltr_get_sword(buf, ws);
		format_utc(when, sizeof(when), t);
		ltr_sb_printf(c->out, "[%lld /* %s */]", t, when);
	}
	if (!ltr_call_failed(c)) {
		format_utc(when, sizeof(when), (long long)c->ret);
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", when);
	}
}

static const struct ltr_xlat clock_ids[] = {
	LTR_XLAT_PAIR(0, "CLOCK_REALTIME"),
	LTR_XLAT_PAIR(1, "CLOCK_MONOTONIC"),
	LTR_XLAT_PAIR(2, "CLOCK_PROCESS_CPUTIME_ID"),
	LTR_XLAT_PAIR(3, "CLOCK_THREAD_CPUTIME_ID"),
	LTR_XLAT_PAIR(4, "CLOCK_MONOTONIC_RAW"),
	LTR_XLAT_PAIR(5, "CLOCK_REALTIME_COARSE"),
	LTR_XLAT_PAIR(6, "CLOCK_MONOTONIC_COARSE"),
	LTR_XLAT_PAIR(7, "CLOCK_BOOTTIME"),
	LTR_XLAT_PAIR(8, "CLOCK_REALTIME_ALARM"),
	LTR_XLAT_PAIR(9, "CLOCK_BOOTTIME_ALARM"),
	LTR_XLAT_PAIR(11, "CLOCK_TAI"),
	LTR_XLAT_END
};

void ltr_print_arg_clockid(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, clock_ids, (uint32_t)c->args[idx], "CLOCK_???");
}

static const struct ltr_xlat timer_flags[] = {
	LTR_XLAT_PAIR(1, "TIMER_ABSTIME"),
	LTR_XLAT_END
};

void ltr_print_arg_timer_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, timer_flags, (uint32_t)c->args[idx], NULL);
}

/* --- flags of small calls --- */

/* flock's operation; LOCK_RW before its two bits, as strace's table has it. */
static const struct ltr_xlat flock_ops[] = {
	LTR_XLAT_PAIR(1, "LOCK_SH"), LTR_XLAT_PAIR(2, "LOCK_EX"),
	LTR_XLAT_PAIR(4, "LOCK_NB"), LTR_XLAT_PAIR(8, "LOCK_UN"),
	LTR_XLAT_PAIR(32, "LOCK_MAND"), LTR_XLAT_PAIR(192, "LOCK_RW"),
	LTR_XLAT_PAIR(64, "LOCK_READ"), LTR_XLAT_PAIR(128, "LOCK_WRITE"),
	LTR_XLAT_END
};

/* "LOCK_EX|LOCK_NB", "0", "0x10 /" "* LOCK_??? *" "/". */
void ltr_print_arg_flock_op(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags_dflt(c->out, flock_ops, (uint32_t)c->args[idx], NULL, "LOCK_???");
}

static const struct ltr_xlat cloexec_flags[] = {
	LTR_XLAT_PAIR(02000000, "O_CLOEXEC"),
	LTR_XLAT_END
};

void ltr_print_arg_dup3_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, cloexec_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat grnd_flags[] = {
	LTR_XLAT_PAIR(1, "GRND_NONBLOCK"),
	LTR_XLAT_PAIR(2, "GRND_RANDOM"),
	LTR_XLAT_PAIR(4, "GRND_INSECURE"),
	LTR_XLAT_END
};

void ltr_print_arg_grnd_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, grnd_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat epoll_create_flags[] = {
	LTR_XLAT_PAIR(02000000, "EPOLL_CLOEXEC"),
	LTR_XLAT_END
};

void ltr_print_arg_epoll_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, epoll_create_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat efd_flags[] = {
	LTR_XLAT_PAIR(1, "EFD_SEMAPHORE"),
	LTR_XLAT_PAIR(02000000, "EFD_CLOEXEC"),
	LTR_XLAT_PAIR(04000, "EFD_NONBLOCK"),
	LTR_XLAT_END
};

void ltr_print_arg_efd_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, efd_flags, (uint32_t)c->args[idx], NULL);
}

/* pipe2 flags: "0" when none (not O_RDONLY). Generic O_* bit values. */
static const struct ltr_xlat pipe_flags[] = {
	LTR_XLAT_PAIR(04000, "O_NONBLOCK"),
	LTR_XLAT_PAIR(040000, "O_DIRECT"),
	LTR_XLAT_PAIR(02000000, "O_CLOEXEC"),
	LTR_XLAT_PAIR(0x80, "O_NOTIFICATION_PIPE"),
	LTR_XLAT_END
};

/* pipe(fds) / pipe2(fds, flags): "[3, 4]" at exit (with -y: "[3<pipe:[N]>, ...]"). */
void ltr_decode_pipe(struct ltr_call *c)
{
	int32_t fds[2];

	if (!c->exiting)
		return;
	if (ltr_call_failed(c) || !c->args[0])
		ltr_print_addr(c->out, c->args[0]);
	else if (ltr_fetch(c, c->args[0], fds, sizeof(fds))) {
		ltr_sb_putc(c->out, '[');
		ltr_print_fd(c, fds[0]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_fd(c, fds[1]);
		ltr_sb_putc(c->out, ']');
	}
	if (strcmp(c->desc->name, "pipe2") == 0) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, pipe_flags, (uint32_t)c->args[1], NULL);
	}
}

/* close_range(first, last, flags): all unsigned decimal. */
static const struct ltr_xlat close_range_flags[] = {
	LTR_XLAT_PAIR(2, "CLOSE_RANGE_UNSHARE"),
	LTR_XLAT_PAIR(4, "CLOSE_RANGE_CLOEXEC"),
	LTR_XLAT_END
};

void ltr_decode_close_range(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_fd(c, (int)(uint32_t)c->args[0]);
	ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[1]);
	ltr_print_flags(c->out, close_range_flags, (uint32_t)c->args[2], NULL);
}

/* --- fcntl --- */

static const struct ltr_xlat fcntl_cmds[] = {
	LTR_XLAT_PAIR(0, "F_DUPFD"), LTR_XLAT_PAIR(1, "F_GETFD"),
	LTR_XLAT_PAIR(2, "F_SETFD"), LTR_XLAT_PAIR(3, "F_GETFL"),
	LTR_XLAT_PAIR(4, "F_SETFL"), LTR_XLAT_PAIR(5, "F_GETLK"),
	LTR_XLAT_PAIR(6, "F_SETLK"), LTR_XLAT_PAIR(7, "F_SETLKW"),
	LTR_XLAT_PAIR(8, "F_SETOWN"), LTR_XLAT_PAIR(9, "F_GETOWN"),
	LTR_XLAT_PAIR(10, "F_SETSIG"), LTR_XLAT_PAIR(11, "F_GETSIG"),
	LTR_XLAT_PAIR(12, "F_GETLK64"), LTR_XLAT_PAIR(13, "F_SETLK64"),
	LTR_XLAT_PAIR(14, "F_SETLKW64"), LTR_XLAT_PAIR(15, "F_SETOWN_EX"),
	LTR_XLAT_PAIR(16, "F_GETOWN_EX"), LTR_XLAT_PAIR(17, "F_GETOWNER_UIDS"),
	LTR_XLAT_PAIR(36, "F_OFD_GETLK"), LTR_XLAT_PAIR(37, "F_OFD_SETLK"),
	LTR_XLAT_PAIR(38, "F_OFD_SETLKW"),
	LTR_XLAT_PAIR(1024, "F_SETLEASE"), LTR_XLAT_PAIR(1025, "F_GETLEASE"),
	LTR_XLAT_PAIR(1026, "F_NOTIFY"), LTR_XLAT_PAIR(1030, "F_DUPFD_CLOEXEC"),
	LTR_XLAT_PAIR(1031, "F_SETPIPE_SZ"), LTR_XLAT_PAIR(1032, "F_GETPIPE_SZ"),
	LTR_XLAT_PAIR(1033, "F_ADD_SEALS"), LTR_XLAT_PAIR(1034, "F_GET_SEALS"),
	LTR_XLAT_END
};

static const struct ltr_xlat fd_flags[] = {
	LTR_XLAT_PAIR(1, "FD_CLOEXEC"),
	LTR_XLAT_END
};

static const struct ltr_xlat lock_types[] = {
	LTR_XLAT_PAIR(0, "F_RDLCK"), LTR_XLAT_PAIR(1, "F_WRLCK"),
	LTR_XLAT_PAIR(2, "F_UNLCK"), LTR_XLAT_END
};

static const struct ltr_xlat whences[] = {
	LTR_XLAT_PAIR(0, "SEEK_SET"), LTR_XLAT_PAIR(1, "SEEK_CUR"),
	LTR_XLAT_PAIR(2, "SEEK_END"), LTR_XLAT_END
};

static const struct ltr_xlat seal_flags[] = {
	LTR_XLAT_PAIR(1, "F_SEAL_SEAL"), LTR_XLAT_PAIR(2, "F_SEAL_SHRINK"),
	LTR_XLAT_PAIR(4, "F_SEAL_GROW"), LTR_XLAT_PAIR(8, "F_SEAL_WRITE"),
	LTR_XLAT_PAIR(16, "F_SEAL_FUTURE_WRITE"), LTR_XLAT_END
};

static const struct ltr_xlat owner_types[] = {
	LTR_XLAT_PAIR(0, "F_OWNER_TID"), LTR_XLAT_PAIR(1, "F_OWNER_PID"),
	LTR_XLAT_PAIR(2, "F_OWNER_PGRP"), LTR_XLAT_END
};

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
	ltr_print_xval(c->out, lock_types, (uint16_t)type, "F_???");
	ltr_sb_puts(c->out, ", l_whence=");
	ltr_print_xval(c->out, whences, (uint16_t)whence, "SEEK_???");
	ltr_sb_printf(c->out, ", l_start=%lld, l_len=%lld", start, len);
	if (with_pid)
		ltr_sb_printf(c->out, ", l_pid=%d", pid);
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
		ltr_print_xval(c->out, fcntl_cmds, cmd, "F_???");
		switch (cmd) {
		case 1: case 3: case 9: case 11: case 1025: case 1032: case 1034:
			return;   /* no argument */
		case 0: case 1030: case 1031: case 8: case 1024: case 1026:
			ltr_sb_printf(c->out, ", %d", ltr_call_arg_int(c, 2));
			return;
		case 2:
			ltr_sb_puts(c->out, ", ");
			ltr_print_flags(c->out, fd_flags, (uint32_t)c->args[2], NULL);
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
			ltr_print_flags(c->out, seal_flags, (uint32_t)c->args[2], NULL);
			return;
		case 6: case 7: case 13: case 14: case 37: case 38:
			ltr_sb_puts(c->out, ", ");
			print_flock(c, c->args[2], wide, false);
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
			int32_t own[2];

			if (ltr_fetch(c, c->args[2], own, sizeof(own))) {
				ltr_sb_puts(c->out, "{type=");
				ltr_print_xval(c->out, owner_types, (uint32_t)own[0],
					       "F_OWNER_???");
				ltr_sb_printf(c->out, ", pid=%d}", own[1]);
			}
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

			c->out = &tmp;
			ltr_print_open_flags(c, (uint64_t)c->ret);
			c->out = saved;
		} else {
			ltr_print_flags(&tmp, cmd == 1 ? fd_flags : seal_flags,
					(uint64_t)c->ret, NULL);
		}
		snprintf(flags, sizeof(flags), "%s", ltr_sb_cstr(&tmp));
		ltr_sb_free(&tmp);
		c->ret_kind = LTR_RET_CUSTOM;
		snprintf(c->ret_text, sizeof(c->ret_text), "%#llx (flags %s)",
			 (unsigned long long)c->ret, flags);
	}
}

/* --- ioctl --- */

static const struct ltr_xlat ioctl_names[] = {
	LTR_XLAT_PAIR(0x5401, "TCGETS"),
	LTR_XLAT_PAIR(0x5402, "SNDCTL_TMR_START or TCSETS"),
	LTR_XLAT_PAIR(0x5403, "SNDCTL_TMR_STOP or TCSETSW"),
	LTR_XLAT_PAIR(0x5404, "SNDCTL_TMR_CONTINUE or TCSETSF"),
	LTR_XLAT_PAIR(0x5405, "TCGETA"), LTR_XLAT_PAIR(0x5406, "TCSETA"),
	LTR_XLAT_PAIR(0x5407, "TCSETAW"), LTR_XLAT_PAIR(0x5408, "TCSETAF"),
	LTR_XLAT_PAIR(0x5409, "TCSBRK"), LTR_XLAT_PAIR(0x540A, "TCXONC"),
	LTR_XLAT_PAIR(0x540B, "TCFLSH"), LTR_XLAT_PAIR(0x540C, "TIOCEXCL"),
	LTR_XLAT_PAIR(0x540D, "TIOCNXCL"), LTR_XLAT_PAIR(0x540E, "TIOCSCTTY"),
	LTR_XLAT_PAIR(0x540F, "TIOCGPGRP"), LTR_XLAT_PAIR(0x5410, "TIOCSPGRP"),
	LTR_XLAT_PAIR(0x5411, "TIOCOUTQ"), LTR_XLAT_PAIR(0x5412, "TIOCSTI"),
	LTR_XLAT_PAIR(0x5413, "TIOCGWINSZ"), LTR_XLAT_PAIR(0x5414, "TIOCSWINSZ"),
	LTR_XLAT_PAIR(0x541B, "FIONREAD"), LTR_XLAT_PAIR(0x5421, "FIONBIO"),
	LTR_XLAT_PAIR(0x5422, "TIOCNOTTY"), LTR_XLAT_PAIR(0x5429, "TIOCGSID"),
	LTR_XLAT_PAIR(0x5441, "TIOCGPTPEER"),
	LTR_XLAT_PAIR(0x5450, "FIONCLEX"), LTR_XLAT_PAIR(0x5451, "FIOCLEX"),
	LTR_XLAT_PAIR(0x5452, "FIOASYNC"),
	LTR_XLAT_PAIR(0x80045430, "TIOCGPTN"), LTR_XLAT_PAIR(0x40045431, "TIOCSPTLCK"),
	LTR_XLAT_PAIR(0x5460, "FIOQSIZE"),
	LTR_XLAT_PAIR(0x40049409, "BTRFS_IOC_CLONE or FICLONE"),
	LTR_XLAT_PAIR(0x4020940d, "BTRFS_IOC_CLONE_RANGE or FICLONERANGE"),
	LTR_XLAT_PAIR(0xc0189436, "BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE"),
	LTR_XLAT_END
};

/* FS_IOC_GETFLAGS / SETFLAGS: _IOR/_IOW('f', 1/2, long), so per wordsize. */
#define FS_IOC_GETFLAGS_64 0x80086601u
#define FS_IOC_SETFLAGS_64 0x40086602u
#define FS_IOC_GETFLAGS_32 0x80046601u
#define FS_IOC_SETFLAGS_32 0x40046602u

static const struct ltr_xlat inode_flags[] = {
	LTR_XLAT_PAIR(0x1, "FS_SECRM_FL"), LTR_XLAT_PAIR(0x2, "FS_UNRM_FL"),
	LTR_XLAT_PAIR(0x4, "FS_COMPR_FL"), LTR_XLAT_PAIR(0x8, "FS_SYNC_FL"),
	LTR_XLAT_PAIR(0x10, "FS_IMMUTABLE_FL"), LTR_XLAT_PAIR(0x20, "FS_APPEND_FL"),
	LTR_XLAT_PAIR(0x40, "FS_NODUMP_FL"), LTR_XLAT_PAIR(0x80, "FS_NOATIME_FL"),
	LTR_XLAT_PAIR(0x100, "FS_DIRTY_FL"), LTR_XLAT_PAIR(0x200, "FS_COMPRBLK_FL"),
	LTR_XLAT_PAIR(0x400, "FS_NOCOMP_FL"), LTR_XLAT_PAIR(0x800, "FS_ENCRYPT_FL"),
	LTR_XLAT_PAIR(0x1000, "FS_INDEX_FL"), LTR_XLAT_PAIR(0x2000, "FS_IMAGIC_FL"),
	LTR_XLAT_PAIR(0x4000, "FS_JOURNAL_DATA_FL"), LTR_XLAT_PAIR(0x8000, "FS_NOTAIL_FL"),
	LTR_XLAT_PAIR(0x10000, "FS_DIRSYNC_FL"), LTR_XLAT_PAIR(0x20000, "FS_TOPDIR_FL"),
	LTR_XLAT_PAIR(0x40000, "FS_HUGE_FILE_FL"), LTR_XLAT_PAIR(0x80000, "FS_EXTENT_FL"),
	LTR_XLAT_PAIR(0x100000, "FS_VERITY_FL"), LTR_XLAT_PAIR(0x200000, "FS_EA_INODE_FL"),
	LTR_XLAT_PAIR(0x400000, "FS_EOFBLOCKS_FL"), LTR_XLAT_PAIR(0x800000, "FS_NOCOW_FL"),
	LTR_XLAT_PAIR(0x2000000, "FS_DAX_FL"), LTR_XLAT_PAIR(0x10000000, "FS_INLINE_DATA_FL"),
	LTR_XLAT_PAIR(0x20000000, "FS_PROJINHERIT_FL"), LTR_XLAT_PAIR(0x40000000, "FS_CASEFOLD_FL"),
	LTR_XLAT_PAIR(0x80000000, "FS_RESERVED_FL"),
	LTR_XLAT_END
};

static const struct ltr_xlat tcflsh_queues[] = {
	LTR_XLAT_PAIR(0, "TCIFLUSH"), LTR_XLAT_PAIR(1, "TCOFLUSH"),
	LTR_XLAT_PAIR(2, "TCIOFLUSH"), LTR_XLAT_END
};

/* The names of FS_IOC_GETFLAGS / SETFLAGS, whose codes depend on the wordsize. */
static const char *sized_ioctl_name(uint32_t req)
{
	switch (req) {
	case FS_IOC_GETFLAGS_64: return "FS_IOC_GETFLAGS";
	case FS_IOC_SETFLAGS_64: return "FS_IOC_SETFLAGS";
	/* strace names the 4-byte codes FS_IOC32_* on i386 too */
	case FS_IOC_GETFLAGS_32: return "FS_IOC32_GETFLAGS";
	case FS_IOC_SETFLAGS_32: return "FS_IOC32_SETFLAGS";
	default: return NULL;
	}
}

/* "[FS_SYNC_FL|FS_NOATIME_FL]": the int of inode flags at addr. */
static void print_inode_flags_ref(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_flags(c->out, inode_flags, v, NULL);
	ltr_sb_putc(c->out, ']');
}

/* struct file_clone_range (FICLONERANGE). */
static void print_clone_range(struct ltr_call *c, uint64_t addr)
{
	int64_t r[4];

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	ltr_sb_printf(c->out, "{src_fd=%d, src_offset=%llu, src_length=%llu, dest_offset=%llu}",
		      (int)r[0], (unsigned long long)r[1], (unsigned long long)r[2],
		      (unsigned long long)r[3]);
}

/* struct file_dedupe_range's header (FIDEDUPERANGE), at entry. */
static void print_dedupe_range(struct ltr_call *c, uint64_t addr)
{
	uint64_t r[3];
	uint16_t count;

	if (!ltr_fetch(c, addr, r, sizeof(r)))
		return;
	memcpy(&count, &r[2], 2);
	ltr_sb_printf(c->out, "{src_offset=%llu, src_length=%llu, dest_count=%u, info=",
		      (unsigned long long)r[0], (unsigned long long)r[1], count);
	if (count)
		ltr_sb_puts(c->out, "[...]");
	else
		ltr_sb_puts(c->out, "[]");
	ltr_sb_putc(c->out, '}');
}

static void print_ioc(struct ltr_strbuf *out, uint32_t code)
{
	unsigned dir = code >> 30, size = (code >> 16) & 0x3fff;
	static const char *const dirs[4] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	ltr_sb_printf(out, "_IOC(%s, %#x, %#x, %#x)", dirs[dir],
		      (code >> 8) & 0xff, code & 0xff, size);
}

/* "[value]" of an int the ioctl reads or fills. */
static void print_int_ref(struct ltr_call *c, uint64_t addr)
{
	int32_t v;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%d]", v);
}

static void print_winsize(struct ltr_call *c, uint64_t addr)
{
	uint16_t ws[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_fetch(c, addr, ws, sizeof(ws)))
		ltr_sb_printf(c->out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
			      ws[0], ws[1], ws[2], ws[3]);
}

/* termios flags, the subset strace's abbreviated form shows. */
static const struct ltr_xlat iflags[] = {
	LTR_XLAT_PAIR(01, "IGNBRK"), LTR_XLAT_PAIR(02, "BRKINT"),
	LTR_XLAT_PAIR(04, "IGNPAR"), LTR_XLAT_PAIR(010, "PARMRK"),
	LTR_XLAT_PAIR(020, "INPCK"), LTR_XLAT_PAIR(040, "ISTRIP"),
	LTR_XLAT_PAIR(0100, "INLCR"), LTR_XLAT_PAIR(0200, "IGNCR"),
	LTR_XLAT_PAIR(0400, "ICRNL"), LTR_XLAT_PAIR(01000, "IUCLC"),
	LTR_XLAT_PAIR(02000, "IXON"), LTR_XLAT_PAIR(04000, "IXANY"),
	LTR_XLAT_PAIR(010000, "IXOFF"), LTR_XLAT_PAIR(020000, "IMAXBEL"),
	LTR_XLAT_PAIR(040000, "IUTF8"), LTR_XLAT_END
};
static const struct ltr_xlat oflags[] = {
	LTR_XLAT_PAIR(01, "OPOST"), LTR_XLAT_PAIR(02, "OLCUC"),
	LTR_XLAT_PAIR(04, "ONLCR"), LTR_XLAT_PAIR(010, "OCRNL"),
	LTR_XLAT_PAIR(020, "ONOCR"), LTR_XLAT_PAIR(040, "ONLRET"),
	LTR_XLAT_PAIR(0100, "OFILL"), LTR_XLAT_PAIR(0200, "OFDEL"),
	LTR_XLAT_END
};
static const struct ltr_xlat lflags[] = {
	LTR_XLAT_PAIR(01, "ISIG"), LTR_XLAT_PAIR(02, "ICANON"),
	LTR_XLAT_PAIR(04, "XCASE"), LTR_XLAT_PAIR(010, "ECHO"),
	LTR_XLAT_PAIR(020, "ECHOE"), LTR_XLAT_PAIR(040, "ECHOK"),
	LTR_XLAT_PAIR(0100, "ECHONL"), LTR_XLAT_PAIR(0200, "NOFLSH"),
	LTR_XLAT_PAIR(0400, "TOSTOP"), LTR_XLAT_PAIR(0100000, "IEXTEN"),
	LTR_XLAT_PAIR(01000, "ECHOCTL"),
	LTR_XLAT_PAIR(02000, "ECHOPRT"), LTR_XLAT_PAIR(04000, "ECHOKE"),
	LTR_XLAT_PAIR(010000, "FLUSHO"), LTR_XLAT_PAIR(040000, "PENDIN"),
	LTR_XLAT_PAIR(0200000, "EXTPROC"),
	LTR_XLAT_END
};
static const struct ltr_xlat cflags[] = {
	LTR_XLAT_PAIR(0100, "CSTOPB"), LTR_XLAT_PAIR(0200, "CREAD"),
	LTR_XLAT_PAIR(0400, "PARENB"), LTR_XLAT_PAIR(01000, "PARODD"),
	LTR_XLAT_PAIR(02000, "HUPCL"), LTR_XLAT_PAIR(04000, "CLOCAL"),
	LTR_XLAT_PAIR(010000000000, "CRTSCTS"), LTR_XLAT_END
};
static const struct ltr_xlat bauds[] = {
	LTR_XLAT_PAIR(0, "B0"), LTR_XLAT_PAIR(1, "B50"), LTR_XLAT_PAIR(2, "B75"),
	LTR_XLAT_PAIR(3, "B110"), LTR_XLAT_PAIR(4, "B134"), LTR_XLAT_PAIR(5, "B150"),
	LTR_XLAT_PAIR(6, "B200"), LTR_XLAT_PAIR(7, "B300"), LTR_XLAT_PAIR(8, "B600"),
	LTR_XLAT_PAIR(9, "B1200"), LTR_XLAT_PAIR(10, "B1800"),
	LTR_XLAT_PAIR(11, "B2400"), LTR_XLAT_PAIR(12, "B4800"),
	LTR_XLAT_PAIR(13, "B9600"), LTR_XLAT_PAIR(14, "B19200"),
	LTR_XLAT_PAIR(15, "B38400"), LTR_XLAT_PAIR(010001, "B57600"),
	LTR_XLAT_PAIR(010002, "B115200"), LTR_XLAT_PAIR(010003, "B230400"),
	LTR_XLAT_PAIR(010004, "B460800"), LTR_XLAT_END
};

/*
 * The delay fields of c_oflag print as "NL0|CR0|TAB0|BS0|VT0|FF0" before
 * the flags, one name per field value.
 */
static void print_oflag(struct ltr_strbuf *out, uint32_t v)
{
	static const char *const tab[4] = { "TAB0", "TAB1", "TAB2", "TAB3" };
	static const char *const cr[4] = { "CR0", "CR1", "CR2", "CR3" };

	ltr_sb_printf(out, "%s|%s|%s|%s|%s|%s", v & 0400 ? "NL1" : "NL0",
		      cr[(v >> 9) & 3], tab[(v >> 11) & 3],
		      v & 020000 ? "BS1" : "BS0", v & 040000 ? "VT1" : "VT0",
		      v & 0100000 ? "FF1" : "FF0");
	v &= ~0177400u;
	if (v) {
		ltr_sb_putc(out, '|');
		ltr_print_flags(out, oflags, v, NULL);
	}
}

/* Line disciplines (c_line), by number. */
static const struct ltr_xlat line_disciplines[] = {
	LTR_XLAT_PAIR(0, "N_TTY"), LTR_XLAT_PAIR(1, "N_SLIP"), LTR_XLAT_PAIR(2, "N_MOUSE"),
	LTR_XLAT_PAIR(3, "N_PPP"), LTR_XLAT_PAIR(4, "N_STRIP"), LTR_XLAT_PAIR(5, "N_AX25"),
	LTR_XLAT_PAIR(6, "N_X25"), LTR_XLAT_PAIR(7, "N_6PACK"), LTR_XLAT_PAIR(8, "N_MASC"),
	LTR_XLAT_PAIR(9, "N_R3964"), LTR_XLAT_PAIR(10, "N_PROFIBUS_FDL"),
	LTR_XLAT_PAIR(11, "N_IRDA"), LTR_XLAT_PAIR(12, "N_SMSBLOCK"), LTR_XLAT_PAIR(13, "N_HDLC"),
	LTR_XLAT_PAIR(14, "N_SYNC_PPP"), LTR_XLAT_PAIR(15, "N_HCI"),
	LTR_XLAT_PAIR(16, "N_GIGASET_M101"), LTR_XLAT_PAIR(17, "N_SLCAN"),
	LTR_XLAT_PAIR(18, "N_PPS"), LTR_XLAT_PAIR(19, "N_V253"), LTR_XLAT_PAIR(20, "N_CAIF"),
	LTR_XLAT_PAIR(21, "N_GSM0710"), LTR_XLAT_PAIR(22, "N_TI_WL"),
	LTR_XLAT_PAIR(23, "N_TRACESINK"), LTR_XLAT_PAIR(24, "N_TRACEROUTER"),
	LTR_XLAT_PAIR(25, "N_NCI"), LTR_XLAT_PAIR(26, "N_SPEAKUP"), LTR_XLAT_PAIR(27, "N_NULL"),
	LTR_XLAT_PAIR(28, "N_MCTP"), LTR_XLAT_PAIR(29, "N_DEVELOPMENT"),
	LTR_XLAT_PAIR(30, "N_CAN327"),
	LTR_XLAT_END
};

/*
 * -v's tail of a struct termios: ", c_line=N_TTY, c_cc=[[VINTR]=0x3, ...,
 * [17]=0, [18]=0]}". The kernel's struct (every arch ltr traces): four
 * 32-bit flag words, c_line, then NCCS = 19 control characters.
 */
static void print_termios_cc(struct ltr_call *c, uint64_t addr)
{
	static const char *const names[] = {
		"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC",
		"VSTART", "VSTOP", "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE",
		"VLNEXT", "VEOL2",
	};
	enum { NCCS = 19, NNAMES = sizeof(names) / sizeof(names[0]) };
	unsigned char cc[1 + NCCS];

	if (!ltr_fetch(c, addr + 16, cc, sizeof(cc)))
		return;
	ltr_sb_puts(c->out, ", c_line=");
	ltr_print_xval(c->out, line_disciplines, cc[0], "N_???");
	ltr_sb_puts(c->out, ", c_cc=[");
	for (unsigned i = 0; i < NCCS; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i < NNAMES)
			ltr_sb_printf(c->out, "[%s]=", names[i]);
		else
			ltr_sb_printf(c->out, "[%u]=", i);
		ltr_sb_put_hex(c->out, cc[1 + i]);
	}
	ltr_sb_puts(c->out, "]}");
}

static void print_termios(struct ltr_call *c, uint64_t addr)
{
	static const char *const csize[4] = { "CS5", "CS6", "CS7", "CS8" };
	uint32_t t[4];
	uint32_t cf, rest;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, t, sizeof(t)))
		return;
	ltr_sb_puts(c->out, "{c_iflag=");
	ltr_print_flags(c->out, iflags, t[0], NULL);
	ltr_sb_puts(c->out, ", c_oflag=");
	print_oflag(c->out, t[1]);
	cf = t[2];
	ltr_sb_puts(c->out, ", c_cflag=");
	ltr_print_xval(c->out, bauds, cf & 010017, NULL);
	ltr_sb_printf(c->out, "|%s", csize[(cf >> 4) & 3]);
	rest = cf & ~(010017u | 060u);
	if (rest) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, cflags, rest, NULL);
	}
	ltr_sb_puts(c->out, ", c_lflag=");
	ltr_print_flags(c->out, lflags, t[3], NULL);
	if (c->opts->verbose)
		print_termios_cc(c, addr);
	else
		ltr_sb_puts(c->out, ", ...}");
}

/*
 * ioctl(fd, request, arg). Known requests print their argument (at exit
 * for ones the kernel fills; the address when the call failed); unknown
 * ones print _IOC(dir, type, nr, size) and the argument in hex.
 */
void ltr_decode_ioctl(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[1];
	uint64_t arg = c->args[2];
	const char *name = ltr_xlat_lookup(ioctl_names, req);

	if (ltr_decode_kvm_ioctl(c))  /* KVM's requests (kvm.c) */
		return;
	if (!name)
		name = sized_ioctl_name(req);
	if (req == FS_IOC_GETFLAGS_32 || req == FS_IOC_GETFLAGS_64 ||
	    req == 0x5460) {
		/* filled by the kernel: printed at exit */
		if (!c->exiting) {
			ltr_print_fd(c, (int)(uint32_t)c->args[0]);
			ltr_sb_printf(c->out, ", %s, ", name);
		} else if (ltr_call_failed(c) || !arg) {
			ltr_print_addr(c->out, arg);
		} else if (req == 0x5460) {
			uint64_t size;

			if (ltr_fetch(c, arg, &size, sizeof(size)))
				ltr_sb_printf(c->out, "[%llu]", (unsigned long long)size);
		} else {
			print_inode_flags_ref(c, arg);
		}
		return;
	}
	if (!c->exiting) {
		ltr_print_fd(c, (int)(uint32_t)c->args[0]);
		ltr_sb_puts(c->out, ", ");
		if (name)
			ltr_sb_puts(c->out, name);
		else
			print_ioc(c->out, req);
		switch (req) {
		case 0x5450: case 0x5451: case 0x540C: case 0x540D: case 0x5422:
			return;   /* no argument */
		case 0x5402: case 0x5403: case 0x5404:
			ltr_sb_puts(c->out, ", ");
			print_termios(c, arg);
			return;
		case 0x5414:
			ltr_sb_puts(c->out, ", ");
			print_winsize(c, arg);
			return;
		case 0x5410: case 0x5421: case 0x5452: case 0x40045431:
			ltr_sb_puts(c->out, ", ");
			print_int_ref(c, arg);
			return;
		case 0x5401: case 0x5413: case 0x540F: case 0x541B: case 0x5411:
		case 0x5429: case 0x80045430:
			ltr_sb_puts(c->out, ", ");
			return;   /* filled by the kernel: printed at exit */
		case 0x540B:
			ltr_sb_puts(c->out, ", ");
			ltr_print_xval(c->out, tcflsh_queues, (uint32_t)arg, "TC???");
			return;
		case 0x5409: case 0x540A: case 0x540E: case 0x5441:
			ltr_sb_printf(c->out, ", %#llx", (unsigned long long)arg);
			return;
		case 0x40049409:
			ltr_sb_puts(c->out, ", ");
			ltr_print_fd(c, (int)(uint32_t)arg);
			return;
		case 0x4020940d:
			ltr_sb_puts(c->out, ", ");
			print_clone_range(c, arg);
			return;
		case 0xc0189436:
			ltr_sb_puts(c->out, ", ");
			print_dedupe_range(c, arg);
			return;
		case FS_IOC_SETFLAGS_32: case FS_IOC_SETFLAGS_64:
			ltr_sb_puts(c->out, ", ");
			print_inode_flags_ref(c, arg);
			return;
		default:
			/* unknown requests: the argument as a number, as strace */
			ltr_sb_printf(c->out, ", %#llx", (unsigned long long)arg);
			return;
		}
	}
	switch (req) {
	case 0x5401: case 0x5413: case 0x540F: case 0x541B: case 0x5411:
	case 0x5429: case 0x80045430:
		if (ltr_call_failed(c) && arg) {
			ltr_print_addr(c->out, arg);
			return;
		}
		if (req == 0x5401)
			print_termios(c, arg);
		else if (req == 0x5413)
			print_winsize(c, arg);
		else
			print_int_ref(c, arg);
		return;
	default:
		return;
	}
}

/* --- poll --- */

static const struct ltr_xlat poll_events[] = {
	LTR_XLAT_PAIR(0x1, "POLLIN"), LTR_XLAT_PAIR(0x2, "POLLPRI"),
	LTR_XLAT_PAIR(0x4, "POLLOUT"), LTR_XLAT_PAIR(0x8, "POLLERR"),
	LTR_XLAT_PAIR(0x10, "POLLHUP"), LTR_XLAT_PAIR(0x20, "POLLNVAL"),
	LTR_XLAT_PAIR(0x40, "POLLRDNORM"), LTR_XLAT_PAIR(0x80, "POLLRDBAND"),
	LTR_XLAT_PAIR(0x100, "POLLWRNORM"), LTR_XLAT_PAIR(0x200, "POLLWRBAND"),
	LTR_XLAT_PAIR(0x400, "POLLMSG"), LTR_XLAT_PAIR(0x2000, "POLLRDHUP"),
	LTR_XLAT_END
};

#define POLL_MAX_SHOWN 32  /* strace's default array limit (-s 32) */

/*
 * The pollfd array at entry: "[{fd=3, events=POLLIN}, ...]", each fd with
 * its -y path (the revents summary after the return value has none).
 */
static void print_pollfds(struct ltr_call *c, uint64_t addr, uint64_t n)
{
	uint64_t i;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		int32_t fd;
		int16_t ev[2];
		unsigned char pfd[8];

		if (i == POLL_MAX_SHOWN) {
			ltr_sb_puts(c->out, ", ...");
			break;
		}
		if (ltr_mem_read(c->mem, addr + i * 8, pfd, 8) != 0) {
			if (i)
				ltr_sb_puts(c->out, ", ");
			ltr_sb_printf(c->out, "... /* %#llx */",
				      (unsigned long long)(addr + i * 8));
			break;
		}
		memcpy(&fd, pfd, 4);
		memcpy(ev, pfd + 4, 4);
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (fd < 0) {
			/* strace leaves the events of ignored entries out */
			ltr_sb_printf(c->out, "{fd=%d}", fd);
			continue;
		}
		ltr_sb_puts(c->out, "{fd=");
		ltr_print_fd(c, fd);
		ltr_sb_puts(c->out, ", events=");
		ltr_print_flags(c->out, poll_events, (uint16_t)ev[0], NULL);
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * The revents summary after poll's and ppoll's return value, as a
 * ret_suffix: " ([{fd=4, revents=POLLOUT}, ...])", at most
 * POLL_MAX_SHOWN entries with revents, then ppoll's ", left {...}";
 * " (Timeout)" when nothing was ready.
 */
static void poll_suffix(struct ltr_call *c)
{
	bool ppoll = c->desc && strncmp(c->desc->name, "ppoll", 5) == 0;
	uint64_t i, n = c->args[1];
	unsigned shown = 0;

	if (c->ret == 0) {
		ltr_sb_puts(c->out, " (Timeout)");
		return;
	}
	ltr_sb_puts(c->out, " ([");
	for (i = 0; i < n; i++) {
		unsigned char pfd[8];
		int32_t fd;
		int16_t ev[2];

		if (ltr_mem_read(c->mem, c->args[0] + i * 8, pfd, 8) != 0)
			break;
		memcpy(&fd, pfd, 4);
		memcpy(ev, pfd + 4, 4);
		if (!ev[1])
			continue;
		if (shown)
			ltr_sb_puts(c->out, ", ");
		if (shown == POLL_MAX_SHOWN) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		shown++;
		ltr_sb_printf(c->out, "{fd=%d, revents=", fd);
		ltr_print_flags(c->out, poll_events, (uint16_t)ev[1], NULL);
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_putc(c->out, ']');
	if (ppoll && c->args[2]) {
		ltr_sb_puts(c->out, ", left ");
		if (ltr_wordsize(c) == 8 || strstr(c->desc->name, "time64"))
			ltr_print_timespec64(c, c->args[2]);
		else
			ltr_print_timespec32(c, c->args[2]);
	}
	ltr_sb_putc(c->out, ')');
}

/* poll(fds, nfds, timeout) */
void ltr_decode_poll(struct ltr_call *c)
{
	if (!c->exiting) {
		print_pollfds(c, c->args[0], c->args[1]);
		ltr_sb_printf(c->out, ", %u, %d", (unsigned)c->args[1],
			      ltr_call_arg_int(c, 2));
		return;
	}
	c->ret_suffix = poll_suffix;
}

/* ppoll(fds, nfds, tmo, sigmask, sigsetsize) */
void ltr_decode_ppoll(struct ltr_call *c)
{
	bool t64 = ltr_wordsize(c) == 8 || strstr(c->desc->name, "time64");

	if (!c->exiting) {
		print_pollfds(c, c->args[0], c->args[1]);
		ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[1]);
		if (t64)
			ltr_print_timespec64(c, c->args[2]);
		else
			ltr_print_timespec32(c, c->args[2]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[3], c->args[4], 8);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[4]);
		return;
	}
	c->ret_suffix = poll_suffix;
}

/* --- epoll --- */

static const struct ltr_xlat epoll_ops[] = {
	LTR_XLAT_PAIR(1, "EPOLL_CTL_ADD"), LTR_XLAT_PAIR(2, "EPOLL_CTL_DEL"),
	LTR_XLAT_PAIR(3, "EPOLL_CTL_MOD"), LTR_XLAT_END
};

static const struct ltr_xlat epoll_events[] = {
	LTR_XLAT_PAIR(0x1, "EPOLLIN"), LTR_XLAT_PAIR(0x2, "EPOLLPRI"),
	LTR_XLAT_PAIR(0x4, "EPOLLOUT"), LTR_XLAT_PAIR(0x8, "EPOLLERR"),
	LTR_XLAT_PAIR(0x10, "EPOLLHUP"), LTR_XLAT_PAIR(0x20, "EPOLLNVAL"),
	LTR_XLAT_PAIR(0x40, "EPOLLRDNORM"), LTR_XLAT_PAIR(0x80, "EPOLLRDBAND"),
	LTR_XLAT_PAIR(0x100, "EPOLLWRNORM"), LTR_XLAT_PAIR(0x200, "EPOLLWRBAND"),
	LTR_XLAT_PAIR(0x400, "EPOLLMSG"), LTR_XLAT_PAIR(0x2000, "EPOLLRDHUP"),
	LTR_XLAT_PAIR(1u << 28, "EPOLLEXCLUSIVE"),
	LTR_XLAT_PAIR(1u << 29, "EPOLLWAKEUP"),
	LTR_XLAT_PAIR(1u << 30, "EPOLLONESHOT"),
	LTR_XLAT_PAIR(1u << 31, "EPOLLET"), LTR_XLAT_END
};

/*
 * struct epoll_event is packed on x86_64 and i386 (12 bytes), 16 bytes
 * elsewhere.
 */
static unsigned epoll_event_size(const struct ltr_call *c)
{
	if (ltr_arch_is(c, "x86_64") || ltr_arch_is(c, "i386"))
		return 12;
	return 16;
}

static void print_epoll_event(struct ltr_call *c, const unsigned char *p)
{
	uint32_t ev;
	uint64_t data;

	memcpy(&ev, p, 4);
	memcpy(&data, p + (epoll_event_size(c) == 12 ? 4 : 8), 8);
	ltr_sb_puts(c->out, "{events=");
	ltr_print_flags(c->out, epoll_events, ev, NULL);
	ltr_sb_printf(c->out, ", data={u32=%u, u64=%llu}}", (uint32_t)data,
		      (unsigned long long)data);
}

/* epoll_ctl(epfd, op, fd, event) */
void ltr_decode_epoll_ctl(struct ltr_call *c)
{
	unsigned char buf[16];

	if (c->exiting)
		return;
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xval(c->out, epoll_ops, (uint32_t)c->args[1], "EPOLL_CTL_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_fd(c, ltr_call_arg_int(c, 2));
	ltr_sb_puts(c->out, ", ");
	/* EPOLL_CTL_DEL ignores the event: strace shows only its address */
	if (!c->args[3] || (uint32_t)c->args[1] == 2 /* EPOLL_CTL_DEL */)
		ltr_print_addr(c->out, c->args[3]);
	else if (ltr_fetch(c, c->args[3], buf, epoll_event_size(c)))
		print_epoll_event(c, buf);
}

/* epoll_wait(epfd, events, maxevents, timeout) / epoll_pwait(..., sigmask, size) */
void ltr_decode_epoll_wait(struct ltr_call *c)
{
	unsigned size = epoll_event_size(c);
	int64_t i;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, c->args[1]);
	} else {
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < c->ret && i < POLL_MAX_SHOWN; i++) {
			unsigned char buf[16];

			if (i)
				ltr_sb_puts(c->out, ", ");
			if (ltr_mem_read(c->mem, c->args[1] + (uint64_t)i * size,
					 buf, size) != 0) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			print_epoll_event(c, buf);
		}
		if (c->ret > POLL_MAX_SHOWN)
			ltr_sb_puts(c->out, ", ...");
		ltr_sb_putc(c->out, ']');
	}
	if (strcmp(c->desc->name, "epoll_pwait2") == 0) {
		/* the timeout is a struct __kernel_timespec on every arch */
		ltr_sb_printf(c->out, ", %d, ", ltr_call_arg_int(c, 2));
		ltr_print_timespec64(c, c->args[3]);
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[4], c->args[5], 8);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[5]);
		return;
	}
	ltr_sb_printf(c->out, ", %d, %d", ltr_call_arg_int(c, 2), ltr_call_arg_int(c, 3));
	if (strcmp(c->desc->name, "epoll_pwait") == 0) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_sigset_addr(c, c->args[4], c->args[5], 8);
		ltr_sb_printf(c->out, ", %llu", (unsigned long long)c->args[5]);
	}
}

/* --- futex --- */

static const struct ltr_xlat futex_ops[] = {
	LTR_XLAT_PAIR(0, "FUTEX_WAIT"), LTR_XLAT_PAIR(1, "FUTEX_WAKE"),
	LTR_XLAT_PAIR(2, "FUTEX_FD"), LTR_XLAT_PAIR(3, "FUTEX_REQUEUE"),
	LTR_XLAT_PAIR(4, "FUTEX_CMP_REQUEUE"), LTR_XLAT_PAIR(5, "FUTEX_WAKE_OP"),
	LTR_XLAT_PAIR(6, "FUTEX_LOCK_PI"), LTR_XLAT_PAIR(7, "FUTEX_UNLOCK_PI"),
	LTR_XLAT_PAIR(8, "FUTEX_TRYLOCK_PI"), LTR_XLAT_PAIR(9, "FUTEX_WAIT_BITSET"),
	LTR_XLAT_PAIR(10, "FUTEX_WAKE_BITSET"),
	LTR_XLAT_PAIR(11, "FUTEX_WAIT_REQUEUE_PI"),
	LTR_XLAT_PAIR(12, "FUTEX_CMP_REQUEUE_PI"),
	LTR_XLAT_PAIR(13, "FUTEX_LOCK_PI2"), LTR_XLAT_END
};

static const struct ltr_xlat futex_wake_ops[] = {
	LTR_XLAT_PAIR(0, "FUTEX_OP_SET"), LTR_XLAT_PAIR(1, "FUTEX_OP_ADD"),
	LTR_XLAT_PAIR(2, "FUTEX_OP_OR"), LTR_XLAT_PAIR(3, "FUTEX_OP_ANDN"),
	LTR_XLAT_PAIR(4, "FUTEX_OP_XOR"), LTR_XLAT_END
};

static const struct ltr_xlat futex_wake_cmps[] = {
	LTR_XLAT_PAIR(0, "FUTEX_OP_CMP_EQ"), LTR_XLAT_PAIR(1, "FUTEX_OP_CMP_NE"),
	LTR_XLAT_PAIR(2, "FUTEX_OP_CMP_LT"), LTR_XLAT_PAIR(3, "FUTEX_OP_CMP_LE"),
	LTR_XLAT_PAIR(4, "FUTEX_OP_CMP_GT"), LTR_XLAT_PAIR(5, "FUTEX_OP_CMP_GE"),
	LTR_XLAT_END
};

static void print_futex_op(struct ltr_strbuf *out, uint32_t op)
{
	uint32_t cmd = op & 127;
	const char *name = ltr_xlat_lookup(futex_ops, cmd);

	if (!name) {
		ltr_sb_printf(out, "%#x /* FUTEX_??? */", op);
		return;
	}
	ltr_sb_puts(out, name);
	if (op & 128)
		ltr_sb_puts(out, "_PRIVATE");
	if (op & 256)
		ltr_sb_puts(out, "|FUTEX_CLOCK_REALTIME");
	if (op & ~(uint32_t)(127 | 128 | 256))
		ltr_sb_printf(out, "|%#x", op & ~(uint32_t)(127 | 128 | 256));
}

/* FUTEX_WAKE_OP's val3: "FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678". */
static void print_wake_op(struct ltr_strbuf *out, uint32_t v)
{
	uint32_t op = (v >> 28) & 7;

	if (v >> 31)
		ltr_sb_puts(out, "FUTEX_OP_OPARG_SHIFT<<28|");
	ltr_print_xval(out, futex_wake_ops, op, NULL);
	ltr_sb_printf(out, "<<28|%#x<<12|", (v >> 12) & 0xfff);
	ltr_print_xval(out, futex_wake_cmps, (v >> 24) & 15, NULL);
	ltr_sb_printf(out, "<<24|%#x", v & 0xfff);
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
	ltr_sb_printf(out, ", %u", (unsigned)c->args[2]);
	switch (cmd) {
	case 0: case 9: case 11:  /* WAIT, WAIT_BITSET, WAIT_REQUEUE_PI */
	case 6: case 13:          /* LOCK_PI: timeout */
		ltr_sb_puts(out, ", ");
		if (t64)
			ltr_print_timespec64(c, c->args[3]);
		else
			ltr_print_timespec32(c, c->args[3]);
		if (cmd == 9) {
			uint32_t v3 = (uint32_t)c->args[5];

			if (v3 == 0xffffffffu)
				ltr_sb_puts(out, ", FUTEX_BITSET_MATCH_ANY");
			else
				ltr_sb_printf(out, ", %#x", v3);
		} else if (cmd == 11) {
			ltr_sb_puts(out, ", ");
			ltr_print_addr(out, c->args[4]);
		}
		return;
	case 10:  /* WAKE_BITSET */
		if ((uint32_t)c->args[5] == 0xffffffffu)
			ltr_sb_puts(out, ", FUTEX_BITSET_MATCH_ANY");
		else
			ltr_sb_printf(out, ", %#x", (unsigned)c->args[5]);
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
	default:  /* WAKE, UNLOCK_PI, TRYLOCK_PI, FD */
		return;
	}
}

/* --- select --- */

#define SELECT_MAX_FDS (1024 * 1024)  /* bits of a set read at most */

/*
 * An fd_set of nfds bits at addr: "[3 5]", NULL, or the address when
 * unreadable. Read in tracee words, as the kernel copies it. paths: each
 * fd with its -y path (the sets at entry; the ready sets after the return
 * value are plain numbers, as strace prints them).
 */
static void print_fdset(struct ltr_call *c, uint64_t addr, int nfds, bool paths)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char word[8];
	bool first = true;
	int base;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (nfds < 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (nfds > SELECT_MAX_FDS)
		nfds = SELECT_MAX_FDS;
	/* Whole set readable first: strace prints the address otherwise. */
	if (nfds && ltr_mem_read(c->mem, addr + ((uint64_t)(nfds - 1) / (8 * ws)) * ws,
				 word, ws) != 0) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (base = 0; base < nfds; base += (int)(8 * ws)) {
		uint64_t bits = 0;
		unsigned b;

		if (ltr_mem_read(c->mem, addr + (uint64_t)base / 8, word, ws) != 0)
			break;
		memcpy(&bits, word, ws);
		for (b = 0; b < 8 * ws && base + (int)b < nfds; b++) {
			if (!(bits >> b & 1))
				continue;
			if (!first)
				ltr_sb_putc(c->out, ' ');
			first = false;
			if (paths)
				ltr_print_fd(c, base + (int)b);
			else
				ltr_sb_printf(c->out, "%d", base + (int)b);
		}
	}
	ltr_sb_putc(c->out, ']');
}

/* True when some of the first nfds bits of the set at addr are set. */
static bool fdset_any(struct ltr_call *c, uint64_t addr, int nfds)
{
	unsigned ws = ltr_wordsize(c);
	int base;

	if (!addr || nfds <= 0)
		return false;
	if (nfds > SELECT_MAX_FDS)
		nfds = SELECT_MAX_FDS;
	for (base = 0; base < nfds; base += (int)(8 * ws)) {
		uint64_t bits = 0;
		unsigned left = (unsigned)(nfds - base);

		if (ltr_mem_read(c->mem, addr + (uint64_t)base / 8, &bits, ws) != 0)
			return false;
		if (left < 64)
			bits &= (1ull << left) - 1;
		if (bits)
			return true;
	}
	return false;
}

/* The five select arguments; i386's old select passes them in a struct. */
struct select_args {
	int nfds;
	uint64_t sets[3];
	uint64_t timeout;
};

static bool old_select(const struct ltr_call *c)
{
	return ltr_wordsize(c) == 4 && strcmp(c->desc->name, "select") == 0;
}

static bool get_select_args(struct ltr_call *c, struct select_args *sa, bool print)
{
	unsigned i;

	if (old_select(c)) {
		uint32_t w[5];

		if (ltr_mem_read(c->mem, c->args[0], w, sizeof(w)) != 0) {
			if (print)
				ltr_print_addr(c->out, c->args[0]);
			return false;
		}
		sa->nfds = (int)w[0];
		for (i = 0; i < 3; i++)
			sa->sets[i] = w[1 + i];
		sa->timeout = w[4];
		return true;
	}
	sa->nfds = ltr_call_arg_int(c, 0);
	for (i = 0; i < 3; i++)
		sa->sets[i] = c->args[1 + i];
	sa->timeout = c->args[4];
	return true;
}

static bool is_pselect(const struct ltr_call *c)
{
	return strncmp(c->desc->name, "pselect6", 8) == 0;
}

/* select's timeval or pselect6's timespec (time64 for pselect6_time64). */
static void print_select_timeout(struct ltr_call *c, uint64_t addr)
{
	if (is_pselect(c)) {
		if (strstr(c->desc->name, "time64"))
			ltr_print_timespec64(c, addr);
		else
			ltr_print_timespec(c, addr);
		return;
	}
	print_time_pair_at(c, addr, ltr_wordsize(c), "tv_usec");
}

/* After the value: " (in [3], out [4 6], left {...})" or " (Timeout)". */
static void select_suffix(struct ltr_call *c)
{
	static const char *const names[3] = { "in", "out", "except" };
	struct select_args sa;
	bool first = true;
	unsigned i;

	if (c->ret == 0) {
		ltr_sb_puts(c->out, " (Timeout)");
		return;
	}
	if (!get_select_args(c, &sa, false))
		return;
	for (i = 0; i < 3; i++) {
		if (!fdset_any(c, sa.sets[i], sa.nfds))
			continue;
		ltr_sb_puts(c->out, first ? " (" : ", ");
		first = false;
		ltr_sb_printf(c->out, "%s ", names[i]);
		print_fdset(c, sa.sets[i], sa.nfds, false);
	}
	if (sa.timeout) {
		ltr_sb_puts(c->out, first ? " (" : ", ");
		first = false;
		ltr_sb_puts(c->out, "left ");
		print_select_timeout(c, sa.timeout);
	}
	if (!first)
		ltr_sb_putc(c->out, ')');
}

/*
 * select(nfds, in, out, except, timeval), _newselect likewise, i386's
 * old select(struct *), pselect6(..., timespec, {sigmask, sigsetsize}).
 * The sets print at entry; the ready sets and time left follow the
 * return value.
 */
void ltr_decode_select(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c);
	struct select_args sa;
	unsigned i;

	if (c->exiting) {
		if (!ltr_call_failed(c))
			c->ret_suffix = select_suffix;
		return;
	}
	if (!get_select_args(c, &sa, true))
		return;
	ltr_sb_printf(c->out, "%d", sa.nfds);
	for (i = 0; i < 3; i++) {
		ltr_sb_puts(c->out, ", ");
		print_fdset(c, sa.sets[i], sa.nfds, true);
	}
	ltr_sb_puts(c->out, ", ");
	print_select_timeout(c, sa.timeout);
	if (is_pselect(c)) {
		unsigned char buf[16];

		ltr_sb_puts(c->out, ", ");
		if (!c->args[5]) {
			ltr_sb_puts(c->out, "NULL");
		} else if (ltr_fetch(c, c->args[5], buf, 2 * ws)) {
			uint64_t set = 0, len = 0;

			memcpy(&set, buf, ws);
			memcpy(&len, buf + ws, ws);
			ltr_sb_puts(c->out, "{sigmask=");
			ltr_print_sigset_addr(c, set, len, 1);
			ltr_sb_printf(c->out, ", sigsetsize=%llu}", (unsigned long long)len);
		}
	}
}
