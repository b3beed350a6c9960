"""Speaker rules of the twenty-second round, measured on the benches our helpers wrote
(bench/written/r24a, r25a), corpus2 and PolNeAR. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text

_STORY = [
    "Harbour crew saves fishing boat",
    "Hemi Walker-Tane, the crew's coxswain, took the lifeboat out at 2am.",
    "Volunteer Grace Pomare, 31, said the crew had trained for exactly that night.",
    "\u201cWe were soaked and frozen,\u201d Pomare said. \u201cAnd then Hemi leaned across and"
    " said, \u2018We go again tomorrow.\u2019 Nobody argued.\u201d",
    "\u201cA man at the bus stop told me, \u2018You lot are mad,\u2019 and he was right,\u201d"
    " she added.",
    "\u201cMy dad rang afterwards. He said to me, \u2018Come home, love,\u2019 and I did,\u201d"
    " Pomare said.",
    "\u201cEveryone called him \u2018The Admiral.\u2019 We were told it was"
    " \u2018only a swell.\u2019 It was not,\u201d she said.",
]


def test_a_quotation_inside_a_quotation_is_the_words_of_whom_the_speaker_names() -> None:
    quotes = by_text(_STORY)
    outer = quotes["We were soaked and frozen, And then Hemi leaned across and said,"
                   " \u2018We go again tomorrow.\u2019 Nobody argued."]
    assert (outer.speaker, outer.reported_by, outer.postable) == ("Grace Pomare", None, True)
    inner = quotes["We go again tomorrow."]
    # "Hemi" is the one person of the story with that name: Hemi Walker-Tane, as Pomare
    # reports him; her account, so never on a card as his.
    assert (inner.speaker, inner.speaker_kind, inner.reported_by) == (
        "Hemi Walker-Tane", "name", "Grace Pomare")
    assert not inner.postable
    described = quotes["You lot are mad,"]
    assert (described.speaker, described.speaker_kind, described.reported_by) == (
        "a man at the bus stop", "description", "Grace Pomare")


def test_an_inner_quotation_with_only_a_pronoun_or_no_speech_verb_is_not_listed() -> None:
    # "He said to me" points into the speaker's memory (her dad, whom the story never names);
    # "called him" names, and "we were told" has no one who tells.
    quotes = by_text(_STORY)
    for words in ("Come home, love,", "The Admiral.", "only a swell."):
        assert words not in quotes
    assert all(q.reported_by in (None, "Grace Pomare") for q in quotes.values())


def test_a_letter_opened_by_in_a_letter_is_the_titled_name_after_the_comma() -> None:
    # "In a letter ..., Bishop Anthony Ogunleye ... wrote": the letter's author carries a
    # title; "the letter said" then credits him, not "the letter".
    quotes = by_text([
        "Parish to close after 112 years",
        "In a letter read aloud at every Mass on Sunday, Bishop Anthony Ogunleye, who oversees"
        " the deanery, wrote that the church needed $4 million in repairs.",
        "\"No one takes a decision like this lightly,\" the letter said.",
    ])
    assert quotes["No one takes a decision like this lightly,"].speaker == "Anthony Ogunleye"


def test_a_quoted_transcript_credits_a_surname_label_a_bracketed_asker_and_a_noun() -> None:
    # The surname opens every sentence it is in (no name to the index on its own); "Q" names
    # no one; an asker in brackets after "Q" is the asker; "Reporter:" is a description.
    quotes = by_text([
        "Rocket lost after launch",
        "Sports Reporter",
        "Ruslan Bekmukhambetov, the company's vice president, took questions on Monday.",
        "An edited transcript follows.",
        "Q (Mireille Dufresne, Orbital Ledger): \u201cIs it the same design?\u201d",
        "Bekmukhambetov: \u201cSame design, different supplier.\u201d",
        "Q: \u201cWhen do you fly again?\u201d",
        "Reporter: \u201cIs the contract at risk?\u201d",
    ])
    assert quotes["Is it the same design?"].speaker == "Mireille Dufresne"
    assert quotes["Same design, different supplier."].speaker == "Ruslan Bekmukhambetov"
    assert quotes["When do you fly again?"].speaker is None
    asked = quotes["Is the contract at risk?"]
    assert (asked.speaker, asked.speaker_kind) == ("a reporter", "description")


def test_an_age_epithet_may_say_what_the_person_does_in_several_words() -> None:
    # "the 52-year-old sheep and beef farmer said": an age epithet, not "the 52-year-old
    # sheep" (no person) and a description of no one.
    quotes = by_text([
        "Valley farmers count the cost of the flood",
        "Hemi Ngata-Whaanga had moved 600 ewes to high ground by 9pm on Sunday. By 1am the"
        " water was at the woolshed door.",
        "\u201cWe lost the lot in four hours,\u201d the 52-year-old sheep and beef farmer said"
        " on Tuesday.",
    ])
    assert quotes["We lost the lot in four hours,"].speaker == "Hemi Ngata-Whaanga"


def test_a_document_with_an_irregular_participle_after_it_is_the_subject() -> None:
    # "An internal email sent to senior staff last week warned": "sent" ends the phrase as
    # "circulated" would; the email is the story's description of the source (never posted).
    quotes = by_text([
        "Hospital at breaking point",
        "Staff at Draymoor General have worked double shifts since October.",
        "An internal email sent to senior staff last week warned that the hospital was"
        " operating at \u201ccritical escalation level 4\u201d.",
    ])
    warned = quotes["critical escalation level 4"]
    assert (warned.speaker, warned.speaker_kind, warned.postable) == (
        "an internal email", "description", False)


def test_a_surname_before_a_longer_name_holding_it_is_the_person_named_by_then() -> None:
    # The bowler is "Jatoi" for the whole story; his father, "Ghulam Rasool Jatoi", comes in
    # at the end and takes none of the earlier mentions.
    quotes = by_text([
        "Board and bowler in war of words",
        "The board on Tuesday issued a notice to fast bowler Hasnain Jatoi.",
        "\u201cI have said nothing against any individual,\u201d Jatoi said.",
        "His father, Ghulam Rasool Jatoi, a retired schoolteacher, declined to comment.",
    ])
    assert quotes["I have said nothing against any individual,"].speaker == "Hasnain Jatoi"


def test_a_body_named_in_apposition_with_its_the_and_small_words_speaks() -> None:
    quotes = by_text([
        "Supplier told to explain meter failures",
        "Priyanka Nair, 67, said the bills had stopped her sleeping.",
        "The regulator, the Gas and Electricity Markets Office, said in a statement that"
        " suppliers had a duty to act \u201cpromptly and proactively\u201d.",
    ])
    assert quotes["promptly and proactively"].speaker == "Gas and Electricity Markets Office"


def test_an_age_epithet_that_is_a_verbs_object_is_no_speaker() -> None:
    # "sentenced the 30-year-old to two years and said": the judge speaks, not the 30-year-old.
    quotes = by_text([
        "Drunk driver jailed for killing cyclist",
        "Brodie Kemp, 30, was sentenced in the district court on Friday.",
        "Judge Mary Kohere sentenced the 30-year-old to two years and said: \u201cYou showed"
        " no remorse whatsoever.\u201d",
    ])
    assert quotes["You showed no remorse whatsoever."].speaker == "Mary Kohere"


def test_a_plural_label_or_a_role_held_by_someone_in_a_quoted_transcript() -> None:
    quotes = by_text([
        "Cycleway splits the bay",
        "Judge Emma Smith heard the case on Monday. We asked residents what they thought.",
        "Residents: \u201cIt has been a disaster for the shops.\u201d",
        "Judge: \u201cThe council acted within its powers.\u201d",
    ])
    residents = quotes["It has been a disaster for the shops."]
    assert (residents.speaker, residents.speaker_kind) == ("residents", "description")
    assert quotes["The council acted within its powers."].speaker == "Emma Smith"


def test_titles_signs_and_bodies_inside_a_quotation_are_not_reported_speech() -> None:
    # A title, a sign or a label quoted with no comma before it and no closing punctuation
    # of its own is no one's words; a body or a place whose word a person's name holds
    # ("Morrison Homes", "Wellington") is not that person; a clause is no description.
    quotes = by_text([
        "Builder collapses, subcontractors unpaid",
        "Plumber Ian Morrison is owed $48,000. Deputy mayor Josh Wellington backed the"
        " subcontractors. Singer Sophie Kerr played a benefit gig.",
        "\u201cSophie sang \u2018Moana\u2019 and the whole hall went silent,\u201d organiser"
        " Raj Patel said.",
        "\u201cThen Morrison Homes told us, \u2018There is no money left,\u2019 and hung up,\u201d"
        " Patel said.",
        "\u201cEvery time we ask, Wellington says, \u2018Next year,\u2019 and it never comes,\u201d"
        " Patel added.",
        "\u201cA policeman grabbed my arm and he said to me, \u2018Go home, love,\u2019 and I"
        " did,\u201d Patel said.",
    ])
    for words in ("Moana", "There is no money left,", "Next year,", "Go home, love,"):
        assert words not in quotes


def test_a_body_set_off_as_a_kind_is_the_one_that_kind_of_word_later_means() -> None:
    # "Starhaven, the agency behind boy band NOVA9": Starhaven is a body (a word no one bears
    # as a surname), and "the agency said" is Starhaven, not the band named after it.
    quotes = by_text([
        "Agency denies bullying claims",
        "SEOUL (StarWire) \u2014 Starhaven, the agency behind boy band NOVA9, on Tuesday denied"
        " the claims against the group's leader.",
        "\u201cThe claims circulating online are entirely false,\u201d the agency said in a"
        " statement.",
    ])
    assert quotes["The claims circulating online are entirely false,"].speaker == "Starhaven"


def test_a_body_named_x_of_y_and_z_keeps_its_whole_name() -> None:
    quotes = by_text([
        "Ministry rejects aid group's claim",
        "The Ministry of Water and Rural Resilience on Monday rejected the accusation.",
        "The ministry said in a statement that it had followed \u201cevery step of the national"
        " drought protocol\u201d.",
    ])
    assert quotes["every step of the national drought protocol"].speaker == (
        "Ministry of Water and Rural Resilience")


def test_the_statement_is_the_bodys_named_by_the_words_that_opened_it() -> None:
    # "In a statement released two hours later, the district attorney's office said ...":
    # the statement's later paragraphs are that office's words, found through its own
    # words for itself; "Orvanta, the Canadian-Peruvian company that operates the mine" is a
    # body, and "the company said" is it.
    quotes = by_text([
        "Arrest made, but prosecutors not consulted",
        "Police Chief Rosalind Achterberg announced the arrest on Monday. The Merritt County"
        " District Attorney's Office said it had not decided whether to file charges.",
        "In a statement released two hours later, the district attorney's office said the"
        " arrest had been made \"without consultation\" with prosecutors.",
        "\"We will not be rushed into filing charges,\" the statement said.",
        "Villagers blocked the road to the mine run by Orvanta on Tuesday.",
        "Orvanta, the Canadian-Peruvian company that operates the mine, confirmed the spill.",
        "\"The spill has been contained,\" the company said in a statement.",
    ])
    assert quotes["We will not be rushed into filing charges,"].speaker == (
        "Merritt County District Attorney's Office")
    assert quotes["The spill has been contained,"].speaker == "Orvanta"


def test_someone_new_described_with_an_irregular_participle_is_the_he_after() -> None:
    quotes = by_text([
        "Villagers block road to mine",
        "Lucia Ferreyra, the company's spokeswoman, said the spill was contained.",
        "A truck driver stuck at the barricade with a load of lime said he supported the"
        " villagers. \u201cIf it were my river, I would be here too,\u201d he said.",
    ])
    driver = quotes["If it were my river, I would be here too,"]
    assert (driver.speaker_kind, driver.speaker) == ("description", "a truck driver")


def test_a_relative_clause_after_a_description_is_not_the_cues_subject() -> None:
    # "A volunteer who has worked at the centre since it opened said": the volunteer, not
    # "it" or the city; "a staff member who answered the call recalled that he said" is his.
    quotes = by_text([
        "Funding cut closes drop-in centre",
        "Deirdre Hanrahan, the charity's director, said the cut was a shock.",
        "A volunteer who has worked at the Limerick centre since it opened in 2016 said staff"
        " were \u2018heartbroken\u2019.",
        "Roy Dunne was arrested in April. A staff member who answered the call recalled that"
        " he said, \u2018I will be back tomorrow,\u2019 prosecutors said.",
    ])
    volunteer = quotes["heartbroken"]
    assert (volunteer.speaker, volunteer.speaker_kind) == ("a volunteer", "description")
    assert quotes["I will be back tomorrow,"].speaker == "Roy Dunne"


def test_a_newcomer_whose_phrase_holds_an_ing_noun_is_the_he_after() -> None:
    # "One second-year engineering student said he ...": a student ("engineering" is no
    # participle here), not the lecturer quoted before.
    quotes = by_text([
        "Students split on rent strike",
        "\u2018It is about whether there will still be a philosophy degree,\u2019 said Dr Ewa"
        " Kowalczyk, the union's branch secretary.",
        "Not all students back the strike. One second-year engineering student said he was"
        " worried about his references. \u2018I support the lecturers, but I can\u2019t afford"
        " to fail,\u2019 he said.",
    ])
    student = quotes["I support the lecturers, but I can\u2019t afford to fail,"]
    assert student.speaker_kind == "description"
    assert student.speaker is not None and student.speaker.endswith("student")


def test_review_mends_for_bodies_set_off_and_joined_by_and() -> None:
    # A body named since the one set off, whose name holds the noun, is "the agency"; two
    # bodies joined by "and" stay two; a title and its holder after "and" are no body's
    # name; a name set off after the statement's description is its author.
    quotes = by_text([
        "Pop agency hit by lawsuit",
        "SEOUL (StarWire) \u2014 Starhaven, the agency behind boy band NOVA9, was sued on"
        " Monday.",
        "The suit was filed by former members of girl group Lumi. Their new management,"
        " Crescent Entertainment Agency, backed the suit.",
        "\u201cOur artists deserve justice,\u201d the agency said.",
        "The Bank of England and Lloyds Banking Group disagreed over the outlook. \u201cRates"
        " will stay high,\u201d the Bank of England said.",
        "The State of Texas and Governor Greg Abbott filed suit on Monday. \u201cWashington has"
        " abandoned us,\u201d Abbott said.",
        "In a statement, the university's vice-chancellor, Prof Helen Marsh, said talks would"
        " resume. \u201cDialogue is the only way forward,\u201d the statement said.",
    ])
    assert quotes["Our artists deserve justice,"].speaker == "Crescent Entertainment Agency"
    assert quotes["Rates will stay high,"].speaker == "Bank of England"
    abbott = quotes["Washington has abandoned us,"]
    assert (abbott.speaker, abbott.role) == ("Greg Abbott", "Governor")
    assert quotes["Dialogue is the only way forward,"].speaker == "Helen Marsh"


def test_boss_is_a_title_before_a_name() -> None:
    # "Rovers boss Tomasz Wilk refused ... ‘...,’ the Pole said": a manager's title, as
    # "manager" is; the name after it is the sentence's subject.
    quotes = by_text([
        "Striker row rumbles on",
        "Rovers boss Tomasz Wilk refused to say whether the striker would play again.",
        "\u2018I am not a lawyer, I am a football coach,\u2019 the Pole said.",
    ])
    wilk = quotes["I am not a lawyer, I am a football coach,"]
    assert (wilk.speaker, wilk.role) == ("Tomasz Wilk", "Rovers boss")
