/* SPDX-License-Identifier: MIT */
/*
 * poll, ppoll, select, _newselect, pselect6: the descriptor sets and
 * arrays at entry and the ready ones after the return value, as strace
 * 6.1 prints them.
 */
#include <stdlib.h>
#include <string.h>

#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- poll --- */

static bool print_pollfd(struct ltr_call *c, const unsigned char *pfd, unsigned size, void *data)
{
	int32_t fd = (int32_t)ltr_get_u32(pfd);

	(void)size;
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
 * How many fds of the sets strace looks at, and how many bytes of each
 * it reads: the int nfds (negative as 0, at most SELECT_MAX_FDS), its
 * bytes rounded up to the tracee's word.
 */
static int select_nfds(int nfds)
{
	return nfds < 0 ? 0 : nfds > SELECT_MAX_FDS ? SELECT_MAX_FDS : nfds;
}

static unsigned fdset_size(const struct ltr_call *c, int nfds)
{
	unsigned ws = ltr_wordsize(c);

	return ((unsigned)(nfds + 7) / 8 + ws - 1) / ws * ws;
}

/*
 * Reads the set at addr (size bytes) into a buffer the caller frees;
 * NULL when it cannot be read.
 */
static unsigned char *read_fdset(struct ltr_call *c, uint64_t addr, unsigned size)
{
	unsigned char *bits = ltr_xmalloc(size);

	if (ltr_mem_read(c->mem, addr, bits, size) != 0) {
		free(bits);
		return NULL;
	}
	return bits;
}

/*
 * A set at entry: "[3 5]" with each fd's -y path; its address when -e
 * verbose= leaves the call out, when nfds leaves nothing to read, or
 * when its bytes cannot be read whole; NULL.
 */
static void print_fdset(struct ltr_call *c, uint64_t addr, int nfds)
{
	unsigned size = fdset_size(c, nfds);
	unsigned char *bits;
	bool first = true;

	if (!addr || !size || !ltr_call_verbose(c) || !(bits = read_fdset(c, addr, size))) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	for (int fd = 0; fd < nfds; fd++) {
		if (!(bits[fd / 8] >> (fd % 8) & 1))
			continue;
		if (!first)
			ltr_sb_putc(c->out, ' ');
		first = false;
		ltr_print_fd(c, fd);
	}
	ltr_sb_putc(c->out, ']');
	free(bits);
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

/*
 * After the value: " (in [3], out [4 6], left {...})" or " (Timeout)",
 * as strace builds it in a buffer of 1024 bytes: as many fds as the call
 * said were ready, fds dropped where the buffer would be full, " ()"
 * when no set holds any. strace closes a set with ']' after every set it
 * looked at once something was printed, which is what ltr does too.
 */
#define SELECT_SUMMARY_LIMIT (1024 - (11 + 12 + 2))
static void select_suffix(struct ltr_call *c)
{
	static const char *const names[3] = { "in", "out", "except" };
	struct select_args sa;
	const char *sep = "";
	int64_t ready = c->ret;
	size_t start;
	unsigned size;
	int nfds;

	if (c->ret == 0) {
		ltr_sb_puts(c->out, " (Timeout)");
		return;
	}
	if (!get_select_args(c, &sa, false))
		return;
	nfds = select_nfds(sa.nfds);
	size = fdset_size(c, nfds);
	ltr_sb_puts(c->out, " (");
	start = c->out->len;
	for (unsigned i = 0; i < 3 && ready > 0; i++) {
		unsigned char *bits;
		bool first = true;

		if (!sa.sets[i] || !size || !(bits = read_fdset(c, sa.sets[i], size)))
			continue;
		for (int fd = 0; fd < nfds; fd++) {
			if (!(bits[fd / 8] >> (fd % 8) & 1))
				continue;
			if (c->out->len - start < SELECT_SUMMARY_LIMIT) {
				if (first)
					ltr_sb_printf(c->out, "%s%s [%d", sep, names[i], fd);
				else
					ltr_sb_printf(c->out, " %d", fd);
				first = false;
				sep = ", ";
			}
			if (--ready == 0)
				break;
		}
		free(bits);
		if (c->out->len != start)
			ltr_sb_putc(c->out, ']');
	}
	if (sa.timeout) {
		ltr_sb_printf(c->out, "%sleft ", sep);
		print_select_timeout(c, sa.timeout);
	}
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
		print_fdset(c, sa.sets[i], select_nfds(sa.nfds));
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
