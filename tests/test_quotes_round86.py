"""Round eighty-six: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_given_name_after_kin_of_the_same_family_is_the_one_named_in_full() -> None:
    # "Ruby’s mother Kiri": Ruby and Kiri are both Warrens, so the kin word says how two of
    # one family are related; "Kiri said" is Kiri Warren, not a new "Kiri".
    paragraphs = [
        "Neville Young and Kiri Warren from the Natural Resources Division made up the rest "
        "of the party.",
        "At the school, Ruby Warren asked the first question.",
        "Ruby\u2019s mother Kiri said afterwards that the talk had been a highlight of the term.",
        "\u201cFor the kids to hear about Henderson, that means a lot,\u201d Kiri said.",
    ]
    assert _speaker(paragraphs, "For the kids") == ("Kiri Warren", "name")


def test_a_given_name_after_kin_of_another_family_stays_someone_new() -> None:
    # Guard: Kiri Warren is no kin of the Hagues, so "Tom Hague’s mother Kiri" is another Kiri.
    paragraphs = [
        "Neville Young and Kiri Warren from the Natural Resources Division made up the rest "
        "of the party.",
        "At the school, Tom Hague asked the first question.",
        "Tom\u2019s mother Kiri said afterwards that the talk had been a highlight of the term.",
        "\u201cFor the kids to hear about Henderson, that means a lot,\u201d Kiri said.",
    ]
    assert _speaker(paragraphs, "For the kids")[0] != "Kiri Warren"
