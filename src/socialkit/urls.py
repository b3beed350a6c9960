"""Which links socialkit will put in a post: http and https URLs to a host, nothing else.

A link comes from the editor (``--url``), the article's front matter or the HTML page's canonical
URL, and lands in every post, the preview and posts.csv. ``javascript:``, ``data:`` or ``file:``
links, links with spaces or control characters, and links carrying a user name and password
(``https://bank.example@evil.example/``, a classic disguise) are refused.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

MAX_URL_LENGTH = 2048
"""Longest link accepted: what browsers and link shorteners reliably handle."""


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be an article's link, or None when it is a good http(s) URL."""
    if not url:
        return "it is empty"
    if len(url) > MAX_URL_LENGTH:
        return f"it is {len(url):,} characters long; the limit is {MAX_URL_LENGTH:,}"
    if any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return "it contains a space or a control character"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - urlsplit checks the port only when it is read
    except ValueError:
        return "it is not a valid URL"
    if parts.scheme.lower() not in ("http", "https"):
        # The scheme is named without its colon: the message itself must not be a live link.
        shown = f", not {parts.scheme.lower()}" if parts.scheme.isalnum() else ""
        return f"only http and https links are allowed{shown}"
    if not parts.hostname:
        return "it has no host name"
    if "@" in parts.netloc:
        return "it has a user name or password in it"
    return None

