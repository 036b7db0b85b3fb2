/* SPDX-License-Identifier: MIT */
/*
 * The printing core: string escaping, truncation, -x/-xx, unreadable and
 * NULL pointers, the generic decoder and return values. Every expected
 * string was printed by strace 6.1 for the same call.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fake_mem.h"
#include "argtypes.h"

static struct fake_call fc;

static const char *quoted(const char *bytes, size_t len, unsigned xflag, bool trunc)
{
	struct ltr_decode_opts opts = { .strsize = 32, .xflag = xflag };

	fake_call_init(&fc, "x86_64", "write", NULL);
	ltr_print_quoted(fc.c.out, bytes, len, &opts, trunc);
	return fake_call_take(&fc);
}

static void test_every_byte(void **state)
{
	static const char *const expect[16] = {
		"\"\\0\\1\\2\\3\\4\\5\\6\\7\\10\\t\\n\\v\\f\\r\\16\\17\"",
		"\"\\20\\21\\22\\23\\24\\25\\26\\27\\30\\31\\32\\33\\34\\35\\36\\37\"",
		"\" !\\\"#$%&'()*+,-./\"",
		"\"0123456789:;<=>?\"",
		"\"@ABCDEFGHIJKLMNO\"",
		"\"PQRSTUVWXYZ[\\\\]^_\"",
		"\"`abcdefghijklmno\"",
		"\"pqrstuvwxyz{|}~\\177\"",
		"\"\\200\\201\\202\\203\\204\\205\\206\\207\\210\\211\\212\\213\\214\\215\\216\\217\"",
		"\"\\220\\221\\222\\223\\224\\225\\226\\227\\230\\231\\232\\233\\234\\235\\236\\237\"",
		"\"\\240\\241\\242\\243\\244\\245\\246\\247\\250\\251\\252\\253\\254\\255\\256\\257\"",
		"\"\\260\\261\\262\\263\\264\\265\\266\\267\\270\\271\\272\\273\\274\\275\\276\\277\"",
		"\"\\300\\301\\302\\303\\304\\305\\306\\307\\310\\311\\312\\313\\314\\315\\316\\317\"",
		"\"\\320\\321\\322\\323\\324\\325\\326\\327\\330\\331\\332\\333\\334\\335\\336\\337\"",
		"\"\\340\\341\\342\\343\\344\\345\\346\\347\\350\\351\\352\\353\\354\\355\\356\\357\"",
		"\"\\360\\361\\362\\363\\364\\365\\366\\367\\370\\371\\372\\373\\374\\375\\376\\377\"",
	};
	char all[256];
	int i;

	(void)state;
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	for (i = 0; i < 16; i++)
		assert_string_equal(quoted(all + 16 * i, 16, 0, false), expect[i]);
	/* -x: rows with a non-printable byte go hex whole; -xx: every row. */
	assert_string_equal(quoted(all, 16, 1, false),
		"\"\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f\"");
	assert_string_equal(quoted(all + 32, 16, 1, false), "\" !\\\"#$%&'()*+,-./\"");
	assert_string_equal(quoted(all + 0x70, 16, 1, false),
		"\"\\x70\\x71\\x72\\x73\\x74\\x75\\x76\\x77\\x78\\x79\\x7a\\x7b\\x7c\\x7d\\x7e\\x7f\"");
	assert_string_equal(quoted(all + 32, 16, 2, false),
		"\"\\x20\\x21\\x22\\x23\\x24\\x25\\x26\\x27\\x28\\x29\\x2a\\x2b\\x2c\\x2d\\x2e\\x2f\"");
}

