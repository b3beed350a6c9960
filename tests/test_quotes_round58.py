"""Round fifty-eight. Snippets written for these tests."""

from __future__ import annotations

from socialkit.article import read_article
from socialkit.models import Quote
from socialkit.quotes import extract_quotes
from tests.quotes_article import quote_opening


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Gin traders held in border raid")


def test_an_office_abbreviated_in_brackets_is_a_title_later() -> None:
    # "SP Bizimana" was a person of its own, "SP" read as the first word of the name.
    paragraphs = [
        "Superintendent of Police (SP) Olivier Kayiranga Bizimana, the police spokesperson "
        "for the Eastern Province, said the gin was moved at night.",
        "\u201cThese are people who knew exactly what they were doing,\u201d SP Bizimana said.",
    ]
    quote = _quote(paragraphs, "These are people")
    assert quote.speaker == "Olivier Kayiranga Bizimana"


def test_a_given_name_after_the_abbreviation_is_kept() -> None:
    # "Olivier" ends like a noun for a person ("cashier"), and was cut off as one; after the
    # story's own abbreviation of an office, a name is what comes.
    paragraphs = [
        "Superintendent of Police (SP) Olivier Kayiranga Bizimana said on Tuesday that "
        "\u201cthe network is broken\u201d.",
    ]
    quote = _quote(paragraphs, "the network is broken")
    assert quote.speaker == "Olivier Kayiranga Bizimana"


def test_the_role_of_an_abbreviated_title_is_the_office_spelt_out() -> None:
    paragraphs = [
        "Assistant Superintendent of Police (ASP) Abu Bakarr Jalloh told the court the "
        "accused had fled.",
        "\u201cHe ran from the scene,\u201d ASP Jalloh said.",
    ]
    quote = _quote(paragraphs, "He ran from")
    assert (quote.speaker, quote.role) == (
        "Abu Bakarr Jalloh", "Assistant Superintendent of Police")


def test_only_an_office_abbreviated_by_its_initials_is_a_title() -> None:
    from socialkit.quotes.names import _defined_titles

    text = ("Guyana Cricket Board (GCB) President Bissoondyal Singh spoke. Deputy Public "
            "Prosecutor (DPP) Ng Wei Ling asked for jail. Upazila Nirbahi Officer (XY) Sharmin "
            "Akter agreed.")
    assert _defined_titles(text) == {"DPP": ("prosecutor", "Deputy Public Prosecutor")}


def test_a_name_after_its_role_in_lower_case_calls_something_so() -> None:
    # The subject of "what operator CalMac described as" is CalMac, not the sentence's
    # subject (who only reported the withdrawal).
    paragraphs = [
        "Mrs Annabel Macaulay said the firm had dumped produce since Tuesday, when the vessel "
        "was withdrawn with what operator CalMac described as \u201ca technical issue with "
        "the port main engine\u201d.",
    ]
    quote = _quote(paragraphs, "a technical issue")
    assert quote.speaker == "CalMac"


def test_lower_case_words_that_are_no_role_leave_the_relative_clause_alone() -> None:
    paragraphs = [
        "Mrs Annabel Macaulay said the firm had been hit, in what people in Stornoway call "
        "\u201ca disaster for the island\u201d.",
    ]
    quote = _quote(paragraphs, "a disaster for")
    assert quote.speaker == "Annabel Macaulay"


def test_a_time_opening_without_a_comma_brings_on_a_new_subject() -> None:
    # "In 2006 Mr MacIver was invited": the name after the year is the sentence's subject,
    # whom the next "he" goes on about, not the minister quoted before.
    paragraphs = [
        "Murdo MacIver, the precentor, died on Monday aged 88.",
        "Rev Kenneth Macleod, minister of Back Free Church, said the congregation had lost "
        "\u201ca father in the faith\u201d.",
        "\u201cThere was nothing tired about it,\u201d he said.",
        "In 2006 Mr MacIver was invited to sing at a music festival in Nashville.",
        "He told the Gazette on his return: \u201cThey kept asking me was I nervous.\u201d",
    ]
    quote = _quote(paragraphs, "They kept asking")
    assert quote.speaker == "Murdo MacIver"


def test_someone_unnamed_named_at_once_is_no_rival_for_an_age() -> None:
    # "Another suspect, Emmanuel Habimana," brings in no one unnamed: the 29-year-old is him.
    paragraphs = [
        "He said the leader of Kabeza Village, Jean Damascene Habimana, had been receiving "
        "money.",
        "Another suspect, Emmanuel Habimana, admitted to transporting the gin.",
        "\u201cI was paid Rwf3,000 for every jerrycan,\u201d the 29-year-old said.",
    ]
    quote = _quote(paragraphs, "I was paid")
    assert quote.speaker == "Emmanuel Habimana"


