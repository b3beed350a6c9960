"""Round fifty. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

_quote = partial(quote_with_text, title="Dengue cases climb in the east")


def test_a_body_set_off_before_its_statement_issued_it() -> None:
    # "The NDCU, in a statement, urged ...": the venue is set off after the subject, so no verb
    # comes before it; "the statement said" later is that body's.
    paragraphs = [
        "The National Dengue Control Unit (NDCU) said 412 cases were recorded in November.",
        "The NDCU, in a statement, urged the public to clear breeding sites every Sunday.",
        "\u201cDengue is a preventable disease. Most breeding places are within houses,\u201d "
        "the statement said.",
    ]
    quote = _quote(paragraphs, "Dengue is a preventable disease. Most breeding places are "
                   "within houses,")
    assert (quote.speaker, quote.speaker_kind) == ("National Dengue Control Unit", "organisation")


def test_national_opens_a_body_name_and_is_no_title() -> None:
    paragraphs = [
        "Cases have doubled since October, officials said.",
        "The National Dengue Control Unit, in a statement, urged the public to act.",
        "\u201cDengue is a preventable disease,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "Dengue is a preventable disease,")
    # (Its kind stays "name": "unit" as a body's word cost a development quotation.)
    assert quote.speaker == "National Dengue Control Unit"


def test_a_communique_issued_by_a_body_is_the_statement() -> None:
    # A sentence about no one ("The remarks were echoed in ...") leaves the issuer as the
    # author, and "communiqué" and "statement" are one document.
    paragraphs = [
        "The minister defended the cuts on Monday.",
        "His remarks were echoed in a communiqu\u00e9 issued by the Office of the President in "
        "the evening. \u201cFiscal balance is not negotiable,\u201d the statement said.",
    ]
    quote = _quote(paragraphs, "Fiscal balance is not negotiable,")
    assert quote.speaker == "Office of the President"


def test_the_police_speak_as_a_body() -> None:
    # The annotation guide credits a force as an organisation, with or without "the".
    paragraphs = [
        "Two men were shot outside a tavern in Soweto on Friday night.",
        "\u201cA 72-hour activation plan has been implemented,\u201d the police said.",
        "\u201cMembers of the community are urged to come forward,\u201d Gauteng police said.",
        "\u201cNo arrests have been made,\u201d police said.",
    ]
    first = _quote(paragraphs, "A 72-hour activation plan has been implemented,")
    second = _quote(paragraphs, "Members of the community are urged to come forward,")
    third = _quote(paragraphs, "No arrests have been made,")
    assert (first.speaker, first.speaker_kind) == ("the police", "organisation")
    assert (second.speaker, second.speaker_kind) == ("Gauteng police", "organisation")
    assert (third.speaker, third.speaker_kind) == ("police", "organisation")


def test_a_sum_in_shillings_is_no_name() -> None:
    # "Sh18 billion" is a sum: "adding that ... Sh18 billion" leaves the body that said it.
    paragraphs = [
        "The Kenya Revenue Authority (KRA) won an order freezing the dealer's accounts.",
        "Ms Ouma told reporters that the company would appeal.",
        "\u201cWe respect the court, but this is not the end of the matter,\u201d she said.",
        "In a statement after the ruling, KRA said it would pursue \u201cevery shilling owed "
        "to the public, no matter how long it takes\u201d, adding that transit fraud had cost "
        "the exchequer an estimated Sh18 billion over the past three years.",
    ]
    quote = _quote(paragraphs, "every shilling owed to the public, no matter how long it takes")
    assert quote.speaker in ("KRA", "Kenya Revenue Authority")


def test_a_name_ending_a_scene_phrase_is_not_described_after_it() -> None:
    # "In the hills above La Ressource, a banana farmer ...": the comma closes the phrase; the
    # farmer is the subject, not an apposition of the place.
    paragraphs = [
        "The river burst its banks on Sunday.",
        "In the hills above La Ressource, a banana farmer who asked not to be named said he had "
        "lost about 300 plants.",
        "\u201cTwo years of work, gone in one night,\u201d the farmer said.",
    ]
    quote = _quote(paragraphs, "Two years of work, gone in one night,")
    assert (quote.speaker, quote.speaker_kind) == ("a banana farmer", "description")


def test_a_name_set_off_after_a_description_still_names_them() -> None:
    # Guard: "Blessing Ekanem, a 24-year-old student ..." outside a scene phrase names her.
    paragraphs = [
        "The queue stretched around the block by dawn.",
        "Blessing Ekanem, a 24-year-old student who said she had waited since 4am, was first "
        "in line.",
        "\u201cI will not miss this,\u201d the student said.",
    ]
    quote = _quote(paragraphs, "I will not miss this,")
    assert quote.speaker == "Blessing Ekanem"


def test_the_19_year_old_is_the_teenager_the_story_named() -> None:
    paragraphs = [
        "Tafea Stars ended an 11-year wait for the title with a 2-1 win on Saturday.",
        "Teenage striker Ismael Naliupis scored both goals, to send the stadium into wild "
        "celebrations.",
        "The coach, Brian Kalsong Nako, praised the defence.",
        "\u201cI don't think I have slept properly for a week,\u201d the 19-year-old said.",
    ]
    quote = _quote(paragraphs, "I don't think I have slept properly for a week,")
    assert quote.speaker == "Ismael Naliupis"


def test_two_teenagers_leave_the_age_as_words() -> None:
    # Guard: two people called teenagers, no age given: the story's words.
    paragraphs = [
        "Teenage striker Ismael Naliupis and teenage defender Kalo Willie both started.",
        "\u201cWe were not scared,\u201d the 17-year-old said.",
    ]
    quote = _quote(paragraphs, "We were not scared,")
    assert quote.speaker not in ("Ismael Naliupis", "Kalo Willie")


def test_a_statement_prepared_by_an_s_names_mother_is_hers() -> None:
    # "Gittens’ mother, Audrey Gittens": an s-name's bare apostrophe is a possessive, so the
    # author is the one set off after it, not the son named before.
    paragraphs = [
        "Antonio Gittens, 27, died in hospital less than an hour after the stabbing.",
        "The prosecutor then read a victim impact statement prepared by Gittens\u2019 mother, "
        "Audrey Gittens, who sat in the gallery.",
        "\u201cEvery Sunday I still put out his plate,\u201d the statement read.",
    ]
    quote = _quote(paragraphs, "Every Sunday I still put out his plate,")
    assert quote.speaker == "Audrey Gittens"


def test_my_mother_inside_a_daughters_words_is_the_mother_named() -> None:
    # "She used to say, ‘...’" after "My mother" in Bernadette Alcindor-Fontenelle's words: the
    # one woman who bears a part of her double-barrelled surname, the story's subject.
    paragraphs = [
        "Marie Alcindor, the folk singer, died at her home in Piaye on Sunday, "
        "her daughter, Bernadette Alcindor-Fontenelle, confirmed.",
        "Alcindor recorded her only album in 1987. She was 91.",
        "\u201cMy mother never thought of herself as famous. She used to say, \u2018I am just an "
        "old lady who remembers things,\u2019 but she remembered for all of us,\u201d "
        "Alcindor-Fontenelle said.",
    ]
    quote = _quote(paragraphs, "I am just an old lady who remembers things,")
    assert quote.speaker == "Marie Alcindor"


def test_a_father_the_narration_describes_is_the_father_named() -> None:
    paragraphs = [
        "Cecil Fredericks, the calypsonian, died on Monday at the age of 84.",
        "His daughter, Marcia Fredericks, said he had been ailing since a stroke in January.",
        "She said her father had been writing a new song about the river bridge until his "
        "stroke.",
        "\u201cHe had the chorus and one verse. He kept saying, \u2018The bridge is not finished "
        "yet,\u2019 and we didn't know if he meant the song or the bridge,\u201d she said.",
    ]
    quote = _quote(paragraphs, "The bridge is not finished yet,")
    assert quote.speaker == "Cecil Fredericks"


def test_my_father_with_no_one_of_the_surname_stays_described() -> None:
    # Guard: no other bearer of her surname, so the story's words, as before.
    paragraphs = [
        "Lina Haddad, 34, released her first album on Friday.",
        "\u201cMy father used to say, \u2018A song that needs explaining is not finished.\u2019 "
        "I have tried to follow that,\u201d Haddad said.",
    ]
    quote = _quote(paragraphs, "A song that needs explaining is not finished.")
    assert (quote.speaker, quote.speaker_kind) == ("her father", "description")


def test_a_mother_at_a_village_is_not_the_village() -> None:
    # "A mother at Ipeukel, who asked not to be named, put it simply:": one unnamed person
    # and where from; the village is no speaker.
    paragraphs = [
        "\u201cThe taro leaves are burnt,\u201d said Chief Yapa Nikiau of Ipeukel.",
        "A mother at Ipeukel, who asked not to be named, put it simply: \u201cWe cannot eat "
        "the ash.\u201d",
    ]
    quote = _quote(paragraphs, "We cannot eat the ash.")
    assert (quote.speaker, quote.speaker_kind) == ("a mother at Ipeukel", "description")


def test_a_report_a_body_owns_is_that_bodys() -> None:
    # The guide: a document with no author is described; "the union’s report" has one, the
    # one union the story named.
    paragraphs = [
        "The Hellenic Union of Ocean Carriers published its annual review on Monday.",
        "The union\u2019s report calls the levy \u201clayering regional schemes on top of one "
        "another.\u201d",
    ]
    quote = _quote(paragraphs, "layering regional schemes on top of one another.")
    assert (quote.speaker, quote.speaker_kind) == (
        "Hellenic Union of Ocean Carriers", "organisation")


def test_a_report_no_one_is_said_to_own_stays_described() -> None:
    # Guard: no owner, no body of that kind: the story's words for the document.
    paragraphs = [
        "The Hellenic Union of Ocean Carriers published its annual review on Monday.",
        "A separate report calls the levy \u201ca tax on distance.\u201d",
    ]
    quote = _quote(paragraphs, "a tax on distance.")
    assert (quote.speaker, quote.speaker_kind) == ("a separate report", "description")


def test_a_description_never_opens_with_a_clause_verb_or_that() -> None:
    # "found that students", "said residents" under a dash are no one; the people start
    # after the clause's "that" or its verb.
    paragraphs = [
        "The review of the admissions lottery was published on Monday.",
        "The report also found that students admitted through the neighbourhood tiers were "
        "\u201cperforming at levels statistically indistinguishable\u201d from the rest.",
        "The 31-page indictment describes what it calls a \u201cpay-to-pave\u201d arrangement "
        "that prosecutors say ran from 2019 until last spring.",
    ]
    for words in ("performing at levels statistically indistinguishable", "pay-to-pave"):
        speaker = _quote(paragraphs, words).speaker or ""
        assert "that" not in speaker.split() and speaker.split()[:1] != ["found"], speaker


def test_someone_new_whose_sex_the_sentence_gives_is_she() -> None:
    # No cue in the sentence before, but "her joy" gives the new subject the pronoun's sex,
    # in the quotation's own paragraph.
    paragraphs = [
        "Rotich crossed the line in two hours and six minutes.",
        "One fan, who had travelled from Kapsoiyo with a group of villagers, could not hide "
        "her joy. \u201cWe prayed for him in church this morning,\u201d she said.",
    ]
    quote = _quote(paragraphs, "We prayed for him in church this morning,")
    assert (quote.speaker, quote.speaker_kind) == ("one fan", "description")


def test_someone_new_of_the_other_sex_is_not_she() -> None:
    # Guard: "his joy" gives him; "she" is no one the story brought in.
    paragraphs = [
        "Rotich crossed the line in two hours and six minutes.",
        "One fan, who had travelled from Kapsoiyo, could not hide his joy. \u201cWe prayed for "
        "him in church this morning,\u201d she said.",
    ]
    quote = _quote(paragraphs, "We prayed for him in church this morning,")
    assert quote.speaker != "one fan"


def test_names_with_digits_are_not_sums() -> None:
    # Review guard: only a currency's letters before a sum make it no name.
    paragraphs = [
        "Talks resumed in Doha on Monday.",
        "\u201cWe are committed to the peace process,\u201d M23 said in a statement.",
    ]
    quote = _quote(paragraphs, "We are committed to the peace process,")
    assert quote.speaker == "M23"


def test_as_a_teenager_is_not_what_she_is_now() -> None:
    # Review guard: "As a teenager Grace Okafor sold oranges", then an unnamed 17-year-old.
    paragraphs = [
        "As a teenager Grace Okafor sold oranges at the same market; today she chairs it.",
        "A 17-year-old hawker who gave her name only as Blessing said trade had collapsed.",
        "\u201cThis market is all I know,\u201d the 17-year-old said.",
    ]
    quote = _quote(paragraphs, "This market is all I know,")
    assert quote.speaker != "Grace Okafor"


def test_a_participle_before_people_is_part_of_their_description() -> None:
    # Review guard: "alleged victims said" keeps "alleged"; only a verb in lower case that is
    # no participle is cut ("said residents").
    paragraphs = [
        "The charges were read out in court on Monday.",
        "Lawyers for the accused denied them, and alleged victims said the charges were "
        "\u201clong overdue\u201d.",
    ]
    quote = _quote(paragraphs, "long overdue")
    assert quote.speaker == "alleged victims"


def test_his_father_in_a_daughters_words_is_not_hers() -> None:
    # Review guard: "She said his father ..." in Marcia's words is someone else's father.
    paragraphs = [
        "Cecil Fredericks, the calypsonian, died on Monday at the age of 84.",
        "His daughter, Marcia Fredericks, said the family was grateful.",
        "She said his father had been writing a new song about the river bridge.",
        "\u201cHe kept saying, \u2018The bridge is not finished yet,\u2019 and we laughed,\u201d "
        "she said.",
    ]
    quote = _quote(paragraphs, "The bridge is not finished yet,")
    assert quote.speaker != "Cecil Fredericks"


def test_initials_defined_after_a_no_break_space_are_the_body() -> None:
    # Diff read: the brackets may follow any space, as _DEFINED_INITIALS has it.
    paragraphs = [
        "The Deutsche Landesbahn\u00a0(DLB) cancelled 40 trains on Monday.",
        "\u201cSafety comes first,\u201d the DLB said in a statement.",
    ]
    quote = _quote(paragraphs, "Safety comes first,")
    assert quote.speaker == "Deutsche Landesbahn"
