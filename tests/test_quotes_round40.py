"""Round forty. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Hospital's first robotic transplant")


def test_a_lone_quotation_goes_on_from_a_tag_with_a_titled_name() -> None:
    # The tag's "Dr." is no sentence end: the paragraph closes with the tag, so the
    # untagged paragraph after it is the same speaker's.
    paragraphs = [
        "The transplant took four hours on Sunday.",
        "\u201cThe whole team went quiet for a second,\u201d said Dr. Rami Haddadin, head of"
        " the hospital's robotic surgery programme.",
        "\u201cThis is not about the machine. The machine is a tool.\u201d",
    ]
    quote = _quote(paragraphs, "This is not about the machine. The machine is a tool.")
    assert (quote.speaker, quote.speaker_kind) == ("Rami Haddadin", "name")


def test_a_lone_quotation_after_a_tag_and_another_sentence_is_not_carried() -> None:
    paragraphs = [
        "\u201cThe whole team went quiet for a second,\u201d said Dr. Rami Haddadin. The donor,"
        " Salma Qasem, is 31.",
        "\u201cThis is not about the machine.\u201d",
    ]
    quote = _quote(paragraphs, "This is not about the machine.")
    assert quote.speaker != "Rami Haddadin"


def test_the_agency_is_the_talent_company_named_before() -> None:
    paragraphs = [
        "Seoul pop group LUMEN will pause all activities, Haneul Entertainment said on Monday.",
        "\u201cThe health of the artists must come before any schedule,\u201d the agency said.",
    ]
    quote = _quote(paragraphs, "The health of the artists must come before any schedule,")
    assert (quote.speaker, quote.speaker_kind) == ("Haneul Entertainment", "organisation")


def test_the_agency_is_no_record_label() -> None:
    # A label is a company but no agency: with no public body named, the story's words.
    paragraphs = [
        "Seoul pop group LUMEN will pause all activities, Haneul Records said on Monday.",
        "\u201cThe health of the artists must come before any schedule,\u201d the agency said.",
    ]
    quote = _quote(paragraphs, "The health of the artists must come before any schedule,")
    assert quote.speaker != "Haneul Records"


def test_a_ministry_named_for_several_portfolios_is_one_body() -> None:
    paragraphs = [
        "The steel maker will close its oldest furnace next year.",
        "The Ministry of Trade, Industry and Energy said it was \u201cclosely monitoring\u201d"
        " the situation.",
    ]
    quote = _quote(paragraphs, "closely monitoring")
    assert (quote.speaker, quote.speaker_kind) == (
        "Ministry of Trade, Industry and Energy", "organisation")
    paragraphs = ["The Ministry of Health and Welfare said it had \u201cnot yet finalised\u201d"
                  " any change."]
    assert _quote(paragraphs, "not yet finalised").speaker == "Ministry of Health and Welfare"


def test_a_ministry_and_a_second_source_stay_two() -> None:
    # A news agency, a person's name or a second body after "and" is no portfolio.
    paragraphs = ["The Ministry of Defence and Reuters said the convoy had been \u201cturned"
                  " back\u201d at the border."]
    assert _quote(paragraphs, "turned back").speaker != "Ministry of Defence and Reuters"
    paragraphs = ["The Ministry of Health, Ahmed and Kelly said the clinic was \u201cnot"
                  " ready\u201d for patients."]
    assert _quote(paragraphs, "not ready").speaker != "Ministry of Health, Ahmed and Kelly"


def test_a_company_called_by_its_first_word_is_the_company_though_a_surname() -> None:
    # "Dunmore" is a surname in the Census lists; after "Dunmore Polymers Inc." and with no
    # one named Dunmore, "Dunmore said" is the company.
    paragraphs = [
        "The lawsuit seeks damages from Dunmore Polymers Inc., which runs the plant.",
        "Dunmore said in a statement that it had \u201ccooperated with regulators at every"
        " step\u201d and would fight the case.",
    ]
    quote = _quote(paragraphs, "cooperated with regulators at every step")
    assert (quote.speaker, quote.speaker_kind) == ("Dunmore Polymers Inc", "organisation")


def test_the_first_word_of_a_company_stays_a_person_who_bears_it() -> None:
    paragraphs = [
        "The lawsuit seeks damages from Dunmore Polymers Inc., which runs the plant.",
        "Its founder, Clare Dunmore, attended the hearing.",
        "Dunmore said the claims were \u201cwithout foundation\u201d and left.",
    ]
    assert _quote(paragraphs, "without foundation").speaker == "Clare Dunmore"


def test_ms_is_the_wife_named_with_her_husband_whose_sex_no_list_knows() -> None:
    # "Alasdair" is in no list of given names; "Fiona" is. Named together, "Ms MacLeod" is
    # the one the title's sex fits.
    paragraphs = [
        "Among those stranded were Fiona and Alasdair MacLeod, from Inverness.",
        "\u2018We came for the sunshine,\u2019 Ms MacLeod said, laughing.",
    ]
    quote = _quote(paragraphs, "We came for the sunshine,")
    assert quote.speaker == "Fiona MacLeod"


def test_ms_right_after_a_bearer_whose_sex_no_list_knows_stays_theirs() -> None:
    # The title follows the newly named "Eilidh McIntyre" (no list knows "Eilidh"), not the
    # woman named earlier.
    paragraphs = [
        "Morag McIntyre, the union's Scottish secretary, called the strike on Monday.",
        "A second official, Eilidh McIntyre, joined the picket at dawn.",
        "\u201cNobody here wanted this,\u201d Ms McIntyre said.",
    ]
    assert _quote(paragraphs, "Nobody here wanted this,").speaker == "Eilidh McIntyre"


def test_a_closed_compound_of_a_noun_for_people_is_one_too() -> None:
    paragraphs = [
        "The pair arrived at the restaurant at nine on Saturday.",
        "\u201cThey were in the corner booth for almost three hours,\u201d one eyewitness told"
        " us.",
    ]
    quote = _quote(paragraphs, "They were in the corner booth for almost three hours,")
    assert (quote.speaker, quote.speaker_kind) == ("one eyewitness", "description")


def test_a_shaped_tag_may_have_role_words_before_the_name() -> None:
    # "radioed" is in no list of verbs of speech; the tag's shape says it is one.
    paragraphs = [
        "The capsule splashed down off the coast at noon.",
        "\u201cWe see four good mains,\u201d capsule communicator Darnell Whitcombe radioed from"
        " mission control.",
    ]
    quote = _quote(paragraphs, "We see four good mains,")
    assert (quote.speaker, quote.role) == ("Darnell Whitcombe", "capsule communicator")


def test_a_shaped_tag_with_a_lower_case_clause_before_a_name_is_not_one() -> None:
    # Words that hold their own verb before the name are a sentence, not a role.
    paragraphs = [
        "\u201cWe see four good mains,\u201d and then the crowd cheered Darnell Whitcombe"
        " loudly.",
    ]
    assert _quote(paragraphs, "We see four good mains,").speaker != "Darnell Whitcombe"


def test_her_honour_is_the_judge_the_story_named() -> None:
    paragraphs = [
        "Justice Catriona Moncrieff jailed Rami Haddad for two years on Friday.",
        "\u201cThis was not a momentary lapse,\u201d her Honour said.",
    ]
    quote = _quote(paragraphs, "This was not a momentary lapse,")
    assert (quote.speaker, quote.speaker_kind) == ("Catriona Moncrieff", "name")


def test_her_honour_with_no_judge_named_is_no_one() -> None:
    paragraphs = [
        "Rami Haddad was jailed for two years on Friday.",
        "\u201cThis was not a momentary lapse,\u201d her Honour said.",
    ]
    assert _quote(paragraphs, "This was not a momentary lapse,").speaker is None


def test_a_general_directorate_is_a_body_not_a_general() -> None:
    paragraphs = [
        "Two people were killed in flash floods on Tuesday, the General Directorate of Civil"
        " Defense said.",
        "The directorate said in a statement that teams had rescued \u201cmore than 60"
        " people\u201d.",
    ]
    quote = _quote(paragraphs, "more than 60 people")
    assert (quote.speaker, quote.speaker_kind) == (
        "General Directorate of Civil Defense", "organisation")


def test_a_general_before_a_name_is_still_a_title() -> None:
    paragraphs = ["General Amara Osei of the army said the floods were \u201cthe worst in"
                  " memory\u201d."]
    assert _quote(paragraphs, "the worst in memory").speaker == "Amara Osei"


def test_a_ministry_and_a_charity_or_a_firm_after_and_stay_two() -> None:
    # Found by the round's review: a one-word body after "and" is no portfolio unless it ends
    # as the nouns for portfolios do.
    for second in ("Oxfam", "Microsoft", "ExxonMobil"):
        paragraphs = [f"The Ministry of Health and {second} said the plan was \u201cnot"
                      " ready\u201d."]
        assert _quote(paragraphs, "not ready").speaker != f"Ministry of Health and {second}"


def test_her_honour_is_the_one_woman_on_the_bench_not_a_minister() -> None:
    paragraphs = [
        "Justice Minister Priya Sood announced a review of sentencing on Monday.",
        "In the district court, Magistrate Helen Yu jailed the driver for a year.",
        "\u201cA car is a weapon in the wrong hands,\u201d her Honour said.",
    ]
    assert _quote(paragraphs, "A car is a weapon in the wrong hands,").speaker == "Helen Yu"
    paragraphs = [
        "Judge Alan Reeve heard the case first; Justice Mary Holt heard the appeal.",
        "\u201cThe trial judge gave too little weight to it,\u201d her Honour said.",
    ]
    assert _quote(paragraphs, "The trial judge gave too little weight to it,").speaker == (
        "Mary Holt")


def test_her_honour_with_two_women_judges_is_no_one() -> None:
    paragraphs = [
        "Judge Sarah Lim and Judge Amara Osei sat together on the appeal.",
        "\u201cThe consultation was adequate,\u201d her Honour said.",
    ]
    assert _quote(paragraphs, "The consultation was adequate,").speaker is None


def test_a_surname_given_with_a_title_is_no_company() -> None:
    paragraphs = [
        "Residents are suing Dunmore Polymers Inc., which runs the plant on the river.",
        "Dr. Dunmore, a toxicologist hired by the residents, tested soil from 40 gardens.",
        "Dunmore said the readings were \u201calarming by any standard\u201d.",
    ]
    quote = _quote(paragraphs, "alarming by any standard")
    assert (quote.speaker, quote.speaker_kind) == ("Dunmore", "name")


def test_a_clause_before_a_name_is_no_role_of_a_shaped_tag() -> None:
    paragraphs = [
        "The crowd fell silent at the gate.",
        "\u201cGet back from the fence,\u201d was all that Omar Haddad heard.",
    ]
    assert _quote(paragraphs, "Get back from the fence,").speaker != "Omar Haddad"
