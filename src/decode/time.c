/* SPDX-License-Identifier: MIT */
/*
 * Time: timespecs and timevals (the tracee's and the 64-bit ones),
 * time(), clocks, itimers and timerfd values, POSIX timers' struct
 * sigevent, times(), utimensat's pair, as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ltr/decode.h"
#include "decoders.h"

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

/* struct timeval (gettimeofday, settimeofday): "{tv_sec=..., tv_usec=...}". */
void ltr_print_arg_timeval(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = c->args[idx];

	if (ltr_print_out_failed(c, idx))
		return;
	ltr_print_time_pair_at(c, ltr_word_mask(c, addr), ltr_wordsize(c), "tv_usec");
}

/*
 * struct timezone (gettimeofday at exit, settimeofday at entry): two
 * ints, "{tz_minuteswest=0, tz_dsttime=0}"; the address of a failed
 * call's output.
 */
void ltr_print_arg_timezone(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned char buf[8];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (ltr_print_out_failed(c, idx) || !ltr_fetch(c, addr, buf, sizeof(buf)))
		return;
	ltr_sb_printf(c->out, "{tz_minuteswest=%d, tz_dsttime=%d}", (int32_t)ltr_get_u32(buf),
		      (int32_t)ltr_get_u32(buf + 4));
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

/* --- adjtimex, clock_adjtime --- */

/*
 * struct timex has 21 fields, each in a slot of fs bytes: the kernel's
 * struct __kernel_timex (64-bit arches, the *_time64 calls: 8-byte
 * slots, the ints padded) or i386's old struct timex32 (4 bytes each),
 * then 11 ints of padding: 208 or 128 bytes, read whole as strace does.
 * Slot 0 (modes), 5 (status), 14 (shift) and 20 (tai) are ints.
 */
static void print_timex(struct ltr_call *c, uint64_t addr, unsigned fs)
{
	static const char *const names[21] = {
		"modes", "offset", "freq", "maxerror", "esterror", "status",
		"constant", "precision", "tolerance", NULL, NULL, "tick",
		"ppsfreq", "jitter", "shift", "stabil", "jitcnt", "calcnt",
		"errcnt", "stbcnt", "tai",
	};
	unsigned char buf[208];
	struct ltr_strbuf *out = c->out;

	if (!addr) {
		ltr_sb_puts(out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 20 * fs + 4 + 11 * 4))
		return;
	ltr_sb_puts(out, "{modes=");
	ltr_print_xt(out, LTR_XT(adjtimex_modes), ltr_get_u32(buf));
	for (unsigned i = 1; i < 21; i++) {
		const unsigned char *p = buf + i * fs;

		if (i == 9) {
			/* struct timeval time: the usec unsigned, as strace */
			ltr_sb_printf(out, ", time={tv_sec=%lld, tv_usec=%llu}",
				      (long long)ltr_get_sword(p, fs),
				      (unsigned long long)ltr_get_uword(p + fs, fs));
			i++;
			continue;
		}
		ltr_sb_printf(out, ", %s=", names[i]);
		if (i == 5)
			ltr_print_xt(out, LTR_XT(adjtimex_status), ltr_get_u32(p));
		else if (i == 14 || i == 20)
			ltr_sb_put_dec(out, (int32_t)ltr_get_u32(p));
		else
			ltr_sb_put_dec(out, ltr_get_sword(p, fs));
	}
	ltr_sb_putc(out, '}');
}

/*
 * adjtimex(buf), clock_adjtime(clock, buf): the struct the kernel read
 * and wrote back, at exit (its address when the call failed), and the
 * clock state the call returned: " (TIME_ERROR)".
 */
void ltr_decode_adjtimex(struct ltr_call *c)
{
	bool clock = c->desc->nargs == 2;
	unsigned idx = clock ? 1 : 0;
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned fs = strstr(c->desc->name, "64") ? 8 : ltr_wordsize(c);
	const char *state;

	if (!c->exiting) {
		if (clock) {
			ltr_print_xval(c->out, LTR_XT(clock_ids), (uint32_t)c->args[0], "CLOCK_???");
			ltr_sb_puts(c->out, ", ");
		}
		return;
	}
	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_timex(c, addr, fs);
	state = ltr_xlat_lookup(LTR_XT(adjtimex_state), (uint64_t)c->ret);
	if (state)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", state);
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
	/* value, signo, notify and the two-pointer union: 32 bytes (20 on i386) */
	if (!ltr_fetch(c, addr, buf, 3 * ws + 8))
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
		ltr_sb_printf(c->out, "%u", (uint32_t)signo);
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
		/* in seconds too, at USER_HZ = 100 ticks per second (not under -X raw) */
		if (ticks > 0 && ltr_xlat_style() != LTR_XLAT_RAW)
			ltr_sb_printf(c->out, " /* %lld.%02lld s */", (long long)(ticks / 100),
				      (long long)(ticks % 100));
	}
	ltr_sb_putc(c->out, '}');
}

