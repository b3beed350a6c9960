"""The compiled patterns and word sets of the speech-tag rules: what a speaker's noun phrase,
a cue, a document, an unnamed source or a clause boundary looks like in a sentence.

They are built once, at import, from the word lists in ``lexicon``; the rules that use them are
in ``attribute`` and the modules it draws on. Each comment says what its pattern is for, with
the sentences that made it needed.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from socialkit.quotes.lexicon import (
    CUE_VERBS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_WORDS,
    PLACES,
    STANCE_VERBS,
    SUBORDINATORS,
    TELL_VERBS,
    TITLES,
    words,
    world_languages,
)
from socialkit.quotes.marks import _MARKS
from socialkit.quotes.people import is_person_noun, singular

_NOT_IN_DESC = (
    r"(?:also|further|then|now|still|again|later|has|had|have|was|is|will|would|which|who|that|whom|"
    r"whose|be|been|being|are|were|should|could|can|may|might|must|do|does|did|but|and|or|nor|"
    r"to|as|than|if|when|while|because|a|an|the|it|its|them|him|this|these|those|their|"
    # A pronoun ends a phrase before it: "at the time she described" is "she".
    r"he|she|they|we|you|i|his|her|our|my|your|me|us)"
)
# Inside the phrase "and" may join capitals ("the Russian and Syrian defense ministries").
_NOT_IN_FILLER = _NOT_IN_DESC.replace("|and|or|", "|")
# A work's title in quotation marks: “Dawson’s Creek”, "Pose".
_QUOTED_TITLE = r"“[A-Z][^”\n]{0,40}”|\"[A-Z][^\"\n]{0,40}\"|‘[A-Z][^’\n]{0,40}’"
_CUES = "|".join(sorted(CUE_VERBS, key=len, reverse=True))
# A cue's past tense right after a capitalised word is no word of a description: "the DGHS
# urged people with fever to" is a body and its verb, not "the DGHS urged people" ("the
# alleged victim", "a noted historian" are descriptions).
_PAST_CUES = "|".join(sorted((w for w in CUE_VERBS if w.endswith("ed") or w in (
    "said", "told", "wrote", "spoke", "sang")), key=len, reverse=True))


def _cues_but(ending: str) -> str:
    """The cue verbs but those that ``[a-z]+(?:ending)`` matches whole ("added", "says"): for a
    look-ahead that lists that pattern beside the cues and asks only whether one of them
    matches, the same answer from a shorter pattern to compile (a third to a half of the 236
    words)."""
    return "|".join(w for w in _CUES.split("|") if not re.fullmatch(f"[a-z]+(?:{ending})", w))


_DESC_PATTERN = (
    # No verb or clause word inside: "the video should be released but said" is no phrase.
    r"\b(?P<desc>(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]his|That)\s+"
    # A work's title in quotation marks may stand among the words: 'the “Pose” actor'.
    # (The past tenses are looked up only for a word that ends like one: most words do not.)
    r"(?:(?!" + _NOT_IN_FILLER + r"\b)"
    # (Only as a word before another: a head is left to the checks after it.)
    r"(?:[A-Z][\w’'&-]*\s+(?!(?=[a-z]+(?:ed|id|ld|te|ke|ng)\b)(?:" + _PAST_CUES
    + r")\s+[\w’'&-])"
    # (A modifier may hold "&": "one A&E consultant", "an M&S spokesman".)
    # (A past tense before a determiner that opens its object is a verb, not a modifier:
    # "The Association congratulated all eighteen boats"; "the retired teacher" keeps its
    # participle. Only before a determiner: "the Emmy nominated actress" is one phrase.)
    r"|(?![A-Z])(?![a-z]+ed\s+(?:all|the|an?|every|each|its|their|his|her|our|both)\s)"
    r"[\w’'&-]+\s+)|(?:" + _QUOTED_TITLE + r")\s+){0,4}?"
    # (Or a member's letters, "the Labour MP", "the Glasgow MSP".)
    r"(?P<head>(?!" + _NOT_IN_DESC + r"\b)(?:[a-z][\w-]*|M[SLE]?P\b)"
    # An adverb or a participle is no head ("the family" and "its ally" are, and so is "the
    # accused", a court's word for the one on trial, though only as a subject: "touched the
    # accused." ends a sentence with its object).
    r"(?<!(?<!fami)(?<!\bal)ly)(?<!(?<!accus)ed)(?!(?<=accused)\s*(?:[.;!?]|$))))(?=\s*(?:,|\.|;|:|$|\s(?:for|of|at|who|in|on|with|and|said|says|also|then|outside|near|from|inside|behind|"
    # An adverb between the subject and its verb: "The company flat-out denied".
    # (An -ly word only before a verb: "a former supply chain clerk says" has no adverb.)
    r"later|again|now|still|once|not|never|further|outright|flat-out|"
    # (A cue verb, or a verb's -ed or -s form, or a past tense of those that form none.)
    r"[a-z]+ly\s+(?:[a-z]+(?:ed|s)|" + _cues_but("ed|s")
    + r"|made|took|gave|put|shot|hit|fired|went|came"
    r"|struck|fought|threw|brought|sent|kept|left|felt|knew|ran|rang|swore)\b|"
    # An auxiliary before "told" or "said": "His teacher had told the class" (not "the cave
    # would remain"; nor "the association had written to the company", "the family had
    # agreed": the sentence's speaker reports what they did).
    r"(?:had|would|will|could|did)\s+(?:[a-z]+ly\s+)?(?:told|said)|"
    # A participle after the head: "A woman walking her dog by the bridge ... said".
    # (Not an -ing word that one more noun and the cue follow: "the hospital's chief operating
    # officer described", "the managing director said" name the office, not what was done.)
    # (One noun, not a plural: "A girl singing carols told reporters" is a girl singing.)
    r"told|tells|[a-z]+ed|[a-z]{2,}ing(?![ \xa0]+[a-z][\w-]*(?<!s)[ \xa0]+(?:" + _CUES + r")\b)|"
    # (Not a plural that one more noun for a person and a comma follow: "the airline's chief
    # human resources officer, Stefan Albrecht, said" names the officer, not "the ... human".)
    r"[a-z]+s(?![’'])(?![ \xa0]+[a-z]+(?:er|or|ist|ian|ee|ive|ief|ead|ary|ent|ant),)|"
    # An irregular participle after the head: "An internal email sent to senior staff warned".
    r"sent|seen|written|given|taken|shown|drawn|made|held|kept|left|brought|found|stuck|"
    r"caught|hit|hurt|born|bitten|heard|paid|sold|led|worn|thrown|grown|known|won|lost|"
    r"stood|sat|met|shot|struck|spent|built|bought|"
    # ("put", not "put it to the minister": whom it was put to answers.)
    r"put(?![^.,;:!?\n]*?\bto\s+(?:the|a|an|his|her|their|[A-Z]))|"
    # (A word the hyphen joins to the next is a modifier, not a verb: "a senior
    # dressing-room source said".)
    # (The whole look-ahead asks only whether something matches: the cues that "[a-z]+ed"
    # above matches are left out of the list here, and above those that "[a-z]+(?:ed|s)" does.)
    + _cues_but("ed") + r")\b(?!-)))"
)
# A word of a name: capitalised (an initial, "J.", is one too), or an Arabic surname with its
# article joined in lower case ("al-Hassan", "el-Masri").
# (Capitals outside ASCII open names too: "Conor Ó Murchú", "Émile", "Łukasz", "Şükrü".)
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ" + "".join(
    # (And the dotted and toned capitals of Yoruba and Vietnamese: "Ọlábísí", "Ẹ̀kọ́".)
    c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
# Marks that combine with the letter before them and have no precomposed form after NFC:
# "Délı̨nę" (a dotless i and an ogonek), "Adébáyọ̀". They are no word characters to a pattern.
COMBINING = "\u0300-\u036f"
# What a name's word is made of after its capital, as a class's contents (each pattern adds
# its dots, hyphens or ampersands): letters, those marks, apostrophes.
NAME_CHARS = rf"\w{COMBINING}’'"
# (The look-behind, "no letter before", stands after the capital and takes it in: a pattern
# that opens with a character class lets the regex engine skip straight to the capitals of a
# story, where one that opens with a look-behind is tried at every character, three times
# slower over a story. Its second character is that capital, so any character will do there:
# the class again cost a quarter of a millisecond to compile in each of 14 patterns.)
_PLAIN_NAME_TOKEN = rf"[{UPPER}ʻ](?<![^\W\d_].)[{NAME_CHARS}.&-]*"
NAME_TOKEN = rf"(?:{_PLAIN_NAME_TOKEN}|(?<![\w-])(?:al|el|ad|ash|bin|ibn|abu)-{_PLAIN_NAME_TOKEN})"
# A text where no word could open with such an article needs only the plain token, and the
# pattern without the lower-case branch scans a story in half the time.
# (Asked only whether a story has one: the hyphen is matched first and the article looked for
# behind it, so the regex engine skips straight to the hyphens, fifteen times faster than
# trying "a", "e", "b" and "i" everywhere.)
ARABIC_ARTICLE = re.compile(
    rf"-(?:(?<=al-)|(?<=el-)|(?<=ad-)|(?<=ash-)|(?<=bin-)|(?<=ibn-)|(?<=abu-))[{UPPER}]")


def particle_words() -> frozenset[str]:
    """The lower-case words between a name's words: nameparser's list of name particles
    ("van", "dela", "della", "zu", "bin", Portuguese "do"), the whole words of it, but not
    those that are English words too ("bar", "op"); with Kalenjin "arap". ("do" is one too,
    but between two capitalised words English rarely has it: "How do Democrats" opens with
    a word no name does.)"""
    from nameparser.config.particles import PARTICLES

    listed = {p for p in PARTICLES if p.isalpha() and p.islower() and p.isascii()}
    # (With the ones this pattern had before, so that an older nameparser, whose list lacks
    # "binti", still reads "Siti binti Abdullah".)
    listed = (listed - {"bar", "bat", "op"}) | words(
        "de da del van von der den al bin bint binti ibn arap dos das la le du di ter ten "
        # Iban names of Sarawak and Brunei join a child's to a father's name by "anak":
        # "Jalin anak Nyuak".
        "anak") | (
        # Faroese names join a given name to a farm or village by a preposition ("Turið í
        # Geil", "Jógvan á Lakjuni", "Annfinn við Áir"), which nameparser's list lacks.
        words("í á við úr"))
    return frozenset(listed)


# The particles as an alternation, longest first (a body's "of the" and "of" are added where
# a name run reads them).
_PARTICLE_ALTERNATION = "|".join(sorted(particle_words(), key=lambda p: (-len(p), p)))


# Where a body is based, its place made an adjective: "Kathmandu-based", "Dublin-headquartered".
BASED_WORDS = ("-based", "-headquartered", "-registered", "-listed")
_BASED = "|".join(w.removeprefix("-") for w in BASED_WORDS)


def _name_run(token: str) -> str:
    # A name's words, with up to two particles between them ("Pieter van der Molen", "Jean de
    # la Fontaine", "Bank of the West"; Kalenjin "Kibet arap Tanui", Malay "Siti binti
    # Abdullah", Portuguese "Maria dos Santos", Filipino "Ramon dela Paz").
    particles = f"{_PARTICLE_ALTERNATION}|of the|of"
    # (Not on to a place made an adjective: "Peter Hollis of the Leeds-based firm".)
    adjective = rf"(?![\w.’'-]*-(?:born|{_BASED})\b)"
    return (rf"{token}(?:(?: |\xa0)(?:(?:(?:{particles})(?: |\xa0)){{1,2}}{adjective})?"
            rf"{token})*")


NAME_RUN_PATTERN = _name_run(NAME_TOKEN)
# A relative clause set off by commas: ", who trained alongside Tran,".
RELATIVE_CLAUSE = r",\s+(?:who|whose)\b[^,;:“”\"]*,"
# The same, of "who" only: ", who has lived there for 40 years,".
WHO_CLAUSE = r",\s+who\b[^,;:“”\"]*,"
PLAIN_NAME_RUN_PATTERN = _name_run(_PLAIN_NAME_TOKEN)
_NP = re.compile(
    # (The letters any of the three may open with, looked at first: the regex engine tries
    # this pattern at every character of a tag, and the word-boundary tests that open two of
    # its branches cost more than a look at one character.)
    rf"(?=[{UPPER}ʻabehiostw])(?:"
    r"\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)\b"
    rf"|(?P<name>{NAME_RUN_PATTERN})"
    r"|" + _DESC_PATTERN + ")"
)
# Title words that are no noun of a person ("then", "former", "vice", "the").
_NOT_TITLE_NOUNS = words("the then former vice press campaign st saint sir dame lord lady")
# "The GOP candidate", "the Indiana governor": capitals, then a title word, as a description.
_TITLED_DESC = re.compile(
    r"(?P<pronoun>(?!))?(?P<name>(?!))?(?P<desc>[Tt]he\s+(?:[A-Z][\w.-]*\s+){1,3}(?P<head>"
    + "|".join(sorted(w for w in TITLES - _NOT_TITLE_NOUNS if w.isalpha())) + r"))\b")
# A description alone, with the same groups as _NP so that _resolve reads either.
# (Its determiners' first letters looked at before its word boundary: see _NP.)
_DESC = re.compile(r"(?=[TtAaHhOo])(?P<pronoun>(?!))?(?P<name>(?!))?" + _DESC_PATTERN)
# What a document is called as where something was said ("in a statement"); the rest say only
# that it was a document.
_DOCUMENTS: dict[str, str | None] = {w: None for w in DOCUMENT_NOUNS} | {
    "release": "a press release", "statement": "a statement"}
# Who issues a document: "the Security Council issued a statement", "Clinton's new ad".
_ISSUED = re.compile(r"\s+(?:(?:has|have|had|also|just|then|on \w+)\s+)*(?:issued|released|sent|"
                     r"published|put out|posted|filed|aired|ran|launched|unveiled|wrote|"
                     r"signed|handed down|made public)\s+(?:a|an|the|its|their|his|her)\s+"
                     r"(?:[\w-]+\s+){0,3}?$|[’']s\s+(?:(?!(?:a|an|the)\s)[\w-]+\s+){0,2}?$")
# Descriptions that name a role someone in an ad, a debate or a crowd has, never the story's
# central person.
_NOT_EPITHETS = words("announcer narrator questioner voice caller moderator interviewer "
                      "audience crowd")
# "her previously stated belief", "was told": a cue verb used as an adjective or passive.
_NOT_BEFORE_CUE = words(
    "previously widely often commonly frequently the a an her his their its our my was were "
    "been be is are being so as newly"
)
# Before an -ing word, the words that make it a noun ("ignored every warning", "a warning"),
# where an auxiliary ("was warning") keeps it a verb.
DETERMINERS = words("the a an every each no any another this that these those her his their its "
                    "our my your")
# After a place that is a cue's subject: an appositive, adverbs or auxiliaries, then a verb.
_PLACE_SPEAKS = re.compile(
    r"(?:,[^,;:]{1,90},)?\s+(?:(?:also|has|have|had|on \w+|[a-z]+ly)\s+)*(?:"
    + "|".join(sorted(CUE_VERBS | STANCE_VERBS)) + r")\b")
# Between "according to" and a name: words that make the name someone else's circle.
_NOT_THE_SOURCE = re.compile(r"\b(?:to|with|of|for|around|near|close|familiar|people|sources?|"
                             r"officials?|aides?|friends?|lawyers?|attorneys?|allies)\b")
_BE = r"(?:is|was|were|are|been|being)"
# Adverbs that may stand between a subject or "and" and its verb ("also said", "later called").
_ADVERB = r"(?:also|further|then|now|still|again|once|later|not|never|[a-z]+ly)"
# "according to Clinton's statement": a possessive before a document is its author's.
_OWNED_DOCUMENT = re.compile(r"[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?(?:" + "|".join(
    ("statement", "report", "letter", "memo", "email", "post", "tweet", "book", "memoir",
     "website", "release", "filing", "brief", "complaint", "lawsuit", "speech", "ad",
     "campaign", "office", "spokesman", "spokeswoman", "spokesperson")) + r")\b")
_AND_BEFORE_CUE = re.compile(r"\b(?:and|but)\s+(?:" + _ADVERB + r"\s+)?$")
# ", but critics including the ACLU called it": a clause with a subject of its own (a "he" or
# "she" there is most often the sentence's subject again, so it does not count).
_NEW_CLAUSE = re.compile(r"[\s,]*(?:but|and|while|whereas|yet)\s+(?!" + _ADVERB + r"\b)"
                         r"(?:[A-Z]|the\s|critics|others)")
# A preposition (and "the") right before a name: the name is its object, not a subject
# ("Voters in Florida said", "he asked about the Muslim Brotherhood, called ...").
def word_before(words: str, *, the: bool = False) -> re.Pattern[str]:
    """One of ``words`` (space-separated) ending the text, with "the" after it if ``the``: what
    stands right before a name ("from Clonbarra Cross", "at the Galloway Arena"). The many
    such patterns differ only in their words, so they are made here alike."""
    after = r"(?:the\s+)?" if the else ""
    return re.compile(rf"\b(?:{'|'.join(words.split())})\s+{after}$")


_AFTER_PREPOSITION = word_before(
    "in of from at for to by about with on into over against across near throughout within "
    "outside inside", the=True)
# The prepositions before a place's name: "in Novi", "at Cork City".
_AT_A_PLACE = r"\b(?:in|at|from|near)\s+"
# "in Novi, Michigan,": a place after "in" (and its state after the town) sets a scene.
_IN_PLACE = re.compile(_AT_A_PLACE + r"(?:[A-Z][\w.-]*\s+){0,3}?(?:[A-Z][\w.-]*,\s+)?$")
# A legislator's seat before the place's name: "Representative for ", "MP for ".
SITS_FOR = re.compile(r"\b(?:Representative|MP|Member of Parliament|Senator|MHA|MLA|MNA|MHK|"
                      r"Member|Parliamentarian)\s+for\s+$")
_RELATIVE_SUBJECT = re.compile(r",?\s+(?:who|which)\s+(?:" + _ADVERB + r"\s+)?$")
_PREPOSITION_END = word_before("before after while by without when")
# "He went on to say", "wanted to speak": an infinitive cue that is the subject's own.
_GOES_ON_TO = words("on going want wants plans hopes tries decides")
_GROUPS = GROUP_NOUNS
# A group's word that is also a body's: a force speaking as one body ("police said", "the
# Gauteng police said"), as "the army" does; the guide's organisation, not unnamed people.
FORCES = ORG_WORDS & GROUP_NOUNS
_PLACE_ROLE = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+([a-z][\w-]*)(?=[\s,])")
_CREDIT = re.compile(r"\s*[―—–]\s*((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,4})\s*[,.]?\s*$")

# "noted NBC's Dante Chinni": a cue right before a name makes it the cue's subject.
# (Only one word can stand there, the last or the one before a possessive that ends the text:
# any word is matched and the set says whether it is a cue, which is what an alternation of
# the 236 cue verbs said, without its 1.6 ms to compile.)
_WORD_BEFORE_NAME = re.compile(r"[,—–]\s+([a-z]+)\s+(?:[A-Z][\w.]*[’']s\s+)?$")


def cue_before(text: str) -> bool:
    """Whether ``text`` ends in a comma or a dash, a cue verb and perhaps a possessive."""
    found = _WORD_BEFORE_NAME.search(text)
    return found is not None and found.group(1) in CUE_VERBS


_ROLE_THEN_NAME = re.compile(r"[ \xa0]((?:[a-z][\w-]*[ \xa0]){1,3})(?=[A-Z])")
# Lower-case words between two names that make them two parties, not a role and its holder.
_NOT_ROLE_WORDS = words(
    "and or nor to of in on at for with that who which whom the a an has had have is was were are "
    "be said says told tells but as by from than about after before during against over into "
    "via while when if then also not only just "
    # Common verbs between two names ("Karen Smith met Tom Hale"): two parties, no role.
    "met meets saw sees sat sits beat beats led leads left won lost hit ran took gave made got "
    "sent hired hires fired fires sued sues joined joins thanked thanks visited visits"
) | CUE_VERBS | TELL_VERBS | STANCE_VERBS
# "Obama's former campaign strategist said": lower-case words from a possessive to the cue.
# A clause may be set off before the cue: "Voss’s agent, reached by phone on Tuesday, said" is
# the agent's, not Voss's (the role ends at ``head``).
_OWNED_ROLE = re.compile(r"(?:[ \xa0]+[a-z][\w-]*)*[ \xa0]+(?P<head>[a-z][\w-]*)"
                         r"(?:,[^,;:“”\"]{1,80},)?[ \xa0]$")
# A speech tag after a quotation that ends in ? or !: up to four capitalised words or a
# pronoun, then a cue verb ("Clinton said", "Sen. Jon Tester asked", "she said").
_TAG_AFTER = re.compile(
    r"[ \xa0]*(?:(?:[A-Z][\w’'.-]*[ \xa0]+){1,4}|(?:he|she|they|it|we|I)[ \xa0]+)"
    r"(?:[a-z]+ly[ \xa0]+)?(?:" + _CUES + r")\b")  # "Brooke tearfully asked"
# A speech tag by its shape (see _Attributor._shaped_tag): a verb and then the subject ("rumbled
# Hale"), or the subject and then a verb ("the officer instructed him", "Okafor interjected").
_INVERTED_TAG = re.compile(r"\s*(?P<verb>[a-z][a-z’'-]+)\s+(?=[A-Z]|(?:the|an?)\s)")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z][a-z’'-]+)(?=[\s.,;:]|$)")
# "As it turned out, Steenburgen had spent": a sentence's subject after a short opening phrase.
# (Its parts, shared with the opener a title's set-off name follows.)
SENTENCE_OPENS = r"(?:^|[.!?]\s+|\n)"
OPENER_SET_OFF = r"[A-Z][^,.!?\n]{0,30},\s+$"
_AFTER_OPENER = re.compile(SENTENCE_OPENS + OPENER_SET_OFF)
# ("The regulator, the Gas and Electricity Markets Office, said": a body's name too, with its
# "the" and the small words inside it.)
# (Capitals outside ASCII open names too: ", Lars Øvergaard,".)
# (A surname's particles may stand between its words: "Landsverk's head of operations, Jónleif
# á Lakjuni,", "Pieter van der Molen".)
_APPOSED_NAME = re.compile(rf",\s+(?:the\s+)?(?:[{UPPER}][{NAME_CHARS}.-]*\s+"
                           rf"(?:(?:and|for|&|{_PARTICLE_ALTERNATION}|of)\s+)"
                           r"{0,2})+?"
                           rf"[{UPPER}][{NAME_CHARS}-]+(?:,|\.(?=\s|$))")
# After a possessive, a role (lower-case words, then perhaps where: "to the United Nations")
# and a name set off by commas: "Smith’s attorney, Ray Kim,", "Kesh's ambassador to the United
# Nations, Farouk Alimov,".
_OWNER_ROLE_APPOSED = re.compile(
    r"(?:[ \xa0]+[a-z][\w-]*){1,6}?(?:[ \xa0]+(?:to|of|for|at|in)(?:[ \xa0]+the)?"
    r"(?:[ \xa0]+[A-Z][\w.’'-]*)+)?(?=" + _APPOSED_NAME.pattern + ")")
# After a name, lower-case words that end in a body: ". attorney's office", " campaign".
_NAME_THEN_BODY = re.compile(r"\.?(?:[ \xa0]+[a-z][\w’'-]*){0,2}?[ \xa0]+(?P<head>[a-z][\w’'-]*)"
                             r"(?=[ \xa0]$)")
# "said in a statement", "denied the claims in a lengthy statement": the document is where
# the cue's subject said it.
_IN_DOCUMENT = re.compile(
    r"\b(?:in|via|through)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?$")
# "the US military", "the Hong Kong police": capitalised words, then a word for a body.
_NAMED_BODY = re.compile(r"[Tt]he\s+((?:[A-Z][\w.’'-]*\s+){1,4}[a-z][\w-]*)")
# Where a clause with a subject of its own may begin: ", but", "; and", ", while".
_CLAUSE_JOINT = re.compile(r"[,;]\s+(?:but|and|while|whereas|although|though|yet)\s+|;\s+")
# "..., and when pressed on why the plan ...": a subordinate clause's subject is not the cue's.
_SUBORDINATE = re.compile(r"\b(?:when|if|because|after|before|as|since|unless|why|until|once)\b")
_ANY_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Hh]is|[Hh]er|[Tt]heir)\b")
# A verb of being right before a cue makes it passive: "was told", "were asked", "got asked".
# (Its verbs alone, for the passive that allows an adverb before the participle.)
BEING_VERBS = r"\b(?:am|is|are|was|were|be|been|being|get|got|gets)"
_BEING_BEFORE = re.compile(BEING_VERBS + r"\s+$")
# "The 56-year-old", "the then 76-year-old" (an age at the time, in a story told later).
# ("The then" too: "the then 76-year-old".)
THE_THEN = r"[Tt]he\s+(?:then[\s-]+)?"
_THE_AGE = THE_THEN + r"(?P<age>\d{1,3})-year-old"
# An age set off after a name: ", 54," ("Abdul Karim, 46, lost his crop").
_AGE_SET_OFF = re.compile(r",\s+\d{1,3},")
# A participle and the word before it: "The surgeon treating| the 68-year-old", "the man who
# attacked| the 19-year-old".
_PARTICIPLE_BEFORE = re.compile(r"\b([\w’'-]+)\s+[a-z]+(?:ing|ed)\s+$")


def makes_object(text: str, pos: int, endpos: int) -> bool:
    """Whether the words of ``text`` ending at ``endpos`` make what follows them an object: a
    preposition (``_AFTER_PREPOSITION``: "A neighbour of"), or a participle after a noun for
    a person or a relative word ("The surgeon treating", "who attacked"); not a word that
    opens a clause ("a day after the 27-year-old accused selectors", "was all the 21-year-old
    would say"), nor a noun in "-ing" ("This morning the 24-year-old said")."""
    if _AFTER_PREPOSITION.search(text, pos, endpos):
        return True
    participle = _PARTICIPLE_BEFORE.search(text, pos, endpos)
    if participle is None:
        return False
    before = participle.group(1).lower()
    return before in ("who", "that", "which") or is_person_noun(before)


# Where someone named by their age is from, after the epithet: " from Zlín", " from Zlín,
# Czech Republic," (a place is no speaker: "the 19-year-old from Dublin said" is not Dublin).
# (Not "of": "the 34-year-old mother of Aoife Byrne" says whose mother. The caller checks that
# no one the story shows to be a person is set off as the region: "the 41-year-old from
# Clonmel, Deirdre Hayes, said" is hers.)
def _age_from_place(region: str) -> str:
    """The pattern of where someone is from after an age epithet, its region's group opened
    by ``region``: "(?P<region>" where the caller reads it, "(?:" where it is only passed."""
    return (r"\s+(?:from|in)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
            r"(?:,\s+" + region + r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}),)?")


