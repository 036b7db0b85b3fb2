#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of -j (--json): every line ltr writes, with or without
# -f, -ff, -c, -C, -p, scripts and the options that add text under a
# call's line in strace's format (-k, -e read=/write=, -Z, -e inject=, -T,
# -y), is one JSON value; what a hook writes at a call's entry or exit
# comes after that call's object; -c's summary is one object per row;
# strace's comments inside siginfo values leave the number alone. ltr
# only: strace has no -j.
#
#   bash tests/integration/json.sh LTR FIXTURE_DIR [TEST...]
#
# Prints "PASS name", "SKIP name: why" or "FAIL name: reason" per test,
# then "N passed, M failed, K skipped"; exits 1 if any test failed. Every
# run is bounded by timeout; the tests attach only to the processes they
# start, and kill those at exit. KEEP_TMP=1 keeps the temporary directory.

# Strings given to wait_for eval are expanded when evaluated, on purpose.
# shellcheck disable=SC2016

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
command -v python3 >/dev/null || { echo "$0: python3 not found" >&2; exit 2; }
make_root json
CHECK=$ROOT/check.py

# check.py FILE... [--calls] [--summary] [--no-calls] [--events=a,b]
#   [--output=TEXT] [--order] [--pids=N] [--injected] [--arg=TEXT]:
# every line of every FILE is JSON (else the first bad line is named),
# and what the options ask holds. --order: every output event "E TID
# PATH" (an openat's entry hook) and "X TID RET" (its exit hook) comes
# after the object of that very call, the last object of thread TID
# before it. Prints nothing when all is well, else one line: why.
cat > "$CHECK" <<'EOF'
import json, sys
files = [a for a in sys.argv[1:] if not a.startswith('--')]
opts, outputs = {}, []
for a in sys.argv[1:]:
    if a.startswith('--'):
        k, _, v = a[2:].partition('=')
        opts[k] = v
        if k == 'output':
            outputs.append(v)
objs = []
for name in files:
    for n, line in enumerate(open(name, 'rb'), 1):
        try:
            objs.append(json.loads(line.decode('utf-8')))
        except Exception as e:
            print(f'{name.split("/")[-1]} line {n} is not JSON ({e}): {line[:100]!r}')
            sys.exit()
if not objs:
    print('no output at all'); sys.exit()
calls = [o for o in objs if isinstance(o, dict) and 'syscall' in o and 'args' in o]
events = [o.get('event') for o in objs if isinstance(o, dict)]
def why(msg):
    print(msg); sys.exit()
if 'calls' in opts and not calls:
    why('no call object')
if 'no-calls' in opts and calls:
    why(f'call objects: {calls[0]}')
for e in filter(None, opts.get('events', '').split(',')):
    if e not in events:
        why(f'no "{e}" event (events: {sorted(set(filter(None, events)))})')
texts = [o.get('text') for o in objs if isinstance(o, dict) and o.get('event') == 'output']
for text in outputs:
    if text not in texts:
        why(f'no output event with text {text!r} ({texts[:3]})')
if 'pids' in opts and len({o['pid'] for o in calls}) < int(opts['pids']):
    why(f'fewer than {opts["pids"]} processes')
if 'injected' in opts and not any(o.get('injected') is True for o in calls):
    why('no injected call')
if 'arg' in opts and not any(opts['arg'] in a for o in calls for a in o['args']):
    why(f'no argument with {opts["arg"]!r}')
if 'summary' in opts:
    rows = [o for o in objs if o.get('event') == 'summary']
    totals = [o for o in objs if o.get('event') == 'summary_total']
    if not rows or len(totals) != 1:
        why(f'{len(rows)} summary rows, {len(totals)} totals')
    for o in rows + totals:
        for k, t in (('calls', int), ('errors', int), ('seconds', (int, float)),
                     ('usecs_per_call', int), ('percent', (int, float)), ('arch', str)):
            if not isinstance(o.get(k), t) or isinstance(o.get(k), bool):
                why(f'{k} missing or not a number: {o}')
    if not all(isinstance(o.get('syscall'), str) for o in rows):
        why('a row without its syscall')
    if totals[0]['calls'] != sum(o['calls'] for o in rows):
        why('the total is not the sum of the rows')
    if objs.index(totals[0]) < max(objs.index(o) for o in rows):
        why('the total is not last')
