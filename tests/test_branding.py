"""No socialkit branding by default; `socialkit init` writes the outlet's own (issue 11 item 5)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from socialkit.article import read_article
from socialkit.cli import main
from socialkit.config import Config, load_config
from socialkit.pipeline import ComposeOptions, compose
from socialkit.preview import render_preview_html, render_preview_text

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-flood-barrier.txt"


def test_init_takes_brand_handles_logo_and_colours_as_flags(tmp_path: Path) -> None:
    path = tmp_path / "socialkit.toml"
    (tmp_path / "logo.png").write_bytes(b"")
    result = CliRunner().invoke(main, [
        "init", "-o", str(path), "--brand", "Ellery Gazette", "--handle", "x=@ellerygazette",
        "--handle", "bluesky=@ellerygazette.bsky.social", "--logo", "logo.png",
        "--colour", "accent=#0A5C8A"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"Wrote {path}\n", "")
    config = load_config(path)
    assert config.brand == "Ellery Gazette"
    assert dict(config.account) == {"x": "@ellerygazette",
                                    "bluesky": "@ellerygazette.bsky.social"}
    assert config.logo == "logo.png"
    assert dict(config.colours) == {"accent": "#0A5C8A"}
    assert config.utm is False and config.hashtags_generate is False


def test_init_refuses_a_bad_flag_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "socialkit.toml"
    result = CliRunner().invoke(main, ["init", "-o", str(path), "--colour", "accent=blue"])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {path}: 'colours.accent' must be a colour like "
                             "\"#1a2b3c\", not 'blue'\n")
    assert not path.exists()
    result = CliRunner().invoke(main, ["init", "-o", str(path), "--handle", "myspace=@me"])
    assert result.exit_code == 1
    assert "unknown key 'account.myspace'" in result.stderr


def test_default_preview_shows_no_socialkit_branding() -> None:
    result = compose(read_article(EXAMPLE), Config(), ComposeOptions(cards=False))
    data = result.to_json()
    assert data["brand"] is None
    page = render_preview_html(data, images={})
    assert "socialkit" not in page.lower()
    assert "account Your outlet" in page
    assert "account: Your outlet" in render_preview_text(data)


def test_preview_shows_the_configured_account() -> None:
    config = Config(brand="Ellery Gazette", account={"x": "@ellerygazette"})
    data = compose(read_article(EXAMPLE), config, ComposeOptions(cards=False)).to_json()
    page = render_preview_html(data, images={})
    assert "account Ellery Gazette" in page
    assert "<b>Ellery Gazette</b><span>@ellerygazette</span>" in page
    assert "<b>Ellery Gazette</b><span>Bluesky preview</span>" in page


def test_card_uses_the_configured_colours(tmp_path: Path) -> None:
    from PIL import Image

    config = tmp_path / "socialkit.toml"
    config.write_text('[colours]\nbackground = "#102030"\ntext = "#FFFFFF"\n'
                      'attribution = "#E0E0E0"\n', encoding="utf-8")
    out = tmp_path / "card.png"
    result = CliRunner().invoke(main, ["card", "We will rebuild.", "--speaker", "Rosa Delgado",
                                       "--config", str(config), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    with Image.open(out) as image:
        assert image.convert("RGB").getpixel((5, 5)) == (0x10, 0x20, 0x30)
