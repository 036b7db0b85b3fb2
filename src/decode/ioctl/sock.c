/* SPDX-License-Identifier: MIT */
/*
 * Socket requests (type 0x89, linux/sockios.h): struct ifreq (its union
 * as each request uses it), struct ifconf and its array of ifreqs, the
 * int arguments, the bridge names. struct ifreq is 40 bytes (32 on
 * i386: struct ifmap has unsigned longs, ifconf a pointer).
 */
#include <linux/ioctl.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <stdio.h>

#include "ltr/mem.h"
#include "ioctl.h"

#ifndef SIOCGSKNS
#define SIOCGSKNS 0x894C
#endif
#ifndef SIOCOUTQNSD
#define SIOCOUTQNSD 0x894B
#endif
#ifndef SIOCGSTAMP_NEW
#define SIOCGSTAMP_NEW _IOR(0x89, 0x06, long long[2])
#define SIOCGSTAMPNS_NEW _IOR(0x89, 0x07, long long[2])
#endif

enum { NAMSIZ = 16 };

static unsigned ifreq_size(const struct ltr_call *c)
{
	return ltr_wordsize(c) == 4 ? 32 : 40;
}

/* The hardware address of a sockaddr of type hwtype: "00:11:22:33:44:55". */
static void print_hwaddr(struct ltr_strbuf *out, const unsigned char *data, unsigned hwtype)
{
	/* Ethernet-like types have 6 bytes of address; the others, all of sa_data */
	unsigned n = hwtype == 1 || hwtype == 2 || hwtype == 6 || hwtype == 772 ? 6 : 14;

	for (unsigned i = 0; i < n; i++)
		ltr_sb_printf(out, "%s%02x", i ? ":" : "", data[i]);
}

/* The part of struct ifreq after ifr_name that request req uses, from r (the whole ifreq at addr). */
static void print_ifreq_union(struct ltr_call *c, uint32_t req, uint64_t addr,
			      const unsigned char *r)
{
	const unsigned char *u = r + NAMSIZ;
	unsigned ws = ltr_wordsize(c);
	const char *name = NULL;

	switch (req) {
	case SIOCSIFADDR: case SIOCGIFADDR: name = "ifr_addr"; break;
	case SIOCSIFDSTADDR: case SIOCGIFDSTADDR: name = "ifr_dstaddr"; break;
	case SIOCSIFBRDADDR: case SIOCGIFBRDADDR: name = "ifr_broadaddr"; break;
	case SIOCSIFNETMASK: case SIOCGIFNETMASK: name = "ifr_netmask"; break;
	default: break;
	}
	if (name) {
		ltr_sb_printf(c->out, "%s=", name);
		ltr_print_sockaddr(c, ltr_word_mask(c, addr + NAMSIZ), 16);
		return;
	}
	switch (req) {
	case SIOCADDMULTI: case SIOCDELMULTI: case SIOCGIFHWADDR: case SIOCSIFHWADDR:
	case SIOCSIFHWBROADCAST:
		ltr_sb_puts(c->out, "ifr_hwaddr={sa_family=");
		ltr_print_xt(c->out, LTR_XT(arp_hardware_types), ltr_get_u16(u));
		ltr_sb_puts(c->out, ", sa_data=");
		print_hwaddr(c->out, u + 2, ltr_get_u16(u));
		ltr_sb_putc(c->out, '}');
		break;
	case SIOCSIFFLAGS: case SIOCGIFFLAGS:
		ltr_sb_puts(c->out, "ifr_flags=");
		ltr_print_xt(c->out, LTR_XT(iff_flags), ltr_get_u16(u));
		break;
	case SIOCGIFINDEX:
		ltr_sb_printf(c->out, "ifr_ifindex=%d", (int)ltr_get_u32(u));
		break;
	case SIOCSIFMETRIC: case SIOCGIFMETRIC:
		ltr_sb_printf(c->out, "ifr_metric=%d", (int)ltr_get_u32(u));
		break;
	case SIOCSIFMTU: case SIOCGIFMTU:
		ltr_sb_printf(c->out, "ifr_mtu=%d", (int)ltr_get_u32(u));
		break;
	case SIOCSIFSLAVE: case SIOCGIFSLAVE:
		ltr_sb_puts(c->out, "ifr_slave=");
		ltr_ioctl_print_cstring(c, u, NAMSIZ);
		break;
	case SIOCSIFNAME:
		ltr_sb_puts(c->out, "ifr_newname=");
		ltr_ioctl_print_cstring(c, u, NAMSIZ);
		break;
	case SIOCGIFNAME:
		ltr_sb_puts(c->out, "ifr_name=");
		ltr_ioctl_print_cstring(c, r, NAMSIZ);
		break;
	case SIOCSIFTXQLEN: case SIOCGIFTXQLEN:
		ltr_sb_printf(c->out, "ifr_qlen=%d", (int)ltr_get_u32(u));
		break;
	case SIOCSIFMAP: case SIOCGIFMAP:
		/* struct ifmap: mem_start, mem_end (unsigned long), base_addr (u16), irq, dma, port (u8) */
		ltr_sb_puts(c->out, "ifr_map={mem_start=");
		ltr_sb_put_hex(c->out, ltr_get_uword(u, ws));
		ltr_sb_puts(c->out, ", mem_end=");
		ltr_sb_put_hex(c->out, ltr_get_uword(u + ws, ws));
		ltr_sb_puts(c->out, ", base_addr=");
		ltr_sb_put_hex(c->out, ltr_get_u16(u + 2 * ws));
		ltr_sb_puts(c->out, ", irq=");
		ltr_sb_put_hex(c->out, u[2 * ws + 2]);
		ltr_sb_puts(c->out, ", dma=");
		ltr_sb_put_hex(c->out, u[2 * ws + 3]);
		ltr_sb_puts(c->out, ", port=");
		ltr_sb_put_hex(c->out, u[2 * ws + 4]);
		ltr_sb_putc(c->out, '}');
		break;
	default:
		break;
	}
}

