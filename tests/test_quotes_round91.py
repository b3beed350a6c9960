"""Round ninety-one: the shared sex words, and attribution repairs found on the round's read
set."""

from __future__ import annotations

from socialkit.quotes.lexicon import (
    FEMALE_WORDS,
    MALE_WORDS,
    any_word_in,
    other_sex_words,
    sex_words,
)
from tests.quotes_article import entity_kinds, quote_opening, speaker_and_kind
from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_sex_words_answer_a_pronoun_or_a_sex_and_nothing_for_they() -> None:
    assert sex_words("she") is FEMALE_WORDS and sex_words("f") is FEMALE_WORDS
    assert sex_words("he") is MALE_WORDS and sex_words("m") is MALE_WORDS
    assert sex_words("they") == frozenset() and sex_words("") == frozenset()


def test_other_sex_words_are_the_other_list_and_none_for_they() -> None:
    assert other_sex_words("she") is MALE_WORDS and other_sex_words("m") is FEMALE_WORDS
    assert other_sex_words("they") == frozenset()


def test_any_word_in_takes_hyphenated_words_apart_and_ignores_case() -> None:
    # "A mother-of-two" says a woman; "Motherwell" (one word) says nothing.
    assert any_word_in("A mother-of-two from Leith", FEMALE_WORDS)
    assert not any_word_in("A Motherwell supporter", FEMALE_WORDS)
    assert any_word_in("The Grandfather", MALE_WORDS)
    assert not any_word_in("a nurse", FEMALE_WORDS | MALE_WORDS)


def test_a_name_ending_in_an_abstract_noun_is_a_body() -> None:
    # "Management" ends as a noun of an action does, "Hospitality" and "Analytics" as nouns of
    # a state or a field: a body's name, never "she". A Census surname ("Vance"), a common
    # given name first ("Andrew Motion"), a title first, or a state's ending after one word
    # only ("Ferenc Jankovics", "Aoife Harrity": surnames the Census lacks) keeps a person.
    kinds = entity_kinds(
        "Staff from Nunavut Emergency Management and Casa Belvedere Hospitality met Andre "
        "Vance, Andrew Motion, Ferenc Jankovics, Aoife Harrity and Pastor Wilner Augustin of "
        "Eglise Nouvelle Esperance at the Veridian Health Analytics offices.")
    assert {name: kinds.get(name) for name in (
        "Nunavut Emergency Management", "Casa Belvedere Hospitality",
        "Veridian Health Analytics", "Andre Vance", "Andrew Motion", "Ferenc Jankovics",
        "Aoife Harrity")} == {
        "Nunavut Emergency Management": "org", "Casa Belvedere Hospitality": "org",
        "Veridian Health Analytics": "org", "Andre Vance": "person", "Andrew Motion": "person",
        "Ferenc Jankovics": "person", "Aoife Harrity": "person"}
    assert [k for n, k in kinds.items() if n.startswith("Pastor") or "Augustin" in n] == [
        "person"]


def test_a_body_s_spokesperson_by_its_short_name_is_the_body() -> None:
    # "a Veridian spokesperson" after "Veridian Health Analytics": the body, by its first word
    # (the short name linked as a company's is).
    paragraphs = [
        "Regulators fined Veridian Health Analytics over the sale of symptom data.",
        "After the hearing, a Veridian spokesperson said the company \u201ctakes user privacy "
        "seriously\u201d.",
    ]
    assert speaker_and_kind(paragraphs, "takes user privacy seriously") == (
        "Veridian Health Analytics", "organisation")


def test_a_constabulary_is_a_police_force() -> None:
    paragraphs = [
        "An Isle of Man Constabulary spokesperson said: \u201cThis was a painstaking "
        "investigation by our Economic Crime Unit.\u201d",
    ]
    assert _speaker(paragraphs, "This was a painstaking") == (
        "Isle of Man Constabulary", "organisation")


