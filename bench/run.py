#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""ltr's benchmark (make bench): ltr against strace and the ptrace floor.

Runs every workload under every configuration in rounds: each round runs
the configurations once, in forward order on even rounds and backward on
odd ones, so any two configurations form an alternating pair per round.
Prints the median time of each, then each target of issue 5 as the median
of its per-round ratios, MET or NOT MET. Exits non-zero only when a run
crashed (a non-zero exit or a signal), never because a target was missed.

    python3 bench/run.py --ltr ./ltr --bin build/bench [--rounds 5] [--scale 1]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ltr", default="./ltr", help="the ltr binary")
    p.add_argument("--bin", default="build/bench", help="where the workloads are built")
    p.add_argument("--rounds", type=int, default=5, help="rounds (pairs) per comparison, >= 5")
    p.add_argument("--scale", type=float, default=1.0,
                   help="multiply every workload's size (N) by this")
    p.add_argument("--only", default="", help="comma-separated workloads to run")
    p.add_argument("--no-rss", action="store_true", help="skip the 1M-syscall RSS run")
    p.add_argument("--pin", default="",
                   help="run everything under taskset -c PIN (e.g. 0): tracer and tracee on one "
                   "CPU, which removes cross-CPU wake-ups from the cost of a stop")
    p.add_argument("--nogsi", action="store_true",
                   help="also run ltr, ltr -c, the on_exit hook and %%net with "
                   "LTR_NO_GET_SYSCALL_INFO=1 (stops read from the registers, the path of "
                   "kernels before 5.3) and compare each with its normal run (limit 1.10)")
    return p.parse_args()


ARGS = parse_args()
LTR = os.path.abspath(ARGS.ltr)
BIN = os.path.abspath(ARGS.bin)
ROUNDS = max(5, ARGS.rounds)
STRACE = shutil.which("strace")
# Calibrated on a 2-core VM where a ptrace stop costs ~12 us: a full run
# takes about 5 minutes.
N_STORM = int(20000 * ARGS.scale)       # iterations: 2 syscalls each
N_THREADS = int(20000 * ARGS.scale)     # iterations over 4 threads
N_FORKS = int(300 * ARGS.scale)         # /bin/true runs
N_RSS = 500000                          # 1M syscalls

crashed = []


