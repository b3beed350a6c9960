"""Round seventy-one: a people's word in a role, and a role opened by a team's name."""

from __future__ import annotations

import pytest

from socialkit.quotes.tag_patterns import is_demonym
from tests.quotes_article import speaker_and_kind as _speaker
from tests.quotes_article import speaker_and_role as _speaker_role


@pytest.mark.parametrize("word", ["Dutch", "French", "Danish", "Welsh", "Swedish", "Polish"])
def test_a_language_official_somewhere_is_a_peoples_word(word: str) -> None:
    # English names most peoples by their language; CLDR's list of languages (Babel) says
    # what the -ish and -ch endings alone cannot.
    assert is_demonym(word)


@pytest.mark.parametrize("word", ["Shona", "Nauru"])
def test_a_language_that_is_a_given_name_or_a_country_is_no_peoples_word(word: str) -> None:
    # As the place lists do: a given name the Census lists, a country's own name.
    assert not is_demonym(word)


@pytest.mark.parametrize("word", ["Dutchman", "Kenyan"])
def test_the_endings_still_say_a_people(word: str) -> None:
    assert is_demonym(word)


def test_a_peoples_word_before_a_title_is_part_of_the_role() -> None:
    # "Dutch captain Femke Linden": "the Dutch captain" right after is her, though the
    # sentence before is about the goalkeeper who saved her penalty.
    paragraphs = [
        "Goalkeeper Orsolya Biro made 14 saves, including a penalty from Dutch captain Femke"
        " Linden early in the fourth quarter. “I picked my corner and she was already there,”"
        " the Dutch captain said.",
    ]
    assert _speaker(paragraphs, "I picked my corner and she was already there,") == (
        "Femke Linden", "name")


def test_a_role_without_commas_before_the_reporter_still_reports() -> None:
    # "Home coach Ricardo Fonseca said ...": the role the index read for the name opens the
    # sentence, so he reports speech, and "the Portuguese coach" closing the next quotation
    # is him, not the other coach named before.
    for opening in ("Home coach", "Speaking afterwards, home coach"):
        paragraphs = [
            "Visiting coach Tom Hale blamed the pitch for the defeat.",
            f"{opening} Ricardo Fonseca said the comeback was the result of a change in"
            " attitude after the break.",
            "\"At half-time I told them to play. I am very proud of this group,\" the"
            " Portuguese coach said.",
        ]
        assert _speaker(paragraphs, "At half-time I told them to play. I am very proud of this"
                        " group,") == ("Ricardo Fonseca", "name"), opening


def test_a_teams_name_read_as_a_person_opens_the_role() -> None:
    # "Henveiru head coach Ricardo Fonseca said": "Henveiru" is a word no list knows, read as
    # someone's name; it only opens his role, and he is the one reporting speech.
    paragraphs = [
        "Farukolhu had led since the 34th minute through a header from their Brazilian striker"
        " Leandro Vasconcelos.",
        "Speaking at the post-match press conference, Henveiru head coach Ricardo Fonseca said"
        " the comeback was the result of a change in attitude after the break.",
        "\"At half-time I told them to play. I am very proud of this group,\" the Portuguese"
        " coach said.",
    ]
    assert _speaker(paragraphs, "At half-time I told them to play. I am very proud of this"
                    " group,") == ("Ricardo Fonseca", "name")


def test_an_office_with_its_portfolios_capital_set_off_before_a_name() -> None:
    # "The Health Minister, Paul Renouf," is "the minister" later, as "The housing minister,
    # Paul Renouf," already was.
    paragraphs = [
        "The Health Minister, Paul Renouf, said the plan was flawed.",
        "\"I do not doubt the sincerity of this proposition,\" the minister said.",
    ]
    assert _speaker_role(paragraphs, "I do not doubt the sincerity of this proposition,") == (
        "Paul Renouf", "Health Minister")


def test_an_office_set_off_before_a_title_and_name_is_the_role() -> None:
    # "The Housing Minister, Deputy Paul Renouf,": Jersey's members are all "Deputy"; the
    # office set off before the title says who he is, as a style ("Sir") already let it.
    paragraphs = [
        "The Housing Minister, Deputy Paul Renouf, said the plan was flawed.",
        "\"I do not doubt the sincerity of this proposition,\" the minister said.",
    ]
    assert _speaker_role(paragraphs, "I do not doubt the sincerity of this proposition,") == (
        "Paul Renouf", "Housing Minister")


def test_a_saints_name_without_a_possessive_is_a_place_not_a_person() -> None:
    # "in St Ouen": a parish named after a saint, not a second person in reach, so "the
    # 38-year-old" is the one person the story named.
    paragraphs = [
        "The letters were found in a farmhouse in St Ouen by James Bisson while he was"
        " clearing out his late great-uncle's house.",
        "Many were still tied in bundles and tucked inside a biscuit tin.",
        "\"I almost put the tin in the skip,\" the 38-year-old said.",
    ]
    assert _speaker(paragraphs, "I almost put the tin in the skip,") == ("James Bisson", "name")


def test_a_saints_name_with_a_possessive_is_left_as_the_story_says() -> None:
    # "St. Brendan’s" is the hospital; its spokesperson is credited in the story's words.
    paragraphs = [
        "A spokesperson for St. Brendan’s said the patient was kept in \"for observation\".",
    ]
    assert _speaker(paragraphs, "for observation") == (
        "a spokesperson for St. Brendan’s", "description")


