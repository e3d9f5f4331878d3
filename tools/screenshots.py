"""Screenshots of the built site for the README, and what a first visit on a phone weighs.

Serves site/ on 127.0.0.1 (gzipped, as GitHub Pages serves it), opens the home page and the
newest post in the system's Chromium at phone and desktop width, and saves what the first
screen shows as screenshots/<page>-<width>.png. Prints the bytes each first visit on a phone
transferred (pictures included) and any request to another host. Build first (`make build`).

    .venv/bin/python tools/screenshots.py [--full]     # --full: the whole page, not the first screen
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "browser"), str(ROOT / "hooks")]

from browsing import WIDTHS, page_kinds  # noqa: E402
from lho_site.content.dates import now  # noqa: E402
from lho_site.pages.site import load_site  # noqa: E402
from serving import serve  # noqa: E402

OUT = ROOT / "screenshots"


def pages() -> dict[str, str]:
    """The home page and the newest post, by the name of their screenshots."""
    kinds = page_kinds(load_site(ROOT, ROOT / "docs", now(), preview=False))
    return {"home": kinds["home"], "bericht": kinds["bericht"]}


def visit(browser, url: str, width: str, path: Path, full: bool) -> tuple[int, list[str]]:
    """Open `url` in a new browser (empty cache), save its screenshot; the bytes it transferred, and the
    addresses it asked of another host."""
    w, h = WIDTHS[width]
    context = browser.new_context(viewport={"width": w, "height": h})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.screenshot(path=str(path), full_page=full)
    own = urlsplit(url).netloc
    size = sum(sizes["responseBodySize"] + sizes["responseHeadersSize"]
               for sizes in (request.sizes() for request in finished))
    elsewhere = [request.url for request in finished if urlsplit(request.url).netloc != own]
    context.close()
    return size, elsewhere


def main(arguments: list[str]) -> int:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        print("site/ is not built: run `make build` first", file=sys.stderr)
        return 2
    OUT.mkdir(exist_ok=True)
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with serve(site, compress=True) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for name, url in pages().items():
            for width in WIDTHS:
                path = OUT / f"{name}-{width}.png"
                size, elsewhere = visit(browser, base + url, width, path, "--full" in arguments)
                print(f"{path.relative_to(ROOT)}: first visit {size / 1024:.1f} KB transferred"
                      + (f", other hosts: {elsewhere}" if elsewhere else ""))
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
