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
        "Hoang Minh Chau, a dealer, bid too. \"Collectors will ask questions,\" Hoang said.",
    ])
    assert quotes["Collectors will ask questions,"].speaker == "Hoang Minh Chau"
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


def test_it_read_is_the_document_and_whoever_issued_it() -> None:
    quotes = by_text([
        "Transfer row",
        "Luca Brannigan's agent has attacked Castlebridge Rovers over the striker's contract.",
        "Rovers hit back in a statement released last night.",
        "It read: \"The club is aware of comments made in the media. We are disappointed.\"",
    ])
    got = quotes["The club is aware of comments made in the media. We are disappointed."]
    assert got.speaker == "Castlebridge Rovers"
    assert got.via == "a statement"


def test_read_is_a_cue_and_the_district_is_a_body() -> None:
    # "she read" credits the letter's reader; "the district said" is the school district
    # named, not the pupil just quoted ("district" is in nameparser's titles).
    quotes = by_text([
        "Schools",
        "Parents at Linwood Unified School District meetings have protested for weeks.",
        "Fifth-grader Isabella Moore, 10, read a letter to the board. \"Ferris is where I "
        "learned to read,\" she read. \"Please don't take it away.\"",
        "In a written statement Friday, the district said: \"No final decision has been made.\"",
    ])
    assert quotes["Ferris is where I learned to read, Please don't take it away."].speaker == (
        "Isabella Moore")
    assert quotes["No final decision has been made."].speaker == (
        "Linwood Unified School District")


# Guards from the review of this round's first versions (each gave a wrong name or broke one).


def test_an_age_in_someone_elses_apposition_is_not_theirs() -> None:
    quotes = by_text([
        "Transfer",
        "Arsenal agreed a fee for Ivan Toney, a 27-year-old striker.",
        "Toney's agent, Mark Lee, the 27-year-old's representative since 2018, confirmed it.",
        "\"I want to play in the Champions League,\" the 27-year-old said.",
    ])
    assert quotes["I want to play in the Champions League,"].speaker == "Ivan Toney"
    quotes = by_text([
        "Bravery award",
        "Officer Dana Cole, the 20-year veteran who trained him, nominated Eli Navarro.",
        "Navarro, who joined the force in March, pulled a woman from the river.",
        "\"I just did what Dana taught me,\" the 20-year-old said.",
    ])
    assert quotes["I just did what Dana taught me,"].speaker != "Dana Cole"


def test_a_name_after_a_preposition_like_word_is_no_scene_phrase() -> None:
    quotes = by_text([
        "Results",
        "Under Armour founder Kevin Plank, who handed the top job to Patrik Frisk in 2020, told "
        "investors the brand had \"lost its way.\"",
    ])
    assert quotes["lost its way."].speaker == "Kevin Plank"


def test_a_given_name_alone_that_is_someone_of_its_own_stays_alone() -> None:
    quotes = by_text([
        "Lifeboat",
        "Cormac, 7, was named after his grandfather, Cormac Doyle, who has crewed the lifeboat "
        "for 40 years.",
        "\"I want to drive the boat when I'm big,\" Cormac said.",
    ])
    assert quotes["I want to drive the boat when I'm big,"].speaker == "Cormac"
    quotes = by_text([
        "Football",
        "Liverpool drew with Chelsea, with Thiago Silva marshalling the home defence.",
        "Liverpool midfielder Thiago, making his first start in a month, spoke afterwards.",
        "\"We need to be more clinical,\" Thiago said.",
    ])
    assert quotes["We need to be more clinical,"].speaker == "Thiago"


def test_a_word_before_a_full_name_is_no_family_name() -> None:
    quotes = by_text([
        "Basketball",
        "Forward Kevin Durant scored 31 points on Tuesday.",
        "\"We found a rhythm in the fourth,\" Durant said.",
        "Near Tom Reyes' farm outside Ames, the water rose four feet overnight.",
        "\"We lost the whole crop,\" Reyes said.",
    ])
    assert quotes["We found a rhythm in the fourth,"].speaker == "Kevin Durant"
    assert quotes["We lost the whole crop,"].speaker == "Tom Reyes"


def test_a_name_and_others_of_a_kind_is_the_name() -> None:
    quotes = by_text([
        "Ruling",
        "Texas Attorney General Ken Paxton and 16 other states argued in the filing that the "
        "rule was \"unconstitutional and unworkable.\"",
    ])
    assert quotes["unconstitutional and unworkable."].speaker == "Ken Paxton"


def test_a_body_by_its_work_with_none_named_is_the_storys_words() -> None:
    quotes = by_text([
        "Bank fined",
        "The bank was fined on Tuesday.",
        "\"These failings were serious,\" said one regulator, who asked not to be named.",
    ])
    assert quotes["These failings were serious,"].speaker == "one regulator"


