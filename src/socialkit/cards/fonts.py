"""Which font draws which character: the theme's faces, colour emoji, and per-script fallbacks.

Pillow cannot say whether a face has a glyph, so coverage comes from each font's cmap (read once
per process with fontTools). A character the quote face lacks is drawn with the first face that
has it: the theme's fallbacks, then a system face found through fontconfig. A character no font
has is reported by the caller and left out, never drawn as an empty box.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageFont

from socialkit.cards.cmap import read_cmap
from socialkit.cards.themes import FontRef, Theme
from socialkit.errors import CardError

Font = ImageFont.FreeTypeFont

# Code points that never need a glyph of their own: joiners, selectors and controls are consumed
# by shaping, so a face that lacks them still draws the text around them correctly.
_INVISIBLE = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0xFE0E, 0xFE0F}


def is_invisible(cp: int) -> bool:
    """True for format characters, variation selectors and tag characters shaping consumes."""
    return (cp in _INVISIBLE or 0xE0020 <= cp <= 0xE007F or 0xE0100 <= cp <= 0xE01EF
            or unicodedata.category(chr(cp)) in ("Cc", "Cf"))


@lru_cache(maxsize=64)
def coverage(ref: FontRef) -> frozenset[int]:
    """The code points ``ref`` maps to a glyph (its best cmap); read once per process."""
    # Our reader first: importing fontTools and decoding with it was a third of the first card's
    # cost. It answers only for the well-formed common cases (the same sets as fontTools on all
    # 325 fonts of the development machine) and leaves everything else to fontTools.
    found = read_cmap(ref.path, ref.index)
    if found:
        return found
    # Deferred: fontTools is needed only when a card is drawn.
    from fontTools.ttLib import TTFont, TTLibError

    try:
        font = TTFont(ref.path, fontNumber=ref.index, lazy=True)
        cmap = font.getBestCmap()
    # A damaged file surfaces as whichever parse step fails first.
    except (OSError, TTLibError, ValueError, KeyError, IndexError, AssertionError,
            struct.error) as err:
        raise CardError(f"font file {ref.path} cannot be read: {type(err).__name__}") from None
    if not cmap:
        raise CardError(f"font file {ref.path} has no character map")
    return frozenset(cmap)


@lru_cache(maxsize=512)
def load_font(ref: FontRef, size: int) -> Font:
    """The face at a pixel size, with raqm layout (bidi, shaping, ligatures); cached per process."""
    try:
        return ImageFont.truetype(ref.path, size, index=ref.index,
                                  layout_engine=ImageFont.Layout.RAQM)
    except OSError as err:
        raise CardError(f"font file {ref.path} cannot be loaded: {err}") from None


@lru_cache(maxsize=1024)
def system_face_for(cp: int, serif: bool) -> FontRef | None:
    """A system face that has ``cp``, found through fontconfig; Noto and the theme's style first."""
    if shutil.which("fc-list") is None:
        return None
    try:
        out = subprocess.run(
            ["fc-list", f":charset={cp:x}", "file", "index", "family", "style"],
            capture_output=True, text=True, timeout=20, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    style_word = "Serif" if serif else "Sans"
    candidates: list[tuple[int, str, str, int]] = []
    for line in out.splitlines():
        # fc-list prints "file: family:style=...:index=N" with fields in a fixed order.
        path, _, rest = line.partition(": ")
        attrs = dict(part.split("=", 1) for part in rest.split(":") if "=" in part)
        family = rest.split(":")[0].split(",")[0]
        style = attrs.get("style", "")
        # (DejaVu calls its regular face "Book"; a machine with no Noto has only it.)
        if not {"Regular", "Book", "Normal", "Roman"} & set(style.split(",")):
            continue
        score = 0
        score += 4 if family.startswith("Noto") else 0
        score += 2 if style_word in family else 0
        score -= 3 if any(w in family for w in ("Mono", "UI", "Looped", "Display", "Rashi")) else 0
        score -= 1 if "Kufi" in family or "Nastaliq" in family else 0
        candidates.append((-score, family, path, int(attrs.get("index", "0") or 0)))
    for _, _, path, index in sorted(candidates):
        ref = FontRef(path, index)
        try:
            if cp in coverage(ref):
                return ref
        except CardError:
            continue
    return None


def char_label(ch: str) -> str:
    """``U+0645 ARABIC LETTER MEEM``: how a warning names a character."""
    name = unicodedata.name(ch, "")
    if not name:
        category = unicodedata.category(ch)
        name = {"Co": "<private use>", "Cn": "<unassigned>"}.get(category, f"<{category}>")
    return f"U+{ord(ch):04X} {name}"


@dataclass(frozen=True)
class FontChain:
    """The faces one piece of text may use, in order of preference."""

    primary: FontRef
    emoji: FontRef
    fallbacks: tuple[FontRef, ...]
    system_fallback: bool
    serif: bool

    @classmethod
    def for_quote(cls, theme: Theme) -> FontChain:
        return cls(theme.quote_font, theme.emoji_font, theme.fallback_fonts,
                   theme.system_fallback, theme.serif)

    @classmethod
    def for_attribution(cls, theme: Theme) -> FontChain:
        # The attribution face is sans; fallbacks for names in other scripts follow it.
        return cls(theme.attribution_font, theme.emoji_font, theme.fallbacks_with_quote(),
                   theme.system_fallback, False)

    def face_for(self, cp: int) -> FontRef | None:
        """The first face in the chain with a glyph for ``cp``, or None when no face has one."""
        if cp in coverage(self.primary):
            return self.primary
        for ref in self.fallbacks:
            if cp in coverage(ref):
                return ref
        if self.system_fallback:
            return system_face_for(cp, self.serif)
        return None
