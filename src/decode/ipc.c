/* SPDX-License-Identifier: MIT */
/*
 * SysV IPC: msgget, msgsnd, msgrcv, msgctl; semget, semop, semtimedop,
 * semctl; shmget, shmat, shmdt, shmctl. The structures are the kernel's
 * 64-bit ones (msqid64_ds, semid64_ds, shmid64_ds, ipc64_perm), laid out
 * per the tracee's word size (i386's time fields have a high word
 * beside them; x86_64's semid64_ds keeps a padding word after each
 * time). Control commands that fill a structure print it at exit, and
 * only when the call succeeded. i386's multiplexed ipc(2) prints as the
 * call it stands for (resolved by src/decode/demux.c: c->mux), with that
 * call's arguments where ipc(2) puts them.
 */
#include <stdio.h>
#include <string.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/mem.h"
#include "decoders.h"

#define IPC_64_FLAG 0x100u
#define IPC_RMID_CMD 0
#define IPC_SET_CMD 1
#define IPC_STAT_CMD 2
#define IPC_INFO_CMD 3
#define SHM_HUGE_SHIFT_BITS 26
#define SHM_HUGE_MASK_BITS 0x3fu

/* the call came through ipc(2): its arguments are (first, second, third, ptr, fifth) */
static bool indirect(const struct ltr_call *c)
{
	return c->mux.desc != NULL;
}

/*
 * strace's printflags with no default text: nothing for 0; returns
 * whether a "|" may follow (a known bit printed, or any bit under -X raw).
 */
static bool print_flags_nodflt(struct ltr_strbuf *out, const struct ltr_xlat_table *t,
			       uint64_t val)
{
	const struct ltr_xlat *x;
	bool known = false;

	if (!val)
		return false;
	ltr_print_flags(out, t, val, NULL);
	if (ltr_xlat_style() == LTR_XLAT_RAW)
		return true;
	for (x = t->xlat; x->name; x++)
		if (x->val && (val & x->val) == x->val)
			known = true;
	return known;
}

/* key and flags of msgget and semget: "IPC_PRIVATE", "IPC_CREAT|0600" */
static void print_key(struct ltr_call *c, unsigned idx)
{
	ltr_print_xval(c->out, LTR_XT(ipc_private), (uint32_t)c->args[idx], NULL);
}

static void print_get_flags(struct ltr_call *c, uint64_t flags)
{
	if (print_flags_nodflt(c->out, LTR_XT(ipc_resource_flags), flags & ~(uint64_t)0777))
		ltr_sb_putc(c->out, '|');
	ltr_sb_printf(c->out, "%#03o", (unsigned)(flags & 0777));
}

/* a control command: "IPC_64|IPC_STAT", IPC_64 apart as strace prints it */
static void print_ctl_cmd(struct ltr_call *c, const struct ltr_xlat_table *t, uint32_t cmd)
{
	if (cmd & IPC_64_FLAG) {
		ltr_print_xlat(c->out, IPC_64_FLAG, LTR_XF_HEX,
			       ltr_xlat_lookup(LTR_XT(ipc_cmd_flags), IPC_64_FLAG));
		ltr_sb_putc(c->out, '|');
	}
	ltr_print_xt(c->out, t, cmd & ~IPC_64_FLAG);
}

/* Field readers over a raw structure of the tracee. */
struct ipc_buf {
	const unsigned char *p;
	unsigned ws;
};

static uint64_t word_at(const struct ipc_buf *b, unsigned off)
{
	return ltr_get_uword(b->p + off, b->ws);
}

/* ipc64_perm: 36 bytes on i386 (a 16-bit mode), 48 on 64-bit arches. */
static unsigned perm_size(unsigned ws)
{
	return ws == 4 ? 36 : 48;
}

static void print_id(struct ltr_strbuf *out, uint32_t id)
{
	if (id == UINT32_MAX)
		ltr_sb_puts(out, "-1");
	else
		ltr_sb_printf(out, "%u", id);
}

