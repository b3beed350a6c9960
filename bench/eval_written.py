"""Score quotes on articles our helper sessions wrote and annotated blind (bench/written/).

    PYTHONPATH=src python bench/eval_written.py bench/written/r24a [bench/written/r24b ...]
                                                [--misses N]

Each set is a folder of articles (``<id>.txt``, headline first, paragraphs split by a blank line)
with ``quotes.jsonl`` and ``picks.jsonl`` in corpus2's format (bench/corpus2/GUIDE.md), except
that ``doc`` is the file's stem and offsets index the file's text. Scoring is corpus2's own
(``eval_corpus2.evaluate``), so the figures compare with corpus2's and PolNeAR's.

These benches exist because the sets written before round twenty-one lived in /tmp and were lost
with the machine: a set is now committed once it has been used, with the round that read it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from eval_corpus2 import Doc, evaluate

from socialkit.article import read_article


def load(folder: Path) -> list[Doc]:
    docs: dict[str, Doc] = {}
    for path in sorted(folder.glob("*.txt")):
        # A line break inside a paragraph (a "Key points:" list) is read as a space, one
        # character for one, so the annotators' offsets hold in the text seen that way.
        text = re.sub(r"(?<!\n)\n(?!\n)", " ", path.read_text(encoding="utf-8"))
        # Read as `socialkit compose` reads the file (headline, boilerplate lines, spaces), so
        # the figures are what an editor gets; paragraphs map back to the file by their text.
        article = read_article(path)
        lost = [p.text[:40] for p in article.paragraphs if p.text not in text]
        if lost:
            raise SystemExit(f"{path}: paragraphs changed on reading, offsets cannot map: {lost}")
        docs[path.stem] = Doc(path.stem, text, article, folder.name)
    for line in (folder / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            docs[row["doc"]].gold.append(row)
    picks = folder / "picks.jsonl"
    if picks.exists():
        for line in picks.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs[row["doc"]].picks = list(row["picks"])
                docs[row["doc"]].genre = row.get("genre", "")
    return list(docs.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("sets", type=Path, nargs="+", help="folders under bench/written/")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args(argv)
    for folder in args.sets:
        result = evaluate(load(folder), args.misses)
        print(f"[{folder.name}] " + "  ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
