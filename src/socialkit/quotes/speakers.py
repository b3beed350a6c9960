"""Who a speech tag's subject is: the person or body a name belongs to, the person a "he" or
"she" is (the last one quoted, or someone the story has just brought on), the author of a
document ("the statement said"), the holder of a role ("the Indiana governor") or an age ("the
56-year-old"), or else the story's own description of an unnamed source ("a former employee").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from socialkit.quotes.extract import Found, _has_cue
from socialkit.quotes.lexicon import (
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    FORECAST_DOCUMENTS,
    KIN_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    NUMBER_WORDS,
    ORG_WORDS,
    OUTLET_WORDS,
    OUTLETS,
    PLACES,
    PLATFORMS,
    STANCE_VERBS,
    SUBORDINATORS,
    TELL_VERBS,
    TENS_WORDS,
    TITLES,
    any_word_in,
    english_stopwords,
    other_sex_words,
    sex_words,
    valences,
    words,
)
from socialkit.quotes.marks import _CLOSING_MARKS, _MARKS, _OPENING_MARKS, possessive
from socialkit.quotes.names import (
    _BEFORE_AN_OBJECT,
    _BRACKETED_INITIALS,
    _HONORIFICS,
    _NUMBER_THEN_WORD,
    _OPENER,
    _OWNER_OF_APPOSED,
    _PREPOSITIONS,
    _SENIORITY_BEFORE,
    _STYLES,
    _TITLE_SEX,
    COMPANY_NOUNS,
    COURT_OFFICERS,
    KINDS_OF_BODY,
    LESSER_RANKS,
    LINK_WORDS,
    NAMED_ONLY_AS,
    ON_TRIAL,
    PARENT_WORDS,
    PARTIES,
    PUBLIC_BODIES,
    REPORTING_VERB,
    TOPIC_PREPOSITIONS,
    Entity,
    Mention,
    after_opening_preposition,
    cue_follows,
    is_adjectival,
    kind_fits,
    lesser_office,
    named_only_as,
    no_comment_after,
    shares_surname,
    starts_sentence,
    surname_of,
)
from socialkit.quotes.noun_phrases import _INITIALS_AFTER, _NounPhrases
from socialkit.quotes.people import (
    is_body_by_work,
    is_given_name,
    is_listed_person_noun,
    is_person_noun,
    is_plural,
    is_role_word,
    is_surname,
    role_words,
    sex_of_noun,
    singular,
)
from socialkit.quotes.sentences import _WORD, _scene_end, in_participle_opening, scene_phrase_end
from socialkit.quotes.story import Attribution
from socialkit.quotes.tag_patterns import (
    _AFTER_OPENER,
    _AFTER_PREPOSITION,
    _AGE_SET_OFF,
    _APPOSED,
    _APPOSED_NAME,
    _APPOSITION,
    _DESC,
    _DOCUMENT_FROM,
    _DOCUMENTS,
    _GROUPS,
    _IN_DOCUMENT,
    _ISSUED,
    _LOWER_WORD,
    _MADE_BY,
    _NAME_THEN_BODY,
    _NAMED_BODY,
    _NOT_EPITHETS,
    _NOT_ROLE_WORDS,
    _NP,
    _OWNED_ROLE,
    _PLACE_ROLE,
    _PLACE_SPEAKS,
    _PRONOUN_WORDS,
    _QUOTED_TITLE,
    _SAME_DOCUMENT,
    _SPEAKS_FOR,
    _SUBJECT_PAST,
    _SUBJECT_VERB,
    _TITLED_OPENING,
    BEING_VERBS,
    FORCES,
    IRREGULAR_PAST_WORDS,
    NAME_CHARS,
    OPENER_SET_OFF,
    SENTENCE_OPENS,
    THE_THEN,
    UPPER,
    WHO_CLAUSE,
    cue_before,
    cue_word,
    is_demonym,
    makes_object,
    word_before,
)

# A clause set off before a verb: ", which carried out a parallel investigation, ".
_CLAUSE_SET_OFF = re.compile(r",\s+(?:which|who|whose)\b[^,;:“”\"]*,\s*$")
# An office opening a sentence, set off before its holder's name: "Chairman of the council, ".
_OFFICE_SET_OFF = re.compile(r"[A-Z][^,.;:\n]{0,80},\s+")
_WHOSE_SET_OFF = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s[^,.;:\n]{0,60},\s+")
# A preposition, then perhaps role words, right before a name: "from goalkeeper ".
# (The prepositions of names' ``_BEFORE_AN_OBJECT``, and a few of place and company.)
# ("after" and "before" open a clause of their own, whose subject is no rival either:
# "converted a penalty after midfielder Glenn Karijoredjo was brought down".)
_AFTER_A_PREPOSITION = re.compile(rf"\b(?:{_BEFORE_AN_OBJECT}|at|over|on|past|alongside|after|"
                                  r"before)"
                                  # (A team's or firm's name before a role word too:
                                  # "from Dandy captain Keishon Bean".)
                                  r"(?:[ \xa0]+(?:[a-z][\w-]*|[A-Z][\w-]*(?=[ \xa0]+[a-z])))"
                                  r"{0,3},?[ \xa0]+$")
# A "who" clause set off after a name: it says more of that person. (Not "whose": "Declan
# Walsh, whose son Kevin qualified," brings in a second person the sentence is also about.)
_RELATIVE_AFTER_NAME = re.compile(WHO_CLAUSE)



def _is_title(words_: list[str]) -> bool:
    """Whether the words before a subject's name are their title: role words or an age ("Captain
    Sean Doyle", "The 47-year-old Basset") or a noun for people, after up to three capitalised
    words that say whose or what kind ("Kestrel manager Stuart McAllister", "Veteran rocker",
    "National Lottery operator Allwyn")."""
    def titled(w: str) -> bool:
        return is_role_word(w.lower().rstrip(".")) or bool(_AGE_WORD.fullmatch(w))

    if words_ and all(titled(w) for w in words_):
        return True
    # ("43-year-old market woman Comfort Saye": an age, or "the", before what the person is.)
    while len(words_) > 1 and _AGE_WORD.fullmatch(words_[0]):
        words_ = words_[1:]
    lead = 0
    while lead < min(3, len(words_) - 1) and words_[lead][:1].isupper():
        lead += 1
    rest = words_[lead:]
    if not rest or not rest[0].islower():
        return False
    if all(titled(w) for w in rest):
        return True
    # ("Veteran rocker", "Showbiz columnist": a noun for people the title lexicon lacks, after
    # at most one word that qualifies it.)
    return len(rest) <= 2 and rest[-1].islower() and is_person_noun(rest[-1]) and (
        not is_plural(rest[-1]))


# A preposition inside "a ... president" makes it no one's introduction: "a question for the
# president".
# The most sentences a look back for a body may cross ("the company said"): six paragraphs of
# news copy hold fewer.
_REACH_SENTENCES = 40
_PREPOSITION_IN = re.compile(r"\b(?:for|of|to|with|from|about|by|at|in|on|over)\b")
# A preposition of place or direction right before a name (not whom one spoke or wrote to).
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?<!according )(?<!spoke )(?<!spoken )(?<!speaking )(?<!talked )(?<!talking )"
    r"(?<!wrote )"
    r"(?:to|from|in|at|near|into|towards?|across|outside|around)[ \xa0]+$",
    re.IGNORECASE)
# Words that end a noun phrase's modifiers: a preposition or a second article.
_NOT_MODIFIER_WORDS = "for|of|to|with|from|about|by|at|in|on|over|the|a|an"
_NOT_MODIFIER = rf"(?:{_NOT_MODIFIER_WORDS})"
# A spokesperson's noun right after a name: "a WeWork spokesperson".
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:spokesman|spokeswoman|spokesperson)\b")
# Ages written out, as many outlets do below ten or a hundred: "her six-year-old son, Murad".
# (Unsorted: "-year-old" must follow the word.)
_AGE_IN_WORDS = (r"(?i:(?:" + "|".join(TENS_WORDS) + r")(?:-(?:" + "|".join(NUMBER_WORDS[:9])
                 + r"))?|" + "|".join(NUMBER_WORDS) + ")")


def _is_people_word(entity: Entity) -> bool:
    """Whether ``entity`` is one word for a people ("Russian", "Scot"): an epithet read as a
    name, no one of its own."""
    return len(entity.tokens) == 1 and is_demonym(entity.tokens[0])


def _age_number(written: str) -> int:
    """An age in figures or words as a number: "34", "six", "Thirty-four"."""
    if written.isdigit():
        return int(written)
    tens, _, unit = written.lower().partition("-")
    if tens in TENS_WORDS:
        return 20 + 10 * TENS_WORDS.index(tens) + (NUMBER_WORDS.index(unit) + 1 if unit else 0)
    return NUMBER_WORDS.index(tens) + 1


# "Tom Hale, 61,": the age a story gives right after a name.
# A person's age stated after or before their name: "Wren, 19,", "Wren, the 19-year-old
# qualifier"; "19-year-old Wren".
_AGE_AFTER_NAME = re.compile(
    # ("Kerim Hodžić, also 19,", "Emin Guliyev, a seven-year-old from Ganja,")
    r",\s+(?:(?:also\s+)?(\d{1,3})\b(?!-)|(?:the|an?)\s+(\d{1,3}|" + _AGE_IN_WORDS
    + r")-year-old\b(?![’']s)"
    # (Whose, then one noun of theirs set off to its comma: "his 19-year-old grandson,", not
    # "her 12-year-old daughter's teacher" nor "Tom Reilly, his 17-year-old son Jack".)
    r"|(?:his|her|their)\s+(\d{1,3}|" + _AGE_IN_WORDS + r")-year-old\s+[a-z][\w-]*(?=,))")
# Where a sentence starts (its full stop and any closing mark), for the look-backs that end
# in "$": _TIME_OPENING, _CONJUNCTION_OPENING.
_SENTENCE_STARTS = r"(?:^|[.!?][\"”’]?\s+|\n)"
# A time opening its sentence with no comma before the subject: "In 2006 Mr MacIver was
# invited", "On Monday Ms Reid told", "Last year Smith".
_TIME_OPENING = re.compile(
    _SENTENCE_STARTS + r"\s*(?:(?:In|By|Since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"|(?:On|Last|This)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|Last\s+(?:week|month|year|night)|(?:\w+\s+)(?:days|weeks|months|years)\s+ago)\s+"
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev)\.?\s+)?$")
# A preposition opening a sentence on someone, who is then its topic (names'
# TOPIC_PREPOSITIONS): "For Joseph Cortes, rehearsals have meant ...", "According to Ms Lee,
# the plan failed."
_TOPIC_OPENING = re.compile(SENTENCE_OPENS + r"\s*(?:" + TOPIC_PREPOSITIONS + r")\s+$")
# "Among the fun runners was 71-year-old Stanley resident Ian Sackett, who ...": a name after
# the verb of a sentence opened by "Among" is its subject, put last (up to five words of
# what they are between the verb and the name).
# (Only words that say what they are between: not a name inside a phrase of its own, "a
# letter from businessman Peter Osei", "the son of Pastor Ray Ellis", "the late Bill Tapsell".)
_AMONG_THEN_NAME = re.compile(r"Among\b[^.!?;\n]*?\s(?:was|were|is|are)\s+"
                              r"(?:(?!(?:the|a|an|late|of|from|by|with|for|to|and)\s)"
                              r"[\w’'.-]+,?\s+){0,5}")
# ", who died in March", ", who was arrested": someone the story reports on, not a speaker.
_WHO_DIED_OR_HELD = re.compile(r",\s+who\s+(?:had\s+)?(?:died|was\s+(?:killed|arrested|charged|"
                               r"jailed|sentenced|injured|hurt)|were\s+(?:killed|arrested))\b")
# "The 36-year-old Murphy was typically understated.": an age before a name opening a sentence.
_AGE_OPENING = re.compile(SENTENCE_OPENS + r"\s*[Tt]he\s+\d{1,3}-year-old\s+$")
# A sentence that opens with an age and sets a description off after it: "The 58-year-old, ".
_AGE_THEN_APPOSED = re.compile(SENTENCE_OPENS + r"\s*[Tt]he\s+(\d{1,3})-year-old,\s+$")
# (Or with one noun for them, set off or not: "her 16-year-old son, Jack Hollis".)
# (A noun's modifiers may come first: "19-year-old outside hitter Kelly-Ann Sophola"; not a
# phrase of another's, "The 72-year-old widow of fisherman Óli Hansen".)
# (Words that end a noun's modifiers, and a conjunction or another's possessive.)
_NOT_MODIFIER_OF_PERSON = rf"(?:{_NOT_MODIFIER_WORDS}|and|or|his|her|their|its)"
# A year, which puts an age said after it in the past.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "She was 91.", "He is 34.": a person's age as a sentence of its own.
_PRONOUN_AGE = re.compile(r"(?:^|(?<=[.!?]\s))(He|She)\s+(?:was|is)\s+(\d{1,3})\.(?=\s|$)",
                          re.MULTILINE)
_AGE_BEFORE_NAME = re.compile(
    rf"\b(\d{{1,3}}|{_AGE_IN_WORDS})-year-old\s+(?:(?P<mods>(?:(?!{_NOT_MODIFIER_OF_PERSON}\s)[a-z][\w-]*\s+)"
    r"{0,2}?)(?P<noun>[a-z]+),?\s+)?$")
# "the agent of another player": a role of someone the story has not named.
_OF_ANOTHER = re.compile(r"\s+(?:of|for)\s+another\b")
# The lower-case words of a title after a place or a body ("district LC5 chairperson ", "17
# councillor " of "Ward 17 councillor").
# (Words of a title only: no "who", "with" or verb between, as in "said Kampala traders who
# petitioned Erias Lukwago", and a noun for a person last.)
_TITLE_AFTER_BODY = re.compile(
    r"(?:[ \xa0]+(?!(?:who|whom|whose|which|that|with|of|for|to|at|in|on|by|from|and|or|"
    r"against|about)\b)(?:[a-z][\w-]*|[A-Z]*\d+)){1,4}[ \xa0]+(?=[A-Z])")
# The words of a title between a body's or a place's name and its holder's, and what may join
# them ("Secretary for Health Dr.", "and Resources Minister").
_TITLE_WORD = re.compile(r"[\w’'-]+|&")
_TITLE_JOINS = frozenset({"for", "of", "and", "&", "the"})
# What no title holds between: a clause's comma, a sentence's end, a bracket.
_TITLE_BREAK = re.compile(r"[,;:()\n]|[.!?]\s+[A-Z][a-z]{2,}")
# A post and what it is held in, up to a name: "Managing director of Stanley-based fishing
# company ", "President of the ", "Counsel for " (a word or two before the post, up to four
# words of the body's after the preposition, no comma between).
_POST_OF = re.compile(
    r"(?:(?:The|the|A|a)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<post>[A-Za-z-]+)\s+(?:of|for|at)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}")
# A name set off by commas right after another ("The Mayor of X, Helen Kirkbride, wrote").
_SET_OFF_NAME = re.compile(
    rf",\s+([{UPPER}][{NAME_CHARS}.-]*(?:\s+[{UPPER}][{NAME_CHARS}.-]*){{1,3}}),")
# An indefinite article or a preposition of place right before a name: the name modifies a noun
# after it or says where ("a Marlow City hospital", "an Arsenal fan", "a GP in Inverness").
_ARTICLE_OR_PLACE_BEFORE = re.compile(
    # ("scored twice for Partizan": whom one plays or works for.)
    r"\b(?:(?P<article>[Aa]n?)|in|at|from|of|near|outside|to|into|with|for)\s+$")
# "a traditional Muhu fishing boat": "a" and an adjective before a name a noun follows.
_ARTICLE_AND_ADJECTIVE_BEFORE = re.compile(r"\b[Aa]n?\s+[a-z][a-z-]+\s+$")
_NOUN_FOLLOWS = re.compile(r"\s+[a-z]")
# An epithet that opens with an age: "The 47-year-old Russian specialist".
# (Not whose: "The 19-year-old’s mother".)
_THE_AGE_OPENS = re.compile(r"[Tt]he\s+(\d{1,3})-year-old\b(?![’']s)")
# The verb that brings in a post or a tweet without its noun: "X posted on its Facebook page".
_POSTED = {"post": re.compile(r"\bposted\b"), "tweet": re.compile(r"\btweeted\b")}
# A passive right after a description: ", was treated", ", had been praised".
_DONE_TO = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:(?:was|were|is|are)|(?:has|have|had)\s+been)\s+"
                      r"(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b")
# What "shared" shares, by the noun right after "the": "shared the video she took on".
_SHARED_OBJECT = re.compile(r"shared\s+the\s+([a-z-]+)\b")
# A passive's verb before a participle, an adverb between or not: "was shared", "were quickly
# shared" (tag_patterns' verbs of ``_BEING_BEFORE``, which allows no adverb).
_PASSIVE_BEFORE = re.compile(BEING_VERBS + r"\s+(?:[a-z]+ly\s+)?$")
# A post shared or written by its subject, on a page or a platform, in one clause: "The
# association shared the news on its Facebook page", "wrote on Instagram". (Not someone
# else's post shared, "shared Vitali's Telegram post"; nor a page that is no place, "wrote in a
# 40-page ruling", "on the website's launch day". A passive, "were quickly shared on social
# media", is ruled out where it is read: ``_PASSIVE_BEFORE``.)
# Where a post goes up: a platform (the lexicon's, and X), a page or an account.
_POST_PLACES = frozenset({re.escape(p) for p in PLATFORMS.values()}) | {
    "X", "social media", "page", "account", "feed", "website"}
_SHARED_ON = re.compile(
    r"\b(?:shared|wrote)\b(?:\s+[^\s.,;:!?’'\n]+){0,6}?\s+on\s+(?:(?:its|his|her|their|the|a|an)\s+)?"
    r"(?:(?:official|own|personal|public)\s+)?(?:" + "|".join(sorted(_POST_PLACES))
    + r")\b(?![’'-])")
# Where a post went up, after its verb: one of those, or "online".
_ONLINE_AFTER = re.compile(r"\b(?:" + "|".join(sorted(_POST_PLACES | {"online"})) + r")\b")
# "the " right before a tag's capitals, or with an age or adjectives between ("the 36-year-old
# New Zealander", "the veteran Welshman").
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}$")


# White space and opening marks before a sentence's first word.
_SPACE_AND_MARKS = " \n\t\"“‘'"


def _words_start(text: str, start: int, end: int, skip: str | None = None) -> int:
    """Where text[start:end]'s words begin: past white space, or past ``skip``'s characters."""
    part = text[start:end]
    return start + len(part) - len(part.lstrip(skip))

# A sentence's opening words set off before a title and a name that is its subject ("Ward 17
# councillor, Clr Ntombizodwa Dube, said"); not a phrase of its own that opens with a
# preposition ("Like her mentor, Dr Ruth Okoye, she ...").
_OPENING_PREPOSITIONS = (_PREPOSITIONS | SUBORDINATORS | LINK_WORDS | {
    "like", "unlike", "thanks", "following", "during", "over"}) - {"and", "or", "but"}
_TITLED_SET_OFF_OPENER = re.compile(
    SENTENCE_OPENS + r"(?!(?:" + "|".join(sorted(w.title() for w in _OPENING_PREPOSITIONS))
    + r")\b)" + OPENER_SET_OFF)
# A pronoun that opens the clause after a name set off: the sentence's subject is the pronoun.
_PRONOUN_NEXT = re.compile(r",\s+(?:he|she|they|we|I)\b")
# A verb right after a name, past an age set off: " lost", ", 46, lost" (not "quickly").
_ACTS_AFTER = re.compile(rf"(?:{_AGE_SET_OFF.pattern})?\s+[a-z]+(?<!ly)\b")
# Nouns for a body of any kind, which no name of one holds: "the agency said" after "The
# weather service issued a warning" (not "the department", a kind of its own).
_GENERIC_BODY_NOUNS = frozenset(("agency", "organisation", "organization", "body"))
# The last words of a public body's name that "the agency", "the organisation" or "the body"
# may stand for ("the transit agency": "Spokane Transit Authority").
_AGENCY_WORDS = PUBLIC_BODIES | words("service administration board office organisation "
                                      "organization")
# A possessive, then lower-case words of a role, up to the name they lead to ("’s husband and
# assistant trainer ", "s’ son, ").
_WHOSE_ROLE = re.compile(r"(?:[’']s|(?<=s)[’'])(?:[ \xa0]+[a-z][\w-]*){1,5},?[ \xa0]+(?=[A-Z])")


# Words that open a clause whose verb is someone else's ("was in court when the judge said").
_CLAUSE_OPENERS = (SUBORDINATORS - {"as"}) | {"that"}
# The verbs that only report speech, of a sentence that reports someone's words before theirs.
_SAYS = TELL_VERBS | {"said", "says", "added", "adds"}


# Speech verbs whose object is a person: the one after them is no one the speaker speaks of.
_VERBS_OF_SOMEONE = TELL_VERBS | words(
    "ask asked asks asking warn warned warns urge urged urges remind reminded reminds assure "
    "assured assures inform informed informs promise promised promises call called calls "
    "describe described describes dub dubbed label labelled labeled term termed mock mocked")
# The cues whose object is what was said.
_CUES_OF_WHAT = CUE_VERBS - _VERBS_OF_SOMEONE

# An age given to someone, named or not: ", 71", "who is 71", "aged 71".
_AGE_GIVEN = re.compile(r"(?:\bwho\s+is|\baged|,)\s+(\d{1,3})\b(?!-)")
# A force's word alone as a clause's subject: "police said".
_FORCE_WORD = re.compile(r"[^\W\d_]+\b")


# Lower-case role words after a comma, right before a name: ", team captain ".
_ROLE_AFTER_SET_OFF = re.compile(r", ((?:[a-z][\w-]*[ \xa0]+){1,3})$")
# A sentence that ends with its own speech tag: ", she said."
_PRONOUN_TAG_ENDS = re.compile(r",\s+(?P<pronoun>he|she)\s+(?P<verb>[a-z]+)\.?\s*$")



# A district's number and the office for it, before the holder's name: " 3 Councilman ", or
# the office alone: " pulenu'u ".
_NUMBERED_OFFICE = re.compile(
    r"(?:[ \xa0]+(?P<number>\d+))?[ \xa0]+(?P<role>[A-Za-z][\w’'-]*)[ \xa0]+")
def _office_word(word: str) -> bool:
    """Whether a lower-case word between a name and a full name may be an office no list has
    ("pulenu'u"): no function word ("while"), subordinator, word that is no role between two
    names (a cue verb, "met", "via", "nor": "Leone and Fa'atonu Sapolu") or past form
    ("appointed")."""
    return not (word in english_stopwords() or word in SUBORDINATORS or word in _NOT_ROLE_WORDS
                or word.endswith("ed"))


# Capitalised words in a row ("Gia Lai-based").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w-]*(?:[ \xa0]+[A-Z][\w-]*)*")


class _Speakers(_NounPhrases):
    """Resolving a tag's noun phrase to an ``Attribution``."""

    def _first_person_speaking(self, s: int, e: int) -> Mention | None:
        """The first person masked[s:e] names (past a whose-role, see ``_WHOSE_ROLE``), when
        the sentence's first verb of speech follows with no one else named and no clause opened
        between: "Siobhán Kearney's husband ... Pádraig Kearney, who rides the gelding out
        every morning, said". (Not "was in court when the judge said", "thanked her mother,
        Halina Nowak, who said"; nor a verb that need not report speech, "was the first to read
        a draft", "called an ambulance".)"""
        m = next((x for x in self.names.mentions_between(s, e) if x.entity.kind == "person"),
                 None)
        role = _WHOSE_ROLE.match(self.masked, m.end) if m is not None else None
        if role is not None:
            m = next(iter(self.names.mentions_between(role.end(), role.end() + 1)), None)
        if m is None:
            return None
        cue = cue_word(self.masked, m.end, e)
        if cue is None or cue.group() not in _SAYS or self.names.mentions_between(
                m.end, cue.start()) or any(
                w in _CLAUSE_OPENERS for w in _WORD.findall(self.masked, m.end, cue.start())):
            return None
        return m

    def _surname_bearer_just_before(self, entity: Entity, at: int, sex: str | None
                                    ) -> Entity | None:
        """For "“...,” Ms Nowak said" after a sentence whose subject is another bearer of the
        surname, reported speaking ("Her daughter, Kasia Nowak, 41, said the family had ..."):
        that bearer, whom the story's name index took "Nowak" to be only by the whole story
        ("Halina Nowak", quoted first). None when the sentence is about anyone else, when its
        speech is another's, or when the bearer is not of the tag title's ``sex``."""
        before = self._sentence_before_quote(at)
        # (Only a sentence that names another bearer of the surname is read for its reporter:
        # most tags' stories have none.)
        if before is None or not any(
                x.entity is not entity and x.entity.kind == "person"
                and shares_surname(x.entity.tokens, entity.tokens)
                for x in self.names.mentions_between(*before)):
            return None
        # (``_reporter_of``'s name has its verb right after it; it reads past a possessive
        # name before a role and a name, "Mr Murphy's son Ciaran Murphy", through
        # ``_modifies``; ``_first_person_speaking`` reads past a whose-role set off.)
        m = self._reporter_of(*before) or self._first_person_speaking(*before)
        if m is None or m.entity is entity or m.entity.kind != "person" or len(
                self.body[m.start : m.end].split()) < 2 or not shares_surname(
                    m.entity.tokens, entity.tokens):
            # (Not a bearer the sentence names by the given name alone: "Ngozi will be there,
            # she says".)
            return None
        if sex is not None and m.entity.gender not in (None, sex):
            return None  # ("Her son, Piotr Nowak, said ... // “...,” Mrs Nowak said")
        return m.entity

    def _resolve(self, np: re.Match[str], base: int, cue: str) -> Attribution:
        at = base + np.start()
        end = base + np.end()
        if cue == "read" and np.group("desc") and (
                np.group("head").lower() not in _DOCUMENTS):
            # "the sign read", "The plaque on the bench read", "the list read": only a
            # document read by "the ..." has an author to credit.
            return Attribution(None, cue, None)
        if np.group("name") and at > 0 and end < len(self.body) and (
                self.body[at - 1] in _OPENING_MARKS and self.body[end] in _CLOSING_MARKS):
            # 'the “Dawson’s Creek” star told People': a title in quotation marks is a work,
            # never the speaker; better no name than that one.
            return Attribution(None, cue, None)
        if np.group("name") in _LOCAL_GOVERNMENT and (
                group := _PEOPLE_AFTER.match(self.masked, end)) and (
                is_plural(group.group(1))) and is_listed_person_noun(group.group(1)):
            # "County officials issued a travel ban ..., saying": the name only says whose
            # people they are; they speak, not a short form of "Erie County".
            return Attribution(_as_description(f"{np.group('name')} {group.group(1)}"), cue,
                               None, "description")
        if np.group("name"):
            after = self.masked[base + np.end() : base + np.end() + 60]
            after_the = self.masked[max(0, at - 4) : at].lower() == "the "
            cue_at = re.search(rf"[ \xa0]{re.escape(cue)}\b", after)
            owned = _OWNED_ROLE.match(after[: cue_at.start() + 1]) if cue_at else None
            if possessive(np.group("name")) and owned and (
                    owned.group("head") not in _DOCUMENTS):
                # "Obama's former campaign strategist said": someone of Obama's, not Obama
                # ("Ivana Trump's brief said" is hers: a document speaks for its author).
                # "Scott's family", "Mercer's attorney": the story's own description of them.
                phrase = np.group("name") + after[: owned.end("head")]
                if owned.group("head") in ORG_WORDS and np.group("name")[:1].isupper():
                    # "Qatar's foreign ministry said": a body named by whose it is and its kind.
                    return Attribution(" ".join(phrase.split()), cue, None, "organisation")
                return self._described(phrase, owned.group("head"), cue)
            compound = _NAME_THEN_BODY.match(after[: cue_at.start() + 1]) if cue_at else None
            if compound and compound.group("head").lower().rstrip("’'s") in ORG_WORDS | {
                    "office", "attorney"} and not possessive(np.group("name")) and not any(
                    # (A verb between is a sentence, no body's name: "Whitlow called the
                    # union’s claims “serious”".)
                    w in ("the", "a", "an") or w.endswith("ed") or w in CUE_VERBS
                    for w in compound.group().split()[:-1]):
                # "the U.S. attorney's office said", "the Trump campaign said": the name only
                # says whose office or campaign; the body is the story's description of it.
                the = "the " if after_the else ""
                phrase = the + np.group("name") + after[: compound.end()].rstrip()
                return Attribution(" ".join(phrase.split()), cue, None, "organisation" if (
                    compound.group("head").lower() in FORCES) else "description")
            named, office_at = np.group("name"), at
            # (Read back only where an "and" ends right before the name, as the pattern needs.)
            joined = _OFFICE_BEFORE_AND.search(self.masked, max(0, at - 80), at) if (
                " and " in self.masked[max(0, at - 6) : at]) else None
            if joined is not None:
                # ("said the Minister of Culture and Creative Industries": the name run
                # found after the "and" ends the office's portfolio, its "the" before it.)
                named, office_at = joined.group(1) + named, joined.start(1)
            # (Not after a preposition: "A letter to the Mayor of Leeds, Sarah Cole, said" is
            # the letter's, not hers.)
            office = _office_in_name(named) if (joined is not None or after_the) and not (
                _AFTER_PREPOSITION.search(self.masked, max(0, office_at - 30), office_at)
            ) else None
            if office is not None:
                # "said the Minister of Energy", "declared the Leader of the Opposition": an
                # office, whose holder speaks, never the body or place it is of ("Energy").
                return self._office_holder(*office, cue, end)
            entity = self.names.entity_at(at, end)
            # (Or a word of a portfolio read as someone no one showed to be a person:
            # "Energy, Mines and Resources Minister Phil Danforth said".)
            nobody = entity is not None and (entity.kind in ("thing", "org") or (
                entity.kind == "person" and len(entity.tokens) == 1
                and not entity.shown_person))
            verb = re.compile(rf"[ \xa0]{re.escape(cue)}\b").search(
                self.masked, end, end + 200) if nobody else None
            if entity is not None and nobody and verb is not None:
                # "Minister of Climate Change, Environment and Energy Ahmed Faisal Latheef
                # said": a portfolio read as no one (``NameIndex._learn_portfolios``) before
                # the titled holder who speaks; a body's name too, its initials and capitals
                # only between: "Minister of Traffic, Transport and Urban Planning (VVRP)
                # Eldrich Cijntje admitted".
                own = next((m for m in self.names.mentions_between(at, end)
                            if m.entity is entity), None)
                past = max(end, own.end if own is not None else end)
                # (Or only words of the title the story gives the holder between: "State
                # prosecutor Mosese Naivalu described", "State Secretary for Health Dr.
                # Bence Gál ... told".)
                officers = [m for m in self.names.mentions_between(past, verb.start())
                            if m.entity.kind == "person" and m.entity is not entity and (
                                entity.kind == "thing" or (
                                _CAPITALS_ONLY.fullmatch(self.masked, past,
                                                         self.names.run_start(m.start)))
                                or self._title_words_only(past, m))]
                if officers:
                    return Attribution(officers[-1].entity.name, cue, None)
            if entity is not None and entity.kind == "org" and len(
                    run := self.names.mentions_between(at, end)) > 1 and (
                    run[-1].entity.kind == "person") and not self.masked[
                    run[0].end : run[-1].start].strip():
                # "Rescue Service Radoš Kovačević said": a body's name run into its officer's,
                # who is the one speaking.
                entity = run[-1].entity
            said = np.group("name").rstrip(".,;:!?").split()
            if entity is not None and entity.kind in ("org", "person") and (
                    self._post_of_name_before(next((
                        m.start for m in self.names.mentions_between(at, end)
                        if m.entity is entity), at))) and (
                    (holder := self._speaker_set_off(end)) is not None) and holder is not entity:
                # "Managing director of ... Seaview Holdings, Rachel Summers, said", "Counsel
                # for Connor, Mr. Jerome Harrigan, told the court": the body or the person
                # only says whose post it is; its holder, set off after, speaks. (Not "A
                # letter to the Mayor of Leeds, Sarah Cole, said": a letter holds no post.)
                return Attribution(holder.name, cue, None)
            # (A person's name only when its last word is no surname, its first no given
            # name, and the last a noun the lexicon lists or one with office words before
            # it, "NEMO's National": not one by its ending alone, "Aram Tehranian, Glen
            # Ellyn, said" names a reader and his town.)
            office_as_person = entity is not None and entity.kind == "person" and len(
                said) > 1 and not (is_surname(said[-1]) or is_given_name(said[0])) and (
                is_listed_person_noun(said[-1].lower()) or bool(entity.roles - {"the"}))
            holder = self._speaker_set_off(end) if entity is not None and (
                entity.kind == "org" or office_as_person) and is_person_noun(
                said[-1].lower()) else None
            if holder is not None:
                # "NEMO’s Toledo District Coordinator, Aurelio Coc, said:": an office read as
                # a body's name, its holder set off after it, who speaks; or as a person's
                # ("NEMO's National Emergency Coordinator, Alvin Cawich, said"), the office's
                # last word no surname and its first no given name.
                return Attribution(holder.name, cue, None)
            if (entity is None or entity.kind == "org") and len(said) > 1 and (
                    said[-1].lower() in TITLES and said[-1].lower() != "executive") and (
                    is_person_noun(said[-1].lower())) and (
                    "of" not in said) and after_the:
                # "the High Court Judge said", "the Police Commissioner said": a body's name
                # and a post in it is the post's holder, as the lower-case words are
                # ("High Court Judge Nishanthi Abeysundara"), else the story's words for
                # them, never a body called "High Court Judge". (Not "the Office of the
                # Prime Minister", whose head is "Office", nor "the Health Service Executive",
                # a body even where its chief executive is named.)
                holder = self.names.by_role(said[-1].lower(), at, tuple(
                    w.lower() for w in said[:-1]))
                if holder is not None and holder.kind == "person":
                    return Attribution(holder.name, cue, None)
                return Attribution(_as_description("the " + " ".join(said)), cue, None,
                                   "description")
            # (The words written here, not the name they stand for: "the CFO" is Marek
            # Zielinski, and his name's ending makes no people of him.)
            whole = np.group("name").rstrip(".,;:!?")
            written = whole if is_demonym(whole) else whole.split()[-1]
            demonym = entity is not None and is_demonym(written)
            if entity is not None and entity.kind != "person" and (
                    seated := self._office_holder_after(end)) is not None:
                # (One word of office the title below cannot read, in capitals or in no list,
                # inverted or not: "Kanyama Ward 12 Councillor Joseph Zulu called for ...".)
                return Attribution(seated.name, cue, None)
            if entity is not None and (entity.kind in ("place", "org") or (
                    # (Or a unit numbered after it: "said Ward 17 councillor Tafadzwa Moyo".)
                    len(entity.tokens) == 1 and (numbered := _NUMBER_THEN_WORD.match(
                        self.masked, end)) is not None and numbered.group(1)[:1].islower())) and (
                    # (An inverted tag: the tag's own verb right before the name.)
                    self.masked[max(0, at - len(cue) - 2) : at].split()[-1:] == [cue]):
                # "said Kapchorwa district LC5 chairperson Nelson Chelimo Kiptui, who":
                # after an inverted tag a place or a body and the words after it are the title
                # of the name that ends the phrase, who speaks.
                title = _TITLE_AFTER_BODY.match(self.masked, end)
                named_at = title.end() if title else -1
                held = next(iter(self.names.mentions_between(named_at, named_at + 1)),
                            None) if title else None
                last = title.group().split()[-1] if title else ""
                if held is not None and held.entity.kind == "person" and (
                        is_person_noun(last)) and (
                        self.names.run_start(held.start) == named_at) and (
                        self.masked[held.end : held.end + 1] in (",", ".", "")
                        # (or a party in brackets: "Tafadzwa Moyo (CCC), who")
                        or self.masked.startswith(" (", held.end)):
                    return Attribution(held.entity.name, cue, None)
            if entity is not None and self._is_epithet(entity, at, np.group("name")):
                # "the Oklahoma Republican told CNN", "The Welshman posted": a person's name
                # takes no "the"; capitals ending in a party, a role or a people after it are
                # an epithet ("the Hill" is a paper): the person the story is following, else
                # its own words.
                # (For a people, never the one person in reach by elimination: "Joe Biden met
                # Olaf Scholz. “...,” the German said." is not Biden.)
                if demonym:
                    holder = self._of_a_people(at, written)
                else:
                    holder = (self._topic_person(at)
                              or self._subject_just_before(at)
                              or self._just_quoted(at)
                              or self._one_person_in_reach(at)
                              or self._epithet_subject(at, np.group("name")))
                said_of = {t.lower() for t in entity.tokens}
                post = entity.tokens[-1].lower()
                if not demonym and post not in PARTIES and is_role_word(post):
                    # "the Health Minister said": the story's holder of that post, with every
                    # word before it ("Finance Minister Enoch Godongwana" is no Health
                    # Minister); not someone given only other posts ("State Department
                    # spokesman Ned Price" is no minister).
                    also = tuple(t.lower() for t in entity.tokens[:-1])
                    fits = holder is not None and (
                        (post in holder.roles and all(w in holder.roles for w in also))
                        or not any(is_role_word(r) for r in holder.roles))
                    holder = self.names.by_role(post, at, also) or (holder if fits else None)
                if holder is not None and not any(
                        (r in PARTIES or r.title() in PLACES) and r not in said_of
                        for r in holder.roles):
                    # (Not "Democratic Sen. Ruth Calloway" for "the Oklahoma Republican".)
                    return Attribution(holder.name, cue, None)
                if demonym:
                    # "the German said" with no one the story follows: which German is a guess,
                    # and "— the German" says nothing on a card.
                    return Attribution(None, cue, None)
                phrase = np.group("name") if np.group("name").startswith("The ") else (
                    "the " + np.group("name"))
                return Attribution(_as_description(phrase), cue, None, "description")
            if entity is not None and entity.kind == "place":
                person = self._speaker_set_off(end)
                if person is not None and not _AFTER_PREPOSITION.search(
                        self.masked, max(0, at - 30), at):
                    # "The Mayor of West Yorkshire, Helen Kirkbride, wrote": the name set off
                    # after the place's title is who speaks. (Not "A letter to the Mayor of
                    # Leeds, Sarah Cole, said": that is the addressee.)
                    return Attribution(person.name, cue, None)
                if _PLACE_SPEAKS.match(self.masked, base + np.end()) and np.group(
                        "name")[:1].isupper() and not np.group("name").isupper() and not (
                        _AFTER_PREPOSITION.search(self.masked, max(0, at - 30), at)):
                    # "Russia insisted that", "China, Pyongyang's only ally, said": a country
                    # that is the subject of the cue speaks for its government ("Voters in
                    # Florida said", "the governor of New Mexico said" are someone else).
                    return Attribution(entity.name, cue, None)
                # "The New York businessman said": a place names no one, but the noun after it
                # may be a role the story gave someone.
                role = _PLACE_ROLE.match(self.masked, base + np.end())
                holder = self.names.by_role(role.group(1), at) if role else None
                return Attribution(holder.name if holder else None, cue, None)
            if np.group("name") in OUTLET_WORDS and self.masked[at - 4 : at] == "the ":
                # "the Times wrote": the one outlet the story named in full before, or no one
                # (not a bare "Times", nor a guess between two Timeses).
                entity = self._outlet_named(np.group("name"), at)
            if entity is None or entity.name.lower() in PLATFORMS:
                return Attribution(None, cue, None)
            if _SPOKESPERSON_AFTER.match(self.masked, base + np.end()) and not (
                    entity.shown_person):
                # "said a WeWork spokesperson": the body speaks, whether or not the index
                # took its lone name for a person's (not "said Walsh's spokesman, Tom Hale"
                # nor "a Walsh spokesman": a person's).
                return Attribution(entity.name, cue, None, "organisation")
            bare = [w for w in np.group("name").rstrip(".,;:!?").split() if (
                w.lower().rstrip(".") not in TITLES)]
            if entity.kind == "person" and len(bare) == 1 and len(entity.tokens) > 1 and (
                    bare[0] == surname_of(entity.tokens)) and not (
                    # (Not "the older Lapin": the name index chose which bearer the words say.)
                    _SENIORITY_BEFORE.search(self.masked, max(0, at - 17), at)):
                # (The surname alone: "Jasmine said" names her whoever spoke before.)
                titled = [_TITLE_SEX[w.lower().rstrip(".")] for w in np.group("name").split()
                          if w.lower().rstrip(".") in _TITLE_SEX]
                bearer = self._surname_bearer_just_before(entity, at, titled[0] if titled else None)
                if bearer is not None:
                    return Attribution(bearer.name, cue, None)
            return Attribution(entity.name, cue, None)
        if np.group("pronoun"):
            pronoun = np.group("pronoun").lower()
            if pronoun == "it":
                document = self._document_before(at)
                if document is not None:
                    # "The lawsuit disputes that. It cites messages in which ...": "it" is the
                    # document the sentence before is about, not the last body: its issuer, or
                    # the story's words for it ("the planning officer's report").
                    head, called = document
                    before = self._previous_sentence(at)
                    if before is not None and any(
                            m.entity.kind in ("person", "org")
                            for m in self.names.mentions_between(*before)):
                        # ("The ruling is a blow to Uber. It had argued ...", "The report comes
                        # as Unilever prepares ... It said": "it" may be the body named there.)
                        return Attribution(None, cue, _DOCUMENTS[head])
                    # (One whose owner the words give, "The planning officer's report", is
                    # no other report the story named before.)
                    author = None if any(possessive(w) for w in called.split()) else (
                        self._document_author(head, at))
                    if author is not None:
                        return Attribution(author.speaker, cue, _DOCUMENTS[head], author.kind)
                    if _DOCUMENTS[head] is not None:
                        return Attribution(None, cue, _DOCUMENTS[head])
                    return Attribution(_as_description(called), cue, None, "description")
                if cue in ("read", "reads"):
                    # "Rovers hit back in a statement released last night. // It read: “...”":
                    # only a document reads; its author is whoever the story says issued it.
                    return self._read_from(at, cue)
            para = self._para_of(at)
            floor = self.article.paragraphs[max(0, para - 3)].start
            entity = self.names.resolve_pronoun(pronoun, at, self.masked, floor)
            quoted = self._last_quoted(pronoun, at)
            introduced = self._introduced_since_quote(pronoun, at)
            before_clause = self._subject_just_before_clause(pronoun, at)
            if introduced is not None and (quoted is not None or self._previous_speaker(
                    at, 2) is not None or before_clause is introduced):
                # The story turned to someone new after the last quotation: "he" is them.
                entity = introduced
            elif before_clause is not None:
                # "Seated beside him, the director, Ngozi Abara-Whitfield, nodded. She told
                # reporters ... “...”": a pronoun opening its clause continues the sentence
                # before's only person, when the story gives no sex against them.
                entity = before_clause
            elif quoted is not None and entity is not quoted and not self._named_in_sentence(
                    entity, para, at):
                # "“...,” he said" after a quote of his: news writing keeps "he" for the person
                # it is quoting, even when another man was named in between.
                entity = quoted
            if entity is None or entity.gender is None:
                entity = self._quoted_just_before(pronoun, at) or entity
            # The one subject of the sentence just before the quotation, in its paragraph.
            bounds = self._sentence_before_quote(at)
            about = self._sole_subject(*bounds) if bounds is not None else None
            if bounds is not None and self._para_of(bounds[0]) != self._para_of(at) and not (
                    about is not None and self._reports(about, *bounds)):
                # (The paragraph before counts only when its last sentence reports its one
                # person's words: "Olena Shevchuk, a volunteer coordinator, said most were
                # over 60. // “...,” she said".)
                bounds = about = None
            if bounds is not None and about is not None and about.gender is None and any(
                    m.entity is not about and m.entity.kind == "person"
                    and m.entity.gender in ("m" if pronoun == "he" else "f", None)
                    # (Not one named in a phrase that only sets the scene: "In a statement
                    # read to the court by Persad-Maharaj, the widow, Savitri Ramkissoon,
                    # said".)
                    for m in self.names.mentions_or_roles(bounds[0] + scene_phrase_end(
                        self.masked[bounds[0] : bounds[1]]), bounds[1], self.masked)):
                # ("Funmilayo Adeyemi said the mayor had made the same promise twice. “...,” he
                # said": another the sentence names, by name or role, may be "he" as well as one
                # whose sex the story never gives.)
                bounds = None
            if about is not None and pronoun in ("he", "she") and about.gender in (
                    "m" if pronoun == "he" else "f", None) and (about.shown_person or (
                    # (A name the Census lacks, "Harjit Sandhu", is a person when it reports
                    # speech: "Harjit Sandhu, who chairs the group, said ... “...,” he said".)
                    bounds is not None and (self._reports(about, *bounds) or any(
                        # (Or one a "who" clause follows: "Thu Pham, who voted to keep the
                        # plan, pushed back. “...,” she said".)
                        m.entity is about and _WHO_AFTER.match(self.masked, m.end)
                        for m in self.names.mentions_between(*bounds))))):
                # "Carver, 55, saw the funny side. “...,” he joked": the one person the
                # sentence just before the quotation, in its paragraph, is about.
                entity = about
            if pronoun == "they" and entity is None:
                # "Prosecutors said ... In a memo, they described the scheme as “...”": people
                # the story names by a plural noun as the subject of a sentence just before.
                people = self._plural_subject_before(at)
                if people is not None:
                    return Attribution(people, cue, None, "description")
                # "A council staffer, who asked not to be named, told us ... “...,” they
                # said": one unnamed source, brought in as the subject just before.
                one = self._gendered_description(pronoun, at, None)
                if one is not None and not self._people_in_subject(at):
                    # (Not when its subject names people "they" may be: "A solicitor for the
                    # families said ... “...,” they said".)
                    return one
            if pronoun in ("he", "she"):
                addressed = self._addressed_in_question(pronoun, at)
                if addressed is not None:
                    return Attribution(addressed.name, cue, None)
                # "WIRED spoke to one mother ... “...,” she said": a person the story leaves
                # unnamed, in words that give her sex, is nearer than a name of unknown sex
                # ("a Go-Kart Track"); and than a name of that sex not named since ("A man who
                # lives across the street said he heard the shots. “...,” he said" after the
                # mayor).
                described = self._gendered_description(pronoun, at, entity) or (
                    # (Also when no one is: nobody named before for the pronoun.)
                    self._described_subject(pronoun, at, cue) if entity is None or (
                        entity is not about) else None)
                if described is not None:
                    return described
                anonymous = self._kept_unnamed_before(pronoun, at)
                if anonymous is not None:
                    return Attribution(anonymous, cue, None, "description")
                carried = self._described_just_before(pronoun, at) if introduced is None else None
                if carried is not None:
                    return Attribution(carried, cue, None, "description")
                if entity is None:
                    entity = self._last_quoted_of_sex(pronoun, at)
            return Attribution(entity.name if entity else None, cue, None)
        head = np.group("head").lower()
        desc = np.group("desc")
        if head == "section" and _AFTER_PREPOSITION.search(self.masked, max(0, at - 20), at):
            # "A notice in the investor section of its website says": a part of something,
            # where the words are; a section of a crowd speaks only as a subject.
            return Attribution(None, cue, None)
        aged = _THE_AGE_OPENS.match(desc)
        if aged is not None and head != "year":
            # "The 47-year-old Russian specialist, who took charge in January, praised the
            # crowd, saying": an age and what the person is, however far from the cue, as
            # "the 47-year-old specialist said".
            return self._aged(desc, int(aged.group(1)), at, cue)
        parent, of_, _ = head.partition("-of-")
        if of_ and (parent in FEMALE_WORDS or parent in MALE_WORDS):
            # "the mum-of-two", "a father-of-three": never "the mother" the story named.
            return self._parent_of(desc, head, parent, at, cue)
        unhyphened = _PARENT_OF_N.match(self.masked, at) if head in FEMALE_WORDS | MALE_WORDS else (
            None)
        if unhyphened is not None and head == unhyphened.group(1).lower():
            # "the mother of three said": the same fact written without hyphens (else as
            # before: "Mary Wanjiru, a mother of three," may be the one "the mother" is).
            got = self._parent_of(unhyphened.group(), unhyphened.group()[
                unhyphened.start(1) - at :].lower(), head, at, cue)
            if got.kind != "description" or not unhyphened.group().lower().startswith("the"):
                return got
        owner_word, _, whose = desc.partition(" ")
        if owner_word.lower() in ("his", "her"):
            # "his attorney said", "her mother told the court": someone of the person "his"
            # or "her" is, named as the story would: "Dale Mercer's attorney". Unsure who,
            # or no noun for people, no speaker.
            # Only a person named in this sentence or the one before, the one of that sex
            # there: "He is survived by his wife ... “...,” said his wife" two paragraphs after
            # another man is no place for a guess ("Gus Ferreira’s wife").
            sex = "m" if owner_word.lower() == "his" else "f"
            owner = self._owner_of(sex, at)
            # ("one of his advisers said": one of them, not all.)
            some = _ONE_OF.search(self.masked, max(0, at - 8), at)
            of = some.group().strip() + " " if some and is_plural(head) else ""
            # (Only "his daughter", not "his late wife", "his younger brother": someone else,
            # or someone the story may not have named.)
            bare_kin = head in KIN_WORDS and not of and whose.lower() == head
            # "Her nephew, haulier Ewan Flett, posted": the one named at once after the
            # description, past a role of their own (which the role reader keeps instead).
            # (Not several: "His sons, Tom Hale, 34, and Sam Hale, 29, said" is both.)
            named = self._named_set_off(base + np.end("desc")) if is_person_noun(head) and (
                not is_plural(head)) else None
            if named is not None:
                return Attribution(named.name, cue, None)
            kin_named = self.names.role_holders(head, at) if bare_kin else []
            kin = kin_named[0] if len(kin_named) == 1 else None
            if kin is not None and kin.gender in (
                    sex_of_noun(head) or kin.gender,
                    None) and self._of_family(kin, sex, at, owner):
                # "His daughter, Valerie Benjamin-Duncan, said ... // “...,” his daughter
                # said": the one relative of that kind the story named.
                return Attribution(kin.name, cue, None)
            if owner is None and is_person_noun(head):
                # "The leader retired on lap 12. His race engineer said": whose the story does
                # not name near; the story's own words are the source ("his race engineer").
                return Attribution((of + " ".join(desc.split())).lower(), cue, None,
                                   "description")
            if owner is None or not is_person_noun(head):
                return Attribution(None, cue, None)
            if bare_kin and (owner.role_phrase or "").lower().split()[-1:] == [head]:
                # "her daughter Anne Jones told ERR. Jones said her mother ... “...,” her
                # daughter said": the one "her" reads as is that daughter, not her daughter's.
                return Attribution(owner.name, cue, None)
            return Attribution(f"{of}{owner.name}’s {' '.join(whose.split())}", cue, None,
                               "description")
        one_of = _ONE_OF.search(self.masked, max(0, at - 8), at)
        if one_of and is_plural(head):
            # "one of the officials said": one of them, not all.
            desc = one_of.group().strip() + " " + desc
        if head in _DOCUMENTS:
            # "the IMF report stated": a body named inside the description issued it.
            inside = [m.entity for m in self.names.mentions_between(at, base + np.end("desc"))
                      if m.entity.kind in ("person", "org")]
            if inside:
                return Attribution(inside[0].name, cue, _DOCUMENTS[head])
            # (Or right after it: "said a report from Kotak Institutional Equities".)
            maker = self._maker_after(base + np.end("desc"))
            if maker is not None:
                # "The lawsuit, filed by the League of Women Voters, alleges": its author, as
                # "the statement said" after "a statement from ..." (``_document_author``).
                return Attribution(maker.name, cue, _DOCUMENTS[head])
            owned = _BODY_OWNS_DOCUMENT.match(desc)
            body = self.names.org_with_words([owned.group(1)], at) if owned is not None and (
                owned.group(1).lower() in _DOCUMENT_OWNERS) else None
            if body is not None:
                # "The union’s report calls the plan “...”", "the council's objection letter
                # says": the one body of that kind the story named wrote it.
                return Attribution(body.name, cue, _DOCUMENTS[head], "organisation")
            author = self._document_author(head, at)
            quoted_body = self._body_quoted_last(at) if author is None and (
                _DOCUMENTS[head] is not None and desc.lower().startswith("the ")) else None
            if quoted_body is not None:
                return Attribution(quoted_body.name, cue, _DOCUMENTS[head], "organisation")
            if author is None:
                if _DOCUMENTS[head] is not None:
                    # A statement or a press release is always someone's: "— the statement"
                    # on a card would credit no one.
                    return Attribution(None, cue, _DOCUMENTS[head])
                # The story's own words for a document no one is said to have issued ("the
                # report said", "a police report described the scene as"), as for an unnamed
                # person.
                return Attribution(_as_description(desc), cue, None, "description")
            return Attribution(author.speaker, cue, _DOCUMENTS[head], author.kind)
        plural = is_plural(head)
        if plural:
            # "the doctors stated" in a story about "Doctors for Camp Closure": the body whose
            # name holds the noun; otherwise the story's own words for them. (A singular noun
            # the same way, "the network" for "Dish Network", named the wrong body as often as
            # the right one on the two corpora.)
            body = self.names.org_with_word(head, at)
            if body is not None:
                return Attribution(body.name, cue, None)
        if desc.lower().startswith(("the ", "this ")) and not plural and (
                is_person_noun(head)) and (
                head not in ORG_WORDS) and self.names.by_role(head, at) is None:
            # "A source close to the couple told ... “...,” the source said": the fuller words
            # the story introduced them with, not "the source"; unless the story names them
            # at once ("The woman, 67-year-old retired teacher Nevenka Bogdanović, said").
            named = self._named_set_off(base + np.end("desc")) if desc.lower().startswith(
                "the ") else None
            if named is not None:
                return Attribution(named.name, cue, None)
            intro = self._introduction(head, at)
            if intro is not None and head in _ANONYMOUS and _NOT_A_SOURCE.match(
                    self.masked, intro.end()):
                intro = None  # "a source of pride for residents" is no one
            earlier = self._introduced_as(head, at, cue, intro) if intro else None
            if earlier is not None:
                return earlier
            plain = intro is None and cue not in ("according to", "in the words of") and (
                " ".join(desc.lower().split()) == f"the {head}") and (
                head not in _GROUPS and head not in COLLECTIVE_NOUNS) and (
                not _QUALIFIED.match(self.masked, base + np.end("desc")))
            quoted_as = self._described_quoted_before(head, at) if plain else None
            if quoted_as is not None:
                # "A Piraeus-based shipbroker said ... “...” // “...,” the broker added": the
                # story's other word for the unnamed source it quoted last; the words it
                # introduced them with say more.
                return Attribution(quoted_as, cue, None, "description")
            newcomer = self._newcomer_before_quote(at) if plain and head in _ANYONE else None
            if newcomer is not None and self._newcomer_may_be(newcomer, head, at):
                # "A neighbour, who asked not to be named, said gunfire ... // “...,” the woman
                # said": the unnamed newcomer the sentence before brought in, as "the source"
                # is; the words the story introduced them with say more.
                return Attribution(_as_description(newcomer), cue, None, "description")
            if head in _ANONYMOUS:
                # "One industry insider told us ... “...,” the source revealed": a source is
                # whoever unnamed the sentence before the quotation brought in.
                newcomer = self._newcomer_before_quote(at)
                if newcomer is not None:
                    return Attribution(_as_description(newcomer), cue, None, "description")
                # "A source close to the star told StarLine ... // “...,” the insider said":
                # the story's words for one unnamed source vary ("a source of pride", "an
                # insider trading inquiry" are no one).
                for other in sorted(_ANONYMOUS - {head}):
                    intro = self._introduction(other, at)
                    if intro is not None and not _NOT_A_SOURCE.match(self.masked, intro.end()):
                        earlier = self._introduced_as(other, at, cue, intro)
                        if earlier is not None:
                            return earlier
        # ("the spokesperson", "the zoo": the description is its noun alone after "the".)
        bare_the = " ".join(desc.lower().split()) == f"the {head}"
        if head in _SPEAKS_FOR and bare_the:
            holder = self.names.by_role(head, at)
            if holder is not None and holder.kind == "person":
                # "Martin Dvořák, a spokesman for the fire service, said ... “...,” the
                # spokesman said": a spokesperson the story named is that person. (Not "the
                # Garda spokesman": whose the words say may be another body's.)
                return Attribution(holder.name, cue, None)
        if head in _SPEAKS_FOR:
            # "A Metropolitan Police spokesperson said": the body named in the description;
            # "a spokesperson said": the body most recently named, in this or the last
            # paragraph, speaks through them.
            inside = [m.entity for m in self.names.mentions_between(at, base + np.end("desc"))
                      if m.entity.kind == "org"]
            if inside:
                return Attribution(inside[-1].name, cue, None)
            if any(w.lower() in ORG_WORDS or w[:1].isupper() for w in desc.split()[1:-1]):
                # "A company spokesperson said" after the attorney general was named: the
                # story says whose only by a kind of body; the latest body may be another.
                # "a SkyMeridian spokeswoman" names whose by a name the index does not know
                # for a body (the pilots' union named before is not it): that name speaks.
                whose = self._body_of_spokesperson(desc, at, base + np.end("desc"))
                if whose is not None:
                    return Attribution(whose, cue, None, "organisation")
                return self._described(desc, head, cue)
            # "A spokesman for the Pitt Hargreaves Collection said": whom the words say, before
            # the body named last ("the Wexcombe Museum" in the sentence before).
            body = self._spoken_for(base + np.end("desc"))
            if body is not None:
                return Attribution(body.name, cue, None, "organisation")
            kind = _FOR_KIND_OF_BODY.match(self.masked, base + np.end("desc"))
            if kind is not None:
                # "A spokesperson for the Polish embassy said": whose, as the story says it.
                return Attribution(_as_description(f"{desc} {kind.group(1)}"), cue, None,
                                   "description")
            if _FOR_NAME.match(self.masked, base + np.end("desc")) is None:
                body = self._body_before(at)
                if body is not None:
                    # (The name index took "Allwyn" for a person: it is the body here.)
                    return Attribution(body.name, cue, None, "organisation")
                org = self.names.recent_org(self.article.paragraphs[
                    max(0, self._para_of(at) - 1)].start, at, outlets=False)
                if org is not None:
                    return Attribution(org.name, cue, None)
        # (Only a description set off by commas: "The 70-year-old, a neighbour said, “...”"
        # is the neighbour's.)
        aged = _AGE_THEN_APPOSED.search(self.masked, max(0, at - 40), at) if (
            desc.lower().startswith(("a ", "an ")) and self.masked[
                base + np.end("desc") : base + np.end("desc") + 1] == ",") else None
        if aged is not None:
            # "The 58-year-old, a former district nurse, later added:": the age is the
            # subject, said of someone; the description set off after it says more of them.
            return self._aged(f"the {aged.group(1)}-year-old", int(aged.group(1)), at, cue)
        if head in ("teenager", "teen") and desc.lower() == f"the {head}":
            # "19-year-old Dwayne Nuñez ... “...,” the teenager said": the one person the story
            # gave an age from 13 to 19, named before.
            teens = [entity for entity, said, _ in self._ages_stated().values()
                     if any(13 <= age <= 19 for age in said)]
            first = self.names.first_mention(teens[0]) if len(teens) == 1 else None
            if first is not None and first.start < at:
                return Attribution(teens[0].name, cue, None)
        if head in ("man", "woman") and desc.lower() == f"the {head}":
            # "..., a pensioner from Half Tree Hollow said she had never been consulted.
            # ‘...,’ said the woman": the one the sentence before brought in, in the story's
            # fuller words.
            newcomer = self._newcomer_of_sex("she" if head == "woman" else "he", at)
            if newcomer is not None:
                return Attribution(_as_description(newcomer), cue, None, "description")
        if head in _GROUPS and not plural and desc.lower().startswith("the ") and (
                words_ := [w.lower() for w in desc.split()[1:-1]]):
            holder = self.names.by_role(head, at, tuple(words_))
            if holder is not None and holder.kind == "person":
                # "Toledo West Area Representative Rodwell Ical ... “...,” the area
                # representative told BBN": the one the story gave every word of it.
                return Attribution(holder.name, cue, None)
        if head in _GROUPS or head in ("man", "woman", "person") or plural or (
                not desc.lower().startswith(("the ", "his ", "her ", "their "))):
            named = None if plural else self._named_set_off(base + np.end("desc"))
            if named is not None:
                # "Another resident, retired nurse Huda Yousif Al Shaikh, 61, showed ...,
                # which she said": the one the description is, named at once.
                return Attribution(named.name, cue, None)
            # "a former employee said", "officials said", "the man wrote": someone the story
            # leaves unnamed, credited as the story describes them.
            return self._described(desc, head, cue)
        named_body = _NAMED_BODY.fullmatch(desc) if head in ORG_WORDS else None
        if named_body and not any(is_adjectival(w) for w in named_body.group(1).split()):
            # "the US military said", "the Chinese government said": a body the story names
            # by its country or city and its kind (not "the Rotterdam-headquartered firm", an
            # epithet of a firm the story names).
            return Attribution(" ".join(named_body.group(1).split()), cue, None, "organisation")
        if bare_the and head not in ORG_WORDS and not is_listed_person_noun(head):
            # "the festival said", "the zoo said": a noun no word list has for a body, which
            # the name of one body the story named before holds as its last word ("the
            # Cedar Hollow Zoo"): the story's own name says what kind of body it is.
            holders = {id(m.entity): m.entity for m in self.names.mentions_between(0, at)
                       if m.entity.kind in ("org", "place") and len(m.entity.tokens) > 1
                       and m.entity.tokens[-1].lower() == head
                       # (Never a news outlet: "Vanity Fair" is no "fair".)
                       and m.entity.name not in OUTLETS and not self.names.is_told_outlet(
                           m.entity)}
            if len(holders) == 1:
                # (However far back, when only one name holds the word; an event or a venue
                # that speaks, "the Cap Ferran Film Festival", is the body that runs it.)
                return Attribution(next(iter(holders.values())).name, cue, None, "organisation")
        # A work's title in quotation marks says what the person is known for, not which
        # role: 'the “Pose” actor' is an actor.
        # ("the Rotterdam-headquartered firm": a place made an adjective is no body's name.)
        # (Nor, before a body's noun, any word of the place before it: "the Gia Lai-based
        # club". Before a person's, the words may say more than where: "the Republican
        # Texas-born senator".)
        whole_place = not is_person_noun(head)
        modifiers = [w.lower() for run in _CAPITALISED_RUN.findall(_QUOTED_TITLE_RE.sub(
            " ", desc[1:])) if not (whole_place and is_adjectival(run.split()[-1]))
                     for w in run.split() if not is_adjectival(w)]
        if modifiers and head in ORG_WORDS and not is_person_noun(head):
            # "the University of Carraway's press office called": a body the story names by
            # whose it is and its kind, never a person the story follows.
            return Attribution(" ".join(re.sub(r"^[Tt]he\s+", "", desc).split()), cue, None,
                               "organisation")
        if modifiers and not is_person_noun(head) and not is_demonym(head):
            # "the Championship outfit", "the Serie A side": a name's capitals before a noun
            # for no person are no epithet of the one person in reach (the striker).
            return self._described(desc, head, cue)
        if modifiers:
            # "the Republican nominee", "the Indiana governor": the person the story gave that
            # role, and only if the story also gave them every capitalised word of it.
            # Else the sole person and subject of the sentence just before, unless the story
            # gave them other offices and not this one; over a paragraph break, only the
            # person the story is about ("Trump charges that ... // The New York businessman
            # says", not "Tim Kaine said ... // The New York businessman says" in a story
            # about Trump).
            holder = self.names.by_role(head, at, tuple(modifiers))
            if holder is not None:
                return Attribution(holder.name if holder.kind == "person" else None, cue, None)
            holder = self.names.by_role(head, at)
            if holder is not None and (holder.kind != "person" or any(
                    w in PARTIES or w.title() in PLACES for w in modifiers)):
                # Someone holds the role without the capitals, and the capitals say another
                # party or place: unsure ("Gov. Greg Abbott signed the bill. “...,” the
                # Democratic governor of New Mexico said.").
                return Attribution(None, cue, None)
            # (A nationality is no team's name: "Harlow City manager Rui Valente ... said the
            # Portuguese coach".)
            nationality = all(is_demonym(w.title()) for w in modifiers)
            if holder is not None and (nationality or not any(
                    w[:1].isupper() and w.lower() not in modifiers and re.search(
                        r"[a-z,;]\s+" + re.escape(w) + r"\b", self.body) is not None
                    # (A unit numbered in the role is no name: "Ward 29 councillor".)
                    for w in re.sub(r"\S+\s+\d+\b", "", holder.role_phrase or "").split())):
                # Else the holder, when the story is following them ("Losing captain Vikrant
                # Sharma did not hide behind the conditions. “...,” the Tuskers skipper
                # said."), unless their own role has other capitals the story uses as a name
                # ("Tuskers captain Vikrant Sharma" is no "the Lions skipper": then the
                # epithet is read as if no one held the role).
                sentence = self._previous_sentence(at)
                # (Or the one reporting speech in the sentence before the quotation the tag
                # closes, when that runs over paragraphs: "Sato ... called the win “...” //
                # “People see ... // “This win is for them,” the Japanese coach said.")
                opened_by = self._sentence_before_quote(at)
                opened = opened_by is not None and self._reports(holder, *opened_by)
                followed = (sentence is not None and self._sole_subject(*sentence) is holder) or (
                    opened) or (
                    self._topic_person(at) or self._subject_just_before(at, head)
                    or self._just_quoted(at, head)
                    or self._central_subject_before(at, head)
                    or self._one_person_in_reach(at)) is holder
                if nationality and (
                        not followed or any(is_demonym(r.title()) and r not in modifiers
                                            for r in holder.roles) or (len({
                            id(m.entity) for m in self.names.mentions
                            if m.entity.kind == "person" and head in m.entity.roles}) > 1
                            # (Unless the quotation follows the holder's own sentence.)
                            and not opened)):
                    # (A nationality the holder is not given, "German manager Dieter Krauss"
                    # for "the Portuguese coach", a holder the story is not following, or two
                    # managers, either of whom the nationality may be: the story's own words.)
                    return self._before_or_described(desc, head, cue, at, holder)
                return Attribution(holder.name if followed else None, cue, None)
            holder = (self._topic_person(at) or self._subject_just_before(at, head)
                      or self._central_subject_before(at, head)) if (
                head not in _NOT_EPITHETS and desc.lower().startswith("the ")) else None
            epithet = desc.lower().startswith("the ") and is_person_noun(head) and (
                head not in _AGENTS and head not in _ANONYMOUS and not is_plural(head))
            if holder is None and epithet:
                holder = self._epithet_of_sentence_before(head, at)
            if holder is None and epithet and not is_role_word(head) and (
                    bounds := self._sentence_before_quote(at)) is not None and (
                    about := self._sole_subject(*bounds)) is not None and (
                    self._reports(about, *bounds)):
                # "Quiroz said his team had tried a chase but “...” // “...,” the San Ignacio
                # native said": an epithet no one holds, closing a quotation that follows the
                # sentence reporting one person's words, is that person.
                holder = about
            if holder is None and desc.lower().startswith("the ") and head not in _SPEAKS_FOR:
                # "The This Morning presenter, 41, told her followers" with one person named
                # so far: an epithet with a name's capitals is that person.
                holder = self._one_person_in_reach(at)
            if holder is None:
                return self._described(desc, head, cue)
            return Attribution(holder.name, cue, None)
        para = self._para_of(at)
        floor = self.article.paragraphs[max(0, para - 1)].start
        if head in ORG_WORDS:
            # "the group said": the body most recently named, in this or the last paragraph
            # (never the agency of the dateline: "the ministry said" after "(Reuters) —").
            # (Only a body of that kind: "the utility said" after "the Public Utilities
            # Commission" is the power company named before it.)
            # ("the trust said" after "Kestrel Labs" was named: the body named last, in this or
            # the six paragraphs before, whose name holds the noun, "North Calderbrook Hospitals
            # NHS Trust"; the whole story was too far: "the network" was a channel's named long
            # before.)
            words_ = desc.split()[1:]
            body_described = self._body_just_quoted(at, head) if (
                " ".join(desc.lower().split()) == f"the {head}") else None
            if body_described is not None:
                return Attribution(body_described, cue, None, "organisation")
            last_two, last_seven = self._reach(at, 1), self._reach(at, 6)
            # ("the parent company said" is no body set off as "the company".)
            # (A body the sentence before opens with is "the agency" after any whose own name
            # says so: "the European Medicines Agency".)
            org = (self.names.set_off_as(head, last_seven, at) if not words_[:-1] else None) or (
                self.names.recent_org(last_seven, at, noun=head, holding=True)) or (
                self._body_opening_before(at, head) if not words_[:-1] and (
                    head in _GENERIC_BODY_NOUNS and desc.lower().startswith("the ")) else None
            ) or self.names.recent_org(last_two, at, noun=head)
            if org is None and words_:
                # "the weather service said" two paragraphs after "the National Weather
                # Service", "the hospital said" after "Draymoor General Hospital": the one
                # body whose name holds every word of the description.
                org = self.names.org_with_words(words_, at)
            if org is None and head in _GENERIC_BODY_NOUNS and words_[:-1]:
                # "the transit agency said" after "Spokane Transit Authority": an agency is
                # what the body's name says it is in other words ("Authority"), so the one
                # body whose name holds the words before the noun, and ends as a body's.
                named = self.names.org_with_words(words_[:-1], at)
                org = named if named is not None and named.tokens[-1].lower() in (
                    _AGENCY_WORDS) else None
            if org is None and head in COMPANY_NOUNS and len([
                    w for w in words_ if not is_adjectival(w)]) == 1:
                # "the airline said" three paragraphs after "SkyMeridian Airlines" ("the
                # Rotterdam-headquartered firm" too).
                org = self.names.recent_company(head, at)
                if org is None and head in ("company", "firm"):
                    # (Not "the utility" or "the lender": measured, the one body named most
                    # was as often another utility just quoted, or a central bank.)
                    org = self.names.main_company(at)
            if org is None and is_body_by_work(head):
                return Attribution(_as_description(desc), cue, None, "description")
            if org is None and desc.lower().startswith("the "):
                # "The county board said in a statement" with no board named: the body as the
                # story calls it, which is who speaks; "the court" after "A Piraeus court
                # convicted ...", in the story's fuller words for it.
                fuller = self._fuller_words(head, at) if len(desc.split()) == 2 else None
                return Attribution(fuller or _as_description(desc), cue, None, "organisation")
            return Attribution(org.name if org else None, cue, None)
        # ("the former deputy mayor": only one the story made a deputy, not the mayor.)
        lesser = tuple(w for w in desc.lower().split()[:-1] if w in LESSER_RANKS)
        found: Entity | None = self.names.by_role(head, at, lesser) if lesser else None
        if found is None:
            # (The story may not have kept the rank as a role word: "Deputy Minister of
            # Agriculture and Irrigation Abdulmalik Ahmed Al-Thawr" holds "minister". Only
            # when the rank is in the post the story wrote for them: "Finance Minister Salma
            # Akter" is no one "the deputy minister" is.)
            found = self.names.by_role(head, at)
            if lesser and (found is None or not self._rank_written_before(found, lesser)):
                # (Nor the story's topic: no one it made a deputy is one, whoever it
                # follows.)
                return self._described(desc, head, cue)
        epithet = desc.lower().startswith("the ") and head not in _NOT_EPITHETS
        if found is not None and epithet and is_person_noun(head):
            if _OF_ANOTHER.match(self.masked, base + np.end("desc")):
                # "the agent of another Premier League player said": someone new, not the
                # agent the story named.
                return self._described(desc, head, cue)
            newer = self._introduction(head, at)
            # (Not when the epithet's own words are the named holder's and not the newcomer's:
            # "Chief executive Hamad al-Emadi ... A senior executive at a rival company ...
            # “...,” the chief executive said" is still him.)
            words_ = [w.lower() for w in desc.split()[1:-1]]
            if newer is not None and words_ and all(w in found.roles for w in words_) and any(
                    w not in newer.group().lower().split() for w in words_):
                newer = None
            if newer is not None and not _PREPOSITION_IN.search(newer.group()) and (
                    starts_sentence(self.masked, newer.start())) and not any(
                    m.entity is found for m in self.names.mentions_between(newer.start(), at)):
                # "Cllr Joan Pike's plan ... An opposition councillor called it ... “...,” the
                # councillor said": the one the story brought in last, after the name, as the
                # subject of a sentence ("they are looking for a new manager" brings in no one).
                earlier = self._introduced_as(head, at, cue, newer)
                if earlier is not None:
                    return earlier
        if found is None and epithet:
            # "the Vermont senator acknowledged" just after a quotation of Sanders, who the
            # story follows. An epithet with no one near is the story's own description: the
            # story's most named person was tried and named the wrong one (the doctor for "the
            # patient") more often than the right one.
            # Only for a role or an occupation: "the insider", "the fan" are someone else.
            # (Not the subject of the sentence before, as for an age or a people: "Peter
            # Albin wrote to the council. “...,” the harbour master said." is someone else.)
            found = self._topic_person(at) if is_role_word(head) and (
                head not in _AGENTS) else None
            subject: Entity | None = None
            if found is None and is_person_noun(head) and head not in _AGENTS:
                # "“...,” he told The Sun. // The actor, who now runs a pub, added: “...”":
                # the person just quoted, no one named since; after a quotation ("“...,” the
                # critic said"), the one the sentence before it is about.
                after_quote = self._sentence_before_quote(at) is not None
                subject = self._subject_before_quote(at, head, titled=True) if (
                    after_quote) else None
                found = subject if after_quote else self._just_quoted(at, head)
                if found is None and not after_quote:
                    # "Kittredge herself went further. Speaking to reporters, the congresswoman
                    # said Delgado owed voters “a full accounting”": a tag that is no
                    # quotation's follows the sentence before it the same way.
                    found = subject = self._subject_before_quote(
                        at, head, titled=True, bounds=self._previous_sentence(at))
                bounds = self._sentence_before_quote(at) if after_quote else (
                    self._previous_sentence(at))
                mine = bounds is not None and self._para_of(bounds[0]) == self._para_of(at)
                if subject is not None and (after_quote or not mine) and (
                        self._other_in_view(subject, at)) and not (
                        mine and bounds is not None and self._reports(subject, *bounds)):
                    # (Not over one who reports speech in the sentence just before, in the
                    # tag's paragraph: "Okonkwo-Reyes said he knew ... “...,” the senior
                    # receiver said" after a tight end was named in passing.)
                    # (A tag that follows no quotation, in the paragraph of the sentence about
                    # them, goes on about them, whoever was quoted before: "Kittredge herself
                    # went further. Speaking to reporters, the congresswoman said" after her
                    # rival's campaign manager.)
                    found = subject = None
                if not mine or (subject is not None and self._title_before(subject)):
                    # (A title before their name keeps the guard below: "Rovers manager Gareth
                    # Quayle was full of praise. Speaking after the match, the striker said" is
                    # someone else.)
                    subject = None
            if found is not None and found is not subject and head not in found.roles and any(
                    _offices(found.roles)):
                # "the patient wrote" after quoting "Dr. Owen Dempsey": the story gave him a
                # title, and it is not this one, so the epithet is someone else ("Health
                # Secretary Wes Streeting said ... // “...,” the nurse said" too). Not the
                # subject of a sentence before in the tag's own paragraph, where new words are
                # more of the same person: "Tadhg Moloney, chair of the residents' association,
                # said ... “...,” the retired engineer said".
                found = None
            if found is not None:
                # "said the actor" is Van Der Beek here, so a later "the “Pose” actor said",
                # however far from his last quotation, is him too.
                self.names.give_role(found, head)
        if found is None and epithet and head not in _AGENTS and head not in _ANONYMOUS:
            found = self._named_after(desc, head, at)
        if found is None and epithet and head not in _AGENTS and head not in _ANONYMOUS and (
                is_person_noun(head)) and not is_plural(head):
            found = self._epithet_of_sentence_before(head, at)
        if found is not None and epithet and lesser_office(found, head, tuple(
                w.lower() for w in desc.split())) and (
                # (Unless the story's holders of the office come down to them, an associate
                # judge and no other: ``by_role`` gives a lesser office only so.)
                self.names.by_role(head, at) is not found):
            # "Shadow Chancellor Mel Stroud called it a con. “...,” the chancellor said": the
            # lesser office is another's.
            found = None
        if found is None:
            return self._described(desc, head, cue)
        return Attribution(found.name, cue, None)

    def _office_holder_after(self, end: int) -> Entity | None:
        """The holder named right after a place's or a body's name at ``end`` and one word of
        office no lower-case title reads ("said Ward 3 Councilman Tom Ashcraft", a role word
        with the district's number; "said Leone pulenu'u Fa'atonu Sapolu,", an office no list
        has, before a full name set off by a comma)."""
        district = _NUMBERED_OFFICE.match(self.masked, end)
        if district is None:
            return None
        office = district.group("role")
        listed = is_role_word(office.lower())
        if not listed and not (office.islower() and _office_word(office)
                               and not district.group("number")):
            return None
        seated = next((m for m in self.names.mentions_between(district.end(), district.end() + 80)
                       if m.entity.kind == "person"
                       and not self.masked[district.end() : m.start].strip()), None)
        if seated is None or not (listed or (len(seated.entity.tokens) > 1 and self.masked[
                seated.end : seated.end + 1] in (",", "."))):
            return None
        return seated.entity

    def _title_words_only(self, start: int, mention: Mention) -> bool:
        """Whether the words from ``start`` up to ``mention`` are all of the title the story
        gives its person, joined by "for", "of", "and" or "&": " prosecutor ", " and
        Resources Minister ", " Secretary for Health Dr. "."""
        between = self.masked[start : mention.start]
        said = _TITLE_WORD.findall(between)
        roles = mention.entity.roles
        return bool(said) and len(between) <= 80 and all(
            w.lower() in roles or w.lower() in _TITLE_JOINS for w in said) and any(
            w.lower() in roles for w in said) and not _TITLE_BREAK.search(between)

    def _post_of_name_before(self, at: int) -> bool:
        """Whether the clause before the name at ``at`` opens with a post held in something
        and ends at the name: "Managing director of Stanley-based fishing company ",
        "President of the ", "Counsel for "."""
        opening = self._sentence(self._para_of(at), at)[0]
        if at - opening > 120:
            return False
        post = _POST_OF.fullmatch(self.masked, opening, at)
        return post is not None and is_person_noun(post.group("post").lower()) and not (
            is_plural(post.group("post").lower()))

    def _speaker_set_off(self, end: int) -> Entity | None:
        """The person named set off by commas right at ``end``, when the verb after is a cue:
        "The Mayor of West Yorkshire, Helen Kirkbride, wrote"."""
        # (Past the body's initials: "President of the Anguilla Boat Racing Association
        # (ABRA), Mr. Kerwin Brooks, described".)
        past = _past_initials(self.masked, end)
        end = past if self.masked.startswith(",", past) else end
        apposed = _SET_OFF_NAME.match(self.masked, end)
        person = self.names.entity_at(apposed.start(1), apposed.end(1)) if apposed else None
        return person if person is not None and person.kind == "person" and (
            _PLACE_SPEAKS.match(self.masked, end)) else None

    def _office_holder(self, post: str, office: str, cue: str, end: int) -> Attribution:
        """The person the story gave ``office`` in those words ("the Minister of Energy,
        Deepak Ramessur,"), when just one; else the office itself, as a body speaks ("the
        Governor of Svalbard said" with no governor named: the office's words), and where it
        is held when the words after the name run ending at ``end`` say it."""
        want = office.lower()  # (its words already one space apart: see _office_in_name)
        named = self.names.role_holders(post)
        holders = [e for e in named if e.role_phrase and " ".join(
            e.role_phrase.lower().split()).removeprefix("the ") == want]
        if not holders:
            # Else the one holder of the post the story gave every capitalised word of where
            # it is held, in other words: "Finance Minister Kwabena Adjei-Mensah" for "the
            # Minister of Finance", "Ghana’s President Kojo Asamoah" for "the President of
            # Ghana".
            # (After its first "of": _office_in_name allows only capitals before it.)
            said = office.split()
            where = {w.strip(",").lower() for w in said[said.index("of") + 1 :]
                     if w[:1].isupper()}
            holders = [e for e in named if where and where <= (e.roles | {
                re.sub(r"[’']s$", "", w) for w in (e.role_phrase or "").lower().split()})]
        if len(holders) == 1:
            return Attribution(holders[0].name, cue, None)
        # (Whole, where the tag's name run stopped short of it: "said the Member of the
        # House of Representatives for Malindi".)
        more = _OFFICE_GOES_ON.match(self.masked, end)
        return Attribution(office + (more.group() if more else ""), cue, None, "organisation")

    def _before_or_described(self, desc: str, head: str, cue: str, at: int,
                             holder: Entity) -> Attribution:
        """For "the Argentine coach said" when the one who holds the role is not the one the
        story follows: the subject of the sentence before, when it is someone else who holds no
        role ("On the other bench, Mauricio Cantero was delighted ..."), else the story's
        words."""
        subject = self._epithet_of_sentence_before(head, at) if head not in _AGENTS else None
        if subject is not None and subject is not holder and not subject.roles:
            return Attribution(subject.name, cue, None)
        return self._described(desc, head, cue)

    def _rank_written_before(self, holder: Entity, ranks: tuple[str, ...]) -> bool:
        """Whether one of ``ranks`` ("deputy") stands among the words of its paragraph up to
        80 characters before one of the holder's mentions: "Deputy Health Minister for
        Preventive Services Dr. Cecelia Morris-Gbanyan", however the index split the post."""
        for m in self.names.mentions:
            if m.entity is not holder:
                continue
            before = self.masked[max(0, m.start - 80) : m.start].rpartition("\n")[2]
            if any(w in ranks for w in before.lower().replace("-", " ").split()):
                return True
        return False

    def _named_set_off(self, end: int) -> Entity | None:
        """The person named, set off by commas, right after a description ending at ``end``,
        perhaps after their role in lower case: ", retired nurse Huda Al Shaikh, 61,"."""
        m = _SET_OFF_ROLE.match(self.masked, end)
        if m is None:
            return None
        # (An age before the role or the name is no role: ", 68-year-old Carmen Debono,".)
        role = m.group("role").split()
        if (role and not (is_role_word(role[-1]) or is_person_noun(role[-1]))) or (
                any(w in _NOT_OF_A_ROLE for w in role)):
            # (Only a role before the name: "A neighbour, who knew Mary Jones," and "Another
            # witness, a friend of Tom Hale," name someone else.)
            return None
        found = self.names.mentions_between(m.end(), m.end() + 1)  # (one starting there)
        if not found or found[0].entity.kind != "person" or (
                not self.masked.startswith(",", found[0].end)):
            return None
        return found[0].entity

    def _of_family(self, kin: Entity, sex: str, at: int, owner: Entity | None) -> bool:
        """Whether someone of ``sex`` named before ``at`` shares a surname with ``kin`` (by
        any part of a double-barrelled one: "Cyril Benjamin" and his daughter "Valerie
        Benjamin-Duncan"), so that "his daughter" may be kin's: a neighbour's daughter or a
        first husband the widow did not marry again has another family's name. That someone
        is ``owner``, when the sentences before name whose relative it is."""
        if owner is not None:
            return owner is not kin and shares_surname(kin.tokens, owner.tokens)
        return any(m.entity is not kin and m.entity.kind == "person" and m.entity.gender == sex
                   and len(m.entity.tokens) > 1 and shares_surname(kin.tokens, m.entity.tokens)
                   for m in self.names.mentions_between(0, at))

    def _newcomer_of_sex(self, pronoun: str, at: int) -> str | None:
        """The description of someone new ("a pensioner from Half Tree Hollow") who is the
        subject of the sentence before the quotation at ``at``, in its paragraph, and may be
        ``pronoun`` (``_new_subject``), for a tag that may follow its verb ("‘...,’ said the
        woman")."""
        k = bisect_right(self._quote_starts, at) - 1
        end = self.found[k].spans[-1][1] if k >= 0 else at
        inverted = _INVERTED_CUE_GAP.fullmatch(self.masked, end, at)
        tag = end + len(inverted.group(1)) if inverted and inverted.group(2) in CUE_VERBS else at
        bounds = self._sentence_before_quote(tag)
        if bounds is None or self._para_of(bounds[0]) != self._para_of(at):
            return None
        m = self._new_subject(pronoun, tag)
        return m.group("desc") if m is not None else None

    def _epithet_of_sentence_before(self, head: str, at: int) -> Entity | None:
        """"Harte, 34, brushed off the injury. “...,” the midfielder said.": after a quotation
        that follows a sentence about one person (in its paragraph, or ending the paragraph
        before), with no one else named since, an epithet that fits them is them. It fits when
        it is no office, or an office the story gave them, or they hold none, or one no one
        holds when that sentence's paragraph reported their words."""
        bounds = self._sentence_before_quote(at)
        if bounds is None or self._para_of(at) - self._para_of(bounds[0]) > 1 or (
                bisect_left(self._quote_starts, bounds[0])
                < bisect_left(self._quote_starts, bounds[1])):
            # (Not after a sentence that quotes its subject: "Daniel Price said the crash had
            # “changed his life”, the court heard. // “...,” the witness said." brings in the
            # witness.)
            return None
        k = bisect_left(self._quote_starts, at) - 1
        if k >= 1 and bounds[0] - self.found[k - 1].spans[-1][1] <= 3 and (
                self._words_of(k - 1).rstrip().endswith("?")) and (
                _ANSWERS.match(self.masked, at)):
            # "Under cross-examination by defence lawyer Keith Farrugia, Mr Menon denied ...
            # // ‘Isn’t it true that you pushed my client first?’ Mr Farrugia asked. // ‘No. I
            # never touched him,’ the witness replied.": the sentence before is the tag of a
            # question, and whoever answers it is not the one who asked but the one the
            # sentence before the question was about.
            # (Only a tag that answers, "replied", "answered": "‘...?’ Dunn asked. // ‘...,’
            # the pensioner added" goes on with the asker's own words. And the one asked,
            # when the tag names them: "Ms Vance asked Mr Okafor.")
            asker = self._sole_subject(*bounds)
            asked = next((m.entity for m in self.names.mentions_between(*bounds)
                          if m.entity.kind == "person" and _ASKED_BEFORE.search(
                              self.masked, max(bounds[0], m.start - 30), m.start)), None)
            if asked is not None:
                return asked
            before = self._sentence_before_quote(self.found[k - 1].spans[0][0])
            answerer = self._sole_subject(*before) if before is not None and (
                self._para_of(self.found[k - 1].spans[0][0]) - self._para_of(before[0]) <= 1
            ) else None
            return answerer if answerer is not None and answerer is not asker and (
                answerer.kind == "person") else None
        subject = self._subject_before_quote(at, head)
        if subject is not None and head in _ON_TRIAL and subject.roles & COURT_OFFICERS:
            # "Prosecutor Ana Ruiz told the court ... // “...,” the accused said": the one on
            # trial is never the court's prosecutor, judge, lawyer or witness.
            return None
        # (Not a name that holds a title, which the index could not tell from a body's: "PC
        # World said ..." is a shop.)
        if subject is None or subject.tokens[0].lower().rstrip(".") in TITLES or any(
                m.entity is not subject and m.entity.kind == "person"
                for m in self.names.mentions_between(bounds[1], at)):
            return None
        if is_role_word(head) and head not in subject.roles and any(
                # (A kin word is no office, though nameparser lists "Brother" as a title.)
                _offices(subject.roles) - KIN_WORDS) and (
                    self.names.by_role(head, at) is not None
                    or not _has_cue(self.masked[self.article.paragraphs[
                        self._para_of(bounds[0])].start : bounds[1]])):
            # (A role no one in the story holds is one more fact about them, when their
            # paragraph has reported their words: "Lakeside captain Mhone ... said the
            # dressing room started to believe. “...,” the midfielder said". Not after one
            # that only shows them: "Health Secretary Wes Streeting toured the ward. “...,”
            # the nurse said".)
            return None
        said = self._words_of(k) if k >= 0 else ""
        other = _OF_SEX[subject.gender].search(said) if subject.gender is not None else None
        same, opposite = (MALE_WORDS, FEMALE_WORDS) if subject.gender == "m" else (
            FEMALE_WORDS, MALE_WORDS)
        if other is not None and not any(
                w in same for w in _LOWER_WORD.findall(said, 0, other.start())) and not any(
                is_person_noun(w.group(1)) and w.group(1) not in opposite
                for w in _BARE_PERSON_NOUN.finditer(said, 0, other.start())) and not (
                self._kin_is_the_other(subject, said, bounds)):
            # (The words speak of someone of the subject's sex as another: "Kyle Dunn, 19,
            # punched a man. // “He came at me for no reason,” the victim said." Not when the
            # words name that one first: "My grandfather used to sit there. He would tell me",
            # "At half-time coach told us ... He was right", a noun with no "the" or "a"
            # before it, as speakers name their own people.)
            return None
        return subject

    def _kin_is_the_other(self, subject: Entity, said: str, bounds: tuple[int, int]) -> bool:
        """Whether the "he" or "she" of the words ``said`` is the subject's relative, so no sign
        that someone else speaks: the words say so ("‘He's my little brother,’"), or the
        sentence before, after the subject's name, gives the subject one of that sex and
        brings no one else of it in ("Nwosu, who embraced his brother at full-time, was less
        keen to talk"; not "Kyle Dunn punched a man outside a bar where his brother works",
        nor "His brother Emeka watched", whose subject is the brother)."""
        sex = subject.gender
        if sex is None:
            return False
        if (said_kin := _IS_MY_KIN.match(said)) and _names_kin_of_sex(said_kin.group(), sex):
            return True
        named = next((m for m in self.names.mentions_between(*bounds)
                      if m.entity is subject), None)
        return named is not None and _names_kin_of_sex(
            self.masked[named.end : bounds[1]], sex) and self._last_new_one(
            bounds[0], bounds[1], sex_words(sex)) is None

    def _owner_of(self, sex: str, at: int, *, unsure_sex: bool = False) -> Entity | None:
        """Whom "his" or "her" at ``at`` stands for: the one person of that sex named in this
        sentence or the one before; with no one named there, the one of that sex quoted last
        ("“...,” she wrote. // Her rep told People"). With ``unsure_sex``, also someone whose
        sex the story never gave (not for a relative: "his wife" after "Nora" is no one's)."""
        sentences = self._sentences_before(at, 2)
        near = {id(m.entity): m.entity for m in self.names.mentions_between(
            sentences[0][0] if sentences else at, at)
            if m.entity.kind == "person" and m.entity.gender in (sex, None)}
        owner = next(iter(near.values())) if len(near) == 1 else None
        if len(near) > 1 and (reporter := self._reporter_of(*sentences[-1])) is not None and id(
                reporter.entity) in near and reporter.entity.gender == sex:
            # "Auguste-Charles said no such message had been issued. // Her message to
            # residents was direct:": the one the sentence before opens with, reporting
            # speech, whoever else it or the one before names. (Only someone the story says
            # is of the pronoun's sex: "Wiremu Parata said ... Her message" is no guess.)
            owner = reporter.entity
        if not near:
            owner = self._last_quoted("she" if sex == "f" else "he", at)
        return owner if owner is not None and (owner.gender == sex or (
            unsure_sex and owner.gender is None)) else None

    def _title_before(self, entity: Entity) -> bool:
        """Whether the story writes a title or occupation right before ``entity``'s name
        ("Rovers manager Gareth Quayle", "Environment Secretary Gareth Price", "Sen. Ruth
        Alvarez"), a post that rules out other epithets, unlike an apposition after it
        ("Tadhg Moloney, chair of the residents' association,")."""
        if self._titled_people is None:
            # (Once per story: asked per tag, a walk of every mention made long stories slow.)
            self._titled_people = set()
            for m in self.names.mentions_between(0, len(self.masked)):
                start = self.names.run_start(m.start)
                # (The run's own title words, "Environment Secretary Gareth Price", and up to
                # three words right before it, "Rovers manager Gareth Quayle".)
                near = [w.lower().rstrip(".") for w in self.masked[start : m.start].split()]
                for word in reversed(self.masked[max(0, start - 40) : start].split()[-3:]):
                    if not re.fullmatch(r"[\w’'-]+\.?", word):
                        break  # punctuation ends the words right before the name
                    near.append(word.lower().rstrip("."))
                if _offices(set(near)):
                    self._titled_people.add(id(m.entity))
        return id(entity) in self._titled_people

    def _named_after(self, desc: str, head: str, at: int) -> Entity | None:
        """The one person the story named, before ``at``, right after the words of the
        epithet ``desc``: "the retired major" is "retired Army major Giles Fanshawe", "the
        world record holder" is "world record holder Freya Lindahl". None when the story
        names two people so, or none; read only backwards, and only where nothing else
        named the epithet's holder."""
        want = [w.lower() for w in desc.split()[1:]]
        if not want or any(not w.isalpha() for w in want):
            return None
        if self._words_before_names is None:
            # Once per story: the words right before each person's mention, by the last of
            # them (a long story with many such epithets read every mention for each).
            self._words_before_names = {}
            for m in self.names.mentions:
                if m.entity.kind == "person":
                    lead = re.split(r"[.!?;:,\n“”\"()]",
                                    self.masked[max(0, m.start - 60) : m.start])[-1]
                    before = [w.lower() for w in lead.split()[-5:]]
                    if before:
                        self._words_before_names.setdefault(before[-1], []).append((m, before))
        holders: dict[int, Entity] = {}
        first: Mention | None = None
        for m, before in self._words_before_names.get(head, []):
            if all(w in before for w in want):
                holders[id(m.entity)] = m.entity
                first = first or m
        if len(holders) != 1 or first is None or first.start >= at:
            return None
        return first.entity

    def _gendered_description(self, pronoun: str, at: int,
                              entity: Entity | None) -> Attribution | None:
        """The last new person of the pronoun's sex ("one mother", "a man") in this or the
        previous sentence before ``at``, unless ``entity`` is named in apposition to them."""
        # A tag right after its quotation ("“... over. I've been saying it,” she said"): the
        # sentence before is the one before the quotation, not one inside it.
        mark = self._mark_tagged(at)
        ref = at if mark is None else mark
        para = self._para_of(ref)
        s_here, _ = self._sentence(para, ref)
        earlier = self._ended_by(para, s_here)
        lo = earlier[-1][0] if earlier else s_here
        # ("They" for one unnamed source gives no sex: only someone new of any.)
        said_sex = sex_words(pronoun)
        last = self._last_new_one(lo, at, said_sex) if said_sex else None
        if last is None:
            last = self._new_subject(pronoun, at)
            if last is None:
                return None
        where = _BODY_AFTER.match(self.masked, last.end()) or _PARTICIPLE_AFTER.match(
            self.masked, last.end()) or _APPOSED_DESC.match(self.masked, last.end())
        end = where.end() if where else last.end()
        apposed = next((x.entity for x in self.names.mentions_between(end, at)
                        if _PLACE_THEN_APPOSITION.fullmatch(self.masked, end, x.start)
                        and x.entity.kind == "person" and (x.entity.shown_person or (
                            # (Not a place after a place: "A man from Clonmel, Tipperary,".)
                            _AGE_SET_OFF.match(self.masked, x.end)))
                        and self.masked[x.end : x.end + 2] not in ("’s", "'s")), None)
        if apposed is not None and entity in (None, apposed):
            # "A younger soldier in the unit, Maksym Petrenko, 23, said": the name set off
            # after the description and where they are is theirs, of whatever sex.
            return Attribution(apposed.name, "said", None)
        if entity is not None and any(
                x.entity is entity and (entity.gender is not None or not self.masked[
                    last.end() : x.start].strip(" ,")) and not self._object_of_pronoun(pronoun, x)
                # (Not a name that says where they are from: "A resident of Tera Kora said".)
                and not _WHERE_FROM.fullmatch(self.masked, last.end(), x.start)
                for x in self.names.mentions_between(last.end(), at)):
            # "a woman, Xi Mei, said": the name in apposition is hers; a name of that sex
            # anywhere after her is who the pronoun goes on with.
            return None
        if entity is not None and entity.gender is not None and not self._opens_sentence(
                para, last):
            # Over a named person of that sex, only someone the story brings in as a sentence's
            # subject ("A man who lives across the street said ...", "One of them, an elderly
            # man, said"), not an object ("Police Chief Tom Hale said officers had arrested a
            # man. “...,” he said").
            return None
        if last.group("head").lower() in _SPEAKS_FOR:
            # "A spokeswoman for Slanemore Meats said ... “...,” she said": the body she speaks
            # for, as when the tag names her.
            spoken = self._introduced_as(last.group("head").lower(), at, "said", last)
            if spoken is not None and spoken.kind != "description" and spoken.speaker:
                return spoken
        who = _WHO_CLAUSE.match(self.masked, end)
        if who is not None and KEPT_UNNAMED.search(who.group()):
            # ("who asked not to be named" says why there is no name, not who they are.)
            who = None
        desc = self.masked[last.start("desc") : end] + (who.group() if who else "")
        return Attribution(_as_description(desc), "said", None, "description")

    def _last_new_one(self, lo: int, hi: int, heads: frozenset[str] | None = None
                      ) -> re.Match[str] | None:
        """The last description in masked[lo:hi] that brings someone new in, its noun one of
        ``heads`` if given ("one mother", "a man"). Only "a", "an", "another" and "one"
        (``_NEW_ONE``): "the eldest daughter" is most often an apposition to a name."""
        last = None
        for m in _DESC.finditer(self.masked, lo, hi):
            if m.group("desc").lower().startswith(_NEW_ONE) and (
                    heads is None or m.group("head").lower() in heads):
                last = m
        return last

    def _opens_sentence(self, para: int, desc: re.Match[str]) -> bool:
        """Whether the description ``desc`` opens its sentence, alone or after "One of them, "
        ("One of them, an elderly man, said"): the sentence's subject."""
        opens_at = self._sentence(para, desc.start())[0]
        if not self.masked[opens_at : desc.start()].strip():
            return True
        # (Past a phrase that sets the scene: "Outside the court, a woman in the gallery said".)
        scene = opens_at + scene_phrase_end(self.masked[opens_at : desc.start()])
        if scene > opens_at and not self.masked[scene : desc.start()].strip():
            return True
        one_of = _ONE_OF_THEM.match(self.masked, opens_at)
        return one_of is not None and one_of.end() == desc.start()

    def _mark_tagged(self, at: int) -> int | None:
        """The opening mark of the quotation that a tag at ``at`` follows right after, with
        no word between ("“...,” she said"); else None."""
        k = bisect_right(self._quote_starts, at) - 1
        if k < 0 or re.search(r"[A-Za-z]", self.masked[self.found[k].spans[-1][1] : at]):
            return None
        return self._quote_starts[k] - 1

    def _kept_unnamed_before(self, pronoun: str, at: int) -> str | None:
        """"..., a nurse who asked not to be named told The Myanmar Times. “...,” she said",
        "Housing was also raised by a nurse at KEMH, who asked not to be named. “...,” she
        said": someone new whom the sentence just before the quotation, in its paragraph,
        says it leaves unnamed is the source of the words after it, wherever they stand in
        the sentence, over anyone named before. (The formula is written of a source whose
        words follow.) Not one of the pronoun's other sex, nor when a person is named after
        them. "The" someone counts too when they open the sentence with the formula right
        after them and the paragraph named no one before ("The shop's owner, who did not wish
        to be named, took the damage in her stride. “...,” she said"); so does any verb of a
        sentence they open, bar a passive ("was treated in hospital")."""
        ref = self._mark_tagged(at)
        if ref is None:
            return None  # (only a tag right after its quotation)
        para = self._para_of(ref)
        if para != self._para_of(at):
            return None
        bounds = self._ended_by(para, self._sentence(para, ref)[0])
        if not bounds:
            return None
        s0, e0 = bounds[-1]
        kept = KEPT_UNNAMED.search(self.masked, s0, e0)
        if kept is None:
            return None
        last = self._last_new_one(s0, kept.start())
        if last is None:
            # (Or "the" someone opening the sentence with the formula right after: "The
            # shop's owner, who did not wish to be named, ...": kept unnamed, so no
            # apposition to a name.)
            opening = _DESC.match(self.masked, _words_start(self.masked, s0, e0))
            gap = self.masked[opening.end() : kept.start()] if opening is not None else ""
            # (Not after someone the paragraph names before it, who may be quoted again:
            # "DS Claire Hughes said ... The woman, who asked not to be named, was treated in
            # hospital. “...,” she said".)
            if opening is not None and opening.group("desc").lower().startswith("the ") and (
                    gap.startswith(", who ") and len(gap) < 24) and not any(
                    x.entity.kind == "person" for x in self.names.mentions_between(
                        self.article.paragraphs[para].start, s0)):
                last = opening
        if last is None or kept.start() - last.end() > 80 or any(
                x.entity.kind == "person" for x in self.names.mentions_between(s0, last.start())):
            # (Not when someone named before them reports the sentence: "Tom Hale said he was
            # questioned by a detective who asked not to be named. “...,” he said" is Hale.)
            return None
        if re.search(r"\bhis\b" if pronoun == "she" else r"\bher\b", kept.group()):
            return None  # ("who declined to give his name ... “...,” she said")
        # Only the one who gives the words: the subject of a cue after the formula ("who asked
        # not to be named told The Myanmar Times"), or the agent of a passive ("raised by a
        # nurse at KEMH"); not someone the words are about ("officers had arrested a man").
        # (Or the sentence's subject, whatever its verb: "The shop's owner, who did not wish
        # to be named, took the damage in her stride. // “...,” she said".)
        cue_after = re.match(r",?\s+(?:[a-z]+ly\s+)?([a-z]+)", self.masked[kept.end() : e0])
        # (Not a sentence of what was done to them: "was treated in hospital", "had been
        # praised"; "has lived on the street for 30 years" is theirs.)
        if not (cue_after is not None and cue_after.group(1) in CUE_VERBS) and (
                self.masked[max(s0, last.start() - 3) : last.start()] != "by ") and (
                self.masked[s0 : last.start()].strip()
                or _DONE_TO.match(self.masked, kept.end(), e0) is not None):
            return None
        # (Any word of the description, its noun among them, may say the other sex: "a mother",
        # "a woman nurse".)
        if not _brings_in_one(last, the=True) or any_word_in(
                last.group("desc"), other_sex_words(pronoun)):
            return None
        if any(x.entity.kind == "person" for x in self.names.mentions_between(last.end(), at)
               if not _WHERE_FROM.fullmatch(self.masked, last.end(), x.start)):
            return None
        where = _BODY_AFTER.match(self.masked, last.end())
        end = where.end() if where else last.end()
        return _as_description(self.masked[last.start("desc") : end])

    def _addressed_in_question(self, pronoun: str, at: int) -> Entity | None:
        """"“Is it possible, Mrs Morrow, that the man you saw was not him?” Mr Oyelaran
        asked. // “Anything is possible,” she said.": the answer right after a question put to
        someone by title and surname is theirs, when the title's sex is the pronoun's and the
        story names one person so."""
        k = bisect_right(self._quote_starts, at) - 1
        if k < 1 or self.found[k].paragraphs[0] != self.found[k - 1].paragraphs[-1] + 1:
            return None
        # Only an answer that opens the paragraph right after the question's: one in the same
        # paragraph is the asker going on; one after a sentence is whoever it brings in.
        para = self.article.paragraphs[self.found[k].paragraphs[0]]
        if self.masked[para.start : self._quote_starts[k]].strip(_MARKS + " \xa0"):
            return None
        asked = self.body[self.found[k - 1].spans[0][0] : self.found[k - 1].spans[-1][1]]
        vocative = _VOCATIVE.search(asked)
        if not asked.rstrip().endswith("?") or vocative is None:
            return None
        title = vocative.group(1).lower()
        if title != "dr" and (title == "mr") != (pronoun == "he"):
            return None
        surname = vocative.group(2)
        found = {id(m.entity): m.entity for m in self.names.mentions
                 if m.start < at and m.entity.kind == "person"
                 and m.entity.tokens[-1] == surname and len(m.entity.tokens) > 1}
        addressed = next(iter(found.values())) if len(found) == 1 else None
        sex = "m" if pronoun == "he" else "f"
        # (A doctor's sex comes from the story only: "Dr Patel" may be "he" or "she".)
        if addressed is None or addressed.gender not in ((sex,) if title == "dr" else (sex, None)):
            return None
        return addressed

    def _described_subject(self, pronoun: str, at: int, cue: str) -> Attribution | None:
        """"Her neighbour, who asked not to be named, was blunter. “...,” she said": the
        subject of the sentence just before the quotation, in its paragraph, when the story
        calls them by a description ("the union leader", "her neighbour") and names no one
        who could be the pronoun after it. The person the story gave that role, else the
        description: news writing keeps "she" for the one the sentence before was about."""
        bounds = self._sentence_before_quote(at)
        # (Or the last sentence of the paragraph before, when the quotation opens its own:
        # "The manager of a south coast restaurant, who asked not to be named, said ... //
        # “...,” he said".)
        if bounds is None or (paras_back := self._para_of(at) - self._para_of(bounds[0])) > 1:
            return None
        s0, e0 = bounds
        text = self.masked[s0:e0]
        m = _opening_person(text)
        if m is None or m.group("desc").lower().startswith(_NEW_ONE):
            return None  # (someone new is _gendered_description's)
        head = m.group("head").lower()
        if not is_person_noun(head) or is_plural(head) or head in other_sex_words(pronoun) or (
                head in ORG_WORDS):
            return None
        sex = "f" if pronoun == "she" else "m"
        # (Past where they work or what of, up to a comma: "The manager of a south coast
        # restaurant, who asked not to be named, said"; the phrase is the story's description,
        # and a name in it says where, no rival: "a fish stall in Oistins".)
        where = _WHERE_OF.match(text, m.end()) or _OF_BEFORE_SAID.match(text, m.end())
        after = where.end() if where else m.end()
        if any(x.entity.kind == "person" and x.entity.gender in (sex, None)
               and not s0 + m.end() <= x.start < s0 + after
               for x in self.names.mentions_between(s0 + m.start(), at)):
            return None
        # (Past a clause set off after the subject: ", who asked not to be named ...,".)
        set_off = _APPOSITIVE.match(text, after)
        verb_at = set_off.end() if set_off else after
        if paras_back and not (
                set_off and KEPT_UNNAMED.search(set_off.group())):
            # (Only a source the story says, in the clause set off after it, it leaves
            # unnamed: "The witness said ... // “...,” she said" is most often someone named
            # before, whom "the witness" recalls.)
            return None
        if not self._verb_at(s0 + after) or not _SPEAKS_OR_STANDS.match(text, verb_at) or (
                _TOLD_THEM.match(text, verb_at)):
            # Only a subject who speaks ("told The Ledger", "insisted") or takes a stand ("was
            # blunter", "was unmoved"): "Her lawyer declined to comment", "Her mother was a
            # nurse", "Her doctor told her to rest" leave "she" with the one named before.
            return None
        if m.group("desc").lower().startswith("the "):
            holder = self.names.by_role(head, at)
            if holder is not None:
                # (Not a holder of the other sex, nor a body: "The mayor was unmoved. “...,”
                # she said" is not Mayor Tom Ruiz.)
                if holder.kind != "person" or holder.gender not in (sex, None):
                    return None
                return Attribution(holder.name, cue, None)
        return Attribution(_as_description(m.group("desc") + text[m.end() : after]), cue, None,
                           "description")

    def _speaks_of(self, pronoun: str) -> bool:
        """Whether the quotation being attributed speaks of someone as "he" or "she" (the
        pronoun's sex): "The 36-year-old Murphy has kept 12 clean sheets. ‘He deserves a new
        contract,’ he said" is about Murphy, in someone else's words."""
        k = len(self.results)  # the quotation being attributed
        if k >= len(self.found) or pronoun not in ("he", "she"):
            return False
        said = self._words_of(k)
        return _OF_SEX["m" if pronoun == "he" else "f"].search(said) is not None

    def _object_of_pronoun(self, pronoun: str, x: Mention) -> bool:
        """Whether the name at ``x`` is the object of a verb whose subject is ``pronoun``, in
        its own clause: "An elderly spice seller ... said he used to hear Al-Kibsi practising"
        names Al-Kibsi as what the seller heard, so the "he" after it is still the seller."""
        return bool(_own_pronoun_verb(pronoun).search(self.masked[max(0, x.start - 40) : x.start]))

    def _of_sex_named_before(self, pronoun: str, at: int) -> bool:
        """Whether a person of ``pronoun``'s sex is named in ``at``'s paragraph or the one
        before, before ``at``."""
        sex = "f" if pronoun == "she" else "m"
        # (Or of no sex the story says, but shown a person: "President Samia Suluhu Hassan".)
        return any(m.entity.kind == "person" and (m.entity.gender == sex or (
            m.entity.gender is None and m.entity.shown_person))
                   for m in self.names.mentions_between(self._reach(at, 1), at))

    def _new_subject(self, pronoun: str, at: int) -> re.Match[str] | None:
        """"A volunteer with the Red Cross said the shelter was full. “...,” she said": someone
        new, of no stated sex, brought in as the subject of the last sentence before ``at``
        (in its paragraph or the one before), with no person who could be "she" named since."""
        bounds = self._sentence_before_quote(at)
        if bounds is None:
            return None
        s0, e0 = bounds
        text = self.masked[s0:e0]
        m = _opening_person(text)
        opening = _PRONOUN_VERB.match(text) if m is None and pronoun in ("he", "she") else None
        if opening is not None and opening.group(1).lower() == pronoun:
            # "A young father pushing a pram was less sure. He said his neighbour never got
            # her ballot. // “...,” he said": the sentence before goes on with the same
            # pronoun, so the one it refers to is brought in one sentence further back.
            # (Speaking or not: "A retired teacher was among the first visitors. She stood
            # for several minutes in front of a single page. // “...,” she said".)
            further = self._previous_sentence(s0)
            if further is not None and further[1] <= s0 and (
                    opening.group(2) in CUE_VERBS
                    or not self._of_sex_named_before(pronoun, further[0])):
                # (Not speaking, only when no one of that sex is named before: "Grace Njeri
                # found the wallet. A passenger asked what she would do. // She handed it to
                # the police. // “...,” she said" is Grace Njeri.)
                s0, e0 = further
                text = self.masked[s0:e0]
                m = _opening_person(text)
        head = m.group("head").lower() if m else ""
        one_of = m is not None and m.re is _ONE_OF_PEOPLE
        if m is None or not m.group("desc").lower().startswith(_NEW_ONE) or (
                not is_person_noun(head) or (is_plural(head) and not one_of)):
            return None
        if not _may_be(pronoun, text, m):
            return None
        if not _has_cue(text[m.end() :]) and not (
                self._leads_paragraph(m, s0) and not _HARMED.search(text, m.end())) and not (
                # ("One fan, who had travelled from Kapsoiyo, could not hide her joy. “...,”
                # she said": no cue, but the sentence gives its subject the pronoun's sex, in
                # the quotation's own paragraph.)
                pronoun in ("he", "she") and self._para_of(s0) == self._para_of(at)
                and any(x.group(1) == ("her" if pronoun == "she" else "his")
                        for x in _OWN_THING.finditer(text, m.end()))):
            return None
        # (A name the story gives a sex is "he" or "she", never an unnamed source's "they".)
        sexes = {"she": ("f", None), "he": ("m", None)}.get(pronoun, (None,))
        if any(x.entity.kind == "person" and x.entity.shown_person
               and x.entity.gender in sexes and not self._object_of_pronoun(pronoun, x)
               and not self._modifier_name(x, s0)
               # (Nor where they live or come from: "A resident of Tera Kora said".)
               and not _WHERE_FROM.fullmatch(self.masked, s0 + m.end(), x.start)
               for x in self.names.mentions_between(s0 + m.start(), at)):
            return None
        k = bisect_right(self._quote_starts, at) - 1
        if k >= 0 and e0 <= self._quote_starts[k] and re.match(
                r"\W*(?:(?:yes|no|well|look)\W+)?you(?:[’']re|\s+are)\s+(?:[a-z]+ly\s+)?(?:right|wrong|correct)\b",
                self.body[self._quote_starts[k] : at], re.IGNORECASE):
            # ("One questioner claimed ... // “You’re right, we have ...,” he said": a reply
            # to them.)
            return None
        if one_of:
            return _ONE_OF_PEOPLE.match(self.masked, s0 + m.start())
        return _person_phrase(self.masked, _DESC.match(self.masked, s0 + m.start()))

    def _leads_paragraph(self, m: re.Match[str], s0: int) -> bool:
        """Whether the description ``m``, opening the sentence at ``s0``, is the first person its
        paragraph brings in: "One Nadroga supporter, who travelled from Lautoka, summed up the
        afternoon. // “...,” he said" is the supporter's with no cue, but "Whitfield said ... A
        court-appointed receiver has recovered $9 million. // “...,” she said" is Whitfield's."""
        floor = self._para_starts[self._para_of(s0)]
        # (The names walked only when there are any: a story printed as one paragraph asks
        # this per tag.)
        return not self.names.person_named_between(
            floor, s0 + m.start(), lambda n: self._modifier_name(n, floor))

    def _read_from(self, at: int, cue: str) -> Attribution:
        """"It read": the document the sentence before ``at`` names last, credited to whoever
        issued it; no one when it names none ("a handwritten sign ... It read:") or does not
        say who issued it."""
        before = self._previous_sentence(at)
        named = list(_DOCUMENT_WORD.finditer(self.masked, *before)) if before else []
        # The one the sentence says was issued, where it names others after it ("Kilbrennan
        # released a statement confirming they will seek clarification over the decision."):
        # what reads is what was put out.
        issued = [m for m in named if before and _ISSUED.search(self.masked, before[0], m.start())]
        last = (issued or named)[-1] if named else None
        if last is None:
            return Attribution(None, cue, None)
        head = last.group(1).lower()
        author = self._document_author(head, at)
        if author is None:
            return Attribution(None, cue, _DOCUMENTS[head])
        return Attribution(author.speaker, cue, _DOCUMENTS[head], author.kind)

    def _document_before(self, at: int) -> tuple[str, str] | None:
        """The document noun opening the sentence before the one at ``at`` ("The lawsuit
        disputes that."), in this paragraph or the last, when ``at`` opens its sentence, with
        the words the story calls it by ("The planning officer's report")."""
        here, _ = self._sentence(self._para_of(at), at)
        if self.masked[here:at].strip():
            return None
        before = self._previous_sentence(at)
        opening = _DOCUMENT_OPENING.match(self.masked, before[0]) if before else None
        return (opening.group(2).lower(), opening.group("desc")) if opening else None

    def _sentence_before_quote(self, at: int) -> tuple[int, int] | None:
        """For a tag at ``at`` right after a quotation that opens its sentence ("“...,” the
        frontman said"), the bounds of the sentence before that quotation (in its paragraph,
        else the last of the paragraph before); else None. (Asked several times per tag:
        worked out once.)"""
        if at not in self._before_quote:
            self._before_quote[at] = self._find_sentence_before_quote(at)
        return self._before_quote[at]

    def _find_sentence_before_quote(self, at: int) -> tuple[int, int] | None:
        k = bisect_right(self._quote_starts, at) - 1
        if k < 0 or not re.fullmatch(r"[^A-Za-z\n]*(?:[Tt]he\s+)?",
                                     self.masked[self.found[k].spans[-1][1] : at]):
            return None  # not a tag right after its quotation ("the" of "the Italian" aside)
        q0 = self._quote_starts[k] - 1  # the opening mark
        para = self._para_of(q0)
        # (Read back at most 2,000 characters: a story printed as one paragraph made a read of
        # the whole paragraph per quotation quadratic.)
        p_start = self.article.paragraphs[para].start
        lead = self.masked[max(p_start, q0 - 2000) : q0]
        cut = max(lead.rfind("."), lead.rfind("!"), lead.rfind("?"), lead.rfind(":"))
        if re.search(r"[A-Za-z]", lead[cut + 1 :]) or (cut < 0 and q0 - 2000 > p_start):
            # Only a tag after a quotation that opens its sentence: in "The royal, 38, ...
            # where she said" the sentence's own subject is "she".
            return None
        if not lead.strip() and q0 - 2000 <= p_start:
            para -= 1
            if para < 0:
                return None
            q0 = self.article.paragraphs[para].end
        # The sentence before the quotation: the story's own bounds (which know "p.m."), the
        # last one that starts before it and has words of its own before it.
        sentences = self.sentences[para]
        for j in range(bisect_left(self._sentence_starts(para), q0) - 1, -1, -1):
            s0, e0 = sentences[j]
            if re.search(r"[A-Za-z]", self.masked[s0 : min(e0, q0)]):
                return s0, min(e0, q0)
        return None

    def _subject_before_quote(self, at: int, head: str, *, titled: bool = False,
                              bounds: tuple[int, int] | None = None,
                              objects_aside: bool = False) -> Entity | None:
        """"Veteran rocker Mick Thornbury, 74, paid tribute to his late bandmate. // “...,” the
        frontman said": the one person the sentence before a quotation that opens its sentence
        is about, who does something there (not "was jailed", "denies murder": the defendant is
        rarely "the judge"). Not when that sentence names someone else by the same noun
        ("defended the striker"), nor someone of the other sex, nor someone with a title that
        is not this one ("Dr. Owen Dempsey" is no "patient"). With ``titled``, only someone the
        story gave an occupation of their own ("Showbiz columnist Gary Pemberton")."""
        if bounds is None:
            bounds = self._sentence_before_quote(at)
        subject = self._sole_subject(*bounds, objects_aside=objects_aside) if bounds else None
        acting = bounds
        if subject is None and bounds is not None and _PRONOUN_OPENING.match(
                self.masked, bounds[0]) and not any(
                m.entity.kind == "person" for m in self.names.mentions_between(*bounds)):
            # "Lindqvist was gracious in defeat. He believed he had been called in too late.
            # // “...,” the Swede said": the sentence before goes on with "he" (naming no one
            # else); its antecedent is the subject of the one before that.
            acting = self._previous_sentence(bounds[0])
            subject = self._sole_subject(*acting, objects_aside=objects_aside) if (
                acting) else None
            if subject is not None and subject.gender not in (
                    "f" if self.masked[bounds[0]:].lstrip()[:1] == "S" else "m", None):
                subject = None
        if subject is None or bounds is None or acting is None:
            return None
        if self._acted_on(subject, *acting):
            return None
        if titled and not (subject.roles - {"the"} or self._titled_in(subject, *acting) or (
                self._para_of(acting[0]) == self._para_of(at)
                and self._reports(subject, *acting))):
            # (Untitled, only someone who reports speech just before, in the tag's paragraph:
            # "Okonkwo-Reyes said he knew the ball was coming. “...,” the senior receiver
            # said.")
            return None
        if head and re.search(rf"\b{re.escape(head)}s?\b", self.masked[bounds[0] : bounds[1]],
                              re.IGNORECASE) and head not in subject.roles:
            return None
        sex = sex_of_noun(head)
        if sex and subject.gender not in (sex, None):
            return None
        if head not in subject.roles and subject.roles & {"dr", "prof", "rev", "judge"}:
            return None
        return subject

    def _acted_on(self, entity: Entity, s: int, e: int) -> bool:
        """Whether ``entity``'s own verb in masked[s:e] is passive or an accusation's ("was
        jailed", "had been stabbed", "denies murdering"): the one acted on is rarely the one
        who speaks next. (A clause set off after the name, "who was handed a penalty", is not
        their own verb.)"""
        for m in self.names.mentions_between(s, e):
            if m.entity is entity:
                return acted_on_after(self.masked, m.end, e, feelings_aside=True)
        return False

    def _titled_in(self, entity: Entity, s: int, e: int) -> bool:
        """Whether a title with a noun for people stands before ``entity``'s name in
        masked[s:e] ("Veteran rocker Mick Thornbury", "Host Danny Okeke")."""
        for m in self.names.mentions_between(s, e):
            if m.entity is entity:
                words_ = self.masked[s : m.start].split()[-3:]
                return any(is_person_noun(w.lower()) for w in words_ if w.isalpha())
        return False

    def _subject_start(self, s: int, e: int) -> int:
        """Where the subject of masked[s:e] may start: past its scene-setting words and the
        marks and spaces before them."""
        return _words_start(self.masked, s + _scene_end(self.masked[s:e]), e, _SPACE_AND_MARKS)

    def _name_opening(self, s: int, e: int, opening: int | None = None) -> Mention | None:
        """The name that opens masked[s:e] as its subject, past its scene-setting words and a
        "the" ("In a statement, the Guyana Cricket Board ..."), if one does (``opening``: where
        the subject may start, when the caller has it)."""
        if opening is None:
            opening = self._subject_start(s, e)
        name_at = opening + 4 if self.masked.startswith(("The ", "the "), opening) else opening
        first = next(iter(self.names.mentions_between(name_at, e)), None)
        return first if first is not None and self.names.run_start(first.start) in (
            opening, name_at) else None

    def _body_opening_before(self, at: int, head: str) -> Entity | None:
        """"The weather service issued a flood warning. In a post on its Facebook page, the
        agency wrote": the body that opens the sentence just before as its subject, by name or
        by words only its name holds, when that sentence names no other body and the body may
        be "the ``head``"."""
        bounds = self._previous_sentence(at)
        if bounds is None:
            return None
        s, e = bounds
        # (A body called by one word only after the subject is more likely a place, "said Ondo,
        # Edo and Bauchi states accounted for".)
        bodies = {id(m.entity) for m in self.names.mentions_between(s, e)
                  if m.entity.kind == "org" and " " in self.masked[m.start : m.end]}
        lo = self._subject_start(s, e)
        first = self._name_opening(s, e, lo)
        if first is not None:
            # ("Meanwhile, the Nigeria Centre for Disease Control, in its latest report,
            # said".)
            found = first.entity if first.entity.kind == "org" else None
        else:
            # ("The weather service", "The health department": a body's kind after "the".)
            desc = _DESC.match(self.masked, lo, e)
            words_ = desc.group("desc").split()[1:] if desc is not None and (
                desc.group("desc")[:4].lower() == "the ") else []
            found = self.names.org_with_words(words_, at) if len(words_) >= 2 and (
                words_[-1].lower() in ORG_WORDS) else None
        if found is None or bodies - {id(found)} or not kind_fits(head, found.tokens) or not any(
                t.lower() in ORG_WORDS for t in found.tokens):
            return None  # (a body its own words show to be one: not "Cairde Teaghlaigh")
        return found

    def _previous_sentence(self, at: int, *, last_paragraph: bool = True
                           ) -> tuple[int, int] | None:
        """The bounds of the sentence before the one holding ``at``, in its paragraph; with
        ``last_paragraph``, the last of the paragraph before when that sentence opens it."""
        para = self._para_of(at)
        here, _ = self._sentence(para, at)
        before = self._ended_by(para, here)
        if not before and last_paragraph and para > 0:
            before = self.sentences[para - 1]
        return before[-1] if before else None

    def _reach(self, at: int, paragraphs: int) -> int:
        """Where a look back from ``at`` over its paragraph and the ``paragraphs`` before it
        starts, never more than ``_REACH_SENTENCES`` sentences back: a story printed as one
        paragraph made each look a walk to its start."""
        floor = self.article.paragraphs[max(0, self._para_of(at) - paragraphs)].start
        starts = self.names.sentence_starts
        return max(floor, starts[max(0, bisect_left(starts, at + 1) - _REACH_SENTENCES)])

    def _reports(self, subject: Entity, s: int, e: int) -> bool:
        """Whether masked[s:e] opens with ``subject`` reporting speech ("Okonkwo-Reyes, who
        finished with nine catches, said he knew the ball was coming."): then an epithet
        tagging the quotation right after, in that paragraph, is them, whoever else is in
        view."""
        reporter = self._reporter_of(s, e)
        return reporter is not None and reporter.entity is subject

    def _reporter_of(self, s: int, e: int) -> Mention | None:
        """The person opening masked[s:e] by reporting speech (``_reporting_of``)."""
        reporting = self._reporting_of(s, e)
        return reporting[0] if reporting is not None else None

    def _reporting_of(self, s: int, e: int) -> tuple[Mention, re.Match[str]] | None:
        """The person opening masked[s:e] by reporting speech, past a phrase setting the scene,
        and their verb: "In a victim personal statement read to the court, Mr Kowalski, 30,
        said he had been left with a scar" (the phrase names no one who acts)."""
        lo = _words_start(self.masked, s, e)
        reporting = self._opening_reporter(lo, e)
        if reporting is None and (scene := scene_phrase_end(self.masked[lo:e])):
            after = lo + scene + len(self.masked[lo + scene : e]) - len(
                self.masked[lo + scene : e].lstrip())
            reporting = self._opening_reporter(after, e)
        return reporting

    def _opening_reporter(self, lo: int, e: int) -> tuple[Mention, re.Match[str]] | None:
        """The person whose name (its title words included) opens masked[lo:e], with the cue
        verb right after the name or after its clause set off by commas ("Harrington, whose
        best was 64, said")."""
        people = [m for m in self.names.mentions_between(lo, e) if m.entity.kind == "person"]
        if not people:
            return None
        first = people[0]
        office = self.masked[lo : self.names.run_start(first.start)]
        if len(people) > 1 and self._role_phrase_before(lo, people[1]):
            # "Henveiru head coach Ricardo Fonseca said": a team's name the index took for a
            # person's opens the role the story gives the name after it, who speaks.
            first, office = people[1], ""
        elif not office and len(people) > 1 and self.masked.startswith(
                ("’s", "'s"), first.end) and self._modifies(first, people[1]):
            # "Mr Murphy's son Ciaran Murphy, 35, said": who he is to someone, in the
            # possessive, then the one who speaks.
            first, office = people[1], ""
        if office and not self._role_phrase_before(lo, first) and not (
                _OFFICE_SET_OFF.fullmatch(office) and any(
                is_role_word(w.lower()) for w in _WORD.findall(office))) and not (
                # (Or who they are to someone, set off: "the dead man's widow, Savitri
                # Ramkissoon, said".)
                _WHOSE_SET_OFF.fullmatch(office) and is_person_noun(
                    _WORD.findall(office)[-1].lower())):
            # (Only an office set off before the name may come first: "Chairman of Cwmgarw
            # Community Council, Alasdair McKinnon, said".)
            return None
        verb = REPORTING_VERB.match(self.masked, first.end, e)
        return (first, verb) if verb is not None and verb.group("verb") in CUE_VERBS else None

    def _role_phrase_before(self, lo: int, m: Mention) -> bool:
        """Whether masked[lo:] up to ``m``'s name, its title words included, is all the role
        the name index read for it ("Henveiru head coach Ricardo Fonseca said")."""
        phrase = m.entity.role_phrase
        if not phrase:
            return False
        # (The index writes a role opening its sentence in lower case: "Veteran centre Arnas
        # Gedvilas" has "veteran centre".)
        return " ".join(self.masked[
            lo : self.names.run_start(m.start)].split()).lower() == phrase.lower()

    def _other_in_view(self, subject: Entity, at: int) -> bool:
        """Whether someone other than ``subject`` is in view at ``at``: named in this
        paragraph or the last and not quoted yet ("Alex de Minaur lost to Novak Djokovic. //
        Djokovic was too strong. “...,” the Australian said." may be de Minaur's first words),
        or the speaker of the quotation just before, named with them before it ("Hartmann hit
        Salvi. “...,” Hartmann said. // Salvi later apologised. “...,” the German said." may be
        Hartmann again), or someone unnamed
        brought in ("A man was hurt. Police chief Tom Rees spoke.")."""
        previous = self._previous_speaker(at, 2, skip_unnamed=True)
        if previous is not None and previous[1] is not subject and any(
                m.entity is subject for m in self.names.mentions_between(
                    self.article.paragraphs[max(0, previous[0].paragraphs[0] - 1)].start,
                    previous[0].spans[0][0])):
            # (Only when the two were in view together before that quotation: the exchange
            # goes on. "“...,” Lyle said. // Pietro Salvi accepted responsibility." turns to
            # someone new.)
            return True
        while self._quoted_upto < len(self.results):
            speaker = self.results[self._quoted_upto].speaker
            if speaker:
                self._quoted_names.add(speaker)
            self._quoted_upto += 1
        floor = self.article.paragraphs[max(0, self._para_of(at) - 1)].start
        # (A people, "the Scot said", is an epithet of someone, not a second person.)
        if any(m.entity is not subject and m.entity.kind == "person"
               and m.entity.shown_person and m.entity.name not in self._quoted_names
               and not _is_people_word(m.entity)
               for m in self.names.mentions_between(floor, at)):
            return True
        return any(_brings_in_one(d) for d in _DESC.finditer(self.masked, floor, at))

    def _epithet_subject(self, at: int, epithet: str, *, objects_aside: bool = False
                         ) -> Entity | None:
        """"Salvi, who was handed a penalty, accepted responsibility. “...,” the Italian said":
        a people or an age in a tag right after a quotation that opens its sentence is the
        person the sentence before is about, unless someone else is in view, or the story
        has already called them by another people or age."""
        subject = self._subject_before_quote(at, "" if epithet[:1].isupper() else epithet,
                                             objects_aside=objects_aside)
        bounds = self._sentence_before_quote(at)
        if subject is None or bounds is None or self._other_in_view(subject, at) or (
                _OBJECT_PRONOUN.search(self.masked, *bounds)):
            # ("Manager Gareth Lyle defended him. “...,” the 31-year-old said": the sentence
            # is about someone else too.)
            return None
        known = self._epithets.setdefault(id(subject), epithet)
        return subject if known == epithet else None

    def _of_a_people(self, at: int, people: str) -> Entity | None:
        """Who "the Mexican" in a tag at ``at`` is: the one who opens the sentence before the
        quotation by reporting speech; else the sole subject of the sentence before,
        the person the story follows, the one just quoted, the subject before the quotation,
        in that order, skipping anyone the story already called by another people ("The
        Irishman" two paragraphs up) or ties to another country ("US envoy John Kerry"); else
        whoever the story gave that people ("Mexican foreign minister Marcelo Ebrard"). Never
        the one person in reach by elimination: "Joe Biden met Olaf Scholz. “...,” the German
        said." is not Biden."""
        # (The sentence before the quotation the tag follows, its cue inverted or not.)
        k = bisect_right(self._quote_starts, at) - 1
        bounds = self._sentence_before_quote(self.found[k].spans[-1][1]) if k >= 0 else None
        reporter = self._reporter_of(*bounds) if bounds is not None else None
        if reporter is not None and not self._of_another_land(reporter.entity, people) and (
                self._epithets.get(id(reporter.entity), people) == people) and not (
                self._introduced_as_of(people, reporter.entity, at)):
            # "Chairman of the council, Alasdair McKinnon, said ... // “...,” said the Scot":
            # the one reporting speech right before the quotation.
            self._epithets.setdefault(id(reporter.entity), people)
            return reporter.entity
        for step in range(4):
            holder = (self._subject_just_before(at, last_paragraph=True)
                      if step == 0 else self._topic_person(at) if step == 1
                      else self._just_quoted(at) if step == 2
                      else self._epithet_subject(at, people))
            # (Not someone the story ties to another country: "US envoy John Kerry".)
            if holder is not None and self._of_another_land(holder, people):
                continue
            if holder is not None and self._epithets.get(id(holder), people) == people:
                self._epithets.setdefault(id(holder), people)
                return holder
        given = self.names.by_role(people.lower(), at)
        # "US envoy John Kerry met Mexican foreign minister Marcelo Ebrard. Kerry said ...":
        # with no one else to take it, whoever the story gave that people.
        return given if given is not None and given.kind == "person" else None

    def _introduced_as_of(self, people: str, other_than: Entity, at: int) -> bool:
        """Whether the story brought someone else in before ``at`` with ``people`` among the
        three words before their name ("Brazilian striker Leandro Vasconcelos"): "the
        Brazilian" may be them, whoever reports speech before the quotation."""
        return any(
            m.entity is not other_than and m.entity.kind == "person"
            and people in self._words_before(m.start)
            for m in self.names.mentions_between(0, at))

    def _newcomer_may_be(self, newcomer: str, noun: str, at: int) -> bool:
        """Whether "the <noun>" (a word for anyone: "the woman", "the youngster") at ``at`` may
        be the unnamed ``newcomer`` the sentence before the quotation opens with: not when the
        newcomer's words say the other sex, nor when that sentence speaks of "the <noun>"
        after them ("A coach said the youngster had a bright future"), and a word for the
        young never for a grown-up who speaks of them ("a teacher")."""
        if any_word_in(newcomer, other_sex_words(sex_of_noun(noun) or "")):
            return False
        bounds = self._sentence_before_quote(at)
        if bounds is None:
            return False
        found = self.masked.find(newcomer, bounds[0], bounds[1])
        if found < 0:
            return False
        after = found + len(newcomer)
        if re.search(rf"\bthe {noun}\b", self.masked[after : bounds[1]].lower()):
            return False
        # (Nor a grown-up who speaks of the young one: "A teacher said staff had missed the
        # signs. // “...,” the boy said".)
        return noun not in _YOUNG or not any_word_in(newcomer, _ADULT_CARERS)

    def _newcomer_before_quote(self, at: int) -> str | None:
        """The unnamed person ("One industry insider", "a senior aide") opening the sentence
        before the quotation that the tag at ``at`` follows, with no one named since."""
        bounds = self._sentence_before_quote(at)
        if bounds is None:
            return None
        text = self.masked[bounds[0] : bounds[1]]
        # (After a conjunction too: "But a senior Downing Street official said ...".)
        lead = re.match(r"\s*(?:(?:But|And|Yet|However,?)\s+)?", text)
        m = _DESC.match(text, lead.end() if lead else 0)
        if m is None or not m.group("desc").lower().startswith(_NEW_ONE):
            return None
        head = m.group("head").lower()
        if not is_person_noun(head) or is_plural(head) or head in ORG_WORDS or any(
                x.entity.kind == "person" and x.entity.shown_person
                for x in self.names.mentions_between(bounds[0] + m.end(), at)):
            return None
        return m.group("desc")

    def _of_another_land(self, holder: Entity, people: str) -> bool:
        """Whether the story ties ``holder`` to a country other than the one ``people`` is
        of: by a role ("us") or by the words before their first mention ("US envoy John
        Kerry", "British minister ...")."""
        first = self.names.first_mention(holder)
        before = self._words_before(first.start) if first is not None else []
        lands = [r for r in holder.roles if r.upper() in PLACES or r.title() in PLACES] + [
            w.lower() for w in before if w in PLACES or is_demonym(w)]
        return bool(lands) and not any(people.lower().startswith(r[:4]) for r in lands)

    def _words_before(self, start: int) -> list[str]:
        """The up to three words before a name at ``start`` that say who they are, as the
        story brings them in: "US envoy John Kerry", "Brazilian striker Leandro Vasconcelos".
        (Only the words of its own sentence: "... in Berlin on Sunday. // Amos Kiplagat".)"""
        return re.split(r"[.!?\n]", self.masked[max(0, start - 30) : start])[-1].split()[-3:]

    def _introduction(self, head: str, at: int) -> re.Match[str] | None:
        """The last "a"/"an"/"one"/"another" phrase with ``head`` in the eight paragraphs
        before ``at`` ("one promoter", "a retired private detective")."""
        # (And no more than 6,000 characters back: a story printed as one paragraph made
        # this a read of everything before each tag.)
        floor = max(self.article.paragraphs[max(0, self._para_of(at) - 8)].start, at - 6000)
        # (Its words before the noun are its own: in "a lawyer for the student" the noun is
        # the lawyer's, and "the student" someone else.)
        pattern = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:(?!{_NOT_MODIFIER}\b)"
                             rf"[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b")
        return next(reversed(list(pattern.finditer(self.masked, floor, at))), None)

    def _introduced_as(self, head: str, at: int, cue: str,
                       found: re.Match[str] | None = None) -> Attribution | None:
        """The last "a"/"an"/"one"/"another" phrase with ``head`` in the eight paragraphs before
        ``at``, with what follows it up to its verb or a comma ("A source close to the couple");
        the body named inside it for a spokesperson ("A spokesperson for Halcyon Records").
        ``found``: that phrase, when the caller has looked it up already."""
        found = found or self._introduction(head, at)
        if found is None:
            return None
        named = [m for m in self.names.mentions_between(max(0, found.start() - 80), found.start())
                 if m.entity.kind == "person"]
        if named and self.masked[named[-1].end : found.start()] == ", " and (
                head not in _SPEAKS_FOR) and not _PREPOSITION_IN.search(found.group()) and (
                # (Not a name that ends a phrase setting the scene: "In the hills above La
                # Ressource, a banana farmer ... said".)
                not self.names.closes_scene(named[-1].end)):
            # (Not "Tom Hale, a lawyer for the student": the student is someone else.)
            # "Blessing Ekanem, a 24-year-old student who said she had waited" ... "the student
            # said": the phrase is set off after her name, so it names her.
            return Attribution(named[-1].entity.name, cue, None)
        end = found.end()
        # Only the words up to a comma or a sentence's end.
        clause = re.match(r"[^,.;:!?“”\"\n]*", self.masked[end : end + 60])
        words_ = list(re.finditer(r"\s+([\w’'-]+)", clause.group() if clause else ""))
        if words_ and words_[0].group(1).lower() in _QUALIFIER_STARTS:
            # "close to the couple", "familiar with the talks", "for the utility": up to the
            # verb, a comma or five words.
            for word in words_[:5]:
                w = word.group(1)
                if w.lower() in CUE_VERBS or w.lower() in _NOT_IN_QUALIFIER or (
                        w.endswith("ed") and w.lower() not in _QUALIFIER_STARTS) or (
                        w.lower() in IRREGULAR_PAST_WORDS):
                    break  # ("A rose grower from Hereford came second": its verb.)
                end = found.end() + word.end()
        phrase = " ".join(self.masked[found.start() : end].split())
        if head in _SPEAKS_FOR:
            inside = [m.entity for m in self.names.mentions_between(found.start(), end)
                      if m.entity.kind == "org"]
            if inside:
                return Attribution(inside[-1].name, cue, None)
            body = self._spoken_for(found.end())
            if body is not None:
                return Attribution(body.name, cue, None, "organisation")
            if end > found.end() or len(found.group().split()) == 2:
                # "a spokesman for the utility", "a spokesperson": the body the story named
                # last; only "a palace spokesperson" says whose by itself.
                return None
        return Attribution(_as_description(phrase), cue, None, "description")

    def _body_of_spokesperson(self, desc: str, at: int, end: int) -> str | None:
        """Whose an unnamed spokesperson is, by a name before the noun the story never shows
        to be a person's ("a Pricewell spokesperson", "a Creative Scotland spokesman"): the
        body speaks (GUIDE: an unnamed spokesperson is their organisation). A kind of body
        alone ("a council spokesperson") stays the story's words: resolved to the one council
        named, it lost two blind quotations and three of development in round forty-four."""
        words_ = desc.split()
        mods = words_[1:-1]
        whose = " ".join(mods)
        if words_[0].lower() not in ("a", "an", "the") or not mods or not all(
                w[:1].isupper() for w in mods) or (len(mods) == 1 and is_demonym(mods[0])) or any(
                whose[: len(whose) - cut] in PLACES for cut in range(4)):
            # ("a Chinese foreign ministry spokesman", "a Ukrainian spokesperson", "a Kenya
            # spokesperson", "a Sri Lankan spokesperson", "a New Zealander": a people or a
            # place, or a people made of a place's name, not the body; "Creative Scotland",
            # "Lothian Buses" are bodies.)
            return None
        inside = self.names.mentions_between(at, end)
        if inside:
            entity = inside[-1].entity
            if entity.kind == "place" or entity.shown_person:
                # ("a Walsh spokesman": a person's spokesperson is not them.)
                return None
            return entity.name
        return whose

    def _body_before(self, at: int) -> Entity | None:
        """"National Lottery operator Allwyn confirmed the win. A spokesman said": the subject
        of the sentence before, when the story never shows it to be a person (one word, no sex,
        no given name): the body a spokesperson speaks for."""
        before = self._previous_sentence(at, last_paragraph=False)
        subject = self._sole_subject(*before) if before else None
        if subject is None or before is None or len(subject.tokens) > 1 or (
                subject.gender is not None) or is_given_name(subject.tokens[0]) or (
                subject.shown_person) or not self._titled_in(subject, *before):
            # (Only a name the story introduces by what it is, "National Lottery operator
            # Allwyn": "Mourinho left the training ground. A spokesman said" is the club's.)
            return None
        return subject

    def _spoken_for(self, end: int) -> Entity | None:
        """The body right after a spokesperson, "for Westmarch Palace", "for Meridian", which
        the name index did not know for a body: whom they speak for (a person's spokesperson,
        "for Prince Aurelian", is not the prince)."""
        m = _FOR_NAME.match(self.masked, end)
        if m is None:
            return None
        if _NOUN_AFTER_NAME.match(self.masked, m.end(1)):
            # "for the Polish embassy": the capital is a modifier of the body, no body itself.
            return None
        entity = self.names.entity_at(m.start(1), m.end(1))
        # (A sex the story's pronouns gave the name does not make it a person's: "the prince
        # had asked ... he first visited" gave Halvergate Palace a "he".)
        if entity is None or (entity.kind == "person" and (
                entity.gender_from_name or entity.roles - {"the"}
                or is_given_name(entity.tokens[0]))):
            return None
        return entity

    def _force(self, word: str, at: int, cue: str | None) -> Attribution:
        """"police said" before ``at``: the force the story named in this or the last
        paragraph, else the word itself (a force speaks as one body, as "the army" does)."""
        org = self.names.recent_org(self.article.paragraphs[max(0, self._para_of(at) - 1)].start,
                                    at, outlets=False)
        return Attribution(org.name if org is not None else word, cue, None, "organisation")

    @staticmethod
    def _described(desc: str, head: str, cue: str) -> Attribution:
        """The story's description as the speaker, when its head noun is one for people ("a
        former employee", "the doctors"); "a year", "the streets" say no one."""
        if head in FORCES:
            return Attribution(_as_description(desc), cue, None, "organisation")
        if _SIMPLE_PAST_ONLY.search(desc):
            # "The response drew laughter": a sentence read as a noun phrase (its last word
            # only ends like a word for people) is no one to credit.
            return Attribution(None, cue, None)
        words_ = desc.lower().split()
        if is_person_noun(head) or is_body_by_work(head) or head in COLLECTIVE_NOUNS or (
                # (The part of a crowd of some people: "the student section chanted".)
                head == "section" and len(words_) > 1 and is_person_noun(words_[-2])):
            # (A group of people too, "the jury said", as "the family said" is.)
            return Attribution(_as_description(desc), cue, None, "description")
        return Attribution(None, cue, None)

    def _outlet_named(self, word: str, at: int) -> Entity | None:
        """The one outlet before ``at`` whose name ends with ``word`` ("New York Times")."""
        found = {m.entity.name: m.entity for m in self.names.mentions_between(0, at)
                 if m.entity.kind != "person" and m.entity.name.split()[-1] == word
                 and len(m.entity.name.split()) > 1}
        return next(iter(found.values())) if len(found) == 1 else None

    def _body_quoted_last(self, at: int) -> Entity | None:
        """"USKOK said after the verdict that the sentence sent “...”. // “...,” the statement
        read.": the body quoted last, in this paragraph or the one before, whose statement a
        story that never brought one in means; only when no one else is named since
        ("Governor Lee defended the cuts. “...,” the statement said" is his)."""
        latest = next(self._quotations_back(at, 1), None)
        if latest is None or not latest[1].speaker:
            return None
        previous, given = latest
        body = next((e for e in self.entities if e.name == given.speaker), None)
        if body is None or body.kind != "org" or any(
                m.entity is not body and m.entity.kind in ("person", "org")
                for m in self.names.mentions_between(previous.spans[-1][1], at)):
            return None
        return body

    def _document_author(self, head: str, at: int) -> Attribution | None:
        """Who issued "the statement" or "the clip": named where the story introduced it.

        The nearest earlier sentence, in this or the two paragraphs before, that names the
        document: with a person or body right before it ("... issued a statement", "Clinton's
        new ad"), or as where its subject spoke ("the US military said in a statement", "The
        company denied the claims in a statement"); None when the story only says to whom it
        went ("sent a letter to the NAACP"). A post or a tweet the story brought in by its verb
        alone ("X posted on its Facebook page"), just before, is that verb's subject's.
        """
        para = self._para_of(at)
        # (At most 3,000 characters back: a story printed as one paragraph made every "the
        # statement said" read the whole story before it, quadratic in its tags.)
        floor = max(self.article.paragraphs[max(0, para - 3)].start, at - 3000)
        names = "|".join(_SAME_DOCUMENT.get(head, (head,)))
        word = re.compile(rf"\b(?:{names})s?\b")
        start, _ = self._sentence(para, at)
        # The document's own sentence counts up to its noun: "Halloran Families Together said
        # in a statement posted on its website that it was “...”".
        own = re.compile(rf"\s*(?:(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?)?(?:{names})s?\b").match(
            self.masked, at)
        for m in reversed(list(word.finditer(self.masked, floor, own.end() if own else start))):
            s0, _ = self._sentence(self._para_of(m.start()), m.start())
            by = _DOCUMENT_FROM.match(self.masked, m.end())
            if head in FORECAST_DOCUMENTS and word.search(self.masked, s0, m.start()) and not (
                    by or _ISSUED.search(self.masked, s0, m.start())
                    or _MADE_BY.match(self.masked, m.end())):
                # A forecaster's document named again in its sentence is the first naming's
                # ("In its latest alert, DFES said residents in the yellow alert area needed to
                # act", "... issued a warning, but many ignored the warning and stayed"), unless
                # this naming brings in its own issuer ("the Met Office issued a yellow warning
                # for wind", "a warning issued by the SES").
                continue
            if by is not None:
                # "A victim impact statement from the club's chairman, Phil Garside, was read
                # to the court", "a statement written by his mother, Losa Fonoti": its author
                # (never "read by" its reader).
                author = self._named_from(by.end())
                venue = _IN_DOCUMENT.search(self.masked, s0, m.start()) if (
                    author is not None) else None
                signer = next((x for x in self.names.mentions_between(by.end(), by.end() + 120)
                               if x.entity is author), None) if author is not None else None
                if signer is not None and _OPENING_VENUE.fullmatch(self.masked, s0, m.start()):
                    # "In a statement signed by his lawyer, Mark Reid, the footballer said": the
                    # one who speaks after the phrase, never the signer set off inside it (no
                    # one when the words after it name no one).
                    s1 = self._sentence(self._para_of(m.start()), m.start())[1]
                    return self._subject_after_opening(signer.end, s1)
                if venue is not None and self.masked[s0 : venue.start()].strip():
                    # "Nana Ofori Kwasi Amankwatia III, in a statement signed by his Secretary,
                    # Mr Kofi Owusu-Sekyere, said": the one it speaks for, not who signed it
                    # (no one when the subject is no one the story names).
                    subject = self._subject_of(s0, venue.start())
                    if subject is not None or "signed" in by.group():
                        return subject
                    # ("The remarks were echoed in a communiqué issued by the Office of the
                    # President": a sentence about no one; who issued it is its author.)
                if author is not None:
                    return Attribution(author.name, None, None)
            of_body = _OF_BODY.match(self.masked, m.end())
            body = next(iter(self.names.mentions_between(of_body.end(), of_body.end() + 1)),
                        None) if of_body else None
            if body is not None and body.entity.kind == "org" and self.masked[
                    body.end : body.end + 2] not in ("’s", "'s"):
                # "the annual report of the Hellenic Union of Ocean Carriers": a body's, by "of"
                # (only a body, and not one whose something the report is of: "a report of
                # abuse", "the letter of Mr Hale", "a report of the agency’s failures").
                return Attribution(body.entity.name, None, None, "organisation")
            mentions = [x for x in self.names.mentions_between(s0, m.start())
                        if x.entity.kind in ("person", "org")]
            if len(mentions) == 1 and mentions[0].entity.kind == "org" and _ITS_DOCUMENT.search(
                    self.masked, s0, m.start()) and self.names.run_start(mentions[0].start) <= (
                    _words_start(self.masked, s0, m.start(), _SPACE_AND_MARKS) + 4):
                # "The Maricopa County Department of Public Health has confirmed 41 deaths,
                # according to its weekly surveillance report": "its" is the body that opens
                # the sentence, the only one it names ("The ministry said the Red Cross had
                # confirmed ..., according to its report" may be either's).
                return Attribution(mentions[0].entity.name, None, None, "organisation")
            writer = next((x for x in self.names.mentions_between(m.end(), m.end() + 40)
                           if x.entity.kind == "person"), None)
            if writer is not None and not _REPLIED_TO.search(
                    self.masked, max(0, m.start() - 30), m.start()) and _WRITER_BETWEEN.fullmatch(
                    self.masked, m.end(), self.names.run_start(writer.start)) and (
                    _WROTE_IT.match(self.masked, writer.end)):
                # "a letter Foley had written to the family": the one who wrote it, named
                # right after it (not a letter answered: "the reply from the council to a
                # letter Foley had written").
                return Attribution(writer.entity.name, None, None)
            between = self.masked[mentions[-1].end : m.start()] if mentions else ""
            aside = _APPOSITIVE.match(between)
            if mentions and (_ISSUED.match(between) or (
                    aside is not None and _ISSUED.match(between[aside.end() :]))):
                # ("Kang, the group's 24-year-old leader, posted a handwritten letter",
                # "Vangelis Stamatopoulos, who watched from the box, issued a statement": words
                # set off after the name.)
                return Attribution(mentions[-1].entity.name, None, None)
            if _OPENING_VENUE.fullmatch(self.masked, s0, m.start()):
                # "In a statement issued on Wednesday night, Kestrel Motors said": the venue
                # opens the sentence, and its subject follows the phrase's comma.
                return self._subject_after_opening(m.end(), self._sentence(
                    self._para_of(m.start()), m.start())[1])
            venue = _IN_DOCUMENT.search(self.masked, s0, m.start())
            if venue:
                return self._subject_of(s0, venue.start())
            if mentions and m.start() < start:
                # (Its own sentence only names its issuer, never rules out an earlier one:
                # "The board has approved Ananya Saraogi ..., the filing said.")
                return None
        verb = _POSTED.get(head)
        # (Only in this paragraph or the one before, and online: "posted a loss", "posted
        # bail", "was posted to Helmand" bring in no post.)
        near = max(floor, self.article.paragraphs[max(0, para - 1)].start)
        posted = list(verb.finditer(self.masked, near, start)) if verb else []
        online = len(posted) == 1 and _ONLINE_AFTER.search(
            self.masked, posted[0].end(), posted[0].end() + 60) is not None
        if not posted and head == "post":
            # (Its place is in the match: "shared the news on its Facebook page".)
            posted = [m for m in _SHARED_ON.finditer(self.masked, near, start)
                      if not _PASSIVE_BEFORE.search(self.masked, max(0, m.start() - 30),
                                                    m.start())]
            online = len(posted) == 1 and not self._shared_again(posted[0], floor)
        if online:
            # "Keep Ellis Neighborly posted on its Facebook page ... // “...,” the post read":
            # a post the story brought in by its verb alone is its subject's. (Not one of two
            # posters, nor one someone else reports: "Hale said the senator had tweeted".)
            s0, _ = self._sentence(self._para_of(posted[0].start()), posted[0].start())
            if not any(w in CUE_VERBS for w in _LOWER_WORD.findall(
                    self.masked, s0, posted[0].start())):
                return self._subject_of(s0, posted[0].start() + len(posted[0].group().split()[0]))
        return None

    def _shared_again(self, shared: re.Match[str], floor: int) -> bool:
        """Whether what ``shared`` shares is something the story brought in before ("posted a
        video on Facebook ... Councillor Hollis had shared the video on her own page"): a post
        of someone else's, shared again."""
        obj = _SHARED_OBJECT.match(shared.group())
        return obj is not None and re.search(
            rf"\b(?:[Aa]n?)\s+(?:[\w-]+\s+)?{re.escape(obj.group(1))}\b",
            self.masked[floor : shared.start()]) is not None

    def _maker_after(self, end: int) -> Entity | None:
        """Who made the document whose noun ends at ``end``: ", filed by X", "from X"; when the
        words after "from" go on to a "by", the one after it ("A report from Rafah by Médecins
        Sans Frontières", "An email from Friday, sent by ..."); never a place."""
        by = _MADE_BY.match(self.masked, end) or _DOCUMENT_FROM.match(self.masked, end)
        if by is None:
            return None
        later = _THEN_BY.match(self.masked, by.end()) if by.group().rstrip().endswith(
            "from") else None
        maker = self._named_from(later.end() if later else by.end())
        return maker if maker is None or maker.kind != "place" else None

    def _named_from(self, at: int) -> Entity | None:
        """The person or body named right after ``at`` ("Harlow Foods"; "the club's chairman,
        Phil Garside", a name set off after a few words for them); a name ending in "’s" is
        whose the author is ("Mr Fonoti's mother, Losa Fonoti": her), no one unless a name is
        set off after it."""
        clause = _CLAUSE_END.search(self.masked, at, at + 120)
        end = clause.start() if clause else at + 120
        found = [x for x in self.names.mentions_between(at, end)
                 if x.entity.kind in ("person", "org")]
        if not found:
            return None
        # (Up to the title that opens the name's run: "the hospital’s civil surgeon, Dr Anil
        # Kumar Dubey".)
        first, lead = found[0], self.masked[at : max(at, self.names.run_start(found[0].start))]
        if len(lead.split()) > 5 or ("," in lead and not lead.endswith(", ")):
            return None
        if _LEAD_PREPOSITION.search(lead) and not lead.endswith(", "):
            # "a statement from the family of Kwabena Osei", "a letter from residents to Cllr
            # Joan Pike", "a report by inspectors on HMP Harlow": a name after a preposition
            # is whom the document is about or for, not its author ("from the club's head of
            # security, Ray Dobbs," still names him, set off).
            return None
        if not possessive(self.masked[first.start : first.end + 2].rstrip()):
            # (Nor "Gittens’ mother, Audrey Gittens": an s-name's bare apostrophe.)
            return first.entity
        apposed = next((x for x in found[1:] if self.masked[:x.start].endswith(", ")), None)
        if apposed is None or apposed.entity.kind != "person" or len(
                self.masked[first.end : apposed.start].split()) > 4:
            return None
        return apposed.entity

    def _name_set_off_at(self, at: int) -> Attribution | None:
        """The person or body named set off by commas right at ``at`` (", Prof Helen Marsh,"),
        when a subject's verb follows it."""
        apposed = _APPOSED_NAME.match(self.masked, at)
        if apposed is None:
            return None
        named = next((m for m in self.names.mentions_between(at, apposed.end())
                      if m.entity.kind in ("person", "org")), None)
        if named is None or not self._verb_at(apposed.end()):
            return None
        return Attribution(named.entity.name, None, None)

    def _subject_after_opening(self, start: int, end: int) -> Attribution | None:
        """The name opening the clause after the first comma in masked[start:end], when a
        verb follows it ("..., Kestrel Motors said it was disappointed")."""
        comma = self.masked.find(",", start, end)
        if comma < 0:
            return None
        lead_at = comma + 1 + len(self.masked[comma + 1 : end]) - len(
            self.masked[comma + 1 : end].lstrip())
        pronoun = _NP.match(self.masked, lead_at, end)
        if pronoun is not None and pronoun.group("pronoun") in ("he", "she") and (
                self._verb_at(pronoun.end())):
            # "In a statement sent to Nature by his lawyer, he said that he ...": the one the
            # pronoun stands for, as its quotation there is.
            got = self._resolve(pronoun, 0, "said")
            return Attribution(got.speaker, None, None, got.kind) if got.speaker else None
        described = _DESC.match(self.masked, lead_at, end)
        # "In a statement, the university's vice-chancellor, Prof Helen Marsh, said": the name
        # set off after the description.
        set_off = self._name_set_off_at(described.end()) if described is not None else None
        if set_off is not None:
            return set_off
        if described is not None and described.group("desc").lower().startswith("the ") and (
                self._verb_at(described.end())):
            # "In a statement released two hours later, the district attorney's office said":
            # the body or person the story's words there stand for.
            got = self._resolve(described, 0, "said")
            return Attribution(got.speaker, None, None, got.kind) if got.speaker else None
        force = _FORCE_WORD.match(self.masked, lead_at, end)
        if force is not None and force.group().lower() in FORCES and self._verb_at(force.end()):
            # "In a release issued on Sunday, police said": as "police said" in a speech tag.
            return self._force(force.group().lower(), lead_at, None)
        if described is not None and described.group("head") and (
                described.group("head").lower() in _SPEAKS_FOR):
            # "In a statement, a spokesperson for the Department of Primary Industries said":
            # the body they speak for, when its name ends the subject.
            body = self._spoken_for(described.end())
            spoken = next((m for m in self.names.mentions_between(described.end(), end)
                           if m.entity is body), None)
            if body is not None and body.kind == "org" and spoken is not None and (
                    self._verb_at(spoken.end)):
                # (Only a body: "a spokesperson for Rihanna" speaks for her, in her name.)
                return Attribution(body.name, None, None, "organisation")
        first = next(iter(self.names.mentions_between(comma, end)), None)
        # (The owner opens the clause: "lawyers for the family said Okoro’s employer, Zenith
        # Bank, had ignored" names the bank inside what they said.)
        owned = _OWNER_OF_APPOSED.match(self.masked, first.end) if first is not None and (
            self.names.run_start(first.start) == lead_at) else None
        # "In a victim impact statement read to the court by Powery, Whittaker’s mother, Lorna
        # Whittaker, described": the name set off after a named one's kin, post or body
        # ("Dumalagan's talent management agency, Northstar Talent Management,").
        set_off = self._name_set_off_at(owned.end()) if owned is not None else None
        if set_off is not None:
            return set_off
        if first is None or first.entity.kind not in ("person", "org") or not self._verb_at(
                first.end):
            return None
        # (A word or two for what the name is may come first: "In a note to clients, brokerage
        # Mistry & Bhatt Capital said".)
        # (A title is the name's own: "In a letter read at Mass, Bishop Anthony Ogunleye".)
        lead = self.masked[comma + 1 : self.names.run_start(first.start)].split()
        if len(lead) > 2 or not all(w.isalpha() and w.islower() and w not in CUE_VERBS
                                    and w not in LINK_WORDS for w in lead):
            # ("lawyers for Kwabena Owusu said", "relatives of Margaret Doyle said": whose
            # words, not the name's.)
            return None
        return Attribution(first.entity.name, None, None)

    def _subject_of(self, start: int, end: int) -> Attribution | None:
        """The subject of the clause that masked[start:end] is, up to its verb phrase: the
        name right before a closing verb ("the US military said"), else the clause's first
        ("The company flat-out denied the allegations"); a person, a body or a description,
        never another document."""
        text = self.masked[start:end].rstrip()
        # (The body's initials in brackets may end it: "The Department of Local Governance
        # and Disaster Management (DLGDM) in a press release said".)
        text = _INITIALS_AT_END.sub("", text)
        set_off = text.endswith(",")
        if set_off:
            # "the Ministry of Interior, in a statement issued in Islamabad, said": the venue
            # is set off inside the clause, after its subject, and no verb has come yet.
            text = text[:-1]
        lo = _scene_end(text)
        verb = None if set_off else re.search(r"[a-z][\w’'-]*$", text)
        if verb is None and not set_off:
            return None
        if verb is not None and (
                verb.group() in CUE_VERBS | STANCE_VERBS or verb.group().endswith("ed")):
            clause = _CLAUSE_SET_OFF.search(text, lo, verb.start())
            first = self._first_np(text, lo, clause.start(), start) if clause else None
            if clause and first is not None and first.group("name") and _INITIALS_AFTER.fullmatch(
                    text, first.end(), clause.start()):
                # "The Inspectorate of Government (IG), which carried out a parallel
                # investigation, said in a statement": the name before a clause set off with
                # "which" or "who" (its initials between), not a noun inside the clause.
                np: re.Match[str] | None = first
            else:
                np = self._last_np(text, lo, verb.start(), start)
        else:
            np = self._first_np(text, lo, len(text), start)
        if np is None or (np.group("head") or "").lower() in _DOCUMENTS:
            return None
        got = self._resolve(np, start, "said")
        return got if got.speaker else None

    def _quotations_back(self, at: int, reach: int) -> Iterator[tuple[Found, Attribution]]:
        """The quotations before ``at``, latest first, that end at most ``reach`` paragraphs
        before ``at``'s, each with what the story gave it."""
        para = self._para_of(at)
        for j in range(len(self.results) - 1, -1, -1):
            last = self.found[j]
            if para - last.paragraphs[-1] > reach:
                return
            yield last, self.results[j]

    def _quoted_back(self, at: int, reach: int) -> Iterator[tuple[Found, Entity | None]]:
        """The quotations before ``at``, latest first, that end at most ``reach`` paragraphs
        before ``at``'s, each with the named speaker the story gave it (None when unnamed)."""
        for last, got in self._quotations_back(at, reach):
            yield last, self.people.get(got.speaker) if got.speaker else None

    def _previous_speaker(self, at: int, reach: int, *, skip_unnamed: bool = False
                          ) -> tuple[Found, Entity] | None:
        """The quotation just before ``at`` and the named speaker the story gave it, when it
        ends at most ``reach`` paragraphs before ``at``'s; with ``skip_unnamed``, the latest
        such quotation with a named speaker, quotations with none in between passed over."""
        for last, entity in self._quoted_back(at, reach):
            if entity is not None:
                return last, entity
            if not skip_unnamed:
                return None
        return None

    def _last_unnamed_quoted(self, at: int, reach: int) -> tuple[Found, str, str] | None:
        """The quotation just before ``at``, ending at most ``reach`` paragraphs before it,
        when its speaker is a newcomer the story left unnamed ("a woman who was at the club",
        "one of the witnesses"): the quotation, the description and its head noun."""
        last, got = next(self._quotations_back(at, reach), (None, None))
        if last is None or got is None or got.kind != "description" or not got.speaker or (
                last.spans[-1][1] > at) or not got.speaker.lower().startswith(_NEW_ONE):
            return None
        desc = _DESC.match(got.speaker)
        head = desc.group("head").lower() if desc else got.speaker.split()[-1].lower()
        return last, got.speaker, head

    def _described_just_before(self, pronoun: str, at: int) -> str | None:
        """The unnamed speaker of the quotation just before ``at`` (in this paragraph or the
        one before), when the story names no person since and the words up to their noun
        give the pronoun's sex: "“...,” the woman said. // She said she left early. “...,"
        she added" goes on with the woman, not a woman named before her."""
        quoted = self._last_unnamed_quoted(at, 1)
        if quoted is None:
            return None
        last, speaker, head = quoted
        if not _sex_words_up_to(speaker, head) & sex_words(pronoun):
            return None
        if any(m.entity.kind == "person"
               for m in self.names.mentions_between(last.spans[-1][1], at)):
            return None
        return speaker

    def _described_quoted_before(self, noun: str, at: int) -> str | None:
        """The description of the unnamed newcomer ("a taxi driver", "a Lerwick-based
        shipbroker") who spoke the last quotation before ``at``, within two paragraphs, when
        "the <noun>" may be them: a noun for anyone of their sex ("the man"), or one of the
        same stem as theirs ("the broker"); and no other unnamed person brought in since."""
        quoted = self._last_unnamed_quoted(at, 2)
        if quoted is None:
            return None
        last, speaker, head = quoted
        if not is_person_noun(head) and not is_person_noun(singular(head)) and not (
                head.endswith("es") and is_person_noun(head[:-2])):
            return None  # ("a new case report" is no "the patient")
        if noun not in _ANYONE and not _same_stem(noun, head):
            return None  # ("the judge said" after a neighbour is quoted: someone else)
        said = _sex_words_up_to(speaker, head)
        if (noun in FEMALE_WORDS and said & MALE_WORDS) or (
                noun in MALE_WORDS and said & FEMALE_WORDS):
            return None
        since = last.spans[-1][1]
        for para in range(self._para_of(since), self._para_of(at) + 1):
            starts = self._sentence_starts(para)
            # (From the quotation on only: a story printed as one paragraph made a walk of
            # all its sentences per tag.)
            for s0, e0 in self.sentences[para][bisect_left(starts, since) :]:
                if s0 >= at:
                    break
                opening = _opening_person(self.masked[s0:e0])
                if opening is not None and opening.group("desc").lower().startswith(
                        _NEW_ONE) and is_person_noun(opening.group("head").lower()):
                    return None  # ("A taxi driver parked near the pier said ...": new)
        return speaker

    def _person_since(self, last: Found, entity: Entity, at: int) -> bool:
        """Whether someone other than ``entity`` is named between quotation ``last`` and ``at``."""
        found = self.names.mentions_between(last.spans[-1][1], at)
        return any(m.entity is not entity and m.entity.kind == "person" and not (
            # (Not a name heading the person's own role right before them, as ``_modifies``
            # reads one: "said Kandy SC captain Dinuka Amarasekara".)
            k + 1 < len(found) and found[k + 1].entity is entity
            and self._modifies(m, found[k + 1]))
            for k, m in enumerate(found))

    def _is_epithet(self, entity: Entity, at: int, written: str) -> bool:
        """Whether the capitals at ``at`` are an epithet, not a name: "the Oklahoma Republican",
        "The Welshman", "the Spaniard" (a person's name takes no "the")."""
        whole = written.rstrip(".,;:!?")
        said = whole.split()
        if len(entity.tokens) >= 2 and said[-1] == entity.tokens[-1] and (
                len(said) < len(entity.tokens) or entity.shown_person) and (
                not entity.tokens[-1].isupper()) and not any(
                t.endswith(("’s", "'s")) for t in entity.tokens):
            # The surname of someone named in full is theirs, whatever its ending or the words
            # before it ("the 29-year-old Qureshi", "the 14th-ranked Schwartzman", "the media
            # analyst Priya Venkataraman" end like "Israeli", "Welshman", "Ukrainian"; not "the
            # CFO" after "Hanford's CFO").
            return False
        demonym = is_demonym(whole) or is_demonym(said[-1])
        # ("the 36-year-old New Zealander": an age or an adjective may stand after "the".)
        return (not entity.shown_person or demonym) and entity.kind == "person" and (
            _THE_BEFORE.search(self.masked, max(0, at - 40), at) is not None
            or written.startswith("The ")
        ) and (entity.tokens[-1].lower() in role_words() | TITLES | PARTIES or demonym)

    def _before_this_quotation(self, at: int) -> int:
        """``at``, or where the quotation being attributed opens when that is earlier."""
        k = len(self.results)
        return min(at, self.found[k].spans[0][0]) if k < len(self.found) else at

    def _just_quoted(self, at: int, noun: str = "") -> Entity | None:
        """The person quoted last, in this paragraph or the one before, when no one else is
        named between that quotation and ``at``: "“...,” Arbeloa said. // Asked about his job,
        the Spaniard shrugged." An epithet right after someone's words is them. With ``noun``,
        not someone of the other sex, nor one the story gave other roles and not this one."""
        # (Counted from where the quotation opens: a tag after a quotation of two paragraphs
        # stands two after the last one.)
        previous = self._previous_speaker(self._before_this_quotation(at), 1)
        if previous is None or self.results[-1].kind:
            return None
        last, entity = previous
        if entity.kind != "person" or self._person_since(last, entity, at):
            return None
        sex = sex_of_noun(noun)
        roles = _offices(entity.roles)
        if (sex and entity.gender not in (sex, None)) or (
                is_role_word(noun) and roles and noun not in roles):
            return None
        return entity

    def _body_just_quoted(self, at: int, head: str) -> str | None:
        """"the Timpanogos Heights Academy governing board said ... “...” // “...,” the board
        said": a body the story described rather than named, quoted just before in this
        paragraph or the one before, with no body named since, is "the ``head``" its
        description ends in."""
        if not self.results:
            return None
        last, quoted = self.results[-1], self.found[len(self.results) - 1]
        if last.kind != "organisation" or not last.speaker or (
                last.speaker.split()[-1].lower() != head) or quoted.spans[0][0] >= at or (
                self._para_of(at) - quoted.paragraphs[-1] > 1):
            return None
        # (From that quotation's end to where this one opens: names inside this one's words
        # are no narration.)
        since, until = quoted.spans[-1][1], self._before_this_quotation(at)
        if any(m.entity.kind == "org" for m in self.names.mentions_between(since, until)):
            return None
        # (Nor another body described by the same noun between: "The doctors' union ... did
        # not back the strike. “...,” the union said." Words of the body's own description
        # before the noun, "the governing board said", are that body's.)
        own = {w.lower() for w in last.speaker.split()} | {"the", "its"}
        between = self.masked[since:until]
        for other in re.finditer(rf"\b{re.escape(head)}\b", between, re.IGNORECASE):
            # (The two words before it only, read from a bounded window: the narration
            # between two quotations may be a long paragraph.)
            if not all(w.lower() in own for w in re.findall(
                    r"[\w’'-]+", between[max(0, other.start() - 60) : other.start()])[-2:]):
                return None
        return last.speaker

    def _topic_person(self, at: int) -> Entity | None:
        """The story's central person when they were also the last one quoted, nearby.

        "the Vermont senator acknowledged" in a story about Sanders, just after a quotation of
        Sanders: a description no one was given is, in news writing, the person the story is
        following at that point.
        """
        central = self.names.central_person()
        if central is None or not self.results:
            return None
        for j in range(len(self.results) - 1, -1, -1):
            if self.found[j].spans[0][0] >= at:
                continue
            if self._para_of(at) - self.found[j].paragraphs[-1] > 2:
                return None
            if self.results[j].speaker:
                return central if self.results[j].speaker == central.name else None
        return None

    def _aged(self, desc: str, age: int, at: int, cue: str) -> Attribution:
        """"The 56-year-old said": the person the story gave that age ("Jose Mourinho, 56,",
        "the 56-year-old Mourinho"); else the one person named in the last three paragraphs,
        or the story's central person named there with no one of known sex named since; else
        the story's own words."""
        ages = self._ages_stated()
        aged = [entity for entity, said, _ in ages.values() if age in said]
        if len(aged) > 1:
            # (Two people of that age: "Kai Okafor, 19, and Ben Mills, 19," leave "the
            # 19-year-old" as the story's own words.)
            return Attribution(_as_description(desc), cue, None, "description")
        stated = aged[0] if aged else None
        noun = desc.split()[-1].lower()
        said_sex = sex_of_noun(noun)
        if stated is not None and said_sex is not None and stated.gender not in (said_sex, None):
            # ("Director Mihai Ionescu, 34, and his lead actress ... the 34-year-old actress
            # said": the age is his, the noun says someone else.)
            stated = None
        # Only an age set off in full rules someone out: "Joe Root, 104 not out" states a
        # score, "Tom Hale, 61," an age.
        aged_otherwise = {key for key, (_, _, sure) in ages.items() if sure}
        if stated is not None:
            return Attribution(stated.name, cue, None)
        # Nor anyone who spoke of the one that age: "Detective Garda Joe Lynch said the
        # 77-year-old from Navan was “devastated”" is not the 77-year-old.
        aged_otherwise |= self._spoke_of_age(age, at)
        if 13 <= age <= 19:
            # "Teenage striker Ismael Naliupis scored twice ... “...,” the 19-year-old said":
            # the one person the story called a teenager, when it gave no one that age (nor
            # brought in someone unnamed of that age: "A 17-year-old hawker ... the
            # 17-year-old said").
            teens, unnamed = self._teenagers()
            called = {id(e): e for start, e in teens
                      if start < at and id(e) not in aged_otherwise}
            if len(called) == 1 and unnamed.get(age, at) >= at:
                return Attribution(next(iter(called.values())).name, cue, None)
        holder = self.names.by_role(noun, at) if is_role_word(noun) and (
            desc.lower().startswith("the ")) else None
        if holder is not None and holder.kind == "person":
            # "chairman Harish Saraogi ... the 74-year-old chairman said": the one the story
            # gave the office, as "the chairman said" is; an age is one more fact, and another
            # age says someone else ("chairman Tom Hale, 61," is no 74-year-old chairman).
            if id(holder) in aged_otherwise:
                return Attribution(_as_description(desc), cue, None, "description")
            return Attribution(holder.name, cue, None)
        got = self._followed(desc, noun, f"{age}-year-old {noun}", at, cue, minor=age < 18,
                             age=age, other_age=lambda e: id(e) in aged_otherwise)
        unnamed_at = self._unnamed_ages().get(age)
        followed = self.people.get(got.speaker or "") if got.kind is None else None
        if unnamed_at is not None and unnamed_at < at and followed is not None and (
                followed.roles - {"the"} - _HONORIFICS):
            # "An 81-year-old widow lost her savings ... Commander Peter Mwanzia said ... “...,”
            # said the 81-year-old": the one the story brought in unnamed at that age, not the
            # official in reach. (Only someone the story gives a post: the unnamed one may be
            # named later, "A 34-year-old roofer was charged ... Trevor Ashgrove".)
            return Attribution(_as_description(desc), cue, None, "description")
        return got

    def _unnamed_ages(self) -> dict[int, int]:
        """Where the story first brings in someone unnamed of each age, with no full name in
        the rest of that sentence: "An 81-year-old widow from Kisumu lost", "a council worker,
        39, was", by age. Once per story."""
        if self._unnamed_aged is None:
            self._unnamed_aged = {}
            starts = self.names.sentence_starts
            for found in _UNNAMED_ANY_AGE.finditer(self.masked):
                age = int(found.group("age") or found.group("set_off"))
                if age in self._unnamed_aged:
                    continue
                k = bisect_right(starts, found.end())
                stop = starts[k] if k < len(starts) else len(self.masked)
                # (Named only by a full name: "from Derry" is a place the index may take for
                # a given name; "A 54-year-old bus driver, Sean Kelly, has won" names him.)
                if not any(
                        m.entity.kind == "person" and len(m.entity.tokens) > 1
                        for m in self.names.mentions_between(found.end(), stop)):
                    self._unnamed_aged[age] = found.start()
        return self._unnamed_aged

    def _spoke_of_age(self, age: int, at: int) -> set[int]:
        """The people a sentence in the 6,000 characters before ``at`` has speak of "the
        N-year-old" or of someone "N" ("Supt Tom Walsh said the 25-year-old had co-operated",
        "Const. Dani McKinnon said the woman, 70, had sent money"), by ``id``."""
        # (Each age is read through the story once: per tag, a live blog repeating "the
        # 30-year-old" read its last 6,000 characters again for every quotation.)
        found = self._spoken_of.get(age)
        if found is None:
            found = self._spoken_of[age] = self._spoke_of(age)
        starts, ids = found
        return set().union(*ids[bisect_left(starts, at - 6000) : bisect_left(starts, at)])

    def _spoke_of(self, age: int) -> tuple[list[int], list[set[int]]]:
        """Where the story writes the age, "N-year-old" or ", N,", in order, with the people
        whose sentence there speaks of that one (``_spoke_of_age``)."""
        found: list[tuple[int, set[int]]] = []
        for word in (f"{age}-year-old", f", {age},"):
            pos = self.masked.find(word)
            while pos >= 0:
                if not (pos > 0 and self.masked[pos - 1].isdigit()):
                    # (Not "5-year-old" inside "25-year-old".)
                    found.append((pos, self._speaking_of(pos)))
                pos = self.masked.find(word, pos + len(word))
        found.sort(key=lambda f: f[0])
        return [f[0] for f in found], [f[1] for f in found]

    def _speaking_of(self, pos: int) -> set[int]:
        """The people before ``pos`` in its sentence who speak of the one written there: by a
        cue verb in their own clause ("Supt Tom Walsh said the 25-year-old"; "Holeček, the
        19-year-old from Brno, scored" sets the age off after its own name), or with the age as
        their clause's object ("Coroner Graeme Hughes heard evidence from the 47-year-old"); not
        across a clause word ("Naliupis scored twice as fans chanted for the 19-year-old" is the
        fans' chant)."""
        out: set[int] = set()
        opens = self.names.sentence_start(pos)
        the = _THE_BEFORE_AGE.search(self.masked, max(0, pos - 14), pos)
        object_at = the.start() if the is not None and makes_object(
            self.masked, max(0, the.start() - 40), the.start()) else None
        for m in self.names.mentions_between(opens, pos):
            if m.entity.kind != "person":
                continue
            cue = cue_word(self.masked, m.end, pos)
            upto = cue.start() if cue is not None else object_at
            if upto is not None and upto >= m.end and not _CLAUSE_WORD.search(
                    self.masked, m.end, upto):
                out.add(id(m.entity))
        return out

    def _teenagers(self) -> tuple[list[tuple[int, Entity]], dict[int, int]]:
        """The people the story calls teenagers by a word before their name ("Teenage striker
        Ismael Naliupis"), with where; and where it first brings in someone unnamed of each
        age ("a 17-year-old hawker"). Once per story: a scan per tag made long stories slow."""
        if self._teens is None:
            teens = [(m.start, m.entity) for m in self.names.mentions
                     if m.entity.kind == "person" and _TEENAGE_BEFORE.search(
                         self.masked, max(0, self.names.run_start(m.start) - 30),
                         self.names.run_start(m.start))]
            unnamed: dict[int, int] = {}
            for found in _UNNAMED_AGE.finditer(self.masked):
                unnamed.setdefault(int(found.group(1)), found.start())
            self._teens = (teens, unnamed)
        return self._teens

    def _ages_stated(self) -> dict[int, tuple[Entity, set[int], bool]]:
        """The ages the story states for each person, by entity, in the order first stated,
        and whether one is surely an age (set off by a second comma or said "-year-old")."""
        if self._stated_ages is None:
            # (Once per story: a scan of every mention per tag made long stories slow.)
            self._stated_ages = {}
            for m in self.names.mentions:
                # ("The 47-year-old Russian specialist": a nationality, no one.)
                if m.entity.kind != "person" or _is_people_word(m.entity):
                    continue
                # ("Wren, 19,", "Wren, the 19-year-old qualifier", "Pike, a 22-year-old
                # rookie", "Sonam Penjor, his 19-year-old grandson", "the 19-year-old Wren";
                # not "Lee, the 27-year-old's agent" nor "Cole, the 20-year veteran".)
                after = _AGE_AFTER_NAME.match(self.masked, m.end)
                before = _AGE_BEFORE_NAME.search(self.masked, max(0, m.start - 36), m.start)
                if before is not None and before.group("noun") and (not is_person_noun(
                        before.group("noun")) or any(
                            w in CUE_VERBS or w.endswith("ed")
                            for w in (before.group("mods") or "").split())):
                    # ("a 17-year-old in Grade 11", "the 21-year-old told Tatoli"; a verb
                    # before a role is the age's own, "The 19-year-old thanked head coach
                    # Marco Rivet".)
                    before = None
                for found in (after, before):
                    if found is not None:
                        entity, said, sure = self._stated_ages.get(
                            id(m.entity), (m.entity, set(), False))
                        said.add(_age_number(found.group(1) or found.group(2) or found.group(3)))
                        sure = sure or found is before or not found.group(1) or self.masked[
                            found.end() : found.end() + 1] == ","
                        self._stated_ages[id(m.entity)] = (entity, said, sure)
            for found in _PRONOUN_AGE.finditer(self.masked):
                # "Amparo Salcedo-Leaño ... died on Sunday. She was 91.": the age of the person
                # of that sex named before it in its paragraph, as an obituary says it.
                sex = "f" if found.group(1) == "She" else "m"
                floor = self._para_starts[self._para_of(found.start(1))]
                # (Only the one person of that sex the paragraph names before it: "charged with
                # the murder of Aaron Pike. He was 34." may be either man; nor an age of the
                # past: "joined the band in 1979. He was 24.")
                of_sex = {id(x.entity): x for x in self.names.mentions_between(
                    floor, found.start(1)) if x.entity.kind == "person"
                          and x.entity.gender in (sex, None) and x.entity.shown_person}
                last = next(iter(of_sex.values())) if len(of_sex) == 1 else None
                if last is None or last.entity.gender != sex or _is_people_word(
                        last.entity) or _YEAR.search(self.masked, floor, found.start(1)):
                    continue
                entity, said, _ = self._stated_ages.get(id(last.entity),
                                                        (last.entity, set(), True))
                said.add(int(found.group(2)))
                self._stated_ages[id(last.entity)] = (entity, said, True)
        return self._stated_ages

    def _parent_of(self, desc: str, head: str, parent: str, at: int, cue: str) -> Attribution:
        """"the mum-of-two said": the one person the story called so ("Mum-of-two Jade Rowe",
        "Peter Lomax, 58, a father-of-four"); the someone new it brought in so ("a
        dad-of-two who was knocked down"), as the story describes them; else, as an age
        says, the person the story follows (``_followed``)."""
        described = Attribution(_as_description(desc), cue, None, "description")
        if not desc.lower().startswith("the "):
            return described
        holder = self.names.by_role(head, at)
        if holder is not None:
            return Attribution(holder.name, cue, None)
        if head not in self._brought_as:
            # (Where the story first brings in "a mum-of-two", found once per story: a search
            # from the start per tag made a long story quadratic.)
            first = re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+{re.escape(head)}\b", self.masked,
                              re.IGNORECASE)
            self._brought_as[head] = first.end() if first else len(self.masked)
        brought = self._brought_as[head]
        if brought < at:
            # The story's next person of that sex, named in full opening a sentence with no
            # role of their own, is her ("A mum-of-two has been left out of pocket ... //
            # Kelly Marsh, 34, ..."; not "Inspector Graham Pell said", nor "from Preston");
            # else she stays as the story describes her.
            sex = "f" if parent in FEMALE_WORDS else "m"
            named = next((m for m in self.names.mentions_between(brought, at)
                          if m.entity.kind == "person" and m.entity.shown_person
                          and m.entity.gender in (sex, None)), None)
            if named is not None and len(named.entity.tokens) >= 2 and not any(
                    is_role_word(r) and r not in _HONORIFICS for r in named.entity.roles) and (
                    starts_sentence(self.masked, self.names.run_start(named.start))):
                return Attribution(named.entity.name, cue, None)
            return described
        return self._followed(desc, parent, head, at, cue)

    def _followed(self, desc: str, noun: str, fact: str, at: int, cue: str, *,
                  minor: bool = False, age: int | None = None,
                  other_age: Callable[[Entity], bool] | None = None) -> Attribution:
        """An epithet that states a fact about someone the story follows and names no role
        ("the 56-year-old", "the mum-of-two"): the one person named in the last three
        paragraphs, the subject just before, or the story's central person named there with
        no one of known sex named since; else the story's own words. With ``minor`` (an age
        under 18), never someone the story calls a parent ("His mother, Mrs Sue Rennie,
        said ... “...,” the 16-year-old said" is her son). Someone ``other_age`` says the
        story gave another age than ``age`` is never the one ("27-year-old Diego Ortega" is
        no 71-year-old)."""
        # (Not a name that only says where: "crashed on the final lap in Misano", nor a
        # nationality read as a name: "Kenyan runner Faith Chebet".)
        recent = [m for m in self._people_in_reach(at)
                  if not self._modifier_name(m, 0) and not _is_people_word(m.entity)]
        sex = sex_of_noun(noun)
        if sex is not None:
            # "the 38-year-old actress": no man in reach is her.
            recent = [m for m in recent if m.entity.gender in (sex, None)]
        # ("A man was hurt. Police chief Tom Rees gave details. // “...,” the 34-year-old
        # said": the unnamed man may be the one speaking, so neither the one person named
        # nor the last sentence's subject is sure.)
        # (No more than 6,000 characters back: a story printed as one paragraph.)
        unnamed = self._unnamed_subject_in(max(
            self.article.paragraphs[max(0, self._para_of(at) - 1)].start, at - 6000), at)
        if len({id(m.entity) for m in recent}) == 1 and not unnamed and not (
                other_age is not None and other_age(recent[0].entity)):
            return Attribution(recent[0].entity.name, cue, None)
        if other_age is not None:
            recent = [m for m in recent if not other_age(m.entity)]
            if len({id(m.entity) for m in recent}) == 1 and not unnamed and not (
                    age is not None and any(
                        given.group(1) == str(age)
                        for given in _AGE_GIVEN.finditer(self.masked, max(0, at - 6000), at))):
                # "Sevinj Aliyeva ... with her six-year-old son, Murad. // “...,” the
                # 34-year-old said": the one person in reach the story gave no other age.
                # (Not when the story gave the age to someone it does not name: "Diego
                # Ortega's aunt, who is 71, ... “...,” the 71-year-old said".)
                return Attribution(recent[0].entity.name, cue, None)
        # (An object is no rival for an age or a trade: "Adewale, whose family moved here,
        # collected a kickout from goalkeeper Fiachra Ó Dónaill. // “...,” the 20-year-old
        # said" is Adewale.)
        subject = (self._subject_just_before(at, noun, last_paragraph=not unnamed,
                                             objects_aside=True,
                                             own_paragraph=other_age is not None)
                   or self._just_quoted(at, noun)
                   or self._epithet_subject(at, fact, objects_aside=True))
        if subject is None:
            subject = self._lone_reporter_before_quote(at)
        if subject is None and other_age is not None:
            subject = self._pronoun_subject_before(at)
        if subject is not None and ((minor and subject.roles & PARENT_WORDS) or (
                other_age is not None and other_age(subject))):
            return Attribution(_as_description(desc), cue, None, "description")
        if subject is not None:
            # "Pryce himself was more measured. “...,” the 31-year-old told Sky Sports."
            return Attribution(subject.name, cue, None)
        central = self.names.central_person()
        last = max((i for i, m in enumerate(recent) if m.entity is central), default=None)
        if last is not None and central is not None and not any(
                m.entity.gender is not None for m in recent[last + 1 :]):
            return Attribution(central.name, cue, None)
        # "A few streets away, Ana Sofia Mendes was counting the damage at her café. //
        # “...,” the 38-year-old said": a fact is how a story goes on about the one person it
        # has just named. (Not with two named there: "Keely Hodgkinson won the 800m. Her
        # coach, Trevor Painter, was in tears" leaves "the 22-year-old" a guess.)
        introduced = None if unnamed else self._one_named_just_before(at)
        if introduced is not None and not (minor and introduced.roles & PARENT_WORDS) and not (
                other_age is not None and other_age(introduced)) and (
                sex is None or introduced.gender in (sex, None)):
            return Attribution(introduced.name, cue, None)
        return Attribution(_as_description(desc), cue, None, "description")

    def _one_named_just_before(self, at: int) -> Entity | None:
        """The one person the story names in the quotation's own paragraph before ``at``, or
        in the paragraph before too when the quotation opens its own, when the sentence that
        names them is about no one else (no "he", "him", age or "the coach" beside them)."""
        para = self._para_of(at)
        own = self.article.paragraphs[para].start
        quoted = self._before_this_quotation(at)
        # (Read a few characters only, and no more than 3,000 back: a story printed as one
        # paragraph asks for each quotation.)
        opens = quoted - own <= 8 and not self.masked[own:quoted].strip(" \"“”'‘’")
        floor = max(self.article.paragraphs[max(0, para - 1)].start if opens else own,
                    at - 3000)
        named = [m for m in self.names.mentions_between(floor, at)
                 if m.entity.kind == "person" and not self._modifier_name(m, floor)]
        if not named or not named[-1].entity.shown_person:
            return None
        last = named[-1].entity
        if any(m.entity is not last for m in named):
            return None  # two people in reach: either may be the one
        opening = self._sentence(self._para_of(named[-1].start), named[-1].start)[0]
        run = self.names.run_start(named[-1].start)
        if _SOMEONE_BEFORE.search(self.masked, opening, run) or any(
                is_person_noun(w.group(1)) and not is_plural(w.group(1))
                for w in _THE_NOUN.finditer(self.masked, opening, run)) or (
                _SOMEONE_AFTER.search(self.masked, named[-1].end, quoted)):
            return None
        return last

    def _lone_reporter_before_quote(self, at: int) -> Entity | None:
        """"The brothers' uncle, Delano Moss, described Rashad as ... // “...,” said the
        51-year-old": the one who opens the sentence before the quotation by reporting speech,
        over the paragraph break. Not with someone else named before the verb ("Bernadette
        Walsh, whose son Kevin qualified, said"), nor right after a verb of telling
        ("Inspector Mary Achieng told Joseph Kamau"): either may be the one."""
        bounds = self._sentence_before_quote(at)
        reporting = self._reporting_of(*bounds) if bounds is not None else None
        if reporting is None:
            return None
        reporter, verb = reporting
        # (Whom they told, named after the verb's space: "told Joseph Kamau".)
        upto = verb.end() + 3 if verb.group("verb") in TELL_VERBS else verb.end()
        if self.names.person_named_between(reporter.end, upto,
                                           lambda m: m.entity is reporter.entity):
            return None
        return reporter.entity

    def _fuller_words(self, head: str, at: int) -> str | None:
        """The words the story brought an unnamed body in with, capitals before its noun ("A
        Piraeus court convicted" -> "Piraeus court"), when it used one set of them only."""
        # (The story up to ``at`` is searched in place: slicing it per tag made a story of
        # many such tags quadratic.)
        found = {" ".join(m.group(1).split())
                 for m in _brought_in_as(head).finditer(self.masked, 0, at)}
        if len(found) != 1:
            return None
        words_ = next(iter(found)).split()
        # (Not words made adjectives, "a Facebook-owned company": an epithet of a named firm.)
        return f"{' '.join(words_)} {head}" if not any(
            w.lower() in NOT_NAMES or is_adjectival(w) for w in words_) else None

    def _pronoun_subject_before(self, at: int) -> Entity | None:
        """The person "he" or "she" stands for when it opens the sentence just before the one
        at ``at``, in its paragraph or ending the last: "His son, Giorgos Chatzidakis, will
        keep the workshop open. He said his father had finished his last instrument. // “...,”
        the 56-year-old said." """
        sentence = self._previous_sentence(at, last_paragraph=True)
        if sentence is None:
            return None
        lead = _words_start(self.masked, *sentence, _SPACE_AND_MARKS)
        tag = _PRONOUN_TAG_ENDS.search(self.masked, lead, sentence[1])
        if tag is not None and tag.group("verb") in CUE_VERBS:
            # "Sevinj Aliyeva ... spent Tuesday in the queue. Both of her children fell ill,
            # she said. // “...,” the 34-year-old said": the sentence reports her words.
            return self._subject_just_before_clause(tag.group("pronoun"), lead)
        pronoun = _NP.match(self.masked, lead, sentence[1])
        if pronoun is None or pronoun.group("pronoun") not in ("He", "She") or not (
                self._verb_at(pronoun.end())):
            return None
        # (Only the subject the pronoun goes on from, the sole one of the sentence before it,
        # as for a pronoun before its quotation: "The brothers ... although only Jahmari
        # lives up to the name. He said" is no sure reading of "he".)
        return self._subject_just_before_clause(pronoun.group("pronoun").lower(), lead)

    def _unnamed_subject_in(self, floor: int, at: int) -> bool:
        """Whether a sentence between ``floor`` and ``at`` opens with someone unnamed brought
        in ("A man was hurt", "One witness saw")."""
        # (Only where a sentence opens, and no more than eight sentences back: a search of
        # every position was most of an age tag's cost.)
        starts = self.names.sentence_starts
        hi = bisect_left(starts, at)
        for s0 in starts[max(bisect_left(starts, floor), hi - 8) : hi]:
            d = _DESC.match(self.masked, _words_start(self.masked, s0, s0 + 8, _SPACE_AND_MARKS))
            # (Not one named at once: "Another suspect, Emmanuel Habimana, admitted".)
            if d is not None and _brings_in_one(d) and self._named_set_off(d.end()) is None:
                return True
        return False

    def _sole_subject(self, s: int, e: int, *, objects_aside: bool = False,
                      sex: str | None = None) -> Entity | None:
        """The person who is the subject of the sentence masked[s:e] and the only person it
        names: "Bridenstine expects to produce three rockets.", "Captain Sean Doyle paid
        tribute to his former boss.", "Wilk, 22, said he had not hesitated."; else None.
        With ``objects_aside``, people brought in after a preposition following a name that
        opens the sentence are not counted (an age or a trade in a tag fits the one the
        sentence follows; a tagless quotation or a people's word may be the object's: "Tom
        Rees met Ana Ruiz. “It went well.”"; so may an age a verb's object: "Higgins embraced
        Kavanagh. “...,” the 19-year-old said"). People inside a "who" clause set off after
        the name that opens the sentence are never counted: the clause says more of the
        subject, not who the sentence is about ("Beltran, who trained alongside Tran, said
        ... the Argentine said"; "Kowalczyk, who scored his fifth Test try, said ... said the
        hooker")."""
        # ("Linda Harrow took to Instagram.": a platform read as a name is no second person.)
        # (Nor a name after "a", "an" or a preposition of place the story shows to be no
        # person's: "a nurse at a Marlow City hospital", "a GP in Inverness", "lorries out of
        # Carrigdrum"; nor whoever is named between "a" or "one" and a noun for a person, "One
        # Delap fan", "a Hale family friend": see ``_modifier_name``.)
        people = [m for m in self.names.mentions_between(s, e) if m.entity.kind == "person"
                  and m.entity.name.lower() not in PLATFORMS and not self._modifier_name(m, s)
                  and not m.entity.after_the]
        text = self.masked[s:e]
        lo = _scene_end(text)
        opening = s + _words_start(text, lo, len(text))
        # (Someone named in the scene-setting phrase before the subject is no rival: "In an
        # interview with Rusty Humphries, Ham made it clear ...".)
        scene = s + scene_phrase_end(text)
        people = [m for m in people if m.start >= scene]
        if sex is not None:
            # For "she" ("Fatima Al-Zubairi brought her son, Hamza, to the hospital. She
            # said"): someone the story says is of the other sex is no rival.
            people = [m for m in people if m.entity.gender in (sex, None)]
        if len(people) > 1 and self._modifies(people[0], people[1]):
            # "Kestrel manager Stuart McAllister was in no mood": a name before a role word
            # and a person says whom that person works for, whether read as a body or not.
            people = people[1:]
        elif len(people) > 1 and not people[0].entity.shown_person and (
                self.masked[people[0].end : self.names.run_start(people[1].start)] == " and "
                and self.names.run_start(people[1].start) < people[1].start):
            # "Economy and Finance Minister Nadia Benali-Roussel did not hesitate": the first
            # word of a portfolio joined to the titled name after it is no second person,
            # and the subject opens with the portfolio.
            if self.names.run_start(people[0].start) == opening:
                opening = self.names.run_start(people[1].start)
            people = people[1:]
        owned = False
        if len(people) > 1 and self.names.run_start(people[0].start) == opening and (
                _OWNER_SET_OFF.match(self.masked, people[0].end,
                                     self.names.run_start(people[1].start))):
            # "Al-Harazi's son, Mohammed Ali Al-Harazi, studied": the one whose son he is
            # says who the subject is, as "Her son, ..." does; no rival.
            people = people[1:]
            owned = True
        relative: re.Match[str] | None = None
        if len(people) > 1:
            # ("Lead actress Liina Aru, who plays the widow Anna,": a role before the name.)
            role = self.masked[opening : self.names.run_start(people[0].start)].split()
            titled = 1 <= len(role) <= 3 and is_role_word(role[-1].lower()) and all(
                w.istitle() if k == 0 else w.islower() for k, w in enumerate(role))
            if owned or titled or self.names.run_start(people[0].start) == opening:
                relative = _RELATIVE_AFTER_NAME.match(self.masked, people[0].end, e)
        if relative is not None:
            # "Beltran, who trained alongside Tran in Spain, said he expected": a name inside
            # a clause set off after the opening name is no rival subject.
            people = [m for m in people if not relative.start() < m.start < relative.end()]
        if objects_aside and len(people) > 1 and self.names.run_start(people[0].start) == (
                opening):
            # "Adewale, whose family moved here when he was six, collected a kickout from
            # goalkeeper Fiachra Ó Dónaill": a name that opens the sentence is its subject,
            # and one brought in as an object later is no rival.
            # (Nor one named only as an owner later on: "from captain Keishon Bean,
            # Tyrique’s younger brother".)
            # (Not past "after" or "before" when the opening name is acted on first: in
            # "Johnstone was beaten after Rice curled in a shot", Rice is who did it.)
            people = people[:1] + [m for m in people[1:] if m.entity is people[0].entity or not (
                ((pre := _AFTER_A_PREPOSITION.search(self.masked, max(s, m.start - 60),
                                                     self.names.run_start(m.start)))
                 is not None and not (
                     pre.group().startswith(("after", "before")) and _BEING.search(
                         self.masked, people[0].end, pre.start())))
                or self.masked[m.end : m.end + 2] in ("’s", "'s"))]
        if objects_aside and len(people) > 1:
            # "The station's coxswain, Nathan Duplain, said the crew still followed the
            # routines Mr Le Page had introduced": whoever is named after the speech verb is
            # in what the subject said, no rival for the sentence's subject.
            # (Not a verb whose object is a listener or whom it names: "Inspector Mary
            # Achieng told Joseph Kamau that his son had been found", "called Tom a liar".)
            cue = cue_word(self.masked, people[0].end, e, _CUES_OF_WHAT)
            if cue is not None:
                people = [m for m in people if m.start < cue.start()]
        # (Asked only where "by" stands right before the first name: most sentences have none.)
        agent = _PASSIVE_BY.fullmatch(self.masked, opening, self.names.run_start(
            people[0].start)) if people and _BY_BEFORE.search(
                self.masked, max(0, self.names.run_start(people[0].start) - 4),
                self.names.run_start(people[0].start)) else None
        if agent is not None and any(is_person_noun(w.lower()) for w in re.findall(
                r"[a-z]+", agent.group("subject"))):
            agent = None  # ("The man was arrested by Inspector Tom Rees": the man is no one)
        if agent is not None:
            # (Whoever is named after a preposition past the agent, "a guide from Kampong
            # Batang Duri", is no rival.)
            people = people[:1] + [m for m in people[1:] if m.entity is people[0].entity or not (
                _WHERE_FROM_BEFORE.search(self.masked, max(s, m.start - 30),
                                          self.names.run_start(m.start)))]
        if not people or any(m.entity is not people[0].entity for m in people):
            return None
        first = people[0]
        lead = self.masked[opening : first.start]
        # "Her best friend, Amelia Osei, said": a description set off before the name, a noun
        # phrase that opens with whose or an article and holds no verb ("Police said the
        # victim, Paul Dunn, had been stabbed" is no such subject); the name's title stands
        # inside the set-off name ("Her granddaughter, Dr Fiona MacLeod, a GP, said").
        before_run = self.masked[opening : max(opening, self.names.run_start(first.start))]
        titled_after = _ROLE_AFTER_SET_OFF.search(before_run)
        if titled_after is not None and is_role_word(titled_after.group(1).split()[-1]):
            # ("Her older sister, team captain Leilani Camacho, was close to tears": the
            # name's role words stand after the comma.)
            before_run = before_run[: titled_after.start() + 2]
        lead_words = before_run[:-2].split()
        # (A description of six words or more, "The head of the nephrology unit, Dr Kinley
        # Pelden, said", only with no clause of its own and before no passive: not "The man
        # who shot the president's bodyguard, Musa Jalloh, was sentenced", nor "..., Lars
        # Berglund, was criticised by the players' union", whose next words are another's.)
        long_lead = not _RELATIVE_WORDS.intersection(w.lower() for w in lead_words) and not (
            _PASSIVE_RIGHT_AFTER.match(self.masked, first.end))
        set_off = before_run.endswith(", ") and 1 < len(lead_words) <= (
            8 if long_lead else 5) and (
            "," not in before_run[:-2]) and (
            self.masked[first.end : first.end + 1] == ",") and (
            # ("One of his last students, Mr Abdulwahid Omar Haji, said": one of many.)
            # ("Its president, Mrs. Kadidja Mohamed Houmed, said": a body's.)
            lead_words[0].lower() in ("her", "his", "their", "its", "the", "a", "an", "one",
                                      "another")
            or any(possessive(w) for w in lead_words[:2])) and not any(
            w.lower() in CUE_VERBS or w.lower().endswith("ed") for w in lead_words)
        body = next(iter(self.names.mentions_between(opening, first.start)), None)
        named_only = named_only_as(self.masked, first.start, opening)
        if named_only is not None and self.masked[opening : opening + 2].lower() in (
                "a ", "an", "on") and (self._verb_at(first.end + 1) or (
                    # ("A customer who gave only her first name, Donna, said")
                    self.masked[first.end : first.end + 1] == ","
                    and self._verb_at(first.end + 2))):
            # "A fan, who gave his name only as Dessie, was blunter.": the one the description
            # brings in, named in its clause, is the subject.
            return first.entity
        among = _AMONG_THEN_BE.match(self.masked, s, self.names.run_start(first.start))
        if among is not None and all(is_role_word(w) for w in self.masked[
                among.end() : self.names.run_start(first.start)].split()):
            # ("Among those rescued was skipper Tom Furlong": a role word before the name.)
            # "Among the survivors discharged last week is Jeneba Massaquoi, a petty trader":
            # the subject stands after its verb.
            return first.entity
        if agent is not None:
            # "The letters were found by James Bisson while clearing out his late
            # great-uncle's house.", "The team was guided on all its trips by Awang Jalin anak
            # Nyuak": the one who did it, when the grammatical subject is no one, is whom the
            # sentence is about.
            return first.entity if not self.masked.startswith(("’s", "'s"), first.end) else None
        if self.names.run_start(first.start) != opening and not set_off and not (
                opening < first.start and _is_title(lead.split())) and not (
                # "Brackett Falls High School junior Aaliyah Sorensen organized": the body
                # a role word says she belongs to.
                body is not None and self.names.run_start(body.start) == opening
                and self._modifies(body, first)):
            # the person is not where the sentence's subject stands (their title or age may
            # stand before them: "Captain Sean Doyle paid tribute", "The 47-year-old Basset")
            return None
        if self.masked[first.end : first.end + 2] in ("’s", "'s"):
            return None
        after = _REFLEXIVE.match(self.masked, first.end)
        if after is not None:
            return first.entity if self._verb_at(after.end()) else None
        # ("Her son, Marcus Reyes-Whitford, a fifth-grader, stood": the appositive after a
        # set-off name is read from the name's end, the verb alone from after its comma.)
        return first.entity if self._verb_at(first.end) or (
            set_off and self._verb_at(first.end + 1)) else None

    def _modifier_name(self, m: Mention, floor: int) -> bool:
        """Whether the name at ``m`` modifies a noun or says where, and is no one in its
        sentence: after "a" or "an" ("a Marlow City hospital"), or a single word after "in",
        "at", "from", "of", "near" or "outside" ("a GP in Inverness", "22 lorries out of
        Carrigdrum"; "a goal from Chidi Okafor" names him), when the story shows it to be no
        person's; between a word for one of many and a noun for a person ("One Delap fan",
        "a Hale family friend"), whoever it is."""
        key = (m.start, floor)
        found = self._modifier_names.get(key)
        if found is None:
            found = self._modifier_names[key] = self._reads_as_modifier(m, floor)
        return found

    def _reads_as_modifier(self, m: Mention, floor: int) -> bool:
        """``_modifier_name``, uncached."""
        if not m.entity.shown_person and self.masked[m.end : m.end + 5] == " and " and any(
                n.start == m.end + 5 and n.entity.kind == "org"
                for n in self.names.mentions_between(m.end + 5, m.end + 6)):
            # "chair of the Ardcarrig and District Residents' Association": the first half of
            # a body's name joined by "and", no one.
            return True
        if not m.entity.shown_person and len(m.entity.tokens) == 1 and self.masked[
                m.end : m.end + 2] in ("’s", "'s"):
            # "Tran, whose second place was Vantage's best finish": whose, by one word the
            # story shows to be no person's, is no second person in the sentence. ("Novak
            # Djokovic's serve" is still his.)
            return True
        if not m.entity.shown_person and len(m.entity.tokens) == 1 and (
                people := _PEOPLE_AFTER.match(self.masked, m.end)) and is_person_noun(
                people.group(1)) and is_plural(people.group(1)):
            # "known to Rytas fans", "Leinster supporters": a name before the people it
            # gathers says whose they are; no one in the sentence.
            return True
        if _ONE_OF_KIND_BEFORE.search(self.masked, max(floor, m.start - 40), m.start) and (
                self.names.run_start(m.start) == m.start) and (
                noun := _NOUN_AFTER.match(self.masked, m.end)) and is_person_noun(
                noun.group(1)) and not is_plural(noun.group(1)):
            # "One Delap fan, who ...", "every Sharks supporter", "one elderly Blackpool
            # supporter": a name between a word for one of many and a noun for a person says
            # whose they are; the person is someone else, whoever the name is.
            return True
        if not m.entity.shown_person and _is_people_word(m.entity) and (
                _DETERMINER_BEFORE.search(self.masked, max(floor, m.start - 6), m.start)) and (
                after := _PEOPLE_AFTER.match(self.masked, m.end)) and (
                is_plural(after.group(1)) and after.group(1) not in CUE_VERBS):
            # "one point off the European places": a people's word between a determiner and
            # a plural noun is an adjective, no one in the sentence ("the Spaniard shrugged"
            # is someone).
            return True
        before = _ARTICLE_OR_PLACE_BEFORE.search(self.masked, max(floor, m.start - 6), m.start)
        if before is None and not m.entity.shown_person and len(m.entity.tokens) == 1 and (
                _ARTICLE_AND_ADJECTIVE_BEFORE.search(self.masked, max(floor, m.start - 30),
                                                     m.start)) and (
                _NOUN_FOLLOWS.match(self.masked, m.end)):
            # "spent three months learning to sail a traditional Muhu fishing boat": a word
            # of the story's read as a name, inside a phrase opened by "a", is no one there.
            return True
        # (A name of two words too, when none of its words is a given name: "a player with
        # Éire Óg", "flies home to Łódź".)
        return before is not None and not m.entity.shown_person and (
            len(m.entity.tokens) <= 2 or before.group("article") is not None)

    def _modifies(self, name: Mention, person: Mention) -> bool:
        """Whether ``name`` stands before a role word and then ``person`` ("Kestrel manager
        Stuart McAllister", "Parcelly spokesman Evan Kittredge"), itself in the possessive or
        not ("Mr Murphy's son Ciaran Murphy")."""
        # (Past the body's initials in brackets: "National Alliance (NA) faction leader Clive
        # Hazel".)
        words_ = self.masked[_past_initials(self.masked, name.end) : person.start].split()
        if words_ and words_[0] in ("’s", "'s"):
            # (Whose, in the possessive: "Mr Murphy's son Ciaran Murphy".)
            words_ = words_[1:]
        # (The word before the role may be a noun of the body's own: "faction leader", "youth
        # wing chairman", not a verb: "Kestrel sacked manager Stuart McAllister".)
        return 1 <= len(words_) <= 2 and all(w.islower() and (is_role_word(w) or (
            is_person_noun(w) and not is_plural(w)) or (
                k == 0 and len(words_) == 2 and w.isalpha() and not w.endswith(("ed", "ing"))
                and w not in CUE_VERBS and w not in _JOINING_WORDS)) for k, w in enumerate(words_))

    def _verb_at(self, pos: int) -> bool:
        """Whether a subject's verb follows ``pos`` (after an appositive or auxiliaries; any
        irregular past too: "paid", "smiled")."""
        if _SUBJECT_VERB.match(self.masked, pos) or _SUBJECT_PAST.match(self.masked, pos):
            return True
        # ("Marcus Reyes-Whitford, a fifth-grader, stood": an irregular past after an
        # appositive.)
        appositive = _APPOSITIVE.match(self.masked, pos)
        return appositive is not None and bool(_SUBJECT_PAST.match(self.masked, appositive.end()))

    def _subject_just_before(self, at: int, noun: str = "", *, last_paragraph: bool = False,
                             objects_aside: bool = False, own_paragraph: bool = False
                             ) -> Entity | None:
        """The subject of the sentence just before the one at ``at`` in its paragraph, when it
        is a person and the only one it names: "Wilk, 22, said he had not hesitated. “...,”
        the Pole said.". (Not across paragraphs: "A man was hurt. Police chief Tom Rees spoke.
        // “I heard a bang,” the 34-year-old said." is the man.) With ``noun``, the epithet's
        head, not someone of the other sex ("the actress") or whom the story gave other roles
        and not this one ("the patient" after "Dr. Owen Dempsey said"). With
        ``last_paragraph``, the last sentence of the paragraph before too, when this one opens
        the paragraph ("Lyle, 47, was appointed in May. // The Welshman posted a message").
        With ``own_paragraph`` (an age), only someone else named in the quotation's own
        paragraph makes the subject a guess."""
        para = self._para_of(at)
        sentence = self._previous_sentence(at, last_paragraph=last_paragraph)
        subject = self._sole_subject(*sentence, objects_aside=objects_aside) if (
            sentence) else None
        first = self.names.first_mention(subject) if subject is not None else None
        # (Unless that sentence brings the person in, in the quotation's own paragraph: "Pieter
        # van Wyk, a retired fitter waiting for a bus, was more sympathetic. “...,” the
        # 68-year-old said.")
        introduced = sentence is not None and first is not None and (
            sentence[0] <= first.start < sentence[1]) and self._para_of(sentence[0]) == para and (
            not _OBJECT_PRONOUN.search(self.masked, *sentence))  # ("defended him": another)
        floor = self.article.paragraphs[max(0, para - 1)].start
        if own_paragraph and sentence is not None and self._para_of(
                sentence[0]) == para and not _OBJECT_PRONOUN.search(self.masked, *sentence):
            # ("Sipho Mokoena owned up to his mistake. “...,” the 29-year-old said": an age
            # is no people's word that may fit someone else the paragraph before named; only
            # a rival in the quotation's own paragraph makes the subject a guess, or one the
            # sentence acts on: "Manager Gareth Lyle defended him".)
            floor = self.article.paragraphs[para].start
        if subject is not None and sentence is not None and not is_role_word(noun) and (
                not introduced) and (
                not cue_word(self.masked, *sentence)) and (
                named := self.names.mentions_between(floor, at)) and any(
                m.entity is not subject and m.entity.kind == "person"
                and not self._modifier_name(m, floor)
                # (With ``objects_aside``, no one named in the subject's own sentence: it
                # already set them aside, "Chongo, who replaced Abel Mutola at half-time,
                # scored"; unless the subject is a people's word read as a name, "The
                # Portuguese boss had been out of work".)
                and not (objects_aside and sentence[0] <= m.start < sentence[1]
                         and not is_demonym(subject.name))
                # (Nor a name before a role word and the subject, "Blackpool captain Samura":
                # whose captain he is.)
                and not (k + 1 < len(named) and named[k + 1].entity is subject
                         and self._modifies(m, named[k + 1]))
                for k, m in enumerate(named)):
            # An age or a people fits anyone: with someone else named in this paragraph or
            # the last ("Alex de Minaur lost to Novak Djokovic. // Djokovic was too strong.
            # “...,” the Australian said."), the sentence's subject is only a guess, unless
            # that sentence already reports them speaking ("Wilk, 22, said he had not
            # hesitated. “...,” the Pole said.").
            return None
        if subject is None or not noun:
            return subject
        sex = sex_of_noun(noun)
        roles = _offices(subject.roles)
        if (sex and subject.gender not in (sex, None)) or (
                is_role_word(noun) and roles and noun not in roles):
            return None
        return subject

    def _central_subject_before(self, at: int, noun: str) -> Entity | None:
        """``_subject_just_before`` over a paragraph break, when that subject is the story's
        central person."""
        subject = self._subject_just_before(at, noun, last_paragraph=True)
        return subject if subject is not None and subject is self.names.central_person() else (
            None)

    def _brought_in(self, m: Mention) -> bool:
        """Whether the sentence at ``m`` opens with the name, or with a preposition and the
        name ("For Colette Thibodeaux, the numbers matter less.")."""
        start = self.names.run_start(m.start)
        return starts_sentence(self.masked, start) or after_opening_preposition(
            self.masked, start)

    def _people_in_reach(self, at: int) -> list[Mention]:
        """The mentions of people in this and the three paragraphs before ``at``, in order."""
        floor = self.article.paragraphs[max(0, self._para_of(at) - 3)].start
        return [m for m in self.names.mentions_between(floor, at) if m.entity.kind == "person"]

    def _one_person_in_reach(self, at: int) -> Entity | None:
        """The only person named in this and the three paragraphs before ``at``, if one."""
        reach = self._people_in_reach(at)
        people = {id(m.entity): m.entity for m in reach if m.entity.shown_person}
        if len(people) != 1:
            return None
        # (Not the only one if someone else is named in full, whose given name the Census
        # lacks: "Jolene Marchetti" is not alone beside "Sky Ravenscourt".)
        only = next(iter(people.values()))
        if any(m.entity is not only and len(m.entity.tokens) > 1 for m in reach):
            return None
        return only

    def _last_quoted(self, pronoun: str, at: int) -> Entity | None:
        """The speaker of the quotation just before ``at``, if near and of the pronoun's gender."""
        want = {"she": "f", "he": "m"}.get(pronoun)
        previous = self._previous_speaker(at, 2) if want else None
        if previous is None or self.results[-1].cue in STANCE_VERBS:
            return None  # "X condemned the “...”" is a weaker claim than a quotation of X
        last, entity = previous
        if entity.gender not in (want, None):
            return None
        if entity.gender is None:
            introduced = self._introduced_since_quote(pronoun, at)
            if introduced is not None and introduced is not entity:
                return None
            since = self.names.mentions_between(last.spans[-1][1], at)
            # (Their own tag after the quotation, "..., said Dr Kwabena Asante.", is no naming
            # again; a woman named in passing, "a letter to the council leader, Sandra Pike",
            # is no one the story turned to.)
            _, tag_end = self._sentence(last.paragraphs[-1], last.spans[-1][1] - 1)
            again = self.names.mentions_between(max(tag_end, last.spans[-1][1]), at)
            if not any(m.entity is entity for m in again) and any(
                    m.entity.kind == "person" and m.entity.gender == want
                    and self._brought_in(m) for m in since):
                # "For Colette Thibodeaux, the numbers matter less. // “...,” she said" after a
                # quotation of "Dr. Kwame Asante-Darko": a woman named since, and not him, is
                # "she" ("Figgins declined to say whether Thomas slept. “...,” he said" is
                # still Figgins).
                return None
            if introduced is None and any(
                    m.entity is not entity and m.entity.kind == "person"
                    and _ACTS_AFTER.match(self.masked[m.end : m.end + 26])
                    for m in self.names.mentions_between(last.spans[-1][1], at)):
                # "Meanwhile Tran toured the dock. He ...", "Abdul Karim, 46, lost his crop. He":
                # someone else acts
                return None
        # A speaker whose sex the story never gives ("Montell Figgins") is still the one a
        # "he said" right after their quotation goes on with, unless the story has turned to
        # someone else since.
        return entity

    def _sentences_before(self, at: int, count: int) -> list[tuple[int, int]]:
        """The last ``count`` sentences that start before ``at``, in its paragraph and the one
        before (the one ``at`` is in among them)."""
        para = self._para_of(at)
        return [b for p in (para - 1, para) if p >= 0 for b in self.sentences[p]
                if b[0] < at][-count:]

    def _plural_subject_before(self, at: int) -> str | None:
        """The plural noun for people ("prosecutors", "the researchers") that opens this
        sentence or one of the two before ``at`` in its paragraph or the one before, if any."""
        for s0, e0 in reversed(self._sentences_before(at, 3)):
            text = self.masked[s0 : min(e0, at)]
            lo = _scene_end(text)
            m = _PLURAL_OPENING.match(text, _words_start(text, lo, len(text)))
            if m is None:
                continue
            head = m.group("head").lower()
            if is_plural(head) and is_person_noun(head) and not self.names.mentions_between(
                    s0 + m.start(), s0 + m.end()):
                others = [w for w in re.findall(r"\b[a-z][a-z-]+\b", text[m.end():])
                          if is_plural(w) and is_person_noun(w)]
                if others:
                    # "Prosecutors said the two men stole the boat. They told investigators":
                    # "they" may be either; no guess.
                    return None
                return _as_description(m.group("desc"))
        return None

    def _last_quoted_of_sex(self, pronoun: str, at: int) -> Entity | None:
        """"‘Three, maybe four seconds,’ Mrs Okonkwo replied. ... defence barrister Rupert Hale
        suggested ... ‘...,’ he put to her. // She did not accept that. ‘...,’ she told him":
        with no one of the pronoun's sex in reach, the latest speaker of that sex quoted in the
        four paragraphs before, when no other person who may be of that sex is named since."""
        want = {"she": "f", "he": "m"}.get(pronoun)
        if want is None:
            return None
        for last, entity in self._quoted_back(at, 4):
            if entity is None or entity.gender != want:
                continue
            if any(m.entity is not entity and m.entity.kind == "person"
                   and m.entity.gender in (want, None)
                   for m in self.names.mentions_between(last.spans[-1][1], at)) or any(
                    # ("The trial judge adjourned the case. // Before doing so, she warned":
                    # someone brought in by a description is who "she" is.)
                    is_person_noun(d.group("head")) and not d.group("desc").lower().startswith(
                        ("his ", "her "))
                    for d in _DESC.finditer(self.masked, last.spans[-1][1], at)):
                return None
            return entity
        return None

    def _quoted_just_before(self, pronoun: str, at: int) -> Entity | None:
        """"“...,” Obama said. He called Burma a “...”": when the story never says the gender
        of anyone in reach, a "he"/"she" in the paragraph of a quotation goes to its speaker,
        provided no other person is named between that quotation and the pronoun."""
        previous = self._previous_speaker(at, 0) if pronoun in ("he", "she") else None
        if previous is None or self.results[-1].cue in STANCE_VERBS:
            return None
        last, entity = previous
        if entity.gender is not None or self._person_since(last, entity, at):
            return None
        return entity

    def _introduced_since_quote(self, pronoun: str, at: int) -> Entity | None:
        """The person of the pronoun's gender brought on stage since the last quotation, if any.

        "Sen. David Perdue said he didn't believe ...", "noted NBC's Dante Chinni", "concerns
        Henry Crespo, president of ...": a person made the subject of a sentence or of a cue, or
        given an appositive, is who the story turns to next, so the last quoted person is stale
        for the next "he said". The latest such person wins; None when there is none.
        """
        want = {"she": "f", "he": "m"}.get(pronoun)
        if want is None or not self.results or len(self.results) >= len(self.found):
            return None
        since = self.found[len(self.results) - 1].spans[-1][1]
        until = self._before_this_quotation(at)
        masked = self.masked
        # ("The chief said investigators ...": a person brought back by their role counts.)
        mentions = self.names.mentions_or_roles(since, until, masked)
        # (Not someone the story says did not speak: "Bleakley ... did not respond to a
        # request for comment", wherever else the stretch names him.)
        silent = {id(m.entity) for m in mentions if no_comment_after(masked, m.end, until)}
        for m in reversed(mentions):
            entity = m.entity
            if id(entity) in silent:
                continue
            if entity.kind != "person" or entity.gender not in (want, None) or (
                    entity.gender is None and len(entity.tokens) < 2
                    and not _AGE_SET_OFF.match(masked, m.end)) or any(
                        t.rstrip(".") in _PRONOUN_WORDS for t in entity.tokens):
                continue  # "Universe. She": a sentence break the name index read as a name
            if masked[m.end : m.end + 2] in ("’s", "'s"):
                continue  # "Pence’s performance": a possessive is no one brought on stage
            opened = self.names.sentence_start(m.start)
            if (opener := _OPENER.match(masked, opened, m.start)) is not None and (
                    opener.group(1).lower() == pronoun):
                # "He said afterwards that the decisive moment came when his coach, Mr. Tekeste
                # Woldu, drove up": a sentence whose subject is the pronoun already is about
                # the one it goes on with; whom its clauses bring in are not.
                continue
            before = masked[max(since, m.start - 30) : m.start]
            titled = _TITLED_OPENING.search(before)
            if titled and starts_sentence(masked, m.start - len(titled.group())) and (
                    is_person_noun(titled.group("head") or titled.group("capital"))):
                # "Wild defenseman Ryan Suter, who joked ...": a new subject.
                if self._not_brought_on(entity, m, before):
                    continue
                return entity
            # (A name's run opening the sentence, with an office no list of ours knows:
            # "Lungnyi Gup Tshering Dorji, who supported the proposal, said".)
            opens = self.names.office_start(m.start)
            if (starts_sentence(masked, opens) or cue_follows(masked, m.end)
                    or (_AGE_OPENING.search(before) and not self._speaks_of(pronoun))
                    or _TIME_OPENING.search(before)
                    or _CONJUNCTION_OPENING.search(before) or NAMED_ONLY_AS.search(before)
                    or cue_before(before) or _APPOSED.match(masked, m.end)
                    or _AFTER_OPENER.search(before) or self._subject_after_clause(m)
                    or (_AMONG_THEN_NAME.fullmatch(masked, opened, opens)
                        and not _WHO_DIED_OR_HELD.match(masked, m.end))
                    or (masked[m.end : m.end + 1] == "," and (
                        _TOPIC_OPENING.search(before) or _DESCRIPTION_OPENING.search(
                            masked, max(since, m.start - 80), opens)))
                    # (Set off after the sentence's opening words with a title before the
                    # name: "Ward 17 councillor, Clr Ntombizodwa Dube, said".)
                    or ((run := self.names.run_start(m.start)) < m.start
                        and masked[m.end : m.end + 1] == ","
                        and _TITLED_SET_OFF_OPENER.search(masked, max(since, run - 30), run)
                        and not _PRONOUN_NEXT.match(masked, m.end))):
                # (The last: "The chair of the festival's board, Graham Forsyth, paid
                # tribute": a name set off after the description opening its sentence.)
                if self._not_brought_on(entity, m, before):
                    continue
                return entity
        return None

    def _not_brought_on(self, entity: Entity, m: Mention, before: str) -> bool:
        """Whether a name that reads as brought on stage is not, after all: capitals no given
        name, sex or role shows to be a person, after a preposition of place ("from Stanley
        Bridge to Sidi Bishr, with ...", "the former marketing assistant from Western Sydney
        admitted"), are where, not who; a participle's object ("Thanking Obi for his help, he
        added") is not the subject. (Read only for the few names that would be returned: the
        sentence look-up is not cheap.)"""
        if not entity.shown_person and _PLACE_PREPOSITION_BEFORE.search(before):
            return True
        return in_participle_opening(self.masked, *self._sentence(
            self._para_of(m.start), m.start), m.start)

    def _subject_just_before_clause(self, pronoun: str, at: int) -> Entity | None:
        """"Former captain Naveed Akhtar Rana was blunter. Writing in his column, he called
        the selection “...”": for a pronoun opening the words before its quotation, the sole
        subject of the sentence before in the same paragraph, a person who may be of its sex."""
        index = len(self.results)
        want = {"she": "f", "he": "m"}.get(pronoun)
        if want is None or index >= len(self.found) or at >= self.found[index].spans[0][0]:
            return None
        before = self._previous_sentence(at, last_paragraph=False)
        about = self._sole_subject(*before, sex=want) if before is not None else None
        if about is None and before is not None:
            about = self._role_holder_opening(*before, at)
        if about is None or about.gender not in (want, None) or len(about.tokens) < 2:
            return None
        # (Not past someone of that sex, by name, in this paragraph or the one before: in
        # "Recorder Paul Whitlock told the court ... // Kit Bennett-Azoulay, 29, was given a
        # suspended sentence. Sentencing, he said" the sentence before is not about "he".)
        para = self._para_of(at)
        floor = self.article.paragraphs[max(0, para - 1)].start
        if about.gender is None and any(
                m.entity is not about and m.entity.kind == "person" and m.entity.gender == want
                for m in self.names.mentions_between(floor, at)) and not (
                # (Unless that sentence reports their words: "Toledo West Area Representative
                # Rodwell Ical, who visited the shelter, acknowledged that repairs had been
                # delayed. He said the contractor “...”" after Aurelio Coc.)
                before is not None and self._reports(about, *before)):
            return None
        return about

    def _role_holder_opening(self, s: int, e: int, at: int) -> Entity | None:
        """"The Minister rejected the claim. Speaking on GBC's “Viewpoint”, she said ...": the
        one the story gave the role that opens the sentence masked[s:e] after "the", when that
        subject speaks or takes a stand and the sentence names no one. (Of either sex: the
        caller tests whoever it finds against the pronoun.)"""
        # (A house style that capitalises an office after "the", "The Minister", still means
        # the office: lower-cased in place, so offsets hold.)
        text = _CAPITAL_OFFICE_OPENING.sub(lambda c: c.group(1) + c.group(2).lower() if (
            is_role_word(c.group(2).lower())) else c.group(), self.masked[s:e], count=1)
        m = _opening_person(text)
        if m is None or not m.group("desc").lower().startswith("the ") or not (
                _SPEAKS_OR_STANDS.match(text, m.end())) or any(
                x.entity.kind == "person" for x in self.names.mentions_between(s, e)):
            return None
        holder = self.names.by_role(m.group("head").lower(), at)
        return holder if holder is not None and holder.kind == "person" else None

    def _subject_after_clause(self, m: Mention) -> bool:
        """"Asked what he would tell the fans, Baptiste smiled.": a name right after the
        opening clause of its sentence, with its verb after it, is the sentence's subject."""
        s, _ = self._sentence(self._para_of(m.start), m.start)
        clause = _OPENING_CLAUSE.match(self.masked, s, m.start)
        if clause is None:
            return False
        # ("At a shelter at the school, 43-year-old market woman Comfort Saye sat": the
        # person's age and what they are may stand between the clause and the name.)
        between = self.masked[clause.end() : m.start].split()
        return (not between or _is_title(between)) and self._verb_at(m.end)

    def _people_in_subject(self, at: int) -> bool:
        """Whether the subject of the sentence before the quotation at ``at``, up to its cue,
        names people by a plural ("A solicitor for the families said")."""
        bounds = self._sentence_before_quote(at)
        if bounds is None:
            return False
        cue = cue_word(self.masked, *bounds)
        head = self.masked[bounds[0] : cue.start() if cue else bounds[1]].lower()
        return any(is_plural(w) and is_person_noun(w) for w in _WORD.findall(head))

    def _named_in_sentence(self, entity: Entity | None, para: int, at: int) -> bool:
        if entity is None:
            return False
        start, _ = self._sentence(para, at)
        # (Not in a phrase that only sets the scene: "Addressing Foley directly from the
        # witness box, he said" is not Foley.)
        start += scene_phrase_end(self.masked[start:at])
        return any(m.entity is entity for m in self.names.mentions_between(start, at))


