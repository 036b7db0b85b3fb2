#!/bin/bash
# SPDX-License-Identifier: MIT
#
# The stock scripts (lua/*.lua) against strace 6.1 on real programs: -c
# and -C (count, with every -S key, -U columns, -w, -O), -Z (failed), -z
# (succeeded), -e status= (status; the fixture ends, and -p detach), -T
# (timing), -e trace= (trace, every class strace 6.1 has), -e inject= and
# -e fault= (inject: every field, and the syntax strace accepts or
# refuses), -P (paths), and one run of each other stock script (slow_io,
# topfiles, latency, redirect).
#
# Usage: tests/scripts/run.sh [LTR [FIXTURES]]   (default ./ltr and
# build/fixtures: the 32-bit fixture is counted too where this kernel runs
# i386 programs, and skipped with the reason where it does not)
# Prints "PASS name", "SKIP name: why" or "FAIL name: reason" per test,
# then "N passed, M failed, K skipped"; exits non-zero when a test failed. Every run is bounded by
# timeout; nothing started here outlives the script. Only what differs run
# to run is normalised: pids, addresses, times, and the tool's own name.

set -u

LTR=$(realpath "${1:-./ltr}")
# The tracers' messages start with their argv[0] (as strace's): compared
# as "TRACER: ..." (sed -E).
PROG_SED='s#^([^ :]*/)?(strace|ltr): #TRACER: #'
FIXTURES=${2:-build/fixtures}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK_PL="$HERE/work.pl"
T=$(mktemp -d "${TMPDIR:-/tmp}/ltr-scripts.XXXXXX")
trap 'rm -rf "$T"' EXIT

LIMIT=60
NOASLR=(setarch "$(uname -m)" -R)
PY=/usr/bin/python3
export PYTHONHASHSEED=0 PERL_HASH_SEED=0 LC_ALL=C

pass=0
fail=0
skipped=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
ko() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
skip() { echo "SKIP $1: $2"; skipped=$((skipped + 1)); }
# shellcheck source=tests/i386.sh
. "$HERE/../i386.sh"

if ! command -v strace >/dev/null; then
	echo "strace not found: the scripts tests need strace 6.1 as the oracle" >&2
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi
if [ ! -x "$LTR" ]; then
	echo "FAIL setup: no ltr binary at $LTR"
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi

# st OUT ARGS... / lt OUT ARGS...: strace or ltr -o OUT ARGS, ASLR off,
# bounded; the program's stdout and stderr go to OUT.stdout / OUT.stderr.
# The exit statuses land in S_RC and L_RC.
S_RC=0
L_RC=0
st() {
	local out=$1
	shift
	timeout -k 5 "$LIMIT" "${NOASLR[@]}" strace -o "$out" "$@" >"$out.stdout" 2>"$out.stderr" </dev/null
	S_RC=$?
}
lt() {
	local out=$1
	shift
	timeout -k 5 "$LIMIT" "${NOASLR[@]}" "$LTR" -o "$out" "$@" >"$out.stdout" 2>"$out.stderr" </dev/null
	L_RC=$?
}

# Fails test $1 when ltr's exit status is not strace's; true when it was.
same_status() {
	[ "$S_RC" = "$L_RC" ] && return 0
	ko "$1" "ltr exited $L_RC, strace $S_RC: $(head -c 200 "$2.stderr")"
	return 1
}

# The parts of a trace that differ run to run, made equal: addresses,
# durations, random bytes, the machine's state (sysinfo), the tool's name, and process ids (the line prefixes, and every
# number some pid-returning call returned), and in SIGCHLD's siginfo the
# child's pid and CPU times (the clone that returned the pid may not be
# shown, with -P).
norm() {
	local pids p script=""
	pids=$(sed -E -n -e '/INJECTED/d' \
		-e 's/^([0-9]+ +|\[pid +[0-9]+\] )?(set_tid_address|getpid|gettid|getppid|getpgrp|clone|clone3|fork|vfork|wait4)\(.*\) += ([0-9]+).*/\3/p' \
		"$1" | sort -u)
	for p in $pids; do
		[ "${#p}" -ge 3 ] && script="$script;s/\\b$p\\b/PID/g"
	done
	sed -E -e 's/0x[0-9a-f]+/0xADDR/g' \
		-e 's/<[0-9]+\.[0-9]+>/<T>/g' \
		-e 's/(getrandom\()"[^"]*"/\1"RANDOM"/' \
		-e 's/(si_[us]time=)[0-9]+( \/\* [0-9.]+ s \*\/)?/\1T/g' \
		-e 's/\bsi_pid=[0-9]+/si_pid=PID/g' \
		-e 's/^sysinfo\(\{.*\}\)/sysinfo({STATE})/' \
		-e 's/^[0-9]+ +/PID /' \
		-e 's/\[pid +[0-9]+\]/[pid PID]/g' \
		-e 's/^(strace|ltr): /TOOL: /' \
		-e 's/(Process |pid |PID=|si_pid=)[0-9]+/\1PID/g' \
		-e "${script#;}" "$1"
}

# Syscall names of the syscall lines of a trace, one per line.
names() {
	norm "$1" | sed -E -n -e 's/^(PID |\[pid PID\] )?([a-z_0-9]+)\(.*/\2/p' \
		-e 's/^(PID |\[pid PID\] )?<\.\.\. ([a-z_0-9]+) resumed>.*/\2 resumed/p'
}

# The rows of a -c table: "personality-index name calls errors".
rows() {
	awk '/^System call usage summary/ { p++ }
	     NF >= 5 && $1 ~ /^[0-9]+\.[0-9]+$/ {
		print p+0, $NF, $4, (NF == 6 ? $5 : 0)
	     }' "$1"
}

# A -c table with the time columns (the first 31 characters of the rows)
# blanked: what must be identical.
layout() {
	awk 'NF >= 5 && $1 ~ /^[0-9]+\.[0-9]+$/ {
		print "XXXXXX XXXXXXXXXXX XXXXXXXXXXX" substr($0, 31); next
	     }
	     { print }' "$1"
}

# first_diff A B: the first differing lines of two files, for messages.
first_diff() {
	local d
	d=$(diff "$1" "$2")
	printf '%s | %s' "$(grep -m1 '^<' <<<"$d" | cut -c1-200)" \
		"$(grep -m1 '^>' <<<"$d" | cut -c1-200)"
}

# ---------------------------------------------------------------- count

