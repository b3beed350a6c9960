"""Counting a post exactly the way each platform counts it.

X uses twitter-text v3 weighted length (NFC, each URL = 23, each emoji sequence = 2, code points
in the light ranges = 1, everything else = 2). We implement the algorithm ourselves rather than use
twitter-text-parser: that package knows emoji only up to Unicode 12 (so 🙂‍↔️ counts 5, not 2), has
had no release since 2023 and takes ~0.3 s to import. Emoji sequences here come from the `emoji`
package's current data; URLs from a port of twitter-text's extractor (incl. schemaless domains
against twitter-text's TLD list).

Bluesky counts extended grapheme clusters (and UTF-8 bytes); Mastodon counts grapheme clusters
with each http(s) URL as 23 and ``@user@domain`` as ``@user``; Threads counts emoji as their UTF-8
bytes. Grapheme clusters come from the maintained ``regex`` package (``\\X``, UAX #29 extended
grapheme clusters), since the standard library has no segmenter.

This module is imported by ``socialkit check`` on every run, so it must import fast: the `emoji`
and `regex` packages and the big URL pattern are loaded on first use, and only when the text needs
them (plain ASCII prose never loads the emoji data).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

TRANSFORMED_URL_LENGTH = 23
MAX_WEIGHTED_TWEET_LENGTH = 280
_SCALE = 100
_LIGHT = 100
_HEAVY = 200
MAX_URL_LENGTH = 4096
_MAX_TCO_SLUG_LENGTH = 40
_DEFAULT_PROTOCOL = "https://"

# Code points outside twitter-text's weight-100 ranges (config v2/v3) weigh 200.
_LIGHT_CLASS = "\x00-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037"
_HEAVY_CHAR = re.compile(f"[^{_LIGHT_CLASS}]")
_INVALID_CHARS = "\ufffe\ufeff\uffff"
_INVALID_CHAR = re.compile(f"[{_INVALID_CHARS}]")

# A cheap gate before loading the emoji data: every emoji sequence either starts with a code point
# in these ranges or is a keycap (U+20E3). tests/test_counting.py checks the gate against the data.
_EMOJI_GATE = re.compile("[\u00a9\u00ae\u203c-\u3299\u20e3\U0001f000-\U0001faff]")


# --------------------------------------------------------------------------------------------
# URL extraction: a port of twitter-text's extractor (js/src/regexp/*.js, extractUrlsWithIndices)
# --------------------------------------------------------------------------------------------

_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_DIRECTIONAL = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"
_PUNCT = r"\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$"
_LATIN_ACCENTS = (
    "\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268"
    "\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"
_URL_QUERY_CHARS = r"[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]"
_URL_QUERY_END = r"[a-z0-9\-_&=#\/]"


@dataclass(frozen=True)
class UrlEntity:
    """A URL found in a text; ``start``/``end`` are code point offsets (end exclusive)."""

    url: str
    start: int
    end: int
    has_protocol: bool


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a prefix tree, longest match tried first.

    A flat alternation of ~1,500 TLDs makes the regex engine try each in turn at every domain;
    the tree makes it one character test per level, with the same matches in the same order.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(trie) + ")"


def _domain_pattern() -> str:
    from socialkit._tlds import COUNTRY_TLDS, GENERIC_TLDS

    chars = f"[^{_PUNCT}{_SPACES}{_INVALID_CHARS}{_DIRECTIONAL}]"
    subdomain = f"(?:(?:{chars}(?:[_-]|{chars})*)?{chars}\\.)"
    name = f"(?:(?:{chars}(?:-|{chars})*)?{chars}\\.)"
    tld_end = "(?=[^0-9a-zA-Z@+-]|$)"
    gtld = f"(?:(?:{_trie_pattern(GENERIC_TLDS)}){tld_end})"
    cctld = f"(?:(?:{_trie_pattern(COUNTRY_TLDS)}){tld_end})"
    punycode = r"(?:xn--[\-0-9a-z]+)"
    return f"(?:{subdomain}*{name}(?:{gtld}|{cctld}|{punycode}))"


def _path_pattern(general: str, ending: str) -> tuple[str, str]:
    parens = (
        rf"\((?:{general}+|(?:{general}*\({general}+\){general}*))\)"
    )
    path = f"(?:(?:{general}*(?:{parens}{general}*)*(?:{ending}|(?:{parens})))|(?:@{general}+\\/))"
    return parens, path


_PRECEDING = f"(?:[^A-Za-z0-9@＠$#＃{_INVALID_CHARS}]|[{_DIRECTIONAL}]|^)"


@lru_cache(maxsize=1)
def _url_head() -> re.Pattern[str]:
    """twitter-text's URL pattern up to the end of the domain: (preceding)(protocol)?(domain).

    The whole pattern continues with a port, a path and a query, every one optional, so its
    first match at a position is this head's first match followed by the tail's longest match
    from there; X and Mastodon differ only in the tail, so they share this head, the one costly
    pattern to compile (the TLD lists), instead of compiling it twice.
    """
    return re.compile(f"({_PRECEDING})(https?://)?({_domain_pattern()})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _url_tail() -> re.Pattern[str]:
    general = rf"[a-z{_CYRILLIC}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&{_LATIN_ACCENTS}]"
    ending = rf"[\+\-a-z{_CYRILLIC}0-9=_#\/{_LATIN_ACCENTS}]"
    _, path = _path_pattern(general, ending)
    return re.compile(
        f"(?::([0-9]+))?(/{path}*)?(\\?{_URL_QUERY_CHARS}*{_URL_QUERY_END})?", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _ascii_domain_regex() -> re.Pattern[str]:
    # Only a URL without a protocol needs this (X's bare "example.com"): compiled on first use.
    from socialkit._tlds import COUNTRY_TLDS, GENERIC_TLDS

    tlds = _trie_pattern(GENERIC_TLDS | COUNTRY_TLDS)
    return re.compile(
        rf"(?:(?:[\-a-z0-9{_LATIN_ACCENTS}]+)\.)+(?:(?:{tlds})(?=[^0-9a-zA-Z@+-]|$)"
        r"|(?:xn--[\-0-9a-z]+))",
        re.IGNORECASE,
    )


# A domain of ASCII letters, digits and hyphens only, as most are. The URL pattern has matched it
# ending in a TLD, so the ASCII-domain pattern, run over it, would take all of it in one match:
# every label is one of its labels, the last one the TLD (followed by the end of the string).
_PLAIN_DOMAIN = re.compile(r"[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+")


def _ascii_domains(domain: str) -> Iterable[re.Match[str]]:
    """twitter-text's ASCII domains within ``domain``, the domain of a URL without protocol."""
    plain = _PLAIN_DOMAIN.fullmatch(domain)
    if plain is not None:
        return (plain,)
    return _ascii_domain_regex().finditer(domain)