# "one of the officials": how many of a group spoke.
_SOME_OF = ("One", "Each", "Another", "Some", "Two", "Three")
_ONE_OF = re.compile(r"\b(?:" + "|".join(w + "|" + w.lower() for w in _SOME_OF) + r") of\s+$")


# A kind of body owning a document: "the union’s report", "The council's objection letter"
# (not "state" or "post", words of other names: "Ohio State University", "Morning Post").
_DOCUMENT_OWNERS = KINDS_OF_BODY | words("district committee board")
_BODY_OWNS_DOCUMENT = re.compile(r"[Tt]he\s+([a-z][\w-]*)[’']s\s")
# "her joy", "his tears": a possessive before a noun, not an object ("hugged her before").
_OWN_THING = re.compile(r"(?<!ed )\b(her|his)\s+(?!(?:before|after|and|as|when|in|on|at|to|"
                        r"with|for|from|again|back|up|out|off|that)\b)[a-z][\w-]*")
# "Teenage striker", "teenager", "the teen midfielder" right before a name.
# ("As a teenager Grace Okafor sold oranges" says what she was, not what she is; "the teenage
# son of Tom Hale" is not Hale.)
_TEENAGE_BEFORE = re.compile(r"(?<![Aa]s a )\b[Tt]een(?:age|aged|ager|)\s+"
                             rf"(?:(?!{_NOT_MODIFIER_OF_PERSON}\b)[a-z][\w-]*\s+){{0,2}}$")
