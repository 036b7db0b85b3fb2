/* SPDX-License-Identifier: MIT */
/*
 * Real-time clock requests (type 'p', linux/rtc.h): struct rtc_time,
 * rtc_wkalrm, rtc_pll_info (whose long makes its requests' sizes the
 * tracee's), rtc_param, the voltage flags, and the unsigned longs of
 * RTC_IRQP_READ and RTC_EPOCH_READ (the tracee's too).
 */
#include <linux/ioctl.h>
#include <linux/rtc.h>

#include "ioctl.h"

/* The requests whose size is the tracee's long, for this word size. */
#define RTC_IOR(nr, size) _IOC(_IOC_READ, 'p', nr, size)
#define RTC_IOW(nr, size) _IOC(_IOC_WRITE, 'p', nr, size)

/* struct rtc_time: nine ints; abbreviated after tm_year. */
static void print_rtc_time(struct ltr_call *c, const unsigned char *t)
{
	static const char *const fields[] = {
		"tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year",
		"tm_wday", "tm_yday", "tm_isdst",
	};
	unsigned n = ltr_call_abbrev(c) ? 6 : 9;

	ltr_sb_putc(c->out, '{');
	for (unsigned i = 0; i < n; i++)
		ltr_sb_printf(c->out, "%s%s=%d", i ? ", " : "", fields[i],
			      (int)ltr_get_u32(t + 4 * i));
	ltr_sb_puts(c->out, n == 6 ? ", ...}" : "}");
}

static void rtc_time(struct ltr_call *c, uint64_t arg)
{
	unsigned char t[36];

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, arg, t, sizeof(t)))
		print_rtc_time(c, t);
}

/* struct rtc_wkalrm: enabled, pending (u8), then a struct rtc_time at 4. */
static void rtc_wkalrm(struct ltr_call *c, uint64_t arg)
{
	unsigned char w[40];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, w, sizeof(w)))
		return;
	ltr_sb_printf(c->out, "{enabled=%u, pending=%u, time=", w[0], w[1]);
	print_rtc_time(c, w + 4);
	ltr_sb_putc(c->out, '}');
}

/* struct rtc_pll_info: six ints, then pll_clock, a long. */
static void rtc_pll(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char p[32];

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, arg, p, 24 + ws))
		return;
	ltr_sb_printf(c->out, "{pll_ctrl=%d, pll_value=%d, pll_max=%d, pll_min=%d, "
		      "pll_posmult=%d, pll_negmult=%d, pll_clock=%lld}",
		      (int)ltr_get_u32(p), (int)ltr_get_u32(p + 4), (int)ltr_get_u32(p + 8),
		      (int)ltr_get_u32(p + 12), (int)ltr_get_u32(p + 16), (int)ltr_get_u32(p + 20),
		      (long long)ltr_get_sword(p + 24, ws));
}

/*
 * struct rtc_param: param, a u64 value, index and a pad (u32). Entry:
 * param, the value of a SET, index; exit of a GET: " => " the value.
 * A non-zero pad shows at both.
 */
static enum ltr_ioctl_ret rtc_param(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char p[24];
	uint64_t param, value;
	uint32_t pad;

	ltr_sb_puts(c->out, c->exiting ? " => " : ", ");
	if (!ltr_ioctl_fetch(c, arg, p, sizeof(p)))
		return LTR_IOCTL_DONE;
	param = ltr_get_u64(p);
	value = ltr_get_u64(p + 8);
	pad = ltr_get_u32(p + 20);
	ltr_sb_putc(c->out, '{');
	if (!c->exiting) {
		ltr_sb_puts(c->out, "param=");
		ltr_print_xt(c->out, LTR_XT(rtc_params), param);
	}
	if (!c->exiting != get) {
		if (!c->exiting)
			ltr_sb_puts(c->out, ", ");
		switch (param) {
		case RTC_PARAM_FEATURES:
			ltr_sb_puts(c->out, "uvalue=");
			ltr_print_xt(c->out, LTR_XT(rtc_features), value);
			break;
		case RTC_PARAM_CORRECTION:
			ltr_sb_printf(c->out, "svalue=%lld", (long long)value);
			break;
		case RTC_PARAM_BACKUP_SWITCH_MODE:
			ltr_sb_puts(c->out, "uvalue=");
			ltr_print_xt(c->out, LTR_XT(rtc_bsm_modes), value);
			break;
		default:
			ltr_sb_puts(c->out, "uvalue=");
			ltr_sb_put_hex(c->out, value);
			break;
		}
	}
	if (!c->exiting)
		ltr_sb_printf(c->out, ", index=%u", ltr_get_u32(p + 16));
	if (pad)
		ltr_sb_printf(c->out, ", __pad=%#x", pad);
	ltr_sb_putc(c->out, '}');
	return !c->exiting && get ? LTR_IOCTL_EXIT : LTR_IOCTL_DONE;
}

enum ltr_ioctl_ret ltr_ioctl_rtc(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	uint32_t v;

	switch (req) {
	case RTC_ALM_READ: case RTC_RD_TIME:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case RTC_ALM_SET: case RTC_SET_TIME:
		rtc_time(c, arg);
		return LTR_IOCTL_DONE;
	case RTC_WKALM_RD:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case RTC_WKALM_SET:
		rtc_wkalrm(c, arg);
		return LTR_IOCTL_DONE;
	case RTC_VL_READ:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, &v, sizeof(v))) {
			ltr_sb_putc(c->out, '[');
			ltr_print_xt(c->out, LTR_XT(rtc_vl_flags), v);
			ltr_sb_putc(c->out, ']');
		}
		return LTR_IOCTL_DONE;
	case RTC_PARAM_GET: case RTC_PARAM_SET:
		return rtc_param(c, arg, req == RTC_PARAM_GET);
	case RTC_AIE_ON: case RTC_AIE_OFF: case RTC_UIE_ON: case RTC_UIE_OFF:
	case RTC_PIE_ON: case RTC_PIE_OFF: case RTC_WIE_ON: case RTC_WIE_OFF: case RTC_VL_CLR:
		return LTR_IOCTL_NOARG;
	default:
		break;
	}
	if (req == RTC_IOW(0x0c, ws) || req == RTC_IOW(0x0e, ws)) {  /* IRQP_SET, EPOCH_SET */
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_udec(c->out, arg);
		return LTR_IOCTL_DONE;
	}
	if (req == RTC_IOR(0x0b, ws) || req == RTC_IOR(0x0d, ws)) {  /* IRQP_READ, EPOCH_READ */
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_ioctl_print_ulong_ref(c, arg);
		return LTR_IOCTL_DONE;
	}
	if (req == RTC_IOR(0x11, 24 + ws) || req == RTC_IOW(0x12, 24 + ws)) {  /* PLL_GET, PLL_SET */
		if (!c->exiting && LTR_IOC_DIR(req) == LTR_IOC_READ)
			return LTR_IOCTL_EXIT;
		rtc_pll(c, arg);
		return LTR_IOCTL_DONE;
	}
	return LTR_IOCTL_ARG;
}
