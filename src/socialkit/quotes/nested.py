"""Quotations reported inside a quotation: "He put his hand on the table and said, ‘Be ready.’"

The outer quotation is its speaker's words, inner marks and all; the words inside the inner
marks are someone else's as the outer speaker recalls them. An inner quotation is listed as a
quote of its own only when the outer speaker's words say who said it, with a speech verb right
before its opening mark and a subject the story lets us name: a person the story names ("And
then Aroha put her hand on the table and said, ‘...’"), or a source it describes ("A woman in
Ashby Drove told me, “...”"). A pronoun ("He looked at me and said, ‘...’") is the one other
person of its sex whom the speaker's words name, or, when they name no one, whom the story
names in the paragraph of the quotation or the one before ("Her brother had texted her. // “He
wrote, ‘...’”"), or, when the story names no one who could be them there or a paragraph further
back, whom its narration just described ("... failed to persuade an elderly man to leave. //
“He told them, ‘...’”"); left alone when there are two, or when the speaker describes someone
before ("My dad was a firefighter. He always said"). A quotation with no speech verb (a
nickname, a scare quote: "Everyone called him ‘Tito’") is left alone. The speaker's own words
for someone count too, when the lexicon knows the noun for a person: "The younger officer took
his hat off and said, “...”", "My grandson woke me and said, ‘...’" (credited as the story
would say it: "her grandson").

Such a quote is never put on a card or in a post (``Quote.reported_by`` is set): its words are
the outer speaker's account of what was said, and the outer quotation is what a card can
credit.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from socialkit.models import Article, Quote, SpeakerKind
from socialkit.quotes.extract import _DOUBLE, _pair
from socialkit.quotes.lexicon import (
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    KIN_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACES,
    STANCE_VERBS,
    SUBORDINATORS,
    TELL_VERBS,
    kin_given_alone,
    other_sex_words,
)
from socialkit.quotes.names import (
    _FORMS_OF_ADDRESS,
    _LESSER,
    _NEXT_WORD,
    _TITLE_SEX,
    NOT_AN_END,
    Entity,
    NameIndex,
    lesser_office,
)
from socialkit.quotes.people import (
    is_given_name,
    is_listed_person_noun,
    is_person_noun,
    is_plural,
    is_role_word,
    singular,
)
from socialkit.quotes.speakers import _ON_TRIAL, _RELATIVE_WORDS, acted_on_after
from socialkit.quotes.tag_patterns import (
    _AT_A_PLACE,
    _BEING_BEFORE,
    _PLACE_SPEAKS,
    IRREGULAR_PAST_WORDS,
    PLAIN_NAME_RUN_PATTERN,
    word_before,
)

# A speech verb, an optional listener and a comma or colon, right before the inner mark:
# "said, ", "told me, ", "said to me, ", "asked him: ".
# (A listener by a pronoun or by whose they are: "told me", "said to us", "tell our teams".)
_CUE_BEFORE_MARK = re.compile(
    r"(?P<cue>[a-z]+)(?:\s+(?:to\s+)?"
    r"(?P<listener>me|him|her|us|them|(?:the|our|my|his|her|their)\s+\w+))?"
    # ("said to me last month, ", "told us yesterday, ".)
    # ("asked me the other day, ", "ask me every night, ", "told me once, ".)
    r"(?:\s+(?:(?:last|this|that|one|every)\s+(?:week|month|year|night|morning|day|time)|"
    r"the\s+other\s+day|yesterday|today|once|again|afterwards|later|then))?"
    # ("told me before the game, ", "said to me at the drinks break, ", "told him on the radio, ":
    # when or where, in a phrase of its own.)
    r"(?:\s+(?:before|after|during|at|on|in)\s+(?:the|a|that|this|our|his|her|my)"
    r"\s+[a-z]+(?:\s+[a-z]+)?)?"
    r"\s*(?P<stop>[,:]?)\s*$")
# Verbs that name rather than report ("called him ‘Tito’", "calls it “the wall”").
_NAMING = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "describe",
                     "describes", "described", "describing", "term", "termed"})
# A sentence's end inside a quotation: a full stop, ! or ?, with any closing marks after it
# ("... get it.’ Then she said").
# (Not the full stop of a title before a name, "Mr. Ical told us", nor of any abbreviation
# the story's own sentence bounds pass over.)
_SENTENCE_BREAK = re.compile(r"[.!?]" + NOT_AN_END + r"[”’\"»)]*\s+")
# Speech whose verb is a noun too ("a shout"), which the story's cue list leaves out: inside
# a quotation, right before an inner mark, its participle reports words ("was shouting, ‘...’").
_SPEAKING = frozenset({"shouting", "crying", "chanting", "joking", "replying", "answering",
                       "repeating", "demanding"})
# Words that open a clause of its own inside a verb phrase: a relative word, or "when".
_CLAUSE_OPENERS = _RELATIVE_WORDS | {"when"}
# How far back the clause that brings in an inner quotation is looked for: it is short, and a
# quotation may run for pages (reading all of it before each inner mark made a long one
# quadratic).
_CLAUSE_REACH = 400


def _last_sentence(before: str) -> str:
    """The last sentence of ``before`` (within ``_CLAUSE_REACH`` characters of its end)."""
    tail = before[-_CLAUSE_REACH:]
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(tail)]
    return tail[ends[-1] :] if ends else tail


# How words said end when no comma or colon sets them off ("kept saying ‘Sorry.’").
_SPEECH_ENDS = (",", ".", "!", "?", "…")
# Verbs only of speech, never of a song's or a book's title.
_SAY = TELL_VERBS | {"say", "says", "said", "saying"}
# A clause of its own before "and" holds a lower-case word; a plural noun alone, perhaps after
# one word ("Parents", "the officers").
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_PLURAL_ALONE = re.compile(r"(?:[a-z]+\s+)?([a-z]+)")
# A time opening a clause before its subject: "Two years ago", "Last week", "On Monday".
_TIME_LEAD = re.compile(
    r"^(?:(?:last|this|one|that)\s+(?:week|month|year|night|morning|evening|day|summer|winter|"
    r"spring|autumn|season|time)|(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+ago|yesterday|"
    r"today|on\s+[A-Z]\w+day|in\s+(?:19|20)\d\d|every\s+(?:day|week|morning|year|time)"
    # ("Before the game the old boys came", "In the final my coach told me": an event
    # before the subject, with no comma; "before" may already be gone as a conjunction.)
    r"|(?:(?:before|after|during|in|at)\s+)?the\s+[a-z]+(?=\s+(?:the|my|our|one|a|an)\s))"
    r"\s*,?\s+(?=\S)", re.IGNORECASE)
# Words that make a post a lesser one wherever they stand in it ("Deputy General Manager"),
# when the post's own word is in it too (see ``_lesser_post``): stricter than
# ``lesser_office``, which the story's own tags use (widened there, it cost two blind
# quotations in round forty-six).
_LESSER_WORDS = frozenset(_LESSER) | {"acting"}
# "the Mayor", "the coach": a definite post opening a clause's subject.
_THE_POST = re.compile(r"[Tt]he\s+((?:[A-Z][a-z-]+\s+)*[A-Z][a-z-]+|[a-z][a-z-]+)\b")
# What leads a clause before its subject: "And then Aroha put ...", "So somebody said".
_LEAD = re.compile(r"^(?:(?:and|but|so|then|now|when|until|after|before|just)\s+)+",
                   re.IGNORECASE)
_NAME_RUN = re.compile(PLAIN_NAME_RUN_PATTERN)
# "that" opening a clause of its own, before its subject: "told the court that a clerk"; so
# does "where" or "when": "I was at a meeting where a woman stood up and said".
_THAT_CLAUSE = re.compile(
    r"\b(?:that|where|when)\s+(?=(?:a|an|the|my|our|his|her|their|one)\s)")
# The subject of a clause that sets a scene for "where" or "when": "I was", "We were",
# "There was", "It was".
_SETTING_SUBJECT = re.compile(r"(?:I|[Ww]e|[Tt]here|[Ii]t)\b")
# A verb of hearing before whom it heard speak, and the bare or "-ing" verb it takes: "I have
# heard parents say" ("I heard the doctor and said" is the speaker's own).
_BARE_SPEECH = frozenset({"say", "saying", "tell", "telling", "ask", "asking", "shout",
                          "shouting", "call", "calling"})
_HEARD = re.compile(r"\b(?:heard|hear|hears|hearing)\s+(\S.*)$")
# Someone the speaker does not name: "a woman in Ashby Drove", "one of the nurses", "somebody".
_DESCRIPTION = re.compile(
    # ("His mother told me: ‘...’" in the father's words.)
    r"(?P<det>a|an|one|another|the|my|our|his|her|their|one\s+of\s+(?:the|our|my|their|his|her))\s+"
    r"(?P<words>(?:[a-z][\w-]*\s+){0,3}?)(?P<head>[a-z][\w-]*)"
    r"(?P<where>\s+(?:in|at|from|on|near|outside|of)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)?"
    r"|somebody|someone",
    re.IGNORECASE)
# (Not "could", "will", "never", "did": "Dad would never say", "could have said", "would have
# said" are words not said; a "would" right before the verb is _HABITUAL's.)
# ("the nurse there said": a place's adverb after the subject; "My neighbour was shouting":
# the progressive's "was", reached only with a verb in "-ing", as "was told" is passive.)
_AUXILIARIES = re.compile(r"(?:\s+(?:had|has|have|always|just|then|once|later|finally|often|"
                          r"still|also|again|even|sometimes|"
                          r"kept|keeps|keep|used\s+to|there|here|was|were|is|are))+$")
# The adverbs that may stand between a subject's "would" (or its negation) and the speech
# verb: "would always say", "He'd just say", "never once said".
_ADVERB_WORDS = "always|often|sometimes|usually|just|still|then|once|ever|even|really"
_ADVERBS = rf"(?:\s+(?:{_ADVERB_WORDS}))*"
# "would" right before the speech verb, or with only such adverbs between.
_HABITUAL = re.compile(r"(?:\s+would|(?<=\w)[’']d)" + _ADVERBS + r"\s*$")
# A condition contrary to fact, or the speaker's guess: "If Dad was alive", "If Grandad could
# see us now", one person's subjunctive "If he were still in office", "I'm sure that, if she
# could speak, she would tell them". (Not a condition that recurs, "If one of us was
# dragging our feet, she'd stand at the top of the ramp and say", "If we were late home":
# what she said each time; nor "as if I were".)
_SUPPOSED = re.compile(
    r"\b[Ii]f\s+(?:he|she|[A-Z][a-z]+|(?:my|our|your)\s+[a-z]+)\s+(?:(?:was|were)\s+(?:still\s+)?"
    r"(?:alive|here|with\s+us|around\s+today)|could)\b"
    r"|(?<![Aa]s )\b[Ii]f\s+(?:he|she|I|it|[A-Z][a-z]+)\s+were\b"
    r"|\bI\s*(?:[’']m|am)\s+sure\b|\bI\s+bet\b")
# What a speaker calls a parent or a grandparent: their sex and which kin they are.
FAMILY_CALLED = {**dict.fromkeys(("dad", "daddy", "da", "pa"), ("m", "parent")),
                  **dict.fromkeys(("mum", "mom", "mam", "mammy", "mummy", "mommy", "ma"),
                                  ("f", "parent")),
                  **dict.fromkeys(("grandad", "granddad", "grandpa"), ("m", "grandparent")),
                  **dict.fromkeys(("nan", "nana", "nanna", "gran", "granny", "grandma"),
                                  ("f", "grandparent"))}
# The roles the story may give them, and the speaker's own role to them.
_FAMILY_ROLES = {("m", "parent"): {"father", "dad"}, ("f", "parent"): {"mother", "mum", "mom"},
                 ("m", "grandparent"): {"grandfather", "grandad", "granddad"},
                 ("f", "grandparent"): {"grandmother", "nan", "gran", "granny", "grandma"}}
_CHILD_ROLES = {"parent": {"son", "daughter"}, "grandparent": {"grandson", "granddaughter"}}
# A parent or grandparent as the speaker or the story describes them: "my father", "her mum".
_FAMILY_NOUNS = {**FAMILY_CALLED, "father": ("m", "parent"), "mother": ("f", "parent"),
                 "grandfather": ("m", "grandparent"), "grandmother": ("f", "grandparent")}
_KIN_DESCRIBED = re.compile(r"(?P<whose>my|her|his)\s+(" + "|".join(sorted(_FAMILY_NOUNS)) + r")")
# A determiner inside a description's words, not after "of" ("one of the workers").
_SECOND_DETERMINER = re.compile(r"(?<!\bof )\b(?:my|our|his|her|their|the)\s", re.IGNORECASE)
# Everyone, whose words the story gives as everyone's; and no one, whose words nobody said.
_EVERYONE = frozenset({"everyone", "everybody"})
_GENERIC = frozenset({"nobody", "no one"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})


def _lesser_post(entity: Entity, post: str) -> bool:
    """Whether ``entity`` holds ``post`` only as a lesser one ("Deputy General Manager" is no
    "the Manager"). (A lesser word in a post that is not this one says nothing of this:
    "Deputy Minister of Health, Dr Khampheng" is still a doctor.)"""
    said = set((entity.role_phrase or "").lower().split())
    return post in said and not _LESSER_WORDS.isdisjoint(said)


def _post_by_title_only(entity: Entity, post: str) -> bool:
    """Whether ``entity`` is "the doctor" only because the story wrote "Dr" before their name
    ("paediatric ward chief Dr Nhim Vuthy", "Dr Chhim Sopheak, director of ..."): in a
    patient's account ("The doctor told me, ‘...’") that is whichever doctor they saw, and the
    story's words "the doctor" credit them without guessing. (Over the read sets five of five
    such doctors were someone else. Other titles' synonyms stay: "Sen. Maria Cantu" is "the
    senator", "Capt. Lim" "the captain", whoever speaks of them.)"""
    return post.lower() == "doctor" and "dr" in entity.roles and (
        "doctor" not in (entity.role_phrase or "").lower().split())


