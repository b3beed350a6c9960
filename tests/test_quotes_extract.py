"""Finding quotations: marks of every convention, pieces, paragraphs, apostrophes, kind."""

from __future__ import annotations

import pytest

from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs, fixture


def texts(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(article_from_paragraphs(list(paragraphs)))]


@pytest.mark.parametrize("para", [
    '"The bridge opens in May," the engineer said.',
    "“The bridge opens in May,” the engineer said.",
    "« The bridge opens in May, » the engineer said.",
    "„The bridge opens in May,“ the engineer said.",
])
def test_double_marks_of_each_convention(para: str) -> None:
    assert texts(para) == [("The bridge opens in May,", "full")]


def test_curly_single_marks_when_the_story_uses_them_for_speech() -> None:
    quotes = extract_quotes(fixture("british.txt"))
    assert [q.text for q in quotes] == [
        "We let our passengers down, and I am sorry for that.",
        "The engines are fixed now, and the timetable will be back to normal by Monday.",
    ]


def test_single_marks_inside_double_marks_stay_part_of_the_quote() -> None:
    assert texts("“I hate the ‘late style’ label,” she said.") == [
        ("I hate the ‘late style’ label,", "full")]


def test_interrupted_quote_is_one_quote_in_pieces() -> None:
    article = article_from_paragraphs(
        ["“I support the plan,” Larsen said, “but not at any price.”"])
    [quote] = extract_quotes(article)
    assert quote.text == "I support the plan, but not at any price."
    assert [article.body[s:e] for s, e in quote.spans] == ["I support the plan,",
                                                            "but not at any price."]
    assert (quote.start, quote.end) == (quote.spans[0][0], quote.spans[1][1])


def test_quote_running_over_paragraphs() -> None:
    article = article_from_paragraphs([
        "“We start in April,” she said. “The first stones go in at the north pier.",
        "“After that it depends on the tides.",
        "“Nobody can promise the sea anything.”",
        "The council meets again in March.",
    ])
    quotes = extract_quotes(article)
    # The first piece, its attribution, then the piece that runs on: one quote in four pieces.
    assert [q.text for q in quotes] == [
        ("We start in April, The first stones go in at the north pier. After that it depends "
         "on the tides. Nobody can promise the sea anything."),
    ]
    assert [article.body[s:e] for s, e in quotes[0].spans] == [
        "We start in April,", "The first stones go in at the north pier.",
        "After that it depends on the tides.", "Nobody can promise the sea anything."]


@pytest.mark.parametrize("para", [
    "The clients’ lawyers don’t agree, and the ’90s rules still apply.",
    "Rock ’n’ roll was what they called it in ’56, said the owner.",
    "The players' union didn't comment on the '90s contracts.",
])
def test_apostrophes_are_not_quote_marks(para: str) -> None:
    assert texts(para, "“This is a real quote,” he said.") == [("This is a real quote,", "full")]


def test_a_stray_mark_costs_at_most_its_paragraph() -> None:
    found = texts(
        "“We will win,” she said.",
        "The 6-foot-2\" forward, she said, “was unstoppable and he knew it,” adding nothing.",
        "He said “the deal is done and I am glad.",
        "“The vote is on Friday,” Okafor said.",
    )
    assert ("We will win,", "full") in found
    assert ("The vote is on Friday,", "full") in found


def test_full_and_partial_kinds() -> None:
    found = dict(texts(
        'The fund is run by a "mighty team of women lawyers" in the city.',
        '"We are thrilled with the result," the director said.',
        "She called the plan “a disgrace” and left.",
        "He said: “It will not happen.”",
    ))
    assert found == {
        "mighty team of women lawyers": "partial",
        "We are thrilled with the result,": "full",
        "a disgrace": "partial",
        "It will not happen.": "full",
    }


def test_titles_nicknames_are_not_quotations() -> None:
    found = texts(
        "Lee “Faker” Sang-hyeok won again, and Mark \"Sticks\" Marlowe played the piano.",
        "Her canvas “Salt and Iron” hangs next to the film “The Long Quiet Harbour.”",
        "She sang Springsteen’s “American Skin” twice.",
    )
    assert found == []


def test_scare_quotes_are_never_full() -> None:
    found = texts("The so-called “reform” left the “experts” unimpressed.")
    assert all(kind == "partial" for _, kind in found)


def test_fixture_story_in_body_order() -> None:
    quotes = extract_quotes(fixture("gallery.txt"))
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert all("Salt and Iron" not in q.text and q.text != "Sticks" for q in quotes)


@pytest.mark.parametrize("attribution", [
    "Harbour Commissioner Elena Varga said after the board meeting.",
    "she told the Island Courier.",
    "Okoye said,",
    "said Rep. Dev Okoye (D-N.Y.).",
])
def test_quote_interrupted_by_a_whole_attribution_sentence(attribution: str) -> None:
    article = article_from_paragraphs([
        "Elena Varga chairs the board.", f"“We cannot run five boats,” {attribution} “Not now.”"])
    [quote] = extract_quotes(article)
    assert quote.text == "We cannot run five boats, Not now."
    assert [article.body[s:e] for s, e in quote.spans] == ["We cannot run five boats,", "Not now."]


def test_two_sentences_between_quotes_keep_them_apart() -> None:
    assert texts("“We cannot run five boats,” Varga said. The board agreed. “Not now.”") == [
        ("We cannot run five boats,", "full"), ("Not now.", "full")]


def test_interrupted_quote_that_runs_on_is_one_quote() -> None:
    quotes = extract_quotes(fixture("ferry.txt"))
    [quote] = [q for q in quotes if q.text.startswith("Nobody on this island")]
    assert len(quote.spans) == 3
    assert quote.text.endswith("said no twice. We have to find the money somewhere else.")


def test_curly_single_marks_for_speech_in_a_double_mark_story() -> None:
    quotes = extract_quotes(fixture("ferry.txt"))
    [single] = [q for q in quotes if q.text.startswith("We used to have")]
    assert single.text == ("We used to have queues out the door in the ’90s, and now we won’t "
                           "see anyone after four,")
    assert single.kind == "full"


@pytest.mark.parametrize("para", [
    "The clients’ buses stopped coming in the ’90s, and they won’t be back.",
    "She called it a ‘temporary’ cut.",
    "‘Temporary’ is the word the board used.",
])
def test_single_marks_in_a_double_mark_story_are_not_speech(para: str) -> None:
    assert texts("“We cannot run five boats,” she said.", para) == [
        ("We cannot run five boats,", "full")]


def test_markup_attributes_are_not_quotes() -> None:
    assert texts('<embed author="harbourwatch" id="5521">', "“The wall holds,” she said.") == [
        ("The wall holds,", "full")]


def test_quoted_transcript_splits_at_each_speaker_label() -> None:
    article = article_from_paragraphs([
        "Mayor Dana Okafor spoke to host Lee Brandt of the Quay Gazette's podcast.",
        '"BRANDT: Will the wall be ready by winter?',
        '"(CROSSTALK.)',
        '"OKAFOR: It will. The first stones go in next week.',
        '"And the council has the money."',
    ])
    quotes = extract_quotes(article)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Will the wall be ready by winter?", "Lee Brandt"),
        ("It will. The first stones go in next week. And the council has the money.",
         "Dana Okafor"),
    ]
