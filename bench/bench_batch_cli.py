"""`socialkit batch` at -j1 and -j2 as a user runs it: the CLI command, whole process, wall time.

Each round runs ``socialkit batch PAGES -o OUT -j 1`` and ``-j 2`` (fresh OUT each time) for every
source tree given (``name=path/to/src``, put first on PYTHONPATH; default: the installed
socialkit), trees and job counts alternated from round to round. Before each run it waits for a
quiet moment (under 5% of the machine busy for half a second) and it records how much CPU other
processes used during the run (all CPU time in /proc/stat minus the run's own), so a round that
another program disturbed can be told apart: a second busy process barely slows -j1 on two
cores but takes a core from -j2. It prints every round, then medians and ranges over all rounds
and over the rounds whose -j2 run saw under 0.1 s of other CPU.

    python bench/bench_batch_cli.py /tmp/b40s --rounds 10 base=/tmp/base/src new=src

Every tree's modules are compiled to bytecode first, as `pip install` does: a source tree on
PYTHONPATH under PYTHONDONTWRITEBYTECODE (set on our shared machines) is otherwise compiled anew
by every run, about 0.06 s of start-up that no installed copy pays, in -j1 and -j2 alike.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _busy() -> float:
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    return (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")


def _quiet_moment() -> None:
    while True:
        before = _busy()
        time.sleep(0.5)
        if _busy() - before < 0.05:
            return


def _run(pages: str, src: str | None, jobs: int, out: Path) -> tuple[float, float, float]:
    """(wall, CPU of the run, CPU of other processes during it)."""
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    exe = shutil.which("socialkit", path=os.path.dirname(sys.executable)) or "socialkit"
    _quiet_moment()
    busy, usage, start = _busy(), resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([exe, "batch", pages, "-o", str(out), "-j", str(jobs)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime
    return wall, cpu, _busy() - busy - cpu


def _compile(src: str | None) -> None:
    """Write the bytecode an installed copy has (a tree given, or the installed package)."""
    if src is None:
        import socialkit

        src = str(Path(socialkit.__file__).parent)
    if not compileall.compile_dir(src, quiet=1):
        sys.exit(f"could not compile {src} to bytecode")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages")
    parser.add_argument("trees", nargs="*", help="name=src folder (default: the installed code)")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_intermixed_args()
    trees: dict[str, str | None] = dict(t.split("=", 1) for t in args.trees) or {"installed": None}
    for src in trees.values():
        _compile(src)
    runs: dict[tuple[str, int], list[tuple[float, float, float]]] = {
        (name, jobs): [] for name in trees for jobs in (1, 2)
    }
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            names = list(trees) if r % 2 == 0 else list(trees)[::-1]
            line = []
            for name in names:
                for jobs in (1, 2) if r % 2 == 0 else (2, 1):
                    runs[name, jobs].append(_run(args.pages, trees[name], jobs, Path(tmp) / "out"))
                one, two = runs[name, 1][-1], runs[name, 2][-1]
                line.append(f"{name} {one[0]:.2f}/{two[0]:.2f} s = {one[0] / two[0]:.2f}x "
                            f"(others' CPU {one[2]:.2f}/{two[2]:.2f} s)")
            print(f"round {r} load {os.getloadavg()[0]:.2f}: " + "; ".join(line), flush=True)
    med = statistics.median
    for name in trees:
        one, two = runs[name, 1], runs[name, 2]
        ratios = [a[0] / b[0] for a, b in zip(one, two, strict=True)]
        quiet = [i for i, run in enumerate(two) if run[2] < 0.1]
        print(f"{name}: -j1 {med(r[0] for r in one):.2f} s ({min(r[0] for r in one):.2f}-"
              f"{max(r[0] for r in one):.2f}), -j2 {med(r[0] for r in two):.2f} s "
              f"({min(r[0] for r in two):.2f}-{max(r[0] for r in two):.2f}); -j2/-j1 per round "
              f"{med(ratios):.3f}x ({min(ratios):.2f}-{max(ratios):.2f}); CPU -j1 "
              f"{med(r[1] for r in one):.2f} s, -j2 {med(r[1] for r in two):.2f} s")
        if quiet:
            walls = [two[i][0] for i in quiet]
            print(f"{name}: {len(quiet)} quiet -j2 runs: {med(walls):.2f} s ({min(walls):.2f}-"
                  f"{max(walls):.2f}); -j1 median / quiet -j2 median "
                  f"{med(r[0] for r in one) / med(walls):.3f}x; per round "
                  f"{med(ratios[i] for i in quiet):.3f}x")


if __name__ == "__main__":
    main()
