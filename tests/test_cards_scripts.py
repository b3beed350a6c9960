"""Every script drawn with real glyphs: Latin, colour emoji, Arabic, Hebrew, Chinese.

Fixture sentences are our own. Each test checks the faces the layout chose actually have the
glyphs (nothing drawn as .notdef), and that when no font has a character, a warning names it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from socialkit.cards import load_theme, render_card
from socialkit.cards.fonts import load_font
from socialkit.cards.layout import Run
from tests.cards_helpers import need_font_for, notdef_chars, write_theme

FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"
FLAG = "\U0001F1FA\U0001F1E6"


def _runs(card_lines: tuple[tuple[Run, ...], ...]) -> list[Run]:
    return [run for line in card_lines for run in line]


def _drawn_text(card_lines: tuple[tuple[Run, ...], ...]) -> str:
    return "".join(run.text for run in _runs(card_lines))


@pytest.fixture
def system_theme(tmp_path: Path) -> object:
    return load_theme(write_theme(tmp_path, system_fallback="true"))


def _assert_all_real_glyphs(runs: list[Run]) -> None:
    for run in runs:
        if run.emoji:
            continue
        assert notdef_chars(run) == [], f"drawn as .notdef with {run.face.path}"


def test_notdef_check_catches_a_face_without_the_glyph(tmp_path: Path) -> None:
    # The negative control: the quote face has no Arabic, so the check must flag every letter.
    theme = load_theme(write_theme(tmp_path))
    run = Run("مرحبا", theme.quote_font, True)
    assert notdef_chars(run) == list("مرحبا")


def test_latin_with_accents_all_real_glyphs(tmp_path: Path) -> None:
    text = "Señora Müller’s café reopened — “naïve” critics were wrong, déjà vu for Łódź."
    rendered = render_card(text, "Zoë Brontë", None, theme=load_theme(write_theme(tmp_path)))
    assert rendered.card.warnings == ()
    runs = _runs(rendered.lines)
    _assert_all_real_glyphs(runs)
    assert all(not r.emoji for r in runs)


def test_emoji_family_and_flag_are_single_colour_glyphs(tmp_path: Path) -> None:
    text = f"The whole family {FAMILY} waved the flag {FLAG} at the final whistle"
    theme = load_theme(write_theme(tmp_path))
    rendered = render_card(text, "Oksana Bilyk", "Instagram", theme=theme)
    assert rendered.card.warnings == ()
    emoji_runs = [r for r in _runs(rendered.lines) if r.emoji]
    assert {r.text for r in emoji_runs} == {FAMILY, FLAG}
    font = load_font(theme.emoji_font, 64)
    one = font.getlength("\U0001F600")
    for run in emoji_runs:
        # raqm must form one ligature: a family of four drawn as four faces would be 4x wider.
        assert font.getlength(run.text) == pytest.approx(one, rel=0.05)
    plain = render_card(text.replace(FAMILY, "x").replace(FLAG, "y"), "Oksana Bilyk",
                        "Instagram", theme=theme)

    def colourful(image: Image.Image) -> int:
        saturation = image.convert("HSV").getchannel("S")
        return saturation.point(lambda v: 255 if v > 120 else 0).histogram()[255]

    # embedded_color: the emoji add many saturated pixels that the plain text card lacks.
    assert colourful(rendered.image) > colourful(plain.image) + 2000


def test_arabic_right_to_left_real_glyphs(system_theme: object) -> None:
    need_font_for("\u0627", "Arabic")
    text = "سنبني الجسر من جديد قبل نهاية العام، وهذا وعد لكل سكان المدينة"
    rendered = render_card(text, "Layla Haddad", "Al Arabiya", theme=system_theme)  # type: ignore[arg-type]
    assert rendered.card.warnings == ()
    runs = _runs(rendered.lines)
    arabic = [r for r in runs if any("\u0600" <= ch <= "\u06FF" for ch in r.text)]
    assert arabic and all(r.rtl for r in arabic)
    _assert_all_real_glyphs(runs)
    # Right-to-left: the first line ends at the right margin and starts wherever it must.
    first_line = rendered.lines[0]
    assert first_line[0].rtl


def test_hebrew_real_glyphs(system_theme: object) -> None:
    need_font_for("\u05D0", "Hebrew")
    text = "אנחנו נפתח את הספרייה מחדש בחודש הבא, עם שעות ארוכות יותר לכולם"
    rendered = render_card(text, "Noa Peretz", None, theme=system_theme)  # type: ignore[arg-type]
    assert rendered.card.warnings == ()
    _assert_all_real_glyphs(_runs(rendered.lines))
    assert any(r.rtl for r in _runs(rendered.lines))


def test_chinese_real_glyphs_and_breaks_between_characters(system_theme: object) -> None:
    need_font_for("\u4E2D", "Chinese")
    text = "我们会在冬天之前修好这座桥，让每个孩子都能安全上学。"
    rendered = render_card(text, "王芳", "微博", size="landscape", theme=system_theme)  # type: ignore[arg-type]
    assert rendered.card.warnings == ()
    _assert_all_real_glyphs(_runs(rendered.lines))
    assert len(rendered.lines) >= 2  # no spaces, yet it wraps
    for line in rendered.lines[1:]:
        assert line[0].text[0] not in "，。”"  # kinsoku: no line starts with closing punctuation


def test_mixed_english_with_arabic_phrase_keeps_reading_order(system_theme: object) -> None:
    need_font_for("\u0627", "Arabic")
    rendered = render_card("She said “مرحبا بكم” to everyone", "Sam", None, size="landscape",
                           theme=system_theme)  # type: ignore[arg-type]
    line = rendered.lines[0]
    texts = [r.text for r in line]
    # English runs stay left to right around the Arabic run, which is drawn right to left.
    assert texts[0].startswith("She said")
    assert any(r.rtl and "مرحبا" in r.text for r in line)
    _assert_all_real_glyphs(list(line))


def test_private_use_character_is_a_warning_not_a_box(system_theme: object) -> None:
    text = "The code \U000F0001 appears in the filing"
    rendered = render_card(text, "Clerk", None, theme=system_theme)  # type: ignore[arg-type]
    assert rendered.card.warnings == (
        "no installed font can draw character U+F0001 <private use> in the quote; "
        "left out of the card",)
    assert "\U000F0001" not in _drawn_text(rendered.lines)
    assert "code appears" in _drawn_text(rendered.lines)  # no double space where it was


def test_without_fallback_fonts_arabic_is_named_in_a_warning(tmp_path: Path) -> None:
    theme = load_theme(write_theme(tmp_path))  # system_fallback = false, no fallback_fonts
    rendered = render_card("Welcome: مرحبا", "Host", None, theme=theme)
    (warning,) = rendered.card.warnings
    assert warning.startswith("no installed font can draw characters U+0645 ARABIC LETTER MEEM, "
                              "U+0631 ARABIC LETTER REH, U+062D ARABIC LETTER HAH")
    assert "مرحبا"[0] not in _drawn_text(rendered.lines)


def test_theme_fallback_font_is_used_before_system_fonts(tmp_path: Path) -> None:
    need_font_for("\u0627", "Arabic")
    import subprocess

    path = subprocess.run(["fc-match", "-f", "%{file}", ":charset=627:lang=ar"],
                          capture_output=True, text=True, check=False).stdout.strip()
    theme = load_theme(write_theme(tmp_path, fallback_fonts=f'["{path}"]'))
    rendered = render_card("Welcome: مرحبا", "Host", None, theme=theme)
    assert rendered.card.warnings == ()
    arabic = [r for r in _runs(rendered.lines) if "مرحبا" in r.text]
    assert arabic and arabic[0].face.path == path
