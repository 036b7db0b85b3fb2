/* SPDX-License-Identifier: MIT */
/*
 * Decoding styles on fake tracee memory: -X (named constants as names,
 * numbers or both), --strings-in-hex=non-ascii-chars, the syscall sets of
 * -e abbrev=, verbose=, raw= (the sysset parser and the per-call flags),
 * and -e decode-fds=. Every expected string was printed by strace 6.1 for
 * the same call.
 */
#include <fcntl.h>
#include <limits.h>
#include <regex.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <cmocka.h>

#include "fake_mem.h"
#include "argtypes.h"
#include "decoders.h"
#include "ltr/sysset.h"

static struct fake_call fc;

/* The line without the padding before " = " (as fixtures write it). */
static const char *unpadded(const char *line)
{
	static char out[65536];
	regex_t re;
	regmatch_t m;

	snprintf(out, sizeof(out), "%s", line);
	assert_int_equal(regcomp(&re, "\\) +=", REG_EXTENDED), 0);
	if (regexec(&re, out, 1, &m, 0) == 0)
		memmove(out + m.rm_so + 1, out + m.rm_eo - 2,
			strlen(out + m.rm_eo - 2) + 1);
	regfree(&re);
	return out;
}

/* One whole call of name's row in style (x86_64). */
static const char *styled(enum ltr_xlat_style style, const char *name,
			  const uint64_t args[6], int64_t ret)
{
	const char *line;

	ltr_decode_opts.xlat_style = style;
	line = unpadded(fake_call_line(&fc, "x86_64", name, args, ret));
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return line;
}

static const struct ltr_xlat table_xlat[] = {
	LTR_XLAT_PAIR(0, "T_ZERO"), LTR_XLAT_PAIR(1, "T_ONE"), LTR_XLAT_PAIR(2, "T_TWO"),
	LTR_XLAT_END
};
static const struct ltr_xlat flags_xlat[] = {
	LTR_XLAT_PAIR(1, "F_A"), LTR_XLAT_PAIR(4, "F_C"), LTR_XLAT_END
};
static const struct ltr_xlat_table table[] = { {
	.name = "t", .xlat = table_xlat, .kind = LTR_XK_VALUE, .unknown = "T_???",
} };
static const struct ltr_xlat_table flags[] = { {
	.name = "f", .xlat = flags_xlat, .kind = LTR_XK_FLAGS, .unknown = "F_???",
} };

/* The helpers' output for val in each style, joined with " | ". */
static const char *helper(int which, uint64_t val)
{
	static char out[512];
	size_t o = 0;
	int s;

	for (s = LTR_XLAT_ABBREV; s <= LTR_XLAT_VERBOSE; s++) {
		fake_call_init(&fc, "x86_64", "x", NULL);
		ltr_decode_opts.xlat_style = (enum ltr_xlat_style)s;
		switch (which) {
		case 0: ltr_print_xval(fc.c.out, table, val, "T_???"); break;
		case 1: ltr_print_flags_dflt(fc.c.out, flags, val, NULL, "F_???"); break;
		case 2: ltr_print_flags(fc.c.out, flags, val, "F_NONE"); break;
		case 3: ltr_print_xlat(fc.c.out, val, LTR_XF_DEC, "AT_FDCWD"); break;
		}
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%s", s ? " | " : "",
				      fake_call_take(&fc));
	}
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	return out;
}

/* The helpers in the order abbrev | raw | verbose (strace's xlat.c tables). */
static void test_xlat_helpers(void **state)
{
	(void)state;
	assert_string_equal(helper(0, 1), "T_ONE | 0x1 | 0x1 /* T_ONE */");
	assert_string_equal(helper(0, 0), "T_ZERO | 0 | 0 /* T_ZERO */");
	assert_string_equal(helper(0, 9), "0x9 /* T_??? */ | 0x9 | 0x9 /* T_??? */");
	assert_string_equal(helper(1, 5), "F_A|F_C | 0x5 | 0x5 /* F_A|F_C */");
	assert_string_equal(helper(1, 0x15), "F_A|F_C|0x10 | 0x15 | 0x15 /* F_A|F_C|0x10 */");
	assert_string_equal(helper(1, 0x10), "0x10 /* F_??? */ | 0x10 | 0x10 /* F_??? */");
	assert_string_equal(helper(2, 0), "F_NONE | 0 | 0 /* F_NONE */");
	assert_string_equal(helper(2, 1), "F_A | 0x1 | 0x1 /* F_A */");
	assert_string_equal(helper(3, (uint64_t)-100), "AT_FDCWD | -100 | -100 /* AT_FDCWD */");
}