/* --- utime, utimes, futimesat, utimensat --- */

/*
 * strace's date comment after a time: " /" "* 2017-04-16T13:51:18+0000 *" "/",
 * the fraction part (of width digits) when not zero; nothing for the
 * epoch itself, a fraction above max, or a time the C library cannot
 * convert. Local time, as strace.
 */
void ltr_print_date_comment(struct ltr_strbuf *out, long long sec, unsigned long long part,
			     unsigned long long max, int width)
{
	time_t t = (time_t)sec;
	struct tm tm;
	char when[64], zone[16];

	if ((sec == 0 && part == 0) || part > max || (long long)t != sec ||
	    !localtime_r(&t, &tm) || !strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%S", &tm) ||
	    !strftime(zone, sizeof(zone), "%z", &tm))
		return;
	if (part)
		ltr_sb_printf(out, " /* %s.%0*llu%s */", when, width, part, zone);
	else
		ltr_sb_printf(out, " /* %s%s */", when, zone);
}

/*
 * The times[2] of utimensat: "[UTIME_NOW, UTIME_OMIT]" or two timespecs
 * each followed by its date. fsize is the size of each field (word size,
 * or 8 for utimensat_time64).
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
		const unsigned char *p = buf + 2 * i * fsize;
		long long sec = (long long)ltr_get_sword(p, fsize);
		unsigned long long nsec = ltr_get_uword(p + fsize, fsize);

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (nsec == ((1 << 30) - 1) || nsec == ((1 << 30) - 2)) {
			const char *name = nsec == ((1 << 30) - 1) ? "UTIME_NOW" : "UTIME_OMIT";

			/* under -X raw and verbose, the timespec itself first */
			if (ltr_xlat_style() != LTR_XLAT_ABBREV)
				ltr_print_time_pair(c->out, p, fsize, "tv_nsec");
			if (ltr_xlat_style() == LTR_XLAT_VERBOSE)
				ltr_sb_printf(c->out, " /* %s */", name);
			else if (ltr_xlat_style() == LTR_XLAT_ABBREV)
				ltr_sb_puts(c->out, name);
		} else {
			ltr_print_time_pair(c->out, p, fsize, "tv_nsec");
			ltr_print_date_comment(c->out, sec, nsec, 999999999, 9);
		}
	}
	ltr_sb_putc(c->out, ']');
}

void ltr_print_arg_utimens(struct ltr_call *c, unsigned idx)
{
	bool t64 = c->desc && strstr(c->desc->name, "time64");

	print_utimens(c, ltr_word_mask(c, c->args[idx]), t64 ? 8 : ltr_wordsize(c));
}

/*
 * The times[2] of utimes and futimesat: two timevals of the tracee's
 * words, each with its date: "[{tv_sec=1, tv_usec=2} /" "* ... *" "/, ...]".
 */
void ltr_print_arg_utimes(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[32];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 4 * ws))
		return;
	ltr_sb_putc(c->out, '[');
	for (int i = 0; i < 2; i++) {
		const unsigned char *p = buf + 2 * i * ws;

		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_print_time_pair(c->out, p, ws, "tv_usec");
		ltr_print_date_comment(c->out, (long long)ltr_get_sword(p, ws),
				   ltr_get_uword(p + ws, ws), 999999, 6);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * utime's struct utimbuf: two longs of the tracee with their dates,
 * "{actime=1492350678 /" "* ... *" "/, modtime=...}".
 */
void ltr_print_arg_utimbuf(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_arg_word(c, idx);
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[16];
	long long t;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!ltr_fetch(c, addr, buf, 2 * ws))
		return;
	t = (long long)ltr_get_sword(buf, ws);
	ltr_sb_printf(c->out, "{actime=%lld", t);
	ltr_print_date_comment(c->out, t, 0, 0, 0);
	t = (long long)ltr_get_sword(buf + ws, ws);
	ltr_sb_printf(c->out, ", modtime=%lld", t);
	ltr_print_date_comment(c->out, t, 0, 0, 0);
	ltr_sb_putc(c->out, '}');
}
