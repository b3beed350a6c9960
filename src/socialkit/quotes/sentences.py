"""Sentences as the attribution rules read them: the sentences of each paragraph, and where a
sentence's subject may start, past its scene-setting phrases and a wire dateline.
"""

from __future__ import annotations

import re

from socialkit.models import Article
from socialkit.quotes.lexicon import words
from socialkit.quotes.people import is_given_name, is_surname

# A word: a letter, then letters, digits, apostrophes and hyphens ("O’Rourke", "op-ed").
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Openers of a sentence's scene-setting phrase ("In a post to her Instagram stories, she said"),
# besides any participle with its object ("Citing the cost": _opens_with_participle); these
# open one whatever follows ("Speaking Tuesday at a rally, ...").
_INTRO = words(
    "in on at after before during following while when as since speaking writing asked later "
    "earlier last this on in addressing responding referring with without despite but and so "
    "yet still however meanwhile also then "
    # "According to AFP, one user on Weibo ... posted:": the source of the report, not the
    # subject of the sentence's own cue.
    "according"
)
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
# Of those, the conjunctions and adverbs that join the sentence to the one before.
_CONJUNCTIONS = words("but and so yet still however meanwhile also then")
# The rest of the prepositions that open a place or time ("Outside the building after the
# meeting, ..."), when a lower-case word or a number follows: "Under Armour founder Kevin
# Plank", "Beyond Meat", "Inside Edition" are names.
_PLACE_PREPOSITIONS = words(
    "outside inside across behind beyond near amid among throughout within through under "
    "until upon")
_LOWER_NEXT = re.compile(r"\s+[a-z0-9]")
# Adverbial openings that set the scene, then a comma: "Back in Tanjung Lasomba, Hasnah
# said", "Back at the bowls club, ...", "For his part, Kowalczyk says"; and a span of time
# before or after something ("Minutes after the final buzzer, the athletic department
# posted", "Hours after the celebration, Callaghan shared"; "later" only with its comma: "Hours
# later Ruiz, visibly shaken, told" has its subject before the first comma).
_IDIOM_OPENING = re.compile(r"(?:Back\s+(?:in|at|on|home)|For\s+(?:his|her|its|their|our)\s+"
                            r"part|(?:Minutes|Hours|Days|Weeks|Months|Moments|Seconds)\s+"
                            r"(?:after|before|(?:later|earlier)(?=,)))\b")
# "FLINT, Mich. — ": a dateline opens a wire story's first paragraph and names no speaker.
# (Its agency may follow in brackets and a hyphen stand for the dash: "PORT LOUIS (Reuters) - ".)
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]{2,}(?:\s[A-Z][A-Z.'’-]+)*(?:,[^—–\n]{0,40}?)?"
    r"(?:\s*\([^)\n]{1,40}\))?\s(?:[—–-]|--)\s*")


_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December)")
# A date set off by commas: " November 9,", " 9 November,".
_DATE_SET_OFF = re.compile(rf"\s+(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}),")


def _scene_end(text: str) -> int:
    """Where a sentence's subject may start: past its scene-setting phrases ("In a post to her
    Instagram stories, ...", "Speaking at a rally in Novi, ...") and a wire dateline."""
    lo = 0
    while (first := _WORD.search(text, lo)) is not None and (
            first.group().lower() in _INTRO or _opens_with_participle(text, first) or (
                first.group().lower() in _PLACE_PREPOSITIONS
                and _LOWER_NEXT.match(text, first.end())) or (
                _IDIOM_OPENING.match(text, first.start()))):
        if first.group().lower() in _CONJUNCTIONS and _CAPITAL_NEXT.match(text, first.end()):
            # "But Friederike Albers, a professor at ..., said": a conjunction before a name
            # opens no phrase of its own; the name may be the subject. (Before a lower-case
            # word the comma still ends the opening: "But the weapons his country has, he
            # added, are like ...".)
            lo = first.end()
            continue
        comma = text.find(",", lo)
        if comma < 0:
            break
        lo = comma + 1
        date = _DATE_SET_OFF.match(text, lo)
        if date is not None:
            # "Asked on Sunday, November 9, on the set of ...": a date set off inside the
            # phrase goes on with it.
            lo = date.end()
            continue
        which = _WORD.search(text, lo)
        if which is not None and which.group() in ("which", "where", "when") and (
                (after := text.find(",", which.end())) >= 0):
            # "In the letter, which she read aloud, St Luce wrote:": a clause about the
            # phrase's noun is part of the phrase ("Outside the Castle, where residents had
            # gathered, a pensioner said" too).
            lo = after + 1
    dateline = DATELINE.match(text, lo)
    return dateline.end() if dateline else lo


