"""Bytes a first visit to a news post transfers, gzip-compressed, measured in Chromium.

Builds the site with N generated posts (bench/generate.py), serves it on 127.0.0.1,
opens a post in a fresh browser (empty cache), waits until the network is idle, and
sums every response body gzip-compressed (level 6, as static hosts serve it).
Then it opens the search and reports what that adds: the search index, which
grows with the site, is fetched only then.

With --photo the post gets a phone photo (4000×3000, about 3 MB, lho_site/outputs/photos.py
makes its renditions) and the phone is a 390-pixel screen at device pixel ratio 2; the
budget is then 200 KB in all, of which the photo at most 100 KB.

    .venv/bin/python bench/page_weight.py --posts 2000
    .venv/bin/python bench/page_weight.py --posts 100 --photo
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

sys.path[:0] = [str(Path(__file__).resolve().parent.parent / folder) for folder in ("tests", "hooks")]
from sites import phone_photo  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 100 * 1024
PHOTO_BUDGET = (200 * 1024, 100 * 1024)
"""With a photo: (the whole page, the photo)."""
CHROMIUM = "/usr/bin/chromium"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def weigh(site: Path, page: str, scale: int = 1) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
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
            tab = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=scale)
            tab.on("response", record)
            tab.goto(base + page, wait_until="networkidle")
            time.sleep(1)
            first = list(responses)
            tab.keyboard.press("/")
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
    parser.add_argument("--photo", action="store_true", help="give the post a phone photo; phone at pixel ratio 2")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lho-weight-") as work:
        corpus = generate(args.posts, Path(work) / "corpus")
        post = max((corpus.posts).glob("*.md"))
        if args.photo:
            phone_photo(post.parent / "fotos" / "bijeenkomst.jpg")
            post.write_text(post.read_text(encoding="utf-8").replace(
                "\n---\n", "\nimage: fotos/bijeenkomst.jpg\nimage_alt: Bestuurders aan tafel\n---\n", 1), encoding="utf-8")
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict"], cwd=corpus.ours, env=env,
                       check=True, capture_output=True)
        page = f"nieuws/{post.stem[:4]}/{post.stem[5:7]}/{post.stem[11:]}/"
        first, search = weigh(corpus.ours / "site", page, scale=2 if args.photo else 1)
    total = report(f"First visit of {page} with {args.posts} posts:", first)
    report("Opening the search adds:", search)
    if not args.photo:
        print(f"Budget {BUDGET / 1024:.0f} KB: {'within' if total <= BUDGET else 'OVER'}")
        return 0 if total <= BUDGET else 1
    photo = sum(packed for path, _, packed in first if path.startswith("fotos/"))
    within = total <= PHOTO_BUDGET[0] and photo <= PHOTO_BUDGET[1]
    print(f"Photo {photo / 1024:.1f} KB; budget {PHOTO_BUDGET[0] / 1024:.0f} KB in all, {PHOTO_BUDGET[1] / 1024:.0f} KB "
          f"photo: {'within' if within else 'OVER'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
