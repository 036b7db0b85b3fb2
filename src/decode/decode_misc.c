/* SPDX-License-Identifier: MIT */
/*
 * Time and miscellaneous calls: timerfd, itimers, times, inotify,
 * memfd_create, xattr values, fadvise64/fallocate (64-bit halves on
 * i386), scheduling policies, priorities, personality, mount/umount2
 * flags and ptrace requests, as strace 6.1 prints them.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* An output argument at exit that failed prints its address. */
static bool out_failed(struct ltr_call *c, unsigned idx)
{
	if (c->exiting && ltr_call_failed(c) && c->desc && c->desc->args[idx].at_exit) {
		ltr_print_addr(c->out, ltr_word_mask(c, c->args[idx]));
		return true;
	}
	return false;
}

/* --- timerfd, itimers, times --- */

static const struct ltr_xlat tfd_create_flags[] = {
	LTR_XLAT_PAIR(02000000, "TFD_CLOEXEC"), LTR_XLAT_PAIR(04000, "TFD_NONBLOCK"),
	LTR_XLAT_END
};

static const struct ltr_xlat tfd_settime_flags[] = {
	LTR_XLAT_PAIR(1, "TFD_TIMER_ABSTIME"), LTR_XLAT_PAIR(2, "TFD_TIMER_CANCEL_ON_SET"),
	LTR_XLAT_END
};

void ltr_print_arg_tfd_create_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, tfd_create_flags, (uint32_t)c->args[idx], NULL);
}

void ltr_print_arg_tfd_settime_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, tfd_settime_flags, (uint32_t)c->args[idx], NULL);
}

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
	if (out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4 * fsize))
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

static const struct ltr_xlat itimer_which[] = {
	LTR_XLAT_PAIR(0, "ITIMER_REAL"), LTR_XLAT_PAIR(1, "ITIMER_VIRTUAL"),
	LTR_XLAT_PAIR(2, "ITIMER_PROF"),
	LTR_XLAT_END
};

void ltr_print_arg_itimer_which(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, itimer_which, (uint32_t)c->args[idx], "ITIMER_???");
}

/* --- POSIX timers --- */

static const struct ltr_xlat sigev_notify[] = {
	LTR_XLAT_PAIR(0, "SIGEV_SIGNAL"), LTR_XLAT_PAIR(1, "SIGEV_NONE"),
	LTR_XLAT_PAIR(2, "SIGEV_THREAD"), LTR_XLAT_PAIR(4, "SIGEV_THREAD_ID"),
	LTR_XLAT_END
};

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
	ltr_print_xval(c->out, sigev_notify, (uint32_t)notify, "SIGEV_???");
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

/*
 * An int the kernel stores, at exit: "[0]", NULL, or the address when the
 * call failed (timer_create's timer id, getcpu's cpu and node).
 */
void ltr_print_arg_int_out(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned char buf[4];

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4))
		return;
	ltr_sb_printf(c->out, "[%d]", (int)(int32_t)ltr_get_u32(buf));
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
	if (out_failed(c, idx) || !ltr_fetch(c, addr, buf, 4 * ws))
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

/* --- inotify, memfd --- */

static const struct ltr_xlat inotify_init_flags[] = {
	LTR_XLAT_PAIR(04000, "IN_NONBLOCK"), LTR_XLAT_PAIR(02000000, "IN_CLOEXEC"),
	LTR_XLAT_END
};

static const struct ltr_xlat inotify_masks[] = {
	LTR_XLAT_PAIR(0x1, "IN_ACCESS"), LTR_XLAT_PAIR(0x2, "IN_MODIFY"),
	LTR_XLAT_PAIR(0x4, "IN_ATTRIB"), LTR_XLAT_PAIR(0x8, "IN_CLOSE_WRITE"),
	LTR_XLAT_PAIR(0x10, "IN_CLOSE_NOWRITE"), LTR_XLAT_PAIR(0x20, "IN_OPEN"),
	LTR_XLAT_PAIR(0x40, "IN_MOVED_FROM"), LTR_XLAT_PAIR(0x80, "IN_MOVED_TO"),
	LTR_XLAT_PAIR(0x100, "IN_CREATE"), LTR_XLAT_PAIR(0x200, "IN_DELETE"),
	LTR_XLAT_PAIR(0x400, "IN_DELETE_SELF"), LTR_XLAT_PAIR(0x800, "IN_MOVE_SELF"),
	LTR_XLAT_PAIR(0x2000, "IN_UNMOUNT"), LTR_XLAT_PAIR(0x4000, "IN_Q_OVERFLOW"),
	LTR_XLAT_PAIR(0x8000, "IN_IGNORED"), LTR_XLAT_PAIR(0x1000000, "IN_ONLYDIR"),
	LTR_XLAT_PAIR(0x2000000, "IN_DONT_FOLLOW"), LTR_XLAT_PAIR(0x4000000, "IN_EXCL_UNLINK"),
	LTR_XLAT_PAIR(0x10000000, "IN_MASK_CREATE"), LTR_XLAT_PAIR(0x20000000, "IN_MASK_ADD"),
	LTR_XLAT_PAIR(0x40000000, "IN_ISDIR"), LTR_XLAT_PAIR(0x80000000, "IN_ONESHOT"),
	LTR_XLAT_END
};

