"""A font's character map read straight from the file, for the common well-formed cases.

Reading it with fontTools costs the first card of a process about 30 ms (its import and its
table decoding), more than drawing a card. This reader handles the two subtable formats nearly
every Unicode font uses (4 and 12) when the table is well formed, and returns None for anything
else (another format, overlapping or inverted ranges, a truncated table, a WOFF file), so the
caller falls back to fontTools and behaves exactly as before.
"""

from __future__ import annotations

import struct
from array import array
from sys import byteorder
from typing import BinaryIO

# fontTools' getBestCmap order: the first of these (platform, encoding) pairs the font has wins.
_PREFERENCES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


def read_cmap(path: str, index: int = 0) -> frozenset[int] | None:
    """The code points the preferred Unicode subtable maps to a glyph other than 0, or None when
    this reader cannot be sure (the caller then asks fontTools)."""
    try:
        with open(path, "rb") as handle:
            table = _table(handle, index, b"cmap")
        return None if table is None else _cmap(table)
    except (OSError, struct.error, IndexError, ValueError):
        return None


def _read(handle: BinaryIO, offset: int, size: int) -> bytes:
    handle.seek(offset)
    data = handle.read(size)
    if len(data) != size:
        raise ValueError("truncated font file")
    return data


def _table(handle: BinaryIO, index: int, tag: bytes) -> bytes | None:
    """One table's bytes, read from the table directory (of a collection's ``index``th font)."""
    offset = 0
    head = _read(handle, 0, 12)
    if head[:4] == b"ttcf":
        (count,) = struct.unpack_from(">I", head, 8)
        if not 0 <= index < count:
            return None
        (offset,) = struct.unpack(">I", _read(handle, 12 + 4 * index, 4))
        head = _read(handle, offset, 12)
    elif index != 0:
        return None
    if head[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return None
    (num_tables,) = struct.unpack_from(">H", head, 4)
    directory = _read(handle, offset + 12, 16 * num_tables)
    for k in range(num_tables):
        name, _, start, length = struct.unpack_from(">4sIII", directory, 16 * k)
        if name == tag:
            return _read(handle, start, length)
    return None


def _cmap(table: bytes) -> frozenset[int] | None:
    _, count = struct.unpack_from(">HH", table, 0)
    subtables: dict[tuple[int, int], int] = {}
    for k in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", table, 4 + 8 * k)
        subtables.setdefault((platform, encoding), offset)  # the first one, as fontTools
    for key in _PREFERENCES:
        if key in subtables:
            sub = table[subtables[key]:]
            (fmt,) = struct.unpack_from(">H", sub, 0)
            if fmt == 4:
                return _format_4(sub)
            if fmt == 12:
                return _format_12(sub)
            return None
    return None


def _format_4(sub: bytes) -> frozenset[int] | None:
    length, _, seg_x2 = struct.unpack_from(">HHH", sub, 2)
    seg = seg_x2 // 2
    if length > len(sub) or 14 + 8 * seg > length:
        return None
    words = array("H", sub[14:length])
    if byteorder != "big":
        words.byteswap()
    ends = words[:seg]
    starts = words[seg + 1:2 * seg + 1]
    deltas = words[2 * seg + 1:3 * seg + 1]
    range_offsets = words[3 * seg + 1:4 * seg + 1]
    glyphs = words[4 * seg + 1:]
    codes: set[int] = set()
    for i in range(seg - 1):  # the last segment is the 0xFFFF terminator, which fontTools skips
        start, end, delta, range_offset = starts[i], ends[i], deltas[i], range_offsets[i]
        if end < start:
            return None
        if range_offset == 0:
            codes.update(c for c in range(start, end + 1) if (c + delta) & 0xFFFF)
            continue
        partial = range_offset // 2 - start + i - seg
        for c in range(start, end + 1):
            k = c + partial
            if not 0 <= k < len(glyphs):
                return None
            if glyphs[k] and (glyphs[k] + delta) & 0xFFFF:
                codes.add(c)
    return frozenset(codes)


def _format_12(sub: bytes) -> frozenset[int] | None:
    length, _, groups = struct.unpack_from(">III", sub, 4)
    if length > len(sub) or 16 + 12 * groups != length:
        return None
    codes: set[int] = set()
    last_end = -1
    for k in range(groups):
        start, end, glyph = struct.unpack_from(">III", sub, 16 + 12 * k)
        if end < start or start <= last_end or end > 0x10FFFF:
            return None  # fontTools clamps or skips such groups; let it
        last_end = end
        codes.update(range(start + (1 if glyph == 0 else 0), end + 1))
    return frozenset(codes)
