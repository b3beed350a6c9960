"""Round thirty-five. Snippets written for these tests."""

from __future__ import annotations

from socialkit.quotes import extract_quotes
from socialkit.quotes.names import NameIndex
from tests.quotes_article import article_from_paragraphs


def test_a_transcript_turn_in_quotation_marks_is_one_quote_of_the_labels_speaker() -> None:
    # Read as a turn and as a marked quotation, the same words were listed twice, and the two
    # could credit two people.
    article = article_from_paragraphs([
        "Councilmember Tomasz Wierzbicki questioned the transit director, Lorraine"
        " Castellanos-Hart, before the vote.",
        "WIERZBICKI: \u201cHow many riders do you expect to lose at $2.25?\u201d",
        "CASTELLANOS-HART: \u201cOur model says between 3 and 5 percent in the first year.\u201d",
        "WIERZBICKI: \u201cAnd those are the riders who can least afford a car.\u201d",
    ], title="Council approves fare rise")
    got = [(q.text, q.speaker) for q in extract_quotes(article)]
    assert [text for text, _ in got] == [
        "How many riders do you expect to lose at $2.25?",
        "Our model says between 3 and 5 percent in the first year.",
        "And those are the riders who can least afford a car.",
    ]
    assert [speaker.split()[-1] for _, speaker in got if speaker] == [
        "Wierzbicki", "Castellanos-Hart", "Wierzbicki"]


def test_a_turn_that_holds_a_quotation_among_its_own_words_keeps_both() -> None:
    article = article_from_paragraphs([
        "Councilmember Tomasz Wierzbicki questioned the transit director, Lorraine"
        " Castellanos-Hart, before the vote.",
        "WIERZBICKI: Your own audit called the system \u201cpoorly governed\u201d. Do you"
        " accept that?",
        "CASTELLANOS-HART: I accept that it was, in 2019.",
    ], title="Council approves fare rise")
    texts = [q.text for q in extract_quotes(article)]
    assert "poorly governed" in texts
    assert any(text.startswith("Your own audit") for text in texts)


def test_councilmember_is_a_title_not_part_of_the_name() -> None:
    article = article_from_paragraphs([
        "Councilmember Priya Raghunathan voted against the rise.",
        "\u201cIt is a tax on the poor,\u201d she said.",
    ], title="Council approves fare rise")
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.role) == ("Priya Raghunathan", "Councilmember")


def test_a_name_that_which_follows_is_a_body_the_company_may_be() -> None:
    # English says "which" of a thing and "who" of a person: with no body word in its name,
    # "Marches Water" had been taken for a person, and "the company" stayed no one's.
    article = article_from_paragraphs([
        "Marches Water, which runs the Ludcombe works, has been accused of illegal spills by"
        " the Carrow Anglers Association.",
        "In a statement, the company said: \u201cOur works has operated within the conditions"
        " of its permit.\u201d",
    ], title="Sewage spills")
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.speaker_kind) == ("Marches Water", "organisation")


def test_a_word_alone_that_which_follows_stays_what_it_was() -> None:
    # A one-word name before "which" is as often a town or a power station as a firm.
    body = ("She said a leak at Mooiplaas, which Gridco had expected to repair, was worse."
            " Marches Water, which runs the works, denied it.")
    index = NameIndex(body, body)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    assert kinds["Marches Water"] == "org"
    assert kinds["Mooiplaas"] != "org"


def test_whose_words_said_before_the_quotation_as_she_put_it_or_in_her_words() -> None:
    article = article_from_paragraphs([
        "The designer Adaeze Okonkwo grew up, as she put it, \u201cunder the cutting"
        " table.\u201d",
        "The actor Grace Okoro plays a nurse who is, in her words, \u201cnot there to fix"
        " everybody else\u2019s problems.\u201d",
        "Coach Lorraine Tanaka-Brooks has trained Morales since 2013, when the sprinter was,"
        " by Tanaka-Brooks\u2019 own account, \"the most stubborn athlete I had ever met.\"",
    ], title="Profiles")
    got = {q.text: q.speaker for q in extract_quotes(article)}
    assert got == {
        "under the cutting table.": "Adaeze Okonkwo",
        "not there to fix everybody else\u2019s problems.": "Grace Okoro",
        "the most stubborn athlete I had ever met.": "Lorraine Tanaka-Brooks",
    }


def test_a_nationality_and_footballs_word_for_a_manager_name_the_manager() -> None:
    # A nationality is no team's name ("the Tuskers skipper" is no "Lions captain"), and
    # football writes "coach", "boss" and "gaffer" for the manager.
    article = article_from_paragraphs([
        "Harlow City manager Rui Valente, whose side remain 17th, saw the incident"
        " differently.",
        "\"I understand Declan is upset,\" said the Portuguese coach. \"But for me this is not"
        " a foul.\"",
    ], title="Athletic held by late equaliser")
    assert {q.speaker for q in extract_quotes(article)} == {"Rui Valente"}


def test_a_thai_police_rank_goes_before_the_given_name_alone() -> None:
    article = article_from_paragraphs([
        "Phuket police commander Pol Col Thawatchai Rattanakosol said six suspects were held.",
        "\"We will not tolerate anyone who damages the image of Phuket,\" Pol Col Thawatchai"
        " told a press conference.",
    ], title="Jet-ski scam gang held")
    (quote,) = extract_quotes(article)
    assert quote.speaker == "Thawatchai Rattanakosol"


