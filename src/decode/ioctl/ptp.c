/* SPDX-License-Identifier: MIT */
/*
 * PTP hardware clock requests (type '=', linux/ptp_clock.h), the first
 * ABI and its "2" twins: capabilities, external timestamps, periodic
 * outputs, pin functions and the system/device clock offsets. The
 * structures hold only ints and struct ptp_clock_time (__s64 then two
 * __u32, 16 bytes at offsets that are multiples of 16), so every arch
 * shares one layout and they are read into the header's own structures.
 * As strace, nothing is read under -e verbose= that leaves the call out.
 */
#include <string.h>
#include <linux/ioctl.h>
#include <linux/ptp_clock.h>

#include "ioctl.h"

_Static_assert(sizeof(struct ptp_sys_offset) == 832, "ptp_sys_offset layout");
_Static_assert(sizeof(struct ptp_sys_offset_extended) == 1216, "ptp_sys_offset_extended layout");
_Static_assert(sizeof(struct ptp_pin_desc) == 96, "ptp_pin_desc layout");

/*
 * struct ptp_clock_time: "{sec=S, nsec=N[, reserved=0x...]}", and when it
 * is a date (date) strace's comment with it, but under -X raw.
 */
static void print_clock_time(struct ltr_call *c, const struct ptp_clock_time *t, bool date)
{
	ltr_sb_printf(c->out, "{sec=%lld, nsec=%u", (long long)t->sec, t->nsec);
	if (t->reserved) {
		ltr_sb_puts(c->out, ", reserved=");
		ltr_sb_put_hex(c->out, t->reserved);
	}
	ltr_sb_putc(c->out, '}');
	if (date && ltr_xlat_style() != LTR_XLAT_RAW)
		ltr_print_date_comment(c->out, t->sec, t->nsec, 999999999, 9);
}

/* "NAME=" then a clock time. */
static void print_time_field(struct ltr_call *c, const char *name,
			     const struct ptp_clock_time *t, bool date)
{
	ltr_sb_printf(c->out, "%s=", name);
	print_clock_time(c, t, date);
}

/* An element of ptp_sys_offset's ts: one date. */
static bool print_time_elem(struct ltr_call *c, const unsigned char *elem, void *data)
{
	struct ptp_clock_time t;

	(void)data;
	memcpy(&t, elem, sizeof(t));
	print_clock_time(c, &t, true);
	return true;
}

/* An element of ptp_sys_offset_extended's ts: three dates, "[T, T, T]". */
static bool print_time3_elem(struct ltr_call *c, const unsigned char *elem, void *data)
{
	unsigned i;

	(void)data;
	ltr_sb_putc(c->out, '[');
	for (i = 0; i < 3; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		print_time_elem(c, elem + i * sizeof(struct ptp_clock_time), NULL);
	}
	ltr_sb_putc(c->out, ']');
	return true;
}

/* ", rsv=[0x..., 0, ...]": a reserved array that is not all zero (-s applies). */
static void print_rsv(struct ltr_call *c, const unsigned int *rsv, unsigned n)
{
	unsigned i;

	for (i = 0; i < n && !rsv[i]; i++)
		;
	if (i == n)
		return;
	ltr_sb_puts(c->out, ", rsv=");
	ltr_ioctl_print_local_array(c, rsv, n, sizeof(*rsv), ltr_ioctl_elem_x32, NULL);
}

/* PTP_CLOCK_GETCAPS{,2}: struct ptp_clock_caps, filled by the kernel. */
static enum ltr_ioctl_ret clock_caps(struct ltr_call *c, uint64_t arg)
{
	struct ptp_clock_caps caps;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, &caps, sizeof(caps)))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out,
		      "{max_adj=%d, n_alarm=%d, n_ext_ts=%d, n_per_out=%d, pps=%d, n_pins=%d, "
		      "cross_timestamping=%d, adjust_phase=%d",
		      caps.max_adj, caps.n_alarm, caps.n_ext_ts, caps.n_per_out, caps.pps,
		      caps.n_pins, caps.cross_timestamping, caps.adjust_phase);
	print_rsv(c, (const unsigned int *)caps.rsv, 12);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* PTP_EXTTS_REQUEST{,2}: struct ptp_extts_request (rsv shown by the 2 only). */
static enum ltr_ioctl_ret extts_request(struct ltr_call *c, uint64_t arg, bool v2)
{
	struct ptp_extts_request extts;

	if (!ltr_ioctl_fetch_arg(c, arg, &extts, sizeof(extts)))
		return LTR_IOCTL_DONE;
	ltr_sb_printf(c->out, "{index=%u, flags=", extts.index);
	ltr_print_xt(c->out, LTR_XT(ptp_extts_flags), extts.flags);
	if (v2)
		print_rsv(c, extts.rsv, 2);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * PTP_PEROUT_REQUEST{,2}: struct ptp_perout_request, its unions by its
 * flags: phase (a duration) or start (a date), on or rsv (the 2 only).
 */
static enum ltr_ioctl_ret perout_request(struct ltr_call *c, uint64_t arg, bool v2)
{
	struct ptp_perout_request perout;

