"""Round seventy-four: who speaks inside a quotation (a time after the listener, "keep
saying", a body telling someone, "heard X say", a "that" clause, "everybody"), an apposition
that is the sentence going on, the defendant, bare "counsel", a passive's agent, a set-off
tag after a name, and a dateline's plural noun."""

from __future__ import annotations

import pytest

from tests.quotes_article import reported_quote
from tests.quotes_article import speaker_and_kind as _speaker


def _inner(paragraphs: list[str], words: str) -> tuple[str | None, str | None]:
    quote = reported_quote(paragraphs, words)
    return (quote.speaker, quote.speaker_kind) if quote is not None else (None, None)


@pytest.mark.parametrize(("cue", "speaker"), [
    ("My grandson asked me the other day, ", "her grandson"),
    ("Her children ask me every night, ", "her children"),
    ("My neighbour told me once, ", "her neighbour"),
])
def test_a_time_after_the_listener_still_names_the_inner_speaker(cue: str, speaker: str) -> None:
    paragraphs = ["Marie-Claire Begué, 71, said her pension no longer covers the rent.",
                  f"“{cue}‘Granny, are we poor now?’ What do I tell him?” she said."]
    assert _inner(paragraphs, "Granny, are we poor now?") == (speaker, "description")


def test_people_who_keep_telling_are_the_inner_speakers() -> None:
    paragraphs = ["Philomena Felix, whose son died in 2019, said the case is not over.",
                  "“People keep telling me ‘let it go, Mammy, let it go.’ I cannot,” she said."]
    assert _inner(paragraphs, "let it go, Mammy, let it go.") == ("people", "description")


@pytest.mark.parametrize("body", ["clinic", "hospital"])
def test_a_body_that_told_someone_is_the_inner_speaker(body: str) -> None:
    paragraphs = [
        "Marios Loizides, 44, said his mother had waited five months for a scan.",
        f"“She called us in tears. The {body} told her, ‘If you want to be seen this month, it"
        " is €80.’ That is not a health system,” he said.",
    ]
    assert _inner(paragraphs, "If you want to be seen this month, it is €80.") == (
        f"the {body}", "description")


def test_a_body_that_only_says_is_no_inner_speaker() -> None:
    # A banner or a sign "says" too: only a body telling someone speaks.
    paragraphs = ["Marios Loizides, 44, said his mother had waited five months for a scan.",
                  "“The hospital said, ‘Wait.’ So we waited,” he said."]
    assert _inner(paragraphs, "Wait.")[0] != "the hospital"


def test_whom_the_speaker_heard_is_the_inner_speaker() -> None:
    paragraphs = ["Dr Kristjan Leppik said vaccination had fallen to 81 per cent.",
                  "\"I have heard parents say, 'We'll wait and see.' Measles does not wait,\""
                  " he said."]
    assert _inner(paragraphs, "We'll wait and see.") == ("parents", "description")


def test_the_subject_after_that_is_the_inner_speaker() -> None:
    paragraphs = [
        "Mustafa Ali Kuku, the former land registrar, gave evidence on Monday.",
        "\"I told this court that a clerk at the gate said to him, 'Wait for the colonel's"
        " call,' and he waited,\" Kuku said.",
    ]
    assert _inner(paragraphs, "Wait for the colonel's call,") == (
        "a clerk at the gate", "description")


def test_everybody_is_the_inner_speaker_as_the_story_says() -> None:
    paragraphs = ["Sandra Buyck has farmed beside the river for 30 years.",
                  "“Everybody keeps saying, ‘It turned last time, it’ll turn again.’ I am not"
                  " so sure,” Sandra Buyck said."]
    assert _inner(paragraphs, "It turned last time, it’ll turn again.") == (
        "everybody", "description")


def test_nobody_is_still_no_inner_speaker() -> None:
    paragraphs = ["Sandra Buyck has farmed beside the river for 30 years.",
                  "“Nobody said, ‘Leave.’ So we stayed,” Sandra Buyck said."]
    assert _inner(paragraphs, "Leave.") == (None, None)


