"""Round forty-two. Snippets written for these tests."""

from __future__ import annotations

from functools import partial

from tests.quotes_article import quote_with_text

# Each snippet's headline, unless a test gives its own.
_quote = partial(quote_with_text, title="Scotland fall to late French try")


def test_a_name_inside_a_who_clause_is_no_rival_subject_for_a_trade() -> None:
    # "who packed down beside Hamish Dunbar" says more of Kowalczyk; the sentence is about
    # him, so "said the hooker" after his paraphrase is his.
    paragraphs = [
        "Scotland led at half-time but faded after the break.",
        "Rory Kowalczyk, who packed down beside Hamish Dunbar for a decade, said the squad"
        " would not feel sorry for themselves.",
        "\u201cWe\u2019ll go again,\u201d said the hooker. \u201cWe have Wales in a"
        " fortnight.\u201d",
    ]
    quote = _quote(paragraphs, "We\u2019ll go again, We have Wales in a fortnight.")
    assert quote.speaker == "Rory Kowalczyk"


def test_a_name_inside_a_whose_clause_still_counts_for_an_age() -> None:
    # "whose son Kevin qualified": the son may be the 24-year-old, so the father is no
    # sure subject for the age.
    paragraphs = [
        "The club held its trials on Saturday.",
        "Declan Walsh, whose son Kevin Walsh qualified for the final, said the standard had"
        " never been higher.",
        "\u201cI could not have done it at that age,\u201d the 24-year-old said.",
    ]
    quote = _quote(paragraphs, "I could not have done it at that age,")
    assert quote.speaker != "Declan Walsh"


def test_a_name_joined_by_bin_or_bint_is_one_person_whatever_its_given_name() -> None:
    # "Al" after "bin Rashid" is the family's article, not a given name Al: the lawyer is
    # "Saif bin Rashid Al Balushi", not a second "Al Balushi" merged with the witness.
    paragraphs = [
        "Among those at the hearing was Maryam bint Hamad Al Balushi, a teacher from Al"
        " Khoudh, who said she had lost her savings.",
        "Defence lawyer Saif bin Rashid Al Balushi, who is not related to her, said his client"
        " would appeal.",
        "\u201cMy client did not run away. He stayed and answered every question,\u201d Al"
        " Balushi said.",
    ]
    quote = _quote(paragraphs, "My client did not run away. He stayed and answered every question,")
    assert quote.speaker == "Saif bin Rashid Al Balushi"


def test_a_ministry_of_several_portfolios_keeps_a_last_portfolio_of_two_words() -> None:
    from socialkit.quotes.names import NameIndex

    body = ("The authority will coordinate with the Ministry of Agriculture, Fisheries and Water"
            " Resources and the local municipality. The Ministry of Culture, Youth and Sport"
            " said in a statement that he was a treasure.")
    names = {m.entity.name for m in NameIndex(body, body).mentions}
    assert "Ministry of Agriculture, Fisheries and Water Resources" in names
    assert "Ministry of Culture, Youth and Sport" in names


def test_a_surname_the_story_gives_in_full_is_no_portfolio() -> None:
    from socialkit.quotes.names import NameIndex

    body = ("Dr Helen Sport chairs the board. The Ministry of Health and Sport said the board"
            " would meet.")
    names = {m.entity.name for m in NameIndex(body, body).mentions}
    assert "Ministry of Health and Sport" not in names




def test_a_description_then_a_trade_before_the_name_leaves_an_age_unsure() -> None:
    # (Review: "Her coach, the former sprinter Ato Mensah, watched" makes him the sentence's
    # subject, but the 19-year-old who speaks is the sprinter the story is about: the shape
    # was tried this round and dropped, as a guess.)
    paragraphs = [
        "Akosua Serwaa won the 200m in 22.8 seconds in Accra on Saturday.",
        "Her coach, the former sprinter Ato Mensah, watched from the stand. \u201cI knew at the"
        " bend that I had it,\u201d the 19-year-old said.",
    ]
    quote = _quote(paragraphs, "I knew at the bend that I had it,",
                   title="Serwaa storms to 200m title")
    assert quote.speaker != "Ato Mensah"

