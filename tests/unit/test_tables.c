/* SPDX-License-Identifier: MIT */
/*
 * The syscall tables: syscalls.def rows (sorted, unique, one for every name
 * of every arch), the generated per-arch number tables, the arch lookups,
 * and the classes against what strace 6.1 selects with -e trace=%CLASS
 * (tests/data/strace-6.1-classes-{x86_64,i386}.txt; LTR_TEST_DATA in the
 * environment overrides the directory).
 */
#include <linux/audit.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "ltr/arch.h"
#include "ltr/decode.h"
#include "ltr/syscall.h"
#include "xlat/tables.h"

/* The Makefile runs tests from the repository root. */
#ifndef LTR_TEST_DATA
#define LTR_TEST_DATA "tests/data"
#endif

/* Highest number strace 6.1 knows on x86_64 and i386 (set_mempolicy_home_node). */
#define STRACE61_LAST 450

static void test_rows_sorted_unique(void **state)
{
	(void)state;
	assert_true(ltr_syscall_ndescs > 400);
	for (unsigned i = 1; i < ltr_syscall_ndescs; i++) {
		if (strcmp(ltr_syscall_descs[i - 1].name, ltr_syscall_descs[i].name) >= 0)
			fail_msg("syscalls.def: \"%s\" before \"%s\"",
				 ltr_syscall_descs[i - 1].name, ltr_syscall_descs[i].name);
	}
}

static void test_rows_sane(void **state)
{
	(void)state;
	for (unsigned i = 0; i < ltr_syscall_ndescs; i++) {
		const struct ltr_syscall_desc *d = &ltr_syscall_descs[i];

		if (d->nargs > 6)
			fail_msg("%s: nargs %u", d->name, d->nargs);
		if (d->ret > LTR_RET_CUSTOM)
			fail_msg("%s: ret %u", d->name, d->ret);
		if (d->classes >> LTR_NCLASSES)
			fail_msg("%s: classes %#x", d->name, d->classes);
		/* Generic rows print every argument they count. */
		for (unsigned a = 0; !d->decode && a < d->nargs; a++)
			if (!d->args[a].print)
				fail_msg("%s: no printer for argument %u", d->name, a);
		assert_ptr_equal(ltr_syscall_desc_find(d->name), d);
	}
	assert_null(ltr_syscall_desc_find("no_such_syscall"));
	assert_null(ltr_syscall_desc_find(""));
	assert_null(ltr_syscall_desc_find(NULL));
}

static void test_every_name_has_row(void **state)
{
	(void)state;
	ltr_arch_init();
	ltr_arch_init(); /* idempotent */
	for (unsigned a = 0; ltr_arches[a]; a++) {
		const struct ltr_arch *arch = ltr_arches[a];
		unsigned named = 0;

		for (unsigned nr = 0; nr < arch->nsyscalls; nr++) {
			const char *name = arch->syscall_names[nr];

			if (!name) {
				assert_null(ltr_arch_syscall_desc(arch, nr));
				continue;
			}
			named++;
			if (!ltr_arch_syscall_desc(arch, nr))
				fail_msg("%s: %s (%u) has no row in syscalls.def",
					 arch->name, name, nr);
			assert_string_equal(ltr_arch_syscall_desc(arch, nr)->name, name);
			assert_int_equal(ltr_arch_syscall_nr(arch, name), nr);
		}
		print_message("%s: %u syscalls, numbers 0..%u\n", arch->name,
			      named, arch->nsyscalls - 1);
	}
}

static void expect_nr(const char *archname, const char *name, long nr)
{
	const struct ltr_arch *arch = ltr_arch_by_name(archname);

	assert_non_null(arch);
	assert_int_equal(ltr_arch_syscall_nr(arch, name), nr);
	assert_string_equal(ltr_arch_syscall_name(arch, nr), name);
}