/* "ifc_len=N /\* K * sizeof(struct ifreq) *\/" */
static void print_ifc_len(struct ltr_call *c, int32_t len)
{
	unsigned size = ifreq_size(c), n = (uint32_t)len / size;

	ltr_sb_printf(c->out, "%d", len);
	if (len > 0 && n * size == (uint32_t)len)
		ltr_sb_printf(c->out, " /* %u * sizeof(struct ifreq) */", n);
}

static bool print_ifconf_elem(struct ltr_call *c, const unsigned char *e, void *data)
{
	uint64_t *addr = data;

	ltr_sb_puts(c->out, "{ifr_name=");
	ltr_ioctl_print_cstring(c, e, NAMSIZ);
	ltr_sb_puts(c->out, ", ifr_addr=");
	ltr_print_sockaddr(c, ltr_word_mask(c, *addr + NAMSIZ), 16);
	ltr_sb_putc(c->out, '}');
	*addr += ifreq_size(c);
	return true;
}

/*
 * SIOCGIFCONF: struct ifconf {int ifc_len; pointer ifc_buf;}. Entry:
 * ifc_len when there is a buffer; exit: the length the kernel set (after
 * " => " when it changed) and the ifreqs it filled. saved[1..3]: whether
 * the entry read it, its ifc_len and ifc_buf.
 */
static enum ltr_ioctl_ret ifconf(struct ltr_call *c, uint64_t arg)
{
	unsigned ws = ltr_wordsize(c), size = ifreq_size(c);
	unsigned char b[16];
	int32_t len, len0;
	uint64_t buf, buf0, elem;

