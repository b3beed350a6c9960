from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialkit.output import SLUG_MAX, slugify, write_bytes_atomic


def test_slug_examples() -> None:
    assert slugify("Kim Kardashian Fights For Death Row Inmate's Freedom") == (
        "kim-kardashian-fights-for-death-row-inmate-s-freedom"
    )
    assert slugify("Café déjà vu: 100% ça va") == "cafe-deja-vu-100-ca-va"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("東京の天気") == "article"
    assert slugify("東京の天気", fallback="tokyo.txt") == "tokyo-txt"


@given(st.text())
def test_slug_is_always_safe(title: str) -> None:
    slug = slugify(title)
    assert slug
    assert len(slug) <= SLUG_MAX
    assert "/" not in slug and "\\" not in slug
    assert slug not in (".", "..")
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.json"
    write_bytes_atomic(target, b"one")
    write_bytes_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["a.json"]


def test_atomic_write_interrupted_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.txt"
    write_bytes_atomic(target, b"old")

    def boom(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.txt"]
