"""The platforms socialkit writes for, and the one check every post must pass.

Each platform is a frozen record: its limit, how it counts, how it treats links and hashtags,
where its "see more" fold falls, its alt-text limit and the card size it shows best. Sources for
every number are in ../shared/platforms/RULES.md (confidence A/B/C); where sources disagree the
stricter figure is used, because a post that is rejected or cut is worse than one a little short.

``check_text`` is what ``socialkit check`` prints and what the composer uses to accept a post.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from socialkit import counting
from socialkit.errors import PlatformError


class PlatformConfig(Protocol):
    """The two config fields that change a platform's rules (a subset of ``socialkit.Config``)."""

    @property
    def mastodon_limit(self) -> int: ...

    @property
    def instagram_hashtag_limit(self) -> int: ...


CARD_SIZES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "square": (1080, 1080),
        "portrait": (1080, 1350),
        "landscape": (1200, 675),
        "link": (1200, 630),
        "story": (1080, 1920),
    }
)


@dataclass(frozen=True)
class Platform:
    """One network's rules. ``count`` is the platform's own way of measuring a post."""

    name: str
    label: str
    limit: int
    count: Callable[[str], int]
    unit: str
    byte_limit: int | None = None
    max_links: int | None = None
    max_hashtags: int | None = None
    hashtag_label: str = "hashtags"
    # How many hashtags the composer puts in a post before fitting removes any.
    hashtags: int = 0
    links_clickable: bool = True
    has_threads: bool = False
    fold: int | None = None
    alt_text_limit: int | None = None
    card_size: str = "landscape"
    note: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "limit": self.limit,
            "unit": self.unit,
            "byte_limit": self.byte_limit,
            "max_links": self.max_links,
            "max_hashtags": self.max_hashtags,
            "hashtags": self.hashtags,
            "links_clickable": self.links_clickable,
            "threads": self.has_threads,
            "fold": self.fold,
            "alt_text_limit": self.alt_text_limit,
            "card_size": self.card_size,
            "card_width": CARD_SIZES[self.card_size][0],
            "card_height": CARD_SIZES[self.card_size][1],
        }


PLATFORMS: Mapping[str, Platform] = MappingProxyType(
    {
        "x": Platform(
            name="x", label="X", limit=counting.MAX_WEIGHTED_TWEET_LENGTH,
            count=counting.weighted_length, unit="weighted characters",
            hashtags=2, has_threads=True, alt_text_limit=1000, card_size="landscape",
            note="twitter-text v3: URL = 23, emoji = 2, CJK = 2",
        ),
        "bluesky": Platform(
            name="bluesky", label="Bluesky", limit=300, count=counting.grapheme_count,
            unit="graphemes", byte_limit=3000, hashtags=1, has_threads=True,
            alt_text_limit=2000, card_size="link",
            note="300 grapheme clusters and 3,000 UTF-8 bytes; the URL counts in full",
        ),
        "threads": Platform(
            name="threads", label="Threads", limit=500, count=counting.threads_length,
            unit="characters", max_links=5, max_hashtags=1, hashtag_label="topic tags",
            hashtags=1, has_threads=True, card_size="portrait",
            note="emoji count as their UTF-8 bytes; at most 5 links and 1 topic tag",
        ),
        "mastodon": Platform(
            name="mastodon", label="Mastodon", limit=500, count=counting.mastodon_length,
            unit="characters", hashtags=2, has_threads=True, alt_text_limit=1500,
            card_size="landscape",
            note="graphemes; each http(s) URL = 23; @user@domain counts as @user",
        ),
        "instagram": Platform(
            name="instagram", label="Instagram", limit=2200, count=counting.utf16_length,
            unit="characters", max_hashtags=5, hashtags=5, links_clickable=False,
            fold=125, alt_text_limit=1000, card_size="portrait",
            note="links in captions are not clickable; at most 5 hashtags",
        ),
        "linkedin": Platform(
            name="linkedin", label="LinkedIn", limit=3000, count=counting.utf16_length,
            unit="characters", hashtags=3, fold=140, alt_text_limit=120, card_size="link",
            note="'see more' after about 140 characters on mobile",
        ),
        "facebook": Platform(
            name="facebook", label="Facebook", limit=63206, count=counting.utf16_length,
            unit="characters", hashtags=0, fold=125, alt_text_limit=1000, card_size="link",
            note="'See more' after about 125 characters on mobile",
        ),
    }
)


def get_platform(name: str, config: PlatformConfig | None = None) -> Platform:
    """The platform called ``name``, with the per-instance limits ``config`` sets."""
    platform = PLATFORMS.get(name.strip().lower())
    if platform is None:
        known = ", ".join(PLATFORMS)
        raise PlatformError(f"unknown platform {name!r}: choose one of {known}")
    if config is None:
        return platform
    changes: dict[str, Any] = {}
    if platform.name == "mastodon" and config.mastodon_limit != platform.limit:
        changes["limit"] = config.mastodon_limit
    if platform.name == "instagram" and config.instagram_hashtag_limit != platform.max_hashtags:
        changes["max_hashtags"] = config.instagram_hashtag_limit
        changes["hashtags"] = min(platform.hashtags, config.instagram_hashtag_limit)
    return dataclasses.replace(platform, **changes) if changes else platform


