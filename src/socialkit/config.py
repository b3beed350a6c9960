"""socialkit.toml: the newsroom's settings, read once into one frozen Config.

Unknown keys are errors that name the key, because a misspelt setting that is silently ignored
is how a post goes out without its UTM tags or with the wrong handle.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from socialkit.errors import ConfigError
from socialkit.names import CONFIG_FILENAME, PLATFORM_NAMES


def _empty_handles() -> Mapping[str, Mapping[str, str]]:
    return MappingProxyType({})


def _empty_map() -> Mapping[str, str]:
    return MappingProxyType({})


HEADLINE_CASES = ("as-written", "sentence")
COLOUR_KEYS = ("background", "text", "accent", "attribution")


@dataclass(frozen=True)
class Config:
    """The newsroom's settings. Defaults carry no one's branding: ``brand`` is empty, cards have
    no logo, links carry no UTM parameters and no hashtag is generated until asked for."""

    brand: str = ""
    platforms: tuple[str, ...] = PLATFORM_NAMES
    theme: str = "light"
    utm: bool = False
    utm_medium: str = "social"
    utm_campaign: str | None = None
    handles: Mapping[str, Mapping[str, str]] = field(default_factory=_empty_handles)
    # [hashtags]: ``hashtags`` are the house tags every post carries where it has room
    # (``hashtags.always``; a plain ``hashtags = [...]`` list means the same).
    hashtags: tuple[str, ...] = ()
    hashtags_allowed: tuple[str, ...] = ()
    hashtags_never: tuple[str, ...] = ()
    hashtags_generate: bool = False
    headline_case: str = "as-written"
    # [account]: the outlet's own handle per platform, shown in previews.
    account: Mapping[str, str] = field(default_factory=_empty_map)
    # [colours]: card colours over the theme's (background, text, accent, attribution).
    colours: Mapping[str, str] = field(default_factory=_empty_map)
    mastodon_limit: int = 500
    instagram_hashtag_limit: int = 5
    logo: str | None = None
    path: str | None = None

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        # Batch workers receive the Config by pickling, which mappingproxy refuses.
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        state["handles"] = {name: dict(per) for name, per in self.handles.items()}
        state["account"] = dict(self.account)
        state["colours"] = dict(self.colours)
        return (_config_from_state, (state,))


def _config_from_state(state: dict[str, Any]) -> Config:
    handles = {name: MappingProxyType(dict(per)) for name, per in state["handles"].items()}
    return Config(**{**state, "handles": MappingProxyType(handles),
                     "account": MappingProxyType(dict(state["account"])),
                     "colours": MappingProxyType(dict(state["colours"]))})


# section -> key -> (Config field, expected type)
_SCHEMA: dict[str, dict[str, tuple[str, type | tuple[type, ...]]]] = {
    "": {
        "brand": ("brand", str),
        "platforms": ("platforms", list),
        "theme": ("theme", str),
        "logo": ("logo", str),
        "headline_case": ("headline_case", str),
    },
    "hashtags": {
        "always": ("hashtags", list),
        "allowed": ("hashtags_allowed", list),
        "never": ("hashtags_never", list),
        "generate": ("hashtags_generate", bool),
    },
    "link": {
        "utm": ("utm", bool),
        "utm_medium": ("utm_medium", str),
        "utm_campaign": ("utm_campaign", str),
    },
    "mastodon": {"limit": ("mastodon_limit", int)},
    "instagram": {"hashtag_limit": ("instagram_hashtag_limit", int)},
}


def find_config(explicit: str | Path | None, cwd: Path | None = None) -> Path | None:
    """The config file to use: the one given, else ./socialkit.toml if present, else none."""
    if explicit is not None:
        return Path(explicit)
    candidate = (cwd or Path.cwd()) / CONFIG_FILENAME
    return candidate if candidate.is_file() else None


def load_config(path: str | Path | None = None) -> Config:
    """Read a socialkit.toml into a Config; ``None`` gives the defaults."""
    if path is None:
        return Config()
    path = Path(path)
    name = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ConfigError(f"{name}: config file not found") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{name}: is a directory, not a config file") from exc
    except OSError as exc:
        raise ConfigError(f"{name}: cannot be read ({exc.strerror})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{name}: is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}: invalid TOML: {exc}") from exc
    return config_from_dict(data, name)


def config_from_dict(data: Mapping[str, Any], name: str = "socialkit.toml") -> Config:
    values: dict[str, Any] = {"path": name}
    for key, value in data.items():
        if key == "handles":
            values["handles"] = _read_handles(value, name)
        elif key == "hashtags" and isinstance(value, list):
            # The first shape: a plain list of house tags, read as [hashtags] always.
            values["hashtags"] = value
        elif key == "hashtags" and not isinstance(value, dict):
            raise ConfigError(f"{name}: 'hashtags' must be a table ([hashtags] with always, "
                              "allowed, never, generate) or a list of house tags")
        elif key in ("account", "colours"):
            values[key] = _read_strings(key, value, name)
        elif key in _SCHEMA and key != "":
            if not isinstance(value, dict):
                raise ConfigError(f"{name}: [{key}] must be a table")
            for sub_key, sub_value in value.items():
                _set(values, _SCHEMA[key], sub_key, sub_value, f"{key}.{sub_key}", name)
        else:
            _set(values, _SCHEMA[""], key, value, key, name)
    if "platforms" in values:
        platforms = tuple(str(p).lower() for p in values["platforms"])
        for platform in platforms:
            if platform not in PLATFORM_NAMES:
                raise ConfigError(
                    f"{name}: platforms: unknown platform '{platform}' "
                    f"(known: {', '.join(PLATFORM_NAMES)})"
                )
        values["platforms"] = platforms
    for key in ("hashtags", "hashtags_allowed", "hashtags_never"):
        if key in values:
            shown = "hashtags" if key == "hashtags" else key.replace("_", ".", 1)
            if not all(isinstance(t, str) and t.strip("# ") for t in values[key]):
                raise ConfigError(f"{name}: '{shown}' must be a list of tags (strings)")
            values[key] = tuple(str(t).strip().lstrip("#") for t in values[key])
    if values.get("headline_case", "as-written") not in HEADLINE_CASES:
        raise ConfigError(f"{name}: 'headline_case' must be one of {', '.join(HEADLINE_CASES)}, "
                          f"not {values['headline_case']!r}")
    for key in ("mastodon_limit", "instagram_hashtag_limit"):
        if key in values and values[key] < 1:
            raise ConfigError(f"{name}: {key.replace('_', '.', 1)} must be at least 1")
    return Config(**values)


def _set(
    values: dict[str, Any],
    schema: Mapping[str, tuple[str, type | tuple[type, ...]]],
    key: str,
    value: object,
    shown: str,
    name: str,
) -> None:
    if key not in schema:
        raise ConfigError(f"{name}: unknown key '{shown}'")
    field_name, expected = schema[key]
    # bool is an int in Python; a limit of `true` is a mistake worth naming.
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        expected_name = expected.__name__ if isinstance(expected, type) else "value"
        raise ConfigError(f"{name}: '{shown}' must be a {_toml_type(expected_name)}")
    values[field_name] = value


def _toml_type(python_name: str) -> str:
    return {"str": "string", "list": "list", "bool": "boolean (true/false)", "int": "number"}.get(
        python_name, python_name
    )


def _read_strings(section: str, value: object, name: str) -> Mapping[str, str]:
    """[account] (platform = "@handle") or [colours] (background = "#1a2b3c")."""
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: [{section}] must be a table")
    known = PLATFORM_NAMES if section == "account" else COLOUR_KEYS
    checked: dict[str, str] = {}
    for key, item in value.items():
        if key not in known:
            raise ConfigError(f"{name}: unknown key '{section}.{key}' (known: {', '.join(known)})")
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"{name}: '{section}.{key}' must be a string")
        if section == "colours" and not _COLOUR.fullmatch(item.strip()):
            raise ConfigError(f"{name}: '{section}.{key}' must be a colour like \"#1a2b3c\", "
                              f"not {item!r}")
        checked[key] = item.strip()
    return MappingProxyType(checked)


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _read_handles(value: object, name: str) -> Mapping[str, Mapping[str, str]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{name}: [handles] must be a table of names")
    handles: dict[str, Mapping[str, str]] = {}
    for entity, per_platform in value.items():
        if not isinstance(per_platform, dict):
            raise ConfigError(f'{name}: handles."{entity}" must be a table of platform = handle')
        checked: dict[str, str] = {}
        for platform, handle in per_platform.items():
            if platform not in PLATFORM_NAMES:
                raise ConfigError(f"{name}: unknown key 'handles.\"{entity}\".{platform}'")
            if not isinstance(handle, str) or not handle.strip():
                raise ConfigError(f'{name}: handles."{entity}".{platform} must be a string')
            checked[platform] = handle.strip()
        handles[str(entity)] = MappingProxyType(checked)
    return MappingProxyType(handles)


def render_config(
    brand: str = "",
    account: Mapping[str, str] | None = None,
    logo: str | None = None,
    colours: Mapping[str, str] | None = None,
) -> str:
    """A commented socialkit.toml with the outlet's brand, handles, logo and colours filled in
    (what ``socialkit init`` writes); values left empty stay as commented examples."""

    def quoted(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    brand_line = f"brand = {quoted(brand)}" if brand else '# brand = "The Daily Example"'
    logo_line = f"logo = {quoted(logo)}" if logo else '# logo = "brand/logo.png"'
    account_lines = ([f"{platform} = {quoted(handle)}" for platform, handle in account.items()]
                     if account else ['# x = "@dailyexample"',
                                      '# bluesky = "@dailyexample.bsky.social"'])
    colour_lines = ([f"{key} = {quoted(value)}" for key, value in colours.items()]
                    if colours else ['# accent = "#C8102E"', '# background = "#FAF7F2"'])
    return f"""\
