#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of where the trace goes and how the command runs:
# -A, -o |CMD and -o !CMD, -ff (--output-separately), -b execve, -D/-DD/
# -DDD, -E, -u, -I, -d, --tips and --seccomp-bpf, and an execve in a
# thread (<pid changed to ...>). strace 6.1 is the oracle
# wherever the behaviour shows: both run the same program (ASLR off, fixed
# environment), pids, environment pointers and random bytes are
# normalised, and the traces (or the files of -ff, in pid order) must be
# identical.
#
#   bash tests/integration/procout.sh LTR FIXTURE_DIR [TEST...]
#
# LTR may be `strace` to check the tests against the oracle (ltr-only
# tests are skipped). Prints "PASS name", "SKIP name: why" or
# "FAIL name: reason" per test, then "N passed, M failed, K skipped";
# exits 1 if any test failed. Every run is bounded by timeout, and every
# process a test starts is waited for or killed. KEEP_TMP=1 keeps the
# temporary directory.

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
for tool in strace setarch python3 timeout; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 2; }
done
STRACE=$(command -v strace)
make_root procout

# ENV: the fixed environment of every traced run; WRAP: what runs the tracer.
ENV=(env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC FIXTURE_EXPECT=/dev/null)
WRAP=()

# in_dir DIR TRACER ARGS...: runs TRACER ARGS in DIR with the fixed
# environment and ASLR off, stdin from /dev/null, stdout to DIR/stdout,
# stderr to DIR/stderr; sets RC.
in_dir() {
	local dir=$1
	shift
	mkdir -p "$dir"
	(cd "$dir" && timeout 20 "${ENV[@]}" "${WRAP[@]}" setarch "$(uname -m)" -R "$@" \
		< /dev/null > stdout 2> stderr)
	RC=$?
}

# normalise FILE...: prints the files normalised: the pids of the run
# (file name suffixes of -ff, and what set_tid_address, getpid, gettid,
# clone, fork and vfork returned) become P's of the same width; the
# tracer's pid in getppid, the environment pointer, getrandom's bytes
# and si_pid are masked; "ltr: " and "strace: " become "TRACER: ".
normalise() {
	python3 - "$@" <<'EOF'
import re, sys
pids = set()
texts = []
for name in sys.argv[1:]:
    m = re.search(r'\.([0-9]+)$', name)
    if m:
        pids.add(m.group(1))
    texts.append(open(name, encoding='latin-1').read())
for t in texts:
    for m in re.finditer(r'\b(set_tid_address|getpid|gettid|clone3?|v?fork)\(.*\) += (\d+)', t):
        pids.add(m.group(2))
    for m in re.finditer(r'<\.\.\. (clone3?|v?fork) resumed>.* += (\d+)', t):
        pids.add(m.group(2))
    for m in re.finditer(r'Process (\d+)|^\[pid +(\d+)\]|^(\d+) ', t, re.M):
        pids.add(m.group(1) or m.group(2) or m.group(3))
subs = [
    (r'0x[0-9a-f]+ /\* ([0-9]+) vars \*/', r'ENVP /* \1 vars */'),
    (r'getrandom\("[^"]*"', 'getrandom("RANDOM"'),
    (r'\bsi_pid=[0-9]+', 'si_pid=PID'),
    (r'getppid\(\) += [0-9]+', 'getppid() = PPID'),
    (r'(^|(?<=\*/))(/\S*/)?(strace|ltr): ', 'TRACER: '),
    (r'(/\S*/)?(strace|ltr): Process', 'TRACER: Process'),
    (r"Try '(/\S*/)?(strace|ltr) -h'", "Try 'TRACER -h'"),
]
def same_width(l):
    # a masked pid of either run: pids wrap between the two runs (9999,
    # then 10000), so the widths of masked pids, and the padding that
    # follows them, are not compared
    if re.search(r'\bP{3,7}\b', l):
        l = re.sub(r'  +', ' ', re.sub(r'\bP{3,7}\b', 'PPPPP', l))
    return l
PID_CALLS = (r'(kill|tkill|tgkill|wait4|waitpid|waitid|setpgid|getpgid|getsid|sched_\w+|'
             r'prlimit64|pidfd_\w+|process_vm_\w+|process_madvise|kcmp|ptrace|rt_\w*sigqueueinfo|'
             r'ioprio_\w+|[gs]etpriority|[gs]et_robust_list|write|clone3?|v?fork|getpid|getppid|'
             r'gettid|set_tid_address|migrate_pages|move_pages|fcntl|perf_event_open|execve|'
             r'getpgrp|setsid|getpgid)$')
for t in texts:
    for l in t.split('\n'):
        for a, b in subs:
            l = re.sub(a, b, l)
        # what fixtures write of their own pids (cut by the string limit)
        l = re.sub(r'^(write\(\d+, ")([^"]*)', lambda m: m.group(1) + re.sub('[0-9]', '9', m.group(2)), l)
        # a pid in the arguments only of calls that take one (and in the
        # prefix), elsewhere only inside a word ("<pid:N>", a path's
        # "-N"): once pids wrap, a pid of one run is getcwd's 4096 in the
        # other
        m = re.match(r'^(\[pid +\d+\] |\d+ +)?([a-z_0-9]+)\(', l)
        prefix = (m.group(1) or '') if m else ''
        body = l[len(prefix):]
        takes_pid = not m or re.match(PID_CALLS, m.group(2))
        for p in pids:
            prefix = re.sub(r'\b%s\b' % p, 'P' * len(p), prefix)
            if takes_pid:
                body = re.sub(r'(?<![\w*])%s\b' % p, 'P' * len(p), body)
            else:
                body = re.sub(r'(?<=[-:/.<])%s\b' % p, 'P' * len(p), body)
                # --pidns-translation's comment
                body = re.sub(r"(?<=/\* )%s(?= in strace's PID NS)" % p, 'P' * len(p), body)
        print(same_width(prefix + body))
    print('=== end of file')
EOF
}

# files_of DIR PREFIX: DIR/PREFIX.PID files in pid order.
files_of() {
	find "$1" -maxdepth 1 -name "$2.*" | awk -F. '{ print $NF " " $0 }' | sort -n | cut -d' ' -f2-
}

