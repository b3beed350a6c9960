"""Ranking quotations for social posts and quote cards."""

from __future__ import annotations

from collections.abc import Sequence

from socialkit.models import Article, Quote


def rank_quotes(quotes: Sequence[Quote], article: Article) -> list[Quote]:
    return list(quotes)
