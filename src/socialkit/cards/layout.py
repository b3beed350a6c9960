"""Setting the quote: runs by font and direction, line breaks, auto-fit and balanced lines.

Widths are measured once at a reference size and scaled, so the search for the largest size that
fits costs arithmetic, not shaping; the lines chosen are then set and measured at the real size.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from socialkit.cards.fonts import FontChain, char_label, coverage, is_invisible, load_font
from socialkit.cards.themes import FontRef

REF_SIZE = 100
# Widths scale almost but not exactly linearly with size (hinting, rounding); this keeps a line
# measured at the reference size from overflowing when set at the real one.
_SAFETY = 0.985

# Kinsoku: CJK punctuation that may not start a line, and marks that may not end one.
_NO_LINE_START = set("、。，．！？）」』】〕〉》”’…：；ー・ゝゞ々,.!?)]}:;%")
_NO_LINE_END = set("（「『【〔〈《“‘([{")


@dataclass(frozen=True)
class Run:
    """Text drawn with one face in one direction; ``rtl`` None is neutral (spaces, digits)."""

    text: str
    face: FontRef
    rtl: bool | None
    emoji: bool = False


@dataclass(frozen=True)
class Atom:
    """An unbreakable piece of a line (a word, an ideograph, an emoji) and the space after it."""

    runs: tuple[Run, ...]
    space: tuple[Run, ...]
    width: float  # at REF_SIZE, without the trailing space
    space_width: float


@dataclass(frozen=True)
class Itemized:
    atoms: tuple[Atom, ...]
    rtl: bool  # the paragraph's base direction
    missing: tuple[str, ...]  # characters no face can draw, in order of first appearance


def _strong(ch: str) -> bool | None:
    bidi = unicodedata.bidirectional(ch)
    if bidi in ("R", "AL"):
        return True
    if bidi == "L":
        return False
    return None


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF
            or 0x20000 <= cp <= 0x3FFFF or 0x3000 <= cp <= 0x303F)


def _emoji_spans(text: str, chain: FontChain) -> dict[int, int]:
    """Start -> end of each emoji sequence drawn from the colour font."""
    spans: dict[int, int] = {}
    if all(ord(ch) < 0x203C for ch in text):
        return spans  # below U+203C only keycaps, © and ® are emoji, and only with U+FE0F
    # Deferred: the emoji package's tables take longer to import than a card takes to draw,
    # and most quotes never get this far.
    import emoji as emoji_lib

    emoji_cover = coverage(chain.emoji)
    primary = coverage(chain.primary)
    for match in emoji_lib.emoji_list(text):
        start, end = match["match_start"], match["match_end"]
        seq = text[start:end]
        first = ord(seq[0])
        # A lone text-default symbol such as © or ™ stays in the text face when that face has it.
        coloured = len(seq) > 1 or first >= 0x1F000 or first not in primary
        if coloured and first in emoji_cover:
            spans[start] = end
    return spans


@lru_cache(maxsize=256)
def itemize(text: str, chain: FontChain) -> Itemized:
    """Split ``text`` into runs by face and direction, then into atoms at break opportunities.

    Cached: a card itemizes its quote once per layout it tries and compose draws the same quote
    in several sizes; the attribution line is often the same card after card.
    """
    spans = _emoji_spans(text, chain)
    # chars: (character, run id); a run id changes whenever face, direction or emoji-ness does.
    chars: list[tuple[str, int]] = []
    runs_meta: list[tuple[FontRef, bool | None, bool]] = []
    missing: list[str] = []
    # Per distinct character, its properties and its face, looked up once per call: a quote
    # has a few dozen distinct characters and hundreds of characters.
    props: dict[str, tuple[bool, bool, bool | None, bool]] = {}
    faces: dict[str, FontRef | None] = {}
    covers: dict[FontRef, frozenset[int]] = {}
    i = 0
    while i < len(text):
        end = spans.get(i)
        if end is not None:
            runs_meta.append((chain.emoji, None, True))
            chars.extend((ch, len(runs_meta) - 1) for ch in text[i:end])
            i = end
            continue
        ch = text[i]
        i += 1
        cp = ord(ch)
        known = props.get(ch)
        if known is None:
            category = unicodedata.category(ch)
            known = props[ch] = (is_invisible(cp), category.startswith("M"), _strong(ch),
                                 category.startswith("L"))
        invisible, mark, direction, letter = known
        current = runs_meta[-1] if runs_meta else None
        if current is not None and not current[2] and (invisible or mark):
            chars.append((ch, len(runs_meta) - 1))
            continue
        if invisible:
            continue
        face: FontRef | None
        if current is not None and not current[2] and not letter and cp in (
                covers.get(current[0]) or covers.setdefault(current[0], coverage(current[0]))):
            face = current[0]  # neutrals (spaces, punctuation, digits) stay in the current run
        elif ch in faces:
            face = faces[ch]
        else:
            face = faces[ch] = chain.face_for(cp)
        if face is None:
            if not ch.isspace() and ch not in missing:
                missing.append(ch)
            continue
        if ch.isspace() and chars and chars[-1][0].isspace():
            continue  # the gap left where an undrawable character was dropped
        if (current is None or current[2] or current[0] != face
                or (direction is not None and current[1] is not None and current[1] != direction)):
            runs_meta.append((face, direction, False))
        elif current[1] is None and direction is not None:
            runs_meta[-1] = (face, direction, False)
        chars.append((ch, len(runs_meta) - 1))
    base_rtl = next((d for _, d, e in runs_meta if d is not None and not e), False)
    return Itemized(_atoms(chars, runs_meta), bool(base_rtl), tuple(missing))


def _break_before(chars: Sequence[tuple[str, int]], k: int, meta: Sequence[tuple[
        FontRef, bool | None, bool]]) -> bool:
    prev, cur = chars[k - 1], chars[k]
    if prev[0].isspace():
        # A spaced dash stays with the word before it: a line opening "— we will" reads as a
        # new speaker's turn, not the same sentence going on.
        return not cur[0].isspace() and cur[0] not in "—–"
    if cur[0].isspace():
        return False
    if prev[1] == cur[1] and meta[cur[1]][2]:
        return False  # never inside an emoji sequence
    if prev[0] in "—–" and cur[0] not in _NO_LINE_START:
        return True
    if (_is_cjk(prev[0]) or _is_cjk(cur[0]) or meta[cur[1]][2] or meta[prev[1]][2]) and (
            cur[0] not in _NO_LINE_START and prev[0] not in _NO_LINE_END):
        # CJK text breaks between characters; an emoji touching CJK text breaks the same way.
        return _is_cjk(prev[0]) or _is_cjk(cur[0])
    return False


def _group(chars: Sequence[tuple[str, int]],
           meta: Sequence[tuple[FontRef, bool | None, bool]]) -> tuple[Run, ...]:
    runs: list[Run] = []
    start = 0
    for k in range(1, len(chars) + 1):
        if k == len(chars) or chars[k][1] != chars[start][1]:
            face, rtl, is_emoji = meta[chars[start][1]]
            runs.append(Run("".join(c for c, _ in chars[start:k]), face, rtl, is_emoji))
            start = k
    return tuple(runs)


@lru_cache(maxsize=8192)
def run_width(run: Run, size: int) -> float:
    """Advance width of a run at ``size``; words recur across quotes and sizes, so it is cached."""
    direction = "rtl" if run.rtl else ("ltr" if run.rtl is False else None)
    return float(load_font(run.face, size).getlength(run.text, direction=direction))


def _atoms(chars: Sequence[tuple[str, int]],
           meta: Sequence[tuple[FontRef, bool | None, bool]]) -> tuple[Atom, ...]:
    bounds = [0] + [k for k in range(1, len(chars)) if _break_before(chars, k, meta)]
    bounds.append(len(chars))
    atoms = []
    for a, b in pairwise(bounds):
        piece = chars[a:b]
        cut = len(piece)
        while cut > 0 and piece[cut - 1][0].isspace():
            cut -= 1
        if cut == 0:
            continue  # leading whitespace
        runs = _group(piece[:cut], meta)
        space = _group(piece[cut:], meta)
        atoms.append(Atom(runs, space, sum(run_width(r, REF_SIZE) for r in runs),
                          sum(run_width(r, REF_SIZE) for r in space)))
    return tuple(atoms)


def greedy_lines(atoms: Sequence[Atom], scale: float, width: float) -> list[int] | None:
    """Start index of each line when filling lines greedily; None if an atom alone is too wide."""
    starts = [0]
    line = 0.0
    for k, atom in enumerate(atoms):
        w = atom.width * scale
        if w > width:
            return None
        if k > starts[-1]:
            extended = line + atoms[k - 1].space_width * scale + w
            if extended > width:
                starts.append(k)
                line = w
                continue
            line = extended
        else:
            line = w
    return starts


def balanced_lines(atoms: Sequence[Atom], scale: float, width: float, count: int) -> list[int]:
    """Breaks into exactly ``count`` lines minimising the squared slack of every line.

    Counting the last line's slack too evens the lines out (no one-word last line) instead of
    filling each line and leaving a short tail.
    """
    n = len(atoms)
    pre = [0.0]
    for atom in atoms:
        pre.append(pre[-1] + (atom.width + atom.space_width) * scale)
    # The width of atoms i..j-1 is pre[j] - pre[i] - space[j - 1], the same arithmetic as
    # always; the loops below only hoist what does not change within them.
    space = [atom.space_width * scale for atom in atoms]
    widow = (width * 0.6) ** 2  # a lone word on the last line reads as a widow

    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(count + 1)]
    back = [[0] * (n + 1) for _ in range(count + 1)]
    cost[0][0] = 0.0
    for lines in range(1, count + 1):
        above, row, arrow = cost[lines - 1], cost[lines], back[lines]
        last = lines == count and n > 1 and count > 1
        for j in range(1, n + 1):
            best, arg = inf, 0
            end, trail = pre[j], space[j - 1]
            # Fewer than lines - 1 atoms cannot fill the lines before this one (cost inf).
            for i in range(j - 1, lines - 2, -1):
                w = end - pre[i] - trail
                if w > width:
                    break
                prev = above[i]
                if prev == inf:
                    continue
                slack = width - w
                value = prev + slack * slack
                if last and j - i == 1:
                    value += widow
                if value < best:
                    best, arg = value, i
            row[j], arrow[j] = best, arg
    if cost[count][n] == inf:
        starts = greedy_lines(atoms, scale, width)
        assert starts is not None
        return starts
    starts = []
    j = n
    for lines in range(count, 0, -1):
        i = back[lines][j]
        starts.append(i)
        j = i
    return starts[::-1]


def lines_for_size(itemized: Itemized, size: int, width: float) -> list[int] | None:
    return greedy_lines(itemized.atoms, size / REF_SIZE / _SAFETY, width)


def largest_fitting_size(itemized: Itemized, width: float, height: float, line_height: float,
                         low: int, high: int) -> int | None:
    """The largest integer size in [low, high] whose greedy wrap fits the box, or None."""

    def fits(size: int) -> bool:
        starts = lines_for_size(itemized, size, width)
        return starts is not None and len(starts) * size * line_height <= height

    if not fits(low):
        return None
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


def line_runs(atoms: Sequence[Atom], base_rtl: bool) -> list[Run]:
    """One line's runs in logical order, each with a resolved direction, neighbours merged.

    Spaces between words and emoji are neutral: they take the direction of the strong text on
    both sides, else the paragraph's (the bidi algorithm's rules N1 and N2), so the space after
    an Arabic word inside an English sentence falls on the English side.
    """
    pieces: list[Run] = []
    for k, atom in enumerate(atoms):
        pieces.extend(atom.runs)
        if k < len(atoms) - 1:
            pieces.extend(Run(r.text, r.face, None, r.emoji) for r in atom.space)
    # The nearest strong direction after each piece, found in one backward pass (searching
    # both ways from every neutral piece was quadratic in the line's pieces).
    after_rtl: list[bool] = [base_rtl] * len(pieces)
    nearest = base_rtl
    for k in range(len(pieces) - 1, -1, -1):
        after_rtl[k] = nearest
        if pieces[k].rtl is not None:
            nearest = bool(pieces[k].rtl)
    resolved: list[Run] = []
    before = base_rtl
    for k, run in enumerate(pieces):
        rtl = run.rtl
        if rtl is None:
            rtl = before if before == after_rtl[k] else base_rtl
        else:
            before = rtl
        last = resolved[-1] if resolved else None
        if last is not None and (last.face, last.emoji, last.rtl) == (run.face, run.emoji, rtl):
            resolved[-1] = Run(last.text + run.text, run.face, rtl, run.emoji)
        else:
            resolved.append(Run(run.text, run.face, rtl, run.emoji))
    return resolved


def visual_order(runs: Sequence[Run], base_rtl: bool) -> list[Run]:
    """Reorder a line's resolved runs for display (the bidi algorithm's rule L2, by runs);
    within each run raqm orders and shapes the glyphs itself."""
    levels = [(1 if run.rtl else (2 if base_rtl else 0)) for run in runs]
    order = list(range(len(runs)))
    for level in range(max(levels, default=0), 0, -1):
        k = 0
        while k < len(order):
            if levels[order[k]] >= level:
                end = k
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[k:end] = order[k:end][::-1]
                k = end
            else:
                k += 1
    return [runs[i] for i in order]


def missing_warning(missing: Sequence[str], where: str) -> str:
    """One warning naming up to six characters no font could draw."""
    shown = ", ".join(char_label(ch) for ch in missing[:6])
    more = f" and {len(missing) - 6} more" if len(missing) > 6 else ""
    noun = "character" if len(missing) == 1 else "characters"
    return f"no installed font can draw {noun} {shown}{more} in the {where}; left out of the card"
