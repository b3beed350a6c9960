"""The frozen records that flow through socialkit: read → extract → rank → compose / render → write.

Every stage takes and returns these plain values; nothing reaches back into an earlier stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

QuoteKind = Literal["full", "partial"]
# What ``Quote.speaker`` is: a person's name, the article's own description of an unnamed source
# ("a former employee"), or an organisation speaking as a body ("the city council").
SpeakerKind = Literal["name", "description", "organisation"]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the cleaned body; ``start``/``end`` are offsets into ``Article.body``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A news article after reading and boilerplate removal.

    ``body`` is the paragraphs joined by a blank line ("\\n\\n"), so a paragraph's offsets and a
    quote's offsets both index the same string.
    """

    title: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    url: str | None = None
    author: str | None = None
    published: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    path: str | None = None
    notes: tuple[str, ...] = ()
    """What reading dropped that the editor should know about (a link that is not http(s))."""

    @cached_property
    def lead(self) -> str:
        """The story's first sentence, the fallback when it has no quote a post may use: the
        first paragraph that opens with a sentence, never the page's furniture; "" when none
        does. (Read once per article: compose asks for it on every platform.)"""
        if not self.paragraphs:
            return ""
        # A kicker or a label left above the story ("Review", "Opinion") is no lead: the first
        # paragraph of six words or more is.
        # (Nor the paragraph the headline was taken from, when the story had none of its own:
        # the post would say the same words twice.)
        cut = self.title.rstrip().endswith("…")  # the headline is the paragraph's opening
        shown = _words_of(self.title.rstrip().removesuffix("…"))

        def repeats_headline(paragraph: str) -> bool:
            said = _words_of(_first_sentence(paragraph))
            return bool(shown) and (said == shown or (cut and said[: len(shown)] == shown))

        # Where the page repeats the headline as a paragraph at the top, what stands above it
        # is the page's furniture (a sidebar's teaser, a related story), not the story.
        # (Only a headline of five words or more: "What we know" is as often a cross-head
        # under the real lead.)
        paragraphs = list(self.paragraphs)
        top = next((i for i, p in enumerate(paragraphs[:_HEADLINE_REACH])
                    if len(shown) >= 5 and _words_of(p.text) == shown), None)
        if top is not None:
            paragraphs = paragraphs[top + 1 :]
        for p in paragraphs:
            # (Nor a caption or an embed's credit line opening with a handle: "@noksutagram
            # <The Palace> ... Performance" would tag an account from the outlet's post.)
            if _word_count(p.text) < 6 or repeats_headline(p.text) or p.text.startswith("@"):
                continue
            text = _without_label(p.text)
            if text is None or _NOT_PROSE_OPENING.match(text):
                continue
            sentence = _first_sentence(text)
            # A lead is a sentence: a time stamp, a byline, a row of a table or a line that
            # introduces a list ("The Latest on ... (all times local):") is none, and in a post
            # it would say nothing or mislead. Better no lead than that one. (A standfirst
            # printed without its full stop is prose all the same; figures are news, "Shares
            # fell 12% to 340p", until they are most of the words: "Posted Sept. 12, 2025".)
            if _SENTENCE_END.search(sentence):
                # (Not a date's ordinal read as a stop: "Am 12." of "Am 12. November ...".)
                if _word_count(sentence) >= 2 and _numeric_share(sentence) < 0.45 and not (
                        _word_count(sentence) <= 3 and _ORDINAL_STOP.search(sentence)):
                    return sentence
            elif sentence == text and _reads_as_prose(text):
                return sentence
        return ""


def _word_count(text: str) -> int:
    """Words, counting two characters of a script written without spaces (Chinese, Japanese,
    Thai, Lao, Khmer, Burmese) as one."""
    return len(text.split()) + sum(1 for ch in text if _unspaced(ch)) // 2


def _unspaced(ch: str) -> bool:
    return ("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
            or "\u0e00" <= ch <= "\u0eff" or "\u1780" <= ch <= "\u17ff"
            or "\u1000" <= ch <= "\u109f")


# A one- or two-digit number before the stop that ends a "sentence": a date's ordinal.
_ORDINAL_STOP = re.compile(r"(?:^|\s)\d{1,2}\.$")


def _numeric_share(text: str) -> float:
    """The share of words holding a digit: a score line or a date is no sentence."""
    return sum(1 for w in text.split() if any(c.isdigit() for c in w)) / max(
        1, _word_count(text))


