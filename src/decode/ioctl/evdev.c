/* SPDX-License-Identifier: MIT */
/*
 * Input device requests (type 'E', linux/input.h): the forms strace
 * composes for the requests whose number holds a length or an event
 * type ("EVIOCGBIT(EV_KEY, 8)", "EVIOCGABS(ABS_X)"), the structures the
 * kernel fills (input_id, input_absinfo, input_keymap_entry, the bitsets
 * of EVIOCGBIT and friends, shown as the names of their set bits) and
 * those it reads, struct ff_effect (EVIOCSFF) among them.
 */
#include <linux/ioctl.h>
#include <linux/input.h>

#include "ioctl.h"

/* One name of table, forced to the abbreviated style (inside -X verbose's comment). */
static void print_name_in_form(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			       unsigned val, const char *unknown, bool verbose)
{
	int prev = ltr_xlat_force(LTR_XLAT_ABBREV);

	ltr_print_xval(out, table, val, verbose ? NULL : unknown);
	ltr_xlat_force(prev);
}

bool ltr_ioctl_evdev_number(struct ltr_call *c, uint32_t req, bool verbose)
{
	struct ltr_strbuf *out = c->out;
	unsigned nr = LTR_IOC_NR(req), size = LTR_IOC_SIZE(req);
	const char *name;

	if (LTR_IOC_DIR(req) == LTR_IOC_WRITE && nr >= 0xc0 && nr <= 0xc0 + ABS_MAX) {
		ltr_sb_puts(out, "EVIOCSABS(");
		print_name_in_form(out, LTR_XT(evdev_abs), nr - 0xc0, "ABS_???", verbose);
		ltr_sb_putc(out, ')');
		return true;
	}
	if (LTR_IOC_DIR(req) != LTR_IOC_READ)
		return false;
	if (nr >= 0x20 && nr <= 0x20 + EV_MAX) {
		ltr_sb_puts(out, "EVIOCGBIT(");
		if (nr == 0x20)
			ltr_sb_putc(out, '0');
		else
			print_name_in_form(out, LTR_XT(evdev_ev), nr - 0x20, "EV_???", verbose);
		ltr_sb_printf(out, ", %u)", size);
		return true;
	}
	if (nr >= 0x40 && nr <= 0x40 + ABS_MAX) {
		ltr_sb_puts(out, "EVIOCGABS(");
		print_name_in_form(out, LTR_XT(evdev_abs), nr - 0x40, "ABS_???", verbose);
		ltr_sb_putc(out, ')');
		return true;
	}
	switch (nr) {
	case 0x06: name = "EVIOCGNAME"; break;
	case 0x07: name = "EVIOCGPHYS"; break;
	case 0x08: name = "EVIOCGUNIQ"; break;
	case 0x09: name = "EVIOCGPROP"; break;
	case 0x0a: name = "EVIOCGMTSLOTS"; break;
	case 0x18: name = "EVIOCGKEY"; break;
	case 0x19: name = "EVIOCGLED"; break;
	case 0x1a: name = "EVIOCGSND"; break;
	case 0x1b: name = "EVIOCGSW"; break;
	default: return false;
	}
	ltr_sb_printf(out, "%s(%u)", name, size);
	return true;
}

/*
 * struct input_absinfo: value, minimum, maximum, fuzz, flat, resolution
 * (s32), as much of it as the request's size says (20 bytes at least).
 */
static void print_absinfo(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned size = LTR_IOC_SIZE(req), read = size < 24 ? size : 24;
	unsigned char a[24];
	const char *const fields[] = { "value", "minimum", "maximum", "fuzz", "flat", "resolution" };
	unsigned n;

	if (size < 20) {
		ltr_print_addr(c->out, arg);
		return;
	}
	if (!ltr_ioctl_fetch(c, arg, a, read))
		return;
	n = ltr_call_abbrev(c) ? 2 : size >= 24 ? 6 : 5;
	ltr_sb_putc(c->out, '{');
	for (unsigned i = 0; i < n; i++)
		ltr_sb_printf(c->out, "%s%s=%u", i ? ", " : "", fields[i], ltr_get_u32(a + 4 * i));
	if (ltr_call_abbrev(c) || size > 24 || (size > 20 && size < 24))
		ltr_sb_puts(c->out, ", ...");
	ltr_sb_putc(c->out, '}');
}

