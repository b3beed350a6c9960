"""Draws the placeholder brand logo (logo.png) that the built-in themes place in a corner.

Run by hand when the placeholder changes: ``python make_placeholder_logo.py``. A newsroom puts its
own logo in a house theme (``logo = "path/to/logo.png"``) instead.
"""

from __future__ import annotations

from pathlib import Path

import font_source_sans_pro
from PIL import Image, ImageDraw, ImageFont


def draw_logo(size: int = 192) -> Image.Image:
    scale = 4  # drawn large and scaled down, for smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=(226, 75, 43, 255))
    font = ImageFont.truetype(font_source_sans_pro.font_files_ttf["SourceSansProBlack"],
                              int(big * 0.58))
    draw.text((big / 2, big * 0.53), "sk", font=font, fill=(255, 255, 255, 255), anchor="mm")
    return image.resize((size, size), Image.Resampling.LANCZOS)


if __name__ == "__main__":
    draw_logo().save(Path(__file__).with_name("logo.png"), optimize=True)
