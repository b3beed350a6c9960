"""Round ninety-one: the shared sex words, and attribution repairs found on the round's read
set."""

from __future__ import annotations

from socialkit.quotes.lexicon import (
    FEMALE_WORDS,
    MALE_WORDS,
    any_word_in,
    other_sex_words,
    sex_words,
)


def test_sex_words_answer_a_pronoun_or_a_sex_and_nothing_for_they() -> None:
    assert sex_words("she") is FEMALE_WORDS and sex_words("f") is FEMALE_WORDS
    assert sex_words("he") is MALE_WORDS and sex_words("m") is MALE_WORDS
    assert sex_words("they") == frozenset() and sex_words("") == frozenset()


def test_other_sex_words_are_the_other_list_and_none_for_they() -> None:
    assert other_sex_words("she") is MALE_WORDS and other_sex_words("m") is FEMALE_WORDS
    assert other_sex_words("they") == frozenset()


def test_any_word_in_takes_hyphenated_words_apart_and_ignores_case() -> None:
    # "A mother-of-two" says a woman; "Motherwell" (one word) says nothing.
    assert any_word_in("A mother-of-two from Leith", FEMALE_WORDS)
    assert not any_word_in("A Motherwell supporter", FEMALE_WORDS)
    assert any_word_in("The Grandfather", MALE_WORDS)
    assert not any_word_in("a nurse", FEMALE_WORDS | MALE_WORDS)