/* "[SCANCODE, KEY_A]": EVIOCGKEYCODE's pair. */
static void print_keycode(struct ltr_call *c, uint64_t arg)
{
	unsigned char k[8];

	if (!ltr_ioctl_fetch(c, arg, k, sizeof(k)))
		return;
	ltr_sb_printf(c->out, "[%u, ", ltr_get_u32(k));
	ltr_print_xt(c->out, LTR_XT(evdev_keycode), ltr_get_u32(k + 4));
	ltr_sb_putc(c->out, ']');
}

/* struct input_keymap_entry: flags, len (u8), index (u16), keycode (u32), scancode[32]. */
static void print_keymap_entry(struct ltr_call *c, uint64_t arg)
{
	unsigned char e[40];

	if (!ltr_ioctl_fetch(c, arg, e, sizeof(e)))
		return;
	ltr_sb_printf(c->out, "{flags=%u, len=%u, ", e[0], e[1]);
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, "...}");
		return;
	}
	ltr_sb_printf(c->out, "index=%u, keycode=", ltr_get_u16(e + 2));
	ltr_print_xt(c->out, LTR_XT(evdev_keycode), ltr_get_u32(e + 4));
	ltr_sb_puts(c->out, ", scancode=[");
	for (unsigned i = 0; i < 32; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, e[8 + i]);
	}
	ltr_sb_puts(c->out, "]}");
}

/* "[A, B]" of the two u32 at arg (EVIOCGREP, EVIOCSREP). */
static void print_uint_pair(struct ltr_call *c, uint64_t arg)
{
	unsigned char p[8];

	if (ltr_ioctl_fetch(c, arg, p, sizeof(p)))
		ltr_sb_printf(c->out, "[%u, %u]", ltr_get_u32(p), ltr_get_u32(p + 4));
}

/*
 * A bitset the kernel filled, as many bytes as the call returned (at
 * most max_nr bits), rounded up to the tracee's words: the names of its
 * set bits ("[KEY_A KEY_B ...]", four at most when abbreviated); -X raw:
 * the words in hex; -X verbose: the names, then the words in a comment.
 */
static void print_bitset(struct ltr_call *c, uint64_t arg, const struct ltr_xlat_table *table,
			 unsigned max_nr, const char *unknown)
{
	unsigned ws = ltr_wordsize(c), size_bits, size;
	enum ltr_xlat_style style = ltr_xlat_style();
	unsigned char bits[(KEY_MAX + 1) / 8 + 8];
	unsigned shown = 0;
	bool first = true;

	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, arg);
		return;
	}
	size_bits = (uint64_t)c->ret > max_nr / 8 ? max_nr : (unsigned)c->ret * 8;
	size = ((size_bits + 7) / 8 + ws - 1) / ws * ws;
	if (!size) {
		ltr_print_addr(c->out, arg);
		return;
	}
	if (!ltr_ioctl_fetch(c, arg, bits, size))
		return;
	if (style != LTR_XLAT_RAW) {
		ltr_sb_putc(c->out, '[');
		for (unsigned i = 0; i < size_bits; i++) {
			if (!(bits[i / 8] & (1u << (i % 8))))
				continue;
			if (!first) {
				if (ltr_call_abbrev(c) && shown >= 3) {
					ltr_sb_puts(c->out, " ...");
					break;
				}
				ltr_sb_putc(c->out, ' ');
				shown++;
			}
			first = false;
			ltr_print_xval(c->out, table, i, unknown);
		}
		ltr_sb_putc(c->out, ']');
	}
	if (style == LTR_XLAT_ABBREV)
		return;
	ltr_sb_puts(c->out, style == LTR_XLAT_VERBOSE ? " /* [" : "[");
	for (unsigned i = 0; i < size / ws; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, ltr_get_uword(bits + i * ws, ws));
	}
	ltr_sb_puts(c->out, style == LTR_XLAT_VERBOSE ? "] */" : "]");
}

