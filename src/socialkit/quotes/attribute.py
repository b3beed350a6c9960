"""Who said each quotation (speaker), the word that says so (cue) and where (via).

The attribution is read from the quotation's own sentence (after the quote, between its pieces,
then before it); a quotation that opens its paragraph with no cue of its own takes the speaker of
the quotation it continues, or of the cue sentence that ends the previous paragraph. Partial
quotations are attributed only from their own sentence. Anything unresolved stays None.

This module holds the order of those rules (``_Attributor.attribute``), the reading of a speech
tag (``_parse``) and the subject of a clause a fragment stands in. The rules it calls are layered
below it: ``continuity`` (an untagged quotation takes an earlier speaker), ``speakers`` (who a
tag's noun phrase is), ``noun_phrases`` (which noun phrase is the tag's subject) and ``story``
(the masked body, names and sentences they all read). The patterns they match are in
``tag_patterns``; ``marks``, ``sentences`` and ``via`` hold the helpers for quotation marks,
sentences and where a quotation was said.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from socialkit.models import Article, Quote, SpeakerKind
from socialkit.quotes.continuity import _Continuity
from socialkit.quotes.extract import Found
from socialkit.quotes.lexicon import (
    COLLECTIVE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    FEMALE_WORDS,
    GROUP_NOUNS,
    KIN_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    OUTLET_WORDS,
    PLATFORMS,
    STANCE_VERBS,
    TELL_VERBS,
    kin_given_alone,
    sex_words,
    words,
)
from socialkit.quotes.marks import _MARKS, _last_close, _mark_after, _mark_before, possessive
from socialkit.quotes.names import (
    _LAWYER_WORDS,
    _LOWER_WORD_AFTER,
    _ROLE_MODIFIERS,
    _TIME_WORDS,
    COURT_OFFICERS,
    LINK_WORDS,
    ON_TRIAL,
    THE_FROM_HE,
    Entity,
    matches_one_on,
    named_only_as,
)
from socialkit.quotes.nested import FAMILY_CALLED, reported_inside
from socialkit.quotes.noun_phrases import _INITIALS_AFTER, as_written
from socialkit.quotes.people import (
    is_given_name,
    is_listed_person_noun,
    is_person_noun,
    is_plural,
    is_role_word,
    sex_of_noun,
    singular,
)
from socialkit.quotes.sentences import _WORD, DATELINE, _scene_end
from socialkit.quotes.speakers import (
    _INITIALS_AT_END,
    _NEW_ONE,
    _OF_SEX,
    BUT_AND_YET,
    KEPT_UNNAMED,
    _as_description,
    acted_on_after,
)
from socialkit.quotes.story import _NONE, Attribution
from socialkit.quotes.tag_patterns import (
    _AFTER_PREPOSITION,
    _AGE_AFTER_CUE,
    _AGE_EPITHET,
    _AGE_SET_OFF,
    _ALLEGED,
    _AND_BEFORE_CUE,
    _ANONYMOUS,
    _ANONYMOUS_AFTER,
    _ASIDE,
    _ASKER_TAG,
    _BARE_PLURAL,
    _BE,
    _CALLED_AFTER_RELATIVE,
    _CLAIM_OF,
    _CLAUSE_JOINT,
    _COLON_TAG,
    _COORDINATED_CUE,
    _COORDINATED_VERB,
    _CREDIT,
    _CUE_AT_OPEN,
    _DESC,
    _DOCUMENTS,
    _GOES_ON_TO,
    _GROUPS,
    _IN_DOCUMENT,
    _INVERTED_TAG,
    _ISSUED,
    _NEW_CLAUSE,
    _NOT_BEFORE_CUE,
    _NOT_THE_SOURCE,
    _NOT_VERBS,
    _NP,
    _OWNED_DOCUMENT,
    _PARENTHESIS,
    _PARTICLE_ALTERNATION,
    _PHRASE_AFTER,
    _PLACE_SPEAKS,
    _PREPOSITION_END,
    _PREPOSITION_NEXT,
    _PUT_IT_AFTER_AS,
    _RECEIVING_VERBS,
    _RELATIVE_SUBJECT,
    _RELATIVE_WORD,
    _SHAPED_BEFORE,
    _SPEAKS_FOR,
    _SUBJECT_PRONOUN,
    _SUBJECT_VERB,
    _SUBORDINATE,
    _SUBORDINATE_AFTER,
    _TAG_AFTER,
    _THE_AGE,
    _TOLD_AT_OPEN,
    _UNNAMED_SUBJECT,
    _VERB_AFTER,
    COMBINING,
    DETERMINERS,
    FORCES,
    NAME_RUN_PATTERN,
    PUNCT_AT_OPEN,
    RELATIVE_CLAUSE,
    WHO_CLAUSE,
    cue_word,
    is_demonym,
    is_source_word,
    makes_object,
    word_before,
)
from socialkit.quotes.via import _outlet_after

_FOUND_THAT = re.compile(r"\bfound\s+that\b")
# What closes a name set off before its cue: a comma, or an aside between dashes and then
# the name's own comma or none (", Tom Hennessy — no relation — said").
_SET_OFF_TO_CUE = re.compile(r"\s*(?:[—–][^—–,;:.]{1,60}[—–]\s*,?|,)\s*")
# A pronoun right before the cue in a relative clause: ", which he said had".
# (Looked for first, as few tags hold one: finding the first cue is a walk of the words.)
_RELATIVE_PRONOUN_WORDS = r"\b(?:which|that|who|whom)[ \xa0]+(?:he|she|they)"
_RELATIVE_PRONOUN = re.compile(_RELATIVE_PRONOUN_WORDS + r"\b")
_PRONOUN_IN_RELATIVE = re.compile(_RELATIVE_PRONOUN_WORDS + r"[ \xa0]+$")
# "what" and a pronoun right before a cue: "for what it called".
# (After a preposition only: ", what he called his only way of playing," is an apposition to the
# fragment's own noun, and says whose it is.)
_WHAT_PRONOUN_BEFORE = re.compile(
    r"\b(?:for|of|to|about|with|at|on|by|over|from)[ \xa0]+what[ \xa0]+(?:he|she|it|they)[ \xa0]+$")
# "Kesh's ambassador to the United Nations, " before the name that is the clause's subject.
_OWNER_APPOSITION = re.compile(r"[A-Z][\w.’'-]*(?:[ \xa0][A-Z][\w.’'-]*)*[’']s"
                               r"(?:[ \xa0]+[\w.’'-]+){1,9},\s+")


# A passive's agent right after a fragment: 'rated “high risk” by officials', whose words
# they are, not the tag's before it.
_BY_AGENT = re.compile(r"[\s,]*by\b")
# Punctuation between two words that puts them in different phrases.
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
# "Another" or "One" alone as a cue's subject: one more of people just quoted ("Another
# posted:", "One said:", "A second added").
_ANOTHER_BEFORE = re.compile(
    r"(?:^\s*|[.;:!?]\s+|\b(?:and|but)\s+)"
    r"(?P<det>[Aa]nother|[Oo]ne|[Aa] (?:second|third|fourth|fifth))"
    # (A clause set off may come between: "A third, who has lived there for 40 years, said".)
    r"(?:" + WHO_CLAUSE + r")?\s+(?:[a-z]+ly\s+)?$")
# An ordinal alone, with the noun left to the quotations before ("A third said:").
_ORDINAL_ALONE = re.compile(r"[Aa] (?:second|third|fourth|fifth)")
# A name and the comma setting off what follows it: "Fiona Kelly, ".
_NAME_THEN_COMMA = re.compile(NAME_RUN_PATTERN + r",\s*$")
# A description of one of many: "one fan", "a resident", "another shopper" (its noun).
_ONE_OF_MANY = re.compile(
    r"(?:one|a|an|another|a (?:second|third|fourth))\s+(?P<head>[a-z]+)$"
    r"|one of (?:the|them|those)\s+(?P<heads>[a-z]+s)$")
# A clause with a subject of its own set against a fragment: ", but he said".
_CONTRAST_AFTER = re.compile(r"[\s,]*(?:but|yet)\s+(?:he|she|they|I|we|the\s|[A-Z])")
# A refusal or a denial right before a cue: "refused to ", "would not ".
_REFUSED_BEFORE = re.compile(r"\b(?:refused|declined|would\s+not|wouldn['’]t|did\s+not|"
                             r"didn['’]t|will\s+not|won['’]t|never)\s+(?:to\s+)?$")
# A preposition of where before a noun phrase ("outside the embassy"; not "of": "a group of
# mothers" are the mothers).
_PLACE_PREPOSITION = word_before("outside inside near at in on from by behind beside across "
                                 "around into with", the=True)
# A cue verb right against the opening mark: "chanted “".
_CUE_AGAINST_OPEN = re.compile(r"\b(?P<cue>[a-z]+)[ \xa0]*$")
# A fragment's own reported clause before it: "Brockman told officers he had ", "Quinlan has
# told friends she is ": a speech verb, then a pronoun as the clause's subject, a few words.
_REPORTED_CLAUSE_BEFORE = re.compile(
    r"\b(?:told|tells|said|says)\s+(?:(?!(?:told|tells|said|says)\b)[\w’'-]+\s+){0,3}?"
    r"(?:that\s+)?(?:he|she|they)\s+"
    r"(?:[\w’'-]+\s+){0,3}$")
# Between a subject's name and its verb: nothing, words set off by commas (", 42,", ", who
# was arrested on Sunday,"), an auxiliary or an adverb ("has", "later", "privately").
_SUBJECT_TO_VERB = re.compile(r"(?:,[^,;:.“”\"]{1,80},)?(?:\s+(?:has|had|have|also|later|once|"
                              r"never|always|[a-z]+ly))*\s+")
# Where a report came from, after a fragment in its sentence: ", according to the document",
# "it from a friend, the affidavit says".
_SOURCE_AFTER = re.compile(
    r"[^.“”\"]{0,80}?(?:,?\s+according\s+to\b|,\s+the\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS)) + r")\s+(?:says|said|states|stated|shows|showed)\b)")
# A passive speech verb and its agent: "had been told by ", "was described by ".
_PASSIVE_SPEECH = words("told warned urged described called labelled labeled dubbed asked")


@lru_cache(maxsize=8)
def _words_read_in_tags(cues: frozenset[str]) -> frozenset[str]:
    """The lower-case words _parse's walk of a tag reads, with ``cues`` for its cues: the cues,
    the passive speech verbs and the words that name a source ("according", "words"). (Its
    exceptions, "called on", "began to", "read the letter", matter only for those: any other
    word is stepped over all the same.)"""
    return cues | _PASSIVE_SPEECH | {"according", "words"}


_BE_WORDS = words("was were been being is are be get got")
_BE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_BE_WORDS)) + r")\s+$")
_BY_THEN = re.compile(r"\s+by\s+")
_NAME_NEXT = re.compile(r"\s+[A-Z]")  # ("by referee Glen Ashworth": a role before a name)
# A passive's agent described, up to "that" or the quotation: "a judge that", "a regional
# manager that".
_AGENT_DESCRIBED = re.compile(
    r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)(?=\s+that\s|\s*[,:]?\s*$)")
# (Not past the agent's clause, an "and" or a "but" before the quotation or before a verb or
# a "that" of its own: "told by a consultant that he had cancer and “...”", "... and was
# “...”"; not two things joined, "that metformin and amlodipine were “...”". Nor "that" for
# when, with no "that" clause after it: "called by the manager that afternoon and “...”".)
_AGENT_NOT_TO_QUOTE = re.compile(
    r"\s+that\s+(?:" + "|".join(sorted(_TIME_WORDS | {"weekend"})) + r")\b"
    r"(?!.*\bthat\b)|.*\b(?:and|but)(?:\s*$|\s+(?:that|was|were|is|are|had|has|have|would|"
    r"will|could|did|felt|said)\b)")
# From the agent to the quotation: nothing, a comma or a colon, or what the agent said it of
# ("that the tackle was", "as", "there was"), with no second verb of speech or stance, comma
# or dash ("asked by Kay Burley whether she would resign – “...”", "called by Mikel Arteta
# into the squad, a “...”": the words are no longer the agent's).
_AGENT_TO_QUOTE = re.compile(
    r"\s*[,:]?\s*|\s+(?:(?:that|as)\s+)?(?:(?!\b(?:" + "|".join(sorted(CUE_VERBS | STANCE_VERBS))
    + r")\b)[^.;:!?,—–])*")
# A relative clause with no commas right after a description: "A volunteer who has worked".
_WHO_AFTER = re.compile(r"\s+who\s+")
# "..., which " right before a name: the relative clause's own subject follows ("a share, which
# Ms Ellwood said reflected").
_OBJECT_RELATIVE = re.compile(r",\s+(?:which|what)\s+$")
# A past tense right before a name, whose object the name is ("booed Ramos").
# A preposition right before a name: its object, never a participle's subject.
# ("from" and "by" name an author: "a letter from Principal Jane Doe, warning that".)
# A name right after one of these is a preposition's object, no clause's subject: "who
# identified himself only as a veteran from Dayton called".
_PLACE_OBJECT_BEFORE = word_before("from in at of near")
# A clause that opens with a preposition before its first noun phrase ("at one point warned").
_OPENS_WITH_PREPOSITION = re.compile(r"(?:at|in|on|for|after|during|by|with)\s+")
# A force's word opening the sentence, then where: "Police at ", "Gardaí outside the ".
_FORCE_AT = re.compile(r"[\s\"“‘']*(?P<head>[A-Z][^\W\d_]+)\s+(?:at|in|on|near|outside)\s+")
# The same opening a sentence, after any marks and spaces: "In his letter, ...".
_OPENING_PREPOSITION = re.compile(r"[\s\"“‘']*" + _OPENS_WITH_PREPOSITION.pattern, re.IGNORECASE)
# A participle opening a sentence before its preposition, whose phrase describes the subject
# still to come: "Known to colleagues as ", "Elected in ", "Asked about ". (Those prepositions
# and a few more; case kept, as "[A-Z][a-z]+ed" needs it.)
_OPENING_PARTICIPLE = re.compile(
    r"[\s\"“‘']*(?:[A-Z][a-z]+ed|Known|Born)\s+(?:(?:to|as|about|from)\s+|"
    + _OPENS_WITH_PREPOSITION.pattern + ")")
# A subordinate clause opening after a comma: ", although ", ", whereas ".
_SUBORDINATE_CLAUSE_OPENS = re.compile(r",\s+(?:although|though|whereas|while|because)\s")
_PREPOSITION_RIGHT_BEFORE = word_before("for in at to of with on near into across over against")
_VERB_BEFORE = re.compile(r"(?<![Tt]he )(?<![Aa] )\b[a-z]{3,}ed\s+$")
# "what" right before a clause's subject: set off ("in what his widow has described as", ",
# what"), or after any other word ("a job that required what one former colleague described
# as").
_WHAT = re.compile(r"(?P<set_off>,\s+|\bin\s+)?\bwhat\s+$")
# A noun set off after a comma and opening a clause with no "which": ", a call ".
_ZERO_RELATIVE = re.compile(r",\s+(?:a|an)\s+[a-z]{3,}\s+")
# What may stand between that noun and the clause's subject named last: its own
# description set off ("one of the athletes, "), or capitalised words and roles before it.
# (Never a preposition: "Lan Nguyen, an analyst at Fraser Hollis Securities, described".)
_SUBJECT_LEAD = re.compile(r"(?!(?:at|in|on|of|for|from|with|by|to|after|over)\s)(?:[a-z]+(?:\s+"
                           r"[a-z]+){0,3},\s+|(?:[A-Z][\w’'.-]*\s+)*(?:[a-z]+\s+)?)")
# Past verbs that name what they are said of: "a move fans branded “...”".
_NAMING_PAST = frozenset({"called", "described", "labelled", "labeled", "branded", "termed",
                          "dubbed"})
# A speech verb opening a reported clause right before its subject: "alleged that ".
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|alleged|claimed|revealed|recalled|added)\s+"
                               r"(?:that\s+)?(?:(?:at|in|on|during)\s+[^,]{1,40}?\s+)?$")
# Only auxiliaries and an adverb between a subject and its verb ("has since described").
_AUXILIARY_GAP = re.compile(r"\s*(?:(?:has|have|had|was|were|is|would|later|since|"
                            r"previously|once)\s+)*(?:[a-z]+ly\s+)?")


# A lawyer called by the post alone, as court reports do, right before the cue or after it:
# "” counsel asked", "said defence counsel".
# The words a lawyer's role holds for each side a tag may name ("defence counsel", "Crown
# counsel"), and one pattern of those words for the patterns below.
_DEFENCE_WORDS = frozenset({"defence", "defense"})
_PROSECUTION_WORDS = frozenset({"prosecuting", "prosecution", "state", "crown", "prosecutor"})
_COUNSEL_SIDES = {**dict.fromkeys(_DEFENCE_WORDS, _DEFENCE_WORDS),
                  **dict.fromkeys(_PROSECUTION_WORDS - {"prosecutor"}, _PROSECUTION_WORDS)}
_SIDE = "|".join(sorted(_COUNSEL_SIDES))
_BARE_COUNSEL_BEFORE = re.compile(
    rf"[\s,”’\"']*(?:(?P<side>{_SIDE})\s+)?counsel\s+(?:then\s+)?", re.IGNORECASE)
# (Not "counsel for the State", nor the post before a name: "said Crown counsel Tom Rees".)
_BARE_COUNSEL_AFTER = re.compile(
    rf"\s+(?:(?P<side>(?i:{_SIDE}))\s+)?counsel\b(?!\s+(?:for|of)\b)(?![ \xa0]+[A-Z])")
# A side's lawyer as the story names them: "Prosecuting counsel", "counsel for the accused".
_SIDE_OF_COUNSEL = re.compile(
    rf"\b(?:(?P<a>{_SIDE})\s+counsel|counsel\s+for\s+the\s+(?P<b>accused|{_SIDE}))\b",
    re.IGNORECASE)
_FOR_THE_ACCUSED = _DEFENCE_WORDS | {"accused"}
# A judge as the court calls them, right before the verb: "her Honour said".
_HONOUR = re.compile(r"\b([Hh]is|[Hh]er)\s+Hono(?:u)?r\s+(?:[a-z]+ly\s+)?$")
_BENCH = ("judge", "justice", "magistrate")
# Up to three lower-case words before a name: "capsule communicator ".
_LOWER_WORDS = re.compile(r"\s*(?:[a-z][\w-]*\s+){1,3}")


# The "of" between a description and the name of what it is of: "The coach of ", "the
# mayor of the ".
_OF_THEN = re.compile(r"\s+of\s+(?:the\s+)?")


# Where someone came from, right before a name: "travelled from ", "a fan from ".
_FROM_PLACE = word_before("from")


# "according to him," / "according to her.": a pronoun as the source, before a stop or a comma
# (not "according to her lawyer").
_OBJECT_PRONOUN = re.compile(r"[ \xa0]+(him|her|them)(?=[,.;]|$)")
_SUBJECT_FORM = {"him": "he ", "her": "she", "them": "they"}  # (each as long as the other)

class _Attributor(_Continuity):
    """Attributes one article's quotations in body order (``results`` grows as it goes)."""

    def body_subject(self, index: int) -> Entity | None:
        """The body named as the subject of the sentence a partial quotation stands in:
        "The Bangladesh Meteorological Department (BMD) forecast “...”", "the GCB
        congratulated Berbice on “...”"."""
        f = self.found[index]
        open_at = _mark_before(self.body, f.spans[0][0])
        s_start, _ = self._sentence(f.paragraphs[0], open_at)
        first = self._name_opening(s_start, open_at)
        if first is None or first.entity.kind != "org" or is_demonym(first.entity.name):
            return None  # (nor a people's word: 'Romanian director ... "Iarna lui Matei"')
        # (Its verb next, past its initials: "The Corporation “sincerely regrets”", "the GCB
        # congratulated Berbice on “...”", "The Met Department (BMD) forecast “...”".)
        # (Not a verb that makes the body what others act on, "was accused of", "faces",
        # "has been called", nor a noun after it: "Fiji Airways passengers spent".)
        after = _INITIALS_AFTER.match(self.masked, first.end)
        assert after is not None  # (every part of it is optional)
        verb = _WORD.match(self.masked, after.end())
        if verb is None and _OPENING_MARK.match(self.masked, after.end()):
            return first.entity  # (its words right after it: "The Corporation “regrets”")
        if verb is None or not verb.group().islower() or is_person_noun(verb.group()) or (
                verb.group() in _NOT_ITS_OWN_ACT):
            return None
        # (An auxiliary before its own act: "had on Saturday issued a warning of “...”"; not
        # a passive, "has been called “...”".)
        return None if verb.group() in _AUXILIARIES_OF_ACTS and _PASSIVE_NEXT.match(
            self.masked, verb.end()) else first.entity

    def attribute(self, index: int) -> Attribution:
        f = self.found[index]
        body, masked = self.body, self.masked
        first_para, last_para = f.paragraphs[0], f.paragraphs[-1]
        open_at = _mark_before(body, f.spans[0][0])
        close_at = _mark_after(body, f.spans[-1][1])
        s_start, _ = self._sentence(first_para, open_at)
        _, s_end = self._sentence(last_para, max(close_at - 1, f.spans[-1][1] - 1))
        next_open = (self.found[index + 1].spans[0][0] - 1 if index + 1 < len(self.found)
                     else len(body))
        after_end = min(s_end, _mark_before(body, next_open + 1)) if next_open < s_end else s_end
        if f.label:
            return Attribution(self.labelled(f.label, f.spans[0][0]), None, None)
        if f.kind == "full" and (words_of := self._words_of_next(
                first_para, last_para, open_at, close_at, f.spans)) is not None:
            return Attribution(words_of.name, None, None)
        named = self._named_just_before(s_start, open_at)
        if named is not None:
            return self._with_via(Attribution(named[0].name, named[1], None), s_start, s_end)
        # (The two tag shapes that end in a colon before the quotation are looked for only where
        # a colon stands: few sentences have one, and the patterns cost 1% of extraction.)
        colon_before = f.kind == "full" and masked.find(":", s_start, open_at) >= 0
        shaped = _SHAPED_BEFORE.search(masked, s_start, open_at) if colon_before else None
        if shaped:
            # "Her sister Kim Kardashian commented: “So cute!!”": a subject and any verb, then
            # a colon and the quotation, is its speech tag; no list of verbs is needed.
            # (No subject after a preposition: "as he was led to the prison bus:" has no
            # "prison" that "bus"es.)
            np = self._last_np(masked, s_start, shaped.start("verb"), 0)
            if np is not None and np.end() == shaped.start("verb") - 1 and np.group(
                    "pronoun") not in ("I", "we", "We") and not _AFTER_PREPOSITION.search(
                    masked, max(s_start, np.start() - 20), np.start()):
                got = self._resolve(np, 0, shaped.group("verb"))
                if got.speaker:
                    return self._with_via(got, s_start, s_end)
        if index > 0 and _GOES_ON_COLON.fullmatch(masked, s_start, open_at) and (
                self.found[index - 1].paragraphs[-1] == first_para) and (
                self.results[index - 1].speaker):
            # "Joseph Mensah joked that he had joined “...” Then, more seriously: “...”": a
            # sentence of only "then", "later" and the like before a colon goes on with whoever
            # the paragraph just quoted.
            return self.results[index - 1]
        for shape in (_NAME_VERB_COLON, _POST_NAME_VERB_COLON) if colon_before else ():
            named_colon = shape.search(masked, s_start, open_at)
            if named_colon is None:
                continue
            # "Kowalczyk reportedly gave a short answer: “...”", "Hale put it simply: “...”":
            # a clause of a name, its verb and a few words, then a colon: the name's words.
            # (The name may follow a title in its run: "Sheriff Harlan Beaudry was blunt".)
            entity = next((m.entity for m in self.names.mentions_between(
                named_colon.start("name"), named_colon.end("name"))
                if m.end == named_colon.end("name")), None)
            verb = named_colon.group("rest").split()[0].lower()
            if entity is not None and shape is _POST_NAME_VERB_COLON and not all(
                    w in entity.roles for w in named_colon.group("post").split() if w.islower()):
                # (Only words the story gave the name as its post: "Police officers told
                # owner Ana Ruiz:" is told to her.)
                continue
            if entity is not None and entity.kind in ("person", "org") and not (
                    _NOT_COLON_SUBJECT.search(named_colon.group("rest"))) and (
                    # (A name set off, only after the role that opens the sentence: "Its
                    # president, Joanico da Costa, put it simply:", not "A letter to the Mayor
                    # of Leeds, Sarah Cole, said:".)
                    not named_colon.group("rest").startswith(",") or (
                        (role := _ROLE_OPENING_SET_OFF.fullmatch(
                            masked, s_start, named_colon.start("name"))) is not None
                        # (Not whose the role is: "The family of the dead man, Ahmad Karimi,
                        # released a statement:" names the dead man.)
                        and not (" of " in role.group() and is_person_noun(
                            role.group().rstrip(", ").split()[-1]))
                        # (Nor with someone else in the verb's words: "stood beside him as he
                        # said:", "keeps the note he left:".)
                        and not _ANOTHER_PRONOUN.search(named_colon.group("rest")))) and not (
                    # ("Celtic fans chanted:": a noun for people, not a verb; "Mendoza's lawyer
                    # put it bluntly:": someone of the name's.)
                    is_person_noun(verb) or (is_plural(verb) and is_person_noun(singular(verb)))
                    or possessive(
                        named_colon.group("name"))) and not any(
                    m.entity.kind in ("person", "org") for m in self.names.mentions_between(
                        named_colon.start("rest"), named_colon.end("rest"))):
                # (No one named after the verb: "Wikileaks editor-in-chief Kristinn Hrafnsson
                # said:" is his.)
                return self._with_via(Attribution(entity.name, None, None), s_start, s_end)
        colon = _COLON_TAG.fullmatch(masked, s_start, open_at)
        if colon:
            # "Prelogar: “The statute is clear.”", "Justice Alito: “Then why ...?”": a name
            # and a colon before the quotation, as in a transcript or a live blog.
            entity = self.names.entity_at(colon.start("name"), colon.end("name"))
            label = colon.group("name")
            if entity is not None and entity.kind != "place" and len(label) > 1:
                # (Not "Q:" or "A:": a letter names no one.)
                return Attribution(entity.name, None, None)
            if entity is None and " " not in label:
                # "Bekmukhambetov: “...”" opening a transcript's line: a surname that opens
                # every sentence it is in is no name to the index, but the one person of the
                # story whose name ends with it is the speaker; "Reporter: “...”" is a
                # description.
                # (A noun for a person is a surname only after a given name: "Sports
                # Reporter" from a byline is no one called Reporter.)
                noun = is_person_noun(label.lower())
                bearers = [e for e in self._bearers(label)
                           if not noun or is_given_name(e.tokens[0])]
                if len(bearers) == 1:
                    return Attribution(bearers[0].name, None, None)
                holder = self.names.by_role(label.lower(), s_start) if noun else None
                if holder is not None and holder.kind == "person":
                    # "Judge: “...”" after "Judge Emma Smith": the one the story gave the role.
                    return Attribution(holder.name, None, None)
                if noun and label.lower() not in FEMALE_WORDS | MALE_WORDS:
                    # ("Residents: “...”": people, as the story calls them; "Mum:" in a
                    # message thread is someone's mother, no description.)
                    word = label.lower()
                    return Attribution(word if is_plural(word) else f"a {word}", None, None,
                                       "description")
        asker = _ASKER_TAG.fullmatch(masked, s_start, open_at)
        if asker:
            entity = self.names.entity_at(asker.start("name"), asker.end("name"))
            if entity is not None and entity.kind == "person":
                return Attribution(entity.name, None, None)
        # 1. Between the pieces of an interrupted quotation, 2. after it, 3. before it.
        for (_, e1), (s2, _) in zip(f.spans, f.spans[1:], strict=False):
            got = self._parse(_mark_after(body, e1), _mark_before(body, s2), "after",
                              tag_shape=body[e1 - 1] == ",")
            if got.speaker or got.cue:
                return self._with_via(got, s_start, s_end)
        put_it = _AS_PUT_IT_AFTER.match(masked, close_at, after_end) or (
            _AS_PUT_IT_BEFORE.search(masked, s_start, open_at))
        described = put_it.groupdict().get("desc") if put_it else None
        if put_it and described and _put_by_someone(described) and cue_word(
                masked, close_at, after_end) is None:
            # (Not when a tag after the quotation names who said it: "as one farmer put it,
            # “over the moon,” said Mary Byrne".)
            return Attribution(_as_description(described), put_it.group("put"), None,
                               "description")
        if put_it and not described:
            # "met Tawhiri in a pub “roughly a hundred years ago,” as he puts it.": whose words,
            # by name or by the pronoun's person.
            # ("in her words", "by Hale's own account": whose words by their owner.)
            who = "subj" if put_it.group("subj") else "owner"
            at, end = put_it.start(who), put_it.end(who)
            subj = put_it.group(who)
            # (A pronoun is the sentence's subject, when that fits: "Graham said Reeves had
            # shown “contempt,” as she put it" is Graham's, not the last woman named.)
            pronoun = _PRONOUN_OF_OWNER.get(subj.lower(), subj.lower())
            entity = self._sentence_subject(pronoun, s_start, at, unsure_sex=True) if (
                pronoun in ("he", "she")) else self.names.entity_at(at, end)
            if entity is not None and entity.kind in ("person", "org"):
                return Attribution(entity.name, put_it.group("verb"), None)
        credit = _CREDIT.match(masked, close_at, self.article.paragraphs[last_para].end)
        if credit:
            # A credit line after the quote (“...” ― Veronica Cruz), as in reader round-ups.
            entity = self.names.entity_at(credit.start(1), credit.end(1))
            if entity is not None and entity.kind == "person":
                return Attribution(entity.name, None, None)
        if after_end <= close_at and body[f.spans[-1][1] - 1] in "?!":
            # "“How many times ...?” Clinton said.": the sentence splitter ended the sentence at
            # the quote's own ? or !, but a short "Name said" right after is still its cue.
            tag = _TAG_AFTER.match(masked, close_at, self.article.paragraphs[last_para].end)
            if tag:
                after_end = tag.end()
        # (Both tags end in a comma or a colon against the mark: looked for first, since each
        # pattern is tried at every character of the sentence.)
        at_open = PUNCT_AT_OPEN.search(masked, s_start, open_at) is not None
        inner = _CUE_AT_OPEN.search(masked, s_start, open_at) if at_open else None
        before_parse: Attribution | None = None
        if at_open and (inner is None or inner.group("cue") not in CUE_VERBS):
            inner = _TOLD_AT_OPEN.search(masked, s_start, open_at)
        if not at_open:
            # (Or a cue verb with no mark between: "the student section chanted “".)
            inner = _CUE_AGAINST_OPEN.search(masked, max(s_start, open_at - 30), open_at)
        if inner and inner.group("cue") in CUE_VERBS and inner.group("cue") not in STANCE_VERBS:
            # '... recalled that he said, “I'll put a bullet in her skull,” the U.S.
            # attorney's office said': a speech tag right against the opening mark names whose
            # words they are; a tag after the quotation names who reports them.
            got = _NONE
            if at_open or not (
                    # (With no comma, not a verb that names what is said of someone, "Officers
                    # described “a chaotic scene” ..., police spokesman Tom Reid said", nor one
                    # the subject would not say: "The minister refused to say “sorry”".)
                    inner.group("cue") in _NAMING_PAST or _REFUSED_BEFORE.search(
                        masked, max(s_start, inner.start() - 20), inner.start())):
                got = before_parse = self._parse(s_start, open_at, "before")
            if got.speaker and got.cue == inner.group("cue") and (at_open or not (
                    self._after_preposition(got.speaker, s_start, inner.start()))):
                return self._with_via(got, s_start, s_end)
        if _COORDINATED_CUE.match(masked, close_at, after_end) or (
                f.kind == "partial" and _COORDINATED_VERB.match(masked, close_at, after_end)):
            # "“...” and said he was ...", "but pledged to": a second verb of the sentence's
            # subject, who is named before the quotation.
            got = _NONE
        elif f.kind == "partial" and (_SUBORDINATE_AFTER.match(masked, close_at, after_end) or (
                _CONTRAST_AFTER.match(masked, close_at, after_end))) and (
                cue_word(masked, s_start, open_at)):
            # (Also a clause set against it: "His teacher had told the class “...”, but he
            # said many of his classmates were worried" is the teacher's.)
            # "Flynn said Trump was “absolutely right” when he said ...": the fragment belongs
            # to the sentence's own speaker, before it; the clause's tag is another speech act.
            # (With no one speaking before it, a tag after the clause is the fragment's: "The
            # plan is “reckless” while the budget shrinks, Ann Price said.")
            got = _NONE
        elif f.kind == "partial" and (first := cue_word(masked, close_at, after_end)) and (
                _AND_BEFORE.search(masked, close_at, first.start())) and (
                cue_word(masked, s_start, open_at)):
            # "The Land Board said it had “no record” of any application by Mr Ssemakula ...,
            # and warned that ...": the first tag after the fragment is a second verb of the
            # sentence's subject, named before it, not of the name just before "and".
            got = _NONE
        elif f.kind == "partial" and _SOURCE_AFTER.match(masked, close_at, after_end) and (
                reported := _REPORTED_CLAUSE_BEFORE.search(
                    masked, max(s_start, open_at - 120), open_at)) and any(
                m.entity.kind == "person" and _SUBJECT_TO_VERB.fullmatch(
                    masked, m.end, reported.start())
                for m in self.names.mentions_between(s_start, reported.start())):
            # "Brockman told officers he had “borrowed” it from a friend, the affidavit says":
            # the fragment is what the person named before it told; the words after it only
            # say where the story learned so. (Only a name: "The owner told police she “...”,
            # according to the document" would be left to the epithet's reading, which takes
            # the person just quoted.)
            got = _NONE
        elif next_open < s_end and _NEW_CLAUSE.match(masked, close_at, after_end):
            # "Hale called it “fair,” but critics including the ACLU called it “...”": a clause
            # with a subject of its own that leads into the next quotation is that one's tag.
            got = _NONE
        elif _RELATIVE_PRONOUN.search(masked, close_at, after_end) and (
                first := cue_word(masked, close_at, after_end)) and (
                _PRONOUN_IN_RELATIVE.search(masked, close_at, first.start())):
            # "“serious shortcomings” by the main contractor, which he said had missed three
            # dates": the first cue after the quotation is a relative clause's own, said by
            # its pronoun, not by the noun the clause is about; the sentence before says who.
            got = _NONE
        elif f.kind == "partial" and masked.find("what", close_at, after_end) >= 0 and (
                first := cue_word(masked, close_at, after_end)) and (
                _WHAT_PRONOUN_BEFORE.search(masked, close_at, first.start())) and (
                cue_word(masked, s_start, open_at)):
            # "the LDEA said the conviction was “...” by its officers, and thanked the
            # Judiciary for what it called the speedy handling": a free relative's cue has
            # words of its own after it; the fragment is the subject's, whose cue is before it.
            got = _NONE
        else:
            got = self._parse(close_at, after_end, "after",
                              tag_shape=f.kind == "full" and body[f.spans[-1][1] - 1] in ",?!")
        if (not got.speaker or ((got.cue or "").endswith("ing") and _is_document(got))) and (
                not got.cue or got.cue.endswith("ing") or (
                f.kind == "partial" and got.cue != "according to"
                and not _BY_AGENT.match(masked, close_at, after_end))):
            # '"...," adding that ...' has no subject of its own: the sentence before says who.
            # (After a fragment, a cue with no one is the writer's sentence going on: "told the
            # crowd residents had been “treated like an inconvenience” ever since the plans were
            # announced".)
            # (The same parse as a cue against the mark asked for, if it did.)
            before = before_parse if before_parse is not None else self._parse(
                s_start, open_at, "before")
            if before.speaker or not got.cue:
                got = before
        if got.speaker or (got.cue and not (f.kind == "partial" and got.cue.endswith("ing"))):
            return self._with_via(got, s_start, s_end)
        if f.kind == "partial":
            # "Obama condemned the test as “provocative”": the subject of a stance verb before
            # the fragment, in the fragment's own sentence. (Also after a participle with no
            # one of its own: "dismissed the bill as “a recycled press release”, saying" is
            # the subject's, as the stance says.)
            got = self._parse(s_start, open_at, "before", cues=STANCE_VERBS)
            if got.speaker and (got.cue != "found" or _FOUND_THAT.search(
                    masked, s_start, open_at)):
                # (What a report "found that" is its finding; someone who "found a note
                # reading “...”" did not write it.)
                return got
            owner = self._claim_owner(s_start, open_at)
            if owner is not None:
                return Attribution(owner.name, None, None)
            subject = self._clause_subject(s_start, open_at)
            if subject is not None:
                return Attribution(subject.name, None, None)
            return self._carried_to_fragment(index, s_start, s_end)
        # 4. An earlier quotation of the same paragraph's attribution carries over ("A," he
        # said. "B.").
        para = self.article.paragraphs[first_para]
        lead_in = masked[s_start:open_at].rstrip(_MARKS + " \xa0")
        if lead_in.endswith(":") and len(_WORD.findall(lead_in)) >= 3:
            # "Buckley, who phoned in from the set, had a similar experience: “...”": a
            # sentence of its own that introduces the quotation with a colon is its subject's,
            # whoever was quoted before it in the paragraph.
            subject = None if _WORDS_OF_ANOTHER.search(lead_in) else self._clause_subject(
                s_start, open_at)
            if subject is not None and subject.kind == "person":
                return Attribution(subject.name, None, None)
            opening = _PRONOUN_OPENS.match(lead_in) if subject is None else None
            if opening is not None and not _WORDS_OF_ANOTHER.search(lead_in) and not any(
                    w.group().lower() != opening.group(1).lower()
                    for w in _ANOTHER_SUBJECT.finditer(lead_in, opening.end())) and not (
                    _PRONOUN_TAG_AFTER.match(masked, close_at)) and not acted_on_after(
                    lead_in, opening.end(1), len(lead_in)):
                # "She was blunt about the directors’ explanation: “...”": the same, when the
                # subject is "he" or "she", the person the pronoun is. (Not when another
                # subject takes over, "She became so upset that I had to change my answer:",
                # nor when the quotation has a tag of its own, "she and Rose-Lynn sing", nor
                # words said to them: "She was told:".)
                np = self._first_np(masked[s_start:open_at], 0, open_at - s_start, s_start)
                got = self._resolve(np, s_start, "said") if np is not None and np.group(
                    "pronoun") and np.start() == opening.start(1) else _NONE
                if got.speaker:
                    return Attribution(got.speaker, None, None, got.kind)
            led = self._colon_lead(s_start, open_at, lead_in)
            if led is not None:
                return led
        if masked[para.start : open_at].strip(_MARKS + " "):
            for j in range(index - 1, -1, -1):
                if self.found[j].paragraphs[-1] != first_para:
                    break
                cue_j = self.results[j].cue
                if self.results[j].speaker and (self.found[j].kind == "full" or (
                        cue_j in CUE_VERBS and cue_j not in STANCE_VERBS and re.search(
                            rf"\b{cue_j}\b", masked[self.found[j].spans[-1][1] : open_at]))):
                    # "“A” of the plan, Hale said. “B.”": a partial quote with a speech tag of
                    # its own carries its speaker as a full one does.
                    return self.results[j]
            got = self._sentence_before(first_para, open_at)
            if got.speaker or not self.masked[s_start:open_at].strip(_MARKS + " \xa0"):
                return got
            # "Benioff introduced Cook as “someone who has redefined ...”": a whole sentence
            # quoted inside the writer's, with no tag, is the words of that clause's subject,
            # as a fragment would be.
            subject = self._clause_subject(s_start, open_at)
            if subject is not None:
                return Attribution(subject.name, None, None)
            return self._voice_goes_on(index, open_at) if f.kind == "full" else _NONE
        # 5. The quotation opens its paragraph: it continues the previous paragraph's quotation,
        # or the previous paragraph ends with the sentence that introduces it.
        if first_para == 0:
            return _NONE
        prev = self.article.paragraphs[first_para - 1]
        turn = self._dialogue_turn(index, first_para, last_para)
        if turn is not None:
            return turn
        for j in range(index - 1, -1, -1):
            pj = self.found[j]
            if pj.paragraphs[-1] != first_para - 1:
                break
            tail = masked[_mark_after(body, pj.spans[-1][1]) : prev.end]
            last = self.sentences[first_para - 1]
            # (The tag is the paragraph's last sentence, as the sentence reader splits it:
            # "..., said Dr. Turki Al-Shammari, consultant ..." is one sentence, where a search
            # for a full stop before a capital ended it at "Dr.")
            if self.results[j].speaker and pj.kind == "full" and len(tail) <= 160 and (
                    not last or last[-1][0] <= pj.spans[-1][1]):
                return self.results[j]
            break
        s, e = self.sentences[first_para - 1][-1] if self.sentences[first_para - 1] else (
            prev.start, prev.end)
        got = self._parse(s, e, "before", last_cue=True)
        if _is_document(got):
            # "A review of the plan found gaps, calling it “...”. // “Nobody knew where to
            # go.”": a document that spoke in the paragraph before is not whose an untagged
            # quotation is.
            got = _NONE
        if got.speaker:
            return self._with_via(got, s, e)
        if not got.cue and f.kind == "full":
            introduced = self._statement_made(s, e)
            if introduced is not None:
                return introduced
            close_at = _mark_after(body, f.spans[-1][1])
            if not masked[close_at : self.article.paragraphs[last_para].end].strip() and (
                    index == 0 or self.found[index - 1].paragraphs[-1] < first_para - 1):
                # "Chair Linda Harrow was blunt. // “We should have done this years ago.”": a
                # paragraph that is only a quotation, after one that quotes no one and whose
                # last sentence has a person as its subject and names no one else, is that
                # person's, as in one paragraph. (After "“...,” Delgado said. Councillor Tom
                # Hadley disagreed." it could be either's.)
                goes_on = self._subject_goes_on(s, e, e)
                if goes_on.speaker:
                    return goes_on
        return self._next_paragraph_of(index, got)

    def _dialogue_turn(self, index: int, first_para: int, last_para: int
                       ) -> Attribution | None:
        """An untagged quotation alone in its paragraph, after two paragraphs that quote two
        different people one after the other in a question-and-answer exchange: it is the
        next turn ('"How far is your porch?" Reyes-Whitfield asked. // "I couldn't tell you,"
        she answered. // "And you were wearing your glasses?"' is his question again)."""
        if index < 2 or first_para < 2:
            return None
        f = self.found[index]
        close_at = _mark_after(self.body, f.spans[-1][1])
        if self.masked[close_at : self.article.paragraphs[last_para].end].strip():
            return None
        one, two = self.found[index - 2], self.found[index - 1]
        first, second = self.results[index - 2], self.results[index - 1]
        if (one.paragraphs[0], one.paragraphs[-1], two.paragraphs[0], two.paragraphs[-1]) != (
                first_para - 2, first_para - 2, first_para - 1, first_para - 1):
            return None
        if not first.speaker or not second.speaker or first.speaker == second.speaker:
            return None
        # Only in an exchange of questions and answers: a new question after an answer to the
        # first speaker's question, or an answer after the second speaker's question. ("“...,”
        # Hale said. // “...,” Kim said. // “...”" with no question is more of Kim, and so is a
        # second answer after one question.)
        asks = [self.body[g.spans[-1][1] - 1] == "?" for g in (one, two, f)]
        if asks != [True, False, True] and asks != [False, True, False]:
            return None
        return Attribution(first.speaker, None, None, first.kind)

    def _statement_made(self, s: int, e: int) -> Attribution | None:
        """"The company denied the allegations in a statement on its website." or "Tom Hale
        issued a statement after the match." ending the paragraph before a quotation that opens
        its own: the statement is the quotation, its maker the sentence's subject."""
        k = bisect_left(self._quote_starts, s)
        if k < len(self._quote_starts) and self._quote_starts[k] < e:
            return None  # the sentence quotes something itself (a bisection: stays linear)
        for m in _STATEMENT_WORD.finditer(self.masked, s, e):
            made = _IN_DOCUMENT.search(self.masked, s, m.start()) or _ISSUED.search(
                self.masked, s, m.start())
            if made is None or made.end() != m.start():
                continue
            end = s + len(self.masked[s : made.start()].rstrip(" ,\xa0"))
            got = self._subject_of(s, end)
            if got is not None:
                return Attribution(got.speaker, None, _DOCUMENTS.get(m.group(1), None),
                                   got.kind)
        return None

    def _claim_owner(self, s_start: int, open_at: int) -> Entity | None:
        """"Donald Trump’s claim that there have been “...”", "his promise to “...”": a
        fragment inside a clause that reports someone's claim is that person's words."""
        m = _CLAIM_OF.search(self.masked, s_start, open_at)
        if m is None:
            return None
        if m.group("pronoun"):
            pronoun = {"his": "he", "her": "she"}[m.group("pronoun").lower()]
            entity = self.names.resolve_pronoun(
                pronoun, m.start(), self.masked,
                self.article.paragraphs[max(0, self._para_of(m.start()) - 1)].start)
            return entity if entity is not None and entity.kind == "person" else None
        entity = self.names.entity_at(m.start("owner"), m.end("owner"))
        return entity if entity is not None and entity.kind in ("person", "org") else None

    def _clause_subject(self, s_start: int, open_at: int) -> Entity | None:
        """The subject of the clause a fragment stands in, when it is a person or a body.

        "Trump openly admires Putin as a “strong leader”", "Reid has gone after Trump as a
        “human leech”": a fragment in the writer's sentence is, in news writing, the words of
        the sentence's subject. Only a name or pronoun that opens the clause (after a scene-
        setting phrase) and is followed by a verb, with no other cue of anyone in between.
        """
        text = self.masked[s_start:open_at]
        lo = _scene_end(text)
        start = lo + len(text[lo:]) - len(text[lo:].lstrip(" \xa0" + _MARKS))
        nps = self._nps(text, start, len(text), s_start)
        if not nps or (nps[0].start() != start and not _OWNER_APPOSITION.fullmatch(
                text, start, nps[0].start()) and not (
                    nps[0].group("name") and _role_before(text[start : nps[0].start()]))):
            # (After "Kesh's ambassador to the United Nations, " the name is the subject; so
            # it is after its role, "Fellow calypsonian Winston Pierre".)
            return None
        np = nps[0]
        rest = text[np.end() :]
        if rest.startswith(("’s", "'s", "’", "'")):
            return None  # "Trump’s claim": a possessive is no subject
        verb = _SUBJECT_VERB.match(rest)
        if verb is None and np.start() != start and rest.startswith(","):
            # "Halloran's co-host, Simone Achterberg, tried to lighten the mood": the comma
            # closes the apposition the name stands in.
            rest = rest[1:]
            verb = _SUBJECT_VERB.match(rest)
        if verb is None or (verb.group("verb") or "") in _NOT_VERBS or _ASIDE.search(
                rest, verb.end()):
            return None
        if (verb.group("verb") or verb.group("participle")) in _RECEIVING_VERBS:
            return None
        joint = _CLAUSE_JOINT.search(text, np.end())
        if joint is not None and any(n.start() == joint.end() for n in nps):
            # "Swift has a new deal, and the Carlyle Group will be left to wonder: “...”": the
            # quotation stands in the later clause, whose own subject is not this one.
            return None
        participle = verb.group("participle")
        if participle and not participle.endswith("ing") and re.search(
                rf"\b{_BE}\b", verb.group("aux")):
            return None  # "has been eliminated from “...”": a passive subject says nothing
        if np.group("name"):
            if np.group("name").startswith(("I’", "I'")):
                return None  # "I’d need to “put myself out there”": the writer, no name
            entity = self.names.entity_at(s_start + np.start(), s_start + np.end())
            if entity is None or entity.kind not in ("person", "org", "place") or (
                    entity.name.lower() in PLATFORMS):
                return None
            if entity.kind != "person" and (verb.group("verb") or participle) not in (
                    STANCE_VERBS | CUE_VERBS):
                # "U.S. imports of “...”", "Ohio has lost jobs": a body or a place is a
                # speaker only when its verb is one of speaking or judging.
                return None
            return entity
        if np.group("pronoun") and np.group("pronoun").lower() in ("he", "she"):
            got = self._resolve(np, s_start, "said")
            return self.people.get(got.speaker) if got.speaker else None
        return None

    def _written_by(self, s_start: int, text: str) -> Entity | None:
        """The person a colon lead says the words were written by: "She read out a letter
        from the widow, Helena Meireles, who did not attend the hearing:"."""
        sent = _SENT_FROM.search(text)
        if sent is None:
            return None
        at = s_start + sent.end()
        named = next(iter(self.names.mentions_between(at, s_start + len(text))), None)
        if named is None or named.entity.kind != "person":
            return None
        lead = self.masked[at : self.names.run_start(named.start)]
        # (Right after "from", or after a description set off before the name: "the
        # widow, "; then nothing but a clause set off after it before the colon.)
        if lead and not _SET_OFF_BEFORE_NAME.fullmatch(lead):
            return None
        rest = self.masked[named.end : s_start + len(text)].rstrip(" \xa0:")
        return named.entity if not rest or rest.startswith(", who") else None

    def _colon_lead(self, s_start: int, open_at: int, lead_in: str) -> Attribution | None:
        """Who speaks after a sentence that introduces a quotation with a colon, in the shapes
        the clause's subject alone does not give: whose words they are ("Her message to the
        board was blunt:", "The union leader’s message was simple:"), a subject with its role
        before it ("Festival director Naomi Kettering, who has run Saltbush since 2017,
        rejected the criticism:"), "She was direct:", and someone the story describes ("A
        friend of the actress painted a very different picture:")."""
        text = self.masked[s_start:open_at]
        written = self._written_by(s_start, text)
        if written is not None:
            return Attribution(written.name, None, None)
        lo = _scene_end(text)
        start = lo + len(text[lo:]) - len(text[lo:].lstrip(" \xa0" + _MARKS))
        owned = _OWNED_WORDS.match(text, start)
        if owned is not None and owned.group("remarks") and not _WERE_HOW.search(text):
            owned = None
        if owned is not None:
            # (The owner of the words speaks them, whatever else the sentence names: "the
            # defendant's words to police:" are the defendant's.)
            owner = owned.group("owner")
            if owner.lower() in ("her", "his"):
                entity = self._owner_of("f" if owner.lower() == "her" else "m", s_start + start,
                                        unsure_sex=True)
                return Attribution(entity.name, None, None) if entity is not None else None
            phrase = owner[:-2]
            entity = self.names.entity_at(s_start + start, s_start + start + len(phrase))
            if entity is not None and entity.kind in ("person", "org"):
                return Attribution(entity.name, None, None)
            desc = _DESC.match(text[: start + len(phrase)], start)
            if desc is None or not phrase.lower().startswith("the "):
                return None
            got = self._resolve(desc, s_start, "said")
            return got if got.speaker and got.kind != "description" else None
        had = _HAD_WORDS_FOR.fullmatch(text, start)
        if had is not None:
            # "The administrator had a direct message for motorists:", "Fatou Ceesay had a
            # simple request for the mayor:": the subject's own words follow.
            if had.group("role"):
                holder = self.names.by_role(had.group("role").lower(), s_start + start)
                return Attribution(holder.name, None, None) if holder is not None and (
                    holder.kind == "person") else None
            named = self.names.mentions_between(s_start + start, s_start + had.end("who"))
            if named and named[0].start == s_start + start and named[0].end == s_start + (
                    had.end("who")) and named[0].entity.kind in ("person", "org"):
                return Attribution(named[0].entity.name, None, None)
            return None
        if _WORDS_OF_ANOTHER.search(lead_in):
            return None
        copula = _PRONOUN_COPULA.fullmatch(lead_in, start)
        if copula is not None:
            np = _NP.match(text, start)
            got = self._resolve(np, s_start, "said") if np is not None else _NONE
            return got if got.speaker else None
        # (Not a name inside an opening description or where someone came from: "One
        # Sarajevo supporter, who ...", "One supporter, who had travelled from Xai-Xai with
        # his two sons, summed up the evening:" name no one who speaks.)
        opening = _DESC.match(text, start)
        named = [m for m in self.names.mentions_between(s_start + start, open_at)
                 if not (opening is not None and m.end <= s_start + opening.end()) and not (
                     _FROM_PLACE.search(self.masked, max(0, m.start - 8), m.start))]
        people = [m for m in named if m.entity.kind == "person"]
        # (A role in lower case may stand before the name: "At the Burnt Pine Foodstore,
        # owner Matt Adams was blunt:".)
        role = self.masked[s_start + start : self.names.run_start(people[0].start)].split() if (
            people) else []
        if role and role[0] in BUT_AND_YET:
            role = role[1:]  # "But fellow resident Ann Lee was blunter:"
        if people and role and _INITIALS_AT_END.sub("", " ".join(role)) == (
                people[0].entity.role_phrase):
            # ("Deputy Mayor for Transport Tomáš Kratochvíl": the title the name reader gave
            # the name, whatever its words; its initials in brackets after it too, "Assistant
            # Commissioner of Police (ACP) Marlon Tillett".)
            role = []
        if people and len(role) <= 3 and all((w.islower() and (
                # ("Budućnost head coach Slavko Jovanović was unhappy:")
                is_role_word(w) or is_person_noun(w) or w in _ROLE_MODIFIERS or w == "head")) or (
                # (A team's or a place's name may open the role: "Demerara captain".)
                k == 0 and len(role) > 1 and w.istitle() and w.isalpha())
                for k, w in enumerate(role)) and (
                not role or role[-1] not in _ROLE_MODIFIERS) and (
                _NAME_COPULA.fullmatch(self.masked, people[0].end, open_at)) and not re.search(
                # (Not \b: a name may end in a combining mark, "Adébáyọ̀".)
                rf"(?<![\w{COMBINING}]){re.escape(people[0].entity.tokens[-1])}(?![\w{COMBINING}])",
                self.body[open_at : open_at + 300].split("\n")[0]):
            # "Haroon Bacchus, the owner of the mill, was blunt:": the person the sentence
            # opens with, and how they spoke. (Not words that name them: "Tom Reed, the
            # mayor, was unpopular: “Reed must go.”" is what others say of him.)
            return Attribution(people[0].entity.name, None, None)
        for first in people[:2]:
            # (The title's own capital may read as a name: "Festival director Naomi Kettering".)
            before = self.masked[s_start + start : first.start].split()
            if 1 <= len(before) <= 3 and is_role_word(before[-1].lower()) and all(
                    _TITLE_WORD.fullmatch(w) for w in before):
                # (The subject after its title, read as if the name opened the clause.)
                subject = self._clause_subject(first.start, open_at)
                if subject is first.entity:
                    return Attribution(subject.name, None, None)
        if people:
            return None
        age = _AGE_SUBJECT.match(text, start)
        if age is not None and _SUBJECT_VERB.match(text, age.end()):
            # "The 52-year-old summed up the mood in his village:": whom the age is.
            got = self._aged(age.group(), int(age.group("age")), s_start + start, "said")
            return got if got.speaker else None
        desc = opening
        after = _OF_WHOM.match(text, desc.end()) if desc is not None else None
        if desc is not None and desc.group("desc")[:1].isupper() and _SUBJECT_VERB.match(
                text, after.end() if after else desc.end()) and not named and not (
                self.names.mentions_between(s_start, s_start + start)):
            got = self._resolve(desc, s_start, "said")
            return got if got.speaker else None
        return None

    def _words_of_next(self, first_para: int, last_para: int, open_at: int,
                       close_at: int, spans: tuple[tuple[int, int], ...]) -> Entity | None:
        """The person a paragraph after a quotation that stands alone names as its source:
        "“This is a case that should never have happened ...” // Those were the words of
        Justice Marlene Ollivierre as she sentenced ..."."""
        paragraphs = self.article.paragraphs
        # (Or the sentence right after it in its paragraph: "“What we have in front of us
        # today is a good idea without a price tag.” That was the verdict of Free List (FL) MP
        # Georg Kaiser, whose party ...".)
        # (A few characters past the mark only: a slice to the paragraph's end for every
        # quotation made a story of one long paragraph quadratic.)
        gap = self.masked[close_at : min(close_at + 8, paragraphs[last_para].end)]
        after = len(gap) - len(gap.lstrip(" \xa0"))
        lead = _WORDS_OF_LEAD.match(self.masked, close_at + after) if after else None
        if lead is None:
            if last_para + 1 >= len(paragraphs):
                return None
            # (The next paragraph's opening first: a match at one place, where the
            # quotation's own paragraph would be read through.)
            lead = _WORDS_OF_LEAD.match(self.masked, paragraphs[last_para + 1].start)
            if lead is None or self.masked[close_at : paragraphs[last_para].end].strip(
                    " .,\n"):
                return None
        if lead.group("bare") and any(
                re.search(r"[A-Za-z]", self.masked[end:start])
                for (_, end), (start, _) in pairwise(spans)):
            # (A bare "That was Josu Arrieta, 24," after words with a tag of their own, "“...,”
            # Arrieta said. “... My brother.”", is whom the words were about.)
            return None
        before = self.masked[paragraphs[first_para].start : open_at]
        if before.strip() and DATELINE.fullmatch(before) is None:
            # (A wire story's dateline may stand before it: "THIO – “Six hundred days ...”".)
            return None
        # (Past a people's word and a role: "of Ugandan opposition leader Kizza Besigye".)
        # (Past a team's or a place's name before a role: "from an emotional Nadroga captain
        # Viliame Seru", "an emotional Penal farmer Rookmin Maharaj".)
        # (Past a body's name or an office in capitals set off before the name: "of Free
        # List (FL) MP Georg Kaiser", "from the Secretary of State for Education and
        # Culture, Lorenzo Berti": the first one the story shows to be a person, with no
        # other person before.)
        around = self.names.mentions_between(lead.end(), lead.end() + 100)
        named = next((m for m in around if not is_demonym(m.entity.name) and (
            m.entity.shown_person or not _LOWER_WORD_AFTER.match(self.masked, m.end))), None)
        if named is not None and not named.entity.shown_person:
            named = next((m for m in around if m.entity.shown_person and m.start > named.start
                          and not is_demonym(m.entity.name)), None)
        # (A person the story shows to be one, by a sex, a role or a given name: "the message
        # from Harare" is a city.)
        if named is None or not named.entity.shown_person or not (
                _ROLE_WORDS_ONLY.fullmatch(self.masked, lead.end(),
                                           self.names.run_start(named.start))
                or _OFFICE_IN_CAPITALS.fullmatch(self.masked, lead.end(),
                                                 self.names.run_start(named.start))) or (
                # (Not someone's: "That was the warning from Moses Kuria's lawyer".)
                self.masked[named.end : named.end + 2] in ("’s", "'s")) or (
                # (A bare "That was" names one speaking then, "after his side beat KuPS";
                # not one "recalling what his daughter said", "quoting President Putin",
                # "in the 90th minute".)
                lead.group("bare") and not _SPOKE_WHEN.match(self.masked, named.end)):
            return None
        return named.entity

    def _after_preposition(self, speaker: str, lo: int, hi: int) -> bool:
        """Whether the last ``speaker`` words in masked[lo:hi] follow a preposition: a place in
        the subject's phrase, "Protesters outside the embassy shouted", not its subject."""
        at = self.masked.rfind(speaker, lo, hi)
        if at < 0:
            # (Any case, "the Legacy student section" against "The Legacy ...": the slice only.)
            found = self.masked[lo:hi].lower().rfind(speaker.lower())
            at = lo + found if found >= 0 else -1
        place = _PLACE_PREPOSITION.search(self.masked, max(lo, at - 20), at) if at >= 0 else None
        # (Not the body a spokesperson speaks for: "A spokeswoman at the Russian embassy said
        # “no comment”" is the embassy's.)
        if place is None:
            return False
        before = self.masked[max(lo, place.start() - 14) : place.start()].split()
        return not (before and before[-1].lower() in _SPEAKS_FOR)

    def _named_just_before(self, s_start: int, open_at: int) -> tuple[Entity, str] | None:
        """The subject of "what she calls", "which X called" or "as X put it" right before the
        quotation in its sentence, when it is a name or a "he"/"she"/"it" that the sentence's
        own subject settles; None otherwise (the other rules then decide)."""
        before = self.masked[s_start:open_at].rstrip(_MARKS + "'‘ \xa0")
        m: re.Match[str] | None = None
        # The nearest relative word first, so the clause is the shortest one.
        for rel in reversed(list(_RELATIVE_WORD.finditer(before))):
            m = _CALLED_AFTER_RELATIVE.match(before, rel.end())
            if m is None and rel.group("word").lower() == "as":
                m = _PUT_IT_AFTER_AS.match(before, rel.end())
                if m is not None and cue_word(m.group("rest")):
                    m = None
            if m is not None:
                break
        if m is None:
            return None
        subj = m.group("subj").strip()
        if " and " in subj.split(",")[0]:
            return None  # "Obama and Clinton call them": two speakers, no one name
        at = s_start + m.start("subj")
        verb = m.group("verb")
        if _SUBJECT_PRONOUN.fullmatch(subj):
            entity = self._sentence_subject(subj.lower(), s_start, at)
            if entity is None and subj.lower() in ("he", "she") and not (
                    self.names.mentions_between(s_start, at)) and not any(
                    is_listed_person_noun(w) for d in _DESC.finditer(self.masked, s_start, at)
                    for w in d.group("desc").lower().split()[1:3]):
                # "The city, she said, had offered a raise, which she described as “...”": a
                # sentence that names no one goes on about whom "she" is before it (not one
                # that describes someone: "One resident said ..., which she described as").
                floor = self.article.paragraphs[max(0, self._para_of(at) - 2)].start
                entity = self.names.resolve_pronoun(subj.lower(), at, self.masked, floor)
            return (entity, verb) if entity is not None else None
        # "Apple's chief executive, Tim Cook,": a possessive only says whose role it is.
        in_subject = self.names.mentions_between(at, s_start + m.end("subj"))
        for k, mention in enumerate(in_subject):
            if self.masked[mention.end : mention.end + 2] in ("’s", "'s"):
                continue
            holder = next((h for h in in_subject[k + 1 :] if h.entity.kind == "person"
                           and self._title_words_only(mention.end, h)), None)
            if holder is not None and mention.entity.kind != "person":
                # ("what State prosecutor Mosese Naivalu described as": the body's name
                # and his title's words before him.)
                mention = holder
            if subj[:1].islower():
                # (Lower-case words before the name are its role, "operator CalMac", or the
                # subject is someone else: "what people in Stornoway call".)
                role = self.masked[at : mention.start].split()
                if not (role and role[-1].isalpha() and _one_person(role[-1])):
                    return None
            if mention.entity.kind in ("person", "org"):
                return mention.entity, verb
            return None
        return None

    def _sentence_subject(self, pronoun: str, s_start: int, at: int, *,
                          unsure_sex: bool = False) -> Entity | None:
        """"Clinton says she appreciated Machado's courage through what she calls": a relative
        clause's pronoun is the sentence's subject, the first name in it, when that fits."""
        mentions = self.names.mentions_between(s_start, at)
        if not mentions or mentions[0].start - s_start >= 40:
            return None
        entity = mentions[0].entity
        if self.masked[mentions[0].end : mentions[0].end + 2] in ("’s", "'s"):
            return None
        if pronoun == "it":
            return entity if entity.kind == "org" else None
        want = "f" if pronoun == "she" else "m"
        # (With ``unsure_sex``, also one whose sex the story never gives.)
        return entity if entity.kind == "person" and entity.gender in (
            (want, None) if unsure_sex else (want,)) else None

    def named_next(self, desc: str, end: int, start: int | None = None) -> Entity | None:
        """The person a story names right after quoting them by a description only, by the
        same noun: "A coroner ruled ... “...” // Area coroner Fiona McAllister said", "“...,”
        his coach said. // His coach, Isaac Kiprono, said". Only the story's one holder of
        that noun, first named in the two paragraphs after ``end`` and holding every word
        before the noun too; None for a source the story keeps unnamed (from ``start``)."""
        words_ = desc.split()
        qualifier = next((k for k, w in enumerate(words_) if k and w in _QUALIFIER_WORDS),
                         len(words_))
        head = words_[qualifier - 1].lower() if qualifier > 1 else ""
        # ("another nurse", "one hospital chief executive": someone the story keeps apart.)
        if not (words_[0].lower() in _NAMED_LATER_DETERMINERS or possessive(words_[0])) or (
                not head.isalpha()) or (
                is_plural(head)) or not is_person_noun(head) or head in _UNNAMED_HEADS:
            return None
        para = self._para_of(end)
        # (At most 3,000 characters either side: a story printed as one paragraph would make
        # this a search of the whole text per quotation.)
        if start is not None and KEPT_UNNAMED.search(
                self.masked, max(self.article.paragraphs[self._para_of(start)].start,
                                 start - 3000),
                min(self.article.paragraphs[para].end, end + 3000)):
            # ("A neighbour who asked not to be named said", "a teacher said, speaking on
            # condition of anonymity": the story keeps them unnamed; whoever it names next
            # is someone else.)
            return None
        holders = [e for e in self.entities if e.kind == "person" and head in _role_words(e)]
        if len(holders) != 1:
            return None
        holder = holders[0]
        first = self.names.first_mention(holder)
        # (A lede's "A Superior Court judge on Tuesday sentenced ..., calling the killing
        # “...”" is named wherever the story first names the one judge: news holds names back
        # from its opening paragraph.)
        lede = para <= 1 and words_[0].lower() in ("a", "an")
        stop = self.article.paragraphs[
            -1 if lede else min(para + 2, len(self.article.paragraphs) - 1)].end
        phrase = (holder.role_phrase or "").lower().split()
        # (Each word before the noun must be the newcomer's too: "a coroner" is "Area coroner
        # Fiona McAllister", but "a hospital chief executive" no charity's chief executive.
        # After a possessive the newcomer's role may say no more than the noun: someone's
        # "Volkova's lawyer" is no "Prosecuting lawyer Dmitri Orlov".)
        if first is None or not end <= first.start < stop or not (lede or all(
                w.lower() in _role_words(holder) for w in words_[1 : qualifier - 1])) or (
                possessive(words_[0]) and any(w != head for w in phrase)):
            return None
        return holder

    def voice_before(self, desc: str, index: int) -> Entity | None:
        """The named person quoted just before, for a quotation the story gives only to "the
        <person noun>" ("Crown Counsel Renrick Samuel told the court ... // “...,” the
        prosecutor said"): a story calls the voice it is quoting by an epithet, and brings in
        a source it keeps unnamed as "a <noun>" first. None when anyone else is named between
        the two quotations, or the noun is a body's ("the jury") or many people's."""
        words_ = desc.split()
        if index == 0 or words_[0] != "the" or not 2 <= len(words_) <= 3:
            return None
        head = words_[-1]
        before = self.results[index - 1]
        # (A noun the lexicon lists for a person, or one of the endings that name no thing:
        # "the paper", "the streamer", "the agreement" end as nouns for people do.)
        if not head.isalpha() or is_plural(head) or not (is_listed_person_noun(head) or (
                len(head) > 5 and head.endswith(("ist", "ian")))) or (
                head in GROUP_NOUNS) or head in _UNNAMED_HEADS:
            return None
        start = self.found[index].spans[0][0]
        entity = next((e for e in self.entities if e.name == before.speaker), None) if (
            before.kind is None and before.speaker) else None
        end = self.found[index - 1].spans[-1][1]
        if entity is None or entity.kind != "person" or any(
                m.entity is not entity and m.entity.kind == "person"
                for m in self.names.mentions_between(end, start)):
            # Else the voice the narration reported last, just before: "Crown Counsel
            # Renrick Samuel told the court that the drugs were worth EC$4.2 million. //
            # “...,” the prosecutor said".
            reported = self._reported_voice_before(start)
            if reported is None or not _role_words(reported[0]):
                # (Only one the story gave a role: "Grace Wanjiru said she had waited nine
                # hours ... // “...,” the doctor said" is no patient's.)
                return None
            entity, end = reported
        # (An answer is not the asker's: "“So you cannot tell this court ...?” Msowoya asked.
        # // “...” the witness replied.")
        if _ASKED.search(self.body, max(0, end - 2), min(len(self.body), end + 40)) or not (
                self._may_be_called(entity, words_, self.found[index].spans[-1][1])):
            return None
        # (Read back at most 3,000 characters, as named_next does: per quotation.)
        reach = max(0, start - 3000)
        if _BROUGHT_IN(head).search(self.masked, reach, start) or KEPT_UNNAMED.search(
                self.masked, reach, min(len(self.masked), start + 600)):
            return None
        # (Nor when the story has used the noun before for anyone, "put it to the witness",
        # "The film's director, who also wrote the screenplay, said", or brought someone in
        # by a noun since the quotation before ("A customer who was in the shop said"); nor
        # when the words speak of the one quoted before: "“Tevita has been outstanding,” the
        # coach said" after Tevita Fifita.)
        said = " ".join(self.body[a:b] for a, b in self.found[index].spans)
        own = _role_words(entity)
        # (The epithet's own words in its tag are no one else: "The 63-year-old bandleader
        # said ... “...”".)
        earlier = re.sub(re.escape(desc), " ", self.masked[reach:start], flags=re.IGNORECASE)
        between = earlier[max(0, end - reach):]
        if (head not in own and re.search(rf"\b{re.escape(head)}\b", earlier,
                                          re.IGNORECASE)) or any(
                is_listed_person_noun(w) and w not in own and w not in _MANY
                and not is_plural(w) for w in _WORD.findall(between.lower())) or any(
                len(t) > 2 and re.search(rf"\b{re.escape(t)}\b", said)
                for t in entity.tokens) or (entity.gender is not None and re.search(
                    _OF_SEX[entity.gender], said)):
            return None
        return entity

    def _reported_voice_before(self, start: int) -> tuple[Entity, int] | None:
        """The person whose speech the narration reports last before the quotation at
        ``start``, in its paragraph or the one before, and where their name ends; None when
        anyone else is named after them."""
        floor = self.article.paragraphs[max(0, self._para_of(start) - 1)].start
        people = [m for m in self.names.mentions_between(max(floor, start - 1500), start)
                  if m.entity.kind == "person"]
        if not people:
            return None
        last = people[-1]
        # (Their name right before the verb that reports them, past a set-off description:
        # "Renrick Samuel told", "Renrick Samuel, the Crown Counsel, said".)
        if not _PLACE_SPEAKS.match(self.masked, last.end):
            return None
        return last.entity, last.end

    def _may_be_called(self, entity: Entity, words_: list[str], end: int) -> bool:
        """Whether the story may call ``entity`` "the <words>": not a noun or a pronoun of
        the other sex ("the grandson" after Gergana Ilieva; "The critic ... “...,” he said"
        after Maria Castellan), a comparative setting two apart ("the older man" after his
        nephew), an office's holder by another noun (Health Secretary Wes Streeting is no
        "nurse"), words the story gave someone else ("the union leader" after the chairman,
        the union's president named before), an office they were not given ("farmer Joel
        Kest" is no "senator"), nor a part in a court case for someone the story gave none
        ("Daniel Price said ... the court heard. // “...,” the witness said")."""
        head = words_[-1]
        own = _role_words(entity)
        pronoun = _PRONOUN_AFTER.match(self.body, end, min(len(self.body), end + 12))
        sexes = {sex_of_noun(head), pronoun and ("f" if pronoun.group(1) == "she" else "m")}
        others = {w for w in words_[1:] if w not in _NO_OFFICE_WORDS}
        # (Nor one the story gave another noun for what they are: "Referee Dominik Novak"
        # is no "manager", "Hospital chief executive Paula Stroud" no "nurse"; kin says whose,
        # not what: "his brother, Cian Whelan" may be "the coach". A noun of a sex only for
        # one the story shows is of it: "the widow" is no "Musa Kipchumba" of no known sex;
        # kin only for one given it: "the mother" after Lily Chen, 9, is Lily's.)
        given = (entity.role_phrase or "").lower().split()
        return (not given or given[-1] in KIN_WORDS or not is_listed_person_noun(given[-1])
                or head in own or {head, given[-1]} <= _LAWYERS) and (
            not sexes - {None, entity.gender}) and (
            head not in KIN_WORDS or head in own) and (
            words_[1] not in _SETTING_APART) and (head in own or not (
                own & _HIGH_OFFICES or head in _HIGH_OFFICES)) and (
            not any(e is not entity and e.kind == "person" and others & _role_words(e)
                    for e in self.entities)) and (
            head not in _COURT_PARTS or (bool(own & _COURT_PARTS) and (
                head in own or (head in _LAWYERS and bool(own & _LAWYERS))))) and (
            # (Never the other side of a court: "Defence lawyer Kay Bacchus" is no "the
            # prosecutor", "State prosecutor Kamal Persaud" no "the defence lawyer".)
            _court_side(words_) in (None, _court_side([*given, *own])))

    def kin_named(self, desc: str, owner: str | None) -> Entity | None:
        """The one person the story names who is ``owner``'s kin of ``desc`` ("her father"
        inside Pham Thi Thu Trang's words: Pham Van Quyet): the one given that kin word, else
        the one other person who shares a name with the owner and is of the kin word's
        sex."""
        m = _OWNED_KIN.fullmatch(desc)
        if m is None or owner is None:
            return None
        kin = _KIN_SYNONYMS.get(m.group(2), m.group(2))
        own = next((e for e in self.entities if e.name == owner), None)
        # ("She said his father had been writing ... “He kept saying, ‘...’”": his father is
        # no kin of hers.)
        if kin not in KIN_WORDS or own is None or (
                m.group(1) in ("her", "his") and own.gender not in (
                    None, "f" if m.group(1) == "her" else "m")):
            return None
        # (Nor one the story says is no relation: "Local councillor Brian Doyle, who is not
        # related, backed the family.")
        people = [e for e in self.entities if e.kind == "person" and e is not own
                  and id(e) not in self.names.unrelated()]
        # (Given that word alone of kin: "his brother, Rhodri Pryce, took over the farm after
        # their father died" made the brother a "father" too.)
        given = [e for e in people if kin_given_alone(_role_words(e), {kin})]
        if len(given) == 1:
            return given[0]
        sex = sex_of_noun(kin)
        shared = {t for t in own.tokens if len(t) > 2}
        # (Of the kin word's sex as the story shows it: "his mother" is no Tural Huseynli
        # whose sex the story never gives.)
        kin_of_name = [e for e in people if shared & set(e.tokens) and (
            sex is None or e.gender == sex) and not any(
                w in KIN_WORDS for w in _role_words(e))]
        return kin_of_name[0] if len(kin_of_name) == 1 and not given else None

    def alleged(self, f: Found) -> bool:
        """Whether the story reports the words as alleged, not as said ("allegedly told a
        supervisor, “...”", "prosecutors alleged that he wrote “...”")."""
        start, _ = self._sentence(f.paragraphs[0], _mark_before(self.body, f.spans[0][0]))
        _, end = self._sentence(f.paragraphs[-1], f.spans[-1][1] - 1)
        # (A search that ignores case tries every character; the words it looks for are in
        # few sentences, so it runs only where one of their openings is. The openings hold none
        # of the letters the search also matches outside ASCII, "s", "i" and "k".)
        low = self.masked[start:end].lower()
        if not any(w in low for w in ("alleg", "reportedly", "purportedly", "accu")):
            return False
        return _ALLEGED.search(self.masked, start, end) is not None

    def _honour(self, text: str, at: int, cue: str) -> Attribution | None:
        """"“...,” her Honour said": how a court's report calls the judge the story named
        ("Justice Catriona Moncrieff", "Magistrate Tom Baird"): the one holder of a post on the
        bench of the pronoun's sex, or no one (not the "Justice Minister", not one of two
        judges); None when ``text`` does not say "his/her Honour" right before ``at``."""
        honour = _HONOUR.search(text, 0, at)
        if honour is None:
            return None
        sex = "f" if honour.group(1).lower() == "her" else "m"
        bench = {id(e): e for r in _BENCH for e in self.names.role_holders(r)
                 if e.gender in (sex, None) and e.role_phrase is not None
                 and e.role_phrase.split()[-1].lower() in _BENCH}
        one = next(iter(bench.values())) if len(bench) == 1 else None
        return Attribution(one.name if one else None, cue, None)

    def _counsel(self, text: str, cue_match: re.Match[str], start: int, cue: str
                 ) -> Attribution | None:
        """"“...?” counsel asked", "said defence counsel": how a court's report calls a
        lawyer the story named ("defence counsel Aji Fatou Ceesay"), with no article: the
        story's one holder of the post (of the side the tag names); None when the tag says no
        bare "counsel", or when either side's lawyer may be meant."""
        bare = _BARE_COUNSEL_BEFORE.fullmatch(text, 0, cue_match.start()) or (
            _BARE_COUNSEL_AFTER.match(text, cue_match.end()))
        if bare is None:
            return None
        side = _COUNSEL_SIDES.get((bare.group("side") or "").lower())
        # The one lawyer the story gives the post (of the side the tag names: "defence
        # counsel said" is no prosecutor); of two, "counsel asked" may be either.
        holders = [e for e in self.names.role_holders("counsel")
                   if side is None or side & _role_words(e)]
        if len(holders) != 1:
            return None
        if side is None and len({(m.group("a") or m.group("b")).lower() in _FOR_THE_ACCUSED
                                 for m in _SIDE_OF_COUNSEL.finditer(self.masked)}) > 1:
            # (Both sides' lawyers named, "Prosecuting counsel Ann Lee ... Defence counsel Tom
            # Bay": "counsel asked" may be either, whether the name reader gave both the post
            # or not.)
            return None
        return Attribution(holders[0].name, cue, None)

    def _parse(self, start: int, end: int, mode: str, last_cue: bool = False,
               cues: frozenset[str] = CUE_VERBS, tag_shape: bool = False) -> Attribution:
        if end <= start:
            return _NONE
        whose = ""  # the phrase after a description whose subject a later name only qualifies
        # Parenthetical party tags, "(R-Utah)", are never the speaker.
        text = self.masked[start:end]
        if "(" in text:
            text = _PARENTHESIS.sub(lambda m: " " * len(m.group()), text)
        if "he " in text and _THE_CAPITAL.search(text):
            # "the Judge said", "the Minister told": a house style that capitalises an office
            # after "the" still means the office (lower-cased in place, so offsets hold).
            # (Not one the story writes as "the Prince of Wales": "the Prince" is that title.)
            if self._titles_of is None:
                self._titles_of = _titles_of(self.masked)
            titled = self._titles_of
            # (Only an office the story gave someone: "said the Economist" is the magazine.)
            def lower(m: re.Match[str]) -> str:
                lowered = _lower_role(m)
                if lowered == m.group() or m.group("role") in titled or self.names.by_role(
                        m.group("role").lower(), start + m.start()) is None:
                    return m.group()
                return lowered

            text = _THE_CAPITAL_ROLE.sub(lower, text)
        found = []
        prev_word = before_prev = ""
        # (The cue words are all lower case: a text none of whose words is one, or "according"
        # or "words", has no cue, and most texts before or after a quotation have none.)
        lowered = _WORD.findall(text.lower())
        if cues.isdisjoint(lowered) and "according" not in lowered and "words" not in lowered:
            return self._shaped_tag(text, start) if tag_shape else _NONE
        prev_end = 0
        # (Only these words, in any case, are more than stepped over below: most words of a
        # tag are none of them, and go straight on.)
        read = _words_read_in_tags(cues)
        for m in _WORD.finditer(text):
            word = m.group()
            if word.lower() not in read:
                prev_end = m.end()
                before_prev, prev_word = prev_word, word
                continue
            if word in cues and prev_word and (
                    m.start() - prev_end > 1 or text[prev_end] != " ") and (
                    _CLAUSE_BREAK.search(text, prev_end, m.start())):
                # "Anjali Patel, who voted no, called the policy", "whose team fell to 1-3,
                # called the loss": a word before a comma is no determiner or "to" of the
                # cue after it. (Looked at for cue words only, and only where more than one
                # space stands between: this loop runs over every word of every tag.)
                before_prev = prev_word = ""
            prev_end = m.end()
            if prev_word == "to" and word in cues and not (
                    before_prev.lower() in _GOES_ON_TO or before_prev.endswith("ed")):
                # "too early to tell", "for him to speak": an infinitive is no speech tag.
                before_prev, prev_word = prev_word, word
                continue
            if word[:1].isupper() and not prev_word and word.lower() in cues and (
                    word.lower() in CUE_VERBS) and not word.endswith("ing"):
                word = word.lower()  # "Said Ellis: ...": an inverted tag opens the sentence
            if word in ("call", "calls", "called", "calling") and mode == "before" and (
                    _CALLED_ON.match(text, m.end())):
                before_prev, prev_word = prev_word, word
                continue
            if word in ("began", "begun") and text.startswith(" to ", m.end()):
                # "when the water began to recede": beginning to do something says nothing.
                before_prev, prev_word = prev_word, word
                continue
            if word == "read" and _READ_SOMETHING.match(text, m.end()):
                # "Tom Hale read the letter aloud": reading something out is no words of
                # one's own ("“...,” she read", "It read:", "the statement read" are).
                before_prev, prev_word = prev_word, word
                continue
            if mode == "before" and word in _PASSIVE_SPEECH and prev_word in _BE_WORDS and (
                    _BY_THEN.match(text, m.end())):
                found.append(m)  # "had been told by the referee that ...": see below
            elif (word in cues and (prev_word.lower() not in DETERMINERS or (
                    # ("Another posted:", "One said:": a past tense after them is a verb.)
                    prev_word.lower() in ("another", "one")
                    and (word.endswith("ed") or word in ("said", "wrote", "told")))) and (
                    prev_word.lower() not in _NOT_BEFORE_CUE or word.endswith("ing"))) or (
                    word.lower() == "according" and text[m.end() : m.end() + 3] == " to") or (
                    word == "words" and text[m.end() : m.end() + 3] == " of" and re.search(
                        r"\b[Ii]n\s+(?:the|his|her|their)\s+$", text[: m.start()])):
                found.append(m)
            before_prev, prev_word = prev_word, word
        if not found:
            return self._shaped_tag(text, start) if tag_shape else _NONE
        # After a quote the nearest cue is its own; before it too; a previous paragraph's
        # introducing sentence names its speaker with its first cue.
        cue_match = found[-1] if mode == "before" and not last_cue else found[0]
        if mode == "after" and tag_shape and cue_match.group() == "according" and (
                text[: cue_match.start()].rstrip().endswith(",")):
            # '“...,” Bruzas testified, according to the verdict.': a tag of its own, whatever
            # the verb, before the document the words were read in.
            got = self._shaped_tag(text[: cue_match.start()].rstrip()[:-1], start)
            if got.speaker:
                return got
        cue = cue_match.group()
        if cue.lower() in ("according", "words"):
            # "according to the man", "in the words of the patient": the source follows.
            cue = "according to" if cue.lower() == "according" else "in the words of"
            whom = _OBJECT_PRONOUN.match(text, cue_match.end() + 3)
            # "According to him, his players “gave everything”": the one "him" is, not the
            # clause's subject. (Read as its subject's form in the same letters' room, so that
            # where it stands is unchanged.)
            np = _NP.match(text[: whom.start(1)] + _SUBJECT_FORM[whom.group(1)]
                           + text[whom.end(1) :], whom.start(1)) if whom is not None else (
                self._first_np(text, cue_match.end() + 3, len(text), start))
            if np is None or _NOT_THE_SOURCE.search(text, cue_match.end() + 3, np.start()) or (
                    np.group("name") and possessive(np.group("name"))
                    and not _OWNED_DOCUMENT.match(text, np.end())):
                # "according to people close to Tom Hale", "according to Smith's attorney":
                # someone around the name, not the name.
                return Attribution(None, cue, None)
            return self._resolve(np, start, cue)
        pre = text[: cue_match.start()]
        if mode == "before" and cue in _PASSIVE_SPEECH and _BE_BEFORE.search(pre) and (
                agent := _BY_THEN.match(text, cue_match.end())):
            # "his captain had been told by referee Glen Ashworth that the tackle was “...”":
            # the agent of a passive speech verb said the words, not the subject.
            bare = _WORD.match(text, agent.end())
            if bare is not None and bare.group().islower() and not _NAME_NEXT.match(
                    text, bare.end()) and (
                    bare.group() in GROUP_NOUNS or is_person_noun(bare.group())) and (
                    _AGENT_TO_QUOTE.fullmatch(text, bare.end())):
                # ("the family had been told by staff there was “...”": people by what they
                # are, with no article.)
                return Attribution(bare.group(), cue, None, "description")
            np = self._first_np(text, agent.end(), len(text), start)
            if np is not None and not np.group("pronoun") and _AGENT_TO_QUOTE.fullmatch(
                    text, np.end()):
                return self._resolve(np, start, cue)
            described = _AGENT_DESCRIBED.match(text, agent.end())
            if described is not None and is_person_noun(described.group("head")) and (
                    _AGENT_TO_QUOTE.fullmatch(text, described.end())) and not (
                    _AGENT_NOT_TO_QUOTE.match(text, described.end())):
                # "A 27-year-old man ... has been told by a judge that his behaviour was
                # “...”", "was told by a regional manager that the title was": the agent the
                # story describes, which the phrase reader leaves out before "that"; never the
                # one told (``_AGENT_NOT_TO_QUOTE`` says when the words are no longer theirs).
                return Attribution(_as_description(described.group()), cue, None,
                                   "description")
        # (Both patterns need their phrase's words: looked for first, as few tags hold them.)
        unnamed = any(w in text for w in ("close", "familiar", "knowledge", "briefed"))
        before = _ANONYMOUS.search(pre) if unnamed else None
        anonymous = before or (_ANONYMOUS_AFTER.match(text, cue_match.end()) if unnamed else None)
        if anonymous is not None and not is_source_word(anonymous.group("anon_head")) and (
                not is_person_noun(anonymous.group("anon_head")) or (
                    # Another noun for people is a source only as the tag's own subject: not
                    # whom a speaker told ("he told reporters close to the site"), nor a
                    # description set off after a name ("Fiona Kelly, a neighbour close to
                    # the family, said" is hers).
                    cue in TELL_VERBS and before is None) or (
                    before is not None and _NAME_THEN_COMMA.search(pre, 0, before.start()))):
            anonymous = None
        if anonymous is not None:
            # "a source close to the couple told Us Weekly", "people familiar with the talks
            # said": the unnamed source, not the one they are close to.
            return Attribution(_as_description(anonymous.group("desc")), cue, None,
                               "description")
        age = _AGE_EPITHET.search(pre) if "-year-old" in pre else None
        if age is not None and (makes_object(pre, 0, age.start()) or (
                age.group("region") and any(
                    m.entity.shown_person
                    for m in self.names.mentions_between(start + age.start("region"),
                                                         start + age.end("region"))))):
            # Only the clause's subject: "A neighbour of the 82-year-old from Ballina said",
            # "The surgeon treating the 68-year-old said" are someone else; and no person set
            # off as the place: "The 41-year-old from Clonmel, Deirdre Hayes, said".
            age = None
        more = age.group("desc").split()[2:] if age is not None else []
        if more and (more[-1] in LINK_WORDS or any(w.isdigit() for w in more)):
            # "the 52-year-old sheep and beef farmer said", but not "sentenced the 30-year-old
            # to two years and said": an epithet ending in "and" is the object of a verb before
            # it, and "and said" is the sentence's subject speaking.
            age = None
        if age is not None:
            return self._aged(age.group("desc"), int(age.group("age")), start + age.start(), cue)
        if cue.endswith("ing") and _PREPOSITION_END.search(pre):
            # "Blige sings to Clinton before asking her, “...”": a participle after a
            # preposition has the clause's subject, not the object before it.
            np = self._first_np(text, 0, cue_match.start(), start)
        elif not pre.strip(" ,:;—–-\n" + _MARKS):
            aged = _AGE_AFTER_CUE.match(text, cue_match.end())
            if aged is not None:
                # '“...,” said the 27-year-old.': the epithet after an inverted cue, as before
                # one ("the 27-year-old said"), up to its last noun for a person ("said the
                # 19-year-old afterwards" is "the 19-year-old").
                if (named_only := self._named_only_after(text, aged.end(), start)) is not None:
                    # '“...,” said a 23-year-old university student from Daegu, who asked to be
                    # identified only by her surname, Lim.': the one the epithet brings in.
                    return Attribution(named_only.name, cue, None)
                epithet = aged.group("desc").split()
                while len(epithet) > 2 and not is_person_noun(epithet[-1].lower()):
                    epithet.pop()
                return self._aged(" ".join(epithet), int(aged.group("age")),
                                  start + aged.start("desc"), cue)
            if "ounsel" in text and _BARE_COUNSEL_AFTER.match(text, cue_match.end()):
                # ("said Crown counsel.": no one named "Crown"; the post's one holder.)
                return self._counsel(text, cue_match, start, cue) or Attribution(None, cue, None)
            np = self._first_np(text, cue_match.end(), len(text), start)
            member = self._member_after_body(text, np, start) if np is not None else None
            if member is not None:
                # 'said Samagi Jana Balawegaya (SJB) Kurunegala District MP Nalaka Jayamanne':
                # the member speaks, not the party.
                np = member
            if cue.endswith("ing") and (np is None or not np.group("pronoun")):
                # '"a wake-up call", recalling the 2011 sinking of the ferry': what comes
                # after a participle is its object; no subject stands inverted after it (the
                # sentence before the quotation says who). (A pronoun is the speaker's own:
                # '"...", saying he trusted the courts'.)
                return Attribution(None, cue, None)
            if np is not None and np.group("desc") and (
                    named_only := self._named_only_after(text, np.end(), start)) is not None:
                # '"...," said a woman who gave her name only as Janelle.': the one the
                # description brings in, as before a cue.
                return Attribution(named_only.name, cue, None)
            apposed = _COMMA_THEN.match(text, np.end()) if np is not None and np.group(
                "desc") else None
            if apposed is None and np is not None and np.group("desc") and (
                    of_body := _OF_BODY_NAME.match(text, np.end())):
                # 'said the director general of the Division of Risk and Disaster Management
                # (DRDM), Mr Daniel Sinon.': past the body the role is of.
                apposed = _COMMA_THEN.match(text, of_body.end())
            if apposed is not None and np is not None:
                # 'said the study's lead author, Dr. Ines Carvalho of the University of
                # Lisbon.': the name in apposition to the role is the speaker.
                named = self._first_np(text, apposed.end(), len(text), start)
                if named is not None and named.start() == apposed.end() and named.group(
                        "name") and (entity := self.names.entity_at(
                            start + named.start(), start + named.end())) is not None and (
                        entity.kind == "person"):
                    np = named
            phrase = _PHRASE_AFTER.match(text, np.end()) if np is not None and np.group(
                "desc") else None
            if phrase and np is not None and np.group("head").lower() not in _SPEAKS_FOR:
                whose = phrase.group(1)  # 'said a researcher at Stanford University.'
        elif mode == "after":
            clause = pre.strip(" ,:;—–-\n" + _MARKS)
            if _SUBORDINATE_CLAUSE_OPENS.search(clause):
                # "prices had “moderated significantly” in the second quarter, although the
                # bank said earnings ...": the cue is a clause's of its own after the comma,
                # not the quotation's; the sentence before the quotation says whose it is.
                return Attribution(None, cue, None)
            if "," in clause and re.match(r"[a-z]", clause) and not re.match(
                    r"(?:he|she|they|it|we|I)\b", clause) and self._lone_np_before(
                        text, cue_match, start):
                # "“I admire the mechanics” of the plan, Mr. Hale said.": the writer's words
                # go on after the quote, and the tag is the name after the last comma.
                np = self._last_np(text, 0, cue_match.start(), start)
            elif "," in clause:
                np = self._first_np(text, 0, cue_match.start(), start)
            else:
                np = self._last_np(text, 0, cue_match.start(), start)
                if np is not None:
                    # '“...,” a researcher at Stanford said', as before the quotation.
                    lead = len(text) - len(text.lstrip(" ,:;—–-\n\xa0" + _MARKS))
                    np, whose = self._holder_or(text, lead, np, start, cue_match.start())
        else:
            lo = _scene_end(pre)
            joint = max(_CLAUSE_JOINT.finditer(pre, lo), key=lambda j: j.start(), default=None)
            subject = self._first_np(text, joint.end(), cue_match.start(), start) if (
                joint is not None) else None
            if joint is not None and subject is not None and not _SUBORDINATE.search(
                    text, joint.end(), subject.start()) and not _OPENS_WITH_PREPOSITION.fullmatch(
                    text, joint.end(), subject.start()):
                # "Trump has been eager to withdraw, but General Mark Milley told US media":
                # the cue's subject is in the cue's own clause. (Not a preposition's object:
                # "..., and at one point warned the room" goes on with the sentence's subject.)
                lo = joint.end()
            closed = _last_close(pre, lo)
            after_close = self._first_np(text, closed, cue_match.start(), start) if (
                closed) else None
            if closed and ((after_close is not None and after_close.group("name") and not (
                    # (Not a name inside a clause of its own after the quotation: "the tides
                    # were “not a surprise” as the Service had been issuing advisories since
                    # January, but urged": the sentence's subject goes on.)
                    _SUBORDINATE.search(text, closed, after_close.start())))
                           or _NEW_CLAUSE.match(pre, closed)):
                # "Oz is “smart as hell,” Steve Mosko wrote ..., and “...”": the tag after an
                # earlier quotation of the sentence names who goes on speaking.
                lo = closed
            relative = _RELATIVE_SUBJECT.search(pre, lo)
            if relative:
                # "Stevie Wonder, who joked", "the Chicago Police Department which reported":
                # a relative pronoun's antecedent is the cue's subject.
                np = self._last_np(text, lo, relative.start(), start)
                if np is not None and np.end() >= relative.start() - 2:
                    got = self._resolve(np, start, cue)
                    if got.speaker or len(_WORD.findall(text, cue_match.end())) <= 6:
                        # "the report, which described her policies as “...”": the
                        # antecedent speaks, named or not, when the quotation is its verb's.
                        return got
            body = pre[lo:].strip().rstrip(",")
            # "Obama responded to a Gold Star mother by saying ...": a participle's speaker is
            # the subject of the sentence, not an object before it; "footage of Hillary Clinton
            # asking" names its speaker right before the participle.
            attached = re.search(r"[A-Z][\w’'.-]*\s+$", pre)
            attached_person = attached is not None and any(
                m.entity.kind == "person" and m.end > start + attached.start()
                for m in self.names.mentions_between(start + attached.start() - 60,
                                                     start + attached.end()))
            # (The last noun phrase before the cue, found once: most branches below ask for it.)
            last = self._last_np(text, lo, cue_match.start(), start)
            what = _WHAT.search(text, lo, last.start()) if last is not None else None
            if last is not None and what is not None and (
                    # (After any other word, only a subject that is no pronoun: "woke to what he
                    # described as" is the sentence's subject, as it was.)
                    what.group("set_off") or last.group("pronoun") is None
                    ) and _AUXILIARY_GAP.fullmatch(text, last.end(), cue_match.start()):
                # "was jailed for six years, in what a magistrate described as “...”", "a job
                # that required what one former colleague described as": the relative clause
                # has a subject of its own, named or not; they say it.
                np = last
            elif last is not None and cue in _NAMING_PAST and (last.group("name") or (
                    # (A body described, "a level the institute described as", not a
                    # pronoun or a person's description, which the sentence's subject may
                    # well be: "Halloran will stay on, a job the big man described as".)
                    last.group("desc") and last.group("head").lower() in ORG_WORDS)) and (
                    zero := max(_ZERO_RELATIVE.finditer(text, lo, last.start()),
                                 key=lambda m: m.start(), default=None)) and (
                    _SUBJECT_LEAD.fullmatch(text, zero.end(), last.start())) and (
                    # (The name closes its set-off description with a comma.)
                    _AUXILIARY_GAP.fullmatch(text, last.end() + text.startswith(
                        ",", last.end()), cue_match.start())):
                # "was sent off, a call Gulls coach Tony Haddad labelled “gutless”", "a
                # decision one of the athletes, Tsehay Gebremedhin, described as": a clause
                # with no "which" after a noun set off; its own subject names the thing.
                np = last
            elif (aside := _TAG_SET_OFF.search(text, lo, cue_match.start())) is not None and (
                    _SET_OFF_CLOSES.match(text, cue_match.end())):
                # "The money, she said, was “a week's earnings”": a tag set off by commas
                # inside the sentence; its own subject speaks, not the sentence's.
                np = _NP.match(text, aside.start("who"))
            elif "," in body and (
                    named := self._person_after_role(text, lo, cue_match.start(), start)):
                # "City Stars head coach, Kassim Yakubu, who is no relation to the
                # match-winner, described": the person set off after the body's role for them.
                np = named
            elif _AND_BEFORE_CUE.search(pre) and "," not in body:
                # "Karen Smith called Tom Hale and told him ... “...”": a verb joined by "and"
                # shares the clause's subject, not the object before the "and".
                np = self._first_np(text, lo, cue_match.start(), start)
            elif cue.endswith("ing") and not attached_person and "," not in body:
                np = self._first_np(text, lo, cue_match.start(), start)
                if np is not None and (_UNNAMED_SUBJECT.match(text[lo : np.start()].strip())
                                       or _VERB_BEFORE.search(text, lo, np.start())
                                       or _PREPOSITION_RIGHT_BEFORE.search(
                                           text, lo, np.start())):
                    # "several environmental groups granted Mr. Clarke ..., saying": the
                    # subject is no name we know, and the first name is an object ("Home fans
                    # booed Ramos ..., calling him “...”": a verb right before it; "issued a
                    # “tornado emergency” for Corliss ..., warning of": a preposition's object).
                    np = None
            elif last is not None and (
                    last.group("name") and last.end() >= cue_match.start() - 1
                    and _OBJECT_RELATIVE.search(text, lo, last.start())
                    # (not when the clause closes before the quotation: "dismissed the
                    # figures, which Mr Hale said showed growth, as “...”" is the subject's.)
                    and "," not in text[cue_match.end():]):
                # "The company kept its dividend, which Ms Ellwood said reflected the board's
                # “...”": a relative clause with a subject of its own; she says it.
                np = last
            elif "," in body and (relative_off := _RELATIVE_SET_OFF.search(
                    text, lo, cue_match.start())) is not None and (
                    (first := self._first_np(text, lo, cue_match.start(), start)) is not None
                    and (first.end() == relative_off.start() or (
                        # "Siobhán Kearney's husband and assistant trainer Pádraig Kearney,
                        # who rides the gelding out, said": the name right before the clause,
                        # after whose the person is.
                        possessive(first.group()) and (
                            first := self._last_np(text, lo, relative_off.start(), start))
                        is not None and first.end() == relative_off.start()))
                    and first.group("name")):
                # "Hollins, who was held scoreless in the fourth, said": the name before a
                # clause set off with "who" is the cue's subject, not a noun inside the clause.
                np = first
            elif "," in body and cue in CUE_VERBS and (reported := last) is not None and (
                    reported.group("name") or reported.group().lower().startswith(_NEW_ONE)
                    ) and _REPORTED_SUBJECT.search(text, lo, reported.start()) and (
                    _AUXILIARY_GAP.fullmatch(text, reported.end(), cue_match.start())):
                # "Padraig Keane, who stayed on as president, alleged that a Brightwater
                # executive told him": the cue is a reported clause's own, and its subject
                # right before it, named or brought in new, speaks. (Not a definite
                # description, "the company", "her late husband": measured worse.)
                np = reported
            elif "," in body and self._tag_after_clause(text, lo, cue_match, start):
                # "Trump will make news, Kall said: “...”": a whole clause, then a comma and a
                # lone name or pronoun right before the cue; that name is the tag's subject.
                np = last
            elif "," in body:
                # "Speaking at a rally in Novi, Michigan, Trump says": past a place that ends
                # the scene-setting phrase.
                nps = self._nps(text, lo, cue_match.start(), start)
                np = next((n for n in nps if not self._is_place_before_comma(n, text, start)),
                          nps[0] if nps else None)
                if np is not None and nps[-1] is not np and nps[-1].group("desc") and (
                        text[np.start() - 2 : np.start()] == ", "
                        and text[np.end() : np.end() + 1] == ","
                        and not text[nps[-1].end() : cue_match.start()].strip()
                        and text[nps[-1].start() - 2 : nps[-1].start()] == ", "):
                    # "In a statement read by her attorney, Marisa Delgado, outside the
                    # courthouse, the singer said:": a name set off by commas inside the
                    # opening phrase is in apposition; the phrase right before the cue, after
                    # the opening's last comma, is the subject.
                    np = nps[-1]
                elif np is not None and (np.group("desc") or self._after_office(
                        text, lo, nps[-1]) or possessive(np.group())) and nps[-1] is not np and nps[
                        -1].group("name") and text[nps[-1].start() - 2 : nps[-1].start()] == (
                        ", ") and (_SET_OFF_TO_CUE.fullmatch(
                        text, nps[-1].end(), cue_match.start()) or (
                        np.group("desc") and not text[nps[-1].end() : cue_match.start()].strip()
                        and (_OPENING_PREPOSITION.match(text) or _OPENING_PARTICIPLE.match(text))
                        )) and (
                        entity := self.names.entity_at(start + nps[-1].start(),
                                                       start + nps[-1].end())) is not None and (
                        entity.kind == "person"):
                    # "The mayor of Port Alvarado, Terrence Vail, said" ("ILSA’s chairman,
                    # Tom Hennessy — no relation — said"): the person set off right before
                    # the cue is the description's name. (So after an office in
                    # capitals, whose first name is a body's or a place's: "the Special
                    # Adviser on Media to the Minister of Budget, Mr Yakubu Sani, said".)
                    # (Or, with no comma after it, after phrases that open the sentence with
                    # a preposition and hold only its objects: "In his letter, seen by the
                    # paper, Qureshi claimed".)
                    np = nps[-1]
                elif np is not None and np.group("desc") and len(nps) >= 3 and (
                        nps[1].group("name") and _OF_THEN.fullmatch(
                            text, np.end(), nps[1].start())) and (
                        set_off := self._named_set_off(start + nps[1].end())) is not None:
                    # "The coach of Željezničar, Mehmed Čolaković, praised the character of
                    # his team, but admitted that": the person set off after the description
                    # and what it is of is its subject, however far the cue.
                    np = nps[2] if self.names.entity_at(
                        start + nps[2].start(), start + nps[2].end()) is set_off else np
            else:
                np = last
                # (The first phrase is looked for only when a "who" stands before the cue: a
                # second walk of the phrases for every tag was work for nothing.)
                first = self._first_np(text, lo, cue_match.start(), start) if (
                    np is not None and " who " in text[lo : np.start()]) else None
                who = _WHO_AFTER.match(text, first.end()) if (
                    first is not None and np is not None and first.group("desc")
                    and np.start() > first.end()) else None
                if who is not None and first is not None and np is not None and (
                        np.start() >= who.end()) and (not np.group("pronoun") or len(
                        text[np.end() : cue_match.start()].split()) > 1):
                    # "A volunteer who has worked at the centre since it opened in 2016 said":
                    # the names and pronouns of the relative clause are not the cue's subject
                    # (a pronoun right before the cue is: "a staff member who answered the
                    # call recalled that he said" is his).
                    np = first
                elif np is not None and _AFTER_PREPOSITION.search(text, 0, np.start()) and (
                        re.fullmatch(r"\s*,\s*", text[np.end() : cue_match.start()])):
                    # "he asked about the Muslim Brotherhood, called Omar a “...”": a name
                    # after a preposition is an object; the verbs share the clause's subject.
                    np = self._first_np(text, lo, cue_match.start(), start)
                elif np is not None:
                    np, whose = self._holder_or(text, lo, np, start, cue_match.start())
        # (The phrase right before the cue is looked for only when a clause opener stands
        # before it: a second walk of the phrases for every tag was work for nothing.)
        last = self._last_np(text, 0, cue_match.start(), start) if (
            mode not in ("inverted", "after") and np is not None and (
                _ANY_OPENER_ING if cue.endswith("ing") else _ANY_OPENER).search(
                text, 0, cue_match.start())) else None
        if last is not None and np is not None and last.start() > np.start() and (
                not text[last.end() : cue_match.start()].strip()) and (
                # (Only when the quotation is that cue's own, with no comma closing its clause
                # first: "Fitzgerald said that, until Minister Peter Burke says he will meet
                # the workers, the strike will be “...”" is Fitzgerald's.)
                "," not in text[cue_match.end() :]):
            if not last.group("pronoun") and _CLAUSE_THEN_COMMA.search(text, 0, last.start()):
                # "She said that when she found Mrs Brannigan, the pensioner told her: “...”":
                # a clause of its own before a comma, then the subject of the main clause and
                # its cue.
                np = last
            elif last.group("name") and not _PLACE_OBJECT_BEFORE.search(
                    text, 0, last.start()) and (_CLAUSE_OPENER.search(text, 0, last.start()) or (
                    # "with Montes describing the shoot as “...”, and co-star Daniel Okafor
                    # joking that": a participle's own subject after "with" or "and".
                    cue.endswith("ing") and _PARTICIPLE_SUBJECT_AFTER.search(
                        text, 0, last.start()))):
                # "The conference voted to ballot, after general secretary Niamh Gallagher
                # accused ministers of “...”": a name opening a clause of its own right before
                # the cue is its subject, whatever opened the sentence (as a pronoun is,
                # below).
                np = last
        if np is not None and np.group("desc") and _ORDINAL_ALONE.fullmatch(np.group("desc")):
            # "A third said: “...”" is one more of the people just quoted (below), not someone
            # the story calls "a third".
            np = None
        own = _PRONOUN_SUBJECT.search(text, 0, cue_match.start())
        if own is None and np is not None and np.group("desc") and not is_person_noun(
                np.group("head")) and singular(np.group("head").lower()) not in DOCUMENT_NOUNS:
            # "In another, sent a few hours later, she said", "In a 2021 episode of ..., a
            # podcast, he described": no person's noun heads the phrase found; the pronoun
            # set off right before the cue is the subject. (Not after a document, whose
            # writer the pronoun may be, someone new: "the woman had left a note ... In the
            # note, found on the table, she said".)
            # (The same set-off pronoun as a tag inside the sentence, ``_TAG_SET_OFF``.)
            own = _TAG_SET_OFF.search(text, 0, cue_match.start())
            prior = self._previous_sentence(start) if own is not None else None
            said_by = own.group("who") if own is not None else ""
            # ("they" gives no sex: any unnamed one may be them, and it is left as it was.)
            said_sex = sex_words(said_by)
            if own is not None and prior is not None and any(
                    not said_sex.isdisjoint(w.group().lower().split()[1:])
                    for w in _UNNAMED_ONE.finditer(self.masked, *prior)):
                # (Not when the sentence before brings in someone unnamed of that sex, whom
                # the pronoun may be: "Inspector Maria Lowe said the woman had left a note.
                # In the note, found on the table, she said".)
                own = None
        if own is not None and (np is None or np.start() < own.start()):
            # "The star appeared on a talk show, where she told the host that ...": a pronoun
            # right before the cue is its subject, whatever opened the sentence.
            np = _NP.search(text, own.start())
        if np is not None and not np.group("pronoun"):
            nearer = _BARE_PLURAL.search(text, np.end(), cue_match.start())
            head = nearer.group("head") if nearer else ""
            if nearer and head[:1].islower() and _unnamed_many(head) and not (
                    # "Ken Paxton and 16 other states argued", "Delta and other airlines":
                    # the named one leads them.
                    _AND_OTHER.search(text, 0, nearer.start("head"))):
                # "TV commercials and billboards in which people say": people named by a plural
                # noun right before the cue are its subject, not a name further back.
                np = None
        force = _FORCE_AT.fullmatch(text, 0, np.start()) if np is not None and np.group(
            "desc") else None
        if force is not None:
            # "Police at the scene said", "Gardaí at the scene said": the force, not where.
            head = force.group("head")
            force_body = self.names.entity_at(start + force.start("head"),
                                              start + force.end("head"))
            if force_body is not None and force_body.kind == "org":
                return Attribution(force_body.name, cue, None)
            if head.lower() in FORCES:
                return self._force(head.lower(), start, cue)
        if np is None:
            bare = _BARE_PLURAL.search(text, 0, cue_match.start())
            head = bare.group("head").lower() if bare else ""
            if bare and head in FORCES:
                return self._force(head, start, cue)  # "police said"
            if bare and ((head in _GROUPS and is_person_noun(head)) or _unnamed_many(head)):
                # "officers announced", "Federal prosecutors alleged": people the story
                # leaves unnamed, with no article before them.
                words_ = bare.group("desc").split()
                while words_[0].lower() in NOT_NAMES:
                    words_ = words_[1:]  # "but critics said"
                if "that" in words_[:-1] or (
                        words_[0] in CUE_VERBS and not words_[0].endswith("ed")):
                    # "The report also found that students admitted ... were", "said residents
                    # had": the people start after the clause's "that" or its verb, never
                    # with them ("found that students" is no one's description). (Only a verb
                    # in lower case, and no participle: "Claims adjusters said", "alleged
                    # victims said" open with their own words.)
                    words_ = words_[len(words_) - words_[::-1].index("that") :] if (
                        "that" in words_[:-1]) else words_[1:]
                if bare.group("desc").split()[0].lower() in ("a", "an", "one") or re.search(
                        r"\b(?:[Aa]n?|[Oo]ne)\s+$", text[: bare.start()]):
                    # "a practice regulators have labeled": the word after "a" is another
                    # noun's, and the people start at the plural.
                    words_ = words_[-1:]
                return Attribution(_as_description(" ".join(words_)), cue, None, "description")
            other = _ANOTHER_BEFORE.search(text, 0, cue_match.start())
            head = self._kind_quoted_before(start) if other is not None else None
            if other is not None and head is None and other.group("det").lower() == "one":
                head = self._many_just_named(start + other.start("det"))
            if other is not None and head is not None:
                # "One fan wrote on X: “...” // Another posted: “...”": one more of the people
                # the story has just quoted by what they are.
                return Attribution(f"{other.group('det').lower()} {head}", cue, None,
                                   "description")
            return self._honour(text, cue_match.start(), cue) or self._counsel(
                text, cue_match, start, cue) or Attribution(None, cue, None)
        if np.end() >= cue_match.start() - 2 and (
                judge := self._honour(text, cue_match.start(), cue)) is not None:
            # (The name index may read "Honour" as a name of its own.)
            return judge
        if mode == "after" and cue.endswith("ing") and _PREPOSITION_RIGHT_BEFORE.search(
                text, 0, np.start()):
            # "issued a rare “tornado emergency” for Corliss ..., warning of": the name after
            # the quotation is a preposition's object, not the participle's subject.
            return Attribution(None, cue, None)
        got = self._resolve(np, start, cue)
        if got.kind == "description" and got.speaker:
            got = replace(got, speaker=as_written(got.speaker, np, text))
        if whose and got.speaker and got.kind not in ("description", "organisation") and (
                np.group("desc")) and (
                got.speaker in whose or np.group("head").lower() in _SPEAKS_FOR) and not (
                # ("said a report from Kotak Institutional Equities": a document's maker.)
                np.group("head").lower() in _DOCUMENTS and whose.startswith(("from ", "by "))):
            # "said the mayor of Port Ellery" with no mayor named: the town in the phrase is
            # where the role is, never its holder. "A spokeswoman for Mayor Tom Hale": a
            # person's spokesperson (a body's has no ``whose``) is not the body last named.
            got = self._described(np.group("desc"), np.group("head").lower(), cue)
        if got.kind == "description" and got.speaker and whose and len(whose.split()) <= 4 and (
                not got.speaker.endswith(whose)):
            # "a researcher at Stanford University": the story's description is the whole
            # phrase, when it is short enough to credit.
            got = Attribution(f"{got.speaker} {whose}", got.cue, got.via, got.kind)
        if cue in TELL_VERBS:
            via = _outlet_after(text[cue_match.end() :], self.names, start + cue_match.end())
            if via:
                got = Attribution(got.speaker, got.cue, via, got.kind)
        return got

    def _named_only_after(self, text: str, at: int, start: int) -> Entity | None:
        """The first person named in ``text`` after ``at``, when the story gives the name
        only: "a woman who gave her name only as Janelle"."""
        # (Past a place the index may read as someone: "a student from Daegu, who asked to be
        # identified only by her surname, Lim".)
        person = next((m for m in self.names.mentions_between(start + at, start + len(text))
                       if m.entity.kind == "person"
                       and named_only_as(self.masked, m.start, start + at)), None)
        return person.entity if person is not None else None

    def _many_just_named(self, at: int) -> str | None:
        """The noun ("fan") of the people the sentence before ``at`` names by a plural as its
        subject ("Fans were quick to read between the lines. One wrote:"), when no one is named
        after it. (Only its subject, in its first four words: "Residents complained to
        councillors. One said:" is a resident, "Patients wait for hours, nurses say. One said:"
        a patient.)"""
        starts = self.names.sentence_starts
        i = bisect_left(starts, at + 1) - 1
        if i < 1:
            return None
        found = None
        for n, word in enumerate(_WORD.finditer(self.masked, starts[i - 1], starts[i])):
            low = word.group().lower()
            if n >= 4:
                break
            if is_plural(low) and is_listed_person_noun(low):
                found = word
                break
        if found is None or any(m.entity.kind == "person"
                                for m in self.names.mentions_between(found.end(), at)):
            return None
        return singular(found.group())

    def _kind_quoted_before(self, at: int) -> str | None:
        """The noun ("fan") of the last speaker the story described as one of many ("One fan",
        "a resident") among the quotations of this and the two paragraphs before ``at``."""
        # (Each quotation's result along with it: a look-up of its index per tag made many
        # "another said" tags quadratic.)
        for last, got in self._quotations_back(at, 2):
            if got.kind == "description" and got.speaker and (
                    described := _ONE_OF_MANY.match(got.speaker)) is not None:
                head = described.group("head") or singular(described.group("heads"))
                between = self.masked[last.spans[-1][1] : at]
                # (Not after someone else is brought in: "The club's chief executive, Mark
                # Ashton, defended the prices. Players were also unhappy. Another posted".)
                if any(m.entity.kind == "person" for m in self.names.mentions_between(
                        last.spans[-1][1], at)) or any(
                        is_plural(w) and is_person_noun(singular(w)) and singular(w) != head
                        for w in _WORD.findall(between.lower())):
                    return None
                return head
        return None

    def _member_after_body(self, text: str, np: re.Match[str], base: int
                           ) -> re.Match[str] | None:
        """The person named after ``np`` when ``np`` names a party or body with its initials
        in brackets, then its member's role and name ("Samagi Jana Balawegaya (SJB) Kurunegala
        District MP Nalaka Jayamanne"); else None."""
        if not np.group("name") or "(" not in self.masked[base + np.end() : base + np.end() + 3]:
            return None
        party = self.names.entity_at(base + np.start(), base + np.end())
        if party is None or party.kind != "org":
            return None
        member = self._next_name(text, np.end(), base)
        if member is None:
            return None
        speaker = self.names.entity_at(base + member.start(), base + member.end())
        return member if speaker is not None and speaker.kind == "person" else None

    def _next_name(self, text: str, lo: int, base: int) -> re.Match[str] | None:
        """The name right after ``lo``, past lower-case role words only ("spokesperson",
        "Ashanti Regional chairman"): the member a body's name heads."""
        at = lo
        while (np := self._first_np(text, at, len(text), base)) is not None and not np.group(
                "name"):
            if not np.group("desc") or text[at : np.start()].strip() or not _roles_or_capitals(
                    np.group()):
                return None
            at = np.end()
        if np is None or not _roles_or_capitals(text[at : np.start()]):
            return None
        return np

    def _holder_or(self, text: str, lo: int, np: re.Match[str], base: int, cue_at: int
                   ) -> tuple[re.Match[str], str]:
        """``np``, or the clause's first noun phrase when ``np`` (a name, or a phrase for no
        person) only qualifies it; with the words between that phrase and the cue."""
        if np.group("name") or np.group("desc"):
            holder = self._holder_of(text, lo, np, base)
            if holder is not None:
                return holder, text[holder.end() : cue_at].strip()
        return np, ""

    def _holder_of(self, text: str, lo: int, np: re.Match[str], base: int
                   ) -> re.Match[str] | None:
        """"A researcher at Stanford University said", "The authors of the research published
        in the journal JAMA Psychiatry argued", "The mother of Breonna Taylor said": a name
        inside a prepositional phrase after the clause's first noun phrase, a noun for people,
        only says whose or where; that first phrase is the subject. (A spokesperson "for" a
        body stays the body's, as the annotation of both corpora has it; a person's is not the
        person.)"""
        first = self._first_np(text, lo, np.start(), base)
        if first is not None and first.group("name") and first.start() == lo + len(
                text[lo:]) - len(text[lo:].lstrip(" \xa0" + _MARKS)) and (
                _OF_A_BODY_BETWEEN.fullmatch(text, first.end(), np.start())) and (
                entity := self.names.entity_at(base + first.start(), base + first.end())
                ) is not None and entity.kind == "person" and entity.shown_person:
            # "Rory Delahunt of bookmaker Betfinch said": a person named first, then where
            # they work; the person speaks.
            return first
        if first is None or not first.group("desc") or first.start() != lo + len(
                text[lo:]) - len(text[lo:].lstrip(" \xa0" + _MARKS)):
            return None
        head = first.group("head").lower()
        if head in _SPEAKS_FOR:
            # "a spokesperson for Mills told CNN", "a spokeswoman for the mayor said": a
            # person's spokesperson speaks for them, but is not them; only a body's is credited
            # to the body.
            owner = self.names.entity_at(base + np.start(), base + np.end()) if np.group(
                "name") else None
            # (A place after "in" or "at" says where the body is, not whose the spokesperson
            # is: "A spokesperson for the Polish embassy in New Delhi said".)
            where = owner is not None and owner.kind == "place" and bool(
                re.search(r"\b(?:in|at)[ \xa0]+$", text[: np.start()]))
            of_person = where or (owner is not None and owner.kind == "person") or (
                np.group("desc") is not None and is_person_noun(np.group("head").lower())
                and np.group("head").lower() not in ORG_WORDS | _GROUPS)
            if not of_person and not (np.group("desc") and self._resolve(
                    np, base, "said").speaker is None):
                # ("A spokeswoman for the venue said", a body the story never names: the
                # spokeswoman, as the story words it.)
                return None
        elif head in _DOCUMENTS:
            # "A letter from Harlow Foods to its suppliers described": the document is the
            # subject, and its maker is credited (``_resolve``), not the suppliers.
            return first if self._maker_after(base + first.end()) is not None else None
        elif not (is_person_noun(head) or head in _GROUPS):
            return None
        if not _PREPOSITION_NEXT.match(text, first.end()):
            return None
        return first

    def _shaped_tag(self, text: str, base: int) -> Attribution:
        """"“...,” he interjected.", "“...?” rumbled Hale.": a quotation that ends in a comma,
        a question or an exclamation mark and is followed by a subject and a verb (either way
        round) ends in its speech tag, whatever the verb; no list of verbs is needed."""
        inverted = _INVERTED_TAG.match(text)
        if inverted:
            verb = inverted.group("verb")
            np = self._first_np(text, inverted.end(), len(text), base)
            if np is None or np.start() != inverted.end():
                return _NONE
        else:
            np = self._first_np(text, 0, len(text), base)
            # (Role words of no list may stand before the name: "“...,” capsule communicator
            # Darnell Whitcombe radioed".)
            lead = text[: np.start()].split() if np is not None else []
            if np is None or (lead and (np.group("desc") or not (
                    _LOWER_WORDS.fullmatch(text, 0, np.start())) or not (
                    is_person_noun(lead[-1])) or any(w in NOT_NAMES for w in lead))):
                # (Role words only, the last a noun for people: "was all that Omar Haddad
                # heard" is a clause.)
                return _NONE
            # ("“...,” Lorraine Beck, 54, testified": the age set off between.)
            aged = _AGE_SET_OFF.match(text, np.end()) if np.group("name") else None
            after = _VERB_AFTER.match(text, aged.end() if aged else np.end())
            if aged and after and _OBJECT_AFTER.match(text, after.end()):
                # (Not a verb with an object: "“Four more years,” Ana Ruiz, 34, waved a
                # flag" is no tag of hers.)
                return _NONE
            if after is None and np.group("desc") and re.fullmatch(r"[\s.]*", text[np.end() :]):
                # "the statement read.": a description's pattern took the verb for its head
                # ("read", "wrote" and "sang" look like nouns); the verb is its last word.
                last = np.group("desc").rsplit(None, 1)
                shorter = _DESC.match(text, np.start(), np.start() + len(last[0]) + 1) if (
                    len(last[0].split()) > 1) else None
                if shorter is None or shorter.end() != np.start() + len(last[0]):
                    return _NONE
                # (The head pattern already refused "is", "was" and "has"; "read" is among
                # NOT_NAMES for "READ MORE" lines only.)
                got = self._resolve(shorter, base, last[1])
                return got if got.speaker else _NONE
            elif after is None:
                return _NONE
            else:
                verb = after.group("verb")
        if verb.lower() in NOT_NAMES or verb.endswith("ly") or len(verb) < 3:
            return _NONE
        got = self._resolve(np, base, verb)
        return got if got.speaker else _NONE

    def _bearers(self, word: str) -> list[Entity]:
        """The people of two words or more whose surname is ``word`` (any case)."""
        if self._by_surname is None:
            # Built once: a phone-in transcript asks for every turn.
            self._by_surname = {}
            for e in self.people.values():
                if len(e.tokens) > 1:
                    self._by_surname.setdefault(e.tokens[-1].lower(), set()).add(e.name)
        return [self.people[n] for n in sorted(self._by_surname.get(word.lower(), set()))]

    def labelled(self, label: str, at: int | None = None) -> str | None:
        """The one person whose surname is a transcript label ("PENCE" -> "Mike Pence"); for a
        turn at ``at``, the one given a role that is the label ("Host")."""
        found = {e.name for e in self._bearers(label.split()[-1])}
        if not found and at is not None and " " not in label and is_role_word(label.lower()):
            # "Host: ..." after "host Dana Whitfield": the one the story gave that role.
            holder = self.names.by_role(label.lower(), at)
            return holder.name if holder is not None and holder.kind == "person" else None
        return next(iter(found)) if len(found) == 1 else None


