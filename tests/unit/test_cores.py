"""A build forks workers only where a fork is safe (lho_site/content/cores.py)."""

import sys
import threading

import pytest

from lho_site.content.cores import Ahead, fork_workers


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert fork_workers() == 1
    finally:
        stop.set()
        other.join()


@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
def test_one_worker_per_core_of_this_process_when_alone(monkeypatch):
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2})
    assert fork_workers() == 3


def _square(number):
    return number * number


@pytest.mark.skipif(sys.platform != "linux", reason="forks only on Linux")
def test_results_computed_ahead_come_in_the_order_of_the_items_and_the_processes_end():
    items, threads = list(range(100, 0, -1)), threading.active_count()
    results = Ahead(_square, items, 2)
    try:
        assert [next(results) for _ in items] == [_square(item) for item in items]
        with pytest.raises(StopIteration):
            next(results)
    finally:
        results.close()
    assert threading.active_count() == threads, "the pool's thread outlived close()"