static void test_octal_forms(void **state)
{
	static const char mixed[22] = "\0" "1\0" "8\0" "9\33[31m\33a\177\377\303\251\0abc";

	(void)state;
	assert_string_equal(quoted(mixed, 22, 0, false),
		"\"\\0001\\08\\09\\33[31m\\33a\\177\\377\\303\\251\\0abc\\0\"");
	assert_string_equal(quoted(mixed, 22, 1, false),
		"\"\\x00\\x31\\x00\\x38\\x00\\x39\\x1b\\x5b\\x33\\x31\\x6d\\x1b\\x61\\x7f\\xff\\xc3\\xa9\\x00\\x61\\x62\\x63\\x00\"");
	assert_string_equal(quoted("\t\n\v\f\r\\\"'?", 9, 0, false),
		"\"\\t\\n\\v\\f\\r\\\\\\\"'?\"");
	/* Whitespace escapes do not force hex under -x. */
	assert_string_equal(quoted("a\tb\n", 4, 1, false), "\"a\\tb\\n\"");
	assert_string_equal(quoted("abc", 3, 0, true), "\"abc\"...");
	assert_string_equal(quoted("", 0, 0, false), "\"\"");
}

/* write(-1, buf, len) printed from fake memory at entry. */
static const char *print_write(uint64_t addr, uint64_t len, unsigned xflag)
{
	static const struct ltr_syscall_desc desc = {
		"write", 3, LTR_RET_DEC, 0, 0, NULL, { A_FD, A_BUF_IN(2), A_ULONG }
	};
	uint64_t args[6] = { (uint64_t)-1, addr, len };

	fake_call_init(&fc, "x86_64", "write", args);
	fc.c.desc = &desc;
	fc.opts.xflag = xflag;
	ltr_decode_entry(&fc.c);
	ltr_decode_exit(&fc.c);
	return fake_call_take(&fc);
}

static void test_buffers(void **state)
{
	const char *digits = "0123456789012345678901234567890123456789";

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x1000, digits, 40);
	assert_string_equal(print_write(0x1000, 40, 0),
		"write(-1, \"01234567890123456789012345678901\"..., 40)");
	assert_string_equal(print_write(0x1000, 32, 0),
		"write(-1, \"01234567890123456789012345678901\", 32)");
	assert_string_equal(print_write(0x1000, 33, 0),
		"write(-1, \"01234567890123456789012345678901\"..., 33)");
	assert_string_equal(print_write(0x1000, 3, 0), "write(-1, \"012\", 3)");
	/* A hostile length: only strsize bytes are read. */
	assert_string_equal(print_write(0x1000, 1ULL << 60, 0),
		"write(-1, \"01234567890123456789012345678901\"..., 1152921504606846976)");
	/* NULL, unmapped, and a buffer running off its mapping. */
	assert_string_equal(print_write(0, 5, 0), "write(-1, NULL, 5)");
	assert_string_equal(print_write(0x10, 5, 0), "write(-1, 0x10, 5)");
	assert_string_equal(print_write(0x1000 + 35, 10, 0), "write(-1, 0x1023, 10)");
	assert_string_equal(print_write(0x1000 + 35, 5, 0), "write(-1, \"56789\", 5)");
	assert_string_equal(print_write(0x1000, 0, 0), "write(-1, \"\", 0)");
	/* The int cast of a descriptor with high bits set. */
	{
		static const struct ltr_syscall_desc desc = {
			"write", 3, LTR_RET_DEC, 0, 0, NULL, { A_FD, A_BUF_IN(2), A_ULONG }
		};
		uint64_t args[6] = { 0x100000001ULL, 0x1000, 0 };

		fake_call_init(&fc, "x86_64", "write", args);
		fc.c.desc = &desc;
		ltr_decode_entry(&fc.c);
		ltr_decode_exit(&fc.c);
		assert_string_equal(fake_call_take(&fc), "write(1, \"\", 0)");
	}
}

