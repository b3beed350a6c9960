"""The US Census lists of given names (the ``names`` package), read once: each name's share of
people of each sex. Kept apart from the lexicon so that the lexicon itself can ask of a word
whether it is a common given name (a place that is also one is no sure place)."""

from __future__ import annotations

from functools import cache
from importlib import resources

# A name borne by fewer than this share (in percent) of either sex is too rare to tell a lone
# word's gender by ("Burma" is a given name in the lists, borne by 0.001%).
COMMON_SHARE = 0.01


@cache
def shares() -> dict[str, dict[str, float]]:
    """Lower-case given name -> {"f" or "m": percent of people of that sex who bear it}."""
    share: dict[str, dict[str, float]] = {}
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
