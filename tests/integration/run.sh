#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests: trace real programs (the fixtures in tests/fixtures and a
# few system commands) with the tracer under test and check its output,
# exit statuses, error handling, attach and detach.
#
#   bash tests/integration/run.sh LTR FIXTURE_DIR [TEST...]
#
# LTR is the tracer binary (normally ./ltr).  LTR may also be `strace`, to
# check the tests themselves against the oracle: tests of ltr-only behaviour
# are then skipped and strace's spellings (-s N, -I1) are used.
# Prints "PASS name" or "FAIL name: reason" per test, and finally
# "N passed, M failed, K skipped"; exits 1 if any test failed.
# Every wait is bounded; every process a test starts is killed on exit; the
# tests attach only to processes they started themselves.
# KEEP_TMP=1 keeps the temporary directory with all traces for inspection.

# Strings given to wait_for eval are expanded when evaluated, on purpose.
# shellcheck disable=SC2016

set -u

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/integration/lib.sh
. "$HERE/lib.sh"
parse_args "$0" "$@"
shift 2
CHECK_EXPECT="python3 $HERE/check_expect.py"

# Oracle mode: the tracer is strace itself.
STRSIZE_OPT=--strsize
SIGNAL_OPTS=()
if [ "$ORACLE" = 1 ]; then
	STRSIZE_OPT=-s
	# strace blocks fatal signals while running a command with -o FILE
	# unless told otherwise; ltr always detaches on them.
	SIGNAL_OPTS=(-I1)
fi

make_root it

