/* SPDX-License-Identifier: MIT */
/*
 * Descriptors and time: time, pipe, close_range, fcntl, ioctl, poll,
 * select, epoll, futex, printed as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- time --- */

/* --- time --- */

/*
 * A time pair in tracee memory, two signed fields of ws bytes:
 * "{tv_sec=0, SUB=1000}" (SUB "tv_nsec" or "tv_usec"), "NULL", or the
 * address when it cannot be read.
 */
void ltr_print_time_pair_at(struct ltr_call *c, uint64_t addr, unsigned ws,
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
	ltr_print_time_pair_at(c, addr, 8, "tv_nsec");
}

void ltr_print_timespec32(struct ltr_call *c, uint64_t addr)
{
	ltr_print_time_pair_at(c, addr, 4, "tv_nsec");
}

void ltr_print_timespec(struct ltr_call *c, uint64_t addr)
{
	ltr_print_time_pair_at(c, addr, ltr_wordsize(c), "tv_nsec");
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
	ltr_print_time_pair_at(c, c->args[idx], ws, "tv_nsec");
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
	ltr_print_time_pair_at(c, addr, ws, "tv_nsec");
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
	ltr_print_time_pair_at(c, addr, ltr_wordsize(c), "tv_usec");
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

/* --- timerfd, itimers, times --- */

/*
 * A struct of two time pairs (itimerspec, itimerval): fsize-byte fields,
 * sub names the second field of each pair ("tv_nsec" or "tv_usec").
 */
static void print_timer_pair(struct ltr_call *c, unsigned idx, unsigned fsize,
			     const char *sub)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned char buf[32];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4 * fsize))
		return;
	ltr_sb_puts(c->out, "{it_interval=");
	ltr_print_time_pair(c->out, buf, fsize, sub);
	ltr_sb_puts(c->out, ", it_value=");
	ltr_print_time_pair(c->out, buf + 2 * fsize, fsize, sub);
	ltr_sb_putc(c->out, '}');
}

/* struct itimerspec with the tracee's word-sized fields (timerfd_settime). */
void ltr_print_arg_itimerspec(struct ltr_call *c, unsigned idx)
{
	print_timer_pair(c, idx, ltr_wordsize(c), "tv_nsec");
}

/* struct __kernel_itimerspec (the *_time64 calls): 64-bit fields. */
void ltr_print_arg_itimerspec64(struct ltr_call *c, unsigned idx)
{
	print_timer_pair(c, idx, 8, "tv_nsec");
}

/* struct itimerval (setitimer, getitimer). */
void ltr_print_arg_itimerval(struct ltr_call *c, unsigned idx)
{
	print_timer_pair(c, idx, ltr_wordsize(c), "tv_usec");
}

/* --- POSIX timers --- */

/*
 * struct sigevent (timer_create, mq_notify): "{sigev_value={sival_int=7,
 * sival_ptr=0x7}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}", the
 * value only when non-zero, the signal by name when a signal is sent,
 * then the thread id or the function and attributes of SIGEV_THREAD_ID
 * and SIGEV_THREAD. Tracee layout: a word-sized union sigval, two ints,
 * then the union (64 bytes in all, read whole as strace does).
 */
void ltr_print_arg_sigevent(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[64];
	uint64_t value;
	int32_t signo, notify;
	const unsigned char *un;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, sizeof(buf)))
		return;
	value = ltr_get_uword(buf, ws);
	signo = (int32_t)ltr_get_u32(buf + ws);
	notify = (int32_t)ltr_get_u32(buf + ws + 4);
	un = buf + ws + 8;
	ltr_sb_putc(c->out, '{');
	if (value)
		ltr_sb_printf(c->out, "sigev_value={sival_int=%d, sival_ptr=%#llx}, ",
			      (int)(int32_t)value, (unsigned long long)value);
	ltr_sb_puts(c->out, "sigev_signo=");
	if (notify == 0 || notify == 2 || notify == 4)
		ltr_print_signame(c->out, signo);
	else
		ltr_sb_printf(c->out, "%d", signo);
	ltr_sb_puts(c->out, ", sigev_notify=");
	ltr_print_xval(c->out, LTR_XT(sigev_notify), (uint32_t)notify, "SIGEV_???");
	if (notify == 4) {
		ltr_sb_printf(c->out, ", sigev_notify_thread_id=%d", (int)ltr_get_u32(un));
	} else if (notify == 2) {
		ltr_sb_puts(c->out, ", sigev_notify_function=");
		ltr_print_addr(c->out, ltr_get_uword(un, ws));
		ltr_sb_puts(c->out, ", sigev_notify_attributes=");
		ltr_print_addr(c->out, ltr_get_uword(un + ws, ws));
	}
	ltr_sb_putc(c->out, '}');
}

