#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of stack traces (libdwfl): -k, Lua's call:backtrace()
# and proc:symbolize(), the stacks script (-a folded=1) and slow_io -a
# stack=1. The fixture stack (tests/fixtures/stack.c) writes through
# main -> outer_fn -> inner_fn -> write(2); those frames must appear in
# that order (innermost first) for the 64-bit and the 32-bit build, for a
# stripped copy (libc frames still by symbol), for ls and for python3.
# "stack exit" ends through main -> exit_fn -> exit(3) -> exit_group(2):
# calls that never return get their stack (taken at entry) after the
# thread's "+++ exited with N +++" line, as strace -k prints it.
#
#   bash tests/integration/stacks.sh LTR FIXTURE_DIR [TEST...]
#
# Prints "PASS name", "SKIP name (why)" or "FAIL name: reason" per test,
# then "N passed, M failed, K skipped"; exits 1 if any test failed. Every run is
# bounded by timeout; the tests start no background process.
# KEEP_TMP=1 keeps the temporary directory.

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
# The stock scripts of this tree, for a tracer built elsewhere.
LTR_PATH=$(cd "$(dirname "$0")/../../lua" && pwd)
export LTR_PATH
make_root stacks

# run OUT ARGS...: ltr ARGS with its trace in OUT; returns ltr's status.
run() {
	local out=$1
	shift
	timeout 60 "$LTR" -o "$out" "$@" >"$out.stdout" 2>"$out.stderr"
}

# in_order FILE RE...: lines matching each RE appear in FILE consecutively,
# in the order given.
in_order() {
	local file=$1
	shift
	python3 - "$file" "$@" <<'EOF'
import re, sys
lines = open(sys.argv[1], errors="replace").read().splitlines()
pats = [re.compile(p) for p in sys.argv[2:]]
for i in range(len(lines) - len(pats) + 1):
    if all(p.search(lines[i + k]) for k, p in enumerate(pats)):
        sys.exit(0)
sys.exit(1)
EOF
}

# The -k frames of the fixture's write, innermost first.
k_frames() {
	local bin=$1
	local name
	name=$(basename "$bin")
	in_order "$2" "^ > .*/libc\\.so\\.6\\(__write\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" \
		"^ > .*/$name\\(inner_fn\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" \
		"^ > .*/$name\\(outer_fn\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" \
		"^ > .*/$name\\(main\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$"
}

