"""Helpers for post tests: build an Article and its Quotes from paragraphs we write ourselves."""

from __future__ import annotations

from socialkit.models import Article, Paragraph, Quote


def make_article(title: str, paragraphs: list[str], **extra: object) -> Article:
    body = "\n\n".join(paragraphs)
    paras = []
    pos = 0
    for text in paragraphs:
        paras.append(Paragraph(text, pos, pos + len(text)))
        pos += len(text) + 2
    return Article(title=title, body=body, paragraphs=tuple(paras), **extra)  # type: ignore[arg-type]


def quotes_in(article: Article, speaker: str | None = None, via: str | None = None) -> list[Quote]:
    """Every “…” passage in the body as a Quote, in order."""
    found = []
    start = article.body.find("“")
    while start != -1:
        end = article.body.find("”", start + 1)
        if end == -1:
            break
        found.append(Quote(text=article.body[start + 1:end], start=start + 1, end=end,
                           spans=((start + 1, end),), speaker=speaker, via=via))
        start = article.body.find("“", end + 1)
    return found