# proc_state PID: the one-letter state from /proc/PID/stat (empty if gone).
proc_state() {
	local stat
	[ -n "$1" ] || return 0
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
	stat=${stat##*) }
	echo "${stat%% *}"
}

tracer_pid() { awk '/^TracerPid:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }

gone_or_zombie() {
	local s
	s=$(proc_state "$1")
	[ -z "$s" ] || [ "$s" = Z ] || [ "$s" = X ]
}

# wait_exit SECONDS PID: wait for our child PID to exit, bounded; sets RC.
wait_exit() {
	RC=
	if ! wait_for "$1" gone_or_zombie "$2"; then
		kill -KILL "$2" 2>/dev/null
		{ wait "$2"; } 2>/dev/null
		return 1
	fi
	# (braces: also silence bash's "Terminated" job notice)
	{ wait "$2"; } 2>/dev/null
	RC=$?
	return 0
}

lines_of() { [ -f "$1" ] && wc -l < "$1" || echo 0; }
has_line() { grep -qxF -- "$2" "$1" 2>/dev/null; }
has_re() { grep -qE -- "$2" "$1" 2>/dev/null; }

# distinct_pids FILE: number of distinct "N  " prefixes in a -o trace.
distinct_pids() { grep -oE '^[0-9]+ ' "$1" 2>/dev/null | sort -u | wc -l; }

# run_fixture NAME OUTFILE [LTR-OPTIONS...] -- [FIXTURE-ARGS...]
# Runs the fixture under the tracer with -o OUTFILE, its expected lines in
# OUTFILE.exp and its stdout in OUTFILE.stdout; sets RC to the exit status.
run_fixture() {
	local name=$1 out=$2 opts=()
	shift 2
	while [ $# -gt 0 ] && [ "$1" != -- ]; do
		opts+=("$1")
		shift
	done
	[ $# -gt 0 ] && shift
	rm -f "$out" "$out.exp"
	# (braces: silence bash's "Terminated" notice for a killed command)
	{ FIXTURE_EXPECT=$out.exp timeout 20 "$LTR" "${opts[@]}" -o "$out" -- \
		"$FIX/$name" "$@" > "$out.stdout" 2> "$out.stderr"; } 2>/dev/null
	RC=$?
}

# expect_ok OUT: the fixture's expected lines all appear in OUT.
expect_ok() {
	local missing
	missing=$($CHECK_EXPECT "$1" "$1.exp" 2>&1) && return 0
	fail "$(echo "$missing" | head -3 | tr '\n' ';')"
	return 1
}

# fixture_test NAME EXPECTED_RC [LTR-OPTIONS...] -- [FIXTURE-ARGS...]
fixture_test() {
	local name=$1 want=$2 out=$TMP/$1.out
	shift 2
	run_fixture "$name" "$out" "$@"
	if [ "$RC" != "$want" ]; then
		fail "exit status $RC, expected $want ($(head -c 300 "$out.stderr"))"
		return 1
	fi
	expect_ok "$out"
}

# --- the tests --------------------------------------------------------------

test_basic() {
	fixture_test basic 0 || return 1
	# The tracee's own output must be untouched.
	local ref=$TMP/basic.ref
	"$FIX/basic" > "$ref" 2>/dev/null
	cmp -s "$ref" "$TMP/basic.out.stdout" || { fail "tracee stdout differs"; return 1; }
}
test_basic_32() { needs_i386 || return; fixture_test basic-32 0; }
test_strsize() {
	FIXTURE_STRSIZE=64 fixture_test basic 0 "$STRSIZE_OPT" 64 -- || return 1
	FIXTURE_STRSIZE=5 fixture_test basic 0 "$STRSIZE_OPT" 5 --
}
test_signals() { fixture_test signals 0; }
test_signals_32() { needs_i386 || return; fixture_test signals-32 0; }
test_exitcode() { fixture_test exitcode 5 -- 5; }
test_exitcode_signal() { fixture_test exitcode 143 -- sig:15; }
test_exitcode_32() { needs_i386 || return; fixture_test exitcode-32 5 -- 5; }
# A program with a seccomp filter of its own: under ltr's filter (-f and a
# selection) the calls its filter refuses (EPERM, a kill, SIGSYS) show.
# A call its filter hands to a tracer (SECCOMP_RET_TRACE) fails with
# ENOSYS, as under strace, whether traced or not (the fixture checks).
OWN_CALLS=uname,getpgid,getppid,getsid,exit_group
ownfilter_runs() {
	fixture_test "$1" 0 -f -e trace=$OWN_CALLS || return 1
	run_fixture "$1" "$TMP/untraced-calls.out" -f -e trace=openat
	[ "$RC" = 0 ] || { fail "-e trace=openat: exit status $RC ($(head -c 200 "$TMP/untraced-calls.out.stderr"))"; return 1; }
}
test_ownfilter() { ownfilter_runs ownfilter; }
test_ownfilter_32() { needs_i386 || return; ownfilter_runs ownfilter-32; }
test_vfork() { fixture_test vfork 0 -f; }
test_vfork_32() { needs_i386 || return; fixture_test vfork-32 0 -f; }
test_execthread() { fixture_test execthread 0 -f; }
test_execthread_32() { needs_i386 || return; fixture_test execthread-32 0 -f; }
test_threads_follow() {
	fixture_test threads 0 -f -- 0.3 || return 1
	has_line "$TMP/threads.out.stdout" "threads ok" || { fail "no 'threads ok'"; return 1; }
	[ "$(distinct_pids "$TMP/threads.out")" -ge 4 ] || { fail "fewer than 4 tids in the trace"; return 1; }
}

# Trace on stderr (no -o): plain lines, "[pid  N] " prefixes with -f.
test_stderr_output() {
	local out=$TMP/stderr
	rm -f "$out.exp"
	FIXTURE_EXPECT=$out.exp timeout 20 "$LTR" -- "$FIX/basic" > /dev/null 2> "$out" || { fail "exit status $?"; return 1; }
	expect_ok "$out" || return 1
	has_re "$out" '^\[pid ' && { fail "[pid N] prefix with a single process"; return 1; }
	rm -f "$out.exp"
	FIXTURE_EXPECT=$out.exp timeout 20 "$LTR" -f -- "$FIX/vfork" > /dev/null 2> "$out" || { fail "-f: exit status $?"; return 1; }
	expect_ok "$out" || return 1
	has_re "$out" '^\[pid +[0-9]+\] execve\("/bin/true"' || { fail "no [pid N] prefix with -f"; return 1; }
}

# A 32-bit program launched directly: strace prints the personality change
# after the execve line on stderr, and not at all with -o FILE.
test_personality_32() {
	local err=$TMP/pers.err out=$TMP/pers.out pid
	needs_i386 || return
	FIXTURE_EXPECT=/dev/null timeout 20 "$LTR" -- "$FIX/basic-32" > "$TMP/pers.stdout" 2> "$err" ||
		{ fail "exit status $?"; return 1; }
	pid=$(sed -n 's/^getpid() *= \([0-9]*\)$/\1/p' "$err" | head -1)
	[ -n "$pid" ] || { fail "no getpid line"; return 1; }
	sed -n 2p "$err" | grep -qxF "[ Process PID=$pid runs in 32 bit mode. ]" ||
		{ fail "line 2 is not '[ Process PID=$pid runs in 32 bit mode. ]'"; return 1; }
	has_re "$err" '^execve\(.*\) += 0$' || { fail "no execve line"; return 1; }
	has_re "$err" '^write\(1, "hi\\n", 3\) += 3$' || { fail "no write line"; return 1; }
	FIXTURE_EXPECT=/dev/null timeout 20 "$LTR" -o "$out" -- "$FIX/basic-32" > /dev/null 2> "$err"
	has_re "$out" 'runs in 32 bit mode' && { fail "personality line in -o output (strace omits it)"; return 1; }
	return 0
}

test_exit_status() {
	local out=$TMP/exit.out
	timeout 20 "$LTR" -o "$out" -- sh -c 'exit 7'
	RC=$?
	[ "$RC" = 7 ] || { fail "sh -c 'exit 7': status $RC"; return 1; }
	has_line "$out" "+++ exited with 7 +++" || { fail "no '+++ exited with 7 +++'"; return 1; }
	{ timeout 20 "$LTR" -o "$out" -- sh -c 'kill -TERM $$'; } 2>/dev/null
	RC=$?
	[ "$RC" = 143 ] || { fail "sh -c 'kill -TERM \$\$': status $RC"; return 1; }
	has_line "$out" "+++ killed by SIGTERM +++" || { fail "no '+++ killed by SIGTERM +++'"; return 1; }
	timeout 20 "$LTR" -o "$out" -- true
	RC=$?
	[ "$RC" = 0 ] || { fail "true: status $RC"; return 1; }
}

# A process whose leader calls exit_group while two threads wait: as
# strace, each call is ended with " = ?" when its thread is about to exit
# (PTRACE_EVENT_EXIT), so the exit_group line stays whole; a call printed
# whole at entry (futex) ends "<... futex resumed>) = ?", one with output
# arguments (read) "<... read resumed> <unfinished ...>) = ?".
test_exit_group_threads() {
	local out=$TMP/egt.out py=/usr/bin/python3
	[ -x "$py" ] || py=python3
	timeout 20 "$LTR" -f -o "$out" -- "$py" -c '
import os, threading, time
r, w = os.pipe()
threading.Thread(target=threading.Event().wait, daemon=True).start()
threading.Thread(target=os.read, args=(r, 1), daemon=True).start()
time.sleep(0.3)
os._exit(3)'
	RC=$?
	[ "$RC" = 3 ] || { fail "status $RC, expected 3"; return 1; }
	has_re "$out" '^[0-9]+ +exit_group\(3\) += \?$' || { fail "no whole 'exit_group(3) = ?' line"; return 1; }
	has_re "$out" '^[0-9]+ +<\.\.\. futex resumed>\) += \?$' ||
		{ fail "no '<... futex resumed>) = ?' line"; return 1; }
	has_re "$out" '^[0-9]+ +<\.\.\. read resumed> <unfinished \.\.\.>\) += \?$' ||
		{ fail "no '<... read resumed> <unfinished ...>) = ?' line"; return 1; }
	[ "$(grep -cE '^[0-9]+ +\+\+\+ exited with 3 \+\+\+$' "$out")" = 3 ] ||
		{ fail "not 3 '+++ exited with 3 +++' lines"; return 1; }
	has_re "$out" '\?.*\?' && { fail "a line with two '?' results"; return 1; }
	return 0
}

# A command that exists but cannot be executed: the failed execve is shown,
# then only the exit (as strace, not ltr's own error message and exit_group),
# the error is on stderr and the status is 1.
test_exec_fails() {
	local out=$TMP/ef.out err=$TMP/ef.err
	timeout 20 "$LTR" -o "$out" -- /etc/passwd 2> "$err"
	RC=$?
	[ "$RC" = 1 ] || { fail "status $RC, expected 1"; return 1; }
	has_re "$out" '^execve\("/etc/passwd", \["/etc/passwd"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = -1 EACCES \(Permission denied\)$' ||
		{ fail "no failed execve line"; return 1; }
	has_line "$out" "+++ exited with 1 +++" || { fail "no '+++ exited with 1 +++'"; return 1; }
	[ "$(wc -l < "$out")" = 2 ] || { fail "$(wc -l < "$out") trace lines, expected 2"; return 1; }
	grep -q 'Permission denied' "$err" || { fail "no error message on stderr"; return 1; }
	# the same on stderr: the message comes after the execve line
	timeout 20 "$LTR" -- /etc/passwd 2> "$err"
	[ "$(sed -n 2p "$err" | grep -c 'Permission denied')" = 1 ] ||
		{ fail "stderr: the error message is not line 2"; return 1; }
}

# -p with a thread's id traces its whole process, once, with the leader's
# pid; -p naming the same process twice attaches once.
test_attach_tid() {
	ltr_only || return $SKIPPED
	local out=$TMP/at.out err=$TMP/at.err stop=$TMP/at.stop fixpid tid ltrpid
	rm -f "$stop"
	start_bg "$TMP/at.stdout" "$FIX/threads" 30 "$stop"
	fixpid=$BG
	wait_for 5 has_re "$TMP/at.stdout" '^threads' || { fail "threads did not start"; return 1; }
	tid=$(ls "/proc/$fixpid/task" | grep -vx "$fixpid" | head -1)
	[ -n "$tid" ] || { fail "no second thread"; return 1; }
	start_bg "$err" "$LTR" -o "$out" -p "$tid" -p "$fixpid"
	ltrpid=$BG
	wait_for 10 eval '[ "$(distinct_pids "$out")" -ge 3 ]' || { fail "trace does not show 3 threads"; return 1; }
	kill -INT "$ltrpid"
	wait_exit 5 "$ltrpid" || { fail "tracer did not exit after SIGINT"; return 1; }
	[ "$(grep -c 'attached' "$err")" = 1 ] || { fail "$(grep -c attached "$err") attach notices, expected 1"; return 1; }
	grep -qE "^(.*/)?ltr: Process $fixpid attached with [0-9]+ threads$" "$err" ||
		{ fail "notice: $(grep attached "$err")"; return 1; }
	touch "$stop"
	wait_exit 5 "$fixpid" || { fail "fixture did not finish"; return 1; }
	[ "$RC" = 0 ] || { fail "fixture exit $RC"; return 1; }
}

# -c, -T, -e trace= mean the stock scripts even when the current directory
# (first on the script path) holds scripts of the same names.
test_sugar_stock() {
	local d=$TMP/cwd n
	mkdir -p "$d"
	for n in count timing trace; do
		echo 'error("the current directory'"'"'s script was loaded")' > "$d/$n.lua"
	done
	(cd "$d" && timeout 20 "$LTR" -c -o "$TMP/c.out" -- true) ||
		{ fail "-c: status $? ($(head -1 "$TMP/c.out"))"; return 1; }
	has_re "$TMP/c.out" '^% time +seconds +usecs/call +calls +errors +syscall$' ||
		{ fail "-c: no table"; return 1; }
	(cd "$d" && timeout 20 "$LTR" -T -e trace=close -o "$TMP/t.out" -- true) ||
		{ fail "-T -e trace=close: status $?"; return 1; }
	has_re "$TMP/t.out" '^close\(3\) += 0 <[0-9]+\.[0-9]{6}>$' ||
		{ fail "-T -e trace=close: no timed close line"; return 1; }
}

# -s NAME.lua finds a file of the current directory when nothing on the
# script path holds it (lua-api.md's first example, `ltr -s opens.lua`),
# while -s NAME and a stock script's name never load a file from there;
# a script not found says where ltr looked. -l's summary of a long
# comment (--[[ ]], --[==[ ]==]) is its first line's text.
test_script_cwd() {
	ltr_only || return $SKIPPED
	local d=$TMP/scwd out
	mkdir -p "$d"
	printf -- '-- mine\nltr.on_end(function() ltr.print("mine ran") end)\n' > "$d/mine.lua"
	echo 'error("the current directory'"'"'s count.lua was loaded")' > "$d/count.lua"
	out=$(cd "$d" && env -u LTR_PATH timeout 20 "$LTR" -s mine.lua -e trace=none -- true 2>&1) ||
		{ fail "-s mine.lua: status $?: $out"; return 1; }
	printf '%s\n' "$out" | grep -qx "mine ran" || { fail "-s mine.lua: $out"; return 1; }
	out=$(cd "$d" && env -u LTR_PATH timeout 20 "$LTR" -s mine -- true 2>&1)
	[ $? = 2 ] || { fail "-s mine (a name) loaded the current directory's mine.lua: $out"; return 1; }
	printf '%s\n' "$out" | grep -qE "^(.*/)?ltr: script 'mine' not found \(searched: .*\(built in\)\)$" ||
		{ fail "-s mine: message $out"; return 1; }
	for n in count count.lua; do
		(cd "$d" && env -u LTR_PATH timeout 20 "$LTR" -s "$n" -o "$TMP/scwd.out" -- true > /dev/null 2>&1) ||
			{ fail "-s $n loaded the current directory's count.lua"; return 1; }
	done
	out=$(cd "$d" && timeout 20 "$LTR" -s ./nope.lua -- true 2>&1)
	printf '%s\n' "$out" | grep -qxE "(.*/)?ltr: script './nope.lua' not found" ||
		{ fail "-s ./nope.lua: $out"; return 1; }
	mkdir -p "$TMP/scwd-l"
	printf -- '--[[ Block script\nmore ]]\n' > "$TMP/scwd-l/blk.lua"
	printf -- '--[==[\n  Level two\n]==]\n' > "$TMP/scwd-l/lvl.lua"
	out=$(LTR_PATH=$TMP/scwd-l timeout 20 "$LTR" -l 2>&1)
	printf '%s\n' "$out" | grep -qE '^blk +Block script +/' && printf '%s\n' "$out" | grep -qE '^lvl +Level two +/' ||
		{ fail "-l summaries: $(printf '%s\n' "$out" | grep -E '^(blk|lvl) ')"; return 1; }
}

# -f: every process of sh -c appears with its pid prefix.
test_follow_fork() {
	local out=$TMP/ff.out n
	timeout 20 "$LTR" -f -o "$out" -- sh -c '/bin/true; /bin/true; exit 3'
	RC=$?
	[ "$RC" = 3 ] || { fail "status $RC, expected 3"; return 1; }
	n=$(distinct_pids "$out")
	[ "$n" -ge 3 ] || { fail "$n distinct pids, expected >= 3"; return 1; }
	[ "$(grep -cE '^[0-9]+ +\+\+\+ exited with 0 \+\+\+$' "$out")" -ge 2 ] ||
		{ fail "fewer than 2 children exiting 0"; return 1; }
	has_re "$out" '^[0-9]+ +\+\+\+ exited with 3 \+\+\+$' || { fail "no exit 3 line"; return 1; }
	# Without -f only the shell is traced: no prefixes at all.
	timeout 20 "$LTR" -o "$out" -- sh -c '/bin/true; exit 0'
	has_re "$out" '^[0-9]+ ' && { fail "pid prefixes without -f"; return 1; }
	has_re "$out" '^(vfork|clone|clone3|fork)\(' || { fail "no fork-like call of sh"; return 1; }
}

# One line starting "LTR: " on stderr (the program's name as invoked, as
# strace's messages start) and exit status WANT ("nz" = non-zero).
usage_case() {
	local want=$1 err=$TMP/usage.err n
	shift
	timeout 10 "$LTR" "$@" > /dev/null 2> "$err" < /dev/null
	RC=$?
	if [ "$want" = nz ]; then
		[ "$RC" != 0 ] || { fail "ltr $*: status 0"; return 1; }
	else
		[ "$RC" = "$want" ] || { fail "ltr $*: status $RC, expected $want"; return 1; }
	fi
	# one line, "LTR: ...", and strace's hint under it where strace gives one
	n=$(wc -l < "$err")
	[ "$n" = 1 ] || { [ "$n" = 2 ] && sed -n 2p "$err" | grep -qxF "Try '$LTR -h' for more information."; } ||
		{ fail "ltr $*: $n lines on stderr: $(head -c 300 "$err")"; return 1; }
	[ "$(head -1 "$err" | cut -c "1-$((${#LTR} + 2))")" = "$LTR: " ] ||
		{ fail "ltr $*: stderr does not start with '$LTR: '"; return 1; }
}

# Bad command lines get strace's messages, in strace's order, and its exit
# status: both run under the same argv[0] (exec -a), which starts them.
# (None of them traces anything: -p names no process that exists.)
test_usage_like_strace() {
	local i rs rl STRACE
	STRACE=$(command -v strace) || { skip "no strace"; return; }
	local -a cases=(
		"-p 1,a" "-p '1 b'" "-p ''" "--daemonize=Pgrp -p 2147483647" "-DDDD -p 2147483647"
		"-DDDD /bin/true" "-U time,time_percent,time_total" "-FF -w /" "-fF -w /" "-F -w /"
		"-e decode-fd=all -yy -p 2147483647" "-I NEVER -w /" "--strings-in-hex=ALL -w /"
		"-O 1MS -w /" "-p 2147483647" "\"\$(printf '%4096s' ' ')\""
		"-e signal=256 -w /" "-e signal=-1 -w /" "-e trace=1000 -w /"
		"-e signal=0,65,255 -e trace=none -o /dev/null /bin/true"
	)
	for i in "${cases[@]}"; do
		eval "(exec -a TRACER \"\$STRACE\" $i) > /dev/null 2> \"\$TMP/u.strace\" < /dev/null"
		rs=$?
		eval "(exec -a TRACER \"\$LTR\" $i) > /dev/null 2> \"\$TMP/u.ltr\" < /dev/null"
		rl=$?
		[ "$rs" = "$rl" ] || { fail "$i: exit status $rl, strace's $rs"; return 1; }
		cmp -s "$TMP/u.strace" "$TMP/u.ltr" ||
			{ fail "$i: '$(head -c 300 "$TMP/u.ltr")', strace's '$(head -c 300 "$TMP/u.strace")'"; return 1; }
	done
}

test_bad_input() {
	ltr_only || return $SKIPPED
	# strace's status for a bad command line: 1
	usage_case 1 || return 1
	usage_case 1 -- || return 1
	usage_case 1 --bogus -- true || return 1
	usage_case 1 -p abc || return 1
	usage_case 1 -p '' || return 1
	usage_case 1 -p '1,,2' || return 1
	usage_case 1 -p ',1' || return 1
	usage_case 1 --strsize -1 -- true || return 1
	usage_case 1 --strsize abc -- true || return 1
	usage_case 1 -s -1 -- true || return 1
	usage_case 1 -a -5 -- true || return 1
	usage_case 1 -a x -- true || return 1
	usage_case 1 -o || return 1
	usage_case 1 -X nonsense -- true || return 1
	usage_case 1 -e status=nonsense -- true || return 1
	usage_case 1 -e quiet=nonsense -- true || return 1
	usage_case 1 -e trace=nosuchcall -- true || return 1
	usage_case 1 -S nonsense -c -- true || return 1
	usage_case 1 -U nonsense -c -- true || return 1
	usage_case 1 -c -C -- true || return 1
	# -O: strace's number syntax (a double when it has more of one), then a unit
	usage_case 1 -c -O -1 -- true || return 1
	usage_case 1 -c -O 1e -- true || return 1
	usage_case 1 -c -O 0x5 -- true || return 1
	usage_case 1 -c -O 5sec -- true || return 1
	usage_case 1 -w -- true || return 1
	usage_case 1 -I 0 -- true || return 1
	usage_case 1 -b fork -- true || return 1
	# a script that does not load: 2
	usage_case 2 -s /nonexistent/script.lua -- true || return 1
	usage_case nz -p 999999999 || return 1
	usage_case nz -o "$TMP/no/such/dir/out" -- true || return 1
	usage_case nz -- /nonexistent/ltr-test-command || return 1
	timeout 10 "$LTR" -h > "$TMP/h.out" 2>&1 || { fail "-h: status $?"; return 1; }
	grep -q -- '-p' "$TMP/h.out" || { fail "-h output does not mention -p"; return 1; }
	timeout 10 "$LTR" -V > "$TMP/v.out" 2>&1 || { fail "-V: status $?"; return 1; }
	grep -q 'ltr' "$TMP/v.out" || { fail "-V output does not mention ltr"; return 1; }
}

# A long option refused by getopt_long: missing argument (every strace
# long option that takes one), an argument given to one that takes none,
# an ambiguous prefix, an unknown name: the same two lines and status as
# strace (whose getopt prints them), with ltr for strace. (Compared with
# strace already: nothing to check in oracle mode.)
test_long_option_errors() {
	ltr_only || return $SKIPPED
	local strace_bin o want got
	strace_bin=$(command -v strace) || { skip "no strace"; return; }
	for o in --columns --detach-on --env --interruptible --output \
		--summary-syscall-overhead --attach --trace-path --string-limit \
		--summary-sort-by --user --summary-columns --const-print-style \
		--trace --abbrev --verbose --raw --signals --status --read --write \
		--fault --inject --kvm --decode-pids --summary-sort --statu --outp \
		--trac --ou=x --seccomp-bpf=x --fail=1 --summary=1 --bogus --bogus=1; do
		# (strace's getopt names it by its argv[0])
		want=$(cd / && timeout 10 bash -c 'exec -a strace "$0" "$1"' "$strace_bin" "$o" 2>&1 < /dev/null
		       echo "status $?")
		got=$(timeout 10 "$LTR" "$o" 2>&1 < /dev/null; echo "status $?")
		[ "$got" = "$(printf '%s\n' "$want" | sed "s/^strace: /$(basename "$LTR"): /;s/'strace -h'/'$(basename "$LTR") -h'/")" ] ||
			{ fail "$o: $got; strace: $want"; return 1; }
	done
	# ltr's own long options too
	for o in --lua --script-help --hook-timeout --strsize; do
		got=$(timeout 10 "$LTR" "$o" 2>&1 < /dev/null; echo "status $?")
		[ "$got" = "$(printf "%s: option '%s' requires an argument\nTry '%s -h' for more information.\nstatus 1" \
			"$(basename "$LTR")" "$o" "$(basename "$LTR")")" ] || { fail "$o: $got"; return 1; }
	done
}

# start_bg OUT CMD...: start CMD in the background, stdout to OUT; sets BG.
start_bg() {
	local out=$1
	shift
	"$@" > "$out" 2>&1 &
	BG=$!
	started "$BG"
}

# The sleeper's pid, from its first output line "sleeper PID".
sleeper_pid() { sed -n '1s/^sleeper \([0-9]*\)$/\1/p' "$1" 2>/dev/null; }

# Attach to a running multi-threaded process, then SIGINT the tracer: it must
# detach, and the process must carry on unharmed and finish "threads ok".
# attach_threads [-f]: -p on a 3-thread process shows every thread (ltr
# needs no -f for that; strace does), and SIGINT detaches it cleanly.
attach_threads() {
	local out=$TMP/att.out stop=$TMP/att.stop fixpid ltrpid s
	rm -f "$out" "$stop"
	start_bg "$TMP/att.stdout" "$FIX/threads" 30 "$stop"
	fixpid=$BG
	wait_for 5 has_re "$TMP/att.stdout" '^threads' || { fail "threads did not start"; return 1; }
	start_bg "$TMP/att.ltr" "$LTR" "$@" -p "$fixpid" -o "$out"
	ltrpid=$BG
	wait_for 10 eval '[ "$(distinct_pids "$out")" -ge 3 ] && grep -q nanosleep "$out"' ||
		{ fail "trace does not show 3 threads"; return 1; }
	[ "$(tracer_pid "$fixpid")" != 0 ] || { fail "not traced while attached"; return 1; }
	kill -INT "$ltrpid"
	wait_exit 5 "$ltrpid" || { fail "tracer did not exit after SIGINT"; return 1; }
	[ "$RC" = 130 ] || { fail "tracer exit $RC after SIGINT, expected 130 (as strace -p)"; return 1; }
	sleep 0.3
	s=$(proc_state "$fixpid")
	case $s in
	S|R) ;;
	*) fail "fixture state '$s' after detach"; return 1 ;;
	esac
	[ "$(tracer_pid "$fixpid")" = 0 ] || { fail "fixture still traced after detach"; return 1; }
	touch "$stop"
	wait_exit 5 "$fixpid" || { fail "fixture did not finish"; return 1; }
	[ "$RC" = 0 ] || { fail "fixture exit $RC: $(tail -1 "$TMP/att.stdout")"; return 1; }
	has_line "$TMP/att.stdout" "threads ok" || { fail "no 'threads ok'"; return 1; }
}
test_attach_threads() { attach_threads -f; }
test_attach_threads_nof() { ltr_only || return $SKIPPED; attach_threads; }

# -p A,B and -p A -p B: both processes traced, both survive the detach.
# The trace must be written as it happens (like strace), not at exit.
attach_two() {
	local out=$TMP/att2.out a b ltrpid pa pb
	start_bg "$TMP/att2.a" "$FIX/sleeper" 3
	a=$BG
	start_bg "$TMP/att2.b" "$FIX/sleeper" 3
	b=$BG
	wait_for 5 eval '[ -n "$(sleeper_pid "$TMP/att2.a")" ] && [ -n "$(sleeper_pid "$TMP/att2.b")" ]' ||
		{ fail "sleepers did not start"; return 1; }
	if [ "$1" = comma ]; then
		start_bg "$TMP/att2.ltr" "$LTR" -o "$out" -p "$a,$b"
	else
		start_bg "$TMP/att2.ltr" "$LTR" -o "$out" -p "$a" -p "$b"
	fi
	ltrpid=$BG
	wait_for 2 eval 'has_re "$out" "^$a +write" && has_re "$out" "^$b +write"' ||
		{ fail "-p $1: not both pids in the trace within 2 s (output buffered?)"; return 1; }
	kill -0 "$ltrpid" 2>/dev/null || { fail "-p $1: tracer exited early"; return 1; }
	kill -TERM "$ltrpid"
	wait_exit 5 "$ltrpid" || { fail "tracer did not exit after SIGTERM"; return 1; }
	wait_exit 5 "$a" && pa=$RC
	wait_exit 5 "$b" && pb=$RC
	if [ "${pa:-x}" != 0 ] || [ "${pb:-x}" != 0 ]; then
		fail "-p $1: sleepers exited ${pa:-?}/${pb:-?}"
		return 1
	fi
	if ! has_line "$TMP/att2.a" "sleeper done" || ! has_line "$TMP/att2.b" "sleeper done"; then
		fail "-p $1: a sleeper did not finish"
		return 1
	fi
}
test_attach_two_comma() { attach_two comma; }
test_attach_two_repeat() { attach_two repeat; }

# A stopped tracee really stops (no ticks) and runs again after SIGCONT;
# the trace shows the signals and the group stop like strace.
test_stop_cont() {
	local out=$TMP/sc.out so=$TMP/sc.stdout ltrpid pid s n1 n2 sender
	start_bg "$so" "$LTR" -o "$out" -- "$FIX/sleeper" 1.5
	ltrpid=$BG
	wait_for 5 has_line "$so" "tick 2" || { fail "sleeper did not tick"; return 1; }
	pid=$(sleeper_pid "$so")
	[ -n "$pid" ] || { fail "no sleeper pid"; return 1; }
	sender=$BASHPID
	kill -STOP "$pid"
	wait_for 3 eval 's=$(proc_state "$pid"); [ "$s" = T ] || [ "$s" = t ]' ||
		{ fail "state '$(proc_state "$pid")' after SIGSTOP, expected T or t ('' = exited)"; return 1; }
	n1=$(lines_of "$so")
	sleep 0.5
	n2=$(lines_of "$so")
	s=$(proc_state "$pid")
	[ "$n1" = "$n2" ] || { fail "still ticking while stopped"; return 1; }
	[ "$s" = T ] || [ "$s" = t ] || { fail "state '$s' while stopped"; return 1; }
	kill -CONT "$pid"
	wait_for 3 eval '[ "$(lines_of "$so")" -gt "$n2" ]' || { fail "no ticks after SIGCONT"; return 1; }
	wait_exit 10 "$ltrpid" || { fail "tracer did not finish"; return 1; }
	[ "$RC" = 0 ] || { fail "tracer exit $RC"; return 1; }
	has_line "$so" "sleeper done" || { fail "sleeper did not finish"; return 1; }
	has_line "$out" "--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=$sender, si_uid=$(id -u)} ---" ||
		{ fail "no SIGSTOP line"; return 1; }
	has_line "$out" "--- stopped by SIGSTOP ---" || { fail "no 'stopped by SIGSTOP' line"; return 1; }
	has_line "$out" "--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER, si_pid=$sender, si_uid=$(id -u)} ---" ||
		{ fail "no SIGCONT line"; return 1; }
	grep -A1 -xF -- "--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=$sender, si_uid=$(id -u)} ---" "$out" |
		tail -1 | grep -qxF -- "--- stopped by SIGSTOP ---" || { fail "'stopped by' does not follow SIGSTOP"; return 1; }
	has_line "$out" "+++ exited with 0 +++" || { fail "no exit line"; return 1; }
}

# SIG to a tracer that launched its command: it detaches, the command keeps
# running (not stopped, not traced) and finishes normally.
detach_launched() {
	local sig=$1 out=$TMP/dl.out so=$TMP/dl.stdout ltrpid pid s
	start_bg "$so" "$LTR" "${SIGNAL_OPTS[@]}" -o "$out" -- "$FIX/sleeper" 1.5
	ltrpid=$BG
	wait_for 5 has_line "$so" "tick 2" || { fail "sleeper did not tick"; return 1; }
	pid=$(sleeper_pid "$so")
	[ -n "$pid" ] || { fail "no sleeper pid"; return 1; }
	started "$pid"
	# (ltr ends with the signal, as strace: no "Quit" job notice from bash)
	{ kill "-$sig" "$ltrpid"; wait_exit 5 "$ltrpid"; } 2>/dev/null ||
		{ fail "tracer did not exit after SIG$sig"; return 1; }
	s=$(proc_state "$pid")
	case $s in
	S|R) ;;
	*) fail "sleeper state '$s' after SIG$sig to the tracer"; return 1 ;;
	esac
	[ "$(tracer_pid "$pid")" = 0 ] || { fail "sleeper still traced"; return 1; }
	# The sleeper is no longer our child: watch its output instead.
	wait_for 5 has_line "$so" "sleeper done" || { fail "sleeper did not finish: $(tail -1 "$so")"; return 1; }
	grep -q FAIL "$so" && { fail "$(grep FAIL "$so")"; return 1; }
	return 0
}
# A hook that never returns: SIGINT to ltr interrupts it (even with no
# --hook-timeout), ltr detaches, and the tracee runs on unharmed.
test_runaway_hook_interrupt() {
	ltr_only || return $SKIPPED
	local script=$TMP/spin.lua so=$TMP/rh.stdout err=$TMP/rh.err ltrpid pid s
	printf 'ltr.on_enter("nanosleep", function(c) while true do end end)\n' > "$script"
	"$LTR" --no-seccomp --hook-timeout 0 -s "$script" -o "$TMP/rh.out" -- \
		"$FIX/sleeper" 1 > "$so" 2> "$err" &
	ltrpid=$!
	started "$ltrpid"
	wait_for 5 has_re "$so" '^sleeper [0-9]+$' || { fail "sleeper did not start"; return 1; }
	pid=$(sleeper_pid "$so")
	started "$pid"
	sleep 0.3
	[ "$(proc_state "$pid")" = t ] || { fail "sleeper not held by the hook ($(proc_state "$pid"))"; return 1; }
	kill -INT "$ltrpid"
	wait_exit 2 "$ltrpid" || { fail "ltr did not exit within 2 s of SIGINT"; return 1; }
	[ "$RC" = 1 ] || { fail "ltr exit status $RC, expected 1 (a hook error)"; return 1; }
	grep -qE '^(.*/)?ltr: hook at .*spin.lua:1 interrupted by SIGINT$' "$err" ||
		{ fail "no one-line message: $(head -c 200 "$err")"; return 1; }
	s=$(proc_state "$pid")
	case $s in
	S|R) ;;
	*) fail "sleeper state '$s' after the detach"; return 1 ;;
	esac
	wait_for 5 has_line "$so" "sleeper done" || { fail "sleeper did not finish"; return 1; }
}

# ltr -c -f -p PID ended with Ctrl-C, as strace -c is (the table on stderr,
# with ltr's notices): ltr detaches, prints
# the table (the SIGINT that ended tracing no longer interrupts
# count.lua's summary, which then printed nothing) and exits 130.
test_count_sigint() {
	ltr_only || return $SKIPPED
	local out=$TMP/cs.out ltrpid pid
	# a shell busy with children, followed (-f): a table of some 30 rows,
	# whose printing outlived the hook watchdog's first look
	# (a script in $TMP: the cleanup knows it by its command line)
	printf 'for i in $(seq 300); do cat /etc/hostname > /dev/null; sleep 0.1; done\n' > "$TMP/busy.sh"
	bash "$TMP/busy.sh" > /dev/null 2>&1 &
	pid=$!
	started "$pid"
	sleep 0.2
	"$LTR" -c -f -p "$pid" > "$out" 2>&1 &
	ltrpid=$!
	started "$ltrpid"
	wait_for 5 has_re "$out" 'attached' || { fail "no attach: $(head -c 200 "$out")"; return 1; }
	sleep 1
	kill -INT "$ltrpid"
	wait_exit 5 "$ltrpid" || { fail "ltr did not exit after SIGINT"; return 1; }
	[ "$RC" = 130 ] || { fail "exit status $RC, expected 130: $(tail -2 "$out" | tr '\n' '|')"; return 1; }
	has_re "$out" '^% time +seconds +usecs/call +calls +errors +syscall$' && has_re "$out" ' total$' ||
		{ fail "no table: $(tail -2 "$out" | tr '\n' '|') $(head -c 200 "$out")"; return 1; }
	[ "$(proc_state "$pid")" != t ] || { fail "the shell was left stopped"; return 1; }
	kill "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	return 0
}

# A hook's error on stderr, where the trace goes too: the call's open line
# ends " <unfinished ...>" first, the message and traceback have lines of
# their own, and the call resumes after them ("<... getpid resumed>").
test_hook_error_line() {
	ltr_only || return $SKIPPED
	local err=$TMP/he.err
	(cd "$TMP" && timeout 20 "$LTR" -L 'on_exit("getpid", function(c) error("boom") end)' \
		-e trace=getpid -- "$FIX/basic" > /dev/null 2> "$err" < /dev/null)
	[ $? = 1 ] || { fail "exit status $?, expected 1 (a hook error)"; return 1; }
	grep -qE '^getpid\( <unfinished \.\.\.>$' "$err" ||
		{ fail "the open line was not ended: $(head -3 "$err" | tr '\n' '|')"; return 1; }
	grep -qE '^(.*/)?ltr: \(-L\):1: boom$' "$err" ||
		{ fail "the message has no line of its own: $(head -3 "$err" | tr '\n' '|')"; return 1; }
	grep -qE '^<\.\.\. getpid resumed>\) += [0-9]+$' "$err" ||
		{ fail "the call did not resume: $(tr '\n' '|' < "$err")"; return 1; }
}

# SIGINT or SIGTERM while a script's main chunk runs (a loop at load, a
# command it runs with os.execute): ltr exits 128+N at once, says where
# the script was, and starts no command; os.execute's command gets the
# signal too (Lua's own os.execute, system(3), ignores SIGINT in ltr
# until the command ends, and ltr went on to trace). A command that
# ignores the signal is left running and ltr exits all the same.
test_load_interrupt() {
	ltr_only || return $SKIPPED
	local sig script want err=$TMP/li.err pid dfl
	printf 'io.open(os.getenv("LI_TMP") .. "/loading", "w"):close()\nlocal n = 0\nwhile true do n = n + 1 end\n' > "$TMP/loop.lua"
	printf 'io.open(os.getenv("LI_TMP") .. "/loading", "w"):close()\nos.execute("echo $$ > $LI_TMP/child; exec $LI_FIX/sleeper 30 > /dev/null")\nltr.on_end(function() end)\n' > "$TMP/exec.lua"
	# nested: the shell waits for a child of its own, which gets the
	# signal too (the command's process group gets it)
	cat > "$TMP/nested.lua" <<'LUA'
io.open(os.getenv("LI_TMP") .. "/loading", "w"):close()
os.execute("sh -c 'echo $$ > $LI_TMP/child; exec $LI_FIX/sleeper 30 > /dev/null'; echo after")
ltr.on_end(function() end)
LUA
	for sig in INT TERM; do
		for script in loop exec exec-ignoring nested; do
			rm -f "$TMP/loading" "$TMP/ran" "$TMP/child"
			# a background job ignores SIGINT, and so would the command
			dfl=--default-signal=INT
			[ "$script" = exec-ignoring ] && dfl=--ignore-signal=$sig
			env "$dfl" LI_TMP="$TMP" LI_FIX="$FIX" "$LTR" --hook-timeout 0 -s "$TMP/${script%-ignoring}.lua" \
				-o "$TMP/li.out" -- sh -c "echo ran > $TMP/ran" > /dev/null 2> "$err" &
			BG=$!
			started "$BG"
			wait_for 5 test -e "$TMP/loading" || { fail "$script: the script did not load"; return 1; }
			pid=
			if [ "$script" != loop ]; then
				wait_for 5 test -s "$TMP/child" || { fail "os.execute did not start"; return 1; }
				pid=$(cat "$TMP/child")
				started "$pid"
			fi
			sleep 0.2
			kill -"$sig" "$BG"
			wait_exit 5 "$BG" || { fail "$script: ltr did not exit within 5 s of SIG$sig"; return 1; }
			want=$((128 + $(kill -l "$sig")))
			[ "$RC" = "$want" ] || { fail "$script: SIG$sig: exit status $RC, want $want ($(head -c 200 "$err"))"; return 1; }
			grep -q "^\(/.*/\)\?ltr: script at .*${script%-ignoring}.lua:[23] interrupted by SIG$sig\$" "$err" ||
				{ fail "$script: SIG$sig: $(head -c 300 "$err")"; return 1; }
			[ -e "$TMP/ran" ] && { fail "$script: SIG$sig: the command ran"; return 1; }
			if [ "$script" = exec ] || [ "$script" = nested ]; then
				wait_for 5 gone_or_zombie "$pid" || { fail "os.execute's command runs on after SIG$sig"; return 1; }
			elif [ -n "$pid" ]; then
				gone_or_zombie "$pid" && { fail "a command ignoring SIG$sig was killed"; return 1; }
				kill -KILL "$pid"
			fi
		done
	done
	return 0
}

# SIGINT in ltr's first milliseconds: its handlers are the first thing
# main() installs (before options, scripts, output), so SIGINT sent as
# soon as /proc shows them caught never kills ltr by the signal's default
# action: ltr stops tracing as on any SIGINT (-d says "interrupted by
# signal 2"), and only then ends itself with it, as strace. (Before
# main() the dynamic loader runs: no program can catch a signal there.)
# The exit stop of a call nothing wants is not read (as strace skips
# it): ltr, itself under strace, makes fewer ptrace calls tracing a
# program with -e trace=none than with -e trace=all, by at least one per
# call of the program after its execve (true makes some 25).
test_exit_stops_unread() {
	ltr_only || return $SKIPPED
	local t n_none n_all
	for t in none all; do
		ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
		timeout 20 strace -qq -e trace=ptrace -e signal=none -o "$TMP/ptrace.$t" \
			"$LTR" -o /dev/null -e trace=$t -- /bin/true 2> /dev/null < /dev/null ||
			{ fail "strace of ltr -e trace=$t: $?"; return 1; }
	done
	n_none=$(grep -c '^ptrace(' "$TMP/ptrace.none")
	n_all=$(grep -c '^ptrace(' "$TMP/ptrace.all")
	[ $((n_none + 20)) -le "$n_all" ] ||
		{ fail "$n_none ptrace calls with -e trace=none, $n_all with -e trace=all"; return 1; }
}

# Children SIGKILLed while ltr holds them at a syscall stop: a stop that
# can no longer be read is strace's "???(" call, ended with the thread
# ("<... ??? resumed>) = ?", or ") = ?" on its own line); whether the
# race shows in a run is chance, what it prints when it does is not.
# Every line of each child is a call of the selected set or such a "???".
test_unread_entry() {
	local out=$TMP/kr.out bad
	timeout 60 "$LTR" -o "$out" -f -qq -e signal=none -e trace=sched_yield,/kill -- \
		"$FIX/killrace" 300 || { fail "status $?"; return 1; }
	bad=$(grep -vE '^[0-9]+ +(sched_yield\(|kill\(|<\.\.\. (sched_yield|kill) resumed>|\?\?\?\( <unfinished \.\.\.>$|\?\?\?\(\) += \?$|<\.\.\. \?\?\? resumed>\) += \?$|\+\+\+ )' "$out" | head -3)
	[ -z "$bad" ] || { fail "unexpected lines: $bad"; return 1; }
	# each "???(" left open is ended once, by its own thread
	python3 - "$out" <<'PYEOF' || { fail "an unread call not ended: $(grep -c '???' "$out") lines"; return 1; }
import re, sys
open_ = set()
for l in open(sys.argv[1]):
    m = re.match(r'^(\d+) +(.*)$', l.rstrip('\n'))
    if not m:
        continue
    pid, rest = m.groups()
    if rest.startswith('??' '?( <unfinished'):
        open_.add(pid)
    elif rest.startswith('<... ??' '? resumed>'):
        if pid not in open_:
            sys.exit(1)
        open_.discard(pid)
sys.exit(1 if open_ else 0)
PYEOF
}

test_early_sigint() {
	ltr_only || return $SKIPPED
	python3 - "$LTR" "$FIX/sleeper" > "$TMP/early.out" 2>&1 <<'PYEOF2'
import signal, subprocess, sys, time
ltr, sleeper = sys.argv[1], sys.argv[2]
bad = []
for i in range(20):
    p = subprocess.Popen([ltr, '-d', '-s', 'count', '-o', '/dev/null', '--', sleeper, '0.3'],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    caught = False
    deadline = time.monotonic() + 5
    while not caught and time.monotonic() < deadline and p.poll() is None:
        try:
            with open('/proc/%d/status' % p.pid) as f:
                for line in f:
                    if line.startswith('SigCgt:'):
                        caught = int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)) != 0
        except OSError:
            break
    p.send_signal(signal.SIGINT)
    try:
        err = p.communicate(timeout=10)[1]
        rc = p.returncode
    except subprocess.TimeoutExpired:
        p.kill()
        err = p.communicate()[1]
        rc = 'hung'
    # -d's line once tracing runs; while the scripts load, the loader's
    handled = (b'interrupted by signal %d\n' % signal.SIGINT in err or
               b'interrupted by SIGINT' in err)
    if not caught or not handled or rc != -signal.SIGINT:
        bad.append((i, caught, handled, rc))
print('bad', bad)
sys.exit(1 if bad else 0)
PYEOF2
	[ $? = 0 ] || { fail "$(cat "$TMP/early.out")"; return 1; }
	# and the handler comes before ltr's first real work: loading a script,
	# starting the command
	# (LeakSanitizer stops the process with ptrace at exit, which it
	# cannot do under strace: no leak check in this one run of make sanitize)
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
	strace -o "$TMP/order" -e trace=rt_sigaction,openat,clone,clone3,vfork,fork \
		"$LTR" -s count -o /dev/null -- true 2> /dev/null || { fail "strace of ltr: $?"; return 1; }
	awk '/rt_sigaction\(SIGINT, \{sa_handler=0x/ { print NR; exit }' "$TMP/order" > "$TMP/order.int"
	awk '/\.lua"|clone|fork/ { print NR; exit }' "$TMP/order" > "$TMP/order.work"
	[ -s "$TMP/order.int" ] && [ -s "$TMP/order.work" ] &&
		[ "$(cat "$TMP/order.int")" -lt "$(cat "$TMP/order.work")" ] ||
		{ fail "SIGINT's handler is not installed first: $(head -c 300 "$TMP/order")"; return 1; }
}

# A team's script directory: require finds modules beside the script from
# any directory, ltr -l lists the scripts and not the modules, and
# -a SCRIPT.NAME=VALUE reaches that script only.
test_scripts_beside() {
	ltr_only || return $SKIPPED
	local team=$TMP/team out
	mkdir -p "$team/sub"
	printf 'local M = {}\nfunction M.hello() return "hello" end\nreturn M\n' > "$team/helper.lua"
	printf -- '-- deep module\nreturn { x = 42 }\n-- trailing comment\n' > "$team/sub/deep.lua"
	printf -- '-- x: uses its modules\nlocal h = require "helper"\nlocal d = require "sub.deep"\nlocal n = ltr.arg("n", 1, "a number")\nltr.on_end(function() ltr.print("x " .. h.hello() .. " " .. d.x .. " " .. n) end)\n' > "$team/x.lua"
	printf -- '-- y: another script\nlocal n = ltr.arg("n", 1, "a number")\nltr.on_end(function() ltr.print("y " .. n) end)\n' > "$team/y.lua"
	out=$(cd / && env -u LTR_PATH "$LTR" -s "$team/x.lua" -s "$team/y.lua" -a x.n=5 -- true 2>&1) ||
		{ fail "exit status $?: $out"; return 1; }
	printf '%s\n' "$out" | grep -qx 'x hello 42 5' || { fail "x: $out"; return 1; }
	printf '%s\n' "$out" | grep -qx 'y 1' || { fail "-a x.n reached y: $out"; return 1; }
	out=$(cd / && env -u LTR_PATH "$LTR" -s "$team/x.lua" -s "$team/y.lua" -a n=7 -- true 2>&1)
	printf '%s\n' "$out" | grep -qx 'x hello 42 7' && printf '%s\n' "$out" | grep -qx 'y 7' ||
		{ fail "-a n=7: $out"; return 1; }
	out=$(LTR_PATH=$team "$LTR" -l 2>&1)
	printf '%s\n' "$out" | grep -q '^x ' && printf '%s\n' "$out" | grep -q '^y ' ||
		{ fail "ltr -l lacks the scripts: $out"; return 1; }
	printf '%s\n' "$out" | grep -q '^helper ' && { fail "ltr -l lists a module: $out"; return 1; }
	# a module is a file whose main chunk returns a value, whatever the
	# shape of its last lines; a script never is, whatever its comments
	# and strings hold
	mkdir -p "$TMP/shapes"
	printf -- '-- multi: a table constructor returned over lines\nlocal function f() return 1 end\nreturn {\n  f = f,\n  g = function() return 2 end,\n}\n' > "$TMP/shapes/multi.lua"
	printf -- '-- after: return M after a constructor over lines\nlocal M = setmetatable({\n  x = 1,\n}, {})\nreturn M\n--[[\nnotes\n]]\n' > "$TMP/shapes/after.lua"
	printf -- '-- call: returns a call over lines\nreturn setmetatable({}, {\n  __index = function() return 0 end,\n})\n' > "$TMP/shapes/call.lua"
	printf -- '-- s1: a script whose long comment holds a return\nltr.on_end(function()\nreturn\nend)\n--[[\nreturn M\n]]\n' > "$TMP/shapes/s1.lua"
	printf -- '-- s2: a script whose long string holds a return\nlocal text = [==[\nreturn {\n}\n]==]\nlocal function f()\nreturn text\nend\nif f() then\nreturn\nend\n' > "$TMP/shapes/s2.lua"
	out=$(LTR_PATH=$TMP/shapes "$LTR" -l 2>&1)
	for m in multi after call; do
		printf '%s\n' "$out" | grep -q "^$m " && { fail "ltr -l lists the module $m: $out"; return 1; }
	done
	for m in s1 s2; do
		printf '%s\n' "$out" | grep -q "^$m " || { fail "ltr -l lacks the script $m: $out"; return 1; }
	done
	# two scripts, each with its own helper.lua: each gets its own
	mkdir -p "$TMP/other"
	printf 'return { hello = function() return "other" end }\n' > "$TMP/other/helper.lua"
	printf 'local h = require "helper"\nltr.on_end(function() ltr.print("z " .. h.hello()) end)\n' > "$TMP/other/z.lua"
	out=$(cd / && env -u LTR_PATH "$LTR" -s "$team/x.lua" -s "$TMP/other/z.lua" -- true 2>&1)
	printf '%s\n' "$out" | grep -qx 'x hello 42 1' && printf '%s\n' "$out" | grep -qx 'z other' ||
		{ fail "same-named modules of two scripts: $out"; return 1; }
	return 0
}

# -L CODE: a one-line script with ltr's functions as globals; it composes
# with -s scripts; a map prints itself at the end.
test_inline_lua() {
	ltr_only || return $SKIPPED
	local out=$TMP/inline.out
	printf 'ltr.on_end(function() ltr.print("from -s") end)\n' > "$TMP/s.lua"
	"$LTR" -o "$out" -s "$TMP/s.lua" \
		-L 'local m = map("opens") on_exit("openat", function(c) m:count(c.ret >= 0 and "ok" or "failed") end)' \
		-L 'on_end(function() print("from -L") end)' -- cat /etc/hostname > /dev/null ||
		{ fail "exit status $?"; return 1; }
	grep -q '^from -s$' "$out" && grep -q '^from -L$' "$out" ||
		{ fail "the scripts did not both run: $(head -c 300 "$out")"; return 1; }
	grep -Eq '^@opens\[ok\]: [0-9]+$' "$out" || { fail "no map printed: $(head -c 300 "$out")"; return 1; }
	# ltr's fields never hide Lua's own globals (select), print aside;
	# internal fields stay out
	"$LTR" -o "$TMP/inline.sel" -L 'on_end(function() print("sel", select("#", 1, 2, 3),
		select(2, "a", "b"), ltr.select("read"):match("read"), type(_print_maps), type(printf)) end)' -- true ||
		{ fail "select: exit status $?"; return 1; }
	grep -qx "$(printf 'sel\t3\tb\ttrue\tnil\tfunction')" "$TMP/inline.sel" ||
		{ fail "-L shadows Lua's globals: $(head -c 300 "$TMP/inline.sel")"; return 1; }
	"$LTR" -L 'on_exit(' -- true 2> "$TMP/inline.err"
	[ $? = 2 ] && grep -qE '^(.*/)?ltr: \(-L\):1: ' "$TMP/inline.err" ||
		{ fail "a bad -L: $(cat "$TMP/inline.err")"; return 1; }
}