# count_test NAME "STRACE-OPTS" "LTR-OPTS" ORDERED PROG...
# Compares the -c tables: rows (calls, errors) and layout; ORDERED=1 also
# compares the row order (deterministic sorts).
count_test() {
	local name=$1 sopts=$2 lopts=$3 ordered=$4
	shift 4
	local s="$T/$name.s" l="$T/$name.l"
	# shellcheck disable=SC2086
	st "$s" $sopts "$@"
	# shellcheck disable=SC2086
	lt "$l" $lopts -- "$@"
	same_status "$name" "$l" || return
	rows "$s" | sort >"$s.rows"
	rows "$l" | sort >"$l.rows"
	if ! [ -s "$s.rows" ]; then
		ko "$name" "strace counted nothing (test broken?)"
		return
	fi
	if ! cmp -s "$s.rows" "$l.rows"; then
		ko "$name" "calls/errors differ (< strace > ltr): $(first_diff "$s.rows" "$l.rows")"
		return
	fi
	layout "$s" >"$s.lay"
	layout "$l" >"$l.lay"
	if [ "$ordered" != 1 ]; then
		sort "$s.lay" -o "$s.lay"
		sort "$l.lay" -o "$l.lay"
	fi
	if ! cmp -s "$s.lay" "$l.lay"; then
		ko "$name" "table layout differs (< strace > ltr): $(first_diff "$s.lay" "$l.lay")"
		return
	fi
	ok "$name"
}

count_test count_ls "-c" "-c" 0 ls /
count_test count_cat "-c" "-c" 0 cat /etc/hostname
count_test count_sh "-c" "-c" 0 sh -c 'echo hi; true'
count_test count_python3 "-c" "-c" 0 "$PY" -c pass
count_test count_perl "-c" "-c" 0 perl -e 'print "x\n"'
count_test count_sort_calls "-c -S calls" "-c -a sort=calls" 1 ls /
count_test count_sort_errors "-c -S errors" "-c -a sort=errors" 1 "$PY" -c pass
count_test count_sort_name "-c -S name" "-c -a sort=name" 1 cat /etc/hostname
count_test count_sel_file "-c -e trace=%file" "-c -e trace=%file" 0 ls /
count_test count_sel_names "-c -e trace=openat,close,read" "-s count -a sel=openat,close,read" 0 cat /etc/hostname
count_test count_follow "-f -c" "-f -c" 0 sh -c 'ls / >/dev/null; cat /etc/hostname >/dev/null'
count_test count_wall "-c -w" "-c -a wall=1" 0 sleep 0.2
# A 32-bit program: its calls get a table of their own.
i386_runs "$FIXTURES"
case $? in
0) count_test count_i386 "-c" "-c" 0 "$FIXTURES/basic-32" ;;
1) skip count_i386 "$I386_WHY" ;;
*) ko count_i386 "i386 probe: $I386_WHY" ;;
esac

# blank_times FILE: a summary table with the cells of its time columns
# (% time, seconds, usecs/call, shortest, longest) turned to X, keeping
# every width: what must then be identical. Columns are found from each
# table's divider line and the heading above it (a line of words only).
blank_times() {
	awk '{ line[NR] = $0 }
	END {
		div = "^-+( -+)*$"
		for (i = 1; i <= NR; i++) {
			if (i < NR && line[i + 1] ~ div && line[i] ~ /^[ a-z%\/]+$/) {
				n = 0; pos = 1; s = line[i + 1]
				while (match(substr(s, pos), /-+/)) {
					n++
					start[n] = pos + RSTART - 1; len[n] = RLENGTH
					pos = start[n] + RLENGTH
				}
				for (k = 1; k <= n; k++)
					timecol[k] = substr(line[i], start[k], len[k]) ~ /% time|seconds|usecs\/call|shortest|longest/
				ncols = n
			} else if (ncols && line[i] !~ div && line[i] !~ /^System call/) {
				l = line[i]
				for (k = 1; k <= ncols; k++) {
					if (!timecol[k])
						continue
					cell = substr(l, start[k], len[k])
					gsub(/./, "X", cell)
					l = substr(l, 1, start[k] - 1) cell substr(l, start[k] + len[k])
				}
				line[i] = l
			}
			print line[i]
		}
	}' "$1"
}

# summary_test NAME ORDERED "OPTS" PROG...: the same strace options to
# both (-c/-C, -S, -U, -w, -O); the tables must be equal once the time
# cells are blanked (blank_times), in the same row order when ORDERED is
# 1 (keys that do not depend on timing, or every time zero under -O 1s),
# as the same lines otherwise. With -C the trace lines before the table
# must also be equal (normalised).
summary_test() {
	local name=$1 ordered=$2 opts=$3
	shift 3
	local s="$T/$name.s" l="$T/$name.l"
	# shellcheck disable=SC2086
	st "$s" $opts "$@"
	# shellcheck disable=SC2086
	lt "$l" $opts -- "$@"
	same_status "$name" "$l" || return
	if ! grep -q '^------' "$s"; then
		ko "$name" "strace printed no table (test broken?)"
		return
	fi
	norm "$s" | blank_times /dev/stdin >"$s.b"
	norm "$l" | blank_times /dev/stdin >"$l.b"
	if [ "$ordered" != 1 ]; then
		sort "$s.b" -o "$s.b"
		sort "$l.b" -o "$l.b"
	fi
	if ! cmp -s "$s.b" "$l.b"; then
		ko "$name" "summaries differ (< strace > ltr): $(first_diff "$s.b" "$l.b")"
		return
	fi
	ok "$name"
}

# -S: every key, and the aliases options.c canonicalises. Under -O 1s
# every time is zero, so time keys tie everywhere and the order is the
# syscall numbers' (strace's stable sort), comparable line for line.
for key in time time-percent total-time min-time max-time avg-time calls errors name \
	nothing none shortest longest count syscall_name; do
	summary_test "summary_sort_$key" 1 "-c -O 1s -S $key" ls /
done
summary_test summary_sort_calls_real 1 "-c -S calls" ls /
summary_test summary_sort_name_real 1 "-c -S name" "$PY" -c pass
summary_test summary_sort_errors_real 1 "-c -S errors" perl "$WORK_PL"
summary_test summary_sort_time_real 0 "-c -S time" ls /
summary_test summary_sort_min_real 0 "-c -S min-time" ls /
summary_test summary_sort_max_real 0 "-c -S max-time" ls /
summary_test summary_sort_avg_real 0 "-c -S avg-time" ls /
# -U: each column alone (name is added last), several orders, all.
for col in time-percent total-time min-time max-time avg-time calls errors name; do
	summary_test "summary_columns_$col" 1 "-c -O 1s -U $col" ls /
