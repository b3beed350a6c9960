"""The noun phrases in a speech tag that may be its speaker: a name, a pronoun or a description
("the Vermont senator", "a former employee"), and which of them is the tag's subject.

A name counts only when the name index knows it; a name that only says whose role the next one
holds ("Clinton spokesman Brian Fallon") or that stands in apposition is passed over.
"""

from __future__ import annotations

import re

from socialkit.quotes.lexicon import (
    CUE_VERBS,
    DOCUMENT_NOUNS,
    NOT_NAMES,
    ORG_WORDS,
    OUTLET_WORDS,
    TITLES,
)
from socialkit.quotes.marks import possessive
from socialkit.quotes.names import (
    _BRACKETED_INITIALS,
    _OBJECT_OF_PREPOSITION,
    _OFFICES,
    _STYLE_WORD,
    Entity,
    _is_role_head,
)
from socialkit.quotes.people import is_person_noun, is_plural, is_role_word, singular
from socialkit.quotes.sentences import _WORD
from socialkit.quotes.story import _Story
from socialkit.quotes.tag_patterns import (
    _APPOSED_NAME,
    _DESC,
    _IN_PLACE,
    _NOT_ROLE_WORDS,
    _NP,
    _OWNER_ROLE_APPOSED,
    _ROLE_THEN_NAME,
    _TITLED_DESC,
    _WITH_BODY,
    SITS_FOR,
    is_demonym,
)

# A phrase's last word that is a cue, not its noun: "the 14th-ranked Schwartzman said" (a
# document's noun spelt as a cue is that document: "the warning said").
_CUE_NOT_NOUN = CUE_VERBS - DOCUMENT_NOUNS
# A role after a body's name, then a comma: "City Stars head coach, " before the person's name.
_ROLE_SET_OFF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*),\s+")
# Lower-case words after "The": a phrase that may stand in apposition to a name.
# Title words before a name, which the name index keeps out of it ("Cllr ", "Det. Sgt. ").
_TITLE_WORDS = re.compile(r"(?:(?:" + "|".join(sorted(
    (w.capitalize() for w in TITLES if w.isalpha()), key=len, reverse=True)) + r")\.?[ \xa0])*")
# "the Chancellor", "the Speaker": one capitalised title word after "the", as a description
# (the same groups as _NP).
# (Not an office "of" somewhere, nor one after a preposition: "A letter to the Mayor of Leeds,
# Sarah Cole, said" is the letter's words, not hers.)
_OFFICE = re.compile(r"(?<!\bto )(?<!\bfor )(?<!\bof )(?<!\bwith )(?<!\bby )(?<!\bat )"
                     r"(?<!\bfrom )(?P<pronoun>(?!))?(?P<name>(?!))?(?P<desc>[Tt]he\s+"
                     r"(?P<office>(?:[A-Z][a-z]+[ \xa0])?(?P<head>[A-Z][a-z]+)))"
                     r"(?=\s+(?!(?:of|for|at|in|to)\b)[a-z]|,)")
# A name's office set off after it: "Jane Hollis, the ".
_SET_OFF_THE = re.compile(r",\s+(?:the\s+)?")
# What an office's "of" takes before its holder's name is set off: "Agriculture, Livestock,
# Fisheries and Forestry, " (not "Wales opened the hospice, the day after his brother, ").
_OFFICE_DOMAIN = re.compile(r"\s*(?:(?:the|and|of|for|[A-Z][\w’'.&-]*),?\s+)*?"
                            rf"(?:[A-Z][\w’'.&-]*),\s+(?:{_STYLE_WORD}\.?\s+)*")
# A post's or a body's initials in brackets after it, if any, as the name index reads a
# body's: " (RDC)", " (IG)" (blanked out in a masked text).
_INITIALS_AFTER = re.compile(rf"(?:\s*{_BRACKETED_INITIALS})?\s*")
_LOWER_PHRASE = re.compile(r"(?:[ \xa0]+[a-z][\w’'-]*){1,5}(?=,)")


def _bare_office(phrase: str | None) -> str:
    """A role phrase without the honorific the name index left on its end: "Prime Minister
    Sir" (of "Prime Minister Sir Alan Brisco") is "prime minister"."""
    return re.sub(r"(?:\s+(?:sir|dame|lord|lady|dr|mr|mrs|ms))+$", "", (phrase or "").lower())

