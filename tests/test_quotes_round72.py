"""Round seventy-two: a team sport's playing positions as roles."""

from __future__ import annotations

import pytest

from tests.quotes_article import speaker_and_kind as _speaker
from tests.quotes_article import speaker_and_role as _speaker_role


@pytest.mark.parametrize(("lead", "role"), [
    ("Veteran centre Arnas Gedvilas", "veteran centre"),
    ("Rytas forward Tomas Kairys", "Rytas forward"),
    ("Tighthead prop Sione Tupou", "Tighthead prop"),
    ("Former Scotland fly-half Duncan Fairlie", "Former Scotland fly-half"),
])
def test_a_playing_position_before_a_name_is_the_role(lead: str, role: str) -> None:
    # No ending gives a position away ("centre", "prop"), and elsewhere most are everyday
    # words; right before a name they say who the player is, as "striker" does.
    paragraphs = [f"{lead} said the final was the best game of the season. “We earned it,” he"
                  " said."]
    assert _speaker_role(paragraphs, "We earned it,")[1] == role


@pytest.mark.parametrize("lead", ["Guard", "Prop", "Centre"])
def test_a_playing_position_opening_a_sentence_is_no_part_of_the_name(lead: str) -> None:
    # "Guard" is a surname in the Census too: before a name of two words it is the position.
    paragraphs = [f"{lead} Lukas Vaitkevicius scored 24 points. “I hoped it would be him,”"
                  " Vaitkevicius said."]
    assert _speaker(paragraphs, "I hoped it would be him,") == ("Lukas Vaitkevicius", "name")


def test_a_position_word_in_a_bodys_name_stays_the_bodys() -> None:
    paragraphs = ["Lock Company Left said on Monday it would close. “We tried,” the group said."]
    assert _speaker(paragraphs, "We tried,")[0] != "Company Left"


def test_an_age_after_a_player_named_with_a_position_is_the_player() -> None:
    # The position read as the role the index gives the name, the sentence before the
    # quotation is the player's report, with a team the index takes for a person in view.
    paragraphs = [
        "Zalgiris said in a statement on Monday that it would “analyse the season calmly”"
        " before making any decisions.",
        "Veteran centre Arnas Gedvilas said the final was probably the last game of his"
        " career. “I think my knees have already voted,” the 36-year-old said.",
    ]
    assert _speaker(paragraphs, "I think my knees have already voted,") == (
        "Arnas Gedvilas", "name")


def test_a_name_after_a_sentences_opening_for_is_brought_on_stage() -> None:
    # "For Joseph Cortes, rehearsals have meant ...": the sentence is about him, so the "he"
    # who speaks next is him, not the last man quoted.
    paragraphs = [
        "“Some of the people on that stage lived it,” Mr Vasquez said.",
        "For Joseph Cortes, rehearsals have meant reliving the most painful day of his"
        " childhood. The 68-year-old said he had agreed to take part only after his daughter"
        " persuaded him. “I told her I was too old for theatre,” he said.",
    ]
    assert _speaker(paragraphs, "I told her I was too old for theatre,") == (
        "Joseph Cortes", "name")


def test_a_name_after_for_that_is_no_opening_is_not_brought_on() -> None:
    # ("He played for Tom Hale, who ..." names no topic: the preposition opens no sentence.)
    paragraphs = [
        "“Some of the people on that stage lived it,” Mr Vasquez said.",
        "He once worked for Tom Hale, a builder in the town. “It was hard work,” he said.",
    ]
    assert _speaker(paragraphs, "It was hard work,") == ("Vasquez", "name")


@pytest.mark.parametrize("seat", ["Portsmouth", "St Andrew South-East"])
def test_where_a_legislator_sits_set_off_before_them_is_no_speaker(seat: str) -> None:
    # "Parliamentary Representative for Portsmouth, Hon. Julian Dangleben-Pierre, said": the
    # constituency, which shows no given name or sex, is a place; the legislator speaks.
    paragraphs = [
        f"Parliamentary Representative for {seat}, Julian Dangleben-Pierre, said he was"
        " “deeply saddened” by the killing.",
    ]
    assert _speaker(paragraphs, "deeply saddened") == ("Julian Dangleben-Pierre", "name")


def test_she_after_a_sentence_opened_by_an_office_someone_holds_is_that_person() -> None:
    # "The Minister rejected the claim. Speaking on ..., she said": the story capitalises the
    # office after "the"; the minister it named long before is who "she" is.
    paragraphs = [
        "The Minister for Health and Care, Janine Bonfante, said the unit would open in spring.",
        "“Every patient who goes home the same day frees a bed,” Ms Bonfante said.",
        "The unit will have six beds and two theatres, and will open on weekdays.",
        "Orthopaedic waiting lists have grown since 2020, according to the GHA's own figures.",
        "In a press release, the Opposition said: “The Government likes to announce buildings.”",
        "GSD health spokesman Marcus Danino said the figures were wrong. “It is a waiting room"
        " with the lights off,” Mr Danino said.",
        "The Minister rejected the claim. Speaking on GBC’s “Viewpoint” programme on Thursday,"
        " she said the figures were “audited, published and open to anyone”.",
    ]
    assert _speaker(paragraphs, "audited, published and open to anyone") == (
        "Janine Bonfante", "name")


