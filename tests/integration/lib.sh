# SPDX-License-Identifier: MIT
# shellcheck shell=bash
#
# Shared by the integration scripts (run.sh, printer.sh, stacks.sh), which
# source it: their arguments, the temporary directory and its cleanup,
# the test outcome helpers and the loop that runs the tests and counts.
# Sourcing it only defines functions and variables.

# shellcheck source=tests/i386.sh
. "$(dirname "${BASH_SOURCE[0]}")/../i386.sh"

PASSED=0
FAILED=0
SKIPPED_N=0
REASON=
SKIP_WHY=
SKIPPED=77
ORACLE=0
STARTED=()

# parse_args USAGE_NAME "$@": sets LTR (an absolute path, or the command
# found on PATH) and FIX (absolute) from the first two arguments, and
# ORACLE=1 when LTR is strace itself; exits 2 with a usage line without
# them. The caller then drops them with `shift 2`.
parse_args() {
	local me=$1
	shift
	if [ $# -lt 2 ]; then
		echo "usage: $me LTR FIXTURE_DIR [TEST...]" >&2
		exit 2
	fi
	LTR=$1
	FIX=$(cd "$2" && pwd) || exit 2
	case $LTR in
	*/*) LTR=$(cd "$(dirname "$LTR")" && pwd)/$(basename "$LTR") ;;
	*) LTR=$(command -v "$LTR") || { echo "$me: $1: not found" >&2; exit 2; } ;;
	esac
	[ "$(basename "$LTR")" = strace ] && ORACLE=1
	return 0
}

# make_root NAME: creates the temporary directory ROOT (each test later
# gets its own $ROOT/TEST as TMP), removed at exit unless KEEP_TMP is set;
# at exit the processes a test registered with `started` are killed too.
make_root() {
	ROOT=$(mktemp -d "${TMPDIR:-/tmp}/ltr-$1.XXXXXX") || exit 2
	TMP=$ROOT
	trap cleanup EXIT
	trap 'exit 130' INT TERM HUP
}

cleanup() {
	local p
	if [ -n "${KEEP_TMP:-}" ]; then
		echo "kept $ROOT" >&2
	fi
	exec 2>/dev/null	# no "Killed" notices from bash
	# Only what we started and is still ours: its command line names our
	# fixture or temporary directory (guards against pid reuse).
	for p in "${STARTED[@]}"; do
		if { tr '\0' ' ' < "/proc/$p/cmdline"; } 2>/dev/null |
			grep -qF -e "$FIX" -e "$ROOT"; then
			kill -KILL "$p" 2>/dev/null
		fi
	done
	[ -n "${KEEP_TMP:-}" ] || rm -rf "$ROOT"
}

# Remember a pid to kill at exit.
started() { STARTED+=("$1"); }

# fail REASON: record why the current test fails; use as `fail ...; return 1`.
fail() { REASON=$*; }
# skip WHY: the current test is skipped; use as `skip ...; return`.
skip() { SKIP_WHY=$*; return $SKIPPED; }
# ltr_only: skip the current test when checking the tests against strace.
ltr_only() { [ "$ORACLE" = 0 ] || { skip "ltr-specific; not checked against strace"; return 1; }; }

# needs_i386: skips the current test unless this kernel runs i386
# programs (fails it when the probe is broken); use as `needs_i386 || return`.
needs_i386() {
	i386_runs "$FIX"
	case $? in
	0) return 0 ;;
	1) skip "$I386_WHY" ;;
	*) fail "i386 probe: ${I386_WHY:-failed}"; return 1 ;;
	esac
}

# wait_for SECONDS COMMAND...: poll COMMAND every 50 ms until it succeeds.
wait_for() {
	local limit=$1 i=0
	shift
	while ! "$@"; do
		i=$((i + 1))
		[ "$i" -ge $((limit * 20)) ] && return 1
		sleep 0.05
	done
}

# run_tests NAME...: runs each test_NAME in its own empty TMP=$ROOT/NAME
# and prints "PASS NAME", "SKIP NAME: why" or "FAIL NAME: reason", then
# "N passed, M failed, K skipped"; returns 1 if any test failed. A test passes by
# returning 0 and is skipped by returning $SKIPPED or through skip. When
# the script defines after_test, it runs after each passing test and may
# fail it (setting REASON, returning non-zero).
run_tests() {
	local t rc
	for t in "$@"; do
		REASON=
		SKIP_WHY=
		TMP=$ROOT/$t
		mkdir -p "$TMP"
		"test_$t"
		rc=$?
		[ -n "$SKIP_WHY" ] && rc=$SKIPPED
		if [ "$rc" = 0 ] && declare -F after_test >/dev/null && ! after_test; then
			rc=1
		fi
		if [ "$rc" = 0 ]; then
			echo "PASS $t"
			PASSED=$((PASSED + 1))
		elif [ "$rc" = "$SKIPPED" ]; then
			echo "SKIP $t: ${SKIP_WHY:-skipped}"
			SKIPPED_N=$((SKIPPED_N + 1))
		else
			echo "FAIL $t: ${REASON:-returned $rc}"
			FAILED=$((FAILED + 1))
		fi
	done
	echo "$PASSED passed, $FAILED failed, $SKIPPED_N skipped"
	[ "$FAILED" = 0 ]
}
