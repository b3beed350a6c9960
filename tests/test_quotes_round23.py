"""Speaker rules of the twenty-third round, measured on the benches our helpers wrote
(bench/written/), corpus2 and PolNeAR. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_title_of_one_sex_before_a_shared_surname_is_the_bearer_of_that_sex() -> None:
    # Neither given name is in the Census lists; the story says who is which sex ("his
    # mother", "Her husband"), and "Mrs Kauhalalalo" is then never the husband named last.
    quotes = by_text([
        "Family speaks at inquest",
        "His mother, Losaline Kauhalalalo, read a statement to the court.",
        "Her husband, Tevita Kauhalalalo, stood beside her.",
        "Outside court, Mrs Kauhalalalo was asked what she hoped the findings would say.",
        "\u201cThat it wasn\u2019t his fault,\u201d she said.",
    ])
    assert quotes["That it wasn\u2019t his fault,"].speaker == "Losaline Kauhalalalo"


def test_she_with_no_woman_in_reach_is_the_woman_the_story_named_last() -> None:
    # Three paragraphs back there are only men (the prosecutor, the barrister); the witness
    # was named four paragraphs before, and no other woman since.
    quotes = by_text([
        "Witness tells jury of crash",
        "Bernadette Kauri, 52, told the jury she saw the van hit the cyclist.",
        "\u2018The driver had his head down,\u2019 Mrs Kauri said.",
        "Prosecutor Alan Reeve then took the witness through the morning line by line.",
        "\u2018How long did you watch the van?\u2019 he asked.",
        "\u2018Three, maybe four seconds.\u2019",
        "Under cross-examination, defence barrister Rupert Hale suggested the low sun made it"
        " impossible to see into the cab. \u2018You could not have seen his hands,\u2019 he put"
        " to her.",
        "She did not accept that. \u2018I know what I saw,\u2019 she told him.",
    ])
    assert quotes["I know what I saw,"].speaker == "Bernadette Kauri"
    assert quotes["You could not have seen his hands,"].speaker == "Rupert Hale"


def test_she_does_not_reach_back_past_someone_the_story_calls_by_a_noun_of_her_sex() -> None:
    quotes = by_text([
        "A survivalist childhood",
        "Hillary Clinton spoke in Ohio on Monday about the economy.",
        "I grew up in a paranoid household in the 1970s.",
        "My mother stocked up on freeze-dried food for the crash of the country.",
        "The bunkers never came to fruition.",
        "The paranoia remained but found other points of focus.",
        "She also told her friends on a regular basis that \u201cthe end is near.\u201d",
    ])
    assert quotes["the end is near."].speaker is None
