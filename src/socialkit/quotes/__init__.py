"""Direct quotations in an article: find them, name their speakers, rank them for social use.

    quotes = rank_quotes(extract_quotes(article), article)

Both functions are pure and deterministic: regular expressions and word lists, no model.
"""

from __future__ import annotations

from collections.abc import Sequence

from socialkit.models import Article, Quote
from socialkit.quotes.attribute import attribute_quotes
from socialkit.quotes.extract import find_quotations
from socialkit.quotes.rank import rank_quotes as _rank

__all__ = ["extract_quotes", "rank_quotes"]


def extract_quotes(article: Article) -> list[Quote]:
    """Every direct quotation in ``article``, in body order, with speaker, cue, via and kind."""
    return [q for q in attribute_quotes(article, find_quotations(article)) if not _is_term(q)]


# A word in marks that no one is said to have said is a term or a scare quote ("the
# so-called “torpor”", "what it calls “creators”"), not a quotation; longer fragments stay, as
# the annotators of both corpora count most of them as quotations.
_TERM_WORDS = 1


def _is_term(quote: Quote) -> bool:
    return (quote.kind == "partial" and quote.speaker is None and quote.cue is None
            and len(quote.text.split()) <= _TERM_WORDS)


def rank_quotes(quotes: Sequence[Quote], article: Article) -> list[Quote]:
    """``quotes`` best first for a post or card, each with ``score`` and ``score_parts`` set."""
    return _rank(quotes, article)
