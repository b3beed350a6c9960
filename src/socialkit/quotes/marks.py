"""Quotation marks in an article's body: which characters are marks, where a quotation's own
marks stand, and the body with quoted words blanked ("masked").

The attribution rules read the masked body, so that a name or a full stop inside someone's
words is never taken for the writer's.
"""

from __future__ import annotations

import re

from socialkit.quotes.extract import Found

_MARKS = "\"“”„‟«»‘’‚‹›'"
_OPENING_MARKS = "\"“„‟«‘‚‹'"
_CLOSING_MARKS = "\"”»’›'"


def possessive(word: str) -> bool:
    """Whether ``word`` is a possessive: "Obama’s", "Smith's", or a plural's or an s-name's
    bare apostrophe ("Benavides’ sister", "the Joneses' lawyer")."""
    return word.endswith(("’s", "'s")) or (word.endswith(("s’", "s'")) and len(word) > 2)


def _mask(body: str, found: list[Found]) -> str:
    """The body with quoted words blanked, so that names and full stops inside quotes are ignored.

    A quotation's final . ! ? stays, so the sentence around it still ends where it ends.
    """
    pieces: list[str] = []
    pos = 0
    for f in found:
        for s, e in f.spans:
            # Spans come in body order and do not overlap; blank each one with one translate
            # pass rather than a character loop (a tenth of the attribution time) or a regex
            # substitution of each character (three times slower).
            if s < pos or e <= s:
                return _mask_by_chars(body, found)
            pieces.append(body[pos:s])
            blank = body[s:e].translate(_BLANKS)
            if body[e - 1] in ".!?,":
                blank = blank[:-1] + body[e - 1]
            pieces.append(blank)
            pos = e
    pieces.append(body[pos:])
    return _mask_retired(_mask_glottal(_mask_links("".join(pieces))))


# A rank's retirement in brackets between the rank and the name, as papers in South Asia and
# West Africa write it: "Lt Gen (retd) Harjeet Singh Sandhu", "Lt. Col. (Rtd) Sheku Tarawally".
# (Found by its bracket, then the rank's words looked for right before it: a pattern opening
# with the rank's capitals tried every capital of a story.)
_RETIRED = re.compile(r"\((?:[Rr]et(?:d|ired)?|[Rr]td)\.?\) ")
_RANK_BEFORE = re.compile(r"(?:[A-Z][a-z]*\.? ){1,4}$")


def _mask_retired(masked: str) -> str:
    """``masked`` with a bracketed retirement blanked and the rank moved up against the name
    ("Col (retd) Manpreet Sandhu" -> "       Col Manpreet Sandhu"), so the rank stays the name's
    title and the name still opens its sentence."""
    pieces: list[str] = []
    pos = 0
    for m in _RETIRED.finditer(masked):
        rank = _RANK_BEFORE.search(masked, max(pos, m.start() - 40), m.start())
        if rank is None:
            continue
        pieces += [masked[pos : rank.start()], " " * len(m.group()), rank.group()]
        pos = m.end()
    return "".join(pieces) + masked[pos:] if pieces else masked


# A glottal stop written as an opening single mark inside or at the start of a Pacific name
# ("Tu‘ipulotu", "Vava‘u", "‘Amelia"): no quotation opens there (a found quotation's words are
# blanked after its mark), so the name is one word. It becomes a letter, the ʻokina, which
# the name token may open with. (A single-quoted phrase the finder left unfound, "‘Our Town’",
# becomes "ʻOur Town’": capitalised words either way.)
_GLOTTAL_INSIDE = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")
_GLOTTAL_OPENING = re.compile(r"(?<![^\s(])‘(?=[AEIOU][a-z])")


def _mask_glottal(masked: str) -> str:
    if "‘" not in masked:
        return masked
    return _GLOTTAL_OPENING.sub("ʻ", _GLOTTAL_INSIDE.sub("ʻ", masked))


# A web address: no one speaks in "nhtsa.gov/recalls" (whose "recalls" read as a cue verb).
# Found from its most telling piece, a scheme, "www." or a dot, a domain ending and a slash
# (a pattern opening with any word character tried every word of a story, a tenth of the
# attribution time on 5 MB), then widened to the whitespace around it.
_LINK_CORE = re.compile(r"https?://|www\.|\.[a-z]{2,}/")
_LINK_STOP = re.compile(r"[\s<>\"“”(\[]")


def _mask_links(masked: str) -> str:
    """``masked`` with web addresses blanked, a final full stop or comma kept."""
    if "/" not in masked and "www." not in masked:
        return masked
    pieces: list[str] = []
    pos = 0
    for core in _LINK_CORE.finditer(masked):
        if core.start() < pos:
            continue  # inside the address just blanked
        start = core.start()
        while start > pos and not _LINK_STOP.match(masked, start - 1):
            start -= 1
        stop = _LINK_STOP.search(masked, core.end())
        end = stop.start() if stop else len(masked)
        link = masked[start:end]
        kept = len(link) - len(link.rstrip(".,;:!?)]"))
        pieces.append(masked[pos:start])
        pieces.append("x" * (len(link) - kept) + link[len(link) - kept :])
        pos = end
    if not pieces:
        return masked
    pieces.append(masked[pos:])
    return "".join(pieces)


class _Blanks(dict[int, str]):
    """str.translate's table that blanks a quotation: every character but white space becomes
    "x" (each character's answer is kept once asked: it depends on the character only)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        blank = self[code] = ch if ch.isspace() else "x"
        return blank


_BLANKS = _Blanks()


def _mask_by_chars(body: str, found: list[Found]) -> str:
    chars = list(body)
    for f in found:
        for s, e in f.spans:
            for i in range(s, e):
                if not chars[i].isspace():
                    chars[i] = "x"
            if body[e - 1] in ".!?,":
                chars[e - 1] = body[e - 1]
    return _mask_glottal(_mask_links("".join(chars)))


def _mark_before(body: str, pos: int) -> int:
    i = pos - 1
    while i > 0 and body[i].isspace():
        i -= 1
    if i > 0 and body[i - 1 : i + 1] == "''":
        i -= 1  # the first apostrophe of a double mark written as two
    return i if i >= 0 and body[i] in _MARKS else pos


def _mark_after(body: str, pos: int) -> int:
    i = pos
    while i < len(body) and body[i].isspace() and body[i] != "\n":
        i += 1
    if body[i : i + 2] == "''":
        return i + 2
    return i + 1 if i < len(body) and body[i] in _MARKS else pos


def _last_close(pre: str, lo: int) -> int:
    """Where the last quotation closed in pre[lo:] (just after its mark), or 0 if none did."""
    at = max(pre.rfind("”", lo), pre.rfind('"', lo))
    if at <= lo or pre[at - 1] not in "x,.!?":
        return 0
    return at + 1
