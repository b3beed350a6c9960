"""Speaker rules of the twelfth round: a participle opening the sentence, a headline in title
case left in the body, and a quotation in a later clause. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.quotes_article import quotes_by_text as by_text


@pytest.mark.parametrize("opener", [
    "Citing the cost of the repairs,",
    "Claiming the survey was rushed,",
    "Reached by phone on Tuesday,",
    "Pressed on the timetable,",
])
def test_a_participle_opening_the_sentence_sets_the_scene(opener: str) -> None:
    quotes = by_text([
        "The harbour board met on Monday to vote on the dredging plan.",
        f"{opener} Councillor Ana Ruiz told reporters that the plan was “a disaster for the "
        "town.”",
    ])
    assert quotes["a disaster for the town."].speaker == "Ana Ruiz"


def test_a_participle_on_the_subject_itself_is_no_scene_setting() -> None:
    quotes = by_text([
        "Retired teacher Ann Lee, 70, called the plan “a disgrace.”",
        "Leading scorer Ana Ruiz, 24, said the team was “ready for anything.”",
        "Speaking Tuesday at a rally, Tom Hale said the vote was “long overdue.”",
    ])
    assert quotes["a disgrace."].speaker == "Ann Lee"
    assert quotes["ready for anything."].speaker == "Ana Ruiz"
    assert quotes["long overdue."].speaker == "Tom Hale"


def test_a_gerund_subject_before_the_tag_is_no_speaker() -> None:
    quotes = by_text([
        "Rosa Delgado, a marine biologist who led the survey, said the reef was recovering.",
        "Finding young coral on the outer shelf, she said, is the “next best thing” to a "
        "full recovery.",
    ])
    assert quotes["next best thing"].speaker == "Rosa Delgado"


def test_a_surname_ending_like_a_participle_still_opens_the_sentence() -> None:
    # "Manning" and "Fielding" are Census surnames: never read as a participle.
    quotes = by_text([
        "Ann Manning chairs the harbour board, which voted on Monday.",
        "Manning, 54, said the vote was “long overdue.”",
    ])
    assert quotes["long overdue."].speaker == "Ann Manning"


def test_a_related_headline_in_title_case_is_no_name() -> None:
    quotes = by_text([
        "Moving forward, the singer has a new deal with another label, and the Harbour Lights "
        "Group will be left to wonder: “what did we do to deserve this?”",
        "Why Can’t Mara Quinn Sing Her Own Songs? It’s Complicated [ Harbour Daily ]",
    ])
    assert quotes["what did we do to deserve this?"].speaker != "Mara Quinn Sing"
    assert "Quinn" not in str(quotes["what did we do to deserve this?"].speaker)


def test_a_fragment_in_a_later_clause_is_not_the_first_subjects() -> None:
    quotes = by_text([
        "Mara Quinn signed with a new label in June, and the old label was left to call the "
        "move “a breach of trust.”",
    ])
    assert quotes["a breach of trust."].speaker != "Mara Quinn"


def test_a_tag_set_off_by_commas_before_the_quotation_names_its_speaker() -> None:
    quotes = by_text([
        "Harbour master Tom Hale walked the flooded quay on Tuesday.",
        "It was, the harbour master said, “the worst tide in forty years.”",
        "The town voted to close the pool. It was, the mayor said, “a sad day for the town.”",
    ])
    assert quotes["the worst tide in forty years."].speaker == "Tom Hale"
    assert quotes["a sad day for the town."].speaker == "the mayor"


def test_someone_of_a_persons_is_described_through_that_person() -> None:
    quotes = by_text([
        "Dale Mercer, 61, pleaded guilty on Tuesday to threatening a harbour commissioner.",
        "“He regrets every word,” his attorney told the court.",
        "Keith Doran's family asked for privacy. “We are heartbroken,” Doran's family said.",
        "Ann Lee, 34, was sentenced on Friday. Her mother said: “She is not a danger to anyone.”",
        "“We are grateful to the jury,” the family said.",
    ])
    assert quotes["He regrets every word,"].speaker == "Dale Mercer’s attorney"
    assert quotes["He regrets every word,"].speaker_kind == "description"
    assert quotes["We are heartbroken,"].speaker == "Doran's family"
    assert quotes["She is not a danger to anyone."].speaker == "Ann Lee’s mother"
    assert quotes["We are grateful to the jury,"].speaker == "the family"


def test_his_with_no_one_to_be_his_gives_no_name() -> None:
    # Round thirty-nine: with no man named to be whose, "his attorney" is the story's own
    # description of the source (as the blind annotators wrote "his mother"), never a name;
    # a noun for no person ("his new car") is still no speaker.
    quotes = by_text([
        "The harbour board met on Tuesday.",
        "“We will appeal,” his attorney said.",
        "Dale Mercer spoke first. “It is over,” his new car said.",
    ])
    assert (quotes["We will appeal,"].speaker, quotes["We will appeal,"].speaker_kind) == (
        "his attorney", "description")
    assert quotes["It is over,"].speaker is None


def test_a_role_in_apposition_to_a_name_gives_the_name_whatever_reads_like_a_verb() -> None:
    quotes = by_text([
        "The public works director, Sam Pryor, told the Gazette the request was “on the list” "
        "for next year.",
    ])
    assert quotes["on the list"].speaker == "Sam Pryor"
    assert quotes["on the list"].role == "public works director"


def test_a_club_named_like_a_person_is_never_the_one_of_an_age() -> None:
    quotes = by_text([
        "Harbour Rovers beat Dunmore Athletic 2-1. Dunmore Athletic had led at half-time, and "
        "Dunmore Athletic fans left early.",
        "Rovers manager Gareth Lyle was close to tears. “I have waited my whole career for "
        "this,” the 52-year-old said.",
    ])
    # Not the club, the one named most: the manager, whom the sentence before the quotation is
    # about (round sixteen; the story's own words "the 52-year-old" before it).
    assert quotes["I have waited my whole career for this,"].speaker == "Gareth Lyle"


def test_he_is_the_nearer_person_with_a_role_when_the_census_has_no_sex_for_him() -> None:
    # "Gareth" and "Priya" are not in the US Census lists: their sex is unknown to the index,
    # but the story gives each a role, and each is nearer than the person of known sex.
    quotes = by_text([
        "Rovers manager Gareth Lyle wept. “I have waited my whole career,” Lyle said.",
        "The referee, Paul Hinds, declined to comment after the match. The league said it "
        "would review the footage “as it does after every match.”",
        "Asked about the final, Lyle smiled. “Let us enjoy tonight first,” he said.",
        "Glaciologist Helen Marsh led the survey. “We found forty stumps,” Marsh said.",
        "The ice has retreated before, noted Priya Nair, a climate scientist who was not "
        "involved. She called the paper “careful work.”",
    ])
    assert quotes["Let us enjoy tonight first,"].speaker == "Gareth Lyle"
    assert quotes["careful work."].speaker == "Priya Nair"


def test_they_are_the_people_a_plural_noun_made_the_subject_just_before() -> None:
    quotes = by_text([
        "Federal prosecutors said Linda Harrow wrote herself checks. In a memo, they described "
        "the scheme as “calculated, repeated and concealed.”",
        "The researchers published their results on Monday. “We were surprised,” they wrote.",
        "Tom Hale and Ann Lee were married in May. “It went fast,” they said.",
        "Prosecutors said the two men stole the boat. They told investigators “we only "
        "borrowed it.”",
    ])
    assert quotes["calculated, repeated and concealed."].speaker == "federal prosecutors"
    assert quotes["We were surprised,"].speaker == "the researchers"
    assert quotes["we only borrowed it."].speaker is None  # the men, or the prosecutors?
    assert quotes["It went fast,"].speaker is None  # two people: no description to give


def test_the_state_and_party_after_the_is_an_epithet_never_a_name() -> None:
    quotes = by_text([
        "A border deal is “dead for now,” Sen. Ruth Calloway said Sunday.",
        "“We were close,” the Oklahoma Republican told CNN's Dana Marsh.",
        "The Harbour Gazette covered the talks. “No deal,” the Maine Democrat said.",
    ])
    assert quotes["We were close,"].speaker == "Ruth Calloway"
    assert quotes["We were close,"].via == "CNN"
    # Two people in reach, neither the one followed: the story's words, not a name.
    assert quotes["No deal,"].speaker == "the Maine Democrat"
    assert quotes["No deal,"].speaker_kind == "description"


def test_comments_is_a_speech_tag_and_joins_the_pieces() -> None:
    quotes = by_text([
        "“We are thrilled to be back on the road,” comments Tom Hale in a statement, “and we "
        "will play every song we ever wrote.”",
        "Ann Lee commented: “It has been a long wait.”",
    ])
    joined = "We are thrilled to be back on the road, and we will play every song we ever wrote."
    assert quotes[joined].speaker == "Tom Hale"
    assert quotes["It has been a long wait."].speaker == "Ann Lee"


def test_he_after_a_new_subject_with_an_age_is_not_the_last_speaker_of_unknown_sex() -> None:
    quotes = by_text([
        "Enamul Haque, the district's chief administrator, said camps were short of water. "
        "“We have rice for ten days,” he told Reuters by phone.",
        "Farmer Abdul Karim, 46, lost his entire rice crop. “Everything is gone,” he said, "
        "standing in knee-deep water.",
    ])
    assert quotes["We have rice for ten days,"].speaker == "Enamul Haque"
    assert quotes["Everything is gone,"].speaker == "Abdul Karim"


def test_a_second_verb_of_the_writers_sentence_after_a_fragment_is_no_tag() -> None:
    quotes = by_text([
        "Gov. Martin Ekwueme vetoed the bill on Friday, calling it “a promise the state cannot "
        "keep,” and setting up a showdown with leaders who say they have the votes.",
    ])
    assert quotes["a promise the state cannot keep,"].speaker == "Martin Ekwueme"


def test_a_quotation_after_the_sentence_that_says_a_statement_was_made_is_that_statement() -> None:
    quotes = by_text([
        "Tom Hale, the club's chairman, issued a statement after the match.",
        "“We acted on the best advice we had at the time and we stand by it.”",
        "Mayor Ann Lee defended the closure in a statement on Friday.",
        "“The pool was not safe for swimmers, and it will not open until it is.”",
        "Tom Hale read the letter aloud to reporters.",
        "“Nobody at this club has done anything wrong.”",
    ])
    first = quotes["We acted on the best advice we had at the time and we stand by it."]
    assert (first.speaker, first.via) == ("Tom Hale", "a statement")
    assert quotes["The pool was not safe for swimmers, and it will not open until it is."
                  ].speaker == "Ann Lee"
    # Reading a letter out is no statement of one's own.
    assert quotes["Nobody at this club has done anything wrong."].speaker is None


def test_an_unnamed_source_with_capitals_and_a_clause_is_described_whole() -> None:
    quotes = by_text([
        "A senior Senate aide familiar with the talks, who spoke on condition of anonymity to "
        "describe private discussions, said the sides were “about three sentences apart.”",
        "“We are close,” a senior Senate aide familiar with the talks said.",
        "One official, who asked not to be named because the talks were private, said: “Not "
        "this week.”",
    ])
    aide = "a senior Senate aide familiar with the talks"
    assert quotes["about three sentences apart."].speaker == aide
    # Never part of a word: this had been "enate aide familiar with the talks".
    assert quotes["We are close,"].speaker == aide
    assert quotes["Not this week."].speaker == "one official"


def test_a_paragraph_that_is_only_a_quotation_after_its_subjects_sentence_is_theirs() -> None:
    quotes = by_text([
        "The harbour board voted 5-2 on Tuesday. Chair Linda Harrow was blunt.",
        "“We should have done this ten years ago.”",
        "The vote came after a long debate.",
        "Singer Mara Quinn took to Instagram to thank her fans.",
        "“I could not have done this without you.”",
    ])
    assert quotes["We should have done this ten years ago."].speaker == "Linda Harrow"
    assert quotes["I could not have done this without you."].speaker == "Mara Quinn"


def test_a_talk_show_appearance_where_she_told_the_host() -> None:
    quotes = by_text([
        "Nora Vance is opening up about life as a new mom.",
        "The “Harbour Lights” star appeared on “The Late Show” on Monday, where she told host "
        "Sam Ortega that becoming a mother had changed her “completely.”",
        "“I used to stay up until 3 a.m. reading scripts,” the 38-year-old actress said.",
    ])
    assert quotes["completely."].speaker == "Nora Vance"
    # Ortega is a man: "the 38-year-old actress" can only be her.
    assert quotes["I used to stay up until 3 a.m. reading scripts,"].speaker == "Nora Vance"


def test_said_a_role_then_the_name_in_apposition_is_the_name() -> None:
    quotes = by_text([
        "“You need to be regular,” said the study's lead author, Dr. Ines Carvalho of the "
        "University of Lisbon.",
        "“We will publish the data,” said a spokesman, Tom Hale.",
        "“Give it time,” said the mayor, who asked residents for patience.",
    ])
    assert quotes["You need to be regular,"].speaker == "Ines Carvalho"
    assert (quotes["We will publish the data,"].speaker,
            quotes["We will publish the data,"].role) == ("Tom Hale", "spokesman")
    assert quotes["Give it time,"].speaker == "the mayor"


def test_an_obituary_his_daughter_and_his_wife() -> None:
    quotes = by_text([
        "Tom Hale, who guided ships into Port Ellery harbour for 41 years, died Sunday.",
        "His daughter, Maeve Hale-Ortiz, said he died peacefully with his family around him. "
        "“He went out on the tide, the way he would have wanted,” she said.",
        "“If you ran aground on his watch, you heard about it,” said retired pilot Gus Ferreira.",
        "He is survived by his wife of 62 years, Nora, and three children.",
        "“He loved that harbour more than anything except us,” said his wife.",
    ])
    # "daughter" in apposition makes her a woman, whatever "he" the sentence goes on with.
    assert quotes["He went out on the tide, the way he would have wanted,"].speaker == (
        "Maeve Hale-Ortiz")
    # Whose wife is not settled by the sentences around: never "Gus Ferreira’s wife"; since
    # round thirty-nine the story's own words for her.
    wife = quotes["He loved that harbour more than anything except us,"]
    assert (wife.speaker, wife.speaker_kind) == ("his wife", "description")


def test_an_epithet_is_not_a_person_the_story_gives_another_party_or_state() -> None:
    quotes = by_text([
        "Sen. Ruth Calloway, a Democrat, spoke first on Monday.",
        "“We were close,” the Oklahoma Republican said.",
        "Massachusetts Sen. Ana Ruiz spoke next. “Not this month,” the Oklahoma Republican added.",
    ])
    assert quotes["We were close,"].speaker == "the Oklahoma Republican"
    assert quotes["Not this month,"].speaker == "the Oklahoma Republican"