done
summary_test summary_columns_name_first 1 "-c -S calls -U name,calls,errors" ls /
summary_test summary_columns_all 1 "-c -O 1s -U errors,min-time,max-time,avg-time,total-time,time-percent,calls,name" ls /
summary_test summary_columns_all_real 0 "-c -U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name" ls /
summary_test summary_columns_aliases 1 "-c -O 1s -U time_total,shortest,longest,count,error,syscall" cat /etc/hostname
summary_test summary_columns_sort 1 "-c -S name -U calls,name,min-time" "$PY" -c pass
# The name column fits the longest name (nproc calls sched_getaffinity).
summary_test summary_long_name 1 "-c -S calls" nproc
summary_test summary_long_name_mid 1 "-c -S name -U name,calls" nproc
# -w and -O with each unit; -C with the trace before the table.
summary_test summary_wall 0 "-c -w" sleep 0.2
summary_test summary_wall_zero 1 "-c -w -O 10s" sleep 0.1
for o in 1000000 1s 1000ms 1000000us 1000000000ns 0.5s 4.5e2ms 1e-0s 1e6 +1s; do
	summary_test "summary_overhead_$o" 1 "-c -O $o" cat /etc/hostname
done
summary_test summary_overhead_fraction 0 "-c -O 1.5" cat /etc/hostname
# What -O subtracts: everything with 1s; 100 ms of a 0.3 s sleep with -w.
lt "$T/ovz.l" -c -O 1s -- ls /
if grep -q ' total$' "$T/ovz.l" && ! awk 'NR > 2 && /^ *[0-9]/ && substr($0, 1, 31) ~ /[1-9]/ && $NF != "total"' "$T/ovz.l" | grep -q .; then
	ok summary_overhead_all
else
	ko summary_overhead_all "times left with -O 1s: $(head -c 300 "$T/ovz.l")"
fi
# (strace's floating syntax too: 1e-1s, 1e2ms.)
for o in 100ms 1e-1s 1e2ms; do
	lt "$T/ovw.l" -c -w -O $o -- sleep 0.3
	secs=$(awk '$NF == "clock_nanosleep" { print $2 }' "$T/ovw.l")
	if [ -n "$secs" ] && awk -v s="$secs" 'BEGIN { exit !(s >= 0.15 && s < 0.29) }'; then
		ok "summary_overhead_wall_$o"
	else
		ko "summary_overhead_wall_$o" "clock_nanosleep seconds '$secs' with -w -O $o, expected about 0.2"
	fi
done
summary_test summary_both 1 "-C -O 1s" cat /etc/hostname
summary_test summary_both_trace 1 "-C -O 1s -e trace=openat,close" cat /etc/hostname
summary_test summary_follow 1 "-c -f -O 1s -S calls" sh -c 'cat /etc/hostname; true'
summary_test summary_both_failed 1 "-C -Z -O 1s" cat /nonexistent
i386_runs "$FIXTURES"
case $? in
0) summary_test summary_i386 1 "-c -O 1s -U name,calls,errors,max-time" "$FIXTURES/basic-32" ;;
1) skip summary_i386 "$I386_WHY" ;;
*) ko summary_i386 "i386 probe: $I386_WHY" ;;
esac

# The time sorts order rows by that column, greatest first (what the
# blanked comparisons above cannot see).
sorted_desc() {
	awk -v col="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next }
	     /^-/ { if (++div == 2) exit; next }
	     { v = $c + 0; if (NR > 3 && v > prev) bad = 1; prev = v }
	     END { exit !(c && !bad) }' "$1"
}
for key in min-time:shortest max-time:longest avg-time:usecs/call total-time:seconds; do
	lt "$T/sorted.l" -c -w -S "${key%%:*}" -U "${key%%:*}",name -- sh -c 'sleep 0.05; ls / >/dev/null'
	if sorted_desc "$T/sorted.l" "${key#*:}"; then
		ok "summary_sorted_${key%%:*}"
	else
		ko "summary_sorted_${key%%:*}" "rows not in descending ${key#*:}: $(head -c 300 "$T/sorted.l")"
	fi
done

# Wall time: clock_nanosleep of sleep 0.3 takes >= 0.25 s with wall=1.
lt "$T/wall.l" -c -a wall=1 -- sleep 0.3
secs=$(awk '$NF == "clock_nanosleep" { print $2 }' "$T/wall.l")
if [ -n "$secs" ] && awk -v s="$secs" 'BEGIN { exit !(s >= 0.25 && s < 5) }'; then
	ok count_wall_time
else
	ko count_wall_time "clock_nanosleep seconds '$secs' with -a wall=1, expected about 0.3"
fi
# Default time is system time: sleeping costs (almost) none.
lt "$T/stime.l" -c -- sleep 0.3
secs=$(awk '$NF == "clock_nanosleep" { print $2 }' "$T/stime.l")
if [ -n "$secs" ] && awk -v s="$secs" 'BEGIN { exit !(s < 0.1) }'; then
	ok count_system_time
else
	ko count_system_time "clock_nanosleep seconds '$secs' without wall=1, expected system time (about 0)"
fi

# Nothing counted: strace prints nothing at all.
st "$T/empty.s" -c -e trace=fork /bin/true
lt "$T/empty.l" -c -e trace=fork -- /bin/true
if [ ! -s "$T/empty.s" ] && [ -f "$T/empty.l" ] && [ ! -s "$T/empty.l" ]; then
	ok count_empty
else
	ko count_empty "expected an empty output, got: $(head -c 200 "$T/empty.l" 2>/dev/null)"
fi

# Summary only: -c with -e inject= prints no trace lines.
lt "$T/cinj.l" -c -e inject=getpid:retval=42 -- perl -e 'print syscall(39)'
if [ "$(cat "$T/cinj.l.stdout")" = 42 ] && ! grep -q '^getpid(' "$T/cinj.l" &&
	grep -q ' getpid$' "$T/cinj.l"; then
	ok count_with_inject
else
	ko count_with_inject "stdout '$(cat "$T/cinj.l.stdout")', trace: $(head -c 200 "$T/cinj.l")"
fi

# ---------------------------------------------------------------- printer filters

# same_trace NAME "OPTS" PROG...: full traces equal after normalisation,
# and the program's output too.
same_trace() {
	local name=$1 opts=$2
	shift 2
	local s="$T/$name.s" l="$T/$name.l"
	# shellcheck disable=SC2086
	st "$s" $opts "$@"
	# shellcheck disable=SC2086
	lt "$l" $opts -- "$@"
	same_status "$name" "$l" || return
	norm "$s" >"$s.n"
	norm "$l" >"$l.n"
	if ! [ -s "$s.n" ]; then
		ko "$name" "strace printed nothing (test broken?)"
	elif ! cmp -s "$s.n" "$l.n"; then
		ko "$name" "traces differ (< strace > ltr): $(first_diff "$s.n" "$l.n")"
	elif ! cmp -s "$s.stdout" "$l.stdout"; then
		ko "$name" "program output differs: $(first_diff "$s.stdout" "$l.stdout")"
	else
		ok "$name"
	fi
}

