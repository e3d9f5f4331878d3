"""Work that is independent per file, on every core where a fork is safe.

Forking copies the build as it is, with nothing to import or send again; but a process with other
threads (`mkdocs serve`'s server, a test's browser) may be copied while one of them holds a lock, and
macOS' system libraries do not survive a fork. There the work stays in the build's own process, with
the same result.
"""

from __future__ import annotations

import concurrent.futures
import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def fork_workers() -> int:
    """The number of processes to fork: one per core on Linux when this process has no other thread, else 1."""
    if sys.platform != "linux" or threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return len(os.sched_getaffinity(0))


def mapped(function: Callable[[Item], Result], items: Sequence[Item], workers: int, at_least: int) -> list[Result]:
    """`function` of each item, in order: in `workers` forked processes (`fork_workers`) when there are at least
    `at_least` items (fewer cost more to fork than they save), else in this process. `function` and its results
    go between processes by pickle: a function of a module, or a functools.partial of one."""
    if workers < 2 or len(items) < at_least:
        return [function(item) for item in items]
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        # Several parts per process, so that one with the largest files does not leave the others waiting.
        return list(pool.map(function, items, chunksize=max(1, len(items) // (workers * 4))))


class Ahead(Iterator[Result]):
    """`function` of each item, in order, computed ahead in `workers` forked processes (forked at once) while the
    caller takes the results one by one: only those not taken yet are held (a result may be a whole page).
    `close()` ends the processes; `initializer` runs once in each first."""

    def __init__(self, function: Callable[[Item], Result], items: Sequence[Item], workers: int,
                 initializer: Callable[[], None] | None = None) -> None:
        self._pool = concurrent.futures.ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("fork"), initializer=initializer)
        # The objects of the build as they are at the fork are left out of the forks' garbage collection: it would
        # walk them all again in each, and so copy every page of memory they are on (a tenth of the CPU time of a
        # clean build of 2,000 posts).
        gc.freeze()
        try:
            # Small parts: the first result comes soon, and no process waits long for the slowest one's.
            self._results = self._pool.map(function, items, chunksize=max(1, min(16, len(items) // (workers * 8))))
        finally:
            gc.unfreeze()

    def __next__(self) -> Result:
        return next(self._results)

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)
