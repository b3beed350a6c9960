"""Drawing a quote card: background, hanging quote mark, fitted quote, attribution, logo."""

from __future__ import annotations

import io
import math
import re
import unicodedata
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps, UnidentifiedImageError

from socialkit.cards.alt import DEFAULT_ALT_LIMIT, attribution_line, card_alt_text
from socialkit.cards.contrast import contrast_ratio
from socialkit.cards.fonts import FontChain, coverage, load_font
from socialkit.cards.layout import (
    REF_SIZE,
    Atom,
    Itemized,
    Run,
    balanced_lines,
    greedy_lines,
    itemize,
    largest_fitting_size,
    line_runs,
    missing_warning,
    run_width,
    visual_order,
)
from socialkit.cards.themes import RGB, FontRef, Theme, load_theme
from socialkit.elide import sentence_cuts
from socialkit.errors import CardError
from socialkit.models import Card

SIZES: dict[str, tuple[int, int]] = {
    "square": (1080, 1080),
    "portrait": (1080, 1350),
    "landscape": (1200, 675),
    "link": (1200, 630),
    "story": (1080, 1920),
}
FORMATS = ("png", "jpeg", "webp")
# Bluesky's link-card thumbnail is the tightest limit of any platform a card is for.
MAX_BYTES = 1_000_000
_CUSTOM_SIZE = re.compile(r"(\d{2,4})x(\d{2,4})")
WCAG_AA = 4.5


def parse_size(size: str) -> tuple[int, int]:
    """A preset name (square, portrait, landscape, link, story) or ``WIDTHxHEIGHT`` in pixels."""
    if size in SIZES:
        return SIZES[size]
    match = _CUSTOM_SIZE.fullmatch(size)
    if match:
        width, height = int(match[1]), int(match[2])
        if 200 <= width <= 4096 and 200 <= height <= 4096:
            return width, height
    raise CardError(
        f"unknown card size {size!r}: use one of {', '.join(SIZES)} or WIDTHxHEIGHT (200-4096)")


@dataclass(frozen=True)
class RenderedCard:
    """A drawn card: the image, its record (size, alt text, warnings) and the text on it."""

    image: Image.Image
    card: Card
    quote: str
    lines: tuple[tuple[Run, ...], ...]
    font_size: int  # the quote's fitted size in pixels

    def encode(self, fmt: str = "png") -> bytes:
        """The card as PNG, JPEG or WebP bytes, the same bytes for the same card, within 1 MB."""
        fmt = fmt.lower()
        if fmt == "jpg":
            fmt = "jpeg"
        if fmt not in FORMATS:
            raise CardError(f"unknown image format {fmt!r}: use png, jpeg or webp")
        if fmt == "png":
            data = _save(self.image, "PNG", compress_level=6)
            if len(data) > MAX_BYTES:
                # A photo background can make a PNG large; 256 colours keeps text crisp.
                data = _save(self.image.quantize(256, method=Image.Quantize.MEDIANCUT), "PNG",
                             compress_level=9)
        else:
            data = b""
            for quality in (90, 82, 74, 66, 58, 50):
                options: dict[str, object] = {"quality": quality}
                if fmt == "jpeg":
                    # 4:4:4 keeps coloured text edges sharp; no EXIF or timestamps, so output is
                    # deterministic.
                    options["subsampling"] = 0
                else:
                    options["method"] = 4
                data = _save(self.image, fmt.upper(), **options)
                if len(data) <= MAX_BYTES:
                    break
        if len(data) > MAX_BYTES:
            raise CardError(f"the {self.card.size} card is {len(data):,} bytes as {fmt.upper()}, "
                            f"over the {MAX_BYTES:,}-byte limit")
        return data


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def typographic(text: str) -> str:
    """Whitespace folded, straight quotes made curly; inner double quotes become single ones
    because the card sets the whole quotation in double quotes."""
    text = " ".join(text.split())
    text = re.sub(r"(^|[\s(\[{—–-])[\"“]", r"\1‘", text)
    text = text.replace('"', "’").replace("“", "‘").replace("”", "’")
    text = re.sub(r"(^|[\s(\[{—–-])'", r"\1‘", text)
    return text.replace("'", "’")


