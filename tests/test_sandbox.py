"""User templates: every error a clear one-line TemplateError, every runaway stopped."""

from __future__ import annotations

import threading
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner

from socialkit import sandbox
from socialkit.cli import main
from socialkit.errors import TemplateError
from socialkit.posts import render_template, template_environment
from socialkit.sandbox import LimitedSandbox, TemplateLimitError, render_limited

from .conftest import REPO

EXAMPLE = REPO / "examples" / "harbour-flood-barrier.txt"


def _render(source: str, **context: object) -> str:
    env = LimitedSandbox(undefined=jinja2.StrictUndefined)
    return render_limited(env.from_string(source), context)


def _user_error(tmp_path: Path, source: str | bytes) -> str:
    folder = tmp_path / "tpl"
    folder.mkdir(exist_ok=True)
    path = folder / "x.j2"
    if isinstance(source, bytes):
        path.write_bytes(source)
    else:
        path.write_text(source, encoding="utf-8")
    env = template_environment(folder)
    with pytest.raises(TemplateError) as info:
        render_template(env, "x", {"quote": "We will rebuild.", "link": None})
    return str(info.value)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("{{ 1/0 }}", "line 1: division by zero (ZeroDivisionError)"),
        (
            "\n{{ 1 + 'a' }}",
            "line 2: unsupported operand type(s) for +: 'int' and 'str' (TypeError)",
        ),
        (
            "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
            "line 1: nesting too deep (a macro or include that calls itself?)",
        ),
        ("{% include 'x.j2' %}", "nesting too deep (a macro or include that calls itself?)"),
        (
            "{% for i in range(10**9) %}{% endfor %}",
            "range() of 1,000,000,000 items; the limit is 10,000",
        ),
        (
            "{{ 'a' * 10**8 }}",
            "repeating a value 100,000,000 times would be over 100,000 characters",
        ),
        ("{{ 'a'|center(10**9) }}", "center() with 1,000,000,000; the limit is 1,000,000"),
        ("{{ 'a'.ljust(10**9) }}", "ljust() with 1,000,000,000; the limit is 1,000,000"),
        ("{{ '%1000000000s' % 'a' }}", "format width over 1,000,000"),
        ("{{ '{:>1000000000}'.format(1) }}", "format width over 1,000,000"),
        ("{{ 'x'|replace('', 'y' * 90000) }}", "replace() would be over 100,000 characters"),
        ("{{ 7 ** 1000000 }}", "7 ** 1000000 is too large a number"),
        ("{{ lipsum(10**6) }}", "'lipsum' is undefined"),
        ("{{ [].append(1) }}", "access to attribute 'append' of 'list' object is unsafe."),
    ],
)
def test_user_template_errors_are_one_line(tmp_path: Path, source: str, reason: str) -> None:
    message = _user_error(tmp_path, source)
    assert message.startswith(f"template {tmp_path / 'tpl' / 'x.j2'}")
    assert reason in message
    assert "\n" not in message


def test_non_utf8_template(tmp_path: Path) -> None:
    message = _user_error(tmp_path, b"\xff{{ quote }}")
    assert message == f"template {tmp_path / 'tpl' / 'x.j2'}: not UTF-8 text (byte 0)"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        # ~ doubles a string in a namespace: refused at the first join over the limit.
        (
            "{% set ns = namespace(s='x' * 1000) %}{% for i in range(20) %}"
            "{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
            "a ~ concatenation would be over 100,000 characters",
        ),
        # A macro whose body loops: refused when its buffer is joined.
        (
            "{% macro m() %}{% for i in range(5000) %}{{ 'x' * 50 }}{% endfor %}{% endmacro %}"
            "{{ m()|length }}",
            "a block's output would be over 100,000 characters",
        ),
        # Nested literals repeat one string many times without building it: refused on print.
        (
            "{% set a = ['x' * 10000] * 9 %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}{{ b }}",
            "a printed value would be over 100,000 characters",
        ),
        ("{{ (['x' * 1000] * 90)|join('y' * 1000) }}", "join() would be over 100,000 characters"),
        ("{% for i in range(200) %}{{ 'x' * 1000 }}{% endfor %}", "the output is over 100,000"),
        # Widths that multiply: per line, per tab, per wrapped line, per format field.
        ("{{ ('x\n' * 1000)|indent(999999) }}", "indent() would be over 100,000 characters"),
        ("{{ ('\t' * 1000).expandtabs(999999) }}", "expandtabs() would be over 100,000"),
        (
            "{{ ('x ' * 5000)|wordwrap(1, wrapstring='y' * 99999) }}",
            "wordwrap() would be over 100,000 characters",
        ),
        ("{{ ('{0:>{1}}' * 1000).format('a', 999999) }}", "a format would be over 100,000"),
        ("{{ ('%999999s' * 100) % (('a',) * 100) }}", "a format would be over 100,000"),
        # A generator has no length: join() counts it first.
        ("{{ range(5000)|map('string')|join('y' * 99999) }}", "join() would be over 100,000"),
        ("{{ ('y' * 99999).join(range(5000)|map('string')) }}", "join() would be over 100,000"),
        ("{{ range(10)|slice(999999)|list }}", "slice() into more than 10,000 parts"),
    ],
)
def test_size_limits(source: str, reason: str) -> None:
    with pytest.raises(TemplateLimitError) as info:
        _render(source)
    assert reason in str(info.value)


