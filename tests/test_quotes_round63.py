"""Round sixty-three. Snippets written for these tests."""

from __future__ import annotations

from socialkit.models import Quote
from tests.quotes_article import quote_opening, quotes_by_text, reported_quote


def _quote(paragraphs: list[str], opening: str) -> Quote:
    return quote_opening(paragraphs, opening, title="Squad row grows before the championships")


def test_a_title_case_dateline_before_a_dash_is_never_the_speaker() -> None:
    # "Addis Abeba" had been a person, and the sentence's first name the one who described.
    paragraphs = [
        "Bahir Dar \u2013 Two cyclists have been dropped from the regional team for next "
        "week's tour, in a decision described as \u201chasty and unfair\u201d.",
        "The federation met in Bahir Dar on Monday to confirm the team.",
    ]
    assert _quote(paragraphs, "hasty and unfair").speaker != "Bahir Dar"


def test_a_title_case_dateline_keeps_a_person_the_story_names_again_by_surname() -> None:
    paragraphs = [
        "Selam Haile \u2013 runner, coach and now author \u2013 has written a memoir of her "
        "twenty years on the roads.",
        "\u201cI wrote it for the girls in my village,\u201d Haile said.",
    ]
    assert _quote(paragraphs, "I wrote it").speaker == "Selam Haile"


def test_a_clause_without_which_after_a_noun_is_said_by_its_own_subject() -> None:
    # The sentence's subject (the fouled player) had been credited with "gutless".
    paragraphs = [
        "Tevita Moala was sin-binned in the second half for a late hit on Sione Latu, a call "
        "Harbour coach Peni Tonga labelled \u201cgutless\u201d after the match.",
    ]
    quote = _quote(paragraphs, "gutless")
    assert (quote.speaker, quote.role) == ("Peni Tonga", "Harbour coach")


def test_the_subject_of_such_a_clause_may_be_set_off_after_its_description() -> None:
    paragraphs = [
        "Addis Abeba \u2013 The federation removed two runners from its squad for missing a "
        "camp in Sululta, a decision one of the athletes, Tsehay Gebru, described as "
        "\u201cunfair and rushed\u201d.",
    ]
    assert _quote(paragraphs, "unfair and rushed").speaker == "Tsehay Gebru"


def test_such_a_clause_said_by_a_body_described() -> None:
    paragraphs = [
        "The latest figures from the Highland Farm Institute show incomes on hill farms fell "
        "to \u20ac9,100 last year, a level the institute described as \u201cnot viable without "
        "support\u201d.",
    ]
    assert _quote(paragraphs, "not viable").speaker == "Highland Farm Institute"


def test_a_preposition_after_the_noun_is_no_such_clause() -> None:
    # "an analyst at Fraser Hollis Securities" is her description, not a clause's subject.
    paragraphs = [
        "Mai Tran, an analyst at Westbrook Securities Inc., described the offer as "
        "\u201cfair but not generous\u201d.",
    ]
    assert _quote(paragraphs, "fair but not").speaker == "Mai Tran"


def test_a_common_noun_before_a_team_is_not_part_of_the_role() -> None:
    # The role had been "call Harbour coach", "ninth off Monarchs closer".
    paragraphs = [
        "The winning run came in the ninth off Monarchs closer Dele Awoniyi, who threw a "
        "fastball over the middle.",
        "\u201cI left it right there,\u201d Awoniyi said.",
    ]
    quote = _quote(paragraphs, "I left it")
    assert (quote.speaker, quote.role) == ("Dele Awoniyi", "Monarchs closer")


def test_the_deputy_in_a_description_is_the_deputy_not_the_office_holder_named_later() -> None:
    # "the former deputy mayor" had gone to the mayor the story names further on.
    paragraphs = [
        "A regional court on Tuesday jailed former Kralovo deputy mayor Tomas Zeman for five "
        "years over rigged clinic tenders.",
        "\u201cNobody has found any money in my accounts,\u201d the former deputy mayor said "
        "outside the court.",
        "Kralovo Mayor Hana Dvorakova welcomed the verdict. \u201cToday is a good day for the "
        "town,\u201d she said.",
    ]
    assert _quote(paragraphs, "Nobody has found").speaker == "Tomas Zeman"


def test_a_group_of_people_speaking_as_one_is_described() -> None:
    # "the jury said" had no speaker, where "the family said" had its description.
    paragraphs = [
        "The Gulf fiction prize went on Saturday to a first novel set among pearl divers.",
        "In its citation, the jury said: \u201cThe book gives voice to the women who waited "
        "on the shore.\u201d",
    ]
    quote = _quote(paragraphs, "The book gives voice")
    assert (quote.speaker, quote.speaker_kind) == ("the jury", "description")


