"""Round twenty-nine: spokespeople, subjects and the sentence a quotation sits in. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_spokesperson_of_a_body_the_index_does_not_know_is_not_the_body_named_before() -> None:
    # "SkyMeridian" is no body the name index knows, so the spokeswoman had gone to the pilots'
    # union named the sentence before: the airline's line in the union's name.
    quotes = by_text([
        "Pilots write to airline chief",
        "Pilots at SkyMeridian have written to the airline's chief executive, the Air Line"
        " Pilots Association said on Sunday. Asked about the letter, a SkyMeridian"
        " spokeswoman said the company \u201cdoes not comment on internal correspondence\u201d"
        " but valued feedback from its crews.",
    ])
    quote = quotes["does not comment on internal correspondence"]
    assert (quote.speaker, quote.speaker_kind) == ("a SkyMeridian spokeswoman", "description")


def test_a_guest_at_a_party_is_the_subject_not_the_party() -> None:
    # "guest" was no noun for people, so "the party" after it was taken for the subject, and
    # a party for a body: the hospital named before.
    quotes = by_text([
        "Driver jailed over crash",
        "Callum Reeve, 24, was treated at Calderbridge General Hospital for a broken wrist.",
        "Two relatives had begged Reeve not to drive, the prosecutor said, and a guest at the"
        " party told police he had been \u201cswaying all over the place\u201d as he crossed"
        " the car park.",
    ])
    quote = quotes["swaying all over the place"]
    assert (quote.speaker, quote.speaker_kind) == ("a guest at the party", "description")