/* "{uid=0, gid=0, mode=0600, key=0, cuid=0, cgid=0}"; IPC_SET: the first three */
static void print_perm(struct ltr_call *c, const struct ipc_buf *b, bool set)
{
	uint64_t mode = b->ws == 4 ? ltr_get_u16(b->p + 20) : ltr_get_u32(b->p + 20);

	ltr_sb_puts(c->out, "{uid=");
	print_id(c->out, ltr_get_u32(b->p + 4));
	ltr_sb_puts(c->out, ", gid=");
	print_id(c->out, ltr_get_u32(b->p + 8));
	ltr_sb_printf(c->out, ", mode=%#03llo", (unsigned long long)mode);
	if (!set) {
		ltr_sb_printf(c->out, ", key=%u, cuid=", ltr_get_u32(b->p));
		print_id(c->out, ltr_get_u32(b->p + 12));
		ltr_sb_puts(c->out, ", cgid=");
		print_id(c->out, ltr_get_u32(b->p + 16));
	}
	ltr_sb_putc(c->out, '}');
}

/* --- messages --- */

void ltr_decode_msgget(struct ltr_call *c)
{
	if (c->exiting)
		return;
	print_key(c, 0);
	ltr_sb_puts(c->out, ", ");
	print_get_flags(c, (uint32_t)c->args[1]);
}

/* struct msgbuf: "{mtype=1, mtext="..."}", count bytes of text */
static void print_msgbuf(struct ltr_call *c, uint64_t addr, uint64_t count)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char mtype[8];

	if (!ltr_fetch(c, addr, mtype, ws))
		return;
	ltr_sb_printf(c->out, "{mtype=%lld, mtext=", (long long)ltr_get_sword(mtype, ws));
	ltr_print_buf(c, addr + ws, count);
	ltr_sb_putc(c->out, '}');
}

/* msgsnd(msqid, msgp, msgsz, msgflg) */
void ltr_decode_msgsnd(struct ltr_call *c)
{
	bool ind = indirect(c);
	uint64_t count = ltr_arg_word(c, ind ? 1 : 2);

	if (c->exiting)
		return;
	ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	print_msgbuf(c, ltr_arg_word(c, ind ? 3 : 1), count);
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)count);
	ltr_print_xt(c->out, LTR_XT(ipc_msg_flags), (uint32_t)c->args[ind ? 2 : 3]);
}

/*
 * msgrcv through ipc(2), at exit: version 0 passes the buffer and the
 * type in a struct ipc_kludge at ptr, later versions pass them in ptr
 * and fifth; the size is second, the flags third.
 */
static void print_msgrcv_indirect(struct ltr_call *c)
{
	unsigned ws = ltr_wordsize(c);
	uint64_t count = ltr_arg_word(c, 1), msgp, type;
	unsigned char kludge[16];

	if (c->mux.args[0] >> 16) { /* ipc(2)'s version of the call */
		msgp = ltr_arg_word(c, 3);
		type = ltr_arg_word(c, 4);
	} else if (!ltr_call_failed(c) && ltr_fetch(c, ltr_arg_word(c, 3), kludge, 2 * ws)) {
		msgp = ltr_get_uword(kludge, ws);
		type = ltr_get_uword(kludge + ws, ws);
	} else {
		/* a failed call's kludge is not read: its address, as strace */
		if (ltr_call_failed(c))
			ltr_print_addr(c->out, ltr_arg_word(c, 3));
		ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)count);
		ltr_print_xt(c->out, LTR_XT(ipc_msg_flags), (uint32_t)c->args[2]);
		return;
	}
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, msgp);
	else
		print_msgbuf(c, msgp, count);
	ltr_sb_printf(c->out, ", %llu, %lld, ", (unsigned long long)count,
		      (long long)ltr_get_sword((const unsigned char *)&type, ws));
	ltr_print_xt(c->out, LTR_XT(ipc_msg_flags), (uint32_t)c->args[2]);
}

/* msgrcv(msqid, msgp, msgsz, msgtyp, msgflg): the message at exit */
void ltr_decode_msgrcv(struct ltr_call *c)
{
	uint64_t count = ltr_arg_word(c, 2);

	if (!c->exiting) {
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		return;
	}
	if (indirect(c)) {
		print_msgrcv_indirect(c);
		return;
	}
	if (ltr_call_failed(c))
		ltr_print_addr(c->out, ltr_arg_word(c, 1));
	else
		print_msgbuf(c, ltr_arg_word(c, 1), count);
	ltr_sb_printf(c->out, ", %llu, %lld, ", (unsigned long long)count,
		      (long long)ltr_get_sword((const unsigned char *)&c->args[3], ltr_wordsize(c)));
	ltr_print_xt(c->out, LTR_XT(ipc_msg_flags), (uint32_t)c->args[4]);
}

