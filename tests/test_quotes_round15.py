"""Speaker rules of the fifteenth round: transcripts printed without quote marks. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text

_INTERVIEW = [
    "Harbour mayor Leonie Fairweather defended the ferry contract on Tuesday in an interview "
    "with presenter Owen Castellan of Radio Harbour.",
    "The following is an edited transcript.",
    "OWEN CASTELLAN: Mayor, the auditor says the contract was \u201cbadly run\u201d. Was it?",
    "FAIRWEATHER: (sighs) No. It was run the way every contract here is run.",
    "READ MORE: Ferry contract audit finds \u201csystemic\u201d gaps",
    "CASTELLAN: That is not a defence.",
    "FAIRWEATHER: It is the truth, Owen.",
]


def test_a_transcripts_turns_are_its_labels_words() -> None:
    quotes = by_text(_INTERVIEW)
    assert quotes["Mayor, the auditor says the contract was \u201cbadly run\u201d. Was it?"
                  ].speaker == "Owen Castellan"
    # The stage direction is no one's words; the surname label is the mayor.
    turn = quotes["No. It was run the way every contract here is run."]
    assert (turn.speaker, turn.speaker_kind, turn.kind) == ("Leonie Fairweather", "name", "full")
    assert quotes["That is not a defence."].speaker == "Owen Castellan"
    assert quotes["It is the truth, Owen."].speaker == "Leonie Fairweather"
    # A rubric in capitals names no one the story names: not a turn.
    assert not any(text.startswith("Ferry contract audit") for text in quotes)


def test_a_quotation_inside_a_turn_is_not_the_turn_speakers_own() -> None:
    # "badly run" is the auditor's phrase that the presenter quotes: never the presenter's.
    assert by_text(_INTERVIEW)["badly run"].speaker != "Owen Castellan"


def test_one_capitalised_label_is_a_dateline_or_kicker_not_a_transcript() -> None:
    quotes = by_text([
        "PORT ELLERY: The council voted on Tuesday to close the Ellery bridge.",
        "\u201cWe had no choice,\u201d said council leader Dana Port.",
    ])
    assert list(quotes) == ["We had no choice,"]
