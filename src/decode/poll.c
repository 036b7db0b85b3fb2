/* SPDX-License-Identifier: MIT */
/*
 * poll, ppoll, select, _newselect, pselect6: the descriptor sets and
 * arrays at entry and the ready ones after the return value, as strace
 * 6.1 prints them.
 */
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- poll --- */

static bool print_pollfd(struct ltr_call *c, const unsigned char *pfd, void *data)
{
	int32_t fd = (int32_t)ltr_get_u32(pfd);

	(void)data;
	ltr_sb_puts(c->out, "{fd=");
	ltr_print_fd(c, fd);
	/* strace leaves the events of ignored entries out */
	if (fd >= 0) {
		ltr_sb_puts(c->out, ", events=");
		ltr_print_flags_dflt(c->out, LTR_XT(poll_events), ltr_get_u16(pfd + 4), NULL,
				     "POLL???");
	}
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * The pollfd array at entry: "[{fd=3, events=POLLIN}, ...]", each fd with
 * its -y path (the revents summary after the return value has none);
 * nfds, an unsigned int, is how many the array has (ltr_print_array():
 * an array no memory can hold prints its address).
 */
static void print_pollfds(struct ltr_call *c, uint64_t addr, uint32_t n)
{
	ltr_print_array(c, addr, n, 8, print_pollfd, NULL);
}

/*
 * The revents summary after poll's and ppoll's return value, as a
 * ret_suffix: " ([{fd=4, revents=POLLOUT}, ...])", then ppoll's "left
 * {...}"; " (Timeout)" when nothing was ready. strace builds it in a
 * buffer of 1024 bytes: at most -s entries with revents unless
 * abbreviation is off, and "..." where the next entry would come within
 * SUMMARY_RESERVE bytes of the buffer's end; an entry it cannot read
 * ends the list with its address. Nothing when there is nothing to say.
 */
#define SUMMARY_SIZE 1024
#define SUMMARY_RESERVE 27 /* 2 + two 64-bit longs in hex + ", ], ..." */
static void poll_suffix(struct ltr_call *c)
{
	bool ppoll = c->desc && strncmp(c->desc->name, "ppoll", 5) == 0;
	uint64_t addr = ltr_arg_word(c, 0), tmo = ppoll ? ltr_arg_word(c, 2) : 0;
	uint32_t n = (uint32_t)c->args[1];
	uint64_t max = ltr_call_abbrev(c) ? c->opts->strsize : UINT64_MAX;
	uint64_t shown = 0, i;
	size_t start = c->out->len, body;
	bool any = false;

	if (c->ret == 0) {
		ltr_sb_puts(c->out, " (Timeout)");
		return;
	}
	ltr_sb_puts(c->out, " (");
	body = c->out->len;
	if (ltr_call_verbose(c) && addr && n && addr + (uint64_t)n * 8 > addr) {
		for (i = 0; i < n; i++) {
			uint64_t at = addr + i * 8;
			unsigned char pfd[8];
			size_t mark;

			if (ltr_mem_read(c->mem, at, pfd, 8) != 0) {
				ltr_sb_puts(c->out, any ? ", " : "[");
				any = true;
				ltr_sb_printf(c->out, "%#llx", (unsigned long long)at);
				break;
			}
			if (!ltr_get_u16(pfd + 6))
				continue;
			ltr_sb_puts(c->out, any ? ", " : "[");
			any = true;
			if (shown == max) {
				ltr_sb_puts(c->out, "...");
				break;
			}
			mark = c->out->len;
			ltr_sb_printf(c->out, "{fd=%d, revents=", (int32_t)ltr_get_u32(pfd));
			ltr_print_flags(c->out, LTR_XT(poll_events), ltr_get_u16(pfd + 6), NULL);
			if (c->out->len - body + 1 >= SUMMARY_SIZE - SUMMARY_RESERVE) {
				ltr_sb_truncate(c->out, mark);
				ltr_sb_puts(c->out, "...");
				break;
			}
			ltr_sb_putc(c->out, '}');
			shown++;
		}
		if (any)
			ltr_sb_putc(c->out, ']');
	}
	if (tmo) {
		ltr_sb_puts(c->out, any ? ", left " : "left ");
		any = true;
		if (ltr_wordsize(c) == 8 || strstr(c->desc->name, "time64"))
			ltr_print_timespec64(c, tmo);
		else
			ltr_print_timespec32(c, tmo);
	}
	if (!any) {
		ltr_sb_truncate(c->out, start);
		return;
	}
	ltr_sb_putc(c->out, ')');
}

/* poll(fds, nfds, timeout) */
void ltr_decode_poll(struct ltr_call *c)
{
	if (!c->exiting) {
		print_pollfds(c, ltr_arg_word(c, 0), (uint32_t)c->args[1]);
		ltr_sb_printf(c->out, ", %u, %d", (unsigned)c->args[1],
			      ltr_call_arg_int(c, 2));
		return;
	}
	if (!ltr_call_failed(c))
		c->ret_suffix = poll_suffix;
}

/* ppoll(fds, nfds, tmo, sigmask, sigsetsize) */
void ltr_decode_ppoll(struct ltr_call *c)
{
	bool t64 = ltr_wordsize(c) == 8 || strstr(c->desc->name, "time64");

	if (!c->exiting) {
		print_pollfds(c, ltr_arg_word(c, 0), (uint32_t)c->args[1]);
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
	if (!ltr_call_failed(c))
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
