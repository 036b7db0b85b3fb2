#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Integration tests of the static build (make static): ltr-static copied
# alone into an empty directory and run with an empty environment (env
# -i: no PATH, no HOME, no LTR_PATH), as on a machine where nothing is
# installed. It must list, describe and run the stock scripts it carries
# (-l, --script-help, -c, -Z, -T, -e, -s slow_io, a user's script), trace
# sh -c with -f -yy, unwind with -k, and let a file on the script path
# (LTR_PATH) override a built-in script (but not the stock one behind -c).
#
#   bash tests/integration/static.sh LTR_STATIC FIXTURE_DIR [TEST...]
#
# When LTR_NO_GET_SYSCALL_INFO is set (make integration-nogsi), it is
# passed through the empty environment. Prints "PASS name" or "FAIL name:
# reason" per test, then "N passed, M failed, K skipped"; exits 1 if any
# test failed. Every run is bounded by timeout; no background process.
# KEEP_TMP=1 keeps the temporary directory.

set -u

# shellcheck source=tests/integration/lib.sh
. "$(dirname "$0")/lib.sh"
parse_args "$0" "$@"
shift 2
LUA_DIR=$(cd "$(dirname "$0")/../../lua" && pwd)
make_root static

# The empty environment, and the one variable the nogsi run adds.
ENVI=(env -i)
[ -n "${LTR_NO_GET_SYSCALL_INFO:-}" ] &&
	ENVI+=("LTR_NO_GET_SYSCALL_INFO=$LTR_NO_GET_SYSCALL_INFO")

# alone: copies ltr-static alone into the empty directory $TMP/alone,
# which every run below has as its current directory.
alone() {
	mkdir -p "$TMP/alone" || return 1
	cp "$LTR" "$TMP/alone/ltr-static"
}

# run OUT ARGS...: ./ltr-static ARGS from $TMP/alone, stdout in OUT,
# stderr in OUT.err; returns its status.
run() {
	local out=$1
	shift
	(cd "$TMP/alone" && timeout 60 "${ENVI[@]}" ./ltr-static "$@") >"$out" 2>"$out.err"
}

has_line() { grep -qxF -- "$2" "$1" 2>/dev/null; }
has_re() { grep -qE -- "$2" "$1" 2>/dev/null; }

test_static_file() {
	ltr_only || return
	command -v readelf >/dev/null || { skip "no readelf"; return; }
	readelf -lW "$LTR" >"$TMP/headers" 2>&1 || { fail "readelf failed"; return 1; }
	has_re "$TMP/headers" "INTERP|\\.interp" && { fail "has a program interpreter: not static"; return 1; }
	readelf -dW "$LTR" 2>/dev/null | grep -q NEEDED && { fail "needs shared libraries"; return 1; }
	return 0
}