	if (!ltr_ioctl_fetch_arg(c, arg, &perout, sizeof(perout)))
		return LTR_IOCTL_DONE;
	ltr_sb_putc(c->out, '{');
	if (perout.flags & PTP_PEROUT_PHASE)
		print_time_field(c, "phase", &perout.phase, false);
	else
		print_time_field(c, "start", &perout.start, true);
	print_time_field(c, ", period", &perout.period, false);
	ltr_sb_printf(c->out, ", index=%u, flags=", perout.index);
	ltr_print_xt(c->out, LTR_XT(ptp_perout_flags), perout.flags);
	if (perout.flags & PTP_PEROUT_DUTY_CYCLE)
		print_time_field(c, ", on", &perout.on, false);
	else if (v2)
		print_rsv(c, perout.rsv, 4);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * PTP_SYS_OFFSET{,2} (one date per sample and one more, twice the
 * samples plus one) and PTP_SYS_OFFSET_EXTENDED{,2} (three dates per
 * sample): n_samples at entry, the samples the kernel took at exit,
 * never more than PTP_MAX_SAMPLES. The two structures begin alike.
 */
static enum ltr_ioctl_ret sys_offset(struct ltr_call *c, uint64_t arg, bool extended)
{
	union {
		struct ptp_sys_offset plain;
		struct ptp_sys_offset_extended ext;
	} so;
	unsigned size = extended ? sizeof(so.ext) : sizeof(so.plain);
	unsigned n;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &so, size))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{n_samples=%u", so.plain.n_samples);
		print_rsv(c, so.plain.rsv, 3);
		return LTR_IOCTL_EXIT;
	}
	if (ltr_call_failed(c)) {
		/* nothing was measured */
	} else if (ltr_fetch_quiet(c, arg, &so, size)) {
		n = so.plain.n_samples < PTP_MAX_SAMPLES ? so.plain.n_samples : PTP_MAX_SAMPLES;
		ltr_sb_puts(c->out, ", ts=");
		if (extended)
			ltr_ioctl_print_local_array(c, so.ext.ts, n, sizeof(so.ext.ts[0]),
						    print_time3_elem, NULL);
		else
			ltr_ioctl_print_local_array(c, so.plain.ts, 2 * n + 1,
						    sizeof(so.plain.ts[0]), print_time_elem, NULL);
	} else {
		ltr_sb_puts(c->out, ", ???");
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * PTP_PIN_GETFUNC{,2} (the pin's index at entry, its name and function
 * at exit) and PTP_PIN_SETFUNC{,2} (all at entry): struct ptp_pin_desc.
 * Of the 2 requests, the getter shows rsv after the index, the setter
 * at the end.
 */
static enum ltr_ioctl_ret pin_func(struct ltr_call *c, uint64_t arg, uint32_t req)
{
	bool get = req == PTP_PIN_GETFUNC || req == PTP_PIN_GETFUNC2;
	struct ptp_pin_desc pin;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &pin, sizeof(pin)))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{index=%u", pin.index);
		if (req == PTP_PIN_GETFUNC2)
			print_rsv(c, pin.rsv, 5);
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (ltr_call_failed(c)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	} else if (!ltr_fetch_quiet(c, arg, &pin, sizeof(pin))) {
		ltr_sb_puts(c->out, ", ???}");
		return LTR_IOCTL_DONE;
	}
	if (get) {
		ltr_sb_puts(c->out, ", name=");
		ltr_ioctl_print_cstring(c, pin.name, sizeof(pin.name));
	}
	ltr_sb_puts(c->out, ", func=");
	ltr_print_xt(c->out, LTR_XT(ptp_pin_funcs), pin.func);
	ltr_sb_printf(c->out, ", chan=%u", pin.chan);
	if (req == PTP_PIN_SETFUNC2)
		print_rsv(c, pin.rsv, 5);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* PTP_SYS_OFFSET_PRECISE{,2}: struct ptp_sys_offset_precise, filled by the kernel. */
static enum ltr_ioctl_ret sys_offset_precise(struct ltr_call *c, uint64_t arg)
{
	struct ptp_sys_offset_precise so;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, &so, sizeof(so)))
		return LTR_IOCTL_DONE;
	print_time_field(c, "{device", &so.device, true);
	print_time_field(c, ", sys_realtime", &so.sys_realtime, true);
	print_time_field(c, ", sys_monoraw", &so.sys_monoraw, false);
	print_rsv(c, so.rsv, 4);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_ptp(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	if (!ltr_call_verbose(c))
		return LTR_IOCTL_ARG;
	switch (req) {
	case PTP_CLOCK_GETCAPS: case PTP_CLOCK_GETCAPS2:
		return clock_caps(c, arg);
	case PTP_EXTTS_REQUEST: case PTP_EXTTS_REQUEST2:
		return extts_request(c, arg, req == PTP_EXTTS_REQUEST2);
	case PTP_PEROUT_REQUEST: case PTP_PEROUT_REQUEST2:
		return perout_request(c, arg, req == PTP_PEROUT_REQUEST2);
	case PTP_SYS_OFFSET: case PTP_SYS_OFFSET2:
		return sys_offset(c, arg, false);
	case PTP_SYS_OFFSET_EXTENDED: case PTP_SYS_OFFSET_EXTENDED2:
		return sys_offset(c, arg, true);
	case PTP_PIN_GETFUNC: case PTP_PIN_GETFUNC2:
	case PTP_PIN_SETFUNC: case PTP_PIN_SETFUNC2:
		return pin_func(c, arg, req);
	case PTP_SYS_OFFSET_PRECISE: case PTP_SYS_OFFSET_PRECISE2:
		return sys_offset_precise(c, arg);
	default:
		/* PTP_ENABLE_PPS{,2} among them: the argument as a number */
		return LTR_IOCTL_ARG;
	}
}
