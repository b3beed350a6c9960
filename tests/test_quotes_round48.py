"""Round forty-eight. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Veteran singer honoured at festival")

_HONOURED = [
    "Veteran singer Mariam Haddad-Ostrova was honoured on Friday at the opening of the "
    "festival in Limassol.",
    "The 78-year-old, who has made more than 40 albums, walked onto the stage on the arm of "
    "her son, producer Karim Haddad-Ostrova, as the orchestra played.",
    "The festival director described Haddad-Ostrova as \u201cthe voice of three generations\u201d.",
    "\u201cNobody told me that the voice changes and the love stays,\u201d Haddad-Ostrova told "
    "the audience.",
]


def test_a_relative_named_in_passing_does_not_take_the_surname() -> None:
    # The son is named after "on the arm of her son,": in passing. The bare surname stays the
    # singer's, the story's subject, though he was named last.
    quote = _quote(_HONOURED, "Nobody told me that the voice changes and the love stays,")
    assert quote.speaker == "Mariam Haddad-Ostrova"


def test_a_relative_brought_in_as_the_subject_takes_the_surname() -> None:
    # "Her brother, X, said ...": brought in as the one who speaks, he is "Mr Gallagher".
    paragraphs = [
        "Michael Gallagher, a retired farmer, was brought to the emergency department at 2am.",
        "Her brother, Padraig Gallagher, who drove up from Ballyferris, said the family had "
        "been told there was nowhere to put him.",
        "\u201cThe nurses were incredible,\u201d Mr Gallagher said.",
    ]
    quote = _quote(paragraphs, "The nurses were incredible,")
    assert quote.speaker == "Padraig Gallagher"


def test_one_named_as_no_relation_takes_the_surname() -> None:
    # "the father of Eilidh McIntyre, no relation to the union official": named to be quoted.
    paragraphs = [
        "Morag McIntyre, the union's Scottish secretary, said nurses had no choice.",
        "\u201cNobody here wanted it,\u201d Ms McIntyre said.",
        "Among them was the father of Eilidh McIntyre, no relation to the union official, "
        "whose operation had been put off twice.",
        "\u201cHe's 81 and he can barely get up the stairs,\u201d said Ms McIntyre, from Larbert.",
    ]
    quote = _quote(paragraphs, "He's 81 and he can barely get up the stairs,")
    assert quote.speaker == "Eilidh McIntyre"


def test_she_after_a_sentence_with_a_man_as_object_is_its_subject() -> None:
    # "She said" goes on from the sentence before, whose subject is a woman; her son, named
    # as its object, is no rival for "she". So "the 34-year-old" is her.
    paragraphs = [
        "The ward has had three deaths this month, the hospital said.",
        "Amina Saleh Al-Qadi, a mother of four from Al-Hawak district, brought her youngest "
        "son, Hamza, to the hospital after three days of fever. She said a private clinic had "
        "sent them home.",
        "\u201cI sold my ring to pay for the taxi,\u201d the 34-year-old said.",
    ]
    quote = _quote(paragraphs, "I sold my ring to pay for the taxi,")
    assert quote.speaker == "Amina Saleh Al-Qadi"


def test_a_hyphenated_name_before_district_is_a_place() -> None:
    # "from Al-Hawak district": "Al" is a given name, but not before a word for a place.
    from socialkit.quotes.names import NameIndex

    body = "Amina Al-Qadi, a mother from Al-Hawak district, said it was bad."
    index = NameIndex(body, body)
    kinds = {m.entity.name: m.entity.kind for m in index.mentions}
    assert kinds.get("Al-Hawak") == "place"


def test_whose_son_a_subject_is_is_no_rival() -> None:
    # "Al-Harazi's son, Mohammed Ali Al-Harazi, studied ...": the father, named in the
    # possessive, says who the subject is; "the 27-year-old" is the son.
    paragraphs = [
        "\u201cFor us, it is the price of a month of work,\u201d said Ali Hussein Al-Harazi, "
        "61, who grows coffee above the village.",
        "Al-Harazi's son, Mohammed Ali Al-Harazi, studied agriculture and returned last year "
        "to build an export business. He said the first lot had not shipped.",
        "\u201cWe sorted every bean by hand,\u201d the 27-year-old said.",
    ]
    quote = _quote(paragraphs, "We sorted every bean by hand,")
    assert quote.speaker == "Mohammed Ali Al-Harazi"


def test_st_after_a_given_name_opens_a_surname() -> None:
    # "Andrea St Hill", "Kevon Andre St Luce": Caribbean surnames "St" opens; no saint's title.
    paragraphs = [
        "Kevon Andre St Luce pleaded guilty to manslaughter.",
        "Defence attorney Andrea St Hill asked the court to consider his early plea.",
        "\u201cHe is not a hardened criminal,\u201d St Hill said.",
    ]
    quote = _quote(paragraphs, "He is not a hardened criminal,")
    assert (quote.speaker, quote.role) == ("Andrea St Hill", "Defence attorney")


def test_a_bare_st_surname_gives_no_title() -> None:
    # "St Juste added": "St" is part of her surname, never a role shown in a post.
    paragraphs = [
        "Village council member Marcella St Juste said the channel needed dredging.",
        "\u201cToday it is Anse La Raye. Next month it could be Dennery,\u201d St Juste added.",
    ]
    quote = _quote(paragraphs, "Today it is Anse La Raye. Next month it could be Dennery,")
    assert quote.speaker == "Marcella St Juste"
    assert quote.role != "St"


def test_a_which_clause_in_the_opening_phrase_holds_no_subject() -> None:
    # "In the letter, which she read aloud, St Luce wrote:": the writer speaks, not the
    # lawyer who read it.
    paragraphs = [
        "Kevon Andre St Luce pleaded guilty to manslaughter.",
        "Defence attorney Andrea St Hill asked the court to consider his early plea.",
        "In the letter, which she read aloud, St Luce wrote: \u201cI think about Javon every "
        "day.\u201d",
    ]
    quote = _quote(paragraphs, "I think about Javon every day.")
    assert quote.speaker == "Kevon Andre St Luce"


_OBITUARY = [
    "SANA'A, Feb. 20 \u2014 Abdulqader Yahya Al-Kibsi, the singer and oud player, died on "
    "Tuesday at his home. He was 79.",
    "His eldest son, Yahya Abdulqader Al-Kibsi, said his father had been ill for two years. "
    "\u201cHe could still play,\u201d he said.",
    "In a 2004 interview, Al-Kibsi was dismissive of what he called \u201ckeyboard "
    "weddings\u201d.",
    "Yahya Al-Kibsi said the family would open his father's room to students.",
    "\u201cSomebody must play it every day,\u201d he said.",
]


def test_an_arabic_given_name_the_census_lacks_is_no_trade() -> None:
    # "Abdulqader" ends as "teacher" does, and "Yahya" after it is a given name the Census
    # knows: still one person's name, given name, father's name and family name.
    from socialkit.quotes.names import NameIndex

    body = "\n\n".join(_OBITUARY)
    names = {m.entity.name for m in NameIndex(body, body).mentions}
    assert "Abdulqader Yahya Al-Kibsi" in names
    deputy = "Deputy Minister of Agriculture Abdulmalik Ahmed Al-Thawr defended the fee."
    assert "Abdulmalik Ahmed Al-Thawr" in {
        m.entity.name for m in NameIndex(deputy, deputy).mentions}


def test_a_given_name_and_surname_are_the_one_whose_name_they_open() -> None:
    # "Yahya Al-Kibsi" is the son, Yahya Abdulqader Al-Kibsi, not the father, whose father's
    # name, Yahya, stands second in his.
    quote = quote_with_text(_OBITUARY, "Somebody must play it every day,",
                            title="Abdulqader Al-Kibsi, voice of wedding nights, dies at 79")
    assert quote.speaker == "Yahya Abdulqader Al-Kibsi"


def test_a_name_the_new_subject_speaks_of_is_no_rival_for_he() -> None:
    # "An elderly spice seller ... said he used to hear Al-Kibsi practising": Al-Kibsi is
    # what the seller heard; "he said" after it is still the seller.
    paragraphs = [
        "His eldest son, Yahya Abdulqader Al-Kibsi, said his father had been ill. "
        "\u201cHe could still play,\u201d he said.",
        "An elderly spice seller, who has kept a shop on the same lane for four decades and "
        "asked not to be named, said he used to hear Al-Kibsi practising before dawn. "
        "\u201cFor 40 years he was my alarm clock,\u201d he said, laughing.",
    ]
    quote = _quote(paragraphs, "For 40 years he was my alarm clock,")
    assert (quote.speaker, quote.speaker_kind) == ("an elderly spice seller", "description")


def test_family_who_speak_as_they_are_brought_in_take_the_surname() -> None:
    # "the dead woman's sister, Savitri Ramkissoon, said ...": brought in speaking, she is the
    # "Ramkissoon" of the next tag, not the woman who died.
    paragraphs = [
        "A Mon Repos man was charged with the murder of 44-year-old vendor Dhanmattie "
        "Ramkissoon.",
        "Ramkissoon was selling greens on the market tarmac when an argument broke out.",
        "Outside the court, the dead woman\u2019s sister, Savitri Ramkissoon, said relatives had "
        "waited since morning.",
        "\u201cWe are not here for revenge,\u201d Ramkissoon said.",
    ]
    quote = _quote(paragraphs, "We are not here for revenge,")
    assert quote.speaker == "Savitri Ramkissoon"


def test_the_police_are_the_force_not_the_station() -> None:
    # "the police said" after a police station and the force are named: the station is a
    # building, no body that speaks.
    paragraphs = [
        "The accused turned himself in at the Sparendaam Police Station within hours.",
        "According to a statement issued by the Guyana Police Force (GPF), the vendor was "
        "selling greens when an argument broke out.",
        "\u201cThe woman intervened and was stabbed once,\u201d the police said.",
    ]
    quote = _quote(paragraphs, "The woman intervened and was stabbed once,")
    assert (quote.speaker, quote.speaker_kind) == ("Guyana Police Force", "organisation")


def test_the_younger_mr_x_is_the_son() -> None:
    # "the younger Mr Esparon" is the son, as "the younger Esparon" is.
    paragraphs = [
        "A section of the hillside behind the Esparon family's home gave way at around 2am.",
        "\u201cI heard a noise like thunder,\u201d said Mr Ronny Esparon, 56, who lives in the "
        "house with his wife, their son and two grandchildren.",
        "His son, Kevin Esparon, 29, said the family had raised concerns about the slope "
        "\u201cat least three times\u201d since 2021.",
        "\u201cEach time they came, they looked, and no one ever came back,\u201d the younger "
        "Mr Esparon said.",
    ]
    quote = _quote(paragraphs, "Each time they came, they looked, and no one ever came back,")
    assert quote.speaker == "Kevin Esparon"


def test_a_name_set_off_after_a_role_of_a_named_body_speaks() -> None:
    # 'said the director general of the Division of ... (DRDM), Mr Daniel Sinon.': past the
    # body the role is of, the name set off is the speaker.
    paragraphs = [
        "Heavy rain fell overnight across Mahe.",
        "\u201cOur teams were on the ground from 1am,\u201d said the director general of the "
        "Division of Risk and Disaster Management (DRDM), Mr Daniel Sinon.",
        "\u201cWe are set,\u201d said the head of the Port Board, Mr John Roe.",
    ]
    assert _quote(paragraphs, "Our teams were on the ground from 1am,").speaker == (
        "Daniel Sinon")
    assert _quote(paragraphs, "We are set,").speaker == "John Roe"


def test_whose_nephew_set_off_with_a_who_clause_is_still_the_subject() -> None:
    # "Mr Barbé's nephew, Mr Ralph Barbé, who has led Zenn Takamaka since ..., said ...
    # “...,” he said": the uncle in the possessive and the band in the clause are no rivals.
    paragraphs = [
        "Bass player Mr Roland Quatre, who played alongside Mr Barbé for 22 years, remembered "
        "a demanding bandleader.",
        "\u201cOn stage he was the most generous man,\u201d said Mr Quatre, now 70.",
        "Mr Barb\u00e9's nephew, Mr Ralph Barb\u00e9, who has led Zenn Takamaka since his uncle "
        "stopped touring in 2018, said the band would go on. \u201cTonton taught me my first "
        "chords,\u201d he said.",
    ]
    quote = _quote(paragraphs, "Tonton taught me my first chords,")
    assert quote.speaker == "Ralph Barb\u00e9"


def test_a_titled_st_surname_keeps_its_st() -> None:
    # Review: "Councillor St Juste said" gave the role "Councillor St"; "Kevon St Luce" (a
    # given name the Census lacks) gave "Luce".
    paragraphs = [
        "Councillor Marcella St Juste chaired the meeting. Band leader Kevon St Luce played.",
        "\u201cEvery heavy rain, the water comes in,\u201d Councillor St Juste said.",
        "\u201cI have missed it every single year,\u201d St Luce said.",
    ]
    quote = _quote(paragraphs, "Every heavy rain, the water comes in,")
    assert (quote.speaker, quote.role) == ("Marcella St Juste", "Councillor")
    assert _quote(paragraphs, "I have missed it every single year,").speaker == (
        "Kevon St Luce")


def test_a_wife_named_alongside_does_not_take_the_surname() -> None:
    # Review: "alongside his wife Lorna Mackie" names her in passing, as "with" does.
    paragraphs = [
        "Independent candidate Duncan Mackie launched his campaign on Saturday in Dunoon, "
        "alongside his wife Lorna Mackie and their two daughters.",
        "\u201cPeople here are tired of being an afterthought,\u201d Mackie said.",
    ]
    quote = _quote(paragraphs, "People here are tired of being an afterthought,")
    assert quote.speaker == "Duncan Mackie"


def test_a_titled_name_the_new_subject_speaks_of_is_no_rival_for_he() -> None:
    # Review: "said he used to see Mr Lewis walking his dog": "Mr" before the name.
    paragraphs = [
        "George Lewis, 81, died at his home on Sunday.",
        "A neighbour, who asked not to be named, said he used to see Mr Lewis walking his dog "
        "every morning. \u201cHe always stopped to talk,\u201d he said.",
    ]
    quote = _quote(paragraphs, "He always stopped to talk,")
    assert quote.speaker_kind == "description"


def test_a_name_before_the_people_it_gathers_is_no_rival() -> None:
    # "known to Rytas fans as ...": the club says whose fans; no second person in the
    # sentence, so "the 36-year-old" is its subject.
    paragraphs = [
        "Zalgiris head coach Kestutis Urbonavicius said his players had run out of gas. "
        "\u201cRytas were better in the moments that decided the game,\u201d he said.",
        "Zalgiris said in a statement that it would analyse the season calmly.",
        "Veteran guard Arnas Gedvilas, known to Rytas fans as \u201cthe Professor\u201d, said the "
        "final was probably the last game of his career. \u201cI think my knees have already "
        "voted,\u201d the 36-year-old said.",
    ]
    quote = _quote(paragraphs, "I think my knees have already voted,")
    assert quote.speaker == "Arnas Gedvilas"


def test_a_one_word_name_before_a_plural_people_noun_modifies_it() -> None:
    # "as Rytas fans booed": the club says whose fans they are; the name is no person in its
    # sentence (the blind sets' r36b +3). "Rytas beat Zalgiris" stays as it was.
    from socialkit.article import article_from_text
    from socialkit.quotes.attribute import _Attributor
    from socialkit.quotes.extract import find_quotations

    article = article_from_text(
        "Final\n\nRytas beat Zalgiris. Arnas Gedvilas said he would retire as Rytas fans "
        "booed.\n")
    attributor = _Attributor(article, find_quotations(article))
    rytas = [m for m in attributor.names.mentions if m.entity.name == "Rytas"]
    assert [attributor._modifier_name(m, 0) for m in rytas] == [False, True]
