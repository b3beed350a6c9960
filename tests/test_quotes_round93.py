"""Round ninety-three: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes.people import may_be_borne_by, short_form_for
from tests.quotes_article import quote_opening


def test_a_short_form_may_be_borne_by_the_sex_of_its_full_name() -> None:
    # The Census of 1990 lists "Jess" for men only; the nickname list says it is short for
    # Jessica too. "Darren" is short for no woman's name.
    assert short_form_for("Jess", "f")
    assert may_be_borne_by("Jess", "f")
    assert not short_form_for("Darren", "f")
    assert not may_be_borne_by("Darren", "f")


def test_the_tag_after_a_short_form_s_sentence_says_her_sex() -> None:
    paragraphs = [
        "The winning basket came when Jess Okoro found her teammate Mia Lindqvist cutting "
        "baseline.",
        "\u201cJess will tell you she set that up,\u201d Lindqvist said. "
        "\u201cShe didn\u2019t.\u201d",
        "Jess Okoro laughed at that. \u201cI definitely set it up,\u201d she said.",
    ]
    assert quote_opening(paragraphs, "I definitely").speaker == "Jess Okoro"
    # A name no woman bears keeps its sex: the "she" is the other player's.
    darren = [p.replace("Jess", "Darren") for p in paragraphs]
    assert quote_opening(darren, "I definitely").speaker == "Mia Lindqvist"
