#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of strace's line-format options in the text printer,
# strace 6.1 being the oracle: -a/--columns, -i/--instruction-pointer,
# -n/--syscall-number, the time options with their precisions
# (-t/-tt/-ttt/--absolute-timestamps/--timestamps, -r/--relative-timestamps,
# -T/--syscall-times) and -Y/--decode-pids. Both tracers trace the same
# program with ASLR off in a fixed environment, so that instruction
# pointers are the same in both traces, and each in a new pid namespace
# where one can be made (unshare), its pids starting at 20000, so that
# process ids have the same width in both traces (else pid widths that
# differ, as pids wrap, can make a test fail: line alignment counts
# them); what differs from run to run is normalised: times keep their width (digits become 9s, so alignment and
# precision are still compared), process ids become P's of the same width,
# the tracer's own name (<strace>, <ltr>) and the instruction pointer of
# the launched command's first execve (in the tracer's own code) become
# placeholders. With -f the lines of each process are compared in order,
# "<unfinished ...>" / "<... NAME resumed>" pairs joined (which pairs split
# is scheduling), and a joined line may differ from the other trace's only
# in the spaces before " = ".
#
#   bash tests/integration/lineformat.sh LTR FIXTURE_DIR [TEST...]
#
# LTR may be `strace` to check the tests against the oracle (ltr-only tests
# are skipped). Prints "PASS name", "SKIP name: why" or "FAIL name: reason"
# per test, then "N passed, M failed, K skipped"; exits 1 if any test
# failed. Every run is bounded by timeout; the tests start no background
# process. KEEP_TMP=1 keeps the temporary directory.

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
for tool in strace setarch python3 timeout; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 2; }
done
STRACE=$(command -v strace)
LUA_DIR=$(cd "$(dirname "$0")/../../lua" && pwd)
make_root lineformat

# A new pid namespace (and /proc) per traced run, its pids from 20000,
# when this system lets us make one; --kill-child: the namespace dies
# with the timeout.
NS=(unshare --pid --fork --mount-proc --kill-child
	sh -c 'echo 19999 > /proc/sys/kernel/ns_last_pid && exec "$@"' ns)
timeout 10 "${NS[@]}" true 2>/dev/null || NS=()

# run TRACER OUT OPTIONS... -- COMMAND...: one traced run in a fixed
# environment with ASLR off, stdin from /dev/null, stdout discarded. The
# trace goes to OUT with -o, unless OPTIONS start with --stderr (then to
# OUT through the tracer's stderr: strace's "[pid N] " prefixes).
run() {
	local tracer=$1 out=$2 to_file=1
	shift 2
	if [ "${1:-}" = --stderr ]; then
		to_file=0
		shift
	fi
	if [ "$to_file" = 1 ]; then
		(cd "$TMP" && timeout 20 "${NS[@]}" env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC \
			HOME="$TMP" LTR_PATH="$LUA_DIR" setarch "$(uname -m)" -R "$tracer" -o "$out" "$@" \
			< /dev/null > /dev/null 2> "$out.err")
	else
		(cd "$TMP" && timeout 20 "${NS[@]}" env -i PATH=/usr/bin:/bin LC_ALL=C TZ=UTC \
			HOME="$TMP" LTR_PATH="$LUA_DIR" setarch "$(uname -m)" -R "$tracer" "$@" \
			< /dev/null > /dev/null 2> "$out")
	fi
}

