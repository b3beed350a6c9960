"""Speaker rules of the nineteenth round: epithets for someone the story follows ("the proud
father", "the mum-of-two", "the CFO", "the Speaker", "the woman"), and the review's guards
against the wrong names the first versions gave. Snippets written for these tests."""

from __future__ import annotations

from socialkit.quotes.names import _clean_run_cached, _join_bodies
from tests.quotes_article import quotes_by_text as by_text


def test_the_father_is_the_dad_the_story_named() -> None:
    quotes = by_text([
        "Pony back on her feet",
        "Poppy\u2019s dad, Jaco van der Merwe, said the family had visited every weekend.",
        "\u201cShe talks about nothing else,\u201d the proud father said.",
    ])
    assert quotes["She talks about nothing else,"].speaker == "Jaco van der Merwe"


def test_a_parent_of_n_is_the_parent_the_story_follows() -> None:
    # "the mum-of-two" names no role: the person the paragraph before is about, as an age does.
    quotes = by_text([
        "Rescue on the moor",
        "Her mum, Chantelle Botha, rang for help from the lane.",
        "Chantelle, 36, admitted she had been terrified her daughter would be hurt.",
        "\u201cPoppy just climbed straight down the bank,\u201d the mum-of-two said.",
    ])
    assert quotes["Poppy just climbed straight down the bank,"].speaker == "Chantelle Botha"


def test_a_parent_of_n_with_no_one_of_that_sex_in_reach_stays_a_description() -> None:
    quotes = by_text([
        "Market reopens",
        "Traders returned to Fenwick Square on Monday after the flood.",
        "\"We lost everything in March,\" the father-of-three said.",
    ])
    assert quotes["We lost everything in March,"].speaker == "the father-of-three"
    assert quotes["We lost everything in March,"].speaker_kind == "description"


def test_a_body_opening_with_an_adjective_keeps_its_whole_name() -> None:
    # Guards: only a noun for a person is cut, never "National" nor a given name the lists
    # lack that ends like one ("Teodor", "Sian").
    quotes = by_text([
        "Swimmer's record",
        "National Aquatics Federation officials hailed the result.",
        "\"A historic night for the sport,\" the National Aquatics Federation said.",
        "Teodor Vasquez-Lind watched from the stands. \"Brilliant,\" Teodor Vasquez-Lind said.",
    ])
    assert quotes["A historic night for the sport,"].speaker == "National Aquatics Federation"
    assert quotes["Brilliant,"].speaker == "Teodor Vasquez-Lind"


def test_a_name_after_a_or_an_is_no_second_person_in_the_sentence() -> None:
    # "a Marlow City hospital" is a hospital: Obi is the sentence's one person, and the age
    # tag after the next quotation is his.
    quotes = by_text([
        "Stranded at the airport",
        "Dana Whitaker-Osei, the airline's chief, said crews were in the wrong places.",
        "Chinedu Obi, a nurse due at a Marlow City hospital, said he had slept on a bench.",
        "\"Every room within ten miles was gone,\" the 31-year-old said.",
    ])
    assert quotes["Every room within ten miles was gone,"].speaker == "Chinedu Obi"


def test_a_titles_initials_are_the_person_named_with_the_title_written_out() -> None:
    # "the CFO" is Chief Financial Officer Marek Zielinski, and his surname's ending ("-i")
    # makes no people ("the Israeli") of the initials.
    quotes = by_text([
        "Results day",
        "Chief Financial Officer Marek Zielinski said the company had been cautious.",
        "\"No, and no,\" the CFO said.",
    ])
    assert quotes["No, and no,"].speaker == "Marek Zielinski"


def test_a_bodys_initials_in_a_role_are_still_the_body() -> None:
    quotes = by_text([
        "Growth forecast cut",
        "\"The world economy has moved sideways,\" IMF chief economist Maury Obstfeld said.",
        "\"The ultimate impact remains very unclear,\" the IMF report stated.",
    ])
    assert quotes["The ultimate impact remains very unclear,"].speaker != "Maury Obstfeld"


