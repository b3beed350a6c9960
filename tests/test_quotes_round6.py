"""Speaker rules of the sixth round. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs


def by_text(paragraphs: list[str]) -> dict[str, Quote]:
    return {q.text: q for q in extract_quotes(article_from_paragraphs(paragraphs))}


def test_a_pronoun_chain_skips_names_that_come_after_the_earlier_pronoun() -> None:
    quotes = by_text([
        "Harbour commissioner Daniel Ortega has chaired the board for ten years.",
        "Though the last vote went smoothly, he said, this one could draw lobbying from "
        "allies of Marcus Hale and Peter Albin.",
        "“People will remember the flood, not the levy,” he said.",
    ])
    assert quotes["People will remember the flood, not the levy,"].speaker == "Daniel Ortega"


def test_a_pronoun_in_a_subordinate_clause_does_not_chain() -> None:
    quotes = by_text([
        "The levy was first proposed by Peter Albin in the spring.",
        "Back when he ran the port, Daniel Ortega said the barrier was a luxury.",
        "“People will remember the flood, not the levy,” he said.",
    ])
    assert quotes["People will remember the flood, not the levy,"].speaker == "Daniel Ortega"
