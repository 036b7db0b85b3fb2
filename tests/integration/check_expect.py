#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""check_expect.py TRACE EXPECT [PID_REMAP...]

Checks that every expected line a fixture wrote (see tests/fixtures/fixture.h
for the protocol: "TID LINE", "<?>" matches anything) appears in the trace
file TRACE, in order per TID.  TRACE may come from -o FILE ("N  " prefixes or
none) or from stderr ("[pid  N] " prefixes or none).  Alignment padding before
" = " is collapsed and "<unfinished ...>" / "<... NAME resumed>" pairs of the
same pid are joined first.  Prints each missing line and exits 1 if any.
"""
import re
import sys

PREFIX = re.compile(r'^(?:\[pid +(\d+)\] |(\d+) +)')
PAD = re.compile(r'\) +=( |$)')
UNFINISHED = ' <unfinished ...>'
RESUMED = re.compile(r'^<\.\.\. [A-Za-z0-9_]+ resumed>')


def norm(text):
    return PAD.sub(r') =\1', text.rstrip('\n'))


# A tracer's own notice glued to a half-printed line on stderr:
# "vfork(strace: Process 42 attached".
NOTICE = re.compile(r'(?:[\w./-]*/)?(?:strace|ltr): Process \d+ attached$')


def parse_trace(path):
    """Return a list of (pid or None, normalised text).

    On stderr strace prints the "[pid N] " prefix only while several
    processes are traced, so a line may lack the prefix; an unfinished line
    is joined with the first later "<... NAME resumed>" of the same syscall
    whose pid is the same or unknown on either side.
    """
    out = []              # [pid, text, unfinished?]
    pending = []          # indices in out of unfinished lines
    with open(path, errors='replace') as f:
        for raw in f:
            raw = raw.rstrip('\n')
            m = PREFIX.match(raw)
            pid = None
            if m:
                pid = int(m.group(1) or m.group(2))
                raw = raw[m.end():]
            n = NOTICE.search(raw)
            if n and n.start() > 0:
                raw = raw[:n.start()] + UNFINISHED
            if raw.endswith(UNFINISHED):
                pending.append(len(out))
                out.append([pid, raw[:-len(UNFINISHED)], True])
                continue
            r = RESUMED.match(raw)
            if r:
                name = raw[5:raw.index(' resumed>')]
                for i in reversed(pending):
                    p, text, _ = out[i]
                    if text.startswith(name + '(') and \
                            (p is None or pid is None or p == pid):
                        pending.remove(i)
                        out[i] = [p if p is not None else pid,
                                  norm(text + raw[r.end():]), False]
                        break
                else:
                    out.append([pid, norm(raw), False])
                continue
            out.append([pid, norm(raw), False])
    # Keep unjoined unfinished lines as printed.
    return [(p, t + UNFINISHED if u else t) for p, t, u in out]


def pattern(text):
    parts = norm(text).split('<?>')
    return re.compile('^' + '.*'.join(re.escape(p) for p in parts) + '$')


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    trace = parse_trace(sys.argv[1])
    expected = []
    with open(sys.argv[2], errors='replace') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                continue
            tid, _, text = line.partition(' ')
            expected.append((int(tid), text))
    if not expected:
        print('no expected lines', file=sys.stderr)
        return 1
    pos = {}              # tid -> next index in trace to search from
    missing = 0
    for tid, text in expected:
        pat = pattern(text)
        start = pos.get(tid, 0)
        for i in range(start, len(trace)):
            pid, line = trace[i]
            if (pid is None or pid == tid) and pat.match(line):
                pos[tid] = i + 1
                break
        else:
            missing += 1
            print('missing (pid %d): %s' % (tid, text))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
