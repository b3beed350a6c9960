"""Round eighty-four: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_ministry_named_at_a_sentence_end_keeps_its_last_portfolio() -> None:
    # The run of capitals at the end of a sentence keeps its full stop ("Infrastructure."),
    # which hid the portfolio's ending: the body is the whole "X of Y and Z".
    paragraphs = [
        "Crossings were cancelled on 11 days last month, according to the Department of "
        "Transportation and Infrastructure.",
        "\u201cIce conditions in the strait are heavy,\u201d the department said in an emailed "
        "statement on Monday.",
    ]
    assert _speaker(paragraphs, "Ice conditions") == (
        "Department of Transportation and Infrastructure", "organisation")
