"""`socialkit quotes`: exact output for a fixture story, JSON shape, the no-full-quote notice."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from socialkit.article import read_article
from socialkit.cli import main
from socialkit.quotes import extract_quotes, rank_quotes
from tests.quotes_article import FIXTURES


def best_score(path: str) -> str:
    article = read_article(path)
    return f"{rank_quotes(extract_quotes(article), article)[0].score:.3f}"


def test_text_output_best_first() -> None:
    result = CliRunner().invoke(main, ["quotes", str(FIXTURES / "british.txt"), "-n", "1"])
    assert result.exit_code == 0
    assert result.stdout == (
        "“We let our passengers down, and I am sorry for that.”\n"
        "  speaker: Rhona Blake\n"
        "  role: chief executive\n"
        f"  kind: full  score: {best_score(str(FIXTURES / 'british.txt'))}\n"
    )
    assert result.stderr == ""


def test_json_shape() -> None:
    result = CliRunner().invoke(main, ["quotes", str(FIXTURES / "harbour.txt"),
                                       "--format", "json"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert set(payload) == {"article", "quotes"}
    assert payload["article"]["title"] == "Harbour Town Approves New Sea Wall After Winter Storms"
    first = payload["quotes"][0]
    assert set(first) == {"text", "display_text", "speaker", "speaker_kind", "role", "alleged",
                          "reported_by", "cue", "via", "kind", "score", "score_parts", "start",
                          "end"}
    scores = [q["score"] for q in payload["quotes"]]
    assert scores == sorted(scores, reverse=True)


def test_no_full_quotation_is_said_on_stderr_with_exit_0(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Council Delays Vote\n\nThe vote on the harbour levy was delayed until "
                     "March, to “protect the harbour”.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(story)])
    score = best_score(str(story))
    assert result.exit_code == 0
    assert result.stderr == f"{story}: no full quotation found\n"
    assert result.stdout == (
        f"“protect the harbour”\n  speaker: unknown\n  kind: partial  score: {score}\n")


def test_json_gives_the_text_the_posts_use_beside_the_verbatim_text(tmp_path: Path) -> None:
    # Two pieces of one quotation joined read "professional, Most"; the posts show the full
    # stop the tag displaced.
    story = tmp_path / "story.txt"
    story.write_text(
        "Doctor warns on bedding\n\n\u201cIf you get a cough, mention it to your health care"
        " professional,\u201d Dr Owen Dempsey said. \u201cMost don't think about it.\u201d\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(story), "--format", "json"])
    first = json.loads(result.stdout)["quotes"][0]
    assert first["text"].endswith("professional, Most don't think about it.")
    assert first["display_text"].endswith("professional. Most don't think about it.")