# Someone unnamed brought in by an age: "a 17-year-old hawker", "one 15-year-old".
# "a", "an" or "one" before an age: someone the story has not named ("a 17-year-old hawker").
_A_OR_ONE = r"\b(?:[Aa]n?|[Oo]ne)\s+"
_UNNAMED_AGE = re.compile(_A_OR_ONE + r"(1[3-9])-year-old\b")
# "the" (or "the then") right before an age: "from |the |47-year-old".
_THE_BEFORE_AGE = re.compile(r"\b" + THE_THEN + r"$")
# A word that opens a clause of its own between a name and what follows: "Naliupis scored
# twice| as |fans chanted for the 19-year-old".
_CLAUSE_WORD = re.compile(r"[,;:]|\b(?:" + "|".join(
    sorted(SUBORDINATORS | {"and", "but", "who", "which", "that", "where"})) + r")\b")
# Someone brought in unnamed at an age: "a 54-year-old bus driver", "a council worker, 39,".
# (Any age: ``_UNNAMED_AGE`` is the teenagers' alone, where a name in the sentence does not
# matter.)
_UNNAMED_ANY_AGE = re.compile(_A_OR_ONE + r"(?:(?P<age>\d{1,3})-year-old\b|"
                              r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?P<set_off>\d{1,3}),)")