# Every Lua example of doc/lua-api.md and README.md runs as written: each
# ```lua block is a script, run on a shell that opens /etc/hosts, removes
# and renames files and sleeps past a second (for ltr.every); it must load
# and run without an error, print no nil (an undefined variable), and a
# few print what the doc says.
test_doc_examples() {
	ltr_only || return $SKIPPED
	local doc n=0 f want
	for doc in "$HERE/../../doc/lua-api.md" "$HERE/../../README.md"; do
		[ -f "$doc" ] || { fail "no $doc"; return 1; }
		awk -v dir="$TMP" -v base="$(basename "$doc" .md)" '
			/^ *```lua$/ { n++; out = sprintf("%s/%s-%02d.lua", dir, base, n); next }
			/^ *```/ { out = ""; next }
			out != "" { print > out }' "$doc"
	done
	for f in "$TMP"/*.lua; do
		n=$((n + 1))
		rm -rf "$TMP/w"
		mkdir -p "$TMP/w/t/sub" && touch "$TMP/w/t/sub/g" "$TMP/w/a"
		timeout 20 "$LTR" -f -o "$f.out" -s "$f" -- sh -c "exec 2> $TMP/w/cmd.err
			cd /etc && cat hosts ../etc/./hosts > /dev/null
			cd $TMP/w && rm -r t/sub && mv a b; sleep 1.2" > /dev/null 2> "$f.err" ||
			{ fail "$(basename "$f"): exit status $?: $(head -c 300 "$f.err")"; return 1; }
		[ -s "$f.err" ] && { fail "$(basename "$f"): $(head -c 300 "$f.err")"; return 1; }
		# an undefined variable prints as nil (the old ltr.every example)
		grep -Eq '(^|	)nil(	|$)' "$f.out" &&
			{ fail "$(basename "$f") prints nil: $(grep -E -m1 '(^|	)nil(	|$)' "$f.out")"; return 1; }
		want=
		case $(cat "$f") in
		*ltr.every*) want='calls so far' ;;
		*'"total", n'*) want='^total	[1-9]' ;;
		*'read sizes'*) want='^read sizes$' ;;
		*'ltr.map("calls")'*) want='^@calls\[openat\]: [0-9]+$' ;;
		*'"renameat2"'*) want="^$TMP/w/a	->	$TMP/w/b\$" ;;
		*'for i = 1, #c.args'*) want='^openat	/etc/hosts$' ;;
		*'"unlink,unlinkat"'*)
			grep -q "rm: cannot remove 't/sub/g': Operation not permitted" "$TMP/w/cmd.err" &&
				[ -e "$TMP/w/t/sub/g" ] || { fail "the unlink blocker did not block rm"; return 1; } ;;
		esac
		[ -z "$want" ] || grep -Eq -- "$want" "$f.out" ||
			{ fail "$(basename "$f"): no /$want/ in $(head -c 300 "$f.out")"; return 1; }
	done
	[ "$n" -ge 15 ] || { fail "only $n examples found"; return 1; }
}

# -j: every line ltr writes is JSON (notices too, with -f), and a hook's
# output follows the object of its call.
test_json_lines() {
	ltr_only || return $SKIPPED
	local out=$TMP/j.out
	"$LTR" -j -f -L 'trace("write") on_exit("write", function(c) json({hook = c.name, ret = c.ret}) end)' \
		-- sh -c '/bin/echo one; /bin/echo two' > /dev/null 2> "$out" || { fail "exit status $?"; return 1; }
	python3 - "$out" > "$TMP/j.check" 2>&1 <<'PYEOF2' || { fail "$(tail -2 "$TMP/j.check")"; return 1; }
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert any(l.get("event") == "attached" for l in lines), "no attached event"
for i, l in enumerate(lines):
    if l.get("syscall") == "write":
        assert lines[i + 1].get("hook") == "write", "hook line not right after: %r" % lines[i + 1]
assert sum(1 for l in lines if l.get("hook")) == 2, "hook lines"
PYEOF2
}

test_detach_term() { detach_launched TERM; }
test_detach_int() { ltr_only || return $SKIPPED; detach_launched INT; }
test_detach_hup() { ltr_only || return $SKIPPED; detach_launched HUP; }
test_detach_quit() { ltr_only || return $SKIPPED; detach_launched QUIT; }

# Kernel-side filtering (seccomp) of launched commands.

# stats_of FILE NAME: the count of a --stats row.
stats_of() { sed -n "s/^  $2  *\([0-9][0-9]*\).*/\1/p" "$1" | head -1; }

# An entry-only hook on %file: one seccomp stop per selected call, no exit
# stops, and the command's results untouched.
test_seccomp_entry_only() {
	ltr_only || return $SKIPPED
	local script=$TMP/fileonly.lua err=$TMP/seccomp.err calls seccomp exits
	printf 'n = 0\nltr.on_enter("%%file", function(c) n = n + 1 end)\nltr.on_end(function() ltr.printf("file calls %%d\\n", n) end)\n' > "$script"
	"$LTR" -f --stats -o "$TMP/seccomp.out" -s "$script" -- "$FIX/basic" > /dev/null 2> "$err" ||
		{ fail "exit status $? ($(head -1 "$err"))"; return 1; }
	calls=$(sed -n 's/^file calls \([0-9]*\)$/\1/p' "$TMP/seccomp.out")
	seccomp=$(stats_of "$err" "stops: seccomp")
	exits=$(stats_of "$err" "stops: syscall exit")
	[ -n "$calls" ] && [ "$calls" -gt 0 ] || { fail "no %file calls seen"; return 1; }
	# +1: the execve, which always stops (and is itself in %file)
	[ "$seccomp" = "$calls" ] || [ "$seccomp" = $((calls + 1)) ] ||
		{ fail "$seccomp seccomp stops for $calls selected calls"; return 1; }
	[ "$exits" = 0 ] || { fail "$exits exit stops for entry-only hooks"; return 1; }
}

# Without -f there is no filter (it would be inherited by children ltr
# does not follow): children run untraced, and one that traces its own
# child (strace here; gdb, a test calling PTRACE_TRACEME) works, as under
# strace without -f. With -f the filter is used.
test_seccomp_children() {
	ltr_only || return $SKIPPED
	local out=$TMP/sc2.out so err=$TMP/sc2.err
	so=$("$LTR" --stats -o "$out" -e trace=%net -- sh -c 'ls / > /dev/null && /bin/echo child-ok' 2> "$err") ||
		{ fail "exit status $?"; return 1; }
	[ "$so" = child-ok ] || { fail "child output '$so'"; return 1; }
	grep -q '^\[pid' "$out" && { fail "children shown without -f: $(grep -m1 '^\[pid' "$out")"; return 1; }
	[ "$(stats_of "$err" "stops: seccomp")" = 0 ] || { fail "a filter without -f"; return 1; }
	[ "$(stats_of "$err" "tracees")" = 1 ] || { fail "children traced without -f"; return 1; }
	so=$("$LTR" -o "$TMP/sc2b.out" -e trace=write -- strace -o "$TMP/inner.out" /bin/echo inner-ok) ||
		{ fail "strace under ltr: exit status $?"; return 1; }
	[ "$so" = inner-ok ] || { fail "strace under ltr printed '$so'"; return 1; }
	grep -q '^write(1, "inner-ok\\n", 9)' "$TMP/inner.out" ||
		{ fail "strace under ltr traced nothing: $(head -c 200 "$TMP/inner.out")"; return 1; }
	"$LTR" -f --stats -o "$out" -e trace=%net -- sh -c 'ls / > /dev/null' 2> "$err" ||
		{ fail "-f: exit status $?"; return 1; }
	[ "$(stats_of "$err" "stops: seccomp")" -gt 0 ] || { fail "no filter with -f"; return 1; }
}

# Interrupted while the command carries the filter: ltr cannot detach it
# (its filtered syscalls would fail), so it serves it silently until it
# exits: the command finishes normally.
test_seccomp_interrupt() {
	ltr_only || return $SKIPPED
	local so=$TMP/sc3.stdout ltrpid
	start_bg "$so" "$LTR" -f -o "$TMP/sc3.out" -e trace=nanosleep,write -- "$FIX/sleeper" 1
	ltrpid=$BG
	wait_for 5 has_line "$so" "tick 2" || { fail "sleeper did not tick"; return 1; }
	kill -INT "$ltrpid"
	wait_exit 10 "$ltrpid" || { fail "tracer did not finish"; return 1; }
	[ "$RC" = 0 ] || { fail "tracer exit $RC (the command's status expected)"; return 1; }
	has_line "$so" "sleeper done" || { fail "sleeper did not finish: $(tail -1 "$so")"; return 1; }
	grep -q FAIL "$so" && { fail "$(grep FAIL "$so")"; return 1; }
	grep -q "seccomp filter" "$so" || { fail "no notice about the filter"; return 1; }
}

# --no-seccomp: every syscall stops, nothing filtered in the kernel.
test_no_seccomp() {
	ltr_only || return $SKIPPED
	local err=$TMP/ns.err
	"$LTR" --no-seccomp --stats -o /dev/null -e trace=%net -- "$FIX/basic" > /dev/null 2> "$err" ||
		{ fail "exit status $?"; return 1; }
	[ "$(stats_of "$err" "stops: seccomp")" = 0 ] || { fail "seccomp stops with --no-seccomp"; return 1; }
	[ "$(stats_of "$err" "stops: syscall entry")" -gt 5 ] || { fail "no entry stops"; return 1; }
}

# Waiting for stops (src/wait.c): when stops come quickly ltr polls
# briefly before blocking, on more than one CPU; the trace is the same
# either way, and --no-spin never polls.
test_spin() {
	ltr_only || return $SKIPPED
	local a=$TMP/spin.out b=$TMP/nospin.out ea=$TMP/spin.err eb=$TMP/nospin.err polled hits per_stop
	"$LTR" --stats -o "$a" -- dd if=/dev/zero of=/dev/null bs=1 count=3000 status=none 2> "$ea" ||
		{ fail "exit status $? ($(head -1 "$ea"))"; return 1; }
	"$LTR" --no-spin --stats -o "$b" -- dd if=/dev/zero of=/dev/null bs=1 count=3000 status=none \
		2> "$eb" || { fail "--no-spin: exit status $? ($(head -1 "$eb"))"; return 1; }
	[ "$(sed 's/(.*//' "$a")" = "$(sed 's/(.*//' "$b")" ] ||
		{ fail "traces differ: $(diff <(sed 's/(.*//' "$a") <(sed 's/(.*//' "$b") | head -3)"; return 1; }
	[ "$(grep -cE '^read\(0, "\\0", 1\) += 1$' "$a")" = 3000 ] || { fail "not 3000 reads traced"; return 1; }
	[ "$(stats_of "$eb" "waits that polled first")" = 0 ] || { fail "--no-spin polled"; return 1; }
	polled=$(stats_of "$ea" "waits that polled first")
	hits=$(stats_of "$ea" "  stops caught polling")
	[ -n "$polled" ] && [ -n "$hits" ] || { fail "no wait rows in --stats"; return 1; }
	[ "$hits" -le "$polled" ] || { fail "$hits stops caught in $polled polls"; return 1; }
	# Stops are quick unless the machine is busy: judged by the --no-spin
	# run's wall time per stop (polling starts once waits average < 30 us)
	# and by ltr's own load checks (no polling while more tasks are
	# runnable than there are CPUs).
	per_stop=$(awk '/^  stops: total/ { n = $3 } /^  wall time/ { w = $3 }
		END { if (n > 0) printf "%d", w * 1e6 / n; else print 999 }' "$eb")
	if [ "$(nproc)" -gt 1 ] && [ "$per_stop" -lt 25 ] &&
		[ "$(stats_of "$ea" "busy checks (no polling)")" = 0 ]; then
		[ "$polled" -gt 0 ] ||
			{ fail "never polled for 12000 stops of ${per_stop} us on $(nproc) CPUs"; return 1; }
	elif [ "$(nproc)" -gt 1 ]; then
		:	# a busy machine: waits too long to poll for
	else
		[ "$polled" = 0 ] || { fail "polled on one CPU"; return 1; }
	fi
}

# SIGINT while ltr is polling for a busy command's stops: it detaches at
# once and the command runs on untraced.
test_spin_interrupt() {
	ltr_only || return $SKIPPED
	local so=$TMP/si.stdout ltrpid pid s
	start_bg "$so" "$LTR" -o "$TMP/si.out" -- sh -c 'echo "busy $$"; exec cat /dev/zero "$1" > /dev/null' \
		sh "$TMP/none"
	ltrpid=$BG
	wait_for 5 has_re "$so" '^busy [0-9]+$' || { fail "command did not start"; return 1; }
	pid=$(sed -n 's/^busy \([0-9]*\)$/\1/p' "$so")
	started "$pid"
	wait_for 5 eval '[ "$(lines_of "$TMP/si.out")" -gt 100 ]' || { fail "no trace lines"; return 1; }
	kill -INT "$ltrpid"
	wait_exit 5 "$ltrpid" || { fail "tracer did not exit after SIGINT"; return 1; }
	[ "$RC" = 130 ] || { fail "tracer exit $RC, expected 130"; return 1; }
	s=$(proc_state "$pid")
	case $s in
	S|R|D) ;;
	*) fail "command state '$s' after SIGINT to the tracer"; return 1 ;;
	esac
	[ "$(tracer_pid "$pid")" = 0 ] || { fail "command still traced"; return 1; }
	kill -KILL "$pid"
}

