#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of the default printer's options: -t, -tt, -ttt, -r,
# -T, -j/--json, the filters behind -Z/-z and " (INJECTED)". Where strace
# has the feature, strace 6.1 is the oracle: both trace the same program
# (ASLR off, fixed environment), times are normalised to placeholders of
# the same width (so the column alignment is still compared), and the
# traces must be identical.
#
#   bash tests/integration/printer.sh LTR FIXTURE_DIR [TEST...]
#
# LTR may be `strace` to check the tests against the oracle (ltr-only
# tests are skipped). Prints "PASS name", "SKIP name: why" or
# "FAIL name: reason" per test, then "N passed, M failed, K skipped"; exits 1 if any
# test failed. Tests of options implemented by stock scripts (-T, -Z, -z,
# -e inject=) are skipped while those scripts cannot run. Every run is
# bounded by timeout; the tests start no background process.
# KEEP_TMP=1 keeps the temporary directory.

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
for tool in strace setarch python3 timeout; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 2; }
done
STRACE=$(command -v strace)
# The stock scripts of this tree, for a tracer built elsewhere (make sanitize).
LUA_DIR=$(cd "$(dirname "$0")/../../lua" && pwd)
make_root printer

# run TRACER OUT OPTIONS... -- COMMAND...: one traced run in a fixed
# environment with ASLR off, stdin from /dev/null, stdout discarded.
run() {
	local tracer=$1 out=$2
	shift 2
	(cd "$TMP" && timeout 20 env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC HOME="$TMP" LTR_PATH="$LUA_DIR" \
		setarch "$(uname -m)" -R "$tracer" -o "$out" "$@" < /dev/null > /dev/null 2> "$out.err")
}

# normalise FILE: times become placeholders of the same width (the column
# alignment is still compared); process ids (as returned by
# set_tid_address, getpid, clone...) become P's of the same width; the
# tracer's own environment pointer and getrandom's bytes are masked.
normalise() {
	python3 - "$1" <<'EOF'
import re, sys
lines = open(sys.argv[1], encoding='latin-1').read().splitlines()
pids = set()
for l in lines:
    m = re.search(r'\b(set_tid_address|getpid|gettid|clone3?|v?fork)\(.*\) += (0x[0-9a-f]+|\d+)', l)
    if m:
        # -e raw= prints them in hex
        v = int(m.group(2), 0)
        pids.update((str(v), hex(v)))
subs = [
    (r'^([0-9]+ +)?[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} ', r'\1HH:MM:SS.UUUUUU '),
    (r'^([0-9]+ +)?[0-9]{2}:[0-9]{2}:[0-9]{2} ', r'\1HH:MM:SS '),
    (r'^([0-9]+ +)?[0-9]{10}\.[0-9]{6} ', r'\1SSSSSSSSSS.UUUUUU '),
    (r'^ {5}[0-9]\.[0-9]{6} ', '     R.RRRRRR '),
    (r' <[0-9]+\.[0-9]{6}>$', ' <T.TTTTTT>'),
    (r'0x[0-9a-f]+ /\* ([0-9]+) vars \*/', r'ENVP /* \1 vars */'),
    (r'getrandom\("[^"]*"', 'getrandom("RANDOM"'),
    (r'TIOCGPTN, \[[0-9]+\]', 'TIOCGPTN, [N]'),  # the pty's number (ttyio)
    (r'\bsi_pid=[0-9]+', 'si_pid=PID'),  # the sender, a pid of this run
    # what the clock and the machine say
    (r'(clock_gettime\([^,]*, )\{tv_sec=[0-9]+, tv_nsec=[0-9]+\}', r'\1{TIME}'),
    (r'sysinfo\(\{.*\}\)', 'sysinfo({...})'),
    (r'\.(strace|ltr)\.err>', '.TRACER.err>'),  # -y's path of stderr
    # ephemeral ports (bind to port 0, then getsockname)
    (r'htons\([0-9]{4,}\)', 'htons(PORT)'),
    (r'sin_port="(?!\\x00\\x00")[^"]*"', 'sin_port="PORT"'),
]
# inodes and ephemeral ports in -y's socket:[N] and -yy's details
details = re.compile(r'\b([A-Za-z]+(?:-[A-Z]+)?):\[([^\]]*)\]')
def mask(m):
    return m.group(1) + ':[' + re.sub(r'[0-9]{4,}', 'N', m.group(2)) + ']'
subs.append((details, mask))
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
             r'gettid|set_tid_address|migrate_pages|move_pages|fcntl|perf_event_open)$')
first_execve = True
for l in lines:
    # the pointers of the tracer's own execve (-e raw=, -e verbose=)
    if first_execve and re.match(r'^([0-9]+ +)?execve\(', l):
        first_execve = False
        l = re.sub(r'0x[0-9a-f]+', 'PTR', l)
    for a, b in subs:
        l = re.sub(a, b, l)
    # a result is a pid only for the calls that return one: another call
    # may return a number that is a pid of the other tracer's run
    head, sep, tail = l, '', ''
    if not re.search(r'\b(set_tid_address|getpid|getppid|gettid|clone3?|v?fork|wait4|waitpid)\(', l):
        i = l.rfind(') = ')
        if i >= 0:
            head, sep, tail = l[:i], l[i:i + 4], l[i + 4:]
    # in the arguments only of calls that take a pid (and in the -f
    # prefix): a pid of a run (784 once pids wrapped) may be pread64's
    # count in the other; there not after a '*' either (pid 1024 is not
    # prlimit64's 8192*1024)
    m = re.match(r'^(\[pid +\d+\] |\d+ +)?([a-z_0-9]+)\(', head)
    prefix = m.group(1) or '' if m else ''
    body = head[len(prefix):]
    takes_pid = not m or re.match(PID_CALLS, m.group(2))
    for p in pids:
        prefix = re.sub(r'\b%s\b' % p, 'P' * len(p), prefix)
        if takes_pid:
            # also right after a "\n" escape: a fixture's expected lines in
            # its own write(2, ...) start with its pid
            body = re.sub(r'(?:(?<=\\n)|(?<![\w*]))%s\b' % p, 'P' * len(p), body)
        else:
            # only inside a word: a path's "-PID" or "/PID", -y's
            # "<pid:PID>" (never a field's value: st_size=PID is a size)
            body = re.sub(r'(?<=[-:/.<])%s\b' % p, 'P' * len(p), body)
    print(same_width(prefix + body + sep + tail))