# same_names NAME "OPTS" PROG...: the syscall names printed, line by line.
same_names() {
	local name=$1 opts=$2
	shift 2
	local s="$T/$name.s" l="$T/$name.l"
	# shellcheck disable=SC2086
	st "$s" $opts "$@"
	# shellcheck disable=SC2086
	lt "$l" $opts -- "$@"
	same_status "$name" "$l" || return
	if ! [ -s "$s" ]; then
		ko "$name" "strace printed nothing (test broken?)"
		return
	fi
	names "$s" >"$s.names"
	names "$l" >"$l.names"
	if ! cmp -s "$s.names" "$l.names"; then
		ko "$name" "selected syscalls differ (< strace > ltr): $(first_diff "$s.names" "$l.names")"
	else
		ok "$name"
	fi
}

# same_lines NAME "OPTS" PROG...: as same_trace, but the lines compared as
# sorted sets (threads whose lines may come in either order).
same_lines() {
	local name=$1 opts=$2
	shift 2
	local s="$T/$name.s" l="$T/$name.l"
	# shellcheck disable=SC2086
	st "$s" $opts "$@"
	# shellcheck disable=SC2086
	lt "$l" $opts -- "$@"
	same_status "$name" "$l" || return
	norm "$s" | sort >"$s.n"
	norm "$l" | sort >"$l.n"
	if ! [ -s "$s.n" ]; then
		ko "$name" "strace printed nothing (test broken?)"
	elif ! cmp -s "$s.n" "$l.n"; then
		ko "$name" "traces differ (< strace > ltr): $(first_diff "$s.n" "$l.n")"
	else
		ok "$name"
	fi
}

# -e status=: the fixture ends makes a failed and a successful call, then
# ends with unfinished calls (exit_group alone; or a second thread's read
# with exit_group, or with a SIGTERM that kills the process).
ENDS="$FIXTURES/ends"
# (Not "all" with threads: their unfinished/resumed pairs depend on the
# scheduler. The shell's "Terminated" for the killed runs is dropped.)
for set in successful failed unfinished 'failed,unfinished' '!successful' none all \
	unavailable detached 'successful,detached'; do
	same_trace "status_single_$set" "-e status=$set" "$ENDS" single
	[ "$set" = all ] && continue
	same_lines "status_threads_$set" "-f -e status=$set" "$ENDS" exit
	same_lines "status_killed_$set" "-f -e status=$set" "$ENDS" kill 2>/dev/null
done
same_trace status_trace "-f -e status=unfinished,failed -e trace=read,close,exit_group" "$ENDS" exit
same_trace status_z "-z -e trace=close,getppid,exit_group" "$ENDS" single
same_trace status_Z "-Z -e trace=close,getppid,exit_group" "$ENDS" single
same_names status_perl "-e status=failed,unfinished" perl "$WORK_PL"
same_names status_sh "-f -e status=unfinished" sh -c '/bin/true; exit 3'

# status=detached: calls ltr detached inside, at Ctrl-C on -p (the
# fixture sleeps 20 s in one nanosleep; killed at the end).
status_detach() {
	local name=$1 set=$2 tool out pid
	for tool in strace "$LTR"; do
		out="$T/$name.$(basename "$tool")"
		"$ENDS" sleep &
		pid=$!
		sleep 0.3
		timeout -s INT -k 5 1 "$tool" -e "status=$set" -p "$pid" -o "$out" 2>/dev/null
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	if ! [ -s "$T/$name.strace" ] && [ "$set" != '!detached' ]; then
		ko "$name" "strace printed nothing (test broken?)"
	elif ! cmp -s "$T/$name.strace" "$T/$name.ltr"; then
		ko "$name" "traces differ (< strace > ltr): $(first_diff "$T/$name.strace" "$T/$name.ltr")"
	else
		ok "$name"
	fi
}
status_detach status_detached detached
status_detach status_detached_successful detached,successful
status_detach status_not_detached '!detached'

same_trace failed_cat "-Z" cat /nonexistent/file
same_trace failed_ls "-Z" ls /
same_trace succeeded_cat "-z" cat /nonexistent/file
same_trace timing_cat "-T" cat /etc/hostname
same_trace timing_trace "-T -e trace=openat,close" ls /
same_trace failed_trace "-Z -e trace=%file" ls /
same_names failed_perl "-Z" perl "$WORK_PL"
same_names succeeded_perl "-z" perl "$WORK_PL"

# ---------------------------------------------------------------- -e trace=

for class in %file %process %net %network %signal %ipc %desc %memory %creds \
	%stat %lstat %fstat %%stat %statfs %fstatfs %%statfs %clock %pure \
	file process network signal ipc desc memory; do
	same_names "trace_class_$class" "-e trace=$class" perl "$WORK_PL"
done
same_names trace_class_file_ls "-e trace=%file" ls /
same_names trace_class_desc_py "-e trace=%desc" "$PY" -c pass

same_trace trace_names "-e trace=openat,close" cat /etc/hostname
same_names trace_negated "-e trace=!openat,close,mmap" cat /etc/hostname
same_names trace_negated_class "-e trace=!%memory" ls /
same_names trace_class_and_name "-e trace=%memory,close" cat /etc/hostname
same_names trace_regex "-e trace=/^(open|clo)" cat /etc/hostname
same_names trace_regex_class "-e trace=/sig,%ipc" perl "$WORK_PL"
same_names trace_optional "-e trace=?nosuchcall,close" cat /etc/hostname
same_names trace_number "-e trace=3" cat /etc/hostname
same_names trace_all "-e trace=all" cat /etc/hostname
same_trace trace_none "-e trace=none" cat /etc/hostname
same_names trace_last_wins "-e trace=read -e trace=close" cat /etc/hostname

# ---------------------------------------------------------------- -e inject=

same_trace inject_when "-e inject=openat:error=ENOENT:when=2+" cat /etc/hostname
same_trace inject_range "-e inject=openat:error=EACCES:when=3..4" cat /etc/hostname
same_trace inject_step "-e inject=close:error=EBADF:when=1+2" cat /etc/hostname
same_trace inject_number "-e inject=openat:error=13:when=3" cat /etc/hostname
same_trace inject_retval "-e inject=getpid:retval=42" "$PY" -c 'import os; print(os.getpid())'
same_trace inject_two "-e inject=getpid:retval=42 -e inject=getppid:error=EPERM" \
	"$PY" -c 'import os; print(os.getpid(), os.getppid())'
same_trace inject_traced "-e trace=openat -e inject=openat:error=ENOENT:when=3" cat /etc/hostname
same_trace inject_class "-e inject=%pure:retval=7:when=2" \
	"$PY" -c 'import os; print([x == 7 for x in (os.getpid(), os.getpid(), os.getppid(), os.getppid())])'

