"""A build forks workers only where a fork is safe (lho_site/content/cores.py)."""

import sys
import threading

import pytest

from lho_site.content.cores import fork_workers


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
