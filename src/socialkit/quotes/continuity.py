"""Quotations with no speech tag of their own that go on in an earlier speaker's voice.

News writing gives one speaker consecutive sentences and paragraphs: "“A,” Rivera said. // “B.”".
Each rule here says when a quotation continues the previous quotation's speaker, or the subject
of the sentence before it, and when someone else has come between.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from socialkit.quotes.lexicon import CUE_VERBS, TELL_VERBS
from socialkit.quotes.marks import _MARKS, _mark_after
from socialkit.quotes.names import Entity
from socialkit.quotes.people import is_person_noun
from socialkit.quotes.sentences import _scene_end
from socialkit.quotes.speakers import (
    BUT_AND_YET,
    _as_description,
    _brings_in_one,
    _opening_person,
    _Speakers,
)
from socialkit.quotes.story import _NONE, Attribution
from socialkit.quotes.tag_patterns import (
    _ANY_PRONOUN,
    _BEING_BEFORE,
    _CUES,
    _NP,
    _THE_AGE,
    cue_at_end,
    cue_word,
)

# The parts of a sentence's opening: a conjunction, an age for its subject ("the 19-year-old",
# "the then 76-year-old": ``_THE_AGE``) and the subject's verb after any adverb.
_LEAD = r"\s*(?:(?:But|And|Yet)\s+)?"
_VERB_AFTER = r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
# A sentence opening with "he", "she" or an age and a verb: "He added that ...", "she is vague",
# "the 19-year-old grinned".
_PRONOUN_OPENS = re.compile(_LEAD + rf"([Hh]e|[Ss]he|{_THE_AGE})" + _VERB_AFTER)
# An age and a noun for a person opening a sentence: "the 34-year-old director said".
_AGED_NOUN_OPENS = re.compile(_LEAD + rf"({_THE_AGE}\s+(?P<noun>[a-z][a-z-]*))" + _VERB_AFTER)

# After a description that opens a sentence, its cue verb: past where they are from or work
# (" in his 40s", " at one of the private pension funds") and a clause that says more of them,
# set off by commas or a "who" clause ("who asked not to be named").
_DESCRIBED_REPORTS = re.compile(
    r"(?P<where>\s+(?:of|at|from|in|with|on)\s+[^,.;:!?\"“”\n]{1,60}?)?"
    r"(?:,[^,.;:!?\"“”\n]{1,120},|\s+who\s+[^,.;:!?\"“”\n]{1,80}?)?"
    r"\s+(?:(?:also|then|later|[a-z]+ly)\s+)?(?P<verb>" + _CUES + r")\b")
# Words in the first person singular ("I", "me", "my"), and with the plural ("we", "our").
_I = r"I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself"
_FIRST_PERSON = re.compile(rf"\b(?:{_I})\b")
_WE_OR_I = re.compile(rf"\b(?:{_I}|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b")

# A word for a message: reported speech that holds one reports someone else's words
# (``_reports_others``).
_MESSAGE_WORD = re.compile(r"\b(?:message|messages|post|posts|text|texts|letter|note|email|"
                           r"chant|chants|chanting|calling|shouting|sign|banner)\b")
# Words for something shown or played ("a recording", "a placard"): a quotation after them is
# its words, not the subject's.
_SHOWN_WORDS = re.compile(_MESSAGE_WORD.pattern + r"|\b(?:recording|recordings|tape|video|audio|"
                          r"footage|voicemail|call|placard|placards|poster|sign|signs|read|"
                          r"reads|played|screen|statement)\b")


def _reports_others(masked: str, pos: int, end: int) -> bool:
    """Whether the words a subject reports, from ``pos`` to ``end``, hold someone else's words:
    a cue verb ("told the jury that Loughlin wrote on his page", "said the referee had warned
    him") or a word for a message ("said she got a text"). The quotation after may be theirs."""
    return cue_word(masked, pos, end) is not None or (
        _MESSAGE_WORD.search(masked, pos, end) is not None)


class _Continuity(_Speakers):
    """The rules by which an untagged quotation takes an earlier speaker."""

    def _carried_to_fragment(self, index: int, s_start: int, s_end: int) -> Attribution:
        """"“We have one of the largest networks,” he says. The goal is to deliver a “seamless
        experience” ...": a fragment in the sentence right after a full quotation of its own
        paragraph, in a sentence that names no one and has no pronoun for anyone, goes on with
        that quotation's speaker."""
        f = self.found[index]
        if index == 0 or self.found[index - 1].paragraphs[-1] != f.paragraphs[0]:
            return _NONE
        prev, got = self.found[index - 1], self.results[index - 1]
        if prev.kind != "full" or not got.speaker or got.kind == "description":
            return _NONE
        sentences = [b for b in self.sentences[f.paragraphs[0]] if b[1] <= s_start]
        if not sentences or not sentences[-1][0] <= prev.spans[-1][1] <= sentences[-1][1]:
            return _NONE  # the quotation is not in the sentence right before
        if self.names.mentions_between(s_start, s_end) or _ANY_PRONOUN.search(
                self.masked, s_start, s_end):
            return _NONE
        return Attribution(got.speaker, None, None)

    def _sentence_before(self, para: int, open_at: int) -> Attribution:
        """"..., Schiff said. “The other factor ...”": a quotation that opens a sentence after
        an attributed one of its own paragraph, with no quotation before it there, goes on
        with that sentence's speaker when the cue ends it."""
        sentences = [(s, e) for s, e in self.sentences[para] if e <= open_at]
        if not sentences:
            return _NONE
        s, e = sentences[-1]
        text = self.masked[s:e].rstrip(" .\n")
        cue = cue_at_end(text)
        if not cue:
            return self._subject_goes_on(s, e, open_at)
        if "," not in text or not self._lone_np_before(text, cue, s):
            return _NONE
        np = self._last_np(text, 0, cue.start(), s)
        got = self._resolve(np, s, cue.group()) if np is not None else _NONE
        return self._with_via(got, s, e) if got.speaker else _NONE

    def _subject_goes_on(self, s: int, e: int, open_at: int) -> Attribution:
        """"Bridenstine expects to produce three rockets. “Adding another could ...”": a
        quotation with no tag of its own, right after a sentence of its paragraph whose subject
        is a person and which names no one else, is that person's."""
        k = bisect_left(self._quote_starts, s)
        if self.masked[e:open_at].strip(_MARKS + " \xa0") or (
                k < len(self._quote_starts) and self._quote_starts[k] < e):
            # (A sentence with a quotation of its own, "Delgado called the plan “a gift”",
            # gives its speaker only through that quotation's own rules.)
            return _NONE
        subject = self._sole_subject(s, e) or self._reporting_subject(s, e)
        if subject is None:
            described = self._described_reporter(s, e, open_at)
            return described if described.speaker else self._pronoun_goes_on(s, e, open_at)
        if len(subject.tokens) == 1:
            mention = next(m for m in self.names.mentions_between(s, e) if m.entity is subject)
            if self._is_epithet(subject, mention.start, self.masked[mention.start : mention.end]):
                # "Asked about his job, the Spaniard shrugged. “...”": whom the epithet is.
                subject = self._topic_person(s) or self._just_quoted(s)
        return Attribution(subject.name, None, None) if subject is not None else _NONE

    def _reporting_subject(self, s: int, e: int) -> Entity | None:
        """"Harrington, whose best was 64 against Glamorgan, said he owed much to Merriman.":
        the person who opens the sentence and reports speech with a cue verb right after the
        name (or its clause set off by commas), whoever else the reported words name."""
        text = self.masked[s:e]
        opening = s + _scene_end(text)
        opening += len(self.masked[opening:e]) - len(self.masked[opening:e].lstrip())
        reporter = self._opening_reporter(opening, e)
        if reporter is None:
            return None
        first, verb = reporter
        if self.masked[first.end : first.end + 2] in ("’s", "'s"):
            return None
        if _reports_others(self.masked, verb.end(), e):
            # "Prosecutor Nadia Hussain told the jury that Loughlin wrote on his page.",
            # "said he was sent the message by an account": the quotation after is the words
            # reported, someone else's.
            return None
        # ("Tom Hale read the letter aloud": reading out is someone else's words.)
        return first.entity if verb.group("verb") != "read" and first.entity.shown_person else (
            None)

    def _described_reporter(self, s: int, e: int, open_at: int) -> Attribution:
        """"A man in his 40s who asked not to be named said he had spent the night at the
        community centre. “...”": someone new the story leaves unnamed, who opens the sentence
        before a quotation with no tag of its own and reports speech by a cue verb, in a
        sentence that names no person, is the one who goes on speaking, as a named subject is
        (``_reporting_subject``)."""
        text = self.masked[s:e]
        m = _opening_person(text)
        if m is None or not _brings_in_one(m) or any(
                x.entity.kind == "person" for x in self.names.mentions_between(s, e)):
            # (Only one person in view: "A nurse said Dr Hale had left. “...”" may go on in
            # either voice.)
            return _NONE
        reports = _DESCRIBED_REPORTS.match(text, m.end())
        if reports is None or _reports_others(self.masked, s + reports.end(), e) or (
                _BEING_BEFORE.search(text, 0, reports.start("verb"))) or not (
                _WE_OR_I.search(self._quotation_at(open_at))):
            # (Nor when the words reported are someone else's or a message: "A teacher said
            # the head had told her ...", "said she got a text"; nor when the one described is
            # told something, "A woman who asked about her son was told to wait"; and only
            # words in the first person, as a source's own go on: "A nurse said one of them
            # had begged for water. “Please, just a little water.”" are the patient's.)
            return _NONE
        where = reports.group("where") or ""
        return Attribution(_as_description(m.group("desc") + where), None, None, "description")

    def _pronoun_goes_on(self, s: int, e: int, open_at: int) -> Attribution:
        """"He added that the dressing room believed the title was possible. “...”", "Asked
        what comes next, she is vague. “...”": a sentence that names no one, whose subject is
        "he" or "she" reporting speech (a cue verb, or "Asked ..." before it), goes on with that
        person, and so does the quotation after it; so does an age that opens it ("Asked
        about his second goal, the 19-year-old grinned."), for the person the age is. A
        sentence only about someone ("He showed no emotion as the sentence was read. “You are
        a danger ...”") says nothing of who speaks next."""
        text = self.masked[s:e]
        lo = _scene_end(text)
        opening = _PRONOUN_OPENS.match(text, lo)
        if opening is not None and opening.group("age") and (
                opening.group("verb") not in CUE_VERBS):
            # ("Speaking after the gala, the 34-year-old director said": the age's noun
            # before the verb, when it is one for a person.)
            aged_noun = _AGED_NOUN_OPENS.match(text, lo)
            if aged_noun is not None and is_person_noun(aged_noun.group("noun")):
                opening = aged_noun
        # (Someone named in the phrase that sets the scene is no rival: "Speaking to Romania
        # Insider after the gala, the 34-year-old director said"; nor is the outlet or body
        # told, right after the verb: "He told Czech Radio backstage that the role had been
        # the hardest of his career. “...”" names no one else who may speak; unless the words
        # told report someone else's, "He told Sky News the coach had shouted ... “...”", or
        # the quotation is not in the first person, as the teller's own words go on: "He told
        # Reuters the patient begged for help. “Please, just a little water.”".)
        told_at = s + opening.end() if opening is not None and (
            opening.group("verb") in TELL_VERBS) and not _reports_others(
            self.masked, s + opening.end(), e) and self._first_person_at(open_at) else None
        if opening is None or any(not (
                told_at is not None and m.entity.kind == "org"
                and not self.masked[told_at : m.start].strip())
                for m in self.names.mentions_between(s + lo, e)) or not (
                opening.group("verb") in CUE_VERBS or text[:lo].lstrip().startswith("Asked")
                or (self._first_person_at(open_at) and not _SHOWN_WORDS.search(text))):
            # (Words shown or played are someone else's: "She paused as the recording ended.
            # “Please help me”", "He pointed to a placard. “Save my farm.”")
            return _NONE
        if opening.group(0).lstrip()[:3] in BUT_AND_YET and _reports_others(
                self.masked, s + opening.end(), e):
            # ("But he said the referee had warned him ...", "And she said a second message
            # arrived": the quotation after may be the referee's or the message.)
            return _NONE
        # (Nor is the one that phrase names then the subject: "Speaking alongside governor Kamau
        # Thugge, the 49-year-old said" is not Thugge.)
        scene = {m.entity.name for m in self.names.mentions_between(s, s + lo)}
        if opening.group("age"):
            # "Asked about his second goal, the 19-year-old grinned. “...”": whom the age is.
            # (The age and any noun as a tag writes them, "the" in lower case: "the
            # 34-year-old director".)
            got = self._aged("t" + opening.group(1)[1:], int(opening.group("age")),
                             s + opening.start(1), "said")
            return Attribution(got.speaker, None, None, got.kind) if (
                got.speaker and got.kind != "description" and got.speaker not in scene) else _NONE
        np = _NP.match(self.masked, s + opening.start(1))
        if np is None or not np.group("pronoun"):
            return _NONE
        got = self._resolve(np, 0, "said")
        return Attribution(got.speaker, None, None, got.kind) if (
            got.speaker and got.speaker not in scene) else _NONE

    def _quotation_at(self, at: int) -> str:
        """The words of the first quotation opening at or after ``at``."""
        k = bisect_left(self._quote_starts, at)
        return self._words_of(k) if k < len(self.found) else ""

    def _first_person_at(self, open_at: int) -> bool:
        """Whether the quotation opening at ``open_at`` speaks of "I", "me" or "my"."""
        return _FIRST_PERSON.search(self._quotation_at(open_at)) is not None

    def _next_paragraph_of(self, index: int, got: Attribution) -> Attribution:
        """A paragraph that is only a quotation goes on with the previous paragraph's speaker.

        News writing gives one speaker consecutive paragraphs: "“A,” Rivera said. She had
        warned the board before. // “B.”" Only when the previous paragraph's last quotation is
        a full one with a speaker, no one else (person, body or another pronoun's gender) is
        named after it, and nothing but the quotation stands in this paragraph.
        """
        f = self.found[index]
        para = self.article.paragraphs[f.paragraphs[-1]]
        close_at = _mark_after(self.body, f.spans[-1][1])
        if got.cue or self.masked[close_at : para.end].strip() or index == 0:
            return _NONE
        j = index - 1
        pj = self.found[j]
        if pj.paragraphs[-1] != f.paragraphs[0] - 1 or pj.kind != "full":
            return _NONE
        speaker = self.results[j].speaker
        entity = self.people.get(speaker) if speaker else None
        if entity is None:
            return _NONE
        tail_from = _mark_after(self.body, pj.spans[-1][1])
        tail_to = self.article.paragraphs[f.paragraphs[0] - 1].end
        if any(m.entity is not entity for m in self.names.mentions_between(tail_from, tail_to)):
            return _NONE
        other = {"f": r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b", "m": r"\b(?:[Ss]he|[Hh]er)\b"}
        tail = self.masked[tail_from:tail_to]
        if entity.gender is None or re.search(other[entity.gender], tail) or re.search(
                r"\b(?:[Tt]hey|[Ww]e|I)\b", tail):
            return _NONE
        return Attribution(entity.name, None, None)

    def _voice_goes_on(self, index: int, open_at: int) -> Attribution:
        """'“…,” she said. // That process led to a realization: “…”': a full quotation whose
        own sentence names no one goes on with the last quotation's speaker, when that one is
        full, in this paragraph or the last, and no one else (by name or by a pronoun of
        another gender) comes between."""
        if index == 0:
            return _NONE
        f, pj = self.found[index], self.found[index - 1]
        speaker = self.results[index - 1].speaker
        entity = self.people.get(speaker) if speaker else None
        if entity is None or entity.gender is None or pj.kind != "full" or (
                f.paragraphs[0] - pj.paragraphs[-1] > 1):
            return _NONE
        tail_from = _mark_after(self.body, pj.spans[-1][1])
        if any(m.entity is not entity for m in self.names.mentions_between(tail_from, open_at)):
            return _NONE
        other = {"f": r"\b(?:[Hh]e|[Hh]is|[Hh]im)\b", "m": r"\b(?:[Ss]he|[Hh]er)\b"}
        tail = self.masked[tail_from:open_at]
        if len(tail) > 300 or re.search(other[entity.gender], tail) or re.search(
                r"\b(?:[Tt]hey|[Ww]e|I)\b", tail):
            return _NONE
        return Attribution(entity.name, None, None)
