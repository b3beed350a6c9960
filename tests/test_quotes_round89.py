"""Round eighty-nine: attribution repairs found on the round's read set."""

from __future__ import annotations

import pytest

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_state_named_like_a_person_opens_a_body_of_its_own() -> None:
    # "Dakota" and "Virginia" are given names too, but before "Department of" a known state
    # is where the body is, not a person "of" a place.
    paragraphs = [
        "The North Dakota Department of Health said in a statement that flu activity was "
        "\"high and increasing\" across the state.",
    ]
    assert _speaker(paragraphs, "high and increasing") == (
        "North Dakota Department of Health", "organisation")


def test_a_person_named_like_a_state_is_still_a_person_of_a_body() -> None:
    # Guard: "Virginia Lopez of Acme Widgets" is a person; the state's name only counts
    # before a body's word.
    paragraphs = [
        "Virginia Lopez of Acme Widgets said the order book was \"fuller than it has been in "
        "years\".",
    ]
    assert _speaker(paragraphs, "fuller than") == ("Virginia Lopez", "name")


def test_a_body_s_plural_possessive_keeps_its_last_portfolio() -> None:
    # "the Department of Health and Human Services’ weekly report": the mark after "Services"
    # is the body's possessive, so "Human Services" is still one of its portfolios.
    paragraphs = [
        "The Ohio Department of Health and Human Services’ weekly report, released Friday, "
        "describes influenza activity in the state as “high and increasing.”",
    ]
    assert _speaker(paragraphs, "high and increasing") == (
        "Ohio Department of Health and Human Services", "organisation")


def test_an_alert_is_named_once_in_its_sentence_before_an_area_it_names() -> None:
    # "In its latest alert, DFES said residents in the yellow alert area ...": the sentence
    # brings in the alert first; "yellow alert area" is an area, so "the alert said" is the
    # department's.
    paragraphs = [
        "In its latest alert, the Department of Fire and Emergency Services said residents in "
        "the yellow alert area needed to act. \"You need to prepare for the arrival of the "
        "cyclone,\" the alert said.",
    ]
    assert _speaker(paragraphs, "You need to prepare") == (
        "Department of Fire and Emergency Services", "organisation")


def test_an_alert_named_once_is_still_its_issuer_s() -> None:
    # Guard: the alert named once, as the sentence's venue, is the department's as before.
    paragraphs = [
        "In its latest alert, the Department of Fire and Emergency Services said residents "
        "needed to act. \"You need to prepare for the arrival of the cyclone,\" the alert said.",
    ]
    assert _speaker(paragraphs, "You need to prepare") == (
        "Department of Fire and Emergency Services", "organisation")


def test_a_street_shortened_after_a_given_name_ends_its_sentence_and_is_no_one() -> None:
    # "at her daughter's place in Alma Rd. // “...,” she said": "Alma Rd" is a street, not a
    # woman named since the neighbour who asked not to be named (and "Rd." ends a sentence).
    paragraphs = [
        "Retired shearer Ray Tauwhare spent the night in his armchair.",
        "His neighbour, who asked not to be named, said she had packed the car at 8pm and "
        "slept in it at her daughter's place in Alma Rd.",
        "\"I know people think we're overreacting,\" she said. \"You remember.\"",
    ]
    assert _speaker(paragraphs, "I know people") == ("his neighbour", "description")


def test_a_saint_s_abbreviation_inside_an_office_goes_on() -> None:
    # Guard: "St." before a saint's name is no street's end: "Assistant St. Louis County
    # Attorney Jenna Roberge" is one office and its holder.
    from socialkit.quotes.names import NameIndex

    body = "Assistant St. Louis County Attorney Jenna Roberge said the plea was fair."
    names = [m.entity.name for m in NameIndex(body, body).mentions]
    assert "Jenna Roberge" in names and not any(n.startswith("Louis") for n in names)


