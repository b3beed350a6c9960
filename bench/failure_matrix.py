"""Run socialkit from outside on a matrix of bad inputs and count what must never happen.

    python bench/failure_matrix.py [--src DIR] [--timeout SECONDS] [-v]

Each case runs ``python -m socialkit ...`` in a fresh folder and is checked for:

- traceback: "Traceback (most recent call last)" or "Exception ignored" on stderr;
- hang: no exit within --timeout seconds (default 60);
- partial file: a temporary file left behind, or an output file that does not load (posts.json
  that is not JSON, an image Pillow cannot open, an empty file);
- bad message: a failure whose last stderr line is not "Error: <what>: <why>";
- wrong output: the case's own check (a formula cell in posts.csv, a javascript: link in an
  output, PNG bytes in a .gif, a slug of "article" for a Cyrillic headline, ...).

--src runs another checkout's source (PYTHONPATH) with this interpreter, to compare versions.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "harbour-flood-barrier.txt"
SLUG = "coastal-town-votes-to-build-flood-barrier-after-record"
QUOTE_BODY = (
    "The council met on Monday and voted to rebuild the harbour wall before the winter storms.\n\n"
    "\u201cWe will rebuild it stronger than before, and we will do it this year,\u201d said Mayor "
    "Ana Souza.\n"
)
FORMULA = '=HYPERLINK("https://evil.example/x","Click")'


@dataclass
class Case:
    name: str
    args: list[str]
    setup: Callable[[Path], None] = lambda d: None
    exit_codes: tuple[int, ...] = (1,)
    check: Callable[[Path, str, str], str | None] = lambda d, out, err: None
    file_limit: int | None = None  # RLIMIT_FSIZE in bytes: a disk that fills up
    stdin: bytes | None = None


@dataclass
class Tally:
    cases: int = 0
    tracebacks: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    partial: list[str] = field(default_factory=list)
    bad_message: list[str] = field(default_factory=list)
    wrong_exit: list[str] = field(default_factory=list)
    wrong_output: list[str] = field(default_factory=list)


def _write(name: str, text: str | bytes) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")

    return setup


def _both(*setups: Callable[[Path], None]) -> Callable[[Path], None]:
    def setup(folder: Path) -> None:
        for step in setups:
            step(folder)

    return setup


def _template(source: str | bytes) -> Case:
    shown = source if isinstance(source, str) else repr(source)
    return Case(
        f"template {shown[:48]}",
        ["compose", str(EXAMPLE), "-o", "out", "--no-cards", "-p", "x", "--templates", "tpl"],
        _write("tpl/x.j2", source),
    )


def _no_formula_cells(folder: Path, out: str, err: str) -> str | None:
    for path in folder.rglob("posts.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                for cell in row:
                    if cell.startswith(("=", "+", "-", "@", "\t", "\r")):
                        return f"{path.name}: formula cell {cell[:40]!r}"
    return None


def _no_javascript(folder: Path, out: str, err: str) -> str | None:
    for path in (folder / "out").rglob("*"):
        text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
        if "javascript:" in text.lower():
            return f"{path.relative_to(folder)} holds a javascript: link"
    return None


def _no_file(name: str) -> Callable[[Path, str, str], str | None]:
    def check(folder: Path, out: str, err: str) -> str | None:
        return f"{name} was written" if (folder / name).exists() else None

    return check


def _slug_from_headline(folder: Path, out: str, err: str) -> str | None:
    names = [p.name for p in (folder / "out").iterdir()] if (folder / "out").is_dir() else []
    if len(names) == 1 and names[0].isascii() and names[0] != "article":
        return None
    return f"folders: {names}"


def cases() -> list[Case]:
    story = _write("story.md", f"---\ntitle: {FORMULA!r}\n---\n\n{QUOTE_BODY}")
    js_front = _write(
        "js.md", f"---\ntitle: Harbour wall\nurl: 'javascript:alert(1)'\n---\n\n{QUOTE_BODY}"
    )
    js_html = _write(
        "js.html",
        "<!doctype html><html><head><title>Harbour wall</title>"
        '<link rel="canonical" href="javascript:alert(1)"></head><body><article>'
        "<h1>Harbour wall</h1>"
        + "".join(f"<p>{p}</p>" for p in QUOTE_BODY.strip().split("\n\n"))
        + "</article></body></html>",
    )
    blocker = _write("blocker", "a file, not a folder\n")
    return [
        # Output that cannot be written.
        Case("compose out under a file", ["compose", str(EXAMPLE), "-o", "blocker/out"], blocker),
        Case("compose out in /proc", ["compose", str(EXAMPLE), "-o", "/proc/socialkit-out"]),
        Case("compose disk full", ["compose", str(EXAMPLE), "-o", "out"], file_limit=20_000),
        Case("compose disk full, no cards", ["compose", str(EXAMPLE), "-o", "out", "--no-cards"],
             file_limit=2_000),
        Case("batch out under a file", ["batch", str(EXAMPLE), "-o", "blocker/out"], blocker),
        Case("batch disk full", ["batch", str(EXAMPLE), "-o", "out", "-j", "1"],
             file_limit=20_000),
        Case("batch one article unwritable",
             ["batch", str(EXAMPLE), "story.md", "-o", "out", "-j", "1", "--no-cards"],
             _both(story, lambda d: (d / "out" / SLUG / "posts.md").mkdir(parents=True))),
        Case("card out under a file", ["card", "We will rebuild.", "--speaker", "Ana Souza",
                                       "-o", "blocker/c.png"], blocker),
        Case("card disk full", ["card", "We will rebuild.", "--speaker", "Ana Souza",
                                "-o", "c.png"], file_limit=5_000),
        Case("preview --html under a file",
             ["preview", str(EXAMPLE), "--html", "blocker/p.html"], blocker),
        Case("preview --html in /proc", ["preview", str(EXAMPLE), "--html", "/proc/p.html"]),
        Case("init under a file", ["init", "-o", "blocker/socialkit.toml"], blocker),
        Case("templates export under a file", ["templates", "export", "blocker/t"], blocker),
        # User templates.
        _template("{{ 1/0 }}"),
        _template("{{ 1 + 'a' }}"),
        _template(b"\xff\xfe{{ quote }}"),
        _template("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}"),
        _template("{% include 'x.j2' %}"),
        _template("{% for i in range(10**9) %}{% endfor %}"),
        _template("{{ 'a' * 10**8 }}"),
        _template("{{ 'a'|center(10**9) }}"),
        _template("{{ 9 ** 9999999 }}"),
        _template("{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}"
                  "{% endfor %}"),
        _template("{% macro f(n) %}{% if n %}{{ f(n-1) }}{{ f(n-1) }}{% endif %}"
                  "{% endmacro %}{{ f(40) }}"),
        _template("{% set ns = namespace(s='x') %}{% for i in range(40) %}"
                  "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"),
        _template("{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        _template("{% for %}"),
        # Hostile values in outputs.
        Case("formula headline in posts.csv", ["compose", "story.md", "-o", "out", "--no-cards"],
             story, exit_codes=(0,), check=_no_formula_cells),
        Case("formula headline in batch posts.csv",
             ["batch", "story.md", "-o", "out", "--no-cards", "-j", "1"],
             story, exit_codes=(0,), check=_no_formula_cells),
        Case("--url javascript:", ["compose", str(EXAMPLE), "-o", "out", "--no-cards",
                                   "--url", "javascript:alert(1)"],
             exit_codes=(2,), check=_no_file("out")),
        Case("front matter javascript: url", ["compose", "js.md", "-o", "out", "--no-cards"],
             js_front, exit_codes=(0,), check=_no_javascript),
        Case("canonical javascript: url", ["compose", "js.html", "-o", "out", "--no-cards"],
             js_html, exit_codes=(0,), check=_no_javascript),
        Case("card -o c.gif", ["card", "We will rebuild.", "--speaker", "Ana Souza",
                               "-o", "c.gif"], check=_no_file("c.gif")),
        Case("card -o c.png --format jpeg", ["card", "We will rebuild.", "--speaker", "Ana",
                                             "-o", "c.png", "--format", "jpeg"],
             check=_no_file("c.png")),
        Case("check NUL", ["check", "post.txt"], _write("post.txt", b"Hello\x00 world\n")),
        Case("check escape", ["check", "-"], stdin=b"\x1b[31mRed\x1b[0m\n"),
        # Slugs.
        *[
            Case(f"slug {title}", ["compose", "-", "-o", "out", "--no-cards"],
                 stdin=f"{title}\n\n{QUOTE_BODY}".encode(),
                 exit_codes=(0,), check=_slug_from_headline)
            for title in ("Город принял бюджет", "北京市政府宣布新计划", "مجلس المدينة يصوت")
        ],
        # Bad input files (already clean before this work; kept so they stay clean).
        Case("article missing", ["compose", "nope.txt", "-o", "out"]),
        Case("article binary", ["compose", "b.txt", "-o", "out"], _write("b.txt", b"\x00\x01" * 9)),
        Case("config garbage", ["compose", str(EXAMPLE), "--config", "c.toml", "-o", "out"],
             _write("c.toml", b"\xff = = [")),
    ]


def _partial_files(folder: Path) -> list[str]:
    from PIL import Image

    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        name = str(path.relative_to(folder))
        if path.name.endswith(".tmp"):
            found.append(f"{name} (temporary file left)")
        elif path.suffix in (".png", ".jpg", ".webp", ".gif") and path.parent.name != "tpl":
            try:
                with Image.open(path) as image:
                    image.load()
            except Exception:
                found.append(f"{name} (image does not load)")
        elif path.name == "posts.json":
            try:
                json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                found.append(f"{name} (not JSON)")
        elif path.stat().st_size == 0:
            found.append(f"{name} (empty)")
    return found


def _one_line_error(err: str) -> bool:
    """"Error: <what>: <why>" last; or a batch's "path: reason" lines and its summary."""
    lines = err.strip().splitlines()
    if not lines:
        return False
    last = lines[-1]
    if last.startswith("Error: ") and ": " in last[7:]:
        return True
    return bool(re.match(r"\d+ ok, \d+ failed", last)) and all(": " in ln for ln in lines[:-1])


