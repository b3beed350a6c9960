from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from socialkit.elide import (
    ELLIPSIS,
    elisions,
    end_for_display,
    is_faithful_elision,
    join_pieces_for_display,
    nest_for_display,
    sentence_cuts,
    shorten_to_fit,
    word_cuts,
)

TEXT = "We have been lucky for a hundred years. Luck is not a plan, and it never was."


def test_sentence_cuts_come_before_word_cuts() -> None:
    candidates = list(elisions(TEXT))
    assert candidates[0] == "We have been lucky for a hundred years. " + ELLIPSIS
    assert (
        candidates[1] == "We have been lucky for a hundred years. Luck is not a plan, and it never…"
    )
    assert all(is_faithful_elision(c, TEXT) for c in candidates)


def test_shorten_to_fit_takes_the_longest_that_fits() -> None:
    assert shorten_to_fit(TEXT, lambda t: len(t) <= 100) == TEXT
    assert shorten_to_fit(TEXT, lambda t: len(t) <= 45) == candidates_sentence()
    assert shorten_to_fit(TEXT, lambda t: len(t) <= 20) == "We have been lucky…"
    assert shorten_to_fit(TEXT, lambda t: len(t) <= 2) is None


def candidates_sentence() -> str:
    return "We have been lucky for a hundred years. " + ELLIPSIS


def test_word_cut_drops_dangling_punctuation() -> None:
    cuts = word_cuts("Luck is not a plan, and it never was")
    assert "Luck is not a plan…" in cuts
    assert not any(c.endswith(",…") for c in cuts)


def test_displaced_full_stop_restored_between_sentences() -> None:
    pieces = ["We have been lucky, and luck is not a plan,", "The next surge will not wait."]
    assert join_pieces_for_display(pieces) == (
        "We have been lucky, and luck is not a plan. The next surge will not wait."
    )


def test_displaced_full_stop_restored_before_a_figure() -> None:
    # '"... purchasing vehicles," he said, adding, "2019 is just not as strong as 2018."'
    pieces = ["Buyers are purchasing vehicles,", "2019 is just not as strong as 2018."]
    assert join_pieces_for_display(pieces) == (
        "Buyers are purchasing vehicles. 2019 is just not as strong as 2018.")


def test_comma_kept_when_the_sentence_goes_on() -> None:
    assert join_pieces_for_display(["No,", "we will not."]) == "No, we will not."
    assert join_pieces_for_display(["One piece."]) == "One piece."


@given(st.lists(st.text(min_size=1), min_size=1, max_size=4))
def test_display_join_changes_at_most_commas(pieces: list[str]) -> None:
    shown = join_pieces_for_display(pieces)
    plain = " ".join(pieces)
    assert len(shown) == len(plain)
    for a, b in zip(shown, plain, strict=True):
        assert a == b or (a, b) == (".", ",")


def test_a_speech_tag_s_comma_ends_a_statement_with_a_full_stop_and_a_fragment_with_nothing(
) -> None:
    assert end_for_display("I never saw this pollution,", "full") == "I never saw this pollution."
    assert end_for_display("a lovely gesture,", "partial") == "a lovely gesture"
    assert end_for_display("Where do we go?", "full") == "Where do we go?"
    assert end_for_display("No, never.", "partial") == "No, never."


def test_a_cut_after_the_speakers_own_ellipsis_adds_none() -> None:
    text = ("The rules applied to them… We found out from the radio, and the council has still "
            "written to no family.")
    cuts = list(elisions(text))
    assert cuts[0] == "The rules applied to them…"
    assert not any("……" in c or "… …" in c for c in cuts)
    assert all(is_faithful_elision(c, text) for c in cuts)
    dots = "We waited and waited... Then the water came over the wall at six in the morning."
    assert sentence_cuts(dots)[0] == "We waited and waited..."
    assert is_faithful_elision("We waited and waited...", dots)


def test_inner_double_marks_are_shown_single_and_a_comma_before_them_goes() -> None:
    assert nest_for_display("I rang the bank, I said, “Only my employer.” I was shaking.") == (
        "I rang the bank, I said, ‘Only my employer.’ I was shaking.")
    # Unpaired or nested deeper: as the story has it.
    assert nest_for_display("He said “no and left.") == "He said “no and left."
    assert nest_for_display("A “b “c” d” e") == "A “b “c” d” e"
    said = "My first reaction was, ‘Oh no, not all of it helpful attention,’"
    assert end_for_display(said, "full") == said[:-2] + ".’"
    assert end_for_display("the players’", "partial") == "the players’"
