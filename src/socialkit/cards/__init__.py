"""Quote cards drawn with Pillow: fitted type, colour emoji, every script, themes, alt text."""

from __future__ import annotations

from socialkit.cards.alt import DEFAULT_ALT_LIMIT, card_alt_text
from socialkit.cards.from_file import QuoteRow, RowResult, read_quote_rows, render_quote_file
from socialkit.cards.render import FORMATS, MAX_BYTES, SIZES, RenderedCard, render_card
from socialkit.cards.themes import BUILTIN_THEMES, Theme, load_theme, with_background

# The card size each platform shows best when a caller does not pick one.
PLATFORM_SIZES: dict[str, str] = {
    "x": "landscape",
    "bluesky": "landscape",
    "mastodon": "landscape",
    "threads": "portrait",
    "instagram": "portrait",
    "linkedin": "link",
    "facebook": "link",
}

__all__ = [
    "BUILTIN_THEMES",
    "DEFAULT_ALT_LIMIT",
    "FORMATS",
    "MAX_BYTES",
    "PLATFORM_SIZES",
    "SIZES",
    "QuoteRow",
    "RenderedCard",
    "RowResult",
    "Theme",
    "card_alt_text",
    "load_theme",
    "read_quote_rows",
    "render_card",
    "render_quote_file",
    "with_background",
]