/* Whole calls in the three styles: abbrev, raw, verbose. */
static void test_styled_calls(void **state)
{
	static const uint64_t openat[6] = { (uint64_t)-100, 0x1000, 0x80000 };
	static const uint64_t mknodat[6] = { (uint64_t)-100, 0x1000, 010600 };
	static const uint64_t mmap[6] = { 0, 4096, 3, 0x22, (uint32_t)-1, 0 };
	static const uint64_t kill[6] = { 42, 15 };
	static const uint64_t sock[6] = { 1, 0x80001, 0 };
	static const uint64_t fcntl_getfl[6] = { 3, 3 };
	static const uint64_t futex[6] = { 0x2000, 0x81, 1 };
	static const uint64_t sigmask[6] = { 0, 0x3000, 0, 8 };
	static const uint64_t bind[6] = { 3, 0x4000, 16 };
	static const uint64_t rlim[6] = { 0, 7, 0, 0x5000 };
	static const uint64_t statx[6] = { (uint64_t)-100, 0x1000, 0x900, 0x25e, 0 };
	uint64_t set = 1u << 9 | 1u << 14;  /* USR1 TERM */
	unsigned char sin[16] = { 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	uint64_t lim[2] = { 1024, 1024 * 1024 };

	(void)state;
	fake_mem_reset();
	fake_mem_map_str(0x1000, "f");
	fake_mem_map(0x3000, &set, sizeof(set));
	fake_mem_map(0x4000, sin, sizeof(sin));
	fake_mem_map(0x5000, lim, sizeof(lim));

	assert_string_equal(styled(LTR_XLAT_ABBREV, "openat", openat, 3),
			    "openat(AT_FDCWD, \"f\", O_RDONLY|O_CLOEXEC) = 3");
	assert_string_equal(styled(LTR_XLAT_RAW, "openat", openat, 3),
			    "openat(-100, \"f\", 0x80000) = 3");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "openat", openat, -2),
			    "openat(-100 /* AT_FDCWD */, \"f\", 0x80000 /* O_RDONLY|O_CLOEXEC */) = -1 ENOENT (No such file or directory)");
	assert_string_equal(styled(LTR_XLAT_RAW, "mknodat", mknodat, 0),
			    "mknodat(-100, \"f\", 010600) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "mknodat", mknodat, 0),
			    "mknodat(-100 /* AT_FDCWD */, \"f\", 010600 /* S_IFIFO|0600 */) = 0");
	assert_string_equal(styled(LTR_XLAT_RAW, "mmap", mmap, 0x1000),
			    "mmap(NULL, 4096, 0x3, 0x22, -1, 0) = 0x1000");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "mmap", mmap, 0x1000),
			    "mmap(NULL, 4096, 0x3 /* PROT_READ|PROT_WRITE */, 0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0) = 0x1000");
	assert_string_equal(styled(LTR_XLAT_RAW, "kill", kill, 0), "kill(42, 15) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "kill", kill, 0),
			    "kill(42, 15 /* SIGTERM */) = 0");
	assert_string_equal(styled(LTR_XLAT_RAW, "socket", sock, 3), "socket(0x1, 0x1|0x80000, 0) = 3");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "socket", sock, 3),
			    "socket(0x1 /* AF_UNIX */, 0x1 /* SOCK_STREAM */|0x80000 /* SOCK_CLOEXEC */, 0) = 3");
	/* the flags after F_GETFL's value are named whatever -X says */
	assert_string_equal(styled(LTR_XLAT_RAW, "fcntl", fcntl_getfl, 0x8002),
			    "fcntl(3, 0x3) = 0x8002 (flags O_RDWR|O_LARGEFILE)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "futex", futex, 0),
			    "futex(0x2000, 0x81 /* FUTEX_WAKE_PRIVATE */, 1) = 0");
	assert_string_equal(styled(LTR_XLAT_RAW, "rt_sigprocmask", sigmask, 0),
			    "rt_sigprocmask(0, [10 15], NULL, 8) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "rt_sigprocmask", sigmask, 0),
			    "rt_sigprocmask(0 /* SIG_BLOCK */, [10 /* USR1 */ 15 /* TERM */], NULL, 8) = 0");
	assert_string_equal(styled(LTR_XLAT_RAW, "bind", bind, 0),
			    "bind(3, {sa_family=0x2, sin_port=\"\\x1f\\x90\", sin_addr=\"\\x7f\\x00\\x00\\x01\"}, 16) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "bind", bind, 0),
			    "bind(3, {sa_family=0x2 /* AF_INET */, sin_port=\"\\x1f\\x90\" /* htons(8080) */, sin_addr=\"\\x7f\\x00\\x00\\x01\" /* inet_addr(\"127.0.0.1\") */}, 16) = 0");
	/* 1024 is no "1*1024" */
	assert_string_equal(styled(LTR_XLAT_ABBREV, "prlimit64", rlim, 0),
			    "prlimit64(0, RLIMIT_NOFILE, NULL, {rlim_cur=1024, rlim_max=1024*1024}) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "prlimit64", rlim, 0),
			    "prlimit64(0, 0x7 /* RLIMIT_NOFILE */, NULL, {rlim_cur=1024, rlim_max=1048576 /* 1024*1024 */}) = 0");
	/* strace prints no sync type 0 under -X raw */
	assert_string_equal(styled(LTR_XLAT_RAW, "statx", statx, -2),
			    "statx(-100, \"f\", |0x900, 0x25e, NULL) = -1 ENOENT (No such file or directory)");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "statx", statx, -2),
			    "statx(-100 /* AT_FDCWD */, \"f\", 0 /* AT_STATX_SYNC_AS_STAT */|0x900 /* AT_SYMLINK_NOFOLLOW|AT_NO_AUTOMOUNT */, 0x25e /* STATX_MODE|STATX_NLINK|STATX_UID|STATX_GID|STATX_MTIME|STATX_SIZE */, NULL) = -1 ENOENT (No such file or directory)");
}

