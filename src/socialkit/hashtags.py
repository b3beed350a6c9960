"""Hashtags an editor would publish: the house's own first, generated ones only when asked.

Tags come from socialkit.toml's [hashtags]: ``always`` (every post, where there is room),
``allowed`` (used when the story mentions them) and ``never``. With ``generate = true`` the story
adds its own, but only topics and places (#PortEllery, #StormIsolde), never a person: not a
speaker, not a suspect, no given name, no one the story gives a title. A generated tag is never a
month or day, a bare abbreviation (#OK, #GOP), a word from page furniture (#Copyright), a token
with a particle attached (#SNS에) or shorter than 3 letters, and a tag naming a state or country
must name the story's own. Every tag is CamelCase so screen readers can say it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

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


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


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


def _name_scores(article: Article) -> tuple[Counter[str], dict[str, int]]:
    """Capitalised names in the body, scored by use (a name in the headline counts double)."""
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
    return scores, first_seen


def story_hashtags(
    article: Article,
    quotes: Sequence[Quote] = (),
    *,
    always: Sequence[str] = (),
    allowed: Sequence[str] = (),
    never: Sequence[str] = (),
    generate: bool = False,
    limit: int = 5,
) -> list[str]:
    """Up to ``limit`` hashtags ("#PortEllery") for the story, best first.

    ``always`` tags first, then the ``allowed`` tags the story mentions, then (with ``generate``)
    the topics and places the story names most. Nothing in ``never`` is ever used.
    """
    tags: list[str] = []
    seen = {camel_case(t.lstrip("#")).lower() for t in never}

    def add(body: str, *, checked: bool) -> None:
        body = unicodedata.normalize("NFC", body.lstrip("#"))
        if not body or len(body) > 30 or not re.fullmatch(r"\w+", body) or body.isdigit():
            return
        if body.lower() in seen or (checked and not _acceptable_tag(body)):
            return
        seen.add(body.lower())
        tags.append("#" + body)

    for tag in always:
        add(camel_case(tag), checked=False)
    story_text = f"{article.title}\n{article.body}".lower()
    for tag in allowed:
        if _mentioned(tag, story_text):
            add(camel_case(tag), checked=False)
    if generate:
        # Names are checked best first until there are enough tags: each check may read the
        # whole story, and a long story names thousands.
        for name in generated_names(article, quotes):
            if len(tags) >= limit:
                break
            add(camel_case(name), checked=True)
        people = _people(article, quotes) if len(tags) < limit else set()
        for tag in article.tags if len(tags) < limit else ():
            # The page's own keywords are held to the same rule: a place or a topic.
            if (tag.lower() in story_text and not _is_person(tag, article.body, people)
                    and not _foreign_place(tag, article)
                    and (_is_place(tag, article.body) or _is_topic(tag))):
                add(camel_case(tag), checked=True)
    return tags[:limit]


# --------------------------------------------------------------------------------------------
# Generated tags: topics and places only
# --------------------------------------------------------------------------------------------

_MONTHS_DAYS = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun"
)
# Words from page furniture and wire credits, never a story's subject.
_BOILERPLATE = _words(
    "copyright rights reserved subscribe subscriber subscription newsletter advertisement "
    "advertising sponsored privacy policy cookie cookies terms login signup sign share comments "
    "comment getty images image photo photos video videos credit caption gallery reuters ap afp "
    "click follow trending related recommended home menu search account"
)
# A topic is named by what it is: Storm Isolde, the Clean Water Act, the Harbour Festival.
_TOPIC_LEADS = _words("storm hurricane typhoon cyclone tropical operation project")
_TOPIC_HEADS = _words(
    "act bill law festival summit cup games olympics olympic championship championships "
    "election elections referendum fire wildfire flood floods earthquake strike marathon "
    "award awards prize conference expo fair week war treaty accord agreement plan budget "
    "crisis pandemic outbreak series tournament open league"
)
# Last words of a place's name beyond the quote attributor's list (Statehouse, Airport).
_PLACE_HEADS = _words(
    "statehouse capitol stadium arena airport station bridge port harbour harbor district "
    "borough township village town city province region state county park forest"
)
# First words of a place's name: Port Ellery, Fort Worth, Lake Erie, Mount Hood.
_PLACE_LEADS = _words("port fort mount mt lake cape point glen san santa")
# "in Port Ellery", "residents of Port Ellery": a run after one of these is a place.
_LOCATIVE = re.compile(
    # "at" and "from" are left out: "furious at Macron", "a spin-off from Quentin Tarantino".
    r"(?:\b(?:in|near|across|outside|throughout|around|along)"
    r"|\b(?:residents|people|streets|outskirts|centre|center|mayor|town|city|village|county) of)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
# Hangul particles that attach to a noun (SNS에, 서울에서): a tag must be the noun alone.
_PARTICLES = ("에서", "에게", "으로", "에", "은", "는", "이", "가", "을", "를", "의", "도", "로",
              "와", "과", "만", "께", "한테")


def _acceptable_tag(body: str) -> bool:
    """Refuse months and days, bare abbreviations, boilerplate, particles, fewer than 3 letters."""
    letters = [ch for ch in body if ch.isalpha()]
    # A Hangul or Han character is a syllable or a word: two make a name (서울), as three
    # letters do in an alphabet.
    syllabic = bool(letters) and all(_script(ch) in ("hangul", "cjk") for ch in letters)
    if len(letters) < (2 if syllabic else 3):
        return False
    parts = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_A-Za-z]+|\d+", body)
    lowered = [p.lower() for p in parts]
    if any(p in _MONTHS_DAYS or p in _BOILERPLATE for p in lowered):
        return False
    if body.isupper() or body[:1].isdigit():
        return False  # OK, GOP, NYPD: abbreviations say little; SANFRANCISCO shouts
    scripts = {_script(ch) for ch in body if ch.isalpha()}
    if len(scripts) > 1:
        return False  # "SNS에": a Latin word with a particle of another script attached
    return not (scripts == {"hangul"} and body.endswith(_PARTICLES) and len(body) > 2)


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if "HANGUL" in name:
        return "hangul"
    if "CJK" in name or "HIRAGANA" in name or "KATAKANA" in name:
        return "cjk"
    return name.split(" ")[0].lower() if name else "other"


def _mentioned(tag: str, story_text: str) -> bool:
    """Whether the story names an allowed tag: "PortEllery" as "Port Ellery" or "portellery"."""
    body = tag.lstrip("#")
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", body).lower()
    return body.lower() in story_text or spaced in story_text


def _people(article: Article, quotes: Sequence[Quote]) -> set[str]:
    """The names the story uses for people: speakers, names after a title or a person word
    ("Mayor Rosa Delgado", "suspect Michael Webb") and names that say something ("Webb said")."""
    from socialkit.quotes.lexicon import CUE_VERBS, TITLES

    found: set[str] = set()
    for quote in quotes:
        if quote.speaker and quote.speaker_kind in (None, "name"):
            name = re.sub(r"['’]s\b", "", quote.speaker)
            found.add(" ".join(w for w in name.split() if w[:1].isupper()))
    titled = re.compile(r"\b([A-Za-z]+)\.?\s+((?:[A-Z][\w’'-]+\s?){1,3})")
    for match in titled.finditer(article.body):
        title = match.group(1).lower()
        if title != "the" and (title in TITLES or title in _PERSON_WORDS):
            found.add(match.group(2).strip())
    # "Webb said", "Hadley told": a cue straight after the name, no comma (after a comma the name
    # may be a place in an aside: "…on Quay Street, said the barrier…").
    cued = re.compile(r"((?:[A-Z][\w’'-]+\s){0,2}[A-Z][\w’'-]+)\s+([a-z]+)\b")
    for match in cued.finditer(article.body):
        if match.group(2) in CUE_VERBS:
            found.add(match.group(1))
    # (A suffix's stop goes as the candidates' words have none: "Robert Hale Jr." is "Robert
    # Hale Jr" here, or every name of his would be checked against the whole story.)
    return {re.sub(r"['’]s$", "", name).strip().removesuffix(".") for name in found
            if name.strip()}


# Words before a person's name that are not titles: the people a story is about.
_PERSON_WORDS = _words(
    "suspect defendant victim accused inmate prisoner kidnapper gunman shooter driver officer "
    "deputy trooper agent witness resident neighbor neighbour player coach quarterback "
    "striker pitcher star singer actor actress rapper reporter author"
)


def _is_person(name: str, body: str, people: set[str]) -> bool:
    """Whether ``name`` is a person's name or part of one the story uses for a person.

    A name shaped like a place ("Port Ellery", "Quay Street", a state) is never taken for a
    person; any other is when it is, or holds, a name the story uses for someone, when it starts
    with a common given name, or when the story also names it by its last word alone ("Peyton
    Manning" ... "Manning threw") or uses it alone as the last word of a longer name ("Barack
    Obama" ... "Obama").
    """
    from socialkit.quotes.people import is_common_given_name

    words = [w.strip("’'") for w in name.split()]
    if not words:
        return False
    mine = set(words)
    if any(mine <= set(person.split()) for person in people):
        return True
    if _is_named_place(name):
        return False
    if is_common_given_name(words[0]):
        return True
    if any(set(person.split()) <= mine for person in people):
        return True
    last = re.escape(words[-1])
    if len(words) > 1:
        # The surname alone, not preceded by the name's other words.
        alone = re.compile(r"(?<![\w’'-] )(?<![\w’'-])" + last + r"\b(?! [A-Z])")
        before = re.escape(words[-2])
        return any(not re.search(before + r"\s+$", body[max(0, m.start() - 40): m.start()])
                   for m in alone.finditer(body))
    # A single word that ends a longer capitalised name elsewhere is that person's surname.
    longer = re.compile(r"\b([A-Z][\w’'-]+) " + last + r"\b")
    return any(m.group(1).lower() not in COMMON_WORDS and m.group(1).lower() not in _PLACE_LEADS
               for m in longer.finditer(body))


def _is_named_place(name: str) -> bool:
    """A place by its name's shape alone: a known state, country or city, "Quay Street",
    "Port Ellery", "Indiana Statehouse"."""
    from socialkit.quotes.lexicon import PLACE_WORDS, PLACES

    words = name.split()
    if name in PLACES:
        return True
    return len(words) > 1 and (words[-1] in PLACE_WORDS or words[-1].lower() in _PLACE_HEADS
                               or words[0].lower() in _PLACE_LEADS)


def _is_place(name: str, body: str) -> bool:
    if _is_named_place(name):
        return True
    for match in re.finditer(re.escape(name) + r"\b", body):
        # "in Evansville," is a place; "at the Obama White House" and "in the Peyton Manning
        # record" use a name as a modifier, which proves nothing.
        if (_LOCATIVE.search(body[max(0, match.start() - 20): match.start()])
                and _PLACE_END.match(body, match.end())):
            return True
    return False


# What may follow a place after "in"/"at": punctuation, the end, or a function word.
_PLACE_END = re.compile(
    r"(?:['’]s?\b)?(?:\s*[,.;:!?)\]”\"]|\s*$|\s+(?:and|or|on|in|at|to|for|with|where|which|"
    r"who|when|as|after|before|since|until|last|this|that|is|was|are|were|has|had|have)\b)")


def _is_topic(name: str) -> bool:
    # "Storm Isolde", "Operation Sandstorm": a lead word and one name, never "Project Manager
    # Fumihiko Hazama".
    words = name.lower().split()
    return ((len(words) == 2 and words[0] in _TOPIC_LEADS)
            or (len(words) > 1 and words[-1] in _TOPIC_HEADS))


def _story_places(article: Article) -> frozenset[str]:
    """The states and countries the story is about: those named at least half as often as the
    one named most (the headline counts double)."""
    return _places_named(article.title, article.body)


@lru_cache(maxsize=1)
def _places_named(title: str, body: str) -> frozenset[str]:
    # Once per story: every candidate tag asks, and counting each of the lexicon's places over
    # the body per candidate took 110 s on a 0.4 MB story.
    from socialkit.quotes.lexicon import PLACES

    counts: Counter[str] = Counter()
    for place in PLACES:
        if len(place) < 4:
            continue
        pattern = re.compile(r"\b" + re.escape(place) + r"\b")
        found = len(pattern.findall(body)) + 2 * len(pattern.findall(title))
        if found:
            counts[place] = found
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(p for p, n in counts.items() if 2 * n >= top)


def _foreign_place(name: str, article: Article) -> bool:
    """Whether ``name`` names a state or country the story is not about (#KentuckyGOP in a story
    about Indiana)."""
    from socialkit.quotes.lexicon import PLACES

    named = {p for p in PLACES if len(p) >= 4 and re.search(r"\b" + re.escape(p) + r"\b", name)}
    if not named:
        return False
    ours = _story_places(article)
    return not any(p in ours or any(p in o or o in p for o in ours) for p in named)


def generated_names(article: Article, quotes: Sequence[Quote] = ()) -> Iterator[str]:
    """The topics and places the story names, most used first; never a person."""
    scores, first_seen = _name_scores(article)
    people = _people(article, quotes)
    ranked = sorted((n for n in scores if scores[n] > 0),
                    key=lambda n: (-scores[n], first_seen.get(n, 0)))
    found: set[str] = set()
    for name in ranked:
        # "Fort Worth P.D." gives "Fort Worth P": initials are not part of a place's name.
        words = name.split()
        while words and len(words[-1]) == 1:
            words.pop()
        name = " ".join(words)
        if not name or name in found or re.search(r"-[a-z]", name):
            continue  # "Republican-dominated" describes; it names nothing
        if _is_person(name, article.body, people) or _foreign_place(name, article):
            continue
        if _is_street(name) or not _stands_alone(name, article):
            continue
        if _is_place(name, article.body) or _is_topic(name):
            found.add(name)
            yield name


# The last word of a street's name: a place in an aside (a shop's address, a scene), not a topic.
_STREET_WORDS = _words("street st avenue ave road rd boulevard blvd drive lane")


def _is_street(name: str) -> bool:
    return len(name.split()) > 1 and name.split()[-1].lower().rstrip(".") in _STREET_WORDS


# A capitalised word right before a name, or a name's continuation after it: "Oklahoma City
# Thunder", "Western District of New York", "University of Florida", "Chinese Center for
# Disease Control".
# (Spaces only: a line break ends a name.)
# ("and" is left out: "Europe and North America" are two.)
_CAPITAL_BEFORE = re.compile(
    r"(^|[.!?”\"’]\s+|\n)?([A-Z][\w’'-]*)[ \xa0]+(?:(?:of|for|de|del)[ \xa0]+(?:the[ \xa0]+)?)?$")
_CAPITAL_AFTER = re.compile(
    r"(?:[ \xa0]+(?:of|for|de|del)(?:[ \xa0]+the)?)?[ \xa0]+([A-Z][\w’'-]*)")


def _stands_alone(name: str, article: Article) -> bool:
    """Whether the story names ``name`` on its own at least once, not only as a piece of a
    longer name: "Western District" of the "U.S. Attorney's Office for the Western District of
    New York", "Florida" of the "University of Florida" and "Oklahoma" of the "Oklahoma City
    Thunder" are no one's topic or place, and a tag cut from them misleads."""
    for text in (article.title, article.body):
        # (A name's words may have had a possessive taken off: "NASA’s Goddard Space ...".)
        spelled = r"(?:[’']s)?\s+".join(re.escape(w) for w in name.split())
        for match in re.finditer(r"(?<![\w’'-])" + spelled + r"(?![\w-])", text):
            before = _CAPITAL_BEFORE.search(text, max(0, match.start() - 60), match.start())
            # (A capital that opens a sentence proves nothing: "Residents of Port Ellery".)
            if before and before.group(1) is None and (
                    before.group(2).lower() not in COMMON_WORDS):
                continue
            after = _CAPITAL_AFTER.match(text, match.end())
            # (A day after a place is no part of its name: "in Beijing Tuesday".)
            if after and after.group(1).lower() not in _MONTHS_DAYS:
                continue
            return True
    return False
