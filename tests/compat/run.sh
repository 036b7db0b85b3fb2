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
# the total, the syscalls whose lines differ most, and "N passed, M failed,
# K skipped" (the -m32 entries are skipped, "SKIP NAME: why", on a kernel
# that does not run i386 programs);
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
# The fixture programs of tests/fixtures (make fixtures builds them, 64-bit
# and -m32): the entries below run $FIXBIN/sysmix-32. COMPAT_FIXTURES
# overrides the directory (a build directory other than build/).
FIXBIN=${COMPAT_FIXTURES:-$(cd "$HERE/../.." && pwd)/build/fixtures}

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
# tr's side ends well after sort's: two children exiting together race
# in bash's wait4 and SIGCHLD handler, under any tracer
sort -u a.txt | { tr a-z A-Z; sleep 0.2; } >> bash2.out
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
	cat > sys.py <<'EOF'
import fcntl
import mmap
import os
import resource
import shutil
import signal
import tempfile
import time

shutil.copyfile('a.txt', 'copy.txt')
# An access time in the future: reading b.txt does not change it (relatime).
os.utime('b.txt', (4000000000, 1600000000))
shutil.copy2('b.txt', 'copy2.txt')
with open('a.txt', 'rb') as f:
    m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    m[:4]
    m.close()
fd = os.open('lock.txt', os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
fcntl.lockf(fd, fcntl.LOCK_UN)
fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
fcntl.fcntl(fd, fcntl.F_GETFL)
os.ftruncate(fd, 100)
os.fsync(fd)
os.fdatasync(fd)
os.close(fd)
os.statvfs('.')
resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
os.umask(0o22)
os.access('a.txt', os.R_OK | os.W_OK)
os.utime('a.txt', (1600000000, 1600000000))
os.truncate('copy.txt', 5)
os.link('copy.txt', 'hard.txt')
os.chown('hard.txt', 0, 0)
time.sleep(0.01)
def handler(signum, frame):
    pass
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.01)
signal.pause()
signal.alarm(0)
# O_TMPFILE: no random name.
with tempfile.TemporaryFile(dir='.') as tf:
    tf.write(b'tmp')
for e in sorted(os.scandir('sub'), key=lambda e: e.name):
    e.is_dir()
os.getcwd()
os.chdir('sub')
os.chdir('..')
print(os.getpriority(os.PRIO_PROCESS, 0))
EOF
	cat > sqlite.py <<'EOF'
import sqlite3
c = sqlite3.connect('t.db')
# No journal file: its header holds a random nonce.
c.execute('pragma journal_mode=memory')
c.execute('create table t (a integer, b text)')
c.executemany('insert into t values (?, ?)', [(i, str(i)) for i in range(20)])
c.commit()
print(c.execute('select count(*) from t').fetchone())
c.close()
EOF
	cat > sel.py <<'EOF'
import os
import select
import selectors
import socket
r, w = os.pipe()
os.write(w, b'x')
select.select([r], [w], [], 0)
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
p.poll(0)
ep = select.epoll()
ep.register(r, select.EPOLLIN)
ep.poll(0)
ep.modify(r, select.EPOLLIN | select.EPOLLET)
ep.unregister(r)
ep.close()
s = selectors.DefaultSelector()
s.register(r, selectors.EVENT_READ)
s.select(0)
s.close()
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 65536)
a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
a.sendmsg([b'one', b'two'])
b.recvmsg(100)
a.close()
b.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
u.setsockopt(socket.IPPROTO_IP, socket.IP_TTL, 5)
u.getsockopt(socket.IPPROTO_IP, socket.IP_TTL)
u.sendto(b'self', u.getsockname())
u.recvfrom(10)
u.close()
t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
t.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
t.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
t.settimeout(1.0)
t.close()
os.close(r)
os.close(w)
EOF
	cat > asy.py <<'EOF'
import asyncio

async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()

async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hello')
    await writer.drain()
    await reader.read(100)
    writer.close()
    await writer.wait_closed()
    srv.close()
    await srv.wait_closed()

asyncio.run(main())
EOF
	cat > sub.py <<'EOF'