/* EVIOCGBIT(type, len): the bits of one event type (0: the types). */
static void print_type_bits(struct ltr_call *c, unsigned type, uint64_t arg)
{
	switch (type) {
	case 0: print_bitset(c, arg, LTR_XT(evdev_ev), EV_MAX, "EV_???"); break;
	case EV_KEY: print_bitset(c, arg, LTR_XT(evdev_keycode), KEY_MAX, "KEY_???"); break;
	case EV_REL: print_bitset(c, arg, LTR_XT(evdev_rel), REL_MAX, "REL_???"); break;
	case EV_ABS: print_bitset(c, arg, LTR_XT(evdev_abs), ABS_MAX, "ABS_???"); break;
	case EV_MSC: print_bitset(c, arg, LTR_XT(evdev_misc), MSC_MAX, "MSC_???"); break;
	case EV_SW: print_bitset(c, arg, LTR_XT(evdev_switch), SW_MAX, "SW_???"); break;
	case EV_LED: print_bitset(c, arg, LTR_XT(evdev_leds), LED_MAX, "LED_???"); break;
	case EV_SND: print_bitset(c, arg, LTR_XT(evdev_snd), SND_MAX, "SND_???"); break;
	case EV_REP: print_bitset(c, arg, LTR_XT(evdev_autorepeat), REP_MAX, "REP_???"); break;
	case EV_FF: print_bitset(c, arg, LTR_XT(evdev_ff_types), FF_MAX, "FF_???"); break;
	case EV_PWR:
		if (ltr_ioctl_fetch(c, arg, &type, sizeof(type)))
			ltr_sb_printf(c->out, "[%d]", (int)type);
		break;
	case EV_FF_STATUS:
		print_bitset(c, arg, LTR_XT(evdev_ff_status), FF_STATUS_MAX, "FF_STATUS_???");
		break;
	default:
		ltr_print_addr(c->out, arg);
		break;
	}
}

static bool print_int_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%d", (int)ltr_get_u32(e));
	return true;
}

/* EVIOCGMTSLOTS(len): {code=ABS_MT_..., values=[...]}, len / 4 ints in all. */
static void print_mtslots(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned n = LTR_IOC_SIZE(req) / 4;
	uint32_t code;

	if (!n) {
		ltr_print_addr(c->out, arg);
		return;
	}
	if (!ltr_ioctl_fetch(c, arg, &code, sizeof(code)))
		return;
	ltr_sb_puts(c->out, "{code=");
	ltr_print_xt(c->out, LTR_XT(evdev_mtslots), code);
	ltr_sb_puts(c->out, ", values=");
	ltr_ioctl_print_array(c, ltr_word_mask(c, arg + 4), n - 1, 4, print_int_elem, NULL);
	ltr_sb_putc(c->out, '}');
}

/* At exit: what the kernel filled for a read request. */
static void read_request(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned nr = LTR_IOC_NR(req);
	uint32_t v;
	unsigned char id[8];

	switch (req) {
	case EVIOCGVERSION:
	case EVIOCGEFFECTS:
		if (ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
			ltr_sb_printf(c->out, req == EVIOCGVERSION ? "[%#x]" : "[%u]", v);
		return;
	case EVIOCGID:
		if (ltr_ioctl_fetch(c, arg, id, sizeof(id)))
			ltr_sb_printf(c->out, "{bustype=%u, vendor=%u, product=%u, version=%u}",
				      ltr_get_u16(id), ltr_get_u16(id + 2), ltr_get_u16(id + 4),
				      ltr_get_u16(id + 6));
		return;
	case EVIOCGREP:
		print_uint_pair(c, arg);
		return;
	case EVIOCGKEYCODE:
		print_keycode(c, arg);
		return;
	case EVIOCGKEYCODE_V2:
		print_keymap_entry(c, arg);
		return;
	default:
		break;
	}
	switch (nr) {
	case 0x0a:
		print_mtslots(c, req, arg);
		return;
	case 0x06: case 0x07: case 0x08:   /* NAME, PHYS, UNIQ: as many bytes as returned */
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, arg);
		else
			ltr_print_buf(c, arg, (uint64_t)c->ret);
		return;
	case 0x09: print_bitset(c, arg, LTR_XT(evdev_prop), INPUT_PROP_MAX, "PROP_???"); return;
	case 0x1a: print_bitset(c, arg, LTR_XT(evdev_snd), SND_MAX, "SND_???"); return;
	case 0x1b: print_bitset(c, arg, LTR_XT(evdev_switch), SW_MAX, "SW_???"); return;
	case 0x18: print_bitset(c, arg, LTR_XT(evdev_keycode), KEY_MAX, "KEY_???"); return;
	case 0x19: print_bitset(c, arg, LTR_XT(evdev_leds), LED_MAX, "LED_???"); return;
	default:
		break;
	}
	if ((nr & ~ABS_MAX) == 0x40)
		print_absinfo(c, req, arg);
	else if ((nr & ~EV_MAX) == 0x20)
		print_type_bits(c, nr & EV_MAX, arg);
	else
		ltr_print_addr(c->out, arg);
}

/* struct ff_envelope: attack_length, attack_level, fade_length, fade_level (u16). */
static void print_envelope(struct ltr_strbuf *out, const unsigned char *e)
{
	ltr_sb_printf(out, "envelope={attack_length=%u, attack_level=%u, fade_length=%u, fade_level=",
		      ltr_get_u16(e), ltr_get_u16(e + 2), ltr_get_u16(e + 4));
	ltr_sb_put_hex(out, ltr_get_u16(e + 6));
	ltr_sb_putc(out, '}');
}

