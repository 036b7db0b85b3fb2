/* SPDX-License-Identifier: MIT */
/*
 * struct msghdr with its address, iovecs and control messages (sendmsg,
 * recvmsg) and mmsghdr arrays (sendmmsg, recvmmsg), as strace 6.1 prints
 * them. Layouts follow the tracee's word size (an i386 msghdr and
 * cmsghdr have 4-byte pointers and lengths); msg_namelen is an int and
 * prints signed, as strace prints it.
 */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* IOV_MAX: the most mmsghdrs strace shows. */
#define MMSG_MAX 1024

struct msghdr_fields {
	uint64_t name, iov, iovlen, control, controllen;
	uint32_t namelen, flags;
};

static unsigned msghdr_size(unsigned ws)
{
	return ws == 4 ? 28 : 56;
}

static bool read_msghdr(const struct ltr_call *c, uint64_t addr, struct msghdr_fields *m)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char buf[56];

	if (!ltr_fetch_quiet(c, addr, buf, msghdr_size(ws)))
		return false;
	m->name = ltr_get_uword(buf, ws);
	m->namelen = ltr_get_u32(buf + ws);
	m->iov = ltr_get_uword(buf + 2 * ws, ws);
	m->iovlen = ltr_get_uword(buf + 3 * ws, ws);
	m->control = ltr_get_uword(buf + 4 * ws, ws);
	m->controllen = ltr_get_uword(buf + 5 * ws, ws);
	m->flags = ltr_get_u32(buf + 6 * ws);
	return true;
}

/* --- control messages --- */

/* "[3, 4]": fds; "[64]": u32s; "[0x1, 0]": bytes. Abbreviated at -s. */
enum array_kind { ARRAY_FD, ARRAY_U32, ARRAY_X8 };

static void print_local_array(struct ltr_call *c, const unsigned char *data, size_t len,
			      enum array_kind kind)
{
	size_t size = kind == ARRAY_X8 ? 1 : 4, n = len / size, i;

	ltr_sb_putc(c->out, '[');
	for (i = 0; i < n; i++) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		if (i >= ltr_array_max(c)) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		if (kind == ARRAY_FD)
			ltr_print_fd(c, (int32_t)ltr_get_u32(data + 4 * i));
		else if (kind == ARRAY_U32)
			ltr_sb_printf(c->out, "%u", ltr_get_u32(data + 4 * i));
		else
			ltr_sb_printf(c->out, "%#x", data[i]);
	}
	ltr_sb_putc(c->out, ']');
}

/*
 * A time pair of two fields of fsize bytes from a cmsg: "{tv_sec=1,
 * tv_usec=2}"; "???" when the data is shorter (strace's tprint_unavailable).
 */
static void print_time_pair(struct ltr_call *c, const unsigned char *data, size_t len,
			    unsigned fsize, const char *sub, unsigned count)
{
	unsigned i;

	if (len < (size_t)2 * fsize * count) {
		ltr_sb_puts(c->out, "???");
		return;
	}
	if (count > 1)
		ltr_sb_putc(c->out, '[');
	for (i = 0; i < count; i++, data += 2 * fsize) {
		if (i)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_printf(c->out, "{tv_sec=%lld, %s=%llu}",
			      (long long)ltr_get_sword(data, fsize), sub,
			      (unsigned long long)ltr_get_uword(data + fsize, fsize));
	}
	if (count > 1)
		ltr_sb_putc(c->out, ']');
}

/* struct sock_extended_err and its offender (IP_RECVERR). */
static void print_ip_recverr(struct ltr_call *c, const unsigned char *d)
{
	unsigned char sa[129];

	ltr_sb_printf(c->out, "{ee_errno=%u, ee_origin=%u, ee_type=%u, ee_code=%u, "
		      "ee_info=%u, ee_data=%u, offender=",
		      ltr_get_u32(d), d[4], d[5], d[6], ltr_get_u32(d + 8), ltr_get_u32(d + 12));
	memset(sa, 0, sizeof(sa));
	memcpy(sa, d + 16, 16);
	ltr_print_sockaddr_buf(c, sa, 16);
	ltr_sb_putc(c->out, '}');
}

