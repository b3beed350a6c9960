"""posts.csv is safe to open in a spreadsheet: no cell runs as a formula (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from socialkit.cli import main
from socialkit.output import render_csv, spreadsheet_safe

FORMULA = '=HYPERLINK("https://evil.example/x","Click for the full story")'


def test_spreadsheet_safe_examples() -> None:
    assert spreadsheet_safe(FORMULA) == "'" + FORMULA
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_safe(start + "1+1") == "'" + start + "1+1"
    assert spreadsheet_safe("“We will rebuild,” she said.") == "“We will rebuild,” she said."
    assert spreadsheet_safe("a=1") == "a=1"
    assert spreadsheet_safe("") == ""
    # Already neutralised cells (a batch re-reading an old posts.csv) are left as they are.
    assert spreadsheet_safe(spreadsheet_safe("=1")) == "'=1"


@given(st.lists(st.lists(st.text(), min_size=2, max_size=2), max_size=5))
def test_no_cell_reads_as_a_formula(rows: list[list[str]]) -> None:
    text = render_csv(("a", "b"), rows)
    parsed = list(csv.reader(io.StringIO(text, newline="")))
    assert parsed[0] == ["a", "b"]
    assert len(parsed) == len(rows) + 1
    for original, cells in zip(rows, parsed[1:], strict=True):
        for before, after in zip(original, cells, strict=True):
            assert not after.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert after in (before, "'" + before)


def test_compose_csv_neutralises_a_formula_headline(tmp_path: Path) -> None:
    article = tmp_path / "formula.md"
    article.write_text(
        f"---\ntitle: '{FORMULA}'\nurl: https://news.example/a\n---\n\n"
        "The council met on Monday to discuss the harbour wall and voted to meet again.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["compose", str(article), "-o", str(out), "-p", "x", "-p", "linkedin"]
    )
    assert result.exit_code == 0, result.stderr
    folder = next(out.iterdir())
    with (folder / "posts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    posts = json.loads((folder / "posts.json").read_text(encoding="utf-8"))["posts"]
    assert [r["platform"] for r in rows] == ["x", "linkedin"]
    for row, post in zip(rows, posts, strict=True):
        # posts.json keeps the text verbatim; the CSV cell is the same text behind one quote.
        assert post["text"].startswith(FORMULA)
        assert row["text"] == "'" + post["text"]


def test_batch_csv_neutralises_a_formula_headline(tmp_path: Path) -> None:
    article = tmp_path / "in" / "formula.txt"
    article.parent.mkdir()
    article.write_text(
        f"{FORMULA}\n\nThe council met on Monday to discuss the harbour wall and voted.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(article.parent), "-o", str(out), "-j", "1", "--no-cards"]
    )
    assert result.exit_code == 0, result.stderr
    with (out / "posts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    assert all(row["text"].startswith("'" + FORMULA) for row in rows)
