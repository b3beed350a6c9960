"""Round thirty-one: names, titles and bodies. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_the_honourable_is_a_title_and_its_full_stop_ends_no_sentence() -> None:
    # "Hon." had ended a sentence inside the run, so "Rt. Hon" stood as a man of its own and
    # took every "He said" after a legislator's name.
    quotes = by_text([
        "Reps in uproar over budget",
        "The Speaker, Rt. Hon. Ibrahim Danladi Wakili, who presided, struggled for minutes.",
        "Chairman of the House Committee on Appropriations, Hon. Olufemi Adeyemi-Coker, denied"
        " the allegation. He added, \"Nothing was smuggled.\"",
        "The walkout was led by the Minority Leader, Hon. Garba Musa Lafiaji.",
        "\"We are not against the budget,\" he said.",
    ])
    assert quotes["Nothing was smuggled."].speaker == "Olufemi Adeyemi-Coker"
    assert quotes["We are not against the budget,"].speaker == "Garba Musa Lafiaji"