# A body's name after a role, perhaps with its initials: " of the Port Authority (PA)".
_OF_BODY_NAME = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|"
                           r"the|&)\s+)*[A-Z][\w’'-]*)*(?:\s+\([A-Z]{2,}\))?[ \xa0]*")
# A comma and the spaces up to a name set off after a description ("the lead author, Dr. ").
_COMMA_THEN = re.compile(r",\s+")
# A relative clause set off by commas right before a cue: "Hollins, who was held scoreless
# in the fourth, said".
_RELATIVE_SET_OFF = re.compile(RELATIVE_CLAUSE + r"\s*$")
# A pronoun set off by a comma right before a cue: "The money, she said, was"; "In another,
# sent a few hours later, she said".
_TAG_SET_OFF = re.compile(r",\s+(?P<who>he|she|they)\s+$")
# The comma that closes a tag set off inside its sentence, a verb after it: ", was".
_SET_OFF_CLOSES = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:is|was|were|are|had|has|would|will|could|"
                             r"remained|seemed|amounted|looked|felt)\b")
# "the woman", "a young man": someone unnamed, by a noun that gives their sex.
_UNNAMED_ONE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?!(?:he|she|his|her|hers)\b)"
                          r"(?:[a-z-]+\s+){0,2}[a-z]+\b")