@lru_cache(maxsize=8)
def _logo(path: str, height: int) -> Image.Image:
    image = _open_image(path, "logo")
    width = max(1, round(image.width * height / image.height))
    return image.convert("RGBA").resize((width, height), Image.Resampling.LANCZOS)


def _open_image(path: str, what: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Over Pillow's pixel limit is a warning, over twice the limit an error: refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                image.load()
                return image.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise CardError(f"{what} {path} is too large: over Pillow's "
                        f"{Image.MAX_IMAGE_PIXELS:,}-pixel decompression-bomb limit") from None
    except FileNotFoundError:
        raise CardError(f"{what} not found: {path}") from None
    except OSError as err:  # UnidentifiedImageError is an OSError too
        reason = "not an image" if isinstance(err, UnidentifiedImageError) else str(err)
        raise CardError(f"{what} {path} cannot be read: {reason}") from None


@lru_cache(maxsize=8)
def _background(path: str, width: int, height: int) -> Image.Image:
    image = _open_image(path, "background image").convert("RGB")
    return ImageOps.fit(image, (width, height), Image.Resampling.LANCZOS)


def _photo_with_overlay(theme: Theme, path: str, width: int, height: int,
                        lines: Sequence[tuple[tuple[int, int, int, int], RGB]],
                        region: int) -> tuple[Image.Image, list[str]]:
    """The photo under a wash of the theme's background colour, strong enough for WCAG AA
    behind every line of text: ``lines`` are (box, colour) of each line drawn on the card.

    Contrast is measured against the worst region behind each line (the photo averaged over
    ``region``-pixel squares, about a glyph stroke or two), not against the box as a whole: a
    bright disc under one line must not hide behind a dark average.
    """
    photo = _background(path, width, height)
    regions: list[tuple[Image.Image, RGB]] = []
    for (left, top, right, bottom), colour in lines:
        box = (max(0, left), max(0, top), min(width, right), min(height, bottom))
        if box[2] - box[0] < 1 or box[3] - box[1] < 1:
            continue
        crop = photo.crop(box)
        regions.append((crop.reduce(region) if min(crop.size) >= region else crop, colour))
    wash: RGB = theme.background
    alpha = theme.overlay
    while True:
        worst = _worst_contrast(regions, wash, alpha)
        if worst >= WCAG_AA or alpha >= 0.95:
            break
        alpha = min(0.95, round(alpha + 0.05, 2))
    warnings_out = [] if worst >= WCAG_AA else [
        f"text contrast on the background image is {worst:.1f}:1, below WCAG AA 4.5:1"]
    overlay = Image.new("RGB", (width, height), wash)
    return Image.blend(photo, overlay, alpha), warnings_out


def _worst_contrast(regions: Sequence[tuple[Image.Image, RGB]], wash: RGB,
                    alpha: float) -> float:
    """The lowest contrast between a line's colour and any region behind it, once washed."""
    worst = 21.0
    for image, colour in regions:
        washed = Image.blend(image, Image.new("RGB", image.size, wash), alpha)
        for _, pixel in washed.getcolors(washed.width * washed.height) or ():
            assert isinstance(pixel, tuple)  # an RGB image's colours are tuples
            worst = min(worst, contrast_ratio(colour, pixel))
    return worst


def _fit_quote(text: str, chain: FontChain, width: float, height: float, line_height: float,
               low: int, high: int) -> tuple[str, Itemized, int] | None:
    itemized = itemize(text + "”", chain)
    size = largest_fitting_size(itemized, width, height, line_height, low, high)
    return None if size is None else (text, itemized, size)


def _shorten(text: str, chain: FontChain, width: float, height: float, line_height: float,
             low: int) -> tuple[str, Itemized, int] | None:
    """The longest cut where a complete thought ends (socialkit.elide.sentence_cuts, the rule
    posts use) that fits at the smallest size; fitting shrinks with the prefix, so the list is
    bisected. A cut mid-sentence could change what the speaker said, so none is made."""
    for candidates in (sentence_cuts(text),):
        lo, hi, found = 0, len(candidates) - 1, None
        while lo <= hi:
            mid = (lo + hi) // 2
            fitted = _fit_quote(candidates[mid], chain, width, height, line_height, low, low)
            if fitted is not None:
                found, hi = fitted, mid - 1
            else:
                lo = mid + 1
        if found is not None:
            return found
    return None


@dataclass(frozen=True)
class _Plan:
    """One way to lay the card out: the quote as fitted, its line breaks and where it sits."""

    shown: str
    itemized: Itemized
    size: int
    shortened: bool
    bounds: list[int]
    top: float
    block_h: float
    spans: list[tuple[float, float, float]]  # (top, bottom, width) of every line


def _atoms_width(atoms: Sequence[Atom]) -> float:
    return sum(a.width + a.space_width for a in atoms) - atoms[-1].space_width


def _collides(plan: _Plan, logo: Image.Image, width: int, height: int, margin: int, *,
              itemized_rtl: bool) -> bool:
    """Whether a line would come within half a margin of the logo in the bottom-right corner."""
    gap = margin * 0.5
    logo_top = height - margin - logo.height - gap
    logo_left = width - margin - logo.width - gap
    for top, bottom, line_w in plan.spans:
        if bottom <= logo_top or top >= height - margin:
            continue
        right = width - margin if itemized_rtl else margin + line_w
        if right > logo_left:
            return True
    return False


def _draw_runs(draw: ImageDraw.ImageDraw, runs: Sequence[Run], x: float, baseline: float,
               size: int, fill: RGB) -> None:
    last = len(runs) - 1
    for k, run in enumerate(runs):
        font = load_font(run.face, size)
        direction = "rtl" if run.rtl else "ltr"
        draw.text((x, baseline), run.text, font=font, fill=fill, anchor="ls",
                  direction=direction, embedded_color=run.emoji)
        if k < last:
            x += run_width(run, size)


@lru_cache(maxsize=256)
def _mark_width(face: FontRef, size: int) -> float:
    """The advance of the opening quotation mark that hangs in the margin."""
    return load_font(face, size).getlength("“")


def _width(runs: Sequence[Run], size: int) -> float:
    return sum(run_width(run, size) for run in runs)


def _attribution_chain(chain: FontChain, quote: str) -> FontChain:
    """The attribution's faces: for a quote in a script the attribution face lacks (Chinese,
    Japanese, Korean...), the face that draws that script comes first, so the connective words
    (", on", "—") are set in the same face as the name beside them, not in a bolder Latin one."""
    covered = coverage(chain.primary)
    # Nearly every quote is in the attribution face's script: one look per distinct character
    # settles that, instead of one per character (a fifth of a millisecond a card).
    uncovered = {ch for ch in set(quote) if ord(ch) not in covered}
    if not uncovered:
        return chain
    for ch in quote:
        cp = ord(ch)
        if ch not in uncovered or not unicodedata.category(ch).startswith("L"):
            continue
        face = chain.face_for(cp)
        # Only a face that also has the connective's Latin letters can set the whole line.
        if face is not None and all(ord(c) in coverage(face) for c in "—,. ontoldiaw"):
            return replace(chain, primary=face)
        return chain
    return chain


def render_card(text: str, speaker: str | None, via: str | None = None, *,
                size: str = "square", theme: Theme | None = None,
                background: str | Path | None = None,
                alt_limit: int = DEFAULT_ALT_LIMIT) -> RenderedCard:
    """Draw a quote card; warnings (shortened quote, undrawable characters, low contrast) are
    returned in ``card.warnings``, never printed. Raises CardError when no card can be made."""
    quote = typographic(text)
    if not quote:
        raise CardError("the quote is empty: nothing to put on the card")
    theme = theme or load_theme("light")
    if background is not None:
        theme = replace(theme, background_image=str(background))
    width, height = parse_size(size)
    size_name = size
    unit = min(width, 1.5 * height)
    margin = round(theme.margin * unit)
    box_w = width - 2 * margin
    found_warnings: list[str] = []

    logo = _logo(theme.logo, max(16, round(theme.logo_height * unit))) if theme.logo else None
    bottom = height - margin - (logo.height + round(margin * 0.5) if logo else 0)

    attr_size = max(12, round(theme.attribution_size * unit))
    attr_chain = _attribution_chain(FontChain.for_attribution(theme), quote)
    attr_text = attribution_line(speaker.strip() if speaker else None,
                                 via.strip() if via else None)
    attr_lines: list[tuple[Run, ...]] = []
    attr_widths: list[float] = []
    attr_rtl = False
    if attr_text:
        attr_items = itemize(attr_text, attr_chain)
        attr_rtl = attr_items.rtl
        if attr_items.missing:
            found_warnings.append(missing_warning(attr_items.missing, "attribution"))
        scale = attr_size / REF_SIZE
        starts = greedy_lines(attr_items.atoms, scale * 1.02, box_w)
        if starts is None:
            raise CardError("the speaker or source name is too long to fit on the card")
        if len(starts) > 1:
            # Lines as even as the quote's: "... at Blue" over a lone "Origin" reads as cut.
            starts = balanced_lines(attr_items.atoms, scale * 1.02, box_w, len(starts))
        bounds = [*starts, len(attr_items.atoms)]
        attr_lines = [tuple(line_runs(attr_items.atoms[a:b], attr_items.rtl))
                      for a, b in pairwise(bounds)]
        attr_widths = [_atoms_width(attr_items.atoms[a:b]) * scale * 1.02
                       for a, b in pairwise(bounds)]
    attr_lh = round(attr_size * 1.3)
    rule_h = max(3, round(unit * 0.006)) if theme.rule and attr_lines else 0
    rule_gap = round(attr_size * 0.9) if rule_h else 0
    attr_block = len(attr_lines) * attr_lh + rule_h + rule_gap
    quote_gap = round(unit * 0.05) if attr_lines else 0
    chain = FontChain.for_quote(theme)
    low = max(10, round(theme.quote_min * unit))
    high = max(low, round(theme.quote_max * unit))

    def plan(bottom: int) -> _Plan | None:
        quote_h = bottom - margin - attr_block - quote_gap
        fitted = _fit_quote(quote, chain, box_w, quote_h, theme.line_height, low, high)
        shortened = False
        if fitted is None:
            fitted = _shorten(quote, chain, box_w, quote_h, theme.line_height, low)
            if fitted is None:
                return None
            shortened = True
        shown, itemized, qsize = fitted
        scale = qsize / REF_SIZE / 0.985
        greedy = greedy_lines(itemized.atoms, scale, box_w)
        assert greedy is not None
        starts = balanced_lines(itemized.atoms, scale, box_w, len(greedy))
        bounds = [*starts, len(itemized.atoms)]
        widths = [_atoms_width(itemized.atoms[a:b]) * scale for a, b in pairwise(bounds)]
        line_px = qsize * theme.line_height
        block_h = len(starts) * line_px + quote_gap + attr_block
        top = margin + max(0.0, (bottom - margin - block_h) / 2)
        # Each line's vertical span and width, quote then attribution, to test against the logo.
        spans = [(top + k * line_px, top + (k + 1) * line_px, w) for k, w in enumerate(widths)]
        attr_top = top + block_h - len(attr_lines) * attr_lh
        spans += [(attr_top + k * attr_lh, attr_top + (k + 1) * attr_lh, w)
                  for k, w in enumerate(attr_widths)]
        return _Plan(shown, itemized, qsize, shortened, bounds, top, block_h, spans)

    chosen: _Plan | None = None
    if logo is not None:
        # First let the text use the full height; the logo then needs its own band only if a
        # line would run into its corner.
        roomy = plan(height - margin)
        if roomy is not None and not _collides(roomy, logo, width, height, margin,
                                               itemized_rtl=roomy.itemized.rtl):
            chosen = roomy
    if chosen is None:
        chosen = plan(bottom)
    if chosen is None:
        raise CardError(f"the quote cannot fit a {size_name} card even when shortened")
    shown, itemized, qsize = chosen.shown, chosen.itemized, chosen.size
    shortened = chosen.shortened
    if shortened:
        found_warnings.append(f"quote shortened to fit the {size_name} card: “{shown}”")
    if itemized.missing:
        found_warnings.append(missing_warning(itemized.missing, "quote"))
    lines = [tuple(line_runs(itemized.atoms[a:b], itemized.rtl))
             for a, b in pairwise(chosen.bounds)]
    line_px = qsize * theme.line_height
    top = chosen.top

    if theme.background_image:
        # Every line's box, quote lines then attribution lines, as they will be drawn.
        region = max(2, round(unit / 108))  # 10 px on a 1080 px card
        boxes: list[tuple[tuple[int, int, int, int], RGB]] = []
        for k, (span_top, span_bottom, line_w) in enumerate(chosen.spans):
            left = (width - margin - line_w) if itemized.rtl else margin
            colour = theme.text if k < len(lines) else theme.attribution
            # A region's width of slack each side: drawn runs can end a little past the
            # measured width.
            boxes.append(((math.floor(left) - region, math.floor(span_top),
                           math.ceil(left + line_w) + region, math.ceil(span_bottom)), colour))
        image, contrast_warnings = _photo_with_overlay(
            theme, theme.background_image, width, height, boxes, region)
        found_warnings.extend(contrast_warnings)
    else:
        image = Image.new("RGB", (width, height), theme.background)
        for name, colour in (("text", theme.text), ("attribution", theme.attribution)):
            ratio = contrast_ratio(colour, theme.background)
            if ratio < WCAG_AA:
                found_warnings.append(f"theme {theme.name}: {name} contrast is {ratio:.1f}:1, "
                                      "below WCAG AA 4.5:1")
    draw = ImageDraw.Draw(image)

    primary = load_font(theme.quote_font, qsize)
    ascent, descent = primary.getmetrics()
    baseline = top + (line_px - (ascent + descent)) / 2 + ascent
    for k, line in enumerate(lines):
        ordered = visual_order(line, itemized.rtl)
        x = (width - margin - _width(ordered, qsize)) if itemized.rtl else margin
        if k == 0:
            mark = "“"
            mark_w = _mark_width(theme.quote_font, qsize)
            # The opening mark hangs in the margin so the text itself keeps a straight edge.
            gap = qsize * 0.04
            mark_x = (width - margin + gap) if itemized.rtl else margin - mark_w - gap
            draw.text((mark_x, baseline), mark, font=primary, fill=theme.accent, anchor="ls")
        _draw_runs(draw, ordered, x, baseline, qsize, theme.text)
        baseline += line_px

    y = top + len(lines) * line_px + quote_gap
    if rule_h:
        rule_w = round(unit * 0.08)
        rx = width - margin - rule_w if itemized.rtl else margin
        draw.rectangle((rx, round(y), rx + rule_w - 1, round(y) + rule_h - 1), fill=theme.accent)
        y += rule_h + rule_gap
    attr_font = load_font(theme.attribution_font, attr_size)
    a_ascent, a_descent = attr_font.getmetrics()
    attr_base = y + (attr_lh - (a_ascent + a_descent)) / 2 + a_ascent
    for line in attr_lines:
        ordered = visual_order(line, attr_rtl)
        # The attribution lines up with the quote; its own words decide only their order.
        x = (width - margin - _width(ordered, attr_size)) if itemized.rtl else margin
        _draw_runs(draw, ordered, x, attr_base, attr_size, theme.attribution)
        attr_base += attr_lh

    if logo is not None:
        image.paste(logo, (width - margin - logo.width, height - margin - logo.height), logo)

    card = Card(
        size=size_name, width=width, height=height,
        alt_text=card_alt_text(shown, speaker, via, alt_limit),
        shortened=shortened, warnings=tuple(found_warnings))
    return RenderedCard(image, card, shown, tuple(lines), qsize)