/* msqid64_ds (IPC_SET: the perm's first three fields and msg_qbytes) */
static void print_msqid_ds(struct ltr_call *c, uint64_t addr, bool set)
{
	unsigned ws = ltr_wordsize(c), p = perm_size(ws);
	unsigned char raw[120];
	struct ipc_buf b = { raw, ws };
	unsigned size = p + 24 + 5 * ws + 8;

	if (!ltr_fetch(c, addr, raw, size))
		return;
	ltr_sb_puts(c->out, "{msg_perm=");
	print_perm(c, &b, set);
	if (!set)
		ltr_sb_printf(c->out, ", msg_stime=%llu, msg_rtime=%llu, msg_ctime=%llu, msg_qnum=%llu",
			      (unsigned long long)word_at(&b, p),
			      (unsigned long long)word_at(&b, p + 8),
			      (unsigned long long)word_at(&b, p + 16),
			      (unsigned long long)word_at(&b, p + 24 + ws));
	ltr_sb_printf(c->out, ", msg_qbytes=%llu", (unsigned long long)word_at(&b, p + 24 + 2 * ws));
	if (!set)
		ltr_sb_printf(c->out, ", msg_lspid=%d, msg_lrpid=%d",
			      (int32_t)ltr_get_u32(raw + p + 24 + 3 * ws),
			      (int32_t)ltr_get_u32(raw + p + 28 + 3 * ws));
	ltr_sb_putc(c->out, '}');
}

/* struct msginfo: seven ints and an unsigned short */
static void print_msginfo(struct ltr_call *c, uint64_t addr)
{
	unsigned char raw[32];
	int32_t v[7];
	unsigned i;

	if (!ltr_fetch(c, addr, raw, sizeof(raw)))
		return;
	for (i = 0; i < 7; i++)
		v[i] = (int32_t)ltr_get_u32(raw + 4 * i);
	ltr_sb_printf(c->out, "{msgpool=%d, msgmap=%d, msgmax=%d, msgmnb=%d, msgmni=%d, msgssz=%d, msgtql=%d, msgseg=%u}",
		      v[0], v[1], v[2], v[3], v[4], v[5], v[6], ltr_get_u16(raw + 28));
}

/*
 * msgctl and shmctl, one shape: (id, cmd, buf), buf a structure to read at
 * entry (IPC_SET), a structure filled by the kernel (the STAT commands:
 * printed at exit), an info structure (the INFO commands), or an
 * address.
 */
struct ctl_family {
	const struct ltr_xlat_table *cmds;
	uint32_t stat_cmd, info_cmd, stat_any_cmd; /* the family's MSG_* / SHM_* */
	void (*print_ds)(struct ltr_call *c, uint64_t addr, bool set);
	void (*print_info)(struct ltr_call *c, uint64_t addr, uint32_t cmd);
};

static void decode_ctl(struct ltr_call *c, const struct ctl_family *f)
{
	uint32_t cmd = (uint32_t)c->args[1] & ~IPC_64_FLAG;
	uint64_t addr = ltr_arg_word(c, indirect(c) ? 3 : 2);
	bool stat = cmd == IPC_STAT_CMD || cmd == f->stat_cmd || cmd == f->stat_any_cmd;
	bool info = cmd == IPC_INFO_CMD || cmd == f->info_cmd;

	if (!c->exiting) {
		ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 0));
		ltr_sb_puts(c->out, ", ");
		print_ctl_cmd(c, f->cmds, (uint32_t)c->args[1]);
		ltr_sb_puts(c->out, ", ");
		if (cmd == IPC_SET_CMD)
			f->print_ds(c, addr, true);
		else if (!stat && !info)
			ltr_print_addr(c->out, addr);
		return;
	}
	if (!stat && !info)
		return;
	if (!addr || ltr_call_failed(c))
		ltr_print_addr(c->out, addr);
	else if (stat)
		f->print_ds(c, addr, false);
	else
		f->print_info(c, addr, cmd);
}

/* IPC_INFO and MSG_INFO both fill a struct msginfo */
static void print_msg_info_cmd(struct ltr_call *c, uint64_t addr, uint32_t cmd)
{
	(void)cmd;
	print_msginfo(c, addr);
}

/* msgctl(msqid, cmd, buf) */
void ltr_decode_msgctl(struct ltr_call *c)
{
	static const struct ctl_family msg = {
		LTR_XT(msgctl_cmds), 11, 12, 13, /* MSG_STAT, MSG_INFO, MSG_STAT_ANY */
		print_msqid_ds, print_msg_info_cmd,
	};

	decode_ctl(c, &msg);
}

