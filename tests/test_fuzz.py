"""Fuzzing: whatever the article, config or user template, socialkit either works or raises a
SocialkitError (the one-line "Error: ..." the CLI prints); never any other exception, never a
hang, never a link that is not http(s), never a CSV cell a spreadsheet would run.

Slow (about 22,000 cases, several minutes), so skipped by a plain ``pytest``; run it with

    pytest -m slow tests/test_fuzz.py

SOCIALKIT_FUZZ_SCALE=0.1 runs a tenth of the cases.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from socialkit import sandbox
from socialkit.article import read_article
from socialkit.config import Config, load_config
from socialkit.errors import SocialkitError
from socialkit.output import slugify
from socialkit.pipeline import ComposeOptions, compose, render_posts_csv, render_posts_md
from socialkit.platforms import platforms_table
from socialkit.posts import render_template
from socialkit.preview import render_preview_html
from socialkit.sandbox import LimitedSandbox
from socialkit.urls import url_problem

pytestmark = [
    pytest.mark.slow,
    # The template grammar's strategy object has a long repr; Hypothesis warns about it.
    pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning"),
]

_SCALE = float(os.environ.get("SOCIALKIT_FUZZ_SCALE", "1"))


def _fuzz(examples: int) -> settings:
    return settings(
        max_examples=max(1, int(examples * _SCALE)),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="socialkit-fuzz-") as name:
        yield Path(name)


@pytest.fixture(scope="module", autouse=True)
def quick_clock() -> Iterator[None]:
    # A runaway template is stopped at the limit whatever it is; a short one keeps the run short.
    saved = sandbox.MAX_SECONDS
    sandbox.MAX_SECONDS = 0.25
    yield
    sandbox.MAX_SECONDS = saved


# --------------------------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------------------------

_HOSTILE = st.sampled_from([
    "\x00", "\x1b[31m", "\x7f", "\x85", "\u202e", "\u200b", "\ufeff", "\ufffe", "\r", "\x0c",
    "=HYPERLINK(\"https://evil.example\",\"x\")", "+1-1", "-2", "@SUM(A1)", "\t=1",
    "javascript:alert(1)", "<script>alert(1)</script>", "{{ 1/0 }}", "{% for %}", "../..",
    "😷", "👨\u200d👩\u200d👧\u200d👦", "🇺🇸", "#Tag", "@handle", "https://news.example/a?b=1",
    "مرحبا", "שלום", "北京市", "Город", "é", "e\u0301", "…", "—", "\u00a0",
])
# Printable text of any script; control characters come in through _HOSTILE now and then (a NUL
# early in a file makes it "binary", so a free hand with them would test nothing else).
_PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))
_WORDS = st.one_of(
    st.text(_PRINTABLE, min_size=1, max_size=15),
    st.sampled_from(["the", "council", "said", "Mayor", "Ana", "Souza", "on", "Monday", "and",
                     "she", "told", "reporters", "we", "will", "rebuild", "it"]),
    _HOSTILE,
    st.text(_PRINTABLE, min_size=60, max_size=200),
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=25).map(" ".join)
_MARKS = st.sampled_from([("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"), ("‘", "’"), ("''", "''")])


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    text = draw(_SENTENCE)
    if draw(st.booleans()):
        left, right = draw(_MARKS)
        said = draw(st.sampled_from(["said Mayor Ana Souza.", "she said.", "he told CBS News.",
                                     "said a spokesperson", ""]))
        text = f"{left}{draw(_SENTENCE)},{right} {said} {text}"
    return text


_URL_VALUES = st.one_of(
    st.sampled_from(["https://news.example/a", "javascript:alert(1)", "data:text/html,x",
                     "file:///etc/passwd", "http://", "https://a@b.example", "ftp://x.example",
                     "https://news.example/a b", ""]),
    st.text(max_size=30),
)
_FRONT_KEYS = st.sampled_from(["title", "url", "author", "published", "source", "tags", "date",
                               "slug", "x"])


@st.composite
def _front_matter(draw: st.DrawFn) -> str:
    lines = []
    for key in draw(st.lists(_FRONT_KEYS, max_size=5)):
        value = draw(_URL_VALUES) if key == "url" else draw(
            st.one_of(st.text(max_size=40), st.integers(), st.just("[a, b]"), st.just("{x: 1}"))
        )
        lines.append(f"{key}: {json.dumps(value) if draw(st.booleans()) else value}")
    closing = "---\n" if draw(st.integers(0, 9)) else ""
    return "---\n" + "\n".join(lines) + "\n" + closing


@st.composite
def article_files(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["txt", "txt", "md", "md", "html", "html.gz"]))
    title = draw(_SENTENCE)
    paragraphs = draw(st.lists(_paragraph(), min_size=0, max_size=6))
    if kind in ("html", "html.gz"):
        import html

        canonical = html.escape(draw(_URL_VALUES), quote=True)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        text = (
            f"<!doctype html><html><head><title>{html.escape(title)}</title>"
            f'<link rel="canonical" href="{canonical}"></head><body><article>'
            f"<h1>{html.escape(title)}</h1>{body}</article></body></html>"
        )
    else:
        front = draw(_front_matter()) if kind == "md" or draw(st.integers(0, 5)) == 0 else ""
        text = front + title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=40))
    if kind == "html.gz":
        import gzip

        data = gzip.compress(data) if draw(st.integers(0, 9)) else data[:30]
    return kind, data


def _check_outputs(result: object) -> None:
    from socialkit.pipeline import ComposeResult

    assert isinstance(result, ComposeResult)
    data = result.to_json()
    json.dumps(data, ensure_ascii=False)
    link = result.article.url
    assert link is None or url_problem(link) is None
    for post in result.posts:
        assert post.link is None or post.link.lower().startswith(("http://", "https://"))
    rows = list(csv.reader(io.StringIO(render_posts_csv(result), newline="")))
    assert len(rows) == len(result.posts) + 1
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    render_posts_md(result)
    render_preview_html(data, images={})
    assert result.slug == slugify(result.article.title, fallback=result.slug)


@_fuzz(9000)
@given(article_files())
def test_any_article(workdir: Path, case: tuple[str, bytes]) -> None:
    kind, data = case
    path = workdir / f"story.{kind}"
    path.write_bytes(data)
    try:
        article = read_article(path)
        result = compose(article, Config(), ComposeOptions(cards=False, thread=len(data) % 2 == 0))
    except SocialkitError as exc:
        event(f"refused: {type(exc).__name__}")
        assert str(exc) and "\n" not in str(exc).strip()
        return
    event("composed")
    _check_outputs(result)


# --------------------------------------------------------------------------------------------
# Configs
# --------------------------------------------------------------------------------------------

_TOML_VALUES = st.one_of(
    st.text(max_size=30).map(json.dumps),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["true", "false", "1.5", "nan", "inf", "1979-05-27", "[]", '["x", 1]',
                     '["x", "bluesky"]', '["#Tag", "Local News", ""]', "{a = 1}", '"javascript:x"',
                     '"dark"', '"light"', '"/no/such/theme.toml"', '"nope.png"', "0", "-1",
                     "100000000", '"\\u0000"', '"="', "=", "'''x'''"]),
)
_TOML_KEYS = st.sampled_from([
    "brand", "platforms", "theme", "hashtags", "logo", "unknown",
    "[link]\nutm", "[link]\nutm_medium", "[link]\nutm_campaign", "[link]\nnope",
    "[mastodon]\nlimit", "[instagram]\nhashtag_limit", "[x]\nlimit",
    '[handles."Ana Souza"]\nx', '[handles."Ana Souza"]\nbluesky', '[handles."Ana Souza"]\nfoo',
    "[handles]\nx",
])

_FIXED_ARTICLE = (
    "Harbour Wall To Be Rebuilt Before Winter\n\n"
    "The council voted on Monday to rebuild the harbour wall before the winter storms.\n\n"
    "“We will rebuild it stronger than before, and we will do it this year,” said Mayor Ana "
    "Souza.\n"
)


def _toml_string(text: str) -> str:
    # JSON's escapes are TOML's, except that TOML refuses surrogate pairs: keep non-ASCII as is.
    return json.dumps(text, ensure_ascii=False)


_TEXT_VALUE = st.text(_PRINTABLE, max_size=30).map(_toml_string)
# Values of the right type for each key, so that most configs load and reach compose; the
# random values above come in one time in five.
_TYPED_VALUES = {
    "brand": _TEXT_VALUE,
    "platforms": st.lists(st.sampled_from(["x", "bluesky", "threads", "mastodon", "instagram",
                                           "linkedin", "facebook"]), min_size=1, max_size=7,
                          unique=True).map(json.dumps),
    "theme": st.sampled_from(['"light"', '"dark"', '"accent"']),
    "hashtags": st.lists(st.text(_PRINTABLE, max_size=20), max_size=6).map(
        lambda tags: json.dumps(tags, ensure_ascii=False)),
    "[link]\nutm": st.sampled_from(["true", "false"]),
    "[link]\nutm_medium": _TEXT_VALUE,
    "[link]\nutm_campaign": _TEXT_VALUE,
    "[mastodon]\nlimit": st.integers(1, 10**7).map(str),
    "[instagram]\nhashtag_limit": st.integers(1, 60).map(str),
    '[handles."Ana Souza"]\nx': st.text(_PRINTABLE, max_size=20).map(
        lambda handle: _toml_string("@" + handle)),
    '[handles."Ana Souza"]\nbluesky': _TEXT_VALUE,
}


@st.composite
def config_files(draw: st.DrawFn) -> bytes:
    tables: dict[str, list[str]] = {}
    keys = st.one_of(st.sampled_from(sorted(_TYPED_VALUES)), _TOML_KEYS)
    for key in draw(st.lists(keys, max_size=8, unique=True)):
        typed = _TYPED_VALUES.get(key)
        value = draw(typed) if typed is not None and draw(st.integers(0, 4)) else draw(_TOML_VALUES)
        table, _, name = key.rpartition("\n")
        tables.setdefault(table, []).append(f"{name} = {value}")
    # Top-level keys first, each table once: otherwise almost every config is a TOML error.
    text = "\n".join(
        "\n".join(([table] if table else []) + lines)
        for table, lines in sorted(tables.items(), key=lambda item: item[0] != "")
    ) + "\n"
    data = text.encode("utf-8")
    if draw(st.integers(0, 14)) == 0:
        data = draw(st.binary(max_size=60))
    return data


@_fuzz(6000)
@given(config_files())
def test_any_config(workdir: Path, data: bytes) -> None:
    path = workdir / "socialkit.toml"
    path.write_bytes(data)
    story = workdir / "fixed.txt"
    if not story.exists():
        story.write_text(_FIXED_ARTICLE, encoding="utf-8")
    try:
        config = load_config(path)
        platforms_table(config)
        result = compose(read_article(story), config, ComposeOptions(cards=False))
    except SocialkitError as exc:
        event(f"refused: {type(exc).__name__}")
        assert str(exc) and "\n" not in str(exc).strip()
        return
    event("composed")
    _check_outputs(result)


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------

_VARS = st.sampled_from([
    "quote", "speaker", "link", "url", "hashtags", "mentions", "lead", "platform", "brand",
    "article.title", "article.tags", "article.url", "speaker_handle", "via", "nosuchvar",
    "article.nosuch", "hashtags[0]", "hashtags[99]", "quote.upper", "''.__class__",
    "quote.__class__.__mro__", "range", "loop", "namespace", "dict", "cycler", "joiner",
])
_LITERALS = st.one_of(
    st.integers(-5, 12).map(str),
    st.integers(0, 12).map(lambda n: f"10**{n}"),
    st.text(max_size=8).map(json.dumps),
    st.sampled_from(["none", "true", "false", "[]", "[1, 2, 'a']", "{'a': 1}", "1.5", "'%s'",
                     "'{:>99}'", "'{}'", "'a' * 50000", "range(10000)", "range(3)"]),
)
_FILTERS = st.sampled_from([
    "upper", "lower", "length", "list", "string", "int", "first", "last", "sort", "unique",
    "join", "join(', ')", "center(80)", "center(10**9)", "replace('a', 'bb')", "truncate(5)",
    "wordwrap(3)", "indent(4)", "indent(10**7)", "format(1, 2)", "default('x')", "e", "trim",
    "title", "reverse", "batch(2)|list", "slice(2)|list", "round", "abs", "sum", "min", "max",
    "attr('upper')", "dictsort", "items", "tojson", "urlencode", "emojize", "select",
    "map('upper')|list", "selectattr('x')|list", "groupby('x')", "wordcount", "striptags",
    "filesizeformat", "pprint", "random", "xmlattr", "float", "capitalize", "count", "safe",
])
_OPS = st.sampled_from(["+", "-", "*", "/", "//", "%", "**", "~", "and", "or", "==", "<", "in"])


def _expressions() -> st.SearchStrategy[str]:
    base = st.one_of(_VARS, _LITERALS)
    return st.recursive(
        base,
        lambda inner: st.one_of(
            st.tuples(inner, _OPS, inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            st.tuples(inner, _FILTERS).map(lambda t: f"({t[0]})|{t[1]}"),
            st.tuples(inner, inner).map(lambda t: f"{t[0]}[{t[1]}]"),
            st.tuples(inner, st.sampled_from(["upper", "split", "ljust", "format", "join",
                                              "replace", "center", "items", "append"]),
                      st.lists(inner, max_size=2)).map(
                lambda t: f"({t[0]}).{t[1]}({', '.join(t[2])})"),
            inner.map(lambda e: f"not {e}"),
            st.tuples(inner, inner, inner).map(lambda t: f"({t[0]} if {t[1]} else {t[2]})"),
        ),
        max_leaves=8,
    )


_EXPR = _expressions()


def _statements() -> st.SearchStrategy[str]:
    leaf = st.one_of(
        _EXPR.map(lambda e: "{{ " + e + " }}"),
        st.text(max_size=20),
        st.sampled_from(["{{", "}}", "{%", "%}", "{# x", "{% endfor %}", "{{ }}", "{% if %}",
                         "{% include 'x.j2' %}", "{% extends 'x.j2' %}", "{% raw %}",
                         "{% import 'x.j2' as m %}", ":fire:", "\n"]),
        _EXPR.map(lambda e: "{% set v = " + e + " %}{{ v }}"),
    )
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4).map("".join),
            st.tuples(_EXPR, inner, inner).map(
                lambda t: "{% if " + t[0] + " %}" + t[1] + "{% else %}" + t[2] + "{% endif %}"),
            st.tuples(_EXPR, inner).map(
                lambda t: "{% for x in " + t[0] + " %}" + t[1] + "{{ x }}{% endfor %}"),
            st.tuples(st.integers(0, 25), inner).map(
                lambda t: "{% macro m(n) %}" + t[1] + "{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}"
                "{% endif %}{% endmacro %}{{ m(" + str(t[0]) + ") }}"),
            st.tuples(_EXPR, inner).map(
                lambda t: "{% set ns = namespace(s=" + t[0] + ") %}{% for i in range(30) %}"
                "{% set ns.s = ns.s ~ ns.s %}{% endfor %}" + t[1]),
            inner.map(lambda s: "{% filter upper %}" + s + "{% endfilter %}"),
        ),
        max_leaves=6,
    )


_CONTEXT = {
    "quote": "We will rebuild it stronger than before.",
    "speaker": "Ana Souza",
    "speaker_handle": "@anasouza",
    "via": None,
    "link": "https://news.example/a?utm_source=x",
    "url": "https://news.example/a",
    "hashtags": ["#Harbour", "#Storm"],
    "mentions": ["@council"],
    "lead": "The council voted on Monday.",
    "platform": "x",
    "brand": "The Daily Example",
    "article": {"title": "Harbour wall", "url": "https://news.example/a", "source": None,
                "author": None, "published": None, "lead": "The council voted.", "tags": []},
}


@_fuzz(8000)
@given(_statements())
def test_any_user_template(source: str) -> None:
    env = LimitedSandbox(
        loader=jinja2.DictLoader({"x.j2": source}),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    started = time.monotonic()
    try:
        text = render_template(env, "x", _CONTEXT)
    except SocialkitError as exc:
        message = str(exc)
        event("refused: " + next((k for k in ("took longer", "over 100,000", "nesting too deep",
                                              "unsafe", "undefined", "line") if k in message),
                                 "other"))
        # Jinja names a template loaded from memory "<template>" in some errors.
        assert message.startswith(("template x.j2", "template <template>"))
        assert "\n" not in message
    else:
        event("rendered")
        assert len(text) <= sandbox.MAX_OUTPUT
    # No hang: the clock stops a render at MAX_SECONDS; the slack is for a loaded machine.
    assert time.monotonic() - started < 20
