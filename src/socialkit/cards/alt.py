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
                  limit: int = DEFAULT_ALT_LIMIT, short_speaker: str | None = None) -> str:
    """``Quote card: “…” — Speaker, on Via.`` within ``limit`` characters.

    When the whole quote does not fit, it is shortened where a sentence ends, with "…". Under a
    tight limit (LinkedIn's 120 characters) the card's own words come first: when no sentence
    of the quote fits, the speaker's role (``short_speaker`` is the credit without it), then
    the "Quote card: " opening, then the via are left out in turn. If even the first sentence
    does not fit that way, the quote is left out rather than cut mid-sentence.
    """
    quote = " ".join(text.split())
    short = short_speaker or speaker
    forms = [("Quote card: ", attribution_line(speaker, via)),
             ("Quote card: ", attribution_line(short, via))]
    if short:
        # (Without "Quote card: " only when a credit says whose words they are: a bare
        # “...”. says nothing of what the image is.)
        forms += [("", attribution_line(short, via)), ("", attribution_line(short, None))]
    # Cut only where a sentence ends, as posts are: a mid-sentence cut ("…at San…") can
    # change what was said, and alt text is read as the card's words. A fuller form with a
    # shorter cut comes before a bare one with more of the quote.
    cuts = [quote, *sentence_cuts(quote)]
    for opening, attribution in forms:
        for shorter in cuts:
            candidate = f"{opening}“{shorter}”{_tail(attribution)}"
            if len(candidate) <= limit:
                return candidate
    # No quote: the card and its credit, the shortest that fits ("Quote card — Ann Price, to
    # BBC Radio Eastgate." before a credit cut mid-word).
    for _, attribution in forms:
        fallback = f"Quote card{_tail(attribution)}" if attribution else "Quote card."
        if len(fallback) <= limit:
            return fallback
    return "Quote card."[:limit]


def _tail(attribution: str) -> str:
    # (A credit ending in its own stop, "Robert Hale Jr.", takes no second one.)
    if not attribution:
        return "."
    return f" {attribution}" + ("" if attribution.endswith(".") else ".")