# An office in capitals opening a phrase: "the National President of", "The Special Adviser".
_CAPITAL_OFFICE = re.compile(r"\s*[Tt]he\s+(?:[A-Z][\w-]*\s+)*?([A-Z][a-z]+)(?=\s+[a-z]|\s*$)")


# An opening phrase, a participle's or a preposition's, up to "at the" before a body's name.
_SCENE_BODY = re.compile(
    r"\s*(?:[A-Z][a-z]+ing\b[^,.;:]*?\b(?:at|in|outside|inside)|At|In|Outside|Inside)\s+"
    r"(?:the\s+)?")


# An office of a body, all its words capitalised: "Director of Fisheries", "Minister for
# Sanitation", "Commissioner for Trade and Investment".
_OFFICE_OF_BODY = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:of|for)\s+(?:the\s+)?"
                             r"[A-Z][\w-]*(?:\s+(?:(?:and|of)\s+)?[A-Z][\w-]*)*")

# Between a body's name and the place of its office: " in ", " (WHO) in ", ") in ".
# (Its office may follow an initialism the story gives it, in lower case: "The World Health
# Organization (WHO) country office in Laos", "... (UNHCR) office in Juba"; the name run stops
# at the bracket, so the office's words sit between the name and "in".)
_BODY_IN_PLACE = re.compile(
    rf"(?:(?:\s*{_BRACKETED_INITIALS}|\))(?:\s+(?:[a-z]+\s+)?(?P<office>[a-z]+))?)?\s+in\s+")


