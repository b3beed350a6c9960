"""The story link each post carries, with UTM parameters so analytics can tell networks apart.

UTM is opt-in ([link] utm = true): utm_source is the platform, utm_medium is "social" and
utm_campaign the start of the article's slug (at most 24 characters) unless the config says
otherwise. The link's own query parameters and fragment are kept as they are.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign")


def add_utm(url: str, *, source: str, medium: str = "social", campaign: str | None = None) -> str:
    """``url`` with utm_source/utm_medium/utm_campaign set; other query parameters kept in order.

    Existing UTM values are replaced, since a link shared on Bluesky must not report itself as X.
    """
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k not in _UTM_KEYS]
    utm = [("utm_source", source), ("utm_medium", medium)]
    if campaign:
        utm.append(("utm_campaign", campaign))
    query = urlencode(kept + utm, safe="/:")
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", query, parts.fragment))


def post_link(
    url: str | None,
    platform: str,
    *,
    utm: bool = True,
    medium: str = "social",
    campaign: str | None = None,
    slug: str = "",
) -> str | None:
    """The link for ``platform``'s post: ``url`` with UTM parameters when ``utm`` is on."""
    if not url:
        return None
    if not utm:
        return url
    return add_utm(url, source=platform, medium=medium, campaign=campaign or short_campaign(slug))


def short_campaign(slug: str, limit: int = 24) -> str | None:
    """A campaign value short enough not to swamp a post: the slug's first words, at most
    ``limit`` characters, cut at a hyphen ("coastal-town-votes-to")."""
    if len(slug) <= limit:
        return slug or None
    cut = slug.rfind("-", 0, limit + 1)
    return slug[: cut if cut > 0 else limit]
