"""Shortening a quotation without misquoting it: the one rule both posts and cards use.

A shortened quote is always a verbatim prefix of the original followed by "…", cut first at a
sentence boundary and, only when no sentence prefix is short enough, at a word boundary. Cutting at
whitespace means a URL, hashtag, mention, emoji sequence or grapheme cluster is never split.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from socialkit.quotes.lexicon import words

ELLIPSIS = "…"

# A sentence ends at . ! ? or … (optionally followed by a closing quote or bracket) where the
# next sentence starts: whitespace, then a capital, a digit or an opening mark.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[^\W_a-z])")
# A semicolon joins two clauses that could each stand as a sentence.
_CLAUSE_END = re.compile(r";(?=\s)")
_WORD_GAP = re.compile(r"\s+")
_WORD = re.compile(r"[\w'’.-]+")
# Punctuation that reads badly right before "…" ("He said, …"): dropped from a word-boundary cut.
_TRAILING_PUNCT = ",;:–—-([{\"'“‘"
# Titles a name follows ("Gov. Gavin Newsom", "Prof. Ann Lee"): their full stop never ends a
# sentence.
NAME_TITLES = words(
    "mr mrs ms mx dr st sen sens gov rep reps gen lt col sgt capt cmdr adm prof rev fr hon rt")
# A full stop after these ends an abbreviation, not a sentence ("Mr. Cole", "Sept. 4").
ABBREVIATIONS = NAME_TITLES | words(
    "sr jr no nos vs etc inc co corp ltd mt ft jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n e.g i.e a.m p.m approx dept est"
)
# A next sentence opening with one of these turns or answers what came before ("Some call it a
# waste. They are wrong." is not "Some call it a waste. …"): cutting before it changes the
# meaning, so no cut is made there.
_TURNING_WORDS = words(
    "but however yet though although still nevertheless nonetheless except unless otherwise "
    "instead no not nor wrong actually only rather and or so"
)
# A next sentence about what came before ("That is not true.", "They are wrong.") turns it when
# it denies something within its first words.
_BACK_REFERENCES = words("that this these those it they he she which")
_DENIALS = re.compile(r"\b(?:not|never|no|nothing|wrong|false|untrue|nonsense|lie|myth)\b|n[’']t\b",
                      re.IGNORECASE)
# A kept part this short is a phrase, not a thought a reader can take on its own.
MIN_KEPT_WORDS = 4


def _first_word(text: str) -> str:
    match = _WORD.search(text)
    return match.group().lower().strip(".'’") if match else ""


def ends_abbreviation(word: str) -> bool:
    """Whether the full stop ending ``word`` is an abbreviation's or an initial's, not a
    sentence's: "Mr.", "Sept.", "U.S." and "F." in "John F. Kennedy"."""
    if not word.endswith("."):
        return False
    stem = word[:-1].lstrip("\"'“‘([").lower()
    return stem in ABBREVIATIONS or (len(stem) == 1 and stem.isalpha())


def _is_complete_cut(text: str, end: int, next_start: int) -> bool:
    """Whether ``text[:end]`` is a complete thought that ``text[next_start:]`` does not turn."""
    kept = text[:end].rstrip()
    words = kept.split()
    if len(words) < MIN_KEPT_WORDS:
        return False
    last = words[-1].rstrip("\"'”’)]")
    if ends_abbreviation(last):
        return False
    if last.endswith("?"):
        # A question kept without the answer that follows says something else.
        return False
    rest = text[next_start:]
    first = _first_word(rest)
    if first in _TURNING_WORDS:
        return False
    opening = " ".join(rest.split()[:6])
    return not (first in _BACK_REFERENCES and _DENIALS.search(opening))


def sentence_cuts(text: str) -> list[str]:
    """Verbatim prefixes of ``text`` that end a sentence (or a clause before a semicolon),
    longest first, each ending in "…".

    Only cuts that leave a complete thought are offered: never after an abbreviation or an
    initial, never fewer than MIN_KEPT_WORDS words, never a question without its answer and never
    before a sentence that turns what came before ("But…", "However…", "They are wrong"). A
    quote with no such cut has no sentence cuts: it is used whole or not at all.
    """
    cuts: list[tuple[int, str]] = []
    stripped = text.rstrip()
    for match in _SENTENCE_END.finditer(text):
        prefix = text[: match.end()].rstrip()
        if not prefix or prefix == stripped:
            continue
        if not _is_complete_cut(text, match.end(), match.end()):
            continue
        # "I found him honest." + "…" reads as an elision; the full stop is kept verbatim.
        cuts.append((len(prefix), _mark_cut(prefix, " ")))
    for match in _CLAUSE_END.finditer(text):
        prefix = text[: match.start()].rstrip()
        if prefix and _is_complete_cut(text, match.start(), match.end()):
            cuts.append((len(prefix), _mark_cut(prefix)))
    cuts.sort(key=lambda cut: -cut[0])
    return [cut for _, cut in cuts]