import subprocess
r = subprocess.run(['cat'], input=b'abc', capture_output=True)
r2 = subprocess.run(['sh', '-c', 'exit 3'])
print(r.stdout, r2.returncode)
EOF
	cat > fork.pl <<'EOF'
use strict;
use warnings;
use Fcntl;
use Socket;
use IO::Select;
pipe(my $r, my $w) or die;
my $pid = fork();
if ($pid == 0) {
    close($r);
    print $w "child\n";
    close($w);
    select(undef, undef, undef, 0.05);
    exit(2);
}
close($w);
my $line = <$r>;
close($r);
waitpid($pid, 0);
sysopen(my $fh, 'so.txt', O_WRONLY | O_CREAT | O_EXCL, 0640) or die;
syswrite($fh, "abc");
close($fh);
socket(my $s, PF_INET, SOCK_DGRAM, 0) or die;
bind($s, pack_sockaddr_in(0, inet_aton('127.0.0.1'))) or die;
my $addr = getsockname($s);
send($s, "dgram", 0, $addr);
my $sel = IO::Select->new($s);
$sel->can_read(0);
recv($s, my $buf, 10, 0);
close($s);
print "$line $? $buf\n";
EOF
	cat > redir.bash <<'EOF'
exec 3> r3.out
echo three >&3
exec 3>&-
cat <<END > here.out
here doc
END
{ echo a; echo b; } 2>&1 | cat > grp.out
trap 'echo trapped > trap.out' USR1
kill -USR1 $$
sleep 0.01 &
wait $!
echo $? >> trap.out
ulimit -n > ulim.out
umask 027
exit 0
EOF
	cat > fs.js <<'EOF'
const fs = require('fs');
fs.writeFileSync('n.txt', 'node\n');
fs.appendFileSync('n.txt', 'more\n');
fs.copyFileSync('n.txt', 'n2.txt');
fs.chmodSync('n2.txt', 0o640);
fs.utimesSync('n2.txt', 1600000000, 1600000000);
fs.existsSync('nope');
fs.symlinkSync('n.txt', 'nl');
fs.readlinkSync('nl');
fs.lstatSync('nl');
fs.realpathSync('nl');
fs.truncateSync('n2.txt', 2);
const fd = fs.openSync('n.txt', 'r');
const b = Buffer.alloc(4);
fs.readSync(fd, b, 0, 4, 1);
fs.fstatSync(fd);
fs.closeSync(fd);
fs.accessSync('n.txt', fs.constants.R_OK);
// No child process: which of node's threads SIGCHLD interrupts is up to
// the kernel.
console.log(fs.readdirSync('.').length);
EOF
	cat > thr.py <<'EOF'
import queue
import threading

q = queue.Queue()
out = []

def worker():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)

t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.put(None)
t.join()
print(sum(out))
EOF
	cat > fh.py <<'EOF'
import ctypes
import os

# name_to_handle_at and open_by_handle_at (ss -tanei calls the first on
# cgroup directories): struct file_handle in and out.
libc = ctypes.CDLL(None, use_errno=True)


class FH(ctypes.Structure):
    _fields_ = [('handle_bytes', ctypes.c_uint), ('handle_type', ctypes.c_int),
                ('f_handle', ctypes.c_ubyte * 128)]


h = FH(handle_bytes=128)
mid = ctypes.c_int()
for path in (b'/etc/passwd', b'/', b'/usr/bin'):
    libc.name_to_handle_at(-100, path, ctypes.byref(h), ctypes.byref(mid), 0)
small = FH(handle_bytes=0)
libc.name_to_handle_at(-100, b'/etc/passwd', ctypes.byref(small), ctypes.byref(mid), 0x400)
libc.name_to_handle_at(-100, b'/nonexistent', ctypes.byref(h), ctypes.byref(mid), 0)
libc.name_to_handle_at(-100, b'/etc/passwd', None, ctypes.byref(mid), 0)
libc.name_to_handle_at(-100, b'/etc/passwd', ctypes.byref(h), ctypes.byref(mid), 0x2000)
libc.name_to_handle_at(-100, b'/etc/passwd', ctypes.byref(h), ctypes.byref(mid), 0)
root = os.open('/', os.O_RDONLY | os.O_DIRECTORY)
fd = libc.open_by_handle_at(root, ctypes.byref(h), os.O_RDONLY | os.O_CLOEXEC)
if fd >= 0:
    os.close(fd)
