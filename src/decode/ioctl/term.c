/* SPDX-License-Identifier: MIT */
/*
 * Terminal requests (type 'T', asm-generic/ioctls.h): struct termios,
 * termios2 and termio, struct winsize, the modem lines (TIOCM*), and the
 * int arguments (FIONREAD, TIOCGPGRP ...). The layouts are the kernel's
 * (every arch ltr traces uses the generic ones): termios is four 32-bit
 * flag words, c_line, NCCS = 19 control characters; termios2 adds
 * c_ispeed and c_ospeed after them; termio has 16-bit flag words, c_line
 * and NCC = 8 characters.
 */
#include "ioctl.h"

/*
 * The request values are the same on every arch ltr traces (none has a
 * long in its type), so the kernel's own macros serve for all of them.
 */
#include <asm/termbits.h>
#include <asm/ioctls.h>
#undef NCCS
#undef NCC
#undef CBAUD
#undef CIBAUD
#undef IBSHIFT
#undef CSIZE

enum { NCCS = 19, NCC = 8, CBAUD = 010017, CIBAUD = 002003600000, IBSHIFT = 16, CSIZE = 060 };

/*
 * Flags with no text for 0: strace prints termios flag sets without a
 * default, so a word of no flags prints nothing ("c_iflag=, ...").
 */
static void print_term_flags(struct ltr_strbuf *out, const struct ltr_xlat_table *table,
			     uint32_t v)
{
	if (v)
		ltr_print_flags(out, table, v, NULL);
}

/* c_oflag: the delay fields, each a value, then the flags left. */
static void print_oflag(struct ltr_strbuf *out, uint32_t v)
{
	static const struct { const struct ltr_xlat_table *table; uint32_t mask; } fields[] = {
		{ LTR_XT(termios_nldly), 0400 }, { LTR_XT(termios_crdly), 03000 },
		{ LTR_XT(termios_tabdly), 014000 }, { LTR_XT(termios_bsdly), 020000 },
		{ LTR_XT(termios_vtdly), 040000 }, { LTR_XT(termios_ffdly), 0100000 },
	};

	for (unsigned i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		ltr_print_xt(out, fields[i].table, v & fields[i].mask);
		ltr_sb_putc(out, '|');
		v &= ~fields[i].mask;
	}
	print_term_flags(out, LTR_XT(termios_oflags), v);
}

/* c_cflag: the speed, the input speed when set ("B57600<<IBSHIFT"), CSIZE, the flags. */
static void print_cflag(struct ltr_strbuf *out, uint32_t v)
{
	ltr_print_xt(out, LTR_XT(termios_bauds), v & CBAUD);
	ltr_sb_putc(out, '|');
	if (v & CIBAUD) {
		ltr_print_xt(out, LTR_XT(termios_bauds), (v & CIBAUD) >> IBSHIFT);
		ltr_sb_puts(out, "<<");
		ltr_print_xlat(out, IBSHIFT, LTR_XF_UDEC, "IBSHIFT");
		ltr_sb_putc(out, '|');
	}
	ltr_print_xt(out, LTR_XT(termios_csize), v & CSIZE);
	ltr_sb_putc(out, '|');
	print_term_flags(out, LTR_XT(termios_cflags), v & ~(uint32_t)(CBAUD | CIBAUD | CSIZE));
}

static void print_flags4(struct ltr_strbuf *out, uint32_t i, uint32_t o, uint32_t cf, uint32_t l)
{
	ltr_sb_puts(out, "c_iflag=");
	print_term_flags(out, LTR_XT(termios_iflags), i);
	ltr_sb_puts(out, ", c_oflag=");
	print_oflag(out, o);
	ltr_sb_puts(out, ", c_cflag=");
	print_cflag(out, cf);
	ltr_sb_puts(out, ", c_lflag=");
	print_term_flags(out, LTR_XT(termios_lflags), l);
}

/* ", c_line=N_TTY, c_cc=[[VINTR]=0x3, ..., [17]=0]" */
static void print_line_cc(struct ltr_strbuf *out, const unsigned char *line_cc, unsigned ncc)
{
	ltr_sb_puts(out, ", c_line=");
	ltr_print_xt(out, LTR_XT(line_disciplines), line_cc[0]);
	ltr_sb_puts(out, ", c_cc=[");
	for (unsigned i = 0; i < ncc; i++) {
		const char *name = ltr_xlat_lookup(LTR_XT(termios_cc), i);

		if (i)
			ltr_sb_puts(out, ", ");
		if (name)
			ltr_sb_printf(out, "[%s]=", name);
		else
			ltr_sb_printf(out, "[%u]=", i);
		ltr_sb_put_hex(out, line_cc[1 + i]);
	}
	ltr_sb_putc(out, ']');
}