def _known_person_noun(word: str) -> bool:
    """A noun the lexicon lists for a person's office, kin or kind ("officer", "grandson",
    "fan"), not one that only ends like one ("over") nor a bare "man" or "dad": an inner
    quotation's "he" or "she" looks back only to someone the speaker set apart so."""
    low = word.lower()
    return is_role_word(low) or low in KIN_WORDS or low in PEOPLE_NOUNS or (
        low.endswith("s") and (is_role_word(low[:-1]) or low[:-1] in PEOPLE_NOUNS)) or (
        # ("The foreman shouted", "One of the retired policemen came to me": a compound of
        # "man", as the lexicon's "chairman", is a person's noun; "bosses" a plural in "-es".)
        len(low) > 5 and low.endswith(("man", "men"))) or (
        low.endswith("es") and is_role_word(low[:-2]))


def _plural_of_people(word: str) -> bool:
    """Whether ``word``, in lower case, is a plural noun for people ("parents", "people"):
    people a speaker names by it alone, as the story would credit them."""
    return word == "people" or (is_plural(word) and _known_person_noun(word))


# Someone the speaker's words bring in: a determiner, then up to three lower-case words, one of
# them a noun the lexicon lists for people ("the younger officer", "my grandson", "one of our
# drivers"; not "the gaffer came over": "over" only ends like such a noun).
# Speech named as the first or last thing someone said: "The last thing he said to me was, ",
# "the first thing Tavaris told me was: " (what the subject holds is the tag: "he said to me").
_THING_SAID = re.compile(
    r"\b(?:[Tt]he\s+)?(?:first|last|only)\s+(?:thing|words?)\s+(?P<said>(?:[Hh]e|[Ss]he|[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)\s+(?:ever\s+)?(?:said|told|asked|wrote|texted)(?:\s+(?:to\s+)?"
    r"(?:me|us|him|her|them))?)\s+(?:was|were|is)\s*[,:]?\s*$")
