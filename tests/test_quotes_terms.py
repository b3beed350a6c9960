"""Round five: quotation marks written as two apostrophes, and quoted runs that are no one's
words (scare quotes, terms, words used as words, titles, bylines). Each rule has a positive case
and a negative one: the fragments reporters quote from a speaker must stay. Snippets written for
these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs


def quotes_of(paragraphs: list[str]) -> list[Quote]:
    return extract_quotes(article_from_paragraphs(paragraphs))


def texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in quotes_of(paragraphs)]


# --- two apostrophes as a double mark ------------------------------------------------------


def test_two_apostrophes_mark_a_quote_with_its_speaker() -> None:
    quotes = quotes_of([
        "HALIFAX -- The harbour commission voted on Tuesday to delay the dredging contract.",
        "''We cannot spend money we have not raised,'' said Marta Olsen, the commission's chair. "
        "''The channel will wait a season.''",
    ])
    assert [(q.text, q.speaker, q.kind) for q in quotes] == [
        ("We cannot spend money we have not raised, The channel will wait a season.",
         "Marta Olsen", "full")]


def test_two_apostrophes_offsets_exclude_both_marks() -> None:
    article = article_from_paragraphs(["Mr. Dunne said the plan was ''a patchwork at best.''"])
    (quote,) = extract_quotes(article)
    assert article.body[quote.start : quote.end] == "a patchwork at best."
    assert (quote.kind, quote.speaker) == ("partial", "Dunne")


def test_two_apostrophes_run_over_paragraphs() -> None:
    quotes = texts([
        "Ms. Olsen read the letter aloud: ''The commission has heard the fishermen.",
        "''It will not forget them.''",
    ])
    assert quotes == ["The commission has heard the fishermen. It will not forget them."]


def test_a_single_quote_inside_two_apostrophes_ends_with_three() -> None:
    quotes = texts(["''I stood there and thought, 'This is our harbour,''' she said."])
    assert quotes == ["I stood there and thought, 'This is our harbour,'"]


def test_apostrophes_of_contractions_are_not_marks() -> None:
    assert texts(["The fishermen's co-op won't say what the boats' owners paid."]) == []


# --- words used as words --------------------------------------------------------------------


def test_a_pronoun_in_quotes_is_a_word_used_as_a_word() -> None:
    assert texts(["The form asks whether the applicant is a \"she\" or a \"he\" first."]) == []


def test_a_capitalised_that_before_its_speech_tag_is_a_quote() -> None:
    quotes = quotes_of(["“That,” Ms. Olsen said, “is the whole point of the levy.”"])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("That, is the whole point of the levy.", "Olsen")]


# --- lists of quoted alternatives -----------------------------------------------------------


def test_quoted_alternatives_with_no_cue_are_not_quotes() -> None:
    paragraphs = ["A woman who pushes back comes across as “too pushy” or “too cold” to a panel."]
    assert texts(paragraphs) == []


def test_quoted_alternatives_with_a_cue_are_quotes() -> None:
    quotes = texts(["The mayor tweeted that the plan was “reckless” and “a waste of money.”"])
    assert quotes == ["reckless", "a waste of money."]


# --- terms after an article -----------------------------------------------------------------


def test_a_term_after_an_article_with_no_cue_is_not_a_quote() -> None:
    assert texts(["The unsold flats would go into a separate company, a \"holding trust.\""]) \
        == []
    assert texts(["Each boat pays the “mooring levy” twice a year."]) == []


def test_a_fragment_after_an_article_with_a_cue_stays() -> None:
    quotes = quotes_of(["Councillor Peter Albin called the levy a “slow robbery” on Monday."])
    assert [(q.text, q.kind) for q in quotes] == [("slow robbery", "partial")]


def test_a_fragment_after_as_a_stays() -> None:
    quotes = texts(["The union has long painted the commission as a “closed shop” of insiders."])
    assert quotes == ["closed shop"]


def test_a_fragment_after_a_possessive_stays() -> None:
    quotes = texts(["Few voters have read Olsen’s “harbour first” pledge in full."])
    assert quotes == ["harbour first"]


def test_a_second_quotation_in_the_sentence_keeps_a_fragment() -> None:
    quotes = texts(["Albin praised the “steady hands” of the crew and the “calm” of the chair."])
    assert quotes == ["steady hands", "calm"]


def test_known_as_names_a_term() -> None:
    assert texts(["It is a version of what has become known as the “Olsen rule” in port."]) \
        == []


def test_a_name_used_as_a_modifier_gives_a_term() -> None:
    assert texts(["By spring, Harbour Guild \"shore funds\" had raised twice as much."]) == []


def test_a_statement_after_an_article_is_still_a_quote() -> None:
    # Four words and a full stop: more than a term.
    quotes = texts(["The sign at the gate read, in part, a “Closed until the tide turns.”"])
    assert quotes == ["Closed until the tide turns."]


# --- titles of works ------------------------------------------------------------------------


def test_a_title_starting_with_a_number_after_a_work_word() -> None:
    assert texts(["The station will air her documentary “1953” on the great flood."]) == []


def test_a_title_after_a_work_word_and_a_comma_whatever_its_case() -> None:
    paragraphs = ["Lena Park's column, \"Let the harbour breathe,\" drew forty letters."]
    assert texts(paragraphs) == []


def test_a_statement_after_said_and_a_comma_is_not_a_title() -> None:
    quotes = texts(["Park said, \"Let the harbour breathe,\" and sat down."])
    assert quotes == ["Let the harbour breathe,"]


# --- bylines --------------------------------------------------------------------------------


def test_a_byline_inside_a_quoted_transcript_is_dropped() -> None:
    quotes = texts([
        "\"OLSEN: We will dredge when the money is there.",
        "\"Follow Rowan Tate on Twitter @rowantate.\"",
    ])
    assert quotes == ["We will dredge when the money is there."]


def test_a_quoted_request_to_follow_without_a_handle_stays() -> None:
    quotes = texts(["“Follow the money on this one,” Albin said."])
    assert quotes == ["Follow the money on this one,"]


@given(st.text(alphabet="ab '\"“”.,\n", max_size=60))
def test_apostrophe_runs_never_break_offsets(text: str) -> None:
    article = article_from_paragraphs([p for p in text.split("\n") if p.strip()] or ["x"])
    for quote in extract_quotes(article):
        for start, end in quote.spans:
            assert article.body[start:end].strip() == article.body[start:end]
            assert article.body[start:end] in quote.text


# --- a title word after an honorific is a surname -------------------------------------------


def test_a_title_word_after_mr_is_the_surname() -> None:
    quotes = quotes_of([
        "Callum Bishop has skippered the ferry for thirty years.",
        "''Nobody told us the crossing would close,'' Mr. Bishop, 61, said.",
    ])
    assert [q.speaker for q in quotes] == ["Callum Bishop"]


def test_a_title_word_without_an_honorific_stays_a_title() -> None:
    quotes = quotes_of([
        "Bishop Anne Varley opened the new quay on Sunday.",
        "“The harbour belongs to everyone,” Bishop Varley said.",
    ])
    assert [q.speaker for q in quotes] == ["Anne Varley"]


def test_a_name_given_by_no_one_or_a_slogan_is_no_quotation() -> None:
    assert texts([
        "When the bird is a pigeon, the condition is called “pigeon breeder’s lung.” Dust from "
        "hay can lead to what’s called “farmer’s lung,” a rarer form.",
        "The state’s “Meth. We’re on it.” campaign drew mockery. Its new tagline: “Starts with "
        "one.”",
        "Critics called “reckless” the plan the council passed. “It is reckless,” Hale said.",
    ]) == ["reckless", "It is reckless,"]
    # "the campaign" before a quotation is a body, not a slogan's name.
    assert texts(["Ditto said she expects the campaign “to continue calling out bias.”"]) == [
        "to continue calling out bias."]


def test_title_case_after_a_preposition_is_a_work() -> None:
    assert texts([
        "The band began the intro to “Takin’ It to the Streets.” The crowd rose. “We love this "
        "town,” Johnston said.",
    ]) == ["We love this town,"]
    # After "of" it may be a slogan someone coined: "a goal of “Peace Through Strength.”"
    assert texts(["In his speech, Hale proclaimed a goal of “Peace Through Strength.”"]) == [
        "Peace Through Strength."]


def test_a_long_title_with_its_subtitle_after_book_is_a_work() -> None:
    # Fourteen words: past the twelve a capitalised run may have anywhere else.
    assert texts([
        "In her book “Harbour Money: A Plain Guide to All the Savings a Fishing Town Will "
        "Need,” Okafor sets out her sums. “Start with the boats,” she said.",
    ]) == ["Start with the boats,"]
    # Outside a work's name, a long capitalised run is still read as words someone said.
    assert texts([
        "The crowd chanted “We Want The Harbour Back And We Want It Back Before The Winter "
        "Storms Come,” Okafor said.",
    ]) == ["We Want The Harbour Back And We Want It Back Before The Winter Storms Come,"]


def test_a_space_inside_the_marks_does_not_hide_a_title() -> None:
    # Pages that set a link's text off with spaces: “ Dancing with the Stars.”
    assert texts([
        "Rosa Delgado has been eliminated from “ Dancing with the Harbour Stars.”",
        "“ We gave it everything ,” Delgado said.",
    ]) == ["We gave it everything ,"]


def test_a_quoted_post_opening_with_a_handle_runs_on_over_paragraphs() -> None:
    assert texts([
        "In his announcement, Okafor wrote about the boats.",
        "\"@harbourcrew and I have been through three winters like this one. Nobody failed.",
        "\"But there needs to be no shame in it.\"",
    ]) == ["@harbourcrew and I have been through three winters like this one. Nobody failed. But "
           "there needs to be no shame in it."]


def test_paragraphs_each_opened_and_never_closed_are_one_quotation() -> None:
    quotes = quotes_of([
        "Port Ellery FC said in a statement: \"Rosa is one of the league's most accomplished "
        "managers.",
        "\"She has won the cup three times.",
        "Club statement",
        "Delgado starts on Monday.",
    ])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Rosa is one of the league's most accomplished managers. She has won the cup three "
         "times.", "Port Ellery FC")]
    # One paragraph opened and never closed is still a stray mark.
    assert texts(["He said \"Rosa is the best manager we have had.", "She starts on Monday."]) == []