libc.open_by_handle_at(root, None, os.O_RDONLY)
os.close(root)
EOF
	cat > udp.py <<'EOF'
import os
import socket

# AF_UNIX datagrams between two bound paths; UDP connected to itself.
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind('a.sock')
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b.bind('b.sock')
a.sendto(b'to b', 'b.sock')
b.recvfrom(10)
b.sendto(b'to a', 'a.sock')
a.recv(10)
a.close()
b.close()
os.unlink('a.sock')
os.unlink('b.sock')
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
u.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
u.bind(('127.0.0.1', 0))
u.connect(u.getsockname())
u.send(b'self')
u.recv(10)
u.getpeername()
u.shutdown(socket.SHUT_RDWR)
u.close()
EOF
	cat > tcp.pl <<'EOF'
use strict;
use warnings;
use Socket;
socket(my $srv, PF_INET, SOCK_STREAM, getprotobyname('tcp')) or die;
setsockopt($srv, SOL_SOCKET, SO_REUSEADDR, pack('l', 1)) or die;
bind($srv, pack_sockaddr_in(0, inet_aton('127.0.0.1'))) or die;
listen($srv, 5) or die;
my ($port) = unpack_sockaddr_in(getsockname($srv));
socket(my $cl, PF_INET, SOCK_STREAM, 0) or die;
connect($cl, pack_sockaddr_in($port, inet_aton('127.0.0.1'))) or die;
accept(my $conn, $srv) or die;
syswrite($cl, "ping");
sysread($conn, my $buf, 4);
shutdown($cl, 1);
close($conn);
close($cl);
close($srv);
print "$buf\n";
EOF
	# Background jobs and a pipeline. bash reaps a child either in a
	# blocking wait4 or, when the child exits before bash gets there, in
	# its SIGCHLD handler; compare.py accepts both for a foreground command
	# (canonical_reaps). The `wait` builtin and a pipeline differ by more
	# lines, so here every job and the pipeline's first command close
	# their output and exit only after a pause, when bash is already
	# blocked in wait4 (a loaded machine would have to hold bash off its
	# CPU for 0.2 s to change that).
	cat > jobs.bash <<'EOF'
(cat a.txt; exec >&-; sleep 0.2) > j1.out &
p1=$!
wait $p1
(cut -c1-3 b.txt; exec >&-; sleep 0.2) > j2.out &
wait
exec 4< a.txt
read -r -u 4 first
exec 4<&-
echo "$first" > j3.out
{ printf '%s\n' one two; exec >&-; sleep 0.2; } | sort -r > j4.out
ls nonexistent 2> /dev/null || echo missing > j5.out
exit 0
EOF
	cat > async.js <<'EOF'
const dgram = require('dgram');
// UDP on loopback: the event loop only (fs.promises would use libuv's
// worker threads, whose order is up to the scheduler; a timer's epoll
// timeout is what is left of it, a matter of timing).
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  s.on('message', m => {
    setImmediate(() => { console.log(String(m)); s.close(); });
  });
  s.send('dgram', s.address().port, '127.0.0.1');
});
EOF
	cat > os.py <<'EOF'
import mmap
import os
import resource
import signal