/* --- semaphores --- */

/* semget(key, nsems, semflg) */
void ltr_decode_semget(struct ltr_call *c)
{
	if (c->exiting)
		return;
	print_key(c, 0);
	ltr_sb_printf(c->out, ", %d, ", ltr_call_arg_int(c, 1));
	print_get_flags(c, (uint32_t)c->args[2]);
}

static bool print_sembuf(struct ltr_call *c, const unsigned char *e, unsigned size, void *data)
{
	(void)size;
	(void)data;
	ltr_sb_printf(c->out, "{sem_num=%u, sem_op=%d, sem_flg=", ltr_get_u16(e),
		      (int16_t)ltr_get_u16(e + 2));
	ltr_print_xt(c->out, LTR_XT(semop_flags), ltr_get_u16(e + 4));
	ltr_sb_putc(c->out, '}');
	return true;
}

/*
 * semop(semid, sops, nsops), semtimedop(semid, sops, nsops, timeout):
 * the sembuf array (6 bytes each), then the timeout as its row says.
 */
void ltr_decode_semop(struct ltr_call *c)
{
	bool ind = indirect(c);
	uint32_t nsops = (uint32_t)c->args[ind ? 1 : 2];

	if (c->exiting)
		return;
	ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_array(c, ltr_arg_word(c, ind ? 3 : 1), nsops, 6, print_sembuf, NULL);
	ltr_sb_printf(c->out, ", %u", nsops);
	if (c->desc && c->desc->nargs > 3 && c->desc->args[3].print) {
		/* semtimedop's timeout: fifth through ipc(2) */
		ltr_sb_puts(c->out, ", ");
		c->desc->args[3].print(c, ind ? 4 : 3);
	}
}

#define IPC_SEMUN_UNREAD 2u

/* semctl's argument as an address; through ipc(2), in brackets */
static void print_semun_addr(struct ltr_call *c, uint64_t addr)
{
	if (indirect(c))
		ltr_sb_putc(c->out, '[');
	ltr_print_addr(c->out, addr);
	if (indirect(c))
		ltr_sb_putc(c->out, ']');
}

/* semid64_ds (IPC_SET: the perm's first three fields) */
static void print_semid_ds(struct ltr_call *c, uint64_t addr, bool set)
{
	unsigned ws = ltr_wordsize(c), p = perm_size(ws);
	bool padded = ltr_arch_is(c, "x86_64");
	unsigned ctime = padded ? p + 16 : p + 8, nsems = padded ? p + 32 : p + 16;
	unsigned char raw[104];
	struct ipc_buf b = { raw, ws };

	if (!ltr_fetch_quiet(c, addr, raw, nsems + 3 * ws) ||
	    (c->exiting && ltr_call_failed(c))) {
		print_semun_addr(c, addr);
		return;
	}
	ltr_sb_puts(c->out, "{sem_perm=");
	print_perm(c, &b, set);
	if (!set)
		ltr_sb_printf(c->out, ", sem_otime=%llu, sem_ctime=%llu, sem_nsems=%llu",
			      (unsigned long long)word_at(&b, p),
			      (unsigned long long)word_at(&b, ctime),
			      (unsigned long long)word_at(&b, nsems));
	ltr_sb_putc(c->out, '}');
}

static void print_seminfo(struct ltr_call *c, uint64_t addr)
{
	static const char *const names[] = { "semmap", "semmni", "semmns", "semmnu",
		"semmsl", "semopm", "semume", "semusz", "semvmx", "semaem" };
	unsigned char raw[40];
	unsigned i;

	/* strace reads it twice, the first time without brackets */
	if (!ltr_fetch(c, addr, raw, sizeof(raw)))
		return;
	for (i = 0; i < 10; i++)
		ltr_sb_printf(c->out, "%s%s=%d", i ? ", " : "{", names[i],
			      (int32_t)ltr_get_u32(raw + 4 * i));
	ltr_sb_putc(c->out, '}');
}

enum { SEM_STAT_CMD = 18, SEM_INFO_CMD, SEM_STAT_ANY_CMD };

