"""Composing one post per platform: fill its template, then fit it to the platform's limit.

Templates stay simple; this module owns the limit (DESIGN.md, "Fitting a post"). It renders,
counts the result with the platform's own counter (the one ``socialkit check`` uses) and, while it
is too long, re-renders with a smaller context in a fixed order: fewer hashtags, then the quote cut
at a sentence boundary with "…", then at a word boundary (socialkit.elide). With ``thread`` and a
platform that has threads, numbered parts replace the cut. A URL, hashtag, mention, emoji or
grapheme cluster is never cut: every cut is at whitespace, and none of those contain any.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from socialkit import counting
from socialkit.attribution import attribution_text, says_text
from socialkit.elide import elisions, shorten_to_fit
from socialkit.errors import TemplateError
from socialkit.hashtags import story_hashtags
from socialkit.headlines import headline_for
from socialkit.links import post_link
from socialkit.models import Article, Card, Facet, Post, Quote, why_none_postable
from socialkit.platforms import Platform, check_text, get_platform
from socialkit.resources import templates_dir as builtin_templates_dir

if TYPE_CHECKING:  # pragma: no cover
    import jinja2


class ComposeConfig(Protocol):
    """The fields of ``socialkit.Config`` the composer reads."""

    @property
    def brand(self) -> str: ...

    @property
    def utm(self) -> bool: ...

    @property
    def utm_medium(self) -> str: ...

    @property
    def utm_campaign(self) -> str | None: ...

    @property
    def handles(self) -> Mapping[str, Mapping[str, str]]: ...

    @property
    def hashtags(self) -> tuple[str, ...]: ...

    @property
    def hashtags_allowed(self) -> tuple[str, ...]: ...

    @property
    def hashtags_never(self) -> tuple[str, ...]: ...

    @property
    def hashtags_generate(self) -> bool: ...

    @property
    def headline_case(self) -> str: ...

    @property
    def mastodon_limit(self) -> int: ...

    @property
    def instagram_hashtag_limit(self) -> int: ...


_EMPTY_CARDS: Mapping[str, Card] = {}
_PART_PLACEHOLDER = " 99/99"
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


# Every shortcode emojize replaces is a colon, a name without spaces or colons, and a colon: a
# template without such a run has nothing to convert (the built-in ones have none).
_SHORTCODE = re.compile(r":[^\s:]+:")


def _emojizing_loader(search_path: list[str]) -> jinja2.BaseLoader:
    """A file loader that turns :shortcodes: written in a template into emoji.

    Only the template's own text is converted, never the article's words filled into it, so a
    quote containing ":fire:" stays verbatim.
    """
    import jinja2

    class EmojizingLoader(jinja2.FileSystemLoader):
        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            source, filename, uptodate = super().get_source(environment, template)
            if not _SHORTCODE.search(source):
                # emojize would return it unchanged; skipping it spares loading the emoji
                # package's tables (about 12 ms of a process's start-up).
                return source, filename, uptodate
            return _emojize_filter(source), filename, uptodate

    return EmojizingLoader(search_path)


def template_environment(user_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for post templates, one per templates folder per process.

    Reusing it keeps Jinja's compiled-template cache: compiling the seven templates again for
    every article cost a quarter of a batch's time (measured in bench/bench_batch.py runs).
    Jinja still reloads a template whose file changed.
    """
    if user_dir is not None and not user_dir.is_dir():
        raise TemplateError(f"templates directory not found: {user_dir}")
    return _environment(None if user_dir is None else user_dir.resolve())


