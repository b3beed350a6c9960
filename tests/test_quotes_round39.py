"""Round thirty-nine. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Data case opens")


def test_he_goes_on_with_a_reporting_subject_whose_sex_no_list_knows() -> None:
    # "Tobiah" and "Ekwueme" are in no list of given names; "David Pryor" is a man by his name
    # and was named two sentences before, so the pronoun used to skip back to him.
    paragraphs = [
        "David Pryor, who chairs the users' group, opened the meeting on Tuesday.",
        "Outside the courthouse, Tobiah Ekwueme said the plaintiffs had been encouraged.",
        "\u201cThey brought this case because nobody else would,\u201d he said.",
    ]
    quote = _quote(paragraphs, "They brought this case because nobody else would,")
    assert (quote.speaker, quote.speaker_kind) == ("Tobiah Ekwueme", "name")


def test_the_rule_needs_the_name_to_open_its_sentence_and_not_follow_a_preposition() -> None:
    # "Western Harrowby" is where the assistant is from, though "admitted" follows it; the
    # unsexed name is no subject, so the pronoun is left as before (the woman named above).
    paragraphs = [
        "Marta Lindgren posted a video about the bill on Monday.",
        "By Tuesday the former assistant from Western Harrowby admitted she had missed the"
        " add-ons.",
        "\u201cI was hungry and I just lost it,\u201d she said.",
    ]
    assert _quote(paragraphs, "I was hungry and I just lost it,").speaker == "Marta Lindgren"


def test_a_clause_with_a_place_and_its_county_still_reaches_the_reporting_verb() -> None:
    paragraphs = [
        "Michael Gallagher rode the winner, Sword of Dunmore, at odds of 20-1.",
        "Declan Moriarty, who trains 26 horses near Cashel, Co Tipperary, said the ground had"
        " been too soft.",
        "\u201cI thought we'd blown it at the last,\u201d he said.",
    ]
    quote = _quote(paragraphs, "I thought we'd blown it at the last,")
    assert quote.speaker == "Declan Moriarty"


def test_the_verb_may_come_before_the_unsexed_name() -> None:
    paragraphs = [
        "Peter Haddad led the expedition that found the shrimp.",
        "The animals have never been known to produce light, says co-author Tadeusz Wrobel"
        " at the Baltic Institute of Oceanology.",
        "\u201cIn a place where nothing glows, this one does,\u201d he says.",
    ]
    quote = _quote(paragraphs, "In a place where nothing glows, this one does,")
    assert quote.speaker == "Tadeusz Wrobel"


def test_a_person_of_a_law_firm_is_a_person() -> None:
    paragraphs = [
        "Tobiah Ekwueme of Ekwueme Lowe LLP, arguing for the plaintiffs, said the company's staff"
        " knew what the data was worth.",
        "\u201cThese are not people browsing for sneakers,\u201d Ekwueme said.",
    ]
    quote = _quote(paragraphs, "These are not people browsing for sneakers,")
    assert (quote.speaker, quote.speaker_kind) == ("Tobiah Ekwueme", "name")


def test_an_office_of_a_body_before_an_initialled_name_is_the_person_s_title() -> None:
    paragraphs = [
        "Earlier, Rakesh Verma, a farmer, addressed the crowd.",
        "Superintendent of Police M. Senthil Kumar said the protest had remained peaceful.",
        "\u201cWe did not use force at all,\u201d he said.",
    ]
    quote = _quote(paragraphs, "We did not use force at all,")
    assert (quote.speaker, quote.speaker_kind) == ("M. Senthil Kumar", "name")


def test_a_place_after_from_is_never_given_a_pronoun_s_words() -> None:
    # No woman is named: "she" is the unnamed assistant, and "Western Harrowby" is no one.
    paragraphs = [
        "A video about a brunch bill has been viewed three million times.",
        "By Tuesday the former assistant from Western Harrowby admitted she had missed the"
        " add-ons.",
        "\u201cI was hungry and I just lost it,\u201d she said.",
    ]
    assert _quote(paragraphs, "I was hungry and I just lost it,").speaker is None


def test_a_body_opening_its_sentence_with_an_apposition_before_said_is_named() -> None:
    # "StayLoop" and "Airbnb" open their sentences and are written nowhere else; the apposition
    # and the verb of speech after it say they are names (before, the words had no speaker).
    paragraphs = [
        "Greece will freeze new short-term rental licences in central Athens next year.",
        "StayLoop, one of the largest booking platforms operating in Greece, said in a statement"
        " that the measures \u201cwill not build a single new home\u201d.",
        "Hostfair, a booking platform, said the measures were \u201ca mistake\u201d.",
    ]
    assert _quote(paragraphs, "will not build a single new home").speaker == "StayLoop"
    assert _quote(paragraphs, "a mistake").speaker == "Hostfair"


def test_his_or_her_noun_for_people_is_the_story_s_description_when_no_owner_is_near() -> None:
    # No man is named, so whose engineer cannot be said; the story's own words are the source
    # (before, no speaker). "One of his advisers" keeps the "one of".
    paragraphs = [
        "The leader retired on lap 12 with smoke pouring from the car.",
        "His race engineer said afterwards the problem was \u201ca sensor fault\u201d.",
        "One of his advisers said the decision had been \u201cthe only safe call\u201d.",
    ]
    quote = _quote(paragraphs, "a sensor fault")
    assert (quote.speaker, quote.speaker_kind) == ("his race engineer", "description")
    assert _quote(paragraphs, "the only safe call").speaker == "one of his advisers"


def test_an_office_capitalised_after_the_is_still_the_office() -> None:
    # Some house styles write "the Judge"; before, the quotation had no speaker. Inside
    # another's reported speech ("Mr Tuilagi said the President had told") it is no tag.
    paragraphs = [
        "Tasi Amituanai appeared before Justice Leapai Toma Faleolo in the Supreme Court.",
        "Justice Faleolo described the assault as \u201ca single, senseless blow\u201d.",
        "\u201cThere was no weapon here, and I accept that,\u201d the Judge said.",
        "Mr Tuilagi said the President had told the council there would be \u201cno going"
        " back\u201d, and accused \u201csome elements in the opposition\u201d of delay.",
    ]
    assert _quote(paragraphs, "There was no weapon here, and I accept that,").speaker == (
        "Leapai Toma Faleolo")
    assert _quote(paragraphs, "some elements in the opposition").speaker == "Tuilagi"


def test_the_office_is_not_the_one_given_only_its_lesser_form() -> None:
    # Before, "the mayor" was the deputy mayor, the one person the story had named.
    paragraphs = [
        "Deputy Mayor Ann Kerr opened the new library on Saturday.",
        "\u201cWe will fix the roads next,\u201d the mayor said.",
    ]
    quote = _quote(paragraphs, "We will fix the roads next,")
    assert (quote.speaker, quote.speaker_kind) == ("the mayor", "description")


def test_review_mends_keep_the_rules_off_shapes_they_misread() -> None:
    # A possessive of her sex before the unsexed name: "she" is still the woman it is hers of.
    owned = [
        "Dr Sarah Mills led the survey of the reef this spring.",
        "Her colleague Tadeusz Wrobel said the coral had recovered faster than expected.",
        "\u201cWe did not think we would see this in our lifetimes,\u201d she said.",
    ]
    assert _quote(owned, "We did not think we would see this in our lifetimes,").speaker == (
        "Sarah Mills")
    # "One of whom" is no apposition saying what "Residents" is.
    residents = [
        "Flood water reached the first floor of the flats on Monday.",
        "Residents, one of whom asked not to be named, said the drains had been blocked for"
        " weeks.",
        "\u201cWe told the council in March,\u201d she said.",
    ]
    assert _quote(residents, "We told the council in March,").speaker != "Residents"
    # "the former president" is the former president the story named.
    former = [
        "Former president Olusegun Obasanjo arrived in Abeokuta on Sunday.",
        "\u201cThe country must hold together,\u201d the former president said.",
    ]
    assert _quote(former, "The country must hold together,").speaker == "Olusegun Obasanjo"
    # A capitalised office no one in the story holds is left as it was ("the Economist" is
    # the magazine); a bank's own initial does not start a person.
    magazine = [
        "Rates will stay high into next year.",
        "\u201cThe squeeze has barely begun,\u201d said the Economist.",
        "Bank J. Safra Sarasin said in a note that the franc was \u201covervalued\u201d.",
    ]
    assert _quote(magazine, "The squeeze has barely begun,").speaker != "the economist"
    bank = _quote(magazine, "overvalued")
    assert bank.speaker is not None and bank.speaker.startswith("Bank J.")
