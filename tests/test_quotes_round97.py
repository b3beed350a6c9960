"""Round ninety-seven: an age epithet may say where the person is from ("the 19-year-old from
Zlín, Czech Republic, said"), and the place is never the speaker; the epithet speaks only as
the clause's subject, not after "of" or a participle ("A neighbour of the 82-year-old said");
no one who spoke of "the N-year-old" is the N-year-old; "Gardaí" is Ireland's police, a body.
Each case is one the adversarial review or the bench brought."""

from __future__ import annotations

import pytest

from tests.quotes_article import opening_speaker_and_kind as speaker_and_kind


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (Before: "Zlín" and "Ballymena", places read as names, spoke.)
    (["Jakub Hole\u010dek, 19, scored the winner in overtime.",
      "\u201cI just tried to shoot it quick,\u201d the 19-year-old from Zl\u00edn, Czech "
      "Republic, said."],
     "I just tried", ("Jakub Hole\u010dek", "name")),
    (["Ciara Quinn, 24, won the women\u2019s race by a minute.",
      "\u201cThe hill nearly finished me,\u201d said the 24-year-old from Ballymena."],
     "The hill", ("Ciara Quinn", "name")),
    (["Aoife Byrne, 19, won the race.",
      "The 19-year-old from Dublin said: \u201cI just tried to keep going.\u201d"],
     "I just tried", ("Aoife Byrne", "name")),
])
def test_an_age_epithet_with_where_the_person_is_from_is_that_person(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (Before: the 82-year-old who died spoke of herself.)
    (["Mary Hession, 82, died at her home on Tuesday.",
      "A neighbour of the 82-year-old said: \u201cShe was the kindest woman on the road.\u201d"],
     "She was the kindest", ("a neighbour", "description")),
    (["Paul Dunne, 33, died in the crash.",
      "The brother of the 33-year-old from Portarlington said: \u201cPaul was the best of "
      "us.\u201d"],
     "Paul was the best", ("the brother", "description")),
    (["Sean Tuohy, 68, is in a critical condition.",
      "The surgeon treating the 68-year-old said: \u201cThis is not acceptable.\u201d"],
     "This is not", ("the surgeon", "description")),
    # (A clause the epithet opens after a conjunction is still its own: "a day after the
    # 27-year-old accused selectors".)
    (["Jatoi, 27, was dropped on Monday, a day after the 27-year-old accused selectors of "
      "bias.",
      "\u201cI said what everyone knows,\u201d the 27-year-old said."],
     "I said what", ("Jatoi", "name")),
])
def test_an_age_epithet_after_of_or_a_participle_is_not_the_speaker(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected


def test_one_who_spoke_of_the_n_year_old_is_not_the_n_year_old() -> None:
    # (Before: "Carlow"; with the place read as where, the one person in reach, the
    # superintendent, would have been left.)
    paragraphs = [
        "Gardai charged a man over an assault outside a pub in May.",
        "Supt Tom Walsh said the 25-year-old from Carlow had co-operated fully. The "
        "25-year-old from Carlow told the court: \u201cI am sorry for what I did.\u201d",
    ]
    assert speaker_and_kind(paragraphs, "I am sorry") == ("the 25-year-old", "description")


def test_gardai_are_the_police_a_body() -> None:
    # (Before: "Gardaí" was a person, and the spokesperson the county's "Co Mayo".)
    paragraphs = [
        "A man has died after a crash in Co Mayo, Garda\u00ed have said.",
        "\u201cWe are appealing for witnesses,\u201d a spokesperson said.",
    ]
    assert speaker_and_kind(paragraphs, "We are appealing") == ("Garda\u00ed", "organisation")


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (Before: half the name, "Thornbury NHS Foundation Trust", "Emergency Services" read as a
    # person, "Omagh District Council".)
    (["Wexley and Thornbury NHS Foundation Trust told patients on Tuesday that \u201ca small "
      "number\u201d of scans may have been exposed."],
     "a small number", ("Wexley and Thornbury NHS Foundation Trust", "organisation")),
    (["Flash flooding cut roads across the region overnight.",
      "\u201cAll occupants were able to self-rescue,\u201d Queensland Fire and Emergency "
      "Services said."],
     "All occupants", ("Queensland Fire and Emergency Services", "organisation")),
    (["Fermanagh and Omagh District Council said the road would reopen on Friday. \u201cWe "
      "thank residents for their patience,\u201d a spokesperson said."],
     "We thank residents", ("Fermanagh and Omagh District Council", "organisation")),
])
def test_a_bodys_name_joined_by_and_is_one_name_without_the_before_it(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (Review cases: people of the body after the name, or a word of the first half speaking
    # alone elsewhere, say two things are joined; a given name the lists lack let "Jagan Reddy
    # and Andhra Pradesh Police" become one body.)
    (["Jagan Reddy and Andhra Pradesh Police officials met on Monday to discuss the march.",
      "\u201cWe agreed the route,\u201d Reddy said."],
     "We agreed", ("Jagan Reddy", "name")),
    (["Aoife Brennan and Mater Misericordiae Hospitals were cleared by the tribunal on Friday.",
      "\u201cI always knew I had done nothing wrong,\u201d Brennan said."],
     "I always knew", ("Aoife Brennan", "name")),
])
def test_a_person_and_a_body_stay_apart(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (Before: no one, the age epithet needing its clause to end right after it; and the
    # name in the clause after it, "van Gerwen", spoke.)
    (["The club\u2019s current captain, Ruaridh Gow, said Mr MacPherson had taken a keen "
      "interest in the younger players.",
      "\u201cHe could be a bit blunt,\u201d said the 26-year-old with a laugh. \u201cBut he "
      "was always right.\u201d"],
     "He could be", ("Ruaridh Gow", "name")),
    (["Luke Littler, 17, won the final 7-4.",
      "\u201cI can\u2019t believe it,\u201d said the 17-year-old as Michael van Gerwen shook "
      "his hand."],
     "I can\u2019t believe", ("Luke Littler", "name")),
])
def test_an_age_epithet_after_an_inverted_cue_may_say_how(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected


@pytest.mark.parametrize(("paragraphs", "words", "age"), [
    # (Review cases: the person brought in unnamed at that age, or spoken of by an official,
    # is not the official in reach.)
    (["A 54-year-old bus driver from Derry has won \u00a31 million on the EuroMillions.",
      "Camelot's Andy Carter presented the cheque at a hotel in the city.",
      "\"I'm going to keep driving the bus,\" said the 54-year-old with a laugh."],
     "I'm going to keep", 54),
    (["A lorry driver has told an inquest he did not see the cyclist before the collision.",
      "Coroner Graeme Hughes heard evidence from the 47-year-old on Tuesday.",
      "\u201cI checked my mirrors,\u201d said the 47-year-old as the cyclist\u2019s family "
      "wept in the public gallery."],
     "I checked my mirrors", 47),
    (["Police are warning of romance scams after a woman lost $80,000 to a man she met "
      "online.",
      "Const. Dani McKinnon said the woman, 70, had sent money over nine months.",
      "\u201cHe said he loved me,\u201d said the 70-year-old as Const. McKinnon showed "
      "reporters the messages."],
     "He said he loved me", 70),
])
def test_the_n_year_old_is_not_an_official_in_reach(
        paragraphs: list[str], words: str, age: int) -> None:
    assert speaker_and_kind(paragraphs, words) == (f"the {age}-year-old", "description")


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    # (The whole-change read's cases. An honorific is no post: the unnamed 34-year-old was
    # named later.)
    (["A 34-year-old roofer has been charged with the theft of lead from a church roof.",
      "Trevor Ashgrove, of Armley, appeared before magistrates on Monday. Mr Ashgrove told "
      "the court he had been desperate.",
      "\u201cI needed the money for my kids,\u201d said the 34-year-old as he left court."],
     "I needed the money", ("Trevor Ashgrove", "name")),
    (["A 54-year-old bus driver from Derry has won \u00a31 million on the EuroMillions.",
      "Sean Kelly, who has driven buses for 30 years, collected the cheque on Monday. Mr Kelly "
      "said he would keep working.",
      "\"I'm going to keep driving the bus,\" said the 54-year-old with a laugh."],
     "I'm going to keep", ("Sean Kelly", "name")),
    # (A noun in "-ing" before the epithet is no participle.)
    (["Ciara Quinn won the women\u2019s race by a minute on Saturday.",
      "This morning the 24-year-old said: \u201cThe hill nearly finished me.\u201d"],
     "The hill", ("Ciara Quinn", "name")),
    # (The fans chanted, not the striker.)
    (["Teenage striker Ismael Naliupis scored twice as fans chanted for the 19-year-old.",
      "\u201cI just tried to shoot it quick,\u201d the 19-year-old said."],
     "I just tried", ("Ismael Naliupis", "name")),
    # (A quotation's end ends the sentence: his own words are not him speaking of the
    # 19-year-old.)
    (["Jakub Hole\u010dek said: \u201cI love this club.\u201d The 19-year-old scored twice on "
      "Sunday.",
      "\u201cI just tried to shoot it quick,\u201d said the 19-year-old."],
     "I just tried", ("Jakub Hole\u010dek", "name")),
    # (The people of two bodies after their names: no one body.)
    (["Thames Water and Environment Agency teams were at the river on Monday.",
      "\u201cWe are investigating,\u201d a spokesperson said."],
     "We are investigating", ("Environment Agency", "organisation")),
])
def test_the_whole_change_reads_cases(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    assert speaker_and_kind(paragraphs, words) == expected
