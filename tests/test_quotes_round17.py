"""Speaker rules of the seventeenth round: the words a story uses again for someone, and who
goes on speaking after a reported-speech quotation. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_an_epithet_after_a_reported_quotation_is_not_that_speaker_by_default() -> None:
    # A rule that gave "the guard" to the speaker of a reported-speech quotation just before
    # (right once on the benches) gave a witness's evidence to the defendant in review: the
    # person the epithet brings in is often described only in the next paragraph.
    quotes = by_text([
        "Daniel Price said the crash had \"changed his life for ever\", the court heard.",
        "\"He went straight through the red light,\" the witness said.",
        "The witness, a delivery driver who was waiting at the junction, told jurors she had "
        "called 999.",
    ])
    assert quotes["He went straight through the red light,"].speaker == "the witness"


def test_an_epithet_is_not_someone_its_own_sentence_names() -> None:
    quotes = by_text([
        "Match report",
        "\"We played well in the first half,\" Lyle said, and said the side had \"no luck\".",
        "\"That was a penalty,\" the striker insisted, as Lyle walked past.",
    ])
    assert quotes["That was a penalty,"].speaker != "Lyle"


def test_a_rank_gives_the_nouns_a_story_uses_again() -> None:
    quotes = by_text([
        "The inquest heard evidence from the police on Tuesday.",
        "PC Rachel Ibbotson, a collision investigator with Cumbria Police, said there was no "
        "evidence that the driver had been speeding.",
        "She told the coroner the bend and the low sun created a blind spot.",
        "“In my opinion, a driver would have had less than two seconds,” the officer said.",
        "Cllr Joan Pike, who chairs the highways committee, was at the hearing.",
        "“We will look at that bend again,” the councillor said.",
    ])
    assert quotes["In my opinion, a driver would have had less than two seconds,"].speaker == (
        "Rachel Ibbotson")
    assert quotes["We will look at that bend again,"].speaker == "Joan Pike"


def test_a_gendered_noun_is_not_given_to_someone_of_the_other_sex() -> None:
    quotes = by_text([
        "Rep. Tom Hale of Ohio spoke at the rally on Friday, and he was angry.",
        "\"This is a disgrace,\" the congresswoman said.",
    ])
    assert quotes["This is a disgrace,"].speaker != "Tom Hale"


def test_a_chamber_of_commerce_is_a_body() -> None:
    quotes = by_text([
        "In a statement, the Veridian Chamber of Commerce said it was \"disappointed but not "
        "surprised\" by the rate decision.",
        "\"Businesses can plan around high rates. What they cannot plan around is "
        "uncertainty,\" the chamber said.",
    ])
    said = quotes["Businesses can plan around high rates. What they cannot plan around is "
                  "uncertainty,"]
    assert (said.speaker, said.speaker_kind) == ("Veridian Chamber of Commerce", "organisation")


def test_the_name_set_off_after_a_title_of_a_place_speaks() -> None:
    quotes = by_text([
        "The West Yorkshire Chamber of Commerce estimated the cost at £28m a day.",
        "The Mayor of West Yorkshire, Helen Kirkbride, wrote on social media that the strike "
        "was \"a symptom of a broken railway.\"",
    ])
    assert quotes["a symptom of a broken railway."].speaker == "Helen Kirkbride"


def test_an_abbreviated_rank_before_a_surname_is_a_title() -> None:
    quotes = by_text([
        "Cllr Jonathan Reeve, cabinet member for housing, said the council had listened.",
        "\"I understand why people are anxious,\" Cllr Reeve said.",
        "Liberal Democrat group leader Cllr Priya Nandakumar, who joined the march, accused the "
        "ruling group of \"hiding behind\" the figures.",
    ])
    assert quotes["I understand why people are anxious,"].speaker == "Jonathan Reeve"
    hiding = quotes["hiding behind"]
    assert (hiding.speaker, hiding.role) == ("Priya Nandakumar", "Liberal Democrat group leader")


def test_two_given_names_joined_by_and_share_the_surname_after_them() -> None:
    quotes = by_text([
        "The band, fronted by brothers Tom and Sam Keane, played to 40,000 people.",
        "\"We never thought we'd get here,\" Sam said.",
        "Tom, the elder by two years, was more cautious. \"It's one night,\" he said.",
    ])
    assert quotes["It's one night,"].speaker == "Tom Keane"
    assert quotes["We never thought we'd get here,"].speaker == "Sam Keane"


def test_a_role_set_off_before_a_name_is_theirs() -> None:
    quotes = by_text([
        "Declan Furey won on points. Furey’s promoter, Gerry McAleese, was dismissive of the "
        "complaint.",
        "McAleese said talks with the champion’s team had begun before the first bell.",
        "“We’ll go anywhere,” said the promoter, “but we’d much rather they came here.”",
    ])
    assert quotes["We’ll go anywhere, but we’d much rather they came here."].speaker == (
        "Gerry McAleese")


def test_a_countrys_abbreviation_is_no_body_a_spokeswoman_speaks_for() -> None:
    # "U.S" (its full stop read as a sentence's end) was a body, the latest one named before
    # "a Meridian spokeswoman", who then spoke for it.
    quotes = by_text([
        "Analysts estimated the strike could cost the U.S. economy $500 million a day.",
        "Meridian Lines, one of the largest carriers serving the port, said it was diverting two "
        "vessels. \"We are advising customers to expect delays,\" a Meridian spokeswoman said.",
    ])
    said = quotes["We are advising customers to expect delays,"]
    assert (said.speaker, said.speaker_kind) == ("a Meridian spokeswoman", "description")


def test_a_people_named_from_a_country_is_an_epithet_and_not_someone_of_another() -> None:
    quotes = by_text([
        "Declan Furey beat the Mexican veteran Rafael Ochoa on points in Belfast.",
        "The judges scored it 116-112, 115-113 and 117-111.",
        "“My legs were gone in the ninth,” Furey said. The Irishman, who lost his only previous "
        "title shot, said he had thought about that night “every single morning” since.",
        "Furey was cut above the left eye in the fourth round.",
        "Ochoa, 36, has now lost three of his last five fights, and the man once tipped as "
        "Mexico’s next world champion was gracious in defeat. “He’s a strong boy,” the Mexican "
        "said through an interpreter.",
    ])
    assert quotes["He’s a strong boy,"].speaker == "Rafael Ochoa"


def test_someone_called_by_one_people_is_not_the_next_people() -> None:
    quotes = by_text([
        "Kestrel manager Stuart McAllister was in no mood to discuss the bid. “He is my "
        "centre-forward,” the Scot said.",
        "Ashbourne manager Luca Benedetti refused to be drawn on it. \"He is a Kestrel player,\" "
        "the Italian said.",
    ])
    assert quotes["He is a Kestrel player,"].speaker == "Luca Benedetti"


_EXCHANGE = [
    "Former minister Peter Harlow used an appearance on the Long Table podcast to defend his "
    "handling of the rail contract.",
    "Speaking to host Dana Whitfield, Harlow said he had \"nothing to hide\". The key exchange "
    "went as follows.",
    "Whitfield: You signed off on the contract two days before the audit came back. Why?",
    "Harlow: Because the trains had to run. I wasn't going to leave commuters stranded.",
    "Whitfield: The auditors called it reckless. Do you accept that?",
    "Harlow: They're entitled to their view. I stand by every decision.",
]


def test_a_transcript_with_labels_written_as_names_credits_each_turn() -> None:
    quotes = by_text(_EXCHANGE)
    assert quotes["Because the trains had to run. I wasn't going to leave commuters "
                  "stranded."].speaker == "Peter Harlow"
    assert quotes["The auditors called it reckless. Do you accept that?"].speaker == (
        "Dana Whitfield")


def test_a_turn_labelled_by_a_role_is_the_one_given_it() -> None:
    quotes = by_text([p.replace("Whitfield:", "Host:") for p in _EXCHANGE])
    assert quotes["The auditors called it reckless. Do you accept that?"].speaker == (
        "Dana Whitfield")
    assert quotes["They're entitled to their view. I stand by every decision."].speaker == (
        "Peter Harlow")


def test_a_team_sheet_and_a_lone_rubric_are_no_ones_words() -> None:
    quotes = by_text([
        "Harwick City manager Tom Pike said his side \"deserved more\" from the game.",
        "Harwick City: Ashdown; Blackwood, Pike, Mensah, Quinlan; Doyle, Ross, Hale.",
        "Stourport Athletic: Greaves; Nolan, Redfern, Atkins, Pryce; Lund, Ode, Shaw.",
        "Update: The club said on Sunday that Pike would stay.",
    ])
    assert list(quotes) == ["deserved more"]


def test_a_person_set_off_after_a_place_gives_it_no_title() -> None:
    # "Mrs Sowerby's daughter" after "Great Ayton," had made the village a woman with a
    # title, then the speaker of Mrs Sowerby's words.
    quotes = by_text([
        "In the village of Great Ayton, Margaret Sowerby, 79, has spent three nights in her "
        "armchair. \"I've lived here 52 years,\" she said.",
        "Back in Great Ayton, Mrs Sowerby's daughter, Anne, arrived on Monday morning.",
    ])
    assert quotes["I've lived here 52 years,"].speaker == "Margaret Sowerby"


def test_a_law_named_after_a_body_is_not_the_body() -> None:
    quotes = by_text([
        "The British Museum is prevented from removing items by the British Museum Act 1963. "
        "A spokesperson for the museum said it was \"committed to working with colleagues\".",
    ])
    assert quotes["committed to working with colleagues"].speaker == "British Museum"


def test_a_detective_inspector_is_one_person_by_surname() -> None:
    quotes = by_text([
        "Detective Inspector Claire Rowntree of Avon and Somerset Police said the family had "
        "shown great dignity.",
        "\"They have sat through harrowing evidence,\" DI Rowntree said.",
    ])
    assert quotes["They have sat through harrowing evidence,"].speaker == "Claire Rowntree"


def test_a_shop_named_pc_is_no_police_constable() -> None:
    quotes = by_text([
        "Thieves smashed through the front of PC World in Croydon with a stolen van.",
        "PC World said no staff were in the building at the time.",
        "\"We believe the van was stolen in Kent,\" the officer said.",
    ])
    assert quotes["We believe the van was stolen in Kent,"].speaker == "the officer"


def test_a_list_of_names_and_verdicts_is_no_exchange() -> None:
    quotes = by_text([
        "England beat Serbia 1-0 in their opening game. Gareth Southgate said the team had "
        "\"never stopped believing\". Jordan Pickford, John Stones and Declan Rice all started.",
        "Pickford: Made two fine saves. 7",
        "Stones: Solid at the back all night. 7",
        "Rice: Ran the midfield for an hour. 8",
        "Southgate: His substitutions won the game. 8",
    ])
    assert list(quotes) == ["never stopped believing"]


def test_the_one_brought_in_last_is_the_epithet_not_an_earlier_holder() -> None:
    quotes = by_text([
        "Tyson Fury's promoter, Frank Warren, said the fight would \"definitely go ahead\".",
        "One promoter, who asked not to be named, was less sure. \"Nobody is going to sell "
        "tickets,\" he said.",
        "\"It's a shambles,\" the promoter added.",
        "Kane Rowe's agent, Pini Levy, said his client was happy.",
        "\"Agents are running the game now,\" the agent of another Premier League player said.",
    ])
    assert quotes["It's a shambles,"].speaker != "Frank Warren"
    assert quotes["Agents are running the game now,"].speaker != "Pini Levy"


def test_a_people_is_first_the_one_the_story_gave_it_and_never_someone_of_another() -> None:
    quotes = by_text([
        "US envoy John Kerry met Mexican foreign minister Marcelo Ebrard in Mexico City.",
        "Kerry said the talks had been \"frank and productive\".",
        "\"We will not be the wall for the United States,\" the Mexican said.",
    ])
    assert quotes["We will not be the wall for the United States,"].speaker == "Marcelo Ebrard"


def test_the_one_a_letter_is_addressed_to_does_not_speak_it() -> None:
    quotes = by_text([
        "Residents of Elm Road have written to the council about the potholes.",
        "A letter to the Mayor of Leeds, Sarah Cole, said: \"We have reported this road 14 "
        "times and nothing has happened.\"",
    ])
    said = quotes["We have reported this road 14 times and nothing has happened."]
    assert said.speaker != "Sarah Cole"


def test_a_given_name_someone_else_has_in_full_is_not_shared() -> None:
    quotes = by_text([
        "Emma Reid, who opened the Copper Kettle in 2019, said the award was \"a dream come "
        "true\".",
        "The judges visited in June. Emma and Oliver Stone, the couple who run the bakery next "
        "door, supply the cafe's bread.",
        "\"We're so proud of her,\" Oliver said.",
        "\"I couldn't have done it without the whole street,\" Emma said.",
    ])
    assert quotes["I couldn't have done it without the whole street,"].speaker != "Emma Stone"


def test_a_story_printed_as_one_paragraph_reads_introductions_nearby_only() -> None:
    # "a/one ... promoter" was searched back eight paragraphs, the whole story when it is one
    # paragraph; the bounded search finds the same introduction close by.
    filler = "The crowd waited in the rain for the doors to open. " * 200
    text = (filler + "One promoter, who asked not to be named, was unhappy. \"It's a "
            "shambles,\" the promoter said. " + filler)
    from socialkit.models import Article, Paragraph
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(Article(title="T", body=text, paragraphs=(
        Paragraph(text, 0, len(text)),)))
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("one promoter", "description")]


def test_a_summary_in_the_third_person_under_names_is_no_exchange() -> None:
    quotes = by_text([
        "Kemi Badenoch and Keir Starmer clashed over pensions at PMQs.",
        "Badenoch: Says Labour has broken its promise to pensioners.",
        "Starmer: Claims the Tories crashed the economy.",
        "Badenoch: Asks whether the winter fuel cut will be reversed.",
        "Starmer: Refuses to answer and attacks her record.",
    ])
    assert quotes == {}


def test_a_role_sought_brings_in_no_one() -> None:
    # "searching for a new manager" names no one new: "the manager" is still Howe (a later
    # description wins only as the subject of its sentence).
    quotes = by_text([
        "Newcastle manager Eddie Howe has backed the club's women's team to stay up.",
        "The club are searching for a new manager for the women's side after Becky Langley left "
        "last week.",
        "\"They have a great group of players,\" the manager said.",
    ])
    assert quotes["They have a great group of players,"].speaker == "Eddie Howe"
