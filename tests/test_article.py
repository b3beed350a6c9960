from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from socialkit.article import (
    MAX_BYTES,
    article_from_text,
    is_boilerplate,
    read_article,
    remove_boilerplate,
)
from socialkit.errors import ArticleError


def test_txt_headline_paragraphs_and_offsets(fixtures: Path) -> None:
    article = read_article(fixtures / "articles" / "ferry-strike.txt")
    assert article.title == "Ferry Workers Walk Out Over Night Shift Rota"
    assert len(article.paragraphs) == 4
    for p in article.paragraphs:
        assert article.body[p.start : p.end] == p.text
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)
    assert article.path.endswith("ferry-strike.txt")


def test_txt_boilerplate_removed(fixtures: Path) -> None:
    article = read_article(fixtures / "articles" / "ferry-strike.txt")
    assert article.removed == (
        "Commuters wait at the terminal in Westhaven on Monday morning. Photo: Sam Rees.",
        "Share this article",
        "With Island Wire.",
    )
    assert "Photo:" not in article.body
    assert "With Island Wire" not in article.body


def test_markdown_front_matter(fixtures: Path) -> None:
    article = read_article(fixtures / "articles" / "library-closure.md")
    assert article.title == "City To Close Two Branch Libraries As Budget Gap Widens"
    assert article.url == "https://news.example.com/2026/11/library-closures?ref=home"
    assert article.author == "Dana Whitfield"
    assert article.published == "2026-11-20"
    assert article.source == "The Example Courier"
    assert article.tags == ("libraries", "city budget")
    # Markdown emphasis is stripped; the "Read more" link line and "Advertisement" are removed.
    assert article.paragraphs[0].text.startswith("The city will close its Eastgate and Millbrook")
    assert "Read more" not in article.body
    assert "Advertisement" not in article.body
    assert len(article.paragraphs) == 5


def test_markdown_unknown_front_matter_key(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\nslug: x\n---\n\nBody text here.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == (
        f"{path}: unknown front matter key 'slug' "
        "(known: author, date, published, source, tags, title, url)"
    )


def test_markdown_unclosed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: T\n\nBody text here.\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="never closes"):
        read_article(path)


def test_html_body_and_metadata(fixtures: Path) -> None:
    article = read_article(fixtures / "articles" / "school-garden.html")
    assert article.title == "Pupils Turn Car Park Into Community Garden"
    assert article.url == "https://news.example.com/2026/10/school-garden"
    assert article.author == "Lena Marsh"
    assert article.published == "2026-10-14"
    assert article.source == "The Example Courier"
    assert article.paragraphs[0].text.startswith("Pupils at Harwood Primary School")
    assert "“We thought she would say no" in article.body
    for furniture in ("Most read", "All rights reserved", "Council tax", "Privacy"):
        assert furniture not in article.body


def test_html_gz_matches_html(fixtures: Path, tmp_path: Path) -> None:
    source = fixtures / "articles" / "school-garden.html"
    packed = tmp_path / "school-garden.html.gz"
    packed.write_bytes(gzip.compress(source.read_bytes()))
    assert read_article(packed).body == read_article(source).body


def test_stdin() -> None:
    data = b"A Headline Here\n\nFirst paragraph of the story.\n\nSecond one.\n"
    article = read_article("-", stdin_bytes=data)
    assert article.title == "A Headline Here"
    assert article.path is None
    assert [p.text for p in article.paragraphs] == ["First paragraph of the story.", "Second one."]


