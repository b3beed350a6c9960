"""Finding direct quotations in an article body: their spans, pieces and kind.

The scan is per paragraph so that a stray, unmatched mark can cost at most its own paragraph;
a quotation carries into the next paragraph only when that paragraph opens with a mark (the
newspaper convention for a quote running over several paragraphs).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

from socialkit.models import Article, QuoteKind
from socialkit.quotes.census import is_common_given_name
from socialkit.quotes.lexicon import (
    CUE_VERBS,
    OUTLET_WORDS,
    OUTLETS,
    STANCE_VERBS,
    TITLES,
    WORK_WORDS,
    words,
)
from socialkit.quotes.people import is_person_noun, is_plural, is_surname

# Double marks of every convention we meet: English “…”, straight "…", German „…“, French «…».
_DOUBLE = '"“”„‟«»'
_SINGLE_OPEN = "‘‚‹'"
_SINGLE_CLOSE = "’›'"
_OPEN_BEFORE = "([{—–-/"
# (Each pattern that scans a whole paragraph opens with one character class, so the regex
# engine skips straight to the marks; an alternation opening it is tried at every character.)
# A mark before a capital; a straight apostrophe may be doubled ('').
_SPEECH_OPEN = re.compile(r"[‘'\"“„«](?:(?<=')')?(?=[A-Z])")
# Two apostrophes are one double mark: the convention of the NYT archive's plain text. A run of
# three is a double mark and a single one, as where a quote inside a quote ends.
# (A straight apostrophe is taken only doubled or tripled: '{2,3}|[...], with its first
# character first.)
_DOUBLE_RE = re.compile(f"['{re.escape(_DOUBLE)}](?:(?<=')'{{1,2}}|(?<=[{re.escape(_DOUBLE)}]))")
_SINGLE_RE = re.compile(f"[{re.escape(_SINGLE_OPEN + _SINGLE_CLOSE)}]")
_CLOSE_AFTER = ".,;:!?)]}—–-…"
# The marks that may stand right before an opening mark, and right after a closing one.
_MARK_BEFORE_OPEN = _DOUBLE + _SINGLE_OPEN
_MARK_AFTER_CLOSE = _DOUBLE + _SINGLE_CLOSE
# Words that begin with an elided letter ('em, ’90s): a single mark there is an apostrophe.
_ELISION = re.compile(r"(?:em|til|cause|tis|twas|n\b|\d)", re.IGNORECASE)
# (Its first letter matched alone, "[^\W_][^\W_]*" for "[^\W_]+", so the regex engine skips
# straight to the letters between words.)
_WORD = re.compile(r"[^\W_][^\W_]*(?:[’'-][^\W_]+)*")
_SMALL_WORDS = words(
    "a an and as at but by de for from in into la le nor of on or the to vs von with"
)


# A transcript's speaker label at the start of a quoted paragraph: "PENCE:", "MR. TRUMP:".
# (Capitals with accents too: "AURÉLIE DUMONT:".)
_CAPS = "A-ZÀ-ÖØ-Þ"
_LABEL_WORDS = (rf"(?:[A-Z]{{2,4}}\. )?"
                rf"(?P<label>[{_CAPS}][{_CAPS}'’-]+(?: [{_CAPS}][{_CAPS}'’-]+){{0,2}})")
_LABEL = re.compile(_LABEL_WORDS + r": +(?=\S)")
# "(CROSSTALK.)", "[APPLAUSE]": a transcript's stage directions are no one's words.
_STAGE = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")


@dataclass(frozen=True)
class Found:
    """A quotation as found: its pieces (body offsets, marks excluded) and its paragraphs."""

    spans: tuple[tuple[int, int], ...]
    paragraphs: tuple[int, ...]
    kind: QuoteKind
    standalone: bool  # the quotation is its paragraph (bar an attribution clause)
    label: str | None = None  # a transcript's speaker label before it ("PENCE")
    unmarked: bool = False  # a transcript's turn printed without quote marks
    aside: str | None = None  # the name in a turn's label after a role: "CALLER (PETE)"


class _Mark(NamedTuple):
    # (A named tuple, not a frozen dataclass: one is made for every mark of every paragraph,
    # and a frozen dataclass sets each field through object.__setattr__.)
    pos: int
    char: str
    ctx_open: bool
    ctx_close: bool
    width: int = 1  # 2 for a double mark written as two apostrophes


def _marks(text: str, base: int, chars: str) -> list[_Mark]:
    out = []
    for found in (_DOUBLE_RE if chars == _DOUBLE else _SINGLE_RE).finditer(text):
        i = found.start()
        ch = found.group()
        if len(ch) == 3:
            # After a word the last two close the quote; before one the first two open it.
            if i > 0 and not text[i - 1].isspace():
                i += 1
            ch = ch[:2]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + len(ch)] if i + len(ch) < len(text) else " "
        ctx_open = (prev.isspace() or prev in _OPEN_BEFORE or prev in _MARK_BEFORE_OPEN) and (
            not nxt.isspace() or ch in "«»"
        )
        ctx_close = (not prev.isspace() or ch in "«»") and (
            nxt.isspace() or nxt in _CLOSE_AFTER or nxt in _MARK_AFTER_CLOSE
        )
        out.append(_Mark(base + i, ch, ctx_open, ctx_close, len(ch)))
    return out


def _double_role(mark: _Mark, inside: bool) -> str:
    """'open', 'close' or 'either' for a double mark, from its glyph and its neighbours."""
    ch = mark.char
    if ch == "«":
        return "open"
    if ch == "»":
        return "close"
    if ch in "“„‟":
        # “ closes a German „…“ quote, and sloppy typing uses it as a closer too.
        return "close" if inside and mark.ctx_close and not mark.ctx_open else "open"
    if ch == "”":
        return "open" if not inside and mark.ctx_open and not mark.ctx_close else "close"
    if mark.ctx_open and not mark.ctx_close:
        return "open"
    if mark.ctx_close and not mark.ctx_open:
        return "close"
    return "either"


def _single_role(text: str, mark: _Mark, base: int, inside: bool) -> str | None:
    """Role of a single mark, or None when it is an apostrophe (don’t, clients’, ’90s)."""
    i = mark.pos - base
    if (mark.ctx_open and mark.char in "‘‚‹'" and not _ELISION.match(text, i + 1)
            and not (mark.ctx_close and inside)):
        return "open"
    if mark.ctx_close and mark.char in "’›'":
        return "close"
    return None


def _pair(text: str, base: int, single: bool) -> tuple[list[tuple[int, int]], int | None, bool]:
    """Pair the marks of one paragraph.

    Returns the (open, close) mark positions of closed quotes, the position of a mark still open
    at the end of the paragraph (or None), and whether the first mark opens the paragraph.
    """
    chars = _SINGLE_OPEN + _SINGLE_CLOSE if single else _DOUBLE
    marks = _marks(text, base, chars)
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    first: tuple[int, str] | None = None

    def role_of(mark: _Mark, inside: bool) -> str | None:
        if single:
            return _single_role(text, mark, base, inside)
        return _double_role(mark, inside)

    for k, mark in enumerate(marks):
        role = role_of(mark, open_at is not None)
        if role is None:
            continue
        if first is None:
            first = (mark.pos, role)
        # A quote opened by two apostrophes starts after the second.
        if open_at is None:
            if role in ("open", "either"):
                open_at = mark.pos + mark.width - 1
            continue
        if role == "open":
            # the earlier opener was a stray mark: it costs only itself
            open_at = mark.pos + mark.width - 1
            continue
        if single and _possessive(text, mark, base) and any(
                role_of(later, True) == "close" for later in marks[k + 1 :]):
            continue
        pairs.append((open_at, mark.pos))
        open_at = None
    lead = base + (len(text) - len(text.lstrip()))
    starts_open = first is not None and first[0] == lead and first[1] in ("open", "either")
    return pairs, open_at, starts_open


def _possessive(text: str, mark: _Mark, base: int) -> bool:
    """A ’ after s and before a lower-case word reads as a plural possessive (the clients’ fees)."""
    i = mark.pos - base
    return i > 0 and text[i - 1] in "sS" and re.match(r" [a-z]", text[i + 1 : i + 3]) is not None


def _may_continue(text: str, i: int) -> bool:
    """Whether a quote left open at a paragraph's end reads as one that runs on.

    It must open a statement (at the paragraph start, or after a colon, comma or full stop) with
    a capital, a digit or a handle; an open mark before a lower-case fragment is a typo, and
    costs just its paragraph.
    """
    before = text[: i + 1 - _open_width(text, i + 1)].rstrip()
    rest = text[i + 1 :].lstrip()
    # A post quoted whole may open with a handle or a number ("@Vanderkimberly and I ...").
    opens = rest[:1].isupper() or rest[:1].isdigit() or (
        rest[:1] in "@#" and rest[1:2].isalnum())
    return opens and (not before or before[-1] in ".:,!?—–")


# A title or a name in single marks: a few capitalised words and the closing mark, no
# sentence's punctuation ("‘Island Voices’", "‘Operation Eagle’").
# (Two words at least: "‘Stop’" may be speech.)
_TITLE_IN_SINGLES = re.compile(r"[A-Z][\w-]*(?: (?:[A-Z][\w-]*|of|the|and|for|in|on|a))"
                               r"{0,4} [A-Z][\w-]*[’'](?![\w])")


def _uses_single_marks(paragraphs: list[str]) -> bool:
    """Whether the story marks speech with single quotes (British style) rather than double."""
    single = double = 0
    for text in paragraphs:
        # Double marks seen so far in the paragraph, counted as the scan goes (a count of the
        # text before each mark made a long paragraph quadratic).
        seen = 0
        straight = opened = closed = 0
        for m in _SPEECH_OPEN.finditer(text):
            at = m.start()
            straight += text.count('"', seen, at) + text.count("''", seen, at)
            opened += text.count("“", seen, at)
            closed += text.count("”", seen, at)
            seen = at
            if at and not (at >= 2 and text[at - 1] == " " and text[at - 2] in ":,.?!"):
                continue
            if m.group() not in "‘'":
                double += 1
            elif _TITLE_IN_SINGLES.match(text, m.end()):
                # ("A new report, ‘Island Voices’, said", "‘Island Voices’ said": a title in
                # single marks is no speech; two such had made a story of double marks plain
                # text, its quotations lost.)
                continue
            elif straight % 2 == 0 and opened <= closed:
                # (A quote inside a quote, "he kept saying, 'Two an over, Tommy,'", is no sign
                # of the story's own marks: two such in a story of double marks had made every
                # double-quoted paragraph plain text.)
                single += 1
    return single > double


# Markup left in a text (<tweet author="...">): its attribute values are not speech.
_TAG = re.compile(r"<[A-Za-z/][^<>]*>")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _single_speech(text: str, base: int) -> list[tuple[int, int]]:
    """Curly single marks used for speech in one paragraph of a story that uses double marks.

    Only a statement counts (a capital, three words or more, closing punctuation), so that a
    scare-quoted ‘word’ or an apostrophe (won’t, clients’, ’90s) is never taken for a quote.
    """
    pairs = []
    for o, c in _pair(text, base, True)[0]:
        quoted = text[o - base + 1 : c - base]
        if (text[o - base] == "‘" and quoted[:1].isupper() and len(_WORD.findall(quoted)) >= 3
                and quoted.rstrip().endswith((",", ".", "!", "?"))):
            pairs.append((o, c))
    return pairs


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def find_quotations(article: Article) -> list[Found]:
    """Every quotation in body order, titles of works, nicknames and scare quotes left out."""
    body = article.body
    texts = [p.text for p in article.paragraphs]
    single = _uses_single_marks(texts)
    raw: list[tuple[list[tuple[int, int]], list[int]]] = []
    carry: list[tuple[int, int]] = []
    carry_paras: list[int] = []
    for index, para in enumerate(article.paragraphs):
        text = _TAG.sub(_blank, para.text) if "<" in para.text else para.text
        pairs, open_at, starts_open = _pair(text, para.start, single)
        if not single and not pairs and open_at is None and "‘" in text:
            pairs = _single_speech(text, para.start)
        if carry and starts_open and (pairs or open_at is not None):
            first_open = min([p[0] for p in pairs] + ([open_at] if open_at is not None else []))
            lead = para.start + (len(para.text) - len(para.text.lstrip()))
            if first_open + 1 - _open_width(body, first_open + 1) == lead:
                if pairs and pairs[0][0] == first_open:
                    o, c = pairs.pop(0)
                    raw.append(([*carry, (o + 1, c)], [*carry_paras, index]))
                    carry, carry_paras = [], []
                else:
                    carry.append((first_open + 1, para.end))
                    carry_paras.append(index)
                    open_at = None
        carry_dropped = bool(carry) and (not carry_paras or carry_paras[-1] != index)
        if carry_dropped:
            if len(carry) >= 2:
                # Paragraphs each opened with a mark and never closed ('"Jose is one ...' //
                # '"He is renowned ...' // an embed's "Club statement") follow the convention
                # of a quotation run over paragraphs: the words are quoted to the last one.
                raw.append((carry, carry_paras))
            carry, carry_paras = [], []  # an unclosed quote not continued: a stray mark
        for o, c in pairs:
            raw.append(([(o + 1, c)], [index]))
        if open_at is not None and _may_continue(para.text, open_at - para.start):
            carry, carry_paras = [(open_at + 1, para.end)], [index]
    raw.sort(key=lambda r: r[0][0][0])
    found: list[Found] = []
    for spans, paras in _split_at_labels(body, raw):
        clean = [_strip(body, s, e) for s, e in spans]
        clean = [(s, e) for s, e in clean if e > s and not (
                     body.startswith(("(", "["), s) and _STAGE.fullmatch(body, s, e))
                 and not _BYLINE.fullmatch(body, s, e)]
        if not clean or not any(ch.isalnum() for s, e in clean for ch in body[s:e]):
            continue
        # (A label ends at its colon: looked for only where one is.)
        label = _LABEL.match(body, clean[0][0], clean[0][1]) if body.find(
            ":", clean[0][0], clean[0][1]) >= 0 else None
        if label:
            # "PENCE: Well, ..." in a quoted transcript: the label names the speaker; the
            # quotation is what follows it.
            clean[0] = (label.end(), clean[0][1])
        item = _classify(article, clean, paras)
        if item is not None:
            found.append(replace(item, label=label.group(1)) if label else item)
    found = _merge_interrupted(article, found)
    turns = _transcript_turns(article, found)
    return sorted(found + turns, key=lambda f: f.spans[0][0]) if turns else found


# A turn of a transcript printed without marks: "ASHGROVE: Some of it?", "CALLER (PETE): I ...".
# (The label of a quoted transcript's turn, and a role's name after it.)
_TURN = re.compile(_LABEL_WORDS + r"(?: \((?P<aside>[A-Z][A-Za-z'’-]+)\))?: +(?=\S)")
# The same with the name written as in running text: "Whitfield: You signed off ...", "Host:
# ...". (The attribution keeps only labels that name people of the story, two at least:
# "Update:", "Related:" name no one.)
_NAME_TURN = re.compile(r"(?P<label>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2})"
                        r"(?: \((?P<aside>[A-Z][A-Za-z'’-]+)\))?: +(?=\S)")
# A transcript is an exchange: one capitalised label alone is a dateline, a rubric, a kicker.
_MIN_VOICES = 2


def _transcript_turns(article: Article, found: list[Found]) -> list[Found]:
    """The turns of a transcript printed without quote marks, each a quotation of its label:
    "NAME:" turns (``_TURN``) and "Q:"/"A:" exchanges (``_QA_TURN``), found in one pass.

    A name label counts only if the story writes that word as a name in running text
    ("ASHGROVE" after "presenter Duncan Ashgrove"); the attribution then keeps only labels that
    name people of the story, two at least. An exchange needs both a "Q" and an "A". Who asks
    and who answers is the attribution's to say.
    """
    body = article.body
    quoted = {i for f in found for i in f.paragraphs if f.label is not None}
    marked = {i for f in found for i in f.paragraphs}
    named: list[Found] = []
    name_turns: list[Found] = []  # turns whose label is written as a name ("Whitfield:")
    asked: list[Found] = []
    written: set[str] | None = None  # the story's capitalised words, read once
    for index, para in enumerate(article.paragraphs):
        if index in quoted:
            continue
        # (Every label but a question's or an answer's ends at a colon, and most paragraphs
        # have none: the patterns are tried only where one is; "Q." and "A." only where the
        # paragraph opens with its letter.)
        colon = ":" in para.text
        qa = _QA_TURN.match(para.text) if para.text.startswith(("Q", "A")) else None
        m = None if qa or not colon else _TURN.match(para.text)
        written_label = False
        if m is None and not qa and index not in marked:
            # (Not a paragraph with quote marks of its own: 'Gorsuch: "Where does it end?"'
            # is that quotation, credited by its colon.)
            m = _NAME_TURN.match(para.text) if colon else None
            words_ = para.text[m.end() :].split() if m else []
            if words_ and (sum(w[:1].isupper() for w in words_) * 2 > len(words_)
                           or not words_[0][:1].isupper()):
                # "Harwick City: Ashdown; Blackwood, Pike (Doyle 34), ...": a team sheet, a
                # list of names, is nobody's speech; nor "Host: the episode was recorded".
                m = None
            written_label = m is not None
        elif m is not None:
            if written is None:
                written = _written_as_names(body)
            if (m.group("aside") or m.group("label")).split()[-1].lower() not in written:
                m = None
        turn = qa or m
        if turn is None:
            continue
        start, end = _strip(body, para.start + turn.end(), para.end)
        stage = _STAGE.match(body, start, end)
        if stage:  # "PETRENKO: (laughs) That's fair.": the direction is no one's words
            start, end = _strip(body, stage.end(), end)
        if end > start and any(ch.isalnum() for ch in body[start:end]):
            aside = m.group("aside") if m else None
            (asked if qa else name_turns if written_label else named).append(Found(
                ((start, end),), (index,), "full", True, label=turn.group("label"),
                unmarked=True, aside=aside))
    named += _exchanges(name_turns, body)
    # Two voices at least: one label over and over ("DEAR ABBY:" before each reader's letter)
    # is a column's form, not an exchange.
    turns = named if len({t.label for t in named}) >= _MIN_VOICES else []
    return turns + (asked if {t.label for t in asked} == {"Q", "A"} else [])


# Words of someone speaking for themselves or to someone ("I", "we", "you", "my", "our").
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|We|us|our|Our|you|You|"
                       r"your|Your)\b")


def _exchanges(turns: list[Found], body: str) -> list[Found]:
    """The turns with a label written as a name that make an exchange: runs of consecutive
    paragraphs in which two voices at least speak twice each ("Whitfield: ... Harlow: ...
    Whitfield: ... Harlow: ..."), in the first or second person in most turns, as people
    talking to each other do. A list of "Name: text" lines where each name comes once (player
    ratings, a court's sentences, candidates at a glance), or a summary in the third person
    ("Badenoch: Says Labour has ...", "Trump: Claimed ..."), is the writer's, not theirs."""
    out: list[Found] = []
    run: list[Found] = []
    for turn in [*turns, None]:
        if turn is not None and (not run or turn.paragraphs[0] == run[-1].paragraphs[0] + 1):
            run.append(turn)
            continue
        counts = Counter(t.label for t in run)
        spoken = sum(1 for t in run if _PERSONAL.search(body, t.spans[0][0], t.spans[0][1]))
        if sum(1 for n in counts.values() if n >= 2) >= _MIN_VOICES and spoken * 2 > len(run):
            out += run
        run = [turn] if turn is not None else []
    return out


# A question and its answer as a court transcript or an interview prints them: "Q: ...", "A. ...".
_QA_TURN = re.compile(r"(?P<label>[QA])[:.] +(?=\S)")


def _written_as_names(body: str) -> set[str]:
    """The words the story writes as a name is written, a capital then lower case
    ("Ashgrove", "Ferreira-Holt"), in lower case: a transcript's label must be one of them."""
    return {w.lower() for w in _CAPITALISED.findall(body) if not w.isupper()}


_CAPITALISED = re.compile(r"\b[A-Z][^\W_]*(?:-[^\W_]+)*")


def _split_at_labels(body: str, raw: list[tuple[list[tuple[int, int]], list[int]]]
                     ) -> list[tuple[list[tuple[int, int]], list[int]]]:
    """A quoted transcript runs over paragraphs; each speaker label starts a new quotation."""
    out: list[tuple[list[tuple[int, int]], list[int]]] = []
    for spans, paras in raw:
        start = 0
        for k in range(1, len(spans)):
            if _LABEL.match(body, _strip(body, *spans[k])[0], spans[k][1]):
                out.append((spans[start:k], paras[start:k]))
                start = k
        out.append((spans[start:], paras[start:]))
    return out


def _classify(article: Article, spans: list[tuple[int, int]], paras: list[int]) -> Found | None:
    """The quotation's kind, or None for a nickname or the title of a work."""
    body = article.body
    para = article.paragraphs[paras[0]]
    last_para = article.paragraphs[paras[-1]]
    start, end = spans[0][0], spans[-1][1]
    text = " ".join(body[s:e] for s, e in spans)
    # (At most a thousand characters either side: every test reads the sentence around the
    # quotation, and a whole-paragraph window made a one-paragraph article quadratic.)
    before = _outside_before(body, max(para.start, start - _WINDOW), start)
    after = _outside_after(body, end, min(last_para.end, end + _WINDOW))
    prev = before[-1:] or None
    words = _WORD.findall(text)
    prev_words = _WORD.findall(before[-40:])
    after_words = _WORD.findall(after[:40])
    terminal = text.rstrip("\"'”’)]").endswith((".", "!", "?", "…", ",", ":", "—", "-"))
    # Lee “Faker” Sang-hyeok: a short quote between two capitalised words is a nickname.
    if (len(words) <= 3 and not terminal and prev_words and prev_words[-1][:1].isupper()
            and before.endswith(prev_words[-1]) and after[:1] == " " and after_words
            and after_words[0][:1].isupper()):
        return None
    if _not_a_quotation(text, words, before, after, prev_words):
        return None
    # (Each pattern below is tried only where its words stand: they are rare, and every
    # quotation asks.)
    if len(words) <= _LONGEST_NAMED_TITLE and not text.startswith("to ") and (
            "titl" in before[-30:]) and _TITLED_BEFORE.search(before, max(0, len(before) - 40)):
        # "The study, titled “Circadian gene variation and seasonal ...”", "under the title
        # “A new species of Nepenthes ...”": what follows "titled" is a title, whatever its
        # case.
        return None
    if len(words) <= 8 and text[:1].isupper() and not terminal and (
            "sing" in before[-12:] or "sang" in before[-8:]) and _SUNG_BEFORE.search(
                before, max(0, len(before) - 12)):
        # "the home stand sang “Ålänningens sång”", "tens of thousands sang “Mu isamaa on
        # minu arm”": what is sung is a song's title, whatever its language.
        return None
    if len(words) <= 2 and ("word" in before[-20:] or "term" in before[-20:] or (
            "literally" in before[-20:])) and _WORD_AS_WORD_BEFORE.search(
                before, max(0, len(before) - 30)):
        # "use the word “sail” for", "translate the word “probation.”", "Zhungdra, literally
        # “central music”": a word used as a word, or a gloss.
        return None
    if len(words) <= 8 and _ARTWORK_SET_OFF_AFTER.match(after):
        # "struck up “Oben am jungen Rhein”, the national anthem", "“Ha'ånen Hinanao,” an
        # original musical": a title the story sets off as a work of art or music.
        return None
    if len(words) <= 6 and (scheme := _SCHEME_AFTER.match(after)) and (
            after[scheme.end() : scheme.end() + 1] in (",", ".", "") or not _has_cue(
                " ".join(after[scheme.end() : scheme.end() + 80].split()[:6]))):
        # "under the “Kopi Indonesia untuk Dunia” program", "its “Ħalli l-Qbajjar Trankwill”
        # petition": the name of a scheme, its noun right after it (not the title of one
        # who speaks, a cue in the words after it: "“...,” programme lead Ana Ruiz said").
        return None
    if len(words) <= 8 and before.endswith(",") and bool(prev_words) and (
            prev_words[-1].lower() in _ARTWORKS) and before.endswith(prev_words[-1] + ",") and (
            not _ABOUT_A_WORK.search(before, max(0, len(before) - 80))):
        # "Her 1963 album, “Mga Awit ng Puso,” became", "His best-known composition, “Szegedi
        # rapszódia”": a work's title set off after it, whatever its language or case. (Not
        # after a book or a memoir, which a quotation may come from: "wrote in her memoir,
        # “...”"; nor a show or a programme, where one is said; nor what a sentence says of
        # a work: "said of the film,", "Asked about the album,", "In the song,".)
        return None
    if _SLOGAN_AFTER.match(after) or (any(w in before for w in _SLOGAN_WORD_LIST) and (
            _SLOGAN_BEFORE.search(before))):
        # "the “Meth. We're on it.” campaign", "its campaign “Starts with one.”": a slogan is
        # the name of a campaign, no one's words in the story.
        return None
    if len(words) <= _LONGEST_NAMED_TITLE and "(" in after[:3] and _translated_title(
            after, words, not terminal and not _speech_in(" ".join(prev_words[-5:]))):
        # "its 1978 album “Hajnali szél” (Morning Breeze)", "the documentary “Otoci bez liječnika”
        # (Islands Without Doctors)", "the show “Aktuaalne kaamera” (AK)": a title the
        # story translates in title case, or spells by its initials, is a work's or a
        # show's name, no one's words (a quotation's translation reads as a sentence:
        # "(Long live the republic)").
        return None
    work_before = bool(prev_words) and (prev_words[-1].lower() in WORK_WORDS
                                        or before.endswith(("’s", "'s", "s’", "s'")))
    # "her new documentary “13th”", "Davis' commentary, “Melania, tell ...”": a work's title
    # right after the work, whatever its case or its first character.
    if work_before and (
            _looks_like_title(words, text, digits=True, longest=_LONGEST_NAMED_TITLE) or (
                before.endswith(",") and prev_words[-1].lower() in _ARTICLE_WORDS)):
        return None
    if _looks_like_title(words, text):
        # "“Hopefully,” the president said, “...”": a one-word piece before its speech tag;
        # "“Order! Order!” he cried": an exclamation before one, the tag right after it (not
        # '“Oliver!” star Tom Brannigan said', a show's title).
        tag_next = _TAG_NEXT.match(after)
        opens_tag = (text.rstrip().endswith(",") and _has_cue(after[:40])) or (
            text.rstrip().endswith(("!", "?")) and tag_next is not None
            and tag_next.group("cue") in CUE_VERBS)
        after_preposition = bool(prev_words) and before.endswith(prev_words[-1]) and (
            prev_words[-1].lower() in _TITLE_PREPOSITIONS) and len(words) > 1
        # "eliminated from “Dancing with the Stars.”", "the intro to “Takin' It to the
        # Streets.”": Title Case right after a preposition is a work, full stop or not.
        if work_before or after_preposition or (not _is_sentence(text) and not opens_tag and (
                len(words) <= 1 or not prev or prev not in ".!?:")):
            return None
    cue_before = bool(prev_words) and prev_words[-1].lower() in CUE_VERBS
    # After a closing mark, only a capital opens a statement: "Valve called 'Half Life: Alyx'
    # “a flagship VR game.”" is a fragment after a title.
    opens_statement = (prev is None or prev in ".!?:" or (
                           prev in _DOUBLE + _SINGLE_CLOSE and not text[:1].islower())
                       or prev in "—–" or (prev == "," and (_has_cue(before[-60:]) or (
                           _ACCORDING_TO.search(before) is not None)))
                       or (cue_before and text[:1].isupper()))
    if prev_words and prev_words[-1].lower() in ("that", "as", "of", "a", "an", "the"):
        opens_statement = False
    clause = len(words) >= 3 or (terminal and len(words) >= 1 and text[:1].isupper())
    standalone = prev is None and (not after.strip() or _is_attribution_tail(after))
    kind: QuoteKind = "full" if opens_statement and clause else "partial"
    if kind == "full" and not terminal and after_words and after[:1] == " " and (
            after_words[0][:1].islower() and after_words[0].lower() not in CUE_VERBS):
        # "Make America Great Again" hats: the quote is a modifier inside the writer's sentence.
        kind = "partial"
    return Found(tuple(spans), tuple(paras), kind, standalone)


# "titled", "entitled", "under the title" right before a quotation.
# (Not the adjective: "Pensioners are entitled “to live with dignity”", "felt entitled".)
_TITLED_BEFORE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bfelt )"
                            r"(?<!\bfeel )(?<!\bfeels )(?<!\bbeing )(?<!\bbeen )"
                            r"\b(?:titled|entitled|under\s+the\s+title),?$")