# Roles of people who speak for someone else, never the person the story follows.
# After "source" or "insider", words that make it no person: "a source of pride", "insider
# trading".
_NOT_A_SOURCE = re.compile(r"\s+(?:of|trading|dealing|information|knowledge)\b")
# An office's words up to an "and" right before a name run: "the |Minister of Culture and |".
_OFFICE_BEFORE_AND = re.compile(r"\bthe ((?:[A-Z][a-z]+ ){1,2}(?:of|for) (?:the )?"
                                r"[A-Z][\w-]*(?:,? [A-Z][\w-]*)* and )$")
# Where an office is held, after its name run: " for Malindi", " of the Castle".
_OFFICE_GOES_ON = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*")


def _office_in_name(name: str) -> tuple[str, str] | None:
    """("minister", "Minister of Energy") for a name run that is an office of a body or a
    place, "Minister of Energy", "Director General of Health Services"; else None. (Not
    ``_NounPhrases._office_of``, which asks whether the story writes "<word> of" at all.)"""
    said = name.rstrip(".,;:!?").split()
    k = said.index("of") if "of" in said[1:4] else 0
    if not k:
        return None
    post = said[k - 1].lower()
    if not is_person_noun(post) or not is_role_word(post) or not all(
            w[:1].isupper() for w in said[:k]):
        return None
    return post, " ".join(said)