# "The 56-year-old said", "the 34-year-old striker told", "the 52-year-old sheep and beef
# farmer said": an epithet by age and what the person does.
_AGE_EPITHET = re.compile(
    r"(?P<desc>\b" + _THE_AGE +
    # (An auxiliary ends the epithet: "was all the 21-year-old would say".)
    r"(?:\s+(?!(?:his|her|their|the|an?|who|which|that|would|will|could|can|may|might|should"
    r"|must|had|has|have|was|is|were|are|did|does|do)\b)[a-z][\w-]*){0,4})"
    # (Where they are from may follow: "the 19-year-old from Zlín, Czech Republic, said".)
    r"(?:" + _age_from_place("(?P<region>") + r")?"
    # (A clause set off after it says more of them: "The 19-year-old, who made his debut only
    # in February, said".)
    r"(?:" + WHO_CLAUSE + r")?"
    r"\s+(?:(?:would|will|could|can|may|might|should|must|had|has|have|did|does|do)\s+)?"
    r"(?:[a-z]+ly\s+)?$")
# The same epithet right after an inverted cue: '“...,” said the 27-year-old.' (its nouns up
# to the clause's end: "said the 27-year-old driver, who ...").
_AGE_AFTER_CUE = re.compile(
    r"\s+(?P<desc>" + _THE_AGE + r"(?:\s+(?!(?:who|which|that|and|as|after"
    r"|before|in|on|at|with|from|of|to|for|when|while)\b)[a-z][\w-]*){0,3})"
    # (Or how they said it: "said the 26-year-old with a laugh.", "said the 19-year-old as
    # he left the field.")
    r"(?=(?:" + _age_from_place("(?:") + r")?(?:\s*[,.;:!?]|\s*$"
    r"|\s+(?:with|as|before|after|while|when)\b))")
