"""The command line: parse, call one library function, print, and map errors. No logic lives here.

Heavy libraries (Pillow, Jinja2, trafilatura) are imported inside the commands that need them so
that ``socialkit --help`` starts as fast as Click itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from socialkit import __version__
from socialkit.errors import SocialkitError, describe_os_error
from socialkit.names import CARD_SIZE_NAMES, CONFIG_FILENAME, PLATFORM_NAMES

if TYPE_CHECKING:
    from socialkit.config import Config

F = TypeVar("F", bound=Callable[..., Any])


class _SocialkitGroup(click.Group):
    """The one choke point where any failure becomes one line "Error: ..." and its exit code.

    A SocialkitError carries its own message and code. An OSError that no library function
    turned into one (a folder that cannot be made, a full disk, a file in the way) is named by
    its path and the system's reason. Anything else is a bug in socialkit: it is still one line,
    naming the exception, because an editor cannot act on a traceback; SOCIALKIT_DEBUG=1 shows
    the traceback for a bug report.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except SocialkitError as exc:
            _fail(ctx, str(exc), exc.exit_code)
        except BrokenPipeError:
            _quiet_broken_pipe(ctx)
        except OSError as exc:
            _fail(ctx, describe_os_error(exc), 1)
        except RecursionError:
            _fail(ctx, "internal error: nesting too deep (RecursionError)", 1)
        except MemoryError:
            _fail(ctx, "out of memory", 1)
        except Exception as exc:
            if os.environ.get("SOCIALKIT_DEBUG"):
                raise
            _fail(
                ctx,
                f"internal error: {type(exc).__name__}: {exc} "
                "(a bug in socialkit; SOCIALKIT_DEBUG=1 shows the traceback for a report)",
                1,
            )


def _fail(ctx: click.Context, message: str, code: int) -> None:
    # One line, whatever the message holds: a path or an exception text may carry newlines.
    click.echo("Error: " + " ".join(message.split("\n")), err=True)
    ctx.exit(code)


def _quiet_broken_pipe(ctx: click.Context) -> None:
    # `socialkit quotes story.txt | head -1`: the reader left, which is not an error worth a
    # line. Point stdout at /dev/null so the interpreter's final flush does not fail again.
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    ctx.exit(1)


@click.group(cls=_SocialkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="socialkit")
def main() -> None:
    """Social posts and quote cards from news articles, counted the way each platform counts."""
    _freeze_heap_at_exit()


@cache
def _freeze_heap_at_exit() -> None:
    """At interpreter exit, move every object out of the cyclic collector's sight (gc.freeze).

    A command leaves a large heap (trafilatura, lxml, Jinja2, Pillow, compiled patterns) that
    dies with the process. The interpreter's exit collections walked all of it: 55-125 ms after
    the last line was written, as long as a batch's whole start-up takes to import trafilatura.
    Frozen, those objects are still freed as the modules are torn down, the atexit handlers
    (the process pool's, tempfile's) still run and stdout and stderr are still flushed; only
    the walk for cycles is skipped, which nothing socialkit writes depends on (every file is
    closed before the command returns). Registered when a command runs, not at import, so a
    program that only imports socialkit is unaffected, and it happens only at exit, so a test
    that invokes the CLI in-process keeps its collector until then.
    """
    import atexit
    import gc

    atexit.register(gc.freeze)  # once: the cache makes later calls no-ops


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector off while a command imports what it will use to the end.

    Importing the extractor builds tens of thousands of objects that live as long as the
    process, and the collector, counting allocations, walked them again and again as they grew;
    it found almost nothing to free. Afterwards they go straight to the oldest generation
    (frozen and thawed at once: nothing else in a command's process is frozen at this point),
    where the collector would have moved them, without first walking them all as young objects
    (7 ms) at the next allocation.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Settings file (default: ./{CONFIG_FILENAME} when present).",
    )(func)


def theme_option(func: F) -> F:
    return click.option(
        "--theme",
        default=None,
        help="Card theme: light, dark, accent or a TOML file (default: the config's, else light).",
    )(func)


def size_option(help_text: str) -> Callable[[F], F]:
    """--size for every command that makes cards; only the help differs (extra or default)."""
    return click.option(
        "--size", "sizes", multiple=True, type=click.Choice(CARD_SIZE_NAMES), help=help_text
    )


