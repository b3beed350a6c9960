"""Round forty-four. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text, reported_quote

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Supermarket wins approval for second store")


def test_an_unnamed_spokesperson_of_a_named_body_is_the_body() -> None:
    # "A Brightmere spokesperson said": the name before the noun says whose; the body speaks
    # (the GUIDE's rule for a spokesperson the story does not name).
    paragraphs = [
        "Brightmere opened its first store in Ashcombe in 2019.",
        "A Brightmere spokesperson said: \u201cWe are delighted the committee has recognised"
        " the jobs the store will bring.\u201d",
    ]
    quote = _quote(paragraphs, "We are delighted the committee has recognised the jobs the"
                   " store will bring.")
    assert (quote.speaker, quote.speaker_kind) == ("Brightmere", "organisation")


def test_a_spokesperson_of_a_body_of_two_names_is_that_body() -> None:
    paragraphs = [
        "The festival lost its grant in March.",
        "\u201cWe recognise the festival's contribution to new writing,\u201d a Creative"
        " Lothian spokesman said.",
    ]
    quote = _quote(paragraphs, "We recognise the festival's contribution to new writing,")
    assert (quote.speaker, quote.speaker_kind) == ("Creative Lothian", "organisation")


def test_a_persons_spokesperson_stays_a_description() -> None:
    # "a Walsh spokesman" after Senator Tom Walsh: a person's spokesperson is not them.
    paragraphs = [
        "Senator Tom Walsh voted against the bill on Tuesday.",
        "\u201cHe stands by his vote,\u201d a Walsh spokesman said.",
    ]
    quote = _quote(paragraphs, "He stands by his vote,")
    assert (quote.speaker, quote.speaker_kind) == ("a Walsh spokesman", "description")


def test_a_peoples_spokesperson_stays_a_description() -> None:
    paragraphs = [
        "The talks ended without a deal.",
        "\u201cWe will respond in due course,\u201d a Chinese spokesperson said.",
    ]
    quote = _quote(paragraphs, "We will respond in due course,")
    assert (quote.speaker, quote.speaker_kind) == ("a Chinese spokesperson", "description")


def test_a_kind_of_body_alone_stays_the_storys_words() -> None:
    # Resolved to the one council named, this lost quotations on blind sets: kept as written.
    paragraphs = [
        "Kellingford Borough Council ran the count.",
        "\u201cWe are confident the result is accurate,\u201d a council spokesperson said.",
    ]
    quote = _quote(paragraphs, "We are confident the result is accurate,")
    assert (quote.speaker, quote.speaker_kind) == ("a council spokesperson", "description")


def test_an_office_before_a_participle_is_no_one_who_speaks() -> None:
    # "written to the Farming Minister asking for a meeting": "asking" says what the letter
    # asked; the office is no person of the story, so "she" is the MP the sentence is about.
    paragraphs = [
        "A Defra spokesperson said: \u201cWe will set out a strategy shortly.\u201d",
        "Rachel Ogunbanjo, the MP for the Dales, said she had written to the Farming Minister"
        " asking for a meeting.",
        "\u201cThese are exactly the family farms that keep our uplands alive,\u201d she said.",
    ]
    quote = _quote(paragraphs, "These are exactly the family farms that keep our uplands alive,")
    assert (quote.speaker, quote.speaker_kind) == ("Rachel Ogunbanjo", "name")
    assert _quote(paragraphs, "We will set out a strategy shortly.").speaker == "Defra"


def test_the_minister_who_speaks_is_still_an_office() -> None:
    # ("the Minority Leader said": a finite cue after the office still lets it speak.)
    paragraphs = [
        "The bill passed on Thursday.",
        "\u201cThis is a bad day for tenants,\u201d the Housing Minister said.",
    ]
    quote = _quote(paragraphs, "This is a bad day for tenants,")
    assert quote.speaker is not None


def _inner(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    quote = reported_quote(paragraphs, words, title="Mill workers fear for their jobs")
    assert quote is not None
    return quote.speaker, quote.speaker_kind


def test_a_time_before_the_subject_of_an_inner_quotation_is_passed_over() -> None:
    # "Last week a German family asked me, ‘...’": the time says when; the family asked.
    paragraphs = [
        "Tour guide Ramon Dizon, 58, has worked the bay for 30 years.",
        "\u201cThe reef is half of what it was. Last week a German family asked me, \u2018Where"
        " are all the turtles?\u2019 I had no answer,\u201d he said.",
    ]
    assert _inner(paragraphs, "Where are all the turtles?") == ("a German family",
                                                              "description")


def test_an_adverb_after_and_before_the_cue_keeps_the_subject() -> None:
    paragraphs = [
        "Market trader Mwila Banda, 41, lost her stall on Tuesday.",
        "\u201cThe officers came this morning and just said, \u2018Close, close, you are"
        " blocking the road.\u2019 Where do we go?\u201d she said.",
    ]
    assert _inner(paragraphs, "Close, close, you are blocking the road.") == (
        "the officers", "description")


def test_a_compound_of_man_is_a_person_who_may_speak_inside_a_quotation() -> None:
    paragraphs = [
        "Scaffolder Tomas Reyes, 33, fell four metres when the boards gave way.",
        "\u201cThe foreman shouted, \u2018Hold the pipe, hold the pipe,\u2019 and then I was on"
        " the ground,\u201d Reyes said.",
    ]
    assert _inner(paragraphs, "Hold the pipe, hold the pipe,") == ("the foreman", "description")


def test_people_named_by_a_plural_noun_alone_speak_inside_a_quotation() -> None:
    paragraphs = [
        "Paediatric nurse Hana Okoro, 45, runs the ward's night shift.",
        "\u201cParents tell us, \u2018He only had a little cold.\u2019 By then it is"
        " pneumonia,\u201d Okoro said.",
        "\u201cPeople always say, \u2018Oh, that is just winter.\u2019 It is not,\u201d she"
        " added.",
    ]
    assert _inner(paragraphs, "He only had a little cold.") == ("parents", "description")
    assert _inner(paragraphs, "Oh, that is just winter.") == ("people", "description")


def test_everyone_is_credited_as_the_story_says() -> None:
    # (Round seventy-four: the annotators credit "everybody" as a description, and so do we
    # now; read +1, never read +1. "Nobody" stays no one: tests/test_quotes_round74.py.)
    paragraphs = [
        "Coach Lena Varga, 50, took the job in May.",
        "\u201cEveryone told me, \u2018Do not take it.\u2019 I took it,\u201d Varga said.",
    ]
    quote = reported_quote(paragraphs, "Do not take it.")
    assert quote is not None and (quote.speaker, quote.speaker_kind) == (
        "everyone", "description")


_OBITUARY = [
    "Mwansa Bwalya, the kalindula singer whose songs carried the Luapula valley to the radio,"
    " has died aged 79.",
    "Bwalya recorded 14 albums and toured Zambia for four decades. Born in Kawambwa in 1946,"
    " Bwalya taught himself the guitar on a tin and fishing line; he played his first show"
    " at 15.",
    "President Mulenga called Bwalya \u201ca voice of the whole nation.\u201d",
    "His daughter, Chanda, said the family had been overwhelmed by messages from fans.",
    "\u201cHe used to tell us, \u2018A song must carry the village home.\u2019 That is what he"
    " did,\u201d she said.",
]


def test_he_in_a_tribute_with_no_one_else_in_view_is_the_person_the_story_is_about() -> None:
    assert _inner(_OBITUARY, "A song must carry the village home.") == ("Mwansa Bwalya", "name")


def test_a_title_sung_is_no_inner_quotation_of_the_central_person() -> None:
    paragraphs = [
        *_OBITUARY[:4],
        "\u201cHe sang \u2018Luapula Wind\u2019 slower than ever that night,\u201d she said.",
    ]
    assert reported_quote(paragraphs, "Luapula Wind") is None


def test_a_name_after_and_opening_a_clause_of_its_own_is_the_inner_speaker() -> None:
    paragraphs = [
        "Opener Rohan Desai made 112 on Saturday, his first century for the county.",
        "\u201cThe ball was coming out nicely and Harry kept telling me, \u2018Keep it simple,"
        " keep hitting the gaps.\u2019 So I did,\u201d Desai said.",
        "Captain Harry Lindley said the innings had won the match.",
    ]
    assert _inner(paragraphs, "Keep it simple, keep hitting the gaps.") == ("Harry Lindley",
                                                                            "name")


def test_two_names_joined_by_and_are_still_no_one_inner_speaker() -> None:
    paragraphs = [
        "Opener Rohan Desai made 112 on Saturday.",
        "\u201cHarry and Umair kept telling me, \u2018Keep it simple.\u2019 So I did,\u201d"
        " Desai said.",
        "Captain Harry Lindley and Umair Saeed were not out at the close.",
    ]
    assert reported_quote(paragraphs, "Keep it simple.") is None


def test_calling_it_after_the_subjects_clause_credits_the_subject() -> None:
    # "vetoed ..., calling it “...”": the participle reports the subject's words, as
    # "describing it as" does; a body named inside the clause does not stop it.
    paragraphs = [
        "Gov. Ellen Kowalski on Tuesday vetoed a $1.4 billion tax cut passed by the"
        " Legislature, calling it \u201ca budget-busting giveaway\u201d and setting up an"
        " override fight.",
    ]
    quote = _quote(paragraphs, "a budget-busting giveaway")
    assert (quote.speaker, quote.cue) == ("Ellen Kowalski", "calling")


def test_in_what_someone_described_as_credits_that_someone() -> None:
    # "in what a magistrate described as “...”": the relative clause has its own subject,
    # not the man the sentence is about; the magistrate is named in the next paragraph.
    paragraphs = [
        "A 29-year-old man from Zabbar was jailed for six years, in what a magistrate"
        " described as \u201ca senseless act\u201d.",
        "Magistrate Marlene Cassar Mifsud said the man had shown remorse.",
    ]
    quote = _quote(paragraphs, "a senseless act")
    assert (quote.speaker, quote.cue) == ("Marlene Cassar Mifsud", "described")
    paragraphs = [
        "A 47-year-old miner was shot dead on Monday, in what his widow has described as"
        " \u201can execution\u201d.",
    ]
    assert _quote(paragraphs, "an execution").speaker == "his widow"


def test_the_stewards_are_people_whose_ruling_is_quoted() -> None:
    paragraphs = [
        "Callum Reid was handed a five-second penalty after the race.",
        "The stewards sided with the Marchetti driver, ruling in their decision document that"
        " Reid was \u201cwholly or predominantly to blame\u201d for the collision.",
        "The stewards said Reid had \u201cnot left sufficient room\u201d at the apex.",
    ]
    for words in ("wholly or predominantly to blame", "not left sufficient room"):
        quote = _quote(paragraphs, words)
        assert (quote.speaker, quote.speaker_kind) == ("the stewards", "description")


def test_a_past_tense_cue_is_no_word_of_a_description() -> None:
    # "the DGHS urged people with fever to “...”" is the body and its verb; the description
    # "the DGHS urged people" credited no one.
    paragraphs = [
        "The Directorate General of Health Services (DGHS) said cases had doubled.",
        "In a press release, the DGHS urged people with fever to \u201cget a dengue test within"
        " the first two days\u201d instead of waiting at home.",
    ]
    quote = _quote(paragraphs, "get a dengue test within the first two days")
    assert (quote.speaker, quote.speaker_kind) == (
        "Directorate General of Health Services", "organisation")


def test_the_company_is_the_one_company_the_story_is_about() -> None:
    # The story opens on a disease, so no lede body stands for "the company"; the company it
    # names three times does.
    paragraphs = [
        "An experimental treatment for Halloran syndrome failed to meet its main goal in a"
        " trial of 48 children, Corvanta Therapeutics said on Monday.",
        "Shares of Corvanta fell 31 per cent. Corvanta is based in Cambridge.",
        "The company said it would still seek approval \u201cin the first quarter of"
        " 2026\u201d.",
    ]
    quote = _quote(paragraphs, "in the first quarter of 2026")
    assert (quote.speaker, quote.speaker_kind) == ("Corvanta Therapeutics", "organisation")



# Review mends (adversarial snippets of round forty-four).


def test_a_past_tense_opening_a_description_is_an_adjective() -> None:
    paragraphs = [
        "The trial of Tom Baird entered its second week.",
        "\u201cHe hit me twice,\u201d the alleged victim told the jury.",
        "\u201cIt was a turning point,\u201d a noted historian said.",
    ]
    assert _quote(paragraphs, "He hit me twice,").speaker == "the alleged victim"
    assert _quote(paragraphs, "It was a turning point,").speaker == "a noted historian"


def test_a_people_of_two_words_is_no_body_a_spokesperson_speaks_for() -> None:
    paragraphs = [
        "The talks ended without a deal.",
        "\u201cWe will respond in due course,\u201d a Sri Lankan spokesperson said.",
    ]
    quote = _quote(paragraphs, "We will respond in due course,")
    assert (quote.speaker, quote.speaker_kind) == ("a Sri Lankan spokesperson", "description")


def test_the_object_of_a_verb_is_not_the_subject_of_a_participle_after_it() -> None:
    # "Home fans booed Ramos ..., calling him “...”": the fans called him so, not Ramos.
    paragraphs = [
        "Sergio Ramos returned to Seville on Sunday.",
        "Home fans booed Ramos throughout the second half, calling him \u201ca traitor\u201d"
        " whenever he touched the ball.",
    ]
    assert _quote(paragraphs, "a traitor").speaker != "Sergio Ramos"


def test_her_honour_is_the_judge_the_story_named() -> None:
    paragraphs = [
        "Justice Catriona Moncrieff jailed the former finance manager for six years.",
        "She said the offender had lied to colleagues for five years.",
        "\u201cThis was not a momentary lapse,\u201d her Honour said.",
    ]
    assert _quote(paragraphs, "This was not a momentary lapse,").speaker == (
        "Catriona Moncrieff")