# An unnamed source by its closeness to someone: "a source close to the couple", "people
# familiar with the matter", "an official with knowledge of the talks".
_ANONYMOUS_PHRASE = (
    # After an article the words before the noun may be capitalised ("a senior Senate aide");
    # without one, only lower-case whole words ("senior officials").
    r"(?P<desc>(?:\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Tt]he)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?|\b(?:[a-z][\w-]*\s+){0,2}?)"
    # (Any noun for people may head it, "a minister close to Valmont", "a diplomat familiar
    # with the talks": is_anonymous_head says which.)
    r"\b(?P<anon_head>[A-Za-z][a-z-]*)\s+"
    r"(?:close\s+to|familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+)")
# Before the cue ("a source close to the couple told") or right after it ("said a person
# familiar with the matter, who ...").
_ANONYMOUS = re.compile(_ANONYMOUS_PHRASE + r"(?:\s*,\s*who\b[^,;:]{0,120},)?"
                        r"\s*,?\s*(?:who\s+)?(?:[a-z]+ly\s+)?$")
_ANONYMOUS_AFTER = re.compile(r"\s+" + _ANONYMOUS_PHRASE + r"(?=\s*(?:[,.;]|$))")
_ANONYMOUS_WORDS = frozenset({"source", "insider", "person", "people", "official", "aide",
                              "friend", "employee"})