@lru_cache(maxsize=256)
def _brought_in_as(head: str) -> re.Pattern[str]:
    """"A Piraeus court", "the Gauteng police": an article, capitals, then ``head``."""
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'-]*\s+){{1,3}}){re.escape(head)}\b")


# "the mother of three", "a father of two": a parent by the number of their children, unhyphened.
_PARENT_OF_N = re.compile(r"(?:[Tt]he|[Aa])\s+(mum|mom|mother|dad|father)\s+of\s+"
                          r"(?:" + "|".join(NUMBER_WORDS[1:10]) + r"|\d{1,2})\b(?!-)",
                          re.IGNORECASE)
# After a document, "of" before whose it is: "the annual report of the Hellenic Union".
_OF_BODY = re.compile(r"s?\s+of\s+(?:the\s+)?(?=[A-Z])")
# "its" right before a document: "according to its weekly surveillance report" (not "their":
# "two engineers, who said in their report").
_ITS_DOCUMENT = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}$")
# Between a document and the name of its writer right after it: "a letter (that) Foley".
_REPLIED_TO = re.compile(r"\bto\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?$")
_WRITER_BETWEEN = re.compile(r"s?\s+(?:that\s+)?")
# What the writer did to it: "Foley had written", "Foley wrote", "she signed" (not "sent",
# which a letter's bearer does too).
_WROTE_IT = re.compile(r"\s+(?:had\s+|has\s+)?(?:written|wrote|signed|penned)\b")
# A passive right after a name set off by commas: ", was criticised by", ", was sentenced".
_PASSIVE_RIGHT_AFTER = re.compile(
    r",\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|en)|shot|hit|held|left|led|told|taken|found|sent|brought|caught|struck)\b")
