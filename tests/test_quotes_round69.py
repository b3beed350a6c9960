"""Round sixty-nine: whom "he" or "she" is when a quotation reports another's words."""

from __future__ import annotations

from tests.quotes_article import reported_speakers as _inner
from tests.quotes_article import speaker_and_kind as _speaker


def test_people_in_the_plural_and_the_tellers_own_surname_do_not_stop_the_name_said() -> None:
    # "the old men" is no one "he" can be; "Zurab Kipiani said" between the two parts of his
    # quotation names no one he speaks of (Levan Kipiani shares only the surname).
    paragraphs = [
        "Vakhtang Kipiani, who spent four decades recording folk choirs in the mountain"
        " villages of western Georgia, has died at 81.",
        "His son, Levan Kipiani, announced the news on Sunday evening.",
        "Vakhtang’s younger brother Zurab Kipiani, 77, said his brother had never been"
        " interested in fame.",
        "“Vakhtang never cared about the stage. He cared about the old men in the villages,”"
        " Zurab Kipiani said. “He used to say, ‘When an old singer dies, a library burns,’ and"
        " every summer he drove up there with a tape recorder.”",
    ]
    assert _inner(paragraphs) == {"When an old singer dies, a library burns,": "Vakhtang Kipiani"}


def test_a_predicate_is_no_one_new_and_i_is_no_name() -> None:
    # "I was a small boy" describes the speaker; "I" is no word of "Under-19 Division I".
    paragraphs = [
        "Mervyn Perera, who coached cricket at a school for three decades, died at his home"
        " on Sunday. He was 83.",
        "Former national opener Chaminda Silva, who played under Perera from 1979 to 1984,"
        " said he owed his career to the coach's patience.",
        "\"I was a small boy who could not hit the ball off the square. Master kept me in the"
        " side for two seasons,\" Silva said yesterday. \"He used to say, 'Runs will come, but"
        " first learn to stay.' I repeated that to myself in every innings.\"",
        "A minute's silence will be observed at all Under-19 Division I matches this weekend.",
    ]
    assert _inner(paragraphs) == {"Runs will come, but first learn to stay.": "Mervyn Perera"}


def test_someone_in_a_clause_before_the_pronoun_is_who_it_means() -> None:
    paragraphs = [
        "A family marionette troupe in Mandalay marked its 50th year on Saturday.",
        "Its founder, U Sein Win, now 78, watched from the front row. \"When my grandfather"
        " taught me to hold the strings, he always said, ‘A puppet has no heart of its own.’"
        " I have taught every student the same thing,\" he said after the show.",
    ]
    assert _inner(paragraphs) == {"A puppet has no heart of its own.": "U Sein Win’s grandfather"}


def test_the_review_near_misses_of_whom_he_means() -> None:
    # A subordinate clause's object is not its subject ("When the doctor examined my
    # husband, he said" is the doctor); a name in the narration between a quotation's parts
    # counts ("who trained under Rui Costa"); a place is no one ("at Cork City"); a mother's
    # "my son" is not the unrelated councillor who shares her surname.
    paragraphs = [
        "“When the doctor examined my husband, he said, ‘You should have come sooner,’” said"
        " Fatima Begum, 61, from Bradford.",
        "“I owe everything to him,” said Ana Lima, who trained under Rui Costa for a decade in"
        " Lisbon. “He used to say, ‘Again, again, until it hurts.’”",
        "“Kevin Moore was the best player I coached,” said Sean Walsh, who managed Moore at"
        " Cork City. “He once said to me, ‘Gaffer, just let me play.’”",
        "Maureen Doyle, a mother of three from Derry, lost her son in 1972. Local councillor"
        " Brian Doyle, who is not related, backed the family.",
        "“My son always told me, ‘Mammy, don’t worry about me,’” Maureen Doyle said.",
    ]
    inner = _inner(paragraphs)
    assert inner["You should have come sooner,"] == "the doctor"
    assert inner["Again, again, until it hurts."] == "Rui Costa"
    assert inner.get("Gaffer, just let me play.") != "Cork City"
    assert inner["Mammy, don’t worry about me,"] == "her son"


def test_the_statement_and_the_owners_noun_near_misses() -> None:
    # "the statement said" after someone else is brought in is not the body quoted before;
    # a name's noun set off inside what a subject said is no subject.
    paragraphs = [
        "“This is a disgrace,” the Teachers Union said on Monday.",
        "Governor Lee defended the cuts on Tuesday. “Our budget is balanced and fair,” the"
        " statement said.",
        "In a statement on Monday, lawyers for the family said Okoro’s employer, Zenith Bank,"
        " had ignored repeated warnings.",
        "“This death was preventable,” the statement said.",
    ]
    assert _speaker(paragraphs, "Our budget is balanced and fair,")[0] != "Teachers Union"
    assert _speaker(paragraphs, "This death was preventable,")[0] != "Zenith Bank"


def test_a_possessor_or_someone_the_pronoun_acts_on_is_not_who_it_means() -> None:
    # Near misses of the clause before the pronoun: "the director’s secretary" speaks, not
    # the director; "he sang to the nurse ... and then he told her" is still the singer.
    paragraphs = [
        "Farmers in the district have waited eight months for the new irrigation permits.",
        "“Every week I went to the office. When I asked the director’s secretary why, she"
        " said, ‘The files are upstairs.’ Nobody ever brought them down,” said farmer Meron"
        " Abebe.",
        "Clarence Noel, the calypsonian known as Cascadoo, died on Tuesday in hospital.",
        "“He sang his last calypso to the nurse, all four verses, and then he told her, ‘Now I"
        " could rest,’” his daughter, Marcia Noel, said.",
    ]
    inner = _inner(paragraphs)
    assert inner.get("The files are upstairs.") != "the director"
    assert inner.get("Now I could rest,") != "the nurse"


