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


def test_a_street_named_in_portuguese_is_a_place_not_a_rival_speaker() -> None:
    # "Largo do Pagode do Bazar" is a square: with it read as a person, the café owner was no
    # longer the one person the paragraph before named, and "the 38-year-old" stayed unnamed.
    paragraphs = [
        "On Rua do Almirante Sérgio, shopkeepers were hosing down their floors.",
        "A few streets away, Ana Sofia Mendes was counting the damage at the café she opened "
        "near Largo do Pagode do Bazar four years ago.",
        "\u201cWe had sandbags and still the water found a way under the door,\u201d the "
        "38-year-old said.",
    ]
    assert _speaker(paragraphs, "We had sandbags") == ("Ana Sofia Mendes", "name")


def test_man_of_the_match_is_an_award_not_a_person() -> None:
    paragraphs = [
        "Real de Banjul beat Gamtel 2-1 in the FA Cup final, with a late header from Bakary "
        "Jammeh.",
        "\u201cThis cup is for the supporters,\u201d the 41-year-old coach said.",
        "Man of the match Jammeh could hardly contain his emotions as he spoke to journalists.",
        "\"I was praying on the bench,\" the 19-year-old said.",
    ]
    assert _speaker(paragraphs, "I was praying") == ("Bakary Jammeh", "name")
