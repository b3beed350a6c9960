"""Round seventy-eight: an epithet that states a fact is the person the story is on."""

from __future__ import annotations

from tests.quotes_article import speaker_and_kind as _speaker

_SANDBAGS = "We stacked sandbags all night and still the water came under the door,"


def test_an_age_after_a_paragraph_that_brings_someone_in_is_theirs() -> None:
    paragraphs = [
        "Harbour master Tomas Lind said the surge had been the worst since 1987.",
        "Further along the quay, Mirela Costache was sweeping mud out of the bakery she "
        "opened three years ago.",
        f"“{_SANDBAGS}” the 41-year-old said. She put her losses at 30,000 lei.",
    ]
    assert _speaker(paragraphs, _SANDBAGS) == ("Mirela Costache", "name")


_KNEES = "My knees have already voted. I will talk to my family first,"


def test_an_age_in_the_paragraph_that_brings_someone_in_is_theirs() -> None:
    paragraphs = [
        "Coach Dario Benetti praised a side that had been written off in October.",
        "Veteran centre Luka Maravić, known to the fans as \"the Professor\", said the final "
        f"was probably his last game. \"{_KNEES}\" the 36-year-old said.",
    ]
    assert _speaker(paragraphs, _KNEES) == ("Luka Maravić", "name")


_RICE = "We lost the rice we bought for the whole rainy season,"


def test_a_father_of_four_is_the_one_just_brought_in() -> None:
    paragraphs = [
        "Governor Awa Ceesay visited the shelter at the primary school on Monday.",
        "Among those sleeping in the classrooms was Lamin Touray, a retired teacher, with "
        f"his wife and four children. “{_RICE}” the father-of-four said.",
    ]
    assert _speaker(paragraphs, _RICE) == ("Lamin Touray", "name")


_WINDOWS = "The water was at the windows within an hour, and we had nowhere to go,"


def test_not_someone_the_paragraph_before_named_when_words_come_between() -> None:
    # (The quotation's paragraph opens with the writer's words: who they are about is
    # not sure, and the paragraph before is no longer the one the story is on.)
    paragraphs = [
        "Governor Awa Ceesay visited the shelter at the primary school on Monday.",
        "Among the families there was Lamin Touray, a retired teacher.",
        "By dawn the river had taken the footbridge at Kotu and two market stalls. "
        f"“{_WINDOWS}” the 52-year-old said.",
    ]
    assert _speaker(paragraphs, _WINDOWS) == ("the 52-year-old", "description")


_TIN = "I almost threw the tin in the skip,"


def test_not_with_someone_else_named_since() -> None:
    paragraphs = [
        "Archivist Maud Ferrier opened the exhibition at the Town Hall on Friday.",
        "The letters came to light when Jasper Quinlan showed them to curator Ivo Brandt, "
        "who had known Quinlan for years.",
        f"“{_TIN}” the 38-year-old said.",
    ]
    assert _speaker(paragraphs, _TIN) == ("the 38-year-old", "description")


_CAMERA = "The camera loves the light at that hour, and so do I,"


def test_not_someone_of_the_other_sex() -> None:
    paragraphs = [
        "The festival's last film was shot in eleven days by Tobias Lindqvist.",
        f"“{_CAMERA}” the 29-year-old actress said.",
    ]
    assert _speaker(paragraphs, _CAMERA)[1] == "description"
