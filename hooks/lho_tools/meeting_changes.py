"""`python -m lho_tools.meeting_changes <base-ref>`: a published meeting moved without `changed:`.

Members' calendars take over a change to a meeting only when its SEQUENCE and DTSTAMP change,
and those follow `event.changed:` (outputs/calendar.py). A pull request that changes the day,
time, place or status of a meeting that was already published, and not `changed:`, leaves
every subscriber with the old time. This compares each post's meeting with its version at
`<base-ref>` (the pull request's base, e.g. origin/main) and prints one Dutch line per such
post, `path:line: what — fix` (and a GitHub annotation under GitHub Actions); it exits 1 then.
Posts the base did not publish (drafts, or dated after `now`) have no subscribers yet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from lho_site.content import yaml_lines
from lho_site.content.dates import AMSTERDAM, dutch_day
from lho_site.content.dates import now as current_time
from lho_site.content.fields import read_record
from lho_site.content.kinds import KINDS
from lho_site.content.posts import PLANNED
from lho_site.content.problems import Problem, Problems
from lho_site.content.schema import POST

ANNOUNCED = ("date", "start", "end", "place", "status")
"""What a calendar shows of a meeting: a change to one of these must reach the subscribers."""
DEFAULTS = {"status": PLANNED}


def _front_matter(text: str) -> yaml_lines.LineDict | None:
    split = yaml_lines.split_front_matter(text)
    try:
        data = yaml_lines.load(split[0], line_offset=1) if split else None
    except yaml_lines.YamlSyntaxError:
        return None
    return data if isinstance(data, yaml_lines.LineDict) else None


def _record(data: yaml_lines.LineDict | None, path: str) -> dict | None:
    """The post's fields as the build reads them (15.00 is 15:00); None when the build would refuse them."""
    return read_record(data, POST.fields, {}, path, Problems()) if data is not None else None


def _published(record: dict, now: dt.datetime) -> bool:
    return not record.get("draft", False) and record["date"].when <= now


def meeting_problem(path: str, old_text: str, new_text: str, now: dt.datetime) -> Problem | None:
    """The problem of a post whose published meeting changed (from `old_text` to `new_text`) without `changed:`."""
    old, data = _record(_front_matter(old_text), path), _front_matter(new_text)
    new = _record(data, path)
    # Only a meeting with a date is in the calendars; one that left the post is the build's affair.
    if old is None or new is None or not _published(old, now) or "date" not in old.get("event", {}) \
            or "event" not in new:
        return None
    before, after = ({name: event.get(name, DEFAULTS.get(name)) for name in ANNOUNCED}
                     for event in (old["event"], new["event"]))
    moved = [name for name in ANNOUNCED if before[name] != after[name]]
    if not moved or old["event"].get("changed") != new["event"].get("changed"):
        return None
    differences = ", ".join(f"{name}: {_shown(name, before[name])} → {_shown(name, after[name])}" for name in moved)
    line = data["event"].line_of(moved[0]) if moved[0] in data["event"] else data.line_of("event")
    written = f'"{now.astimezone(AMSTERDAM):%Y-%m-%d %H:%M}"'
    return Problem(path, line, f"de bijeenkomst is veranderd ({differences}), maar changed: niet, dus de agenda's "
                   "van leden houden de oude gegevens",
                   f"schrijf onder event: de dag en tijd van deze wijziging, zoals changed: {written}")


def _shown(name: str, value: object) -> str:
    if value is None:
        return "(leeg)"
    return dutch_day(value) if isinstance(value, dt.date) else KINDS[POST.field(f"event.{name}").kind].show(value)


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def changed_posts(root: Path, base: str) -> Iterator[tuple[str, str, str]]:
    """(path, text at `base`, text now) of every post changed since `base` that was there at `base`.
    Compared with where the branch left `base` (as a pull request's diff is), so that what the base
    changed since is not taken for a change of this branch."""
    with contextlib.suppress(subprocess.CalledProcessError):  # no common history (a shallow clone): the base itself
        base = _git(root, "merge-base", base, "HEAD").strip()
    names = _git(root, "diff", "--name-only", "--diff-filter=M", base, "--", POST.path).splitlines()
    for path in sorted(names):
        if path.endswith(".md") and (root / path).is_file():
            yield path, _git(root, "show", f"{base}:{path}"), (root / path).read_text(encoding="utf-8-sig")


def problems(root: Path, base: str, now: dt.datetime) -> list[Problem]:
    return [p for path, old, new in changed_posts(root, base) if (p := meeting_problem(path, old, new, now))]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("gebruik: python -m lho_tools.meeting_changes <basis>, zoals origin/main", file=sys.stderr)
        return 2
    try:
        found = problems(Path.cwd(), argv[0], current_time())
    except subprocess.CalledProcessError as error:
        print(f"git kon de versie '{argv[0]}' niet lezen: {error.stderr.strip()}", file=sys.stderr)
        return 2
    for problem in found:
        print(problem)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print(problem.github_annotation())
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