@dataclass(frozen=True)
class CheckResult:
    """What ``socialkit check`` reports for one text on one platform."""

    platform: str
    length: int
    limit: int
    valid: bool
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "platform": self.platform,
            "length": self.length,
            "limit": self.limit,
            "valid": self.valid,
            "problems": list(self.problems),
        }


def check_text(
    text: str, platform: str | Platform, config: PlatformConfig | None = None
) -> CheckResult:
    """Count ``text`` the way ``platform`` does and list every rule it breaks."""
    rules = platform if isinstance(platform, Platform) else get_platform(platform, config)
    problems: list[str] = []
    if rules.name == "x":
        parsed = counting.parse_tweet(text, max_length=rules.limit)
        length = parsed.weighted_length
        if counting.has_invalid_characters(text):
            problems.append("contains a character X rejects (U+FFFE, U+FEFF or U+FFFF)")
    else:
        length = rules.count(text)
    if not text.strip():
        problems.append("empty post")
    control = control_problem(text)
    if control:
        problems.append(control)
    if length > rules.limit:
        problems.append(f"too long: {length:,} {rules.unit}, limit {rules.limit:,}")
    if rules.byte_limit is not None:
        size = counting.utf8_length(text)
        if size > rules.byte_limit:
            problems.append(f"too long: {size:,} UTF-8 bytes, limit {rules.byte_limit:,}")
    if rules.max_hashtags is not None:
        tags = len(counting.extract_hashtags(text))
        if tags > rules.max_hashtags:
            problems.append(f"too many {rules.hashtag_label}: {tags}, limit {rules.max_hashtags}")
    if rules.max_links is not None:
        links = len(counting.extract_urls(text))
        if links > rules.max_links:
            problems.append(f"too many links: {links}, limit {rules.max_links}")
    return CheckResult(rules.name, length, rules.limit, not problems, tuple(problems))


def control_problem(text: str) -> str | None:
    """"contains a control character, U+0000 at character 6" or None.

    NUL, escape, backspace and the other C0/C1 controls: no platform shows them, several reject
    the post, a card draws them as empty boxes. Tab, line feed and carriage return are text.
    """
    found = [(m.group(), m.start()) for m in _CONTROL.finditer(text)]
    if not found:
        return None
    first, at = found[0]
    what = f"{len(found):,} control characters, the first" if len(found) > 1 else (
        "a control character,")
    return f"contains {what} U+{ord(first):04X} at character {at + 1:,}"


# Unicode's Cc category (U+0000-U+001F, U+007F-U+009F) less tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def platforms_table(config: PlatformConfig | None = None) -> list[Platform]:
    """Every platform in the registry's order, with ``config``'s limits applied."""
    return [get_platform(name, config) for name in PLATFORMS]


def format_platforms_text(platforms: list[Platform]) -> str:
    """The human table ``socialkit platforms`` prints."""
    rows = [("platform", "limit", "unit", "hashtags", "fold", "alt text", "card")]
    for p in platforms:
        width, height = CARD_SIZES[p.card_size]
        rows.append((
            p.name,
            f"{p.limit:,}" + (f" / {p.byte_limit:,} B" if p.byte_limit else ""),
            p.unit,
            f"{p.hashtags}" + (f" (max {p.max_hashtags})" if p.max_hashtags is not None else ""),
            f"{p.fold}" if p.fold else "-",
            f"{p.alt_text_limit:,}" if p.alt_text_limit else "-",
            f"{p.card_size} {width}x{height}",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    return "\n".join(lines)


def read_post_input(source: str) -> str:
    """The post text in file ``source`` (or standard input for "-"), without its final newline.

    An editor's file ends with a newline that is not part of the post; other whitespace is kept.
    """
    import sys
    from pathlib import Path

    # Worded as compose words an article it cannot read, so one error reads the same everywhere.
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise PlatformError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise PlatformError(f"{source}: is a directory, not a post file") from None
    except OSError as err:
        raise PlatformError(f"{source}: cannot be read ({err.strerror or err})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise PlatformError(f"{source}: not UTF-8 text (byte {err.start})") from None
    return text.removesuffix("\n").removesuffix("\r")


def check_inputs(
    sources: list[str], platform: str, config: PlatformConfig | None = None
) -> list[CheckResult]:
    """``check_text`` for each file (or "-") in ``sources``, in order."""
    rules = get_platform(platform, config)
    return [check_text(read_post_input(source), rules) for source in sources]


def format_check_text(source: str, result: CheckResult) -> str:
    """One line per input for people: "post.txt: x 291/280 invalid (too long: ...)"."""
    name = "stdin" if source == "-" else source
    status = "valid" if result.valid else "invalid (" + "; ".join(result.problems) + ")"
    return f"{name}: {result.platform} {result.length:,}/{result.limit:,} {status}"
