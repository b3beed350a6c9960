"""Quote cards over many different quotes: ours against the PNG-encode floor, every size.

    python bench/bench_cards_many.py ../shared/corpus/polnear-dev [--quotes 40] [--rounds 3]

The quotes are the longest double-quoted passage (40-240 characters) of each of the first
--quotes articles of the corpus (``.txt`` files, sorted by name), so no two cards share their
text; speaker and source are fixed. For each size and each quote, in one process with the theme's
fonts loaded by one card beforehand:

- ours: ``render_card(...).encode("png")``, what compose and `socialkit card` do per card;
- floor: ``encode("png")`` of the very same image with the same settings, timed right after
  ours (interleaved, so load on this shared machine slows both alike).

Each quote's time is its median over --rounds rounds; the ratio is the sum of ours over the sum
of the floor (target <= 1.3x). The quotes are new to the process in the first round only; the
"first round" column gives the ratio for text never seen before (words not yet measured).
Then the cost of the first card of a fresh process (imports, font files, character maps, logo),
from separate processes, median of 5.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from socialkit.cards import SIZES, load_theme, render_card

_QUOTE = re.compile(r"[\"“]([^\"“”\n]{40,240})[\"”]")


def corpus_quotes(folder: Path, count: int) -> list[str]:
    quotes: list[str] = []
    for path in sorted(folder.rglob("*.txt")):
        found = _QUOTE.findall(path.read_text(encoding="utf-8", errors="replace"))
        if found:
            quotes.append(max(found, key=len))
        if len(quotes) == count:
            break
    return quotes


def first_card() -> None:
    """Child process: the first card's cost, from before the import of socialkit.cards."""
    start = time.perf_counter()
    from socialkit.cards import render_card

    render_card("We will not wait another winter for this.", "Rosa Delgado",
                "Radio North").encode("png")
    print(f"{(time.perf_counter() - start) * 1000:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--quotes", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--first-card", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first_card:
        first_card()
        return 0
    quotes = corpus_quotes(args.corpus, args.quotes)
    if not quotes:
        print(f"{args.corpus}: no quotations found", file=sys.stderr)
        return 1
    theme = load_theme("light")
    render_card("Fonts loaded.", "A Speaker", theme=theme).encode("png")
    print(f"{len(quotes)} different quotes ({min(map(len, quotes))}-{max(map(len, quotes))} "
          f"characters), theme light, median of {args.rounds} rounds per quote")
    print(f"{'size':<10} {'ours ms':>8} {'floor ms':>9} {'ours/floor':>10} {'first round':>12}")
    for size in SIZES:
        ours: list[list[float]] = [[] for _ in quotes]
        floor: list[list[float]] = [[] for _ in quotes]
        for _ in range(args.rounds):
            for k, quote in enumerate(quotes):
                start = time.perf_counter()
                rendered = render_card(quote, "Rosa Delgado", "Radio North", size=size,
                                       theme=theme)
                rendered.encode("png")
                middle = time.perf_counter()
                rendered.encode("png")
                end = time.perf_counter()
                ours[k].append(middle - start)
                floor[k].append(end - middle)
        ours_ms = sum(statistics.median(t) for t in ours) * 1000 / len(quotes)
        floor_ms = sum(statistics.median(t) for t in floor) * 1000 / len(quotes)
        first = sum(t[0] for t in ours) / sum(t[0] for t in floor)
        print(f"{size:<10} {ours_ms:8.1f} {floor_ms:9.1f} {ours_ms / floor_ms:9.2f}x "
              f"{first:11.2f}x")
    firsts = [float(subprocess.run([sys.executable, __file__, str(args.corpus), "--first-card"],
                                   check=True, capture_output=True, text=True).stdout)
              for _ in range(5)]
    print(f"first card of a process (import socialkit.cards, fonts, cmaps, logo, encode): "
          f"{statistics.median(firsts):.0f} ms median of 5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
