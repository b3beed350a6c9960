"""Round seventy-six: "Her message to residents was direct:" after a sentence reporting her."""

from __future__ import annotations

import pytest

from tests.quotes_article import speaker_and_kind as _speaker
from tests.quotes_article import speaker_and_role

_RIVER = "If the river is rising, do not wait for somebody to tell you to move."


def test_her_message_after_a_sentence_reporting_her_is_hers() -> None:
    # (The place read as a name of unknown sex is no rival for "her": the sentence before
    # opens with her reporting speech.)
    paragraphs = [
        "Floodwater swept through Riche Fond on Sunday morning, and National Emergency "
        "Management Organisation director Lorna Baptiste-Charles said three people were "
        "missing.",
        "Many residents of Riche Fond said they had gone to bed on Saturday believing the worst "
        "had passed, after hearing what they took to be an all-clear on local radio. "
        "Baptiste-Charles said no such message had been issued by her organisation.",
        f"Her message to residents was direct: \"{_RIVER}\"",
    ]
    assert _speaker(paragraphs, _RIVER) == ("Lorna Baptiste-Charles", "name")


def test_his_tribute_after_a_sentence_reporting_him_is_his() -> None:
    paragraphs = [
        "Mourners filled the streets of Stone Town on Friday for the burial of violinist Mzee "
        "Juma Makame, who died on Wednesday aged 91.",
        "His daughter, Mwanaisha Juma, said Makame had played at her wedding. \"He wrote that "
        "song for my mother after they quarrelled,\" she said.",
        "Ikhwan Safaa chairman Mr Salum Khamis Omar said the club would name its rehearsal hall "
        "in Darajani after the late violinist. His tribute at the graveside was brief: \"There "
        "will be other violinists. There will not be another Makame.\"",
    ]
    assert _speaker(paragraphs, "There will be other violinists. There will not be another "
                    "Makame.") == ("Salum Khamis Omar", "name")


def test_her_message_is_not_a_reporter_of_unknown_sex_past_a_woman() -> None:
    # (The sentence before reports someone the story gives no sex; a woman named before may be
    # "her": no guess.)
    paragraphs = [
        "Floodwater swept through Riche Fond on Sunday morning, and shelter manager Marcia "
        "Felix said three people were missing.",
        "Many residents of Riche Fond said they had gone to bed believing the worst had passed. "
        "Disaster office chief Kwabena Osei-Tutu said no such message had been issued by the "
        "office.",
        f"Her message to residents was direct: \"{_RIVER}\"",
    ]
    assert _speaker(paragraphs, _RIVER) == (None, None)


def test_a_long_title_with_its_initials_opens_a_colon_lead() -> None:
    # (The title the name index gave him, "Assistant Commissioner of Police", with its
    # initials in brackets after it.)
    paragraphs = [
        "A 24-year-old man was shot dead on Banak Street on Saturday night, police said.",
        "At a press briefing this afternoon at the Queen Street police station, Assistant "
        "Commissioner of Police (ACP) Marlon Tillett, commander of the Eastern Division, was "
        "direct: \"We believe this was a retaliation.\"",
    ]
    assert _speaker(paragraphs, "We believe this was a retaliation.") == (
        "Marlon Tillett", "name")


def test_a_style_is_no_role_that_rules_out_an_epithet() -> None:
    # ("Mr" is no office: the subject of the sentence before may be "the MSM leader", though
    # the story gave the Leader of the Opposition the word.)
    paragraphs = [
        "The price of cooking gas dominated Tuesday's sitting of the National Assembly, with the "
        "Leader of the Opposition accusing the government of neglect.",
        "Opening the Private Notice Question, Mr Rajesh Sewtohul asked the minister to explain "
        "why the retail price had been raised twice since July. \"The people of this country "
        "were promised relief,\" the MSM leader told the House.",
        "The minister, Vikash Doorgakant, replied that the subsidy would remain.",
    ]
    assert _speaker(paragraphs, "The people of this country were promised relief,") == (
        "Rajesh Sewtohul", "name")


def test_a_style_is_no_role_that_rules_out_the_one_just_quoted() -> None:
    paragraphs = [
        "Floodwater from the Xekong river reached 13.6 metres on Monday night, and Mr Vilay "
        "Phommachanh ordered schools in the province closed.",
        "\"This is the highest level we have seen since 2018,\" Mr Vilay said on Tuesday.",
        "The governor instructed district authorities to move the elderly first, telling "
        "officials: \"Count the damage later.\"",
    ]
    assert _speaker(paragraphs, "Count the damage later.") == ("Vilay Phommachanh", "name")


_BAIL = "Two brothers charged with robbing a supermarket were refused bail on Monday."


