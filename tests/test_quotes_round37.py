"""Round thirty-seven. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs


def _quote(paragraphs: list[str], words: str, title: str = "Council vote") -> Quote:
    quotes = extract_quotes(article_from_paragraphs(paragraphs, title=title))
    return next(q for q in quotes if q.text == words)


def test_a_clause_set_off_by_commas_does_not_hide_the_cue_after_it() -> None:
    # "no" and "to" before the comma once read as the cue's determiner and infinitive.
    quote = _quote([
        "The board voted 5-2 on Tuesday night.",
        "Board member Anjali Patel, who voted no, called the policy \u201ca solution"
        " looking for a problem\u201d and left early.",
    ], "a solution looking for a problem")
    assert (quote.speaker, quote.speaker_kind) == ("Anjali Patel", "name")
    quote = _quote([
        "The Titans won again on Sunday.",
        "Jacksonville coach Mike Sorensen, whose team fell to 1-3, called the loss"
        " \u201cone of the hardest I have been part of.\u201d",
    ], "one of the hardest I have been part of.", title="Titans roll on")
    assert (quote.speaker, quote.role) == ("Mike Sorensen", "Jacksonville coach")


def test_an_infinitive_cue_is_still_no_tag() -> None:
    # The guard the comma rule must keep: "to speak" with no comma is no speech tag.
    quote = _quote([
        "Residents had hoped for Mayor Tom Hale to speak \u201cfrankly and soon\u201d about"
        " the flooding.",
    ], "frankly and soon")
    assert quote.speaker != "Tom Hale"
