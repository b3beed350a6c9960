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
