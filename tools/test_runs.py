"""`make test`: the whole suite, in runs of pytest side by side on the machine's cores.

- the checks of site/ as `make build` has just built it (--built) and of the fixture sites, in three
  runs: the browser on every type of page; the web editor and the hostile input (built once, refused
  in Dutch or inert in the browser); all others;
- the content checks again with the clock a year ahead (faketime), so that no test depends on the
  date it runs (a new quarter, a new year, a scheduled post);
- the checks that read the clock most (dates, the agenda, calendars, the kitchen sink's meetings) on
  the next day of each season change (season_days.py: both changes of summer time, 1 July, the last
  day of the year, a leap day).

The runs start longest first, as many at once as there are cores; each run's output is printed whole
when it ends, then a line per run with its time, and last the tests that failed, by run. Fails when any
run fails, after all have run.

    .venv/bin/python tools/test_runs.py
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from season_days import season_days

ROOT = Path(__file__).resolve().parent.parent

CLOCK_CHECKS = ["tests/unit", "tests/test_site.py", "tests/test_feeds.py", "tests/test_findable.py",
                "tests/test_sections.py", "tests/test_search_index.py", "tests/test_validation.py",
                "tests/test_kitchen_sink.py", "tests/test_editor_docs.py", "tests/test_preview.py",
                "tests/test_agenda.py", "tests/test_calendar.py"]
SEASON_CHECKS = ["tests/unit/test_fields.py", "tests/unit/test_listings.py", "tests/unit/test_new_post.py",
                 "tests/unit/test_writer.py", "tests/test_agenda.py", "tests/test_calendar.py",
                 "tests/test_kitchen_sink.py"]

EDITOR_AND_HOSTILE = ["tests/browser/test_editor.py", "tests/browser/test_sign_in.py", "tests/browser/test_inert.py"]


@dataclass
class Run:
    name: str
    arguments: list[str]
    """pytest's arguments."""
    clock: str | None = None
    """faketime's setting of the clock, if not the real one."""


def runs(today: dt.date) -> list[Run]:
    """Every run, longest first."""
    editor_and_hostile = [*EDITOR_AND_HOSTILE, "tests/test_adversarial.py"]
    return [
        Run("the checks without a browser", ["--built=site", "--ignore=tests/browser",
                                             "--ignore=tests/test_adversarial.py"]),
        Run("the browser on every type of page", ["--built=site", "tests/browser",
                                                  *(f"--ignore={path}" for path in EDITOR_AND_HOSTILE)]),
        Run("the content checks, the clock a year ahead", ["-q", *CLOCK_CHECKS], "+366d"),
        Run("the web editor and hostile input", ["--built=site", *editor_and_hostile]),
        *(Run(f"the checks of dates on {day}", ["-q", *SEASON_CHECKS], f"@{day} 12:00:00")
          for day in season_days(today)),
    ]


def command(run: Run, temporary: Path) -> list[str]:
    """The run's command line: its own folder for pytest's temporary files, as runs go side by side."""
    pytest = [sys.executable, "-m", "pytest", f"--basetemp={temporary}", *run.arguments]
    return ["faketime", "-f", run.clock, *pytest] if run.clock else pytest


def execute(run: Run, temporary: Path) -> tuple[int, str, float]:
    """The run's exit status, its output (stdout and stderr as they came) and its seconds."""
    start = time.monotonic()
    # Wide enough that pytest's line of a failed test keeps the reason (it cuts it to the terminal's width).
    result = subprocess.run(command(run, temporary), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, errors="replace", env={**os.environ, "COLUMNS": "240"})
    return result.returncode, result.stdout, time.monotonic() - start


def main() -> int:
    todo = runs(dt.date.today())
    ended = {}
    with tempfile.TemporaryDirectory(prefix="lho-tests-") as temporary, \
            ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        started = {pool.submit(execute, run, Path(temporary) / str(number)): run for number, run in enumerate(todo)}
        for future in as_completed(started):
            run = started[future]
            status, output, seconds = ended[run.name] = future.result()
            print(f"\n=== {run.name}: {'passed' if status == 0 else 'FAILED'} in {seconds:.0f} s ===\n{output}",
                  flush=True)
    print("\n".join(f"{'passed' if ended[run.name][0] == 0 else 'failed'} {ended[run.name][2]:4.0f} s  {run.name}"
                    for run in todo))
    for run in todo:
        status, output, _ = ended[run.name]
        if status != 0:  # the failing tests last, where a person reads first
            print(f"\nfailed in {run.name}:", *(line for line in output.splitlines()
                                                if line.startswith(("FAILED ", "ERROR "))), sep="\n")
    return 0 if all(status == 0 for status, _, _ in ended.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