# Verbs of coming and going in the present, as a joined verb phrase before speech opens them:
# "the traders come to the village and say", "the buyer comes with a truck and says".
_COMING_VERBS = frozenset({"come", "comes", "go", "goes", "arrive", "arrives", "turn", "turns",
                           "show", "shows", "stand", "stands", "walk", "walks", "call", "calls",
                           "look", "looks", "sit", "sits"})
_PERSON_PHRASE = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Oo]ne(?:\s+of\s+(?:the|our|my|their|his|her))?|[Aa]nother|[Mm]y|[Oo]ur)"
    r"((?:\s+[a-z][\w-]*){1,3})")


def _person_phrase_end(text: str, start: int, exclude: frozenset[str] = frozenset(), *,
                       by_ending: bool = False) -> int | None:
    """Where such a phrase opening at ``start`` ends, at its noun for people (one not in
    ``exclude``); None when none opens there. With ``by_ending``, also at a noun for a person
    by its ending alone among its first two words, when a verb in the past follows it ("The
    buyer looked at it and said", "the old boys came"; only before a past verb: in "the
    gaffer came over", "over" ends like such a noun, and "the game the old" has none)."""
    m = _PERSON_PHRASE.match(text, start)
    if m is None:
        return None
    for word in re.finditer(r"[a-z][\w-]*", m.group(1)):
        if _known_person_noun(word.group()) and word.group() not in exclude:
            return m.start(1) + word.end()
    for k, word in enumerate(islice(re.finditer(r"[a-z][\w-]*", m.group(1)), 2)) if (
            by_ending) else ():
        end = m.start(1) + word.end()
        verb = _NEXT_WORD.match(text, end)
        if verb is not None and is_person_noun(word.group()) and (
                verb.group(1).endswith("ed") or verb.group(1) in IRREGULAR_PAST_WORDS or (
                    # ("Now the traders come to the village and say", "The buyers come":
                    # right after the determiner, a noun for people by its ending before a
                    # verb in the present of its number.)
                    k == 0 and verb.group(1) in _COMING_VERBS)):
            return end
    return None


def reported_inside(article: Article, quotes: list[Quote], entities: list[Entity],
                    names: NameIndex) -> list[Quote]:
    """The quotations reported inside ``quotes`` whose speaker their outer speaker names, each
    with ``reported_by`` set to the outer speaker (``entities``: the story's named people,
    bodies and places; ``names``: the story's name index, for who it names just before)."""
    people = [e for e in entities if e.kind == "person"]
    # Words of a body's or a place's name: "Morrison Homes told us", "Wellington says" are no
    # person who bears the word.
    elsewhere = {t for e in entities if e.kind != "person" for t in e.tokens} | PLACES
    body = article.body
    out: list[Quote] = []
    for quote in quotes:
        if quote.speaker is None or quote.reported_by is not None:
            continue
        # (The teller as the story names them, looked up once for all the words they report.)
        teller = next((e for e in people if e.name == quote.speaker), None)
        for start, end in quote.spans:
            outer = body[start - 1] if start else ""
            single = outer in _DOUBLE
            for open_at, close_at in _pair(body[start:end], start, single)[0]:
                inner_start, inner_end = open_at + 1, close_at
                words = body[inner_start:inner_end].strip()
                if not words:
                    continue
                lead = body[start:open_at]
                thing = _THING_SAID.search(lead[-160:])
                if thing is not None:
                    # "The last thing he said to me was, ‘...’": the clause inside the
                    # subject says who spoke, as "he said to me, ‘...’" would.
                    lead = lead[: len(lead) - len(lead[-160:]) + thing.start()] + (
                        f"{thing.group('said')}, ")
                who = _speaker(lead, words, people, elsewhere, quote.speaker,
                               body[close_at + 1 : close_at + 2],
                               # (Bounded: a story of one long paragraph made this a
                               # slice of the whole story per inner quotation.)
                               body[max(_paragraphs_back(article, quote.start, 1),
                                        quote.start - _CLAUSE_REACH) : quote.start])
                cue_sentence = _last_sentence(lead)
                subject = _pronoun_subject(cue_sentence) if who is None else None
                if subject is not None:
                    # "He looked at me in the huddle and said, ‘Be ready.’": the one other
                    # person of that sex the speaker's words name before, or, when they name
                    # no one, the one the story names just before. Not when they describe
                    # someone ("The manager called me in. He shut the door and said", "My dad
                    # was a firefighter too. He always said"), whom no name can stand for.
                    sex = "m" if subject.group(1).lower() == "he" else "f"
                    # (Their words alone say whom they describe: "the 54-year-old said"
                    # between two parts of a quotation is the teller.)
                    said = " ".join(body[a : min(b, open_at)] for a, b in quote.spans
                                    if a < open_at)
                    other = None
                    described = None
                    if not _describes_someone(said):
                        # (A name may stand in the narration between the parts: "said Ana
                        # Lima, who trained under Rui Costa. “He used to say, ‘...’”".)
                        named = _named_in_words(body[quote.start : open_at], sex,
                                                quote.speaker, people)
                        other = named[0] if len(named) == 1 else None if named else (
                            _named_in_story(article, quote, sex, names))
                        if other is not None and not named and any(
                                q.speaker == other.name and q.start < quote.start
                                and q.end > _paragraphs_back(article, quote.start, 1)
                                for q in quotes):
                            # ("“Desmond carried this island,” Pastor Banks said. // His
                            # widow ... “He called me and said, ‘Angie, ...’”": a man just
                            # quoted in his own words is a source, not the one she recalls.)
                            other = None
                        cue = _CUE_BEFORE_MARK.search(cue_sentence)
                        if not named and cue is not None and cue.group("cue") in CUE_VERBS:
                            # (Only with a speech verb before the mark: "He wanted to work
                            # with ‘Nellie Wall,’" names a song.)
                            described = _described_in_story(article, quote, sex, quotes,
                                                            people, names)
                        if other is None and described is None and not named and (
                                cue is not None and cue.group("cue") in CUE_VERBS) and (
                                # (Words set off as speech, or after a verb only of
                                # speech, "She used to say ‘don't make a fuss’": "She sang
                                # ‘Sgubhu Se Kasi’ slower" names a song.)
                                cue.group("stop") or words.endswith(_SPEECH_ENDS)
                                or cue.group("cue") in _SAY):
                            # "“He used to tell us, ‘...’”" in a son's tribute, "“She kept
                            # saying, ‘I’m fine’”" from the idol's agency: with no one of that
                            # sex in view, the person the story is about.
                            # (Else "“He called me about half-past ten and said, ‘Mammy, I
                            # coming home’,” said Gemma Antoine": the one other person named
                            # before who bears the teller's surname, of that sex or of none
                            # the story says, is the kin they speak of.)
                            # (The namesake first when the story calls the teller kin:
                            # "His sister, Sherica Richards," speaks of her brother, not of
                            # the accused the story names most; "Maria Okafor, who had lent
                            # him her car," of the hiker, not a volunteer Peter Okafor.)
                            namesake = _namesake(quote.speaker, sex, people, names,
                                                 quote.start)
                            other = namesake if namesake is not None and teller is not None and (
                                teller.roles & KIN_WORDS) else (
                                _central_of_sex(names, sex, quote.speaker) or namesake)
                    if thing is not None and other is not None and _official_source(
                            other, names, quote.start):
                        # ("Detective Inspector Mark Fellows said officers were questioning
                        # two men. // “The last thing he said to me was, ‘Mum, I’ll be back
                        # by ten’”": an official the narration reports is not the one
                        # recalled.)
                        other = None
                    who = described or ((other.name, "name") if other is not None else None)
                if who is None:
                    continue
                speaker, kind = who
                kin = _KIN_DESCRIBED.fullmatch(speaker) if kind == "description" else None
                whose = kin.group("whose") if kin is not None else "my"
                if whose != "my" and (
                        teller is None or teller.gender != ("f" if whose == "her" else "m")):
                    # ("She said his father ..." in Marcia's words is someone else's father.)
                    kin = None
                family = _family_member(quote.speaker, _FAMILY_NOUNS[kin.group(2)], people) if (
                    kin is not None and quote.speaker) else None
                if family is not None:
                    # "My father used to say, ‘...’" in Lina Haddad's words, "She said her
                    # father had been writing a song. // “He kept saying, ‘...’”": the
                    # parent the story names, by the surname they share.
                    speaker, kind = family
                elif kind == "description" and speaker.split()[0] in ("my", "our"):
                    # "my director told us" in Dana Lee's words is her director, as the story
                    # would say it ("our drivers" stays theirs: whose, a body's or a crew's,
                    # the story does not say).
                    speaker = _whose(speaker, quote.speaker, people)
                out.append(Quote(
                    text=words, start=inner_start, end=inner_end,
                    spans=((inner_start, inner_end),), kind="full", speaker=speaker,
                    speaker_kind=kind, cue=None, via=None, reported_by=quote.speaker))
    return out


