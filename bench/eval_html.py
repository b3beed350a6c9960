"""Score socialkit's HTML body extraction on the article-extraction benchmark corpus.

    python bench/eval_html.py ../shared/corpus/news-html [--limit N] [--show-worst K]

The metric is the benchmark's own definition, re-implemented here: each body is tokenised into
\\w+ tokens, compared as multisets of 4-token shingles; per page, true/false positives and false
negatives are normalised to sum to 1 (so long pages do not dominate); precision is the mean over
pages with any prediction, recall the mean over pages with any truth, F1 their harmonic mean.

It scores what compose actually uses, ``read_article(path).body`` (trafilatura plus our
boilerplate removal), and, as the reference in the same run, trafilatura's own text output.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(truth: str, predicted: str) -> tuple[float, float, float]:
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return tp / (tp + fp) if tp + fp else 0.0

    def recall(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return tp / (tp + fn) if tp + fn else 0.0

    p = statistics.mean(precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(recall(*r) for r in rows if r[0] + r[2] > 0)
    return p, r, 2 * p * r / (p + r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="folder with ground-truth.json and html/")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    parser.add_argument("--show-worst", type=int, default=5)
    args = parser.parse_args()

    import trafilatura

    from socialkit.article import read_article
    from socialkit.errors import SocialkitError

    truth = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    if args.limit:
        keys = keys[: args.limit]
    ours: list[tuple[float, float, float]] = []
    reference: list[tuple[float, float, float]] = []
    per_page: list[tuple[float, str, str]] = []
    failures: list[str] = []
    ours_seconds = ref_seconds = 0.0
    for key in keys:
        path = args.corpus / "html" / f"{key}.html.gz"
        expected = truth[key].get("articleBody", "")
        started = time.perf_counter()
        try:
            body = read_article(path).body
        except SocialkitError as exc:
            failures.append(str(exc))
            body = ""
        ours_seconds += time.perf_counter() - started
        started = time.perf_counter()
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        ref_text = trafilatura.extract(html) or ""
        ref_seconds += time.perf_counter() - started
        row = tp_fp_fn(expected, body)
        ours.append(row)
        reference.append(tp_fp_fn(expected, ref_text))
        per_page.append((row[0], key, truth[key].get("url", "")))

    p, r, f = scores(ours)
    rp, rr, rf = scores(reference)
    print(f"pages: {len(keys)}  failures: {len(failures)}")
    print(
        f"socialkit read_article: precision={p:.3f} recall={r:.3f} F1={f:.3f} "
        f"({ours_seconds / len(keys) * 1000:.0f} ms/page)"
    )
    print(
        f"trafilatura.extract:    precision={rp:.3f} recall={rr:.3f} F1={rf:.3f} "
        f"({ref_seconds / len(keys) * 1000:.0f} ms/page)"
    )
    for failure in failures:
        print(f"  failed: {failure}")
    per_page.sort()
    for share, key, url in per_page[: args.show_worst]:
        print(f"  worst: tp share {share:.2f} {key[:12]} {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
