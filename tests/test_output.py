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
    # Every script is transliterated (anyascii), not dropped to the fallback.
    assert slugify("Город принял бюджет") == "gorod-prinyal-byudzhet"
    assert slugify("北京市政府宣布新计划") == "bei-jing-shi-zheng-fu-xuan-bu-xin-ji-hua"
    assert slugify("مجلس المدينة يصوت") == "mjls-lmdynh-yswt"
    assert slugify("🔥 Fire at the docks") == "fire-at-the-docks"
    assert slugify("北京" * 40) == "-".join(["bei-jing"] * 6) + "-bei"
    assert slugify("🔥🔥") == "article"
    assert slugify("🔥🔥", fallback="tokyo.txt") == "tokyo-txt"


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


def test_atomic_write_respects_umask(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    write_bytes_atomic(target, b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