_DETERMINER = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Mm]y|[Oo]ur)\s+")
# A word that opens a clause of its own before the main one: "When my father taught me, ".
# (The lexicon's words for one, as the name index reads them, with "once" and "whenever".)
_SUBORDINATOR = re.compile(r"\s*(?:" + "|".join(sorted(SUBORDINATORS | {"once", "whenever"}))
                           + r")\s+", re.IGNORECASE)
# A pronoun for one person other than the speaker, as subject or object: "he", "her".
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|him|her)\b")


def _mentioned_before(earlier: str, pronoun: str) -> tuple[str, SpeakerKind] | None:
    """The last person the words ``earlier`` describe ("the fourth official", "a nurse"),
    when "he" or "she" can be them and no other pronoun has come between."""
    other = other_sex_words(pronoun)
    found: tuple[int, int] | None = None
    for det in _DETERMINER.finditer(earlier):
        end = _person_phrase_end(earlier, det.start(), other)
        # (Not "the nurses": "He kept apologising to the nurses. He kept saying" is one; but
        # "One of the firemen came to the window. He just said" is one of them. Nor an
        # owner: in "the director’s secretary", "the players’ wives" another speaks.)
        if end is not None and (not is_plural(earlier[det.start() : end].split()[-1]) or (
                _one_of_them(earlier, det.start(), end, other))) and not (
                earlier.startswith(("’s", "'s"), end) or (
                    earlier[end - 1] == "s" and earlier.startswith(("’", "'"), end))):
            found = (det.start(), end)
    if found is None or re.search(r"\b(?:he|she|they|him|her)\b", earlier[found[1] :]):
        return None
    phrase = earlier[found[0] : found[1]]
    return phrase[0].lower() + phrase[1:], "description"


def _one_of_them(earlier: str, start: int, end: int, other: frozenset[str]) -> bool:
    """Whether the phrase of ``earlier`` from ``start`` to ``end`` is one person of a plural
    noun for people, as a subject may be: "One of the firemen came to the window", "I spoke
    to one of the nurses". Not what someone is ("My father was one of the founding
    members", "I was one of the smallest kids"), nor "every one of", "one of the teams" (a
    body), "one of the nights the nurses", "one of the sisters" for "he"."""
    words_ = earlier[start:end].split()
    noun = words_[-1].lower()
    return [w.lower() for w in words_[:2]] == ["one", "of"] and not (
        _ONE_OF_WHAT.search(earlier, max(0, start - 25), start)) and not any(
        w.lower() in ("the", "a", "an", "my", "our", "his", "her", "their")
        for w in words_[3:-1]) and not any(
        w in COLLECTIVE_NOUNS or w in other for w in (noun, singular(noun)))


# What makes "one of" no subject: a copula before it ("was one of the founders") or a word
# that counts them all ("every one of", "no one of").
_ONE_OF_WHAT = re.compile(r"(?:\b(?:was|were|am|is|are|be|been|every|each|no)|[’'](?:m|s|re))"
                          r"\s+(?:(?:[a-z]+ly|also|still|always)\s+)?$", re.IGNORECASE)


# A determiner and up to two words before a plural noun for people: "some| residents",
# "the old |men".
_PLURAL_LEAD = re.compile(r"\b(?:[Ss]ome|[Tt]he|[Mm]any|[Mm]ost|[Tt]hose|[Tt]hese|[Oo]ur|[Mm]y)"
                          r"\s+(?:[a-z][\w-]*\s+){0,2}$")


def _plural_mentioned_before(earlier: str, then: str = "", *, subject: bool = False
                             ) -> tuple[str, SpeakerKind] | None:
    """The people the words ``earlier`` name by a plural noun ("some residents", "the
    buyers") in their last sentence (or the clause's own before it), when nothing that could
    be "they" instead comes after them there or in ``then``, the words that follow ``earlier``
    up to the clause: another "they" or "them", a body ("so we rang the ministry. They told
    us"), or a sentence between ("Then the rebels came"). With ``subject``, only a
    plural that opens its sentence or a clause after a verb of speech ("said soldiers
    ordered him"): "Police evacuated residents" names whom they acted on."""
    found: re.Match[str] | None = None
    for word in re.finditer(r"\b[A-Za-z][\w-]*\b", earlier):
        # (Capitalised only where a sentence opens: "Officials set the price.")
        if _plural_of_people(word.group().lower()) and (word.group()[0].islower() or (
                _SUBJECT_BEFORE.search(earlier, max(0, word.start() - 4), word.start()))):
            found = word
    if found is None:
        return None
    rest = earlier[found.end() :] + then
    if re.search(r"\b(?:they|them|their)\b", rest, re.IGNORECASE) or _SENTENCE_BREAK.search(
            rest.rstrip(" \n\"“‘'")) or any(
            w in ORG_WORDS for w in re.findall(r"[a-z]+", rest.lower())):
        return None
    lead = _PLURAL_LEAD.search(earlier, max(0, found.start() - 60), found.start())
    start = lead.start() if lead else found.start()
    if earlier[max(0, start - 6) : start].rstrip().endswith("their"):
        return None  # ("burned their fields": their things, not them)
    if subject and not _SUBJECT_BEFORE.search(earlier, max(0, start - 40), start):
        return None
    text = earlier[start : found.end()]
    return text[0].lower() + text[1:], "description"


# Where a plural may open its sentence or a clause of speech: a sentence's start, or right
# after "said", "say" or "says".
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?][”’\"]?\s+|\n|\b(?:said|say|says)\s+)$")