static void test_read_out(void **state)
{
	static const struct ltr_syscall_desc desc = {
		"read", 3, LTR_RET_DEC, 0, 0, NULL, { A_FD, A_BUF_OUT(2), A_ULONG }
	};
	const char *passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
	uint64_t args[6] = { 3, 0x7ffd10eac680ULL, 64 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x7ffd10eac680ULL, passwd, strlen(passwd));
	fake_call_init(&fc, "x86_64", "read", args);
	fc.c.desc = &desc;
	ltr_decode_entry(&fc.c);
	assert_string_equal(ltr_sb_cstr(fc.c.out), "read(3, ");
	fake_call_exit(&fc, 64);
	ltr_decode_exit(&fc.c);
	assert_string_equal(fake_call_take(&fc),
		"read(3, \"root:x:0:0:root:/root:/bin/bash\\n\"..., 64)");

	fake_call_init(&fc, "x86_64", "read", args);
	fc.c.desc = &desc;
	fc.c.args[2] = 5;
	fake_mem_reset();
	fake_mem_map(0x7ffd10eac680ULL, "sr/sb", 5);
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, 5);
	ltr_decode_exit(&fc.c);
	assert_string_equal(fake_call_take(&fc), "read(3, \"sr/sb\", 5)");

	/* Failed: the address, whatever the length. */
	fake_call_init(&fc, "x86_64", "read", args);
	fc.c.desc = &desc;
	fc.c.args[2] = 1ULL << 60;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, -14);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"read(3, 0x7ffd10eac680, 1152921504606846976) = -1 EFAULT (Bad address)");
}

static void test_getrandom_hex(void **state)
{
	static const struct ltr_syscall_desc desc = {
		"getrandom", 3, LTR_RET_DEC, 0, 0, NULL, { A_BUF_OUT_HEX(1), A_ULONG, A_UINT }
	};
	static const unsigned char rnd[16] = {
		0x08, 0x3e, 0x9b, 0xd1, 0x52, 0x6d, 0x72, 0xea,
		0x42, 0x25, 0x5d, 0x21, 0x61, 0xf2, 0x3a, 0x86
	};
	uint64_t args[6] = { 0x5000, 16, 0 };

	(void)state;
	fake_mem_reset();
	fake_mem_map(0x5000, rnd, 16);
	fake_call_init(&fc, "x86_64", "getrandom", args);
	fc.c.desc = &desc;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, 16);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"getrandom(\"\\x08\\x3e\\x9b\\xd1\\x52\\x6d\\x72\\xea\\x42\\x25\\x5d\\x21\\x61\\xf2\\x3a\\x86\", 16, 0) = 16");
}

static const char *print_string(uint64_t addr, unsigned strsize, bool path)
{
	fake_call_init(&fc, "x86_64", "open", NULL);
	fc.opts.strsize = strsize;
	if (path)
		ltr_print_path(&fc.c, addr);
	else
		ltr_print_str(&fc.c, addr, 0);
	return fake_call_take(&fc);
}

static void test_strings(void **state)
{
	static char big[5001];
	static char expect[4200];

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x2000, "hello");
	fake_mem_map_str(0x3000, "/nonexistent/\1\2");
	assert_string_equal(print_string(0x2000, 32, false), "\"hello\"");
	assert_string_equal(print_string(0x2000, 5, false), "\"hello\"");
	assert_string_equal(print_string(0x2000, 4, false), "\"hell\"...");
	assert_string_equal(print_string(0x3000, 32, true), "\"/nonexistent/\\1\\2\"");
	assert_string_equal(print_string(0, 32, true), "NULL");
	assert_string_equal(print_string(0x10, 32, true), "0x10");

	/* No NUL before unmapped memory: strace shows the address. */
	fake_mem_reset();
	fake_mem_map(0x7000 - 5, "zzzzz", 5);
	assert_string_equal(print_string(0x7000 - 5, 32, true), "0x6ffb");
	fake_mem_reset();
	fake_mem_map(0x7000 - 5, "zzzz", 5);
	assert_string_equal(print_string(0x7000 - 5, 32, true), "\"zzzz\"");

	/* Paths: up to PATH_MAX - 1 bytes, then "...". */
	memset(big, 'a', 4999);
	big[4999] = '\0';
	fake_mem_reset();
	fake_mem_map_str(0x10000, big);
	expect[0] = '"';
	memset(expect + 1, 'a', 4095);
	strcpy(expect + 4096, "\"...");
	assert_string_equal(print_string(0x10000, 32, true), expect);
	big[4090] = '\0';
	fake_mem_reset();
	fake_mem_map_str(0x10000, big);
	strcpy(expect + 4091, "\"");
	assert_string_equal(print_string(0x10000, 32, true), expect);
	/* A large --strsize uses the scratch buffer, not the stack. */
	big[4090] = 'a';
	fake_mem_reset();
	fake_mem_map_str(0x10000, big);
	fake_call_init(&fc, "x86_64", "open", NULL);
	fc.opts.strsize = 100000;
	ltr_print_str(&fc.c, 0x10000, 0);
	assert_int_equal(strlen(fake_call_take(&fc)), 4999 + 2);
}

