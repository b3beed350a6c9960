"""Round eighty-seven: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_title_the_story_gave_before_a_surname_that_is_a_place_word_names_the_person() -> None:
    # "Canon Lake" after "the Rev. Canon Desmond Lake": a title and his surname, not a lake.
    paragraphs = [
        "The service was officiated by the Rev. Canon Desmond Lake, who spoke for an hour.",
        "\u201cTeacher Iris did not raise her voice, and she did not have to,\u201d Canon Lake "
        "told the congregation.",
    ]
    assert _speaker(paragraphs, "Teacher Iris") == ("Desmond Lake", "name")


def test_a_place_named_with_a_role_word_joins_no_one_the_story_did_not_give_that_role() -> None:
    # Guard: Desmond Lake is no canon here, so "Canon Lake" is not him.
    paragraphs = [
        "Desmond Lake of the parish council said the hall would reopen in May.",
        "\u201cTeacher Iris did not raise her voice, and she did not have to,\u201d Canon Lake "
        "told the congregation.",
    ]
    assert _speaker(paragraphs, "Teacher Iris")[0] != "Desmond Lake"


def test_a_body_s_own_word_capitalised_alone_is_the_body_named_x_of_y() -> None:
    # "the Ministry wrote" after "the Ministry of Education said": the body, not a new one
    # called "Ministry".
    paragraphs = [
        "In a message posted on its Facebook page, the Ministry of Education said it was "
        "\u201cdeeply saddened\u201d by her passing.",
        "\u201cMrs. Fleming\u2019s commitment shaped our education system,\u201d the Ministry "
        "wrote.",
    ]
    assert _speaker(paragraphs, "Mrs. Fleming") == ("Ministry of Education", "organisation")


def test_a_press_release_issued_in_the_paragraph_before_is_the_quotation_after_it() -> None:
    # "issued a press release, which is reproduced in part below:" then the release itself in
    # marks of its own: the release is the body's, as "issued a statement" already was.
    paragraphs = [
        "The Ministry of Health and Social Development is calling on households to search "
        "their yards for standing water.",
        "The Ministry later issued a press release, which is reproduced in part below:",
        "\"The Ministry wishes to advise the public that cases of dengue have risen.\"",
    ]
    assert _speaker(paragraphs, "The Ministry wishes") == (
        "Ministry of Health and Social Development", "organisation")


def test_a_span_of_time_opening_the_sentence_is_no_subject_of_its_cue() -> None:
    # "Minutes after the final buzzer, X posted": the buzzer sets the time; X posted.
    paragraphs = [
        "Central Valley won the semifinal 58-51.",
        "Minutes after the final buzzer, Central Valley's athletic department posted on X: "
        "\"ONE MORE. See you Saturday, Bears fans.\"",
    ]
    assert _speaker(paragraphs, "ONE MORE") == (
        "Central Valley's athletic department", "organisation")


def test_hours_after_an_event_the_one_named_after_the_comma_wrote_it() -> None:
    paragraphs = [
        "Sienna Okoro and Jamie Callaghan married in Portugal on Saturday.",
        "Hours after the celebration, Callaghan shared a photo of the couple on Instagram, "
        "writing, \u201cMarried the love of my life.\u201d",
    ]
    assert _speaker(paragraphs, "Married the love") == ("Jamie Callaghan", "name")


def test_an_age_set_off_between_a_name_and_any_verb_after_the_quotation_is_its_tag() -> None:
    # "“...,” Lorraine Beck, 54, testified": the age between changes nothing; "testified" is
    # the tag as it is without the age.
    paragraphs = [
        "\"I knew that truck before I ever looked,\" Lorraine Beck, 54, testified on the second "
        "day of the trial.",
    ]
    assert _speaker(paragraphs, "I knew that truck") == ("Lorraine Beck", "name")


def test_the_body_s_noun_after_a_body_the_story_described_is_that_body() -> None:
    # "the board" right after the governing board the story described was quoted is that
    # board, not the state board named a paragraph before.
    paragraphs = [
        "The case prompted the Utah State Board of Education to review how charter schools "
        "handle payments.",
        "In a statement released after the hearing, the Timpanogos Heights Academy governing "
        "board said the school had \u201ctightened every financial control we could find\u201d "
        "since the audit.",
        "\u201cOur students deserved far better than what happened here,\u201d the board said.",
    ]
    assert _speaker(paragraphs, "Our students") == (
        "Timpanogos Heights Academy governing board", "organisation")


def test_a_body_named_after_the_described_one_was_quoted_comes_between_them() -> None:
    # Guard: the state board, named after the governing board's words, is the nearer board.
    paragraphs = [
        "In a statement released after the hearing, the Timpanogos Heights Academy governing "
        "board said the school had \u201ctightened every financial control we could find\u201d "
        "since the audit. The case prompted the Utah State Board of Education to review how "
        "charter schools handle payments.",
        "\u201cOur students deserved far better than what happened here,\u201d the board said.",
    ]
    assert _speaker(paragraphs, "Our students")[0] != (
        "Timpanogos Heights Academy governing board")


# Guards from the round's review: each failed before the mend and passes at the round's base.


def test_the_body_s_own_word_names_none_of_two_bodies_that_open_with_it() -> None:
    paragraphs = [
        "The Ministry of Higher Education announced new tuition caps last month. On Thursday "
        "the Ministry of Health, facing a nurses' strike, offered a 6 percent raise.",
        "\"This is our final offer,\" the Ministry said.",
    ]
    assert _speaker(paragraphs, "This is our final offer")[0] not in (
        "Ministry of Higher Education", "Ministry of Health")


def test_a_film_s_release_is_no_statement_of_the_studio() -> None:
    paragraphs = [
        "Fans were furious when Paramount delayed the film's release for a third time.",
        "\"I've been waiting three years. At this point I'll believe it when I see it.\"",
    ]
    assert _speaker(paragraphs, "I've been waiting")[0] != "Paramount"


def test_later_with_no_comma_leaves_the_subject_before_the_first_comma() -> None:
    paragraphs = [
        "Ana Ruiz was on the pier when the boat went down.",
        "Hours later Ruiz, visibly shaken, told reporters: \"I saw the whole thing.\"",
    ]
    assert _speaker(paragraphs, "I saw the whole thing") == ("Ana Ruiz", "name")


def test_an_aged_name_and_a_verb_with_an_object_is_no_tag() -> None:
    paragraphs = [
        "The crowd chanted \u201cFour more years,\u201d Ana Ruiz, 34, waved a flag from the "
        "front row.",
    ]
    assert _speaker(paragraphs, "Four more years")[0] != "Ana Ruiz"


def test_another_body_described_by_the_same_noun_between_is_the_nearer_one() -> None:
    paragraphs = [
        "The hospital's nurses' union said on Friday: \u201cWe will strike on Monday.\u201d",
        "The doctors' union, which represents 400 staff, did not back the strike. "
        "\u201cPatient safety must come first,\u201d the union said.",
    ]
    assert _speaker(paragraphs, "Patient safety")[0] != "the hospital's nurses' union"


def test_a_source_who_asked_that_only_her_first_name_be_used_is_named_by_it() -> None:
    paragraphs = [
        "A nurse at the Grand Bay Health Centre, who asked not to be named, said staff had been "
        "working extra hours.",
        "\u201cHe had a little fever and I give him something,\u201d said the woman, who asked "
        "that only her first name, Anelia, be used. \u201cThe doctors tell me if I wait one more "
        "day it could have been very different.\u201d",
    ]
    assert _speaker(paragraphs, "He had a little fever") == ("Anelia", "name")


def test_the_first_name_a_source_asked_be_used_says_her_sex_for_a_later_she() -> None:
    # From the second review: the name is read with the sex its words give ("her first
    # name"), so "she said" a paragraph later is Anelia, not a garbled description.
    paragraphs = [
        "One worker, who asked that only her first name, Anelia, be used, described the "
        "conditions.",
        "\u201cWe slept eight to a room,\u201d she said.",
    ]
    assert _speaker(paragraphs, "We slept eight") == ("Anelia", "name")