def test_reading_something_out_is_no_words_of_ones_own() -> None:
    quotes = by_text([
        "Club row",
        "Tom Hale read the letter aloud to reporters.",
        "\"Nobody at this club has done anything wrong.\"",
    ])
    assert quotes["Nobody at this club has done anything wrong."].speaker is None


def test_the_insider_is_the_unnamed_source_brought_in_and_an_aide_serves_who_follows() -> None:
    # "A senior aide to Archer-Voss" is no role of Archer-Voss's, so "the aide" is the aide;
    # "the insider" after "A source close to the star" is that source.
    quotes = by_text([
        "Podcast row",
        "Delphine Archer-Voss appeared on the podcast on Monday.",
        "A senior aide to Archer-Voss, who requested anonymity, said the campaign had expected "
        "the attack.",
        "\"Honestly, this is the fight we want,\" the aide said.",
        "A source close to the star told StarLine that the split had been \"a long time "
        "coming\".",
        "\"They grew in different directions,\" the insider said.",
    ])
    assert quotes["Honestly, this is the fight we want,"].speaker == (
        "a senior aide to Archer-Voss")
    assert quotes["They grew in different directions,"].speaker == "a source close to the star"


# Guards from the second review (each was a wrong name or a silly speaker on the first version).


def test_it_read_after_a_sign_is_no_one_even_with_a_statement_before() -> None:
    quotes = by_text([
        "Shop closes",
        "Ann Pike said in a statement that the shop would close on Friday.",
        "Customers found a handwritten sign on the door on Saturday morning.",
        "It read: \"Thank you for forty years. We will miss you.\"",
    ])
    assert quotes["Thank you for forty years. We will miss you."].speaker is None


def test_a_thing_that_reads_is_no_speaker() -> None:
    quotes = by_text([
        "Memorial",
        "The plaque on the bench read: \"For Mary, who loved this view.\"",
    ])
    assert quotes["For Mary, who loved this view."].speaker is None


def test_the_district_is_only_a_body_its_name_calls_a_district() -> None:
    quotes = by_text([
        "School funding",
        "The Texas Education Agency said the school had failed its review, the Valley Gazette "
        "reported.",
        "In a statement, the district said: \"We dispute the findings.\"",
    ])
    assert quotes["We dispute the findings."].speaker not in (
        "Texas Education Agency", "Valley Gazette")


def test_a_source_of_pride_and_insider_trading_are_no_sources() -> None:
    quotes = by_text([
        "Town honours",
        "The mural has become a source of pride for residents.",
        "\"It changed how people see the town,\" the source said.",
    ])
    assert quotes["It changed how people see the town,"].speaker != (
        "a source of pride for residents")


def test_the_insider_is_the_one_the_sentence_before_brought_in() -> None:
    quotes = by_text([
        "Minister's future in doubt",
        "A source close to the minister said she had \"no intention\" of resigning.",
        "But a senior Downing Street official said her position was \"untenable\".",
        "\"She has lost the confidence of the prime minister,\" the insider said.",
    ])
    assert quotes["She has lost the confidence of the prime minister,"].speaker == (
        "a senior Downing Street official")


def test_a_statement_opening_its_sentence_is_the_subject_after_its_comma() -> None:
    quotes = by_text([
        "Strike ballot",
        "In a statement issued on Wednesday night, Kestrel Motors said it was disappointed.",
        "\"Our offer is fair,\" the statement said.",
    ])
    got = quotes["Our offer is fair,"]
    assert (got.speaker, got.via) == ("Kestrel Motors", "a statement")


def test_the_tour_and_the_force_are_the_bodies_named() -> None:
    quotes = by_text([
        "Golf",
        "The Coastal Tour backed its officials in a brief statement issued after play. \"Our "
        "referees applied the rules correctly,\" the tour said.",
        "Hartmoorshire Police said extra patrols would be in place.",
        "\"Officers will be highly visible,\" the force said.",
    ])
    assert quotes["Our referees applied the rules correctly,"].speaker == "Coastal Tour"
    assert quotes["Officers will be highly visible,"].speaker == "Hartmoorshire Police"


def test_a_developer_named_homes_is_a_body_and_no_she() -> None:
    quotes = by_text([
        "Planning",
        "In a statement issued after the vote, Corran Homes said it had listened to residents.",
        "\"We have reduced the number of homes,\" the statement said.",
        "The company's managing director, Harriet Lowe, later spoke to the Courier.",
        "\"We understand that change can be unsettling,\" she said.",
    ])
    assert quotes["We have reduced the number of homes,"].speaker == "Corran Homes"
    assert quotes["We understand that change can be unsettling,"].speaker == "Harriet Lowe"
