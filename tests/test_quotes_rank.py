"""Ranking: full first-person statements by central people first; parts explain the score."""

from __future__ import annotations

from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.rank import WEIGHTS
from tests.quotes_article import article_from_paragraphs, fixture


def test_full_statement_by_central_person_beats_fragment_and_minor_figure() -> None:
    article = article_from_paragraphs([
        "Mayor Dana Okafor opened the new sea wall on Tuesday. Okafor has backed it for years.",
        "A resident, Joe Pike, called it a “concrete blanket” on the radio.",
        "“It works,” Pike said.",
        ("“I promised this town a wall that would hold, and today we can all see that it does,” "
        "Okafor said."),
    ])
    ranked = rank_quotes(extract_quotes(article), article)
    assert [q.text[:10] for q in ranked] == ["I promised", "It works,", "concrete b"]


def test_score_parts_explain_the_score() -> None:
    article = fixture("harbour.txt")
    for quote in rank_quotes(extract_quotes(article), article):
        parts = dict(quote.score_parts)
        assert set(parts) == set(WEIGHTS)
        assert all(0.0 <= v <= 1.0 for v in parts.values())
        expected = sum(WEIGHTS[k] * v for k, v in parts.items()) / sum(WEIGHTS.values())
        assert abs(quote.score - expected) < 1e-9


def test_very_long_quotes_rank_below_card_sized_ones() -> None:
    long_text = "We will keep building, " * 30 + "and that is the end of it."
    article = article_from_paragraphs([
        "Mayor Dana Okafor spoke twice at the opening.",
        f"“{long_text}” Okafor said.",
        ("“I am proud of every worker who stood in that cold water to build this wall,” "
        "Okafor said."),
    ])
    ranked = rank_quotes(extract_quotes(article), article)
    assert ranked[0].text.startswith("I am proud")


def test_ranking_is_deterministic_and_keeps_every_quote() -> None:
    article = fixture("gallery.txt")
    quotes = extract_quotes(article)
    first = rank_quotes(quotes, article)
    assert first == rank_quotes(list(reversed(quotes)), article)
    assert sorted(q.start for q in first) == sorted(q.start for q in quotes)


def test_a_charged_statement_outranks_a_procedural_one_of_the_same_shape() -> None:
    # Both quotations after a long lead, so that their places in the story weigh alike (and
    # after the story's first quotation, a short one, so that neither is that one).
    article = article_from_paragraphs([
        "Mayor Dana Okafor spoke after the flood on Tuesday. “Stay home,” she said. "
        + "The river rose overnight, "
        "and the water reached the market square before dawn. " * 12,
        "“We are reviewing the reports and will share an update with residents next week,” "
        "Okafor said.",
        "“I am heartbroken for every family who lost a home, and I am furious it took this "
        "long,” Okafor said.",
    ])
    ranked = rank_quotes(extract_quotes(article), article)
    assert ranked[0].text.startswith("I am heartbroken")
    parts = {q.text[:5]: dict(q.score_parts)["charge"] for q in ranked}
    assert parts["I am "] > 0.5 > parts["We ar"]


def test_words_the_story_censored_go_below_every_printable_quote() -> None:
    article = article_from_paragraphs([
        "Dale Mercer pleaded guilty on Tuesday to threatening a harbour commissioner.",
        "The clerk recalled that he said, “I'll put a bullet in her (expletive) head, I swear "
        "it,” prosecutors said.",
        "“We respect the court's decision,” said his attorney, Ana Ruiz.",
        "“What the f*** is this town doing?” Mercer shouted.",
    ])
    ranked = [q.text[:12] for q in rank_quotes(extract_quotes(article), article)]
    assert ranked[0] == "We respect t"
    assert dict(rank_quotes(extract_quotes(article), article)[0].score_parts)["printable"] == 1.0
    assert sorted(ranked[1:]) == ["I'll put a b", "What the f**"]


def test_a_speakers_first_full_quotation_ranks_above_their_later_ones() -> None:
    # Okafor's second quotation stands earlier than Pike's first and is as long, as plain and
    # as central; the voice Pike brings in goes before Okafor's follow-up.
    article = article_from_paragraphs([
        "Mayor Dana Okafor and harbour master Joe Pike opened the sea wall on Tuesday. Pike"
        " has run the harbour since 2015.",
        "“We built this wall for the families on the front, and they can sleep now,” Okafor said.",
        "“We will keep the gates shut at high tide from next week, as the council planned,”"
        " Okafor said.",
        "“We have waited ten years for the front to be finished, and now it is done,” Pike said.",
    ])
    ranked = rank_quotes(extract_quotes(article), article)
    assert [(q.speaker, q.text[:12]) for q in ranked] == [
        ("Dana Okafor", "We built thi"), ("Joe Pike", "We have wait"),
        ("Dana Okafor", "We will keep")]
    assert [dict(q.score_parts)["first_voice"] for q in ranked] == [1.0, 1.0, 0.0]


