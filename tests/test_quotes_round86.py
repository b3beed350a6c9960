"""Round eighty-six: attribution repairs found on the round's read set."""

from __future__ import annotations

from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_a_given_name_after_kin_of_the_same_family_is_the_one_named_in_full() -> None:
    # "Ruby’s mother Kiri": Ruby and Kiri are both Warrens, so the kin word says how two of
    # one family are related; "Kiri said" is Kiri Warren, not a new "Kiri".
    paragraphs = [
        "Neville Young and Kiri Warren from the Natural Resources Division made up the rest "
        "of the party.",
        "At the school, Ruby Warren asked the first question.",
        "Ruby\u2019s mother Kiri said afterwards that the talk had been a highlight of the term.",
        "\u201cFor the kids to hear about Henderson, that means a lot,\u201d Kiri said.",
    ]
    assert _speaker(paragraphs, "For the kids") == ("Kiri Warren", "name")


def test_a_given_name_after_kin_of_another_family_stays_someone_new() -> None:
    # Guard: Kiri Warren is no kin of the Hagues, so "Tom Hague’s mother Kiri" is another Kiri.
    paragraphs = [
        "Neville Young and Kiri Warren from the Natural Resources Division made up the rest "
        "of the party.",
        "At the school, Tom Hague asked the first question.",
        "Tom\u2019s mother Kiri said afterwards that the talk had been a highlight of the term.",
        "\u201cFor the kids to hear about Henderson, that means a lot,\u201d Kiri said.",
    ]
    assert _speaker(paragraphs, "For the kids")[0] != "Kiri Warren"


def test_a_school_named_for_its_quarter_of_town_is_no_person() -> None:
    # "Lincoln Southwest" is a school: "when Southwest was down" names no second person in
    # the sentence about Ostrander, so "the 5-foot-9 guard" is her.
    paragraphs = [
        "The Lincoln Southwest senior buried a 3-pointer with 41 seconds left.",
        "Senior guard Maddie Ostrander hit four free throws in the final 30 seconds.",
        "Ostrander said the seniors had written \u201cFinish\u201d on the whiteboard, then wrote "
        "it again at halftime when Southwest was down.",
        "\u201cWe\u2019ve been the team that gets close,\u201d the 5-foot-9 guard said.",
    ]
    assert _speaker(paragraphs, "We\u2019ve been") == ("Maddie Ostrander", "name")


def test_a_compass_surname_stays_a_person() -> None:
    # Guard: "North" and "West" are surnames; only the quarters no one bears are places.
    paragraphs = [
        "Retired colonel Oliver North spoke at the dinner on Friday.",
        "\u201cWe owe these families more than a plaque,\u201d North said.",
    ]
    assert _speaker(paragraphs, "We owe") == ("Oliver North", "name")


def test_a_quarter_word_alone_can_be_a_persons_name() -> None:
    # Guard (review): "Southside" alone is a producer's name, not a place; only a town's name
    # before it makes a quarter a place.
    paragraphs = [
        "The Atlanta producer Southside, co-founder of the 808 Mafia collective, has signed a "
        "new publishing deal.",
        "\u201cI have been making beats since I was 14 in my mom\u2019s basement,\u201d "
        "Southside said in an interview.",
    ]
    assert _speaker(paragraphs, "I have been making")[1] == "name"


def test_a_relative_named_at_once_past_a_role_of_their_own_speaks() -> None:
    # "Her nephew, haulier Ewan Flett, posted": the name set off after the description is who
    # posted, though the role reader keeps "haulier" rather than "nephew" for him.
    paragraphs = [
        "Community council chairwoman Morag Flett said islanders were tired of short-term "
        "fixes.",
        "Her nephew, haulier Ewan Flett, posted on Facebook after the meeting that island "
        "hauliers were \u201cthe ones who pay for every cancellation\u201d.",
    ]
    assert _speaker(paragraphs, "the ones who pay") == ("Ewan Flett", "name")


