"""What kind of source a speaker is (a name, the story's description, a body), the speaker's
role, speech tags read by their shape, and names that must not be joined. Snippets written for
these tests."""

from __future__ import annotations

from socialkit.quotes.people import gender_of_given_name, is_surname, role_words
from tests.quotes_article import quotes_by_text as by_text


def test_an_unnamed_source_is_described_as_the_story_describes_it() -> None:
    quotes = by_text([
        "The ferry operator has laid off forty crew members since March.",
        "“Nobody told us anything until the boats stopped,” a former crew member said.",
        "“We were given two days,” the employees wrote in a letter to the council.",
    ])
    first = quotes["Nobody told us anything until the boats stopped,"]
    assert (first.speaker, first.speaker_kind) == ("a former crew member", "description")
    second = quotes["We were given two days,"]
    assert (second.speaker, second.speaker_kind) == ("the employees", "description")


def test_a_time_or_a_thing_is_never_a_described_speaker() -> None:
    quotes = by_text([
        "Greta Lund spoke to the board.",
        "“We will rebuild the quay,” a year later said little about the cost.",
    ])
    assert quotes["We will rebuild the quay,"].speaker is None


def test_a_body_is_an_organisation_and_a_person_a_name() -> None:
    quotes = by_text([
        "The Port Ellery Harbour Authority said on Monday it would close the pier.",
        "“The structure is no longer safe,” the authority said in a statement.",
        "Rosa Delgado, the mayor of Port Ellery, welcomed the decision.",
        "“Safety comes first,” Delgado said.",
    ])
    pier = quotes["The structure is no longer safe,"]
    assert (pier.speaker, pier.speaker_kind) == ("Port Ellery Harbour Authority", "organisation")
    mayor = quotes["Safety comes first,"]
    assert (mayor.speaker, mayor.speaker_kind, mayor.role) == (
        "Rosa Delgado", "name", "mayor of Port Ellery")


def test_a_spokesperson_speaks_for_the_body_not_for_the_outlet_told() -> None:
    quotes = by_text([
        "The Harbour Authority did not accept the offer. A spokesperson said in a statement "
        "sent to the Quay Gazette that the authority had no funds.",
        "“We cannot pay for a second crane this year,” the spokesperson said.",
    ])
    got = quotes["We cannot pay for a second crane this year,"]
    assert (got.speaker, got.speaker_kind) == ("Harbour Authority", "organisation")


def test_a_title_before_the_name_is_the_role() -> None:
    quotes = by_text([
        "“The wall held,” said Port Ellery Mayor Rosa Delgado.",
        "“We trained for this,” said harbour coach Tom Hale.",
    ])
    assert quotes["The wall held,"].role == "Port Ellery Mayor"
    assert quotes["We trained for this,"].role == "harbour coach"


def test_a_speech_tag_is_read_by_its_shape_whatever_the_verb() -> None:
    quotes = by_text([
        "Councillor Maria Okafor and Tom Hale argued for an hour.",
        "“That is not what the survey says,” Okafor interjected.",
        "“Then read it again,” rumbled Hale.",
    ])
    assert quotes["That is not what the survey says,"].speaker == "Maria Okafor"
    assert quotes["Then read it again,"].speaker == "Tom Hale"


def test_a_surname_is_not_the_building_named_after_someone() -> None:
    quotes = by_text([
        "Guests gathered at the Lund Harbour Hotel on Friday. Greta Lund, who founded the "
        "fund, spoke first.",
        "“Every family got a roof,” Lund said.",
    ])
    assert quotes["Every family got a roof,"].speaker == "Greta Lund"


def test_a_person_with_a_body_is_the_person() -> None:
    quotes = by_text([
        "“The suspect was found within the hour,” James Hall with the Port Ellery Police "
        "Department said.",
    ])
    assert quotes["The suspect was found within the hour,"].speaker == "James Hall"


def test_a_surname_of_a_place_is_cut_before_the_place() -> None:
    quotes = by_text([
        "“I could not climb the stairs,” wrote 43-year-old Martin Keld of Aberdeenshire.",
        "“Now I walk every day,” Keld of Aberdeenshire added.",
    ])
    assert quotes["Now I walk every day,"].speaker == "Martin Keld"


def test_given_names_and_roles_come_from_general_lists() -> None:
    assert gender_of_given_name("Marco") == "m"
    assert gender_of_given_name("Kym") == "f"
    assert gender_of_given_name("Jessie") is None  # borne by both
    assert is_surname("Clinton") and not is_surname("Melanie")
    assert {"mayor", "guitarist", "economist"} <= role_words()


def test_newsroom_sources_police_witnesses_and_spokespeople() -> None:
    quotes = by_text([
        "Police arrested a 34-year-old man after the chase.",
        "“He rammed two cruisers before we stopped him,” police said in a statement.",
        "Witnesses said the driver did not stop.",
        "“He just kept going,” one witness said.",
        "Officials at Millbrook General Hospital said four people were treated.",
        "“All are in stable condition,” hospital spokeswoman Jen Park said.",
    ])
    police = quotes["He rammed two cruisers before we stopped him,"]
    # (The annotation guide: "police said" is an organisation speaking as a body.)
    assert (police.speaker, police.speaker_kind) == ("police", "organisation")
    witness = quotes["He just kept going,"]
    assert (witness.speaker, witness.speaker_kind) == ("one witness", "description")
    park = quotes["All are in stable condition,"]
    assert (park.speaker, park.speaker_kind, park.role) == (
        "Jen Park", "name", "hospital spokeswoman")


