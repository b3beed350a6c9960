"""Batch throughput on a folder of real pages, with cards on.

    python bench/bench_batch.py ../shared/corpus/news-html/html [--small 50]

In one run: all pages with -j1, then with -j2 the first --small pages, the first 100 and all of
them, each into a fresh temporary folder through the library's ``run_batch`` (what `socialkit
batch` calls). The pages are shuffled with a fixed seed first, so every prefix has the same mix
of long and short pages and the growth measured is the batch's, not the corpus order's. Prints
articles per second, the -j2/-j1 speed-up, time per article at each size (linear growth keeps it
flat), failures with reasons, and the workers' peak memory (each worker's own ru_maxrss).
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from socialkit.batch import BatchSummary, run_batch
from socialkit.config import Config
from socialkit.pipeline import ComposeOptions


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
    random.Random(20261129).shuffle(paths)
    print(f"cpus: {os.cpu_count()}  pages: {len(paths)}")
    full1, s1 = _run(paths, 1)
    r1 = _report("all pages, -j1", full1, s1)
    per_article = {}
    for n in sorted({args.small, 100, len(paths)}):
        if n > len(paths):
            continue
        summary, seconds = _run(paths[:n], 2)
        rate = _report(f"first {n} pages, -j2", summary, seconds)
        per_article[n] = seconds / n
        if n == len(paths):
            full2, r2 = summary, rate
    print(f"speed-up -j2 / -j1 (all pages): {r2 / r1:.2f}x")
    smallest = min(per_article)
    for n, value in per_article.items():
        print(
            f"time per article at {n:3d}: {value * 1000:6.1f} ms "
            f"({value / per_article[smallest]:.2f} x the {smallest}-article run; 1.0 = linear)"
        )
    for outcome in full2.failed:
        print(f"  failed: {Path(outcome.path).name}: {outcome.reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
