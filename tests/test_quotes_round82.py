"""Round eighty-two: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs, quote_opening
from tests.quotes_article import opening_speaker_and_kind as _speaker

_COACH = [
    "Mariehamn head coach Robin Lindqvist watched the final whistle from the bench.",
    "Lindqvist, 44, who took over in June when the club was bottom of the table, admitted "
    "there had been moments in the autumn when he feared the worst.",
    "Club chairman Björn Mattsson said the board would sit down with Lindqvist next week. "
    "\u201cWe want him to stay,\u201d he said.",
    "Asked whether he would stay, Lindqvist smiled. \u201cAsk me on Monday,\u201d he said. "
    "\u201cTonight I want to go home and sleep.\u201d",
]


def test_a_tag_pronoun_after_a_named_subject_outweighs_the_census_sex_of_the_given_name() -> None:
    # "Robin" is mostly a woman's name in the Census, but the story calls Lindqvist "he" twice:
    # once in his own reported speech, once in the tag of the quotation right after the
    # sentence whose subject he is. Two of the story's pronouns overrule the name's odds.
    assert _speaker(_COACH, "Ask me on Monday") == ("Robin Lindqvist", "name")


def test_one_pronoun_alone_does_not_overrule_the_given_name() -> None:
    # Only the tag says "he" here: one sentence is not enough to make Robin a man, and the
    # quotation goes to the one man named.
    paragraphs = [
        "Mariehamn head coach Robin Lindqvist watched the final whistle from the bench.",
        "Club chairman Björn Mattsson said the board would meet next week.",
        "Lindqvist smiled. \u201cAsk me on Monday,\u201d he said.",
    ]
    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert [q.speaker for q in quotes] == ["Björn Mattsson"]


def test_a_tag_after_a_place_opening_the_sentence_gives_the_place_no_sex() -> None:
    # "Ambae" opens the sentence but no one shows it to be a person: the tag's "he" after the
    # quotation is the speaker named before, not a vote for the island.
    paragraphs = [
        "Chief Jacob Tavoa Lengkon spoke to the Daily Post from Saratamata.",
        "Ambae was evacuated twice in 2018. \u201cWe went back each time,\u201d he said.",
        "Ambae is still covered in ash. \u201cThe gardens are gone,\u201d he said.",
    ]
    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert [q.speaker for q in quotes] == ["Jacob Tavoa Lengkon"] * 2


def test_a_body_and_a_titled_person_after_it_stay_two() -> None:
    paragraphs = [
        "The Ministry of Health and Dr Ama Boateng said \u201cwe are ready\u201d.",
    ]
    assert _speaker(paragraphs, "we are ready") == ("Ama Boateng", "name")


def test_a_union_of_a_place_and_another_body_are_not_joined() -> None:
    # A union's "of" is where it is; "and Demos" is a second body, not more of its name.
    paragraphs = [
        "The American Civil Liberties Union of Ohio and Demos said in a filing that the purge "
        "was \u201cunlawful and unnecessary\u201d.",
    ]
    speaker, _ = _speaker(paragraphs, "unlawful")
    assert speaker != "American Civil Liberties Union of Ohio and Demos"


_TRIAL = [
    "A detective on Tuesday told the Special Offences Court in Ikeja how a former cashier "
    "moved N48.6m from dormant accounts.",
    "Testifying as the second prosecution witness, the EFCC operative, Abdulkadir Mohammed, "
    "said the commission began its investigation in August 2023.",
    "Under cross-examination by the defence counsel, Mr Babatunde Ogunleye (SAN), the witness "
    "insisted that the commission did not coerce the defendants.",
    "\u201cWe requested the footage, but the bank had deleted it,\u201d the witness replied.",
    "The defence counsel described the prosecution\u2019s case as \u201cbuilt on "
    "assumptions\u201d.",
]


def test_a_role_served_in_an_opening_participle_is_the_subject_s() -> None:
    # "Testifying as the second prosecution witness, ..., Abdulkadir Mohammed, said": "the
    # witness" later is him, as "Mohammed was testifying as the witness" would make him.
    assert _speaker(_TRIAL, "We requested the footage") == ("Abdulkadir Mohammed", "name")


def test_a_role_with_the_set_off_before_a_name_is_theirs() -> None:
    # "the defence counsel, Mr Babatunde Ogunleye (SAN)," is an apposition closed by a comma.
    assert _speaker(_TRIAL, "built on assumptions") == ("Babatunde Ogunleye", "name")


def test_a_role_before_a_name_that_opens_the_clause_is_not_its_apposition() -> None:
    # No comma closes "the striker, Kofi Mensah said": Mensah talks about the striker.
    paragraphs = [
        "Asked about the striker, Kofi Mensah said the club would not sell.",
        "Forward Yaw Boateng scored twice on Saturday.",
        "\u201cHe is staying,\u201d the striker said.",
    ]
    assert _speaker(paragraphs, "He is staying") != ("Kofi Mensah", "name")


_FERRY = [
    "Robin Saunders, 52, had pleaded not guilty to operating a vessel in a negligent manner.",
    "Testifying as the first Crown witness, the ship's mate, Darlene Pottle, said the vessel "
    "struck a ridge of ice that did not appear on any chart.",
    "Under cross-examination by the defence lawyer, Ms Gail Rumbolt, the witness agreed that "
    "the skipper had slowed the ferry twice.",
    "\u201cNobody had charted it,\u201d the witness said.",
    "The defence lawyer said the case should never have come to court. \u201cMy client did "
    "everything a careful master could do,\u201d she said.",
]


def test_the_served_role_reads_past_a_capitalised_word_and_a_possessive_role() -> None:
    # "the first Crown witness", then "the ship's mate," set off before the name.
    assert _speaker(_FERRY, "Nobody had charted it") == ("Darlene Pottle", "name")


def test_a_clause_after_a_name_set_off_in_an_opening_phrase_is_no_role_of_hers() -> None:
    # ", the witness agreed that ...": the sentence goes on after her name; "witness agreed"
    # is not who she is.
    quote = quote_opening(_FERRY, "My client did everything")
    assert (quote.speaker, quote.role) == ("Gail Rumbolt", None)


# Guards from the round's adversarial review: each went wrong before the mend that follows the
# review, and each keeps the behaviour of the round's base.


def test_an_official_s_tag_after_a_woman_named_gives_her_no_vote_of_his_sex() -> None:
    # "Maria" is a woman's name; the judge's "he said" after sentences about her are his.
    paragraphs = [
        "Maria Delgado was sentenced to four years at Snaresbrook Crown Court on Monday.",
        "Judge Colin Fairweather said the fraud had been carefully planned. Delgado had stolen "
        "more than \u00a3200,000 from the charity. \u201cThis was a gross breach of trust,"
        "\u201d he said.",
        "Delgado had used the money to pay for holidays and a car. \u201cThe victims here are "
        "vulnerable children,\u201d he said.",
    ]
    assert _speaker(paragraphs, "The victims here") == ("Colin Fairweather", "name")


def test_a_tag_alone_gives_a_name_with_no_sex_of_its_own_none() -> None:
    paragraphs = [
        "The mayor, Tom Reddy, opened the new library on Friday.",
        "Hiroko Tanaka designed the building, which has a timber roof. \u201cIt is a building "
        "the whole town can be proud of,\u201d he said.",
        "Tanaka worked on the project for four years. \u201cWe are grateful to everyone who "
        "made it happen,\u201d he said.",
    ]
    assert _speaker(paragraphs, "We are grateful") == ("Tom Reddy", "name")


def test_a_role_after_of_is_someone_else_s() -> None:
    # "The daughter of the former president, Amina Keita," is the daughter, not the president.
    paragraphs = [
        "The daughter of the former president, Amina Keita, announced her candidacy on "
        "Saturday.",
        "The former president, Moussa Keita, ruled the country from 1992 to 2002.",
        "\u201cShe has my full support,\u201d the former president said in a video message.",
    ]
    assert _speaker(paragraphs, "She has my full support")[0] != "Amina Keita"


def test_a_role_held_before_is_not_the_role_now() -> None:
    paragraphs = [
        "Standing in as the referee, Colin Barr, 55, was praised by both managers.",
        "The original referee, Paul Mace, had pulled out with illness.",
        "\u201cI just tried to keep up,\u201d the referee said.",
    ]
    assert _speaker(paragraphs, "I just tried")[0] != "Paul Mace"


def test_a_role_that_is_a_participle_s_object_is_not_the_subject_s() -> None:
    paragraphs = [
        "Sentencing the defendant, Judge Alan Pryce, QC, said the offences were \u201ccalculated "
        "and cruel\u201d.",
        "Darren Moss, 39, of Ashby Road, had admitted fraud by false representation.",
        "\u201cI am deeply sorry for what I did,\u201d the defendant said in a letter.",
    ]
    assert _speaker(paragraphs, "I am deeply sorry")[0] != "Alan Pryce"


def test_speaking_as_a_mother_of_a_victim_makes_no_one_the_victim() -> None:
    paragraphs = [
        "Chloe Price was 17 when she died at the Larkhill unit in 2019.",
        "Speaking as the mother of a victim, Ann Price, 62, told the inquiry her daughter had "
        "been failed. Price said staff ignored repeated warnings.",
        "\u201cNobody listened to me,\u201d the victim wrote in a diary entry read to the "
        "inquiry.",
    ]
    assert _speaker(paragraphs, "Nobody listened")[0] != "Ann Price"