def is_source_word(word: str) -> bool:
    """Whether ``word`` is one of the words for an unnamed source ("a source close to ...",
    "people familiar with ..."), which head such a phrase wherever it stands; any other noun
    for people ("a minister close to Valmont") may too, as a tag's subject."""
    low = word.lower()
    return singular(low) in _ANONYMOUS_WORDS or low in _ANONYMOUS_WORDS
_SHAPED_BEFORE = re.compile(r"\s(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:ed|s))\s*:\s*[\"“‘']*$")
_MADE_BY = re.compile(r",\s+(?:filed|brought|issued|released|published|written|signed|sent)"
                      r"\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?")
# A sentence opening with a role and then a name: "Wild defenseman Ryan Suter".
_TITLED_OPENING = re.compile(r"(?<![\w.])(?:[A-Za-z][\w’'-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+$"
                             # "Farmer Abdul Karim": one capitalised word only, as a sentence
                             # opens ("U.S. Supreme Court Justice" is no sentence's start).
                             r"|(?<![\w.])(?P<capital>[A-Z][a-z][\w-]*)\s+$")
# A document by another of the story's words for it ("Mariano wrote a memoir" ... "the book
# said"). (Its maker by a verb, "The appeals court ruled" ... "the ruling", named the wrong
# body: "the appeals court" is no name, and the last body named was a plaintiff.)
_SAME_DOCUMENT = {"book": ("book", "memoir"), "memoir": ("memoir", "book"),
                  "ruling": ("ruling", "decision"), "decision": ("decision", "ruling"),
                  # ("a communiqué issued by the Office of the President ... “...,” the
                  # statement said": one document under two of the story's words for it.)
                  "statement": ("statement", "communiqué", "communique"),
                  "communiqué": ("communiqué", "communique", "statement"),
                  "communique": ("communique", "communiqué", "statement")}
