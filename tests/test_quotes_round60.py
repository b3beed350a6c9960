"""Round sixty. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quote_opening


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Late winner settles the title")


def test_an_age_after_a_sentence_opened_by_a_name_passes_over_one_in_its_who_clause() -> None:
    # The player he replaced, named in a "who" clause of the same sentence, made the
    # sentence's subject only a guess for "the 21-year-old".
    paragraphs = [
        "Nelson Chongo scored the winner four minutes into stoppage time.",
        "Coach Rui Tembe praised his side's patience in the second half.",
        "Chongo, who replaced Abel Mutola at half-time, scored with his first touch. "
        "\u201cI did not know where to run,\u201d the 21-year-old said.",
    ]
    assert _quote(paragraphs, "I did not know").speaker == "Nelson Chongo"


def test_a_nationality_opening_the_sentence_is_no_subject_for_an_age() -> None:
    # "The Portuguese boss" is read as a name; an age must not go to it.
    paragraphs = [
        "Paulo Teixeira has agreed a deal to manage Harlow Rovers until the end of the season.",
        "The Portuguese boss had been out of work since leaving Carrick Athletic in May.",
        "The 56-year-old said after his appointment: \"I am excited to be joining a club with "
        "such passionate supporters.\"",
    ]
    assert _quote(paragraphs, "I am excited").speaker != "Portuguese"


def test_an_age_passes_over_an_object_whose_team_and_role_come_first() -> None:
    # "from Dandy captain Keishon Bean, Tyrique's younger brother": the team's name before
    # "captain" and the brother's owner each made a second person in the sentence.
    paragraphs = [
        "Jahkeem Gray came off the bench to score in stoppage time as Dandy Town beat Robin "
        "Hood 2-1.",
        "Dandy trailed at half-time to a Tyrique Bean header.",
        "Gray, who had been on the pitch for barely ten minutes, then turned in a low cross "
        "from Dandy captain Keishon Bean, Tyrique\u2019s younger brother, in the 92nd minute.",
        "\u201cI just told myself, don\u2019t think, just hit it,\u201d the 19-year-old said.",
    ]
    assert _quote(paragraphs, "I just told").speaker == "Jahkeem Gray"
