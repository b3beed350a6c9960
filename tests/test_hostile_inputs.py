"""Inputs a user hands over by hand: control characters on a card, a foreign posts.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.cli import main


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["We will\x01 rebuild.", "--speaker", "Ana"],
         "TEXT: contains a control character, U+0001 at character 8"),
        (["We will rebuild.", "--speaker", "Ana\x1b[31m"],
         "--speaker: contains a control character, U+001B at character 4"),
        (["We will rebuild.", "--via", "\x7f\x7fTV"],
         "--via: contains 2 control characters, the first U+007F at character 1"),
        (["We will rebuild.", "--speaker", "Ana\nSouza"],
         "--speaker: contains a line break (the attribution is one line)"),
        (["We will rebuild.", "--via", "CBS\u2029News"],
         "--via: contains a line break (the attribution is one line)"),
    ],
)
def test_card_text_with_control_characters(tmp_path: Path, extra: list[str], message: str) -> None:
    target = tmp_path / "c.png"
    result = CliRunner().invoke(main, ["card", *extra, "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"
    assert not target.exists()


@pytest.mark.parametrize(
    "data",
    [[1, 2], {"posts": [1]}, {"posts": [{"platform": "x"}]}, {"posts": "x"},
     {"posts": [{"platform": "x", "text": "t", "length": "1", "limit": 280}]}],
)
def test_preview_of_a_foreign_posts_json(tmp_path: Path, data: object) -> None:
    (tmp_path / "posts.json").write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["preview", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / 'posts.json'}: not a socialkit posts.json "
        "(each post needs platform, text, length and limit)\n"
    )


@pytest.mark.parametrize(
    ("tags", "expected"),
    [("1", ("1",)), ("[a, 2]", ("a", "2")), ("'a, b'", ("a", "b")), ("{a: 1}", None),
     ("[[a]]", None)],
)
def test_front_matter_tags_of_any_shape(tags: str, expected: tuple[str, ...] | None) -> None:
    # Found by the fuzz: "tags: 1" was iterated as a list (TypeError).
    from socialkit.article import read_article
    from socialkit.errors import ArticleError

    data = f"---\ntitle: Storm\ntags: {tags}\n---\n\nBody text.\n".encode()
    if expected is None:
        with pytest.raises(ArticleError) as info:
            read_article("-", stdin_bytes=data)
        assert str(info.value) == (
            "<stdin>: front matter 'tags' must be a list of words or a string"
        )
    else:
        assert read_article("-", stdin_bytes=data).tags == expected
