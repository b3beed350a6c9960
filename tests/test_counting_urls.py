"""URL matching split into a shared head (protocol and domain) and per-platform tails.

X's and Mastodon's URL patterns share the costly domain part (the TLD lists), compiled once; and a
plain ASCII domain skips the ASCII-domain pattern. These cases pin what the one-pattern-each
implementation gave (socialkit at 86ccc46) on the edges of that split: a protocol at the very
start, a letter before it, IGNORECASE's folds (K, ſ), an underscore or accents in a bare domain,
a TLD that is not one, t.co.
"""

from __future__ import annotations

import pytest

from socialkit import counting

CASES = [
    ('https://example.com',
     [('https://example.com', 0, 19, True)],
     'xxxxxxxxxxxxxxxxxxxxxxx'),
    ('xhttps://example.com',
     [],
     'xhttps://example.com'),
    ('(https://example.com/a_(b)?q=1.',
     [('https://example.com/a_(b)?q=1', 1, 30, True)],
     '(xxxxxxxxxxxxxxxxxxxxxxx.'),
    (' HTTPS://Example.COM:8080/path?x=ſ',
     [('HTTPS://Example.COM:8080/path?x=ſ', 1, 34, True)],
     ' xxxxxxxxxxxxxxxxxxxxxxx'),
    ('see a_b.example.com and www.Example.CO.uk/x',
     [('b.example.com', 6, 19, False), ('www.Example.CO.uk/x', 24, 43, False)],
     'see a_b.example.com and www.Example.CO.uk/x'),
    ('Kelvin Kk.com, news.example.com/harbour',
     [('Kk.com', 7, 13, False), ('news.example.com/harbour', 15, 39, False)],
     'Kelvin Kk.com, news.example.com/harbour'),
    ('https://a.example.com.xx/ https://b.example.org',
     [('https://a.example.com', 0, 21, True), ('https://b.example.org', 26, 47, True)],
     'xxxxxxxxxxxxxxxxxxxxxxx.xx/ xxxxxxxxxxxxxxxxxxxxxxx'),
    ('http://localhost https://t.co/abc',
     [('https://t.co/abc', 17, 33, True)],
     'http://localhost xxxxxxxxxxxxxxxxxxxxxxx'),
    ('é.com http://bücher.de/ä',
     [('é.com', 0, 5, False), ('http://bücher.de/ä', 6, 24, True)],
     'é.com xxxxxxxxxxxxxxxxxxxxxxx'),
    ('@user@example.com https://x.example.org/@user/',
     [('https://x.example.org/@user/', 18, 46, True)],
     '@user xxxxxxxxxxxxxxxxxxxxxxx'),
]


@pytest.mark.parametrize(("text", "x_urls", "mastodon"), CASES)
def test_urls_as_before_the_split(text: str, x_urls: list[tuple[str, int, int, bool]],
                                  mastodon: str) -> None:
    found = [(u.url, u.start, u.end, u.has_protocol) for u in counting.extract_urls(text)]
    assert found == x_urls
    assert counting.mastodon_countable_text(text) == mastodon
