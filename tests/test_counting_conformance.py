"""twitter-text's conformance suites and the researched platform cases, run against our counters.

The YAML files under tests/conformance are copies with their sources and licence (see NOTICE);
nothing here restates an expected number by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from socialkit import counting
from socialkit.cli import main
from socialkit.platforms import check_text

CONFORMANCE = Path(__file__).resolve().parent / "conformance"


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


VALIDATE = _load(CONFORMANCE / "twitter-text" / "validate.yml")["tests"]
EXTRACT = _load(CONFORMANCE / "twitter-text" / "extract.yml")["tests"]
TLDS = _load(CONFORMANCE / "twitter-text" / "tlds.yml")["tests"]
LENGTH_CASES = _load(CONFORMANCE / "platforms" / "length-cases.yaml")["cases"]

# Section -> whether the twitter-text config of that section parses emoji (v2: no, v3: yes).
WEIGHTED_SECTIONS = {
    "WeightedTweetsCounterTest": False,
    "WeightedTweetsWithDiscountedEmojiCounterTest": True,
    "UnicodeDirectionalMarkerCounterTest": True,
}
WEIGHTED_CASES = [
    pytest.param(case, emoji, id=f"{section}: {case['description']}")
    for section, emoji in WEIGHTED_SECTIONS.items()
    for case in VALIDATE[section]
]


def test_all_44_weighted_cases_are_collected() -> None:
    assert len(WEIGHTED_CASES) == 44


@pytest.mark.parametrize(("case", "emoji_parsing"), WEIGHTED_CASES)
def test_parse_tweet_matches_validate_yml(case: dict[str, Any], emoji_parsing: bool) -> None:
    result = counting.parse_tweet(case["text"], emoji_parsing=emoji_parsing)
    assert result.to_json() == case["expected"]
    assert counting.weighted_length(case["text"], emoji_parsing=emoji_parsing) == (
        case["expected"]["weightedLength"]
    )


V3_CASES = [
    pytest.param(case, id=f"{section}: {case['description']}")
    for section in ("WeightedTweetsWithDiscountedEmojiCounterTest",
                    "UnicodeDirectionalMarkerCounterTest")
    for case in VALIDATE[section]
]


@pytest.mark.parametrize("case", V3_CASES)
def test_check_text_x_agrees_with_validate_yml(case: dict[str, Any]) -> None:
    result = check_text(case["text"], "x")
    assert (result.length, result.valid) == (
        case["expected"]["weightedLength"], case["expected"]["valid"])


def test_cli_check_x_json_agrees_with_validate_yml(tmp_path: Path) -> None:
    cases = [p.values[0] for p in V3_CASES]
    files = []
    for i, case in enumerate(cases):
        path = tmp_path / f"case{i}.txt"
        path.write_bytes(case["text"].encode("utf-8"))
        files.append(str(path))
    result = CliRunner().invoke(main, ["check", "-p", "x", "--format", "json", *files])
    assert result.exit_code == 1  # some cases are meant to be invalid
    got = json.loads(result.stdout)
    assert [(g["length"], g["valid"]) for g in got] == [
        (c["expected"]["weightedLength"], c["expected"]["valid"]) for c in cases]
    assert {g["platform"] for g in got} == {"x"}
    assert {g["limit"] for g in got} == {280}


URL_CASES = [
    pytest.param(case, id=f"{section}: {case['description']}")
    for section in ("urls", "tco_urls_with_params")
    for case in EXTRACT[section]
]
URL_INDEX_CASES = [
    pytest.param(case, id=f"{section}: {case['description']}")
    for section in ("urls_with_indices", "urls_with_directional_markers")
    for case in EXTRACT[section]
]


@pytest.mark.parametrize("case", URL_CASES)
def test_extract_urls_matches_extract_yml(case: dict[str, Any]) -> None:
    assert [u.url for u in counting.extract_urls(case["text"])] == case["expected"]


@pytest.mark.parametrize("case", URL_INDEX_CASES)
def test_extract_url_indices_match_extract_yml(case: dict[str, Any]) -> None:
    got = [{"url": u.url, "indices": [u.start, u.end]} for u in counting.extract_urls(case["text"])]
    assert got == case["expected"]


TLD_CASES = [
    pytest.param(case, id=f"{kind}: {case['description']}")
    for kind in ("country", "generic")
    for case in TLDS[kind]
]


@pytest.mark.parametrize("case", TLD_CASES)
def test_every_tld_is_recognised(case: dict[str, Any]) -> None:
    assert [u.url for u in counting.extract_urls(case["text"])] == case["expected"]


def test_tld_module_equals_tlds_yml() -> None:
    from socialkit._tlds import COUNTRY_TLDS, GENERIC_TLDS

    def tlds(kind: str) -> set[str]:
        return {c["text"].split("twitter.", 1)[1].lower() for c in TLDS[kind]}

    assert tlds("country") == COUNTRY_TLDS
    assert tlds("generic") == GENERIC_TLDS


def test_url_token_prefilter_sees_every_tld() -> None:
    # The scan only looks at tokens holding "." + a letter; every TLD must start with one.
    from socialkit._tlds import COUNTRY_TLDS, GENERIC_TLDS

    assert all(counting._URL_TOKEN.fullmatch("." + tld) for tld in COUNTRY_TLDS | GENERIC_TLDS)


# ------------------------------------------------------------------ researched platform cases


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [c["description"] for c in cases]


@pytest.mark.parametrize("case", LENGTH_CASES["mastodon"], ids=_ids(LENGTH_CASES["mastodon"]))
def test_mastodon_length_cases(case: dict[str, Any]) -> None:
    length = counting.mastodon_length(case["text"], case.get("spoiler_text") or "")
    if "length" in case["expected"]:
        assert length == case["expected"]["length"]
    assert (length <= case["limit"]) is case["expected"]["valid"]


@pytest.mark.parametrize("case", LENGTH_CASES["bluesky"], ids=_ids(LENGTH_CASES["bluesky"]))
def test_bluesky_length_cases(case: dict[str, Any]) -> None:
    text = case["text"]
    expected = case["expected"]
    if "facets" in expected:
        from socialkit.posts import bluesky_facets

        got = [f.to_json() for f in bluesky_facets(text)]
        assert got == [{"index": {"byteStart": f["byteStart"], "byteEnd": f["byteEnd"]},
                        "features": [f["feature"]]} for f in expected["facets"]]
        return
    assert counting.grapheme_count(text) == expected["graphemes"]
    assert counting.utf8_length(text) == expected["utf8_bytes"]
    assert check_text(text, "bluesky").valid is expected["valid"]


@pytest.mark.parametrize("case", LENGTH_CASES["threads"], ids=_ids(LENGTH_CASES["threads"]))
def test_threads_length_cases(case: dict[str, Any]) -> None:
    assert counting.threads_length(case["text"]) == case["expected"]["length"]
    assert check_text(case["text"], "threads").valid is case["expected"]["valid"]


def test_x_divergences_follow_the_reference_implementation() -> None:
    crlf, newer_emoji = LENGTH_CASES["x_known_divergences"]
    # The reference JS does not convert line endings; twitter-text-parser does.
    assert counting.weighted_length(crlf["text"]) == crlf["reference_js"]
    # 🙂‍↔️ (Emoji 15.1) is one emoji sequence: 2, where twitter-text-parser says 5.
    assert counting.weighted_length(newer_emoji["text"]) == newer_emoji["if_recognised_as_emoji"]
    assert check_text("\U0001F642\u200d\u2194\ufe0f", "x").length == 2


def test_one_character_clusters_are_what_the_regex_package_segments() -> None:
    """The characters counted without the `regex` package: every ordered pair of them (CR
    included) is two clusters by UAX #29 as the package implements it, except CR LF; and a
    character outside them (a combining mark, ZWJ) still goes to the package."""
    import regex

    cluster = regex.compile(r"\X", regex.DOTALL)
    chars = [chr(c) for c in range(0x110000)
             if counting._ONE_CHARACTER_CLUSTERS.fullmatch(chr(c))]
    assert len(chars) == 0x300 + 0x6E + 0x20 and "\u200c" not in chars and "\u200d" not in chars
    text = "".join(a + b for a in chars for b in chars)
    assert len(cluster.findall(text)) == len(text) - text.count("\r\n")
    assert counting.grapheme_count(text) == len(text) - text.count("\r\n")
    for sample in ("“Café,” she said — €5…", "cafe\u0301", "a\u200db", "e\u0301\r\n", "👍🏽 ok"):
        assert counting.graphemes(sample) == cluster.findall(sample)
        assert counting.grapheme_count(sample) == len(cluster.findall(sample))
