"""Only http(s) links reach a post: a bad --url is a usage error, a bad article link is dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.article import read_article
from socialkit.cli import main
from socialkit.config import Config
from socialkit.errors import LinkError
from socialkit.pipeline import ComposeOptions, compose
from socialkit.urls import url_problem

from .conftest import REPO

EXAMPLE = REPO / "examples" / "harbour-flood-barrier.txt"
BODY = (
    "The council met on Monday and voted to rebuild the harbour wall before winter.\n\n"
    "\u201cWe will rebuild it stronger than before,\u201d said Mayor Ana Souza.\n"
)


@pytest.mark.parametrize(
    "url", ["https://news.example/a?b=1#c", "HTTP://NEWS.EXAMPLE", "http://[::1]:8080/x"]
)
def test_good_links(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("javascript:alert(1)", "only http and https links are allowed, not javascript"),
        ("JavaScript:alert(1)", "only http and https links are allowed, not javascript"),
        ("data:text/html,<script>", "only http and https links are allowed, not data"),
        ("file:///etc/passwd", "only http and https links are allowed, not file"),
        ("news.example/a", "only http and https links are allowed"),
        ("https://", "it has no host name"),
        ("https://bank.example@evil.example/", "it has a user name or password in it"),
        ("https://news.example/a b", "it contains a space or a control character"),
        ("https://news.example/\x00", "it contains a space or a control character"),
        ("http://[::1", "it is not a valid URL"),
        ("http://news.example:99999/", "it is not a valid URL"),
        ("https://news.example/" + "a" * 3000, "it is 3,021 characters long; the limit is 2,048"),
        ("", "it is empty"),
    ],
)
def test_bad_links(url: str, problem: str) -> None:
    assert url_problem(url) == problem


def test_bad_url_option_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["compose", str(EXAMPLE), "-o", str(out), "--url", "javascript:alert(1)"]
    )
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Error: Invalid value for '--url': "
        "only http and https links are allowed, not javascript\n"
    )
    assert not out.exists()


def test_bad_url_option_in_the_library() -> None:
    article = read_article(EXAMPLE)
    with pytest.raises(LinkError) as info:
        compose(article, Config(), ComposeOptions(url="javascript:alert(1)", cards=False))
    assert str(info.value) == (
        "--url: only http and https links are allowed, not javascript"
    )
    assert info.value.exit_code == 2


def _composed(tmp_path: Path, name: str, text: str) -> tuple[dict[str, object], str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compose", str(path), "-o", str(out), "--no-cards"])
    assert result.exit_code == 0, result.stderr
    folder = next(out.iterdir())
    data = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    shown = "".join(
        (folder / f).read_text(encoding="utf-8") for f in ("posts.md", "posts.csv", "preview.html")
    )
    return data, result.stderr + shown + json.dumps(data)


def test_bad_front_matter_link_is_dropped_with_a_warning(tmp_path: Path) -> None:
    data, everything = _composed(
        tmp_path,
        "story.md",
        f"---\ntitle: Harbour wall to be rebuilt\nurl: 'javascript:alert(1)'\n---\n\n{BODY}",
    )
    note = (
        "the article's link was dropped: only http and https links are allowed, not javascript"
    )
    article = data["article"]
    assert isinstance(article, dict) and article["url"] is None
    # The link is gone, so compose also says that no post links to the article.
    assert data["notes"] == [note, "no link: the article has no URL, so no post links to it "
                             "(give one with --url, or url: in the front matter)"]
    posts = data["posts"]
    assert isinstance(posts, list)
    assert all(p["link"] is None and "javascript" not in p["text"] for p in posts)
    assert f"Warning: {note}\n" in everything
    assert "javascript:" not in everything


def test_bad_canonical_link_is_dropped(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.strip().split("\n\n"))
    html = (
        "<!doctype html><html><head><title>Harbour wall to be rebuilt</title>"
        '<link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:url" content="javascript:alert(1)"></head>'
        "<body><article><h1>Harbour wall to be rebuilt</h1>"
        f"{paragraphs * 3}</article></body></html>"
    )
    data, _ = _composed(tmp_path, "story.html", html)
    posts = data["posts"]
    assert isinstance(posts, list)
    assert all("javascript" not in json.dumps(p) for p in posts)
    article = data["article"]
    assert isinstance(article, dict) and article["url"] is None
