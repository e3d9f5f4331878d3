"""Files kept in .cache/ between builds: each written whole or not at all.

Builds may run side by side on the same cache (`make serve` beside `make build`, the test runs of
`make test`): a file is written under a name of its own and then renamed, so a build beside this one
finds it complete or not at all, never half-written by another."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def keep(path: Path, data: bytes) -> None:
    """Write `data` to `path` (its folder made if missing), replacing it in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(partial, path)
    except BaseException:
        os.unlink(partial)
        raise