def test_a_first_given_name_no_list_knows_stays_before_a_middle_name() -> None:
    # "Declan", "Jayden", "Peigi" are no English words: before a given name they are a first
    # given name, not a word opening the sentence; "Dinh" a family name written first.
    kinds = entity_kinds(
        "Declan Joseph Murphy, 64, of Mill Lane, was found under the tractor. Jayden Lee "
        "Pitcher, 27, pleaded guilty. Tributes were paid to Peigi Ann MacColl, the singer. "
        "The official, Dinh Van Toan, said 120 households had moved.")
    assert {"Declan Joseph Murphy", "Jayden Lee Pitcher", "Peigi Ann MacColl",
            "Dinh Van Toan"} <= set(kinds)


def test_an_english_word_a_people_or_a_title_before_a_name_is_no_part_of_it() -> None:
    # Guard: "Substitute", "Courtesy" are English words, "Swiss" a people, "Flyhalf" a
    # position written solid, "Coun" and "Datuk" titles.
    kinds = entity_kinds(
        "Substitute Tobi Adewale headed home. (Photo: Courtesy Maren Kowalczyk) Swiss Lena "
        "Baumgartner won. Flyhalf Jone Tuisese kicked well. Coun Maureen Brierley objected. "
        "Datuk Wan Shaharuddin Wan Ismail led the prosecution.")
    assert {"Tobi Adewale", "Maren Kowalczyk", "Lena Baumgartner", "Jone Tuisese",
            "Maureen Brierley", "Wan Shaharuddin Wan Ismail"} <= set(kinds)


def test_a_body_s_name_ends_in_an_english_word_and_a_surname_the_census_lacks_does_not() -> None:
    # "Clément" is the Census's "Clement" with its accent, "Markovics" no English word;
    # an initial, a particle or a given name in the middle says a person; "Promotions" is
    # the plural of an English word.
    kinds = entity_kinds(
        "Amélie Clément met Gabor J. Markovics, Sébastien de Valence and Ifeoma Grace "
        "Prudence, then Marlowe Event Promotions called.")
    assert [kinds.get(n) for n in ("Amélie Clément", "Gabor J. Markovics",
                                   "Sébastien de Valence", "Ifeoma Grace Prudence",
                                   "Marlowe Event Promotions")] == [
        "person", "person", "person", "person", "org"]


def test_whose_before_a_person_s_name_is_no_part_of_it() -> None:
    # "Ireland's Declan Brennan": a country, a team or a town before a full name says whom
    # they play for or come from; a body's own possessive stays in its name.
    kinds = entity_kinds(
        "Ireland's Declan Brennan won the sprint, Harlow City's Kwame Asante-Boateng was "
        "second, and Macy's Thanksgiving Day Parade went ahead. Detective Inspector Aoife "
        "Brennan of Wyvern Valley Police's Major Crime Unit issued a statement.")
    assert {"Declan Brennan", "Kwame Asante-Boateng", "Aoife Brennan"} <= set(kinds)
    assert not any(n.startswith("Thanksgiving") for n in kinds)


def test_an_office_of_a_body_before_a_name_is_no_part_of_it() -> None:
    # "Member of Parliament Everton Gayle": the office "of" its body, then the holder.
    kinds = entity_kinds(
        "Member of Parliament Everton Gayle opened the plant. Deputy Chairman of the Cabinet "
        "of Ministers Azamat Kubatbekov allocated the funds. Deputy Superintendent of Police "
        "Ram Bahadur Karki led the search.")
    assert {"Everton Gayle", "Azamat Kubatbekov", "Ram Bahadur Karki"} <= set(kinds)


def test_a_body_of_a_place_is_no_holder_and_a_name_before_its_of_stays() -> None:
    # Guard: no one's name starts right after "of", and a person named before "of" keeps it.
    kinds = entity_kinds(
        "The Ministry of Interior of Sarajevo Canton said on Monday that Pastor Wilner "
        "Augustin of Eglise Nouvelle Esperance had been found.")
    assert "Sarajevo Canton" not in kinds
    assert any("Wilner Augustin" in n for n in kinds)


