"""`socialkit card`: exact output, exit codes, and nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from socialkit.cli import main

QUOTE = "The ferry will run every hour from Monday, including on public holidays."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_one_card(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    result = runner.invoke(main, ["card", QUOTE, "--speaker", "Ines Duarte", "--via", "RTP",
                                  "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == f"{out}\n"
    assert result.stderr == ""
    assert Image.open(out).size == (1080, 1080)


def test_several_sizes_and_format_from_suffix(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "ferry.jpg"
    result = runner.invoke(main, ["card", QUOTE, "--speaker", "Ines Duarte", "-o", str(out),
                                  "--size", "landscape", "--size", "story"])
    assert result.exit_code == 0
    expected = [tmp_path / "ferry-landscape.jpg", tmp_path / "ferry-story.jpg"]
    assert result.stdout == "".join(f"{p}\n" for p in expected)
    assert [Image.open(p).format for p in expected] == ["JPEG", "JPEG"]
    assert Image.open(expected[1]).size == (1080, 1920)


def test_default_name_in_current_folder(runner: CliRunner, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["card", QUOTE, "--format", "webp"])
    assert result.exit_code == 0
    assert result.stdout == "quote-card-square.webp\n"
    assert (tmp_path / "quote-card-square.webp").read_bytes()[:4] == b"RIFF"


def test_empty_quote_exit_1_no_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    result = runner.invoke(main, ["card", "   ", "--speaker", "X", "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: the quote is empty: nothing to put on the card\n"
    assert list(tmp_path.iterdir()) == []


def test_unknown_theme(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["card", QUOTE, "--theme", "neon", "-o", str(tmp_path / "c.png")])
    assert result.exit_code == 1
    assert result.stderr == ("Error: unknown theme 'neon': use one of light, dark, accent or a "
                             ".toml file\n")


def test_text_and_from_together_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["card", QUOTE, "--from", str(tmp_path / "q.csv")])
    assert result.exit_code == 2
    assert "give either TEXT or --from FILE" in result.stderr


def test_warning_goes_to_stderr(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "card.png"
    result = runner.invoke(main, ["card", "Code \U000F0002 here", "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == f"{out}\n"
    assert result.stderr == ("Warning: no installed font can draw character U+F0002 <private use> "
                             "in the quote; left out of the card\n")


def test_from_csv_bad_row_reported_and_rest_written(runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text(
        "text,speaker,via\n"
        f"\"{QUOTE}\",Ines Duarte,RTP\n"
        ",Nobody,\n"
        "\"A quote that spans\ntwo lines of the file.\",Tomás Reis,\n",
        encoding="utf-8")
    out = tmp_path / "cards"
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == (f"{out / '002-ines-duarte-square.png'}\n"
                             f"{out / '004-tomas-reis-square.png'}\n")
    assert result.stderr == (
        f"Error: {quotes} line 3: the quote is empty: nothing to put on the card\n"
        "1 of 3 rows failed\n")


def test_from_jsonl_all_good(runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.jsonl"
    rows = [{"text": QUOTE, "speaker": "Ines Duarte", "via": "RTP"},
            {"text": "We start at dawn.", "speaker": None}]
    quotes.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    out = tmp_path / "cards"
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out),
                                  "--size", "link"])
    assert result.exit_code == 0
    assert result.stdout == (f"{out / '001-ines-duarte-link.png'}\n"
                             f"{out / '002-quote-link.png'}\n")
    assert result.stderr == ""


def test_from_jsonl_bad_json_line(runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.jsonl"
    quotes.write_text('{"text": "Fine."}\n{"text": \n', encoding="utf-8")
    out = tmp_path / "cards"
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == f"{out / '001-quote-square.png'}\n"
    assert result.stderr == (f"Error: {quotes} line 2: not valid JSON (Expecting value, "
                             "column 10)\n1 of 2 rows failed\n")


def test_from_csv_without_text_column(runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text("quote,speaker\nHello,Jo\n", encoding="utf-8")
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {quotes} line 1: no 'text' column in the header\n"
    assert not (tmp_path / "o").exists()


def test_from_needs_out(runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text("text\nHello\n", encoding="utf-8")
    result = runner.invoke(main, ["card", "--from", str(quotes)])
    assert result.exit_code == 2
    assert "--from needs -o DIR for the cards" in result.stderr


def test_theme_from_config(runner: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / "socialkit.toml"
    config.write_text('theme = "dark"\n', encoding="utf-8")
    light, dark = tmp_path / "light.png", tmp_path / "dark.png"
    assert runner.invoke(main, ["card", "We will rebuild.", "-o", str(light)]).exit_code == 0
    result = runner.invoke(
        main, ["card", "We will rebuild.", "-o", str(dark), "--config", str(config)]
    )
    assert result.exit_code == 0, result.stderr
    with Image.open(light) as a, Image.open(dark) as b:
        corner_light = a.convert("L").getpixel((5, 5))
        corner_dark = b.convert("L").getpixel((5, 5))
    assert isinstance(corner_light, int) and isinstance(corner_dark, int)
    assert corner_dark < 80 < corner_light


def test_background_photo_option(runner: CliRunner, tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (1600, 900), (250, 250, 250)).save(photo)
    out = tmp_path / "card.png"
    result = runner.invoke(main, ["card", QUOTE, "--speaker", "Ines Duarte", "--theme", "dark",
                                  "--background", str(photo), "-o", str(out), "--size", "link"])
    assert result.exit_code == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1200, 630)
        # A white photo under the dark theme's light text is darkened until the text is legible.
        corner = image.convert("L").getpixel((3, 3))
        assert isinstance(corner, int) and corner < 128
    missing = runner.invoke(main, ["card", QUOTE, "--background", str(tmp_path / "no.jpg"),
                                   "-o", str(tmp_path / "x.png")])
    assert missing.exit_code == 1
    assert missing.stderr == f"Error: background image not found: {tmp_path / 'no.jpg'}\n"
    assert not (tmp_path / "x.png").exists()


def test_from_csv_unterminated_quote_is_reported_not_carded(
    runner: CliRunner, tmp_path: Path
) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text("text,speaker\n\"We open at nine.\",Ines Duarte\n\"unterminated,Priya\n",
                      encoding="utf-8")
    out = tmp_path / "cards"
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == f"{out / '002-ines-duarte-square.png'}\n"
    assert result.stderr == (
        f"Error: {quotes} line 3: not valid CSV: a quoted field opened on this line is never "
        "closed\n1 of 2 rows failed\n")
    assert sorted(p.name for p in out.iterdir()) == ["002-ines-duarte-square.png"]


def test_from_csv_rows_after_a_broken_one_go_on(tmp_path: Path) -> None:
    from socialkit.cards.from_file import QuoteRow, RowResult, read_quote_rows

    quotes = tmp_path / "quotes.csv"
    quotes.write_text(
        "text,speaker\n"
        "\"unterminated,Priya\n"          # line 2: its quote runs on to line 3's first mark
        "\"We start at dawn.\",Tom Hale\n"
        "\"A \"\"fine\"\" quote\",Ana\n"  # doubled marks are fine
        "\"Stray\" text,Bo\n"             # line 5: text after the closing mark
        "Hello, world,Jo\n"               # line 6: one field too many
        "\"Two\nlines.\",Cy\n",           # lines 7-8: a quoted line break is fine
        encoding="utf-8")
    rows = list(read_quote_rows(quotes))
    assert rows == [
        RowResult(2, None, error="not valid CSV: a quoted field opened on this line runs on to "
                                 "line 3 and breaks there (',' expected after '\"')"),
        QuoteRow(3, "We start at dawn.", "Tom Hale", None),
        QuoteRow(4, "A \"fine\" quote", "Ana", None),
        RowResult(5, None, error="not valid CSV: ',' expected after '\"' (a quote mark inside a "
                                 "quoted field is written twice: \"\")"),
        RowResult(6, None, error="3 fields but the header has 2 (a comma in the quote? put the "
                                 "quote in double quotes)"),
        QuoteRow(7, "Two\nlines.", "Cy", None),
    ]


def test_from_csv_control_character_is_a_row_error_and_a_wrapped_name_one_line(
        runner: CliRunner, tmp_path: Path) -> None:
    quotes = tmp_path / "quotes.csv"
    quotes.write_text(
        "text,speaker,via\n"
        "\"We open at nine.\",\"Ines\nDuarte\",\n"
        "\"Second\x01 quote\",Tomás Reis,\n",
        encoding="utf-8")
    out = tmp_path / "cards"
    result = runner.invoke(main, ["card", "--from", str(quotes), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stdout == f"{out / '002-ines-duarte-square.png'}\n"
    assert result.stderr == (
        f"Error: {quotes} line 4: text contains a control character, U+0001 at character 7\n"
        "1 of 2 rows failed\n")
    assert not (out / "004-tomas-reis-square.png").exists()
