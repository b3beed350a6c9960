"""compose_posts: templates, fitting order, threads, UTM links, mentions, facets, fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.cli import main
from socialkit.config import Config
from socialkit.elide import is_faithful_elision
from socialkit.errors import TemplateError
from socialkit.links import add_utm
from socialkit.platforms import check_text
from socialkit.posts import compose_posts, export_templates, split_thread
from socialkit.resources import templates_dir
from tests.postkit import make_article, quotes_in

LINK = "https://www.harbourgazette.com/news/2025/ferry-strike?ref=home"

FERRY = make_article(
    "Ferry workers walk out as talks with Harbour Lines collapse",
    [
        "Ferry crews in Port Alder walked off the job on Monday after talks with Harbour Lines "
        "broke down over night-shift staffing.",
        "“We did not want this strike. We asked for two more deckhands on every night crossing, "
        "and the company said no,” said Marta Okonkwo, who leads the Port Alder Seafarers Union.",
        "Harbour Lines said in a statement that it regretted the walkout. Marta Okonkwo said the "
        "union would meet again in Port Alder on Thursday.",
    ],
)
FERRY_QUOTES = quotes_in(FERRY, speaker="Marta Okonkwo")
# The same story under a long headline, so the quote must be cut or threaded on Bluesky.
LONG_HEADLINE = make_article(
    "Ferry workers walk out across the whole Port Alder network as night-shift staffing talks "
    "with Harbour Lines collapse after eleven hours on Sunday night",
    FERRY.body.split("\n\n"),
)
ALL = ["x", "bluesky", "threads", "mastodon", "instagram", "linkedin", "facebook"]


def compose(**kw: object) -> dict[str, object]:
    args: dict[str, object] = dict(platforms=ALL, link=LINK, slug="ferry-strike")
    args.update(kw)
    config = args.pop("config", Config())
    quotes = args.pop("quotes", FERRY_QUOTES)
    article = args.pop("article", FERRY)
    posts = compose_posts(article, quotes, config, **args)  # type: ignore[arg-type]
    return {p.platform: p for p in posts}


def test_every_platform_gets_a_valid_post_counted_by_check() -> None:
    posts = compose()
    assert list(posts) == ALL
    for name, post in posts.items():
        checked = check_text(post.text, name)
        assert post.valid and checked.valid, (name, checked.problems)
        assert post.length == checked.length


def test_x_post_quotes_names_speaker_and_links() -> None:
    post = compose()["x"]
    quote = FERRY_QUOTES[0].text
    assert f"“{quote}”" in post.text
    assert "— Marta Okonkwo" in post.text
    assert post.text.startswith(FERRY.title + "\n\n")
    assert LINK in post.text and "utm_source" not in post.text  # UTM is opt-in
    assert "utm_source=x" in compose(config=Config(utm=True))["x"].text


def test_instagram_says_link_in_bio_and_ends_with_hashtags() -> None:
    post = compose(config=Config(hashtags_generate=True))["instagram"]
    assert post.hashtags
    assert "link in bio" in post.text
    assert "https://" not in post.text
    last_line = post.text.splitlines()[-1]
    assert last_line.split() == list(post.hashtags)
    assert len(post.hashtags) <= 5


def test_instagram_hashtag_limit_comes_from_config() -> None:
    post = compose(config=Config(instagram_hashtag_limit=1, hashtags=("LocalNews", "Ferries")))[
        "instagram"]
    assert len(post.hashtags) == 1


def test_utm_link_keeps_existing_query() -> None:
    url = add_utm(LINK + "#top", source="bluesky", campaign="ferry-strike")
    assert url == (
        "https://www.harbourgazette.com/news/2025/ferry-strike?ref=home"
        "&utm_source=bluesky&utm_medium=social&utm_campaign=ferry-strike#top"
    )
    assert compose(config=Config(utm=True))["mastodon"].link == add_utm(
        LINK, source="mastodon", campaign="ferry-strike")
    assert compose()["mastodon"].link == LINK


def test_utm_can_be_turned_off() -> None:
    assert compose(config=Config(utm=False))["x"].link == LINK


def test_mentions_only_from_config_handles() -> None:
    plain = compose()["x"]
    assert "@" not in plain.text
    config = Config(handles={"Marta Okonkwo": {"x": "martaokonkwo"}, "Nobody": {"x": "nobody"}})
    post = compose(config=config)["x"]
    assert "(@martaokonkwo)" in post.text
    assert "@nobody" not in post.text
    assert "@martaokonkwo" not in compose(config=config)["bluesky"].text


def test_hashtags_are_dropped_before_the_quote_is_cut() -> None:
    # X's 280 fits the quote without tags, so fitting must remove tags and keep the quote whole.
    long_quote = FERRY_QUOTES[0].text
    article = make_article(
        FERRY.title,
        [FERRY.paragraphs[0].text, FERRY.paragraphs[1].text + " " + FERRY.paragraphs[2].text],
    )
    post = compose(article=article, platforms=["x"])["x"]
    assert long_quote in post.text


def test_quote_cut_at_a_sentence_boundary_stays_verbatim() -> None:
    posts = compose(platforms=["bluesky"], article=LONG_HEADLINE,
                    quotes=quotes_in(LONG_HEADLINE, speaker="Marta Okonkwo"))
    post = posts["bluesky"]
    assert post.valid
    inner = post.text.split("“", 1)[1].split("”", 1)[0]
    assert inner != FERRY_QUOTES[0].text
    assert is_faithful_elision(inner, FERRY_QUOTES[0].text)
    assert inner == "We did not want this strike. …"
    assert any("shortened at a sentence boundary" in n for n in post.notes)


def test_thread_keeps_the_whole_quote_in_numbered_valid_parts() -> None:
    posts = compose(platforms=["bluesky"], article=LONG_HEADLINE, thread=True,
                    quotes=quotes_in(LONG_HEADLINE, speaker="Marta Okonkwo"))
    post = posts["bluesky"]
    assert len(post.parts) >= 2
    assert [p.rsplit(" ", 1)[1] for p in post.parts] == [
        f"{i}/{len(post.parts)}" for i in range(1, len(post.parts) + 1)
    ]
    assert all(check_text(p, "bluesky").valid for p in post.parts)
    joined = " ".join(p.rsplit(" ", 1)[0] for p in post.parts)
    assert " ".join(post.text.split()) == " ".join(joined.split())
    assert FERRY_QUOTES[0].text in post.text


def test_split_thread_never_breaks_a_word() -> None:
    text = " ".join(f"word{i}" for i in range(200))
    parts = split_thread(text, lambda s: len(s) <= 100)
    assert parts is not None
    words = [w for p in parts for w in p.rsplit(" ", 1)[0].split()]
    assert words == text.split()
    assert split_thread("x" * 200, lambda s: len(s) <= 100) is None


def test_no_quotes_falls_back_to_headline_and_says_so() -> None:
    post = compose(quotes=[])["x"]
    assert FERRY.title in post.text
    assert "no quote a post may use (none found): used the headline and lead" in post.notes


def test_bluesky_post_carries_link_facet_with_byte_offsets() -> None:
    post = compose(quotes=[])["bluesky"]
    link_facets = [f for f in post.facets if f.kind == "link"]
    assert len(link_facets) == 1
    raw = post.text.encode("utf-8")
    facet = link_facets[0]
    # The post shows the link short, as Bluesky's app does; the facet carries the full address.
    shown = "www.harbourgazette.com/news/2025/fe..."
    assert raw[facet.byte_start : facet.byte_end].decode("utf-8") == shown
    assert post.text.endswith(shown) and LINK not in post.text
    assert facet.value == post.link == LINK
    assert post.length == check_text(post.text, "bluesky").length
    for tag in (f for f in post.facets if f.kind == "tag"):
        assert raw[tag.byte_start : tag.byte_end].decode("utf-8") == "#" + tag.value


def test_user_template_overrides_one_platform(tmp_path: Path) -> None:
    (tmp_path / "x.j2").write_text("{{ speaker }} :fire: {{ link }}", encoding="utf-8")
    posts = compose(templates_dir=tmp_path)
    assert posts["x"].text == f"Marta Okonkwo 🔥 {posts['x'].link}"
    assert "link in bio" in posts["instagram"].text  # built-in template still used


def test_misspelt_variable_names_template_and_line(tmp_path: Path) -> None:
    (tmp_path / "x.j2").write_text("{{ quote }}\n{{ speakr }}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        compose(templates_dir=tmp_path, platforms=["x"])
    assert str(err.value) == f"template {tmp_path / 'x.j2'}, line 2: 'speakr' is undefined"


def test_user_templates_run_in_the_sandbox(tmp_path: Path) -> None:
    (tmp_path / "x.j2").write_text("{{ link.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"x\.j2"):
        compose(templates_dir=tmp_path, platforms=["x"])


def test_export_templates_copies_every_builtin_and_never_overwrites(tmp_path: Path) -> None:
    written = export_templates(tmp_path / "mine")
    assert sorted(p.name for p in written) == sorted(p.name for p in templates_dir().glob("*.j2"))
    with pytest.raises(TemplateError, match="already exists"):
        export_templates(tmp_path / "mine")


def test_cli_templates_export(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["templates", "export", str(tmp_path / "t")])
    assert result.exit_code == 0
    names = sorted(p.name for p in templates_dir().glob("*.j2"))
    assert result.stdout == "".join(f"{tmp_path / 't' / n}\n" for n in names)


def test_hashtags_leave_titles_out() -> None:
    from socialkit.hashtags import story_hashtags

    article = make_article(
        "Flood Barrier Approved",
        [
            "Councillor Tom Hadley voted against the barrier in Port Ellery on Tuesday.",
            "Commissioner Elena Varga and Councillor Tom Hadley spoke for an hour.",
        ],
    )
    tags = story_hashtags(article, limit=5, generate=True)
    assert tags == ["#PortEllery"]
    assert not any(t.startswith(("#Councillor", "#Commissioner", "#Tom", "#Elena")) for t in tags)


def test_bluesky_thread_parts_carry_their_own_facets() -> None:
    post = compose(platforms=["bluesky"], article=LONG_HEADLINE, thread=True,
                   quotes=quotes_in(LONG_HEADLINE, speaker="Marta Okonkwo"))["bluesky"]
    assert len(post.parts) >= 2
    assert post.facets == ()
    assert len(post.part_facets) == len(post.parts)
    found_link = False
    for part, facets in zip(post.parts, post.part_facets, strict=True):
        raw = part.encode("utf-8")
        for facet in facets:
            shown = raw[facet.byte_start : facet.byte_end].decode("utf-8")
            if facet.kind == "link":
                found_link = True
                assert shown == "www.harbourgazette.com/news/2025/fe..." and facet.value == LINK
            else:
                assert shown == "#" + facet.value
    assert found_link
    assert "part_facets" in post.to_json()


def test_too_many_hashtags_drops_tags_not_the_post() -> None:
    # Threads takes one topic tag: a headline carrying three is too many tags, not too long,
    # so the post keeps its quote and its headline's words (issue 13).
    article = make_article("#Breaking #Flood #PortAlder: ferry workers walk out", list(
        FERRY.body.split("\n\n")))
    post = compose(article=article, quotes=quotes_in(article, speaker="Marta Okonkwo"),
                   platforms=["threads"])["threads"]
    assert post.valid
    assert "Breaking Flood PortAlder: ferry workers walk out" in post.text
    assert "We did not want this strike." in post.text
    assert not any("no quote fits" in n for n in post.notes)
    assert check_text(post.text, "threads").valid


def test_a_long_role_is_left_off_rather_than_the_quote() -> None:
    from dataclasses import replace

    role = ("leader of the Port Alder Seafarers Union and of its night-shift committee, and "
            "since the spring the chair of the harbour's joint safety board for every crossing")
    quotes = [replace(q, role=role) for q in FERRY_QUOTES]
    post = compose(platforms=["x"], quotes=quotes)["x"]
    assert post.valid
    assert FERRY_QUOTES[0].text.rstrip(",") in post.text
    assert "— Marta Okonkwo\n" in post.text and role not in post.text
    assert "role left off the credit to fit" in post.notes


def test_a_post_that_quotes_another_quote_gets_no_card_of_the_first() -> None:
    from dataclasses import replace

    from socialkit.models import Card

    # The best quote is too long for X even cut at a sentence (its one sentence runs on), so
    # X quotes the second; the card shows the first, and is not attached to X's post.
    long_one = replace(FERRY_QUOTES[0], text="We did not want this strike " + "and " * 66
                       + "the company said no,", start=0, spans=((0, 1),))
    second = replace(FERRY_QUOTES[0], text="We will meet again on Thursday.", start=5,
                     spans=((5, 6),))
    card = Card(size="landscape", width=1200, height=675, alt_text="Quote card.",
                path="cards/quote-1-landscape.png")
    posts = compose(platforms=["x", "threads"], quotes=[long_one, second],
                    cards={"x": card, "threads": card}, card_quote=long_one)
    assert "We will meet again on Thursday." in posts["x"].text
    assert posts["x"].card is None
    assert "no card: the card shows a quote that did not fit this post" in posts["x"].notes
    # Threads fits the first quote, and carries its card.
    assert posts["threads"].card == "cards/quote-1-landscape.png"
