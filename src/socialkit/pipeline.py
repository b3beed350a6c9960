"""The pipeline: read → extract → rank → compose posts / render cards → write.

``compose`` is pure (it returns posts and encoded cards in memory); ``write_outputs`` is the only
place that touches the output folder, and it writes every file atomically.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from socialkit.config import Config
from socialkit.elide import end_for_display, join_pieces_for_display, nest_for_display
from socialkit.errors import LinkError, PlatformError
from socialkit.models import NO_POSTABLE_QUOTE, Article, Card, Post, Quote, why_none_postable
from socialkit.output import (
    render_csv,
    slugify,
    write_bytes_atomic,
    write_json_atomic,
    write_text_atomic,
)

# Threads states no alt-text limit; 1,000 characters is what X, Instagram and Facebook allow and
# far more than a card's alt text needs.
UNSTATED_ALT_TEXT_LIMIT = 1000


@dataclass(frozen=True)
class ComposeOptions:
    """What the editor asked for on the command line; ``None`` means "from the config"."""

    platforms: tuple[str, ...] | None = None
    url: str | None = None
    cards: bool = True
    thread: bool = False
    theme: str | None = None
    sizes: tuple[str, ...] = ()
    templates_dir: Path | None = None
    image_format: str = "png"


@dataclass(frozen=True)
class CardFile:
    """An encoded card and the folder-relative path it will be written to."""

    relpath: str
    data: bytes
    card: Card


@dataclass(frozen=True)
class ComposeResult:
    article: Article
    slug: str
    quotes: tuple[Quote, ...]
    posts: tuple[Post, ...]
    cards: tuple[CardFile, ...] = ()
    notes: tuple[str, ...] = field(default=())
    brand: str = ""
    account: tuple[tuple[str, str], ...] = ()
    # The quotes as posts show them, in the same order (compose has them already; otherwise
    # they are worked out from ``quotes`` when asked for).
    shown: tuple[Quote, ...] = ()

    def to_json(self) -> dict[str, object]:
        a = self.article
        return {
            "article": {
                "title": a.title,
                "url": a.url,
                "source": a.source,
                "author": a.author,
                "published": a.published,
                "path": a.path,
                "slug": self.slug,
            },
            # (Beside the verbatim text, the text the posts use: "…professional. Most don't
            # think about it." where the pieces joined read "…professional, Most don't".)
            "quotes": [q.to_json(display_text=shown.text) for q, shown in zip(
                self.quotes, self.shown or display_quotes(self.quotes, self.article.body),
                strict=True)],
            "posts": [p.to_json() for p in self.posts],
            "cards": [
                {
                    "path": c.relpath,
                    "size": c.card.size,
                    "width": c.card.width,
                    "height": c.card.height,
                    "alt_text": c.card.alt_text,
                    "shortened": c.card.shortened,
                    "warnings": list(c.card.warnings),
                }
                for c in self.cards
            ],
            "notes": list(self.notes),
            "brand": self.brand or None,
            "account": dict(self.account),
        }


def compose(
    article: Article,
    config: Config,
    options: ComposeOptions | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> ComposeResult:
    """Everything `socialkit compose` makes for one article, in memory.

    ``progress``, when given, is called with a short line before each stage (the CLI shows them
    on stderr for long articles; the library itself never prints).
    """
    from socialkit.platforms import get_platform
    from socialkit.posts import compose_posts
    from socialkit.quotes import extract_quotes, rank_quotes

    options = options or ComposeOptions()
    platform_names = options.platforms or config.platforms
    platforms = [get_platform(name, config) for name in platform_names]
    slug = slugify(article.title, fallback=Path(article.path).stem if article.path else "article")
    if options.url is not None:
        from socialkit.urls import url_problem

        problem = url_problem(options.url)
        if problem is not None:
            raise LinkError(f"--url: {problem}")
    link = options.url or article.url

    if progress:
        progress(f"finding quotations in {len(article.body) / 1e6:.1f} MB of text")
    quotes = rank_quotes(extract_quotes(article), article)
    if progress:
        progress(f"{len(quotes):,} quotations found; composing posts")
    # Posts and cards show interrupted quotes with their displaced full stops restored; the
    # quotes in posts.json stay exactly as DESIGN.md defines them.
    shown = [_for_display(q, article.body) for q in quotes]
    notes: list[str] = list(article.notes)
    if not link:
        notes.append("no link: the article has no URL, so no post links to it "
                     "(give one with --url, or url: in the front matter)")
    top = next((q for q in shown if q.postable), None)
    if top is None:
        # (Fragments and lines that open mid-thought are quotations too: "none found" over
        # them would send an editor looking for a bug.)
        notes.append(f"{why_none_postable(shown)}: posts use the headline and lead sentence")

    cards: list[CardFile] = []
    card_for_platform: dict[str, Card] = {}
    if options.cards and top is not None:
        sizes = list(dict.fromkeys([p.card_size for p in platforms] + list(options.sizes)))
        if progress:
            progress("rendering cards")
        rendered, carded = _cards_for_best_quote(shown, sizes, config, options, notes)
        top = carded or top
        cards.extend(rendered)
        by_size = {c.card.size: c for c in rendered}
        for platform in platforms:
            card_file = by_size.get(platform.card_size)
            if card_file is not None:
                card_for_platform[platform.name] = replace(
                    card_file.card,
                    alt_text=_alt_text(top, platform.alt_text_limit or UNSTATED_ALT_TEXT_LIMIT),
                )
    elif options.cards:
        # (The note above says why, in the same words.)
        notes.append(f"no quote card made: {NO_POSTABLE_QUOTE}")

    from socialkit.sandbox import ARTICLE_SECONDS, render_budget

    # The composer renders a template many times while fitting; a user template just under the
    # per-render time limit must not multiply it into minutes.
    with render_budget(ARTICLE_SECONDS):
        posts = compose_posts(
            article,
            shown,
            config,
            platforms=[p.name for p in platforms],
            link=link,
            slug=slug,
            thread=options.thread,
            templates_dir=options.templates_dir,
            cards=card_for_platform,
            card_quote=top if card_for_platform else None,
        )
    for card_file in cards:
        notes.extend(f"card {card_file.relpath}: {w}" for w in card_file.card.warnings)
    return ComposeResult(
        article=article,
        slug=slug,
        quotes=tuple(quotes),
        posts=tuple(posts),
        cards=tuple(cards),
        notes=tuple(notes),
        brand=config.brand,
        account=tuple(config.account.items()),
        shown=tuple(shown),
    )


def display_quotes(quotes: Sequence[Quote], body: str) -> list[Quote]:
    """The quotes as posts, cards and the text listings show them (posts.json keeps them)."""
    return [_for_display(q, body) for q in quotes]


def _for_display(quote: Quote, body: str) -> Quote:
    text = quote.text
    pieces = [body[start:end] for start, end in quote.spans]
    if len(pieces) > 1 and " ".join(pieces) == quote.text:
        # Only the plain join DESIGN.md describes; anything else is shown as extracted.
        text = join_pieces_for_display(pieces)
    text = end_for_display(nest_for_display(text), quote.kind)
    return quote if text == quote.text else replace(quote, text=text)


def _alt_text(quote: Quote, limit: int) -> str:
    from socialkit.attribution import speaker_label
    from socialkit.cards import card_alt_text

    # (Under a tight limit, LinkedIn's 120 characters, the words on the card matter more than
    # the speaker's role: the credit without it is the short one.)
    return card_alt_text(quote.text, card_speaker(quote), quote.via, limit,
                         short_speaker=speaker_label(quote.speaker, quote.speaker_kind))


def card_speaker(quote: Quote) -> str | None:
    """The speaker as a card credits them, role included ("Rosa Delgado, Port Ellery mayor")."""
    from socialkit.attribution import speaker_label

    return speaker_label(quote.speaker, quote.speaker_kind, quote.role)


def _cards_for_best_quote(
    shown: Sequence[Quote], sizes: Sequence[str], config: Config, options: ComposeOptions,
    notes: list[str],
) -> tuple[list[CardFile], Quote | None]:
    """Cards for the best full quote a card can hold whole or cut where a thought ends.

    A quote too long for the smallest type with no such cut is not put on a card (cutting it
    mid-sentence could change what was said); the next full quote is tried instead.
    """
    from socialkit.errors import CardError

    for index, quote in enumerate(q for q in shown if q.postable):
        try:
            rendered = _render_cards(quote, sizes, config, options)
        except CardError as err:
            if "cannot fit" not in str(err):
                raise
            continue
        if index:
            notes.append(f"card uses quote #{index + 1}: the better ones cannot fit a card "
                         "without cutting mid-sentence")
        return rendered, quote
    notes.append("no quote card made: no full quotation fits a card without cutting "
                 "mid-sentence")
    return [], None


def _render_cards(
    quote: Quote, sizes: Sequence[str], config: Config, options: ComposeOptions
) -> list[CardFile]:
    from socialkit.cards import load_theme, render_card
    from socialkit.cards.themes import with_colours

    theme = with_colours(load_theme(options.theme or config.theme, logo=config.logo),
                         config.colours)
    files = []
    for size in sizes:
        rendered = render_card(quote.text, card_speaker(quote), quote.via, size=size,
                               theme=theme)
        ext = "jpg" if options.image_format == "jpeg" else options.image_format
        relpath = f"cards/quote-1-{size}.{ext}"
        card = replace(rendered.card, path=relpath, format=options.image_format)
        files.append(
            CardFile(relpath=relpath, data=rendered.encode(options.image_format), card=card)
        )
    return files


def write_outputs(result: ComposeResult, out_dir: Path) -> Path:
    """Write OUT/<slug>/: posts.json, posts.md, posts.csv, cards/, preview.html; return it."""
    folder = out_dir / result.slug
    if folder.exists() and not folder.is_dir():
        raise PlatformError(f"{folder}: exists and is not a folder")
    for card_file in result.cards:
        write_bytes_atomic(folder / card_file.relpath, card_file.data)
    write_text_atomic(folder / "posts.md", render_posts_md(result))
    write_text_atomic(folder / "posts.csv", render_posts_csv(result))
    from socialkit.preview import data_uri, render_preview_html

    # The cards go into the page itself, so preview.html can be moved or mailed and still show
    # them (as README promises); they are also in cards/ for upload.
    images = {c.relpath: data_uri(c.data, c.relpath) for c in result.cards}
    write_text_atomic(folder / "preview.html", render_preview_html(result.to_json(), images=images))
    # posts.json last: its presence means the folder is complete (batch --skip-existing uses it).
    write_json_atomic(folder / "posts.json", result.to_json())
    return folder


CSV_COLUMNS = ("platform", "text", "link", "image_path", "alt_text", "scheduled_time")


def posts_csv_rows(result: ComposeResult, *, prefix: str = "") -> list[tuple[str, ...]]:
    """One row per post; a thread's parts are joined by blank lines; image paths get ``prefix``.

    scheduled_time is left blank for the editor (or the scheduler) to fill in.
    """
    rows: list[tuple[str, ...]] = []
    for post in result.posts:
        image = f"{prefix}{post.card}" if post.card else ""
        text = "\n\n".join(post.parts) if post.parts else post.text
        rows.append((post.platform, text, post.link or "", image, post.alt_text or "", ""))
    return rows


def render_posts_csv(result: ComposeResult) -> str:
    """posts.csv for bulk schedulers; image paths are relative to the CSV's own folder.

    A cell a spreadsheet would run as a formula gets a leading single quote (posts.json keeps
    the text verbatim)."""
    return render_csv(CSV_COLUMNS, posts_csv_rows(result))


def render_posts_md(result: ComposeResult) -> str:
    """posts.md: what an editor reads before posting."""
    a = result.article
    lines = [f"# {a.title}", ""]
    if a.url:
        lines += [f"Link: {a.url}", ""]
    if result.notes:
        lines += [f"> Note: {n}" for n in result.notes] + [""]
    best = next((q for q in result.quotes if q.postable), None)
    if best is not None:
        # The quote as the posts show it, with the speaker as they credit them.
        top = _for_display(best, a.body)
        lines += [f"Top quote ({card_speaker(top) or top.speaker}): “{top.text}”", ""]
    elif result.quotes:
        # (A scare quote or an unattributed line shown as the "top quote" misleads an editor
        # skimming the file: none of them is in a post or on a card.)
        lines += [f"Top quote: {why_none_postable(result.quotes)}", ""]
    for post in result.posts:
        status = "ok" if post.valid else "INVALID: " + "; ".join(post.problems)
        lines += [f"## {post.platform} — {post.length}/{post.limit} ({status})", ""]
        if post.parts:
            for i, part in enumerate(post.parts, 1):
                lines += [f"**Part {i}**", "", "```text", part, "```", ""]
        else:
            lines += ["```text", post.text, "```", ""]
        if post.card:
            lines += [f"Card: {post.card}", ""]
        if post.alt_text:
            lines += [f"Alt text: {post.alt_text}", ""]
        lines += [f"- {n}" for n in post.notes]
        if post.notes:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def read_result_json(folder: Path) -> dict[str, object]:
    data = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise PlatformError(f"{folder / 'posts.json'}: not a socialkit posts.json")
    return data