def test_a_full_name_in_the_possessive_ends_the_name() -> None:
    # "Shona MacRae’s The Tide Table" had been one name, so "Ms MacRae" found no one.
    article = article_from_paragraphs([
        "Shona MacRae\u2019s The Tide Table premiered at the Playhouse on Wednesday.",
        "Ms MacRae, who has had three plays staged at the festival, described it as the place"
        " where she \u201clearned how to be a writer in public\u201d.",
    ], title="Festival opens")
    (quote,) = extract_quotes(article)
    assert quote.speaker == "Shona MacRae"


def test_a_body_whose_name_holds_a_possessive_keeps_it() -> None:
    body = ("The Marren County Sheriff's Office said he surrendered. Kittredge County District"
            " Attorney's Office declined to comment.")
    index = NameIndex(body, body)
    names = {m.entity.name for m in index.mentions}
    assert "Marren County Sheriff's Office" in names
    assert "Kittredge County District Attorney's Office" in names


def test_a_role_before_an_honorific_is_no_part_of_the_name() -> None:
    article = article_from_paragraphs([
        "Shona MacRae premiered her new play at the Playhouse on Wednesday.",
        "Playwright Ms MacRae, who has had three plays staged at the festival, described it as"
        " the place where she \u201clearned how to be a writer in public\u201d.",
    ], title="Festival opens")
    (quote,) = extract_quotes(article)
    assert quote.speaker == "Shona MacRae"


def test_a_noun_ending_in_ly_inside_a_description_is_no_adverb() -> None:
    article = article_from_paragraphs([
        "A former supply chain clerk says bid scores were \u201ccooked\u201d to favour a"
        " connected company.",
        "The company quickly denied the tender was \u201crigged\u201d.",
    ], title="Tender row")
    got = {q.text: q.speaker for q in extract_quotes(article)}
    assert got["cooked"] == "a former supply chain clerk"
    assert got["rigged"] == "the company"


def test_the_judge_is_the_justice_the_story_named() -> None:
    article = article_from_paragraphs([
        "Justice Rebecca Ellis told Thackeray his actions had been \"senseless\".",
        "\"You did not intend to kill Mr Te Awa. I accept that,\" the judge said.",
    ], title="Man jailed for one-punch attack")
    assert {q.speaker for q in extract_quotes(article)} == {"Rebecca Ellis"}


def test_a_language_named_after_in_is_no_one() -> None:
    body = ("Etxeberria, for his part, was diplomatic. Speaking in Spanish, the 27-year-old said"
            " he had been forced to stop pedalling.")
    index = NameIndex(body, body)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    assert kinds["Spanish"] != "person"


def test_the_taoiseach_is_a_title() -> None:
    article = article_from_paragraphs([
        "The Taoiseach, Fergal \u00d3 Murch\u00fa, described him on social media as \u201ca giant"
        " of Irish music\u201d.",
    ], title="Declan Mulcahy dies aged 73")
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.role) == ("Fergal \u00d3 Murch\u00fa", "Taoiseach")


def test_a_body_named_for_a_place_is_whole() -> None:
    article = article_from_paragraphs([
        "In a statement, Transport for London said: \u201cWe are sorry to customers whose"
        " journeys are disrupted.\u201d",
    ], title="Tube strike")
    (quote,) = extract_quotes(article)
    assert (quote.speaker, quote.speaker_kind) == ("Transport for London", "organisation")


def test_review_pol_is_a_title_only_before_a_rank() -> None:
    article = article_from_paragraphs([
        "Aleix Espargar\u00f3 announced his retirement on Thursday.",
        "\u201cHe has been my hero since we were kids,\u201d said Pol Espargar\u00f3.",
    ], title="Espargar\u00f3 retires")
    got = {q.text: q.speaker for q in extract_quotes(article)}
    assert got["He has been my hero since we were kids,"] == "Pol Espargar\u00f3"


def test_review_the_coach_is_whoever_the_story_calls_coach_not_a_manager() -> None:
    article = article_from_paragraphs([
        "Jets head coach Robert Saleh and general manager Joe Douglas faced reporters.",
        "\u201cWe were not good enough,\u201d the coach said.",
    ], title="Jets review the season")
    assert {q.speaker for q in extract_quotes(article)} == {"Robert Saleh"}


def test_review_a_nationality_with_two_managers_in_the_story_names_neither() -> None:
    article = article_from_paragraphs([
        "Harlow City manager Rui Valente was left to rue a missed penalty.",
        "Barnfield United manager Dieter Krauss praised his goalkeeper.",
        "\"It is the same story every week with the referees,\" the Portuguese coach said.",
    ], title="Krauss relishes derby win")
    assert {q.speaker for q in extract_quotes(article)} == {"the Portuguese coach"}


def test_review_a_role_after_the_possessive_is_someone_of_theirs() -> None:
    article = article_from_paragraphs([
        "Anton Du Beke\u2019s Strictly Partner Nancy Xu said she was \u201cthrilled\u201d.",
    ], title="Strictly line-up")
    (quote,) = extract_quotes(article)
    assert quote.speaker != "Anton Du Beke"


def test_review_which_after_a_works_author_is_the_work() -> None:
    body = "A column by Fintan O'Toole, which ran on Saturday, drew hundreds of letters."
    index = NameIndex(body, body)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    assert kinds["Fintan O'Toole"] == "person"


def test_review_an_adverb_before_an_irregular_verb() -> None:
    article = article_from_paragraphs([
        "The union called the pay offer \u201can insult\u201d.",
        "The company swiftly hit back, saying: \u201cThis is a fair and generous offer.\u201d",
    ], title="Pay row")
    got = {q.text: q.speaker for q in extract_quotes(article)}
    assert got["This is a fair and generous offer."] == "the company"