_TCO = re.compile(
    rf"^https?://t\.co/([a-z0-9]+)(?:\?{_URL_QUERY_CHARS}*{_URL_QUERY_END})?", re.IGNORECASE
)


# No URL can span one of twitter-text's spaces, and every domain ends in "." + a TLD starting with
# a letter; so the full pattern only needs to run over the whitespace-delimited tokens that hold
# such a dot. Starting the scan on the space before a token keeps twitter-text's preceding-char
# rule intact, so the result equals a scan of the whole text, many times faster.
_URL_TOKEN = re.compile(f"[^{_SPACES}]*\\.[^\\W\\d_][^{_SPACES}]*")
_MASTODON_URL_TOKEN = re.compile(f"[^{_SPACES}]*://[^{_SPACES}]*")


@dataclass(frozen=True)
class _UrlMatch:
    """One match of a whole URL pattern: what the extractors read of it."""

    before: str | None  # the preceding character ("" at the start of the text)
    url: str  # protocol, domain, port, path and query
    protocol: str | None
    domain: str
    path: str | None
    end: int


def _url_match(head: re.Match[str], tail: re.Pattern[str], text: str, endpos: int) -> _UrlMatch:
    rest = tail.match(text, head.end(), endpos)
    assert rest is not None  # every part of a tail is optional
    return _UrlMatch(head.group(1), text[head.end(1):rest.end()], head.group(2), head.group(3),
                     rest.group(2), rest.end())