EOF
}

# same_as_strace NAME OPTIONS... -- COMMAND...: traces COMMAND with both
# tracers and compares the normalised traces.
same_as_strace() {
	local name=$1 d
	shift
	run "$STRACE" "$TMP/$name.strace" "$@" || true
	run "$LTR" "$TMP/$name.ltr" "$@" || true
	normalise "$TMP/$name.strace" > "$TMP/$name.strace.n"
	normalise "$TMP/$name.ltr" > "$TMP/$name.ltr.n"
	if [ -n "${PID_ORDER:-}" ]; then
		# -f lines' pids, by order of first appearance (P1, P2...): for
		# traces where no call returns them
		for d in strace ltr; do
			awk '{ if (match($0, /^[0-9]+ /)) { p = substr($0, 1, RLENGTH - 1)
				if (!(p in n)) n[p] = "P" (++k); $0 = n[p] substr($0, RLENGTH) } print }' \
				"$TMP/$name.$d.n" > "$TMP/$name.$d.n2" && mv "$TMP/$name.$d.n2" "$TMP/$name.$d.n"
		done
	fi
	[ -s "$TMP/$name.strace.n" ] || { fail "$name: strace printed nothing"; return 1; }
	if ! d=$(diff "$TMP/$name.strace.n" "$TMP/$name.ltr.n"); then
		fail "$name differs from strace: $(echo "$d" | head -4 | tr '\n' '|')"
		return 1
	fi
}

# every_line FILE ERE: each line of FILE matches ERE.
every_line() {
	local bad
	[ -s "$1" ] || { fail "$(basename "$1") is empty"; return 1; }
	bad=$(grep -vE -- "$2" "$1" | head -1)
	[ -z "$bad" ] || { fail "line not matching /$2/: $bad"; return 1; }
}

# supports ERE OPTIONS...: the tracer under test runs `ls /nonexistent...`
# with OPTIONS and its trace has a line matching ERE (scripts may still be
# missing while ltr is being built).
supports() {
	local re=$1
	shift
	run "$LTR" "$TMP/probe" "$@" -- ls /nonexistent-ltr-test
	grep -qE -- "$re" "$TMP/probe"
}

# A file whose bytes make nasty strings: quotes, commas, brackets,
# backslashes, control and non-ASCII bytes.
nasty_file() {
	printf 'a, "b" [c] {d} (e) \\ /* f */\n\001\033\377\300, ",)' > "$TMP/nasty"
}

# --- timestamps (strace is the oracle) ---

test_t() { same_as_strace t -t -- /bin/true; }
test_tt() { same_as_strace tt -tt -- /bin/true; }
test_ttt() { same_as_strace ttt -ttt -- /bin/true; }
test_r() { same_as_strace r -r -- /bin/true; }

test_tt_close_to_now() {
	local before after first
	before=$(date +%s)
	run "$LTR" "$TMP/out" -ttt -- /bin/true || { fail "exit status $?"; return 1; }
	after=$(date +%s)
	first=$(head -1 "$TMP/out" | cut -d. -f1)
	[ "$first" -ge "$before" ] && [ "$first" -le "$after" ] ||
		{ fail "-ttt stamp $first not within [$before, $after]"; return 1; }
	run "$LTR" "$TMP/out.r" -r -- /bin/true || { fail "exit status $?"; return 1; }
	[ "$(head -c 14 "$TMP/out.r")" = "     0.000000 " ] ||
		{ fail "-r does not start at 0: $(head -1 "$TMP/out.r")"; return 1; }
}

# With -f every line has pid and stamp, including resumed, signal and exit lines.
test_tt_follow() {
	{ run "$LTR" "$TMP/out" -f -tt -- sh -c '/bin/true & wait; kill -USR1 $$'; } 2>/dev/null
	every_line "$TMP/out" '^[0-9]+ +[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6} ' || return 1
	grep -q -- '--- SIGCHLD ' "$TMP/out" || { fail "no SIGCHLD line"; return 1; }
	grep -q '+++ killed by SIGUSR1 +++' "$TMP/out" || { fail "no killed line"; return 1; }
}

test_r_follow() {
	run "$LTR" "$TMP/out" -f -r -- sh -c '/bin/true & wait' || true
	every_line "$TMP/out" '^[0-9]+ +[ 0-9]{5}[0-9]\.[0-9]{6} ' || return 1
	grep -q '+++ exited with 0 +++' "$TMP/out" || { fail "no exit line"; return 1; }
}

# --- -T, -Z, -z, inject: stock scripts ---

test_T() {
	supports ' <[0-9]+\.[0-9]{6}>$' -T || { skip "-T does not work yet (lua/timing.lua)"; return; }
	same_as_strace T -T -- /bin/true || return 1
	same_as_strace tt_T -tt -T -- /bin/true
}

test_Z() {
	supports '^access\(' -Z && ! grep -q '^execve' "$TMP/probe" || { skip "-Z does not work yet (lua/failed.lua)"; return; }
	same_as_strace Z -Z -- ls /nonexistent-ltr-test || return 1
	same_as_strace Z_tt_T -Z -tt -T -- ls /nonexistent-ltr-test
}

test_z() {
	supports '^execve' -z && ! grep -q ' = -1 ' "$TMP/probe" || { skip "-z does not work yet (lua/succeeded.lua)"; return; }
	same_as_strace z -z -- ls /nonexistent-ltr-test
}

test_injected() {
	supports 'INJECTED' -e inject=openat:error=EACCES || { skip "-e inject= does not work yet (lua/inject.lua)"; return; }
	same_as_strace inject_err -e trace=openat -e inject=openat:error=EACCES -- cat /etc/hostname || return 1
	same_as_strace inject_ret -T -e trace=getpid,close -e inject=getpid:retval=42 \
		-e inject=close:error=EBADF:when=2 -- "$FIX/basic" || return 1
	# the launched command's own execve is the tracer's start-up: never
	# tampered with nor counted for when=, a child's is
	same_as_strace inject_first_exec -e trace=execve -e fault=execve -- /bin/true || return 1
	same_as_strace inject_first_exec_all -e trace=execve -e inject=all:error=EPERM:when=1 -- /bin/true || return 1
	PID_ORDER=1 same_as_strace inject_child_exec -f -e trace=execve -e inject=execve:error=ENOENT \
		-- sh -c '/bin/true; exit 0' || return 1
	PID_ORDER=1 same_as_strace inject_exec_when -f -e trace=execve -e inject=execve:error=ENOENT:when=2 \
		-- sh -c '/bin/true; exec /bin/true'
}