/* semctl(semid, semnum, cmd, arg): arg is the union semun, a pointer here */
void ltr_decode_semctl(struct ltr_call *c)
{
	uint32_t cmd = (uint32_t)c->args[2] & ~IPC_64_FLAG;
	uint64_t addr = indirect(c) ? c->saved[2] : ltr_arg_word(c, 3);
	bool stat = cmd == IPC_STAT_CMD || cmd == SEM_STAT_CMD || cmd == SEM_STAT_ANY_CMD;
	bool info = cmd == IPC_INFO_CMD || cmd == SEM_INFO_CMD;

	if (!c->exiting) {
		ltr_sb_printf(c->out, "%d, %d, ", ltr_call_arg_int(c, 0), ltr_call_arg_int(c, 1));
		print_ctl_cmd(c, LTR_XT(semctl_cmds), (uint32_t)c->args[2]);
		ltr_sb_puts(c->out, ", ");
		if (indirect(c)) {
			/* ipc(2) passes a pointer to the union semun */
			unsigned char w[8];

			if (!ltr_fetch(c, ltr_arg_word(c, 3), w, ltr_wordsize(c))) {
				c->saved[3] |= IPC_SEMUN_UNREAD;
				return;
			}
			addr = c->saved[2] = ltr_get_uword(w, ltr_wordsize(c));
		}
		if (cmd == IPC_SET_CMD)
			print_semid_ds(c, addr, true);
		else if (!stat && !info)
			print_semun_addr(c, addr);
		return;
	}
	if (c->saved[3] & IPC_SEMUN_UNREAD)
		return;
	if (!stat && !info)
		return;
	if (!addr || ltr_call_failed(c))
		print_semun_addr(c, addr);
	else if (stat)
		print_semid_ds(c, addr, false);
	else
		print_seminfo(c, addr);
}

/* --- shared memory --- */

/*
 * shmget(key, size, shmflg): the flags, the huge page size as
 * "21<<SHM_HUGE_SHIFT", then the permission bits.
 */
void ltr_decode_shmget(struct ltr_call *c)
{
	uint32_t all = (uint32_t)c->args[2];
	uint32_t flags = all & ~0777u;
	uint32_t huge = flags & (SHM_HUGE_MASK_BITS << SHM_HUGE_SHIFT_BITS);

	if (c->exiting)
		return;
	print_key(c, 0);
	ltr_sb_printf(c->out, ", %llu, ", (unsigned long long)ltr_arg_word(c, 1));
	flags &= ~huge;
	if (flags || !huge)
		print_flags_nodflt(c->out, LTR_XT(shm_resource_flags), flags);
	if (huge) {
		if (flags)
			ltr_sb_putc(c->out, '|');
		ltr_sb_printf(c->out, "%u<<", huge >> SHM_HUGE_SHIFT_BITS);
		ltr_print_xlat(c->out, SHM_HUGE_SHIFT_BITS, LTR_XF_UDEC,
			       ltr_xlat_lookup(LTR_XT(shm_huge_shift), SHM_HUGE_SHIFT_BITS));
	}
	if (flags || huge)
		ltr_sb_putc(c->out, '|');
	ltr_sb_printf(c->out, "%#03o", all & 0777);
}

/* shmat(shmid, shmaddr, shmflg): the address it returns in hex */
void ltr_decode_shmat(struct ltr_call *c)
{
	bool ind = indirect(c);
	unsigned char w[8];

	if (c->exiting) {
		/* through ipc(2) the address comes back in *third */
		if (!ind || ltr_call_failed(c))
			return;
		if (ltr_mem_read(c->mem, ltr_arg_word(c, 2), w, ltr_wordsize(c)) < 0) {
			c->ret_kind = LTR_RET_NONE;
			return;
		}
		c->ret_kind = LTR_RET_CUSTOM;
		snprintf(c->ret_text, sizeof(c->ret_text), "%#llx",
			 (unsigned long long)ltr_get_uword(w, ltr_wordsize(c)));
		return;
	}
	ltr_sb_put_dec(c->out, ltr_call_arg_int(c, 0));
	ltr_sb_puts(c->out, ", ");
	ltr_print_addr(c->out, ltr_arg_word(c, ind ? 3 : 1));
	ltr_sb_puts(c->out, ", ");
	ltr_print_xt(c->out, LTR_XT(shm_flags), (uint32_t)c->args[ind ? 1 : 2]);
}

/* shmdt(shmaddr); ptr through ipc(2) */
void ltr_decode_shmdt(struct ltr_call *c)
{
	if (!c->exiting)
		ltr_print_addr(c->out, ltr_arg_word(c, indirect(c) ? 3 : 0));
}