def ltr_has(option):
    """Whether this ltr accepts option (e.g. --stats, --no-seccomp)."""
    r = subprocess.run([LTR, option, "-o", "/dev/null", "--", "true"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


HAS_STATS = ltr_has("--stats")

# --- workloads: name -> (argv, follow, what it is) ---
TAR_DIRS = [d for d in ("linux", "c++", "x86_64-linux-gnu", "asm-generic")
            if os.path.isdir(os.path.join("/usr/include", d))]
WORKLOADS = {
    "storm": ([os.path.join(BIN, "storm"), str(N_STORM)], False,
              f"{N_STORM} x (getppid + 1-byte write to /dev/null)"),
    "tar": (["tar", "-C", "/usr/include", "-cf", "/dev/zero"] + TAR_DIRS, False,
            "tar of /usr/include/{" + ",".join(TAR_DIRS) + "} to /dev/zero"),
    "find": (["find", "/usr/include", "-type", "f", "-newer", "/usr/include/stdio.h"], False,
             "find /usr/include -type f -newer stdio.h (a stat per file)"),
    "threads": ([os.path.join(BIN, "threads"), str(N_THREADS)], True,
                f"4 threads, {N_THREADS} x (getppid + write) in all"),
    "forks": (["sh", "-c", f"i=0; while [ $i -lt {N_FORKS} ]; do /bin/true; i=$((i+1)); done"],
              True, f"sh loop running /bin/true {N_FORKS} times"),
    # The storm while two CPU hogs run: ltr's polling must not make it
    # slower than strace on a busy machine.
    "busy": ([os.path.join(BIN, "storm"), str(N_STORM)], False,
             f"the storm ({N_STORM} x) with two CPU hogs running"),
    # Attach mode: ltr -p and strace -p on a storm that starts once the
    # tracer is attached (no filter: attached processes stop at every call).
    "attach": ([os.path.join(BIN, "storm"), str(N_STORM), "go"], False,
               f"the storm ({N_STORM} x), traced with -p once attached"),
    # What stack traces cost (-k), on a short run: strace -k is slow.
    "stacks": (["tar", "-C", "/usr/include", "-cf", "/dev/zero", "linux/netfilter"], False,
               "tar of /usr/include/linux/netfilter to /dev/zero, with and without -k"),
}
# Workloads the targets are judged on.
TARGET_WORKLOADS = ("storm", "tar", "find")


def f_(follow):
    return ["-f"] if follow else []


# Environment variables added to the runs of some configurations.
EXTRA_ENV = {}
# --nogsi: (configuration, its twin reading stops from the registers).
NOGSI_BASES = ("ltr", "ltr -c", "ltr on_exit hook", "ltr %net")
NOGSI_PAIRS = [(base, base + " (regs)") for base in NOGSI_BASES] if ARGS.nogsi else []
NOGSI_LIMIT = 1.10


# --- configurations: name -> argv builder; None when unavailable ---
def configs(follow):
    c = {
        "untraced": lambda w: w,
        "floor": lambda w: [os.path.join(BIN, "floor")] + w,
        "floor --poll": lambda w: [os.path.join(BIN, "floor"), "--poll"] + w,
        "seccomp only": lambda w: [os.path.join(BIN, "floor"), "--filter-only"] + w,
        "ltr --no-spin": lambda w: [LTR, "--no-spin", "-o", "/dev/null"] + f_(follow) + ["--"] + w,
        "ltr": lambda w: [LTR, "-o", "/dev/null"] + f_(follow) + ["--"] + w,
        "ltr -c": lambda w: [LTR, "-c", "-o", "/dev/null"] + f_(follow) + ["--"] + w,
        "ltr on_exit hook": lambda w: [LTR, "-s", os.path.join(HERE, "hook_exit.lua")]
        + f_(follow) + ["--"] + w,
        # Kernel-side filtering needs -f in ltr as in strace (a filter is
        # inherited by every child): these compare with strace -f
        # --seccomp-bpf.
        "ltr %net": lambda w: [LTR, "-f", "-e", "trace=%net", "-o", "/dev/null", "--"] + w,
        "ltr %file entry hook": lambda w: [LTR, "-f", "-s", os.path.join(HERE, "hook_file.lua"),
                                           "--"] + w,
        "ltr -k": lambda w: [LTR, "-k", "-o", "/dev/null"] + f_(follow) + ["--"] + w,
    }
    for base, twin in NOGSI_PAIRS:
        c[twin] = c[base]
        EXTRA_ENV[twin] = {"LTR_NO_GET_SYSCALL_INFO": "1"}
    if STRACE:
        c.update({
            "strace": lambda w: [STRACE, "-o", "/dev/null"] + f_(follow) + w,
            "strace -c": lambda w: [STRACE, "-c", "-o", "/dev/null"] + f_(follow) + w,
            "strace -k": lambda w: [STRACE, "-k", "-o", "/dev/null"] + f_(follow) + w,
            "strace seccomp %net": lambda w: [STRACE, "-f", "--seccomp-bpf", "-e",
                                              "trace=%net", "-o", "/dev/null"] + w,
            "strace seccomp %file": lambda w: [STRACE, "-f", "--seccomp-bpf", "-e",
                                               "trace=%file", "-o", "/dev/null"] + w,
        })
    return c


# The configurations each workload runs (the targets need all of them on
# storm, tar and find; threads and forks show following costs).
ORDER = ["untraced", "floor", "floor --poll", "strace", "ltr", "ltr --no-spin", "strace -c",
         "ltr -c", "ltr on_exit hook", "seccomp only", "strace seccomp %net", "ltr %net",
         "strace seccomp %file", "ltr %file entry hook"]
SHORT_ORDER = ["untraced", "floor", "strace", "ltr", "ltr --no-spin", "ltr -c",
               "strace seccomp %net", "ltr %net"]
STACK_ORDER = ["untraced", "strace", "ltr", "strace -k", "ltr -k"]
BUSY_ORDER = ["untraced", "strace", "ltr", "ltr --no-spin"]
ATTACH_ORDER = ["untraced", "strace -p", "ltr -p"]
ORDER += [twin for _, twin in NOGSI_PAIRS]
SHORT_ORDER += [twin for base, twin in NOGSI_PAIRS if base in SHORT_ORDER]

# (label, numerator, denominator, limit): met when median ratio <= limit
# (< limit when strict).
TARGETS = [
    ("ltr / strace (-o /dev/null)", "ltr", "strace", 0.85, False),
    ("ltr / floor", "ltr", "floor", 1.25, False),
    ("ltr -c / strace -c", "ltr -c", "strace -c", 0.85, False),
    ("ltr on_exit hook / floor", "ltr on_exit hook", "floor", 1.3, False),
    ("ltr %net / untraced", "ltr %net", "untraced", 1.2, False),
    ("ltr %net / strace seccomp %net", "ltr %net", "strace seccomp %net", 1.05, False),
    ("ltr %file entry hook / strace seccomp %file", "ltr %file entry hook",
     "strace seccomp %file", 1.0, True),
]

# Not targets: where the time goes. "floor --poll" waits as ltr does by
# default (polling before blocking), "ltr --no-spin" as the floor does
# (always blocking); "seccomp only" is the untraced command under an
# allow-everything seccomp filter, the least kernel-side filtering costs.
EXPLAIN = [
    ("ltr / floor --poll (same way of waiting)", "ltr", "floor --poll"),
    ("ltr --no-spin / floor (same way of waiting)", "ltr --no-spin", "floor"),
    ("ltr --no-spin / strace", "ltr --no-spin", "strace"),
    ("seccomp only / untraced (filter's own cost)", "seccomp only", "untraced"),
    ("ltr %net / seccomp only", "ltr %net", "seccomp only"),
]


def run_once(argv, label, env=None):
    """Runs argv once (env: variables added to the environment); returns its
    wall time in seconds, or None on a crash."""
    if ARGS.pin:
        argv = ["taskset", "-c", ARGS.pin] + argv
    full_env = dict(os.environ, **env) if env else None
    start = time.perf_counter()
    r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, env=full_env)
    elapsed = time.perf_counter() - start
    if r.returncode != 0:
        tail = r.stderr.decode(errors="replace").strip().splitlines()[-3:]
        crashed.append(f"{label}: exit status {r.returncode}: {' | '.join(tail)}")
        print(f"  CRASH {label}: exit status {r.returncode}", file=sys.stderr)
        return None
    return elapsed


def fmt_time(t):
    return "   crash" if t is None else f"{t:8.3f}"


def start_hogs(n):
    """n processes that only spin (a busy machine), to kill afterwards."""
    return [subprocess.Popen(["sh", "-c", "while :; do :; done"]) for _ in range(n)]


def stop_hogs(hogs):
    for h in hogs:
        h.kill()
    for h in hogs:
        h.wait()


def run_attached(argv, tracer, label):
    """Wall time of argv (a storm waiting for "go" on stdin) traced by
    tracer (argv prefix taking -p PID), from the go to its end; untraced
    when tracer is None. None on a crash or when the attach did not happen."""
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    t = None
    try:
        if tracer:
            t = subprocess.Popen(tracer + ["-p", str(p.pid)], stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.perf_counter() + 10
            while time.perf_counter() < deadline:
                with open(f"/proc/{p.pid}/status") as f:
                    if re.search(r"^TracerPid:\s*[1-9]", f.read(), re.M):
                        break
                time.sleep(0.005)
            else:
                crashed.append(f"{label}: the tracer did not attach")
                return None
            time.sleep(0.05)  # the attach's own stops are over
        start = time.perf_counter()
        p.stdin.write(b"g")
        p.stdin.close()
        rc = p.wait(timeout=300)
        elapsed = time.perf_counter() - start
        if t:
            t.wait(timeout=30)
        if rc != 0:
            crashed.append(f"{label}: exit status {rc}")
            return None
        return elapsed
    finally:
        for proc in (p, t):
            if proc and proc.poll() is None:
                proc.kill()
                proc.wait()


def bench_workload(name):
    argv, follow, what = WORKLOADS[name]
    cfgs = configs(follow)
    order = (ORDER if name in TARGET_WORKLOADS else STACK_ORDER if name == "stacks"
             else BUSY_ORDER if name == "busy" else ATTACH_ORDER if name == "attach"
             else SHORT_ORDER)
    if name == "attach":
        tracers = {"untraced": None, "ltr -p": [LTR, "-o", "/dev/null"]}
        if STRACE:
            tracers["strace -p"] = [STRACE, "-o", "/dev/null"]
        order = [c for c in order if c in tracers]
    else:
        order = [c for c in order if c in cfgs]
    times = {c: [] for c in order}
    print(f"\n== {name}: {what}; {ROUNDS} rounds", flush=True)
    hogs = start_hogs(2) if name == "busy" else []
    try:
        if name != "attach":
            run_once(argv, f"{name} warm-up")
        t0 = time.perf_counter()
        for r in range(ROUNDS):
            seq = order if r % 2 == 0 else list(reversed(order))
            for c in seq:
                if name == "attach":
                    times[c].append(run_attached(argv, tracers[c], f"{name} / {c}"))
                else:
                    times[c].append(run_once(cfgs[c](argv), f"{name} / {c}",
                                             EXTRA_ENV.get(c)))
            print(f"  round {r + 1}/{ROUNDS} done ({time.perf_counter() - t0:.0f} s)",
                  file=sys.stderr, flush=True)
    finally:
        stop_hogs(hogs)
    return times


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def pair_ratio(times, a, b):
    """Median over rounds of times[a][r] / times[b][r]."""
    if a not in times or b not in times:
        return None
    ratios = [x / y for x, y in zip(times[a], times[b])
              if x is not None and y is not None and y > 0]
    return statistics.median(ratios) if ratios else None


def print_times(name, times):
    print(f"{'configuration':<24} {'median s':>9} {'/untraced':>10} {'/floor':>8} {'/strace':>8}")
    for c, ts in times.items():
        m = median(ts)
        cols = [pair_ratio(times, c, ref) for ref in ("untraced", "floor", "strace")]
        cells = ["" if v is None else f"{v:.2f}" for v in cols]
        print(f"{c:<24} {fmt_time(m):>9} {cells[0]:>10} {cells[1]:>8} {cells[2]:>8}")


def stats_report(name):
    """ltr --stats of the %file entry hook: one stop per selected call?"""
    if not HAS_STATS:
        return None, "ltr has no --stats yet"
    argv, follow, _ = WORKLOADS[name]
    cmd = [LTR, "--stats", "-f", "-s", os.path.join(HERE, "hook_file.lua"), "--"] + argv
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    text = r.stderr.decode(errors="replace")
    if r.returncode != 0:
        crashed.append(f"{name} / ltr --stats: exit status {r.returncode}")
        return None, text

    def count(label):
        m = re.search(r"^\s*" + re.escape(label) + r"\s+(\d+)", text, re.M)
        return int(m.group(1)) if m else None

    calls = count("syscalls seen")
    stops = [count("stops: syscall entry"), count("stops: syscall exit"),
             count("stops: seccomp")]
    if calls is None or None in stops:
        return None, text
    return (sum(stops), calls), text


def peak_rss(n):
    """Peak RSS in KiB of ltr -c over the storm of n iterations (2n syscalls)."""
    time_bin = "/usr/bin/time"
    if not os.access(time_bin, os.X_OK):
        return None
    cmd = [time_bin, "-f", "%M", LTR, "-c", "-o", "/dev/null", "--",
           os.path.join(BIN, "storm"), str(n)]
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    if r.returncode != 0:
        crashed.append(f"rss / ltr -c storm {n}: exit status {r.returncode}")
        return None
    try:
        return int(r.stderr.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def main():
    if not os.access(LTR, os.X_OK):
        print(f"bench: no ltr at {LTR}; run make first", file=sys.stderr)
        return 1
    print(f"ltr benchmark: {os.cpu_count()} CPUs, kernel {os.uname().release}, "
          f"{ROUNDS} rounds, strace {'found' if STRACE else 'NOT FOUND'}")
    if ARGS.pin:
        print(f"pinned: every run under taskset -c {ARGS.pin}")
    print(f"N: storm {N_STORM} iterations ({2 * N_STORM} syscalls), threads {N_THREADS}, "
          f"forks {N_FORKS}, RSS storm {N_RSS} ({2 * N_RSS} syscalls)")
    only = [w for w in ARGS.only.split(",") if w]
    names = [w for w in WORKLOADS if not only or w in only]
    results = {}
    start = time.perf_counter()
    for name in names:
        results[name] = bench_workload(name)
        print_times(name, results[name])

    print("\n== targets (issue 5): median of per-round ratios")
    print(f"{'target':<46} {'workload':<8} {'ratio':>6} {'limit':>7}  verdict")
    for label, a, b, limit, strict in TARGETS:
        for name in names:
            if name not in TARGET_WORKLOADS:
                continue
            ratio = pair_ratio(results[name], a, b)
            if ratio is None:
                verdict, cell = "n/a", "   n/a"
            else:
                ok = ratio < limit if strict else ratio <= limit
                verdict, cell = ("MET" if ok else "NOT MET"), f"{ratio:6.2f}"
            lim = f"{'<' if strict else '<='}{limit:.2f}"
            print(f"{label:<46} {name:<8} {cell} {lim:>7}  {verdict}")

    # Issue 17: never slower than strace because of ltr's own polling.
    for name, a, b, label in (("busy", "ltr", "strace", "ltr / strace, two CPU hogs running"),
                              ("attach", "ltr -p", "strace -p", "ltr -p / strace -p")):
        if name not in names:
            continue
        ratio = pair_ratio(results[name], a, b)
        if ratio is None:
            print(f"{label:<46} {name:<8}    n/a")
        else:
            verdict = "MET" if ratio <= 1.0 else "NOT MET"
            print(f"{label:<46} {name:<8} {ratio:6.2f} {'<=1.00':>7}  {verdict}")

    print("\n== where the time goes (not targets): median of per-round ratios")
    for label, a, b in EXPLAIN:
        for name in names:
            if name not in TARGET_WORKLOADS:
                continue
            ratio = pair_ratio(results[name], a, b)
            cell = "   n/a" if ratio is None else f"{ratio:6.2f}"
            print(f"{label:<46} {name:<8} {cell}")

    if NOGSI_PAIRS:
        print(f"\n== stops read from the registers (LTR_NO_GET_SYSCALL_INFO=1) against "
              f"PTRACE_GET_SYSCALL_INFO: median of per-round ratios")
        for base, twin in NOGSI_PAIRS:
            for name in names:
                ratio = pair_ratio(results[name], twin, base)
                if ratio is None:
                    continue
                verdict = "MET" if ratio <= NOGSI_LIMIT else "NOT MET"
                print(f"{twin + ' / ' + base:<46} {name:<8} {ratio:6.2f} "
                      f"{'<=' + format(NOGSI_LIMIT, '.2f'):>7}  {verdict}")

    for name in names:
        if name not in ("storm", "find"):
            continue
        counts, text = stats_report(name)
        if counts is None:
            print(f"{'%file entry hook: 1 stop per selected call':<46} {name:<8}    n/a"
                  f"          n/a ({text.strip().splitlines()[-1] if text.strip() else '?'})")
        else:
            stops, calls = counts
            verdict = "MET" if stops == calls else "NOT MET"
            print(f"{'%file entry hook: 1 stop per selected call':<46} {name:<8} "
                  f"{stops}/{calls} stops  {verdict}")
            print("\n".join("    " + line for line in text.strip().splitlines()))

    if not ARGS.no_rss:
        small = peak_rss(N_RSS // 10)
        big = peak_rss(N_RSS)
        if big is None:
            print(f"{'ltr -c peak RSS over 1M syscalls':<46} {'storm':<8}    n/a")
        else:
            verdict = "MET" if big <= 12 * 1024 else "NOT MET"
            print(f"{'ltr -c peak RSS over 1M syscalls (MiB)':<46} {'storm':<8} "
                  f"{big / 1024:6.1f} {'<=12.00':>7}  {verdict}"
                  f"   (at 100k syscalls: {small / 1024 if small else 0:.1f} MiB)")

    print(f"\nbench: done in {time.perf_counter() - start:.0f} s")
    if crashed:
        print("bench: runs that crashed:", file=sys.stderr)
        for c in crashed:
            print("  " + c, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
