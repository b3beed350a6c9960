"""Round sixty-five: quotation extraction and attribution on fresh sets."""

from __future__ import annotations

from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.names import _is_org
from tests.quotes_article import article_from_paragraphs, quote_with_text, speaker_and_role


def test_a_portfolio_of_several_words_is_cut_from_a_holder_the_census_lacks() -> None:
    paragraphs = [
        "Minister of Foreign Affairs Pieter Bakker said the talks had failed.",
        "“We will not sign this agreement,” he said.",
        "Minister of Public Health Ching Wei Long said: “The clinics stay open.”",
    ]
    assert speaker_and_role(paragraphs, "We will not sign this agreement,") == (
        "Pieter Bakker", "Minister of Foreign Affairs")
    # A surname is no word of a portfolio, though it ends as one might.
    assert speaker_and_role(paragraphs, "The clinics stay open.") == (
        "Ching Wei Long", "Minister of Public Health")


def test_a_participle_opening_the_sentence_describes_the_name_set_off_after_it() -> None:
    paragraphs = [
        "Known to colleagues as a stickler for procedure, Judge Halima Yusuf said that “no"
        " court can run on goodwill alone.”",
        "Asked about the delay, the registrar said: “The files were late.”",
    ]
    # The description belongs to the judge; it is no one of its own.
    assert speaker_and_role(paragraphs, "no court can run on goodwill alone.") == (
        "Halima Yusuf", "Judge")
    assert speaker_and_role(paragraphs, "The files were late.") == ("the registrar", None)


def test_the_younger_of_two_family_names_written_first_is_the_son() -> None:
    paragraphs = [
        "Former chairman Chung Moon-ki was sentenced to four years on Thursday.",
        "“I accept the court's judgment,” Chung said.",
        "His eldest son, Chung Tae-hoon, took over as chief executive in 2022.",
        "“I bow my head to our shareholders,” the younger Chung said.",
    ]
    assert speaker_and_role(paragraphs, "I bow my head to our shareholders,")[0] == (
        "Chung Tae-hoon")
    assert speaker_and_role(paragraphs, "I accept the court's judgment,")[0] == (
        "Chung Moon-ki")


def test_an_epithet_after_a_quotation_of_two_paragraphs_is_the_one_just_quoted() -> None:
    paragraphs = [
        "Winger Isuru Bandara scored the decisive try in the 79th minute.",
        "“This one is for the fans,” said Kandy SC captain Dinuka Amarasekara, who was named"
        " man of the match.",
        "“We were poor in the first half.",
        "“But this team does not know how to give up,” the 29-year-old flanker added.",
    ]
    # The tag stands two paragraphs after the captain's words, but the quotation it closes
    # opens right after them; his club's name before his role is no one else.
    assert speaker_and_role(paragraphs, "We were poor in the first half. But this team does"
                             " not know how to give up,")[0] == "Dinuka Amarasekara"


def test_a_sports_club_is_a_body() -> None:
    assert _is_org(("Harbour", "FC")) and _is_org(("Laxey", "AFC"))
    # Senior Counsel after a surname is a person.
    assert not _is_org(("Pretorius", "SC"))


def test_a_new_trade_for_the_subject_and_a_coach_named_in_the_words() -> None:
    paragraphs = [
        "Karonga Lakeside FC came from behind to beat City Stars 2-1, levelling through"
        " Chisomo Mhone’s penalty.",
        "Lakeside captain Mhone, known for his long-range shooting, said the dressing room"
        " started to believe after the equaliser. “At half-time coach told us we would win."
        " He was right,” the midfielder said.",
    ]
    # "midfielder" is a trade no one in the story holds, so it is one more fact about the
    # captain; and "He" in his words is the coach they name first, not someone else.
    assert speaker_and_role(paragraphs, "At half-time coach told us we would win. He was"
                             " right,")[0] == "Chisomo Mhone"


def test_a_fragment_before_a_participle_with_no_subject_is_the_stance_verbs_subject() -> None:
    paragraphs = [
        "Environment Minister Roderick Spiteri dismissed the bill as \"a recycled press"
        " release\", saying the Opposition had never acted on the issue.",
    ]
    assert speaker_and_role(paragraphs, "a recycled press release")[0] == "Roderick Spiteri"


def test_a_capitalised_lesser_office_after_the_is_the_office() -> None:
    paragraphs = [
        "Deputy Health Minister Dr. Kumudini Rathnayake said the system was \"broken from top"
        " to bottom\".",
        "\"We are not hiding anything,\" the Deputy Minister said.",
    ]
    assert speaker_and_role(paragraphs, "We are not hiding anything,")[0] == (
        "Kumudini Rathnayake")


