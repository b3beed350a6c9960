"""Round seventy: who an age or a pronoun goes on with."""

from __future__ import annotations

from tests.quotes_article import speaker_and_kind as _speaker


def test_the_then_age_that_opens_a_sentence_goes_on_with_its_person() -> None:
    # "the then 76-year-old" is an age as "the 76-year-old" is: the quotation after the
    # sentence it opens goes on with the person the story gave that age, not her neighbour.
    paragraphs = [
        "Helju Saarsalu, 76, a retired librarian, and her neighbour Tõnis Raudkivi had lived"
        " in the building since 1979.",
        "The flat was flooded in March. Asked what she did that night, the then 76-year-old"
        " smiled. “I carried the books upstairs first.”",
    ]
    assert _speaker(paragraphs, "I carried the books upstairs first.") == (
        "Helju Saarsalu", "name")
