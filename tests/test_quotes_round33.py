"""Round thirty-three: clause subjects, documents and sources. Snippets written for these
tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_name_opening_a_clause_of_its_own_is_its_cues_subject() -> None:
    # The sentence's subject is the conference; "after" opens a clause whose subject speaks.
    quotes = by_text([
        "Civil servants move towards strike",
        "Delegates at the Federated Clerical Union conference in Harrogate voted yesterday to"
        " ballot for action, after general secretary Orla Brennan accused ministers of"
        " \u201cbalancing the books on the backs of the lowest paid\u201d.",
        "Members had been told the ballot would open next month, when Ms Brennan warned"
        " \u201cwe will not be your shock absorbers\u201d.",
    ])
    said = quotes["balancing the books on the backs of the lowest paid"]
    assert (said.speaker, said.role) == ("Orla Brennan", "general secretary")
    assert quotes["we will not be your shock absorbers"].speaker == "Orla Brennan"


def test_a_name_after_where_speaks_not_the_sentences_subject() -> None:
    quotes = by_text([
        "Winger traded",
        "The trade was a hard sell in the dressing room, where captain Liam Kehoe said it was"
        " \"a gut punch.\"",
    ])
    assert quotes["a gut punch."].speaker == "Liam Kehoe"


def test_a_statement_whose_opening_names_its_maker_by_a_pronoun_is_theirs() -> None:
    # "the statement says" is the statement he made, introduced with "In a statement ..., he".
    quotes = by_text([
        "Panel finds data were falsified in glial biology papers",
        "An investigation panel at the University of Carrow found that neuroscientist Tomasz"
        " Wrobel was responsible for manipulated images in seven papers.",
        "Wrobel denies wrongdoing. In a statement sent to the journal by his lawyer, he said"
        " that he \u201cutterly rejects\u201d the panel\u2019s findings. \u201cI have never"
        " knowingly published a false result,\u201d the statement says. \u201cThese are the"
        " errors of a busy laboratory.\u201d",
    ])
    assert quotes["utterly rejects"].speaker == "Tomasz Wrobel"
    said = next(q for q in quotes.values() if q.text.startswith("I have never knowingly"))
    assert said.speaker == "Tomasz Wrobel"


def test_a_name_ending_in_a_plural_noun_for_people_is_a_team_not_a_man() -> None:
    # "the Galway Buccaneers" had been a man who took the captain's "he said".
    quotes = by_text([
        "Buccaneers trade their top scorer",
        "The Galway Buccaneers general manager traded winger Pavel Novak to Duluth on"
        " Friday. Former Buccaneers forward Sean Byrne said the club had waited too long.",
        "The trade was a hard sell in the dressing room, where captain Liam Kehoe called it"
        " \"a gut punch.\"",
        "The Galway captain was asked about his own future with the Buccaneers, given his"
        " contract. \"I want to be here,\" he said.",
    ])
    assert quotes["I want to be here,"].speaker == "Liam Kehoe"


def test_a_surname_that_looks_plural_stays_a_person() -> None:
    quotes = by_text([
        "Council leader quits",
        "Councillor Dana Rogers resigned on Monday. \"It is time,\" Rogers said.",
    ])
    said = quotes["It is time,"]
    assert (said.speaker, said.speaker_kind) == ("Dana Rogers", "name")


def test_a_title_case_dateline_and_an_outlet_told_are_no_one() -> None:
    # "Ardavan" (the dateline's country) and "Al Jazeera" (only ever told things) had been
    # people in reach, so the farmer's age named no one.
    quotes = by_text([
        "Survivors dig for loved ones after quake",
        "Sarband, Ardavan \u2013 Hamid Rahimi had been awake for nearly 40 hours when rescuers"
        " reached his brother\u2019s house.",
        "\u201cWe dug with our hands until the rescue team came,\u201d the 52-year-old farmer"
        " told Al Jazeera.",
        "The quake struck at 2:17am. Ardavan\u2019s government has asked for help.",
        "A local official, who spoke to Al Jazeera on condition of anonymity, said roads were"
        " still blocked.",
    ])
    said = quotes["We dug with our hands until the rescue team came,"]
    assert (said.speaker, said.via) == ("Hamid Rahimi", "Al Jazeera")


def test_a_name_written_only_after_the_bears_no_ones_words() -> None:
    # "the Kestrel Store" had been a person bearing "Kestrel", so "Kestrel" was no longer the
    # short form of Kestrel Technologies, and "the company" found no company.
    quotes = by_text([
        "Regulator opens app store to rivals",
        "Kestrel Technologies has been ordered to let app developers use rival payment systems.",
        "The regulator fined Kestrel \u00a31.4bn, saying developers selling through the Kestrel"
        " Store paid too much.",
        "Kestrel said: \u201cWe will appeal.\u201d In a statement, the company said it was"
        " \u201cdeeply disappointed\u201d by the decision.",
    ])
    for text in ("We will appeal.", "deeply disappointed"):
        said = quotes[text]
        assert (said.speaker, said.speaker_kind) == ("Kestrel Technologies", "organisation")


def test_an_age_after_a_sentence_opened_by_a_name_is_that_name_despite_an_object() -> None:
    # The goalkeeper brought in as an object had made the sentence name two people.
    quotes = by_text([
        "Kilbrack win county final",
        "Kilbrack won the county title on Sunday, with Tobi Adewale kicking the winning point.",
        "But Kilbrack held their nerve. Adewale, whose family moved to the village when he was"
        " six, collected a short kickout from goalkeeper Fiachra O Donnell and curled over from"
        " 35 metres.",
        "\"My mam was in the stand and she was more nervous than me,\" the 20-year-old said.",
    ])
    assert quotes["My mam was in the stand and she was more nervous than me,"].speaker == (
        "Tobi Adewale")


def test_a_title_that_goes_before_a_given_name_links_it_to_the_full_name() -> None:
    quotes = by_text([
        "Looted bronzes come home",
        "The delegation was led by Prince Osahon Idahosa, a younger brother of the king.",
        "\u201cToday we opened the crates,\u201d Prince Osahon said.",
    ])
    assert quotes["Today we opened the crates,"].speaker == "Osahon Idahosa"


def test_an_office_with_a_plural_inside_is_one_description_before_the_name() -> None:
    quotes = by_text([
        "Pilots strike",
        "Adlerair said it had offered pay increases of 8.5% over two years.",
        "\u201cWe regret the enormous impact on our passengers,\u201d the airline's chief human"
        " resources officer, Stefan Albrecht, said in a statement.",
    ])
    assert quotes["We regret the enormous impact on our passengers,"].speaker == (
        "Stefan Albrecht")


def test_an_outlet_that_saw_a_document_is_never_the_body_that_wrote_it() -> None:
    quotes = by_text([
        "Pilots strike",
        "The union's chairwoman, Katarzyna Nowak, told DW the walkout would go ahead.",
        "In a letter to members seen by DW, the union said the pension plan would leave younger"
        " pilots \u201csignificantly worse off\u201d.",
    ])
    assert quotes["significantly worse off"].speaker != "DW"


def test_a_people_after_a_name_with_a_relative_clause_is_that_name() -> None:
    # Tran inside the "who" clause had been a rival subject, and "Argentine" no people.
    quotes = by_text([
        "Qualifier stuns top seed",
        "Tran will next face fifth seed Ignacio Beltran of Argentina.",
        "Beltran, who trained alongside Tran at the same academy as a teenager, said he expected"
        " a long afternoon. \"He runs for every ball,\" the Argentine said.",
    ])
    assert quotes["He runs for every ball,"].speaker == "Ignacio Beltran"


def test_a_person_named_before_where_they_work_speaks() -> None:
    quotes = by_text([
        "Outsider lands the big handicap",
        "Bookmakers reported a good result. Rory Delahunt of bookmaker Betfinch said:"
        " \"Hardly anybody was with the winner.\"",
    ])
    assert quotes["Hardly anybody was with the winner."].speaker == "Rory Delahunt"


def test_the_subject_of_a_participle_after_with_speaks() -> None:
    quotes = by_text([
        "Director walks out",
        "Director Ana Ferrer and star Lucia Montes arrived together.",
        "The press conference began warmly, with Montes describing the shoot as \u201cthe"
        " hardest and happiest four months of my life.\u201d",
    ])
    assert quotes["the hardest and happiest four months of my life."].speaker == "Lucia Montes"


def test_the_subject_after_a_clause_of_its_own_and_a_comma_speaks() -> None:
    quotes = by_text([
        "Misconduct finding",
        "Structural biologist Trang Nguyen raised concerns about the images in 2022.",
        "Nguyen says that when she first e-mailed the university, an administrator replied that"
        " her concerns were \u201cnot actionable in their current form\u201d.",
    ])
    said = quotes["not actionable in their current form"]
    assert (said.speaker, said.speaker_kind) == ("an administrator", "description")


def test_a_bearer_named_only_to_say_no_relation_leaves_the_surname_to_the_newcomer() -> None:
    quotes = by_text([
        "Looted bronzes come home",
        "Dr. Chiamaka Okafor, the commission's director general, led the talks. \u201cThere was"
        " no argument left to make,\u201d she said.",
        "The research was led by the museum's curator, Daniel Okafor (no relation to Dr."
        " Okafor).",
        "Mr. Okafor said he had not expected to feel much. \u201cThen the drummers started,\u201d"
        " he said.",
    ])
    assert quotes["Then the drummers started,"].speaker == "Daniel Okafor"
    assert quotes["There was no argument left to make,"].speaker == "Chiamaka Okafor"


def test_the_name_after_whose_role_before_a_relative_clause_speaks() -> None:
    quotes = by_text([
        "Outsider lands the big handicap",
        "Trainer Siobhan Kearney saddled the winner from her small yard.",
        "Siobhan Kearney's husband and assistant trainer Padraig Kearney, who rides the gelding"
        " out every morning, said the horse had been \"a different animal\" since the summer.",
    ])
    assert quotes["a different animal"].speaker == "Padraig Kearney"


# Review mends: snippets an adversarial helper wrote against this round's rules.


def test_review_a_clause_closed_by_a_comma_leaves_the_quotation_to_the_main_speaker() -> None:
    quotes = by_text([
        "Strike to go on",
        "Unite regional secretary Susan Fitzgerald said that, until Minister Peter Burke says he"
        " will meet the workers, the strike will go on and it will be \u201cthe longest dispute"
        " this state has seen\u201d.",
    ])
    assert quotes["the longest dispute this state has seen"].speaker == "Susan Fitzgerald"


def test_review_with_inside_a_phrase_opens_no_participle_clause() -> None:
    quotes = by_text([
        "Influencer engaged",
        "Influencer Saoirse Kenny announced her engagement on Sunday, sharing a photo with"
        " boyfriend Cillian Doherty writing \u201che finally asked!\u201d under the picture.",
    ])
    assert quotes["he finally asked!"].speaker != "Cillian Doherty"


def test_review_an_age_may_be_a_verbs_object_or_a_name_in_a_whose_clause() -> None:
    quotes = by_text([
        "Derry snatch late win",
        "Derry City manager Ruaidhri Higgins and young striker Cian Kavanagh were the toast of"
        " the Brandywell on Friday night.",
        "Higgins, who brought the teenager to the club last winter, embraced Kavanagh on the"
        " touchline after the final whistle.",
        "\u201cI have dreamed about a night like this since I was a kid,\u201d the 19-year-old"
        " said.",
    ])
    assert quotes["I have dreamed about a night like this since I was a kid,"].speaker != (
        "Ruaidhri Higgins")
    quotes = by_text([
        "Mother's pride as son graduates",
        "Bernadette Walsh, whose son Kevin qualified as a doctor on Friday, said she had cried"
        " through the ceremony.",
        "\u201cMam has sacrificed everything for me,\u201d the 24-year-old said.",
    ])
    assert quotes["Mam has sacrificed everything for me,"].speaker != "Bernadette Walsh"


def test_review_a_surname_that_looks_plural_is_no_team_unless_written_after_the() -> None:
    quotes = by_text([
        "Fury at late penalty",
        "Anouk Heijmans was left furious after a late penalty decision cost her side victory.",
        "\u201cThat was never a penalty,\u201d Heijmans said.",
    ])
    said = quotes["That was never a penalty,"]
    assert (said.speaker, said.speaker_kind) == ("Anouk Heijmans", "name")


def test_review_someone_told_things_and_set_off_with_a_role_is_a_person() -> None:
    quotes = by_text([
        "Nurses take pay protest to commissioner",
        "Striking nurses on Monday told Oyinkansola Adeyemi, the state commissioner for health,"
        " that they had not been paid for three months.",
        "\u201cI hear you and I will take your case to the governor tonight,\u201d she said.",
    ])
    said = quotes["I hear you and I will take your case to the governor tonight,"]
    assert said.speaker == "Oyinkansola Adeyemi"


def test_review_a_name_and_a_county_before_a_dash_is_no_dateline() -> None:
    quotes = by_text([
        "Farming awards",
        "Clodagh Breathnach, Tipperary \u2013 Young Farmer of the Year, for converting the family"
        " dairy farm near Cashel to organic production.",
        "\u201cOrganic was a huge risk,\u201d she said.",
    ])
    assert quotes["Organic was a huge risk,"].speaker == "Clodagh Breathnach"
