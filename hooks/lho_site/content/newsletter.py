"""The quarterly newsletter: one issue per quarter, gathering that quarter's posts.

An issue is published when its quarter has ended, or earlier on the `ready`
date editors give in data/newsletter.yml. A post belongs to the first issue
published at or after its date: a post dated after an early issue went out
waits for the next one, so an issue that is out never gains a post. Its feed
id never changes, so a post edited later never makes the newsletter service
send an issue again. An issue also lists the meetings coming up after it that
the posts known when it went out announce.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..routes import NEWSLETTER
from .data_files import read_entries
from .dates import AMSTERDAM, dutch_day
from .fields import paragraphs
from .posts import Post, meetings
from .problems import Problems
from .schema import NEWSLETTER_NOTE


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def of(cls, when: dt.datetime) -> Quarter:
        return cls(when.year, (when.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, key: str) -> Quarter:
        """From "2024-2", as content/kinds.py checked it."""
        year, number = key.split("-")
        return cls(int(year), int(number))

    @property
    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    @property
    def key(self) -> str:
        return f"{self.year}-{self.number}"

    @property
    def title(self) -> str:
        return f"{self.number}e kwartaal {self.year}"

    @property
    def start(self) -> dt.datetime:
        return dt.datetime(self.year, 3 * self.number - 2, 1, tzinfo=AMSTERDAM)

    @property
    def end(self) -> dt.datetime:
        """The first moment after the quarter."""
        if self.number == 4:
            return dt.datetime(self.year + 1, 1, 1, tzinfo=AMSTERDAM)
        return dt.datetime(self.year, 3 * self.number + 1, 1, tzinfo=AMSTERDAM)


@dataclass(frozen=True)
class Issue:
    quarter: Quarter
    posts: tuple[Post, ...]
    intro: tuple[str, ...]
    published_at: dt.datetime
    guid: str
    meetings: tuple[Post, ...] = ()
    """Meetings on or after its publication day, announced by its posts or earlier ones, soonest first."""

    @property
    def title(self) -> str:
        return f"Nieuwsbrief {self.quarter.title}"

    @property
    def src_uri(self) -> str:
        return f"{NEWSLETTER}/{self.quarter.key}/index.md"

    @property
    def url(self) -> str:
        return f"{NEWSLETTER}/{self.quarter.key}/"

    @property
    def published_text(self) -> str:
        return dutch_day(self.published_at.date())

    @property
    def modified(self) -> dt.date:
        return self.published_at.date()

    def is_published(self, now: dt.datetime) -> bool:
        return self.published_at <= now


def load_issue_notes(root: Path, problems: Problems) -> dict[Quarter, dict]:
    """The editors' notes per quarter in data/newsletter.yml: an introduction, a ready date."""
    notes = {}
    for line, record in read_entries(root, NEWSLETTER_NOTE, {}, problems):
        quarter = Quarter.parse(record["quarter"])
        ready = record.get("ready")
        if ready and not quarter.start.date() <= ready < quarter.end.date():
            problems.add("data/newsletter.yml", line, f"de datum bij ready ligt niet in het {quarter.title}",
                         "haal ready weg (dan verschijnt de nieuwsbrief na het kwartaal) of kies een datum in het kwartaal")
            continue
        notes[quarter] = record
    return notes


def build_issues(posts: Sequence[Post], notes: dict[Quarter, dict], id_prefix: str) -> list[Issue]:
    """One issue per quarter with posts or notes, newest first; `posts` are public, newest first."""
    def published_at(quarter: Quarter) -> dt.datetime:
        ready = notes.get(quarter, {}).get("ready")
        return dt.datetime.combine(ready, dt.time(), AMSTERDAM) if ready else quarter.end

    by_quarter: dict[Quarter, list[Post]] = {}
    for post in posts:
        quarter = Quarter.of(post.moment.when)
        if post.moment.when > published_at(quarter):
            quarter = quarter.next
        by_quarter.setdefault(quarter, []).append(post)
    dated = meetings(posts)
    issues = []
    for quarter in sorted(by_quarter.keys() | notes.keys(), reverse=True):
        intro = tuple(paragraphs(notes.get(quarter, {}).get("intro", "")))
        out = published_at(quarter)
        # Only posts this issue or an earlier one carries: a later post does not change an issue that is out.
        coming = tuple(p for p in dated if p.moment.when <= out and p.event.date >= out.date())
        issues.append(Issue(quarter, tuple(by_quarter.get(quarter, ())), intro, out,
                            f"{id_prefix}{NEWSLETTER}/{quarter.key}", coming))
    return issues
