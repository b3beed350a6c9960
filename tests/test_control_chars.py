"""NUL and the other control characters: `check` refuses them, articles shed them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.article import read_article
from socialkit.cli import main
from socialkit.config import Config
from socialkit.pipeline import ComposeOptions, compose
from socialkit.platforms import PLATFORMS, check_text


@pytest.mark.parametrize("platform", list(PLATFORMS))
def test_check_refuses_a_nul(platform: str) -> None:
    result = check_text("Hello\x00 world", platform)
    assert not result.valid
    assert result.problems == ("contains a control character, U+0000 at character 6",)


def test_check_counts_every_control_character() -> None:
    result = check_text("\x1b[31mRed\x1b[0m and \x7f\x85", "x")
    assert result.problems == (
        "contains 4 control characters, the first U+001B at character 1",
    )


def test_tab_and_line_breaks_are_text() -> None:
    assert check_text("One\tTwo\r\nThree\nFour", "mastodon").valid


def test_check_cli_with_a_nul(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_bytes(b"Hello\x00 world\n")
    result = CliRunner().invoke(main, ["check", str(post)])
    assert result.exit_code == 1
    assert result.stdout == (
        f"{post}: x 12/280 invalid (contains a control character, U+0000 at character 6)\n"
    )


def test_an_article_sheds_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    filler = "The harbour wall was built in 1921 and has held through every storm since. " * 120
    path.write_bytes(
        (
            "Harbour Wall To Be Rebuilt\n\n"
            f"{filler}\n\n"
            "\u201cWe will rebuild\x00 it\x1b stronger,\u201d said Mayor Ana Souza.\x0cThe end.\n"
        ).encode()
    )
    article = read_article(path)
    assert "\x00" not in article.body and "\x1b" not in article.body
    assert "\x0c" not in article.body
    result = compose(article, Config(), ComposeOptions(cards=False))
    assert all(post.valid for post in result.posts), [p.problems for p in result.posts]
    assert "We will rebuild it stronger" in result.posts[0].text


def test_front_matter_escapes_cannot_smuggle_surrogates_or_controls() -> None:
    # Found by the fuzz: YAML turns "\ud800" into a lone surrogate, which crashed X's counter.
    data = b'---\ntitle: "\\ud83d\\ude00 Storm \\ud800 \\0 wall"\nauthor: "A\\x1bB"\n---\n\nBody.\n'
    article = read_article("-", stdin_bytes=data)
    assert article.title == "\U0001f600 Storm \ufffd wall"
    assert article.author == "AB"
    assert all(post.valid for post in compose(article, Config(), ComposeOptions(cards=False)).posts)


def test_unicode_line_and_paragraph_separators_are_breaks() -> None:
    article = read_article("-", stdin_bytes="Storm\n\nOne.\u2028Two.\u2029Three.\n".encode())
    assert article.body == "One.\n\nTwo.\n\nThree."
