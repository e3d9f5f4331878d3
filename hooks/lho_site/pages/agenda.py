"""The agenda page: the meetings posts announce or report, coming ones first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..content.posts import Post, meetings
from ..routes import AGENDA


@dataclass(frozen=True)
class Agenda:
    upcoming: tuple[Post, ...]
    """Meetings from today on, soonest first."""
    past: tuple[Post, ...]
    """Earlier meetings, the latest first: their posts are the reports."""
    src_uri: str = f"{AGENDA}/index.md"
    title: str = "Agenda"

    @property
    def url(self) -> str:
        return f"{AGENDA}/"

    @property
    def next(self) -> Post | None:
        """The first coming meeting that goes ahead: the one the home page shows."""
        return next((p for p in self.upcoming if not p.event.is_cancelled), None)

    @property
    def modified(self) -> dt.date | None:
        return max((p.modified for p in (*self.upcoming, *self.past)), default=None)


def build_agenda(posts: Sequence[Post], now: dt.datetime) -> Agenda:
    dated = meetings(posts)
    return Agenda(upcoming=tuple(p for p in dated if p.event.is_upcoming(now)),
                  past=tuple(reversed([p for p in dated if not p.event.is_upcoming(now)])))