def test_a_name_known_among_people_is_no_quotation() -> None:
    paragraphs = [
        "Abdi Kedir, a 24-year-old from Arsi known among fans as \u201cthe Asella Lion\u201d, "
        "was left out of the squad.",
        "\u201cI will run again,\u201d Kedir said.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"I will run again,"}


def test_a_nickname_whoever_gave_it_is_no_quotation() -> None:
    paragraphs = [
        "Researchers have nicknamed the ridge \u201cthe Saw\u201d for its broken teeth of rock.",
        "\u201cIt is the youngest ridge we know,\u201d said Dr Ana Petrova.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"It is the youngest ridge we know,"}


def test_a_term_after_so_called_is_no_quotation_where_no_one_speaks() -> None:
    paragraphs = [
        "Hospitals are struggling with so-called \u201ccorridor care\u201d over the winter.",
        "\u201cWe are full every night,\u201d said nurse Jo Allan.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"We are full every night,"}


def test_what_a_group_of_people_calls_a_thing_is_no_quotation() -> None:
    paragraphs = [
        "Police closed the coast road, a stretch that residents jokingly call "
        "\u201cthe river\u201d because it floods whenever it rains.",
        "\u201cWe cannot get to work,\u201d said Salem Obaid.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"We cannot get to work,"}


def test_what_a_group_called_something_in_a_verdict_stays_a_quotation() -> None:
    paragraphs = [
        "More than 200 jobs are to go at the plant, in what union leaders have called a "
        "\u201chammer blow\u201d for the town.",
    ]
    assert set(quotes_by_text(paragraphs)) == {"hammer blow"}


def test_a_name_before_a_long_verb_phrase_and_said_speaks_the_inner_quotation() -> None:
    paragraphs = [
        "Striker Adam Novak scored the winner in the third period.",
        "\u201cAdam came to me in the dressing room and said, \u2018Just stand in front of the "
        "goalie,\u2019 and I did,\u201d coach Pavel Horak said.",
    ]
    inner = reported_quote(paragraphs, "Just stand in front of the goalie,")
    assert inner is not None and (inner.speaker, inner.reported_by) == (
        "Adam Novak", "Pavel Horak")


def test_someone_shouting_an_inner_quotation_speaks_it() -> None:
    paragraphs = [
        "Omar Beridze, 64, lost his house when the river burst its banks.",
        "\u201cWe heard thunder. Then a neighbour came running, shouting \u2018the water is "
        "coming, get out\u2019 and we ran,\u201d Beridze said.",
    ]
    inner = reported_quote(paragraphs, "the water is coming, get out")
    assert inner is not None and (inner.speaker, inner.speaker_kind) == (
        "a neighbour", "description")


def test_a_place_known_locally_by_a_long_name_is_no_quotation_beside_a_speaker() -> None:
    paragraphs = [
        "Police said the bus left the road on the stretch known locally as \u201cla Curva del "
        "Diablo,\u201d a bend where three people have died since 2019.",
    ]
    assert set(quotes_by_text(paragraphs)) == set()


def test_what_someone_was_dubbed_is_a_name() -> None:
    paragraphs = [
        "Ogilvie, who was dubbed \u201cthe Houdini of the Championship\u201d after keeping "
        "Rovers up, said he was proud.",
    ]
    assert set(quotes_by_text(paragraphs)) == set()


def test_a_verdict_someone_dubs_or_a_group_calls_a_thing_stays_a_quotation() -> None:
    # The review's cases: dropped as names at the first cut of the naming rules.
    for sentence, words in (
        ("Critics dubbed the new stadium \u201ca white elephant\u201d long before it opened.",
         "a white elephant"),
        ("The tax, which farmers called \u201cdaylight robbery\u201d, was scrapped on Friday.",
         "daylight robbery"),
        ("Union members referred to the offer as \u201can insult\u201d and voted to strike.",
         "an insult"),
        ("The deal was signed in secret, in what several leading opposition figures called "
         "\u201ca betrayal\u201d of the country.", "a betrayal"),
    ):
        assert set(quotes_by_text([sentence])) == {words}


def test_a_name_before_a_dash_and_a_description_of_a_person_is_no_dateline() -> None:
    paragraphs = [
        "Kamla Ramdial \u2013 The Opposition Leader yesterday accused the Government of hiding "
        "the true state of the Treasury.",
        "\u201cThe people deserve the truth,\u201d she said at a rally in Chaguanas.",
    ]
    assert _quote(paragraphs, "The people deserve").speaker == "Kamla Ramdial"


def test_an_office_opening_its_sentence_set_off_before_the_name_is_the_role() -> None:
    paragraphs = [
        "Minister of Infrastructure Development, Stanley Gapu, rejected the claims in "
        "Parliament on Tuesday.",
        "\u201cThere is nothing hidden in this contract,\u201d the Minister added.",
    ]
    quote = _quote(paragraphs, "There is nothing hidden")
    assert (quote.speaker, quote.role) == ("Stanley Gapu", "Minister of Infrastructure Development")


def test_what_someone_is_dubbed_by_no_one_named_is_a_name_whatever_its_case() -> None:
    paragraphs = [
        "The younger Park, dubbed \u201cquiet crown prince\u201d by local media, signed for "
        "three more years on Monday.",
    ]
    assert set(quotes_by_text(paragraphs)) == set()