/* A stat's mode and device, and the siginfo of a signal line. */
static void test_styled_structs(void **state)
{
	static const uint64_t fstat[6] = { 0, 0x1000 };
	unsigned char st[144] = { 0 };
	uint32_t mode = 020666;
	uint64_t rdev = 0x103;
	siginfo_t si;
	const char *line;

	(void)state;
	memcpy(st + 24, &mode, 4);
	memcpy(st + 40, &rdev, 8);
	fake_mem_reset();
	fake_mem_map(0x1000, st, sizeof(st));
	assert_string_equal(styled(LTR_XLAT_RAW, "fstat", fstat, 0),
			    "fstat(0, {st_mode=020666, st_rdev=0x103, ...}) = 0");
	assert_string_equal(styled(LTR_XLAT_VERBOSE, "fstat", fstat, 0),
			    "fstat(0, {st_mode=020666 /* S_IFCHR|0666 */, st_rdev=0x103 /* makedev(0x1, 0x3) */, ...}) = 0");

	memset(&si, 0, sizeof(si));
	si.si_signo = SIGCHLD;
	si.si_code = CLD_EXITED;
	si.si_pid = 42;
	si.si_status = 0;
	si.si_utime = 250;
	ltr_decode_opts.xlat_style = LTR_XLAT_VERBOSE;
	fake_call_init(&fc, "x86_64", "x", NULL);
	ltr_print_siginfo(fc.c.out, &si);
	line = fake_call_take(&fc);
	assert_string_equal(line, "SIGCHLD {si_signo=17 /* SIGCHLD */, si_code=0x1 /* CLD_EXITED */, si_pid=42, si_uid=0, si_status=0, si_utime=250 /* 2.50 s */, si_stime=0}");
	ltr_decode_opts.xlat_style = LTR_XLAT_RAW;
	ltr_print_siginfo(fc.c.out, &si);
	line = fake_call_take(&fc);
	/* the line's head keeps the name; the clock ticks lose their comment */
	assert_string_equal(line, "SIGCHLD {si_signo=17, si_code=0x1, si_pid=42, si_uid=0, si_status=0, si_utime=250, si_stime=0}");
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
}

