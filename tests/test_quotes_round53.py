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



def test_a_shared_surname_after_a_sentence_whose_subject_bears_it_in_full_is_that_one() -> None:
    # The story quotes the mother first, so "Ms Kaluba" alone had stayed hers.
    paragraphs = [
        "Halina Kaluba, 78, has waited two years for a hip operation.",
        "\u201cI am asking for someone to tell me where the queue is,\u201d Mrs Kaluba said.",
        "Her daughter, Kasia Kaluba, 41, said the family had looked into paying privately.",
        "\u201cMum has some savings, but that is her funeral money,\u201d Ms Kaluba said.",
    ]
    assert _quote(paragraphs, "I am asking for someone to tell me where the queue is,"
                  ).speaker == "Halina Kaluba"
    assert _quote(paragraphs, "Mum has some savings, but that is her funeral money,"
                  ).speaker == "Kasia Kaluba"


def test_whose_husband_is_not_the_subject_the_name_after_it_is() -> None:
    paragraphs = [
        "Trainer Siobhan Kearney saddled the winner for the second year running.",
        "Siobhan Kearney's husband and assistant trainer Padraig Kearney, who rides the gelding "
        "out every morning, said the horse had been transformed.",
        "\u201cWe always thought there was a big one in him,\u201d Kearney said.",
    ]
    quote = _quote(paragraphs, "We always thought there was a big one in him,")
    assert quote.speaker == "Padraig Kearney"


def test_a_given_name_tag_names_its_bearer_whoever_spoke_before() -> None:
    paragraphs = [
        "Jasmine Whitfield-Nguyen, 27, has been mocked online all week.",
        "Her sister Linh Whitfield-Nguyen says in a clip that the family is enjoying it.",
        "\u201cShe has been roasting me nonstop,\u201d Jasmine said.",
    ]
    assert _quote(paragraphs, "She has been roasting me nonstop,").speaker == (
        "Jasmine Whitfield-Nguyen")


def test_a_bearer_the_sentence_names_by_given_name_alone_is_not_its_subject_speaking() -> None:
    # "she says" there is the playwright's, not Ngozi's.
    paragraphs = [
        "The playwright Chidinma Eze wrote the play in a year.",
        "\u201cI wanted to write her as she was,\u201d Eze says.",
        "Her older sister, Ngozi Eze, a pharmacist, was the first to read a draft.",
        "Ngozi will be there on opening night, she says, with a row of aunties.",
        "\u201cOne of my aunties is coming to check I have not disgraced us,\u201d Eze says.",
    ]
    quote = _quote(paragraphs, "One of my aunties is coming to check I have not disgraced us,")
    assert quote.speaker == "Chidinma Eze"


def test_a_shared_surname_keeps_to_the_titles_sex_and_to_the_subjects_own_speech() -> None:
    # Review finds: the son's sentence is no Mrs Nowak's; a wife who "was in court when the
    # judge said" reports no speech of her own.
    paragraphs = [
        "Halina Nowak, 78, has waited two years for a hip operation.",
        "\u201cI am asking for someone to tell me where the queue is,\u201d Mrs Nowak said.",
        "Her son, Piotr Nowak, said the family had written to the health board.",
        "\u201cI have written to everyone and nobody answers,\u201d Mrs Nowak said.",
    ]
    quote = _quote(paragraphs, "I have written to everyone and nobody answers,")
    assert quote.speaker == "Halina Nowak"
    paragraphs = [
        "Sean Byrne, 52, lost his appeal against the fine on Tuesday.",
        "\u201cI will keep fighting,\u201d Mr Byrne said.",
        "His wife, Maire Byrne, was in court when the judge said the appeal had no merit.",
        "\u201cThe judge did not listen to a word,\u201d Mr Byrne said.",
    ]
    assert _quote(paragraphs, "The judge did not listen to a word,").speaker == "Sean Byrne"


def test_an_age_before_a_phrase_of_anothers_is_not_that_persons_age() -> None:
    paragraphs = [
        "The 72-year-old widow of fisherman Oli Hansen has raised \u00a340,000 for a new "
        "lifeboat.",
        "Marta Hansen said her husband would have been proud. \u201cHe was saved by this crew "
        "twice,\u201d the 72-year-old said.",
    ]
    quote = _quote(paragraphs, "He was saved by this crew twice,")
    assert quote.speaker == "Marta Hansen"


def test_a_verb_or_a_conjunction_before_a_role_keeps_the_age_off_the_name_after_it() -> None:
    # Review finds: the widened age pattern gave the age to the coach and to the father.
    paragraphs = [
        "Kelly-Ann Sophola scored the winning point for Seychelles on Saturday.",
        "The 19-year-old thanked head coach Marco Rivet after the match.",
        "\u201cI did not look at the scoreboard,\u201d the 19-year-old said.",
    ]
    assert _quote(paragraphs, "I did not look at the scoreboard,").speaker != "Marco Rivet"
    paragraphs = [
        "A 17-year-old and his father Tom Hale were rescued from the cliff on Sunday.",
        "\u201cI thought we were done for,\u201d the teenager said.",
    ]
    assert _quote(paragraphs, "I thought we were done for,").speaker != "Tom Hale"


def test_an_alert_before_another_noun_opens_no_document_for_it_read() -> None:
    paragraphs = [
        "Mount Kestrel erupted overnight, the Geology Institute said.",
        "The alert level at the volcano was raised to four on Tuesday.",
        "It read: \u201cResidents must leave the zone now.\u201d",
    ]
    assert _quote(paragraphs, "Residents must leave the zone now.").speaker != "the alert"
    paragraphs = [
        "The Met Service issued a red alert for Westland on Tuesday.",
        "\u201cHeavy rain will cause dangerous flooding,\u201d the alert said.",
    ]
    assert _quote(paragraphs, "Heavy rain will cause dangerous flooding,").speaker == (
        "Met Service")


def test_a_former_ministers_portfolio_is_no_part_of_the_name() -> None:
    paragraphs = [
        "Former Minister of Culture Jorun Nolsoe called him \u201ca living library\u201d.",
    ]
    assert _quote(paragraphs, "a living library").speaker == "Jorun Nolsoe"
