"""Speaker rules of the fourteenth round: a body called by its name without "Records" or
"Group", and the subject of a sentence whose verb follows an adverb. Snippets written for
these tests."""

from __future__ import annotations

from socialkit.quotes.tag_patterns import _DESC
from tests.quotes_article import quotes_by_text as by_text


def test_a_statement_introduced_by_the_company_is_the_company_named_short() -> None:
    # "Halcyon Sound" is "Halcyon Sound Records": the story's next "The company ... in a
    # statement" and "the statement read" are that body's words.
    quotes = by_text([
        "Halcyon Sound Records signed the band in 2014.",
        "On Thursday, singer Mara Quill accused her manager and Halcyon Sound of blocking a "
        "documentary about her tour.",
        "The company flat-out denied the allegations in a statement posted to its website.",
        "\"We were shocked to read these claims,\" the statement read. \"At no point did we "
        "block the film.\"",
    ])
    assert quotes["We were shocked to read these claims,"].speaker == "Halcyon Sound Records"
    assert quotes["At no point did we block the film."].speaker == "Halcyon Sound Records"


def test_a_short_form_opening_with_a_given_name_stays_the_person() -> None:
    # "Dick Clark Productions" is a company; "Dick Clark" is a man, not the company.
    quotes = by_text([
        "Dick Clark Productions will broadcast the awards on Sunday.",
        "“We are thrilled to be back,” Dick Clark said at a rehearsal.",
    ])
    quote = quotes["We are thrilled to be back,"]
    assert (quote.speaker, quote.speaker_kind) == ("Dick Clark", "name")


def test_a_company_subject_before_a_plain_adverb_still_heads_the_sentence() -> None:
    quotes = by_text([
        "Tara Bloom sued Acme Records last month.",
        "The company still denied the claims in a statement on Friday.",
        "“The claims are baseless,” the statement read.",
    ])
    assert quotes["The claims are baseless,"].speaker == "Acme Records"


def test_a_surname_particle_capitalised_at_a_sentence_start_is_the_same_person() -> None:
    quotes = by_text([
        "City manager Ruud van Leeuwen, 47, praised his side's “character” on Saturday.",
        "Van Leeuwen admitted losing Pike would be “a big blow”.",
    ])
    assert quotes["character"].speaker == "Ruud van Leeuwen"
    assert quotes["a big blow"].speaker == "Ruud van Leeuwen"


def test_a_plural_possessive_is_no_verb_ending_the_subject() -> None:
    # "firefighters'" had been read as a verb ("wants"), leaving "The local" as the subject.
    found = _DESC.search("The local firefighters' union said in a statement")
    assert found is not None and found.group("desc") == "The local firefighters' union"


def test_people_named_by_a_plural_before_an_auxiliary_speak() -> None:
    quotes = by_text([
        "A federal judge on Tuesday struck down the law.",
        "Prosecutors had argued that the fears were “speculative at best.”",
        "The bank charged fees twice, a practice regulators have labeled “authorize "
        "positive, settle negative.”",
    ])
    assert quotes["speculative at best."].speaker == "prosecutors"
    # The word after "a" belongs to another noun: the people are "regulators".
    assert quotes["authorize positive, settle negative."].speaker == "regulators"


def test_she_after_a_new_unnamed_subject_is_that_person() -> None:
    quotes = by_text([
        "Fire crews held the line overnight, Chief Omar Reyes said.",
        "A volunteer with the Red Cross said the shelter had taken in 400 people by 9 p.m. "
        "“We have enough cots for tonight,” she said.",
    ])
    quote = quotes["We have enough cots for tonight,"]
    assert (quote.speaker, quote.speaker_kind) == ("a volunteer with the Red Cross",
                                                   "description")


def test_she_inside_a_sentence_with_its_own_subject_stays_that_subject() -> None:
    quotes = by_text([
        "Princess Eleanor is said to be “heartbroken” after her charity closed.",
        "A palace spokesperson said: “The Princess is proud of what the Trust achieved.”",
        "The royal, 38, launched the charity in 2015 after visiting a school where she said "
        "she was “shocked” by how few children owned books.",
    ])
    assert quotes["shocked"].speaker == "Eleanor"


def test_she_after_a_named_woman_is_not_the_unnamed_subject_before_her() -> None:
    quotes = by_text([
        "A jury convicted Maria Lopez on Tuesday.",
        "“I will appeal,” she said.",
    ])
    assert quotes["I will appeal,"].speaker == "Maria Lopez"
