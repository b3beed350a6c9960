"""Round fifty-nine. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quote_opening


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Singer who carried a village song dies")


def test_a_given_name_after_a_preposition_ending_like_a_noun_is_still_the_person() -> None:
    # "under" ends like "teacher": read as a role before the name, it set "Vilayvanh" off as
    # someone new, and her later words went to a one-word stranger.
    paragraphs = [
        "Ms. Vilayvanh Phommachanh, whose voice opened the national radio every morning for "
        "three decades, died on Friday at 77.",
        "Two generations of singers trained under Vilayvanh, who ran the conservatory's "
        "vocal department until 2015.",
        "In an interview last year, Vilayvanh called the new recordings \u201chonest, but "
        "too clean for a village song.\u201d",
    ]
    quote = _quote(paragraphs, "honest, but")
    assert quote.speaker == "Vilayvanh Phommachanh"


def test_a_body_with_its_initials_and_a_country_office_speaks_in_a_place() -> None:
    # "(IOM) country office in South Sudan" split the name run; "the post read" went to the post.
    paragraphs = [
        "The International Organization for Migration (IOM) country office in South Sudan "
        "said in a post on social media that the convoy had reached the camp.",
        "\u201cEvery family will receive a ration card by Friday,\u201d the post read.",
    ]
    quote = _quote(paragraphs, "Every family")
    assert quote.speaker == "International Organization for Migration"
    assert quote.speaker_kind == "organisation"


def test_a_lower_case_word_after_initials_that_is_no_office_is_not_a_body_in_a_place() -> None:
    paragraphs = [
        "The World Food Programme (WFP) staff in South Sudan said the convoy had reached the camp.",
        "\u201cEvery family will receive a ration card by Friday,\u201d the post read.",
    ]
    quote = _quote(paragraphs, "Every family")
    assert quote.speaker != "World Food Programme"


def test_the_person_set_off_after_a_role_of_a_team_is_the_subject_of_a_later_cue() -> None:
    # "The coach of X, Name, praised ..., but admitted that" went to the player quoted before.
    paragraphs = [
        "\u201cI just hit it with everything I had,\u201d said Tarik Mehmedović.",
        "The coach of Željezničar, Dragan Pavković, praised the spirit of his side, but admitted "
        "that the first half had been \u201cthe worst we have played all year\u201d.",
    ]
    quote = _quote(paragraphs, "the worst we have played")
    assert quote.speaker == "Dragan Pavković"


def test_an_age_with_a_clause_set_off_after_it_is_still_a_tag() -> None:
    paragraphs = [
        "\u201cI saw the ball and I hit it,\u201d Tarik Mehmedović said.",
        "The 19-year-old, who signed his first contract only in March, said he had "
        "dreamed of the goal \u201csince I was six\u201d.",
    ]
    quote = _quote(paragraphs, "since I was six")
    assert quote.speaker == "Tarik Mehmedović"


def test_an_age_clause_before_and_said_stays_the_subjects() -> None:
    # The set-off clause is not an opening for an object's age: "praised the 19-year-old,
    # who scored twice, and said" is the coach speaking.
    paragraphs = [
        "\u201cI saw the ball and I hit it,\u201d Tarik Mehmedović said.",
        "Coach Dragan Pavković praised the 19-year-old, who scored twice, and said it was "
        "\u201cthe best night of the season\u201d.",
    ]
    quote = _quote(paragraphs, "the best night")
    assert quote.speaker == "Dragan Pavković"


def test_initials_of_two_words_in_brackets_are_the_body() -> None:
    # "(MUP KS)": a canton's letters after the ministry's own; "MUP KS" had been a person.
    paragraphs = [
        "The Ministry of Interior of Tuzla Canton (MUP TK) said in a statement that the "
        "march had passed peacefully.",
        "\u201cAbout 300 officers were deployed along the route,\u201d the statement reads.",
    ]
    quote = _quote(paragraphs, "About 300 officers")
    assert quote.speaker == "Ministry of Interior of Tuzla Canton"
    assert quote.speaker_kind == "organisation"


def test_commerce_is_a_portfolio_after_and() -> None:
    paragraphs = [
        "The Ministry of Agriculture and Commerce said in a notice that it was "
        "\u201cwatching the rice market closely\u201d.",
    ]
    quote = _quote(paragraphs, "watching the rice")
    assert quote.speaker == "Ministry of Agriculture and Commerce"


def test_an_age_in_words_rules_a_child_out_of_an_adults_age() -> None:
    # "her seven-year-old son, Emin": the 41-year-old is his mother, the one person left.
    paragraphs = [
        "Leyla Mammadova, a mother of three from the Sabail district, waited at the clinic "
        "with her seven-year-old son, Emin. All three children fell ill in one week, she said.",
        "\u201cI thought it was an ordinary cold,\u201d the 41-year-old said.",
    ]
    quote = _quote(paragraphs, "I thought it was")
    assert quote.speaker == "Leyla Mammadova"


def test_an_age_in_figures_is_read_as_before() -> None:
    from socialkit.quotes.speakers import _age_number

    assert [_age_number(w) for w in ("34", "six", "Thirty-four", "nineteen", "ninety")] == [
        34, 6, 34, 19, 90]


def test_a_place_after_from_in_a_colon_lead_names_no_speaker() -> None:
    # "from Xai-Xai" read as a person had left the described supporter no words.
    paragraphs = [
        "The crowd sang until long after the final whistle.",
        "One supporter, who had driven from Xai-Xai with his two daughters, summed up the "
        "night: \u201cAt half-time I wanted to leave. Now I will not sleep.\u201d",
    ]
    quote = _quote(paragraphs, "At half-time I wanted")
    assert quote.speaker == "one supporter"
    assert quote.speaker_kind == "description"


def test_a_capital_inside_an_opening_description_names_no_speaker() -> None:
    # "Sarajevo" inside "One Sarajevo supporter" had been linked to "Novo Sarajevo", read as a
    # person, and the description lost its words.
    paragraphs = [
        "\u201cThirty years I have come here,\u201d said Jasmin Hodžić, a 52-year-old fan from "
        "Novo Sarajevo.",
        "One Sarajevo supporter, who would not give his name, was less impressed: \u201cWe gave "
        "them the match.\u201d",
    ]
    quote = _quote(paragraphs, "We gave them the match")
    assert quote.speaker == "one Sarajevo supporter"


def test_an_adverb_ending_like_a_noun_is_no_role_before_a_given_name() -> None:
    paragraphs = [
        "Aigerim Bekova, the squad's youngest player, was left out of the final twelve.",
        "The coach picked Dana over Aigerim, who had started every group game.",
        "Aigerim called the decision \u201cpainful, but fair\u201d.",
    ]
    quote = _quote(paragraphs, "painful, but fair")
    assert quote.speaker == "Aigerim Bekova"


def test_also_before_an_age_states_it() -> None:
    # Two 19-year-olds: "the 19-year-old" is neither for sure (it had been the first named).
    paragraphs = [
        "Amar Kovač, 19, opened the scoring and Kerim Hadžić, also 19, headed the winner.",
        "The 19-year-old, who scored the winner, said it was \u201ca dream since I was six\u201d.",
    ]
    quote = _quote(paragraphs, "a dream since I was six")
    assert quote.speaker == "the 19-year-old"
    assert quote.speaker_kind == "description"


def test_an_age_in_words_after_a_name_rules_them_out() -> None:
    paragraphs = [
        "Emin Quliyev, a seven-year-old from Ganja, was pulled from the rubble on Tuesday by "
        "rescuer Tofiq Abbasli.",
        "\u201cHe was holding his cat,\u201d the 45-year-old said.",
    ]
    quote = _quote(paragraphs, "He was holding")
    assert quote.speaker == "Tofiq Abbasli"


def test_a_body_named_for_portfolios_after_a_place() -> None:
    paragraphs = [
        "The Mostar Chamber of Commerce and Industry said the new tariffs were "
        "\u201cworrying for every exporter\u201d.",
    ]
    quote = _quote(paragraphs, "worrying for every")
    assert quote.speaker == "Mostar Chamber of Commerce and Industry"


def test_a_post_set_off_after_the_name_says_more_than_an_academic_rank() -> None:
    paragraphs = [
        "Professor Nilufar Rahimova, head of the Department of Virology at Tashkent Medical "
        "Academy, said the season had peaked early.",
        "\u201cThe first two days decide everything,\u201d Rahimova said.",
    ]
    quote = _quote(paragraphs, "The first two days")
    assert quote.role == "head of the Department of Virology at Tashkent Medical Academy"


def test_an_academic_rank_alone_is_still_the_role() -> None:
    paragraphs = [
        "Professor Nilufar Rahimova, 61, said the season had peaked early.",
        "\u201cThe first two days decide everything,\u201d Rahimova said.",
    ]
    quote = _quote(paragraphs, "The first two days")
    assert quote.role == "Professor"


def test_an_arabic_family_name_spelt_apart_keeps_the_given_names() -> None:
    # "Al" is a given name ("Al Gore"), so the run split before it: "Al Saffar" was someone
    # whose given name is Al, and "Hussain said" no one named in full.
    paragraphs = [
        "A second-half double from Yousif Jaafar Al Mahroos gave Riffa the title.",
        "\u201cI did not celebrate the first goal,\u201d Yousif said.",
    ]
    quote = _quote(paragraphs, "I did not celebrate")
    assert quote.speaker == "Yousif Jaafar Al Mahroos"


def test_al_as_a_given_name_after_a_place_stays_his() -> None:
    paragraphs = ["\u201cWe will vote no,\u201d said Texas Rep. Al Green."]
    quote = _quote(paragraphs, "We will vote no")
    assert quote.speaker == "Al Green"