# "the word", "the term", "literally" right before a quotation.
# (Not "replied with the word “no,”", an answer; nor "literally" as an intensifier: "was
# literally “shaking,”"; a gloss follows the term it glosses and a comma.)
_WORD_AS_WORD_BEFORE = re.compile(r"(?:(?<!\bwith )\b(?:the|a|this|that)\s+(?:word|term)"
                                  r"|,\s+literally),?$")
# A work as a preposition's object, or a participle's, before a comma: "said of the film,",
# "Asked about the album,", "On the single,", "Pointing at the painting,".
# ("of" only after a verb of speech or thought: "the subject of a new documentary, “...”" is
# the work's title.)
_ABOUT_A_WORK = re.compile(r"\b(?i:(?:(?<=said )|(?<=says )|(?<=wrote )|(?<=spoke )|(?<=speaks )|"
                           r"(?<=thinks )|(?<=thought ))of|about|on|in|after|during|at|to|for|"
                           r"from|with|by|into|over|before|[a-z]+ing)\s+"
                           r"(?:the|this|that|his|her|their|its|a|an|our|my)\s+"
                           r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+,$")
# A verb of singing right before a quoted run: what is sung is a song's title.
_SUNG_BEFORE = re.compile(r"\b(?:sang|sing|sings|singing)\s*$")
# A scheme's noun right after its quoted name: "the “Habitatge per a Tothom” programme".
_SCHEME_AFTER = re.compile(r"[”\"’']?\s+(?:programme|program|petition|scheme|initiative)s?\b")
# Works of art or music whose title may be set off after them by a comma.
_ARTWORKS = words("song album single track anthem hymn poem film movie musical opera painting "
                  "composition aria ballad lullaby concert documentary")
# An apposition after a closing mark that says what the quoted run is: ", the national
# anthem", ", an original musical written by" (its head noun, up to three words in).
_ARTWORK_SET_OFF_AFTER = re.compile(r"[”\"’']?,?[”\"’']?,\s+(?:the|an?|his|her|their|its)\s+"
                                    r"(?:[\w’'-]+\s+){0,3}?(" + "|".join(sorted(_ARTWORKS))
                                    + r")\b(?!\s+(?:said|says|told|added|reads?|stated?))")
_SLOGAN_WORDS = "slogan|tagline|motto|catchphrase|jingle"
_SLOGAN_WORD_LIST = tuple(_SLOGAN_WORDS.split("|"))
_SLOGAN_AFTER = re.compile(r"\s+(?:(?:ad|awareness|advertising|marketing|media)\s+)?"
                           rf"(?:campaign|{_SLOGAN_WORDS})s?\b")
# Not "campaign" before the quotation: "expects the campaign “to continue ...”" is a body.
_SLOGAN_BEFORE = re.compile(rf"\b(?:{_SLOGAN_WORDS})[?:]?\s*$")


# A bracket right after a closing mark: "(Morning Breeze)", "(AK)". (A given name and a
# surname in one, "(Dawn Wind)", reads as a source's name and is left to the other rules.)
_BRACKET_AFTER = re.compile(r"\s*\(([^()\n:;,.!?]{1,80})\)")


def _translated_title(after: str, words: list[str], unspoken: bool) -> bool:
    """Whether the bracket right after a quotation gives it in English title case, two words
    or more ("(The Cat King)", "(Winter Bus)"), or spells its words' initials ("(AK)").
    With ``unspoken`` (no end punctuation in the quotation, no verb of speech in the five
    words before it), a title's "The" or last word is no source's ("(The Cat King)"); after
    speech, "(The Hill)", "(The Rock)" and "(Assistant Coach)" credit someone."""
    bracket = _BRACKET_AFTER.match(after)
    if bracket is None:
        return False
    said = bracket.group(1).split()
    if any(w == "I" or w.startswith(("I’", "I'")) for w in said):
        return False  # a sentence's translation: "(I'll Be Back)"
    if bracket.group(1) in OUTLETS or " ".join(said[1:]) in OUTLETS or said[0] in OUTLETS or (
            said[-1] in OUTLET_WORDS) or any(
                # (A capitalised title: "the" inside a title is none, "(Under the Scale)".)
                w[:1].isupper() and w.lower() in TITLES and not (unspoken and w == "The")
                for w in (said[:-1] if unspoken else said)) or (
            len(said) == 2 and is_common_given_name(said[0]) and is_surname(said[1])):
        # A source's name: "(The Observer)", "(Time Out)", "(Mayor Sadiq Khan)", "(Jake
        # Morris)".
        return False
    if len(said) == 1 and said[0].isupper() and len(said[0]) >= 2:
        return said[0] == "".join(w[0] for w in words).upper()
    return len(said) >= 2 and said[0][:1].isupper() and all(
        # (The small words a title leaves in lower case, as _looks_like_title reads them:
        # "On the Banks of the Nemunas"; "Islands Without Doctors" keeps "Without".)
        w[:1].isupper() or w in _SMALL_WORDS for w in said) and any(
        w[:1].isupper() for w in said[1:])


# Right after "book", "film" or "album" a title may run long, with its subtitle: "his book
# “Financial Freedom: A Proven Path to All the Money You Will Ever Need”".
_LONGEST_NAMED_TITLE = 24

_TITLE_PREPOSITIONS = words("from to on in at into onto with by")


# Works whose title follows them after a comma: "Ouisa Davis' commentary, “...,” argued".
_ARTICLE_WORDS = words("commentary column op-ed essay editorial article headline")


_WINDOW = 1000


def _outside_before(body: str, lo: int, start: int) -> str:
    """The paragraph's text before a quotation whose words start at ``start``, without the
    opening mark, and without the space some pages put inside it ("from “ Dancing with the
    Stars.”", where a link's text was set off by spaces)."""
    at = start
    while at > lo and body[at - 1] in " \xa0":
        at -= 1
    return body[lo : at - _open_width(body, at)].rstrip()


def _outside_after(body: str, end: int, hi: int) -> str:
    """The paragraph's text after a quotation whose words end at ``end``, without the closing
    mark or a space inside it."""
    at = end
    while at < hi and body[at] in " \xa0":
        at += 1
    return body[at + _close_width(body, at) : hi]


def _open_width(text: str, start: int) -> int:
    """Width of the mark that opens a quote whose words start at ``start``: 2 for '', else 1."""
    return 2 if start >= 2 and text[start - 2 : start] == "''" else 1


def _close_width(text: str, end: int) -> int:
    """Width of the mark that closes a quote whose words end at ``end``: 2 for '', else 1."""
    return 2 if text[end : end + 2] == "''" else 1


# "she" is a "he": a pronoun or article in quotes is a word used as a word.
_FUNCTION_WORDS = words(
    "he she it they him her them we us i you his hers its their a an the this that"
)
# Articles after which a short quoted noun phrase with no cue in its sentence is a term or a label
# the writer mentions ("a “philanthropub”", "the “fact-checking”"), not someone's words.
# Possessives are left out: "his “beautiful wall”" is usually the possessor's own phrase.
_TERM_DETERMINERS = words("a an the this these those such")
# "Follow Pam Key on Twitter @pamkeyNEN": a byline left inside a quoted transcript.
_BYLINE = re.compile(r"Follow\b.{0,60}\bon (?:Twitter|Instagram|Facebook)\b.*@\w+\W*",
                     re.IGNORECASE)


def _not_a_quotation(text: str, words: list[str], before: str, after: str,
                     prev_words: list[str]) -> bool:
    """A scare quote, a term or a word used as a word: no one's words, left out.

    Most rules ask for a short quoted run (one to three words, no inner punctuation) with no cue
    or stance verb in its sentence, so that the fragments newspapers quote from a speaker
    ("called the plan “a disaster”", "described her as a “disgrace”") stay; only a name (what
    a thing is called, known as or nicknamed) is left out whoever speaks, and one known as or
    nicknamed of up to six words. PolNeAR annotates many such fragments as quotations, so each
    rule here was kept only when it cost no found quotation there (docs/BENCHMARKS.md has the
    rules tried and dropped).
    """
    if text.rstrip().endswith(("?", "!", "…")):
        return False
    if len(words) <= 6 and not any(ch in text.rstrip(".,") for ch in ";:") and (
            # ("nown": "known" or "Known", as _KNOWN_AS reads it, looked for first.)
            ("nown" in before and _KNOWN_AS.search(before)) or (
                # (Or after it: "the “kokers”, as the sluices that drain the polders are
                # known locally", "“Schlichtung” as it is known in German".)
                " as " in after[:6] and _KNOWN_AFTER.match(after)
                # (Not a verdict a verb of speech brings in: "described the ruling as “a
                # betrayal”, as the case is known", "called it “a scandal”, as ...".)
                and not (prev_words and prev_words[-1].lower() in ("as", "it", "them") and (
                    _speech_in(" ".join(prev_words[-4:]))))) or (
                ("nickname" in before or "dubbed" in before) and (
                    dubbed := _NICKNAMED.search(before)) and (
                    # (What someone dubs a thing is a name only when it reads as one, "the
                    # CEO punishment law", or when no one is said to dub it, "who was dubbed";
                    # "Critics dubbed the stadium “a white elephant”" is their verdict. So too
                    # the words after "the nickname": "did not mind the nickname “as long as
                    # we keep winning”" are his.)
                    dubbed.group(1) == "nicknamed" or _name_like(text)
                    or _PASSIVE_DUBBED.search(before, 0, dubbed.start())))):
        # What something or someone is known as, or nicknamed, is a name, whoever speaks in
        # the sentence, of up to six words ("known locally as “la Curva del Diablo,”").
        return True
    if len(words) <= 6 and not any(ch in text.rstrip(".,") for ch in ";:") and (
            any(w in before[-_GROUP_REACH:] for w in _HABIT_VERBS)) and (
            habit := _NAMED_BY_HABIT.search(before, max(0, len(before) - _GROUP_REACH))) and (
            not habit.group("group") or is_person_noun(habit.group("group"))) and not (
            text.rstrip().endswith(",") and _TAG_RIGHT_AFTER.match(after)) and not (
            before.rstrip().endswith(("’s", "'s"))) and (
            _name_like(text) or before.endswith(("the", "The"))):
        # "Locals have long called the mountain “the Sleeping Giant”", "what supporters in
        # Sandys had taken to calling “the drought”", "which supporters of both clubs still
        # call the “Oriental derby”": what people have come to call a thing, or call it now
        # and again, is its name, no one's words to quote. (Not what they call someone's
        # thing: "what they call Donald Trump’s “self-centered message”" is their verdict;
        # and only what reads as a name, a capital or "the" opening it or right before it:
        # "has long called the rule “a giveaway to Wall Street”", "what they call “a betrayal”",
        # "started calling the strikes “political blackmail”" are verdicts.)
        return True
    if len(words) <= 6 and not any(ch in text.rstrip(".,") for ch in ",;:") and (
            " as" in before[-120:]) and any(w in before[-120:] for w in _FILED_VERBS) and (
            _FILED_AS.search(before, max(0, len(before) - 120))) and (
            not (text.rstrip().endswith(",") and _TAG_RIGHT_AFTER.match(after))):
        # "classified as a “red zone”", "designated as “medically vulnerable”", "still
        # remembered in the villages as “the great water”", "long regarded as the island's
        # “food basket”", "often described as the “guesthouse capital”": the class or the
        # name a thing is filed under, no one's words.
        return True
    if not 1 <= len(words) <= 3:
        return False
    if any(ch in text.rstrip(".,") for ch in ",;:"):
        return False
    if len(words) == 1 and words[0] in _FUNCTION_WORDS:
        return True  # "she" is a "he"
    if any(w in before for w in _NAMED_AS_WORDS) and _NAMED_AS.search(before):
        return True  # "HP is called “feather duvet lung”", "what's called “farmer's lung”"
    if ("call" in before or "refer" in before) and (
            group := _GROUP_NAMES_IT.search(before, max(0, len(before) - _GROUP_REACH))) and (
            is_plural(word := group.group(1).lower())) and is_person_noun(word) and not (
            # (Not "in what campaigners called a “historic moment”": their verdict.)
            _WHAT_BEFORE.search(before, max(0, group.start() - 40), group.start())) and (
            # (Nor "farmers called “daylight robbery”", "lawmakers called it “a fraud”": a
            # verdict, not a name; what they call a thing now, "residents call “grey
            # rain”", is its name among them unless it is "a" something.)
            # (Once, "Doctors called the outbreak “the worst yet”", only a capitalised name;
            # and never with a tag right after it: "Teachers call the deal “insulting,” union
            # leader Marta Silva said".)
            (text[:1].isupper() if _CALLED_A_THING.match(before, group.start("verb")) and not (
                group.group("have")) else _name_like(text)) or (
                group.group("verb") in ("call", "refer") and not (
                    _A_BEFORE.search(before) or text.startswith(("a ", "an "))) and (
                    # (What they call a thing they name, "call the gorge “the valley of
                    # stones”", reads as a name; "Locals call the plan “madness”",
                    # "Fishermen call the ban “unworkable”" are verdicts.)
                    not _CALL_OBJECT.match(before, group.start("verb"))
                    or _name_like(text) or text.startswith(("the ", "The "))
                    or before.endswith(("the", "the "))))) and not (
            text.rstrip().endswith(",") and _TAG_RIGHT_AFTER.match(after)):
        # "a stretch that residents jokingly call “the Kalba river”", "the scripts the members
        # referred to as “the menu”": what a group of people calls a thing is its name among
        # them, no one's words to quote.
        return True
    if before.endswith("so-called"):
        # "the so-called “corridor care”", "warned against so-called “measles parties”",
        # "called for a levy on the so-called “empty flats”": a term, whoever speaks in its
        # sentence, never words to put on a card. (PolNeAR reads one, "Mr. Trump has called
        # for taxing so-called ''pass through'' income", as his words: one quotation there
        # against 68 wrong ones over the written sets, docs/BENCHMARKS.md round 77.)
        return True
    sentence = _sentence_before(before)
    if _speech_in(sentence) or _speech_in(_sentence_after(after)):
        return False
    if _in_alternatives(before, after):
        return True  # it comes across as “too loud” or “too shrill”
    if _DOUBLE_MARK.search(sentence):
        # A second quotation in the sentence ("sort “work-related” emails from her “personal
        # messages”"): a series of someone's words, not a term.
        return False
    if text[:1].isupper() and len(words) > 1:
        return False  # a capitalised run may open a statement: the title rules decide
    if not prev_words or not before.endswith(prev_words[-1]):
        return False
    # "admires Putin as a “strong leader”": what someone is taken as is that someone's word.
    if any(w.lower() in ("as", "like") for w in prev_words[-3:]):
        return False
    prev = prev_words[-1]
    if prev.lower() in _TERM_DETERMINERS:
        return True  # a “liquidating trust”, the “fact-checking”
    # Tea Party “super PACs”: a name used as a modifier; a possessive (Clinton’s “public
    # option”) makes the owner the speaker, so it stays.
    return prev[:1].isupper() and len(prev_words) > 1 and not prev.endswith(
        ("’s", "'s", "s’", "s'"))


# (Each of these patterns ends at the end of the text before a quotation, up to a thousand
# characters of it, and is tried at every character there: it is searched only when its words
# are in that text at all.)
_NAMED_AS_WORDS = ("call", "term", "dub", "nicknamed")
_DOUBLE_MARK = re.compile(f"[{re.escape(_DOUBLE)}]|''")
# A plural noun for people, then "call" or "refer to", then what they call so: "some taxi
# drivers call", "Regulars simply call it", "that residents have long called the bend",
# "Neighbours have long called the small wooden building on 39th Street". (No call or refer
# among the words between: in "printed call scripts that the members referred to as" the
# members name it, not "printed".)
_GROUP_NAMES_IT = re.compile(r"\b([A-Za-z][a-z]*)(?:\s+[a-z]+ly)?\s+"
                             r"(?P<have>have\s+(?:long\s+|already\s+)?|had\s+)?"
                             r"(?P<verb>call|called|refer(?=\s+to)|referred(?=\s+to))(?:\s+to)?"
                             r"(?:\s+(?!call|refer)[^\s,.;:!?\"“”]+){0,8}?(?:\s+as)?"
                             r"(?:\s+(?:the|an?))?$")
# A name given by habit: "have long called", "have for years referred to", "had taken to
# calling", "have started calling", "came to call", "still call", "affectionately called",
# with a group or "they" before those that start ("Liz Truss started calling her critics “the
# anti-growth coalition”" is hers); or what a group or "they" call a thing ("what fishermen
# call", "which they call the", "which supporters of both clubs still call"). Then up to eight
# words of what is so called ("the mountain", "the slope above Bunambale as"). (Not "have
# called for": a demand; nor a bare "has called", one verdict: "Trump has called the deal “a
# disaster”"; nor "now", which is one: "The WHO has now called the outbreak".)
_HABIT_VERBS = ("call", "refer", "dub", "label")
_HABIT = (r"(?:long|always|fondly|affectionately|jokingly|mockingly|simply|still|often|"
          r"commonly|locally|for\s+(?:years|decades|generations|centuries))")
_NAMED_BY_HABIT = re.compile(
    r"(?:\b(?:have|has|had)\s+(?:" + _HABIT + r"\s+)+(?:called|referred\s+to|dubbed|labell?ed)"
    # (A group may open the sentence, "Investigators came to call": a noun for people, which
    # the reader checks; not a surname, "Truss started calling".)
    r"|\b(?:[Tt]hey|[Pp]eople|[a-z]+s|[a-z]+men|(?P<group>[A-Z][a-z]*(?:s|men)))"
    r"(?:\s+(?:of|in|on|at|from)\s+[^,.;:!?\"“”]{1,30}?)?"
    r"\s+(?:have\s+|had\s+)?(?:[a-z]+ly\s+)?"
    r"(?:(?:taken|started|begun|began|come|came)\s+to\s+(?:call(?:ing)?|refer(?:ring)?\s+to)"
    r"|(?:started|begun|began)\s+(?:calling|referring\s+to))"
    r"|\b(?:is|are|was|were)\s+(?:" + _HABIT + r"\s+)+(?:called|referred\s+to|dubbed)"
    r"|\b(?:affectionately|jokingly|mockingly|fondly)\s+(?:call|calls|called|referred\s+to)"
    r"|\b(?:what|which)\s+(?:they|people|many|(?:[A-Za-z]+\s+)?[a-z]+(?:s|men)"
    r"(?:\s+(?:of|in|on|at|from)\s+"
    r"[^,.;:!?\"“”]{1,30}?)?)\s+(?:" + _HABIT + r"\s+)*(?:call|refer\s+to))"
    r"(?!\s+for\b)(?:\s+(?!call|refer)[^\s,.;:!?\"“”]+){0,8}?(?:\s+as)?"
    r"(?:\s+(?:the|its|their))?$")
# A thing filed under a class or a name: "marked as", "designated as", "certified as",
# "remembered locally as", "long regarded as the island's", "often described as". (Not one
# remembered, regarded or known by someone, its object right after the verb: "Winston Pierre
# remembered him as “the quietest man backstage”", "regarded the ruling as", "confirmed what
# one resident described as"; nor across a comma: "known as a pragmatist, described the deal
# as". Only "described" after an adverb of habit: "Ruiz described
# the plan as", "was described by one critic as", "described in the report as" give
# someone's or a document's words; nor "treated as", a verdict: "the Mediterranean was being
# treated as “the poor cousin”"; nor "classified as", as often an audit's words as a class.)
_FILED_VERBS = ("designated", "marked", "categori", "certified", "confirmed", "regarded",
                "remembered", "knew", "known", "marketed", "label", "described")
_FILED_AS = re.compile(
    r"(?:\b(?:designated|marked|categori[sz]ed|certified|confirmed|"
    r"regarded|remembered|knew|known|marketed|labell?ed)"
    r"|\b(?:often|widely|commonly|usually)\s+described)"
    r"(?!\s+(?:him|her|them|me|us|it|the|a|an|this|that|these|those|his|their|its|our|my|"
    r"what|which|who|such)\b)(?!\s+[A-Z])"
    r"(?:\s+(?!(?:what|which|who|described|called|termed|dubbed)\b)[^\s,.;:!?\"“”]+){0,6}?"
    r"\s+as(?:\s+(?:the|an?|its|their))?(?:\s+[\w-]+[’']s)?$")
# How far back the group and its verb may stand: eight words of what they call after the verb
# fit well inside it, and a search from each word of a thousand characters was the rule's cost.
_GROUP_REACH = 300
# "call" a thing with its object before the name: "call the crossing", "call it".
_CALL_OBJECT = re.compile(r"call\s+(?!(?:to|as)\b)[a-z]")
# "called" a thing once, not him, her or it: "called the outbreak".
_CALLED_A_THING = re.compile(r"called\s+(?!(?:him|her|it|them|to|as)\b)[a-z]")
# A tag right after a quotation closed on a comma: "“insulting,” union leader Marta Silva
# said".
_TAG_RIGHT_AFTER = re.compile(r"[”\"’']?\s+(?:[^\s,.;:!?]+\s+){1,5}?"
                              r"(?:said|says|told|tells|added)\b")
# An indefinite article, before a quotation or opening it: what "a" thing is called is a
# verdict on it ("what some call a “holy grail”").
_A_BEFORE = re.compile(r"(?:^|\s)an?\s*$")
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[a-z]+\s+){0,4}$")
# (How, where or to whom it is known may come between, and the sentence may open with it:
# "known locally as", "Known to their fans as", "known locally in the hill villages as".)
_KNOWN_AS = re.compile(r"\b[Kk]nown(?:\s+(?:locally|widely|affectionately|simply|informally|"
                       r"colloquially))?(?:\s+(?:in|to|among|on|around|throughout|across|by)\s+"
                       r"[^,.;:!?\"“”]{1,40}?)?\s+as(?: the| an?)?$")