# -l: every stock script of the tree, each "(built in)".
test_static_list() {
	local f name missing=
	alone || return 1
	run "$TMP/list" -l || { fail "ltr-static -l: status $? ($(head -c 200 "$TMP/list.err"))"; return 1; }
	for f in "$LUA_DIR"/*.lua; do
		name=$(basename "$f" .lua)
		has_re "$TMP/list" "^$name +.*[^ ] +\\(built in\\)\$" || missing="$missing $name"
	done
	[ -z "$missing" ] || { fail "not listed as built in:$missing"; return 1; }
}

test_static_script_help() {
	alone || return 1
	run "$TMP/help" --script-help slow_io || { fail "status $? ($(head -c 200 "$TMP/help.err"))"; return 1; }
	has_line "$TMP/help" "slow_io ((built in)/slow_io.lua)" &&
		has_re "$TMP/help" "^  -a ms=" ||
		{ fail "unexpected help: $(head -c 200 "$TMP/help")"; return 1; }
}

# -c, -Z, -T and -e: the stock scripts behind strace's options.
test_static_sugar() {
	alone || return 1
	run "$TMP/c" -c -o "$TMP/c.trace" -- /bin/cat /nonexistent
	has_re "$TMP/c.trace" "^100\\.00 +[0-9.]+ +[0-9]+ +[0-9]+ +[0-9]+ total\$" ||
		{ fail "-c: no total row ($(head -c 300 "$TMP/c.trace" "$TMP/c.err"))"; return 1; }
	run "$TMP/z" -Z -o "$TMP/z.trace" -- /bin/cat /nonexistent
	has_re "$TMP/z.trace" '^openat\(AT_FDCWD, "/nonexistent", O_RDONLY\) += -1 ENOENT' &&
		! has_re "$TMP/z.trace" "= [0-9]" ||
		{ fail "-Z: $(head -c 300 "$TMP/z.trace" "$TMP/z.err")"; return 1; }
	run "$TMP/t" -T -e trace=openat -o "$TMP/t.trace" -- /bin/cat /nonexistent
	has_re "$TMP/t.trace" '^openat\(AT_FDCWD, "/nonexistent", O_RDONLY\) += -1 ENOENT .* <[0-9]+\.[0-9]{6}>$' &&
		! has_re "$TMP/t.trace" "^(read|close|mmap)\\(" ||
		{ fail "-T -e trace=openat: $(head -c 300 "$TMP/t.trace" "$TMP/t.err")"; return 1; }
}

# -s slow_io, and a script of the user's own next to ltr-static.
test_static_scripts() {
	alone || return 1
	run "$TMP/slow" -s slow_io -a ms=0 -o "$TMP/slow.trace" -- /bin/cat /etc/hostname
	has_re "$TMP/slow.trace" "/etc/hostname" ||
		{ fail "slow_io: $(head -c 300 "$TMP/slow.trace" "$TMP/slow.err")"; return 1; }
	cat >"$TMP/alone/mine.lua" <<'EOF'
-- counts getpid calls
local n = 0
ltr.on_exit("getpid", function(c) n = n + 1 end)
ltr.on_end(function() ltr.print("getpid calls " .. n) end)
EOF
	run "$TMP/mine" -s ./mine.lua -o "$TMP/mine.trace" -- "$FIX/basic"
	has_re "$TMP/mine.trace" "^getpid calls [1-9]" ||
		{ fail "user script: $(head -c 300 "$TMP/mine.trace" "$TMP/mine.err")"; return 1; }
}

# -f -yy on sh -c: both processes, descriptors with devices, pipes and a
# UNIX socket (the fixture sysmix's).
test_static_follow_yy() {
	alone || return 1
	mkdir -p "$TMP/work"
	(cd "$TMP/work" && timeout 60 "${ENVI[@]}" "$TMP/alone/ltr-static" -f -yy \
		-o "$TMP/f.trace" /bin/sh -c "echo hi >/dev/null; /bin/cat /etc/hostname | \
/bin/cat >/dev/null; $FIX/sysmix") >"$TMP/f.out" 2>"$TMP/f.err" ||
		{ fail "status $? ($(head -c 300 "$TMP/f.err"))"; return 1; }
	[ "$(grep -oE '^[0-9]+ ' "$TMP/f.trace" | sort -u | wc -l)" -ge 3 ] ||
		{ fail "fewer than 3 processes traced"; return 1; }
	has_re "$TMP/f.trace" "</dev/null<char 1:3>>" ||
		{ fail "no -yy device numbers"; return 1; }
	has_re "$TMP/f.trace" "<pipe:\\[[0-9]+\\]>" ||
		{ fail "no pipe descriptors"; return 1; }
	has_re "$TMP/f.trace" "<UNIX-STREAM:\\[[0-9]+" ||
		{ fail "no UNIX socket details (sock_diag)"; return 1; }
	has_re "$TMP/f.trace" "<TCP:\\[127\\.0\\.0\\.1:[0-9]+" ||
		{ fail "no TCP socket details (sock_diag)"; return 1; }
}

# -k: libdw linked in.
test_static_stack() {
	alone || return 1
	run "$TMP/k" -k -e trace=write -o "$TMP/k.trace" -- "$FIX/stack" 1
	has_re "$TMP/k.trace" "^ > .*/stack\\(inner_fn\\+0x[0-9a-f]+\\) \\[0x[0-9a-f]+\\]\$" ||
		{ fail "no inner_fn frame: $(head -c 300 "$TMP/k.trace" "$TMP/k.err")"; return 1; }
}

# A file on the script path (LTR_PATH) wins over the built-in script for
# -s NAME; -c (the stock script, @count) still runs the built-in one.
test_static_override() {
	local saved=("${ENVI[@]}")
	alone || return 1
	mkdir -p "$TMP/mine"
	printf '%s\n' '-- not the stock count' \
		'ltr.on_end(function() ltr.print("my own count") end)' >"$TMP/mine/count.lua"
	ENVI+=("LTR_PATH=$TMP/mine")
	run "$TMP/own" -s count -o "$TMP/own.trace" -- /bin/true
	run "$TMP/stock" -c -o "$TMP/stock.trace" -- /bin/true
	run "$TMP/list" -l
	ENVI=("${saved[@]}")
	has_line "$TMP/own.trace" "my own count" ||
		{ fail "-s count: LTR_PATH's count.lua did not win"; return 1; }
	has_re "$TMP/stock.trace" " total\$" && ! has_line "$TMP/stock.trace" "my own count" ||
		{ fail "-c did not run the built-in count"; return 1; }
	has_re "$TMP/list" "^count +not the stock count +$TMP/mine/count\\.lua\$" ||
		{ fail "-l does not show LTR_PATH's count.lua first: $(grep '^count' "$TMP/list")"; return 1; }
}

if [ $# -gt 0 ]; then
	run_tests "$@"
else
	run_tests static_file static_list static_script_help static_sugar static_scripts \
		static_follow_yy static_stack static_override
fi