test_k_fixture() {
	local out=$TMP/k.out
	run "$out" -k -e trace=write -- "$FIX/stack" 2 || { REASON="exit status $?"; return 1; }
	[ "$(grep -c '^write(1, "stack' "$out")" = 2 ] || { REASON="no write lines"; return 1; }
	k_frames "$FIX/stack" "$out" || { REASON="frames __write, inner_fn, outer_fn, main not in order"; return 1; }
	# The stack follows its call's line.
	in_order "$out" '^write\(1, "stack 1\\n", 8\) += 8$' '^ > .*__write' ||
		{ REASON="stack not right after the write line"; return 1; }
}

# A signal's line is followed by the stack where it was delivered, as
# strace -k prints it; a C++ name (here an asm label) demangled.
test_k_signal() {
	local out=$TMP/ksig.out
	run "$out" -k -e trace=none -- "$FIX/stack" signal || { REASON="exit status $?"; return 1; }
	in_order "$out" '^--- SIGURG \{si_signo=SIGURG, si_code=SI_USER, ' \
		'^ > .*/libc\.so\.6\(kill\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' \
		'^ > .*/stack\(ns::signal_fn\(int\)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' \
		'^ > .*/stack\(main\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' ||
		{ REASON="no stack kill, ns::signal_fn(int), main under the SIGURG line: $(head -c 400 "$out")"; return 1; }
}

test_k_i386() {
	needs_i386 || return
	local out=$TMP/k32.out
	run "$out" -k -e trace=write -- "$FIX/stack-32" 2 || { REASON="exit status $?"; return 1; }
	in_order "$out" "^ > .*/libc\\.so\\.6\\(__write\\+0x" \
		"^ > .*/stack-32\\(inner_fn\\+0x" "^ > .*/stack-32\\(outer_fn\\+0x" \
		"^ > .*/stack-32\\(main\\+0x" ||
		{ REASON="32-bit frames not in order"; return 1; }
}

# k_exit_frames BIN OUT FIRST_FRAME_RE: OUT shows BIN's exit_group(3) line,
# its exit line, then its stack from FIRST_FRAME_RE down to exit_fn, main.
k_exit_frames() {
	local name
	name=$(basename "$1")
	in_order "$2" '^exit_group\(3\) += \?$' '^\+\+\+ exited with 3 \+\+\+$' "$3" ||
		{ REASON="no stack right after exit_group and the exit line"; return 1; }
	in_order "$2" '^ > .*/libc\.so\.6\(exit\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' \
		"^ > .*/$name\\(exit_fn\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" \
		"^ > .*/$name\\(main\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" ||
		{ REASON="frames exit, exit_fn, main not in order"; return 1; }
	[ "$(grep -c '^ > .*(exit_fn+0x' "$2")" = 1 ] || { REASON="exit_group stack not printed once"; return 1; }
}

# k_exit BIN OUT FIRST_FRAME_RE: BIN exits with 3 through exit_group, its
# stack printed after the exit line (see k_exit_frames).
k_exit() {
	local rc
	run "$2" -k -e trace=exit_group -- "$1" exit
	rc=$?
	[ $rc = 3 ] || { REASON="exit status $rc"; return 1; }
	k_exit_frames "$1" "$2" "$3"
}

test_k_exit() {
	k_exit "$FIX/stack" "$TMP/kexit.out" '^ > .*/libc\.so\.6\(_exit\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
}

test_k_exit_i386() {
	needs_i386 || return
	k_exit "$FIX/stack-32" "$TMP/kexit32.out" '^ > \[vdso\]\(__kernel_vsyscall\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
}

# A thread's exit(2) shows its stack after its own exit line, the
# process's exit_group after the last one (-o with -f: a pid column).
test_k_exit_thread() {
	local out=$TMP/kthread.out rc tid pid
	run "$out" -f -k -e trace=exit,exit_group -- "$FIX/stack" thread
	rc=$?
	[ $rc = 3 ] || { REASON="exit status $rc"; return 1; }
	tid=$(sed -En 's/^([0-9]+) +exit\(0.*/\1/p' "$out")
	pid=$(sed -En 's/^([0-9]+) +exit_group\(3.*/\1/p' "$out")
	[ -n "$tid" ] && [ -n "$pid" ] || { REASON="no exit and exit_group lines"; return 1; }
	in_order "$out" "^$tid +\\+\\+\\+ exited with [0-9]+ \\+\\+\\+\$" '^ > .*/libc\.so\.6\(' ||
		{ REASON="no stack after the thread's exit line"; return 1; }
	in_order "$out" "^$pid +\\+\\+\\+ exited with 3 \\+\\+\\+\$" '^ > .*/libc\.so\.6\(_exit\+0x' ||
		{ REASON="no stack after the process's exit line"; return 1; }
	grep -q '^ > .*/stack(main+0x' "$out" || { REASON="no main frame"; return 1; }
	[ "$(tail -n 1 "$out" | cut -c1-3)" = ' > ' ] || { REASON="the stack is not last"; return 1; }
}

test_k_stripped() {
	cp "$FIX/stack" "$TMP/stripped" && strip "$TMP/stripped" || { SKIP_WHY="cannot strip"; return $SKIPPED; }
	local out=$TMP/strip.out
	run "$out" -k -e trace=write -- "$TMP/stripped" 1 || { REASON="exit status $?"; return 1; }
	in_order "$out" "^ > .*/libc\\.so\\.6\\(__write\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" \
		"^ > .*/stripped\\(\\) \\[0x[0-9a-f]+\\]$" ||
		{ REASON="no libc symbol then bare stripped frame"; return 1; }
	grep -q '^ > .*/libc\.so\.6(__libc_start_main+0x' "$out" ||
		{ REASON="no __libc_start_main frame"; return 1; }
	# a stack taken at entry (exit_group's) shows such a frame as strace: (+0x0)
	out=$TMP/strip-exit.out
	run "$out" -k -e trace=exit_group -- "$TMP/stripped" exit
	in_order "$out" '^\+\+\+ exited with 3 \+\+\+$' "^ > .*/libc\\.so\\.6\\(_exit\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]$" ||
		{ REASON="no stack after exit_group: $(head -c 300 "$out")"; return 1; }
	grep -Eq '^ > .*/stripped\(\+0x0\) \[0x[0-9a-f]+\]$' "$out" ||
		{ REASON="no stripped(+0x0) frame under exit_group: $(grep stripped "$out" | head -2)"; return 1; }
}

# execve's stack is the caller's, taken at entry as strace takes it (at
# its exit the process runs the new image): the vfork fixture's child
# calls execve("/bin/true") from main. The launched command's own first
# execve, whose caller is ltr, shows the new image's entry point.
test_k_execve() {
	local out=$TMP/execve.out
	run "$out" -k -f -e trace=execve -- "$FIX/vfork" || { REASON="exit status $?"; return 1; }
	in_order "$out" '^[0-9]+ +execve\("/bin/true", \["true"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = 0$' \
		'^ > .*/libc\.so\.6\(execve\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' \
		'^ > .*/vfork\(main\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' ||
		{ REASON="no execve, main frames under the child's execve: $(tr '\n' '|' < "$out" | head -c 600)"; return 1; }
	in_order "$out" '^([0-9]+ +)?execve\(".*/vfork", .*\) = 0$' '^ > .*/ld-linux[^ ]*\([^ ]*\) \[0x[0-9a-f]+\]$' ||
		{ REASON="the first execve does not show the new image's entry"; return 1; }
	! grep -q "/ltr(" "$out" || { REASON="ltr's own frames shown"; return 1; }
}

test_k_unknown_code() {
	local out=$TMP/jit.out
	run "$out" -k -e trace=getpid -- "$FIX/stack" jit || { REASON="exit status $?"; return 1; }
	in_order "$out" '^getpid\(\) += [0-9]+$' '^ > unexpected_backtracing_error \[0x[0-9a-f]+\]$' ||
		{ REASON="anonymous code not printed as an address"; return 1; }
}

test_k_ls() {
	local out=$TMP/ls.out
	run "$out" -k -- ls / || { REASON="exit status $?"; return 1; }
	grep -Eq '^ > /[^ ]*/libc\.so\.6\([A-Za-z_][A-Za-z0-9_]*\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' "$out" ||
		{ REASON="no libc frame by symbol"; return 1; }
	grep -Eq '^ > /usr/bin/ls\(' "$out" || { REASON="no ls frame"; return 1; }
	! grep -q unexpected_backtracing_error "$out" || { REASON="unwinding errors"; return 1; }
}

test_k_python() {
	[ -x /usr/bin/python3 ] || { SKIP_WHY="no /usr/bin/python3"; return $SKIPPED; }
	local out=$TMP/py.out
	run "$out" -k -e trace=openat -- /usr/bin/python3 -c pass || { REASON="exit status $?"; return 1; }
	grep -Eq '^ > /usr/bin/python3[.0-9]*\([A-Za-z_][A-Za-z0-9_]*\+0x' "$out" ||
		{ REASON="no python3 native frame by symbol"; return 1; }
}

test_lua_backtrace() {
	cat >"$TMP/bt.lua" <<'EOF'
local done = false
ltr.on_exit("write", function(call)
	if done then return end
	done = true
	local names = {}
	local inner
	for _, f in ipairs(call:backtrace()) do
		names[#names + 1] = f.symbol or "?"
		if f.symbol == "inner_fn" then inner = f end
	end
	ltr.printf("STACK %s\n", table.concat(names, ","))
	ltr.printf("INNER %s %s:%s pc=%s\n", inner.module, inner.file, inner.line, inner.pc == nil and "nil" or "ok")
	ltr.printf("DEPTH %d\n", #call:backtrace(2))
	local f = call.proc:symbolize(inner.pc - 1)
	ltr.printf("SYM %s\n", f and f.symbol or "nil")
	local none, msg, err = call.proc:symbolize(8)
	ltr.printf("NOSYM %s %s\n", tostring(none), err)
end)
EOF
	local out=$TMP/bt.out
	run "$out" -s "$TMP/bt.lua" -- "$FIX/stack" 2 || { REASON="exit status $?"; return 1; }
	grep -q '^STACK __write,inner_fn,outer_fn,main,' "$out" || { REASON="frames: $(grep STACK "$out")"; return 1; }
	grep -Eq '^INNER .*/stack .*stack\.c:[0-9]+ pc=ok$' "$out" || { REASON="inner_fn: $(grep INNER "$out")"; return 1; }
	grep -q '^DEPTH 2$' "$out" || { REASON="max_frames not honoured"; return 1; }
	grep -q '^SYM inner_fn$' "$out" || { REASON="symbolize: $(grep SYM "$out")"; return 1; }
	grep -q '^NOSYM nil ENOENT$' "$out" || { REASON="symbolize of nothing: $(grep NOSYM "$out")"; return 1; }
}

# Calls that never return unwind at entry, for scripts as for -k.
test_lua_backtrace_exit() {
	cat >"$TMP/btexit.lua" <<'EOF'
ltr.on_enter("exit_group", function(call)
	local names = {}
	for _, f in ipairs(call:backtrace()) do
		names[#names + 1] = f.symbol or "?"
	end
	ltr.printf("EXIT %s\n", table.concat(names, ","))
end)
EOF
	local out=$TMP/btexit.out bin rc
	for bin in stack stack-32; do
		if [ "$bin" = stack-32 ] && ! i386_runs "$FIX"; then
			[ "$I386_RC" = 1 ] || { REASON="i386 probe: $I386_WHY"; return 1; }
			echo "    $bin not run: $I386_WHY"
			continue
		fi
		run "$out" -s "$TMP/btexit.lua" -- "$FIX/$bin" exit
		rc=$?
		[ $rc = 3 ] || { REASON="$bin: exit status $rc"; return 1; }
		grep -Eq '^EXIT ([^,]*,)*_exit,([^,]*,)*exit,exit_fn,main(,|$)' "$out" ||
			{ REASON="$bin: frames: $(grep EXIT "$out")"; return 1; }
	done
}

test_stacks_exit() {
	local out=$TMP/stexit.out rc
	run "$out" -s stacks -a sel=exit_group -a folded=1 -- "$FIX/stack" exit
	rc=$?
	[ $rc = 3 ] || { REASON="exit status $rc"; return 1; }
	grep -Eq '^([^ ]*;)?main;exit_fn;exit;([^ ]*;)?_exit;\[exit_group\] 1$' "$out" ||
		{ REASON="no folded exit_group line: $(head -c 300 "$out")"; return 1; }
}

test_stacks_folded() {
	local out=$TMP/folded.out
	run "$out" -s stacks -a sel=write -a folded=1 -- "$FIX/stack" 3 || { REASON="exit status $?"; return 1; }
	grep -Eq '^([^ ]*;)?main;outer_fn;inner_fn;[^ ]*\[write\] 3$' "$out" ||
		{ REASON="no folded line: $(head -c 300 "$out")"; return 1; }
	[ "$(grep -c . "$out")" = 1 ] || { REASON="more than the folded line"; return 1; }
}

test_stacks_top() {
	local out=$TMP/top.out
	run "$out" -s stacks -a sel=write,openat -a n=1 -- "$FIX/stack" 4 || { REASON="exit status $?"; return 1; }
	grep -q '^4 calls of write' "$out" || { REASON="no top stack: $(head -c 300 "$out")"; return 1; }
	in_order "$out" '^4 calls of write' '__write\+0x' 'inner_fn\+0x' 'outer_fn\+0x' 'main\+0x' ||
		{ REASON="top stack frames"; return 1; }
}

test_slow_io_stack() {
	local out=$TMP/slow.out
	run "$out" -f -s slow_io -a ms=50 -a stack=1 -- sh -c 'sleep 0.3 | cat' ||
		{ REASON="exit status $?"; return 1; }
	in_order "$out" '^[0-9]+ +read +fd=0 ' '^ > .*/libc\.so\.6\(' ||
		{ REASON="no stack after the slow read: $(head -c 300 "$out")"; return 1; }
}

TESTS=(k_fixture k_signal k_i386 k_exit k_exit_i386 k_exit_thread k_stripped k_execve k_unknown_code k_ls
	k_python lua_backtrace lua_backtrace_exit stacks_folded stacks_top stacks_exit
	slow_io_stack)
[ $# -gt 0 ] && TESTS=("$@")
run_tests "${TESTS[@]}"
