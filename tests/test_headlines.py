"""Sentence-case headlines: capitals kept only where the article shows a name (issue 11 item 2)."""

from __future__ import annotations

from socialkit.config import Config
from socialkit.headlines import headline_for, sentence_case
from socialkit.posts import compose_posts
from tests.postkit import make_article, quotes_in

BODY = ("Residents of Port Alder packed the town hall as councillors voted for a barrier. "
        "The vote comes months after Storm Isolde pushed seawater into the old quarter, and a "
        "storm surge closed the hospital. NASA images showed the flooding. The council said "
        "the Harbour Trust would pay half. Mayor Ana Ruiz's office said work starts in May.")


def test_sentence_case_keeps_names_only() -> None:
    assert sentence_case("Port Alder Votes To Build Storm Barrier After Record Surge", BODY) == (
        "Port Alder votes to build storm barrier after record surge")
    assert sentence_case("Storm Isolde Floods Port Alder Hospital", BODY) == (
        "Storm Isolde floods Port Alder hospital")
    # Acronyms, words after a colon and the pronoun I keep their capitals.
    assert sentence_case("NASA Images Show The Damage: What I Saw", BODY) == (
        "NASA images show the damage: What I saw")
    assert sentence_case("Harbour Trust To Pay Half, Says Ana Ruiz's Office", BODY) == (
        "Harbour Trust to pay half, says Ana Ruiz's office")


def test_headline_case_option_reaches_the_posts() -> None:
    article = make_article("Port Alder Votes To Build Storm Barrier",
                           [BODY, "“We will not wait for the next surge,” Ana Ruiz said."])
    quotes = quotes_in(article, speaker="Ana Ruiz")
    as_written, = compose_posts(article, quotes, Config(), platforms=["x"], link=None, slug="a")
    sentence, = compose_posts(article, quotes, Config(headline_case="sentence"), platforms=["x"],
                              link=None, slug="a")
    assert as_written.text.startswith("Port Alder Votes To Build Storm Barrier\n")
    assert sentence.text.startswith("Port Alder votes to build storm barrier\n")
    assert headline_for("A Title", BODY, "as-written") == "A Title"


def test_a_headline_ends_in_no_full_stop_semicolon_or_comma() -> None:
    for title, shown in [
        ("House panel votes to hold Pagliano in contempt.", "House panel votes to hold Pagliano"
         " in contempt"),
        ("Candidates vie for vets' support;", "Candidates vie for vets' support"),
        ("Trade deal signed with the U.S.", "Trade deal signed with the U.S."),
        ("Tributes paid to Martin Kenning Jr.", "Tributes paid to Martin Kenning Jr."),
        ("Is this the end?", "Is this the end?"),
        ("We waited and waited...", "We waited and waited..."),
    ]:
        assert headline_for(title, BODY, "as-written") == shown, title
