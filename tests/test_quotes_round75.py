"""Round seventy-five: "the older Sokolov" of two brothers, as the name index reads it."""

from __future__ import annotations

import pytest

from tests.quotes_article import quote_with_text
from tests.quotes_article import speaker_and_kind as _speaker


@pytest.mark.parametrize(("which", "speaker"), [
    ("older", "Dmitri Sokolov"), ("elder", "Dmitri Sokolov"),
])
def test_the_older_of_two_brothers_is_not_whoever_spoke_last(which: str, speaker: str) -> None:
    paragraphs = [
        "Dmitri Sokolov, 58, was milking his goats when he saw smoke rising over the ridge "
        "behind the village.",
        "\"I saw the sky go red and I knew. Ten minutes later the shed was burning,\" Sokolov "
        "told reporters by phone from the district centre, where he is staying with his "
        "daughter. \"I took the papers and the dog. That is all I have now.\"",
        "His younger brother, Pavel Sokolov, who lives three streets away, said the village's "
        "only fire engine had been sent to another blaze that morning.",
        "\"They kept telling us help was coming. It came when there was nothing left,\" Pavel "
        "Sokolov said.",
        f"\"We have asked for a proper fire station for years,\" the {which} Sokolov added. "
        "\"Every year they say there is no money.\"",
    ]
    assert _speaker(paragraphs, "We have asked for a proper fire station for years, Every "
                    "year they say there is no money.") == (
        speaker, "name")


@pytest.mark.parametrize(("first", "again"), [
    ("Corporal Daniel Bascombe", "Cpl Bascombe"), ("Corporal Daniel Bascombe", "Cpl. Bascombe"),
    ("Private Daniel Bascombe", "Pte Bascombe"),
])
def test_a_short_rank_before_a_surname_is_the_ranked_person(first: str, again: str) -> None:
    paragraphs = [
        f"Police prosecutor {first} told the court the Crown would object to bail.",
        f"\"Your Worship, these witnesses live a stone's throw from the accused,\" {again} said.",
    ]
    assert _speaker(paragraphs, "Your Worship, these witnesses live a stone's throw from the "
                    "accused,") == ("Daniel Bascombe", "name")


@pytest.mark.parametrize("rank", ["Const.", "Cmdr.", "Cpl."])
def test_a_short_rank_alone_gives_way_to_the_post_set_off_after_the_name(rank: str) -> None:
    paragraphs = [
        f"{rank} Jordan Leblanc, spokesperson for the harbour police, said officers were "
        "still looking for the driver.",
        "\"Someone always knows something,\" Leblanc said.",
    ]
    quote = quote_with_text(paragraphs, "Someone always knows something,")
    assert (quote.speaker, quote.role) == ("Jordan Leblanc", "spokesperson for the harbour police")


@pytest.mark.parametrize(("post", "speaker"), [
    ("Commissioner", ("Dwight Ballantyne", "name")),
    ("Commissioner of Police", ("Dwight Ballantyne", "name")),
])
def test_a_capitalised_post_after_the_is_its_holder(post: str,
                                                     speaker: tuple[str, str]) -> None:
    paragraphs = [
        "But Opposition Leader Dr Kendol Providence said the Bill hands the Commissioner of "
        "Police “sweeping discretion” to refuse permission for a march.",
        "Commissioner of Police Dwight Ballantyne, when contacted by this newspaper, said his "
        "officers would apply the new law evenly.",
        f"“The police will apply the law fairly, to everybody,” the {post} said.",
    ]
    assert _speaker(paragraphs, "The police will apply the law fairly, to everybody,") == speaker


def test_a_capitalised_post_with_no_holder_keeps_its_capitals() -> None:
    paragraphs = [
        "Two people died after landslides in three villages on Sunday night, the Civil "
        "Protection Authority said.",
        "“On behalf of the Government, I express my deepest condolences,” the Secretary of State "
        "said.",
    ]
    assert _speaker(paragraphs, "On behalf of the Government, I express my deepest "
                    "condolences,") == ("the Secretary of State", "description")


def test_a_post_after_a_preposition_is_not_the_speaker() -> None:
    paragraphs = [
        "Transport for London said it had made a fair offer.",
        "A spokesperson for the Mayor of London said: “The Mayor is clear that strikes are in "
        "nobody's interest.”",
    ]
    assert _speaker(paragraphs, "The Mayor is clear that strikes are in nobody's interest.") != (
        "Transport for London", "organisation")