# A clause whose subject is "he" or "she" before an inner quotation's cue ("He looked at me
# in the huddle and said", "She said to me").
# (Or after a clause of its own with no comma: "When I was about eight he told me".)
# (Not past a clause that brings someone in: "When I asked the nurse she said" is the nurse.)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s+|\band\s+(?:then\s+)?|^(?:" + "|".join(sorted(
    w.title() for w in SUBORDINATORS)) + r")\s(?:(?!\b(?:the|a|an)\b)[^,;])*?\s)([Hh]e|[Ss]he)"
    # ("He'd laugh and say": the pronoun with "would" written on.)
    r"(?P<d>[’']d)?\s+[a-z]")
# From "He'd" to the speech verb: a verb phrase joined to it by "and" ("He'd laugh and say",
# "She'd ring me every Sunday at six o'clock and say", "He'd come down after an hour of
# scales, laugh and say"), or adverbs alone ("He'd just say"); not another clause ("He'd just
# sat down when she came in and said"), a comparison ("He'd rather walk into the sea than
# say") or what someone else would say ("He'd want us to say", "He'd no time for lads who'd
# say").
# (A comma only inside the verb phrase, before a word in lower case that opens no noun
# phrase: "He'd had enough by then, his sister came over and said" is hers.)
_CONTRACTED_TO_CUE = re.compile(
    r"(?:(?:\s+(?!(?:than|to|who|when|while|if|until|rather|want|wanted|like|he|she|I|we|they)"
    r"\b)[\w’'-]+(?:,(?=\s+(?!(?:the|a|an|his|her|my|our|their|its|your)\b)[a-z]))?){1,14}?"
    r"\s+and(?:\s+then)?|" + _ADVERBS + r")\s+")
# A negation or a modal right before the speech verb: words not said ("He would never say",
# "He'd have said", "She never once said", "she couldn't say"; not "He must have told me a
# hundred times").
_UNSAID = re.compile(r"(?:\b(?:never|not|(?<!must )have|could|might|should)|n[’']t)"
                     rf"(?:\s+(?:{_ADVERB_WORDS}|have))*\s+$")
_LOWER_WORDS = re.compile(r"[a-z]+")


def _pronoun_subject(sentence: str) -> re.Match[str] | None:
    """The "he" or "she" who is the subject of the speech verb that ends ``sentence`` (the
    story's words before an inner quotation's mark), or None, also when the words were not
    said: a negation or a modal before the verb, or a condition contrary to fact or a guess
    (``_SUPPOSED``): "He would never say", "If he were still alive, he'd say"."""
    verb = max((w.start() for w in _LOWER_WORDS.finditer(sentence)
                if w.group() in CUE_VERBS or w.group() in _SPEAKING), default=None)
    for subject in _PRONOUN_SUBJECT.finditer(sentence):
        if not subject.group("d"):
            break
        if verb is not None and _CONTRACTED_TO_CUE.fullmatch(sentence, subject.end("d"), verb):
            break
    else:
        return None
    if verb is not None and (_UNSAID.search(sentence, 0, verb) or _SUPPOSED.search(sentence)):
        return None
    return subject


def _named_in_words(said: str, sex: str, outer: str | None, people: list[Entity]
                    ) -> list[Entity]:
    """The people of ``sex`` other than the outer speaker whom the outer speaker's words
    ``said`` name ("Viliami was our firstborn ... He said to me"); with none, the one person of
    no known sex they name, unless its name follows "in", "at", "from" or "near" as a place's
    would ("at Cork City")."""
    # (Not "I": "I was a small boy" names no "Under-19 Division I"; nor a word of the
    # teller's own name: "Zurab Kipiani said" between the parts of his quotation names no
    # Levan Kipiani.)
    words = set(re.findall(r"[\w’'-]+", said)) - {"I", *(outer or "").split()}
    named = {id(e): e for e in people if len(e.tokens) > 1 and e.gender in (sex, None)
             and e.name != outer and (e.tokens[0] in words or e.tokens[-1] in words)}
    of_sex = [e for e in named.values() if e.gender == sex]
    # ("Sufyan kept talking to me after every over. He told me, ‘...’": a given name the
    # Census lacks says no sex; the one such person the words name is still the one. Not a
    # name only where a place is: "who managed Moore at Cork City".)
    if of_sex or len(named) != 1:
        return of_sex
    (one,) = named.values()
    # (Not someone's: "at Sufyan Malik’s house" is still his.)
    at_place = re.search(
        rf"{_AT_A_PLACE}{re.escape(one.tokens[0])}(?:\s+[A-Z][\w-]*)*+(?![\w’'])", said)
    return [] if at_place else [one]


def _namesake(outer: str | None, sex: str, people: list[Entity], names: NameIndex, at: int
              ) -> Entity | None:
    """The one person other than ``outer``, named before ``at``, whose surname is the outer
    speaker's, of ``sex`` or of no sex the story gives, and whom the story does not call no
    relation."""
    if not outer or " " not in outer:
        return None
    surname = outer.split()[-1]
    # (Where each was first named, and who is no relation, looked up once per story: a scan
    # of every mention per inner quotation made a long story quadratic.)
    # (Not an official the story reports: "Fire Officer Desmond Antoine said the blaze
    # started in a freezer" is no kin the grocer Gemma Antoine speaks of.)
    found = {id(e): e for e in people if e.name != outer and len(e.tokens) > 1
             and e.tokens[-1] == surname and e.gender in (sex, None)
             and (first := names.first_mention(e)) is not None and first.start < at
             and not _official_source(e, names, at)}
    if len(found) != 1:
        return None
    namesake = next(iter(found.values()))
    # ("Tatjana Smirnova, no relation, ...": named only to be told apart.)
    return None if id(namesake) in names.unrelated() else namesake


def _holds_office(entity: Entity) -> bool:
    """Whether the story gives ``entity`` an office or a trade ("Fire Officer", "MP",
    "Detective Inspector"), not only kin or a form of address."""
    return any(is_role_word(r) and r not in KIN_WORDS and r not in _FORMS_OF_ADDRESS
               for r in entity.roles)


def _official_source(entity: Entity, names: NameIndex, at: int) -> bool:
    """Whether the story gives ``entity`` an office and reports them speaking before ``at``
    ("Detective Inspector Mark Fellows said", "Manager Gary Hale called him ..."): a source
    of the story, not someone a quotation recalls."""
    return _holds_office(entity) and any(
        m.entity is entity and _PLACE_SPEAKS.match(names.masked, m.end)
        for m in names.mentions_between(max(0, at - 3000), at))


def _central_of_sex(names: NameIndex, sex: str, outer: str | None) -> Entity | None:
    """The story's central person when the story gives them ``sex`` and they are not the
    outer speaker."""
    central = names.central_person()
    if central is None or central.gender != sex or central.name == outer:
        return None
    return central


def _paragraphs_back(article: Article, at: int, back: int) -> int:
    """Where the paragraph ``back`` paragraphs before the one holding ``at`` starts."""
    para = bisect_right([p.start for p in article.paragraphs], at) - 1
    return article.paragraphs[max(0, para - back)].start


