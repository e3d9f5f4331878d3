"""What photos cost a build: a site with N phone photos (4000×3000, about 3 MB each), built
twice with `mkdocs build --strict`: first with an empty photo cache (every photo converted),
then again (every photo taken from .cache/photos/), as a daily publish does without and with the
cache it restores. Also the bytes published per photo. The photos are one phone photo, each
copy numbered in a JPEG comment: a different file to the cache, the same work to convert.

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]

from sites import copy_of_the_real_site, phone_photo  # noqa: E402


def build(project: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run([str(ROOT / ".venv" / "bin" / "mkdocs"), "build", "--strict"], cwd=project,
                          capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    if done.returncode:
        raise SystemExit(f"the build failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - start


def numbered(jpeg: bytes, number: int) -> bytes:
    """The photo with a JPEG comment that numbers it: the same pixels and work, but a file of its own, which
    the cache of converted photos (keyed by the file's bytes) has not seen."""
    comment = f"foto {number}".encode()
    return jpeg[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + jpeg[2:]


@dataclass(frozen=True)
class PhotoFigures:
    photos: int
    original_mb: float
    """The average size of an original."""
    without: float
    """Seconds of the build without photos."""
    cold: float
    """Seconds of the first build, every photo converted."""
    warm: float
    """Seconds of the second build, every photo from the cache."""
    published_kb: float
    """Bytes of renditions published per photo."""
    published_share: float


def measure(photos: int) -> PhotoFigures:
    with tempfile.TemporaryDirectory(prefix="lho-photos-") as work:
        project = copy_of_the_real_site(Path(work) / "project").parent
        without = build(project)
        posts = project / "docs" / "nieuws" / "posts"
        sizes = []
        base = posts / "fotos" / "basis.jpg"
        phone_photo(base)
        for number in range(photos):
            photo = posts / "fotos" / f"bijeenkomst-{number}.jpg"
            photo.write_bytes(numbered(base.read_bytes(), number))
            sizes.append(photo.stat().st_size)
            (posts / f"2025-01-{number % 28 + 1:02d}-met-foto-{number}.md").write_text(
                f"---\ntitle: Bericht met foto {number}\ndate: 2025-01-{number % 28 + 1:02d}\n"
                f"categories: [Actualiteit]\ndescription: Een bericht met een foto.\n"
                f"image: fotos/bijeenkomst-{number}.jpg\nimage_alt: Bestuurders in gesprek aan een lange tafel\n"
                "---\n\nTekst.\n", encoding="utf-8")
        base.unlink()
        shutil.rmtree(project / ".cache" / "photos", ignore_errors=True)
        cold = build(project)
        warm = build(project)
        published = sum(p.stat().st_size for p in (project / "site" / "fotos").iterdir())
    return PhotoFigures(photos, sum(sizes) / len(sizes) / 1e6, without, cold, warm, published / photos / 1e3,
                        published / sum(sizes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=50)
    args = parser.parse_args(argv)
    f = measure(args.photos)
    print(f"{f.photos} phone photos of {f.original_mb:.1f} MB on average, {os.cpu_count()} cores")
    print(f"  build without photos       {f.without:7.1f} s")
    print(f"  first build (converting)   {f.cold:7.1f} s  ({(f.cold - f.without) / f.photos:.2f} s a photo)")
    print(f"  second build (cached)      {f.warm:7.1f} s  ({f.warm / f.without:.2f}× the build without photos)")
    print(f"  published: {f.published_kb:.0f} KB of renditions a photo ({f.published_share:.1%} of the originals), "
          "originals not published")
    return 0


if __name__ == "__main__":
    sys.exit(main())
