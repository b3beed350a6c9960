"""A quote is never shortened to a fragment that changes its meaning (issue 11, item 3).

Quotes are built from sentences we wrote to look like what people say in news stories, with the
traps a cut can fall into: abbreviations ("Mr. Cole", "Sept. 4"), initials ("John F. Ward"),
questions and their answers, and sentences that turn the one before ("But…", "They are wrong.").
For every such quote and every platform, the post either quotes it whole, or cuts it where a
sentence (or a clause before a semicolon) ends and the rest does not turn it, or falls back to
the headline post without the quote.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit.config import Config
from socialkit.elide import sentence_cuts
from socialkit.models import Quote
from socialkit.platforms import check_text
from socialkit.posts import compose_posts
from tests.postkit import make_article

SENTENCES = [
    "We have been lucky for a hundred years, and luck is not a plan.",
    "The next surge will not wait for us to be ready.",
    "I met Mr. Cole at the harbour office on Sept. 4 to go over the figures.",
    "John F. Ward signed the order before the council had even seen it.",
    "Is the barrier worth forty million dollars?",
    "No, it is not, and I have said so from the start.",
    "Some people call the barrier a waste of public money.",
    "They are wrong, and the water line on Quay Street proves it.",
    "But we cannot build it without help from the state.",
    "However, the engineers told us the design would hold.",
    "We lost the bakery, the chandlery and half the school roof in one night.",
    "That is not what we were promised!",
    "The vote was close; the decision was not.",
    "I grew up on this quay and my father fished from it every morning of his life.",
    "Nobody on the council wanted to raise the rates again this year.",
    "We will rebuild.",
    "When the water came over the wall at two in the morning we carried the children up to the "
    "church hall, and we sat there with the fishermen and the shopkeepers and the old people "
    "from the flats on the front, and nobody slept, and nobody said a word until the tide "
    "turned at dawn and we could go down and see what was left of the street we grew up on.",
]
HEADLINE = ("Harbour town council votes narrowly to build a forty million dollar storm barrier "
            "along Quay Street after record surge")
LEAD = "The council of Port Alder voted five to four on Tuesday to build a storm barrier."
TURNING = {"but", "however", "no", "nor", "yet", "though", "although", "still", "instead"}
ABBREVIATED = re.compile(r"(?:\b(?:Mr|Mrs|Dr|Sept|St)|\b[A-Z])\.$")
ALL = ["x", "bluesky", "threads", "mastodon", "instagram", "linkedin", "facebook"]


def _quoted(post_text: str) -> str | None:
    match = re.search(r"“(.*)”", post_text, re.DOTALL)
    return match.group(1) if match else None


def _assert_complete_cut(shown: str, original: str) -> None:
    assert shown.endswith("…"), shown
    kept = shown[:-1].rstrip()
    assert original.startswith(kept), (shown, original)
    rest = original[len(kept):]
    if rest.startswith(";"):
        rest = rest[1:]
    else:
        # A sentence end: the kept part ends with a full stop or exclamation mark (a question
        # kept without its answer says something else) and the next sentence starts afresh.
        assert kept[-1] in ".!", shown
        assert not ABBREVIATED.search(kept), shown
        assert re.match(r"\s+[A-Z“\"]", rest), (shown, rest)
    next_word = rest.split()[0].strip(",.").lower()
    assert next_word not in TURNING, (shown, rest)
    assert len(kept.split()) >= 4, shown


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True))
def test_a_shortened_quote_is_a_complete_thought(picked: list[str]) -> None:
    text = " ".join(picked)
    paragraph = f"“{text}” said Rosa Delgado, the mayor of Port Alder."
    article = make_article(HEADLINE, [LEAD, paragraph])
    start = article.body.index("“") + 1
    end = start + len(text)
    quote = Quote(text=text, start=start, end=end, spans=((start, end),),
                  speaker="Rosa Delgado", speaker_kind="name", role="Port Alder mayor")
    posts = compose_posts(article, [quote], Config(), platforms=ALL,
                          link="https://www.alderpost.example/news/barrier-vote", slug="barrier")
    for post in posts:
        assert post.valid and check_text(post.text, post.platform).valid, post
        shown = _quoted(post.text)
        if shown is None:
            # No cut leaves a complete thought: the post is the headline post instead.
            assert any("headline" in note for note in post.notes), post.notes
            continue
        if shown != text:
            _assert_complete_cut(shown, text)


@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True))
def test_every_sentence_cut_is_a_complete_thought(picked: list[str]) -> None:
    text = " ".join(picked)
    for cut in sentence_cuts(text):
        _assert_complete_cut(cut, text)


def test_cuts_refused_where_they_would_change_the_meaning() -> None:
    assert sentence_cuts("Some people call the barrier a waste of public money. "
                         "They are wrong, and the water line proves it.") == []
    assert sentence_cuts("Is the barrier worth forty million dollars? No, it is not.") == []
    assert sentence_cuts("I met Mr. Cole at the harbour office on Sept. 4 to go over it.") == []
    assert sentence_cuts("We will rebuild. The next surge will not wait for us.") == []
    assert sentence_cuts("We lost the bakery in one night. The next surge will not wait.") == [
        "We lost the bakery in one night. …"]