def _scan_candidates(text: str, tokens: re.Pattern[str]) -> Iterator[_UrlMatch]:
    """X's URL pattern's matches (finditer's) within each token of ``text`` that may hold one."""
    head, tail = _url_head(), _url_tail()
    for token in tokens.finditer(text):
        pos, endpos = max(token.start() - 1, 0), token.end()
        while (found := head.search(text, pos, endpos)) is not None:
            match = _url_match(found, tail, text, endpos)
            yield match
            pos = match.end


def _to_ascii_domain(domain: str) -> str | None:
    """Punycode for ``domain``, or None when it is not a valid IDN (e.g. a label over 63)."""
    if domain.isascii():
        # The IDNA codec would accept this too; the check for label length is what matters.
        labels = domain.split(".")
        if any(len(label) > 63 or not label for label in labels[:-1]) or len(labels[-1]) > 63:
            return None
        return domain
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


def _is_valid_url(url: str, protocol: str, domain: str) -> bool:
    ascii_domain = _to_ascii_domain(domain)
    if not ascii_domain:
        return False
    return len(protocol) + len(url) + len(ascii_domain) - len(domain) <= MAX_URL_LENGTH


def extract_urls(text: str, *, without_protocol: bool = True) -> list[UrlEntity]:
    """URLs in ``text`` as twitter-text's ``extractUrlsWithIndices`` finds them.

    With ``without_protocol`` (X's behaviour) a bare ``example.com`` counts as a URL when its TLD
    is one twitter-text knows; Mastodon passes False.
    """
    if not text or ("." not in text if without_protocol else ":" not in text):
        return []
    urls: list[UrlEntity] = []
    for match in _scan_candidates(text, _URL_TOKEN):
        before, url, protocol, domain, path = (
            match.before, match.url, match.protocol, match.domain, match.path
        )
        end = match.end
        start = end - len(url)
        if not _is_valid_url(url, protocol or _DEFAULT_PROTOCOL, domain):
            continue
        if not protocol:
            if not without_protocol or (before and before in "-_./"):
                continue
            last: UrlEntity | None = None
            for ascii_match in _ascii_domains(domain):
                last = UrlEntity(
                    ascii_match.group(0),
                    start + ascii_match.start(),
                    start + ascii_match.end(),
                    False,
                )
                urls.append(last)
            if last is None:
                continue
            if path:
                urls[-1] = UrlEntity(url.replace(domain, last.url, 1), last.start, end, False)
        else:
            tco_match = _TCO.search(url)
            if tco_match:
                if len(tco_match.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco_match.group(0)
                end = start + len(url)
            urls.append(UrlEntity(url, start, end, True))
    return urls


# --------------------------------------------------------------------------------------------
# Emoji sequences, from the `emoji` package's data (loaded on first need)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _emoji_table() -> tuple[frozenset[str], int, re.Pattern[str]]:
    import emoji

    sequences = frozenset(emoji.EMOJI_DATA)
    longest = max(len(s) for s in sequences)
    # Where a sequence may start. Digits, # and * start only keycaps; listing them would make
    # every digit a candidate, so keycaps are matched by their U+20E3 instead.
    firsts = sorted(ord(s[0]) for s in {s[0] for s in sequences} - set("0123456789#*"))
    candidates = re.compile(f"[{_char_class(firsts)}\u20e3]")
    return sequences, longest, candidates


def _char_class(code_points: list[int]) -> str:
    """A regex class body for sorted ``code_points``, as ranges (a big class of singles is slow)."""
    parts: list[str] = []
    start = prev = code_points[0]
    for cp in [*code_points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        parts.append(re.escape(chr(start)) if start == prev else
                     f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = cp
    return "".join(parts)


def extract_emoji(text: str) -> list[tuple[int, int]]:
    """(start, end) code point spans of emoji sequences in ``text``, longest match first."""
    if not _EMOJI_GATE.search(text):
        return []
    sequences, longest, candidates = _emoji_table()
    spans: list[tuple[int, int]] = []
    pos = 0
    size = len(text)
    while True:
        match = candidates.search(text, pos)
        if match is None:
            return spans
        start = match.start()
        if text[start] == "\u20e3":
            # A keycap: back up to its digit, # or * (and the optional VS16 before U+20E3).
            start = max(start - 2 if text[start - 1] == "\ufe0f" else start - 1, pos)
        for end in range(min(size, start + longest), start, -1):
            if text[start:end] in sequences:
                spans.append((start, end))
                pos = end
                break
        else:
            pos = start + 1


# --------------------------------------------------------------------------------------------
# X: twitter-text v3 weighted length
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TweetCount:
    """twitter-text's ``parseTweet`` result; ranges are inclusive UTF-16 indices into the text."""

    weighted_length: int
    valid: bool
    permillage: int
    valid_range_start: int
    valid_range_end: int
    display_range_start: int
    display_range_end: int

    def to_json(self) -> dict[str, object]:
        return {
            "weightedLength": self.weighted_length,
            "valid": self.valid,
            "permillage": self.permillage,
            "validRangeStart": self.valid_range_start,
            "validRangeEnd": self.valid_range_end,
            "displayRangeStart": self.display_range_start,
            "displayRangeEnd": self.display_range_end,
        }


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units (what JavaScript's ``length`` reports)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def _entities(text: str, emoji_parsing: bool) -> list[tuple[int, int, int]]:
    """(start, end, weight) of URLs and emoji sequences in ``text`` (already NFC), sorted."""
    found = [(u.start, u.end, TRANSFORMED_URL_LENGTH * _SCALE) for u in extract_urls(text)]
    if emoji_parsing and _EMOJI_GATE.search(text):
        pos = 0
        gaps: list[tuple[int, int]] = []
        for start, end, _ in found:
            gaps.append((pos, start))
            pos = end
        gaps.append((pos, len(text)))
        for gap_start, gap_end in gaps:
            found.extend(
                (gap_start + s, gap_start + e, _HEAVY)
                for s, e in extract_emoji(text[gap_start:gap_end])
            )
        found.sort()
    return found


def _plain_weight(text: str) -> int:
    return (len(text) + len(_HEAVY_CHAR.findall(text))) * _LIGHT


def weighted_length(text: str, *, emoji_parsing: bool = True) -> int:
    """X's weighted length of ``text`` (twitter-text v3; v2 with ``emoji_parsing=False``)."""
    normalized = unicodedata.normalize("NFC", text)
    total = 0
    pos = 0
    for start, end, weight in _entities(normalized, emoji_parsing):
        total += _plain_weight(normalized[pos:start]) + weight
        pos = end
    total += _plain_weight(normalized[pos:])
    return total // _SCALE


def parse_tweet(
    text: str, *, emoji_parsing: bool = True, max_length: int = MAX_WEIGHTED_TWEET_LENGTH
) -> TweetCount:
    """twitter-text's ``parseTweet`` (js/src/parseTweet.js): length, validity and ranges."""
    normalized = unicodedata.normalize("NFC", text)
    entities = _entities(normalized, emoji_parsing)
    limit = max_length * _SCALE
    total = 0
    valid = True
    utf16_index = 0  # index of the next UTF-16 unit in the normalized text
    valid_display_index = 0
    i = 0
    entity_at = {start: (end, weight) for start, end, weight in entities}
    size = len(normalized)
    while i < size:
        if i in entity_at:
            end, weight = entity_at[i]
            piece = normalized[i:end]
            total += weight
        else:
            end = i + 1
            piece = normalized[i]
            total += _HEAVY if _HEAVY_CHAR.match(piece) else _LIGHT
        utf16_index += utf16_length(piece)
        if valid:
            # twitter-text looks at the first UTF-16 unit of the step only.
            valid = piece[0] not in _INVALID_CHARS
        if valid and total <= limit:
            valid_display_index = utf16_index - 1
        i = end
    weighted = total // _SCALE
    original_units = utf16_length(text)
    valid_display_index += original_units - utf16_index
    return TweetCount(
        weighted_length=weighted,
        valid=valid and 0 < weighted <= max_length,
        permillage=weighted * 1000 // max_length,
        valid_range_start=0,
        valid_range_end=valid_display_index,
        display_range_start=0,
        display_range_end=original_units - 1 if original_units > 0 else 0,
    )


def has_invalid_characters(text: str) -> bool:
    """True when ``text`` holds a character X rejects (U+FFFE, U+FEFF, U+FFFF)."""
    return _INVALID_CHAR.search(text) is not None


# --------------------------------------------------------------------------------------------
# Grapheme clusters and bytes (Bluesky, Mastodon, Threads)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _grapheme_regex() -> Any:
    import regex  # no stubs (mypy override in pyproject); only .compile/.findall are used

    return regex.compile(r"\X", regex.DOTALL)


# Characters that UAX #29 never joins to a neighbour, except CR to LF: Latin letters without
# combining marks, general punctuation (curly quotes, dashes, "…") and currency signs, whose
# Grapheme_Cluster_Break is Other or Control; not ZWNJ (Extend) nor ZWJ. A text of only these is
# one cluster per character, so the `regex` package (8 ms to import, and its pattern) is loaded
# only for a text that needs it: accents as combining marks, emoji, most other scripts.
# tests/test_counting_conformance.py checks every pair of them against the package.
_ONE_CHARACTER_CLUSTERS = re.compile("[\x00-\u02ff\u2000-\u200b\u200e-\u206f\u20a0-\u20bf]*")


def graphemes(text: str) -> list[str]:
    """The extended grapheme clusters of ``text`` (UAX #29, as Intl.Segmenter splits them)."""
    if "\r" not in text and (text.isascii() or _ONE_CHARACTER_CLUSTERS.fullmatch(text)):
        return list(text)
    found: list[str] = _grapheme_regex().findall(text)
    return found


def grapheme_count(text: str) -> int:
    """Number of extended grapheme clusters in ``text``."""
    if text.isascii() or _ONE_CHARACTER_CLUSTERS.fullmatch(text):
        return len(text) - text.count("\r\n")
    return len(_grapheme_regex().findall(text))


def utf8_length(text: str) -> int:
    """Length of ``text`` in UTF-8 bytes (Bluesky's ``maxLength`` on strings)."""
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def utf8_offset(text: str, index: int) -> int:
    """The UTF-8 byte offset of code point ``index`` in ``text`` (for Bluesky facets)."""
    return utf8_length(text[:index])


# --------------------------------------------------------------------------------------------
# Mastodon: app/validators/status_length_validator.rb
# --------------------------------------------------------------------------------------------

# Mastodon's mention pattern (Account::MENTION_RE) and twitter-text's end-of-mention guard.
_MASTODON_MENTION = re.compile(
    r"(?<![=/\w])@((?:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\w]+(?:[.-]+[\w]+)*)?)", re.IGNORECASE
)
_END_MENTION = re.compile(f"^(?:[@＠{_LATIN_ACCENTS}]|://)")


@lru_cache(maxsize=1)
def _mastodon_url_tail() -> re.Pattern[str]:
    # Mastodon widens twitter-text's URL path and query (config/initializers/twitter_regex.rb).
    general = r"[^\s<>()?]"
    ending = r"""[^\s()?!*"'「」<>;:=,.$%\[\]~&|@]"""
    _, path = _path_pattern(general, ending)
    uchars = (
        "\xa0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\U00010000-\U0001fffd\U00020000-\U0002fffd"
        "\U00030000-\U0003fffd\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
        "\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd\U000a0000-\U000afffd"
        "\U000b0000-\U000bfffd\U000c0000-\U000cfffd\U000d0000-\U000dfffd\U000e1000-\U000efffd"
        "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
    )
    # A-Z spelled out instead of IGNORECASE, which would make the compiler fold every one of
    # these ranges' 1.1 million code points (10 ms); no other part of the tail has letters, and
    # every non-ASCII character that folds to an ASCII letter (ſ, K, ı, İ) is in uchars already.
    query = rf"[a-zA-Z0-9!?*'();:&=+$/%#\[\]\-_.,~|@\^{uchars}]"
    query_end = rf"[a-zA-Z0-9_&=#/\-{uchars}]"
    return re.compile(f"(?::([0-9]+))?(/{path}*)?(\\?{query}*{query_end})?")


_PROTOCOL = re.compile("https?://", re.IGNORECASE)


def _scan_mastodon_urls(text: str) -> Iterator[_UrlMatch]:
    """The matches of Mastodon's URL pattern (twitter-text's, with the protocol required and a
    wider path and query) within each token of ``text`` that holds "://".

    A match must have its protocol right after the preceding character (or at the very start of
    the text), so the shared head is tried only at those positions; where it would match only
    without a protocol, Mastodon's pattern does not match there and the search moves on.
    """
    head, tail = _url_head(), _mastodon_url_tail()
    for token in _MASTODON_URL_TOKEN.finditer(text):
        pos, endpos = max(token.start() - 1, 0), token.end()
        search_from = pos + 1 if pos else 0
        while (protocol := _PROTOCOL.search(text, search_from, endpos)) is not None:
            found = head.match(text, max(protocol.start() - 1, 0), endpos)
            if found is None or found.group(2) is None:
                search_from = protocol.start() + 1
                continue
            match = _url_match(found, tail, text, endpos)
            yield match
            search_from = match.end + 1


def _plausible_domain(domain: str) -> bool:
    # A host that DNS could never resolve (a label over 63, or over 253 in all) is not a mention.
    return len(domain) <= 253 and all(0 < len(label) <= 63 for label in domain.split("."))


def mastodon_countable_text(text: str) -> str:
    """``text`` with each http(s) URL as 23 characters and ``@user@domain`` as ``@user``."""
    if not text:
        return ""
    entities: list[tuple[int, int, str]] = []
    if "://" in text:
        for url in _scan_mastodon_urls(text):
            if _is_valid_url(url.url, url.protocol or "", url.domain):
                entities.append((url.end - len(url.url), url.end, "x" * TRANSFORMED_URL_LENGTH))
    if "@" in text:
        for match in _MASTODON_MENTION.finditer(text):
            if _END_MENTION.match(text, match.end()):
                continue
            user, _, domain = match.group(1).partition("@")
            if domain and not _plausible_domain(domain):
                continue
            entities.append((match.start(), match.end(), "@" + user))
    if not entities:
        return text
    # Extractor.remove_overlapping_entities: sort by start, drop any entity overlapping the last.
    entities.sort()
    kept: list[tuple[int, int, str]] = []
    for entity in entities:
        if kept and entity[0] < kept[-1][1]:
            continue
        kept.append(entity)
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in kept:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def mastodon_length(text: str, spoiler_text: str = "") -> int:
    """Mastodon's status length: graphemes of the content warning plus the countable text."""
    return grapheme_count(spoiler_text + mastodon_countable_text(text))


# --------------------------------------------------------------------------------------------
# Threads, Instagram, LinkedIn, Facebook
# --------------------------------------------------------------------------------------------


def is_emoji_cluster(cluster: str) -> bool:
    """True when a grapheme cluster is (or starts with) an emoji sequence."""
    if not _EMOJI_GATE.search(cluster):
        return False
    spans = extract_emoji(cluster)
    return bool(spans) and spans[0][0] == 0


def threads_length(text: str) -> int:
    """Threads' length: emoji count as their UTF-8 bytes (Meta's doc), other text per code point.

    Meta does not publish how other text is counted; code points are never fewer than what a
    grapheme or UTF-16-free count gives, so a post that passes here is not cut.
    """
    if not _EMOJI_GATE.search(text):
        return len(text)
    return sum(
        utf8_length(cluster) if is_emoji_cluster(cluster) else len(cluster)
        for cluster in graphemes(text)
    )


# --------------------------------------------------------------------------------------------
# Hashtags and links, as a check needs them
# --------------------------------------------------------------------------------------------

_HASHTAG = re.compile(r"(?<![\w&/#＃])[#＃]((?:\w|[\u200c\u200d])*[^\W\d](?:\w|[\u200c\u200d])*)")


def extract_hashtags(text: str) -> list[tuple[int, int, str]]:
    """(start, end, tag without '#') for each hashtag; a '#' inside a URL is not a hashtag."""
    if "#" not in text and "＃" not in text:
        return []
    inside_urls = [(u.start, u.end) for u in extract_urls(text)]
    found = []
    for match in _HASHTAG.finditer(text):
        if any(s <= match.start() < e for s, e in inside_urls):
            continue
        found.append((match.start(), match.end(), match.group(1)))
    return found


def count(text: str, platform: str) -> int:
    """``text``'s length as ``platform`` counts it (the registry's counter for that platform)."""
    from socialkit.platforms import get_platform

    return get_platform(platform).count(text)


CountFunction = Callable[[str], int]