def test_the_woman_after_a_named_victim_is_not_the_neighbour_brought_in() -> None:
    # Tried and dropped: "the woman" as the unnamed source just brought in named the
    # neighbour for the victim's words.
    quotes = by_text([
        "Pensioner hurt",
        "Police named her as Linda Carrow, 71.",
        "A neighbour who saw the crash said he had run over to hold her hand.",
        "\u201cI don't remember anything,\u201d the woman said from her hospital bed.",
    ])
    assert quotes["I don't remember anything,"].speaker != "a neighbour who saw the crash"


def test_a_modifier_with_an_ampersand_stays_in_the_description() -> None:
    quotes = by_text([
        "Hospital under pressure",
        "One A&E consultant at the trust, who asked not to be named, described the situation "
        "as \"corridor medicine\".",
    ])
    got = quotes["corridor medicine"]
    assert got.speaker_kind == "description"
    assert got.speaker is not None and got.speaker.startswith("one A&E consultant")


def test_an_exclamation_before_its_speech_tag_is_a_quotation() -> None:
    # Title-cased and short, but a tag follows: the Speaker's words, not a work's title.
    quotes = by_text([
        "Flood fund row",
        "The Speaker, Sir Anthony Kettleby, levered himself upright.",
        "\u201cOrder! Order!\u201d he cried. \u201cThe minister will be heard.\u201d",
    ])
    assert quotes["Order! Order!"].speaker == "Anthony Kettleby"
    assert quotes["The minister will be heard."].speaker == "Anthony Kettleby"


def test_a_capitalised_office_is_whoever_the_story_gave_it() -> None:
    # British papers capitalise an office: "the Chancellor", "the Speaker" (whose knighthood,
    # "Sir", is no role; the office set off before it is).
    quotes = by_text([
        "Budget row",
        "Chancellor Rachel Reeves defended the budget on Monday.",
        "\"This is a budget for growth,\" the Chancellor said.",
        "The Speaker, Sir Lindsay Hoyle, called for calm.",
        "Tom Reid rose. \u201cOn a point of order, Mr Speaker,\u201d he began.",
        "\u201cIt is not a point of order,\u201d the Speaker replied.",
    ])
    assert quotes["This is a budget for growth,"].speaker == "Rachel Reeves"
    assert quotes["It is not a point of order,"].speaker == "Lindsay Hoyle"
    assert quotes["It is not a point of order,"].role == "Speaker"


def test_an_office_after_a_preposition_is_not_the_speaker() -> None:
    quotes = by_text([
        "Residents demand action",
        "A letter to the Mayor of Leeds, Sarah Cole, said: \"We have reported this road 14 "
        "times.\"",
    ])
    assert quotes["We have reported this road 14 times."].speaker != "Sarah Cole"


# Guards from the review of this round's rules: each gave a wrong name in a first version.

def test_a_lone_given_name_before_a_namesakes_full_name_is_not_the_namesake() -> None:
    quotes = by_text([
        "Boy donates hair",
        "Kofi has had his first haircut in two years.",
        "The five-year-old's father, Kofi Mensah, filmed the moment on Saturday.",
        "\"I was a bit scared of the scissors,\" Kofi said.",
    ])
    assert quotes["I was a bit scared of the scissors,"].speaker != "Kofi Mensah"


def test_a_given_name_two_people_share_stays_unsure() -> None:
    quotes = by_text([
        "Dutch pair share title",
        "Pieter van der Berg and Pieter Smit shared the sailing title on Sunday.",
        "Smit, 31, led for most of the final race.",
        "\"I have never seen anything like it,\" Pieter said.",
    ])
    assert quotes["I have never seen anything like it,"].speaker != "Pieter van der Berg"


