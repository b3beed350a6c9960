"""Round seventy-seven: one word a story only writes after "the" that speaks is a body."""

from __future__ import annotations

import pytest

from tests.quotes_article import quotes_by_text
from tests.quotes_article import speaker_and_kind as _speaker

_FRAUD = "a budget built on sand"


_DECISIONS = "I made decisions I should not have made, and I understand that people are angry."


def test_the_accused_is_a_description_of_the_one_on_trial() -> None:
    paragraphs = [
        "A 61-year-old former trustee went on trial before the Criminal Court on Tuesday, "
        "accused of diverting 4.3 million francs from eleven foundations.",
        f"“{_DECISIONS}” the accused said.",
    ]
    assert _speaker(paragraphs, _DECISIONS) == ("the accused", "description")


def test_the_accused_is_the_one_the_story_has_standing_trial() -> None:
    answer = "That is not true, my lord,"
    paragraphs = [
        "Alhagie Momodou Sowe, 58, is standing trial before Justice Ebrima Kijera on five "
        "counts, including forgery.",
        "Under cross-examination, State Counsel Lamin Darboe put it to him: “You collected "
        "D1.2 million from the complainant.”",
        f"\"{answer}\" the accused replied.",
    ]
    assert _speaker(paragraphs, answer) == ("Alhagie Momodou Sowe", "name")


_NEVER = "No. I never touched him. I was trying to leave,"


def test_the_witness_answering_a_question_is_the_one_questioned() -> None:
    paragraphs = [
        "Arjun Menon, 29, a delivery rider, told the court he was punched in the face.",
        "Under cross-examination by defence lawyer Keith Farrugia, Mr Menon denied having "
        "raised his voice or touched the accused.",
        "‘Isn’t it true that you pushed my client first?’ Mr Farrugia asked.",
        f"‘{_NEVER}’ the witness replied.",
    ]
    assert _speaker(paragraphs, _NEVER) == ("Arjun Menon", "name")


def test_the_witness_answering_a_question_is_never_the_one_who_asked() -> None:
    # (The sentence before the question names two people besides the one questioned: no
    # one is sure, and the story's own words are better than the asker's name.)
    paragraphs = [
        "Nkhoma told the court that coupons were sold to anyone with money.",
        "But under cross-examination by defence lawyer Chancy Msowoya, who represents Mhango "
        "and Phiri-Mwase, Nkhoma conceded that she had never seen either of his clients at "
        "the depot.",
        "“So you cannot tell this court that the district officer was involved?” Msowoya asked.",
        f"“{_NEVER}” the witness replied.",
    ]
    assert _speaker(paragraphs, _NEVER)[0] != "Chancy Msowoya"


