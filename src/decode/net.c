/* SPDX-License-Identifier: MIT */
/*
 * Sockets: socket/socketpair arguments, accept/getsockname/getpeername
 * and recvfrom with their socklen_t in/out pairs ("[128 => 16]"), and
 * i386's socketcall, as strace 6.1 prints them. Addresses are printed by
 * sockaddr.c, msghdrs by msghdr.c, options by sockopt.c.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/* --- socket(), socketpair() --- */

void ltr_print_arg_sock_type(struct ltr_call *c, unsigned idx)
{
	uint32_t v = (uint32_t)c->args[idx];
	uint32_t type = v & 0xf, flags = v & ~0xfu;
	const char *name = ltr_xlat_lookup(LTR_XT(socket_types), type);

	/* An unknown type makes the whole value unknown, as in strace. */
	if (!name) {
		ltr_print_xval(c->out, LTR_XT(socket_types), v, "SOCK_???");
		return;
	}
	ltr_print_xlat(c->out, type, LTR_XF_HEX, name);
	if (flags) {
		ltr_sb_putc(c->out, '|');
		ltr_print_flags_dflt(c->out, LTR_XT(socket_flags), flags, NULL, "SOCK_???");
	}
}

/* The protocol argument of socket(): its table depends on the family (arg 0). */
void ltr_print_arg_sock_proto(struct ltr_call *c, unsigned idx)
{
	uint32_t family = (uint32_t)c->args[0];
	uint32_t proto = (uint32_t)c->args[idx];

	switch (family) {
	case 2:  /* AF_INET */
	case 10: /* AF_INET6 */
		ltr_print_xval(c->out, LTR_XT(inet_protocols), proto, "IPPROTO_???");
		break;
	case 16: /* AF_NETLINK */
		ltr_print_xval(c->out, LTR_XT(netlink_protocols), proto, "NETLINK_???");
		break;
	case 17: /* AF_PACKET: a network-order ETH_P_* */
		ltr_sb_puts(c->out, "htons(");
		ltr_print_xval(c->out, LTR_XT(ethernet_protocols),
			       (uint16_t)((proto >> 8 & 0xff) | (proto & 0xff) << 8),
			       "ETH_P_???");
		ltr_sb_putc(c->out, ')');
		break;
	default:
		ltr_sb_printf(c->out, "%u", proto);
		break;
	}
}

/* socketpair's sv: "[3, 4]" at exit. */
void ltr_print_arg_fd_pair(struct ltr_call *c, unsigned idx)
{
	uint64_t addr = ltr_word_mask(c, c->args[idx]);
	int32_t fds[2];

	if (ltr_call_failed(c) || !c->exiting) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (ltr_fetch(c, addr, fds, sizeof(fds)))
		ltr_print_fd_pair(c, fds);
}

/* --- accept, getsockname, recvfrom --- */

void ltr_print_socklen_inout(struct ltr_call *c, uint64_t addr, bool in_ok, int32_t in)
{
	int32_t out;

	if (!in_ok) {
		ltr_print_addr(c->out, addr);
		return;
	}
	if (ltr_call_failed(c) || ltr_mem_read(c->mem, addr, &out, 4) < 0 || out == in) {
		ltr_sb_printf(c->out, "[%d]", in);
		return;
	}
	ltr_sb_printf(c->out, "[%d => %d]", in, out);
}

/*
 * At entry: the socklen_t at lenaddr into c->saved[0], c->saved[1] true
 * when read; as strace, only for a verbose call with both pointers set.
 */
static void save_socklen(struct ltr_call *c, uint64_t addr, uint64_t lenaddr)
{
	int32_t v = 0;

	c->saved[1] = ltr_call_verbose(c) && addr && lenaddr && ltr_fetch_quiet(c, lenaddr, &v, 4);
	c->saved[0] = (uint32_t)v;
}

