"""Round sixty-four: a statement of several sentences ranks above a one-line quotation."""

from __future__ import annotations

from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.rank import _sentences_part, score_parts
from tests.quotes_article import article_from_paragraphs, quotes_by_text, speaker_and_role


def _article() -> list[str]:
    return [
        "Harbour master Joe Pike reopened the north quay on Tuesday after four months of"
        " repairs. “It is open,” he said.",
        "Pike said: “We kept the north quay closed for the whole winter while the divers"
        " checked it.”",
        "He added: “The divers found the piles sound. The cracks were in the deck. We mended"
        " the deck.”",
        "The quay was built in 1962 and lengthened in 1988. It takes the island's fuel tanker"
        " twice a month, and the ferry company has asked to berth its second boat there from"
        " the spring. The council will meet on Thursday to set the berthing fees for the year,"
        " which have not changed since 2019, and to hear a report on the south breakwater.",
    ]


def test_sentences_part_counts_up_to_four_sentence_ends() -> None:
    article = article_from_paragraphs(_article())
    quotes = quotes_by_text(_article())
    one = quotes["We kept the north quay closed for the whole winter while the divers checked it."]
    three = quotes["The divers found the piles sound. The cracks were in the deck. We mended the"
                   " deck."]
    parts = [score_parts(q, article, 1, {}) for q in (one, three)]
    assert [p["sentences"] for p in parts] == [0.25, 0.75]
    # A line ending in a comma is not yet a sentence; a mark before a lower-case word is no
    # end; four sentences are as good as more.
    assert _sentences_part("We will,") == 0.0
    assert _sentences_part("It was 4 p.m. on the quay. We waited.") == 0.5
    assert _sentences_part("Go. Now. Please. Today. Tonight!") == 1.0


def test_a_statement_of_several_sentences_ranks_above_an_earlier_single_line() -> None:
    article = article_from_paragraphs(_article())
    ranked = rank_quotes(extract_quotes(article), article)
    # (After the story's first quotation, a short one, so that neither is that one.)
    assert [q.text[:10] for q in ranked][:2] == ["The divers", "We kept th"]