static void test_known_numbers(void **state)
{
	(void)state;
	expect_nr("x86_64", "read", 0);
	expect_nr("x86_64", "write", 1);
	expect_nr("x86_64", "mmap", 9);
	expect_nr("x86_64", "execve", 59);
	expect_nr("x86_64", "exit_group", 231);
	expect_nr("x86_64", "openat", 257);
	expect_nr("x86_64", "newfstatat", 262);
	expect_nr("x86_64", "uretprobe", 335);
	expect_nr("x86_64", "clone3", 435);
	expect_nr("x86_64", "set_mempolicy_home_node", 450);
	expect_nr("x86_64", "cachestat", 451);
	expect_nr("x86_64", "map_shadow_stack", 453);
	expect_nr("x86_64", "mseal", 462);
	expect_nr("x86_64", "file_setattr", 469);

	expect_nr("i386", "restart_syscall", 0);
	expect_nr("i386", "exit", 1);
	expect_nr("i386", "write", 4);
	expect_nr("i386", "execve", 11);
	expect_nr("i386", "mmap", 90);
	expect_nr("i386", "socketcall", 102);
	expect_nr("i386", "ipc", 117);
	expect_nr("i386", "_llseek", 140);
	expect_nr("i386", "mmap2", 192);
	expect_nr("i386", "stat64", 195);
	expect_nr("i386", "getuid32", 199);
	expect_nr("i386", "exit_group", 252);
	expect_nr("i386", "openat", 295);
	expect_nr("i386", "socket", 359);
	expect_nr("i386", "clock_gettime64", 403);
	expect_nr("i386", "clone3", 435);
	expect_nr("i386", "fchmodat2", 452);
	expect_nr("i386", "mseal", 462);
	expect_nr("i386", "file_setattr", 469);

	/* The generic table (more in test_arch_generic.c). */
	expect_nr("aarch64", "write", 64);
	expect_nr("aarch64", "renameat", 38);
	expect_nr("aarch64", "file_setattr", 469);
	expect_nr("riscv64", "write", 64);
	expect_nr("riscv64", "riscv_hwprobe", 258);
	expect_nr("riscv64", "riscv_flush_icache", 259);
	expect_nr("riscv64", "file_setattr", 469);

	/* Holes and out-of-range numbers. */
	const struct ltr_arch *x64 = ltr_arch_by_name("x86_64");
	assert_null(ltr_arch_syscall_name(x64, 400));
	assert_null(ltr_arch_syscall_name(x64, -1));
	assert_null(ltr_arch_syscall_name(x64, 512));
	assert_null(ltr_arch_syscall_desc(x64, 100000));
	assert_int_equal(ltr_arch_syscall_nr(x64, "stat64"), -1);
	assert_int_equal(ltr_arch_syscall_nr(x64, "no_such_syscall"), -1);
}

static void test_arch_lookup(void **state)
{
	const struct ltr_arch *x64, *x32;

	(void)state;
	x64 = ltr_arch_by_audit(AUDIT_ARCH_X86_64);
	x32 = ltr_arch_by_audit(AUDIT_ARCH_I386);
	assert_non_null(x64);
	assert_non_null(x32);
	assert_string_equal(x64->name, "x86_64");
	assert_string_equal(x32->name, "i386");
	assert_int_equal(x64->wordsize, 8);
	assert_int_equal(x32->wordsize, 4);
	assert_ptr_equal(ltr_arch_by_name("x86_64"), x64);
	assert_ptr_equal(ltr_arch_by_name("i386"), x32);
	assert_null(ltr_arch_by_name("vax"));
	assert_null(ltr_arch_by_audit(0));
#ifdef __x86_64__
	assert_ptr_equal(ltr_arch_native(), x64);
#endif
}