# (What a thing is known or called: not "as her name was called", "as he was called off",
# "known to be": no person's pronoun, and the clause ends or says where.)
_KNOWN_AFTER = re.compile(r"[”\"’']?,?\s+as\s+(?!(?:he|she|they|we|I|you|her|his|their|my|our|"
                          r"your)\b)(?:[\w’'-]+\s+){1,8}?(?:is|are|was|were)\s+"
                          r"(?:[a-z]+ly\s+)?(?:known(?!\s+to\s+be\b)|called(?=\s*(?:[,.;:!?)]|$|"
                          r"\s+(?:locally|here|there|in|by|among)\b)))")
# A name given by no one in particular: a passive "is called", "what's called", "the term
# (often used) is". ("Critics called “reckless”" has a subject and stays a quotation; PolNeAR
# counts "so-called ''pass through'' income" as Trump's words, so "so-called" is left out:
# it names only where the sentence reports no speech.)
_NAMED_AS = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|also|often|commonly|sometimes|now)|[’']s)\s+"
    r"(?:called|termed|dubbed|nicknamed)$|\bterm(?:\s+[a-z]+){0,3}\s+is$"
    # A trade's term: "what meteorologists call a “heat dome”" (a class of people, present
    # tense; "what she called “the mechanism”" is hers and stays).
    r"|\bwhat\s+(?:[a-z]+\s+){0,2}[a-z]+s\s+(?:call|term|dub)(?:\s+(?:a|an|the))?$")
