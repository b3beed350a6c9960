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
    return attribute_quotes(article, find_quotations(article))


def rank_quotes(quotes: Sequence[Quote], article: Article) -> list[Quote]:
    """``quotes`` best first for a post or card, each with ``score`` and ``score_parts`` set."""
    return _rank(quotes, article)
