#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The differential test: trace a few real programs with strace (the oracle)
# and with the tracer under test, both with ASLR off (setarch -R), and compare
# the traces after normalising what differs between any two runs (see
# compare.py).
#
#   bash tests/compat/run.sh LTR
#
# Prints per program "NAME: X/Y lines identical (P%), syscall sequence ...",
# the total, and "N passed, M failed"; exits 1 if a program failed.
# Run with LTR=strace to check the test itself (expect 100%).
# KEEP_TMP=1 keeps the traces.

set -u

if [ $# -ne 1 ]; then
	echo "usage: $0 LTR" >&2
	exit 2
fi
LTR=$1
case $LTR in
*/*) LTR=$(cd "$(dirname "$LTR")" && pwd)/$(basename "$LTR") ;;
esac
HERE=$(cd "$(dirname "$0")" && pwd)

for tool in strace setarch python3 timeout; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found (run scripts/install-deps)" >&2; exit 2; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ltr-compat.XXXXXX") || exit 2
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
	if [ -n "${KEEP_TMP:-}" ]; then
		echo "kept $TMP" >&2
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

# name, then the command line.
PROGRAMS=(
	"ls|ls /"
	"cat|cat /etc/hostname"
	"sh|sh -c 'echo hi'"
	"python3|/usr/bin/python3 -c pass"
	"perl|perl -e 'print 1'"
	"sort|sort /etc/passwd"
)

ARGS=()
STATUS_FAIL=0
for entry in "${PROGRAMS[@]}"; do
	name=${entry%%|*}
	cmd=${entry#*|}
	eval "set -- $cmd"
	# The same environment and working directory for both runs.
	setarch -R timeout 60 strace -o "$TMP/$name.strace" -- "$@" > /dev/null 2> "$TMP/$name.strace.err" < /dev/null
	rc_strace=$?
	setarch -R timeout 60 "$LTR" -o "$TMP/$name.ltr" -- "$@" > /dev/null 2> "$TMP/$name.ltr.err" < /dev/null
	rc_ltr=$?
	if [ "$rc_strace" != "$rc_ltr" ]; then
		echo "$name: exit status $rc_ltr under ltr, $rc_strace under strace: $(head -c 200 "$TMP/$name.ltr.err")"
		STATUS_FAIL=1
	fi
	[ -f "$TMP/$name.ltr" ] || : > "$TMP/$name.ltr"
	ARGS+=("$name" "$TMP/$name.strace" "$TMP/$name.ltr")
done

python3 "$HERE/compare.py" "${ARGS[@]}"
rc=$?
[ "$STATUS_FAIL" = 0 ] || rc=1
exit "$rc"