/* struct termios (termios2: with its speeds). */
static void print_termios(struct ltr_call *c, uint64_t addr, bool two)
{
	unsigned char t[16 + 1 + NCCS + 8];
	unsigned size = two ? 44 : 16 + 1 + NCCS;

	if (!ltr_ioctl_fetch(c, addr, t, size))
		return;
	ltr_sb_putc(c->out, '{');
	print_flags4(c->out, ltr_get_u32(t), ltr_get_u32(t + 4), ltr_get_u32(t + 8),
		     ltr_get_u32(t + 12));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	print_line_cc(c->out, t + 16, NCCS);
	if (two)
		ltr_sb_printf(c->out, ", c_ispeed=%u, c_ospeed=%u", ltr_get_u32(t + 36),
			      ltr_get_u32(t + 40));
	ltr_sb_putc(c->out, '}');
}

/* struct termio: 16-bit flag words. */
static void print_termio(struct ltr_call *c, uint64_t addr)
{
	unsigned char t[8 + 1 + NCC + 1];

	if (!ltr_ioctl_fetch(c, addr, t, 8 + 1 + NCC))
		return;
	ltr_sb_putc(c->out, '{');
	print_flags4(c->out, ltr_get_u16(t), ltr_get_u16(t + 2), ltr_get_u16(t + 4),
		     ltr_get_u16(t + 6));
	if (ltr_call_abbrev(c)) {
		ltr_sb_puts(c->out, ", ...}");
		return;
	}
	print_line_cc(c->out, t + 8, NCC);
	ltr_sb_putc(c->out, '}');
}

static void print_winsize(struct ltr_call *c, uint64_t addr)
{
	unsigned char w[8];

	if (ltr_ioctl_fetch(c, addr, w, sizeof(w)))
		ltr_sb_printf(c->out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}",
			      ltr_get_u16(w), ltr_get_u16(w + 2), ltr_get_u16(w + 4),
			      ltr_get_u16(w + 6));
}

static void print_modem(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	if (!ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, LTR_XT(modem_flags), v);
	ltr_sb_putc(c->out, ']');
}

enum ltr_ioctl_ret ltr_ioctl_term(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	switch (req) {
	case TCGETS2:
	case TCGETS: case TIOCGLCKTRMIOS:
	case TCGETA:
	case TIOCGWINSZ:
	case TIOCMGET:
	case TIOCGPGRP: case TIOCGSID: case TIOCGETD: case TIOCGSOFTCAR:
	case TIOCGPTN: case FIONREAD: case TIOCOUTQ: case TIOCGEXCL: case TIOCGDEV:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;   /* filled by the kernel */
		break;
	default:
		break;
	}
	switch (req) {
	case TCGETS2: case TCSETS2: case TCSETSW2: case TCSETSF2:
		ltr_sb_puts(c->out, ", ");
		print_termios(c, arg, true);
		break;
	case TCGETS: case TIOCGLCKTRMIOS: case TCSETS: case TCSETSW: case TCSETSF:
	case TIOCSLCKTRMIOS:
		ltr_sb_puts(c->out, ", ");
		print_termios(c, arg, false);
		break;
	case TCGETA: case TCSETA: case TCSETAW: case TCSETAF:
		ltr_sb_puts(c->out, ", ");
		print_termio(c, arg);
		break;
	case TIOCGWINSZ: case TIOCSWINSZ:
		ltr_sb_puts(c->out, ", ");
		print_winsize(c, arg);
		break;
	case TCXONC:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(tcxonc_actions), arg);
		break;
	case TCFLSH:
		ltr_sb_puts(c->out, ", ");
		ltr_print_xt(c->out, LTR_XT(tcflsh_queues), arg);
		break;
	case TCSBRK: case TCSBRKP: case TIOCSCTTY:
		ltr_sb_printf(c->out, ", %d", (int)(uint32_t)arg);
		break;
	case TIOCMGET: case TIOCMBIS: case TIOCMBIC: case TIOCMSET:
		ltr_sb_puts(c->out, ", ");
		print_modem(c, arg);
		break;
	case TIOCGPGRP: case TIOCGSID: case TIOCGETD: case TIOCGSOFTCAR: case TIOCGPTN:
	case FIONREAD: case TIOCOUTQ: case TIOCGEXCL: case TIOCGDEV:
	case TIOCSPGRP: case TIOCSETD: case FIONBIO: case FIOASYNC: case TIOCPKT:
	case TIOCSSOFTCAR: case TIOCSPTLCK:
		ltr_ioctl_print_int_ref(c, arg);
		break;
	case TIOCSTI:
		ltr_sb_puts(c->out, ", ");
		ltr_print_buf(c, arg, 1);
		break;
	case TIOCSBRK: case TIOCCBRK: case TIOCCONS: case TIOCNOTTY: case TIOCEXCL:
	case TIOCNXCL: case FIOCLEX: case FIONCLEX: case TIOCVHANGUP: case TIOCSSERIAL:
		break;   /* no argument */
	default:
		return LTR_IOCTL_ARG;
	}
	return LTR_IOCTL_DONE;
}
