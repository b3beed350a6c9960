"""Round eighty-three: attribution repairs found on the round's read set."""

from __future__ import annotations

from socialkit.quotes import extract_quotes
from tests.quotes_article import article_from_paragraphs, quote_opening, reported_quotes
from tests.quotes_article import opening_speaker_and_kind as _speaker

_FACTION = [
    "Minister of Finance Dorotea Lake told Parliament the levy would take effect in March.",
    "\u201cFamilies cannot wait another year,\u201d Lake said.",
    "United Progress Party (UPP) faction leader Elmer Lake, who is not related to the "
    "minister, said his party backed the levy but accused the coalition of haste.",
    "\u201cWe saw the figures this morning,\u201d the UPP leader said. \u201cThat is no way "
    "to pass a law.\u201d",
]


def test_a_body_abbreviated_in_brackets_before_a_role_still_says_whose_role_it_is() -> None:
    # The party's abbreviation in brackets and the noun "faction" stand between the party's
    # name and "leader": the sentence is still about Elmer Lake, whom "the UPP leader" is.
    assert _speaker(_FACTION, "We saw the figures") == ("Elmer Lake", "name")


def test_a_verb_between_a_body_and_a_role_word_is_no_role_of_the_body() -> None:
    # "Kestrel sacked manager Tom Reid": Kestrel did something to Reid; the sentence's
    # subject is Kestrel, so the epithet after it is no one the sentence was about.
    paragraphs = [
        "Kestrel Rovers sacked manager Tom Reid on Monday after a run of nine defeats.",
        "\u201cIt was coming,\u201d the supporter said.",
    ]
    assert _speaker(paragraphs, "It was coming") != ("Tom Reid", "name")


def test_a_portuguese_name_joined_by_do_is_one_name() -> None:
    # nameparser lists "do" among name particles; "Natalino Barreto do Rosário" is one man.
    paragraphs = [
        "According to the ministry's spokesperson, Natalino Barreto do Rosário, the number of "
        "cases is \u201cthree times higher\u201d than last year.",
        "He said: \u201cThe mosquito does not come from the hospital.\u201d",
    ]
    assert _speaker(paragraphs, "The mosquito") == ("Natalino Barreto do Rosário", "name")


_FAMILY = [
    "Warrick Tobin will play his 400th game on Saturday, alongside his son Jett Tobin, 21.",
    "\u201cI keep saying this is my last year,\u201d Tobin said.",
    "Jett Tobin said playing alongside his father had been strange at first.",
    "\u201cNow it's just normal,\u201d the younger Tobin said.",
    "Leanne Tobin, Warrick's wife, said she had given up on the retirement talk.",
]


def test_the_younger_of_three_who_share_a_surname_is_the_one_called_a_son() -> None:
    # Three Tobins: "the younger Tobin" is the one the story calls "his son", whatever
    # the third (his wife) is.
    assert _speaker(_FAMILY, "Now it's just normal") == ("Jett Tobin", "name")


def test_the_younger_of_three_with_no_kin_said_is_left_to_the_tag_rules() -> None:
    # No one is called a son or daughter: of three Tobins, "the younger" is not guessed by
    # elimination, as it is of two.
    paragraphs = [
        "Warrick Tobin, Jett Tobin and Leanne Tobin all ran the coastal marathon on Sunday.",
        "\u201cNow it's just normal,\u201d the younger Tobin said.",
    ]
    assert _speaker(paragraphs, "Now it's just normal")[0] != "Warrick Tobin"


def test_a_pronoun_after_a_clause_with_no_comma_is_the_nested_speaker() -> None:
    # "When I was about eight he told me, '...'": the "he" after the opening clause is the
    # subject of the telling, and the one man the story named before is who it is.
    paragraphs = [
        "Jett Tobin, 21, plays at full-forward alongside his father, Warrick Tobin.",
        "\u201cWhen I was about eight he told me, \u2018If you ever play with me, you're doing "
        "the running.\u2019 He's held me to that,\u201d Jett said.",
    ]
    inner = reported_quotes(paragraphs)
    assert [(q.text, q.speaker) for q in inner] == [
        ("If you ever play with me, you're doing the running.", "Warrick Tobin")]