def word_cuts(text: str) -> list[str]:
    """Verbatim prefixes of ``text`` cut at whitespace, longest first, each ending in "…"."""
    cuts = []
    for match in _WORD_GAP.finditer(text):
        prefix = text[: match.start()].rstrip(_TRAILING_PUNCT + " ")
        if prefix:
            cuts.append(_mark_cut(prefix))
    cuts.reverse()
    return cuts


def _mark_cut(prefix: str, after_stop: str = "") -> str:
    """``prefix`` marked as cut: "…" after it, or (after a full stop, with ``after_stop``) " …";
    a prefix that ends in the speaker's own ellipsis already shows the cut ("…applied to them…",
    not "…applied to them……")."""
    if prefix.endswith((ELLIPSIS, "...")):
        return prefix
    return prefix + after_stop + ELLIPSIS if after_stop and prefix[-1] in ".!?" else (
        prefix + ELLIPSIS)


def elisions(text: str) -> Iterator[str]:
    """The candidate shortenings of ``text`` in the order a fitter should try them.

    Sentence-boundary cuts come first (longest first), then word-boundary cuts (longest first), so
    the first candidate that fits is the least damaging one.
    """
    yield from sentence_cuts(text)
    yield from word_cuts(text)


def shorten_to_fit(text: str, fits: Callable[[str], bool], *, words: bool = True) -> str | None:
    """``text`` itself if it fits, else the first elision that fits, else None.

    ``words=False`` offers only sentence and clause cuts: a quotation cut mid-sentence can say
    something its speaker did not ("…at San Quentin's death…"), so posts never cut one there.
    """
    if fits(text):
        return text
    for candidate in (elisions(text) if words else iter(sentence_cuts(text))):
        if fits(candidate):
            return candidate
    return None


def is_faithful_elision(shortened: str, original: str) -> bool:
    """True when ``shortened`` is ``original`` or a verbatim prefix of it marked with "…"."""
    if shortened == original:
        return True
    if shortened.endswith((ELLIPSIS, "...")) and original.startswith(shortened):
        return True  # cut right after the speaker's own ellipsis, which marks it
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
        # (A piece opening with a figure starts a sentence too: '"..., 2019 is just not as
        # strong as 2018."' after "he said, adding,".)
        if text and text.endswith(",") and (piece[:1].isupper() or piece[:1].isdigit()):
            text = text[:-1] + "."
        text = f"{text} {piece}" if text else piece
    return text


def nest_for_display(text: str) -> str:
    """Double marks inside a quotation shown in double marks become single ones: 'I said,
    “Only my employer.”' is shown as “I said, ‘Only my employer.’” (the alternation Chicago
    13.30 asks for; the words are untouched). Only when every inner mark pairs up."""
    opens, closes = text.count("“"), text.count("”")
    if not opens or opens != closes:
        return text
    depth = 0
    for ch in text:
        depth += (ch == "“") - (ch == "”")
        if depth < 0 or depth > 1:
            return text  # unbalanced or nested deeper: shown as the story has it
    return text.replace("“", "‘").replace("”", "’")


def end_for_display(text: str, kind: str) -> str:
    """A quote as a post or card shows it, without the comma its speech tag left at the end.

    In `"I never saw this pollution," Prakash said` the comma belongs to the sentence around the
    quote; shown alone, “…pollution,” reads as cut off. A full statement ends with a full stop
    instead, a fragment with no mark (Chicago 13.7 allows the change of terminal punctuation).
    posts.json keeps the quote exactly as the article has it.
    """
    # (Also before an inner quotation's closing mark: "... not all of it helpful attention,’".)
    inner = len(text) - len(text.rstrip("’'”\""))
    body, marks = text[: len(text) - inner], text[len(text) - inner :]
    if not body.endswith(","):
        return text
    return (body[:-1] + "." if kind == "full" else body[:-1]) + marks