def test_someone_unnamed_stays_a_rival_for_an_age() -> None:
    # (A guard: "A man was hurt" brings in someone the age may be.)
    paragraphs = [
        "Police chief Tom Rees gave details on Monday.",
        "A man was hurt in the crash.",
        "\u201cI never saw the car,\u201d the 34-year-old said.",
    ]
    quote = _quote(paragraphs, "I never saw")
    assert quote.speaker == "the 34-year-old"


def test_a_team_name_may_open_the_role_before_a_colon() -> None:
    paragraphs = [
        "Berbice won by six wickets.",
        "Demerara captain Jermaine Fraser was blunt in his assessment: \u201cWe batted "
        "poorly in both innings.\u201d",
    ]
    quote = _quote(paragraphs, "We batted poorly")
    assert quote.speaker == "Jermaine Fraser"


def test_an_event_named_with_a_given_name_is_no_she() -> None:
    # "Song" is a given name in the Census, so "the Song Celebration" was a woman, and the
    # nearest "she" for a conductor whose given name the Census lacks.
    text = ("Choir leader Helju Saarsalu dies\n\n"
            "Helju Saarsalu, the choral conductor, died on Sunday.\n\n"
            "Her choirs became a fixture of the Song Celebration from 1969 onwards.\n\n"
            "\u201cPeople ask me how we survived as a nation. I say: we sang,\u201d she "
            "said in 2014.")
    article = read_article("-", stdin_bytes=text.encode())
    quote = next(q for q in extract_quotes(article) if q.text.startswith("People ask"))
    assert quote.speaker == "Helju Saarsalu"


def test_her_daughter_is_the_daughter_the_story_named() -> None:
    # "her" read as the daughter herself made the speaker "Anne Jones's daughter".
    paragraphs = [
        "Mary Smith, the choral conductor, has died at 87, her daughter Anne Jones told ERR.",
        "Jones said her mother had insisted that she did not want a large farewell.",
        "\u201cShe told us, no speeches, only singing. That was very much her,\u201d her "
        "daughter said.",
    ]
    quote = _quote(paragraphs, "She told us")
    assert quote.speaker == "Anne Jones"


def test_an_age_at_the_time_is_an_age_epithet() -> None:
    paragraphs = [
        "Helju Saarsalu, the choral conductor, has died at 87.",
        "In a 2014 interview with ETV, the then 76-year-old described singing in a choir as "
        "\u201cthe most natural thing in the world\u201d.",
    ]
    quote = _quote(paragraphs, "the most natural")
    assert quote.speaker == "Helju Saarsalu"


def test_a_he_the_words_bring_in_themselves_is_no_other_for_an_epithet() -> None:
    # "He" in the quotation is the grandfather it names first, not someone the speaker is
    # not; the epithet is the subject of the sentence before.
    paragraphs = [
        "Left-arm spinner Shimron Ramdhanie grabbed 6-48 as Demerara were bowled out.",
        "The 22-year-old Shimron dedicated the performance to his late grandfather.",
        "\u201cMy grandfather used to sit right there under the tamarind tree. He would always "
        "watch,\u201d the left-hander said.",
    ]
    quote = _quote(paragraphs, "My grandfather")
    assert quote.speaker == "Shimron Ramdhanie"


def test_a_he_with_no_one_named_first_is_still_another() -> None:
    # (A guard: the victim is the man punched, not the one who punched him.)
    paragraphs = [
        "Kyle Dunn, 19, punched a man outside the bar.",
        "\u201cHe came at me for no reason,\u201d the victim said.",
    ]
    quote = _quote(paragraphs, "He came at me")
    assert quote.speaker == "the victim"


def test_a_name_after_its_role_is_the_subject_a_fragment_belongs_to() -> None:
    paragraphs = [
        "Clarence Noel died on Friday at the age of 88.",
        "Fellow calypsonian Winston Pierre, 79, who shared a stage with Noel for two decades, "
        "remembered him as \u201cthe quietest man backstage\u201d.",
    ]
    quote = _quote(paragraphs, "the quietest man")
    assert quote.speaker == "Winston Pierre"