# same_as_strace NAME FILE OPTIONS... -- COMMAND...: runs COMMAND under
# both tracers (in NAME/strace and NAME/ltr, both run from a directory of
# the same name), compares FILE (a name; with -ff, FILE.* in pid order)
# and the exit statuses.
same_as_strace() {
	local name=$1 file=$2 d sa la src
	shift 2
	for tracer in strace ltr; do
		[ $tracer = strace ] && src=$STRACE || src=$LTR
		rm -rf "$TMP/run"
		in_dir "$TMP/run" "$src" "$@"
		eval "${tracer}_rc=\$RC"
		rm -rf "$TMP/$name.$tracer"
		mv "$TMP/run" "$TMP/$name.$tracer"
	done
	# shellcheck disable=SC2154
	[ "$strace_rc" = "$ltr_rc" ] || { fail "$name: exit status $ltr_rc, strace's $strace_rc"; return 1; }
	sa=$(files_of "$TMP/$name.strace" "$file")
	la=$(files_of "$TMP/$name.ltr" "$file")
	[ -f "$TMP/$name.strace/$file" ] && sa="$TMP/$name.strace/$file" la="$TMP/$name.ltr/$file"
	[ -n "$sa" ] || { fail "$name: strace wrote no $file"; return 1; }
	[ "$(echo "$sa" | wc -l)" = "$(echo "$la" | wc -l)" ] ||
		{ fail "$name: $(echo "$la" | grep -c .) files, strace wrote $(echo "$sa" | wc -l)"; return 1; }
	# shellcheck disable=SC2086
	normalise $sa > "$TMP/$name.strace.n"
	# shellcheck disable=SC2086
	normalise $la > "$TMP/$name.ltr.n"
	if ! d=$(diff "$TMP/$name.strace.n" "$TMP/$name.ltr.n"); then
		fail "$name differs from strace: $(echo "$d" | head -4 | tr '\n' '|')"
		return 1
	fi
}

# tracer_of PID: the TracerPid of PID.
tracer_of() { awk '/^TracerPid:/ { print $2 }' "/proc/$1/status" 2>/dev/null; }
alive() { kill -0 "$1" 2>/dev/null; }
not_alive() { ! kill -0 "$1" 2>/dev/null; }

# --- -A ---

# -A appends to the file, which keeps what it held; without -A it is
# truncated.
test_append() {
	local f name
	for name in oracle tracer; do
		f=$TMP/$name.out
		[ $name = oracle ] && tracer=$STRACE || tracer=$LTR
		echo "what was there" > "$f"
		"${ENV[@]}" "$tracer" -A -o "$f" -- /bin/true || { fail "-A: status $?"; return 1; }
		"${ENV[@]}" "$tracer" --output-append-mode -o "$f" -- /bin/true ||
			{ fail "--output-append-mode: status $?"; return 1; }
	done
	[ "$(head -1 "$TMP/tracer.out")" = "what was there" ] || { fail "-A truncated the file"; return 1; }
	[ "$(grep -c '^+++ exited with 0 +++$' "$TMP/tracer.out")" = 2 ] || { fail "not two traces"; return 1; }
	normalise "$TMP/oracle.out" > "$TMP/s.n"
	normalise "$TMP/tracer.out" > "$TMP/l.n"
	# both traced /bin/true: same lines, addresses aside
	diff <(sed 's/0x[0-9a-f]*/ADDR/g' "$TMP/s.n") <(sed 's/0x[0-9a-f]*/ADDR/g' "$TMP/l.n") > /dev/null ||
		{ fail "-A file differs from strace's"; return 1; }
	"${ENV[@]}" "$LTR" -o "$TMP/tracer.out" -- /bin/true
	[ "$(grep -c '^+++ exited with 0 +++$' "$TMP/tracer.out")" = 1 ] || { fail "without -A not truncated"; return 1; }
}

# --- -o |CMD, -o !CMD ---

test_pipe_bar() { same_as_strace pipe_bar piped -o '|cat > piped' -- /bin/true; }
test_pipe_bang() { same_as_strace pipe_bang piped -o '!cat > piped' -- /bin/echo hi; }

# The tracer waits for CMD: the file is whole when it returns.
test_pipe_wait() {
	local f=$TMP/slow
	timeout 20 "$LTR" -o "|sleep 0.5; cat > $f" -- /bin/true || { fail "status $?"; return 1; }
	[ "$(tail -1 "$f" 2>/dev/null)" = "+++ exited with 0 +++" ] || { fail "CMD not waited for"; return 1; }
}

# CMD exits without reading (head -1): writes fail with EPIPE. By default
# ltr detaches (SIGPIPE is one of the signals that end tracing) and the
# command carries on; with -I3 SIGPIPE is ignored and tracing goes on, as
# strace -I3. "Broken pipe" is reported once (strace: at every line).
test_pipe_closed() {
	ltr_only || return $SKIPPED
	local so=$TMP/seq.out err=$TMP/seq.err
	timeout 20 "$LTR" -o '|head -1 > /dev/null' -- seq 30000 > "$so" 2> "$err"
	RC=$?
	[ "$RC" = 141 ] || { fail "default: status $RC, expected 141 (128+SIGPIPE)"; return 1; }
	wait_for 5 eval '[ "$(wc -l < "$so")" = 30000 ]' || { fail "default: seq did not finish"; return 1; }
	[ "$(grep -c 'Broken pipe' "$err")" = 1 ] || { fail "default: $(grep -c 'Broken pipe' "$err") EPIPE reports"; return 1; }
	grep -qxF "$LTR: write to |head -1 > /dev/null: Broken pipe" "$err" || { fail "message: $(head -1 "$err")"; return 1; }
	timeout 20 "$LTR" -I3 -o '|head -1 > /dev/null' -- seq 30000 > "$so" 2> "$err"
	RC=$?
	[ "$RC" = 0 ] || { fail "-I3: status $RC, expected the command's 0"; return 1; }
	[ "$(wc -l < "$so")" = 30000 ] || { fail "-I3: seq did not finish"; return 1; }
	[ "$(grep -c 'Broken pipe' "$err")" = 1 ] || { fail "-I3: $(grep -c 'Broken pipe' "$err") EPIPE reports"; return 1; }
	timeout 20 "$STRACE" -I3 -o '|head -1 > /dev/null' -- seq 3000 > /dev/null 2>&1
	[ $? = 0 ] || { fail "strace -I3 does not exit 0 here"; return 1; }
}

# --- -ff ---