# Lua changes to syscalls (path rewrite, injected error, return override)
# on 64-bit and i386 tracees, through PTRACE_SET_SYSCALL_INFO and through
# the registers (LTR_NO_SET_SYSCALL_INFO=1).
modify_both_ways() {
	local fixture=$1 so=$TMP/mod.out want
	want=$(printf 'open ok\ngetppid EACCES\ngetpid 4242')
	so=$("$LTR" -o /dev/null -s "$HERE/modify.lua" -- "$FIX/$fixture") ||
		{ fail "SET_SYSCALL_INFO path: exit status $?"; return 1; }
	[ "$so" = "$want" ] || { fail "SET_SYSCALL_INFO path: got '$(echo $so)'"; return 1; }
	so=$(LTR_NO_SET_SYSCALL_INFO=1 "$LTR" -o /dev/null -s "$HERE/modify.lua" -- "$FIX/$fixture") ||
		{ fail "register path: exit status $?"; return 1; }
	[ "$so" = "$want" ] || { fail "register path: got '$(echo $so)'"; return 1; }
}
test_modify() { ltr_only || return $SKIPPED; modify_both_ways modcheck; }
test_modify_32() { ltr_only || return $SKIPPED; needs_i386 || return; modify_both_ways modcheck-32; }

# -e read=SET / -e write=SET: the hex dumps the dumpio fixture computes
# for each call (see tests/fixtures/dumpio.c for its descriptors).
DUMP_SETS=(-e write=5,7,10,11,12 -e read=6,7,10,13)
test_dumpio() { fixture_test dumpio 0 "${DUMP_SETS[@]}" --; }
test_dumpio_32() { needs_i386 || return; fixture_test dumpio-32 0 "${DUMP_SETS[@]}" --; }
# POSIX message queues (mq_timedsend, mq_timedreceive) on descriptor 14.
test_dumpio_mq() {
	fixture_test dumpio 0 -e write=14 -e read=14 -- mq && return 0
	[ "$RC" = 77 ] && { skip "no POSIX message queues here"; return; }
	return 1
}
# The same calls with no set given: not a single dump line.
test_dumpio_none() {
	local out=$TMP/dumpio.out
	run_fixture dumpio "$out" -e read=none -e 'write=!all' --
	[ "$RC" = 0 ] || { fail "exit status $RC"; return 1; }
	has_re "$out" '^ [|*=] ' && { fail "dump lines with empty sets: $(grep -m1 -E '^ [|*=] ' "$out")"; return 1; }
	return 0
}