/* shmid64_ds (IPC_SET: the perm's first three fields) */
static void print_shmid_ds(struct ltr_call *c, uint64_t addr, bool set)
{
	unsigned ws = ltr_wordsize(c), p = perm_size(ws);
	unsigned char raw[112];
	struct ipc_buf b = { raw, ws };
	unsigned t = p + ws;

	if (!ltr_fetch(c, addr, raw, t + 32 + 3 * ws))
		return;
	ltr_sb_puts(c->out, "{shm_perm=");
	print_perm(c, &b, set);
	if (!set) {
		ltr_sb_printf(c->out, ", shm_segsz=%llu, shm_cpid=", (unsigned long long)word_at(&b, p));
		ltr_print_pid(c, (int32_t)ltr_get_u32(raw + t + 24));
		ltr_sb_puts(c->out, ", shm_lpid=");
		ltr_print_pid(c, (int32_t)ltr_get_u32(raw + t + 28));
		ltr_sb_printf(c->out, ", shm_nattch=%llu, shm_atime=%llu, shm_dtime=%llu, shm_ctime=%llu",
			      (unsigned long long)word_at(&b, t + 32),
			      (unsigned long long)word_at(&b, t),
			      (unsigned long long)word_at(&b, t + 8),
			      (unsigned long long)word_at(&b, t + 16));
	}
	ltr_sb_putc(c->out, '}');
}

/* IPC_INFO's struct shminfo64: five unsigned longs shown */
static void print_shminfo(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char raw[72];
	struct ipc_buf b = { raw, ws };

	if (!ltr_fetch(c, addr, raw, 9 * ws))
		return;
	ltr_sb_printf(c->out, "{shmmax=%llu, shmmin=%llu, shmmni=%llu, shmseg=%llu, shmall=%llu}",
		      (unsigned long long)word_at(&b, 0), (unsigned long long)word_at(&b, ws),
		      (unsigned long long)word_at(&b, 2 * ws), (unsigned long long)word_at(&b, 3 * ws),
		      (unsigned long long)word_at(&b, 4 * ws));
}

/* SHM_INFO's struct shm_info: an int, then five unsigned longs */
static void print_shm_info(struct ltr_call *c, uint64_t addr)
{
	unsigned ws = ltr_wordsize(c);
	unsigned char raw[48];
	struct ipc_buf b = { raw, ws };

	if (!ltr_fetch(c, addr, raw, 6 * ws))
		return;
	ltr_sb_printf(c->out, "{used_ids=%d, shm_tot=%llu, shm_rss=%llu, shm_swp=%llu, swap_attempts=%llu, swap_successes=%llu}",
		      (int32_t)ltr_get_u32(raw),
		      (unsigned long long)word_at(&b, ws), (unsigned long long)word_at(&b, 2 * ws),
		      (unsigned long long)word_at(&b, 3 * ws), (unsigned long long)word_at(&b, 4 * ws),
		      (unsigned long long)word_at(&b, 5 * ws));
}

/* IPC_INFO fills a struct shminfo, SHM_INFO a struct shm_info */
static void print_shm_info_cmd(struct ltr_call *c, uint64_t addr, uint32_t cmd)
{
	if (cmd == IPC_INFO_CMD)
		print_shminfo(c, addr);
	else
		print_shm_info(c, addr);
}

/* shmctl(shmid, cmd, buf) */
void ltr_decode_shmctl(struct ltr_call *c)
{
	static const struct ctl_family shm = {
		LTR_XT(shmctl_cmds), 13, 14, 15, /* SHM_STAT, SHM_INFO, SHM_STAT_ANY */
		print_shmid_ds, print_shm_info_cmd,
	};

	decode_ctl(c, &shm);
}

/*
 * ipc(call, first, second, third, ptr, fifth) the core could not resolve
 * into the call it stands for (src/decode/demux.c: an unknown call):
 * ipc(2)'s own arguments.
 */
void ltr_decode_ipc(struct ltr_call *c)
{
	if (c->exiting)
		return;
	ltr_sb_printf(c->out, "%u, %d, %d, %d, ", (uint32_t)c->args[0], ltr_call_arg_int(c, 1),
		      ltr_call_arg_int(c, 2), ltr_call_arg_int(c, 3));
	ltr_print_addr(c->out, ltr_arg_word(c, 4));
	ltr_sb_printf(c->out, ", %lld", (long long)ltr_get_sword(
		(const unsigned char *)&c->args[5], ltr_wordsize(c)));
}
