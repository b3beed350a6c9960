"""Round seventy-nine: a title given in full says which of two namesakes a titled surname is."""

from __future__ import annotations

from tests.quotes_article import article_from_paragraphs
from tests.quotes_article import speaker_and_kind as _speaker

_STALL = "We will open on Monday, but we are watching them,"
_FEE = "the cost of a market that works"


def _namesakes(closing: str) -> list[str]:
    return [
        "Mrs Adaeze Nwosu, who sells fabric near the east gate, said she had lost a day's "
        "takings but did not regret joining the protest.",
        "The council chairman, Hon. Emeka Nwosu (no relation), had defended the levy at a "
        "town hall meeting last week.",
        f"At that meeting, he told traders the levy was “{_FEE}”.",
        closing,
    ]


def test_a_titled_surname_is_the_namesake_named_in_full_with_that_title() -> None:
    # The chairman was named last, but "Mrs" was written before her full name, not his.
    paragraphs = _namesakes(f"Mrs Nwosu said she would be back at her stall. “{_STALL}” "
                            "she said.")
    assert _speaker(paragraphs, _STALL) == ("Adaeze Nwosu", "name")
    # (And the chairman is not made a woman by her title: "he" earlier stays his.)
    assert _speaker(paragraphs, _FEE) == ("Emeka Nwosu", "name")


def test_a_title_neither_namesake_was_given_follows_the_last_named() -> None:
    # Neither was named in full as "Ms": the story's order still decides.
    paragraphs = [
        "Dr Morag Baird, the union's regional secretary, said members had no choice.",
        "Among those waiting was Eilidh Baird, no relation, whose operation had been "
        "cancelled twice.",
        f"“{_STALL}” said Ms Baird, from Larbert.",
    ]
    assert _speaker(paragraphs, _STALL) == ("Eilidh Baird", "name")


_CAR_PARK = "Without the beach, this bay is a car park with a view of the runway."


def test_a_name_set_off_after_a_long_role_before_a_colon_is_the_speaker() -> None:
    paragraphs = [
        "The council approved the plan to rebuild the dunes on Tuesday.",
        "The president of the island's hotel association, Marie Gréaux, put it more "
        f"bluntly: \"{_CAR_PARK}\"",
    ]
    assert _speaker(paragraphs, _CAR_PARK) == ("Marie Gréaux", "name")


_SAVE = "The government tried to save money on the people with the fewest alternatives."


def test_a_name_after_the_words_of_its_post_before_a_colon_is_the_speaker() -> None:
    # The sentence follows another in its paragraph: the search starts past the full stop.
    paragraphs = [
        "The government dropped the ferry cuts on Monday.",
        "The opposition welcomed the decision but said it came too late. Liberal "
        f"Democrat group leader Tobias Eklund was blunt: \"{_SAVE}\"",
    ]
    assert _speaker(paragraphs, _SAVE) == ("Tobias Eklund", "name")


def test_a_name_after_a_post_of_a_body_before_said_and_a_colon_is_still_the_speaker() -> None:
    # "of bookmaker Betfair" is whose he is, not a post before the bookmaker's name.
    paragraphs = [
        "The favourite was beaten by a neck in the last race of the day.",
        "The result was a good one for the layers. Rory Dunne of bookmaker Kestrel Bet "
        f"said: \"{_SAVE}\"",
    ]
    assert _speaker(paragraphs, _SAVE) == ("Rory Dunne", "name")


def test_a_name_told_something_before_a_colon_is_not_the_speaker() -> None:
    paragraphs = [
        "The shop on Harbour Street was closed on Friday.",
        f"Police officers told owner Ana Ruiz on Monday: \"{_SAVE}\"",
    ]
    assert _speaker(paragraphs, _SAVE)[0] != "Ana Ruiz"


_BRIDGE = "By next rainy season that bridge will be fixed,"


