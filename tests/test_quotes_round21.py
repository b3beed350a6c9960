"""Speaker rules of the twenty-first round, measured on a bench of articles our helpers wrote
(bench/written/r24a), corpus2 and PolNeAR. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_rare_given_name_takes_its_sex_from_the_story_not_the_census() -> None:
    # The Census lists "Tama" for a handful of women; the story says "he" of its bearer, and
    # the "he said" is his, not the last woman's before him whose sex the story never gave.
    quotes = by_text([
        "Label stands by grieving songwriter",
        "Priya Raman-Holt, who plays fiddle in the band, laughed at the question.",
        "The label waited. Its founder, Tama Whaanga, says he never considered dropping the"
        " album. \u201cYou wait for a songwriter,\u201d he said. \u201cThat is the job.\u201d",
    ])
    assert quotes["You wait for a songwriter, That is the job."].speaker == "Tama Whaanga"


def test_a_common_given_name_keeps_its_census_sex_against_one_sentence() -> None:
    # "Robin Okafor said he had been a loving father": one "he" after a woman's common name
    # may be someone else; the name still says she.
    quotes = by_text([
        "Tributes paid to crash victim",
        "Margaret Okafor said he had been a loving father to the three boys.",
        "\u201cHe never missed a match,\u201d she said.",
    ])
    assert quotes["He never missed a match,"].speaker == "Margaret Okafor"


def test_a_name_inside_a_title_in_quotation_marks_is_no_one_who_speaks() -> None:
    # "Kettle On, Nan" is a song: "She rarely explains it" and the quotation after are the
    # singer's, not a person called "Kettle On".
    quotes = by_text([
        "The folk singer who will not explain",
        "Mereana Tawhiri has played 40 dates this year.",
        "The song people ask about most is \u201cKettle On, Nan,\u201d a short piece about"
        " making tea in an empty house. She rarely explains it.",
        "\u201cSome songs get smaller when you explain them,\u201d she said.",
    ])
    assert quotes["Some songs get smaller when you explain them,"].speaker == "Mereana Tawhiri"


def test_mixed_quotation_marks_do_not_hide_the_name_after_them() -> None:
    # A curly opening mark closed by a straight one (as typed in a hurry): the name after the
    # closing mark is outside any marks and speaks.
    quotes = by_text([
        "Car sales slow",
        "\u201cThe end of the year is a busy time for buyers,\" Jessica Caldwell, an analyst"
        " at Edmunds, said in a note.",
    ])
    assert quotes["The end of the year is a busy time for buyers,"].speaker == "Jessica Caldwell"