/*
 * EVIOCSFF's struct ff_effect: type, id (s16), direction, the trigger
 * and replay pairs (u16), then at 16 the union of the type's effect,
 * which holds a pointer (48 bytes in all, 44 on i386).
 */
static void print_ff_effect(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char f[48];
	const unsigned char *u = f + 16;
	uint16_t type;

	if (!ltr_ioctl_fetch(c, arg, f, ws == 4 ? 44 : 48))
		return;
	type = ltr_get_u16(f);
	ltr_sb_puts(c->out, "{type=");
	ltr_print_xt(c->out, LTR_XT(evdev_ff_types), type);
	ltr_sb_printf(c->out, ", id=%d, direction=%u, ", (int16_t)ltr_get_u16(f + 2), ltr_get_u16(f + 4));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, "...}");
		return;
	}
	ltr_sb_printf(c->out, "trigger={button=%u, interval=%u}, replay={length=%u, delay=%u}",
		      ltr_get_u16(f + 6), ltr_get_u16(f + 8), ltr_get_u16(f + 10), ltr_get_u16(f + 12));
	switch (type) {
	case FF_CONSTANT:
		ltr_sb_printf(c->out, ", constant={level=%d, ", (int16_t)ltr_get_u16(u));
		print_envelope(c->out, u + 2);
		ltr_sb_putc(c->out, '}');
		break;
	case FF_RAMP:
		ltr_sb_printf(c->out, ", ramp={start_level=%d, end_level=%d, ",
			      (int16_t)ltr_get_u16(u), (int16_t)ltr_get_u16(u + 2));
		print_envelope(c->out, u + 4);
		ltr_sb_putc(c->out, '}');
		break;
	case FF_PERIODIC:
		ltr_sb_printf(c->out, ", periodic={waveform=%u, period=%u, magnitude=%d, offset=%d, "
			      "phase=%u, ", ltr_get_u16(u), ltr_get_u16(u + 2),
			      (int16_t)ltr_get_u16(u + 4), (int16_t)ltr_get_u16(u + 6),
			      ltr_get_u16(u + 8));
		print_envelope(c->out, u + 10);
		ltr_sb_printf(c->out, ", custom_len=%u, custom_data=", ltr_get_u32(u + 20));
		ltr_print_addr(c->out, ltr_get_uword(u + 24, ws));
		ltr_sb_putc(c->out, '}');
		break;
	case FF_RUMBLE:
		ltr_sb_printf(c->out, ", rumble={strong_magnitude=%u, weak_magnitude=%u}",
			      ltr_get_u16(u), ltr_get_u16(u + 2));
		break;
	default:
		break;
	}
	ltr_sb_putc(c->out, '}');
}

/* At entry: what a write request gives the kernel. */
static void write_request(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	uint32_t v;

	switch (req) {
	case EVIOCSREP:
		print_uint_pair(c, arg);
		return;
	case EVIOCSKEYCODE:
		print_keycode(c, arg);
		return;
	case EVIOCSKEYCODE_V2:
		print_keymap_entry(c, arg);
		return;
	case EVIOCRMFF:
		ltr_sb_printf(c->out, "%d", (int)(uint32_t)arg);
		return;
	case EVIOCGRAB: case EVIOCREVOKE:
		ltr_sb_put_udec(c->out, arg);
		return;
	case EVIOCSCLOCKID:
		if (ltr_ioctl_fetch(c, arg, &v, sizeof(v)))
			ltr_sb_printf(c->out, "[%u]", v);
		return;
	default:
		break;
	}
	if (req == _IOC(_IOC_WRITE, 'E', 0x80, ltr_wordsize(c) == 4 ? 44 : 48)) {  /* EVIOCSFF */
		print_ff_effect(c, arg);
		return;
	}
	if ((LTR_IOC_NR(req) & ~ABS_MAX) == 0xc0)
		print_absinfo(c, req, arg);
	else
		ltr_print_addr(c->out, arg);
}

enum ltr_ioctl_ret ltr_ioctl_evdev(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (LTR_IOC_DIR(req)) {
	case LTR_IOC_READ:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		ltr_sb_puts(c->out, ", ");
		read_request(c, req, arg);
		return LTR_IOCTL_DONE;
	case LTR_IOC_WRITE:
		ltr_sb_puts(c->out, ", ");
		write_request(c, req, arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
