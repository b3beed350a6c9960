"""Card themes: one frozen record per house style, loaded from a TOML file.

Built-in themes live in ``socialkit/assets/themes/NAME.toml``; ``load_theme`` takes either such a
name or a path to a house-style file. Font and image references in a theme are resolved when the
theme is loaded, so a bad path is reported once, with the theme it came from.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from socialkit.errors import CardError
from socialkit.resources import assets_dir

ASSETS = assets_dir()
THEMES_DIR = ASSETS / "themes"
BUILTIN_THEMES = ("light", "dark", "accent")

RGB = tuple[int, int, int]

_HEX = re.compile(r"#?([0-9a-fA-F]{6})")


@dataclass(frozen=True)
class FontRef:
    """A font file and, for a collection (.ttc), the face's index within it."""

    path: str
    index: int = 0


@dataclass(frozen=True)
class Theme:
    """Everything about a card's look; colours are RGB tuples, fractions are of the card's width."""

    name: str
    background: RGB
    text: RGB
    accent: RGB
    attribution: RGB
    quote_font: FontRef
    attribution_font: FontRef
    emoji_font: FontRef
    fallback_fonts: tuple[FontRef, ...] = ()
    # Search the system's fonts (fontconfig) for scripts the theme's faces lack.
    system_fallback: bool = True
    # A serif theme asks fontconfig for serif fallbacks first, so mixed-script quotes match.
    serif: bool = True
    margin: float = 0.085
    line_height: float = 1.22
    quote_max: float = 0.095
    quote_min: float = 0.034
    attribution_size: float = 0.031
    rule: bool = True
    logo: str | None = None
    logo_height: float = 0.07
    background_image: str | None = None
    # The least darkening laid over a background photo; raised until the text meets WCAG AA.
    overlay: float = 0.45

    def fallbacks_with_quote(self) -> tuple[FontRef, ...]:
        """The attribution's fallbacks: the theme's own, then the quote face (for its symbols)."""
        return (*self.fallback_fonts, self.quote_font)


def _color(value: object, key: str, source: str) -> RGB:
    if not isinstance(value, str) or not _HEX.fullmatch(value.strip()):
        raise CardError(f"theme {source}: {key} must be a colour like \"#1a2b3c\", got {value!r}")
    digits = value.strip().lstrip("#")
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def resolve_font_ref(ref: str, base: Path) -> FontRef:
    """``pkg:MODULE/REL/PATH`` (a font a PyPI package ships) or a file path; ``#N`` picks a face."""
    index = 0
    if "#" in ref:
        ref, _, idx = ref.rpartition("#")
        if not idx.isdigit():
            raise CardError(f"font reference {ref!r}: face index after '#' must be a number")
        index = int(idx)
    if ref.startswith("pkg:"):
        module, _, rel = ref[4:].partition("/")
        spec = importlib.util.find_spec(module) if module else None
        if spec is None or spec.origin is None:
            raise CardError(f"font package {module!r} is not installed (needed for {ref!r})")
        path = Path(spec.origin).parent / rel
    else:
        path = Path(ref).expanduser()
        if not path.is_absolute():
            path = base / path
    if not path.is_file():
        raise CardError(f"font file not found: {path}")
    return FontRef(str(path), index)


def _resolve_file(ref: str, base: Path, what: str) -> str:
    path = Path(ref[6:]) if ref.startswith("asset:") else Path(ref).expanduser()
    if ref.startswith("asset:"):
        path = ASSETS / path
    elif not path.is_absolute():
        path = base / path
    if not path.is_file():
        raise CardError(f"{what} not found: {path}")
    return str(path)