fd = os.open('os.out', os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o640)
os.writev(fd, [b'abc', b'defg'])
os.fsync(fd)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
os.posix_fallocate(fd, 0, 4096)
os.fchmod(fd, 0o600)
os.fchown(fd, 0, 0)
os.fstatvfs(fd)
os.lseek(fd, 0, os.SEEK_SET)
os.readv(fd, [bytearray(2), bytearray(3)])
os.preadv(fd, [bytearray(4)], 1)
fd2 = os.dup(fd)
os.dup2(fd, 9)
os.set_inheritable(9, False)
os.set_blocking(fd2, False)
os.get_blocking(fd2)
os.close(9)
os.close(fd2)
src = os.open('a.txt', os.O_RDONLY)
os.copy_file_range(src, fd, 10)
os.close(src)
os.close(fd)
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
os.write(w, b'splice me')
fo = os.open('sp.out', os.O_WRONLY | os.O_CREAT, 0o644)
os.splice(r, fo, 9)
os.close(fo)
os.close(r)
os.close(w)
efd = os.eventfd(3, os.EFD_CLOEXEC | os.EFD_NONBLOCK)
os.eventfd_write(efd, 2)
os.eventfd_read(efd)
os.close(efd)
mfd = os.memfd_create('ltr', os.MFD_CLOEXEC)
os.ftruncate(mfd, 8192)
m = mmap.mmap(mfd, 8192)
m.madvise(mmap.MADV_DONTNEED)
m.flush()
m.close()
os.close(mfd)
a = mmap.mmap(-1, 16384, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
a.resize(8192) if hasattr(a, 'resize') and False else None
a.close()
os.mkfifo('fifo', 0o600)
os.lchown('fifo', 0, 0)
os.unlink('fifo')
os.sched_getaffinity(0)
os.sched_yield()
os.getresuid()
os.getresgid()
os.getgroups()
os.getpgid(0)
os.getsid(0)
os.times()
resource.getrusage(resource.RUSAGE_SELF)
resource.getrlimit(resource.RLIMIT_STACK)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
signal.sigtimedwait([signal.SIGUSR1], 1)
signal.sigpending()
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
try:
    os.get_terminal_size(0)
except OSError:
    pass
os.sync()
EOF
	cat > anc.py <<'EOF'
import array
import os
import socket

# Descriptors and credentials over a UNIX socket pair (ancillary data).
a, b = socket.socketpair()
f = open('a.txt', 'rb')
a.sendmsg([b'fd'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array('i', [f.fileno()]))])
msg, anc, flags, _ = b.recvmsg(10, socket.CMSG_SPACE(4))
fds = array.array('i')
fds.frombytes(anc[0][2])
os.close(fds[0])
f.close()
b.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
a.sendmsg([b'cred'])
b.recvmsg(10, socket.CMSG_SPACE(12))
b.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)
b.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, b'\0' * 16)
a.shutdown(socket.SHUT_WR)
b.recv(10, socket.MSG_DONTWAIT)
a.close()
b.close()
EOF
	cat > sock.py <<'EOF'
import ctypes
import socket
import struct

# Socket options and control messages on 127.0.0.1 and a UNIX pair.
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
# IP_PKTINFO, IP_RECVTTL, IP_RECVTOS, IP_RECVORIGDSTADDR, IP_RETOPTS
for opt in (8, 12, 13, 20, 7):
    u.setsockopt(socket.SOL_IP, opt, 1)
u.sendmsg([b'data'], [(socket.SOL_IP, socket.IP_TTL, struct.pack('i', 7))], 0,
          u.getsockname())
u.recvmsg(16, 256)
u.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 5))
u.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)
u.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 4)
u.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
u.getsockopt(socket.SOL_SOCKET, socket.SO_DEBUG, 3)
try:
    u.setsockopt(socket.SOL_IP, socket.IP_ADD_MEMBERSHIP,
                 socket.inet_aton('224.0.0.3') + socket.inet_aton('127.0.0.1'))
    u.setsockopt(socket.SOL_IP, socket.IP_DROP_MEMBERSHIP,
                 socket.inet_aton('224.0.0.3') + socket.inet_aton('127.0.0.1'))
except OSError:
    pass
try:
    u.setsockopt(socket.SOL_IP, socket.IP_ADD_MEMBERSHIP, b'\0' * 7)
except OSError:
    pass
