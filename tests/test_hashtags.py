"""Hashtags an editor would publish (issue 11 item 1): the house's own first, generated ones only
when asked and only places and topics. Articles are ones we wrote."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from socialkit.hashtags import _acceptable_tag, story_hashtags
from socialkit.models import Quote
from tests.postkit import make_article

INDIANA = make_article(
    "Teachers rally at the Indiana Statehouse",
    ["Thousands of teachers rallied in Indianapolis on Tuesday, filling the Indiana Statehouse "
     "and the streets around it in Sept. sunshine.",
     "Suspect Daniel Marsh was arrested near the rally in Fort Wayne, Fort Wayne P.D. said. "
     "Marsh was released on Wednesday.",
     "“You are going to be OK,” Karen Holt, who teaches in Evansville, told the crowd. The "
     "Kentucky GOP watched from across the river, and Indiana lawmakers said the budget would "
     "come first. Indiana teachers want a raise; Indiana has lagged its neighbours.",
     "Copyright 2019 The Indiana Courier. All rights reserved."],
)
QUOTE = Quote(text="You are going to be OK,", start=0, end=1, spans=((0, 1),),
              speaker="Karen Holt", speaker_kind="name")


def test_house_tags_first_allowed_only_when_mentioned_never_never() -> None:
    tags = story_hashtags(INDIANA, [QUOTE], always=["#EdNews", "Breaking"],
                          allowed=["IndianaStatehouse", "PortEllery"], never=["Breaking"])
    assert tags == ["#EdNews", "#IndianaStatehouse"]


def test_generated_tags_are_places_and_topics_never_people_months_or_noise() -> None:
    tags = story_hashtags(INDIANA, [QUOTE], generate=True, limit=10)
    assert "#IndianaStatehouse" in tags and "#Evansville" in tags
    for bad in ("#KarenHolt", "#DanielMarsh", "#Marsh", "#OK", "#Sept", "#Copyright",
                "#KentuckyGOP", "#FortWaynePD", "#FortWayneP", "#IndianaCourier"):
        assert bad not in tags, (bad, tags)


def test_tags_refused_by_shape() -> None:
    for bad in ("OK", "GOP", "Sept", "Copyright", "SNS에", "Ab", "SANFRANCISCO", "2019Vote"):
        assert not _acceptable_tag(bad), bad
    for good in ("PortEllery", "StormIsolde", "서울", "IndianaStatehouse"):
        assert _acceptable_tag(good), good


@given(st.sampled_from(["January", "Feb", "Sept", "Monday", "Thu", "OK", "US", "AP"]),
       st.sampled_from(["", "Rally", "Vote"]))
def test_no_generated_tag_names_a_month_or_is_an_abbreviation(word: str, tail: str) -> None:
    article = make_article(
        "Harbour vote",
        [f"In {word} {tail} the council of Port Alder met. Residents of Port Alder voted in "
         f"{word}. {word} {tail} was busy in Port Alder, the council said."],
    )
    for tag in story_hashtags(article, generate=True, limit=10):
        body = tag[1:]
        assert len(body) >= 3 and not body.isupper()
        assert body.lower() not in {"january", "feb", "sept", "monday", "thu"}


def test_no_tag_is_cut_from_a_longer_name() -> None:
    # A piece of a longer name is no topic or place of the story's: the court district of a
    # prosecutor's office, the state of a university, the city of a team.
    article = make_article(
        "Man pleads guilty to threatening a congresswoman",
        ["A Lakeport man pleaded guilty on Friday to threatening to kill a congresswoman, the "
         "U.S. Attorney’s Office for the Western District of Ohio said in a statement. Lakeport "
         "police arrested him in March.",
         "“He has taken responsibility,” said his lawyer. A professor at the University of "
         "Florida who studies threats said such cases had doubled. The man, a fan of the "
         "Oklahoma City Thunder, had posted the threat from a bar in Lakeport.",
         "He will be sentenced in Lakeport in June. The Western District of Ohio has charged "
         "four such cases this year."],
    )
    tags = story_hashtags(article, generate=True, limit=10)
    assert "#Lakeport" in tags
    for bad in ("#WesternDistrict", "#Florida", "#Oklahoma"):
        assert bad not in tags, (bad, tags)
    # Standing alone once is enough: the same name on its own is a place of the story.
    alone = make_article("Storm", ["Rain fell across Florida on Tuesday. The University of "
                                   "Florida closed, and roads in Florida flooded."])
    assert "#Florida" in story_hashtags(alone, generate=True, limit=10)


def test_no_tag_is_a_street() -> None:
    # A street is where something in the story happened or stands: an aside, not a topic.
    article = make_article(
        "Bakery on Quay Street closes after flood",
        ["The flood in Port Alder closed the bakery on Quay Street on Tuesday. Water reached "
         "Front Street by noon, and the Port Alder council opened a shelter on Harbour Road.",
         "Port Alder has flooded three times since 2019."],
    )
    tags = story_hashtags(article, generate=True, limit=10)
    assert "#PortAlder" in tags
    assert not {"#QuayStreet", "#FrontStreet", "#HarbourRoad"} & set(tags), tags


def test_a_suffixed_name_is_a_person_to_the_tagger() -> None:
    from socialkit.hashtags import _people

    article = make_article("Hale retires", ["Robert Hale Jr. said he would retire in May."])
    quote = Quote(text="x", start=0, end=1, spans=((0, 1),), speaker="Robert Hale Jr.",
                  speaker_kind="name")
    assert "Robert Hale Jr" in _people(article, [quote])