# (a child's SIGCHLD comes before or after sh's wait4, run by run: its
# line and the handler's rt_sigreturn are left out, here and in ff_long)
test_ff_sh() {
	same_as_strace ff_sh t -ff -e signal=none -e trace='!rt_sigreturn' -o t -- \
		sh -c '/bin/true; (sleep 0.1 &); wait'
}
test_ff_long() {
	same_as_strace ff_long t --follow-forks --output-separately --signal=none \
		--trace='!rt_sigreturn' -o t -- sh -c '/bin/true; exit 3'
}
# (the child's SIGCHLD line lands before or after the parent's next call,
# run by run: left out)
test_ff_vfork() { same_as_strace ff_vfork t -ff -e signal='!SIGCHLD' -o t -- "$FIX/vfork"; }
test_ff_signals() { same_as_strace ff_signals t -ff -o t -- "$FIX/signals"; }
# an execve in a thread: its file ends with " <pid changed to N ...>",
# the leader's file gets "+++ superseded ..." and "<... execve resumed>"
test_ff_execthread() { same_as_strace ff_execthread t -ff -o t -- "$FIX/execthread"; }
# An execve in a thread while the leader spins in user space: the
# execve's line is still open at the exec, and strace ends it with
# " <pid changed to LEADER ...>", then "<... execve resumed>" under the
# leader's pid, with or without the superseded line.
# (Only execve: the new thread's first calls race with the leader's.)
test_execthread_pid_changed() { same_as_strace execthread_pid_changed t -f -o t -e trace=execve -- "$FIX/execthread" spin; }
test_execthread_pid_changed_quiet() {
	same_as_strace execthread_pid_changed_quiet t -f -o t -e trace=execve --quiet=thread-execve -- "$FIX/execthread" spin
}
test_ff_execthread_pid_changed() { same_as_strace ff_execthread_pid_changed t -ff -o t -- "$FIX/execthread" spin; }
# -ff without -o is -f (only execve traced: the same order every time)
test_ff_no_o() { same_as_strace ff_no_o stderr -ff -qq -e trace=execve -- sh -c '/bin/true; exit 2'; }

# Threads interleave differently from run to run: one file per thread,
# with whole lines (no pid prefix, no unfinished/resumed pairs), each
# ending with the thread's exit, as strace's.
test_ff_threads() {
	local f n=0
	for tracer in "$STRACE" "$LTR"; do
		rm -rf "$TMP/run"
		in_dir "$TMP/run" "$tracer" -ff -o t -- "$FIX/threads" 0.3
		[ "$RC" = 0 ] || { fail "$(basename "$tracer"): status $RC"; return 1; }
		n=$(files_of "$TMP/run" t | wc -l)
		[ "$n" = 4 ] || { fail "$(basename "$tracer"): $n files, expected 4"; return 1; }
		for f in $(files_of "$TMP/run" t); do
			grep -qE 'unfinished|resumed|^\[pid|^[0-9]+ ' "$f" &&
				{ fail "$(basename "$tracer"): $(basename "$f"): $(grep -m1 -E 'unfinished|resumed|^\[pid|^[0-9]+ ' "$f")"; return 1; }
			[ "$(tail -1 "$f")" = "+++ exited with 0 +++" ] ||
				{ fail "$(basename "$tracer"): $(basename "$f") ends with $(tail -1 "$f")"; return 1; }
		done
		[ "$(tail -2 "$(files_of "$TMP/run" t | tail -1)" | head -1)" = "exit(0)                                 = ?" ] ||
			{ fail "$(basename "$tracer"): last thread's file does not end with exit(0)"; return 1; }
	done
}

# start_sleeper FIXTURE SECONDS OUT: starts FIXTURE (sleeper, sleeper-32)
# in the background, its output in OUT.sleeper, and waits until it runs;
# its pid in SLEEPER. Fails the test if it does not start.
start_sleeper() {
	local sleeper_out=$3.sleeper
	FIXTURE_EXPECT=/dev/null "$FIX/$1" "$2" > "$sleeper_out" &
	SLEEPER=$!
	started "$SLEEPER"
	wait_for 5 eval '[ -s "$sleeper_out" ]' || { fail "$1 did not start"; return 1; }
}

# -ff -p: FILE.PID for the attached process, written as it goes and
# closed when it is gone.
test_ff_attach() {
	local out pid tr=$TMP/ffp err
	for tracer in "$STRACE" "$LTR"; do
		out=$TMP/$(basename "$tracer")
		start_sleeper sleeper 1 "$out" || return 1
		pid=$SLEEPER
		timeout 20 "$tracer" --quiet=personality -e trace=exit_group -ff -o "$tr" -p "$pid" 2> "$out.err"
		{ wait "$pid"; } 2>/dev/null
		printf 'exit_group(0)                           = ?\n+++ exited with 0 +++\n' > "$out.exp"
		[ "$(ls "$tr".* | wc -l)" = 1 ] || { fail "$(basename "$tracer"): files $(ls "$tr".*)"; return 1; }
		diff "$out.exp" "$tr.$pid" > /dev/null || { fail "$(basename "$tracer"): $(head -c 200 "$tr.$pid")"; return 1; }
		grep -qxE "(.*/)?$(basename "$tracer"): Process $pid attached" "$out.err" ||
			{ fail "$(basename "$tracer"): stderr $(head -1 "$out.err")"; return 1; }
		rm -f "$tr".*
	done
}

# -p on a 32-bit process: strace's "runs in 32 bit mode" notice at the
# first stop (the tracer's own personality is 64-bit), and a call
# interrupted before the attach is named after syscall 0 of the tracer's
# arch, "read", not of i386 ("restart_syscall").
test_attach_32() {
	needs_i386 || return
	local out pid
	for tracer in "$STRACE" "$LTR"; do
		out=$TMP/$(basename "$tracer")
		start_sleeper sleeper-32 1 "$out" || return 1
		pid=$SLEEPER
		timeout 20 "$tracer" -e trace=exit_group,restart_syscall -o "$out.trace" -p "$pid" 2> /dev/null
		{ wait "$pid"; } 2>/dev/null
		# the attach lands in nanosleep (restart_syscall) or, rarely, in write
		grep -v '^restart_syscall(<... resuming interrupted read ...>) = 0$' "$out.trace" |
			sed 's/  *= /= /' > "$out.rest"
		printf '[ Process PID=%s runs in 32 bit mode. ]\nexit_group(0)= ?\n+++ exited with 0 +++\n' "$pid" > "$out.exp"
		diff "$out.exp" "$out.rest" > /dev/null ||
			{ fail "$(basename "$tracer"): $(tr '\n' '|' < "$out.trace" | head -c 300)"; return 1; }
		grep -q '^restart_syscall' "$out.trace" && ! grep -q 'resuming interrupted read ' "$out.trace" &&
			{ fail "$(basename "$tracer"): $(grep '^restart_syscall' "$out.trace")"; return 1; }
	done
	return 0
}

# -o FILE with -p and a command: two processes traced from the start, so
# strace's "PID  " column on every line (without -f).
test_attach_and_command() {
	local out pid
	for tracer in "$STRACE" "$LTR"; do
		out=$TMP/$(basename "$tracer")
		start_sleeper sleeper 0.6 "$out" || return 1
		pid=$SLEEPER
		timeout 20 "$tracer" -qq -e trace=exit_group -o "$out.trace" -p "$pid" -- sh -c 'exit 3' 2> /dev/null
		{ wait "$pid"; } 2>/dev/null
		sed -E 's/^[0-9]+ +/PID /' "$out.trace" > "$out.n"
	done
	grep -qE '^[0-9]+ +exit_group' "$TMP/strace.trace" || { fail "strace: $(head -1 "$TMP/strace.trace")"; return 1; }
	diff "$TMP/strace.n" "$TMP/$(basename "$LTR").n" > /dev/null ||
		{ fail "$(head -c 300 "$TMP/$(basename "$LTR").trace" | tr '\n' '|'), strace's: $(head -c 300 "$TMP/strace.trace" | tr '\n' '|')"; return 1; }
}

