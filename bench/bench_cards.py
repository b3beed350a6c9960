"""Quote-card speed: ours against the PNG-encode floor and against headless Chromium.

    PYTHONPATH=src python bench/bench_cards.py ../shared/seed/article.txt [--runs 15]

The quote is the longest double-quoted passage of the article given (the benchmark does not
depend on the quote extractor). For each card size it reports, as medians over --runs:

- ours: render_card + encode to PNG, fonts loaded (the first card of a process pays that once);
- ours, cold text: the same with the word-width cache emptied before every card, as for a quote
  the process has never seen;
- floor: encoding the very same image to PNG with the same settings; target ours <= 1.5x floor
  (blank: encoding a plain image of the card's size and colour, for reference);
- Chromium: the same card as an HTML page (same fonts, colours, size, quote size) loaded into one
  warm headless Chromium page and screenshotted to PNG; target Chromium >= 2.5x ours. Chromium is
  Debian's, driven by Playwright with executable_path; the part is skipped with a note if absent.
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from socialkit.cards import SIZES, RenderedCard, Theme, load_theme, render_card
from socialkit.cards.alt import attribution_line
from socialkit.cards.layout import run_width

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def median_ms(func: Callable[[], object], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        func()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def interleaved_ms(funcs: list[Callable[[], object]], runs: int) -> list[float]:
    """Medians for several functions timed in turn within each round, so that a busy machine
    slows them alike and their ratios stay meaningful."""
    for func in funcs:
        func()
    times: list[list[float]] = [[] for _ in funcs]
    for _ in range(runs):
        for k, func in enumerate(funcs):
            start = time.perf_counter()
            func()
            times[k].append(time.perf_counter() - start)
    return [statistics.median(t) * 1000 for t in times]


def longest_quote(article: Path) -> str:
    text = article.read_text(encoding="utf-8")
    quotes: list[str] = re.findall(r"[\"“]([^\"“”]{20,})[\"”]", text)
    if not quotes:
        sys.exit(f"{article}: no double-quoted passage to put on a card")
    return max(quotes, key=len)


def _hex(colour: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour)


def card_html(
    quote: str, speaker: str, via: str, theme: Theme, size: str, rendered: RenderedCard
) -> str:
    """The same card as a web page: the layout a satori/og-image style tool would produce."""
    width, height = SIZES[size]
    unit = min(width, 1.5 * height)
    margin = round(theme.margin * unit)
    attr = round(theme.attribution_size * unit)
    logo = round(theme.logo_height * unit)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: Quote; src: url("file://{theme.quote_font.path}"); }}
@font-face {{ font-family: Attr; src: url("file://{theme.attribution_font.path}"); }}
@font-face {{ font-family: Emoji; src: url("file://{theme.emoji_font.path}"); }}
html, body {{ margin: 0; width: {width}px; height: {height}px; overflow: hidden;
  background: {_hex(theme.background)}; }}
.card {{ box-sizing: border-box; width: {width}px; height: {height}px; padding: {margin}px;
  padding-bottom: {margin + logo + margin // 2}px; display: flex; flex-direction: column;
  justify-content: center; position: relative; }}
.q {{ font-family: Quote, Emoji; font-size: {rendered.font_size}px;
  line-height: {theme.line_height}; color: {_hex(theme.text)}; margin: 0; text-wrap: balance;
  hanging-punctuation: first; }}
.q::before {{ content: "“"; color: {_hex(theme.accent)}; margin-left: -0.45em; }}
.rule {{ width: {round(unit * 0.08)}px; height: {max(3, round(unit * 0.006))}px;
  background: {_hex(theme.accent)}; margin: {round(unit * 0.05)}px 0 {round(attr * 0.9)}px; }}
.a {{ font-family: Attr, Emoji; font-size: {attr}px; color: {_hex(theme.attribution)}; }}
.logo {{ position: absolute; right: {margin}px; bottom: {margin}px; height: {logo}px; }}
</style></head><body><div class="card">
<p class="q">{html.escape(quote)}”</p><div class="rule"></div>
<div class="a">{html.escape(attribution_line(speaker, via))}</div>
<img class="logo" src="file://{theme.logo}"></div></body></html>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", type=Path, help="an article file (e.g. the seed)")
    parser.add_argument("--speaker", default="Kim Kardashian West")
    parser.add_argument("--via", default="Instagram")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    quote = longest_quote(args.article)
    theme = load_theme(args.theme)

    start = time.perf_counter()
    render_card(quote, args.speaker, args.via, theme=theme).encode()
    first_ms = (time.perf_counter() - start) * 1000
    print(f"quote: {len(quote)} characters; theme {theme.name}; median of {args.runs} runs")
    print(f"first card in this process (loads fonts, fontconfig, emoji data): {first_ms:.0f} ms")

    results: dict[str, tuple[float, RenderedCard]] = {}
    print(
        f"\n{'size':<10} {'ours ms':>8} {'cold ms':>8} {'floor ms':>9} {'ours/floor':>10}"
        f" {'blank ms':>9}"
    )
    for size in SIZES:

        def ours(size: str = size) -> bytes:
            return render_card(quote, args.speaker, args.via, size=size, theme=theme).encode()

        def cold(size: str = size) -> bytes:
            run_width.cache_clear()
            return ours(size)

        rendered = render_card(quote, args.speaker, args.via, size=size, theme=theme)
        blank = RenderedCard(
            Image.new("RGB", SIZES[size], theme.background), rendered.card, "", (), 0
        )
        ours_ms, cold_ms, floor_ms, blank_ms = interleaved_ms(
            [ours, cold, rendered.encode, blank.encode], args.runs
        )
        results[size] = (ours_ms, rendered)
        print(
            f"{size:<10} {ours_ms:8.1f} {cold_ms:8.1f} {floor_ms:9.1f} "
            f"{ours_ms / floor_ms:9.2f}x {blank_ms:9.1f}"
        )

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print(
            "\nChromium comparison skipped: the playwright package is not installed "
            "(pip install playwright; never `playwright install`)"
        )
        return
    if not CHROMIUM.exists():
        print(f"\nChromium comparison skipped: {CHROMIUM} is absent (apt-get install chromium)")
        return
    print(f"\n{'size':<10} {'chromium ms':>12} {'ours ms':>8} {'chromium/ours':>14}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for size, (ours_ms, rendered) in results.items():
            width, height = SIZES[size]
            page_path = Path(tmp) / f"{size}.html"
            page_path.write_text(
                card_html(quote, args.speaker, args.via, theme, size, rendered), encoding="utf-8"
            )
            page = browser.new_page(viewport={"width": width, "height": height})

            def chromium(page: object = page, url: str = page_path.as_uri()) -> bytes:
                page.goto(url)  # type: ignore[attr-defined]
                page.evaluate("document.fonts.ready")  # type: ignore[attr-defined]
                return page.screenshot(type="png")  # type: ignore[attr-defined,no-any-return]

            chromium_ms = median_ms(chromium, args.runs)
            (Path(tmp) / f"{size}.png").write_bytes(chromium())
            page.close()
            print(f"{size:<10} {chromium_ms:12.1f} {ours_ms:8.1f} {chromium_ms / ours_ms:13.2f}x")
        browser.close()

        def one_browser_per_card() -> bytes:
            fresh = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = fresh.new_page(viewport={"width": 1080, "height": 1080})
            page.goto((Path(tmp) / "square.html").as_uri())
            page.evaluate("document.fonts.ready")
            data = page.screenshot(type="png")
            fresh.close()
            return data

        cold_browser = median_ms(one_browser_per_card, 5, warmup=1)
        print(
            f"\nsquare, one Chromium process per card (html2image style): {cold_browser:.0f} ms "
            f"= {cold_browser / results['square'][0]:.1f}x ours"
        )


if __name__ == "__main__":
    main()