_ALLEGED = re.compile(r"\b(?:allegedly|reportedly|purportedly|alleged(?: that)?|alleges|"
                     r"accused of saying)\b", re.IGNORECASE)
_COLON_TAG = re.compile(r"\s*(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*:\s*")
# A question from the floor in a press conference's transcript, its asker and outlet in
# brackets: "Q (Mireille Dufresne, Orbital Ledger): “...”".
_ASKER_TAG = re.compile(r"\s*Q\s*\((?P<name>[^,():]+)(?:,[^():]*)?\)\s*:\s*")
# "James Hall with the New York Police Department": a person and the body they work for.
_WITH_BODY = re.compile(r",?\s+(?:with|of|from|at|for)\s+(?:the\s+)?"
                        # ("of the Leeds-based firm": where the body is based and its kind.)
                        rf"(?:[A-Z][\w’'.-]*-(?:{_BASED})\s+[a-z]+\s+)?")
# Unnamed people whose words are their body's.
_SPEAKS_FOR = words("spokesman spokeswoman spokesperson")
# A plural noun for people right before the cue, with up to two words qualifying it and no
# article: "officers announced", "Federal prosecutors alleged".
_BARE_PLURAL = re.compile(
    r"(?:^|(?<=[\s,;:—–\"“”]))(?P<desc>(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]+))"
    # An auxiliary or an adverb may stand before the cue: "Prosecutors had argued", "critics
    # have long said".
    r"\s+(?:(?:[a-z]+ly|had|have|also|long)\s+){0,2}$")