def test_a_nested_he_after_the_story_calls_the_named_defendant_the_accused_is_him() -> None:
    paragraphs = [
        "Mary Phiri, 51, was testifying in a case in which Daniel Chileshe Banda, 38, is "
        "charged with theft by public servant.",
        "She said when she confronted the accused, he told her the bank had made an error.",
        "\u201cHe told me, \u2018Madam, don't worry, the bank will reverse it by Friday.\u2019 "
        "I believed him,\u201d Mrs Phiri said.",
    ]
    inner = reported_quotes(paragraphs)
    assert [(q.speaker, q.speaker_kind) for q in inner] == [("Daniel Chileshe Banda", "name")]


def test_a_nested_he_after_the_accused_who_is_a_woman_is_not_her() -> None:
    # The story's accused is a woman: "he" is someone else, left unresolved.
    paragraphs = [
        "Mary Phiri, 51, was testifying in a case in which Ruth Chileshe Banda, 38, is "
        "charged with theft by public servant.",
        "She said when she confronted the accused, a clerk told her the bank had made an "
        "error.",
        "\u201cHe told me, \u2018Madam, don't worry.\u2019 I believed him,\u201d Mrs Phiri said.",
    ]
    inner = reported_quotes(paragraphs)
    assert all(q.speaker != "Ruth Chileshe Banda" for q in inner)


def _inner(paragraphs: list[str]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_kind) for q in reported_quotes(paragraphs)]


def test_a_nested_speaker_after_where_is_the_where_clauses_subject() -> None:
    paragraphs = [
        "Councillor Angus Flett said islanders had lost patience with the ferry service.",
        "\u201cI was at a public meeting in Sanday last month where a woman stood up and said, "
        "\u2018We have heard it all before.\u2019 She was right,\u201d he said.",
    ]
    assert _inner(paragraphs) == [("a woman", "description")]


def test_texted_messaged_and_emailed_cue_a_quotation() -> None:
    for verb in ("texted", "messaged", "emailed"):
        paragraphs = [
            "Plasterer Jayden Moss, 27, was sentenced for failing to stop after the crash.",
            f"Minutes later he {verb} a friend: \u201cHit something on the highway. Pretty "
            "sure it was a roo.\u201d",
        ]
        assert _speaker(paragraphs, "Hit something") == ("Jayden Moss", "name")


def test_a_text_or_an_email_as_a_noun_cues_nothing() -> None:
    # Only the verbs' past forms cue: "the text" and "an email" are the message, not a cue.
    paragraphs = [
        "Plasterer Jayden Moss, 27, was sentenced for failing to stop after the crash.",
        "Police found an email and a text \u201cfull of apologies\u201d on his phone.",
    ]
    assert quote_opening(paragraphs, "full of apologies").cue is None


def test_a_name_in_a_clause_after_after_is_no_rival_for_the_sentences_subject() -> None:
    # "after midfielder Glenn Kara was brought down": the midfielder is in a clause of its
    # own; the captain, who opens the sentence, is "the 29-year-old defender".
    paragraphs = [
        "Head coach Marcel Vreede said his side had shown character.",
        "Captain Dimitri Wongsodikromo converted a penalty after midfielder Glenn Kara was "
        "brought down in the box. \u201cWe played for each other,\u201d the 29-year-old "
        "defender said.",
    ]
    assert _speaker(paragraphs, "We played for each other") == ("Dimitri Wongsodikromo", "name")


def test_a_court_tag_set_off_after_a_name_is_no_role() -> None:
    paragraphs = [
        "A former cashier, Gideon Banda Phiri, 41, was jailed for four years.",
        "Phiri, the court heard, later texted a colleague: \u201cI am sorry. I will pay it "
        "all back.\u201d",
        "\u201cI never meant to keep it,\u201d Phiri said.",
    ]
    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert all(q.role != "court heard" for q in quotes)
    assert quote_opening(paragraphs, "I never meant").speaker == "Gideon Banda Phiri"