# Every field of -e inject=, against strace on real programs.
PL_SIG='$SIG{USR1} = sub { print "usr1\n" }; chdir "/"; print "done\n"'
same_trace inject_signal "-e trace=chdir -e inject=chdir:signal=USR1" perl -e "$PL_SIG"
same_trace inject_signal_number "-e trace=chdir -e inject=chdir:signal=10:when=1" perl -e "$PL_SIG"
same_trace inject_signal_error "-e trace=chdir -e inject=chdir:error=EACCES:signal=SIGUSR1" perl -e "$PL_SIG"
# A signal delivered as the call starts interrupts a blocking call.
same_trace inject_signal_blocking "-e trace=pselect6,rt_sigreturn -e inject=pselect6:signal=USR1" \
	perl -e '$SIG{USR1} = sub { print "usr1\n" }; select(undef, undef, undef, 0.3); print "done\n"'
same_trace inject_syscall_retval "-e trace=getpid -e inject=getpid:syscall=getppid:retval=42" \
	perl -e 'print syscall(39), "\n"'
same_trace inject_syscall_error "-e trace=getpid -e inject=getpid:syscall=gettid:error=EPERM:when=2" \
	perl -e 'print syscall(39) > 0, " ", syscall(39), "\n"'
for d in 100000 100ms 0.1s 1e5 +1e8ns .1s 50000us; do
	same_trace "inject_delay_enter_$d" "-e trace=getppid -e inject=getppid:delay_enter=$d" \
		perl -e 'print syscall(110) > 0, "\n"'
done
same_trace inject_delay_exit "-e trace=getppid -e inject=getppid:delay_exit=50ms:when=2..3" \
	perl -e 'syscall(110) for 1..4; print "ok\n"'
same_trace inject_delay_retval "-e trace=getppid -e inject=getppid:retval=7:delay_enter=10ms:delay_exit=10ms" \
	perl -e 'print syscall(110), "\n"'
same_trace inject_poke_enter "-e trace=openat -e inject=openat:when=3:poke_enter=@arg2=2f6574632f7061737377640a00" \
	cat /etc/hostname
same_trace inject_poke_exit "-e trace=getcwd -e inject=getcwd:poke_exit=@arg1=2f706f6b656400" /bin/pwd
same_trace inject_poke_both "-e trace=getcwd -e inject=getcwd:retval=8:poke_exit=@arg1=2f706f6b656400" /bin/pwd
same_trace inject_poke_two "-e trace=openat -e inject=openat:when=3:poke_enter=@arg2=2f6574632f686f73747300,@arg3=00" \
	cat /etc/hostname
same_trace fault_default "-e trace=openat -e fault=openat:when=3" cat /etc/hostname
same_trace fault_error "-e trace=openat -e fault=openat:error=EIO:when=2..3" cat /etc/hostname
same_trace fault_syscall "-e trace=getpid -e fault=getpid:syscall=gettid" perl -e 'print syscall(39), "\n"'
same_trace inject_fault_mixed "-e trace=openat,close -e fault=openat:when=3 -e inject=close:retval=0:when=1" \
	cat /etc/hostname
same_trace inject_last_wins "-e trace=openat -e inject=openat:error=EIO -e inject=openat,close:error=EACCES:when=3" \
	cat /etc/hostname
same_trace inject_follow "-f -e trace=openat -e inject=openat:error=ENOENT:when=3" \
	sh -c 'cat /etc/hostname; cat /etc/hostname'
same_trace inject_case "-e trace=openat -e inject=openat:error=enoent:when=3" cat /etc/hostname
# Only calls the trace shows are tampered with, as strace does.
same_trace inject_untraced "-e trace=close -e inject=getpid:retval=42" perl -e 'print syscall(39) == 42 ? "injected\n" : "not\n"'
same_trace inject_summary_traced "-c -O 1s -e trace=close -e inject=getpid:retval=42" \
	perl -e 'print syscall(39) == 42 ? "injected\n" : "not\n"'
# retval= values printed as strace prints them (an injected success is a
# value even in the error range); geteuid never fails in strace's eyes.
for rv in 0 1 0x7fffffff 0x80000000 0xffffffff 0x7fffffffffffffff 0x8000000000000000 \
	0xfffffffffffff000 0xfffffffffffffffe -1 010; do
	same_trace "inject_retval_$rv" "-e trace=geteuid -e inject=geteuid:retval=$rv" \
		perl -e 'print syscall(107), "\n"'
done

# inject_stderr NAME "OPTS" PROG...: what strace and ltr say on stderr
# (warnings, errors; the trace goes to /dev/null) and their statuses.
inject_stderr() {
	local name=$1 opts=$2
	shift 2
	# shellcheck disable=SC2086
	timeout -k 5 "$LIMIT" strace -o /dev/null $opts "$@" >/dev/null 2>"$T/$name.s.err" </dev/null
	S_RC=$?
	# shellcheck disable=SC2086
	timeout -k 5 "$LIMIT" "$LTR" -o /dev/null $opts -- "$@" >/dev/null 2>"$T/$name.l.err" </dev/null
	L_RC=$?
	sed -E -i -e "$PROG_SED" -e 's/process [0-9]+/process PID/' "$T/$name.s.err" "$T/$name.l.err"
	if [ "$S_RC" != "$L_RC" ]; then
		ko "$name" "ltr exited $L_RC, strace $S_RC: $(head -c 200 "$T/$name.l.err")"
	elif ! cmp -s "$T/$name.s.err" "$T/$name.l.err"; then
		ko "$name" "stderr differs (< strace > ltr): $(first_diff "$T/$name.s.err" "$T/$name.l.err")"
	else
		ok "$name"
	fi
}
for rv in -1 0xffffffff 0x8000000000000000 0xfffffffffffff000 -4096; do
	inject_stderr "inject_retval_warning_$rv" "-e inject=chdir:retval=$rv" true
done
inject_stderr inject_poke_nargs "-e inject=chdir:poke_enter=@arg2=00" sh -c 'cd /'
inject_stderr inject_poke_fault "-e inject=chdir:poke_enter=@arg1=00" perl -e 'syscall(80, 0)'

