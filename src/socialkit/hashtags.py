"""Hashtags from a story's key people, places and topics: #KevinCooper, #SanQuentin.

A good tag names something specific to the story. So a candidate is a run of capitalised words
that the article uses as a name (capitalised where a sentence does not force it), never a single
common word (#Prison, #Monday, #Said), and it is written in CamelCase so screen readers can say it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from socialkit.models import Article, Quote

# Words that start sentences or headlines, or are too general to be a tag on their own. A word
# is also rejected when the article itself writes it in lower case, which catches most others.
COMMON_WORDS = frozenset(
    """
    a about above after again against all also am an and another any are around as at away back
    be because been before being below best between both but by can could day days did do does
    doing done down during each early even every few first for from further get had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just last late later least less like made make many may me meanwhile might more most much
    must my myself never new news next no nor not now of off often on once one only or other our
    ours ourselves out over own part people per perhaps please put rather really report reports
    said same say says see she should since so some still such than that the their theirs them
    themselves then there these they this those though three through to today too tomorrow two
    under until up upon us very was we week weeks well were what when where whether which while
    who whom whose why will with within without would year years yes yesterday yet you your
    yours yourself yourselves mr mrs ms dr st sir madam according breaking update updated
    exclusive live watch read more photo photos video videos opinion analysis editorial police
    court judge state city county government president prime minister officials official
    spokesman spokeswoman statement monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    national international world
    prison governor senator mayor chief executive company business family mother father
    councillor councilor councilman councilwoman commissioner secretary chancellor ambassador
    sheriff professor prof rep sen gov lt gen col capt sgt director chair chairman chairwoman
    deputy lord lady
    """.split()  # noqa: SIM905 - a word list reads better as prose
)

_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_SENTENCE_END_CHARS = frozenset('.!?…:"“”')
_JOINERS = frozenset({"de", "van", "von", "der", "del", "da", "al", "bin", "la", "le"})


def camel_case(phrase: str) -> str:
    """``phrase`` as one CamelCase hashtag body: "San Quentin" -> "SanQuentin"."""
    parts = re.split(r"[\s\-'’.]+", phrase)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _candidates(text: str) -> Iterable[tuple[str, bool]]:
    """(phrase, forced) for each run of capitalised words; ``forced`` when it starts a sentence."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        match = words[i]
        if not _is_capitalised(match.group()):
            i += 1
            continue
        # The last non-space character before the word, found by stepping back rather than by
        # searching the whole prefix (that made this quadratic in the article's length).
        k = match.start()
        while k and text[k - 1].isspace():
            k -= 1
        forced = not k or text[k - 1] in _SENTENCE_END_CHARS
        run = [match.group()]
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1].end(): words[j].start()]
            word = words[j].group()
            if gap != " ":
                break
            if _is_capitalised(word) or (word in _JOINERS and j + 1 < len(words)
                                         and _is_capitalised(words[j + 1].group())):
                run.append(word)
                j += 1
                continue
            break
        while run and run[-1] in _JOINERS:
            run.pop()
        yield " ".join(run), forced
        i = j


def _names(phrase: str) -> list[str]:
    """The names in a capitalised run: split at common words ("California Governor Jerry Brown"
    -> "California", "Jerry Brown"), possessive "'s" removed."""
    names: list[str] = []
    current: list[str] = []
    for word in phrase.split():
        word = re.sub(r"['’]s$", "", word)
        if word.lower() in COMMON_WORDS:
            if current:
                names.append(" ".join(current))
            current = []
        else:
            current.append(word)
    if current:
        names.append(" ".join(current))
    return names


def story_hashtags(
    article: Article,
    quotes: Sequence[Quote] = (),
    *,
    house: Sequence[str] = (),
    limit: int = 5,
) -> list[str]:
    """Up to ``limit`` hashtags ("#KevinCooper") for the story, best first.

    House tags from the config come first, then the people quoted, then the names the story uses
    most (a name in the headline counts double). A tag is at most 30 characters and never a
    common word.
    """
    lower_words = {w.group() for w in _WORD.finditer(article.body) if w.group().islower()}
    scores: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    order = 0
    # Headlines are often in Title Case, so they prove nothing about names: only the body
    # proposes names, and a name the headline also uses scores double.
    for source, weight in ((article.body, 1),):
        for phrase, forced in _candidates(source):
            for name in _names(phrase):
                single = " " not in name
                if single and (name.lower() in COMMON_WORDS or name.lower() in lower_words):
                    continue
                if single and forced and name == phrase.split()[0]:
                    # A lone capitalised word at a sentence start proves nothing; it must also occur
                    # capitalised mid-sentence to count as a name.
                    scores[name] += 0
                    first_seen.setdefault(name, order)
                    order += 1
                    continue
                scores[name] += weight
                first_seen.setdefault(name, order)
                order += 1
    for name in list(scores):
        words = name.split()
        # "California Jerry Brown" when "California" stands alone elsewhere: two names, not one.
        for k in range(1, len(words)):
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            if scores.get(head, 0) >= 2 and len(words) - k > 1:
                scores[head] += scores[name]
                scores[tail] += scores[name]
                first_seen.setdefault(tail, first_seen.get(name, 0))
                del scores[name]
                break
    for name in list(scores):
        if name in article.title:
            scores[name] *= 2
    for quote in quotes:
        if quote.speaker:
            for name in _names(quote.speaker):
                scores[name] += 3
                first_seen.setdefault(name, -1)
    # A shorter form of a longer name ("Cooper", "Kardashian West", "Kim Kardashian") is the same
    # person or place: its mentions count for the longest name it begins or ends.
    # The longer names that begin or end with each run of words, listed once in the order of
    # ``scores`` (comparing every name with every other made a long story quadratic in names).
    containing: dict[tuple[str, ...], list[str]] = {}
    for other in scores:
        other_words = tuple(other.split())
        ends = {other_words[:k] for k in range(1, len(other_words))}
        ends.update(other_words[-k:] for k in range(1, len(other_words)))
        for key in ends:
            containing.setdefault(key, []).append(other)
    for name in sorted(scores, key=lambda n: len(n.split())):
        words = name.split()
        longer = containing.get(tuple(words), [])
        if longer:
            best = max(longer, key=lambda o: (len(o.split()), scores[o]))
            scores[best] += scores[name]
            scores[name] = 0
    tags: list[str] = []
    seen: set[str] = set()

    def add(body: str) -> None:
        body = unicodedata.normalize("NFC", body.lstrip("#"))
        if not body or len(body) > 30 or not re.fullmatch(r"\w+", body) or body.isdigit():
            return
        if body.lower() in COMMON_WORDS or body.lower() in seen:
            return
        seen.add(body.lower())
        tags.append("#" + body)

    for tag in house:
        add(camel_case(tag))
    ranked = sorted((n for n in scores if scores[n] > 0),
                    key=lambda n: (-scores[n], first_seen.get(n, 0)))
    for name in ranked:
        add(camel_case(name))
    for tag in article.tags:
        add(camel_case(tag))
    return tags[:limit]