@lru_cache(maxsize=8)
def _environment(user_dir: Path | None) -> jinja2.Environment:
    """The Jinja2 environment for post templates.

    StrictUndefined makes a misspelt variable an error naming the template and line. Templates
    from ``user_dir`` may come from anyone in a newsroom, so they run in Jinja2's sandbox; a
    template missing there falls back to the built-in one.
    """
    import jinja2

    from socialkit.sandbox import LimitedSandbox

    search = [str(builtin_templates_dir())]
    env_class: type[jinja2.Environment] = jinja2.Environment
    if user_dir is not None:
        search.insert(0, str(user_dir))
        env_class = LimitedSandbox
    env = env_class(
        loader=_emojizing_loader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["emojize"] = _emojize_filter
    return env


def _emojize_filter(text: object) -> str:
    import emoji  # on the first use of the filter only: its tables are slow to load

    return emoji.emojize(str(text), language="alias")


def _template_line(tb: TracebackType | None, filename: str | None) -> int | None:
    line = None
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_template(env: jinja2.Environment, platform: str, context: Mapping[str, Any]) -> str:
    """Render ``<platform>.j2`` with ``context``; any template problem becomes a TemplateError."""
    import jinja2

    from socialkit.sandbox import describe_render_error, render_limited, template_file

    name = f"{platform}.j2"
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        raise TemplateError(f"template not found: {name}") from None
    except jinja2.TemplateSyntaxError as err:
        where = err.filename or name
        raise TemplateError(f"template {where}, line {err.lineno}: {err.message}") from None
    except Exception as err:  # unreadable: not UTF-8, a folder, nested past Python's limit
        where = template_file(env, name)
        raise TemplateError(f"template {where}: {describe_render_error(err)}") from None
    try:
        text = render_limited(template, context)
    except Exception as err:  # any template bug, from 1/0 to a runaway loop, is the user's to fix
        line = _template_line(err.__traceback__, template.filename)
        where = f"{template.filename or name}" + (f", line {line}" if line else "")
        raise TemplateError(f"template {where}: {describe_render_error(err)}") from None
    return tidy(text)


def tidy(text: str) -> str:
    """Trailing spaces off each line, at most one blank line in a row, no outer whitespace."""
    text = _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def export_templates(dest: Path) -> list[Path]:
    """Copy the built-in templates into ``dest`` (created if needed) to be edited.

    Refuses to overwrite an existing file, so an editor's changes are never lost.
    """
    sources = sorted(builtin_templates_dir().glob("*.j2"))
    dest.mkdir(parents=True, exist_ok=True)
    for source in sources:
        target = dest / source.name
        if target.exists():
            raise TemplateError(f"{target} already exists; remove it or export to another folder")
    written = []
    for source in sources:
        target = dest / source.name
        shutil.copyfile(source, target)
        written.append(target)
    return written


# --------------------------------------------------------------------------------------------
# Context
# --------------------------------------------------------------------------------------------


def _handle(raw: str) -> str:
    return raw if raw.startswith("@") else "@" + raw


def mentions_for(
    article: Article, quotes: Sequence[Quote], handles: Mapping[str, Mapping[str, str]],
    platform: str,
) -> dict[str, str]:
    """Entity name -> "@handle" for the people and bodies in this story that the config names.

    Only the config's handles map is used: a handle is never guessed from a name.
    """
    speakers = {q.speaker for q in quotes if q.speaker}
    found: dict[str, str] = {}
    for name, per_platform in handles.items():
        handle = per_platform.get(platform)
        if not handle:
            continue
        if name in speakers or name in article.title or name in article.body:
            found[name] = _handle(handle)
    return found


def dehash(text: str) -> str:
    """``text`` with each hashtag's "#" removed ("#Breaking news" -> "Breaking news").

    A headline that carries more tags than a platform allows (Threads takes one topic tag) is
    still the story's headline: its words are kept and only the marks that make them tags go.
    """
    for start, _end, _tag in reversed(counting.extract_hashtags(text)):
        text = text[:start] + text[start + 1:]
    return text


def _article_context(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "author": article.author,
        "published": article.published,
        "lead": article.lead,
        "tags": list(article.tags),
    }


# --------------------------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------------------------


def split_thread(text: str, fits: Callable[[str], bool]) -> list[str] | None:
    """``text`` as numbered parts ("… 1/3") that each fit, split at whitespace, or None.

    A part ends at its last sentence end, so parts read as whole sentences (a part cut
    mid-sentence, "…to have won the 2/3", reads as a misquote); only a sentence too long for a
    part is split between words. None when a single word cannot fit a part on its own.
    """
    tokens = re.findall(r"\S+\s*", text)
    parts: list[str] = []
    current = ""
    for token in tokens:
        candidate = current + token
        if fits(candidate.rstrip() + _PART_PLACEHOLDER):
            current = candidate
            continue
        if not current:
            return None
        cut = None
        for match in _SENTENCE_BREAK.finditer(current):
            if 0 < match.end() < len(current):
                cut = match.end()
        if cut is not None and fits(current[cut:] + token + _PART_PLACEHOLDER):
            parts.append(current[:cut].rstrip())
            current = current[cut:] + token
        else:
            parts.append(current.rstrip())
            current = token
        if not fits(current.rstrip() + _PART_PLACEHOLDER):
            return None
    if current.strip():
        parts.append(current.rstrip())
    if len(parts) < 2:
        return None
    total = len(parts)
    return [f"{part} {i}/{total}" for i, part in enumerate(parts, 1)]


def bluesky_facets(text: str) -> tuple[Facet, ...]:
    """Link and tag facets for ``text`` with UTF-8 byte offsets (start inclusive, end exclusive)."""
    facets: list[Facet] = []
    for url in counting.extract_urls(text):
        if url.has_protocol:
            facets.append(Facet(counting.utf8_offset(text, url.start),
                                counting.utf8_offset(text, url.end), "link", url.url))
    for start, end, tag in counting.extract_hashtags(text):
        if counting.grapheme_count(tag) <= 64 and counting.utf8_length(tag) <= 640:
            facets.append(Facet(counting.utf8_offset(text, start),
                                counting.utf8_offset(text, end), "tag", tag))
    facets.sort(key=lambda f: f.byte_start)
    return tuple(facets)


class _Composer:
    """Everything one platform's post needs, and the fitting loop over it."""

    def __init__(
        self,
        env: jinja2.Environment,
        rules: Platform,
        base: dict[str, Any],
        mentions: Mapping[str, str],
        tags: list[str],
        thread: bool,
    ) -> None:
        self.env = env
        self.rules = rules
        self.base = base
        self.mentions = mentions
        self.tags = tags
        self.thread = thread

    def render(
        self, quote: Quote | None, text: str | None, tags: Sequence[str],
        title: str | None = None, lead: str | None = None,
    ) -> str:
        speaker = quote.speaker if quote else None
        context = dict(self.base)
        if title is not None:
            context["article"] = {**context["article"], "title": title}
            context["headline"] = title
        if lead is not None:
            context["lead"] = lead
            context["article"] = {**context["article"], "lead": lead}
        kind = quote.speaker_kind if quote else None
        role = quote.role if quote else None
        via = quote.via if quote else None
        context.update(
            quote=text,
            speaker=speaker,
            speaker_kind=kind,
            role=role,
            via=via,
            attribution=attribution_text(speaker, via, kind=kind, role=role) or None,
            says=says_text(speaker, via, kind=kind, role=role) or None,
            speaker_handle=self.mentions.get(speaker) if speaker else None,
            hashtags=list(tags),
        )
        return render_template(self.env, self.rules.name, context)

    def _headline_fitted(self) -> tuple[str, list[str], list[str]] | None:
        """Headline and lead, shortened by the quote rule: the lead first, then the headline."""
        title = self.base["headline"]
        lead = self.base["lead"]
        short_lead = shorten_to_fit(
            lead, lambda c: self.fits(self.render(None, None, [], lead=c)), words=False,
        ) if lead else None
        if short_lead is not None:
            return self.render(None, None, [], lead=short_lead), [], ["lead shortened to fit"]
        short_title = shorten_to_fit(
            title, lambda c: self.fits(self.render(None, None, [], title=c, lead="")))
        if short_title is None:
            return None
        # (The lead goes first; the headline is said to be shortened only when it was.)
        notes = ["lead left off to fit"] if short_title == title else [
            "lead left off and headline shortened to fit" if lead else
            "headline shortened to fit"]
        return self.render(None, None, [], title=short_title, lead=""), [], notes

    def fits(self, text: str) -> bool:
        return check_text(text, self.rules).valid

    def with_quote(self, quote: Quote | None) -> tuple[str, list[str], list[str]] | None:
        """(text, thread parts, notes) for ``quote`` (None: headline and lead), or None."""
        full = quote.text if quote else None
        for keep in range(len(self.tags), -1, -1):
            text = self.render(quote, full, self.tags[:keep])
            if self.fits(text):
                notes = [] if keep == len(self.tags) else [
                    f"dropped {len(self.tags) - keep} hashtag(s) to fit {self.rules.limit:,}"]
                return text, [], notes
        if full is None:
            return self._headline_fitted()
        if self.thread and self.rules.has_threads:
            text = self.render(quote, full, self.tags)
            parts = split_thread(text, self.fits)
            if parts is not None:
                return text, parts, [f"split into a thread of {len(parts)} parts"]
        # Only cuts that leave a complete thought: a quote with none is not used shortened, and
        # the caller moves on to the next quote and then to the headline post.
        shortened = shorten_to_fit(
            full, lambda candidate: self.fits(self.render(quote, candidate, [])), words=False
        )
        if shortened is None:
            if quote is None or not quote.role:
                return None
            # A long role ("director of the ... and ...") must not cost the quote: the credit
            # names the speaker without it.
            fitted = self.with_quote(replace(quote, role=None))
            if fitted is None:
                return None
            text, parts, notes = fitted
            return text, parts, [*notes, "role left off the credit to fit"]
        return self.render(quote, shortened, []), [], ["quote shortened at a sentence boundary"]


def _choose_quotes(quotes: Sequence[Quote]) -> list[Quote]:
    """The ranked quotes a post may use (``Quote.postable``); with none, the post uses the
    headline and lead."""
    return [q for q in quotes if q.postable]


def compose_posts(
    article: Article,
    quotes: Sequence[Quote],
    config: ComposeConfig,
    *,
    platforms: Sequence[str],
    link: str | None,
    slug: str,
    thread: bool = False,
    templates_dir: Path | None = None,
    cards: Mapping[str, Card] = _EMPTY_CARDS,
    card_quote: Quote | None = None,
) -> list[Post]:
    """One fitted post per platform, in the order of ``platforms``.

    ``cards`` show ``card_quote`` (when given): a post whose text had to quote another is not
    given a card with other words on it.

    ``quotes`` are ranked best first; with none, a post uses the headline and lead sentence and
    says so in ``Post.notes``. Every returned post with ``valid`` True passed ``check_text``.
    """
    env = template_environment(templates_dir)
    rules_list = [get_platform(name, config) for name in platforms]
    most_tags = max((r.hashtags for r in rules_list), default=0)
    ranked = _choose_quotes(quotes)
    # (Why no quote may be used is the same for every platform: worked out once.)
    why_none = why_none_postable(quotes) if not ranked else ""
    # Every quoted person is known to the tagger so that none of them becomes a tag.
    story_tags = story_hashtags(
        article, quotes, always=config.hashtags, allowed=config.hashtags_allowed,
        never=config.hashtags_never, generate=config.hashtags_generate,
        limit=max(most_tags, 1),
    )
    headline = headline_for(article.title, article.body, config.headline_case)
    posts = []
    for rules in rules_list:
        url = post_link(link, rules.name, utm=config.utm, medium=config.utm_medium,
                        campaign=config.utm_campaign, slug=slug)
        # Bluesky shows a link as short display text and keeps the full address in the link
        # facet, as its own app does; the post is counted with the text it shows.
        shown_link = short_display_url(url) if url and rules.name == "bluesky" else url
        mentions = mentions_for(article, quotes, config.handles, rules.name)
        article_context = _article_context(article)
        lead = article.lead
        if rules.max_hashtags is not None and len(counting.extract_hashtags(
                f"{article.title}\n{lead}")) > rules.max_hashtags:
            # Too many tags is not "too long": shortening would cut the headline down to its
            # tags ("#Breaking…"). The headline's words stay; only their "#" marks go.
            article_context.update(title=dehash(article.title), lead=dehash(lead))
            lead = article_context["lead"]
        base = {
            "article": article_context,
            "headline": dehash(headline) if article_context["title"] != article.title
            else headline,
            "lead": lead,
            "link": shown_link if rules.links_clickable else None,
            "url": url,
            "mentions": list(dict.fromkeys(mentions.values())),
            "platform": rules.name,
            "brand": config.brand,
        }
        limit = rules.hashtags if rules.max_hashtags is None else min(rules.hashtags,
                                                                       rules.max_hashtags)
        composer = _Composer(env, rules, base, mentions, story_tags[:limit], thread)
        post = _compose_one(composer, ranked, url, cards.get(rules.name), card_quote,
                            why_none=why_none)
        if url and shown_link != url:
            post = _with_display_link(post, shown_link or "", url)
        posts.append(post)
    return posts


def short_display_url(url: str) -> str:
    """How Bluesky's app shows a link: host and path, the path cut to 13 characters and "..."
    when longer than 15 (social-app's toShortUrl; ../shared/platforms/RULES.md)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    path = ("" if parts.path == "/" else parts.path) + (f"?{parts.query}" if parts.query else "")
    path += f"#{parts.fragment}" if parts.fragment else ""
    return parts.netloc + (path[:13] + "..." if len(path) > 15 else path)


def _link_facets(text: str, shown: str, url: str) -> tuple[Facet, ...]:
    """The post's facets with the shown link text pointing at the full ``url``."""
    facets = [f for f in bluesky_facets(text) if f.kind != "link"]
    at = text.rfind(shown)
    if at != -1:
        facets.append(Facet(counting.utf8_offset(text, at),
                            counting.utf8_offset(text, at + len(shown)), "link", url))
    facets.sort(key=lambda f: f.byte_start)
    return tuple(facets)


def _with_display_link(post: Post, shown: str, url: str) -> Post:
    if post.parts:
        return replace(post, part_facets=tuple(_link_facets(p, shown, url) for p in post.parts))
    return replace(post, facets=_link_facets(post.text, shown, url))


def _compose_one(
    composer: _Composer, ranked: list[Quote], url: str | None, card: Card | None,
    card_quote: Quote | None = None, *, why_none: str = why_none_postable(()),
) -> Post:
    rules = composer.rules
    notes: list[str] = []
    result = None
    for index, quote in enumerate(ranked):
        result = composer.with_quote(quote)
        if result is not None:
            if index:
                notes.append(f"used quote #{index + 1}: the better ones could not fit")
            if card is not None and card_quote is not None and quote.spans != card_quote.spans:
                # One post, one quotation: a card of other words than the text's reads as a
                # second speaker, or as the text misquoting the card.
                card = None
                notes.append("no card: the card shows a quote that did not fit this post")
            break
    if result is None:
        if not ranked:
            # (Fragments and unattributed lines are quotations too: saying "none found"
            # over them sent an editor looking for a bug.)
            notes.append(f"{why_none}: used the headline and lead")
        else:
            notes.append("no quote fits: used the headline and lead")
        result = composer.with_quote(None)
    if result is None and url and composer.fits(url):
        result = url, [], ["only the link fits"]
    if result is None:
        text = composer.render(None, None, [])
        checked = check_text(text, rules)
        return Post(platform=rules.name, text=text, length=checked.length, limit=rules.limit,
                    valid=False, link=url, problems=checked.problems,
                    notes=(*notes, "could not fit the post; edit it by hand"))
    text, parts, more_notes = result
    notes.extend(more_notes)
    if parts:
        checks = [check_text(part, rules) for part in parts]
        length = max(c.length for c in checks)
        valid = all(c.valid for c in checks)
        problems = tuple(p for c in checks for p in c.problems)
    else:
        checked = check_text(text, rules)
        length, valid, problems = checked.length, checked.valid, checked.problems
    alt_text = None
    if card is not None:
        alt_text = card.alt_text
        if rules.alt_text_limit and len(alt_text) > rules.alt_text_limit:
            limit = rules.alt_text_limit
            alt_text = next((c for c in elisions(alt_text) if len(c) <= limit), alt_text[:limit])
            notes.append(f"alt text shortened to {limit:,} characters")
    facets: tuple[Facet, ...] = ()
    part_facets: tuple[tuple[Facet, ...], ...] = ()
    if rules.name == "bluesky":
        # Each thread part is its own record on Bluesky, so each carries its own byte offsets.
        if parts:
            part_facets = tuple(bluesky_facets(part) for part in parts)
        else:
            facets = bluesky_facets(text)
    return Post(
        platform=rules.name,
        text=text,
        length=length,
        limit=rules.limit,
        valid=valid,
        parts=tuple(parts),
        link=url,
        card=card.path if card else None,
        alt_text=alt_text,
        hashtags=tuple(t for t in composer.tags if t in text),
        problems=problems,
        notes=tuple(notes),
        facets=facets,
        part_facets=part_facets,
    )
