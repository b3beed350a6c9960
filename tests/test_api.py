"""The public Python API as the README shows it, used the way a newsroom script would."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

import socialkit
import socialkit.pipeline  # a submodule once imported must not shadow an API name

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-flood-barrier.txt"


def test_readme_api(tmp_path: Path) -> None:
    article = socialkit.read_article(EXAMPLE)
    quotes = socialkit.rank_quotes(socialkit.extract_quotes(article), article)
    assert quotes[0].speaker == "Rosa Delgado"
    result = socialkit.compose(
        article, socialkit.load_config(None),
        socialkit.ComposeOptions(platforms=("x", "bluesky"), url="https://news.example.com/a"),
    )
    assert isinstance(result, socialkit.ComposeResult)
    assert [p.platform for p in result.posts] == ["x", "bluesky"]
    assert all(isinstance(p, socialkit.Post) and p.length <= p.limit for p in result.posts)
    folder = socialkit.write_outputs(result, tmp_path)
    assert (folder / "posts.json").is_file()
    card = socialkit.render_card("We will rebuild.", "Rosa Delgado", via="Facebook", size="square")
    with Image.open(io.BytesIO(card.encode("png"))) as image:
        assert image.size == (1080, 1080)
    assert socialkit.count("Hello 🙂‍↔️", "x") == 8


def test_unknown_attribute() -> None:
    try:
        socialkit.nonexistent  # noqa: B018
    except AttributeError as exc:
        assert "nonexistent" in str(exc)
    else:
        raise AssertionError("expected AttributeError")
