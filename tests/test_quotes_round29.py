"""Round twenty-nine: spokespeople, subjects and the sentence a quotation sits in. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_spokesperson_of_a_body_the_index_does_not_know_is_not_the_body_named_before() -> None:
    # "SkyMeridian" is no body the name index knows, so the spokeswoman had gone to the pilots'
    # union named the sentence before: the airline's line in the union's name. (Since round
    # forty-four the airline itself speaks, as the GUIDE credits an unnamed spokesperson.)
    quotes = by_text([
        "Pilots write to airline chief",
        "Pilots at SkyMeridian have written to the airline's chief executive, the Air Line"
        " Pilots Association said on Sunday. Asked about the letter, a SkyMeridian"
        " spokeswoman said the company \u201cdoes not comment on internal correspondence\u201d"
        " but valued feedback from its crews.",
    ])
    quote = quotes["does not comment on internal correspondence"]
    assert (quote.speaker, quote.speaker_kind) == ("SkyMeridian", "organisation")


def test_a_guest_at_a_party_is_the_subject_not_the_party() -> None:
    # "guest" was no noun for people, so "the party" after it was taken for the subject, and
    # a party for a body: the hospital named before.
    quotes = by_text([
        "Driver jailed over crash",
        "Callum Reeve, 24, was treated at Calderbridge General Hospital for a broken wrist.",
        "Two relatives had begged Reeve not to drive, the prosecutor said, and a guest at the"
        " party told police he had been \u201cswaying all over the place\u201d as he crossed"
        " the car park.",
    ])
    quote = quotes["swaying all over the place"]
    assert (quote.speaker, quote.speaker_kind) == ("a guest at the party", "description")


def test_a_description_followed_by_where_they_stood_is_the_subject() -> None:
    # "outside", "behind" and "near" after a noun for people had ended no description, so "A
    # supporter outside the ground" was no phrase at all and the words had no speaker.
    quotes = by_text([
        "Ban upheld",
        "The Sharks\u2019 fans have already made their feelings clear. A supporter outside the"
        " ground, wearing a jersey with the number 10 on the back, called the ban"
        " \u201ca joke\u201d.",
        "Many left early. A fan behind the goal called the decision \u201cdaylight"
        " robbery\u201d.",
    ])
    assert (quotes["a joke"].speaker, quotes["a joke"].speaker_kind) == (
        "a supporter", "description")
    assert quotes["daylight robbery"].speaker == "a fan behind the goal"


def test_a_document_from_a_body_is_the_bodys() -> None:
    # "said a report from Kotak Securities": the phrase after the document names its maker, as "a
    # statement from" does before "the statement said"; it had been dropped as only whose
    # the report was. "A letter from Harlow Foods to the county council": the letter is the
    # subject, not the council after "to".
    quotes = by_text([
        "Markets steady",
        "Experts and brokerages are of the view that the market is factoring in a recovery.",
        "\u201cThe market is largely factoring in a reasonable recovery in the economy and"
        " earnings,\u201d said a report from Kotak Securities.",
        "The statement came late on Friday. A letter from Harlow Foods to the county council"
        " described the delay as \u201cregrettable\u201d.",
    ])
    assert quotes["The market is largely factoring in a reasonable recovery in the economy and"
                  " earnings,"].speaker == "Kotak Securities"
    assert quotes["regrettable"].speaker == "Harlow Foods"


def test_the_body_a_person_is_of_is_a_name_of_its_own() -> None:
    # The run "Nguyen Thi Lan of the Hanoi Institute of Subterranean Biology" was cut to her
    # name and the body dropped, so "The Hanoi Institute said" later had only its short name.
    quotes = by_text([
        "Cave beetle finds its way home",
        "The study, led by Dr Nguyen Thi Lan of the Hanoi Institute of Subterranean Biology,"
        " appears in the journal Frontiers.",
        "The Hanoi Institute said in a statement that the cave would remain closed, to"
        " \u201cprotect a fragile ecosystem that we are only beginning to understand.\u201d",
    ])
    quote = quotes["protect a fragile ecosystem that we are only beginning to understand."]
    assert (quote.speaker, quote.speaker_kind) == (
        "Hanoi Institute of Subterranean Biology", "organisation")


def test_a_datelines_state_is_a_place_not_a_speaker() -> None:
    # "Nova" is a given name in the Census lists, so "Nova Scotia" had been a woman, and the
    # one person in reach of "what the carrier called".
    quotes = by_text([
        "Airline to compensate passengers",
        "HALIFAX, Nova Scotia, March 10 (Calloway Newswire) - SkyMeridian said on Monday it"
        " would compensate roughly 71,000 passengers, as the regulator opened an inquiry into"
        " what the carrier called \u201ca cascading failure of our crew-scheduling"
        " systems.\u201d",
    ])
    assert quotes["a cascading failure of our crew-scheduling systems."].speaker != "Nova Scotia"


def test_a_name_after_the_that_goes_on_with_for_is_one_bodys() -> None:
    # "Observatory" is no word for a body in the lexicon, so the name had been cut at "for":
    # "Citizens' Observatory" was taken for a person, and "Democracy" for another.
    quotes = by_text([
        "Observers report calm vote",
        "The Citizens' Observatory for Democracy, which deployed 3,400 observers, said in a"
        " preliminary report that voting had been \"largely peaceful\".",
    ])
    quote = quotes["largely peaceful"]
    assert (quote.speaker, quote.speaker_kind) == (
        "Citizens' Observatory for Democracy", "organisation")


def test_a_given_name_after_an_ampersand_starts_no_person() -> None:
    # "Lyle" is a given name, and a given name later in a run starts a person's name
    # ("California Jerry Brown"): the firm had become "Lyle Energy".
    quotes = by_text([
        "Energy firm says sorry",
        "Dr Priyanka Nair, 71, had paid \u00a396 a month to Harrow & Lyle Energy for six"
        " years. A letter from the supplier in May blamed a \u201cmeter reconciliation\u201d.",
        "Harrow & Lyle Energy said it would \u201creview every account of this kind\u201d.",
    ])
    assert quotes["review every account of this kind"].speaker == "Harrow & Lyle Energy"


def test_a_pronoun_before_its_quotation_is_the_sole_subject_of_the_sentence_before() -> None:
    # "Naveed" is not in the Census lists, so the story never says Rana's sex, and with no man
    # quoted since, "he" went to the man the story is about; the sentence before has Rana as
    # its only subject.
    quotes = by_text([
        "Bowler dropped after interview",
        "Fast bowler Hasnain Jatoi was left out of the squad on Monday, three days after an"
        " interview in which he criticised the selectors.",
        "\u201cSelection is made on merit and on nothing else,\u201d the board said in a"
        " statement.",
        "Former captain Naveed Akhtar Rana was blunter. Writing in his column for this"
        " newspaper, he called the selection \u201ca mess of the board\u2019s own"
        " making\u201d.",
    ])
    assert quotes["a mess of the board\u2019s own making"].speaker == "Naveed Akhtar Rana"


def test_a_pronoun_before_its_quotation_is_the_sole_person_the_sentence_before_is_about() -> None:
    # Neither "Harjit" nor "Ngozi" is in the Census lists: "She" had gone to the mayor
    # quoted before, not to the director the sentence before is about.
    quotes = by_text([
        "Water review published",
        "\u201cBecause it isn\u2019t internal,\u201d Mayor Harjit Sandhu replied. \u201cThe firm"
        " has never done a dollar of work for this city before.\u201d",
        "Seated beside him, the director of water services, Ngozi Abara-Whitfield, nodded."
        " She told reporters the firm\u2019s engineers had been given \u201cevery log, every"
        " work order, every email\u201d from the plant.",
    ])
    assert quotes["every log, every work order, every email"].speaker == (
        "Ngozi Abara-Whitfield")


def test_she_with_no_woman_in_reach_is_the_woman_quoted_just_before() -> None:
    # Only the barrister is named in the three paragraphs before "She did not accept that.":
    # "she told him" had no one, though the witness was quoted two exchanges earlier.
    quotes = by_text([
        "Cyclist death trial",
        "Bernadette Okonkwo, 54, told the jury she saw the van strike the cyclist.",
        "\u2018Three, maybe four seconds,\u2019 Mrs Okonkwo replied.",
        "\u2018Did he look up at any point?\u2019",
        "\u2018No. Not once.\u2019",
        "Under cross-examination, defence barrister Rupert Hale suggested that low sun made it"
        " impossible for her to see inside the cab. \u2018You could not possibly have seen his"
        " hands,\u2019 he put to her.",
        "She did not accept that. \u2018I know what I saw,\u2019 she told him.",
    ])
    assert quotes["I know what I saw,"].speaker == "Bernadette Okonkwo"


def test_that_before_a_noun_for_people_opens_a_description() -> None:
    # "That engineer" was no phrase, so "she said" went to the agent quoted before.
    quotes = by_text([
        "Contracts inquiry widens",
        "\u201cWe follow the money,\u201d said FBI Special Agent in Charge Dmitri Volkov.",
        "A city engineer raised the alarm in 2021. That engineer, who asked not to be named"
        " because she still works for the city, told The Ledger she had been frozen out."
        " \u201cI was told to stop asking questions about bids that weren\u2019t my"
        " business,\u201d she said.",
    ])
    quote = quotes["I was told to stop asking questions about bids that weren\u2019t my business,"]
    assert (quote.speaker, quote.speaker_kind) == ("the engineer", "description")


def test_a_process_is_no_person() -> None:
    # "-ess" made "process" a noun for people (as "actress" is): the process "said" the words.
    quotes = by_text([
        "Songwriters on the film",
        "The writers met in Glasgow in the spring.",
        "The process led to a realization: \u201cIt was a love song from Rose-Lynn to her"
        " mother.\u201d",
    ])
    assert quotes["It was a love song from Rose-Lynn to her mother."].speaker != "the process"


def test_a_given_name_with_accents_says_its_sex_and_keeps_the_name_whole() -> None:
    # The Census spells "Siobhan" without its accent: "Siobhán" was no given name, so the
    # judge was "Mac Giolla Phádraig" (a man, by "Mac"), and her "she said" had no one.
    from socialkit.quotes.people import gender_of_given_name, is_given_name

    assert gender_of_given_name("Siobhán") == "f" and gender_of_given_name("Seán") == "m"
    assert is_given_name("José") and not is_given_name("Søren-xyz")
    quotes = by_text([
        "Bouncer attacker jailed",
        "Judge Siobhán Mac Giolla Phádraig said the attack was \u2018cowardly\u2019.",
        "Passing sentence, Judge Mac Giolla Phádraig said she had taken the plea into"
        " account.",
        "\u2018One punch can end a life,\u2019 she said.",
    ])
    assert quotes["One punch can end a life,"].speaker == "Siobhán Mac Giolla Phádraig"


def test_a_capitalised_word_before_a_noun_for_no_person_is_no_epithet_of_the_one_in_reach() -> (
        None):
    # "the Championship outfit" is the club: it had been read as an epithet ("the Oklahoma
    # Republican") of the one person named so far, the striker the club was attacking.
    quotes = by_text([
        "Rovers accuse agent",
        "CASTLEBRIDGE ROVERS last night accused the agent of star striker Kwabena"
        " Asante-Mensah of \u2018holding the club to ransom\u2019.",
        "In a statement released just before midnight, the Championship outfit said it had"
        " been left with \u2018no option but to go public\u2019.",
        "\u2018The club will not be bullied,\u2019 the statement read.",
    ])
    assert quotes["no option but to go public"].speaker != "Kwabena Asante-Mensah"


# The adversarial review of this round's rules: each snippet below had a wrong name under the
# first version of a rule.


def test_the_sentence_before_gives_way_to_someone_of_that_sex_named_just_before() -> None:
    quotes = by_text([
        "Dog owner spared jail after starving pet",
        "Recorder Paul Whitlock told Bristol Crown Court the case was among the worst he had"
        " seen.",
        "Kit Bennett-Azoulay, 29, was given a suspended sentence on Tuesday. Sentencing, he"
        " said the dog had been \u201cstarved almost to death\u201d and banned the defendant"
        " from keeping animals for life.",
    ])
    assert quotes["starved almost to death"].speaker == "Paul Whitlock"


def test_someone_brought_in_by_a_description_stops_the_last_quoted_of_that_sex() -> None:
    quotes = by_text([
        "Stairs death trial: neighbour describes row",
        "\u2018I saw him push her down the stairs,\u2019 Mrs Okonkwo told the jury.",
        "Defence barrister Rupert Hale suggested the landing could not be seen from the"
        " kitchen. \u2018The light was off, wasn\u2019t it?\u2019 he asked.",
        "The jury was later shown photographs of the hallway.",
        "The trial judge adjourned the case until Monday.",
        "Before doing so, she warned jurors that researching the case online would be"
        " \u2018a serious contempt of court\u2019.",
    ])
    assert quotes["a serious contempt of court"].speaker != "Okonkwo"


def test_a_document_from_a_place_or_a_date_is_the_makers_after_by_not_who_saw_it() -> None:
    quotes = by_text([
        "Rafah hospitals",
        "Aid agencies say hospitals in Rafah are running out of fuel.",
        "A report from Rafah by M\u00e9decins Sans Fronti\u00e8res described conditions as"
        " \u201cbeyond catastrophic\u201d.",
        "Tesco has told suppliers it will delay payments. An email from Friday, sent by the"
        " supermarket\u2019s commercial director Ashwin Prasad, said the change was"
        " \u201ctemporary and regrettable\u201d.",
        "A letter from May 2019, seen by the Guardian, warned the council that the panels"
        " were \u201chighly combustible\u201d.",
    ])
    assert quotes["beyond catastrophic"].speaker == "M\u00e9decins Sans Fronti\u00e8res"
    assert quotes["temporary and regrettable"].speaker == "Ashwin Prasad"
    assert quotes["highly combustible"].speaker != "Guardian"


def test_one_word_after_of_is_no_name_of_its_own_and_a_datelines_word_keeps_its_person() -> (
        None):
    quotes = by_text([
        "Residents fight basement extensions",
        "Councillor Jane Foster has campaigned against basement extensions for a decade.",
        "Developer Tom Baird of Chelsea said the rules were already strict.",
        "\u201cPeople are living next to building sites for years,\u201d she said.",
        "SPOKANE, Washington, May 4 (Reuters) - A man who spent 27 years in prison was freed"
        " on Friday.",
        "Tyrell Washington, 52, walked out to cheers. \u201cI never stopped believing this day"
        " would come,\u201d Washington said.",
    ])
    assert quotes["People are living next to building sites for years,"].speaker == "Jane Foster"
    quote = quotes["I never stopped believing this day would come,"]
    assert (quote.speaker, quote.speaker_kind) == ("Tyrell Washington", "name")


def test_a_description_ends_on_no_preposition() -> None:
    quotes = by_text([
        "School data breach",
        "Headteacher Mark Ellison said the school was \u201cdeeply sorry\u201d for the breach.",
        "A pupil at Ellison\u2019s former school in Derby, where a similar breach happened in"
        " 2021, said nothing had been learned.",
        "\u201cThey just don\u2019t care about our privacy,\u201d the pupil said.",
    ])
    speaker = quotes["They just don\u2019t care about our privacy,"].speaker or ""
    assert not speaker.endswith(" in")


def test_a_peoples_word_set_off_before_a_role_and_a_name_is_no_person() -> None:
    # "his agent, Serbian super-fixer Dragan Petrović": "Serbian" had become a person who took
    # the apposition's "agent", and then "The agent later posted".
    quotes = by_text([
        "Striker row",
        "But his agent, Serbian super-fixer Dragan Petrovi\u0107, hit back within the hour,"
        " insisting his client had been \u2018treated like furniture\u2019.",
        "The agent later posted on Instagram: \u2018Promises mean nothing in Castlebridge."
        " Remember that, young players.\u2019",
    ])
    assert quotes["Promises mean nothing in Castlebridge. Remember that, young players."
                  ].speaker != "Serbian"