class _NounPhrases(_Story):
    """Finding the speaker-like noun phrases of a stretch of the masked body."""

    def _person_after_role(self, text: str, lo: int, hi: int, base: int
                           ) -> re.Match[str] | None:
        """The person's name set off after a body's role for them, opening text[lo:hi]:
        "Kumasi Golden Eagles head coach, Javier Orduña, has praised" is the coach."""
        if not _ROLE_SET_OFF.search(text, lo, hi):
            return None  # (most tags have no such role: no walk of their phrases for it)
        first = self._first_np(text, lo, hi, base)
        if first is None or not first.group("name") or text[lo : first.start()].strip():
            return None
        role = _ROLE_SET_OFF.match(text, first.end(), hi)
        if role is None or not is_role_word(role.group("role").lower()):
            return None
        name = self._first_np(text, role.end(), hi, base)
        if name is None or name.start() != role.end() or not name.group("name") or (
                text[name.end() : name.end() + 1] != ","):
            return None
        entity = self.names.entity_at(base + name.start(), base + name.end())
        if entity is None or entity.kind != "person" or any(
                m.entity is not entity and m.entity.kind == "person"
                for m in self.names.mentions_between(base + name.end(), base + hi)):
            # (Nor when someone else is named before the cue: "Eagles head coach, Javier
            # Orduña, watched as Lions captain Yaw Ansah described" is the captain's.)
            return None
        return name

    def _is_place_before_comma(self, np: re.Match[str], text: str, base: int) -> bool:
        if not np.group("name") or text[np.end() : np.end() + 1] != ",":
            return False
        if _IN_PLACE.search(text, 0, np.start()) or SITS_FOR.search(
                text, max(0, np.start() - 30), np.start()):
            # (Or where a legislator sits: "Parliamentary Representative for Portsmouth, Hon.
            # Julian Dangleben-Pierre, said".)
            entity = self.names.entity_at(base + np.start(), base + np.end())
            return entity is not None and entity.kind == "place"
        if _SCENE_BODY.fullmatch(text, 0, np.start()):
            # "Delivering sentence at the San Fernando High Court, Justice Marlene
            # Ramcharan-Baptiste said": a body where the scene-setting phrase is set, as a
            # place would be, and no subject.
            entity = self.names.entity_at(base + np.start(), base + np.end())
            return entity is not None and entity.kind == "org"
        return False

    @staticmethod
    def _after_office(text: str, lo: int, name: re.Match[str]) -> bool:
        """Whether the phrase set off before ``name`` opens with an office in capitals: "the
        National President of PPHWUN, Comrade Ikechukwu Obi,", "the Special Adviser on Media to
        the Minister, Mr Yakubu Sani,"."""
        opening = max(lo, text.rfind(",", lo, max(lo, name.start() - 2)) + 1)
        office = _CAPITAL_OFFICE.match(text, opening)
        return office is not None and office.group(1).lower() in _OFFICES

    def _tag_after_clause(self, text: str, lo: int, cue: re.Match[str], base: int) -> bool:
        """Whether text[lo:cue] is a clause of six words or more, a comma, and one name or
        pronoun only, with the quotation opening right after the cue and a colon; or any words,
        then a tag set off by commas ("It was, the president said, “...”")."""
        after = re.fullmatch(r"\s*([:,])\s*", text[cue.end() :])
        if after is None:
            return False
        comma = text.rfind(",", lo, cue.start())
        if len(_WORD.findall(text[lo:comma])) < (1 if after.group(1) == "," else 6):
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
    def _nps(self, text: str, lo: int, hi: int, base: int, *, first: bool = False
             ) -> list[re.Match[str]]:
        """The speaker-like noun phrases of text[lo:hi], in order (with ``first``, the first
        only: the phrases after it change nothing before it, so the scan stops there)."""
        out: list[re.Match[str]] = []
        skip_to = lo
        pos = lo
        while not (first and out) and (found := _NP.search(text, pos)) is not None:
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
                office = self._office_at(text, m.start(), base)
                if office is not None:
                    out.append(office)
                    skip_to = pos = office.end()
                    continue
                word = run.group() if run else ""
                if " " not in word and is_role_word(word.lower()) and named is None and not (
                        is_demonym(word)) and not _OBJECT_OF_PREPOSITION.search(
                        text, max(0, m.start() - 16), m.start()) and len(set(re.findall(
                            # (Not where the story names two posts of that word: "the Minister
                            # of Health, Jane Hollis, met the Minister of Finance".)
                            rf"\b{re.escape(word)}\s+of\s+(?:the\s+)?([A-Z][\w-]*)",
                            self.masked[: base + m.start()]))) < 2 and len(
                        # (Nor where two people hold the post: "The Governor, Gavin Newsom,
                        # and the Governor of Nevada, Joe Lombardo, met".)
                        self.names.role_holders(word.lower(), base + m.start())) < 2:
                    # "the Commissioner said", "the Secretary of State said": a post the story
                    # capitalises is the post, as "the commissioner said" is (its holder, or
                    # the story's words for them, capitals restored by ``as_written``). Not a
                    # preposition's object: "A spokesperson for the Mayor of London said".
                    lowered = text[:after_the] + word.lower() + text[after_the + len(word) :]
                    if (as_post := _NP.match(lowered, m.start())) is not None and (
                            as_post.group("desc")):
                        out.append(as_post)
                        pos = as_post.end()
                        continue
                # ("the CFO said": initials the name index tied to a person's title.)
                pos = after_the if run and (run.group().split()[-1] in OUTLET_WORDS or (
                    named is not None and named.kind == "org") or " " in run.group() or (
                        # ("the Gup said" after "Lunana Gup Kinley Dorji": a title the story
                        # wrote inside one person's name, which the name index read as theirs.)
                        named is not None and named.kind == "person"
                        and run.group() in named.tokens[1:-1] and len({
                            id(x.entity) for x in self.names.mentions
                            if run.group() in x.entity.tokens[1:-1]}) == 1)
                    or is_demonym(run.group()) or (
                        named is not None and named.kind == "person" and run.group().isupper()
                    )) else m.end("head")
                continue
            owner_role = _OWNER_ROLE_APPOSED.match(text, m.end()) if m.group(
                "name") and possessive(m.group("name")) else None
            if owner_role:
                # "Smith’s attorney, Ray Kim, said", "Kesh's ambassador to the United Nations,
                # Farouk Alimov, dismissed": the name in apposition speaks, not Smith.
                skip_to = owner_role.end()
                continue
            # (The cheap tests first, the patterns last: this runs for every phrase of every
            # tag. Whether "the" stands right before a name is asked by three tests below, and
            # read once.)
            name = m.group("name")
            the_before = bool(name) and text[max(0, m.start() - 4) : m.start()].lower() == "the "
            if the_before and _is_role_head(name.split()[0]) and not (
                    # (Not an office a preposition's object: "A letter to the Mayor of Leeds,
                    # Sarah Cole, said": the letter speaks, not the one it was sent to.)
                    _OBJECT_OF_PREPOSITION.search(text, max(0, m.start() - 16), m.start())) and (
                    office := _OFFICE_OF_BODY.match(text, m.start())) and _APPOSED_NAME.match(
                    text, office.end()):
                # "said the Director of Fisheries, Mr. Tebano Ioane": an office the story
                # capitalises, of a body, then the name set off after it: the name speaks,
                # not the body the office is of.
                skip_to = office.end()
                continue
            if name and (name[:4].lower() == "the " or the_before) and len(
                    post := name.split()[-2:]) > 1 and post[0].lower() != "the" and (
                    _is_role_head(post[-1].lower())) and (
                    initials := _INITIALS_AFTER.match(text, m.end("name"))) and (
                    _APPOSED_NAME.match(text, initials.end())):
                # "The Mukono Resident District Commissioner (RDC), Ms Rose Nassali,
                # welcomed": a post the story capitalises, its initials, then its holder's
                # name set off: the name speaks, not a body the capitals were read as.
                skip_to = initials.end()
                continue
            if m.group("desc") and _APPOSED_NAME.match(text, m.end("desc")):
                # "the mayor's spokesman, Tom Black, said": the name in apposition speaks.
                skip_to = m.end("desc")
                continue
            if m.group("desc") and m.group("head") in _CUE_NOT_NOUN:
                # "the 14th-ranked Schwartzman said": adjectives and a name, no noun; the name
                # after them is the subject.
                pos = m.start() + m.group("desc").find(" ") + 1
                continue
            if m.group("name") and (m.group("name").startswith(
                    ("The ", "the ", "A ", "An ", "One ", "Another "))
                                    or m.group("name") in ("The", "A", "An", "Another", "His",
                                                           "Her", "One")):
                # "The Republican nominee", "the Vermont senator": a description whose
                # capitalised words are not a name of their own.
                # "The public works director, Sam Pryor, said": the words up to a name set off
                # by commas are one phrase, whatever reads like a verb in it ("works").
                whole = _LOWER_PHRASE.match(text, m.end())
                if whole and _APPOSED_NAME.match(text, whole.end()):
                    skip_to = whole.end()
                    continue
                desc = _DESC.match(text, m.start())
                apposed = desc and re.match(r",\s+[A-Z]", text[desc.end() : desc.end() + 3])
                if apposed and desc:
                    # "The operator, Bellport Marine, said": the name in apposition speaks.
                    skip_to = desc.end()
                    continue
                if desc and desc.group("head") not in _CUE_NOT_NOUN:
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
            initials = _INITIALS_AFTER.match(text, m.end()) if m.group("name") else None
            if initials is not None and (role := _ROLE_THEN_NAME.match(text, initials.end() - 1)):
                # "MSNBC host Chris Matthews", "Clinton spokesman Brian Fallon": the name after
                # the role is the person; the one before only says whose role it is (its
                # initials may stand between: "Fiji Rugby Union (FRU) competitions manager
                # Asenaca Rokoua").
                # (Past a title the name index keeps out of the name: "group leader Cllr
                # Priya Nandakumar".)
                titled_name = _TITLE_WORDS.match(text, role.end())
                name_at = base + (titled_name.end() if titled_name else role.end())
                nxt = self.names.entity_at(name_at, name_at + 1)
                between = role.group(1).split()
                if initials.end() - 1 > m.end() and any(
                        w.endswith("ing") or singular(w) in DOCUMENT_NOUNS for w in between):
                    # (Past initials, only a role before the name: "Kenya Rugby Union (KRU)
                    # letter addressing coach Kevin Wambua" is the union's letter. The masked
                    # text may have blanked the initials, so the test is the gap they leave,
                    # not the bracket.)
                    nxt = None
                if nxt is not None and nxt.kind == "person" and not (
                        set(between) & _NOT_ROLE_WORDS) and not any(
                            w.endswith("ed") and len(w) > 4 for w in between):
                    # (A past tense is a verb between two parties, "Benioff introduced Cook",
                    # never a role.)
                    continue
            office = self._office_at(text, m.start() - 4, base) if the_before else None
            if office is not None:
                out.append(office)
                skip_to = office.end()
                continue
            if self._is_speaker_np(m, base):
                out.append(m)
        return out

    def _office_of(self, word: str) -> bool:
        """Whether the story writes "<word> of" anywhere ("the Prince of Wales", "the Mayor of
        Leeds"): someone holds that office somewhere, and "the <word>" may be them."""
        if word not in self._offices_of:
            self._offices_of[word] = re.search(rf"\b{word} of\b", self.masked) is not None
        return self._offices_of[word]

    def _one_office_of(self, word: str, held: list[Entity]) -> bool:
        """Whether every "<word> of ..." the story writes names the office of the one holder
        of ``word``, set off right beside their name: "The Minister of Health, Jane
        Hollis," or "Jane Hollis, the Minister of Health," and no minister of anything else.
        (Worked out once per word and holder: a story of many "the Minister said" tags read
        the whole text per tag.)"""
        if len(held) != 1:
            return False
        key = (word, id(held[0]))
        if key not in self._one_office:
            self._one_office[key] = all(
                self._holder_beside(office, held[0])
                for office in re.finditer(rf"\b{word} of\b", self.masked))
        return self._one_office[key]

    def _holder_beside(self, office: re.Match[str], holder: Entity) -> bool:
        """Whether ``holder`` is named right after the office's words and a comma ("Minister
        of Agriculture, Livestock and Fisheries, Joaquim Pereira") or right before ", the"."""
        # (The first person after it: "Mayor of Lerwick, Jane Hollis" names a place first.)
        after = next((m for m in self.names.mentions_between(office.end(), office.end() + 101)
                      if m.entity.kind == "person"), None)
        before = self.names.mentions_between(max(0, office.start() - 40), office.start())
        return (after is not None and after.entity is holder and _OFFICE_DOMAIN.fullmatch(
            self.masked, office.end(), after.start) is not None) or (
            bool(before) and before[-1].entity is holder and _SET_OFF_THE.fullmatch(
                self.masked, before[-1].end, office.start()) is not None)

    def _office_at(self, text: str, the_at: int, base: int) -> re.Match[str] | None:
        """"the Chancellor said" after "Chancellor Rachel Reeves", "the Speaker replied" after
        "The Speaker, Sir Lindsay Hoyle,": a title the story capitalises, as British papers do
        an office, as the description "the chancellor" when the story gave someone that title.
        (A lone title word the index took for a name, "Mr Speaker" addressed, is no name.)"""
        office = _OFFICE.match(text, the_at)
        if office is None:
            return None
        named = self.names.entity_at(base + office.start("office"), base + office.end("head"))
        if named is not None and not (len(named.tokens) == 1 and _is_role_head(named.tokens[0])):
            return None
        # Only the one person the story gave the office itself, before this tag: not "Shadow
        # Chancellor Mel Stroud", "a former Speaker", "Deputy Mayor Rita Hale" named after
        # it, nor one of two princes.
        # ("the Prime Minister": an office of two words, held under its last.)
        head = office.group("head").lower()
        held = self.names.role_holders(head)
        if self._office_of(office.group("office")) and not self._one_office_of(
                office.group("office"), held):
            return None  # "The Prince of Wales" is another holder of a prince's title
        if " " in office.group("office").strip():
            # (A qualified office is its own: "Housing Minister Lydia Kowalczyk" holds no
            # "Prime Minister"'s.)
            held = [h for h in held if _bare_office(h.role_phrase) == office.group(
                "office").lower()]
        held = [h for h in held if not self._past_holder(h)]
        if len(held) != 1:
            return None
        holder = held[0]
        first = self.names.first_mention(holder)
        bare, called = _bare_office(holder.role_phrase), office.group("office").lower()
        if not (bare == called or (" " not in called and bare.startswith(called + " of "))) or (
                # ("the Minister said" after "The Minister of Health, Jane Hollis,": the office
                # the story capitalises, of whatever; never "Deputy Minister of Health".)
                first is None) or (
                first.start >= base + the_at):
            return None
        return office

    def _past_holder(self, holder: Entity) -> bool:
        """Whether the story brought ``holder`` in as a past holder of their office:
        "then Prime Minister Tom Hale", "wartime Prime Minister Edmund Gray", "the late ..."."""
        first = self.names.first_mention(holder)
        if first is None:
            return False
        before = self.masked[max(0, first.start - 60) : first.start]
        return re.search(r"\b(?:then|former|late|wartime|ex|one-time|onetime|erstwhile)"
                         r"[\s-]+(?:[A-Z][\w.]*[ \xa0]+){1,4}$", before,
                         re.IGNORECASE) is not None

    def _first_np(self, text: str, lo: int, hi: int, base: int) -> re.Match[str] | None:
        found = self._nps(text, lo, hi, base, first=True)
        return found[0] if found else None

    def _last_np(self, text: str, lo: int, hi: int, base: int) -> re.Match[str] | None:
        found = self._nps(text, lo, hi, base)
        if len(found) >= 2 and found[-2].group("name") and _WITH_BODY.fullmatch(
                text, found[-2].end(), found[-1].start()):
            # "James Hall with the New York Police Department said": the body only says where
            # the person works; the person speaks.
            entity = self.names.entity_at(base + found[-2].start(), base + found[-2].end())
            last = self.names.entity_at(base + found[-1].start(), base + found[-1].end())
            if entity is not None and entity.kind == "person" and not (
                    last is not None and last.kind == "person" and last.roles):
                # (Unless the body's words run on into a person's name, the run's own:
                # "Director General of Export Development at the Trade Ministry Budi Santoso
                # Hasibuan said".)
                return found[-2]
        in_place = _BODY_IN_PLACE.fullmatch(text, found[-2].end(), found[-1].start()) if (
            len(found) >= 2 and found[-1].group("name") and not (
                # (Not when the body is someone's: "A spokesperson for the Polish embassy in
                # New Delhi said" stays the spokesperson.)
                len(found) >= 3 and _WITH_BODY.fullmatch(
                    text, found[-3].end(), found[-2].start()))) else None
        if in_place is not None and (
                (office := in_place.group("office")) is None or office in ORG_WORDS):
            # "The World Health Organization (WHO) in Cambodia said", "UNICEF in Yemen said",
            # "the Japanese embassy in Phnom Penh said": the place only says which office of
            # the body, named or described, speaks.
            body = self.names.entity_at(base + found[-2].start(), base + found[-2].end()) if (
                found[-2].group("name")) else None
            place = self.names.entity_at(base + found[-1].start(), base + found[-1].end())
            if (place is None or place.kind == "place") and (
                    (body is not None and body.kind == "org") or (found[-2].group("desc") and (
                        found[-2].group("head").lower() in ORG_WORDS))):
                return found[-2]
        if len(found) >= 2 and found[0].group("desc") and _PARTICIPLE_THEN_PREPOSITION.fullmatch(
                text, found[0].end(), found[-1].start()) and (
                    not text[found[-1].end() : hi].strip()
                    or _WHO_CLAUSE_TO_END.fullmatch(text, found[-1].end(), hi)):
            # "A joint communique issued after nine hours of talks in the Almaran capital
            # said", "A woman sheltering at the school who asked not to be named said": a
            # phrase a participle opens only says more of the one before it, as a "who"
            # clause after it does.
            return found[0]
        if len(found) >= 2 and found[-1].group("name") and not found[-2].group("pronoun") and (
                _WHO_THEN_PREPOSITION.fullmatch(text, found[-2].end(), found[-1].start())):
            # "a former colleague who had moved to Brisbane last year had told him": a name
            # after a preposition inside a clause that says who the subject is, is no subject.
            return found[-2]
        if found and found[-1].group("name"):
            # "Residents in Kalomet said", "Parents at Hillcrest Primary said": a plural noun
            # for people, with no article, before a preposition and the name: the story's
            # description of them, not the place.
            plural = _BARE_PLURAL.search(text, lo, found[-1].start())
            named = self.names.entity_at(base + found[-1].start(), base + found[-1].end())
            if plural is not None and is_plural(plural.group("head").lower()) and (
                    # (Not a body: "officials at the Ministry of Health said" is the ministry
                    # speaking, as before.)
                    named is None or named.kind != "org") and (
                    is_person_noun(singular(plural.group("head").lower()))):
                described = _BARE_PLURAL_DESC.match(text, plural.start("head"), found[-1].end())
                if described is not None:
                    return described
            one = _ONE_AT.search(text, lo, found[-1].start())
            if one is not None and is_person_noun(one.group("head").lower()) and (
                    named is None or named.kind != "org"):
                # "A mother at Ipeukel, who asked not to be named, put it simply:": one person
                # the story leaves unnamed, where from; not the place.
                described = _ONE_AT_DESC.match(text, one.start("desc"), found[-1].end())
                if described is not None:
                    return described
        return found[-1] if found else None

    def _is_speaker_np(self, m: re.Match[str], base: int) -> bool:
        if m.group("name"):
            words = m.group("name").split()
            if len(words) == 1 and words[0].lower().rstrip(".") in NOT_NAMES:
                return False
            if all(w.isupper() for w in words) and self.masked[
                    base + m.start() - 1 : base + m.start()] in ("\n", "") and self.masked[
                    base + m.end() : base + m.end() + 1] == ",":
                # A dateline ("FLINT, Mich. —") opens the paragraph. (Not a party's or a
                # body's initials before a title and a name: "ROS Minister Reshma Sitaldin,
                # who visited ..., promised".)
                return False
            # A capitalised word that names no one ("Local shop owner Priya Raman") is skipped,
            # so the name after it is the subject.
            return self.names.entity_at(base + m.start(), base + m.end()) is not None or (
                m.group("name") in OUTLET_WORDS and self.masked[
                    base + m.start() - 4 : base + m.start()] == "the ")
        if m.group("desc"):
            first = m.group("desc").split()[0].lower()
            # "his attorney", "her mother": someone of a person's, when a noun for people.
            return first in ("the", "a", "an", "another", "one") or (
                first in ("his", "her") and is_person_noun(m.group("head").lower()))
        return True