# A subject that names no one: "several environmental groups", "other leaders", "two aides".
_UNNAMED_SUBJECT = re.compile(r"(?:several|some|many|most|few|other|both|all|two|three|four|"
                              r"five|\d[\d,]*|a|an)\s", re.IGNORECASE)
_PRONOUN_WORDS = words("He She They It His Her")
# (Only one word can end a text: any word there is matched and the set says whether it is a
# cue, the same match as an alternation of the cue verbs, without its 1.6 ms to compile.)
_WORD_AT_END = re.compile(r"\b[a-z]+$")


def cue_at_end(text: str) -> re.Match[str] | None:
    """The cue verb that ends ``text`` (before a final newline, as "$" reads), or None."""
    found = _WORD_AT_END.search(text)
    return found if found is not None and found.group() in CUE_VERBS else None


# "Henry Crespo, president of the caucus,": an appositive introduces a person.
_APPOSED = re.compile(r",\s+(?:the |a |an )?(?:[a-z][\w-]*\s+){0,3}?(?:of|at|for|with)\b")


# "what she calls “...”", "which Apple's chief executive, Tim Cook, called “...”", "as The
# Daily Beast called them in an article last week, “...”": a relative or "as" clause right before
# the quotation says whose words it holds, whatever the main clause's subject.
_RELATIVE_WORD = re.compile(r"(?<![\w’'])(?P<word>what|which|[Aa]s)\s+")
_CALLED_AFTER_RELATIVE = re.compile(
    # (A name after its role in lower case too: "what operator CalMac described as".)
    r"(?P<subj>(?:[A-Z]|[Tt]he\s+[A-Z]|(?:[Ss]?he|it)(?=\s)|(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))"
    r"[^;:!?]{0,90}?)\s+"
    r"(?:[a-z]+ly\s+|once\s+)?"
    r"(?P<verb>calls|called|call|describes|described|terms|termed|dubs|dubbed)"
    r"(?:\s+(?:it|them|him|her|this))?(?:\s+as)?(?:,?\s+(?:in|on)\s+[^,;:]{1,50},)?"
    r"(?:\s+(?:a|an|the))?\s*$")
