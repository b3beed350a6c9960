"""A card's bytes are always in the format its file name says, or there is no file at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from socialkit.cli import main

QUOTE = "We will rebuild it stronger than before."


@pytest.mark.parametrize(
    ("name", "fmt", "expected", "written"),
    [("c.png", None, "PNG", "c.png"), ("c.JPG", None, "JPEG", "c.JPG"),
     ("c.jpeg", "jpeg", "JPEG", "c.jpeg"), ("c.webp", None, "WEBP", "c.webp"),
     ("c", "webp", "WEBP", "c.webp"), ("c", None, "PNG", "c.png"),
     ("c", "jpeg", "JPEG", "c.jpg")],
)
def test_format_follows_the_name(
    tmp_path: Path, name: str, fmt: str | None, expected: str, written: str
) -> None:
    target = tmp_path / name
    args = ["card", QUOTE, "--speaker", "Ana Souza", "-o", str(target)]
    result = CliRunner().invoke(main, args + (["--format", fmt] if fmt else []))
    assert result.exit_code == 0, result.stderr
    # A name with no suffix gets the format's, so the file opens in an image viewer.
    assert [p.name for p in tmp_path.iterdir()] == [written]
    with Image.open(tmp_path / written) as image:
        assert image.format == expected


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("c.gif", None, "cannot write a '.gif' image (use .png, .jpg, .jpeg or .webp)"),
        ("c.gif", "png", "cannot write a '.gif' image (use .png, .jpg, .jpeg or .webp)"),
        ("c.png", "jpeg", "the name says png but --format is jpeg"),
    ],
)
def test_a_name_that_is_not_the_format_is_an_error(
    tmp_path: Path, name: str, fmt: str | None, message: str
) -> None:
    target = tmp_path / name
    args = ["card", QUOTE, "--speaker", "Ana Souza", "-o", str(target)]
    result = CliRunner().invoke(main, args + (["--format", fmt] if fmt else []))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {target}: {message}\n"
    assert list(tmp_path.iterdir()) == []
