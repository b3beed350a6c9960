"""Speaker rules of the seventh round: relative and "as" clauses that name whose words a
quotation holds. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_what_she_calls_goes_to_the_sentence_subject_not_the_nearer_woman() -> None:
    quotes = by_text([
        "Mayor Helen Brandt toured the flooded quay on Monday with Ms. Greta Lund.",
        "Brandt says she admired Lund’s patience through what she calls a “long winter of "
        "broken promises.”",
    ])
    quote = quotes["long winter of broken promises."]
    assert (quote.speaker, quote.cue) == ("Helen Brandt", "calls")


def test_what_she_calls_stays_unresolved_when_the_subject_is_a_man() -> None:
    quotes = by_text([
        "Ms. Greta Lund, a ferry captain, spoke after the vote.",
        "Mr. Peter Albin says he admired the captain through what she calls a “long winter "
        "of broken promises.”",
    ])
    assert quotes["long winter of broken promises."].speaker != "Peter Albin"


def test_which_name_called_credits_the_name_not_a_possessive_before_it() -> None:
    quotes = by_text([
        "The levy follows a ruling against the tax scheme of Northgate Marine -- which "
        "Northgate’s founder, Daniel Ortega, called “plain political theatre.”",
    ])
    assert quotes["plain political theatre."].speaker == "Daniel Ortega"


def test_as_a_paper_called_them_credits_the_paper() -> None:
    quotes = by_text([
        "Peter Albin mocked the harbour board on Tuesday. The board members were, as The "
        "Quay Gazette called them in an editorial last week, “the sleepy seven.”",
    ])
    assert quotes["the sleepy seven."].speaker == "Quay Gazette"


def test_what_it_called_goes_to_a_body_that_opens_the_sentence() -> None:
    quotes = by_text([
        "The Harbour Commission on Friday condemned the dumping and pledged fines against "
        "what it called “a reckless threat to the estuary.”",
    ])
    assert quotes["a reckless threat to the estuary."].speaker == "Harbour Commission"


def test_as_name_put_it_credits_the_name_later_in_the_sentence() -> None:
    quotes = by_text([
        "The barrier has its critics. As Elena Varga, an engineer and adviser to the Quay "
        "Trust, recently put it in a letter to the board, the plan is “a wall built for the "
        "last flood.”",
    ])
    quote = quotes["a wall built for the last flood."]
    assert (quote.speaker, quote.cue) == ("Elena Varga", "put")


def test_as_put_it_does_not_apply_when_another_speech_verb_follows() -> None:
    quotes = by_text([
        "As Elena Varga put it in the spring, the barrier is late, and Peter Albin said it is "
        "“a wall built for the last flood.”",
    ])
    # The rule steps aside; what the other rules make of the sentence is theirs to say.
    assert quotes["a wall built for the last flood."].speaker != "Elena Varga"


def test_two_people_calling_something_are_no_one_name() -> None:
    quotes = by_text([
        "When the dykes fail, Mayor Helen Brandt and Peter Albin call them “acts of God.”",
    ])
    assert quotes["acts of God."].speaker is None


def test_a_clause_after_as_that_is_not_a_subject_names_no_one() -> None:
    quotes = by_text([
        "Seen as part of the second phase of the harbour works, Helen Brandt and Peter Albin "
        "call the wall “a bargain.”",
    ])
    assert quotes["a bargain."].speaker is None


def test_he_after_a_quote_goes_to_its_speaker_when_no_gender_is_known() -> None:
    quotes = by_text([
        "The harbour minister met Tuyet Nhung Tran at the quay on Monday.",
        "“The new locks will change the town for good,” Okafor said. He called the barrier a "
        "“lifeline for the lower streets.”",
    ])
    assert quotes["lifeline for the lower streets."].speaker == "Okafor"


def test_he_after_a_quote_is_not_its_speaker_once_someone_else_is_named() -> None:
    quotes = by_text([
        "The harbour minister met Tuyet Nhung Tran at the quay on Monday.",
        "“The new locks will change the town for good,” Okafor said. Meanwhile Tuyet Nhung Tran "
        "toured the dock. He called the barrier a “lifeline for the lower streets.”",
    ])
    assert quotes["lifeline for the lower streets."].speaker != "Okafor"