void ltr_print_arg_inotify_init_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, inotify_init_flags, (uint32_t)c->args[idx], NULL);
}

void ltr_print_arg_inotify_mask(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, inotify_masks, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat memfd_flags[] = {
	LTR_XLAT_PAIR(1, "MFD_CLOEXEC"), LTR_XLAT_PAIR(2, "MFD_ALLOW_SEALING"),
	LTR_XLAT_PAIR(4, "MFD_HUGETLB"), LTR_XLAT_PAIR(8, "MFD_NOEXEC_SEAL"),
	LTR_XLAT_PAIR(0x10, "MFD_EXEC"),
	LTR_XLAT_END
};

void ltr_print_arg_memfd_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, memfd_flags, (uint32_t)c->args[idx], NULL);
}

/* --- xattr --- */

static const struct ltr_xlat xattr_flags[] = {
	LTR_XLAT_PAIR(1, "XATTR_CREATE"), LTR_XLAT_PAIR(2, "XATTR_REPLACE"),
	LTR_XLAT_END
};

void ltr_print_arg_xattr_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, xattr_flags, (uint32_t)c->args[idx], NULL);
}

/*
 * An xattr value or name list: param is the size argument. At entry
 * (setxattr) size bytes; at exit (getxattr, listxattr) ret bytes, the
 * address when the call failed; NULL with size 0 prints NULL.
 */
void ltr_print_arg_xattr_val(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	unsigned sizeidx = c->desc ? c->desc->args[idx].param : idx + 1;
	uint64_t len = ltr_word_mask(c, c->args[sizeidx]);

	if (c->desc && c->desc->args[idx].at_exit) {
		if (!c->exiting || ltr_call_failed(c) || !len) {
			ltr_print_addr(c->out, addr);
			return;
		}
		len = ltr_word_mask(c, (uint64_t)c->ret);
	}
	ltr_print_buf(c, addr, len);
}

/* --- fadvise64, fallocate --- */

static const struct ltr_xlat fadvise_advice[] = {
	LTR_XLAT_PAIR(0, "POSIX_FADV_NORMAL"), LTR_XLAT_PAIR(1, "POSIX_FADV_RANDOM"),
	LTR_XLAT_PAIR(2, "POSIX_FADV_SEQUENTIAL"), LTR_XLAT_PAIR(3, "POSIX_FADV_WILLNEED"),
	LTR_XLAT_PAIR(4, "POSIX_FADV_DONTNEED"), LTR_XLAT_PAIR(5, "POSIX_FADV_NOREUSE"),
	LTR_XLAT_END
};

static const struct ltr_xlat falloc_flags[] = {
	LTR_XLAT_PAIR(0x01, "FALLOC_FL_KEEP_SIZE"), LTR_XLAT_PAIR(0x02, "FALLOC_FL_PUNCH_HOLE"),
	LTR_XLAT_PAIR(0x04, "FALLOC_FL_NO_HIDE_STALE"), LTR_XLAT_PAIR(0x08, "FALLOC_FL_COLLAPSE_RANGE"),
	LTR_XLAT_PAIR(0x10, "FALLOC_FL_ZERO_RANGE"), LTR_XLAT_PAIR(0x20, "FALLOC_FL_INSERT_RANGE"),
	LTR_XLAT_PAIR(0x40, "FALLOC_FL_UNSHARE_RANGE"),
	LTR_XLAT_END
};

static int64_t pair64(const struct ltr_call *c, unsigned lo)
{
	return (int64_t)((c->args[lo] & 0xffffffffu) | (c->args[lo + 1] & 0xffffffffu) << 32);
}