# A nickname, whoever gave it and whomever it names: "nicknamed her", "have nicknamed the
# south polar region", "earned him the nickname". (The noun only right before the words: "a
# nickname she told ERR she finds “flattering”" goes on to her words about it.)
_NICKNAMED = re.compile(r"\b(?:(nicknamed|dubbed)(?:\s+[^\s,.;:!?\"“”]+){0,5}"
                        r"|nicknames?(?:\s+of)?)$")
# "dubbed" with no one doing it: "who was dubbed", "The younger Park, dubbed".
_PASSIVE_DUBBED = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|once|later|since|also|"
                             r"often|widely|quickly|already)|,)\s+$")


def _name_like(text: str) -> bool:
    """Whether quoted words read as a name rather than a verdict: "the Kalba river", "CEO
    punishment law" ("a white elephant", "daylight robbery" do not)."""
    return text.startswith("the ") or text[:1].isupper()


def _sentence_before(before: str) -> str:
    """The writer's words from the start of the sentence up to a quote."""
    stop = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\n"))
    return before[stop + 1 :]


def _sentence_after(after: str) -> str:
    stop = min((i for i in (after.find(". "), after.find("\n")) if i >= 0), default=len(after))
    return after[:stop]


# Words that make a quoted fragment in their sentence someone's words: a cue or a stance verb.
_SPEECH_WORDS = words("calls called call calling")


