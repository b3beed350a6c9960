"""Our cmap reader gives fontTools' answer, or no answer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from socialkit.cards import load_theme
from socialkit.cards.cmap import read_cmap


def _fonttools(path: str, index: int) -> frozenset[int]:
    cmap = TTFont(path, fontNumber=index, lazy=True).getBestCmap()
    return frozenset(cmap or ())


def _theme_fonts() -> set[tuple[str, int]]:
    fonts = set()
    for name in ("light", "dark", "accent"):
        theme = load_theme(name)
        for ref in (theme.quote_font, theme.attribution_font, theme.emoji_font,
                    *theme.fallback_fonts):
            fonts.add((ref.path, ref.index))
    return fonts


def _system_fonts(limit: int) -> list[tuple[str, int]]:
    if shutil.which("fc-list") is None:
        return []
    out = subprocess.run(["fc-list", "--format", "%{file}:%{index}\n"], capture_output=True,
                         text=True, check=False).stdout
    fonts = {(f, int(i or 0)) for f, _, i in (line.rpartition(":") for line in out.splitlines())}
    # The smallest files, for speed, but every collection (.ttc) index among them.
    return sorted(fonts, key=lambda f: (Path(f[0]).stat().st_size, f))[:limit]


def test_theme_fonts_read_as_fonttools_reads_them() -> None:
    for path, index in sorted(_theme_fonts()):
        assert read_cmap(path, index) == _fonttools(path, index), path


def test_system_fonts_read_as_fonttools_reads_them() -> None:
    fonts = _system_fonts(25)
    if not fonts:
        pytest.skip("no fontconfig fonts on this machine")
    answered = 0
    for path, index in fonts:
        mine = read_cmap(path, index)
        if mine is not None:
            answered += 1
            assert mine == _fonttools(path, index), (path, index)
    assert answered > 0


def test_no_answer_for_what_it_does_not_know(tmp_path: Path) -> None:
    path, index = sorted(_theme_fonts())[0]
    assert read_cmap(path, index + 5) is None  # not a collection: only index 0
    text = tmp_path / "notes.ttf"
    text.write_text("not a font", encoding="utf-8")
    assert read_cmap(str(text)) is None
    truncated = tmp_path / "cut.ttf"
    truncated.write_bytes(Path(path).read_bytes()[:200])
    assert read_cmap(str(truncated)) is None
    assert read_cmap(str(tmp_path / "missing.ttf")) is None
