"""Where the built-in templates and assets live, installed or in a checkout.

An installed wheel carries them inside the package (socialkit/templates, socialkit/assets); an
editable install or a checkout has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parents[1] / name


def templates_dir() -> Path:
    """The directory holding the built-in post templates (x.j2, bluesky.j2, ...)."""
    return _find("templates")


def assets_dir() -> Path:
    """The directory holding built-in themes and brand placeholders."""
    return _find("assets")
