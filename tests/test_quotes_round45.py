"""Round forty-five. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Power cuts return as plant breaks down")


def test_initials_defined_in_brackets_are_the_body_named_in_full() -> None:
    # "Deutsche Landesbahn (DLB) ... DLB said": the story's own key to its initials; the post
    # names the body as the story first did.
    paragraphs = [
        "Rail operator Deutsche Landesbahn (DLB) cancelled 400 trains on Monday as drivers"
        " walked out.",
        "\u201cWe are doing everything in our power to get people home,\u201d DLB said in a"
        " statement.",
    ]
    quote = _quote(paragraphs, "We are doing everything in our power to get people home,")
    assert (quote.speaker, quote.speaker_kind) == ("Deutsche Landesbahn", "organisation")


def test_a_members_party_in_brackets_is_not_the_member() -> None:
    # "Kwame Asante (NPP)": initials after a person's name are their party, not their name.
    paragraphs = [
        "Kwame Asante (NPP) opposed the levy in Parliament on Tuesday.",
        "\u201cThe traders cannot pay,\u201d Asante said.",
        "\u201cWe will vote against any increase,\u201d the NPP said in a statement.",
    ]
    assert _quote(paragraphs, "The traders cannot pay,").speaker == "Kwame Asante"
    party = _quote(paragraphs, "We will vote against any increase,")
    assert party.speaker != "Kwame Asante"


def test_a_saints_word_opens_a_place_in_a_bodys_name() -> None:
    # "Saint Lucia" is a country: its given name is no person's, and the body's name goes on
    # past "and"; "Royal" and "Saint" inside a police force's name are no titles.
    paragraphs = [
        "The Saint Lucia Medical and Dental Association, in a statement on Thursday, urged"
        " the public to avoid aspirin, saying it could \u201cincrease the risk of bleeding\u201d.",
        "The Royal Saint Lucia Police Force said the scene was \u201cprocessed overnight\u201d.",
    ]
    doctors = _quote(paragraphs, "increase the risk of bleeding")
    assert (doctors.speaker, doctors.speaker_kind) == (
        "Saint Lucia Medical and Dental Association", "organisation")
    assert _quote(paragraphs, "processed overnight").speaker == "Royal Saint Lucia Police Force"


def test_fr_is_a_priests_title() -> None:
    # "Fr Declan Moran" is Father Declan Moran (Irish and British usage), credited by name;
    # "St Patrick" beside him is a saint named in one word.
    paragraphs = [
        "Parish priest Fr Declan Moran spoke at the St Patrick's Day parade on Sunday.",
        "\u201cThe town turned out in the rain,\u201d Fr Moran said.",
    ]
    assert _quote(paragraphs, "The town turned out in the rain,").speaker == "Declan Moran"


def test_a_title_in_a_trophys_name_makes_no_person() -> None:
    # "the Fr Hughes Cup" is a trophy: with "Fr" a title, it must not become a priest who
    # speaks.
    paragraphs = [
        "Kilbrack beat Dunmore by two points in Sunday's county final.",
        "Accepting the Fr Hughes Cup, the Kilbrack captain thanked the crowd, saying \u201cthis"
        " one is for the parish\u201d.",
    ]
    assert _quote(paragraphs, "this one is for the parish").speaker != "Hughes Cup"


def test_a_portfolio_joined_by_and_is_no_one_and_its_holder_is_the_minister() -> None:
    # Commonwealth style: the office's portfolios, joined by "and", before the holder's name;
    # no portfolio word is a person, and "the minister" is the holder.
    for office, holder in (
        ("Minister of Territorial Administration and Infrastructure", "Davit Gevorgyan"),
        ("Minister of Rural Development and Local Government", "Cuthbert Wong Chong"),
        ("Minister for Rural and Maritime Development and Disaster Management",
         "Josefa Tuivanuavou"),
    ):
        paragraphs = [
            f"{office} {holder} toured the flooded villages on Tuesday.",
            "\u201cOur teams are on the ground,\u201d the minister said.",
        ]
        assert _quote(paragraphs, "Our teams are on the ground,").speaker == holder


def test_an_age_that_acts_before_a_quotation_is_whom_the_age_is() -> None:
    # "Asked about his second goal, the 19-year-old grinned. “...”": as "he grinned" would,
    # the age's sentence hands the quotation after it to the person the age is.
    paragraphs = [
        "Kai Okafor, 19, scored twice as Harlow beat Dunmore 3-1 on Saturday.",
        "Asked about his second goal, the 19-year-old grinned. \u201cI saw the keeper off his"
        " line and thought, why not?\u201d",
    ]
    quote = _quote(paragraphs, "I saw the keeper off his line and thought, why not?")
    assert quote.speaker == "Kai Okafor"


def test_a_name_set_off_after_someones_kin_is_the_speaker() -> None:
    # "Mr Murphy’s wife of 38 years, Bernadette Murphy, said": the name set off before the
    # cue is the wife's, not the possessive's, however many words the kin noun takes.
    paragraphs = [
        "Declan Murphy, 64, died when his tractor overturned in February.",
        "In a statement, Mr Murphy\u2019s wife of 38 years, Bernadette Murphy, said her husband"
        " \u201cnever took a day off sick in his life\u201d.",
    ]
    quote = _quote(paragraphs, "never took a day off sick in his life")
    assert quote.speaker == "Bernadette Murphy"


def test_an_office_of_a_body_with_its_title_cut_is_no_one() -> None:
    # "Former Principal of the college W. A. D. Jayasundera said": "Principal" is the office,
    # never a person of that name.
    paragraphs = [
        "Former Principal of the college W. A. D. Jayasundera said the coach had turned down"
        " offers from Colombo, calling it \u201ca matter of loyalty\u201d.",
    ]
    assert _quote(paragraphs, "a matter of loyalty").speaker == "W. A. D. Jayasundera"


def test_further_is_an_adverb_not_a_word_of_the_description() -> None:
    paragraphs = [
        "Two men were arrested on Monday.",
        "A police spokesman further said the men would \u201cappear in court on Friday\u201d.",
    ]
    assert _quote(paragraphs, "appear in court on Friday").speaker == "a police spokesman"


def test_a_members_party_initials_do_not_make_her_a_body() -> None:
    # "Sorca Clarke (SF)": initials that open as her name does are still her party's.
    paragraphs = ["Sorca Clarke (SF) said the figures showed \u201ca system at breaking"
                  " point\u201d."]
    quote = _quote(paragraphs, "a system at breaking point")
    assert (quote.speaker, quote.speaker_kind) == ("Sorca Clarke", "name")


def test_two_ministers_joined_by_and_keep_their_names() -> None:
    paragraphs = [
        "Minister for Finance Paschal Donohoe and Minister for Public Expenditure Jack"
        " Chambers presented the budget on Tuesday.",
        "\u201cThis is a budget for families,\u201d Donohoe said.",
    ]
    assert _quote(paragraphs, "This is a budget for families,").speaker == "Paschal Donohoe"


def test_an_age_two_people_share_names_neither() -> None:
    # "Kai Okafor, 19, and Ben Mills, 19,": "the 19-year-old" is either; the story's words.
    paragraphs = [
        "Kai Okafor, 19, and Ben Mills, 19, both scored as Harlow drew 2-2 on Saturday.",
        "Asked about the late equaliser, the 19-year-old grinned. \u201cI just closed my eyes"
        " and hit it.\u201d",
        "\u201cIt was a tap-in,\u201d the 19-year-old said of the opener.",
    ]
    assert _quote(paragraphs, "I just closed my eyes and hit it.").speaker is None
    assert _quote(paragraphs, "It was a tap-in,").speaker == "the 19-year-old"


def test_an_institution_is_a_body_and_its_initials_its_name() -> None:
    # "National" before "Lifeboat Institution" is no title: the body's name is whole, and
    # "the RNLI" it.
    paragraphs = [
        "The Royal National Lifeboat Institution (RNLI) rescued three fishermen on Saturday.",
        "\u201cThe crew did an outstanding job,\u201d the RNLI said.",
    ]
    quote = _quote(paragraphs, "The crew did an outstanding job,")
    assert quote.speaker == "Royal National Lifeboat Institution"


def test_portfolios_listed_with_commas_or_set_off_before_the_holder_are_no_one() -> None:
    cases = (
        ("Minister for Housing, Local Government and Heritage Darragh O\u2019Brien said the"
         " target was \u201cwithin reach\u201d.", "within reach", "Darragh O\u2019Brien"),
        ("Ireland\u2019s Minister for Health, Jennifer Carroll MacNeill, said the hospital would"
         " be \u201cbuilt on time\u201d.", "built on time", "Jennifer Carroll MacNeill"),
    )
    for paragraph, text, holder in cases:
        assert _quote([paragraph], text).speaker == holder


def test_a_noun_for_a_person_before_a_name_the_census_lacks_is_a_role() -> None:
    # "Magistrate Annelie Oosthuizen", "Defender Callum McTavish": the post credits the name;
    # a trade bodies have too ("Publisher Oxbow Interactive") leaves the body whole.
    cases = (
        ("Magistrate Annelie Oosthuizen said there was \u201cno firm date\u201d.",
         "no firm date", "Annelie Oosthuizen"),
        ("Defender Callum McTavish said he had \u201clearned more in six months\u201d.",
         "learned more in six months", "Callum McTavish"),
    )
    for paragraph, text, speaker in cases:
        assert _quote([paragraph], text).speaker == speaker
    body = _quote(["Publisher Oxbow Interactive said the studio would \u201cstreamline\u201d."],
                  "streamline")
    assert body.speaker != "Oxbow"
