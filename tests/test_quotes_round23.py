"""Speaker rules of the twenty-third round, measured on the benches our helpers wrote
(bench/written/), corpus2 and PolNeAR. Snippets written for these tests."""

from __future__ import annotations

from tests.quotes_article import quotes_by_text as by_text


def test_a_title_of_one_sex_before_a_shared_surname_is_the_bearer_of_that_sex() -> None:
    # Neither given name is in the Census lists; the story says who is which sex ("his
    # mother", "Her husband"), and "Mrs Kauhalalalo" is then never the husband named last.
    quotes = by_text([
        "Family speaks at inquest",
        "His mother, Losaline Kauhalalalo, read a statement to the court.",
        "Her husband, Tevita Kauhalalalo, stood beside her.",
        "Outside court, Mrs Kauhalalalo was asked what she hoped the findings would say.",
        "\u201cThat it wasn\u2019t his fault,\u201d she said.",
    ])
    assert quotes["That it wasn\u2019t his fault,"].speaker == "Losaline Kauhalalalo"


def test_a_titled_surname_does_not_give_its_sex_to_whom_it_was_first_taken_for() -> None:
    # Both given names are borne by either sex. "Mrs Okoro said she ..." must not make the
    # grandson a woman; the kin nouns say who is which, and each title goes to its bearer.
    quotes = by_text([
        "Grandmother and grandson finish the trail",
        "Robin Okoro, a retired nurse, set off in October with her grandson, Kelly Okoro.",
        "Mr Okoro said the hardest part was the range. \u201cI was carrying her stove and"
        " mine,\u201d he said.",
        "Mrs Okoro said she had wanted to walk the trail for years. \u201cI wasn\u2019t going"
        " to let my age stop me,\u201d she said.",
    ])
    assert quotes["I was carrying her stove and mine,"].speaker == "Kelly Okoro"
    assert quotes["I wasn\u2019t going to let my age stop me,"].speaker == "Robin Okoro"


def test_mrs_is_never_a_man_of_the_family_when_no_woman_bears_the_surname() -> None:
    quotes = by_text([
        "Brothers rebuild marae",
        "Tane Parata and his older brother, Rawiri Parata, have raised $400,000.",
        "Rawiri Parata said the carving would take two years.",
        "Mrs Parata, Rawiri\u2019s wife, has run the fundraising. \u201cPeople have given"
        " from all over the world,\u201d she said.",
    ])
    assert quotes["People have given from all over the world,"].speaker not in (
        "Rawiri Parata", "Tane Parata")


def test_inner_quotations_after_a_closing_mark_start_their_own_sentence() -> None:
    # "... ready one.’ Then Aroha ... said, ‘...’": the full stop before the closing mark ends
    # the sentence, so each inner quotation's clause is read on its own (and a long quotation
    # is not read again from its start for every inner one).
    inner = " ".join(f"Then Aroha put her hand on the table and said, \u2018Be ready, number"
                     f" {i}.\u2019" for i in range(3))
    quotes = by_text([
        "Farm holds on",
        "Hemi Walker and Aroha Ngata run the farm together.",
        "\u201c" + inner + "\u201d Walker said.",
    ])
    for i in range(3):
        said = quotes[f"Be ready, number {i}."]
        assert (said.speaker, said.reported_by) == ("Aroha Ngata", "Hemi Walker")


def test_a_person_described_by_what_they_know_of_a_document_is_no_document() -> None:
    from socialkit.attribution import names_a_document

    for person in ("a person familiar with the decision", "a reporter for the Washington Post",
                   "an official with knowledge of the order", "a narrator in the Clinton ad"):
        assert not names_a_document(person, "description"), person
    for document in ("the report", "a police report", "the planning officer's report",
                     "a 52-count civil complaint filed by the SEC", "the statement"):
        assert names_a_document(document, "description"), document
    quotes = by_text([
        "Plant to close",
        "The city will close the plant next year, officials confirmed on Monday.",
        "\u201cWe have no choice,\u201d said a person familiar with the decision.",
    ])
    said = quotes["We have no choice,"]
    assert (said.speaker, said.postable) == ("a person familiar with the decision", True)
