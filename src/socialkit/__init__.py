"""socialkit: social posts and quote cards from news articles, counted the way each platform counts.

The public API is re-exported lazily so that ``import socialkit`` (and ``socialkit --help``) stays
fast: Pillow, Jinja2 and the HTML extractor load only when a function that needs them is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Card",
    "ComposeOptions",
    "ComposeResult",
    "Config",
    "Post",
    "Quote",
    "SocialkitError",
    "__version__",
    "compose",
    "count",
    "extract_quotes",
    "load_config",
    "rank_quotes",
    "read_article",
    "render_card",
    "write_outputs",
]

_LAZY = {
    "Article": "socialkit.models",
    "Card": "socialkit.models",
    "Post": "socialkit.models",
    "Quote": "socialkit.models",
    "SocialkitError": "socialkit.errors",
    "Config": "socialkit.config",
    "load_config": "socialkit.config",
    "read_article": "socialkit.article",
    "extract_quotes": "socialkit.quotes",
    "rank_quotes": "socialkit.quotes",
    "compose": "socialkit.pipeline",
    "ComposeOptions": "socialkit.pipeline",
    "ComposeResult": "socialkit.pipeline",
    "write_outputs": "socialkit.pipeline",
    "count": "socialkit.counting",
    "render_card": "socialkit.cards",
}

if TYPE_CHECKING:  # pragma: no cover
    from socialkit.errors import SocialkitError
    from socialkit.models import Article, Card, Post, Quote


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'socialkit' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