def test_a_name_with_a_suffix_is_counted_by_its_surname() -> None:
    # "James P. Kenning Jr." is "Kenning" through the story: his mentions make him central.
    article = article_from_paragraphs([
        "Man pleads guilty to threats",
        "\u201cThreats are not speech. They are crimes,\u201d said James P. Kenning Jr., the U.S."
        " Attorney for the district.",
        "Kenning said the case was one of four this year. Kenning added that the office would"
        " not hesitate.",
    ])
    (quote,) = rank_quotes(extract_quotes(article), article)
    assert quote.speaker == "James P. Kenning Jr."
    assert dict(quote.score_parts)["central"] == 1.0


def test_the_headlines_own_quotation_finds_its_words_in_the_body() -> None:
    from socialkit.quotes.rank import headline_quotations

    assert headline_quotations("'We let them off the hook': Bhatnagar rues dropped chances") == [
        " we let them off the hook "]
    assert headline_quotations("O’Mahony: ‘I was nearly gone – now I’ve won them a semi’") == [
        " i was nearly gone now i've won them a semi "]
    assert headline_quotations("Fury as bus is axed: 'We'll be prisoners in our own homes'") == [
        " we'll be prisoners in our own homes "]
    # Worked into the headline's sentence, a quotation is the writer's paraphrase; one word is
    # a verdict.
    assert headline_quotations("Witness saw van driver ‘looking down at his lap’ at wheel") == []
    assert headline_quotations("‘Gutless’: Haddad erupts as Vaipulu faces ban") == []


def test_the_quotation_the_headline_sets_off_ranks_first() -> None:
    # Without the headline, Doyle's line ranks first: it comes earlier and as full and plain.
    paragraphs = [
        "Hip and knee waits in Nova Scotia grew again this year, figures show.",
        "“I used to walk the dog down to the wharf every morning, and now I watch her from the"
        " window,” said Brendan Doyle, 71, who has waited 19 months.",
        "Aoife Brennan, a surgeon, said the province kept losing theatre time. “We could not staff"
        " the recovery beds, and unless that changes this will be another lost year,” she said.",
    ]
    plain = article_from_paragraphs(paragraphs, "Hip and knee wait lists grow in Nova Scotia")
    titled = article_from_paragraphs(
        paragraphs, "‘Another lost year’: hip and knee wait lists grow in Nova Scotia")
    assert rank_quotes(extract_quotes(plain), plain)[0].speaker == "Brendan Doyle"
    first = rank_quotes(extract_quotes(titled), titled)[0]
    assert (first.speaker, dict(first.score_parts)["headline"]) == ("Aoife Brennan", 1.0)


def test_a_works_title_quoted_in_a_sentence_case_headline_is_no_statement() -> None:
    from socialkit.quotes.rank import headline_quotations

    assert headline_quotations("Interview: ‘The Bear’ star Ayo Edebiri on learning to cook") == []
    assert headline_quotations("‘The Last Good Summer’ wins at Cannes as critics swoon") == []
    # A headline in title case quotes a statement in capitals too.
    assert headline_quotations("'We Got Her!': Video Shows Dramatic Rescue of Kidnapped Girl") == [
        " we got her "]


def test_an_opening_that_points_at_the_matter_reads_whole_under_the_headline() -> None:
    # "This is ..." points at what the headline names, and counts for most of a whole
    # statement; "He ..." points at someone the card leaves out, and "And ..." goes on from
    # words it does not show.
    article = article_from_paragraphs([
        "Hoshino Systems will cut 3,200 jobs, its chief executive Kenji Arai said on Monday.",
        "“This is the most painful decision I have made in 31 years at this company,” Arai said.",
        "“He built the Kawasaki plant with his own hands, and now it closes,” Arai said.",
        "“And we will pay every worker until the end of March,” Arai said.",
        "“It was never about the money for the people who worked there,” Arai said.",
    ])
    parts = {q.text[:4]: dict(q.score_parts)["self_contained"]
             for q in rank_quotes(extract_quotes(article), article)}
    assert parts == {"This": 0.75, "He b": 0.0, "And ": 0.0, "It w": 0.75}


def test_a_named_voice_ranks_above_an_unnamed_source_saying_as_much() -> None:
    # The unnamed source speaks first, which "early" rewards; a card credits someone the
    # reader can place, so the named farmer's words go first.
    article = article_from_paragraphs([
        "Floodwater reached the eaves of three farms outside Kakata on Sunday.",
        ("One farmer, who asked not to be named, said the water came in the night. “We lost "
         "everything we planted this year, and nobody came to help us,” he said."),
        ("“We lost everything we planted this year, and the bank still wants its money,” said "
         "Korto Dolo, who farms rice on the Du River."),
    ])
    ranked = rank_quotes(extract_quotes(article), article)
    assert (ranked[0].speaker_kind, ranked[0].speaker) == ("name", "Korto Dolo")