# The openers of those whose phrase holds no one who acts in the sentence: a preposition or a
# subordinator ("In an interview with Rusty Humphries, Ham ...", "When Ann Price took the
# floor, Cole ..."), not a conjunction or an adverb before the subject itself ("But Mary Cole,
# who chairs the committee, told ...") nor "According to Mary Cole, ..." (the source).
_SCENE_WORDS = words("in on at after before during following while when as since with without "
                     "despite speaking writing asked addressing responding referring")


# A capitalised word ending like a participle opens the sentence (matched before the scene's
# end is looked for: most sentences open otherwise).
PARTICIPLE_OPENING = re.compile(r"\s*[A-Z][a-z]+ing\b\s*")


def in_participle_opening(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``at`` lies inside the participle's phrase that opens the sentence
    text[start:end] ("Addressing Alleyne directly, she said"): its object is not the subject."""
    return PARTICIPLE_OPENING.match(text, start) is not None and at < start + scene_phrase_end(
        text[start:end])


def scene_phrase_end(text: str) -> int:
    """Where a sentence's subject may start past a phrase that sets its scene and holds no one
    who acts in it ("In an interview with X, "), else 0: the people named before it are no
    rivals of the subject."""
    first = _WORD.search(text)
    if first is None or first.group().lower() == "according" or not (
            first.group().lower() in _SCENE_WORDS or _opens_with_participle(text, first)
            or _IDIOM_OPENING.match(text, first.start()) or (
                # ("Outside the court, where Judge Amy Lowe had just jailed Tom Bell, a woman
                # said": a place, and what happened there; "Among the survivors is X" is X.)
                first.group().lower() in _PLACE_PREPOSITIONS and first.group() != "Among"
                and _LOWER_NEXT.match(text, first.end()))):
        return 0
    return _scene_end(text)


# What follows a participle that opens a phrase of its own: a determiner, a pronoun or a
# preposition (closed classes), as in "Citing the cost", "Pressed on", "Asked whether".
_AFTER_PARTICIPLE = words(
    "the a an his her its their our my your this that these those by on to about with at in "
    "for from as over into after before under through against up out off whether how "
    "what why if him them it us me")


_LOWER_WORD_NEXT = re.compile(r"\s+([a-z]+)")
# The words after a participle that no name takes after it: a determiner or a particle.
# (Not "this": "Keating this week said the deal" is a name and its time.)
_AFTER_NAMESAKE_PARTICIPLE = words("the a an his her its their our my down")
# A name of one word or two, then lower-case words only.
_NAME_THEN_LOWER = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+[a-z][\w’'-]*)+\s*")


def _opens_with_participle(text: str, first: re.Match[str]) -> bool:
    """"Citing the cost, ...", "Reached by phone, ...": a participle opening the sentence, then
    its object or preposition, sets the scene; its subject comes after the comma. Told from a
    name ("Manning", "Fielding") by the Census lists and from "United Nations" by the small
    letter after it."""
    word = first.group()
    if not (len(word) >= 5 and word.endswith(("ing", "ed")) and word[:1].isupper()):
        return False  # (most sentences: the word after it is not read)
    nxt = _LOWER_WORD_NEXT.match(text, first.end())
    if (is_surname(word) or is_given_name(word)) and not (
            # ("Handing down the sentence, Judge Kpadeh said": a name the Census lists, but no
            # name stands right before "the" or "down".)
            nxt is not None and nxt.group(1) in _AFTER_NAMESAKE_PARTICIPLE):
        return False
    if nxt is None:
        # "Addressing Foley directly from the witness box, he said": its object a name, then
        # small words that no name ends with ("United Nations officials" is a body's people).
        comma = text.find(",", first.end())
        phrase = text[first.end() : comma if comma >= 0 else len(text)]
        return word.endswith("ing") and bool(_NAME_THEN_LOWER.fullmatch(phrase))
    # "Retired teacher Ann Lee, 70, said", "Leading scorer Ana Ruiz, 24, said": adjectives on
    # the subject itself, whose name ends the phrase; an object or a preposition after the
    # participle ("Citing the cost,") makes it a phrase of its own whatever ends it.
    comma = text.find(",", first.end())
    phrase = text[first.end() : comma if comma >= 0 else len(text)]
    return nxt.group(1) in _AFTER_PARTICIPLE or not re.search(
        r"[A-Z][\w’'-]*\s+[A-Z][\w’'-]*\s*$", phrase)


def _by_paragraph(sentences: list[tuple[int, int]],
                  article: Article) -> list[list[tuple[int, int]]]:
    """The (start, end) sentences of each paragraph of ``article``, in order."""
    out: list[list[tuple[int, int]]] = [[] for _ in article.paragraphs]
    k = 0
    for s, e in sentences:
        while k < len(article.paragraphs) and article.paragraphs[k].end < s:
            k += 1
        if k < len(out):
            out[k].append((s, e))
    return out