# A classic BPF program, accept all (ret #-1): SO_ATTACH_FILTER 26,
# SO_GET_FILTER 26, SO_DETACH_FILTER 27.
prog = ctypes.create_string_buffer(struct.pack('HBBI', 0x06, 0, 0, 0xffffffff))
fprog = struct.pack('HxxxxxxP', 1, ctypes.addressof(prog))
u.setsockopt(socket.SOL_SOCKET, 26, fprog)
u.getsockopt(socket.SOL_SOCKET, 26, 0)
u.setsockopt(socket.SOL_SOCKET, 27, 0)
u.close()
a, b = socket.socketpair()
a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
a.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 7)
b.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
a.sendmsg([b'x'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack('ii', 0, 1))])
b.recvmsg(4, 64)
try:
    b.recvmsg_into([bytearray(1)], 0, socket.MSG_DONTWAIT)
except OSError:
    pass
a.close()
b.close()
EOF
	# prctl options, keyrings, syslog, kcmp and pidfd_open through ctypes
	# (issue 15's families); every call's result is fixed on a machine
	cat > prctl.py <<'EOF'
import ctypes
import os
libc = ctypes.CDLL(None, use_errno=True)
buf = ctypes.create_string_buffer(32)
i = ctypes.c_int()
libc.prctl(15, b"pyworker-long-name", 0, 0, 0)
libc.prctl(16, buf, 0, 0, 0)
libc.prctl(27, 0, 0, 0, 0)
libc.prctl(3, 0, 0, 0, 0)
libc.prctl(47, 1, 21, 0, 0)
libc.prctl(23, 21, 0, 0, 0)
libc.prctl(39, 0, 0, 0, 0)
libc.prctl(52, 0, 0, 0, 0)
libc.prctl(0x59616d61, ctypes.c_ulong(0xffffffffffffffff), 0, 0, 0)
libc.prctl(29, 50000, 0, 0, 0)
libc.prctl(30, 0, 0, 0, 0)
libc.prctl(2, ctypes.byref(i), 0, 0, 0)
libc.prctl(37, ctypes.byref(i), 0, 0, 0)
libc.prctl(34, 0, 0, 0, 0)
libc.prctl(0x53564d41, 0, 0x1000, 4096, b"anon")
libc.prctl(0xfacefeed, 1, 2, 3, 4)
libc.syscall(250, 0, 0, 0, 0, 0)
libc.syscall(103, 10, 0, 0)
pid = os.getpid()
libc.syscall(312, 0, 0, 0, 0, 1)
libc.syscall(312, 0, 0, 7, 3, 0)
fd = libc.syscall(434, pid, 0)
libc.syscall(438, fd, 1, 0)
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
	"py-sys|||/usr/bin/python3 sys.py"
	"py-sys-v|-v||/usr/bin/python3 sys.py"
	"py-sqlite|||/usr/bin/python3 sqlite.py"
	"py-sel|||/usr/bin/python3 sel.py"
	"py-sel-yy|-yy||/usr/bin/python3 sel.py"
	"py-asy|||/usr/bin/python3 asy.py"
	"py-sub|-f||/usr/bin/python3 sub.py"
	"pl-fork|-f||perl fork.pl"
	"bash-redir|-f||bash redir.bash"
	"node-fs|-f||node --single-threaded --v8-pool-size=0 --random-seed=1 fs.js"
	"cp-a|||cp -a sub sub3"
	"cp-reflink|||cp --reflink=never a.txt r.txt"
	"mv-dir|||mv a.txt sub/inner/"
	"ln|||ln a.txt hard.txt"
	"install|||install -m 640 a.txt inst.txt"
	"mktemp|||mktemp -p . tmp.XXXXXX"
	"sha256sum|||sha256sum a.txt b.txt"
	"split|||split -l 3 a.txt part."
	"sort-T|||sort -S 1k -T . a.txt"
	"stat-f|||stat -f ."
	"truncate|||truncate -s 100 a.txt"
	"chown|||chown 0:0 a.txt"
	"touch-d|||touch -d 2021-01-01 a.txt"
	"ls-full|||ls -l --time-style=full-iso"
	"timeout|-f||timeout 5 true"
	"nice|||nice -n 5 true"
	"nohup|||nohup true"
	"env-i|||env -i true"
	"printf|||printf '%s %d\\n' x 5"
	"seq|||seq 1 20"
	"tee-a||a.txt|tee -a b.txt"
	"py-thr|-f||/usr/bin/python3 thr.py"
	"py-udp|||/usr/bin/python3 udp.py"
	"py-fh|||/usr/bin/python3 fh.py"
	"py-udp-yy|-yy||/usr/bin/python3 udp.py"
	"pl-tcp|||perl tcp.pl"
	"pl-tcp-yy|-yy||perl tcp.pl"
	"bash-jobs|-f||bash jobs.bash"
	"node-dgram|-f||node --single-threaded --v8-pool-size=0 --random-seed=1 async.js"
	"py-asy-yy|-yy||/usr/bin/python3 asy.py"
	"py-sub-v|-f -v||/usr/bin/python3 sub.py"
	"sha256sum-x|-x||sha256sum data.bin"
	"cp-a-v|-v||cp -a sub sub3"
	"py-os|||/usr/bin/python3 os.py"
	"py-os-y|-y||/usr/bin/python3 os.py"
	"py-anc|||/usr/bin/python3 anc.py"
	"py-anc-yy|-yy||/usr/bin/python3 anc.py"
	"py-anc-x|-x||/usr/bin/python3 anc.py"
	"py-sock|||/usr/bin/python3 sock.py"
	"py-sock-v|-v||/usr/bin/python3 sock.py"
	"py-sock-Xverbose|-Xverbose||/usr/bin/python3 sock.py"
	"py-sock-Xraw|-Xraw||/usr/bin/python3 sock.py"
	"mkfifo|||mkfifo -m 600 fifo"
	"nproc|||nproc"
	"sync|||sync a.txt"
	"chgrp|||chgrp -R 0 sub"
	"df-i|||df -i ."
	"tar-tv|||tar tvf fixture.tar"
	"realpath|||realpath -e sub/../link0"
	"rmdir-p|||rmdir -p sub2/deeper/nothere"
	"shred|||shred -n 0 -z -u b.txt"
	"du-y|-y||du -s sub"
	"gzip-x|-x||gzip -c data.bin"
	"bash-redir-y|-f -y||bash redir.bash"
	"py-sys-y|-y||/usr/bin/python3 sys.py"
	"py-sqlite-y|-y||/usr/bin/python3 sqlite.py"
	"node-fs-y|-f -y||node --single-threaded --v8-pool-size=0 --random-seed=1 fs.js"
	"pl-fork-y|-f -y||perl fork.pl"
	# A C program of tests/fixtures built -m32: i386 layouts and calls
	# (stat64/statx, _llseek, fcntl64, mmap2, the _time64 calls,
	# sigreturn, set_thread_area), and the same program 64-bit.
	"sysmix-32|||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-v|-v||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-y|-y||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-x|-x||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-yy|-yy||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-f|-f||\"\$FIXBIN/sysmix-32\""
	"sysmix|-v||\"\$FIXBIN/sysmix\""
	# The larger decoder families (mq, NUMA, aio, io_uring, bpf, perf,
	# the mount API, statx, xattrs, SysV IPC; -m32: through ipc(2)).
	"bigfam|||\"\$FIXBIN/bigfam\""
	"bigfam-v|-v||\"\$FIXBIN/bigfam\""
	"bigfam-32|||\"\$FIXBIN/bigfam-32\""
	"bigfam-32-Xverbose|-Xverbose -v||\"\$FIXBIN/bigfam-32\""
	# Decoding styles: -X, -e raw=, verbose=, abbrev=, --strings-in-hex,
	# -e decode-fds=.
	"ls-la-Xraw|-Xraw||ls -la"
	"ls-la-Xverbose|-Xverbose||ls -la"
	"stat-Xverbose-v|-Xverbose -v||stat -c '%n %s %a %F' a.txt sub"
	"py-sys-Xraw|-Xraw||/usr/bin/python3 sys.py"
	"py-sys-Xverbose|--const-print-style=verbose||/usr/bin/python3 sys.py"
	"sysmix-32-Xraw|-Xraw||\"\$FIXBIN/sysmix-32\""
	"sysmix-32-Xverbose|-Xverbose -v||\"\$FIXBIN/sysmix-32\""
	"cat-raw|-e raw=%desc||cat a.txt b.txt"
	"sysmix-raw|-e raw=%file,%net,/^rt_sig||\"\$FIXBIN/sysmix\""
	"tar-tv-vnone|-e verbose=none||tar tvf fixture.tar"
	"sysmix-vnone|-e verbose=!%%stat,execve||\"\$FIXBIN/sysmix\""
	"find-abbrev|-e abbrev=!getdents64||find . -type f"
	"cat-xchars|--strings-in-hex=non-ascii-chars||cat data.bin"
	"python3-unix-fds|-e decode-fds=socket,dev||/usr/bin/python3 unix.py"
	"py-sys-fds|-e decode-fds=dev,pidfd||/usr/bin/python3 sys.py"
	# Netlink (iproute2): NETLINK_ROUTE dumps of links, addresses, routes
	# and qdiscs; NETLINK_SOCK_DIAG dumps of TCP and UNIX sockets (the
	# listening TCP ones: connections of other programs come and go
	# between the two runs).
	"ip-addr|-e trace=%network||/usr/sbin/ip addr"
	"ip-s-link|-e trace=%network||/usr/sbin/ip -s link"
	"ip-route-all|-e trace=%network||/usr/sbin/ip route show table all"
	"ss-tan|-e trace=%network||/usr/bin/ss -tan state listening"
	"ss-xl|-e trace=%network||/usr/bin/ss -xl"
	"tc-qdisc-lo|-e trace=%network||/usr/sbin/tc qdisc show dev lo"
	"ip-addr-lo-v|-v -e trace=sendto,recvmsg||/usr/sbin/ip addr show dev lo"
	# Nested netlink attributes no real program here sends (tests/fixtures/nlnest.c)
	"nlnest|-e trace=sendto||\"\$FIXBIN/nlnest\""
	"nlnest-v|-v -e trace=sendto||\"\$FIXBIN/nlnest\""
	"nlnest-Xraw|-Xraw -e trace=sendto||\"\$FIXBIN/nlnest\""
	"nlnest-Xverbose|-Xverbose -e trace=sendto||\"\$FIXBIN/nlnest\""
	# issue 15's families in real programs: prctl, capabilities,
	# namespaces (as root here), and the calls of prctl.py
	"setpriv-nnp|-f||setpriv --no-new-privs --inh-caps=-all true"
	"setpriv-ids|-f||setpriv --reuid=65534 --regid=65534 --clear-groups true"
	"unshare-U|-f||unshare -U true"
	"py-prctl|||/usr/bin/python3 prctl.py"
	"py-prctl-Xverbose|-Xverbose||/usr/bin/python3 prctl.py"
	"py-prctl-y|-y||/usr/bin/python3 prctl.py"
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
SKIPPED=0	# i386 programs on a kernel that does not run them
# shellcheck source=tests/i386.sh
. "$HERE/../i386.sh"
for entry in "${PROGRAMS[@]}"; do
	IFS='|' read -r name opts input cmd <<< "$entry"
	case $ONLY in
	"  ") ;;
	*" $name "*) ;;
	*) continue ;;
	esac
	eval "set -- $cmd"
	case $1 in
	"$FIXBIN"/*)
		if [ ! -x "$1" ]; then
			echo "$name: $1 not built (run make fixtures)"
			STATUS_FAIL=1
			continue
		fi ;;
	esac
	case $1 in
	"$FIXBIN"/*-32)
		i386_runs "$FIXBIN"
		case $? in
		0) ;;
		1)
			echo "SKIP $name: $I386_WHY"
			SKIPPED=$((SKIPPED + 1))
			continue ;;
		*)
			echo "$name: i386 probe: $I386_WHY"
			STATUS_FAIL=1
			continue ;;
		esac ;;
	esac
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

COMPAT_SKIPPED=$SKIPPED COMPAT_TMP=$TMP python3 "$HERE/compare.py" "${ARGS[@]}"
rc=$?
[ "$STATUS_FAIL" = 0 ] || rc=1
exit "$rc"
