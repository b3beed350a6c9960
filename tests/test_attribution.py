"""Who said it, in the same words on posts, cards, alt text and posts.md (issue 11 items 2 and 6;
the speaker kinds and roles of issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.attribution import attribution_line, says_text, via_phrase
from socialkit.cards import card_alt_text
from socialkit.cli import main
from socialkit.config import Config
from socialkit.models import Quote
from socialkit.pipeline import ComposeResult, render_posts_md
from socialkit.posts import compose_posts
from tests.postkit import make_article

ARTICLE = make_article(
    "Harbour town votes for a storm barrier",
    ["Port Alder's council voted on Tuesday to build a storm barrier.",
     "“We were lucky,” Mayor Rosa Delgado said. “The next surge will not wait.”",
     "“Nobody listened to the engineers,” said a former employee of the harbour board."],
)


def _quote(speaker: str | None, kind: str | None, role: str | None = None,
           via: str | None = None) -> Quote:
    body = ARTICLE.body
    start = body.index("We were lucky")
    end = body.index("not wait.") + len("not wait.")
    second = body.index("The next surge")
    return Quote(text="We were lucky, The next surge will not wait.", start=start, end=end,
                 spans=((start, start + len("We were lucky,")), (second, end)),
                 speaker=speaker, speaker_kind=kind, role=role, via=via)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("speaker", "kind", "role", "via", "line", "says"),
    [
        ("Rosa Delgado", "name", "Port Ellery mayor", None,
         "— Rosa Delgado, Port Ellery mayor", "says Port Ellery Mayor Rosa Delgado"),
        ("Rosa Delgado", "name", "former mayor", None,
         "— Rosa Delgado, former mayor", "says former Mayor Rosa Delgado"),
        ("Ana Ruiz", "name", "a spokeswoman for the harbour board", None,
         "— Ana Ruiz, a spokeswoman for the harbour board",
         "says Ana Ruiz, a spokeswoman for the harbour board"),
        ("a former employee", "description", None, None,
         "— a former employee", "says a former employee"),
        ("a man who lives near the plant and asked not to be named", "description", None, None,
         "", ""),
        # How the story came by the words is no part of the credit; who spoke is.
        ("a villager who did not give her name", "description", None, None,
         "— a villager", "says a villager"),
        ("a former UC Global employee who asked not to be identified because of the case",
         "description", None, None,
         "— a former UC Global employee", "says a former UC Global employee"),
        ("one elder, who did not give his name", "description", None, None,
         "— one elder", "says one elder"),
        # After "the" the clause says which one, and stays.
        ("the officer who fired the shots", "description", None, None,
         "— the officer who fired the shots", "says the officer who fired the shots"),
        ("the harbour board", "organisation", None, "a statement",
         "— the harbour board, in a statement", "says the harbour board in a statement"),
        ("Kim Kardashian West", "name", None, "Instagram",
         "— Kim Kardashian West, on Instagram", "says Kim Kardashian West on Instagram"),
        ("Rosa Delgado", "name", "Port Ellery mayor", "CBS News",
         "— Rosa Delgado, Port Ellery mayor, to CBS News",
         "Port Ellery Mayor Rosa Delgado told CBS News"),
        (None, None, None, "Ellery Gazette", "— Told to the Ellery Gazette", ""),
        ("the statement", "description", None, "a statement", "— In a statement", ""),
        # A capital the role had only from opening the story's sentence is no part of it.
        ("Fiona Doyle", "name", "Chief executive", None,
         "— Fiona Doyle, chief executive", "says Fiona Doyle, chief executive"),
        ("Ada Brent", "name", "Chief executive of Acme", None,
         "— Ada Brent, chief executive of Acme", "says Ada Brent, chief executive of Acme"),
        ("Rusmik Oza", "name", "Head of research", None,
         "— Rusmik Oza, head of research", "says Rusmik Oza, head of research"),
        # Written as a title, with capitals after its first word: kept as written.
        ("Mike Pompeo", "name", "Secretary of State", None,
         "— Mike Pompeo, Secretary of State", "says Mike Pompeo, Secretary of State"),
        ("Ed Kahn", "name", "Jefferies analyst", None,
         "— Ed Kahn, Jefferies analyst", "says Ed Kahn, Jefferies analyst"),
        # A relation with no one to relate to is left off; with its anchor it stays.
        ("Rosa Benavides", "name", "mother", None,
         "— Rosa Benavides", "says Rosa Benavides"),
        ("Sonya Zog", "name", "Carlineo's attorney", None,
         "— Sonya Zog, Carlineo's attorney", "says Sonya Zog, Carlineo's attorney"),
        # A paper called by its kind alone takes "the"; a councillor's title goes first.
        ("Siobhan Fitzgerald", "name", "Cllr", "Gazette",
         "— Cllr Siobhan Fitzgerald, to the Gazette", "Cllr Siobhan Fitzgerald told the Gazette"),
        # A title the story wrote before the name stays before it in the credit too.
        ("Kristi Noem", "name", "Gov.", None, "— Gov. Kristi Noem", "says Gov. Kristi Noem"),
        ("Brian Bosma", "name", "Indiana House Speaker", None,
         "— Indiana House Speaker Brian Bosma", "says Indiana House Speaker Brian Bosma"),
    ],
)
def test_attribution_by_speaker_kind_role_and_venue(
    speaker: str | None, kind: str | None, role: str | None, via: str | None, line: str,
    says: str,
) -> None:
    assert attribution_line(speaker, via, kind=kind, role=role) == line
    assert says_text(speaker, via, kind=kind, role=role) == says


def test_venue_words() -> None:
    assert via_phrase("Instagram") == "on Instagram"
    # A newspaper takes "the" in running text (round 25); a broadcaster does not.
    assert via_phrase("Ellery Gazette") == "to the Ellery Gazette"
    assert via_phrase("Ellery Gazette", told=True) == "told the Ellery Gazette"
    assert via_phrase("Denver Post") == "to the Denver Post"
    assert via_phrase("CBS News", told=True) == "told CBS News"
    assert via_phrase("The Atlantic") == "to The Atlantic"
    assert via_phrase("via Los Angeles Times") == "via the Los Angeles Times"
    assert via_phrase("interview") == "in an interview"
    assert via_phrase("a news conference") == "at a news conference"
    assert via_phrase("in Vogue") == "in Vogue"


def test_posts_cards_and_alt_text_credit_the_speaker_alike() -> None:
    quote = _quote("Rosa Delgado", "name", "Port Ellery mayor", via="CBS News")
    posts = compose_posts(ARTICLE, [quote], Config(), platforms=["x", "bluesky", "threads"],
                          link="https://alder.example/barrier", slug="barrier")
    for post in posts:
        assert "— Rosa Delgado, Port Ellery mayor, to CBS News" in post.text, post.text
        assert post.text.startswith(ARTICLE.title + "\n\n")
    alt = card_alt_text("We were lucky.", "Rosa Delgado, Port Ellery mayor", "CBS News")
    assert alt == "Quote card: “We were lucky.” — Rosa Delgado, Port Ellery mayor, to CBS News."


def test_a_long_description_leaves_the_speaker_off() -> None:
    quote = _quote("a man who lives near the plant and asked not to be named", "description")
    (post,) = compose_posts(ARTICLE, [quote], Config(), platforms=["x"], link=None, slug="b")
    assert "—" not in post.text
    assert "“We were lucky, The next surge will not wait.”" in post.text


def test_posts_md_and_quotes_listing_show_the_quote_as_posts_do(tmp_path: Path) -> None:
    quote = _quote("Rosa Delgado", "name", "Port Ellery mayor")
    result = ComposeResult(article=ARTICLE, slug="barrier", quotes=(quote,), posts=())
    md = render_posts_md(result)
    assert "Top quote (Rosa Delgado, Port Ellery mayor): “We were lucky. The next surge will " \
           "not wait.”" in md
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE.title + "\n\n" + ARTICLE.body, encoding="utf-8")
    out = CliRunner().invoke(main, ["quotes", str(path)])
    assert out.exit_code == 0
    assert "“We were lucky. The next surge will not wait.”\n" in out.stdout
    data = CliRunner().invoke(main, ["quotes", str(path), "--format", "json"])
    assert '"text": "We were lucky, The next surge will not wait."' in data.stdout


def test_compose_warns_when_the_article_has_no_url(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE.title + "\n\n" + ARTICLE.body, encoding="utf-8")
    out = CliRunner().invoke(main, ["compose", str(path), "-o", str(tmp_path / "out"),
                                    "--no-cards"])
    assert out.exit_code == 0
    assert ("Warning: no link: the article has no URL, so no post links to it (give one with "
            "--url, or url: in the front matter)\n") in out.stderr
    with_url = CliRunner().invoke(main, ["compose", str(path), "-o", str(tmp_path / "out2"),
                                         "--no-cards", "--url", "https://alder.example/b"])
    assert "no link" not in with_url.stderr


def test_quotes_listing_shows_the_role(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import socialkit.quotes

    path = tmp_path / "story.txt"
    path.write_text(ARTICLE.title + "\n\n" + ARTICLE.body, encoding="utf-8")
    quote = _quote("Rosa Delgado", "name", "Port Ellery mayor")
    # The attributor does not fill roles yet (issue 10); the listing must show one when it does.
    monkeypatch.setattr(socialkit.quotes, "rank_quotes", lambda quotes, article: [quote])
    out = CliRunner().invoke(main, ["quotes", str(path)])
    assert out.stdout == ("“We were lucky. The next surge will not wait.”\n"
                          "  speaker: Rosa Delgado\n  role: Port Ellery mayor\n"
                          "  kind: full  score: 0.000\n")


def test_tight_alt_text_keeps_the_quote_before_the_role() -> None:
    from socialkit.pipeline import _alt_text

    quote = _quote("Rosa Delgado", "name",
                   "chair of the Port Ellery harbour board's flood and tidal barrier committee")
    quote = Quote(text="The next surge will not wait.", start=quote.start, end=quote.end,
                  spans=quote.spans, speaker=quote.speaker, speaker_kind="name", role=quote.role)
    # LinkedIn's 120 characters: with the role, no sentence of the quote fits.
    assert _alt_text(quote, 120) == "Quote card: “The next surge will not wait.” — Rosa Delgado."
    assert "chair of the Port Ellery" in _alt_text(quote, 1000)


def test_a_credit_ending_in_its_own_stop_takes_no_second_in_alt_text() -> None:
    assert card_alt_text("We never missed a season.", "Robert Hale Jr.", None) == (
        "Quote card: “We never missed a season.” — Robert Hale Jr.")
