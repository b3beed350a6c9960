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
    said = quotes["I don’t read what agents say, He trained well this morning."]
    assert said.speaker == "Stuart McAllister"


def test_quotes_inside_quotes_do_not_make_a_story_single_quoted() -> None:
    # Two single-quoted remarks inside double-quoted speech, each after a comma, had outvoted
    # the story's one double mark at a paragraph's start: every other quotation was lost.
    quotes = by_text([
        "Tom Harrow made 118 not out as Somerset won by two wickets on Thursday.",
        "\"I didn't think about the target,\" Harrow said. \"When Jack came in he kept saying, "
        "'Two an over, Tommy,' and that's all we did.\"",
        "Durham captain Piet Venter was gracious. \"He batted beautifully,\" he said. \"We had "
        "no answer. I told the lads, 'Heads up, we go again,' and we will.\"",
    ])
    assert quotes["I didn't think about the target, When Jack came in he kept saying, "
                  "'Two an over, Tommy,' and that's all we did."].speaker == "Tom Harrow"
    assert quotes["He batted beautifully, We had no answer. I told the lads, 'Heads up, we go "
                  "again,' and we will."].speaker == "Piet Venter"