def _reads_as_prose(text: str) -> bool:
    """A line with no full stop that is still a sentence: eight words or more, most of them
    lower-case, few numbers, no separators ("By Dana Whitfield | Updated 7:42 PM" is none),
    and no colon announcing what follows ("The Latest on the vote (all times local):")."""
    # (Thai, Lao, Khmer and Burmese end no sentence with a stop and have no capitals: a
    # paragraph in them is read as prose; any other line needs most of its words lower-case.)
    cased = [w for w in text.split() if w[:1].lower() != w[:1].upper()]
    unstopped = not cased and any("\u0e00" <= ch <= "\u0eff" or "\u1000" <= ch <= "\u109f"
                                  or "\u1780" <= ch <= "\u17ff" for ch in text)
    return _word_count(text) >= 8 and "|" not in text and not text.endswith(":") and (
        _numeric_share(text) <= 0.2) and (unstopped or (bool(cased) and sum(
            1 for w in cased if w[:1].islower()) >= 0.6 * len(cased)))


# A paragraph that cannot open a story: a list's or a footnote's mark ("- ", "* ", "• "), a
# closing quotation mark, or a word all in lower case (a sentence the page split in two;
# "easyJet", "iPhone" open a sentence well).
_NOT_PROSE_OPENING = re.compile(r"[-*•·|>~=_]|[”’»]|[a-z]+\b")
# A label before a colon that says the paragraph is a caption or a page's aside: no lead.
_ASIDE_LABELS = frozenset({
    "photo", "photos", "image", "images", "picture", "pictures", "pictured", "caption",
    "credit", "video", "watch", "listen", "tags", "source", "disclosure", "also", "related",
    "summary", "read", "advertisement", "sponsored", "correction", "clarification", "note",
    # (A comments box's notice: "ATENÇÃO: Comentários ... não serão aprovados".)
    "attention", "atenção", "atención", "achtung", "nota"})
# One capitalised word and a colon opening a paragraph: a label ("Photo:", "Exclusive:") or a
# dateline ("Mumbai:").
_COLON_LABEL = re.compile(r"(\w+):\s+(?=\S)")


# A paragraph's opening label, not its words: a wire dateline ("WASHINGTON (AP) — ",
# "Mumbai: ") places the story for a newspaper page, a kicker ("Exclusive: ") or a column's tag
# in square brackets ("[Entermedia = Issue]") names the page's section; under a headline in a
# post each is clutter an editor deletes. None when the label says the paragraph is a caption
# or an aside ("Photo: ...", "Also: ...").
def _without_label(text: str) -> str | None:
    dateline = _DATELINE.match(text)
    if dateline:
        return text[dateline.end() :]
    tag = _BRACKETED_TAG.match(text)
    if tag:
        return text[tag.end() :]
    label = _COLON_LABEL.match(text)
    if label and label.group(1)[:1].isupper():
        return None if label.group(1).lower() in _ASIDE_LABELS else text[label.end() :]
    return text


_BRACKETED_TAG = re.compile(r"\[[^\[\]\n]{1,40}\]\s+(?=\S)")
# A sentence's end, perhaps inside its closing quotation mark or bracket.
_SENTENCE_END = re.compile(r"[.!?…。][\"'”’)\]]*$")
# How far down the page a repeated headline marks where the story starts.
_HEADLINE_REACH = 5


