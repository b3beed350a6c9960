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
    # ("read" is a cue since round eighteen: the quotation it splits is one.)
    assert quotes["We were shocked to read these claims, At no point did we block the film."
                  ].speaker == "Halcyon Sound Records"


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


def test_the_source_is_credited_as_the_story_introduced_them() -> None:
    quotes = by_text([
        "A source close to the couple told the Daily Mail that the pair had grown apart.",
        "“They just grew apart,” the source said.",
        "A senior administration official, who spoke on condition of anonymity, said talks "
        "had stalled.",
        "“Nobody over here is surprised,” the official said.",
    ])
    assert quotes["They just grew apart,"].speaker == "a source close to the couple"
    assert quotes["Nobody over here is surprised,"].speaker == "a senior administration official"


def test_a_role_someone_holds_is_not_taken_back_to_an_unnamed_phrase() -> None:
    # "the president" is the man the story gave that role, not "a question for the president".
    quotes = by_text([
        "President Tom Hale took questions at the town hall.",
        "A mother asked a question for the president about her son.",
        "“We will never forget him,” the president said.",
    ])
    assert quotes["We will never forget him,"].speaker == "Tom Hale"


def test_a_spokesman_for_a_body_named_by_its_kind_stays_the_body() -> None:
    quotes = by_text([
        "Pacific Valley Electric said it had shut off power to 22,000 customers.",
        "A spokesman for the utility said there was no sign its lines started the fire. "
        "“We will cooperate fully with any investigation,” the spokesman said.",
    ])
    assert quotes["We will cooperate fully with any investigation,"
                  ].speaker == "Pacific Valley Electric"
