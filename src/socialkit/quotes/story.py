"""One article as the attribution rules read it, and the ``Attribution`` each rule returns.

``_Story`` holds what every rule reads: the body with quoted words masked (``marks``), the index
of the names in it (``names``), the sentences of each paragraph (``sentences``) and the
attributions made so far, in body order, since a quotation with no tag of its own may take an
earlier one's speaker. The rules are layered on it, each layer using only those below:
``noun_phrases``, then ``speakers``, then ``continuity``, then ``attribute``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from socialkit.models import Article
from socialkit.quotes.extract import Found
from socialkit.quotes.marks import _mask
from socialkit.quotes.names import Entity, Mention, NameIndex
from socialkit.quotes.sentences import _by_paragraph
from socialkit.quotes.via import _find_via


@dataclass(frozen=True)
class Attribution:
    """What the rules found for one quotation; any field may be None."""

    speaker: str | None
    cue: str | None
    via: str | None
    # "description" when ``speaker`` is the story's own words for a source it never names,
    # "organisation" for a body named only by its place and kind ("US military"); otherwise
    # None, and the kind comes from the entity the name belongs to.
    kind: str | None = None


_NONE = Attribution(None, None, None)


class _Story:
    """One article's masked body, names, sentences and attributions so far."""

    def __init__(self, article: Article, found: list[Found]) -> None:
        self.article = article
        self.body = article.body
        self.found = found
        self.masked = _mask(self.body, found)
        self.names = NameIndex(self.body, self.masked, article.title)
        self.sentences = _by_paragraph(self.names.sentences, article)
        self.results: list[Attribution] = []
        self.people = {m.entity.name: m.entity for m in self.names.mentions
                       if m.entity.kind == "person"}
        # Every entity the index names, once, in the order first named (asked per quotation;
        # a walk of every mention each time grows with the story squared).
        self.entities = list({id(m.entity): m.entity for m in self.names.mentions}.values())
        self._para_starts = [p.start for p in article.paragraphs]
        self._quote_starts = [f.spans[0][0] for f in found]
        # The ages the story gives each person ("Tom Hale, 61,", "Wren, the 19-year-old
        # qualifier", "27-year-old Diego Ortega"), by entity, in the order first stated; found
        # on the first aged epithet that needs them.
        self._stated_ages: dict[int, tuple[Entity, set[int], bool]] | None = None
        self._teens: tuple[list[tuple[int, Entity]], dict[int, int]] | None = None
        self._unnamed_aged: dict[int, int] | None = None
        # Where the story writes each age it is asked about, with who speaks of that one.
        self._spoken_of: dict[int, tuple[list[int], list[set[int]]]] = {}
        # The speakers quoted so far, read from ``results`` as it grows (one pass in all).
        self._quoted_names: set[str] = set()
        self._quoted_upto = 0
        # The people or age each person was taken for ("the Italian"): never a second one.
        self._epithets: dict[int, str] = {}
        self._by_surname: dict[str, set[str]] | None = None
        # Offices the story writes with a place ("the Prince of Wales"), read once if asked.
        self._titles_of: set[str] | None = None
        self._ends: dict[int, list[int]] = {}
        self._starts_of: dict[int, list[int]] = {}
        self._before_quote: dict[int, tuple[int, int] | None] = {}
        self._titled_people: set[int] | None = None  # who has a title before their name
        # The words right before each person's mention, by the last of them ("retired Army
        # major Giles Fanshawe" under "major"), built on the first epithet that needs them.
        self._words_before_names: dict[str, list[tuple[Mention, list[str]]]] | None = None
        # Where the story first brings in "a mum-of-two", by the compound.
        self._brought_as: dict[str, int] = {}
        # Whether the story writes "<Office> of" ("the Prince of Wales"), by the office word.
        self._offices_of: dict[str, bool] = {}
        self._one_office: dict[tuple[str, int], bool] = {}
        # Whether a mention modifies a noun, by (mention start, floor): asked per tag and per
        # rival, it read the words around the same mention again and again.
        self._modifier_names: dict[tuple[int, int], bool] = {}

    def _sentence(self, para: int, pos: int) -> tuple[int, int]:
        """The sentence of paragraph ``para`` that holds ``pos`` (else the whole paragraph)."""
        sentences = self.sentences[para]
        # The first sentence ending at or after ``pos`` (a bisect: a story printed as one long
        # paragraph made a scan of its sentences per question quadratic).
        i = bisect_left(self._sentence_ends(para), pos)
        if i < len(sentences) and sentences[i][0] <= pos <= sentences[i][1]:
            return sentences[i]
        p = self.article.paragraphs[para]
        return p.start, p.end

    def _sentence_ends(self, para: int) -> list[int]:
        ends = self._ends.get(para)
        if ends is None:
            ends = self._ends[para] = [e for _, e in self.sentences[para]]
        return ends

    def _sentence_starts(self, para: int) -> list[int]:
        starts = self._starts_of.get(para)
        if starts is None:
            starts = self._starts_of[para] = [s for s, _ in self.sentences[para]]
        return starts

    def _ended_by(self, para: int, pos: int) -> list[tuple[int, int]]:
        """The sentences of paragraph ``para`` that end at or before ``pos``."""
        return self.sentences[para][: bisect_right(self._sentence_ends(para), pos)]

    def _words_of(self, k: int) -> str:
        """The words of quotation ``k``, its pieces joined by a space."""
        return " ".join(self.body[a:b] for a, b in self.found[k].spans)

    def _para_of(self, pos: int) -> int:
        """The index of the paragraph that holds ``pos``."""
        return max(0, bisect_right(self._para_starts, pos) - 1)

    def _with_via(self, got: Attribution, start: int, end: int) -> Attribution:
        """``got`` with the via of the sentence masked[start:end] when it has none of its own."""
        if got.via:
            return got
        return Attribution(got.speaker, got.cue, _find_via(self.masked[start:end], self.names,
                                                             start), got.kind)
