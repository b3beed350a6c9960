"""Round fifty-seven. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="MP says gun trials were rigged")

# Two sisters of one surname, the younger quoted by her given name (two tests below).
_SISTERS = [
    "Its owners, Ms Mwanaisha Abdalla Said and her younger sister Ms Zuhura Abdalla Said, "
    "learnt of the sale only when workers arrived to remove the door.",
    "\u201cI opened the door in the morning and there were men measuring it,\u201d Ms "
    "Zuhura told the court.",
]


def test_the_name_after_phrases_opening_with_a_preposition_is_the_subject() -> None:
    # "the paper" inside "seen by the paper" was taken for the subject of "claimed".
    paragraphs = [
        "In his letter, seen by the paper, Qureshi claimed that two rival guns had "
        "\u201cconsistently outperformed\u201d the winner.",
    ]
    quote = _quote(paragraphs, "consistently outperformed")
    assert quote.speaker == "Qureshi"


def test_a_description_set_off_before_the_cue_still_speaks_after_a_preposition() -> None:
    # (A guard: the phrase right before the cue is a description, not a name, so the rule
    # above does not apply, and the description is the subject as before.)
    paragraphs = [
        "At the meeting of the council, the mayor said the plan was \u201cover\u201d.",
    ]
    quote = _quote(paragraphs, "over")
    assert quote.speaker == "the mayor"


def test_a_three_word_name_after_ms_keeps_its_first_word() -> None:
    # "Said" is a Census surname and "Abdalla" a given name, so "Zuhura" was cut off as if it
    # said whose or where ("California Jerry Brown"); after "Ms" a name is what comes.
    quote = _quote(_SISTERS, "I opened the door in the morning and there were men measuring it,")
    assert quote.speaker == "Zuhura Abdalla Said"


def test_a_pilgrims_title_after_dr_is_no_first_name() -> None:
    # (A guard on the rule above: "Haji" after "Dr" is a title, and the man is the one named
    # in full before.)
    paragraphs = [
        "The campaign was opened by the director, Dr Abdul Hakim bin Haji Ismail.",
        "Dr Haji Abdul Hakim acknowledged the concern. \u201cWe do not want a campaign that "
        "lives for one day,\u201d he said.",
    ]
    quote = _quote(paragraphs, "We do not want a campaign that lives for one day,")
    assert quote.speaker == "Abdul Hakim bin Haji Ismail"


def test_two_unlisted_words_after_a_role_open_the_name() -> None:
    # "Mohd Fadzli" was cut from "Abdul Rahim" as a modifier, and "Sabah" took the quote.
    paragraphs = [
        "\u201cBrunei deserved it,\u201d said Sabah head coach Mohd Fadzli Abdul Rahim.",
    ]
    quote = _quote(paragraphs, "Brunei deserved it,")
    assert quote.speaker == "Mohd Fadzli Abdul Rahim"


def test_anak_joins_an_iban_name() -> None:
    paragraphs = [
        "The team was guided by Jalin anak Nyuak, a boatman from Kampong Batang Duri.",
        "\u201cI have walked that ridge maybe 200 times,\u201d said Jalin anak Nyuak.",
    ]
    quote = _quote(paragraphs, "I have walked that ridge maybe 200 times,")
    assert quote.speaker == "Jalin anak Nyuak"


def test_what_follows_a_participle_after_the_quote_is_its_object() -> None:
    paragraphs = [
        "Minister for Transport Omar Kassim Nahoda arrived in Wete on Monday.",
        "He called the accident \u201ca wake-up call that we have ignored too many times\u201d, "
        "recalling the 2011 sinking of the ferry.",
    ]
    quote = _quote(paragraphs, "a wake-up call that we have ignored too many times")
    assert quote.speaker == "Omar Kassim Nahoda"



def test_his_tribute_before_a_colon_is_his() -> None:
    paragraphs = [
        "Club chairman Mr Hamad Khamis Hamad said the club would name its hall after the late "
        "violinist. His tribute at the graveside was brief: \u201cThere will be other "
        "violinists. There will not be another Makame.\u201d",
    ]
    quote = _quote(paragraphs, "There will be other violinists. There will not be another Makame.")
    assert quote.speaker == "Hamad Khamis Hamad"


def test_a_name_set_off_after_one_of_many_is_the_subject_an_age_goes_on_with() -> None:
    # "One of his last students, Mr X," was no subject, so "the 23-year-old" stayed unnamed.
    paragraphs = [
        "One of his last students, Mr Abdulwahid Omar Haji, said Mzee Makame had refused to "
        "let him perform in public for two years.",
        "\u201cHe was strict, but he never once shouted,\u201d the 23-year-old said.",
    ]
    quote = _quote(paragraphs, "He was strict, but he never once shouted,")
    assert quote.speaker == "Abdulwahid Omar Haji"


def test_a_role_in_lower_case_before_a_name_and_a_copula_colon() -> None:
    paragraphs = [
        "At the Burnt Pine Foodstore, owner Matt Adams was blunt: \u201cWe\u2019ve got flour "
        "until about Friday, and then we\u2019ve got nothing.\u201d",
    ]
    quote = _quote(paragraphs,
                   "We\u2019ve got flour until about Friday, and then we\u2019ve got nothing.")
    assert quote.speaker == "Matt Adams"


def test_a_name_given_only_after_an_inverted_cue() -> None:
    paragraphs = [
        "\u201cCarriacou sweet, and Carriacou win!\u201d said one of them, a woman who gave her "
        "name only as Janelle.",
    ]
    quote = _quote(paragraphs, "Carriacou sweet, and Carriacou win!")
    assert quote.speaker == "Janelle"



def test_his_comments_drawing_a_reply_are_not_the_quotation() -> None:
    # (A guard: an owned word before a colon is the speaker's only when the sentence says
    # how the words were; here the colon brings in someone else's reply.)
    paragraphs = [
        "Housing minister Tom Hale defended the plan on Monday. His comments drew a sharp reply "
        "from the tenants' union leader, Aisha Khan: \u201cHe has never rented a flat in his "
        "life.\u201d",
    ]
    quote = _quote(paragraphs, "He has never rented a flat in his life.")
    assert quote.speaker != "Tom Hale"


def test_a_team_before_a_name_after_said_is_no_part_of_it() -> None:
    # (A guard: two unlisted words open a name only after a role word.)
    paragraphs = ["\u201cThe boys showed character,\u201d said Sporting Lisbon Ruben Amorim."]
    quote = _quote(paragraphs, "The boys showed character,")
    assert quote.speaker == "Ruben Amorim"


def test_but_and_a_role_modifier_before_a_name_and_a_copula_colon() -> None:
    paragraphs = [
        "In Ashby, shopkeeper Ray Fenton was optimistic: \u201cMore cars means more "
        "customers.\u201d But fellow resident Ann Lee was blunter: \u201cIt will ruin the "
        "village.\u201d",
    ]
    quote = _quote(paragraphs, "It will ruin the village.")
    assert quote.speaker == "Ann Lee"


def test_police_at_the_scene_is_the_force() -> None:
    paragraphs = [
        "The Metropolitan Police said it would review the day.",
        "Police at the scene said the protest had been \u201cpeaceful and good-humoured\u201d.",
    ]
    quote = _quote(paragraphs, "peaceful and good-humoured")
    assert quote.speaker == "Metropolitan Police"


def test_the_release_police_issued_is_the_forces() -> None:
    paragraphs = [
        "The Royal Grenada Police Force (RGPF) has confirmed the death.",
        "In a release issued on Sunday, police said officers found the victim on the road.",
        "The suspect was detained early on Sunday. \u201cA firearm has been recovered,\u201d the "
        "release said.",
    ]
    quote = _quote(paragraphs, "A firearm has been recovered,")
    assert quote.speaker == "Royal Grenada Police Force"


def test_a_retired_rank_in_brackets_stays_the_names_title() -> None:
    # "Col (retd)" cut the rank from the name, so the sentence had no subject and "He" went
    # to the other Sandhu quoted before.
    paragraphs = [
        "Lt Gen (retd) Harjeet Singh Sandhu, who served as Director General of Artillery, "
        "defended the selection.",
        "\u201cNobody can fix a trial at Pokhran,\u201d Sandhu said.",
        "Col (retd) Manpreet Sandhu, a defence analyst, was less certain. He said the ministry "
        "needed to release a \u201csanitised version\u201d of the report.",
    ]
    quote = _quote(paragraphs, "sanitised version")
    assert quote.speaker == "Manpreet Sandhu"
    assert quote.role == "Col"


def test_kin_without_whose_is_no_role_on_a_card() -> None:
    # "— Zuhura Abdalla Said, younger sister" credited a relation without saying whose.
    quote = _quote(_SISTERS, "I opened the door in the morning and there were men measuring it,")
    assert quote.speaker == "Zuhura Abdalla Said"
    assert quote.role is None