# Between a body's name and its officer's: its initials in brackets and the officer's title
# in capitals only (" (VVRP) ", " Permanent Secretary ").
_CAPITALS_ONLY = re.compile(
    rf"(?:[ \xa0]*{_BRACKETED_INITIALS})?(?:[ \xa0]+[A-Z][\w’'-]*)*[ \xa0]*")
# A body's initials in brackets ending a clause's words: " (DLGDM)".
_INITIALS_AT_END = re.compile(rf"\s*{_BRACKETED_INITIALS}$")
# A sentence opening with where something was said: "In a statement", "In its letter".
_OPENING_VENUE = re.compile(r"\s*(?:In|Via|Through)\s+(?:a|an|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+){0,2}?")
# After "from" and what a document came from, the "by" that names its maker.
# ("seen by the Guardian", "obtained by the BBC": who saw it, not who made it.)
_THEN_BY = re.compile(r"[^.;:!?\n]{0,60}?(?<!\bseen )(?<!\bobtained )(?<!\breviewed )"
                      r"(?<!\bread )(?<!\bquoted )(?<!\breported )(?<!\breceived )\bby\s+")
# Honorifics and knighthoods: no post of their own.
_STYLE_WORDS = _STYLES | {"mx", "the"}
# A preposition between "from"/"by" and a name: the name is not the author.
_LEAD_PREPOSITION = re.compile(r"\b(?:of|to|at|on|in|into|about|against|including|among|"
                               r"for|with|over|regarding|concerning)\b", re.IGNORECASE)
