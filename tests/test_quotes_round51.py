"""Round fifty-one. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Lerwick crowd packs Gilbertson Park")


def test_a_described_newcomer_leading_a_paragraph_speaks_with_no_cue() -> None:
    # "summed up the afternoon" is no cue verb, but the sentence brings in the one person the
    # quotation's "he" can be: nobody is named before it in its paragraph.
    paragraphs = [
        "Whalsay coach Magnie Irvine said the decision had been \u201chard to swallow\u201d.",
        "\u201cThe pass went backwards,\u201d Irvine said.",
        "One Whalsay supporter, who had come over on the first ferry, summed up the afternoon.",
        "\u201cI have been coming to this final for 40 years,\u201d he said.",
    ]
    quote = _quote(paragraphs, "I have been coming to this final for 40 years,")
    assert (quote.speaker, quote.speaker_kind) == (
        "one Whalsay supporter, who had come over on the first ferry", "description")


def test_a_newcomer_after_a_named_speaker_in_the_paragraph_is_not_the_pronoun() -> None:
    # The paragraph is about Inkster; the receiver comes in with no cue after her.
    paragraphs = [
        "Mary Inkster lost \u00a340,000 in the scheme.",
        "Outside the court, Inkster said the sentence brought some relief. A court-appointed "
        "receiver has so far recovered about \u00a39 million for investors.",
        "\u201cSeven years is seven years,\u201d she said.",
    ]
    quote = _quote(paragraphs, "Seven years is seven years,")
    assert quote.speaker == "Mary Inkster"


def test_a_described_newcomer_of_the_other_sex_or_acted_on_is_not_the_pronoun() -> None:
    paragraphs = [
        "Police were called to the A970 at 6am.",
        "A 45-year-old woman has been charged with dangerous driving.",
        "\u201cWe are appealing for witnesses,\u201d he said.",
        "A man died at the scene.",
        "\u201cIt was horrible,\u201d she said.",
        "A local crofter was first on the scene.",
        "\u201cI heard the bang from the byre,\u201d he said.",
    ]
    assert _quote(paragraphs, "We are appealing for witnesses,").speaker is None
    assert _quote(paragraphs, "It was horrible,").speaker is None
    assert _quote(paragraphs, "I heard the bang from the byre,").speaker == "a local crofter"