# --- -j ---

# Every line is a JSON object; calls have the documented keys and types,
# the syscalls strace shows, and args that, joined again, give the text
# line of the same call.
test_json() {
	ltr_only || return
	nasty_file
	run "$STRACE" "$TMP/s" -- cat "$TMP/nasty" || true
	run "$LTR" "$TMP/t" -- cat "$TMP/nasty" || { fail "exit status $?"; return 1; }
	run "$LTR" "$TMP/j" -j -- cat "$TMP/nasty" || { fail "-j: exit status $?"; return 1; }
	REASON=$(python3 - "$TMP/s" "$TMP/j" "$TMP/t" <<'EOF'
import json, re, sys
strace = [l.rstrip('\n') for l in open(sys.argv[1], encoding='ascii')]
text = [l.rstrip('\n') for l in open(sys.argv[3], encoding='ascii')]
objs = []
for n, line in enumerate(open(sys.argv[2], 'rb'), 1):
    try:
        objs.append(json.loads(line.decode('utf-8')))
    except Exception as e:
        print(f'line {n} is not JSON: {e}: {line[:80]!r}'); sys.exit()
calls = [o for o in objs if 'event' not in o]
for o in calls:
    for k, t in (('pid', int), ('tid', int), ('syscall', str), ('args', list), ('time', float)):
        if not isinstance(o.get(k), t):
            print(f'{k} missing or not {t.__name__}: {o}'); sys.exit()
    if o['ret'] is not None and not isinstance(o.get('duration'), float):
        print(f'no duration: {o}'); sys.exit()
    if (o['ret'] == -1) != ('errno' in o):
        print(f'errno inconsistent: {o}'); sys.exit()
if not any(o.get('event') == 'exit' and o.get('status') == 0 for o in objs):
    print('no exit event'); sys.exit()
env = re.compile(r'0x[0-9a-f]+ /\* \d+ vars \*/|getrandom\("[^"]*"')
def finished(trace):
    return [l for l in trace if not l.startswith('+++') and not l.endswith('= ?')]
mine = [o for o in calls if o['ret'] is not None]
names = [l.split('(')[0] for l in finished(strace)]
if names != [o['syscall'] for o in mine]:
    print(f'syscalls differ from strace: {names} {[o["syscall"] for o in mine]}'); sys.exit()
# the arguments, joined again, are ltr's own text (strace's where ltr decodes as strace)
for s, o in zip(finished(text), mine):
    text = o['syscall'] + '(' + ', '.join(o['args']) + ')'
    if not env.sub('ENV', s).startswith(env.sub('ENV', text)):
        print(f'args differ: strace {s!r} json {text!r}'); sys.exit()
if not any('nasty' in a for o in calls for a in o['args']):
    print('the nasty file was not opened'); sys.exit()
# the split itself: commas, quotes and brackets inside strings stay inside
for o in calls:
    if o['syscall'] in ('read', 'write') and len(o['args']) != 3:
        print(f'{o["syscall"]} with {len(o["args"])} args: {o["args"]}'); sys.exit()
if not any(o['syscall'] == 'read' and o['args'][1].startswith('"a, \\"b\\" [c] {d} (e)')
           for o in calls):
    print('the nasty read is not one argument'); sys.exit()
EOF
)
	[ -z "$REASON" ]
}

# Signals, kills and calls cut short by death, with -f.
test_json_events() {
	ltr_only || return
	{ run "$LTR" "$TMP/j" --json -f -- sh -c '/bin/true & wait; kill -USR1 $$'; } 2>/dev/null
	REASON=$(python3 - "$TMP/j" <<'EOF'
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
ev = [o.get('event') for o in objs]
sig = [o for o in objs if o.get('event') == 'signal']
if not any(o['signal'] == 'SIGCHLD' and o['info'].get('si_code') == 'CLD_EXITED'
           and isinstance(o['info'].get('si_pid'), int) for o in sig):
    print(f'no SIGCHLD event with info: {sig}')
elif not any(o.get('event') == 'killed' and o['signal'] == 'SIGUSR1'
             and o['core_dumped'] is False for o in objs):
    print('no killed event')
elif not any(o.get('syscall') == 'exit_group' and o['ret'] is None for o in objs):
    print('no exit_group with a null ret')
elif len({o['pid'] for o in objs}) < 2:
    print('only one process')
EOF
)
	[ -z "$REASON" ]
}

# Output to a pipe is buffered but flushed whenever the tracees go idle:
# `ltr ... 2>&1 | grep` shows a line while the command is still running,
# as strace does.
test_pipe_flush() {
	local start first line
	start=$(date +%s%N)
	{ "$LTR" -e trace=write -- sh -c 'echo a; sleep 2; echo b' 2>&1 > /dev/null; } |
		{ IFS= read -r line; echo "$(date +%s%N) $line"; cat > /dev/null; } > "$TMP/pf.out"
	read -r first line < "$TMP/pf.out"
	case $line in
	'write(1, "a\n", 2)'*) ;;
	*) fail "first line '$line'"; return 1 ;;
	esac
	[ $(((first - start) / 1000000)) -lt 1500 ] ||
		{ fail "first line after $(((first - start) / 1000000)) ms, with the command sleeping 2 s"; return 1; }
}

