"""The bench's speaker scorer (bench/eval_corpus2.py), which every accuracy figure rests on."""

from __future__ import annotations

import sys
from pathlib import Path

from socialkit.models import Quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from eval_corpus2 import name_in_full, speaker_right


def _quote(speaker: str, kind: str = "organisation") -> Quote:
    return Quote(text="x", start=0, end=1, spans=((0, 1),), kind="full", speaker=speaker,
                 speaker_kind=kind, cue="said", via=None)  # type: ignore[arg-type]


def _gold(speaker: str, kind: str = "organisation") -> dict[str, object]:
    return {"speaker": speaker, "speaker_kind": kind}


def test_initials_in_brackets_name_the_body_in_any_language() -> None:
    # KESH abbreviates the Albanian name (Korporata Elektroenergjetike Shqiptare), not the
    # English one the story gives; the annotator's brackets say they are one body.
    assert speaker_right(_quote("KESH"), _gold("Albanian Power Corporation (KESH)"))
    assert speaker_right(_quote("Albanian Power Corporation"),
                         _gold("Albanian Power Corporation (KESH)"))


def test_other_initials_are_not_the_body() -> None:
    assert not speaker_right(_quote("AKMC"), _gold("Albanian Power Corporation (KESH)"))
    assert not speaker_right(_quote("KESH", "description"),
                             _gold("Albanian Power Corporation (KESH)"))


def test_a_name_in_full_is_the_annotator_s_word_for_word() -> None:
    gold = _gold("Peigi Ann MacColl", "name")
    short = _quote("Ann MacColl", "name")
    assert speaker_right(short, gold) and not name_in_full(short, gold)
    assert name_in_full(_quote("Peigi  Ann MacColl", "name"), gold)