# A subject pronoun of a clause of its own right before a cue: "where she told".
_PRONOUN_SUBJECT = re.compile(r"\b(?:where|when|while|after|as)\s+(?:he|she|they)\s+"
                              r"(?:[a-z]+ly\s+)?$")
# The words that open a clause of its own whose subject may be named right before a cue
# ("after general secretary Niamh Gallagher accused"). (``_CLAUSE_THEN_COMMA`` keeps fewer:
# "where", "as" and "if" before a comma set the scene of the main speaker's words.)
_OPENER_WORDS = ("after|when|where|whereas|while|as|before|because|since|until|although|"
                 "though|once|if|unless")
# Any word that may open a clause of its own (``_CLAUSE_OPENER``, ``_CLAUSE_THEN_COMMA``,
# ``_PARTICIPLE_SUBJECT_AFTER``).
_ANY_OPENER = re.compile(rf"\b(?:{_OPENER_WORDS})\b")
_ANY_OPENER_ING = re.compile(rf"\b(?:{_OPENER_WORDS}|with|and)\b")
# A clause of its own and its comma, right before a main clause's subject: "when she found
# Mrs Brannigan, ".
_CLAUSE_THEN_COMMA = re.compile(r"\b(?:when|after|while|before|because|since|although|though|"
                                r"once|until)\s[^,;:“”\"]{3,80},\s+$")