_CUE_OR_SPEECH = CUE_VERBS | STANCE_VERBS | _SPEECH_WORDS


def _speech_in(text: str) -> bool:
    # (The words lower-cased with map and tested as a set: a generator per word cost more.)
    return not _CUE_OR_SPEECH.isdisjoint(map(str.lower, _WORD.findall(text)))


_JOINED_AFTER = re.compile(rf"\s+(?:or|and)\s+[{re.escape(_DOUBLE)}]|\s+(?:or|and)\s+''")
_JOINED_BEFORE = re.compile(rf"[{re.escape(_DOUBLE)}]\s+(?:or|and)$|''\s+(?:or|and)$")


def _in_alternatives(before: str, after: str) -> bool:
    """“too loud” or “too shrill”: a list of quoted alternatives is the writer's, not a quote."""
    # (The text before is searched only when it ends with the conjunction, "$" matching before
    # a final line break too.)
    return bool(_JOINED_AFTER.match(after)) or (
        before.endswith(("or", "and", "or\n", "and\n")) and bool(_JOINED_BEFORE.search(before)))


# "According to Limbaugh, “If it was ...”": the quotation opens a statement of its own.
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b[^.!?;:“”\"]{1,80},$")


# A speech tag straight after a closing mark: a cue first, or a pronoun or a name and then a cue
# ("he cried", "roared Sir Anthony", "Tom Hale shouted", "the Speaker said"; not '“Oliver!” star
# Tom Brannigan said').
_TAG_NEXT = re.compile(r"[\"”’']?\s*(?:(?:he|she|they|I|we)\s+|(?:[A-Z][\w’'.-]*\s+){1,3}|"
                       r"the\s+(?:[\w’'.-]+\s+){1,3})?(?P<cue>[a-z]+)\b")


