/* SPDX-License-Identifier: MIT */
/*
 * The console and keyboard requests (type 'K', linux/kd.h and
 * linux/keyboard.h), as strace 6.1 prints them: tones, lights, modes,
 * screen maps, keymap entries (struct kbentry, with the keysym named in a
 * comment), function key strings (struct kbsentry), accent tables,
 * keycodes, repeat rates, fonts (GIO_FONT, struct consolefontdesc, struct
 * console_font_op) and unicode maps (struct unimapdesc). The structures
 * with a pointer (unimapdesc, consolefontdesc, console_font_op) are
 * decoded in the tracee's layout.
 */
#include <errno.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <stdio.h>
#include <string.h>

#include "ltr/mem.h"
#include "ltr/msg.h"

#include "ioctl.h"

enum {
	PIT_TICK_RATE = 1193182, /* the PC speaker's clock, the kernel's */
	SCRNMAP_SIZE = E_TABSZ,  /* GIO_SCRNMAP's bytes, GIO_UNISCRNMAP's u16s */
	DIACR_MAX = 256,         /* entries of struct kbdiacrs and kbdiacrsuc */
	FONT_SIZE = 8192,        /* GIO_FONT: 256 chars of 32 rows of 8 bits */
	CMAP_SIZE = 3 * 16,      /* GIO_CMAP: 16 colours of 3 bytes */
	KBS_STRING_SIZE = 512,   /* struct kbsentry's kb_string */
	FONT_NAME_MAX = 32,      /* KD_FONT_OP_SET_DEFAULT's name */
	GPFIRST = 0x3b4,         /* the VGA ports KDADDIO names relative to */
	GPLAST = 0x3df,
};

/* " /\* TEXT *\/" unless -X raw: the comments strace adds after numbers. */
static bool comment_wanted(void)
{
	return ltr_xlat_style() != LTR_XLAT_RAW;
}

/* KIOCSOUND: the PIT divisor, and the frequency it makes. */
static void print_sound(struct ltr_call *c, uint64_t arg)
{
	unsigned freq = arg ? (unsigned)(PIT_TICK_RATE / arg) : 0;

	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_udec(c->out, arg);
	if (!comment_wanted())
		return;
	if (freq)
		ltr_sb_printf(c->out, " /* %u Hz */", freq);
	else
		ltr_sb_puts(c->out, " /* off */");
}

/* KDMKTONE: an int of ticks << 16 | the divisor. */
static void print_tone(struct ltr_call *c, uint32_t arg)
{
	unsigned ticks = arg >> 16, count = arg & 0xffff;
	unsigned freq = ticks && count ? PIT_TICK_RATE / count : 0;

	ltr_sb_puts(c->out, ", ");
	if (ticks)
		ltr_sb_printf(c->out, "%u<<16|", ticks);
	ltr_sb_printf(c->out, "%u", count);
	if (!comment_wanted())
		return;
	if (freq)
		ltr_sb_printf(c->out, " /* %u Hz, %u ms */", freq, ticks);
	else
		ltr_sb_puts(c->out, " /* off */");
}

/*
 * A request that reads the int-sized (size bytes) value the kernel
 * stores at arg: at entry ", " and the exit is wanted; at exit "[V]"
 * with V printed from table. sign: the value is a signed int.
 */
static enum ltr_ioctl_ret get_value(struct ltr_call *c, uint64_t arg, unsigned size,
				    const struct ltr_xlat_table *table, bool sign)
{
	unsigned char v[4] = { 0 };
	uint64_t val;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, v, size))
		return LTR_IOCTL_DONE;
	val = size == 1 ? v[0] : ltr_get_u32(v);
	if (sign)
		val = (uint64_t)(int64_t)(int32_t)val;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, table, val);
	ltr_sb_putc(c->out, ']');
	return LTR_IOCTL_DONE;
}

/* ", " then val as table says. */
static enum ltr_ioctl_ret set_value(struct ltr_call *c, uint64_t val,
				    const struct ltr_xlat_table *table)
{
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, table, val);
	return LTR_IOCTL_DONE;
}

