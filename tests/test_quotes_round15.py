"""Speaker rules of the fifteenth round: transcripts printed without quote marks. Snippets
written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text

_INTERVIEW = [
    "Harbour mayor Leonie Fairweather defended the ferry contract on Tuesday in an interview "
    "with presenter Owen Castellan of Radio Harbour.",
    "The following is an edited transcript.",
    "OWEN CASTELLAN: Mayor, the auditor says the contract was \u201cbadly run\u201d. Was it?",
    "FAIRWEATHER: (sighs) No. It was run the way every contract here is run.",
    "READ MORE: Ferry contract audit finds \u201csystemic\u201d gaps",
    "CASTELLAN: That is not a defence.",
    "FAIRWEATHER: It is the truth, Owen.",
]


def test_a_transcripts_turns_are_its_labels_words() -> None:
    quotes = by_text(_INTERVIEW)
    assert quotes["Mayor, the auditor says the contract was \u201cbadly run\u201d. Was it?"
                  ].speaker == "Owen Castellan"
    # The stage direction is no one's words; the surname label is the mayor.
    turn = quotes["No. It was run the way every contract here is run."]
    assert (turn.speaker, turn.speaker_kind, turn.kind) == ("Leonie Fairweather", "name", "full")
    assert quotes["That is not a defence."].speaker == "Owen Castellan"
    assert quotes["It is the truth, Owen."].speaker == "Leonie Fairweather"
    # A rubric in capitals names no one the story names: not a turn.
    assert not any(text.startswith("Ferry contract audit") for text in quotes)


def test_a_quotation_inside_a_turn_is_not_the_turn_speakers_own() -> None:
    # "badly run" is the auditor's phrase that the presenter quotes: never the presenter's.
    assert by_text(_INTERVIEW)["badly run"].speaker != "Owen Castellan"


def test_one_capitalised_label_is_a_dateline_or_kicker_not_a_transcript() -> None:
    quotes = by_text([
        "PORT ELLERY: The council voted on Tuesday to close the Ellery bridge.",
        "\u201cWe had no choice,\u201d said council leader Dana Port.",
    ])
    assert list(quotes) == ["We had no choice,"]


def test_one_label_over_and_over_is_a_columns_form_not_an_exchange() -> None:
    # An advice column: each reader's letter opens with the same salutation.
    quotes = by_text([
        "Dear Abby is written by Jeanne Phillips.",
        "DEAR ABBY: My husband booked a trip without asking me. Should I go?",
        "DEAR ABBY: My sister never returns my calls. What should I do?",
    ])
    assert quotes == {}


_MATCH = [
    "Kestrel Rovers beat Ashby Town 2-1 at Mill Lane on Saturday.",
    "Rovers manager Gareth Lyle made two changes at half-time, and Ferraz then put Rovers "
    "ahead with a header.",
    "\u201cWe kept going,\u201d Lyle said.",
    "Ashby coach Luis Arbeloa did not hide his anger. \u201cWe stopped running,\u201d "
    "Arbeloa said.",
    "Asked whether his job was at risk, the Spaniard shrugged. \u201cThat is a question for "
    "other people.\u201d",
    "Ashby striker Kasper Lindqvist said his side had \u201cswitched off\u201d after the goal.",
    "\u201cIt cost us the game,\u201d the 24-year-old told reporters.",
    "Ferraz later left Mill Lane on crutches, and Rovers confirmed an ankle injury.",
    "\u201cWe wish Ferraz a quick recovery,\u201d the club said in a statement.",
]


def test_a_name_before_a_role_and_a_person_is_whom_they_work_for() -> None:
    # "Rovers manager Gareth Lyle": Kestrel Rovers is a body (never "he"), and "then put
    # Rovers ahead" gives it no role "put".
    quotes = by_text(_MATCH)
    club = quotes["We wish Ferraz a quick recovery,"]
    assert (club.speaker, club.speaker_kind) == ("Kestrel Rovers", "organisation")


def test_an_epithet_right_after_someones_words_is_them() -> None:
    quotes = by_text(_MATCH)
    assert quotes["That is a question for other people."].speaker == "Luis Arbeloa"
    assert quotes["It cost us the game,"].speaker == "Kasper Lindqvist"


def test_someone_new_before_a_pronoun_tag_is_described_as_the_story_does() -> None:
    quotes = by_text([
        "Deepak Sohal, who runs a bakery on the Linthorpe side, said he expected to lose "
        "customers. \u201cHalf my trade comes over that bridge,\u201d said Sohal.",
        "A woman walking her dog by the bridge, who declined to give her name, said she was not "
        "surprised. \u201cYou can feel it shake. I've said so for years,\u201d she said.",
        "Another resident, a retired engineer who asked not to be named, said the closure was "
        "right. \u201cThere's no sensible alternative,\u201d he said.",
    ])
    # "Sohal ... said he": his sex, though the Census lacks "Deepak"; so "she" is not him.
    woman = quotes["You can feel it shake. I've said so for years,"]
    # (Since round 54 without why she is unnamed: "who declined to give her name".)
    assert (woman.speaker, woman.speaker_kind) == (
        "a woman walking her dog by the bridge", "description")
    engineer = quotes["There's no sensible alternative,"]
    assert (engineer.speaker, engineer.speaker_kind) == (
        "another resident, a retired engineer who asked not to be named", "description")


def test_a_byline_role_does_not_run_into_the_next_paragraph() -> None:
    # "By Marcus Ell, Local Democracy Reporter // PORT ALVARADO — The Kestrel Bridge, ..." had
    # given the reporter the roles "kestrel" and "bridge", so "by the bridge ... he said" was him.
    from socialkit.quotes.names import _APPOSITIVE

    byline = ", Local Democracy Reporter\n\nPORT ALVARADO \u2014 The Kestrel Bridge, the link"
    assert _APPOSITIVE.match(byline) is None
    assert _APPOSITIVE.match(", Local Democracy Reporter, said").group(1) == (
        "Local Democracy Reporter")


def test_the_mayor_of_a_place_set_off_before_a_name_is_that_person() -> None:
    quotes = by_text([
        "PORT ALVARADO \u2014 The Kestrel Bridge will close on Monday.",
        "The mayor of Port Alvarado, Terrence Vail, said the news was "
        "\u201cdeeply frustrating\u201d.",
        "\u201cCall 311 if you need a ride,\u201d the mayor said.",
    ])
    quote = quotes["deeply frustrating"]
    assert (quote.speaker, quote.role) == ("Terrence Vail", "mayor of Port Alvarado")
    assert quotes["Call 311 if you need a ride,"].speaker == "Terrence Vail"


def test_a_role_in_the_service_of_another_is_no_role_for_the_name() -> None:
    quotes = by_text([
        "Senate Majority Leader Ron Whitfield's office said the chamber would reconvene.",
        "In a statement, a spokeswoman for the majority leader, Dana Pruitt, said: \u201cThe ball "
        "is in the Democrats' court.\u201d",
        "A group calling itself Harbour First, whose spokesman, Callum Tate, said the mayor was "
        "\u201cin denial\u201d, launched the petition.",
    ])
    # Whether Pruitt is the spokeswoman or the leader, English leaves open: no role at all
    # rather than "majority leader" for a spokeswoman.
    pruitt = quotes["The ball is in the Democrats' court."]
    assert (pruitt.speaker, pruitt.role) == ("Dana Pruitt", None)
    assert quotes["in denial"].role == "spokesman"


def test_a_body_called_by_its_kind_far_from_its_name_is_the_one_of_that_kind() -> None:
    quotes = by_text([
        "At Draymoor General Hospital, staff treated dozens of patients for heatstroke.",
        "Forecasters expect the heat to last until Friday.",
        "Power companies asked customers to save electricity in the evening.",
        "The hospital said in a statement that it had postponed some surgery. \u201cPatient safety "
        "remains our priority,\u201d the statement said.",
    ])
    quote = quotes["Patient safety remains our priority,"]
    assert (quote.speaker, quote.speaker_kind) == ("Draymoor General Hospital", "organisation")


def test_a_shared_surname_is_the_one_the_story_keeps_it_for() -> None:
    quotes = by_text([
        "Cyclist Nadia Farouk, 19, died in the crash on Aldermoor Road.",
        "Nadia had wanted to be a nurse. Her mother, Samira Farouk, read a statement in court.",
        "Mrs Farouk turned to face the dock. \u201cI hope you think about her every day,\u201d "
        "she said.",
        "Outside court, Farouk said the sentence was \u201cnot enough\u201d.",
    ])
    # The daughter is "Nadia"; the surname is kept for her mother.
    assert quotes["I hope you think about her every day,"].speaker == "Samira Farouk"
    assert quotes["not enough"].speaker == "Samira Farouk"


def test_a_shared_surname_named_just_before_is_that_person() -> None:
    quotes = by_text([
        "Libertarian candidate Gary Johnson released a letter from his doctor.",
        "In other news, the campaigns traded attacks over taxes.",
        "Homeland Security Secretary Jeh Johnson says hackers have targeted election offices.",
        "Johnson said officials should ask for help. \u201cThere is no single point of "
        "failure,\u201d he said.",
    ])
    assert quotes["There is no single point of failure,"].speaker == "Jeh Johnson"


def test_a_name_where_things_happen_is_no_one_who_speaks() -> None:
    quotes = by_text([
        "By the time Odessa Vane walked on to the Marsh Stage at 10.15pm on Saturday, most of "
        "the 38,000 people in front of her had been standing in mud.",
        "The festival's organiser, Bartholomew Quist, had spent much of the previous 48 hours "
        "fighting the weather.",
        "Photo: Odessa Vane performs on the Marsh Stage at Saltmarsh Festival on Saturday night.",
        "Back on the Marsh Stage, Vane saved her most affecting moment for the encore.",
        "When the lights came up, Quist was standing at the side of the stage. \u201cThat,\u201d "
        "he said to nobody in particular, \u201cis why we do this.\u201d",
    ])
    assert quotes["That, is why we do this."].speaker == "Bartholomew Quist"


def test_questions_and_answers_are_the_askers_and_the_witnesss() -> None:
    quotes = by_text([
        "Giving evidence on Wednesday, Mr Carrathers said he had not left his house for weeks. "
        "\u201cMy grandchildren were asked whether I was going to jail,\u201d former minister "
        "Lionel Carrathers told the court.",
        "Under questioning from his own barrister, Imogen Stalbridge SC, the former minister "
        "described the night of the broadcast.",
        "Q: Where were you when it went to air?",
        "A: At home, with my wife.",
        "Under cross-examination by the network's barrister, Desmond Achterberg KC, Mr "
        "Carrathers conceded he had dined with the bidder.",
        "Q. You didn't disclose that dinner, did you?",
        "A. It was a social occasion.",
    ])
    assert quotes["Where were you when it went to air?"].speaker == "Imogen Stalbridge SC"
    assert quotes["At home, with my wife."].speaker == "Lionel Carrathers"
    assert quotes["You didn't disclose that dinner, did you?"].speaker == "Desmond Achterberg KC"
    assert quotes["It was a social occasion."].speaker == "Lionel Carrathers"


def test_an_interviews_answers_are_its_subjects() -> None:
    quotes = by_text([
        "Harbour Ferries has named Maria Okafor as its new chief executive.",
        "We asked her about the year ahead.",
        "Q: What surprised you most?",
        "A: How much the crews know. I learn something on every crossing.",
        "Ok, now for a little fun.",
        "Q: Favourite book?",
        "A: The Old Man and the Sea.",
    ])
    assert quotes["How much the crews know. I learn something on every crossing."].speaker == (
        "Maria Okafor")
    assert quotes["The Old Man and the Sea."].speaker == "Maria Okafor"
    assert quotes["What surprised you most?"].speaker is None


def test_the_spokesman_said_is_whom_the_story_said_he_speaks_for() -> None:
    quotes = by_text([
        "Prince Aurelian arrived in Port Sedrin on Thursday.",
        "A spokesman for Westmarch Palace said the prince wanted to meet volunteers.",
        "\u201cHis Royal Highness has been deeply moved,\u201d the spokesman said.",
    ])
    quote = quotes["His Royal Highness has been deeply moved,"]
    assert (quote.speaker, quote.speaker_kind) == ("Westmarch Palace", "organisation")


def test_the_person_said_is_the_person_the_story_brought_in() -> None:
    quotes = by_text([
        "Talks stalled in August over price, according to a person familiar with the talks, who "
        "was not authorised to speak publicly.",
        "\u201cThere was a moment when everyone assumed it was dead,\u201d the person said.",
    ])
    quote = quotes["There was a moment when everyone assumed it was dead,"]
    assert (quote.speaker, quote.speaker_kind) == ("a person familiar with the talks",
                                                   "description")


def test_a_trades_term_is_no_ones_words_but_a_persons_phrase_stays() -> None:
    quotes = by_text([
        "Forecasters warned that what meteorologists call a \u201cheat dome\u201d would linger.",
        "Dr Anita Deshpande said the team would look for what she called "
        "\u201cthe mechanism\u201d.",
    ])
    assert "heat dome" not in quotes
    assert quotes["the mechanism"].speaker == "Anita Deshpande"


def test_they_is_a_person_the_story_says_uses_they() -> None:
    quotes = by_text([
        "Sky Ravenscourt and Jolene Marchetti traded insults on the podcast.",
        "Co-host Dani Oyelaran, who uses they/them pronouns, tried to calm things down. "
        "\u201cI love both of these women,\u201d they said.",
    ])
    assert quotes["I love both of these women,"].speaker == "Dani Oyelaran"


def test_a_quotation_after_a_sentence_about_he_or_she_is_theirs() -> None:
    quotes = by_text([
        "\u201cThree hundred games is a lot,\u201d said Rovers captain Jamie Pickering.",
        "He added that the dressing room believed the title was possible. \u201cWe don't talk "
        "about it much, but we'd be lying if we said we weren't thinking about it.\u201d",
    ])
    quote = quotes["We don't talk about it much, but we'd be lying if we said we weren't "
                   "thinking about it."]
    assert quote.speaker == "Jamie Pickering"


def test_its_her_manager_is_no_ones_role() -> None:
    quotes = by_text([
        "Her phone buzzes. It's her manager, Tilly Okoro, reminding her about a fitting. "
        "\u201cPins. Hours of pins,\u201d Okoro said.",
    ])
    assert quotes["Pins. Hours of pins,"].role == "manager"


def test_a_role_set_off_after_one_name_is_not_the_next_names() -> None:
    quotes = by_text([
        "Gerald Fenwick conceded shortly before 1am. \u201cThe people have spoken,\u201d Fenwick "
        "said.",
        "Lorraine Achebe, a spokesperson for the Progressive Union, Fenwick\u2019s party, said the "
        "result was \u201cdisappointing\u201d.",
    ])
    assert quotes["The people have spoken,"].role is None
    assert quotes["disappointing"].role == "spokesperson for the Progressive Union"


def test_a_label_with_accented_capitals_is_a_turn() -> None:
    quotes = by_text([
        "Host Marcus Bell spoke to the chef Aurélie Dumont about her new restaurant.",
        "BELL: Why open a second place now?",
        "AURÉLIE DUMONT: Because the first one finally pays the rent.",
    ])
    assert quotes["Because the first one finally pays the rent."].speaker == "Aurélie Dumont"


def test_the_reviews_cases_stay_with_their_speakers() -> None:
    # A person's name used as a modifier stays a person's; a bare body keeps "the party";
    # an answer is never the asker's; a sentence about someone is not their next quotation.
    assert by_text(["Keir Starmer spokesman Tom Jones said the government would act.",
                    "\u201cWe will deliver,\u201d Starmer said."])[
        "We will deliver,"].speaker_kind == "name"
    assert by_text(["Investors soured on the Musk deal on Friday.",
                    "Elon Musk posted about it late on Thursday. \u201cThe deal is dead,\u201d he "
                    "wrote."])["The deal is dead,"].speaker == "Elon Musk"
    assert by_text(["Plaid Cymru have called for a new vote on the budget.",
                    "\u201cWales deserves better,\u201d the party said in a statement."])[
        "Wales deserves better,"].speaker == "Plaid Cymru"
    assert by_text(["JACKSON, Miss. \u2014 The clinic closed on Friday.",
                    "\u201cWe had nowhere to go,\u201d said Ms. Jackson, a nurse."])[
        "We had nowhere to go,"].speaker == "Jackson"
    qa = by_text(["In an interview with presenter Owen Castellan, Mayor Leonie Fairweather "
                  "defended the contract.", "Q: Was it badly run?", "A: No.",
                  "Under questioning from Ann Lee, the witness spoke.", "Q: Where?", "A: Home."])
    assert qa["No."].speaker is None and qa["Home."].speaker is None
    assert by_text(["Judge Helen Park sentenced Mark Dunn on Friday. He showed no emotion as the "
                    "sentence was read. \u201cYou are a danger to the public.\u201d"])[
        "You are a danger to the public."].speaker != "Mark Dunn"
    assert by_text(["Alice Smith, 34, was killed when her car left the road on Friday.",
                    "Her brother, Tom Smith, flew in from Texas on Saturday.",
                    "Police said the other driver had fled.",
                    "\u201cShe was my best friend,\u201d Smith said."])[
        "She was my best friend,"].speaker == "Tom Smith"


def test_a_transcript_needs_two_labels_that_name_people() -> None:
    assert list(by_text([
        "WASHINGTON: Kenny Washington, the first Black player signed to an NFL contract in the "
        "modern era, was honoured.",
        "UPDATE: The ceremony was moved to Friday.",
    ])) == []


def test_someones_agent_set_off_by_a_clause_is_the_agent() -> None:
    quotes = by_text([
        "Clara Voss was taken off air on Monday.",
        "Voss\u2019s agent, reached by phone on Tuesday evening, said: \u201cWe have nothing to "
        "add. Clara is with her family.\u201d",
    ])
    quote = quotes["We have nothing to add. Clara is with her family."]
    assert (quote.speaker, quote.speaker_kind) == ("Voss\u2019s agent", "description")


def test_a_palace_given_a_he_by_the_princes_pronoun_still_speaks_through_its_spokesman() -> None:
    quotes = by_text([
        "A spokesman for Halvergate Palace said the prince had asked to return to the town, "
        "which he first visited after the flooding.",
        "\u201cHis Royal Highness was deeply moved,\u201d the spokesman said.",
    ])
    quote = quotes["His Royal Highness was deeply moved,"]
    assert (quote.speaker, quote.speaker_kind) == ("Halvergate Palace", "organisation")
