"""Building an Article from plain text for the quote tests.

Fixture files go through the real reader; short snippets are made into an Article directly so a
test controls the exact paragraphs.
"""

from __future__ import annotations

from pathlib import Path

from socialkit.models import Article, Paragraph, Quote

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def article_from_paragraphs(paragraphs: list[str], title: str = "Title") -> Article:
    parts: list[Paragraph] = []
    pos = 0
    for text in paragraphs:
        parts.append(Paragraph(text, pos, pos + len(text)))
        pos += len(text) + 2
    return Article(title=title, body="\n\n".join(paragraphs), paragraphs=tuple(parts))


def fixture(name: str) -> Article:
    from socialkit.article import read_article

    return read_article(FIXTURES / name)


def quotes_by_text(paragraphs: list[str]) -> dict[str, Quote]:
    """The quotes found in ``paragraphs``, keyed by their text."""
    from socialkit.quotes import extract_quotes

    return {q.text: q for q in extract_quotes(article_from_paragraphs(paragraphs))}


def reported_quotes(paragraphs: list[str]) -> list[Quote]:
    """The quotations of ``paragraphs`` reported inside another (``Quote.reported_by`` set)."""
    from socialkit.quotes import extract_quotes

    return [q for q in extract_quotes(article_from_paragraphs(paragraphs))
            if q.reported_by is not None]


def reported_speakers(paragraphs: list[str]) -> dict[str, str | None]:
    """The quotations of ``paragraphs`` reported inside another, text to speaker."""
    return {q.text: q.speaker for q in reported_quotes(paragraphs)}


def reported_quote(paragraphs: list[str], words: str, title: str = "Title") -> Quote | None:
    """The quotation reported inside another in ``paragraphs`` whose words are ``words``
    (``Quote.reported_by`` set), or None when it is not listed."""
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs, title=title))
    return next((q for q in quotes if q.text == words and q.reported_by), None)


def quote_with_text(paragraphs: list[str], words: str, title: str = "Title") -> Quote:
    """The quotation of ``paragraphs`` whose words are ``words`` (StopIteration when none)."""
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs, title=title))
    return next(q for q in quotes if q.text == words)


def speaker_and_role(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    """The speaker and the role of the quotation of ``paragraphs`` whose words are ``words``."""
    quote = quote_with_text(paragraphs, words)
    return quote.speaker, quote.role


def speaker_and_kind(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    """The speaker and its kind ("name", "description", ...) of the quotation of
    ``paragraphs`` whose words are ``words``."""
    quote = quote_with_text(paragraphs, words)
    return quote.speaker, quote.speaker_kind


def quote_opening(paragraphs: list[str], opening: str, title: str = "Title") -> Quote:
    """The quotation of ``paragraphs`` that opens with ``opening`` (StopIteration when none)."""
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs, title=title))
    return next(q for q in quotes if q.text.startswith(opening))


def opening_speaker_and_kind(paragraphs: list[str], opening: str) -> tuple[str | None, str | None]:
    """The speaker and its kind of the quotation of ``paragraphs`` that opens with
    ``opening``."""
    quote = quote_opening(paragraphs, opening)
    return quote.speaker, quote.speaker_kind


def entity_kinds(body: str) -> dict[str, str]:
    """Each entity the name index finds in ``body`` (read as its own masked text), by name, with
    its kind ("person", "org", "place", "thing")."""
    from socialkit.quotes.names import NameIndex

    return {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
