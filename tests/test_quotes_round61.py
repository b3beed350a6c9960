"""Round sixty-one. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quote_opening


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Island film heads for the Oscars")


def test_a_name_before_of_the_city_based_company_is_the_speakers() -> None:
    # "of the Tallinn-based company" had joined the name to "of the Tallinn-based" and lost
    # it, so "what he called" had no one to go back to.
    paragraphs = [
        "The documentary about the island's last boat builder was shortlisted on Friday.",
        "Producer Aare Kivistik of the Tartu-based company Rannalaine Film said the team now "
        "faced what he called \u201ca second production\u201d, the awards campaign.",
    ]
    quote = _quote(paragraphs, "a second production")
    assert (quote.speaker, quote.role) == ("Aare Kivistik", "Producer")


def test_a_person_of_the_city_based_firm_keeps_a_given_name_the_census_lists() -> None:
    paragraphs = [
        "Shares in the shipping group fell sharply after the announcement.",
        "Peter Hollis of the Leeds-based firm Carrow Freight said the decision was "
        "\u201clong overdue\u201d.",
    ]
    assert _quote(paragraphs, "long overdue").speaker == "Peter Hollis"


def test_an_age_goes_to_the_mother_whose_words_the_sentence_before_reports() -> None:
    # "..., she said." ends the sentence before: she is the one the paragraph follows, not
    # the spokesperson or the pharmacist quoted before her.
    paragraphs = [
        "Clinics across the capital reported long queues on Monday.",
        "Ministry spokesperson Nargiz Huseynova said 300,000 doses had been sent out. "
        "\u201cThere is enough vaccine for everyone,\u201d Huseynova told Trendnews.",
        "A pharmacist, who asked not to be named, said fever syrups were selling out. "
        "\u201cPeople buy five bottles at once,\u201d she said.",
        "Gunel Mammadli, a mother of three from the Sabail district, spent the morning in the "
        "queue at Children\u2019s Polyclinic No. 5 with her four-year-old son, Eldar. Both "
        "of her children fell ill within a day of each other, she said.",
        "\u201cAt first I thought it would pass in a day, like always,\u201d the 31-year-old "
        "said.",
    ]
    assert _quote(paragraphs, "At first I thought").speaker == "Gunel Mammadli"

