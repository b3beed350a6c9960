"""Cards from a file of quotes (CSV or JSON Lines), one card per row and size.

A bad row is reported with its line number and the rest go on: an editor running a live event's
batch wants every good card, and a list of the rows to fix.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from socialkit.cards.render import RenderedCard, render_card
from socialkit.cards.themes import Theme
from socialkit.errors import CardError, QuoteInputError


@dataclass(frozen=True)
class QuoteRow:
    line: int
    text: str
    speaker: str | None
    via: str | None


@dataclass(frozen=True)
class RowResult:
    """One row's cards (size -> card), or the one-line reason it made none."""

    line: int
    row: QuoteRow | None
    cards: tuple[RenderedCard, ...] = ()
    error: str | None = None


def _field(value: object, name: str, line: int, path: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise QuoteInputError(f"{path} line {line}: {name} must be text")
    return value.strip() or None


def read_quote_rows(path: Path) -> Iterator[QuoteRow | RowResult]:
    """The rows of a ``.csv`` (header: text, speaker, via) or ``.jsonl`` file, in order.

    A row that cannot be read comes back as a RowResult with its error; a file that cannot be read
    at all (missing, not UTF-8, no ``text`` column) raises QuoteInputError.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl"):
        raise QuoteInputError(f"{path}: quotes file must be .csv or .jsonl")
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise QuoteInputError(f"cannot read quotes file {path}: {err.strerror}") from None
    except UnicodeDecodeError as err:
        raise QuoteInputError(f"{path}: not UTF-8 text (byte {err.start})") from None
    if suffix == ".jsonl":
        yield from _jsonl_rows(content, path)
    else:
        yield from _csv_rows(content, path)


def _jsonl_rows(content: str, path: Path) -> Iterator[QuoteRow | RowResult]:
    for number, raw in enumerate(content.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as err:
            yield RowResult(number, None, error=f"not valid JSON ({err.msg}, column {err.colno})")
            continue
        if not isinstance(data, dict):
            yield RowResult(number, None, error="each line must be a JSON object")
            continue
        try:
            text = _field(data.get("text"), "text", number, path) or ""
            yield QuoteRow(number, text, _field(data.get("speaker"), "speaker", number, path),
                           _field(data.get("via"), "via", number, path))
        except QuoteInputError as err:
            yield RowResult(number, None, error=str(err).split(": ", 1)[1])


def _csv_rows(content: str, path: Path) -> Iterator[QuoteRow | RowResult]:
    # Physical lines as the csv module sees them (\n, \r\n or \r; not str.splitlines, which
    # would also split at U+2028 inside a quote).
    lines = io.StringIO(content, newline="").readlines()
    try:
        header = [h.strip().lower() for h in next(csv.reader(lines[:1], strict=True))]
    except StopIteration:
        raise QuoteInputError(f"{path}: empty file, expected a header: text,speaker,via") from None
    except csv.Error as err:
        raise QuoteInputError(f"{path} line 1: the header is not valid CSV ({err})") from None
    if "text" not in header:
        raise QuoteInputError(f"{path} line 1: no 'text' column in the header")
    columns = {name: header.index(name) for name in ("text", "speaker", "via") if name in header}
    first = 1  # index in ``lines`` where the reader (re)starts
    while first < len(lines):
        # strict: a quoted field never closed, or text after a closing quote, is an error for
        # its row instead of a card made from the wrong text.
        reader = csv.reader(itertools.islice(lines, first, None), strict=True)
        line = first + 1
        try:
            for record in reader:
                number, line = line, first + reader.line_num + 1  # a field may span lines
                if not any(cell.strip() for cell in record):
                    continue
                if len(record) > len(header):
                    yield RowResult(number, None, error=(
                        f"{len(record)} fields but the header has {len(header)} (a comma in "
                        "the quote? put the quote in double quotes)"))
                    continue
                values = {name: (record[i].strip() if i < len(record) else "")
                          for name, i in columns.items()}
                yield QuoteRow(number, values["text"], values.get("speaker") or None,
                               values.get("via") or None)
            return
        except csv.Error as err:
            broke_at = first + reader.line_num  # the line the parser stopped on
            if "unexpected end of data" in str(err):
                reason = "a quoted field opened on this line is never closed"
            elif broke_at > line:
                reason = (f"a quoted field opened on this line runs on to line {broke_at} "
                          f"and breaks there ({err})")
            else:
                reason = f"{err} (a quote mark inside a quoted field is written twice: \"\")"
            yield RowResult(line, None, error=f"not valid CSV: {reason}")
            # The rest go on: parsing starts again on the line after the broken row's first.
            first = line


def render_quote_file(path: Path, sizes: Sequence[str], theme: Theme) -> Iterator[RowResult]:
    """Render every row of a quotes file in every size; errors stay with their row."""
    for item in read_quote_rows(path):
        if isinstance(item, RowResult):
            yield item
            continue
        problem = _row_problem(item)
        if problem:
            yield RowResult(item.line, item, error=problem)
            continue
        item = _one_line_credit(item)
        try:
            cards = tuple(render_card(item.text, item.speaker, item.via, size=size, theme=theme)
                          for size in sizes)
        except CardError as err:
            yield RowResult(item.line, item, error=str(err))
            continue
        yield RowResult(item.line, item, cards)


def _row_problem(row: QuoteRow) -> str | None:
    """A control character in a row, which a card would draw as an empty box (as `card` refuses
    one in its arguments)."""
    from socialkit.platforms import control_problem

    for name, value in (("text", row.text), ("speaker", row.speaker), ("via", row.via)):
        problem = control_problem(value) if value else None
        if problem:
            return f"{name} {problem}"
    return None


def _one_line_credit(row: QuoteRow) -> QuoteRow:
    """A spreadsheet cell may wrap a name over lines; a credit is one line."""
    def fold(value: str | None) -> str | None:
        return " ".join(value.split()) if value else value

    return replace(row, speaker=fold(row.speaker), via=fold(row.via))
