"""Round forty. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Hospital's first robotic transplant")


def test_a_lone_quotation_goes_on_from_a_tag_with_a_titled_name() -> None:
    # The tag's "Dr." is no sentence end: the paragraph closes with the tag, so the
    # untagged paragraph after it is the same speaker's.
    paragraphs = [
        "The transplant took four hours on Sunday.",
        "\u201cThe whole team went quiet for a second,\u201d said Dr. Rami Haddadin, head of"
        " the hospital's robotic surgery programme.",
        "\u201cThis is not about the machine. The machine is a tool.\u201d",
    ]
    quote = _quote(paragraphs, "This is not about the machine. The machine is a tool.")
    assert (quote.speaker, quote.speaker_kind) == ("Rami Haddadin", "name")


def test_a_lone_quotation_after_a_tag_and_another_sentence_is_not_carried() -> None:
    paragraphs = [
        "\u201cThe whole team went quiet for a second,\u201d said Dr. Rami Haddadin. The donor,"
        " Salma Qasem, is 31.",
        "\u201cThis is not about the machine.\u201d",
    ]
    quote = _quote(paragraphs, "This is not about the machine.")
    assert quote.speaker != "Rami Haddadin"


def test_the_agency_is_the_talent_company_named_before() -> None:
    paragraphs = [
        "Seoul pop group LUMEN will pause all activities, Haneul Entertainment said on Monday.",
        "\u201cThe health of the artists must come before any schedule,\u201d the agency said.",
    ]
    quote = _quote(paragraphs, "The health of the artists must come before any schedule,")
    assert (quote.speaker, quote.speaker_kind) == ("Haneul Entertainment", "organisation")


def test_the_agency_is_no_record_label() -> None:
    # A label is a company but no agency: with no public body named, the story's words.
    paragraphs = [
        "Seoul pop group LUMEN will pause all activities, Haneul Records said on Monday.",
        "\u201cThe health of the artists must come before any schedule,\u201d the agency said.",
    ]
    quote = _quote(paragraphs, "The health of the artists must come before any schedule,")
    assert quote.speaker != "Haneul Records"
