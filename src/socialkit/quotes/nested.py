"""Quotations reported inside a quotation: "He put his hand on the table and said, ‘Be ready.’"

The outer quotation is its speaker's words, inner marks and all; the words inside the inner
marks are someone else's as the outer speaker recalls them. An inner quotation is listed as a
quote of its own only when the outer speaker's words say who said it, with a speech verb right
before its opening mark and a subject the story lets us name: a person the story names ("And
then Aroha put her hand on the table and said, ‘...’"), or a source it describes ("A woman in
Ashby Drove told me, “...”"). A pronoun ("then she called and said") points into the speaker's
memory, not the story's text, and is left alone, as is a quotation with no speech verb (a
nickname, a scare quote: "Everyone called him ‘Tito’").

Such a quote is never put on a card or in a post (``Quote.reported_by`` is set): its words are
the outer speaker's account of what was said, and the outer quotation is what a card can
credit.
"""

from __future__ import annotations

import re

from socialkit.models import Article, Quote, SpeakerKind
from socialkit.quotes.extract import _DOUBLE, _pair
from socialkit.quotes.lexicon import CUE_VERBS, STANCE_VERBS
from socialkit.quotes.names import Entity
from socialkit.quotes.people import is_person_noun

# A speech verb, an optional listener and a comma or colon, right before the inner mark:
# "said, ", "told me, ", "said to me, ", "asked him: ".
_CUE_BEFORE_MARK = re.compile(
    r"(?P<cue>[a-z]+)(?:\s+(?:to\s+)?(?:me|him|her|us|them|the\s+\w+))?\s*[,:]?\s*$")
# Verbs that name rather than report ("called him ‘Tito’", "calls it “the wall”").
_NAMING = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "describe",
                     "describes", "described", "describing", "term", "termed"})
# A verb before the cue that makes it passive: "we were told it was “...”" has no subject.
_PASSIVE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|get|got|gets)\s+$")
# What leads a clause before its subject: "And then Aroha put ...", "So somebody said".
_LEAD = re.compile(r"^(?:(?:and|but|so|then|when|until|after|before|just)\s+)+", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[’'-][^\W\d_]+)*")
_DESCRIPTION = re.compile(
    r"(?:(?:a|an|one|another|some)\s+[^,;:]{2,60}?|somebody|someone)", re.IGNORECASE)
_GENERIC = frozenset({"everyone", "everybody", "people", "nobody", "no one"})


def reported_inside(article: Article, quotes: list[Quote], people: list[Entity]
                    ) -> list[Quote]:
    """The quotations reported inside ``quotes`` whose speaker their outer speaker names, each
    with ``reported_by`` set to the outer speaker (``people``: the story's named persons)."""
    by_word: dict[str, set[int]] = {}
    for index, entity in enumerate(people):
        for token in entity.tokens:
            by_word.setdefault(token, set()).add(index)
    body = article.body
    out: list[Quote] = []
    for quote in quotes:
        if quote.speaker is None or quote.reported_by is not None:
            continue
        for start, end in quote.spans:
            outer = body[start - 1] if start else ""
            single = outer in _DOUBLE
            for open_at, close_at in _pair(body[start:end], start, single)[0]:
                inner_start, inner_end = open_at + 1, close_at
                if not body[inner_start:inner_end].strip():
                    continue
                who = _speaker(body[start:open_at], people, by_word)
                if who is None:
                    continue
                speaker, kind = who
                out.append(Quote(
                    text=body[inner_start:inner_end].strip(), start=inner_start, end=inner_end,
                    spans=((inner_start, inner_end),), kind="full", speaker=speaker,
                    speaker_kind=kind, cue=None, via=None, reported_by=quote.speaker))
    return out


def _speaker(before: str, people: list[Entity], by_word: dict[str, set[int]]
             ) -> tuple[str, SpeakerKind] | None:
    """(speaker, kind) of the clause that ends right before an inner quotation's mark."""
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1]
    cue = _CUE_BEFORE_MARK.search(sentence)
    if cue is None:
        return None
    verb = cue.group("cue")
    if verb not in CUE_VERBS or verb in STANCE_VERBS or verb in _NAMING:
        return None
    clause = sentence[: cue.start()]
    if _PASSIVE.search(clause):
        return None
    # The clause's subject opens its last comma-separated part ("When the box came in,
    # somebody said").
    part = _LEAD.sub("", clause.rsplit(",", 1)[-1].strip()).strip()
    if _DESCRIPTION.fullmatch(part):
        # "A woman in Ashby Drove told me": the story's own words for a source it does not
        # name, when the words are a person's ("a woman", not "a statement").
        words = part.lower().split()
        if words[0] in ("somebody", "someone") or any(is_person_noun(w) for w in words[1:4]):
            return part[0].lower() + part[1:], "description"
        return None
    name = _NAME.match(part)
    if name is None or part.lower() in _GENERIC:
        return None
    # A given name or surname alone, as a speaker calls someone: the one person of the story
    # who bears it ("Aroha" is Aroha Ngata-Winter), or no one if two do.
    found = by_word.get(name.group(), set())
    if len(found) == 1:
        return people[next(iter(found))].name, "name"
    return None
