/* SPDX-License-Identifier: MIT */
/*
 * Multiplexed calls: i386's socketcall(2) and ipc(2), each one entry to a
 * family of calls that its first argument names. At the entry stop the
 * core resolves such a call into the one it stands for
 * (ltr_demux_entry()), as strace does, so that every consumer sees that
 * call: c->desc is its row, c->args its arguments (socketcall's read
 * from the array in the tracee, ipc's shifted by one), c->sel_nr the
 * number selections judge it by (-e trace=, hooks), and -c counts it by
 * its name. c->nr stays the number the kernel got (-n prints it). An
 * unknown call number or an unreadable array leaves the call as it is,
 * printed by the rows' own decoders (net.c, ipc.c).
 *
 * A hook that changes the arguments of a resolved call changes them
 * where the kernel reads them (ltr_demux_apply_args()): ipc's registers,
 * or the words of socketcall's array, put back at the exit stop
 * (ltr_demux_restore()).
 */
#include <ctype.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

/*
 * The calls socketcall and ipc stand for: xlat/socketcalls.in (SYS_SOCKET
 * is socket) and xlat/ipc_calls.in (SEMOP is semop); a socketcall's
 * array holds as many words as its call's row has arguments.
 */

#define IPC_CALL_MAX 32 /* above every socketcall and ipc call number */

enum family { SOCKETCALL, IPC, NFAMILIES };

static enum family family_of(const struct ltr_syscall_desc *desc)
{
	return strcmp(desc->name, "socketcall") == 0 ? SOCKETCALL : IPC;
}

/* The row of call number call of family f, or NULL. */
static const struct ltr_syscall_desc *subcall_desc(enum family f, uint32_t call)
{
	const struct ltr_syscall_desc *sub;
	const char *name;
	char lower[16];
	unsigned i;

	name = ltr_xlat_lookup(f == SOCKETCALL ? LTR_XT(socketcalls) : LTR_XT(ipc_calls), call);
	if (name && f == SOCKETCALL && strncmp(name, "SYS_", 4) == 0)
		name += 4;
	if (!name || strlen(name) >= sizeof(lower))
		return NULL;
	for (i = 0; name[i]; i++)
		lower[i] = (char)tolower((unsigned char)name[i]);
	lower[i] = '\0';
	sub = ltr_syscall_desc_find(lower);
	if (f == SOCKETCALL)
		return sub;
	/* ipc's calls need their own decoders: the arguments are where ipc(2) puts them */
	return sub && sub->decode ? sub : NULL;
}

/*
 * The number a subcall is judged by on arch: its own (for i386's accept,
 * send, recv, semop and semtimedop, ltr's, from LTR_SUBCALL_NR_BASE), or
 * the multiplexed call's where the table has none. Cached per arch (a
 * name lookup walks the arch's table).
 */
static long subcall_nr(const struct ltr_arch *arch, long outer, enum family f, uint32_t call,
		       const struct ltr_syscall_desc *sub)
{
	static struct {
		const struct ltr_arch *arch;
		long nr[NFAMILIES][IPC_CALL_MAX];
	} cache[4];
	unsigned i;
	long nr;

	if (call >= IPC_CALL_MAX)
		return outer;
	for (i = 0; i < 4 && cache[i].arch && cache[i].arch != arch; i++)
		;
	if (i < 4 && cache[i].arch != arch) {
		cache[i].arch = arch;
		memset(cache[i].nr, 0, sizeof(cache[i].nr));
	}
	if (i < 4 && cache[i].nr[f][call])
		nr = cache[i].nr[f][call] - 1; /* stored plus one: 0 is "not looked up" */
	else {
		nr = ltr_arch_syscall_nr(arch, sub->name);
		if (i < 4)
			cache[i].nr[f][call] = nr + 1;
	}
	return nr >= 0 ? nr : outer;
}

void ltr_demux_entry(struct ltr_call *c)
{
	const struct ltr_syscall_desc *outer = c->desc, *sub;
	enum family f = family_of(outer);
	unsigned ws = ltr_wordsize(c), n, i;
	uint32_t call = (uint32_t)c->args[0];
	unsigned char words[6 * 8];

	if (f == IPC)
		call &= 0xffff; /* the version is above */
	sub = subcall_desc(f, call);
	if (!sub)
		return;
	memcpy(c->mux.args, c->args, sizeof(c->args));
	if (f == SOCKETCALL) {
		n = sub->nargs;
		if (ltr_mem_read(c->mem, ltr_word_mask(c, c->args[1]), words, n * ws) < 0)
			return;
		for (i = 0; i < 6; i++)
			c->args[i] = i < n ? ltr_get_uword(words + i * ws, ws) : 0;
		memcpy(c->mux.words, c->args, sizeof(c->args));
		c->mux.nwords = n;
	} else {
		for (i = 0; i < 5; i++)
			c->args[i] = c->args[i + 1];
		c->args[5] = 0;
		c->mux.nwords = 0;
	}
	c->mux.desc = outer;
	c->mux.written = false;
	c->desc = sub;
	c->ret_kind = sub->ret;
	c->sel_nr = subcall_nr(c->arch, c->nr, f, call, sub);
	/* -e abbrev=, verbose=, raw= hold the call as the one it stands for */
	c->dflags = ltr_decode_call_flags(c->arch, c->sel_nr);
}

void ltr_demux_subcalls(const struct ltr_arch *arch, long nr, void (*fn)(long sub_nr, void *ctx),
			void *ctx)
{
	const struct ltr_syscall_desc *outer = ltr_arch_syscall_desc(arch, nr), *sub;
	enum family f;
	uint32_t call;
	long sub_nr;

	if (!outer || !(outer->flags & LTR_SF_MULTIPLEX))
		return;
	f = family_of(outer);
	for (call = 0; call < IPC_CALL_MAX; call++) {
		sub = subcall_desc(f, call);
		if (sub && (sub_nr = subcall_nr(arch, nr, f, call, sub)) != nr)
			fn(sub_nr, ctx);
	}
}

bool ltr_demux_apply_args(struct ltr_call *c, uint64_t regs[6])
{
	unsigned ws = ltr_wordsize(c), i;
	unsigned char words[6 * 8];

	memcpy(regs, c->mux.args, sizeof(c->mux.args));
	if (family_of(c->mux.desc) == IPC) {
		for (i = 0; i < 5; i++)
			regs[i + 1] = c->args[i];
		return true;
	}
	for (i = 0; i < c->mux.nwords; i++)
		ltr_put_uword(words + i * ws, ws, c->args[i]);
	if (ltr_mem_write(c->mem, ltr_word_mask(c, c->mux.args[1]), words, c->mux.nwords * ws) == 0)
		c->mux.written = true;
	return false;
}

void ltr_demux_restore(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c), i;
	unsigned char words[6 * 8];

	if (!c->mux.written)
		return;
	for (i = 0; i < c->mux.nwords; i++)
		ltr_put_uword(words + i * ws, ws, c->mux.words[i]);
	ltr_mem_write(c->mem, ltr_word_mask(c, c->mux.args[1]), words, c->mux.nwords * ws);
	c->mux.written = false;
}
