"""Shortening a quotation without misquoting it: the one rule both posts and cards use.

A shortened quote is always a verbatim prefix of the original followed by "…", cut first at a
sentence boundary and, only when no sentence prefix is short enough, at a word boundary. Cutting at
whitespace means a URL, hashtag, mention, emoji sequence or grapheme cluster is never split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

ELLIPSIS = "…"

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before whitespace.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")
_WORD_GAP = re.compile(r"\s+")
# Punctuation that reads badly right before "…" ("He said, …"): dropped from a word-boundary cut.
_TRAILING_PUNCT = ",;:–—-([{\"'“‘"


def sentence_cuts(text: str) -> list[str]:
    """Verbatim prefixes of ``text`` that end a sentence, longest first, each ending in "…"."""
    cuts = []
    for match in _SENTENCE_END.finditer(text):
        prefix = text[: match.end()].rstrip()
        if prefix and prefix != text.rstrip():
            # "I found him honest." + "…" reads as an elision; the full stop is kept verbatim.
            cuts.append(prefix + " " + ELLIPSIS if prefix[-1] in ".!?" else prefix + ELLIPSIS)
    cuts.reverse()
    return cuts


def word_cuts(text: str) -> list[str]:
    """Verbatim prefixes of ``text`` cut at whitespace, longest first, each ending in "…"."""
    cuts = []
    for match in _WORD_GAP.finditer(text):
        prefix = text[: match.start()].rstrip(_TRAILING_PUNCT + " ")
        if prefix:
            cuts.append(prefix + ELLIPSIS)
    cuts.reverse()
    return cuts


def elisions(text: str) -> Iterator[str]:
    """The candidate shortenings of ``text`` in the order a fitter should try them.

    Sentence-boundary cuts come first (longest first), then word-boundary cuts (longest first), so
    the first candidate that fits is the least damaging one.
    """
    yield from sentence_cuts(text)
    yield from word_cuts(text)


def shorten_to_fit(text: str, fits: Callable[[str], bool]) -> str | None:
    """``text`` itself if it fits, else the first elision that fits, else None."""
    if fits(text):
        return text
    for candidate in elisions(text):
        if fits(candidate):
            return candidate
    return None


def is_faithful_elision(shortened: str, original: str) -> bool:
    """True when ``shortened`` is ``original`` or a verbatim prefix of it marked with "…"."""
    if shortened == original:
        return True
    if not shortened.endswith(ELLIPSIS):
        return False
    return original.startswith(shortened[: -len(ELLIPSIS)].rstrip())


def join_pieces_for_display(pieces: list[str]) -> str:
    """The pieces of an interrupted quote as one passage a reader can take in.

    In `"We were lucky," the mayor said. "The next surge will not wait."` the comma after the first
    piece stands for the full stop that the attribution displaced. Once the attribution is gone,
    a comma before a capital ("lucky, The next") reads as a typo, so the comma goes back to a full
    stop: the change to terminal punctuation that style guides allow in quotations (Chicago
    13.7). Nothing else changes; a piece that continues the sentence ("A," she said, "b") keeps
    its comma.
    """
    text = ""
    for piece in pieces:
        if text and text.endswith(",") and piece[:1].isupper():
            text = text[:-1] + "."
        text = f"{text} {piece}" if text else piece
    return text


def end_for_display(text: str, kind: str) -> str:
    """A quote as a post or card shows it, without the comma its speech tag left at the end.

    In `"I never saw this pollution," Prakash said` the comma belongs to the sentence around the
    quote; shown alone, “…pollution,” reads as cut off. A full statement ends with a full stop
    instead, a fragment with no mark (Chicago 13.7 allows the change of terminal punctuation).
    posts.json keeps the quote exactly as the article has it.
    """
    if not text.endswith(","):
        return text
    return text[:-1] + "." if kind == "full" else text[:-1]
