"""read_article: a .txt, .md (YAML front matter), .html(.gz) file or standard input to an Article.

Reading is the only stage that touches the file system for input; everything after it works on the
frozen Article. Boilerplate that newsroom copy carries ("READ MORE:" lines, photo captions, share
prompts, wire credits) is removed here, paragraph by paragraph, so a quotation that continues
across a removed line simply continues in the next kept paragraph.
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from socialkit.errors import ArticleError
from socialkit.models import Article, Paragraph

MAX_BYTES = 20 * 1024 * 1024
"""Largest article file we read: far above any real story, small enough to never exhaust memory."""

MAX_TEXT_CHARS = 10_000_000
"""Longest article text we compose: 100 times a very long story, about 10-15 s of work on one
core at the measured 0.7-1 MB/s (docs/BENCHMARKS.md); longer text is refused, not cut."""

_HEADLINE_MAX = 150

_BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(READ|SEE|WATCH) (MORE|ALSO)\b",
        r"^(RELATED|MORE)( STORIES| COVERAGE)?\s*:",
        r"^ALSO READ\b",
        r"^Contact the author\b",
        r"^Advertisement$",
        r"^(ADVERTISEMENT|Story continues below( advertisement)?|Continue reading( below)?)$",
        r"^(Share|Tweet|Email|Print)( (this|on|via) [\w ]{0,30})?[.!:]?$",
        r"^(Share this (article|story)|Click (here )?to share|Follow us on\b|Sign up for\b)"
        r".{0,80}$",
        r"^(Subscribe|Sign up) (to|for) (our|the) [\w' ]{0,40}newsletter\b.{0,80}$",
        r"^Getty Images?$",
        # A time stamp of its own: "Published On 14 Oct 2025", "Updated: 3 March 2024 10:31",
        # "Posted Sat 14 Jun 2025" (a date right after the word, not "Posted a record profit
        # in 2024" nor "Updated fleet plan for 2026").
        r"^(Published|Updated|Posted|Last updated|First published)(\s+on)?\s*[:/]?\s*"
        r"(?=\d|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
        r"[a-z]*\b)[^.!?\"“]{0,50}\b(19|20)\d\d\b[^.!?\"“]{0,20}$",
    )
]
# A date line of its own: "Dec. 4, 2025", "Sept. 18, 2025 4:47 pm ET", "Tuesday 3 March 2026".
_DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    r"(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+"
    r"(?:\d{1,2},?\s+)?\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
# A byline of its own: "By Celia Marchetti | Theater", "By Staff Reporter", "By Ama Owusu and
# Li Wei": capitalised words and separators only (not "By the time ...", "By Tuesday, ...").
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:(?:\s*[|,—–-]\s*|\s+(?:and\s+)?)[A-Z][\w.'’-]*)*$")
# Photo captions end with a credit such as "Image: Instagram." or "(Photo: AP)".
_CAPTION = re.compile(
    r"(\b(Image|Photo|Picture|Pictured|Credit|Source|Photograph)s?\s*:\s*[^.:]{1,60}\.?\)?"
    r"|\((Photo|Image|Picture)[^)]{0,60}\)|\b(AP Photo|Getty Images|Reuters)/[^.]{1,40}"
    # A credit in square brackets, photographer and outlet: "[Ahmad Qaderi/Al Jazeera]".
    r"|\[(?-i:[A-Z])[^\]/]{1,60}/(?-i:[A-Z])[^\]/]{1,40}\])\s*$",
    re.IGNORECASE,
)
# A trailing wire credit: "With CBS News.", "With AAP", "Additional reporting by Jo Bloggs."
_WIRE_CREDIT = re.compile(
    r"^(With|Additional reporting by|Reporting by|Editing by|Writing by)\s+[^.!?\"“]{1,60}\.?$",
    re.IGNORECASE,
)

_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_FRONT_MATTER_KEYS = {"title", "url", "author", "published", "source", "tags", "date"}


def read_article(source: str | Path, *, stdin_bytes: bytes | None = None) -> Article:
    """Read an article from a path, or from standard input when ``source`` is "-".

    ``stdin_bytes`` lets callers (and tests) supply what standard input holds.
    """
    name = str(source)
    if name == "-":
        data = stdin_bytes if stdin_bytes is not None else sys.stdin.buffer.read(MAX_BYTES + 1)
        return _article_from_bytes(data, "<stdin>", kind="txt")
    path = Path(source)
    if not path.exists():
        raise ArticleError(f"{name}: no such file")
    if path.is_dir():
        raise ArticleError(f"{name}: is a directory, not an article file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ArticleError(
            f"{name}: file is {size:,} bytes; the limit is {MAX_BYTES:,} bytes (20 MB)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{name}: cannot be read ({exc.strerror})") from exc
    return _article_from_bytes(data, name, kind=_kind_of(path))


def _kind_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-2:] == [".html", ".gz"] or suffixes[-2:] == [".htm", ".gz"]:
        return "html.gz"
    last = suffixes[-1] if suffixes else ""
    if last in (".html", ".htm"):
        return "html"
    if last in (".md", ".markdown"):
        return "md"
    return "txt"


def _article_from_bytes(data: bytes, name: str, *, kind: str) -> Article:
    if len(data) > MAX_BYTES:
        raise ArticleError(f"{name}: input is over the limit of {MAX_BYTES:,} bytes (20 MB)")
    if kind == "html.gz":
        try:
            # Read one byte past the limit: a small file can expand to gigabytes.
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
                data = unzipped.read(MAX_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise ArticleError(f"{name}: not a valid gzip file ({exc})") from exc
        if len(data) > MAX_BYTES:
            raise ArticleError(
                f"{name}: uncompressed page is over the limit of {MAX_BYTES:,} bytes (20 MB)"
            )
        kind = "html"
    if kind == "txt" and _looks_like_html(data):
        kind = "html"
    text = decode_text(data, name)
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    if kind == "html":
        return _article_from_html(text, name)
    meta: dict[str, Any] = {}
    if kind == "md" or text.startswith("---\n"):
        meta, text = _split_front_matter(text, name)
        text = _strip_markdown(text)
    title = meta.get("title")
    return article_from_text(
        text,
        title=_meta_text(title) if title else None,
        path=None if name == "<stdin>" else name,
        url=_str_or_none(meta.get("url")),
        author=_str_or_none(meta.get("author")),
        published=_str_or_none(meta.get("published") or meta.get("date")),
        source=_str_or_none(meta.get("source")),
        tags=tuple(_meta_text(t) for t in meta.get("tags") or ()),
    )


def decode_text(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (BOM or not), else a detected legacy encoding such as cp1252.

    Newlines are normalised to "\\n" and non-breaking spaces to spaces, because both arrive from
    Windows editors and CMS exports and neither carries meaning in an article body.
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{name}: looks like a binary file, not text (NUL byte found)")
    text: str | None = None
    for encoding in (
        ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",)
    ):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        text = _decode_legacy(data, name)
    if _control_ratio(text) > 0.05:
        raise ArticleError(f"{name}: looks like a binary file, not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Unicode's line and paragraph separators are line breaks like any other.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A stray control character (a NUL past the binary check, an escape from a terminal paste)
    # would make every post carrying it invalid: vertical tab and form feed break lines, the
    # rest go.
    text = _CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    return unicodedata.normalize("NFC", text)


def _decode_legacy(data: bytes, name: str) -> str:
    # Most non-UTF-8 newsroom copy is Windows-1252 (curly quotes at 0x91-0x94). Ask
    # charset_normalizer only when cp1252 cannot decode the bytes at all.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    raise ArticleError(f"{name}: cannot detect the text encoding (not UTF-8 or Windows-1252)")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    return bad / len(sample)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _str_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    return _meta_text(value)


def _meta_text(value: object) -> str:
    # YAML's "\ud800" and "\0" escapes give lone surrogates and control characters, which no
    # platform accepts and no encoder writes: pairs are joined, the rest replaced or dropped.
    text = str(value).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return _CONTROL.sub("", text.replace("\x0b", " ").replace("\x0c", " "))


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end == -1:
        raise ArticleError(f"{name}: front matter starts with '---' on line 1 but never closes")
    import yaml

    raw = text[4:end]
    try:
        meta = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 2}" if mark is not None else ""
        raise ArticleError(f"{name}:{line}: front matter is not valid YAML") from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be a mapping of keys to values")
    unknown = sorted(set(map(str, meta)) - _FRONT_MATTER_KEYS)
    if unknown:
        raise ArticleError(
            f"{name}: unknown front matter key '{unknown[0]}' "
            f"(known: {', '.join(sorted(_FRONT_MATTER_KEYS))})"
        )
    tags = meta.get("tags")
    if isinstance(tags, str):
        meta["tags"] = [t.strip() for t in tags.split(",") if t.strip()]
    elif tags is not None and not isinstance(tags, list):
        tags = [tags]
        meta["tags"] = tags
    if isinstance(meta.get("tags"), list) and any(
        isinstance(t, (list, dict)) for t in meta["tags"]
    ):
        raise ArticleError(f"{name}: front matter 'tags' must be a list of words or a string")
    rest = text[end + 4 :]
    return meta, rest.split("\n", 1)[1] if "\n" in rest else ""


_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def _strip_markdown(text: str) -> str:
    # Only the markup a CMS export puts in a story body; quotes inside stay verbatim.
    lines = []
    for line in text.split("\n"):
        line = _MD_HEADING.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        if line.strip().startswith("!["):
            continue
        lines.append(line)
    return "\n".join(lines)


def article_from_text(
    text: str,
    *,
    title: str | None = None,
    path: str | None = None,
    url: str | None = None,
    author: str | None = None,
    published: str | None = None,
    source: str | None = None,
    tags: tuple[str, ...] = (),
) -> Article:
    """Build an Article from plain text: paragraphs, a headline-like first line, no boilerplate."""
    if len(text) > MAX_TEXT_CHARS:
        raise ArticleError(
            f"{path or '<stdin>'}: article text is {len(text):,} characters; the limit is "
            f"{MAX_TEXT_CHARS:,}"
        )
    blocks = _paragraph_blocks(text)
    if title is None and blocks and _reads_as_headline(blocks[0], blocks[1:]):
        title = blocks.pop(0)
    kept, removed = remove_boilerplate(blocks)
    if not kept:
        raise ArticleError(f"{path or '<stdin>'}: the article has no body text")
    url, notes = _checked_link(url)
    article = _build_article(
        kept,
        title=title or _title_from_body(kept[0]),
        removed=removed,
        path=path,
        url=url,
        author=author,
        published=published,
        source=source,
        tags=tags,
    )
    return replace(article, notes=notes) if notes else article


def _checked_link(url: str | None) -> tuple[str | None, tuple[str, ...]]:
    # A link from front matter or a page's canonical URL goes into every post: one that is not
    # http(s) (javascript:, data:, file:) is dropped with a note, and the posts go out without it.
    from socialkit.urls import url_problem

    problem = url_problem(url) if url is not None else None
    if problem is None:
        return url, ()
    # The link itself stays out of the note: posts.md and the preview must not carry it.
    return None, (f"the article's link was dropped: {problem}",)


def _paragraph_blocks(text: str) -> list[str]:
    # A blank line separates paragraphs; a single newline inside a block is a soft wrap, except
    # that pasted copy often has one paragraph per line with no blank lines at all.
    raw_blocks = re.split(r"\n[ \t]*\n", text.strip())
    blocks: list[str] = []
    for block in raw_blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if len(lines) > 1 and _one_paragraph_per_line(lines):
            blocks.extend(_fold_spaces(ln) for ln in lines)
        else:
            blocks.append(_fold_spaces(" ".join(lines)))
    return blocks


def _one_paragraph_per_line(lines: list[str]) -> bool:
    # Hard-wrapped prose has lines that end mid-sentence; a paragraph per line ends each line
    # with terminal punctuation or is a short standalone line such as "READ MORE: ...".
    enders = sum(1 for ln in lines if ln[-1] in '.!?"”’:)' or len(ln) < 60)
    return enders >= len(lines) - 1 and enders / len(lines) > 0.6


def _fold_spaces(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def _reads_as_headline(first: str, rest: list[str]) -> bool:
    if not rest or len(first) > _HEADLINE_MAX or "\n" in first:
        return False
    if first.rstrip().endswith("."):
        return False
    # A first line that is itself a quotation is a lead quote, not a headline.
    return not (first[0] in "\"“'‘" and first[-1] in "\"”'’")


def _title_from_body(first_paragraph: str) -> str:
    words = first_paragraph.split()
    title = " ".join(words[:12])
    return title + ("…" if len(words) > 12 else "")


def is_boilerplate(paragraph: str, *, last: bool = False) -> bool:
    """True for a paragraph that is newsroom furniture, not part of the story."""
    text = paragraph.strip()
    if any(p.search(text) for p in _BOILERPLATE) or (len(text) <= 100 and _BYLINE.match(text)):
        return True
    if len(text) <= 300 and _CAPTION.search(text) and not _opens_quote(text):
        return True
    return last and bool(_WIRE_CREDIT.match(text))


def _opens_quote(text: str) -> bool:
    return text[:1] in '"“«„‘'


def remove_boilerplate(paragraphs: Iterable[str]) -> tuple[list[str], tuple[str, ...]]:
    """Split paragraphs into (kept, removed). Trailing wire credits count only at the end."""
    items = list(paragraphs)
    kept: list[str] = []
    removed: list[str] = []
    # Walk backwards to find the trailing furniture ("With CBS News.", "Contact the author:").
    tail = len(items)
    while tail > 0 and is_boilerplate(items[tail - 1], last=True):
        tail -= 1
    for i, paragraph in enumerate(items):
        # (A date line of its own is furniture only near the top, where a dateline stands: a
        # timeline's "March 8, 2020" further down heads the story's own paragraph.)
        if i >= tail or is_boilerplate(paragraph) or (i < 4 and _DATE_LINE.match(
                paragraph.strip())):
            removed.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, tuple(removed)


def _build_article(
    paragraphs: list[str],
    *,
    title: str,
    removed: tuple[str, ...],
    path: str | None,
    url: str | None,
    author: str | None,
    published: str | None,
    source: str | None,
    tags: tuple[str, ...],
) -> Article:
    parts: list[Paragraph] = []
    offset = 0
    for text in paragraphs:
        parts.append(Paragraph(text=text, start=offset, end=offset + len(text)))
        offset += len(text) + 2
    return Article(
        title=_fold_spaces(title),
        body="\n\n".join(paragraphs),
        paragraphs=tuple(parts),
        url=url,
        author=author,
        published=published,
        source=source,
        tags=tags,
        removed=removed,
        path=path,
    )


def _article_from_html(html: str, name: str) -> Article:
    from socialkit.html_extract import extract_html

    extracted = extract_html(html, name)
    # The extracted text goes through the same paragraph and boilerplate rules as pasted text.
    return article_from_text(
        extracted.text,
        title=extracted.title,
        path=None if name == "<stdin>" else name,
        url=extracted.url,
        author=extracted.author,
        published=extracted.published,
        source=extracted.source,
        tags=extracted.tags,
    )