# ... and only whole lines are flushed then: what the program writes to
# the same pipe meanwhile never lands inside a line (a line begun at a
# call's entry waits for its end), with -o FILE and on stderr.
test_pipe_whole_lines() {
	local i how torn
	printf 'import os\nfor i in range(300):\n    os.getuid()\nos.getresuid(); os.getgroups()\nos.write(1, b"done\\n")\n' > "$TMP/ex.py"
	for i in 1 2 3; do
		for how in stderr stdout; do
			if [ $how = stderr ]; then
				timeout 20 "$LTR" -f -e trace=%creds -- /usr/bin/python3 "$TMP/ex.py" 2>&1 | cat > "$TMP/pw.$how.$i"
			else
				timeout 20 "$LTR" -f -o /dev/stdout -e trace=%creds -- /usr/bin/python3 "$TMP/ex.py" 2>/dev/null | cat > "$TMP/pw.$how.$i"
			fi
			grep -qx done "$TMP/pw.$how.$i" || { fail "$how: no line 'done' in $(tail -3 "$TMP/pw.$how.$i" | tr '\n' '|')"; return 1; }
			torn=$(grep -v -E '^([0-9]+ +)?(get[a-z]*|[a-z_0-9]+)\(.*\) += |^([0-9]+ +)?\+\+\+ |^done$' "$TMP/pw.$how.$i" | head -2)
			[ -z "$torn" ] || { fail "$how: torn lines: $(echo "$torn" | tr '\n' '|')"; return 1; }
		done
	done
}

# -e signal=SET: which signal lines print, as strace (none, a negated set,
# one name without SIG); the signals are still delivered.
test_signal_set() {
	same_as_strace signal_none -e trace=exit_group -e signal=none -- \
		sh -c 'trap : USR1; /bin/true; kill -USR1 $$; exit 3' || return 1
	same_as_strace signal_not_chld -e trace=exit_group -e 'signal=!SIGCHLD' -- \
		sh -c 'trap : USR1; /bin/true; kill -USR1 $$; exit 3' || return 1
	same_as_strace signal_chld -e trace=none -e signal=chld -- \
		sh -c 'trap : USR1; /bin/true; kill -USR1 $$; exit 3' || return 1
}

# --- decoding styles: -X, -e abbrev=/verbose=/raw=, --strings-in-hex,
# -e decode-fds= (strace is the oracle) ---

# A Python program making the calls these options change: signals and
# their sets, a sockaddr, socket and file descriptors, a pidfd, an
# environment, structures and arrays.
decode_prog() {
	# alone in its directory: Python lists the directory of its script
	mkdir -p "$TMP/prog"
	cat > "$TMP/prog/prog.py" <<'EOF2'
import os, signal, socket, select
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGTERM])
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGCONT)
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
a, b = socket.socketpair()
a.send(b'x')
select.select([b], [], [], 0)
n = os.open('/dev/null', os.O_WRONLY | os.O_APPEND)
os.fstat(n)
pid = os.fork()
if pid == 0:
    os._exit(3)
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
fd = os.pidfd_open(pid)
os.fstat(fd)
os.waitpid(pid, 0)
os.readv(b.fileno(), [bytearray(1)])
os.chdir(b'/nonexistent/\x01\xff\t\x7f\x80z')
EOF2
}

# $TMP/lsdir: a directory for ls -la whose listing cannot change between
# the two runs (that of / has /proc's link count, which follows the number
# of processes).
lsdir() {
	mkdir -p "$TMP/lsdir/sub"
	echo data > "$TMP/lsdir/file"
	ln -sf file "$TMP/lsdir/link"
	touch -h -d '2020-01-02 03:04:05' "$TMP/lsdir/sub" "$TMP/lsdir/file" "$TMP/lsdir/link" "$TMP/lsdir"
}

# -X raw, -X verbose (--const-print-style=): constants as numbers or both,
# on the C fixture, ls and Python.
test_xstyle() {
	decode_prog
	same_as_strace Xraw_fixture -X raw -- "$FIX/xstyle" raw || return 1
	same_as_strace Xverbose_fixture --const-print-style=verbose -- "$FIX/xstyle" verbose || return 1
	same_as_strace Xabbrev_fixture -X abbrev -- "$FIX/xstyle" || return 1
	lsdir
	same_as_strace Xraw_ls -Xraw -- ls -la /dev/null "$TMP/lsdir" || return 1
	same_as_strace Xverbose_ls -Xverbose -- ls -la /dev/null "$TMP/lsdir" || return 1
	same_as_strace Xraw_py -e signal=!SIGCHLD -Xraw -- python3 "$TMP/prog/prog.py" || return 1
	same_as_strace Xverbose_py -e signal=!SIGCHLD -Xverbose -e decode-fds=all -- python3 "$TMP/prog/prog.py"
}

# -e raw=SET: those calls' arguments in hex and results in hex.
test_raw_set() {
	decode_prog
	same_as_strace raw_all -e raw=all -- "$FIX/xstyle" rawcalls || return 1
	same_as_strace raw_file -e raw=%file,read -- ls -la /dev/null || return 1
	same_as_strace raw_regex -e signal=!SIGCHLD -e 'raw=/^(rt_sig|sock|bind|select|pidfd)' -- python3 "$TMP/prog/prog.py"
}

# -e verbose=SET: structures of the other calls print as addresses;
# -e abbrev=SET, -v: which calls' structures and arrays print in full.
test_verbose_abbrev_sets() {
	decode_prog
	lsdir
	same_as_strace verbose_none -e verbose=none -- ls -la /dev/null "$TMP/lsdir" || return 1
	same_as_strace verbose_not_stat -e signal=!SIGCHLD -e 'verbose=!%%stat,rt_sigprocmask' -- python3 "$TMP/prog/prog.py" || return 1
	same_as_strace abbrev_none -e abbrev=none -- ls -la /dev/null || return 1
	same_as_strace abbrev_execve -e abbrev=execve,readv -- ls -la /dev/null || return 1
	same_as_strace abbrev_s4 -e signal=!SIGCHLD -e 'trace=!%%stat' -v -s 4 -- python3 "$TMP/prog/prog.py"
}

# --strings-in-hex=non-ascii-chars: only the bytes -x would switch a
# string to hex for are in hex.
test_strings_in_hex_chars() {
	nasty_file
	decode_prog
	same_as_strace hex_chars --strings-in-hex=non-ascii-chars -- cat "$TMP/nasty" || return 1
	same_as_strace hex_chars_py -e signal=!SIGCHLD --strings-in-hex=non-ascii-chars -- python3 "$TMP/prog/prog.py" || return 1
	same_as_strace hex_chars_y -y --strings-in-hex=non-ascii-chars -- cat "$TMP/nasty"
}