/* SOL_SOCKET cmsg data by type; false when the type has none or it is too short. */
static bool print_socket_cmsg(struct ltr_call *c, int type, const unsigned char *d, size_t len)
{
	unsigned ws = ltr_wordsize(c);

	switch (type) {
	case 1: /* SCM_RIGHTS */
		if (len < 4)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		print_local_array(c, d, len, ARRAY_FD);
		return true;
	case 2: /* SCM_CREDENTIALS */
		if (len < 12)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data={pid=");
		ltr_print_pid(c, (int32_t)ltr_get_u32(d));
		ltr_sb_printf(c->out, ", uid=%u, gid=%u}", ltr_get_u32(d + 4), ltr_get_u32(d + 8));
		return true;
	case 3: /* SCM_SECURITY: a label, all of it */
		if (len < 1)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		ltr_print_quoted(c->out, (const char *)d, len, c->opts, false);
		return true;
	case 29: case 35: case 37: /* SO_TIMESTAMP*_OLD: native longs */
	case 63: case 64: case 65: /* SO_TIMESTAMP*_NEW: 64-bit fields */
		if (len < 1)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		print_time_pair(c, d, len, type >= 63 ? 8 : ws,
				type == 29 || type == 63 ? "tv_usec" : "tv_nsec",
				type == 37 || type == 65 ? 3 : 1);
		return true;
	default:
		return false;
	}
}

/* SOL_IP cmsg data by type. */
static bool print_ip_cmsg(struct ltr_call *c, int type, const unsigned char *d, size_t len)
{
	unsigned char sa[129];

	switch (type) {
	case 8: /* IP_PKTINFO */
		if (len < 12)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data={ipi_ifindex=");
		ltr_print_ifindex(c->out, ltr_get_u32(d));
		ltr_sb_puts(c->out, ", ");
		ltr_print_inet_addr(c->out, 2, d + 4, 4, "ipi_spec_dst");
		ltr_sb_puts(c->out, ", ");
		ltr_print_inet_addr(c->out, 2, d + 8, 4, "ipi_addr");
		ltr_sb_putc(c->out, '}');
		return true;
	case 2:  /* IP_TTL */
	case 23: /* IP_CHECKSUM */
		if (len < 4)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		print_local_array(c, d, len, ARRAY_U32);
		return true;
	case 1: /* IP_TOS */
	case 6: /* IP_RECVOPTS */
	case 7: /* IP_RETOPTS */
		if (len < 1)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		print_local_array(c, d, len, ARRAY_X8);
		return true;
	case 11: /* IP_RECVERR */
		if (len < 32)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		print_ip_recverr(c, d);
		return true;
	case 20: /* IP_ORIGDSTADDR */
		if (len < 16)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		memset(sa, 0, sizeof(sa));
		memcpy(sa, d, len > 128 ? 128 : len);
		ltr_print_sockaddr_buf(c, sa, len > 128 ? 128 : (unsigned)len);
		return true;
	case 3: /* SCM_SECURITY */
		if (len < 1)
			return false;
		ltr_sb_puts(c->out, ", cmsg_data=");
		ltr_print_quoted(c->out, (const char *)d, len, c->opts, false);
		return true;
	default:
		return false;
	}
}

static void print_cmsg_type_data(struct ltr_call *c, int level, int type,
				 const unsigned char *data, size_t len)
{
	switch (level) {
	case 1: /* SOL_SOCKET */
		ltr_print_xval(c->out, LTR_XT(scm_types), (uint32_t)type, "SCM_???");
		print_socket_cmsg(c, type, data, len);
		break;
	case 0: /* SOL_IP */
		ltr_print_xval(c->out, LTR_XT(ip_cmsg_types), (uint32_t)type, "IP_???");
		print_ip_cmsg(c, type, data, len);
		break;
	default:
		ltr_sb_printf(c->out, "%#x", (unsigned)type);
		break;
	}
}

/*
 * net.core.optmem_max, rounded up to 8: the most control data the kernel
 * takes, so the most read (strace's fallback when it cannot be read).
 */
static size_t optmem_max(void)
{
	static size_t max;
	FILE *f;
	int v = 0;

	if (max)
		return max;
	f = fopen("/proc/sys/net/core/optmem_max", "r");
	if (!f || fscanf(f, "%d", &v) != 1 || v <= 0)
		max = 8 * (2 * 1024 + 512);
	else
		max = ((size_t)v + 7) & ~(size_t)7;
	if (f)
		fclose(f);
	return max;
}

/*
 * The control messages of a msghdr: ", msg_control=[{cmsg_len=20, ...}]"
 * (nothing when in_len is 0), the address when unreadable. What follows
 * the last message that fits shows as "..." and its address in a
 * comment, a buffer longer than optmem_max as "...".
 */
static void print_control(struct ltr_call *c, uint64_t addr, uint64_t in_len)
{
	static unsigned char *buf;
	static size_t buf_cap;
	unsigned ws = ltr_wordsize(c);
	size_t hdr = ws + 8, max = optmem_max();
	size_t control_len = in_len > max ? max : (size_t)in_len, left = control_len, off = 0;

	if (!in_len)
		return;
	ltr_sb_puts(c->out, ", msg_control=");
	if (buf_cap < control_len) {
		buf = ltr_xrealloc(buf, control_len);
		buf_cap = control_len;
	}
	if (control_len < hdr || !ltr_fetch_quiet(c, addr, buf, control_len)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	ltr_sb_putc(c->out, '[');
	while (left >= hdr) {
		const unsigned char *p = buf + off;
		uint64_t cmsg_len = ltr_get_uword(p, ws);
		int level = (int32_t)ltr_get_u32(p + ws);
		int type = (int32_t)ltr_get_u32(p + ws + 4);
		uint64_t len = cmsg_len > left ? left : cmsg_len;

		if (off)
			ltr_sb_puts(c->out, ", ");
		ltr_sb_printf(c->out, "{cmsg_len=%llu, cmsg_level=", (unsigned long long)cmsg_len);
		ltr_print_xval(c->out, LTR_XT(socket_levels), (uint32_t)level, "SOL_???");
		ltr_sb_puts(c->out, ", cmsg_type=");
		print_cmsg_type_data(c, level, type, p + hdr, len > hdr ? (size_t)len - hdr : 0);
		ltr_sb_putc(c->out, '}');
		if (len < hdr) {
			left -= hdr;
			break;
		}
		/* CMSG_ALIGN: to the size of a long */
		len = (cmsg_len + ws - 1) & ~(uint64_t)(ws - 1);
		if (len >= left) {
			left = 0;
			break;
		}
		off += (size_t)len;
		left -= (size_t)len;
	}
	if (left)
		ltr_sb_printf(c->out, ", ... /* %#llx */",
			      (unsigned long long)(addr + (control_len - left)));
	else if (control_len < in_len)
		ltr_sb_puts(c->out, ", ...");
	ltr_sb_putc(c->out, ']');
}

/* --- msghdr --- */

/*
 * A msghdr already read: data is the byte budget of its iovecs (recvmsg:
 * the return value; -1: none). user_namelen points to the msg_namelen
 * given to a receiving call (printed "16 => 28" when it changed, and the
 * name shown up to the smaller of the two); NULL for a sending call.
 */
static void print_msghdr_fields(struct ltr_call *c, const struct msghdr_fields *m,
				int64_t data, const int32_t *user_namelen)
{
	int32_t namelen = (int32_t)m->namelen;
	int32_t shown = user_namelen && namelen > *user_namelen ? *user_namelen : namelen;
	unsigned char family[2];
	/* an AF_NETLINK msg_name: the iovecs hold netlink messages (strace) */
	bool nl = m->name && shown >= 2 && ltr_fetch_quiet(c, m->name, family, 2) &&
		  ltr_get_u16(family) == AF_NETLINK;

	ltr_sb_puts(c->out, "{msg_name=");
	ltr_print_sockaddr(c, m->name, shown);
	ltr_sb_puts(c->out, ", msg_namelen=");
	if (user_namelen && *user_namelen != namelen)
		ltr_sb_printf(c->out, "%d => ", *user_namelen);
	ltr_sb_printf(c->out, "%d, msg_iov=", namelen);
	ltr_print_iov_netlink(c, m->iov, m->iovlen, data, true, nl ? ltr_call_arg_int(c, 0) : -1);
	ltr_sb_printf(c->out, ", msg_iovlen=%llu", (unsigned long long)m->iovlen);
	print_control(c, m->control, m->controllen);
	ltr_sb_printf(c->out, ", msg_controllen=%llu, msg_flags=",
		      (unsigned long long)m->controllen);
	ltr_print_flags_dflt(c->out, LTR_XT(msg_flags), m->flags, NULL, "MSG_???");
	ltr_sb_putc(c->out, '}');
}

/* sendmsg's msghdr (printed at entry). */
void ltr_print_arg_msghdr(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	struct msghdr_fields m;

	if (!addr || !ltr_call_verbose(c) || !read_msghdr(c, addr, &m)) {
		ltr_print_addr(c->out, addr);
		return;
	}
	print_msghdr_fields(c, &m, -1, NULL);
}

/* recvmsg(fd, msg, flags): the msghdr is printed at exit. */
void ltr_decode_recvmsg(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[1]);
	struct msghdr_fields m;
	int32_t namelen;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		c->saved[1] = addr && ltr_call_verbose(c) && read_msghdr(c, addr, &m);
		c->saved[0] = c->saved[1] ? m.namelen : 0;
		return;
	}
	namelen = (int32_t)c->saved[0];
	if (!c->saved[1])
		ltr_print_addr(c->out, addr);
	else if (ltr_call_failed(c))
		ltr_sb_printf(c->out, "{msg_namelen=%d}", namelen);
	else if (!read_msghdr(c, addr, &m))
		ltr_print_addr(c->out, addr);
	else
		print_msghdr_fields(c, &m, c->ret, &namelen);
	ltr_sb_puts(c->out, ", ");
	ltr_print_flags_dflt(c->out, LTR_XT(msg_flags), (uint32_t)c->args[2], NULL, "MSG_???");
}

/* --- mmsghdr arrays --- */

/*
 * What recvmmsg's entry leaves for its exit, per thread: each msghdr's
 * msg_namelen before the call and the timeout as it was. Entries are
 * reused by thread id; a call that never returns leaves its entry to the
 * next one.
 */
struct mmsg_saved {
	pid_t tid;
	unsigned count;
	char timeout[96];
	int32_t namelen[MMSG_MAX];
};

static struct mmsg_saved mmsg_saved[4];

static struct mmsg_saved *mmsg_slot(pid_t tid, bool create)
{
	unsigned i;

	for (i = 0; i < sizeof(mmsg_saved) / sizeof(mmsg_saved[0]); i++)
		if (mmsg_saved[i].tid == tid)
			return &mmsg_saved[i];
	if (!create)
		return NULL;
	for (i = 0; i < sizeof(mmsg_saved) / sizeof(mmsg_saved[0]); i++)
		if (!mmsg_saved[i].tid)
			return &mmsg_saved[i];
	return &mmsg_saved[(unsigned)tid % (sizeof(mmsg_saved) / sizeof(mmsg_saved[0]))];
}

static unsigned mmsghdr_size(unsigned ws)
{
	return ws == 4 ? 32 : 64;
}

/*
 * vlen mmsghdrs at addr: msg_len shown for the first with_len of them,
 * used as the iovecs' byte budget when use_len; saved holds the
 * msg_namelens before the call (recvmmsg) or is NULL.
 */
static void print_mmsgvec(struct ltr_call *c, uint64_t addr, uint64_t vlen,
			  uint64_t with_len, bool use_len, const struct mmsg_saved *saved)
{
	unsigned ws = ltr_wordsize(c), esize = mmsghdr_size(ws);
	uint64_t i, count = saved && saved->count < MMSG_MAX ? saved->count : MMSG_MAX;
	bool opened = false;

	if (!addr) {
		ltr_sb_puts(c->out, "NULL");
		return;
	}
	if (!vlen) {
		ltr_sb_puts(c->out, "[]");
		return;
	}
	for (i = 0; i < vlen; i++) {
		uint64_t at = addr + i * esize;
		struct msghdr_fields m;
		uint32_t msg_len;
		int32_t user;

		if (i)
			ltr_sb_puts(c->out, ", ");
		if (!read_msghdr(c, at, &m) ||
		    !ltr_fetch_quiet(c, at + msghdr_size(ws), &msg_len, 4)) {
			if (!i)
				ltr_print_addr(c->out, at);
			else
				ltr_sb_printf(c->out, "... /* %#llx */", (unsigned long long)at);
			break;
		}
		if (!opened) {
			ltr_sb_putc(c->out, '[');
			opened = true;
		}
		if ((ltr_call_abbrev(c) && i >= ltr_array_max(c)) || i >= count) {
			ltr_sb_puts(c->out, "...");
			break;
		}
		ltr_sb_puts(c->out, "{msg_hdr=");
		if (saved)
			user = saved->namelen[i];
		print_msghdr_fields(c, &m, use_len ? (int64_t)msg_len : -1,
				    saved ? &user : NULL);
		if (i < with_len)
			ltr_sb_printf(c->out, ", msg_len=%u", msg_len);
		ltr_sb_putc(c->out, '}');
	}
	if (opened)
		ltr_sb_putc(c->out, ']');
}

static void print_timeout(struct ltr_call *c, uint64_t addr, bool time64)
{
	if (time64)
		ltr_print_timespec64(c, addr);
	else
		ltr_print_timespec(c, addr);
}

/* "{tv_sec=0, tv_nsec=5}" of addr into buf (size bytes), or "" when too long. */
static void sprint_timeout(struct ltr_call *c, uint64_t addr, bool time64, char *buf,
			   size_t size)
{
	struct ltr_strbuf scratch = LTR_STRBUF_INIT, *out = c->out;

	c->out = &scratch;
	print_timeout(c, addr, time64);
	c->out = out;
	snprintf(buf, size, "%s", scratch.len < size ? ltr_sb_cstr(&scratch) : "");
	ltr_sb_free(&scratch);
}

/*
 * sendmmsg(fd, msgvec, vlen, flags) and recvmmsg(fd, msgvec, vlen, flags,
 * timeout): a call that is not verbose prints all at entry, its arrays as
 * addresses. sendmmsg shows its vlen messages at exit, the msg_len of the
 * ret first ones; recvmmsg its ret messages, their data limited by their
 * msg_len, the timeout as it was at entry, and the time left or
 * "Timeout" after the return value.
 */
void ltr_decode_mmsg(struct ltr_call *c)
{
	uint64_t addr = ltr_word_mask(c, c->args[1]), tsaddr = ltr_word_mask(c, c->args[4]);
	unsigned vlen = (uint32_t)c->args[2];
	bool recv = c->desc && c->desc->name[0] == 'r';
	bool time64 = c->desc && strstr(c->desc->name, "time64");
	struct mmsg_saved *saved = NULL;

	if (!c->exiting) {
		unsigned i, n = vlen > MMSG_MAX ? MMSG_MAX : vlen, esize;
		struct msghdr_fields m;

		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		c->saved[0] = ltr_call_verbose(c);
		if (!c->saved[0]) {
			ltr_print_addr(c->out, addr);
			ltr_sb_printf(c->out, ", %u, ", vlen);
			ltr_print_flags_dflt(c->out, LTR_XT(msg_flags), (uint32_t)c->args[3],
					     NULL, "MSG_???");
			if (recv) {
				ltr_sb_puts(c->out, ", ");
				print_timeout(c, tsaddr, time64);
			}
			return;
		}
		if (!recv)
			return;
		saved = mmsg_slot(c->tid, true);
		saved->tid = c->tid;
		esize = mmsghdr_size(ltr_wordsize(c));
		for (i = 0; i < n && read_msghdr(c, addr + (uint64_t)i * esize, &m); i++)
			saved->namelen[i] = (int32_t)m.namelen;
		saved->count = i;
		sprint_timeout(c, tsaddr, time64, saved->timeout, sizeof(saved->timeout));
		return;
	}
	if (recv) {
		saved = mmsg_slot(c->tid, false);
		if (saved)
			saved->tid = 0;
	}
	if (!c->saved[0]) {
		if (recv && !ltr_call_failed(c) && c->ret == 0)
			snprintf(c->ret_text, sizeof(c->ret_text), " (Timeout)");
		return;
	}
	if (recv) {
		/* a failed call's array is not read: its address */
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, addr);
		else
			print_mmsgvec(c, addr, (uint64_t)c->ret, (uint64_t)c->ret, true, saved);
	} else {
		print_mmsgvec(c, addr, vlen, ltr_call_failed(c) ? 0 : (uint64_t)c->ret, false,
			      NULL);
	}
	ltr_sb_printf(c->out, ", %u, ", vlen);
	ltr_print_flags_dflt(c->out, LTR_XT(msg_flags), (uint32_t)c->args[3], NULL, "MSG_???");
	if (!recv)
		return;
	ltr_sb_puts(c->out, ", ");
	if (saved)
		ltr_sb_puts(c->out, saved->timeout);
	else
		print_timeout(c, tsaddr, time64);
	if (ltr_call_failed(c))
		return;
	if (c->ret == 0) {
		snprintf(c->ret_text, sizeof(c->ret_text), " (Timeout)");
	} else if (tsaddr) {
		char left[80];

		sprint_timeout(c, tsaddr, time64, left, sizeof(left));
		snprintf(c->ret_text, sizeof(c->ret_text), " (left %s)", left);
	}
}
