"""Round eighty-five: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes.names import NameIndex
from socialkit.quotes.people import is_role_word
from tests.quotes_article import opening_speaker_and_kind as _speaker
from tests.quotes_article import reported_speakers


def test_a_name_after_among_and_its_verb_is_brought_on_stage() -> None:
    # "Among the fun runners was ... Ian Sackett, who ...": the name is the sentence's subject,
    # put after its verb, so "he" is him, not the runner quoted before.
    paragraphs = [
        "Corporal Lewis Grant finished second. \u201cThat was nothing like London,\u201d the "
        "31-year-old said.",
        "Among the fun runners was 71-year-old Stanley resident Ian Sackett, who completed the "
        "10km dressed as a king penguin. Asked why, he said simply: \"Because nobody else "
        "would.\"",
    ]
    assert _speaker(paragraphs, "Because nobody") == ("Ian Sackett", "name")


def test_an_age_said_in_a_sentence_of_its_own_is_the_last_named_of_that_sex() -> None:
    # "She was 91." gives the singer an age, so "the 84-year-old" is the one other person in
    # reach, her accompanist, not two people to choose between.
    paragraphs = [
        "Amparo Salcedo-Leaño, the soprano who carried the kundiman to a generation, died on "
        "Saturday at her home in Quezon City. She was 91.",
        "Her longtime accompanist, pianist Ernesto Villanueva, said the omission hurt her "
        "admirers far more than it hurt her.",
        "Villanueva first met her at the conservatory. He remembers that she insisted on "
        "rehearsing every night of every tour.",
        "\u201cShe was never bitter about it,\u201d the 84-year-old said.",
    ]
    assert _speaker(paragraphs, "She was never") == ("Ernesto Villanueva", "name")


def test_a_fellowship_is_a_body_its_short_form_speaks_for() -> None:
    # "his influence" after it once made the fellowship a man; a fellowship is a body, and
    # "the fellowship said" is it.
    paragraphs = [
        "The North Omaha Clergy Fellowship, which he helped found in 1974, said in a statement "
        "Saturday that his influence on local pulpits was hard to overstate.",
        "\u201cPastor Whitlow taught a generation of us how to preach,\u201d the fellowship "
        "said.",
    ]
    assert _speaker(paragraphs, "Pastor Whitlow taught") == (
        "North Omaha Clergy Fellowship", "organisation")


def test_a_place_and_a_title_before_a_surname_are_no_given_and_middle_name() -> None:
    # (Review, round eighty-five: reading "Dean" between a given name and a surname as a
    # middle name made "Emory Dean Gupta" one man; it was dropped.)
    assert _speaker(["\u201cOur students deserve better,\u201d Emory Dean Gupta said."],
                    "Our students") == ("Gupta", "name")

def test_words_recalled_as_told_before_the_game_are_the_tellers_parents() -> None:
    # "told me before the game, ‘...’": a phrase of when between the verb and the mark once
    # hid the speech verb, and the father's words went to his daughter.
    paragraphs = [
        "\"My dad told me before the game, 'Let your sister run it,' so I did,\" Kenzie "
        "Schaaf said.",
        "Their father, Jason Schaaf, coached both girls in youth leagues.",
    ]
    assert reported_speakers(paragraphs) == {"Let your sister run it,": "Jason Schaaf"}


def test_rear_is_no_role_of_its_own_but_rear_admiral_is_a_title() -> None:
    # nameparser lists "Rear" for "Rear Admiral"; alone it is a wheel's or a door's, and "a new
    # rear wheel" had been taken for a person a quotation inside a quotation spoke of.
    assert not is_role_word("rear")
    body = "Rear Admiral Kwame Mensah said the navy would help."
    assert [m.entity.name for m in NameIndex(body, body).mentions] == ["Kwame Mensah"]


def test_someone_unnamed_who_only_acts_is_not_given_the_words_after() -> None:
    # (Review, round eighty-five: a rule that gave an untagged quotation to someone new who
    # did something gave the witnesses' words to the gunman; it was dropped.)
    paragraphs = [
        "A gunman walked into the Harbour Bar shortly after 11pm and opened fire. \"We heard "
        "the shots and hid under the tables.\"",
    ]
    assert _speaker(paragraphs, "We heard the shots") == (None, None)

def test_someone_new_who_was_harmed_does_not_speak_next() -> None:
    # What befell them is no act of their own: the words after are a witness's, unknown.
    paragraphs = [
        "A 34-year-old man was stabbed outside a bar on Friday night. \"We heard screaming "
        "and ran outside.\"",
    ]
    assert _speaker(paragraphs, "We heard") == (None, None)


def test_a_pronoun_set_off_before_the_cue_is_its_subject_over_a_phrase_of_time() -> None:
    # "sent a few hours later" held the first noun phrase, "a few hours", which no one is.
    paragraphs = [
        "When Huw Thomas confronted her, Carys Pritchard sent him a string of text messages. "
        "In one she wrote: \"I never touched a penny.\"",
        "In another, sent a few hours later, she said: \"Please don't go to the police.\"",
    ]
    assert _speaker(paragraphs, "Please don't") == ("Carys Pritchard", "name")


# Guards from the round's review: each gave the words to the wrong person before the mend.
def test_a_name_inside_a_phrase_after_among_is_not_brought_on_stage() -> None:
    for among in ("Among the documents seized was a letter from businessman Peter Osei, who "
                  "has not been charged.",
                  "Among those honoured was the late Bill Tapsell, who died in March."):
        paragraphs = [
            "Prosecutor Daniel Kerr told the jury the search had lasted six hours. \u201cThe "
            "officers took away boxes of papers,\u201d he said.",
            f"{among} \u201cYou will see that in due course,\u201d he said.",
        ]
        assert _speaker(paragraphs, "You will see") == ("Daniel Kerr", "name")


def test_an_age_said_alone_is_not_given_when_two_of_that_sex_are_named_or_it_is_past() -> None:
    accused = [
        "Victor Salas was charged on Tuesday with the murder of Aaron Pike. He was 34.",
        "\u201cI did not kill anyone,\u201d the 34-year-old shouted from the dock.",
    ]
    assert _speaker(accused, "I did not kill") == ("the 34-year-old", "description")
    past = [
        "Dale Pruitt opened his first restaurant on Sunset Road in 1979. He was 24.",
        "Now, after 45 years and six restaurants, he is handing the business to his daughter. "
        "\u201cIt's time,\u201d the 69-year-old said.",
    ]
    assert _speaker(past, "It's time") == ("Dale Pruitt", "name")


def test_a_set_off_pronoun_is_not_taken_when_someone_unnamed_of_that_sex_came_just_before(
) -> None:
    paragraphs = [
        "Inspector Maria Lowe said the woman had left a note for her husband. In the note, "
        "found on the table, she said: \u201cI can't do this any more.\u201d",
    ]
    assert _speaker(paragraphs, "I can't do this") == (None, None)
