"""Previews of each platform's post: for the terminal, and as one self-contained HTML page.

Both work from the posts.json shape (``ComposeResult.to_json()``), so a preview of an output
folder and a preview of a freshly composed article are the same code. The HTML page loads
nothing from the network: styles are inline and images are either files beside it or data URIs.
"""

from __future__ import annotations

import base64
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

FOLD_MARK = "┈┈┈┈┈┈ see more ┈┈┈┈┈┈"
_LABELS = {
    "x": "X",
    "bluesky": "Bluesky",
    "threads": "Threads",
    "mastodon": "Mastodon",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
}


def fold_of(platform: str) -> int | None:
    """Characters shown before the platform's "see more" (None: the whole post shows)."""
    from socialkit.platforms import PLATFORMS

    known = PLATFORMS.get(platform)
    return known.fold if known is not None else None


def split_at_fold(text: str, fold: int | None) -> tuple[str, str]:
    """(shown, hidden): the fold moved back to a space so no word or emoji is split."""
    if fold is None or len(text) <= fold:
        return text, ""
    cut = text.rfind(" ", 0, fold + 1)
    newline = text.rfind("\n", 0, fold + 1)
    cut = max(cut, newline)
    if cut <= 0:
        cut = fold
    return text[:cut], text[cut:]


def _shown_hidden(text: str, fold: int | None) -> tuple[str, str]:
    shown, hidden = split_at_fold(text, fold)
    # The fold line stands where the space was; the hidden text starts on its own line.
    return shown, hidden.lstrip()


def render_preview_text(data: Mapping[str, Any], *, width: int = 78) -> str:
    """Each post as it will read: length against limit, the fold, thread parts, the card."""
    article = data.get("article", {})
    posts = data.get("posts", [])
    lines = [str(article.get("title", "")), f"{len(posts)} posts · account: {account_name(data)}"]
    for note in data.get("notes", []):
        lines.append(f"note: {note}")
    for post in posts:
        platform = str(post["platform"])
        status = "ok" if post.get("valid", True) else "INVALID: " + "; ".join(post["problems"])
        header = (
            f"── {_LABELS.get(platform, platform)} · {post['length']}/{post['limit']} · {status} "
        )
        lines += ["", header.ljust(width, "─")]
        parts = post.get("parts") or [post["text"]]
        for number, part in enumerate(parts, 1):
            if len(parts) > 1:
                lines.append(f"[{number}/{len(parts)}]")
            shown, hidden = split_at_fold(str(part), fold_of(platform))
            lines += _wrap(shown, width)
            if hidden:
                lines.append(FOLD_MARK)
                lines += _wrap(hidden.lstrip(), width)
        if post.get("card"):
            lines.append(f"card: {post['card']}")
        if post.get("alt_text"):
            lines.append(f"alt: {post['alt_text']}")
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        out += textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False) or [
            ""
        ]
    return out


def account_name(data: Mapping[str, Any]) -> str:
    """The account a preview shows: the configured brand, else the article's own site name, else
    a neutral placeholder; never ours, so an outlet's preview shows no socialkit branding."""
    article = data.get("article") or {}
    return str(data.get("brand") or article.get("source") or "Your outlet")


def render_preview_html(data: Mapping[str, Any], *, images: Mapping[str, str]) -> str:
    """The preview page. ``images`` maps a card's relative path to the ``src`` to use for it.

    Jinja2's autoescaping is on: every piece of article text is shown as text, never as markup.
    """
    import jinja2

    from socialkit.resources import templates_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    posts = []
    for post in data.get("posts", []):
        platform = str(post["platform"])
        parts = post.get("parts") or [post["text"]]
        fold = fold_of(platform)
        posts.append(
            {
                "platform": platform,
                "label": _LABELS.get(platform, platform),
                "parts": [_shown_hidden(str(p), fold) for p in parts],
                "length": post["length"],
                "limit": post["limit"],
                "valid": post.get("valid", True),
                "problems": post.get("problems", []),
                "card_src": images.get(str(post.get("card") or ""), ""),
                "card": post.get("card") or "",
                "alt_text": post.get("alt_text") or "",
                "link": post.get("link") or "",
                "fold": fold,
                "handle": str((data.get("account") or {}).get(platform) or ""),
            }
        )
    template = env.get_template("preview.html.j2")
    return template.render(
        article=data.get("article", {}),
        brand=account_name(data),
        notes=list(data.get("notes", [])),
        posts=posts,
    )


def data_uri(data: bytes, name: str) -> str:
    """A card image as a data: URI, for a preview page written away from the card's folder."""
    suffix = Path(name).suffix.lower().lstrip(".")
    mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}.get(
        suffix, "image/png"
    )
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