@pytest.mark.parametrize(("post", "tag"), [
    ("Secretary of State for Civil Protection", "the Secretary of State"),
    ("Minister of State for Civil Protection", "the Minister of State"),
])
def test_a_post_of_state_for_a_portfolio_set_off_before_the_name_is_its_role(
        post: str, tag: str) -> None:
    paragraphs = [
        f"The {post}, Gaspar Soares da Cruz, who visited the area on Monday, said the "
        "Government would help every family.",
        f"“On behalf of the Government, I express my deepest condolences,” {tag} said.",
    ]
    quote = quote_with_text(paragraphs, "On behalf of the Government, I express my deepest "
                            "condolences,")
    assert (quote.speaker, quote.speaker_kind, quote.role) == (
        "Gaspar Soares da Cruz", "name", post)


def test_a_title_inside_a_name_run_is_that_person_after_the() -> None:
    paragraphs = [
        "Lunana Gup Kinley Dorji said the people of Thanza have lived below the lakes for "
        "generations.",
        "“We are not afraid of the lake, but we are afraid of being forgotten,” the Gup said.",
    ]
    assert _speaker(paragraphs, "We are not afraid of the lake, but we are afraid of being "
                    "forgotten,") == ("Lunana Gup Kinley Dorji", "name")


@pytest.mark.parametrize("lead", [
    "The head of the nephrology unit", "The acting head of the nephrology unit",
])
def test_a_longer_description_set_off_before_the_name_still_opens_the_sentence(
        lead: str) -> None:
    paragraphs = [
        f"{lead}, Dr Sangay Wangmo, said the breakdown had only exposed a bigger problem. "
        "“Ten years ago we had around 80 patients. Today we have more than 240.”",
    ]
    assert _speaker(paragraphs, "Ten years ago we had around 80 patients. Today we have more "
                    "than 240.") == ("Sangay Wangmo", "name")


def test_a_word_only_ever_before_a_number_is_no_person_in_reach() -> None:
    paragraphs = [
        "\"We went to sleep with the water at the bottom of the steps,\" said Milagros "
        "Aguon Santos, who has lived along Route 4 near the bay for four decades.",
        "The 63-year-old said she lost a refrigerator and \"almost all of my late husband's "
        "pictures.\"",
    ]
    assert _speaker(paragraphs, "almost all of my late husband's pictures.") == (
        "Milagros Aguon Santos", "name")


def test_a_name_also_written_before_a_number_is_still_a_person() -> None:
    paragraphs = [
        "Rakibul Hasan took 6 for 52 as Bangladesh won by 88 runs.",
        "Rakibul 6 for 52 was the best return by a visiting spinner here.",
        "Rakibul, who bowled 31 overs in the match, spoke through an interpreter. \"This is "
        "the best day of my life,\" he said.",
    ]
    assert _speaker(paragraphs, "This is the best day of my life,") == ("Rakibul Hasan", "name")


@pytest.mark.parametrize("venue", ["in a statement", "in a press release"])
def test_a_body_with_its_initials_speaks_in_its_statement(venue: str) -> None:
    paragraphs = [
        "Engineers have installed water level sensors at several places along the river.",
        f"The Department of Disaster Management (DDM) {venue} said that \"community "
        "preparedness remains the strongest line of defence\" and that drills will be held.",
    ]
    assert _speaker(paragraphs, "community preparedness remains the strongest line of "
                    "defence") == ("Department of Disaster Management", "organisation")


def test_a_post_spelt_out_before_its_initials_and_the_name_is_the_names_role() -> None:
    paragraphs = [
        "The Opposition Leader (OL) Dasho Tshering Penjor said the plan lacked clear targets.",
        "Farmers in the east want cheaper loans, the minister said.",
        "“If only 312 people have received loans, the plan is working for the banks,” the OL "
        "said.",
    ]
    quote = quote_with_text(paragraphs, "If only 312 people have received loans, the plan is "
                            "working for the banks,")
    assert (quote.speaker, quote.role) == ("Dasho Tshering Penjor", "Opposition Leader")


