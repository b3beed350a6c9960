"""Building an Article from plain text for the quote tests.

The lead's ``article_from_text`` replaces this once it is in main; until then this does what the
reader will: title on the first line, paragraphs split on blank lines, boilerplate lines dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from socialkit.models import Article, Paragraph

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "quotes"
SHARED = Path(__file__).resolve().parents[2] / "shared"
_BOILERPLATE = re.compile(r"^(?:READ MORE:|With CBS News\.|Contact the author)|Image: ")


def article_from_paragraphs(paragraphs: list[str], title: str = "Title") -> Article:
    parts: list[Paragraph] = []
    pos = 0
    for text in paragraphs:
        parts.append(Paragraph(text, pos, pos + len(text)))
        pos += len(text) + 2
    return Article(title=title, body="\n\n".join(paragraphs), paragraphs=tuple(parts))


def article_from_text(text: str) -> Article:
    title, _, rest = text.partition("\n")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", rest)]
    return article_from_paragraphs(
        [p for p in paragraphs if p and not _BOILERPLATE.search(p)], title=title.strip())


def fixture(name: str) -> Article:
    return article_from_text((FIXTURES / name).read_text(encoding="utf-8"))