def get_config(config_path: Path | None) -> Config:
    from socialkit.config import find_config, load_config

    return load_config(find_config(config_path))


def _http_url(value: str | None) -> str | None:
    from socialkit.urls import url_problem

    problem = url_problem(value) if value is not None else None
    if problem is not None:
        raise click.BadParameter(problem)
    return value


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


# Articles of this many bytes (file) or characters (text) and more report each stage on stderr:
# at the measured 0.7-1 MB/s a 1 MB article takes one to two seconds.
PROGRESS_MIN_BYTES = 1_000_000


def _file_size(name: str) -> int:
    try:
        return Path(name).stat().st_size
    except OSError:
        return 0  # read_article reports the problem


def _progress(name: str, step: str) -> None:
    click.echo(f"{name}: {step} ...", err=True)


def echo_warnings(warnings: list[str] | tuple[str, ...]) -> None:
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
@click.option(
    "-p",
    "--platform",
    "platforms",
    multiple=True,
    type=click.Choice(PLATFORM_NAMES),
    help="Only these platforms (repeatable).",
)
@click.option(
    "--url",
    default=None,
    callback=lambda ctx, param, value: _http_url(value),
    help="The article's link, http(s) only (overrides front matter/HTML).",
)
@click.option("--no-cards", is_flag=True, help="Write posts only, no quote-card images.")
@click.option("--thread", is_flag=True, help="Split a long post into numbered thread parts.")
@theme_option
@size_option("Extra card sizes (repeatable).")
@click.option(
    "--templates",
    "templates_dir",
    default=None,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of your own templates (x.j2, bluesky.j2, ...).",
)
@click.option(
    "--image-format",
    type=click.Choice(["png", "jpeg", "webp"]),
    default="png",
    show_default=True,
    help="Card image format.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
def compose(
    articles: tuple[str, ...],
    out_dir: Path,
    platforms: tuple[str, ...],
    url: str | None,
    no_cards: bool,
    thread: bool,
    theme: str | None,
    sizes: tuple[str, ...],
    templates_dir: Path | None,
    image_format: str,
    fmt: str,
    config_path: Path | None,
) -> None:
    """Write posts for every platform and quote cards for ARTICLE(s) into OUT/<slug>/.

    ARTICLE is a .txt, .md (with YAML front matter), .html or .html.gz file, or - for stdin.
    """
    from socialkit.article import MAX_BYTES, read_article
    from socialkit.pipeline import ComposeOptions, write_outputs
    from socialkit.pipeline import compose as compose_article

    config = get_config(config_path)
    options = ComposeOptions(
        platforms=platforms or None,
        url=url,
        cards=not no_cards,
        thread=thread,
        theme=theme,
        sizes=sizes,
        templates_dir=templates_dir,
        image_format=image_format,
    )
    failures = 0
    summaries: list[dict[str, object]] = []
    for name in articles:
        try:
            if name != "-" and PROGRESS_MIN_BYTES <= _file_size(name) <= MAX_BYTES:
                _progress(name, "reading")
            article = read_article(name)
            long_text = len(article.body) >= PROGRESS_MIN_BYTES

            def report(step: str, name: str = name) -> None:
                _progress(name, step)

            result = compose_article(article, config, options,
                                     progress=report if long_text else None)
            if long_text:
                _progress(name, "writing files")
            folder = write_outputs(result, out_dir)
        except SocialkitError as exc:
            if len(articles) == 1:
                raise
            failures += 1
            click.echo(f"Error: {exc}", err=True)
            continue
        echo_warnings(result.notes)
        if fmt == "json":
            summaries.append({"article": name, "folder": str(folder), **result.to_json()})
        else:
            invalid = sum(1 for p in result.posts if not p.valid)
            click.echo(
                f"{folder}/: {_count(len(result.posts), 'post')}, "
                f"{_count(len(result.cards), 'card')}"
                + (f", {invalid} INVALID" if invalid else "")
            )
    if fmt == "json":
        payload: object = summaries[0] if len(articles) == 1 else summaries
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if failures:
        click.echo(f"{failures} of {len(articles)} articles failed", err=True)
        sys.exit(1)


@main.command()
@click.argument("article")
@click.option("-n", "limit", type=click.IntRange(min=1), default=None,
              help="Show only the N best quotes.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def quotes(article: str, limit: int | None, fmt: str) -> None:
    """List an article's direct quotations, best first, with speaker, venue and kind."""
    from socialkit.article import read_article
    from socialkit.quotes import extract_quotes, rank_quotes

    story = read_article(article)
    echo_warnings(story.notes)
    ranked = rank_quotes(extract_quotes(story), story)[:limit]
    if fmt == "json":
        from socialkit.pipeline import display_quotes

        payload = {"article": {"title": story.title, "url": story.url, "source": story.source},
                   "quotes": [q.to_json(display_text=shown.text) for q, shown in zip(
                       ranked, display_quotes(ranked, story.body), strict=True)]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        from socialkit.pipeline import display_quotes

        # The text listing shows each quote as the posts will; --format json keeps it verbatim.
        for index, quote in enumerate(display_quotes(ranked, story.body)):
            if index:
                click.echo("")
            click.echo(f"“{quote.text}”")
            click.echo(f"  speaker: {quote.speaker or 'unknown'}")
            if quote.role:
                click.echo(f"  role: {quote.role}")
            if quote.via:
                click.echo(f"  via: {quote.via}")
            if quote.reported_by:
                click.echo(f"  reported by: {quote.reported_by}")
            click.echo(f"  kind: {quote.kind}  score: {quote.score:.3f}")
    if not any(q.kind == "full" for q in ranked):
        click.echo(f"{article}: no full quotation found", err=True)


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing socialkit.toml.")
@click.option(
    "-o",
    "--out",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(CONFIG_FILENAME),
    show_default=True,
)
@click.option("--brand", default=None, help="Your outlet's name (the account previews show).")
@click.option("--handle", "handles", multiple=True, metavar="PLATFORM=@HANDLE",
              help="Your own handle on a platform (repeatable), e.g. x=@dailyexample.")
@click.option("--logo", default=None, help="A logo file for your cards.")
@click.option("--colour", "colours", multiple=True, metavar="KEY=#RRGGBB",
              help="A card colour: background, text, accent or attribution (repeatable).")
@click.option("--no-input", is_flag=True, help="Ask nothing; write what the flags give.")
def init(force: bool, path: Path, brand: str | None, handles: tuple[str, ...],
         logo: str | None, colours: tuple[str, ...], no_input: bool) -> None:
    """Write a commented socialkit.toml with your brand, handles, logo and colours.

    Asks for each one not given as a flag when run in a terminal.
    """
    from socialkit.config import config_from_dict, render_config
    from socialkit.output import write_text_atomic

    if path.exists() and not force:
        raise SocialkitError(f"{path}: already exists (use --force to overwrite)")
    account = _pairs(handles, "--handle", "PLATFORM=@HANDLE")
    colour_map = _pairs(colours, "--colour", "KEY=#RRGGBB")
    if not no_input and sys.stdin.isatty():
        if brand is None:
            brand = click.prompt("Brand name (shown as the account in previews)", default="",
                                 show_default=False)
        if not handles:
            for platform in PLATFORM_NAMES:
                handle = click.prompt(f"Your {platform} handle (blank to skip)", default="",
                                      show_default=False)
                if handle.strip():
                    account[platform] = handle.strip()
        if logo is None:
            logo = click.prompt("Logo file for cards (blank for none)", default="",
                                show_default=False) or None
        if not colours:
            accent = click.prompt("Accent colour like #C8102E (blank for the theme's)",
                                  default="", show_default=False)
            if accent.strip():
                colour_map["accent"] = accent.strip()
    text = render_config(brand or "", account, logo, colour_map)
    import tomllib

    # The file is checked as it will be read, so a bad handle or colour fails here, not later.
    config_from_dict(tomllib.loads(text), str(path))
    write_text_atomic(path, text)
    click.echo(f"Wrote {path}")


def _pairs(values: tuple[str, ...], option: str, shape: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, item = value.partition("=")
        if not sep or not key.strip() or not item.strip():
            raise click.UsageError(f"{option} {value!r}: expected {shape}")
        pairs[key.strip().lower()] = item.strip()
    return pairs


@main.command()
@click.argument("text", required=False)
@click.option("--speaker", default=None, help="Who said it.")
@click.option("--via", default=None, help="Where it was said: Instagram, CBS News, ...")
@click.option(
    "--from",
    "quotes_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A quotes.csv or quotes.jsonl file (columns text, speaker, via): one card per row.",
)
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Card file (a folder with --from).",
)
@size_option("Card size (repeatable; default square).")
@theme_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["png", "jpeg", "webp"]),
    default=None,
    help="Image format (default: from the -o suffix, else png).",
)
@click.option(
    "--background",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A photo behind the quote, darkened until the text meets WCAG AA contrast.",
)
@config_option
def card(
    text: str | None,
    speaker: str | None,
    via: str | None,
    quotes_file: Path | None,
    out: Path | None,
    sizes: tuple[str, ...],
    theme: str | None,
    fmt: str | None,
    background: Path | None,
    config_path: Path | None,
) -> None:
    """Draw a quote card for TEXT, or one per row of a quotes file with --from."""
    from socialkit.cards import load_theme, render_card, render_quote_file, with_background
    from socialkit.cards.paths import card_paths, format_for, row_card_name
    from socialkit.output import write_bytes_atomic

    if (text is None) == (quotes_file is None):
        raise click.UsageError("give either TEXT or --from FILE")
    from socialkit.platforms import control_problem

    for label, value in (("TEXT", text), ("--speaker", speaker), ("--via", via)):
        problem = control_problem(value) if value else None
        if value and label != "TEXT" and any(ch in value for ch in "\n\r\u2028\u2029"):
            # The attribution is one line; Pillow's layout engine fails on a break inside it.
            problem = "contains a line break (the attribution is one line)"
        if problem:
            raise SocialkitError(f"{label}: {problem}")
    chosen = list(dict.fromkeys(sizes)) or ["square"]
    config = get_config(config_path)
    from socialkit.cards.themes import with_colours

    loaded = with_colours(load_theme(theme or config.theme, logo=config.logo), config.colours)
    if background is not None:
        loaded = with_background(loaded, background)
    image_format = format_for(out if quotes_file is None else None, fmt)
    if text is not None:
        paths = card_paths(out, chosen, image_format)
        rendered = [render_card(text, speaker, via, size=size, theme=loaded) for size in chosen]
        for path, result in zip(paths, rendered, strict=True):
            data = result.encode(image_format)
            echo_warnings(result.card.warnings)
            write_bytes_atomic(path, data)
            click.echo(str(path))
        return
    assert quotes_file is not None
    if out is None:
        raise click.UsageError("--from needs -o DIR for the cards")
    failed = total = 0
    for row in render_quote_file(quotes_file, chosen, loaded):
        total += 1
        if row.error is not None or row.row is None:
            failed += 1
            click.echo(f"Error: {quotes_file} line {row.line}: {row.error}", err=True)
            continue
        for result in row.cards:
            path = out / row_card_name(row.row, result.card.size, image_format)
            try:
                data = result.encode(image_format)
            except SocialkitError as exc:
                failed += 1
                click.echo(f"Error: {quotes_file} line {row.line}: {exc}", err=True)
                continue
            echo_warnings([f"{quotes_file} line {row.line}: {w}" for w in result.card.warnings])
            try:
                write_bytes_atomic(path, data)
            except SocialkitError as exc:
                failed += 1
                click.echo(f"Error: {quotes_file} line {row.line}: {exc}", err=True)
                continue
            click.echo(str(path))
    if failed:
        click.echo(f"{failed} of {total} rows failed", err=True)
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes (default: the number of CPUs).",
)
@click.option(
    "--skip-existing",
    is_flag=True,
    help="Skip articles already done with the same settings and newer outputs.",
)
@click.option("--no-cards", is_flag=True, help="Write posts only, no quote-card images.")
@theme_option
@config_option
def batch(
    inputs: tuple[str, ...],
    out_dir: Path,
    jobs: int | None,
    skip_existing: bool,
    no_cards: bool,
    theme: str | None,
    config_path: Path | None,
) -> None:
    """Compose many articles (files, folders, globs) in parallel into OUT/.

    Writes OUT/<slug>/ per article as compose does, plus OUT/index.json and OUT/posts.csv.
    A bad article is reported as "path: reason" and the rest go on; exit 1 if any failed.
    """
    with _collector_paused():
        from socialkit.batch import ArticleOutcome, run_batch
        from socialkit.pipeline import ComposeOptions

    config = get_config(config_path)
    options = ComposeOptions(cards=not no_cards, theme=theme)
    interactive = sys.stderr.isatty()
    bar: Any = None

    def on_start(total: int) -> None:
        nonlocal bar
        if interactive and total:
            bar = click.progressbar(length=total, label="Composing", file=sys.stderr)
            bar.__enter__()

    def on_outcome(outcome: ArticleOutcome) -> None:
        if outcome.status == "failed":
            if bar is not None:
                click.echo("", err=True)
            click.echo(f"{outcome.path}: {outcome.reason}", err=True)
        if bar is not None and outcome.status != "skipped":
            bar.update(1)

    try:
        summary = run_batch(
            inputs,
            out_dir,
            config,
            options,
            jobs=jobs,
            skip_existing=skip_existing,
            on_start=on_start,
            on_outcome=on_outcome,
        )
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    rate = summary.count("ok") / summary.seconds if summary.seconds else 0.0
    line = (
        f"{summary.count('ok')} ok, {summary.count('failed')} failed, "
        f"{summary.count('skipped')} skipped in {summary.seconds:.1f} s "
        f"({rate:.2f} articles/s); index: {out_dir / 'index.json'}"
    )
    if summary.interrupted:
        click.echo(f"Interrupted: {line}", err=True)
        sys.exit(130)
    from socialkit.models import NO_POSTABLE_QUOTE

    unquoted = [o for o in summary.outcomes
                if any(n.startswith(NO_POSTABLE_QUOTE) for n in o.notes)]
    if unquoted:
        # These posts need an editor most: no one is quoted, only the headline and lead. (The
        # summary stays the last line.)
        some = "1 article has" if len(unquoted) == 1 else f"{len(unquoted)} articles have"
        click.echo(f"{some} {NO_POSTABLE_QUOTE}: their "
                   "posts use the headline and lead (notes in index.json)", err=True)
    click.echo(line, err=True)
    if summary.failed:
        sys.exit(1)