/* struct tms: four clock_t (longs of the tracee). */
void ltr_print_arg_tms(struct ltr_call *c, unsigned idx)
{
	static const char *const names[4] = {
		"tms_utime", "tms_stime", "tms_cutime", "tms_cstime",
	};
	unsigned ws = ltr_wordsize(c);
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned char buf[32];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4 * ws))
		return;
	for (unsigned i = 0; i < 4; i++) {
		int64_t ticks = ltr_get_sword(buf + i * ws, ws);

		ltr_sb_printf(c->out, "%s%s=%lld", i ? ", " : "{", names[i], (long long)ticks);
		/* in seconds too, at USER_HZ = 100 ticks per second */
		if (ticks > 0)
			ltr_sb_printf(c->out, " /* %lld.%02lld s */", (long long)(ticks / 100),
				      (long long)(ticks % 100));
	}
	ltr_sb_putc(c->out, '}');
}

/* --- utimensat --- */

/*
 * The times[2] of utimensat: "[UTIME_NOW, UTIME_OMIT]" or two timespecs
 * each followed by its date ("/" "* 1970-01-01T00:00:01.000000002+0000 *" "/").
 * fsize is the size of each field (word size, or 8 for utimensat_time64).
 */
static void print_utimens(struct ltr_call *c, uint64_t addr, unsigned fsize)
{
	unsigned char buf[32];
	int i;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 4 * fsize))
		return;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < 2; i++) {
		long long sec = (long long)ltr_get_sword(buf + 2 * i * fsize, fsize);
		long long nsec = (long long)ltr_get_sword(buf + (2 * i + 1) * fsize, fsize);

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (nsec == ((1 << 30) - 1) || nsec == ((1 << 30) - 2)) {
			const char *name = nsec == ((1 << 30) - 1) ? "UTIME_NOW" : "UTIME_OMIT";

			/* under -X raw and verbose, the timespec itself first */
			if (ltr_xlat_style() != LTR_XLAT_ABBREV)
				ltr_print_time_pair(c->out, buf + 2 * i * fsize, fsize, "tv_nsec");
			if (ltr_xlat_style() == LTR_XLAT_VERBOSE)
				ltr_sb_printf(c->out, " /* %s */", name);
			else if (ltr_xlat_style() == LTR_XLAT_ABBREV)
				ltr_sb_puts(c->out, name);
		} else {
			time_t t = (time_t)sec;
			struct tm tm;
			char when[64];

			ltr_print_time_pair(c->out, buf + 2 * i * fsize, fsize, "tv_nsec");
			if (nsec >= 0 && nsec < 1000000000 && gmtime_r(&t, &tm) &&
			    strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm))
			{
				/* strace leaves a zero fraction out of the comment */
				if (nsec)
					ltr_sb_printf(c->out, " /* %s.%09lld+0000 */", when, nsec);
				else
					ltr_sb_printf(c->out, " /* %s+0000 */", when);
			}
		}
	}
	ltr_sb_putc(c->out, ']');
}

void ltr_print_arg_utimens(struct ltr_call *c, unsigned idx)
{
	bool t64 = c->desc && strstr(c->desc->name, "time64");

	print_utimens(c, ltr_word_mask(c, c->args[idx]), t64 ? 8 : ltr_wordsize(c));
}

/* --- desc --- */

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
		ltr_print_flags(c->out, ltr_xlat_for_arch(LTR_XT(pipe2_flags), c->arch), (uint32_t)c->args[1], NULL);
	}
}

void ltr_decode_close_range(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_print_fd(c, (int)(uint32_t)c->args[0]);
	ltr_sb_printf(c->out, ", %u, ", (unsigned)c->args[1]);
	ltr_print_flags(c->out, LTR_XT(close_range_flags), (uint32_t)c->args[2], NULL);
}

/* --- fcntl --- */

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
		ltr_sb_put_dec(c->out, own[1]);
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
		case 0: case 1030: case 1031: case 1024: case 1026:
			ltr_sb_printf(c->out, ", %d", ltr_call_arg_int(c, 2));
			return;
		case 8: /* F_SETOWN: a process (-Y: its comm), or -pgrp */
			ltr_sb_puts(c->out, ", ");
			ltr_print_pid(c, ltr_call_arg_int(c, 2));
			return;
		case 2:
			ltr_sb_puts(c->out, ", ");
			ltr_print_flags(c->out, LTR_XT(fd_flags), (uint32_t)c->args[2], NULL);
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