def test_she_after_an_office_of_the_other_sex_is_not_its_holder() -> None:
    paragraphs = [
        "The Minister for Health, Paul Renouf, said the unit would open in spring.",
        "The Minister rejected the claim. Speaking on radio on Thursday, she said the figures"
        " were “audited and published”.",
    ]
    assert _speaker(paragraphs, "audited and published")[0] != "Paul Renouf"


def test_a_given_name_only_ever_written_after_the_is_a_thing() -> None:
    # "The Bill, which will be debated ...": legislation, not a man called Bill, so it is no
    # second person in reach of the epithet that closes the MP's words.
    paragraphs = [
        "The Bill, which will be debated when the House sits again, would apply to all"
        " employees, with a lower “training rate” for new workers.",
        "Opposition spokesman Craig Simmons said his party supported a minimum wage.",
        "“Nobody on this side is against paying people properly,” Mr Simmons said.",
        "“Ask the small restaurant what happens when its wage bill jumps,” the Warwick North MP"
        " added.",
    ]
    assert _speaker(paragraphs, "Ask the small restaurant what happens when its wage bill jumps,"
                    ) == ("Craig Simmons", "name")


def test_a_people_after_the_is_still_someone() -> None:
    paragraphs = [
        "Massimo Rinaldi, the Corsa Aurelia boss, was furious after the race.",
        "“For me it was obvious from the first replay,” the Italian said.",
    ]
    assert _speaker(paragraphs, "For me it was obvious from the first replay,") == (
        "Massimo Rinaldi", "name")


def test_an_epithet_after_a_player_who_speaks_of_his_brother_as_he_is_the_player() -> None:
    # "He played well": the "he" is the brother the sentence before names, not a sign that
    # someone else speaks; and "elder brother" is no office that rules "the skipper" out.
    paragraphs = [
        "Chukwudi Nwosu scored the winner against a side captained by his elder brother,"
        " Ifeanyi Nwosu.",
        "“I tried not to celebrate too much,” Chukwudi Nwosu said.",
        "Ifeanyi Nwosu, who embraced his brother at full-time, was less keen to talk. ‘He"
        " played well. Today is his day, I will deal with him at home,’ the Enyimba skipper"
        " said with a smile.",
    ]
    assert _speaker(paragraphs, "He played well. Today is his day, I will deal with him at home,"
                    ) == ("Ifeanyi Nwosu", "name")


def test_an_epithet_after_someone_whose_words_speak_of_another_man_is_not_them() -> None:
    # ("Kyle Dunn, 19, punched a man. “He came at me for no reason,” the victim said.")
    paragraphs = [
        "Kyle Dunn punched a man outside the bar. “He came at me for no reason,” the victim"
        " said.",
    ]
    assert _speaker(paragraphs, "He came at me for no reason,")[0] != "Kyle Dunn"


@pytest.mark.parametrize("formula", ["who did not want to be named", "who did not wish to be named",
                                     "who asked for anonymity"])
def test_the_formula_for_a_source_kept_unnamed_is_no_part_of_the_description(formula: str) -> None:
    # As "who asked not to be named": it says why there is no name, not who they are, and a
    # card reads "— a shopkeeper".
    paragraphs = [f"A shopkeeper, {formula}, said trade had halved. “The drain outside is"
                  " blocked with sand,” he said."]
    assert _speaker(paragraphs, "The drain outside is blocked with sand,") == (
        "a shopkeeper", "description")


# Mends after the round's adversarial review.


def test_a_leaders_surname_before_two_role_words_stays_a_person() -> None:
    # "Tinubu campaign spokesman Bayo Onanuga": whose spokesman, a person named in full
    # before; only a role of one word after a name makes it a body ("Rovers manager").
    paragraphs = [
        "Bola Tinubu arrived in Abuja on Monday. Tinubu campaign spokesman Bayo Onanuga said the"
        " trip was routine.",
        "“We are ready for the election,” Tinubu said.",
    ]
    assert _speaker(paragraphs, "We are ready for the election,") == ("Bola Tinubu", "name")


@pytest.mark.parametrize("paragraphs", [
    ["Sipho Dlamini was shot dead in Soweto on Friday. His brother Thabo found the body.",
     "“He was my best friend,” the neighbour said."],
    ["Kyle Dunn, 19, punched a man outside a nightclub in Leeds, where his brother works.",
     "“He came at me for no reason,” the neighbour said."],
    ["Tom Hale, 31, was jailed for attacking a man in Hull. His father, Jim Hale, wept in court.",
     "“He has never said sorry,” the neighbour said."],
])
def test_a_relative_named_as_the_subject_or_beside_another_man_is_no_exemption(
        paragraphs: list[str]) -> None:
    # The "he" of the words may well be the relative or the man the sentence brings in; the
    # epithet stays the story's own words.
    quote = paragraphs[1].split("”")[0].lstrip("“")
    assert _speaker(paragraphs, quote) == ("the neighbour", "description")


@pytest.mark.parametrize(("paragraphs", "words"), [
    (["Moving forward Jane Okoye will handle the company's Asian operations, the firm said.",
      "“I am excited to get started,” Okoye said in a statement."],
     "I am excited to get started,"),
    (["The community centre Mary Jones founded in 1990 will close next month.",
      "“It breaks my heart,” Jones said."], "It breaks my heart,"),
])
def test_a_positions_everyday_sense_is_no_role(paragraphs: list[str], words: str) -> None:
    assert _speaker_role(paragraphs, words)[1] is None
