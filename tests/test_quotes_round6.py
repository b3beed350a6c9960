"""Speaker rules of the sixth round. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_pronoun_chain_skips_names_that_come_after_the_earlier_pronoun() -> None:
    quotes = by_text([
        "Harbour commissioner Daniel Ortega has chaired the board for ten years.",
        "Though the last vote went smoothly, he said, this one could draw lobbying from "
        "allies of Marcus Hale and Peter Albin.",
        "“People will remember the flood, not the levy,” he said.",
    ])
    assert quotes["People will remember the flood, not the levy,"].speaker == "Daniel Ortega"


def test_a_pronoun_in_a_subordinate_clause_does_not_chain() -> None:
    quotes = by_text([
        "The levy was first proposed by Peter Albin in the spring.",
        "Back when he ran the port, Daniel Ortega said the barrier was a luxury.",
        "“People will remember the flood, not the levy,” he said.",
    ])
    assert quotes["People will remember the flood, not the levy,"].speaker == "Daniel Ortega"


def test_a_unisex_given_name_takes_the_gender_the_story_gives() -> None:
    quotes = by_text([
        "“The barrier came too late for my street,” said shop owner Terry Vance.",
        "She said her insurance had doubled since the last flood.",
        "She continued, “We cannot wait another winter for the council.”",
    ])
    assert quotes["We cannot wait another winter for the council."].speaker == "Terry Vance"


def test_a_common_short_given_name_is_a_man_s() -> None:
    quotes = by_text([
        "“The levy is fair,” said Nick Albin, a fellow at the harbour institute.",
        "The council will vote on it after a report from Peter Marsh.",
        "“There are cheaper ways to protect the quay,” he said.",
    ])
    assert quotes["There are cheaper ways to protect the quay,"].speaker == "Nick Albin"


def test_a_name_tag_after_a_whole_clause_and_a_colon_is_the_speaker() -> None:
    quotes = by_text([
        "Mayor Rosa Delgado opened the meeting.",
        "The council will probably use the vote to make some kind of announcement, Hadley "
        "said: “I expect a surprise on the quay.”",
    ])
    assert quotes["I expect a surprise on the quay."].speaker == "Hadley"


def test_a_name_with_its_appositive_before_the_cue_is_still_the_first_name() -> None:
    quotes = by_text([
        "Tom Hadley, a councillor for the east ward since the storm of last year, "
        "said: “I expect a surprise on the quay.”",
    ])
    assert quotes["I expect a surprise on the quay."].speaker == "Tom Hadley"


def test_an_inverted_tag_at_the_start_of_a_sentence_names_the_speaker() -> None:
    quotes = by_text([
        "The levy has been opposed by councillor Tom Hadley since spring.",
        "Said Hadley: “Nobody on my street can pay for it.”",
    ])
    assert quotes["Nobody on my street can pay for it."].speaker == "Tom Hadley"


def test_a_participle_opening_a_sentence_is_no_inverted_tag() -> None:
    quotes = by_text([
        "Lamenting their luck, shop owners often say, “The river always wins.”",
    ])
    assert quotes["The river always wins."].speaker is None


def test_a_tag_after_the_writer_s_words_that_follow_a_partial_quote() -> None:
    quotes = by_text([
        "“I admire the engineering” of the barrier plan, Mr. Hadley said. “But I doubt the "
        "council can pay for it.”",
    ])
    assert quotes["I admire the engineering"].speaker == "Hadley"
    assert quotes["But I doubt the council can pay for it."].speaker == "Hadley"


def test_an_appositive_tag_after_a_quote_still_gives_the_first_name() -> None:
    quotes = by_text([
        "“The levy is fair,” Mayor Rosa Delgado, a former engineer, said.",
    ])
    assert quotes["The levy is fair,"].speaker == "Rosa Delgado"


def test_a_stance_verb_partial_does_not_carry_to_the_next_quote() -> None:
    quotes = by_text([
        "Rosa Delgado called the plan “a gift to developers” at the meeting. “The quay has "
        "waited long enough.”",
    ])
    assert quotes["The quay has waited long enough."].speaker is None


def test_a_quote_after_a_sentence_ending_in_its_tag_goes_on_with_that_speaker() -> None:
    quotes = by_text([
        "The council may wait while Mayor Rosa Delgado negotiates with the port, Hadley said. "
        "“Nobody on my street can wait that long.”",
    ])
    assert quotes["Nobody on my street can wait that long."].speaker == "Hadley"


def test_a_quote_after_a_sentence_without_a_closing_tag_stays_unattributed() -> None:
    quotes = by_text([
        "Hadley said the council may wait while Mayor Rosa Delgado negotiates with the port. "
        "Residents are not so patient. “Nobody on my street can wait that long.”",
    ])
    assert quotes["Nobody on my street can wait that long."].speaker is None


def test_a_name_run_ends_where_a_sentence_ends() -> None:
    quotes = by_text([
        "“The levy is fair,” said Peter Albin, a councillor.",
        "Rep. Marcus Hale later met the Northern Harbour League. Hale answered questions "
        "afterwards.",
        "“Nobody on the quay wants another flood,” he said.",
    ])
    assert quotes["Nobody on the quay wants another flood,"].speaker == "Marcus Hale"


def test_an_abbreviation_does_not_end_a_name_run() -> None:
    quotes = by_text([
        "“The quay is ready,” said Rep. Marcus Hale, a Democrat.",
    ])
    assert quotes["The quay is ready,"].speaker == "Marcus Hale"


def test_a_lone_surname_is_the_person_the_story_named_most() -> None:
    quotes = by_text([
        "Sen. Marcus Hale endorsed the barrier on Friday. Marcus Hale had opposed it in spring.",
        "Critics once mocked a photo of his wife, Irene Hale, at the harbour.",
        "“The barrier is the right call,” Hale said.",
    ])
    assert quotes["The barrier is the right call,"].speaker == "Marcus Hale"


def test_a_verb_opening_a_sentence_is_not_part_of_a_name() -> None:
    quotes = by_text([
        "Should Mr. Hale win, the levy stays. “It will pass,” Mr. Hale said.",
    ])
    assert quotes["It will pass,"].speaker == "Hale"


def test_the_name_index_cuts_a_capitalised_run_at_a_full_stop() -> None:
    from socialkit.quotes.names import NameIndex

    body = "Rep. Marcus Hale met the Northern Harbour League. Hale answered questions."
    names = {m.entity.name for m in NameIndex(body, body).mentions}
    assert "Northern Harbour League" in names
    assert not any("League. Hale" in n for n in names)
