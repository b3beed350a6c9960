"""The command line: parse, call one library function, print, and map errors. No logic lives here.

Heavy libraries (Pillow, Jinja2, trafilatura) are imported inside the commands that need them so
that ``socialkit --help`` starts as fast as Click itself.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from socialkit import __version__
from socialkit.errors import SocialkitError
from socialkit.names import CARD_SIZE_NAMES, CONFIG_FILENAME, PLATFORM_NAMES

if TYPE_CHECKING:
    from socialkit.config import Config

F = TypeVar("F", bound=Callable[..., Any])


class _SocialkitGroup(click.Group):
    """The one choke point where a SocialkitError becomes "Error: ..." and its exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SocialkitError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_SocialkitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="socialkit")
def main() -> None:
    """Social posts and quote cards from news articles, counted the way each platform counts."""


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Settings file (default: ./{CONFIG_FILENAME} when present).",
    )(func)


def get_config(config_path: Path | None) -> Config:
    from socialkit.config import find_config, load_config

    return load_config(find_config(config_path))


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
@click.option("--url", default=None, help="The article's link (overrides front matter/HTML).")
@click.option("--no-cards", is_flag=True, help="Write posts only, no quote-card images.")
@click.option("--thread", is_flag=True, help="Split a long post into numbered thread parts.")
@click.option("--theme", default=None, help="Card theme: light, dark, accent or a TOML file.")
@click.option(
    "--size",
    "sizes",
    multiple=True,
    type=click.Choice(CARD_SIZE_NAMES),
    help="Extra card sizes (repeatable).",
)
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
    from socialkit.article import read_article
    from socialkit.compose import ComposeOptions, write_outputs
    from socialkit.compose import compose as compose_article

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
            article = read_article(name)
            result = compose_article(article, config, options)
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
                f"{folder}/: {len(result.posts)} posts, {len(result.cards)} cards"
                + (f", {invalid} INVALID" if invalid else "")
            )
    if fmt == "json":
        payload: object = summaries[0] if len(articles) == 1 else summaries
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if failures:
        click.echo(f"{failures} of {len(articles)} articles failed", err=True)
        sys.exit(1)


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
def init(force: bool, path: Path) -> None:
    """Write a commented example socialkit.toml."""
    from socialkit.config import EXAMPLE_CONFIG
    from socialkit.output import write_text_atomic

    if path.exists() and not force:
        raise SocialkitError(f"{path}: already exists (use --force to overwrite)")
    write_text_atomic(path, EXAMPLE_CONFIG)
    click.echo(f"Wrote {path}")


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
