"""Round forty-seven. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Fans cheer as singer announces engagement")

_FANS = [
    "Fans flooded the comments within minutes. One fan wrote: \u201cBest news all year.\u201d",
    "Another added: \u201cSo happy for them both.\u201d",
    "A third said: \u201cWishing you both the best, nobody knows what goes on at home.\u201d",
    "\u201cShe deserves every bit of it,\u201d another said.",
]


def test_an_ordinal_alone_is_one_more_of_the_people_just_quoted() -> None:
    # "A third said:" leaves the noun to the quotations before: a third fan, not "a third".
    quote = _quote(_FANS, "Wishing you both the best, nobody knows what goes on at home.")
    assert (quote.speaker, quote.speaker_kind) == ("a third fan", "description")


def test_another_after_the_quotation_is_one_more_of_them() -> None:
    # "“...,” another said": the same, with the tag after the words.
    quote = _quote(_FANS, "She deserves every bit of it,")
    assert (quote.speaker, quote.speaker_kind) == ("another fan", "description")


def test_an_ordinal_with_its_own_noun_is_that_noun() -> None:
    # ("A third resident said" names its noun; nothing is borrowed.)
    paragraphs = [*_FANS[:2],
                  "A third resident said: \u201cThe road has been closed since June.\u201d"]
    quote = _quote(paragraphs, "The road has been closed since June.")
    assert (quote.speaker, quote.speaker_kind) == ("a third resident", "description")


def test_they_for_one_unnamed_source_is_that_source() -> None:
    # Singular "they" for a source the story leaves unnamed, brought in just before.
    paragraphs = [
        "The council has said little about how the attackers got in.",
        "A council staffer, who asked not to be named, told us the IT team had raised the "
        "problem two years ago.",
        "\u201cEveryone knew it was a problem,\u201d they said.",
    ]
    quote = _quote(paragraphs, "Everyone knew it was a problem,")
    assert (quote.speaker, quote.speaker_kind) == (
        "a council staffer, who asked not to be named", "description")


def test_they_after_a_named_person_is_not_the_unnamed_source() -> None:
    # Someone named since, with no sex the story gives, may be "they": no guess.
    paragraphs = [
        "A council staffer said the IT team had raised the problem. Alex Mwangi-Ruiz agreed.",
        "\u201cEveryone knew it was a problem,\u201d they said.",
    ]
    quote = _quote(paragraphs, "Everyone knew it was a problem,")
    assert quote.speaker != "a council staffer"