# compare STRACE_OUT LTR_OUT FOLLOW: normalises both traces as the header
# says and prints the first difference (nothing when they are the same).
# FOLLOW is 1 when the lines have pid prefixes (-f).
compare() {
	python3 - "$1" "$2" "$3" <<'EOF'
import re, sys

FOLLOW = sys.argv[3] == '1'
PREFIX = re.compile(r'^(\[pid +\d+(<[^>]*>)?\] |\d+(<[^>]*>)? +)' if FOLLOW else r'^$')
ABS = re.compile(r'^(\d\d:\d\d:\d\d(\.\d+)?|\d{9,}(\.\d+)?) ')
REL = re.compile(r'^(\(\+ *\d+(\.\d+)?\)| +\d+(\.\d+)?) ')
NINES = lambda m: re.sub(r'\d', '9', m.group(0))

def load(path):
    lines = open(path, encoding='latin-1').read().splitlines()
    # the tracer's own notices on stderr ("strace: Process N attached")
    lines = [l for l in lines if not re.match(r'^(\S*/)?(strace|ltr): ', l)]
    # pids of this run: prefixes, and what getpid & co return
    pids = set()
    for l in lines:
        m = PREFIX.match(l)
        if m and m.group(0):
            pids.add(re.search(r'\d+', m.group(0)).group(0))
        m = re.search(r'\b(set_tid_address|getp?pid|gettid|clone3?|v?fork|wait4)\(.*\) += (\d+)', l)
        if m:
            pids.add(m.group(2))
    out, keys = [], []
    for i, l in enumerate(lines):
        m = PREFIX.match(l)
        head, l = (m.group(0), l[len(m.group(0)):]) if m else ('', l)
        m = re.search(r'\d+', head)
        keys.append(m.group(0) if m else '')
        # time stamps and -T: digits to 9s, widths kept
        stamps = ''
        m = ABS.match(l)
        if m:
            stamps, l = NINES(m), l[m.end():]
        m = REL.match(l)
        if m:
            stamps, l = stamps + NINES(m), l[m.end():]
        l = head + stamps + l
        l = re.sub(r' <\d+(\.\d+)?>$', NINES, l)
        # the launched command's first execve runs in the tracer's own code
        if i == 0 and ' execve(' in l:
            l = re.sub(r'\[[0-9a-f]{16}\] execve\(', '[IP] execve(', l)
        l = re.sub(r'<(strace|ltr)>', '<TRACER>', l)
        l = re.sub(r'0x[0-9a-f]+ /\* ([0-9]+) vars? \*/', r'ENVP /* \1 vars */', l)
        l = re.sub(r'getrandom\("[^"]*"', 'getrandom("RANDOM"', l)
        # a pid anywhere in the prefix and in the lines of calls that
        # take or return one; elsewhere only inside a word: once pids
        # wrap, a pid of one run may be a size in the other
        pre, rest = l[:len(head) + len(stamps)], l[len(head) + len(stamps):]
        m = re.match(r'([a-z_0-9]+)\(', rest)
        takes_pid = not m or re.match(
            r'(kill|tkill|tgkill|wait4|waitpid|waitid|setpgid|getpgid|getsid|getpgrp|setsid|'
            r'sched_\w+|prlimit64|pidfd_\w+|ptrace|rt_\w*sigqueueinfo|write|clone3?|v?fork|'
            r'getpid|getppid|gettid|set_tid_address|fcntl|execve)$', m.group(1))
        for p in pids:
            if len(p) >= 3:  # not the tracer as pid 1 of a namespace
                pre = re.sub(r'\b%s\b' % p, 'P' * len(p), pre)
                if takes_pid:
                    rest = re.sub(r'(?<![\w*])%s\b' % p, 'P' * len(p), rest)
                else:
                    rest = re.sub(r'(?<=[-:/.<])%s\b' % p, 'P' * len(p), rest)
        l = pre + rest
        out.append(l)
    return out, keys

def by_process(lines, keys):
    """Lines per process (by pid) in order, unfinished/resumed pairs joined."""
    procs, order, pending, joined = {}, [], {}, set()
    for l, key in zip(lines, keys):
        m = PREFIX.match(l)
        body = l[len(m.group(0)):] if m else l
        if key not in procs:
            procs[key] = []
            order.append(key)
        if body.endswith(' <unfinished ...>') and ' resumed>' not in body:
            pending[key] = len(procs[key])
            procs[key].append(l[:-len(' <unfinished ...>')])
            continue
        r = re.match(r'^(.*?)<\.\.\. [a-z0-9_]+ resumed>(.*)$', body)
        if r and key in pending:
            i = pending.pop(key)
            procs[key][i] += r.group(2)
            joined.add((key, i))
            continue
        procs[key].append(l)
    return procs, order, joined

(a, ka), (b, kb) = load(sys.argv[1]), load(sys.argv[2])
if not FOLLOW:
    for n, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            print(f'line {n}: strace {x!r} ltr {y!r}'); sys.exit()
    if len(a) != len(b):
        print(f'{len(a)} lines from strace, {len(b)} from ltr')
    sys.exit()
pa, oa, ja = by_process(a, ka)
pb, ob, jb = by_process(b, kb)
if len(oa) != len(ob):
    print(f'{len(oa)} processes from strace, {len(ob)} from ltr'); sys.exit()
squash = lambda s: re.sub(r' +(= )', r' \1', s)
for i, (ka, kb) in enumerate(zip(oa, ob), 1):
    for n, (x, y) in enumerate(zip(pa[ka], pb[kb])):
        if x == y:
            continue
        if ((ka, n) in ja or (kb, n) in jb) and squash(x) == squash(y):
            continue
        print(f'process {i}: strace {x!r} ltr {y!r}'); sys.exit()
    if len(pa[ka]) != len(pb[kb]):
        print(f'process {i}: {len(pa[ka])} lines from strace, {len(pb[kb])} from ltr'); sys.exit()
EOF
}