# -e decode-fds=SET: paths, socket details, device numbers, pidfds, each
# alone and together.
test_decode_fds() {
	local set
	decode_prog
	for set in path socket dev pidfd socket,dev pidfd,path all none; do
		same_as_strace "fds_$set" -e signal=!SIGCHLD -e decode-fds="$set" -- python3 "$TMP/prog/prog.py" || return 1
	done
}

# A bad set gets strace's message and exit status (the tracer's name aside).
test_bad_sets() {
	local set rs rl
	for set in 'abbrev=nosuch' 'verbose=%nope' 'raw=read@99' 'raw=/(' 'abbrev=' 'trace=!,' \
		'verbose=?nosuch,read@64,%%stat'; do
		run "$STRACE" "$TMP/bs.strace" -e "$set" -- /bin/true
		rs=$?
		run "$LTR" "$TMP/bs.ltr" -e "$set" -- /bin/true
		rl=$?
		[ "$rs" = "$rl" ] || { fail "-e $set: exit status $rl, strace's $rs"; return 1; }
		sed -i "s|^[^ :]*strace:|TRACER:|; s|^[^ :]*ltr:|TRACER:|; s|'[^ ']*strace -h'|'TRACER -h'|; s|'[^ ']*ltr -h'|'TRACER -h'|" \
			"$TMP/bs.strace.err" "$TMP/bs.ltr.err"
		cmp -s "$TMP/bs.strace.err" "$TMP/bs.ltr.err" ||
			{ fail "-e $set: '$(head -2 "$TMP/bs.ltr.err")', strace: '$(head -2 "$TMP/bs.strace.err")'"; return 1; }
	done
}

# --- -e read= / -e write= (strace is the oracle) ---

# cat reads files on descriptor 3 and writes them to 1: odd sizes, more
# than a line, every byte value; then sets with '!', all and none.
test_dump_cat() {
	nasty_file
	python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 3 + b"tail")' > "$TMP/bytes"
	printf '0123456789abcdefX' > "$TMP/seventeen"
	same_as_strace dump_cat -e read=3 -e write=1 -- \
		cat "$TMP/nasty" "$TMP/bytes" "$TMP/seventeen" || return 1
	same_as_strace dump_cat_sets -e trace=read,write -e 'read=!0,1' -e write=none -- \
		cat "$TMP/seventeen" || return 1
	same_as_strace dump_cat_all -e trace=read,write,openat -e read=all -e 'write=!!1' -- \
		cat "$TMP/nasty"
}

# Sockets from python3: send/recv (sendto/recvfrom), sendmsg/recvmsg with
# several buffers and a short one, writev with an empty buffer, readv.
test_dump_python_socket() {
	cat > "$TMP/sock.py" <<'EOF2'
import os, socket
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
os.dup2(a.fileno(), 10)
os.dup2(b.fileno(), 11)
a.close()
b.close()
w = socket.socket(fileno=10)
r = socket.socket(fileno=11)
w.send(b"hello over a socket\n")
r.recv(4096)
w.sendmsg([b"part one, ", b"part two\x00\xff\x7f", b""])
r.recvmsg(4096)
w.send(b"scatter these bytes, all 33 of them")
r.recvmsg_into([bytearray(5), bytearray(64)])
os.writev(10, [b"ab", b"", b"cd"])
os.readv(11, [bytearray(1), bytearray(9)])
w.send(b"z" * 100)
r.recv(10)
EOF2
	same_as_strace dump_python -e trace=sendto,recvfrom,sendmsg,recvmsg,writev,readv \
		-e write=10 -e read=11 -- python3 "$TMP/sock.py"
}

# The dumpio fixture (every shape, failures, a fetch that fails after
# 64 KiB, 1 MiB + 1 bytes with 6-digit offsets) on 64-bit and i386.
DUMP_SETS=(-e write=5,7,10,11,12 -e read=6,7,10,13)
test_dump_fixture() { same_as_strace dump_fixture "${DUMP_SETS[@]}" -- "$FIX/dumpio" big; }
test_dump_fixture_32() {
	needs_i386 || return
	same_as_strace dump_fixture_32 "${DUMP_SETS[@]}" -- "$FIX/dumpio-32" big
}

test_dump_mq() {
	"$FIX/dumpio" mq 2>/dev/null
	[ $? = 77 ] && { skip "no POSIX message queues here"; return; }
	same_as_strace dump_mq -e trace=mq_timedsend,mq_timedreceive -e write=14 -e read=14 -- \
		"$FIX/dumpio" mq
}

# With -o FILE -f, calls carry the "PID  " column and their dump lines do
# not, as strace prints them.
test_dump_follow() {
	local t
	for t in strace ltr; do
		run "$([ $t = strace ] && echo "$STRACE" || echo "$LTR")" "$TMP/follow.$t" -f -qq -e signal=none \
			-e trace=write -e write=1 -- sh -c 'echo a; (echo bb); echo ccc' || true
		sed -E 's/^[0-9]+ +/PID  /' "$TMP/follow.$t" > "$TMP/follow.$t.n"
	done
	grep -q '^PID  write(1, "bb\\n", 3)' "$TMP/follow.ltr.n" || { fail "no prefixed write line"; return 1; }
	d=$(diff "$TMP/follow.strace.n" "$TMP/follow.ltr.n") ||
		{ fail "differs from strace: $(echo "$d" | head -4 | tr '\n' '|')"; return 1; }
}

