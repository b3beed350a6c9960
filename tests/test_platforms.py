"""Registry, check_text problems, and the check/platforms commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit import counting
from socialkit.cli import main
from socialkit.config import Config
from socialkit.errors import PlatformError
from socialkit.hashtags import story_hashtags
from socialkit.platforms import PLATFORMS, check_text, get_platform
from tests.postkit import make_article


def test_registry_card_sizes_follow_the_brief() -> None:
    sizes = {name: p.card_size for name, p in PLATFORMS.items()}
    assert sizes == {"x": "landscape", "mastodon": "landscape", "instagram": "portrait",
                     "linkedin": "link", "facebook": "link", "bluesky": "link",
                     "threads": "portrait"}


def test_config_sets_mastodon_limit_and_instagram_hashtags() -> None:
    config = Config(mastodon_limit=11000, instagram_hashtag_limit=3)
    assert get_platform("mastodon", config).limit == 11000
    assert get_platform("instagram", config).max_hashtags == 3
    assert check_text("a" * 600, "mastodon", config).valid


def test_unknown_platform_is_a_user_error() -> None:
    with pytest.raises(PlatformError, match="unknown platform 'myspace'"):
        get_platform("myspace")


def test_problems_name_each_broken_rule() -> None:
    tags = " ".join(f"#Tag{i}" for i in range(6))
    assert check_text(tags, "instagram").problems == ("too many hashtags: 6, limit 5",)
    assert check_text("#One #Two", "threads").problems == ("too many topic tags: 2, limit 1",)
    links = " ".join(f"https://site{i}.com" for i in range(6))
    assert check_text(links, "threads").problems == ("too many links: 6, limit 5",)
    family = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466" * 121
    assert check_text(family, "bluesky").problems == (
        "too long: 3,025 UTF-8 bytes, limit 3,000",)
    assert check_text("", "x").problems == ("empty post",)


def test_cli_check_text_output_and_exit_code(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("Hi http://test.co\n", encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text("x" * 281, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(ok), str(long)])
    assert result.exit_code == 1
    assert result.stdout == (f"{ok}: x 26/280 valid\n"
                             f"{long}: x 281/280 invalid (too long: 281 weighted characters, "
                             "limit 280)\n")


def test_cli_check_stdin_json() -> None:
    result = CliRunner().invoke(main, ["check", "-p", "bluesky", "--format", "json", "-"],
                                input="e\u0301")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"platform": "bluesky", "length": 1, "limit": 300,
                                         "valid": True, "problems": []}


def test_cli_check_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    missing = tmp_path / "nope.txt"
    assert result.stderr == f"Error: {missing}: no such file\n"


def test_cli_platforms_json_lists_all_seven() -> None:
    result = CliRunner().invoke(main, ["platforms", "--format", "json"])
    assert result.exit_code == 0
    assert [p["name"] for p in json.loads(result.stdout)] == list(PLATFORMS)


def test_emoji_gate_covers_every_emoji_start() -> None:
    import emoji

    for sequence in emoji.EMOJI_DATA:
        first = sequence[0]
        if first in "0123456789#*":
            assert "\u20e3" in sequence or len(sequence) == 1
        else:
            assert counting._EMOJI_GATE.match(first), repr(sequence)


def test_counting_imports_no_heavy_modules() -> None:
    code = ("import sys, socialkit.counting; "
            "print(sorted(m for m in ('emoji', 'regex', 'jinja2', 'yaml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")})
    assert out.stdout.strip() == "[]"


def test_newer_emoji_sequences_count_two_on_x() -> None:
    for seq in ("\U0001F642\u200d\u2194\ufe0f", "\U0001FAE8", "\U0001F426\u200d\U0001F525"):
        assert counting.weighted_length(seq) == 2


def test_generated_hashtags_are_camel_case_places_never_people_or_common_words() -> None:
    article = make_article(
        "Flood barrier fails in Lower Marsh",
        ["Water reached the Lower Marsh estate on Sunday when the barrier failed, said Ines "
         "Haddad, who chairs the residents' association.",
         "Council officials said the barrier would be inspected. Haddad said residents of "
         "Lower Marsh had warned the council in March.",
         "Water also closed the Ring Road for an hour."],
    )
    assert story_hashtags(article, limit=5) == []  # generated tags are opt-in
    tags = story_hashtags(article, limit=5, generate=True)
    assert tags == ["#LowerMarsh"]  # (the Ring Road is where, not what: no street is a tag)
    # Never a person (Ines Haddad is quoted), a common word or a month.
    assert not {"#InesHaddad", "#Haddad", "#Water", "#Council", "#Sunday", "#March"} & set(tags)