# "MADRID — ", "BUFFALO, N.Y. — ", "NEW YORK (Reuters) - ", "FLINT, Mich., Oct. 4 (UPI) — ":
# a place in capitals, its state or country, a date and an agency, then a dash.
# (A place of three letters or more, "ST." or a two-letter article before it, "EL PASO", and a
# sentence after the dash:
# "FIFA — world football's governing body — said", "U.S. — China trade talks" are no dateline.)
_DATELINE = re.compile(r"(?:ST\.\s+|[A-Z]{2}\s+(?=[A-Z]{3}))?"
                       r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’.-]+)*"
                       r"(?:,\s+[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*)*)*"
                       r"(?:,?\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
                       r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–]|--?)\s+(?=[A-Z0-9“‘\"'])")


def _first_sentence(text: str) -> str:
    """The lead's first sentence: up to a full stop, "!" or "?" before a capital (and past
    any closing quotation mark right after it; not inside a quotation left open), except the
    stop of a title before a name ("Gov. Gavin Newsom", "O prof. Carlos Nadalim"), of a
    country's initials ("The U.S. Army"), "Jr.", "Mt.", "vs." or a name's initial ("Donald J.
    Trump"); "Acme Inc. The company" and "said no. The referendum" end there. No
    more than _LEAD_LIMIT characters: a paragraph with no sentence end is cut at a word."""
    # (Imported here: the quote lexicon's package, which both read, imports this module.)
    from socialkit.elide import NAME_TITLES
    from socialkit.quotes.people import is_given_name

    opened = closed = counted = 0
    for m in _LEAD_END.finditer(text):
        i, j = m.start(), m.end()
        after = text[j + 1 : j + 2]
        # (A script without capitals, Korean or Arabic, starts every sentence with a letter.)
        if after and not (after.isupper() or after in "\"'“‘(" or (
                after.isalpha() and after.lower() == after.upper())):
            continue
        # (Counted on from the last stop, not from the start each time: a long paragraph
        # with a quotation left open was quadratic.)
        opened += text.count("“", counted, i)
        closed += text.count("”", counted, i)
        counted = i
        if opened > closed + text.count("”", i, j):
            continue  # a stop inside a quotation: "South Dakota’s viral “Meth. We’re on it.”"
        if text[i] == ".":
            word = text[text.rfind(" ", 0, i) + 1 : i].lstrip("\"'“‘(")
            before = text[text.rfind(" ", 0, max(0, i - len(word) - 1)) + 1 : i - len(word)]
            before = before.strip()
            if word.lower() in NAME_TITLES or word.lower() in _RUN_ON or (
                    len(word) == 1 and word.islower()) or (
                    len(word) == 1 and word.isupper() and (
                        not before or before.endswith(".") or is_given_name(before)
                        or before[:1].isupper())):
                continue  # ("J. Smith", "J. R. R. Tolkien", "Donald J. Trump", "Barack H.")
        return text[:j]
    if len(text) <= _LEAD_LIMIT:
        return text
    return text[: text.rfind(" ", 0, _LEAD_LIMIT)].rstrip(" ,;:") + "…"


# A sentence's end: ". ! ?", perhaps closing a quotation, before a space (then a capital, in
# any script) or the text's end.
_LEAD_END = re.compile(r"[.!?][”’)]?(?= \S|$)")
# Stops that more often go on than end a lead: a country's initials ("The U.S. Army"), a
# name's suffix ("Martin Luther King Jr. Day"), a place's ("Mt. Everest", "Ft. Worth"), "vs."
_RUN_ON = frozenset({"u.s", "u.k", "u.n", "jr", "sr", "mt", "ft", "vs"})
_LEAD_LIMIT = 600


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@dataclass(frozen=True)
class Quote:
    """A direct quotation found in an article.

    ``text`` is verbatim from the body without its marks; the pieces of an interrupted quote are
    joined by one space. ``spans`` are the (start, end) body offsets of each piece; ``start`` is
    the first piece's start and ``end`` the last piece's end. ``speaker_kind`` says what
    ``speaker`` is (None exactly when ``speaker`` is None); ``role`` is the speaker's title or
    position as the article gives it ("Port Ellery mayor"), kept apart from the name.
    """

    text: str
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    kind: QuoteKind = "full"
    speaker: str | None = None
    cue: str | None = None
    via: str | None = None
    score: float = 0.0
    score_parts: tuple[tuple[str, float], ...] = ()
    speaker_kind: SpeakerKind | None = None
    role: str | None = None
    # The story reports the words as alleged ("allegedly told a supervisor"): never put them
    # on a card or in a post as what the speaker said.
    alleged: bool = False
    # The quotation is reported inside another speaker's quotation ("he said to me, ‘Be
    # ready’"): whose quotation carries it. Never posted: the words are that speaker's account.
    reported_by: str | None = None

    @property
    def postable(self) -> bool:
        """Whether a post or a card may use this quote: a full statement whose speaker the story
        gives, not reported as alleged (a fragment or an unattributed line under a headline
        reads as the outlet's own words; an alleged one as a fact), that does not open going
        on from something said before. A document the story names no author for ("the report
        said") is the quote's source in the JSON, but no one for a card to credit, so its words
        are not posted."""
        # (Nor one that goes on from something said before, "But the third — liquid water —
        # is somewhat hard to find": under any headline, on any card, half a thought.)
        return self.why_not_postable is None

    @property
    def unnamed_body(self) -> bool:
        """Whether the speaker is a body the story calls only by its kind ("the county board
        said" with no board named): the source in the JSON, no credit for a post or a card."""
        return self.speaker_kind == "organisation" and (self.speaker or "")[:1].islower()

    @property
    def why_not_postable(self) -> str | None:
        """Why a post may not use this quote, in the words notes give it ("fragment",
        "unattributed", "reported", "opening mid-thought"), or None when it may."""
        # (Imported here: attribution reads the quote lexicon, whose package imports models.)
        from socialkit.attribution import names_a_document
        from socialkit.quotes.rank import goes_on_from_before

        if self.kind != "full":
            return "fragment"
        if self.speaker is None or names_a_document(self.speaker, self.speaker_kind):
            return "unattributed"
        if self.unnamed_body:
            # "— the company" under a headline that names Harrow Foods: no credit to publish.
            return "unnamed body"
        if self.alleged or self.reported_by:
            return "reported"
        return "opening mid-thought" if goes_on_from_before(self.text) else None

    def to_json(self, display_text: str | None = None) -> dict[str, object]:
        """The quote as DESIGN.md's JSON gives it (``text`` verbatim); with ``display_text``,
        also the text as posts and cards show it, for tools that publish it."""
        return {
            "text": self.text,
            **({"display_text": display_text} if display_text is not None else {}),
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "role": self.role,
            "alleged": self.alleged,
            "reported_by": self.reported_by,
            "cue": self.cue,
            "via": self.via,
            "kind": self.kind,
            "score": round(self.score, 4),
            "score_parts": {name: round(value, 4) for name, value in self.score_parts},
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Facet:
    """A Bluesky rich-text facet: UTF-8 byte range and its feature (link or tag)."""

    byte_start: int
    byte_end: int
    kind: Literal["link", "tag", "mention"]
    value: str

    def to_json(self) -> dict[str, object]:
        feature: dict[str, object]
        if self.kind == "link":
            feature = {"$type": "app.bsky.richtext.facet#link", "uri": self.value}
        elif self.kind == "tag":
            feature = {"$type": "app.bsky.richtext.facet#tag", "tag": self.value}
        else:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": self.value}
        return {
            "index": {"byteStart": self.byte_start, "byteEnd": self.byte_end},
            "features": [feature],
        }


@dataclass(frozen=True)
class Card:
    """A rendered quote card: where it was written (or will be), its size and its alt text."""

    size: str
    width: int
    height: int
    alt_text: str
    path: str | None = None
    format: str = "png"
    shortened: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    """A post for one platform, already fitted to the platform's limit.

    ``text`` is the whole post; ``parts`` holds the numbered parts when it became a thread (and is
    empty otherwise). ``length`` is counted by the platform's own counter, the one ``check`` uses.
    """

    platform: str
    text: str
    length: int
    limit: int
    valid: bool = True
    parts: tuple[str, ...] = ()
    link: str | None = None
    card: str | None = None
    alt_text: str | None = None
    hashtags: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    facets: tuple[Facet, ...] = field(default=())
    part_facets: tuple[tuple[Facet, ...], ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "platform": self.platform,
            "text": self.text,
            "parts": list(self.parts),
            "length": self.length,
            "limit": self.limit,
            "valid": self.valid,
            "link": self.link,
            "card": self.card,
            "alt_text": self.alt_text,
            "hashtags": list(self.hashtags),
            "problems": list(self.problems),
            "notes": list(self.notes),
        }
        if self.platform == "bluesky":
            data["facets"] = [f.to_json() for f in self.facets]
            if self.parts:
                data["part_facets"] = [[f.to_json() for f in part] for part in self.part_facets]
        return data


# What every note says when no quote may go in a post, so posts.md, the posts' notes, compose's
# warning and batch's summary give the one reason in the same words.
NO_POSTABLE_QUOTE = "no quote a post may use"
_REASON_PLURALS = {"fragment": "fragments", "unnamed body": "unnamed bodies"}


def why_none_postable(quotes: Sequence[Quote]) -> str:
    """``NO_POSTABLE_QUOTE`` with what was found: "no quote a post may use (3 found: 2
    fragments, 1 unattributed)", "no quote a post may use (none found)"."""
    reasons: dict[str, int] = {}
    for quote in quotes:
        reason = quote.why_not_postable
        if reason is not None:
            reasons[reason] = reasons.get(reason, 0) + 1
    parts = [f"{n} {_REASON_PLURALS.get(r, r) if n > 1 else r}" for r, n in reasons.items()]
    if not quotes:
        return f"{NO_POSTABLE_QUOTE} (none found)"
    return f"{NO_POSTABLE_QUOTE} ({len(quotes)} found: {', '.join(parts)})"