static void test_unknown_syscall(void **state)
{
	uint64_t args[6] = { 1, 2, 3, 4, 5, 6 };

	(void)state;
	fake_call_init(&fc, "x86_64", "x", args);
	fc.c.desc = NULL;
	fc.c.nr = 0x1c3;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, -14);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"syscall_0x1c3(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 EFAULT (Bad address)");
	fake_call_init(&fc, "i386", "x", args);
	fc.c.desc = NULL;
	fc.c.nr = 1000;
	fc.c.args[0] = 0xffffffffULL;
	fc.c.args[5] = 0;
	ltr_decode_entry(&fc.c);
	fake_call_exit(&fc, -38);
	ltr_decode_exit(&fc.c);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"syscall_0x3e8(0xffffffff, 0x2, 0x3, 0x4, 0x5, 0) = -1 ENOSYS (Function not implemented)");
}

static const char *retval(const char *text, int64_t ret, uint8_t kind)
{
	fake_call_init(&fc, "x86_64", "x", NULL);
	ltr_sb_puts(fc.c.out, text);
	fc.c.ret_kind = kind;
	fake_call_exit(&fc, ret);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	return fake_call_take(&fc);
}

static void test_retval(void **state)
{
	(void)state;
	assert_string_equal(retval("close(3)", 0, LTR_RET_DEC),
		"close(3)                                = 0");
	/* a call that never returns: "?", unless its result was injected (qual_fault-exit_group) */
	assert_string_equal(retval("exit_group(42)", 0, LTR_RET_NONE),
		"exit_group(42)                          = ?");
	fake_call_init(&fc, "x86_64", "x", NULL);
	ltr_sb_puts(fc.c.out, "exit_group(42)");
	fc.c.ret_kind = LTR_RET_NONE;
	fc.c.mods = LTR_MOD_SKIP;
	fake_call_exit(&fc, -38);
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"exit_group(42)                          = -1 ENOSYS (Function not implemented)");
	assert_string_equal(retval("openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY)", 3, LTR_RET_FD),
		"openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY) = 3");
	assert_string_equal(retval("brk(NULL)", 0x5555a5b7a000LL, LTR_RET_HEX),
		"brk(NULL)                               = 0x5555a5b7a000");
	assert_string_equal(retval("getppid()", -11, LTR_RET_DEC),
		"getppid()                               = -1 EAGAIN (Resource temporarily unavailable)");
	assert_string_equal(retval("getppid()", -512, LTR_RET_DEC),
		"getppid()                               = ? ERESTARTSYS (To be restarted if SA_RESTART is set)");
	assert_string_equal(retval("getppid()", -513, LTR_RET_DEC),
		"getppid()                               = ? ERESTARTNOINTR (To be restarted)");
	assert_string_equal(retval("getppid()", -514, LTR_RET_DEC),
		"getppid()                               = ? ERESTARTNOHAND (To be restarted if no handler)");
	assert_string_equal(retval("getppid()", -516, LTR_RET_DEC),
		"getppid()                               = ? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	assert_string_equal(retval("getppid()", -515, LTR_RET_DEC),
		"getppid()                               = -1 ENOIOCTLCMD (Unknown error 515)");
	assert_string_equal(retval("getppid()", -41, LTR_RET_DEC),
		"getppid()                               = -1 (errno 41)");
	assert_string_equal(retval("getppid()", -519, LTR_RET_DEC),
		"getppid()                               = -1 (errno 519)");
	assert_string_equal(retval("getppid()", -133, LTR_RET_DEC),
		"getppid()                               = -1 EHWPOISON (Memory page has hardware error)");
	assert_string_equal(retval("mmap(NULL, 8192, PROT_NONE, MAP_SHARED, -1, 0)", -12, LTR_RET_HEX),
		"mmap(NULL, 8192, PROT_NONE, MAP_SHARED, -1, 0) = -1 ENOMEM (Cannot allocate memory)");
	assert_string_equal(retval("umask(022)", 022, LTR_RET_OCT),
		"umask(022)                              = 022");

	/* exit_group: never exits; the core asks for the value at entry. */
	fake_call_init(&fc, "x86_64", "exit_group", NULL);
	ltr_sb_puts(fc.c.out, "exit_group(0");
	fc.c.ret_kind = LTR_RET_NONE;
	ltr_decode_retval(&fc.c, (unsigned)fc.out.len);
	assert_string_equal(fake_call_take(&fc),
		"exit_group(0)                           = ?");
}

