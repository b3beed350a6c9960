"""Speaker rules of the twentieth round: an epithet for the person the sentence before is
about, in the same paragraph, and the guards that keep it from naming someone else. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_an_epithet_after_the_subject_in_its_paragraph_is_them_whatever_their_role() -> None:
    # The body chaired gives its first half no role of "chair", so the sentence's subject is
    # the one person it names; "the retired engineer" is more about him, not a new person.
    quotes = by_text([
        "Council votes through housing plan",
        "Cllr Ann Comerford chaired the meeting.",
        "\u2018I understand people feel strongly,\u2019 Cllr Comerford said.",
        "Outside the council offices, residents gathered in the rain to vent their anger.",
        "Tadhg Moloney, chair of the Ardcarrig and District Residents\u2019 Association, said"
        " the group would consider a legal challenge. \u2018We will be looking at every option"
        " open to us,\u2019 the retired engineer said.",
    ])
    quote = quotes["We will be looking at every option open to us,"]
    assert quote.speaker == "Tadhg Moloney"


def test_a_tag_that_follows_no_quotation_goes_on_about_the_subject_before_it() -> None:
    quotes = by_text([
        "Pension row dogs governor race",
        "Rep. Susan Kittredge, a two-term member of Congress, is challenging Ray Delgado.",
        "Her campaign manager, Tyler Brandt, said the protests showed that \u201cRay Delgado\u2019s"
        " own base doesn\u2019t trust him.\u201d",
        "Kittredge herself, campaigning in Findlay on Sunday, went further. Speaking to"
        " reporters outside a diner, the congresswoman said Delgado owed voters \u201ca full"
        " accounting\u201d of the fund.",
    ])
    assert quotes["a full accounting"].speaker == "Susan Kittredge"


def test_an_epithet_a_paragraph_after_a_titled_person_is_someone_else() -> None:
    # Across a paragraph, a different occupation is a different person: the guard stays.
    quotes = by_text([
        "Hospital waits hit record",
        "Health Secretary Wes Streeting said the figures showed the NHS was \u201cbroken\u201d.",
        "\u201cWe have patients waiting 14 hours on trolleys in corridors,\u201d the nurse said.",
    ])
    quote = quotes["We have patients waiting 14 hours on trolleys in corridors,"]
    assert quote.speaker == "the nurse"
    assert quote.speaker_kind == "description"



def test_an_office_of_two_words_is_its_one_holder_not_another_minister() -> None:
    quotes = by_text([
        "Government shrugs off by-election loss",
        "Prime Minister Helen Marsden-Vaai congratulated the winner but rejected suggestions"
        " the result was a verdict on her government.",
        "\"Turnout was under 40 percent,\" the Prime Minister said on Monday.",
        "Later, Housing Minister Lydia Kowalczyk told the House the programme was on track.",
        "\"We are ahead of where anyone thought,\" the Prime Minister said.",
    ])
    assert quotes["Turnout was under 40 percent,"].speaker == "Helen Marsden-Vaai"
    assert quotes["We are ahead of where anyone thought,"].speaker == "Helen Marsden-Vaai"


def test_the_prime_minister_is_no_minister_of_another_portfolio() -> None:
    quotes = by_text([
        "Housing row",
        "Housing Minister Lydia Kowalczyk told the House the programme was on track.",
        "\"We will not be lectured,\" the Prime Minister said.",
    ])
    assert quotes["We will not be lectured,"].speaker != "Lydia Kowalczyk"


def test_a_statement_from_someone_is_theirs_when_the_statement_speaks() -> None:
    quotes = by_text([
        "Treasurer jailed for club theft",
        "A victim impact statement from the club's chairman, Phil Garside, was read to the"
        " court.",
        "\"Those kids did nothing wrong,\" the statement said.",
    ])
    assert quotes["Those kids did nothing wrong,"].speaker == "Phil Garside"


def test_a_statement_written_by_someone_named_after_whose_they_are_is_theirs() -> None:
    quotes = by_text([
        "Driver jailed for killing student",
        "A victim impact statement written by Mr Fonoti's mother, Losa Fonoti, was read to the"
        " court by Mr Bakare.",
        "\"Tavita was the first person in our family to go to university,\" the statement"
        " said.",
    ])
    quote = quotes["Tavita was the first person in our family to go to university,"]
    assert quote.speaker == "Losa Fonoti"


def test_the_reader_of_a_statement_is_not_its_author() -> None:
    quotes = by_text([
        "Family pays tribute",
        "A statement was read outside court by the family's solicitor, Anne Kerr.",
        "\"He was the light of our lives,\" the statement said.",
    ])
    assert quotes["He was the light of our lives,"].speaker != "Anne Kerr"