def test_a_titled_surname_inside_a_quotation_reports_the_inner_words() -> None:
    # "Mr." ends no sentence, and after a title the one word is the surname.
    paragraphs = [
        "Area representative Rodwell Ical promised a new bridge at the start of last year.",
        "Resident Juanita Makin said she had never seen the river rise so fast. “Mr. Ical "
        f"told us last year, ‘{_BRIDGE}’ and look at it now,” she said.",
    ]
    assert _speaker(paragraphs, _BRIDGE) == ("Rodwell Ical", "name")


_WATER = "I have lived here forty years, I know this water,"


def test_her_after_an_unnamed_woman_gives_the_named_man_no_sex() -> None:
    # "her family" is the unnamed woman's: the victim stays a man, "Mr Moutou" stays him, and
    # the "He" his nephew quotes is him.
    paragraphs = [
        "The victims were identified by police as Louis-Marie Moutou, 71, a retired "
        "fisherman, and a 40-year-old woman whose name has not been released pending "
        "notification of her family. Mr Moutou was swept away while clearing a drain.",
        "His nephew, Alain Moutou, said the family had begged him to stay indoors. “He told "
        f"us, ‘{_WATER}’” the 29-year-old said.",
    ]
    assert _speaker(paragraphs, _WATER) == ("Louis-Marie Moutou", "name")


_FOGGING = "Fogging is the government's job."
_TAKE_IT = "take it or leave it"


def test_they_inside_a_quotation_are_the_people_its_words_named_before() -> None:
    paragraphs = [
        "Health teams have sprayed every house in Kampong Ayer this month.",
        "“Some residents were reluctant at first. They told us, "
        f"‘{_FOGGING}’ Now they ask for it,” said village head Awang Tahir.",
    ]
    assert _speaker(paragraphs, _FOGGING) == ("some residents", "description")


def test_they_inside_a_quotation_are_the_people_the_story_named_before_it() -> None:
    paragraphs = [
        "Growers in Kasungu say officials set the price at the farm gate every season.",
        f"“They come with their trucks and they tell us ‘{_TAKE_IT}’,” said grower Mercy "
        "Banda.",
    ]
    assert _speaker(paragraphs, _TAKE_IT) == ("officials", "description")


def test_they_after_another_they_are_not_the_people_named_before() -> None:
    # "them" stands between: whom "They" are, the words no longer say.
    paragraphs = [
        "Health teams have sprayed every house in Kampong Ayer this month.",
        "“Some residents were reluctant, and the council sent a letter to them. They told "
        f"us, ‘{_FOGGING}’ Now they ask for it,” said village head Awang Tahir.",
    ]
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert quotes and all(q.speaker != "some residents" for q in quotes)


_WINDOW = "He opened the window and told me to wait for the last 200 metres,"


def test_a_name_inside_a_sentence_about_he_is_not_whom_he_said_goes_on_with() -> None:
    # The sentence before is about the rider ("He said afterwards ..."); his coach is only
    # brought in by its clause, and "he recalled" is still the rider.
    paragraphs = [
        "“I was suffering on every bend,” said Dawit Haile, 21, after winning the national "
        "road race.",
        "It was the first national title for the young rider. He said afterwards that the "
        "decisive moment came 18 kilometres from the finish, when his coach, Mr. Samuel "
        "Tesfay, drove up alongside him in the team car.",
        f"“{_WINDOW}” he recalled.",
    ]
    assert _speaker(paragraphs, _WINDOW) == ("Dawit Haile", "name")


_SHOULDERS = "Yesterday I thought it was finished for us. My shoulders were gone,"


