"""Round thirty-eight. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Cliff homes at risk")


_COUPLE = [
    "Large sections of the cliffs at Brancaster Gap collapsed on Sunday.",
    "Pat Tennant, 71, who has lived on Dunlin Close with her husband Ken for 30 years, said"
    " the fence had gone.",
    "\u201cWe heard the crack and the shed had just gone,\u201d she said.",
    "Mr Tennant, 75, said the couple could not afford to move.",
    "\u201cOur house is worth nothing now,\u201d he said.",
    "Mrs Tennant said she was still hoping for help.",
    "\u201cWe have paid our taxes all our lives,\u201d she added.",
]


def test_a_clause_set_off_after_the_subject_gives_their_sex_past_a_street_name() -> None:
    # "her husband" in the clause is Pat Tennant's, though "Dunlin Close" is named before it.
    quote = _quote(_COUPLE, "We heard the crack and the shed had just gone,")
    assert (quote.speaker, quote.speaker_kind) == ("Pat Tennant", "name")
    assert _quote(_COUPLE, "We have paid our taxes all our lives,").speaker == "Pat Tennant"


def test_a_title_of_the_other_sex_is_not_the_one_bearer_named_in_full() -> None:
    # "Mr Tennant" is not Pat Tennant, a woman: the story names him by the title alone.
    quote = _quote(_COUPLE, "Our house is worth nothing now,")
    assert (quote.speaker, quote.speaker_kind) == ("Tennant", "name")


def test_a_title_of_the_same_sex_stays_with_the_bearer() -> None:
    paragraphs = [
        "Pat Tennant, 71, who has lived on Dunlin Close with her husband Ken, said the fence"
        " had gone.",
        "Mrs Tennant said the couple could not afford to move.",
        "\u201cOur house is worth nothing now,\u201d she said.",
    ]
    assert _quote(paragraphs, "Our house is worth nothing now,").speaker == "Pat Tennant"


_GUARD = [
    "Fourteen months ago, Adaeze Nwankwo was lying on a physio table at Bruce wondering"
    " whether she would ever play again.",
    "\u201cI don\u2019t think I\u2019ve ever been that nervous before a game,\u201d Nwankwo"
    " said.",
    "Coach Tomas Ibarra kept her minutes down all season.",
    "Asked whether Nwankwo would be restricted in the decider, he laughed.",
    "\u201cWhat are you going to do, take her off?\u201d he said.",
    "Nwankwo, asked the same question, did not hesitate.",
    "\u201cI\u2019ll play forty if they let me,\u201d she said.",
]


def test_a_name_asked_about_and_a_place_after_at_do_not_set_her_sex() -> None:
    # "at Bruce" is where she lay; the "he" after "Asked whether Nwankwo" is the coach.
    quote = _quote(_GUARD, "I\u2019ll play forty if they let me,", title="Ravens into final")
    assert (quote.speaker, quote.speaker_kind) == ("Adaeze Nwankwo", "name")


def test_a_seat_or_party_before_mp_is_an_epithet_not_a_name() -> None:
    paragraphs = [
        "Larnaca has more short-term lets than anywhere else on the island.",
        "Ruling party MP Stelios Markou was the only government deputy to abstain.",
        "After the vote, the Larnaca MP said he supported the freeze but believed the new fee"
        " would \u201chit the wrong pockets.\u201d",
    ]
    quote = _quote(paragraphs, "hit the wrong pockets.", title="Larnaca hosts fear fee")
    assert (quote.speaker, quote.speaker_kind) == ("Stelios Markou", "name")


def test_the_letters_after_a_members_name_are_none_of_it() -> None:
    quote = _quote(["Jane Hollis MP said she would \u201cvote against it.\u201d"],
                   "vote against it.", title="Fee vote splits party")
    assert (quote.speaker, quote.speaker_kind) == ("Jane Hollis", "name")


def test_a_scene_phrase_before_the_reporting_subject_still_hands_him_the_next_he() -> None:
    # The victim's statement, reported after a quotation of his attacker, is his to go on.
    paragraphs = [
        "Gareth Pryce, 29, attacked Dylan Kowal with a kitchen knife at a flat in Abercarreg in"
        " the early hours of New Year's Day, leaving him needing emergency surgery.",
        "When he was arrested at the scene, Pryce told officers: \u201cI just lost it. He\u2019s"
        " my best mate.\u201d",
        "In a victim personal statement read to the court, Mr Kowal, 30, said he had been left"
        " with a large scar, which had forced him to give up his job as a scaffolder.",
        "\"I keep going over that night in my head. He looked at me and said, 'You're not"
        " walking away from this,' and then I felt the knife go in,\" he said.",
        "Pryce will serve two-thirds of his sentence in custody. A restraining order bans him"
        " from contacting Mr Kowal for ten years.",
    ]
    quote = _quote(paragraphs, "I keep going over that night in my head. He looked at me and"
                   " said, 'You're not walking away from this,' and then I felt the knife go in,",
                   title="Man who stabbed friend told police 'I just lost it'")
    assert (quote.speaker, quote.speaker_kind) == ("Dylan Kowal", "name")


def test_a_role_word_before_a_surname_is_the_one_given_that_role() -> None:
    paragraphs = [
        "The Eagles levelled after the break when captain Kwadwo Ampem-Darko headed in a"
        " cross from Yaw Darkwah.",
        "\u201cWe have not won anything yet,\u201d Captain Ampem-Darko said.",
    ]
    quote = _quote(paragraphs, "We have not won anything yet,", title="Eagles win late")
    assert (quote.speaker, quote.speaker_kind) == ("Kwadwo Ampem-Darko", "name")


def test_the_person_set_off_after_a_bodys_role_is_the_subject() -> None:
    paragraphs = [
        "Kumasi Golden Eagles head coach, Javier Orduna, has praised his players for showing"
        " \u201cthe heart of champions\u201d after a late winner.",
        "City Stars head coach, Kassim Yakubu, who is no relation to the match-winner,"
        " described the defeat as \u201cpainful\u201d.",
    ]
    for words, speaker in (("the heart of champions", "Javier Orduna"),
                           ("painful", "Kassim Yakubu")):
        quote = _quote(paragraphs, words, title="Eagles win late")
        assert (quote.speaker, quote.speaker_kind) == (speaker, "name")


def test_a_nickname_after_a_given_name_the_census_also_lists_as_a_surname() -> None:
    # "Dai" is a surname in the Census lists too; the nickname between still joins the name.
    paragraphs = [
        "The club has produced 17 internationals, including former Wales prop"
        " Dai \u201cBomber\u201d Jenkins, who won 41 caps.",
        "Jenkins, now 71, addressed the meeting.",
        "\u201cThis club made me,\u201d he said.",
    ]
    quote = _quote(paragraphs, "This club made me,", title="Club in debt")
    assert (quote.speaker, quote.speaker_kind) == ("Dai Jenkins", "name")


def test_a_role_before_a_verb_and_the_is_not_the_role_of_the_name_after() -> None:
    # "The mayor gave the City Engineering Department" made the department "the mayor".
    paragraphs = [
        "Mayor Teresa Villamor said the pumps had failed again on Sunday.",
        "The mayor gave the City Engineering Department until Friday to submit a report.",
        "Asked about the speech, the mayor said the councilor was \u201cwelcome to join the"
        " audit.\u201d",
    ]
    quote = _quote(paragraphs, "welcome to join the audit.", title="Pumps fail anew")
    assert (quote.speaker, quote.speaker_kind) == ("Teresa Villamor", "name")


def test_an_office_of_a_body_is_not_the_bodys_role() -> None:
    # "Chairman of Cwmgarw Community Council" made the council "the chairman", and male.
    paragraphs = [
        "Chairman of Cwmgarw Community Council, Alasdair McKinnon, said the council would be"
        " writing to the health board.",
        "The health board said it had no choice.",
        "The chairman said the village would \u201cnot go quietly.\u201d",
    ]
    quote = _quote(paragraphs, "not go quietly.", title="Surgery to close")
    assert quote.speaker != "Cwmgarw Community Council"


def test_a_people_after_an_inverted_cue_is_the_one_reporting_just_before() -> None:
    paragraphs = [
        "Pensioner Glenys Pugh said she was devastated.",
        "Chairman of Cwmgarw Community Council, Alasdair McKinnon, said the council would be"
        " writing to the health board.",
        "\u201cPeople have been told the decision is final,\u201d said the Scot, who moved to the"
        " village from Glasgow.",
    ]
    quote = _quote(paragraphs, "People have been told the decision is final,",
                   title="Surgery to close")
    assert (quote.speaker, quote.speaker_kind) == ("Alasdair McKinnon", "name")


def test_review_mends_keep_offices_members_and_clauses_right() -> None:
    # An office "of" a body that goes on to its holder keeps the holder's title.
    quote = _quote(["Director of Public Prosecutions Stephen Parkin said the review would be"
                    " thorough.", "\u201cI want every case looked at again,\u201d the director"
                    " said."], "I want every case looked at again,", title="Cases reviewed")
    assert quote.speaker == "Stephen Parkin"
    # "chair the Baroness ...": the role before "the" is hers.
    quote = _quote(["NHS Improvement chair the Baroness Harcourt said waits would fall.",
                    "\u201cWe will be honest with patients,\u201d the chair said."],
                   "We will be honest with patients,", title="Waits to fall")
    assert quote.speaker == "Baroness Harcourt"
    # A member's name the Census lacks is still a name.
    quote = _quote(["Apsana Begaum MP said families were \u201cterrified\u201d."], "terrified",
                   title="Families fear eviction")
    assert quote.speaker == "Apsana Begaum"
    # A body's coach set off by commas is not the subject of another's clause.
    quote = _quote(["Accra Lions beat Kumasi Golden Eagles 2-0 in the derby on Sunday.",
                    "Eagles head coach, Javier Orduna, watched from the touchline as Lions"
                    " captain Yaw Ansah described the win as \u201cthe best day of my life\u201d"
                    " in a pitchside interview.",
                    "Orduna said his team had not turned up."],
                   "the best day of my life", title="Lions captain savours derby win")
    assert quote.speaker != "Javier Orduna"
