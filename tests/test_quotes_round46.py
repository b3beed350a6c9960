"""Round forty-six. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Court jails clerk who emptied pensioners' accounts")


def test_a_post_in_a_bodys_name_is_its_holder() -> None:
    # "the High Court Judge said": a court's name and a post in it is the judge the story
    # named with those words, never a body called "High Court Judge".
    paragraphs = [
        "High Court Judge Nishanthi Abeysundara sentenced the former clerk to eight years.",
        "\u201cThe victims handed over their life savings,\u201d the High Court Judge said.",
    ]
    quote = _quote(paragraphs, "The victims handed over their life savings,")
    assert (quote.speaker, quote.speaker_kind) == ("Nishanthi Abeysundara", "name")


def test_a_post_no_one_was_named_with_is_the_storys_words() -> None:
    # No one holds "Police Commissioner": the story's words, not a body of that name.
    paragraphs = [
        "Detectives arrested a second man in Colombo on Tuesday.",
        "\u201cMore arrests will follow,\u201d the Police Commissioner said.",
    ]
    quote = _quote(paragraphs, "More arrests will follow,")
    assert (quote.speaker, quote.speaker_kind) == ("the Police Commissioner", "description")


def test_a_body_whose_name_ends_in_a_post_stays_a_body() -> None:
    # "the Office of the Prime Minister", "the Health Service Executive" are bodies.
    paragraphs = [
        "Patients waited up to 19 hours on trolleys last month.",
        "\u201cWe regret the distress caused,\u201d the Health Service Executive said.",
    ]
    quote = _quote(paragraphs, "We regret the distress caused,")
    assert (quote.speaker, quote.speaker_kind) == ("Health Service Executive", "organisation")


def test_a_post_is_not_someone_given_only_other_posts() -> None:
    # "the Health Minister said" after State Department spokesman Ned Price: he is no
    # minister, and the story names no one who is.
    paragraphs = [
        "State Department spokesman Ned Price said talks would resume in March.",
        "\u201cAgain and again we asked for the data,\u201d the Health Minister said.",
    ]
    quote = _quote(paragraphs, "Again and again we asked for the data,")
    assert quote.speaker != "Ned Price"
    assert (quote.speaker, quote.speaker_kind) == ("the Health Minister", "description")


def test_a_whose_clause_set_off_after_a_name_gives_no_role() -> None:
    # "Nasrin Rahimi, whose husband is Hamid's younger brother,": the clause is about her
    # husband; she is no "brother", and "she said" after it is hers, not the surgeon's.
    paragraphs = [
        "\u201cWe have 40 beds and more than 300 patients,\u201d said Dr Leila Sadat, the"
        " hospital\u2019s only surgeon.",
        "Nasrin Rahimi, whose husband is Hamid\u2019s younger brother, was pulled alive from the"
        " rubble on Sunday morning along with her daughter.",
        "\u201cI could hear her breathing next to me, but I could not see her,\u201d she said.",
    ]
    quote = _quote(paragraphs, "I could hear her breathing next to me, but I could not see her,")
    assert quote.speaker == "Nasrin Rahimi"


def test_an_age_in_brackets_and_a_home_town_stand_between_a_subject_and_its_verb() -> None:
    # "M.H. Fathima Shamla (31) from Kattankudy said she": the South Asian press's age in
    # brackets; "she" after the verb says the subject's sex, whoever "he" is later (her son).
    paragraphs = [
        "M.H. Fathima Shamla (31) from Kattankudy said she had taken him to a dispensary twice"
        " before he was referred to hospital. He was put on a drip.",
        "\u201cThe doctor said it was only a viral fever,\u201d she said.",
    ]
    quote = _quote(paragraphs, "The doctor said it was only a viral fever,")
    assert quote.speaker == "M.H. Fathima Shamla"


def test_a_posts_initials_before_its_holder_are_the_holder() -> None:
    # "Municipal Chief Executive (MCE), Mr Yaw Boateng ... the MCE said": the story's key to
    # the post's initials names the holder, not a body called "MCE".
    paragraphs = [
        "The Municipal Chief Executive (MCE), Mr Yaw Boateng, opened the new market on Friday.",
        "\u201cWe have waited ten years for this,\u201d the MCE said.",
    ]
    quote = _quote(paragraphs, "We have waited ten years for this,")
    assert (quote.speaker, quote.speaker_kind) == ("Yaw Boateng", "name")


def test_a_posts_words_are_no_person_once_its_initials_name_the_holder() -> None:
    # "Health officials" is not the Regional Director of Health Services: "he said" after
    # "The RDHS said ..." is the director, Dr. Thevarajah.
    paragraphs = [
        "Batticaloa Regional Director of Health Services (RDHS) Dr. Sivanesan Thevarajah told"
        " reporters the outbreak was \"the worst we have seen since 2017\".",
        "The RDHS said that from Monday, joint teams of Public Health Inspectors, police and"
        " Army personnel would inspect every house. Health officials have also asked the Zonal"
        " Director of Education to close schools for a day.",
        "\u201cEvery household must treat this as its own responsibility,\u201d he said.",
    ]
    quote = _quote(paragraphs, "Every household must treat this as its own responsibility,")
    assert quote.speaker == "Sivanesan Thevarajah"


def test_a_bodys_initials_inside_a_post_are_the_body() -> None:
    # "General Secretary of the Rice Producers Association (RPA), Lekhraj Ramcharran": the
    # initials are the association's, not its secretary's.
    paragraphs = [
        "General Secretary of the Rice Producers Association (RPA), Lekhraj Ramcharran, said"
        " millers owed farmers for two crops.",
        "\u201cPay the farmers what they are owed,\u201d the RPA said in a statement.",
    ]
    quote = _quote(paragraphs, "Pay the farmers what they are owed,")
    assert quote.speaker != "Lekhraj Ramcharran"


def test_a_state_centre_named_for_its_sciences_keeps_them_all() -> None:
    # "the Centre of Malariology, Parasitology and Entomology", "the Ministry of Health,
    # Labour and Social Affairs": the name goes on past the comma and "and".
    paragraphs = [
        "According to the Centre of Malariology, Parasitology and Entomology, \u201cmore than 40"
        " percent of households\u201d had larvae in their water jars.",
        "\u201cStay alert,\u201d the Ministry of Health, Labour and Social Affairs said.",
    ]
    centre = _quote(paragraphs, "more than 40 percent of households")
    assert centre.speaker == "Centre of Malariology, Parasitology and Entomology"
    ministry = _quote(paragraphs, "Stay alert,")
    assert ministry.speaker == "Ministry of Health, Labour and Social Affairs"


def test_a_times_full_stop_before_a_day_or_zone_ends_no_sentence() -> None:
    # "through 6 p.m. Friday, warning of": one sentence, whose subject is the forecaster.
    paragraphs = [
        "The National Weather Service issued a snow warning for Cook County through 6 p.m."
        " Friday, warning of \u201csnowfall rates of 2 to 3 inches per hour\u201d.",
    ]
    quote = _quote(paragraphs, "snowfall rates of 2 to 3 inches per hour")
    assert (quote.speaker, quote.speaker_kind) == ("National Weather Service", "organisation")


def test_a_prepositions_object_is_no_participles_subject() -> None:
    # "issued a rare “tornado emergency” for Corliss ..., warning of": Corliss is where, and
    # never the one warning.
    paragraphs = [
        "The local weather office issued a rare \u201ctornado emergency\u201d for Corliss on"
        " Wednesday night, warning of a \u201clarge and extremely dangerous tornado\u201d.",
    ]
    assert _quote(paragraphs, "tornado emergency").speaker != "Corliss"
    assert _quote(paragraphs, "large and extremely dangerous tornado").speaker != "Corliss"


def test_a_post_in_a_speakers_words_is_its_holder() -> None:
    # "In 2021 the Mayor stood in this very hall and said, ‘...’" in a councillor's words:
    # the story's one mayor said the inner words.
    paragraphs = [
        "Kutaisi Mayor Davit Kuprashvili defended the plan at the council session.",
        "\u201cIn 2021 the Mayor stood in this very hall and said, \u2018No trader will be moved"
        " without their consent,\u2019 and today we are voting to move them,\u201d Tamar"
        " Lordkipanidze said.",
    ]
    inner = _quote(paragraphs, "No trader will be moved without their consent,")
    assert (inner.speaker, inner.reported_by) == ("Davit Kuprashvili", "Tamar Lordkipanidze")


def test_a_post_with_words_before_it_is_the_holder_of_them_all() -> None:
    # Review: "the Finance Minister said" after the Health Minister was quoted is not him.
    paragraphs = [
        "Finance Minister Enoch Godongwana and Health Minister Aaron Motsoaledi briefed"
        " Parliament on Tuesday.",
        "\u201cThe scheme will be phased in over several years,\u201d Motsoaledi said.",
        "\u201cWe are not going to borrow our way out of this,\u201d the Finance Minister said.",
    ]
    assert _quote(paragraphs, "We are not going to borrow our way out of this,").speaker in (
        "Enoch Godongwana", "the Finance Minister")


def test_a_list_after_an_institute_is_no_list_of_its_sciences() -> None:
    # Review: "the Institute of Aviation Safety, Boeing and Airbus said" names three sources;
    # "Guinness" after a department is a brewer, not a portfolio.
    paragraphs = [
        "\u201cThe new standard will make cabin fires far rarer,\u201d the Institute of Aviation"
        " Safety, Boeing and Airbus said in a joint statement.",
        "\u201cThis gives growers certainty,\u201d the Department of Agriculture, Guinness and"
        " Diageo said.",
    ]
    assert _quote(paragraphs, "The new standard will make cabin fires far rarer,").speaker != (
        "Institute of Aviation Safety, Boeing")
    assert _quote(paragraphs, "This gives growers certainty,").speaker != (
        "Department of Agriculture, Guinness")


def test_a_post_in_a_speakers_words_is_no_lesser_or_other_office() -> None:
    # Review: "the General Manager" is not a Director General, nor a Deputy General Manager;
    # "the President" (capitalised) is not "union president Jane Roe"; "the Mayor" is not the
    # deputy mayor.
    paragraphs = [
        "Director General Nilanthi Abeyratne and Deputy General Manager Kumudu Jayawardena gave"
        " evidence, as did union president Jane Roe and Deputy Mayor Li Wen.",
        "\u201cThe General Manager called me in and said, \u2018Sign or go on leave,\u2019 so I"
        " went,\u201d a clerk told the court.",
        "\u201cIn 2019 the President said, \u2018Farmers will be taken care of,\u2019 and nothing"
        " came,\u201d grower Mark Reed said.",
        "\u201cIn 2015 the Mayor stood here and said, \u2018This hall will never close,\u2019\u201d"
        " Councillor Tom Hale said.",
    ]
    for words in ("Sign or go on leave,", "Farmers will be taken care of,",
                  "This hall will never close,"):
        try:
            speaker = _quote(paragraphs, words).speaker
        except StopIteration:
            continue  # (no one credited: no quotation reported inside)
        assert speaker not in ("Nilanthi Abeyratne", "Kumudu Jayawardena", "Jane Roe", "Li Wen")


def test_county_officials_are_no_short_form_of_the_county() -> None:
    # Review: "County officials ..., saying" after "Erie County" are the county's people.
    paragraphs = [
        "Gov. Kathy Hochul declared a state of emergency for Erie County on Thursday.",
        "County officials issued a travel ban for Buffalo until Saturday, saying \u201canyone on"
        " the roads is putting lives at risk.\u201d",
    ]
    quote = _quote(paragraphs, "anyone on the roads is putting lives at risk.")
    assert (quote.speaker, quote.speaker_kind) == ("County officials", "description")


def test_a_name_after_from_may_author_a_participles_words() -> None:
    # Review: "an order from Chief Executive Mark Reed ..., citing" is his.
    paragraphs = [
        "Employees received a \u201cstay at home\u201d order from Chief Executive Mark Reed on"
        " Sunday, citing \u201cthe safety of our staff.\u201d",
    ]
    assert _quote(paragraphs, "the safety of our staff.").speaker == "Mark Reed"
