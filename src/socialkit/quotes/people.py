"""What general resources say about people's names and roles.

Given names and their usual gender come from the US Census Bureau's 1990 lists of first names
(public domain, shipped by the ``names`` package with each name's share of the population), so
"Marco Villa" is a man and "Kym Lino" a woman without a hand-kept list. A name given to both
sexes (Jessie, Robin, Taylor) has no gender unless one sex bears it five times as often as the
other. Words for what a person is or does ("mayor", "guitarist", "economist") come from the title
list of ``nameparser``, which is kept for parsing people's names.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from socialkit.quotes.census import AccentBlind, shares
from socialkit.quotes.census import is_common_given_name as is_common_given_name
from socialkit.quotes.lexicon import (
    COUNTED_PLURALS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    KIN_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    TITLES,
)

# One sex must bear a name this many times as often as the other for it to say the gender.
_GENDER_RATIO = 5.0


@cache
def given_names() -> AccentBlind[str | None]:
    """Lower-case given name -> "f", "m" or None (borne by both)."""
    out: AccentBlind[str | None] = AccentBlind()
    for name, by_sex in shares().items():
        f, m = by_sex.get("f", 0.0), by_sex.get("m", 0.0)
        out[name] = "f" if f > m * _GENDER_RATIO else "m" if m > f * _GENDER_RATIO else None
    return out


# (The Census tests below are cached as is_surname is: they read only the fixed lists, through
# the accent-blind lookups, and the same words are asked of again and again.)
@lru_cache(maxsize=4096)
def gender_of_given_name(word: str) -> str | None:
    # (A Pacific name's opening glottal stop is no letter of it: "ʻAmelia" is Amelia.)
    return given_names().get(word.lower().lstrip("ʻ‘"))


def may_be_borne_by(word: str, sex: str) -> bool:
    """Whether the Census leaves open that people of ``sex`` bear the given name ``word``: it
    lists them, or it lists the name for the other sex so rarely that bearers of ``sex`` half
    as many may have fallen below their own list's floor ("Dara", on the female list alone at
    0.007 percent, where the male list stops at 0.004)."""
    by_sex = shares().get(word.lower(), {})
    if sex in by_sex:
        return True
    other = max(by_sex.values(), default=0.0)
    return 0.0 < other <= _floors()[sex] * _UNSEEN_RATIO


def listed_for(word: str, sex: str) -> bool:
    """Whether the Census lists the given name ``word`` for people of ``sex`` at all."""
    return sex in shares().get(word.lower(), {})


# How common, against the sex the Census lists, the other may be and still fall below its
# list's floor for the story's pronouns to count: half. (At a fifth, the gender ratio, a
# parent's "she" for a daughter flipped "Ahmed", on the male list alone at 0.005 percent.)
_UNSEEN_RATIO = 2.0


@cache
def _floors() -> dict[str, float]:
    """The smallest share each sex's list prints (0.001 percent for women, 0.004 for men)."""
    return {sex: min(v[sex] for v in shares().values() if sex in v) for sex in ("f", "m")}


def is_given_name(word: str) -> bool:
    return word.lower() in given_names()


@lru_cache(maxsize=4096)
def is_listed_once(word: str) -> bool:
    """Whether the Census lists ``word`` only at its floor share (0.001 percent) for either
    sex: too few bearers ("Tama", "Kai", "Yuki") to say the sex of one."""
    return 0.0 < max(shares().get(word.lower(), {}).values(), default=0.0) <= min(
        _floors().values())


@cache
def _surnames() -> str:
    return "\n" + resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")


@cache
def _surname_set() -> frozenset[str]:
    # Each line is a name and three figures ("SMITH  1.006  1.006  1"): with the figures'
    # digits and points deleted in one pass over the bytes, the words left are the names (the
    # list has only letters in them), split without a pattern's 88,799 matches: 21 -> 15 ms.
    data = resources.files("names").joinpath("dist.all.last").read_bytes()
    names = frozenset(data.translate(None, b"0123456789.").decode("ascii").split())
    _surnames.cache_clear()  # the set answers from now on: the 3 MB text can go
    return names