# same_as_strace NAME OPTIONS... -- COMMAND...: traces COMMAND with both
# tracers and compares the normalised traces.
same_as_strace() {
	local name=$1 d follow=0 o
	shift
	for o in "$@"; do
		case $o in
		--) break ;;
		-f | --follow-forks) follow=1 ;;
		esac
	done
	run "$STRACE" "$TMP/$name.strace" "$@" || true
	run "$LTR" "$TMP/$name.ltr" "$@" || true
	[ -s "$TMP/$name.strace" ] || { fail "$name: strace printed nothing"; return 1; }
	d=$(compare "$TMP/$name.strace" "$TMP/$name.ltr" "$follow")
	[ -z "$d" ] || { fail "$name differs from strace: $d"; return 1; }
}

# has FILE ERE: some line of FILE matches ERE (a check that the feature
# shows at all, so that a test cannot pass on two empty traces).
has() {
	grep -qE -- "$2" "$1" || { fail "$(basename "$1"): no line matching /$2/"; return 1; }
}

LS=(ls /nonexistent-ltr-test)

# --- -a: the column of " = " ---

test_columns() {
	local a
	for a in 0 1 12 40 60; do
		same_as_strace "a$a" -a "$a" -- "${LS[@]}" || return 1
	done
	same_as_strace columns_long --columns=70 -- "${LS[@]}" || return 1
	# the stamp counts: "= " lands at the same column of the whole line
	same_as_strace a30_tt -a 30 -tt -- "${LS[@]}" || return 1
	has "$TMP/a60.ltr" '^brk\(NULL\) {40,}= ' || return 1
	has "$TMP/a0.ltr" '^brk\(NULL\) = ' || return 1
	# exit_group's " = ?" line too
	has "$TMP/a60.ltr" '^exit_group\(2\) {40,}= \?$'
}

# unfinished and resumed lines and "= ?" of a child, with pid prefixes
test_columns_follow() {
	same_as_strace a50_f -f -a 50 -- "$FIX/lineformat" || return 1
	has "$TMP/a50_f.ltr" '^[0-9]+ +wait4\(.*<unfinished \.\.\.>$'
}

# --- -i ---

test_i() {
	same_as_strace i --instruction-pointer -- /bin/true || return 1
	has "$TMP/i.ltr" '^\[[0-9a-f]{16}\] brk\(NULL\) ' || return 1
	# killed: the signal line has the ip, the end line question marks
	{ same_as_strace i_killed -i -- sh -c 'kill -USR1 $$'; } 2>/dev/null || return 1
	has "$TMP/i_killed.ltr" '^\[[0-9a-f]{16}\] --- SIGUSR1 ' || return 1
	has "$TMP/i_killed.ltr" '^\[\?{16}\] \+\+\+ killed by SIGUSR1 \+\+\+$' || return 1
	same_as_strace i_f -f -i -- "$FIX/lineformat"
}

test_i_32() {
	needs_i386 || return
	same_as_strace i_32 -f -i -- "$FIX/lineformat-32" || return 1
	has "$TMP/i_32.ltr" ' \[[0-9a-f]{8}\] getpid\(\) ' || return 1
	has "$TMP/i_32.ltr" ' \[\?{8}\] \+\+\+ exited with 0 \+\+\+$'
}

# --- -n ---