# --- -b execve ---

test_b_exec() { same_as_strace b_exec stderr -b execve -- sh -c 'exec /bin/true'; }
# a detached command's status is not ltr's: 0, as strace
test_b_status() { same_as_strace b_status stderr -qq -e trace=none -b execve -- sh -c 'exec sh -c "exit 3"'; }
# with -f: children detach at their execve; the launched command stays
# (only execve traced: the same order every time)
test_b_follow() { same_as_strace b_follow out -o out -f -b execve -e trace=execve -- sh -c '/bin/true; exit 4'; }

# ltr waits for the detached command, as strace, before exiting.
test_b_waits() {
	local so=$TMP/b.out
	timeout 20 "$LTR" -qq -e trace=none -b execve -- sh -c "exec sh -c 'sleep 0.5; echo late'" > "$so"
	[ "$(cat "$so")" = late ] || { fail "exited before the detached command"; return 1; }
}

# --- -D ---

# The command is the child of the process that ran the tracer, traced by
# another process; with -DD the tracer has a process group of its own,
# with -DDD a session. The parent gets the command's own exit status.
test_daemonize() {
	local d out=$TMP/d.out who=$TMP/d.who shell pgid sid ppid tpid tppid tpgid tsid rc
	for d in -D -DD -DDD --daemonize --daemonize=pgroup --daemonize=session; do
		rm -f "$out" "$who"
		# shellcheck disable=SC2016
		timeout 20 sh -c 'echo "$$ $(cut -d" " -f5,6 /proc/$$/stat)" > "$1"; shift
			"$@"; exit $?' sh "$who" "$LTR" "$d" -qq -e trace=none -e signal=none -- sh -c '
			t=$(awk "/^TracerPid:/ { print \$2 }" /proc/$$/status)
			p=$(awk "/^PPid:/ { print \$2 }" /proc/$$/status)
			echo "$p $t $(cut -d" " -f4,5,6 /proc/$t/stat)"; exit 7' > "$out"
		rc=$?
		[ "$rc" = 7 ] || { fail "$d: status $rc, the command's 7 expected"; return 1; }
		read -r shell pgid sid < "$who"
		read -r ppid tpid tppid tpgid tsid < "$out"
		[ "$ppid" = "$shell" ] || { fail "$d: the command's parent is $ppid, not $shell"; return 1; }
		[ -n "$tpid" ] && [ "$tpid" != 0 ] && [ "$tpid" != "$ppid" ] ||
			{ fail "$d: tracer '$tpid', parent $ppid"; return 1; }
		[ "$tppid" != "$shell" ] || { fail "$d: the tracer is the shell's child"; return 1; }
		case $d in
		-D|--daemonize) [ "$tpgid" = "$pgid" ] && [ "$tsid" = "$sid" ] ;;
		-DD|*=pgroup) [ "$tpgid" = "$tpid" ] && [ "$tsid" = "$sid" ] ;;
		*) [ "$tpgid" = "$tpid" ] && [ "$tsid" = "$tpid" ] ;;
		esac || { fail "$d: tracer pgid $tpgid sid $tsid (the shell's: $pgid $sid)"; return 1; }
		wait_for 5 not_alive_or_zombie "$tpid" || { fail "$d: the tracer did not exit"; return 1; }
	done
}

# The trace of -D is strace's, and it goes on after the shell got the status.
test_daemonize_trace() {
	local tracer out name
	for name in oracle tracer; do
		[ $name = oracle ] && tracer=$STRACE || tracer=$LTR
		out=$TMP/$name.out
		rm -f "$out"
		(cd "$TMP" && timeout 20 "${ENV[@]}" setarch "$(uname -m)" -R "$tracer" -D -o "$out" -- sh -c 'exit 3')
		[ $? = 3 ] || { fail "$name: status not 3"; return 1; }
		wait_for 5 eval '[ "$(tail -1 "$out" 2>/dev/null)" = "+++ exited with 3 +++" ]' ||
			{ fail "$name: trace not finished"; return 1; }
	done
	diff <(normalise "$TMP/oracle.out") <(normalise "$TMP/tracer.out") > /dev/null ||
		{ fail "differs from strace: $(diff <(normalise "$TMP/oracle.out") <(normalise "$TMP/tracer.out") | head -3 | tr '\n' '|')"; return 1; }
}

# -D without -o: the attach notice, as strace.
test_daemonize_notice() { same_as_strace daemonize_notice stderr -D -e trace=execve -- /bin/true; }

# --- -E ---

test_env() {
	WRAP=(env option_E_mod=OLD option_E_unset=U B=2)
	same_as_strace env stderr -qqq -e signal=none -e trace=execve -v \
		-E option_E_mod=NEW -E option_E_unset -E option_E_missing -E ADDED=1 -E B=3 \
		-- /bin/true
	RC=$?
	WRAP=()
	return $RC
}
test_env_long() { same_as_strace env_long stderr -qqq -e trace=execve -v --env=A=1 --env=PATH -- /bin/true; }

# ltr's own environment is not changed: the stock scripts are still found.
test_env_own() {
	ltr_only || return $SKIPPED
	local so
	so=$(timeout 20 "$LTR" -E PATH=/nonexistent -E HOME -qq -o /dev/null -c -- /bin/sh -c 'echo "$PATH ${HOME-unset}"') ||
		{ fail "status $?"; return 1; }
	[ "$so" = "/nonexistent unset" ] || { fail "the command saw '$so'"; return 1; }
}

# --- -u ---

