from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialkit.cli import main
from socialkit.preview import FOLD_MARK, render_preview_html, render_preview_text, split_at_fold

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "harbour-flood-barrier.txt"


def _data(text: str, platform: str = "instagram") -> dict[str, object]:
    return {
        "article": {"title": "A <b>Title</b>", "url": None},
        "brand": "Courier",
        "notes": [],
        "posts": [
            {
                "platform": platform,
                "text": text,
                "parts": [],
                "length": len(text),
                "limit": 2200,
                "valid": True,
                "problems": [],
                "card": "cards/a.png",
                "alt_text": "Quote card: x",
                "link": None,
            }
        ],
    }


def test_split_at_fold_moves_back_to_a_space() -> None:
    text = "word " * 40
    shown, hidden = split_at_fold(text, 125)
    assert shown + hidden == text
    assert len(shown) <= 125 and shown.endswith("word")
    assert split_at_fold("short", 125) == ("short", "")
    assert split_at_fold("anything", None) == ("anything", "")


def test_terminal_preview_marks_fold_and_card() -> None:
    text = ("The harbour wall held. " * 8).strip()
    out = render_preview_text(_data(text))
    lines = out.splitlines()
    assert lines[0] == "A <b>Title</b>"
    assert lines[1] == "1 posts · account: Courier"
    assert lines[3].startswith("── Instagram · 183/2200 · ok ")
    assert FOLD_MARK in lines
    assert "card: cards/a.png" in lines
    assert "alt: Quote card: x" in lines


def test_terminal_preview_numbers_thread_parts() -> None:
    data = _data("one two", "x")
    data["posts"][0]["parts"] = ["part one 1/2", "part two 2/2"]  # type: ignore[index]
    out = render_preview_text(data)
    assert "[1/2]\npart one 1/2\n[2/2]\npart two 2/2\n" in out


def test_html_escapes_article_text() -> None:
    html = render_preview_html(
        _data('He wrote "<script>alert(1)</script>" & left.'), images={"cards/a.png": "cards/a.png"}
    )
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "A &lt;b&gt;Title&lt;/b&gt;" in html
    assert re.search(r"<(link|script)\b", html) is None  # nothing external, no script at all
    assert "http://" not in html and "https://" not in html


def test_preview_cli_on_output_folder_and_article(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(tmp_path)]).exit_code == 0
    (folder,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    from_folder = runner.invoke(main, ["preview", str(folder)])
    assert from_folder.exit_code == 0
    from_article = runner.invoke(main, ["preview", str(EXAMPLE)])
    assert from_article.exit_code == 0
    # The same posts, whether read back from posts.json or composed now (cards aside).
    strip = [ln for ln in from_folder.stdout.splitlines() if not ln.startswith(("card: ", "alt: "))]
    assert strip == [ln for ln in from_article.stdout.splitlines()]
    html = tmp_path / "p.html"
    with_html = runner.invoke(main, ["preview", str(folder), "--html", str(html)])
    assert with_html.exit_code == 0
    assert with_html.stderr == f"Wrote {html}\n"
    assert html.read_text(encoding="utf-8").count('src="data:image/png;base64,') == 7


def test_preview_cli_bad_target(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["preview", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path}: no posts.json here (is it a compose output folder?)\n"
    )


def test_script_in_article_is_shown_as_text(tmp_path: Path) -> None:
    article = tmp_path / "xss.txt"
    article.write_text(
        "Hacker Quote <script>alert(1)</script>\n\n"
        '"We typed <script>alert(1)</script> into the form and it ran," said Dr Ada Lane, a '
        "security researcher at the university, on Friday.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["compose", str(article), "-o", str(tmp_path / "o")])
    assert result.exit_code == 0, result.stderr
    (html,) = (tmp_path / "o").glob("*/preview.html")
    text = html.read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHECK_SCRIPT = """
<script>
window.addEventListener("load", () => {
  const posts = [...document.querySelectorAll("article.post")].map(a => a.dataset.platform);
  const images = [...document.images].map(i => i.naturalWidth);
  document.body.setAttribute("data-check", JSON.stringify({posts, images}));
});
</script>
"""


@pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"
)
def test_preview_html_in_headless_chromium(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["compose", str(EXAMPLE), "-o", str(tmp_path)]).exit_code == 0
    (page,) = tmp_path.glob("*/preview.html")
    # The check runs from a copy beside the original, so the page itself stays script-free.
    probe = page.with_name("probe.html")
    probe.write_text(
        page.read_text(encoding="utf-8").replace("</body>", CHECK_SCRIPT + "</body>"),
        encoding="utf-8",
    )
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=5000",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", probe.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    match = re.search(r'data-check="([^"]+)"', dom)
    assert match, dom[:500]
    check = json.loads(match[1].replace("&quot;", '"'))
    assert check["posts"] == [
        "x",
        "bluesky",
        "threads",
        "mastodon",
        "instagram",
        "linkedin",
        "facebook",
    ]
    assert len(check["images"]) == 7
    assert all(width > 0 for width in check["images"])
    screenshot = Path(__file__).resolve().parent / "artifacts" / "preview.png"
    screenshot.parent.mkdir(exist_ok=True)
    subprocess.run(
        [CHROMIUM, *flags, f"--screenshot={screenshot}", "--window-size=1280,1800", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert screenshot.stat().st_size > 10_000