/* --strings-in-hex=non-ascii-chars: strace's tests/strace-x.c vectors. */
static void test_hex_chars(void **state)
{
	struct ltr_decode_opts opts = { .strsize = 32, .xflag = LTR_XFLAG_NON_ASCII_CHARS };
	static const struct { const char *in, *out; } v[] = {
		{ "test", "\"test\"" },
		{ "\t\n\v\f\r hi~", "\"\\t\\n\\v\\f\\r hi~\"" },
		{ "\t\n\v\f\r\16 hi~", "\"\\t\\n\\v\\f\\r\\x0e hi~\"" },
		{ "\10\t\n\v\f\r hi~", "\"\\x08\\t\\n\\v\\f\\r hi~\"" },
		{ "hi~\177", "\"hi~\\x7f\"" },
		{ "hi~\222" "0", "\"hi~\\x920\"" },
		{ "\377", "\"\\xff\"" },
		{ "\"\\", "\"\\\"\\\\\"" },
	};
	unsigned i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		fake_call_init(&fc, "x86_64", "x", NULL);
		ltr_print_quoted(fc.c.out, v[i].in, strlen(v[i].in), &opts, false);
		assert_string_equal(fake_call_take(&fc), v[i].out);
	}
}

/* Whether set (compiled from spec) holds name on arch. */
static bool in_set(const struct ltr_sysset *s, const char *arch, const char *name)
{
	const struct ltr_arch *a = ltr_arch_by_name(arch);
	long nr = ltr_arch_syscall_nr(a, name);

	assert_true(nr >= 0);
	return ltr_sysset_match(s, (unsigned)ltr_sysset_arch_index(a), nr);
}

static struct ltr_sysset *compile(const char *spec)
{
	struct ltr_sysset *s = ltr_sysset_new(false);
	char err[256];

	if (ltr_sysset_add(s, spec, err, sizeof(err), NULL) < 0)
		fail_msg("%s: %s", spec, err);
	return s;
}

/* The message for a bad spec, and whether strace adds its -h hint. */
static const char *error_of(const char *spec, bool *help)
{
	static char err[256];
	struct ltr_sysset *s = ltr_sysset_new(false);

	assert_int_equal(ltr_sysset_add(s, spec, err, sizeof(err), help), -1);
	free(s);
	return err;
}

/* strace's syscall-set syntax, as basic_filters.c reads it. */
static void test_sysset(void **state)
{
	struct ltr_sysset *s;
	bool help;

	(void)state;
	ltr_arch_init();
	s = compile("openat,%net,/^(get|set)uid$,?nosuch");
	assert_true(in_set(s, "x86_64", "openat"));
	assert_true(in_set(s, "i386", "openat"));
	assert_true(in_set(s, "x86_64", "connect"));
	assert_true(in_set(s, "x86_64", "getuid"));
	assert_false(in_set(s, "x86_64", "getgid"));
	assert_false(in_set(s, "x86_64", "read"));
	free(s);
	s = compile("!%file");
	assert_false(in_set(s, "x86_64", "openat"));
	assert_true(in_set(s, "x86_64", "read"));
	free(s);
	/* a personality: read of the 32-bit tables only */
	s = compile("read@32");
	assert_true(in_set(s, "i386", "read"));
	assert_false(in_set(s, "x86_64", "read"));
	free(s);
	/* "all" inside a list, bare legacy class names; "stat" is a syscall */
	s = compile("read,all");
	assert_true(in_set(s, "x86_64", "write"));
	free(s);
	s = compile("desc,stat");
	assert_true(in_set(s, "x86_64", "read"));
	assert_true(in_set(s, "x86_64", "stat"));
	assert_false(in_set(s, "x86_64", "lstat"));
	free(s);
	s = compile("%%stat,0,,");
	assert_true(in_set(s, "x86_64", "newfstatat"));
	assert_true(in_set(s, "x86_64", "read"));   /* number 0 */
	assert_true(in_set(s, "i386", "restart_syscall"));
	free(s);
	s = compile("none");
	assert_false(in_set(s, "x86_64", "read"));
	assert_false(ltr_sysset_match(s, 0, -1));
	free(s);
	s = compile("!!all");
	assert_true(ltr_sysset_match(s, 0, -1));
	free(s);

	assert_string_equal(error_of("nosuch", &help), "invalid system call 'nosuch'");
	assert_false(help);
	assert_string_equal(error_of("%FILE", &help), "invalid system call '%FILE'");
	assert_string_equal(error_of("!,", &help), "invalid system call '!,'");
	assert_string_equal(error_of("", &help), "invalid system call ''");
	assert_string_equal(error_of("read,/(", &help), "regcomp: (: Unmatched ( or \\(");
	assert_string_equal(error_of("?read@99", &help),
			    "incorrect personality designator '99' in qualification 'read@99'");
	assert_true(help);
}

