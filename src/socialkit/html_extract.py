"""HTML pages to article text and metadata, through trafilatura.

Imported only when an HTML article is read: trafilatura and lxml take about a quarter of a second
to import, which ``socialkit --help`` and text articles should not pay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

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
    sitename = _clean(data.get("sitename"))
    head = read_page_head(html, _clean(data.get("title")), sitename)
    title, headings = head.title, head.headings
    # trafilatura often repeats the headline as the first line of the text, or the page's <h1>
    # when the headline chosen is its og:title ("'Meth. We're On It': South Dakota campaign
    # ..." over an <h1> "South Dakota says, 'Meth. We're On It,' and Twitter asks ...").
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if lines and ((title and lines[0] in (title, _clean(data.get("title"))))
                  or " ".join(lines[0].split()) in headings):
        lines = lines[1:]
    if not lines:
        raise ArticleError(f"{name}: no article text found in the HTML")
    tags_value = data.get("tags") or []
    tags = tuple(t.strip() for raw in tags_value for t in str(raw).split(",") if t.strip())
    return ExtractedHtml(
        # One line is one paragraph in trafilatura's text output: make that explicit.
        text="\n\n".join(lines),
        title=title,
        # (trafilatura finds no URL on some pages that state theirs: the canonical link.)
        url=_page_url(_clean(data.get("url")), head.url),
        author=_clean(data.get("author")),
        published=_clean(data.get("date")),
        source=sitename or _clean(data.get("hostname")),
        tags=tags[:20],
    )


# " - Entermedia", " | CBS News": the site's name after the headline in <title> and og:title.
# What sets a site's name off after a headline: " - ", " | ", " — ", " · ", " :: ".
_SEPARATOR = re.compile(r"\s+[-|–—·:]{1,2}\s+(?=\S.{0,59}$)")


def _page_url(found: str | None, canonical: str | None) -> str | None:
    """trafilatura's URL, or the canonical link when it has none or when the canonical is the
    same site's own address for the page: "http://social.techcrunch.com/2019/..." from og:url
    is "https://techcrunch.com/2019/..." in the canonical link. (A canonical on another site,
    the original publisher of a syndicated story, is not the page an editor shares.)"""
    if not found or not canonical:
        return found or canonical
    host = (urlsplit(found).hostname or "").removeprefix("www.")
    home = (urlsplit(canonical).hostname or "").removeprefix("www.")
    return canonical if host != home and host.endswith("." + home) else found


class PageHead(NamedTuple):
    """What a page says about itself beside its text."""

    title: str | None
    headings: frozenset[str]  # the text of the article's own <h1>s
    url: str | None  # its canonical link (or og:url), when absolute http(s)


def read_page_head(html: str, found: str | None, sitename: str | None) -> PageHead:
    """The headline: trafilatura's choice unless it is the site's name (a page whose only <h1>
    is the masthead, common on Korean, Japanese and Chinese news sites), then og:title or
    twitter:title, the article's own <h1>, and <title>; the site's name after the headline
    (" - Entermedia") is removed from each. With it, the article's <h1>s and canonical link."""
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    try:
        # lxml refuses a str that still carries an XML encoding declaration; the text is
        # already decoded, so it is parsed as UTF-8 bytes.
        parser = lxml.html.HTMLParser(encoding="utf-8")
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return PageHead(found, frozenset(), None)
    lowered = html.lower()
    site_names = {_norm(n) for n in (sitename,) if n}
    site_names |= {_norm(n) for n in tree.xpath('//meta[@property="og:site_name"]/@content')}
    masthead: set[str] = set()
    article_h1: list[str] = []
    for h1 in tree.iter("h1"):
        label = " ".join(h1.text_content().split())
        if not label:
            continue
        # The h1 and its nearest container only: a page's <html> class may say "logo_center".
        near = [h1, *list(h1.iterancestors())[:1]]
        marks = " ".join(str(e.get("id", "")) + " " + str(e.get("class", ""))
                         for e in near).lower()
        home = any(str(a.get("href", "")).rstrip("/") in ("", ".") or a.get("href") == "/"
                   for a in (*h1.iterancestors("a"), *h1.iter("a")))
        if home or "site-title" in marks or "logo" in marks or "masthead" in marks:
            masthead.add(_norm(label))
        else:
            article_h1.append(label)
    site_names |= masthead

    def strip(candidate: str | None) -> str | None:
        if not candidate:
            return None
        text = " ".join(candidate.split())
        # At the first separator whose rest is the site's name, or the name its own domain
        # spells ("Entermedia": entermedia.co.kr); the name may hold a separator itself
        # ("The Anti-June Cleaver", "Remember 80/90 - Memorabilia anni 80/90").
        for match in _SEPARATOR.finditer(text):
            tail = _norm(text[match.end() :])
            domain = re.compile(r"[/.@]" + re.escape(tail) + r"\.[a-z]{2,}")
            if tail and (tail in site_names or domain.search(lowered)):
                text = text[: match.start()].strip()
                break
        return None if not text or _norm(text) in site_names else text

    metas = [str(v) for v in tree.xpath('//meta[@property="og:title"]/@content'
                                        ' | //meta[@name="twitter:title"]/@content')]
    head = tree.findtext(".//title")
    # The canonical link before og:url, whatever their order on the page; a site's home page
    # ("https://coastnews.example.com/") is no story's address.
    links = [str(v).strip() for v in (*tree.xpath('//link[@rel="canonical"]/@href'),
                                      *tree.xpath('//meta[@property="og:url"]/@content'))]
    url = next((u for u in links if re.match(r"https?://[^/\s]+\.[^/\s]+/[^\s]*[^/\s]", u)),
               None)
    chosen = next((c for c in map(strip, (found, *metas, *article_h1, head)) if c), found)
    return PageHead(chosen, frozenset(article_h1), url)


def _norm(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