/* KDADDIO, KDDELIO: a port, named relative to the VGA's first. */
static void print_io_port(struct ltr_call *c, uint64_t arg)
{
	ltr_sb_puts(c->out, ", ");
	ltr_sb_put_hex(c->out, arg);
	if (arg >= GPFIRST && arg <= GPLAST && comment_wanted())
		ltr_sb_printf(c->out, " /* GPFIRST + %u */", (unsigned)(arg - GPFIRST));
}

/*
 * A buffer of size bytes in hex (screen maps, fonts, colour maps): read
 * at entry by a set, at exit by a get (the address when it failed).
 */
static enum ltr_ioctl_ret hex_buffer(struct ltr_call *c, uint64_t arg, uint64_t size, bool get)
{
	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, arg);
		return LTR_IOCTL_DONE;
	}
	ltr_print_buf_hex(c, arg, size);
	return LTR_IOCTL_DONE;
}

/* One u16 of a unicode screen map: UNI_DIRECT_BASE+N for the font's own. */
static bool print_uni_char(struct ltr_call *c, const unsigned char *elem, unsigned size,
			   void *data)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	uint16_t v = ltr_get_u16(elem);
	bool direct = (v & ~UNI_DIRECT_MASK) == UNI_DIRECT_BASE;

	(void)size;
	(void)data;
	if (style != LTR_XLAT_ABBREV || !direct)
		ltr_sb_put_hex(c->out, v);
	if (style == LTR_XLAT_RAW || !direct)
		return true;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " /* ");
	ltr_sb_puts(c->out, "UNI_DIRECT_BASE+");
	ltr_sb_put_hex(c->out, v & UNI_DIRECT_MASK);
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " */");
	return true;
}

static enum ltr_ioctl_ret uni_screen_map(struct ltr_call *c, uint64_t arg, bool get)
{
	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (get)
			return LTR_IOCTL_EXIT;
	}
	ltr_print_array(c, arg, SCRNMAP_SIZE, 2, print_uni_char, NULL);
	return LTR_IOCTL_DONE;
}

/* A character as strace's print_char: 'a', '\'', '\n', '\x80'. */
static void print_char(struct ltr_strbuf *out, unsigned char ch)
{
	static const char ws[] = "tnvfr";

	ltr_sb_putc(out, '\'');
	if (ch >= ' ' && ch < 0x7f) {
		if (ch == '\'' || ch == '\\')
			ltr_sb_putc(out, '\\');
		ltr_sb_putc(out, (char)ch);
	} else if (ch >= '\t' && ch <= '\r') {
		ltr_sb_putc(out, '\\');
		ltr_sb_putc(out, ws[ch - '\t']);
	} else {
		ltr_sb_printf(out, "\\x%02x", ch);
	}
	ltr_sb_putc(out, '\'');
}

/*
 * A keysym's comment: its name (K_F1), else K(TYPE, VALUE) with the
 * value as a character for the types that hold one.
 */
static void print_keysym_comment(struct ltr_strbuf *out, uint16_t sym)
{
	const char *name = ltr_xlat_lookup(LTR_XT(kd_keysyms), sym);
	unsigned type = sym >> 8, val = sym & 0xff;
	int prev;

	if (name) {
		ltr_sb_printf(out, " /* %s */", name);
		return;
	}
	ltr_sb_puts(out, " /* K(");
	prev = ltr_xlat_force(LTR_XLAT_ABBREV);
	ltr_print_xval(out, LTR_XT(kd_key_types), type, NULL);
	ltr_xlat_force(prev);
	ltr_sb_puts(out, ", ");
	switch (type) {
	case KT_LATIN: case KT_META: case KT_LETTER: case KT_DEAD2:
		print_char(out, (unsigned char)val);
		break;
	default:
		ltr_sb_put_hex(out, val);
		break;
	}
	ltr_sb_puts(out, ") */");
}

/*
 * KDGKBENT, KDSKBENT: struct kbentry {u8 kb_table, kb_index; u16
 * kb_value}. The table and index at entry, the value at entry (set) or
 * exit (get).
 */