/* The table of LTR_CALL_* flags and what each flag changes. */
static void test_call_flags(void **state)
{
	const struct ltr_arch *x86 = ltr_arch_by_name("x86_64");
	static const uint64_t openat[6] = { (uint64_t)-100, 0x1000, 0x80000, 0 };
	static const uint64_t fstat[6] = { 3, 0x2000 };
	static const uint64_t execve[6] = { 0x1000, 0x3000, 0x3000 };
	unsigned char st[144] = { 0 };
	uint64_t argv[3] = { 0x1000, 0x1000, 0 };
	char err[256];

	(void)state;
	ltr_arch_init();
	assert_int_equal(ltr_decode_set_call_flags("!execve", "!fstat", "openat,%net",
						   err, sizeof(err)), 0);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "openat")),
			 LTR_CALL_RAW);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "connect")),
			 LTR_CALL_RAW);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "execve")),
			 LTR_CALL_NOABBREV);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "fstat")),
			 LTR_CALL_NODEREF);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "read")), 0);
	/* numbers beyond the table: in "!execve" and "!fstat", not in raw */
	assert_int_equal(ltr_decode_call_flags(x86, 100000), 0);
	assert_int_equal(ltr_decode_set_call_flags(NULL, NULL, NULL, err, sizeof(err)), 0);
	assert_int_equal(ltr_decode_call_flags(x86, ltr_arch_syscall_nr(x86, "openat")), 0);
	assert_int_equal(ltr_decode_set_call_flags("nosuch", NULL, NULL, err, sizeof(err)), -1);
	assert_string_equal(err, "invalid system call 'nosuch'");

	fake_mem_reset();
	fake_mem_map_str(0x1000, "/bin/true");
	fake_mem_map(0x2000, st, sizeof(st));
	fake_mem_map(0x3000, argv, sizeof(argv));
	/* raw: every argument of the row in hex, the result in hex */
	fake_call_init_row(&fc, "x86_64", fake_row("openat"), openat);
	fc.c.dflags = LTR_CALL_RAW;
	assert_string_equal(unpadded(fake_call_run(&fc, 3, NULL)),
			    "openat(0xffffffffffffff9c, 0x1000, 0x80000, 0) = 0x3");
	fake_call_init_row(&fc, "x86_64", fake_row("openat"), openat);
	fc.c.dflags = LTR_CALL_RAW;
	assert_string_equal(unpadded(fake_call_run(&fc, -2, NULL)),
			    "openat(0xffffffffffffff9c, 0x1000, 0x80000, 0) = -1 ENOENT (No such file or directory)");
	fake_call_init_row(&fc, "x86_64", fake_row("openat"), openat);
	fc.c.dflags = LTR_CALL_RAW;
	assert_string_equal(unpadded(fake_call_run(&fc, -512, NULL)),
			    "openat(0xffffffffffffff9c, 0x1000, 0x80000, 0) = -1 ERESTARTSYS (Unknown error 512)");
	/* not dereferenced: the structure's address */
	fake_call_init_row(&fc, "x86_64", fake_row("fstat"), fstat);
	fc.c.dflags = LTR_CALL_NODEREF;
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)), "fstat(3, 0x2000) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("execve"), execve);
	fc.c.dflags = LTR_CALL_NODEREF;
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)),
			    "execve(\"/bin/true\", 0x3000, 0x3000) = 0");
	/* not abbreviated: the environment in full */
	fake_call_init_row(&fc, "x86_64", fake_row("execve"), execve);
	fc.c.dflags = LTR_CALL_NOABBREV;
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)),
			    "execve(\"/bin/true\", [\"/bin/true\", \"/bin/true\"], [\"/bin/true\", \"/bin/true\"]) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("execve"), execve);
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)),
			    "execve(\"/bin/true\", [\"/bin/true\", \"/bin/true\"], 0x3000 /* 2 vars */) = 0");
	/* -s 1 limits arrays (and strings, not paths) when abbreviated */
	fake_call_init_row(&fc, "x86_64", fake_row("execve"), execve);
	fc.opts.strsize = 1;
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)),
			    "execve(\"/bin/true\", [\"/\"..., ...], 0x3000 /* 2 vars */) = 0");
	fake_call_init_row(&fc, "x86_64", fake_row("execve"), execve);
	fc.opts.strsize = 1;
	fc.c.dflags = LTR_CALL_NOABBREV;
	assert_string_equal(unpadded(fake_call_run(&fc, 0, NULL)),
			    "execve(\"/bin/true\", [\"/\"..., \"/\"...], [\"/\"..., \"/\"...]) = 0");
}