static void test_errno_names(void **state)
{
	(void)state;
	assert_string_equal(ltr_errno_name(2), "ENOENT");
	assert_string_equal(ltr_errno_name(11), "EAGAIN");
	assert_string_equal(ltr_errno_name(35), "EDEADLK");
	assert_string_equal(ltr_errno_name(512), "ERESTARTSYS");
	assert_string_equal(ltr_errno_name(530), "ERECALLCONFLICT");
	assert_null(ltr_errno_name(0));
	assert_null(ltr_errno_name(41));
	assert_null(ltr_errno_name(519));
	assert_null(ltr_errno_name(4095));
	assert_null(ltr_errno_name(-1));
}

static void test_numbers(void **state)
{
	uint64_t args[6] = { 0xffffffffULL, 0xfffffffffffffff6ULL, 0, 0644, 0, 0x7f0000001000ULL };

	(void)state;
	fake_call_init(&fc, "x86_64", "x", args);
	ltr_print_arg_int(&fc.c, 0);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_long(&fc.c, 1);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_hex(&fc.c, 2);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_oct(&fc.c, 3);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_oct(&fc.c, 4);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_ptr(&fc.c, 5);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_ptr(&fc.c, 4);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_ulong(&fc.c, 1);
	assert_string_equal(fake_call_take(&fc),
		"-1 -10 0 0644 000 0x7f0000001000 NULL 18446744073709551606");
	/* i386: longs are 32 bits. */
	args[1] = 0xfffffff6ULL;
	fake_call_init(&fc, "i386", "x", args);
	ltr_print_arg_long(&fc.c, 1);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_ulong(&fc.c, 1);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_dirfd(&fc.c, 1);
	fc.c.args[1] = (uint32_t)-100;
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_arg_dirfd(&fc.c, 1);
	assert_string_equal(fake_call_take(&fc), "-10 4294967286 -10 AT_FDCWD");
}

/* The live reader on this very process: short reads at an unmapped page. */
static void test_mem_live(void **state)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, (size_t)pg * 2, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct ltr_mem mem;
	char buf[64];
	bool term;
	uint64_t before = ltr_mem_bytes_read;

	(void)state;
	assert_true(m != MAP_FAILED);
	munmap(m + pg, (size_t)pg);
	memcpy(m + pg - 5, "abcd", 5);
	ltr_mem_init_pid(&mem, getpid());
	assert_int_equal(ltr_mem_read_str(&mem, (uintptr_t)(m + pg - 5), buf, 32, &term), 4);
	assert_true(term);
	assert_string_equal(buf, "abcd");
	memcpy(m + pg - 5, "abcde", 5);
	ltr_mem_invalidate(); /* as at the next stop */
	assert_int_equal(ltr_mem_read_str(&mem, (uintptr_t)(m + pg - 5), buf, 32, &term), 5);
	assert_false(term);
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + pg - 5), buf, 10), -EFAULT);
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + pg - 5), buf, 5), 0);
	assert_true(ltr_mem_read_str(&mem, (uintptr_t)(m + pg), buf, 32, &term) < 0);
	assert_true(ltr_mem_bytes_read > before);
	munmap(m, (size_t)pg);
}

/*
 * The live reader keeps the pages it read until ltr_mem_invalidate() (the
 * next stop): nearby reads cost no syscall, reads after a change see it
 * only once invalidated, and ranges of more than four pages bypass it.
 */