# The syntax of -e inject= and -e fault=: every argument of strace's own
# qual_inject-syntax and qual_fault-syntax tests and more; strace's
# message ("invalid inject argument '...'") and status, or both accept.
zeroes=$(printf '0%.0s' $(seq 1 2050))
for kind in inject fault; do
	bad_args=""
	for arg in 42 chdir chdir:42 '!chdir:42' chdir:42:when=7 chdir:invalid chdir:invalid:when=8 \
		chdir:error= chdir:error=:when=10 chdir:error=invalid_error_name \
		chdir:error=invalid_error_name:when=11 chdir:error=-1 chdir:error=-1:when=12 chdir:error=-2 \
		chdir:error=3+ chdir:error=3+:when=14 chdir:error=4096 chdir:error=4096:when=15 \
		chdir:when=7:error=invalid_error_name chdir:when= chdir:when=:error=19 chdir:when=0 \
		chdir:when=0:error=20 chdir:when=-1 chdir:when=-1:error=21 chdir:when=-2+ chdir:when=-2+:error=22 \
		chdir:when=-3+0:error=23 chdir:when=4-:error=24 chdir:when=5+-:error=25 chdir:when=6++:error=26 \
		chdir:when=7+0:error=27 chdir:when=8+-1:error=28 chdir:when=9+1+:error=29 \
		chdir:when=65536:error=30 chdir:when=1+65536:error=31 chdir:retval=a chdir:retval=0b \
		chdir:retval=0x10000000000000000 chdir:retval=0 chdir:signal=0 chdir:signal=1 chdir:signal=129 \
		chdir:signal=65 chdir:signal=64 chdir:signal=sigusr1 chdir:signal=1:signal=2 \
		chdir:signal=1:retval=0:signal=2 chdir:retval=0:retval=1 chdir:error=1:error=2 \
		chdir:retval=0:error=1 chdir:error=1:retval=0 chdir:retval=0:signal=1:error=1 \
		chdir:delay_enter=-1 chdir:delay_exit=-2 chdir:delay_enter=1:delay_enter=2 \
		chdir:delay_exit=3:delay_exit=4 chdir:delay_enter=5:delay_exit=6:delay_enter=7 \
		chdir:delay_enter=1e999 chdir:delay_enter=5S chdir:delay_enter=1.5e3 chdir:delay_exit=.5s \
		chdir:syscall=invalid chdir:syscall=chdir chdir:syscall=%file chdir:syscall=-42 chdir:syscall=42 \
		chdir:syscall=gettid:syscall=gettid chdir:syscall=getpid chdir:syscall=gettid:error=1 \
		chdir:syscall=getuid:retval=1 chdir:when=. chdir:when=.+ chdir:when=..+ chdir:when=+ \
		chdir:when=++ chdir:when=10. chdir:when=11.12 chdir:when=13.14+ chdir:when=15.. \
		chdir:when=16... chdir:when=17...18 chdir:when=.19 chdir:when=..20 chdir:when=..21+ \
		chdir:when=..22+3 chdir:when=24..23 chdir:when=25..26+0 chdir:when=27..65535 \
		chdir:when=28..65535+ chdir:when=65535..65535 chdir:when=65535..65535+ \
		chdir:when=3..5+2:error=1 chdir:poke_enter= chdir:poke_exit= chdir:poke_enter=invalid \
		chdir:poke_enter=@arg8= chdir:poke_enter=@arg0= chdir:poke_enter=@arg1 chdir:poke_enter=@arg1= \
		chdir:poke_enter=@arg1=000 chdir:poke_enter=@arg1=nothex "chdir:poke_enter=@arg1=$zeroes" \
		chdir:poke_enter=@arg1=5374726163652100,@arg1=5374726163652100 \
		chdir:poke_enter=@arg1=5374726163652100:poke_enter=@arg1=5374726163652100 \
		chdir:poke_exit=@arg7=ff chdir:poke_enter=,@arg1=00 :error=EIO chdir::error=EIO \
		chdir:error=EIO: chdir:error=eio chdir:error=+5 chdir:error=ERESTARTSYS chdir:error=4095; do
		timeout 20 strace -o /dev/null -e "$kind=$arg" true >/dev/null 2>"$T/syn.s"
		src=$?
		timeout 20 "$LTR" -o /dev/null -e "$kind=$arg" true >/dev/null 2>"$T/syn.l"
		lrc=$?
		sed -E -i "$PROG_SED" "$T/syn.s" "$T/syn.l"
		if [ "$src" != "$lrc" ] || ! cmp -s "$T/syn.s" "$T/syn.l"; then
			bad_args="$bad_args '$arg' (strace $src: $(head -c 80 "$T/syn.s"); ltr $lrc: $(head -c 80 "$T/syn.l"))"
		fi
	done
	if [ -z "$bad_args" ]; then
		ok "${kind}_syntax"
	else
		ko "${kind}_syntax" "differs for:$bad_args"
	fi
done

# An unknown name in an inject set: strace's one-line message, and ltr's
# status for a bad command line, strace's (1).
st "$T/injbad.s" -e inject=nosuch:error=EIO -- true
lt "$T/injbad.l" -e inject=nosuch:error=EIO -- true
if [ "$L_RC" = "$S_RC" ] &&
	[ "$(sed -E "$PROG_SED" "$T/injbad.s.stderr")" = "$(sed -E "$PROG_SED" "$T/injbad.l.stderr")" ]; then
	ok inject_unknown_name
else
	ko inject_unknown_name "ltr ($L_RC): '$(cat "$T/injbad.l.stderr")', strace: '$(cat "$T/injbad.s.stderr")'"
fi

# ---------------------------------------------------------------- -P (paths)

# -P PATH: the calls that name the path, through a descriptor too (dup2'd
# to 0 in the shell, read by cat in a child), judged when they start.
same_trace paths_cat "-P /etc/hosts" cat /etc/hosts
same_trace paths_head "-P /etc/hosts" head -n 1 /etc/hosts
same_trace paths_tail_desc "-P /etc/hosts -e trace=%desc" tail -c 5 /etc/hosts
same_trace paths_sh_dup "-P /etc/hosts" sh -c 'exec 3</etc/hosts; cat <&3'
same_trace paths_sh_dup_follow "-f -P /etc/hosts" sh -c 'exec 3</etc/hosts; cat <&3'
# strace matches the text a call passes: "hosts" after cd /etc is not
# /etc/hosts, but the descriptor open on it is
same_trace paths_relative "-f -P /etc/hosts" sh -c 'cd /etc && cat hosts'
same_trace paths_two "-P /etc/hosts -P /etc/passwd" head -c 1 /etc/hosts /etc/passwd
same_trace paths_trace "-P /etc/hosts -e trace=read,close" cat /etc/hosts /etc/hostname
same_trace paths_failed "-P /nonexistent/x -Z" cat /etc/hostname /nonexistent/x
# descriptors in select's sets and poll's array; epoll_ctl's added one
mkfifo "$T/fifo" 2>/dev/null && same_trace paths_fifo_poll "-P $T/fifo" "$PY" -c "
import os, select
fd = os.open('$T/fifo', os.O_RDWR)
os.write(fd, b'x')
select.select([fd], [], [], 0)
p = select.poll(); p.register(fd, select.POLLIN); p.poll(0)
e = select.epoll(); e.register(fd, select.EPOLLIN); e.poll(0)
os.close(fd)"
count_test paths_count "-c -P /etc/hosts" "-c -P /etc/hosts" 0 cat /etc/hosts /etc/hostname
# faults go only into the calls that name the path, and only they count for when=
same_trace paths_inject "-P /etc/hosts -e inject=openat:error=EACCES:when=2+" \
	cat /etc/hostname /etc/hosts /etc/hosts

