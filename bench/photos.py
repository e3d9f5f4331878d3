"""What photos cost a build: a site with N phone photos (4000×3000, about 3 MB each), built
twice with `mkdocs build --strict`: first with an empty photo cache (every photo converted),
then again (every photo taken from .cache/photos/). Also the bytes published per photo.

    .venv/bin/python bench/photos.py --photos 50
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from sites import copy_of_the_real_site, phone_photo  # noqa: E402


def build(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict"], cwd=project, check=True,
                   capture_output=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lho-photos-") as work:
        project = copy_of_the_real_site(Path(work) / "project").parent
        baseline = build(project)
        posts = project / "docs" / "nieuws" / "posts"
        sizes = []
        for number in range(args.photos):
            photo = posts / "fotos" / f"bijeenkomst-{number}.jpg"
            phone_photo(photo)
            sizes.append(photo.stat().st_size)
            (posts / f"2025-01-{number % 28 + 1:02d}-met-foto-{number}.md").write_text(
                f"---\ntitle: Bericht met foto {number}\ndate: 2025-01-{number % 28 + 1:02d}\n"
                f"categories: [Actualiteit]\ndescription: Een bericht met een foto.\n"
                f"image: fotos/bijeenkomst-{number}.jpg\nimage_alt: Een foto\n---\n\nTekst.\n", encoding="utf-8")
        shutil.rmtree(project / ".cache" / "photos", ignore_errors=True)
        first = build(project)
        second = build(project)
        published = sum(p.stat().st_size for p in (project / "site" / "fotos").iterdir())
    print(f"{args.photos} phone photos of {sum(sizes) / len(sizes) / 1e6:.1f} MB on average, {os.cpu_count()} cores")
    print(f"  build without photos       {baseline:7.1f} s")
    print(f"  first build (converting)   {first:7.1f} s  ({(first - baseline) / args.photos:.2f} s a photo)")
    print(f"  second build (cached)      {second:7.1f} s  ({second / baseline:.2f}× the build without photos)")
    print(f"  published: {published / args.photos / 1e3:.0f} KB of renditions a photo "
          f"({published / sum(sizes):.1%} of the originals), originals not published")
    return 0


if __name__ == "__main__":
    sys.exit(main())
