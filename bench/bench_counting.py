"""Our X counter against twitter-text-parser on the same texts, in one process.

    PYTHONPATH=src python bench/bench_counting.py [CORPUS_DIR] [-n 1000]

Texts are post-sized slices (40-280 characters) of the .txt/.md files under CORPUS_DIR (default:
../shared), each given a news link, and every fifth an emoji; the same texts go to both counters.
Also times a cold ``import socialkit.counting`` in a fresh interpreter (best of 5).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

EMOJI = ["😷", "👨\u200d👩\u200d👧\u200d👦", "🙂\u200d↔️", "🇺🇸", "👍🏽", "🔥"]


def corpus_texts(root: Path, n: int, seed: int = 4) -> list[str]:
    words: list[str] = []
    for path in sorted(root.rglob("*")):
        if path.suffix in {".txt", ".md"} and path.is_file():
            words.extend(path.read_text(encoding="utf-8", errors="replace").split())
        if len(words) > 200_000:
            break
    if not words:
        raise SystemExit(f"no .txt/.md text under {root}")
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        start = rng.randrange(max(1, len(words) - 60))
        text = " ".join(words[start : start + rng.randint(6, 45)])[:250]
        text += f" https://news.example.com/2024/{i}/story?utm_source=x&utm_medium=social"
        if i % 5 == 0:
            text = rng.choice(EMOJI) + " " + text
        texts.append(text)
    return texts


def best_of(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def import_time(module: str, repeat: int = 5) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared")
    )
    parser.add_argument("-n", type=int, default=1000)
    args = parser.parse_args()
    texts = corpus_texts(Path(args.corpus), args.n)

    from twitter_text import parse_tweet as ttp_parse

    from socialkit import counting

    disagree = [
        t
        for t in texts
        if counting.weighted_length(t) != ttp_parse(t).weightedLength
        and not any(e in t for e in EMOJI[2:3])
    ]
    # Warm both (regex compilation, emoji tables) before timing.
    counting.weighted_length(texts[0] + " 😷")
    ttp_parse(texts[0])
    ours = best_of(lambda: [counting.weighted_length(t) for t in texts])
    ours_full = best_of(lambda: [counting.parse_tweet(t) for t in texts])
    theirs = best_of(lambda: [ttp_parse(t) for t in texts])
    ours_import = import_time("socialkit.counting")
    theirs_import = import_time("twitter_text")
    print(f"texts: {len(texts)} from {args.corpus}")
    print(f"disagreements (excluding post-Emoji-12 sequences): {len(disagree)}")
    print(
        f"socialkit weighted_length: {ours * 1000:8.1f} ms  ({ours / len(texts) * 1e6:.1f} us/text)"
    )
    print(f"socialkit parse_tweet:     {ours_full * 1000:8.1f} ms")
    print(
        f"twitter-text-parser:       {theirs * 1000:8.1f} ms  "
        f"({theirs / len(texts) * 1e6:.1f} us/text)"
    )
    print(f"speed-up weighted_length: {theirs / ours:.1f}x; parse_tweet: {theirs / ours_full:.1f}x")
    print(
        f"import socialkit.counting: {ours_import * 1000:.1f} ms; "
        f"import twitter_text: {theirs_import * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