/* --- ioctl --- */

/* FS_IOC_GETFLAGS / SETFLAGS: _IOR/_IOW('f', 1/2, long), so per wordsize. */
#define FS_IOC_GETFLAGS_64 0x80086601u
#define FS_IOC_SETFLAGS_64 0x40086602u
#define FS_IOC_GETFLAGS_32 0x80046601u
#define FS_IOC_SETFLAGS_32 0x40046602u

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
	ltr_print_flags(c->out, LTR_XT(inode_flags), v, NULL);
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
		ltr_print_flags(out, LTR_XT(termios_oflags), v, NULL);
	}
}

/*
 * -v's tail of a struct termios: ", c_line=N_TTY, c_cc=[[VINTR]=0x3, ...,
 * [17]=0, [18]=0]}". The kernel's struct (every arch ltr traces): four
 * 32-bit flag words, c_line, then NCCS = 19 control characters.
 */
static void print_termios_cc(struct ltr_call *c, uint64_t addr)
{
	enum { NCCS = 19 };
	unsigned char cc[1 + NCCS];

	if (!ltr_fetch(c, addr + 16, cc, sizeof(cc)))
		return;
	ltr_sb_puts(c->out, ", c_line=");
	ltr_print_xval(c->out, LTR_XT(line_disciplines), cc[0], "N_???");
	ltr_sb_puts(c->out, ", c_cc=[");
	for (unsigned i = 0; i < NCCS; i++) {
		const char *name = ltr_xlat_lookup(LTR_XT(termios_cc), i);

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (name)
			ltr_sb_printf(c->out, "[%s]=", name);
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
	ltr_print_flags(c->out, LTR_XT(termios_iflags), t[0], NULL);
	ltr_sb_puts(c->out, ", c_oflag=");
	print_oflag(c->out, t[1]);
	cf = t[2];
	ltr_sb_puts(c->out, ", c_cflag=");
	ltr_print_xval(c->out, LTR_XT(termios_bauds), cf & 010017, NULL);
	ltr_sb_printf(c->out, "|%s", csize[(cf >> 4) & 3]);
	rest = cf & ~(010017u | 060u);
	if (rest) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, LTR_XT(termios_cflags), rest, NULL);
	}
	ltr_sb_puts(c->out, ", c_lflag=");
	ltr_print_flags(c->out, LTR_XT(termios_lflags), t[3], NULL);
	if (!ltr_call_abbrev(c))
		print_termios_cc(c, addr);
	else
		ltr_sb_puts(c->out, ", ...}");
}

