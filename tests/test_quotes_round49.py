"""Round forty-nine. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Harbour promenade works begin")


def test_a_place_after_a_preposition_is_not_who_she_is() -> None:
    # "to Ras Tanbal" ends the sentence before the quotation: two capitalised words no given
    # name, sex or role shows to be a person, after "to", are where the promenade runs.
    paragraphs = [
        "Port authority spokesperson Leila Haddad told reporters the owners had been warned.",
        "\u201cNobody is being moved without notice,\u201d Haddad said.",
        "She said the promenade would run for three kilometres from the old lighthouse to "
        "Ras Tanbal, with free public access. \u201cThe beaches will stay free of charge,\u201d "
        "she said.",
    ]
    quote = _quote(paragraphs, "The beaches will stay free of charge,")
    assert quote.speaker == "Leila Haddad"


def test_according_to_still_brings_someone_in() -> None:
    # "According to Kalogeropoulos": the name after "to" is who the story turns to, not a place.
    paragraphs = [
        "\u201cWe were expecting a farmhouse,\u201d said Manolis Kalogeropoulos, the "
        "archaeologist directing the dig for the Lasithi Ephorate of Antiquities.",
        "So far the team has recovered more than 300 crucible fragments and 14 stone molds.",
        "According to Kalogeropoulos, the workshop may have supplied the peak sanctuary on "
        "Kofinas. \u201cIt changes the map of the region,\u201d he said.",
    ]
    quote = _quote(paragraphs, "It changes the map of the region,")
    assert quote.speaker == "Manolis Kalogeropoulos"


def _minister(opening: str) -> list[str]:
    return [
        "Fishers at the Sarteneja cooperative met on Monday to discuss the lobster price.",
        f"{opening} visited the cooperative in the afternoon and promised new markets.",
        "\u201cWe cannot keep all our eggs in one basket,\u201d the minister said.",
    ]


def test_a_portfolio_with_the_is_no_one() -> None:
    # "Minister of the Blue Economy": the portfolio's words after "of the" are no person who
    # could be "the minister"; the holder set off after them is.
    quote = _quote(_minister("The Minister of the Blue Economy, Hon. Marcelino Ayuso,"),
                   "We cannot keep all our eggs in one basket,")
    assert (quote.speaker, quote.role) == ("Marcelino Ayuso", "Minister of the Blue Economy")


def test_hon_before_a_portfolio_holder_is_a_style() -> None:
    # "Hon." styles the holder as "Mr" would: the portfolio before it is still their role.
    quote = _quote(_minister("The Minister for Culture, Hon. Rosanna Toussaint-Bellot,"),
                   "We cannot keep all our eggs in one basket,")
    assert (quote.speaker, quote.role) == ("Rosanna Toussaint-Bellot", "Minister for Culture")


def test_a_day_before_an_office_set_off_is_no_name() -> None:
    # "On Thursday, the Minister, Louis Montegriffo,": "Thursday," is no name the office is
    # apposed to, so the office is his, and "the minister" later is him, not his opponent.
    paragraphs = [
        "During a bad-tempered question time on Thursday, the Minister, Louis Montegriffo, "
        "said the delay was the contractor's fault.",
        "The Leader of the Opposition, Christopher Bonfante, said the Government had lost "
        "control of the project.",
        "\u201cThen the finishes, then the keys,\u201d the minister said.",
    ]
    quote = _quote(paragraphs, "Then the finishes, then the keys,")
    assert (quote.speaker, quote.role) == ("Louis Montegriffo", "Minister")


_FINAL = [
    "Belmopan Jaguars won the final in stoppage time on Sunday.",
    "Captain Kenroy Nunez, 31, levelled from the penalty spot in the 71st minute.",
    "The winner belonged to 17-year-old Dwayne Nunez, the captain's younger brother, who had "
    "come off the bench ten minutes earlier.",
    "\u201cI just closed my eyes and hit it,\u201d the teenager said.",
]


def test_the_teenager_is_the_one_person_aged_thirteen_to_nineteen() -> None:
    quote = _quote(_FINAL, "I just closed my eyes and hit it,")
    assert quote.speaker == "Dwayne Nunez"


def test_two_teenagers_leave_the_teenager_as_the_story_says() -> None:
    # With two people in their teens, which one "the teenager" is the story does not say.
    paragraphs = [_FINAL[0], _FINAL[1].replace("31", "18"), *_FINAL[2:]]
    quote = _quote(paragraphs, "I just closed my eyes and hit it,")
    assert (quote.speaker, quote.speaker_kind) == ("the teenager", "description")


def test_a_nickname_in_single_marks_stays_out_of_the_name() -> None:
    # "Winston 'Bumper' Ferguson": the closing mark is no apostrophe of "Bumper' Ferguson".
    for opening, closing in (("'", "'"), ("\u2018", "\u2019")):
        paragraphs = [
            "Junkanoo leader Percival Bain died on Sunday at the age of 81.",
            f"Winston {opening}Bumper{closing} Ferguson, who led the rival Raiders for 25 "
            "years, said the two men had been friends off the parade route.",
            "\u201cWe fought every Boxing Day and ate together every Sunday,\u201d Ferguson said.",
        ]
        quote = _quote(paragraphs, "We fought every Boxing Day and ate together every Sunday,")
        assert quote.speaker == "Winston Ferguson"


def test_a_subject_set_off_twice_still_reaches_its_verb() -> None:
    # "X, his granddaughter, who plays cowbell in the front line, said": an appositive and a
    # "who" clause, then the verb; she is the subject "the 23-year-old" follows.
    paragraphs = [
        "Junkanoo leader Percival Bain died at his home on Sunday. He was 84.",
        "Shavonne Bain, his granddaughter, who plays cowbell in the group's front line, said "
        "he had been a demanding teacher.",
        "\u201cHe made me build my first drum when I was seven,\u201d the 23-year-old said.",
    ]
    quote = _quote(paragraphs, "He made me build my first drum when I was seven,")
    assert quote.speaker == "Shavonne Bain"


def test_a_cue_inside_a_relative_clause_after_a_fragment_is_not_the_nouns() -> None:
    # "by the main contractor, which he said had missed": "he" says it, not the contractor;
    # the fragment is the minister's, the subject of the sentence before it.
    paragraphs = [
        "During question time on Thursday, the Minister, Louis Montegriffo, said the delay was "
        "the result of \u201cserious shortcomings\u201d by the main contractor, which he said "
        "had missed three completion dates.",
    ]
    quote = _quote(paragraphs, "serious shortcomings")
    assert (quote.speaker, quote.cue) == ("Louis Montegriffo", "said")



def test_a_phrase_setting_the_scene_is_no_role() -> None:
    # "On the other bench, Mauricio Cantero was delighted": no "other bench" of his.
    paragraphs = [
        "Valdemora lost 2-3 at home on Sunday.",
        "On the other bench, Mauricio Cantero was delighted with his team.",
        "\u201cTwice we went behind and twice the team reacted,\u201d Cantero said.",
    ]
    quote = _quote(paragraphs, "Twice we went behind and twice the team reacted,")
    assert (quote.speaker, quote.role) == ("Mauricio Cantero", None)


def test_a_given_name_the_census_lacks_opens_a_nicknamed_name() -> None:
    # "Kerwin ‘Bobo’ Alleyne" opening the story: the nickname shows "Kerwin" to be a name.
    paragraphs = [
        "Kerwin \u2018Bobo\u2019 Alleyne, 31, of Rock River Road, Moruga, pleaded guilty in "
        "the High Court on Monday.",
        "\u201cI am sorry for what I did,\u201d Alleyne said.",
    ]
    quote = _quote(paragraphs, "I am sorry for what I did,")
    assert quote.speaker == "Kerwin Alleyne"


def test_a_name_with_a_parent_company_is_a_body() -> None:
    # "Brightwell Homecare's parent company": a body, so "she" after "told Brightwell" is the
    # care worker, not the firm read as a woman.
    paragraphs = [
        "Brightwell Homecare's parent company, Halcyon Care Group, did not respond to our "
        "questions.",
        "Priya says she has found a new sponsor, but she has not yet told Brightwell she is "
        "leaving.",
        "\u201cI am scared of the letter that will come,\u201d she said.",
    ]
    quote = _quote(paragraphs, "I am scared of the letter that will come,")
    assert quote.speaker == "Priya"


def test_a_name_set_off_before_a_dash_aside_is_the_descriptions() -> None:
    # "ILSA’s chairman, Tom Hennessy — no relation — said": the aside between dashes is no
    # reason to credit the body whose chairman he is.
    for aside in ("\u2014 no relation \u2014", "\u2013 the two are cousins \u2013"):
        paragraphs = [
            "Tipperary ILSA chairwoman Siobh\u00e1n Ryan-Maher said farmers were angry. "
            "P\u00e1draig Hennessy, a farmer, agreed.",
            f"ILSA\u2019s national livestock chairman, Tom Hennessy {aside} said farmers were "
            "selling cattle \u201cbelow the cost of production\u201d.",
        ]
        quote = _quote(paragraphs, "below the cost of production")
        assert quote.speaker == "Tom Hennessy"


def test_a_company_without_its_trade_and_legal_suffix_is_the_company() -> None:
    paragraphs = [
        "The marina is promoted by Limassol-based Seaview Meridian Developments Ltd.",
        "In a written statement, Seaview Meridian said the project had been "
        "\u201cdesigned hand in hand with independent ecologists\u201d.",
    ]
    quote = _quote(paragraphs, "designed hand in hand with independent ecologists")
    assert (quote.speaker, quote.speaker_kind) == (
        "Seaview Meridian Developments Ltd", "organisation")


def test_a_founders_board_of_advisers_leaves_her_a_person() -> None:
    # Review: "Ngozi Okeke's board of advisers" is hers; only a body has a parent company.
    paragraphs = [
        "Ngozi Okeke's board of advisers met in Lagos on Monday to discuss the sale.",
        "\u201cI built this company, but it no longer needs me,\u201d Okeke said.",
        "\u201cI will stay on until June,\u201d she said.",
    ]
    quote = _quote(paragraphs, "I will stay on until June,")
    assert (quote.speaker, quote.speaker_kind) == ("Ngozi Okeke", "name")


def test_under_a_new_manager_the_office_set_off_is_his() -> None:
    # Review: "Under the new manager, Tom Hale," is his office, not a scene.
    paragraphs = [
        "Under the new manager, Tom Hale, Rovers have won four in a row.",
        "\u201cThe lads believe in what we are doing,\u201d the manager said.",
    ]
    quote = _quote(paragraphs, "The lads believe in what we are doing,")
    assert (quote.speaker, quote.role) == ("Tom Hale", "new manager")