def test_utf8_bom_crlf_and_nbsp(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Title Line\r\n\r\n“Hello\u00a0there,” she said.\r\n\r\nMore text.\r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    article = read_article(path)
    assert article.title == "Title Line"
    assert article.paragraphs[0].text == "“Hello there,” she said."


def test_cp1252_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Title Line\r\n\r\n“It’s a good day,” the mayor said – for once.\r\n"
    path.write_bytes(text.encode("cp1252"))
    article = read_article(path)
    assert article.paragraphs[0].text == "“It’s a good day,” the mayor said – for once."


def test_first_line_with_full_stop_is_not_a_title(tmp_path: Path) -> None:
    article = article_from_text("The council met on Monday.\n\nIt voted to close the pool.")
    assert article.title == "The council met on Monday."
    assert len(article.paragraphs) == 2


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = 'Headline Without Stop\nFirst paragraph ends here.\n"A quote," he said.\nLast one.'
    article = article_from_text(text)
    assert article.title == "Headline Without Stop"
    assert [p.text for p in article.paragraphs] == [
        "First paragraph ends here.",
        '"A quote," he said.',
        "Last one.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: Something else entirely",
        "Read more: How the gap grew",
        "RELATED: Another story",
        "Advertisement",
        "Contact the author:",
        "Contact the author: desk@example.com",
        "Share this article",
        "Share on Facebook",
        "Tweet",
        "Follow us on Instagram for more",
        "Kim poses for a photo with Cooper inside the prison. Image: Instagram.",
        "The minister arrives in Canberra. (Photo: AAP)",
        "Fans outside the stadium. Picture: Getty Images",
        "By Celia Marchetti | Theater",
        "By Staff Reporter",
        "By Ama Owusu and Li Wei",
        "Published On 14 Oct 2025",
        "Posted : 2024-11-07 17:42",
        "Updated: 3 March 2024 10:31 GMT",
        "Posted Sat 14 Jun 2025 at 11:42pm",
        "Last updated on 14 September 2025",
        "Rescuers search the rubble in Sarband on Tuesday [Ahmad Qaderi/Al Jazeera]",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        '"Read more books," she told the class.',
        "The share price fell 4 per cent on Friday.",
        "He said the photo was taken in May.",
        "“Image: that is everything in politics,” the strategist said.",
        "By Tuesday the river had risen two metres.",
        "By the time police arrived, the crowd had gone.",
        "By Friday, Reyes said, the fund would be empty.",
        "Published in 2019, the report warned of exactly this.",
        "March 2026 was the wettest on record.",
        "Updated fleet plan for 2026 adds 30 jets",
        "Posted a record profit of €12m in 2024",
        "The vote was 12 to 4 [yes/no]",
        "Updated figures for 2024 showed a fall of 3 per cent.",
        "He cited the budget [Section 4/2] in his reply.",
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    assert not is_boilerplate(line)


def test_wire_credit_only_at_end() -> None:
    text = "Headline Here\n\nWith CBS News.\n\nThe story itself goes on.\n\nWith CBS News."
    article = article_from_text(text)
    assert [p.text for p in article.paragraphs] == ["With CBS News.", "The story itself goes on."]
    assert article.removed == ("With CBS News.",)


def test_quote_continues_across_removed_line() -> None:
    text = (
        "Headline Here\n\n"
        '"I wanted to fight for people," she told Vogue.\n\n'
        "READ MORE: Something else\n\n"
        '"I just felt like the system could be different."'
    )
    article = article_from_text(text)
    assert [p.text for p in article.paragraphs] == [
        '"I wanted to fight for people," she told Vogue.',
        '"I just felt like the system could be different."',
    ]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as err:
        read_article(tmp_path / "nope.txt")
    assert str(err.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as err:
        read_article(tmp_path)
    assert str(err.value) == f"{tmp_path}: is a directory, not an article file"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: the article is empty"


def test_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == f"{path}: looks like a binary file, not text (NUL byte found)"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert str(err.value) == (
        f"{path}: file is 20,971,521 bytes; the limit is 20,971,520 bytes (20 MB)"
    )


def test_bad_gzip(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(ArticleError, match=r"page\.html\.gz: not a valid gzip file"):
        read_article(path)


def test_seed_boilerplate_removed(seed_article_path: Path) -> None:
    article = read_article(seed_article_path)
    assert "READ MORE" not in article.body
    assert "Image: Instagram" not in article.body
    assert "Contact the author" not in article.body
    assert "With CBS News." not in article.body
    assert len(article.removed) == 7


def test_a_story_without_headline_line_does_not_lead_with_its_headline(tmp_path: Path) -> None:
    # The first line is a sentence, so it is taken as the headline; the lead a post shows
    # under it is the next paragraph's first sentence, not the same words again.
    path = tmp_path / "column.txt"
    path.write_text("With two weeks to go, the council still ducks on the barrier.\n\n"
                    "Today is two weeks until the vote. Do you know where your councillor "
                    "stands?\n\nIf the councillor is Ann Hale, the answer is no.\n",
                    encoding="utf-8")
    article = read_article(path)
    assert article.title == "With two weeks to go, the council still ducks on the barrier."
    assert article.lead == "Today is two weeks until the vote."


def test_a_short_headline_that_opens_the_first_paragraph_leaves_the_lead_alone(
        tmp_path: Path) -> None:
    path = tmp_path / "police.txt"
    path.write_text("Police\n\nPolice said on Tuesday that two men had been arrested after the "
                    "fire. The men are due in court on Friday morning.\n\nThe fire destroyed two "
                    "shops on the high street overnight.\n", encoding="utf-8")
    assert read_article(path).lead == (
        "Police said on Tuesday that two men had been arrested after the fire.")


def test_a_date_line_is_furniture_only_near_the_top() -> None:
    # "Dec. 4, 2025" under the byline is a dateline; "March 8, 2020" heading a timeline's
    # paragraph further down is the story's own.
    kept, removed = remove_boilerplate(["Dec. 4, 2025", "Sept. 18, 2025 4:47 pm ET",
                                        "The trial missed its goal.", "It began in 2019.",
                                        "Then came the pandemic.", "March 8, 2020",
                                        "Mayday 2025"])
    assert removed == ("Dec. 4, 2025", "Sept. 18, 2025 4:47 pm ET")
    assert kept[-2:] == ["March 8, 2020", "Mayday 2025"]