test_user() {
	[ "$(id -u)" = 0 ] || { skip "needs root"; return; }
	id nobody > /dev/null 2>&1 || { skip "no user nobody"; return; }
	same_as_strace user stdout -qqq -e trace=none -u nobody -- id || return 1
	[ "$(cat "$TMP/user.ltr/stdout")" = "$(id nobody)" ] ||
		{ fail "ran as $(cat "$TMP/user.ltr/stdout")"; return 1; }
}
# -u with -f and a selection (ltr's seccomp filter): a set-user-ID program
# the command runs gets its owner's rights, as under strace (the filter
# goes in while the child is root: no PR_SET_NO_NEW_PRIVS)
test_user_suid() {
	[ "$(id -u)" = 0 ] || { skip "needs root"; return; }
	id nobody > /dev/null 2>&1 || { skip "no user nobody"; return; }
	local d
	d=$(mktemp -d /tmp/ltr-suid.XXXXXX) || { fail "mktemp"; return 1; }
	chmod 755 "$d" && cp /usr/bin/id "$d/suid_id" && chmod 4755 "$d/suid_id" ||
		{ rm -rf "$d"; fail "cannot make a set-user-ID id"; return 1; }
	same_as_strace user_suid stdout -qqq -f -e trace=execve -u nobody -- \
		sh -c "$d/suid_id -u; grep NoNewPrivs /proc/self/status"
	RC=$?
	rm -rf "$d"
	[ "$RC" = 0 ] || return 1
	[ "$(head -1 "$TMP/user_suid.ltr/stdout")" = 0 ] ||
		{ fail "the set-user-ID id ran with euid $(head -1 "$TMP/user_suid.ltr/stdout")"; return 1; }
}
test_user_unknown() { same_as_strace user_unknown stderr -u no-such-user-ltr -- /bin/true; }
# run as nobody (setpriv), both refuse -u with strace's message
test_user_not_root() {
	command -v setpriv > /dev/null || { skip "no setpriv"; return; }
	[ "$(id -u)" = 0 ] || { skip "needs root to become someone else"; return; }
	WRAP=(setpriv --reuid=65534 --regid=65534 --clear-groups)
	same_as_strace user_not_root stderr -u root -- /bin/true
	RC=$?
	WRAP=()
	return $RC
}

# --- -I ---

# run_interrupted TRACER SIGS OPTIONS...: starts TRACER OPTIONS -o OUT
# -- sh (which writes "child PID" and becomes the sleeper for $SLEEP_FOR
# seconds, default 1.5), sends each of
# SIGS (a comma-separated list) to the tracer once the trace shows the
# sleep; sets RC (the tracer's status) and CHILD (the command's pid).
run_interrupted() {
	local tracer=$1 sigs=$2 out=$TMP/int.out so=$TMP/int.stdout tpid sig
	shift 2
	rm -f "$out" "$so"
	FIXTURE_EXPECT=/dev/null "$tracer" "$@" -o "$out" -- \
		sh -c 'echo "child $$"; exec "$0" "$1"' "$FIX/sleeper" "${SLEEP_FOR:-1.5}" \
		> "$so" 2> "$TMP/int.err" &
	tpid=$!
	started "$tpid"
	wait_for 5 eval 'grep -q "^child" "$so" 2>/dev/null && grep -q nanosleep "$out" 2>/dev/null' ||
		{ fail "the command did not start"; return 1; }
	CHILD=$(sed -n 's/^child //p' "$so")
	started "$CHILD"
	for sig in ${sigs//,/ }; do
		kill "-$sig" "$tpid"
	done
	if ! wait_for 5 not_alive_or_zombie "$tpid"; then
		kill -KILL "$tpid"
		{ wait "$tpid"; } 2>/dev/null
		fail "the tracer did not exit"
		return 1
	fi
	{ wait "$tpid"; } 2>/dev/null
	RC=$?
}
not_alive_or_zombie() {
	local s
	s=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)
	[ -z "$s" ] || [ "$s" = Z ]
}

# -I2: the launched command gets the signal, the tracer exits 128+N and
# its trace ends with " <detached ...>", as strace's: the sleeper is in
# nanosleep but for a few microseconds per 100 ms step, when it runs its
# own code between two calls (a loaded machine may land the signal
# there); then the last line is a whole call, for strace as for ltr.
test_intr_waiting() {
	local tracer last
	for tracer in "$STRACE" "$LTR"; do
		SLEEP_FOR=10 run_interrupted "$tracer" TERM -I2 || return 1
		[ "$RC" = 143 ] || { fail "$(basename "$tracer"): status $RC"; return 1; }
		wait_for 2 not_alive_or_zombie "$CHILD" || { fail "$(basename "$tracer"): command not killed"; return 1; }
		last=$(tail -1 "$TMP/int.out")
		[ "${last% <detached ...>}" != "$last" ] || [[ "$last" =~ ^(nanosleep|write)\(.*\)\ =\ [0-9]+$ ]] ||
			{ fail "$(basename "$tracer"): last line '$last'"; return 1; }
	done
}

# Interrupted under the seccomp filter, ltr serves the command silently:
# children forked after the notice get no "Process N attached" (and no
# hook), as the README says.
test_intr_draining_quiet() {
	ltr_only || return $SKIPPED
	local err=$TMP/drain.err pid
	# (the notices go to stderr: no -o, and write is traced on no terminal)
	timeout 20 "$LTR" -f -e trace=write -- sh -c 'sleep 1; sleep 0.3; sleep 0.3' 2> "$err" &
	pid=$!
	started "$pid"
	wait_for 5 grep -q attached "$err" || { fail "no attached notice for the first sleep"; kill -KILL "$pid"; return 1; }
	kill -INT "$pid"
	wait "$pid"
	RC=$?
	[ "$RC" = 130 ] || { fail "status $RC, expected 130"; return 1; }
	grep -q "serving them silently" "$err" || { fail "no draining notice: $(head -c 300 "$err")"; return 1; }
	[ "$(grep -c attached "$err")" = 1 ] ||
		{ fail "notices after draining: $(grep attached "$err" | tr '\n' '|')"; return 1; }
}

# -I3, and -I4 for SIGTSTP too: ignored; the trace runs to the end.
test_intr_never() {
	local tracer
	for tracer in "$STRACE" "$LTR"; do
		run_interrupted "$tracer" TERM,INT,HUP,QUIT,PIPE --interruptible=never || return 1
		[ "$RC" = 0 ] || { fail "$(basename "$tracer") -I3: status $RC"; return 1; }
		[ "$(tail -1 "$TMP/int.out")" = "+++ exited with 0 +++" ] ||
			{ fail "$(basename "$tracer") -I3: trace ends '$(tail -1 "$TMP/int.out")'"; return 1; }
	done
}
test_intr_never_tstp() {
	local tracer
	for tracer in "$STRACE" "$LTR"; do
		run_interrupted "$tracer" TSTP -I4 || return 1
		[ "$RC" = 0 ] || { fail "$(basename "$tracer") -I4: status $RC"; return 1; }
		[ "$(tail -1 "$TMP/int.out")" = "+++ exited with 0 +++" ] ||
			{ fail "$(basename "$tracer") -I4: trace ends '$(tail -1 "$TMP/int.out")'"; return 1; }
	done
}

