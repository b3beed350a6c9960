"""Batch throughput on a folder of real pages, with cards on.

    python bench/bench_batch.py ../shared/corpus/news-html/html [--small 50]

In one run: all pages with -j1, all pages with -j2, and the first --small pages with -j2, each
into a fresh temporary folder through the library's ``run_batch`` (what `socialkit batch` calls).
Prints articles per second, the -j2/-j1 speed-up, how time grows from the small set to the full
set (linear growth gives a per-article time ratio near 1.0), failures with reasons, and the peak
memory of the workers (from index.json, each worker's own ru_maxrss).
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import tempfile
import time
from pathlib import Path

from socialkit.batch import BatchSummary, run_batch
from socialkit.compose import ComposeOptions
from socialkit.config import Config


def _run(paths: list[str], jobs: int) -> tuple[BatchSummary, float]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = run_batch(paths, Path(tmp), Config(), ComposeOptions(cards=True), jobs=jobs)
        return summary, time.perf_counter() - started


def _report(label: str, summary: BatchSummary, seconds: float) -> float:
    n = len(summary.outcomes)
    rss = [o.peak_rss_mb for o in summary.outcomes if o.peak_rss_mb is not None]
    rate = n / seconds
    print(
        f"{label:<24} {n:4d} articles  {seconds:7.1f} s  {rate:5.2f} articles/s  "
        f"ok {summary.count('ok')}  failed {summary.count('failed')}  "
        f"peak worker RSS {max(rss) if rss else 0:.0f} MB"
    )
    return rate


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--small", type=int, default=50)
    args = parser.parse_args()
    paths = sorted(
        glob.glob(str(args.folder / "*.html.gz")) + glob.glob(str(args.folder / "*.txt"))
    )
    if not paths:
        print(f"{args.folder}: no .html.gz or .txt files", file=sys.stderr)
        return 1
    print(f"cpus: {os.cpu_count()}  pages: {len(paths)}")
    full1, s1 = _run(paths, 1)
    r1 = _report("all pages, -j1", full1, s1)
    full2, s2 = _run(paths, 2)
    r2 = _report("all pages, -j2", full2, s2)
    small2, ss = _run(paths[: args.small], 2)
    _report(f"first {args.small} pages, -j2", small2, ss)
    print(f"speed-up -j2 / -j1: {r2 / r1:.2f}x")
    per_small = ss / len(paths[: args.small])
    per_full = s2 / len(paths)
    print(f"time per article, full / small (-j2): {per_full / per_small:.2f} (1.0 = linear)")
    for outcome in full2.failed:
        print(f"  failed: {Path(outcome.path).name}: {outcome.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
