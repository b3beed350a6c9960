"""Golden cards: the same input draws the same picture, within FreeType's version-to-version noise.

Compared as Pillow's own tests do: size and mode exactly, pixels within a tolerance. The theme
uses only fonts PyPI packages ship, so the images do not depend on the machine's fonts.
Regenerate after an intended change with SOCIALKIT_UPDATE_GOLDEN=1 and look at the files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from socialkit.cards import load_theme, render_card
from tests.cards_helpers import write_theme

GOLDEN = Path(__file__).resolve().parent / "golden"
CASES = {
    "latin-480x480": ("The bridge will be open by spring, and I will walk across it first.",
                      "Ruth Okafor", "Radio North", "480x480"),
    "emoji-480x270": ("Champions again 🏆 — thank you all 👏🏽 see you in Lisbon 🇵🇹",
                      "Inês Carvalho", "Instagram", "480x270"),
}


def _difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """Mean absolute difference (0-255) and the share of pixels off by more than 48."""
    diff = ImageChops.difference(a, b).convert("L")
    histogram = diff.histogram()
    total = a.width * a.height
    mean = sum(value * count for value, count in enumerate(histogram)) / total
    far = sum(histogram[49:]) / total
    return mean, far


@pytest.mark.parametrize("name", list(CASES))
def test_golden(name: str, tmp_path: Path) -> None:
    text, speaker, via, size = CASES[name]
    theme = load_theme(write_theme(tmp_path, logo=f'"{GOLDEN / "logo-small.png"}"'))
    image = render_card(text, speaker, via, size=size, theme=theme).image
    path = GOLDEN / f"{name}.png"
    if os.environ.get("SOCIALKIT_UPDATE_GOLDEN"):
        image.save(path, optimize=True)
    expected = Image.open(path)
    assert expected.size == image.size
    assert expected.mode == image.mode
    mean, far = _difference(expected, image)
    assert mean < 1.5, f"mean pixel difference {mean:.2f}"
    assert far < 0.005, f"{far:.2%} of pixels differ by more than 48"


def test_golden_comparison_notices_a_change(tmp_path: Path) -> None:
    # The tolerance must not swallow a real change: one word different is caught.
    text, speaker, via, size = CASES["latin-480x480"]
    theme = load_theme(write_theme(tmp_path, logo=f'"{GOLDEN / "logo-small.png"}"'))
    image = render_card(text.replace("spring", "summer"), speaker, via, size=size,
                        theme=theme).image
    mean, far = _difference(Image.open(GOLDEN / "latin-480x480.png"), image)
    assert mean >= 1.5 or far >= 0.005
