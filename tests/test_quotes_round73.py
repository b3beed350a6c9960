"""Round seventy-three: a dateline's first word, a portfolio joined by "and", a role taken
"as", "according to him" and "for what it called"."""

from __future__ import annotations

import pytest

from socialkit.quotes.names import NameIndex
from tests.quotes_article import speaker_and_kind as _speaker
from tests.quotes_article import speaker_and_role as _speaker_role


@pytest.mark.parametrize("dateline", ["POINT LISAS — ", "PORT LOUIS (Reuters) - ",
                                      "HALVERSTON, Oregon, Oct 24 (Finwire) - "])
def test_the_word_after_a_datelines_dash_opens_a_sentence(dateline: str) -> None:
    # "About" had become a person, the nearest name to "management blaming".
    paragraphs = [
        f"{dateline}About 300 workers at Gulf Coast Methanol Ltd (GCML) were told yesterday that"
        " the plant will be idled, with management blaming “persistent and worsening” gas"
        " curtailments.",
    ]
    assert _speaker(paragraphs, "persistent and worsening")[0] != "About"


@pytest.mark.parametrize(("lead", "role"), [
    ("Deputy Natural Resources and Environmental Sustainability Minister",
     "Deputy Natural Resources and Environmental Sustainability Minister"),
    ("Acting Health and Wellness Minister", "Acting Health and Wellness Minister"),
])
def test_a_lesser_rank_and_a_portfolio_with_and_are_one_title(lead: str, role: str) -> None:
    # The rank and the first words were read as a person ("Natural Resources", a deputy),
    # who took the next "he".
    paragraphs = [f"{lead} Nik Azrul Haqim Nik Mat said the villages would get help.",
                  "“Every year, the same villages go under,” he said."]
    assert _speaker_role(paragraphs, "Every year, the same villages go under,") == (
        "Nik Azrul Haqim Nik Mat", role)


def test_two_people_joined_by_and_keep_their_own_titles() -> None:
    paragraphs = ["Deputy Director Tom Hale and Finance Minister Jo Park met on Monday.",
                  "“We agreed on the budget,” Park said."]
    assert _speaker_role(paragraphs, "We agreed on the budget,") == ("Jo Park", "Finance Minister")


def test_a_role_taken_as_is_the_persons() -> None:
    # "the witness" later is the one the story said was testifying as a witness.
    paragraphs = [
        "Isatou Manneh was testifying as the first prosecution witness in the case against"
        " Lamin Fofana, led in evidence by police prosecutor Sub-Inspector Modou Jobe.",
        "“I called the accused that same day. His phone was off,” the witness told the court.",
    ]
    assert _speaker(paragraphs, "I called the accused that same day. His phone was off,") == (
        "Isatou Manneh", "name")


@pytest.mark.parametrize(("sentence", "role"), [
    ("Isatou Manneh was testifying as the first prosecution witness.", "witness"),
    ("Isatou Manneh has been serving as the club's treasurer since 2019.", "treasurer"),
    ("Isatou Manneh was waiting as a result of the delays.", None),
    ("Isatou Manneh was working as a matter of course.", None),
])
def test_a_role_taken_as_is_read_from_the_words_after_as(sentence: str, role: str | None
                                                          ) -> None:
    names = NameIndex(sentence, sentence)
    roles = {m.entity.name: m.entity.roles for m in names.mentions}["Isatou Manneh"]
    assert roles == ({role} if role else set())


@pytest.mark.parametrize("sentence", [
    "According to him, his players “gave everything” and would now rest.",
    "His players “gave everything”, according to him.",
])
def test_according_to_a_pronoun_is_whom_the_pronoun_is(sentence: str) -> None:
    # Not the clause's subject ("his players").
    paragraphs = ["Rangers coach Lamin Saidykhan was gracious in defeat: “We had three clear"
                  " chances.”", sentence]
    assert _speaker(paragraphs, "gave everything") == ("Lamin Saidykhan", "name")


def test_according_to_her_lawyer_is_still_the_lawyer() -> None:
    paragraphs = ["Ama Owusu was released on Monday.",
                  "She had “done nothing wrong”, according to her lawyer."]
    assert _speaker(paragraphs, "done nothing wrong")[0] != "Ama Owusu"


def test_a_free_relatives_cue_after_a_fragment_is_not_its_tag() -> None:
    # "for what it called the speedy handling" says what the LDEA called the handling; the
    # fragment is the LDEA's, by the "said" before it, and "it" is no judiciary.
    paragraphs = [
        "The Liberia Drug Enforcement Agency (LDEA) arrested the men in March.",
        "In a statement issued Wednesday, the LDEA said the conviction was \"the result of"
        " months of painstaking work\" by its officers, and thanked the Judiciary for what it"
        " called the speedy handling of the case.",
    ]
    assert _speaker(paragraphs, "the result of months of painstaking work") == (
        "Liberia Drug Enforcement Agency", "organisation")



def test_the_utility_may_be_an_authority() -> None:
    # A public utility is as often an authority ("the Water and Sewerage Authority").
    paragraphs = [
        "The Guam Waterworks Authority said in a statement that crews were working around the"
        " clock.",
        "\"We ask for their patience,\" the utility said.",
    ]
    assert _speaker(paragraphs, "We ask for their patience,") == (
        "Guam Waterworks Authority", "organisation")


