"""Round sixty-five: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from tests.quotes_article import quote_with_text


def _speaker_and_role(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    quote = quote_with_text(paragraphs, words)
    return quote.speaker, quote.role


def test_a_portfolio_of_several_words_is_cut_from_a_holder_the_census_lacks() -> None:
    paragraphs = [
        "Minister of Foreign Affairs Pieter Bakker said the talks had failed.",
        "“We will not sign this agreement,” he said.",
        "Minister of Public Health Ching Wei Long said: “The clinics stay open.”",
    ]
    assert _speaker_and_role(paragraphs, "We will not sign this agreement,") == (
        "Pieter Bakker", "Minister of Foreign Affairs")
    # A surname is no word of a portfolio, though it ends as one might.
    assert _speaker_and_role(paragraphs, "The clinics stay open.") == (
        "Ching Wei Long", "Minister of Public Health")
