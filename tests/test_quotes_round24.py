"""What a post credits beside the speaker (round twenty-four): the role and the place a quotation
was given, as an editor reads them in the credit line. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_sentence_after_a_name_is_no_role_of_its_bearer() -> None:
    # nameparser lists "Her" (Her Majesty) and "His" (His Holiness) as titles; alone they are
    # determiners, and "stood beside her ..." is what he did, not who he is.
    quotes = by_text([
        "Family speaks at inquest",
        "Her husband, Sione Vake, stood beside her with his hand on her shoulder.",
        "\u201cI am a big man,\u201d he said.",
    ])
    quote = quotes["I am a big man,"]
    assert (quote.speaker, quote.role) == ("Sione Vake", None)


def test_a_document_the_sentence_denies_is_not_where_the_words_were_given() -> None:
    quotes = by_text([
        "Family speaks at inquest",
        "Her husband, Sione Vake, did not read from a statement, but he asked the coroner if he"
        " could say something.",
        "\u201cI am a big man. I have never cried in front of people.\u201d",
        "A council spokesperson who did not wish to be named said in a statement: \u201cWe will"
        " publish the review in full.\u201d",
    ])
    quote = quotes["I am a big man. I have never cried in front of people."]
    assert (quote.speaker, quote.via) == ("Sione Vake", None)
    # A negation in a clause of its own does not deny the statement the tag names.
    assert quotes["We will publish the review in full."].via == "a statement"


def test_a_long_apposition_gives_the_first_office_named() -> None:
    # Over 80 characters the apposition used to give no role at all; a second office joined
    # on with "and a ..." is left out of the credit, one office of two parts is kept whole.
    quotes = by_text([
        "Simulation of the universe",
        "\u201cWe can learn a ton by dissecting these,\u201d said Paul Orrey, associate professor"
        " of physics at the University of Westhaven and co-author of the study.",
        "\u201cIt is a generous plan,\u201d said Leonard Birman, director of the Hollis Tax"
        " Policy Center and a professor at the Maxwell School of Eastbrook University.",
        "\u201cThe trial is on course,\u201d said Ada Nwosu, the trial\u2019s lead investigator"
        " and director of the Kessing Institute for Vaccine Research.",
    ])
    assert quotes["We can learn a ton by dissecting these,"].role == (
        "associate professor of physics at the University of Westhaven and co-author of the"
        " study")
    assert quotes["It is a generous plan,"].role == "director of the Hollis Tax Policy Center"
    assert quotes["The trial is on course,"].role == (
        "trial\u2019s lead investigator and director of the Kessing Institute for Vaccine"
        " Research")


def test_a_name_keeps_the_full_stop_of_its_suffix_and_the_role_after_it() -> None:
    quotes = by_text([
        "Man pleads guilty",
        "\u201cThreats are not speech,\u201d said James P. Kenning Jr., the U.S. Attorney for"
        " the Western District of Ohio.",
        "\u201cWe are pleased,\u201d said Harold Connery Sr.",
    ])
    quote = quotes["Threats are not speech,"]
    assert (quote.speaker, quote.role) == (
        "James P. Kenning Jr.", "U.S. Attorney for the Western District of Ohio")
    assert quotes["We are pleased,"].speaker == "Harold Connery Sr."


def test_head_of_something_is_a_role() -> None:
    quotes = by_text([
        "Markets rally",
        "\u201cThe tax cut is keeping the market higher,\u201d said Ravi Oza, Head of Research"
        " at Kotak Capital.",
        "Asha Patel, head of the centrist Fiscal Policy Center, disagreed. \u201cIt will not"
        " last,\u201d she said.",
    ])
    assert quotes["The tax cut is keeping the market higher,"].role == (
        "Head of Research at Kotak Capital")
    assert quotes["It will not last,"].role == "head of the centrist Fiscal Policy Center"


def test_a_quotation_via_a_reporter_of_a_paper_is_credited_to_the_paper() -> None:
    quotes = by_text([
        "Rovers lose derby",
        "\u201cThe most important thing is we lost that game,\u201d Kai Heyman said, via Ben Batt"
        " of the Ellery Post-Gazette.",
        "\u201cTickets are selling fast,\u201d said Ann Lee, who sells them via Live Nation.",
    ])
    # (Round 25: reported by the paper, "via" it, not said "to" it.)
    assert quotes["The most important thing is we lost that game,"].via == (
        "via Ellery Post-Gazette")
    assert quotes["Tickets are selling fast,"].via is None


def test_review_an_office_of_two_parts_is_kept_and_a_time_is_no_role() -> None:
    quotes = by_text([
        "Schools to reopen",
        "\u201cEvery school will reopen on Monday,\u201d said Nora Kell, Minister for Education and"
        " the Arts, on Friday.",
        "\u201cWe were not consulted,\u201d said Jane Marsh, a week after the council first"
        " published the draft plan for the school buildings and the playing fields.",
    ])
    assert quotes["Every school will reopen on Monday,"].role == (
        "Minister for Education and the Arts")
    assert quotes["We were not consulted,"].role is None


def test_review_a_contracted_negation_denies_the_statement_too() -> None:
    quotes = by_text([
        "Inquest",
        "Tom Ellis spoke last. He didn\u2019t read from a statement, but he asked the coroner if"
        " he could say something.",
        "\u201cWe owe you the truth. We will not stop asking for it.\u201d",
    ])
    assert quotes["We owe you the truth. We will not stop asking for it."].via is None


def test_a_title_word_alone_is_the_person_named_in_full_with_it_as_surname() -> None:
    # "Dean" is a title (a college's dean); after "Harold Dean" the word alone, opening a
    # sentence, is him, and so is the "He" after it.
    quotes = by_text([
        "Axelbrook calls on Dean to apologise",
        "Mark Axelbrook on Wednesday called on Harold Dean to apologise to the governor.",
        "Dean, a medical doctor, then appeared on television on Tuesday.",
        "He then defended the remark, saying, \u201cI don\u2019t think this is a ridiculous idea."
        " Something funny was going on with the governor last night.\u201d",
    ])
    assert quotes["I don\u2019t think this is a ridiculous idea. Something funny was going on"
                  " with the governor last night."].speaker == "Harold Dean"
