"""Round eighty-five: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


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
