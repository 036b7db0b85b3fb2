/* SPDX-License-Identifier: MIT */
/*
 * ioctl(fd, request, arg): the one entry point, at entry and at exit.
 * It prints the descriptor and the request (its names from the arch's
 * list, requests/ARCH.in; the forms strace composes for requests whose
 * number encodes a length or an index, "EVIOCGBIT(EV_KEY, 8)"; else
 * "_IOC(_IOC_READ, 0x12, 0x70, 0x8)"), then hands the argument to the
 * family of the request's type byte (_IOC_TYPE), one file each. A request
 * no family decodes shows its argument in hex, as strace shows it.
 */
#include <stdlib.h>
#include <string.h>

#include "ltr/mem.h"

#include "ioctl.h"

/* The families by _IOC_TYPE, as strace dispatches them. */
static ltr_ioctl_family *family_of(uint32_t req)
{
	switch (LTR_IOC_TYPE(req)) {
	case 0x03: return ltr_ioctl_hdio;
	case 0x12: return ltr_ioctl_block;
	case '!': return ltr_ioctl_seccomp;
	case '"': return ltr_ioctl_scsi;
	case '$': return ltr_ioctl_perf;
	case '=': return ltr_ioctl_ptp;
	case '>': return ltr_ioctl_counter;
	case 'E': return ltr_ioctl_evdev;
	case 'I': return ltr_ioctl_inotify;
	case 'K': return ltr_ioctl_kd;
	case 'L': return ltr_ioctl_loop;
	case 'M': return ltr_ioctl_mtd;
	case 'O': return ltr_ioctl_ubi;
	case 'R': return ltr_ioctl_random;
	case 'T': return ltr_ioctl_term;
	case 'V': return ltr_ioctl_v4l2;
	case 'W': return ltr_ioctl_watchdog;
	case 'X': return ltr_ioctl_fs_x;
	case 'f': return ltr_ioctl_fs_f;
	case 'i': return ltr_ioctl_lirc;
	case 'o': return ltr_ioctl_ubi;
	case 'p': return ltr_ioctl_rtc;
	case 0x89: return ltr_ioctl_sock;
	case 0x94: return ltr_ioctl_fs_0x94;
	case 0xa4: return ltr_ioctl_tee;
	case 0xaa: return ltr_ioctl_uffdio;
	case 0xab: return ltr_ioctl_nbd;
	case 0xae: return ltr_ioctl_kvm;
	case 0xb4: return ltr_ioctl_gpio;
	case 0xb7: return ltr_ioctl_nsfs;
	case 0xfd: return ltr_ioctl_dm;
	default: return NULL;
	}
}

static int compare_code(const void *key, const void *elem)
{
	uint32_t code = *(const uint32_t *)key;
	const struct ltr_ioctl_request *r = elem;

	return code < r->code ? -1 : code > r->code;
}

const char *ltr_ioctl_lookup(const struct ltr_call *c, uint32_t req)
{
	uint32_t audit = c->arch ? c->arch->audit_arch : 0;
	const struct ltr_ioctl_request_list *l = ltr_ioctl_request_lists;
	const struct ltr_ioctl_request *r;

	/* an unknown arch (unit tests without one) reads the first list */
	for (; l->requests; l++)
		if (l->audit_arch == audit)
			break;
	if (!l->requests)
		l = ltr_ioctl_request_lists;
	if (!l->requests)
		return NULL;
	r = bsearch(&req, l->requests, l->count, sizeof(*r), compare_code);
	return r ? r->names : NULL;
}

/* "NAME(N)": a request whose number or size is a parameter. */
static void print_param_form(struct ltr_strbuf *out, const char *name, unsigned n)
{
	ltr_sb_printf(out, "%s(%u)", name, n);
}

