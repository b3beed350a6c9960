"""Size limits and progress for long articles (the speed itself is measured in bench/)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from socialkit import cli
from socialkit.article import MAX_BYTES, MAX_TEXT_CHARS, article_from_text, read_article
from socialkit.errors import ArticleError
from socialkit.quotes import extract_quotes, rank_quotes
from socialkit.quotes.names import NameIndex

STORY = (
    "Harbour Board Delays Dredging Again\n\n"
    "Councillor Rosa Delgado opened the meeting on Tuesday.\n\n"
    "\u201cWe will not wait another winter,\u201d Delgado said.\n\n"
    "The harbour master, Tom Hale, was less sure.\n\n"
    "\u201cThe money is not there yet,\u201d the harbour master said.\n"
)


def test_text_over_the_limit_is_refused_with_its_size() -> None:
    text = "a" * (MAX_TEXT_CHARS + 1)
    with pytest.raises(ArticleError) as err:
        article_from_text(text, path="big.txt")
    assert str(err.value) == (
        "big.txt: article text is 10,000,001 characters; the limit is 10,000,000"
    )


def test_text_at_the_limit_is_read() -> None:
    text = "Title Of The Story\n\n" + "word " * ((MAX_TEXT_CHARS - 40) // 5)
    assert len(article_from_text(text).body) > MAX_TEXT_CHARS - 100


def test_gzip_that_expands_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    with gzip.open(path, "wb", compresslevel=9) as handle:
        block = b"<p>" + b"x" * (1024 * 1024) + b"</p>"
        for _ in range(MAX_BYTES // len(block) + 2):
            handle.write(block)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == (
        f"{path}: uncompressed page is over the limit of 20,971,520 bytes (20 MB)"
    )


def test_central_person_and_roles_answer_like_a_full_scan() -> None:
    # The name index answers from cached indexes; the answers must be what scanning every
    # mention gives (the definition the cache replaced).
    article = article_from_text(STORY * 3)
    index = NameIndex(article.body, article.body)
    people = [m.entity for m in index.mentions if m.entity.kind == "person"]
    counts = {id(e): sum(1 for p in people if p is e) for e in people}
    first = {id(e): next(m.start for m in index.mentions if m.entity is e) for e in people}
    best = max(people, key=lambda e: (counts[id(e)], -first[id(e)]))
    assert index.central_person() is (best if counts[id(best)] >= 3 else None)
    assert index.central_person() is index.central_person()
    for at in range(0, len(article.body), 17):
        for head in ("councillor", "master", "harbour", "mayor"):
            before = [m for m in index.mentions if m.start < at]
            after = [m for m in index.mentions if m.start >= at]
            expected = next((m.entity for m in reversed(before) if head in m.entity.roles),
                            None) or next((m.entity for m in after if head in m.entity.roles),
                                          None)
            assert index.by_role(head, at) is expected


def test_a_story_repeated_keeps_each_copy_attributed_alike() -> None:
    one = extract_quotes(article_from_text(STORY))
    article = article_from_text(STORY * 40)
    quotes = extract_quotes(article)
    assert len(quotes) == 40 * len(one) == 80
    # From the second copy on, each copy has the same context before it, so the same answers.
    speakers = [q.speaker for q in quotes]
    assert speakers[2:] == speakers[2:4] * 39
    assert len(rank_quotes(quotes, article)) == 80


def test_compose_reports_progress_for_a_long_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(cli, "PROGRESS_MIN_BYTES", 100)
    result = CliRunner().invoke(cli.main, ["compose", str(path), "--no-cards", "-o",
                                           str(tmp_path / "out"), "--url",
                                           "https://example.com/harbour"])
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"{path}: reading ...\n"
        f"{path}: finding quotations in 0.0 MB of text ...\n"
        f"{path}: 2 quotations found; composing posts ...\n"
        f"{path}: writing files ...\n"
    )


def test_compose_is_quiet_for_a_usual_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["compose", str(path), "--no-cards", "-o",
                                           str(tmp_path / "out"), "--url",
                                           "https://example.com/harbour"])
    assert result.exit_code == 0
    assert result.stderr == ""


_PIECES = ["Li", "Lim", "a", "é", "_", " ", "'", "-", "Ng", "1", "Ó"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
       st.sets(st.lists(st.sampled_from([p for p in _PIECES if p not in " _"]), min_size=1,
                        max_size=3).map("".join), max_size=4))
def test_mention_counts_in_one_pass_match_counting_each_surname(body: str,
                                                                surnames: set[str]) -> None:
    from socialkit.models import Article
    from socialkit.quotes import rank

    article = Article("Lim and Li", body, ())
    speakers = {f"Ana {s}" for s in surnames}
    expected = {s: rank._mentions(article, s) for s in speakers}
    for threshold in (0, 100):  # one pass over the words, and one search per surname
        original = rank._ONE_PASS_FROM
        rank._ONE_PASS_FROM = threshold
        try:
            assert rank._mention_counts(article, speakers) == expected
        finally:
            rank._ONE_PASS_FROM = original
