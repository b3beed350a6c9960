"""For any text: extraction never raises and every quote is verbatim from the body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from socialkit.quotes import extract_quotes, rank_quotes
from tests.quotes_article import article_from_paragraphs

_ALPHABET = st.sampled_from([*"ab AZ.,:;!?'\"“”‘’„«»—-\n", "said", "she", "He", "Okafor", "told",
                             "CBS News", "Mr."])
_PARAGRAPH = st.lists(_ALPHABET, max_size=40).map("".join).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARAGRAPH | st.text(min_size=1, max_size=60).map(str.strip).filter(bool),
                min_size=1, max_size=6))
def test_quotes_are_found_verbatim(paragraphs: list[str]) -> None:
    paragraphs = [" ".join(p.split()) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return
    article = article_from_paragraphs(paragraphs)
    quotes = rank_quotes(extract_quotes(article), article)
    for quote in quotes:
        pieces = [article.body[s:e] for s, e in quote.spans]
        assert all(pieces) and quote.text == " ".join(pieces)
        assert quote.text in article.body or len(pieces) > 1
        assert (quote.start, quote.end) == (quote.spans[0][0], quote.spans[-1][1])
        assert quote.kind in ("full", "partial")