/*
 * A sockaddr output argument and its socklen_t in/out pointer at exit:
 * the address of each when the length was not read at entry, the
 * address and [in] when the call failed, else the sockaddr of the
 * smaller of the two lengths and [in => out].
 */
static void print_sockaddr_out(struct ltr_call *c, uint64_t addr, uint64_t lenaddr)
{
	int32_t in = (int32_t)c->saved[0], out;

	if (!c->saved[1]) {
		ltr_print_addr(c->out, addr);
		ltr_sb_puts(c->out, ", ");
		ltr_print_addr(c->out, lenaddr);
		return;
	}
	if (ltr_call_failed(c) || ltr_mem_read(c->mem, lenaddr, &out, 4) < 0) {
		ltr_print_addr(c->out, addr);
		ltr_sb_printf(c->out, ", [%d]", in);
		return;
	}
	ltr_print_sockaddr(c, addr, in > out ? out : in);
	if (in != out)
		ltr_sb_printf(c->out, ", [%d => %d]", in, out);
	else
		ltr_sb_printf(c->out, ", [%d]", out);
}

/* accept, accept4, getsockname, getpeername: (fd, addr, addrlen[, flags]). */
void ltr_decode_sockname(struct ltr_call *c)
{
	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		save_socklen(c, ltr_word_mask(c, c->args[1]), ltr_word_mask(c, c->args[2]));
		return;
	}
	print_sockaddr_out(c, ltr_word_mask(c, c->args[1]), ltr_word_mask(c, c->args[2]));
	if (c->desc && c->desc->nargs == 4) {
		ltr_sb_puts(c->out, ", ");
		ltr_print_flags_dflt(c->out, LTR_XT(socket_flags), (uint32_t)c->args[3], NULL,
				     "SOCK_???");
	}
}

/*
 * recvfrom(fd, buf, len, flags, src_addr, addrlen); recv(fd, buf, len,
 * flags). The buffer shows what was received, at most len bytes (a
 * MSG_TRUNC datagram returns its full size).
 */
void ltr_decode_recvfrom(struct ltr_call *c)
{
	uint64_t buf = ltr_word_mask(c, c->args[1]), len = ltr_word_mask(c, c->args[2]);
	bool from = c->desc && c->desc->nargs == 6;

	if (!c->exiting) {
		ltr_print_fd(c, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		if (from)
			save_socklen(c, ltr_word_mask(c, c->args[4]), ltr_word_mask(c, c->args[5]));
		return;
	}
	if (ltr_call_failed(c)) {
		ltr_print_addr(c->out, buf);
	} else {
		uint64_t got = ltr_word_mask(c, (uint64_t)c->ret);

		ltr_print_sockbuf(c, ltr_call_arg_int(c, 0), buf, got < len ? got : len);
	}
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)len);
	ltr_print_flags_dflt(c->out, LTR_XT(msg_flags), (uint32_t)c->args[3], NULL, "MSG_???");
	if (from) {
		ltr_sb_puts(c->out, ", ");
		print_sockaddr_out(c, ltr_word_mask(c, c->args[4]), ltr_word_mask(c, c->args[5]));
	}
}

/* sendto's buffer (its length is argument param): netlink messages or bytes. */
void ltr_print_arg_sockbuf_in(struct ltr_call *c, unsigned idx)
{
	unsigned n = c->desc ? c->desc->args[idx].param : idx + 1;

	ltr_print_sockbuf(c, ltr_call_arg_int(c, 0), ltr_word_mask(c, c->args[idx]),
			  ltr_word_mask(c, c->args[n]));
}

/* --- socketcall (i386) --- */

/*
 * socketcall(call, args) the core could not resolve into the socket call
 * it stands for (src/decode/demux.c: an unknown call number, an
 * unreadable array): socketcall(N, address), as strace prints it.
 */
void ltr_decode_socketcall(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_sb_printf(c->out, "%u, ", (uint32_t)c->args[0]);
	ltr_print_addr(c->out, ltr_word_mask(c, c->args[1]));
}
