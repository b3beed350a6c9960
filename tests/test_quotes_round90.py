"""Round ninety: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes import extract_quotes
from tests.quotes_article import (
    article_from_paragraphs,
    entity_kinds,
    quote_opening,
    speaker_and_role,
)
from tests.quotes_article import opening_speaker_and_kind as _speaker


def test_an_elder_called_uncle_by_given_name_is_the_one_named_in_full() -> None:
    # "Uncle" before a given name alone is an elder's title (Torres Strait, Aboriginal
    # Australia, the Pacific), as "Sir" is: "Uncle Solomon" is Solomon Baira, named before.
    paragraphs = [
        "Uncle Solomon Baira, from Badu, spent four years in Cairns waiting for a chair.",
        "\u201cFour years I been living in a unit, away from my island,\u201d Uncle Solomon "
        "said. \u201cI cried when they rang.\u201d",
    ]
    assert _speaker(paragraphs, "Four years") == ("Solomon Baira", "name")


def test_an_elder_s_title_is_no_role_and_leaves_the_office_set_off_after_her() -> None:
    # Guard: "Aunty" is a form of address; the role is the apposition after the name.
    paragraphs = [
        "Aunty Mabel Warrego, a Yidinji elder, said the reef had \u201cbeen telling us this "
        "for years\u201d.",
    ]
    assert speaker_and_role(paragraphs, "been telling us this for years") == (
        "Mabel Warrego", "Yidinji elder")


def test_a_holiday_is_a_day_and_never_a_person() -> None:
    # "Christmas Day" was a person of unknown sex, in reach of any later "she said".
    kinds = entity_kinds("The Doonies were celebrating on Christmas Day, and the New Year’s Day "
                   "game will start at 1pm on Anzac Day.")
    assert [kinds.get(day) for day in ("Christmas Day", "New Year’s Day", "Anzac Day")] == [
        "thing", "thing", "thing"]


def test_a_given_name_before_day_is_still_a_person() -> None:
    # Guard: the golfer and the singer keep their surname.
    kinds = entity_kinds("Jason Day finished third, and Doris Day sang.")
    assert (kinds.get("Jason Day"), kinds.get("Doris Day")) == ("person", "person")


def test_a_recalled_mother_found_by_her_surname_keeps_the_role_the_story_gives_her() -> None:
    # The one other bearer of the daughter's surname is the mother she recalls, and the card
    # credits her as the story describes her.
    paragraphs = [
        "Ada Penhallow, a retired schoolteacher, died at her home in Polruan. She was 93.",
        "Born in Looe in 1931, she began teaching at seventeen, when many classrooms had no "
        "electricity and children walked miles to school.",
        "The service was led by the Rev. Tom Hale, who described her as a woman of discipline.",
        "Her daughter, Mrs. Carys Penhallow-Reed, who cared for her mother in her final years, "
        "read the lesson. Speaking after the service, Mrs. Penhallow-Reed said her mother had "
        "remained sharp almost to the end.",
        "\u201cTwo weeks before she passed, she was correcting my grammar,\u201d she said. "
        "\u201cShe asked me to read her the paper every morning, and if there was a mistake "
        "she would say, \u2018Write to them. Tell them Teacher Ada noticed.\u2019 So this is "
        "me writing.\u201d",
    ]
    quote = quote_opening(paragraphs, "Write to them")
    assert (quote.speaker, quote.speaker_kind, quote.role) == (
        "Ada Penhallow", "name", "retired schoolteacher")


def test_a_lede_s_source_is_not_the_official_the_next_paragraph_names() -> None:
    # Guard: the next paragraph opens with someone whose office is not the lede's noun.
    paragraphs = [
        "A federal prosecutor told jurors on Monday that the alderman ran his ward \u201clike "
        "a tollbooth\u201d for a decade.",
        "Raymond Oyelaran, a former alderman, is charged with bribery and extortion.",
    ]
    assert _speaker(paragraphs, "like a tollbooth") != ("Raymond Oyelaran", "name")


def test_a_lede_s_woman_is_not_the_man_the_next_paragraph_names() -> None:
    # Guard: "a woman" is not the man the story names next (the defendant, not the witness).
    paragraphs = [
        "A woman who saw a van strike a cyclist told a jury the driver \u201cnever once looked "
        "up\u201d before the crash.",
        "Darren Pollock, 46, denies causing death by dangerous driving.",
    ]
    assert _speaker(paragraphs, "never once looked up") != ("Darren Pollock", "name")


def _words_credited(paragraphs: list[str], opening: str) -> str | None:
    """Who the quotations credit the words opening ``opening`` to: the inner quotation that
    opens so, else the one that holds them."""
    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    found = [q for q in quotes if q.text.startswith(opening)] or [
        q for q in quotes if opening in q.text]
    return found[0].speaker


# Guards from the round's adversarial reviews: each credited a wrong name under a rule the round
# tried and then dropped or narrowed (a lede's witness given to the victim, a namesake given a
# recalled parent's words, a man surnamed Day taken for a holiday).


def test_a_lede_witness_is_not_the_victim_the_next_paragraph_names() -> None:
    # The next paragraph opens with the woman who died, who says nothing in the story.
    paragraphs = [
        "A woman who saw the collision said the car had been travelling \u201cfar too fast "
        "for that road\u201d.",
        "Margaret Ellison, 79, died at the scene on Tuesday evening after being struck on "
        "Station Road.",
    ]
    assert _speaker(paragraphs, "far too fast") != ("Margaret Ellison", "name")


def test_a_namesake_of_unknown_sex_named_in_passing_is_not_the_recalled_father() -> None:
    # "Eirlys Bevan", named once with no sex the lists know, is his wife, not "Dad".
    paragraphs = [
        "Tributes have been paid to a Ceredigion farmer who has died aged 88.",
        "Mr Bevan and Eirlys Bevan married in 1961 and farmed at Tynewydd for 50 years.",
        "His son, Geraint Bevan, said: \u201cDad always said, \u2018Look after the land and "
        "it will look after you.\u2019\u201d",
    ]
    assert _words_credited(paragraphs, "Look after the land") != "Eirlys Bevan"


def test_a_namesake_the_story_calls_mr_is_not_the_recalled_father() -> None:
    # The chairman took the father's "Mr Hale"; a title of sex still keeps him out.
    paragraphs = [
        "A Suffolk farmer who was crushed by a tractor has died, police said.",
        "Parish council chairman Roger Hale said Mr Hale had been \u201cpart of the village "
        "for ever\u201d.",
        "His son, Tom Hale, said: \u201cDad always said, \u2018Check the handbrake "
        "twice.\u2019\u201d",
    ]
    assert _words_credited(paragraphs, "Check the handbrake") != "Roger Hale"


def test_people_surnamed_day_are_people_and_mr_day_is_no_holiday() -> None:
    # ("Rhys" is on no census list the holiday rule could have asked.)
    kinds = entity_kinds("Forecaster Rhys Day said Boxing Day would be cold. Mr Day said so.")
    assert kinds.get("Rhys Day") == "person"
    paragraphs = [
        "Met Office forecaster Rhys Day said Boxing Day would be the coldest day of the year.",
        "\u201cTemperatures could fall to minus 10,\u201d Mr Day said.",
    ]
    assert _speaker(paragraphs, "Temperatures could") == ("Rhys Day", "name")


def test_an_uncle_s_brand_is_no_elder_of_a_man_named_ben() -> None:
    # "Uncle Ben's said in a statement": the brand's name whole, not "Uncle" before the given
    # name of the food historian Ben Kaplan.
    paragraphs = [
        "Ben Kaplan, a food historian, said the renaming was overdue.",
        "Uncle Ben's said in a statement: \u201cWe understand the role our brand can "
        "play.\u201d",
    ]
    assert _speaker(paragraphs, "We understand") != ("Ben Kaplan", "name")