def test_what_after_any_word_opens_a_clause_whose_own_subject_speaks() -> None:
    # "a job that required what one former colleague described as “...”": the colleague's
    # words, not the sentence's subject's (as "in what a magistrate described as" was).
    paragraphs = [
        "Mr Sakamoto spent two decades as a shell opener, which required what one former "
        "colleague described as “hands like a surgeon and the patience of a saint”.",
    ]
    assert _speaker(paragraphs, "hands like a surgeon") == (
        "one former colleague", "description")


def test_what_he_described_after_any_word_is_still_the_sentence_s_subject() -> None:
    # Guard: a pronoun inside the clause is the sentence's subject, as before.
    paragraphs = [
        "Firefighters were called shortly after 2 a.m. by Paolo Gasperoni, 67, who woke to "
        "what he described as “a noise like a lorry tipping gravel” behind his garage.",
    ]
    assert _speaker(paragraphs, "a noise like") == ("Paolo Gasperoni", "name")


def test_the_woman_is_the_unnamed_newcomer_of_the_sentence_before() -> None:
    # "A neighbour, who asked not to be named, said ... // “...,” the woman said": the
    # newcomer the sentence before brought in, in the words that introduced her.
    paragraphs = [
        "In a statement, the Ministry of National Security said more officers would be "
        "deployed overnight.",
        "A neighbour, who asked not to be named, said gunfire had become a regular sound in "
        "the area.",
        "\"You hear it and you just get on the floor,\" the woman said.",
    ]
    assert _speaker(paragraphs, "You hear it") == ("a neighbour", "description")


def test_the_man_is_not_a_newcomer_the_story_calls_a_woman() -> None:
    # Guard: "the man said" after "A grandmother ... said" is someone else.
    paragraphs = [
        "A grandmother, who asked not to be named, said gunfire had become a regular sound.",
        "\"You hear it and you just get on the floor,\" the man said.",
    ]
    assert _speaker(paragraphs, "You hear it") == ("the man", "description")


def test_the_transit_agency_is_the_transit_authority_the_story_named() -> None:
    # "the transit agency said" after "Spokane Transit Authority": the one body whose name
    # holds "transit" and ends as a public body's.
    paragraphs = [
        "The Spokane Transit Authority will run the pilot on Division Street from March.",
        "The council voted 5-2 for the lanes on Monday night.",
        "In a statement released after the vote, the transit agency said it was “grateful for "
        "the Council’s partnership.”",
    ]
    assert _speaker(paragraphs, "grateful for") == ("Spokane Transit Authority", "organisation")


def test_the_transit_agency_is_no_company_that_holds_the_word() -> None:
    # Guard: a body whose name ends as a company's ("Transit Partners Ltd") is no agency.
    paragraphs = [
        "Metro Transit Partners Ltd will run the pilot on Division Street from March.",
        "In a statement released after the vote, the transit agency said it was “grateful for "
        "the Council’s partnership.”",
    ]
    assert _speaker(paragraphs, "grateful for")[0] != "Metro Transit Partners Ltd"


def test_a_name_ending_in_a_plural_the_story_writes_after_the_is_a_team() -> None:
    # "Banjul Marines ... The Marines, who needed only a draw": a team, a body, never "he"
    # or "she" ("Leone Lions" had been a woman by "Leone").
    from socialkit.quotes.names import NameIndex

    body = ("Sukuta United beat Banjul Marines 2-1 on Sunday. The Marines, who needed only a "
            "draw, had led at the break. Leone Lions beat Tafuna, and the Lions scored three "
            "touchdowns in the second half.")
    kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
    assert kinds.get("Banjul Marines") == "org" and kinds.get("Leone Lions") == "org"


def test_a_family_written_after_the_keeps_its_people() -> None:
    # Guard: "the Hawkins family" is a family; "Tom Hawkins" is still a man.
    from socialkit.quotes.names import NameIndex

    body = ("Tom Hawkins said the fire started in the kitchen. The Hawkins family lost "
            "everything, he said.")
    kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
    assert kinds.get("Tom Hawkins") == "person"


