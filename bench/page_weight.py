"""Bytes a first visit to a news post transfers, gzip-compressed, measured in Chromium.

Builds the site with N generated posts (bench/generate.py), serves it on 127.0.0.1,
opens a post in a fresh browser (empty cache), waits until the network is idle, and
sums every response body gzip-compressed (level 6, as static hosts serve it).
Then it opens the search and reports what that adds: the search index, which
grows with the site, is fetched only then.

    .venv/bin/python bench/page_weight.py --posts 2000
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from generate import generate

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 100 * 1024
CHROMIUM = "/usr/bin/chromium"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def weigh(site: Path, page: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """(first visit, added by opening search): (path, raw bytes, gzip bytes) per response."""
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    responses: list[tuple[str, int, int]] = []

    def record(response):
        body = response.body() if response.status < 300 else b""
        responses.append((response.url.removeprefix(base), len(body), len(gzip.compress(body, 6))))

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"])
            tab = browser.new_page(viewport={"width": 390, "height": 844})
            tab.on("response", record)
            tab.goto(base + page, wait_until="networkidle")
            time.sleep(1)
            first = list(responses)
            tab.click("label.md-header__button[for=__search]")
            tab.keyboard.type("onderwijs")
            tab.wait_for_selector(".md-search-result__item", timeout=60000)
            tab.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()
    return first, responses[len(first):]


def report(title: str, responses: list[tuple[str, int, int]]) -> int:
    print(title)
    for path, raw, packed in sorted(responses, key=lambda r: -r[2]):
        print(f"  {packed / 1024:8.1f} KB gzip {raw / 1024:8.1f} KB raw  {path}")
    total = sum(packed for _, _, packed in responses)
    print(f"  {total / 1024:8.1f} KB gzip in all, {len(responses)} requests")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lho-weight-") as work:
        corpus = generate(args.posts, Path(work) / "corpus")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict"], cwd=corpus.ours, env=env,
                       check=True, capture_output=True)
        post = max((corpus.posts).glob("*.md")).stem
        page = f"nieuws/{post[:4]}/{post[5:7]}/{post[11:]}/"
        first, search = weigh(corpus.ours / "site", page)
    total = report(f"First visit of {page} with {args.posts} posts:", first)
    report("Opening the search adds:", search)
    print(f"Budget {BUDGET / 1024:.0f} KB: {'within' if total <= BUDGET else 'OVER'}")
    return 0 if total <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