def _has_cue(text: str) -> bool:
    return not CUE_VERBS.isdisjoint(map(str.lower, _WORD.findall(text)))


_SHORT_TAIL = re.compile(r"^[,.]?\s*\S+(?:\s+\S+){0,6}\s*[.]?$")


def _is_attribution_tail(after: str) -> bool:
    """Whether the rest of a paragraph after a quote is just 'she said.' and the like."""
    tail = after.strip()
    return (len(tail) <= 120 and _has_cue(tail) and tail[:1] in (",", ".", "!", "?", " ", "")) \
        or (bool(_SHORT_TAIL.match(tail)) and _has_cue(tail))


def _is_sentence(text: str) -> bool:
    stripped = text.rstrip()
    return stripped.endswith((".", "!", "?")) and len(_WORD.findall(text)) >= 3


def _looks_like_title(words: list[str], text: str, digits: bool = False,
                      longest: int = 12) -> bool:
    """Title Case (every word capitalised except short function words): the name of a work.

    With ``digits`` a title may open with a number ("13th", "1984"). Past ``longest`` words a
    capitalised run is more likely a shouted or headline-style sentence than a title.
    """
    if not words or len(words) > longest or not (
            words[0][:1].isupper() or (digits and words[0][:1].isdigit())):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _merge_interrupted(article: Article, found: list[Found]) -> list[Found]:
    """Join "A," she said, "B." into one quotation of two pieces."""
    body = article.body
    merged: list[Found] = []
    for item in found:
        if merged:
            last = merged[-1]
            gap = body[last.spans[-1][1] : item.spans[0][0]]
            last_text = body[last.spans[-1][0] : last.spans[-1][1]]
            same_para = last.paragraphs[-1] == item.paragraphs[0]
            between = gap.strip(_DOUBLE + _SINGLE_OPEN + _SINGLE_CLOSE + " ")
            item_text = body[item.spans[-1][0] : item.spans[-1][1]]
            tail = body[item.spans[-1][1] + _close_width(body, item.spans[-1][1]) :
                        article.paragraphs[item.paragraphs[-1]].end]
            if (same_para and last.kind == "full" and last_text.endswith((",", "—", "–", "-"))
                    and _is_interruption(between, body[item.spans[0][0] : item.spans[0][1]])
                    and not (item_text.endswith((",", "?", "!")) and _has_cue(
                        _first_clause(tail)))):
                # (The last condition: "“A,” he said. “B,” the city's lawyer said." are two
                # quotations with a tag each, perhaps by two people, never one in pieces.)
                merged[-1] = Found(last.spans + item.spans, last.paragraphs + item.paragraphs,
                                   "full", last.standalone and _is_attribution_tail(
                                       body[item.spans[-1][1] + _close_width(
                                           body, item.spans[-1][1]) : article.paragraphs[
                                           item.paragraphs[-1]].end]))
                continue
        merged.append(item)
    return merged


