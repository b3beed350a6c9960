"""Round sixty-six: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from tests.quotes_article import reported_quote
from tests.quotes_article import speaker_and_kind as _speaker


def test_a_given_name_joined_to_a_full_name_the_story_writes_in_full_shares_its_surname() -> None:
    paragraphs = [
        "For 90 minutes on Saturday, Tumelo and Thuso Molefhe did not say a word to each other.",
        "Jwaneng Galaxy won 2-1, with Tumelo Molefhe scoring the winner against a side marshalled"
        " by his brother at centre-back.",
        "“Before the game I told him not to come near me,” Tumelo said with a laugh.",
    ]
    # Neither given name is in the Census, but the story writes "Tumelo Molefhe" in full.
    assert _speaker(paragraphs, "Before the game I told him not to come near me,") == (
        "Tumelo Molefhe", "name")


def test_a_given_name_another_full_name_bears_is_not_joined() -> None:
    paragraphs = [
        "Emma Reid opened the shop in 1990. Emma and Oliver Stone bought it last year.",
        "“We kept the old sign,” Emma said.",
    ]
    assert _speaker(paragraphs, "We kept the old sign,")[0] != "Emma Stone"


def test_an_unnamed_source_reporting_speech_goes_on_in_the_untagged_quotation_after() -> None:
    paragraphs = [
        "Landslides cut the road in two places. A man in his 40s who asked not to be named"
        " said he had spent the night in the community centre. “The road out is broken. We are"
        " an island now.”",
        "A portfolio manager at one of the private pension funds, who asked not to be named,"
        " said the allocation had been cut back sharply. “We got less than we wanted.”",
    ]
    assert _speaker(paragraphs, "The road out is broken. We are an island now.") == (
        "a man in his 40s", "description")
    assert _speaker(paragraphs, "We got less than we wanted.") == (
        "a portfolio manager at one of the private pension funds", "description")


def test_an_unnamed_subject_who_does_not_speak_or_reports_another_voice_is_left_alone() -> None:
    paragraphs = [
        "A woman was killed when the roof fell. “It happened so fast.”",
        "A nurse said the doctor had told her to leave. “Get out now.”",
        "A neighbour said Tom Hale had warned them. “The river is rising.”",
    ]
    for words in ("It happened so fast.", "Get out now.", "The river is rising."):
        assert _speaker(paragraphs, words) == (None, None), words


def test_an_age_and_a_trade_opening_the_sentence_before_an_untagged_quotation() -> None:
    paragraphs = [
        "The film is by Ana-Maria Voicu, 34, who grew up in Alba county.",
        "Speaking to Romania Insider after the gala, the 34-year-old director said the script"
        " grew out of her own childhood. “Half of my class had a parent working abroad.”",
    ]
    assert _speaker(paragraphs, "Half of my class had a parent working abroad.") == (
        "Ana-Maria Voicu", "name")


def test_the_word_a_tag_used_for_someone_named_is_no_unnamed_inner_speaker() -> None:
    paragraphs = [
        "Local councilor Elena Popescu said the roads were still half-finished.",
        "“The people of Valea Morii are the ones paying,” the councilor said.",
        "A town hall employee, who spoke on condition of anonymity, described an atmosphere of"
        " fear. “Nobody dared to ask questions. He liked to say ‘in Valea Morii, I am the law,’"
        " and he meant it,” the employee said.",
    ]
    inner = reported_quote(paragraphs, "in Valea Morii, I am the law,")
    assert inner is None or inner.speaker != "the councilor"


def test_a_dateline_in_title_case_before_a_colon_is_a_place_and_so_is_a_ground() -> None:
    paragraphs = [
        "Muscat: Sufyan Raja struck an unbeaten 112 as Oman beat Namibia at the Al Amerat"
        " Cricket Ground on Tuesday.",
        "Oman were in trouble before Raja and 21-year-old Mohammed Al Ghailani added 139.",
        "“The message from the dressing room was simple: bat until the end,” the 29-year-old"
        " said.",
        "The team flies back to Muscat on Thursday.",
    ]
    # Neither the city nor the ground is a second person in reach of "the 29-year-old".
    assert _speaker(paragraphs, "The message from the dressing room was simple: bat until"
                    " the end,") == ("Sufyan Raja", "name")


def test_a_source_the_sentence_before_keeps_unnamed_is_the_pronoun_over_a_name() -> None:
    paragraphs = [
        "Dr Khin Sandar Oo, who heads the regional health department, said the teams were"
        " working.",
        "At the children's hospital, the dengue ward was at twice its capacity last week, a"
        " nurse who asked not to be named told The Myanmar Times. “We have 60 beds but more"
        " than 100 patients,” she said.",
        "“We are competing with places two hours from a city,” Dr Marcela Vidal Ojeda said.",
        "Housing was also raised by a nurse at KEMH, who asked not to be named. “We had a"
        " doctor turn us down last year,” she said.",
    ]
    assert _speaker(paragraphs, "We have 60 beds but more than 100 patients,") == (
        "a nurse", "description")
    assert _speaker(paragraphs, "We had a doctor turn us down last year,") == (
        "a nurse at KEMH", "description")


def test_someone_unnamed_the_words_are_about_is_not_the_pronoun() -> None:
    paragraphs = [
        "Police Chief Tom Hale said officers had arrested a man who asked not to be named."
        " “We will charge him today,” he said.",
    ]
    assert _speaker(paragraphs, "We will charge him today,") == ("Tom Hale", "name")


def test_an_unnamed_subject_told_something_or_reporting_a_plea_does_not_go_on() -> None:
    paragraphs = [
        "Families waited for hours outside the ward on Thursday.",
        "A woman who asked about her son was told to wait outside with the others. “Nobody"
        " here can give you information tonight.”",
        "A nurse who treated the injured said one of them had begged for water for hours."
        " “Please, just a little water.”",
    ]
    assert _speaker(paragraphs, "Nobody here can give you information tonight.") == (None, None)
    assert _speaker(paragraphs, "Please, just a little water.") == (None, None)


def test_someone_named_in_the_phrase_that_sets_the_scene_is_not_the_subject() -> None:
    paragraphs = [
        "Kenya's treasury secretary presented the budget on Thursday.",
        "Speaking alongside central bank governor Kamau Thugge, the 49-year-old said the deficit"
        " would narrow next year. “We have turned the corner.”",
        "Former minister Radu Vlase, 61, announced his retirement on Monday.",
        "Prime Minister Ion Ratiu praised his former rival. “He served with honour,” Ratiu said.",
        "Asked about Ratiu's tribute, he said he was grateful but unconvinced. “Kind words are"
        " cheap in this building.”",
    ]
    assert _speaker(paragraphs, "We have turned the corner.")[0] != "Kamau Thugge"
    assert _speaker(paragraphs, "Kind words are cheap in this building.")[0] != "Ion Ratiu"


def test_a_body_named_common_ground_still_speaks() -> None:
    paragraphs = [
        "Rough sleeping in London rose by a fifth last year, according to Common Ground.",
        "“These figures should shame every politician,” said Common Ground.",
    ]
    assert _speaker(paragraphs, "These figures should shame every politician,")[0] == (
        "Common Ground")


def test_an_age_whose_noun_is_of_the_other_sex_is_not_the_one_the_story_gave_it() -> None:
    paragraphs = [
        "Director Mihai Ionescu, 34, and his lead actress premiered the film in Cluj on Friday.",
        "“I cried at the end every single time,” the 34-year-old actress said.",
    ]
    assert _speaker(paragraphs, "I cried at the end every single time,") == (
        "the 34-year-old actress", "description")


def test_a_source_kept_unnamed_in_words_of_the_other_sex_is_not_the_pronoun() -> None:
    paragraphs = [
        "Dr Tom Reed said recruitment was hard.",
        "Housing was also raised by a mother at KEMH, who asked not to be named. “We had a"
        " doctor turn us down last year,” he said.",
    ]
    assert _speaker(paragraphs, "We had a doctor turn us down last year,") == (
        "Tom Reed", "name")


def test_an_unnamed_source_inside_what_a_named_person_reports_is_not_the_pronoun() -> None:
    paragraphs = [
        "Tom Hale said he was questioned by a detective who asked not to be named. “I told"
        " them everything I knew,” he said.",
    ]
    assert _speaker(paragraphs, "I told them everything I knew,") == ("Tom Hale", "name")


def test_an_unnamed_source_goes_on_in_words_that_open_in_the_first_person() -> None:
    paragraphs = [
        "A man who asked not to be named said he had lost his house. “My whole street is"
        " gone.”",
    ]
    assert _speaker(paragraphs, "My whole street is gone.") == ("a man", "description")
