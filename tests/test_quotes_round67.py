"""Round sixty-seven: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from tests.quotes_article import speaker_and_kind as _speaker


def test_a_currency_code_run_into_a_sum_is_no_body_that_speaks() -> None:
    paragraphs = [
        "A statement from one of the victims, a 67-year-old retiree who lost BND46,000, was"
        " read to the court. It said: “I gave her the money because I knew her mother.”",
        "The lender plans to raise VND6.2 trillion through a share sale. “We have a combination"
        " of retained earnings and bank loans,” the company said.",
    ]
    assert _speaker(paragraphs, "I gave her the money because I knew her mother.")[0] != (
        "BND46")
    assert _speaker(paragraphs, "We have a combination of retained earnings and bank loans,") == (
        "the company", "organisation")


def test_a_strain_of_flu_is_no_body_that_speaks() -> None:
    paragraphs = [
        "The farm is three kilometres from the site where the H5N1 strain was found last"
        " Thursday.",
        "“It is essential that the virus is stopped as quickly as possible,” the ministry said"
        " in a statement.",
    ]
    assert _speaker(paragraphs, "It is essential that the virus is stopped as quickly as"
                    " possible,") == ("the ministry", "organisation")


def test_the_outlet_a_pronoun_told_is_no_rival_for_the_untagged_quotation_after() -> None:
    paragraphs = [
        "Actor John Smith won the award for best actor on Saturday.",
        "He told Czech Radio backstage that the role had been one of the hardest of his long"
        " career. “There is a scene where I sing to my dead wife's roses.”",
    ]
    assert _speaker(paragraphs, "There is a scene where I sing to my dead wife's roses.") == (
        "John Smith", "name")


def test_the_description_named_at_once_is_that_person_not_the_one_introduced_before() -> None:
    paragraphs = [
        "“Last week my neighbour waited four hours with chest pains,” one woman told reporters"
        " outside the health centre in Vis town.",
        "The woman, 67-year-old retired teacher Nevenka Bogdanović, said the island's older"
        " residents felt “forgotten by Zagreb” and that many had stopped going.",
    ]
    assert _speaker(paragraphs, "forgotten by Zagreb") == ("Nevenka Bogdanović", "name")


def test_a_name_labelled_by_a_kind_of_body_is_that_body_whoever_it_acts_on() -> None:
    paragraphs = [
        "Cyclists' union Fietsersbond welcomed the move, but said it “does not go far enough”."
        " “Fatbikes are a national problem,” the organisation said in a statement.",
    ]
    assert _speaker(paragraphs, "Fatbikes are a national problem,") == (
        "Fietsersbond", "organisation")


def test_a_kind_of_body_inside_a_role_is_no_label_of_the_person_after_it() -> None:
    paragraphs = [
        "Head coach of the national team Vugar Talibov praised the athlete’s discipline.",
        "“We were not sure he would be ready for this tournament at all,” Talibov said.",
    ]
    assert _speaker(paragraphs, "We were not sure he would be ready for this tournament at"
                    " all,") == ("Vugar Talibov", "name")


def test_a_broadcaster_or_a_band_named_with_digits_still_speaks() -> None:
    paragraphs = [
        "Polish broadcaster TVN24 said it would challenge the fine. “We will not be silenced,”"
        " TVN24 said in a statement.",
        "Filipino pop group SB19 cancelled two concerts. “Your safety comes first, always,” SB19"
        " said in a statement.",
    ]
    assert _speaker(paragraphs, "We will not be silenced,") == ("TVN24", "organisation")
    assert _speaker(paragraphs, "Your safety comes first, always,") == ("SB19", "organisation")


def test_a_kind_of_body_that_is_a_verb_or_a_trade_labels_no_person() -> None:
    paragraphs = [
        "Critics were quick to brand Mirzoyan a traitor after he signed the border deal.",
        "“I did what was necessary to avoid a war,” Mirzoyan said in a televised address.",
        "Crane operator Bekzod Tursunov saw the tower begin to sway moments before it collapsed.",
        "“I shouted to the men below to run,” Tursunov said.",
    ]
    assert _speaker(paragraphs, "I did what was necessary to avoid a war,") == (
        "Mirzoyan", "name")
    assert _speaker(paragraphs, "I shouted to the men below to run,") == (
        "Bekzod Tursunov", "name")


def test_the_outlet_told_is_skipped_only_when_the_words_told_are_the_teller_s_own() -> None:
    paragraphs = [
        "Midfielder Tom Clarke was dropped for the final.",
        "He told Sky News the coach had shouted at the squad at half-time. “You have let us all"
        " down.”",
    ]
    assert _speaker(paragraphs, "You have let us all down.")[0] != "Tom Clarke"


def test_the_outlet_told_is_skipped_only_before_the_teller_s_own_first_person_words() -> None:
    paragraphs = [
        "Nurse Maria Lopez worked through the night at the field hospital.",
        "She told Reuters the patient begged for help. “Please, just a little water.”",
    ]
    assert _speaker(paragraphs, "Please, just a little water.")[0] != "Maria Lopez"


def test_a_nationality_ending_in_an_is_no_article_before_a_kind_of_body() -> None:
    paragraphs = [
        "German carrier Zeltair cancelled 40 flights. “We apologise to all passengers,” Zeltair"
        " said.",
    ]
    assert _speaker(paragraphs, "We apologise to all passengers,") == ("Zeltair", "organisation")
