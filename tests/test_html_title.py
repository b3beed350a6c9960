"""The headline of a page whose only <h1> is the masthead, and titles without the site's name
(issue 11 item 7). The pages are ones we wrote."""

from __future__ import annotations

from pathlib import Path

from socialkit.article import read_article

BODY = ("<p>{p1}</p><p>{p2}</p><p>{p3}</p>")


def _page(head: str, masthead: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            f"<header id='site-title'><a href='/'><h1>{masthead}</h1></a></header>"
            f"<article>{body}</article></body></html>")


KOREAN_BODY = BODY.format(
    p1="항구 마을 의회는 화요일 밤 방파제 건설 계획을 찬성 일곱 표, 반대 두 표로 통과시켰다. "
       "주민들은 지난 봄 폭풍 이후 오랫동안 대책을 요구해 왔다.",
    p2="시장은 표결 직후 기자들에게 다음 폭풍은 우리를 기다려 주지 않는다고 말했다. "
       "공사는 내년 봄에 시작될 예정이며 삼 년이 걸릴 것으로 보인다.",
    p3="반대한 의원들은 비용이 이미 두 번이나 늘었다며 재검토를 요구했다. "
       "의회는 다음 달 공청회를 열어 주민 의견을 다시 듣기로 했다.",
)


def test_masthead_h1_is_not_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("<title>항구 마을, 방파제 건설 결정 - Harbourtimes</title>"
                          "<link rel='canonical' href='https://harbourtimes.example.kr/n/1'>",
                          "하버 타임스", KOREAN_BODY), encoding="utf-8")
    article = read_article(path)
    assert article.title == "항구 마을, 방파제 건설 결정"


def test_og_title_is_used_when_the_h1_is_the_masthead(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("<title>하버 타임스</title>"
                          "<meta property='og:title' content='방파제 건설 결정 | 하버 타임스'>"
                          "<meta property='og:site_name' content='하버 타임스'>",
                          "하버 타임스", KOREAN_BODY), encoding="utf-8")
    assert read_article(path).title == "방파제 건설 결정"


ENGLISH_BODY = BODY.format(
    p1="The council of Port Alder voted seven to two on Tuesday night to build a barrier "
       "across the mouth of the harbour after a winter of floods.",
    p2="Construction is expected to begin next spring and to take three years, the council "
       "said in a statement after the meeting.",
    p3="Two councillors who voted against the plan said its cost had already grown twice "
       "since it was first proposed.",
)


def test_an_english_title_loses_only_the_site_name(tmp_path: Path) -> None:
    body = ENGLISH_BODY
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Barrier approved – ‘The next surge will not wait’ | Alder Post</title>"
        "<meta property='og:site_name' content='Alder Post'></head><body><article>"
        f"{body}</article></body></html>", encoding="utf-8")
    assert read_article(path).title == "Barrier approved – ‘The next surge will not wait’"


def test_the_pages_own_h1_is_not_the_first_paragraph_under_another_headline(
        tmp_path: Path) -> None:
    # The social headline (og:title) differs from the <h1> above the story; the <h1> is the
    # page's heading, not the story's first paragraph.
    body = ENGLISH_BODY
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Barrier approved | Alder Post</title>"
        "<meta property='og:title' content='Port Alder says yes to its barrier'>"
        "<meta property='og:site_name' content='Alder Post'></head><body><article>"
        "<h1>Port Alder votes for a barrier, and the harbour asks: at what cost?</h1>"
        f"{body}</article></body></html>", encoding="utf-8")
    article = read_article(path)
    assert article.title == "Port Alder says yes to its barrier"
    assert article.body.startswith("The council of Port Alder voted seven to two")


def test_the_page_head_gives_its_canonical_link_when_absolute() -> None:
    from socialkit.html_extract import read_page_head

    page = ("<html><head><title>Barrier approved</title>"
            "<link rel='canonical' href='https://alder.example/news/barrier-914341/'>"
            "</head><body><h1>Barrier approved</h1></body></html>")
    assert read_page_head(page, None, None).url == "https://alder.example/news/barrier-914341/"
    og_only = page.replace("<link rel='canonical'", "<meta property='og:url'").replace(
        "href=", "content=")
    assert read_page_head(og_only, None, None).url == (
        "https://alder.example/news/barrier-914341/")
    relative = page.replace("https://alder.example", "")
    assert read_page_head(relative, None, None).url is None


def test_the_canonical_link_wins_over_og_url_and_a_home_page_is_no_link() -> None:
    from socialkit.html_extract import read_page_head

    both = ("<html><head><meta property='og:url' content='https://x.example.com/section/news'>"
            "<link rel='canonical' href='https://x.example.com/a/1'></head><body></body></html>")
    assert read_page_head(both, None, None).url == "https://x.example.com/a/1"
    home = ("<html><head><meta property='og:url' content='https://coastnews.example.com/'>"
            "</head><body></body></html>")
    assert read_page_head(home, None, None).url is None