/*
 * fadvise64(fd, offset, len, advice) and fadvise64_64: on i386 the offset
 * (and fadvise64_64's len) take two argument slots, low word first.
 */
void ltr_decode_fadvise64(struct ltr_call *c)
{
	bool is64 = c->desc && strcmp(c->desc->name, "fadvise64_64") == 0;
	long long off, len;
	uint32_t advice;

	if (c->exiting)
		return;
	if (ltr_wordsize(c) == 4) {
		off = pair64(c, 1);
		len = is64 ? pair64(c, 3) : (long long)(uint32_t)c->args[3];
		advice = (uint32_t)c->args[is64 ? 5 : 4];
	} else {
		off = (long long)c->args[1];
		len = (long long)c->args[2];
		advice = (uint32_t)c->args[3];
	}
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_printf(c->out, ", %lld, %lld, ", off, len);
	ltr_print_xval(c->out, fadvise_advice, advice, "POSIX_FADV_???");
}

/* fallocate(fd, mode, offset, len): 64-bit offset and len (pairs on i386). */
void ltr_decode_fallocate(struct ltr_call *c)
{
	long long off, len;

	if (c->exiting)
		return;
	if (ltr_wordsize(c) == 4) {
		off = pair64(c, 2);
		len = pair64(c, 4);
	} else {
		off = (long long)c->args[2];
		len = (long long)c->args[3];
	}
	ltr_print_fd(c, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, falloc_flags, (uint32_t)c->args[1], NULL);
	ltr_sb_printf(c->out, ", %lld, %lld", off, len);
}

/* --- scheduling, priorities --- */

static const struct ltr_xlat sched_policies[] = {
	LTR_XLAT_PAIR(0, "SCHED_OTHER"), LTR_XLAT_PAIR(1, "SCHED_FIFO"),
	LTR_XLAT_PAIR(2, "SCHED_RR"), LTR_XLAT_PAIR(3, "SCHED_BATCH"),
	LTR_XLAT_PAIR(5, "SCHED_IDLE"), LTR_XLAT_PAIR(6, "SCHED_DEADLINE"),
	LTR_XLAT_PAIR(7, "SCHED_EXT"),
	LTR_XLAT_END
};

void ltr_print_arg_sched_policy(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, sched_policies, (uint32_t)c->args[idx], "SCHED_???");
}

/* sched_getscheduler's pid; the policy it returns goes in " (SCHED_OTHER)". */
void ltr_print_arg_sched_getscheduler_pid(struct ltr_call *c, unsigned idx)
{
	const char *name = ltr_xlat_lookup(sched_policies, (uint64_t)c->ret);

	ltr_print_pid(c, ltr_call_arg_int(c, idx));
	if (c->exiting && !ltr_call_failed(c) && name)
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", name);
}

/* struct sched_param: "[0]" (one int). */
void ltr_print_arg_sched_param(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t prio;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!out_failed(c, idx) && ltr_fetch(c, addr, &prio, 4))
		ltr_sb_printf(c->out, "[%d]", prio);
}

static const struct ltr_xlat prio_which[] = {
	LTR_XLAT_PAIR(0, "PRIO_PROCESS"), LTR_XLAT_PAIR(1, "PRIO_PGRP"),
	LTR_XLAT_PAIR(2, "PRIO_USER"),
	LTR_XLAT_END
};

void ltr_print_arg_prio_which(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, prio_which, (uint32_t)c->args[idx], "PRIO_???");
}

/* who after a PRIO_WHICH: a process id (-Y: with its comm) for PRIO_PROCESS. */
void ltr_print_arg_prio_who(struct ltr_call *c, unsigned idx)
{
	if (idx > 0 && (uint32_t)c->args[idx - 1] == 0)
		ltr_print_pid(c, ltr_call_arg_int(c, idx));
	else
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, idx));
}

/* --- personality --- */