static enum ltr_ioctl_ret kbd_entry(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char e[2];
	const char *table;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		/* read whatever -e verbose= says, as strace reads it */
		if (!arg || ltr_mem_read(c->mem, arg, e, 2) < 0) {
			ltr_print_addr(c->out, arg);
			return LTR_IOCTL_DONE;
		}
		ltr_sb_puts(c->out, "{kb_table=");
		table = ltr_xlat_lookup(LTR_XT(kd_key_tables), e[0]);
		if (table)
			ltr_print_xlat(c->out, e[0], LTR_XF_HEX, table);
		else
			ltr_print_xt(c->out, LTR_XT(kd_keymap_flags), e[0]);
		ltr_sb_printf(c->out, ", kb_index=%u", e[1]);
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (ltr_call_failed(c)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", kb_value=");
	if (ltr_mem_read(c->mem, arg + 2, e, 2) < 0) {
		ltr_sb_puts(c->out, "???}");
		return LTR_IOCTL_DONE;
	}
	ltr_sb_put_hex(c->out, ltr_get_u16(e));
	if (comment_wanted())
		print_keysym_comment(c->out, ltr_get_u16(e));
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* KVAL(K_F1): a function key's number, named by its keysym. */
static void print_fn_key(struct ltr_strbuf *out, unsigned char func)
{
	const char *sym = ltr_xlat_lookup(LTR_XT(kd_keysyms), K(KT_FN, func));
	char name[48];

	if (sym)
		snprintf(name, sizeof(name), "KVAL(%s)", sym);
	ltr_print_xlat(out, func, LTR_XF_HEX, sym ? name : NULL);
}

/*
 * struct kbsentry's kb_string at addr, a NUL-terminated string in 512
 * bytes, as strace prints it: "???" when it cannot be read (or runs into
 * unreadable memory before its NUL), else up to -s bytes, "..." when cut
 * or unterminated.
 */
static void print_kb_string(struct ltr_call *c, uint64_t addr)
{
	char buf[KBS_STRING_SIZE + 1];
	size_t strsize = c->opts->strsize;
	bool terminated = false;
	ssize_t n = ltr_mem_read_str(c->mem, addr, buf, KBS_STRING_SIZE, &terminated);

	if (n >= KBS_STRING_SIZE)
		terminated = false;
	if (n < 0 || (!terminated && n < KBS_STRING_SIZE)) {
		if (n > 0)
			ltr_msg("umovestr: short read (%zd < %u) @%#llx: %s\n", n,
				KBS_STRING_SIZE, (unsigned long long)addr, strerror(EFAULT));
		ltr_sb_puts(c->out, "???");
		return;
	}
	/*
	 * strace quotes the NUL with the string, and so cuts a string of -s
	 * bytes; it leaves the NUL out, but not under -x and -xx, where the
	 * NUL makes the whole string hex and shows as \x00 then "..."
	 */
	if (terminated && (size_t)n + 1 <= strsize && (c->opts->xflag == LTR_XFLAG_NON_ASCII ||
							c->opts->xflag == LTR_XFLAG_ALL))
		ltr_print_quoted_hex(c->out, buf, (size_t)n + 1, true);
	else if (terminated && (size_t)n + 1 <= strsize)
		ltr_print_quoted(c->out, buf, (size_t)n, c->opts, false);
	else
		ltr_print_quoted(c->out, buf, strsize < KBS_STRING_SIZE ? strsize : KBS_STRING_SIZE,
				 c->opts, true);
}

/* KDGKBSENT, KDSKBSENT: struct kbsentry {u8 kb_func; u8 kb_string[512]}. */
static enum ltr_ioctl_ret kbd_str_entry(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char func;

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, &func, 1))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{kb_func=");
		print_fn_key(c->out, func);
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (ltr_call_failed(c)) {
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	ltr_sb_puts(c->out, ", kb_string=");
	print_kb_string(c, arg + 1);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* struct kbdiacr: three chars. */
static bool print_diacr(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{diacr=");
	print_char(c->out, e[0]);
	ltr_sb_puts(c->out, ", base=");
	print_char(c->out, e[1]);
	ltr_sb_puts(c->out, ", result=");
	print_char(c->out, e[2]);
	ltr_sb_putc(c->out, '}');
	return true;
}

/* struct kbdiacruc: three unsigned ints (unicode). */
static bool print_diacr_uc(struct ltr_call *c, const unsigned char *e, unsigned size,
			   void *data)
{
	(void)size;
	(void)data;
	ltr_sb_printf(c->out, "{diacr=%#x, base=%#x, result=%#x}", ltr_get_u32(e),
		      ltr_get_u32(e + 4), ltr_get_u32(e + 8));
	return true;
}

/*
 * KDGKBDIACR(UC), KDSKBDIACR(UC): struct kbdiacrs {unsigned kb_cnt;
 * struct kbdiacr[uc] kbdiacr[uc][256]}: at most 256 entries, and ", ..."
 * after them when kb_cnt says more.
 */
static enum ltr_ioctl_ret diacr_table(struct ltr_call *c, uint64_t arg, bool get, bool uc)
{
	unsigned char cnt[4];
	uint32_t kb_cnt;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (get)
			return LTR_IOCTL_EXIT;
	}
	if (!ltr_ioctl_fetch(c, arg, cnt, 4))
		return LTR_IOCTL_DONE;
	kb_cnt = ltr_get_u32(cnt);
	ltr_sb_printf(c->out, "{kb_cnt=%u, %s=", kb_cnt, uc ? "kbdiacruc" : "kbdiacr");
	if (ltr_print_array(c, arg + 4, kb_cnt < DIACR_MAX ? kb_cnt : DIACR_MAX, uc ? 12 : 3,
			    uc ? print_diacr_uc : print_diacr, NULL) && kb_cnt > DIACR_MAX) {
		c->out->len--;  /* the array's "]": the kernel has more entries */
		ltr_sb_puts(c->out, ", ...]");
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * KDGETKEYCODE, KDSETKEYCODE: struct kbkeycode {unsigned scancode,
 * keycode}; a get shows the keycode the kernel stored with " => ".
 */
static enum ltr_ioctl_ret keycode(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned char k[8];

	if (!c->exiting) {
		if (!ltr_ioctl_fetch_arg(c, arg, k, 8))
			return LTR_IOCTL_DONE;
		ltr_sb_printf(c->out, "{scancode=%#x, keycode=%#x", ltr_get_u32(k),
			      ltr_get_u32(k + 4));
		if (get)
			return LTR_IOCTL_EXIT;
	} else if (!ltr_call_failed(c) && ltr_mem_read(c->mem, arg + 4, k, 4) == 0) {
		ltr_sb_printf(c->out, " => %#x", ltr_get_u32(k));
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* KDSIGACCEPT: a signal number (a long: the huge ones as numbers). */
static void print_sigaccept(struct ltr_call *c, uint64_t arg)
{
	ltr_sb_puts(c->out, ", ");
	if (arg < 0x7fffffff)
		ltr_print_signame(c->out, (int)arg);
	else
		ltr_sb_put_udec(c->out, arg);
}

/*
 * A structure a request reads and the kernel may rewrite: at entry ", "
 * and the size bytes at arg (false: not there, its address printed); at
 * the exit of a call that succeeded " => " and the bytes again (false:
 * the call failed or they are gone, nothing printed).
 */
static bool fetch_in_out(struct ltr_call *c, uint64_t arg, unsigned char *buf, unsigned size)
{
	if (!c->exiting)
		return ltr_ioctl_fetch_arg(c, arg, buf, size);
	if (ltr_call_failed(c) || ltr_mem_read(c->mem, arg, buf, size) < 0)
		return false;
	ltr_sb_puts(c->out, " => ");
	return true;
}

/* struct kbd_repeat: two ints. */
static void print_kbd_repeat(struct ltr_strbuf *out, const unsigned char *r)
{
	ltr_sb_printf(out, "{delay=%d, period=%d}", (int32_t)ltr_get_u32(r),
		      (int32_t)ltr_get_u32(r + 4));
}

/* KDKBDREP: the rate asked for, then " => " the one the kernel stored. */
static enum ltr_ioctl_ret kbd_repeat(struct ltr_call *c, uint64_t arg)
{
	unsigned char r[8];

	if (!fetch_in_out(c, arg, r, 8))
		return LTR_IOCTL_DONE;
	print_kbd_repeat(c->out, r);
	return c->exiting ? LTR_IOCTL_DONE : LTR_IOCTL_EXIT;
}

/* PIO_UNIMAPCLR: struct unimapinit, three u16. */
static void print_unimapinit(struct ltr_call *c, uint64_t arg)
{
	unsigned char u[6];

	if (ltr_ioctl_fetch_arg(c, arg, u, 6))
		ltr_sb_printf(c->out, "{advised_hashsize=%u, advised_hashstep=%u, "
			      "advised_hashlevel=%u}", ltr_get_u16(u), ltr_get_u16(u + 2),
			      ltr_get_u16(u + 4));
}

/* struct unipair: two u16. */
static bool print_unipair(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_puts(c->out, "{unicode=");
	ltr_sb_put_hex(c->out, ltr_get_u16(e));
	ltr_sb_puts(c->out, ", fontpos=");
	ltr_sb_put_hex(c->out, ltr_get_u16(e + 2));
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * GIO_UNIMAP, PIO_UNIMAP: struct unimapdesc {u16 entry_ct; struct
 * unipair *entries}, the pointer at the tracee's word. A get shows the
 * count the kernel stored (" => N") and as many entries as the caller
 * had room for (saved[1]); its failure the pointer alone, but ENOMEM's
 * (too small a room: the count says how many there are).
 */
static enum ltr_ioctl_ret unimap(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char u[16];
	uint16_t count;
	uint64_t entries;

	if (!c->exiting)
		ltr_sb_puts(c->out, ", ");
	/* read at a failed get's exit too: the count is the kernel's answer */
	if (!c->exiting ? !ltr_ioctl_fetch(c, arg, u, 2 * ws)
			: !ltr_fetch(c, arg, u, 2 * ws)) {
		if (c->exiting)
			ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	count = ltr_get_u16(u);
	entries = ltr_get_uword(u + ws, ws);
	if (!c->exiting) {
		c->saved[1] = count;
		ltr_sb_printf(c->out, "{entry_ct=%u", count);
		if (get)
			return LTR_IOCTL_EXIT;
	} else {
		ltr_sb_printf(c->out, " => %u", count);
		if (ltr_call_failed(c) && c->ret != -ENOMEM) {
			ltr_sb_puts(c->out, ", entries=");
			ltr_print_addr(c->out, entries);
			ltr_sb_putc(c->out, '}');
			return LTR_IOCTL_DONE;
		}
		count = (uint16_t)c->saved[1];
	}
	ltr_sb_puts(c->out, ", entries=");
	ltr_print_array_any(c, entries, count, 4, print_unipair, NULL);
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/*
 * GIO_FONTX, PIO_FONTX: struct consolefontdesc {u16 charcount,
 * charheight; char *chardata}: the font's rows (32 bytes a char, 512
 * chars at most) in hex, but at a get's entry the pointer alone.
 */
static enum ltr_ioctl_ret fontx(struct ltr_call *c, uint64_t arg, bool get)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char d[16];
	unsigned count;
	uint64_t data;

	if (!fetch_in_out(c, arg, d, 2 * ws))
		return LTR_IOCTL_DONE;
	count = ltr_get_u16(d);
	data = ltr_get_uword(d + ws, ws);
	ltr_sb_printf(c->out, "{charcount=%u, charheight=%u, chardata=", count, ltr_get_u16(d + 2));
	if (get && !c->exiting)
		ltr_print_addr(c->out, data);
	else
		ltr_print_buf_hex(c, data, (uint64_t)(count < 512 ? count : 512) * 32);
	ltr_sb_putc(c->out, '}');
	return get && !c->exiting ? LTR_IOCTL_EXIT : LTR_IOCTL_DONE;
}

/*
 * KD_FONT_OP_SET_DEFAULT's font name, a NUL-terminated string in 32
 * bytes, as strace prints it: at most 31 characters (the last byte is
 * the NUL's), "..." when no NUL ends what is shown.
 */
static void print_font_name(struct ltr_call *c, uint64_t addr)
{
	size_t strsize = c->opts->strsize;
	/* strace reads one byte past -s, and never past the 32 */
	size_t want = strsize + 1 < FONT_NAME_MAX ? strsize + 1 : FONT_NAME_MAX;
	size_t shown = want < strsize ? want : strsize;
	char buf[FONT_NAME_MAX + 1];
	bool terminated = false;
	ssize_t n;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	n = ltr_mem_read_str(c->mem, addr, buf, want, &terminated);
	if (n < 0 || (!terminated && (size_t)n < want)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (shown == FONT_NAME_MAX)
		shown--;
	if (terminated && (size_t)n <= shown)
		ltr_print_quoted(c->out, buf, (size_t)n, c->opts, false);
	else
		ltr_print_quoted(c->out, buf, shown, c->opts, true);
}

/*
 * struct console_font_op {unsigned op, flags, width, height, charcount;
 * u8 *data}, the fields each op uses; the op and flags at entry only.
 */
static void print_font_op(struct ltr_call *c, const unsigned char *f, unsigned ws)
{
	uint32_t op = ltr_get_u32(f), width = ltr_get_u32(f + 8);
	uint32_t height = ltr_get_u32(f + 12), charcount = ltr_get_u32(f + 16);
	uint64_t data = ltr_get_uword(f + (ws == 8 ? 24 : 20), ws);
	bool copy = op == KD_FONT_OP_COPY, set_default = op == KD_FONT_OP_SET_DEFAULT;

	ltr_sb_putc(c->out, '{');
	if (!c->exiting) {
		ltr_sb_puts(c->out, "op=");
		ltr_print_xt(c->out, LTR_XT(kd_font_ops), op);
		if (!copy && !set_default) {
			ltr_sb_puts(c->out, ", flags=");
			ltr_print_xt(c->out, LTR_XT(kd_font_flags), ltr_get_u32(f + 4));
		}
		ltr_sb_puts(c->out, ", ");
	}
	if (!copy)
		ltr_sb_printf(c->out, "width=%u, ", width);
	ltr_sb_printf(c->out, "height=%u", height);
	if (!copy && !set_default)
		ltr_sb_printf(c->out, ", charcount=%u", charcount);
	switch (op) {
	case KD_FONT_OP_GET:
		if (!c->exiting) {
			ltr_sb_puts(c->out, ", data=");
			ltr_print_addr(c->out, data);
			break;
		}
		/* fall through */
	case KD_FONT_OP_SET:
		/* rows of up to 32 bits, 32 rows a char, 512 chars at most */
		ltr_sb_puts(c->out, ", data=");
		ltr_print_buf_hex(c, data, (uint64_t)(((width < 32 ? width : 32) + 7) / 8) * 32 *
				  (charcount < 512 ? charcount : 512));
		break;
	case KD_FONT_OP_SET_DEFAULT:
		if (!c->exiting) {
			ltr_sb_puts(c->out, ", data=");
			print_font_name(c, data);
		}
		break;
	case KD_FONT_OP_COPY:
		break;
	default:
		ltr_sb_puts(c->out, ", data=");
		ltr_print_addr(c->out, data);
		break;
	}
	ltr_sb_putc(c->out, '}');
}

/* KDFONTOP: the operation, then " => " what the kernel left in it. */
static enum ltr_ioctl_ret font_op(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c), size = ws == 8 ? 32 : 24;
	unsigned char f[32];
	uint32_t op;

	if (!fetch_in_out(c, arg, f, size))
		return LTR_IOCTL_DONE;
	print_font_op(c, f, ws);
	op = ltr_get_u32(f);
	if (c->exiting || op == KD_FONT_OP_SET || op == KD_FONT_OP_COPY)
		return LTR_IOCTL_DONE;
	return LTR_IOCTL_EXIT;
}

enum ltr_ioctl_ret ltr_ioctl_kd(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case KIOCSOUND:
		print_sound(c, arg);
		return LTR_IOCTL_DONE;
	case KDMKTONE:
		print_tone(c, (uint32_t)arg);
		return LTR_IOCTL_DONE;
	case KDGETLED:
		return get_value(c, arg, 1, LTR_XT(kd_led_flags), false);
	case KDSETLED:
		return set_value(c, (unsigned char)arg, LTR_XT(kd_led_flags));
	case KDGKBLED:
		return get_value(c, arg, 1, LTR_XT(kd_default_led_flags), false);
	case KDSKBLED:
		return set_value(c, (unsigned char)arg, LTR_XT(kd_default_led_flags));
	case KDGKBTYPE:
		return get_value(c, arg, 1, LTR_XT(kd_kbd_types), false);
	case KDADDIO: case KDDELIO:
		print_io_port(c, arg);
		return LTR_IOCTL_DONE;
	case KDSETMODE:
		return set_value(c, (uint32_t)arg, LTR_XT(kd_modes));  /* strace: an unsigned int */
	case KDGETMODE:
		return get_value(c, arg, 4, LTR_XT(kd_modes), false);
	case GIO_SCRNMAP: case PIO_SCRNMAP:
		return hex_buffer(c, arg, SCRNMAP_SIZE, req == GIO_SCRNMAP);
	case GIO_UNISCRNMAP: case PIO_UNISCRNMAP:
		return uni_screen_map(c, arg, req == GIO_UNISCRNMAP);
	case KDGKBMODE:
		return get_value(c, arg, 4, LTR_XT(kd_kbd_modes), true);
	case KDSKBMODE:
		return set_value(c, (uint64_t)(int64_t)(int32_t)arg, LTR_XT(kd_kbd_modes));
	case KDGKBENT: case KDSKBENT:
		return kbd_entry(c, arg, req == KDGKBENT);
	case KDGKBSENT: case KDSKBSENT:
		return kbd_str_entry(c, arg, req == KDGKBSENT);
	case KDGKBDIACR: case KDSKBDIACR:
		return diacr_table(c, arg, req == KDGKBDIACR, false);
	case KDGKBDIACRUC: case KDSKBDIACRUC:
		return diacr_table(c, arg, req == KDGKBDIACRUC, true);
	case KDGETKEYCODE: case KDSETKEYCODE:
		return keycode(c, arg, req == KDGETKEYCODE);
	case KDSIGACCEPT:
		print_sigaccept(c, arg);
		return LTR_IOCTL_DONE;
	case KDKBDREP:
		return kbd_repeat(c, arg);
	case GIO_FONT: case PIO_FONT:
		return hex_buffer(c, arg, FONT_SIZE, req == GIO_FONT);
	case KDGKBMETA:
		return get_value(c, arg, 4, LTR_XT(kd_meta_vals), false);
	case KDSKBMETA:
		return set_value(c, (uint32_t)arg, LTR_XT(kd_meta_vals));
	case PIO_UNIMAPCLR:
		print_unimapinit(c, arg);
		return LTR_IOCTL_DONE;
	case GIO_CMAP: case PIO_CMAP:
		return hex_buffer(c, arg, CMAP_SIZE, req == GIO_CMAP);
	case GIO_UNIMAP: case PIO_UNIMAP:
		return unimap(c, arg, req == GIO_UNIMAP);
	case GIO_FONTX: case PIO_FONTX:
		return fontx(c, arg, req == GIO_FONTX);
	case KDFONTOP:
		return font_op(c, arg);
	case KDENABIO: case KDDISABIO: case KDMAPDISP: case KDUNMAPDISP: case PIO_FONTRESET:
		return LTR_IOCTL_NOARG;
	default:
		return LTR_IOCTL_ARG;
	}
}
