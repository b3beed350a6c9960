from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit import __version__
from socialkit.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"socialkit, version {__version__}\n"


@pytest.mark.parametrize("command", [[], ["compose"], ["init"]])
def test_help_everywhere(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: ")


def test_compose_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = runner.invoke(main, ["compose", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"Error: {missing}: no such file\n"
    assert not (tmp_path / "out").exists()


def test_compose_directory(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["compose", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: is a directory, not an article file\n"


def test_compose_empty_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    result = runner.invoke(main, ["compose", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: the article is empty\n"
    assert not (tmp_path / "out").exists()


def test_compose_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00")
    result = runner.invoke(main, ["compose", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: looks like a binary file, not text (NUL byte found)\n"
    )


def test_compose_too_large(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024)
    result = runner.invoke(main, ["compose", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {path}: file is 26,214,400 bytes; the limit is 20,971,520 bytes (20 MB)\n"
    )


def test_compose_usage_error_is_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["compose"])
    assert result.exit_code == 2
    assert "Missing argument 'ARTICLES...'" in result.stderr


def test_bad_config_names_key(runner: CliRunner, tmp_path: Path, fixtures: Path) -> None:
    config = tmp_path / "socialkit.toml"
    config.write_text('brand = "x"\ncolour = "red"\n', encoding="utf-8")
    article = fixtures / "articles" / "ferry-strike.txt"
    result = runner.invoke(
        main, ["compose", str(article), "--config", str(config), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert result.stderr == f"Error: {config}: unknown key 'colour'\n"


def test_init_writes_example_and_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "socialkit.toml"
    result = runner.invoke(main, ["init", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stdout == f"Wrote {target}\n"
    assert "[handles." in target.read_text(encoding="utf-8")
    again = runner.invoke(main, ["init", "-o", str(target)])
    assert again.exit_code == 1
    assert again.stderr == f"Error: {target}: already exists (use --force to overwrite)\n"


def test_compose_reads_standard_input(runner: CliRunner, tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "articles" / "ferry-strike.txt").read_text(encoding="utf-8")
    result = runner.invoke(
        main, ["compose", "-", "-o", str(tmp_path), "--no-cards", "-p", "x"], input=text
    )
    assert result.exit_code == 0, result.stderr
    folder = tmp_path / "ferry-workers-walk-out-over-night-shift-rota"
    assert result.stdout == f"{folder}/: 1 post, 0 cards\n"
    assert (folder / "posts.json").is_file()
