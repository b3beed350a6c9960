"""Round fifty-seven. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="MP says gun trials were rigged")


def test_the_name_after_phrases_opening_with_a_preposition_is_the_subject() -> None:
    # "the paper" inside "seen by the paper" was taken for the subject of "claimed".
    paragraphs = [
        "In his letter, seen by the paper, Qureshi claimed that two rival guns had "
        "\u201cconsistently outperformed\u201d the winner.",
    ]
    quote = _quote(paragraphs, "consistently outperformed")
    assert quote.speaker == "Qureshi"


def test_a_description_set_off_before_the_cue_still_speaks_after_a_preposition() -> None:
    # (A guard: the phrase right before the cue is a description, not a name, so the rule
    # above does not apply, and the description is the subject as before.)
    paragraphs = [
        "At the meeting of the council, the mayor said the plan was \u201cover\u201d.",
    ]
    quote = _quote(paragraphs, "over")
    assert quote.speaker == "the mayor"
