/* SPDX-License-Identifier: MIT */
/*
 * Unit tests that need a live i386 tracee ask the suites' one probe
 * (tests/fixtures/i386_probe.c) whether this kernel runs i386 programs.
 * Tests that decode i386 data from fake registers and memory need no
 * such thing and run everywhere.
 */
#ifndef LTR_TESTS_I386_H
#define LTR_TESTS_I386_H

/*
 * The fixture directory: $LTR_FIXTURES, else build/fixtures (tests run
 * from the repository root).
 */
const char *test_fixture_dir(void);

/*
 * Inside a cmocka test: when this kernel does not run i386 programs,
 * prints "SKIP NAME: reason" and skips the test; fails it when the probe
 * itself is broken (fixtures not built). Returns when i386 programs run.
 * The probe runs once per process.
 */
void skip_unless_i386_runs(const char *name);

#endif
