"""Line breaking, balancing and bidi ordering, for every input hypothesis can think of."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit.cards import load_theme
from socialkit.cards.fonts import FontChain
from socialkit.cards.layout import (
    REF_SIZE,
    Atom,
    Run,
    balanced_lines,
    greedy_lines,
    itemize,
    visual_order,
)
from socialkit.cards.themes import FontRef

FACE = FontRef("/nonexistent.ttf")


def _atoms(widths: list[int]) -> list[Atom]:
    return [Atom((Run("w", FACE, False),), (Run(" ", FACE, None),), float(w), 10.0)
            for w in widths]


def _line_width(atoms: list[Atom], starts: list[int], k: int) -> float:
    end = starts[k + 1] if k + 1 < len(starts) else len(atoms)
    chunk = atoms[starts[k]:end]
    return sum(a.width + a.space_width for a in chunk) - chunk[-1].space_width


@given(st.lists(st.integers(min_value=5, max_value=300), min_size=1, max_size=60),
       st.integers(min_value=300, max_value=1200))
def test_balanced_lines_keep_the_greedy_count_and_the_width(widths: list[int], box: int) -> None:
    atoms = _atoms(widths)
    greedy = greedy_lines(atoms, 1.0, box)
    assert greedy is not None
    starts = balanced_lines(atoms, 1.0, box, len(greedy))
    assert len(starts) == len(greedy)
    assert starts[0] == 0 and starts == sorted(set(starts))
    for k in range(len(starts)):
        assert _line_width(atoms, starts, k) <= box


def test_greedy_reports_an_atom_wider_than_the_box() -> None:
    assert greedy_lines(_atoms([50, 500, 50]), 1.0, 400) is None


def test_balancing_evens_out_a_short_tail() -> None:
    atoms = _atoms([100] * 7)  # greedy: 3 + 3 + 1 in a 330 box
    greedy = greedy_lines(atoms, 1.0, 330)
    assert greedy == [0, 3, 6]
    assert balanced_lines(atoms, 1.0, 330, 3) in ([0, 3, 5], [0, 2, 5], [0, 2, 4])


def _run(text: str, rtl: bool | None) -> Run:
    return Run(text, FACE, rtl)


def test_visual_order_reverses_rtl_runs_inside_ltr() -> None:
    runs = [_run("a ", False), _run("B1", True), _run(" ", True), _run("B2", True),
            _run(" c", False)]
    assert [r.text for r in visual_order(runs, False)] == ["a ", "B2", " ", "B1", " c"]


def test_visual_order_keeps_ltr_runs_inside_rtl() -> None:
    runs = [_run("R1", True), _run("x", False), _run(" ", False), _run("y", False),
            _run("R2", True)]
    assert [r.text for r in visual_order(runs, True)] == ["R2", "x", " ", "y", "R1"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc xyz,.!—’")), min_size=1, max_size=80))
def test_itemize_keeps_every_drawable_character(text: str) -> None:
    theme = load_theme("light")
    items = itemize(text, FontChain.for_quote(theme))
    drawn = "".join(r.text for a in items.atoms for r in a.runs + a.space)
    # Whitespace runs fold to one space; nothing else is lost or added.
    assert drawn.strip() == " ".join(text.split())
    assert items.missing == ()
    assert all(a.width > 0 for a in items.atoms)


def test_measurements_are_at_the_reference_size() -> None:
    theme = load_theme("light")
    items = itemize("wide", FontChain.for_quote(theme))
    from socialkit.cards.fonts import load_font

    expected = load_font(theme.quote_font, REF_SIZE).getlength("wide")
    assert items.atoms[0].width == expected
    assert Path(theme.quote_font.path).is_file()


def test_a_spaced_dash_never_opens_a_line() -> None:
    theme = load_theme("light")
    items = itemize("we will rebuild — together, all of us", FontChain.for_quote(theme))
    words = ["".join(r.text for r in a.runs) for a in items.atoms]
    assert words == ["we", "will", "rebuild —", "together,", "all", "of", "us"]
    # Two dash forms, one after an emoji: each is carried by what comes before it.
    items = itemize("Tama ni vola 🌊 – we rebuild", FontChain.for_quote(theme))
    words = ["".join(r.text for r in a.runs) for a in items.atoms]
    assert words == ["Tama", "ni", "vola", "🌊 –", "we", "rebuild"]