# A participle after a phrase, up to a preposition before another: " issued after nearly nine
# hours of talks in " (no comma: one phrase, not a list or a clause).
_PARTICIPLE_THEN_PREPOSITION = re.compile(
    r"\s+(?:[a-z]+ed|[a-z]{3,}ing|sent|seen|written|given|shown|drawn|taken|held|made|put|read|"
    r"signed|issued)\s+[^,;:]*?\b(?:to|in|at|from|for|with|near|on|by|of|into|outside|after|"
    r"before|during|between|among)\s+(?:the\s+)?")
# A "who" clause that runs on to the cue: " who asked not to be named " (with its commas, if
# set off; ``tag_patterns.WHO_CLAUSE`` asks for both).
_WHO_CLAUSE_TO_END = re.compile(r"\s*,?\s*who\s+[^,;:]*,?\s*")
# A relative clause after a phrase, up to a preposition right before a name: " who had moved
# to ", ", who works with ".
_WHO_THEN_PREPOSITION = re.compile(
    r",?\s+(?:who|that)\s+(?:[\w’'-]+\s+){0,6}?(?:to|in|at|from|for|with|near|on|by|of|into|"
    r"outside)\s+(?:the\s+)?")
# A bare plural for people opening a clause, then a preposition, right before a name.
_BARE_PLURAL = re.compile(r"(?:^|(?<=[,;:.!?\n])\s*|\b(?:and|but)\s+)(?P<head>[A-Za-z][a-z]+s)\s+"
                          r"(?:in|at|near|from|of|outside|across|around)\s+(?:the\s+)?$")