static const struct ltr_xlat personality_types[] = {
	LTR_XLAT_PAIR(0x0000, "PER_LINUX"), LTR_XLAT_PAIR(0x0001, "PER_SVR4"),
	LTR_XLAT_PAIR(0x0002, "PER_SVR3"), LTR_XLAT_PAIR(0x0003, "PER_SCOSVR3"),
	LTR_XLAT_PAIR(0x0004, "PER_WYSEV386"), LTR_XLAT_PAIR(0x0005, "PER_ISCR4"),
	LTR_XLAT_PAIR(0x0006, "PER_BSD"), LTR_XLAT_PAIR(0x0007, "PER_SUNOS"),
	LTR_XLAT_PAIR(0x0008, "PER_LINUX32"), LTR_XLAT_PAIR(0x0009, "PER_IRIX32"),
	LTR_XLAT_PAIR(0x000a, "PER_IRIXN32"), LTR_XLAT_PAIR(0x000b, "PER_IRIX64"),
	LTR_XLAT_PAIR(0x000c, "PER_RISCOS"), LTR_XLAT_PAIR(0x000d, "PER_SOLARIS"),
	LTR_XLAT_PAIR(0x000e, "PER_UW7"), LTR_XLAT_PAIR(0x000f, "PER_OSF4"),
	LTR_XLAT_PAIR(0x0010, "PER_HPUX"),
	LTR_XLAT_END
};

static const struct ltr_xlat personality_flags[] = {
	LTR_XLAT_PAIR(0x0020000, "UNAME26"), LTR_XLAT_PAIR(0x0040000, "ADDR_NO_RANDOMIZE"),
	LTR_XLAT_PAIR(0x0080000, "FDPIC_FUNCPTRS"), LTR_XLAT_PAIR(0x0100000, "MMAP_PAGE_ZERO"),
	LTR_XLAT_PAIR(0x0200000, "ADDR_COMPAT_LAYOUT"), LTR_XLAT_PAIR(0x0400000, "READ_IMPLIES_EXEC"),
	LTR_XLAT_PAIR(0x0800000, "ADDR_LIMIT_32BIT"), LTR_XLAT_PAIR(0x1000000, "SHORT_INODE"),
	LTR_XLAT_PAIR(0x2000000, "WHOLE_SECONDS"), LTR_XLAT_PAIR(0x4000000, "STICKY_TIMEOUTS"),
	LTR_XLAT_PAIR(0x8000000, "ADDR_LIMIT_3GB"),
	LTR_XLAT_END
};

/* "PER_LINUX|ADDR_NO_RANDOMIZE"; 0xffffffff (the query) in hex. */
static void format_personality(struct ltr_strbuf *out, uint32_t v)
{
	const char *type = ltr_xlat_lookup(personality_types, v & 0xff);

	if (v == 0xffffffffu || !type) {
		ltr_sb_printf(out, "%#x", v);
		return;
	}
	ltr_print_xval(out, personality_types, v & 0xff, NULL);
	if (v & ~0xffu) {
		ltr_sb_putc(out, '|');
		ltr_print_flags(out, personality_flags, v & ~0xffu, NULL);
	}
}

/* personality(persona): the previous persona also goes in " (PER_LINUX)". */
void ltr_print_arg_personality(struct ltr_call *c, unsigned idx)
{
	format_personality(c->out, (uint32_t)c->args[idx]);
	if (c->exiting && !ltr_call_failed(c)) {
		struct ltr_strbuf tmp = LTR_STRBUF_INIT;

		format_personality(&tmp, (uint32_t)c->ret);
		snprintf(c->ret_text, sizeof(c->ret_text), " (%s)", ltr_sb_cstr(&tmp));
		ltr_sb_free(&tmp);
	}
}

/* --- mount, umount2 --- */

static const struct ltr_xlat mount_flags[] = {
	LTR_XLAT_PAIR(1, "MS_RDONLY"), LTR_XLAT_PAIR(2, "MS_NOSUID"),
	LTR_XLAT_PAIR(4, "MS_NODEV"), LTR_XLAT_PAIR(8, "MS_NOEXEC"),
	LTR_XLAT_PAIR(16, "MS_SYNCHRONOUS"), LTR_XLAT_PAIR(32, "MS_REMOUNT"),
	LTR_XLAT_PAIR(64, "MS_MANDLOCK"), LTR_XLAT_PAIR(128, "MS_DIRSYNC"),
	LTR_XLAT_PAIR(256, "MS_NOSYMFOLLOW"), LTR_XLAT_PAIR(1024, "MS_NOATIME"),
	LTR_XLAT_PAIR(2048, "MS_NODIRATIME"), LTR_XLAT_PAIR(4096, "MS_BIND"),
	LTR_XLAT_PAIR(8192, "MS_MOVE"), LTR_XLAT_PAIR(16384, "MS_REC"),
	LTR_XLAT_PAIR(32768, "MS_SILENT"), LTR_XLAT_PAIR(1 << 16, "MS_POSIXACL"),
	LTR_XLAT_PAIR(1 << 17, "MS_UNBINDABLE"), LTR_XLAT_PAIR(1 << 18, "MS_PRIVATE"),
	LTR_XLAT_PAIR(1 << 19, "MS_SLAVE"), LTR_XLAT_PAIR(1 << 20, "MS_SHARED"),
	LTR_XLAT_PAIR(1 << 21, "MS_RELATIME"), LTR_XLAT_PAIR(1 << 22, "MS_KERNMOUNT"),
	LTR_XLAT_PAIR(1 << 23, "MS_I_VERSION"), LTR_XLAT_PAIR(1 << 24, "MS_STRICTATIME"),
	LTR_XLAT_PAIR(1 << 25, "MS_LAZYTIME"), LTR_XLAT_PAIR(1u << 31, "MS_NOUSER"),
	LTR_XLAT_END
};