# socialkit.toml: settings for `socialkit compose`, `card` and `batch`.
# Every key is optional; delete what you do not need. Unknown keys are an error.

# Your outlet's name: the account previews show (nothing of socialkit's own is ever shown).
{brand_line}

# Platforms to write posts for (x, bluesky, threads, mastodon, instagram, linkedin, facebook).
platforms = ["x", "bluesky", "threads", "mastodon", "instagram", "linkedin", "facebook"]

# Card theme: light, dark, accent, or a path to your own theme TOML.
theme = "light"

# Your logo for the corner of every card (PNG with transparency works best); no logo if unset.
{logo_line}

# Headlines in posts: "as-written" or "sentence" (capitals kept only for names).
headline_case = "as-written"

[account]
# Your own handle on each platform, shown in previews.
{chr(10).join(account_lines)}

[colours]
# Card colours over the theme's own: background, text, accent, attribution.
{chr(10).join(colour_lines)}

[hashtags]
# House tags for every post that has room for them (without the #).
always = []
# Tags you allow when the story mentions them ("PortEllery" matches "Port Ellery").
allowed = []
# Tags never to use.
never = []
# Add the story's own topics and places (never a person, a month or an abbreviation).
generate = false

[link]
# Add utm_source=<platform>&utm_medium=...&utm_campaign=... to the article link.
utm = false
utm_medium = "social"
# utm_campaign defaults to the start of the article's slug (24 characters at most).
# utm_campaign = "morning"

[mastodon]
# Your instance's limit (see /api/v2/instance -> configuration.statuses.max_characters).
limit = 500

[instagram]
# Instagram allows at most 5 hashtags per post since December 2025.
hashtag_limit = 5

# Handles per person or organisation, exactly as the article names them. socialkit never
# invents a handle: only names listed here are ever mentioned.
# [handles."Kim Kardashian West"]
# x = "@KimKardashian"
# bluesky = "@example.bsky.social"
"""


EXAMPLE_CONFIG = render_config(brand="The Daily Example")