static void test_rows_of_note(void **state)
{
	const struct ltr_syscall_desc *d;

	(void)state;
	d = ltr_syscall_desc_find("exit_group");
	assert_non_null(d);
	assert_int_equal(d->ret, LTR_RET_NONE);
	assert_true(d->flags & LTR_SF_NORETURN);
	assert_true(ltr_syscall_desc_find("execve")->flags & LTR_SF_EXEC);
	assert_true(ltr_syscall_desc_find("execveat")->flags & LTR_SF_EXEC);
	assert_int_equal(ltr_syscall_desc_find("mmap")->ret, LTR_RET_HEX);
	assert_int_equal(ltr_syscall_desc_find("brk")->ret, LTR_RET_HEX);
	assert_int_equal(ltr_syscall_desc_find("umask")->ret, LTR_RET_OCT);
	assert_int_equal(ltr_syscall_desc_find("openat")->ret, LTR_RET_FD);
	assert_int_equal(ltr_syscall_desc_find("read")->nargs, 3);
	assert_int_equal(ltr_syscall_desc_find("mmap")->nargs, 6);
	assert_int_equal(ltr_syscall_desc_find("clone")->nargs, 5);
	assert_int_equal(ltr_syscall_desc_find("getpid")->nargs, 0);
	/* i386-only names, classes as strace 6.1 gives them there. */
	assert_int_equal(ltr_syscall_desc_find("stat64")->classes,
			 LTR_CLASS_FILE | LTR_CLASS_STAT | LTR_CLASS_STAT_LIKE);
	assert_int_equal(ltr_syscall_desc_find("fstat64")->classes,
			 LTR_CLASS_DESC | LTR_CLASS_FSTAT | LTR_CLASS_STAT_LIKE);
	assert_int_equal(ltr_syscall_desc_find("getuid32")->classes,
			 LTR_CLASS_CREDS | LTR_CLASS_PURE);
	assert_string_equal(ltr_class_names[0], "file");
	assert_string_equal(ltr_class_names[11], "%stat");
	assert_string_equal(ltr_class_names[LTR_NCLASSES - 1], "pure");
}

/* Bit of the class called name (without its leading '%'), or -1. */
static int class_bit(const char *name)
{
	for (int i = 0; i < LTR_NCLASSES; i++)
		if (strcmp(ltr_class_names[i], name) == 0)
			return i;
	return -1;
}

