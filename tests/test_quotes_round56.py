"""Round fifty-six. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Lagoon closed to fishing after die-off")


def test_the_name_set_off_after_a_capitalised_office_of_a_body_speaks() -> None:
    # "the Director of Fisheries" is an office; the body it is of was taken for the speaker.
    paragraphs = [
        "\u201cWe will not allow fishing in the lagoon until the stocks recover,\u201d said the "
        "Director of Fisheries, Mr. Tebano Ioane.",
    ]
    quote = _quote(paragraphs, "We will not allow fishing in the lagoon until the stocks recover,")
    assert quote.speaker == "Tebano Ioane"


def test_an_office_of_a_body_of_several_words_before_a_titled_name() -> None:
    paragraphs = [
        "\u201cThe port will reopen on Monday,\u201d said the Minister for Trade and "
        "Investment, Dr Adaeze Chukwu.",
    ]
    quote = _quote(paragraphs, "The port will reopen on Monday,")
    assert quote.speaker == "Adaeze Chukwu"
    assert quote.role == "Minister for Trade and Investment"


def test_the_body_an_office_is_of_is_no_person_for_a_later_pronoun() -> None:
    # "Civil Protection" after "The Director of" was a person, the sentence's subject, and
    # took "he"; with the colonel's rank before his name it even took him as its role.
    paragraphs = [
        "The Director of Civil Protection, Colonel Hery Rakotoarisoa, said the teams were "
        "ready. \u201cWe have boats in every district,\u201d he said.",
    ]
    quote = _quote(paragraphs, "We have boats in every district,")
    assert quote.speaker == "Hery Rakotoarisoa"


def test_a_person_after_a_lower_case_of_is_still_a_person() -> None:
    paragraphs = [
        "The wife of Tebano Ioane, Mrs Teaiti Ioane, said she had not slept. \u201cWe "
        "are still waiting for news of the boat,\u201d she said.",
    ]
    quote = _quote(paragraphs, "We are still waiting for news of the boat,")
    assert quote.speaker == "Teaiti Ioane"


def test_a_title_before_a_given_name_no_list_knows_is_the_person_named_in_full() -> None:
    # The Horn of Africa's papers write a given name after the title ("Judge Fadumo"); the
    # judge's words went to a "Fadumo" of her own.
    paragraphs = [
        "Presiding judge Hon. Fadumo Ismail Jama said the evidence was overwhelming.",
        "\u201cThe accused used the trust of his office to sell land that did not belong to "
        "him,\u201d Judge Fadumo said.",
    ]
    quote = _quote(paragraphs, "The accused used the trust of his office to sell land that "
                   "did not belong to him,")
    assert quote.speaker == "Fadumo Ismail Jama"


def test_a_three_part_name_keeps_its_given_name_before_the_fathers() -> None:
    # "Mubarik" is in no list and "Hassan" is a listed given name: the run lost its first
    # word, as "California Jerry Brown" does, and "Mr. Mubarik" was someone else.
    paragraphs = [
        "The prosecution, led by Deputy Attorney General Mubarik Hassan Duale, had asked for "
        "eight years.",
        "\u201cLand is the number one source of conflict in this country,\u201d Mr. Mubarik "
        "said.",
    ]
    quote = _quote(paragraphs, "Land is the number one source of conflict in this country,")
    assert quote.speaker == "Mubarik Hassan Duale"


def test_a_word_opening_the_sentence_before_a_name_is_still_dropped() -> None:
    paragraphs = [
        "Substitute Tobi Adewale headed the winner in the 81st minute.",
        "\u201cMy mam was in the stand and she was more nervous than me,\u201d he said.",
    ]
    quote = _quote(paragraphs, "My mam was in the stand and she was more nervous than me,")
    assert quote.speaker == "Tobi Adewale"



def test_a_past_tense_before_its_object_ends_a_description() -> None:
    # "The Association congratulated all eighteen" was credited as a description.
    paragraphs = [
        "The Anguilla Boat Racing Association, in a statement on Saturday, said the delay was "
        "necessary. The Association congratulated all eighteen boats that took part and "
        "thanked the Marine Unit of the Royal Anguilla Police Force \u201cfor their usual "
        "vigilance\u201d.",
    ]
    quote = _quote(paragraphs, "for their usual vigilance")
    assert quote.speaker == "Anguilla Boat Racing Association"
    assert quote.speaker_kind == "organisation"


def test_a_participle_before_a_noun_still_describes() -> None:
    paragraphs = [
        "\u201cWe did our best with what we had,\u201d the retired teacher said.",
    ]
    quote = _quote(paragraphs, "We did our best with what we had,")
    assert quote.speaker == "the retired teacher"


def test_someone_named_in_what_the_subject_said_is_no_rival_for_an_age_epithet() -> None:
    paragraphs = [
        "Ronald Le Page, who served as coxswain for 22 years, died on Monday.",
        "The station\u2019s current coxswain, Nathan Duplain, said the crew still followed many "
        "of the routines Mr Le Page had introduced. \u2018Half of what we do on a shout, we do "
        "because Ron did it that way first,\u2019 the 38-year-old said.",
    ]
    quote = _quote(paragraphs, "Half of what we do on a shout, we do because Ron did it that "
                   "way first,")
    assert quote.speaker == "Nathan Duplain"




def test_the_listener_after_told_stays_a_rival_for_an_age_epithet() -> None:
    paragraphs = [
        "Inspector Mary Achieng told Joseph Kamau that his son had been found alive in the "
        "forest.",
        "\u201cI had been praying for this phone call for nine days,\u201d the 58-year-old said.",
    ]
    quote = _quote(paragraphs, "I had been praying for this phone call for nine days,")
    assert quote.speaker != "Mary Achieng"


def test_a_capitalised_club_before_a_name_is_still_dropped_after_a_preposition() -> None:
    paragraphs = [
        "After Sunday\u2019s 2-1 win against Spurs Mikel Arteta praised his defenders. "
        "\u201cThey defended like their lives depended on it,\u201d he said.",
    ]
    quote = _quote(paragraphs, "They defended like their lives depended on it,")
    assert quote.speaker == "Mikel Arteta"


def test_a_three_part_name_after_said_keeps_its_given_name() -> None:
    paragraphs = [
        "\u201cWe used to wade out to the boats with the catch on our heads,\u201d said "
        "Warsame Ahmed Houmed, a fisherman for thirty years.",
    ]
    quote = _quote(paragraphs, "We used to wade out to the boats with the catch on our heads,")
    assert quote.speaker == "Warsame Ahmed Houmed"