def test_a_parent_of_n_the_story_brought_in_unnamed_stays_unnamed() -> None:
    quotes = by_text([
        "Third flat fire",
        "Councillor Denise Arkwright visited the block on Monday and met residents, including "
        "a mum-of-two who fled with her children.",
        "\"I grabbed the kids and just ran,\" the mum-of-two said.",
    ])
    assert quotes["I grabbed the kids and just ran,"].speaker != "Denise Arkwright"


def test_a_parent_of_n_is_whoever_the_story_titled_so() -> None:
    quotes = by_text([
        "Car smashes into living room",
        "Mum-of-two Jade Rowe was watching television when a car crashed through the wall.",
        "Inspector Claire Hunt said it was \"a miracle\" no one had been killed.",
        "\"The kids were screaming,\" the mum-of-two said.",
    ])
    assert quotes["The kids were screaming,"].speaker == "Jade Rowe"


def test_a_father_of_three_is_no_ones_dad() -> None:
    quotes = by_text([
        "Boy rescued from pond",
        "Alfie Kerr had chased a ball onto the ice. His dad, Ryan Kerr, was feet away.",
        "Passer-by Martin Sheldon, a father of three, waded in and lifted the boy out.",
        "\"I will never be able to thank him enough,\" the dad said.",
    ])
    assert quotes["I will never be able to thank him enough,"].speaker != "Martin Sheldon"


def test_initials_someone_else_holds_or_a_body_bears_are_not_relinked() -> None:
    quotes = by_text([
        "Rival retailers",
        "At Penley's, Chief Financial Officer Ruth Barker said sales were up.",
        "At Hanford Stores, Hanford's CFO, Gareth Lyle, blamed the weather. \"June was a "
        "washout,\" the CFO said.",
        "National Security Adviser Carla Whitmore met the press.",
        "\"No data was taken,\" the NSA said in a statement.",
    ])
    assert quotes["June was a washout,"].speaker != "Ruth Barker"
    assert quotes["No data was taken,"].speaker != "Carla Whitmore"


def test_a_profiles_first_person_answers_are_its_central_persons() -> None:
    quotes = by_text([
        "Novelist returns",
        "Maria Krishnaswamy is late. \u201cI got off the train early,\u201d she says.",
        "Krishnaswamy's fourth novel is out this week. \u201cOf course it\u2019s us,\u201d "
        "Krishnaswamy says.",
        "Her editor, Tobias Kamp, says he stopped asking when it would arrive.",
        "In her own words",
        "Q: The gap between books was eleven years. What happened?",
        "A: I wrote this novel three times.",
    ])
    assert quotes["I wrote this novel three times."].speaker == "Maria Krishnaswamy"


def test_an_explainers_answers_stay_no_ones() -> None:
    quotes = by_text([
        "Budget vote",
        "Senator Ruth Calloway backed the bill. \u201cIt is a good bill,\u201d Calloway said.",
        "Calloway has pushed for it since May. \u201cWe will pass it,\u201d Calloway said.",
        "Calloway spoke for an hour.",
        "Q: What happens next?",
        "A: The bill goes to the House, which votes on Friday.",
    ])
    assert quotes["The bill goes to the House, which votes on Friday."].speaker is None


# Guards from the second review (each a wrong name in the version it read).

def test_an_office_is_only_the_one_person_given_that_office_itself() -> None:
    quotes = by_text([
        "Budget row",
        "Shadow Chancellor Mel Stroud called the budget \"a con\".",
        "\"This is a budget for growth,\" the Chancellor said.",
        "The Prince of Wales opened the hospice, the day after his brother, Prince Edwin, "
        "cancelled a visit.",
        "\u201cWhat you have built here is extraordinary,\u201d the Prince told them.",
    ])
    assert quotes["This is a budget for growth,"].speaker != "Mel Stroud"
    assert quotes["What you have built here is extraordinary,"].speaker != "Edwin"


