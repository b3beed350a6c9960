from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from socialkit.article import article_from_text, read_article
from socialkit.cli import main
from socialkit.config import Config
from socialkit.pipeline import ComposeOptions, compose, write_outputs
from socialkit.platforms import check_text, get_platform

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-flood-barrier.txt"
SLUG = "coastal-town-votes-to-build-flood-barrier-after-record"
ALL = ["x", "bluesky", "threads", "mastodon", "instagram", "linkedin", "facebook"]


def test_compose_cli_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compose", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    folder = out / SLUG
    assert result.stdout == f"{folder}/: 7 posts, 3 cards\n"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["cards", "posts.csv", "posts.json", "posts.md", "preview.html"]
    # The preview carries its cards, so it still shows them when moved or mailed.
    page = (folder / "preview.html").read_text(encoding="utf-8")
    assert page.count('src="data:image/png;base64,') == 7 and 'src="cards/' not in page
    data = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    assert [p["platform"] for p in data["posts"]] == ALL
    article = read_article(EXAMPLE)
    for post in data["posts"]:
        platform = get_platform(post["platform"], Config())
        assert check_text(post["text"], platform).valid
        assert post["length"] == check_text(post["text"], platform).length
        card = folder / post["card"]
        with Image.open(card) as image:
            assert image.format == "PNG"
        assert post["alt_text"].startswith("Quote card: “")
    top = data["quotes"][0]
    # Verbatim: the quote starts where its first piece starts and ends where its last ends.
    assert top["text"].startswith(article.body[top["start"] : top["start"] + 20])
    assert top["text"].endswith(article.body[top["end"] - 20 : top["end"]])
    # No temporary files are left behind by the atomic writes.
    assert not list(folder.rglob("*.tmp"))


def test_compose_json_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "compose",
            str(EXAMPLE),
            "-o",
            str(tmp_path),
            "--no-cards",
            "-p",
            "x",
            "-p",
            "bluesky",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["folder"] == str(tmp_path / SLUG)
    assert [p["platform"] for p in data["posts"]] == ["x", "bluesky"]
    assert data["cards"] == []


def test_compose_url_option_sets_link_with_utm_when_config_opts_in(tmp_path: Path) -> None:
    result = compose(
        read_article(EXAMPLE),
        Config(utm=True),
        ComposeOptions(
            url="https://news.example.com/flood?id=7", cards=False, platforms=("mastodon",)
        ),
    )
    (post,) = result.posts
    assert post.link is not None
    assert post.link.startswith("https://news.example.com/flood?id=7&utm_source=mastodon")
    assert post.link in post.text


def test_compose_no_quotes_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Road Closed For Resurfacing\n\nThe high street will be closed to traffic from Monday "
        "while it is resurfaced. Diversions will be signposted.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(main, ["compose", str(path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert ("Warning: no quote a post may use (none found): posts use the headline and lead "
            "sentence\n") in (
        result.stderr
    )
    folder = tmp_path / "o" / "road-closed-for-resurfacing"
    data = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    assert data["cards"] == []
    assert "Road Closed For Resurfacing" in data["posts"][0]["text"]


def test_seed_compose(seed_article_path: Path, tmp_path: Path) -> None:
    result = compose(read_article(seed_article_path), Config())
    folder = write_outputs(result, tmp_path)
    data = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    assert [p["platform"] for p in data["posts"]] == ALL
    assert all(p["valid"] for p in data["posts"])
    x_post = data["posts"][0]["text"]
    assert "Kim Kardashian West" in x_post
    assert "emotional meeting" in x_post  # the Instagram statement, whole or elided
    assert list((folder / "cards").glob("*.png"))
    body = result.article.body
    for removed in ("READ MORE", "Image: Instagram", "Contact the author", "With CBS News."):
        assert removed not in body