static void test_mem_cache(void **state)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *m = mmap(NULL, (size_t)pg * 6, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct ltr_mem mem;
	char buf[64], *big;
	uint64_t before;

	(void)state;
	assert_true(m != MAP_FAILED);
	memcpy(m + 100, "first", 6);
	memcpy(m + 3000, "second", 7);
	ltr_mem_init_pid(&mem, getpid());
	ltr_mem_invalidate();
	before = ltr_mem_bytes_read;
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + 100), buf, 6), 0);
	assert_string_equal(buf, "first");
	assert_int_equal(ltr_mem_bytes_read - before, (uint64_t)pg); /* the whole page */
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + 3000), buf, 7), 0);
	assert_string_equal(buf, "second");
	assert_int_equal(ltr_mem_bytes_read - before, (uint64_t)pg); /* no read */
	memcpy(m + 100, "FIRST", 6);
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + 100), buf, 6), 0);
	assert_string_equal(buf, "first"); /* the page as read at this stop */
	ltr_mem_invalidate();
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + 100), buf, 6), 0);
	assert_string_equal(buf, "FIRST");
	assert_int_equal(ltr_mem_bytes_read - before, (uint64_t)pg * 2);
	/* across a page boundary: both pages, once */
	memcpy(m + pg - 3, "crossing", 9);
	ltr_mem_invalidate();
	before = ltr_mem_bytes_read;
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + pg - 3), buf, 9), 0);
	assert_string_equal(buf, "crossing");
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)(m + pg - 1), buf, 7), 0);
	assert_string_equal(buf, "ossing");
	assert_int_equal(ltr_mem_bytes_read - before, (uint64_t)pg * 2);
	/* five pages: read as asked, not cached */
	big = malloc((size_t)pg * 5);
	assert_non_null(big);
	before = ltr_mem_bytes_read;
	assert_int_equal(ltr_mem_read(&mem, (uintptr_t)m, big, (size_t)pg * 5), 0);
	assert_int_equal(ltr_mem_bytes_read - before, (uint64_t)pg * 5);
	assert_int_equal(memcmp(big + pg - 3, "crossing", 9), 0);
	free(big);
	/* a range running into an unmapped page comes back short */
	munmap(m + pg * 2, (size_t)pg);
	ltr_mem_invalidate();
	assert_int_equal(mem.read(mem.ctx, (uintptr_t)(m + pg * 2 - 4), buf, 8), 4);
	assert_true(mem.read(mem.ctx, (uintptr_t)(m + pg * 2), buf, 8) < 0);
	munmap(m, (size_t)pg * 6);
}

/* -y: descriptors and AT_FDCWD with their paths, from /proc of c->pid. */
static void test_fd_paths(void **state)
{
	int fd = open("/dev/null", O_RDONLY);
	char cwd[PATH_MAX], expect[PATH_MAX + 64];

	(void)state;
	assert_true(fd >= 0);
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	fake_call_init(&fc, "x86_64", "x", NULL);
	fc.opts.decode_fds = LTR_FD_PATH;
	ltr_print_fd(&fc.c, fd);
	ltr_sb_putc(fc.c.out, ' ');
	ltr_print_fd(&fc.c, -1);
	snprintf(expect, sizeof(expect), "%d</dev/null> -1", fd);
	assert_string_equal(fake_call_take(&fc), expect);
	ltr_print_dirfd(&fc.c, -100);
	snprintf(expect, sizeof(expect), "AT_FDCWD<%s>", cwd);
	assert_string_equal(fake_call_take(&fc), expect);
	close(fd);
}

static int teardown(void **state)
{
	(void)state;
	fake_mem_reset();
	fake_call_free(&fc);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_byte),
		cmocka_unit_test(test_octal_forms),
		cmocka_unit_test(test_buffers),
		cmocka_unit_test(test_read_out),
		cmocka_unit_test(test_getrandom_hex),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_unknown_syscall),
		cmocka_unit_test(test_retval),
		cmocka_unit_test(test_errno_names),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_mem_live),
		cmocka_unit_test(test_mem_cache),
		cmocka_unit_test(test_fd_paths),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