# "with " or "and " opening a clause after a comma (a few words of role in lower case after
# it) before the subject of a participle: ", with Montes describing", ", and co-star Daniel
# Okafor joking" (not "sharing a photo with boyfriend Cillian Doherty writing").
_PARTICIPLE_SUBJECT_AFTER = re.compile(r"(?:^|,\s+)(?:[Ww]ith|and)\s+(?:[a-z][\w’'-]*\s+){0,2}$")
# Between a person's name and where they work: " of bookmaker ", " at the ".
_OF_A_BODY_BETWEEN = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
# The opening of a clause of its own whose subject is named right before a cue: "after
# general secretary " (a few words of role in lower case may stand before the name).
_CLAUSE_OPENER = re.compile(rf"\b(?:{_OPENER_WORDS})\s+(?:[a-z][\w’'-]*\s+){{0,3}}$")
# A verb's object opening after it: " a flag", " her children".
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|my|our|your)\s")
# A statement that may be the quotation after it: "in a statement", "issued a statement",
# "issued a press release, which is reproduced in part below:".
# (A release only as a press or news release: "signed Webb's release order", "the film's
# release" are no statement.)
_STATEMENT_WORD = re.compile(
    r"\b(statement|(?<=press )release|(?<=news )release|post|email|letter)\b")