def run(case: Case, env: dict[str, str], timeout: float, tally: Tally, verbose: bool) -> None:
    tally.cases += 1
    with tempfile.TemporaryDirectory(prefix="socialkit-matrix-") as name:
        folder = Path(name)
        case.setup(folder)
        limit = case.file_limit

        def preexec() -> None:
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        started = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "socialkit", *case.args],
                cwd=folder,
                env=env,
                input=case.stdin or b"",
                capture_output=True,
                timeout=timeout,
                preexec_fn=preexec,
            )
        except subprocess.TimeoutExpired:
            tally.hangs.append(case.name)
            print(f"HANG  {case.name}")
            return
        seconds = time.monotonic() - started
        out = done.stdout.decode("utf-8", "replace")
        err = done.stderr.decode("utf-8", "replace")
        problems = []
        if "Traceback (most recent call last)" in err or "Exception ignored" in err:
            tally.tracebacks.append(case.name)
            problems.append("traceback")
        partial = _partial_files(folder)
        if partial:
            tally.partial.append(f"{case.name}: {partial}")
            problems.append(f"partial {partial}")
        if done.returncode not in case.exit_codes:
            tally.wrong_exit.append(f"{case.name}: exit {done.returncode}")
            problems.append(f"exit {done.returncode}")
        if done.returncode == 1 and case.args[0] != "check" and not _one_line_error(err):
            tally.bad_message.append(f"{case.name}: {err.strip()[-80:]!r}")
            problems.append("bad message")
        wrong = case.check(folder, out, err)
        if wrong:
            tally.wrong_output.append(f"{case.name}: {wrong}")
            problems.append(wrong)
        status = "FAIL" if problems else "ok  "
        if verbose or problems:
            shown = (err.strip().splitlines() or [out.strip()[:100]])[-1][:150]
            print(f"{status}  {case.name} [{done.returncode}, {seconds:.1f} s] {shown}")
            for problem in problems:
                print(f"        {problem}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, default=None, help="run this checkout's src/")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("SOCIALKIT_DEBUG", None)
    if args.src is not None:
        env["PYTHONPATH"] = str(args.src.resolve())
    tally = Tally()
    started = time.monotonic()
    for case in cases():
        run(case, env, args.timeout, tally, args.verbose)
    print(
        f"\n{tally.cases} cases in {time.monotonic() - started:.0f} s: "
        f"{len(tally.tracebacks)} tracebacks, {len(tally.hangs)} hangs, "
        f"{len(tally.partial)} partial files, {len(tally.bad_message)} bad messages, "
        f"{len(tally.wrong_exit)} wrong exit codes, {len(tally.wrong_output)} wrong outputs"
    )
    failed = (tally.tracebacks or tally.hangs or tally.partial or tally.bad_message
              or tally.wrong_exit or tally.wrong_output)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
