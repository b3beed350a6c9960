"""Round ninety-three: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes.people import may_be_borne_by, often_borne_by, short_form_for
from tests.quotes_article import quote_opening


def test_a_short_form_may_be_borne_by_the_sex_of_its_full_name() -> None:
    # The Census of 1990 lists "Jess" for men only; the nickname list says it is short for
    # Jessica too. "Darren" is short for no woman's name.
    assert short_form_for("Jess", "f")
    assert may_be_borne_by("Jess", "f")
    assert not short_form_for("Darren", "f")
    assert not may_be_borne_by("Darren", "f")


def test_the_tag_after_a_short_form_s_sentence_says_her_sex() -> None:
    paragraphs = [
        "The winning basket came when Jess Okoro found her teammate Mia Lindqvist cutting "
        "baseline.",
        "\u201cJess will tell you she set that up,\u201d Lindqvist said. "
        "\u201cShe didn\u2019t.\u201d",
        "Jess Okoro laughed at that. \u201cI definitely set it up,\u201d she said.",
    ]
    assert quote_opening(paragraphs, "I definitely").speaker == "Jess Okoro"
    # A name no woman bears keeps its sex: the "she" is the other player's.
    darren = [p.replace("Jess", "Darren") for p in paragraphs]
    assert quote_opening(darren, "I definitely").speaker == "Mia Lindqvist"


def test_an_epithet_after_a_titled_newcomer_s_sentence_is_theirs() -> None:
    # The story follows the winner, but the paragraph opens on his brother, a private: "the
    # soldier" is the brother, not the story's central person.
    paragraphs = [
        "Ernesto Pech and Hilberto Chi won the river canoe race on Monday, four minutes ahead "
        "of the Defence Force crew of Corporal Amir Ical and Private Julian Pech.",
        "Pech, who also won in 2019, said the last stage was the hardest. \u201cTo beat my "
        "little brother on the last day is something I will never let him forget,\u201d "
        "Ernesto Pech said.",
        "Julian Pech, 24, took the defeat in stride. \u201cHe\u2019s my big brother, he\u2019s "
        "supposed to beat me,\u201d the soldier said.",
    ]
    assert quote_opening(paragraphs, "He\u2019s my big").speaker == "Julian Pech"


def test_an_epithet_after_an_untitled_newcomer_s_sentence_stays_the_story_s() -> None:
    # Someone the story gives no occupation is no "harbour master".
    paragraphs = [
        "Harbour master Tom Reid has closed the slipway at Portree after a second boat sank "
        "there this month.",
        "\u201cIt is not safe for anyone,\u201d Reid said.",
        "Peter Albin, who keeps a creel boat there, wrote to the council in protest. \u201cWe "
        "have been told nothing about when it will reopen,\u201d the harbour master said.",
    ]
    assert quote_opening(paragraphs, "We have been told").speaker == "Tom Reid"


def test_a_title_says_the_sex_of_a_name_both_sexes_bear() -> None:
    # "Lindsay" is mostly a woman's name in the Census, but the story calls him "Mr Petrie":
    # he is Lindsay Petrie, and "Mrs Petrie" is his wife, whom the story names after him.
    paragraphs = [
        "Wade Corrigan, 34, pleaded guilty to assaulting Lindsay Petrie, 61, in a dispute over "
        "a shared driveway.",
        "Mr Petrie fell and hit his head on the edge of his trailer, the court heard.",
        "Mr Petrie\u2019s wife, Anne Petrie, sat in the public gallery.",
        "Outside court, Mrs Petrie said the family was relieved. \u201cWe just want to get on "
        "with our lives,\u201d she said.",
        "\u201cHe was a good neighbour once,\u201d Mr Petrie said in his statement.",
    ]
    assert quote_opening(paragraphs, "We just want").speaker == "Anne Petrie"
    assert quote_opening(paragraphs, "He was a good").speaker == "Lindsay Petrie"


def test_often_borne_by_reads_the_census_shares() -> None:
    assert often_borne_by("Lindsay", "m")
    assert not often_borne_by("Kevin", "f")
    assert not often_borne_by("Zzyzx", "f")