if 'order' in opts:
    hooks = 0
    for i, o in enumerate(objs):
        if o.get('event') != 'output' or o['text'][:2] not in ('E ', 'X '):
            continue
        hooks += 1
        kind, tid, value = o['text'].split(' ', 2)
        if o['tid'] != int(tid):
            why(f'output event of tid {o["tid"]} for {o["text"]!r}')
        mine = [p for p in objs[:i] if p in calls and p['tid'] == int(tid)]
        last = mine[-1] if mine else None
        if not last or last['syscall'] != 'openat':
            why(f'{o["text"]!r} does not follow its openat: the last call of {tid} before it is {last}')
        if kind == 'E' and last['args'][1] != value:
            why(f'{o["text"]!r} follows another openat: {last}')
        if kind == 'X' and (str(last['ret']) != value if last['ret'] != -1
                            else not value.startswith('-')):
            why(f'{o["text"]!r} follows another openat: {last}')
    if hooks < 6:
        why(f'{hooks} hook lines, expected at least 6')
EOF

# jcheck FILE... [OPTIONS]: check.py's verdict; fails the test with it.
jcheck() {
	local verdict
	verdict=$(python3 "$CHECK" "$@" 2>&1)
	[ -z "$verdict" ] && return 0
	fail "$verdict"
	return 1
}

# jrun OUT [LTR-OPTIONS...] -- COMMAND...: ltr with the trace on stderr
# (no -o: notices go there too) into OUT, the command's stdout to
# OUT.stdout; sets RC.
jrun() {
	local out=$1
	shift
	{ timeout 20 "$LTR" "$@" > "$out.stdout" 2> "$out"; } 2>/dev/null
	RC=$?
}

# json_case [CHECK-OPTIONS...] -- LTR-OPTIONS... -- COMMAND...: runs
# ltr -j with them and checks every line; exit status 0 wanted.
json_case() {
	local out=$TMP/j.out checks=()
	while [ "$1" != -- ]; do
		checks+=("$1")
		shift
	done
	shift
	jrun "$out" -j "$@"
	[ "$RC" = 0 ] || { fail "exit status $RC: $(grep -v '^{' "$out" | head -c 300)"; return 1; }
	jcheck "$out" "${checks[@]}"
}

test_plain() { json_case --calls --events=exit -- -- ls /; }
test_follow() { json_case --calls --events=attached,exit --pids=3 -- -f -- sh -c 'ls / | wc -l'; }
test_count() { json_case --summary --no-calls -- -c -- ls /; }
test_count_calls() { json_case --summary --calls -- -C -- ls /; }
test_count_script() { json_case --summary --no-calls -- -s count -- ls /; }
test_count_columns() {
	json_case --summary -- -c -U name,calls,min-time,max-time -S calls -- ls / || return 1
	grep -q '"min_seconds":' "$TMP/j.out" && grep -q '"max_seconds":' "$TMP/j.out" ||
		{ fail "-U min-time,max-time: no min_seconds or max_seconds"; return 1; }
}
test_count_follow() { json_case --summary --calls -- -f -C -- sh -c 'ls / | wc -l'; }
test_hook_print() {
	json_case --output=/etc/hosts -- \
		-L 'ltr.on_exit("openat", function(c) if c.ret >= 0 then print((c:path(2))) end end)' \
		-- cat /etc/hosts
}
test_stack() { json_case --calls -- -k -- ls /; }
test_dumps() { json_case --calls -- -e read=all -e write=all -- cat /etc/hosts; }
test_failed_only() { json_case --calls -- -Z -- sh -c 'ls /nonexistent 2> /dev/null; exit 0'; }
test_inject() { json_case --injected -- -e inject=openat:error=ENOENT:when=3 -- ls /; }
test_durations() { json_case --calls -- -T -- ls /; }
test_fd_paths() { json_case --arg='</etc/hosts>' -- -y -- cat /etc/hosts; }
test_timestamps() { json_case --calls -- -tt -n -i -- ls /; }

# What a hook writes at a call's entry and at its exit (in two pieces)
# follows that call's object, in every process of -f, whatever else the
# other processes print in between; ltr.json lines stay as they are.
test_hook_order() {
	json_case --order --events=attached --pids=2 -- -f \
		-L 'trace("openat,close,read")
		    on_enter("openat", function(c) print("E " .. c.tid .. " " .. c:arg(2)) end)
		    on_exit("openat", function(c) printf("X %d", c.tid) printf(" %d\n", c.ret) end)
		    on_exit("close", function(c) json({closed = c:arg(1)}) end)' \
		-- sh -c 'cat /etc/hosts /etc/passwd > /dev/null & cat /etc/group /etc/hostname > /dev/null; wait' ||
		return 1
	grep -q '^{"closed":"[0-9]*"}$' "$TMP/j.out" || { fail "no ltr.json line as it was written"; return 1; }
}

