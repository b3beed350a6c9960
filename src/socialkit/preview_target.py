"""What `socialkit preview` shows: an output folder's posts.json, or an article composed now."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from socialkit.config import Config
from socialkit.errors import SocialkitError


@dataclass(frozen=True)
class PreviewSource:
    data: Mapping[str, Any]
    images: Mapping[str, str]
    default_html: Path


def load_preview(target: str, config: Config, *, with_cards: bool) -> PreviewSource:
    """An OUTDIR (holding posts.json) is read as written; anything else is read as an article.

    Images are embedded as data URIs because the HTML may be written anywhere.
    """
    from socialkit.preview import data_uri

    path = Path(target)
    if path.is_dir():
        posts_json = path / "posts.json"
        if not posts_json.is_file():
            raise SocialkitError(f"{target}: no posts.json here (is it a compose output folder?)")
        try:
            data = json.loads(posts_json.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise SocialkitError(f"{posts_json}: not valid JSON ({exc})") from exc
        if not _is_posts_json(data):
            raise SocialkitError(
                f"{posts_json}: not a socialkit posts.json (each post needs platform, text, "
                "length and limit)"
            )
        images = {
            str(post["card"]): data_uri((path / str(post["card"])).read_bytes(), str(post["card"]))
            for post in data.get("posts", [])
            if post.get("card") and (path / str(post["card"])).is_file()
        }
        return PreviewSource(data=data, images=images, default_html=path / "preview.html")

    from socialkit.article import read_article
    from socialkit.pipeline import ComposeOptions, compose

    result = compose(read_article(target), config, ComposeOptions(cards=with_cards))
    images = {card.relpath: data_uri(card.data, card.relpath) for card in result.cards}
    default_html = Path(tempfile.gettempdir()) / f"socialkit-preview-{result.slug}.html"
    return PreviewSource(data=result.to_json(), images=images, default_html=default_html)


def _is_posts_json(data: object) -> bool:
    # A hand-edited or foreign posts.json is refused here rather than failing half-way through
    # the preview.
    posts = data.get("posts") if isinstance(data, dict) else None
    return isinstance(posts, list) and all(
        isinstance(post, dict)
        and isinstance(post.get("platform"), str)
        and isinstance(post.get("text"), str)
        and isinstance(post.get("length"), int)
        and isinstance(post.get("limit"), int)
        and isinstance(post.get("parts") or [], list)
        and isinstance(post.get("problems") or [], list)
        for post in posts
    )
