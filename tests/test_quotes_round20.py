"""Speaker rules of the twentieth round: an epithet for the person the sentence before is
about, in the same paragraph, and the guards that keep it from naming someone else. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_an_epithet_after_the_subject_in_its_paragraph_is_them_whatever_their_role() -> None:
    # The body chaired gives its first half no role of "chair", so the sentence's subject is
    # the one person it names; "the retired engineer" is more about him, not a new person.
    quotes = by_text([
        "Council votes through housing plan",
        "Cllr Ann Comerford chaired the meeting.",
        "\u2018I understand people feel strongly,\u2019 Cllr Comerford said.",
        "Outside the council offices, residents gathered in the rain to vent their anger.",
        "Tadhg Moloney, chair of the Ardcarrig and District Residents\u2019 Association, said"
        " the group would consider a legal challenge. \u2018We will be looking at every option"
        " open to us,\u2019 the retired engineer said.",
    ])
    quote = quotes["We will be looking at every option open to us,"]
    assert quote.speaker == "Tadhg Moloney"


def test_a_tag_that_follows_no_quotation_goes_on_about_the_subject_before_it() -> None:
    quotes = by_text([
        "Pension row dogs governor race",
        "Rep. Susan Kittredge, a two-term member of Congress, is challenging Ray Delgado.",
        "Her campaign manager, Tyler Brandt, said the protests showed that \u201cRay Delgado\u2019s"
        " own base doesn\u2019t trust him.\u201d",
        "Kittredge herself, campaigning in Findlay on Sunday, went further. Speaking to"
        " reporters outside a diner, the congresswoman said Delgado owed voters \u201ca full"
        " accounting\u201d of the fund.",
    ])
    assert quotes["a full accounting"].speaker == "Susan Kittredge"


def test_an_epithet_a_paragraph_after_a_titled_person_is_someone_else() -> None:
    # Across a paragraph, a different occupation is a different person: the guard stays.
    quotes = by_text([
        "Hospital waits hit record",
        "Health Secretary Wes Streeting said the figures showed the NHS was \u201cbroken\u201d.",
        "\u201cWe have patients waiting 14 hours on trolleys in corridors,\u201d the nurse said.",
    ])
    quote = quotes["We have patients waiting 14 hours on trolleys in corridors,"]
    assert quote.speaker == "the nurse"
    assert quote.speaker_kind == "description"



def test_an_office_of_two_words_is_its_one_holder_not_another_minister() -> None:
    quotes = by_text([
        "Government shrugs off by-election loss",
        "Prime Minister Helen Marsden-Vaai congratulated the winner but rejected suggestions"
        " the result was a verdict on her government.",
        "\"Turnout was under 40 percent,\" the Prime Minister said on Monday.",
        "Later, Housing Minister Lydia Kowalczyk told the House the programme was on track.",
        "\"We are ahead of where anyone thought,\" the Prime Minister said.",
    ])
    assert quotes["Turnout was under 40 percent,"].speaker == "Helen Marsden-Vaai"
    assert quotes["We are ahead of where anyone thought,"].speaker == "Helen Marsden-Vaai"


def test_the_prime_minister_is_no_minister_of_another_portfolio() -> None:
    quotes = by_text([
        "Housing row",
        "Housing Minister Lydia Kowalczyk told the House the programme was on track.",
        "\"We will not be lectured,\" the Prime Minister said.",
    ])
    assert quotes["We will not be lectured,"].speaker != "Lydia Kowalczyk"


def test_a_statement_from_someone_is_theirs_when_the_statement_speaks() -> None:
    quotes = by_text([
        "Treasurer jailed for club theft",
        "A victim impact statement from the club's chairman, Phil Garside, was read to the"
        " court.",
        "\"Those kids did nothing wrong,\" the statement said.",
    ])
    assert quotes["Those kids did nothing wrong,"].speaker == "Phil Garside"


def test_a_statement_written_by_someone_named_after_whose_they_are_is_theirs() -> None:
    quotes = by_text([
        "Driver jailed for killing student",
        "A victim impact statement written by Mr Fonoti's mother, Losa Fonoti, was read to the"
        " court by Mr Bakare.",
        "\"Tavita was the first person in our family to go to university,\" the statement"
        " said.",
    ])
    quote = quotes["Tavita was the first person in our family to go to university,"]
    assert quote.speaker == "Losa Fonoti"


def test_the_reader_of_a_statement_is_not_its_author() -> None:
    quotes = by_text([
        "Family pays tribute",
        "A statement was read outside court by the family's solicitor, Anne Kerr.",
        "\"He was the light of our lives,\" the statement said.",
    ])
    assert quotes["He was the light of our lives,"].speaker != "Anne Kerr"


def test_the_company_after_a_byline_and_a_dated_dateline_is_the_one_the_story_is_about(
) -> None:
    quotes = by_text([
        "By Ana Beatriz Moura",
        "HALVERSTON, Oregon, Oct 24 (Finwire) - Quillon Systems Inc lowered its full-year"
        " revenue forecast on Thursday, and its shares fell 11% in extended trading.",
        "The cloud security company now expects revenue of $2.41 billion to $2.44 billion.",
        "Chief Executive Adaeze Okafor said the number of deals that slipped was \"roughly"
        " double\" the plan.",
        "In a statement accompanying the results, the company said it \"remains confident in"
        " the durability of demand\" for its products.",
    ])
    quote = quotes["remains confident in the durability of demand"]
    assert (quote.speaker, quote.speaker_kind) == ("Quillon Systems Inc", "organisation")


def test_a_cue_word_inside_a_web_address_is_no_tag() -> None:
    quotes = by_text([
        "Recall widens",
        "He said his group would ask NHTSA to examine the recall.",
        "NHTSA said in a statement that it was \"monitoring the recall closely\" and that owners"
        " could check their vehicle at nhtsa.gov/recalls.",
    ])
    quote = quotes["monitoring the recall closely"]
    assert (quote.speaker, quote.cue) == ("NHTSA", "said")


def test_web_addresses_are_blanked_to_their_length_keeping_a_final_full_stop() -> None:
    from socialkit.quotes.marks import _mask_links

    text = "Check at nhtsa.gov/recalls. Or https://example.com/a?b=said, then www.x.org."
    masked = _mask_links(text)
    assert len(masked) == len(text)
    assert masked == ("Check at xxxxxxxxxxxxxxxxx. Or " + "x" * 28 + ", then xxxxxxxxx.")
    assert _mask_links("He said 3/4 of it, and/or more.") == "He said 3/4 of it, and/or more."
    assert _mask_links("(bbc.co.uk/news) and [x.org/a].") == "(" + "x" * 14 + ") and [" + (
        "x" * 7 + "].")


def test_a_name_set_off_as_a_company_is_the_company_the_story_later_quotes() -> None:
    quotes = by_text([
        "Court weighs doorbell video",
        "The case turns on video held by Vantor Home, the company that stored recordings from"
        " a neighbour's doorbell camera.",
        "Prosecutors said the footage was lawfully obtained.",
        "A spokesperson for the attorney general declined to comment. Vantor Home did not"
        " respond to a request for comment.",
        "In a statement on its website, the company said it \"only shares customer video with"
        " law enforcement\" when required to.",
    ])
    quote = quotes["only shares customer video with law enforcement"]
    assert (quote.speaker, quote.speaker_kind) == ("Vantor Home", "organisation")


def test_the_company_a_story_opens_on_by_its_chief_executive_is_the_one_quoted() -> None:
    quotes = by_text([
        "The chief executive of Severn Vale Water was accused by MPs of failing customers on"
        " Tuesday after he defended a bonus awarded in a year of record fines.",
        "MPs pressed him for two hours on sewage spills.",
        "Campaigners said the hearing had exposed a gap between the industry and the public.",
        "The company later issued a statement saying it remained \"fully committed to"
        " transparency\".",
    ])
    quote = quotes["fully committed to transparency"]
    assert (quote.speaker, quote.speaker_kind) == ("Severn Vale Water", "organisation")


def test_a_relative_clause_with_its_own_named_subject_is_that_persons() -> None:
    quotes = by_text([
        "Chief Executive Catherine Ellwood said the half had been difficult.",
        "The company maintained its interim dividend at 4.1p a share, which Ms Ellwood said"
        " reflected the board\u2019s \u201cconfidence in the medium term\u201d.",
    ])
    assert quotes["confidence in the medium term"].speaker == "Catherine Ellwood"


def test_half_a_body_name_joined_by_and_is_not_made_a_body_of_its_own() -> None:
    from socialkit.quotes.names import NameIndex

    body = ("United States Citizenship and Immigration Services, the agency that oversees the"
            " programme, said little.")
    index = NameIndex(body, body)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    # (Round ninety-seven: the name is joined across "and" without "the" before it, so its
    # second half is no name of its own; the country before it is read apart.)
    assert "Immigration Services" not in kinds
    assert kinds["Citizenship and Immigration Services"] == "org"


def test_him_in_a_clause_about_someone_says_nothing_of_their_sex() -> None:
    # "alongside him" is the runner; the physiotherapist's sex is not the object's.
    quotes = by_text([
        "Gary Whitcombe, 58, finished the marathon in five hours.",
        "His physiotherapist, Sunita Dhillon, who ran the final three miles alongside him,"
        " said: \u201cWhen Gary first told me, I laughed.\u201d",
        "\u201cHe\u2019s worked harder than any patient I\u2019ve ever had,\u201d she added.",
    ])
    assert quotes["He\u2019s worked harder than any patient I\u2019ve ever had,"].speaker == (
        "Sunita Dhillon")


def test_a_cue_with_no_one_after_a_fragment_leaves_it_to_the_tag_before() -> None:
    quotes = by_text([
        "Residents march on town hall",
        "Association chair Maureen Thackeray, who has lived on the estate for 31 years, told the"
        " crowd that residents had been \"treated like an inconvenience\" ever since the plans"
        " were first announced last spring.",
    ])
    quote = quotes["treated like an inconvenience"]
    assert (quote.speaker, quote.cue) == ("Maureen Thackeray", "told")


def test_a_spokeswoman_for_a_body_the_story_never_names_is_described_as_such() -> None:
    quotes = by_text([
        "A third show has been added on June 16, with tickets available through the venue's"
        " website from 10am on Monday.",
        "A spokeswoman for the venue said demand for the third date had been \"exceptionally"
        " strong\" in the pre-sale registration.",
    ])
    quote = quotes["exceptionally strong"]
    assert (quote.speaker, quote.speaker_kind) == ("a spokeswoman for the venue", "description")


def test_a_quotation_after_someone_reports_speech_is_theirs_whoever_they_name() -> None:
    quotes = by_text([
        "Tom Harrington made 102 as Wexford Vale won by six wickets.",
        "Harrington, whose previous best was 64 against Glamorgan last summer, said he owed"
        " much to Jack Merriman. \"He never let me look at the scoreboard.\"",
    ])
    assert quotes["He never let me look at the scoreboard."].speaker == "Tom Harrington"


def test_but_she_said_reports_speech_the_next_quotation_goes_on_with() -> None:
    quotes = by_text([
        "Helen Garbutt, who runs the village hall, said people had been generous.",
        "But she said the mood had started to turn. \"Day one, it's an adventure. Day three,"
        " people are cold.\"",
    ])
    assert quotes["Day one, it's an adventure. Day three, people are cold."].speaker == (
        "Helen Garbutt")


def test_she_after_a_man_of_unknown_sex_is_the_woman_named_since_not_him() -> None:
    quotes = by_text([
        "Dr. Kwame Asante-Darko, who led the trial, said the results were clear. \u201cThe"
        " drug works,\u201d Asante-Darko said.",
        "His wife, Colette Thibodeaux, said the years after the stroke had been hard.",
        "Asante-Darko, who analyzed the data, estimated the drug could prevent strokes. Still,"
        " he cautioned, \u201cit is a modest effect, not a miracle.\u201d",
        "For Colette Thibodeaux, the numbers matter less than the hockey games.",
        "\u201cHe\u2019s on the bench yelling at eight-year-olds again,\u201d she said.",
    ])
    quote = quotes["He\u2019s on the bench yelling at eight-year-olds again,"]
    assert quote.speaker == "Colette Thibodeaux"


def test_he_after_a_quoted_man_of_unknown_sex_named_again_is_still_him() -> None:
    quotes = by_text([
        "Montell Figgins, who represents Thomas, said his client chose not to accept a plea.",
        "\u201cWe had hoped for more,\u201d Figgins said.",
        "Figgins declined to address whether Michael Thomas slept on the job. \u201cWhen all"
        " the evidence is presented, people will see,\u201d he said.",
    ])
    quote = quotes["When all the evidence is presented, people will see,"]
    assert quote.speaker == "Montell Figgins"


def test_a_sentence_after_an_opening_phrase_with_a_name_is_no_role_of_theirs() -> None:
    quotes = by_text([
        "For Colette Thibodeaux, the numbers matter less than the hockey games. \u201cHe\u2019s"
        " back on the bench,\u201d Thibodeaux said.",
        "For Gordon Thibodeaux, a retired school bus mechanic, the trial was a lifeline."
        " \u201cI can walk again,\u201d Gordon Thibodeaux said.",
    ])
    assert quotes["He\u2019s back on the bench,"].role is None
    assert quotes["I can walk again,"].role == "retired school bus mechanic"


def test_a_name_opening_with_a_capital_outside_ascii_is_a_name() -> None:
    quotes = by_text([
        "Dr Karim Haddad, a GP, said the town could not cope. \u2018We are full,\u2019 he said.",
        "Not everyone outside was opposed. Conor \u00d3 Murch\u00fa, 31, said he had come to"
        " support the rezoning.",
        "\u2018I\u2019m a carpenter. I can\u2019t buy a house,\u2019 he said.",
        "\u00c9milie Lefebvre, who runs the bakery, said: \u2018We need the customers.\u2019",
    ])
    assert quotes["I\u2019m a carpenter. I can\u2019t buy a house,"].speaker == (
        "Conor \u00d3 Murch\u00fa")
    assert quotes["We need the customers."].speaker == "\u00c9milie Lefebvre"


def test_a_single_word_after_of_no_one_shows_a_person_is_no_second_person() -> None:
    quotes = by_text([
        "Ports strike enters second day",
        "At the back of the queue, P\u00e1draig Mulcahy, whose family haulage firm runs 22"
        " lorries out of Carrigdrum, said he had six trucks stuck outside the gates by 9am.",
        "\u201cI have drivers who have been sitting here since half five,\u201d the 58-year-old"
        " said.",
    ])
    quote = quotes["I have drivers who have been sitting here since half five,"]
    assert quote.speaker == "P\u00e1draig Mulcahy"


def test_a_nickname_in_marks_inside_a_name_is_one_person_and_names_them_alone() -> None:
    quotes = by_text([
        "Five-eighth Jayden \"Jacko\" Jackson slotted a field goal in golden point to sink the"
        " Kingfishers 19-18.",
        "The Kingfishers led when prop Tevita \u201cTank\u201d Faleolo bulldozed over in the"
        " 71st minute.",
        "\"I just shut my eyes and swung the leg,\" Jackson said.",
        "\"Credit to the Rams, they didn't go away,\" Tank said.",
    ])
    assert quotes["I just shut my eyes and swung the leg,"].speaker == "Jayden Jackson"
    assert quotes["Credit to the Rams, they didn't go away,"].speaker == "Tevita Faleolo"


def test_a_quoted_word_between_two_names_that_is_no_nickname_joins_nothing() -> None:
    from socialkit.quotes.names import NameIndex

    body = 'Coach Wayne Tolliver called it "Brutal" before Jackson spoke.'
    index = NameIndex(body, body.replace('"Brutal"', '"xxxxxx"'))
    assert "Wayne Tolliver Jackson" not in {m.entity.name for m in index.mentions}


def test_a_surname_is_never_the_family_of_someone_bearing_it() -> None:
    quotes = by_text([
        "Family of Tom Ashdown call for junction redesign after inquest",
        "Rebecca Ashdown, Tom\u2019s wife of six years, wept as she described him.",
        "\u2018He used to say the bike was the best part of his day,\u2019 Mrs Ashdown said.",
    ])
    assert quotes["He used to say the bike was the best part of his day,"].speaker != (
        "Family of Tom Ashdown")


# Guards from the review of this round's rules (snippets of the same shapes, written anew).

def test_a_statement_from_the_family_of_someone_is_not_theirs() -> None:
    quotes = by_text([
        "Kwabena Osei, 29, a junior doctor, died at the scene.",
        "A statement from the family of Kwabena Osei was read to the court. The statement"
        " said: \"We will never understand how a text mattered more than a life.\"",
    ])
    quote = quotes["We will never understand how a text mattered more than a life."]
    assert quote.speaker != "Kwabena Osei"


def test_an_epithet_after_someone_titled_before_their_name_is_someone_else() -> None:
    quotes = by_text([
        "Kofi Pryce scored twice as Harlow Rovers beat Dunmore Athletic 3-1.",
        "Rovers manager Gareth Quayle was full of praise for his side. Speaking after the"
        " match, the striker said he had \"never felt sharper\".",
    ])
    assert quotes["never felt sharper"].speaker != "Gareth Quayle"


def test_a_past_holder_of_an_office_is_not_the_office_now() -> None:
    quotes = by_text([
        "The government is to abolish the benefit cut introduced by then Prime Minister Tom"
        " Hale in 2013.",
        "Speaking in Salford on Thursday, the Prime Minister said the cut had been \"cruel,"
        " costly and a failure\".",
    ])
    assert quotes["cruel, costly and a failure"].speaker != "Tom Hale"


def test_a_relative_clause_closed_before_the_quotation_leaves_it_to_the_subject() -> None:
    quotes = by_text([
        "The shadow chancellor, Rhiannon Price, attacked the Chancellor, Tom Hale.",
        "Ms Price dismissed the latest figures, which Mr Hale said showed growth, as"
        " \"fantasy economics dressed up as recovery\".",
    ])
    assert quotes["fantasy economics dressed up as recovery"].speaker == "Rhiannon Price"


def test_a_short_wire_lede_is_the_lede_not_a_byline() -> None:
    quotes = by_text([
        "DETROIT (Finwire) \u2014 Halvorsen Motor Co. is recalling 40,000 pickups.",
        "The National Highway Traffic Safety Administration said an anchor may fail.",
        "Dealers will inspect the anchors free of charge. Owners will be told by mail.",
        "The company said it was \"not aware of any crashes or injuries\" from the fault.",
    ])
    assert quotes["not aware of any crashes or injuries"].speaker == "Halvorsen Motor Co"


# Guards from the second review (/tmp/rev27), written anew.

def test_a_fragment_rated_by_others_is_not_the_reporters() -> None:
    quotes = by_text([
        "Cllr Gareth Dunphy said the department had been rated \"high risk\" by officials as"
        " early as 2022, as first reported in the Wenmoor Echo.",
    ])
    assert quotes["high risk"].speaker != "Gareth Dunphy"


def test_a_quotation_after_someone_reports_another_persons_post_is_not_theirs() -> None:
    quotes = by_text([
        "Prosecutor Nadia Hussain told the jury that Craig Loughlin wrote on his page at"
        " 2.10am. \"Grasses get what they deserve.\"",
    ])
    assert quotes["Grasses get what they deserve."].speaker != "Nadia Hussain"


def test_him_about_the_one_person_named_still_gives_his_sex() -> None:
    quotes = by_text([
        "The court remanded Tane Nguyen-Brooks, 24, in custody and ordered him to appear next"
        " month.",
        "Defence lawyer Tahnee Walker said the incident had been a \"single moment of"
        " madness\".",
        "\"I'm not a violent person,\" Nguyen-Brooks told the court.",
        "\"He has no criminal history whatsoever,\" she said.",
    ])
    assert quotes["He has no criminal history whatsoever,"].speaker == "Tahnee Walker"


def test_a_place_after_to_is_no_second_person() -> None:
    quotes = by_text([
        "Tomasz Nowak, 46, flies home to \u0141\u00f3d\u017a twice a year to see his mother."
        " \"She would not manage without my visits.\"",
    ])
    assert quotes["She would not manage without my visits."].speaker == "Tomasz Nowak"


def test_she_after_a_quote_is_not_a_woman_named_in_passing() -> None:
    quotes = by_text([
        "Nkechi Obi, whose son has autism, said: \"My son can't manage a bus.\"",
        "More than 40 parents have signed a letter to the council leader, Sandra Pike, asking"
        " her to think again.",
        "\"I don't think they understand what they are asking of us,\" she said.",
    ])
    assert quotes["I don't think they understand what they are asking of us,"].speaker == (
        "Nkechi Obi")


def test_a_nickname_after_two_given_names_keeps_both_and_a_team_keeps_its_name() -> None:
    quotes = by_text([
        "England beat Tonga 22-20, with prop Sione \"Tonga\" Havili scoring the decisive try.",
        "Mary Kate \"MK\" Gallagher scored twice for the hosts. \"I just kept finding space,\""
        " Gallagher said.",
        "Tonga have asked the commissioner to review the try. \"The ball was knocked"
        " forward.\"",
    ])
    assert quotes["I just kept finding space,"].speaker == "Mary Kate Gallagher"
    assert quotes["The ball was knocked forward."].speaker != "Sione Havili"
