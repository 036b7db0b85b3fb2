#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs the Lua API tests: every tests/lua/test_*.lua through ltr.
# Usage: run.sh [LTR] [TEST...]
# ltr runs with -f. Each test's header comments say how to run it:
#   -- cmd: SHELL COMMAND          the traced command (sh -c), default "true"
#   -- args: LTR OPTIONS           more ltr options (word-split)
#   -- expect-exit: N              ltr's exit status (default 0)
#   -- expect-output: ERE          a line of the trace output matches
#   -- expect-no-output: ERE       no line of the trace output matches
#   -- expect-stdout: ERE          a line of the command's output matches
#   -- expect-stderr: ERE          a line of ltr's stderr matches
#   -- eventually-stdout: ERE      a line of the command's output matches
#                                  within 10 s of ltr's exit (a process
#                                  ltr detached from writes it later)
#   -- no-expect                   the test does not use expect.lua
# Prints PASS name / FAIL name and "N passed, M failed, 0 skipped" (the
# same closing line as every suite; no Lua test needs an i386 tracee).
LTR=${1:-./ltr}
[ $# -gt 0 ] && shift
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
tests="$*"
[ -n "$tests" ] || tests=$(ls "$here"/test_*.lua)
for t in $tests; do
	name=$(basename "$t" .lua)
	hdr() { sed -n "s/^-- $1: //p" "$t"; }
	cmd=$(hdr cmd | head -1)
	[ -n "$cmd" ] || cmd=true
	args=$(hdr args | head -1)
	want_exit=$(hdr expect-exit | head -1)
	[ -n "$want_exit" ] || want_exit=0
	out=$tmp/$name.out
	LTR_PATH=$here TEST_TMP=$tmp timeout 60 "$LTR" -f -o "$out" $args -s "$t" -- sh -c "$cmd" \
		>"$tmp/$name.stdout" 2>"$tmp/$name.stderr"
	rc=$?
	why=
	[ "$rc" = "$want_exit" ] || why="exit status $rc, want $want_exit"
	touch "$out"
	if ! grep -q '^-- no-expect' "$t"; then
		grep -q '^EXPECT-DONE ok' "$out" || why="$why; no EXPECT-DONE ok"
	fi
	if grep -q '^EXPECT-FAIL' "$out"; then
		why="$why; $(grep '^EXPECT-FAIL' "$out" | head -3 | tr '\n' ' ')"
	fi
	hdr expect-output > "$tmp/re" ; while IFS= read -r re; do
		grep -Eq -- "$re" "$out" || why="$why; output lacks /$re/"
	done < "$tmp/re"
	hdr expect-no-output > "$tmp/re" ; while IFS= read -r re; do
		grep -Eq -- "$re" "$out" && why="$why; output has /$re/"
	done < "$tmp/re"
	hdr expect-stdout > "$tmp/re" ; while IFS= read -r re; do
		grep -Eq -- "$re" "$tmp/$name.stdout" || why="$why; stdout lacks /$re/"
	done < "$tmp/re"
	hdr eventually-stdout > "$tmp/re" ; while IFS= read -r re; do
		n=0
		until grep -Eq -- "$re" "$tmp/$name.stdout" || [ $n -ge 100 ]; do
			sleep 0.1
			n=$((n + 1))
		done
		grep -Eq -- "$re" "$tmp/$name.stdout" || why="$why; stdout lacks /$re/ after 10 s"
	done < "$tmp/re"
	hdr expect-stderr > "$tmp/re" ; while IFS= read -r re; do
		grep -Eq -- "$re" "$tmp/$name.stderr" || why="$why; stderr lacks /$re/"
	done < "$tmp/re"
	if [ -z "$why" ]; then
		echo "PASS $name"
		pass=$((pass + 1))
	else
		echo "FAIL $name: ${why#; }"
		sed 's/^/    stderr: /' "$tmp/$name.stderr" | head -5
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed, 0 skipped"
[ "$fail" -eq 0 ]