def test_ordinary_templates_are_untouched() -> None:
    source = (
        "{{ quote }} {{ ([link] + tags)|select|join(' ') }} {{ '-' * 3 }} {{ 2 ** 10 }} "
        "{{ '%s!' % 'hi' }} {{ '{:>5}'.format(7) }} {{ range(3)|list }} {{ range(3)|length }}"
        "{% for t in tags %} {{ loop.index }}{{ t|upper }}{% endfor %}"
        " {{ 'x'|indent(2) }} {{ 'a b c'|wordwrap(2) }} {{ 'a\tb'.expandtabs(4) }}"
        " {{ 'Hi %s'|format('you') }} {{ tags|map('lower')|join('+') }}"
    )
    text = _render(source, quote="Yes ~ no", link="https://e.com/a", tags=["#A", "#B"])
    assert text == (
        "Yes ~ no https://e.com/a #A #B --- 1024 hi!     7 [0, 1, 2] 3 1#A 2#B"
        " x a\nb\nc a   b Hi you #a+#b"
    )


def test_the_output_cap_applies_to_built_in_templates_too() -> None:
    env = jinja2.Environment()
    with pytest.raises(TemplateLimitError):
        render_limited(env.from_string("{{ 'x' * 100001 }}"), {})


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 0.2)


RUNAWAY = [
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}{% endmacro %}{{ f(40) }}",
    # Iterating a string calls no hook: only the timer stops this one.
    "{% set s = 'x' * 3000 %}{% for a in s %}{% for b in s %}{% for c in s %}"
    "{% endfor %}{% endfor %}{% endfor %}",
]


@pytest.mark.parametrize("source", RUNAWAY)
@pytest.mark.usefixtures("short_limit")
def test_a_runaway_template_is_stopped(source: str) -> None:
    with pytest.raises(TemplateLimitError) as info:
        _render(source)
    assert str(info.value) == "took longer than 0.2 s (a loop that never ends?)"


@pytest.mark.usefixtures("short_limit")
def test_the_clock_also_stops_loops_off_the_main_thread() -> None:
    # No timer signal there: the hooks' clock checks (range steps, calls) are the limit.
    caught: list[BaseException] = []

    def run() -> None:
        try:
            _render(RUNAWAY[0])
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert len(caught) == 1 and isinstance(caught[0], TemplateLimitError)


def test_render_budget_bounds_many_renders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_SECONDS", 60.0)
    with sandbox.render_budget(0.2), pytest.raises(TemplateLimitError):
        for _ in range(1000):
            _render("{% for i in range(10000) %}{% endfor %}")


def test_compose_with_a_broken_user_template_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "x.j2").write_text("{{ quote }}\n{{ 1/0 }}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["compose", str(EXAMPLE), "-o", str(out), "--templates", str(folder), "-p", "x"]
    )
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: template {folder.resolve() / 'x.j2'}, line 2: "
        "division by zero (ZeroDivisionError)\n"
    )
    assert not out.exists()


def test_the_built_in_templates_give_the_same_posts_in_the_sandbox(tmp_path: Path) -> None:
    from socialkit.article import read_article
    from socialkit.config import Config
    from socialkit.pipeline import ComposeOptions, compose
    from socialkit.posts import export_templates

    export_templates(tmp_path / "tpl")
    article = read_article(EXAMPLE)
    plain = compose(article, Config(), ComposeOptions(cards=False))
    options = ComposeOptions(cards=False, templates_dir=tmp_path / "tpl")
    sandboxed = compose(article, Config(), options)
    assert [p.text for p in sandboxed.posts] == [p.text for p in plain.posts]
    assert [p.parts for p in sandboxed.posts] == [p.parts for p in plain.posts]