# A read that blocks while another process writes: the dump comes under
# the "<... read resumed>" line, where strace puts it.
test_dump_resumed() {
	run "$LTR" "$TMP/res" -f -e trace=read -e read=0 -- sh -c '(sleep 0.3; echo x) | cat' || true
	grep -q 'read(0,  <unfinished ...>$' "$TMP/res" || { fail "no unfinished read(0"; return 1; }
	grep -A1 '<\.\.\. read resumed>"x\\n", [0-9]*) *= 2$' "$TMP/res" | tail -1 |
		grep -qxF ' | 00000  78 0a                                             x.               |' ||
		{ fail "no dump under the resumed read: $(grep -A1 'read resumed>"x' "$TMP/res" | tr '\n' '|')"; return 1; }
}

# --- -e kvm=vcpu (strace is the oracle; skipped where KVM cannot run) ---

test_kvm() {
	"$FIX/kvmrun" 2>/dev/null
	[ $? = 77 ] && { skip "KVM is not usable here (/dev/kvm)"; return; }
	same_as_strace kvm -y -e kvm=vcpu -e trace=ioctl,mmap,munmap -- "$FIX/kvmrun" || return 1
	same_as_strace kvm_v -v -e kvm=vcpu -e trace=ioctl -- "$FIX/kvmrun" || return 1
	same_as_strace kvm_plain -e trace=ioctl -- "$FIX/kvmrun"
}
# --- ioctl on a pseudo-terminal and a file (strace is the oracle) ---

test_ttyio() {
	same_as_strace ttyio -e trace=ioctl -- "$FIX/ttyio" || return 1
	same_as_strace ttyio_v -v -e trace=ioctl -- "$FIX/ttyio" || return 1
	same_as_strace ttyio_raw -Xraw -e trace=ioctl -- "$FIX/ttyio" || return 1
	same_as_strace ttyio_verbose -Xverbose -e trace=ioctl -- "$FIX/ttyio"
}
test_ttyio_32() {
	needs_i386 || return
	same_as_strace ttyio_32 -v -e trace=ioctl -- "$FIX/ttyio-32"
}
test_kvm_32() {
	needs_i386 || return
	"$FIX/kvmrun-32" 2>/dev/null
	[ $? = 77 ] && { skip "KVM is not usable here (/dev/kvm)"; return; }
	same_as_strace kvm_32 -y -e kvm=vcpu -e trace=ioctl,mmap2,munmap -- "$FIX/kvmrun-32"
}

# --- socket addresses of the rarer families (strace is the oracle) ---

# Each address at its size, one byte short and at the lengths where its
# form changes, in the three -X styles and with -y (an AF_XDP address
# names descriptor 0, /dev/null here).
test_sockfams() {
	same_as_strace sockfams -e trace=connect,bind -- "$FIX/sockfams" || return 1
	same_as_strace sockfams_raw -X raw -e trace=connect,bind -- "$FIX/sockfams" || return 1
	same_as_strace sockfams_verbose -X verbose -y -e trace=connect,bind -- "$FIX/sockfams" || return 1
	# -xx: the quoted text of inet_addr("..."), inet_pton(), if_nametoindex()
	# is a string like any other, all in \xNN
	same_as_strace sockfams_xx -xx -e trace=connect,bind -- "$FIX/sockfams" || return 1
	same_as_strace sockfams_xx_verbose -xx -X verbose -e trace=connect,bind -- "$FIX/sockfams"
}
test_sockfams_32() {
	needs_i386 || return
	same_as_strace sockfams_32 -y -e trace=connect,bind -- "$FIX/sockfams-32" || return 1
	same_as_strace sockfams_32_verbose -X verbose -e trace=connect,bind -- "$FIX/sockfams-32"
}

# --- 64-bit offsets and lengths: i386 passes them in two slots, printed whole ---
SEL_OFFSETS=trace=pwrite64,pread64,ftruncate,ftruncate64,truncate,truncate64,readahead,sync_file_range
test_offsets() {
	same_as_strace offsets -e "$SEL_OFFSETS" -- "$FIX/offsets"
}
test_offsets_32() {
	needs_i386 || return
	same_as_strace offsets_32 -e "$SEL_OFFSETS" -- "$FIX/offsets-32"
}

# --- -e signal= leaves out "+++ killed by SIGX +++" of other signals, as strace ---
test_signal_killed() {
	local s
	for s in none SIGTERM '!SIGTERM' SIGUSR1; do
		same_as_strace "signal_killed_${s//[^A-Za-z]/_}" -e signal="$s" -e trace=execve -- \
			/bin/sh -c 'kill -TERM $$' || return 1
	done
}

# --- -s 0 and -s 1 cut arrays as strace: execve's argv "[...]", pipe2's
# descriptors "[3, ...]" (argv printed "[, ...]" and pipes were never cut) ---
test_strsize_arrays() {
	local s
	for s in 0 1; do
		same_as_strace "strsize_arrays_$s" -s "$s" -e trace=execve,pipe2 -e signal=none -- \
			/bin/sh -c 'ls / | cat > /dev/null' || return 1
	done
}

# --- socketcall and ipc selected as the calls they stand for ---

# An i386 program's socket and IPC calls go through socketcall(2) and
# ipc(2); -e trace= names the calls they stand for, as with strace, also
# those i386 has no syscall of its own for (accept, send, recv, semtimedop).
test_multiplex_32() {
	needs_i386 || return
	local sel
	for sel in sendto semget socket,getpid socketcall ipc %net %ipc '!sendto' accept,send,recv \
		semop,semtimedop '/^(send|recv)'; do
		same_as_strace "multiplex_32_${sel//[^a-z0-9%,!]/_}" -e trace="$sel" -- "$FIX/multiplex-32" || return 1
	done
	# under a seccomp filter socketcall and ipc stop when a call they may stand
	# for is wanted (getpid: the pid prefix of -f is masked once a call returns it)
	same_as_strace multiplex_32_seccomp -f --seccomp-bpf -e trace=accept,sendto,semtimedop,getpid -- "$FIX/multiplex-32" || return 1
	# -e raw= and -n hold the call it stands for, and -n its own number
	same_as_strace multiplex_32_raw -e raw=all -e trace=socket,semget,sendto -- "$FIX/multiplex-32" || return 1
	same_as_strace multiplex_32_raw_semget -e raw=semget -e trace=%ipc,%net -- "$FIX/multiplex-32" || return 1
	same_as_strace multiplex_32_n -n -e trace=%ipc,%net -- "$FIX/multiplex-32"
}

# i386's oldest calls (waitpid, sigaction, signal, sgetmask, ssetmask,
# sigprocmask, sigpending, sigsuspend, oldstat, oldlstat, oldfstat,
# readdir) decoded as strace decodes them, in every -X style.
test_oldcalls_32() {
	needs_i386 || return
	local sel=waitpid,sigaction,signal,sgetmask,ssetmask,sigprocmask,sigpending,sigsuspend,oldstat,oldlstat,oldfstat,readdir,kill,getpid
	same_as_strace oldcalls_32 -e trace=$sel -- "$FIX/oldcalls-32" || return 1
	same_as_strace oldcalls_32_raw -X raw -e trace=$sel -- "$FIX/oldcalls-32" || return 1
	same_as_strace oldcalls_32_verbose -X verbose -e trace=$sel -- "$FIX/oldcalls-32"
}

# The "runs in N bit mode" notices where strace prints them, also when a
# seccomp filter (ltr's default with -f) spares the execve's stops: the
# 32-bit parent's at its execve, not at its child's first stop; the child's
# "64 bit" once it execs /bin/true. The notices are compared, by whom and
# in which order: the other lines of parent and child interleave as the
# kernel reports them. (On stderr: with -o and -f strace writes none.)
test_personality_32() {
	needs_i386 || return
	local sel t n d
	for sel in wait4,getpid exit_group execve; do
		for t in "$STRACE" "$LTR"; do
			n=$TMP/p.$(basename "$t")
			(cd "$TMP" && timeout 20 env -i PATH=/usr/bin:/bin LC_ALL=C FIXTURE_EXPECT=/dev/null \
				"$t" -f -e trace="$sel" -- "$FIX/vfork-32" < /dev/null > /dev/null 2> "$n")
			# the parent is the 32-bit one, the child the attached one
			sed -nE 's/^\[ Process PID=([0-9]+) runs in 32 .*/s\/\\b\1\\b\/PARENT\/g/p
				s/.*Process ([0-9]+) attached$/s\/\\b\1\\b\/CHILD\/g/p' "$n" > "$n.sed"
			grep "runs in" "$n" | sed -f "$n.sed" | sed -E "s/^\[pid +/[pid /" > "$n.notices"
		done
		n=$TMP/p.$(basename "$STRACE").notices
		printf '[ Process PID=PARENT runs in 32 bit mode. ]\n[pid CHILD] [ Process PID=CHILD runs in 64 bit mode. ]\n' |
			diff - "$n" > /dev/null || { fail "$sel: strace printed $(tr '\n' '|' < "$n")"; return 1; }
		d=$(diff "$n" "$TMP/p.$(basename "$LTR").notices") ||
			{ fail "$sel: notices differ from strace's: $(echo "$d" | head -4 | tr '\n' '|')"; return 1; }
	done
}

# -c counts the calls they stand for (socket, sendto, semget), as strace:
# the names with their calls and errors (the times differ run to run),
# after the "runs in 32 bit mode" notice.
test_multiplex_32_count() {
	needs_i386 || return
	local t
	for t in "$STRACE" "$LTR"; do
		run "$t" "$TMP/mc.$(basename "$t")" -c -- "$FIX/multiplex-32" || true
		awk '$NF ~ /^[a-z_0-9]+$/ && $(NF-1) ~ /^[0-9]+$/ {
			print $NF, (NF == 6 ? $(NF-2) " " $(NF-1) : $(NF-1) " 0") }' \
			"$TMP/mc.$(basename "$t")" | sort > "$TMP/mc.$(basename "$t").rows"
	done
	grep -q "^sendto 1 1$" "$TMP/mc.$(basename "$STRACE").rows" ||
		{ fail "strace -c counted no sendto: $(tr '\n' '|' < "$TMP/mc.$(basename "$STRACE").rows")"; return 1; }
	diff "$TMP/mc.$(basename "$STRACE").rows" "$TMP/mc.$(basename "$LTR").rows" > "$TMP/mc.diff" ||
		{ fail "-c rows differ from strace's: $(head -6 "$TMP/mc.diff" | tr '\n' '|')"; return 1; }
	# with -c on stderr too, as strace: the notice of the change of
	# personality (with -o neither prints it)
	for t in "$STRACE" "$LTR"; do
		(cd "$TMP" && timeout 20 "$t" -c -- "$FIX/multiplex-32" > /dev/null 2> "$TMP/mc.err" < /dev/null)
		grep -qE '^\[ Process PID=[0-9]+ runs in 32 bit mode\. \]$' "$TMP/mc.err" ||
			{ fail "$(basename "$t") -c: no 32 bit mode notice: $(head -2 "$TMP/mc.err" | tr '\n' '|')"; return 1; }
	done
}

