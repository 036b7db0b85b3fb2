#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the cmocka unit test programs given as arguments, each in TAP mode,
# and prints one line per test: "PASS PROG.TEST", "SKIP PROG.TEST (why)"
# or "FAIL PROG.TEST" (with cmocka's diagnostics under it), then
# "N passed, M failed, K skipped". A program that dies before reporting
# every test it announced (a crash, a timeout) fails its missing tests.
# Exits 1 if any test failed.
set -u
pass=0 fail=0 skipped=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for prog in "$@"; do
	name=$(basename "$prog")
	CMOCKA_MESSAGE_OUTPUT=TAP timeout 300 "$prog" > "$out" 2>&1
	rc=$?
	planned=$(sed -n 's/^1\.\.\([0-9][0-9]*\)$/\1/p' "$out" | head -1)
	seen=0 prog_fail=0
	why=
	while IFS= read -r line; do
		case $line in
		"SKIP "*:*)
			why=${line#*: } ;;
		"not ok "*" # SKIP "*)
			echo "SKIP $name.${line##* # SKIP }: ${why:-skipped}"
			skipped=$((skipped + 1)) seen=$((seen + 1)) why= ;;
		"not ok "*)
			echo "FAIL $name.${line#* - }"
			prog_fail=$((prog_fail + 1)) seen=$((seen + 1)) ;;
		"ok "*" - "*)
			echo "PASS $name.${line#* - }"
			pass=$((pass + 1)) seen=$((seen + 1)) ;;
		"1.."* | "# ok - "* | "# not ok - "*) ;;
		*)
			echo "    $line" ;;
		esac
	done < "$out"
	if [ -z "$planned" ] || [ "$seen" -lt "$planned" ]; then
		missing=$(( ${planned:-1} - seen ))
		[ "$missing" -gt 0 ] || missing=1
		echo "FAIL $name: exit status $rc after $seen of ${planned:-?} tests" \
			"($missing not run or crashed)"
		prog_fail=$((prog_fail + missing))
	elif [ "$rc" != 0 ] && [ "$prog_fail" = 0 ]; then
		echo "FAIL $name: exit status $rc"
		prog_fail=1
	fi
	fail=$((fail + prog_fail))
done
echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" = 0 ]