def test_a_name_known_to_someone_at_the_start_of_a_sentence_is_no_quotation() -> None:
    paragraphs = [
        "Known to his teammates as “Big Sione,” the prop has played 90 tests.",
        "The fever is known locally in the hill villages as “the shaking sickness” because of"
        " the chills it brings.",
        "“We will treat every case,” said the district health officer, Mele Tupou.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"We will treat every case,"}


def test_the_nickname_set_right_before_the_words_is_a_name_not_a_quotation() -> None:
    paragraphs = [
        "His knack for late goals earned him the nickname “the ninetieth minute” in Suva.",
        "Fans gave the stadium the nickname of “the oven”, a nickname the coach said he finds"
        " “a little unfair on the groundsmen”.",
    ]
    # What the coach says of the nickname, a few words after it, is his.
    assert set(quotes_by_text(paragraphs)) == {"a little unfair on the groundsmen"}


def test_what_a_group_long_calls_a_building_is_its_name_even_far_from_the_verb() -> None:
    paragraphs = [
        "Dockers have long called the old customs shed on the north quay “the cathedral”.",
        "Police said the gang kept printed call scripts that the members referred to as “the"
        " script book”.",
        "Residents called the closure “a betrayal of the whole town”, and the mayor agreed.",
    ]
    # A verdict ("a betrayal") stays a quotation; a verb in the object is not the group's.
    assert set(quotes_by_text(paragraphs)) == {"a betrayal of the whole town"}


def test_a_township_or_village_is_a_place_never_the_speaker() -> None:
    # The village (and before it the township) had been taken for a person's name, the
    # description's role attached to it.
    paragraphs = [
        "The quake struck at 5:42 a.m. about 20 km east of Taitung County Hall, the Central"
        " Weather Administration (CWA) said. It registered an intensity of 5-upper in Taitung"
        " County's Chenggong Township and was felt across the south.",
        "In Chenggong's Sanxian Village, a shopkeeper who asked not to be named said the"
        " shaking had knocked her family's photographs to the floor. “I thought the whole wall"
        " would go,” she said.",
    ]
    quote = quotes_by_text(paragraphs)["I thought the whole wall would go,"]
    assert (quote.speaker, quote.speaker_kind) == ("a shopkeeper", "description")


def test_an_office_keeps_its_holder_across_the_offices_initials_in_brackets() -> None:
    paragraphs = [
        "Minister of Traffic, Transport and Urban Planning (VVRP) Eldrich Cijntje, who"
        " visited Barber on Wednesday, admitted the gullies had been neglected.",
        "“I will not make promises I cannot keep,” the minister said.",
        "Director of Public Works (DPW), Ana Ruiz, said crews would start on Monday.",
        "“We will clear the three main gullies first,” the director said.",
    ]
    assert speaker_and_role(paragraphs, "I will not make promises I cannot keep,") == (
        "Eldrich Cijntje", "Minister of Traffic, Transport and Urban Planning")
    assert speaker_and_role(paragraphs, "We will clear the three main gullies first,") == (
        "Ana Ruiz", "Director of Public Works")


def test_a_deputy_or_vice_holder_keeps_the_lesser_word_and_is_found_by_it() -> None:
    paragraphs = [
        "Deputy Director of Public Works Ana Ruiz and Vice President of the Senate, Senator"
        " Tom Hale, toured the flooded road on Monday.",
        "“We will reopen it by Friday,” the deputy director said.",
        "“The money is there,” Hale said.",
    ]
    # Neither is the office's holder: a post calling her "Director of Public Works" misstates it.
    assert speaker_and_role(paragraphs, "We will reopen it by Friday,") == (
        "Ana Ruiz", "Deputy Director of Public Works")
    # The style set off after the office is no word of the portfolio.
    assert speaker_and_role(paragraphs, "The money is there,") == (
        "Tom Hale", "Vice President of the Senate")


def test_a_name_saying_where_a_described_source_lives_is_no_rival_for_she() -> None:
    # "Tera" is a woman's given name: the place had taken "she" from the resident.
    for opening in ("A resident of Tera Kora who asked not to be named",
                    "A woman from Tera Kora"):
        paragraphs = [
            f"{opening} said the drain behind her house had not been cleaned in years."
            " “Every rainy season we call, and every rainy season they say next month,” she"
            " said.",
        ]
        quote = quotes_by_text(paragraphs)[
            "Every rainy season we call, and every rainy season they say next month,"]
        assert quote.speaker_kind == "description"
        assert quote.speaker is not None and quote.speaker.startswith(("a resident", "a woman"))


def test_words_after_the_nickname_stay_a_quotation_unless_they_read_as_a_name() -> None:
    paragraphs = [
        "Okoro said he did not mind the nickname “as long as we keep winning.”",
        "Coach Ana Nowak gave every player nicknames “so nobody felt like a number,” she said.",
    ]
    assert set(quotes_by_text(paragraphs)) == {
        "as long as we keep winning.", "so nobody felt like a number,"}


def test_a_groups_verdict_stays_a_quotation() -> None:
    paragraphs = [
        "Teachers call the new pay deal “insulting,” union leader Marta Silva said on Monday.",
        "Doctors called the outbreak “the worst yet” on Monday.",
        "Workers called him “the Manager” behind his back.",
    ]
    # Once, of a thing, "the worst yet" is a verdict; what they called him is his name.
    assert set(quotes_by_text(paragraphs)) == {"insulting,", "the worst yet"}


def test_an_office_after_of_to_or_for_or_running_across_a_name_is_no_role() -> None:
    paragraphs = [
        "The wife of the President of Ghana, Mrs. Rebecca Owusu-Ansah, opened the ward.",
        "“No mother should die giving life,” the president said in a message.",
        "President of Ghana John Mensah and Chief Justice Abena Owusu attended the swearing-in.",
        "“The courts are the last line of defence,” Owusu said.",
    ]
    assert speaker_and_role(paragraphs, "No mother should die giving life,")[0] != (
        "Rebecca Owusu-Ansah")
    assert speaker_and_role(paragraphs, "The courts are the last line of defence,")[1] != (
        "President of Ghana John Mensah and Chief Justice")
