"""Round twenty-seven: speakers found from what the story says of them. Snippets written for
these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_an_age_the_story_gave_someone_else_rules_them_out() -> None:
    # The grandson is "27-year-old Diego Ortega": "the 71-year-old" is not him, nor the only
    # other man named, the founder; the aunt is never named, so the story's words stand.
    quotes = by_text([
        "Ortega bakery turns sixty",
        "The bakery was founded in 1961 by Luis Ortega. His grandson, 27-year-old Diego Ortega,"
        " still works there. \u201cIt is in the blood,\u201d the 27-year-old said.",
        "Diego Ortega's aunt, who is 71, remembers the opening. \u201cWe sold bread for a"
        " penny,\u201d the 71-year-old said.",
    ])
    assert quotes["It is in the blood,"].speaker == "Diego Ortega"
    assert (quotes["We sold bread for a penny,"].speaker,
            quotes["We sold bread for a penny,"].speaker_kind) == ("the 71-year-old", "description")


def test_the_one_person_in_reach_is_not_an_epithet_of_another_age() -> None:
    quotes = by_text([
        "Cafe owners fear winter",
        "Tom Reyes, 52, runs the cafe on the corner. \u201cBusiness is slow,\u201d the 61-year-old"
        " said.",
    ])
    assert quotes["Business is slow,"].speaker_kind == "description"


def test_a_name_set_off_after_someones_role_at_the_end_of_the_tag_speaks() -> None:
    # "said Walsh's deputy, Anna Berg." ends the sentence: the deputy speaks, not Walsh.
    quotes = by_text([
        "Housing bill passes",
        "Mayor Jo Walsh was absent from the vote. \u201cIt is a good day for renters,\u201d"
        " said Walsh's deputy, Anna Berg.",
    ])
    assert quotes["It is a good day for renters,"].speaker == "Anna Berg"
    assert quotes["It is a good day for renters,"].role == "Walsh's deputy"


def test_a_given_name_opening_an_events_name_is_not_that_event() -> None:
    # "Chelsea" is a given name, which opens a person's name; an event named "Chelsea Flower
    # Show" is not what "a Chelsea spokesman" speaks for.
    quotes = by_text([
        "Flower show opens with record crowds",
        "The Chelsea Flower Show opened on Tuesday with record crowds, while across London the"
        " football club confirmed a new stadium plan.",
        "\u201cThe club is delighted with the support,\u201d a Chelsea spokesman said.",
    ])
    assert quotes["The club is delighted with the support,"].speaker != "Chelsea Flower Show"


def test_an_office_before_a_name_the_census_lacks_is_a_title_not_a_given_name() -> None:
    # "Principal" opening a run of three capitalised words is her title, whether or not the
    # name after it is a given name the Census lists; and "Special Agent in Charge" is one.
    quotes = by_text([
        "Storm rips roofs off school",
        "Principal Nomvula Dlamuka said the school would reopen. \u201cWe will not close,\u201d"
        " she said.",
        "FBI Special Agent in Charge Dmitri Volkov said the inquiry began in 2022. \u201cThis"
        " case started with one employee,\u201d Volkov said.",
    ])
    assert quotes["We will not close,"].speaker == "Nomvula Dlamuka"
    assert quotes["This case started with one employee,"].speaker == "Dmitri Volkov"
    assert quotes["This case started with one employee,"].role == "FBI Special Agent in Charge"


def test_a_name_said_only_after_in_or_from_or_before_a_word_for_a_place_is_a_place() -> None:
    # "speaking from his kitchen in Clonbarra Cross, said he": the place is no one who speaks;
    # "Kolathur district" is a place too, however the name index first read it.
    quotes = by_text([
        "Trolley waits at record high",
        "Michael Gallagher, a retired farmer from Clonbarra Cross, waited 31 hours for a bed.",
        "Gallagher was discharged on Friday. The 87-year-old, speaking from his kitchen in"
        " Clonbarra Cross, said he had no complaints. \u201cThey were angels, every one of"
        " them,\u201d he said.",
        "The centre has issued a red alert for neighbouring Kolathur district. Deputy"
        " Commissioner Anitha Rao, who is camping in Hosakere, said food was being supplied.",
        "\u201cOur first priority is lives,\u201d she said.",
    ])
    assert quotes["They were angels, every one of them,"].speaker == "Michael Gallagher"
    assert quotes["Our first priority is lives,"].speaker == "Anitha Rao"


def test_a_titled_person_of_a_body_is_the_person_not_the_body() -> None:
    quotes = by_text([
        "Floods cut off villages",
        "Inspector Suresh Kumbar of the Rampada Fire and Emergency Services said the current"
        " had been \u201cstronger than anything I have seen\u201d.",
    ])
    assert quotes["stronger than anything I have seen"].speaker == "Suresh Kumbar"


def test_a_colon_after_whose_words_a_role_or_a_copula_gives_the_speaker() -> None:
    quotes = by_text([
        "Councillor calls for more beds",
        "Local councillor Siobhan Tierney said she would raise the figures next month."
        " \u201cPeople are being treated like cattle,\u201d she said.",
        "Her message to the health board was blunt: \u201cStop issuing statements and start"
        " opening beds.\u201d",
        "Festival director Naomi Kettering, who has run Saltbush since 2017, rejected the"
        " criticism: \u201cWe have grown because the town asked us to grow.\u201d",
        "Chief executive Dana Whitfield was pressed by one analyst on job losses. She was"
        " direct: \u201cYes, our customers will need fewer people.\u201d",
        "A friend of the actress painted a very different picture: \u201cShe is a private"
        " person.\u201d",
    ])
    assert quotes["Stop issuing statements and start opening beds."].speaker == (
        "Siobhan Tierney")
    assert quotes["We have grown because the town asked us to grow."].speaker == (
        "Naomi Kettering")
    assert quotes["Yes, our customers will need fewer people."].speaker == "Dana Whitfield"
    friend = quotes["She is a private person."]
    assert (friend.speaker, friend.speaker_kind) == ("a friend", "description")



def test_an_epithet_after_a_sentence_about_one_person_is_that_person() -> None:
    quotes = by_text([
        "Harriers go top",
        "Captain Lewis Harte played the last 20 minutes with strapped ribs.",
        "Harte, 34, brushed off the injury. \u201cIt's a bit sore, but I've had worse,\u201d the"
        " midfielder said.",
        "Flood waters swept through Hosakere on Sunday night.",
        "Lakshmi Devamma, 68, lost her cow and her stored rice.",
        "\u201cThe water came in like a thief,\u201d the grandmother said.",
    ])
    assert quotes["It's a bit sore, but I've had worse,"].speaker == "Lewis Harte"
    assert quotes["The water came in like a thief,"].speaker == "Lakshmi Devamma"


def test_an_epithet_that_is_someone_elses_office_or_follows_quoted_words_is_not() -> None:
    quotes = by_text([
        "Station closes early",
        "Health Secretary Wes Streeting toured the ward on Monday.",
        "\u201cWe are exhausted,\u201d the nurse said.",
        "Daniel Price said the crash had \u201cchanged his life for ever\u201d, the court heard.",
        "\u201cHe went straight through the red light,\u201d the witness said.",
    ])
    assert quotes["We are exhausted,"].speaker == "the nurse"
    assert quotes["He went straight through the red light,"].speaker == "the witness"


def test_a_verb_between_a_name_and_a_body_word_is_a_sentence_not_a_bodys_name() -> None:
    quotes = by_text([
        "Rail line closed",
        "Transport minister Graham Whitlow visited the slip on Monday.",
        "Whitlow called the union\u2019s claims \u201cserious\u201d and said he would meet them.",
        "\u201cWe will appeal,\u201d the U.S. attorney's office said.",
    ])
    assert quotes["serious"].speaker == "Graham Whitlow"
    assert quotes["We will appeal,"].speaker == "the U.S. attorney's office"


def test_a_description_set_off_after_a_name_is_that_person_when_the_story_uses_it_again() -> None:
    quotes = by_text([
        "Fans queue for preview",
        "Blessing Ekanem, a 24-year-old student who said she had waited for three hours,"
        " called the rumours \u201cwicked\u201d.",
        "\u201cShe always carries herself with grace,\u201d the student said.",
    ])
    assert quotes["She always carries herself with grace,"].speaker == "Blessing Ekanem"


def test_words_reported_inside_a_quotation_go_to_whom_the_speaker_names() -> None:
    quotes = by_text([
        "Widow tells court of loss",
        "His widow, Janet Hartley, spoke of the night. \u201cThe younger officer took his hat off"
        " and said, \u2018Mrs Hartley, we are so sorry, can we come in?\u2019 and I knew,\u201d she"
        " said.",
        "Lakshmi Devamma, 68, lost everything. \u201cMy grandson woke me and said, \u2018Ajji, the"
        " floor is wet,\u2019 and within ten minutes it was up to my knees,\u201d she said.",
        "\u201cThe gaffer came over in the warm-up and said, \u2018You\u2019re in,\u2019 and I just"
        " thought, right,\u201d Kai Okafor said.",
    ])
    assert quotes["Mrs Hartley, we are so sorry, can we come in?"].speaker == (
        "the younger officer")
    # (Said of her: "her grandson" where the story gives her sex, else "Lakshmi Devamma’s
    # grandson"; never "my grandson".)
    assert quotes["Ajji, the floor is wet,"].speaker in (
        "her grandson", "Lakshmi Devamma\u2019s grandson")
    # ("came over in the warm-up" is no one: "over" only ends like a noun for people.)
    assert "You\u2019re in," not in quotes or quotes["You\u2019re in,"].speaker != (
        "the gaffer came over in the warm-up")


def test_a_name_ending_in_rail_or_transit_is_a_body() -> None:
    from socialkit.quotes.names import NameIndex

    text = "Harbourline Rail cancelled every service. Metro Transit said buses would run."
    index = NameIndex(text, text)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    assert kinds["Harbourline Rail"] == "org"
    assert kinds["Metro Transit"] == "org"


def test_he_inside_a_quotation_is_someone_the_speaker_mentioned_before_it() -> None:
    quotes = by_text([
        "Coach rues soft free-kick",
        "Castlemere head coach Marco Vettori was unhappy. \u201cI asked the fourth official. He"
        " told me, \u2018I didn\u2019t have a good view,\u2019\u201d Vettori said.",
    ])
    assert quotes["I didn\u2019t have a good view,"].speaker == "the fourth official"


def test_review_passives_appositions_and_two_bodies_keep_their_speakers() -> None:
    quotes = by_text([
        "Nurse dismissed",
        "Jane Morris was dismissed last week. She was told: \u201cYour conduct has fallen below"
        " the standard we expect.\u201d",
        "Parents received a letter from Nomvula Dlamuka, the school's new principal.",
        "\u201cWe will reopen on Monday,\u201d she wrote.",
        "Shops in Durham city centre closed early. Aoife Durham, a councillor, was angry.",
        "\u201cIt is a disgrace,\u201d Durham said.",
        "Warnings were issued by the Met Office and Environment Agency on Monday.",
        "\u201cRivers will rise,\u201d the Environment Agency said.",
    ])
    assert quotes["Your conduct has fallen below the standard we expect."].speaker != (
        "Jane Morris")
    assert quotes["We will reopen on Monday,"].speaker == "Nomvula Dlamuka"
    assert quotes["It is a disgrace,"].speaker == "Aoife Durham"
    assert quotes["Rivers will rise,"].speaker == "Environment Agency"


def test_review_bodies_and_offices_are_not_split_into_people() -> None:
    quotes = by_text([
        "Club sacks manager",
        "Chelsea Football Club has sacked its manager. \u201cWe thank him,\u201d Chelsea said in a"
        " statement.",
        "\u201cPrices will rise,\u201d Royal Dutch Shell said in a statement.",
        "\u201cThe minister is aware,\u201d the Principal Private Secretary said.",
    ])
    assert quotes["We thank him,"].speaker == "Chelsea Football Club"
    assert quotes["Prices will rise,"].speaker == "Royal Dutch Shell"
    assert quotes["The minister is aware,"].speaker != "Private Secretary"


def test_review_the_one_acted_on_or_spoken_of_is_not_the_epithet() -> None:
    quotes = by_text([
        "Man punched in queue",
        "Kyle Dunn, 19, punched a man in a takeaway queue in March. \u201cHe came at me for no"
        " reason,\u201d the victim said.",
        "Tom Reeve, 45, was bitten on the arm while delivering letters. \u201cI am so sorry, the"
        " dog has never done this before,\u201d the owner said.",
        "The student was expelled, said Tom Hale, a lawyer for the student.",
        "\u201cI just want to get back to my studies,\u201d the student said.",
    ])
    assert quotes["He came at me for no reason,"].speaker == "the victim"
    assert quotes["I am so sorry, the dog has never done this before,"].speaker == "the owner"
    assert quotes["I just want to get back to my studies,"].speaker == "the student"


def test_review_a_score_after_a_name_is_no_age() -> None:
    quotes = by_text([
        "Root ton",
        "England were 312-7 thanks to Joe Root, 104 not out at stumps.",
        "\u201cIt was a good day,\u201d the 33-year-old said.",
    ])
    assert quotes["It was a good day,"].speaker == "Joe Root"
