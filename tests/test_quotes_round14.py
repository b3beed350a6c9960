"""Speaker rules of the fourteenth round: a body called by its name without "Records" or
"Group", and the subject of a sentence whose verb follows an adverb. Snippets written for
these tests."""

from __future__ import annotations

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