# "As Ms. Simonyan put it in a statement ..., RT is “...”": the same for "put it", whose
# quotation may come later in the sentence.
_PUT_IT_AFTER_AS = re.compile(
    r"(?P<subj>(?:[A-Z]|[Tt]he\s+[A-Z]|(?:[Ss]?he|it)(?=\s))[^;:!?]{0,120}?)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>put)\s+it\b(?P<rest>[^;:!?]{0,120})$")
_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")
# Between a subject's verb and a fragment: an aside, a relative clause or a passive agent
# ("funds the campaign -- led by a “mighty team”"), so the fragment is not the subject's words.
_ASIDE = re.compile(
    r"--|[—–(]|\b(?:who|which|whom|whose|by|what)\b|\b" + _BE + r"\s+"
    r"(?:[a-z]+ly\s+)?(?:called|known|described|portrayed|labeled|labelled|dubbed|termed|seen|"
    r"viewed|considered|branded|named)\b|\b(?:chants?|charges?|counts?|accusations?|"
    r"allegations?|cries|calls|claims|criticism|complaints?)\s+(?:of|for|that)\b"
    # "hired Tom Hale, a former aide known for his “...” tactics": what others call him.
    r"|\b(?:known|famous|noted|remembered)\s+(?:for|as)\b")
# Verbs whose subject hears or bears the words, never says them ("faced chants of “...”").
_RECEIVING_VERBS = words(
    "face faces faced facing hear hears heard receive receives received draw draws drew drawn "
    "earn earns earned suffer suffers suffered endure endures endured attract attracts "
    "attracted get gets got win wins won deny denies denied plead pleads pleaded")
# "Trump’s claim that ... “...”", "his pledge to “...”", right before the fragment.
_CLAIM_OF = re.compile(
    r"(?:(?P<owner>[A-Z][\w.-]*(?:[ \xa0][A-Z][\w.-]*){0,3})[’']s|(?P<pronoun>\b[Hh]is|\b[Hh]er))"
    r"[ \xa0]+(?:[a-z]+[ \xa0]+){0,2}?(?:claim|claims|assertion|contention|charge|prediction|"
    r"insistence|warning|promise|pledge|vow|argument|belief)[ \xa0]+(?:that|to)\b[^.;:!?“”\"]{0,80}"
    r"[ \xa0][\"“‘']*$")
# A comma or a colon, then only marks, right before the opening mark: how both tags below
# end (attribution looks for it alone first, as few sentences end so).
PUNCT_AT_OPEN = re.compile(r"[,:]\s*[" + _MARKS + r"]*\s*$")
# A cue verb, then a comma or colon, right before the opening mark: "he said, “".
_CUE_AT_OPEN = re.compile(r"\b(?P<cue>[a-z]+)\s*" + PUNCT_AT_OPEN.pattern)
# Or a telling verb and its object: "told investigators, “", "told the court: “".
_TOLD_AT_OPEN = re.compile(r"\b(?P<cue>" + "|".join(sorted(TELL_VERBS)) + r")\s+(?:the\s+)?"
                           r"[a-z]+\s*" + PUNCT_AT_OPEN.pattern)
# "“...” and said he was", "but pledged to remain civil", "“...” to the test and warned": a
# second verb of the same subject, with no subject or cue of its own before the "and" ("the
# mayor said and added" is a tag of its own).
# "“...,” and setting up a showdown with leaders who say ...": the writer's sentence goes on
# with a second verb of its subject; a cue further on is someone else's.
# ("... “remorseful” and had written a letter": an auxiliary may come first.)
_COORDINATED_VERB = re.compile(r"[\s,]*\b(?:and|but)\s+(?:" + _ADVERB + r"\s+)?(?:(?:had|has|have|"
                               r"was|is|were|would|will|could)\s+[a-z]+(?:ing|ed|en)|"
                               r"[a-z]+(?:ing|ed))\b")
# A subordinate clause opening right after a fragment: "said Trump was “absolutely right”
# when he said ...": the fragment is the sentence's speaker's, the clause's tag another
# speech act of its own. ("as Reed dubbed it" is the fragment's own tag.)
_SUBORDINATE_AFTER = re.compile(r"[\s,]*(?:" + "|".join(sorted(SUBORDINATORS - {"as"}))
                                + r")\s+(?:he|she|they|I|we|the\s|[A-Z])")
_COORDINATED_CUE = re.compile(
    r"(?:[\s,]+(?!(?:he|she|they|it|we|I|who|which|that|"
    # (A body after "the" among the words: "“a tough night” for the Government but said".)
    + "|".join(sorted(CUE_VERBS)) + r")\b)(?:[a-z][\w’'-]*|(?<=the )[A-Z][\w’'-]*)){0,6}?"
    r"[\s,]*\b(?:and|but)"
    # ("... “deeply disappointed” by the decision and had spoken to Lindqvist": an
    # auxiliary may stand before the second verb.)
    r"\s+(?:(?:" + _ADVERB + r"|had|has|have)\s+)?(?:" + "|".join(sorted(CUE_VERBS)) + r")\b")
# After a clause's subject: an appositive, auxiliaries or adverbs, then a finite verb.
# The simple past of the common irregular English verbs (those not ending in -ed), a closed
# set: "Captain Sean Doyle paid tribute", "Lyle kept the squad".
IRREGULAR_PAST_WORDS = words(
    "arose awoke became began bent bit blew broke brought built burnt bought caught chose clung "
    "came crept dealt dug did drew dreamt drank drove ate fell felt fought found flung flew "
    "forbade forgot forgave froze got gave went grew hung had heard hid hit held hurt kept knelt "
    "knew laid leapt learnt left lent let lit lost made meant met paid put quit rode rang rose ran "
    "said saw sought sold sent set shook shone shot shrank shut sang sank sat slept slid spoke "
    "spent spun spat sprang stood stole stuck stung struck strove swore swept swam swung took "
    "taught tore told thought threw understood woke wore wept won wrote withdrew")
