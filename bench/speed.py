"""The speed figures of the site in one run, each against its goal (`make speed`):

- a clean build of the site with N generated posts against the floor (bench/run.py's builds (a)
  and (c), interleaved, medians of the rounds after a warm-up round), and its peak memory; and the
  warm-up's build of the site (the first, which draws every share card);
- the preview: an edit on screen, and a new post on its page, the news index and the feed
  (bench/preview.py);
- photos: a build of the site with P phone photos, cache cold (every photo converted, as a
  publish without the cache) and warm (as a publish that restored it), against the build
  without them (bench/photos.py).

    .venv/bin/python bench/speed.py [--posts 2000] [--rounds 3] [--edits 3] [--photos 50]

Progress goes to stderr, the table to stdout. Let the machine idle meanwhile.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import photos
import preview
import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="lho-speed-"))
    try:
        ours, floor = (run.Setup(key, label, "nieuws/[0-9]*/[0-9]*/*/index.html")
                       for key, label in (("a", "ours"), ("c", "floor")))
        run.bench_size(args.posts, args.rounds, [ours, floor], work / "builds", None, warm_up=True)
        shown = preview.measure(args.posts, args.edits, work / "preview")
    except run.BuildFailed as error:
        print(f"\n{error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pictures = photos.measure(args.photos)
    n = args.posts
    rows = [
        (f"clean build, {n} posts, ratio to the floor", f"{ours.seconds(n) / floor.seconds(n):.2f}× "
         f"({ours.seconds(n):.1f} s vs {floor.seconds(n):.1f} s; CPU {ours.cpu(n) / floor.cpu(n):.2f}×)", "≤ 1.5×"),
        ("the same, first build (every share card drawn)", f"{ours.first[n][0].seconds:.1f} s", "—"),
        (f"preview, {n} posts: an edit on screen", f"{statistics.median(shown['edit']):.2f} s", "≤ 1.0 s"),
        (f"preview, {n} posts: a new post on its page, the news index and the feed",
         f"{statistics.median(shown['new']):.2f} s", "≤ 1.5 s"),
        (f"peak memory of the clean build, {n} posts", f"{ours.peak_mb(n):.0f} MiB", "≤ 200 MiB"),
        (f"{pictures.photos} phone photos, cache warm: build vs no photos",
         f"{pictures.warm / pictures.without:.2f}× ({pictures.warm:.1f} s vs {pictures.without:.1f} s)", "keep"),
        (f"{pictures.photos} phone photos, cache cold: build", f"{pictures.cold:.1f} s "
         f"({(pictures.cold - pictures.without) / pictures.photos:.2f} s a photo)", "—"),
    ]
    width = max(len(row[0]) for row in rows)
    print(f"Speed, {time.strftime('%Y-%m-%d %H:%M')}; machine: {run.machine()}")
    print(f"clean builds: median of {args.rounds} interleaved rounds after a warm-up; preview: median of {args.edits} edits")
    for figure, measured, goal in [("figure", "measured", "goal"), *rows]:
        print(f"  {figure:<{width}} | {measured:<44} | {goal}")
    print(f"Total: {(time.perf_counter() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