# Hooks select them by the name of the call they stand for, see its
# arguments (call.nr is that call's i386 number), and change them where
# the kernel reads them: socketcall's array in memory, ipc's registers.
test_multiplex_32_hooks() {
	needs_i386 || return
	cat > "$TMP/mux.lua" <<'LUA'
-- (socket failed: sendto gets fd -1, a raw 32-bit word)
ltr.on_enter("sendto", function(c)
	print(string.format("enter %s nr=%d fd=%d len=%d", c.name, c.nr, c.args[1], c.args[3]))
end)
ltr.on_enter("socket", function(c) c.args[1] = 999 end)
ltr.on_exit("socket", function(c) print("socket " .. tostring(c.errno)) end)
ltr.on_exit("accept", function(c) print(string.format("accept nr=%d %s", c.nr, tostring(c.errno))) end)
ltr.on_enter("semget", function(c) c.args[1] = 0x4c545299 end)
ltr.on_exit("semget", function(c) print(string.format("semget nr=%d key=%#x %s", c.nr, c.args[1], tostring(c.errno))) end)
LUA
	run "$LTR" "$TMP/mux.trace" -s "$TMP/mux.lua" -e trace=socket,semget,sendto -- "$FIX/multiplex-32" || true
	local out
	out=$(cd "$TMP" && timeout 20 env LTR_PATH="$LUA_DIR" "$LTR" -o /dev/null -s "$TMP/mux.lua" \
		-- "$FIX/multiplex-32" 2>&1 < /dev/null)
	echo "$out" | grep -qx "socket EAFNOSUPPORT" ||
		{ fail "socket's family not changed through socketcall: $(echo "$out" | tr '\n' '|')"; return 1; }
	echo "$out" | grep -qx "semget nr=393 key=0x4c545299 ENOENT" ||
		{ fail "semget not hooked or changed through ipc: $(echo "$out" | tr '\n' '|')"; return 1; }
	echo "$out" | grep -qx "accept nr=1000 EBADF" ||
		{ fail "accept (ltr's number 1000) not hooked through socketcall: $(echo "$out" | tr '\n' '|')"; return 1; }
	echo "$out" | grep -qx "enter sendto nr=369 fd=4294967295 len=1" ||
		{ fail "sendto not hooked through socketcall: $(echo "$out" | tr '\n' '|')"; return 1; }
	grep -q '^semget(0x4c545299, 1, 000) ' "$TMP/mux.trace" ||
		{ fail "the printer does not show ipc's changed key: $(tr '\n' '|' < "$TMP/mux.trace")"; return 1; }
	grep -q '^socket(0x3e7 /\* AF_??? \*/, SOCK_DGRAM, 0) = -1 EAFNOSUPPORT' "$TMP/mux.trace" ||
		{ fail "the printer does not show socketcall's changed family: $(tr '\n' '|' < "$TMP/mux.trace")"; return 1; }
}

