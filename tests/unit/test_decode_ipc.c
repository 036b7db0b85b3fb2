/* SPDX-License-Identifier: MIT */
/*
 * SysV IPC (src/decode/ipc.c) on fake tracee memory: keys and flags, the
 * 64-bit structures in the x86_64 and i386 layouts, output structures
 * only when the call succeeded. Expected lines: strace 6.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *run(const char *arch, const char *name, const uint64_t args[6], int64_t ret)
{
	return fake_call_line(&fc, arch, name, args, ret);
}

static void put32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static void test_get(void **state)
{
	uint64_t mg[6] = { 0, 01000 | 0600 }, mgx[6] = { 0xfdb9f531, 0xface1c00ull | 0125 };
	uint64_t sg[6] = { 0, 0xffffffff00000002ull, 0 };
	uint64_t shg[6] = { 0, 4096, (21u << 26) | 04000 | 0600 };

	(void)state;
	assert_string_equal(run("x86_64", "msgget", mg, 2),
		"msgget(IPC_PRIVATE, IPC_CREAT|0600)     = 2");
	assert_string_equal(run("x86_64", "msgget", mgx, -2),
		"msgget(0xfdb9f531, IPC_EXCL|IPC_NOWAIT|0xface1000|0125) = -1 ENOENT (No such file or directory)");
	/* nsems is an int: the upper half of the register is not read */
	assert_string_equal(run("x86_64", "semget", sg, 3),
		"semget(IPC_PRIVATE, 2, 000)             = 3");
	assert_string_equal(run("x86_64", "shmget", shg, 4),
		"shmget(IPC_PRIVATE, 4096, SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600) = 4");
}

/* msgctl(IPC_STAT): msqid64_ds at exit, 120 bytes on x86_64, 88 on i386 */
static void test_msgctl(void **state)
{
	unsigned char ds[120] = { 0 }, ds32[88] = { 0 };
	uint64_t st[6] = { 1, 2, 0x10000 }, st32[6] = { 1, 0x102, 0x20000 };
	uint64_t rm[6] = { 1, 0, 0x10000 };

	(void)state;
	put32(ds, 0x1234);           /* key */
	put32(ds + 20, 0600);        /* mode */
	put32(ds + 48 + 24 + 16, 16384); /* msg_qbytes */
	put32(ds + 48 + 24 + 24, 42);    /* msg_lspid */
	put32(ds32, 0x1234);
	ds32[20] = 0x80;             /* a 16-bit mode: 0600 */
	ds32[21] = 0x01;
	put32(ds32 + 36 + 24 + 8, 16384);
	put32(ds32 + 36 + 24 + 12, 42);
	fake_mem_reset();
	fake_mem_map(0x10000, ds, sizeof(ds));
	fake_mem_map(0x20000, ds32, sizeof(ds32));
	assert_string_equal(run("x86_64", "msgctl", st, 0),
		"msgctl(1, IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=4660, cuid=0, cgid=0}, msg_stime=0, msg_rtime=0, msg_ctime=0, msg_qnum=0, msg_qbytes=16384, msg_lspid=42, msg_lrpid=0}) = 0");
	assert_string_equal(run("i386", "msgctl", st32, 0),
		"msgctl(1, IPC_64|IPC_STAT, {msg_perm={uid=0, gid=0, mode=0600, key=4660, cuid=0, cgid=0}, msg_stime=0, msg_rtime=0, msg_ctime=0, msg_qnum=0, msg_qbytes=16384, msg_lspid=42, msg_lrpid=0}) = 0");
	/* a failed IPC_STAT: the kernel wrote nothing */
	assert_string_equal(run("x86_64", "msgctl", st, -22),
		"msgctl(1, IPC_STAT, 0x10000)            = -1 EINVAL (Invalid argument)");
	assert_string_equal(run("x86_64", "msgctl", rm, 0),
		"msgctl(1, IPC_RMID, 0x10000)            = 0");
}

static void test_semop(void **state)
{
	unsigned char sops[12] = { 0 };
	uint64_t two[6] = { 5, 0x10000, 2 }, three[6] = { 5, 0x10000, 3 };

	(void)state;
	sops[2] = 0xff;                /* sem_op -1 */
	sops[3] = 0xff;
	sops[5] = 0x10;                /* SEM_UNDO */
	sops[6] = 1;
	sops[8] = 1;
	fake_mem_reset();
	fake_mem_map(0x10000, sops, sizeof(sops));
	assert_string_equal(run("x86_64", "semop", two, 0),
		"semop(5, [{sem_num=0, sem_op=-1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=1, sem_flg=0}], 2) = 0");
	assert_string_equal(run("x86_64", "semop", three, -14),
		"semop(5, [{sem_num=0, sem_op=-1, sem_flg=SEM_UNDO}, {sem_num=1, sem_op=1, sem_flg=0}, ... /* 0x1000c */], 3) = -1 EFAULT (Bad address)");
}

/* i386's ipc(2): printed as the call it stands for, its arguments shifted */
static void test_ipc_multiplexer(void **state)
{
	unsigned char sops[6] = { 0, 0, 1, 0, 0, 0x10 };
	uint32_t kludge[2] = { 0x30000, 5 };
	unsigned char msg[8] = { 5, 0, 0, 0, 'h', 'i' };
	uint64_t get[6] = { 13, 0, 01000 | 0600, 0, 0, 0 }, op[6] = { 1, 5, 1, 0, 0x10000, 0 };
	uint64_t rcv[6] = { 12, 7, 4, 0, 0x20000, 0 }, rcv1[6] = { 0x1000c, 7, 4, 0, 0x30000, 5 };
	uint64_t unk[6] = { 99, 1, 2, 3, 0, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x10000, sops, sizeof(sops));
	fake_mem_map(0x20000, kludge, sizeof(kludge));
	fake_mem_map(0x30000, msg, sizeof(msg));
	assert_string_equal(run("i386", "ipc", get, 2),
		"msgget(IPC_PRIVATE, IPC_CREAT|0600)     = 2");
	assert_string_equal(run("i386", "ipc", op, 0),
		"semop(5, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1) = 0");
	/* version 0 msgrcv: buffer and type in a struct ipc_kludge */
	assert_string_equal(run("i386", "ipc", rcv, 2),
		"msgrcv(7, {mtype=5, mtext=\"hi\\0\\0\"}, 4, 5, 0) = 2");
	assert_string_equal(run("i386", "ipc", rcv, -42),
		"msgrcv(7, 0x20000, 4, 0)                = -1 ENOMSG (No message of desired type)");
	/* version 1: buffer and type in ptr and fifth */
	assert_string_equal(run("i386", "ipc", rcv1, 2),
		"msgrcv(7, {mtype=5, mtext=\"hi\\0\\0\"}, 4, 5, 0) = 2");
	assert_string_equal(run("i386", "ipc", unk, -38),
		"ipc(99, 1, 2, 3, NULL, 0)               = -1 ENOSYS (Function not implemented)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get),
		cmocka_unit_test(test_msgctl),
		cmocka_unit_test(test_semop),
		cmocka_unit_test(test_ipc_multiplexer),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	fake_call_free(&fc);
	return rc;
}