_IRREGULAR_PAST = "|".join(sorted(IRREGULAR_PAST_WORDS, key=len, reverse=True))
# An apposition set off by commas after a subject: ", a fifth-grader,", ", 22,".
_APPOSITION = r",[^,;:]{1,90}(?:,\s+who(?:se)?\b[^,;:]{1,90})?,[”\"’]?"
_SUBJECT_VERB = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:" + _APPOSITION + r")?\s+(?:" + _ADVERB + r"\s+)*(?:(?P<aux>(?:"
    r"(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|been)\s+(?:"
    + _ADVERB + r"\s+)*)+)"
    r"(?P<participle>[a-z][a-z-]*)|(?P<verb>[a-z][a-z-]*(?:ed|s)|took|made|gave|went|said|told|"
    r"put|wrote|spoke|brought|sang|saw|held|let|set|thought|sought|began|spent|drew|fought))\b")
# A subject's verb in the simple past, any irregular one too (for a sentence whose subject
# goes on speaking in the next paragraph; in a fragment's own clause more of them named the
# wrong person).
_SUBJECT_PAST = re.compile(r"\s+(?:" + _ADVERB + r"\s+)*(?:" + _IRREGULAR_PAST + r")\b")
# Words that end like a verb but are not one after a subject ("Trump campaign", "Obama is").
_NOT_VERBS = words("is was has this thus us its as his always perhaps")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def cue_word(text: str, pos: int = 0, endpos: int = sys.maxsize,
             cues: frozenset[str] = CUE_VERBS) -> re.Match[str] | None:
    """The first cue verb (of ``cues``) that stands as a word in ``text`` between ``pos`` and
    ``endpos``.

    What an alternation of the 236 cue verbs between two word boundaries finds (a cue is a
    whole word of lower-case letters), from the words and the set: seven times faster over a
    story's sentences, where the alternation tried every verb at every word, and nothing to
    compile at import (it cost 1.6 ms)."""
    for found in _LOWER_WORD.finditer(text, pos, endpos):
        if found.group() in cues:
            return found
    return None


_SUBJECT_PRONOUN = re.compile(r"(?:[Ss]he|[Hh]e|[Ii]t)$")
# A prepositional phrase right after a noun phrase: "at Stanford", "of the research".
_OF_PLACE_OR_OWNER = "at|of|for|from|with|in|on|near|outside|inside|behind"
# After a document's noun, who it comes from: "statement from", "letter written by", "note on
# behalf of" (not "read by": the reader is not the author).
# (After its date, set off: "letters, dated January 8 and signed by".)
_DOCUMENT_FROM = re.compile(r"s?(?:,\s+dated\s+[^,;.:!?\n]{1,40}?\s+and)?"
                            r"\s+(?:(?:written|issued|released|prepared|signed|sent|made|"
                            r"published|commissioned)(?:\s+(?:this|last|on|in|earlier|late|"
                            r"[a-z]+day|week|month|year|morning|night))*\s+)?"
                            r"(?:from|by|on\s+behalf\s+of)\s+")
_PREPOSITION_NEXT = re.compile(r"\s+(?:" + _OF_PLACE_OR_OWNER + r")\s")
# The phrase that ends an inverted tag's description: "said a researcher| at Stanford University."
_PHRASE_AFTER = re.compile(
    r"\s+((?:" + _OF_PLACE_OR_OWNER + r")\s+[^,.;:—–]{1,60}?)\s*(?:[,.;:—–]|$)")
# A word for someone of a people, by its ending ("Welshman", "Australian", "Spaniard",
# "Portuguese", "Israeli") or one of the short ones no ending gives ("the Pole said"); not a
# paper's name ("the Guardian"), which the outlet rules take first.
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:man|woman|ian|ard|ese)|Pole|Scot|Dane|"
                      r"Swede|Finn|Turk|Serb|Croat|Czech|Greek|Brit|Briton|Swiss|Thai|Kiwi|"
                      r"Aussie)$")


_LANGUAGES = world_languages()


def is_people_of_known_place(word: str) -> bool:
    """Whether ``word`` is a people by a place the lexicon knows ("Pakistani" of Pakistan,
    "Somali" of Somalia), not only by its ending: a word ending in "-i" that opens someone's
    full name is more likely their given name ("Sreedevi Nair", "Lakshmi Menon")."""
    if word.endswith("i") and not _DEMONYM.search(word):
        return word[:-1] in PLACES or word + "a" in PLACES or word == "Saudi"
    return is_demonym(word)


# (Cached: it reads only fixed lists, and the name index asks it of every one-word name.)
@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """A word for someone of a people: by its ending (``_DEMONYM``), or a country, state or city
    the lexicon knows with "-an" or "-er" made of it ("Mexican", "Kenyan", "Korean", "Londoner",
    "New Zealander"), or a language official somewhere ("Dutch", "French", "Irish": CLDR's)."""
    if _DEMONYM.search(word) or word in _LANGUAGES:
        return True
    if len(word) >= 5 and word.endswith("i") and word[:1].isupper() and word[1:].islower():
        # "Pakistani", "Kashmiri", "Emirati": most capitalised words ending so are peoples.
        return True
    # ("Londoner", "New Zealander": a place the lexicon knows with "-er".)
    # ("Argentine" of "Argentina".)
    return len(word) > 4 and word[:1].isupper() and (
        (word.endswith("ine") and word[:-1] + "a" in PLACES) or (word.endswith("an") and (
        word[:-1] in PLACES or word[:-2] in PLACES or word[:-2] + "o" in PLACES)) or (
        word.endswith("er") and word[:-2] in PLACES))