# -I1: nothing caught: the tracer dies of the signal at once and the
# command carries on untraced to its end.
test_intr_anywhere() {
	local tracer so=$TMP/any.stdout tpid
	for tracer in "$STRACE" "$LTR"; do
		rm -f "$so"
		# (the command line names $TMP: cleanup kills what is left)
		"$tracer" -I1 -o "$TMP/any.out" -- sh -c 'echo "child $$"; sleep 0.6; echo done' "$TMP" \
			> "$so" 2>/dev/null &
		tpid=$!
		started "$tpid"
		wait_for 5 eval 'grep -q "^child" "$so" 2>/dev/null' || { fail "the command did not start"; return 1; }
		sleep 0.1
		kill -TERM "$tpid"
		{ wait "$tpid"; } 2>/dev/null
		RC=$?
		[ "$RC" = 143 ] || { fail "$(basename "$tracer") -I1: status $RC"; return 1; }
		wait_for 5 eval 'grep -qx done "$so"' || { fail "$(basename "$tracer") -I1: the command did not carry on"; return 1; }
	done
}

# The command inherits the tracer's blocked and ignored signals exactly
# (strace forks it before it changes its own): the tracer is started with
# SIGHUP, SIGUSR1 and SIGTERM blocked and SIGCHLD, SIGALRM, SIGINT and
# SIGPROF ignored; the command's Sig* lines of /proc/self/status must be
# strace's, under each -I and -D.
test_inherited_signals() {
	local tracer i
	for i in '' -I1 -I2 -I3 -I4 -D -DDD; do
		for tracer in "$STRACE" "$LTR"; do
			# shellcheck disable=SC2086
			timeout 20 python3 -c '
import os, signal, sys
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGHUP, signal.SIGUSR1, signal.SIGTERM])
for s in (signal.SIGCHLD, signal.SIGALRM, signal.SIGINT, signal.SIGPROF):
    signal.signal(s, signal.SIG_IGN)
os.execv(sys.argv[1], sys.argv[1:])' "$tracer" $i -e trace=none -qqq -- grep '^Sig[BIC]' /proc/self/status \
				> "$TMP/sig.$(basename "$tracer")" 2>&1 < /dev/null ||
				{ fail "$(basename "$tracer") $i: status $?"; return 1; }
		done
		cmp -s "$TMP/sig.strace" "$TMP/sig.$(basename "$LTR")" ||
			{ fail "$i: $(tr '\n' ' ' < "$TMP/sig.$(basename "$LTR")"), strace's: $(tr '\n' ' ' < "$TMP/sig.strace")"; return 1; }
	done
}

# A command killed by signal N: the tracer ends itself with N (its parent
# sees WIFSIGNALED, not an exit with 128+N), even started with N blocked
# or ignored, under each -I; a command that exits with 143 is an exit.
test_killed_status() {
	local tracer i res
	for i in '' -I1 -I3; do
		for tracer in "$STRACE" "$LTR"; do
			# shellcheck disable=SC2086
			timeout 20 python3 -c '
import signal, subprocess, sys
def run(cmd, **kw):
    return subprocess.run([sys.argv[1]] + sys.argv[2:] + ["-e", "trace=none", "-qqq", "--"] + cmd,
                          stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw).returncode
raise_term = [sys.executable, "-c", "import os, signal; "
              "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM]); "
              "signal.signal(signal.SIGTERM, signal.SIG_DFL); os.kill(os.getpid(), signal.SIGTERM)"]
block = lambda: signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
ign = lambda: signal.signal(signal.SIGTERM, signal.SIG_IGN)
print(run(["sh", "-c", "kill -TERM $$"]), run(raise_term, preexec_fn=block),
      run(raise_term, preexec_fn=ign), run(["sh", "-c", "exit 143"]))' "$tracer" $i > "$TMP/st.$(basename "$tracer")" 2>&1 < /dev/null ||
				{ fail "$(basename "$tracer") $i: status $?"; return 1; }
		done
		res=$(cat "$TMP/st.$(basename "$LTR")")
		[ "$res" = "$(cat "$TMP/st.strace")" ] || { fail "$i: $res, strace's: $(cat "$TMP/st.strace")"; return 1; }
	done
}

# Once the command runs, the tracer holds neither its stdin nor its stdout
# open: a command that closes them closes the pipes at once, and the
# other end sees it (the writer gets SIGPIPE, the reader EOF) while the
# command still runs (its lock file is still there). (No timeout(1)
# around the tracer: it would hold them itself; the command ends anyway.)
test_release_stdio() {
	local tracer got
	for tracer in "$STRACE" "$LTR"; do
		rm -f "$TMP/out" && : > "$TMP/lock1" && : > "$TMP/lock2"
		(
			cd "$TMP" || exit 1
			(
				wait_for 5 eval '[ ! -f lock1 ]'
				yes 2> /dev/null
				[ -f lock2 ] || printf ' input' >> out
			) | "$tracer" -qq -e trace=none -e signal=none \
				sh -c 'exec <&- >&-; rm -f lock1; sleep 1.5; rm -f lock2'
			: > lock1 && : > lock2
			"$tracer" -qq -e trace=none -e signal=none \
				sh -c 'exec <&- >&-; rm -f lock1; sleep 1.5; rm -f lock2' | (
				wait_for 5 eval '[ ! -f lock1 ]'
				cat > /dev/null
				[ -f lock2 ] || printf ' output' >> out
			)
		)
		got=$(cat "$TMP/out" 2> /dev/null)
		[ -z "$got" ] || { fail "$(basename "$tracer") held its standard descriptors:$got"; return 1; }
	done
	[ "$ORACLE" = 1 ] && return 0
	# ltr keeps its stdout for a script of the user's: Lua's print writes there
	echo 'ltr.on_end(function() print("kept") end)' > "$TMP/kept.lua"
	got=$("$LTR" -qq -e trace=none -s "$TMP/kept.lua" -- true 2> /dev/null < /dev/null)
	[ "$got" = kept ] || { fail "a script's print wrote '$got'"; return 1; }
}

# Processes ltr did not ask for, without -f: a child made with
# CLONE_PARENT, and one inherited from the shell that exec'd the tracer,
# are reaped with "Exit of unknown pid N ignored"; a child made with
# CLONE_PTRACE is let go with "Detached unknown pid N"; -q's levels and
# -e quiet= leave them out as strace does (stderr compared, numbers
# masked).
test_unknown_pids() {
	local mode q tracer
	for mode in parent ptrace inherited; do
		for q in '' -q -qq --quiet=exit --quiet=attach; do
			for tracer in "$STRACE" "$LTR"; do
				# shellcheck disable=SC2086
				if [ $mode = inherited ]; then
					timeout 20 sh -c '(sleep 0.1) & exec "$@"' sh "$tracer" -e trace=none $q \
						-- sleep 0.6
				else
					timeout 20 "$tracer" -e trace=none $q -- "$FIX/unknownpid" $mode
				fi > /dev/null 2> "$TMP/u.err" < /dev/null
				echo "status $?" >> "$TMP/u.err"
				sed -E 's#^([^ :]*/)?(strace|ltr): #TRACER: #; s/[0-9]+/N/g' "$TMP/u.err" \
					> "$TMP/u.$(basename "$tracer")"
			done
			cmp -s "$TMP/u.strace" "$TMP/u.$(basename "$LTR")" ||
				{ fail "$mode $q: $(tr '\n' '|' < "$TMP/u.$(basename "$LTR")"), strace's: $(tr '\n' '|' < "$TMP/u.strace")"; return 1; }
		done
	done
}