	if (!c->exiting) {
		ltr_sb_puts(c->out, ", ");
		if (!ltr_fetch_quiet(c, arg, b, 2 * ws)) {
			ltr_print_addr(c->out, arg);
			return LTR_IOCTL_DONE;
		}
		len = (int32_t)ltr_get_u32(b);
		buf = ltr_get_uword(b + ws, ws);
		ltr_sb_puts(c->out, "{ifc_len=");
		if (buf)
			print_ifc_len(c, len);
		c->saved[1] = 1;
		c->saved[2] = (uint32_t)len;
		c->saved[3] = buf;
		return LTR_IOCTL_EXIT;
	}
	len0 = (int32_t)(uint32_t)c->saved[2];
	buf0 = c->saved[3];
	if (!ltr_fetch_quiet(c, arg, b, 2 * ws)) {
		if (!buf0)
			print_ifc_len(c, len0);
		ltr_sb_puts(c->out, ", ifc_buf=");
		ltr_print_addr(c->out, buf0);
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	}
	len = (int32_t)ltr_get_u32(b);
	buf = ltr_get_uword(b + ws, ws);
	if (buf0 && len0 != len)
		ltr_sb_puts(c->out, " => ");
	if (!buf0 || len0 != len)
		print_ifc_len(c, len);
	if (!buf0 || ltr_call_failed(c)) {
		ltr_sb_puts(c->out, ", ifc_buf=");
		ltr_print_addr(c->out, buf0);
		if (buf0 != buf) {
			ltr_sb_puts(c->out, " => ");
			ltr_print_addr(c->out, buf);
		}
	} else {
		ltr_sb_puts(c->out, ", ifc_buf=");
		elem = buf;
		ltr_ioctl_print_array(c, buf, (uint32_t)len / size, size, print_ifconf_elem, &elem);
	}
	ltr_sb_putc(c->out, '}');
	return LTR_IOCTL_DONE;
}

/* SIOCBRADDBR's name: at most IFNAMSIZ bytes, "..." when it has no NUL there. */
static void print_bridge_name(struct ltr_call *c, uint64_t addr)
{
	char name[NAMSIZ + 1];
	bool terminated;
	ssize_t n;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	n = ltr_call_verbose(c) ? ltr_mem_read_str(c->mem, addr, name, NAMSIZ, &terminated) : -1;
	if (n < 0 || (!terminated && n < NAMSIZ))
		ltr_print_addr(c->out, addr);
	else
		ltr_print_quoted(c->out, name, (size_t)n, c->opts, !terminated);
}

enum ltr_ioctl_ret ltr_ioctl_sock(struct ltr_call *c, uint32_t req, uint64_t arg)
{
	unsigned char r[40];
	unsigned size = ifreq_size(c);

