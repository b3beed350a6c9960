"""Speaker rules of the fourth round: a person brought on stage after the last quotation takes
the next "he"/"she", a role between an organisation and a name ("MSNBC host Chris Matthews"),
a possessive description is not its possessor, and a quote-only paragraph goes on with the
previous paragraph's speaker. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_subject_of_a_new_sentence_takes_the_next_he() -> None:
    quotes = by_text([
        "“The levy is a tax on people who already pay too much,” said Peter Albin, a "
        "councillor from the east ward.",
        "Sen. Marcus Hale said he did not expect the vote to change much in the autumn.",
        "“People will remember the flood, not the levy,” he said.",
    ])
    assert quotes["People will remember the flood, not the levy,"].speaker == "Marcus Hale"


def test_appositive_introduction_takes_the_next_he_even_as_an_object() -> None:
    quotes = by_text([
        "“We were ready for a bigger storm,” said Peter Albin, a councillor.",
        "The delay worries Tomas Ferreira, president of the Harbour Fishermen’s Guild.",
        "“Every week without the barrier costs us boats,” he said.",
    ])
    assert quotes["Every week without the barrier costs us boats,"].speaker == "Tomas Ferreira"


def test_inverted_cue_introduction_takes_the_next_he() -> None:
    quotes = by_text([
        "“We were ready for a bigger storm,” said Peter Albin, a councillor.",
        "The barrier will not be finished before winter, noted Tomas Ferreira.",
        "“The steel arrives in March at the earliest,” he wrote.",
    ])
    assert quotes["The steel arrives in March at the earliest,"].speaker == "Tomas Ferreira"


def test_possessive_or_object_mention_leaves_the_quoted_man_speaking() -> None:
    # Negative case: Hale is named after Albin's quote, but only as a possessive and as the
    # object of "said", so "he" stays with the man the story is quoting.
    quotes = by_text([
        "“We were ready for a bigger storm,” said Peter Albin, a councillor.",
        "Albin said Hale’s plan would come too late for the fishermen.",
        "“It is a plan for the next decade, not this winter,” he said.",
    ])
    assert quotes["It is a plan for the next decade, not this winter,"].speaker == "Peter Albin"


def test_role_between_organisation_and_name_gives_the_person() -> None:
    quotes = by_text([
        "“The mayor won the night,” said Harbour Radio host Lena Marsh.",
        "“I thought the council looked tired,” said Northgate Marine engineer Tomas Ferreira.",
    ])
    assert quotes["The mayor won the night,"].speaker == "Lena Marsh"
    assert quotes["I thought the council looked tired,"].speaker == "Tomas Ferreira"


def test_two_parties_joined_by_a_word_are_not_a_role_and_its_holder() -> None:
    # Negative case: "and" between two names makes them two people, not a role.
    quotes = by_text([
        "Lena Marsh met the engineers on Friday.",
        "“We will not wait another year,” said Lena Marsh and Tomas Ferreira in a joint note.",
    ])
    assert quotes["We will not wait another year,"].speaker != "Tomas Ferreira"


def test_possessive_description_is_not_its_possessor() -> None:
    quotes = by_text([
        "Mayor Dana Okafor defended the levy on Tuesday.",
        "“The numbers were never hidden,” Okafor’s former budget adviser said on Wednesday.",
    ])
    # Not Okafor: the story's description of someone of hers (round twelve; None before).
    assert quotes["The numbers were never hidden,"].speaker == "Okafor’s former budget adviser"
    assert quotes["The numbers were never hidden,"].speaker_kind == "description"


def test_possessive_document_speaks_for_its_author() -> None:
    quotes = by_text([
        "Mayor Dana Okafor answered the complaint in court.",
        "“The levy is lawful in every respect,” Dana Okafor’s brief said.",
    ])
    assert quotes["The levy is lawful in every respect,"].speaker == "Dana Okafor"


def test_quote_only_paragraph_goes_on_with_the_previous_speaker() -> None:
    quotes = by_text([
        "Maria Delgado, the harbourmaster, spoke after the vote.",
        "“We lost two boats in March,” Delgado said. She has run the harbour since 2019.",
        "“I do not want to count boats again next spring.”",
    ])
    assert quotes["I do not want to count boats again next spring."].speaker == "Maria Delgado"


def test_quote_only_paragraph_after_someone_new_stays_unattributed() -> None:
    # Negative case: another person is named after Delgado's quote, so the next bare quote
    # could be either of them and is left without a speaker.
    quotes = by_text([
        "Maria Delgado, the harbourmaster, spoke after the vote.",
        "“We lost two boats in March,” Delgado said. Councillor Tom Hadley disagreed.",
        "“I do not want to count boats again next spring.”",
    ])
    assert quotes["I do not want to count boats again next spring."].speaker is None


def test_tag_after_a_question_mark_is_the_quotes_own_cue() -> None:
    quotes = by_text([
        "Councillor Tom Hadley asked about the barrier’s cost on behalf of Priya Raman.",
        "“How many more winters do we wait?” Maria Delgado said. “The water will not.”",
    ])
    assert quotes["How many more winters do we wait?"].speaker == "Maria Delgado"
    assert quotes["The water will not."].speaker == "Maria Delgado"


def test_sentence_after_a_question_mark_without_a_tag_is_not_a_cue() -> None:
    # Negative case: the sentence after the question is the writer's own, naming someone who
    # did not ask it; its verb is no cue, so the question keeps no speaker from it.
    quotes = by_text([
        "The hearing opened at nine.",
        "“Who pays for the barrier?” Hadley’s question went unanswered for an hour.",
    ])
    assert quotes["Who pays for the barrier?"].speaker != "Tom Hadley"


def test_participle_cue_credits_the_subject_not_an_object_before_it() -> None:
    quotes = by_text([
        "Mayor Dana Okafor answered a Harbour Guild fisherman on Friday by saying the delay "
        "was “the price of doing it once and doing it right.”",
    ])
    assert quotes["the price of doing it once and doing it right."].speaker == "Dana Okafor"


def test_participle_right_after_a_name_is_that_persons() -> None:
    # Negative case for the rule above: "footage of Tom Hadley asking" names the asker right
    # before the participle, so the subject of the sentence (the video) does not take it.
    quotes = by_text([
        "Councillor Tom Hadley opposed the levy all year.",
        "The campaign video shows footage of Tom Hadley asking, “Who will pay for this?”",
    ])
    assert quotes["Who will pay for this?"].speaker == "Tom Hadley"


def test_participle_after_an_unnamed_subject_names_no_one() -> None:
    # Negative case: the subject ("several fishing crews") is no one the story names, and the
    # first name in the sentence is the object, so the participle's quote has no speaker.
    quotes = by_text([
        "Mayor Dana Okafor signed the order in May.",
        "In June, several fishing crews granted Dana Okafor a month's delay, saying the "
        "harbour was “too crowded for a building site.”",
    ])
    assert quotes["too crowded for a building site."].speaker is None