def test_roles_in_appositions_and_set_off_before_the_name() -> None:
    quotes = by_text([
        "“This was an EF-3,” said Dana Ruiz, a meteorologist with the weather service in "
        "Norman.",
        "Judge Alan Merritt sentenced Dale Kemp to 12 years on Monday.",
        "Kemp's attorney, Nora Vance, said her client would appeal. “This sentence is "
        "excessive,” she said.",
    ])
    assert quotes["This was an EF-3,"].role == "meteorologist with the weather service"
    assert quotes["This sentence is excessive,"].role == "Kemp's attorney"


def test_a_tag_with_an_object_and_a_transcript_colon() -> None:
    quotes = by_text([
        "Solicitor General Ana Prell argued the case for the government.",
        "Prell: “The statute is clear on its face.”",
        "“Put your hands up,” the officer instructed him.",
    ])
    assert quotes["The statute is clear on its face."].speaker == "Ana Prell"
    officer = quotes["Put your hands up,"]
    assert (officer.speaker, officer.cue) == ("the officer", "instructed")


def test_a_role_set_off_before_a_name_is_that_person_s_later() -> None:
    quotes = by_text([
        "Mayor Rosa Delgado opened the meeting. Delgado said the wall was ready. Delgado "
        "thanked the crews.",
        "The harbour master, Tom Hale, was less sure. “The wall is not tested,” the harbour "
        "master said.",
    ])
    got = quotes["The wall is not tested,"]
    assert (got.speaker, got.role) == ("Tom Hale", "harbour master")


def test_a_subject_after_an_opening_phrase_takes_over_she() -> None:
    quotes = by_text([
        "“We found the song in a pile of demos,” said director Tom Hale. Actress Greta Lund "
        "had a similar experience: “It was the one.”",
        "As it turned out, Maria Okafor had spent years writing songs. And she was more "
        "nervous than anyone. “It was terrifying,” she said.",
    ])
    assert quotes["It was terrifying,"].speaker == "Maria Okafor"


def test_a_short_given_name_is_the_same_person() -> None:
    quotes = by_text([
        "Joshua Apte, who studies air pollution, has measured the haze for a decade.",
        "“It overflows,” Josh Apte said. “Every winter,” Apte added.",
    ])
    assert quotes["It overflows,"].speaker == "Joshua Apte"
    assert quotes["Every winter,"].speaker == "Joshua Apte"


def test_abbreviations_inside_a_role_and_a_name_apposed_to_a_description() -> None:
    quotes = by_text([
        "“We saw six patients overnight,” Dr. Ana Ruiz, chief of surgery at St. Mary's "
        "Hospital, told Reuters.",
        "“The mayor will visit on Friday,” the mayor's spokesman, Tom Black, said.",
        "Geoffrey Berman, the U.S. attorney for the Southern District, said the guards lied. "
        "“They failed,” Berman said.",
    ])
    assert quotes["We saw six patients overnight,"].role == (
        "chief of surgery at St. Mary's Hospital")
    assert quotes["The mayor will visit on Friday,"].speaker == "Tom Black"
    assert quotes["They failed,"].role == "U.S. attorney for the Southern District"


def test_a_name_that_only_says_whose_office_is_not_the_speaker() -> None:
    quotes = by_text([
        "Dale Kemp was arrested in April.",
        "\"He made threats on a recorded line,\" the U.S. attorney's office said.",
    ])
    got = quotes["He made threats on a recorded line,"]
    assert (got.speaker, got.speaker_kind) == ("the U.S. attorney's office", "description")
    # With a tag of its own against the opening mark, the quotation is the threat's author's
    # (tests/test_quotes_round11.py); the office only reports it.


def test_an_outlet_with_a_hyphenated_name_is_the_venue() -> None:
    quotes = by_text(["“We lost that game,” Cam Heyward told the Pittsburgh Post-Gazette."])
    got = quotes["We lost that game,"]
    assert (got.speaker, got.via) == ("Cam Heyward", "Pittsburgh Post-Gazette")


def test_the_surname_set_answers_as_the_search_does() -> None:
    # A batch switches from searching the Census text to a set of its names: both must agree,
    # on names it lists at the top (Smith), deep down (Kardashian), not at all, and non-words.
    from socialkit.quotes import people

    words = ["Smith", "kardashian", "Clinton", "Melanie", "Zzyzx", "Van", "O'Brien", "", "José"]
    searched = [bool(w.isalpha() and f"\n{w.upper()} " in people._surnames()) for w in words]
    assert searched == [True, True, True, False, False, True, False, False, False]
    assert [w.upper() in people._surname_set() and w.isalpha() for w in words] == searched
    # Every line's first word, as the text is searched: the set holds exactly those.
    import re

    assert people._surname_set() == frozenset(re.findall(r"\n(\S+)", people._surnames()))
    people.is_surname.cache_clear()
    people.load_surnames()
    assert [people.is_surname(w) for w in words] == searched