static bool word_in(const char *list, const char *word)
{
	size_t n = strlen(word);

	for (const char *p = list; (p = strstr(p, word)) != NULL; p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\n' || p[n] == '\0'))
			return true;
	return false;
}

/*
 * For every "%class: names..." line of file, the syscalls of archname known
 * to strace 6.1 whose row has that class are exactly the listed ones.
 */
static void check_classes(const char *archname, const char *filename)
{
	const char *dir = getenv("LTR_TEST_DATA") ? getenv("LTR_TEST_DATA") : LTR_TEST_DATA;
	const struct ltr_arch *arch = ltr_arch_by_name(archname);
	char file[512], line[8192];
	unsigned seen = 0, bad = 0;
	FILE *f;

	assert_non_null(arch);
	ltr_arch_init();
	snprintf(file, sizeof(file), "%s/%s", dir, filename);
	f = fopen(file, "r");
	if (!f)
		fail_msg("cannot open %s", file);
	while (fgets(line, sizeof(line), f)) {
		char *colon = strchr(line, ':');
		int bit;

		if (line[0] != '%' || !colon)
			continue;
		*colon = '\0';
		bit = class_bit(line + 1);
		if (bit < 0)
			fail_msg("unknown class %s in %s", line, file);
		seen |= 1u << bit;
		for (unsigned nr = 0; nr <= STRACE61_LAST && nr < arch->nsyscalls; nr++) {
			const struct ltr_syscall_desc *d = ltr_arch_syscall_desc(arch, nr);
			bool want, have;

			if (!d)
				continue;
			want = word_in(colon + 1, d->name);
			have = d->classes & (1u << bit);
			if (want != have) {
				print_error("%s %s: %s %s\n", archname, line, d->name,
					    want ? "missing" : "should not be there");
				bad++;
			}
		}
	}
	fclose(f);
	assert_int_equal(seen, (1u << LTR_NCLASSES) - 1);
	assert_int_equal(bad, 0);
}

static void test_x86_64_classes(void **state)
{
	(void)state;
	check_classes("x86_64", "strace-6.1-classes-x86_64.txt");
}

static void test_i386_classes(void **state)
{
	(void)state;
	check_classes("i386", "strace-6.1-classes-i386.txt");
}

/*
 * A_XVAL(NAME) and A_FLAGS(NAME) name a table of their kind (a #value
 * list printed as flags, or the reverse, would print nonsense), and
 * only those printers carry a table.
 */
static void test_argspec_tables(void **state)
{
	unsigned n = 0;

	(void)state;
	for (unsigned i = 0; i < ltr_syscall_ndescs; i++) {
		const struct ltr_syscall_desc *d = &ltr_syscall_descs[i];

		for (unsigned a = 0; a < 6; a++) {
			const struct ltr_argspec *spec = &d->args[a];
			bool xval = spec->print == ltr_print_arg_xval;
			bool flags = spec->print == ltr_print_arg_flags;

			if (!xval && !flags) {
				if (spec->xlat)
					fail_msg("%s: argument %u has a table but no table printer",
						 d->name, a);
				continue;
			}
			n++;
			if (!spec->xlat)
				fail_msg("%s: argument %u names no table", d->name, a);
			if (spec->xlat->kind != (flags ? LTR_XK_FLAGS : LTR_XK_VALUE))
				fail_msg("%s: argument %u is %s of %s, a %s list", d->name, a,
					 flags ? "A_FLAGS" : "A_XVAL", spec->xlat->name,
					 flags ? "#value" : "#flags");
			if (spec->param > 1)
				fail_msg("%s: argument %u: param %u", d->name, a, spec->param);
		}
	}
	assert_true(n > 40);
}

/*
 * The generated tables: entries end, indexed tables agree with their
 * entries (first name of each value), per-arch lists share the name and
 * header of their generic table.
 */
static void test_xlat_tables(void **state)
{
	unsigned n;

	(void)state;
	for (n = 0; ltr_xlat_tables[n]; n++) {
		const struct ltr_xlat_table *t = ltr_xlat_tables[n];
		const struct ltr_xlat *x;

		assert_non_null(t->name);
		assert_non_null(t->xlat);
		for (x = t->xlat; x->name; x++) {
			if (t->by_value) {
				assert_true(x->val < t->nvalues);
				assert_string_equal(t->by_value[x->val], x->name);
			}
			assert_string_equal(ltr_xlat_lookup(t, x->val) ? "" : "?", "");
		}
		for (const struct ltr_xlat_variant *v = t->variants; v && v->table; v++) {
			assert_non_null(ltr_arch_by_audit(v->audit_arch));
			assert_string_equal(v->table->name, t->name);
			assert_int_equal(v->table->kind, t->kind);
			assert_int_equal(v->table->fmt, t->fmt);
			assert_ptr_equal(ltr_xlat_for_arch(t, ltr_arch_by_audit(v->audit_arch)),
					 v->table);
		}
	}
	assert_true(n > 100);
	/* per-arch lists: aarch64's open flags, x86's MAP_32BIT, none elsewhere */
	assert_string_equal(ltr_xlat_lookup(ltr_xlat_for_arch(LTR_XT(open_flags),
				ltr_arch_by_name("aarch64")), 040000), "O_DIRECTORY");
	assert_string_equal(ltr_xlat_lookup(ltr_xlat_for_arch(LTR_XT(open_flags),
				ltr_arch_by_name("riscv64")), 040000), "O_DIRECT");
	assert_string_equal(ltr_xlat_lookup(ltr_xlat_for_arch(LTR_XT(mmap_flags),
				ltr_arch_by_name("i386")), 0x40), "MAP_32BIT");
	assert_null(ltr_xlat_lookup(ltr_xlat_for_arch(LTR_XT(mmap_flags),
				ltr_arch_by_name("aarch64")), 0x40));
	assert_null(ltr_xlat_lookup(ltr_xlat_for_arch(LTR_XT(arch_prctl_codes),
				ltr_arch_by_name("riscv64")), 0x1002));
	assert_ptr_equal(ltr_xlat_for_arch(LTR_XT(clock_ids), NULL), LTR_XT(clock_ids));
	/* indexed lookups, beyond the array too */
	assert_string_equal(ltr_errno_name(2), "ENOENT");
	assert_string_equal(ltr_errno_name(530), "ERECALLCONFLICT");
	assert_null(ltr_errno_name(519));
	assert_null(ltr_errno_name(4096));
	assert_string_equal(ltr_signal_name(64), "SIGRT_32");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_sorted_unique),
		cmocka_unit_test(test_rows_sane),
		cmocka_unit_test(test_every_name_has_row),
		cmocka_unit_test(test_known_numbers),
		cmocka_unit_test(test_arch_lookup),
		cmocka_unit_test(test_rows_of_note),
		cmocka_unit_test(test_x86_64_classes),
		cmocka_unit_test(test_i386_classes),
		cmocka_unit_test(test_argspec_tables),
		cmocka_unit_test(test_xlat_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