void ltr_print_arg_mount_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, mount_flags, (uint32_t)c->args[idx], NULL);
}

static const struct ltr_xlat umount_flags[] = {
	LTR_XLAT_PAIR(1, "MNT_FORCE"), LTR_XLAT_PAIR(2, "MNT_DETACH"),
	LTR_XLAT_PAIR(4, "MNT_EXPIRE"), LTR_XLAT_PAIR(8, "UMOUNT_NOFOLLOW"),
	LTR_XLAT_END
};

void ltr_print_arg_umount_flags(struct ltr_call *c, unsigned idx)
{
	ltr_print_flags(c->out, umount_flags, (uint32_t)c->args[idx], NULL);
}

/* mount's data: a string unless NULL (strace prints it quoted). */
void ltr_print_arg_mount_data(struct ltr_call *c, unsigned idx)
{
	ltr_print_str(c, ltr_word_mask(c, c->args[idx]), 0);
}

/* --- ptrace --- */

static const struct ltr_xlat ptrace_requests[] = {
	LTR_XLAT_PAIR(0, "PTRACE_TRACEME"), LTR_XLAT_PAIR(1, "PTRACE_PEEKTEXT"),
	LTR_XLAT_PAIR(2, "PTRACE_PEEKDATA"), LTR_XLAT_PAIR(3, "PTRACE_PEEKUSER"),
	LTR_XLAT_PAIR(4, "PTRACE_POKETEXT"), LTR_XLAT_PAIR(5, "PTRACE_POKEDATA"),
	LTR_XLAT_PAIR(6, "PTRACE_POKEUSER"), LTR_XLAT_PAIR(7, "PTRACE_CONT"),
	LTR_XLAT_PAIR(8, "PTRACE_KILL"), LTR_XLAT_PAIR(9, "PTRACE_SINGLESTEP"),
	LTR_XLAT_PAIR(12, "PTRACE_GETREGS"), LTR_XLAT_PAIR(13, "PTRACE_SETREGS"),
	LTR_XLAT_PAIR(14, "PTRACE_GETFPREGS"), LTR_XLAT_PAIR(15, "PTRACE_SETFPREGS"),
	LTR_XLAT_PAIR(16, "PTRACE_ATTACH"), LTR_XLAT_PAIR(17, "PTRACE_DETACH"),
	LTR_XLAT_PAIR(18, "PTRACE_GETFPXREGS"), LTR_XLAT_PAIR(19, "PTRACE_SETFPXREGS"),
	LTR_XLAT_PAIR(24, "PTRACE_SYSCALL"), LTR_XLAT_PAIR(25, "PTRACE_GET_THREAD_AREA"),
	LTR_XLAT_PAIR(26, "PTRACE_SET_THREAD_AREA"), LTR_XLAT_PAIR(30, "PTRACE_ARCH_PRCTL"),
	LTR_XLAT_PAIR(31, "PTRACE_SYSEMU"), LTR_XLAT_PAIR(32, "PTRACE_SYSEMU_SINGLESTEP"),
	LTR_XLAT_PAIR(33, "PTRACE_SINGLEBLOCK"),
	LTR_XLAT_PAIR(0x4200, "PTRACE_SETOPTIONS"), LTR_XLAT_PAIR(0x4201, "PTRACE_GETEVENTMSG"),
	LTR_XLAT_PAIR(0x4202, "PTRACE_GETSIGINFO"), LTR_XLAT_PAIR(0x4203, "PTRACE_SETSIGINFO"),
	LTR_XLAT_PAIR(0x4204, "PTRACE_GETREGSET"), LTR_XLAT_PAIR(0x4205, "PTRACE_SETREGSET"),
	LTR_XLAT_PAIR(0x4206, "PTRACE_SEIZE"), LTR_XLAT_PAIR(0x4207, "PTRACE_INTERRUPT"),
	LTR_XLAT_PAIR(0x4208, "PTRACE_LISTEN"), LTR_XLAT_PAIR(0x4209, "PTRACE_PEEKSIGINFO"),
	LTR_XLAT_PAIR(0x420a, "PTRACE_GETSIGMASK"), LTR_XLAT_PAIR(0x420b, "PTRACE_SETSIGMASK"),
	LTR_XLAT_PAIR(0x420c, "PTRACE_SECCOMP_GET_FILTER"),
	LTR_XLAT_PAIR(0x420d, "PTRACE_SECCOMP_GET_METADATA"),
	LTR_XLAT_PAIR(0x420e, "PTRACE_GET_SYSCALL_INFO"),
	LTR_XLAT_PAIR(0x420f, "PTRACE_GET_RSEQ_CONFIGURATION"),
	LTR_XLAT_END
};