def test_the_utility_is_still_no_council() -> None:
    paragraphs = ["Yona Municipal Council said the village would get tankers.",
                  "\"We ask for their patience,\" the utility said."]
    assert _speaker(paragraphs, "We ask for their patience,")[0] != "Yona Municipal Council"


def test_a_written_submission_is_its_authors() -> None:
    paragraphs = [
        "The Health Insurance Organisation said in a written submission to the committee that"
        " it had received 212 complaints. \"Any provider who asks for extra payment is in"
        " breach of their contract,\" the submission said.",
    ]
    assert _speaker(paragraphs, "Any provider who asks for extra payment is in breach of their"
                    " contract,") == ("Health Insurance Organisation", "organisation")


@pytest.mark.parametrize(("lead", "role"), [("Substitute", None),
                                          ("Second-half substitute", "Second-half substitute")])
def test_a_substitute_before_a_name_is_no_part_of_it(lead: str, role: str | None) -> None:
    # Said of a player as a position is: the player's role after a word, and no part of the
    # name opening a sentence.
    paragraphs = [f"{lead} Bakary Jammeh headed home the winner in the 88th minute.",
                  "“I was praying on the bench,” Jammeh said."]
    assert _speaker_role(paragraphs, "I was praying on the bench,") == ("Bakary Jammeh", role)


@pytest.mark.parametrize(("lead", "role"), [
    ("Deputy Mayor for Transport Michal Šindelář", "Deputy Mayor for Transport"),
    ("Mayor of Corriverton Deonarine Sahadeo", "Mayor of Corriverton"),
])
def test_a_mayors_office_and_its_portfolio_or_town_are_the_title(lead: str, role: str) -> None:
    paragraphs = [f"{lead} said the line would open in 2028.",
                  "“We have waited long enough,” he said."]
    assert _speaker_role(paragraphs, "We have waited long enough,") == (
        lead.removeprefix(role).strip(), role)


@pytest.mark.parametrize("lead", [
    "Deputy Mayor for Transport Tomáš Kratochvíl (STAN), who has overseen the project since"
    " 2022, was blunt about why it had taken so long:",
    "Tomáš Kratochvíl (STAN) was blunt:",
])
def test_a_subject_with_a_long_title_or_bracketed_party_speaks_after_the_colon(lead: str
                                                                              ) -> None:
    paragraphs = [f"{lead} \"Every previous city leadership promised this tram.\""]
    assert _speaker(paragraphs, "Every previous city leadership promised this tram.") == (
        "Tomáš Kratochvíl", "name")


@pytest.mark.parametrize(("lead", "second", "role"), [
    ("Deputy Ramirez and Sheriff Dan Ortiz were the first to arrive.", "Ortiz", "Sheriff"),
    ("Acting Sergeant Hughes and Constable Leah Pike pulled two swimmers from the surf.", "Pike",
     "Constable"),
    ("Deputy Ó Ríordáin and Minister Norma Foley clashed over school places.", "Foley",
     "Minister"),
])
def test_a_rank_and_a_surname_before_and_are_a_person_of_their_own(lead: str, second: str,
                                                                    role: str) -> None:
    # Found by the review: only portfolio words join the title after "and".
    paragraphs = [lead, f"“It was a long night,” {second} said."]
    assert _speaker_role(paragraphs, "It was a long night,")[1] == role


@pytest.mark.parametrize("sentence", [
    "Liam Doyle was jailed as the victim's father wept.",
    "Kyle Boyd was shouting as the officer tried to restrain him.",
    "Helen Wade resigned as the party's treasurer on Monday.",
    "Mark Ellis was replaced as the team's captain by Tom Curry.",
    "Darren Hughes posed as a police officer to get into the flat.",
])
def test_as_opening_a_clause_or_a_role_left_gives_no_role(sentence: str) -> None:
    # Found by the review: each credited the name with the next "the father", "the officer",
    # "the treasurer" or "the captain" said.
    names = NameIndex(sentence, sentence)
    first = sentence.split(" was ")[0].split(" resigned")[0].split(" posed")[0]
    roles = {m.entity.name: m.entity.roles for m in names.mentions}[first]
    assert not roles & {"father", "officer", "treasurer", "captain"}


@pytest.mark.parametrize("regulator", ["Public Utilities Regulatory Authority",
                                       "Ports Authority", "Housing Authority"])
def test_the_utility_is_no_regulator_nor_an_authority_of_no_supply(regulator: str) -> None:
    paragraphs = [f"NAWEC said the load-shedding would end by Friday. The {regulator} said it"
                  " had summoned the company's managers.",
                  "\"We are doing everything we can,\" the utility said."]
    assert _speaker(paragraphs, "We are doing everything we can,")[0] != regulator


@pytest.mark.parametrize("dateline", ["NEW YORK — Time has been sold to a tech billionaire.",
                                      "PARIS — Total has agreed to buy a stake in the field.",
                                      "CHICAGO — United has agreed to pay $1.9 million."])
def test_a_one_word_name_after_a_dateline_stays_a_name(dateline: str) -> None:
    # Found by the review: jusText's list holds "time", "total", "united" too.
    name = dateline.split(" — ")[1].split()[0]
    names = NameIndex(dateline, dateline)
    assert name in {m.entity.name for m in names.mentions}
