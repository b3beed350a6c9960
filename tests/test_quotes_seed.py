"""The seed story's done-when checks. Reads ../shared (never copied into the repo)."""

from __future__ import annotations

import pytest

from socialkit.article import read_article
from socialkit.models import Quote
from socialkit.quotes import extract_quotes, rank_quotes
from tests.quotes_article import SHARED

SEED = SHARED / "seed" / "article.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")


@pytest.fixture(scope="module")
def ranked() -> list[Quote]:
    article = read_article(SEED)
    return rank_quotes(extract_quotes(article), article)


def starting(quotes: list[Quote], prefix: str) -> list[Quote]:
    return [q for q in quotes if q.text.startswith(prefix)]


def test_top_quote_is_the_instagram_statement(ranked: list[Quote]) -> None:
    top = ranked[0]
    assert top.text.startswith("I had an emotional meeting")
    assert (top.speaker, top.via, top.kind) == ("Kim Kardashian West", "Instagram", "full")


def test_both_i_just_felt_quotes_are_hers(ranked: list[Quote]) -> None:
    felt = starting(ranked, "I just felt like")
    assert len(felt) == 2
    assert {q.speaker for q in felt} == {"Kim Kardashian West"}


def test_angela_wynn_via_cbs_news(ranked: list[Quote]) -> None:
    [quote] = starting(ranked, "We are thrilled")
    assert (quote.speaker, quote.via, quote.kind) == ("Angela Wynn", "CBS News", "full")


def test_mighty_team_is_partial_with_no_speaker(ranked: list[Quote]) -> None:
    [quote] = starting(ranked, "mighty team of women lawyers")
    assert (quote.kind, quote.speaker) == ("partial", None)