# What no thread's hooks write (on_end, maps) is an event without pid;
# a line written in pieces is one event; the last one, left without its
# newline, is one too.
test_end_output() {
	json_case --output='calls 3' -- \
		-L 'local m = map("n") on_exit("close", function(c) m:count("close") end)
		    on_end(function() printf("calls") printf(" %d\n", 3) end)' -- ls / ||
		return 1
	# the map at the end: bpftrace's JSON object, a line of ltr.json's
	grep -q '^{"data":{"@n":{"close":[0-9]*}},"type":"map"}$' "$TMP/j.out" ||
		{ fail "the map's line is not bpftrace's JSON object"; return 1; }
	json_case --output=tail -- -L 'on_end(function() printf("ta") printf("il") end)' -- true
}

# -p, then SIGINT: the attach and detach notices are events; the process
# runs on.
test_attach() {
	local out=$TMP/att.out so=$TMP/sleeper.out pid ltrpid
	"$FIX/sleeper" 3 > "$so" 2>&1 &
	pid=$!
	started "$pid"
	wait_for 5 eval '[ -s "$so" ]' || { fail "sleeper did not start"; return 1; }
	timeout 20 "$LTR" -j -p "$pid" 2> "$out" &
	ltrpid=$!
	started "$ltrpid"
	wait_for 10 grep -q nanosleep "$out" || { fail "no call traced"; return 1; }
	kill -INT "$ltrpid"
	wait_for 5 eval '! kill -0 '"$ltrpid"' 2>/dev/null' || { fail "ltr did not exit after SIGINT"; return 1; }
	wait "$ltrpid"
	[ $? = 130 ] || { fail "ltr's exit status is not 130"; return 1; }
	jcheck "$out" --calls --events=attached,detached || return 1
	wait_for 10 grep -q 'sleeper done' "$so" || { fail "the sleeper did not finish"; return 1; }
	wait "$pid"
}

# -ff -o FILE: every FILE.TID is JSON, and so is stderr (nothing).
test_ff() {
	local out=$TMP/f
	timeout 20 "$LTR" -j -ff -o "$out" -- sh -c 'ls / | wc -l' > /dev/null 2> "$TMP/err" ||
		{ fail "exit status $?"; return 1; }
	[ "$(ls "$out".* | wc -l)" -ge 3 ] || { fail "fewer than 3 files"; return 1; }
	[ -s "$TMP/err" ] && { fail "stderr: $(head -c 200 "$TMP/err")"; return 1; }
	jcheck "$out".* --calls
}

# SIGINT while the filter holds the command (-f, a selection): the notice
# that ltr serves it silently is an event too.
test_draining_notice() {
	local out=$TMP/d.out ltrpid
	# (--foreground: timeout passes SIGINT to ltr alone, not to its group)
	timeout --foreground 20 "$LTR" -j -f -e trace=write -- sh -c 'echo x; sleep 1; echo y' \
		> "$out.stdout" 2> "$out" &
	ltrpid=$!
	started "$ltrpid"
	wait_for 10 grep -q '"syscall":"write"' "$out" || { fail "no write traced"; return 1; }
	kill -INT "$ltrpid"
	wait_for 10 eval '! kill -0 '"$ltrpid"' 2>/dev/null' || { fail "ltr did not exit"; return 1; }
	wait "$ltrpid"
	jcheck "$out" --events=notice || return 1
	grep -qx y "$out.stdout" || { fail "the command did not finish"; return 1; }
}

# A child's CPU time in SIGCHLD's siginfo: strace's "28 /* 0.28 s */" is
# the number 28. The child counts to 100000 (some 0.2 s of CPU) and exits;
# its parent waits in wait4, where the SIGCHLD is always delivered (under
# timeout(1) it was not when the child died before timeout's sigsuspend).
test_siginfo_numbers() {
	json_case --events=signal -- -f -e trace=none -- \
		sh -c 'sh -c "i=0; while [ \$i -lt 100000 ]; do i=\$((i+1)); done"; exit 0' || return 1
	REASON=$(python3 - "$TMP/j.out" <<'PYEOF'
import json, sys
sig = [o for o in map(json.loads, open(sys.argv[1])) if o.get('event') == 'signal'
       and o['signal'] == 'SIGCHLD']
if not sig:
    print('no SIGCHLD')
elif not any(isinstance(o['info'].get('si_utime'), int) and o['info']['si_utime'] > 0 for o in sig):
    print(f'no SIGCHLD with a number of ticks in si_utime: {[o["info"] for o in sig]}')
PYEOF
)
	[ -z "$REASON" ]
}

ALL_TESTS=(plain follow count count_calls count_script count_columns count_follow hook_print
	stack dumps failed_only inject durations fd_paths timestamps hook_order end_output attach
	ff draining_notice siginfo_numbers)

[ "$ORACLE" = 1 ] && { echo "0 passed, 0 failed, 0 skipped (strace has no -j)"; exit 0; }
[ $# -gt 0 ] && ALL_TESTS=("$@")
run_tests "${ALL_TESTS[@]}"
