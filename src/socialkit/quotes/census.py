"""The US Census lists of given names (the ``names`` package), read once: each name's share of
people of each sex. Kept apart from the lexicon so that the lexicon itself can ask of a word
whether it is a common given name (a place that is also one is no sure place)."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources
from typing import TypeVar, overload

_V = TypeVar("_V")

# A name borne by fewer than this share (in percent) of either sex is too rare to tell a lone
# word's gender by ("Burma" is a given name in the lists, borne by 0.001%).
COMMON_SHARE = 0.01


def fold_accents(word: str) -> str:
    """``word`` without its accents ("siobhán" -> "siobhan", "zoë" -> "zoe"); letters with no
    accent to drop ("ø", "ł") are kept, so such a word stays as it was."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


_has = dict.__contains__


class AccentBlind(dict[str, _V]):
    """The Census spells names in ASCII: a key with accents ("siobhán", "seán", "josé") is
    looked up without them, so an Irish or Spanish spelling says the name's sex too."""

    def __contains__(self, key: object) -> bool:
        # (dict's own lookup first, called directly, not through super(): the name index
        # asks this about 16,000 times over PolNeAR's articles, at about 45 ns more a time.)
        return _has(self, key) or (
            isinstance(key, str) and not key.isascii() and _has(self, fold_accents(key)))

    @overload  # type: ignore[override]
    def get(self, key: str, default: None = None) -> _V | None: ...

    @overload
    def get(self, key: str, default: _V) -> _V: ...

    def get(self, key: str, default: _V | None = None) -> _V | None:
        if _has(self, key):
            return self[key]
        if not key.isascii():
            return super().get(fold_accents(key), default)
        return default


@cache
def shares() -> AccentBlind[dict[str, float]]:
    """Lower-case given name -> {"f" or "m": percent of people of that sex who bear it}."""
    share: AccentBlind[dict[str, float]] = AccentBlind()
    for sex, filename in (("f", "dist.female.first"), ("m", "dist.male.first")):
        text = resources.files("names").joinpath(filename).read_text(encoding="ascii")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 2:
                share.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    return share


def is_common_given_name(word: str) -> bool:
    return max(shares().get(word.lower(), {}).values(), default=0.0) >= COMMON_SHARE


def is_listed(word: str) -> bool:
    """Whether the Census lists ``word`` as a given name at all, however rare."""
    return word.lower() in shares()
