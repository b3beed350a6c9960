"""Output that cannot be written: one line "Error: <path>: cannot write: <why>", exit 1, no
half-written or temporary file left behind, and a batch that goes on past the article it hit."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.cli import main
from socialkit.errors import OutputError
from socialkit.output import write_bytes_atomic

from .conftest import REPO

EXAMPLE = REPO / "examples" / "harbour-flood-barrier.txt"
SLUG = "coastal-town-votes-to-build-flood-barrier-after-record"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    """A plain file where an output folder should go."""
    path = tmp_path / "blocker"
    path.write_text("not a folder\n", encoding="utf-8")
    return path


def _leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp")]


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("socialkit.output.os.fsync", full)


def test_write_bytes_atomic_names_the_target_not_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full(monkeypatch)
    target = tmp_path / "a" / "posts.md"
    with pytest.raises(OutputError) as info:
        write_bytes_atomic(target, b"text")
    assert str(info.value) == f"{target}: cannot write: No space left on device"
    assert list((tmp_path / "a").iterdir()) == []


def test_write_bytes_atomic_names_the_file_in_the_way(blocker: Path) -> None:
    with pytest.raises(OutputError) as info:
        write_bytes_atomic(blocker / "sub" / "x.png", b"png")
    assert str(info.value) == (
        f"{blocker / 'sub' / 'x.png'}: cannot write: {blocker} is a file, not a folder"
    )


def test_compose_output_under_a_file(runner: CliRunner, blocker: Path) -> None:
    out = blocker / "out"
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(out), "--no-cards"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: {out / SLUG / 'posts.md'}: cannot write: {blocker} is a file, not a folder\n"
    )


def test_compose_disk_full_leaves_no_partial_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full(monkeypatch)
    out = tmp_path / "out"
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 1
    card = out / SLUG / "cards" / "quote-1-landscape.png"
    assert result.stderr == f"Error: {card}: cannot write: No space left on device\n"
    assert [p for p in out.rglob("*") if p.is_file()] == []


def test_compose_unwritable_folder(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, for whom chmod 555 is no barrier: refuse the temporary file instead.
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path / "out"))

    monkeypatch.setattr("socialkit.output.tempfile.mkstemp", denied)
    out = tmp_path / "out"
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(out), "--no-cards"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out / SLUG / 'posts.md'}: cannot write: Permission denied\n"


def test_card_output_under_a_file(runner: CliRunner, blocker: Path) -> None:
    target = blocker / "card.png"
    result = runner.invoke(
        main, ["card", "We will rebuild.", "--speaker", "Ana", "-o", str(target)]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {target}: cannot write: {blocker} is a file, not a folder\n"


def test_card_from_file_goes_on_past_a_row_it_cannot_write(
    runner: CliRunner, tmp_path: Path
) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text(
        "text,speaker\nWe will rebuild.,Ana Souza\nThe sea wins eventually.,Rui Lima\n",
        encoding="utf-8",
    )
    out = tmp_path / "cards"
    out.mkdir()
    # A folder where line 2's card should go: the write fails, line 3 is still drawn.
    (out / "002-ana-souza-square.png").mkdir()
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == f"{out / '003-rui-lima-square.png'}\n"
    assert result.stderr == (
        f"Error: {quotes} line 2: {out / '002-ana-souza-square.png'}: cannot write: "
        "Is a directory\n1 of 2 rows failed\n"
    )
    assert _leftovers(out) == []


def test_preview_html_under_a_file(runner: CliRunner, blocker: Path) -> None:
    target = blocker / "preview.html"
    result = runner.invoke(main, ["preview", str(EXAMPLE), "--html", str(target)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {target}: cannot write: {blocker} is a file, not a folder\n"


def test_batch_output_under_a_file(runner: CliRunner, blocker: Path) -> None:
    out = blocker / "out"
    result = runner.invoke(main, ["batch", str(EXAMPLE), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: Not a directory\n"


def test_batch_goes_on_past_an_article_it_cannot_write(runner: CliRunner, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(
        "Library Reopens After Two-Year Rebuild\n\n"
        "The town library reopened on Monday after a rebuild that took two years.\n\n"
        "\u201cEvery shelf is back where it was,\u201d said librarian Ines Moreau.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    # posts.md of the example's folder is a folder: its write fails, the other article's does not.
    (out / SLUG / "posts.md").mkdir(parents=True)
    result = runner.invoke(
        main, ["batch", str(EXAMPLE), str(other), "-o", str(out), "-j", "1", "--no-cards"]
    )
    assert result.exit_code == 1
    assert f"{EXAMPLE}: {out / SLUG / 'posts.md'}: cannot write: Is a directory\n" in result.stderr
    assert "1 ok, 1 failed, 0 skipped" in result.stderr
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    statuses = {Path(a["path"]).name: a["status"] for a in index["articles"]}
    assert statuses == {"harbour-flood-barrier.txt": "failed", "other.txt": "ok"}
    assert _leftovers(out) == []


def test_an_unexpected_exception_is_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("boom")

    monkeypatch.setattr("socialkit.pipeline.render_posts_md", broken)
    monkeypatch.delenv("SOCIALKIT_DEBUG", raising=False)
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(tmp_path), "--no-cards"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: internal error: ValueError: boom "
        "(a bug in socialkit; SOCIALKIT_DEBUG=1 shows the traceback for a report)\n"
    )
    monkeypatch.setenv("SOCIALKIT_DEBUG", "1")
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(tmp_path), "--no-cards"])
    assert isinstance(result.exception, ValueError)


def test_an_os_error_no_library_function_caught_is_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO), "/dev/sdz")

    monkeypatch.setattr("socialkit.pipeline.render_posts_md", unreadable)
    result = runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(tmp_path), "--no-cards"])
    assert result.exit_code == 1
    assert result.stderr == "Error: /dev/sdz: Input/output error\n"
