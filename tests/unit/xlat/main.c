/* SPDX-License-Identifier: MIT */
/*
 * Checks every value of the constant lists against the installed kernel
 * and glibc headers (see xlat_check.h): one TAP test per list, which
 * fails when a value the headers define differs from the list's. Names
 * the headers do not define as macros (enum constants, kernel-internal
 * names, names newer than the headers, strace's own texts) cannot be
 * checked and are counted. Plain C and TAP rather than cmocka: the i386
 * lists are checked by a -m32 build of this program, for which no 32-bit
 * cmocka is installed. tests/unit/run.sh reads the TAP lines; -v lists
 * the names that could not be checked.
 */
#include <inttypes.h>
#include <stdio.h>

#include "xlat_check.h"

void xlat_check_value(struct xlat_check *r, const char *name, uint64_t header_value,
		      uint64_t list_value)
{
	r->checked++;
	if (header_value == list_value)
		return;
	/*
	 * A 32-bit constant the header writes as a negative int ((1 << 31),
	 * (-1)) widens with its sign; the list holds it as the 32-bit value
	 * the kernel compares with an int argument.
	 */
	if (list_value <= UINT32_MAX && (uint32_t)header_value == list_value &&
	    (header_value >> 32) == UINT32_MAX)
		return;
	r->mismatched++;
	printf("# %s: %s is %#" PRIx64 " in the headers, %#" PRIx64 " in the list\n",
	       r->list, name, header_value, list_value);
}

/* -v: list the names that could not be checked. */
static int verbose;

void xlat_check_undefined(struct xlat_check *r, const char *name)
{
	r->undefined++;
	if (verbose)
		printf("# %s: %s not checked\n", r->list, name);
}

struct check {
	const char *name;
	void (*run)(struct xlat_check *r);
};

static const struct check checks[] = {
#define XLAT_CHECK(fn) { #fn, xlat_check_##fn },
#include "checks.h"
#undef XLAT_CHECK
};

int main(int argc, char **argv)
{
	unsigned n = sizeof(checks) / sizeof(checks[0]), i;
	unsigned checked = 0, undefined = 0, failed = 0;

	verbose = argc > 1 && argv[1][0] == '-' && argv[1][1] == 'v';
	printf("1..%u\n", n);
	for (i = 0; i < n; i++) {
		struct xlat_check r = { 0 };

		checks[i].run(&r);
		checked += r.checked;
		undefined += r.undefined;
		if (r.mismatched)
			failed++;
		printf("%s %u - %s\n", r.mismatched ? "not ok" : "ok", i + 1, checks[i].name);
	}
#if defined(__i386__)
	printf("# i386: ");
#else
	printf("# ");
#endif
	printf("%u lists: %u values checked against the headers, %u not checkable "
	       "(not defined as macros here), %u lists with a wrong value\n",
	       n, checked, undefined, failed);
	return failed != 0;
}
