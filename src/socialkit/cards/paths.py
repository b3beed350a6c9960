"""Where cards are written: file names for one quote's sizes and for a quotes file's rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from socialkit.cards.from_file import QuoteRow
from socialkit.errors import CardError

_SUFFIX_FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}
EXTENSIONS = {"png": "png", "jpeg": "jpg", "webp": "webp"}


def format_for(out: Path | None, fmt: str | None) -> str:
    """The image format: as the output file's suffix says, else as asked, else PNG.

    A suffix that is no image format we write (``c.gif``), or one that contradicts ``fmt``
    (``-o c.png --format jpeg``), is a CardError: bytes of one format under another's name
    open as a broken image.
    """
    suffix = out.suffix.lower() if out is not None else ""
    if not suffix:
        return fmt or "png"
    if suffix not in _SUFFIX_FORMATS:
        raise CardError(
            f"{out}: cannot write a '{suffix}' image (use .png, .jpg, .jpeg or .webp)"
        )
    named = _SUFFIX_FORMATS[suffix]
    if fmt and fmt != named:
        raise CardError(f"{out}: the name says {named} but --format is {fmt}")
    return named


def card_paths(out: Path | None, sizes: Sequence[str], fmt: str) -> list[Path]:
    """``-o FILE`` for one size (``FILE.ext`` when it has no suffix); ``FILE-<size>.ext`` for
    several; ``quote-card-<size>.ext`` in the current folder without ``-o``."""
    ext = EXTENSIONS[fmt]
    if out is None:
        return [Path(f"quote-card-{size}.{ext}") for size in sizes]
    if out.is_dir():
        raise CardError(f"{out} is a folder: give a file name for the card")
    if len(sizes) == 1:
        # "-o card" is written as card.png (the suffix --format gives), as the several-size
        # names are: a file with no suffix opens in no image viewer.
        return [out if out.suffix else out.with_name(f"{out.name}.{ext}")]
    stem = out.with_suffix("") if out.suffix.lower() in _SUFFIX_FORMATS else out
    return [stem.with_name(f"{stem.name}-{size}.{ext}") for size in sizes]


def row_card_name(row: QuoteRow, size: str, fmt: str) -> str:
    """``007-ana-souza-square.png``: the row's line number keeps names unique and sortable."""
    from socialkit.output import slugify

    who = slugify(row.speaker or "", fallback="quote")[:40].strip("-") or "quote"
    return f"{row.line:03d}-{who}-{size}.{EXTENSIONS[fmt]}"