# Where the words naming a document's author end: a full stop, a verb of its sentence.
_CLAUSE_END = re.compile(r"[.;:!?]\s|\s(?:was|were|is|are|had|has|said|says|read|which|that)\b")


@cache
def _own_pronoun_verb(pronoun: str) -> re.Pattern[str]:
    """A pronoun and up to four words of its clause, perhaps a title, right before a name:
    "he used to hear ", "she last saw Mr " (compiled once per pronoun: asked per mention)."""
    return re.compile(rf"\b{pronoun}\s+(?:[a-z]+\s+){{1,4}}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")


# A possessive, its noun and a comma between a name and the one it sets off: "’s son, ".
_OWNER_SET_OFF = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,\s+$")
# A word for a document ("a statement", "the letter").
_DOCUMENT_WORD = re.compile(
    r"\b(" + "|".join(sorted(DOCUMENT_NOUNS - FORECAST_DOCUMENTS)) + r")\b")
# An appositive set off by commas after a name, as a subject's verb reads it.
_APPOSITIVE = re.compile(_APPOSITION)
# The news formula for a source left unnamed on purpose: "who asked not to be named", "on
# condition of anonymity", "who declined to give her name", "who did not want to give his name",
# "who did not want to be named", "who asked for anonymity".
KEPT_UNNAMED = re.compile(
    r"\b(?:not\s+(?:(?:want|wish)\s+)?to\s+be\s+(?:named|identified)|condition\s+of\s+anonymity|"
    r"anonymously|(?:asked\s+for|requested)\s+anonymity|"
    r"declined\s+to\s+(?:be\s+named|give)|did\s+not\s+(?:want\s+to\s+)?give\s+"
    r"(?:his|her|their)\s+(?:full\s+)?name)\b")
