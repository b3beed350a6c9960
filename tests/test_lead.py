"""The lead a post falls back on when a story has no quote a post may use: the story's first
sentence, never the page's furniture (round twenty-seven's audit of real pages found a time
stamp, a box score, a sidebar's teaser and a wire service's list heading leading all seven
posts). Paragraphs written for these tests, in the shapes the audit found."""

from __future__ import annotations

from tests.postkit import make_article

_FIRST = "The harbour board voted on Tuesday to dredge the northern channel before winter."


def lead(*paragraphs: str, headline: str = "Harbour board votes to dredge channel") -> str:
    return make_article(headline, list(paragraphs)).lead


def test_a_time_stamp_or_a_byline_is_no_lead() -> None:
    assert lead("Monday, 22 January 2018 at 0:13 local time", _FIRST) == _FIRST
    assert lead("By Dana Whitfield, Jorge Castellanos | Updated 7:42 PM EST", _FIRST) == _FIRST
    assert lead("Posted Sept. 12, 2025, 6:14 p.m. by staff", _FIRST) == _FIRST


def test_a_line_that_introduces_a_list_or_a_row_of_a_table_is_no_lead() -> None:
    assert lead("HAYWARD, Calif. (AP) \u2014 The Latest on the harbour vote (all times local):",
                "10 p.m.", _FIRST) == _FIRST
    assert lead("Rockledge 14 11 6 15 \u2014 44 final score", _FIRST) == _FIRST


def test_labels_list_marks_and_split_sentences_are_no_lead() -> None:
    assert lead("Photo: the dredger Kittiwake moored at the old pier on Monday.", _FIRST) == _FIRST
    assert lead("- Key points of the plan for the northern channel are below.", _FIRST) == _FIRST
    assert lead("which were released online and are making the rounds on social media,",
                _FIRST) == _FIRST


def test_what_stands_above_the_headline_repeated_on_the_page_is_furniture() -> None:
    teaser = "Night mode is an automatic setting which takes advantage of the new camera."
    assert lead(teaser, "Harbour board votes to dredge channel", _FIRST) == _FIRST
    # Without the repeated headline, the first paragraph is the story's.
    assert lead(teaser, _FIRST) == teaser


def test_a_column_tag_in_brackets_is_dropped_and_a_standfirst_needs_no_full_stop() -> None:
    assert lead(f"[Harbour Watch] {_FIRST}") == _FIRST
    standfirst = "Twenty boats have been stuck at low tide in the northern channel this year"
    assert lead(standfirst, _FIRST) == standfirst


def test_a_stop_inside_a_quotation_does_not_end_the_lead() -> None:
    opening = ("South Dakota\u2019s viral \u201cMeth. We\u2019re on it.\u201d campaign has"
               " drawn mockery since Monday.")
    assert lead(opening + " More followed.") == opening
    chef = "She does not like to be called a \u201ccelebrity chef.\u201d"
    assert lead(chef + " She winces at the phrase when I say it.") == chef


def test_a_sentence_in_a_script_without_spaces_is_counted_by_its_characters() -> None:
    japanese = "\u5148\u65e5\u3001\u4e0d\u6b63\u306b\u6539\u9020\u3057\u305fiPhone\u3092" \
        "\u8ca9\u58f2\u3057\u305f\u3068\u3057\u3066\u300120\u4ee3\u306e\u7537\u6027\u304c" \
        "\u902e\u6355\u3055\u308c\u307e\u3057\u305f\u3002"
    assert lead(japanese, headline="\u5546\u54c1\u306e\u6539\u9020") == japanese


def test_no_sentence_at_all_gives_no_lead() -> None:
    assert lead("Calendar 2018", "Round 1: 10 March \u2013 Interlagos circuit, race day") == ""


def test_review_news_leads_the_rules_must_not_lose() -> None:
    # (An adversarial review's cases: each was the lead before the round and must stay one.)
    shares = "Shares in Acme fell 12% to 340p after profits dropped 18% to \u00a342m."
    assert lead(shares, "The company blamed weaker demand.") == shares
    assert lead("Mumbai: The city's civic body on Monday approved a \u20b9500 crore plan."
                ) == "The city's civic body on Monday approved a \u20b9500 crore plan."
    assert lead("Exclusive: The club has agreed a fee for its captain, sources say.") == (
        "The club has agreed a fee for its captain, sources say.")
    easyjet = "easyJet has cancelled 40 flights from Gatwick because of a strike."
    assert lead(easyjet) == easyjet
    pounds = "\u00a314m will be spent on new homes in the town centre, the council said."
    assert lead(pounds) == pounds
    assert lead("It\u2019s official. The city finally has a budget.") == "It\u2019s official."
    gunman = "A gunman opened fire at a shopping centre in Sydney on Saturday, killing six."
    assert lead(gunman, "What we know", "Police said the attacker acted alone.",
                headline="What we know") == gunman


def test_a_sentence_in_thai_is_a_lead() -> None:
    thai = ("\u0e19\u0e49\u0e33\u0e17\u0e48\u0e27\u0e21\u0e2b\u0e19\u0e31\u0e01\u0e43\u0e19"
            "\u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48 \u0e1b\u0e23\u0e30\u0e0a\u0e32"
            "\u0e0a\u0e19\u0e2b\u0e25\u0e32\u0e22\u0e1e\u0e31\u0e19\u0e04\u0e19\u0e15\u0e49\u0e2d"
            "\u0e07\u0e2d\u0e1e\u0e22\u0e1e")
    assert lead(thai, headline="\u0e19\u0e49\u0e33\u0e17\u0e48\u0e27\u0e21") == thai


def test_a_comments_notice_is_no_lead_and_a_korean_lead_ends_at_its_stop() -> None:
    notice = ("ATEN\u00c7\u00c3O: Coment\u00e1rios com textos inintelig\u00edveis n\u00e3o"
              " ser\u00e3o aprovados pelo moderador.")
    assert lead(notice, "Calendar 2018") == ""
    korean = ("\uc5d8\uc81c\uc774\uc758 \ub9ac\ubca4\uc9c0\uc778\uac00, \ub958\ud654\uc601\uc758"
              " \ucf54\uc2a4\ud504\ub808\uc778\uac00.")
    second = ("\uc2dc\uc791\uc740 \uc0ac\uc9c4 \uacf5\uac1c\ub85c\ubd80\ud130"
              " \ube44\ub86f\ub410\ub2e4.")
    assert lead(f"{korean} {second}", headline="\uc5d8\uc81c\uc774") == korean
