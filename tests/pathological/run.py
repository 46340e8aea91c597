#!/usr/bin/env python3
"""The pathological suite: small inputs that once took unbounded time or memory, crashed, destroyed
files or lost text with exit 0 (issue 19), in the manner of cmark's test/pathological_tests.py.

Every case is a row of CASES (cases.py): a generator that writes its input into a scratch folder and
returns the command line, the expected outcome (exit code, what stderr must and must not say, an extra
check), and limits in seconds and MiB of peak resident memory. Each case runs the `informe` binary as a
child process; its peak memory is the kernel's ru_maxrss (wait4), its time the wall clock, and it is
killed as soon as it passes either limit (VmRSS is polled), so a regression cannot take the machine
down.

A case marked `pending` names the component that still fails it and how to fix it; it must still fail
(XFAIL). When it passes (XPASS) the run fails too, so that the mark is removed and the case guards the
fix from then on.

Usage: run.py INFORME [NAME_REGEX] [--list]. Environment: INFORME_SOURCE_DIR (the repository),
PATHOLOGICAL_SCALE (multiplies every limit; the ASan build is detected and gets 15x time, 3x memory,
and skips the pending cases, which the release build checks).
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases as table  # noqa: E402


def uses_asan(binary):
    try:
        out = subprocess.run(["ldd", binary], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "libasan" in out


def rss_mib(pid):
    """The resident memory of `pid` and its descendants."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            for child in f.read().split():
                total += rss_mib(int(child))
    except (OSError, ValueError):
        pass
    return total


def run_limited(argv, cwd, env, stdin_path, seconds, mib, stdout_path=None):
    """Runs argv; returns (exit code or None when killed, why killed, wall seconds, peak MiB, stdout, stderr)."""
    out_path = os.path.join(cwd, ".stdout")
    err_path = os.path.join(cwd, ".stderr")
    # The peak memory comes from /usr/bin/time (GNU time): a child forked by this Python process would
    # carry its resident pages in ru_maxrss until exec, which exec does not reset.
    peak_path = os.path.join(cwd, ".peak")
    argv = ["/usr/bin/time", "-f", "%M", "-o", peak_path] + argv
    with open(stdout_path or out_path, "wb") as out, open(err_path, "wb") as err, \
            open(stdin_path or os.devnull, "rb") as inp:
        start = time.monotonic()
        child = subprocess.Popen(argv, cwd=cwd, env=env, stdin=inp, stdout=out, stderr=err,
                                 start_new_session=True)
        killed = None
        peak_polled = 0.0
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid == child.pid:
                break
            elapsed = time.monotonic() - start
            rss = rss_mib(child.pid)
            peak_polled = max(peak_polled, rss)
            if killed is None and (elapsed > seconds or rss > mib):
                killed = "time" if elapsed > seconds else "memory"
                try:
                    os.killpg(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.02)
        child.returncode = status
        wall = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    peak = peak_polled
    try:
        with open(peak_path) as f:
            last = f.read().split()
        if not killed and last:
            peak = max(peak, int(last[-1]) / 1024)
            if last[0] == "Command" and "signal" in last:  # "Command terminated by signal N"
                code = -int(last[last.index("signal") + 1])
    except (OSError, ValueError):
        pass
    stdout = b""
    if not stdout_path:
        with open(out_path, "rb") as f:
            stdout = f.read()
    with open(err_path, "rb") as f:
        stderr = f.read()
    return (None if killed else code), killed, wall, peak, stdout, stderr