def test_a_surname_opening_a_sentence_before_an_adverb_is_still_a_name() -> None:
    # "Gideon Phiri" opens its sentence, so neither word was known as a name anywhere else;
    # only a run's first word takes its capital from the sentence.
    paragraphs = [
        "Gideon Phiri was jailed for four years on Monday.",
        "Phiri later told reporters: \u201cI am sorry for what I did.\u201d",
    ]
    assert _speaker(paragraphs, "I am sorry") == ("Gideon Phiri", "name")


def test_a_word_that_only_opens_sentences_is_still_no_name() -> None:
    paragraphs = [
        "Using her platform, the singer urged fans to vote.",
        "Using the money, the club rebuilt its stand. \u201cIt is for the fans,\u201d the "
        "chairman said.",
    ]
    quotes = extract_quotes(article_from_paragraphs(paragraphs))
    assert all(q.speaker != "Using" for q in quotes)


# Review guards: cases an adversarial review found the round's first rules got wrong.


def test_one_acted_on_before_after_is_no_subject_an_epithet_follows() -> None:
    # "was booked after striker ... went down": the striker did it; the defender opening the
    # sentence was acted on, so "the 27-year-old striker" is not read as him.
    paragraphs = [
        "Defender Mark Gayle was booked after striker Dom Sollers went down in the box. "
        "\u201cI didn't dive, he caught my ankle,\u201d the 27-year-old striker said.",
    ]
    assert _speaker(paragraphs, "I didn't dive")[0] != "Mark Gayle"


def test_and_between_two_named_people_is_no_noun_of_a_body() -> None:
    paragraphs = [
        "Forward Luka Petrak and coach Ivo Horvatic were both sent to the stands. "
        "\u201cI said nothing to the referee,\u201d the 24-year-old said.",
    ]
    assert _speaker(paragraphs, "I said nothing")[0] != "Ivo Horvatic"


def test_a_pronoun_after_a_clause_that_brings_someone_in_is_not_the_named_man() -> None:
    # "When I called the fire brigade he told me": "he" is whoever answered, not her manager.
    paragraphs = [
        "Nurse Grace Adeyemi described the night of the fire. Her manager, Paul Kirby, was off "
        "duty.",
        "\u201cWhen I called the fire brigade he told me, \u2018Get everyone to the "
        "stairwell,\u2019\u201d Adeyemi said.",
    ]
    assert all(speaker != "Paul Kirby" for speaker, _ in _inner(paragraphs))


def test_when_after_a_clause_of_the_teller_keeps_the_clauses_own_subject() -> None:
    paragraphs = [
        "Farmer Iwan Jones said he remembered the floods of 1976.",
        "\u201cMy father went out when the river rose and told us, \u2018Get the sheep up the "
        "hill,\u2019\u201d Jones said.",
    ]
    assert _inner(paragraphs) == [("his father", "description")]


def test_a_nephew_is_of_the_younger_generation_too() -> None:
    # A son and a nephew share the surname: "the younger Leveson" is not sure to be the son.
    paragraphs = [
        "Lord Justice Brian Leveson's son Tom Leveson and nephew Sam Leveson both qualified "
        "as barristers this year.",
        "Judge Leveson's wife, Anne Leveson, watched from the gallery.",
        "\u201cUncle Brian was strict,\u201d the younger Leveson said.",
    ]
    assert _speaker(paragraphs, "Uncle Brian")[0] != "Tom Leveson"


def test_the_doctor_after_a_different_gp_is_not_the_named_doctor() -> None:
    paragraphs = [
        "The doctor, Rajesh Patel, was cleared of misconduct. Complainant Ruth Evans said "
        "that years earlier a different GP had dismissed her symptoms, and when she went back "
        "to the doctor, he laughed.",
        "\u201cHe said, \u2018It's all in your head,\u2019\u201d Evans said.",
    ]
    assert all(speaker != "Rajesh Patel" for speaker, _ in _inner(paragraphs))