def test_a_relative_set_off_with_someone_else_named_stays_the_description() -> None:
    # Guard: ", who knew Tom Hale," names someone else, not the nephew.
    paragraphs = [
        "Community council chairwoman Morag Flett said islanders were tired of short-term "
        "fixes.",
        "Her nephew, who drives for Tom Hale, posted on Facebook after the meeting that island "
        "hauliers were \u201cthe ones who pay for every cancellation\u201d.",
    ]
    assert _speaker(paragraphs, "the ones who pay")[0] != "Tom Hale"


def test_a_post_brought_in_by_its_verb_is_its_subjects() -> None:
    # "Keep Ellis Neighborly posted on its Facebook page ... // “...,” the post read": the
    # post is the group's, though the story never wrote the noun before.
    paragraphs = [
        "Keep Ellis Neighborly posted on its Facebook page shortly after the vote that the "
        "fight was \"not over,\" and urged supporters to call the mayor's office.",
        "\"Five people who don't live here just decided what our neighborhood looks like,\" "
        "the post read.",
    ]
    assert _speaker(paragraphs, "Five people") == ("Keep Ellis Neighborly", "organisation")


def test_a_post_with_no_poster_named_stays_the_post() -> None:
    # Guard: no sentence before says who posted, so the post credits no one named.
    paragraphs = [
        "The vote was 5-2 after three hours of testimony from Keep Ellis Neighborly members.",
        "\"Five people who don't live here just decided what our neighborhood looks like,\" "
        "the post read.",
    ]
    assert _speaker(paragraphs, "Five people")[0] != "Keep Ellis Neighborly"



def test_a_cousins_given_name_is_not_merged_with_the_family_namesake() -> None:
    # Guard (review): a cousin need not be a Byrne, so "Aoife's cousin Liam" may be another
    # Liam than the injured Liam Byrne; only close kin say the family.
    paragraphs = [
        "Liam Byrne, 22, a student, was among those injured in the crash. Another passenger, "
        "Aoife Byrne, 20, was unhurt.",
        "Aoife\u2019s cousin Liam, who was not in the car, visited on Sunday. \u201cWe grew up "
        "two doors apart,\u201d Liam said.",
    ]
    assert _speaker(paragraphs, "We grew up")[0] != "Liam Byrne"


def test_posted_in_another_sense_brings_in_no_post() -> None:
    # Guard (review): "posted a loss" and "posted bail" are no posts online; the post read
    # out is someone else's, whom the story brings in with another verb.
    for lead in ("Northwind Energy posted a loss of $3 million for the quarter on Tuesday.",
                 "Dean Marsh posted bail of $50,000 on Friday and was released."):
        paragraphs = [
            lead,
            "The union wrote on its Instagram account that members would strike. \u201cEnough "
            "is enough,\u201d the post read.",
        ]
        assert _speaker(paragraphs, "Enough is enough")[0] not in ("Northwind Energy",
                                                                   "Dean Marsh")


def test_a_tweet_someone_else_reports_is_not_theirs() -> None:
    # Guard (review): "Hale said the senator had tweeted": the tweet is not Hale's.
    paragraphs = [
        "Councillor Ann Hale said the senator had tweeted the slur before deleting it.",
        "\u201cGo back where you came from,\u201d the tweet read.",
    ]
    assert _speaker(paragraphs, "Go back")[0] != "Ann Hale"


def test_a_post_paragraphs_back_is_not_the_one_read() -> None:
    # Guard (review): a picture posted two paragraphs before another story is not the post
    # whose words the fire story quotes.
    paragraphs = [
        "Ann Cole posted a picture of her new puppy on Facebook on Monday.",
        "The fire broke out in the early hours of Thursday. Neighbours heard an explosion.",
        "Fire crews were at the scene for six hours. Station commander Dave Pike said the "
        "blaze had been started deliberately.",
        "\u201cOur thoughts are with the family,\u201d the post said.",
    ]
    assert _speaker(paragraphs, "Our thoughts")[0] != "Ann Cole"