def test_the_statement_is_the_bodys_that_a_which_clause_sets_off_before_its_verb() -> None:
    paragraphs = [
        "Two harbour pilots were suspended on Monday after a cargo ship ran aground in the"
        " channel at Port Lindell.",
        "The Lindell Harbour Authority (LHA), which manages the port and its pilot service,"
        " said in a statement that it had opened an inquiry into the grounding.",
        "“Safety on the channel comes before any timetable. We will publish what the inquiry"
        " finds,” the statement read.",
    ]
    assert _speaker(paragraphs, "Safety on the channel comes before any timetable. We will"
                    " publish what the inquiry finds,") == (
        "Lindell Harbour Authority", "organisation")


def test_a_statement_the_story_never_brought_in_is_the_last_body_quoted() -> None:
    paragraphs = [
        "A former water-utility director was jailed for five years on Tuesday for taking"
        " bribes on pipe contracts.",
        "The anti-corruption office ACO said after the verdict that the sentence sent \"a clear"
        " message to everyone who manages public money\".",
        "\"Public utilities are not the private companies of their directors. We will go on"
        " investigating every report we receive,\" the statement read.",
    ]
    assert _speaker(paragraphs, "Public utilities are not the private companies of their"
                    " directors. We will go on investigating every report we receive,") == (
        "ACO", "organisation")


def test_the_name_set_off_after_a_named_ones_kin_speaks_after_an_opening_statement() -> None:
    paragraphs = [
        "A boat captain was jailed for six years on Friday for the death of a dive instructor"
        " in a collision in the sound.",
        "In a victim impact statement read to the court by the Crown, Whittaker’s mother, Lorna"
        " Whittaker, described the loss of her only daughter.",
        "“Every morning I still set out two cups. I still wait for her,” the statement read.",
    ]
    assert _speaker(paragraphs, "Every morning I still set out two cups. I still wait for"
                    " her,") == ("Lorna Whittaker", "name")


def test_no_subject_after_a_preposition_before_a_colon() -> None:
    # "bus" ends like a verb in "-s"; "the prison" after "to" is no one who speaks.
    paragraphs = [
        "A district engineer was remanded to Harlow Prison on Tuesday over a roads contract.",
        "Mr Tom Lubega, who wore a grey suit throughout the hearing, told journalists as he"
        " was led to the prison bus: \"I am innocent. Those roads exist.\"",
    ]
    assert _speaker(paragraphs, "I am innocent. Those roads exist.") == ("Tom Lubega", "name")


def test_a_description_before_a_long_verb_phrase_joined_to_the_cue_speaks() -> None:
    paragraphs = [
        "Iris Scott, 97, is one of the last survivors of the 1932 hurricane on the island.",
        "\"I was five years old. My grandmother put all of us children under the table and"
        " said, ‘If the house go, hold on to the legs.’ I held on all night,\" she said.",
    ]
    assert _inner(paragraphs) == {"If the house go, hold on to the legs.": "her grandmother"}


def test_the_holder_set_off_after_a_capitalised_post_and_its_initials_speaks() -> None:
    paragraphs = [
        "Three district officials were remanded on Tuesday over a roads contract.",
        "The Mukono Resident District Commissioner (RDC), Ms Rose Nassali, welcomed the"
        " prosecution, describing it as \"a warning to all technical officers who think they"
        " are untouchable\".",
    ]
    assert _speaker(paragraphs, "a warning to all technical officers who think they are"
                    " untouchable") == ("Rose Nassali", "name")


def test_a_bodys_post_set_off_before_a_name_opens_the_sentence_an_age_goes_on_from() -> None:
    paragraphs = [
        "Fisheries minister Hassan Omar Bileh opened a cold store for fish in Obock on"
        " Saturday.",
        "The centre will be run by the Obock Fishermen's Cooperative, which has 214 members."
        " Its president, Mrs. Amina Said Farah, said the cooperative had waited ten years.",
        "\"Without ice, the buyers set the price,\" the 46-year-old said.",
    ]
    assert _speaker(paragraphs, "Without ice, the buyers set the price,") == (
        "Amina Said Farah", "name")


def test_the_younger_of_two_or_a_name_with_a_who_clause_before_a_colon_speaks() -> None:
    paragraphs = [
        "Goalkeeper Luka Marić saved a penalty in the last minute as Kvarner won 28-27. His"
        " father, Zoran Marić, coached the club for a decade.",
        "Asked about the decisive save, the younger Marić was almost lost for words: “I just"
        " picked a corner and hoped.”",
        "Captain Ivo Horvat, who scored nine goals, was less modest about the win: “We were"
        " the better team for fifty minutes.”",
    ]
    assert _speaker(paragraphs, "I just picked a corner and hoped.") == ("Luka Marić", "name")
    assert _speaker(paragraphs, "We were the better team for fifty minutes.") == (
        "Ivo Horvat", "name")


def test_a_name_after_at_is_still_a_person_when_it_owns_the_place() -> None:
    # The whole-change read's case: "at Sufyan Malik’s house" is his, not a place's name.
    paragraphs = [
        "Sufyan Malik, the academy's first coach, died last week aged 70.",
        "Bowler Imran Qadir said the coach had changed his life.",
        "“I practised at Sufyan Malik’s house every evening. He told me, ‘Bowl it full,’ and I"
        " did,” Qadir said.",
    ]
    assert _inner(paragraphs) == {"Bowl it full,": "Sufyan Malik"}
