"""For any article (any Unicode, long words, URLs, emoji) every post is valid by its platform's own
counter, and every quoted passage in it is verbatim from the article apart from a final "…"."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialkit.config import Config
from socialkit.elide import is_faithful_elision
from socialkit.models import Quote
from socialkit.platforms import check_text
from socialkit.posts import compose_posts
from tests.postkit import make_article

# Quote marks, tag and mention signs are left out of generated words so that the test can find
# the quoted passages and so that a stray "#" is not read as one more topic tag. U+FFFE/FEFF/FFFF
# are characters X rejects outright; the article reader never passes them on.
_LETTERS = st.characters(
    blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp", "Co", "Cn"),
    blacklist_characters="“”\"#＃@＠\ufeff\ufffe\uffff",
)
_EMOJI = st.sampled_from(["😷", "👨\u200d👩\u200d👧\u200d👦", "🙂\u200d↔️", "🇺🇸", "👍🏽", "1️⃣", "✨"])
_URLS = st.builds(lambda a, b: f"https://{a}.example.com/{b}",
                  st.from_regex(r"[a-z]{1,12}", fullmatch=True),
                  st.from_regex(r"[a-z0-9/_-]{0,40}", fullmatch=True))
_WORD = st.one_of(
    st.text(_LETTERS, min_size=1, max_size=12),
    st.text(_LETTERS, min_size=20, max_size=45),  # long words: German compounds, CJK runs
    _EMOJI,
    _URLS,
    st.sampled_from(["said.", "on", "Monday.", "the", "and", "“No,”"]).map(
        lambda w: w.replace("“", "").replace("”", "")),
)
_SENTENCE = st.lists(_WORD, min_size=1, max_size=30).map(lambda ws: " ".join(ws) + ".")
_PASSAGE = st.lists(_SENTENCE, min_size=1, max_size=6).map(" ".join)
_NAME = st.lists(st.text(_LETTERS, min_size=1, max_size=12), min_size=1, max_size=3).map(" ".join)


@st.composite
def articles(draw: st.DrawFn) -> tuple[object, list[Quote], str | None]:
    title = draw(_PASSAGE.map(lambda s: s[:200]))
    paragraphs = draw(st.lists(_PASSAGE, min_size=1, max_size=4))
    quoted = draw(st.lists(_PASSAGE, min_size=0, max_size=3))
    speakers = [draw(st.one_of(st.none(), _NAME)) for _ in quoted]
    for passage in quoted:
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), f"“{passage}” she said.")
    article = make_article(title, paragraphs)
    quotes = []
    for passage, speaker in zip(quoted, speakers, strict=True):
        start = article.body.index(f"“{passage}”") + 1
        quotes.append(Quote(text=passage, start=start, end=start + len(passage),
                            spans=((start, start + len(passage)),), speaker=speaker))
    link = draw(st.one_of(st.none(), _URLS))
    return article, quotes, link


_QUOTED = re.compile(r"“(.*?)”", re.DOTALL)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.booleans())
def test_every_post_is_valid_and_quotes_are_verbatim(
    generated: tuple[object, list[Quote], str | None], thread: bool
) -> None:
    article, quotes, link = generated
    config = Config()
    posts = compose_posts(article, quotes, config, platforms=list(config.platforms),  # type: ignore[arg-type]
                          link=link, slug="story", thread=thread)
    assert [p.platform for p in posts] == list(config.platforms)
    originals = [q.text for q in quotes]
    for post in posts:
        pieces = post.parts or (post.text,)
        for piece in pieces:
            assert check_text(piece, post.platform, config).valid, (post.platform, piece)
        assert post.valid
        for passage in _QUOTED.findall(post.text):
            assert any(is_faithful_elision(passage, original) for original in originals), (
                post.platform, passage)
