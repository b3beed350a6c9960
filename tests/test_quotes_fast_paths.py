"""The shortcuts taken for speed give the answers the full checks give."""

from __future__ import annotations

import re

from socialkit.quotes.lexicon import CUE_VERBS, STANCE_VERBS
from socialkit.quotes.names import _join_bodies, _set_off_before
from socialkit.quotes.tag_patterns import NAME_RUN_PATTERN, PLAIN_NAME_RUN_PATTERN
from tests.quotes_article import quotes_by_text as by_text


def test_cue_words_are_lower_case_so_a_text_without_one_can_be_skipped() -> None:
    # attribute._parse returns early when no lower-cased word of a text is a cue.
    assert all(w == w.lower() for w in CUE_VERBS | STANCE_VERBS)


def test_a_text_without_an_arabic_article_gets_the_same_runs_from_the_plain_pattern() -> None:
    text = ("Pieter van der Molen met J. R. Tolkien and Jean de la Fontaine at the Bank of the "
            "West in Port Ellery, where Mayor Rosa Delgado said O'Neill-Smith & Co. had left.")
    full = [(m.group(), m.start()) for m in re.finditer(NAME_RUN_PATTERN, text)]
    plain = [(m.group(), m.start()) for m in re.finditer(PLAIN_NAME_RUN_PATTERN, text)]
    assert plain == full
    assert ("Pieter van der Molen", 0) in plain


def test_an_arabic_article_still_joins_its_name_when_the_story_has_one() -> None:
    runs = [t for t, _ in _join_bodies("The lawyer Omar al-Hassan said the ruling stood.")]
    assert "Omar al-Hassan" in runs
    quotes = by_text([
        "Ruling upheld", '"We will appeal," said Omar al-Hassan, the family\'s lawyer.',
    ])
    assert quotes["We will appeal,"].speaker == "Omar al-Hassan"


def test_set_off_before_is_a_comma_and_white_space_right_before() -> None:
    text = "Kemp's attorney, Nora Vance, said"
    assert _set_off_before(text, text.index("Nora"))
    assert not _set_off_before(text, text.index("Kemp"))
    assert not _set_off_before("attorney Nora", len("attorney "))
    assert not _set_off_before(",Nora", 1)  # a comma with no space is no apposition
    assert _set_off_before("attorney,\n  Nora", len("attorney,\n  "))


def test_the_english_territory_names_read_alone_are_the_merged_locale_s() -> None:
    # world_places reads CLDR's English data without the root locale merged in (a start-up
    # saving): the names must be the ones Locale("en").territories gives.
    from babel import Locale, localedata

    assert localedata.load("en", merge_inherited=False)["territories"] == dict(
        Locale("en").territories.items())


def test_a_cue_verb_found_by_its_word_and_the_set_is_the_alternation_s_match() -> None:
    # tag_patterns.cue_at_end and cue_before match any word where only one can stand and ask
    # the set; the alternation of every cue verb they replace must answer the same.
    from socialkit.quotes.tag_patterns import cue_at_end, cue_before

    cues = "|".join(sorted(CUE_VERBS))
    at_end = re.compile(r"\b(?:" + cues + r")$")
    before = re.compile(r"[,—–]\s+(?:" + cues + r")\s+(?:[A-Z][\w.]*[’']s\s+)?$")
    words = ["said", "saidx", "xsaid", "Said", "5said", "ésaid", "told", "tolds", "the", "noted"]
    ends = ["", "\n", " ", " \n", "  ", ".", "’s"]
    texts = [f"{lead}{sep}{w}{end}" for lead in ("", "He", "a, b", "x —", "Kim,")
             for sep in ("", " ", ", ", ",\n", "— ", "-") for w in words for end in ends]
    texts += [t + " NBC’s " for t in texts] + [t + " O'Neill's\n" for t in texts]
    for text in texts:
        want = at_end.search(text)
        got = cue_at_end(text)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), text
        assert cue_before(text) is bool(before.search(text)), text


def test_a_cue_word_found_among_the_words_is_the_alternation_s_first_match() -> None:
    # tag_patterns.cue_word walks the lower-case words and asks the set; the alternation of
    # every cue verb between word boundaries must find the same word, within pos and endpos.
    from socialkit.quotes.tag_patterns import cue_word

    alternation = re.compile(r"\b(?:" + "|".join(sorted(CUE_VERBS)) + r")\b")
    text = ("“We will,” Rosa said. Resaid, said2, _said, saidé, ésaid, SAID and Said; she "
            "told reporters she had tolds nothing—added—and says so.\nHe warned")
    for pos in range(len(text) + 1):
        for endpos in (pos, pos + 3, pos + 9, pos + 40, len(text)):
            want = alternation.search(text, pos, endpos)
            got = cue_word(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (pos, endpos)
