# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# Sourced by the shell test suites (integration, compat, scripts): the one
# question they ask the probe tests/fixtures/i386_probe.c, once per suite.
#
# i386_runs FIXTURE_DIR: returns 0 when this kernel runs i386 programs,
# 1 when it does not (the reason in I386_WHY, e.g. "this kernel does not
# run i386 programs (execve: Exec format error)"), 2 when the probe itself
# is broken (fixtures not built; I386_WHY says so). LTR_TEST_NO_I386=1
# makes the probe answer 1 on any machine, to check the skip paths.
i386_runs() {
	if [ -z "${I386_RC:-}" ]; then
		I386_WHY=$("$1/i386_probe" 2>&1)
		I386_RC=$?
		[ "$I386_RC" -le 1 ] || I386_RC=2
		[ -n "$I386_WHY" ] || I386_WHY="$1/i386_probe failed"
	fi
	return "$I386_RC"
}