def test_the_league_is_no_team_named_by_a_plural() -> None:
    # "the league said" after "the Delap Sharks" (a team, by "the Sharks") is the league the
    # story named, not the team; a body "of" plurals ("Federation of Farmers' Unions") is
    # still a federation.
    from socialkit.quotes.names import kind_fits

    assert not kind_fits("league", ("Delap", "Sharks"))
    assert kind_fits("league", ("Majuro", "Basketball", "League"))
    assert kind_fits("federation", ("Federation", "of", "Farmers"))
    assert kind_fits("club", ("Delap", "Sharks"))


# Review guards (round 89): each was made worse by a rule of the round, mended after.
_REVIEW_GUARDS = [
    # A one-word state before a body's word that is also a surname is still the body's
    # ("Bureau"); the second review's guard (a woman "Georgia House of Savannah" reads as a
    # body now, a trade for the many bodies).
    (["The Georgia Bureau of Investigation has opened an inquiry into a death at the jail.",
      "“Agents are interviewing witnesses,” the Georgia Bureau of Investigation said in a "
      "statement."],
     "Agents are", ("Georgia Bureau of Investigation", "organisation")),
    # A forecaster's document named again as the same one ("ignored the warning") is the
    # first naming's.
    (["The Bureau of Meteorology issued a flood warning for the Clarence River, but many "
      "residents ignored the warning and stayed in their homes.",
      "“Major flooding is expected at Grafton,” the warning said."],
     "Major flooding", ("Bureau of Meteorology", "organisation")),
    # A young newcomer by any word ("a ninth-grader"); "the only woman in the carriage" is
    # the newcomer herself, not another woman.
    (["The shooting happened at Lincoln High School on Tuesday morning.",
      "A ninth-grader who hid in a classroom said students barricaded the door.",
      "“We were all crying,” the teenager said."],
     "We were all", ("a ninth-grader", "description")),
    (["Police are investigating an assault on a late-night train to Brighton.",
      "A commuter, who did not want to be named, said she was the only woman in the carriage "
      "when the man began shouting.",
      "“Nobody did anything,” the woman said."],
     "Nobody did", ("a commuter", "description")),
    # A later warning that is the document itself ("a yellow warning for wind") is not
    # skipped for an earlier one from someone else.
    (["Residents were also reminded to be wary of scams.",
      "A warning from police about fake tradespeople came as the Met Office issued a yellow "
      "warning for wind across Cornwall. “Gusts of 60 to 70mph are possible along exposed "
      "coasts,” the warning said."],
     "Gusts of 60", ("Met Office", "organisation")),
    (["People in the flood warning area along the Clarence River were told to evacuate, "
      "according to a warning issued by the SES.",
      "“Leave now while roads are still open,” the warning said."],
     "Leave now", ("SES", "organisation")),
    # "The youngster", "the boy" is not a newcomer who speaks of them, nor an adult.
    (["A 14-year-old from Rotorua has been picked for the national under-16 squad.",
      "A coach said the youngster had a bright future. “I want to play for the All Blacks one "
      "day,” the youngster said."],
     "I want to play", ("the youngster", "description")),
    (["A schoolboy who was bullied for months has spoken out.",
      "A teacher said staff had missed the signs. “Nobody helped me,” the boy said."],
     "Nobody helped", ("the boy", "description")),
]


@pytest.mark.parametrize(("paragraphs", "opening", "expected"), _REVIEW_GUARDS)
def test_review_guards(paragraphs: list[str], opening: str,
                       expected: tuple[str, str | None]) -> None:
    speaker, kind = _speaker(paragraphs, opening)
    assert speaker == expected[0] and (expected[1] is None or kind == expected[1])


def test_a_family_s_plural_possessive_after_the_keeps_its_people() -> None:
    # Whole-change read: "the Hawkins’ home" is a family's, so "Sarah Hawkins" stays a woman.
    from socialkit.quotes.names import NameIndex

    body = "Sarah Hawkins said the fire began at night. It spread to the Hawkins’ home."
    kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
    assert kinds.get("Sarah Hawkins") == "person"
