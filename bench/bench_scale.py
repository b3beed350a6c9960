"""Compose throughput against article size: is the work linear in the text and in the quotes?

    python bench/bench_scale.py ../shared/corpus/polnear-dev [--rounds 3]

Two kinds of input at 50 kB, 500 kB and 5 MB, written to a temporary folder (never kept):

- synthetic: paragraphs of filler words, each followed by a one-line quotation with a speech
  tag (`"We will not wait," the mayor said.`), the shape that exposed quadratic code: about
  one quotation per 220 characters, 22,000 at 5 MB;
- transcript: a phone-in printed as a transcript (`ASHGROVE: ...`, a new caller named in
  running text every three paragraphs), the shape whose label lookup was once quadratic;
- one paragraph: the synthetic text with its paragraph breaks taken out, a story printed as one
  long paragraph (a whole-paragraph window per quotation and per pronoun made it quadratic:
  a 200 kB paragraph took minutes);
- real: the bodies of every article of the corpus given (``.txt`` files, or ``.html``/
  ``.html.gz`` pages read with ``read_article``) joined by blank lines and repeated until the
  size is reached, so the number of names and speakers grows with the text as in real copy.

Each measurement runs in a fresh process (no cache carries over between sizes) and times, with
``time.process_time``, what `socialkit compose --no-cards` does after start-up: read_article,
compose and write_outputs, after one small article has paid the process's one-time costs
(imports, regex compilation; 0.3-0.4 s, the same at every size). Sizes are interleaved within
each round and the best of the rounds is kept. Prints MB/s per size and its ratio to the 50 kB
figure (1.0 = linear; the target is >= 0.7 at 5 MB), and each process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = {"50 kB": 50_000, "500 kB": 500_000, "5 MB": 5_000_000}
_FILLER_TEXT = (
    "the council voted on a plan to build new homes near the river after years of delay and "
    "debate among residents who said the old bridge could not carry more traffic"
)


def synthetic(size: int) -> str:
    words = _FILLER_TEXT.split(" ")
    rng = random.Random(12)
    parts = ["Town Hall Votes On River Plan", ""]
    total = 0
    while total < size:
        words = [rng.choice(words) for _ in range(rng.randint(20, 50))]
        para = " ".join(words).capitalize() + ".\n\n\"We will not wait,\" the mayor said.\n"
        parts.append(para)
        total += len(para) + 1
    return "\n".join(parts)


_CALLERS = ["Okafor", "Brennan", "Delgado", "Whitaker", "Nakamura", "Oduya", "Castellan",
            "Moretti", "Lindqvist", "Haddad", "Pryce", "Achebe", "Ferreira", "Kowalski", "Mbeki",
            "Quayle", "Varga", "Tremblay", "Osei", "Dunmore"]


def transcript(size: int) -> str:
    """A phone-in printed as a transcript, a new caller every three paragraphs: each caller is
    named in running text, then speaks under a label in capitals (the shape round fifteen's
    transcript reader reads, and whose first label lookup was quadratic)."""
    parts = ["Phone-In On The River Plan", "",
             "Presenter Duncan Ashgrove took calls on the housing plan on Tuesday.", ""]
    total, i = 0, 0
    while total < size:
        name = f"{_CALLERS[i % len(_CALLERS)]}{i // len(_CALLERS) or ''}"
        block = (f"The next caller was Sam {name}, a retired teacher from the east side.\n\n"
                 "ASHGROVE: Go ahead, you are on the air with us this morning.\n\n"
                 f"{name.upper()}: I think the council has got this badly wrong and I want "
                 "to say so plainly.\n")
        parts.append(block)
        total += len(block) + 1
        i += 1
    return "\n".join(parts)


def one_paragraph(size: int) -> str:
    """The synthetic story with every paragraph break but the headline's taken out."""
    headline, _, body = synthetic(size).partition("\n\n")
    return headline + "\n\n" + " ".join(body.split("\n\n"))


def real(corpus: Path, size: int) -> str:
    from socialkit.article import read_article

    paths = sorted(p for p in corpus.rglob("*") if p.suffix == ".txt" or p.name.endswith(
        (".html", ".html.gz")))
    paths = [p for p in paths if p.name not in ("README.md", "SOURCE.txt", "LICENSE")]
    bodies = [read_article(str(p)).body for p in paths]
    if not bodies:
        sys.exit(f"{corpus}: no .txt, .html or .html.gz articles")
    text = "\n\n".join(bodies)
    repeated = "\n\n".join([text] * (size // len(text) + 1))[:size]
    return "Real Text Scale Benchmark\n\n" + repeated[: repeated.rfind("\n\n")]


def one(path: str) -> None:
    """Child process: time reading, composing and writing one article, posts only."""
    from socialkit.article import read_article
    from socialkit.config import Config
    from socialkit.pipeline import ComposeOptions, compose, write_outputs

    with tempfile.TemporaryDirectory() as out:
        # A small article first, so that imports, compiled regexes and templates (paid once per
        # process, the same at every size) stay out of the figure.
        warm = Path(out) / "warm.txt"
        warm.write_text(synthetic(2_000), encoding="utf-8")
        write_outputs(compose(read_article(str(warm)), Config(), ComposeOptions(cards=False)),
                      Path(out) / "warm")
        start = time.process_time()
        article = read_article(path)
        result = compose(article, Config(), ComposeOptions(cards=False))
        write_outputs(result, Path(out))
        seconds = time.process_time() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "quotes": len(result.quotes), "rss_mb": rss}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of articles for the real-text input")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        inputs: dict[tuple[str, str], Path] = {}
        for label, size in SIZES.items():
            for kind, text in (("synthetic", synthetic(size)), ("transcript", transcript(size)),
                               ("onepara", one_paragraph(size)),
                               ("real", real(args.corpus, size))):
                path = Path(tmp) / f"{kind}-{size}.txt"
                path.write_text(text, encoding="utf-8")
                inputs[(kind, label)] = path
        best: dict[tuple[str, str], dict[str, float]] = {}
        for _ in range(args.rounds):
            for key, path in inputs.items():
                out = subprocess.run(
                    [sys.executable, __file__, str(args.corpus), "--one", str(path)],
                    check=True, capture_output=True, text=True,
                ).stdout
                got = json.loads(out)
                got["mb"] = path.stat().st_size / 1e6
                if key not in best or got["seconds"] < best[key]["seconds"]:
                    best[key] = got
    print(f"best of {args.rounds} processes each; CPU time of read + compose + write, no cards")
    print(f"{'input':<10} {'size':>7} {'quotes':>7} {'seconds':>8} {'MB/s':>6} "
          f"{'vs 50 kB':>8} {'peak RSS':>9}")
    for kind in ("synthetic", "transcript", "onepara", "real"):
        base = best[(kind, "50 kB")]
        base_rate = base["mb"] / base["seconds"]
        for label in SIZES:
            got = best[(kind, label)]
            rate = got["mb"] / got["seconds"]
            print(f"{kind:<10} {label:>7} {int(got['quotes']):>7} {got['seconds']:8.2f} "
                  f"{rate:6.2f} {rate / base_rate:7.2f}x {got['rss_mb']:7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