test_n() {
	same_as_strace n --syscall-number -- /bin/true || return 1
	has "$TMP/n.ltr" '^\[  12\] brk\(NULL\) ' || return 1
	# unknown numbers, -1 ("[???]"), signal and exit lines: the last call's
	same_as_strace n_f -f -n -- "$FIX/lineformat" || return 1
	has "$TMP/n_f.ltr" ' \[\?\?\?\] syscall_0xffffffffffffffff\(' || return 1
	has "$TMP/n_f.ltr" ' \[ 500\] syscall_0x1f4\(' || return 1
	has "$TMP/n_f.ltr" ' \[ 234\] --- SIGURG ' || return 1
	has "$TMP/n_f.ltr" ' \[ 231\] \+\+\+ exited with 0 \+\+\+$'
}

test_n_32() {
	needs_i386 || return
	same_as_strace n_32 -f -n -- "$FIX/lineformat-32" || return 1
	has "$TMP/n_32.ltr" ' \[ 270\] tgkill\('
}

# everything before the call, in strace's order
test_leader_all() {
	same_as_strace leader_all -tt -r -n -i -T -- "${LS[@]}" || return 1
	has "$TMP/leader_all.ltr" '^[0-9:]{8}\.[0-9]{6} \(\+ +[0-9]+\.[0-9]{6}\) \[  12\] \[[0-9a-f]{16}\] brk\(NULL\) = 0x[0-9a-f]+ <[0-9]+\.[0-9]{6}>$' || return 1
	same_as_strace leader_all_f -f -t -n -i -- "$FIX/lineformat"
}

# --- time options and precisions ---

test_absolute() {
	same_as_strace abs_unix_ms --absolute-timestamps=unix,ms -- "${LS[@]}" || return 1
	has "$TMP/abs_unix_ms.ltr" '^[0-9]{10}\.[0-9]{3} execve\(' || return 1
	same_as_strace abs_ns --timestamps=precision:ns -- "${LS[@]}" || return 1
	has "$TMP/abs_ns.ltr" '^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9} execve\(' || return 1
	same_as_strace abs_unix_s --absolute-timestamps=format:unix,precision:s -- "${LS[@]}" || return 1
	has "$TMP/abs_unix_s.ltr" '^[0-9]{10} execve\(' || return 1
	same_as_strace abs_time --absolute-timestamps -- "${LS[@]}" || return 1
	same_as_strace abs_none --absolute-timestamps=none -- "${LS[@]}" || return 1
	has "$TMP/abs_none.ltr" '^execve\('
}

test_relative() {
	same_as_strace rel_ns --relative-timestamps=ns -- "${LS[@]}" || return 1
	has "$TMP/rel_ns.ltr" '^ {5}0\.0{9} execve\(' || return 1
	same_as_strace rel_s --relative-timestamps=s -- "${LS[@]}" || return 1
	has "$TMP/rel_s.ltr" '^ {5}0 execve\(' || return 1
	same_as_strace rel_ms -r --relative-timestamps=ms -- "${LS[@]}" || return 1
	# with an absolute stamp: "12:34:56 (+     0.000123) "
	same_as_strace t_r -t -r -- "${LS[@]}" || return 1
	has "$TMP/t_r.ltr" '^[0-9:]{8} \(\+ {5}0\.0{6}\) execve\(' || return 1
	same_as_strace ttt_r_f -f -ttt -r -- "$FIX/lineformat"
}

test_durations() {
	supports_T || { skip "-T does not work yet (lua/timing.lua)"; return; }
	same_as_strace T_ns --syscall-times=ns -- "${LS[@]}" || return 1
	has "$TMP/T_ns.ltr" ' = 0x[0-9a-f]+ <0\.[0-9]{9}>$' || return 1
	same_as_strace T_s --syscall-times=s -- "${LS[@]}" || return 1
	has "$TMP/T_s.ltr" ' = 0x[0-9a-f]+ <0>$' || return 1
	same_as_strace T_ms -T --syscall-times=ms -a 20 -- "${LS[@]}" || return 1
	same_as_strace T_us_f -f -T -- "$FIX/lineformat"
}

supports_T() {
	run "$LTR" "$TMP/probe" -T -- /bin/true
	grep -qE ' <[0-9]+\.[0-9]{6}>$' "$TMP/probe"
}