# Searching the 3 MB text for one word costs up to 1.4 ms (a word it lacks is read to the end);
# building a set of its 88,799 names costs 50 ms. One story asks about a handful of words, so
# compose searches; a batch or a corpus asks about hundreds (327 words in 40 pages cost 0.38 s,
# a tenth of the batch), so after this many searches the set is built.
_SEARCHES_BEFORE_SET = 32
_searches = 0


@lru_cache(maxsize=4096)
def is_surname(word: str) -> bool:
    """Whether the Census lists ``word`` as a surname ("Clinton" is one, "Melanie" is not)."""
    global _searches
    if not word.isalpha():
        return False
    if _searches >= _SEARCHES_BEFORE_SET:
        return word.upper() in _surname_set()
    _searches += 1
    return f"\n{word.upper()} " in _surnames()


def load_surnames() -> None:
    """Build the surname set now (a batch does, before it forks its workers, so they share it)."""
    global _searches
    _searches = _SEARCHES_BEFORE_SET
    _surname_set()


@cache
def role_words() -> frozenset[str]:
    """Lower-case words for a person's title, office or occupation."""
    from nameparser.config import CONSTANTS

    # ("met": nameparser lists the Met, London's police; in lower case it is the verb, and
    # "Joe Biden met Olaf Scholz" had given Scholz the role "Joe Biden met". "his", "her" and
    # "most" are there for "His Holiness", "Her Majesty" and "Most Reverend"; alone they are
    # a determiner and an adverb, and "Her husband, Sione Tupou, stood beside her with his
    # hand on her shoulder" had made "stood beside her ..." his role.)
    # ("rear" is there for "Rear Admiral": alone it is a wheel's or a door's, and "a new rear
    # wheel" had been the "he" of a quotation inside a quotation.)
    return frozenset(w.lower() for w in CONSTANTS.titles
                     if w.isalpha() and len(w) > 2 and w.lower() not in _NOT_ROLES)


_NOT_ROLES = frozenset({"met", "his", "her", "most", "rear"})


def is_role_word(word: str) -> bool:
    """A title or occupation ("senator", "guitarist"), or a compound of them joined by hyphens
    ("singer-songwriter", "actor-director", "ex-president")."""
    words = _role_or_title_words()
    return word in words or ("-" in word and any(part in words for part in word.split("-"))) or (
        # (The word for anyone in a role the lists write for a man: "chairperson" as
        # "chairman", "councilperson" as "councilman".)
        word.endswith("person") and word.removesuffix("person") + "man" in words)


@cache
def _role_or_title_words() -> frozenset[str]:
    # (TITLES keeps "the" for "the Rev."; alone it is no one's role, and a "the" walked into
    # someone's roles had made every epithet after it "someone else".)
    return (role_words() | TITLES) - {"the"}


# Endings of nouns for people by what they do: insider, prosecutor, economist, trustee.
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ive",
                   "ess")
# Of those, endings of nouns for things: "process", "business", "progress" ("princess" and
# "witness" are listed).
_NOT_PERSON_ENDINGS = ("cess", "ness", "gress")


# Plurals that no ending rule turns back into their noun ("men" is no "me").
_IRREGULAR_SINGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def is_plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or word in (
        "people", "police", "men", "women", "children", "staff") or (
        # (A compound of "men": "fishermen", "policemen"; not "specimen", "abdomen".)
        word.endswith("men") and len(word) > 5 and word.lower() not in _SINGULAR_MEN)


# The English nouns ending in "men" that are singular (no compound of "man").
_SINGULAR_MEN = frozenset({"specimen", "abdomen", "regimen", "acumen", "stamen", "albumen",
                           "bitumen", "cerumen", "dolmen", "gravamen", "foramen", "hymen",
                           "examen", "yemen", "lumen", "rumen", "tegmen"})


# A plural that adds "-es" to a sibilant: "witnesses", "bushes", "boxes", "matches",
# "coaches", "churches"; not "headaches" or "caches", whose singular ends in "-e".
_SIBILANT_PLURAL = re.compile(r"(?:ss|sh|x|zz|tch|[aeiou][aeiou]ch|[^aeiou]ch)es$")