# --- -d ---

# ltr's own lines on stderr; the trace itself unchanged.
test_debug() {
	ltr_only || return $SKIPPED
	in_dir "$TMP/plain" "$LTR" -o out -- /bin/true
	in_dir "$TMP/debug" "$LTR" -d -o out -- /bin/true
	[ "$RC" = 0 ] || { fail "status $RC"; return 1; }
	diff <(normalise "$TMP/plain/out") <(normalise "$TMP/debug/out") > /dev/null ||
		{ fail "-d changed the trace"; return 1; }
	# ltr's debug lines, and strace -d's own lines, word for word
	local own='^(.*/)?ltr: (\[debug\] |ptrace_setoptions = 0x[0-9a-f]+$|PTRACE_GET_SYSCALL_INFO (works|does not work)$)'
	grep -vE "$own" "$TMP/debug/stderr" | grep -q . &&
		{ fail "not a debug line: $(grep -vE "$own" "$TMP/debug/stderr" | head -1)"; return 1; }
	for re in 'want table x86_64: ' 'seccomp filter' 'launched /bin/true as pid' '\[wait\(0x[0-9a-f]{6}\) = [0-9]+\] ' \
		'ltr: ptrace_setoptions = 0x[0-9a-f]+$' \
		'ltr: (PTRACE_GET_SYSCALL_INFO works$|\[debug\] LTR_NO_GET_SYSCALL_INFO: stops are read from the registers)'; do
		grep -qE "$re" "$TMP/debug/stderr" || { fail "no debug line /$re/"; return 1; }
	done
	[ -s "$TMP/plain/stderr" ] && { fail "debug lines without -d"; return 1; }
	return 0
}

# --- --tips ---

test_tips() {
	ltr_only || return $SKIPPED
	local a b i
	a=$("$LTR" -qqq -e trace=none --tips=id:2 -- /bin/true 2>&1) || { fail "status $?"; return 1; }
	b=$("$LTR" -qqq -e trace=none --tips=2,compact -- /bin/true 2>&1)
	[ "$a" = "$b" ] || { fail "id:2 printed two tips"; return 1; }
	# strace's layout: the bubble (44 columns of text), the mascot from column 52
	echo "$a" | head -1 | grep -qxE '  _{46} {9}____' || { fail "bubble: $(echo "$a" | head -1)"; return 1; }
	echo "$a" | sed -n 3p | grep -qxE ' \| .{44} \|      \|-\. \.-\.\|' || { fail "bubble: $(echo "$a" | sed -n 3p)"; return 1; }
	echo "$a" | grep -q '^ | try: ' && { fail "compact has the example"; return 1; }
	b=$("$LTR" -qqq -e trace=none --tips=id:2 --tips=full -- /bin/true 2>&1)
	echo "$b" | grep -q '^ | try: ' || { fail "full has no example"; return 1; }
	[ "$(echo "$b" | tail -1)" = '                                                        -"     "-' ] ||
		{ fail "full: not the whole mascot: $(echo "$b" | tail -1)"; return 1; }
	b=$("$LTR" -qqq -e trace=none --tips=format:none -- /bin/true 2>&1)
	[ -z "$b" ] || { fail "format:none printed '$b'"; return 1; }
	# random: another tip within a few runs
	for i in $(seq 30); do
		b=$("$LTR" -qqq -e trace=none --tips -- /bin/true 2>&1)
		[ "$b" != "$a" ] && [ -n "$b" ] && return 0
		sleep 0.01
	done
	fail "--tips always printed the same tip"
	return 1
}
test_tips_bad() { same_as_strace tips_bad stderr --tips=format:3 -- /bin/true; }
test_tips_bad_id() { same_as_strace tips_bad_id stderr --tips=id:x,full -- /bin/true; }

# --- --seccomp-bpf ---

# Accepted, with strace's warnings: ltr filters a launched command where
# strace --seccomp-bpf would (-f, without -b or -p), with or without it.
test_seccomp_bpf() { same_as_strace seccomp_bpf stderr --seccomp-bpf -qqq -e trace=none -- /bin/true; }
test_seccomp_bpf_f() {
	ltr_only || return $SKIPPED
	local e
	e=$("$LTR" --seccomp-bpf -f -qqq -e trace=none -- /bin/true 2>&1) || { fail "status $?"; return 1; }
	[ -z "$e" ] || { fail "with -f printed '$e'"; return 1; }
}
test_seccomp_bpf_b() { same_as_strace seccomp_bpf_b stderr --seccomp-bpf -f -b execve -qqq -e trace=none -- /bin/true; }
# every syscall traced: strace's "no syscalls to filter" warning
test_seccomp_bpf_all() {
	same_as_strace seccomp_bpf_all stderr --seccomp-bpf -f -qqq -o /dev/null -e trace=all -- /bin/true
}

# --- output errors ---
# A trace that cannot be written: one line, in strace's words, then ltr
# stops tracing as on SIGINT and exits 1 (141 for EPIPE, as when SIGPIPE
# ends tracing); strace 6.1 says the same (at every line) but traces on
# and exits 0. The command is never killed: it runs on to its end.

# More trace than the 64 KiB ltr gathers before writing, so that the
# output fails while the command runs; then a mark in the test's directory.
LONG_CMD='dd if=/dev/zero of=/dev/null bs=1 count=20000 status=none; echo done > "$0"'

# marked: the command finished (its mark, waited for: it may outlive ltr).
marked() {
	wait_for 20 eval '[ "$(cat "$TMP/mark" 2>/dev/null)" = done ]' ||
		{ fail "the command did not finish"; return 1; }
}

# out_error WANT_RC WANT_STDERR LTR-OPTIONS...: runs ltr with them on
# LONG_CMD; its status and its whole stderr must be those.
out_error() {
	local want=$1 msg=$2
	shift 2
	rm -f "$TMP/mark"
	{ timeout 30 "$LTR" "$@" -- sh -c "$LONG_CMD" "$TMP/mark" > /dev/null 2> "$TMP/err"; } 2>/dev/null
	RC=$?
	[ "$RC" = "$want" ] || { fail "ltr $*: status $RC, expected $want ($(head -c 200 "$TMP/err"))"; return 1; }
	# (messages start with ltr's argv[0], a path here)
	[ "$(sed 's,^/[^ ]*/ltr: ,ltr: ,' "$TMP/err")" = "$msg" ] ||
		{ fail "ltr $*: stderr '$(head -c 300 "$TMP/err")'"; return 1; }
	marked
}