def test_an_age_opening_a_colon_lead_is_whom_the_story_gave_it() -> None:
    paragraphs = [
        "Wayan Sudarsana, 52, grows coffee on terraces above Kintamani.",
        "\u201cThey pay according to the score,\u201d Sudarsana explained.",
        "The 52-year-old summed up the mood in his village: \u201cCoffee used to be what we "
        "planted last.\u201d",
    ]
    quote = _quote(paragraphs, "Coffee used to be")
    assert quote.speaker == "Wayan Sudarsana"


def test_a_body_in_a_place_speaks_not_the_place() -> None:
    # "Phnom Penh" was read as a person's name (two capitalised words), and the place after
    # "in" as the subject of "said".
    paragraphs = [
        "Dengue cases rose again in Siem Reap province last week.",
        "The World Health Organization (WHO) in Cambodia said in a statement that dengue was "
        "becoming \u201ca year-round threat\u201d across the region.",
        "The British Embassy in Phnom Penh said it was \u201ccoordinating closely with the "
        "Cambodian authorities\u201d.",
    ]
    assert _quote(paragraphs, "a year-round").speaker == "World Health Organization"
    assert _quote(paragraphs, "coordinating closely").speaker == "British Embassy"


def test_cities_of_more_than_one_word_are_places() -> None:
    from socialkit.quotes.lexicon import PLACES, world_cities

    cities = world_cities()
    assert {"Phnom Penh", "Dar es Salaam", "Ho Chi Minh City"} <= cities <= PLACES
    # (No single word, which may be a surname, and none opening with a given name.)
    assert not any(" " not in c for c in cities) and "Santo Domingo" not in cities
    assert "St Vincent" not in cities


def test_a_description_named_at_once_is_that_person() -> None:
    paragraphs = [
        "One resident said her family had stopped receiving visitors.",
        "Another resident, retired nurse Huda Yousif Al Shaikh, 61, showed the GDN photographs "
        "of a manhole, which she said overflows \u201cevery time a tanker is late\u201d.",
    ]
    quote = _quote(paragraphs, "every time a tanker")
    assert quote.speaker == "Huda Yousif Al Shaikh"


def test_a_description_left_unnamed_stays_the_source() -> None:
    # (A guard: a clause set off after it names no one.)
    paragraphs = [
        "A neighbour, who would not be named, said the \u201csmell is terrible\u201d.",
    ]
    assert _quote(paragraphs, "smell is").speaker == "a neighbour"


def test_a_subject_with_a_message_for_someone_before_a_colon_speaks() -> None:
    paragraphs = [
        "Mocuba district administrator Ermelinda Tsamba Macuacua said the bridge was closed.",
        "The administrator had a direct message for motorists: \u201cDo not try to cross "
        "flooded roads.\u201d",
    ]
    quote = _quote(paragraphs, "Do not try")
    assert quote.speaker == "Ermelinda Tsamba Macuacua"


def test_a_tag_of_any_verb_before_according_to_a_document_is_the_speaker() -> None:
    paragraphs = [
        "That man is Darius Bruzas, who agreed to cooperate with investigators.",
        "\u201cMy brother sent me there. I did what I was told,\u201d Bruzas testified, "
        "according to the verdict.",
    ]
    quote = _quote(paragraphs, "My brother sent")
    assert quote.speaker == "Darius Bruzas"


def test_someone_named_in_a_clause_after_a_description_is_not_them() -> None:
    # (Review, round 58: only a role may stand between the comma and the name.)
    paragraphs = [
        "A neighbour, who knew Mary Jones, said the \u201csmell is terrible\u201d.",
        "Another witness, a friend of Tom Hale, said it was \u201cover in seconds\u201d.",
    ]
    assert _quote(paragraphs, "smell is").speaker == "a neighbour"
    assert _quote(paragraphs, "over in seconds").speaker == "another witness"


def test_a_person_whose_surname_ends_in_tion_is_still_a_person() -> None:
    paragraphs = [
        "Former poet laureate Andrew Motion opened the festival on Friday.",
        "\u201cPoems are news that stays news,\u201d he said.",
    ]
    assert _quote(paragraphs, "Poems are news").speaker == "Andrew Motion"


def test_a_spokesperson_for_a_body_in_a_place_is_still_the_spokesperson() -> None:
    paragraphs = [
        "The defence ministry on Monday rejected allegations of bias.",
        "A spokesperson for the Polish embassy in New Delhi said the embassy \u201cdoes not "
        "comment on commercial procurement matters\u201d.",
    ]
    quote = _quote(paragraphs, "does not comment")
    assert quote.speaker == "a spokesperson for the Polish embassy"