# "the Judge" right before its verb or right after one, ending the clause ("said the
# Minister."); not before another capitalised word ("the Chief Justice", "the Star
# newspaper"), nor elsewhere in the sentence ("Mr Adesanya said the President had told the
# council": his words).
# ("the" and a capital, which every match of _THE_CAPITAL_ROLE holds: looked for first, since
# the full pattern, which opens with an optional word, is tried at every character. It opens
# with the literal "he", which the regex engine finds with a fast search: see THE_FROM_HE.)
_THE_CAPITAL = re.compile(THE_FROM_HE + r"[ \xa0]+[A-Z]")
_THE_CAPITAL_ROLE = re.compile(
    r"(?:\b(?P<verb_before>[a-z]+)[ \xa0]+)?\b[Tt]he[ \xa0]+"
    # (A lesser office's word kept before it: "the Deputy Minister said".)
    r"(?P<lead>(?:Deputy|Vice|Assistant|Acting)[ \xa0-])?(?P<role>[A-Z][a-z]+)\b"
    r"(?![ \xa0]+[A-Z])(?:[ \xa0]+(?:[a-z]+ly[ \xa0]+)?(?P<verb_after>[a-z]+))?")
# (From its "he", for speed: see THE_FROM_HE.)
_TITLE_OF = re.compile(THE_FROM_HE + r"[ \xa0]+([A-Z][a-z]+)[ \xa0]+of[ \xa0]+[A-Z]")