def _first_clause(text: str) -> str:
    """The words up to the first full stop, semicolon or quotation mark."""
    return re.split(r"[.;!?“”\"]", text, maxsplit=1)[0][:80]


# One sentence: no full stop followed by a capital, bar the abbreviations of names and titles.
_INNER_STOP = re.compile(
    r"[.!?](?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
    r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bJr\.)(?<!\bSr\.)\s+[A-Z(]"
)


# A tag of any verb between two pieces, a subject and a verb either way round: "Ellery
# testified.", "an insider revealed.", "recalled Mr Hale,". (The first piece ends in a comma,
# so the speaker has not finished: whatever the verb, it tells who is speaking.)
_SHAPED_TAG = re.compile(
    r"(?:(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*|"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*|[Hh]e|[Ss]he|[Tt]hey)\s+[a-z]+(?:ed|s)"
    r"|[a-z]+(?:ed|s)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)[.,]")


def _is_interruption(between: str, next_text: str) -> bool:
    """Whether the words between two quotes are just their attribution.

    "A," she said, "B." and, as newspapers write it just as often, "A," Mayor Rosa Delgado said
    after the vote. "B." The first piece ends with a comma (the speaker has not finished); the
    words between are one short clause with a cue; after a full stop the next piece must open a
    sentence of its own.
    """
    if not (len(between) <= 160 and between[:1].isascii() and between[:1].isalpha()
            and (_has_cue(between) or _SHAPED_TAG.fullmatch(between))) or _INNER_STOP.search(
                between):
        return False
    if between.endswith((",", "—", "–")):
        return True
    return between.endswith(".") and next_text[:1].isupper()