def test_a_shows_title_before_a_role_and_a_name_is_no_quotation() -> None:
    quotes = by_text([
        "Stage star returns",
        "\u201cOliver!\u201d star Tom Brannigan said he was thrilled to be back in the West End.",
    ])
    assert "Oliver!" not in quotes


def test_a_parent_of_n_brought_in_and_then_named_is_the_person_named() -> None:
    quotes = by_text([
        "Holiday firm collapse",
        "A mum-of-two has been left \u00a3900 out of pocket after her travel firm went bust.",
        "Kelly Marsh, 34, from Walsall, had paid in full for a week in Majorca.",
        "\u201cI saved for two years for this holiday,\u201d the mum-of-two said.",
    ])
    assert quotes["I saved for two years for this holiday,"].speaker == "Kelly Marsh"


def test_a_former_cfo_does_not_make_the_cfo_unsure() -> None:
    quotes = by_text([
        "Profits fall",
        "Chief Financial Officer Marek Zielinski said trading had been tough. He replaced "
        "former CFO Dan Pyle, who left after eight years.",
        "\u201cWe are confident the second half will be stronger,\u201d the CFO said.",
    ])
    assert quotes["We are confident the second half will be stronger,"].speaker == (
        "Marek Zielinski")


# Mends made from r21's lines after its blind grading.

def test_a_set_off_name_with_its_title_is_the_subject_an_age_tag_takes() -> None:
    # "Her granddaughter, Dr Fiona MacLeod, a GP in Inverness, said": the title inside the
    # set-off name, and a place after "in", leave MacLeod the sentence's one person.
    quotes = by_text([
        "Gran turns 100",
        "Morag MacLeod celebrated her 100th birthday on Saturday with her son Alasdair.",
        "Her granddaughter, Dr Fiona MacLeod, a GP in Inverness, said she had been amazed.",
        "\"Gran has no idea how many lives she's touched,\" the 41-year-old said.",
    ])
    assert quotes["Gran has no idea how many lives she's touched,"].speaker == "Fiona MacLeod"


def test_an_office_set_off_before_an_honorific_is_the_persons_role() -> None:
    quotes = by_text([
        "School shut",
        "The school's principal, Mrs Folasade Adeyemi-Bakare, confirmed the closure.",
        "Speaking in her temporary office, the principal said, \"I will not deceive you.\"",
    ])
    got = quotes["I will not deceive you."]
    assert got.speaker == "Folasade Adeyemi-Bakare"
    assert got.role == "principal"


def test_a_word_made_an_adjective_by_born_is_no_name() -> None:
    quotes = by_text([
        "Actor dies",
        "Tamati Ngata directed her in 2004. \u201cShe ignored most of my ideas,\u201d Ngata "
        "recalled.",
        "The New Zealand-born director, now artistic director of the Tasman Stage Company, "
        "said he had visited her in hospital. \u201cShe was correcting the nurses\u2019 "
        "grammar,\u201d he said.",
    ])
    assert quotes["She was correcting the nurses\u2019 grammar,"].speaker != "New Zealand-born"
    runs = [t for t, _ in _join_bodies("The New Zealand-born director and the Lagos-born "
                                       "Englishman met Kremlin-backed Sputnik.")]
    assert [_clean_run_cached(r)[0] for r in runs] == ["", "Englishman", "Sputnik"]


def test_a_people_made_of_a_place_with_er_is_an_epithet_not_a_name() -> None:
    # "the 36-year-old New Zealander" is no one's name; the surname of someone named in full
    # ("the 14th-ranked Schwartzman") is still theirs, whatever its ending.
    quotes = by_text([
        "Tuskers win",
        "Tuskers captain Wiremu Paewai smashed 41 not out, and Konkan Kings' Ravi Nair took two "
        "wickets.",
        "\"That's not how you draw it up,\" the 36-year-old New Zealander said.",
        "Diego Schwartzman beat Cristian Garin. \"I played unreal tennis,\" the 14th-ranked "
        "Schwartzman said.",
    ])
    assert quotes["That's not how you draw it up,"].speaker != "New Zealander"
    assert quotes["I played unreal tennis,"].speaker == "Diego Schwartzman"


