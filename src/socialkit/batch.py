"""Many articles at once: parallel worker processes, one failure never stops the rest.

``run_batch`` is the library entry point. It reports each finished article through a callback (the
CLI draws a progress bar from it) and writes ``OUT/index.json`` after every article, atomically, so
a crash or Ctrl-C leaves an index of exactly what was finished and ``--skip-existing`` can pick up
from there.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import glob
import hashlib
import json
import os
import resource
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from socialkit import __version__
from socialkit.config import Config
from socialkit.errors import SocialkitError
from socialkit.output import render_csv, write_json_atomic, write_text_atomic
from socialkit.parallel import can_fork, run_shared
from socialkit.pipeline import CSV_COLUMNS, ComposeOptions, posts_csv_rows

INDEX_WRITE_INTERVAL = 1.0
"""Seconds between rewrites of OUT/index.json while a batch runs (and once more at the end)."""

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".html.gz", ".htm.gz")


@dataclass(frozen=True)
class ArticleOutcome:
    """What happened to one input: ok, failed (with the reason) or skipped."""

    path: str
    status: str
    folder: str | None = None
    reason: str | None = None
    outputs: tuple[str, ...] = ()
    posts: tuple[tuple[str, ...], ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float | None = None
    # compose's notes ("no quote a post may use (...)"): what an editor must look at.
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        # posts stay out: they go to the batch's posts.csv, not the index.
        return {
            "path": self.path,
            "status": self.status,
            "folder": self.folder,
            "reason": self.reason,
            "notes": list(self.notes),
            "outputs": list(self.outputs),
            "timings_ms": dict(self.timings_ms),
            "peak_rss_mb": self.peak_rss_mb,
        }


@dataclass(frozen=True)
class BatchSummary:
    outcomes: tuple[ArticleOutcome, ...]
    seconds: float
    interrupted: bool = False

    @property
    def failed(self) -> tuple[ArticleOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def collect_inputs(inputs: Iterable[str]) -> tuple[list[Path], list[ArticleOutcome]]:
    """Expand files, folders (recursively) and globs into article paths, in a stable order.

    An input that names nothing becomes a failed outcome rather than an exception: a batch reports
    every problem and goes on.
    """
    found: dict[str, Path] = {}
    missing: list[ArticleOutcome] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and _is_article(p))
        elif path.exists():
            matches = [path]
        elif glob.has_magic(item):
            matches = sorted(
                Path(m) for m in glob.glob(item, recursive=True) if _is_article(Path(m))
            )
        else:
            missing.append(ArticleOutcome(path=item, status="failed", reason="no such file"))
            continue
        if not matches:
            missing.append(
                ArticleOutcome(path=item, status="failed", reason="no article files found")
            )
        for match in matches:
            found.setdefault(str(match.resolve()), match)
    return list(found.values()), missing


def _str_tuple(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _is_article(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARTICLE_SUFFIXES) and not name.startswith(".")


def settings_key(config: Config, options: ComposeOptions) -> str:
    """A fingerprint of everything that shapes the output: a change means "redo the article"."""
    payload = json.dumps(
        {"version": __version__, "config": repr(config), "options": repr(options)},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def run_batch(
    inputs: Sequence[str],
    out_dir: Path,
    config: Config,
    options: ComposeOptions,
    *,
    jobs: int | None = None,
    skip_existing: bool = False,
    on_start: Callable[[int], None] | None = None,
    on_outcome: Callable[[ArticleOutcome], None] | None = None,
) -> BatchSummary:
    started = time.perf_counter()
    paths, outcomes = collect_inputs(inputs)
    key = settings_key(config, options)
    previous = _read_index(out_dir) if skip_existing else {}
    todo: list[Path] = []
    for path in paths:
        done = previous.get(str(path))
        if done is not None and _still_fresh(done, path, out_dir, key):
            outcomes.append(
                ArticleOutcome(
                    path=str(path),
                    status="skipped",
                    folder=str(done.get("folder")),
                    outputs=_str_tuple(done.get("outputs")),
                )
            )
        else:
            todo.append(path)
    for outcome in outcomes:
        if on_outcome:
            on_outcome(outcome)
    if on_start:
        on_start(len(todo))

    last_index_write = 0.0

    def record(outcome: ArticleOutcome) -> None:
        nonlocal last_index_write
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
        # Rewriting the whole index after every article grows as n squared; once a second
        # bounds what a crash can lose to a second of work, which --skip-existing then redoes.
        now = time.perf_counter()
        if now - last_index_write >= INDEX_WRITE_INTERVAL:
            _write_index(out_dir, outcomes, key)
            last_index_write = now

    interrupted = False
    jobs = max(1, jobs or os.cpu_count() or 1)
    out_dir.mkdir(parents=True, exist_ok=True)
    # Largest files first: a long page taken last would leave the other processes idle while it
    # finishes.
    order = [str(p) for p in sorted(todo, key=_size_or_zero, reverse=True)]
    work = functools.partial(process_article, out_dir=out_dir, config=config, options=options)
    try:
        with _warmed(config, options, forks=min(jobs, len(order)) > 1):
            run_shared(order, work, jobs, lambda _, outcome: record(outcome),
                       on_lost=lambda i, why: ArticleOutcome(
                           path=order[i], status="failed",
                           reason=f"internal error: its worker process {why}"))
    except KeyboardInterrupt:
        interrupted = True
    _write_index(out_dir, outcomes, key)
    _write_batch_csv(out_dir, outcomes)
    return BatchSummary(
        outcomes=tuple(outcomes), seconds=time.perf_counter() - started, interrupted=interrupted
    )


@contextlib.contextmanager
def _warmed(config: Config, options: ComposeOptions, *, forks: bool) -> Iterator[None]:
    """This process warmed up for its children, its warm objects frozen while they run."""
    # Children are forked from this process (Linux): what it has imported, compiled and loaded
    # before they start, every child has for free and shares copy-on-write. Each worker
    # used to pay that itself (about 0.7 s of CPU: trafilatura, the URL and quote regexes,
    # fonts), which cost a 2-core machine one article in eight and every worker its own copy.
    if not forks or not can_fork():
        yield
        return
    # Nothing the warm-up builds is garbage before the children are done with it: the
    # collector, walking the whole start-up's heap each time it grew, freed nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        warm_up(config, options)
    finally:
        if collecting:
            gc.enable()
    # What the warm-up made lives as long as the children: moved out of the collector's sight, a
    # child's full collections do not walk it (nor write to its pages, which would copy them
    # from this process one by one). Unfrozen once the batch is done, so a long-lived caller's
    # garbage among them is collected again.
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


_WARM_UP_PAGE = """<!doctype html><html><head><title>Harbour Board Votes On Dredging</title>
<link rel="canonical" href="https://news.example.com/harbour"></head><body><article>
<h1>Harbour Board Votes On Dredging</h1>
<p>The harbour board voted on Tuesday to dredge the northern channel before winter, after a
season in which two ferries ran aground at low tide near the old pier.</p>
<p>\u201cWe will not wait another winter for this,\u201d said Councillor Rosa Delgado, who chairs
the board. \u201cThe channel is the town\u2019s lifeline, https://example.com shows it.\u201d</p>
<p>The work starts in October and is expected to take six weeks. #Harbour</p>
</article></body></html>"""


def _load_justext_stoplist() -> None:
    """Build trafilatura's all-language justext stoplist now, in the process that forks.

    trafilatura falls back to justext on pages its own rules read poorly (4 of the 40 news-html
    pages of bench_batch_cli) and builds the stoplist on first use, about 80-95 ms; each forked
    worker that met such a page paid it again, a cost only -j2 had. Built here, every worker
    shares one copy. (A module-level cache of trafilatura's; absent in another version, skipped.)
    """
    from trafilatura import external

    init = getattr(external, "jt_stoplist_init", None)
    if callable(init) and getattr(external, "JT_STOPLIST", True) is None:
        init()


def warm_up(config: Config, options: ComposeOptions) -> None:
    """Compose a small built-in page in memory with the batch's settings, so that imports,
    compiled patterns, templates, fonts and the first card's one-time work are done once, here.

    Nothing is written; any failure here is ignored: it is only a head start, and the real
    articles report their own errors.
    """
    from socialkit.article import read_article
    from socialkit.pipeline import compose
    from socialkit.quotes.people import load_surnames

    page = _WARM_UP_PAGE.encode("utf-8")
    with contextlib.suppress(Exception):
        load_surnames()  # every worker asks about hundreds of words: one set, shared
    with contextlib.suppress(Exception):
        _load_justext_stoplist()  # (its own: a failure here must not skip the rest)
    with contextlib.suppress(Exception):
        # Posts for every platform, but one small card: what the first card of a process pays
        # (fonts, character maps, logo, the encoder) does not depend on the size.
        result = compose(read_article("-", stdin_bytes=page), config,
                         replace(options, url=None, cards=False))
        if options.cards and result.quotes:
            from socialkit.cards import load_theme, render_card

            theme = load_theme(options.theme or config.theme, logo=config.logo)
            quote = result.quotes[0]
            card = render_card(quote.text, quote.speaker, quote.via, size="link", theme=theme)
            # The encoder's one-time work (its plugin, zlib) needs no full image: a corner of
            # the card is encoded with the same settings, sparing about 20 ms of the start-up.
            replace(card, image=card.image.crop((0, 0, 16, 16))).encode(options.image_format)


def _size_or_zero(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # process_article reports it


def process_article(
    path: str, out_dir: Path, config: Config, options: ComposeOptions
) -> ArticleOutcome:
    """Read, compose and write one article; any SocialkitError becomes a failed outcome."""
    from socialkit.article import read_article
    from socialkit.pipeline import compose, write_outputs

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        article = read_article(path)
        t1 = time.perf_counter()
        result = compose(article, config, options)
        t2 = time.perf_counter()
        result = replace(result, slug=_free_slug(out_dir, result.slug, path))
        folder = write_outputs(result, out_dir)
        t3 = time.perf_counter()
    except SocialkitError as exc:
        return ArticleOutcome(path=path, status="failed", reason=str(exc).removeprefix(f"{path}: "))
    except Exception as exc:  # one broken article must not stop the batch
        return ArticleOutcome(
            path=path, status="failed", reason=f"internal error: {type(exc).__name__}: {exc}"
        )
    timings = {
        "read": round((t1 - t0) * 1000, 1),
        "compose": round((t2 - t1) * 1000, 1),
        "write": round((t3 - t2) * 1000, 1),
        "total": round((t3 - t0) * 1000, 1),
    }
    outputs = ["posts.json", "posts.md", "posts.csv", "preview.html"]
    outputs += [c.relpath for c in result.cards]
    return ArticleOutcome(
        path=path,
        status="ok",
        folder=folder.name,
        outputs=tuple(f"{folder.name}/{o}" for o in outputs if (folder / o).exists()),
        posts=tuple(posts_csv_rows(result, prefix=f"{folder.name}/")),
        timings_ms=timings,
        peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        notes=tuple(result.notes),
    )


CLAIM_FILE = ".socialkit-claim"
"""Holds the path of the article that owns an output folder in a batch (hidden; never listed)."""


def _free_slug(out_dir: Path, slug: str, path: str) -> str:
    """The slug, or slug-2, slug-3 ... when another article already owns that folder.

    Workers run at the same time, so a folder is claimed atomically (a claim file created only if
    absent) before anything is written to it: two articles with the same headline composed at
    once had both picked the same free folder, and one overwrote the other.
    """
    candidate = slug
    for n in range(2, 1000):
        folder = out_dir / candidate
        existing = folder / "posts.json"
        if not existing.exists() or _owner(existing) in (None, path):
            owner = _claim(folder, path)
            if owner == path:
                return candidate
        candidate = f"{slug}-{n}"
    return candidate


def _claim(folder: Path, path: str) -> str:
    """Claim ``folder`` for ``path`` unless it is claimed already; return its owner."""
    claim = folder / CLAIM_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        try:
            # A claim still being written reads as empty: someone else's, to be safe.
            return claim.read_text(encoding="utf-8")
        except OSError:
            return ""
    except OSError:
        return path  # cannot claim (e.g. a file in the way): write_outputs reports it
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(path)
    return path


def _owner(posts_json: Path) -> str | None:
    try:
        data = json.loads(posts_json.read_text(encoding="utf-8"))
        return str(data["article"]["path"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_index(out_dir: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads((out_dir / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    key = data.get("settings") if isinstance(data, dict) else None
    articles = data.get("articles", []) if isinstance(data, dict) else []
    return {
        str(a["path"]): {**a, "settings": key}
        for a in articles
        if isinstance(a, dict) and a.get("status") in ("ok", "skipped") and "path" in a
    }


def _still_fresh(done: dict[str, object], path: Path, out_dir: Path, key: str) -> bool:
    if done.get("settings") != key or not done.get("folder"):
        return False
    posts_json = out_dir / str(done["folder"]) / "posts.json"
    try:
        return posts_json.stat().st_mtime >= path.stat().st_mtime
    except OSError:
        return False


def _write_index(out_dir: Path, outcomes: Sequence[ArticleOutcome], key: str) -> None:
    write_json_atomic(
        out_dir / "index.json",
        {
            "socialkit": __version__,
            "settings": key,
            "articles": [o.to_json() for o in outcomes],
        },
    )


def _write_batch_csv(out_dir: Path, outcomes: Sequence[ArticleOutcome]) -> None:
    rows: list[tuple[str, ...]] = []
    rows_by_folder: dict[str, tuple[tuple[str, ...], ...]] = {}
    for outcome in outcomes:
        if outcome.status == "ok" and outcome.folder:
            rows_by_folder[outcome.folder] = outcome.posts
        elif outcome.status == "skipped" and outcome.folder:
            rows_by_folder[outcome.folder] = _rows_from_folder(out_dir, outcome.folder)
    for folder, folder_rows in rows_by_folder.items():
        rows.extend((folder, *row) for row in folder_rows)
    write_text_atomic(out_dir / "posts.csv", render_csv(("article", *CSV_COLUMNS), rows))


def _rows_from_folder(out_dir: Path, folder: str) -> tuple[tuple[str, ...], ...]:
    import csv

    try:
        text = (out_dir / folder / "posts.csv").read_text(encoding="utf-8")
    except OSError:
        return ()
    rows = list(csv.reader(text.splitlines(keepends=True)))[1:]
    prefixed = []
    for row in rows:
        if len(row) == len(CSV_COLUMNS):
            if row[3]:
                row[3] = f"{folder}/{row[3]}"
            prefixed.append(tuple(row))
    return tuple(prefixed)