@pytest.mark.parametrize("fmt", ["jpeg", "webp"])
def test_compose_other_image_formats(tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(
        main, ["compose", str(EXAMPLE), "-o", str(tmp_path), "-p", "x", "--image-format", fmt]
    )
    assert result.exit_code == 0, result.stderr
    (card,) = (tmp_path / SLUG / "cards").iterdir()
    with Image.open(card) as image:
        assert image.format == {"jpeg": "JPEG", "webp": "WEBP"}[fmt]
        assert image.size == (1200, 675)


def test_interrupted_quote_shown_with_its_full_stop(tmp_path: Path) -> None:
    result = compose(read_article(EXAMPLE), Config(), ComposeOptions(platforms=("x",)))
    top = result.quotes[0]
    # posts.json keeps the pieces joined exactly; the post and the card read as sentences.
    assert "not a plan, The next surge" in top.text
    assert "“We have been lucky for a hundred years, and luck is not a plan. The next surge" in (
        result.posts[0].text
    )
    assert "not a plan. The next surge" in result.cards[0].card.alt_text


def test_no_generated_hashtags_by_default_and_never_a_person_when_on() -> None:
    options = ComposeOptions(platforms=("x", "instagram"), cards=False)
    result = compose(read_article(EXAMPLE), Config(), options)
    assert [p.hashtags for p in result.posts] == [(), ()]
    result = compose(read_article(EXAMPLE), Config(hashtags_generate=True), options)
    x, instagram = result.posts
    # Places and topics only: no quoted person (#RosaDelgado, #PriyaRaman) ever becomes a tag.
    assert x.hashtags == ("#PortEllery", "#StormIsolde")
    assert not any(t in ("#RosaDelgado", "#PriyaRaman", "#ElleryGazette")
                   for t in instagram.hashtags)


def test_a_quote_s_trailing_comma_is_a_full_stop_in_posts_but_kept_in_posts_json() -> None:
    article = article_from_text(
        "Harbour master warns of winter storms\n\n"
        "“I have never seen the quay this low before the winter storms,” harbour master Greta "
        "Lund said on Monday.\n\nThe board meets again in March."
    )
    result = compose(article, Config(), ComposeOptions(platforms=("x",), cards=False))
    assert result.quotes[0].text.endswith("winter storms,")
    assert "“I have never seen the quay this low before the winter storms.”" in (
        result.posts[0].text)


def test_a_card_never_cuts_a_quote_mid_sentence() -> None:
    # One run-on sentence too long for the smallest type on a landscape card, then a short
    # quote: the card carries the short one whole rather than a fragment of the long one.
    clauses = ", and ".join(f"we walked the length of the harbour wall on night {n} of the "
                            "storm with the water over our boots" for n in range(1, 30))
    article = article_from_text(
        "Harbour wall holds through the storm\n\n"
        f"“{clauses[0].upper()}{clauses[1:]},” said Ruth Okafor, the harbour master, on "
        "Monday.\n\n“The wall held,” she said."
    )
    result = compose(article, Config(), ComposeOptions(platforms=("x",)))
    assert result.quotes[0].text.startswith("We walked")
    assert [c.card.size for c in result.cards] == ["landscape"]
    assert not result.cards[0].card.shortened
    assert result.cards[0].card.alt_text.startswith("Quote card: “The wall held.”")
    assert ("card uses quote #2: the better ones cannot fit a card without cutting "
            "mid-sentence") in result.notes


def test_an_unattributed_quote_or_a_fragment_is_never_posted_or_carded() -> None:
    article = article_from_text(
        "Harbour Review Finds Gaps In Flood Plan\n\n"
        "A review of the harbour's flood plan found gaps in its warning system, calling it "
        "“a plan on paper only.”\n\n"
        "“Nobody knew where to go when the sirens sounded.”\n",
        path="review.txt",
    )
    result = compose(article, Config(), ComposeOptions(cards=True))
    assert not result.cards
    for post in result.posts:
        # The lead may carry the writer's own sentence with its fragment; no quote stands alone.
        assert "Nobody knew" not in post.text and "\n“a plan" not in post.text
        assert post.text.startswith("Harbour Review Finds Gaps In Flood Plan")
    assert "no quote a post may use (2 found: 1 unattributed, 1 fragment): posts use the headline" \
        " and lead sentence" in result.notes


def test_words_reported_as_alleged_are_never_carded_or_posted() -> None:
    article = article_from_text(
        "Guards Charged Over Missed Checks\n\n"
        "Two guards were charged on Tuesday with falsifying records at the county jail.\n\n"
        "One of them, Dale Kemp, allegedly told a supervisor: “We messed up; I messed up.”\n\n"
        "“We will fight these charges,” said Nora Vance, Kemp's attorney.\n",
        path="guards.txt",
    )
    result = compose(article, Config(), ComposeOptions(cards=True))
    alleged = next(q for q in result.quotes if q.text.startswith("We messed up"))
    assert alleged.alleged and alleged.speaker == "Dale Kemp"
    for post in result.posts:
        assert "We messed up" not in post.text and "We will fight these charges" in post.text
