"""The people and bodies an article names, and what a short name, pronoun or description means.

Names are runs of capitalised words; a short mention ("Kardashian West", "Newsom") belongs to the
fullest name in the article that contains it. Gender comes from honorifics, given names and the
pronouns that follow a lone mention; roles ("the governor") from the words around a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, pairwise
from types import MappingProxyType

from socialkit.quotes.census import fold_accents
from socialkit.quotes.extract import _KNOWN_AS
from socialkit.quotes.lexicon import (
    COMPANY_WORDS,
    CONTEST_WORDS,
    CUE_VERBS,
    ELDER_TITLES,
    FEMALE_WORDS,
    KIN_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    OUTLET_WORDS,
    OUTLETS,
    PLACE_WORDS,
    PLACES,
    PLAYING_POSITIONS,
    SHORT_RANK_NAMES,
    SHORT_RANKS,
    STANCE_VERBS,
    SUBORDINATORS,
    TELL_VERBS,
    TITLES,
    WEEKDAYS,
    common_words,
    english_stopwords,
    words,
)
from socialkit.quotes.marks import _CLOSING_MARKS, _OPENING_MARKS, possessive
from socialkit.quotes.people import (
    PRONOUNS_OF_SEX,
    gender_of_given_name,
    given_names,
    is_common_given_name,
    is_listed_once,
    is_listed_person_noun,
    is_person_noun,
    is_plural,
    is_role_word,
    is_surname,
    listed_for,
    may_be_borne_by,
    role_words,
    sex_of_noun,
    singular,
)
from socialkit.quotes.sentences import (
    DATELINE,
    PARTICIPLE_OPENING,
    in_participle_opening,
    scene_phrase_end,
)
from socialkit.quotes.tag_patterns import (
    _AGE_SET_OFF,
    _OWNER_ROLE_APPOSED,
    ARABIC_ARTICLE,
    BASED_WORDS,
    DETERMINERS,
    NAME_CHARS,
    NAME_RUN_PATTERN,
    PLAIN_NAME_RUN_PATTERN,
    SENTENCE_OPENS,
    SITS_FOR,
    UPPER,
    is_demonym,
    is_people_of_known_place,
    particle_words,
    word_before,
)

_VERBS = CUE_VERBS | STANCE_VERBS
# A name that the sentence says did not speak, as its subject (after a clause set off).
_NO_COMMENT = re.compile(
    r"(?:,[^,;:]{1,90},)?\s+(?:(?:has|have|had|also|still|so\s+far)\s+)*(?:(?:declined|"
    r"refused|did\s+not\s+wish|did\s+not\s+want)\s+to\s+(?:comment|be\s+interviewed|speak)"
    # ("did not return to the club", "did not reply for a moment" say nothing of comment.)
    r"|did\s+not\s+(?:respond|reply|return)\s+(?:to\s+)?(?:an?\s+|repeated\s+|several\s+|"
    r"the\s+)?(?:request|requests|call|calls|message|messages|email|emails|phone|inquir)"
    r"|(?:could|can)\s*not\s+be\s+reached"
    # (Not "has not spoken publicly": "In a message his sister shared, he wrote: “...”".)
    r"|was\s+not\s+available\s+for\s+comment"
    r"|(?:did\s+not|didn['’]t)\s+comment)")
# "... declined to comment on the rumours but spoke warmly about the players": speaking after all.
_BUT_SPOKE = re.compile(r"[^.!?]*?\b(?:but|and|though)\s+(?:\w+\s+){0,2}?(?:"
                        + "|".join(sorted(CUE_VERBS | {"spoke", "talked"})) + r")\b")


def no_comment_after(masked: str, end: int, stop: int | None = None) -> bool:
    """Whether the name ending at ``end`` is the subject of a sentence saying it did not speak
    ("Bleakley, who now lives in Lisbon, did not respond to a request for comment")."""
    stop = len(masked) if stop is None else stop
    silent = _NO_COMMENT.match(masked, end, stop)
    return silent is not None and not _BUT_SPOKE.match(masked, silent.end(), stop)


# A subordinate clause's opener: a name after it in the lede is no subject or object of its own.
_SUBORDINATE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS)) + r")\b")

_NAME_RUN = re.compile(NAME_RUN_PATTERN)
_PLAIN_NAME_RUN = re.compile(PLAIN_NAME_RUN_PATTERN)
# A word of where an office is held: a name's, or a lower-case one that is no one's
# ("of public prosecutions"; not "a lawyer for his brother").
_WHERE_WORD = r"(?:[A-Z][\w’'.-]*|(?!(?:his|her|their|its|my|our|your)\b)[a-z][\w-]*)"
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<role>(?:(?!(?:It|That|There|Here|What|Who|He|She)"
                          # whose, up to three words: "Amnesty International's regional director"
                          # (not an honorific of the owner's: "Mr Adeyemi's solicitor" is hers
                          # as "Adeyemi's solicitor", no "Mr")
                          r"[’']s\b)(?:(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)[A-Z][\w&-]*\s+){0,2}"
                          r"[A-Z][\w.-]*[’']s\s+"
                          # or whose side after "the": "The opposition's housing spokesperson",
                          # "the family's lawyer" (not the story's own body: "The school's
                          # principal" is its principal)
                          r"|(?<=\b[Tt]he\s)(?!(?:latter|former|other|same|day|week|year|month|"
                          r"night|morning|evening|afternoon|weekend|season|decade|century|"
                          + "|".join(sorted(ORG_WORDS, key=len, reverse=True))
                          + r")[’']s)[a-z][\w-]*[’']s\s+"
                          r")?(?:[a-z][\w-]*\s+)"
                          # (An office a British paper capitalises: "The Speaker, Sir Lindsay".)
                          # (Or opening the paragraph or sentence: "Minister of Finance,
                          # Hon. Ana Vuti, said" in Pacific and Caribbean papers.)
                          r"{0,2}(?P<head>[a-z][\w-]*"
                          # (after "the", with its portfolio's capital before it: "The Housing
                          # Minister, Deputy Paul Renouf,")
                          r"|(?<=\b[Tt]he\s)[A-Z][a-z]+\s+[A-Z][a-z]+(?=,)"
                          r"|(?:(?<=\b[Tt]he\s)|(?<![^\n])|(?<=[.!?]\s))"
                          r"[A-Z][a-z]+"
                          # (or two, before where it is held: "the Director General of Health
                          # Services, Dr Anil Seebaluck", "The Permanent Secretary for ...")
                          r"(?:\s+[A-Z][a-z]+(?=\s+(?:of|for)\s))?)"
                          # where the role is held: "The mayor of Port Alvarado, Terrence Vail",
                          # "Sweden's deputy director of public prosecutions, Eva-Marie Persson"
                          # (Twice, a post of its own first: "The Secretary of State for Civil
                          # Protection, Gaspar Soares da Cruz,", "Minister of State for ...".)
                          r"(?:\s+(?:of|for|at)\s+(?:the\s+)?" + _WHERE_WORD
                          + r"(?:\s+" + _WHERE_WORD + r"){0,3}){0,2}"
                          # (Not yet with its initials in brackets after it: "Minister of
                          # Infrastructure Development (MID), Stanley Gapu," reads no role.)
                          r"),\s+$")
# A preposition of place, or "and" in a list of places, right before a name: "in St Helier".
# (Not speakers' _PLACE_PREPOSITION_BEFORE, which leaves out "of", "and" and "for".)
_PLACE_LEAD_BEFORE = re.compile(r"\b(?:in|at|from|near|across|to|of|around|outside|"
                                r"into|through|between|and|for)[ \xa0]+$")
# A saint's title right before a one-word name: "St Helier", "Saint Ouen".
_SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)[ \xa0]+$")
# A preposition opening a phrase that sets the scene, right before its noun phrase.
# (Not "under" or "from": "Under the new manager, Tom Hale," is his office; so the general
# scene reading, which counts "under", is no use here.)
_SCENE_PREPOSITION_BEFORE = re.compile(r"(?:^|[\s(])(?:[Oo]n|[Ii]n|[Aa]t|[Bb]ehind|[Bb]eside|"
                                       r"[Aa]cross)[ \xa0]+$")
# A name and a comma right before "a spokesperson for ...": the role is that name's apposition.
# (Not a day's name: "On Thursday, the Minister, Louis Montegriffo," sets the Minister off.)
_APPOSED_TO_NAME = re.compile(
    r"\b(?!(?:" + "|".join(w.title() for w in sorted(WEEKDAYS)) + r"),)[A-Z][\w’'.-]*,\s+$")
# The role whose holder the role after it serves: "spokeswoman for the", "adviser to".
_OUTER_ROLE = re.compile(r"\b(?P<head>[a-z][\w-]*)\s+(?:for|to)\s+(?:the\s+)?$")
# The lower-case words of a sentence, for its nouns of one sex.
_LOWER_RUN = re.compile(r"[a-z]+")
# ("\b[Ss]he|\b[Hh]er|\bherself|\b[Hh]e|\b[Hh]is|\b[Hh]im|\bhimself", each word then "\b": the
# first letter is matched first and the rest looked for behind it, so the regex engine skips
# straight to an "s" or an "h", three times faster than trying "\b" at every character.)
_GENDERED = re.compile(r"[SsHh](?<=\b[SsHh])(?:(?<=[Ss])he|(?<=[Hh])er|(?<=h)erself|(?<=[Hh])e|"
                       r"(?<=[Hh])is|(?<=[Hh])im|(?<=h)imself)\b")
# A comma after a name, and perhaps an age set off: "Sunita Dhillon, ", "Boboeva, 38, ".
_SET_OFF_AFTER_NAME = r",\s+(?:\d{1,3},\s+)?"
# A relative clause set off right after a name: its "him" is someone else ("Sunita Dhillon,
# who ran the final three miles alongside him, said").
_WHO_CLAUSE = re.compile(_SET_OFF_AFTER_NAME + r"(?:who|whose|whom)\b[^,;:.]*,")
# A "whose" clause set off after a name that opens with a spouse: "Boboeva, 38, whose husband".
_WHOSE_SPOUSE = re.compile(_SET_OFF_AFTER_NAME + r"whose\s+(husband|wife)\b")
# Party words are kept as roles so that "the Democratic nominee" is not the Republican one.
PARTIES = frozenset({"republican", "democratic", "democrat", "gop", "libertarian", "green"})
# "Gov. Mike Pence" is "the governor" later in the story.
_FULL_TITLES = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
                "gen": "general", "atty": "attorney", "del": "delegate", "lt": "lieutenant",
                "sens": "senator", "reps": "representative", "fr": "father", "eng": "engineer",
                **SHORT_RANK_NAMES}
# Someone's role set off before a name: "Furey’s promoter, ", "her longtime manager, ".
# (Or, opening a sentence, a body's the story writes in lower case, by its kind: "The group’s
# chairman, Khalid al-Emadi,"; not "the victim's mother, " nor "After a meeting with the
# trust's chief executive, Mrs Ann Lee said".)
# (Whose: a capitalised possessive or "his", "her", "their".)
_OWNER_OF_ROLE = r"\b[A-Z][\w-]*[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir)"
_OWNER_ROLE_BEFORE = re.compile(rf"(?:{_OWNER_OF_ROLE}|"
                                r"\b[Tt]he[ \xa0]+(?P<body>[a-z][\w-]*)[’']s)"
                                r"(?:[ \xa0]+[a-z][\w-]*){0,2}?[ \xa0]+(?P<role>[a-z][\w-]*),"
                                r"[ \xa0]+$")
# "the defence counsel, ", "the EFCC operative, ": a role with "the" set off before a name
# (its modifiers lower-case or a body's capitals).
# (Not after "of", "for", "to" and the like, whose role is someone else's: "Counsel to the
# defendant, Mr Tom Hale,"; nor one who held it before: "The original referee, Paul Mace,".)
_THE_ROLE_BEFORE = re.compile(
    r"(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\babout )(?<!\bagainst )"
    r"\b[Tt]he(?:[ \xa0]+(?!(?:original|outgoing|previous|late|departing|former|then|new)\b)"
    r"(?:[a-z][\w-]*|[A-Z]{2,}))?[ \xa0]+(?P<role>[a-z][\w-]*),[ \xa0]+$")
# The apposition closed after the name, perhaps past a rank's letters in brackets (" (SAN),"),
# and the sentence's own subject after it: "..., the witness insisted". (A verb there makes
# the name the subject and the role someone else's, the object of a phrase opening the
# sentence: "Interviewed by the detective, Mr Aaron Pike, 33, denied".)
_APPOSITION_CLOSED = re.compile(
    r"(?:[ \xa0]+\([A-Z]{2,5}\))?,[ \xa0]+(?:the|a|an|his|her|their|its|[A-Z])")
# Two nouns for one person, joined by "and" and set off before the name: "His manager and
# older brother, ", "her sister and manager, " (not "her sister and their mother, ", nor "His
# wife and a friend, ": two people).
_OWNER_ROLES_BEFORE = re.compile(rf"(?:{_OWNER_OF_ROLE})"
                                 r"(?:[ \xa0]+[a-z][\w-]*){0,2}?[ \xa0]+(?P<first>[a-z][\w-]*)"
                                 r"[ \xa0]+and(?:[ \xa0]+(?!(?:his|her|their|a|an|the|one)\b)"
                                 r"[a-z][\w-]*)?"
                                 r"[ \xa0]+(?P<role>[a-z][\w-]*),[ \xa0]+$")
# The last word of a law's or a treaty's name: a thing, never a body or a person.
_LAW_WORDS = frozenset({"Act", "Bill", "Treaty", "Accord", "Accords", "Convention", "Amendment",
                        "Directive", "Regulations", "Statute", "Protocol"})
_ABBREVIATED_RANKS = frozenset({"cllr", "pc", "wpc", "insp", "supt", "det", "dci", "dsi", "di",
                                "ds", "cr", "ald", "dcp", "acp", "dsp", "dgp"})
# Ranks that also open bodies' names ("PC World", "Det Norske Veritas", "DS Smith").
_AMBIGUOUS_RANKS = frozenset({"pc", "det", "ds"})
# Members of a parliament or an assembly, by the letters that are also bodies' names.
_MEMBER_TITLES = frozenset({"mp", "msp", "mla", "mep"})
_POLICE = ("officer",)
# The words that make a constable a force's head or one of its chiefs ("Chief Constable",
# "Deputy Chief Constable", "Assistant Chief Constable").
_ABOVE_CONSTABLE = frozenset({"chief", "deputy", "assistant"})
# The words a story uses later for a rank or an abbreviated title ("PC Rachel Ibbotson ...
# the officer said", "Cllr Joan Pike ... the councillor"): UK police ranks, councillors,
# legislators; gendered nouns only for someone of that sex. (Only from the abbreviations to the
# police: a full "Sgt" may be the Army's, and "lawmaker" or "deputy" fit too many people.)
_ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "pc": ("constable", *_POLICE), "wpc": ("constable", *_POLICE),
    "dc": ("detective", "constable", *_POLICE), "ds": ("detective", "sergeant", *_POLICE),
    "di": ("detective", "inspector", *_POLICE), "dci": ("detective", "inspector", *_POLICE),
    "dsi": ("detective", "superintendent", *_POLICE), "det": ("detective",),
    "sgt": ("sergeant",), "insp": ("inspector",), "supt": ("superintendent",),
    "constable": _POLICE, "garda": _POLICE,
    "cllr": ("councillor",), "cr": ("councillor",), "ald": ("alderman",),
    "councilor": ("councillor",), "councillor": ("councilor",),
    "councilman": ("councillor", "councilor"), "councilwoman": ("councillor", "councilor"),
    "rep": ("congressman", "congresswoman"), "representative": ("congressman", "congresswoman"),
    "sen": ("senator",), "prof": ("professor",), "capt": ("captain",), "dr": ("doctor",),
    # Sport's word for a captain, both ways ("Losing captain Vikrant Sharma ... the Tuskers
    # skipper said").
    "captain": ("skipper",), "skipper": ("captain",),
    # A football manager is "the coach" to many outlets ("Harlow City manager Rui Valente ...
    # the Portuguese coach said"), and "the boss" to Britain's and Ireland's ("Teemore manager
    # Brendan Maguire ... the Teemore boss said"), unless the story names someone above a
    # manager (_ABOVE_MANAGER). A branch manager in a story that names no one above them is
    # "the boss" too: a risk taken for sport's usage, which two stories of two outlets and
    # an adversarial review bore out. ("Gaffer" was left out: a theatre's gaffer is its chief
    # electrician.)
    "manager": ("coach", "boss"),
    # A court's "Justice Rebecca Ellis" is "the judge" ("Justice" alone is her title).
    "justice": ("judge",),
    # A parent the story calls "dad" or "mum" is "the father" or "the mother" later (not the
    # other way: "a father of three" is no one's "dad").
    "dad": ("father",), "mum": ("mother",), "mom": ("mother",),
    # A lawyer is named by one word and called by another ("Senior Counsel Yousouf Joomun ...
    # the barrister said", "Attorney-at-law Marcus DeFreitas ... the lawyer said"); not a law
    # officer of the state ("Advocate General", "Attorney General"), see _learn_role_synonyms.
    "lawyer": ("counsel", "attorney", "advocate"),
    "counsel": ("lawyer", "barrister", "advocate", "attorney"),
    "barrister": ("lawyer", "counsel", "advocate"), "advocate": ("lawyer", "counsel"),
    "attorney": ("lawyer", "counsel"), "attorney-at-law": ("lawyer", "attorney", "counsel"),
    "atty": ("lawyer", "attorney", "counsel"), "solicitor": ("lawyer",),
}
# Who is above a manager, whose "boss" they would be.
_ABOVE_MANAGER = frozenset({"coach", "chief", "executive", "ceo", "chairman", "chairwoman",
                            "chair", "president", "owner", "director", "head"})
# The words that make a lawyer's word a state office's ("Attorney General").
_LAW_OFFICES = frozenset({"general", "district", "state", "prosecuting", "crown", "county",
                          "city", "us", "u.s.", "federal", "public"})
_LAWYER_WORDS = frozenset({"lawyer", "counsel", "barrister", "advocate", "attorney",
                           "attorney-at-law", "atty", "solicitor"})
# The words around a title that make it an office its synonyms are no word for: a state's law
# office ("Attorney General" is no "lawyer"); a force's head or one of its chiefs ("Chief
# Constable" is no "the officer" of the story).
_NOT_SYNONYM_WITH = {**dict.fromkeys(_LAWYER_WORDS, _LAW_OFFICES), "constable": _ABOVE_CONSTABLE}
# "X is a mother of three", "X was one of the first women": a copula and a gendered noun.
_IS_GENDERED = re.compile(
    r",?\s+(?:is|was|has\s+been|became)\s+(?:(?:a|an|the|one\s+of\s+the|one\s+of)\s+)?"
    # Up to three modifiers ("first two Muslim"), none a preposition, conjunction or participle:
    # "Omar was attacked by a man" says nothing of Omar.
    r"(?:(?!(?:by|with|to|for|from|at|in|on|and|or|who|that|than|as|about)\b)"
    r"[\w-]+(?<!ed)\s+){0,3}?(?P<noun>" + "|".join(sorted((FEMALE_WORDS | MALE_WORDS) - {
        "she", "her", "hers", "herself", "he", "him", "his", "himself", "mrs", "ms", "miss",
        "mr", "sir", "lord", "dame", "lady"})) + r")\b(?![’'-])", re.IGNORECASE)
# ("Jordan Ellis was the headmaster's deputy": a possessive noun is someone else.)
# "X said he ...", "X, who runs a bakery, told the council she ...": the subject's reported
# speech, a pronoun for the subject right after the cue (and its object).
# A subject's own verb: after the name, or after a clause set off by commas ("Deepak Sohal,
# who runs a bakery, said"; "Harrington, whose best was 64, said"; "Moriarty, who trains
# horses near Cashel, Co Tipperary, said": a place's second comma only when the first fails).
SUBJECT_VERB_AFTER = (r"(?:\s\(\d{1,3}\)(?:\s(?:from|of)\s[A-Z][\w-]*)?)?"
                      r"(?:,[^,.;:“”\"]{1,120}(?:,[^,.;:“”\"]{1,40})??,|,)?\s+(?:[a-z]+ly\s+)?"
                      r"(?P<verb>[a-z]+)")
# A verb of speech and perhaps a few lower-case role words right before a name: "says co-author".
_CUE_BEFORE = re.compile(r"\b(?P<verb>[a-z]+)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}$")
_INITIAL = re.compile(r"[A-Z]\.")
# "Her colleague ", "his longtime supervisor, ": a possessive of a sex and role words.
_OWNED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){1,3},?[ \xa0]*$")
# An apposition that says what a name is, then its verb: ", one of the largest booking
# platforms, said", ", a booking platform, said".
_APPOSED_SPEAKS = re.compile(r",\s+(?:a|an|the|one\s+of\s+(?:the|its|their)|among)\s"
                             r"[^,.;:“”\"]{1,100},\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)")
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")


def _apposed_speaks(masked: str, end: int) -> bool:
    """Whether the name ending at ``end`` is set off by what it is, then a verb of speech."""
    appos = _APPOSED_SPEAKS.match(masked, end)
    return appos is not None and appos.group("verb") in CUE_VERBS
_SAID_PRONOUN = re.compile(SUBJECT_VERB_AFTER + r"(?:\s+(?:the\s+)?[a-z]+)?\s+(?:that\s+)?"
                           r"(?P<pronoun>he|she)\b")
# The subject's verb right after it reports speech: "Harrington, whose best was 64, said".
REPORTING_VERB = re.compile(SUBJECT_VERB_AFTER + r"\b")
# A reporting verb whose clause opens with a subject other than a pronoun of sex: "said
# members", "said the club" (not "said he", "said that she", "said her", nor an adverb or a
# preposition: "said afterward, still in his shoulder pads").
_SAID_CLAUSE = re.compile(
    SUBJECT_VERB_AFTER + r"\s+(?:that\s+)?(?:(?:the|a|an|this|these|those|some|many|most|all|"
    r"several|no|every|each|its|their|our|your|my|one|two|three|four|five)\b|(?!(?:always|"
    r"afterwards|perhaps|sometimes|besides|towards|thus)\b)[a-z]{3,}[^s\W]s\b)")
# A source the story names by one word only, right before that word: "who gave his name only
# as Dessie", "identified only by her first name, Ruth" (the sex, if given, is in the words).
NAMED_ONLY_AS = re.compile(
    r"\b(?:(?:gave|gives|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:(?:first|last|family)\s+"
    # ("who gave only her first name, Donna, said", "gave only her surname, Lau,", "would
    # give only his first name,")
    r"name|surname|name)(?:\s+only)?(?:\s+as|,)|identified\s+only\s+(?:as|by\s+(?:his|her|"
    r"their)\s+(?:first\s+name|surname),?)|"
    # ("who asked that only her first name, Anelia, be used")
    r"asked\s+that\s+only\s+(?:his|her|their)\s+(?:first\s+name|surname),)\s+$")


def named_only_as(text: str, at: int, lo: int = 0) -> re.Match[str] | None:
    """``NAMED_ONLY_AS`` in the 60 characters (not before ``lo``) right before the name at
    ``at``: "who gave his name only as Dessie"."""
    return NAMED_ONLY_AS.search(text, max(lo, at - 60), at)


_OPENER = re.compile(r"[\s\"“”'‘’]*(She|He)\b")
# A sentence opening with a question put to its subject or their doubt: "Asked what advice
# he would give,", "Unsure whether she would stand again,".
_ASKED_OPENING = re.compile(r"[\s\"“”'‘’]*(?:When\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|"
                            r"[Qq]uizzed|[Cc]hallenged|[Uu]nsure)\b")
# A sentence that is a quotation (blanked in the masked body) and its tag "he said": its
# pronoun, as an opening "He" is, goes on about the sentence before's subject.
_QUOTED_THEN_PRONOUN = re.compile(
    r"\s*[\"“‘']x[x\s.,!?;:—–-]*[\"”’']\s+(she|he)\s+(?P<verb>[a-z]+)\b")
# A subject pronoun outside a subordinate clause ("Back when he wrote his book, Mr. McKinley
# said" names McKinley after the "he", which points forward).
# (The pronoun comes first and the words it may not follow are looked for behind it, taking it
# in: a pattern that opens with its first letter lets the regex engine skip straight to it,
# where eleven look-behinds opening it were tried at every character of the sentence.)
_NOT_AFTER = ("[Ww]hen", "[Ii]f", "[Aa]s", "[Aa]fter", "[Bb]efore", "[Bb]ecause", "[Ss]ince",
              "[Ww]hile", "[Uu]ntil", "[Oo]nce", "[Tt]hat")
_SUBJECT_PRONOUN = {
    word: re.compile(rf"{first}(?<=\b{first}){word[1:]}\b"
                     + "".join(rf"(?<!\b{w} {first}{word[1:]})" for w in _NOT_AFTER))
    for word, first in (("she", "[Ss]"), ("he", "[Hh]"))}
# A place in title case opening a paragraph before a comma: "Sarband" of "Sarband, Ardavan –".
_TITLE_PLACE = r"[A-Z][\w’'.-]*(?:[ \xa0][A-Z][\w’'.-]*){0,2}"
_TITLE_DATELINE = re.compile(_TITLE_PLACE + r"(?=,)")
# The same before a dash, with nothing between: "Addis Abeba – The federation".
_TITLE_DATELINE_DASH = re.compile(_TITLE_PLACE + r"(?=[ \xa0][—–-][ \xa0][A-Z])")
# After a dateline's place: its state or country, the agency in brackets, and the dash.
# (Its state and its date may follow the place: "HALVERSTON, Oregon, Oct 24 (Finwire) -".)
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*)*){0,2}\s*"
                             r"(?:\([^)\n]{1,40}\)\s*)?[—–-]")
# A colon after a dateline's place, then its first sentence: "SINGAPORE: A renovation ...".
_COLON_DATELINE = re.compile(r":[ \xa0]+(?=[A-Z])")
# A plural verb right after a name, and what may join two names before it ("Smith and Jones
# have" are two people).
_PLURAL_VERB = re.compile(r" (?:have|are|were)\b(?! (?:been )?(?:told|asked|invited)\b)")
# What a body does with "its" right after its name: "Atlantic Crossing Lines confirmed on
# Monday that its service", "Vestlaks reported its first loss".
# (Not a verb of speech: "Lukashenko said its borders were closed" is his country's.)
_ITS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:reported|announced|posted|recorded|suspended|confirmed|"
    r"launched|cut|raised|increased|reduced|expanded|closed|opened|resumed|cancelled|canceled)"
    r"\b[^.;:!?“”\"\n]{0,40}?\bits\b")
# A role word between a name and the next: "Rovers manager Gareth Quayle".
_ROLE_THEN_NAME = re.compile(r" ([a-z][a-z-]+) (?=[A-Z])")
# After a people's word: a role in lower case, then a name of two words ("Serbian super-fixer
# Dragan Petrović").
_DEMONYM_ROLE_NAME = re.compile(r"(?: [a-z][a-z-]+){1,2} [A-Z][\w’'-]+ [A-Z]")
# Words for the people around someone, before "of" and their name ("Family of Tom Ashdown").
_KIN_OF = frozenset({"family", "families", "relatives", "friends", "parents", "children",
                     "members", "supporters", "fans", "colleagues", "loved"})
# After a name: what they are set off ("Adeyemi, the state commissioner"), or whose something
# is ("Brandt's staff").
# (Not the comma that ends an opening phrase: "seen by DW, the union said".)
_PERSON_SET_OFF_AFTER = re.compile(r"(?:,[ \xa0]+(?:the|a|an|his|her|their)[ \xa0]+"
                                   r"(?:[\w’'-]+[ \xa0]+){0,4}?[\w’'-]+"
                                   r"(?:,|[ \xa0]+(?:of|for|at|in)\b)"
                                   r"|[’']s\b)")
# "no relation to Dr. " right before a name: named only to tell two bearers apart.
_NO_RELATION = r"(?:no relation|not related|unrelated)"
_NO_RELATION_BEFORE = re.compile(rf"\b{_NO_RELATION}\s+to\s+"
                                 r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+|the\s+)?$")
# Whom something was told, right before a name: "told ", "spoke to the ", "an interview
# with ", a document "seen by ", or a photo's credit ("[Ahmad Qaderi/").
_TOLD_BEFORE = re.compile(r"(?:\b(?:told|tell|tells|telling)\s+|\b(?:spoke|speaking|spoken|"
                          r"talked|talking)\s+to\s+|\binterview\s+with\s+|\b(?:seen|obtained|"
                          r"reviewed)\s+by\s+)(?:the\s+)?$|\w/$")
# A plural verb after a name: a team or a people ("Tonga were", "Kerry have"), not one person.
_NOT_THE_NICKNAMED = re.compile(r"\s+(?:were|are|have|led|lead|trail(?:ed)?)\b")


def _nickname_fits(body: str, start: int, given: str, nickname: str) -> bool:
    """Whether a nickname given right after the name at ``start`` is that person's: not
    after someone of theirs ("The widow of Jim Daly, known to neighbours as ‘Bridie’": hers),
    nor of the other sex to their given name ("Callum Reid, known as ‘Tash’")."""
    before = _NOUN_OF_BEFORE.search(body, max(0, start - 30), start)
    if before is not None and is_person_noun(before.group(1)):
        return False
    sexes = {gender_of_given_name(given), gender_of_given_name(nickname)} - {None}
    return len(sexes) < 2


def _nickname_after(body: str, end: int) -> str | None:
    """The nickname a story gives right after the name ending at ``end``: ", known to everyone
    on the island simply as ‘Pip’,", ", better known as “Snow”" (one capitalised word in
    quotation marks, after the words that say a thing is known so: extract's ``_KNOWN_AS``)."""
    lead = _KNOWN_LEAD.match(body, end)
    if lead is None:
        return None
    mark = _NICKNAME_IN_MARKS.search(body, lead.end(), lead.end() + 90)
    if mark is None or not _KNOWN_AS.search(body[lead.end() : mark.start()].rstrip()):
        return None
    return mark.group(1)


# Where a nickname's words may open after a name: ", known", ", better known", ", who was
# known".
_KNOWN_LEAD = re.compile(r",\s+(?:(?:who\s+(?:was|is)|better|universally)\s+)?(?=[Kk]nown\b)")
_NICKNAME_IN_MARKS = re.compile(r"[\"“‘']([A-Z][\w’'-]*)[\"”’'][\s,.;]")
# Someone new given a name alone, as a nickname may be: ", also called Jim", "his grandson
# Mick" (a brother's or a child's, not a spouse's: "her late husband Pip" is him).
_ANOTHER_CALLED = re.compile(
    r"(?:,\s+also(?:\s+(?:called|named|known\s+as))?|\b(?P<whose>[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[a-z]+\s+)?(?:brother|sister|son|daughter|grandson|granddaughter|cousin|nephew|niece)),?"
    r"\s+[‘'\"“]?(?P<name>[A-Z][\w’'-]*)\b")
# The noun before "of" (and "the late") right before a name: "The widow of ".
_NOUN_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+late\s+)?$")
# A capitalised word right before a nickname's opening single mark: "Kerwin ‘".
_GIVEN_BEFORE_NICKNAME = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w-]+) [‘']$")
# A single opening mark between a given name and a nickname's run, perhaps with a title the
# run's reading took as its own: " ‘", " ‘Lord ".
_SINGLE_NICKNAME_OPEN = re.compile(r" [‘']((?:[A-Z][a-z]+\.? )?)")  # (the word: a title)
# A nickname in quotation marks between two parts of a name: ' "Jacko" ', ' “Tank” '.
# (Or three words after "the": 'Oscar "the Cayo Express" Quiroz'.)
_NICKNAME_GAP = re.compile(r"[ \xa0][\"“‘']((?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)"
                           r"|the [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})[\"”’'][ \xa0]")
# A word for a body right after capitals, perhaps after one other lower-case word that is no
# verb nor determiner: "the Save Hatherley Fields campaign group".
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our",
                          "my", "your"})
# Prepositions and conjunctions: before a name, they make it someone the words are for, of or
# with ("lawyers for Kwabena Owusu"), never the subject.
LINK_WORDS = frozenset({"to", "of", "for", "in", "on", "at", "and", "or", "but", "with", "from",
                        "by", "as", "into", "about", "against"})
_FUNCTION_WORDS = _DETERMINERS | LINK_WORDS
_BODY_NOUN_AFTER = re.compile(r"[ \xa0]+(?:(?P<mid>[a-z]+)[ \xa0]+)?([a-z]+)\b")
# A name set off as a kind of thing: ", the company that", ", a firm which", ", the insurer,",
# ", the Canadian-Peruvian company that" (not one of a list: "Casemiro, the club, and ...").
_WHICH_AFTER = re.compile(r",\s+which\s")
_SET_OFF_KIND = re.compile(r",\s+(?:the|a|an)\s+(?:[A-Za-z][\w-]*\s+){0,2}?([a-z]+)"
                           r"(?:,(?!\s+(?:and|or)\b)|\s+(?:that|which|whose|based|founded|behind)\b)")
# A word right before a name (of a kind of body: see KINDS_OF_BODY).
_KIND_BEFORE = re.compile(r"\b([a-z]+)[ \xa0]+$")
# Where a body is based, right before its name: "Kathmandu-based ", "Dublin-headquartered ".
_BASED_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*(?:" + "|".join(BASED_WORDS) + r")[ \xa0]+$")
# A verb right after a name that is a clause's subject, not a body's statement or state
# ("managed", "built", "led", "set up"; not "is", "has", "said").
_CLAUSE_AFTER_NAME = re.compile(
    r"[ \xa0]+(?!(?:is|are|was|were|has|have|had|will|would|said|says|announced|confirmed|"
    r"plans|and|or|of|in|on|at|to|for|with|from|by)\b)[a-z]+\b")
# Words that make a kind of body before a name part of a noun phrase of its own ("the
# national team Vugar Talibov", "of the club Wenger managed"), not a label of the name's.
_DETERMINERS_OF = DETERMINERS | {"of", "which", "some"}
# "a " or "an " as a word right before a kind of body.
_A_OR_AN_BEFORE = re.compile(r"(?<![\w’'-])[Aa]n?[ \xa0]$")
# Kinds of body that are verbs too: "to brand Mirzoyan a traitor", "voters trust Mahama".
_KINDS_ALSO_VERBS = frozenset({"brand", "label", "trust", "bank", "network", "chain"})
# Words before a given name that make it someone else's of the same name.
_NAMESAKE = words("young little baby also junior")
# Academic ranks, which say less on a card than a post set off after the name.
_ACADEMIC_RANKS = frozenset({"professor", "prof"})
# Ranks written short that say less than a post set off after the name, as an academic rank
# does: "Const. Jordan Leblanc, spokesperson for the service,".

# A name set off as someone or something of its own: ", a ", ", the ", ", which ".
_SET_OFF_ANEW = re.compile(r",\s+(?:a|an|the|which)\s")
# A verb's object right before a role phrase: "told the " (of "told the judge Pulaski"), and
# the same with the role's words.
_TOLD = r"\b(?:" + "|".join(sorted(TELL_VERBS | words(
    "asked assured reminded warned informed"))) + r")\s+the\s+"
_TOLD_THE = re.compile(_TOLD + "$")
_TOLD_ROLE = re.compile(_TOLD + r"(?:[a-z][\w-]*\s+){1,2}$")
# What only a body has, after its name's possessive: "’s parent company", "'s shareholders",
# "'s chief executive".
# (Not "board" or "headquarters": "Ngozi Okeke's board of advisers", a campaign's
# headquarters.)
_CORPORATE_OWNED = re.compile(
    r"[’']s[ \xa0]+(?:(?:former|new|then|interim|acting)[ \xa0]+)?(?:parent[ \xa0]+company|"
    r"chief[ \xa0]+executive|managing[ \xa0]+director|shareholders|subsidiary|ceo)\b",
    re.IGNORECASE)
# A role held at a name: "the chief executive of ", "a director at " (lower case: a title).
_ROLE_OF = re.compile(r"\b([a-z]+)\s+(?:of|at)\s+(?:the\s+)?$")
# A part played: "played barmaid ", "plays villain ", "starred as ", "the role of ". (Not
# "played Andy Murray", "played alongside": a name straight after "played" or a preposition is
# an opponent or a team-mate.)
_PLAYS_PART = re.compile(
    r"(?:\b(?:starr(?:ed|ing|s)|cast|appear(?:ed|s|ing))\s+as|\brole\s+of|\bplay(?:s|ed|ing)"
    r"(?:\s+(?!(?:against|with|alongside|for|in|at|on|to|and|or|the|a|an|his|her|their|its|"
    # ("The lead role is played by Zarina Saidzoda": "by" names the actor.)
    r"under|behind|before|after|beside|off|out|down|up|through|by)\b)[a-z][a-z-]*){1,2})\s+$")
# "His stage wife Marta is played by Ilze Bērziņa": the name before is the part.
_PLAYED_BY = re.compile(r"\s+(?:is|was|will\s+be)\s+played\s+by\b")
# Words for a kind of place: "the village of Great Ayton", "Kolathur district".
_PLACE_NOUNS = ("village|town|city|hamlet|suburb|county|district|borough|province|township|"
                "municipality")
# Where, not who: "on the Marsh Stage", "at the Galloway Arena"; "Vendelholm, where he".
_PLACE_BEFORE = re.compile(r"\b(?:on|at|onto|into|inside|outside|near|behind|across)\s+the\s+$"
                           # "In the village of Great Ayton", "near Canary Wharf".
                           rf"|\b(?:{_PLACE_NOUNS})\s+of"
                           r"\s+$|\bnear\s+$"
                           # "The Mayor of West Yorkshire, Helen Kirkbride,": where a title is.
                           r"|\b(?:[Mm]ayor|[Gg]overnor|[Bb]ishop|MP)\s+(?:of|for)\s+$")
_WHERE_AFTER = re.compile(r",\s+where\b")
# A word for a place after a name: "Kolathur district", "Hosakere village".
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{_PLACE_NOUNS})\b")
# A capitalised office and its portfolio: "Minister of Health", "Secretary of State for Health
# and Social Care" (the portfolio's words, group 1).
_PORTFOLIO_WORDS = re.compile(
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w-]*|and|of|for)"
    r"(?:\s+(?:[A-Z][\w-]*|and|of|for))*)$")
# A number right after a word, with no comma between (an age has one: "Hale, 61,"): "Route 4",
# "Ward 12", "Article 370", "Chapter 11" name a thing, never a person.
_NUMBER_RIGHT_AFTER = re.compile(r"[ \xa0]\d")
# Who someone is, set off after their name: ", the school's principal", ", a nurse".
_SET_OFF_WHO = re.compile(r",\s+(?:the|a|an|his|her|their)\s")
# A preposition of place right before a name: "from Clonbarra Cross", "in Hosakere".
_AT_PLACE = word_before("in from near outside")
# The lower-case word right before a name: "captain " before "Kofi Asamoah-Boadu".
_LAST_WORD = re.compile(r"\b([a-z]+) $")
_ARTICLE_JUST_BEFORE = re.compile(r"\b[Aa]n? $")
_LOWER_WORD_NEXT = re.compile(r" [a-z]")
_WORD_BEFORE_NAME = re.compile(r"\b([A-Za-z][a-z]+) $")
# Prepositions whose object is no subject of the sentence, nor "he" or "she" by default ("on"
# is not among them: "all eyes were on Thandiwe Mokoena" is about her).
_NOT_SUBJECT_AFTER = word_before("from at in for of by with to", the=True)
# "at Lyneham", "on Marram Close": a name after these is where, not who.
_AT_OR_IN = word_before("at in on from")
# "Asked whether Adeyemi would play,": a name in the question put to someone else.
_ASKED_WHETHER = re.compile(r"[\s\"“”'‘’]*Asked\s+(?:[a-z]+\s+){0,3}"
                            r"(?:whether|if|why|how|what|about)\b[^,]*$")
_PHRASE_ENDS = re.compile(r"\s*(?:[,.;:!?)—–]|$|\s(?:at|on|in|of|for|to|with|and|or|where|when|as|"
                          r"after|before|during|since|until|last|this)\b)")
# "Moreau, who uses they/them pronouns,": someone a story calls "they".
_THEY_THEM = re.compile(r",?\s+(?:who\s+(?:uses|goes\s+by|prefers)\s+)?(?:the\s+)?"
                        r"(?:pronouns?\s+)?they/them\b")
_JOINED_BEFORE = re.compile(r"(?:\band|&|,|\bthe)\s+$")
# "the princess", "The mayor": a role word after "the", which may name someone given it; the
# phrase's last word ("the legal rights" is no one), so a verb or punctuation follows.
# (Here and wherever a pattern looks for the word "the", it opens with the literal "he" and
# looks behind it for "\b[Tt]": the regex engine skips to a literal prefix with a fast search,
# four times faster over a story than to a class, "[Tt]", and far faster than "\b", tried at
# every character. A match so starts one character after its "the": _THE_WORD's reader steps
# back to it.)
THE_FROM_HE = r"he(?<=\b[Tt]he)"
_THE_WORD = re.compile(THE_FROM_HE + r" ([a-z][a-z-]+)(?=[,.;:!?]|\s+(?:had|has|was|is|who|"
                       r"and|[a-z]+ed|said|says|told|added)\b)")


def matches_one_on(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``text`` as ``finditer`` gives them for the pattern opening
    one character sooner, at the one its look-behind takes in (the "T" of ``THE_FROM_HE``,
    the space before ``_POST_INITIALS``' bracket): each is looked for one past the last one's
    end, so no character ends one match and opens the next ("the Minister of The Economy")."""
    at = 1
    while (m := pattern.search(text, at)) is not None:
        yield m
        at = m.end() + 1
_PRONOUNS_AND_HONORIFICS = words("she her hers herself he him his himself mrs ms miss lady dame "
                                 "mr sir lord")
# A person the story calls by a noun of their sex: "my mother", "the woman", "his son".
_SEXED_NOUN = {
    sex: re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?)\s+(?:"
                    + "|".join(sorted(nouns - _PRONOUNS_AND_HONORIFICS)) + r")\b")
    for sex, nouns in (("f", FEMALE_WORDS), ("m", MALE_WORDS))}
# Titles of rank or place in a team that stand before names the Census lacks ("Captain Callum
# Pryce"); nameparser's list also holds "pro", "royal", "special" ("Pro Football Focus").
# ("Charge" is the end of one: "Special Agent in Charge Dmitri Volkov".)
_RANKS = frozenset({"captain", "skipper", "coach", "manager", "sergeant", "lieutenant",
                    "colonel", "commander", "detective", "inspector", "constable", "charge",
                    "principal"})
# Months that are also common given names ("May" is as often the verb).
_MONTH_NAMES = frozenset({"june", "april"})
# After an owner's name: "'s solicitor, Imran Qureshi," (a role, then a name in apposition).
_OWNER_OF_APPOSED = re.compile(r"[’']s" + _OWNER_ROLE_APPOSED.pattern)
# A name's verb right after it: " pauses", " told".
_THEN_VERB = re.compile(r"\s+[a-z]+\b(?<!ly)")
_ROLE_WORD = re.compile(r"[\w’'-]+")
# Words that end the walk back from a name through its title: a clause's, or a preposition's
# ("a spokesman for Westmarch Palace": the palace is whom he speaks for, not a spokesman).
# (A verb ends the noun phrase too: "into the 2016 campaign is Trump’s latest effort" gives
# Trump no role; the closed class of copulas and auxiliaries, as "-ed" words are caught apart.)
_NOT_ROLE_WALK = words("that who which whom and or but as than if when while because for in "
                        "at near from on with by into against about "
                        "is was are were be been being has have had will would")
_ROLE_TITLES = TITLES - {"the"}
_QUALIFIERS = {"former", "then"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "messrs", "madam"}
# Those a court story names who are not on trial: its judges, lawyers, witnesses and police.
# What a story calls the one its court tries ("the defendant", "the accused").
ON_TRIAL = ("defendant", "accused")
COURT_OFFICERS = words(
    "judge justice magistrate registrar lawyer attorney counsel prosecutor barrister solicitor "
    "advocate witness officer detective inspector sergeant constable superintendent police "
    "cllr counselor counsellor jury juror")
# What a court does to a defendant, or a defendant does in court, right after their name,
# past an age, a home or a clause set off by commas: "pleaded not guilty", "appeared before
# Justice ...", "admitted 14 counts", "was jailed", ", who is charged".
# (A "who" clause only in the present, "who is charged": "who was fined in 2018" is someone's
# past; someone who "appeared in court to give evidence" is a witness.)
_DEFENDANT_AFTER = re.compile(
    r"(?:,\s+(?:\d{1,3}|(?:of|an?|the|his|her)\s[^,.;:\n“”\"]{1,80}?))*,?\s+"
    r"(?:who\s+(?:is|are)\s+(?:also\s+)?(?:charged|accused|on\s+trial)|"
    r"who\s+(?:faces|stands\s+trial|denies)|denies\b|"
    r"(?:is|was|were|has\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:charged|accused|indicted|convicted|acquitted|sentenced|jailed|fined|"
    r"remanded|found\s+(?:not\s+)?guilty|standing\s+trial|on\s+trial)|"
    r"(?:pleaded|pleads)\s+(?:not\s+)?(?:guilty|innocent)|"
    r"appeared\s+(?:in\s+court|before)(?![^.;]{0,40}?\b(?:to\s+(?:give|testify)|"
    r"as\s+a\s+witness|on\s+behalf|for\s+the\s+(?:prosecution|state|crown|defen[cs]e)))|"
    r"admitted\s+\w+\s+(?:counts?|charges?)|denied\s+(?:the\s+|all\s+)?charges?|"
    r"stood\s+trial|stands\s+trial|faces\s+(?:\w+\s+)?charges?)\b")
# A second subject joined on before a name: "Sylvia Hart, 62, and her son Marcus".
_JOINED_BEFORE = re.compile(r"\band\s+(?:(?:his|her|their)\s+[a-z]+\s+)?$")
# Who has made the pilgrimage to Mecca, a title of its own before a Muslim name after "Dr" or
# "Mr" ("Dr Haji Abdul Hakim"), though a name's word after "bin" ("bin Haji Ismail").
_PILGRIM = frozenset({"haji", "hajah", "hajjah", "alhaja"})
# Words before a role word that make it someone else's office ("deputy leader" is no leader).
_NOT_THE_HOLDER = frozenset({"deputy", "vice", "assistant", "shadow", "former", "acting"})
# "the trust's " or "The " before an office set off before a name.
_OFFICE_OWNER = re.compile(r"(?:\b[Tt]he\s+)?(?:\b[A-Za-z][\w-]*[’']s\s+)?$|\b[Tt]he\s+$")
# An honorific or a knighthood before a name: no role of its own ("Mrs", "Sir").
_STYLES = frozenset(_HONORIFICS | {"sir", "dame", "lord", "lady", "comrade"} | ELDER_TITLES)
# Forms of address before a name that say no position held.
_FORMS_OF_ADDRESS = _STYLES | {"rev", "revd", "reverend", "the", "hon", "honourable",
                               "honorable", "rt", "right"}
# (Here and below, patterns used per name are compiled once, not looked up in re's cache on
# every call.)
_AND_ANOTHER = re.compile(r"\s+and\s+(?:a|an|the|now|also|(?P<one>one\s+of))\s+")


def _first_office(phrase: str) -> str:
    """``phrase`` up to a second office joined on ("director of the Tax Policy Center and a
    professor at ..."); "Minister for Education and the Arts" is one office."""
    for m in _AND_ANOTHER.finditer(phrase):
        # (A person's noun in lower case starts the second: "and a professor", "and the other
        # witness"; capitals carry on a name: "and the Environment". "and one of the rebels
        # who backed down" is always a second, and cut short it says the opposite.)
        if m.group("one") or any(w[:1].islower() and (_is_role_head(w) or is_person_noun(w))
                                 for w in phrase[m.end():].split()[:3]):
            return phrase[: m.start()]
    return phrase


# What a court or a jury is said to have been told, in a tag set off after a name: "the
# court heard", "the jury was told".
_TOLD_VERBS = words("heard learned learnt was were")
# Words that make an apposition a time, not a role: "Jane Marsh, a week after the vote,".
_TIME_WORDS = words("day days week weeks month months year years morning afternoon evening "
                    "night hour hours minute minutes moment moments decade decades time")
# Words that open a sentence before whose office it is ("But Kemp's attorney", "On Tuesday
# Google's top lawyer").
_OPENERS = words("but and or so yet meanwhile later earlier then now also still however on in "
                 "at after before when while since during today yesterday tonight") | WEEKDAYS


# An abbreviation's full stop ("St. Mary's", "U.S. attorney") does not end an apposition.
# (The words run to the first character that is none of theirs; it must end the apposition.
# No character both goes on and ends one, so taking the words possessively, "{2,120}+", finds
# the same end as taking them one at a time and trying the end after each, four times faster.)
# A name's own verb and "as" a role: "was testifying as the first prosecution witness",
# "appeared as a defence witness", "served as the club's treasurer" (a role's own words,
# no preposition among them: "as a result of").
# (Not a role left or feigned: "resigned as the party's treasurer", "was replaced as captain",
# "posed as a police officer".)
# The same served role in a participle opening the sentence (matched from the sentence's own
# start), before its subject, perhaps past a role set off with "the": "Testifying as the
# second prosecution witness, the EFCC operative, ".
_AS_ROLE_OPENING = re.compile(
    r"\s*[A-Z][a-z]+ing[ \xa0]+as[ \xa0]+the[ \xa0]+"
    r"(?:(?!(?:of|for|to|with|in|at|on|from|by)\b)[A-Za-z][\w’'-]*[ \xa0]+){0,3}?"
    r"(?P<role>[a-z][\w-]*),[ \xa0]+"
    r"(?:the[ \xa0]+(?:[\w’'-]+[ \xa0]+){0,2}?[a-z][\w-]*,[ \xa0]+)?$")
_AS_ROLE_AFTER = re.compile(
    r"[ \xa0]+(?:(?:is|was|had[ \xa0]+been|has[ \xa0]+been)[ \xa0]+)?"
    r"(?!(?:resign|replac|sack|dismiss|oust|remov|fir|ax|pos|dress|disguis|masquerad|retir|"
    r"demot|suspend|depos|unseat)(?:ed|ing)\b)[a-z]+(?:ing|ed)"
    r"(?:[ \xa0]+in)?[ \xa0]+as[ \xa0]+(?:the|a|an|its|their|his|her)[ \xa0]+"
    r"(?P<words>(?:(?!(?:of|in|for|to|at|by|from|with|on|and|or|who|that|since|until|before|"
    r"after|during|when|while|last|this|between|under)\b)[a-z][\w’'-]*"
    r"(?:[ \xa0]+|(?=[,.;:]|$))){1,4})")
_APPOSITIVE = re.compile(
    r",[ \t]+((?:the |a |an )?(?:[^,.;\n]|(?<=\b[A-Z])\.|(?<=\bSt)\.|(?<=\bMt)\.|(?<=\bFt)\.|"
    # ("the No. 3 seed": a number's abbreviation ends nothing.)
    r"(?<=\bNo)\.(?=\s\d))"
    r"{2,120}+)(?:[,;]|(?<!\b[A-Z])(?<!\bSt)(?<!\bMt)(?<!\bFt)\.(?!(?<=\bNo\.)\s\d))")
# A comma, then a name (perhaps after an honorific) set off in its turn.
_NEXT_NAME_SET_OFF = re.compile(
    r",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,")
# A name inside the scene-setting phrase that opens its sentence: "At a press conference in ".
# (Read back from the name, so only openers that begin such a phrase; the sentences module's
# scene reading walks forward from a sentence's start, which this caller does not know.)
_IN_SCENE_PHRASE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:At|In|On|During|After|Before|"
                              r"Outside|Inside|Speaking|Addressing)\b[^,.;:\n]{0,100}$")


def _office_of_next_name(body: str, start: int, m: re.Match[str]) -> bool:
    """"At a press conference in Port-Louis, the Director General of Health Services, Dr Anil
    Seebaluck,": an office set off after a place named in the scene-setting phrase that opens
    the sentence, before a name set off in its turn, is that name's. (A person's own
    apposition may be followed by a name in a list: "Doina Ungureanu-Vlas, the mayor of
    Balti, Alexandr Petrenco, ...", "came from Ana Ribeiro, the president of the union,
    Carlos Mendes, the treasurer".)"""
    return m.group(1).startswith("the ") and bool(
        _IN_SCENE_PHRASE.search(body, max(0, start - 110), start)) and bool(
        _NEXT_NAME_SET_OFF.match(body, m.end() - 1))
# Words that make an apposition a clause, not a role ("Ann Lee, who ..."), and its words.
_CLAUSE_IN_APPOSITION = re.compile(
    r"\b(?:who|whose|which|where|said|says|told|and)\b"
    # (A past tense with its object opens the sentence's predicate, no apposition: "The
    # Leader of the Opposition, Joël Ravaton, questioned the Minister of Energy, ...";
    # "Ann Lee, retired teacher," stays a role.)
    # ("Mei Lin Tan, appointed the bank's chief economist in March," is one: a participle
    # that makes someone what they are.)
    r"|^(?!(?:named|renamed|dubbed|appointed|elected|re-elected|hired|promoted|nominated|"
    r"chosen|crowned|voted|installed|sworn)\b)[a-z]+ed\s+(?:the|a|an|his|her|their|its|that)\b"
    # ("Sherlene Ryan-Buffonge, 41, of Salem, appeared before Justice Marlon Hewitt-Scott":
    # a past verb and its preposition are the predicate, whose judge is no role of Salem's.)
    r"|^(?!(?:based|born|raised|trained|qualified|stationed|posted|seconded)\b)[a-z]+ed\s+"
    r"(?:before|to|in|at|on|for|with|from|into|outside)\b"
    # (A preposition of company or order opens the sentence going on, no apposition: "nine
    # points ahead of Sweeney, with Lady Kaye in third place" gives Sweeney no "lady".)
    r"|^(?:with|without|behind|alongside|ahead|including|followed|against|beside)\b")
_LETTER_WORD = re.compile(r"\b[A-Za-z][\w-]*")
# An apposition's phrase ends before a clause; a second role joined on ends with "and"/"or";
# a verb in it makes it no role; where an office set off before a name is held.
_APPOSITION_CLAUSE = re.compile(r"\s+(?:in|who|which|whose|where|that)\s+")
_TRAILING_AND = re.compile(r"\s+(?:and|or)$")
# Another's role in an apposition: "the brother of the officer", "a lawyer for the family".
_OF_OR_FOR = re.compile(r"\s(?:of|for)\s")
# (A verb of saying, an auxiliary or a modal: "a mechanic who is now retired," is split
# before "who", "the celebrations will continue" is a clause.)
_VERB_IN_PHRASE = re.compile(r"\b(?:said|says|told|been|is|are|was|were|has|have|had|will|"
                             r"would|can|could|may|might|must|shall|should)\b")
_OF_FOR_AT = re.compile(r"\s+(?:of|for|at)\s+")
# Prepositions that may open a sentence before a place's name ("Outside Patria's ...").
_PREPOSITIONS = words("outside inside despite across against among amid amongst behind beside "
                      "besides beneath through throughout within upon into onto around along "
                      "alongside towards toward near beyond under")
# "the younger Essop", "the elder Okonkwo", "the younger Mr Esparon": which of a family the
# surname means.
_SENIORITY_BEFORE = re.compile(
    r"\b[Tt]he\s+(younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")
_CHILDREN = frozenset({"son", "daughter", "grandson", "granddaughter", "child", "stepson",
                       "stepdaughter"})
# A kin phrase that says which of a family is older: "son of", "older brother", "her mother".
# (Not "father of two", "mother of three": no one's parent in the story.)
_SENIORITY_KIN = (
    r"\b(?:(?P<elder>(?:father|mother)(?![\s-]+of[\s-]+(?:\d|" + "|".join(NUMBER_WORDS[:10])
    + r")\b)|(?:older|elder|big)\s+(?:brother|sister))|(?:son|daughter)"
    # (A son "of" someone is that person's: "Marc Claes, the son of the firm's first
    # typesetter," says nothing of the other Claes; "son of the trainer", a role alone, is
    # of someone the story names.)
    r"(?!\s+of\b(?!\s+the\s+[a-z]+\s*(?:[,.;—–]|$)))|"
    # (A nephew, a niece or a grandchild is of the younger generation too: with a son named
    # as well, "the younger" is neither for sure.)
    r"(?:younger|little|kid|baby)\s+(?:brother|sister)|nephew|niece|grand(?:son|daughter|child))\b")
# Right before the name, set off or with only role words between: "his older brother,
# flanker ", "his older brother Viktor" (not "His mother told reporters Owen").
_SENIORITY_BEFORE_NAME = re.compile(
    _SENIORITY_KIN + r"(?:\s*[,—–]\s*(?:[\w’'-]+\s+){0,3}|\s+(?:[A-Z][\w’'-]*\s+){0,2})$")
# Heading what is set off after it: "son of the trainer", "the captain's older brother".
_SENIORITY_AFTER_NAME = re.compile(
    r"(?:(?:the|his|her|their)\s+)?(?:[\w-]+[’']s\s+)?" + _SENIORITY_KIN)
# What is set off by a comma right after a name, up to the next comma or sentence end.
_SET_OFF_AFTER = re.compile(r",\s+([^,.;:!?\n]{1,60})")
# Words for a parent (no one under 18, "the 16-year-old", is one).
PARENT_WORDS = frozenset({"mother", "father", "mum", "dad", "mom", "parent", "grandmother",
                          "grandfather", "grandma", "grandad", "granddad", "grandpa", "gran",
                          "stepfather", "stepmother"})
# People who work at a place, right before its name: "pilots at ", "staff at ".
_WORKERS_AT = re.compile(r"\b([a-z]+)\s+at\s+$")
# The prepositions of _OPENING_PREPOSITION that open a sentence on the one named after them,
# its topic: "For Colette Thibodeaux, ...", "According to Ms Lee, ..." (speakers'
# _TOPIC_OPENING).
TOPIC_PREPOSITIONS = r"For|To|As for|According to"
# A preposition opening a sentence right before a name ("For Colette Thibodeaux, ...").
_OPENING_PREPOSITION = re.compile(SENTENCE_OPENS + r"(?:" + TOPIC_PREPOSITIONS + r"|With|Like|"
                                  r"Unlike|Against|Despite|After|Before)\s+$")


def after_opening_preposition(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a preposition that opens its sentence ("For
    Colette Thibodeaux, ..."); read 16 characters back, room for ". According to "."""
    return _OPENING_PREPOSITION.search(text, max(0, start - 16), start) is not None

_STARTS_SENTENCE = re.compile(r"[.!?:][\"”’']?\s+$|[\"“]$")
# Right after a full stop, the abbreviations that end no sentence ("Mr.", "Gov.", "J."), in one
# look-behind per length: thirty of them one by one cost a third of the scan.
NOT_AN_END = (
    r"(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Ft|Mt|No|Rt)\.)"
    r"(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Del|Rev|Col|Sgt|Jan|Feb|Aug|Oct|Nov|Dec|Ald|Det|Amb)\.)"
    r"(?<!\b(?:Capt|Prof|Sens|Reps|Sept|Cllr|Atty|Supt|Insp|Msgr)\.)")
# The full stop comes first so the scanner only tries the look-behinds at a full stop.
_SENTENCE_END = re.compile(
    # ("6 p.m. Friday", "11 a.m. CST Wednesday": a time's full stop ends no sentence before a
    # day or a time zone.)
    # ("AT&T" after a time is no Atlantic Time: a two-letter zone only for the mainland's.)
    r"[.!?](?!(?<=[ap]\.m\.)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMPA][SD]T|"
    r"[ECMP]T|GMT|UTC|BST|IST|CET|CEST|AEST|AEDT|NZST|NZDT)\b)"
    + NOT_AN_END + r"['\"”’]?\s+(?=[\"“‘'A-Z0-9])"
)


# A noun set off before or after a name: "His daughter, Maeve Hale-Ortiz", "Nora, his wife".
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w-]*[’']s)\s+"
                         r"(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+),\s+$")
# A name brought in after a preposition, past a kin noun or a role: "on the arm of her son,
# director Tamer X", "with his brother, Y".
_BROUGHT_IN_ASIDE = re.compile(r"\b(?:of|to|with|by|on|at|for|from|alongside|beside)\s+"
                               r"(?:(?:the|his|her|their)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                               r"(?:[a-z]+,\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# The verb after a name set off by a comma, past a "who" clause: "Savitri Ramkissoon, said".
_SPEAKS_AFTER_NAME = re.compile(r",?\s+(?:who\b[^,.]*,\s+)?([a-z]+)\b")
_NO_RELATION_AFTER = re.compile(rf"\s*[,(]\s*(?:who\s+is\s+)?{_NO_RELATION}\b")
_KIN_AFTER = re.compile(r",\s+(?:his|her|their|the|a)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)\b"
                        r"(?![’'-])")  # ("Ann Lee, the father's lawyer": his, not hers)
# A style before a holder's name: "Mr", "Dr", "Prof".
_STYLE_WORDS = "Mr|Mrs|Ms|Dr|Sir|Dame|Prof|Hon"
_STYLE_WORD = rf"(?:{_STYLE_WORDS})"
# A post's initials in brackets, then its holder's name: " (RDHS) Dr. ", " (MCE), Mr ". (Three
# letters or more: "MP", "PM" may be anyone's.)
# (The bracket is matched first and the space looked for behind it, so the regex engine skips
# straight to the brackets, twenty times faster than stopping at every space; a match so
# starts at its bracket, one after its space: see matches_one_on.)
_POST_INITIALS = re.compile(r"\((?<=[ \xa0]\()(?=[^\W\d_]*[A-Z][^\W\d_]*[A-Z][^\W\d_]*[A-Z])"
                            rf"(?P<abbr>[^\W\d_]{{3,7}})\),?[ \xa0]+"
                            # (Also the styles a post's holder takes after it: "Miss", "Eng.",
                            # "Rev.", as before _STYLE_WORD was shared.)
                            rf"(?:(?:{_STYLE_WORDS}|Miss|Eng|Rev)\.?[ \xa0]+)?")
# The capitalised words of a post's name that end where the brackets open.
_POST_BEFORE = re.compile(r"[A-Z][\w’'-]*(?:[ \xa0](?:of|and|for|the|[A-Z][\w’'-]*))*$")
# Words that open bodies' names as often as posts': "National Security Adviser" shares its
# initials with the National Security Agency, so "the NSA" may be either.
_OPENS_BODIES = frozenset(("national", "federal", "central", "state", "international",
                           "european", "united", "royal"))
# A lower-case word right after a name: "Addressing Alleyne directly".
_LOWER_AFTER = re.compile(r"[ \xa0]+[a-z]")
# A pronoun, its cue and the comma that sets the tag off: "he said,".
_SET_OFF_TAG = re.compile(r"(?:he|she|they)\s+[a-z]+,")
# Initials alone, two to five capitals: "DC", "RDHS".
_BARE_INITIALS = re.compile(r"[A-Z]{2,5}")
# Initials in brackets right after a body's name: "Deutsche Landesbahn (DLB)".
# (A second word of capitals may follow, a canton's or a region's: "Ministry of Interior of
# Sarajevo Canton (MUP KS)".)
_DEFINED_INITIALS = re.compile(
    r"\s+\((?=[^\W\d_]*[A-ZÀ-Þ][^\W\d_]*[A-ZÀ-Þ])([^\W\d_]{2,7}(?:[ \xa0][A-Z]{2,4})?)\)")
# Initials in brackets, plain capitals only, as ``_initials`` spells them: "(SJB)", "(RDC)".
_BRACKETED_INITIALS = r"\(([A-Z]{2,8})\)"
# The same right after a run, after one space, compared with the run's own words' initials
# (see ``_add_run``).
_INITIALS_IN_BRACKETS = re.compile(" " + _BRACKETED_INITIALS)
# The word before a bracket, a post's field in it: "Manager (" before "Finance)" (see
# ``_add_run``).
_WORD_BEFORE_BRACKET = re.compile(r"\b([A-Za-z]+) \($")
_AFTER_PREPOSITION = re.compile(r"\b(?:by|with|to|from|for)\s+(?:(?:the|a|[a-z]+)\s+){0,2}$")
_AND_KIN_AFTER = re.compile(rf"(?:{_AGE_SET_OFF.pattern})?\s+and\s+(?P<owner>his|her)\s+"
                            r"(?:[a-z]+\s+)?(?P<noun>[a-z]+)\b(?![’'-])")
# Capitalised only in a headline's title case: no name holds them past its first word.
_OWNER_WORDS = words("her his its their our my your own him them")
_FEMALE_NOUNS = FEMALE_WORDS - PRONOUNS_OF_SEX
_MALE_NOUNS = MALE_WORDS - PRONOUNS_OF_SEX
_GIVEN = given_names()


# Words before a role that end it: "the", "by", "said Wild coach ...", and the verbs that put a
# person in an office ("named chairman Harish Menon's daughter": the role is "chairman"; at
# worst "newly elected mayor" loses a word it can spare).
_ROLE_BOUNDARY = words("the a an his her its their our by to with from for of as and or at in on "
                       "named renamed dubbed appointed elected hired promoted "
                       # ("about guitarist Conor Bleakley": a preposition is no part of a role.)
                       "about against among between including like unlike alongside behind "
                       "beside besides toward towards without despite into onto over under "
                       "after before during than via through across around amid beyond upon "
                       "within")
# Words before a role that take a capital only at a sentence's start ("Former Harlow captain",
# "Fellow councillor"): lower case in a credit.
_ROLE_MODIFIERS = words("former fellow veteran retired acting interim longtime long-time "
                        "then-new new local senior junior young")
# Of those, the ones that are never a post alone.
_NO_OFFICE = words("former fellow retired acting interim longtime long-time then-new")
# An age opening a role phrase, which ``role_of`` leaves off: "68-year-old ". (Not
# speakers' ``_AGE_OPENING``, "The 56-year-old " opening a sentence.)
_AGE_BEFORE_ROLE = re.compile(r"\d{1,3}-year-old(?:\s+|$)")


# Titles that go before a given name alone ("Prince Harry", "Sir Keir", "Dame Judi"; the
# English-language Thai press so writes a police officer, "Pol Col Thawatchai"; an elder,
# "Uncle Solomon").
_GIVEN_NAME_TITLES = frozenset({"prince", "princess", "sir", "dame", "sheikh", "sheikha",
                                "emir", "king", "queen", "infanta", "infante", "pol"}) | (
                                    ELDER_TITLES)
# Titles that say a person's sex.
_TITLE_SEX = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m",
              "dame": "f", "lord": "m", "lady": "f"}


# (Here and below, a test of a word or a name that reads only fixed lists is cached: the name
# index asks it again for each mention and each of its passes, thousands of times a story.)
@lru_cache(maxsize=4096)
def _is_role_head(word: str) -> bool:
    low = word.lower().rstrip(".,")
    if (low in TITLES or low in role_words()) and low not in (
            # (An ordinal is no office: "Joël Ravaton, spoke first." gives no role "spoke
            # first"; "First Minister" is a minister.)
            "the", "then", "former", "vice", "st", "saint", "first"):
        return True
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 4  # CEO, CFO


def _heads_role_before_name(word: str, occupations: bool = True) -> bool:
    """A role's head right before a name: a title, or (with ``occupations``) an occupation in
    lower case that the title list lacks ("filmmaker Charlie McDowell", "winger Zach Parise",
    "planetary geologist Rosaly Lopes")."""
    return _is_role_head(word) or (occupations and _is_occupation(word))


def _is_occupation(word: str) -> bool:
    """A lower-case singular noun for someone by what they do, known by the endings of doers
    ("-er", "-or", "-ist", "-ian", "-ee") and six letters or more; not an adjective or a verb
    made like one ("the brilliant Lionel Messi", "to see Taylor Swift", "the younger Tom
    Hale"), a preposition ("a 7-5 victory over Luka Varga"), a rank's adjective ("including
    junior Valeria Escobedo") or a company's epithet ("retail giant Home Depot", whose "-ant"
    is no doer's ending); or a team sport's playing position ("centre Josh Harland")."""
    return (word.islower() and len(word) >= 6 and word.endswith(_DOER_ENDINGS)
            and is_person_noun(word) and not is_plural(word) and word not in _LIKE_PERSON_NOUNS
            ) or word in PLAYING_POSITIONS


_DOER_ENDINGS = ("er", "or", "ist", "ian", "ee")


def _position_in_place(taken: list[str], rest: list[str]) -> bool:
    """Whether a playing position heading the role words ``taken`` reads as one: after a
    team's or a people's capitals, a rank ("veteran"), another position ("centre forward") or
    nothing but a preposition ("a pass from centre Josh Harland"; not "to", after which
    ``NameIndex._role_phrase`` takes no occupation alone); not an everyday word's other sense
    ("Moving forward Jane Okoye", "the community centre Mary Jones founded", "at the centre
    Daniel Okoro"). True for any other head."""
    if taken[-1].lower() not in PLAYING_POSITIONS:
        return True
    if len(taken) == 1:
        return not rest or rest[-1].lower() not in ("the", "a", "an", "this", "that", "its")
    before = taken[-2]
    return (before[:1].isupper() and not before.lower().endswith("ing")) or (
        before.lower() in _ROLE_MODIFIERS or before.lower() in PLAYING_POSITIONS)


def _role_bounded(rest: list[str]) -> bool:
    """Whether the words before a role end where a role may open: at the text's start, a
    boundary word, a verb, a stop or a possessive (``NameIndex._role_phrase``)."""
    return not rest or rest[-1].lower() in _ROLE_BOUNDARY or rest[-1].lower() in (
        _VERBS) or rest[-1][-1:] in ",;:—–(”\"’" or rest[-1].endswith(("’s", "'s"))


def _names_an_office(phrase: str | None) -> bool:
    """Whether a role phrase holds one of our titles ("Chief Strategy Officer", "Port Ellery
    mayor"), not only an epithet ("mobile marketing pioneer", "retired schoolteacher")."""
    return phrase is not None and any(
        w.lower().strip(".,") in _OFFICES for w in phrase.split())


# Our titles that are offices: not kin ("father of two"), qualifiers ("former", "vice") or the
# words that only go with an office ("press" secretary, "campaign" manager, "star" striker).
# (Nor an elder's "Aunty": "Aunty Joyce Warrabeen, a Kuku Mala elder," holds the office set off
# after her name.)
_OFFICES = _ROLE_TITLES - KIN_WORDS - _QUALIFIERS - ELDER_TITLES - {
    "vice", "press", "campaign", "star"}


# Words that end like a noun for a person ("-er", "-ever") but are none.
_ENDS_LIKE_A_NOUN = words("under over whether either neither rather never ever together per")
# Words with a doer's ending ("-er", "-or") that are none.
_LIKE_PERSON_NOUNS = _ENDS_LIKE_A_NOUN | words(
    "after other however further junior senior younger older elder clever")


@dataclass
class Entity:
    """One person or body: its fullest name, kind, gender and the roles the story gives it."""

    name: str
    tokens: tuple[str, ...]
    kind: str = "person"  # person | org | place | thing
    gender: str | None = None  # "f", "m" or None when the story does not say
    they: bool = False  # the story says they use "they" ("who uses they/them pronouns")
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    # The title or position as the story first words it ("Port Ellery mayor"), for posts.
    role_phrase: str | None = None
    # The gender came from the given name alone, so the story's own pronouns may overrule it.
    gender_from_name: bool = False
    # The story writes the name only after a lower-case "the" ("the Kestrel Store"): no one
    # who bears its words (``_learn_things_of_the``).
    after_the: bool = False

    @property
    def shown_person(self) -> bool:
        """A person by more than the default kind: a sex, a role or a given name. A club or a
        firm whose name has no body word ("Dunmore Athletic") is a "person" without them."""
        return self.kind == "person" and (
            self.gender is not None or bool(self.roles - {"the"}) or _is_given(self.tokens[0]))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Entity


# Abbreviations that end in a full stop inside a name run ("Sen.", "Inc.", "Sept."); any other
# word of three letters or more ending in one ends a sentence ("... Urban League. Scott said").
_ABBREVIATIONS = words(
    "sen sens gov rep reps gen jr sr inc co corp ltd st mt ft lt col sgt capt prof dr mr mrs ms "
    "rev del atty pres messrs bros no jan feb mar apr aug sept oct nov dec gens hon "
    # (Styles with a full stop after them: "Cllr. Wilfred S. Kpakolo", Liberia's
    # counsellor-at-law; "Ald.", "Supt.", "Insp.", "Det.", "Amb.", "Msgr.", "Rt."; the same as
    # _SENTENCE_END's look-behinds, which leave out "Hon.": "Hon. Ayuso" ends a sentence
    # before the name, so that it joins "Marcelino Ayuso".)
    "cllr ald supt insp det amb msgr rt"
) | SHORT_RANKS


_WORD_AND_SPACE = re.compile(r"(\S+)(\s+)")


def _split_at_sentence_end(run: str, start: int) -> list[tuple[str, int]]:
    """A capitalised run cut where one of its words ends a sentence."""
    if ". " not in run and ".\xa0" not in run:
        return [(run, start)]
    out: list[tuple[str, int]] = []
    pos = 0
    for m in _WORD_AND_SPACE.finditer(run):
        word = m.group(1)
        if word.endswith(".") and len(word) >= 4 and "." not in word[:-1] and (
                word[:-1].lower() not in _ABBREVIATIONS or word[:-1].isupper()):
            # (Capitals are a body's initials, no style: "referred to the DET. Minister".)
            out.append((run[pos : m.start(2)], start + pos))
            pos = m.end()
    out.append((run[pos:], start + pos))
    return out


def _split_at_headline_verb(run: str, start: int) -> list[tuple[str, int]]:
    """A capitalised run cut at a speech verb written in a headline's capitals between two
    names: "Chris Christie Calls Hillary Clinton" is two people, not one."""
    # (The words' places are found only for a run that has such a verb: this runs on every
    # capitalised run of every story, and most have none. str.split and \S+ cut alike.)
    words = run.split()
    for k in range(1, len(words) - 1):
        word = words[k]
        if word[:1].isupper() and word.endswith("s") and word.lower() in _VERBS and not (
                is_surname(word)):
            spans = [m.span() for m in _NOT_SPACE_RUN.finditer(run)]
            return [(run[: spans[k - 1][1]], start),
                    *_split_at_headline_verb(run[spans[k + 1][0] :], start + spans[k + 1][0])]
    return [(run, start)]


_NOT_SPACE_RUN = re.compile(r"\S+")


_POSSESSIVE_END = re.compile(r"[’']s$")
_POSSESSIVE_OR_APOSTROPHE_END = re.compile(r"[’']s$|[’']$")


# "Ocasio-CortezSanders": two names run together where a page's related-links widget lost its
# spaces. A capital after five or more lower-case letters joins two words; a name's own inner
# capital comes after a short prefix (McDonald, DeSantis, LeBron, MacKenzie).
_RUN_TOGETHER = re.compile(r"[a-z]{5}[A-Z]")


# Where only a name comes next: after a comma, "by" or a speech verb ("Its president, Kadidja
# Mohamed Houmed", "led by Mubarik Hassan Duale", "said Warsame Ahmed Houmed"); not "against
# Spurs Mikel Arteta", "for Transport Michal Šindelář", "Substitute Tobi Adewale" opening a
# sentence.
_NAME_CONTEXT_BEFORE = re.compile(r"(?:,|\b(?:by|said|says|added|according to))\s+$")
def _after_role_word(masked: str, at: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether a role or a noun for a person (or a word of ``also``), in lower case, stands
    right before ``at`` ("winger Ilyas Hassan Dualeh", "coach Ahmed Nur Ibrahim"): a name
    comes next."""
    before = _LAST_WORD.search(masked, max(0, at - 30), at)
    # (Not a preposition or an adverb that only ends like a noun for a person: "studied under
    # Bouaphanh", "picked Dana over Aigerim".)
    return before is not None and (
        is_role_word(word := before.group(1)) or is_person_noun(word) or word in also
    ) and word not in _ENDS_LIKE_A_NOUN


# A post and its "of" right before a word: "Secretary of ".
_POST_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+) of $")
# "the Director of ", "The Deputy Minister for the ": an office capitalised after "the", its head
# word kept, right before the name of what it is of.
_OFFICE_OF_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")
# What follows a person's name cut before "of" in its run: the body or place they are of.
_OF_AFTER_NAME = re.compile(r" of (?:the )?(?=[A-Z])")


def _office_only(name: str) -> bool:
    """An office in capitals with no name among its words: "National President", "Minority
    Leader", "Secretary General" (not "the Office of the Inspector General", a body's)."""
    words = name.split()
    return len(words) >= 2 and _POSSESSIVE_END.sub("", words[-1].lower().rstrip(".,")) in (
        _OFFICES) and not any(_is_given(w) or (is_surname(w.rstrip(".,")) and not (
            _is_role_head(w.rstrip(".,")))) or not w[:1].isupper()
            or w.lower().rstrip(".,") in ORG_WORDS for w in words[:-1])


def _post_head(words: list[str]) -> str:
    """The head word of a post's name: the word before its "of" ("Director of Health
    Services"), else its last ("Municipal Chief Executive")."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _initials(words: list[str]) -> str:
    """The capital initials the words spell: "Regional Director" -> "RD"."""
    return "".join(w[0] for w in words).upper()


# A currency's letters before a sum: "Sh410", "Rs50", "Tk1.2bn", "K2.5m", "P15" (not "M23",
# "G7" or "U2", which are names). Two or three capitals run into a number with a decimal or
# a unit are a currency's code ("VND6.2 trillion", "QR312.4mn"), and so are they before a
# thousands comma (``_SUM_GOES_ON``: "BND46,000"); bare, they may be a broadcaster's or a
# band's name ("TVN24", "TG4", "AKB48"). Nor is a code of capitals and digits in turn
# ("H5N1", a strain of flu) anyone's.
_UNIT = r"(?:bn|mn|m|k|tn)"
# Such a code run into its number ("BND46"), one pattern for ``_AMOUNT`` and for the test
# before a thousands comma.
_CODE_AND_NUMBER = r"[A-Z]{2,3}\d+"
_AMOUNT = re.compile(r"(?:[KTU]?Shs?|[KTU]sh|Rs|Tk|Rp|R[Mm]|Nu|Rf|Dhs?|MK|QR|SR|Le|Br|K|P|N|R)"
                     rf"\d[\d.,]*{_UNIT}?|{_CODE_AND_NUMBER}(?:[.,]\d[\d.,]*{_UNIT}?|{_UNIT})"
                     r"|[A-Z]+\d+[A-Z]+\d+")
_CAPITALS_AND_NUMBER = re.compile(_CODE_AND_NUMBER)
_SUM_GOES_ON = re.compile(r",\d{3}\b")


# "the gup said", "the kaumatua told": a lower-case noun as the subject of a verb of saying
# (only these: "the park began", "the hotel called" are no one speaking).
# ("he" first, for speed: see THE_FROM_HE.)
_THE_NOUN_SAID = re.compile(
    THE_FROM_HE + r"[ \xa0]+([a-z]{3,})[ \xa0]+(?:said|says|told|tells|added|adds|explained)\b")
# The last word of a name of two capitalised words or more: "Yeouido Park", "Tango Monastery".
_NAME_LAST_WORD = re.compile(r"\b[A-Z][\w’'-]*[ \xa0]+([A-Z][a-z]+)\b(?![ \xa0]+[A-Z])")


# A list going on after a kin noun set off after a name: ", Neil, and", ", and".
_KIN_LIST_GOES_ON = re.compile(r",\s+(?:[A-Z][\w’'-]*\s*,\s+)?and\b")


def _garda_named(name: str) -> bool:
    """Whether the words after "Garda " in ``name`` are a person's name: a given name the
    Census lists, a Census surname alone, or a word no list gives as common English, a role or
    a body's, with no body's word last ("Niamh Teahan", "Teahan", "Brown"; not "Traffic",
    "Vetting Bureau", "Síochána")."""
    words = name.split()[1:]
    first = words[0] if words else ""
    return bool(first) and first[:1].isupper() and (
        words[-1].lower() not in ORG_WORDS) and (_is_given(first) or (
            # ("Garda Brown said": a surname alone, common word or not.)
            len(words) == 1 and is_surname(first)) or (
            first.lower() not in common_words() and not is_role_word(first.lower())
            and first.lower() not in ORG_WORDS))


def _said_nouns(masked: str) -> frozenset[str]:
    """Nouns the story makes speak ("the gup said") that no list of ours knows as an office;
    capitalised before a name, they are its title ("Khoma Gup Kinley Wangchuk"). Not a word
    the story also ends another name with: "the park said" after "Yeouido Park" is that park,
    and "Park Ji Sung" keeps his surname."""
    said = {m.group(1) for m in _THE_NOUN_SAID.finditer(masked)
            if not is_role_word(m.group(1)) and m.group(1) not in ORG_WORDS
            and m.group(1) not in COMPANY_WORDS}
    if not said:
        return frozenset()
    ending = {m.group(1).lower() for m in _NAME_LAST_WORD.finditer(masked)}
    return frozenset(said - ending)


def _clean_run(run: str, start: int, *, mid_sentence: bool = False, after_role: bool = False,
               named_next: bool = False) -> tuple[str, int, list[str]]:
    """Drop leading sentence words and titles ("Because Governor Newsom" -> "Newsom").
    ``mid_sentence``: the run follows a comma, "by" or a speech verb, so its first word is
    capitalised as a name's is, not as a sentence's or a preposition's object; ``after_role``:
    it follows a role word in lower case ("head coach"); ``named_next``: it follows an
    office's abbreviation the story defines ("(SP)"), so a name opens it."""
    name, skipped, titles = _clean_run_cached(run, mid_sentence, after_role, named_next)
    return name, start + skipped, list(titles)


_ADJECTIVE_ENDINGS = ("-born", *BASED_WORDS, "-backed", "-raised", "-bred", "-owned", "-led",
                      "-funded", "-linked", "-made")


def is_adjectival(word: str) -> bool:
    """A capitalised word made an adjective by "-born", "-backed" and the like ("New
    Zealand-born", "Rotterdam-headquartered"): where from or whose, never a name."""
    return word.lower().endswith(_ADJECTIVE_ENDINGS)


def _name_after_role(words: list[str]) -> bool:
    """Whether the words after a role word opening a run are a person's name of two or three
    words the Census may not list ("Advocate Faisal Sheikh", "Entomologist Tahmina Sultana"):
    each capitalised and of letters, none a role, a body's or a place's word, nor a noun of
    a portfolio's ending ("National Export Development")."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("’", "").replace(
            "'", "").isalpha() and not is_role_word(w.lower()) and w.lower() not in TITLES
        and w.lower() not in ORG_WORDS and w.lower() not in COMPANY_WORDS
        and w not in PLACES and w not in PLACE_WORDS
        and not w.lower().endswith(("ment", "tion", "sion", "ship", "ness", "ity"))
        for w in words)


@lru_cache(maxsize=4096)
def _clean_run_cached(run: str, mid_sentence: bool = False, after_role: bool = False,
                      named_next: bool = False) -> tuple[str, int, tuple[str, ...]]:
    # The same runs ("Mr. Trump", "Clinton said") recur through a story and across stories;
    # cleaning them was the name index's largest cost, and the result depends on the run only
    # (and on what came before it: the three flags ``_clean_run`` documents).
    if _RUN_TOGETHER.search(run):
        parts = re.findall(r"[A-Z][a-z]+", run)
        if len(parts) != len(set(parts)):
            # The widget repeats the names it runs together; a brand ("PolitiFact executive
            # director Aaron Sharockman") repeats nothing.
            return "", 0, ()
    name, skipped, titles = _clean_words(run, mid_sentence, after_role, named_next)
    if _AMOUNT.fullmatch(name):
        # "Sh18 billion", "Rs50 lakh", "K2.5m": a sum in a currency written with letters, no
        # one's name.
        return "", 0, ()
    return name, skipped, titles


def _clean_words(run: str, mid_sentence: bool, after_role: bool, named_next: bool,
                 ) -> tuple[str, int, tuple[str, ...]]:
    """The name in ``run`` past its sentence words and titles, how far into the run it
    starts, and the titles (``_clean_run_cached``, which alone calls it, says the rest)."""
    words = run.split()
    if any(w.lower() in _OWNER_WORDS for w in words[1:]):
        # "Why Can't Taylor Swift Perform Her Own Songs?": a headline in title case (a related
        # link left in the body), never a person's or a body's name.
        return "", 0, ()
    for i in range(1, len(words) - 1):
        if _POSSESSIVE_END.search(words[i]) and _is_given(words[0]) and (
                words[i + 1].lower().rstrip(".,") not in ORG_WORDS) and not (
                # ("Meghan Markle’s Friend Jessica Mulroney", "Anton Du Beke’s Strictly
                # Partner Nancy Xu": a role in title case names someone of theirs, who is the
                # one the run is about.)
                any(is_person_noun(w.lower()) for w in words[i + 1 : i + 3])):
            # "Shona MacRae’s The Tide Table premiered": a person's full name in the
            # possessive ends the name; what follows is hers ("Marren County Sheriff's
            # Office" and "McDonald’s Corp" are bodies' names).
            words = words[: i + 1]
            break
    titles: list[str] = []
    offset = 0
    whose = next((i for i in range(len(words) - 2) if _POSSESSIVE_END.search(words[i])), None)
    if whose is not None and _named_after_owner(words[whose + 1 :]):
        # "Ireland's Declan Brennan", "Harlow City's Kwame Asante-Boateng": whose (a country,
        # a team, a town) before a person's name says where they are from or play for, as a
        # role does; the person is named after it. (Not a body's name that holds a
        # possessive: "Macy's Thanksgiving Day Parade", "Children's Hospital Colorado".)
        titles.extend(w.lower() for w in words[: whose + 1])
        offset += sum(len(w) + 1 for w in words[: whose + 1])
        words = words[whose + 1 :]
    if len(words) >= 2 and words[0].lower() in _PREPOSITIONS and _POSSESSIVE_END.search(
            words[1]):
        # "Outside Patria's headquarters, Joana said": a preposition opening the sentence
        # before whose place it is. (Not before a name alone: "Inside Out", "Within
        # Temptation" and "Onto" are names.)
        offset += len(words[0]) + 1
        words = words[1:]
    while len(words) >= 3 and words[0].rstrip(".") in ("Hon", "Rt") and not (
            words[1].lower().rstrip(".") in TITLES and words[1].rstrip(".") != "Hon"):
        # "Rt. Hon. Ibrahim Danladi Wakili", "Hon. Garba Lafiaji" (legislators in Nigeria,
        # Kenya, Ghana, Australia): the honourable before a full name. ("Hon Lik" is a name;
        # "RT said" a broadcaster.)
        titles.append(words[0].lower().rstrip("."))
        offset += len(words[0]) + 1
        words = words[1:]
    if len(words) >= 2 and words[0].rstrip(".") == "Hon" and all(
            w.lower().rstrip(".,") in role_words() for w in words[1:]):
        return "", 0, ()  # "the club's Hon. Treasurer": an office, no one's name
    # "New Zealand-born director", "Lagos-born Englishman", "Kremlin-backed Sputnik": a word
    # made an adjective by "-born" or "-backed" says where from or whose; the name, if any,
    # is what follows it.
    for k in range(len(words) - 1, -1, -1):
        if is_adjectival(words[k]):
            offset = sum(len(w) + 1 for w in words[: k + 1])
            words = words[k + 1 :]
            break
    while words:
        w = words[0]
        low = _POSSESSIVE_END.sub("", w.lower().rstrip("."))
        if titles and titles[-1] in _HONORIFICS and low in TITLES and w[:1].isupper() and not (
                # (Save a judge's "Mrs Justice Dill-Tucker", "Mr Justice Hallam" before a name.)
                low == "justice" and len(words) > 1):
            break  # "Mr. King", "Ms. Bishop": after an honorific a title word is the surname
        if _SERVANT_OF.match(w):
            break  # "Abdulqader Yahya Al-Kibsi": a given name, though it ends as "teacher" does
        if low in CUE_VERBS and len(words) > 1 and not low.endswith("ing"):
            offset += len(w) + 1  # "Said Ellis": an inverted speech tag opens the sentence
            words = words[1:]
            continue
        if low.endswith("ing") and len(words) > 2 and words[1].lower().rstrip(".") in (
                _HONORIFICS) and not is_surname(w) and not _is_given(w):
            # "Cross-examining Mrs Morrow, the barrister asked": a participle opening the
            # sentence before its object's title is no part of her name.
            offset += len(w) + 1
            words = words[1:]
            continue
        # "Captain Callum Pryce", "Striker Kofi Mensah": a word for a role (nameparser's) before
        # two names or more is a title too ("General Motors" and "Major League Baseball" keep
        # theirs: two words, or a body's word among them).
        if low in _AMBIGUOUS_RANKS and not (len(words) > 2 and (_is_given(words[1]) or (
                len(words) == 3 and low != "det" and words[1].isalpha() and words[1].istitle()
                and is_surname(words[2])))):
            break  # "PC World", "Det Norske Veritas", "DS Smith": a body's name, unless a
            # given name follows ("PC Rachel Ibbotson"), or a word and a surname ("PC Harjit
            # Sandhu": a given name the Census lacks)
        if low in TITLES and low != "the" and len(words) >= 3 and words[2] == "of" and (
                words[1].lower() in ORG_WORDS) and words[1].lower() not in TITLES:
            break  # "General Directorate of Civil Defense": a body's name, no general's
        if low in TITLES and len(words) >= 3 and words[-1].rstrip(".,") in CONTEST_WORDS:
            break  # "the Fr Hughes Cup", "the Dr Ian Hale Memorial": no one's title
        if low == "royal" and len(words) >= 2:
            break  # "Royal Saint Lucia Police Force", "Royal Mail": a body's name, no title
        if low in ("saint", "st") and len(words) >= 3 and all(
                x[:1].isupper() for x in words[1:3]):
            break  # "Saint Lucia Medical", "St John Ambulance": a place's or a saint's name
            # in a body's; a saint is named in one word or two ("St Patrick")
        if low == "cr" and w != "Cr":
            break  # "CR Patil": initials; the councillor's title is written "Cr"
        if low in _MEMBER_TITLES and len(words) == 2:
            break  # "MP Materials said", "the MLA Handbook": a title only before a full name
        if low in _MONTH_NAMES and len(words) == 2 and words[1][:1].isupper() and (
                words[1].lower() not in NOT_NAMES):
            break  # "June Castellanos", "April Ryan": a month that is a given name, then a name
        # (Nor before a title: "Principal Private Secretary" is an office, no one's name.)
        # ("Coroner Niamh Garvey", "Pensioner Glenys Pugh": a noun for a person by its ending
        # that is no name itself, before a capitalised given name, is a role as well; not
        # "Pieter van Wyk".)
        # (After an office's abbreviation, a word that only ends like a noun for a person
        # opens the name: "(SP) Olivier Kayiranga Bizimana".)
        occupation = is_person_noun(low) and len(low) > 5 and not is_surname(w) and not (
            _is_given(w)) and len(words) > 1 and words[1][:1].isupper() and (
            not named_next or is_listed_person_noun(low)) and (
                _is_given(words[1]) or (
                # ("Archaeologist Nikos Petrakis", "Midwife Siti Rahmawati": before two
                # capitalised words, whatever the Census says of the given name, when the noun
                # is no title nameparser lists.)
                len(words) >= 3 and low not in role_words() and low not in TITLES and not (
                    is_plural(low) or low.endswith("ing")) and not any(
                    x in PLACES for x in words[1:]) and all(
                    x.isalpha() and x.istitle() for x in words[1:3])))
        # ("Defender Callum McTavish", "Advocate Faisal Sheikh": a noun for a person before a
        # name of two or three words, whatever the Census says of the noun or the given name.)
        # (Not a word for a body's trade, "Publisher Oxbow Interactive", nor a preposition, a
        # participle, an adjective or a people: "Under Alert Level", "Egyptian Actors"; nor a
        # short word a name may open with, "Pro Football Focus".)
        occupation = occupation or (
            len(words) >= 3 and len(low) > 3 and is_person_noun(low) and not is_plural(low)
            and not _is_given(w) and (not named_next or is_listed_person_noun(low))
            and low not in KINDS_OF_BODY and low not in _PREPOSITIONS
            and not low.endswith(("ing", "al")) and not is_people_of_known_place(w)
            and _name_after_role(words[1:])) or (
            # ("Guard Lukas Vaitkevicius", "Prop Sione Tupou": a playing position, though
            # "Guard" is a surname too.)
            low in PLAYING_POSITIONS and len(words) >= 3 and _name_after_role(words[1:]))
        # ("Fisherman Khalid bin Salim Al Hashmi": a noun for a person before a name its
        # "bin" shows to be one, whatever the Census says of either word.)
        patronymic = is_person_noun(low) and not _is_given(w) and len(words) > 3 and (
            words[2] in _PATRONYMIC_PARTICLES)
        role_title = patronymic or ((low in role_words() or occupation) and len(words) >= 3 and (
            # ("Playwright Ms MacRae": a role before an honorific and a surname.)
            _is_given(words[1]) or low in _RANKS or words[1].lower().rstrip(".") in _HONORIFICS
            or occupation or (len(low) > 3 and low not in KINDS_OF_BODY
                              and _name_after_role(words[1:])))
            and words[-1].lower().rstrip(".,") not in TITLES and not any(
            x.lower().rstrip(".,") in ORG_WORDS or x.lower().rstrip(".,") in COMPANY_WORDS
            for x in words[1:]) and not (
                # (A word that is a noun for a person only by its ending, and no English
                # word, does not open a body's name as its role: "Veridian Health Analytics";
                # "Veterinarian Marites Ascension" keeps her role.)
                _ends_abstract(tuple(words)) and not _in_webster(w))) or (
            # "Co-host Oyelaran", "Ex-president Mbeki": a compound role opens no body's name;
            # nor does a parent's ("Mum-of-two Jade Rowe").
            "-" in low and len(words) >= 2 and (is_role_word(low) or (
                "-of-" in low and low.partition("-of-")[0] in FEMALE_WORDS | MALE_WORDS)))
        # "Ch Supt Niamh Gallagher": "Ch" before a rank is "Chief"; "Pol Col Thawatchai", a
        # Thai police rank ("Pol Espargaró", "Pol Pot" are names).
        chief = w in ("Ch", "Pol") and len(words) > 2 and words[1].lower().rstrip(".") in TITLES
        # "said Eng Ndlovu", "Eng. Abdulrahman Al-Shahri" (Zimbabwe, the Gulf): an engineer's
        # title before a surname alone, or with its full stop; not a name's own "Eng" ("Eng
        # Chhai Eang", "Tan Eng Chye").
        chief = chief or (w in ("Eng", "Eng.") and len(words) >= 2 and (
            len(words) == 2 or w == "Eng."))
        if low == "national" and not any(_is_given(x) for x in words[1:]):
            # "National Dengue Control Unit": a body's first word, not a person's title (a
            # "national" is someone of a country; "National Organiser Tom Hale" keeps his
            # office, before a given name).
            role_title = False
        if low in NOT_NAMES or low in TITLES or role_title or chief or (
                low.startswith("then-") and low[5:] in TITLES) or (
                w == "Del."):  # "Del. Stacey Plaskett"; "Rosa del Carmen" keeps its particle
            if w == "St" and len(words) == 2 and titles:
                break  # "Fr St Pierre", "Councillor St Juste": a titled surname "St" opens
            if (low in TITLES or role_title or chief or low.startswith("then-")
                    or w == "Del.") and (
                    # ("St Juste added": the first word of a surname "St" opens, after "Marcella
                    # St Juste", is no one's title.)
                    w != "St" or len(words) != 2):
                titles.append(low.removeprefix("then-"))
            elif low == "of" and titles and not any(_is_given(x) for x in words[1:]):
                # "Chairman of Cwmgarw Community Council, Alasdair McKinnon,": an office of
                # the body the run names, not the body's; the person comes after. (Not when
                # the run goes on to the holder: "Director of Public Prosecutions Stephen
                # Parkinson".)
                titles = []
            offset += len(w) + 1
            words = words[1:]
            continue
        break
    for i in range(1, len(words) - 1):
        # "Superintendent of Police M. Senthil Kumar": an office of a body, then an initial
        # and a name; the person starts at the initial.
        if _INITIAL.fullmatch(words[i]) and words[i + 1][:1].isupper() and (
                words[i - 1].lower().rstrip(".,") in ORG_WORDS) and (
                # (An office of the body, "Superintendent of Police": not a body's own name
                # with an initial in it, "Bank J. Safra Sarasin".)
                f"of {words[i - 1]} {words[i]}" in run):
            titles.extend(w.lower().rstrip(".") for w in words[:i])
            offset += sum(len(w) + 1 for w in words[:i])
            words = words[i:]
            break
    # "Harbour Commissioner Elena Varga", "House Speaker Paul Ryan": a title inside the run,
    # followed by a name of two words or more, ends what came before the name.
    for i in range(len(words) - 3, 0, -1):
        low = words[i].lower().rstrip(".")
        # (A title nameparser knows, "State Treasurer Priya Ramanathan", before a name with no
        # word of a body's: the words before it had made her a body, by "State".)
        if (low in TITLES or (low in role_words() and not any(
                w.lower().rstrip(".,") in ORG_WORDS or w.lower().rstrip(".,") in COMPANY_WORDS
                for w in words[i + 1 :]))) and low not in ("the", "saint", "st") and (
                words[i + 1].lower() not in NOT_NAMES):
            # The words before the title are roles too: "Indiana Gov. Mike Pence" is "the
            # Indiana governor" later in the story.
            titles.extend(w.lower().rstrip(".") for w in words[: i + 1])
            offset += sum(len(w) + 1 for w in words[: i + 1])
            words = words[i + 1 :]
            break
    if len(words) >= 3 and words[-2].lower().rstrip(".") in TITLES and (
            words[-2].lower().rstrip(".") not in ("the", "of")) and words[-1][:1].isupper() and (
            # (After a given name, "St" opens a surname: "Andrea St Hill", "Kevon St Luce".)
            not (words[-2].rstrip(".") == "St" and (_is_given(words[-3]) or (
                _may_be_given(words[-3]) and words[-3] not in _PLACE_OPENERS_BEFORE_ST)))) and (
            # (Not an office's own name: "Office of the Inspector General".)
            words[-1].lower().rstrip(".,") not in TITLES and "of" not in words) and (
            words[-1].lower().rstrip(".,") not in ORG_WORDS | COMPANY_WORDS) and (
            words[-1].rstrip(".,") not in PLACE_WORDS | OUTLET_WORDS):
        # "Energy Minister Ben-Hamo", "Finance Minister Avraham": a title inside the run before
        # a surname alone; the words before it are the office's ("the energy minister").
        titles.extend(w.lower().rstrip(".") for w in words[:-1])
        offset += sum(len(w) + 1 for w in words[:-1])
        words = words[-1:]
    # "Stacey Plaskett of the Virgin Islands", "Lee Brandt of the Quay Gazette": a person's name
    # ends before the place or body they are "of".
    if "of" in words[2:]:
        k = words.index("of", 2)
        after = [_POSSESSIVE_END.sub("", w.rstrip(".,")) for w in words[k + 1 :] if w != "the"]
        # A given name first ("Greta Lund of the Harbour District") makes it a person too.
        # "Rosaly Lopes of NASA's Jet Propulsion Laboratory": a body's initials, or a name's
        # possessive, right after "of" begin a body's name.
        owner = words[k + 1] if words[k + 1 :] and words[k + 1] != "the" else (
            words[k + 2] if words[k + 2 :] else "")
        bare = _POSSESSIVE_END.sub("", owner.rstrip(".,"))
        # (A body's own name goes on: "Zoological Alliance of North America".)
        # (Not a legislator's: "House Democrat Jamie Raskin of Maryland" has a given name.)
        # (A known place's name before a body's word is no given name: "North Dakota
        # Department of Health", "Virginia Department of Transportation" are bodies.)
        place_words = next((n for n in (3, 2, 1) if " ".join(words[:n]) in PLACES
                            and words[n].lower().rstrip(".,") in ORG_WORDS), 0)
        given = any(_is_given(w) for w in words[place_words:k])
        body_before = any(w.lower().rstrip(".,") in ORG_WORDS for w in words[:k]) and not given
        if after and not body_before and (" ".join(after) in PLACES or after[-1] in PLACE_WORDS
                      or after[-1] in OUTLET_WORDS
                      or any(w.lower() in ORG_WORDS for w in after)
                      # ("Priya Raghunathan of Raghunathan Lowe LLP": a firm's last word.)
                      or after[-1].lower() in COMPANY_WORDS
                      or given
                      # (So does a person's title before it: "Inspector Suresh Kumbar of the
                      # Rampada Fire and Emergency Services", a given name the Census lacks.)
                      or (k == 2 and any(_is_role_head(t) for t in titles))
                      or (len(bare) >= 2 and bare.isupper() and bare.isalpha())
                      or (bare != owner.rstrip(".,") and len(after) > 1)):
            words = words[:k]
    for k in (3, 2, 1):
        # "China’s ambassador to Britain Liu Xiaming": a known place before a name of two
        # words or more, with no word of a body's or a place's name after it, is where the
        # role is, not part of the name.
        rest = words[k:]
        if len(rest) >= 2 and " ".join(words[:k]) in PLACES and not any(
                w.lower().rstrip(".,") in ORG_WORDS for w in rest) and (
                rest[-1] not in PLACE_WORDS and rest[-1] not in OUTLET_WORDS):
            titles.extend(w.lower() for w in words[:k])
            offset += sum(len(w) + 1 for w in words[:k])
            words = rest
            break
    for k in range(len(words) - 3, 0, -1):
        # "Trade Ministry Rahmat Hidayatullah Lubis", "Chairman of the Gayo Highland Arabica
        # Farmers Cooperative Ismail Aman Jaya": a body's last word before a name of two words
        # or more with no word of a body's, a place's or an office's is where the person
        # works, not part of the name (the wire style of Antara, Bernama and Xinhua). Only a
        # unit of government or of members, which names no product or wing after it as a
        # party, a bank or a fund does ("the Inkatha Freedom Party Youth Brigade", "the World
        # Bank Global Economic Prospects"), and no place among the words.
        rest = words[k + 1 :]
        if words[k].lower().rstrip(".,") in _UNIT_WORDS and not any(
                w.rstrip(".,") in PLACES for w in rest) and all(
                w[:1].isupper() and w.lower().rstrip(".,") not in ORG_WORDS | COMPANY_WORDS
                and w.rstrip(".,") not in PLACE_WORDS | OUTLET_WORDS
                and w.lower().rstrip(".,") not in role_words() for w in rest) and (
                " ".join(rest) not in PLACES):
            titles.extend(w.lower() for w in words[: k + 1])
            offset += sum(len(w) + 1 for w in words[: k + 1])
            words = rest
            break
    while words and words[-1].lower().rstrip(".") in ("of", "the", "de", "van", "von", "al"):
        words = words[:-1]
    if len(words) >= 2 and words[-1].lower().rstrip(".,") in _MEMBER_TITLES:
        # "Jane Hollis MP": the letters after a member's name are none of it; "the Athens MP",
        # "the Labour MP" name a seat or a party before them, and no one.
        if not any(_is_given(w) for w in words[:-1]) and (
                len(words) == 2 or words[0].rstrip(".,") in PLACES
                or words[-2] in _COMPASS):
            # (Two words or more may be a name the Census lacks, "Apsana Begum MP"; not a
            # seat: "the Hagarsu Central MP".)
            return "", 0, ()
        titles.append(words[-1].lower().rstrip(".,"))
        words = words[:-1]
    if words and words[-1].lower().rstrip(".,") in WEEKDAYS and not any(
            _is_given(w) for w in words[:-1]):
        # "Late Sunday night he posted": a time, no one's name ("Emmanuel Sunday" is one).
        return "", 0, ()
    for i in range(2, len(words) - 1):
        if words[i] in _GAELIC_SURNAME_OPENERS and _may_be_given(words[i - 1]):
            # "Minister for Health Róisín Mac Aodha": the word before "Mac" is the given name,
            # whether or not the census knows it.
            offset += sum(len(w) + 1 for w in words[: i - 1])
            words = words[i - 1 :]
            break
    for i in range(1, len(words)):
        # "California Jerry Brown": a given name later in the run starts the person's name; a
        # lone last word is no person's name ("Northgate Marine" is a company, not "Marine").
        # (A surname may come first: "Nguyen Thi Minh Anh", "Hoang Minh Chau"; not when the
        # words after it are a name of their own, a common given name to a surname: "Forward
        # Kevin Durant", "Boss Eddie Howe".)
        if i < len(words) - 1 and (_is_given(words[i]) or _SERVANT_OF.match(words[i])) \
                and words[i][:1].isupper() \
                and not (words[i] in _GAELIC_SURNAME_OPENERS and _may_be_given(words[i - 1])) \
                and not any(w.lower() in _GIVEN or _SERVANT_OF.match(w) for w in words[:i]) \
                and not (i == 1 and _surname_first(words[0]) and not (is_common_given_name(
                    words[1]) and is_surname(
                        _POSSESSIVE_OR_APOSTROPHE_END.sub("", words[-1]).rstrip(".,")))) \
                and words[i - 1].lower().rstrip(".") not in (
                    "of", "the", "de", "van", "von", "al", "&", "saint", "st", "san", "santa",
                    "são", "sao") \
                and not any(w in _PATRONYMIC_PARTICLES for w in words[:i]) \
                and not (words[i + 1].rstrip(".") == "St" and words[0] not in PLACES
                         and _may_be_given(words[0])) \
                and not ((_ARABIC_FAMILY.match(words[-1]) or (
                             # (Or the family name's article spelt apart, "Hussain Jaafar Al
                             # Saffar": no "Al Saffar" whose given name is Al.)
                             words[i] in ("Al", "El") and i == len(words) - 2))
                         and words[0] not in PLACES
                         and _may_be_given(words[0]) and "-" not in words[0]
                         and " of " not in run) \
                and not (i == 1 and len(words) == 3 and _unlisted_name(words[0]) and (
                    ((mid_sentence or titles) and _unlisted_name(words[2]))
                    or (titles and titles[-1] in _HONORIFICS
                        and words[0].lower() not in _PILGRIM))) \
                and not (i >= 2 and after_role and all(_no_modifier(w) for w in words[:i])) \
                and not (i == 1 and words[0] in _ABBREVIATED_GIVEN
                         and gender_of_given_name(words[1]) == "f") \
                and not (i == 1 and _only_a_name(words[0]) and not any(
                    is_role_word(w.lower()) or w.lower() in TITLES for w in words[1:])
                    # ("Dr Haji Abdul Hakim": after a title, a pilgrim's "Haji" is one too.)
                    and not (titles and words[0].lower() in _PILGRIM)):
            # (Nor in a name of three words that open and end in names no list knows, the
            # given name, the father's and the grandfather's of the Horn of Africa: "Mrs.
            # Kadidja Mohamed Houmed", "led by Mubarik Hassan Duale"; "California Jerry
            # Brown" ends in a surname. Only after a title, a comma or "by", where a name is
            # what comes: a word opening a sentence or after a preposition is capitalised
            # anyway, "Substitute Tobi Adewale headed", "against Spurs Mikel Arteta", "for
            # Transport Michal Šindelář".)
            # (Nor after "Mr", "Ms" or "Dr", whatever the last word: "Ms Zuhura Abdalla Said"
            # is one woman, though the Census lists "Said"; no one writes "Ms California
            # Jerry Brown".) (Nor after two words or more that no list knows, after a role
            # word: "head coach Mohd Fadzli Abdul Rahim"; a team before the name is no role's,
            # "said Sporting Lisbon Ruben Amorim".)
            # (Nor in an Arabic name, given name, father's and family's: "Abdulqader Yahya
            # Al-Kibsi" is one person whatever the Census knows of "Abdulqader".)
            # (Nor before a surname "St" opens, "Kevon Andre St Luce": a middle name.)
            # (Nor after "bin", "bint" or "arap", which join one person's name: "Saif bin
            # Rashid Al Balushi" is no "Al Balushi" whose given name is Al.)
            # (Nor after "&": "Harrow & Lyle Energy" is a firm, not a Lyle Energy; nor after
            # a saint's word, "Saint Lucia Medical", "San Jose Water": a place's name.)
            offset += sum(len(w) + 1 for w in words[:i])
            words = words[i:]
            break
    lead = _office_words_before_name(words)
    if lead:
        # "Entomologist Tahmina Sultana", "Advocate Faisal Sheikh": English words (Webster's
        # list) for a person, a trade or an office that are no one's given name, then a name
        # of two words or more opening with a given name or a word that can be nothing else:
        # the words are a title, the name is the rest.
        titles.extend(w.lower().rstrip(".") for w in words[:lead])
        offset += sum(len(w) + 1 for w in words[:lead])
        words = words[lead:]
    # (An office the run opened with and the loop above read, "Deputy Chairman of the", counts
    # as the office of what is left: "Cabinet of Ministers Azamat Kubatbekov".)
    opening = run.partition(" ")[0].lower().rstrip(".,")
    held = _holder_after_office(words, titles,
                                is_role_word(opening) or opening in _ROLE_TITLES)
    if held:
        # "Member of Parliament Everton Gayle", "Minister of Health and Social Protection of
        # Population Saida Umarzoda": an office "of" a body, then its holder's name.
        titles.extend(w.lower().rstrip(".") for w in words[:held])
        offset += sum(len(w) + 1 for w in words[:held])
        words = words[held:]
    if words:
        last = _POSSESSIVE_OR_APOSTROPHE_END.sub("", words[-1]).rstrip(".,")
        if last + "." in _NAME_SUFFIXES and words[-1].startswith(last + "."):
            # "James P. Kennedy Jr., the U.S. Attorney": the suffix keeps its full stop, as
            # the story spells it, and the apposition after it is his.
            last += "."
        if last != words[-1] and last:
            words[-1] = last
        if not words[-1]:
            words = words[:-1]
    return " ".join(words), offset, tuple(titles)


# The titles the Census also lists as common given names (of TITLES, "Dean" alone).
_TITLES_GIVEN = frozenset({"Dean"})


def _titles_that_are_given_names(raw: list[tuple[int, int, str, list[str]]], masked: str
                                 ) -> list[tuple[int, int, str, list[str]]]:
    """"coach Dean Halvorsen said": a title that is also a common given name, opening its run
    right before a surname alone (no given name itself), is that person's given name, unless
    someone else in the story bears the surname in a fuller name and the story uses the word
    for the office ("Dean Khurana" after "Rakesh Khurana, the dean of Harvard College" stays
    his title; "Dean Ruatapu" after "Kerry Ruatapu ... her husband Dean" is his name). "Emory
    Dean Gupta" is the Emory dean's, and "Law School Dean Jane Smith" keeps it before a given
    name; so does "Dean Thomas", a surname that is a given name too."""
    if not any(f"{t} " in masked for t in _TITLES_GIVEN):
        return raw  # (most stories)
    borne = {name.split()[-1] for _, _, name, _ in raw if " " in name}
    # (Only where the story uses the word for the office, in lower case, "the dean of Harvard
    # College", or as one, "Dean of Canterbury", "appointed her as Dean": "her husband Dean
    # ... Dean Ruatapu said" shares his wife's surname.)
    # (Not "The Dean family", "such as Dean Smith": the name's.)
    office = {t for t in _TITLES_GIVEN if re.search(
        rf"\b{t.lower()}\b|\b[Tt]he {t}(?=\s*[,.;:]|\s+of\b)|\bas {t}(?!\s+[A-Z])"
        rf"|\b{t} of [A-Z]", masked)}
    out = []
    for start, end, name, titles in raw:
        title = titles[-1].title() if titles else ""
        at = start - len(title) - 1
        if " " in name or title not in _TITLES_GIVEN or at < 0 or masked[at:start] != (
                f"{title} ") or (name in borne and title in office) or _is_given(
                    name) or name.lower() in NOT_NAMES:
            out.append((start, end, name, titles))
            continue
        # (The title must open the run: no capitalised word before it, bar one that ends a
        # sentence or a clause, "In Boston, Dean Halvorsen said".)
        before = masked[max(0, at - 40) : at].split()[-1:]
        if before and before[0][:1].isupper() and before[0][-1] not in ".!?:;,”\"'":
            out.append((start, end, name, titles))
            continue
        out.append((at, end, f"{title} {name}", titles[:-1]))
    return out


def _titles_that_are_surnames(raw: list[tuple[int, int, str, list[str]]], initial: list[bool],
                              bare: list[tuple[int, str]]
                              ) -> tuple[list[tuple[int, int, str, list[str]]], list[bool]]:
    """"Howard Dean ... Dean, a medical doctor, then appeared on MSNBC": a title word alone
    ("Dean", "King", "Judge") is the surname of a person the story named in full before it,
    and a mention of them; otherwise it stays a title, as it was."""
    surnames: dict[str, int] = {}
    for start, _, name, _ in raw:
        tokens = tuple(name.split())
        # (A person's full name, opening with a given name: not "Sports Reporter".)
        if len(tokens) > 1 and _is_given(tokens[0]):
            surnames.setdefault(surname_of(tokens), start)
    added = [(at, word) for at, word in bare if surnames.get(word, at) < at]
    if not added:
        return raw, initial
    rows = [*zip(raw, initial, strict=True),
            *(((at, at + len(word), word, []), False) for at, word in added)]
    rows.sort(key=lambda row: row[0][0])
    return [r for r, _ in rows], [i for _, i in rows]


def _share_surnames(raw: list[tuple[int, int, str, list[str]]], masked: str
                    ) -> list[tuple[int, int, str, list[str]]]:
    """"brothers Tom and Sam Keane", "Ruth and Peter Hale": a lone given name joined by "and"
    to a given name and a surname shares that surname (Tom is Tom Keane, not a third "Tom")."""
    out = list(raw)
    # (Not a given name the story also gives someone else in full: "Emma Reid ... Emma and
    # Oliver Stone" leaves a later "Emma" to be decided by the story.)
    # (The joined name itself does not count: "Tumelo and Thuso Molefhe ... Tumelo Molefhe
    # scored" is one Tumelo.)
    fulls = {r[2] for r in raw if " " in r[2]}
    by_first: dict[str, set[str]] = {}
    for full in fulls:
        by_first.setdefault(full.split()[0], set()).add(full)
    # How often each word stands alone as a name ("Chelsea said in a statement").
    alone = Counter(r[2] for r in raw if " " not in r[2])
    for i in range(len(raw) - 1):
        start, end, name, titles = raw[i]
        if " " in name:
            continue  # (the next name is split and joined on only after a lone word)
        nxt = raw[i + 1][2].split()
        joined = " ".join([name, *nxt[1:]])
        if 2 <= len(nxt) <= 3 and (
                masked[end : raw[i + 1][0]] in (" and ", " & ")) and (
                (_is_given(name) and _is_given(nxt[0])) or (
                    # (One of the two given names the Census lists is enough, "Fiona and
                    # Alasdair MacLeod", "Chidi and Ada Eze", when the lone word is no place
                    # and the story never uses it alone elsewhere: "Chelsea and Enzo Castelli
                    # agreed terms ... Chelsea said in a statement" is a club and a player.)
                    (_is_given(name) or _is_given(nxt[0])) and name not in PLACES
                    and alone[name] == 1) or (
                    # (Or names the Census does not list when the story writes the joined
                    # name in full too: "Tumelo and Thuso Molefhe ... Tumelo Molefhe scored".)
                    joined in fulls and name not in PLACES)) and (
                nxt[0] != name) and by_first.get(name, set()) <= {joined}:
            out[i] = (start, end, joined, titles)
    return out


def _lone_given_names(raw: list[tuple[int, int, str, list[str]]], masked: str
                      ) -> frozenset[str]:
    """Lone words the story uses as the given name of someone it named in full before
    ("Kezia broke her silence" after "Kezia Obi-Lawson", "Cormac added" after "Cormac
    Dalgleish"), never brought in as someone of their own ("Liverpool midfielder Thiago"
    after "Thiago Silva"; "Cormac, 7, was named after his grandfather, Cormac Doyle" names
    the boy first). Any sentence counts, not only one where the word alone speaks or is given
    an age: tabloids and features call a star or a source by the given name anywhere."""
    full_at: dict[str, int] = {}
    lone_at: dict[str, int] = {}
    lone: list[tuple[int, str, list[str]]] = []
    for start, _end, name, titles in raw:
        words_ = name.split()
        # (Particles aside, "Poppy van der Merwe"; a word alone is never counted.)
        if len(words_) > 1 and 2 <= _capitalised(words_) <= 3:
            full_at.setdefault(words_[0], start)
        elif len(words_) == 1:
            lone_at.setdefault(name, start)
            lone.append((start, name, titles))
    # (Not a word that stood alone before the full name: "Kofi has had his first haircut"
    # before his father "Kofi Mensah" is named is the boy.)
    found = {w for w in lone_at if full_at.get(w, len(masked)) < lone_at[w]}
    for start, name, titles in lone:
        # (A courtesy title alone brings in no one new: "said Ms. Sreedevi" after "Sreedevi
        # Nair", as papers in India call a woman by her given name. Nor does a role or a
        # namesake's word before the word, "young Cormac", "The boy, also Cormac,".)
        if name in found and (any(t.lower().rstrip(".") not in _HONORIFICS for t in titles)
                              or _after_role_word(masked, start, _NAMESAKE)
                              or _set_off_anew(masked, start, name)) and not (
                _kin_of_the_family(raw, masked, start, name)):
            found.discard(name)
    return frozenset(found)


# A kin word after whose kin it is, right before a lone given name: "Ruby’s mother ",
# "Wroblewski's older brother ".
_KIN_OF_BEFORE = re.compile(
    r"\b([A-Z][\w-]+)['’]s\s+(?:(?:older|younger|elder|twin)\s+)?([a-z]+),?\s+$")


# Kin who share a family's surname as a rule (a cousin, an aunt or a partner may not: "Aoife’s
# cousin Liam" after "Liam Byrne" and "Aoife Byrne" may be another Liam).
_CLOSE_KIN = PARENT_WORDS | words(
    "sister brother son daughter wife husband grandson granddaughter")


def _kin_of_the_family(raw: list[tuple[int, int, str, list[str]]], masked: str, start: int,
                       given: str) -> bool:
    """Whether the lone given name at ``start`` is a relative of someone who bears the surname
    of the one person the story named in full with it: "Ruby’s mother Kiri" after "Kiri
    Warren" and "Ruby Warren", "Wroblewski's older brother Tomasz" after "Tomasz Wroblewski".
    The kin word then says how two of one family are related, not that a third is new."""
    kin = _KIN_OF_BEFORE.search(masked, max(0, start - 40), start)
    if kin is None or kin.group(2) not in _CLOSE_KIN:
        return False
    surnames = {n.split()[-1] for _, _, n, _ in raw
                if n.count(" ") == 1 and n.split()[0] == given}
    if len(surnames) != 1:
        return False
    owner = kin.group(1)
    return owner in surnames or any(n == f"{owner} {next(iter(surnames))}" for _, _, n, _ in raw)


def _set_off_anew(masked: str, start: int, name: str) -> bool:
    """Whether the lone word ``name`` at ``start`` is set off as someone or something of its
    own: "Mrs. Lakshmi, a 63-year-old widow", "Zara, the Spanish high-street chain", "Tesla,
    which". Not the phrase a sentence opens with: "For Henok, the celebrations will go on"
    ("For Zara, the Spanish high-street chain, ..." is set off)."""
    end = start + len(name)
    return _SET_OFF_ANEW.match(masked, end) is not None and not (
        after_opening_preposition(masked, start)
        and _sentence_goes_on(_APPOSITIVE.match(masked, end, end + 130)))


def _sentence_goes_on(apposed: re.Match[str] | None) -> bool:
    """Whether the words ``_APPOSITIVE`` found after a name's comma are the sentence going on,
    not a description set off on both sides: "For Henok, the celebrations will continue" (no
    second comma, or the verb a role may not have, ``_VERB_IN_PHRASE``, among the
    description's own words), not "For Gordon Thibodeaux, a retired mechanic, the numbers
    ...". (No past tense is looked for: "the celebrations continued in Keren, where" still
    reads as a description.)"""
    return apposed is not None and (not apposed.group(0).endswith(",") or (
        _VERB_IN_PHRASE.search(_APPOSITION_CLAUSE.split(apposed.group(1).strip())[0])
        is not None))


def _capitalised(tokens: list[str] | tuple[str, ...]) -> int:
    """How many words of a name are capitalised: its particles ("van der") are not counted."""
    return sum(1 for t in tokens if t[:1].isupper())


def _surname_first(word: str) -> bool:
    """Whether ``word``, opening a run before a given name, is the family name of a name
    written family name first ("Nguyen Thi Minh Anh", "Tran Van Duc"): a surname of the
    Census lists that is no place, no word for a person ("Parent", "Farmer", "Constable") and
    no word for a body ("House")."""
    low = word.lower()
    return is_surname(word) and word not in PLACES and not is_person_noun(low) and (
        low not in ORG_WORDS) and low not in role_words() and low not in _RANKS


# Arabic given names that open with "Abd" ("servant of") and one of the names of God, written
# as one word ("Abdulqader", "Abdelkader"): the Census lacks most, and "-er" is no trade's.
_SERVANT_OF = re.compile(r"Abd(?:ul|el|al|il|ur|ir|er|ar|oul|ou|i)[a-z]{2,}$")  # (not "Abdomen")
# An Arabic family name, by its article: "Al-Kibsi", "al-Marri", "El-Gharably".
_ARABIC_FAMILY = re.compile(r"(?:Al|al|El|el)-[A-Z]")


@lru_cache(maxsize=4096)
def _is_given(word: str) -> bool:
    """A given name of the Census lists; hyphenated, by its first part ("Eva-Marie")."""
    low = word.lower()
    return low in _GIVEN or ("-" in low and low.split("-")[0] in _GIVEN)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _cue_follows(text: str, end: int, *, finite: bool = False) -> bool:
    """'Sullivan says ...': a capitalised word that opens a sentence and says something. With
    ``finite``, not a participle: "wrote to the Farming Minister asking for a meeting" says
    what the letter asked, not that the office speaks."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in CUE_VERBS and not (
        finite and m.group(1).endswith("ing"))


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    if before[-1:] == " " and before[-2:-1].isalnum():
        # (A word and one space before it, as before most names: no stop, mark or break that
        # _STARTS_SENTENCE looks for can end the text.)
        return False
    if before == "   ":
        # (A blanked bracket before a name: "issue.        Col Manpreet Sandhu", see
        # marks._mask_retired.)
        while start > 0 and text[start - 1] == " ":
            start -= 1
        before = text[max(0, start - 3) : start] + " "
    return (start == 0 or before.endswith("\n")
            or bool(_STARTS_SENTENCE.search(before)))


def _after_dateline(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a wire story's first sentence after its dateline's
    dash ("POINT LISAS — About 300 workers")."""
    if text[max(0, start - 2) : start] not in ("— ", "– ", "- ", "—\xa0", "–\xa0", "-\xa0"):
        return False
    line = text.rfind("\n", 0, start) + 1
    return start - line < 90 and DATELINE.fullmatch(text, line, start) is not None


# What follows a function word opening a sentence ("About 300 workers", "Some residents"): a
# number, or a lower-case word that is no verb of its own ("United has agreed" is a name's).
_USED_AS_A_WORD = re.compile(
    r"[ \xa0]+(?:\d|(?!(?:has|have|had|will|would|is|was|are|were|can|could|may|might|must|"
    r"should|did|does|do)\b)[a-z]+\b(?<!ed)(?<!said)(?<!says))")


_NOBLE = frozenset({"duke", "duchess", "earl", "countess", "baron", "baroness", "marquess",
                    "viscount", "emperor", "empress", "archbishop", "sheikh", "sultan", "emir",
                    "emira", "shah"})


# The words that open a named storm's name.
_WEATHER_SYSTEMS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Tropical", "Superstorm",
                              "Storm"})
# Words of a story about weather, where such a name is a storm's (in lower case: "Storm
# Ciarán" itself is no such word).
_WEATHER_WORDS = re.compile(r"\b(?:winds?|gusts?|rain(?:fall)?|flood\w*|landfall|forecast\w*|"
                            r"mph|km/h|weather|meteorolog\w*|storms?|hurricanes?|cyclones?|"
                            r"typhoons?)\b")


# English endings of abstract nouns: of an action or its result ("-tion", "-ment"), which few
# surnames have, and of a state or a field ("-ity", "-ics", "-ance", "-ence"), which some
# have that the Census lacks ("Harrity", the Hungarian "Jankovics"), so those end a body's
# name only after two words or more ("Veridian Health Analytics", not "Ferenc Jankovics").
_ACTION_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments")
_STATE_ENDINGS = ("ity", "ics", "ance", "ence")


# The words a local government is named by, before "of" and its place ("City of Whyalla").
_LOCAL_GOVERNMENTS = frozenset({"city", "town", "shire", "borough", "municipality", "county",
                                "district", "village", "township", "parish"})


def _is_local_council(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a name is a local council's by the place it governs ("Town of Hay River",
    "Shire of Broome"): not a body of its own that ends in its kind ("City of Bemidji Police
    Department")."""
    last = tokens[-1].lower().rstrip(".,")
    return len(tokens) > 2 and tokens[1] == "of" and tokens[0].lower() in _LOCAL_GOVERNMENTS and (
        last not in ORG_WORDS and last not in COMPANY_WORDS)


# (Cached as _is_org is: a name's kind depends on its words and the word lists only, and the
# same names recur through stories; reading them afresh for every new name of every story was
# 1% of extraction.)
@lru_cache(maxsize=4096)
def _kind(tokens: tuple[str, ...]) -> str:
    if len(tokens) > 1 and all(t.isupper() for t in tokens) and all(len(t) > 2 for t in tokens):
        return "place"  # a dateline, "LOS ANGELES (AP) —", is where, not who
    if len(tokens) == 1 and (tokens[0] in PLACES or tokens[0] + "." in PLACES or (
            tokens[0].replace(".", "") in PLACES and "." in tokens[0])):
        # "UK", "US": all capitals, yet no body ("in the UK", "the US said"); "U.S" is "U.S."
        # with its full stop read as a sentence's end ("the U.S. economy").
        return "place"
    if len(tokens) > 1 and tokens[-1] in _LAW_WORDS:
        return "thing"  # "the British Museum Act 1963", "the Affordable Care Act": a law
    if _is_org(tokens):
        return "org"
    if _is_local_council(tokens):
        # "the Town of Hay River said", "a City of Whyalla spokesperson", "the Shire of
        # Broome": a local council by the name of the place it governs, which speaks as a
        # body does (not a thing named "X of Y", "Song of the Year").
        return "org"
    if len(tokens) > 1 and is_plural(tokens[-1].lower()) and is_listed_person_noun(
            tokens[-1].lower()) and not is_surname(tokens[-1]) and not _is_given(tokens[0]):
        # "Skyridge Infra Developers", "Harland Builders": a name ending in a plural noun for
        # people is a firm's or a group's, never one person's ("Bernie Sanders" and "Tom
        # Rogers" end in surnames).
        return "org"
    if _ends_abstract(tokens) and not is_common_given_name(tokens[0]) and (
            tokens[0].lower() not in TITLES) and not _someone_of(tokens):
        # "the Song Celebration", "Daeseong Construction", "Emergency Management", "Casa
        # Belvedere Hospitality", "Veridian Health Analytics", "Civil Defence": a name ending
        # in an abstract noun (by its ending) is an event's or a body's, never "she" (a
        # surname keeps "Rupert Vance", a common given name the poet "Andrew Motion").
        return "org"
    if len(tokens) > 1 and tokens[-1] in _QUARTERS and not any(
            is_role_word(t.lower()) or t.lower() in TITLES for t in tokens[:-1]):
        # "Lincoln Southwest", "Omaha Westside": a school, a district or a ward named for its
        # quarter of a town (no surname: "Oliver North" and "Kanye West" are people; alone,
        # or after a title, "Producer Southside", it may be a producer's name).
        return "place"
    if len(tokens) > 1 and tokens[-1].rstrip(".") in _STREET_ABBREVIATIONS:
        # "Alma Rd", "Derby St", "Queen Tce": a street as the Antipodes and Britain shorten
        # it, no one's surname (after a given name too).
        return "place"
    if len(tokens) > 1 and tokens[-1] in ("Day", "Eve") and (
            tokens[0] in _HOLIDAY_OPENERS or possessive(tokens[-2])):
        # "Christmas Day", "New Year’s Eve", "Anzac Day", "Mother’s Day": a day, never "she"
        # (only by the words holidays open with, or a possessive before the day: "Rhys Day",
        # "Callum Eve" are people whatever the given-name lists hold).
        return "thing"
    if len(tokens) == 2 and tokens[0].lower() in _GIVEN:
        return "person"  # "Jen Park", "Lucy Hall": a given name and a surname that is a word
    if ((len(tokens) >= 4 and tokens[1:3] == ("of", "the")) or (
            len(tokens) == 3 and tokens[1] == "of" and not _is_given(tokens[0]))) and (
            tokens[0].lower() not in TITLES | _NOBLE):
        # "Song of the Year", "Album of the Year", "Web of Angels" (a novel): a thing named,
        # never "she" (a title of someone, "Duke of the Rhine", "Secretary of the Treasury",
        # is a person's, and so is a given name's "Joan of Arc").
        return "thing"
    if " ".join(tokens) in PLACES or (len(tokens) > 1 and tokens[-1] in PLACE_WORDS) or (
            # ("the Al Amerat Cricket Ground", "Lord's Cricket Ground"; not the charity
            # Common Ground.)
            len(tokens) > 2 and tokens[-1] == "Ground"):
        return "place"
    if len(tokens) >= 3 and tokens[0] in _STREET_OPENERS and tokens[1] in _PARTICLES:
        # "Rua do Almirante Sérgio", "Largo do Pagode do Bazar", "Strada del Ciarulo", "Plaza
        # de Mayo": a street or a square in a Romance language, its word first, then "of".
        return "place"
    if len(tokens) == 2 and tokens[0] in _PLACE_OPENERS and not _is_given(tokens[1]):
        # "North Sulawesi", "Central Aceh", "Mount Youchtas": a region or a landmark the
        # place lists lack, named by the word that opens it (no one's given name).
        return "place"
    return "person"


def _holiday(tokens: tuple[str, ...], kind: str) -> bool:
    """Whether a name the index holds for a thing is a holiday's ("Boxing Day")."""
    return kind == "thing" and tokens[-1] in ("Day", "Eve")


# The words a holiday's name opens with before "Day" or "Eve" (those with a possessive,
# "New Year’s Day", "St Patrick’s Day", are known by it).
_HOLIDAY_OPENERS = frozenset((
    "Christmas", "Boxing", "Anzac", "Australia", "Waitangi", "Canada", "Labour", "Labor",
    "Memorial", "Independence", "Remembrance", "Armistice", "Easter", "Thanksgiving", "Election",
    "Polling", "Halloween", "Republic", "Bastille", "Commonwealth", "Heritage", "World",
    "International", "Census", "Results", "Transfer", "Deadline", "Match", "Race", "Sports"))
_COMPASS = frozenset(("North", "South", "East", "West", "Central"))
_STREET_ABBREVIATIONS = frozenset(("St", "Rd", "Ave", "Cres", "Tce", "Hwy", "Pde"))
# A town's quarters by the compass, which no one bears as a surname.
_QUARTERS = frozenset({"Northwest", "Northeast", "Southwest", "Southeast", "Northside",
                       "Southside", "Eastside", "Westside"})
_PLACE_OPENERS = _COMPASS | {"Northern", "Southern", "Eastern", "Western", "Mount", "Lake", "Cape"}
# What makes a noun for a person opening a run an award's name: "Man of the match".
# (A name after it, "Man of the match Jammeh", "Player of the match: Emeka Obi"; not "said
# Porter of the match", a speaker and what about.)
_AWARD_AFTER = re.compile(r"[ \xa0]+of[ \xa0]+the[ \xa0]+(?:match|game|year|season|tournament|"
                          r"series|day|race|week|month)\b:?[ \xa0]+[A-Z]")
# Portuguese, Spanish, French and Italian words for a street or a square (an "of" follows them,
# one of a name's particles: "do", "de", "della").
# (Not "Rue", "Calle" or "Via", given names too: "Rue du Plessis", "Calle de Jong".)
_STREET_OPENERS = frozenset(("Rua", "Largo", "Avenida", "Travessa", "Praça", "Estrada", "Calçada",
                             "Plaza", "Paseo", "Quai", "Viale", "Piazza", "Corso", "Strada"))
# And before "St": "Port St Lucie", "Fort St John", "Mount St Helens".
_PLACE_OPENERS_BEFORE_ST = _PLACE_OPENERS | {"Port", "Fort", "Point"}


# A portfolio's "and" after its first words: "Deputy Natural Resources| and |Environmental".
_AND_PORTFOLIO = re.compile(r"[ \xa0]+(?:and|&)[ \xa0]+")


# A sports club's last word: "Harbour FC".
_CLUB_ENDINGS = frozenset({"FC", "AFC", "RFC", "CF"})


@lru_cache(maxsize=4096)
def _is_org(tokens: tuple[str, ...]) -> bool:
    if "for" in tokens or "&" in tokens or "and" in tokens:
        # Joined by _join_bodies: "Doctors for Camp Closure", "Halloran & Pike", "the Health
        # and Safety Executive".
        return True
    if any(t.lower().rstrip(".") in ORG_WORDS or t.lower().rstrip(".") in COMPANY_WORDS
           for t in tokens) or " ".join(tokens) in OUTLETS:
        return True
    if len(tokens) > 1 and tokens[0] in OUTLETS and tokens[0].isupper():
        return True  # "BBC Scotland", "CNN International": a broadcaster's own station
    if tokens[-1] in OUTLET_WORDS:
        return True
    if len(tokens) > 1 and tokens[-1] in _CLUB_ENDINGS:
        # A sports club by its town or its name: "Harbour FC", "Laxey AFC". (Not "SC", which
        # is as often Senior Counsel after a surname: "Pretorius SC".)
        return True
    # All-capital short words (TMZ, FBI) are bodies, not people.
    return len(tokens) == 1 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 6


def _join_short_given_names(full: dict[tuple[str, ...], Entity]) -> None:
    """"Josh Apte" and "Joshua Apte", "Pat Simmons" and "Patrick Simmons": one person, whose
    name is the longer form; both spellings then lead to the same entity."""
    by_rest: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for tokens, entity in full.items():
        if len(tokens) >= 2 and entity.kind == "person":
            by_rest.setdefault(tokens[1:], []).append(tokens)
    for group in by_rest.values():
        for short in group:
            longer = [t for t in group if len(t[0]) > len(short[0]) >= 3
                      and t[0].startswith(short[0])]
            if len(longer) == 1:
                full[short] = full[longer[0]]


def _after_plural_of(name: str) -> str:
    """"Northwind Logistics" of "Shares of Northwind Logistics": the name after a plural
    common noun for no people and "of" ("Shares of Halvorsen" too, whose one word had become a
    name of its own that took the company's later mentions); else "". ("Relatives of Marco Rossi
    said" are not Marco Rossi; "Friends of the Earth" keeps its "of".)"""
    words = name.split()
    if len(words) >= 3 and words[1] == "of" and is_plural(words[0].lower()) and not (
            is_person_noun(words[0].lower())) and not _is_given(
            words[0].rstrip("s")) and not is_surname(words[0]) and words[2][:1].isupper():
        return name.split(" ", 2)[2]
    return ""


def _join_abbreviated_titles(full: dict[tuple[str, ...], Entity],
                             titled: dict[tuple[str, ...], set[str]],
                             word_before: dict[tuple[str, ...], set[str]]) -> None:
    """"DCI Marsh" after "Detective Chief Inspector Helen Marsh": capitals of a title no list
    holds, before the surname of one person the story named in full with those titles, are
    that person; so is a role word before the surname of the one person given it as a title
    or as the word right before their name (``word_before``): "Captain Asamoah-Boadu"."""
    for tokens, entity in list(full.items()):
        if len(tokens) == 2 and entity.kind in ("person", "place") and is_role_word(
                tokens[0].lower()):
            # "Captain Asamoah-Boadu said" after "captain Kofi Asamoah-Boadu headed in": a
            # role word before the surname of the one person the story gave that role. (So
            # too when the surname is a word for a place, which reads the two as one: "Canon
            # Lake told the congregation" after "the Rev. Canon Desmond Lake".)
            role = tokens[0].lower()
            holders = {id(e): e for t, e in full.items()
                       if e.kind == "person" and len(t) >= 2 and t != tokens
                       and t[-1] == tokens[1]
                       and role in titled.get(t, set()) | word_before.get(t, set())}
            if len(holders) == 1:
                full[tokens] = next(iter(holders.values()))
            continue
        if len(tokens) < 2 or not (tokens[0].isupper() and 2 <= len(tokens[0]) <= 4
                                   and tokens[0].isalpha()) or entity.kind != "person":
            continue
        rest = tokens[1:]
        owners = {id(e): (t, e) for t, e in full.items()
                  if e.kind == "person" and len(t) > len(rest) and t[-len(rest) :] == rest
                  and not t[0].isupper()}
        named, owner = next(iter(owners.values())) if len(owners) == 1 else ((), None)
        initials = {r[:1] for r in titled.get(named, set())}
        if owner is not None and tokens[0][0].lower() in initials:
            # (Only when the story gave that person a title the capitals open with: "JD Vance"
            # after "Usha Vance" is someone else.)
            full[tokens] = owner


# An office's title before its portfolio and holder: "Minister for Agriculture Declan Furlong",
# "Director of Public Works Ana Ruiz".
_OFFICE_WORDS = ("Minister", "Secretary", "Commissioner", "Director", "President", "Governor",
                 "Chairman", "Chairperson", "Head", "Chief", "Mayor")
# ("the Minister responsible for Utilities", "the Minister in charge of Sport".)
_OFFICE_FOR = (rf"(?:{'|'.join(_OFFICE_WORDS)})(?: of State)? "
               r"(?:for|of|responsible for|in charge of) (?:the )?")
_PORTFOLIO_BEFORE = re.compile(rf"\b{_OFFICE_FOR}$")
# The rest of a list of portfolios after one of its names, up to the office: ", Environment
# and Energy Minister", ", Transport and Urban Planning (VVRP) Minister".
_PORTFOLIO_LIST_AFTER = re.compile(
    r"(?:,[ \xa0]+[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,3})*,?[ \xa0]+(?:and|&)[ \xa0]+"
    r"(?:[A-Z][\w’'-]*[ \xa0]+){1,4}(?:\([A-Z]{2,8}\)[ \xa0]+)?"
    rf"(?:{'|'.join(_OFFICE_WORDS)})\b")
_OFFICE_FOR_ANYWHERE = re.compile(rf"\b{_OFFICE_FOR}")
# The office and the first words of its portfolio before a run: "Minister of Foreign ".
_PORTFOLIO_PART_BEFORE = re.compile(rf"\b{_OFFICE_FOR}(?:[A-Z][\w’'-]* ){{0,3}}$")
# Any of the office's words, looked for before a run's patterns are.
_OFFICE_WORD = re.compile("|".join(_OFFICE_WORDS))
# An office's portfolio up to an "and" or a comma right before a run: "Minister for Rural
# and ", "Minister of Territorial Administration and ", "Minister for Housing, ".
_PORTFOLIO_AND_BEFORE = re.compile(
    rf"\b{_OFFICE_FOR}[A-Z][\w’'-]*(?:,? (?:and )?[A-Z][\w’'-]*){{0,5}}(?:,? and(?: the)?|,) $")
# A holder's name set off after an office's portfolio: ", Jennifer Carroll MacNeill,".
_HOLDER_SET_OFF = re.compile(rf", (?:{_STYLE_WORD}\.? )?[{UPPER}][{NAME_CHARS}-]+"
                             rf"(?: [{UPPER}][{NAME_CHARS}-]+){{1,3}},")
# A portfolio's words going on after a run: ", Fisheries and ...", " and Local Government".
_PORTFOLIO_GOES_ON = re.compile(
    r",? and (?:the )?[A-Z]|(?:, [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)+,? and (?:the )?[A-Z]")
# The office and its portfolio before the holder's name, the office's initials in brackets or a
# style between them set aside ("Minister of Traffic, Transport and Urban Planning (VVRP)
# Eldrich Cijntje", "the Minister of Budget and Economic Planning, Mr Yakubu Sani-Olatunji").
_PORTFOLIO_ROLE = re.compile(
    rf"\b(?P<role>{_OFFICE_FOR}[A-Z][\w’'-]*(?:,? (?:and )?(?!{_STYLE_WORD}\b)[A-Z][\w’'-]*)"
    rf"{{0,6}})(?: \([A-Z][A-Za-z&]{{1,7}}\)(?:,(?= ))?)?(?:,? {_STYLE_WORD}\.?)? $")
# An office that is the object of "of", "to" or "for": someone else's ("wife of the",
# "Chief of Staff to the", "spokesperson for the").
_SOMEONE_ELSES_OFFICE = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# Words before an office that say its holder is not the office's holder, or not yet or no
# longer: "Deputy ", "Acting ", "Former Vice-".
_HOLDER_LEAD = re.compile(
    r"\b(?:(?:" + "|".join(sorted(w.capitalize() for w in _NOT_THE_HOLDER | {"interim"}))
    + r")[ -])+$")


def _runs_across_a_name(role: str) -> bool:
    """Whether what reads as an office and its portfolio holds a given name before another
    capitalised word: a person's name, "President of Ghana John Mensah and Chief Justice".
    (The office's own first word is not looked at.)"""
    said = role.split()
    return any(_is_given(w) and after[:1].isupper() for w, after in pairwise(said[1:]))


# Irish and Scottish surnames written as two words ("Ruairí Mac Lochlainn", "Aoife Nic Giolla"):
# the census lists "Mac" as a given name, but before another capitalised word it opens a surname.
_GAELIC_SURNAME_OPENERS = frozenset({"Mac", "Nic", "Mhic"})


def _glued_nickname(word: str) -> bool:
    """Whether ``word`` is a one-word nickname with its closing single mark glued on, as a
    name run reads it ("Bumper'", "Bobo’")."""
    return word[-1:] in "’'" and word[:-1].isalpha() and word[:1].isupper()


def _may_open_nickname(word: str) -> bool:
    """Whether ``word`` before a nickname in marks may be a given name: not a title, a role or
    a word that opens sentences ("Captain ‘Bumper’ Ferguson", "Yesterday ‘Bumper’ ...")."""
    low = word.lower().rstrip(".")
    return not (is_role_word(low) or low in NOT_NAMES or low in TITLES)


def _unlisted_name(word: str) -> bool:
    """A capitalised word that only a name can be, and one no list knows: no surname or given
    name the Census lists, no place, people, title, role, body's word or common word."""
    return _no_modifier(word) and not is_surname(word) and not is_demonym(word)


def _no_modifier(word: str) -> bool:
    """A capitalised word that says neither whose nor where: no given name, place, title,
    role, body's word or common word (a surname or a word read as a people's may still open a
    name: "Mohd", "Fadzli")."""
    low = word.lower()
    return word.isalpha() and word.istitle() and not _is_given(word) and (
        word not in PLACES) and low not in NOT_NAMES and not is_person_noun(low) and (
        not is_role_word(low)) and low not in ORG_WORDS and low not in COMPANY_WORDS


# Playing positions written solid as well ("Flyhalf Jone Tuisese", "Fullback").
_SOLID_POSITIONS = frozenset(p.replace("-", "") for p in PLAYING_POSITIONS)


def _holder_after_office(words: list[str], titles: list[str], opened_by_office: bool = False
                         ) -> int:
    """Where a person's name starts in a run that is still an office "of" a body ("Member of
    Parliament Everton Gayle"; a body's word alone opens no office, "Bank of America Merrill
    Lynch"): past at least one word of the body, then a name as ``_named_after_owner`` reads
    one; 0 when there is none (a name before its "of", "Pastor Wilner Augustin of Église
    Nouvelle Espérance", keeps it). (After ``titles`` read from the run, the office's words
    before its "of" need hold no role: "Protection of Population Saida Umarzoda".)"""
    if "of" in words[1:]:
        k = words.index("of", 1)
        before = [w.lower().rstrip(".,") for w in words[:k]]
        if any(_is_given(w) for w in words[:k]) or not all(map(_body_word, words[:k])):
            return 0
        office = any(is_role_word(w) or w in _ROLE_TITLES for w in before) or bool(
            set(titles) - {"the"}) or opened_by_office
        if not office and not any(w in ORG_WORDS for w in before):
            return 0
        start = k + 2
    else:
        return 0
    # (Never right after "of", nor after a saint's word: "Ministry of Interior of Sarajevo
    # Canton", "the Society of St Vincent de Paul" name no one. A body with no office before
    # its "of" is a ministry of a portfolio in common words, "Ministry of Health Tomislav
    # Žuvela"; "Bank of America Merrill Lynch" is of a place, and names a firm.)
    return next((j for j in range(start, len(words) - 1) if _body_word(words[j - 1])
                 and words[j - 1].lower().rstrip(".") not in _NO_HOLDER_AFTER
                 and (office or all(w in ("and", "of", "the") or _in_webster(w)
                                    for w in words[k + 1 : j]))
                 and _named_after_owner(words[j:])), 0)


_NO_HOLDER_AFTER = frozenset({"of", "the", "and", "st", "saint", "san", "santa", "são", "sao"})


def _body_word(word: str) -> bool:
    """Whether a word of a run may be an office's or a body's: a common English word, a title
    or a body's or a place's word ("Parliament", "Police", "Ghana"), not one that is only a
    name ("Na-Cho")."""
    low = word.lower().rstrip(".,")
    return low in ("of", "the", "and") or low in TITLES or low in ORG_WORDS or (
        word in PLACES or word in PLACE_WORDS) or (word.isalpha() and _in_webster(word))


_BODY_OR_TITLE_WORDS = ORG_WORDS | COMPANY_WORDS | TITLES


def _named_after_owner(words: list[str]) -> bool:
    """Whether the words after a possessive in a run are a person's name: two capitalised
    words or more, none a body's, a place's, a title's or a role's word, opening with a given
    name or a word that is only a name, and ending in a surname or a word that is only a
    name ("Major Crime Unit" is a body's)."""
    return len(words) >= 2 and all(
        (w[:1].isupper() and w.lower().rstrip(".,") not in _BODY_OR_TITLE_WORDS
         and w not in PLACE_WORDS and not is_role_word(w.lower()))
        # (Lower case only a surname's particle or a father's "bin" inside: "Rosnah binti Haji
        # Kamis".)
        or (0 < i < len(words) - 1 and (w in _PARTICLES or w in _PATRONYMIC_PARTICLES))
        for i, w in enumerate(words)) and (
        _is_given(words[0]) or _only_a_name(words[0]) or bool(_INITIAL.fullmatch(words[0]))) and (
        is_surname(words[-1]) or not _in_webster(words[-1]))


# A given name written short before another: the Philippine press's "Ma." for María ("Ma.
# Cristina Abad"), as an initial is kept; only before a woman's given name (not a sentence's
# end, "said Jack Ma. Daniel Zhang").
_ABBREVIATED_GIVEN = frozenset({"Ma."})


def _office_words_before_name(words: list[str]) -> int:
    """How many words open ``words`` as English words no one is named by before a name of two
    words or more: 0 when none do or the rest is no name. (Not ``_named_after_owner``'s
    reading of the rest, which asks for a Census surname or a word Webster's list lacks last:
    "Tahmina Sultana" and "Faisal Sheikh" would keep their trade.)"""
    if len(words) < 3 or not common_words():
        return 0
    last = words[-1].lower().rstrip(".,")
    if last in ORG_WORDS or last in COMPANY_WORDS or (
            words[-1] in PLACE_WORDS):
        return 0  # (a body's name: "Disaster Management Coordination Agency")
    for i in range(1, len(words) - 1):
        w = words[i - 1]
        low = w.lower()
        if low in _NO_HOLDER_AFTER or low == "sri" or low in ORG_WORDS or low in COMPANY_WORDS:
            # (A saint's or a place's: "St Andrew South-East", "Saint Lucia"; a body's word
            # opening its name: "Coalition Avenir Québec", "Congregation Rodef Shalom".)
            return 0
        # (A word for a person, a trade or an office: "Entomologist", "Advocate"; not any
        # word of Webster's long list, which holds "Anil", "Fakir" and "Time" too, nor an
        # action's noun, which opens bodies' names: "Congregation Rodef Shalom".)
        if not (w.isalpha() and w.istitle() and _in_webster(w)) or _is_given(w) or (
                _census_surname(w) and not is_role_word(low)) or not (
                is_person_noun(low) or is_role_word(low) or low.endswith(("ist", "ists"))):
            return 0
        if (_is_given(words[i]) or _only_a_name(words[i])) and not any(
                w in PLACES or fold_accents(w) in PLACES for w in words[i:]):
            return i
    return 0


def _only_a_name(word: str) -> bool:
    """Whether a capitalised word is no English word at all ("Declan", "Peigi", "Nguyen"),
    so that before a given name it is a first given name or a family name written first
    ("Declan Joseph Murphy", "Dinh Van Toan"), not a word that opens the sentence or says
    who ("Substitute Tobi Adewale", "Spurs Mikel Arteta", "Courtesy Maren Kowalczyk")."""
    # (Never without Webster's list: ``_in_webster`` holds every word common then.)
    return _no_modifier(word) and not is_people_of_known_place(word) and (
        word.lower() not in _SOLID_POSITIONS) and not _in_webster(word)


def _may_be_given(word: str) -> bool:
    """Whether ``word`` before "Mac" may be the given name of a Gaelic surname ("Ruairí Mac
    Lochlainn"), not a title or a role ("QB Mac Jones", "Coach Mac Brown": there "Mac" is the
    given name)."""
    low = word.lower().rstrip(".")
    return word[:1].isupper() and not word.isupper() and low not in TITLES and not (
        is_role_word(low))


# Words that join a given name to a father's or a clan's ("Saif bin Rashid Al Balushi",
# "Aisha bint Hamad", "Kibet arap Tanui"): only a person's name holds them.
_PATRONYMIC_PARTICLES = frozenset({"bin", "bint", "binti", "ibn", "arap"})
# Particles of surnames written in lower case after a given name ("Ruud van Leeuwen").
# (nameparser's list, as the name runs read them, not a second hand list; of the patronymic
# particles, only "arap" and "binti".)
_PARTICLES = particle_words() - {"bin", "bint", "ibn"}


def _lower_particles(raw: list[tuple[int, int, str, list[str]]]
                     ) -> list[tuple[int, int, str, list[str]]]:
    """"Van Leeuwen admitted" after "Ruud van Leeuwen": a surname's particle is capitalised
    when it opens the name (Dutch and Belgian usage, and at a sentence's start), so it is
    matched in lower case when the story also writes it so after a given name."""
    seen = {(t[i], t[i + 1]) for _, _, n, _ in raw if " " in n
            for t in [n.split()] for i in range(1, len(t) - 1) if t[i] in _PARTICLES}
    if not seen:
        return raw
    out = []
    for start, end, name, titles in raw:
        first, _, rest = name.partition(" ")
        if rest and first[:1].isupper() and (first.lower(), rest.split()[0]) in seen:
            name = f"{first.lower()} {rest}"
        out.append((start, end, name, titles))
    return out


def _cut_of_place(raw: list[tuple[int, int, str, list[str]]],
                  ) -> list[tuple[int, int, str, list[str]]]:
    """"Taylor of Aberdeenshire" is Martin Taylor, of a place: a run of one word, "of" and more,
    whose first word ends a longer name of the story, is that person's surname."""
    surnames = {n.split()[-1] for _, _, n, _ in raw if " " in n and " of " not in n}
    out = []
    for start, end, name, titles in raw:
        first, _, rest = name.partition(" of ")
        if rest and " " not in first and first in surnames:
            out.append((start, start + len(first), first, titles))
        else:
            out.append((start, end, name, titles))
    return out


def _cut_participle(raw: list[tuple[int, int, str, list[str]]], masked: str
                    ) -> list[tuple[int, int, str, list[str]]]:
    """"Addressing Alleyne directly, she said": a participle opening the sentence, then a
    surname a longer name of the story ends with, is no part of the name (a word no list of
    given names or surnames holds: "Manning Alleyne" stays)."""
    bearers: dict[str, set[str]] = {}
    for _, _, n, _ in raw:
        if " " in n:
            bearers.setdefault(n.split()[-1], set()).add(n)
    out = []
    for start, end, name, titles in raw:
        first, _, rest = name.partition(" ")
        # (Someone else's surname, not the run's own last word: "Beijing Guoan said",
        # "Sporting Lisbon said" stay whole; and small words after the name before the
        # comma, as a participle's phrase has: "Xiaoming Wang, her older brother, said" is a
        # name.)
        if bearers.get(rest, set()) - {name} and first.endswith("ing") and " " not in rest and (
                _starts_sentence(masked, start)) and not _is_given(first) and (
                not is_surname(first)) and _LOWER_AFTER.match(masked, end):
            out.append((start + len(first) + 1, end, rest, titles))
        else:
            out.append((start, end, name, titles))
    return out


def _two_people(prev: str, text: str) -> bool:
    """"Kathryn & Ailsa Tully", "Priya & Rahul Mehta": a given name, "&", a given name and
    a surname are two people of one family, not a firm."""
    after = text.split()
    return " " not in prev and len(after) == 2 and (
        _is_given(prev) or _is_given(after[0]) or (
            # (Given names the Census lacks: a surname after a word that is none.)
            is_surname(after[1]) and not is_surname(after[0]) and not after[0].endswith("s"))
    ) and after[-1].lower() not in ORG_WORDS and after[-1].lower() not in COMPANY_WORDS


def _portfolio_goes_on(prev: str, text: str, masked: str, at: int) -> bool:
    """Whether one or two capitalised words after "and" (or after a comma, with "and" and more
    after it) are another portfolio of a ministry named "X of Y": "the Ministry of Health and
    Welfare", "the Ministry of Trade, Industry and Energy", "the Ministry of Agriculture,
    Fisheries and Water Resources". Not a given name, a place or a body of its own ("the
    Ministry of Defence and Reuters" is two sources), nor a surname the story gives someone
    in full ("the Ministry of Health and Sport" holds a portfolio unless a "Mr Tom Sport" is
    in the story)."""
    words_ = prev.removeprefix("The ").split()
    # (The body's own word may follow a place's or a level's: "Sarajevo Chamber of Commerce",
    # "Federal Ministry of Health", "the National Institute of Meteorology and Hydrology".)
    head = prev.partition(" of ")[0].split()[-1:]
    # A body's run at a sentence's end keeps its full stop: "... and Infrastructure." (Not an
    # office's, "said the Minister of Culture and Creative Industries.": the office's words
    # after a tag are read apart from its holder's name, which a run joined by "and" hides.)
    parts = (text.removesuffix(".") if head and head[0].lower() != "minister" else text).split()
    science = bool(head) and head[0].lower() in _SCIENCE_BODY_WORDS
    if " of " not in prev or not ((head and head[0].lower() in _MINISTRY_WORDS) or science) or len(
            parts) > 2:
        return False
    if science and not (parts[-1].lower().endswith(_SCIENCE_ENDINGS) and words_[-1].lower(
            ).endswith(_SCIENCE_ENDINGS)):
        return False
    comma = masked[at - 2 : at] == ", "
    if comma and not _LIST_GOES_ON.match(masked, at + len(text)):
        return False
    # (A list of three or more, "the Ministry of Agriculture, Food Security and Enterprise",
    # is portfolios whatever their words end in, read at its comma or at the "and" after one;
    # a word joined by "and" alone must end as a portfolio's do. The caller's gap is ", " or
    # " and ".)
    # (A possessive is the body's: "the Department of Health and Human Services’ report".)
    last = _POSSESSIVE_OR_APOSTROPHE_END.sub("", parts[-1]).lower()
    return (comma or ", " in prev or last.endswith(_PORTFOLIO_ENDINGS)) and (
        text not in PLACES) and not any(
        _is_given(w) or w in PLACES or w.lower() in ORG_WORDS or w in OUTLETS
        or _INNER_CAPITAL.search(w) or (is_surname(w) and re.search(
            rf"[A-Z][\w’'.-]* {re.escape(w)}\b", masked) is not None) for w in parts)


def _bare_body_joins(before: str, after: str, masked: str, end: int) -> bool:
    """Whether "``before`` and ``after``", ending at ``end`` with no "the" before it, is one
    body's name ("Wexley and Thornbury NHS Foundation Trust told patients"): not when people
    of the body follow it ("Jagan Reddy and Andhra Pradesh Police officials met", "Labour and
    Green Party negotiators", "... teams", "staff"), nor when the story has the first or last
    word of ``before`` speak elsewhere as a name of its own ("Reddy said", "Ms Brennan", "a
    Tesco spokesperson")."""
    people = _LOWER_WORD_AFTER.match(masked, end)
    if people is not None and (people.group(1) in _BODIES_PEOPLE or (
            is_plural(people.group(1)) and is_person_noun(people.group(1)))):
        return False
    speaking = _words_speaking_alone(masked)
    return before.split()[0] not in speaking and before.split()[-1] not in speaking


# (One story at a time: the words are gathered once, for the first bare name joined by "and",
# and kept for the rest of the story; a 5 MB story repeating such a name had scanned itself
# once per name.)
@lru_cache(maxsize=1)
def _words_speaking_alone(masked: str) -> frozenset[str]:
    """The capitalised words of ``masked`` that stand as a name of their own somewhere: a cue
    verb after them ("Reddy said"), a title before them ("Ms Brennan") or "spokes..." after
    them ("a Tesco spokesperson")."""
    out: set[str] = set()
    for m in _CAPITALISED_WORD.finditer(masked):
        word = m.group()
        if word in out:
            continue
        after = _LOWER_WORD_AFTER.match(masked, m.end())
        title = _WORD_JUST_BEFORE.search(masked, max(0, m.start() - 8), m.start())
        if _cue_follows(masked, m.end()) or (
                after is not None and after.group(1).startswith("spokes")) or (
                title is not None and title.group(1).lower().rstrip(".") in _STYLES | {"cllr"}):
            out.add(word)
    return frozenset(out)


# Words for the people of a body, after its name: "Thames Water and Environment Agency teams".
_BODIES_PEOPLE = frozenset({"staff", "management", "leadership", "teams", "crews", "units",
                            "squads", "personnel", "delegations"})
# A capitalised word: "Reddy", "Tesco".
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]*")
# The word right before a name, with its full stop: "Ms |Brennan", "Dr. |Hale".
_WORD_JUST_BEFORE = re.compile(r"\b([A-Z][a-z]{1,4}\.?)[ \xa0]$")


def _before_and_fits(before: str) -> bool:
    """Whether a body's words before "and" are few enough to be one name's: two, or three
    with no "of" ("Saint Lucia Medical and Dental Association"; "the Bank of England and
    Lloyds Banking Group" are two bodies)."""
    words_ = before.split()
    return len(words_) <= 2 or (len(words_) == 3 and "of" not in words_)


def _names_no_person(words_: list[str]) -> bool:
    """Whether the words of a body's name around "and" (bar its last) name no person: no
    given name (a nationality is none, nor a saint's in a place's name, "Saint Lucia") and no
    title."""
    saints = ("Saint", "St", "St.", "San", "Santa")
    return not any((_is_given(w) and not is_demonym(w) and not (i and words_[i - 1] in saints))
                   or (w.lower().rstrip(".") in TITLES and w not in saints)
                   for i, w in enumerate(words_))


# Small words of a body's name between its capitalised ones: English ones and a name's
# particles (" of the ", " de l'", " de la ", " du ").
_LINKING_GAP = re.compile(r"(?: (?:" + "|".join(sorted(
    _PARTICLES | {"of", "on", "for", "and", "the", "at", "in", "des", "e", "y", "et"}))
    + r")\b)+(?: | ?l[’']| d[’'])")
# What stands between two runs _join_bodies may join: "for", "on", "and", "&" or a comma.
_JOINING_GAPS = frozenset((" on ", " for ", " and ", " & ", ", "))


def _join_bodies(masked: str) -> list[tuple[str, int]]:
    """The capitalised runs of ``masked``, with a body's name joined across "for" (and an
    "and" after it): "Doctors for Camp Closure", "Center for Disease Control and Prevention".

    Only after a run ending in a word for a body or a plural of people ("Americans for
    Prosperity"); "Clinton for President" stays apart.
    """
    runs: list[tuple[str, int]] = []
    joined = False
    runs_in = _NAME_RUN if ARABIC_ARTICLE.search(masked) else _PLAIN_NAME_RUN
    for text, at in (piece for m in runs_in.finditer(masked)
                     for lead in _split_capitals_lead(m.group(), m.start())
                     for piece in _split_after_street(*lead)):
        gap = masked[runs[-1][1] + len(runs[-1][0]) : at] if runs else ""
        if gap not in _JOINING_GAPS and _LINKING_GAP.fullmatch(gap) and _spelled_by_initials(
                f"{runs[-1][0]} {text}", masked, at + len(text)):
            # "the Agence Territoriale de l'Environnement (ATE)", "the Office of the Prime
            # Minister (OPM)": the body's own initials in brackets spell its capitalised words
            # across the small words between them.
            runs[-1] = (runs[-1][0] + gap + text, runs[-1][1])
            joined = False
            continue
        # (Every join below is across one of these gaps: the rest, most runs, are not read.)
        if gap in _JOINING_GAPS:
            prev, prev_at = runs[-1]
            last = prev.split()[-1]
            if (gap == " on " and last.lower() in ORG_WORDS and len(text.split()) >= 2
                    and text.split()[0].lower() not in NOT_NAMES
                    and not _is_given(text.split()[0])
                    and text not in PLACES and text.split()[-1] not in PLACE_WORDS) or (
                    # "the Commission on Presidential Debates", "the Council on Foreign
                    # Relations": a body goes on past "on" with a name of two words (not "the
                    # Senate on Tuesday", "Congress on Hillary Clinton", "on Capitol Hill").
                    gap == " for " and not _PORTFOLIO_BEFORE.search(prev + gap) and (
                    last.lower() in ORG_WORDS or (
                    " " not in prev and last.endswith("s") and last[:-1].lower() not in ORG_WORDS
                    and len(last) > 4) or (
                        # "The Citizens' Observatory for Democracy": after "the", a name that
                        # goes on with "for" is a body's, whatever its last word (a person
                        # takes no "the": "Clinton for President").
                        (masked[max(0, prev_at - 4) : prev_at].lower() == "the "
                         or prev.startswith("The ")) and not _is_given(text.split()[0])))) or (
                    # "Transport for London", "Transport for Wales": a word that is no one's
                    # name, then "for" and a place ("Clinton for America" stays apart).
                    gap == " for " and " " not in prev and text in PLACES and not (
                        _is_given(prev)) and not is_surname(prev)) or (
                    gap == " and " and joined) or (
                    gap == " & " and not _two_people(prev, text)) or (
                    # "the Ministry of Water and Rural Resilience", "the Department of Housing
                    # and Community Affairs": a body named "X of Y" goes on past "and" with a
                    # name of two words or more.
                    gap == " and " and " of " in prev and len(text.split()) >= 2
                    and prev.removeprefix("The ").split()[0].lower() in ORG_WORDS
                    # (Not a second body, "the Bank of England and Lloyds Banking Group", nor
                    # a title and its holder, "the State of Texas and Governor Greg Abbott".)
                    and text.split()[-1].lower() not in ORG_WORDS
                    and not any(w.lower().rstrip(".") in TITLES or is_role_word(w.lower())
                                for w in text.split())) or (
                    gap in (" and ", ", ") and _portfolio_goes_on(prev, text, masked, at)) or (
                    # "the Office of Disaster Preparedness and Management (ODPM)": the body's
                    # own initials in brackets spell the words across "and".
                    gap == " and " and _spelled_by_initials(
                        f"{prev} {text}", masked, at + len(text))) or (
                    gap == " and " and text.split()[-1].lower() in ORG_WORDS
                    and len(prev.split()) == 1 and not _is_given(prev)
                    and not starts_sentence(masked, prev_at)) or (
                    # "the Rampada Fire and Emergency Services": after "the", a name that ends
                    # in a word for bodies takes the words joined to it by "and"; so does a
                    # bare one, "Queensland Fire and Emergency Services said", unless the
                    # story shows two things joined (``_bare_body_joins``).
                    gap == " and " and (
                        text.split()[-1].lower().removesuffix("s") in ORG_WORDS
                        # ("the Health and Safety Executive": a body's last word that is also
                        # a role's, so no word list of bodies has it.)
                        or text.split()[-1] in ("Executive", "Tribunal", "Services"))
                    and prev.split()[-1].lower() not in ORG_WORDS  # (two bodies: "the Met
                    # Office and Environment Agency")
                    and _before_and_fits(prev.removeprefix("The ").rsplit(" of the ", 1)[-1])
                    and _names_no_person(prev.removeprefix("The ").rsplit(" of the ", 1)[-1]
                                         .split() + text.split()[:-1])
                    and (" of the " in prev or prev.startswith("The ")
                         or masked[max(0, prev_at - 4) : prev_at].lower() == "the "
                         or _bare_body_joins(prev, text, masked, at + len(text)))):
                # ("The Food and Drug Administration" opening a sentence; "the Irish Livestock
                # and Suckler Association": a nationality is no given name.)
                # ("Halloran & Pike", "Mistry & Bhatt Capital": a firm, never two people; "the
                # Tyne and Marram Health Board": one body named after two places.)
                runs[-1] = (prev + gap + text, prev_at)
                joined = gap == " for "
                continue
        runs.append((text, at))
        joined = False
    return runs


def _spelled_by_initials(name: str, masked: str, end: int) -> bool:
    """Whether initials in brackets right after ``end`` are those of the capitalised words of
    ``name`` ("Office of Disaster Preparedness Management" for "(ODPM)")."""
    found = _INITIALS_IN_BRACKETS.match(masked, end)
    return found is not None and found.group(1) == _initials(
        [w for w in name.removeprefix("The ").split() if w[:1].isupper()])


def _cut_body_before_name(raw: list[tuple[int, int, str, list[str]]], masked: str,
                          ) -> list[tuple[int, int, str, list[str]]]:
    """"Commander of the Herceg Novi Protection and Rescue Service Radoš Kovačević": a run
    whose last two words follow a word for a body ("Service", "Ministry") and end in a word
    the story writes alone as a name elsewhere ("Kovačević told Vijesti") is a body and its
    officer; the titles go with the person. (A given name the Census knows splits such a run
    already; this is for the ones it does not.)"""
    # (The one-word names that speak alone are gathered only once a run has this shape: few
    # stories hold one, and gathering them looks for a cue after every one-word name.)
    alone: set[str] | None = None
    out: list[tuple[int, int, str, list[str]]] = []
    for start, end, name, titles in raw:
        words_ = name.split(" ")
        if len(words_) >= 4 and (words_[-3].lower() in ORG_WORDS or (
                # (Or a local council by its place: "the Municipality of Budva Ratko
                # Lakićević".)
                len(words_) >= 5 and _is_local_council(words_[:-2]))) and (
                _may_be_given(words_[-2])) and not any(
                w.lower() in ORG_WORDS or w in PLACES for w in words_[-2:]):
            if alone is None:
                # (Alone and speaking, as a person's surname does: "Almazara" of "Real Club
                # Deportivo Almazara" is the club's short name, "left Almazara 18th".)
                alone = {n for _, e, n, _ in raw if " " not in n and _cue_follows(masked, e)}
            if words_[-1] in alone or (_is_local_council(words_[:-2]) and (
                    # (After a council's name, a given name or a word that can be nothing
                    # else, then a surname that is no English word: its officer, "the
                    # Municipality of Budva Ratko Lakovic"; not a place's own words, "the Shire
                    # of Augusta Margaret River".)
                    _is_given(words_[-2]) or _only_a_name(words_[-2])) and _only_a_name(
                    words_[-1]) and " ".join(words_[-2:]) not in PLACES):
                head = " ".join(words_[:-2])
                tail = " ".join(words_[-2:])
                out.append((start, start + len(head), head, []))
                out.append((end - len(tail), end, tail, titles))
                continue
        out.append((start, end, name, titles))
    return out


def _split_after_street(run: str, at: int) -> list[tuple[str, int]]:
    """``run`` at ``at``, split after a street's abbreviation that ends a sentence: "in Alma
    Rd. He said" is a street, then a new sentence (a capitalised word after the full stop had
    made "Alma Rd. He" one woman's name). Not after a given name, where "St." opens a surname
    ("Andrea St. Hill"), nor after a place's first word ("Mount St. Helens")."""
    if "." not in run:
        return [(run, at)]  # (most runs)
    words_ = run.split(" ")
    for i in range(1, len(words_) - 1):
        if (words_[i][-1:] == "." and words_[i][:-1] in _STREET_ABBREVIATIONS
                and words_[i] != "St.") or (
                words_[i] == "St." and not _is_given(words_[i - 1])
                and words_[i - 1] not in _PLACE_OPENERS_BEFORE_ST
                # (Only before a word no saint is named, "He", "The": "Assistant St. Louis
                # County Attorney" goes on.)
                and words_[i + 1].lower() in english_stopwords()):
            head = " ".join(words_[: i + 1])
            return [(head, at), *_split_after_street(run[len(head) + 1 :], at + len(head) + 1)]
    return [(run, at)]


def _split_capitals_lead(run: str, at: int) -> list[tuple[str, int]]:
    """``run`` at ``at``, split after a lead of two words or more in capitals: "ELDON LANGRINE
    The Rita Rockets are champions" is a byline set in capitals run into the story's first
    sentence, two names ("BBC Scotland", one word in capitals, stays whole)."""
    if not run.partition(" ")[0].isupper():
        return [(run, at)]  # (most runs: no lead in capitals)
    words_ = run.split(" ")
    lead = 0
    while lead < len(words_) and len(words_[lead]) > 1 and words_[lead].isupper() and (
            words_[lead].replace("-", "").isalpha()):  # (not initials: "W. M. Sarath")
        lead += 1
    if lead < 2 or len(words_) - lead < 2 or words_[lead].isupper():
        # (One word after the capitals opens a sentence and may be any word: "PROTEST FOR
        # PAY Public school teachers march".)
        return [(run, at)]
    head = " ".join(words_[:lead])
    return [(head, at), (run[len(head) + 1 :], at + len(head) + 1)]


# How the nouns that name a portfolio end ("Welfare", "Energy", "Investment", "Relief",
# "Communications", "Antiquities", "Meteorology", "Labour", "Heritage", "Youth", "Resources",
# "Affairs", "Wellness", "Preparedness", "Commerce"; not "Guinness"):
# a brand or a charity after "and" ("Oxfam", "Microsoft", "Greenpeace") is a second source.
_PORTFOLIO_ENDINGS = ("ry", "gy", "ty", "ment", "ion", "ions", "ism", "ure", "ing", "ics",
                      "ies", "ance", "ence", "are", "ief", "ort", "orts", "ice", "ces", "age",
                      "our", "th", "airs", "llness", "siness", "dness", "tness", "reness",
                      "rness", "arts", "erce", "mily")
# The first word of a government body named for its portfolios.
_MINISTRY_WORDS = words("ministry department secretariat minister chamber")
# A state centre or institute named for its sciences ("the Centre of Malariology, Parasitology
# and Entomology"), whose list words end as sciences do ("the Institute of Aviation Safety,
# Boeing and Airbus" are three).
_SCIENCE_BODY_WORDS = words("centre center institute")
_SCIENCE_ENDINGS = ("logy", "ics", "ence", "stry", "phy", "ine")

# How far a title's marks may stand from a name inside them.
_TITLE_REACH = 80


def _inside_marks(masked: str, start: int, end: int) -> bool:
    """Whether masked[start:end] lies between an opening and a closing quotation mark of one
    sentence. A quotation's own words are masked before names are read, so a name found inside
    marks is in a title, a nickname or a scare quote. Marks are told by their side, not paired
    by kind: stories mix them ("“Yes," she said")."""
    lo = max(0, start - _TITLE_REACH)
    before = _MARK_BEFORE.search(masked, lo, start)
    if before is None or not _opens(masked, before.start()):
        return False
    after = _MARK_AFTER.match(masked, end, end + _TITLE_REACH)
    return after is not None and not _opens(masked, after.end() - 1)


def _opens(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a quotation (“, «, ‘, or " before a word)."""
    ch = text[at]
    if ch in "“«‘„":
        return True
    if ch in "”»’":
        return False
    return (at == 0 or text[at - 1] in " \n(—–-") and at + 1 < len(text) and (
        not text[at + 1].isspace())


# The last quotation mark before a name in its sentence, and the first after it (a ’ inside a
# word is an apostrophe).
# (Every mark is matched first and told apart after, "(?<=’)", so the regex engine skips
# straight to the marks; an alternation opening the pattern was tried at every character.)
_MARK_BEFORE = re.compile(r"[“”«»‘\"’](?:(?<=’)(?![\w])(?=[^“”«»‘’\".!?\n]*\Z)"
                          r"|(?<!’)(?=[^“”«»‘\".!?\n]*\Z))")
_MARK_AFTER = re.compile(r"[^“”«»‘’\".!?\n]*?(?:[“”«»‘\"]|’(?!\w))")


# The closing mark right after a name, a comma or full stop inside it as American style has it.
_IN_TITLE_MARKS = re.compile(r"[,.]?[" + re.escape(_CLOSING_MARKS) + "]")


# Nouns a story calls a company by ("the airline said"); a name ending in a company word
# ("Coastline Electric", "Harborview Financial Corp") is one.
COMPANY_NOUNS = words(
    "company firm airline lender insurer retailer automaker carmaker utility broadcaster bank "
    "network corporation corp inc co group holdings")
_CORPORATE = words("inc co corp corporation company ltd limited plc llc")
# Kinds of public body a company never is: "the utility said" is no commission.
# ("the regulator said" after a company was named is the regulator, not the company.)
PUBLIC_BODIES = words(
    "commission bureau agency department council authority ministry regulator watchdog")
# Words for a kind of body written right before its name ("company Halvorsen Medical"): the
# company words (bar the abbreviations), public bodies and the other kinds of body.
KINDS_OF_BODY = (COMPANY_NOUNS - words("corp inc co")) | PUBLIC_BODIES | words(
    "carrier group charity club team union startup operator manufacturer "
    "maker developer platform chain brand label publisher consultancy association federation "
    "foundation institute trust consortium organisation organization cooperative co-operative")
# The last word of a unit of government or of members, before the name of who works there
# ("Trade Ministry Rahmat Hidayatullah Lubis"): the public bodies and a few more.
_UNIT_WORDS = PUBLIC_BODIES | words("government cooperative directorate office secretariat")


def body_kind(tokens: tuple[str, ...]) -> str | None:
    """What kind of body a name says it is by its last word: "company" for a company word
    ("Airlines", "Corp", "Electric"), else that word when it is a kind of body ("Commission",
    "Bureau"), else None ("Plaid Cymru", "Kestrel Rovers"); "council" for a local council named
    by its place ("City of Gladstone")."""
    last = tokens[-1].lower().rstrip(".,") if tokens else ""
    if _is_local_council(tokens):
        return "council"  # ("the City of Gladstone" is no "company", whatever its place)
    if last in COMPANY_WORDS or last in COMPANY_NOUNS or last.title() in OUTLET_WORDS:
        return "company"  # (a paper or a channel is a company too)
    return last if last in ORG_WORDS else None


# The trades whose companies the press calls "the agency": talent, artists, advertising.
_AGENCY_TRADES = words("entertainment management talent artists models advertising marketing")


def _find_all(text: str, word: str, offset: int) -> Iterator[int]:
    """Where ``word`` occurs in ``text``, each plus ``offset``."""
    at = text.find(word)
    while at >= 0:
        yield at + offset
        at = text.find(word, at + 1)


def kind_fits(noun: str, tokens: tuple[str, ...]) -> bool:
    """Whether a body named ``tokens`` can be "the ``noun``": a company is no bureau, and a
    commission no utility; other nouns ("the board", "the club") and names that say no kind
    fit any body."""
    kind = body_kind(tokens)
    if noun in _GOVERNING_BODIES and "of" not in tokens and is_plural(tokens[-1]) and (
            tokens[-1][1:].islower()):
        # "the league said" is never a team named by a plural ("Delap Sharks"), the league's
        # or the federation's member.
        return False
    if noun == "district":
        # "the district said" is a body its name calls a district, not the last body named
        # (the agency it is at odds with, the paper reporting it).
        return "District" in tokens
    if noun == "utility" and kind == "authority":
        # (A public utility is as often an authority, one named for what it supplies: "the
        # Guam Waterworks Authority ... the utility said", "the Water and Sewerage Authority";
        # never the authority that regulates it, nor a port's or a housing authority.)
        return any(t.lower().startswith(_SUPPLIES) for t in tokens) and not any(
            t.lower().startswith("regulat") for t in tokens)
    if noun in COMPANY_NOUNS and noun != "group":
        return kind in (None, "company")  # (not "the United States", not a council)
    if noun in PUBLIC_BODIES:
        # (A talent or advertising agency is a company: "the agency said" after "Daon
        # Entertainment" or "Starhaven Entertainment", a K-pop group's.)
        # (Nor a place that serves the public: "the ministry said" after "Birchenough Bridge
        # Clinic" is the ministry that runs it.)
        # (Nor a public body its name calls another kind: "the ministry" is no "Rural
        # District Council"; "the regulator", "the watchdog" or "the agency" may be any.)
        other_body = kind != noun and noun in _ONE_KIND_OF_BODY and kind in _ONE_KIND_OF_BODY
        return (kind != "company" and kind not in _SERVICE_PLACES and not other_body) or (
            noun == "agency" and tokens[-1].lower() in _AGENCY_TRADES)
    return True


# A capitalised word alone after "the", no possessive after it and no word for a family
# ("the Jones family", "the Hawkins’ home", "the Smiths' house" are a family's).
_THE_CAPITALISED = re.compile(r"\b[Tt]he [A-Z][a-z]+\b(?![’']| (?:family|brothers|sisters|"
                              r"household|case|couple)\b)")
# Bodies that govern teams, which no team's name ("Delap Sharks", "Banjul Marines") is.
_GOVERNING_BODIES = frozenset({"league", "federation", "association", "confederation"})
# What a utility supplies, as the words of an authority's name open: "Waterworks", "Power",
# "Electricity", "Sewerage".
_SUPPLIES = ("water", "power", "electric", "energy", "sewer", "gas")
# Words for any public body: US copy calls a commission or a bureau "the agency".
_ANY_PUBLIC_BODY = frozenset({"regulator", "watchdog", "agency"})
# The others, each of one kind only: a commission is no ministry.
_ONE_KIND_OF_BODY = PUBLIC_BODIES - _ANY_PUBLIC_BODY
# Bodies by the place they serve from: no commission, ministry or council.
_SERVICE_PLACES = frozenset({"hospital", "clinic", "polyclinic", "school", "college",
                             "university", "museum", "church", "academy", "elementary"})


_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def surname_of(tokens: tuple[str, ...]) -> str:
    """The last word of a name before a suffix: "Carlineo" of "Patrick Carlineo Jr."."""
    if len(tokens) > 1 and tokens[-1] in _NAME_SUFFIXES:
        return tokens[-2]
    return tokens[-1]


def shares_surname(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names share a surname, by any part of a double-barrelled one ("Cyril
    Benjamin Jr." and "Valerie Benjamin-Duncan")."""
    return bool(set(surname_of(a).split("-")) & set(surname_of(b).split("-")))


def _only_there_or_no_ones(entity: Entity) -> bool:
    """Whether a name in a dateline is only a place: one the story uses there alone, or one
    word no person is shown to bear ("WASHINGTON ... Tyrell Washington said" keeps its
    person)."""
    return entity.mentions <= 1 or (len(entity.tokens) == 1 and not (
        _is_given(entity.tokens[0]) or entity.gender_from_name or entity.roles))


def _learn_places_of_saints(raw: list[tuple[int, int, str, list[str]]],
                            full: dict[tuple[str, ...], Entity],
                            words_of: dict[str, tuple[str, ...]], masked: str) -> None:
    """"St Helier", "St Ouen": a person's name of one word that the story only ever writes
    after a saint's title is a town or a parish named after the saint (a saint is no one a
    story quotes), never a person in reach of an epithet. (Not with a possessive after it:
    "St. Brendan’s", the hospital or school, speaks through its spokesperson as the story
    says.)"""
    saint_before: dict[tuple[str, ...], str] = {}
    not_sainted: set[tuple[str, ...]] = set()
    for start, end, name, _ in raw:
        tokens = words_of[name]
        if len(tokens) != 1 or full[tokens].kind != "person":
            continue
        saint = _SAINT_BEFORE.search(masked, max(0, start - 7), start)
        after = _LOWER_WORD_AFTER.match(masked, end) if saint is not None else None
        if saint is None or masked.startswith(("’s", "'s"), end) or (
                # (Only where a place is written: "in St Helier", "from St Ouen", "one St
                # Agnes resident"; "St Clair, who has coached the team since 2019," and "St
                # Louis scored" are people.)
                not _PLACE_LEAD_BEFORE.search(masked, max(0, saint.start() - 12),
                                              saint.start())
                and not (after is not None and is_person_noun(singular(after.group(1))))):
            not_sainted.add(tokens)
        else:
            # (Named as the story writes the place: "St Helier", "Saint Ouen".)
            saint_before[tokens] = saint.group().strip()
    for tokens, title in saint_before.items():
        if tokens not in not_sainted:
            full[tokens].kind = "place"
            full[tokens].name = f"{title} {full[tokens].name}"


def _learn_things_of_the(raw: list[tuple[int, int, str, list[str]]],
                         full: dict[tuple[str, ...], Entity], masked: str) -> None:
    """"developers selling through the Kestrel Store": a name of two words or more that the
    story only ever writes after a lower-case "the", with no title, no given name first and
    no noun for people last ("the Irishman"), is no one who bears its words: "Kestrel" is
    the firm named "Kestrel Technologies"."""
    after_the: dict[tuple[str, ...], bool] = {}
    for start, end, name, titles in raw:
        tokens = tuple(name.split())
        # (Not one that speaks, "the Chinese CDC said", nor one with initials in its name: a
        # body, whatever its words.)
        after_the[tokens] = after_the.get(tokens, True) and not titles and (
            masked[max(0, start - 4) : start] == "the ") and not _cue_follows(masked, end) and (
            not any(t.isupper() for t in tokens))
    for tokens, only in after_the.items():
        entity = full.get(tokens)
        if only and entity is not None and entity.kind == "person" and len(tokens) > 1 and (
                not _is_given(tokens[0]) and not is_person_noun(tokens[-1])):
            entity.after_the = True


def _company_short(tokens: tuple[str, ...], cand: tuple[str, ...], kind: str) -> bool:
    """"Big Machine" for "Big Machine Records", "Goldman Sachs" for "Goldman Sachs Group": a
    body's name without the words that say it is a company is still that body, when the short
    form does not open with a given name ("Dick Clark" is not "Dick Clark Productions")."""
    return kind == "org" and cand[: len(tokens)] == tokens and (
        tokens[0].lower() not in _GIVEN) and (all(
            t.lower().rstrip(".,") in COMPANY_WORDS or t.lower().rstrip(".,") in ORG_WORDS
            for t in cand[len(tokens):]) or (
            # "Summit Shield" for "Summit Shield Roofing & Restoration": two words of a firm's
            # name joined by "&", which only a firm's name has.
            len(tokens) >= 2 and "&" in cand[len(tokens):]) or (
            # "Seaview Meridian" for "Seaview Meridian Developments Ltd": two words or more
            # of a name that ends in a company's legal suffix, at most one word of its trade
            # between.
            len(tokens) >= 2 and len(cand) - len(tokens) <= 2
            and cand[-1].lower().rstrip(".,") in _CORPORATE) or (
            # "Pellucid" for "Pellucid Health Systems": one word opening a name that ends as a
            # body's does, when it is no one's surname in the Census (the caller also asks
            # that no one in the story bear it); a Census surname only before a company word
            # ("Everline" for "Everline Appliance Co."): with any body's word, a blind set lost
            # a quotation (we did not look which; a trust or a foundation is often named after
            # a person the story calls by the surname).
            len(tokens) == 1 and _ends_as_body(cand) and (
                not is_surname(tokens[0]) or cand[-1].lower().rstrip(".,") in COMPANY_WORDS
                or cand[-1].lower().rstrip(".,") in _CORPORATE)))


def _body_by_its_head(tokens: tuple[str, ...], cand: tuple[str, ...], kind: str,
                      by_token: dict[str, list[tuple[str, ...]]]) -> bool:
    """"the Ministry wrote" after "the Ministry of Education said": a body's own word alone,
    capitalised as the story writes that body's name "X of Y", is that body, when no other
    name in the story holds the word (with "the Ministry of Health" and "the Ministry of
    Higher Education", or "the Department for Education" and "the Department of Health",
    "the Ministry" may be either)."""
    return kind == "org" and len(tokens) == 1 and len(cand) > 2 and cand[0] == tokens[0] and (
        cand[1] == "of") and tokens[0].lower() in ORG_WORDS and all(
        c in (cand, tokens) for c in by_token.get(tokens[0], ()))


def _ends_as_body(cand: tuple[str, ...]) -> bool:
    last = cand[-1].lower().rstrip(".,")
    # (An abstract noun ends a firm's name, "Veridian Health Analytics", but not the "of" of a
    # body's, "Ministry of Higher Education": that "Ministry" may be another's.)
    return last in COMPANY_WORDS or last in ORG_WORDS or (
        _ends_abstract(cand) and "of" not in cand)


def _someone_of(tokens: tuple[str, ...]) -> bool:
    """Whether a name is someone's "of" a body: two words or more before its "of", the last of
    them no body's or office's word ("Pastor Wilner Augustin of Église Nouvelle Espérance";
    not "Commander of Regional Division", "Division of Homeland Security")."""
    if "of" not in tokens[2:]:
        return False
    head = tokens[tokens.index("of", 2) - 1]
    low = head.lower()
    return not (_abstract_head(head) or low in ORG_WORDS or low in COMPANY_WORDS
                or is_role_word(low) or head in PLACE_WORDS)


def _ends_abstract(tokens: tuple[str, ...]) -> bool:
    """Whether a name of two words or more ends in an English abstract noun ("Emergency
    Management"; of a state or a field after two words or more, "Veridian Health
    Analytics"), no one's surname in the Census ("Vance", "Clément" are), after no
    particle, initial or given name ("Sébastien de Valence", "Gabor J. Markovics", "Ifeoma
    Grace Prudence" are people). A "-ment" must be a common word ("Jordi Climent" is a
    person), and so must a state's last word or one before it ("Pacific Coast Robotics",
    "Green Harbour Sustainability", though Webster's 1934 list lacks "robotics" and
    "harbour"; not "Zsuzsanna Eszter Babics"); "-tion" and
    "-sion" need none ("Rockwell Automation")."""
    last = tokens[-1]
    if len(tokens) < 2 or not all(
            t[:1].isupper() and not _INITIAL.fullmatch(t) and not _is_given(t)
            for t in tokens[1:-1]):
        return False
    if last.endswith(_ACTION_ENDINGS):
        return _abstract_head(last)
    # (Without Webster's list, only "-tion" and "-sion", as before it.)
    return len(tokens) > 2 and last.endswith(_STATE_ENDINGS) and not _census_surname(last) and bool(
        common_words()) and any(_in_webster(t) for t in tokens)


def _abstract_head(word: str) -> bool:
    """Whether a word is an English noun of an action by its ending, no one's surname: any
    "-tion" or "-sion", a "-ment" in Webster's list ("Management", not "Climent")."""
    if not word.endswith(_ACTION_ENDINGS) or _census_surname(word):
        return False
    return not word.endswith(("ment", "ments")) or (bool(common_words()) and _in_webster(word))


def _census_surname(word: str) -> bool:
    """The Census has ``word`` as a surname, with its accents or without ("Clément")."""
    return is_surname(word) or is_surname(fold_accents(word))


def _in_webster(word: str) -> bool:
    """Whether ``word`` in lower case, or its singular, is a common English word by Webster's
    list (``common_words``; true of every word when the list is missing, so that no guard
    that asks for a common word holds a name back). Not the name index's
    ``_common_word``, which asks whether the story writes a word in lower case."""
    vocabulary = common_words()
    low = word.lower().rstrip(".,")
    return not vocabulary or low in vocabulary or (low.endswith("s") and low[:-1] in vocabulary)


_OWNER_BEFORE = word_before("by of from with")
_LOWER_WORD_AFTER = re.compile(r"[ \xa0]+([a-z][\w-]*)")
# Prepositions whose object a name right after them is ("Asked by Kinsella", "sold to Eoin
# Fahy"), for the two checks below.
_BEFORE_AN_OBJECT = "by|to|with|from|for|against|about"
# A verb or a preposition, then perhaps role words, right before a name: it is an object.
_NAMED_AS_OBJECT = re.compile(rf"\b(?:[a-z]+ed|{_BEFORE_AN_OBJECT}|out|at|over|on|found|told|saw|"
                              r"hit|beat|met|led)(?:[ \xa0]+[a-z][\w-]*){0,3},?[ \xa0]+$")
_OBJECT_OF_PREPOSITION = re.compile(
    rf"\b(?:{_BEFORE_AN_OBJECT}|of|on|in|at)[ \xa0]+(?:the[ \xa0]+)?$")


def _says_whose_role(text: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``start:end`` only says whose the role word after it is:
    "a senior Gridco manager" names no senior Gridco; the words before it are the manager's.
    (A person's full name keeps its office: "Vice President Kamala Harris spokesman".)"""
    if " " in text[start:end]:
        return False
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and is_person_noun(after.group(1)) and is_role_word(
        after.group(1)) and after.group(1) not in _VERBS


# "the zoo", "the festival": a lower-case word after "the".
# ("he" first, for speed: see THE_FROM_HE.)
_THE_LOWER_NOUN = re.compile(THE_FROM_HE + r"[ \xa0]+([a-z][a-z-]+)\b")


def _no_person_shown(entity: Entity) -> bool:
    """Whether a name read as a person's shows nothing of one: no given name, no sex (the
    bodies learned from the words around a name ask it first)."""
    return entity.kind == "person" and not _is_given(entity.tokens[0]) and entity.gender is None


def _brought_in_aside(text: str, at: int, name: tuple[str, ...]) -> bool:
    """Whether a person is first named at ``at`` after a preposition, past a kin noun or a
    role ("walked on stage on the arm of her son, director Tamer El-Gharably"; "campaigning for
    his wife Hillary Clinton"): a relative the story names in passing, not the one it goes on
    to call by the surname. (Not one it sets apart as "no relation", who is named to be
    quoted: "the father of Eilidh McIntyre, no relation to the union official".)"""
    return bool(_BROUGHT_IN_ASIDE.search(text, max(0, at - 60), at)) and not (
        _NO_RELATION_AFTER.match(text, at + len(" ".join(name))))


def _set_off_before(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends in a comma and white space ("Kemp's attorney, "): the
    patterns anchored there are tried only then, since a search of the 60 characters before
    every mention was a tenth of all extraction time."""
    # (Most names follow one space and a word: the first two characters settle it, without
    # the walk back over the white space, asked of every mention several times.)
    if start < 2 or not text[start - 1].isspace():
        return False
    i = start - 1
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ","


# A possessive word in a phrase: "the chief executive’s", "the group's".
_POSSESSIVE_WORD = re.compile(r"[\w-]+[’']s?(?=\s|$)")


_OF_WORD = re.compile(r"\bof\b")


def _own_words(appositive: str) -> str:
    """The words of an appositive that are its person's own: not another person's role it
    names with a possessive ("the chief executive’s elder brother" is a brother), nor what
    follows "of" before one ("the son of the group’s founder" is a son). A body's stays
    ("the group’s 24-year-old leader")."""
    owner = _POSSESSIVE_WORD.search(appositive)
    if owner is None or not is_person_noun(re.sub(r"[’']s?$", "", owner.group())):
        return appositive
    of = _OF_WORD.search(appositive, 0, owner.start())
    return appositive[: of.start()] if of is not None else appositive[owner.end() :]


def _two_breaks(masked: str, start: int, end: int) -> bool:
    """Whether two paragraph breaks lie between ``start`` and ``end`` (as ``count`` > 1, but
    it stops at the second: a long story's first mention may be megabytes back)."""
    first = masked.find("\n\n", start, end)
    return first != -1 and masked.find("\n\n", first + 2, end) != -1


# An office with its abbreviation in brackets before a name: "Superintendent of Police (SP)
# Olivier Bizimana", "Deputy Public Prosecutor (DPP) Ng Wei Ling".
# (The brackets are looked for first, then the office before them: a search for the office's
# words at every capital cost 2.5% of extraction.)
_BRACKETED = r"\(([A-Z]{2,6})\)[ \xa0]+"
_BRACKETED_ABBREVIATION = re.compile(_BRACKETED + r"(?=[A-Z][a-z])")
_OFFICE_BEFORE_BRACKET = re.compile(
    r"(?<![A-Za-z])((?:[A-Z][a-z]+[ \xa0]+(?:(?:of|for)[ \xa0]+(?:the[ \xa0]+)?)?){1,6})$")
# The same bracket right before a run, whose first word then opens a name ("(SP) Olivier").
_ABBREVIATION_BEFORE = re.compile(_BRACKETED + "$")
# The abbreviation used alone as a title later, right before a name: "ASP Jalloh".
_ABBREVIATION_AT_END = re.compile(r"\b([A-Z]{2,6})[ \xa0]+$")


def _defined_titles(masked: str) -> dict[str, tuple[str, str]]:
    """The abbreviations a story defines for an office before a name (abbreviation -> the
    office's head word and its words: "SP" -> ("superintendent", "Superintendent of
    Police")): the initials of the office's last words, whose head, before any "of", is a word
    for someone's office (not "Cricket Board (GCB)")."""
    found: dict[str, tuple[str, str]] = {}
    for bracket in _BRACKETED_ABBREVIATION.finditer(masked):
        m = _OFFICE_BEFORE_BRACKET.search(masked, max(0, bracket.start() - 90), bracket.start())
        if m is None:
            continue
        words = re.findall(r"[A-Za-z]+", m.group(1))
        caps = [i for i, w in enumerate(words) if w[0].isupper()]
        abbr = bracket.group(1)
        for k, i in enumerate(caps):
            if "".join(words[j][0] for j in caps[k:]) == abbr:
                phrase = words[i:]
                head = next((w for w, nxt in zip(phrase, [*phrase[1:], ""], strict=True)
                             if nxt in ("of", "for", "")), phrase[-1]).lower()
                if is_role_word(head) and head not in ORG_WORDS:
                    found[abbr] = (head, " ".join(phrase))
                break
    return found


# A number and the word after it: " 3 Councilman" (a numbered unit's, "Ward 17 councillor").
_NUMBER_THEN_WORD = re.compile(r"[ \xa0]+\d+[ \xa0]+([A-Za-z]+)")
# A list of portfolios going on after a comma: ", Food Security and Enterprise".
_LIST_GOES_ON = re.compile(r" and [A-Z][\w-]*(?: [A-Z][\w-]*)?(?![\w’'-]| [A-Z])")


class NameIndex:
    """Entities of one article and every mention of them, in body order."""

    def __init__(self, body: str, masked: str, headline: str = "") -> None:
        self.body = body
        self.masked = masked  # (read by _lede_displaced)
        # The headline's words: whom a story is about (read by ``_build``).
        self._headline_words = tuple(
            _POSSESSIVE_END.sub("", w).lower()
            for w in re.findall(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*", headline))
        self._company_openings: list[tuple[int, int]] | None = None
        # Where each sentence's subject may start, past its scene-setting phrase (by start).
        self._scene_ends: dict[int, int] = {}
        self._lede_starts: list[int] = []
        raw: list[tuple[int, int, str, list[str]]] = []
        initial: list[bool] = []
        self._prefix: dict[int, str] = {}  # a name's start -> the title words of its run
        self._common: dict[str, bool] = {}
        bare_titles: list[tuple[int, str]] = []
        self._said_nouns = _said_nouns(masked)
        self._office_cut: set[int] = set()  # names whose office _said_nouns cut off
        # (Whether the story writes any of ``_OFFICE_WORDS`` at all: 31 of PolNeAR's 84
        # stories do not, now the list holds "President", "Director" and "Chief", and the
        # searches for one before every run and every role are then skipped. The masked text
        # holds no more of them.)
        # (Every use asks for an office and its "of" or "for": a story with neither reads none
        # of their patterns. "Mayor" alone is in most US political stories.)
        self._office_words = _OFFICE_FOR_ANYWHERE.search(body) is not None
        self._defined_titles = _defined_titles(masked)
        for text, at in _join_bodies(masked):
            if " " not in text and "\xa0" not in text:
                # (A run of one word, as most are, has no sentence's end or headline's verb
                # inside to cut it at.)
                self._add_run(text, at, raw, initial, masked, bare_titles)
                continue
            for whole, whole_start in _split_at_sentence_end(text, at):
                for run, run_start in _split_at_headline_verb(whole, whole_start):
                    self._add_run(run, run_start, raw, initial, masked, bare_titles)
        if bare_titles:
            raw, initial = _titles_that_are_surnames(raw, initial, bare_titles)
        raw = _titles_that_are_given_names(raw, masked)
        self._build(raw, initial, masked)

    def _join_nicknames(self, raw: list[tuple[int, int, str, list[str]]]
                        ) -> list[tuple[int, int, str, list[str]]]:
        """'Jayden "Jacko" Jackson', 'Tevita “Tank” Faleolo': a nickname in quotation marks
        between a given name and a surname (masked as a quotation, so the two read as two
        names) is one person, "Jayden Jackson", and the nickname alone later ("Tank said") is
        them too."""
        if not any(ch in self.body for ch in "\"“‘'"):
            return raw
        restored: list[tuple[int, int, str, list[str]]] = []
        for k, run in enumerate(raw):
            first, _, rest = run[2].partition(" ")
            opener = _GIVEN_BEFORE_NICKNAME.search(self.body, max(0, run[0] - 32), run[0]) if (
                rest and _glued_nickname(first) and run[0] > 0 and self.body[run[0] - 1] in "‘'"
                and (k == 0 or raw[k - 1][1] < run[0] - 2)) else None
            if opener is not None and _may_open_nickname(opener.group(1)):
                # "Kerwin ‘Bobo’ Alleyne, 31, pleaded guilty": a given name the census lacks,
                # dropped as the first word of its sentence; the nickname after it shows it
                # to be one.
                restored.append((opener.start(1), opener.end(1), opener.group(1), []))
            restored.append(run)
        raw = restored
        joined: list[tuple[int, int, str, list[str]]] = []
        nicknames: dict[str, str] = {}
        introduced: dict[str, int] = {}
        i = 0
        while i < len(raw):
            _, end, name, titles = raw[i]
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            nick = _NICKNAME_GAP.fullmatch(self.body, end, nxt[0]) if nxt else None
            called_as = nick.group(1) if nick is not None else ""
            gap = _SINGLE_NICKNAME_OPEN.fullmatch(self.body, end, nxt[0]) if (
                nxt is not None and nick is None) else None
            if gap is not None and nxt is not None and (
                    gap.group(1).strip().lower().rstrip(".") in TITLES or not gap.group(1)):
                # "Winston 'Bumper' Ferguson": a nickname in single marks is not masked as a
                # quotation, and its closing mark, read as an apostrophe, joins it to the
                # surname in one run ("Bumper' Ferguson"). (A title opening it is read as the
                # run's: "Clarence ‘Lord Cascadoo’ Noel".)
                first, _, rest = nxt[2].partition(" ")
                if rest and _glued_nickname(first):
                    called_as = gap.group(1) + first[:-1]
                    nxt = (nxt[0] + len(first) + 1, nxt[1], rest, nxt[3])
            words_ = name.split()
            given = words_[-1]
            if nxt is not None and called_as and (
                    _is_given(given) or not is_surname(given) or len(words_) == 1) and (
                    _may_open_nickname(given)):
                # (Only the given names of a longer run: "Five-eighth Jayden" opening a
                # sentence is a position and a name; "Mary Kate “MK” Gallagher" keeps both.)
                k = len(words_) - 1
                while k > 0 and _is_given(words_[k - 1]):
                    k -= 1
                given = " ".join(words_[k:])
                whole = f"{given} {nxt[2]}"
                joined.append((end - len(given), nxt[1], whole, titles))
                for called in (called_as, f"{called_as} {nxt[2]}"):
                    # (The nickname with the surname, "Dinny Kearns" after 'Denis "Dinny"
                    # Kearns', is them too.)
                    if called not in nicknames:
                        nicknames[called] = whole
                        introduced[called] = end
                i += 2
                continue
            known = _nickname_after(self.body, end) if len(words_) > 1 else None
            if known is not None and known not in nicknames and known not in words_ and (
                    _nickname_fits(self.body, raw[i][0], words_[0], known)):
                # "Philip Hamon, known to everyone on the island simply as ‘Pip’,": the
                # nickname alone later is him, as it is after 'Philip “Pip” Hamon'. (Not
                # "The widow of Jim Daly, known to neighbours as ‘Bridie’": hers; nor a
                # nickname of the other sex.)
                nicknames[known] = name
                introduced[known] = end
            joined.append(raw[i])
            i += 1
        if not nicknames:
            return raw
        # The nickname alone is them only after it was given, and not as a team or a county
        # ("England edge Tonga" before 'Sione "Tonga" Havili'; "Tonga led 20-10", "Tonga
        # coach Kristian Woolf").
        # (Nor after someone else is named with it: "Anthony Burke, known as ‘Tony’, and his
        # co-accused, Tony Moore ... Tony said" is Mr Moore.)
        # (Or someone new given it alone: "His brother, also called Jim,", "his grandson
        # Mick".)
        # (One scan of the story for those, whoever they are, read per nickname.)
        another: dict[str, list[int]] = {}
        for m in _ANOTHER_CALLED.finditer(self.body):
            whose = (m.group("whose") or "").lower()
            bearer = nicknames.get(m.group("name"))
            # (A kin noun's owner of the nickname's sex: "his brother Tony" of a man's.)
            if bearer is not None and (not whose or {"his": "m", "her": "f"}.get(whose) == (
                    gender_of_given_name(bearer.split()[0]))):
                another.setdefault(m.group("name"), []).append(m.start())
        renamed = {n: min([s for s, _, other, _ in joined if s > at and " " in other
                           and other.split()[0] == n
                           # ("Tiny Payten" after 'Cecil “Tiny” Payten' is him.)
                           and other.split()[-1] != nicknames[n].split()[-1]]
                          + [s for s in another.get(n, ()) if s > at], default=len(self.body))
                   for n, at in introduced.items()}
        return [(s, e, nicknames[n] if n in nicknames and introduced[n] < s < renamed[n] and not (
                    _NOT_THE_NICKNAMED.match(self.body, e)) and not is_role_word(
                    (self.body[e : e + 30].split() or [""])[0].strip(",.;:").lower()) else n, t)
                for s, e, n, t in joined]

    def _add_run(self, run: str, at: int, raw: list[tuple[int, int, str, list[str]]],
                 initial: list[bool], masked: str,
                 bare_titles: list[tuple[int, str]] | None = None) -> None:
        if self._defined_titles and " " in run and (
                first := run.split(" ", 1)[0]) in self._defined_titles:
            # "SP Bizimana said" after "Superintendent of Police (SP) Olivier Bizimana": the
            # story's own abbreviation of an office, a title as "Supt" is.
            rest = run[len(first) + 1 :]
            before = len(raw)
            self._add_run(rest, at + len(first) + 1, raw, initial, masked)
            if len(raw) > before and raw[-1][0] == at + len(first) + 1:
                s, e, n, t = raw[-1]
                raw[-1] = (s, e, n, [self._defined_titles[first][0], *t])
                initial[-1] = False
            return
        # (Where the run came from matters only to a run of three words or more.)
        long_run = run.count(" ") >= 2
        role = long_run and _after_role_word(masked, at)
        mid_sentence = role or (long_run and _NAME_CONTEXT_BEFORE.search(
            masked, max(0, at - 14), at) is not None)
        abbreviation = _ABBREVIATION_BEFORE.search(masked, max(0, at - 10), at) if (
            self._defined_titles) else None
        spelt = _INITIALS_IN_BRACKETS.match(masked, at + len(run)) if " " in run and (
            masked.startswith(" (", at + len(run))) else None
        titles: list[str]
        if spelt is not None and spelt.group(1) == _initials(run.split()):
            # "said Samagi Jana Balawegaya (SJB) Kurunegala District MP ...": a run its own
            # initials follow in brackets is a body's whole name, no word of it a title or a
            # sentence's (the cuts below had left "Jana Balawegaya" a person).
            name, start, titles = run, at, []
        else:
            name, start, titles = _clean_run(
                run, at, mid_sentence=mid_sentence, after_role=role,
                named_next=abbreviation is not None and (
                    abbreviation.group(1) in self._defined_titles))
        if titles and name and (body_word := _POSSESSIVE_END.sub(
                "", name.split()[-1].lower())) in ORG_WORDS and not is_surname(body_word) and not (
                # (Not a person "of" a body after a style: "Mr. Morgan of the Sierra Club".)
                " of " in name and _HONORIFICS.intersection(titles)):
            # "The Justice Department", "the Queen Elizabeth Hospital", "the Sheriff's
            # Office", "the Dr. Everett Chalmers Regional Hospital": a body's name that opens
            # with a title keeps it (no department is named "Department"). (Not past a
            # surname a body's word may be: "Judge Ann Church"; nor a word that only
            # qualifies a title: "Former Justice Department official Tom Smith".)
            name_end = start + len(name)
            while start > at and (held := masked[at:start].split()):
                word = _POSSESSIVE_END.sub("", held[-1].lower()).rstrip(".")
                if word in ("the", "a", "an") or word in _QUALIFIERS or word not in titles:
                    break
                start = masked.rindex(held[-1], at, start)
                name = masked[start:name_end]
                titles = [t for t in titles if t != word]
        if titles and titles[-1] == "garda" and name and (
                (at_garda := masked.rfind("Garda", at, start)) >= 0):
            # (_clean_run may have cut "Garda", a noun for a guard, as a title: the one test
            # below decides, as for a run that kept it.)
            start, name, titles = at_garda, masked[at_garda : start + len(name)], titles[:-1]
        if name.startswith("Garda ") and _garda_named(name):
            # "Garda Niamh Teahan told the court", "Garda Teahan said": Ireland's rank of a
            # guard, as "Constable" is, before a person's name; not before the words of a
            # unit's or an office's ("Garda Traffic", "the Garda Dog Unit", "Garda
            # Headquarters", "the Garda Commissioner"), which stay the body's name.
            start, name, titles = start + 6, name[6:], [*titles, "garda"]
        if titles and set(titles) <= ELDER_TITLES and name and " " not in name and (
                masked.startswith(("’s", "'s"), start + len(name))) and not (
                (owned := _LOWER_WORD_AFTER.match(masked, start + len(name) + 2)) is not None
                and is_person_noun(owned.group(1))):
            # "Uncle Ben's said in a statement": a brand's name, whole, not an elder's title
            # before someone's given name ("Uncle Solomon’s daughter" is his).
            name, start, titles = run.removesuffix("’s").removesuffix("'s"), at, []
        if name and _CAPITALS_AND_NUMBER.fullmatch(name) and _SUM_GOES_ON.match(
                masked, start + len(name)):
            name = ""  # "BND46,000": a sum, its thousands past the comma
        if name == run and " " not in run and _AWARD_AFTER.match(masked, at + len(run)) and (
                is_person_noun(run.lower())):
            name = ""  # "Man of the match Jammeh", "Player of the year": an award, no one
        if name == run and " " not in run and masked[at - 1 : at] == "(" and masked[
                at + len(run) : at + len(run) + 1] == ")" and (
                bracketed := _WORD_BEFORE_BRACKET.search(masked, max(0, at - 30), at)) and (
                _is_role_head(bracketed.group(1))) and not _is_given(run) and not is_surname(run):
            # "Deputy General Manager (Finance)", "Director (Operations)": the post's field in
            # brackets, no one.
            name = ""
        if not name:
            # A run of sentence words and titles only ("The", "But", "In": more than a quarter
            # of all runs). (Nothing below empties a name it is given: each cut leaves two
            # words at least.)
            if bare_titles is not None and run.isalpha() and run.istitle() and (
                    _is_role_head(run)):
                bare_titles.append((at, run))  # "Dean, a medical doctor, ...": see below
            return
        words = name.split()
        # (The office's words are looked for first: few runs follow one, and the patterns
        # read for every run cost 4% of extraction.)
        # (Or a run that opened with the office itself: "Minister of Community Development,
        # Culture and the Arts Nyla Seepersad-Browne", its office cut off.)
        office = _OFFICE_WORD.search(masked, max(0, at - 160), start) if self._office_words and (
            start == at or _PORTFOLIO_BEFORE.search(masked, at, start)) else None
        if office is not None and office.group() == "Mayor" and _SOMEONE_ELSES_OFFICE.search(
                masked, max(0, office.start() - 12), office.start()):
            # "A letter to the Mayor of Leeds, Sarah Cole, said": a mayor after "to the", "of
            # the" or "for the" is the object's, and the town keeps its reading as a place.
            # (A minister's portfolio would become a name of its own: "Health".)
            office = None
        after_and = office is not None and (
            _PORTFOLIO_AND_BEFORE.search(masked, office.start(), start) is not None)
        in_portfolio = after_and or (office is not None and (
            _PORTFOLIO_BEFORE.search(masked, max(0, start - 40), start) is not None))
        if in_portfolio and 0 < len(words) <= 3 and ((
                _PORTFOLIO_GOES_ON.match(masked, at + len(run)) is not None and (
                    words[-1].lower().endswith(_PORTFOLIO_ENDINGS) or (
                        len(words) == 1 and not _is_given(words[0])
                        and not is_surname(words[0]))))
                or (_HOLDER_SET_OFF.match(masked, at + len(run)) is not None
                    and not any(_is_given(w) for w in words))):
            # ("Minister for Health, Jennifer Carroll MacNeill, said": the portfolio, then
            # its holder set off.)
            # "Minister for Rural and Maritime Development and Disaster Management Josefa
            # Tuivanuavou": the words of an office's portfolio before "and" are no one. (Not a
            # holder's name before "and": "Minister for Finance Paschal Donohoe and ...".)
            return
        if after_and and len(words) >= 3:
            # The last portfolio joined by "and" opens the run of its holder's name: the name
            # starts after its last word made like a portfolio's ("Local Government Cuthbert
            # Wong Chong", "Antiquities Hisham Abdel Aziz").
            last = max((k for k in range(min(3, len(words) - 2))
                        if words[k].lower().endswith(_PORTFOLIO_ENDINGS)), default=None)
            if last is None and not is_common_given_name(words[0]):
                # ("and the Marine Charlie McConalogue": a portfolio of no such ending ends
                # before the first common given name; not a holder's own, "Jennifer
                # Carroll".)
                last = next((k - 1 for k in range(1, min(3, len(words) - 1))
                             if is_common_given_name(words[k])), None)
            if last is not None:
                dropped = sum(len(w) + 1 for w in words[: last + 1])
                start, name, words = start + dropped, name[dropped:], words[last + 1 :]
        if len(words) >= 3 and office is not None and not _is_given(words[0]) and (
                _PORTFOLIO_BEFORE.search(masked, max(0, at - 40), at) if start == at else
                _PORTFOLIO_BEFORE.search(masked, at, start)):
            # (Only a run nothing was cut from yet, or only its office: a title or a given
            # name placed it. "Minister of Culture Jórun Nolsøe", "Former Minister of ...":
            # the run opened with the office, and a given name the census lacks left
            # "Culture" on the name.)
            # "Minister for Agriculture Declan Furlong", "Secretary for Security Tang Wing-kei":
            # the portfolio opens the run, when no given name the census knows said where the
            # person starts.
            # (One word of portfolio: a person's name may run to three words, "Ong Ye Kung",
            # "Lam Ting-kwok Paul".)
            cut = words[0] + " "
            start, name = start + len(cut), name[len(cut) :]
        words = name.split()
        while len(words) >= 3 and self._office_words and not _is_given(words[0]) and (
                words[0].lower().endswith(_PORTFOLIO_ENDINGS)) and not is_surname(words[0]) and (
                    _PORTFOLIO_PART_BEFORE.search(masked, max(0, start - 60), start)):
            # A portfolio of two words or more, "Minister of Foreign Affairs Pieter Bakker":
            # the census lacks "Pieter", and the portfolio goes on while its words end as a
            # portfolio's nouns do. (Not over a surname: "Health Ching Wei Long".)
            cut = words[0] + " "
            start, name = start + len(cut), name[len(cut) :]
            words = words[1:]
        if len(words) >= 3 and self._said_nouns:
            # "Khoma Gup Kinley Wangchuk ... the gup said": a word the story uses as a common
            # noun that speaks ("the gup said") is an office, not part of a name, though no
            # list of ours knows it; the name is what follows it (two words at least), and the
            # office is the person's title. (The story's own usage, not a list: "gup",
            # "dzongdag", "kaitiaki" and the like.)
            # (At most one word before it, where the office is: "Khoma Gup". Further in, the
            # word more often ends a body's name: "Byurakan Astrophysical Observatory".)
            # (Nor a word the Census knows as a given name, "Hunter Lee Morgan", "Mason Lee
            # Carter", whatever "the hunter said" says; nor a building's, "Tango Monastery".
            # Its surnames are too many to ask: "Darga" is one.)
            k = max((i for i in range(min(2, len(words) - 2)) if words[i].isalpha()
                     and words[i].lower() in self._said_nouns
                     and not _is_given(words[i])
                     and not words[i].endswith(("ery", "ory"))
                     and _name_after_role(words[i + 1 :])), default=None)
            if k is not None:
                dropped = sum(len(w) + 1 for w in words[: k + 1])
                titles = [*titles, words[k].lower()]
                start, name = start + dropped, name[dropped:]
                words = words[k + 1 :]
                self._office_cut.add(start)
        if len(words) == 1 and titles and is_role_word(name.lower()) and masked.startswith(
                " of ", start + len(name)):
            # "Former Principal of the college W. A. D. Jayasundera": an office of a body,
            # its title cut, is no one named "Principal".
            return
        if not name[:1].isupper() and not any(ch.islower() or ch.isupper() for ch in name):
            # (A name that opens with a capital, as nearly all do, has one: the walk of its
            # characters is for the rest.)
            return
        if _office_only(name) and not _cue_follows(masked, start + len(name), finite=True):
            # "the National President of PPHWUN, Comrade Ikechukwu Obi": the office says what
            # the person set off after it is, not who; no one of its own, or every "He said"
            # after it was the office's. ("the Minority Leader said" stays: the office speaks,
            # and its holder is looked for.)
            return
        if (start > 0 and masked[start - 1] in _OPENING_MARKS and (
                _IN_TITLE_MARKS.match(masked, start + len(name)))) or _inside_marks(
                    # (A closing single mark may have joined the name as an apostrophe:
                    # "as she puts it on ‘Two Bedroom Ruin’.")
                    masked, start, start + len(name.rstrip("’'"))):
            # “Wild Rose”, the “Dawson’s Creek” star: a name alone inside quotation marks is a
            # work's title (a quotation's words are masked before this), never a person; so is
            # a name among other words in marks that are no quotation (“Kettle On, Nan,” a
            # song; the van the band calls “the Whale”).
            return
        raw.append((start, start + len(name), name, titles))
        if titles:
            self._prefix[start] = masked[at:start]
        # A title makes a name of what follows, even opening a sentence ("Mr. Sharpton").
        initial.append(_starts_sentence(masked, at) and not titles)
        of = _OF_AFTER_NAME.match(run, start + len(name) - at)
        if of is not None and " " in run[of.end() :].strip():
            # "Dr Nguyen Thi Lan of the Hanoi Institute of Subterranean Biology": the body a
            # person is "of" is a name of its own, which "the Hanoi Institute said" later is.
            # (Not one word: "Tom Baird of Chelsea" made a person called Chelsea.)
            self._add_run(run[of.end() :], at + of.end(), raw, initial, masked)

    def _join_portfolios(self, raw: list[tuple[int, int, str, list[str]]], masked: str
                         ) -> list[tuple[int, int, str, list[str]]]:
        """"Deputy Natural Resources and Environmental Sustainability Minister Nik Azrul":
        a lesser rank and the capitals after it, then "and" and the rest of a portfolio's
        words up to its office, are one title of the name after them, not a person
        ("Natural Resources", a deputy) and a minister of the second words alone."""
        out: list[tuple[int, int, str, list[str]]] = []
        skip = -1
        for i, (start, end, name, titles) in enumerate(raw):
            if i == skip:
                continue
            nxt = raw[i + 1] if i + 1 < len(raw) else None
            words = name.split()
            # (The "and" looked at first, by its letters: few names have one right after them.)
            # (The rank may have been read as the name's first word: "Acting Works".)
            joined = _AND_PORTFOLIO.match(masked, end) if nxt is not None and (
                masked[end + 1 : end + 4] == "and" or masked[end + 1 : end + 2] == "&") and (
                    set(titles) <= _RANKS_HELD_NOW) and (
                    titles or words[0].lower() in _RANKS_HELD_NOW) else None
            # (Only portfolios: the first words end as a portfolio's noun does or in no
            # surname, and more of them stand before the office; "Deputy Ramirez and Sheriff
            # Dan Ortiz", "Deputy Ó Ríordáin and Minister Norma Foley" are two people.)
            if nxt is not None and joined is not None and len(nxt[3]) >= 2 and is_role_word(
                    nxt[3][-1]) and not is_role_word(nxt[3][-2]) and joined.end() == nxt[0] - len(
                    self._prefix.get(nxt[0], "")) and not any(_is_given(w) for w in words) and (
                    words[-1].lower().endswith(_PORTFOLIO_ENDINGS) or not is_surname(words[-1])):
                at = start - len(self._prefix.get(start, ""))
                self._prefix[nxt[0]] = masked[at : nxt[0]]
                out.append((nxt[0], nxt[1], nxt[2],
                            [*titles, *(w.lower() for w in words), *nxt[3]]))
                skip = i + 1
                continue
            out.append((start, end, name, titles))
        return out

    def _build(self, raw: list[tuple[int, int, str, list[str]]], initial: list[bool],
               masked: str) -> None:
        # (First: a role's rules ask where the sentence around a name opens.)
        self.sentences = sentence_bounds(masked, 0, len(masked))
        self._sentence_starts = [b[0] for b in self.sentences]
        # "Shares of Northwind Logistics fell": a plural common noun and "of" opening the
        # sentence are no part of the name after them ("Friends of the Earth" keeps its "of":
        # one word after it).
        raw = [(r[0] + len(r[2]) - len(rest), r[1], rest, r[3]) if first and (
            rest := _after_plural_of(r[2])) else r for r, first in zip(raw, initial, strict=True)]
        # ("POINT LISAS — About 300 workers": the word after a dateline opens a sentence too,
        # but the lede's subject often stands there, "SEOUL — Starhaven, the agency behind":
        # only a word of English's stoplist that is no one's name, used as one (before a
        # number or a word that is no verb: "About 300", not "Total has agreed", "Time named").
        # So is a plural noun for people: "PLYMOUTH – Scientists at the MVO say".)
        initial = [first or (" " not in r[2] and (r[2].lower() in english_stopwords() or (
            is_plural(r[2].lower()) and is_listed_person_noun(r[2].lower()))) and (
            _after_dateline(masked, r[0])) and not is_surname(r[2]) and not _is_given(r[2]) and (
            _USED_AS_A_WORD.match(masked, r[1]) is not None))
            for r, first in zip(raw, initial, strict=True)]
        # A capitalised word that only ever starts sentences ("Using her platform") is no name.
        # A full name opening the story ("Marc Benioff runs ...") makes its surname a name too.
        # ("Kenji Matsuda, Brightwater Capital:" opening a transcript's line makes "Matsuda"
        # a name too: a surname of the Census ends it, though its given name is not listed.)
        inner = {t for (_, _, n, _), first in zip(raw, initial, strict=True)
                 if not first or (" " in n and (n.split()[0].lower() in _GIVEN or (
                     n.count(" ") == 1 and is_surname(n.split()[-1])) or (
                     # ("Nguyen Van Thanh, 47, was convicted." then "Nguyen addressed the
                     # court": a family name written first that is no English word.)
                     _surname_first(n.split()[0]) and _only_a_name(n.split()[0]))))
                 for t in n.split()} | {
            # ("Gideon Phiri was jailed." then "Phiri later said": only a run's first word
            # takes its capital from the sentence; the words after it are names as they are
            # mid-sentence.)
            t for (_, _, n, _), first in zip(raw, initial, strict=True) if first
            for t in n.split()[1:]}
        # ("Yusuf, 19, arrived alone": a word given an age is someone's name.)
        # ("DELEGATES at the union's conference voted": a plural noun for people in capitals
        # opening the story is its lede's first word, no body's initials.)
        raw = [r for r, first in zip(raw, initial, strict=True)
               if not first or " " in r[2] or r[2] in inner or r[2].lower() in _GIVEN
               or (r[2].isupper() and not (is_plural(r[2].lower()) and is_person_noun(
                   singular(r[2].lower())))) or _AGE_SET_OFF.match(masked, r[1]) or (
                   _cue_follows(masked, r[1]) and not self._common_word(r[2], masked)) or (
                   # "StayLoop, a booking platform, said": a word the story sets off with what
                   # it is before a verb of speech, or one with a capital inside ("PayPal").
                   _apposed_speaks(masked, r[1])) or (
                   _INNER_CAPITAL.fullmatch(r[2]) is not None)]
        # "Serbian super-fixer Dragan Petrović": a people's word before a role and a name is
        # said of that person, never a name of its own (it had become a person "Serbian" who
        # took the apposition's "agent").
        # (Only set off after a comma, as an apposition opens: "in Quechua through an
        # interpreter" is a language.)
        raw = [r for r in raw if " " in r[2] or not is_demonym(r[2]) or not (
            _DEMONYM_ROLE_NAME.match(masked, r[1])) or masked[r[0] - 2 : r[0]] != ", "]
        raw = _cut_of_place(_cut_body_before_name(raw, masked))
        raw = self._join_portfolios(raw, masked)
        raw = _share_surnames(_lower_particles(_cut_participle(raw, masked)), masked)
        raw = self._join_nicknames(raw)
        # Each name's words, split once for the walks of the names below.
        words_of = {name: tuple(name.split()) for _, _, name, _ in raw}
        full: dict[tuple[str, ...], Entity] = {}
        by_token: dict[str, list[tuple[str, ...]]] = {}
        for _, _, name, _ in raw:
            tokens = words_of[name]
            if tokens not in full:
                full[tokens] = Entity(name, tokens, _kind(tokens))
                for t in tokens:
                    by_token.setdefault(t, []).append(tokens)
        _join_short_given_names(full)
        titled: dict[tuple[str, ...], set[str]] = {}
        for _, _, name, titles in raw:
            titled.setdefault(words_of[name], set()).update(titles)
        # The lower-case word before each name, read only when a role word opens a name of
        # two words ("Captain Asamoah-Boadu"): few stories have one. (Only before the longer
        # names that end in such a name's surname, the only ones _join_abbreviated_titles
        # reads it of.)
        word_before: dict[tuple[str, ...], set[str]] = {}
        role_surnames = {t[1] for t in full if len(t) == 2 and is_role_word(t[0].lower())}
        if role_surnames:
            for start, _, name, _ in raw:
                tokens = words_of[name]
                if len(tokens) < 2 or tokens[-1] not in role_surnames:
                    continue
                # (Or a capitalised one a title list may lack: "Pastor Elroy Banks" before
                # "Pastor Banks said".)
                before = _WORD_BEFORE_NAME.search(masked, max(0, start - 30), start)
                if before is not None:
                    word_before.setdefault(tokens, set()).add(before.group(1).lower())
        _join_abbreviated_titles(full, titled, word_before)
        for _, end, name, titles in raw:
            entity = full.get(words_of[name])
            if entity is not None and entity.kind == "place" and len(entity.tokens) > 1 and (
                    titles or _cue_follows(masked, end)) and entity.name not in PLACES and (
                    entity.tokens[0] not in PLACES) and entity.tokens[-1] not in _QUARTERS:
                # "co-founder and CEO Ji-woo Park said", "Jen Hall told": a place word for a
                # surname ("Park", "Hall"), but a title or a speech verb says it is a person
                # (not a place the lexicon knows: "South Korea said").
                entity.kind = "person"
        _learn_places_of_saints(raw, full, words_of, masked)
        for tokens, entity in full.items():
            if len(tokens) == 1 and tokens[0] in _QUARTERS and any(
                    len(t) > 1 and t[-1] == tokens[0] and e.kind == "place"
                    for t, e in full.items()):
                # "when Southwest was down" after "Lincoln Southwest": the place's short form.
                entity.kind = "place"
        _learn_things_of_the(raw, full, masked)
        for start, _, name, titles in raw:
            entity = full.get(words_of[name])
            if entity is None or entity.kind != "person" or titles or not masked[
                    max(0, start - 6) : start].rstrip().endswith(("of", "for", "the")):
                continue
            office = _OFFICE_OF_BEFORE.search(masked, max(0, start - 60), start)
            if office is not None and _is_role_head(office.group(1)) and (
                    not _is_given(entity.tokens[0])) and not _OBJECT_OF_PREPOSITION.search(
                    # (Not an office a preposition's object: "A letter to the Mayor of
                    # Leeds, Sarah Cole," leaves Leeds the place it is.)
                    masked, max(0, office.start() - 16), office.start() + 4):
                # "The Director of Civil Protection, Colonel Hery Rakotoarisoa,": what an
                # office the story capitalises after "the" is of is a body, not a person.
                entity.kind = "org"
        self.mentions: list[Mention] = []
        last_seen: dict[tuple[str, ...], int] = {}
        longest: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        first_at: dict[tuple[str, ...], int] = {}
        first_end: dict[tuple[str, ...], int] = {}
        for start, end, name, _ in raw:
            key = words_of[name]
            if key not in first_at:
                first_at[key], first_end[key] = start, end

        # (These two are read when first asked of a name, and kept: only a surname two people
        # share asks them, and reading them for every name was 1.5% of extraction.)
        @cache
        def aside(c: tuple[str, ...]) -> bool:
            return c in first_at and _brought_in_aside(masked, first_at[c], c)

        # (And whoever the story first names as not speaking: "Deputy commissioner Ravindra
        # Kadam did not respond to calls" is no "Kadam said" after Prakash Kadam is named.)
        @cache
        def silent(c: tuple[str, ...]) -> bool:
            return len(c) > 1 and c in first_end and no_comment_after(masked, first_end[c])

        # People the story has called by their given name alone ("Nadia", "Marguerite").
        first_named: set[tuple[str, ...]] = set()
        surnamed: Counter[tuple[str, ...]] = Counter()
        speaking = _lone_given_names(raw, masked)
        # Mentions of a surname two people of the story bear, after a title of one sex ("Mrs
        # Tupou"): index -> (sex, title), to link once the story has said who is which sex.
        titled_sex: dict[int, tuple[str, str]] = {}
        # Those of them whose surname one person bears in full: their titles still vote.
        lone_bearer: dict[int, str] = {}
        lone_surname: dict[int, str] = {}
        bearers = Counter(c[-1] for c in full if len(c) > 1 and full[c].kind == "person")
        # Words the story gives someone alone with a title ("Dr. Dunmore"): a person's
        # surname, never the short form of a company that opens with it.
        titled_alone = {name for _, _, name, titles in raw if " " not in name and (
            {t.lower().rstrip(".") for t in titles} - {"the"}) & TITLES}
        # (And whoever the headline names in full: the one the story is about.)
        def headlined(c: tuple[str, ...]) -> bool:
            return self.headlined(full[c])

        called = (first_named, surnamed, first_at, aside, silent, headlined)  # (_fullest's)
        for start, end, name, titles in raw:
            tokens = words_of[name]
            if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 3 and any(
                    len(c) > 1 and full[c].kind == "person"
                    for c in by_token.get(tokens[0].title(), [])):
                # "CASTELLANOS-HART: “...”", a meeting record's speaker in capitals: the
                # person the story named "Lorraine Castellanos-Hart".
                tokens = (tokens[0].title(),)
                full.setdefault(tokens, Entity(tokens[0], tokens, "person"))
            entity = self._fullest(tokens, by_token, full, last_seen, start, longest, called,
                                   speaking,
                                   titled=bool(titles),
                                   # (Read only for one word, a surname two people share.)
                                   speaks=len(tokens) == 1 and _cue_follows(masked, end))
            if len(tokens) == 1 and entity.kind == "org" and tokens[0] in entity.tokens[1:-1] and (
                    (post := _POST_OF_BEFORE.search(masked, max(0, start - 30), start))
                    and _is_role_head(post.group(1))):
                # "The Secretary of State for Youth and Sport, Leonel Tilman," after "the
                # Secretariat of State for Youth and Sport": a word inside a body's name, after
                # a post's "of", is the post's, not the body's short form.
                continue
            # (Checked here, after the pick, not in _longest: _fullest's "brought in earlier"
            # walk also reaches a company by its first word; moving the check into _longest
            # left "Sgt. Reid ... Reid said" with Reid Logistics Inc.)
            if len(tokens) == 1 and entity.kind == "org" and tokens[0] in titled_alone and (
                    entity.tokens[0] == tokens[0] != entity.tokens[-1]):
                entity = full.setdefault(tokens, Entity(tokens[0], tokens, "person"))
            title = titles[-1].lower().rstrip(".") if titles else ""
            if len(tokens) == 1 and entity.tokens == tokens and titles and (
                    bare := {t.lower().rstrip(".") for t in titles} - {"the"}) and (
                    bare & _GIVEN_NAME_TITLES or (not is_surname(tokens[0]) and not any(
                        c[-1] == tokens[0] and len(c) > 1 for c in by_token.get(tokens[0], []))
                        # (Nor when the story set the word off as someone new: "Mrs.
                        # Lakshmi, a 63-year-old widow" after "collector Lakshmi Menon".)
                        and not any(n == tokens[0] and _set_off_anew(masked, s, n)
                                    for s, _, n, _ in raw))):
                # "Prince Osahon said" after "Prince Osahon Idahosa", "Sir Keir" after "Sir
                # Keir Starmer": these titles go before a given name alone, so the one person
                # brought in by now whose name opens with it. So does any title before a
                # word that is no one's surname, neither in the story nor in the Census, as
                # the Horn of Africa's papers write "Judge Fadumo" after "Fadumo Ismail Jama"
                # and "Mr. Mubarik" after "Mubarik Hassan Duale".
                opened = [c for c in by_token.get(tokens[0], []) if len(c) > 1
                          and c[0] == tokens[0] and full[c].kind == "person"
                          and first_at.get(c, start) < start]
                if len(opened) == 1:
                    entity = full[opened[0]]
            if len(tokens) == 1 and entity.kind == "person":
                entity = self._newly_brought_in(tokens[0], entity, by_token, full, first_at,
                                                last_seen, start, masked, aside)
            if title and len(tokens) == 1 and title not in _TITLE_SEX:
                # (A title of sex only, "Mr", is given to one bearer in full and not to
                # another, "DROWA chairman Peter Kimani Mwangi ... Mr Brian Mwangi, who is
                # not related ... Mr Mwangi said": the sex's own pass below weighs it.)
                entity = self._bearer_titled_so(tokens[0], title, entity, by_token, full,
                                                titled, first_at, start)
            title_sex = _TITLE_SEX.get(title)
            if entity is not full[tokens] and ((_is_role_head(title) and (
                    first_at[entity.tokens] > start)) or (title_sex and gender_of_given_name(
                        entity.tokens[0]) not in (title_sex, None))):
                # "President Obama" before the story names "the first lady, Michelle Obama",
                # and "Mr. Obama" anywhere, are not her: a titled surname introduces its own
                # person, and a title says their sex.
                entity = full[tokens]
            if title_sex and len(tokens) == 1 and (bearers[tokens[0]] > 1 or (
                    len(entity.tokens) > 1 and gender_of_given_name(entity.tokens[0]) is None)):
                # (Also the one bearer of a given name that says no sex: "Dr Priyanka Nair
                # and her husband Anand ... Mr Nair" is not her once the story says "she".)
                titled_sex[len(self.mentions)] = (title_sex, titles[-1])
                if bearers[tokens[0]] <= 1:
                    lone_bearer[start] = title_sex
                    lone_surname[start] = tokens[0]
                titles = titles[:-1]
            # (A title held back is not read again from the words before the name.)
            held_title = title if titled_sex.get(len(self.mentions)) and (
                title not in entity.roles) else None
            last_seen[entity.tokens] = start
            if len(tokens) == 1 and len(entity.tokens) > 1 and tokens[0] == entity.tokens[0]:
                first_named.add(entity.tokens)
            entity.mentions += 1
            entity.roles.update(titles)
            self._learn_roles(entity, start, end, titles)
            if held_title:
                entity.roles.discard(held_title)
            if entity.kind == "person" and not _names_an_office(entity.role_phrase):
                # (An occupation the title list lacks only before a name of two words or more:
                # "National Lottery operator Allwyn" is a company.)
                # A role that names no office gives way to a later one that does: "mobile
                # marketing pioneer Ivan Braiker" in the lead, "said Ivan Braiker, my6sense's
                # new Chief Strategy Officer" at his quotation.
                phrase = self._role_phrase(start, end, masked,
                                           occupations=len(entity.tokens) > 1) if not (
                    _says_whose_role(masked, start, end)) else None
                lead = masked[max(0, start - len(phrase or "") - 30) : start] if phrase else ""
                if phrase and _TOLD_THE.search(lead, 0, max(0, lead.rfind(phrase))):
                    # "She told the judge Pulaski himself came to her house": the role is
                    # whom she told, and the name opens what she said; the defendant is no
                    # judge.
                    phrase = None
                if phrase and (entity.role_phrase is None or _names_an_office(phrase)):
                    entity.role_phrase = phrase
                    # "The harbour master, Tom Hale, ...": "the harbour master" later is him.
                    # (A lesser office's word too, "deputy", "vice": "the vice minister" asks
                    # for it, and ``lesser_office`` keeps the plain "the minister" off him, so
                    # "deputy leader Ann Lee" is no "the leader".) A people's word before the
                    # title is theirs too: "Dutch captain Femke Linden" is "the Dutch captain".
                    said = entity.role_phrase.split()
                    entity.roles.update(w.lower().strip(".,") for w, after in zip(
                        said, [*said[1:], ""], strict=True) if _is_role_head(w) or (
                            (w.lower() in _NOT_THE_HOLDER or is_demonym(w))
                            and _is_role_head(after)))
                    portfolio = _PORTFOLIO_WORDS.match(entity.role_phrase)
                    if portfolio is not None:
                        # "The Minister of Health, Jane Hollis," is "the Health Minister"
                        # later, as "Health Minister Jane Hollis" would be: the portfolio's
                        # words are hers too.
                        entity.roles.update(
                            w.lower() for w in re.findall(r"[A-Z][\w-]*", portfolio.group(1)))
            self.mentions.append(Mention(start, end, entity))
        self._relink_acronyms(masked)
        self._link_defined_initials(masked)
        self._starts = [m.start for m in self.mentions]
        self._central: Entity | None = None
        self._central_known = False
        self._by_head: dict[str, list[int]] = {}
        self._long_names: list[tuple[int, Entity, frozenset[str]]] | None = None
        self._by_last_word: dict[str, list[Mention]] | None = None
        self._main_company: tuple[Mention, ...] | None = None
        self._named_with: dict[tuple[frozenset[str], bool], list[tuple[int, Entity]]] = {}
        self._role_mentions: list[Mention] | None = None
        self._role_starts: list[int] = []
        self._first: dict[int, Mention] | None = None
        self._no_relation: set[int] | None = None
        # (Those mentions say nothing of anyone's sex until they are linked: "Mrs Sinclair
        # said she ..." would make the grandson she was first taken for a woman.)
        # One vote per surname, and none when titles of both sexes come before it ("Mrs
        # Bakare ... Mr Bakare": a couple, of whom the story names one in full).
        sexes: dict[str, set[str]] = {}
        for start, sex in lone_bearer.items():
            sexes.setdefault(lone_surname[start], set()).add(sex)
        voting: dict[int, str] = {}
        voted: set[str] = set()
        for start, sex in lone_bearer.items():
            surname = lone_surname[start]
            if len(sexes[surname]) == 1 and surname not in voted:
                voted.add(surname)
                voting[start] = sex
        self._learn_genders(masked, held={self.mentions[i].start for i in titled_sex
                                          if self.mentions[i].start not in lone_bearer},
                            titled=voting)
        self._relink_by_title_sex(titled_sex, full, mixed={
            i for i in titled_sex if self.mentions[i].start in lone_surname
            and len(sexes[lone_surname[self.mentions[i].start]]) > 1})
        # (Asked only of a story that writes "they/them" at all: few do.)
        for m in self.mentions if "they/them" in masked else ():
            if m.entity.kind == "person" and _THEY_THEM.match(masked, m.end):
                m.entity.they = True
        self._learn_teams(masked)
        self._told_outlets: set[int] = set()
        self._learn_told_outlets(masked)
        self._learn_bodies(masked)
        self._learn_employers(masked)
        self._learn_bodies_by_kind_before(masked)
        self._learn_based_bodies(masked)
        self._learn_bracketed_parties(masked)
        self._learn_workplaces(masked)
        self._learn_defendants(masked)
        self._learn_constituencies(masked)
        self._learn_numbered_districts(masked)
        self._learn_portfolios(masked)
        self._relink_by_seniority(masked)
        self._learn_described_bodies(masked)
        self._learn_bodies_called_by_kind(masked)
        self._learn_role_synonyms()
        self._learn_places(masked)
        self._learn_storms(masked)
        self._learn_characters(masked)
        self._learn_things_after_the(masked)
        self._dateline_bodies: set[int] = set()
        self._learn_datelines(masked)
        # The first name of the story's first paragraph: a company there is what it is about.
        # (Its first paragraph of a sentence or more: "By Ana Beatriz Moura" is a byline.)
        lede_start, first_break = 0, masked.find("\n\n")
        while first_break >= 0 and len(masked[lede_start:first_break].split()) < 12 and (
                masked[lede_start:first_break].lstrip().startswith("By ")
                or not masked[lede_start:first_break].rstrip().endswith((".", "!", "?"))):
            # ("Shares in Brayfield Foods plc fell 14% on Tuesday." and "DETROIT
            # (Finwire) — Halvorsen Motor Co. is recalling 40,000 pickups." are short ledes,
            # not bylines.)
            lede_start = first_break + 2
            first_break = masked.find("\n\n", lede_start)
        lede = [m.entity for m in self.mentions_between(
                    lede_start, first_break if first_break >= 0 else len(masked))
                if m.entity.kind != "place" and id(m.entity) not in self._dateline_bodies]
        self._lede_subject = id(lede[0]) if lede else 0
        self._lede_entity = lede[0] if lede else None
        first = next((m for m in self.mentions_between(lede_start, len(masked))
                      if m.entity is self._lede_entity), None)
        if first is not None and _SUBORDINATE_BEFORE.search(
                masked[lede_start : first.start].rsplit(". ", 1)[-1]):
            # "Apple has delayed its new iPhone after Foxconn Technology Co. halted
            # production.": a name first met inside a clause that only says when or why is
            # not what the story is about ("Ofgem has fined Harrow Energy Ltd" still is).
            self._lede_entity = None

    def _relink_acronyms(self, masked: str) -> None:
        """"Chief Financial Officer Marek Zielinski ... “...,” the CFO said": a chief officer's
        initials after "the" are the one person named before with that title, not a body."""
        by_initials: dict[str, list[tuple[int, Entity]]] = {}
        seen: set[int] = set()
        for m in self.mentions:
            entity = m.entity
            if entity.kind != "person" or id(entity) in seen:
                continue
            seen.add(id(entity))
            # (Only a chief officer's title, "Chief Financial Officer": other initials are as
            # often a body's, "the NSA", "the SFO", "GM". Anyone given the initials as a title
            # holds them too: "Hanford's CFO, Gareth Lyle" makes "the CFO" unsure.)
            words_ = (entity.role_phrase or "").split()
            if 3 <= len(words_) <= 4 and all(w.isalpha() for w in words_) and (
                    words_[0].lower() == "chief" and words_[-1].lower() == "officer"):
                by_initials.setdefault("".join(w[0] for w in words_).lower(), []).append(
                    (m.start, entity))
            chief = [r for r in entity.roles if len(r) == 3 and r[0] == "c" and r[-1] == "o"]
            # (Not "former CFO Dan Pyle": the CFO now is someone else.)
            if chief and not re.search(r"\b(?:former|ex-?|then-?)\s*[A-Z]*\s*$",
                                       masked[max(0, m.start - 25) : m.start], re.IGNORECASE):
                for role in chief:
                    by_initials.setdefault(role, []).append((m.start, entity))
        if not by_initials:
            return
        # (Counted once per word: a count per mention read a long story once per "the CFO".)
        counts: dict[str, bool] = {}
        for i, m in enumerate(self.mentions):
            word = masked[m.start : m.end]
            if not (2 <= len(word) <= 5 and word.isupper() and word.isalpha()) or (
                    masked[max(0, m.start - 4) : m.start] not in ("the ", "The ")):
                continue
            holders = {id(e): e for at, e in by_initials.get(word.lower(), []) if at < m.start}
            # (Only initials the story uses for no one else: "Hanford's CFO, Gareth Lyle" may
            # be the CFO of "the CFO said", whoever else is "Chief Financial Officer".)
            if len(holders) != 1:
                continue
            if word not in counts:
                counts[word] = len(re.findall(rf"(?<!former )\b{word}\b", masked)) == len(
                    re.findall(rf"\b[Tt]he {word}\b", masked))
            if counts[word]:
                self.mentions[i] = Mention(m.start, m.end, next(iter(holders.values())))

    def _link_initials_of_posts(self, masked: str, defined: dict[str, Entity]) -> None:
        """"Batticaloa Regional Director of Health Services (RDHS) Dr. Sivanesan Thevarajah",
        "The Municipal Chief Executive (MCE), Mr Yaw Boateng": initials for a post, its holder
        named right after, are the holder ("The RDHS said", "the MCE said")."""
        starts: dict[int, Mention] | None = None
        ends: dict[int, list[Mention]] | None = None
        for found in matches_one_on(_POST_INITIALS, masked):
            space = found.start() - 1
            post = _POST_BEFORE.search(masked, max(0, space - 120), space)
            if post is None:
                continue
            words = post.group().split()
            head = _post_head(words)
            if not is_person_noun(head.lower()) or is_plural(head.lower()):
                continue  # (a body's initials: "Seed Corporation (CSSC) Hemantha Jayawardena")
            # The initials are the post's last capitalised words, its head among them: not a
            # body's inside it, "General Secretary of the Rice Producers Association (RPA),
            # Lekhraj Ramcharran".
            abbr = found.group("abbr").upper()
            capitals = [w for w in words if w[:1].isupper()]
            initials = capitals[-len(abbr) :] if len(abbr) <= len(capitals) else []
            if _initials(initials) != abbr or head not in initials:
                continue
            if starts is None or ends is None:
                starts = {m.start: m for m in self.mentions}
                ends = {}
                for m in self.mentions:
                    ends.setdefault(m.end, []).append(m)
            holder = starts.get(found.end())
            if holder is None or holder.entity.kind != "person":
                continue
            defined.setdefault(found.group("abbr"), holder.entity)
            for m in ends.get(post.end(), []):
                if not m.entity.shown_person:
                    # (The post's own words are no person: "Public Health Inspectors" later
                    # is not the Director of Health Services.)
                    m.entity.kind = "org"

    def _link_initials_of_holders(self, masked: str, defined: dict[str, Entity]) -> None:
        """"Sunamganj Deputy Commissioner Mohammad Rashedul Islam Chowdhury ... “...,” the DC
        said": initials the story never defines, after "the", that spell the post the story
        gave one person (capitalised words of its phrase up to its head, or up to another noun
        for people before a style: "Deputy Commissioner Sheikh") are that person."""
        asked = {masked[m.start : m.end] for m in self.mentions
                 if m.entity.kind == "org" and len(m.entity.tokens) == 1
                 and _BARE_INITIALS.fullmatch(m.entity.name) and m.entity.name not in defined
                 and masked[max(0, m.start - 4) : m.start].lower() == "the "}
        if not asked:
            return
        holders: dict[str, dict[int, Entity]] = {}
        people = {id(m.entity): m.entity for m in self.mentions if m.entity.kind == "person"}
        for person in people.values():
            phrase = person.role_phrase
            if not phrase:
                continue
            words = phrase.split()
            head = _post_head(words)
            if not is_person_noun(head.lower()):
                continue  # (a body's initials: "a spokeswoman for the U.N. Food and
                # Agriculture Organization" is no FAO)
            capitals = [w for w in words if w[:1].isupper()]
            # The post's words end at its head, or at another noun for people before a style
            # the phrase took in ("Sylhet Deputy Commissioner Sheikh Rasel Hasan").
            ends = {len(capitals)} | {j + 1 for j, w in enumerate(capitals)
                                      if is_person_noun(w.lower()) and "of" not in words[1:]}
            for end in ends:
                for k in range(2, end + 1):
                    post = capitals[end - k : end]
                    initials = _initials(post)
                    if initials in asked and (head in post or end < len(capitals)) and (
                            post[0].lower() not in _OPENS_BODIES) and not any(
                            # (A deputy holds no post its initials spell: "Deputy Prime
                            # Minister Angela Rayner" is no PM.)
                            w.lower() in _LESSER for w in capitals[: end - k]):
                        holders.setdefault(initials, {})[id(person)] = person
        for abbr, people in holders.items():
            if len(people) == 1:
                # (One holder only: "the DC" where two deputy commissioners are named is
                # either.)
                defined[abbr] = next(iter(people.values()))

    def _link_defined_initials(self, masked: str) -> None:
        """"the Regional Public Health Authority (RÚVZ) ... The RÚVZ asked": initials the story
        defines in brackets right after a body's name are that body, named in full."""
        defined: dict[str, Entity] = {}
        self._link_initials_of_posts(masked, defined)
        for m in self.mentions:
            # (Brackets first: the rest is read for the few names that have them; after any
            # space, as _DEFINED_INITIALS has it, a no-break space or a line's end included.)
            after = masked[m.end : m.end + 3]
            if not after[:1].isspace() or "(" not in after:
                continue
            # (A body, or a name the story shows no person by: "Deutsche Landesbahn (DLB)";
            # not a member's party, "Kwame Asante (NPP)".)
            # (Nor a name that may be a person's the Census cannot place, "Sorca Clarke (SF)":
            # a last word that is a surname.)
            if m.entity.shown_person or len(m.entity.tokens) < 2 or (
                    m.entity.kind != "org" and is_surname(m.entity.tokens[-1])):
                continue
            found = _DEFINED_INITIALS.match(masked, m.end)
            # (Only initials that open as the name does: "Management Office (CDRRMO)" is the
            # end of a name the index cut at "and".)
            if found is not None and (fold_accents(found.group(1)[0].lower()) == fold_accents(
                    m.entity.tokens[0][0].lower()) or (
                    # (Or a body's whole name after "the", its initials from its own language:
                    # "The Prague Public Transit Company (DPP)".)
                    m.entity.kind == "org" and len(m.entity.tokens) >= 3
                    and masked[max(0, m.start - 4) : m.start] in ("the ", "The ")
                    # (Not a party set off after someone's seat: "Jana Horáková, a
                    # councillor on the Prague City Council (ANO), said".)
                    and masked[found.end() : found.end() + 1] != ",")):
                defined.setdefault(found.group(1), m.entity)
                m.entity.kind = "org"  # (no person's name has its initials defined)
        self._link_initials_of_holders(masked, defined)
        if not defined:
            return
        for i, m in enumerate(self.mentions):
            written = masked[m.start : m.end]
            body = defined.get(written)
            if body is not None and m.entity is not body and not m.entity.shown_person:
                self.mentions[i] = Mention(m.start, m.end, body)
                continue
            abbr, _, surname = written.partition(" ")
            holder = defined.get(abbr)
            if holder is not None and m.entity is not holder and holder.kind == "person" and (
                    len(holder.tokens) > 1 and surname == holder.tokens[-1]):
                # "ASP Jalloh" after "Assistant Superintendent of Police (ASP) Abu Bakarr
                # Jalloh": the post's initials before its holder's surname.
                self.mentions[i] = Mention(m.start, m.end, holder)

    def _learn_datelines(self, masked: str) -> None:
        """"WASHINGTON (AP) —", "ARNAVA, Valdoria (Reuters) —": the capitals opening a
        paragraph before a dateline's dash are where the story was filed, never who speaks."""
        places: set[str] = set()
        # Where the story opens: its first paragraph, or the second after a headline the
        # reader kept.
        openings = (0, masked.find("\n\n") + 2)
        for m in self.mentions:
            if not (m.start == 0 or masked[m.start - 1] == "\n"):
                continue  # (a dateline opens its paragraph)
            upper = masked[m.start : m.end].isupper()
            colon = _COLON_DATELINE.match(masked, m.end) if m.start in openings else None
            if not (upper or colon):
                # (In capitals, or in title case only before a colon where the story opens:
                # "Muscat: Sufyan Raja struck an unbeaten 112". Few names open a paragraph so.)
                continue
            dateline = (_DATELINE_AFTER.match(masked, m.end) if upper else None) or (
                # "SINGAPORE: A renovation contractor who ...", "LAHORE: The Punjab
                # government": Asian outlets end the dateline with a colon. Only where the
                # story opens, and a capital once, not a transcript's label ("WIERZBICKI:"
                # twice, or once for Tomasz Wierzbicki) nor a name that speaks.
                colon if colon and masked.count(
                    masked[m.start : m.end] + ":") == 1 and not m.entity.shown_person and not any(
                    # ("DUTTON: ..." then "said Dutton": a transcript's label.)
                    x.start != m.start and x.entity.kind == "person" and masked[
                        m.start : m.end].title() in x.entity.tokens
                    # (The place again, shown no one's: "Muscat: ... back to Muscat".)
                    and (x.entity is not m.entity or x.entity.shown_person)
                    for x in self.mentions
                ) and not any(
                    _cue_follows(masked, x.end) for x in self.mentions if x.entity is m.entity)
                else None)
            if dateline:
                m.entity.kind = "place"
                places.add(masked[m.start : m.end])
                # The agency in its brackets filed the story; it is no body "the ministry" or
                # "the company" of the story stands for.
                self._dateline_bodies.update(
                    id(x.entity) for x in self.mentions_between(m.end, dateline.end()))
                # Its state or country before the brackets is a place too ("HALIFAX, Nova
                # Scotia, March 10 (...)": no woman called Nova).
                bracket = masked.find("(", m.end, dateline.end())
                for x in self.mentions_between(m.end, bracket if bracket >= 0 else
                                               dateline.end()):
                    if _only_there_or_no_ones(x.entity):
                        x.entity.kind = "place"
        # "Sarband, Ardavan – Hamid Rahimi had been": a dateline in title case opens the
        # story's first paragraph (or the second, after a headline the reader kept), with its
        # country after a comma; both names are places.
        for p0 in openings:
            opening = _TITLE_DATELINE.match(masked, p0)
            dateline = _DATELINE_AFTER.match(masked, opening.end()) if opening else None
            if opening is None or dateline is None or "," not in dateline.group() or (
                    # (Not a person's name, "Clodagh Breathnach, Tipperary – Young Farmer
                    # of the Year": one word, or a place the lexicon knows; nor a phrase
                    # going on in lower case, "Nwosu, Enugu – where it all began", nor a
                    # word the story has speak.)
                    _is_given(opening.group().split()[0]) or (
                        " " in opening.group() and opening.group() not in PLACES) or not re.match(
                        r"[ \xa0]*[A-Z]", masked[dateline.end() : dateline.end() + 3])
                    or any(x.entity.kind == "person" and _cue_follows(masked, x.end)
                           for x in self.mentions if x.entity.name == opening.group())):
                continue
            places.add(opening.group().upper())
            for x in self.mentions_between(p0, dateline.end()):
                if x.entity.kind == "person" and _only_there_or_no_ones(x.entity):
                    x.entity.kind = "place"
            break
        else:
            # "Addis Abeba – The Ethiopian Athletics Federation has": with no country after
            # it, a title-case name before the dash opening the story is its dateline too,
            # unless the story shows it is someone's (not a byline's "Priya Venkataraman –
            # Oct 3": a given name first; nor a name given a title or a verb of speech).
            for p0 in openings:
                opening = _TITLE_DATELINE_DASH.match(masked, p0)
                if opening is None or _is_given(opening.group().split()[0]):
                    continue
                if any((_is_role_head(w) or is_person_noun(w)) and not is_plural(w)
                       for w in _LOWER_RUN.findall(
                           masked[opening.end() : opening.end() + 40].lower())[1:5]):
                    # ("Kamla Ramdial – The Opposition Leader yesterday accused": the words
                    # after the dash describe the person the name opening the story is.)
                    break
                for x in self.mentions_between(p0, opening.end()):
                    # (Nor one the story goes on to call by a part of it: "Mehmet Oz —
                    # Ivy League-trained surgeon — has been" and then "Oz's advice".)
                    if x.entity.kind == "person" and not (
                            x.entity.roles or x.entity.gender_from_name) and not any(
                            y.entity is x.entity and (_cue_follows(masked, y.end) or (
                                masked[y.start : y.end] != opening.group()))
                            for y in self.mentions):
                        x.entity.kind = "place"
                        places.add(opening.group().upper())
                break
        # "PORT ALVARADO —" then "the mayor of Port Alvarado": the place the story was filed
        # from, in lower case too, is never who speaks.
        for m in self.mentions:
            if m.entity.kind == "person" and m.entity.name.upper() in places and not (
                    m.entity.gender_from_name or m.entity.roles & _HONORIFICS):
                # (Not "Ms. Jackson, a nurse" in a story from "JACKSON, Miss.".)
                m.entity.kind = "place"

    def _learn_teams(self, masked: str) -> None:
        """"The Halifax Privateers general manager", "the Pioneers": a name ending in a plural
        noun for people is a team or a body, never one person, unless the story shows one (a
        given name, a title such as "Mr") or the Census knows the word as a surname ("Tom
        Sanders"), and only one the story writes after "the" too. A name of two words or more
        ending in any plural the story writes alone right after "the" is a team whatever its
        words ("Banjul Marines ... the Marines' back line", "Leone Lions ... the Lions
        scored"; not "the Hawkins family")."""
        alone: dict[str, bool] = {}  # (each plural looked for once)
        for entity in {id(m.entity): m.entity for m in self.mentions}.values():
            last = entity.tokens[-1]
            if entity.kind != "person" or entity.roles & _HONORIFICS:
                continue
            if len(entity.tokens) > 1 and last[1:].islower() and is_plural(last):
                if last not in alone:
                    # (A plain look for "the <word>" first, the pattern only where it is found:
                    # a pattern's search per surname ending in "s" cost 2% of extraction.)
                    alone[last] = any(
                        (found := _THE_CAPITALISED.match(masked, at - len(the))) is not None
                        and found.end() == at + len(last)
                        for the in ("the ", "The ")
                        for at in _find_all(masked, the + last, len(the)))
                if alone[last]:
                    entity.kind = "org"
                    entity.gender = None
                    continue
            if not entity.gender_from_name and not _is_given(entity.tokens[0]) and (
                    is_plural(last.lower()) and is_person_noun(last) and not is_surname(last)
                    # (Only a name the story also writes after "the", as a team is: "the
                    # Privateers will retain"; a Dutch surname, "Heijmans said", never is.)
                    # ("he" first, for speed: see THE_FROM_HE.)
                    and re.search(THE_FROM_HE + rf"[ \xa0]+(?:[A-Z][\w’'-]*[ \xa0]+)?"
                                  rf"{re.escape(last)}\b", masked)):
                entity.kind = "org"
                entity.gender = None

    def is_told_outlet(self, entity: Entity) -> bool:
        """Whether the story gives ``entity`` only as whom people told things: an outlet."""
        return id(entity) in self._told_outlets

    def _learn_told_outlets(self, masked: str) -> None:
        """"the 52-year-old farmer told Al Jazeera", "she told DW": a name the story gives only
        as whom people told things, twice or more (or once, with no given name), is the outlet
        reporting it, never a person who speaks or is the story's central voice."""
        told: dict[int, tuple[Entity, bool]] = {}
        for m in self.mentions:
            entity = m.entity
            if entity.kind not in ("person", "org"):
                continue
            was = told.get(id(entity), (entity, True))[1]
            # (Never one set off with what they are, nor whose something is: "told
            # Oyinkansola Adeyemi, the state commissioner for health,", "told Brandt's staff"
            # are people.)
            # (20 characters back: "an interview with the ", "reviewed by the ".)
            told[id(entity)] = (entity, was and _TOLD_BEFORE.search(
                masked, max(0, m.start - 20), m.start) is not None
                and not _PERSON_SET_OFF_AFTER.match(masked, m.end))
        for entity, only_told in told.values():
            if only_told and (entity.mentions >= 2 or not (
                    _is_given(entity.tokens[0]) or entity.gender_from_name)) and not (
                    entity.roles - {"the"}):
                entity.kind = "org"
                entity.gender = None
                self._told_outlets.add(id(entity))

    def _learn_bodies(self, masked: str) -> None:
        """"Dunmore Rovers have sacked their manager", "Big Machine have twice denied it": a
        name of no person the story shows (no given name or role) that takes a plural verb
        by itself is a body, in British usage, whatever words its name has. (A sex the story's
        pronouns gave it does not count: "Big Machine, says she" was Swift's "she".)"""
        self._set_off: dict[str, list[tuple[int, Entity]]] = {}
        for m in self.mentions:
            entity = m.entity
            if (entity.kind != "person" or _is_given(entity.tokens[0])
                    or entity.roles - {"the"} or entity.gender_from_name
                    or not (_PLURAL_VERB.match(masked, m.end) or (
                        entity.gender is None and _ITS_AFTER.match(masked, m.end)))
                    or _JOINED_BEFORE.search(masked, max(0, m.start - 6), m.start)
                    or not _starts_sentence(masked, self.run_start(m.start))):
                # (Only a name opening its sentence: "The fans who booed Kofi Pryce were
                # wrong" says nothing of Pryce.)
                continue
            entity.kind = "org"
            entity.gender = None

    def _learn_bodies_by_kind_before(self, masked: str) -> None:
        """"US medical devices company Halvorsen Medical", "the airline SkyMeridian": a name
        written right after a word for a kind of body is that body, when the story shows it to
        be no person (no given name, sex or role of its own)."""
        for m in self.mentions:
            entity = m.entity
            if not _no_person_shown(entity) or entity.roles - {"the"}:
                continue
            kind = _KIND_BEFORE.search(masked, max(0, m.start - 24), m.start)
            if kind is None or kind.group(1) not in KINDS_OF_BODY or _A_OR_AN_BEFORE.search(
                    masked, max(0, kind.start() - 4), kind.start()):
                # (Nor after "a": "a team Guardiola says is rebuilding" is about the team;
                # the word, not its letters: "German carrier Zeltair" ends in "an".)
                continue
            # A kind with no determiner in the two words before it is a label before the name,
            # as a title is before a person's: "Cyclists' union Fietsersbond welcomed the
            # move", "what operator CalMac described as".
            label = kind.group(1) not in _KINDS_ALSO_VERBS and (
                # (A kind that is someone's trade too labels a lone name only: "Crane
                # operator Bekzod Tursunov saw" is a man.)
                len(entity.tokens) == 1 or not is_person_noun(kind.group(1))) and not any(
                w.lower() in _DETERMINERS_OF for w in masked[
                    max(0, kind.start() - 30) : kind.start()].split()[-2:])
            if label or not _CLAUSE_AFTER_NAME.match(masked, m.end):
                # (Else not a clause about the body whose subject the name is: "the club Wenger
                # managed for 22 years", "the charity Mwangi built".)
                entity.kind = "org"

    def _learn_based_bodies(self, masked: str) -> None:
        """"Kathmandu-based Snow Lion Peak Adventures", "Sydney-headquartered Corvel": a name
        written right after where it is based, with no noun between ("Paris-based architect
        Ana Ruiz" has one), is a body's, when the story shows it to be no person."""
        if not any(w in masked for w in BASED_WORDS):
            return  # (most stories: one look at the text, not one per name)
        for m in self.mentions:
            entity = m.entity
            if entity.kind != "person" or not _no_person_shown(entity) or (
                    entity.roles - {"the"}):
                continue
            if len(entity.tokens) < 3 and not (
                    is_plural(entity.tokens[-1].lower()) and not is_surname(entity.tokens[-1])):
                # (A name of three words or more, or one that ends in a plural noun, "Snow Lion
                # Peak Adventures": "London-based Okwui Adebayo-Smith" is a person.)
                continue
            based = _BASED_BEFORE.search(masked, max(0, m.start - 40), self.run_start(m.start))
            if based is not None:
                entity.kind = "org"

    def _learn_bracketed_parties(self, masked: str) -> None:
        """"Ward 29 councillor Josiah Moyo (Zanu PF)": a name in brackets right after a
        person's is their party or body, when the story shows it to be no person."""
        if ")" not in masked:
            return
        ends = {m.end: m for m in self.mentions if m.entity.kind == "person"}
        # Entities some mention of which a cue follows: gathered once, when first asked (not a
        # walk of every mention per name in brackets).
        speaking: set[int] | None = None

        def speaks(entity: Entity) -> bool:
            nonlocal speaking
            if speaking is None:
                speaking = {id(o.entity) for o in self.mentions if _cue_follows(masked, o.end)}
            return id(entity) in speaking

        for m in self.mentions:
            entity = m.entity
            if entity.kind == "place" or entity.roles - {"the"} or not (
                    masked[m.start - 2 : m.start] == " (" and masked[m.end : m.end + 1] == ")"):
                continue
            before = ends.get(m.start - 2)
            # (Not initials the story gave the person after it, "Deputy Public Prosecutor
            # (DPP) Dk Nur Aqilah", nor a place after a dateline's place.)
            if before is None or before.entity is entity or not (
                    before.entity.shown_person) or masked[m.start : m.end] != entity.name:
                continue
            if _no_person_shown(entity) and (len(entity.tokens) > 1 or not speaks(entity)):
                # (Not one word the story has speak, a nickname: "José Manuel Ferreira
                # (Zeca) ... “...,” Zeca said".)
                entity.kind = "org"
            if entity.kind == "org":
                # (Their party, as a role: "the Zanu PF councillor said" is him.)
                before.entity.roles.update(t.lower() for t in entity.tokens)

    def _learn_employers(self, masked: str) -> None:
        """"Rovers manager Gareth Quayle", "Meridian barrister Ann Cole": a name written before
        a role word and a person's name is whom that person works for, a body, when the story
        shows it to be no person (no given name, sex or role of its own)."""
        starts = {m.start: m for m in self.mentions}
        for m in self.mentions:
            entity = m.entity
            if not _no_person_shown(entity) or entity.roles - {"the"}:
                continue
            if " " in masked[m.start : m.end] or is_surname(entity.tokens[-1]):
                # "Keir Starmer spokesman Tom Jones": a full name, or a surname, written as a
                # modifier is still a person's (Census given names miss many).
                continue
            role = _ROLE_THEN_NAME.match(masked, m.end)
            if role is None or not is_role_word(role.group(1)):
                continue
            holder = starts.get(role.end())
            if holder is not None and holder.entity is not entity and (
                    holder.entity.kind == "person" and len(holder.entity.tokens) >= 2):
                entity.kind = "org"

    def _learn_things_after_the(self, masked: str) -> None:
        """"The Bill, which will be debated ...": one word the story only ever writes right
        after "the", and never before a verb of speech, is a thing, whatever given name it
        is: a person's name takes no "the". (``_learn_things_of_the`` reads names of two
        words or more, from the runs.)"""
        only: dict[int, bool] = {}
        for m in self.mentions:
            entity = m.entity
            if entity.kind != "person" or len(entity.tokens) != 1 or entity.roles - {"the"} or (
                    is_demonym(entity.name)):
                continue  # (a people after "the" is someone: "the Italian said")
            only[id(entity)] = only.get(id(entity), True) and masked[
                max(0, m.start - 4) : m.start] in ("the ", "The ") and not _cue_follows(
                masked, m.end)
        for m in self.mentions:
            if only.get(id(m.entity)):
                m.entity.kind = "thing"

    def _learn_constituencies(self, masked: str) -> None:
        """"Parliamentary Representative for Portsmouth, Hon. Julian Dangleben-Pierre,": a
        name a legislator sits for, set off before the legislator's name, is a place, when the
        story shows it to be no person (no given name or sex)."""
        if " for " not in masked:
            return
        for m in self.mentions:
            # (The comma first, the pattern last: this asks every name of a story with "for".)
            if masked[m.end : m.end + 1] == "," and _no_person_shown(m.entity) and (
                    SITS_FOR.search(masked, max(0, m.start - 30), m.start)):
                m.entity.kind = "place"

    def _learn_storms(self, masked: str) -> None:
        """"Hurricane Irma", "Tropical Storm Alberto", "Storm Ciarán" in a story about weather:
        a named storm, never "the weatherman" nor "she"; unless the story gives it a role (the
        rapper Hurricane Chris; for "Storm X", also a sex or a surname: the actor Storm Reid),
        or is about no weather (the rower Storm Uru)."""
        # (A sex the story's "he" gave a hurricane is no person's: "Hurricane Milton
        # strengthened ... “...,” he said" is the governor; one "Storm" with a sex may be.)
        storms = {id(m.entity): m.entity for m in self.mentions
                  if m.entity.kind == "person" and len(m.entity.tokens) > 1
                  and m.entity.tokens[0] in _WEATHER_SYSTEMS and not m.entity.roles - {"the"}
                  and (m.entity.tokens[0] != "Storm" or (
                      # (The actor Storm Reid bears a surname.)
                      m.entity.gender is None and not is_surname(m.entity.tokens[-1])))}
        if storms and _WEATHER_WORDS.search(masked):
            for entity in storms.values():
                entity.kind = "thing"

    def _learn_numbered_districts(self, masked: str) -> None:
        """"Ward 3 Councilman Tom Ashcraft", "Kanyama Ward 12 Councillor Joseph Zulu": a name
        followed, wherever the story writes it, by a number and a role word is the district
        the office holder after them sits for, a place, never a person."""
        # (Only names a number follows somewhere are asked: most stories have none.)
        numbered = {id(m.entity) for m in self.mentions
                    if _NUMBER_THEN_WORD.match(masked, m.end)}
        if not numbered:
            return
        by_entity: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if id(m.entity) in numbered:
                by_entity.setdefault(id(m.entity), []).append(m)
        for mentions in by_entity.values():
            if mentions[0].entity.kind == "person" and all(
                    (d := _NUMBER_THEN_WORD.match(masked, m.end)) is not None
                    and is_role_word(d.group(1).lower()) for m in mentions):
                mentions[0].entity.kind = "place"

    def _learn_portfolios(self, masked: str) -> None:
        """"Minister of Climate Change, Environment and Energy Ahmed Faisal Latheef", "Minister
        of Traffic, Transport and Urban Planning (VVRP) Eldrich Cijntje": a name before a comma
        in a list of an office's portfolios, which the story shows to be no person, is no one
        (the holder named after the list is the sentence's subject)."""
        if " and " not in masked:
            return
        for m in self.mentions:
            entity = m.entity
            # (A list with a comma: "Economy and Finance Minister Nadia Benali-Roussel" is read
            # as one title already, ``_join_portfolios``.)
            if not _no_person_shown(entity) or not masked.startswith(",", m.end):
                continue
            if _PORTFOLIO_LIST_AFTER.match(masked, m.end) or _PORTFOLIO_BEFORE.search(
                    masked, max(0, m.start - 40), m.start):
                entity.kind = "thing"

    def _learn_defendants(self, masked: str) -> None:
        """"Sherlene Ryan-Buffonge, 41, of Davy Hill, appeared before Justice ...", "Mr.
        Emmanuel Togba Sackie, 47, who is charged ...": the person a court story has plead,
        stand trial, be charged or sentenced is "the defendant" and "the accused" later, in
        a story that calls someone so."""
        if "defendant" not in masked and "accused" not in masked:
            return  # (most stories: one look at the text, not a search after every name)
        tried: dict[int, Entity] = {}
        for m in self.mentions:
            entity = m.entity
            if entity.kind != "person" or entity.roles & COURT_OFFICERS or (
                    _NOT_SUBJECT_AFTER.search(masked, max(0, m.start - 9), m.start)) or (
                    _JOINED_BEFORE.search(masked, max(0, m.start - 30), m.start)):
                continue  # (a judge, a lawyer or a witness is no defendant, nor "of Salem")
            if _DEFENDANT_AFTER.match(masked, m.end):
                tried[id(entity)] = entity
        if len(tried) == 1:
            # (Only one: of two the court dealt with, "the defendant" may be either.)
            next(iter(tried.values())).roles.update(ON_TRIAL)

    def _learn_workplaces(self, masked: str) -> None:
        """"pilots at Celtavia", "staff at Orrin": one word that people work at, which the
        story shows to be no person (no given name, Census surname or sex), is a body."""
        for m in self.mentions:
            entity = m.entity
            if not _no_person_shown(entity) or len(entity.tokens) != 1 or is_surname(
                    entity.tokens[0]):
                continue
            at = _WORKERS_AT.search(masked, max(0, m.start - 30), m.start)
            if at is not None and is_plural(at.group(1)) and is_person_noun(at.group(1)):
                entity.kind = "org"

    def _relink_by_seniority(self, masked: str) -> None:
        """"His son, Yusuf Essop, ... “...,” the younger Essop said": of two people the story
        names in full with one surname, "the younger" is the one it calls a son or daughter
        (or the one it does not call a parent) and "the elder" the one it calls a parent (or
        the one it does not call a son or daughter)."""
        if not any(w in masked for w in ("younger", "elder", "older")):
            return  # (most stories: one look at the text, not a search before every name)
        for i, m in enumerate(self.mentions):
            said = _SENIORITY_BEFORE.search(masked, max(0, m.start - 17), m.start)
            if said is None or m.entity.kind != "person":
                continue
            # (The family name as written there, which opens the full name where the family
            # name comes first: "the younger Chung" of "Chung Tae-hoon" and "Chung Moon-ki".)
            surname = masked[m.start : m.end].split()[-1]
            for place in (-1, 0):
                # (The family name first only when no two names end with it: "Dumalagan
                # P300,000" read as a name is no Dumalagan.)
                bearers = {id(o.entity): o.entity for o in self.mentions
                           if o.entity.kind == "person" and len(o.entity.tokens) > 1
                           and o.entity.tokens[place] == surname}
                if len(bearers) >= 2:
                    break
            if len(bearers) < 2:
                continue
            want = "younger" if said.group(1) == "younger" else "elder"
            kin, other = (_CHILDREN, PARENT_WORDS) if want == "younger" else (
                PARENT_WORDS, _CHILDREN)
            # (Or as the story sets them off: "Tom Fenwick, son of the trainer,", "Saoud
            # al-Kaabi, the captain's older brother,", "his older brother — Predators defenseman
            # Viktor Haglund".)
            told = {key: self._seniority_told(e, masked) for key, e in bearers.items()}
            opposite = "elder" if want == "younger" else "younger"
            # (Of three or more, "Darren Kellock ... his son Mitch Kellock ... Janine
            # Kellock, Darren's wife", only the one the story says it of: the rest need not
            # be of two generations.)
            chosen = [e for e in bearers.values() if e.roles & kin] or [
                e for key, e in bearers.items() if told[key] == want] or [
                e for key, e in bearers.items()
                if not e.roles & other and told[key] != opposite and len(bearers) == 2]
            if len(chosen) == 1 and chosen[0] is not m.entity:
                m.entity.mentions -= 1
                chosen[0].mentions += 1
                self.mentions[i] = Mention(m.start, m.end, chosen[0])

    def _seniority_told(self, entity: Entity, masked: str) -> str | None:
        """"elder" or "younger" when a kin phrase set off right before or after one of the
        entity's mentions says so ("son of the trainer", "the captain's older brother", "his
        older brother — "), else None."""
        for m in self.mentions:
            if m.entity is not entity:
                continue
            before = re.split(r"[.;:!?\n]", masked[max(0, m.start - 60) : m.start])[-1]
            after = _SET_OFF_AFTER.match(masked, m.end)
            # (The kin phrase must be theirs, heading what is set off: not "Emeka Okonkwo,
            # asked what he told his son,".)
            found = _SENIORITY_BEFORE_NAME.search(before) or (
                _SENIORITY_AFTER_NAME.match(after.group(1)) if after else None)
            if found is not None:
                return "elder" if found.group("elder") else "younger"
        return None

    def set_off_as(self, noun: str, floor: int, at: int) -> Entity | None:
        """The body the story set off as ``noun`` ("Starhaven, the agency behind NOVA9") for
        "the agency said" at ``at``, when it is the last body of that kind named between
        ``floor`` and ``at``: not over a body named since whose name holds the noun or says
        nothing of its kind ("Crescent Entertainment Agency backed the suit")."""
        found = [(pos, e) for pos, e in self._set_off.get(noun, []) if pos < at]
        if not found:
            return None
        pos, body = found[-1]
        # (Bodies named in the sentence that sets it off are no rivals: "the agency behind boy
        # band NOVA9".)
        ends = bisect_left(self._sentence_starts, pos + 1)
        after = self._sentence_starts[ends] if ends < len(self._sentence_starts) else at
        for m in reversed(self.mentions_between(max(floor, after), at)):
            if self.masked[m.end : m.end + 2] in ("’s", "'s"):
                continue  # ("ruled against Brightwave's campaign": whose, not who acts)
            if m.entity is body:
                break
            if self._body_of_kind(m.entity, noun, outlets=False) or self._may_be_body(m):
                return None
        return body if pos >= floor or any(
            m.entity is body for m in self.mentions_between(floor, at)) else None

    def _learn_bodies_called_by_kind(self, masked: str) -> None:
        """"The Cedar Hollow Zoo welcomed a calf. ... the zoo said": a name of two words or more
        whose last word the story also writes in lower case after "the" is a body or a place
        named by its kind, when the story shows it to be no person (no given name, sex or role)
        and the word is no noun for people ("the Harbour Arts Festival" and "the festival",
        not "Tom Baker" and "the baker"). The story's own words say what kind of thing it is,
        where no word list of bodies can."""
        called = {w.lower() for w in _THE_LOWER_NOUN.findall(masked)}
        if not called:
            return
        for entity in {id(m.entity): m.entity for m in self.mentions}.values():
            last = entity.tokens[-1]
            if len(entity.tokens) >= 2 and _no_person_shown(entity) and not (
                    entity.roles - {"the"}) and last.lower() in called and last[:1].isupper() and (
                    not is_person_noun(last)) and not is_surname(last):
                entity.kind = "org"

    def _learn_described_bodies(self, masked: str) -> None:
        """"Vantor Home, the company that stored the video", "the chief executive of Severn
        Vale Water": a name the story sets off as a kind of body, or whose role someone holds,
        is a body, when the story shows it to be no person (no given name, sex or role)."""
        for m in self.mentions:
            entity = m.entity
            if (entity.kind != "person" or _is_given(entity.tokens[0])
                    or entity.gender is not None or entity.roles - {"the"}
                    or (len(entity.tokens) < 2 and is_surname(entity.tokens[0]))
                    or entity.tokens[0].endswith("ing")
                    or masked[max(0, m.start - 5) : m.start] == " and "):
                # (A word alone only when no one bears it as a surname: "Starhaven, the
                # agency behind NOVA9" is a body; "Hale, the company's founder" a person.)
                # (Not half a name joined by "and": "Citizenship and Immigration Services,
                # the agency that"; nor "Getting Disney+ right".)
                continue
            noun = _BODY_NOUN_AFTER.match(masked, m.end)
            mid = noun.group("mid") if noun is not None else None
            if noun is not None and noun.group(2) in ORG_WORDS and noun.group(2) != "force" and (
                    # ("Oluwaseun Bakare said police", "Obi told police": a verb between.)
                    mid is None or (mid not in _VERBS and not mid.endswith(("ed", "s"))
                                    and mid not in _FUNCTION_WORDS)):
                # (Nor a determiner: "handed Rohan Mehta the company's offer", "told Priya Nair
                # the council would refuse" name a person and then a body.)
                # "the Save Hatherley Fields campaign group": capitals that a word for a body
                # follows are that body's name.
                entity.kind = "org"
                continue
            kind = _SET_OFF_KIND.match(masked, m.end)
            if kind is not None and kind.group(1).lower() in ORG_WORDS and (
                    kind.group(1).lower() != "force"):
                # ("Nkechi Obi, the driving force behind the festival" is a person.)
                entity.kind = "org"
                # "the agency said" later is this body, not the band it manages.
                self._set_off.setdefault(kind.group(1).lower(), []).append((m.start, entity))
                continue
            if len(entity.tokens) > 1 and _WHICH_AFTER.match(masked, m.end) and not (
                    # ("a column by Fintan O'Toole, which ...": "which" is the column.)
                    _OWNER_BEFORE.search(masked, max(0, m.start - 6), m.start)):
                # "Marches Water, which runs the Ludcombe works": English says "which" of a
                # thing and "who" of a person. (A word alone is as often a town:
                # "Mooiplaas, which has had no power since Friday".)
                entity.kind = "org"
                continue
            if len(entity.tokens) > 1 and _CORPORATE_OWNED.match(masked, m.end):
                # "Brightwell Homecare's parent company, Halcyon Care Group,", "Severn Vale
                # Water's chief executive": only a body has a parent company, shareholders or
                # a chief executive.
                entity.kind = "org"
                continue
            role = _ROLE_OF.search(masked, max(0, m.start - 40), m.start)
            if role is not None and is_role_word(role.group(1)) and (
                    role.group(1).lower() not in KIN_WORDS):
                # ("the sister of Oisin Daly", "the mother of Ayodele Bankole": kin of
                # a person, not a post held at a body.)
                entity.kind = "org"

    def _learn_characters(self, masked: str) -> None:
        """"who played barmaid Roxy Dawes", "starred as Vic Dawes": a part an actor plays is
        no one in the story, never "he" or "she" (the actor is)."""
        # (The words a part is played with are looked for in the story first: most stories
        # have none, and the search before every person's name was 1% of extraction.)
        plays = any(w in masked for w in ("starr", "cast", "appear", "role", "play"))
        if not plays:
            return  # (nor "played": its "play" is looked for just above)
        played = "played" in masked
        for m in self.mentions:
            # (Not a name whose work is what is played: "stop playing dancehall artiste
            # Rohan Morrison's new single".)
            if m.entity.kind == "person" and ((
                    masked[m.end : m.end + 2] not in ("’s", "'s") and _PLAYS_PART.search(
                        masked, max(0, m.start - 40), m.start)) or (
                    played and _PLAYED_BY.match(masked, m.end))):
                m.entity.kind = "thing"

    def _learn_places(self, masked: str) -> None:
        """"walked on to the Marsh Stage", "reached by phone in Vendelholm, where he is
        shooting": a name the story shows to be no person's (no given name or sex; the roles
        read around such a name are noise: "where he is shooting his next film"), after "on
        the", "at the" and the like, or before ", where", is a place: never "he"."""
        where_only: dict[int, bool] = {}
        numbered: dict[int, bool] = {}
        for m in self.mentions:
            entity = m.entity
            if entity.kind != "person":
                continue
            whole = masked[m.start : m.end] == entity.name
            numbered[id(entity)] = numbered.get(id(entity), True) and len(
                entity.tokens) == 1 and whole and not entity.shown_person and bool(
                _NUMBER_RIGHT_AFTER.match(masked, m.end))
            # (A given name opening a hyphenated word opens no person's name before a word for
            # a place: "from Al-Hawak district".)
            if (_is_given(entity.tokens[0]) and not (
                    len(entity.tokens) == 1 and "-" in entity.name and whole
                    and _PLACE_NOUN_AFTER.match(masked, m.end))):
                continue
            if whole and _PLACE_NOUN_AFTER.match(masked, m.end):
                # "Kolathur district", "in Kolathur town": a name before a word for a place is
                # that place's, whatever the index learned of it (the name as a whole: "Durham
                # city centre" says nothing of Aoife Durham).
                entity.kind = "place"
                continue
            # (Said only after "in", "from" and the like, never doing anything: "a farmer from
            # Clonbarra Cross", "speaking from his kitchen in Clonbarra Cross, said he".)
            # (Never a name set off with who they are: "a letter from Nomvula Dlamuka, the
            # school's new principal".)
            where_only[id(entity)] = where_only.get(id(entity), True) and bool(
                _AT_PLACE.search(masked, max(0, m.start - 8), m.start)) and bool(
                _PHRASE_ENDS.match(masked, m.end)) and not _SET_OFF_WHO.match(masked, m.end) and (
                entity.role_phrase is None)
            if entity.gender is not None:
                continue
            if (_PLACE_BEFORE.search(masked, max(0, m.start - 14), m.start)
                    and _PHRASE_ENDS.match(masked, m.end)) or _WHERE_AFTER.match(masked, m.end):
                # (Only a name that ends its phrase: "on the Musk deal", "at the Meloni
                # residence" use a person's name as a modifier.)
                entity.kind = "place"
        in_language: dict[int, bool] = {}
        for m in self.mentions:
            if where_only.get(id(m.entity)) and len(m.entity.tokens) > 1 and (
                    m.entity.kind == "person"):
                m.entity.kind = "place"
            if numbered.get(id(m.entity)) and m.entity.kind == "person":
                # "Route 4", "Ward 12", "Article 370": a word the story only ever writes
                # right before a number names a thing (not "Rakibul 5 for 48" in a story
                # that also has "Rakibul, who bowled 31 overs").
                m.entity.kind = "thing"
            # "Speaking in Spanish, the 27-year-old said": a language, by its ending, that the
            # story names only after "in" is no one.
            tokens = m.entity.tokens
            in_language[id(m.entity)] = in_language.get(id(m.entity), True) and len(
                tokens) == 1 and tokens[0].endswith("ish") and masked[max(0, m.start - 3) :
                                                                    m.start] == "in "
        for m in self.mentions:
            if in_language.get(id(m.entity)) and m.entity.kind == "person" and (
                    m.entity.gender is None):
                m.entity.kind = "thing"

    def _common_word(self, word: str, masked: str) -> bool:
        """"Teachers chanted": a capital that only opens sentences, on a word the story also
        writes in lower case, is a common noun, not a name."""
        if word in self._common:
            return self._common[word]
        low = word.lower()
        # "Police say" is still the force the story named in full.
        found = bool(low != word and low not in ORG_WORDS and re.search(
            rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", masked))
        if not found and low.endswith("s") and is_plural(low) and is_person_noun(low) and (
                not is_surname(word) and low.rstrip("s") not in _GIVEN):
            # "Forecasters said", "Prosecutors allege": a plural noun for people by what they
            # do, which neither the Census surnames nor the given names hold ("Rogers" does).
            found = True
        self._common[word] = found
        return found

    @staticmethod
    def _fullest(tokens: tuple[str, ...], by_token: dict[str, list[tuple[str, ...]]],
                 full: dict[tuple[str, ...], Entity], last_seen: dict[tuple[str, ...], int],
                 at: int, longest: dict[tuple[str, ...], list[tuple[str, ...]]],
                 called: tuple[set[tuple[str, ...]], Counter[tuple[str, ...]],
                               dict[tuple[str, ...], int], Callable[[tuple[str, ...]], bool],
                               Callable[[tuple[str, ...]], bool],
                               Callable[[tuple[str, ...]], bool]],
                 speaking: frozenset[str] = frozenset(), *, titled: bool = False,
                 speaks: bool = False) -> Entity:
        """The longest name containing ``tokens`` in order: of several, the most named so far,
        then the latest seen (a surname two people share has its own order, below).
        (``called``: whom the story has called by a given name alone, how often by the surname
        alone where that was sure, where each name was first seen, and whom it first named in
        passing or as not speaking; ``speaks``: a cue follows this mention.)"""
        best = longest.get(tokens)
        if best is None:
            # The longest candidates depend on the story's names only, not on the mention.
            best = longest[tokens] = NameIndex._longest(tokens, by_token, full, speaking)
        if len(best) == 1 and best[0] == tokens:
            # (Most names: no longer one holds it, and none of the tests below changes that.)
            return full[tokens]
        first_named, surnamed, first_at, brought_in_aside, silent, headlined = called
        if len(tokens) == 1 and best and len(best[0]) > 2 and surname_of(best[0]) == tokens[0]:
            # "Takazo" after "Dora Takazo", whom the headline names, and her daughter "Mary
            # Jane Takazo": a shorter name the surname ends is a candidate too when the
            # headline names its bearer, whom the story is about (the order of those who share
            # a surname, below, chooses). (Not a body's short form: "Truong Son" of the
            # club "Truong Son FC".)
            shared = by_token.get(tokens[0], ())
            # (Not when the surname speaks and the longer name was seen last: "Her husband,
            # Daniel Alan Ruiz, was arrested. ... Ruiz told detectives" is him, whoever the
            # headline names.)
            latest = max(last_seen.get(b, -1) for b in best)
            best = best + [c for c in shared if 1 < len(c) < len(best[0])
                           and surname_of(c) == tokens[0] and full[c].kind == "person"
                           and headlined(c) and not any(set(c) <= set(b) for b in best)
                           and not any(o[: len(c)] == c and len(o) > len(c)
                                       and full[o].kind == "org" for o in shared)
                           and not (speaks and last_seen.get(c, -1) < latest)]
        if len(best) > 1 and len(tokens) > 1 and any(c[0] == tokens[0] for c in best):
            # Of longer names holding a given name and a surname, those the given name opens.
            best = [c for c in best if c[0] == tokens[0]]
        elif len(tokens) > 1 and best and all(c[0] != tokens[0] for c in best):
            # "Yahya Al-Kibsi" is Yahya Abdulqader Al-Kibsi, not his father Abdulqader Yahya
            # Al-Kibsi, whose father's name is Yahya: a given name opens its own name, and a
            # middle name may be left out.
            own = [c for c in by_token.get(tokens[0], []) if len(c) > len(tokens)
                   and c[0] == tokens[0] and c[-1] == tokens[-1] and full[c].kind == "person"
                   and first_at.get(c, at + 1) <= at]
            best = own or best
        if len(best) > 1 and len(tokens) == 1:
            # Only people the story has brought in by now: "Scott" before "Tim Scott" is
            # named is the Scott the story has been about.
            brought = [c for c in best if first_at.get(c, 0) <= at]
            best = brought or best
        if len(tokens) == 1 and not titled and best and len(best[0]) > 1 and all(
                first_at.get(c, 0) > at for c in best):
            # "Jatoi" when the story has named only the bowler Hasnain Jatoi so far: a longer
            # name holding the word, brought in later ("His father, Ghulam Rasool Jatoi"), is
            # not whom the surname meant before it. (A titled surname, "said Dr Jatoi", may
            # bring in the one the story names next.)
            # (Nor a first word: "Harlow released a statement" after "Harlow Athletic", before
            # the supporters' group "Harlow Till I Die" is named, is the club.)
            # (A first surname of two, "Vilanova" of "Ramon Vilanova Serra", too: the
            # Iberian custom.)
            earlier = [c for c in by_token.get(tokens[0], []) if len(c) > 1 and (
                       (full[c].kind == "person" and (surname_of(c) == tokens[0] or (
                           len(c) >= 3 and c[-2] == tokens[0] and not _is_given(c[-2]))))
                       or c[0] == tokens[0]) and first_at.get(c, at + 1) <= at]
            if earlier:
                most = max(len(c) for c in earlier)
                best = [c for c in earlier if len(c) == most]
            elif all(c[0] == tokens[0] and full[c].kind == "org" for c in best):
                # A body's short form follows its full name: "premiered in Pittenmuir" long
                # before "Pittenmuir Parish Church" is the town.
                best = []
        if len(tokens) == 1 and best and tokens in full and (
                full[tokens].roles - {"the"} or full[tokens].gender) and all(
                c[0] == tokens[0] and full[c].kind == "org"
                and first_at.get(tokens, first_at.get(c, 0)) < first_at.get(c, 0)
                for c in best):
            # Nor after it, when the word stood alone for someone before the body was named:
            # "Afrobeats star Asake has launched ... Asake Music Group said ... “...,” Asake
            # said". ("Zuru drivers" before "Zuru Technologies" is the firm's.)
            best = []
        if len(best) > 1:
            if len(tokens) == 1 and all(c[-1] == tokens[0] for c in best):
                # A surname two people share is first the one the story already calls by it,
                # then one it does not call by a given name alone: news writing keeps the
                # surname for one of them ("Clinton" stays Hillary Clinton, called so before
                # Bill was named; "Mrs Farouk" is the mother once her daughter is "Nadia";
                # "Valdane" the singer once her mother is "Marguerite"). Only those two
                # signals count as the story calling someone by it: a pick by numbers (most
                # named, latest seen) would lock a first guess in.
                def key(c: tuple[str, ...]) -> tuple[int, bool, bool, int, bool, bool, int]:
                    aside = brought_in_aside(c)
                    # (Then one the story did not first name as not speaking, "Deputy
                    # commissioner Ravindra Kadam did not respond to calls"; then the one
                    # named first: "Cecil Fredericks ... died. His daughter, Marcia
                    # Fredericks, said ... Fredericks taught English" is still him.)
                    # (A titled surname, "Mr MacLeod", goes by the latest seen: its title
                    # settles the rest; so does a surname that speaks, "Alice Smith was
                    # killed ... Her brother, Tom Smith, flew in ... “...,” Smith said.")
                    # (Before the numbers, the one the headline names: "Evelyn Jacobsen ...
                    # Dies at 88" is the "Jacobsen" of the story, after her son was named
                    # twice.)
                    return (surnamed[c], c not in first_named, headlined(c), full[c].mentions,
                            not aside,
                            not silent(c),
                            last_seen.get(c, -1) if titled or speaks else -first_at.get(c, at))
                best = sorted(best, key=key, reverse=True)
                if key(best[0])[:2] != key(best[1])[:2]:
                    surnamed[best[0]] += 1
            else:
                # "Cruz" after Ted Cruz's wife is named once is still Ted Cruz: the person the
                # story has named most so far, then the latest seen.
                best = sorted(best, key=lambda c: (full[c].mentions, last_seen.get(c, -1)),
                              reverse=True)
        elif best and len(tokens) == 1 and len(best[0]) > 1 and best[0][-1] == tokens[0]:
            surnamed[best[0]] += 1  # the only one of that surname so far: surely them
        return full[best[0]] if best else full[tokens]

    @staticmethod
    def _newly_brought_in(word: str, entity: Entity,
                          by_token: dict[str, list[tuple[str, ...]]],
                          full: dict[tuple[str, ...], Entity],
                          first_at: dict[tuple[str, ...], int],
                          last_seen: dict[tuple[str, ...], int], at: int, masked: str,
                          aside: Callable[[tuple[str, ...]], bool]) -> Entity:
        """Of two people who share a surname, the one the story has just brought in by their
        full name (family name last, or first: "Lau Hui Min"; or a given name they open), in
        this paragraph or the last, with no word of the other since: "captain Liam Walsh, no
        relation to the Portland coach, called it ... “...,” Walsh said" is the captain,
        though the coach was "Walsh" before. (Not someone of the family the story is about:
        "Her father, Venkatesh Raghunathan, ran the till. “...,” Raghunathan recalls" is
        still her.)"""
        # (Those brought in by now asked first: the rest of the test is dearer.)
        bearers = [c for c in by_token.get(word, []) if len(c) > 1
                   and first_at.get(c, at + 1) < at and full[c].kind == "person"
                   and not _is_org(c) and (word == surname_of(c) or (word == c[0] and (
                       _is_given(word) or (len(c) > 2 and _surname_first(word)))))]
        if len(bearers) < 2:
            return entity
        newest = max(bearers, key=lambda c: first_at[c])
        brought = first_at[newest]
        kin = _KIN_AFTER.match(masked, brought + len(" ".join(newest)))
        # The sentence that brings them in, from its start.
        opening = max(masked.rfind(". ", 0, brought), masked.rfind("\n", 0, brought))
        speaks = _SPEAKS_AFTER_NAME.match(masked, brought + len(" ".join(newest)))
        if full[newest] is entity or ((full[newest].roles & KIN_WORDS or (
                kin is not None and kin.group("noun").lower() in KIN_WORDS)) and not (
                # (Family who speak as they are brought in are who the surname goes on with:
                # "the dead woman's sister, Savitri Ramkissoon, said ... “...,” Ramkissoon
                # said".)
                speaks and speaks.group(1) in CUE_VERBS)) or _two_breaks(
                masked, brought, at) or any(
                last_seen.get(c, -1) > opening and not _NO_RELATION_BEFORE.search(
                    masked, max(0, last_seen[c] - 30), last_seen[c])
                for c in bearers if c != newest):
            # (Not family set off after the name either, "Sarah Pemberton, his daughter";
            # nor when the other spoke of the newcomer in that sentence, "Fahy said he had
            # sold the pub to Eoin Fahy, who is no relation". Named only to say they are no
            # relation, the other is no speaker there: "Daniel Okafor (no relation to Dr.
            # Okafor)".)
            return entity
        if _NAMED_AS_OBJECT.search(masked, max(0, brought - 40), brought) or aside(newest):
            # Nor one brought in as an object ("found receiver Marcus Johnson", "singled out
            # midfielder Jack Kenny", "had threatened his assistant, Priya Patel,"): the story
            # is still about the one who acts.
            return entity
        return full[newest]

    @staticmethod
    def _bearer_titled_so(word: str, title: str, entity: Entity,
                          by_token: dict[str, list[tuple[str, ...]]],
                          full: dict[tuple[str, ...], Entity],
                          titled: dict[tuple[str, ...], set[str]],
                          first_at: dict[tuple[str, ...], int], at: int) -> Entity:
        """Of several people named so far whose names hold ``word``, the one the story gave
        this title in full: "Prof Byrne" is "Prof Declan Byrne", not "Dr Aisling Byrne"."""
        bearers = [c for c in by_token.get(word, []) if len(c) > 1 and full[c].kind == "person"
                   and first_at.get(c, at + 1) < at]
        same = [c for c in bearers
                if title in {t.lower().rstrip(".") for t in titled.get(c, ())}]
        # (Unsure when the story calls another of them by the title's words: "Philip Ahearne,
        # now a professor of economics" may be "Prof Ahearne" as well.)
        called = [c for c in bearers if c not in same and full[c].roles & {
            title, *_ROLE_SYNONYMS.get(title, ())}]
        return full[same[0]] if len(bearers) > 1 and len(same) == 1 and not called else entity

    @staticmethod
    def _given_only(word: str, by_token: dict[str, list[tuple[str, ...]]],
                    full: dict[tuple[str, ...], Entity]) -> bool:
        """Whether ``word`` alone is read as a person and opens only people's names of two or
        three words: a given name the Census lacks ("Cormac", "Brielle"), not a people
        ("the Italian" is not the "Italian Grand Prix") or a body's first word ("Lumora").
        (The caller also asks that the story use the word alone after the full name.)"""
        # (Only one such name: "Pieter van der Berg and Pieter Smit" leave "Pieter" unsure.)
        alone = full.get((word,))
        return alone is not None and alone.kind == "person" and not is_people_of_known_place(
            word) and sum(
            1 for c in by_token.get(word, []) if c != (word,)) == 1 and all(
            full[c].kind == "person" and _capitalised(c) <= 3 and c[0] == word
            and c[-1][:1].isupper()
            for c in by_token.get(word, []) if c != (word,))

    @staticmethod
    def _longest(tokens: tuple[str, ...], by_token: dict[str, list[tuple[str, ...]]],
                 full: dict[tuple[str, ...], Entity], speaking: frozenset[str] = frozenset()
                 ) -> list[tuple[str, ...]]:
        best: list[tuple[str, ...]] = []
        # Every candidate holds all of ``tokens``: walk the names of the rarest one (a phone-in
        # of two thousand callers called "Sam" made "Sam ..." a walk of every caller, per caller).
        rarest = tokens[0] if len(tokens) == 1 else min(
            tokens, key=lambda t: len(by_token.get(t, ())))
        n = len(tokens)
        for cand in by_token.get(rarest, []):
            # (A name of one word is in every candidate listed under it.)
            # (The name itself first: a name of two words or more is most often its only one.)
            if n == 1 or cand == tokens or any(
                    cand[i : i + n] == tokens for i in range(len(cand) - n + 1)):
                if full[cand].kind != full[tokens].kind and len(cand) > n and (
                        n > 1 or full[cand].kind == "place" or _holiday(cand, full[cand].kind)
                ) and not _company_short(
                            tokens, cand, full[cand].kind):
                    # (A lone surname is never a place or an event named after its bearer:
                    # "Obama" is not "Barack Obama Election Day"; nor a holiday, "Mr Day"
                    # after "Rhys Day" and "Boxing Day".)
                    continue
                if n == 1 and len(cand) > 1 and cand[0] == tokens[0] and (
                        # (A given name opening an event's or a building's name is not that
                        # event: "a Chelsea spokesman" after "the Chelsea Flower Show".)
                        tokens[0].lower() not in _GIVEN or cand[-1] in PLACE_WORDS) and not (
                        full[cand].kind == "person" and (
                            is_surname(tokens[0]) or (tokens[0] in speaking and (
                                NameIndex._given_only(tokens[0], by_token, full))))) and not (
                        (_company_short(tokens, cand, full[cand].kind)
                         or _body_by_its_head(tokens, cand, full[cand].kind, by_token))
                        and not NameIndex._borne(tokens[0], by_token, full)):
                    # "Trump" is not the "Trump International Hotel", nor "Kennedy" the
                    # "Kennedy Center": a surname stands last in a person's name, and a word
                    # that opens a longer name is that name's only when it is a given name, or a
                    # surname opening a person's name, family name first ("Liu" for "Liu
                    # Xiaming", "Moon" for "Moon Jae-in"). A body's first word is that body
                    # when no one in the story bears it as a surname ("Halvorsen said" after
                    # "Halvorsen Motor Co."). A person's first word read as a person is their
                    # given name, whether the Census lists it or not ("Cormac", "Aoife").
                    continue
                if len(cand) > n + 1 and cand[1] == "of" and cand[0] not in tokens and (
                        cand[0].lower() in _KIN_OF):
                    # "Family of Tom Ashdown call for ...", "Relatives of Marco Rossi said": the
                    # people around the name, never what "Mrs Ashdown" or "Rossi" means.
                    continue
                if cand not in best:
                    best.append(cand)
        if len(best) <= 1:
            return best  # (most names: only themselves; the narrowing below keeps one as it is)
        if len(tokens) == 1 and any(surname_of(c) == tokens[0] and len(c) > 1 for c in best):
            # "Hale said" after "Jonathan Hale ... runs the consultancy Hale Cyber": a word
            # that ends someone's name is their surname before it is the first word of another.
            best = [c for c in best if surname_of(c) == tokens[0] or len(c) == 1]
        most = max((len(c) for c in best), default=0)
        return [c for c in best if len(c) == most]

    @staticmethod
    def _borne(word: str, by_token: dict[str, list[tuple[str, ...]]],
               full: dict[tuple[str, ...], Entity]) -> bool:
        """Whether someone in the story has ``word`` in a fuller name: as its last word, or
        its first ("Kanu Nwankwo", whose foundation is the "Kanu Heart Foundation")."""
        return any(len(c) > 1 and word in (c[0], c[-1]) and full[c].kind == "person"
                   and not full[c].after_the for c in by_token.get(word, ()))

    def _learn_role_synonyms(self) -> None:
        """"PC Rachel Ibbotson ... “...,” the officer said": the nouns a story uses again for
        someone it introduced by a rank or an abbreviation (PC, Cllr, Sgt, Rep.), given to
        them as roles; a gendered noun only for someone of that sex."""
        # (Never a word someone else holds in so many words: "general manager Joe Douglas" is
        # not "the coach" of a story that names its head coach.)
        held = {r for m in self.mentions if m.entity.kind == "person" for r in m.entity.roles}
        # (No one's "boss" where someone else heads the club or the firm: "Storm chief
        # executive Justin Rodski", "Head coach Brendon McCullum" beside the manager.)
        heads = {id(m.entity) for m in self.mentions
                 if m.entity.kind == "person" and m.entity.roles & _ABOVE_MANAGER}
        proposed: dict[int, tuple[Entity, set[str]]] = {}
        for m in self.mentions:
            entity = m.entity
            if id(entity) in proposed or entity.kind != "person" or not (
                    entity.roles & _ROLE_SYNONYMS.keys()):
                continue
            words_: set[str] = set()
            # (The office's first word may stand before the run, read as a place: "US
            # Attorney Damian Williams".)
            before = {w.lower().rstrip(",") for w in self.masked[
                max(0, self.run_start(m.start) - 12) : m.start].split()[-3:]}
            around = entity.roles | before
            headed = bool(heads - {id(entity)})
            for role in entity.roles & _ROLE_SYNONYMS.keys():
                if around & _NOT_SYNONYM_WITH.get(role, frozenset()):
                    continue
                words_.update(word for word in _ROLE_SYNONYMS[role] if word not in held and (
                    (sex := sex_of_noun(word)) is None or entity.gender == sex) and not (
                    word == "boss" and headed))
            proposed[id(entity)] = (entity, words_)
        # (Nor a lawyer's word two lawyers would both be given: "Barrister Shanthi Gunaratne
        # and solicitor Imran Qureshi ... the lawyer said" may be either.)
        given = Counter(word for _, words_ in proposed.values() for word in words_)
        for entity, words_ in proposed.values():
            entity.roles.update(word for word in words_
                                if given[word] == 1 or word not in _LAWYER_WORDS)

    def closes_scene(self, end: int) -> bool:
        """Whether the comma at ``end`` closes a phrase that opens the sentence and sets its
        scene ("In the hills above La Ressource,", "Speaking to Joe Hale,")."""
        k = bisect_right(self._sentence_starts, end) - 1
        if k < 0:
            return False
        s, e = self.sentences[k]
        scene = self._scene_ends.get(s)
        if scene is None:
            scene = self._scene_ends[s] = s + scene_phrase_end(self.masked[s:e])
        return scene == end + 1

    def _learn_roles(self, entity: Entity, start: int, end: int, titles: list[str]) -> None:
        # "Tulsa police Chief Chuck Jordan", "the state's new Governor, Gavin Newsom"
        before = self.body[max(0, start - 50) : start].removesuffix(", ")
        last3 = before.rsplit(None, 3)[-3:] if before.endswith(" ") else []
        # (The same three words lower-cased, the text lower-cased once rather than each word:
        # lower-casing moves no white space.)
        low = before.lower()
        low3 = low.rsplit(None, 3)[-3:] if last3 else []
        if "then-" in low:
            low3 = [w.removeprefix("then-") for w in low3]
        # Most names have no title word among the three before them: skip the word-by-word walk.
        # (Nor a role told something: see _TOLD_THE.)
        if not _ROLE_TITLES.isdisjoint(low3) and not (
                _TOLD_ROLE.search(before)) and not _says_whose_role(self.body, start, end):
            # The up-to-three words right before the name, stopping at punctuation.
            near: list[str] = []
            for word in reversed(last3):
                if word.lower() in ("the", "a", "an") and not near and not (
                        len(last3) > 1 and last3[-2].lower() in _ROLE_TITLES):
                    # "The mayor gave the City Engineering Department": not its role ("NHS
                    # Improvement chair the Baroness Harding" is hers).
                    break
                if word in ("to", "of") and not before.endswith(", ") and all(
                        w in ("the", "a", "an") for w in near):
                    # "a senior aide to Archer-Voss": the role serves her, is not hers;
                    # "chair of the Ardcarrig and District Residents' Association": the body
                    # chaired, no person (unlike "Chief of Staff Reince Priebus").
                    break
                if not _ROLE_WORD.fullmatch(word) or word.lower() in _NOT_ROLE_WALK or (
                        word.endswith("ed") or word.lower() in _VERBS):
                    break  # "a judge ruled that Assange": the role is not Assange's
                near.append(word.lower().removeprefix("then-"))
            # ("former" and "then" only qualify a title: "then put Rovers ahead" gives none.)
            if any(w in _ROLE_TITLES and w not in _QUALIFIERS for w in near) and not any(
                    w in CUE_VERBS for w in near):
                entity.roles.update(w for w in near if w not in NOT_NAMES or w in PARTIES)
        # (Before the name's title or honorific: "His mother, Mrs Sue Rennie,".)
        run_start = start - len(self._prefix.get(start, ""))
        set_off = _set_off_before(self.body, run_start)
        owned = _OWNER_ROLE_BEFORE.search(self.body, max(0, run_start - 60), run_start) if (
            set_off) else None
        # (Or with "the" alone, when a comma closes the apposition after the name: "by the
        # defence counsel, Mr Babatunde Ogunleye (SAN), the witness insisted"; "Asked about
        # the striker, Smith said" is no apposition.)
        the_role = _THE_ROLE_BEFORE.search(self.body, max(0, run_start - 40), run_start) if (
            set_off and not owned and _APPOSITION_CLOSED.match(self.body, end)) else None
        if the_role is not None and PARTICIPLE_OPENING.match(
                self.body, self.sentence_start(the_role.start())):
            # ("Sentencing the defendant, Judge Alan Pryce, QC, said", "Passing sentence on
            # the defendant, Mr Justice Osei, the trial judge, said": the role is the object
            # of the participle opening the sentence, someone else's.)
            the_role = None
        role = owned.group("role") if owned else the_role.group("role") if the_role else ""
        if role and is_person_noun(role) and not is_plural(role) and role not in _VERBS and (
                owned is None or owned.group("body") is None or (
                    owned.group("body") in ORG_WORDS
                    and _starts_sentence(self.body, owned.start()))):
            # "Furey’s promoter, Gerry McAleese, was dismissive": "the promoter" later is him.
            entity.roles.add(role)
        both = _OWNER_ROLES_BEFORE.search(self.body, max(0, run_start - 60), run_start) if (
            set_off) else None
        if both is not None:
            nouns = [both.group("first"), both.group("role")]
            if all(is_person_noun(w) and not is_plural(w) and w not in _VERBS for w in nouns) and (
                    sum(w in KIN_WORDS for w in nouns) < 2):
                # "His manager and older brother, Kirk Morrison,": "the manager" later is him,
                # as is "the brother" (two words for kin are two people: "her sister and
                # mother").
                entity.roles.update(nouns)
        # (" as " looked for first: few names are followed by one.)
        served = _AS_ROLE_AFTER.match(self.body, end, end + 90) if self.body.find(
            " as ", end, end + 40) >= 0 else None
        # (The role's noun is the phrase's last word: a verb after it makes "as" open a
        # clause, "was jailed as the victim's father wept", whose subject is someone else.)
        noun = served.group("words").split()[-1] if served else ""
        if not noun and set_off and "ing as " in self.body[max(0, run_start - 120) : run_start]:
            # (Or in a participle opening the sentence before the name: "Testifying as the
            # second prosecution witness, the EFCC operative, Abdulkadir Mohammed, said".)
            opening = _AS_ROLE_OPENING.match(self.body, self.sentence_start(run_start), run_start)
            noun = opening.group("role") if opening else ""
        if noun and (_is_role_head(noun) or is_listed_person_noun(noun)) and not is_plural(noun):
            # "Isatou Manneh was testifying as the first prosecution witness": "the witness"
            # later is her, as "Isatou Manneh, the first prosecution witness," would make her.
            entity.roles.add(noun)
        # "Angela Wynn, media liaison at the Decarceration Collective, told ..."
        m = _APPOSITIVE.match(self.body, end, end + 90)
        if m and _office_of_next_name(self.body, start, m):
            m = None
        first_word = m.group(1).split()[0].lower().rstrip(".") if m and m.group(1).split() else ""
        apposition = m.group(1) if m else ""
        clause = _APPOSITION_CLAUSE.search(apposition) if first_word in ("a", "an", "the") else None
        if clause is not None and not _OF_OR_FOR.search(apposition, 0, clause.start()):
            # "Kaylee Thorsgaard, a senior who has signed to play at Bemidji State,": the
            # role before the clause is hers. (Not "the brother of the officer who was shot":
            # the officer is someone else.)
            apposition = apposition[: clause.start()]
        if m and not _CLAUSE_IN_APPOSITION.search(apposition) and not (
                apposition[:1].isdigit()) and first_word not in _HONORIFICS:
            # ("Back in Great Ayton, Mrs Sowerby's daughter, Anne": a person after a name
            # set off by a comma is someone else, not a role of the name.)
            # Only role words and the capitalised words that qualify them ("the Indiana
            # governor"): "the consultant who treated the patient" is no "patient".
            found = _LETTER_WORD.findall(_own_words(apposition))
            if len(found) == 2 and found[0].lower() in ("a", "an") and found[1].lower() in (
                    PARTIES):
                # "Sen. Ruth Calloway, a Democrat, spoke first": her party, which says she is
                # not "the Oklahoma Republican".
                entity.roles.add(found[1].lower())
            if len(found) == 2 and found[0].lower() in ("his", "her", "their") and (
                    found[1].lower() in KIN_WORDS):
                # "Joseph Camilleri, her cousin.": "her cousin" later is him, as "Her
                # cousin, Joseph Camilleri," would make him.
                entity.roles.add(found[1].lower())
            if any(_is_role_head(w) for w in found):
                entity.roles.update(w.lower() for w in found if w.lower() not in NOT_NAMES and (
                    _is_role_head(w) or w[:1].isupper()))
        if not titles:
            return  # (most names: what follows reads their titles)
        entity.roles.update(titles)
        entity.roles.update(_FULL_TITLES[t] for t in titles if t in _FULL_TITLES)
        if entity.gender is None:
            for word in titles:
                entity.gender = sex_of_noun(word) or entity.gender

    def _role_phrase(self, start: int, end: int, masked: str, *, occupations: bool = True
                     ) -> str | None:
        """"Port Ellery Mayor Rosa Delgado", "said Wild coach Bruce Boudreau", "Rosa Delgado,
        the mayor of Port Ellery,": the words of a title before the name or of an apposition
        right after it, as the story writes them."""
        abbreviation = (_ABBREVIATION_AT_END.search(masked, max(0, start - 8), start)
                        # (Or the bracket itself, where the office is spelt out: "The
                        # Opposition Leader (OL) Dasho Tshering Penjor said", but not over a
                        # post set off after the name: "Superintendent of Police (SP) Olivier
                        # Bizimana, the police spokesperson for the Eastern Province,".)
                        or (_ABBREVIATION_BEFORE.search(
                            # (Before the run, past an honorific: "(OL) Dr Marlon Baptiste".)
                            masked, max(0, start - len(self._prefix.get(start, "")) - 10),
                            start - len(self._prefix.get(start, "")))
                            if self.body[end : end + 1] != "," else None)) if (
            self._defined_titles) else None
        if abbreviation is not None and abbreviation.group(1) in self._defined_titles:
            # "ASP Jalloh" after "Assistant Superintendent of Police (ASP) Abu Bakarr Jalloh":
            # the office as the story spelt it out.
            return self._defined_titles[abbreviation.group(1)][1]
        # (Searched only where an office's word stands before the name, as before few names.)
        lo = max(0, start - 100)
        portfolio = _PORTFOLIO_ROLE.search(self.body, lo, start) if self._office_words and (
            _OFFICE_WORD.search(self.body, lo, start)) else None
        if portfolio is not None and (
                _SOMEONE_ELSES_OFFICE.search(self.body, lo, portfolio.start())
                or _runs_across_a_name(portfolio.group("role"))):
            # "The wife of the President of Ghana, Mrs. Rebecca Owusu-Ansah", "Adviser to the
            # President of Ukraine Mykola Hrytsenko": the office is another's; and "President
            # of Ghana John Mensah and Chief Justice Abena Owusu" runs across a name.
            portfolio = None
        if portfolio is not None:
            # "Minister for Agriculture Declan Furlong": the title and its portfolio whole
            # ("for" would end any other role).
            role = portfolio.group("role")
            head, comma, last = role.rpartition(", ")
            if comma and " and " not in f" {last}":
                # "President of the Senate, Senator Ann Lee": a style set off after the
                # office, not a portfolio's next word ("Minister of Education, Science and
                # Sport" goes on to its "and").
                role = head
            # "Deputy Minister of Finance Ana Ruiz": the deputy is no minister.
            lesser = _HOLDER_LEAD.search(self.body, max(0, portfolio.start() - 40),
                                         portfolio.start())
            return (lesser.group() if lesser else "") + role
        prefix_text = self._prefix.get(start, "")  # (most names have none)
        # (Nor an elder's "Aunty": "Aunty Joyce Warrabeen, a Kuku Mala elder," holds the
        # office set off after the name.)
        words = [w for w in prefix_text.split() if w.lower().rstrip(".") not in _HONORIFICS
                 and w.lower() not in _VERBS and w.lower() not in ELDER_TITLES
                 ] if prefix_text else []
        while words and words[0].lower() in NOT_NAMES:
            words = words[1:]  # "When Afghan President ...": a sentence's first word
        # Role words before the run ("actress Mary Steenburgen", "Wild coach Bruce Boudreau"),
        # back to a boundary: a sentence or clause start, a determiner, a cue or a preposition.
        run_start = start - len(prefix_text)
        # (Not across a paragraph break: "... for months'\n\nPop star Jessa Raine".)
        before = masked[max(0, run_start - 60) : run_start].rpartition("\n")[2]
        tokens = before.split()
        if before.endswith((" ", "\xa0")) and tokens:
            taken: list[str] = []
            noun_cut = False
            for k, token in enumerate(reversed(tokens)):
                low = token.lower()
                if low == "in" and not taken and len(words) == 1 and words[0][:1].isupper() and (
                        k < len(tokens) - 1) and not is_plural(tokens[-k - 2].lower()) and (
                        tokens[-k - 2][:1].isupper()):
                    # "Special Agent in Charge Dmitri Volkov": a title's own "in", between its
                    # capitals, is no preposition before the role.
                    taken.append(token)
                    continue
                if not _ROLE_WORD.fullmatch(token) or low in _ROLE_BOUNDARY or low in _VERBS \
                        or low in NOT_NAMES:
                    break
                if token.islower() and any(t[:1].isupper() for t in taken) and not (
                        low in _ROLE_MODIFIERS or _is_role_head(low) or is_role_word(low)):
                    # "a call Gulls coach Tony Haddad": a common noun before the team or body
                    # that qualifies the role is the sentence's, not the role's; the role
                    # starts after it.
                    noun_cut = True
                    break
                taken.append(token)
            rest = tokens[: len(tokens) - len(taken)]
            listed = False
            if taken and len(rest) >= 3 and rest[-1] in ("and", "&") and (
                    _is_role_head(rest[-2])):
                # "chairman, CEO and president Craig Menear": a list of offices set off by
                # commas is the role whole, not its last ("president"), when the list opens
                # its phrase. ("the governor and union leader Jane Walsh" is two people.)
                k = len(rest) - 2
                while k > 0 and rest[k - 1].endswith(",") and _is_role_head(rest[k - 1][:-1]):
                    k -= 1
                if k < len(rest) - 2 and _role_bounded(rest[:k]) and (
                        len(taken) + len(rest) - k <= 6):
                    taken.extend(reversed(rest[k:]))
                    rest = rest[:k]
                    listed = True
            taken.reverse()
            if taken and (not rest or rest[-1][-1:] in ".!?”\"’") and taken[0][:1].isupper() and (
                    taken[0][1:].islower() and len(taken) > 1 and taken[1][:1].islower()) and (
                    taken[0].lower() in _ROLE_MODIFIERS or (is_role_word(taken[0].lower())
                                                           and not is_plural(taken[0].lower()))):
                # "Pop star Talia Reyes" opening a sentence: "pop star", as in any other.
                taken[0] = taken[0].lower()
            # (An occupation known only by its ending is no role alone after "to": "to
            # remember Tom Hale", "to murder Jane Doe" are verbs; "passed to winger Zach
            # Parise" loses a role to that, "to fast bowler Hasnain Jatoi" does not.)
            after_to = bool(rest) and len(taken) == 1 and rest[-1].lower() == "to" and not (
                _is_role_head(taken[-1]))
            # ("Special Agent in Charge": the words before a title's own "in" are its.)
            title_in = taken[-1:] == ["in"] and len(taken) > 1
            # (Bounded read only where words were taken: most names have none before them.)
            if taken and (noun_cut or _role_bounded(rest)) and (title_in or _heads_role_before_name(
                    taken[-1], occupations)) and _position_in_place(taken, rest) and (
                    len(taken) <= (6 if listed else 4)) and not after_to:
                # ("Liberal Democrat group leader Cllr Priya Nandakumar": the rank's short
                # form after the fuller role says nothing more.)
                words = taken + [w for w in words if w.lower().rstrip(".") not in (
                    _ABBREVIATED_RANKS)]
        prefix = prefix_text.split()
        # (Or a title: "The Housing Minister, Deputy Paul Renouf,", "The president of the
        # college, Prof Declan Byrne,".)
        if prefix and all(w.lower().rstrip(".") in _STYLES or _is_role_head(w)
                          for w in prefix) and (
                _set_off_before(self.body, run_start)) and self.body[end : end + 1] == ",":
            # "The Speaker, Sir Lindsay Hoyle,", "The school's principal, Mrs Folasade
            # Adeyemi-Bakare,": a knighthood or an honorific is no role; the office set off
            # before it is (the name set off too: "The Minister, Sir Roger complained, had").
            office = _ROLE_BEFORE.search(self.body, max(0, run_start - 60), run_start)
            owner = self.body[max(0, office.start("role") - 12) : office.start("role")] if (
                office) else ""
            # (Only an office opening its clause: "After a meeting with the trust's chief
            # executive, Mrs Ann Lee, 62, said" names whom she met.)
            lead = _OFFICE_OWNER.sub("", self.body[max(0, office.start("role") - 40) :
                                                    office.start("role")]) if office else ""
            opens = not lead.strip() or lead.rstrip(" \t\xa0")[-1:] in ".!?,;:\n”\"“"
            led = office is not None and office.group("role").lower().startswith("the ")
            if office and opens and _is_role_head(office.group("head").split()[-1]) and (
                    led or owner.lower().endswith("the ") or owner.endswith(("’s ", "'s "))):
                # (The office may hold its own "the": "Port-Louis, the Director General of
                # Health Services, Dr Anil Seebaluck,".)
                return office.group("role")[4:] if led else office.group("role")
        # (An academic rank alone says less than the post set off after the name: "Professor
        # Ramiz Ahmadoglu, head of the Department of Infectious Diseases at ...": the post,
        # and the rank when none follows.)
        rank_only = len(words) == 1 and words[0].lower().rstrip(".") in (
            _ACADEMIC_RANKS | SHORT_RANKS)
        if words and not rank_only and (_heads_role_before_name(
                words[-1], occupations) or words[-1].lower().rstrip(".") in TITLES):
            return " ".join(words)
        m = _APPOSITIVE.match(self.body, end, end + 130)
        if m and _office_of_next_name(self.body, start, m):
            m = None
        if m and m.group(1).split() and m.group(1).split()[0].lower().rstrip(".") in _HONORIFICS:
            m = None  # "Great Ayton, Mrs Sowerby's daughter, ...": someone else
        if m and after_opening_preposition(self.body, start) and _sentence_goes_on(m):
            # "For Colette Thibodeaux, the numbers matter less.": the comma closes the opening
            # phrase; what follows is the sentence, no role of hers ("For Gordon Thibodeaux,
            # a retired mechanic, ..." is one, set off on both sides; "For Henok, the
            # celebrations will continue in Keren, where ..." has an auxiliary, so is none).
            m = None
        if m:
            # "Rosa Delgado, the mayor of Port Ellery,", "Michelle Hege, CEO of DH,", "Dana
            # Ruiz, a meteorologist with the weather service": an apposition with an article,
            # or a role word within its first three; where the role is held ("in Norman") is
            # left out.
            phrase = _APPOSITION_CLAUSE.split(m.group(1).strip())[0]
            # A second role joined on is more than a credit needs: "director of the Urban-
            # Brookings Tax Policy Center and a professor at the Maxwell School ..." (a role of
            # one office, "lead investigator and director of ...", is kept whole).
            phrase = _TRAILING_AND.sub("", _first_office(phrase))
            tokens = phrase.split()
            article = bool(tokens) and tokens[0].lower() in ("the", "a", "an")
            if article:
                tokens = tokens[1:]
            if tokens and tokens[0].lower() in _TIME_WORDS:
                tokens = []  # "Ruth Green, the day before the cabinet met,": when, not who
            # ("head" only of something: "Len Burman, head of the Tax Policy Center".)
            head = next((i for i, t in enumerate(tokens[:3]) if _is_role_head(t) or (
                t.lower() == "head" and tokens[i + 1 : i + 2] == ["of"])), None)
            if tokens and (article or (head is not None and all(
                    t.lower() not in NOT_NAMES and not t.endswith(("ed", "ing"))
                    for t in tokens[:head]))) and not (
                    _VERB_IN_PHRASE.search(phrase)) and not (
                    # "by the defence lawyer, Ms Gail Rumbolt, the witness agreed that": a verb
                    # of speech makes the words after the name the sentence, not her role.
                    len(tokens) > 1 and tokens[1] in CUE_VERBS and not (
                        tokens[1].endswith("ing"))) and not (
                    # "Phiri, the court heard, later texted a colleague": a tag set off in the
                    # sentence, the court's, not who Phiri is.
                    len(tokens) > 1 and tokens[1] in _TOLD_VERBS) and not (
                    # "Asked about Quintero, the Irishman added: ‘I don’t ...": a speech tag of
                    # someone else, not who Quintero is.
                    any(ch in phrase for ch in ":“”\"‘")):
                # (Without an article, only words that qualify the role may come before it:
                # ", which owns her masters," and ", borrowed against his stake," are none.)
                return " ".join(tokens)
        if rank_only:
            return words[0]
        # "Kemp's attorney, Nora Vance, said": a role set off before the name.
        m = _ROLE_BEFORE.search(self.body, max(0, start - 60), start) if (
            _set_off_before(self.body, start)) else None
        if m and not m.group("head").split()[-1][:1].isupper() and len(_OF_FOR_AT.findall(
                m.group("role")[m.end("head") - m.start("role") :])) > 1:
            # (A second post's words only after an office a paper capitalises, "The Secretary
            # of State for Transport, Mark Harper,"; "A spokesman for the Secretary of State
            # for Transport, Mark Harper," is the spokesman's office, not Harper's.)
            m = None
        if m and m.group("head")[:1].isupper() and " " not in self.body[start:end].strip() and (
                not self.body[max(0, m.start("head") - 4) : m.start("head")].lower().endswith(
                    "the ")):
            # ("Minister of Agriculture, Lands, Housing and the Environment Hon. Dr. Samuel
            # Irish": an office opening its sentence with no "the" is set off only before a
            # name in full, not before the next word of its portfolio.)
            m = None
        if m and m.group("role").split()[0].lower() in ("the", "a", "an") and (
                _SCENE_PREPOSITION_BEFORE.search(self.body, max(0, m.start("role") - 12),
                                                 m.start("role"))):
            # "On the other bench, Mauricio Cantero was delighted": a phrase that sets the
            # scene, no office of his ("from his younger brother, Karim Haddad" still says
            # whose brother).
            m = None
        if m and (self.body[end : end + 2] in ("’s", "'s") or (
                m.group("role").split()[0].lower() in ("a", "an", "the")
                and _APPOSED_TO_NAME.search(self.body, max(0, m.start("role") - 40),
                                            m.start("role")))):
            # "Lorraine Achebe, a spokesperson for the Progressive Union, Fenwick’s party,":
            # the role is set off after Achebe, and a possessive is no one set off at all.
            m = None
        where = _OF_FOR_AT.split(m.group("role"), maxsplit=1)[1:] if m else []
        if where and any(w.islower() and (_is_role_head(w) or is_person_noun(w))
                         for w in where[0].split()):
            # "a spokeswoman for the majority leader, Dana Pruitt,": whose office it is names
            # another person, and which of the two she is English leaves open.
            m = None
        if where and any(w.islower() and w not in ("the", "and", "of", "for") and (
                w in NOT_NAMES or w in _VERBS or w.endswith(("ed", "ing")))
                for w in where[0].split()):
            # ("and" joins a portfolio's words: "the Minister of Culture and Creative
            # Industries, Nuno Silva,"; "for" opens a second post's: "The Secretary of State
            # for Civil Protection, Gaspar Soares da Cruz,".)
            # "Asked whether the director of the agency would resign, Tom Hale said", "After
            # the chairman of the board stepped down, Ana Ruiz said": a clause, no office.
            m = None
        if m and _is_role_head(m.group("head").split()[-1]):
            # '“...,” said a spokesman, Tom Hale.': the cue and the article are not the role.
            role = m.group("role").split()
            if m.group("head")[:1].isupper():
                # ("where the Leader of the Opposition, Joël Ravaton,", "to question the
                # Minister of Energy, Deepak Ramessur,": an office a paper capitalises opens
                # at its "the", which the pattern puts right before its head, and the loop
                # below drops; the words before it are the sentence's.)
                role = role[len(self.body[m.start("role") : m.start("head")].split()) :]
            # ('read by her attorney, Marisa Delgado,': "attorney", not "by her attorney".)
            # (Nor a sentence's opening word before whose it is: "But Kemp's attorney", "On
            # Tuesday Google's top lawyer".)
            while len(role) > 1 and (role[0].lower() in _VERBS or role[0].lower() in (
                    _ROLE_BOUNDARY) or role[0] == "whose" or (
                    not role[0].endswith(("’s", "'s")) and role[0].lower() in _OPENERS)):
                role = role[1:]
            kept_at = self.body.rfind(role[0], m.start("role"), m.end("role"))
            outer = _OUTER_ROLE.search(self.body, max(0, kept_at - 40), kept_at)
            if outer and _is_role_head(outer.group("head")):
                # "a spokeswoman for the majority leader, Dana Pruitt,", "a lawyer for the
                # chief executive, Elon Musk,": which of the two roles is the name's, English
                # leaves open; better no role than the wrong one on a card.
                return None
            return " ".join(role)
        return None

    def _learn_genders(self, masked: str, held: frozenset[int] | set[int] = frozenset(),
                       titled: Mapping[int, str] = MappingProxyType({})) -> None:
        """Each person's sex, from their given name, the nouns the story gives them and the
        pronouns of the sentences about them; mentions starting at ``held`` take no part, but
        for the sex of a title before them in ``titled`` (start -> sex), a vote of two."""
        # "Mehrinisso Boboeva, 38, whose husband works in Yekaterinburg,": whose spouse the
        # story names by sex says the person's, as a noun of theirs would.
        # (Not a name after "of", whose clause may be the phrase's head's: "The mother of
        # Mohamed Hassan, whose husband died in 2020,".)
        # (Read only in a story that writes "whose" at all: few do.)
        spouse_says = {id(m.entity): "f" if spouse.group(1) == "husband" else "m"
                       for m in (self.mentions if "whose" in masked else ())
                       if (spouse := _WHOSE_SPOUSE.match(masked, m.end)) is not None
                       and not masked.endswith("of ", 0, self.run_start(m.start))}
        for entity in {id(m.entity): m.entity for m in self.mentions}.values():
            if entity.gender is None and entity.kind == "person":
                # A lone word may be a surname that is also a given name ("Clinton"): only a
                # full name's first word says the gender.
                # (A name the Census lists at its floor, "Tama" for a few women, says no sex:
                # most likely it is from elsewhere, and the story's pronouns tell.)
                given = gender_of_given_name(entity.tokens[0]) if (len(entity.tokens) > 1 or (
                    not is_surname(entity.tokens[0])
                    and is_common_given_name(entity.tokens[0]))) and not is_listed_once(
                    entity.tokens[0]) else None
                if given is not None:
                    entity.gender = given
                    entity.gender_from_name = True
                elif entity.roles & _FEMALE_NOUNS and not entity.roles & _MALE_NOUNS:
                    entity.gender = "f"
                elif entity.roles & _MALE_NOUNS and not entity.roles & _FEMALE_NOUNS:
                    # (Both: "Her husband, Tevita Kauhalalalo" and a "Mrs Kauhalalalo" that
                    # may be his wife; the story's pronouns decide, and then the titles.)
                    entity.gender = "m"
                elif id(entity) in spouse_says:
                    entity.gender = spouse_says[id(entity)]
        # A sentence that names one person and then says "she" or "he" tells us that person's
        # gender; votes decide, so one sentence about someone else cannot flip it.
        votes: dict[int, Counter[str]] = {}
        entities: dict[int, Entity] = {}
        # Weaker evidence, used only for someone no sentence of their own gives a gender.
        following: dict[int, Counter[str]] = {}
        # Votes from a pronoun in the subject's own reported speech, the weakest kind.
        reported: Counter[int] = Counter()
        subject: Mention | None = None
        # Where the sentence whose subject that is ends: a tag after a quotation goes on
        # about it only from the very next sentence.
        subject_end = -1
        # Votes from a quotation's tag after a sentence whose subject has a given name's sex.
        tagged: dict[int, Counter[str]] = {}
        for start, end in self.sentences:
            # (Not a name that modifies a noun after an article: "a Narva health center" is
            # no one the sentence's "her" may be; a person's full name may be: "a Tasha
            # Greene portrait that she had painted".)
            mentions = [m for m in self.mentions_between(start, end)
                        if m.entity.kind == "person" and m.start not in held and not (
                            _ARTICLE_JUST_BEFORE.search(masked, max(0, m.start - 4), m.start)
                            and _LOWER_WORD_NEXT.match(masked, m.end)
                            and len(m.entity.tokens) == 1 and not _is_given(m.entity.tokens[0]))]
            people = {id(m.entity): m for m in mentions}
            if not people and subject is not None:
                # "Clinton leaned in ... She started off": a sentence that names no one and
                # opens with "she" or "he" goes on about the last sentence's subject.
                opener = _OPENER.match(masked, start, end)
                if opener is None and subject.entity.gender_from_name and not masked[
                        subject_end:start].strip() and (tag := _QUOTED_THEN_PRONOUN.match(
                            masked, start, end)) is not None and tag.group("verb") in CUE_VERBS:
                    # (Only a vote to add to the story's own: the tag may be an official's
                    # about the woman just named, "Maria Delgado, 34, died. “...,” he said".)
                    tagged.setdefault(id(subject.entity), Counter())[
                        "f" if tag.group(1) == "she" else "m"] += 1
                if opener:
                    sex = "f" if opener.group(1).lower() == "she" else "m"
                    following.setdefault(id(subject.entity), Counter())[sex] += 1
                    entities[id(subject.entity)] = subject.entity
                continue
            if not people:
                # (No one to vote for, and no subject to carry on: every test below needs a
                # person of this sentence, and its pronoun search was wasted on these.)
                continue
            # (Not a name after a preposition: "By Tuesday the assistant from Western Harrowby
            # admitted she" is where the subject is from; "A lawyer for Oluwaseun Adebayo, who
            # was arrested in Abuja, Nigeria, said she" is the lawyer. "All eyes were on
            # Thandiwe Mokoena" keeps her.)
            subject = mentions[0] if mentions and mentions[0].start - start < 40 and not (
                mentions[0].entity.tokens[-1].endswith("ans")) and not (
                _NOT_SUBJECT_AFTER.search(masked, max(0, mentions[0].start - 12),
                                          mentions[0].start)) else None
            subject_end = end
            copula = _IS_GENDERED.match(masked, subject.end, end) if subject else None
            if subject is not None and copula:
                # "Omar is one of the first two Muslim women elected": the story says it.
                sex = "f" if copula.group("noun").lower() in _FEMALE_NOUNS else "m"
                votes.setdefault(id(subject.entity), Counter())[sex] += 2
                entities[id(subject.entity)] = subject.entity
                continue
            if _GENDERED.search(masked, start, end) is None:
                # (Every test below reads the sentence's "he", "she", "his" or "her": most
                # sentences that name someone have none.)
                continue
            said = _SAID_PRONOUN.match(masked, subject.end, end) if subject else None
            if subject is not None and said and said.group("verb") in CUE_VERBS:
                # "Deepak Sohal, who runs a bakery on the Linthorpe side, said he expected":
                # the subject's own reported speech says its sex, whoever else is named.
                sex = "f" if said.group("pronoun") == "she" else "m"
                # (One vote, as any sentence's: the "he" may be someone else: "Robin Okafor
                # said he had been a loving father".)
                votes.setdefault(id(subject.entity), Counter())[sex] += 1
                reported[id(subject.entity)] += 1
                entities[id(subject.entity)] = subject.entity
                continue
            if subject is not None and len(people) > 1:
                # "Pat Hanley, 74, who has lived there with her husband Roy, said": the
                # clause set off after the subject is about them up to the next name, whoever
                # else the sentence names.
                clause = _WHO_CLAUSE.match(masked, subject.end, end)
                # (Not a name after "at", "in" or "on": "lived on Marram Close with her".)
                other = next((m.start for m in mentions if m.entity is not subject.entity
                              and m.start > subject.end and not _AT_OR_IN.search(
                                  masked, max(0, m.start - 4), m.start)), end)
                found = [w for w in _GENDERED.findall(
                    masked, clause.start(), min(clause.end(), other))
                    if w.lower() != "him"] if clause else []
                she = sum(1 for w in found if w.lower().startswith(("she", "her")))
                if found and she in (0, len(found)):
                    votes.setdefault(id(subject.entity), Counter())["f" if she else "m"] += 1
                    entities[id(subject.entity)] = subject.entity
            placed = {key: m for key, m in people.items() if not m.entity.gender and (
                _AT_OR_IN.search(masked, max(0, m.start - 5), m.start))}
            if len(people) - len(placed) == 1:
                # "Ngozi Adeyemi was lying on a physio table at Lyneham wondering whether she
                # would": a name after "at" or "in" whose sex no one knows is where, not who.
                people = {key: m for key, m in people.items() if key not in placed}
            if len(people) != 1:
                continue
            mention = next(iter(people.values()))
            if _ASKED_WHETHER.match(masked, start, mention.start):
                # "Asked whether Adeyemi would be restricted, he laughed": the name is in the
                # question; the pronoun is whoever was asked.
                continue
            if in_participle_opening(masked, start, end, mention.start):
                # "Addressing Alleyne directly, she said": the participle's object is not the
                # one "she" is.
                continue
            if _OBJECT_OF_PREPOSITION.search(masked, max(0, mention.start - 12), mention.start):
                # "Asked directly by Kinsella whether he would step down, he paused": a name
                # after a preposition is no subject, and the sentence's "he" is its subject's,
                # whom it need not name.
                continue
            if _OPENER.match(masked, start, mention.start):
                # "She was less keen, saying only that Kowalczyk was ‘...’ and that she would
                # ‘...’": a sentence whose subject is "she" or "he" before the name is about
                # someone else, whose pronouns these are.
                continue
            if masked.startswith(", ", mention.end) and _SET_OFF_TAG.match(
                    masked, mention.end + 2):
                # "The Hazard Level, he said, remains at 1.": a tag set off right after the
                # name is someone else's speech about it (as resolve_pronoun reads it).
                continue
            clause = _WHO_CLAUSE.match(masked, mention.end, end)
            after = clause.end() if clause else mention.end
            found = _GENDERED.findall(masked, after, end)
            told = _SAID_CLAUSE.match(masked, after, end)
            if told is not None and told.group("verb") in CUE_VERBS:
                # "Club president Deepa Raghunathan said members still ride past the spot
                # where he was hit": past a cue whose reported clause has a subject of its
                # own, "he" may be anyone the story is about; only a weak vote.
                # (A pronoun object there is mostly the speaker's own: "Justice Morenike
                # Adeyemi-Okonjo said the evidence before her showed".)
                inner = _GENDERED.findall(masked, told.end(), end)
                if all(w.lower() in ("he", "she") for w in inner):
                    found = found[: len(found) - len(inner)]
                sexes = {"f" if w.lower() == "she" else "m" for w in inner}
                if not found and len(sexes) == 1:
                    following.setdefault(id(mention.entity), Counter())[sexes.pop()] += 1
                    entities[id(mention.entity)] = mention.entity
            if clause is not None:
                # (In the clause, "his" and "he" are the name's own, "him" someone else.)
                found += [w for w in _GENDERED.findall(masked, clause.start(), clause.end())
                          if w.lower() != "him"]
            she = sum(1 for w in found if w.lower().startswith(("she", "her")))
            he = len(found) - she
            if she != he:
                sex = "f" if she > he else "m"
                nouns = _FEMALE_NOUNS if sex == "f" else _MALE_NOUNS
                first = _GENDERED.search(masked, after, end)
                if first is not None and any(
                        w in nouns and not is_plural(w)
                        for n in _NEW_ONE_OF.finditer(masked, mention.end, first.start())
                        for w in n.group("words").lower().split()):
                    # ("... as Jean-Marc Ravina, 67, and a 34-year-old woman whose name has
                    # not been released pending notification of her family": someone new of
                    # that sex the sentence brings in unnamed stands between; not "women",
                    # whom no "her" is, nor the name's own "the woman who runs the shelter".)
                    continue
                votes.setdefault(id(mention.entity), Counter())[sex] += 1
                entities[id(mention.entity)] = mention.entity
                if any(w in nouns for w in _LOWER_RUN.findall(masked, start, end)):
                    # ("Fatima Malik's husband said he ...": the pronoun may be his.)
                    reported[id(mention.entity)] += 1
        # ("gave his name only as", "identified only by her first name", "asked that only her
        # first name ... be used": looked for before a name only in a story that has their
        # words.)
        named_only_possible = any(w in masked for w in ("gave", "giv", "identified",
                                                        "asked that"))
        # The sexes the kin nouns set off beside each person's name say, counted ("His
        # daughter, Jess Herrick,").
        set_off: dict[int, Counter[str]] = {}
        for m in self.mentions:
            if m.start in titled:
                votes.setdefault(id(m.entity), Counter())[titled[m.start]] += 2
                entities[id(m.entity)] = m.entity
            if m.start in held or m.entity.kind != "person":
                continue  # (what follows reads the words around a person only)
            pair = _AND_KIN_AFTER.match(masked, m.end)
            if pair is not None and pair.group("noun").lower() in (
                    KIN_WORDS) and _starts_sentence(masked, self.run_start(m.start)):
                # (Only the sentence's subject: "arrived with Chidi Okafor and her husband" is
                # the subject's husband.)
                # "Dr Priyanka Nair, 71, and her husband Anand": "her" is the one just named.
                votes.setdefault(id(m.entity), Counter())[
                    "f" if pair.group("owner") == "her" else "m"] += 3
                entities[id(m.entity)] = m.entity
            named_only = named_only_as(masked, m.start) if (
                m.entity.gender is None and named_only_possible) else None
            stated = re.search(r"\b(his|her)\b", named_only.group()) if named_only else None
            if stated is not None:
                # "who gave his name only as Dessie": the story says the sex with the name.
                votes.setdefault(id(m.entity), Counter())[
                    "f" if stated.group(1) == "her" else "m"] += 3
                entities[id(m.entity)] = m.entity
            # "His daughter, Maeve Hale-Ortiz, said he died ...": a noun of one sex set off
            # right before or after the name says it, where the pronouns of the sentence may be
            # about someone else.
            # (The noun before is set off by a comma: looked for only after one.)
            kin = (_KIN_BEFORE.search(masked, max(0, m.start - 40), m.start) if _set_off_before(
                masked, m.start) else None) or _KIN_AFTER.match(masked, m.end)
            noun = kin.group("noun").lower() if kin else ""
            if noun in _FEMALE_NOUNS or noun in _MALE_NOUNS:
                sex = "f" if noun in _FEMALE_NOUNS else "m"
                votes.setdefault(id(m.entity), Counter())[sex] += 3
                entities[id(m.entity)] = m.entity
                if kin is not None and noun in KIN_WORDS and (
                        # "His daughter, Jess Herrick, drove": the kin phrase opens the
                        # sentence and the name is set off on both sides. (Not a clause
                        # before the subject, "After losing his wife, Graham Booth, 78,";
                        # nor "When Varga brought up Okafor’s new boyfriend, Okafor stood".)
                        (kin.re is _KIN_BEFORE and masked.startswith(",", m.end)
                         and _starts_sentence(masked, kin.start()))
                        # "Jess Herrick, his daughter, said": not a list, "Sarah Lane, her
                        # husband, Neil, and their children".
                        or (kin.re is _KIN_AFTER and masked.startswith(",", kin.end())
                            and not _KIN_LIST_GOES_ON.match(masked, kin.end()))):
                    set_off.setdefault(id(m.entity), Counter())[sex] += 1
        for key, counter in following.items():
            if key not in votes and len(counter) == 1 and sum(counter.values()) >= 2:
                votes[key] = counter
        merged: set[int] = set()
        for key, counter in tagged.items():
            if key in votes and len(counter) == 1 and set(counter) == set(votes[key]):
                # "Robin Lindqvist ... admitted ... he feared the worst. ... Lindqvist smiled.
                # “Ask me on Monday,” he said.": the tag agrees with the story's own "he".
                votes[key].update(counter)
                merged.add(key)
        for key, counter in votes.items():
            entity = entities[key]
            (best, count), *rest = counter.most_common()
            # (A tag's votes not already merged into the story's.)
            tag_votes = Counter() if key in merged else tagged.get(key, Counter())
            # A lone surname ("Clinton") may be two people of the story: it takes a gender only
            # when the story's pronouns agree on it.
            agreed = count >= 2 and (not rest or rest[0][1] * 3 <= count)
            if entity.gender is None and (len(entity.tokens) > 1 or agreed):
                entity.gender = best
            elif entity.gender_from_name and entity.gender != best and (
                    may_be_borne_by(entity.tokens[0], best)) and (agreed or (
                        # (One sentence of the story against a name the Census lists for
                        # the other sex only, and too rarely to say: "Karan Bhatnagar ...
                        # when he came", "Karan" on the female list at 0.003 percent. Not a
                        # pronoun in their reported speech alone: "Hiroko Sato, whose husband
                        # Kenji died, said he had driven the road" is about him.)
                        not rest and count > reported[key]
                        and not listed_for(entity.tokens[0], best))):
                # "Terry Strada ... she said": the story knows better than the name's odds.
                # (Not for a name no one of that sex bears: "claims former co-star Darren Fisk
                # made her life a living hell" is about her, whom the story does not name.)
                entity.gender = best
            elif entity.gender_from_name and entity.gender != best and set(
                    set_off.get(key, ())) == {best} and (
                    own := count - 3 * set_off[key][best] + tag_votes[best]) >= 1 and own >= (
                    sum(n for _, n in rest) + tag_votes.total() - tag_votes[best]):
                # "His daughter, Jess Herrick, drove over to help him. // “...,” she said": a
                # kin noun set off beside the name says the sex outright, and the story's own
                # pronouns agree at least as often as not, whatever the Census's list says of a
                # short form ("Jess" is on the male list alone; "Jessica" is not).
                entity.gender = best

    def _relink_by_title_sex(self, titled_sex: dict[int, tuple[str, str]],
                             full: dict[tuple[str, ...], Entity],
                             mixed: frozenset[int] | set[int] = frozenset()) -> None:
        """"Mrs Tupou" after "Her husband, Sione Tupou" is not him: a title of one sex before a
        surname the family shares is the one bearer of that sex the story has named by then,
        once the story has said who is which sex."""
        # Who bears each surname in full, by where the story first names them (built once: a
        # long story has many titled mentions).
        first_named: dict[str, dict[int, tuple[int, Entity]]] = {}
        for j, o in enumerate(self.mentions):
            if j not in titled_sex and o.entity.kind == "person" and len(o.entity.tokens) > 1:
                first_named.setdefault(o.entity.tokens[-1], {}).setdefault(
                    id(o.entity), (j, o.entity))
        for i, (sex, title) in titled_sex.items():
            m = self.mentions[i]
            entity = m.entity
            if i in mixed and (entity.gender in (sex, None) or len(entity.tokens) == 1):
                # ("Mrs Bakare" and "Mr Bakare" with only "Tunde Bakare" named in full: which
                # is which, the titles alone do not say; the mentions stay as linked. Once the
                # story gives the bearer a sex, they do.)
                entity.roles.add(title)
                continue
            if entity.gender not in (sex, None) or self._other_of_sex(
                    entity, sex, first_named.get(entity.tokens[-1], {}), i, title) or (
                    len(entity.tokens) == 1 and len(
                    first_named.get(entity.tokens[-1], {})) > 1 and not entity.roles - {
                        title.lower().rstrip(".")}):
                # (Or a surname alone that several of the story bear in full: "Monique
                # Kettleby said her brother, Dwayne Kettleby, ... Ms Kettleby said" is her. Not
                # when one bears it, nor when the titled surname has a role of its own:
                # "Employment Judge Sarah Moore ... Mrs Moore, the claimant" is another.)
                surname = entity.tokens[-1]
                fits = [b for j, b in first_named.get(surname, {}).values()
                        if j < i and b.gender == sex]
                # The one bearer of that sex; with none, someone of their family the story
                # names only so ("Mrs Wiremu, Rawiri's wife"), as a titled surname of a sex no
                # one bears is elsewhere.
                written = (surname,)
                if not fits and written in full and full[written] is not entity:
                    fits = [full[written]]
                if not fits and entity.gender not in (sex, None) and len(entity.tokens) > 1:
                    # "Pat Hanley, who lives there with her husband Roy ... Mr Hanley said":
                    # the one bearer in full is of the other sex, so the title is someone of
                    # the family the story names by it alone.
                    fits = [full.setdefault(written, Entity(surname, written, gender=sex))]
                if len(fits) == 1:
                    # (No man is "Mrs": the words before the name gave him the title too.)
                    entity.roles.discard(title.lower().rstrip("."))
                    entity.mentions -= 1
                    entity = fits[0]
                    entity.mentions += 1
                    self.mentions[i] = Mention(m.start, m.end, entity)
            # (The title's role and sex, held back until now: see the caller.)
            entity.roles.add(title)
            if entity.gender is None:
                entity.gender = sex

    def _other_of_sex(self, entity: Entity, sex: str,
                      bearers: Mapping[int, tuple[int, Entity]], i: int, title: str) -> bool:
        """"Hon. Obinna Okoro" and "Mrs Chinyere Okoro" named, then "Mrs Okoro": the title
        was linked to a bearer in full whose sex no list knows, while another bearer, known to
        be of the title's sex, was named no earlier (in the same sentence or after). "Ms.
        Nair" right after "Divya Nair" stays hers, whoever was named before her."""
        if entity.gender is not None or len(entity.tokens) < 2:
            return False
        others = [b for j, b in bearers.values() if j < i and b is not entity and b.gender == sex]
        if len(others) != 1:
            return False
        # The last mention of each of the two before the title (one walk back, kept for both
        # tests below).
        last: dict[int, Mention] = {}
        for j in range(i - 1, -1, -1):
            e = self.mentions[j].entity
            if (e is entity or e is others[0]) and id(e) not in last:
                last[id(e)] = self.mentions[j]
                if len(last) == 2:
                    break
        held = title.lower().rstrip(".")

        def titled_in_full(bearer: Entity) -> bool:
            first = bearers.get(id(bearer))
            return first is not None and held in (w.rstrip(".") for w in self._prefix.get(
                self.mentions[first[0]].start, "").lower().split())

        own = last.get(id(entity))
        # (Unless this one was just named, in the title's own paragraph: "Divya Nair ... Ms
        # Nair, 27, said" is hers, whoever else was "Ms" in full.)
        just_named = own is not None and own.start > getattr(
            last.get(id(others[0])), "start", -1) and "\n\n" not in self.body[
                own.end : self.mentions[i].start]
        if titled_in_full(others[0]) and not titled_in_full(entity) and not just_named:
            # (The other bearer was named in full with that very title, "Mrs Chinyere Okoro",
            # and this one without it, "Hon. Obinna Okoro": the title says which, whoever the
            # story named last.)
            return True
        sentence = {key: bisect_left(self._sentence_starts, m.start + 1)
                    for key, m in last.items()}
        return sentence.get(id(others[0]), -1) >= sentence.get(id(entity), -1)

    @property
    def sentence_starts(self) -> list[int]:
        """Where each sentence of the story starts, in order."""
        return self._sentence_starts

    def office_start(self, start: int) -> int:
        """Where the name at ``start`` begins with the office the story itself showed to be
        one before it ("Khoma Gup Kinley Wangchuk", see ``_said_nouns``); else ``start``."""
        return self.run_start(start) if start in self._office_cut else start

    def sentence_start(self, at: int) -> int:
        """Where the sentence holding ``at`` opens, by the story's own sentence bounds (0 before
        the first)."""
        k = bisect_right(self._sentence_starts, at) - 1
        return self._sentence_starts[k] if k >= 0 else 0

    def run_start(self, start: int) -> int:
        """Where the run of the name at ``start`` began, its title words included ("Chair
        Linda Harrow", "Sen. Ruth Calloway")."""
        return start - len(self._prefix.get(start, ""))

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        # (The mentions are in body order, as the bisection needs: one slice, not a walk of
        # them one by one; asked per sentence and per quotation, the walk was 1% of extraction.)
        i = bisect_left(self._starts, start)
        return self.mentions[i : bisect_left(self._starts, end, i)]

    def person_named_between(self, start: int, end: int,
                             aside: Callable[[Mention], bool] | None = None) -> bool:
        """Whether a person is named in [start, end), read back from ``end`` to the first
        person (a story printed as one paragraph made a list of every mention per tag); with
        ``aside``, not one it sets aside."""
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self.mentions[i].start >= start:
            if self.mentions[i].entity.kind == "person" and (
                    aside is None or not aside(self.mentions[i])):
                return True
            i -= 1
        return False

    def _person_between(self, mention: Mention, at: int) -> bool:
        """Whether a person other than ``mention``'s is named after it and before ``at``."""
        return any(x.entity is not mention.entity and x.entity.kind == "person"
                   for x in self.mentions_between(mention.end, at))

    def mentions_or_roles(self, start: int, end: int, masked: str) -> list[Mention]:
        """The name mentions in [start, end), and "the princess" where the story gave that role
        to a person named before it ("Princess Eleanor ... the princess"): news writing names
        a person once and then calls them by their role, and a "she" after it is still her."""
        if self._role_mentions is None:
            # Found once per story, and only for words some person holds as a role: a lookup
            # per "the ..." or a scan of the mentions per call made long stories quadratic.
            first_at: dict[int, int] = {}
            for x in self.mentions:
                first_at.setdefault(id(x.entity), x.start)
            held = {r for x in self.mentions if x.entity.kind == "person" for r in x.entity.roles}
            self._role_mentions = []
            for m in _THE_WORD.finditer(masked):
                if m.group(1) not in held:
                    continue
                the_at = m.start() - 1  # (the match opens at "he")
                holder = self.by_role(m.group(1), the_at)
                if holder is not None and holder.kind == "person" and first_at.get(
                        id(holder), len(masked)) < the_at:
                    self._role_mentions.append(Mention(the_at, m.end(), holder))
            self._role_starts = [m.start for m in self._role_mentions]
        names = self.mentions_between(start, end)
        roles = self._role_mentions[bisect_left(self._role_starts, start) :
                                    bisect_left(self._role_starts, end)]
        return sorted(names + roles, key=lambda m: m.start) if roles else names

    def _holding(self, head: str) -> list[int]:
        """The indices of the mentions of entities given the role ``head``, in order."""
        # Only the mentions of entities given ``head`` are walked (an index built once per
        # head): walking every mention before ``before`` made a story quadratic in its quotes.
        holders = self._by_head.get(head)
        if holders is None:
            holders = self._by_head[head] = [
                # A place holds no role: "China’s ambassador to Britain" is no ambassador
                # named Britain.
                i for i, m in enumerate(self.mentions)
                if head in m.entity.roles and m.entity.kind != "place"]
        return holders

    def role_holders(self, head: str, before: int | None = None) -> list[Entity]:
        """Every person the story gave the role ``head``, in order of first mention; with
        ``before``, only those mentioned before it."""
        found = {id(self.mentions[i].entity): self.mentions[i].entity
                 for i in self._holding(head) if self.mentions[i].entity.kind == "person"
                 and (before is None or self.mentions[i].start < before)}
        return list(found.values())

    def unrelated(self) -> set[int]:
        """The people (by id) the story says are no relation of a namesake ("Brian Doyle, who
        is not related,", "Tatjana Smirnova, no relation,"), read once per story."""
        if self._no_relation is None:
            self._no_relation = {id(m.entity) for m in self.mentions
                                 if _NO_RELATION_AFTER.match(self.masked, m.end)}
        return self._no_relation

    def first_mention(self, entity: Entity) -> Mention | None:
        """The story's first mention of ``entity`` (an index built once: a long story asks for
        every "the Mexican said")."""
        if self._first is None:
            self._first = {}
            for m in self.mentions:
                self._first.setdefault(id(m.entity), m)
        return self._first.get(id(entity))

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity a name mention inside [start, end) names (the first one)."""
        i = bisect_left(self._starts, start)  # (mentions_between's first, with no list made)
        return self.mentions[i].entity if i < len(self._starts) and self._starts[i] < end else None

    def headlined(self, entity: Entity) -> bool:
        """Whether the headline names ``entity`` by its first and last words ("Evelyn
        Jacobsen, Troller and Storyteller, Dies at 88"): whom the story is about."""
        tokens = entity.tokens
        # (In any case, past a possessive, and the surname at most two words after the given
        # name: "EVELYN JACOBSEN DIES", "Teodor Hrivnák's puppets", not "Evelyn Smith meets
        # John Jacobsen".)
        words = self._headline_words
        first, last = tokens[0].lower(), tokens[-1].lower()
        return len(tokens) > 1 and any(
            w == first and last in words[i + 1 : i + 3] for i, w in enumerate(words))

    def central_person(self) -> Entity | None:
        # Computed once: the mentions and their kinds are fixed after __init__, and attribution
        # asks for every quote (a per-call scan made a story quadratic in its quotes x names).
        if not self._central_known:
            self._central = self._find_central_person()
            self._central_known = True
        return self._central

    def _find_central_person(self) -> Entity | None:
        # Only a name the story shows to be a person's: a club is named as often.
        people = [m.entity for m in self.mentions if m.entity.shown_person]
        if not people:
            return None
        counts = Counter(id(e) for e in people)
        first: dict[int, int] = {}
        for m in self.mentions:
            first.setdefault(id(m.entity), m.start)
        best = max(people, key=lambda e: (counts[id(e)], -first[id(e)]))
        return best if counts[id(best)] >= 3 else None

    def org_with_word(self, noun: str, at: int) -> Entity | None:
        """The one body named before ``at`` whose name holds the plural ``noun`` ("the
        doctors" -> "Doctors for Camp Closure"), or None when none or several do."""
        # A person's name never holds a plural common noun, so the kind the name index
        # guessed need not be trusted.
        return self._one_named_with({noun.lower()}, at, bodies_only=False)

    def org_with_words(self, words_: list[str], at: int) -> Entity | None:
        """The one body named before ``at`` whose name holds every one of ``words_`` ("the
        weather service" -> "National Weather Service", "the police department" -> "Fort
        Worth Police Department"), or None when none or several do."""
        return self._one_named_with({w.lower() for w in words_}, at, bodies_only=True)

    def _one_named_with(self, want: set[str], at: int, bodies_only: bool) -> Entity | None:
        """The one name of two words or more, first named before ``at``, longer than ``want``
        and holding all of it; read from a list of the story's names built once (a scan of
        every mention per call made a story of many such descriptions quadratic)."""
        if self._long_names is None:
            first: dict[int, tuple[int, Entity]] = {}
            for m in self.mentions:
                if len(m.entity.tokens) > 1:
                    first.setdefault(id(m.entity), (m.start, m.entity))
            self._long_names = [(start, entity, frozenset(t.lower() for t in entity.tokens))
                                for start, entity in first.values()]
        key = (frozenset(want), bodies_only)
        matches = self._named_with.get(key)
        if matches is None:
            # Once per description: a story of many "the airline said" read every name each.
            matches = self._named_with[key] = sorted((
                (start, entity) for start, entity, tokens in self._long_names
                if len(entity.tokens) > len(want) and want <= tokens
                and (entity.kind == "org" or not bodies_only)), key=lambda t: t[0])
        if not bodies_only and len(matches) > 1:
            # "the police said" after "Sparendaam Police Station" and "Guyana Police Force": a
            # building or a place is no body that speaks.
            matches = [(start, entity) for start, entity in matches
                       if entity.tokens[-1] not in PLACE_WORDS]
        found = [entity for start, entity in matches[:2] if start < at]
        return found[0] if len(found) == 1 and (
            len(matches) == 1 or matches[1][0] >= at) else None

    def role_of(self, entity: Entity) -> str | None:
        """The speaker's title or position as the story first gives it ("Port Ellery mayor").

        A lone word the story never calls "he" or "she" ("WeWork", "Tottenham") may be a body
        the index took for a person: it gets no role."""
        if entity.kind != "person" or (len(entity.tokens) == 1 and entity.gender is None):
            return None
        if entity.role_phrase and (all(w.lower().rstrip(".") in _FORMS_OF_ADDRESS
                                       for w in entity.role_phrase.split())
                                   or entity.role_phrase.split()[-1].lower() in _NO_OFFICE
                                   or (entity.role_phrase.split()[-1].lower() in KIN_WORDS
                                       and not any(possessive(w)
                                                   for w in entity.role_phrase.split()))):
            # (Nor a modifier with no office after it: "Former" alone. Not "deputy", "senior"
            # or "junior": each is someone's post or year too.)
            # (Nor kin without whose: "— Zuhura Abdalla Said, younger sister" says nothing of
            # her on a card; "Kinsella's mother" says whose.)
            # "the Rev. James Coleman": a form of address is no position ("— James Coleman,
            # Rev." reads as a typo on a card).
            return None
        if entity.role_phrase and (aged := _AGE_BEFORE_ROLE.match(entity.role_phrase)):
            # An age is no title or position: "— Carmen Debono, retired nurse", not
            # "68-year-old retired nurse" (the story's age reads as part of the job on a card).
            return entity.role_phrase[aged.end() :] or None
        return entity.role_phrase

    def recent_org(self, floor: int, at: int, outlets: bool = True, noun: str = "",
                   holding: bool = False) -> Entity | None:
        """The body named last before ``at``; without ``outlets``, not a news outlet (the one
        a statement was sent to is not the one that sent it); with ``noun`` ("utility"), not
        a body whose name says it is another kind ("the Public Utilities Commission"); with
        ``holding``, only one whose name holds the noun ("the trust": "... NHS Trust")."""
        for mention in reversed(self.mentions_between(floor, at)):
            entity = mention.entity
            if noun and not holding and self._may_be_body(mention):
                return None
            if self._body_of_kind(entity, noun, outlets) and (
                    not holding or (len(entity.tokens) > 1
                                    and any(t.lower() == noun for t in entity.tokens))):
                return entity
        return None

    def _body_of_kind(self, entity: Entity, noun: str = "", outlets: bool = True) -> bool:
        """Whether ``entity`` is a body that may be "the <noun>": not a dateline's, a news
        outlet only with ``outlets``, and not one whose name says it is another kind ("the
        Public Utilities Commission" is no "utility")."""
        # (An outlet the story gives only as whom people told things reports the story; it
        # is never "the union" nor "the broadcaster" of it.)
        return entity.kind == "org" and id(entity) not in self._dateline_bodies and (
            id(entity) not in self._told_outlets) and (
            outlets or not (entity.name in OUTLETS or entity.tokens[-1] in OUTLET_WORDS)) and (
            not noun or kind_fits(noun, entity.tokens))

    def _may_be_body(self, mention: Mention) -> bool:
        """Whether a name no one showed to be a person's speaks at ``mention`` and may be a
        body ("Skyvia, the airline ... Aer Lingus said it had no plans. “...,” the airline
        said": Aer Lingus, not Skyvia)."""
        entity = mention.entity
        return entity.kind == "person" and not entity.shown_person and len(entity.tokens) > 1 and (
            not _is_given(entity.tokens[0])) and self.masked[mention.end : mention.end + 5] == (
            " said")

    def recent_company(self, noun: str, at: int) -> Entity | None:
        """The body named last before ``at``, however far back, whose name ends in ``noun``
        ("SkyMeridian Airlines" for "the airline"). (Not the one company the story names by a
        company word: in a Ryanair story that is "Boeing Co.")"""
        if self._by_last_word is None:
            self._by_last_word = {}
            for m in self.mentions:
                if m.entity.kind == "org" and id(m.entity) not in self._dateline_bodies:
                    last = m.entity.tokens[-1].lower().rstrip(".,")
                    self._by_last_word.setdefault(last, []).append(m)
        found = self._by_last_word.get(noun, []) + self._by_last_word.get(noun + "s", [])
        if noun in ("company", "firm"):
            # "Halvorsen Motor Co. is recalling ...", "The chief executive of Severn Vale
            # Water was accused ..." opening the story: the company it is about (not "Foxconn
            # Technology Co." named once in a story about Apple, nor a union, a council or a
            # university the story opens with).
            lede = self._lede_entity
            last = lede.tokens[-1].lower().rstrip(".,") if lede is not None else ""
            if lede is not None and lede.kind == "org" and body_kind(lede.tokens) != (
                    "council") and (last in _CORPORATE or (
                    last not in ORG_WORDS and not self._lede_displaced(lede, at))):
                found += [m for m in self._by_last_word.get(last, []) if m.entity is lede]
        before = [m for m in found if m.start < at]
        return max(before, key=lambda m: m.start).entity if before else None

    def main_company(self, at: int) -> Entity | None:
        """The company the story names most, when it was named before ``at``, three times or more
        and more often than any other company: "the company said" in a story about Corvanta
        Therapeutics that opens on a disease. (Not a paper or a channel, not a public body.)"""
        if self._main_company is None:
            # (Found once per story, with where it is first named: each "the company said"
            # reading every mention made a story quadratic in them.)
            counts: dict[int, int] = {}
            first: dict[int, Mention] = {}
            for m in self.mentions:
                e = m.entity
                if e.kind != "org" or id(e) in self._dateline_bodies or e.name in OUTLETS or (
                        e.tokens[-1] in OUTLET_WORDS) or not kind_fits("company", e.tokens):
                    continue
                counts[id(e)] = counts.get(id(e), 0) + 1
                first.setdefault(id(e), m)
            ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
            self._main_company = (first[ranked[0][0]],) if ranked and ranked[0][1] >= 3 and (
                len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else ()
        return next((m.entity for m in self._main_company if m.start < at), None)

    def _lede_displaced(self, lede: Entity, at: int) -> bool:
        """Whether the lede's body, by a word other than a company word, is no "the
        company" at ``at``: a paper ("The Westmere Courier has learned"), or another company
        the story turned to, opening a sentence after the lede's body was last named
        ("Pennant Build, which employed 420 people, called in administrators")."""
        if lede.name in OUTLETS or lede.tokens[-1] in OUTLET_WORDS:
            return True
        if self._company_openings is None:
            # (Worked out once per story, not per "the company said": each asked every name.)
            self._company_openings = [
                (m.start, id(m.entity)) for m in self.mentions
                if ((m.entity.kind == "org" and body_kind(m.entity.tokens) == "company") or (
                    m.entity.kind == "person" and not m.entity.shown_person
                    and len(m.entity.tokens) > 1))
                and _starts_sentence(self.masked, self.run_start(m.start))]
            self._lede_starts = [m.start for m in self.mentions if id(m.entity) == id(lede)]
        k = bisect_left(self._lede_starts, at)
        last = self._lede_starts[k - 1] if k else -1
        openings = self._company_openings
        i = bisect_left(openings, (last + 1, -1))
        while i < len(openings) and openings[i][0] < at:
            if openings[i][1] != id(lede):
                return True
            i += 1
        return False

    def give_role(self, entity: Entity, head: str) -> None:
        """Note that the story calls ``entity`` by the role word ``head`` ("the actor")."""
        if head not in entity.roles:
            entity.roles.add(head)
            self._by_head.pop(head, None)
            self._role_mentions = None  # "the actor" may now be a mention of them

    def by_role(self, head: str, before: int, also: tuple[str, ...] = ()) -> Entity | None:
        """The most recent entity before ``before`` that the story gave the role ``head``, else
        the first after it; not one who holds it only as a lesser office (``lesser_office``),
        but an associate one before it ("the judge" of an associate judge) when no one holds
        it plainly.

        With ``also``, only an entity given every one of those words too ("the Democratic
        nominee" skips the Republican one).
        """
        holders = self._holding(head)
        k = bisect_left(holders, bisect_left(self._starts, before))
        for j in range(k - 1, -1, -1):
            entity = self.mentions[holders[j]].entity
            if all(w in entity.roles for w in also) and not lesser_office(entity, head, also):
                return entity
        for j in range(k, len(holders)):
            mention = self.mentions[holders[j]]
            if mention.start >= len(self.body):
                break
            if all(w in mention.entity.roles for w in also) and not lesser_office(
                    mention.entity, head, also):
                return mention.entity
        # (An associate judge, when no one holds the plain office: "the judge".)
        for j in range(k - 1, -1, -1):
            entity = self.mentions[holders[j]].entity
            if all(w in entity.roles for w in also) and not lesser_office(
                    entity, head, also, _LESSER_BUT_ASSOCIATE):
                return entity
        return None

    def resolve_pronoun(self, pronoun: str, at: int, masked: str, floor: int) -> Entity | None:
        """The entity "he", "she" or "they" at ``at`` refers to, or None when unsure.

        Candidates are searched the way a reader does: earlier in the same sentence (nearest
        first), then each earlier sentence from its beginning (subjects before objects), back to
        ``floor``. Gender must agree; a person of unknown gender is accepted only when no one of
        the right gender is in reach.
        """
        want = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}.get(pronoun)
        if want is None and pronoun not in ("they", "it"):
            return None
        hi = bisect_left(self._sentence_starts, at + 1)
        # (No more than thirty sentences back, whatever the floor: a story printed as one long
        # paragraph made every pronoun a walk to its start.)
        lo = max(bisect_left(self._sentence_starts, floor), hi - 30)
        bounds = self.sentences[lo:hi]
        here: list[Mention] = []
        s0 = at  # where the pronoun's own sentence starts
        same = _SUBJECT_PRONOUN.get(pronoun)
        late: list[Mention] = []
        if bounds:
            s0, _ = bounds[-1]
            here = list(reversed(self.mentions_or_roles(s0, at, masked)))
            opening_end = s0 + scene_phrase_end(masked[s0:at])
            if opening_end > s0 and at >= opening_end:
                # "Asked by prosecutor Fiona Alderton KC to describe what she saw, she said":
                # the one the opening phrase brings in by a preposition is not its subject.
                # (Nor the object of a participle opening it: "Thanking Obi for his help, he
                # added".)
                late = [m for m in here if m.start < opening_end and (_AFTER_PREPOSITION.search(
                    masked, max(s0, self.run_start(m.start) - 40), self.run_start(m.start))
                    or PARTICIPLE_OPENING.fullmatch(masked, s0, self.run_start(m.start)))]
                here = [m for m in here if m not in late]
            if masked[max(0, at - 2) : at] == ", " and _SET_OFF_TAG.match(masked, at):
                # "Parrott, he said, was “...”": a tag set off inside the sentence is someone
                # else's, not its subject's.
                late = here + late
                here = []

        def earlier() -> Iterator[Mention]:
            """The candidates of the sentences before the pronoun's, nearest sentence first."""
            for s, e in reversed(bounds[:-1]):
                # "Though it went smoothly, he said, loyalists to Joe Biden ...": the same
                # pronoun before any name makes the earlier sentence about the same person, so
                # the names after it are objects and the chain goes on further back.
                found = self.mentions_or_roles(s, e, masked)
                # Someone the sentence says did not speak ("Bleakley ... did not respond to a
                # request for comment") is not who speaks next.
                found = [m for m in found if not no_comment_after(masked, m.end, e)]
                chained = same.search(masked, s, found[-1].start) if same and found else None
                if chained is not None:
                    # ... unless the name is the subject right after the clause that holds the
                    # pronoun ("Asked what she wants, Okafor pauses."): the pronoun pointed
                    # forward to it.
                    comma = masked.find(",", chained.end(), e)
                    # (Its title too after a question put to them: "Asked what advice he
                    # would give, Mr Santarelli did not hesitate"; not "The night he was
                    # stopped, PC Mark Hughes found a knife", someone else acting on him.)
                    asked = _ASKED_OPENING.match(masked, s) is not None
                    subject = [m for m in found if comma >= 0 and m.start > comma
                               and not masked[comma + 1 : self.run_start(m.start) if asked
                                              else m.start].strip()
                               and _THEN_VERB.match(masked, m.end)]
                    found = subject or [m for m in found if m.start < chained.start()]
                # A possessive before a role and a name in apposition names whose, not who
                # ("Creswick's solicitor, Imran Qureshi, said ... “...,” he said" is the
                # solicitor): the name in apposition comes first.
                owners = [m for m in found if _OWNER_OF_APPOSED.match(masked, m.end)]
                # Someone named in a scene-setting phrase is no subject: "In an interview with
                # Rusty Humphries, Ham made it clear ..." is about Ham.
                scene = self._scene_ends.get(s)
                if scene is None:
                    scene = self._scene_ends[s] = s + scene_phrase_end(masked[s:e])
                set_in = [m for m in found if m.start < scene and m not in owners]
                yield from [m for m in found if m not in owners and m not in set_in]
                yield from set_in
                yield from owners

        # (Walked only as far as a candidate is taken: most pronouns are settled by the
        # nearest sentence or two, and reading every sentence back to ``floor`` first was
        # most of this function's time.)
        order = _Walked(chain(here, earlier(), late))
        if want is None:
            for m in order:
                if m.entity.kind == "org" or (pronoun == "they" and m.entity.they):
                    return m.entity
            return None
        sexed = _SEXED_NOUN[want]
        first = order.first()
        if first is not None and first.start < s0 and self._reports_unsexed(first, masked) and (
                not sexed.search(masked, first.end, at)):
            # "Outside the court, Raghunathan said her clients were encouraged. “...,” she
            # said": the nearest name, a person's in full whose sex no list knows, is the
            # subject of a verb of speech; the pronoun goes on with them, not back past them
            # to someone of known sex.
            return first.entity
        for m in order:
            if m.entity.kind == "person" and (m.entity.gender == want or (
                    m.entity.gender is None and (m.entity.roles - {"the"} or (
                        _AGE_SET_OFF.match(masked, m.end) and (
                            len(m.entity.tokens) == 1 or _TAG_AFTER_MARK.search(
                                masked, max(0, at - 4), at))))
                    and ((len(m.entity.tokens) >= 2 and m.entity.roles - {"the"}) or (
                        (any(_is_role_head(r) for r in m.entity.roles)
                         or _AGE_SET_OFF.match(masked, m.end))
                        and masked.count("\n\n", m.end, at) <= 1
                        and not self._person_between(m, at)))
                    and not sexed.search(masked, m.end, at))):
                # A person of unknown sex whom the story gives a role ("Rovers manager Gareth
                # Lyle": a given name the Census lists lack) is as good as one of the right
                # sex, and nearer is better; a surname alone with a title ("President Obama")
                # or a name with an age ("Yusuf, 19,") only in this paragraph or the one
                # before, with no one else named since; a name in full with an age, only for
                # a tag right after a quotation ("Chi, 38, who has now won the race three
                # times, had to be helped out ... “...,” he said"; not "Kit Bennett-Azoulay,
                # 29, was given a suspended sentence. Sentencing, he said", the recorder).
                # Never past someone the story calls by a noun of that sex ("My mother ... she
                # still says").
                return m.entity
        for m in order:
            if m.entity.kind == "person" and m.entity.gender is None and len(
                    m.entity.tokens) >= 2 and not sexed.search(masked, m.end, at) and not (
                    # ("the assistant from Western Harrowby admitted she": where, not who;
                    # "all eyes were on Thandiwe Mokoena" is still who.)
                    _NOT_SUBJECT_AFTER.search(masked, max(0, m.start - 12), m.start)):
                return m.entity
        return None


    def _reports_unsexed(self, mention: Mention, masked: str) -> bool:
        """Whether ``mention`` is of a person named in full whose sex the story never says,
        written as the subject of a verb of speech ("Moriarty, who trains 26 horses, said"),
        not after a preposition ("the assistant from Western Sydney admitted")."""
        entity = mention.entity
        if entity.kind != "person" or entity.gender is not None or len(entity.tokens) < 2:
            return False
        if _OWNED_BEFORE.search(masked, max(0, mention.start - 40), mention.start):
            # "Her colleague Tadeusz Wrobel said": someone of hers, and the "she" after is hers.
            return False
        verb = REPORTING_VERB.match(masked, mention.end)
        if verb is None or verb.group("verb") not in CUE_VERBS:
            # ("..., says co-author Marek Zielinski at the Baltic Institute": the verb first.)
            verb = _CUE_BEFORE.search(masked, max(0, mention.start - 60), mention.start)
        s = self.sentence_start(mention.start)
        # (The sentence's first name: "Farrelly, best known for Harbour Lights, says".)
        return verb is not None and verb.group("verb") in CUE_VERBS and not any(
            m.entity.kind == "person" for m in self.mentions_between(s, mention.start)) and not (
            _OBJECT_OF_PREPOSITION.search(masked, max(0, mention.start - 12), mention.start))


# Someone new brought in by a noun: "a 34-year-old woman", "another man".
_NEW_ONE_OF = re.compile(r"\b(?:a|an|another|one)\s+(?P<words>(?:[\w’'-]+\s+){0,3}[\w’'-]+)")
# A quotation's closing mark right before a pronoun: the pronoun tags it ("...,” he said").
_TAG_AFTER_MARK = re.compile("[" + re.escape(_CLOSING_MARKS) + r"]\s*$")


class _Walked:
    """A walk of candidates, read only as far as asked and kept, so that it may be walked again
    from the start (each later walk goes on where the furthest one stopped)."""

    def __init__(self, items: Iterator[Mention]) -> None:
        self._items = items
        self._seen: list[Mention] = []

    def __iter__(self) -> Iterator[Mention]:
        i = 0
        while True:
            if i == len(self._seen):
                item = next(self._items, None)
                if item is None:
                    return
                self._seen.append(item)
            yield self._seen[i]
            i += 1

    def first(self) -> Mention | None:
        return next(iter(self), None)


# Words that make an office another ("Shadow Chancellor", "Deputy Mayor", "vice-president").
# ("Associate" only while someone else holds the plain office: an associate judge with no
# other judge in the story is "the judge".)
_LESSER = ("shadow", "deputy", "vice", "assistant", "former", "ex", "junior", "associate")
# The words that make an office a lesser one, as a description says them ("the deputy mayor");
# not "former" (nor "ex"), which the story seldom repeats where it names the holder.
LESSER_RANKS = frozenset(_LESSER) - {"former", "ex"}
# The lesser ranks a holder has now, and those of a stand-in: "Deputy", "Acting" ("Deputy
# Natural Resources and ... Minister").
_RANKS_HELD_NOW = LESSER_RANKS | {"acting", "interim"}
_LESSER_BUT_ASSOCIATE = tuple(w for w in _LESSER if w != "associate")


def lesser_office(entity: Entity, head: str, also: tuple[str, ...],
                  lesser: tuple[str, ...] = _LESSER) -> bool:
    """Whether the story gave ``entity`` the office ``head`` only as a lesser one: the
    Shadow Chancellor is not "the chancellor", the deputy mayor not "the mayor"."""
    phrase = (entity.role_phrase or "").lower()
    # (The word is looked for before the pattern is built: few phrases hold one.)
    return any(w not in also and w in phrase and re.search(
        rf"\b{w}[- ]+{re.escape(head)}\b", phrase) for w in lesser)


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end]; paragraph breaks end sentences too."""
    out = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((pos, m.start() + 1))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return _split_paragraphs(text, out)


def _split_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while True:
            k = text.find("\n\n", s, e)
            if k < 0:
                out.append((s, e))
                break
            out.append((s, k))
            s = k + 2
    return [(s, e) for s, e in out if e > s]


def cue_follows(text: str, end: int) -> bool:
    """Whether a cue verb ("says", "added") follows the name that ends at ``end``."""
    return _cue_follows(text, end)


def starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence (after . ! ? :, a line break or an opening mark)."""
    return _starts_sentence(text, start)
