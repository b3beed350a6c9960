"""Round eighty-eight: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_place_of_two_words_made_an_adjective_is_no_part_of_a_body_s_name() -> None:
    # "The Gia Lai-based club": where the club is based, so the club the story named.
    paragraphs = [
        "Truong Son FC parted ways with head coach Do Minh Quan on Tuesday.",
        "The Gia Lai-based club said in a statement that both sides had \"mutually agreed\" to "
        "end the contract.",
    ]
    assert _speaker(paragraphs, "mutually agreed") == ("Truong Son FC", "organisation")


def test_a_body_named_by_its_place_and_kind_is_still_a_body() -> None:
    # Guard: "the Gia Lai provincial police" is a body the story names by place and kind.
    paragraphs = [
        "Truong Son FC parted ways with head coach Do Minh Quan on Tuesday.",
        "The Gia Lai police said in a statement that the crowd had been \"mostly calm\" after "
        "the match.",
    ]
    speaker, kind = _speaker(paragraphs, "mostly calm")
    assert (speaker or "").endswith("Gia Lai police") and kind == "organisation"


def test_a_chairperson_is_a_person_as_a_chairman_is() -> None:
    # "the chairperson told": a word for people in a role, as "chairman" is, so the one the
    # story makes "the LC5 chairperson" (the lists hold only "chairman" and "chairwoman").
    paragraphs = [
        "The district chairperson, who spent Wednesday at the scene, said rescue efforts had "
        "been slowed by fresh mudslides.",
        "\"We are digging with hoes and bare hands,\" the chairperson told the Monitor by "
        "telephone.",
        "Mr Moses Wamboga, the LC5 chairperson, said four bodies had been recovered by "
        "Wednesday evening.",
        "Mr Wamboga appealed to well-wishers to help the displaced families.",
    ]
    assert _speaker(paragraphs, "We are digging") == ("Moses Wamboga", "name")


def test_people_words_ending_in_person_are_people_and_roles() -> None:
    from socialkit.quotes.people import is_person_noun, is_role_word

    assert is_person_noun("chairperson") and is_role_word("chairperson")
    assert is_role_word("councilperson")
    assert not is_role_word("everyperson")


def test_a_fragment_a_named_person_told_someone_is_theirs_not_the_document_s() -> None:
    # "Brockman told officers he had “borrowed” it from a friend, the affidavit says": the
    # affidavit only says where the story learned what Brockman told the officers.
    paragraphs = [
        "Tyler James Brockman, 27, was booked into the county jail on Sunday.",
        "According to a probable cause affidavit filed Monday in Laramie County Circuit Court, "
        "the truck was reported stolen on Saturday. "
        "Brockman told officers he had \u201cborrowed\u201d it from a friend, the affidavit "
        "says.",
    ]
    assert _speaker(paragraphs, "borrowed") == ("Tyler James Brockman", "name")


def test_a_fragment_someone_told_friends_is_theirs_not_the_source_s() -> None:
    paragraphs = [
        "Dara Quinlan was spotted on a yacht off Palm Beach over the summer.",
        "Quinlan has told friends she is \u201cdone with finance guys,\u201d according to a "
        "second source.",
    ]
    assert _speaker(paragraphs, "done with finance") == ("Dara Quinlan", "name")


def test_a_fragment_with_no_one_telling_it_before_is_the_source_s() -> None:
    # Guard: no speech verb before the fragment, so the source after it speaks.
    paragraphs = [
        "Dara Quinlan was spotted on a yacht off Palm Beach over the summer.",
        "The relationship is \u201cover for good,\u201d according to Marcia Bell, a friend.",
    ]
    assert _speaker(paragraphs, "over for good") == ("Marcia Bell", "name")


def test_a_numbered_ward_before_an_office_is_where_the_holder_named_after_sits() -> None:
    # "said Ward 3 Councilman Tom Ashcraft": the ward is a district, not someone called Ward.
    paragraphs = [
        "The Cheyenne City Council voted 6-3 on Monday to delay the rules.",
        "\u201cI don\u2019t think anybody up here is against regulating these,\u201d said Ward 3 "
        "Councilman Tom Ashcraft, who made the motion to postpone.",
    ]
    assert _speaker(paragraphs, "I don\u2019t think") == ("Tom Ashcraft", "name")


def test_a_named_ward_and_its_number_before_an_office_names_no_one() -> None:
    paragraphs = [
        "Police in Lusaka arrested four suspects over the cable thefts on Monday.",
        "Kanyama Ward 12 Councillor Joseph Zulu called for neighbourhood watch groups to be "
        "revived, saying the council would work with the police to \"put an end to this "
        "nonsense.\"",
    ]
    assert _speaker(paragraphs, "put an end") == ("Joseph Zulu", "name")


def test_a_name_followed_by_a_number_that_is_no_office_stays_a_person() -> None:
    # Guard: "Ward 3 goals" is no office; Ward scored them.
    from socialkit.quotes.names import NameIndex

    body = ("Danny Ward scored twice on Saturday. Ward 3 goals in two games is the best run "
            "of his career, the club said.")
    kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
    assert kinds.get("Danny Ward") == "person"


def test_a_student_section_that_chants_is_a_crowd_of_people() -> None:
    paragraphs = [
        "The Lady Nanooks beat Unalakleet 52-47 on Saturday night.",
        "Fans lined the baseline three deep, and the student section, dressed in white, "
        "chanted \"Let's go Nanooks\" through most of the fourth quarter.",
    ]
    assert _speaker(paragraphs, "Let's go") == ("the student section", "description")


def test_a_cue_against_the_opening_mark_is_the_tag_over_a_later_clause_s_verb() -> None:
    # "chanted “one more game” as the Hawks cut down the nets, ... whom classmates have long
    # called": the verb right before the words says whose they are.
    paragraphs = [
        "Tardif sisters lead Hermon girls past Caribou for first regional title since 2011",
        "Hermon junior Ella Tardif scored 19 as the Hawks beat Caribou 48-46 in the Class B "
        "North final on Saturday.",
        "Hermon\u2019s student section chanted \u201cone more game\u201d as the Hawks cut down "
        "the nets, then serenaded the Tardif sisters, whom classmates have long called "
        "\u201cthe Twin Towers.\u201d",
    ]
    assert _speaker(paragraphs, "one more game") == ("Hermon\u2019s student section",
                                                     "description")


def test_a_section_of_no_people_is_no_speaker() -> None:
    # Guard: "the sports section" is part of a paper, not a crowd.
    from socialkit.quotes.speakers import _Speakers

    assert _Speakers._described("the sports section", "section", "said").speaker is None
    assert _Speakers._described("the student section", "section", "chanted").speaker == (
        "the student section")


def test_an_office_no_list_has_between_a_place_and_a_full_name_is_the_holder_s() -> None:
    # "said Leone pulenu'u Fa'atonu Sapolu": the village, its mayor's office in Samoan, and
    # the mayor; not "Leone" read as the Leone High School the story named before.
    paragraphs = [
        "Killed in the crash was Leone High School student Mele Tanuvasa.",
        "\u201cOur village has lost a daughter and, in a way, a son too,\u201d said Leone "
        "pulenu'u Fa'atonu Sapolu, who attended the hearing with several village elders.",
    ]
    assert _speaker(paragraphs, "Our village") == ("Fa'atonu Sapolu", "name")


def test_two_names_joined_by_a_small_word_are_no_office_and_holder() -> None:
    # Guard: "Leone and Fa'atonu Sapolu" names no office.
    paragraphs = [
        "Killed in the crash was Leone High School student Mele Tanuvasa.",
        "\u201cOur village has lost a daughter,\u201d said Leone and Fa'atonu Sapolu, who "
        "attended the hearing.",
    ]
    assert _speaker(paragraphs, "Our village")[0] != "Fa'atonu Sapolu"


# Guards from the round's adversarial review (each failed before the mend, passes at the base).


def test_a_party_before_a_place_made_an_adjective_still_says_which_senator() -> None:
    paragraphs = [
        "Senator Ted Cruz and Senator John Cornyn both spoke at the Houston rally, alongside "
        "Democratic Senator Chris Murphy, who had come to debate them.",
        "\u201cThis border is not secure and everyone in this room knows it,\u201d the "
        "Republican Texas-born senator said.",
    ]
    assert _speaker(paragraphs, "This border")[0] != "Chris Murphy"


def test_what_officers_told_someone_a_name_reports_is_not_a_garbled_credit() -> None:
    paragraphs = [
        "Anthony Ramirez was released after 14 hours in custody without being charged.",
        "Ramirez said officers told him he was \u201cfree to go,\u201d according to the lawsuit.",
    ]
    assert "said" not in (_speaker(paragraphs, "free to go")[0] or "")


def test_the_named_subject_of_the_nearest_telling_verb_is_the_fragment_s() -> None:
    paragraphs = [
        "Derek Hart, 41, was arrested on suspicion of drunk driving after his car hit a fence.",
        "Police said Hart told them he was \u201cjust driving home,\u201d according to the "
        "arrest report.",
    ]
    assert _speaker(paragraphs, "just driving") == ("Derek Hart", "name")


def test_a_subordinator_between_a_body_and_a_full_name_is_no_office() -> None:
    paragraphs = [
        "UNICEF appealed for $2 billion in humanitarian aid.",
        "\u201cChildren are dying every day in Gaza,\u201d said UNICEF while Catherine Russell, "
        "its executive director, visited Rafah.",
    ]
    assert _speaker(paragraphs, "Children are dying")[0] != "Catherine Russell"


def test_a_naming_verb_against_the_mark_leaves_the_tag_to_the_source() -> None:
    paragraphs = [
        "Emergency crews spent hours at the scene on Tuesday night.",
        "Officers described \u201ca chaotic scene\u201d with several people injured, police "
        "spokesman Tom Reid said.",
    ]
    assert _speaker(paragraphs, "a chaotic scene") == ("Tom Reid", "name")


def test_a_word_the_subject_refused_to_say_is_not_theirs() -> None:
    paragraphs = [
        "Families of the victims met the minister at Westminster on Monday.",
        "The minister refused to say \u201csorry\u201d to the families, opposition MP Jess "
        "Clarke said.",
    ]
    assert _speaker(paragraphs, "sorry")[0] != "the minister"


def test_a_section_of_a_website_is_no_crowd() -> None:
    paragraphs = [
        "Acme Corp said it would restate three years of earnings.",
        "A notice in the investor section of its website says the company \u201cregrets any "
        "confusion.\u201d",
    ]
    assert _speaker(paragraphs, "regrets any")[0] != "the investor section"


def test_a_place_in_the_subject_s_phrase_is_not_who_shouted() -> None:
    paragraphs = [
        "Thousands marched through central London on Saturday.",
        "Protesters outside the embassy shouted \u201cfree Palestine\u201d for several hours, "
        "Metropolitan Police said.",
    ]
    assert _speaker(paragraphs, "free Palestine")[0] != "the embassy"


def test_a_named_storm_is_no_one_to_credit() -> None:
    # Found by the review: "the weatherman said" after "Storm Ciarán" was the storm.
    paragraphs = [
        "Storm Ciar\u00e1n brought gusts of up to 100mph to the Channel Islands.",
        "\u201cI have never seen pressure drop like that,\u201d the weatherman said on BBC "
        "Spotlight.",
    ]
    assert _speaker(paragraphs, "I have never seen") == ("the weatherman", "description")


def test_storms_are_things_and_a_person_called_storm_is_a_person() -> None:
    from socialkit.quotes.names import NameIndex

    for name, kind in (("Hurricane Maria", "thing"), ("Tropical Storm Alberto", "thing"),
                       ("Storm Ciar\u00e1n", "thing"), ("Storm Reid", "person")):
        body = f"{name} brought winds of 90mph to the islands on Sunday. It had been forecast."
        kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
        assert kinds.get(name) == kind, name


# Guards from the second review (each failed before its mend, passes at the round's base).


def test_a_person_called_storm_in_a_story_of_no_weather_stays_a_person() -> None:
    from socialkit.quotes.names import NameIndex

    body = ("Storm Uru won the single sculls at Lake Karapiro on Saturday. Uru said the crew "
            "had trained for two years.")
    kinds = {m.entity.name: m.entity.kind for m in NameIndex(body, body).mentions}
    assert kinds.get("Storm Uru") == "person"


def test_a_hurricane_given_a_he_is_still_no_speaker() -> None:
    paragraphs = [
        "Hurricane Milton strengthened to a Category 5 storm overnight as it churned toward "
        "Tampa Bay.",
        "\u201cGet out now, while you still can,\u201d he said at a news conference in "
        "Tallahassee.",
    ]
    assert _speaker(paragraphs, "Get out now")[0] != "Hurricane Milton"


def test_a_group_of_people_chanting_is_theirs_whoever_reports_it() -> None:
    paragraphs = [
        "Parents packed the school board meeting on Monday night.",
        "A group of mothers chanted \u201cProtect our kids\u201d as the board voted, a district "
        "spokesman said.",
    ]
    assert _speaker(paragraphs, "Protect our kids") == ("mothers", "description")


def test_a_name_set_off_before_its_telling_verb_still_told_it() -> None:
    paragraphs = [
        "James Brockman was booked into the county jail on Sunday.",
        "Brockman, 42, told officers he had \u201cborrowed\u201d the truck from a friend, the "
        "affidavit says.",
    ]
    assert _speaker(paragraphs, "borrowed") == ("James Brockman", "name")


def test_a_spokeswoman_at_a_body_is_the_body_s_not_the_outlet_s() -> None:
    paragraphs = [
        "Moscow has not commented on the expulsions.",
        "A spokeswoman at the Russian embassy said \u201cno comment\u201d when reached by "
        "phone on Tuesday, according to the Associated Press.",
    ]
    assert _speaker(paragraphs, "no comment")[0] != "Associated Press"


def test_someone_unnamed_described_with_a_modifier_may_be_the_pronoun_after() -> None:
    # Found by the whole-change read: "a young woman" was read by its first word only, so the
    # set-off "she" went to the inspector, as "the woman" (one word) never did.
    paragraphs = [
        "Inspector Maria Lowe said a young woman had left a note on the kitchen table.",
        "In the note, found on the table, she said \u201cI could not stay another night in "
        "that house.\u201d",
    ]
    assert _speaker(paragraphs, "I could not stay")[0] != "Maria Lowe"