# Where a described subject works, or what of, up to the comma that sets off who they are:
# " of a south coast restaurant", " at the Makhanga clinic".
_WHERE_OF = re.compile(r"\s+(?:of|at|from|in|with)\s+[a-z][^,.;:!?\n\"“”]{1,50}?(?=,)")
# The same up to a verb of speech: "The mother of one of the men| said".
_OF_BEFORE_SAID = re.compile(r"\s+(?:of|at|from|in|with)\s+[a-z][^,.;:!?\n\"“”]{1,50}?"
                             r"(?=\s+(?:said|says|told|tells|added|insisted)\b)")
# Where the one a description brings in lives or comes from, right after it: a name after it
# is the place, no rival ("A resident of Tera Kora"). (Only up to the name: ``_WHERE_OF``
# reads a lower-case place on to its comma.)
_WHERE_FROM = re.compile(r"\s+(?:of|from|in)\s+")
_AGENTS = _SPEAKS_FOR | frozenset({"rep", "representative", "publicist", "attorney", "lawyer",
                                   "agent", "manager"})


# A sentence's plural subject: "Prosecutors", "Federal prosecutors", "The researchers".
_PLURAL_OPENING = re.compile(
    r"(?P<desc>(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]ome|[Mm]any|[Oo]ther|[Ss]everal)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]+s))\s+[a-z]")


_QUOTED_TITLE_RE = re.compile(_QUOTED_TITLE)
# "a man who lives across the street said": the who-clause that tells which man, up to the verb.
# What may follow an unnamed source's noun as part of how the story introduces them.
_QUALIFIER_STARTS = words("close familiar for with at from of near inside in to")
# Whom a spokesperson speaks for: "for Westmarch Palace", "for the Meridian network".
_FOR_NAME = re.compile(r"\s+for\s+(?:the\s+)?([A-Z][\w&’'.-]*)")
_NOT_IN_QUALIFIER = words("who and but had has have was is were are said told")
# A body's kind after a capital and at most two more words ("the Polish embassy", "the Met
# police", "the Nigerian high commission", "the Caithness taxi operators’ group"): the capital
# is the body's modifier, no body itself. (None of the words a verb, a past tense or a
# determiner: "for the Minister told the committee", "for Tesco said the company", "for the
# Minister explained local council officers".)
_BODY_NOUNS = KINDS_OF_BODY | ORG_WORDS | words("mission")
_NOT_MODIFIERS = _NOT_IN_QUALIFIER | words(
    "the a an its their his her our this that which says tells adds explains warns insists "
    "claims confirms")
_NOUN_AFTER_NAME = re.compile(
    r"(?:\s+(?!(?:" + "|".join(sorted(_NOT_MODIFIERS)) + r"|[a-z]+ed)\b)[a-z][\w-]*[’']?){0,2}"
    r"\s+(?:" + "|".join(sorted(_BODY_NOUNS, key=len, reverse=True)) + r")\b")
_FOR_KIND_OF_BODY = re.compile(r"\s+(for\s+the\s+[A-Z][\w&’'.-]*" + _NOUN_AFTER_NAME.pattern + ")")
# "a volunteer with the Red Cross": where the unnamed person works, a short capitalised name.
_BODY_AFTER = re.compile(r"\s+(?:with|at|for|from)\s+(?:the\s+)?[A-Z][\w&’'.-]*"
                         r"(?:\s+(?:of\s+)?[A-Z][\w&’'.-]*){0,3}")
# A plural noun right after a name: "County officials", "Rytas fans".
_PEOPLE_AFTER = re.compile(r"[ \xa0]+([a-z]+s)\b")
_ONE_OF_KIND_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]very|[Ee]ach)\s+"
                                 r"(?:[a-z][a-z-]*\s+){0,2}$")
_NOUN_AFTER = re.compile(r"[ \xa0]+([a-z][a-z-]*)\b")
# An inverted sentence whose subject is the name after its verb: "Among them was Kacper
# Nowicki", "Also among those injured is ".
_AMONG_THEN_BE = re.compile(r"(?:(?:Also|Chief)\s+among|Among)\b[^,.;:!?“”\"]{1,120}?\s"
                            r"(?:is|was|are|were)\s+")
# Verbs in the simple past that are no participle, noun or adjective ("drew", "began"; not
# "left", "spent", "fell", "rose": "a left winger", "a spent force", "the fell runner").
_SIMPLE_PAST_ONLY = re.compile(r"\s(?:ate|began|blew|broke|came|chose|drank|drew|drove|flew|"
                               r"forgot|froze|gave|grew|knew|ran|rang|rode|sang|sank|shook|spoke|"
                               r"stole|swam|swore|threw|took|tore|went|woke|wore|wrote)\s")
# Between a quotation and an epithet after its verb: "’ said ", "," added ".
_INVERTED_CUE_GAP = re.compile(r"([^A-Za-z\n]*)([a-z]+)\s+")  # (the word a cue verb)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|his|her|their|its|our)\s+$")
_LOCAL_GOVERNMENT = frozenset({"County", "City", "State", "Council", "Town", "Parish", "District",
                               "Province"})
# What the person is doing, up to the comma or the verb: "a woman walking her dog by the bridge".
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]{2,}ing\s[^,.;:!?\n]{1,50}?"
                               r"(?=\s+(?:said|says|told|tells)\b|,)")
# A sentence whose subject is a pronoun, its verb (an adverb may come first) after it: "He said
# his neighbour ...", "She quickly added", "She was less sure".
# (Its verb read by the set: an alternation of the cue verbs cost 1.5 ms a pronoun to compile.)
_PRONOUN_VERB = re.compile(r"(He|She)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# Words that open a relative clause.
_RELATIVE_WORDS = frozenset({"who", "whose", "whom", "that", "which", "where"})
# Nouns that say only a person's sex or age: another word for anyone the story quoted.
# Words for the young that say no more of them ("the boy said").
_YOUNG = frozenset({"boy", "girl", "teenager", "teen", "youngster"})
# Words for anyone, which another word of the story for someone may stand for ("the man").
_ANYONE = _YOUNG | {"man", "woman", "person"}
# The grown-ups a story about the young quotes on them, never "the boy" themselves.
_ADULT_CARERS = PARENT_WORDS | frozenset({
    "teacher", "coach", "principal", "headteacher", "headmaster", "headmistress", "nurse",
    "doctor", "officer", "official", "counsellor", "counselor"})


def _same_stem(a: str, b: str) -> bool:
    """Whether two nouns for people share their stem: "broker" and "shipbroker", "exec" and
    "executive", "witness" and "witnesses", "official" and "officer"; not "ranger" and
    "stranger", nor "mother" and "grandmother" (a word of kin or sex is only itself)."""
    if a == b or len(a) < 4 or len(b) < 4:
        return a == b
    if {a, b} & (KIN_WORDS | FEMALE_WORDS | MALE_WORDS):
        return False
    short, long_ = sorted((a, b), key=len)
    return (long_.endswith(short) and len(long_) - len(short) >= 4) or (
        long_.startswith(short)) or a[:5] == b[:5]


def _sex_words_up_to(description: str, head: str) -> set[str]:
    """The words of a description where it says its person's sex: up to a relative clause
    ("one woman farmer", "a volunteer, a mother of two"), not in one ("a man whose wife
    died"); never stopping before its noun ``head``."""
    words = re.findall(r"[a-z]+", description.lower())
    cut = next((k for k, w in enumerate(words) if w in _RELATIVE_WORDS), len(words))
    return set(words[: max(cut, words.index(head) + 1 if head in words else 0)])


# Words after "the <noun>" that say which one: "The boss of one large dairy supplier".
_QUALIFIED = re.compile(r"\s+(?:of|at|from|for|in|with|on)\b")
# The words that bring someone new into a story: "a", "an", "one", "another".
_NEW_ONE = ("a ", "an ", "one ", "another ")
# Someone addressed by title and surname inside a question: ", Mrs Morrow, ", "Dr Hale, ".
_VOCATIVE = re.compile(r"(?:^|,\s*)(Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w’'-]+)\s*[,?]")
# What a described subject does in the sentence before "“...,” she said" for the quotation to
# be theirs: speaks (a cue verb, after adverbs or auxiliaries) or takes a stand ("was blunter",
# "was less forgiving", "was unmoved").
_SPEAKS_OR_STANDS = re.compile(
    r"\s*(?:(?:also|then|later|again|quickly|[a-z]+ly|has|had|have)\s+)*(?:(?:"
    + "|".join(sorted(CUE_VERBS | STANCE_VERBS, key=len, reverse=True)) + r")\b"
    r"|(?:was|were|is|are|seemed|sounded)\s+(?:(?:even|far|much|rather|still)\s+)?"
    r"(?:(?:less|more)\s+[a-z]+|(?!(?:never|ever|over|under|after|later|rather|together|either"
    r"|neither|other|former|sooner|longer|further|whether)\b)[a-z]+er\b|un[a-z]+ed\b))")
# A cue whose object is the pronoun's other person: "told her to rest", "asked him".
_TOLD_THEM = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]+\s+(?:her|him)\b")


def _may_be(pronoun: str, text: str, m: re.Match[str]) -> bool:
    """Whether the person described by ``m`` at the opening of the sentence ``text`` may be the
    "he" or "she" of a quotation after it: not when the description names the other sex ("A
    man died at the scene. “...,” she said") or its subject is acted on ("A 45-year-old woman
    has been charged ..."), died, or stands in court accused."""
    if any_word_in(m.group("desc"), other_sex_words(pronoun)):
        return False
    # (Its own verb, past a clause set off after it: "A neighbour who knew the man charged
    # with the killing said" is a neighbour speaking.)
    predicate = _SET_OFF.sub("", text[m.end() :], count=1)
    return not (_HARMED_SUBJECT.match(predicate) or _PERISHED.match(predicate)
                or _ACCUSED.match(predicate))


def acted_on_after(text: str, end: int, stop: int, *, feelings_aside: bool = False) -> bool:
    """Whether the verb after a name that ends at ``end`` (before ``stop``) is passive or an
    accusation's ("was jailed", "had been stabbed", "denies murdering"), past a clause set off
    after the name ("who was handed a penalty" is not their own verb). With
    ``feelings_aside``, not a good feeling: see below."""
    rest = _SET_OFF.sub("", text[end:stop], count=1)
    passive = _PASSIVE.match(rest)
    if passive is None:
        return False
    # (With ``feelings_aside``, not a feeling VADER's raters call good, with what it is about
    # after it: "Mauricio Cantero was delighted with his team" is him feeling, and nothing
    # harmed him. Not "was acquitted of", "was praised by": those are done to him. Not when
    # the sentence says he is dead: "Diego Maradona, who died in 2020, was honoured with a
    # minute's applause".)
    return not (feelings_aside and valences().get(passive.group().split()[-1], 0.0) > 0 and (
        _FEELING_ABOUT.match(rest, passive.end())) and _DEATH_WORD.search(text, end, stop) is None)


def _person_phrase(text: str, m: re.Match[str] | None) -> re.Match[str] | None:
    """The phrase ``m`` (a match of _DESC) up to the first noun for a person among its next
    three lower-case words, when its own head is none: "One second-year engineering student
    said" is a student, not "One second-year" (whose head "engineering" read as a verb)."""
    if m is None or is_person_noun(m.group("head").lower()):
        return m
    end = m.end()
    for word in re.finditer(r"\s+([a-z][\w-]*)", text[m.end() : m.end() + 60]):
        if word.start() != end - m.end() or len(text[m.start() : m.end() + word.end()].split()) > 7:
            break
        end = m.end() + word.end()
        if is_person_noun(word.group(1)):
            return _DESC.fullmatch(text, m.start(), end) or m
    return m


# "The Minister" opening a sentence: an office capitalised after "the".
_CAPITAL_OFFICE_OPENING = re.compile(r"^(\W*[Tt]he\s+)([A-Z][a-z]+)\b")


def _opening_person(text: str) -> re.Match[str] | None:
    """The description of a person that opens the sentence ``text``, after any phrase that
    sets the scene ("At the village water point, one elder, who did not give his name, said",
    "Her neighbour, who asked not to be named, was blunter")."""
    among = _AMONG_WAS.match(text, _words_start(text, 0, len(text)))
    if among is not None:
        # "Among the first visitors was a retired teacher from Trinity, who did not want to
        # give her name": the subject comes after its verb (no scene set before it).
        lo = among.end()
    else:
        lo = _scene_end(text)
        lo = _words_start(text, lo, len(text))
    them = _ONE_OF_THEM.match(text, lo)
    if them is not None:
        # "One of them, a 63-year-old widow who asked not to be named, said": the phrase set
        # off says who.
        lo = them.end()
    m = _DESC.match(text, lo)
    if m is None and them is None:
        # "One of the volunteers said": one of a group, a person by the group's noun.
        one = _ONE_OF_PEOPLE.match(text, lo)
        if one is not None and is_person_noun(singular(one.group("head").lower())) and (
                not _NAME_SET_OFF.match(text, one.end())):
            # (Not when their name is set off after it: "One of the volunteers who found
            # them, Lhakpa Dorje, said" is Lhakpa Dorje.)
            return one
    return _person_phrase(text, m)


# A name set off after a description, past a "who" clause: "..., who found them, Lhakpa Dorje,".
_NAME_SET_OFF = re.compile(r"(?:\s+who\s[^,.;:]*)?" + _SET_OFF_NAME.pattern)
# "Among the first visitors yesterday was ": a sentence whose subject, someone unnamed, comes
# after its verb.
_AMONG_WAS = re.compile(r"[Aa]mong\s[^,.;:\n]{1,80}?\s(?:was|is)\s+(?=(?:a|an)\s)")
# "One of them, ", "One of those, ": someone of a group just named, said again after it.
_ONE_OF_THEM = re.compile(r"[Oo]ne\s+of\s+(?:them|those|us)\s*,\s+(?=(?:a|an)\s)")
# "One of the volunteers", "one of her neighbours": one of a group the story names by a plural.
_ONE_OF_PEOPLE = re.compile(
    r"(?P<desc>[Oo]ne\s+of\s+(?:the|his|her|their|its|our|those)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*s))(?=\s*,|\s+(?:who|said|says|told|tells|added)\b)")


# A comma, then perhaps an age, then up to three words of a role in lower case: where a name
# set off begins.
_SET_OFF_ROLE = re.compile(
    r",[ \xa0]+(?:\d{1,3}-year-old[ \xa0]+)?(?P<role>(?:[a-z][\w-]*[ \xa0]+){0,3})")
# Words that make what follows a description's comma no role of its own.
_NOT_OF_A_ROLE = frozenset({"who", "whose", "which", "a", "an", "the", "of", "for", "with",
                            "his", "her", "their", "its", "my", "our", "and", "or"})
# A lower-case noun with no determiner before it, as speakers name their own people ("coach
# told us", "mum said"); "The officer did nothing" is anyone's.
_BARE_PERSON_NOUN = re.compile(
    r"(?<![Tt]he )(?<![Aa] )(?<![Aa]n )(?<![Tt]his )(?<![Tt]hat )(?<![Oo]ne )\b([a-z]{3,})\b")
# Words opening with who "he" or "she" is to the speaker: "He's my little brother".
_IS_MY_KIN = re.compile(r"\s*(?:[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:my|our)\s+(?:[a-z]+\s+)?"
                        r"[a-z]+")
# Someone's relative, in a quotation's words or the sentence before it: "my little brother",
# "his son". (The noun right after the possessive, or after one word more.)
_OWNED_KIN = re.compile(r"\b(?:[Mm]y|[Hh]is|[Oo]ur|[Hh]er|[Tt]heir)\s+([a-z]+)(?:\s+([a-z]+))?")


def _names_kin_of_sex(text: str, sex: str) -> bool:
    """Whether ``text`` names someone's relative of ``sex`` ("m" or "f"; the kin word's sex
    as ``sex_of_noun`` reads it)."""
    return any(w in KIN_WORDS and sex_of_noun(w) == sex
               for k in _OWNED_KIN.finditer(text) for w in k.groups() if w)


# A pronoun for someone of each sex, in a quotation's words ("He came at me").
_OF_SEX = {"m": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE),
           "f": re.compile(r"\b(?:she|her|hers)\b", re.IGNORECASE)}


def _brings_in_one(d: re.Match[str], *, the: bool = False) -> bool:
    """Whether a description brings in one person the story leaves unnamed ("a man", "one
    witness"; not "the man", "two aides"; with ``the``, "the man" too, for a caller that
    knows the story keeps them unnamed)."""
    head = d.group("head").lower()
    return d.group("desc").lower().startswith((*_NEW_ONE, "the ") if the else _NEW_ONE) and (
        is_person_noun(head)) and not is_plural(head)
# Someone new said again in other words: "Another resident, a retired engineer who asked not
# to be named, said".
_APPOSED_DESC = re.compile(r",\s+(?:a|an)\s+[a-z][^,.;:!?\n]{1,60}?(?=,)")
# Who they are, with its commas if set off: ", who declined to give her name,".
_WHO_CLAUSE = re.compile(r",?\s+who\s+[a-z][^,.;:!?\n]{0,40}?(?=\s+(?:said|says|told|tells)\b|,)")
# An age before a name at the head of its sentence: "The 47-year-old Basset".
_AGE_WORD = re.compile(r"[Tt]he|\d{1,3}-year-old")
# "him", or "her" as an object (before punctuation or a preposition, not a noun).
_OBJECT_PRONOUN = re.compile(r"\bhim\b|\bher\b(?=\s*(?:[.,;:!?]|$|\s+(?:to|for|with|after|"
                             r"before|at|in|on|by|as|and|from)\b))")
# Someone else the sentence that names a person is about, before the name: "He was replaced
# by Ian Platt", "The 19-year-old thanked coach Marco Rivet", "A 17-year-old and his father
# Tom Hale"; or after it, as an object or the next sentence's subject: "Manager Gareth Lyle
# defended him", "... by Inspector Tom Rees. He was taken to hospital".
_SOMEONE_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Tt]hey)\b"
                             r"|\b(?:[Tt]he|[Aa]n?)\s+\d{1,3}-year-old\b")
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z][a-z-]+)\b")
_SOMEONE_AFTER = re.compile(_OBJECT_PRONOUN.pattern + r"|[.!?]\s+(?:He|She)\b")
# Nouns for someone the story will not name: "the source said" is whoever it brought in.
_ANONYMOUS = frozenset({"source", "insider"})


def _past_initials(text: str, at: int) -> int:
    """Where ``text`` goes on past a body's initials in brackets at ``at`` (" (NA)"), as the
    name index reads them; ``at`` when there are none."""
    m = _INITIALS_AFTER.match(text, at)
    return m.end() if m else at


# Words that join two people or things, no noun of a body's: "Forward Luka Petrov and coach
# Ivan Horvat".
_JOINING_WORDS = frozenset({"and", "or", "nor", "with", "plus", "without", "than"})
# A form of "be" between a subject and "after": the subject was acted on.
_BEING = re.compile(r"\b(?:was|were|been|being)\b")
# "asked" right before the one asked, past a title: "Ms Vance asked Mr Okafor".
_ASKED_BEFORE = re.compile(r"\basked\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
# The one a court tries, as the story calls them (and one of several tried together).
_ON_TRIAL = frozenset({*ON_TRIAL, "co-accused"})
# An epithet's tag that answers a question: "the witness replied", "the accused answered".
_ANSWERS = re.compile(r"[^,.;:!?\"“”]{1,60}?\s(?:replied|replies|answered|answers|responded|"
                      r"responds|retorted|retorts|shot\s+back|countered|counters)\b")
# A sentence whose subject is acted on or accused: "was jailed", "had been stabbed", "denies".
_PASSIVE = re.compile(r"\s*(?:(?:has|had|have)\s+)?(?:(?:was|were|been|being|is|are|got)\s+"
                      # (An irregular participle by its ending: "bitten", "stolen", "thrown".)
                      r"(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+(?:tten|dden|ken|ven|len|zen|wn)|"
                      r"sent|held|found|given|taken|seen|beaten|shot|"
                      r"hit|struck|"
                      r"caught|told|led|brought|kept|left|charged)\b|den(?:y|ies|ied)\b)")
# With no cue, a sentence that says its subject was harmed or charged is no one speaking:
# "A cyclist suffered fatal injuries when he was hit by a truck", "A 32-year-old man appeared
# in court charged with ...".
_HARM_VERBS = (r"(?:hit|killed|injured|hurt|struck|stabbed|shot|wounded|attacked|assaulted|"
               r"arrested|charged|detained|taken|rushed|airlifted|run over|knocked)")
_HARMED = re.compile(rf"\b(?:was|were|been|being)\s+(?:[a-z]+ly\s+)?{_HARM_VERBS}\b|"
                     r"\b(?:fatal|fatally|died|dead|killed|injured|injuries|charged|accused|"
                     r"arrested)\b")
# The same as the subject's own verb: "A 45-year-old woman has been charged" (not "was
# worried", "was delighted": no harm, and the subject may go on to speak).
_HARMED_SUBJECT = re.compile(rf"\s*(?:(?:has|had|have)\s+)?(?:was|were|been|being|is|are|got)\s+"
                             rf"(?:[a-z]+ly\s+)?{_HARM_VERBS}\b")
# A defendant brought in: "A 32-year-old man appeared in court charged with ...", where
# "charged" reads as a cue.
_ACCUSED = re.compile(r"\s*(?:(?:has|had)\s+)?appeared\s+(?:in|before)\b")
# What a feeling is about, right after it: "delighted with", "pleased to", "thrilled that".
_FEELING_ABOUT = re.compile(r"\s+(?:with|about|that|to|at)\b")
# Words that say someone is dead, anywhere in a sentence about them.
_DEATH_WORD = re.compile(r"\b(?:died|dies|dead|late|perished|killed|posthumous(?:ly)?)\b")
# A subject who died, as its own verb: "A man died at the scene".
_PERISHED = re.compile(r"\s*(?:(?:later|has|had)\s+)?(?:died|dies|drowned|perished)\b")
# A clause set off right after a name: ", 29,", ", who was handed a penalty,".
_SET_OFF = re.compile(r"^\s*,[^,.;:]*,")
# A sentence that goes on with a pronoun for its subject: "He believed ...".
_PRONOUN_OPENING = re.compile(r"\s*(?:He|She)\b")
# A sentence about a document: "The lawsuit disputes that.", "The new report found".
_DOCUMENT_OPENING = re.compile(r"\s*(?P<desc>The\s+(?:[a-z][\w’'-]*\s+){0,3}?(" + "|".join(sorted(
    w for w in _DOCUMENTS if " " not in w and w not in FORECAST_DOCUMENTS)) + r"))\b")
# A passive sentence up to its agent's name: "The letters were found by ", "The team was
# guided on all its trips by " (a subject of a few words after "the", no clause of its own;
# never a pronoun or a name: "He was replaced by" is about him).
_PASSIVE_BY = re.compile(
    r"(?P<subject>[Tt]he\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|en|wn|ht|ung|ade|ound|ept)\s+(?:[a-z][\w’'-]*\s+){0,5}?by\s+")
# Where someone is from or at, right before a name: "a guide from ", "a nurse at the ".
# (Not "to" or "against": "presented by Mayor Tom Ray to volunteer Sam Cole" names a rival.)
_WHERE_FROM_BEFORE = word_before("from in at of near outside", the=True)
_BY_BEFORE = word_before("by")
# "Pryce himself was more measured."
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves)\b")
# A sentence that opens with a conjunction and then a name ("But Mulcahy, 51, hit back"): the
# name is its subject as if it opened the sentence.
# ("But", "And", "Yet" also before a pronoun's clause, and before a role and a name.)
BUT_AND_YET = ("But", "And", "Yet")
_CONJUNCTION_OPENING = re.compile(_SENTENCE_STARTS + r"(?:" + "|".join(
    (*BUT_AND_YET, "So", "Still", "Now", "Meanwhile", "Then")) + r")\s+$")
# An opening clause of one comma's length: "Asked what he would tell the fans who left early, ".
# (Full stops of abbreviations may stand in it: the sentence ends where the splitter said.)
_OPENING_CLAUSE = re.compile(r"[\"“‘]?[A-Z][^,!?;:\n\"“”]{0,150},\s+")



# A "who" clause right after a name: the name is someone's, whatever the census knows of it.
_WHO_AFTER = re.compile(r",\s+who\s")
# A description opening its sentence or a clause joined by ", and"/", but", then a comma:
# "The chair of the festival's board, ".
_DESCRIPTION_OPENING = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|A|An)"
    # (Or opening a clause joined on: "This reply provoked an uproar, and the Speaker, Anand
    # Gopee, had to intervene. “...,” he reminded the House.")
    r"|(?<=, and |, but )(?:the|a|an))\s+[^,.;:\n“”\"]{2,70},\s*$")
# Between a description and a name set off after it: where they are, if said, and the comma
# ("A younger soldier| in the unit, |Maksym").
_PLACE_THEN_APPOSITION = re.compile(r"(?:\s+(?:in|at|on|with|from)\s+[^,.;:]{1,40}?)?\s*,\s*")


def _offices(roles: set[str]) -> set[str]:
    """The words of ``roles`` that name a title or an occupation, not a style: "Mr Rajesh
    Sewtohul" may be "the MSM leader", where "Senator Hale" is no "governor"."""
    return {r for r in roles if is_role_word(r) and r not in _STYLE_WORDS}


def _as_description(desc: str) -> str:
    """The story's words for an unnamed source, as they would follow a dash: "a former employee"."""
    desc = " ".join(desc.split())
    first, _, rest = desc.partition(" ")
    if first == "That":
        # "That engineer, who asked not to be named, ...": under a dash, "the engineer".
        first = "The"
    while " " in rest and rest.rsplit(None, 1)[-1] in LINK_WORDS:
        # "a pupil at Ellison’s former school in": no preposition or conjunction last under
        # a dash.
        rest = rest.rsplit(None, 1)[0]
    desc = f"{first} {rest}".strip()
    if first in ("The", "A", "An", "His", "Her", "Their", *_SOME_OF) or (
            first[:1].isupper() and first[1:].islower() and is_person_noun(first)):
        # A capital only because the sentence starts there ("Teachers chanted").
        return (first.lower() + " " + rest).strip()
    return desc
