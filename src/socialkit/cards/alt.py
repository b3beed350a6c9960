"""Alt text for a quote card: what the image says, in words a screen reader can speak."""

from __future__ import annotations

from socialkit.attribution import attribution_line as shared_attribution_line
from socialkit.elide import sentence_cuts

# The tightest alt-text limit among the platforms with a confirmed one (X, Instagram, Facebook:
# 1,000 characters); a caller posting to a stricter place passes its own limit.
DEFAULT_ALT_LIMIT = 1000


def attribution_line(speaker: str | None, via: str | None) -> str:
    """``— Kim Kardashian West, on Instagram``, ``— Rosa Delgado, to CBS News``: the shared rule
    (socialkit.attribution), so a card and its post credit a quote in the same words."""
    return shared_attribution_line(speaker, via)


def card_alt_text(text: str, speaker: str | None, via: str | None = None,
                  limit: int = DEFAULT_ALT_LIMIT) -> str:
    """``Quote card: “…” — Speaker, on Via.`` within ``limit`` characters.

    When the whole quote does not fit, it is shortened where a sentence ends, with "…"; if even
    its first sentence does not fit, the quote is left out rather than cut mid-sentence.
    """
    quote = " ".join(text.split())
    attribution = attribution_line(speaker, via)
    # (A credit ending in its own stop, "Robert Hale Jr.", takes no second one.)
    tail = (f" {attribution}" + ("" if attribution.endswith(".") else ".")) if attribution else "."

    def build(q: str) -> str:
        return f"Quote card: “{q}”{tail}"

    candidate = build(quote)
    if len(candidate) <= limit:
        return candidate
    # Cut only where a sentence ends, as posts are: a mid-sentence cut ("…at San…") can
    # change what was said, and alt text is read as the card's words.
    for shorter in sentence_cuts(quote):
        candidate = build(shorter)
        if len(candidate) <= limit:
            return candidate
    fallback = f"Quote card{tail}" if attribution else "Quote card."
    return fallback[:limit]