	switch (req) {
	case SIOCGIFCONF:
		return ifconf(c, arg);
	case SIOCBRADDBR: case SIOCBRDELBR:
		ltr_sb_puts(c->out, ", ");
		print_bridge_name(c, arg);
		return LTR_IOCTL_DONE;
	case FIOGETOWN: case SIOCATMARK: case SIOCGIFENCAP: case SIOCGPGRP: case SIOCOUTQNSD:
		if (!c->exiting)
			return LTR_IOCTL_EXIT;
		/* fall through */
	case FIOSETOWN: case SIOCSIFENCAP: case SIOCSPGRP:
		ltr_ioctl_print_int_ref(c, arg);
		return LTR_IOCTL_DONE;
	case SIOCBRADDIF: case SIOCBRDELIF:
		ltr_sb_puts(c->out, ", ");
		if (ltr_ioctl_fetch(c, arg, r, size)) {
			char lit[4 * IF_NAMESIZE + 4], name[sizeof(lit) + 20], ifname[IF_NAMESIZE];
			uint32_t index = ltr_get_u32(r + NAMSIZ);

			ltr_sb_puts(c->out, "{ifr_ifindex=");
			if (if_indextoname(index, ifname)) {
				snprintf(name, sizeof(name), "if_nametoindex(%s)",
					 ltr_format_text_literal(lit, sizeof(lit), ifname));
				ltr_print_xlat(c->out, index, LTR_XF_UDEC, name);
			} else {
				ltr_sb_put_udec(c->out, index);
			}
			ltr_sb_putc(c->out, '}');
		}
		return LTR_IOCTL_DONE;
	case SIOCADDMULTI: case SIOCDELMULTI: case SIOCSIFADDR: case SIOCSIFBRDADDR:
	case SIOCSIFDSTADDR: case SIOCSIFFLAGS: case SIOCSIFHWADDR: case SIOCSIFHWBROADCAST:
	case SIOCSIFMAP: case SIOCSIFMETRIC: case SIOCSIFMTU: case SIOCSIFNAME:
	case SIOCSIFNETMASK: case SIOCSIFSLAVE: case SIOCSIFTXQLEN:
		ltr_sb_puts(c->out, ", ");
		if (!ltr_ioctl_fetch(c, arg, r, size))
			return LTR_IOCTL_DONE;
		ltr_sb_puts(c->out, "{ifr_name=");
		ltr_ioctl_print_cstring(c, r, NAMSIZ);
		ltr_sb_puts(c->out, ", ");
		print_ifreq_union(c, req, arg, r);
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	case SIOCGIFADDR: case SIOCGIFBRDADDR: case SIOCGIFDSTADDR: case SIOCGIFFLAGS:
	case SIOCGIFHWADDR: case SIOCGIFINDEX: case SIOCGIFMAP: case SIOCGIFMETRIC:
	case SIOCGIFMTU: case SIOCGIFNAME: case SIOCGIFNETMASK: case SIOCGIFSLAVE:
	case SIOCGIFTXQLEN:
		if (!c->exiting) {
			ltr_sb_puts(c->out, ", ");
			if (!ltr_ioctl_fetch(c, arg, r, size))
				return LTR_IOCTL_DONE;
			if (req == SIOCGIFNAME) {
				ltr_sb_printf(c->out, "{ifr_ifindex=%d", (int)ltr_get_u32(r + NAMSIZ));
			} else {
				ltr_sb_puts(c->out, "{ifr_name=");
				ltr_ioctl_print_cstring(c, r, NAMSIZ);
			}
			return LTR_IOCTL_EXIT;
		}
		if (!ltr_call_failed(c) && ltr_fetch_quiet(c, arg, r, size)) {
			ltr_sb_puts(c->out, ", ");
			print_ifreq_union(c, req, arg, r);
		}
		ltr_sb_putc(c->out, '}');
		return LTR_IOCTL_DONE;
	case SIOCADDDLCI: case SIOCADDRT: case SIOCBONDCHANGEACTIVE: case SIOCBONDENSLAVE:
	case SIOCBONDINFOQUERY: case SIOCBONDRELEASE: case SIOCBONDSETHWADDR:
	case SIOCBONDSLAVEINFOQUERY: case SIOCDARP: case SIOCDELDLCI: case SIOCDELRT:
	case SIOCDIFADDR: case SIOCDRARP: case SIOCETHTOOL: case SIOCGARP: case SIOCGHWTSTAMP:
	case SIOCGIFBR: case SIOCGIFCOUNT: case SIOCGIFMEM: case SIOCGIFPFLAGS: case SIOCGIFVLAN:
	case SIOCGMIIPHY: case SIOCGMIIREG: case SIOCGRARP: case SIOCGSKNS:
	case SIOCGSTAMP_OLD: case SIOCGSTAMPNS_OLD: case SIOCGSTAMP_NEW: case SIOCGSTAMPNS_NEW:
	case SIOCRTMSG: case SIOCSARP:
	case SIOCSHWTSTAMP: case SIOCSIFBR: case SIOCSIFLINK:
	case SIOCSIFMEM: case SIOCSIFPFLAGS: case SIOCSIFVLAN: case SIOCSMIIREG: case SIOCSRARP:
	case SIOCWANDEV:
		/* known, not decoded: the pointer */
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, arg);
		return LTR_IOCTL_DONE;
	default:
		return LTR_IOCTL_ARG;
	}
}