# -e kvm=vcpu: KVM_RUN's exit reasons, read from the vcpu's struct
# kvm_run (tests/fixtures/kvmrun.c); skipped where KVM cannot run.
kvm_test() {
	local name=$1
	shift
	fixture_test "$name" 0 "$@" && return 0
	[ "$RC" = 77 ] && { skip "KVM is not usable here (/dev/kvm)"; return; }
	return 1
}
test_kvm_vcpu() { kvm_test kvmrun -e kvm=vcpu -- vcpu; }
test_kvm_plain() { kvm_test kvmrun -- plain; }
test_kvm_vcpu_32() { needs_i386 || return; kvm_test kvmrun-32 -e kvm=vcpu -- vcpu; }

# -q suppresses the attach/detach messages on stderr.
test_quiet() {
	local err=$TMP/q.err a
	start_bg "$TMP/q.a" "$FIX/sleeper" 1
	a=$BG
	wait_for 5 eval '[ -n "$(sleeper_pid "$TMP/q.a")" ]' || { fail "sleeper did not start"; return 1; }
	timeout -s INT 0.4 "$LTR" -q -o "$TMP/q.out" -p "$a" 2> "$err"
	[ -s "$err" ] && { fail "stderr not empty with -q: $(head -1 "$err")"; return 1; }
	wait_exit 5 "$a" || { fail "sleeper did not finish"; return 1; }
	[ "$RC" = 0 ] || { fail "sleeper exit $RC"; return 1; }
}

