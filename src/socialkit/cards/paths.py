"""Where cards are written: file names for one quote's sizes and for a quotes file's rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from socialkit.cards.from_file import QuoteRow
from socialkit.errors import CardError

_SUFFIX_FORMATS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}
EXTENSIONS = {"png": "png", "jpeg": "jpg", "webp": "webp"}


def format_for(out: Path | None, fmt: str | None) -> str:
    """The image format: as asked, else as the output file's suffix says, else PNG."""
    if fmt:
        return fmt
    if out is not None and out.suffix.lower() in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[out.suffix.lower()]
    return "png"


def card_paths(out: Path | None, sizes: Sequence[str], fmt: str) -> list[Path]:
    """``-o FILE`` for one size; ``FILE-<size>.ext`` for several; ``quote-card-<size>.ext``
    in the current folder without ``-o``."""
    ext = EXTENSIONS[fmt]
    if out is None:
        return [Path(f"quote-card-{size}.{ext}") for size in sizes]
    if out.is_dir():
        raise CardError(f"{out} is a folder: give a file name for the card")
    if len(sizes) == 1:
        return [out]
    stem = out.with_suffix("") if out.suffix.lower() in _SUFFIX_FORMATS else out
    return [stem.with_name(f"{stem.name}-{size}.{ext}") for size in sizes]


def row_card_name(row: QuoteRow, size: str, fmt: str) -> str:
    """``007-ana-souza-square.png``: the row's line number keeps names unique and sortable."""
    from socialkit.output import slugify

    who = slugify(row.speaker or "", fallback="quote")[:40].strip("-") or "quote"
    return f"{row.line:03d}-{who}-{size}.{EXTENSIONS[fmt]}"
