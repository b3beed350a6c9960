"""Batch speed-up on 2 cores: -j2 against -j1 on real pages, with cards on.

    python bench/bench_batch.py ../shared/corpus/news-html/html [--pages 40] [--rounds 5]

The first --pages pages (shuffled with a fixed seed, so the mix of long and short pages is the
corpus's) go through the library's ``run_batch`` (what `socialkit batch` calls), each run into a
fresh temporary folder and in a fresh process, -j1 and -j2 alternated for --rounds rounds so that
load from other work on a shared machine hits both alike. Reported per setting: every wall time,
the CPU critical path (the batch process's own CPU time plus that of its busiest worker: the wall
time an idle machine would give, which other helpers' load on a shared machine does not move),
the median and the best; the CPU time of the whole run (the batch process plus its workers,
which load on the machine does not inflate much); the largest peak RSS of any worker (its own
``ru_maxrss``, shared copy-on-write pages included). The speed-up is given from medians and from
bests; the target is -j2 >= 1.8x -j1.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed_article(path: str, out_dir: Path, config: object, options: object) -> object:
    """process_article, also recording the CPU time it took and the worker that ran it."""
    from dataclasses import replace

    from socialkit import batch

    start = time.process_time()
    outcome = _ORIGINAL(path, out_dir, config, options)  # type: ignore[operator]
    timings = {**outcome.timings_ms, "cpu_s": time.process_time() - start, "pid": os.getpid()}
    return replace(outcome, timings_ms=timings) if isinstance(outcome, batch.ArticleOutcome) \
        else outcome


_ORIGINAL: object = None


def one(paths: list[str], jobs: int) -> None:
    """Child process: one batch run; prints wall and CPU seconds, the CPU critical path and the
    workers' peak RSS."""
    global _ORIGINAL
    from socialkit import batch
    from socialkit.config import Config
    from socialkit.pipeline import ComposeOptions

    # Workers are forked from this process, so they run the timed wrapper too.
    _ORIGINAL = batch.process_article
    batch.process_article = _timed_article  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        wall = time.perf_counter()
        cpu = time.process_time()
        summary = batch.run_batch(paths, Path(tmp), Config(), ComposeOptions(cards=True),
                                  jobs=jobs)
        wall = time.perf_counter() - wall
        cpu = time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss = [o.peak_rss_mb for o in summary.outcomes if o.peak_rss_mb is not None]
    per_worker: dict[float, float] = {}
    for o in summary.outcomes:
        if "pid" in o.timings_ms:
            per_worker[o.timings_ms["pid"]] = (per_worker.get(o.timings_ms["pid"], 0.0)
                                               + o.timings_ms["cpu_s"])
    # On an idle machine the run lasts about as long as the batch process's own CPU (its
    # warm-up; for -j1 all of it) plus the busiest worker's.
    critical = cpu + (max(per_worker.values()) if jobs > 1 and per_worker else 0.0)
    print(json.dumps({
        "wall": wall, "cpu": cpu + children.ru_utime + children.ru_stime,
        "critical": critical, "parent": cpu, "workers": sorted(per_worker.values()),
        "pages": sum(o.timings_ms.get("cpu_s", 0.0) for o in summary.outcomes),
        "ok": summary.count("ok"), "failed": summary.count("failed"),
        "rss": max(rss, default=0.0),
    }))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    paths = sorted(
        glob.glob(str(args.folder / "*.html.gz")) + glob.glob(str(args.folder / "*.txt"))
    )
    if not paths:
        print(f"{args.folder}: no .html.gz or .txt files", file=sys.stderr)
        return 1
    random.Random(20261129).shuffle(paths)
    paths = paths[: args.pages]
    if args.one:
        one(paths, args.one)
        return 0
    print(f"cpus: {os.cpu_count()}  pages: {len(paths)}  rounds: {args.rounds}  "
          f"load average at start: {os.getloadavg()[0]:.1f}")
    runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
    for _ in range(args.rounds):
        for jobs in (1, 2):
            out = subprocess.run(
                [sys.executable, __file__, str(args.folder), "--pages", str(args.pages),
                 "--one", str(jobs)],
                check=True, capture_output=True, text=True,
            ).stdout
            runs[jobs].append(json.loads(out))
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    for jobs, got in runs.items():
        walls = [r["wall"] for r in got]
        cpus = [r["cpu"] for r in got]
        print(f"-j{jobs}: wall {' '.join(f'{w:.2f}' for w in walls)} s; median "
              f"{statistics.median(walls):.2f}, best {min(walls):.2f}; CPU median "
              f"{statistics.median(cpus):.2f} s ({statistics.median(cpus) / len(paths) * 1000:.0f}"
              f" ms per page); ok {got[0]['ok']}, failed {got[0]['failed']}; "
              f"worker peak RSS {max(r['rss'] for r in got):.0f} MB")
        print(f"     CPU: batch process {statistics.median(r['parent'] for r in got):.2f} s, "
              f"pages {statistics.median(r['pages'] for r in got):.2f} s; workers "
              + "; ".join(" + ".join(f"{w:.2f}" for w in r["workers"]) for r in got))
    med = {j: statistics.median(r["wall"] for r in got) for j, got in runs.items()}
    best = {j: min(r["wall"] for r in got) for j, got in runs.items()}
    crit = {j: statistics.median(r["critical"] for r in got) for j, got in runs.items()}
    print(f"speed-up -j2/-j1: {med[1] / med[2]:.2f}x from medians, {best[1] / best[2]:.2f}x "
          f"from bests; {crit[1] / crit[2]:.2f}x from CPU critical paths (median -j1 "
          f"{crit[1]:.2f} s, -j2 {crit[2]:.2f} s: the batch process's CPU plus the busiest "
          "worker's, what an idle 2-core machine would take)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