test_out_full() {
	ltr_only || return $SKIPPED
	local full='ltr: write to /dev/full: No space left on device'
	out_error 1 "$full" -o /dev/full || return 1
	# scripts' output, -c's summary: the same checks
	out_error 1 "$full" -o /dev/full -L 'on_exit("read", function(c) print(c.ret) end)' || return 1
	out_error 1 "$full" -o /dev/full -c || return 1
	timeout 30 "$LTR" -o /dev/full -c -- /bin/true 2> "$TMP/err"
	RC=$?
	[ "$RC" = 1 ] && [ "$(sed 's,^/[^ ]*/ltr: ,ltr: ,' "$TMP/err")" = "$full" ] ||
		{ fail "-c of a short command: status $RC, stderr '$(cat "$TMP/err")'"; return 1; }
}

# Under the seccomp filter (-f with a selection) the command cannot be
# detached: it is served to its end, as on SIGINT, and ltr says so.
test_out_full_filter() {
	ltr_only || return $SKIPPED
	out_error 1 "ltr: write to /dev/full: No space left on device
ltr: the traced processes run under ltr's seccomp filter and cannot be detached; serving them silently until they exit (--no-seccomp avoids this)" \
		-f -e trace=read -o /dev/full
}

# The trace on stderr: nothing can be said, but the status says it.
test_stderr_full() {
	ltr_only || return $SKIPPED
	rm -f "$TMP/mark"
	timeout 30 "$LTR" -- sh -c "$LONG_CMD" "$TMP/mark" > /dev/null 2> /dev/full
	RC=$?
	[ "$RC" = 1 ] || { fail "status $RC, expected 1"; return 1; }
	marked || return 1
	timeout 30 "$LTR" -o /dev/null --stats -- /bin/true 2> /dev/full
	RC=$?
	[ "$RC" = 1 ] || { fail "--stats on /dev/full: status $RC, expected 1"; return 1; }
	timeout 30 "$LTR" -o /dev/null --stats -- /bin/true 2> /dev/null ||
		{ fail "--stats: status $?"; return 1; }
}

# `ltr CMD 2>&1 | head -1`: EPIPE (and SIGPIPE) end tracing; ltr exits
# 141 as strace, which dies of SIGPIPE, but the command is not killed.
test_stderr_epipe() {
	ltr_only || return $SKIPPED
	local rc
	rm -f "$TMP/mark"
	rc=$( { timeout 30 "$LTR" -- sh -c "$LONG_CMD" "$TMP/mark" 2>&1 > /dev/null
		echo $? > "$TMP/rc"; } | head -1 > /dev/null; cat "$TMP/rc")
	[ "$rc" = 141 ] || { fail "status $rc, expected 141"; return 1; }
	marked || return 1
	# an exit status, not death by SIGPIPE (which a shell shows as 141 too)
	rc=$(python3 -c '
import subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
p.stderr.readline()
p.stderr.close()
print(p.wait(timeout=30))' "$LTR" -- sh -c 'dd if=/dev/zero of=/dev/null bs=1 count=20000 status=none')
	[ "$rc" = 141 ] || { fail "python sees status $rc, expected 141 (not -13)"; return 1; }
}

# -ff's FILE.TID that cannot be opened: strace's message and status (1);
# ltr serves the command to its end.
test_ff_unopenable() {
	ltr_only || return $SKIPPED
	local err
	rm -f "$TMP/mark"
	in_dir "$TMP/run" "$LTR" -ff -o nodir/t -- sh -c 'echo done > "$0"' "$TMP/mark"
	[ "$RC" = 1 ] || { fail "status $RC, expected 1 as strace's"; return 1; }
	err=$(sed 's/\.[0-9]*'"'"'/.PID'"'"'/; s,^/[^ ]*/ltr: ,ltr: ,' "$TMP/run/stderr")
	[ "$err" = "ltr: Can't fopen 'nodir/t.PID': No such file or directory" ] ||
		{ fail "stderr '$(head -c 300 "$TMP/run/stderr")'"; return 1; }
	marked || return 1
	in_dir "$TMP/oracle" "$STRACE" -ff -o nodir/t -- /bin/true
	[ "$RC" = 1 ] && [ "$(sed 's/\.[0-9]*'"'"'/.PID'"'"'/; s,^/.*/strace: ,strace: ,' "$TMP/oracle/stderr")" = \
		"${err/ltr/strace}" ] ||
		{ fail "strace: status $RC, '$(cat "$TMP/oracle/stderr")'"; return 1; }
}

# --pidns-translation: a program in a new pid namespace (with its own
# /proc, in a new mount namespace) names processes, threads, its group
# and session by that namespace's ids; each is followed by ltr's id for
# it, " /* N in strace's PID NS */", as strace prints it (-ff: one file
# per process, no interleaving to race on).
test_pidns() {
	[ "$(id -u)" = 0 ] || { skip "unshare -p needs root"; return; }
	timeout 10 unshare -pf --mount-proc true 2>/dev/null ||
		{ skip "unshare cannot make a pid namespace here"; return; }
	same_as_strace pidns t -ff -o t -qq --pidns-translation -e signal=none \
		-e trace=setpgid,getpgid,getpgrp,getsid,getpid,gettid,getppid,kill,tkill,tgkill,sched_getscheduler,wait4,waitid \
		-- unshare -pf --mount-proc "$FIX/pidcalls" || return 1
	grep -q "^kill(-PP* /\* PP* in strace's PID NS \*/, 0) = 0$" "$TMP/pidns.ltr.n" ||
		{ fail "pidns: no translated process group in kill's line: $(grep "^kill(-" "$TMP/pidns.ltr.n")"; return 1; }
}

ALL_TESTS=(append pipe_bar pipe_bang pipe_wait pipe_closed ff_sh ff_long ff_vfork ff_signals
	ff_execthread execthread_pid_changed execthread_pid_changed_quiet ff_execthread_pid_changed
	ff_no_o ff_threads ff_attach attach_32 attach_and_command b_exec b_status b_follow b_waits daemonize
	daemonize_trace daemonize_notice env env_long env_own user user_suid user_unknown user_not_root
	intr_waiting intr_draining_quiet intr_never intr_never_tstp intr_anywhere inherited_signals killed_status release_stdio unknown_pids debug tips tips_bad tips_bad_id
	seccomp_bpf seccomp_bpf_f seccomp_bpf_b seccomp_bpf_all out_full out_full_filter stderr_full stderr_epipe
	ff_unopenable pidns)

[ $# -gt 0 ] && ALL_TESTS=("$@")
run_tests "${ALL_TESTS[@]}"