@lru_cache(maxsize=4096)  # (a word's singular, asked of the same nouns again and again)
def singular(word: str) -> str:
    """The lower-case singular of a noun: "prosecutors" -> "prosecutor", "charities" ->
    "charity", "women" -> "woman"; a singular as it is."""
    low = word.lower()
    return _IRREGULAR_SINGULAR.get(low) or (
        low[:-3] + "man" if low.endswith("men") and is_plural(low) else
        low[:-3] + "y" if low.endswith("ies") else
        # ("witnesses", "coaches", "boxes": the "-es" of a sibilant, not a bare "-s".)
        low[:-2] if _SIBILANT_PLURAL.search(low) and is_plural(low)
        else low[:-1] if is_plural(low) else low)


# (Cached: it reads only fixed lists, and the name index and the speaker rules ask it of the
# same words again and again.)
@lru_cache(maxsize=4096)
def is_person_noun(head: str) -> bool:
    """Whether ``head`` is a noun for people (a role, a word for people, or one by its ending),
    singular or plural: "employee", "prosecutors", "the doctors"; not "statement" or "team"."""
    low = head.lower()
    one = singular(low)
    if one in DOCUMENT_NOUNS or low in ORG_WORDS or one in ORG_WORDS or low in NOT_NAMES or (
            low in COUNTED_PLURALS):
        return False
    return (one in PEOPLE_NOUNS or low in PEOPLE_NOUNS or one in GROUP_NOUNS or low in GROUP_NOUNS
            or one in TITLES or one in role_words() or one in FEMALE_WORDS or one in MALE_WORDS
            or one in KIN_WORDS  # ("cousin": the one kin word neither list of a sex holds)
            or (one.endswith(_PERSON_ENDINGS) and not one.endswith(_NOT_PERSON_ENDINGS))
            or _compound_of_person(one) or _hyphened_person(low))


def _hyphened_person(word: str) -> bool:
    """"sister-in-law", "mother-of-two", "brothers-in-law": a listed noun for a person before
    "-in-law" or "-of-" (English hyphens these, so no list holds them all)."""
    return _hyphened_head(word) is not None


def _hyphened_head(word: str) -> str | None:
    """The noun for a person that heads a hyphened kin or parent compound, in the singular
    ("sisters-in-law": "sister"; "father-of-three": "father"), else None."""
    head, sep, _ = word.partition("-in-law") if "-in-law" in word else word.partition("-of-")
    one = singular(head)
    return one if sep and one in _LISTED_PEOPLE else None


def _compound_of_person(word: str) -> bool:
    """A compound whose last part is a listed noun for a person: "eyewitness", "stepdaughter",
    "schoolgirl" (English closes such compounds up, so no list has them all)."""
    return any(word[k:] in _LISTED_PEOPLE for k in range(3, len(word) - 3))


# The lexicon's nouns for a person, one set for the compound check's every ending.
_LISTED_PEOPLE = PEOPLE_NOUNS | FEMALE_WORDS | MALE_WORDS | KIN_WORDS


def is_listed_person_noun(word: str) -> bool:
    """A noun the lexicon lists for a person, singular or plural ("resident", "nurses",
    "woman", "dad", "grandson"), not one that only ends like one ("over", "water") nor a
    pronoun."""
    one = singular(word)
    if one in PRONOUNS_OF_SEX:
        return False
    return (one in PEOPLE_NOUNS or one in KIN_WORDS or is_role_word(one) or one in FEMALE_WORDS
            or one in MALE_WORDS)


PRONOUNS_OF_SEX = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def sex_of_noun(word: str) -> str | None:
    """"f" for a lower-case noun that says a woman ("actress", "mother"), "m" for one that says
    a man ("father"), else None ("nurse", "director"); a hyphened kin or parent compound by
    its head ("daughter-in-law", "father-of-three")."""
    word = (_hyphened_head(word) or word) if "-" in word else word
    return "f" if word in FEMALE_WORDS else "m" if word in MALE_WORDS else None


def is_body_by_work(head: str) -> bool:
    """A word for a body by what it does, made like a word for people ("regulator", "lender",
    "insurer", "broadcaster"): the story's words are a fair credit when it names no such
    body ("the regulator said", "one regulator, who asked not to be named")."""
    low = head.lower()
    return low in ORG_WORDS and low.endswith(("er", "or")) and low not in ("center", "centre")