def test_mum_with_no_parent_named_is_left_alone() -> None:
    # (Review: "Mum" in a father's words is as often his wife; a fallback to "his mum" was
    # dropped.)
    paragraphs = ["Tom Ashdown said the children had coped while their mother was in hospital.",
                  "“Mum told the kids, ‘I’ll be home soon,’ every night,” he said."]
    assert _inner(paragraphs, "I’ll be home soon,") == (None, None)


def test_heard_and_said_is_the_speakers_own() -> None:
    paragraphs = ["Darius Obi, 40, waited six hours for news of his daughter.",
                  "“I heard the doctor and said, ‘Thank God.’ Then I sat down,” Obi said."]
    assert _inner(paragraphs, "Thank God.")[0] != "the doctor"


def test_our_body_is_no_inner_speaker() -> None:
    paragraphs = ["Winger Sam Ode, 22, is looking for a new club.",
                  "“Our club told us, ‘No kit this year.’ So I left,” he said."]
    assert _inner(paragraphs, "No kit this year.")[0] != "our club"


def test_a_preposition_after_a_names_comma_gives_it_no_role() -> None:
    # "with Lady Kaye" made Sweeney a woman, so "he said" went to the last man quoted.
    paragraphs = [
        "Tishawn Allen, 24, won the crown, ending the reign of veteran Kenrick Sweeney.",
        "“I still can't believe it,” Allen said. “Kenny is the reason I started singing.”",
        "The judges gave him 412 points, nine ahead of Sweeney, with Lady Kaye in third place.",
        "Sweeney, 58, was gracious in defeat. \"The young man earned it,\" he said.",
    ]
    assert _speaker(paragraphs, "The young man earned it,") == ("Kenrick Sweeney", "name")


def test_whom_the_court_charged_is_the_defendant() -> None:
    paragraphs = [
        "Former comptroller Mr. Emmanuel Togba Sackie, 47, who is charged along with two others"
        " with economic sabotage, was cross-examined on Tuesday by Cllr. Ruth Kollie.",
        "“You saw the money leave the ministry. When did your conscience speak?” she asked.",
        "“My conscience spoke to me every day, Counselor,” the defendant replied.",
    ]
    assert _speaker(paragraphs, "My conscience spoke to me every day, Counselor,") == (
        "Emmanuel Togba Sackie", "name")


def test_the_defendant_who_addressed_the_judge_is_she() -> None:
    # "appeared before Justice ..." had given "Davy Hill", her home, the judge's roles, and
    # "she" went to it.
    paragraphs = [
        "Sherlene Ryan-Buffonge, 41, of Davy Hill, appeared before Justice Marlon Hewitt-Scott"
        " in the High Court at Brades, where she admitted 14 counts of theft.",
        "Defence counsel Mr Ravinder Ponteen said his client had repaid EC$12,500.",
        "The defendant, who wept in the dock, briefly addressed the judge. \"I am sorry to every"
        " customer,\" she said.",
    ]
    assert _speaker(paragraphs, "I am sorry to every customer,") == (
        "Sherlene Ryan-Buffonge", "name")


def test_a_lawyer_who_pleads_with_the_jury_is_no_defendant() -> None:
    paragraphs = [
        "Prosecutor Dana Whitlock pleaded with the jury on Monday. Kofi Mensah, 33, who is"
        " charged with robbery, listened.",
        "“I did not do it,” the defendant said.",
    ]
    assert _speaker(paragraphs, "I did not do it,") == ("Kofi Mensah", "name")


def test_a_tag_set_off_after_a_name_says_nothing_of_its_sex() -> None:
    # "The Hazard Level, he said," had made the level a man, who then took the next "he".
    paragraphs = [
        "MVO Director Dr. Keiran Wescott said the swarm was ending.",
        "The Director explained that the flux was low. The Hazard Level, he said, remains at 1.",
        "\"People should not panic,\" he said.",
    ]
    assert _speaker(paragraphs, "People should not panic,") == ("Keiran Wescott", "name")


