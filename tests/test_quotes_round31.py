"""Round thirty-one: names, titles and bodies. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_the_honourable_is_a_title_and_its_full_stop_ends_no_sentence() -> None:
    # "Hon." had ended a sentence inside the run, so "Rt. Hon" stood as a man of its own and
    # took every "He said" after a legislator's name.
    quotes = by_text([
        "Reps in uproar over budget",
        "The Speaker, Rt. Hon. Ibrahim Danladi Wakili, who presided, struggled for minutes.",
        "Chairman of the House Committee on Appropriations, Hon. Olufemi Adeyemi-Coker, denied"
        " the allegation. He added, \"Nothing was smuggled.\"",
        "The walkout was led by the Minority Leader, Hon. Garba Musa Lafiaji.",
        "\"We are not against the budget,\" he said.",
    ])
    assert quotes["Nothing was smuggled."].speaker == "Olufemi Adeyemi-Coker"
    assert quotes["We are not against the budget,"].speaker == "Garba Musa Lafiaji"


def test_a_bodys_first_word_after_its_full_name_is_that_body() -> None:
    # "Pellucid" is no one's surname; the story named "Pellucid Health Systems" first.
    quotes = by_text([
        "Hospital trust says only a small number of patients hit",
        "The trust's imaging provider, Pellucid Health Systems, was breached in October.",
        "In a statement sent to El Reg, Pellucid said it detected \u201csuspicious activity\u201d"
        " on a file transfer server.",
        "The trust said it had reported the incident to the data protection regulator. A"
        " spokesperson for the regulator confirmed it was \u201cmaking enquiries\u201d.",
    ])
    quote = quotes["suspicious activity"]
    assert (quote.speaker, quote.speaker_kind) == ("Pellucid Health Systems", "organisation")
    # A regulator is a public body: never the company named before it.
    assert quotes["making enquiries"].speaker != "Pellucid Health Systems"


def test_a_word_used_before_the_body_that_opens_with_it_is_named_stays_itself() -> None:
    # "premiered in Pittenmuir" is the town, though "Pittenmuir Parish Church" comes later;
    # "they said" after "her family" is no church.
    quotes = by_text([
        "Theatre director dies aged 78",
        "Rhona MacLeod, whose first plays all premiered in Pittenmuir, died on Sunday.",
        "In a statement, they said: \u2018Mum was the most stubborn person any of us knew.\u2019",
        "The funeral will take place at Pittenmuir Parish Church next week.",
    ])
    assert quotes["Mum was the most stubborn person any of us knew."].speaker != (
        "Pittenmuir Parish Church")


def test_abbreviated_titles_cut_from_their_name_by_a_bracket_are_no_name() -> None:
    # "Maj" is missing from our titles; nameparser has it.
    quotes = by_text([
        "Howitzer deal row",
        "Maj Gen (retd) K Ramaswamy, who headed a trial directorate, raised concerns about what"
        " he called the \"compressed timelines\" of the phase.",
    ])
    assert quotes["compressed timelines"].speaker == "K Ramaswamy"


def test_the_storys_pronouns_outweigh_a_census_sex_too_rare_to_rule_the_other_out() -> None:
    # "Dara" is on the Census's female list alone at 0.007 percent; its male list stops at
    # 0.004, so men who bear it may simply be missing. The story says "he" throughout.
    quotes = by_text([
        "Whelan reaches first semifinal",
        "Dara Whelan saved two match points to reach his first semifinal on Tuesday. He is the"
        " first Irish man to do so, and he did it at Roland Garros.",
        "He also served 17 double-faults, a number he called \"embarrassing, to be honest.\"",
        "Whelan said he had a quiet evening planned. \"Ice bath, bowl of pasta, bed,\" he said.",
    ])
    assert quotes["embarrassing, to be honest."].speaker == "Dara Whelan"
    assert quotes["Ice bath, bowl of pasta, bed,"].speaker == "Dara Whelan"


def test_a_name_the_census_gives_one_sex_often_keeps_it_against_stray_pronouns() -> None:
    from socialkit.quotes.people import may_be_borne_by

    assert may_be_borne_by("Dara", "m") and may_be_borne_by("Dara", "f")
    assert not may_be_borne_by("Darren", "f")
    assert not may_be_borne_by("Margaret", "m")


def test_an_auxiliary_ends_an_age_epithet() -> None:
    quotes = by_text([
        "Rhinos hold on",
        "Dube, whose two tries took his tally to 14, cut a dejected figure. \"We will learn from"
        " it,\" was all the 21-year-old would say as he walked off.",
    ])
    assert quotes["We will learn from it,"].speaker != "the 21-year-old would"


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    from socialkit.quotes.names import _clean_run_cached

    assert _clean_run_cached("Outside Patria’s")[0] == "Patria"
    assert _clean_run_cached("Despite Halvorsen's")[0] == "Halvorsen"
    # A name may open with one: "Under Armour", "Inside Out", "Within Temptation" keep theirs.
    assert _clean_run_cached("Under Armour")[0] == "Under Armour"
    assert _clean_run_cached("Within Temptation")[0] == "Within Temptation"


def test_a_capital_before_a_noun_is_no_body_a_spokesperson_speaks_for() -> None:
    quotes = by_text([
        "Howitzer deal row",
        "A spokesperson for the Polish embassy in New Delhi said the embassy \"does not comment"
        " on commercial procurement matters\" involving private firms.",
    ])
    quote = quotes["does not comment on commercial procurement matters"]
    assert (quote.speaker, quote.speaker_kind) == (
        "a spokesperson for the Polish embassy", "description")


def test_a_songs_title_in_single_marks_is_no_one_though_its_closing_mark_looks_like_an_apostrophe(
        ) -> None:
    quotes = by_text([
        "Salt In The Engine review",
        "The record is full of dry observation: landlords, waiting rooms, the \u201cquiet"
        " violence of a rent increase\u201d, as she puts it on \u2018Two Bedroom Ruin\u2019.",
        "\u201cI started writing about money because nobody around me could stop talking about"
        " it,\u201d she explains.",
    ])
    assert quotes["I started writing about money because nobody around me could stop talking"
                  " about it,"].speaker != "Bedroom Ruin\u2019"


def test_a_bodys_name_goes_on_past_of_and_a_place() -> None:
    from socialkit.quotes.names import _clean_run_cached

    assert _clean_run_cached("Zoological Alliance of North America")[0] == (
        "Zoological Alliance of North America")
    # A person's name still ends before the place they are "of".
    assert _clean_run_cached("Stacey Plaskett of the Virgin Islands")[0] == "Stacey Plaskett"


def test_a_word_people_work_at_is_a_body() -> None:
    quotes = by_text([
        "Airline strike strands thousands",
        "Holidaymakers were stranded after pilots at Celtavia began a 48-hour strike on Friday.",
        "In a statement, Celtavia said the strike was \u201cunnecessary and deeply"
        " regrettable\u201d.",
        "\u201cWe remain available for talks at any time,\u201d the airline said.",
    ])
    assert [(q.speaker, q.speaker_kind) for q in quotes.values()] == [
        ("Celtavia", "organisation")] * 2


def test_an_age_epithet_after_an_inverted_cue_is_the_subject_just_before() -> None:
    # The inverted cue had no reading of "the 27-year-old" (a head that opens with a digit);
    # "Vantage's" (a team) had stood as a second person in the sentence before.
    quotes = by_text([
        "Okafor claims first win",
        "Nnamdi Okafor won in Montreal. Tran Minh Chau finished second.",
        "\"People called it a gamble,\" said Zielinski.",
        "Tran, whose second place was Vantage's best finish in five years, felt the race had come"
        " down to a handful of laps.",
        "\"I had the pace to win today,\" said the 27-year-old.",
    ])
    assert quotes["I had the pace to win today,"].speaker == "Tran Minh Chau"


def test_the_statement_said_is_the_body_whose_spokesperson_issued_it() -> None:
    quotes = by_text([
        "Farmers rally over drought scheme",
        "In a statement, a spokesperson for the Department of Primary Industries said the"
        " average processing time had fallen.",
        "\"The department has recruited an additional 22 staff,\" the statement said.",
    ])
    quote = quotes["The department has recruited an additional 22 staff,"]
    assert (quote.speaker, quote.speaker_kind) == (
        "Department of Primary Industries", "organisation")


def test_the_younger_of_a_family_is_the_one_the_story_calls_a_son_or_daughter() -> None:
    quotes = by_text([
        "Armed gang storms jewellery store",
        "The store's owner, Farid Essop, said it was the second time the shop had been targeted.",
        "His son, Yusuf Essop, who was behind the counter at the time, said a robber pointed a"
        " rifle at him.",
        "\"I just kept thinking of my kids,\" the younger Essop said.",
        "\"We will reopen on Monday,\" the elder Essop said.",
    ])
    assert quotes["I just kept thinking of my kids,"].speaker == "Yusuf Essop"
    # No one is called a father or mother: "the elder" stays as the story's surname reads.
    assert quotes["We will reopen on Monday,"].speaker == "Farid Essop"


def test_a_name_set_off_after_whose_role_is_the_subject_before_its_closing_comma() -> None:
    quotes = by_text([
        "Feud explodes",
        "Brooke Halloran hit back on Tuesday.",
        "Halloran's co-host, Simone Achterberg, tried to lighten the mood, joking: \"Should we"
        " get a lawyer on the line?\"",
        "Whitcombe's mother, Carol Whitcombe, who has appeared at several events, also weighed"
        " in, commenting that Daniela \"will always be my daughter.\"",
    ])
    assert quotes["Should we get a lawyer on the line?"].speaker == "Simone Achterberg"
    assert quotes["will always be my daughter."].speaker == "Carol Whitcombe"


# Review mends: snippets an adversarial review wrote against this round's rules.


def test_review_a_spokesperson_for_a_one_word_body_then_an_adverb_speaks_for_the_body() -> None:
    quotes = by_text([
        "Qantas flight diverted",
        "A Qantas flight from Perth was diverted to Darwin on Tuesday.",
        "A spokesperson for Qantas later said: \"The aircraft landed safely and engineers are"
        " inspecting the engine.\"",
    ])
    assert next(iter(quotes.values())).speaker == "Qantas"


def test_review_hon_alone_before_one_word_is_a_name_and_rt_a_broadcaster() -> None:
    quotes = by_text([
        "Inventor of e-cigarette says vaping saved millions",
        "Hon Lik, the Chinese pharmacist who invented the modern e-cigarette, has defended"
        " vaping.",
        "\"I designed it to help my father stop smoking,\" Hon said in an interview.",
    ])
    assert next(iter(quotes.values())).speaker == "Hon Lik"


def test_review_a_fathers_she_for_his_daughter_does_not_make_ahmed_a_woman() -> None:
    quotes = by_text([
        "Missing student's father criticises police",
        "The father of a university student missing for a week says police did not take her"
        " disappearance seriously.",
        "Ahmed Rashid said she had called him on Sunday evening. Rashid said she sounded happy.",
        "Rashid said she had never gone missing before.",
        "\"I just want my daughter home,\" he said.",
    ])
    assert next(iter(quotes.values())).speaker == "Ahmed Rashid"


def test_review_a_person_who_bears_the_word_keeps_it_from_their_foundation() -> None:
    quotes = by_text([
        "Kanu opens heart centre",
        "The Kanu Heart Foundation has opened a new cardiac centre in Owerri.",
        "Former Super Eagles captain Kanu Nwankwo, who founded the charity, cut the ribbon.",
        "\"I was lucky. These children deserve the same chance at home,\" Kanu said.",
    ])
    assert next(iter(quotes.values())).speaker != "Kanu Heart Foundation"
    quotes = by_text([
        "Singer Asake launches record label",
        "Afrobeats star Asake has launched his own record label.",
        "Asake Music Group, the company behind the label, said it would sign five artists.",
        "\"This is only the beginning,\" Asake said.",
    ])
    assert next(iter(quotes.values())).speaker == "Asake"


def test_review_a_spokesperson_for_a_person_is_not_a_body_in_the_statement() -> None:
    quotes = by_text([
        "Rihanna withdraws from gala",
        "In a statement, a spokesperson for Rihanna said the decision had been taken on medical"
        " advice. \"She is devastated to miss the event,\" the statement said.",
    ])
    assert next(iter(quotes.values())).speaker_kind != "organisation"


def test_review_a_legislator_of_a_state_is_still_cut_before_it() -> None:
    quotes = by_text([
        "Democrats demand Epstein files",
        "\"The American people deserve to know the truth, all of it,\" said House Democrat Jamie"
        " Raskin of Maryland.",
    ])
    assert next(iter(quotes.values())).speaker == "Jamie Raskin"


def test_review_a_two_word_name_in_the_possessive_is_still_a_rival() -> None:
    quotes = by_text([
        "Djokovic through",
        "Novak Djokovic's serve was too much for Alex de Minaur in the fourth round on Sunday.",
        "De Minaur fought back to take the third set but faded badly in the fourth. \"I felt in"
        " control from the start,\" said the Serb.",
    ])
    assert next(iter(quotes.values())).speaker != "Alex de Minaur"


def test_review_an_age_epithet_after_an_inverted_cue_stops_before_an_adverb() -> None:
    quotes = by_text([
        "Teenager wins on debut",
        "Two riders crashed on the final lap in Misano.",
        "\"I have dreamed of this since I was a little boy,\" said the 19-year-old afterwards.",
    ])
    assert next(iter(quotes.values())).speaker in (None, "the 19-year-old")
