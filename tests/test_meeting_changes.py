"""A published meeting changed in a pull request without `changed:` is asked for, in Dutch, on its line.

Each test makes a git repository with one post committed on a base branch, changes it in the
working tree the way an editor would, and runs `python -m lho_tools.meeting_changes main` there.
The clock is fixed, so the advice's time is known and nothing depends on the day the test runs.
"""

import datetime as dt
import subprocess
import sys

import pytest

from lho_site.content.dates import AMSTERDAM
from lho_tools import meeting_changes
from sitebuild import ROOT

PATH = "docs/nieuws/posts/2026-03-01-regiobijeenkomst.md"
NOW = dt.datetime(2026, 3, 20, 14, 5, tzinfo=AMSTERDAM)
FRONT_MATTER = """---
title: Regiobijeenkomst
date: 2026-03-01
categories: [Bijeenkomsten]
description: Een middag over vertrouwen.
event:
  date: 2026-04-02
  start: "15:00"
  end: "17:00"
  place: Zwolle
---

Kom ook.
"""
ASKED = ("schrijf onder event: de dag en tijd van deze wijziging, zoals changed: \"2026-03-20 14:05\"")


def git(repo, *args):
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(repo), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def repo(tmp_path):
    """A repository whose branch main has the post; the working tree is the pull request."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / PATH).parent.mkdir(parents=True)
    (tmp_path / PATH).write_text(FRONT_MATTER, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "base")
    return tmp_path


def edit(repo, *replacements):
    text = FRONT_MATTER
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    (repo / PATH).write_text(text, encoding="utf-8")


CHANGES = {
    "moved-an-hour-later": (
        [('start: "15:00"', 'start: "16:00"'), ('end: "17:00"', 'end: "18:00"')],
        f"{PATH}:8: de bijeenkomst is veranderd (start: 15:00 → 16:00, end: 17:00 → 18:00), maar changed: niet, "
        f"dus de agenda's van leden houden de oude gegevens — {ASKED}"),
    "moved-to-another-day": (
        [("date: 2026-04-02", "date: 2026-04-09")],
        f"{PATH}:7: de bijeenkomst is veranderd (date: 2 april 2026 → 9 april 2026), maar changed: niet, "
        f"dus de agenda's van leden houden de oude gegevens — {ASKED}"),
    "moved-online": (
        [("place: Zwolle", "place: online")],
        f"{PATH}:10: de bijeenkomst is veranderd (place: Zwolle → online), maar changed: niet, "
        f"dus de agenda's van leden houden de oude gegevens — {ASKED}"),
    "cancelled": (
        [("place: Zwolle\n", "place: Zwolle\n  status: afgelast\n")],
        f"{PATH}:11: de bijeenkomst is veranderd (status: gepland → afgelast), maar changed: niet, "
        f"dus de agenda's van leden houden de oude gegevens — {ASKED}"),
}


@pytest.mark.parametrize("case", CHANGES)
def test_a_changed_meeting_without_changed_is_asked_for(repo, case):
    replacements, expected = CHANGES[case]
    edit(repo, *replacements)
    assert [str(p) for p in meeting_changes.problems(repo, "main", NOW)] == [expected]


# name: (how the base had the post, as changes to FRONT_MATTER; the pull request's changes to FRONT_MATTER)
QUIET = {
    "changed-given": ([], [('start: "15:00"', 'start: "16:00"'),
                           ("place: Zwolle\n", 'place: Zwolle\n  changed: "2026-03-20 14:00"\n')]),
    "same-time-written-the-dutch-way": ([], [('start: "15:00"', "start: 15.00")]),
    "text-and-report-only": ([], [("Kom ook.", "Kom ook, er is koffie."),
                                  ("place: Zwolle\n", "place: Zwolle\n  attendees: 30\n")]),
    "base-was-a-draft": ([("---\n\n", "draft: true\n---\n\n")], [('start: "15:00"', 'start: "16:00"')]),
    "base-was-not-out-yet": ([("date: 2026-03-01", "date: 2026-03-25")], [('start: "15:00"', 'start: "16:00"')]),
    "base-had-no-date-so-no-calendar-had-it": ([("  date: 2026-04-02\n", "")], []),
}


@pytest.mark.parametrize("case", QUIET)
def test_what_needs_no_change_passes(repo, case):
    base, changes = QUIET[case]
    if base:
        edit(repo, *base)
        git(repo, "commit", "-q", "-am", "the base")
    edit(repo, *changes)
    assert meeting_changes.problems(repo, "main", NOW) == []


def test_what_the_base_changed_since_the_branch_left_it_is_not_the_branch_s(repo):
    git(repo, "checkout", "-q", "-b", "pull-request")
    git(repo, "checkout", "-q", "main")
    edit(repo, ('start: "15:00"', 'start: "16:00"'))  # as it came, the base's own affair
    git(repo, "commit", "-q", "-am", "moved on main")
    git(repo, "checkout", "-q", "pull-request")
    edit(repo, ("Kom ook.", "Kom ook, er is koffie."))
    assert meeting_changes.problems(repo, "main", NOW) == []


def test_the_command_prints_the_lines_and_fails(repo):
    edit(repo, ("place: Zwolle", "place: Deventer"))
    result = subprocess.run([sys.executable, "-m", "lho_tools.meeting_changes", "main"], cwd=repo, capture_output=True,
                            text=True, env={"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(f"{PATH}:10: de bijeenkomst is veranderd (place: Zwolle → Deventer), maar changed:")
    edit(repo)
    clean = subprocess.run([sys.executable, "-m", "lho_tools.meeting_changes", "main"], cwd=repo, capture_output=True,
                           text=True, env={"PYTHONPATH": str(ROOT / "hooks"), "PATH": "/usr/bin:/bin"})
    assert (clean.returncode, clean.stdout) == (0, "")
