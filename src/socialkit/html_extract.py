"""HTML pages to article text and metadata, through trafilatura.

Imported only when an HTML article is read: trafilatura and lxml take about a quarter of a second
to import, which ``socialkit --help`` and text articles should not pay.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialkit.errors import ArticleError


@dataclass(frozen=True)
class ExtractedHtml:
    text: str
    title: str | None
    url: str | None
    author: str | None
    published: str | None
    source: str | None
    tags: tuple[str, ...]


def extract_html(html: str, name: str) -> ExtractedHtml:
    """The main text of a news page (paragraphs separated by newlines) and its metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises many lxml/parser types; all mean "unreadable"
        raise ArticleError(f"{name}: the HTML could not be parsed ({type(exc).__name__})") from exc
    if doc is None:
        raise ArticleError(f"{name}: no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = str(data.get("text") or "")
    title = _clean(data.get("title"))
    # trafilatura often repeats the headline as the first line of the text.
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if not lines:
        raise ArticleError(f"{name}: no article text found in the HTML")
    tags_value = data.get("tags") or []
    tags = tuple(t.strip() for raw in tags_value for t in str(raw).split(",") if t.strip())
    return ExtractedHtml(
        # One line is one paragraph in trafilatura's text output: make that explicit.
        text="\n\n".join(lines),
        title=title,
        url=_clean(data.get("url")),
        author=_clean(data.get("author")),
        published=_clean(data.get("date")),
        source=_clean(data.get("sitename")) or _clean(data.get("hostname")),
        tags=tags[:20],
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