# -X (--const-print-style) and -e raw=: the fixture expects each style's lines.
xstyle_all() {
	local b=$1
	fixture_test "$b" 0 -- abbrev || return 1
	fixture_test "$b" 0 -X raw -- raw || return 1
	fixture_test "$b" 0 --const-print-style=verbose -- verbose || return 1
	fixture_test "$b" 0 -e raw=all -- rawcalls
}
test_xstyle() { xstyle_all xstyle; }
test_xstyle_32() { needs_i386 || return; xstyle_all xstyle-32; }

ALL_TESTS=(basic basic_32 strsize signals signals_32 exitcode exitcode_signal
	exitcode_32 ownfilter ownfilter_32 vfork vfork_32 execthread execthread_32 threads_follow
	stderr_output personality_32 exit_status exit_group_threads exec_fails
	sugar_stock follow_fork bad_input attach_tid
	attach_threads attach_threads_nof attach_two_comma attach_two_repeat stop_cont
	detach_term detach_int detach_hup detach_quit quiet seccomp_entry_only
	seccomp_children seccomp_interrupt no_seccomp spin spin_interrupt modify modify_32
	runaway_hook_interrupt hook_error_line script_cwd count_sigint early_sigint exit_stops_unread usage_like_strace unread_entry scripts_beside inline_lua json_lines
	xstyle xstyle_32)

# Under `make sanitize`: any sanitizer report in a saved stderr fails.
after_test() {
	local san
	san=$(grep -l -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$TMP"/* 2>/dev/null | head -1)
	[ -z "$san" ] && return 0
	REASON="sanitizer report in $(basename "$san"): $(grep -m1 -E 'Sanitizer|runtime error' "$san")"
	return 1
}

# -e read=/write= dumps and -e kvm=vcpu
ALL_TESTS+=(dumpio dumpio_32 dumpio_mq dumpio_none kvm_vcpu kvm_plain kvm_vcpu_32)

[ $# -gt 0 ] && ALL_TESTS=("$@")
run_tests "${ALL_TESTS[@]}"