def test_the_initials_of_a_defined_rank_after_the_are_its_holder() -> None:
    paragraphs = [
        "Assistant Superintendent of Police (ASP) Abu Bakarr Jalloh said the road was closed.",
        "Farmers want the road reopened, the minister said.",
        "“We will look into it,” the ASP said.",
    ]
    assert _speaker(paragraphs, "We will look into it,") == ("Abu Bakarr Jalloh", "name")


def test_a_defined_rank_gives_way_to_the_post_set_off_after_the_name() -> None:
    paragraphs = [
        "Superintendent of Police (SP) Olivier Bizimana, the police spokesperson for the Eastern "
        "Province, said three suspects had been arrested.",
        "“These are people who knew exactly what they were doing,” SP Bizimana said.",
    ]
    quote = quote_with_text(paragraphs, "These are people who knew exactly what they were "
                            "doing,")
    assert (quote.speaker, quote.role) == (
        "Olivier Bizimana", "police spokesperson for the Eastern Province")


# Guards from the round's review: each credit below was wrong at the commit before the mend.

@pytest.mark.parametrize(("paragraphs", "words", "speaker"), [
    (["Lunana Gup Kinley Dorji and Laya Gup Sangay Wangmo attended the meeting.",
      "\"We need a road,\" the Gup said."], "We need a road,", None),
    (["The former coach of the national women's team, Lars Berglund, was criticised by the "
      "players' union on Friday.", "\"He never listened to a single complaint.\""],
     "He never listened to a single complaint.", None),
    (["The man who shot the president's bodyguard, Musa Jalloh, was sentenced to life.",
      "\"Justice has been done.\""], "Justice has been done.", None),
    (["The Governor, Gavin Newsom, and the Governor of Nevada, Joe Lombardo, met.",
      "\"We agreed on water sharing,\" the Governor said."], "We agreed on water sharing,", None),
    (["The Secretary of State for Health, Wes Streeting, met the shadow health secretary, "
      "Victoria Atkins.", "\"Waiting lists are falling,\" the Secretary of State said."],
     "Waiting lists are falling,", None),
])
def test_no_one_named_gets_words_the_story_leaves_open(
        paragraphs: list[str], words: str, speaker: str | None) -> None:
    assert quote_with_text(paragraphs, words).speaker == speaker


@pytest.mark.parametrize(("paragraphs", "words", "expected"), [
    (["Maj Lindqvist, the team's goalkeeper coach, was sacked on Monday.",
      "\"I gave everything to this club,\" Lindqvist said."], "I gave everything to this club,",
     ("Maj Lindqvist", "team's goalkeeper coach")),
    (["Brig Tshering, a senior commander in the Royal Body Guard, retired on Friday.",
      "\"It was an honour to serve the king,\" Brig Tshering said."],
     "It was an honour to serve the king,", ("Brig Tshering", "senior commander")),
    (["The Secretary of State for Health and Social Care, Wes Streeting, announced the plan.",
      "\"The NHS is broken but not beaten,\" the Health Secretary said."],
     "The NHS is broken but not beaten,",
     ("Wes Streeting", "Secretary of State for Health and Social Care")),
])
def test_given_names_that_look_like_ranks_and_portfolios_said_again(
        paragraphs: list[str], words: str, expected: tuple[str, str]) -> None:
    quote = quote_with_text(paragraphs, words)
    assert (quote.speaker, quote.role) == expected


def test_a_spokesman_for_a_secretary_of_state_is_not_the_secretary() -> None:
    paragraphs = ["A spokesman for the Secretary of State for Transport, Mark Harper, said the "
                  "strikes were unjustified.", "\"Passengers deserve better,\" the spokesman said."]
    quote = quote_with_text(paragraphs, "Passengers deserve better,")
    assert quote.speaker != "Mark Harper"


def test_a_post_spelt_out_before_its_initials_reaches_past_an_honorific() -> None:
    paragraphs = [
        "The Opposition Leader (OL) Dr Marlon Baptiste said the Bill hands the police "
        "\"sweeping discretion\" over marches.",
        "\"This is a Bill that will be used against trade unions and farmers,\" the OL said.",
    ]
    quote = quote_with_text(paragraphs, "This is a Bill that will be used against trade unions "
                            "and farmers,")
    assert (quote.speaker, quote.role) == ("Marlon Baptiste", "Opposition Leader")