def _titles_of(masked: str) -> set[str]:
    """The offices the story writes as "the X of Y" ("the Prince of Wales")."""
    return {m.group(1) for m in matches_one_on(_TITLE_OF, masked)}


# An age opening a sentence as its subject: "The 52-year-old summed up".
_AGE_SUBJECT = re.compile(_THE_AGE + r"\b")


def _role_before(words: str) -> bool:
    """Whether ``words`` (right before a name) are its role alone: two or three words, the
    first perhaps capitalised as a sentence opens, the rest in lower case, the last a noun
    for a person ("Fellow calypsonian ", "Veteran skipper ")."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and words.endswith((" ", "\xa0")) and all(
        w.isalpha() and (w.islower() or k == 0) for k, w in enumerate(parts)) and _one_person(
        parts[-1])


def _roles_or_capitals(words: str) -> bool:
    """Whether each of ``words`` is a role word or capitalised: what may stand between a body's
    name and its member's ("Kurunegala District MP", "spokesperson")."""
    return all(is_role_word(w.lower()) or w[:1].isupper() for w in words.split())


def _one_person(word: str) -> bool:
    """Whether ``word`` is a role or a noun for one person ("operator", "calypsonian")."""
    return not is_plural(word) and (is_role_word(word) or is_person_noun(word))


