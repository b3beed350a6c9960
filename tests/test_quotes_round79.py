"""Round seventy-nine: a title given in full says which of two namesakes a titled surname is."""

from __future__ import annotations

from tests.quotes_article import speaker_and_kind as _speaker

_STALL = "We will open on Monday, but we are watching them,"
_FEE = "the cost of a market that works"


def _namesakes(closing: str) -> list[str]:
    return [
        "Mrs Adaeze Nwosu, who sells fabric near the east gate, said she had lost a day's "
        "takings but did not regret joining the protest.",
        "The council chairman, Hon. Emeka Nwosu (no relation), had defended the levy at a "
        "town hall meeting last week.",
        f"At that meeting, he told traders the levy was “{_FEE}”.",
        closing,
    ]


def test_a_titled_surname_is_the_namesake_named_in_full_with_that_title() -> None:
    # The chairman was named last, but "Mrs" was written before her full name, not his.
    paragraphs = _namesakes(f"Mrs Nwosu said she would be back at her stall. “{_STALL}” "
                            "she said.")
    assert _speaker(paragraphs, _STALL) == ("Adaeze Nwosu", "name")
    # (And the chairman is not made a woman by her title: "he" earlier stays his.)
    assert _speaker(paragraphs, _FEE) == ("Emeka Nwosu", "name")


def test_a_title_neither_namesake_was_given_follows_the_last_named() -> None:
    # Neither was named in full as "Ms": the story's order still decides.
    paragraphs = [
        "Dr Morag Baird, the union's regional secretary, said members had no choice.",
        "Among those waiting was Eilidh Baird, no relation, whose operation had been "
        "cancelled twice.",
        f"“{_STALL}” said Ms Baird, from Larbert.",
    ]
    assert _speaker(paragraphs, _STALL) == ("Eilidh Baird", "name")
