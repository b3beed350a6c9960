"""Speaker rules of the eighteenth round: who an age or a kind of body in a tag is, and where
a sentence's subject stands. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_an_age_in_apposition_is_the_age_the_story_gave() -> None:
    # "Okafor, the 19-year-old qualifier from ..." states the age as much as "Okafor, 19,".
    quotes = by_text([
        "Tennis report",
        "Luis Moreno came back from two sets down to beat Daniel Okafor on Wednesday.",
        "Okafor, the 19-year-old qualifier from Bexley, had been bidding for a semi-final. "
        "His father, Martin Okafor, watched from the stands.",
        "\"It stings, obviously,\" the 19-year-old said.",
    ])
    assert quotes["It stings, obviously,"].speaker == "Daniel Okafor"


def test_an_age_opening_a_paragraph_is_the_subject_of_the_last_sentence_before() -> None:
    # No age stated: the person the paragraph before ended on, with an appositive between
    # the name and an irregular past verb ("stood").
    quotes = by_text([
        "School to close",
        "Sandra Kemp, a nurse, told the board her family had moved to the area for the school.",
        "Her son, Owen Kemp, a fifth-grader, stood beside her at the microphone.",
        "\"This is where I learned to read,\" the 10-year-old said.",
    ])
    assert quotes["This is where I learned to read,"].speaker == "Owen Kemp"


def test_a_sentence_opening_with_a_place_and_a_body_and_role_before_the_name() -> None:
    # "Outside the building, Hillcrest High School junior Maya Stone organized ...": the scene
    # phrase opens with a preposition, and "Hillcrest High School junior" says whose pupil.
    quotes = by_text([
        "School to close",
        "Parents packed the board room on Tuesday night, many holding signs.",
        "Outside the building after the meeting, Hillcrest High School junior Maya Stone, who "
        "attended Brookfield Elementary, organized a vigil on the steps.",
        "\"This isn't over,\" the 16-year-old said.",
    ])
    assert quotes["This isn't over,"].speaker == "Maya Stone"


def test_an_age_is_not_the_subject_before_when_someone_unnamed_was_brought_in() -> None:
    # "A man was hurt. Police chief Tom Rees spoke." // "the 34-year-old" is the man.
    quotes = by_text([
        "Blast",
        "A man was hurt in the blast on Friday. Police chief Tom Rees gave details at the "
        "scene.",
        "\"I heard a bang,\" the 34-year-old said.",
    ])
    assert quotes["I heard a bang,"].speaker in (None, "the 34-year-old")


def test_a_school_named_by_its_kind_is_a_body() -> None:
    # "Brookfield Elementary" and "Oakfield Academy" are schools, and "the school said" is
    # the one named.
    quotes = by_text([
        "Pupil missing",
        "Her head teacher at Oakfield Academy, Mark Feeney, said pupils were worried.",
        "In a letter to parents, the school said: \"We are supporting the police in every "
        "way we can.\"",
    ])
    got = quotes["We are supporting the police in every way we can."]
    assert (got.speaker, got.speaker_kind) == ("Oakfield Academy", "organisation")


def test_the_regulator_and_the_cooperative_are_the_bodies_named() -> None:
    quotes = by_text([
        "Bank merger",
        "The Prudential Conduct Authority said it would examine the deal closely.",
        "\"Mergers of this size raise questions,\" the regulator said in a statement.",
        "The Upper Valley Power Cooperative said it was aware of reports about its lines.",
        "\"Our thoughts are with everyone affected,\" the cooperative said.",
    ])
    assert quotes["Mergers of this size raise questions,"].speaker == (
        "Prudential Conduct Authority")
    assert quotes["Our thoughts are with everyone affected,"].speaker == (
        "Upper Valley Power Cooperative")


def test_kinds_of_body_in_the_plural_are_unnamed_not_the_name_before() -> None:
    # Making "regulator" a body's word must not make "regulators" in "a practice regulators
    # have labeled" the bank named before it.
    quotes = by_text([
        "Bank fined",
        "Harborview charged fees on purchases that had been approved, a practice regulators "
        "have labeled \"authorize positive, settle negative.\"",
        "Several lenders said \"the rules were never clear\" to them.",
    ])
    assert quotes["authorize positive, settle negative."].speaker == "regulators"
    assert quotes["the rules were never clear"].speaker == "lenders"


def test_names_with_two_particles_and_a_joined_article_are_whole() -> None:
    quotes = by_text([
        "Auction record",
        "A painting by Pieter van der Molen sold for £4m, said Anneke van der Molen, the "
        "artist's granddaughter.",
        "\"He would have laughed at the price,\" van der Molen said.",
        "\"It is a moment for the family,\" Van der Molen added.",
        "Jean-Luc de la Fontaine, a collector, said the price was fair. \"It could have gone "
        "higher,\" de la Fontaine said.",
        "Faisal al-Hassan, a dealer, said: \"The market is strong.\" \"Very strong,\" "
        "al-Hassan added.",
    ])
    assert quotes["He would have laughed at the price,"].speaker == "Anneke van der Molen"
    assert quotes["It is a moment for the family,"].speaker == "Anneke van der Molen"
    assert quotes["It could have gone higher,"].speaker == "Jean-Luc de la Fontaine"
    assert quotes["The market is strong."].speaker == "Faisal al-Hassan"
    assert quotes["Very strong,"].speaker == "Faisal al-Hassan"


def test_a_name_written_family_name_first_keeps_its_family_name() -> None:
    # "Nguyen Thi Minh Anh" is not cut to "Thi Minh Anh" because "Thi" is a given name of the
    # Census lists, and "Nguyen said" is her; "Parent Jasmine Ortiz" still loses "Parent".
    quotes = by_text([
        "Auction record",
        "Nguyen Thi Minh Anh, the buyer's agent, said she was delighted. \"We have wanted "
        "this picture for a decade,\" Nguyen said.",
        "Parent Jasmine Ortiz said: \"I just started running.\"",
    ])
    assert quotes["We have wanted this picture for a decade,"].speaker == "Nguyen Thi Minh Anh"
    assert quotes["I just started running."].speaker == "Jasmine Ortiz"


def test_a_given_name_the_census_lacks_is_the_person_named_in_full() -> None:
    # "Cormac" is no Census given name; the story shows him speaking alone and given an age.
    # "the Italian" stays a people, never the first word of the "Italian Grand Prix".
    quotes = by_text([
        "Band at festival",
        "\"We could hear them from the back,\" Cormac Dalgleish, the band's guitarist, said.",
        "The band is from Ardlow, the town that Cormac, 29, couldn't wait to leave.",
        "\"It's about leaving, that record,\" Cormac added.",
    ])
    assert quotes["It's about leaving, that record,"].speaker == "Cormac Dalgleish"
    quotes = by_text([
        "Race report",
        "Tomas Varela won the Italian Grand Prix on Sunday.",
        "Salvi, who was handed a penalty, accepted responsibility. \"That one is on me,\" the "
        "Italian said.",
    ])
    assert quotes["That one is on me,"].speaker != "Italian Grand Prix"


def test_an_epithet_is_the_one_person_named_right_after_its_words() -> None:
    quotes = by_text([
        "By-election",
        "The National Party's candidate, retired Army major Giles Fenwick, came third.",
        "Mr Fenwick had predicted a close finish.",
        "\"I won't pretend this is the night we wanted,\" the retired major conceded.",
    ])
    assert quotes["I won't pretend this is the night we wanted,"].speaker == "Giles Fenwick"


def test_an_epithet_two_people_were_named_after_stays_the_storys_words() -> None:
    quotes = by_text([
        "Swimming",
        "Imani Osei beat world record holder Freya Lind and former world record holder Sara "
        "Holm.",
        "\"I will think about it on a beach somewhere,\" the world record holder said.",
    ])
    assert quotes["I will think about it on a beach somewhere,"].speaker not in (
        "Imani Osei", "Sara Holm")
    assert quotes["I will think about it on a beach somewhere,"].speaker != "Freya Lind"