def _named_in_story(article: Article, quote: Quote, sex: str, names: NameIndex
                    ) -> Entity | None:
    """The one person of ``sex`` other than the outer speaker whom the story names in the
    quotation's paragraph before it or in the paragraph before that ("Her brother Dwayne
    texted her minutes before the fight. // “He wrote, ‘Heading home soon.’”"); None when it
    names two or none. (A source described after the name, "His friend Kyle Jones filmed it.
    A policeman came over. // “He grabbed my arm and said ...”", does not stop it: that cost
    a blind set a quotation and gained none.)"""
    floor = _paragraphs_back(article, quote.start, 1)
    outer = set((quote.speaker or "").split())
    people = [m for m in names.mentions_between(floor, quote.start) if m.entity.kind == "person"]
    # (Not the outer speaker by a part of their name: "Emeka" is Emeka Okafor.)
    found = {id(m.entity): m.entity for m in people
             if m.entity.gender == sex and not set(m.entity.tokens) <= outer}
    if len(found) != 1 or any(
            set(m.entity.tokens) <= outer and acted_on_after(article.body, m.end, quote.start)
            for m in people):
        # ("Marcus Bell, 22, was arrested outside a shop. His friend Kyle Jones filmed it. //
        # “He grabbed my arm and said, ‘You're nicked’”": whoever acted on the speaker is in
        # view, unnamed.)
        return None
    return next(iter(found.values()))


# The story's words for the one a court tries, which stand for the person it named so.
_TRIED = _ON_TRIAL | {"suspect"}


# Someone the writer's narration brings in without a name: "the driver", "an elderly man in
# Vrbovec", "his charge nurse", "her husband".
_NARRATED_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)((?:\s+[a-z][\w-]*){1,3})")


# What sets a description off from the name it describes: "Dolores Whitfield, 74, a retired
# school secretary", "his father, Emeka Okafor".
_APPOSED = re.compile(r",\s+(?:\(?\d{1,3}\)?,\s+)?")
# The end of a sentence in the narration.
_SENTENCE_END = re.compile(r"[.!?]\s")
# A preposition of place right before a name.
_PLACE_BEFORE = word_before("in at from near outside of")


def _described_in_story(article: Article, quote: Quote, sex: str, quotes: list[Quote],
                        people: list[Entity], names: NameIndex
                        ) -> tuple[str, SpeakerKind] | None:
    """The last person of ``sex`` (or of either, by the noun) whom the narration describes
    without a name in the quotation's paragraph before it or the paragraph before, when no
    one who may be "he" or "she" is named there or a paragraph further back ("... failed to
    persuade an elderly man to leave. // “He told them, ‘I'm not going.’”" is the elderly
    man's). A kin word is not linked to a name here ("her mother" in a daughter's words was the
    grandmother the story names); ``_family_member`` links a parent only by a shared surname."""
    floor = _paragraphs_back(article, quote.start, 1)
    text = list(article.body[floor : quote.start])
    for other in quotes:
        # Narration only: a phrase inside another quotation (marks and all) is someone's words.
        for a, b in other.spans:
            lo, hi = max(a - 1, floor), min(b + 1, quote.start)
            if lo < hi:
                text[lo - floor : hi - floor] = " " * (hi - lo)
    narration = "".join(text)
    outer = next((e for e in people if e.name == quote.speaker), None)
    outer_roles = outer.roles if outer is not None else set()
    if quote.speaker_kind == "description" and quote.speaker:
        outer_roles = outer_roles | {quote.speaker.split()[-1].lower()}
    found: tuple[int, str] | None = None
    # The one the story named whom the last such phrase calls by their role ("the accused").
    held_by: Entity | None = None
    for m in _NARRATED_PERSON.finditer(narration):
        # The phrase's noun is its first noun for people, or the last of a run of them ("a
        # trucker parked behind her", "his charge nurse"), before any word of grammar ("the
        # drug for travel sickness" is no one).
        head = None
        for word in re.finditer(r"[a-z][\w-]*", m.group(1)):
            if word.group() in NOT_NAMES or (head is not None and not is_listed_person_noun(
                    word.group())):
                break
            if is_listed_person_noun(word.group()):
                head = word
        if head is None or narration[m.start(1) + head.end() :].startswith(("’s", "'s")):
            continue  # ("his father’s boat": a possessor, not a subject)
        noun = head.group()
        begin, end = floor + m.start(), floor + m.start(1) + head.end()
        if any(mention.entity.kind == "person" and _APPOSED.fullmatch(
                article.body, *((end, mention.start) if mention.start >= end else (
                    mention.end, begin)))
               for mention in names.mentions_between(max(floor, begin - 60), end + 4)):
            # ("his father, Emeka Okafor,", "Dolores Whitfield, a retired school secretary,":
            # a phrase in apposition to a name describes that person, not someone unnamed.)
            continue
        holder = names.by_role(noun, begin) if m.group()[:4].lower() == "the " else None
        if holder is not None and holder.kind == "person":
            if noun not in _TRIED or holder.gender not in (sex, None) or (
                    holder.name == quote.speaker):
                # ("... are the ones paying,” the councilor said.": the story's word for
                # someone it named, Councilor Elena Popescu, is no one unnamed. Only the one a
                # court tries is that person here: "a different GP ... the doctor" may be
                # anyone's doctor.)
                continue
        else:
            holder = None
        if noun in GROUP_NOUNS or noun in ORG_WORDS or noun in COLLECTIVE_NOUNS or is_plural(
                noun) or noun in outer_roles or noun in other_sex_words(sex):
            continue
        if found is not None and not _SENTENCE_END.search(narration, found[0], m.start()):
            # ("A bus driver refused to let a man with a guide dog board": the sentence's
            # first person, its subject, not one its verb acts on.)
            continue
        found = (m.start(), narration[m.start() : m.start(1) + head.end()])
        held_by = holder
    if found is None:
        return None
    phrase = found[1]
    if any(mention.entity.kind == "person" and mention.entity is not held_by and (
            mention.entity.gender == sex or (
            # (One whose sex no one knows counts when the story shows a person: a given name,
            # a role; "Ellesmere Town" or "Ben Nevis" read as names show none.)
            mention.entity.gender is None and (is_given_name(mention.entity.tokens[0]) or (
                mention.entity.roles - {"the"})))) and not (
            set(mention.entity.tokens) <= set((quote.speaker or "").split())) and not (
            _PLACE_BEFORE.search(article.body, max(0, mention.start - 8), mention.start))
           for mention in names.mentions_between(
               _paragraphs_back(article, quote.start, 2), quote.start)):
        # ("an elderly man refused to leave until her colleague, Marko Horvat, arrived"; "Head
        # coach Nate Billings kept his squad on the pitch. // A reporter asked captain Joe
        # Lyle ... // “He told us, ‘...’”"): anyone named there or a paragraph further back
        # may be the "he" as well; not a name after "in", whose sex no list knows: "an elderly
        # man in Vrbovec".)
        return None
    if held_by is not None:
        # "She said when she confronted the accused, he assured her ... // “He told me,
        # ‘Madam, don't worry’”": the story's word for the one it named, Joseph Kabwe Mwenya,
        # charged in the case, is him.
        return held_by.name, "name"
    return phrase[0].lower() + phrase[1:], "description"


# A verb that makes the description after it say what someone already named is: "I was a
# small boy", "He was not an easy teacher", "He did not like to be called a master".
_PREDICATE_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|[’']m|called|became|become)"
    r"(?:\s+(?:not|never|always|just|only|still|really|quite|such))*\s+$", re.IGNORECASE)


def _describes_someone(said: str) -> bool:
    """Whether ``said`` brings in one person by a noun for people after a determiner, before
    the sentence of the inner quotation's cue ("The manager called me in", "My dad was a
    firefighter"): whom no name can stand for. Not people ("the old men in the villages"),
    not a predicate ("I was a small boy"), not someone in the cue's own clause ("He looked
    at the man and said"): none of them is the "he" or "she"."""
    earlier = said[: len(said) - len(_last_sentence(said))]
    for det in _DETERMINER.finditer(earlier):
        if _PREDICATE_BEFORE.search(earlier[max(0, det.start() - 40) : det.start()]):
            continue
        # (Its words up to a stop: "the square. Master kept me" is no square master.)
        phrase = re.split(r"[.,;:!?]", earlier[det.end() : det.end() + 40], maxsplit=1)[0]
        words = re.findall(r"[a-z][\w-]*", phrase.lower())[:3]
        if any(is_listed_person_noun(word) and not is_plural(word) for word in words):
            return True
    return False