/* hiddev ('H'): the requests whose size is the buffer's length. */
static bool hiddev_number(struct ltr_strbuf *out, uint32_t req)
{
	const char *name = NULL;

	if (LTR_IOC_DIR(req) == LTR_IOC_READ) {
		switch (LTR_IOC_NR(req)) {
		case 0x04: name = "HIDIOCGRAWNAME"; break;
		case 0x05: name = "HIDIOCGRAWPHYS"; break;
		case 0x06: name = "HIDIOCSFEATURE"; break;
		case 0x08: name = "HIDIOCGRAWUNIQ"; break;
		case 0x12: name = "HIDIOCGPHYS"; break;
		default: break;
		}
	} else if (LTR_IOC_DIR(req) == (LTR_IOC_READ | LTR_IOC_WRITE)) {
		switch (LTR_IOC_NR(req)) {
		case 0x06: name = "HIDIOCSFEATURE"; break;
		case 0x07: name = "HIDIOCGFEATURE"; break;
		default: break;
		}
	}
	if (!name)
		return false;
	print_param_form(out, name, LTR_IOC_SIZE(req));
	return true;
}

/*
 * The forms strace composes for requests whose number holds a parameter
 * (a length, a mixer channel, an event type); true when one was printed.
 * verbose: inside -X verbose's comment (names without their numbers).
 */
static bool print_number_form(struct ltr_call *c, uint32_t req, bool verbose)
{
	struct ltr_strbuf *out = c->out;
	unsigned dir = LTR_IOC_DIR(req), nr = LTR_IOC_NR(req);

	switch (LTR_IOC_TYPE(req)) {
	case '!':
		/* the request as it was before the kernel fixed its direction */
		if (req == (((uint32_t)LTR_IOC_READ << 30) | (8u << 16) | ('!' << 8) | 2)) {
			ltr_sb_puts(out, "SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR");
			return true;
		}
		return false;
	case 'E':
		return ltr_ioctl_evdev_number(c, req, verbose);
	case 'H':
		return hiddev_number(out, req);
	case 'M':
		if (dir == LTR_IOC_WRITE || dir == LTR_IOC_READ) {
			print_param_form(out, dir == LTR_IOC_WRITE ? "MIXER_WRITE" : "MIXER_READ", nr);
			return true;
		}
		return false;
	case 'U':
		if (dir == LTR_IOC_READ && nr == 0x2c) {
			print_param_form(out, "UI_GET_SYSNAME", LTR_IOC_SIZE(req));
			return true;
		}
		return false;
	case 'j':
		if (dir == LTR_IOC_READ && nr == 0x13) {
			print_param_form(out, "JSIOCGNAME", LTR_IOC_SIZE(req));
			return true;
		}
		return false;
	case 'k':
		if (dir == LTR_IOC_WRITE && nr == 0) {
			print_param_form(out, "SPI_IOC_MESSAGE", LTR_IOC_SIZE(req));
			return true;
		}
		return false;
	default:
		return false;
	}
}

/* "_IOC(_IOC_READ|_IOC_WRITE, 0x12, 0x70, 0x8)": a request without a name. */
static void print_ioc(struct ltr_strbuf *out, uint32_t req)
{
	int prev = ltr_xlat_force(LTR_XLAT_ABBREV);

	ltr_sb_puts(out, "_IOC(");
	ltr_print_flags(out, LTR_XT(ioctl_dirs), LTR_IOC_DIR(req), NULL);
	ltr_xlat_force(prev);
	ltr_sb_puts(out, ", ");
	ltr_sb_put_hex(out, LTR_IOC_TYPE(req));
	ltr_sb_puts(out, ", ");
	ltr_sb_put_hex(out, LTR_IOC_NR(req));
	ltr_sb_puts(out, ", ");
	ltr_sb_put_hex(out, LTR_IOC_SIZE(req));
	ltr_sb_putc(out, ')');
}

/*
 * The request as -X wants it: the names (abbrev), the number (raw), or
 * the number then the names in a comment (verbose).
 */
static void print_request(struct ltr_call *c, uint32_t req)
{
	enum ltr_xlat_style style = ltr_xlat_style();
	bool composed;
	const char *names;

	if (style != LTR_XLAT_ABBREV)
		ltr_sb_put_hex(c->out, req);
	if (style == LTR_XLAT_RAW)
		return;
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " /* ");
	composed = print_number_form(c, req, style == LTR_XLAT_VERBOSE);
	names = ltr_ioctl_lookup(c, req);
	if (names) {
		if (composed)
			ltr_sb_puts(c->out, " or ");
		ltr_sb_puts(c->out, names);
	} else if (!composed) {
		print_ioc(c->out, req);
	}
	if (style == LTR_XLAT_VERBOSE)
		ltr_sb_puts(c->out, " */");
}

