"""A GIF is published redrawn, frame by frame, never as it was written.

A GIF may move, so it is not converted like a photo; but the file can carry comments,
XMP (camera, place, author) and other extensions that visitors would download with it.
Pillow reads its frames and their timing and writes a new GIF with those alone. The
result is kept in a cache under the original's hash, so an unchanged GIF is redrawn once.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import ImageSequence

from .cache import keep
from .files import open_picture

VERSION = "1"
"""Part of the cache key: raise it when the redrawing changes."""


def _redrawn(path: Path) -> bytes:
    with open_picture(path) as image:
        frames, durations = [], []
        for frame in ImageSequence.Iterator(image):
            durations.append(frame.info.get("duration", 100))
            copy = frame.convert("RGBA")
            copy.info = {}  # the comment and extensions of the original stay behind
            frames.append(copy)
        timing = {"loop": image.info["loop"]} if "loop" in image.info else {}
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=durations, disposal=2, **timing)
    return out.getvalue()


def clean_gif(path: Path, cache: Path) -> bytes:
    """The GIF at `path` with its frames and timing only."""
    data = path.read_bytes()
    cached = cache / f"{hashlib.sha256(data + VERSION.encode()).hexdigest()}.gif"
    if not cached.is_file():
        keep(cached, _redrawn(path))
    return cached.read_bytes()
