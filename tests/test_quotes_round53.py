"""Round fifty-three. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Landslide cuts off northern village")


def test_a_faroese_name_keeps_its_preposition_and_the_pronoun_finds_her() -> None:
    # "í" joins a given name to a farm or a village, as "van" does in Dutch: without it,
    # "Sigrun" and "Geil" were two names and "she" found neither as the one person.
    paragraphs = [
        "A landslide swept across the only road to Gjógv on Tuesday night.",
        "Sigrun í Geil, a geologist at the Earth and Energy Directorate, said the slope was "
        "one of about 30 places classified as active.",
        "\u201cWe monitor these places, but we cannot tell people when a slope will go,\u201d "
        "she said.",
    ]
    quote = _quote(paragraphs,
                   "We monitor these places, but we cannot tell people when a slope will go,")
    assert quote.speaker == "Sigrun í Geil"


def test_a_name_with_a_particle_set_off_after_a_bodys_role_speaks() -> None:
    paragraphs = [
        "Landsverk, the road authority, said the road would stay closed until Friday.",
        "\u201cWe cannot send machines in while water is still coming down,\u201d "
        "Landsverk\u2019s head of operations, Jonleif van der Lakjuni, told the radio.",
    ]
    quote = _quote(paragraphs, "We cannot send machines in while water is still coming down,")
    assert quote.speaker == "Jonleif van der Lakjuni"


def test_the_portfolio_after_minister_of_is_no_part_of_a_name_the_census_lacks() -> None:
    # The Census knows no "Jorun": nothing said where her name starts, and "Culture Jorun
    # Nolsoe" had become a person, with "the minister" left to no one.
    paragraphs = [
        "The ballad singer Jógvan Joensen has died at the age of 91.",
        "Minister of Culture Jorun Nolsoe called him \u201ca living library\u201d on Monday.",
        "\u201cWhen he sang, you heard five hundred years of our history,\u201d the minister "
        "said.",
    ]
    called = _quote(paragraphs, "a living library")
    assert called.speaker == "Jorun Nolsoe"
    assert called.role == "Minister of Culture"
    said = _quote(paragraphs, "When he sang, you heard five hundred years of our history,")
    assert said.speaker == "Jorun Nolsoe"


def test_a_portfolio_after_the_office_in_a_name_the_census_knows_stays_as_it_was() -> None:
    paragraphs = ["Minister of Health Mary Banda said the clinics were \u201copen as usual\u201d."]
    assert _quote(paragraphs, "open as usual").speaker == "Mary Banda"


def test_an_age_before_a_role_of_two_words_makes_the_teenager() -> None:
    paragraphs = [
        "The coach sent on 19-year-old outside hitter Kelly-Ann Sophola, whose run of points "
        "turned the match around.",
        "Her aunt, Nadia Esparon, watched the game on her phone at home.",
        "\u201cI did not look at the scoreboard and I did not look at the crowd,\u201d the "
        "teenager said.",
    ]
    quote = _quote(paragraphs, "I did not look at the scoreboard and I did not look at the crowd,")
    assert quote.speaker == "Kelly-Ann Sophola"


def test_it_read_is_the_statement_the_body_released_not_a_later_document_word() -> None:
    # "the decision" closes the sentence, but a decision was not what the club put out.
    paragraphs = [
        "Dunmore Rovers Football Club released a statement on Sunday confirming they will seek "
        "clarification from the league over the decision.",
        "It read: \u201cThe club is extremely disappointed with the decision to award a penalty "
        "in the closing stages.\u201d",
    ]
    quote = _quote(paragraphs, "The club is extremely disappointed with the decision to award "
                   "a penalty in the closing stages.")
    assert (quote.speaker, quote.speaker_kind) == ("Dunmore Rovers Football Club", "organisation")


def test_a_forecasters_warning_speaks_for_the_body_that_issued_it() -> None:
    # "warning" is spelt as the participle of "warn", and was read as a verb, never a noun.
    paragraphs = [
        "The Southland Weather Service issued the warning at 4:18 p.m. Thursday after radar "
        "estimated 3 inches of rain had fallen. The warning called the situation "
        "\u201clife-threatening\u201d.",
        "\u201cAct quickly to protect your life,\u201d the warning said.",
    ]
    for words in ("life-threatening", "Act quickly to protect your life,"):
        quote = _quote(paragraphs, words)
        assert (quote.speaker, quote.speaker_kind) == ("Southland Weather Service",
                                                       "organisation")

