"""Atomic writes: a file is either absent or complete, never half-written.

Each write goes to a temporary file in the same directory, is flushed to disk, then renamed over
the target; rename within one directory is atomic on POSIX and Windows.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from socialkit.errors import OutputError

SLUG_MAX = 60


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; any OSError becomes an OutputError.

    The error names ``path`` (not the temporary file) and the system's reason, e.g.
    ``out/story/posts.md: cannot write: No space left on device``.
    """
    try:
        _write_bytes_atomic(path, data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {_why(path, exc)}") from exc


def _why(path: Path, exc: OSError) -> str:
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        # The system names the folder it tried to make; the editor needs the file in the way.
        for parent in reversed(path.parents):
            if parent.exists() and not parent.is_dir():
                return f"{parent} is a file, not a folder"
    return exc.strerror or str(exc) or type(exc).__name__


def _write_bytes_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); outputs are ordinary files, readable as the
        # user's umask allows, like any file an editor saves.
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        # KeyboardInterrupt included: the temporary file must not outlive an interrupted write.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: Path, data: object) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# OWASP's CSV-injection guidance: a cell starting with one of these is read as a formula by
# Excel, LibreOffice or Google Sheets ("=HYPERLINK(...)", "+1-1", "@SUM(...)", a tab or CR).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet will show it and never run it: a single quote before a
    formula's first character, which spreadsheets hide and read as "this is text"."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def render_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A CSV file's text with every cell made spreadsheet-safe (posts.csv, the batch's CSV).

    Rows end in CRLF as RFC 4180 and spreadsheets expect; it also makes the csv module quote a
    cell holding a bare CR, which with "\n" line ends it leaves bare and so splits the row.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def slugify(title: str, *, fallback: str = "article") -> str:
    """A folder name for an article: ASCII, lowercase, hyphens, at most 60 characters.

    Never empty, never "." or "..", never a path separator, whatever the title holds. Any
    script is transliterated (anyascii): "Город принял бюджет" -> "gorod-prinyal-byudzhet",
    "北京宣布新计划" -> "bei-jing-xuan-bu-xin-ji-hua".
    """
    slug = re.sub(r"[^a-z0-9]+", "-", _transliterate(title).lower()).strip("-")
    if len(slug) > SLUG_MAX:
        cut = slug[:SLUG_MAX]
        # Cut at a word (hyphen) when one is reasonably near, so the slug stays readable.
        slug = cut.rsplit("-", 1)[0] if "-" in cut[SLUG_MAX // 2 :] else cut
        slug = slug.strip("-")
    if not slug:
        fallback_slug = re.sub(r"[^a-z0-9]+", "-", fallback.lower()).strip("-")[:SLUG_MAX]
        slug = fallback_slug or "article"
    return slug


def _transliterate(title: str) -> str:
    from anyascii import anyascii

    chars = []
    for ch in title:
        if unicodedata.category(ch) == "So":
            # Emoji and other symbols: anyascii spells them ":fire:", which is no headline word.
            chars.append(" ")
        elif unicodedata.category(ch) == "Lo" and unicodedata.east_asian_width(ch) in "WF":
            # Han, kana and hangul are written without spaces; anyascii runs their syllables
            # together ("BeiJing"), so each becomes a word of its own.
            chars.append(f" {ch} ")
        else:
            chars.append(ch)
    return anyascii("".join(chars))
