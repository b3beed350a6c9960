"""On a card quoting Chinese, the attribution's connective words are set in the face that draws
the speaker's name, not in the theme's bolder Latin face (issue 11 item 6)."""

from __future__ import annotations

import pytest

from socialkit.cards.fonts import FontChain
from socialkit.cards.render import _attribution_chain
from socialkit.cards.themes import load_theme


def test_connective_follows_the_quote_s_script() -> None:
    chain = FontChain.for_attribution(load_theme("light"))
    if chain.face_for(ord("王")) is None:
        pytest.skip("no system font draws Chinese (apt-get install fonts-noto-cjk)")
    chinese = _attribution_chain(chain, "我们不能再等了。")
    assert chinese.primary == chain.face_for(ord("王"))
    assert chinese.primary != chain.primary
    # Every character of "— 王丽华, on Weibo" then comes from that one face.
    assert {chinese.face_for(ord(c)) for c in "— 王丽华, on Weibo" if c != " "} == {
        chinese.primary}
    assert _attribution_chain(chain, "We cannot wait any longer.") == chain
