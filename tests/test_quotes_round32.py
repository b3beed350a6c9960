"""Round thirty-two: names, titles and offices. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_titled_surname_two_people_share_is_the_one_given_that_title() -> None:
    # "Prof Byrne" is the professor the story named in full, not the doctor named first.
    quotes = by_text([
        "Trolley crisis deepens",
        "At Kilbrannagh, consultant in emergency medicine Dr Aisling Byrne said staff were"
        " \u201cat breaking point\u201d after a weekend of long waits.",
        "\u201cWe have staff in tears at the end of their shifts,\u201d Dr Byrne said.",
        "The president of the college, Prof Declan Byrne, said long waits were linked to worse"
        " outcomes. Prof Byrne, who is no relation of Dr Byrne, cited research on older"
        " patients.",
        "\u201cThis is not about comfort. It is about lives,\u201d Prof Byrne said.",
    ])
    assert quotes["We have staff in tears at the end of their shifts,"].speaker == (
        "Aisling Byrne")
    said = quotes["This is not about comfort. It is about lives,"]
    # (His role is the office set off before his title, which says more than "Prof".)
    assert (said.speaker, said.role) == ("Declan Byrne", "president of the college")


def test_an_office_in_capitals_is_no_ones_name_and_comrade_is_a_title() -> None:
    # "National President" had been a man of its own who took every "He said" after it.
    quotes = by_text([
        "Tanker drivers threaten strike",
        "At the end of the union's meeting in Abuja yesterday, the National President of"
        " PPHWUN, Comrade Ikechukwu Obi, said the union would no longer \"fold its arms\".",
        "He said: \"We are giving the Federal Government seven days from today.\"",
        "The National Secretary, Comrade Grace Adeyemi, said: \"Nobody has called us.\"",
        "Comrade Obi, however, insisted: \"We have had enough committees in this country.\"",
    ])
    assert quotes["We are giving the Federal Government seven days from today."].speaker == (
        "Ikechukwu Obi")
    assert quotes["Nobody has called us."].speaker == "Grace Adeyemi"
    assert quotes["We have had enough committees in this country."].speaker == "Ikechukwu Obi"


def test_a_bodys_office_keeps_its_name() -> None:
    # (An office ends the name of "the Office of the Inspector General": a body still.)
    quotes = by_text([
        "Space agency faulted",
        "NASA's Office of the Inspector General reports that the programme faces \u201cserious"
        " schedule delays\u201d.",
    ])
    assert quotes["serious schedule delays"].speaker_kind == "organisation"


def test_the_name_set_off_after_an_office_in_capitals_speaks() -> None:
    # The office's own words ("on Media", "of Budget") had given the body "Media" the words.
    quotes = by_text([
        "Budget row",
        "Reacting, the Special Adviser on Media to the Minister of Budget and Economic Planning,"
        " Mr Yakubu Sani-Olatunji, said in a statement that the ministry had \u201ctaken note of"
        " the concerns raised\u201d.",
    ])
    assert quotes["taken note of the concerns raised"].speaker == "Yakubu Sani-Olatunji"


def test_a_shared_surname_right_after_the_second_bearer_is_brought_in_is_theirs() -> None:
    # The coach had been "Walsh"; the captain, brought in by full name in the paragraph
    # before, is the "Walsh" who speaks next. Someone of the family the story is about is
    # not: "Her father, Venkatesh Raghunathan" leaves "Raghunathan" to her.
    quotes = by_text([
        "Privateers trade their captain's best friend",
        "Pioneers head coach Brendan Walsh said he plans to pair Wisniewski with a veteran.",
        "\"He's going to make us harder to play against,\" Walsh said after practice.",
        "The trade was a tougher sell in the Halifax dressing room, where captain Liam Walsh, no"
        " relation to the Portland coach, called it \"a gut punch.\"",
        "\"Obviously, it's tough. He's one of my best friends,\" Walsh said.",
    ])
    assert quotes["He's going to make us harder to play against,"].speaker == "Brendan Walsh"
    assert quotes["Obviously, it's tough. He's one of my best friends,"].speaker == "Liam Walsh"
    quotes = by_text([
        "The chef who learned the hard way",
        "Priya Raghunathan's first book has sold more than 200,000 copies.",
        "\u201cI learned modesty the hard way,\u201d Raghunathan says.",
        "She grew up above her parents' grocery shop. Her father, Venkatesh Raghunathan, ran the"
        " till.",
        "\u201cMy mother fed thirty people on a Sunday without a recipe,\u201d Raghunathan"
        " recalls.",
    ])
    assert quotes["My mother fed thirty people on a Sunday without a recipe,"].speaker == (
        "Priya Raghunathan")


def test_the_doctor_and_the_skipper_are_the_dr_and_the_captain_just_named() -> None:
    quotes = by_text([
        "Floods: aid groups warn of disease",
        "Aid groups warn that the next danger is disease. Dr Imran Hossain, a public health"
        " specialist with Relief Without Borders, said nearly every tube well was contaminated.",
        "\u201cIf we do not get purification tablets to these shelters, we will see cholera,\u201d"
        " the doctor said.",
    ])
    assert quotes["If we do not get purification tablets to these shelters, we will see"
                  " cholera,"].speaker == "Imran Hossain"
    quotes = by_text([
        "Mariners hold nerve to stun Tuskers",
        "Mariners captain Farhan Qureshi praised his bowlers.",
        "Losing captain Vikrant Sharma did not hide behind the conditions. \"We lost six wickets"
        " for 47 runs,\" the Tuskers skipper said.",
    ])
    assert quotes["We lost six wickets for 47 runs,"].speaker == "Vikrant Sharma"


def test_a_name_that_only_says_whose_role_it_is_gets_no_role() -> None:
    # "a senior Gridco manager" had made "senior" Gridco's role, and a name with a role was
    # kept a person, so "Gridco spokesperson Nomvula Khumalo" never made Gridco a body.
    quotes = by_text([
        "Stage 4 load-shedding returns",
        "Gridco has implemented Stage 4 load-shedding until further notice.",
        "Speaking on Tuesday, Gridco spokesperson Nomvula Khumalo said the units would return"
        " by the weekend.",
        "But a senior Gridco manager, who asked not to be named, painted a bleaker picture.",
        "In a statement, Gridco said the breakdowns had been \"unexpected and severe\".",
    ])
    said = quotes["unexpected and severe"]
    assert (said.speaker, said.speaker_kind) == ("Gridco", "organisation")


def test_a_name_after_by_gives_no_sex_to_the_sentences_he() -> None:
    # "Asked directly by Kinsella whether he would step down" had made Orla Kinsella a man,
    # so her "she said" found no one.
    quotes = by_text([
        "MEPs grill minerals agency chief",
        "Irish MEP Orla Kinsella led the questioning of agency director Mateusz Zielinski.",
        "Zielinski insisted he had no intention of resigning. Asked directly by Kinsella whether"
        " he would step down, he paused before answering.",
        "\u201cI will not resign because of a headline,\u201d he said.",
        "Kinsella was unmoved. \u201cWith respect, the contract is the problem,\u201d she said.",
    ])
    assert quotes["With respect, the contract is the problem,"].speaker == "Orla Kinsella"


def test_a_title_inside_a_run_before_a_name_ends_what_came_before() -> None:
    # "State" had made "State Treasurer Priya Ramanathan" a body.
    quotes = by_text([
        "Miners threaten to delay projects as state lifts royalties",
        "State Treasurer Priya Ramanathan said the change was fair. \"The people own these"
        " resources,\" Ramanathan told reporters.",
    ])
    said = quotes["The people own these resources,"]
    assert (said.speaker, said.speaker_kind) == ("Priya Ramanathan", "name")


def test_a_ledes_first_word_in_capitals_is_no_one() -> None:
    quotes = by_text([
        "Union votes for strike ballot",
        "DELEGATES at the conference voted overwhelmingly yesterday to hold a strike ballot.",
        "\"We will not be your shock absorbers,\" the union said in a statement.",
        "DELEGATES also backed a motion on pensions, saying it was \"long overdue\".",
    ])
    assert quotes["long overdue"].speaker != "DELEGATES"


def test_what_a_document_found_is_credited_to_it() -> None:
    quotes = by_text([
        "MEPs savage minerals agency chief",
        "The agency signed the contract in May. The audit found that the selection criteria"
        " \u201cappear to have been drafted with one provider in mind\u201d.",
    ])
    said = quotes["appear to have been drafted with one provider in mind"]
    assert (said.speaker, said.speaker_kind) == ("the audit", "description")


def test_a_headline_verb_in_capitals_parts_two_names() -> None:
    # The headline repeated at the top of a page's text had made "Chris Christie Calls Hillary
    # Clinton" one man, who took her words.
    quotes = by_text([
        "Christie row",
        "Chris Christie Calls Hillary Clinton \u2018A Disgrace\u2019 Over Police Comments",
        "Hillary Clinton told a church congregation on Sunday that change must come.",
        "\u201cMaybe I can, by speaking directly to white people, say, \u2018Look, this is not who"
        " we are,\u2019\u201d Clinton said.",
    ])
    assert quotes["Maybe I can, by speaking directly to white people, say, \u2018Look, this is"
                  " not who we are,\u2019"].speaker == "Hillary Clinton"


def test_a_meeting_records_speaker_in_capitals_is_the_person_named_so() -> None:
    quotes = by_text([
        "Council raises bus fare",
        "Wierzbicki pressed the chief financial officer, Lorraine Castellanos-Hart, on the"
        " projections. An excerpt from the meeting record:",
        "CASTELLANOS-HART: \u201cOur model says between 3 and 5 percent in the first year.\u201d",
    ])
    assert quotes["Our model says between 3 and 5 percent in the first year."].speaker == (
        "Lorraine Castellanos-Hart")


# Cases an adversarial review found the round's first rules got wrong, kept as they should be.
def test_a_surname_stays_with_the_one_who_acts_after_family_or_an_object_is_named() -> None:
    quotes = by_text([
        "Family firm changes hands",
        "Brian Costello set up Costello Haulage with a single lorry in 1979.",
        "\"My father said I was mad,\" Costello said.",
        "The firm will be run from January by Niamh Costello, his eldest daughter.",
        "\"She has been running it in all but name for years,\" Costello said.",
    ])
    assert quotes["She has been running it in all but name for years,"].speaker == (
        "Brian Costello")
    quotes = by_text([
        "Shopkeeper praised for stopping robbery",
        "Anil Patel, a shopkeeper, tackled a man armed with a knife on Tuesday.",
        "\"He was shaking,\" Patel said.",
        "The robber had threatened his assistant, Priya Patel, before grabbing the till.",
        "\"I didn't think, I just went for him,\" Patel said.",
    ])
    assert quotes["I didn't think, I just went for him,"].speaker == "Anil Patel"
    quotes = by_text([
        "Pub landlord hands over keys",
        "Dermot Fahy, a publican, is retiring after 42 years behind the bar.",
        "Fahy said he had agreed to sell the pub to a local man, Eoin Fahy, who is no relation.",
        "\"I wanted it to stay in the town,\" Fahy said.",
    ])
    assert quotes["I wanted it to stay in the town,"].speaker == "Dermot Fahy"


def test_a_title_the_story_also_gives_another_in_words_decides_nothing() -> None:
    quotes = by_text([
        "Economists disagree over interest rates",
        "Prof Alan Ahearne of the University of Galway said rates should be cut in June.",
        "His brother Philip Ahearne, now a professor of economics at the LSE, disagreed.",
        "\"Cutting in June would be a mistake,\" Prof Ahearne said.",
    ])
    assert quotes["Cutting in June would be a mistake,"].speaker != "Alan Ahearne"


def test_the_office_that_speaks_is_still_its_holder() -> None:
    quotes = by_text([
        "Democrats vow to fight spending cuts",
        "House Minority Leader Hakeem Jeffries said on Thursday that Democrats would oppose"
        " the cuts.",
        "\"These cuts will hurt working families,\" the Minority Leader said.",
    ])
    assert quotes["These cuts will hurt working families,"].speaker == "Hakeem Jeffries"


def test_someone_who_found_a_message_did_not_write_it() -> None:
    quotes = by_text([
        "Mother's warning after son's gambling debts",
        "Claire Mulvey found her son's phone on the kitchen table and read a message that said"
        " \"pay up or else\".",
    ])
    assert quotes["pay up or else"].speaker != "Claire Mulvey"