def test_a_name_set_off_after_a_description_with_an_age_before_it_is_the_speaker() -> None:
    paragraphs = [
        "Another neighbour, 68-year-old Carmen Debono, described the noise of the collapse as"
        " \"like a bomb going off in the street\".",
        "A third neighbour, 67-year-old bus driver Ann Hale, said: “We hid.”",
    ]
    assert speaker_and_role(paragraphs, "like a bomb going off in the street") == (
        "Carmen Debono", None)
    # An age is no part of a role on a card.
    assert speaker_and_role(paragraphs, "We hid.") == ("Ann Hale", "bus driver")


def test_kin_set_off_after_a_name_is_who_the_kin_later_is() -> None:
    paragraphs = [
        "The orchestra will be conducted by Joseph Camilleri, her cousin.",
        "“Xuereb wrote for an island that was proud,” Maria Camilleri said.",
        "Her cousin, who will lead a 42-piece orchestra, said the score had presented the"
        " musicians with \"a puzzle on every page\".",
    ]
    assert speaker_and_role(paragraphs, "a puzzle on every page")[0] == "Joseph Camilleri"


def test_a_science_body_keeps_its_second_science_after_a_word_before_its_head() -> None:
    paragraphs = [
        "The National Institute of Meteorology and Hydrology said: \"More rain fell than in"
        " the whole of December.\"",
    ]
    assert speaker_and_role(paragraphs, "More rain fell than in the whole of December.")[0] == (
        "National Institute of Meteorology and Hydrology")


def test_a_cue_in_a_subordinate_clause_after_a_fragment_is_not_the_fragments() -> None:
    paragraphs = [
        "The Bank of Papua New Guinea (BPNG), in its latest statement, noted that export"
        " prices had \"moderated significantly\" in the second quarter, although the bank said"
        " earnings from coffee remained high.",
    ]
    assert speaker_and_role(paragraphs, "moderated significantly")[0] == (
        "Bank of Papua New Guinea")


def test_a_body_its_initials_follow_is_whole_and_its_member_after_it_speaks() -> None:
    paragraphs = [
        "“What we have now is a system failure,” said Samagi Jana Balawegaya (SJB) Kurunegala"
        " District MP Nalaka Jayamanne.",
        "“It is a failure,” said the Samagi Jana Balawegaya (SJB).",
    ]
    assert speaker_and_role(paragraphs, "What we have now is a system failure,") == (
        "Nalaka Jayamanne", "Kurunegala District MP")
    quote = quote_with_text(paragraphs, "It is a failure,")
    assert (quote.speaker, quote.speaker_kind) == ("Samagi Jana Balawegaya", "organisation")
    # Past a role in lower case too.
    assert speaker_and_role([
        "“It is a failure,” said Democratic Alliance (DA) spokesperson Siviwe Gwarube.",
    ], "It is a failure,")[0] == "Siviwe Gwarube"


def test_a_quotation_opening_its_paragraph_and_the_first_one_score_their_parts() -> None:
    paragraphs = [
        "The harbour reopened on Tuesday, and harbour master Joe Pike said the repairs had"
        " gone well: “We kept the north quay closed for the whole winter.”",
        "“The divers found the piles sound, and the deck is mended now,” Pike said.",
    ]
    article = article_from_paragraphs(paragraphs)
    ranked = rank_quotes(extract_quotes(article), article)
    parts = {q.text: dict(q.score_parts) for q in ranked}
    inside = parts["We kept the north quay closed for the whole winter."]
    alone = parts["The divers found the piles sound, and the deck is mended now,"]
    assert (inside["opens_paragraph"], inside["first_quote"]) == (0.0, 1.0)
    assert (alone["opens_paragraph"], alone["first_quote"]) == (1.0, 0.0)


def test_a_deputy_is_no_one_the_story_did_not_give_that_rank() -> None:
    paragraphs = [
        "Officials in Dhaka met for three hours on Tuesday. Finance Minister Salma Akter led"
        " the talks.",
        "“We have agreed the main points,” the Deputy Minister said afterwards.",
        "Deputy Health Minister for Preventive Services Dr. Cecelia Morris-Gbanyan toured the"
        " ward.",
        "“The drugs are on the road,” the deputy minister said.",
    ]
    assert speaker_and_role(paragraphs, "We have agreed the main points,")[0] == (
        "the deputy minister")
    assert speaker_and_role(paragraphs, "The drugs are on the road,")[0] == (
        "Cecelia Morris-Gbanyan")


def test_a_man_named_with_the_in_the_words_is_another_man() -> None:
    paragraphs = [
        "Kyle Dunn, 19, punched a man outside a bar in Leeds, the court heard.",
        "“The officer did nothing. He just stood and watched,” the victim said.",
    ]
    assert speaker_and_role(paragraphs, "The officer did nothing. He just stood and"
                             " watched,")[0] == "the victim"


def test_a_source_named_only_by_surname_after_an_aged_epithet_and_a_place() -> None:
    paragraphs = [
        "\"I called my grandmother as soon as I walked out,\" said a 23-year-old university"
        " student from Daegu, who asked to be identified only by her surname, Lim.",
    ]
    assert speaker_and_role(paragraphs, "I called my grandmother as soon as I walked out,")[
        0] == "Lim"
