"""Extract + rank throughput over PolNeAR for one or more source trees, alternated.

    python bench/speed_quotes.py src /tmp/base/src --rounds 3

Each round runs every tree once, in a fresh process of its own (best of five CPU-time passes
over the corpus there), so the trees share the machine's load as evenly as one run allows; the
figures are MB/s of article text, to be read as ratios between the trees of one run. An old
tree is made with ``mkdir -p /tmp/base && git archive REV src | tar -x -C /tmp/base``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH.parents[1] / "shared" / "corpus" / "polnear-dev"

# Run in the child, with the tree under test first on the path.
_CHILD = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
import eval_quotes
from socialkit.quotes import extract_quotes, rank_quotes
docs = eval_quotes.load(Path(sys.argv[3]))
size = sum(len(d.article.body.encode()) for d in docs)
best = 1e9
for _ in range(5):
    t = time.process_time()
    for d in docs:
        rank_quotes(extract_quotes(d.article), d.article)
    best = min(best, time.process_time() - t)
print(size / best / 1e6)
"""


def measure(tree: Path, corpus: Path) -> float:
    """MB/s of extract + rank for the source tree ``tree``, in a process of its own."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(BENCH), str(corpus)],
                         check=True, capture_output=True, text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("trees", type=Path, nargs="+",
                        help="source trees (folders holding socialkit/)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    runs: dict[Path, list[float]] = {tree: [] for tree in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            runs[tree].append(measure(tree, args.corpus))
    for tree, figures in runs.items():
        listed = ", ".join(f"{f:.3f}" for f in figures)
        print(f"{tree}: median {statistics.median(figures):.3f} MB/s ({listed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