/*
 * saved[0]: set at entry when the family asked for the exit. The exit
 * of a call whose entry finished prints nothing.
 */
void ltr_decode_ioctl(struct ltr_call *c)
{
	uint32_t req = (uint32_t)c->args[1];
	uint64_t arg = ltr_arg_word(c, 2);
	ltr_ioctl_family *family = family_of(req);
	enum ltr_ioctl_ret ret = LTR_IOCTL_ARG;

	if (!c->exiting) {
		ltr_print_fd(c, (int)(uint32_t)c->args[0]);
		ltr_sb_puts(c->out, ", ");
		print_request(c, req);
		c->saved[0] = 0;
		if (family)
			ret = family(c, req, arg);
		if (ret == LTR_IOCTL_EXIT) {
			c->saved[0] = 1;
			return;
		}
	} else {
		if (!c->saved[0])
			return;
		ret = family(c, req, arg);
	}
	if (ret == LTR_IOCTL_ARG) {
		ltr_sb_puts(c->out, ", ");
		ltr_sb_put_hex(c->out, arg);
	}
}

/* --- helpers of the families --- */

bool ltr_ioctl_fetch(struct ltr_call *c, uint64_t addr, void *dst, unsigned size)
{
	if (c->exiting && ltr_call_failed(c) && addr) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	return ltr_fetch(c, addr, dst, size);
}

bool ltr_ioctl_fetch_arg(struct ltr_call *c, uint64_t addr, void *dst, unsigned size)
{
	ltr_sb_puts(c->out, ", ");
	return ltr_ioctl_fetch(c, addr, dst, size);
}

bool ltr_ioctl_out_failed(struct ltr_call *c, uint64_t arg)
{
	ltr_sb_puts(c->out, ", ");
	if (ltr_call_failed(c) && arg) {
		ltr_print_addr(c->out, arg);
		return true;
	}
	return false;
}

void ltr_ioctl_print_int_ref(struct ltr_call *c, uint64_t addr)
{
	int32_t v;

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%d]", v);
}

void ltr_ioctl_print_uint_ref(struct ltr_call *c, uint64_t addr)
{
	uint32_t v;

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%u]", v);
}

void ltr_ioctl_print_u64_ref(struct ltr_call *c, uint64_t addr)
{
	uint64_t v;

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		ltr_sb_printf(c->out, "[%llu]", (unsigned long long)v);
}

void ltr_ioctl_print_ulong_ref(struct ltr_call *c, uint64_t addr)
{
	unsigned char v[8];
	unsigned ws = ltr_wordsize(c);

	ltr_sb_puts(c->out, ", ");
	if (ltr_ioctl_fetch(c, addr, v, ws))
		ltr_sb_printf(c->out, "[%llu]", (unsigned long long)ltr_get_uword(v, ws));
}

bool ltr_ioctl_print_array(struct ltr_call *c, uint64_t addr, uint64_t count, unsigned size,
			   ltr_ioctl_elem_printer *print, void *data)
{
	unsigned char elem[256];
	uint64_t end = addr + count * size, cur, max = ltr_array_max(c);
	uint64_t abbrev_end = ltr_call_abbrev(c) && max < count ? addr + size * max : end;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return false;
	}
	if (!count) {
		ltr_sb_puts(c->out, "[]");
		return false;
	}
	if (size > sizeof(elem) || count > UINT64_MAX / size ||
	    ltr_word_mask(c, end) <= addr || ltr_word_mask(c, end) != end) {
		ltr_print_addr(c->out, addr);
		return false;
	}
	for (cur = addr; cur < end; cur += size) {
		if (cur != addr)
			ltr_sb_puts(c->out, ", ");
		if (ltr_mem_read(c->mem, cur, elem, size) < 0) {
			if (cur == addr) {
				ltr_print_addr(c->out, cur);
				return false;
			}
			ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)cur);
			break;
		}
		if (cur == addr)
			ltr_sb_putc(c->out, '[');
		if (cur >= abbrev_end) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (!print(c, elem, data))
			break;
	}
	ltr_sb_putc(c->out, ']');
	return true;
}

