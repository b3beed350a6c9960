"""Themes load from TOML and meet WCAG AA; alt text reads well and keeps within its limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from socialkit.cards import BUILTIN_THEMES, card_alt_text, load_theme
from socialkit.cards.alt import attribution_line
from socialkit.cards.contrast import contrast_ratio
from socialkit.elide import is_faithful_elision
from socialkit.errors import CardError
from tests.cards_helpers import write_theme


@pytest.mark.parametrize("name", BUILTIN_THEMES)
def test_builtin_themes_meet_wcag_aa(name: str) -> None:
    theme = load_theme(name)
    assert theme.name == name
    assert contrast_ratio(theme.text, theme.background) >= 7.0
    assert contrast_ratio(theme.attribution, theme.background) >= 4.5
    # No default card carries anyone's branding: a logo comes only from the config or theme.
    assert theme.logo is None


def test_three_distinct_builtin_looks() -> None:
    backgrounds = {load_theme(name).background for name in BUILTIN_THEMES}
    assert len(backgrounds) == 3


def test_unknown_theme_name() -> None:
    with pytest.raises(CardError, match=r"^unknown theme 'neon': use one of light, dark, accent "
                                        r"or a \.toml file$"):
        load_theme("neon")


def test_house_theme_file(tmp_path: Path) -> None:
    theme = load_theme(write_theme(tmp_path, background='"#102030"', margin="0.1"))
    assert theme.name == "house"
    assert theme.background == (0x10, 0x20, 0x30)
    assert theme.margin == 0.1
    assert theme.system_fallback is False


def test_theme_typo_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(CardError, match=r"^theme house: unknown key 'backgrond'$"):
        load_theme(write_theme(tmp_path, backgrond='"#000000"'))


def test_theme_bad_colour(tmp_path: Path) -> None:
    with pytest.raises(CardError, match=r"^theme house: text must be a colour like"):
        load_theme(write_theme(tmp_path, text='"dark grey"'))


def test_theme_not_toml(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("background = #fff\n", encoding="utf-8")
    with pytest.raises(CardError, match=r"^theme .*bad\.toml is not valid TOML"):
        load_theme(path)


def test_logo_override(tmp_path: Path) -> None:
    logo = tmp_path / "ours.png"
    from PIL import Image

    Image.new("RGBA", (40, 20), (0, 0, 0, 255)).save(logo)
    assert load_theme("light", logo=logo).logo == str(logo)


def test_alt_text_shape() -> None:
    assert card_alt_text("I had an emotional meeting.", "A Speaker", "Instagram") == (
        "Quote card: “I had an emotional meeting.” — A Speaker, on Instagram.")
    assert card_alt_text("Fine.", None, None) == "Quote card: “Fine.”."
    assert card_alt_text("Fine.", "Jo", "to CBS News") == "Quote card: “Fine.” — Jo, to CBS News."


def test_attribution_line() -> None:
    assert attribution_line("Kim Park", "Instagram") == "— Kim Park, on Instagram"
    assert attribution_line("Kim Park", None) == "— Kim Park"
    assert attribution_line(None, "in Vogue") == "— In Vogue"
    assert attribution_line(None, None) == ""


def test_alt_text_shortens_at_a_sentence_first() -> None:
    text = "First sentence is short. " + "Second sentence goes on and on. " * 20
    alt = card_alt_text(text.strip(), "Ruth Okafor", "Radio North", limit=120)
    assert len(alt) <= 120
    assert alt.startswith("Quote card: “First sentence is short.")
    assert "… ” " not in alt


words = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P")), min_size=1,
                max_size=12)


@given(st.lists(words, min_size=1, max_size=120).map(" ".join),
       st.one_of(st.none(), words), st.one_of(st.none(), words),
       st.integers(min_value=60, max_value=1500))
@example("0", None, "”", 60)  # a closing mark in via once fooled this test's own parsing
def test_alt_text_always_within_limit_and_faithful(text: str, speaker: str | None,
                                                   via: str | None, limit: int) -> None:
    alt = card_alt_text(text, speaker, via, limit)
    assert len(alt) <= limit
    # With the quote: "Quote card: “...”" and the full credit, or, when nothing else fits,
    # "“...”" and the speaker's credit with or without the via (never a quote alone).
    opening = "Quote card: “" if alt.startswith("Quote card: “") else "“"
    assert alt.startswith(("Quote card", "“"))
    if alt.startswith(opening) and opening == "“":
        assert speaker
    if alt.startswith(opening):
        # The tail is known from speaker and via, which may hold a ” of their own.
        credits = [attribution_line(speaker, via)] + (
            [attribution_line(speaker, None)] if opening == "“" else [])
        # (A credit that ends in its own stop, "Robert Hale Jr.", takes no second.)
        tails = ["”" + ((f" {a}" + ("" if a.endswith(".") else ".")) if a else ".")
                 for a in credits]
        tail = next(t for t in tails if alt.endswith(t))
        quoted = alt[len(opening) : len(alt) - len(tail)]
        assert is_faithful_elision(quoted, " ".join(text.split()))


def test_a_tight_limit_leaves_out_the_opening_and_the_via_before_the_quote() -> None:
    # LinkedIn's 120 characters and a long first sentence: it fits only without "Quote card: "
    # and "on Instagram", which say less than the card's own words.
    text = ("I met the families on the harbour wall at Port Ellery last night and heard every"
            " one. I found them tired and angry and I believe they are right about the barrier.")
    first = ("“I met the families on the harbour wall at Port Ellery last night and heard every"
             " one. …”")
    assert card_alt_text(text, "Rosa Delgado-Whitfield", "Instagram", limit=120) == (
        f"{first} — Rosa Delgado-Whitfield.")
    assert card_alt_text(text, "Rosa Delgado-Whitfield", "Instagram", limit=130) == (
        f"{first} — Rosa Delgado-Whitfield, on Instagram.")
    # With room for the full form, the full form, cut where a sentence ends.
    assert card_alt_text(text, "Rosa Delgado-Whitfield", "Instagram", limit=150).startswith(
        "Quote card: “I met the families")
    # No credit, no bare quote: the opening stays, and with no room for it the card is only
    # named.
    assert card_alt_text(text, None, None, limit=105).startswith("Quote card: “I met")
    assert card_alt_text(text, None, None, limit=90) == "Quote card."


def test_alt_text_never_cuts_inside_a_sentence() -> None:
    text = "We stood on the pier at San Quentin's gate until the tide came in and then we left."
    alt = card_alt_text(text, "Ruth Okafor", "Radio North", limit=90)
    assert alt == "Quote card — Ruth Okafor, to Radio North."


def test_with_no_room_for_the_quote_the_credit_is_never_cut_mid_word() -> None:
    # (Review of round twenty-six: the full credit, role and all, was cut at the limit.)
    text = ("We stood on the pier at San Quentin's gate until the tide came in and then we"
            " walked home in silence along the front.")
    alt = card_alt_text(text, "Ann Price, chair of the Eastgate and District Tenants and"
                        " Residents Association", "BBC Radio Eastgate Breakfast", limit=120,
                        short_speaker="Ann Price")
    assert alt == "Quote card — Ann Price, to BBC Radio Eastgate Breakfast."
    assert card_alt_text(text, "Ann Price", "BBC Radio Eastgate Breakfast", limit=30) == (
        "Quote card — Ann Price.")
