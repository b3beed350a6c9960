"""Round thirty: descriptions and bodies. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_hyphenated_modifier_is_no_verb_after_a_description() -> None:
    # "dressing" before "-room" read as a participle after the head ("a woman walking her dog
    # said"), so the description stopped at "a senior".
    quotes = by_text([
        "Dressing room split over striker",
        "Behind the scenes, a senior dressing-room source said the squad was"
        " \u201csplit down the middle\u201d over the striker's future.",
    ])
    quote = quotes["split down the middle"]
    assert (quote.speaker, quote.speaker_kind) == ("a senior dressing-room source", "description")
