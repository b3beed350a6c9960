"""Round sixty-five: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from tests.quotes_article import quote_with_text


def _speaker_and_role(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    quote = quote_with_text(paragraphs, words)
    return quote.speaker, quote.role


def test_a_portfolio_of_several_words_is_cut_from_a_holder_the_census_lacks() -> None:
    paragraphs = [
        "Minister of Foreign Affairs Pieter Bakker said the talks had failed.",
        "“We will not sign this agreement,” he said.",
        "Minister of Public Health Ching Wei Long said: “The clinics stay open.”",
    ]
    assert _speaker_and_role(paragraphs, "We will not sign this agreement,") == (
        "Pieter Bakker", "Minister of Foreign Affairs")
    # A surname is no word of a portfolio, though it ends as one might.
    assert _speaker_and_role(paragraphs, "The clinics stay open.") == (
        "Ching Wei Long", "Minister of Public Health")


def test_a_participle_opening_the_sentence_describes_the_name_set_off_after_it() -> None:
    paragraphs = [
        "Known to colleagues as a stickler for procedure, Judge Halima Yusuf said that “no"
        " court can run on goodwill alone.”",
        "Asked about the delay, the registrar said: “The files were late.”",
    ]
    # The description belongs to the judge; it is no one of its own.
    assert _speaker_and_role(paragraphs, "no court can run on goodwill alone.") == (
        "Halima Yusuf", "Judge")
    assert _speaker_and_role(paragraphs, "The files were late.") == ("the registrar", None)


def test_the_younger_of_two_family_names_written_first_is_the_son() -> None:
    paragraphs = [
        "Former chairman Chung Moon-ki was sentenced to four years on Thursday.",
        "“I accept the court's judgment,” Chung said.",
        "His eldest son, Chung Tae-hoon, took over as chief executive in 2022.",
        "“I bow my head to our shareholders,” the younger Chung said.",
    ]
    assert _speaker_and_role(paragraphs, "I bow my head to our shareholders,")[0] == (
        "Chung Tae-hoon")
    assert _speaker_and_role(paragraphs, "I accept the court's judgment,")[0] == (
        "Chung Moon-ki")