# The absolute stamp is the time of day, and -ttt's the epoch.
test_time_values() {
	ltr_only || return
	local before after first
	before=$(date +%s)
	run "$LTR" "$TMP/out" --absolute-timestamps=unix,ns -- /bin/true || { fail "exit status $?"; return 1; }
	after=$(date +%s)
	first=$(head -1 "$TMP/out" | cut -d. -f1)
	[ "$first" -ge "$before" ] && [ "$first" -le "$after" ] ||
		{ fail "stamp $first not within [$before, $after]"; return 1; }
	run "$LTR" "$TMP/out.t" -t -- /bin/true || { fail "exit status $?"; return 1; }
	first=$(head -c 8 "$TMP/out.t")
	[ "$first" \> "$(date -u -d "@$before" +%T)" ] || [ "$first" = "$(date -u -d "@$before" +%T)" ] ||
		{ fail "-t stamp $first before $(date -u -d "@$before" +%T)"; return 1; }
}

# --- -Y ---

test_Y() {
	same_as_strace Y -Y -- sh -c 'kill -0 $$; exit 3' || return 1
	has "$TMP/Y.ltr" '^kill\([0-9]+<sh>, 0\) ' || return 1
	# pid column with names, a rename with '<' '>' and an escape, a
	# child, a gone pid (kill after wait4), si_pid, getppid's tracer
	same_as_strace Y_f -f -Y -- "$FIX/lineformat" || return 1
	has "$TMP/Y_f.ltr" '^[0-9]+<ren\\74am\\76e\\33> getpid\(\) += [0-9]+<ren\\74am\\76e\\33>$' || return 1
	has "$TMP/Y_f.ltr" '^[0-9]+<kid> \+\+\+ exited with 0 \+\+\+$' || return 1
	has "$TMP/Y_f.ltr" 'si_pid=[0-9]+<lineformat>' || return 1
	has "$TMP/Y_f.ltr" ' kill\([0-9]+, 0\) += -1 ESRCH' || return 1
	# "[pid  N<comm>] " on stderr (only the child's lines have one: the
	# parent's calls are before and after the child's life), and -xx's
	# hex in names
	same_as_strace Y_pid --stderr -f --decode-pids=comm -e trace=getpid,getppid -e signal=none \
		-- "$FIX/lineformat" known || return 1
	has "$TMP/Y_pid.ltr" '^\[pid +[0-9]+<kid>\] getppid\(\) ' || return 1
	same_as_strace Y_xx -f -Y -xx -e trace=getpid -- "$FIX/lineformat" known || return 1
	has "$TMP/Y_xx.ltr" '^[0-9]+<\\x72\\x65' || return 1
	# with prctl not traced, the names still follow PR_SET_NAME
	same_as_strace Y_trace -f -Y -e trace=getpid,getppid -- "$FIX/lineformat" known
}

test_Y_32() {
	needs_i386 || return
	same_as_strace Y_32 -f -Y -- "$FIX/lineformat-32"
}

# In a shared pid namespace --pidns-translation adds nothing.
test_pidns() {
	same_as_strace pidns -f --pidns-translation -- "$FIX/lineformat" || return 1
	same_as_strace pidns_Y -f --decode-pids=pidns,comm -- "$FIX/lineformat"
}

# Numbers no table names (-1, 500) are printed whatever -e trace= says,
# as strace prints them: with every call stopping, and under the seccomp
# filter of -f; 32-bit too.
test_unknown_numbers() {
	same_as_strace unknown_set -e trace=getpid -e signal=none -- "$FIX/lineformat" || return 1
	same_as_strace unknown_set_f -f -e trace=getpid,%file -- "$FIX/lineformat" || return 1
	same_as_strace unknown_none_f -f -e trace=none -e signal=none -- "$FIX/lineformat" || return 1
	same_as_strace unknown_not_all -f -e 'trace=!all' -e signal=none -- "$FIX/lineformat" || return 1
	needs_i386 || return
	same_as_strace unknown_32 -f -e trace=getpid -- "$FIX/lineformat-32"
}

ALL_TESTS=(columns columns_follow i i_32 n n_32 leader_all absolute relative durations
	time_values Y Y_32 pidns unknown_numbers)
[ $# -gt 0 ] && ALL_TESTS=("$@")
run_tests "${ALL_TESTS[@]}"
