#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""compare.py NAME STRACE_TRACE LTR_TRACE [NAME A B ...]

The differential test's comparison: for each program, normalise what
genuinely differs between two runs of the same program (pids and thread ids,
random bytes from getrandom or read from /dev/urandom, sysinfo counters, the
tracer's own envp pointer in execve), then compare the traces line by line (longest common subsequence, difflib).

Per program prints
  NAME: X/Y lines identical (P%), syscall sequence identical|differs
where Y is the longer trace's length and the "syscall sequence" is the list
of (syscall name, return value) pairs.  A program passes when that sequence
is identical and at least 90% of lines are.  Failing programs show their
first differing lines.  Ends with a total and "N passed, M failed"; exits 1
if any program failed.
"""
import difflib
import re
import sys

THRESHOLD = 90.0
SHOW_DIFFS = 8

PAD = re.compile(r'\) +=( |$)')
# Calls whose return value is a process or thread id.
PID_RET = re.compile(r'^(?:getpid|gettid|getppid|set_tid_address|clone|clone3|'
                     r'fork|vfork)\(.*\) += (\d+)$')
ENVP = re.compile(r'^(execve(?:at)?\(.*\], )0x[0-9a-f]+( /\* \d+ vars \*/)')
GETRANDOM = re.compile(r'^getrandom\("(?:[^"\\]|\\.)*"')
RANDOM_OPEN = re.compile(r'^open(?:at)?\(.*"/dev/u?random".*\) = (\d+)$')
READ_FD = re.compile(r'^read\((\d+), "(?:[^"\\]|\\.)*"')
CLOSE_FD = re.compile(r'^close\((\d+)\)')
SYSINFO_NUM = re.compile(r'(?<=[=\[ ])\d+')
RET = re.compile(r'\) = (.*)$')
NAME = re.compile(r'^([A-Za-z_][A-Za-z0-9_]*)\(')


def load(path):
    with open(path, errors='replace') as f:
        lines = [PAD.sub(r') =\1', l.rstrip('\n')) for l in f]
    pids = set()
    for l in lines:
        m = PID_RET.match(l)
        if m:
            pids.add(m.group(1))
    out = []
    random_fds = set()    # descriptors open on /dev/urandom
    for l in lines:
        l = ENVP.sub(r'\1ENVP\2', l)
        l = GETRANDOM.sub('getrandom("RANDOM"', l)
        m = RANDOM_OPEN.match(l)
        if m:
            random_fds.add(m.group(1))
        m = READ_FD.match(l)
        if m and m.group(1) in random_fds:
            l = 'read(%s, "RANDOM"%s' % (m.group(1), l[m.end():])
        m = CLOSE_FD.match(l)
        if m:
            random_fds.discard(m.group(1))
        if l.startswith('sysinfo('):
            l = SYSINFO_NUM.sub('N', l)
        if pids:
            l = re.sub(r'\b(%s)\b' % '|'.join(sorted(pids)), 'PID', l)
        out.append(l)
    return out


def call_key(line):
    """(name, return value) of a trace line, or the whole line."""
    n = NAME.match(line)
    r = RET.search(line)
    if n and r:
        return (n.group(1), r.group(1))
    return (line, '')


def compare(name, a_path, b_path):
    a, b = load(a_path), load(b_path)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in sm.get_matching_blocks())
    total = max(len(a), len(b))
    pct = 100.0 * same / total if total else 0.0
    seq_same = [call_key(l) for l in a] == [call_key(l) for l in b]
    ok = seq_same and pct >= THRESHOLD and total > 0
    print('%s: %d/%d lines identical (%.1f%%), syscall sequence %s%s' %
          (name, same, total, pct, 'identical' if seq_same else 'differs',
           '' if ok else '  FAIL'))
    if not ok:
        shown = 0
        for line in difflib.unified_diff(a, b, 'strace', 'ltr', n=0,
                                         lineterm=''):
            if line.startswith(('---', '+++ ltr', '+++ strace', '@@')):
                if line.startswith('@@') and shown >= SHOW_DIFFS:
                    break
                continue
            print('    ' + line)
            shown += 1
            if shown >= 2 * SHOW_DIFFS:
                break
    return ok, same, total


def main(argv):
    if len(argv) < 3 or len(argv) % 3:
        print(__doc__, file=sys.stderr)
        return 2
    passed = failed = same_all = total_all = 0
    for i in range(0, len(argv), 3):
        ok, same, total = compare(*argv[i:i + 3])
        passed += ok
        failed += not ok
        same_all += same
        total_all += total
    print('total: %d/%d lines identical (%.1f%%)' %
          (same_all, total_all,
           100.0 * same_all / total_all if total_all else 0.0))
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