def test_an_age_closing_a_quotation_after_a_reporting_sentence_is_its_reporter() -> None:
    # The uncle reports speech in the paragraph before; "the 51-year-old" closing the next
    # quotation is him, not his sister-in-law quoted before him.
    paragraphs = [
        "Their mother, Patrice Moss, sat in the back of the courtroom yesterday.",
        "\"Nothing brings back my sons,\" Patrice Moss told reporters outside the court.",
        "The brothers' uncle, Delano Moss, described Rashad as a \"quiet, church-going\" young"
        " man who worked as a mechanic, and Tavaris as a student who hoped to become an"
        " engineer.",
        "“He was so proud of that,” said the 51-year-old. “Now we have to bury him.”",
    ]
    assert _speaker(paragraphs, "He was so proud of that, Now we have to bury him.") == (
        "Delano Moss", "name")


def test_someone_unnamed_after_among_was_is_the_subject() -> None:
    # "Among the first visitors was a retired teacher ...": the subject after its verb is
    # the one "she" goes on with, not a body named before whose name shows no person.
    paragraphs = [
        "In a statement, Jersey Heritage said entry would be free on Liberation Day.",
        "Among the first visitors yesterday was a retired teacher from Trinity, who did not want"
        " to give her name.",
        "\"My father never spoke about those years,\" she said.",
    ]
    assert _speaker(paragraphs, "My father never spoke about those years,") == (
        "a retired teacher from Trinity", "description")


def test_a_sentence_opened_by_the_same_pronoun_carries_the_newcomer() -> None:
    # "She stood ..." between the newcomer's sentence and the quotation goes on with her,
    # speaking or not.
    paragraphs = [
        "In a statement, Jersey Heritage said entry would be free on Liberation Day.",
        "A retired teacher from Trinity was among the first visitors yesterday. She stood for"
        " several minutes in front of a single page.",
        "\"My father never spoke about those years,\" she said.",
    ]
    assert _speaker(paragraphs, "My father never spoke about those years,") == (
        "a retired teacher from Trinity", "description")


def test_one_of_them_set_off_before_a_newcomer_is_still_the_subject() -> None:
    # "One of them, an elderly man ..., said": the man is the sentence's subject, so "he"
    # after it is him, not the federation president quoted before.
    paragraphs = [
        "Federation president Mr. Asmerom Haile praised the thousands of spectators who lined"
        " the route. “Cycling is not only a sport here,” he said.",
        "One of them, an elderly man who had watched the finish from the steps of Cinema Roma,"
        " said he had not seen such a close finish since the 1970s. “You could not have put a"
        " coin between their wheels,” he said.",
    ]
    assert _speaker(paragraphs, "You could not have put a coin between their wheels,") == (
        "an elderly man", "description")


def test_put_after_a_description_is_its_verb() -> None:
    # "Another resident put it more simply:": "put" is the description's verb, as "said" or
    # "was" would be, so the colon lead credits the resident.
    paragraphs = [
        "Police said the fire started on Sunday. One resident described the blaze as"
        " \"terrifying\".",
        "Another resident put it more simply: “Pointe Michel is quiet today. Too quiet.”",
    ]
    assert _speaker(paragraphs, "Pointe Michel is quiet today. Too quiet.") == (
        "another resident", "description")


# The round's adversarial review: shapes where the rules above first went too far.


def test_a_pronoun_chain_does_not_pass_a_named_woman_for_a_newcomer() -> None:
    # "She handed it to the police" goes on with Grace Njeri, named before the passenger.
    paragraphs = [
        "Grace Njeri found the wallet on the bus. A passenger who saw her pick it up asked what"
        " she would do.",
        "She handed it to the police.",
        "“It was not mine to keep,” she said.",
    ]
    assert _speaker(paragraphs, "It was not mine to keep,") == ("Grace Njeri", "name")


def test_put_it_to_someone_is_no_description_speaking() -> None:
    # Whom a question was put to answers it, not the reporter who put it.
    paragraphs = [
        "A reporter put it to the minister that the scheme had failed.",
        "“That is simply not true,” he said.",
    ]
    assert _speaker(paragraphs, "That is simply not true,")[0] != "a reporter"


@pytest.mark.parametrize("paragraphs", [
    ["St Clair, who has coached the team since 2019, said the players were tired.",
     "“We need a break,” St Clair said."],
    ["St Louis scored twice for Haiti in the first half.",
     "“I just wanted to help the team,” St Louis said."],
])
def test_a_surname_after_st_written_as_a_persons_stays_a_person(paragraphs: list[str]) -> None:
    assert _speaker(paragraphs, paragraphs[1].split("”")[0].lstrip("“"))[1] == "name"


def test_a_peoples_word_another_was_introduced_with_is_not_the_reporters() -> None:
    # "the Brazilian" may be the striker introduced as one, not the coach reporting speech.
    paragraphs = [
        "Farukolhu had led through a header from Brazilian striker Leandro Vasconcelos.",
        "Henveiru head coach Ricardo Fonseca said Vasconcelos had been impossible to mark.",
        "“I am happy, but we lost,” the Brazilian said.",
    ]
    assert _speaker(paragraphs, "I am happy, but we lost,")[0] != "Ricardo Fonseca"


def test_a_pronoun_chain_does_not_pass_a_titled_person_of_unknown_sex() -> None:
    # "President Samia Suluhu Hassan": a given name no list knows, but a person the story
    # shows; "She thanked the staff" goes on with her, not the nurse.
    paragraphs = [
        "President Samia Suluhu Hassan visited the hospital in Dodoma. A nurse who asked not to"
        " be named told her the wards were overcrowded.",
        "She thanked the staff for their dedication.",
        "“You are the heroes of this country,” she said.",
    ]
    assert _speaker(paragraphs, "You are the heroes of this country,") == (
        "Samia Suluhu Hassan", "name")