@pytest.mark.parametrize("noun", ["Scientists", "Residents"])
def test_a_plural_noun_for_people_after_a_dateline_is_no_name(noun: str) -> None:
    paragraphs = [f"PLYMOUTH – {noun} at the Montserrat Volcano Observatory (MVO) say the"
                  " earthquake swarm under the volcano is “not unusual”."]
    assert _speaker(paragraphs, "not unusual")[0] != noun


def test_a_name_after_a_dateline_is_still_a_name() -> None:
    paragraphs = ["PLYMOUTH – Brathwaite at the Montserrat Volcano Observatory (MVO) said the"
                  " swarm was “not unusual”."]
    assert _speaker(paragraphs, "not unusual") == ("Brathwaite", "name")


@pytest.mark.parametrize("tag", ["counsel asked", "defence counsel asked"])
def test_counsel_with_no_article_is_the_lawyer_the_story_named(tag: str) -> None:
    paragraphs = [
        "Under cross-examination by defence counsel Aji Fatou Ceesay, the witness maintained"
        " that the accused never mentioned a dispute.",
        f"\"Is it not true that my client told you to wait?\" {tag}.",
    ]
    assert _speaker(paragraphs, "Is it not true that my client told you to wait?") == (
        "Aji Fatou Ceesay", "name")


def test_counsel_for_someone_after_the_cue_is_no_bare_post() -> None:
    paragraphs = ["Defence counsel Aji Fatou Ceesay cross-examined the witness on Monday.",
                  "\"The land was never his,\" said counsel for the State, Modou Jallow."]
    assert _speaker(paragraphs, "The land was never his,")[0] != "Aji Fatou Ceesay"


def test_the_agent_of_a_passive_sentence_is_whom_it_is_about() -> None:
    paragraphs = [
        "Co-author Dr Elena Marchetti said the find showed how much remained unknown.",
        "The team was guided on all its trips by Awang Jalin anak Nyuak, a boatman and guide"
        " from Kampong Batang Duri who has worked with visiting scientists for 30 years. He"
        " led the researchers to the ridge on each of their return visits.",
        "“I have walked that ridge maybe 200 times,” the 58-year-old said.",
    ]
    assert _speaker(paragraphs, "I have walked that ridge maybe 200 times,") == (
        "Awang Jalin anak Nyuak", "name")


def test_a_person_acted_on_by_the_agent_keeps_the_sentence() -> None:
    paragraphs = [
        "Councillor Maria Ortiz said the road would reopen on Friday.",
        "The driver was arrested at the scene by Inspector Tom Rees. He was taken to hospital"
        " with minor injuries.",
        "“I did not see the bend,” the 34-year-old said.",
    ]
    assert _speaker(paragraphs, "I did not see the bend,")[0] != "Tom Rees"


def test_a_witness_who_appeared_in_court_to_give_evidence_is_no_defendant() -> None:
    paragraphs = ["Joan Carter, 62, appeared in court to give evidence for her son, defendant"
                  " Lee Carter.",
                  "“I didn’t do it,” the defendant said."]
    assert _speaker(paragraphs, "I didn’t do it,")[0] != "Joan Carter"


def test_a_past_conviction_in_a_who_clause_makes_no_defendant() -> None:
    paragraphs = [
        "Driver Liam Kerr, 19, was charged with causing death by dangerous driving. Passenger"
        " Ellie Moss, 18, who was jailed last year for a separate offence, survived.",
        "“Liam was driving too fast,” Moss said. “I wasn’t speeding,” the defendant said.",
    ]
    assert _speaker(paragraphs, "I wasn’t speeding,") == ("Liam Kerr", "name")


