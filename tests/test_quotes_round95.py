"""Round ninety-five: a body's name that opens with a title keeps it ("the Justice
Department", "the Queen Elizabeth Hospital", "An Garda Síochána"); Ireland's "Garda" is a
guard's rank before a person's name and no title of a unit's; a noun of one sex set off beside a
name says that person's sex against the Census's list ("His daughter, Jess Herrick,"); and the
adversarial reviews' cases that keep each rule from misfiring."""

from __future__ import annotations

import pytest

from tests.quotes_article import opening_speaker_and_kind as speaker_and_kind


@pytest.mark.parametrize(("sentence", "body"), [
    ("The Justice Department said in a statement: \u201cInquiries are ongoing.\u201d",
     "Justice Department"),
    ("The Queen Elizabeth Hospital said: \u201cInquiries are ongoing.\u201d",
     "Queen Elizabeth Hospital"),
    ("The Sheriff's Office said: \u201cInquiries are ongoing.\u201d", "Sheriff's Office"),
    ("An Garda S\u00edoch\u00e1na said: \u201cInquiries are ongoing.\u201d",
     "Garda S\u00edoch\u00e1na"),
])
def test_a_bodys_name_keeps_the_title_it_opens_with(sentence: str, body: str) -> None:
    # (Before: "Department", "Elizabeth Hospital", "Office", and a person "S\u00edoch\u00e1na".)
    assert speaker_and_kind(["Officers were called on Monday.", sentence],
                            "Inquiries are") == (body, "organisation")


_COURT = [
    "Garda Niamh Teahan told the court she was called to High Street shortly after 2.30am.",
    "\u201cHe was bleeding quite heavily and he was holding a cloth to his face,\u201d Garda "
    "Teahan said.",
]


def test_a_garda_before_a_name_is_the_guards_rank() -> None:
    assert speaker_and_kind(_COURT, "He was bleeding") == ("Niamh Teahan", "name")


@pytest.mark.parametrize(("sentence", "body"), [
    ("Garda Traffic said on social media: \u201cSlow down.\u201d", "Garda Traffic"),
    ("The Garda Dog Unit said: \u201cSlow down.\u201d", "Garda Dog Unit"),
    ("Garda Headquarters said: \u201cSlow down.\u201d", "Garda Headquarters"),
    ("The Garda Vetting Bureau said: \u201cSlow down.\u201d", "Garda Vetting Bureau"),
])
def test_a_garda_unit_or_office_keeps_its_whole_name(sentence: str, body: str) -> None:
    # (Review cases: as a rank everywhere, "Garda" had made people called "Traffic", "Dog
    # Unit" and "Headquarters".)
    speaker, _ = speaker_and_kind(["Roads were closed on Monday.", sentence], "Slow down")
    assert speaker == body


def test_the_garda_is_an_unnamed_guard_not_the_commissioner() -> None:
    # (Review case: "the garda said" had gone to the Garda Commissioner named before.)
    paragraphs = [
        "Garda Commissioner Drew Harris said the attack on two officers was shameful.",
        "A garda who was injured in the attack spoke to reporters on Tuesday.",
        "\u201cIt was terrifying,\u201d the garda said.",
    ]
    assert speaker_and_kind(paragraphs, "It was terrifying") == ("a garda", "description")


_FLOOD = [
    "Dave Herrick, who has lived in East Gore for 31 years, said the water had reached his "
    "letterbox by 3pm.",
    "\u201cI\u2019ve seen it come up before, but never this quick,\u201d he said.",
    "His daughter, Jess Herrick, drove over from Invercargill at lunchtime to help him lift "
    "furniture off the floor.",
    "\u201cDad was out there with a shovel trying to dig a trench across the lawn,\u201d she "
    "said, laughing.",
]


def test_a_daughter_set_off_beside_her_name_is_a_woman_whatever_the_census_says() -> None:
    # ("Jess" is on the Census's male list alone: "she" had found no one.)
    assert speaker_and_kind(_FLOOD, "Dad was out there") == ("Jess Herrick", "name")


@pytest.mark.parametrize("paragraphs", [
    # (Review cases: a clause before the subject whose object is the kin noun; a list.)
    ["After losing his wife, Graham Booth, 78, moved into the village.",
     "\u201cThe neighbours kept me going,\u201d Mr Booth said. \u201cI owe them.\u201d",
     "\u201cWe look after each other here,\u201d he said."],
    ["Asked about his daughter, Matt Ellis, 44, smiled.",
     "\u201cShe is the brave one,\u201d he said."],
])
def test_a_kin_noun_that_is_not_the_names_own_says_no_sex(paragraphs: list[str]) -> None:
    speaker, _ = speaker_and_kind(paragraphs, paragraphs[-1][1:8])
    assert speaker in ("Graham Booth", "Matt Ellis")


@pytest.mark.parametrize(("paragraphs", "body"), [
    # (The whole-change read's cases: a title with its full stop; a qualifier of a title, no
    # title of the body.)
    (["Patients were moved on Monday.",
      "The Dr. Everett Chalmers Regional Hospital said: \u201cInquiries are ongoing.\u201d"],
     "Dr. Everett Chalmers Regional Hospital"),
    (["Former Justice Department official Tom Smith questioned the plan on Monday.",
      "The Justice Department said: \u201cInquiries are ongoing.\u201d"], "Justice Department"),
])
def test_the_title_a_body_keeps_is_its_names_own(paragraphs: list[str], body: str) -> None:
    assert speaker_and_kind(paragraphs, "Inquiries are") == (body, "organisation")


def test_a_garda_before_a_surname_that_is_a_common_word() -> None:
    paragraphs = [
        "Garda John Brown told the court he arrived at the scene at 2am.",
        "\u201cIt was chaos,\u201d Garda Brown said.",
    ]
    assert speaker_and_kind(paragraphs, "It was chaos") == ("John Brown", "name")


def test_a_daughter_set_off_after_her_name() -> None:
    paragraphs = [*_FLOOD[:2], "Jess Herrick, his daughter, drove over from Invercargill to help.",
                  _FLOOD[3]]
    assert speaker_and_kind(paragraphs, "Dad was out there") == ("Jess Herrick", "name")


def test_a_kin_noun_in_a_list_after_a_name_is_someone_elses() -> None:
    # (Whole-change read: "Sarah Lane, her husband, Neil, and their two children" had made her
    # a man, and "she said" no one's.)
    paragraphs = [
        "Sarah Lane, her husband, Neil, and their two children fled the flames on Monday.",
        "Sarah Lane watched as he went back for his dog and his car.",
        "\u201cIt was terrifying,\u201d she said.",
    ]
    assert speaker_and_kind(paragraphs, "It was terrifying") == ("Sarah Lane", "name")


def test_a_person_of_a_body_after_a_style_stays_the_person() -> None:
    # (PolNeAR: "said Mr. Morgan of the Sierra Club" had become the body "Mr. Morgan of the
    # Sierra Club" once a title's full stop no longer stopped the restore.)
    paragraphs = [
        "Mr. Peter Morgan of the Sierra Club criticised the plan.",
        "\u201cIt is a curious plan,\u201d said Mr. Morgan of the Sierra Club.",
    ]
    assert speaker_and_kind(paragraphs, "It is a curious") == ("Peter Morgan", "name")
