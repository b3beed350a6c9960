"""Round eighty-eight: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_place_of_two_words_made_an_adjective_is_no_part_of_a_body_s_name() -> None:
    # "The Gia Lai-based club": where the club is based, so the club the story named.
    paragraphs = [
        "Truong Son FC parted ways with head coach Do Minh Quan on Tuesday.",
        "The Gia Lai-based club said in a statement that both sides had \"mutually agreed\" to "
        "end the contract.",
    ]
    assert _speaker(paragraphs, "mutually agreed") == ("Truong Son FC", "organisation")


def test_a_body_named_by_its_place_and_kind_is_still_a_body() -> None:
    # Guard: "the Gia Lai provincial police" is a body the story names by place and kind.
    paragraphs = [
        "Truong Son FC parted ways with head coach Do Minh Quan on Tuesday.",
        "The Gia Lai police said in a statement that the crowd had been \"mostly calm\" after "
        "the match.",
    ]
    speaker, kind = _speaker(paragraphs, "mostly calm")
    assert (speaker or "").endswith("Gia Lai police") and kind == "organisation"
