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


def test_an_engineers_title_is_no_part_of_his_name() -> None:
    # Zimbabwean, Nigerian and Gulf papers write an engineer's title before the surname.
    paragraphs = [
        "The council's director of engineering services, Sikhumbuzo Ndlovu, said the dams "
        "were at 31 percent.",
        "\u201cThe water is simply not in the dams,\u201d said Eng Ndlovu.",
    ]
    assert _speaker(paragraphs, "The water is simply") == ("Sikhumbuzo Ndlovu", "name")


def test_a_name_set_off_with_a_title_after_the_sentences_opening_words_is_brought_on() -> None:
    # "Ward 17 councillor, Clr Ntombizodwa Dube, said": the councillor's title between the
    # comma and her name hid that the sentence turns to her, so "she asked" went back to the
    # engineer quoted before.
    paragraphs = [
        "\u201cWe have repaired leaks and replaced pumps,\u201d said town engineer Sikhumbuzo "
        "Ndlovu.",
        "Ward 17 councillor, Clr Ntombizodwa Dube, said residents were already struggling.",
        "\u201cWhere are they going to get water?\u201d she asked.",
    ]
    assert _speaker(paragraphs, "Where are they going") == ("Ntombizodwa Dube", "name")
