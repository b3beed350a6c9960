"""Round eighty-three: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import quote_opening


def _speaker(paragraphs: list[str], opening: str) -> tuple[str | None, str | None]:
    quote = quote_opening(paragraphs, opening)
    return quote.speaker, quote.speaker_kind


_FACTION = [
    "Minister of Finance Dorotea Lake told Parliament the levy would take effect in March.",
    "\u201cFamilies cannot wait another year,\u201d Lake said.",
    "United Progress Party (UPP) faction leader Elmer Lake, who is not related to the "
    "minister, said his party backed the levy but accused the coalition of haste.",
    "\u201cWe saw the figures this morning,\u201d the UPP leader said. \u201cThat is no way "
    "to pass a law.\u201d",
]


def test_a_body_abbreviated_in_brackets_before_a_role_still_says_whose_role_it_is() -> None:
    # The party's abbreviation in brackets and the noun "faction" stand between the party's
    # name and "leader": the sentence is still about Elmer Lake, whom "the UPP leader" is.
    assert _speaker(_FACTION, "We saw the figures") == ("Elmer Lake", "name")


def test_a_verb_between_a_body_and_a_role_word_is_no_role_of_the_body() -> None:
    # "Kestrel sacked manager Tom Reid": Kestrel did something to Reid; the sentence's
    # subject is Kestrel, so the epithet after it is no one the sentence was about.
    paragraphs = [
        "Kestrel Rovers sacked manager Tom Reid on Monday after a run of nine defeats.",
        "\u201cIt was coming,\u201d the supporter said.",
    ]
    assert _speaker(paragraphs, "It was coming") != ("Tom Reid", "name")


def test_a_portuguese_name_joined_by_do_is_one_name() -> None:
    # nameparser lists "do" among name particles; "Natalino Barreto do Rosário" is one man.
    paragraphs = [
        "According to the ministry's spokesperson, Natalino Barreto do Rosário, the number of "
        "cases is \u201cthree times higher\u201d than last year.",
        "He said: \u201cThe mosquito does not come from the hospital.\u201d",
    ]
    assert _speaker(paragraphs, "The mosquito") == ("Natalino Barreto do Rosário", "name")
