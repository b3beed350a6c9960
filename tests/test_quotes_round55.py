"""Round fifty-five. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Judge refuses bail in land case")


def test_a_judges_mrs_justice_before_her_surname_is_her_title() -> None:
    # After "Mrs" a title word is usually the surname ("Mr King"); "Justice" before a name is
    # the judge's style, and "Justice Dill-Tucker" was a second person.
    paragraphs = [
        "Puisne Judge Simone Dill-Tucker described the thefts as a sustained betrayal of the "
        "club that had trusted her.",
        "But Mrs Justice Dill-Tucker said the court could not overlook the sums involved. "
        "\u201cPersonal hardship may explain why a person begins,\u201d she said.",
    ]
    quote = _quote(paragraphs, "Personal hardship may explain why a person begins,")
    assert quote.speaker == "Simone Dill-Tucker"


def test_mr_justice_after_a_knight_is_the_same_judge() -> None:
    paragraphs = [
        "The judge, Sir Peter Hallam, heard the application on Tuesday.",
        "Mr Justice Hallam said the delay was not the claimant\u2019s fault. \u201cThe "
        "papers were filed on time and then lost,\u201d he said.",
    ]
    quote = _quote(paragraphs, "The papers were filed on time and then lost,")
    assert quote.speaker == "Peter Hallam"


def test_a_surname_justice_after_mr_alone_stays_a_surname() -> None:
    paragraphs = [
        "\u201cWe have waited six years for this road,\u201d Mr Justice said.",
    ]
    quote = _quote(paragraphs, "We have waited six years for this road,")
    assert quote.speaker == "Justice"


def test_a_given_name_after_an_opening_preposition_is_the_person_named_in_full() -> None:
    # "For Henok, the celebrations will continue": the comma closes the opening phrase, no
    # description sets a new Henok off, so "said Henok" is Henok Mebrahtu.
    paragraphs = [
        "Henok Mebrahtu of Halibet Cycling Club won the national road title on Sunday.",
        "\u201cI kept telling myself that the others were suffering too,\u201d said Henok, 21, "
        "who grew up in Keren.",
        "For Henok, the celebrations will continue in Keren, where his family has planned a "
        "feast.",
    ]
    quote = _quote(paragraphs, "I kept telling myself that the others were suffering too,")
    assert quote.speaker == "Henok Mebrahtu"
    # A clause after the opening phrase is no description of him either.
    assert quote.role is None


def test_a_given_name_set_off_as_a_brand_is_still_no_person() -> None:
    paragraphs = [
        "Zara Okonjo opened her first shop in the market in 2019.",
        "Zara, the Spanish high-street chain, said it had no plans to open in the city. "
        "\u201cWe are not looking at new markets this year,\u201d Zara said.",
    ]
    quote = _quote(paragraphs, "We are not looking at new markets this year,")
    assert quote.speaker != "Zara Okonjo"


def test_a_body_whose_name_has_a_combining_mark_keeps_the_whole_name() -> None:
    # "Délı̨nę": a dotless i with an ogonek has no precomposed form, so the ogonek stays a
    # combining mark after NFC, and the name had been cut at it ("Délı").
    paragraphs = [
        "The D\u00e9l\u0131\u0328n\u0119 Got\u2019\u0131\u0328n\u0119 Government said in a "
        "statement it was mourning \u201ca bridge between our people and every "
        "institution\u201d.",
    ]
    quote = _quote(paragraphs, "a bridge between our people and every institution")
    assert quote.speaker == "D\u00e9l\u0131\u0328n\u0119 Got\u2019\u0131\u0328n\u0119 Government"


def test_a_yoruba_name_with_dotted_capitals_and_tone_marks_is_whole() -> None:
    paragraphs = [
        "\u1eccl\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300 said the market had sold "
        "out by noon. \u201cWe sold everything we brought,\u201d Ad\u00e9b\u00e1y\u1ecd\u0300 "
        "said.",
    ]
    quote = _quote(paragraphs, "We sold everything we brought,")
    assert quote.speaker == "\u1eccl\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300"


def test_a_brand_set_off_after_an_opening_preposition_is_still_no_person() -> None:
    # Review finding: "For Zara, the Spanish high-street chain, ..." is a description set
    # off on both sides, so the lone word is the chain, not the Zara named in full before.
    paragraphs = [
        "Zara Okonjo opened her first shop in the market in 2019.",
        "For Zara, the Spanish high-street chain, the city is too small. \u201cWe are not "
        "looking at new markets this year,\u201d Zara said.",
    ]
    quote = _quote(paragraphs, "We are not looking at new markets this year,")
    assert quote.speaker != "Zara Okonjo"


def test_an_apposition_with_its_own_relative_clause_keeps_its_role() -> None:
    # Review finding: the "is" of "who is now retired" belongs to the apposition's own
    # clause; the apposition is still his role.
    paragraphs = [
        "For Gordon Thibodeaux, a mechanic who is now retired, the new timetable came too "
        "late. \u201cI used to drive in twice a week,\u201d he said.",
    ]
    quote = _quote(paragraphs, "I used to drive in twice a week,")
    assert (quote.speaker, quote.role) == ("Gordon Thibodeaux", "mechanic")


def test_according_to_a_given_name_and_a_clause_is_no_role() -> None:
    # Review finding: "According to " is longer than the look-back had been.
    paragraphs = [
        "Henok Tesfay finished second in the time trial on Sunday.",
        "According to Henok, the last five kilometres were the hardest of his career. "
        "\u201cMy legs were gone but the crowd kept me going,\u201d he said.",
    ]
    quote = _quote(paragraphs, "My legs were gone but the crowd kept me going,")
    assert (quote.speaker, quote.role) == ("Henok Tesfay", None)


def test_a_name_ending_in_a_combining_mark_is_not_credited_with_words_naming_it() -> None:
    # Diff-read finding: "\b" never matches after a combining mark, so the guard that keeps a
    # quotation that names someone from being theirs let "Adébáyọ̀ must go." go to him.
    paragraphs = [
        "Traders gathered outside the council offices on Monday.",
        "\u1eccl\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300, the mayor, was unpopular: "
        "\"Ad\u00e9b\u00e1y\u1ecd\u0300 must go.\"",
    ]
    quote = _quote(paragraphs, "Ad\u00e9b\u00e1y\u1ecd\u0300 must go.")
    assert quote.speaker is None


def test_an_arabic_family_name_opening_with_a_dotted_capital_joins_its_name() -> None:
    paragraphs = [
        "\"The manuscripts must stay where they were written,\" \u1e62\u0101li\u1e25 "
        "al-\u1e24ak\u012bm told the conference.",
    ]
    quote = _quote(paragraphs, "The manuscripts must stay where they were written,")
    assert quote.speaker == "\u1e62\u0101li\u1e25 al-\u1e24ak\u012bm"


def test_a_name_with_a_combining_mark_set_off_after_a_role_is_the_speaker() -> None:
    paragraphs = [
        "\"They were told in writing, twice,\" Chidi Okafor\u2019s lawyer, "
        "\u1eccl\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300, said.",
    ]
    quote = _quote(paragraphs, "They were told in writing, twice,")
    assert quote.speaker == "\u1eccl\u00e1b\u00eds\u00ed Ad\u00e9b\u00e1y\u1ecd\u0300"


def test_an_auxiliary_after_where_the_role_is_held_leaves_the_role() -> None:
    # Diff-read finding: the auxiliary was looked for past " in ", where the role is cut.
    paragraphs = [
        "For Ruth Bell, a councillor in a ward the review could abolish, the proposals came as "
        "a shock.",
        "\"I have represented these streets for eleven years,\" she said.",
    ]
    quote = _quote(paragraphs, "I have represented these streets for eleven years,")
    assert (quote.speaker, quote.role) == ("Ruth Bell", "councillor")
