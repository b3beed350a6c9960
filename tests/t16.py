"""Speaker rules of the sixteenth round: epithets for the person a story has just described.
Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_name_before_a_role_and_a_person_is_no_second_subject() -> None:
    # "Kestrel" (the club, never given its full name here) only says whom the manager works
    # for: the sentence's one subject is McAllister, so "the Scot" is him.
    quotes = by_text([
        "Joris Vermeulen’s agent said on Wednesday that his client wanted to leave.",
        "Kestrel manager Stuart McAllister was in no mood to discuss the agent’s comments at "
        "his press conference on Thursday.",
        "“I don’t read what agents say,” the Scot said. “He trained well this morning.”",
    ])
    assert quotes["I don’t read what agents say,"].speaker == "Stuart McAllister"
