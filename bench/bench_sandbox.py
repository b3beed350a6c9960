"""What the limited sandbox costs: posts composed from the built-in templates as shipped (plain
Jinja2) against the very same templates exported and used with --templates (LimitedSandbox).

    python bench/bench_sandbox.py [ARTICLE] [--runs 41]

Both are timed in the same rounds, interleaved, so load on a shared machine slows both alike;
the figure to read is the ratio of the medians.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from socialkit.article import read_article
from socialkit.config import Config
from socialkit.pipeline import ComposeOptions, compose
from socialkit.posts import export_templates

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", default=REPO / "examples/harbour-flood-barrier.txt")
    parser.add_argument("--runs", type=int, default=41)
    args = parser.parse_args()
    article = read_article(args.article)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tpl"
        export_templates(folder)
        plain = ComposeOptions(cards=False)
        limited = ComposeOptions(cards=False, templates_dir=folder)
        # One warm-up each: compiling the templates is paid once per process either way.
        compose(article, Config(), plain)
        compose(article, Config(), limited)
        times: dict[str, list[float]] = {"plain": [], "sandbox": []}
        for _ in range(args.runs):
            for name, options in (("plain", plain), ("sandbox", limited)):
                started = time.perf_counter()
                compose(article, Config(), options)
                times[name].append(time.perf_counter() - started)
    plain_ms = statistics.median(times["plain"]) * 1000
    sandbox_ms = statistics.median(times["sandbox"]) * 1000
    print(f"compose, 7 platforms, no cards ({args.runs} runs, median):")
    print(f"  built-in templates, plain Jinja2:   {plain_ms:7.1f} ms")
    print(f"  same templates in LimitedSandbox:  {sandbox_ms:7.1f} ms")
    print(f"  ratio: {sandbox_ms / plain_ms:.2f}")


if __name__ == "__main__":
    main()
