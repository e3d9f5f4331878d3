"""Edit-to-rebuilt-page time under `make serve` (mkdocs serve --strict --dirty).

For each N it generates the corpus of bench/generate.py, starts the preview server
on it, and measures, from the moment a file is written until the server answers
with the new content:

- edit: a sentence added to an existing post, until that post's page shows it;
- new:  a new post (the newest), until its page, the news index and the RSS feed
        all show it (the index and feed must never be stale in the preview).

    .venv/bin/python bench/preview.py --sizes 500 2000 --edits 5

With --usual it measures the same on the usual set-up of bench/run.py (Material's blog plugin and
mkdocs-rss-plugin, in bench/.venv-usual) under `mkdocs serve --dirty`: what a MkDocs user gets.
Without --strict there: MkDocs' own warning about dirty builds fails a strict one. A page that
never shows the change (the blog's index stays stale in that mode) counts as `NEVER` seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import run
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = ROOT / ".venv" / "bin" / "mkdocs"
PORT = 8811
POLL = 0.05


def fetch(path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/{path}", timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def seconds_until(paths: list[str], marker: str, start: float, timeout: float = 120) -> float:
    """Seconds from `start` until every page at `paths` contains `marker`."""
    waiting = list(paths)
    while waiting:
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{waiting} never showed {marker!r}")
        waiting = [path for path in waiting if marker not in fetch(path)]
        if waiting:
            time.sleep(POLL)
    return time.perf_counter() - start


NEVER = 60.0
"""Seconds after which a page that does not show the change is taken never to show it."""


@dataclass(frozen=True)
class Server:
    """A set-up to serve: which mkdocs, where the project and its posts are, and where a post shows."""

    mkdocs: Path
    project: Path
    posts: Path
    strict: bool
    post_url: Callable[[str, str], str]
    """The address of a post from its date (YYYY-MM-DD) and slug."""
    listings: tuple[str, ...]
    """The news index and the feed, where a new post must show too."""


def ours(corpus) -> Server:
    return Server(MKDOCS, corpus.ours, corpus.posts, True, lambda day, slug: f"nieuws/{day[:4]}/{day[5:7]}/{slug}/",
                  ("nieuws/", "feed.xml"))


def usual(corpus) -> Server:
    return Server(run.usual_bin() / "mkdocs", corpus.usual, corpus.usual / "docs" / "blog" / "posts", False,
                  lambda day, slug: f"blog/{day[:4]}/{day[5:7]}/{day[8:]}/{slug}/", ("blog/", "feed_rss_created.xml"))


def measure(n: int, edits: int, work: Path, setup: Callable = ours) -> dict[str, list[float]]:
    corpus = generate(n, work / str(n))
    served = setup(corpus)
    posts = sorted(served.posts.glob("*.md"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen([str(served.mkdocs), "serve", "--strict" if served.strict else "--no-strict", "--dirty",
                               "-a", f"127.0.0.1:{PORT}"],
                              cwd=served.project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        start = time.perf_counter()
        seconds_until([""], "Leve het Onderwijs", start, timeout=600)
        print(f"N={n}: first build and serve {time.perf_counter() - start:.1f} s", file=sys.stderr)
        time.sleep(1)
        times: dict[str, list[float]] = {"edit": [], "new": []}
        for number in range(edits):
            post = posts[(number + 1) * len(posts) // (edits + 1)]
            day, slug = post.stem[:10], post.stem[11:]
            marker = f"Verbeterde zin {number}-{time.time_ns()}"
            start = time.perf_counter()
            post.write_text(post.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
            times["edit"].append(seconds_until([served.post_url(day, slug)], marker, start))
            time.sleep(0.5)
        for number in range(edits):
            title = f"Nieuw bericht {number}-{time.time_ns()}"
            slug = f"nieuw-bericht-{number}"
            day = f"2026-01-0{number % 9 + 1}"
            source = (f"---\ntitle: \"{title}\"\ndate: {day}\ncategories: [Actualiteit]\nslug: {slug}\n"
                      f"description: Een nieuw bericht.\n---\n\nTekst van het nieuwe bericht.\n")
            start = time.perf_counter()
            (served.posts / f"{day}-{slug}.md").write_text(source, encoding="utf-8")
            try:
                times["new"].append(seconds_until([served.post_url(day, slug), *served.listings], title, start, NEVER))
            except TimeoutError as stale:
                print(f"N={n}: {stale}", file=sys.stderr)
                times["new"].append(NEVER)
            time.sleep(0.5)
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000])
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--usual", action="store_true", help="the usual set-up of bench/run.py instead of ours")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="lho-preview-"))
    try:
        print(f"{'N':>6} | {'edit median s':>13} {'edit max s':>10} | {'new median s':>12} {'new max s':>9}")
        for n in args.sizes:
            times = measure(n, args.edits, work, usual if args.usual else ours)
            print(f"{n:>6} | {statistics.median(times['edit']):>13.2f} {max(times['edit']):>10.2f} | "
                  f"{statistics.median(times['new']):>12.2f} {max(times['new']):>9.2f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