def judge(case, code, killed, wall, peak, stdout, stderr, work, seconds, mib):
    """The reasons the run does not meet the case's expectations (empty: it does)."""
    problems = []
    if killed:
        problems.append(f"killed over the {killed} limit ({wall:.1f} s, {peak:.0f} MiB)")
        return problems
    if wall > seconds:
        problems.append(f"took {wall:.1f} s (limit {seconds:.1f} s)")
    if peak > mib:
        problems.append(f"peak {peak:.0f} MiB (limit {mib:.0f} MiB)")
    if code not in case.exit:
        problems.append(f"exit {code}, expected {' or '.join(map(str, case.exit))}")
    err = stderr.decode("utf-8", "replace")
    for pattern in case.stderr:
        if not re.search(pattern, err):
            problems.append(f"stderr lacks /{pattern}/")
    for pattern in case.not_stderr:
        if re.search(pattern, err):
            problems.append(f"stderr has /{pattern}/")
    if case.max_stderr_bytes is not None and len(stderr) > case.max_stderr_bytes:
        problems.append(f"stderr is {len(stderr)} bytes (limit {case.max_stderr_bytes})")
    if case.check and not problems:
        why = case.check(work, stdout, stderr)
        if why:
            problems.append(why)
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print(__doc__)
        return 2
    binary = os.path.abspath(args[0])
    pattern = re.compile(args[1]) if len(args) > 1 else None
    selected = [c for c in table.CASES if not pattern or pattern.search(c.name)]
    if "--list" in sys.argv:
        for c in selected:
            limit = "  rel" if callable(c.seconds) else f"{c.seconds:5.1f}"
            print(f"{c.name:32} {limit} s {c.mib:6.0f} MiB  {'pending: ' + c.pending if c.pending else ''}")
        return 0
    scale = float(os.environ.get("PATHOLOGICAL_SCALE", "1"))
    asan = uses_asan(binary)
    time_scale = scale * (15 if asan else 1)
    mem_scale = scale * (3 if asan else 1)
    mem_extra = 256 if asan else 0  # ASan's quarantine of freed memory
    source = os.environ.get("INFORME_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
    env = dict(os.environ)
    env.pop("SOURCE_DATE_EPOCH", None)
    if asan:  # leaks are not this suite's business; a crash still fails the case
        # The quarantine of freed memory is held to 64 MiB: at ASan's default (256 MiB) its chunks,
        # with their redzones and metadata, took some 700 MiB of a run that frees many small blocks
        # (json-single-line-50k-rows: 324 MiB without quarantine, 576 MiB at 64, 1032 MiB at 256;
        # the release build 190 MiB), so the peak measured ASan's cache, not the program.
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":detect_leaks=0:quarantine_size_mb=64"

    failures = 0
    results = []
    for case in selected:
        work = tempfile.mkdtemp(prefix="informe-pathological-")
        try:
            ctx = table.Context(binary=binary, work=work, source=os.path.abspath(source))
            if case.requires and not case.requires(ctx):
                results.append((case.name, "SKIP", 0, 0, case.requires_why))
            elif case.pending and asan:  # known to fail: checked in the release build, not waited for here
                results.append((case.name, "SKIP", 0, 0, "pending; run in the release build"))
            elif case.release_only and asan:
                results.append((case.name, "SKIP", 0, 0, "memory per MB of input: measured in the release build"))
            else:
                results.append(run_case(case, ctx, binary, env, time_scale, mem_scale, mem_extra))
                failures += results[-1][1] in ("FAIL", "XPASS")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        name, verdict, wall, peak, note = results[-1]
        print(f"{verdict:5} {name:32} {wall:6.2f} s {peak:7.1f} MiB  {note}", flush=True)
    print(f"{len(results)} cases, {failures} failed"
          f"{' (ASan build: limits x15 time, x3 memory + 256 MiB; pending and release-only cases skipped)' if asan else ''}")
    return 1 if failures else 0


def run_case(case, ctx, binary, env, time_scale, mem_scale, mem_extra=0):
    """One row of results: (name, verdict, seconds, MiB, note)."""
    work = ctx.work
    argv, stdin_path = case.generate(ctx)
    base_seconds = case.seconds(ctx) if callable(case.seconds) else case.seconds
    seconds, mib = base_seconds * time_scale, case.mib * mem_scale + mem_extra
    code, killed, wall, peak, stdout, stderr = run_limited(
        [binary] + argv, work, {**env, **case.env}, stdin_path, seconds, mib,
        os.path.join(work, case.stdout) if case.stdout else None)
    problems = judge(case, code, killed, wall, peak, stdout, stderr, work, seconds, mib)
    if case.pending:
        verdict = "XPASS" if not problems else "XFAIL"
        if not problems:
            problems = [f"passes now: remove its pending mark ({case.pending})"]
    else:
        verdict = "FAIL" if problems else "ok"
    return (case.name, verdict, wall, peak, "; ".join(problems))


if __name__ == "__main__":
    sys.exit(main())
