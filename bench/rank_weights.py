"""The editors' first pick first, under the ranking's weights and any changed ones.

    PYTHONPATH=src python bench/rank_weights.py [--weight first_voice=0] [--weight length=1 ...]

Extracts every quote of corpus2 (dev, test, holdout; ``../shared/corpus/news-html``) and of the
written sets once, then ranks each article's postable quotes under ``rank.WEIGHTS`` and under
the weights given, and prints for each set how often the editor's first pick comes first
(``top1``, what eval_corpus2 and eval_written print), is among the first three (``top3``), and
how often our first is one of the editor's picks. Development sets (corpus2 dev and test, the
written ``*a`` sets) and blind ones (corpus2 holdout, the ``*b`` sets) are totalled apart: a
weight is chosen on the first and only checked on the second.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import eval_corpus2
import eval_written
from eval_corpus2 import Doc, _group_of, _int, _offset_map

from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.rank import WEIGHTS

BENCH = Path(__file__).resolve().parent
CORPUS = BENCH.parents[1] / "shared" / "corpus" / "news-html"


@dataclass
class Ranked:
    """One article's postable quotes (score parts, place in the story, gold group) and picks."""

    set_name: str
    picks: list[int]
    quotes: list[tuple[dict[str, float], int, int | None]]


def collect(set_name: str, docs: list[Doc]) -> list[Ranked]:
    out = []
    for doc in docs:
        if not doc.picks:
            continue
        quotes = rank_quotes(extract_quotes(doc.article), doc.article)
        mapping = _offset_map(doc.body, doc.article)
        spans_of: dict[int, list[tuple[int, int]]] = {}
        for g in doc.gold:
            if g["quote"]:
                spans_of.setdefault(_int(g["group"]), []).append(
                    (_int(g["start"]), _int(g["end"])))
        out.append(Ranked(set_name, list(doc.picks), [
            (dict(q.score_parts), q.start, _group_of(q, mapping, spans_of))
            for q in quotes if q.postable]))
    return out


def first_three(article: Ranked, weights: Mapping[str, float]) -> list[int | None]:
    # Ties keep story order, as rank_quotes does.
    order = sorted(article.quotes, key=lambda q: (
        -sum(weights.get(k, 0.0) * v for k, v in q[0].items()), q[1]))
    return [group for _, _, group in order[:3]]


def figures(articles: list[Ranked], weights: Mapping[str, float]) -> tuple[int, int, int, int]:
    top1 = top3 = in_picks = 0
    for a in articles:
        ours = first_three(a, weights)
        top1 += bool(ours) and ours[0] == a.picks[0]
        top3 += a.picks[0] in ours
        in_picks += bool(ours) and ours[0] in a.picks
    return top1, top3, in_picks, len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--weight", action="append", default=[], metavar="PART=VALUE")
    args = parser.parse_args(argv)
    changed = dict(WEIGHTS)
    for item in args.weight:
        name, _, value = item.partition("=")
        if name not in WEIGHTS:
            parser.error(f"--weight {item}: no part {name!r}; parts: {', '.join(WEIGHTS)}")
        changed[name] = float(value)
    articles: list[Ranked] = []
    if CORPUS.is_dir():
        for split in ("dev", "test", "holdout"):
            articles += collect(f"corpus2-{split}", eval_corpus2.load(CORPUS, split, True))
    for folder in sorted((BENCH / "written").iterdir()):
        if (folder / "picks.jsonl").exists():
            articles += collect(folder.name, eval_written.load(folder))
    sets = sorted({a.set_name for a in articles})
    print("set               top1 now -> changed   top3 now -> changed   first in picks")
    for label, chosen in [(s, [s]) for s in sets] + [
            ("DEVELOPMENT", [s for s in sets if s.endswith(("dev", "test", "a"))]),
            ("BLIND", [s for s in sets if s.endswith(("holdout", "b"))])]:
        part = [a for a in articles if a.set_name in chosen]
        now, new = figures(part, WEIGHTS), figures(part, changed)
        print(f"{label:17} {now[0]:3} -> {new[0]:3} of {now[3]:3}   {now[1]:3} -> {new[1]:3}"
              f"            {now[2]:3} -> {new[2]:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