/* -e decode-fds=: what each bit shows, on descriptors of this process. */
static void test_decode_fds(void **state)
{
	char want[256], link[128], proc[64];
	int null = open("/dev/null", O_RDONLY), sv[2], pidfd;
	unsigned bits;
	ssize_t n;

	(void)state;
	assert_true(null >= 0);
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", sv[0]);
	n = readlink(proc, link, sizeof(link) - 1);
	assert_true(n > 0);
	link[n] = '\0';
	for (bits = 0; bits <= LTR_FD_ALL; bits++) {
		fake_call_init(&fc, "x86_64", "x", NULL);
		fc.opts.decode_fds = bits;
		ltr_print_fd(&fc.c, null);
		if (bits & LTR_FD_DEV)
			snprintf(want, sizeof(want), "%d</dev/null<char 1:3>>", null);
		else if (bits & LTR_FD_PATH)
			snprintf(want, sizeof(want), "%d</dev/null>", null);
		else
			snprintf(want, sizeof(want), "%d", null);
		assert_string_equal(fake_call_take(&fc), want);
		/* a socket: its details (or link) with the socket bit, the link with path */
		fc.opts.decode_fds = bits;
		ltr_print_fd(&fc.c, sv[0]);
		snprintf(want, sizeof(want), "%d", sv[0]);
		if (bits & LTR_FD_SOCKET)
			assert_true(strncmp(fake_call_take(&fc), want, strlen(want)) == 0);
		else if (bits & LTR_FD_PATH)
			snprintf(want, sizeof(want), "%d<%s>", sv[0], link),
			assert_string_equal(fake_call_take(&fc), want);
		else
			assert_string_equal(fake_call_take(&fc), want);
	}
	pidfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
	if (pidfd >= 0) {
		fake_call_init(&fc, "x86_64", "x", NULL);
		fc.opts.decode_fds = LTR_FD_PIDFD;
		ltr_print_fd(&fc.c, pidfd);
		snprintf(want, sizeof(want), "%d<pid:%d>", pidfd, (int)getpid());
		assert_string_equal(fake_call_take(&fc), want);
		fc.opts.decode_fds = LTR_FD_PATH;
		ltr_print_fd(&fc.c, pidfd);
		snprintf(want, sizeof(want), "%d<anon_inode:[pidfd]>", pidfd);
		assert_string_equal(fake_call_take(&fc), want);
		fc.opts.decode_fds = LTR_FD_SOCKET | LTR_FD_DEV;
		ltr_print_fd(&fc.c, pidfd);
		snprintf(want, sizeof(want), "%d", pidfd);
		assert_string_equal(fake_call_take(&fc), want);
		close(pidfd);
	}
	/* AT_FDCWD's path comes with the path bit only */
	fake_call_init(&fc, "x86_64", "x", NULL);
	fc.opts.decode_fds = LTR_FD_ALL & ~LTR_FD_PATH;
	ltr_print_dirfd(&fc.c, -100);
	assert_string_equal(fake_call_take(&fc), "AT_FDCWD");
	close(null);
	close(sv[0]);
	close(sv[1]);
}

static int teardown(void **state)
{
	(void)state;
	ltr_decode_opts.xlat_style = LTR_XLAT_ABBREV;
	fake_mem_reset();
	fake_call_free(&fc);
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xlat_helpers),
		cmocka_unit_test(test_styled_calls),
		cmocka_unit_test(test_styled_structs),
		cmocka_unit_test(test_hex_chars),
		cmocka_unit_test(test_sysset),
		cmocka_unit_test(test_call_flags),
		cmocka_unit_test(test_decode_fds),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
