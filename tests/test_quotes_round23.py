"""Speaker rules of the twenty-third round, measured on the benches our helpers wrote
(bench/written/), corpus2 and PolNeAR. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_title_of_one_sex_before_a_shared_surname_is_the_bearer_of_that_sex() -> None:
    # Neither given name is in the Census lists; the story says who is which sex ("his
    # mother", "Her husband"), and "Mrs Kauhalalalo" is then never the husband named last.
    quotes = by_text([
        "Family speaks at inquest",
        "His mother, Losaline Kauhalalalo, read a statement to the court.",
        "Her husband, Tevita Kauhalalalo, stood beside her.",
        "Outside court, Mrs Kauhalalalo was asked what she hoped the findings would say.",
        "\u201cThat it wasn\u2019t his fault,\u201d she said.",
    ])
    assert quotes["That it wasn\u2019t his fault,"].speaker == "Losaline Kauhalalalo"