@main.command()
@click.argument("target")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write a self-contained HTML preview to this file.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the HTML preview in a browser.")
@config_option
def preview(
    target: str, html_path: Path | None, open_browser: bool, config_path: Path | None
) -> None:
    """Show each platform's post for an ARTICLE or a compose OUTDIR, as it will read."""
    from socialkit.preview_target import load_preview

    loaded = load_preview(
        target, get_config(config_path), with_cards=bool(html_path or open_browser)
    )
    from socialkit.preview import render_preview_html, render_preview_text

    click.echo(render_preview_text(loaded.data), nl=False)
    if html_path is None and open_browser:
        html_path = loaded.default_html
    if html_path is not None:
        from socialkit.output import write_text_atomic

        write_text_atomic(html_path, render_preview_html(loaded.data, images=loaded.images))
        click.echo(f"Wrote {html_path}", err=True)
        if open_browser:
            import webbrowser

            webbrowser.open(html_path.resolve().as_uri())


@main.command()
@click.argument("files", nargs=-1)
@click.option(
    "-p",
    "--platform",
    default="x",
    show_default=True,
    type=click.Choice(PLATFORM_NAMES),
    help="Count the way this platform counts.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
def check(files: tuple[str, ...], platform: str, fmt: str, config_path: Path | None) -> None:
    """Count each post FILE (or - for stdin) exactly as PLATFORM does; exit 1 if any is invalid."""
    from socialkit.platforms import check_inputs, format_check_text

    sources = list(files) or ["-"]
    results = check_inputs(sources, platform, get_config(config_path))
    if fmt == "json":
        payload: object = (
            results[0].to_json() if len(results) == 1 else [r.to_json() for r in results]
        )
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        for source, result in zip(sources, results, strict=True):
            click.echo(format_check_text(source, result))
    if not all(r.valid for r in results):
        sys.exit(1)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@config_option
def platforms(fmt: str, config_path: Path | None) -> None:
    """List every platform's limit, counting unit, hashtag policy, fold and card size."""
    from socialkit.platforms import format_platforms_text, platforms_table

    table = platforms_table(get_config(config_path))
    if fmt == "json":
        click.echo(json.dumps([p.to_json() for p in table], ensure_ascii=False, indent=2))
    else:
        click.echo(format_platforms_text(table))


@main.group()
def templates() -> None:
    """Work with the post templates."""


@templates.command("export")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
def templates_export(dest: Path) -> None:
    """Copy the built-in templates into DEST to edit, then use them with --templates DEST."""
    from socialkit.posts import export_templates

    for path in export_templates(dest):
        click.echo(str(path))