def test_a_surname_two_people_share_is_the_headline_s_person() -> None:
    # The son is named twice before the surname stands alone; the headline says whom the
    # story is about, so "Jacobsen taught him" is his mother and "he said" is Garnick.
    paragraphs = [
        "Evelyn Jacobsen, who fished the outer coast for four decades, died Saturday. She "
        "was 88.",
        "Her son, Erik Jacobsen, said she died peacefully.",
        "\u201cShe was stubborn in the right direction,\u201d Erik Jacobsen said Monday.",
        "Walt Garnick, who crewed aboard her troller for nine seasons, said he never once saw "
        "her rattled.",
        "\u201cShe'd come out of the wheelhouse in a gale like she was walking to the store,"
        "\u201d Garnick said.",
        "Garnick, who now lives in Port Townsend, said Jacobsen taught him to fish.",
        "\u201cHalf of what I know, I know because she yelled it at me,\u201d he said.",
    ]
    title = "Evelyn Jacobsen, Troller and Storyteller, Dies at 88"
    assert quote_opening(paragraphs, "Half of what I know", title=title).speaker == (
        "Walt Garnick")


def test_no_holder_starts_after_a_saint_nor_after_a_body_of_a_place() -> None:
    # Review guards: "the Society of St Vincent de Paul" names no Vincent de Paul, "Bank of
    # America Merrill Lynch" no Merrill Lynch; a ministry of a portfolio, then its officer.
    kinds = entity_kinds(
        "The Society of St Vincent de Paul gave money on Monday. Analysts at Bank of America "
        "Merrill Lynch said prices would rise. State Secretary at the Ministry of Health "
        "Tomislav Zuvela told reporters.")
    assert "Vincent de Paul" not in kinds and "Merrill Lynch" not in kinds
    assert "Tomislav Zuvela" in kinds


def test_a_firm_s_modern_word_and_a_surname_the_list_lacks() -> None:
    # Review guards: "-tion" needs no dictionary ("Automation" is newer than Webster's 1934
    # list), a field's name may lean on a common word before it ("Coast"), and a "-ment" or
    # a field's ending that is no English word is a surname ("Climent", "Babics").
    kinds = entity_kinds(
        "Rockwell Automation, Pacific Coast Robotics, Jordi Climent and Zsuzsanna Eszter "
        "Babics were there, with Kaumatua Joe Waaka.")
    assert [kinds.get(n) for n in ("Rockwell Automation", "Pacific Coast Robotics",
                                   "Jordi Climent", "Zsuzsanna Eszter Babics")] == [
        "org", "org", "person", "person"]
    assert "Joe Waaka" in kinds


def test_a_sentence_s_the_is_no_office_before_a_body_of_a_place() -> None:
    # Whole-change read: "The" opening the sentence was read as an office's title.
    kinds = entity_kinds("The Bank of America Merrill Lynch report was released on Monday.")
    assert "Merrill Lynch" not in kinds


def test_the_headline_names_someone_in_any_case_and_past_a_possessive() -> None:
    from socialkit.quotes.names import NameIndex

    body = "Evelyn Jacobsen died on Saturday. Evelyn Smith and John Jacobsen spoke."

    def named(headline: str) -> list[str]:
        index = NameIndex(body, body, headline)
        return sorted({m.entity.name for m in index.mentions if index.headlined(m.entity)})

    assert named("EVELYN JACOBSEN DIES AT 88") == ["Evelyn Jacobsen"]
    assert named("Evelyn Jacobsen's long life on the water") == ["Evelyn Jacobsen"]
    # (The given name and the surname must stand together: no "Evelyn ... Jacobsen".)
    assert named("Evelyn Smith meets John Jacobsen") == ["Evelyn Smith", "John Jacobsen"]