# The fixture pathcalls names ./f every way -P must see (paths relative,
# through dirfds, renamed, linked; descriptors in select's sets and poll's
# array, i386's old mmap, old select and socketcall with their arguments
# in memory), 64-bit and -m32; "f" resolves into its absolute path, which
# strace announces on stderr.
paths_fixture() {
	local name=$1 fixture
	fixture=$(cd "$FIXTURES" && pwd)/$2
	mkdir -p "$T/$name.d"
	: >"$T/$name.d/f" # (the fixture leaves it so for the second run)
	cd "$T/$name.d" || return
	same_trace "$name" "-P f" "$fixture"
	cd - >/dev/null || return
	if [ "$(sed -E "$PROG_SED" "$T/$name.s.stderr")" = "$(sed -E "$PROG_SED" "$T/$name.l.stderr")" ] &&
		grep -qE "^(.*/)?ltr: Requested path \"f\" resolved into \"$T/$name.d/f\"$" "$T/$name.l.stderr"; then
		ok "${name}_message"
	else
		ko "${name}_message" "ltr: '$(head -c 200 "$T/$name.l.stderr")', strace: '$(head -c 200 "$T/$name.s.stderr")'"
	fi
}
paths_fixture paths_pathcalls pathcalls
i386_runs "$FIXTURES"
case $? in
0) paths_fixture paths_pathcalls_32 pathcalls-32 ;;
1) skip paths_pathcalls_32 "$I386_WHY" ;;
*) ko paths_pathcalls_32 "i386 probe: $I386_WHY" ;;
esac

# A path that is a symlink: strace says what it resolves into (on stderr),
# and matches both; -e quiet=path-resolution leaves the message out.
ln -s /etc/hosts "$T/hosts-link"
same_trace paths_symlink "-P $T/hosts-link" cat "$T/hosts-link" /etc/hosts
if [ "$(sed -E "$PROG_SED" "$T/paths_symlink.s.stderr")" = "$(sed -E "$PROG_SED" "$T/paths_symlink.l.stderr")" ] &&
	grep -qE "^(.*/)?ltr: Requested path \"$T/hosts-link\" resolved into \"/etc/hosts\"$" "$T/paths_symlink.l.stderr"; then
	ok paths_resolved_message
else
	ko paths_resolved_message "ltr: '$(head -c 200 "$T/paths_symlink.l.stderr")', strace: '$(head -c 200 "$T/paths_symlink.s.stderr")'"
fi
st "$T/pquiet.s" -e quiet=path-resolution -P "$T/hosts-link" cat /dev/null
lt "$T/pquiet.l" -e quiet=path-resolution -P "$T/hosts-link" -- cat /dev/null
if [ ! -s "$T/pquiet.s.stderr" ] && [ ! -s "$T/pquiet.l.stderr" ]; then
	ok paths_quiet
else
	ko paths_quiet "ltr: '$(head -c 200 "$T/pquiet.l.stderr")', strace: '$(head -c 200 "$T/pquiet.s.stderr")'"
fi

# ---------------------------------------------------------------- other stock scripts

# slow_io: cat reads a pipe whose writer sleeps 0.4 s first.
lt "$T/slow.l" -f -s slow_io -a ms=100 -- sh -c '(sleep 0.4; echo slow) | cat'
if [ "$(cat "$T/slow.l.stdout")" = slow ] &&
	grep -Eq 'read +fd=0 +pipe:\[[0-9]+\]' "$T/slow.l" &&
	grep -Eq '^ +1 +[0-9.]+ +[0-9.]+ +5  pipe:\[' "$T/slow.l" &&
	! grep -Eq 'write +fd=1' "$T/slow.l"; then
	ok slow_io
else
	ko slow_io "expected a slow read of a pipe and its summary, got: $(head -c 300 "$T/slow.l")"
fi

# topfiles: cat of a known file: its bytes read, and as many written.
f=/etc/services
[ -r "$f" ] || f=/etc/passwd
size=$(stat -c %s "$f")
lt "$T/top.l" -s topfiles -a n=3 -- cat "$f"
if grep -Eq "^ +$size +0 +[0-9]+  $f\$" "$T/top.l" &&
	grep -Eq "^ +0 +$size +[0-9]+  " "$T/top.l" &&
	[ "$(grep -cE '^ +[0-9]+ +[0-9]+ +[0-9]+  ' "$T/top.l")" -le 3 ]; then
	ok topfiles
else
	ko topfiles "expected $f with $size bytes read, got: $(head -c 300 "$T/top.l")"
fi
# topfiles with interval: a periodic report besides the final one.
lt "$T/topi.l" -s topfiles -a interval=0.2 -- sh -c 'cat /etc/hostname >/dev/null; sleep 0.7'
n=$(grep -c '^top 10 paths by bytes' "$T/topi.l" 2>/dev/null)
if [ "${n:-0}" -ge 3 ]; then
	ok topfiles_interval
else
	ko topfiles_interval "expected periodic reports, got: $(head -c 300 "$T/topi.l")"
fi

# latency: histograms of %file syscalls only.
lt "$T/lat.l" -s latency -a sel=%file -- ls /
if grep -Eq '^openat \([0-9]+ calls\)' "$T/lat.l" &&
	grep -Eq '^\[[0-9KM]+, [0-9KM]+\) +[0-9]+ \|@*' "$T/lat.l" &&
	! grep -Eq '^(mmap|close|read) \(' "$T/lat.l"; then
	ok latency
else
	ko latency "expected openat's histogram and no non-%file one, got: $(head -c 300 "$T/lat.l")"
fi

# redirect: cat /etc/hostname reads a temporary file instead; with
# prefix=1, /etc/host + name becomes $T/x + name.
echo "redirected by ltr" >"$T/hostname"
lt "$T/redir.l" -s redirect -a from=/etc/hostname -a "to=$T/hostname" -- cat /etc/hostname
if [ "$(cat "$T/redir.l.stdout")" = "redirected by ltr" ]; then
	ok redirect
else
	ko redirect "cat printed '$(head -c 100 "$T/redir.l.stdout")' $(head -c 200 "$T/redir.l.stderr")"
fi
echo "prefix redirected" >"$T/xname"
lt "$T/redirp.l" -s redirect -a from=/etc/host -a "to=$T/x" -a prefix=1 -- cat /etc/hostname
if [ "$(cat "$T/redirp.l.stdout")" = "prefix redirected" ]; then
	ok redirect_prefix
else
	ko redirect_prefix "cat printed '$(head -c 100 "$T/redirp.l.stdout")' $(head -c 200 "$T/redirp.l.stderr")"
fi
# Two path arguments of one call (renameat2) rewritten together.
touch "$T/b1"
lt "$T/redir2.l" -s redirect -a "from=$T/a" -a "to=$T/b" -a prefix=1 -- mv -T "$T/a1" "$T/a2"
if [ "$L_RC" = 0 ] && [ -e "$T/b2" ] && [ ! -e "$T/b1" ]; then
	ok redirect_two_paths