# One person by a noun, then where from, right before a name: "A mother at Ipeukel".
_ONE_AT = re.compile(r"(?:^|(?<=[,;:.!?\n])\s*|\b(?:and|but)\s+)(?P<desc>(?:[Aa]n?|[Oo]ne)\s+"
                     r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*))\s+"
                     r"(?:in|at|near|from|outside|of)\s+(?:the\s+)?$")
_ONE_AT_DESC = re.compile(
    r"(?P<pronoun>(?!))?(?P<name>(?!))?(?P<desc>(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<head>[a-z][\w-]*)\s+(?:in|at|near|from|outside|of)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
# The same words as a description, with the groups of _DESC ("residents in Kalomet").
_BARE_PLURAL_DESC = re.compile(
    r"(?P<pronoun>(?!))?(?P<name>(?!))?(?P<desc>(?P<head>[A-Za-z][a-z]+s)\s+(?:in|at|near|from|of|"
    r"outside|across|around)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def as_written(speaker: str, np: re.Match[str], text: str) -> str:
    """``speaker``, a description read from ``np``, with the capitals of ``text`` where ``np``
    was read from a copy with a capitalised post in lower case ("the secretary of State" is
    "the Secretary of State")."""
    if np.string is text or len(np.string) != len(text):
        return speaker
    at = next((k for k, (a, b) in enumerate(zip(np.string, text, strict=True)) if a != b), None)
    if at is None:
        return speaker
    word = re.match(r"[\w-]+", text[at:])
    return speaker.replace(word.group().lower(), word.group(), 1) if word else speaker