/*
 * ptrace(request, pid, addr, data): data is a signal for the resuming
 * requests (CONT, SYSCALL, SINGLESTEP, DETACH, ...), else an address.
 */
void ltr_decode_ptrace(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[0];
	uint64_t data = ltr_word_mask(c, c->args[3]);

	if (c->exiting)
		return;
	ltr_print_xval(c->out, ptrace_requests, req, "PTRACE_???");
	ltr_sb_puts(c->out, ", ");
	ltr_print_pid(c, ltr_call_arg_int(c, 1));
	ltr_sb_puts(c->out, ", ");
	ltr_print_addr(c->out, ltr_word_mask(c, c->args[2]));
	ltr_sb_puts(c->out, ", ");
	switch (req) {
	case 7: case 9: case 17: case 24: case 31: case 32: case 33:
		if (data)
			ltr_print_signame(c->out, (int)data);
		else
			ltr_sb_puts(c->out, "0");
		break;
	default:
		ltr_print_addr(c->out, data);
		break;
	}
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

/* --- getgroups, setgroups --- */


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

static const struct ltr_xlat fan_classes[] = {
	LTR_XLAT_PAIR(0x0, "FAN_CLASS_NOTIF"), LTR_XLAT_PAIR(0x4, "FAN_CLASS_CONTENT"),
	LTR_XLAT_PAIR(0x8, "FAN_CLASS_PRE_CONTENT"), LTR_XLAT_END
};

static const struct ltr_xlat fan_init_flags[] = {
	LTR_XLAT_PAIR(0x1, "FAN_CLOEXEC"), LTR_XLAT_PAIR(0x2, "FAN_NONBLOCK"),
	LTR_XLAT_PAIR(0x10, "FAN_UNLIMITED_QUEUE"), LTR_XLAT_PAIR(0x20, "FAN_UNLIMITED_MARKS"),
	LTR_XLAT_PAIR(0x40, "FAN_ENABLE_AUDIT"), LTR_XLAT_PAIR(0x80, "FAN_REPORT_PIDFD"),
	LTR_XLAT_PAIR(0x100, "FAN_REPORT_TID"), LTR_XLAT_PAIR(0x200, "FAN_REPORT_FID"),
	LTR_XLAT_PAIR(0x400, "FAN_REPORT_DIR_FID"), LTR_XLAT_PAIR(0x800, "FAN_REPORT_NAME"),
	LTR_XLAT_PAIR(0x1000, "FAN_REPORT_TARGET_FID"),
	LTR_XLAT_END
};

static const struct ltr_xlat fan_mark_flags[] = {
	LTR_XLAT_PAIR(0x1, "FAN_MARK_ADD"), LTR_XLAT_PAIR(0x2, "FAN_MARK_REMOVE"),
	LTR_XLAT_PAIR(0x4, "FAN_MARK_DONT_FOLLOW"), LTR_XLAT_PAIR(0x8, "FAN_MARK_ONLYDIR"),
	LTR_XLAT_PAIR(0x10, "FAN_MARK_MOUNT"), LTR_XLAT_PAIR(0x20, "FAN_MARK_IGNORED_MASK"),
	LTR_XLAT_PAIR(0x40, "FAN_MARK_IGNORED_SURV_MODIFY"), LTR_XLAT_PAIR(0x80, "FAN_MARK_FLUSH"),
	LTR_XLAT_PAIR(0x100, "FAN_MARK_FILESYSTEM"), LTR_XLAT_PAIR(0x200, "FAN_MARK_EVICTABLE"),
	LTR_XLAT_END
};

/* strace's order: the event bits, then FAN_ONDIR and FAN_EVENT_ON_CHILD. */
static const struct ltr_xlat fan_events[] = {
	LTR_XLAT_PAIR(0x1, "FAN_ACCESS"), LTR_XLAT_PAIR(0x2, "FAN_MODIFY"),
	LTR_XLAT_PAIR(0x4, "FAN_ATTRIB"), LTR_XLAT_PAIR(0x8, "FAN_CLOSE_WRITE"),
	LTR_XLAT_PAIR(0x10, "FAN_CLOSE_NOWRITE"), LTR_XLAT_PAIR(0x20, "FAN_OPEN"),
	LTR_XLAT_PAIR(0x40, "FAN_MOVED_FROM"), LTR_XLAT_PAIR(0x80, "FAN_MOVED_TO"),
	LTR_XLAT_PAIR(0x100, "FAN_CREATE"), LTR_XLAT_PAIR(0x200, "FAN_DELETE"),
	LTR_XLAT_PAIR(0x400, "FAN_DELETE_SELF"), LTR_XLAT_PAIR(0x800, "FAN_MOVE_SELF"),
	LTR_XLAT_PAIR(0x1000, "FAN_OPEN_EXEC"), LTR_XLAT_PAIR(0x4000, "FAN_Q_OVERFLOW"),
	LTR_XLAT_PAIR(0x8000, "FAN_FS_ERROR"), LTR_XLAT_PAIR(0x10000, "FAN_OPEN_PERM"),
	LTR_XLAT_PAIR(0x20000, "FAN_ACCESS_PERM"), LTR_XLAT_PAIR(0x40000, "FAN_OPEN_EXEC_PERM"),
	LTR_XLAT_PAIR(0x10000000, "FAN_RENAME"),
	LTR_XLAT_PAIR(0x40000000, "FAN_ONDIR"), LTR_XLAT_PAIR(0x8000000, "FAN_EVENT_ON_CHILD"),
	LTR_XLAT_END
};

/* fanotify_init(flags, event_f_flags): "FAN_CLASS_NOTIF|FAN_CLOEXEC, O_RDONLY". */
void ltr_decode_fanotify_init(struct ltr_call *c)
{
	uint32_t flags = (uint32_t)c->args[0];

	if (c->exiting)
		return;
	ltr_print_xval(c->out, fan_classes, flags & 0xc, NULL);
	flags &= ~0xcu;
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags(c->out, fan_init_flags, flags, NULL);
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
	ltr_print_flags(c->out, fan_mark_flags, (uint32_t)c->args[1], NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags(c->out, fan_events, mask, NULL);
	ltr_sb_puts(c->out, ", ");
	ltr_print_dirfd(c, ltr_call_arg_int(c, next));
	ltr_sb_puts(c->out, ", ");
	ltr_print_path(c, ltr_word_mask(c, c->args[next + 1]));
}

/* --- io_uring_setup --- */

static const struct ltr_xlat uring_setup_flags[] = {
	LTR_XLAT_PAIR(0x1, "IORING_SETUP_IOPOLL"), LTR_XLAT_PAIR(0x2, "IORING_SETUP_SQPOLL"),
	LTR_XLAT_PAIR(0x4, "IORING_SETUP_SQ_AFF"), LTR_XLAT_PAIR(0x8, "IORING_SETUP_CQSIZE"),
	LTR_XLAT_PAIR(0x10, "IORING_SETUP_CLAMP"), LTR_XLAT_PAIR(0x20, "IORING_SETUP_ATTACH_WQ"),
	LTR_XLAT_PAIR(0x40, "IORING_SETUP_R_DISABLED"), LTR_XLAT_PAIR(0x80, "IORING_SETUP_SUBMIT_ALL"),
	LTR_XLAT_PAIR(0x100, "IORING_SETUP_COOP_TASKRUN"),
	LTR_XLAT_PAIR(0x200, "IORING_SETUP_TASKRUN_FLAG"),
	LTR_XLAT_PAIR(0x400, "IORING_SETUP_SQE128"), LTR_XLAT_PAIR(0x800, "IORING_SETUP_CQE32"),
	LTR_XLAT_END
};

/* The features strace 6.1 names; later ones print as a hex remainder. */
static const struct ltr_xlat uring_features[] = {
	LTR_XLAT_PAIR(0x1, "IORING_FEAT_SINGLE_MMAP"), LTR_XLAT_PAIR(0x2, "IORING_FEAT_NODROP"),
	LTR_XLAT_PAIR(0x4, "IORING_FEAT_SUBMIT_STABLE"), LTR_XLAT_PAIR(0x8, "IORING_FEAT_RW_CUR_POS"),
	LTR_XLAT_PAIR(0x10, "IORING_FEAT_CUR_PERSONALITY"), LTR_XLAT_PAIR(0x20, "IORING_FEAT_FAST_POLL"),
	LTR_XLAT_PAIR(0x40, "IORING_FEAT_POLL_32BITS"),
	LTR_XLAT_PAIR(0x80, "IORING_FEAT_SQPOLL_NONFIXED"),
	LTR_XLAT_PAIR(0x100, "IORING_FEAT_EXT_ARG"), LTR_XLAT_PAIR(0x200, "IORING_FEAT_NATIVE_WORKERS"),
	LTR_XLAT_PAIR(0x400, "IORING_FEAT_RSRC_TAGS"), LTR_XLAT_PAIR(0x800, "IORING_FEAT_CQE_SKIP"),
	LTR_XLAT_PAIR(0x1000, "IORING_FEAT_LINKED_FILE"),
	LTR_XLAT_END
};

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
	ltr_print_flags(c->out, uring_setup_flags, p[2], NULL);
	ltr_sb_printf(c->out, ", sq_thread_cpu=%u, sq_thread_idle=%u, sq_entries=%u, cq_entries=%u, features=",
		      p[3], p[4], p[0], p[1]);
	ltr_print_flags(c->out, uring_features, p[5], NULL);
	ltr_sb_printf(c->out, ", sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, array=%u}",
		      sq[0], sq[1], sq[2], sq[3], sq[4], sq[5], sq[6]);
	ltr_sb_printf(c->out, ", cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, cqes=%u, flags=%u}}",
		      cq[0], cq[1], cq[2], cq[3], cq[4], cq[5], cq[6]);
}

/* --- membarrier, getcpu --- */

static const struct ltr_xlat membarrier_cmds[] = {
	LTR_XLAT_PAIR(1, "MEMBARRIER_CMD_GLOBAL"),
	LTR_XLAT_PAIR(2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED"),
	LTR_XLAT_PAIR(4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED"),
	LTR_XLAT_PAIR(8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED"),
	LTR_XLAT_PAIR(16, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED"),
	LTR_XLAT_PAIR(32, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE"),
	LTR_XLAT_PAIR(64, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE"),
	LTR_XLAT_PAIR(128, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ"),
	LTR_XLAT_PAIR(256, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ"),
	LTR_XLAT_END
};

static const struct ltr_xlat membarrier_cmd_query[] = {
	LTR_XLAT_PAIR(0, "MEMBARRIER_CMD_QUERY"),
	LTR_XLAT_END
};

static const struct ltr_xlat membarrier_flags[] = {
	LTR_XLAT_PAIR(1, "MEMBARRIER_CMD_FLAG_CPU"),
	LTR_XLAT_END
};

/* " (MEMBARRIER_CMD_GLOBAL|...)" after QUERY's value: too long for ret_text. */
static void membarrier_query_suffix(struct ltr_call *c)
{
	ltr_sb_puts(c->out, " (");
	ltr_print_flags(c->out, membarrier_cmds, (uint64_t)c->ret, NULL);
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
			ltr_print_xval(c->out, membarrier_cmd_query, cmd, NULL);
		else
			ltr_print_xval(c->out, membarrier_cmds, cmd, "MEMBARRIER_CMD_???");
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags(c->out, membarrier_flags, flags, NULL);
		if (flags & 1)
			ltr_sb_printf(c->out, ", %d", (int)c->args[2]);
		return;
	}
	if (cmd == 0 && !ltr_call_failed(c) && c->ret > 0) {
		c->ret_kind = LTR_RET_HEX;
		c->ret_suffix = membarrier_query_suffix;
	}
}