def _lower_role(m: re.Match[str]) -> str:
    word = m.group("role")
    if not is_role_word(word.lower()) or word in OUTLET_WORDS or word.lower() in ORG_WORDS or (
            m.group("verb_after") not in CUE_VERBS and (
                m.group("verb_before") not in CUE_VERBS or m.group("verb_after"))):
        return m.group()
    at = m.start("lead" if m.group("lead") else "role") - m.start()
    until = m.end("role") - m.start()
    return m.group()[:at] + m.group()[at:until].lower() + m.group()[until:]


def attribute_quotes(article: Article, found: list[Found]) -> list[Quote]:
    """Quotes with speaker, cue and via filled where the story says them."""
    # A transcript's unmarked turns are credited apart (a name label by the person it names,
    # a Q/A turn by the story's words around the exchange) and out of the others' sight: a
    # quotation inside a turn ("the audit committee said ... “poorly governed”") is read as it
    # would be without the transcript, not as the turn's next piece of speech.
    marked = [f for f in found if not f.unmarked]
    attributor = _Attributor(article, marked)
    kinds = {m.entity.name: m.entity for m in attributor.names.mentions}
    quotes: list[Quote] = []
    for index, f in enumerate(marked):
        got = attributor.attribute(index)
        if not got.speaker and got.cue is None and f.kind == "partial" and _ONE_WORD.fullmatch(
                article.body, f.spans[0][0], f.spans[-1][1]) is None:
            body_subject = attributor.body_subject(index)
            if body_subject is not None:
                got = Attribution(body_subject.name, None, got.via, "organisation")
        if got.kind == "description" and got.speaker:
            named = attributor.named_next(got.speaker, f.spans[-1][1], f.spans[0][0]) or (
                attributor.voice_before(got.speaker, index))
            if named is not None:
                got = Attribution(named.name, got.cue, got.via)
        attributor.results.append(got)
        text = " ".join(article.body[s:e] for s, e in f.spans)
        entity = kinds.get(got.speaker) if got.speaker and got.kind is None else None
        kind: SpeakerKind | None = None
        if got.speaker:
            kind = "description" if got.kind == "description" else "organisation" if (
                got.kind == "organisation") else (
                "name" if entity is None or entity.kind == "person" else "organisation")
        quotes.append(Quote(text=text, start=f.spans[0][0], end=f.spans[-1][1], spans=f.spans,
                            kind=f.kind, speaker=got.speaker, cue=got.cue, via=got.via,
                            speaker_kind=kind,
                            role=attributor.names.role_of(entity) if entity else None,
                            alleged=attributor.alleged(f)))
    asked = _interview_voices(article, found, quotes, attributor)
    # A label must name a person of the story ("NEW YORK:", "UPDATE:", "READ MORE:" name no
    # one), and a transcript needs two such voices; else its paragraphs are no one's speech.
    voices = {f.spans[0][0]: attributor.labelled(f.label, f.spans[0][0]) for f in found
              if f.unmarked and f.label and f.label not in ("Q", "A")}
    if len(set(voices.values()) - {None}) < 2:
        voices = {}
    for f in found:
        if f.unmarked and f.label:
            if f.label in ("Q", "A"):
                speaker = asked.get(f.spans[0][0])
            elif f.spans[0][0] in voices and (voices[f.spans[0][0]] or f.aside):
                speaker = voices[f.spans[0][0]]
            else:
                continue
            entity = kinds.get(speaker) if speaker else None
            quotes.append(Quote(
                text=" ".join(article.body[s:e] for s, e in f.spans), start=f.spans[0][0],
                end=f.spans[-1][1], spans=f.spans, kind=f.kind, speaker=speaker, cue=None,
                via=None, speaker_kind="name" if speaker else None,
                role=attributor.names.role_of(entity) if entity else None))
    quotes = _echoes(_turns_in_marks(sorted(quotes, key=lambda q: q.start)))
    entities = list({id(e): e for e in kinds.values()}.values())
    inside = reported_inside(article, quotes, entities, attributor.names)
    for k, q in enumerate(inside):
        # ("“My coach had told me, ‘Wait for the hill.’” // His coach, Isaac Kiprono, said")
        named = (attributor.named_next(q.speaker, q.end, q.start)
                 or attributor.kin_named(q.speaker, q.reported_by)) if (
            q.speaker and q.speaker_kind == "description") else None
        # (Never the teller: "“Every time the coach told his players, ‘...’ they listened,”
        # assistant coach Marika Vunibaka said" reports the head coach.)
        if named is not None and named.name != q.reported_by:
            inside[k] = replace(q, speaker=named.name, speaker_kind="name",
                                role=attributor.names.role_of(named))
        elif q.speaker_kind == "name" and (person := attributor.people.get(q.speaker or "")):
            # (A parent the teller recalls by the surname they share keeps the role the story
            # gives them, as when named any other way: "retired headmistress".)
            inside[k] = replace(q, role=attributor.names.role_of(person))
    quotes = sorted(quotes + inside, key=lambda q: q.start) if inside else quotes
    return _as_written(quotes, article.body) if "‘" in article.body else quotes


def _as_written(quotes: list[Quote], body: str) -> list[Quote]:
    """``quotes`` with each name's glottal stops as the story wrote them: the masked text
    made an opening mark inside a name a letter, the ʻokina ("Tuʻipulotu"); a story that
    writes "Tu‘ipulotu" gets its own spelling back."""
    native: dict[str, bool] = {}  # (each word looked for in the body once, not per quotation)

    def as_in_body(word: str) -> str:
        if word not in native:
            native[word] = word in body
        return word if native[word] else word.replace("ʻ", "‘")

    def written(name: str | None) -> str | None:
        if not name or "ʻ" not in name:
            return name
        return _OKINA_WORD.sub(lambda w: as_in_body(w.group()), name)
    return [replace(q, speaker=written(q.speaker), role=written(q.role))
            if "ʻ" in (q.speaker or "") + (q.role or "") else q for q in quotes]


# A word with an ʻokina in it.
_OKINA_WORD = re.compile(r"[^\s,]*ʻ[^\s,]*")


# "and" or "but" right before a verb, perhaps after an adverb ("..., and warned").
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+)?$")
# The words after a description's noun that say where or whose ("a nurse at the hospital").
_QUALIFIER_WORDS = frozenset({"at", "of", "for", "from", "in", "with", "who", "whose", "on",
                              "to", "close", "familiar", "based"})
def _role_words(entity: Entity) -> set[str]:
    """The words the story gave ``entity`` for what they are: its roles and its role phrase's
    words ("Area coroner")."""
    return entity.roles | set((entity.role_phrase or "").lower().split())


@lru_cache(maxsize=256)
def _BROUGHT_IN(head: str) -> re.Pattern[str]:  # (a compiled pattern per noun)
    """"a city engineer", "one nurse": the noun bringing in someone new, whom the story may
    keep unnamed."""
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,4}?"
                      + re.escape(head) + r"\b")


# Words that say the story keeps a source unnamed.
# How a description the story goes on to name opens ("a coroner", "his coach"; or a
# possessive name: "Kiprop’s coach").
# Offices a story calls their holder by ("the minister"): no other noun is theirs ("Health
# Secretary Wes Streeting said ... “broken”. // “...,” the nurse said" is a nurse).
_HIGH_OFFICES = frozenset({"president", "governor", "senator", "mayor", "judge", "justice",
                           "secretary", "minister", "premier", "chancellor", "commissioner",
                           "ambassador", "chairman", "chairwoman", "speaker", "superintendent",
                           "general", "magistrate", "sheriff"})
# The parts in a court case a story calls someone by ("the witness", "the prosecutor").
_COURT_PARTS = COURT_OFFICERS | set(ON_TRIAL)
# Nouns for many people or a body, never one newcomer ("the group would record").
_MANY = GROUP_NOUNS | COLLECTIVE_NOUNS
# The court's lawyers, of whom one word may stand for another ("Crown Counsel ... the
# prosecutor"): a lawyer's words, and the prosecutor's.
_LAWYERS = _LAWYER_WORDS | {"prosecutor"}
# The words that say which side of a court someone is on.
_PROSECUTION_WORDS = frozenset({"prosecutor", "prosecutors", "prosecution", "crown", "state"})
_DEFENCE_WORDS = frozenset({"defence", "defense"})


def _court_side(words_: list[str] | set[str]) -> str | None:
    """"prosecution" or "defence" when ``words_`` (in lower case) say one side only."""
    said = set(words_)
    prosecution, defence = bool(said & _PROSECUTION_WORDS), bool(said & _DEFENCE_WORDS)
    return None if prosecution == defence else "prosecution" if prosecution else "defence"


# Words before a noun that say when, not what: "the former councillor".
_NO_OFFICE_WORDS = frozenset({"former", "retired", "acting", "interim", "then", "new"})
# Kin owned by the one speaking: "her father", "my grandpa", "Rui Mendes’s mother".
_OWNED_KIN = re.compile(r"(her|his|my|their|our|.+[’']s)\s+([a-z]+)")
# What a speaker calls a parent or a grandparent ("grandpa", "mum"), as the lexicon's kin word.
_KIN_SYNONYMS = {called: {("m", "parent"): "father", ("f", "parent"): "mother",
                          ("m", "grandparent"): "grandfather",
                          ("f", "grandparent"): "grandmother"}[kin]
                 for called, kin in FAMILY_CALLED.items()}
# A question's close, or "asked" in the tag after a quotation.
_ASKED = re.compile(r"\?|\basked\b")
# A pronoun tag right after a quotation's close: "“...,” he said".
_PRONOUN_AFTER = re.compile(r"[,.!?]?[”’\"']?\s+(he|she)\b")
# Words before a noun that set one of two apart: "the older man", "the other driver".
_SETTING_APART = frozenset({"older", "younger", "elder", "eldest", "youngest", "other"})
_NAMED_LATER_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their"})
# Nouns for sources a story keeps unnamed: whoever it names next is someone else.
_UNNAMED_HEADS = frozenset({"source", "insider", "official", "spokesperson", "spokesman",
                            "spokeswoman"})
