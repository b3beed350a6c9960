"""Who said each quotation (speaker), the word that says so (cue) and where (via).

The attribution is read from the quotation's own sentence (after the quote, between its pieces,
then before it); a quotation that opens its paragraph with no cue of its own takes the speaker of
the quotation it continues, or of the cue sentence that ends the previous paragraph. Partial
quotations are attributed only from their own sentence. Anything unresolved stays None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from socialkit.models import Article, Quote, SpeakerKind
from socialkit.quotes.extract import Found
from socialkit.quotes.lexicon import (
    CUE_VERBS,
    FEMALE_WORDS,
    MALE_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    OUTLET_WORDS,
    PLATFORMS,
    STANCE_VERBS,
    TELL_VERBS,
    TITLES,
)
from socialkit.quotes.marks import (
    _CLOSING_MARKS,
    _MARKS,
    _OPENING_MARKS,
    _last_close,
    _mark_after,
    _mark_before,
    _mask,
)
from socialkit.quotes.names import Entity, Mention, NameIndex, cue_follows, starts_sentence
from socialkit.quotes.people import is_person_noun, is_plural, role_words
from socialkit.quotes.sentences import _WORD, _by_paragraph, _scene_end
from socialkit.quotes.tag_patterns import (
    _AFTER_OPENER,
    _AFTER_PREPOSITION,
    _AGE_EPITHET,
    _ALLEGED,
    _AND_BEFORE_CUE,
    _ANONYMOUS,
    _ANONYMOUS_AFTER,
    _ANY_PRONOUN,
    _APPOSED,
    _APPOSED_NAME,
    _ASIDE,
    _BARE_PLURAL,
    _BE,
    _CALLED_AFTER_RELATIVE,
    _CLAIM_OF,
    _CLAUSE_JOINT,
    _COLON_TAG,
    _COORDINATED_CUE,
    _CREDIT,
    _CUE_AT_END,
    _CUE_AT_OPEN,
    _CUE_BEFORE,
    _CUE_WORD,
    _DESC,
    _DOCUMENTS,
    _GOES_ON_TO,
    _GROUPS,
    _IN_DOCUMENT,
    _IN_PLACE,
    _INVERTED_TAG,
    _ISSUED,
    _MADE_BY,
    _NAME_THEN_BODY,
    _NAMED_BODY,
    _NEW_CLAUSE,
    _NOT_BEFORE_CUE,
    _NOT_EPITHETS,
    _NOT_ROLE_WORDS,
    _NOT_THE_SOURCE,
    _NOT_VERBS,
    _NP,
    _OWNED_DOCUMENT,
    _OWNED_ROLE,
    _OWNER_ROLE,
    _PARENTHESIS,
    _PLACE_ROLE,
    _PLACE_SPEAKS,
    _PREPOSITION_END,
    _PRONOUN_WORDS,
    _PUT_IT_AFTER_AS,
    _RECEIVING_VERBS,
    _RELATIVE_SUBJECT,
    _RELATIVE_WORD,
    _ROLE_THEN_NAME,
    _SAME_DOCUMENT,
    _SHAPED_BEFORE,
    _SPEAKS_FOR,
    _SUBJECT_PRONOUN,
    _SUBJECT_VERB,
    _SUBORDINATE,
    _TAG_AFTER,
    _TITLED_DESC,
    _TITLED_OPENING,
    _UNNAMED_SUBJECT,
    _VERB_AFTER,
    _WITH_BODY,
)
from socialkit.quotes.via import _find_via, _outlet_after


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    cue: str | None
    via: str | None
    # "description" when ``speaker`` is the story's own words for a source it never names,
    # "organisation" for a body named only by its place and kind ("US military"); otherwise
    # None, and the kind comes from the entity the name belongs to.
    kind: str | None = None


_NONE = Attribution(None, None, None)


class _Attributor:
    def __init__(self, article: Article, found: list[Found]) -> None:
        self.article = article
        self.body = article.body
        self.found = found
        self.masked = _mask(self.body, found)
        self.names = NameIndex(self.body, self.masked)
        self.sentences = _by_paragraph(self.names.sentences, article)
        self.results: list[Attribution] = []
        self.people = {m.entity.name: m.entity for m in self.names.mentions
                       if m.entity.kind == "person"}
        self._para_starts = [p.start for p in article.paragraphs]
        self._quote_starts = [f.spans[0][0] for f in found]
        self._aged_cache: dict[int, Entity | None] = {}

    def _sentence(self, para: int, pos: int) -> tuple[int, int]:
        for s, e in self.sentences[para]:
            if s <= pos < e or (pos == e):
                return s, e
        p = self.article.paragraphs[para]
        return p.start, p.end

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
            return Attribution(self._labelled(f.label), None, None)
        named = self._named_just_before(s_start, open_at)
        if named is not None:
            return self._with_via(Attribution(named[0].name, named[1], None), s_start, s_end)
        shaped = _SHAPED_BEFORE.search(masked, s_start, open_at)
        if shaped and f.kind == "full":
            # "Her sister Kim Kardashian commented: “So cute!!”": a subject and any verb, then
            # a colon and the quotation, is its speech tag; no list of verbs is needed.
            np = self._last_np(masked, s_start, shaped.start("verb"), 0)
            if np is not None and np.end() == shaped.start("verb") - 1 and np.group(
                    "pronoun") not in ("I", "we", "We"):
                got = self._resolve(np, 0, shaped.group("verb"))
                if got.speaker:
                    return self._with_via(got, s_start, s_end)
        colon = _COLON_TAG.fullmatch(masked, s_start, open_at)
        if colon:
            # "Prelogar: “The statute is clear.”", "Justice Alito: “Then why ...?”": a name
            # and a colon before the quotation, as in a transcript or a live blog.
            entity = self.names.entity_at(colon.start("name"), colon.end("name"))
            if entity is not None and entity.kind != "place":
                return Attribution(entity.name, None, None)
        # 1. Between the pieces of an interrupted quotation, 2. after it, 3. before it.
        for (_, e1), (s2, _) in zip(f.spans, f.spans[1:], strict=False):
            got = self._parse(_mark_after(body, e1), _mark_before(body, s2), "after",
                              tag_shape=body[e1 - 1] == ",")
            if got.speaker or got.cue:
                return self._with_via(got, s_start, s_end)
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
        inner = _CUE_AT_OPEN.search(masked, s_start, open_at)
        if inner and inner.group("cue") in CUE_VERBS and inner.group("cue") not in STANCE_VERBS:
            # '... recalled that he said, “I'll put a bullet in her skull,” the U.S.
            # attorney's office said': a speech tag right against the opening mark names whose
            # words they are; a tag after the quotation names who reports them.
            got = self._parse(s_start, open_at, "before")
            if got.speaker and got.cue == inner.group("cue"):
                return self._with_via(got, s_start, s_end)
        if _COORDINATED_CUE.match(masked, close_at, after_end):
            # "“...” and said he was ...", "but pledged to": a second verb of the sentence's
            # subject, who is named before the quotation.
            got = _NONE
        elif next_open < s_end and _NEW_CLAUSE.match(masked, close_at, after_end):
            # "Hale called it “fair,” but critics including the ACLU called it “...”": a clause
            # with a subject of its own that leads into the next quotation is that one's tag.
            got = _NONE
        else:
            got = self._parse(close_at, after_end, "after",
                              tag_shape=f.kind == "full" and body[f.spans[-1][1] - 1] in ",?!")
        if not got.speaker and (not got.cue or got.cue.endswith("ing")):
            # '"...," adding that ...' has no subject of its own: the sentence before says who.
            before = self._parse(s_start, open_at, "before")
            if before.speaker or not got.cue:
                got = before
        if got.speaker or got.cue:
            return self._with_via(got, s_start, s_end)
        if f.kind == "partial":
            # "Obama condemned the test as “provocative”": the subject of a stance verb before
            # the fragment, in the fragment's own sentence.
            got = self._parse(s_start, open_at, "before", cues=STANCE_VERBS)
            if got.speaker:
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
        for j in range(index - 1, -1, -1):
            pj = self.found[j]
            if pj.paragraphs[-1] != first_para - 1:
                break
            tail = masked[_mark_after(body, pj.spans[-1][1]) : prev.end]
            if self.results[j].speaker and pj.kind == "full" and len(tail) <= 160 and not re.search(
                    r"[.!?]\s+[A-Z]", tail):
                return self.results[j]
            break
        s, e = self.sentences[first_para - 1][-1] if self.sentences[first_para - 1] else (
            prev.start, prev.end)
        got = self._parse(s, e, "before", last_cue=True)
        if got.speaker:
            return self._with_via(got, s, e)
        return self._next_paragraph_of(index, got)

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
        if not nps or nps[0].start() != start:
            return None
        np = nps[0]
        rest = text[np.end() :]
        if rest.startswith(("’s", "'s", "’", "'")):
            return None  # "Trump’s claim": a possessive is no subject
        verb = _SUBJECT_VERB.match(rest)
        if verb is None or (verb.group("verb") or "") in _NOT_VERBS or _ASIDE.search(
                rest, verb.end()):
            return None
        if (verb.group("verb") or verb.group("participle")) in _RECEIVING_VERBS:
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
                if m is not None and _CUE_WORD.search(m.group("rest")):
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
            return (entity, verb) if entity is not None else None
        # "Apple's chief executive, Tim Cook,": a possessive only says whose role it is.
        for mention in self.names.mentions_between(at, s_start + m.end("subj")):
            if self.masked[mention.end : mention.end + 2] in ("’s", "'s"):
                continue
            if mention.entity.kind in ("person", "org"):
                return mention.entity, verb
            return None
        return None

    def _sentence_subject(self, pronoun: str, s_start: int, at: int) -> Entity | None:
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
        return entity if entity.kind == "person" and entity.gender == want else None

    def _sentence_before(self, para: int, open_at: int) -> Attribution:
        """"..., Schiff said. “The other factor ...”": a quotation that opens a sentence after
        an attributed one of its own paragraph, with no quotation before it there, goes on
        with that sentence's speaker when the cue ends it."""
        sentences = [(s, e) for s, e in self.sentences[para] if e <= open_at]
        if not sentences:
            return _NONE
        s, e = sentences[-1]
        text = self.masked[s:e].rstrip(" .\n")
        cue = _CUE_AT_END.search(text)
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
        people = [m for m in self.names.mentions_between(s, e) if m.entity.kind == "person"]
        if not people or any(m.entity is not people[0].entity for m in people):
            return _NONE
        first = people[0]
        text = self.masked[s:e]
        lo = _scene_end(text)
        if first.start - s != lo + len(text[lo:]) - len(text[lo:].lstrip()):
            return _NONE  # the person is not where the sentence's subject stands
        if self.masked[first.end : first.end + 2] in ("’s", "'s") or not _SUBJECT_VERB.match(
                self.masked, first.end):
            return _NONE
        return Attribution(first.entity.name, None, None)

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

    def alleged(self, f: Found) -> bool:
        """Whether the story reports the words as alleged, not as said ("allegedly told a
        supervisor, “...”", "prosecutors alleged that he wrote “...”")."""
        start, _ = self._sentence(f.paragraphs[0], _mark_before(self.body, f.spans[0][0]))
        _, end = self._sentence(f.paragraphs[-1], f.spans[-1][1] - 1)
        return _ALLEGED.search(self.masked, start, end) is not None

    def _with_via(self, got: Attribution, start: int, end: int) -> Attribution:
        if got.via:
            return got
        return Attribution(got.speaker, got.cue, _find_via(self.masked[start:end], self.names,
                                                             start), got.kind)

    def _parse(self, start: int, end: int, mode: str, last_cue: bool = False,
               cues: frozenset[str] = CUE_VERBS, tag_shape: bool = False) -> Attribution:
        if end <= start:
            return _NONE
        # Parenthetical party tags, "(R-Utah)", are never the speaker.
        text = self.masked[start:end]
        if "(" in text:
            text = _PARENTHESIS.sub(lambda m: " " * len(m.group()), text)
        found = []
        prev_word = before_prev = ""
        for m in _WORD.finditer(text):
            word = m.group()
            if prev_word == "to" and word in cues and not (
                    before_prev.lower() in _GOES_ON_TO or before_prev.endswith("ed")):
                # "too early to tell", "for him to speak": an infinitive is no speech tag.
                before_prev, prev_word = prev_word, word
                continue
            if word[:1].isupper() and not prev_word and word.lower() in cues and (
                    word.lower() in CUE_VERBS) and not word.endswith("ing"):
                word = word.lower()  # "Said Ellis: ...": an inverted tag opens the sentence
            if (word in cues and (prev_word.lower() not in _NOT_BEFORE_CUE
                                       or word.endswith("ing"))) or (
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
        cue = cue_match.group()
        if cue.lower() in ("according", "words"):
            # "according to the man", "in the words of the patient": the source follows.
            cue = "according to" if cue.lower() == "according" else "in the words of"
            np = self._first_np(text, cue_match.end() + 3, len(text), start)
            if np is None or _NOT_THE_SOURCE.search(text, cue_match.end() + 3, np.start()) or (
                    np.group("name") and np.group("name").endswith(("’s", "'s"))
                    and not _OWNED_DOCUMENT.match(text, np.end())):
                # "according to people close to Tom Hale", "according to Smith's attorney":
                # someone around the name, not the name.
                return Attribution(None, cue, None)
            return self._resolve(np, start, cue)
        pre = text[: cue_match.start()]
        anonymous = _ANONYMOUS.search(pre) or _ANONYMOUS_AFTER.match(text, cue_match.end())
        if anonymous is not None:
            # "a source close to the couple told Us Weekly", "people familiar with the talks
            # said": the unnamed source, not the one they are close to.
            return Attribution(_as_description(anonymous.group("desc")), cue, None,
                               "description")
        age = _AGE_EPITHET.search(pre)
        if age is not None:
            return self._aged(age.group("desc"), int(age.group("age")), start + age.start(), cue)
        if cue.endswith("ing") and _PREPOSITION_END.search(pre):
            # "Blige sings to Clinton before asking her, “...”": a participle after a
            # preposition has the clause's subject, not the object before it.
            np = self._first_np(text, 0, cue_match.start(), start)
        elif not pre.strip(" ,:;—–-\n" + _MARKS):
            np = self._first_np(text, cue_match.end(), len(text), start)
        elif mode == "after":
            clause = pre.strip(" ,:;—–-\n" + _MARKS)
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
        else:
            lo = _scene_end(pre)
            joint = max(_CLAUSE_JOINT.finditer(pre, lo), key=lambda j: j.start(), default=None)
            subject = self._first_np(text, joint.end(), cue_match.start(), start) if (
                joint is not None) else None
            if joint is not None and subject is not None and not _SUBORDINATE.search(
                    text, joint.end(), subject.start()):
                # "Trump has been eager to withdraw, but General Mark Milley told US media":
                # the cue's subject is in the cue's own clause.
                lo = joint.end()
            closed = _last_close(pre, lo)
            after_close = self._first_np(text, closed, cue_match.start(), start) if (
                closed) else None
            if closed and ((after_close is not None and after_close.group("name"))
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
            if _AND_BEFORE_CUE.search(pre) and "," not in body:
                # "Karen Smith called Tom Hale and told him ... “...”": a verb joined by "and"
                # shares the clause's subject, not the object before the "and".
                np = self._first_np(text, lo, cue_match.start(), start)
            elif cue.endswith("ing") and not attached_person and "," not in body:
                np = self._first_np(text, lo, cue_match.start(), start)
                if np is not None and _UNNAMED_SUBJECT.match(text[lo : np.start()].strip()):
                    # "several environmental groups granted Mr. Clarke ..., saying": the
                    # subject is no name we know, and the first name is an object.
                    np = None
            elif "," in body and self._tag_after_clause(text, lo, cue_match, start):
                # "Trump will make news, Kall said: “...”": a whole clause, then a comma and a
                # lone name or pronoun right before the cue; that name is the tag's subject.
                np = self._last_np(text, lo, cue_match.start(), start)
            elif "," in body:
                # "Speaking at a rally in Novi, Michigan, Trump says": past a place that ends
                # the scene-setting phrase.
                nps = self._nps(text, lo, cue_match.start(), start)
                np = next((n for n in nps if not self._is_place_before_comma(n, text, start)),
                          nps[0] if nps else None)
            else:
                np = self._last_np(text, lo, cue_match.start(), start)
                if np is not None and _AFTER_PREPOSITION.search(text, 0, np.start()) and (
                        re.fullmatch(r"\s*,\s*", text[np.end() : cue_match.start()])):
                    # "he asked about the Muslim Brotherhood, called Omar a “...”": a name
                    # after a preposition is an object; the verbs share the clause's subject.
                    np = self._first_np(text, lo, cue_match.start(), start)
        if np is None:
            bare = _BARE_PLURAL.search(text, 0, cue_match.start())
            head = bare.group("head").lower() if bare else ""
            if bare and head in ORG_WORDS and head in _GROUPS:
                # "police said": the force the story named in this or the last paragraph.
                org = self.names.recent_org(
                    self.article.paragraphs[max(0, self._para_of(start) - 1)].start, start,
                    outlets=False)
                if org is not None:
                    return Attribution(org.name, cue, None)
                return Attribution(head, cue, None, "description")
            if bare and (is_plural(head) or head in _GROUPS) and is_person_noun(head):
                # "officers announced", "Federal prosecutors alleged": people the story
                # leaves unnamed, with no article before them.
                words_ = bare.group("desc").split()
                while words_[0].lower() in NOT_NAMES:
                    words_ = words_[1:]  # "but critics said"
                return Attribution(_as_description(" ".join(words_)), cue, None, "description")
            return Attribution(None, cue, None)
        got = self._resolve(np, start, cue)
        if cue in TELL_VERBS:
            via = _outlet_after(text[cue_match.end() :], self.names, start + cue_match.end())
            if via:
                got = Attribution(got.speaker, got.cue, via, got.kind)
        return got

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
            if np is None or text[: np.start()].strip():
                return _NONE
            after = _VERB_AFTER.match(text, np.end())
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

    def _is_place_before_comma(self, np: re.Match[str], text: str, base: int) -> bool:
        if not np.group("name") or text[np.end() : np.end() + 1] != "," or not _IN_PLACE.search(
                text, 0, np.start()):
            return False
        entity = self.names.entity_at(base + np.start(), base + np.end())
        return entity is not None and entity.kind == "place"

    def _tag_after_clause(self, text: str, lo: int, cue: re.Match[str], base: int) -> bool:
        """Whether text[lo:cue] is a clause of six words or more, a comma, and one name or
        pronoun only, with the quotation opening right after the cue and a colon."""
        if not re.fullmatch(r"\s*[:,]\s*", text[cue.end() :]):
            return False
        comma = text.rfind(",", lo, cue.start())
        if len(_WORD.findall(text[lo:comma])) < 6:
            return False
        return self._lone_np_before(text, cue, base)

    def _lone_np_before(self, text: str, cue: re.Match[str], base: int) -> bool:
        """Whether the words between the last comma and the cue are one name or pronoun."""
        comma = text.rfind(",", 0, cue.start())
        tail = text[comma + 1 : cue.start()]
        nps = self._nps(text, comma + 1, cue.start(), base)
        if len(nps) != 1:
            return False
        rest = (tail[: nps[0].start() - comma - 1] + tail[nps[0].end() - comma - 1 :]).strip()
        return not rest

    # The whole text is scanned (not text[lo:hi]) so a description's look-ahead can see the cue.
    def _nps(self, text: str, lo: int, hi: int, base: int) -> list[re.Match[str]]:
        """The speaker-like noun phrases of text[lo:hi], in order."""
        out: list[re.Match[str]] = []
        skip_to = lo
        pos = lo
        while (found := _NP.search(text, pos)) is not None:
            m = found
            pos = m.end()
            if m.start() >= hi:
                break
            if m.start() < skip_to:
                continue
            if m.group("desc") and m.group("head") in CUE_VERBS and m.group("desc")[
                    m.group("desc").find(" ") + 1 :][:1].isupper():
                # "the Times wrote": the cue is no noun. An outlet's short name after "the"
                # is the phrase; any other capitalised word ("the German said", "the Duke")
                # is a description the story never ties to a name.
                after_the = m.start() + m.group("desc").find(" ") + 1
                run = re.match(r"[A-Z][\w.&-]*(?:[ \xa0][A-Z][\w.&-]*)*", text[after_the:])
                named = self.names.entity_at(base + after_the, base + after_the + 1)
                pos = after_the if run and (run.group().split()[-1] in OUTLET_WORDS or (
                    named is not None and named.kind == "org") or " " in run.group()) else (
                    m.end("head"))
                continue
            owner_role = _OWNER_ROLE.match(text, m.end()) if m.group("name") and m.group(
                "name").endswith(("’s", "'s")) else None
            if owner_role and _APPOSED_NAME.match(text, owner_role.end()):
                # "Smith’s attorney, Ray Kim, said": the name in apposition speaks, not Smith.
                skip_to = owner_role.end()
                continue
            if m.group("desc") and _APPOSED_NAME.match(text, m.end("desc")):
                # "the mayor's spokesman, Tom Black, said": the name in apposition speaks.
                skip_to = m.end("desc")
                continue
            if m.group("desc") and m.group("head") in CUE_VERBS:
                # "the 14th-ranked Schwartzman said": adjectives and a name, no noun; the name
                # after them is the subject.
                pos = m.start() + m.group("desc").find(" ") + 1
                continue
            if m.group("name") and (m.group("name").startswith(("The ", "the ", "A ", "An "))
                                    or m.group("name") in ("The", "A", "An")):
                # "The Republican nominee", "the Vermont senator": a description whose
                # capitalised words are not a name of their own.
                desc = _DESC.match(text, m.start())
                apposed = desc and re.match(r",\s+[A-Z]", text[desc.end() : desc.end() + 3])
                if apposed and desc:
                    # "The operator, Bellport Marine, said": the name in apposition speaks.
                    skip_to = desc.end()
                    continue
                if desc and desc.group("head") not in CUE_VERBS:
                    out.append(desc)
                    skip_to = desc.end()
                    continue
                titled = _TITLED_DESC.match(text, m.start())
                if titled:
                    # "The GOP candidate did not": a title after the capitals makes them a
                    # description whatever verb follows.
                    out.append(titled)
                    skip_to = titled.end()
                    continue
            if m.group("name") and _ROLE_THEN_NAME.match(text, m.end()):
                # "MSNBC host Chris Matthews", "Clinton spokesman Brian Fallon": the name after
                # the role is the person; the one before only says whose role it is.
                role = _ROLE_THEN_NAME.match(text, m.end())
                assert role is not None
                nxt = self.names.entity_at(base + role.end(), base + role.end() + 1)
                between = role.group(1).split()
                if nxt is not None and nxt.kind == "person" and not (
                        set(between) & _NOT_ROLE_WORDS) and not any(
                            w.endswith("ed") and len(w) > 4 for w in between):
                    # (A past tense is a verb between two parties, "Benioff introduced Cook",
                    # never a role.)
                    continue
            if self._is_speaker_np(m, base):
                out.append(m)
        return out

    def _first_np(self, text: str, lo: int, hi: int, base: int) -> re.Match[str] | None:
        found = self._nps(text, lo, hi, base)
        return found[0] if found else None

    def _last_np(self, text: str, lo: int, hi: int, base: int) -> re.Match[str] | None:
        found = self._nps(text, lo, hi, base)
        if len(found) >= 2 and found[-2].group("name") and _WITH_BODY.fullmatch(
                text, found[-2].end(), found[-1].start()):
            # "James Hall with the New York Police Department said": the body only says where
            # the person works; the person speaks.
            entity = self.names.entity_at(base + found[-2].start(), base + found[-2].end())
            if entity is not None and entity.kind == "person":
                return found[-2]
        return found[-1] if found else None

    def _is_speaker_np(self, m: re.Match[str], base: int) -> bool:
        if m.group("name"):
            words = m.group("name").split()
            if len(words) == 1 and words[0].lower().rstrip(".") in NOT_NAMES:
                return False
            if words[0].isupper() and self.masked[base + m.start() - 1 : base + m.start()] in (
                    "\n", "") and self.masked[base + m.end() : base + m.end() + 1] == ",":
                return False  # a dateline ("FLINT, Mich. —") opens the paragraph
            # A capitalised word that names no one ("Local shop owner Priya Raman") is skipped,
            # so the name after it is the subject.
            return self.names.entity_at(base + m.start(), base + m.end()) is not None or (
                m.group("name") in OUTLET_WORDS and self.masked[
                    base + m.start() - 4 : base + m.start()] == "the ")
        if m.group("desc"):
            return m.group("desc").split()[0].lower() in ("the", "a", "an", "one")
        return True

    def _resolve(self, np: re.Match[str], base: int, cue: str) -> Attribution:
        at = base + np.start()
        end = base + np.end()
        if np.group("name") and at > 0 and end < len(self.body) and (
                self.body[at - 1] in _OPENING_MARKS and self.body[end] in _CLOSING_MARKS):
            # 'the “Dawson’s Creek” star told People': a title in quotation marks is a work,
            # never the speaker; better no name than that one.
            return Attribution(None, cue, None)
        if np.group("name"):
            after = self.masked[base + np.end() : base + np.end() + 60]
            cue_at = re.search(rf"[ \xa0]{re.escape(cue)}\b", after)
            owned = _OWNED_ROLE.match(after[: cue_at.start() + 1]) if cue_at else None
            if np.group("name").endswith(("’s", "'s")) and owned and (
                    owned.group("head") not in _DOCUMENTS):
                # "Obama's former campaign strategist said": someone of Obama's, not Obama
                # ("Ivana Trump's brief said" is hers: a document speaks for its author).
                return Attribution(None, cue, None)
            compound = _NAME_THEN_BODY.match(after[: cue_at.start() + 1]) if cue_at else None
            if compound and compound.group("head").lower().rstrip("’'s") in ORG_WORDS | {
                    "office", "attorney"} and not np.group("name").endswith(("’s", "'s")):
                # "the U.S. attorney's office said", "the Trump campaign said": the name only
                # says whose office or campaign; the body is the story's description of it.
                the = "the " if self.masked[max(0, at - 4) : at].lower() == "the " else ""
                phrase = the + np.group("name") + after[: compound.end()].rstrip()
                return Attribution(" ".join(phrase.split()), cue, None, "description")
            entity = self.names.entity_at(at, base + np.end())
            if entity is not None and entity.kind == "place":
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
            return Attribution(entity.name, cue, None)
        if np.group("pronoun"):
            pronoun = np.group("pronoun").lower()
            para = self._para_of(at)
            floor = self.article.paragraphs[max(0, para - 3)].start
            entity = self.names.resolve_pronoun(pronoun, at, self.masked, floor)
            quoted = self._last_quoted(pronoun, at)
            introduced = self._introduced_since_quote(pronoun, at)
            if quoted is not None and introduced is not None:
                # The story turned to someone new after the last quotation: "he" is them.
                entity = introduced
            elif quoted is not None and entity is not quoted and not self._named_in_sentence(
                    entity, para, at):
                # "“...,” he said" after a quote of his: news writing keeps "he" for the person
                # it is quoting, even when another man was named in between.
                entity = quoted
            if entity is None or entity.gender is None:
                entity = self._quoted_just_before(pronoun, at) or entity
            if pronoun in ("he", "she") and (entity is None or entity.gender is None):
                # "WIRED spoke to one mother ... “...,” she said": a person the story leaves
                # unnamed, in words that give her sex, is nearer than a name of unknown sex
                # ("a Go-Kart Track").
                described = self._gendered_description(pronoun, at, entity)
                if described is not None:
                    return described
            return Attribution(entity.name if entity else None, cue, None)
        head = np.group("head").lower()
        desc = np.group("desc")
        if head in _DOCUMENTS:
            # "the IMF report stated": a body named inside the description issued it.
            inside = [m.entity for m in self.names.mentions_between(at, base + np.end("desc"))
                      if m.entity.kind in ("person", "org")]
            if inside:
                return Attribution(inside[0].name, cue, _DOCUMENTS[head])
            by = _MADE_BY.match(self.masked, base + np.end("desc"))
            maker = self.names.mentions_between(by.end(), by.end() + 1) if by else []
            if by and maker and maker[0].start == by.end() and maker[0].entity.kind in (
                    "person", "org"):
                # "The lawsuit, filed by the League of Women Voters, alleges": its author.
                return Attribution(maker[0].entity.name, cue, _DOCUMENTS[head])
            author = self._document_author(head, at)
            if author is None:
                # A document is no speaker: "— the statement" on a card credits no one.
                return Attribution(None, cue, _DOCUMENTS[head])
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
        if head in _SPEAKS_FOR:
            # "A Metropolitan Police spokesperson said": the body named in the description;
            # "a spokesperson said": the body most recently named, in this or the last
            # paragraph, speaks through them.
            inside = [m.entity for m in self.names.mentions_between(at, base + np.end("desc"))
                      if m.entity.kind == "org"]
            if inside:
                return Attribution(inside[-1].name, cue, None)
            if any(w.lower() in ORG_WORDS for w in desc.split()[1:-1]):
                # "A company spokesperson said" after the attorney general was named: the
                # story says whose only by a kind of body; the latest body may be another.
                return self._described(desc, head, cue)
            org = self.names.recent_org(
                self.article.paragraphs[max(0, self._para_of(at) - 1)].start, at, outlets=False)
            if org is not None:
                return Attribution(org.name, cue, None)
        if head in _GROUPS or head in ("man", "woman", "person") or plural or (
                not desc.lower().startswith(("the ", "his ", "her ", "their "))):
            # "a former employee said", "officials said", "the man wrote": someone the story
            # leaves unnamed, credited as the story describes them.
            return self._described(desc, head, cue)
        named_body = _NAMED_BODY.fullmatch(desc) if head in ORG_WORDS else None
        if named_body:
            # "the US military said", "the Chinese government said": a body the story names
            # by its country or city and its kind.
            return Attribution(" ".join(named_body.group(1).split()), cue, None, "organisation")
        modifiers = [w.lower() for w in re.findall(r"\b[A-Z][\w-]*", desc[1:])]
        if modifiers:
            # "the Republican nominee", "the Indiana governor": the person the story gave that
            # role, and only if the story also gave them every capitalised word of it.
            holder = self.names.by_role(head, at, tuple(modifiers))
            if holder is not None:
                return Attribution(holder.name if holder.kind == "person" else None, cue, None)
            if self.names.by_role(head, at) is not None:
                return Attribution(None, cue, None)  # someone else holds the role: unsure
            holder = self._topic_person(at) if head not in _NOT_EPITHETS else None
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
            # "the group said": the body most recently named, in this or the last paragraph.
            org = self.names.recent_org(floor, at)
            return Attribution(org.name if org else None, cue, None)
        found: Entity | None = self.names.by_role(head, at)
        epithet = desc.lower().startswith("the ") and head not in _NOT_EPITHETS
        if found is None and epithet:
            # "the Vermont senator acknowledged" just after a quotation of Sanders, who the
            # story follows. An epithet with no one near is the story's own description: the
            # story's most named person was tried and named the wrong one (the doctor for "the
            # patient") more often than the right one.
            found = self._topic_person(at)
            if found is not None and head not in found.roles and any(
                    r in role_words() | TITLES for r in found.roles):
                # "the patient wrote" after quoting "Dr. Owen Dempsey": the story gave him a
                # title, and it is not this one, so the epithet is someone else.
                found = None
        if found is None:
            return self._described(desc, head, cue)
        return Attribution(found.name, cue, None)

    def _gendered_description(self, pronoun: str, at: int,
                              entity: Entity | None) -> Attribution | None:
        """The last new person of the pronoun's sex ("one mother", "a man") in this or the
        previous sentence before ``at``, unless ``entity`` is named in apposition to them."""
        para = self._para_of(at)
        s_here, _ = self._sentence(para, at)
        earlier = [b for b in self.sentences[para] if b[1] <= s_here]
        lo = earlier[-1][0] if earlier else s_here
        sex_words = FEMALE_WORDS if pronoun == "she" else MALE_WORDS
        last = None
        for m in _DESC.finditer(self.masked, lo, at):
            # Only "a", "an" and "one": they bring in someone new, where "the eldest daughter"
            # is most often an apposition to a name.
            if m.group("head").lower() in sex_words and m.group("desc").lower().startswith(
                    ("a ", "an ", "one ")):
                last = m
        if last is None:
            return None
        if entity is not None and any(
                x.entity is entity and not self.masked[last.end() : x.start].strip(" ,")
                for x in self.names.mentions_between(last.end(), at)):
            return None  # "a woman, Xi Mei, said": the name in apposition is hers
        return Attribution(_as_description(last.group("desc")), "said", None, "description")

    @staticmethod
    def _described(desc: str, head: str, cue: str) -> Attribution:
        """The story's description as the speaker, when its head noun is one for people ("a
        former employee", "the doctors"); "a year", "the streets" say no one."""
        if is_person_noun(head):
            return Attribution(_as_description(desc), cue, None, "description")
        return Attribution(None, cue, None)

    def _outlet_named(self, word: str, at: int) -> Entity | None:
        """The one outlet before ``at`` whose name ends with ``word`` ("New York Times")."""
        found = {m.entity.name: m.entity for m in self.names.mentions_between(0, at)
                 if m.entity.kind != "person" and m.entity.name.split()[-1] == word
                 and len(m.entity.name.split()) > 1}
        return next(iter(found.values())) if len(found) == 1 else None

    def _document_author(self, head: str, at: int) -> Attribution | None:
        """Who issued "the statement" or "the clip": named where the story introduced it.

        The nearest earlier sentence, in this or the two paragraphs before, that names the
        document: with a person or body right before it ("... issued a statement", "Clinton's
        new ad"), or as where its subject spoke ("the US military said in a statement", "The
        company denied the claims in a statement"); None when the story only says to whom it
        went ("sent a letter to the NAACP").
        """
        para = self._para_of(at)
        floor = self.article.paragraphs[max(0, para - 3)].start
        names = "|".join(_SAME_DOCUMENT.get(head, (head,)))
        word = re.compile(rf"\b(?:{names})s?\b")
        start, _ = self._sentence(para, at)
        for m in reversed(list(word.finditer(self.masked, floor, start))):
            s0, _ = self._sentence(self._para_of(m.start()), m.start())
            mentions = [x for x in self.names.mentions_between(s0, m.start())
                        if x.entity.kind in ("person", "org")]
            if mentions and _ISSUED.match(self.masked[mentions[-1].end : m.start()]):
                return Attribution(mentions[-1].entity.name, None, None)
            venue = _IN_DOCUMENT.search(self.masked, s0, m.start())
            if venue:
                return self._subject_of(s0, venue.start())
            if mentions:
                return None
        return None

    def _subject_of(self, start: int, end: int) -> Attribution | None:
        """The subject of the clause that masked[start:end] is, up to its verb phrase: the
        name right before a closing verb ("the US military said"), else the clause's first
        ("The company flat-out denied the allegations"); a person, a body or a description,
        never another document."""
        text = self.masked[start:end].rstrip()
        lo = _scene_end(text)
        verb = re.search(r"[a-z][\w’'-]*$", text)
        if verb is None:
            return None
        closing = verb.group() in CUE_VERBS | STANCE_VERBS or verb.group().endswith("ed")
        np = self._last_np(text, lo, verb.start(), start) if closing else self._first_np(
            text, lo, len(text), start)
        if np is None or (np.group("head") or "").lower() in _DOCUMENTS:
            return None
        got = self._resolve(np, start, "said")
        return got if got.speaker else None

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
        if age not in self._aged_cache:
            # Looked up once per age: every mention of the story is read.
            self._aged_cache[age] = next((
                m.entity for m in self.names.mentions if m.entity.kind == "person" and (
                    re.match(rf",\s+{age}\b", self.masked[m.end : m.end + 6]) or re.search(
                        rf"\b{age}-year-old\s+$", self.masked[max(0, m.start - 20) : m.start]))
            ), None)
        stated = self._aged_cache[age]
        if stated is not None:
            return Attribution(stated.name, cue, None)
        recent = self._people_in_reach(at)
        if len({id(m.entity) for m in recent}) == 1:
            return Attribution(recent[0].entity.name, cue, None)
        central = self.names.central_person()
        last = max((i for i, m in enumerate(recent) if m.entity is central), default=None)
        if last is not None and central is not None and not any(
                m.entity.gender is not None for m in recent[last + 1 :]):
            return Attribution(central.name, cue, None)
        return Attribution(" ".join(desc.split()), cue, None, "description")

    def _people_in_reach(self, at: int) -> list[Mention]:
        """The mentions of people in this and the three paragraphs before ``at``, in order."""
        floor = self.article.paragraphs[max(0, self._para_of(at) - 3)].start
        return [m for m in self.names.mentions_between(floor, at) if m.entity.kind == "person"]

    def _one_person_in_reach(self, at: int) -> Entity | None:
        """The only person named in this and the three paragraphs before ``at``, if one."""
        people = {id(m.entity): m.entity for m in self._people_in_reach(at)}
        return next(iter(people.values())) if len(people) == 1 else None

    def _labelled(self, label: str) -> str | None:
        """The one person whose surname is a transcript label ("PENCE" -> "Mike Pence")."""
        surname = label.split()[-1].lower()
        found = {e.name for e in self.people.values()
                 if len(e.tokens) > 1 and e.tokens[-1].lower() == surname}
        return found.pop() if len(found) == 1 else None

    def _last_quoted(self, pronoun: str, at: int) -> Entity | None:
        """The speaker of the quotation just before ``at``, if near and of the pronoun's gender."""
        want = {"she": "f", "he": "m"}.get(pronoun)
        if want is None or not self.results:
            return None
        last = self.found[len(self.results) - 1]
        if self._para_of(at) - last.paragraphs[-1] > 2:
            return None
        if self.results[-1].cue in STANCE_VERBS:
            return None  # "X condemned the “...”" is a weaker claim than a quotation of X
        speaker = self.results[-1].speaker
        entity = self.people.get(speaker) if speaker else None
        if entity is None or entity.gender not in (want, None):
            return None
        if entity.gender is None:
            introduced = self._introduced_since_quote(pronoun, at)
            if introduced is not None and introduced is not entity:
                return None
            if introduced is None and any(
                    m.entity is not entity and m.entity.kind == "person"
                    and re.match(r"\s+[a-z]+(?<!ly)\b", self.masked[m.end : m.end + 20])
                    for m in self.names.mentions_between(last.spans[-1][1], at)):
                return None  # "Meanwhile Tran toured the dock. He ...": someone else acts
        # A speaker whose sex the story never gives ("Montell Figgins") is still the one a
        # "he said" right after their quotation goes on with, unless the story has turned to
        # someone else since.
        return entity

    def _quoted_just_before(self, pronoun: str, at: int) -> Entity | None:
        """"“...,” Obama said. He called Burma a “...”": when the story never says the gender
        of anyone in reach, a "he"/"she" in the paragraph of a quotation goes to its speaker,
        provided no other person is named between that quotation and the pronoun."""
        if pronoun not in ("he", "she") or not self.results:
            return None
        last = self.found[len(self.results) - 1]
        if self._para_of(at) != last.paragraphs[-1] or self.results[-1].cue in STANCE_VERBS:
            return None
        speaker = self.results[-1].speaker
        entity = self.people.get(speaker) if speaker else None
        if entity is None or entity.gender is not None:
            return None
        between = self.names.mentions_between(last.spans[-1][1], at)
        if any(m.entity is not entity and m.entity.kind == "person" for m in between):
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
        until = min(at, self.found[len(self.results)].spans[0][0])
        masked = self.masked
        for m in reversed(self.names.mentions_between(since, until)):
            entity = m.entity
            if entity.kind != "person" or entity.gender not in (want, None) or (
                    entity.gender is None and len(entity.tokens) < 2) or any(
                        t.rstrip(".") in _PRONOUN_WORDS for t in entity.tokens):
                continue  # "Universe. She": a sentence break the name index read as a name
            if masked[m.end : m.end + 2] in ("’s", "'s"):
                continue  # "Pence’s performance": a possessive is no one brought on stage
            before = masked[max(since, m.start - 30) : m.start]
            titled = _TITLED_OPENING.search(before)
            if titled and starts_sentence(masked, m.start - len(titled.group())) and (
                    is_person_noun(titled.group("head"))):
                return entity  # "Wild defenseman Ryan Suter, who joked ...": a new subject
            if (starts_sentence(masked, m.start) or cue_follows(masked, m.end)
                    or _CUE_BEFORE.search(before) or _APPOSED.match(masked, m.end)
                    or _AFTER_OPENER.search(before)):
                return entity
        return None

    def _named_in_sentence(self, entity: Entity | None, para: int, at: int) -> bool:
        if entity is None:
            return False
        start, _ = self._sentence(para, at)
        return any(m.entity is entity for m in self.names.mentions_between(start, at))

    def _para_of(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)


# Nouns for people that no ending below gives away.
# Endings of nouns for people by what they do: insider, prosecutor, economist, trustee.
def _as_description(desc: str) -> str:
    """The story's words for an unnamed source, as they would follow a dash: "a former employee"."""
    desc = " ".join(desc.split())
    first, _, rest = desc.partition(" ")
    if first in ("The", "A", "An", "His", "Her", "Their") or (
            first[:1].isupper() and first[1:].islower() and is_person_noun(first)):
        # A capital only because the sentence starts there ("Teachers chanted").
        return (first.lower() + " " + rest).strip()
    return desc


def attribute_quotes(article: Article, found: list[Found]) -> list[Quote]:
    """Quotes with speaker, cue and via filled where the story says them."""
    attributor = _Attributor(article, found)
    kinds = {m.entity.name: m.entity for m in attributor.names.mentions}
    quotes: list[Quote] = []
    for index, f in enumerate(found):
        got = attributor.attribute(index)
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
    return quotes