def _whose(phrase: str, outer: str | None, people: list[Entity]) -> str:
    """``phrase`` ("my director") said of the outer speaker: "her director", or "Dana Lee’s
    director" when the story gives no sex; "our ..." as said."""
    owner, rest = phrase.split(" ", 1)
    if owner == "our" or outer is None:
        return phrase
    entity = next((e for e in people if e.name == outer), None)
    if entity is not None and entity.gender in ("f", "m"):
        return f"{'her' if entity.gender == 'f' else 'his'} {rest}"
    return f"{outer}’s {rest}"


def _family_member(outer: str, called: tuple[str, str], people: list[Entity]
                   ) -> tuple[str, SpeakerKind] | None:
    """The one other bearer of the speaker's surname, of the sex ``called`` gives, who is
    their parent or grandparent: the story calls them so, or it calls the speaker the child
    and gives them no other family role (not a husband or a brother). A double-barrelled
    surname holds its parts ("Bernadette Alcindor-Fontenelle" is Alcindor's daughter)."""
    if len(outer.split()) < 2:
        return None
    sex, kin = called
    surnames = {outer.split()[-1], *outer.split()[-1].split("-")}
    speaker = next((e for e in people if e.name == outer), None)
    child = speaker is not None and bool(speaker.roles & _CHILD_ROLES[kin])
    family = {e.name for e in people if len(e.tokens) > 1 and e.gender == sex
              and e.tokens[-1] in surnames and e.name != outer and (
                  kin_given_alone(e.roles, _FAMILY_ROLES[called]) or (
                      child and not e.roles & (KIN_WORDS | FEMALE_WORDS | MALE_WORDS)))}
    return (family.pop(), "name") if len(family) == 1 else None


def _verb_phrase_fits(rest: list[str], joined: bool) -> bool:
    """Whether ``rest``, the words between a subject and the cue, are few enough to be the
    subject's own verb phrase: up to six, or ten where "and" joins them to the cue with no
    clause of its own between ("Adam came to me in the dressing room and said")."""
    return len(rest) <= (10 if joined and not _CLAUSE_OPENERS & set(rest) else 6)


