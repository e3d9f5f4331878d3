"""How many processes a build may fork for work that is independent per file.

Forking copies the build as it is, with nothing to import or send again; but a process with other
threads (`mkdocs serve`'s server, a test's browser) may be copied while one of them holds a lock, and
macOS' system libraries do not survive a fork. There the work stays in the build's own process, with
the same result.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading


def fork_workers() -> int:
    """The number of processes to fork: one per core on Linux when this process has no other thread, else 1."""
    if sys.platform != "linux" or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return len(os.sched_getaffinity(0))