@pytest.mark.parametrize(("paragraphs", "said", "speaker"), [
    ([
        "The Supreme Court on Friday refused to lift the freeze on the assets of a former "
        "water board chief.",
        "His counsel, Senior Counsel Yousouf Joomun, said his client would consider an appeal.",
        "Mr Joomun added that the order had left his client unable to pay his children's fees. "
        "\"He is not a rich man,\" the barrister said.",
    ], "He is not a rich man,", ("Yousouf Joomun", "name")),
    ([
        _BAIL,
        "But Attorney-at-law Marcus DeFreitas, who represents the brothers, argued that his "
        "clients had no previous convictions.",
        "\"They are not going anywhere,\" the lawyer said.",
    ], "They are not going anywhere,", ("Marcus DeFreitas", "name")),
    # (A law officer of the state is no one's lawyer: "the lawyer" is someone else.)
    ([
        _BAIL,
        "Attorney General Marcus DeFreitas, who was in court, said the State would oppose any "
        "appeal.",
        "\"They are not going anywhere,\" the lawyer said.",
    ], "They are not going anywhere,", ("the lawyer", "description")),
])
def test_a_lawyer_named_by_one_word_is_called_by_another(
        paragraphs: list[str], said: str, speaker: tuple[str, str]) -> None:
    assert _speaker(paragraphs, said) == speaker


_SENTENCED = ("Three men were jailed for 20 years on Tuesday for trafficking cocaine through the "
              "Freeport of Monrovia.")


def test_a_participle_the_census_lists_as_a_surname_still_sets_the_scene() -> None:
    # ("Handing" is a surname in the Census; no name stands right before "down the".)
    paragraphs = [
        _SENTENCED,
        "Handing down the sentence, Resident Circuit Judge Nyanquoi B. Kpadeh said the evidence "
        "was \"overwhelming and largely unchallenged.\"",
    ]
    assert _speaker(paragraphs, "overwhelming and largely unchallenged.") == (
        "Nyanquoi B. Kpadeh", "name")


@pytest.mark.parametrize("style", ["Cllr.", "Atty.", "Supt.", "Insp.", "Ald.", "Det."])
def test_a_style_with_a_full_stop_ends_no_sentence(style: str) -> None:
    paragraphs = [
        _SENTENCED,
        f"\"Today's judgment is a victory for the rule of law,\" said County Attorney {style} "
        "Wilfred S. Kpakolo, who led the prosecution.",
    ]
    assert _speaker(paragraphs, "Today's judgment is a victory for the rule of law,") == (
        "Wilfred S. Kpakolo", "name")


@pytest.mark.parametrize("did", [
    "confirmed on Monday that its three-times-weekly service to Freeport Harbour will be "
    "suspended from November 15.",
    "reported its first loss in a decade on Monday.",
])
def test_a_name_that_takes_its_is_a_body(did: str) -> None:
    # ("Atlantic Crossing Lines" has no body word; "its" says it is one, and "the company" is
    # it, not the Chamber of Commerce.)
    paragraphs = [
        "Freeport's tour operators warned yesterday that the suspension of a ferry service will "
        "hurt an economy still recovering, with the Grand Bahama Chamber of Commerce estimating "
        "losses of $8m.",
        f"Atlantic Crossing Lines {did}",
        "\"This was not a decision we took lightly,\" the company said in a statement.",
    ]
    assert _speaker(paragraphs, "This was not a decision we took lightly,") == (
        "Atlantic Crossing Lines", "organisation")


# The review's mends: each guard below failed before them.


def test_her_message_is_no_reporter_of_unknown_sex() -> None:
    # ("Okonkwo" has no sex the story gives, and "him" says the reporter is no "her".)
    paragraphs = [
        "Okonkwo said Chiamaka Eze had called him the night before the vote.",
        "Her message was simple: \"Don't sign anything until I get there.\"",
    ]
    assert _speaker(paragraphs, "Don't sign anything until I get there.") == (None, None)


@pytest.mark.parametrize("first", [
    "County Attorney Mary Moriarty announced on Monday that the trooper would be charged.",
    "US Attorney Damian Williams unsealed the indictment on Tuesday.",
    "U.S. Attorney Damian Williams unsealed the indictment on Tuesday.",
    "Barrister Shanthi Gunaratne and solicitor Imran Qureshi represented the family.",
])
def test_the_lawyer_is_no_law_officer_nor_one_of_two_lawyers(first: str) -> None:
    paragraphs = [first, "\"My client intends to fight these charges,\" the lawyer said."]
    assert _speaker(paragraphs, "My client intends to fight these charges,") == (
        "the lawyer", "description")


def test_initials_in_capitals_with_a_full_stop_end_a_sentence() -> None:
    paragraphs = [
        "The complaint was referred to the DET. Minister Natalie Hutchins said she was briefed "
        "on Monday.",
        "\"I expect a full report,\" Hutchins said.",
    ]
    assert speaker_and_role(paragraphs, "I expect a full report,") == (
        "Natalie Hutchins", "Minister")


def test_a_name_before_this_week_is_no_participle() -> None:
    # ("Keating" is a surname the Census lists; "this week" is his time, no object of a
    # participle, so nothing before the comma sets a scene. "Manning the barricades" does.)
    from socialkit.quotes.sentences import scene_phrase_end

    assert scene_phrase_end("Keating this week, after the vote, said the deal was bad.") == 0
    assert scene_phrase_end("Manning the barricades, Tom Hale said the deal was bad.") == 23


@pytest.mark.parametrize("said", [
    "Lukashenko said its army was ready to defend the border.",
    "Lukashenko told reporters its army was ready to defend the border.",
])
def test_its_after_a_verb_of_speech_is_what_the_speaker_speaks_of(said: str) -> None:
    paragraphs = [said, "\"Belarus will not be invaded,\" Lukashenko said."]
    assert _speaker(paragraphs, "Belarus will not be invaded,") == ("Lukashenko", "name")