def _speaker(before: str, words: str, people: list[Entity], elsewhere: frozenset[str] | set[str],
             outer: str | None = None, after: str = "", narration: str = ""
             ) -> tuple[str, SpeakerKind] | None:
    """(speaker, kind) of the clause that ends right before an inner quotation's mark
    (``after``: the character after its closing mark; ``narration``: the story's words before
    the outer quotation, from the paragraph before its own)."""
    sentence = _last_sentence(before)
    cue = _CUE_BEFORE_MARK.search(sentence)
    if cue is None:
        return None
    verb = cue.group("cue")
    if (verb not in CUE_VERBS and verb not in _SPEAKING) or verb in STANCE_VERBS or verb in _NAMING:
        return None
    # (Or its own punctuation outside the closing mark: "the referee told me ‘I saw what I
    # saw’, and that is the end of it".)
    # (Only after a verb only of speech: "sang ‘Bella Ciao’, and" names a song.)
    if not cue.group("stop") and not words.endswith(_SPEECH_ENDS) and (
            verb not in _SPEAKING) and not (after in (",", ".") and verb in _SAY):
        # Speech is set off by a comma or a colon, or ends in its own punctuation: "said
        # ‘Moana’ was the reason", "sang ‘Pōkarekare Ana’" quote a title, not words said.
        return None
    clause = sentence[: cue.start()]
    habit = _HABITUAL.search(clause)
    if habit is not None and not _SUPPOSED.search(sentence):
        # "Dad would say, ‘...’", "My grandmother would always tell us": what they said time
        # and again. (Not "would never say", "would have said": words not said; nor what
        # someone would say were things otherwise: "If he were still in office, the
        # Minister would say".)
        clause = clause[: habit.start()] + " "
    if _BEING_BEFORE.search(clause) and not verb.endswith("ing"):
        return None  # (passive: "we were told it was “...”" has no subject)
    if verb.endswith("ing") and clause.rstrip().endswith(","):
        # ("Then a neighbour came running, shouting ‘...’": the participle's subject is the
        # clause's before the comma, as with "and said".)
        clause = clause.rstrip()[:-1] + " and "
    # The clause's subject opens its last comma-separated part ("When the box came in,
    # somebody said"), and is all of it but a verb joined by "and" ("Aroha put her hand on
    # the table and said"): "A policeman grabbed my arm and he said" has a pronoun subject,
    # "Hemi and I both told" two.
    part = _LEAD.sub("", clause.rsplit(",", 1)[-1].strip()).strip()
    # ("Two years ago the chairman stood ...", "Last week a German family asked me": a time
    # before the subject says when; "came this morning and just said": an adverb after "and".)
    part = _AUXILIARIES.sub("", _TIME_LEAD.sub("", part))
    joined = part.endswith(" and")
    part = part.removesuffix(" and").strip()
    # "My coach had told me", "My grandmother used to say", "Dad kept saying": the subject
    # is before the verb's auxiliaries and adverbs.
    part = _AUXILIARIES.sub("", part)
    said_that = max(_THAT_CLAUSE.finditer(part), key=lambda m: m.end(), default=None)
    if said_that is not None and said_that.group().startswith(("where", "when")) and not (
            _SETTING_SUBJECT.match(part)):
        # ("where" or "when" only after a clause that sets the scene, "I was at a meeting
        # where", "There was a day when": "My father went out when the river rose and told
        # us" is his.)
        said_that = None
    if said_that is not None:
        # "He told this court that a clerk at the gate said to him, ‘...’": the subject is
        # the clause's after "that".
        part = part[said_that.end() :]
    heard = _HEARD.search(part) if verb in _BARE_SPEECH and not joined else None
    if heard is not None:
        # "I have heard parents say, ‘...’": whom the speaker heard is who spoke.
        part = heard.group(1)
    if " and " in part:
        first, last = part.rsplit(" and ", 1)
        described = _DESCRIPTION.fullmatch(last)
        if _LOWER_WORD.search(first) and (_NAME_RUN.fullmatch(last) or last == "they" or (
                # ("I came on a bike to Panguma and the nurse there said"; not "My husband
                # and the nurse there said", two of them.)
                described is not None and described.group("det") is not None
                and _known_person_noun(described.group("head"))
                # ("somebody" matches with no head, and is a person too.)
                and not ((joint := _DESCRIPTION.fullmatch(first.strip())) is not None
                         and (joint.group("head") is None
                              or _known_person_noun(joint.group("head")))))):
            # "The ball was coming out nicely and Harry kept telling me": a clause of its own
            # before "and" leaves the name after it the subject ("Aroha and Hemi told me",
            # "Hemi and I both told" are two).
            part = last
    if part.lower() in _EVERYONE:
        # "Everybody keeps saying, ‘...’": the words are everyone's, as the story says.
        return part.lower(), "description"
    if not part or " and " in f" {part} " or part.lower() in _GENERIC:
        return None
    if part.lower() == "they":
        # "Some residents were reluctant at first. They told us, ‘...’": the last people the
        # speaker's words name by a plural noun, before the clause.
        # (Else the story's, before the quotation: "Officials set the price. // “They come
        # with their trucks and they tell us ‘take it or leave it’”".)
        at = clause.rfind(part)
        said = before[: len(before) - len(sentence)]
        return _plural_mentioned_before(said + clause[: max(at, 0)]) or (
            _plural_mentioned_before(narration, said, subject=True))
    if part.lower() in ("he", "she"):
        # "I asked the fourth official. He told me, ‘...’": "he" is someone the speaker's
        # own words brought in before, in this quotation; one from outside it is left alone.
        # (So is the subject of a clause of its own before it: "When my father taught me to
        # hold the strings, he always said"; not its object, "When the doctor examined my
        # husband, he said", nor anyone after a subject the pronoun cannot be, "When I
        # visited Kofi Annan with my editor, he said".)
        opening = clause.rpartition(",")[0]
        subject = ""
        # (Not when the pronoun is already there: "When the nurse asked him to rest, he
        # said" is the one she asked.)
        lead = None if _THIRD_PERSON.search(opening) else _SUBORDINATOR.match(opening)
        if lead is not None and _DETERMINER.match(opening, lead.end()):
            end = _person_phrase_end(opening, lead.end())
            if end is not None:
                subject = f" {opening[lead.end() : end]}"
        return _mentioned_before(before[: len(before) - len(sentence)] + subject, part.lower())
    called = FAMILY_CALLED.get(part.lower())
    if called is not None and outer is not None:
        # "Dad just kept saying, ‘...’" in Aroha Ngata-Whaanga's words; else the one person
        # the story gives that kin word and no other ("Her mother, Beryl Matthews, 84" in
        # Sharon Leckie's words). (Not "his mum" by default: "Mum told the kids" in a
        # father's words is as often his wife; nor a namesake, "Mr Hale".)
        family = _family_member(outer, called, people)
        if family is not None:
            return family
        given = {e.name for e in people
                 if e.name != outer and kin_given_alone(e.roles, _FAMILY_ROLES[called])}
        return (given.pop(), "name") if len(given) == 1 else None
    held = _THE_POST.match(part)
    if held is not None and (joined or part == held.group()) and is_person_noun(
            held.group(1).split()[-1].lower()):
        # "In 2021 the Mayor stood in this very hall and said, ‘...’" in a councillor's
        # words: the story's one holder of that post, if it is not the speaker.
        # (Not a lesser office, "Deputy Mayor Li Wen"; a capitalised post only as the story
        # wrote it before the holder's name: "union president Jane Roe" is no "the
        # President".)
        # (Every word of the post: "the General Manager" is no Director General.)
        *leading, post = held.group(1).split()
        also = tuple(w.lower() for w in leading)
        holders = {e.name for e in people if post.lower() in e.roles and e.name != outer
                   and all(w in e.roles for w in also)
                   and not lesser_office(e, post.lower(), also)
                   and not _lesser_post(e, post.lower()) and not _post_by_title_only(e, post)
                   and (post.islower() or post in (e.role_phrase or "").split())}
        if len(holders) == 1:
            return holders.pop(), "name"
    described = _DESCRIPTION.fullmatch(part)
    if described is not None and _SECOND_DETERMINER.search(described.group("words") or ""):
        # ("In the final my coach told me" is no "the final my coach".)
        described = None
    # "The clinic told her, ‘...’", "the pharmacy told me": a body the speaker's words name
    # by its kind alone, telling someone, is the source as the story would credit it
    # ("the clinic"), as "the regulator" is.
    body_told = described is not None and verb in TELL_VERBS and (
        cue.group("listener") is not None) and (
        # (Not "our club", whose the story does not say; "my club" is "his club".)
        described.group("det").lower() in ("the", "my")) and not described.group(
        "words") and described.group("head").lower() in ORG_WORDS
    if described is not None and not body_told and described.group("det") and (
            described.group("det").lower() not in _INDEFINITE) and not (
            _known_person_noun(described.group("head"))) and (
            joined or not (is_listed_person_noun(described.group("head")) or (
                not described.group("words") and is_person_noun(described.group("head"))
                and cue.group("listener") is not None))):
        # ("the gaffer came over in the warm-up": after "the" or "my", only a word the
        # lexicon knows for people heads a phrase "and" joins to the cue; an ending alone
        # makes "over" one. Heading the whole subject before the speech verb, a noun the
        # lexicon lists for people will do, "The old men used to say", "The buyer at the
        # gate told me"; so will one by its ending alone right after the determiner when the
        # words were for someone, "The agent told me": a river or a poster may "say", but
        # only a person tells "me". "My father would never say" has no head in "never".)
        described = None
    if joined and (described is None or (described.group("head") is not None and not (
            is_person_noun(described.group("head").lower())))):
        # "The younger officer took his hat off and said": the subject before a verb phrase
        # joined to the cue by "and". (A description read to the verb phrase's last word,
        # "a neighbour came running", is the person before it.)
        end = _person_phrase_end(part, 0, by_ending=True)
        # (As long a verb phrase as after a name: "My grandmother put all of us children
        # under the table and said".)
        if end is not None and _verb_phrase_fits(part[end:].split(), joined):
            return part[0].lower() + part[1:end], "description"
        noun, _, phrase = part.partition(" ")
        if _plural_of_people(noun.lower()) and len(phrase.split()) <= 6:
            # "Parents come to us and say: ‘...’": a plural noun alone before the verb
            # phrase, as "Parents tell us" is.
            return noun.lower(), "description"
    if described is not None:
        # "A woman in Ashby Drove told me": the story's own words for a source it does not
        # name, when they are a person's ("a woman", not "a banner").
        head = (described.group("head") or part).lower()
        if head in ("somebody", "someone") or is_person_noun(head) or body_told:
            return part[0].lower() + part[1:], "description"
        return None
    plural = _PLURAL_ALONE.fullmatch(part.lower())
    if plural is not None and _plural_of_people(plural.group(1)):
        # "Parents tell us, “...”", "People always say, ‘...’": people the speaker names by
        # a plural noun alone, as the story would credit them.
        return part.lower(), "description"
    run = _NAME_RUN.match(part)
    if run is None:
        return None
    names = run.group().split()
    title = ""
    while len(names) > 1 and is_role_word(names[0].lower().rstrip(".")):
        # ("Coach Rayad tell me": the title before a given name is no word of the name.)
        title = names[0].lower().rstrip(".")
        names = names[1:]
    # The name must be the clause's whole subject ("Aroha put her hand on the table and
    # said" is Aroha's; "Hemi pointed at the sign that said" is the sign's).
    rest = part[run.end() :].split()
    if not _verb_phrase_fits(rest, joined):
        return None
    # The one person of the story with that name, as the speaker calls them: a given name
    # alone ("Aroha" is Aroha Ngata-Winter), or the name in full; never a word of a body's or
    # a place's name. (Not a surname alone: "Wellington says" was the capital, "Morrison
    # Homes told us" a firm, whatever the story's Josh Wellington and Ian Morrison.)
    if len(names) == 1 and names[0] in elsewhere:
        return None
    found = [e for e in people if len(e.tokens) > 1 and (
        tuple(names) == e.tokens[: len(names)] if len(names) == 1 else
        tuple(names) in (e.tokens, e.tokens[-len(names) :]))]
    if not found and title and len(names) == 1:
        # ("Mr. Ical told us last year, ‘...’": after a title, the one word is a surname; not
        # the outer speaker's, nor one of the other sex from the title's: "Mr. Banda told us"
        # in Grace Banda's words is someone else.)
        sex = _TITLE_SEX.get(title)
        found = [e for e in people if len(e.tokens) > 1 and e.tokens[-1] == names[0]
                 and e.name != outer and (sex is None or e.gender in (sex, None))]
    if len(found) == 1:
        return found[0].name, "name"
    return None