/* The request: its name or _IOC(...), styled as a whole by -X. */
static void print_request(struct ltr_strbuf *out, uint32_t req, const char *name)
{
	if (!ltr_xlat_begin(out, req, LTR_XF_HEX))
		return;
	if (name)
		ltr_sb_puts(out, name);
	else
		print_ioc(out, req);
	ltr_xlat_end(out);
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
	const char *name = ltr_xlat_lookup(LTR_XT(ioctl_names), req);

	if (ltr_decode_kvm_ioctl(c))  /* KVM's requests (kvm.c) */
		return;
	if (!name)
		name = sized_ioctl_name(req);
	if (req == FS_IOC_GETFLAGS_32 || req == FS_IOC_GETFLAGS_64 ||
	    req == 0x5460) {
		/* filled by the kernel: printed at exit */
		if (!c->exiting) {
			ltr_print_fd(c, (int)(uint32_t)c->args[0]);
			ltr_sb_puts(c->out, ", ");
			print_request(c->out, req, name);
			ltr_sb_puts(c->out, ", ");
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
		print_request(c->out, req, name);
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
			ltr_print_xval(c->out, LTR_XT(tcflsh_queues), (uint32_t)arg, "TC???");
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

/* --- poll --- */

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
	if (!ltr_call_verbose(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		int32_t fd;
		int16_t ev[2];
		unsigned char pfd[8];

		if (i == ltr_array_max(c)) {
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
		ltr_print_flags(c->out, LTR_XT(poll_events), (uint16_t)ev[0], NULL);
		ltr_sb_putc(c->out, '}');
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * The revents summary after poll's and ppoll's return value, as a
 * ret_suffix: " ([{fd=4, revents=POLLOUT}, ...])", then ppoll's ", left
 * {...}"; " (Timeout)" when nothing was ready. strace builds it in a
 * buffer of 1024 bytes: at most -s entries with revents unless
 * abbreviation is off, and "..." where the next entry would come within
 * SUMMARY_RESERVE bytes of the buffer's end.
 */
#define SUMMARY_SIZE 1024
#define SUMMARY_RESERVE 27 /* 2 + two 64-bit longs in hex + ", ], ..." */
static void poll_suffix(struct ltr_call *c)
{
	bool ppoll = c->desc && strncmp(c->desc->name, "ppoll", 5) == 0;
	uint64_t i, n = c->args[1];
	uint64_t max = ltr_call_abbrev(c) ? c->opts->strsize : UINT64_MAX;
	uint64_t shown = 0;
	size_t start;

	if (c->ret == 0) {
		ltr_sb_puts(c->out, " (Timeout)");
		return;
	}
	if (!ltr_call_verbose(c))
		return;
	ltr_sb_puts(c->out, " (");
	start = c->out->len;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		unsigned char pfd[8];
		int32_t fd;
		int16_t ev[2];
		size_t at;

		if (ltr_mem_read(c->mem, c->args[0] + i * 8, pfd, 8) != 0)
			break;
		memcpy(&fd, pfd, 4);
		memcpy(ev, pfd + 4, 4);
		if (!ev[1])
			continue;
		if (shown)
			ltr_sb_puts(c->out, ", ");
		if (shown == max) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		at = c->out->len;
		ltr_sb_printf(c->out, "{fd=%d, revents=", fd);
		ltr_print_flags(c->out, LTR_XT(poll_events), (uint16_t)ev[1], NULL);
		if (c->out->len - start + 1 >= SUMMARY_SIZE - SUMMARY_RESERVE) {
			ltr_sb_truncate(c->out, at);
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_putc(c->out, '}');
		shown++;
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
	ltr_print_time_pair_at(c, addr, ltr_wordsize(c), "tv_usec");
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
		/* the sets at entry are structures; the ready ones after the
		 * value are printed anyway, as strace does */
		if (ltr_call_verbose(c))
			print_fdset(c, sa.sets[i], sa.nfds, true);
		else
			ltr_print_addr(c->out, sa.sets[i]);
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

/* --- epoll --- */

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
	ltr_print_flags(c->out, LTR_XT(epoll_events), ev, NULL);
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
	ltr_print_xval(c->out, LTR_XT(epoll_ctl_ops), (uint32_t)c->args[1], "EPOLL_CTL_???");
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
	/* no event: "[]" without reading anything, as strace */
	if (ltr_call_failed(c) || (!ltr_call_verbose(c) && c->ret)) {
		ltr_print_addr(c->out, c->args[1]);
	} else {
		ltr_sb_putc(c->out, '[');
		for (i = 0; i < c->ret && (uint64_t)i < ltr_array_max(c); i++) {
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
		if ((uint64_t)c->ret > ltr_array_max(c))
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

static void print_futex_op(struct ltr_strbuf *out, uint32_t op)
{
	uint32_t cmd = op & 127;
	const char *name = ltr_xlat_lookup(LTR_XT(futex_ops), cmd);

	if (!name) {
		ltr_print_xval(out, LTR_XT(futex_ops), op, "FUTEX_???");
		return;
	}
	if (!ltr_xlat_begin(out, op, LTR_XF_HEX))
		return;
	ltr_sb_puts(out, name);
	if (op & 128)
		ltr_sb_puts(out, "_PRIVATE");
	if (op & 256)
		ltr_sb_puts(out, "|FUTEX_CLOCK_REALTIME");
	if (op & ~(uint32_t)(127 | 128 | 256))
		ltr_sb_printf(out, "|%#x", op & ~(uint32_t)(127 | 128 | 256));
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

/* FUTEX_WAKE_OP's val3: "FUTEX_OP_ADD<<28|0x345<<12|FUTEX_OP_CMP_LT<<24|0x678". */
static void print_wake_op(struct ltr_strbuf *out, uint32_t v)
{
	uint32_t op = (v >> 28) & 7;

	if (v >> 31)
		ltr_sb_puts(out, "FUTEX_OP_OPARG_SHIFT<<28|");
	ltr_print_xval(out, LTR_XT(futex_wake_ops), op, NULL);
	ltr_sb_printf(out, "<<28|%#x<<12|", (v >> 12) & 0xfff);
	ltr_print_xval(out, LTR_XT(futex_wake_cmps), (v >> 24) & 15, NULL);
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
	default:  /* WAKE, UNLOCK_PI, TRYLOCK_PI, FD */
		return;
	}
}