void ltr_ioctl_print_local_array(struct ltr_call *c, const void *buf, uint64_t count,
				 unsigned size, ltr_ioctl_elem_printer *print, void *data)
{
	const unsigned char *elem = buf;
	uint64_t i, max = ltr_array_max(c);

	ltr_sb_putc(c->out, '[');
	for (i = 0; i < count; i++, elem += size) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i == max) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (!print(c, elem, data))
			break;
	}
	ltr_sb_putc(c->out, ']');
}

bool ltr_ioctl_elem_u8(struct ltr_call *c, const unsigned char *elem, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%u", elem[0]);
	return true;
}

bool ltr_ioctl_elem_u32(struct ltr_call *c, const unsigned char *elem, void *data)
{
	(void)data;
	ltr_sb_printf(c->out, "%u", ltr_get_u32(elem));
	return true;
}

bool ltr_ioctl_elem_x32(struct ltr_call *c, const unsigned char *elem, void *data)
{
	(void)data;
	ltr_sb_put_hex(c->out, ltr_get_u32(elem));
	return true;
}

void ltr_ioctl_print_cstring(struct ltr_call *c, const void *s, unsigned size)
{
	size_t len = strnlen(s, size);

	/* no NUL: strace shows size - 1 bytes, then "..." */
	ltr_print_quoted(c->out, s, len == size ? size - 1 : len, c->opts, len == size);
}

void ltr_ioctl_print_fields(struct ltr_call *c, const unsigned char *b,
			    const struct ltr_ioctl_field *fields, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const unsigned char *p = b + fields[i].offset;

		ltr_sb_printf(c->out, "%s%s=", i ? ", " : "", fields[i].name);
		switch (fields[i].fmt) {
		case LTR_IOCTL_X8: ltr_sb_put_hex(c->out, p[0]); break;
		case LTR_IOCTL_U8: ltr_sb_put_udec(c->out, p[0]); break;
		case LTR_IOCTL_D8: ltr_sb_printf(c->out, "%d", (int8_t)p[0]); break;
		case LTR_IOCTL_X16: ltr_sb_put_hex(c->out, ltr_get_u16(p)); break;
		case LTR_IOCTL_D16: ltr_sb_printf(c->out, "%d", (int16_t)ltr_get_u16(p)); break;
		case LTR_IOCTL_X32: ltr_sb_put_hex(c->out, ltr_get_u32(p)); break;
		case LTR_IOCTL_U32: ltr_sb_put_udec(c->out, ltr_get_u32(p)); break;
		case LTR_IOCTL_D32: ltr_sb_printf(c->out, "%d", (int32_t)ltr_get_u32(p)); break;
		case LTR_IOCTL_X64: ltr_sb_put_hex(c->out, ltr_get_u64(p)); break;
		case LTR_IOCTL_U64: ltr_sb_put_udec(c->out, ltr_get_u64(p)); break;
		case LTR_IOCTL_D64:
			ltr_sb_printf(c->out, "%lld", (long long)ltr_get_u64(p));
			break;
		case LTR_IOCTL_PTR:
			ltr_print_addr(c->out, ltr_get_uword(p, ltr_wordsize(c)));
			break;
		default:  /* LTR_IOCTL_PTR64 */
			ltr_print_addr(c->out, ltr_get_u64(p));
			break;
		}
	}
}

bool ltr_ioctl_struct_begin(struct ltr_call *c, uint64_t addr, void *b, unsigned size)
{
	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, b, size))
		return false;
	ltr_sb_putc(c->out, '{');
	return true;
}

void ltr_ioctl_print_struct(struct ltr_call *c, uint64_t addr, unsigned size,
			    const struct ltr_ioctl_field *fields, size_t n)
{
	unsigned char b[64];

	if (size > sizeof(b) || !ltr_ioctl_struct_begin(c, addr, b, size))
		return;
	ltr_ioctl_print_fields(c, b, fields, n);
	ltr_sb_putc(c->out, '}');
}

void ltr_ioctl_print_xt_ref(struct ltr_call *c, uint64_t addr, const struct ltr_xlat_table *table)
{
	uint32_t v;

	ltr_sb_puts(c->out, ", ");
	if (!ltr_ioctl_fetch(c, addr, &v, sizeof(v)))
		return;
	ltr_sb_putc(c->out, '[');
	ltr_print_xt(c->out, table, v);
	ltr_sb_putc(c->out, ']');
}
