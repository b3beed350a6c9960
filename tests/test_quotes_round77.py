"""Round seventy-seven: one word a story only writes after "the" that speaks is a body."""

from __future__ import annotations

import pytest

from tests.quotes_article import speaker_and_kind as _speaker

_FRAUD = "a budget built on sand"


@pytest.mark.parametrize("body", ["Kremlin", "Opposition", "Presidency", "Elysée"])
def test_one_word_only_after_the_that_speaks_is_a_body(body: str) -> None:
    paragraphs = [
        "Lawmakers spent a third day debating the spending plan on Wednesday.",
        f"The {body} said the plan was \"{_FRAUD}\" and would not survive the winter.",
    ]
    assert _speaker(paragraphs, _FRAUD) == (body, "organisation")


@pytest.mark.parametrize("word", ["Hawks", "Dubliner"])
def test_a_surname_or_a_person_noun_after_the_is_no_body(word: str) -> None:
    # (A Census surname, or a noun for a person: it may still be someone.)
    paragraphs = [
        "Lawmakers spent a third day debating the spending plan on Wednesday.",
        f"The {word} said the plan was \"{_FRAUD}\" and would not survive the winter.",
    ]
    assert _speaker(paragraphs, _FRAUD)[1] != "organisation"
