#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""compare.py NAME STRACE_TRACE LTR_TRACE [NAME A B ...]

The differential test's comparison.  Both traces of a program are normalised
for what genuinely differs between two runs of the same program, then
compared line by line (longest common subsequence, difflib).

Normalised (and nothing else):
- process and thread ids: replaced by P1, P2, ... in the order of creation
  (see creation_order) where pids appear (see sub_pids): -f's prefixes,
  the values returned by getpid, gettid, getppid, getpgrp, set_tid_address,
  clone, fork, wait4 ..., si_pid, clone3's parent_tid, the pid of a
  struct ucred (SCM_CREDENTIALS, SO_PEERCRED), and the pid arguments
  of wait4, kill, tgkill, setpgid, waitid, prlimit64, sched_* ...;
- with -f, the interleaving of processes: the trace is split by pid, each
  "<unfinished ...>" line is joined with its "<... resumed>" line, and the
  per-process traces are concatenated in that order, each line prefixed with
  its process's P token;
- the tracer's own envp pointer in execve (and its argv and path
  pointers, which -e verbose= and -e raw= leave undecoded);
- random bytes: getrandom's buffer, reads from /dev/urandom and /dev/random,
  the 6 random characters of names created by mkstemp (opened
  O_RDWR|O_CREAT|O_EXCL), and what git reads from and writes to its index
  (it holds the files' ctimes and inode numbers, and a hash of them);
- times: st_[amc]time(_nsec), stx_[abcm]time, every number of the clock,
  time-of-day, times, getrusage and sysinfo calls, si_utime/si_stime (and
  their comment), statfs's free counters (f_bfree, f_bavail, f_ffree),
  and the wake-up time of clock_nanosleep with TIMER_ABSTIME (Python's
  time.sleep sleeps until a CLOCK_MONOTONIC time it computed);
- inode numbers: st_ino, stx_ino, d_ino, -y's socket:[N] and pipe:[N],
  -yy's socket inodes (TCP:[N], UNIX-STREAM:[N->N,"path"]), and the name
  the kernel gives an O_TMPFILE file, which -y shows: <DIR/#N>(deleted);
- ephemeral ports: htons(N) for N in the local port range (and the bytes
  of such a port, sin_port="\\xNN\\xNN", -X raw and verbose print), and the
  same ports in -yy's TCP:[127.0.0.1:PORT->127.0.0.1:PORT];
- the name of the temporary directory ($COMPAT_TMP);
- in multithreaded programs (a clone with CLONE_THREAD), where the
  scheduler decides them: addresses of 8 or more hex digits (thread stacks
  come from glibc's stack cache or not) become ADDR, and futex calls are
  left out (lock hand-overs; counted and reported).  Elsewhere ASLR is off
  (setarch -R) and no address is normalised but the envp pointer;
- strace 6.1's names for syscalls newer than its table (syscall_0x1c3 ...)
  are replaced by the real names (CANONICAL below) before the comparison,
  in strace's traces only; the lines affected are counted and reported.
  Their arguments are compared as they are (strace prints them raw).

The syscall sequence: the (name, return value) pairs, the return value as a
number or error name (see call_key), leaving out what the scheduler or
random bytes decide (see sequence): signal lines, the rt_sigreturn after a
SIGCHLD, wait4 calls that found no child, getrandom calls, and in node's
traces the memory mappings (V8 sizes its heap from how long it took).

Per program prints
  NAME: X/Y lines identical (P%), syscall sequence identical|differs
where Y is the longer trace's length and the "syscall sequence" is the list
of (syscall name, return value) pairs.  A program passes when that sequence
is identical and at least 90% of its lines are.  Failing programs show their
first differing lines.  Then the total, the syscalls whose lines differ most
(with an example of each: strace's line, then ltr's) and
"N passed, M failed, K skipped" (K from $COMPAT_SKIPPED: run.sh's
programs that could not run here).  Exits 1 if a program failed or if fewer than 97% of
all lines are identical.
"""
import collections
import difflib
import os
import re
import sys

THRESHOLD = 90.0        # per program
TOTAL_THRESHOLD = 97.0  # across the corpus
SHOW_DIFFS = 8
TOP = 10

# x86_64 syscalls newer than strace 6.1's table (Linux 6.1 ends at 450,
# set_mempolicy_home_node): strace prints them as syscall_0x<nr>.
CANONICAL = {
    451: 'cachestat', 452: 'fchmodat2', 453: 'map_shadow_stack',
    454: 'futex_wake', 455: 'futex_wait', 456: 'futex_requeue',
    457: 'statmount', 458: 'listmount', 459: 'lsm_get_self_attr',
    460: 'lsm_set_self_attr', 461: 'lsm_list_modules', 462: 'mseal',
    463: 'setxattrat', 464: 'getxattrat', 465: 'listxattrat',
    466: 'removexattrat', 467: 'open_tree_attr', 468: 'file_getattr',
    469: 'file_setattr',
}

PAD = re.compile(r'\) +=( |$)')
PIDPREFIX = re.compile(r'^(\d+) +(.*)$')
UNFINISHED = re.compile(r'^(.*?) ?<unfinished \.\.\.>$')
RESUMED = re.compile(r'^<\.\.\. ([A-Za-z0-9_]+) resumed>(.*)$')
UNKNOWN = re.compile(r'^syscall_0x([0-9a-f]+)\(')
# Calls whose return value is a process or thread id.
PID_RET = re.compile(r'^(?:getpid|gettid|getppid|getpgrp|getpgid|getsid|'
                     r'set_tid_address|clone|clone3|fork|vfork|wait4|waitid)\(.*\) += (\d+)')
SI_PID = re.compile(r'\bsi_pid=(\d+)')
# rt_sigreturn returns what the interrupted call returned (a wait4's pid,
# say): substituted when it is a known pid, never collected as one.
SIGRETURN_RET = re.compile(r'^rt_sigreturn\(.*\) += (\d+)')
ENVP = re.compile(r'^(execve(?:at)?\(.*\], )0x[0-9a-f]+( /\* \d+ vars \*/)')
# -e verbose=: the tracer's own argv and envp pointers, undecoded.
ARGV_ENVP = re.compile(r'^(execve(?:at)?\(.*"[^"]*", )0x[0-9a-f]+, 0x[0-9a-f]+\)')
# -e raw=: the same with the path's pointer.
RAW_EXECVE = re.compile(r'^(execve\()0x[0-9a-f]+, 0x[0-9a-f]+, 0x[0-9a-f]+\)')
GETRANDOM = re.compile(r'^getrandom\("(?:[^"\\]|\\.)*"')
RANDOM_OPEN = re.compile(r'^open(?:at)?\(.*"/dev/u?random".*\) = (\d+)')
# -y's <path>, and -yy's, which may nest: </dev/urandom<char 1:9>>.
FD_PATH = r'(<(?:[^<>]|<[^<>]*>)*>)?'
READ_FD = re.compile(r'^read\((\d+)' + FD_PATH + r', "(?:[^"\\]|\\.)*"')
CLOSE_FD = re.compile(r'^close\((\d+)')
ALL_NUMBERS = re.compile(r'(?<=[=\[ {])\d+')
STAT_TIME = re.compile(r'\b(st_[amc]time(?:_nsec)?)=\d+(?: /\* [^*]* \*/)?')
STATX_TIME = re.compile(r'\b(stx_[abcm]time)=\{tv_sec=-?\d+, tv_nsec=\d+\}'
                        r'(?: /\* [^*]* \*/)?')
TIME_CALLS = ('clock_gettime(', 'gettimeofday(', 'time(', 'times(',
              'getrusage(', 'sysinfo(', 'clock_gettime64(')
ABSTIME_SLEEP = re.compile(r'^(clock_nanosleep(?:_time64)?\((?:[A-Z_]+|0x[0-9a-f]+(?: /\* [A-Z_]+ \*/)?), '
                           r'(?:TIMER_ABSTIME|0x1(?: /\* TIMER_ABSTIME \*/)?), )'
                           r'\{tv_sec=\d+, tv_nsec=\d+\}')
SI_TIMES = re.compile(r'\b(si_utime|si_stime)=\d+(?: /\* [^*]* \*/)?')
MKSTEMP = re.compile(r'^open(?:at)?\(.*"(?:[^"]*/)?([^"/]*[A-Za-z0-9]{6})", '
                     r'O_RDWR\|O_CREAT\|O_EXCL')
INDEX_OPEN = re.compile(r'^open(?:at)?\(.*[/"]\.git/index(?:\.lock)?", .*\) = (\d+)')
INDEX_IO = re.compile(r'^(write|read|pread64|pwrite64)\((\d+)' + FD_PATH +
                      r', "(?:[^"\\]|\\.)*"')
ADDRESS = re.compile(r'\b0x[0-9a-f]{8,}\b')
STATFS_FREE = re.compile(r'\b(f_bfree|f_bavail|f_ffree)=\d+')
INODE = re.compile(r'\b(st_ino|stx_ino|d_ino)=\d+')
# An inode, not the first byte of an address: followed by ], -> or ,.
FD_INODE = re.compile(r'\b(socket|pipe|UNIX-STREAM|UNIX|TCP|UDP|TCPv6|UDPv6|'
                      r'NETLINK|RAW|RAWv6):\[(\d+)(?=\]|->|,)')
TMPFILE_INODE = re.compile(r'(/#)\d+(?=>\(deleted\))')
UNIX_PEER = re.compile(r'\b(UNIX(?:-STREAM)?:\[N)->\d+')
INET_DETAILS = re.compile(r'\b((?:TCP|UDP)(?:v6)?:\[)(.*?)\]>')
INET_PORT = re.compile(r':(\d+)(?=->|$)')
PORT = re.compile(r'htons\((\d+)\)')
# -X raw and verbose print a port's bytes too: sin_port="\x9c\x40".
PORT_BYTES = re.compile(r'(sin6?_port=)"\\x([0-9a-f]{2})\\x([0-9a-f]{2})"')
# Netlink (ip, ss, tc): sequence numbers (from time()), port ids, socket
# inodes and cookies, and the counters that move between the two runs.
NETLINK_VARYING = re.compile(
    r'\b(nlmsg_seq|nlmsg_pid|nl_pid|idiag_inode|udiag_ino|udiag_vfs_ino|'
    r'idiag_expires|idiag_rqueue|idiag_wqueue|UNIX_DIAG_PEER\}, |'
    r'(?:rx|tx)_[a-z_]+|multicast|collisions|bytes|packets|requeues|backlog|'
    r'qlen|drops|overlimits|ifa_prefered|ifa_valid)=-?\d+')
NETLINK_COOKIE = re.compile(r'\b((?:idiag|udiag)_cookie)=\[\d+, \d+\]')
RET = re.compile(r'\) = (.*)$')
RETVAL = re.compile(r'^(?:(?:-1|\?) E[A-Z0-9_]+|-?\d+|0x[0-9a-f]+|\?|P\d+|ADDR)')
NAME = re.compile(r'^(?:P\d+ )?([A-Za-z_][A-Za-z0-9_]*)\(')


def port_range():
    try:
        with open('/proc/sys/net/ipv4/ip_local_port_range') as f:
            lo, hi = f.read().split()
            return int(lo), int(hi)
    except (OSError, ValueError):
        return 32768, 60999


PORTS = port_range()
TMPDIR = os.environ.get('COMPAT_TMP', '')


def canonical_name(line):
    """strace's line with syscall_0x<nr> renamed; (line, renamed?)."""
    m = UNKNOWN.match(line)
    if m and int(m.group(1), 16) in CANONICAL:
        return CANONICAL[int(m.group(1), 16)] + line[m.end() - 1:], True
    return line, False


def split_processes(lines):
    """With -f: {pid: [lines]} with unfinished/resumed pairs joined, or None
    when the trace has no pid prefixes."""
    if not lines or not all(PIDPREFIX.match(l) for l in lines):
        return None
    procs = collections.OrderedDict()
    pending = {}
    for l in lines:
        pid, rest = PIDPREFIX.match(l).groups()
        out = procs.setdefault(pid, [])
        m = UNFINISHED.match(rest)
        if m:
            pending[pid] = len(out)
            out.append(m.group(1))
            continue
        m = RESUMED.match(rest)
        if m and pid in pending:
            i = pending.pop(pid)
            out[i] = out[i] + m.group(2)
            continue
        out.append(rest)
    return procs


CHILD_RET = re.compile(r'^(?:clone|clone3|fork|vfork)\(.*\) += (\d+)')


def creation_order(procs, raw):
    """The traced processes in the order of their creation: the first
    line's process, then breadth first the children of each in the order
    its clone/fork calls returned them.  (Not numeric order: pids wrap.)"""
    if '' in procs:
        return []
    children = {}
    for pid, body in procs.items():
        children[pid] = [m.group(1) for m in map(CHILD_RET.match, body) if m]
    root = PIDPREFIX.match(raw[0]).group(1)
    order, seen, i = [root], {root}, 0
    while i < len(order):
        for c in children.get(order[i], []):
            if c not in seen:
                seen.add(c)
                order.append(c)
        i += 1
    order += sorted((p for p in procs if p not in seen), key=int)
    return order


# Where pids appear: return values (PID_RET), si_pid, clone3's parent_tid,
# capget/capset's pid, the pid of SCM_CREDENTIALS and SO_PEERCRED's
# {pid=N, uid=..., gid=...}, /proc/PID/ in paths (-y's /proc/PID/cgroup),
# and the pid arguments of these calls (not every number: pids wrap to
# small numbers that also count bytes).
PID_ARG1 = re.compile(r'^((?:wait4|kill|tkill|getpgid|getsid|setpgid|'
                      r'sched_[a-z_]+|prlimit64|pidfd_open|'
                      r'rt_sigqueueinfo|process_vm_readv|process_vm_writev|'
                      r'tgkill|rt_tgsigqueueinfo)\()(-?)(\d+)')
# The second (tid) argument: the first may already be a P token.
PID_ARG2 = re.compile(r'^((?:tgkill|rt_tgsigqueueinfo|setpgid)\((?:-?\d+|P\d+), )(\d+)')
WAITID = re.compile(r'^(waitid\((?:P_PID|P_PGID), )(\d+)')
PARENT_TID = re.compile(r'\b(parent_tid=\[|child_tid=\[)(\d+)')
SI_PID_SUB = re.compile(r'\b(si_pid=)(\d+)')
CAPGET_PID = re.compile(r'^(cap[gs]et\(\{version=\w+, pid=)(\d+)')
UCRED_PID = re.compile(r'(\{pid=)(\d+)(?=, uid=\d+, gid=\d+\})')
PROC_PID = re.compile(r'(/proc/)(\d+)(?=/)')
RET_SUB = re.compile(r'(\) += )(\d+)')


def sub_pids(l, names):
    """Line l with the pids in names replaced by their tokens, where pids
    appear."""
    def rep(m):
        return m.group(1) + names.get(m.group(2), m.group(2))
    if PID_RET.match(l):
        l = RET_SUB.sub(rep, l)
    m = SIGRETURN_RET.match(l)
    if m and m.group(1) in names:
        l = RET_SUB.sub(rep, l)
    m = PID_ARG1.match(l)
    if m and m.group(3) in names:
        l = m.group(1) + m.group(2) + names[m.group(3)] + l[m.end():]
    l = PID_ARG2.sub(rep, l)
    l = WAITID.sub(rep, l)
    l = PARENT_TID.sub(rep, l)
    l = SI_PID_SUB.sub(rep, l)
    l = CAPGET_PID.sub(rep, l)
    l = UCRED_PID.sub(rep, l)
    l = PROC_PID.sub(rep, l)
    return l


def load(path, stats, who):
    """The normalised lines of a trace.  Counts in stats[who + ' renamed']
    the syscall_0x... lines renamed, in stats[who + ' futex'] the futex lines
    of multithreaded programs left out."""
    with open(path, errors='replace') as f:
        raw = [l.rstrip('\n') for l in f]
    if TMPDIR:
        raw = [l.replace(TMPDIR, 'TMP') for l in raw]
    procs = split_processes(raw)
    if procs is None:
        procs = {'': raw}
    # Threads: their scheduling decides the futex calls (lock hand-overs)
    # and where thread stacks are mapped (glibc's stack cache).
    threaded = any('CLONE_THREAD' in l for body in procs.values()
                   for l in body)
    pids = set(p for p in procs if p)
    temps = set()    # mkstemp names: their last 6 characters are random
    for body in procs.values():
        for l in body:
            m = PID_RET.match(l)
            if m:
                pids.add(m.group(1))
            pids.update(SI_PID.findall(l))
            m = MKSTEMP.match(l)
            if m:
                temps.add(m.group(1))
    pids.discard('0')
    order = creation_order(procs, raw)
    order += sorted(pids - set(order), key=int)
    names = {p: 'P%d' % (i + 1) for i, p in enumerate(order)}
    temp_re = (re.compile('|'.join(re.escape(t) for t in sorted(temps)))
               if temps else None)
    out = []
    for pid in ([''] if '' in procs else order):
        if pid not in procs:
            continue
        random_fds = set()    # descriptors open on /dev/urandom
        index_fds = set()     # descriptors open on git's index.lock
        prefix = names[pid] + ' ' if pid else ''
        body = []
        for l in procs[pid]:
            l, renamed = canonical_name(l)
            stats[who + ' renamed'] += renamed
            if threaded and l.startswith('futex('):
                stats[who + ' futex'] += 1
                continue
            l = PAD.sub(r') =\1', l)
            l = ENVP.sub(r'\1ENVP\2', l)
            l = ARGV_ENVP.sub(r'\1ARGV, ENVP)', l)
            l = RAW_EXECVE.sub(r'\1PATH, ARGV, ENVP)', l)
            l = GETRANDOM.sub('getrandom("RANDOM"', l)
            m = RANDOM_OPEN.match(l)
            if m:
                random_fds.add(m.group(1))
            m = READ_FD.match(l)
            if m and m.group(1) in random_fds:
                l = 'read(%s%s, "RANDOM"%s' % (m.group(1), m.group(2) or '',
                                               l[m.end():])
            # git's index holds the files' ctimes and inode numbers.
            m = INDEX_OPEN.match(l)
            if m:
                index_fds.add(m.group(1))
            m = INDEX_IO.match(l)
            if m and m.group(2) in index_fds:
                l = '%s(%s%s, "INDEX"%s' % (m.group(1), m.group(2),
                                            m.group(3) or '', l[m.end():])
            m = CLOSE_FD.match(l)
            if m:
                random_fds.discard(m.group(1))
                index_fds.discard(m.group(1))
            if temp_re:
                l = temp_re.sub(lambda m: m.group(0)[:-6] + 'XXXXXX', l)
            if l.startswith(TIME_CALLS):
                l = ALL_NUMBERS.sub('N', l)
            l = ABSTIME_SLEEP.sub(r'\1{tv_sec=N, tv_nsec=N}', l)
            l = STAT_TIME.sub(r'\1=T', l)
            l = STATX_TIME.sub(r'\1=T', l)
            l = SI_TIMES.sub(r'\1=N', l)
            l = STATFS_FREE.sub(r'\1=N', l)
            l = INODE.sub(r'\1=N', l)
            l = FD_INODE.sub(r'\1:[N', l)
            l = UNIX_PEER.sub(r'\1->N', l)
            l = TMPFILE_INODE.sub(r'\1N', l)
            if 'nlmsg_' in l or 'nl_pid=' in l:
                l = NETLINK_VARYING.sub(r'\1=N', l)
                l = NETLINK_COOKIE.sub(r'\1=[N, N]', l)
            l = INET_DETAILS.sub(lambda m: m.group(1) + INET_PORT.sub(
                lambda p: ':PORT' if PORTS[0] <= int(p.group(1)) <= PORTS[1]
                else p.group(0), m.group(2)) + ']>', l)
            l = PORT.sub(lambda m: 'htons(PORT)'
                         if PORTS[0] <= int(m.group(1)) <= PORTS[1]
                         else m.group(0), l)
            l = PORT_BYTES.sub(lambda m: m.group(1) + '"PORT"'
                               if PORTS[0] <= int(m.group(2) + m.group(3), 16) <= PORTS[1]
                               else m.group(0), l)
            if threaded:
                l = ADDRESS.sub('ADDR', l)
            if names:
                l = sub_pids(l, names)
            body.append(l)
        out.extend(prefix + l for l in canonical_reaps(body))
    return out


REAP_SIGCHLD = re.compile(r'^--- SIGCHLD \{si_signo=SIGCHLD, si_code=CLD_\w+, '
                          r'si_pid=(P\d+),')
REAP_WAIT = re.compile(r'^wait4\(-1, (\[.*\]), (0|WNOHANG), NULL\) = (P\d+)$')
REAP_NONE = re.compile(r'^wait4\(-1, 0x[0-9a-f]+, WNOHANG, NULL\) = -1 ECHILD ')
REAP_CREATED = re.compile(r'^(?:clone|clone3|fork|vfork)\(.*\) = (P\d+)$')


def canonical_reaps(body):
    """One process's normalised lines, with the one race of a shell's
    foreground command tolerated.  bash forks a child, makes a few calls
    (signal masks, SIGINT handling) and blocks in wait4; when the child
    exits before bash gets to wait4 (a loaded machine, a tracer that lets
    the child run first), bash's SIGCHLD handler reaps it instead.  The
    kernel's scheduler decides which, under strace as under ltr:
      in wait4:        wait4(-1, [S], 0, NULL) = P
                       ... (bash's calls after its wait, the same both ways)
                       --- SIGCHLD {..., si_pid=P, ...} ---
                       wait4(-1, 0x..., WNOHANG, NULL) = -1 ECHILD (...)
                       rt_sigreturn(...) = 0
      in the handler:  --- SIGCHLD {..., si_pid=P, ...} ---
                       wait4(-1, [S], WNOHANG, NULL) = P
                       wait4(-1, 0x..., WNOHANG, NULL) = -1 ECHILD (...)
                       rt_sigreturn(...) = 0
                       (anywhere between the fork and the wait4)
                       ... (the same calls, without the wait4)
    Both become one line, "wait4(-1, [S], REAPED, NULL) = P", right after
    the line that created P; every other line stays where it was and is
    compared.  Only these exact shapes are rewritten, with the same child
    in the signal and in wait4, and the same status: a missing or extra
    signal, a wrong status or decoding, or another process's lines still
    show as differences.  (The `wait` builtin for a background job
    differs by more lines: tests/compat/run.sh's scripts order those
    exits instead.)"""
    out = list(body)

    def move_after_creation(at, child, line):
        for k in range(at - 1, -1, -1):
            m = REAP_CREATED.match(out[k])
            if m and m.group(1) == child:
                at = k + 1
                break
        out.insert(at, line)

    def deferred_signal(start, child):
        """Index of the SIGCHLD, ECHILD, rt_sigreturn triple for child
        after start, before the process forks or waits again; or None."""
        for k in range(start, len(out) - 2):
            if REAP_CREATED.match(out[k]) or out[k].startswith('wait4('):
                return None
            sig = REAP_SIGCHLD.match(out[k])
            if sig:
                if (sig.group(1) == child and REAP_NONE.match(out[k + 1]) and
                        out[k + 2].startswith('rt_sigreturn(')):
                    return k
                return None
        return None

    i = 0
    while i < len(out):
        sig = REAP_SIGCHLD.match(out[i])
        wait = REAP_WAIT.match(out[i + 1] if sig and i + 1 < len(out) else out[i])
        if sig and wait and i + 3 < len(out) and wait.group(2) == 'WNOHANG' and \
                sig.group(1) == wait.group(3) and REAP_NONE.match(out[i + 2]) \
                and out[i + 3].startswith('rt_sigreturn('):
            del out[i:i + 4]
        elif not sig and wait and wait.group(2) == '0':
            k = deferred_signal(i + 1, wait.group(3))
            if k is None:
                i += 1
                continue
            del out[k:k + 3]
            del out[i]
        else:
            i += 1
            continue
        move_after_creation(i, wait.group(3),
                            'wait4(-1, %s, REAPED, NULL) = %s' % (wait.group(1), wait.group(3)))
        i += 1
    return out


def sequence(lines, timed_heap=False):
    """The (name, return value) sequence of a normalised trace, for the
    check that both tracers saw the same calls return the same values.
    Left out, because the scheduler decides them: signal lines and the
    rt_sigreturn that ends a SIGCHLD handler (when SIGCHLD arrives relative
    to the parent's calls), and the wait4 calls that found no child to reap
    (-1 ECHILD, or 0 with WNOHANG): a shell reaps a child either in its
    wait4 or in its SIGCHLD handler, and the wait4 that reaps it is kept.
    getrandom calls are left out too: how many of them a program makes can
    depend on the bytes it got (git's temporary names made one more in about
    one run of ten).  In node's traces (programs named node*), the memory
    mappings (mmap, munmap, mprotect, madvise) are left out as well: V8
    grows and shrinks its heap from how long its collections took, so a
    loaded machine maps a page range more or less (564 of 567 lines the
    same, the sequence not).  All these lines are still compared as lines."""
    seq = []
    memory = ('mmap', 'munmap', 'mprotect', 'madvise') if timed_heap else ()
    after_sigchld = set()
    for l in lines:
        m = re.match(r'^(P\d+ )?(.*)$', l)
        who, rest = m.group(1) or '', m.group(2)
        if rest.startswith('--- '):
            if rest.startswith('--- SIGCHLD '):
                after_sigchld.add(who)
            continue
        if rest.startswith('rt_sigreturn(') and who in after_sigchld:
            after_sigchld.discard(who)
            continue
        if rest.startswith('getrandom('):
            continue
        key = call_key(l)
        if key[0] == 'wait4' and (key[1] == '-1 ECHILD' or
                                  (key[1] == '0' and 'WNOHANG' in rest)):
            continue
        if key[0] in memory:
            continue
        seq.append(key)
    return seq


def call_key(line):
    """(name, return value) of a trace line, or the whole line.  The return
    value is the number (or ?, or the error's name), without what strace
    prints after it: "(Timeout)", poll's revents, -y's path are decoding,
    compared with the lines."""
    n = NAME.match(line)
    r = RET.search(line)
    if n and r:
        v = RETVAL.match(r.group(1))
        return (n.group(1), v.group(0) if v else r.group(1))
    return (line, '')


def syscall_of(line):
    n = NAME.match(line)
    if n:
        return n.group(1)
    if ' --- ' in ' ' + line or line.startswith('---'):
        return '--- signal'
    if '+++' in line:
        return '+++ exit'
    return '(other)'


def compare(name, a_path, b_path, differing, stats):
    a, b = load(a_path, stats, 'strace'), load(b_path, stats, 'ltr')
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in sm.get_matching_blocks())
    total = max(len(a), len(b))
    pct = 100.0 * same / total if total else 0.0
    timed_heap = name.startswith('node')
    seq_same = sequence(a, timed_heap) == sequence(b, timed_heap)
    ok = seq_same and pct >= THRESHOLD and total > 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == 'equal':
            continue
        for k in range(max(i2 - i1, j2 - j1)):
            la = a[i1 + k] if i1 + k < i2 else None
            lb = b[j1 + k] if j1 + k < j2 else None
            sc = syscall_of(la if la is not None else lb)
            entry = differing.setdefault(sc, [0, None, None])
            entry[0] += 1
            if entry[1] is None or (entry[1][0] is None or entry[1][1] is None) \
                    and la is not None and lb is not None:
                entry[1] = (la, lb)
                entry[2] = name
    print('%s: %d/%d lines identical (%.1f%%), syscall sequence %s%s' %
          (name, same, total, pct, 'identical' if seq_same else 'differs',
           '' if ok else '  FAIL'))
    if not ok:
        shown = 0
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                continue
            for l in a[i1:i2]:
                print('    -' + l)
            for l in b[j1:j2]:
                print('    +' + l)
            shown += 1
            if shown >= SHOW_DIFFS:
                break
    return ok, same, total


def main(argv):
    if len(argv) < 3 or len(argv) % 3:
        print(__doc__, file=sys.stderr)
        return 2
    passed = failed = same_all = total_all = 0
    differing = {}
    stats = collections.Counter()
    if os.environ.get('COMPAT_LIST_FAILING'):
        # run.sh's retry pass: only the names of the failing programs.
        with open(os.devnull, 'w') as quiet:
            for i in range(0, len(argv), 3):
                saved, sys.stdout = sys.stdout, quiet
                try:
                    ok = compare(*argv[i:i + 3], {}, collections.Counter())[0]
                finally:
                    sys.stdout = saved
                if not ok:
                    print(argv[i])
        return 0
    for i in range(0, len(argv), 3):
        ok, same, total = compare(*argv[i:i + 3], differing, stats)
        passed += ok
        failed += not ok
        same_all += same
        total_all += total
    pct = 100.0 * same_all / total_all if total_all else 0.0
    print('total: %d/%d lines identical (%.1f%%, at least %.0f%% needed)' %
          (same_all, total_all, pct, TOTAL_THRESHOLD))
    print('strace lines renamed from syscall_0x... (newer than strace 6.1): '
          '%d (ltr: %d)' % (stats['strace renamed'], stats['ltr renamed']))
    print('futex lines of multithreaded programs left out: %d strace, %d ltr'
          % (stats['strace futex'], stats['ltr futex']))
    if differing:
        print('syscalls whose lines differ most (differing lines; example '
              'strace line, then ltr line):')
        top = sorted(differing.items(), key=lambda kv: (-kv[1][0], kv[0]))
        for sc, (count, example, prog) in top[:TOP]:
            print('  %s: %d  (in %s)' % (sc, count, prog))
            print('    strace: %s' % (example[0] if example[0] is not None
                                      else '(none)'))
            print('    ltr:    %s' % (example[1] if example[1] is not None
                                      else '(none)'))
    print('a program passes when its syscall names and return values are '
          'identical and at least %.0f%% of its lines are' % THRESHOLD)
    print('%d passed, %d failed, %s skipped' %
          (passed, failed, os.environ.get('COMPAT_SKIPPED', '0')))
    return 1 if failed or pct < TOTAL_THRESHOLD else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