def test_a_name_a_copula_and_how_before_a_colon_is_who_speaks() -> None:
    paragraphs = [
        "Farmers blocked the road outside the mill for three hours on Monday.",
        "Haroon Bacchus, the owner of the mill where the protest was held, was blunt: \u201cI"
        " cannot pay with money I do not have.\u201d",
    ]
    quote = _quote(paragraphs, "I cannot pay with money I do not have.")
    assert quote.speaker == "Haroon Bacchus"


def test_a_name_that_was_told_something_before_a_colon_is_not_who_speaks() -> None:
    paragraphs = [
        "Farmers blocked the road outside the mill for three hours on Monday.",
        "Haroon Bacchus, the owner of the mill, was told: \u201cPay us or we stay.\u201d",
    ]
    quote = _quote(paragraphs, "Pay us or we stay.")
    assert quote.speaker != "Haroon Bacchus"


def test_a_place_and_a_title_after_an_inverted_tag_lead_to_the_name_that_ends_them() -> None:
    paragraphs = [
        "KAPCHORWA - More than 4,000 runners took part in the half marathon on Sunday.",
        "\u201cOur children run on murram and still beat the world,\u201d said Kapchorwa"
        " district LC5 chairperson Nelson Chelimo Kiptui, who flagged off the race.",
    ]
    quote = _quote(paragraphs, "Our children run on murram and still beat the world,")
    assert quote.speaker == "Nelson Chelimo Kiptui"


def test_words_that_name_the_subject_after_a_copula_colon_are_not_theirs() -> None:
    paragraphs = [
        "Hundreds marched on the town hall on Friday.",
        "Tom Reed, the mayor who approved the scheme, was unpopular: \u201cReed must go,"
        " and the scheme with him.\u201d",
    ]
    quote = _quote(paragraphs, "Reed must go, and the scheme with him.")
    assert quote.speaker != "Tom Reed"


def test_a_clause_after_a_place_in_an_inverted_tag_is_no_title() -> None:
    paragraphs = [
        "KAMPALA - Traders closed their shops on Monday in protest at new market dues.",
        "\u201cWe cannot pay twice for the same stall,\u201d said Kampala traders who petitioned"
        " Erias Lukwago.",
    ]
    quote = _quote(paragraphs, "We cannot pay twice for the same stall,")
    assert quote.speaker != "Erias Lukwago"


def test_ibn_joins_a_name_and_a_trade_before_a_bin_name_is_no_part_of_it() -> None:
    paragraphs = [
        "Catches along the Batinah coast have fallen for a third year.",
        "Fisherman Khalid bin Salim Al Hashmi said the boats now come back half empty.",
        "\u201cWe used to fill the boat before sunrise,\u201d he said.",
        "Dr Yusuf ibn Idris Mahmoud, who studies the fishery, said stocks were recovering"
        " slowly. \u201cSome families did not know what they had lost,\u201d Dr Mahmoud said.",
    ]
    quote = _quote(paragraphs, "We used to fill the boat before sunrise,")
    assert quote.speaker == "Khalid bin Salim Al Hashmi"
    quote = _quote(paragraphs, "Some families did not know what they had lost,")
    assert quote.speaker == "Yusuf ibn Idris Mahmoud"


def test_an_inner_he_is_the_one_person_the_words_name_even_of_no_known_sex() -> None:
    # "Sufyan" is a given name the Census lacks: the story never says his sex in a word the
    # lists know, yet he is the one person the outer speaker's words name before "He told me".
    paragraphs = [
        "Sufyan Raja struck an unbeaten 112 as Oman beat Namibia by four wickets.",
        "Mohammed Al Ghailani admitted he had been nervous. \u201cSufyan kept talking to me"
        " after every over. He told me, \u2018Forget the score, just look at the next"
        " ball.\u2019 And that is what I did,\u201d he said.",
    ]
    quote = _quote(paragraphs, "Forget the score, just look at the next ball.")
    assert (quote.speaker, quote.reported_by) == ("Sufyan Raja", "Mohammed Al Ghailani")