def theme_from_mapping(data: dict[str, object], *, name: str, base: Path) -> Theme:
    """Build a Theme from parsed TOML; unknown keys are errors so a typo is not silently ignored."""
    known = {f.name for f in fields(Theme)} - {"name"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise CardError(f"theme {name}: unknown key {unknown[0]!r}")
    try:
        colors = {k: _color(data[k], k, name) for k in ("background", "text", "accent")}
    except KeyError as missing:
        raise CardError(f"theme {name}: missing key {missing.args[0]!r}") from None
    attribution = _color(data.get("attribution", data["accent"]), "attribution", name)
    fonts: dict[str, FontRef] = {}
    for key in ("quote_font", "attribution_font", "emoji_font"):
        value = data.get(key)
        if not isinstance(value, str):
            raise CardError(f"theme {name}: {key} must be a font reference string")
        fonts[key] = resolve_font_ref(value, base)
    fallback = data.get("fallback_fonts", [])
    if not isinstance(fallback, list) or not all(isinstance(x, str) for x in fallback):
        raise CardError(f"theme {name}: fallback_fonts must be a list of font references")
    numbers: dict[str, float] = {}
    for key in ("margin", "line_height", "quote_max", "quote_min", "attribution_size",
                "logo_height", "overlay"):
        if key in data:
            value = data[key]
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise CardError(f"theme {name}: {key} must be a non-negative number")
            numbers[key] = float(value)
    flags: dict[str, bool] = {}
    for key in ("system_fallback", "serif", "rule"):
        if key in data:
            if not isinstance(data[key], bool):
                raise CardError(f"theme {name}: {key} must be true or false")
            flags[key] = bool(data[key])
    logo = data.get("logo")
    image = data.get("background_image")
    for key, value in (("logo", logo), ("background_image", image)):
        if value is not None and not isinstance(value, str):
            raise CardError(f"theme {name}: {key} must be a file path")
    theme = Theme(
        name=name,
        background=colors["background"],
        text=colors["text"],
        accent=colors["accent"],
        attribution=attribution,
        quote_font=fonts["quote_font"],
        attribution_font=fonts["attribution_font"],
        emoji_font=fonts["emoji_font"],
        fallback_fonts=tuple(resolve_font_ref(x, base) for x in fallback),
        logo=_resolve_file(logo, base, "logo file") if isinstance(logo, str) and logo else None,
        background_image=(_resolve_file(image, base, "background image")
                          if isinstance(image, str) and image else None),
        **numbers,  # type: ignore[arg-type]
        **flags,
    )
    if theme.quote_min > theme.quote_max:
        raise CardError(f"theme {name}: quote_min is larger than quote_max")
    return theme


@lru_cache(maxsize=32)
def _load_theme_file(path: Path) -> Theme:
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise CardError(f"cannot read theme {path}: {err.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise CardError(f"theme {path} is not valid TOML: {err}") from None
    name = data.pop("name", path.stem)
    if not isinstance(name, str):
        raise CardError(f"theme {path}: name must be a string")
    return theme_from_mapping(data, name=name, base=path.parent)


def load_theme(name_or_path: str | Path = "light", *, logo: str | Path | None = None) -> Theme:
    """A built-in theme by name (light, dark, accent) or a house-style TOML file by path.

    ``logo`` (a file, e.g. from socialkit.toml) replaces the theme's own logo.
    """
    text = str(name_or_path)
    if text in BUILTIN_THEMES:
        theme = _load_theme_file(THEMES_DIR / f"{text}.toml")
    else:
        path = Path(text).expanduser()
        if not path.suffix and not path.exists():
            raise CardError(
                f"unknown theme {text!r}: use one of {', '.join(BUILTIN_THEMES)} or a .toml file")
        theme = _load_theme_file(path.resolve())
    if logo is not None:
        theme = replace(theme, logo=_resolve_file(str(logo), Path.cwd(), "logo file"))
    return theme


def with_background(theme: Theme, image: str | Path) -> Theme:
    """``theme`` with a background photo (checked to exist; opened and checked when drawn)."""
    path = _resolve_file(str(image), Path.cwd(), "background image")
    return replace(theme, background_image=path)


def with_colours(theme: Theme, colours: Mapping[str, str]) -> Theme:
    """``theme`` with the house colours from socialkit.toml's [colours] over its own."""
    if not colours:
        return theme
    changes = {key: _color(value, key, "socialkit.toml [colours]")
               for key, value in colours.items()}
    return replace(theme, **changes)  # type: ignore[arg-type]