# Guards from the third review.

def test_a_surname_after_the_and_an_age_is_still_the_person_named_in_full() -> None:
    quotes = by_text([
        "Qureshi century",
        "Rohan Qureshi made 112 as Kent beat Surrey, with Tom Barlow taking three wickets.",
        "\"I just watched the ball,\" the 29-year-old Qureshi said.",
    ])
    assert quotes["I just watched the ball,"].speaker == "Rohan Qureshi"


def test_an_office_in_a_phrase_before_the_subject_is_not_the_subjects() -> None:
    quotes = by_text([
        "Hospital meeting",
        "After a meeting with the trust's chief executive, Mrs Ann Lee, 62, said she was "
        "reassured.",
        "\"We are doing all we can,\" the chief executive said.",
    ])
    assert quotes["We are doing all we can,"].speaker != "Ann Lee"


def test_a_deputy_is_not_the_leader() -> None:
    quotes = by_text([
        "Council row",
        "The council's deputy leader, Mrs Ann Lee, said the letters were sent in error.",
        "The council's leader has been on leave since March.",
        "\"The plan stands,\" the leader said.",
    ])
    assert quotes["The plan stands,"].speaker != "Ann Lee"


def test_an_age_under_18_is_never_the_parent_the_sentence_before_names() -> None:
    quotes = by_text([
        "Teenager pulled from sea",
        "Jack Rennie was fishing with friends when a large wave knocked him into the water.",
        "His mother, Mrs Sue Rennie, said the family could not thank his rescuer enough.",
        "\u201cI thought I was going to die out there,\u201d the 16-year-old said.",
    ])
    assert quotes["I thought I was going to die out there,"].speaker != "Sue Rennie"


def test_a_second_verb_with_an_auxiliary_after_a_fragment_is_the_same_subjects() -> None:
    # "... “remorseful” and had written a letter": the subject before the fragment speaks.
    quotes = by_text([
        "Driver jailed",
        "In mitigation, Ewan Lockhart, defending, said his client was \"genuinely and "
        "profoundly remorseful\" and had written a letter to the family.",
    ])
    assert quotes["genuinely and profoundly remorseful"].speaker == "Ewan Lockhart"


def test_an_age_tag_after_a_sentence_that_brings_someone_in_is_theirs() -> None:
    # In the quotation's own paragraph, a sentence that introduces someone ("Pieter van Wyk, a
    # retired fitter, was more sympathetic") gives the age tag after it, whoever else the
    # story named before; not when it acts on someone else ("defended him").
    quotes = by_text([
        "Rail strike",
        "Union leader Thandeka Mokoena said the strike would go ahead on Monday.",
        "Pieter van Wyk, a retired fitter waiting for a bus, was more sympathetic. \u201cMy son "
        "is a train driver,\u201d the 68-year-old said.",
        "Kofi Pryce was sent off in the 80th minute at Dunmore.",
        "Manager Gareth Lyle defended him after the match. \"I did nothing wrong,\" the "
        "31-year-old said.",
    ])
    assert quotes["My son is a train driver,"].speaker == "Pieter van Wyk"
    assert quotes["I did nothing wrong,"].speaker != "Gareth Lyle"


def test_a_place_made_an_adjective_is_no_bodys_name() -> None:
    # "the Rotterdam-headquartered firm" is the firm the story names, or no one; never a body
    # called "Rotterdam-headquartered firm".
    quotes = by_text([
        "Payroll breach",
        "Payroll software provider Ledgerline has confirmed a breach.",
        "The Rotterdam-headquartered firm described the bucket as a \"legacy backup "
        "environment\".",
    ])
    assert quotes["legacy backup environment"].speaker != "Rotterdam-headquartered firm"