@pytest.mark.parametrize("lead", [
    "Sylvia Hart, 62, and her son Marcus, 35, pleaded guilty to benefit fraud.",
    "Aaron Mills, 25, was sentenced to five years last year. On Monday his accomplice, Jake"
    " Stone, 27, was convicted.",
])
def test_of_two_the_court_dealt_with_the_defendant_is_neither(lead: str) -> None:
    paragraphs = [lead, "“I did it for my son,” the defendant said."]
    assert _speaker(paragraphs, "I did it for my son,") == ("the defendant", "description")


def test_a_prosecutor_who_appeared_before_the_court_is_no_defendant() -> None:
    paragraphs = [
        "Ms Amina Yusuf appeared before the court on behalf of the Director of Public"
        " Prosecutions. The accused, Hassan Ali, 44, denies the charge.",
        "“It is all lies,” the defendant said.",
    ]
    assert _speaker(paragraphs, "It is all lies,") == ("Hassan Ali", "name")


def test_bare_counsel_with_both_sides_named_is_no_one() -> None:
    paragraphs = ["Prosecuting counsel Ann Lee opened the case. Defence counsel Tom Bay"
                  " cross-examined the detective.",
                  "“You never checked his alibi, did you?” counsel asked."]
    assert _speaker(paragraphs, "You never checked his alibi, did you?")[0] is None


def test_a_side_named_in_the_tag_is_that_sides_counsel() -> None:
    paragraphs = ["Defence counsel Anne-Marie Duffy and prosecution counsel Brian Howe made"
                  " submissions.",
                  "“We await the ruling,” defence counsel said."]
    assert _speaker(paragraphs, "We await the ruling,")[0] != "Brian Howe"


def test_someone_the_agent_acted_towards_is_a_rival() -> None:
    paragraphs = ["The award was presented by Mayor Tom Ray to volunteer Sam Cole.",
                  "“I’m honoured,” the 80-year-old said."]
    assert _speaker(paragraphs, "I’m honoured,")[0] != "Tom Ray"


def test_he_was_replaced_by_is_about_him() -> None:
    paragraphs = ["Coach Dean Morris left on Friday. He was replaced by Ian Platt, his assistant.",
                  "“It was time,” the 58-year-old said."]
    assert _speaker(paragraphs, "It was time,")[0] != "Ian Platt"


@pytest.mark.parametrize("tag", ["said Crown counsel", "said state counsel"])
def test_a_side_before_counsel_after_the_cue_is_no_name(tag: str) -> None:
    # "said Crown counsel" had credited a person "Crown".
    paragraphs = ["Crown counsel Maria Gomez opposed bail, and state counsel Maria Gomez agreed.",
                  f"“The accused will abscond,” {tag}."]
    assert _speaker(paragraphs, "The accused will abscond,") == ("Maria Gomez", "name")


@pytest.mark.parametrize("opening", ["Everyone I spoke to", "Everybody I met"])
def test_everyone_opening_a_sentence_is_no_name(opening: str) -> None:
    paragraphs = ["Maria Lopez runs the bakery on Main Street.",
                  f"{opening} said the same: “It cannot go on.”"]
    assert _speaker(paragraphs, "It cannot go on.")[0] not in (
        f"{opening.split()[0]} I", opening.split()[0])


def test_a_name_in_a_clause_after_the_first_quotation_is_no_new_subject() -> None:
    paragraphs = [
        "Director of the TMS, Mr Fialua Taomia, told Fenui News that high tides are forecast.",
        "He said the tides were \"not a surprise\" as the Service had been issuing advisories"
        " since January, but urged the public to \"take every warning seriously.\"",
    ]
    assert _speaker(paragraphs, "take every warning seriously.") == ("Fialua Taomia", "name")


def test_a_name_after_the_first_quotation_still_opens_a_new_tag() -> None:
    paragraphs = ["Oz is “smart as hell,” Steve Mosko wrote in an email, and “the best talker"
                  " on television.”"]
    assert _speaker(paragraphs, "the best talker on television.") == ("Steve Mosko", "name")