# A sentence opening with "he" or "she" as its subject.
_PRONOUN_OPENS = re.compile(r"\s*(He|She)\s+[a-z]")
# A tag of the quotation's own opening with a pronoun ("she and Rose-Lynn sing").
_PRONOUN_TAG_AFTER = re.compile(r"\s*(?:he|she|they)\b")
# A subject pronoun after it other than its own, of a clause of its own ("so upset that I").
_ANOTHER_SUBJECT = re.compile(r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\b")
# ", as he puts it", "as Hale put it" right after a quotation: whose words they are.
_AS_PUT_IT_AFTER = re.compile(
    r"[\s,]*(?:[—–]\s*)?as\s+(?P<subj>[Hh]e|[Ss]he|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>puts|put|says|said|calls|called|describes|described)\s+it\b")
# The same before the quotation, set off by commas: "grew up, as she put it, “under the
# cutting table”", "a nurse who is, in her words, “not there to fix everybody”", "by
# Tanaka-Brooks' own account, “the most stubborn athlete I had ever met”".
_AS_PUT_IT_BEFORE = re.compile(
    r"\b(?:as\s+(?P<subj>[Hh]e|[Ss]he|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>puts|put|says|said)\s+it"
    # ("as one Shepherd farmer put it, “", "as his death notice put it, “", "As one resident
    # put it, “", "as more than one person put it at his funeral, “": someone the story
    # describes and names nowhere, or a document; not "the mayor", whom it may name.)
    r"|[Aa]s\s+(?P<desc>(?:more\s+than\s+one|one|an?|his|her|their)(?:\s+[\w’'-]+){1,3}?)"
    r"(?:\s+(?:[a-z]+ly|once|later|then))?\s+(?P<put>puts|put)\s+it"
    r"(?:\s+at\s+(?:his|her|their|the|a)\s+[\w’'-]+)?"
    r"|(?:in|by)\s+(?P<owner>[Hh]is|[Hh]er|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w'-]*?)(?:[’']s?)?"
    r"\s+(?:own\s+)?(?:words|account|telling))\s*,?\s*[\"“‘']?$")
_PRONOUN_OF_OWNER = {"his": "he", "her": "she"}


def _put_by_someone(desc: str) -> bool:
    """Whether ``desc`` ("one Shepherd farmer", "his death notice") ends in a noun for a
    person or a document, as the one who "put it" must: not "an old Irish proverb", "a cliché".
    Someone's person ("his daughter") is no speaker a card can show without whose: documents
    only after "his", "her" or "their"."""
    head = desc.split()[-1].lower()
    if desc.split()[0].lower() in ("his", "her", "their"):
        return singular(head) in DOCUMENT_NOUNS
    return is_person_noun(head) or singular(head) in DOCUMENT_NOUNS
# Who puts the questions, in the paragraph before a "Q:"/"A:" exchange: "Under questioning
# from his own barrister, Imogen Stalbridge SC,", "Under cross-examination by Meridian's ...".
_QUESTIONED_BY = re.compile(r"\b(?:questioning|questioned|examination|cross-examination|"
                            r"cross-examined|examined|interviewed)\s+(?:from|by)\b")


def _interview_voices(article: Article, found: list[Found], quotes: list[Quote],
                      attributor: _Attributor) -> dict[int, str | None]:
    """Who asks ("Q") and who answers ("A") in each run of "Q:"/"A:" paragraphs, by start.

    Only where the story says who is questioned. After "Under questioning from Imogen
    Stalbridge, ..." or "cross-examination by ...", the person named there asks, and the
    sentence's own subject ("Mr Carrathers conceded") answers, else the person quoted last
    before the run (a witness giving evidence), never the asker. With no such sentence, the
    answers are the one person the story has named when it says it asked or interviewed
    someone ("We've asked him to share some insights"), and no one's otherwise: an explainer's
    "Q: How hot will it get?" is the newsroom's, and "In an interview with presenter Owen
    Castellan, Mayor Leonie Fairweather ..." leaves who answers to a guess. A run that follows
    another with no new questioner goes on with its voices.
    """
    names = attributor.names
    masked = attributor.masked
    voices: dict[int, str | None] = {}
    run_start = -2
    asker: str | None = None
    answerer: str | None = None
    # What came before the run, read once front to back (a long transcript stays linear):
    # the named speakers of earlier quotations and the people named so far (two are enough).
    spoken: list[str] = []
    qi = 0
    named: set[str] = set()
    mentions = names.mentions
    mi = 0
    for f in found:
        if not (f.unmarked and f.label in ("Q", "A")):
            continue
        para = f.paragraphs[0]
        if para > run_start + 1:
            at = f.spans[0][0]
            while qi < len(quotes) and quotes[qi].end <= at:
                if quotes[qi].speaker and quotes[qi].speaker_kind == "name":
                    spoken.append(quotes[qi].speaker or "")
                qi += 1
            while mi < len(mentions) and mentions[mi].start < at:
                entity = mentions[mi].entity
                if len(named) < 2 and entity.kind == "person" and entity.shown_person:
                    named.add(entity.name)
                mi += 1
            # The paragraph before the run, or the one before that ("Under cross-examination
            # by ..., Mrs Cole accepted ... // The exchange went as follows:").
            intro, by = None, None
            for k in (para - 1, para - 2):
                if k >= 0 and by is None:
                    intro = article.paragraphs[k]
                    by = _QUESTIONED_BY.search(masked, intro.start, intro.end)
            if intro is not None and by is not None:
                # (Not whose barrister: "by Meridian's barrister, Desmond Achterberg KC,".)
                people = [m for m in names.mentions_between(by.end(), intro.end)
                          if m.entity.kind == "person"
                          and masked[m.end : m.end + 2] not in ("’s", "'s")]
                asking = people[0].entity if people else None
                asker = asking.name if asking else None
                subject = next((m.entity for m in people[1:] if m.entity is not asking
                                and attributor._verb_at(m.end)), None)
                witness = next((name for name in reversed(spoken[-8:]) if name != asker), None)
                answerer = subject.name if subject else witness
            elif answerer is None and run_start < 0 and len(named) == 1:
                lead = article.paragraphs[max(0, para - 3)].start
                if _INTERVIEWED.search(masked, lead, at):
                    answerer = next(iter(named))
        run_start = para
        if f.label == "A" and answerer is None and asker is None:
            # A profile's "In her own words" box: answers in the first person, after the
            # story has quoted its central person by name, are theirs (an explainer's
            # "A: The bill goes to the Senate" is no one's).
            central = names.central_person()
            text = " ".join(article.body[a:b] for a, b in f.spans)
            if central is not None and central.name in spoken and _FIRST_PERSON.search(text):
                answerer = central.name
        voices[f.spans[0][0]] = asker if f.label == "Q" else answerer
    return voices


_FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|I[’']d|my|me|myself)\b")
# A story saying it put questions to someone: "We've asked him", "in an interview", "sat down".
_INTERVIEWED = re.compile(r"\b(?:asked|interview(?:ed)?|sat down with|spoke (?:to|with)|"
                          r"talked (?:to|with)|questions)\b", re.IGNORECASE)


# Quotation marks and spaces around a transcript turn's words.
_AROUND_TURN = "\"“”‘’'«» \n"


def _turns_in_marks(quotes: list[Quote]) -> list[Quote]:
    """A transcript turn whose words are all one marked quotation ("WIERZBICKI: “How many
    riders ...?”") is that quotation, once, in the words of the label's speaker; listed
    twice, the two could credit two people. (``quotes`` in order of start.)"""
    turns = {q.start: q for q in quotes if q.cue is None and q.speaker and len(q.spans) == 1
             and q.text[:1] in _AROUND_TURN}
    if not turns:
        return quotes
    dropped: set[int] = set()
    out: list[Quote] = []
    for quote in quotes:
        turn = turns.get(quote.start - 1) or turns.get(quote.start)
        if turn is not None and turn is not quote and len(quote.spans) == 1 and (
                turn.text.strip(_AROUND_TURN) == quote.text.strip(_AROUND_TURN)):
            dropped.add(id(turn))
            quote = replace(quote, speaker=turn.speaker, speaker_kind=turn.speaker_kind,
                            role=turn.role, cue=None, via=None)
        out.append(quote)
    return [q for q in out if id(q) not in dropped]


def _echoes(quotes: list[Quote]) -> list[Quote]:
    """A quotation nobody is credited with whose words another, credited quotation nearby holds
    is that speaker's: a subhead or pull quote lifted from the body ("We write with urgency"
    over a letter that says "so we write with urgency"). Only the quotations within
    ``_ECHO_REACH`` of it are read, so a long story stays linear."""
    # (Each quotation's words are read only when a test needs them: most stories credit
    # every quotation, and need none.)
    normal: dict[int, str] = {}

    def words_of(k: int) -> str:
        if k not in normal:
            normal[k] = " ".join(_ECHO_WORD.findall(quotes[k].text.lower()))
        return normal[k]

    out = []
    for i, quote in enumerate(quotes):
        # (A body the story calls only by its kind, "the doctors' group", gives way too, to a
        # body the words' own credit names: not to a person quoting its words back.)
        if (quote.speaker is None or quote.unnamed_body) and words_of(i).count(" ") >= 2:
            lo, hi = max(0, i - _ECHO_REACH), min(len(quotes), i + _ECHO_REACH + 1)
            # (Not from a quotation that holds this one: a transcript turn quoting someone.)
            source = next((quotes[j] for j in range(lo, hi) if j != i and quotes[j].speaker
                           and quotes[j].speaker != quote.speaker and (
                               quote.speaker is None or quotes[j].speaker_kind == "organisation")
                           and len(words_of(j)) > len(words_of(i)) and words_of(i) in words_of(j)
                           and not quotes[j].start <= quote.start < quotes[j].end), None)
            if source is not None:
                quote = replace(quote, speaker=source.speaker, speaker_kind=source.speaker_kind,
                                role=source.role)
        out.append(quote)
    return out


_ECHO_REACH = 30
# Whose words a sentence before a colon names as its subject: "Her message to the board was
# blunt:", "The union leader’s message was simple:", "Kereama's reply was short:".
# (A tribute, remarks or a speech too, when the sentence says how they were: "His tribute at
# the graveside was brief:"; not "His comments drew a sharp reply from Aisha Khan:".)
_OWNED_WORDS = re.compile(
    r"(?P<owner>[Hh]er|[Hh]is|(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?[\w-]+[’']s)\s+(?:[a-z-]+\s+)?"
    r"(?:message|messages|words|reply|response|answer|advice|verdict|warning|plea|retort|"
    r"assessment|explanation|instructions?|conclusion|view|take|point|"
    r"(?P<remarks>tributes?|remarks|comments?|speech|eulogy|statement))\b")
# A subject's words for someone, before the colon: " had a direct message for motorists:".
_HAD_WORDS_FOR = re.compile(
    r"(?P<who>[Tt]he\s+(?P<role>[a-z][\w-]*)|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
    r"\s+(?:also\s+)?(?:had|has)\s+(?:a|an|some|one)\s+(?:[a-z-]+\s+)?(?:message|warning|advice|"
    r"plea|word|words|request)\s+for\s+[^:]{1,80}:\s*")
# How the words were, ending the sentence before the colon: "was brief:", "were short:".
_WERE_HOW = re.compile(r"\b(?:was|were|is|are)\s+(?:[a-z]+\s+)?[a-z-]+\s*:\s*$")
# "She was direct:", "He was more blunt:": a pronoun, a copula and how, before the colon.
_COPULA_HOW = (
    r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:more|less|even|[a-z]+ly)\s+)?"
    # (How they were, not what was done to them: "She was told:", "He was warned:" bring in
    # someone else's words.)
    r"(?![a-z-]*ed\b|(?:told|given|shown|sent|asked|read|taught|left|brought|caught|found|made|"
    r"said|heard|seen|known|written|spoken|informed)\b)[a-z-]+"
    # ("was blunt in his assessment:", "was unhappy with the refereeing:", "was scathing
    # about the council's plans:", "was blunt about why it had taken so long:")
    r"(?:\s+in\s+(?:his|her|their)\s+[a-z]+|\s+(?:with|about|over|of|on)\s+(?:(?:his|her|"
    r"their|the|a|an|this|that)\s+)?[\w’'-]+(?:\s+[a-z-]+){0,5})?\s*:")
_PRONOUN_COPULA = re.compile(r"(?:He|She)" + _COPULA_HOW)
# The same after a name and what is set off after it: "Haroon Bacchus, the owner of the mill
# where the protest was held, was blunt:".
# (A party's or a body's initials in brackets may follow the name: "Tomáš Kratochvíl (STAN), who
# has overseen the project, was blunt:".)
_NAME_COPULA = re.compile(r"(?:[ \xa0]\([A-Z][\w&.-]{1,10}\))?(?:,[^,;:]{1,120},)?" + _COPULA_HOW
                          + r"[\s“\"‘']*")
# Of whom a description is: "A friend| of the actress".
_OF_WHOM = re.compile(r"\s+(?:of|for|at|from|with|in)\s+(?:(?:the|a|an|his|her|their)\s+)?"
                      r"[\w’'-]+")
# A word of a title before a name: "Festival director", "Chief Inspector".
_TITLE_WORD = re.compile(r"[A-Za-z][\w-]*")
# What a sentence before a colon may name instead of its subject's words: a text, or someone
# else's words ("remembers the last line of the first one:", "the defendant's words to
# police:", "keeps the note her son left:").
_WORDS_OF_ANOTHER = re.compile(
    r"\b(?:note|notes|letter|letters|message|messages|sign|signs|statement|post|posts|words|"
    r"line|lines|caption|text|texts|email|emails|lyric|lyrics|verse|motto|slogan|headline|"
    r"banner|placard|card|quoted|quoting|reads?|wrote|written|inscription|tweet)\b")
_ECHO_WORD = re.compile(r"[\w’'-]+")


# "and other", "and 16 other" before a plural: others beside someone named.
_AND_OTHER = re.compile(r"\band\s+(?:\d+\s+|[a-z]+\s+)?other\s+(?:[a-z-]+\s+)?$")
# What follows "read" when something is read out: an object or "out", "aloud", "from".
_READ_SOMETHING = re.compile(
    r"\s+(?:the|a|an|his|her|their|its|this|that|these|those|out|aloud|from|it|them)\b")
# "called on the “interim” government": "call on" is to urge, and words quoted in whom it
# urges are the story's label for them (not "called on police to “release the videos”", the
# urging's own words, nor "called on Monday for “a full inquiry”").
_CALLED_ON = re.compile(r"\s+(?:on|upon)\b(?!.*\b(?:to|for)\b)", re.DOTALL)


def _unnamed_many(head: str) -> bool:
    """Whether a plural noun with no article names people or bodies left unnamed: "officers",
    "prosecutors", and the kinds of body ("regulators", "lenders") that one of them would be
    "the regulator" of."""
    if not is_plural(head):
        return False
    one = singular(head)
    return is_person_noun(head) or (one in ORG_WORDS and one not in _GROUPS)


# A clause that opens its sentence or follows a comma, of a name, its verb (an adverb may come
# first) and up to eight words, ending in a colon right before the quotation.
# (The name may be "the younger" of two, and a clause with "who" (``WHO_CLAUSE``) may be set
# off after it: "the younger Vukić was almost lost for words:", "Tomáš Kratochvíl, who has
# overseen the project since 2022, was blunt about why it had taken so long:". Not "The
# Spaniard, who took charge in the summer, added:", a people's word read as a name.)
_NAME_VERB_COLON_SHAPE = (
    # (A search starts past the space after a full stop: "... too late. Social Democrat".)
    r"(?:^|(?<=[,.!?\n])\s*|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))"
    r"(?:the\s+(?:younger|elder|older)\s+)?"
    # (Or after the words of their post: see _POST_NAME_VERB_COLON.)
    r"<post>"
    # (With a particle inside: "Joanico da Costa".)
    r"(?P<name>(?!(?:The|A|An)\s)[A-Z][\w’'.-]*(?:\s+(?:(?:" + _PARTICLE_ALTERNATION
    + r")\s+)?[A-Z][\w’'.-]*){0,3})"
    r"(?:" + WHO_CLAUSE + r")?"
    # (A name set off after its role, "The president, Joanico Soares, put it simply:".)
    r"(?P<rest>,?\s+(?:[a-z]+ly\s+)?[a-z][\w’'-]*(?:\s+[\w’'-]+){0,8})\s*:\s*[\"“‘']*$")
_NAME_VERB_COLON = re.compile(_NAME_VERB_COLON_SHAPE.replace("<post>", ""))
# The same after the words of the name's post (the caller checks the story gave them the
# name): "Social Democrat group leader Jonas Lindholm was blunt:".
_POST_NAME_VERB_COLON = re.compile(_NAME_VERB_COLON_SHAPE.replace(
    "<post>", r"(?P<post>(?:[A-Z][\w’'-]*\s+){0,3}"
    # (No small word among them: "Rory Delahunt of bookmaker Betfinch said:" is his.)
    r"(?:(?!(?:of|for|at|from|with|in|on|to|by|and|or|the|a|an)\s)[a-z][\w-]*\s+){1,3})"))
# Someone else in a set-off name's verb phrase: "stood beside him as he said:".
_ANOTHER_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|them)\b")
# When the one a bare "That was" names spoke: "after his side beat KuPS", ", 44, speaking
# to reporters"; with no "though" or "but" to say the words were not theirs.
_SPOKE_WHEN = re.compile(rf"(?:{_AGE_SET_OFF.pattern})?,?\s+(?:after|speaking|addressing|talking)\b"
                         r"(?![^.!?\n]*\b(?:though|although|but|quoting|recalling|reading)\b)")
# A role that opens a sentence, set off before the name: "Its president, ", "The club's
# new coach, ".
_ROLE_OPENING_SET_OFF = re.compile(r"\s*(?:The|Its|Their|His|Her|Our)\s+(?:[\w’'-]+\s+){0,5}?"
                           r"[a-z][\w-]*,\s+")
# A sentence of only a word for what comes next, before a colon: "Then, more seriously:",
# "Later:", "And finally:".
# (Only an adverb or a manner may follow: "Then, from the government benches:", "Later, in
# a written reply:", "Then, a question from the floor:" bring in someone else.)
_GOES_ON_COLON = re.compile(
    r"\s*(?:(?:And|But)\s+)?(?:Then|Later|Finally|Afterwards|Again|Still)"
    r"(?:,?\s+(?:(?:more|less|much)\s+)?[a-z]+ly|,?\s+with\s+an?\s+[a-z]+)?\s*:\s*[\"“‘']*")
# Words before a name that say only who they are: "Ugandan opposition leader ", "an emotional
# Nadroga captain " (a name only before a word in lower case: the team's, not a second person).
_ROLE_WORDS_ONLY = re.compile(r"(?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?"
                              r"(?:(?:[A-Z][\w’'-]*\s+){0,2}[a-z][\w-]*\s+){0,3}")
# A word alone, a term rather than speech: "premetro", "orange".
_ONE_WORD = re.compile(r"\W*\w+\W*")
# An opening mark: the body's words right after its name.
_OPENING_MARK = re.compile(r"[“\"‘]")
# Verbs after a body that make it what others act on, or that only help another verb.
_NOT_ITS_OWN_ACT = words("is was were are be been being faces face faced suffered suffers "
                         "received receives got gets became becomes remains remained")
_AUXILIARIES_OF_ACTS = words("has have had will would could can may might must should")
_PASSIVE_NEXT = re.compile(r"(?:\s+[\w’'-]+){0,2}?\s+(?:be|been|being)\b")
# A document someone read out or made known, before the name of who sent it: "read out a
# letter from ", "quoted an email by ". (Not one dismissed or answered: "dismissed a letter
# from the widow:" is the dismisser's words.)
_SENT_FROM = re.compile(r"\b(?:read|reads|read\s+out|quoted|quoting|shared|published|released|"
                        r"posted|heard)\s+(?:from\s+)?(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?"
                        r"(?:letter|note|message|email|e-mail|text|statement)\s+"
                        r"(?:from|by|written\s+by)\s+")
# A description set off before the name: "the widow, ", "her late husband's sister, ".
_SET_OFF_BEFORE_NAME = re.compile(r"(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+")
# A paragraph that says whose words the quotation before it were: "Those were the words of ",
# "That was the message from ".
_WORDS_OF_LEAD = re.compile(r"(?:(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+)?(?:words|message|verdict|warning|view|plea|"
                            r"reaction|assessment|response|remarks|comments)\s+(?:of|from)"
                            r"|The\s+(?:words|remarks|comments|warning|plea)\s+(?:came|come)\s+"
                            r"from"
                            # ("That was IFK Mariehamn head coach Robin Lindqvist after his side
                            # beat KuPS", after words with no tag of their own: see
                            # _words_of_next.)
                            r"|(?P<bare>(?:That|This)\s+(?:was|is))(?=\s+(?:the\s+)?[A-Z]))\s+")
# An office or a body in capitals before a name ("the Secretary of State for Education and
# Culture, ", "Free List (FL) MP "): capitalised words, their small joining words and a
# body's bracketed initials, set off by a comma or not.
_OFFICE_IN_CAPITALS = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|for|and|the|\([A-Z]{2,6}\))"
                                 r"(?:,\s+|\s+)){1,10}")
# Words after which the colon introduces someone else's words or a thing, not the name's:
# "Police found a note that read:", "Hale quoted his father:".
_NOT_COLON_SUBJECT = re.compile(
    r"\b(?:that|which|who|whose|quoted|read|reads|wrote|to|of|by|heard|hears|got|gets|received|"
    r"receives|overheard|saw|sees|watched|shared|found|finds|kept|keeps|showed|shows|held|holds|"
    r"pointed|points|(?:was|were|is|are|been)\s+(?:\w+ly\s+)?"
    r"(?:told|asked|given|shown|sent|seen|\w+ed))\b")


def _is_document(got: Attribution) -> bool:
    """A document the story names no author for ("the report"): a weaker source than a person
    the sentence names ("Morrison said in a statement, “...” at the hostages’ release, adding
    that ..." is Morrison's). The credit line's own test, so the two never disagree."""
    # (Imported here: socialkit.attribution reads the quote lexicon, whose package imports
    # this module, so a module-level import breaks when attribution is imported first.)
    from socialkit.attribution import names_a_document

    return names_a_document(got.speaker, got.kind)
