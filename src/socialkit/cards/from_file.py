"""Cards from a file of quotes (CSV or JSON Lines), one card per row and size.

A bad row is reported with its line number and the rest go on: an editor running a live event's
batch wants every good card, and a list of the rows to fix.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise QuoteInputError(f"{path}: empty file, expected a header: text,speaker,via") from None
    if "text" not in header:
        raise QuoteInputError(f"{path} line 1: no 'text' column in the header")
    columns = {name: header.index(name) for name in ("text", "speaker", "via") if name in header}
    line = reader.line_num + 1
    try:
        for record in reader:
            number, line = line, reader.line_num + 1  # a quoted field may span several lines
            if not any(cell.strip() for cell in record):
                continue
            values = {name: (record[i].strip() if i < len(record) else "")
                      for name, i in columns.items()}
            yield QuoteRow(number, values["text"], values.get("speaker") or None,
                           values.get("via") or None)
    except csv.Error as err:
        yield RowResult(line, None, error=f"not valid CSV ({err})")


def render_quote_file(path: Path, sizes: Sequence[str], theme: Theme) -> Iterator[RowResult]:
    """Render every row of a quotes file in every size; errors stay with their row."""
    for item in read_quote_rows(path):
        if isinstance(item, RowResult):
            yield item
            continue
        try:
            cards = tuple(render_card(item.text, item.speaker, item.via, size=size, theme=theme)
                          for size in sizes)
        except CardError as err:
            yield RowResult(item.line, item, error=str(err))
            continue
        yield RowResult(item.line, item, cards)