# --- console/keyboard and HDIO ioctls on /dev/null (strace is the oracle) ---

# tests/fixtures/consoleio.c: every request is refused (ENOTTY); with
# inject=retval=0 the structures the kernel would fill are decoded too.
test_consoleio() {
	same_as_strace consoleio -e trace=ioctl -- "$FIX/consoleio" || return 1
	same_as_strace consoleio_ok -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/consoleio" || return 1
	same_as_strace consoleio_ok_v -v -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/consoleio" || return 1
	same_as_strace consoleio_ok_x -x -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/consoleio" || return 1
	same_as_strace consoleio_ok_raw -Xraw -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/consoleio" || return 1
	same_as_strace consoleio_ok_verbose -Xverbose -s 8 -e trace=ioctl -e inject=ioctl:retval=0 \
		-- "$FIX/consoleio"
}
test_consoleio_32() {
	needs_i386 || return
	same_as_strace consoleio_32_ok -v -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/consoleio-32"
}

# --- Video4Linux2 ioctls on /dev/null (strace is the oracle) ---

# tests/fixtures/v4l2calls.c: every request strace decodes, with patterned
# structures; injected success shows what each prints at exit.
test_v4l2() {
	same_as_strace v4l2 -e trace=ioctl -- "$FIX/v4l2calls" || return 1
	same_as_strace v4l2_v -v -e trace=ioctl -- "$FIX/v4l2calls" || return 1
	same_as_strace v4l2_raw -Xraw -e trace=ioctl -- "$FIX/v4l2calls" || return 1
	same_as_strace v4l2_verbose -Xverbose -e trace=ioctl -- "$FIX/v4l2calls" || return 1
	same_as_strace v4l2_ok -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/v4l2calls" || return 1
	same_as_strace v4l2_ok_v -v -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/v4l2calls"
}
test_v4l2_32() {
	needs_i386 || return
	same_as_strace v4l2_32 -e trace=ioctl -- "$FIX/v4l2calls-32" || return 1
	same_as_strace v4l2_32_ok_v -v -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/v4l2calls-32"
}

# --- MTD, UBI, LIRC, NBD, TEE and SCSI generic ioctls (strace is the oracle) ---

# tests/fixtures/blkioctl.c: every call fails on descriptor -1; with
# retval=0 injected they succeed, and what the kernel "wrote back" prints.
test_blkioctl() {
	same_as_strace blkioctl -e trace=ioctl -- "$FIX/blkioctl" || return 1
	same_as_strace blkioctl_ok -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/blkioctl" || return 1
	same_as_strace blkioctl_v -v -Xverbose -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/blkioctl" || return 1
	same_as_strace blkioctl_s4 -s4 -Xraw -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/blkioctl"
}
test_blkioctl_32() {
	needs_i386 || return
	same_as_strace blkioctl_32 -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/blkioctl-32" || return 1
	same_as_strace blkioctl_32_v -v -e trace=ioctl -- "$FIX/blkioctl-32"
}

# --- hostile arguments (strace is the oracle) ---

# tests/fixtures/hostile.c: counts and sizes beyond any memory, garbage in
# the upper half of int arguments, arrays running into an unmapped page,
# unsigned ids; every call fails or returns harmlessly. Both tracers must
# print the same lines (-s 4 keeps the strings short; -v shows whole
# arrays too).
test_hostile() {
	same_as_strace hostile -- "$FIX/hostile" || return 1
	same_as_strace hostile_s4 -s 4 -- "$FIX/hostile" || return 1
	same_as_strace hostile_v -v -- "$FIX/hostile"
}
test_hostile_32() {
	needs_i386 || return
	same_as_strace hostile_32 -- "$FIX/hostile-32" || return 1
	same_as_strace hostile_32_v -v -- "$FIX/hostile-32"
}

# --- GPIO and PTP clock ioctls (strace is the oracle) ---

# tests/fixtures/gpioptp.c on descriptor -1: the entry lines of failed
# calls, and under -e inject=ioctl:retval=0 what each request prints at
# exit; -s 4 and -v for the arrays, -X raw and verbose for the flags and
# the dates of clock times.
test_gpioptp() {
	local inj=(-e trace=ioctl -e inject=ioctl:retval=0)
	same_as_strace gpioptp -e trace=ioctl -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_inj "${inj[@]}" -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_inj_s4 -s 4 "${inj[@]}" -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_inj_v -v "${inj[@]}" -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_inj_raw -Xraw "${inj[@]}" -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_inj_verbose -Xverbose "${inj[@]}" -- "$FIX/gpioptp" || return 1
	same_as_strace gpioptp_noderef -e verbose=none "${inj[@]}" -- "$FIX/gpioptp"
}
test_gpioptp_32() {
	needs_i386 || return
	same_as_strace gpioptp_32 -v -e trace=ioctl -e inject=ioctl:retval=0 -- "$FIX/gpioptp-32"
}

ALL_TESTS=(t tt ttt r tt_close_to_now tt_follow r_follow T Z z injected json json_events pipe_flush pipe_whole_lines
	signal_set dump_cat dump_python_socket dump_fixture dump_fixture_32 dump_mq dump_follow dump_resumed sockfams sockfams_32
	kvm kvm_32 ttyio ttyio_32 xstyle raw_set verbose_abbrev_sets strings_in_hex_chars decode_fds bad_sets
	hostile hostile_32 gpioptp gpioptp_32 consoleio consoleio_32 v4l2 v4l2_32 offsets offsets_32 signal_killed strsize_arrays multiplex_32 multiplex_32_count multiplex_32_hooks personality_32 oldcalls_32 blkioctl
	blkioctl_32)
[ $# -gt 0 ] && ALL_TESTS=("$@")
run_tests "${ALL_TESTS[@]}"