else
	ko redirect_two_paths "mv a1 a2 redirected to b1 b2 failed (status $L_RC): $(head -c 200 "$T/redir2.l.stderr")"
fi
# The printed line shows the path the program really used.
lt "$T/redirt.l" -s redirect -a from=/etc/hostname -a "to=$T/hostname" -e trace=openat -- cat /etc/hostname
if grep -q "^openat(AT_FDCWD, \"$T/hostname\", O_RDONLY) = 3" "$T/redirt.l"; then
	ok redirect_traced
else
	ko redirect_traced "expected openat of $T/hostname, got: $(grep hostname "$T/redirt.l" | head -c 200)"
fi

# PRoot-grade: relative and ".." paths are rewritten as the kernel would
# resolve them, and the program does not see through the bind: getcwd,
# readlink -f . and readlink /proc/self/cwd show the directory it asked for.
mkdir -p "$T/bind/etc"
echo "BOUND HOSTS" >"$T/bind/etc/hosts"
lt "$T/redirb.l" -f -s redirect -a from=/etc -a "to=$T/bind/etc" -a prefix=1 -- \
	sh -c 'cd /etc && head -1 hosts && /bin/pwd && readlink -f . && head -1 ./../etc/hosts && readlink /proc/self/cwd'
want=$(printf 'BOUND HOSTS\n/etc\n/etc\nBOUND HOSTS\n/etc')
if [ "$L_RC" = 0 ] && [ "$(cat "$T/redirb.l.stdout")" = "$want" ]; then
	ok redirect_relative
else
	ko redirect_relative "status $L_RC, printed '$(head -c 200 "$T/redirb.l.stdout")' $(head -c 200 "$T/redirb.l.stderr")"
fi

# ltr -l lists every stock script with its summary.
timeout 20 "$LTR" -l >"$T/list" 2>&1
missing=""
for s in count failed succeeded status timing trace inject paths slow_io topfiles latency redirect; do
	grep -Eq "^$s[[:space:]]" "$T/list" || missing="$missing $s"
done
if [ -z "$missing" ]; then
	ok list
else
	ko list "ltr -l does not list:$missing"
fi

# --script-help describes every stock script, also one that refuses to
# run without its arguments (redirect needs -a from=).
missing=""
for s in count failed succeeded status timing trace inject paths slow_io topfiles latency redirect stacks; do
	timeout 20 "$LTR" --script-help "$s" >"$T/help.$s" 2>&1 &&
		grep -q '^Arguments:' "$T/help.$s" || missing="$missing $s"
done
if [ -z "$missing" ] && grep -q '^  -a from=' "$T/help.redirect"; then
	ok script_help
else
	ko script_help "--script-help failed for:$missing $(head -c 200 "$T/help.redirect")"
fi

# The current directory is not searched: "-s count" in a directory
# holding a count.lua of its own is the stock count (the risk of "." in
# PATH); "-s ./count.lua" names that one, and "@NAME" is always the stock
# script (what the sugar flags -c, -T, ... load).
mkdir -p "$T/shadow"
printf -- '-- not the stock count\nltr.on_end(function() ltr.print("SHADOW") end)\n' >"$T/shadow/count.lua"
(cd "$T/shadow" && lt "$T/shadow.l" -s @count -- true)
(cd "$T/shadow" && lt "$T/shadow2.l" -s count -- true)
(cd "$T/shadow" && lt "$T/shadow3.l" -s ./count.lua -- true)
if grep -q '^% time' "$T/shadow.l" && ! grep -q SHADOW "$T/shadow.l" &&
	grep -q '^% time' "$T/shadow2.l" && ! grep -q SHADOW "$T/shadow2.l" &&
	grep -q '^SHADOW$' "$T/shadow3.l"; then
	ok stock_lookup
else
	ko stock_lookup "-s @count: $(head -c 200 "$T/shadow.l") / -s count: $(head -c 100 "$T/shadow2.l") / -s ./count.lua: $(head -c 100 "$T/shadow3.l")"
fi

# A stock script's argument out of range, or a bad set, is refused while
# the script loads: one line "ltr: SCRIPT: -a NAME=VALUE: ...", exit 2,
# no command run (stacks -a depth=0 failed in a hook at the first call).
# refused ERE LTR-OPTIONS...: ltr with them refuses to load (exit 2, the
# command not run), its message matching ERE; else appends to $bad.
refused() {
	local re=$1 rc
	shift
	timeout 20 "$LTR" "$@" -- sh -c "echo ran > $T/badarg.ran" >"$T/badarg.out" 2>&1
	rc=$?
	if [ "$rc" != 2 ] || [ -e "$T/badarg.ran" ] || ! grep -qE -- "$re" "$T/badarg.out"; then
		bad="$bad [$*: rc $rc, $(head -c 120 "$T/badarg.out")]"
	fi
	rm -f "$T/badarg.ran"
}
bad=""
for a in "stacks depth=0" "stacks n=0" "stacks sel=%bogus" "slow_io ms=-5" "topfiles n=-1" \
	"topfiles interval=-1" "latency sel=%bogus" "redirect from=hostname"; do
	set -- $a
	refused "^(.*/)?ltr: $1: -a ${2%%=*}=" -s "$1" -a "$2"
	[ "$(wc -l < "$T/badarg.out")" = 1 ] || bad="$bad [$a: $(wc -l < "$T/badarg.out") lines]"
done
if [ -z "$bad" ]; then
	ok stock_bad_args
else
	ko stock_bad_args "$bad"
fi

# The values a user typed come back as typed ("-a ms=-5", not Lua's
# "-5.0"), in errors and in --script-help's defaults ("-a ms=10").
timeout 20 "$LTR" -s slow_io -a ms=-5 -- true >"$T/echo.out" 2>&1
timeout 20 "$LTR" --script-help slow_io >"$T/help.out" 2>&1
if grep -q -- "-a ms=-5: " "$T/echo.out" && grep -qx -- "  -a ms=10" "$T/help.out"; then
	ok arg_values_as_typed
else
	ko arg_values_as_typed "$(head -c 120 "$T/echo.out") / $(grep -- '-a ms' "$T/help.out" | tr '\n' '|')"
fi

# What is wrong with -s PATH or -a SCRIPT.NAME is said: a directory is no
# script; no script loaded as SCRIPT declares arguments. Exit 2, nothing run.
mkdir -p "$T/adir.lua"
bad=""
refused "script '.*/adir\.lua' is a directory" -s "$T/adir.lua"
refused "no script loaded as 'nosuch'" -s slow_io -a nosuch.ms=5
if [ -z "$bad" ]; then
	ok script_errors_named
else
	ko script_errors_named "$bad"
fi

echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
