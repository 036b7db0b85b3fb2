#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The differential test (issue 4): trace a corpus of real programs with
# strace (the oracle) and with the tracer under test, with the same options,
# both with ASLR off (setarch -R), and compare the traces after normalising
# what differs between any two runs (see compare.py).
#
#   bash tests/compat/run.sh LTR [NAME...]
#
# Every program runs in the same private work directory, recreated from the
# same fixture (fixed contents, fixed modification times) before each of the
# two runs, with a fixed environment (env -i, LC_ALL=C, TZ=UTC, HOME inside
# the temporary directory, a fixed git identity and dates), stdin from a
# fixture file or /dev/null, stdout to /dev/null, stderr to a file of a fixed
# name (-y shows its path).  Programs run
# sequentially.  Nothing talks to an address outside this machine: the only
# sockets are on 127.0.0.1 (port 0), UNIX socket pairs, and nothing resolves
# a name through DNS.
#
# Prints per program "NAME: X/Y lines identical (P%), syscall sequence ...",
# the total, the syscalls whose lines differ most, and "N passed, M failed";
# exits 1 if a program failed or the total is below 97%.
# Run with LTR=strace to check the test itself (expect 100%).
# KEEP_TMP=1 keeps the traces; NAME... runs only the named programs.

set -u

if [ $# -lt 1 ]; then
	echo "usage: $0 LTR [NAME...]" >&2
	exit 2
fi
LTR=$1
shift
case $LTR in
*/*) LTR=$(cd "$(dirname "$LTR")" && pwd)/$(basename "$LTR") ;;
*) LTR=$(command -v "$LTR") || { echo "$0: $1 not found" >&2; exit 2; } ;;
esac
HERE=$(cd "$(dirname "$0")" && pwd)
ONLY=" $* "

for tool in strace setarch python3 timeout tar gzip git perl bash find \
	getent xargs awk node; do
	command -v "$tool" >/dev/null || { echo "$0: $tool not found (run scripts/install-deps)" >&2; exit 2; }
done
STRACE=$(command -v strace)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ltr-compat.XXXXXX") || exit 2
TMP=$(cd "$TMP" && pwd -P)
# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
	if [ -n "${KEEP_TMP:-}" ]; then
		echo "kept $TMP" >&2
	else
		rm -rf "$TMP"
	fi
}
trap cleanup EXIT

# A private copy of the tracer under test: the same binary for the whole
# suite even if the tree is rebuilt meanwhile.
cp "$LTR" "$TMP/ltr-under-test" || exit 2
LTR=$TMP/ltr-under-test

FIXTURE=$TMP/fixture	# built once, copied for every run
RUN=$TMP/run		# recreated before every run
W=$RUN/w		# the programs' working directory
HOMEDIR=$RUN/home
TRACES=$TMP/traces
STAMP=202001010000.00	# the fixture's modification times (touch -t)
mkdir -p "$FIXTURE" "$TRACES" || exit 2

# The fixture: small files with fixed contents and times, scripts for the
# interpreters, an archive and a compressed file.
build_fixture() {
	cd "$FIXTURE" || return 1
	printf 'pear\napple\nfig\napple\nbanana\ncherry\nfig\napple\nkiwi\ndate\n' > a.txt
	printf 'one two three\nfour five six\nseven eight nine\nten\n' > b.txt
	printf 'apple\napple\nbanana\ncherry\ncherry\ncherry\nfig\n' > sorted.txt
	printf 'root:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n' > passwd.txt
	printf 'a.txt\nb.txt\nsorted.txt\n' > list.txt
	# Every byte value, for -x and -xx.
	awk 'BEGIN { for (i = 0; i < 256; i++) printf "%c", i }' > data.bin
	mkdir -p sub/inner sub2/deeper xdir
	printf 'first file\n' > sub/f1.txt
	printf 'second file\nwith two lines\n' > sub/f2.txt
	printf 'inner\n' > sub/inner/f3.txt
	printf 'gone\n' > sub2/deeper/g.txt
	ln -s a.txt link0
	# Scripts with pipes, subshells and command substitutions.  A child
	# whose exit the parent waits for right after reading its output
	# closes its stdout and sleeps briefly first, so that the parent is in
	# wait4 when it exits: otherwise whether SIGCHLD comes before or during
	# wait4 is up to the scheduler.
	cat > script.sh <<'EOF'
x=$(cat a.txt | wc -l; exec >&-; sleep 0.05)
echo "lines: $x" > sh.out
(cd sub && cat f2.txt) | tr a-z A-Z > sh2.out
if [ -f sh2.out ]; then echo yes; else echo no; fi
for f in a.txt b.txt; do head -n 1 "$f"; done > sh3.out
exit 0
EOF
	cat > script.bash <<'EOF'
set -o pipefail
words=(one two three)
echo "${#words[@]} ${words[1]}" > bash.out
n=$(grep -c apple a.txt; exec >&-; sleep 0.05)
echo "apples: $n" > bash2.out
sort -u a.txt | tr a-z A-Z >> bash2.out
( cd sub && ls ) > bash3.out
while read -r line; do echo "${line^^}"; done < b.txt > bash4.out
read -r first < sorted.txt
echo "$first" >> bash4.out
exit 0
EOF
	cat > files.py <<'EOF'
import os
with open('a.txt') as f:
    data = f.read()
with open('py.out', 'w') as f:
    f.write(data.upper())
os.rename('py.out', 'py2.out')
st = os.stat('py2.out')
os.mkdir('pyd', 0o750)
names = sorted(os.listdir('.'))
os.chmod('py2.out', 0o600)
os.unlink('py2.out')
os.rmdir('pyd')
fd = os.open('b.txt', os.O_RDONLY)
os.pread(fd, 10, 5)
os.lseek(fd, 0, os.SEEK_END)
os.close(fd)
r, w = os.pipe()
os.write(w, b'ping')
os.read(r, 4)
os.close(r)
os.close(w)
os.symlink('a.txt', 'pylink')
os.readlink('pylink')
os.unlink('pylink')
for root, dirs, files in os.walk('sub'):
    dirs.sort()
print(len(names), st.st_size)
EOF
	cat > net.py <<'EOF'
import select
import socket
import threading

# TCP on loopback, port 0; the server runs in a thread.
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
port = srv.getsockname()[1]

def serve():
    conn, _ = srv.accept()
    data = conn.recv(100)
    conn.sendall(data.upper())
    conn.close()

t = threading.Thread(target=serve)
t.start()
# accept4 takes its descriptor number when it starts waiting: let the server
# get there first, so that the numbers are the same each run.
select.select([], [], [], 0.05)
cl = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cl.connect(('127.0.0.1', port))
cl.sendall(b'hello')
reply = cl.recv(100)
cl.close()
t.join()
select.select([], [], [], 0.02)
srv.close()

# UDP on loopback.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b'datagram', u1.getsockname())
msg, _ = u1.recvfrom(100)
u1.close()
u2.close()

# A UNIX socket pair.
a, b = socket.socketpair()
a.sendall(b'pair')
b.recv(10)
a.close()
b.close()

# Threads that do file I/O, one after the other.
def work(i):
    with open('a.txt') as f:
        f.read()

for i in range(3):
    th = threading.Thread(target=work, args=(i,))
    th.start()
    th.join()
    # Python's threads are detached: let this one exit before the next one
    # starts, so that glibc reuses its stack (or not) the same way each run.
    select.select([], [], [], 0.02)
print(reply, msg)
EOF
	cat > unix.py <<'EOF'
import socket

# UNIX sockets: pairs of each type, a bound path, an abstract name.
a, b = socket.socketpair()
a.sendall(b'pair')
b.recv(10)
d1, d2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
d1.send(b'dgram')
d2.recv(10)
q1, q2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
q1.send(b'seq')
q2.recv(10)
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind('u.sock')
srv.listen(1)
cl = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cl.connect('u.sock')
conn, _ = srv.accept()
cl.sendall(b'path')
conn.recv(10)
ab = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
ab.bind('\0ltr-compat-abstract')
ab.getsockname()
for s in (a, b, d1, d2, q1, q2, srv, cl, conn, ab):
    s.close()
EOF
	cat > pipe.py <<'EOF'
import os
import select
import subprocess

# fork, a pipe, waitpid.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b'from the child\n')
    os.close(w)
    # Let the parent get into waitpid first (see the shell scripts).
    select.select([], [], [], 0.05)
    os._exit(3)
os.close(w)
data = os.read(r, 100)
os.close(r)
_, status = os.waitpid(pid, 0)

# subprocess with files for its standard streams.
with open('a.txt') as fin, open('tr.out', 'w') as fout:
    subprocess.run(['tr', 'a-z', 'A-Z'], stdin=fin, stdout=fout, check=True)
print(data, os.waitstatus_to_exitcode(status))
EOF
	cat > script.js <<'EOF'
const fs = require('fs');
const lines = fs.readFileSync('a.txt', 'utf8').split('\n');
fs.writeFileSync('js.out', lines.sort().join('\n'));
const st = fs.statSync('js.out');
fs.mkdirSync('jsd');
fs.renameSync('js.out', 'jsd/js.out');
const names = fs.readdirSync('sub').sort();
fs.unlinkSync('jsd/js.out');
fs.rmdirSync('jsd');
console.log(names.length, st.size);
EOF
	cat > net.js <<'EOF'
const net = require('net');
const srv = net.createServer(c => { c.end('hello\n'); });
srv.listen(0, '127.0.0.1', () => {
  const cl = net.connect(srv.address().port, '127.0.0.1');
  let got = '';
  cl.on('data', d => { got += d; });
  cl.on('end', () => { console.log(got.trim()); srv.close(); });
});
EOF
	cat > script.pl <<'EOF'
use strict;
use warnings;
open(my $in, '<', 'a.txt') or die;
my @lines = <$in>;
close($in);
my %count;
$count{$_}++ for @lines;
open(my $out, '>', 'pl.out') or die;
print $out map { "$count{$_} $_" } sort keys %count;
close($out);
my @st = stat('pl.out');
mkdir('pld', 0755) or die;
rename('pl.out', 'pld/pl.out') or die;
opendir(my $dh, 'sub') or die;
my @names = sort grep { !/^\./ } readdir($dh);
closedir($dh);
unlink('pld/pl.out');
rmdir('pld');
my $t = gmtime(1700000000);
print scalar(@names), " $st[7] $t\n";
EOF
	cat > git.sh <<'EOF'
set -e
git init -q repo
cd repo
cp ../a.txt ../b.txt .
# Old enough not to be "racily clean" (git would hash them again).
touch -t 202001010000 a.txt b.txt
git add a.txt b.txt
git commit -q -m 'first commit'
git log --oneline
git status --short
EOF
	tar cf fixture.tar sub a.txt
	gzip -n -c a.txt > fixture.gz
	find . -exec touch -h -t "$STAMP" {} +
}

# Recreate the run directory from the fixture.
reset_run() {
	rm -rf "$RUN" || return 1
	mkdir -p "$RUN" "$HOMEDIR" || return 1
	cp -a "$FIXTURE" "$W" || return 1
	touch -t "$STAMP" "$W" "$HOMEDIR" "$RUN"
}

(build_fixture) || { echo "$0: cannot build the fixture" >&2; exit 2; }

# name|tracer options|stdin (a fixture file, or empty for /dev/null)|command.
# -f where the program forks or starts threads.
PROGRAMS=(
	"ls-la||| ls -la"
	"ls-lR-v|-v|| ls -lR sub"
	"ls-y|-y|| ls -a sub"
	"cat|||cat a.txt b.txt"
	"cat-y|-y||cat a.txt"
	"cat-x|-x||cat data.bin"
	"cat-xx|-xx||head -c 48 data.bin"
	"cp|||cp a.txt c.txt"
	"mv|||mv b.txt d.txt"
	"rm|||rm -r sub2"
	"mkdir|||mkdir -p x/y/z"
	"stat|||stat -c '%n %s %a %F %U %G' a.txt sub link0"
	"stat-v|-v||stat -c '%n %s %a %F' a.txt sub"
	"head|||head -n 3 a.txt"
	"tail|||tail -n 3 a.txt"
	"wc|||wc a.txt b.txt"
	"sort|||sort a.txt"
	"uniq|||uniq -c sorted.txt"
	"tr||a.txt|tr a-z A-Z"
	"cut|||cut -d: -f1,3 passwd.txt"
	"du|||du -a sub"
	"df|||df --output=fstype,target ."
	"touch|||touch new.txt a.txt"
	"ln-s|||ln -s a.txt link1"
	"readlink|||readlink -f link0"
	"chmod|||chmod 600 a.txt"
	"date|||date -d @1700000000"
	"id|||id"
	"uname|||uname -a"
	"env|||env"
	"sleep|||sleep 0.1"
	"true|||true"
	"false|||false"
	"tar-c|||tar cf out.tar sub a.txt"
	"tar-x-v|-v||tar xf fixture.tar -C xdir"
	"tar-z|-f||tar czf out.tgz sub"
	"gzip|||gzip -k a.txt"
	"gunzip|||gunzip -c fixture.gz"
	"find|||find . -type f"
	"find-stat|-f||find sub -type f -exec stat -c '%n %s' {} +"
	"sh|-f||sh script.sh"
	"bash|-f||bash script.bash"
	"python3|||/usr/bin/python3 -c pass"
	"python3-files|||/usr/bin/python3 files.py"
	"python3-net|-f||/usr/bin/python3 net.py"
	"python3-net-y|-f -y||/usr/bin/python3 net.py"
	"python3-net-yy|-f -yy||/usr/bin/python3 net.py"
	"python3-unix-yy|-yy||/usr/bin/python3 unix.py"
	"python3-pipe|-f||/usr/bin/python3 pipe.py"
	"perl|||perl script.pl"
	"node|-f||node --single-threaded --v8-pool-size=0 --random-seed=1 script.js"
	"node-net-yy|-f -yy||node --single-threaded --v8-pool-size=0 --random-seed=1 net.js"
	"git|-f||sh git.sh"
	"getent|||getent passwd"
	"grep|||grep -n apple a.txt"
	"sed|||sed -e s/a/A/g a.txt"
	"awk|||awk -F: '{ print \$1, \$3 }' passwd.txt"
	"xargs|-f|list.txt|xargs wc -c"
	"dd|||dd if=data.bin of=dd.out bs=64 count=2 status=none"
	"md5sum|||md5sum a.txt b.txt"
	"tee||a.txt|tee tee.out"
	"env-v|-v||env"
	"find-v|-v||find sub -newer a.txt"
	"python3-files-v|-v||/usr/bin/python3 files.py"
	"perl-y|-y||perl script.pl"
)

ENVIRONMENT=(
	PATH=/usr/bin:/bin HOME="$HOMEDIR" USER=root LOGNAME=root SHELL=/bin/sh
	LC_ALL=C TZ=UTC TERM=dumb PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
	PERL_HASH_SEED=0 PERL_PERTURB_KEYS=0
	GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
	GIT_AUTHOR_NAME=ltr GIT_AUTHOR_EMAIL=ltr@localhost
	GIT_COMMITTER_NAME=ltr GIT_COMMITTER_EMAIL=ltr@localhost
	GIT_AUTHOR_DATE="2020-01-01T00:00:00+0000"
	GIT_COMMITTER_DATE="2020-01-01T00:00:00+0000"
	GIT_CONFIG_COUNT=3
	GIT_CONFIG_KEY_0=init.defaultBranch GIT_CONFIG_VALUE_0=main
	GIT_CONFIG_KEY_1=gc.auto GIT_CONFIG_VALUE_1=0
	GIT_CONFIG_KEY_2=maintenance.auto GIT_CONFIG_VALUE_2=false
)

# trace TRACER OPTIONS STDIN OUT CMD...: one traced run in a fresh work dir;
# prints the exit status.
trace() {
	local tracer=$1 opts=$2 input=$3 out=$4
	shift 4
	reset_run || return 1
	[ -n "$input" ] && input=$W/$input || input=/dev/null
	# shellcheck disable=SC2086 # the options are words
	(cd "$W" && env -i "${ENVIRONMENT[@]}" setarch -R timeout 60 \
		"$tracer" $opts -o "$out" -- "$@" > /dev/null 2> "$TMP/stderr" < "$input")
	echo $?
	mv "$TMP/stderr" "$out.err"
}

ARGS=()
STATUS_FAIL=0
for entry in "${PROGRAMS[@]}"; do
	IFS='|' read -r name opts input cmd <<< "$entry"
	case $ONLY in
	"  ") ;;
	*" $name "*) ;;
	*) continue ;;
	esac
	eval "set -- $cmd"
	rc_strace=$(trace "$STRACE" "$opts" "$input" "$TRACES/$name.strace" "$@")
	rc_ltr=$(trace "$LTR" "$opts" "$input" "$TRACES/$name.ltr" "$@")
	if [ "$rc_strace" != "$rc_ltr" ]; then
		echo "$name: exit status $rc_ltr under ltr, $rc_strace under strace: $(head -c 200 "$TRACES/$name.ltr.err")"
		STATUS_FAIL=1
	fi
	[ -f "$TRACES/$name.ltr" ] || : > "$TRACES/$name.ltr"
	[ -f "$TRACES/$name.strace" ] || : > "$TRACES/$name.strace"
	ARGS+=("$name" "$TRACES/$name.strace" "$TRACES/$name.ltr")
done

# Programs whose runs race with themselves (a shell reaping two children
# that exit together, a server accepting under load) can differ between
# any two traced runs, strace against strace too. A failing program is run
# again under both tracers, at most twice; the report is on the last pair.
# A real decoding or tracing difference fails every time.
for attempt in 1 2; do
	failing=$(COMPAT_LIST_FAILING=1 COMPAT_TMP=$TMP python3 "$HERE/compare.py" "${ARGS[@]}")
	[ -n "$failing" ] || break
	for entry in "${PROGRAMS[@]}"; do
		IFS='|' read -r name opts input cmd <<< "$entry"
		case " $(echo $failing) " in
		*" $name "*) ;;
		*) continue ;;
		esac
		echo "$name: differs, running it again (retry $attempt)"
		eval "set -- $cmd"
		trace "$STRACE" "$opts" "$input" "$TRACES/$name.strace" "$@" > /dev/null
		trace "$LTR" "$opts" "$input" "$TRACES/$name.ltr" "$@" > /dev/null
	done
done
rm -rf "$RUN"

COMPAT_TMP=$TMP python3 "$HERE/compare.py" "${ARGS[@]}"
rc=$?
[ "$STATUS_FAIL" = 0 ] || rc=1
exit "$rc"