@pytest.mark.parametrize("sentence", [
    "The trial has drawn attention because of anger over the so-called \"land mafia\", a "
    "network of officials and middlemen accused of selling the same plots twice.",
    "Sukuta Stars, the league's so-called \"small team\", finished two points clear and "
    "conceded the fewest goals.",
])
def test_a_so_called_term_is_no_quotation_whatever_its_clause_after_says(sentence: str) -> None:
    paragraphs = ["The season ended on Sunday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


def test_a_so_called_term_is_no_quotation_even_in_a_sentence_reporting_speech() -> None:
    paragraphs = ["The assembly met on Tuesday.",
                  "The party again called for a levy on the so-called \"empty flats\", which "
                  "it puts at more than 2,000.",
                  "Tamm also warned against so-called “measles parties”, in which parents "
                  "deliberately expose children to the virus."]
    assert list(quotes_by_text(paragraphs)) == []


def test_a_longer_quotation_after_so_called_is_still_read() -> None:
    # (The rules for terms ask for one to three words.)
    words = "a tax cut for the wealthiest families in the country"
    paragraphs = ["The assembly met on Tuesday.",
                  f"The minister said the so-called reform was \"{words}\"."]
    assert list(quotes_by_text(paragraphs)) == [words]


@pytest.mark.parametrize("sentence", [
    "Locals have long called the mountain \"the Sleeping Giant\" because of its ridge.",
    "The fixture, which supporters of both clubs still call the \"Oriental derby\", has been "
    "played since 1921.",
    "The goal ended what supporters in Sandys had taken to calling “the drought”, a run of "
    "near misses.",
    "Residents have for years referred to the slope above Bunambale as \"the hill that "
    "walks\", and a survey agrees.",
    "Most of the gear was in what fishermen call “the graveyard” off the reef.",
])
def test_what_people_have_come_to_call_a_thing_is_its_name(sentence: str) -> None:
    paragraphs = ["The council met on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


@pytest.mark.parametrize(("sentence", "words"), [
    # One verdict, a demand, and a verdict on someone's thing stay quotations.
    ("The mayor has called the deal \"a disaster for the town\".", "a disaster for the town"),
    ("Residents have long called for \"a proper footbridge\" over the river.",
     "a proper footbridge"),
    ("Clinton contrasted her approach with what they call Donald Trump’s “self-centered "
     "message.”", "self-centered message."),
])
def test_a_verdict_or_a_demand_stays_a_quotation(sentence: str, words: str) -> None:
    paragraphs = ["The council met on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == [words]


@pytest.mark.parametrize("sentence", [
    "He founded the ensemble in 1971, and its 1978 album “Hajnali szél” (Morning Breeze) sold "
    "more than 200,000 copies.",
    "The problem was raised in the documentary \"Otoci bez liječnika\" (Islands Without "
    "Doctors), which aired last month.",
    "The minister told the news show “Aktuaalne kaamera” (AK) on Monday that talks would go "
    "on.",
])
def test_a_title_the_story_translates_or_abbreviates_is_a_work(sentence: str) -> None:
    paragraphs = ["The festival opened on Friday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


def test_a_quotation_translated_as_a_sentence_stays_a_quotation() -> None:
    words = "Nem adjuk fel a harcot"
    paragraphs = ["The festival opened on Friday.",
                  f"The mayor shouted “{words}” (we will not give up the fight) to the "
                  "crowd."]
    assert list(quotes_by_text(paragraphs)) == [words]


@pytest.mark.parametrize("sentence", [
    "The storm, still remembered in the villages as “the great water”, killed 40 people.",
    "Farmers in the valley, long regarded as the island's \"food basket\", lost their crops.",
    "Regions designated as \"medically vulnerable\" get more doctors.",
    "The town, often described as the “guesthouse capital” of the atolls, is busy.",
])
def test_the_name_or_class_a_thing_is_filed_under_is_no_quotation(sentence: str) -> None:
    paragraphs = ["The report came out on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


@pytest.mark.parametrize(("sentence", "words"), [
    ("The play was described by one critic at the time as “kitchen-sink Chekhov”.",
     "kitchen-sink Chekhov"),
    ("He told reporters the sea was being treated as “the poor cousin” of policy.",
     "the poor cousin"),
    ("An audit classified the anchoring as \"high risk, immediate correction required,\" "
     "the court heard.", "high risk, immediate correction required,"),
])
def test_someones_description_of_a_thing_stays_a_quotation(sentence: str, words: str) -> None:
    paragraphs = ["The report came out on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == [words]


@pytest.mark.parametrize("sentence", [
    "The beans will reach Riyadh under the “Kopi Indonesia untuk Dunia” program next year.",
    "Residents collected 1,100 objections through their \"Ħalli l-Qbajjar Trankwill\" petition.",
    "Her 1963 album, “Mga Awit ng Puso,” became one of the best-selling records of its time.",
    "His best-known composition, \"Szegedi rapszódia\", is still played every spring.",
])
def test_a_title_set_off_after_its_work_or_before_its_scheme_is_no_quotation(
        sentence: str) -> None:
    paragraphs = ["The archive opened on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


@pytest.mark.parametrize(("sentence", "words"), [
    # A memoir or a programme is where words come from: they stay quotations.
    ("She wrote in her memoir, “I never wanted the crown, and I never wore it.”",
     "I never wanted the crown, and I never wore it."),
    ("He told the breakfast programme, “We will not back down on this.”",
     "We will not back down on this."),
])
def test_words_set_off_after_a_memoir_or_a_programme_stay_quotations(
        sentence: str, words: str) -> None:
    paragraphs = ["The archive opened on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == [words]


@pytest.mark.parametrize("sentence", [
    "The study, titled \"Circadian gene variation and seasonal depressive symptoms in 152,000 "
    "adults\", was published on Wednesday.",
    "It was described in the journal under the title “A new species of pitcher plant from "
    "the Belalong massif”.",
    "Residents of the region use the word “sail” for the sudden walls of water.",
    "Zhungdra, literally \"central music\", is among the oldest forms of song.",
])
def test_a_title_after_titled_or_a_word_used_as_a_word_is_no_quotation(sentence: str) -> None:
    paragraphs = ["The paper came out on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


def test_a_placard_stays_a_quotation() -> None:
    # (Our annotators have counted a placard's words both ways: they stay.)
    paragraphs = ["The paper came out on Monday.",
                  "Traders held placards reading “The market is our home”."]
    assert list(quotes_by_text(paragraphs)) == ["The market is our home"]


@pytest.mark.parametrize("sentence", [
    "As the final whistle sounded, the south stand struck up “Oben am jungen Rhein”, the "
    "national anthem.",
    "Her second-act aria, \"Terra di nessuno\", drew the longest applause of the evening.",
])
def test_a_title_set_off_as_a_work_of_music_is_no_quotation(sentence: str) -> None:
    paragraphs = ["The season closed on Saturday.", sentence]
    assert list(quotes_by_text(paragraphs)) == []


def test_words_before_a_song_that_speaks_stay_a_quotation() -> None:
    words = "We will rise again,"
    paragraphs = ["The season closed on Saturday.", f"“{words}” the anthem says."]
    assert list(quotes_by_text(paragraphs)) == [words]


_PRICE_TAG = "What we have in front of us today is a good idea without a price tag."


@pytest.mark.parametrize(("after", "speaker"), [
    ("That was the verdict of Free List (FL) MP Georg Kaiser, whose party backs the leave.",
     "Georg Kaiser"),
    ("The words came from the Secretary of State for Education and Culture, Lorenzo Berti, "
     "who attended the premiere.", "Lorenzo Berti"),
])
def test_the_sentence_after_a_quotation_that_names_its_source(after: str, speaker: str) -> None:
    paragraphs = [
        "Daniela Büchel (FBP), a mother of three from Ruggell, said she would back the bill. "
        "\"We heard the same arguments before,\" she said.",
        f"“{_PRICE_TAG}” {after}",
    ]
    assert _speaker(paragraphs, _PRICE_TAG) == (speaker, "name")


def test_the_verdict_of_a_body_where_someone_works_names_no_one() -> None:
    paragraphs = [
        "The debate went on into the evening.",
        f"“{_PRICE_TAG}” That was the verdict of the court in Vaduz, where Georg Kaiser sat.",
    ]
    assert _speaker(paragraphs, _PRICE_TAG)[0] != "Georg Kaiser"


# Guards from the round's review: speech the new rules must leave alone.
@pytest.mark.parametrize(("sentence", "words"), [
    ("\"Demand is up forty percent,\" programme lead Kirsty Moore said.",
     "Demand is up forty percent,"),
    ("Asked about the album, \"I wrote it in a week,\" the singer said.",
     "I wrote it in a week,"),
    ("Recalling the film, \"I was nineteen and terrified,\" the actor said.",
     "I was nineteen and terrified,"),
    ("Ms Ruiz regarded the ruling as \"a disgrace to the bench\".", "a disgrace to the bench"),
    ("Police confirmed what one resident described as \"a huge bang\".", "a huge bang"),
    ("Little is known about what police described as \"a targeted attack\".",
     "a targeted attack"),
    ("Ortega has long called the rule \"a giveaway to Wall Street\".",
     "a giveaway to Wall Street"),
    ("Liz Truss started calling her critics \"the anti-growth coalition\" that summer.",
     "the anti-growth coalition"),
    ("Opposition lawmakers condemned what they call \"a power grab\".", "a power grab"),
    ("The WHO has now called the outbreak \"a global emergency\".", "a global emergency"),
    ("The production is \"a triumph\" (The Observer).", "a triumph"),
    ("\"We will not be moved\" (Mayor Sadiq Khan).", "We will not be moved"),
    ("The players were literally \"shaking,\" coach Ana Lind said.", "shaking,"),
    ("She replied with the word \"never.\"", "never."),
    ("Pensioners are entitled \"to live with dignity,\" the minister said.",
     "to live with dignity,"),
])
def test_speech_after_the_rounds_trigger_words_stays_a_quotation(
        sentence: str, words: str) -> None:
    paragraphs = ["The town met on Monday.", sentence]
    assert list(quotes_by_text(paragraphs)) == [words]


def test_the_witness_answering_a_question_put_to_them_by_name_is_them() -> None:
    paragraphs = [
        "Ms Vance opened the prosecution case on Monday against Daniel Okafor.",
        "\"Isn't it true you were at the house?\" Ms Vance asked Mr Okafor.",
        "\"I was at work,\" the witness replied.",
    ]
    assert _speaker(paragraphs, "I was at work,")[0] == "Daniel Okafor"


def test_an_epithet_going_on_after_a_question_is_not_read_as_an_answer() -> None:
    paragraphs = [
        "Pensioner Mary Dunn, 81, addressed the council on Tuesday.",
        "\"Who will fix the lifts?\" Dunn asked.",
        "\"We have waited three years,\" the pensioner added.",
    ]
    assert _speaker(paragraphs, "We have waited three years,")[0] == "Mary Dunn"


@pytest.mark.parametrize("epithet", ["Texan", "Emir", "Springbok"])
def test_an_epithet_after_the_is_never_made_a_body(epithet: str) -> None:
    # (A one-word name after "the" that speaks is as often someone's epithet as a body:
    # a rule that made such words bodies was dropped in review.)
    paragraphs = ["Samuel Okoro shot a 66 on Sunday to lead by two.",
                  f"\"I'm not done yet,\" the {epithet} said."]
    assert _speaker(paragraphs, "I'm not done yet,")[1] != "organisation"


@pytest.mark.parametrize("word", ["accused", "defendant"])
def test_the_one_on_trial_is_never_the_prosecutor_before(word: str) -> None:
    # (Found by the round's new-user check: "the accused said" had gone to the prosecutor
    # the sentence before was about, as "the defendant said" already did.)
    words = "I never took a cent for myself,"
    paragraphs = [
        "A former clerk went on trial on Tuesday, accused of pocketing berth fees.",
        "Prosecutor Ana Ruiz told the court the money had been hidden in a drawer.",
        f"“{words}” the {word} said.",
    ]
    assert _speaker(paragraphs, words) == (f"the {word}", "description")