def test_a_full_name_with_an_age_just_before_is_he_over_an_earlier_man_with_a_role() -> None:
    # No list knows the sex of "Edelberto"; his age set off after his surname in the sentence
    # before makes him the one "he" goes on with, not the soldier named a paragraph earlier.
    paragraphs = [
        "After four days of paddling, Edelberto Tzul, Marcos Pop and Edwin Coc crossed the "
        "finish line this afternoon to win the river race.",
        "The Cayo crew finished four minutes ahead of the army canoe of Private Kenneth "
        "Gentle and Private Julian Pop, which had led after Sunday's stage.",
        "Tzul, 38, who has now won the race three times, had to be helped out of the canoe "
        f"by supporters. \"{_SHOULDERS}\" he said.",
    ]
    assert _speaker(paragraphs, _SHOULDERS) == ("Edelberto Tzul", "name")


# The adversarial review of this round's rules: each case below went wrong under the first
# version of a rule.


def test_a_titled_surname_right_after_a_namesake_in_its_paragraph_stays_theirs() -> None:
    paragraphs = [
        "Ms Priya Nair, the school's principal, said the new building would open in June.",
        "Divya Nair, who left the school in 2015, now runs a bakery across the road. Ms Nair, "
        "27, said she had supplied the school canteen since it reopened.",
        "“They order two hundred rolls a day,” she said.",
    ]
    assert _speaker(paragraphs, "They order two hundred rolls a day,") == (
        "Divya Nair", "name")


def test_a_name_set_off_after_whose_role_it_is_is_not_the_speaker() -> None:
    paragraphs = [
        "Hundreds gathered outside the court on Friday.",
        "The family of the dead man, Ahmad Karimi, released a statement: “We want the truth "
        "and nothing less.”",
    ]
    assert _speaker(paragraphs, "We want the truth and nothing less.")[0] != "Ahmad Karimi"


def test_a_note_someone_found_before_a_colon_is_not_their_words() -> None:
    paragraphs = [
        "Parking wardens in Valletta issued 900 fines in a week.",
        "Some drivers were less lucky than others. Nurse Maria Lopes found a note on her "
        "windscreen: “You are parked in front of my garage. Again.”",
    ]
    assert _speaker(paragraphs, "You are parked in front of my garage. Again.")[0] != (
        "Maria Lopes")


def test_a_titled_surname_inside_a_quotation_is_no_one_of_the_other_sex() -> None:
    paragraphs = [
        "Grace Banda, 58, has sold vegetables at the Lilongwe market since 1990.",
        "She said the council had ignored traders for years. “Mr. Banda from the council "
        "office told us, ‘The roof will be fixed by Christmas,’ and that was three Christmases "
        "ago,” she said.",
    ]
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert all(not (q.text.startswith("The roof") and q.speaker == "Grace Banda")
               for q in quotes)


def test_the_woman_a_name_is_set_off_as_keeps_her_sex() -> None:
    paragraphs = [
        "Efua Mensah, the woman who runs the shelter in Accra, said her beds had been full "
        "since March.",
        "Her brother, Kojo Mensah, who drives the shelter's van, said donations had dried up.",
        "“We turn people away every night,” Ms Mensah said.",
    ]
    assert _speaker(paragraphs, "We turn people away every night,") == ("Efua Mensah", "name")


def test_they_after_a_body_the_speaker_rang_are_not_the_people_named_before() -> None:
    paragraphs = [
        "Road works have closed the only bridge into the village of Vrhnika.",
        "“The neighbours kept asking when the road would reopen, so we rang the ministry. "
        "They told us, ‘Not before March,’ and hung up,” said shop owner Mojca Novak.",
    ]
    from socialkit.quotes import extract_quotes

    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert all(q.speaker != "the neighbours" for q in quotes)


def test_they_inside_a_quotation_are_the_people_that_open_the_sentence_before_it() -> None:
    # (Found in the whole-change read: a plural opening its sentence is capitalised.)
    paragraphs = [
        "Officials set the price at the farm gate every season.",
        f"“They come with their trucks and they tell us ‘{_TAKE_IT}’,” said grower Mercy "
        "Banda.",
    ]
    assert _speaker(paragraphs, _TAKE_IT) == ("officials", "description")
